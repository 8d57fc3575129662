from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Only commands and the code they run: no models, so installing the app or not
    changes no table and no migration."""

    name = "home.demo"
    label = "demo"
