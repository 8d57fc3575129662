"""A site with one live page of every public page type, an image and a document, and
the catalogue of its public addresses with the query parameters each one reads:
what the hostile-parameter tests and their fuzz module send input to."""

import wagtail_factories
from wagtail.models import Page

from documents.api import (
    PortalDocumentsAPIViewSet,
    PortalImagesAPIViewSet,
    PortalPagesAPIViewSet,
)
from documents.archive import FILTER_NAMES
from documents.models import OfficialDocumentPage, PlanPage
from home.models import MostViewedPage
from home.profiles.models import ProfileFilterForm
from tests.documents.factories import (
    DirectivePageFactory,
    DocumentArchivePageFactory,
    IssuingBodyFactory,
    OfficialDocumentPageFactory,
    PlanPageFactory,
)
from tests.factories import StandardPageFactory
from tests.home.factories import (
    CongressEventIndexPageFactory,
    CongressEventPageFactory,
    EmulationClusterIndexPageFactory,
    ModelProfileIndexPageFactory,
    ModelProfilePageFactory,
    NewsCategoryFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)

# A name no view reads: every address must cope with parameters it does not know.
UNKNOWN = "khong-ro"
SEARCH_PARAMS = ["q", "page", "type", "issuer", "year", "lang", "field", "status", "sort"]

# Values that broke PostgreSQL or Python elsewhere: NUL, integers beyond every
# column type, impossible and out-of-range dates, overlong text.
SWEEP_VALUES = [
    "\x00",
    str(10**20),
    "-1",
    str(-(10**20)),
    "2024-13-45",
    "0001-01-01T00:00:00+14:00",
    "x" * 5000,
]


def build_public_site(home_page):
    """Every public page type under `home_page`, one image and one document;
    returns the pages by name."""
    archive = DocumentArchivePageFactory(parent=home_page)
    body = IssuingBodyFactory()
    news_index = NewsIndexPageFactory(parent=home_page)
    news = NewsPageFactory(parent=news_index)
    news.categories.add(NewsCategoryFactory())
    news.save_revision().publish()
    profiles = ModelProfileIndexPageFactory(parent=home_page)
    events = CongressEventIndexPageFactory(parent=home_page)
    most_viewed = home_page.add_child(
        instance=MostViewedPage(title="Xem nhiều nhất", slug="xem-nhieu-nhat")
    )
    return {
        "home": home_page,
        "archive": archive,
        "decision": OfficialDocumentPageFactory(parent=archive, issuing_body=body),
        "plan": PlanPageFactory(parent=archive, issuing_body=body),
        "directive": DirectivePageFactory(parent=archive, issuing_body=body),
        "news_index": news_index,
        "news": news,
        "profiles": profiles,
        "profile": ModelProfilePageFactory(parent=profiles),
        "events": events,
        "event": CongressEventPageFactory(parent=events),
        "clusters": EmulationClusterIndexPageFactory(parent=home_page),
        "standard": StandardPageFactory(parent=home_page),
        "most_viewed": most_viewed,
        "image": wagtail_factories.ImageFactory(),
        "document": wagtail_factories.DocumentFactory(),
    }


def page_addresses(site):
    """Every public page, feed, export, file and probe address with the parameters
    it reads."""
    paging = ["page", UNKNOWN]
    addresses = {
        site["archive"].url: [*FILTER_NAMES, "q", "sort", *paging],
        site["archive"].url + "rss/": [*FILTER_NAMES, "q", "sort", UNKNOWN],
        site["news_index"].url: ["chuyen-muc", *paging],
        site["news_index"].url + "rss/": [UNKNOWN],
        site["profiles"].url: [*ProfileFilterForm.base_fields, *paging],
        site["events"].url: paging,
        site["events"].url + "ics/": [UNKNOWN],
        site["event"].url + "ics/": [UNKNOWN],
        site["decision"].url + "ban-in/": [UNKNOWN],
        site["plan"].url + "nhiem-vu-csv/": [UNKNOWN],
        "/tim-kiem/": SEARCH_PARAMS + [UNKNOWN],
        "/en/search/": SEARCH_PARAMS + [UNKNOWN],
        "/sitemap.xml": ["p", UNKNOWN],
        "/en/": paging,
        "/robots.txt": [UNKNOWN],
        "/healthz": [UNKNOWN],
        site["document"].url: [UNKNOWN],
    }
    for name in ("home", "decision", "plan", "directive", "news", "profile", "event",
                 "clusters", "standard", "most_viewed"):
        addresses.setdefault(site[name].url, paging)
    return addresses


def json_addresses():
    """The portal's own JSON APIs and the parameters they read."""
    return {
        "/api/most-viewed/": ["days", "limit", "type", "lang", UNKNOWN],
        "/api/visit-stats/": [UNKNOWN],
        "/api/search/": SEARCH_PARAMS + [UNKNOWN],
        "/api/search/suggest/": ["q", "lang", UNKNOWN],
    }


def _api_params(viewset, model, extra=()):
    """What Wagtail API v2 accepts on an endpoint: its operations and the model's
    filterable fields."""
    fields = viewset.get_available_fields(model, db_fields_only=True)
    return sorted({*viewset.known_query_parameters, *fields, *extra, UNKNOWN})


def api_addresses(site):
    """Every Wagtail API v2 address (listings, typed listings, find, details) with
    the parameters it accepts; fixed parameters are part of the address."""
    pages = PortalPagesAPIViewSet
    images, documents = PortalImagesAPIViewSet, PortalDocumentsAPIViewSet
    page_params = _api_params(pages, Page)
    return {
        "/api/v2/pages/": page_params,
        "/api/v2/pages/?type=documents.OfficialDocumentPage": _api_params(
            pages, OfficialDocumentPage
        ),
        "/api/v2/pages/?type=documents.PlanPage": _api_params(pages, PlanPage),
        "/api/v2/pages/find/": _api_params(pages, Page, pages.find_query_parameters),
        f"/api/v2/pages/{site['decision'].pk}/": ["fields", "rich_text_format", "format", UNKNOWN],
        "/api/v2/images/": _api_params(images, images.model),
        "/api/v2/images/find/": _api_params(images, images.model, images.find_query_parameters),
        f"/api/v2/images/{site['image'].pk}/": ["fields", "format", UNKNOWN],
        "/api/v2/documents/": _api_params(documents, documents.model),
        "/api/v2/documents/find/": _api_params(
            documents, documents.model, documents.find_query_parameters
        ),
        f"/api/v2/documents/{site['document'].pk}/": ["fields", "format", UNKNOWN],
    }


def with_params(address, params):
    """`address` (which may carry fixed parameters) and the request's own."""
    path, _, fixed = address.partition("?")
    if not fixed:
        return path, params
    name, _, value = fixed.partition("=")
    return path, {**params, name: value}
