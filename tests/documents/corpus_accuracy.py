"""Field accuracy of the importer's parser on the corpus of real official texts
in tests/documents/corpus/ (see its README.md for where the texts come from and
how the expected fields were decided).

The corpus has two parts: "development" (texts the parser may be tuned against)
and "held_out" (texts set aside before any measurement; only ever measured).
Each NAME.txt has NAME.json next to it with the expected value of every field in
FIELDS; a field counts as correct when the parser's value equals it exactly.

Run as a script to print the per-field table of both parts:

    DJANGO_SETTINGS_MODULE=portal.settings.test .venv/bin/python -m tests.documents.corpus_accuracy

With `--misses` it measures the development part alone and prints every miss
(text, field, expected and actual value) before its table. The held-out part is
only ever reported as per-field counts: looking at its texts or its misses would
turn it into tuning material.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

CORPUS_DIR = Path(__file__).parent / "corpus"
PARTS = ("development", "held_out")
FIELDS = (
    "number",
    "document_type_code",
    "document_type_name",
    "title",
    "issuing_body",
    "issuing_parent",
    "issuing_place",
    "issued_on",
    "signer_name",
    "signer_title",
    "signer_capacity",
    "legal_bases",
    "recipients",
)


@dataclass
class Miss:
    text: str
    field: str
    expected: object
    actual: object


@dataclass
class PartAccuracy:
    """Counts for one corpus part: per field [correct, total] and every miss."""

    part: str
    texts: int = 0
    per_field: dict[str, list[int]] = field(
        default_factory=lambda: {name: [0, 0] for name in FIELDS}
    )
    misses: list[Miss] = field(default_factory=list)

    @property
    def correct(self) -> int:
        return sum(counts[0] for counts in self.per_field.values())

    @property
    def total(self) -> int:
        return sum(counts[1] for counts in self.per_field.values())

    @property
    def overall(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def field_accuracy(self, name: str) -> float:
        correct, total = self.per_field[name]
        return correct / total if total else 0.0


def corpus_texts(part: str) -> list[Path]:
    if part not in PARTS:
        raise ValueError(f"unknown corpus part: {part}")
    return sorted((CORPUS_DIR / part).glob("*.txt"))


def expected_fields(text: Path) -> dict:
    data = json.loads(text.with_suffix(".json").read_text(encoding="utf-8"))
    return {name: data[name] for name in FIELDS}


def actual_fields(text: Path) -> dict:
    # Imported here so that listing the corpus needs no Django settings.
    from documents.importer import parse_file

    data = parse_file(text).to_dict()
    return {name: data.get(name) for name in FIELDS}


def measure(part: str) -> PartAccuracy:
    result = PartAccuracy(part)
    for text in corpus_texts(part):
        result.texts += 1
        expected = expected_fields(text)
        actual = actual_fields(text)
        for name in FIELDS:
            counts = result.per_field[name]
            counts[1] += 1
            if actual[name] == expected[name]:
                counts[0] += 1
            else:
                result.misses.append(Miss(text.stem, name, expected[name], actual[name]))
    return result


def report(results: list[PartAccuracy]) -> str:
    header = "| field | " + " | ".join(result.part for result in results) + " |"
    lines = [header, "|" + " --- |" * (len(results) + 1)]
    for name in FIELDS:
        cells = []
        for result in results:
            correct, total = result.per_field[name]
            cells.append(f"{correct}/{total} ({result.field_accuracy(name):.0%})")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    overall = [f"{result.correct}/{result.total} ({result.overall:.1%})" for result in results]
    lines.append("| **overall** | " + " | ".join(overall) + " |")
    return "\n".join(lines)


def development_misses(result: PartAccuracy) -> str:
    """Every miss of the development part, one block per miss."""
    if result.part != "development":
        raise ValueError("only the development part's misses may be shown")
    return "\n".join(
        f"{miss.text} / {miss.field}\n  expected: {miss.expected!r}\n  actual:   {miss.actual!r}"
        for miss in result.misses
    )


if __name__ == "__main__":
    import sys

    import django

    django.setup()
    if "--misses" in sys.argv[1:]:
        # Tuning runs measure the development part alone.
        development = measure("development")
        print(development_misses(development))
        print(report([development]))
    else:
        print(report([measure(part) for part in PARTS]))
