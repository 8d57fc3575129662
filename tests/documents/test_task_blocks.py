"""A task's units: one textarea in the editor (a unit a line), stored as the list of
units always was, so plans saved before and imported plans read the same."""

import pytest
from django.core.exceptions import ValidationError

from documents.blocks import TaskBlock, UnitsBlock

STORED_BEFORE = [
    {"type": "item", "value": "UBND tỉnh", "id": "0b5c7f0e-1a2b-4c3d-8e9f-000000000001"},
    {"type": "item", "value": "Các sở, ngành", "id": "0b5c7f0e-1a2b-4c3d-8e9f-000000000002"},
]


def test_units_stored_by_the_former_list_block_read_as_a_list():
    assert UnitsBlock().to_python(STORED_BEFORE) == ["UBND tỉnh", "Các sở, ngành"]


def test_units_are_stored_as_the_former_list_block_stored_them():
    stored = UnitsBlock().get_prep_value(["UBND tỉnh", "Các sở, ngành"])
    assert [(item["type"], item["value"]) for item in stored] == [
        ("item", "UBND tỉnh"),
        ("item", "Các sở, ngành"),
    ]


def test_saving_the_same_units_again_stores_the_same_ids():
    block = UnitsBlock()
    assert block.get_prep_value(["UBND tỉnh"]) == block.get_prep_value(["UBND tỉnh"])


def test_the_textarea_gives_one_unit_a_line_without_blank_lines():
    assert UnitsBlock().value_from_form("UBND tỉnh\r\n\n  Các   sở, ngành \n") == [
        "UBND tỉnh",
        "Các sở, ngành",
    ]


def test_a_unit_longer_than_the_former_limit_is_refused():
    with pytest.raises(ValidationError):
        UnitsBlock().clean(["x" * 256])


def test_an_imported_task_with_a_plain_list_of_units_reads_the_same():
    task = TaskBlock().normalize({"text": "Tổng kết", "units": ["UBND tỉnh"], "deadline": None})
    assert task["units"] == ["UBND tỉnh"]
