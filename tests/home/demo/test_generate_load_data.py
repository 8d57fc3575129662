import datetime

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from modelsearch.conf import get_app_config
from wagtail.models import Page, PageViewRestriction
from wagtail.search.backends import get_search_backend

from documents.models import (
    DirectivePage,
    DocumentArchivePage,
    OfficialDocumentPage,
    PlanPage,
)
from home.analytics.stats import most_viewed
from home.awards.models import AwardDecisionPage, AwardRow
from home.demo.load_data import content
from home.models import Award, CongressEventPage, DailyPageViews, ModelProfilePage, NewsPage
from search.indexing import folded_parts
from search.models import FoldedText
from search.service import search
from search.text import fold

pytestmark = pytest.mark.django_db

IndexEntry = get_app_config().get_model("IndexEntry")

SIZES = {"documents": 60, "news": 6, "profiles": 4, "events": 2}


def generate(seed=7, **sizes):
    call_command("generate_load_data", seed=seed, days=30, verbosity=0, **{**SIZES, **sizes})


@pytest.fixture
def generated(home_page):
    generate()
    return home_page


def archive_page():
    return DocumentArchivePage.objects.get()


def test_every_generated_kind_is_live(generated):
    counts = {
        model: model.objects.live().count()
        for model in (OfficialDocumentPage, NewsPage, ModelProfilePage, CongressEventPage)
    }
    assert counts == {
        OfficialDocumentPage: 60,
        NewsPage: 6,
        ModelProfilePage: 4,
        CongressEventPage: 2,
    }


def test_tree_has_no_problems(generated):
    assert all(not problems for problems in Page.find_problems())


@pytest.mark.parametrize(
    "model",
    [OfficialDocumentPage, PlanPage, DirectivePage, NewsPage, ModelProfilePage, CongressEventPage],
)
def test_generated_page_renders(client, generated, model):
    page = model.objects.live().exact_type(model).first()
    response = client.get(page.url)
    assert response.status_code == 200
    assert page.title in response.content.decode()


def test_plan_task_table_renders(client, generated):
    plan = PlanPage.objects.live().first()
    task = plan.task_schedule[0].value["tasks"][0]
    response = client.get(plan.url)
    assert task["text"] in response.content.decode()


def test_archive_lists_and_counts_generated_documents(client, generated):
    response = client.get(archive_page().url)
    assert response.context["page_obj"].paginator.count == 60
    type_counts = [option.count for option in response.context["facets"]["type"]]
    assert sum(type_counts) == 60


def test_archive_type_filter_counts_match_database(client, generated):
    response = client.get(archive_page().url, {"type": "quyet-dinh"})
    expected = OfficialDocumentPage.objects.filter(document_type="quyet-dinh").count()
    assert response.context["page_obj"].paginator.count == expected


def test_search_finds_a_generated_document_by_number(generated):
    document = OfficialDocumentPage.objects.order_by("pk").first()
    results = search(document.number, locale=document.locale)
    assert document.pk in [hit.page.pk for hit in results.hits[:5]]


def test_search_finds_a_generated_document_by_words_without_marks(generated):
    document = OfficialDocumentPage.objects.order_by("pk").last()
    words = " ".join(fold(document.title).split()[-4:])
    results = search(words, locale=document.locale)
    assert document.pk in [hit.page.pk for hit in results.hits]


def test_documents_are_the_ones_the_seed_describes(generated):
    bodies = [document.issuing_body for document in OfficialDocumentPage.objects.all()]
    stored = OfficialDocumentPage.objects.get(slug__endswith="-000011")
    expected = content.document(7, 11, bodies, timezone.localdate())
    assert (stored.title, stored.subject) == (expected["title"], expected["subject"])


def test_same_seed_gives_same_fields():
    today = datetime.date(2026, 6, 1)
    assert content.news(3, 5, today, 100) == content.news(3, 5, today, 100)


def test_other_seed_gives_other_fields():
    today = datetime.date(2026, 6, 1)
    assert content.news(3, 5, today, 100) != content.news(4, 5, today, 100)


