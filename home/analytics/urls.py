from django.urls import path

from home.analytics import views

urlpatterns = [
    path("views/", views.record_view, name="record_view"),
    path("most-viewed/", views.most_viewed_api, name="most_viewed"),
    path("visit-stats/", views.visit_stats_api, name="visit_stats"),
]
