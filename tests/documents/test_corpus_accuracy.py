"""The importer's parser measured on real official texts (tests/documents/corpus/).

The held-out part is rounds 2 to 5 (rounds 6 and 7 are all development): texts set aside before
the parser was run on them or tuned against them, each round split by a fixed rule on
the names (README.md).
Round 2, measured with the parser of main 7a70e81 after every expected value was
committed: 90.6 % on development (1378/1521 fields) and 90.3 % held out (364/403).
After the parser was tuned on the development part only: 97.6 % (1484/1521) and
93.1 % (375/403). Round 3 (35 texts, 2026-12-06) was then added and measured once with
the unchanged parser of main 4ed4adf: its own texts 89.0 % on development (243/273) and
90.7 % held out (165/182), so both parts measured 96.3 % (1727/1794) and 92.3 %
(540/585) while rounds 1 and 2 still gave 1484/1521 and 375/403. After tuning on the
development part only (issuer22): 97.5 % (1749/1794) and 93.3 % held out (546/585;
round 2 379/403, round 3 167/182). Round 4 (38 texts, 2026-12-07) was then added and
measured once with the unchanged parser of main 7924e8e: its own texts 90.4 % on
development (282/312) and 96.2 % held out (175/182), so both parts now measure 96.4 %
(2031/2106) and 94.0 % (721/767) while rounds 1 to 3 still give 1749/1794 and 546/585.
After tuning on the development part only (parse22): 98.0 % (2064/2106) and 94.4 %
held out (724/767; round 2 381/403, round 3 168/182, round 4 175/182).
Round 5 (40 texts, 2026-12-07) was then added and measured once with the unchanged
parser of main f831d7b: its own texts 89.4 % on development (337/377) and 86.0 % held
out (123/143), so both parts now measure 96.7 % (2401/2483) and 93.1 % (847/910) while
rounds 1 to 4 still give 2064/2106 and 724/767; the baselines were not lowered.
After tuning on the development part only (corpus22e): 98.1 % (2437/2483) and 94.2 %
held out (857/910; round 2 382/403, round 3 169/182, round 4 175/182, round 5 131/143).
Round 6 (43 texts, 2026-12-07) went to the development part whole, a rule fixed before
the parser ran on it so that the held-out part stays comparable: with the unchanged
parser of main e41abc1 its texts measured 89.4 % (500/559) and development 96.5 %
(2937/3042). After tuning on the development part only (corpus22f): 98.5 % (2996/3042)
and 94.5 % held out (860/910; round 2 382/403, round 3 171/182, round 4 175/182,
round 5 132/143).
Round 7 (41 web-page texts, 2026-12-07) went to the development part whole as well: with
the unchanged parser of main 9bc0abb its texts measured 87.8 % (468/533) and development
96.9 % (3464/3575). After tuning on the development part only (corpus22g): 98.0 %
(3504/3575) and 94.6 % held out (861/910, measured once before the last development
rules; round 2 383/403, round 3 171/182, round 4 175/182, round 5 132/143).
Round 10 (37 texts aimed at the coverage gaps, 2026-12-07, in two batches) went to the
development part whole: with the unchanged parser of main 43989a4 the first 25 measured
95.7 % (311/325) and development 97.9 % (4058/4147); after tuning (corpus22j) 99.1 %
(322/325); the second 12, measured once before tuning on them, 96.8 % (151/156); after
tuning round 10 measures 99.4 % (478/481) and development 98.2 % (4225/4303), every
earlier round's field counts unchanged. No held-out figure was looked at in that
session (README.md).
Rounds 8 and 9 (19 and 36 web-page texts, 2026-12-07) went to the development part whole:
round 9 measured 92.6 % (373/403) for its first 31 texts and 64/65 for its last 5 before
tuning on them; after tuning on the development part only (corpus22i): 98.8 %
(4238/4290), rounds 1 to 8 giving 3770/3822 (README.md; held out not measured there).
Round 11 (38 web-page texts, 2026-12-07) went to the development part whole: with the
parser of main 7e3a529 its texts measured 94.1 % (465/494) and development 98.3 %
(4703/4784); after tuning on the development part only (corpus22k): round 11 97.4 %
(481/494), development 98.6 % (4719/4784), rounds 1 to 9 unchanged at 4238/4290 (held
out not measured there).
With rounds 9 to 11 merged (main b021376) the lead measured both parts once, on the
final parser, no rule written after it: development 98.7 % (5197/5265), held out
95.2 % (866/910; title 63/70, issuing body 56/70, number 68/70). The held-out baseline
rose to 95 %.
The baselines are these figures rounded down to an integer percent. The parser may only
get better on either part. Raise a baseline when the parser improves; never lower it to
make a change pass. The held-out part is only ever measured. (Round 1, whose held-out
part was tuned on and is now development, measured 78.5 % and 75.7 % before any
tuning.)"""

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

