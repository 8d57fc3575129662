"""Reading any file: the content decides the format, the name only the warnings;
broken, binary, empty or missing files give warnings instead of raising."""

import io
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from documents.extraction import extract_bytes, read_path
from tests.documents.files import UNREADABLE_FILES, pdf_pages_bytes, vera_font


def test_pdf_renamed_to_txt_is_read_as_pdf_with_a_warning():
    extraction = extract_bytes(pdf_pages_bytes(["Plan 18/KH-UBND"], vera_font()), "plan.txt")
    assert extraction.kind == "pdf"
    assert "18/KH-UBND" in extraction.text
    assert any(".txt" in warning for warning in extraction.warnings)


@pytest.mark.parametrize(("data", "filename"), UNREADABLE_FILES)
def test_broken_or_binary_file_gives_a_warning_and_no_text(data, filename):
    extraction = extract_bytes(data, filename)
    assert extraction.text == ""
    assert extraction.warnings


def test_zip_that_is_not_a_word_file_warns():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "không phải tài liệu Word")
    extraction = extract_bytes(buffer.getvalue(), "tai-lieu.docx")
    assert extraction.text == ""
    assert extraction.warnings


def test_empty_bytes_warn():
    extraction = extract_bytes(b"", "rong.txt")
    assert extraction.kind == "empty"
    assert extraction.warnings


def test_missing_file_warns_instead_of_raising(tmp_path):
    extraction = read_path(tmp_path / "khong-co.txt")
    assert extraction.kind == "error"
    assert extraction.warnings


def test_file_is_read_from_disk(tmp_path):
    path = tmp_path / "thong-bao.txt"
    path.write_text("Số: 5/TB-UBND", encoding="utf-8")
    assert read_path(path).text == "Số: 5/TB-UBND"


def test_text_over_the_character_limit_is_cut_with_a_warning(settings):
    settings.DOCUMENT_TEXT_MAX_CHARS = 30
    extraction = extract_bytes(("thi đua " * 100).encode(), "dai.txt")
    assert len(extraction.text) == 30
    assert any("30" in warning for warning in extraction.warnings)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2048))
def test_bytes_posing_as_pdf_or_docx_never_raise(data):
    assert isinstance(extract_bytes(b"%PDF-1.4\n" + data, "x.pdf").warnings, list)
    assert isinstance(extract_bytes(b"PK\x03\x04" + data, "x.docx").warnings, list)
