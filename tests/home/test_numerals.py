import pytest

from home.numerals import to_roman
from home.templatetags.content_tags import roman


@pytest.mark.parametrize(
    ("number", "numeral"),
    [
        (1, "I"),
        (4, "IV"),
        (5, "V"),
        (9, "IX"),
        (10, "X"),
        (14, "XIV"),
        (40, "XL"),
        (1994, "MCMXCIV"),
    ],
)
def test_to_roman(number, numeral):
    assert to_roman(number) == numeral


@pytest.mark.parametrize("number", [0, -1, 4000])
def test_to_roman_rejects_numbers_without_numeral(number):
    with pytest.raises(ValueError):
        to_roman(number)


def test_roman_filter_leaves_empty_value_alone():
    assert roman(None) is None
