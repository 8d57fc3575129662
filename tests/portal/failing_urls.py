"""A URL configuration with one view that fails, for the test that an error
reaches stderr with its traceback (tests/portal/test_request_log.py)."""

from django.urls import path


def failing_view(request):
    raise RuntimeError("portal-test-failure")


urlpatterns = [path("hong/", failing_view)]
