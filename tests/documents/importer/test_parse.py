"""The parse entry points: the result's shape, empty and huge texts, and never
raising on any input."""

import datetime
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from documents.extraction import MAX_TEXT_CHARS
from documents.importer import ParsedDocument, parse_bytes, parse_text
from tests.documents.importer.support import HEADER


def test_to_dict_gives_iso_date_and_plain_structures():
    data = parse_text(HEADER).to_dict()
    assert data["issued_on"] == "2024-09-09"
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


def test_text_without_any_document_shape_gives_empty_fields_and_a_warning():
    document = parse_text("Trang chủ\nGiới thiệu\nLiên hệ\n")
    assert document.number is None
    assert document.title is None
    assert document.issued_on is None
    assert document.warnings


def test_empty_text_gives_a_warning():
    assert parse_text("  \n\u00a0\n").warnings


def test_huge_text_is_capped_with_a_warning():
    document = parse_text(HEADER + "Nội dung.\n" * (MAX_TEXT_CHARS // 10 + 10))
    assert document.number == "5/TB-UBND"
    assert any(str(MAX_TEXT_CHARS) in warning for warning in document.warnings)


FRAGMENTS = [
    "ỦY BAN NHÂN DÂN", "TỈNH SÔNG XANH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc", "Số: 12/KH-UBND", "Số:  /KH-UBND", "Số: 1/2",
    "Sông Xanh, ngày 31 tháng 02 năm 2024", "ngày tháng năm", "KẾ HOẠCH", "QUYẾT ĐỊNH",
    "V/v", "Căn cứ", "I.", "1.", "a)", "- ", "QUÝ I", "Tháng 13", "TT", "1", "Nơi nhận:",
    "TM. ỦY BAN NHÂN DÂN", "KT.", "CHỦ TỊCH", "Nguyễn Văn A", "./.", "\u00a0", "\t", " | ",
    "**", "\r\n", "\u0301", "٣", "Điều 1.",
]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=60))
def test_parser_never_raises_on_document_like_text(parts):
    document = parse_text("\n".join(parts))
    assert isinstance(document, ParsedDocument)
    assert document.issued_on is None or isinstance(document.issued_on, datetime.date)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_parser_never_raises_on_arbitrary_text(text):
    assert isinstance(parse_text(text), ParsedDocument)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=4096), st.sampled_from(["a.txt", "a.docx", "a.pdf", "", "a.bin"]))
def test_parser_never_raises_on_arbitrary_bytes(data, filename):
    assert isinstance(parse_bytes(data, filename), ParsedDocument)
