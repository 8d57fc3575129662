from django.urls import path

from search import views

urlpatterns = [
    path("", views.api_search, name="search_api"),
    path("suggest/", views.api_suggest, name="search_suggest"),
]
