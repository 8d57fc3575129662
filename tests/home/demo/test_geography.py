"""The demo follows the two-level local government of 1 July 2025 (tỉnh; xã, phường,
đặc khu): nothing dated after that day names a district or district town, while
older documents keep the names they were issued under. English copies of the demo
snippets exist for the English pages."""

import datetime
import json
import re

import pytest
from wagtail.models import Page

from documents.models import OfficialDocumentPage
from home.demo import translations
from home.demo.load_data import content, phrases, vocabulary
from home.models import (
    AwardRow,
    CongressEventPage,
    EmulationCluster,
    Locality,
    NewsPage,
    PortalSettings,
)

pytestmark = pytest.mark.django_db

REFORM = datetime.date(2025, 7, 1)
# "huyện" as a word (also "Huyện ủy"), "thị xã", "UBND huyện".
DISTRICT_WORDS = re.compile(r"(?<!\w)huyện(?!\w)|thị xã", re.IGNORECASE)


def _dated_before_reform(page):
    if isinstance(page, OfficialDocumentPage):
        return page.issued_on < REFORM
    if isinstance(page, NewsPage):
        return page.date < REFORM
    if isinstance(page, CongressEventPage):
        return page.starts_at.date() < REFORM
    # Undated pages (sections, profiles, contact) describe the present.
    return False


def _text(value):
    return json.dumps(value, ensure_ascii=False, default=str)


def _footer_text():
    portal = PortalSettings.objects.get()
    return _text([portal.address, portal.editorial_head, portal.links.raw_data])



def test_demo_content_after_the_reform_names_no_district(demo_site):
    found = []
    for page in Page.objects.live().specific():
        if not _dated_before_reform(page):
            found += [
                (page.url_path, hit)
                for hit in DISTRICT_WORDS.findall(_text(page.serializable_data()))
            ]
    found += [
        ("locality", name)
        for name in Locality.objects.values_list("name", flat=True)
        if DISTRICT_WORDS.search(name)
    ]
    for cluster in EmulationCluster.objects.all():
        found += [
            ("cluster", hit) for hit in DISTRICT_WORDS.findall(_text(cluster.serializable_data()))
        ]
    found += [("footer", hit) for hit in DISTRICT_WORDS.findall(_footer_text())]
    found += [
        ("award row", f"{name} – {detail}")
        for name, detail in AwardRow.objects.filter(
            decision__issued_on__gte=REFORM
        ).values_list("name", "detail")
        if DISTRICT_WORDS.search(f"{name} {detail}")
    ]
    assert found == []


def test_demo_documents_before_the_reform_keep_their_districts(demo_site):
    older = [page for page in OfficialDocumentPage.objects.live() if page.issued_on < REFORM]
    assert any(DISTRICT_WORDS.search(page.recipients) for page in older)


def test_every_demo_snippet_has_an_english_copy(demo_site, locales):
    english = [
        model.objects.filter(locale=locales["en"]).count() for model in (Locality, EmulationCluster)
    ]
    assert english == [len(translations.LOCALITY_NAMES), len(translations.CLUSTER_NAMES)]
    assert translations.build() == sum(
        len(names)
        for names in (
            translations.CATEGORY_NAMES,
            translations.SECTOR_NAMES,
            translations.LOCALITY_NAMES,
            translations.AWARD_NAMES,
            translations.CLUSTER_NAMES,
            translations.BODY_NAMES,
        )
    )


def _strings(module):
    for value in vars(module).values():
        if isinstance(value, str):
            yield value
        elif isinstance(value, list | tuple | dict):
            yield _text(value)


@pytest.mark.parametrize("module", [vocabulary, phrases], ids=["vocabulary", "phrases"])
def test_the_generators_vocabulary_names_no_district(module):
    assert [text for text in _strings(module) if DISTRICT_WORDS.search(text)] == []


def test_generated_congresses_after_the_reform_are_not_at_district_level():
    today = datetime.date(2026, 12, 1)
    events = [content.event(1, ordinal, today) for ordinal in range(300)]
    later = [event for event in events if event["starts_at"].date() >= REFORM]
    assert later
    assert [e["title"] for e in later if DISTRICT_WORDS.search(e["title"])] == []
