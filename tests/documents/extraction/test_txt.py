"""Plain text files: Unicode encodings with or without a BOM, Windows-1258, and
the cut of an oversized file."""

import unicodedata

import pytest

from documents.extraction import extract_bytes

SHORT_TEXT = "ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 5/TB-UBND\n"
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_unicode_encodings_are_decoded(encoding):
    extraction = extract_bytes(SHORT_TEXT.encode(encoding), "a.txt")
    assert unicodedata.normalize("NFC", extraction.text).lstrip("\ufeff") == SHORT_TEXT


def _windows_1258_form(text: str) -> str:
    """Windows-1258 stores the five tone marks as combining characters after
    the letter (ế → ê + acute)."""
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        base = "".join(c for c in parts if c not in TONE_MARKS)
        tones = "".join(c for c in parts if c in TONE_MARKS)
        out.append(unicodedata.normalize("NFC", base) + tones)
    return "".join(out)


def test_windows_1258_is_decoded_with_a_warning():
    extraction = extract_bytes(_windows_1258_form(SHORT_TEXT).encode("cp1258"), "a.txt")
    assert unicodedata.normalize("NFC", extraction.text) == SHORT_TEXT
    assert extraction.warnings


def test_oversized_text_file_is_cut_with_a_warning(settings):
    settings.DOCUMENT_TEXT_MAX_CHARS = 50
    data = (SHORT_TEXT + "Nội dung văn bản. " * 100).encode("utf-8")
    extraction = extract_bytes(data, "dai.txt")
    assert len(extraction.text.encode("utf-8")) <= 200
    assert extraction.text.startswith("ỦY BAN NHÂN DÂN")
    assert extraction.warnings


def test_binary_bytes_named_txt_are_not_read_as_text():
    extraction = extract_bytes(b"\x00\x00\x01\x02" * 100, "a.txt")
    assert extraction.kind == "binary"
    assert extraction.text == ""
