"""Faithful bodies: headings only for the outline as printed, numbered paragraphs
stay paragraphs, bullet lists inside task cells stay lists."""

import pytest

from documents.importer import parse_text
from documents.importer.pages import build_page
from documents.importer.parser.outline import reads_as_heading
from tests.documents.importer.support import HEADER

PLAN_HEADER = HEADER.replace("THÔNG BÁO", "KẾ HOẠCH").replace("5/TB-UBND", "5/KH-UBND")


def _blocks(text):
    page, _warnings = build_page(parse_text(HEADER + text))
    return [(block.block_type, block.value) for block in page.body]


def _headings(text):
    return [value["text"] for kind, value in _blocks(text) if kind == "heading"]


def _paragraphs(text):
    return [value.source for kind, value in _blocks(text) if kind == "paragraph"]


@pytest.mark.parametrize(
    "text",
    [
        "MỤC ĐÍCH, YÊU CẦU",
        "Mục đích, yêu cầu",
        "Đối với các sở, ban, ngành tỉnh",
        "Tổ chức thực hiện",
    ],
)
def test_outline_titles_read_as_headings(text):
    assert reads_as_heading(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thời gian: 8 giờ 00, thứ Năm, ngày 10/7/2025.",
        "Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan tổ chức thực hiện;",
        "Các sở, ban, ngành, đoàn thể tỉnh, Ủy ban nhân dân các huyện, thành phố căn cứ "
        "chức năng, nhiệm vụ được giao xây dựng kế hoạch cụ thể để triển khai thực hiện",
    ],
)
def test_sentences_do_not_read_as_headings(text):
    assert not reads_as_heading(text)


@pytest.mark.django_db
def test_roman_and_short_numbered_titles_become_headings():
    headings = _headings(
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nĐẩy mạnh phong trào thi đua.\n"
        "a) Đối với cấp tỉnh\nTổ chức phát động thi đua.\n"
    )
    assert headings == ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "a) Đối với cấp tỉnh"]


@pytest.mark.django_db
def test_numbered_sentence_stays_a_paragraph_with_its_number():
    text = "1. Thời gian: 8 giờ 00, thứ Năm, ngày 10/7/2025.\n2. Địa điểm: Hội trường Sở Tư pháp.\n"
    assert _headings(text) == []
    assert _paragraphs(text) == [
        "<p>1. Thời gian: 8 giờ 00, thứ Năm, ngày 10/7/2025.</p>",
        "<p>2. Địa điểm: Hội trường Sở Tư pháp.</p>",
    ]


@pytest.mark.django_db
def test_article_with_its_text_on_the_same_line_is_not_a_heading():
    text = (
        "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 03 tập thể "
        "đã có thành tích xuất sắc.\n"
    )
    assert _headings(text) == []
    assert _paragraphs(text)[0].startswith("<p>Điều 1. Tặng Bằng khen")


@pytest.mark.django_db
def test_lettered_sentence_under_a_heading_stays_a_paragraph():
    text = (
        "1. Khen thưởng\n"
        "a) Đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 02 tập thể và 04 cá nhân.\n"
    )
    assert _headings(text) == ["1. Khen thưởng"]
    assert _paragraphs(text) == [
        "<p>a) Đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 02 tập thể và 04 cá nhân.</p>"
    ]


def _tasks(cells):
    document = parse_text(
        PLAN_HEADER + "TT\nNội dung\nĐơn vị thực hiện\nThời gian\n" + cells
        + "2\nTổng kết phong trào thi đua năm 2025\nSở Nội vụ\nTháng 12/2025\n"
    )  # fmt: skip
    return [task for group in document.tasks for task in group.tasks]


def test_bullet_list_inside_a_task_cell_stays_a_list():
    first = _tasks(
        "1\nTổ chức phát động thi đua:\n"
        "- Phát động thi đua trong các cơ quan,\nđơn vị thuộc tỉnh;\n"
        "• Hướng dẫn đăng ký danh hiệu thi đua.\n"
        "Ban Thi đua - Khen thưởng\nQuý I\n"
    )[0]
    assert first.text.splitlines() == [
        "Tổ chức phát động thi đua:",
        "- Phát động thi đua trong các cơ quan, đơn vị thuộc tỉnh;",
        "- Hướng dẫn đăng ký danh hiệu thi đua.",
    ]
    assert first.responsible_units == ["Ban Thi đua - Khen thưởng"]


def test_task_line_wrapped_by_the_copy_is_joined_back():
    first = _tasks(
        "1\nRà soát, tổng hợp hồ sơ đề nghị khen thưởng của\ncác cơ quan, đơn vị\n"
        "Ban Thi đua - Khen thưởng\nQuý I\n"
    )[0]
    assert first.text == "Rà soát, tổng hợp hồ sơ đề nghị khen thưởng của các cơ quan, đơn vị"


@pytest.mark.django_db
def test_task_cell_list_reaches_the_plan_page_as_lines():
    page, _warnings = build_page(
        parse_text(
            PLAN_HEADER + "TT\nNội dung\nĐơn vị thực hiện\nThời gian\n"
            "1\nTổ chức hội nghị:\n- Sơ kết 6 tháng;\n- Tổng kết năm.\nVăn phòng Sở\nQuý IV\n"
        )
    )
    task = page.task_schedule[0].value["tasks"][0]
    assert task["text"] == "Tổ chức hội nghị:\n- Sơ kết 6 tháng;\n- Tổng kết năm."
