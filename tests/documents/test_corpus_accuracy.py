"""The importer's parser measured on real official texts (tests/documents/corpus/).

The baselines below are the overall field accuracy measured after the parser was
tuned on both parts (issue #22, second round: 97.3 % development, 96.5 % on the
old held-out part, which a fresh set-aside part replaces),
rounded down a little so that texts added later to either part do not fail the
suite by a point: the parser may only get better on either part. Raise a baseline
when the parser improves; never lower it to make a change pass. The held-out part
is only ever measured. (Before tuning: 78.5 % and 75.7 %.)"""

import hashlib
import json

import pytest

from .corpus_accuracy import (
    CORPUS_DIR,
    FIELDS,
    PARTS,
    corpus_texts,
    expected_fields,
    measure,
    report,
)

BASELINE = {"development": 0.97, "held_out": 0.96}
HELD_OUT_SEED = "corpus-22:"


def _held_out_by_rule(name: str) -> bool:
    # The split fixed before the parser was first run on the corpus (README.md).
    return int(hashlib.sha256((HELD_OUT_SEED + name).encode()).hexdigest(), 16) % 5 < 2


def _sources() -> dict:
    return json.loads((CORPUS_DIR / "sources.json").read_text(encoding="utf-8"))


def _all_expected() -> list[dict]:
    return [expected_fields(text) for part in PARTS for text in corpus_texts(part)]


@pytest.fixture(scope="module")
def measured():
    return {part: measure(part) for part in PARTS}


def test_corpus_has_at_least_fifty_texts_of_which_twenty_held_out():
    assert len(corpus_texts("development")) + len(corpus_texts("held_out")) >= 50
    assert len(corpus_texts("held_out")) >= 20


def test_development_part_alone_has_fifty_texts():
    # Issue #22 asks for fifty texts to tune against besides the twenty set aside.
    assert len(corpus_texts("development")) >= 50


def test_every_text_has_every_expected_field():
    for part in PARTS:
        for text in corpus_texts(part):
            data = json.loads(text.with_suffix(".json").read_text(encoding="utf-8"))
            assert set(FIELDS) <= set(data), text.name


def test_every_text_has_a_public_source_address_and_sits_in_its_part():
    sources = _sources()
    names = {part: {text.stem for text in corpus_texts(part)} for part in PARTS}
    assert set(sources) == names["development"] | names["held_out"]
    assert not names["development"] & names["held_out"]
    for name, source in sources.items():
        assert source["url"].startswith(("http://", "https://")), name
        assert name in names[source["part"]], name


def test_held_out_texts_are_exactly_those_chosen_by_the_fixed_rule():
    for part in PARTS:
        for text in corpus_texts(part):
            assert _held_out_by_rule(text.stem) == (part == "held_out"), text.stem


def test_corpus_spans_twenty_issuers_and_ten_document_types():
    expected = _all_expected()
    issuers = {
        f"{data['issuing_parent'] or ''} / {data['issuing_body']}".casefold()
        for data in expected
        if data["issuing_body"]
    }
    types = {data["document_type_code"] for data in expected if data["document_type_code"]}
    assert len(issuers) >= 20
    assert len(types) >= 10


@pytest.mark.parametrize("part", PARTS)
def test_field_accuracy_is_at_least_the_recorded_baseline(measured, part):
    print(report([measured[part]]))
    assert measured[part].overall >= BASELINE[part]
