"""The recipients ("Nơi nhận")."""

from documents.importer import parse_text
from tests.documents.importer.support import HEADER


def test_body_sentence_starting_like_the_recipients_heading_stays_in_the_body():
    document = parse_text(
        HEADER + "Nơi nhận hồ sơ: Ban Thi đua - Khen thưởng.\nNơi nhận:\n- Như trên;\n"
        "CHỦ TỊCH\nHoàng Minh Khôi\n"
    )
    assert document.sections[0].paragraphs == ["Nơi nhận hồ sơ: Ban Thi đua - Khen thưởng."]
    assert document.recipients == ["Như trên"]
