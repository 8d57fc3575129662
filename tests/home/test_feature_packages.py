"""home's feature packages (home/news, home/profiles, home/events, home/clusters,
home/consultations) are not apps: their models stay in the `home` app, home.models
names each of them (so Django finds them and `from home.models import X` keeps
working), and every page type's template resolves wherever its feature keeps it."""

import importlib
import inspect

import pytest
from django.apps import apps
from django.db import models
from django.template.loader import get_template
from wagtail.models import Page

import home.models

FEATURES = ["news", "profiles", "events", "clusters", "consultations"]


def models_of(feature):
    module = importlib.import_module(f"home.{feature}.models")
    return [
        value
        for value in vars(module).values()
        if inspect.isclass(value)
        and issubclass(value, models.Model)
        and value.__module__ == module.__name__
        and not value._meta.abstract
    ]


@pytest.mark.parametrize("feature", FEATURES)
def test_feature_models_stay_in_the_home_app(feature):
    assert {model._meta.app_label for model in models_of(feature)} == {"home"}


@pytest.mark.parametrize("feature", FEATURES)
def test_home_models_names_every_feature_model(feature):
    names = {model.__name__ for model in models_of(feature)}
    assert names and names <= set(home.models.__all__)


@pytest.mark.parametrize(
    "model",
    [model for model in apps.get_app_config("home").get_models() if issubclass(model, Page)],
    ids=lambda model: model.__name__,
)
def test_page_template_resolves(model):
    # Wagtail sets `template` on every page class, to app/model_name.html unless declared.
    assert get_template(model.template).origin.name.endswith(model.template)
