import unicodedata

from search.highlight import match_spans, snippet


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
