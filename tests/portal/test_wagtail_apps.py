"""portal/wagtail_apps.py: Wagtail's images, documents, snippets and redirects apps
without their v3 API routers, doing everything else the stock ones do."""

import hashlib
import inspect

from django.apps import apps
from wagtail.contrib.redirects.apps import WagtailRedirectsAppConfig
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents.apps import WagtailDocsAppConfig
from wagtail.images.apps import WagtailImagesAppConfig
from wagtail.snippets.apps import WagtailSnippetsAppConfig

from portal import wagtail_apps
from tests.factories import StandardPageFactory

# The stock `ready()` methods portal/wagtail_apps.py copies, as read from Wagtail's
# source. A new Wagtail changing one fails here: copy what changed, then the hash.
COPIED_READY_METHODS = {
    WagtailImagesAppConfig: "52e409385bb1ad62",
    WagtailDocsAppConfig: "4cdf87a46dbf81ef",
    WagtailSnippetsAppConfig: "1ac35b5ed4034956",
    WagtailRedirectsAppConfig: "19d1a78049d84e47",
}


def _source_hash(config):
    return hashlib.sha256(inspect.getsource(config.ready).encode()).hexdigest()[:16]


def test_the_stock_ready_methods_are_those_the_project_copied():
    assert {config: _source_hash(config) for config in COPIED_READY_METHODS} == (
        COPIED_READY_METHODS
    )


def test_the_four_apps_run_the_project_configurations():
    labels = ["wagtailimages", "wagtaildocs", "wagtailsnippets", "wagtailredirects"]
    assert [type(apps.get_app_config(label)).__module__ for label in labels] == (
        [wagtail_apps.__name__] * 4
    )


def test_a_changed_slug_still_leaves_a_redirect_from_the_old_address(
    home_page, django_capture_on_commit_callbacks
):
    page = StandardPageFactory(parent=home_page, slug="gioi-thieu")
    page.slug = "gioi-thieu-moi"
    # Wagtail announces the new slug once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert Redirect.objects.filter(old_path="/gioi-thieu", redirect_page=page).exists()
