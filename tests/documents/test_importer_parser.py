"""The document parser against the project's own sample documents, and its
robustness on arbitrary input. Each sample NAME.txt has NAME.json next to it with
the fields the parser must find; a field missing from the JSON is not checked."""

import datetime
import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from documents.importer import (
    MAX_TEXT_CHARS,
    ParsedDocument,
    extract_text,
    parse_bytes,
    parse_file,
    parse_text,
)

SAMPLES_DIR = Path(__file__).parent / "importer_samples"
SAMPLES = sorted(SAMPLES_DIR.glob("*.txt"))
ACCURACY_THRESHOLD = 0.95


def _outline(sections, out=None):
    out = [] if out is None else out
    for section in sections:
        if section.level:
            out.append([section.level, section.marker, section.heading])
        _outline(section.children, out)
    return out


def _actual_fields(document: ParsedDocument) -> dict:
    data = document.to_dict()
    data["section_outline"] = _outline(document.sections)
    return data


def _expected(sample: Path) -> dict:
    return json.loads(sample.with_suffix(".json").read_text(encoding="utf-8"))


def _field_cases():
    for sample in SAMPLES:
        for name in _expected(sample):
            yield pytest.param(sample, name, id=f"{sample.stem}-{name}")


@pytest.fixture(scope="module")
def parsed_samples():
    return {sample: _actual_fields(parse_file(sample)) for sample in SAMPLES}


def test_there_are_at_least_twelve_samples_each_with_expected_fields():
    assert len(SAMPLES) >= 12
    assert all(sample.with_suffix(".json").exists() for sample in SAMPLES)


@pytest.mark.parametrize(("sample", "field_name"), list(_field_cases()))
def test_sample_field_matches_expected(parsed_samples, sample, field_name):
    assert parsed_samples[sample][field_name] == _expected(sample)[field_name]


def test_field_level_accuracy_over_all_samples_is_at_least_95_percent(parsed_samples):
    total = correct = 0
    for sample in SAMPLES:
        for name, value in _expected(sample).items():
            total += 1
            correct += parsed_samples[sample][name] == value
    accuracy = correct / total
    print(f"importer field accuracy: {correct}/{total} = {accuracy:.1%}")
    assert total >= 12 * 15
    assert accuracy >= ACCURACY_THRESHOLD


# --- specific behaviours ----------------------------------------------------

HEADER = (
    "ỦY BAN NHÂN DÂN\nTỈNH SÔNG XANH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 5/TB-UBND\nSông Xanh, ngày 9 tháng 9 năm 2024\n"
    "THÔNG BÁO\nLịch tiếp công dân\n"
)


def test_nfd_input_gives_the_same_fields_as_nfc():
    nfc = parse_text(HEADER)
    nfd = parse_text(unicodedata.normalize("NFD", HEADER))
    assert nfd.to_dict() == nfc.to_dict()


def test_motto_with_hoa_variant_and_en_dashes_is_recognised():
    text = HEADER.replace("CỘNG HÒA", "CỘNG HOÀ").replace("Tự do -", "Tự do –")
    document = parse_text(text)
    assert document.issuing_body == "ỦY BAN NHÂN DÂN TỈNH SÔNG XANH"
    assert document.number == "5/TB-UBND"


def test_impossible_date_is_left_empty_with_a_warning():
    document = parse_text(HEADER.replace("ngày 9 tháng 9", "ngày 31 tháng 02"))
    assert document.issued_on is None
    assert document.issuing_place == "Sông Xanh"
    assert any("31 tháng 02" in warning for warning in document.warnings)


def test_cong_van_number_without_type_code_gives_cong_van():
    document = parse_text(
        "SỞ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 123/SNV-TĐKT\n"
        "V/v báo cáo số liệu khen thưởng\nKính gửi: Các phòng chuyên môn.\n"
    )
    assert (document.document_type_code, document.document_type_name) == ("CV", "Công văn")
    assert document.title == "V/v báo cáo số liệu khen thưởng"


def test_issuer_name_continued_on_a_second_line_is_one_body_under_its_parent():
    document = parse_text(
        "UBND THÀNH PHỐ ĐÀ NẴNG\nSỞ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 123 / SVHTTDL-VP\n"
    )
    assert document.issuing_parent == "UBND THÀNH PHỐ ĐÀ NẴNG"
    assert document.issuing_body == "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"
    assert document.number == "123/SVHTTDL-VP"


def test_end_mark_inside_the_body_does_not_cut_off_the_signer():
    document = parse_text(
        HEADER + "1. Đợt một kết thúc./.\n2. Đợt hai bắt đầu.\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nHoàng Minh Khôi\n"
    )
    assert [section.marker for section in document.sections] == ["1", "2"]
    assert document.signer_name == "Hoàng Minh Khôi"


def test_website_footer_after_the_signer_is_ignored():
    document = parse_text(
        HEADER + "Nội dung./.\nCHỦ TỊCH\nHoàng Minh Khôi\nLIÊN KẾT WEBSITE\n"
        "- Sở Nội vụ\nThống kê truy cập\n"
    )
    assert document.signer_title == "CHỦ TỊCH"
    assert document.recipients == []


def test_body_sentence_starting_like_the_recipients_heading_stays_in_the_body():
    document = parse_text(
        HEADER + "Nơi nhận hồ sơ: Ban Thi đua - Khen thưởng.\nNơi nhận:\n- Như trên;\n"
        "CHỦ TỊCH\nHoàng Minh Khôi\n"
    )
    assert document.sections[0].paragraphs == ["Nơi nhận hồ sơ: Ban Thi đua - Khen thưởng."]
    assert document.recipients == ["Như trên"]


def test_deadline_looking_like_a_period_stays_with_its_task():
    document = parse_text(
        HEADER.replace("THÔNG BÁO", "KẾ HOẠCH")
        + "TT\nNội dung\nĐơn vị\nThời gian\n"
        "Tháng 5\n1\nRà soát hồ sơ\nBan Thi đua - Khen thưởng\nTháng 5/2025\n"
        "2\nTrình khen thưởng\nSở Nội vụ\nTháng 6/2025\n"
    )
    assert [group.period for group in document.tasks] == ["Tháng 5"]
    assert [task.deadline for task in document.tasks[0].tasks] == ["Tháng 5/2025", "Tháng 6/2025"]


def test_sections_nest_numbered_parts_and_keep_bulleted_paragraphs():
    document = parse_file(SAMPLES_DIR / "ke_hoach_quy_web.txt")
    solutions = document.sections[2]
    assert (solutions.marker, solutions.level) == ("II", 1)
    assert solutions.children[0].paragraphs == [
        "- Phong trào thi đua phải có chủ đề, mục tiêu rõ ràng, gắn với nhiệm vụ chính trị "
        "của từng đơn vị.",
        "- Chú trọng phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến.",
    ]


def test_preamble_keeps_text_before_the_first_heading_but_not_the_legal_bases():
    document = parse_file(SAMPLES_DIR / "ke_hoach_quy_web.txt")
    preamble = document.sections[0]
    assert (preamble.marker, preamble.level) == ("", 0)
    assert preamble.paragraphs == [
        "Ủy ban nhân dân tỉnh Sông Xanh ban hành kế hoạch công tác thi đua, khen thưởng "
        "năm 2025 như sau:"
    ]


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


# --- never crash ----------------------------------------------------------------

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


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2048))
def test_bytes_posing_as_pdf_or_docx_never_raise(data):
    assert isinstance(extract_text(b"%PDF-1.4\n" + data, "x.pdf").warnings, list)
    assert isinstance(extract_text(b"PK\x03\x04" + data, "x.docx").warnings, list)
