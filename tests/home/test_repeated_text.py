"""A line that only repeats the headline is shown once (issue #23, point 5)."""

import pytest

from home.templatetags.content_tags import unless_repeats
from tests.documents.factories import OfficialDocumentPageFactory
from tests.home.factories import NewsIndexPageFactory, NewsPageFactory


def test_a_subject_equal_to_the_title_is_dropped():
    assert unless_repeats("Kế hoạch thi đua năm 2026.", " kế hoạch  thi đua năm 2026") == ""


def test_a_subject_that_says_more_is_kept():
    subject = "Về việc tổ chức phong trào thi đua năm 2026"
    assert unless_repeats(subject, "Kế hoạch thi đua năm 2026") == subject


@pytest.mark.django_db
def test_document_page_shows_a_repeated_subject_once(client, home_page):
    document = OfficialDocumentPageFactory(
        parent=home_page, title="Quy chế thi đua", subject="Quy chế thi đua"
    )
    html = client.get(document.url).content.decode()
    assert '<p class="lead">Quy chế thi đua</p>' not in html


@pytest.mark.django_db
def test_news_page_shows_a_repeated_lead_once(client, home_page):
    news = NewsPageFactory(
        parent=NewsIndexPageFactory(parent=home_page), title="Tin thi đua", lead="Tin thi đua."
    )
    html = client.get(news.url).content.decode()
    assert "article__lead" not in html
