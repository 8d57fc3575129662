import pytest

from tests.factories import StandardPageFactory
from tests.search.corpus import build_corpus

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(home_page):
    return build_corpus(home_page)


def test_search_finds_live_page(client, home_page):
    StandardPageFactory(parent=home_page, title="Quy chế thi đua khen thưởng")
    response = client.get("/tim-kiem/", {"q": "Quy chế"})
    assert response.status_code == 200
    assert "Quy chế thi đua khen thưởng" in response.content.decode()


def test_search_page_is_not_indexed(client, home_page):
    html = client.get("/tim-kiem/", {"q": "thi đua"}).content.decode()
    assert '<meta name="robots" content="noindex">' in html


def test_search_too_long_query_is_a_clear_400(client, home_page):
    response = client.get("/tim-kiem/", {"q": "a" * 2000})
    assert response.status_code == 400
    assert "Từ khóa quá dài" in response.content.decode()


def test_search_with_a_nul_byte_is_a_clear_400(client, home_page):
    response = client.get("/tim-kiem/", {"q": "thi\x00đua"})
    assert response.status_code == 400
    assert "ký tự không hợp lệ" in response.content.decode()


def test_search_out_of_range_page_shows_last_page(client, home_page):
    StandardPageFactory(parent=home_page, title="Quy chế thi đua")
    assert client.get("/tim-kiem/", {"q": "Quy chế", "page": "999"}).status_code == 200


def test_english_search_path_is_translated(client, home_page):
    response = client.get("/en/search/", {"q": "board"})
    assert response.status_code == 200
    assert '<html lang="en">' in response.content.decode()


@pytest.mark.parametrize("query", ['"thi đua', "khen*", "(thi", "a OR b", "x' AND 1=1", "^:-"])
def test_search_treats_query_syntax_as_plain_words(client, home_page, query):
    assert client.get("/tim-kiem/", {"q": query}).status_code == 200


def test_search_page_shows_count_badge_number_and_date(client, corpus):
    html = client.get("/tim-kiem/", {"q": "12/KH-UBND"}).content.decode()
    assert "Tìm thấy" in html
    assert '<span class="badge">Kế hoạch</span>' in html
    assert "12/KH-UBND" in html
    assert "10/02/2025" in html


def test_snippet_marks_words_typed_without_diacritics(client, corpus):
    html = client.get("/tim-kiem/", {"q": "phat dong"}).content.decode()
    assert "<mark>Phát động</mark>" in html


def test_snippet_from_attachment_says_so(client, corpus):
    html = client.get("/tim-kiem/", {"q": "cau may"}).content.decode()
    assert "Trong tệp đính kèm:" in html
    assert "<mark>Cầu Mây</mark>" in html


def test_type_filter_keeps_only_that_type(client, corpus):
    html = client.get(
        "/tim-kiem/", {"q": "khen thưởng", "type": "documents.DirectivePage"}
    ).content.decode()
    assert "Chỉ thị về tăng cường công tác khen thưởng" in html
    assert "Quy chế thi đua khen thưởng của tỉnh" not in html


def test_year_facet_lists_counts(client, corpus):
    html = client.get("/tim-kiem/", {"q": "khen thưởng"}).content.decode()
    assert "2023 <span class=\"search-facet__count\">(3)</span>" in html


def test_selected_facet_is_marked_current(client, corpus):
    html = client.get("/tim-kiem/", {"q": "khen thưởng", "year": "2023"}).content.decode()
    assert 'aria-current="true"' in html


def test_empty_state_gives_advice(client, corpus):
    html = client.get("/tim-kiem/", {"q": "xyzzyq"}).content.decode()
    assert "Không có kết quả." in html
    assert "gõ không dấu" in html


def test_search_request_writes_nothing(client, corpus, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get("/tim-kiem/", {"q": "thi đua"})
    writes = [
        query["sql"]
        for query in queries.captured_queries
        if query["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]
    assert writes == []


def test_english_search_does_not_show_vietnamese_pages(client, corpus):
    html = client.get("/en/search/", {"q": "ke hoach"}).content.decode()
    assert "Kế hoạch kiểm tra" not in html


def test_archive_keyword_box_folds_accents(client, corpus):
    html = client.get("/van-ban/", {"q": "ke hoach kiem tra"}).content.decode()
    assert "Kế hoạch kiểm tra công tác thi đua tại xã Đông Hòa" in html
    assert "Quyết định công nhận danh hiệu Lao động tiên tiến" not in html


def test_archive_keyword_box_finds_number_typed_loosely(client, corpus):
    html = client.get("/van-ban/", {"q": "45 qd ubnd"}).content.decode()
    assert "Quyết định tặng Bằng khen cho tập thể có thành tích xuất sắc" in html


def test_new_attachment_text_is_searchable_without_saving_the_page_again(client, corpus):
    from django.core.files.base import ContentFile

    from documents.models import DocumentAttachment, DocumentFile

    upload = DocumentFile(title="bo-sung.txt")
    upload.file.save("bo-sung.txt", ContentFile("Làng nghề Gốm Bát".encode()), save=False)
    upload.save()
    DocumentAttachment.objects.create(page=corpus["rules"], document=upload)
    html = client.get("/tim-kiem/", {"q": "gom bat"}).content.decode()
    assert "Quy chế thi đua khen thưởng của tỉnh" in html
