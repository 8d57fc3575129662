"""Tesseract's words back into lines (`layout`), on hand-written TSV rows."""

from documents.extraction.ocr.layout import text_from_tsv

HEADER = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
)


def tsv(*words: tuple[int, int, int, int, str]) -> str:
    """Rows of (block, line, left, top, text), each word 60 px wide and 30 px high."""
    rows = [HEADER]
    for number, (block, line, left, top, text) in enumerate(words, start=1):
        rows.append(f"5\t1\t{block}\t1\t{line}\t{number}\t{left}\t{top}\t60\t30\t90\t{text}")
    return "\n".join(rows)


def test_words_of_a_line_are_joined_in_order_of_position():
    assert text_from_tsv(tsv((1, 1, 200, 10, "dân"), (1, 1, 100, 10, "nhân"))) == "nhân dân"


def test_a_two_column_header_gives_the_left_column_first():
    page = tsv(
        (1, 1, 100, 10, "ỦY"),
        (1, 1, 170, 10, "BAN"),
        (1, 1, 800, 10, "CỘNG"),
        (1, 1, 870, 10, "HÒA"),
        (1, 2, 100, 50, "Số:"),
        (1, 2, 170, 50, "12/QĐ-UBND"),
        (1, 2, 800, 50, "Độc"),
        (1, 2, 870, 50, "lập"),
    )
    assert text_from_tsv(page).splitlines() == ["ỦY BAN", "Số: 12/QĐ-UBND", "CỘNG HÒA", "Độc lập"]


def test_a_block_of_speckle_is_dropped():
    page = tsv(
        (1, 1, 100, 10, "Kế"),
        (1, 1, 170, 10, "hoạch"),
        *((2, line, 100, 100 + 40 * line, token) for line, token in enumerate("„*Lš«w", start=1)),
    )
    assert text_from_tsv(page) == "Kế hoạch"


def test_stray_symbols_inside_a_line_are_removed_and_bullets_kept():
    page = tsv(
        (1, 1, 100, 10, "-"), (1, 1, 170, 10, "các"), (1, 1, 240, 10, "„"), (1, 1, 310, 10, "sở")
    )
    assert text_from_tsv(page) == "- các sở"


def _full_line(block, line, top, *texts):
    """Words filling a line from the left margin (100) to the right one (~800)."""
    return [(block, line, 100 + 70 * index, top, text) for index, text in enumerate(texts)]


FULL = ["Căn", "cứ", "Luật", "Thi", "đua,", "Khen", "thưởng", "ngày", "15", "tháng", "6"]


def test_a_line_wrapped_at_the_margin_is_joined_to_the_next():
    page = tsv(*_full_line(1, 1, 10, *FULL), (1, 2, 100, 50, "năm"), (1, 2, 170, 50, "2022;"))
    assert text_from_tsv(page) == " ".join(FULL) + " năm 2022;"


def test_an_indented_line_starts_a_paragraph():
    page = tsv(*_full_line(1, 1, 10, *FULL), (1, 2, 160, 50, "Xét"), (1, 2, 230, 50, "đề"))
    assert text_from_tsv(page).splitlines() == [" ".join(FULL), "Xét đề"]


def test_a_wider_space_between_lines_gives_a_blank_line():
    articles = [
        word
        for line, top in ((2, 50), (3, 90), (4, 190))
        for word in ((1, line, 160, top, "Điều"), (1, line, 230, top, f"{line - 1}."))
    ]
    page = tsv(*_full_line(1, 1, 10, *FULL), *articles)
    assert text_from_tsv(page).splitlines()[1:] == ["Điều 1.", "Điều 2.", "", "Điều 3."]


def test_a_block_out_of_page_order_is_put_back_in_place():
    page = tsv(
        (1, 1, 100, 90, "2015;"),
        (2, 1, 100, 10, "ngày"),
        (2, 1, 170, 10, "19/6"),
        (2, 2, 100, 50, "năm"),
        (2, 2, 170, 50, "đó"),
    )
    assert text_from_tsv(page) == "ngày 19/6 năm đó 2015;"


def test_a_centred_title_wrapped_over_two_lines_is_one_line():
    title = ["VỀ", "VIỆC", "BAN", "HÀNH", "QUY", "CHẾ", "HOẠT", "ĐỘNG", "CỤM,"]
    page = tsv(
        *_full_line(1, 1, 10, *FULL),
        (1, 2, 400, 50, "QUYẾT"),
        (1, 2, 470, 50, "ĐỊNH"),
        *((1, 3, 170 + 70 * index, 90, word) for index, word in enumerate(title)),
        (1, 4, 400, 130, "KHỐI"),
        (1, 4, 470, 130, "THI"),
    )
    assert text_from_tsv(page).splitlines()[1:] == ["QUYẾT ĐỊNH", " ".join(title) + " KHỐI THI"]
