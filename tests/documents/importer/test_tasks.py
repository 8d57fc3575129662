"""A plan's task table: periods, tasks, units and deadlines."""

from documents.importer import parse_text
from tests.documents.importer.support import HEADER


def test_deadline_looking_like_a_period_stays_with_its_task():
    document = parse_text(
        HEADER.replace("THÔNG BÁO", "KẾ HOẠCH")
        + "TT\nNội dung\nĐơn vị\nThời gian\n"
        "Tháng 5\n1\nRà soát hồ sơ\nBan Thi đua - Khen thưởng\nTháng 5/2025\n"
        "2\nTrình khen thưởng\nSở Nội vụ\nTháng 6/2025\n"
    )
    assert [group.period for group in document.tasks] == ["Tháng 5"]
    assert [task.deadline for task in document.tasks[0].tasks] == ["Tháng 5/2025", "Tháng 6/2025"]


def test_responsible_unit_loses_the_comma_that_lists_it():
    # Recipients keep their closing comma; a task's units are a list of names.
    document = parse_text(
        HEADER.replace("THÔNG BÁO", "KẾ HOẠCH")
        + "TT\nNội dung\nĐơn vị\nThời gian\n"
        "1\nRà soát hồ sơ\nSở Nội vụ,\nTháng 5/2025\n"
    )
    assert document.tasks[0].tasks[0].responsible_units == ["Sở Nội vụ"]
