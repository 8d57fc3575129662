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


@pytest.mark.parametrize("typed", ["99/KH-UBND", "99-kh-ubnd", "99 KH UBND", "27/2024/qđ-ubnd"])
def test_number_written_as_a_number_is_explicit(typed):
    assert parse_query(typed).number_is_explicit


@pytest.mark.parametrize("typed", ["2024 thi đua", "12 kh ubnd", "thi đua"])
def test_words_after_a_number_are_not_an_explicit_number(typed):
    assert not parse_query(typed).number_is_explicit