BASELINE = {"development": 0.98, "held_out": 0.95}
ROUND_2_SEED = "corpus-22-round2:"
LATER_ROUND_SEEDS = {3: "corpus-22-round3:", 4: "corpus-22-round4:", 5: "corpus-22-round5:"}
# Round 2 set aside two thirds of its texts, rounds 3 to 5 one third (README.md).
HELD_OUT_MINIMUM = {2: 20, 3: 10, 4: 10, 5: 10}
CAPACITIES_BY_DELEGATION = {"Q.", "TUQ."}
EMULATION_BODY_WORDS = ("cụm thi đua", "khối thi đua", "hội đồng thi đua")


def _held_out_by_rule(name: str) -> bool:
    # The round-2 split, fixed before the parser was run on round 2 (README.md).
    return int(hashlib.sha256((ROUND_2_SEED + name).encode()).hexdigest(), 16) % 3 < 2


def _held_out_in_later_round(name: str, seed: str) -> bool:
    # The round-3, round-4 and round-5 splits, each fixed before the parser was run on
    # its round (README.md): about one third set aside.
    return int(hashlib.sha256((seed + name).encode()).hexdigest(), 16) % 3 == 0


def _sources() -> dict:
    return json.loads((CORPUS_DIR / "sources.json").read_text(encoding="utf-8"))


def _all_expected() -> list[dict]:
    return [expected_fields(text) for part in PARTS for text in corpus_texts(part)]


class _MeasuredParts(dict):
    """Each part measured when a test first asks for it, so that a run selecting the
    development part alone never measures the held-out part."""

    def __missing__(self, part):
        self[part] = measure(part)
        return self[part]


@pytest.fixture(scope="module")
def measured():
    return _MeasuredParts()


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


def test_every_text_belongs_to_one_of_the_eleven_rounds():
    assert {source["round"] for source in _sources().values()} <= set(range(1, 12))


@pytest.mark.parametrize("round_number", [6, 7])
def test_rounds_six_and_seven_are_all_development(round_number):
    # Fixed before the parser ran on each of them: the held-out part stays the same 70
    # texts so that its figure stays comparable; rounds 6 and 7 only add tuning material
    # (round 7: web pages; README.md).
    texts = [name for name, source in _sources().items() if source["round"] == round_number]
    assert len(texts) >= 40
    assert all(_sources()[name]["part"] == "development" for name in texts)


@pytest.mark.parametrize(("round_number", "minimum"), [(8, 19), (9, 36), (11, 38)])
def test_rounds_eight_nine_and_eleven_are_all_development(round_number, minimum):
    # Fixed before the parser ran on each of them (web pages; README.md): they add
    # tuning material only, the held-out part stays the same 70 texts.
    texts = [name for name, source in _sources().items() if source["round"] == round_number]
    assert len(texts) >= minimum
    assert all(_sources()[name]["part"] == "development" for name in texts)


def test_round_ten_is_all_development():
    # Fixed before the parser ran on round 10 (coverage gaps; README.md): it adds tuning
    # material only, the held-out part stays the same 70 texts.
    texts = [name for name, source in _sources().items() if source["round"] == 10]
    assert len(texts) >= 37
    assert all(_sources()[name]["part"] == "development" for name in texts)


def test_round_one_texts_are_all_development():
    # Round 1's held-out set was measured, then tuned on: it is retired (README.md).
    for name, source in _sources().items():
        if source["round"] == 1:
            assert source["part"] == "development", name


def test_round_two_held_out_texts_are_exactly_those_chosen_by_the_fixed_rule():
    for name, source in _sources().items():
        if source["round"] == 2:
            assert _held_out_by_rule(name) == (source["part"] == "held_out"), name


@pytest.mark.parametrize("round_number", sorted(LATER_ROUND_SEEDS))
def test_later_round_held_out_texts_are_exactly_those_chosen_by_the_fixed_rule(round_number):
    seed = LATER_ROUND_SEEDS[round_number]
    for name, source in _sources().items():
        if source["round"] == round_number:
            held_out = source["part"] == "held_out"
            assert _held_out_in_later_round(name, seed) == held_out, name


@pytest.mark.parametrize("round_number", sorted(HELD_OUT_MINIMUM))
def test_each_held_out_round_sets_aside_its_minimum(round_number):
    held_out = [
        name
        for name, source in _sources().items()
        if source["round"] == round_number and source["part"] == "held_out"
    ]
    assert len(held_out) >= HELD_OUT_MINIMUM[round_number]


def test_corpus_keeps_its_signer_by_delegation():
    # Issue #22 wants three Q./TUQ. signers; the stored pages yielded one, none more in
    # rounds 3 and 4 (README.md).
    capacities = [data["signer_capacity"] for data in _all_expected()]
    assert sum(capacity in CAPACITIES_BY_DELEGATION for capacity in capacities) >= 1


def test_corpus_has_eight_texts_issued_by_emulation_clusters_blocs_or_councils():
    # Four councils' and clusters' texts of round 2, a cluster's and a bloc's of round 3,
    # a provincial council's and a bloc's of round 4.
    issuers = [
        f"{data['issuing_parent'] or ''} {data['issuing_body'] or ''}".casefold()
        for data in _all_expected()
    ]
    assert sum(any(word in issuer for word in EMULATION_BODY_WORDS) for issuer in issuers) >= 8


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
