"""Script and event-handler payloads in every free-text field of every page type,
and in the snippets those pages show, are rendered escaped."""

from html.parser import HTMLParser

import pytest
from django.db import models
from wagtail.models import Page

from home.models import AwardRow, AwardSearchPage
from tests.documents.factories import (
    DirectivePageFactory,
    DocumentArchivePageFactory,
    IssuingBodyFactory,
    OfficialDocumentPageFactory,
    PlanPageFactory,
)
from tests.factories import StandardPageFactory
from tests.home.awards.factories import AwardDecisionPageFactory
from tests.home.factories import (
    AwardFactory,
    CongressEventIndexPageFactory,
    CongressEventPageFactory,
    EmulationClusterIndexPageFactory,
    ModelProfileIndexPageFactory,
    ModelProfilePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ProfileHonourFactory,
)

pytestmark = pytest.mark.django_db

PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'"
SHORT_PAYLOAD = "<b onclick=alert(3)>"


DATA_SCRIPT_TYPES = {"application/ld+json", "application/json"}


class _ExecutableFinder(HTMLParser):
    """Collects what a browser would run: event-handler attributes and scripts that
    carry a payload. Escaped text is data to the parser, not markup."""

    def __init__(self):
        super().__init__()
        self.found = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.found += [f"{tag} {name}" for name, _ in attrs if name.startswith("on")]
        # A data block (JSON-LD, json_script) is never run; a payload breaking out of
        # one opens a script of its own, which is caught.
        kind = (dict(attrs).get("type") or "").lower()
        self._in_script = tag == "script" and kind not in DATA_SCRIPT_TYPES

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script and "alert(" in data:
            self.found.append("script")


def _executable(html):
    finder = _ExecutableFinder()
    finder.feed(html)
    return finder.found

# Fields the tree or the router depends on; they are never free text.
STRUCTURAL = {"slug", "path", "url_path", "draft_title", "translation_key", "title"}


def _poison(instance):
    """Set every free-text field of `instance` to a payload that fits it."""
    for field in instance._meta.concrete_fields:
        if not isinstance(field, models.CharField | models.TextField):
            continue
        if (
            field.name in STRUCTURAL
            or field.choices
            or isinstance(field, models.EmailField | models.URLField)
            or field.primary_key
        ):
            continue
        payload = PAYLOAD
        if field.max_length and field.max_length < len(PAYLOAD):
            if field.max_length < len(SHORT_PAYLOAD):
                continue
            payload = SHORT_PAYLOAD
        setattr(instance, field.name, payload)


def _publish_poisoned(page):
    page = page.specific
    _poison(page)
    page.title = "Tiêu đề " + PAYLOAD
    page.save_revision().publish()
    return page


@pytest.fixture
def poisoned_site(home_page):
    home = _publish_poisoned(home_page)
    archive = _publish_poisoned(DocumentArchivePageFactory(parent=home))
    body = IssuingBodyFactory()
    _poison(body)
    body.save()
    documents = [
        _publish_poisoned(factory(parent=archive, issuing_body=body))
        for factory in (OfficialDocumentPageFactory, PlanPageFactory, DirectivePageFactory)
    ]
    news_index = _publish_poisoned(NewsIndexPageFactory(parent=home))
    news = _publish_poisoned(NewsPageFactory(parent=news_index))
    profiles = _publish_poisoned(ModelProfileIndexPageFactory(parent=home))
    profile = _publish_poisoned(ModelProfilePageFactory(parent=profiles))
    award = AwardFactory()
    _poison(award)
    award.save()
    ProfileHonourFactory(profile=profile, award=award, decision_number=SHORT_PAYLOAD)
    events = _publish_poisoned(CongressEventIndexPageFactory(parent=home))
    event = _publish_poisoned(CongressEventPageFactory(parent=events))
    clusters = _publish_poisoned(EmulationClusterIndexPageFactory(parent=home))
    standard = _publish_poisoned(StandardPageFactory(parent=home))
    return [
        home,
        archive,
        *documents,
        news_index,
        news,
        profiles,
        profile,
        events,
        event,
        clusters,
        standard,
    ]


def test_every_page_type_renders_payloads_escaped(client, poisoned_site):
    rendered = set()
    for page in poisoned_site:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert _executable(html) == [], f"{type(page).__name__} at {page.url}"
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, page.url
        rendered.add(type(page).__name__)
    page_types = {model.__name__ for model in Page.__subclasses__()}
    assert {"HomePage", "StandardPage", "NewsPage", "ModelProfilePage"} <= rendered
    assert len(rendered) >= 12, page_types


def test_search_page_escapes_the_query(client, home_page):
    html = client.get("/tim-kiem/", {"q": PAYLOAD[:150]}).content.decode()
    assert _executable(html) == []


def test_archive_listing_and_feeds_escape_payloads(client, poisoned_site):
    archive = poisoned_site[1]
    for url in (archive.url, archive.url + "rss/"):
        html = client.get(url).content.decode()
        assert _executable(html) == [], url


def test_award_look_up_and_statistics_escape_payloads(client, home_page):
    archive = DocumentArchivePageFactory(parent=home_page)
    award = AwardFactory()
    _poison(award)
    award.save()
    decision = AwardDecisionPageFactory(parent=archive)
    row = AwardRow(decision=decision, kind="ca-nhan", award=award, year=2025, order=1)
    _poison(row)
    row.save()
    _publish_poisoned(decision)
    search = _publish_poisoned(
        home_page.add_child(instance=AwardSearchPage(title="Tra cứu", slug="tra-cuu"))
    )
    for url in (search.url, search.url + "?q=script", search.url + "thong-ke/"):
        html = client.get(url).content.decode()
        assert _executable(html) == [], url
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, url
