import csv
import datetime
import io

import openpyxl
import pytest

from tests.documents.factories import PlanPageFactory

pytestmark = pytest.mark.django_db

SCHEDULE = [
    (
        "group",
        {
            "title": "Quý I",
            "tasks": [
                {
                    "text": "Tổng kết năm, ký giao ước thi đua",
                    "units": ["UBND tỉnh", "Các cụm, khối thi đua"],
                    "deadline": datetime.date(2026, 2, 15),
                },
                {"text": "Đăng ký thi đua", "units": ["Các sở, ngành"], "deadline": None},
            ],
        },
    ),
    (
        "group",
        {
            "title": "Quý II",
            "tasks": [
                {
                    "text": "Sơ kết sáu tháng",
                    "units": ["Ban Thi đua – Khen thưởng"],
                    "deadline": None,
                }
            ],
        },
    ),
]
EXPECTED = [
    [
        "Quý I",
        "1",
        "Tổng kết năm, ký giao ước thi đua",
        "UBND tỉnh\nCác cụm, khối thi đua",
        "2026-02-15",
    ],
    ["Quý I", "2", "Đăng ký thi đua", "Các sở, ngành", ""],
    ["Quý II", "3", "Sơ kết sáu tháng", "Ban Thi đua – Khen thưởng", ""],
]


@pytest.fixture
def plan(archive):
    return PlanPageFactory(parent=archive, task_schedule=SCHEDULE)


def test_task_csv_round_trips_every_task_and_unit(client, plan):
    response = client.get(plan.url + "nhiem-vu-csv/")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1:] == EXPECTED


def test_task_xlsx_round_trips_every_task_and_unit(client, plan):
    response = client.get(plan.url + "nhiem-vu-xlsx/")
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = [
        ["" if value is None else str(value) for value in row]
        for row in sheet.iter_rows(min_row=2, values_only=True)
    ]
    assert rows == EXPECTED


def test_task_csv_is_an_attachment_named_after_the_plan(client, plan):
    response = client.get(plan.url + "nhiem-vu-csv/")
    assert plan.slug in response["Content-Disposition"]


def _docx_text(content):
    import docx

    document = docx.Document(io.BytesIO(content))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([paragraph.text for paragraph in document.paragraphs] + cells)


def test_plan_docx_holds_the_task_table(client, plan):
    text = _docx_text(client.get(plan.url + "tai-ve-docx/").content)
    assert "Quý II" in text
    assert "Sơ kết sáu tháng" in text
    assert "Các cụm, khối thi đua" in text


def test_directive_docx_numbers_its_items(client, archive):
    from tests.documents.factories import DirectivePageFactory

    directive = DirectivePageFactory(
        parent=archive,
        items=[
            ("item", {"heading": "Sở Nội vụ", "text": "<p>Theo dõi, đôn đốc.</p>"}),
            ("item", {"heading": "", "text": "<p>Báo cáo hằng năm.</p>"}),
        ],
    )
    text = _docx_text(client.get(directive.url + "tai-ve-docx/").content)
    assert "1. Sở Nội vụ: Theo dõi, đôn đốc." in text
    assert "2. Báo cáo hằng năm." in text
