"""The document parser against the project's own sample documents. Each sample
NAME.txt has NAME.json next to it with the fields the parser must find; a field
missing from the JSON is not checked."""

import json
from pathlib import Path

import pytest

from documents.importer import ParsedDocument, parse_file
from tests.documents.importer.support import SAMPLES_DIR

SAMPLES = sorted(SAMPLES_DIR.glob("*.txt"))
ACCURACY_THRESHOLD = 0.95


def _outline(sections, out=None):
    out = [] if out is None else out
    for section in sections:
        if section.level:
            out.append([section.level, section.marker, section.heading])
        _outline(section.children, out)
    return out


def _actual_fields(document: ParsedDocument) -> dict:
    data = document.to_dict()
    data["section_outline"] = _outline(document.sections)
    return data


def _expected(sample: Path) -> dict:
    return json.loads(sample.with_suffix(".json").read_text(encoding="utf-8"))


def _field_cases():
    for sample in SAMPLES:
        for name in _expected(sample):
            yield pytest.param(sample, name, id=f"{sample.stem}-{name}")


@pytest.fixture(scope="module")
def parsed_samples():
    return {sample: _actual_fields(parse_file(sample)) for sample in SAMPLES}


def test_there_are_at_least_twelve_samples_each_with_expected_fields():
    assert len(SAMPLES) >= 12
    assert all(sample.with_suffix(".json").exists() for sample in SAMPLES)


@pytest.mark.parametrize(("sample", "field_name"), list(_field_cases()))
def test_sample_field_matches_expected(parsed_samples, sample, field_name):
    assert parsed_samples[sample][field_name] == _expected(sample)[field_name]


def test_field_level_accuracy_over_all_samples_is_at_least_95_percent(parsed_samples):
    total = correct = 0
    for sample in SAMPLES:
        for name, value in _expected(sample).items():
            total += 1
            correct += parsed_samples[sample][name] == value
    accuracy = correct / total
    print(f"importer field accuracy: {correct}/{total} = {accuracy:.1%}")
    assert total >= 12 * 15
    assert accuracy >= ACCURACY_THRESHOLD
