"""Fuzz: `import_documents` under arbitrary bytes, empty and huge files, binary
data posing as text, Word or PDF, and random text made of official-document lines
never raises; a refused file creates nothing, an accepted one exactly one page."""

import json
import unicodedata
from io import StringIO

import pytest
from django.core.management import call_command
from hypothesis import given, settings
from hypothesis import strategies as st

from documents.extraction import MAX_FILE_BYTES
from tests.documents.factories import DocumentArchivePageFactory
from tests.documents.files import docx_bytes, pdf_bytes
from tests.fuzz import FREE_TEXT, FUZZ, FUZZ_EXAMPLES, stored_state

pytestmark = [pytest.mark.django_db, pytest.mark.fuzz]

FILENAMES = st.sampled_from(
    ["van-ban.txt", "van-ban.TXT", "van-ban.docx", "van-ban.pdf", "van-ban.doc", "van-ban",
     "văn bản.txt", "a.b.c.odt", ".txt", "van-ban.txt.exe"]
)
# Lines of the kinds the parser looks for, with values that are slightly or
# badly wrong: impossible dates, odd numbers, capacities outside the catalogue.
DOCUMENT_LINES = st.one_of(
    st.sampled_from(
        [
            "ỦY BAN NHÂN DÂN", "TỈNH SÔNG XANH", "SỞ NỘI VỤ", "ĐẢNG BỘ TỈNH SÔNG XANH",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Độc lập – Tự do – Hạnh phúc", "KẾ HOẠCH", "CHỈ THỊ", "QUYẾT ĐỊNH", "CÔNG VĂN",
            "THÔNG BÁO", "NGHỊ QUYẾT", "Căn cứ Luật Thi đua, khen thưởng;", "QUYẾT ĐỊNH:",
            "I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ", "1. Tổ chức phong trào.", "a) Cấp tỉnh;",
            "Điều 1.", "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "Q. GIÁM ĐỐC", "Nguyễn Văn An", "./.",
            "| STT | Nhiệm vụ | Đơn vị | Thời gian |", "|---|---|---|---|",
            "| 1 | Tổng kết | Sở Nội vụ | Quý IV/2025 |", "1\tTổng kết\tSở Nội vụ\tTháng 13",
            "V/v khen thưởng", "*", "",
        ]
    ),
    st.builds(
        "Số: {}/{}-{}".format,
        st.integers(-5, 10**12),
        st.sampled_from(["KH", "CT", "QĐ", "CV", "TB", "", "XYZ", "KH/TU"]),
        st.sampled_from(["UBND", "SNV", "", "TU", "🎉"]),
    ),
    st.builds(
        "{}, ngày {} tháng {} năm {}".format,
        st.sampled_from(["Sông Xanh", "", "Hà Nội"]),
        st.integers(-1, 40),
        st.integers(-1, 14),
        st.integers(0, 10**6),
    ),
    FREE_TEXT,
)
DOCUMENT_TEXT = st.lists(DOCUMENT_LINES, max_size=40).map("\n".join)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1258", "NFD"])


def _encode(text, encoding):
    if encoding == "NFD":
        return unicodedata.normalize("NFD", text).encode("utf-8", "surrogatepass")
    return text.encode(encoding, "replace") if encoding != "utf-8" else text.encode(
        "utf-8", "surrogatepass"
    )


# Binary that starts like a PDF, a Word file, an old Office file or an image.
MAGIC = st.sampled_from(
    [b"%PDF-1.4\n", b"%PDF-", b"PK\x03\x04", b"PK\x05\x06" + b"\x00" * 18,
     b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"\xef\xbb\xbf",
     b"\xff\xfe", b"\xfe\xff", b"GIF89a", b"{\\rtf1"]
)
POSING = st.builds(lambda magic, tail: magic + tail, MAGIC, st.binary(max_size=2048))


@pytest.fixture
def archive(home_page):
    return DocumentArchivePageFactory(parent=home_page)


def _import(tmp_path, data, filename, *options):
    path = tmp_path / filename
    path.write_bytes(data)
    out = StringIO()
    call_command("import_documents", str(path), "--json", *options, stdout=out)
    return json.loads(out.getvalue())[0]


def _assert_imported_or_untouched(result, before, after):
    if result["page_id"] is None:
        assert after == before
        assert result["warnings"]
    else:
        assert after["pages"]["n"] == before["pages"]["n"] + 1


@FUZZ
@given(data=st.binary(max_size=4096), filename=FILENAMES)
def test_importer_survives_arbitrary_bytes(archive, tmp_path, fuzz_inputs, data, filename):
    fuzz_inputs.count()
    before = stored_state()
    result = _import(tmp_path, data, filename)
    _assert_imported_or_untouched(result, before, stored_state())


@FUZZ
@given(data=POSING, filename=FILENAMES)
def test_importer_survives_binary_posing_as_a_document(
    archive, tmp_path, fuzz_inputs, data, filename
):
    fuzz_inputs.count()
    before = stored_state()
    result = _import(tmp_path, data, filename)
    _assert_imported_or_untouched(result, before, stored_state())


@FUZZ
@given(text=DOCUMENT_TEXT, encoding=ENCODINGS, publish=st.booleans())
def test_importer_survives_document_like_text(
    archive, tmp_path, fuzz_inputs, text, encoding, publish
):
    fuzz_inputs.count()
    before = stored_state()
    options = ["--publish"] if publish else []
    result = _import(tmp_path, _encode(text, encoding), "van-ban.txt", *options)
    _assert_imported_or_untouched(result, before, stored_state())


@FUZZ
@given(lines=st.lists(DOCUMENT_LINES, max_size=30), kind=st.sampled_from(["docx", "pdf"]))
def test_importer_survives_document_like_word_and_pdf_files(
    archive, tmp_path, fuzz_inputs, lines, kind
):
    fuzz_inputs.count()
    # Both writers refuse what no real file can hold: NUL and control characters.
    lines = ["".join(ch for ch in line if ch.isprintable()) for line in lines]
    data = docx_bytes(*lines) if kind == "docx" else pdf_bytes(*lines[:35])
    before = stored_state()
    result = _import(tmp_path, data, f"van-ban.{kind}")
    _assert_imported_or_untouched(result, before, stored_state())


def test_importer_survives_an_empty_file(archive, tmp_path):
    before = stored_state()
    result = _import(tmp_path, b"", "trong.txt")
    assert result["page_id"] is None
    assert stored_state() == before


# Each example writes and reads a 20 MB file: one in a hundred of the others.
@settings(FUZZ, max_examples=max(1, FUZZ_EXAMPLES // 100))
@given(
    line=DOCUMENT_LINES,
    extra=st.integers(min_value=1, max_value=4096),
    filename=st.sampled_from(["lon.txt", "lon.docx", "lon.pdf"]),
)
def test_importer_survives_a_file_over_the_size_limit(
    archive, tmp_path, fuzz_inputs, line, extra, filename
):
    fuzz_inputs.count()
    unit = (line or "x").encode("utf-8", "surrogatepass") + b"\n"
    data = unit * ((MAX_FILE_BYTES + extra) // len(unit) + 1)
    before = stored_state()
    result = _import(tmp_path, data, filename)
    _assert_imported_or_untouched(result, before, stored_state())
