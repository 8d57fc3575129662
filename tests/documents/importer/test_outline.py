"""The body's outline: numbered sections, bullets, the preamble."""

from documents.importer import parse_file
from tests.documents.importer.support import SAMPLES_DIR


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
