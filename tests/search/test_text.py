import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from search.text import fold, normalise_number, normalize, strip_marks


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


@pytest.mark.parametrize("typed", ["12/KH-UBND", "12/kh-ubnd", "12 KH UBND", " 12_kh.ubnd "])
def test_number_typed_any_way_normalises_to_the_same_key(typed):
    assert normalise_number(typed) == "12KHUBND"


def test_normalised_number_folds_d_with_stroke():
    assert normalise_number("215/QĐ-UBND") == "215QDUBND"


def test_normalised_number_reads_full_width_characters_as_plain_ones():
    assert normalise_number("１２/ＫＨ-ＵＢＮＤ") == "12KHUBND"


def test_empty_number_normalises_to_empty_string():
    assert normalise_number("") == ""


def _number_key_by_compatibility(number):
    """The key as the stored numbers were first computed: compatibility decomposition,
    combining characters dropped, separators removed, upper case; then the leading
    zeros of the number dropped (documents migration 0008)."""
    decomposed = unicodedata.normalize("NFKD", number.replace("đ", "d").replace("Đ", "D"))
    kept = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.sub(r"^0+(?=\d)", "", re.sub(r"[\s/\\\-–—_.,:;]+", "", kept).upper())


# Latin letters with their marks, Vietnamese's precomposed vowels, full-width forms.
_NUMBER_CHARACTERS = st.one_of(
    st.characters(max_codepoint=0x36F),
    st.characters(min_codepoint=0x1E00, max_codepoint=0x1EFF),
    st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E),
)


def test_number_key_drops_leading_zeros():
    assert normalise_number("05/CT-UBND") == normalise_number("5/CT-UBND")


def test_number_key_keeps_a_lone_zero():
    assert normalise_number("0/TB") == "0TB"


@given(st.text(alphabet=_NUMBER_CHARACTERS))
def test_number_key_is_unchanged_from_the_stored_keys(number):
    assert normalise_number(number) == _number_key_by_compatibility(number)
