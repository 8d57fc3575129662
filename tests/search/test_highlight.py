import unicodedata

from search.highlight import fold_with_positions, match_spans, snippet


def test_query_without_marks_marks_the_accented_words():
    assert str(snippet("Phát động phong trào", ["phat", "dong"])) == (
        "<mark>Phát động</mark> phong trào"
    )


def test_d_with_stroke_is_marked_for_d():
    assert "<mark>Đông Hòa</mark>" in str(snippet("xã Đông Hòa", ["dong", "hoa"]))


def test_only_whole_words_are_marked():
    assert match_spans("thương binh", ["thuong"]) == [(0, 6)]
    assert match_spans("thượng", ["thuo"]) == []


def test_i_and_y_spellings_are_marked():
    assert str(snippet("Bác sỹ Lý", ["si", "li"])) == "Bác <mark>sỹ Lý</mark>"


def test_snippet_escapes_html():
    assert str(snippet("<b>thi đua</b>", ["thi"])) == "&lt;b&gt;<mark>thi</mark> đua&lt;/b&gt;"


def test_decomposed_text_is_marked_as_composed():
    text = unicodedata.normalize("NFD", "Kế hoạch")
    assert str(snippet(text, ["ke"])) == "<mark>Kế</mark> hoạch"


def test_long_text_is_cut_around_the_first_match():
    text = "mở đầu " * 40 + "khen thưởng" + " kết thúc" * 40
    result = str(snippet(text, ["khen", "thuong"]))
    assert result.startswith("…")
    assert result.endswith("…")
    assert "<mark>khen thưởng</mark>" in result
    assert len(result) < 260



def _folded_char_by_char(text):
    """The folded text as it was made before the translate table: each character
    folded on its own, then the final i/y unified."""
    from search.highlight import _FINAL_Y, _fold_char

    return _FINAL_Y.sub(lambda match: match.group(1) + "i", "".join(map(_fold_char, text)))


def test_folding_a_whole_text_at_once_folds_as_each_character_alone():
    text = "Bác sỹ LÝ Quốc Đông Hòa, KẾ HOẠCH số 12/KH-UBND; Mỹ Tho và Kỳ Anh"
    folded, origins = fold_with_positions(text)
    assert folded == _folded_char_by_char(text)
    assert origins is None


def test_a_mark_without_a_letter_to_carry_it_keeps_the_positions_right():
    # U+0301 after "q" has no composed form: it folds to nothing, so the folded
    # text is shorter than the original and each match is mapped back.
    text = "q\u0301 khen thưởng đợt q\u0301 thi đua"
    assert fold_with_positions(text)[0] == _folded_char_by_char(text)
    [(start, end)] = match_spans(text, ["thi", "dua"])
    assert text[start:end] == "thi đua"
