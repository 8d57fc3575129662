import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from search.text import fold, normalize, strip_marks


def test_fold_removes_tone_and_vowel_marks():
    assert fold("Kế hoạch thi đua khen thưởng") == "ke hoach thi dua khen thuong"


def test_fold_maps_d_with_stroke():
    assert fold("Đồng Tháp") == "dong thap"


def test_strip_marks_keeps_case():
    assert strip_marks("Đồng Tháp") == "Dong Thap"


def test_fold_handles_every_vietnamese_vowel():
    vowels = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
    assert set(fold(vowels)) <= set("aeiouy")


def test_fold_unifies_final_i_and_y():
    assert fold("chiến sĩ") == fold("chiến sỹ")
    assert fold("kĩ thuật") == fold("kỹ thuật")
    assert fold("lí luận") == fold("lý luận")
    assert fold("Hoa Kỳ, Mĩ") == fold("Hoa Kì, Mỹ")


def test_fold_leaves_y_of_vowel_groups_alone():
    assert fold("huy chương") == "huy chuong"
    assert fold("ngày") == "ngay"


def test_decomposed_input_folds_like_composed():
    composed = "Chiến sĩ thi đua"
    assert fold(unicodedata.normalize("NFD", composed)) == fold(composed)


def test_normalize_composes_nfd():
    assert normalize(unicodedata.normalize("NFD", "Kế hoạch")) == "Kế hoạch"


@given(st.text())
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@given(st.text())
def test_fold_does_not_depend_on_normal_form(text):
    assert fold(unicodedata.normalize("NFD", text)) == fold(unicodedata.normalize("NFC", text))


def _strip_marks_by_character(text):
    """The definition strip_marks implements faster: drop every character with a
    non-zero combining class after decomposition."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    kept = "".join(char for char in decomposed if not unicodedata.combining(char))
    return unicodedata.normalize("NFC", kept)


@given(st.text())
def test_strip_marks_removes_exactly_the_combining_characters(text):
    assert strip_marks(text) == _strip_marks_by_character(text)


@given(st.text(alphabet=st.characters(categories=["Mn", "Mc", "Me", "Lo", "Ll", "Lu"])))
def test_strip_marks_removes_marks_of_other_scripts_too(text):
    assert strip_marks(text) == _strip_marks_by_character(text)