def test_rerun_with_same_sizes_adds_nothing(generated):
    pages_before = Page.objects.count()
    views_before = DailyPageViews.objects.count()
    generate()
    assert (Page.objects.count(), DailyPageViews.objects.count()) == (pages_before, views_before)


def test_rerun_with_larger_size_adds_the_rest(generated):
    generate(documents=75)
    assert OfficialDocumentPage.objects.count() == 75
    assert all(not problems for problems in Page.find_problems())


def test_generated_pages_have_view_counts(generated):
    counted = DailyPageViews.objects.values("page_id").distinct().count()
    assert counted == sum(SIZES.values())


def test_most_viewed_lists_generated_pages(generated):
    top = most_viewed("30", limit=5)
    assert len(top) == 5


def test_rerun_fills_a_gap_left_by_an_interrupted_run(generated):
    missing = OfficialDocumentPage.objects.get(slug__endswith="-000020")
    slug = missing.slug
    missing.delete()
    generate()
    assert OfficialDocumentPage.objects.filter(slug=slug).count() == 1
    assert OfficialDocumentPage.objects.count() == 60


def test_generated_documents_are_counted_by_the_archive(generated):
    # Inserted in bulk, past the pages' own save: the archive counts on archive_path.
    archive = archive_page()
    assert archive.counted_documents().count() == 60


@pytest.mark.database("postgresql")
def test_generated_tables_have_planner_statistics_on_postgresql(generated):
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE relname = 'wagtailcore_page'")
        assert cursor.fetchone()[0] > 0


@pytest.mark.database("sqlite")
def test_generated_tables_have_planner_statistics_on_sqlite(generated):
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'wagtailcore_page'")
        assert cursor.fetchone()[0] > 0


def _entries(pages):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT object_id, title::text, autocomplete::text, body::text, title_text, "
            f"body_text FROM {IndexEntry._meta.db_table} WHERE object_id = ANY(%s)",
            [[str(page.pk) for page in pages]],
        )
        return sorted(cursor.fetchall())


@pytest.mark.database("postgresql")
@pytest.mark.parametrize("model", [PlanPage, NewsPage, ModelProfilePage, AwardDecisionPage])
def test_search_entries_equal_the_backends_own_on_postgresql(home_page, model):
    generate(awards=30)
    pages = list(model.objects.exact_type(model).order_by("pk")[:3])
    written = _entries(pages)
    get_search_backend().add_bulk(model, pages)
    assert written == _entries(pages)


@pytest.mark.database("postgresql")
def test_folded_texts_equal_the_backends_own_on_postgresql(generated):
    pages = list(NewsPage.objects.order_by("pk")[:3])
    assert [FoldedText.objects.get(page_id=page.pk).parts for page in pages] == [
        folded_parts(page) for page in pages
    ]


def test_search_title_norms_are_computed(generated):
    assert IndexEntry.objects.exclude(title_norm=1.0).exists()


def test_documents_under_a_restricted_archive_are_not_counted(home_page):
    generate(documents=0)
    PageViewRestriction.objects.create(page=archive_page(), restriction_type="login")
    generate()
    assert archive_page().counted_documents().count() == 0


def test_award_rows_name_only_vietnamese_awards(home_page, locales):
    award = Award.objects.create(name="Bằng khen của Chủ tịch UBND tỉnh", level="tinh")
    english = award.copy_for_translation(locales["en"])
    english.name = "Certificate of Merit of the Chairman of the Provincial People's Committee"
    english.save()
    generate(documents=0, awards=200)
    assert set(AwardRow.objects.values_list("award__locale", flat=True)) == {award.locale_id}


def test_debug_query_log_keeps_no_more_than_the_last_batch(home_page, settings):
    settings.DEBUG = True
    generate(documents=0, news=0, profiles=0, events=0)
    generate(documents=30, news=30, profiles=30, events=30)
    inserts = [query["sql"] for query in connection.queries if query["sql"].startswith("INSERT")]
    assert not any("wagtailsearch_indexentry" in sql for sql in inserts)
