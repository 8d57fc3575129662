import pytest

from search.service import QueryError, clean_query, parse_query


def test_control_characters_become_spaces():
    assert clean_query("thi\x00đua\n") == "thi đua"


def test_decomposed_query_is_composed():
    assert clean_query("Ke\u0302\u0301 hoa\u0323ch") == "Kế hoạch"


def test_too_long_query_is_refused():
    with pytest.raises(QueryError):
        clean_query("a" * 201)


@pytest.mark.parametrize("typed", ["12/KH-UBND", "12/kh-ubnd", "12 KH UBND", "12-KH-UBND"])
def test_number_spellings_give_one_key(typed):
    assert parse_query(typed).number_key == "12KHUBND"


def test_code_alone_is_a_code_query():
    parsed = parse_query("KH-UBND")
    assert (parsed.number_key, parsed.code_key) == ("", "KHUBND")


def test_words_are_folded_and_deduplicated():
    assert parse_query("Thi đua thi ĐUA sỹ").terms == ["thi", "dua", "si"]


def test_operators_and_symbols_are_plain_words():
    assert parse_query('"thi" AND (đua* OR NEAR').terms == ["thi", "and", "dua", "or", "near"]
