"""The one set of limits: defaults, settings overrides, and the note's length."""

from documents.extraction import MAX_TEXT_CHARS, Extraction, limits


def test_defaults_apply_without_settings():
    assert limits().max_chars == MAX_TEXT_CHARS


def test_each_limit_is_overridden_by_its_setting(settings):
    settings.DOCUMENT_TEXT_MAX_PDF_PAGES = 7
    assert limits().max_pdf_pages == 7


def test_text_bytes_follow_the_character_limit(settings):
    settings.DOCUMENT_TEXT_MAX_CHARS = 10
    assert limits().max_text_bytes == 40


def test_note_joins_warnings_and_fits_the_attachment_field():
    assert len(Extraction(warnings=["x" * 200, "y" * 200]).note) == 255
