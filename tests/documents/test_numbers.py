import pytest

from documents.numbers import fold_vietnamese, normalise_number


@pytest.mark.parametrize("typed", ["12/KH-UBND", "12/kh-ubnd", "12 KH UBND", " 12_kh.ubnd "])
def test_number_typed_any_way_normalises_to_the_same_key(typed):
    assert normalise_number(typed) == "12KHUBND"


def test_normalised_number_folds_d_with_stroke():
    assert normalise_number("215/QĐ-UBND") == "215QDUBND"


def test_fold_vietnamese_removes_tone_marks():
    assert fold_vietnamese("Kế hoạch thi đua") == "Ke hoach thi dua"


def test_empty_number_normalises_to_empty_string():
    assert normalise_number("") == ""
