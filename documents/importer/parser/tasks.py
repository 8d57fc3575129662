"""A plan's task table: rows (number, task, responsible units, deadline) grouped
under period headings (QUÝ I, Tháng 3, Cả năm …). Copies flatten the table to one
cell per line, so a row starts at a bare number and runs to the next one."""

from __future__ import annotations

import re

from .lines import key, starts_with
from .model import Task, TaskGroup
from .patterns import ARABIC, BARE_NUMBER, BODY_WORDS, BULLET, PERIOD, ROMAN
from .recipients import clean_recipient

_DEADLINE = re.compile(
    r"^(?:TRUOC\s|TRONG\s+(?:THANG|QUY|NAM)|THANG\s+[0-9]|QUY\s+[IV1-4]|THUONG\s+XUYEN"
    r"|HOAN\s+THANH|CA\s+NAM|DAU\s+NAM|CUOI\s+NAM|NAM\s+[0-9]{4}|DINH\s+KY|HANG\s+(?:THANG|QUY)"
    r"|[0-9]{1,2}/[0-9]{1,2}(?:/[0-9]{2,4})?$)"
)
_UNIT_WORDS = BODY_WORDS + (
    "CAC ", "HD", "VP ", "THUONG TRUC", "TINH DOAN", "DON VI", "CO QUAN", "THANH VIEN",
    "LANH DAO", "THU TRUONG", "CHU TICH", "GIAM DOC", "TO ", "UBMTTQ", "MTTQ", "LDLD",
    "SO", "BAN", "PHONG", "BCH", "TRUONG BAN", "DIA PHUONG", "NGANH",
)
_UNIT_SEPARATOR = re.compile(r";\s*(?:[-–]\s*)?")


class TaskParser:
    """The task table of a plan, when the body holds one."""

    def _parse_tasks(self, start: int, end: int) -> tuple[int, int] | None:
        table_start = self._find_table(start, end)
        if table_start is None:
            return None

        self.deadline_column = self._has_deadline_column(table_start, end)
        groups: list[TaskGroup] = []
        current_task: list[str] | None = None
        task_number = ""
        index = table_start
        table_end = end

        def close_task() -> None:
            if current_task is None:
                return
            if not groups:
                groups.append(TaskGroup(period=None))
            groups[-1].tasks.append(self._make_task(task_number, current_task))

        while index < end:
            line = self.lines[index]
            if not line:
                index += 1
                continue
            if ROMAN.match(line) or (ARABIC.match(line) and current_task is not None):
                table_end = index
                break
            if self._is_period_heading(index, end, current_task):
                close_task()
                current_task = None
                groups.append(TaskGroup(period=line.rstrip(":").strip()))
            elif BARE_NUMBER.match(line):
                close_task()
                current_task = []
                task_number = line.rstrip(".")
            elif current_task is not None:
                current_task.append(line)
            elif groups and groups[-1].tasks:
                table_end = index
                break
            index += 1
        close_task()
        self.doc.tasks = [group for group in groups if group.tasks or group.period]
        if not any(group.tasks for group in self.doc.tasks):
            self.doc.tasks = []
            return None
        return table_start, table_end

    def _find_table(self, start: int, end: int) -> int | None:
        """The table's header row ("TT", "STT") or its first period heading with a
        task number under it."""
        for index in range(start, end):
            folded = self.folded[index]
            if folded in {"TT", "STT", "SO TT"}:
                return index
            if PERIOD.match(folded) and len(folded) <= 40:
                following = self._next_nonblank(index + 1, end)
                if following is not None and BARE_NUMBER.match(self.lines[following]):
                    return index
        return None

    def _has_deadline_column(self, start: int, end: int) -> bool:
        """A "Thời gian" column in the table's header row."""
        for index in range(start, min(end, start + 12)):
            folded = self.folded[index]
            if BARE_NUMBER.match(self.lines[index]) or PERIOD.match(folded):
                break
            if folded.startswith(("THOI GIAN", "THOI HAN", "TIEN DO")):
                return True
        return False

    def _is_period_heading(self, index: int, end: int, task: list[str] | None) -> bool:
        """ "Tháng 4/2025" is a period heading above a group of tasks, or the
        deadline of the task before it: a heading is always followed by a task
        number, and where the table has a time column a task's first time-like
        line is its deadline."""
        folded = self.folded[index]
        if not PERIOD.match(folded) or len(folded) > 40:
            return False
        if not task:
            return True
        following = self._next_nonblank(index + 1, end)
        if following is None or not BARE_NUMBER.match(self.lines[following]):
            return False
        return not (self.deadline_column and not _DEADLINE.match(key(task[-1])))

    def _make_task(self, number: str, lines: list[str]) -> Task:
        lines = list(lines)
        deadline = None
        if len(lines) > 1 and _DEADLINE.match(key(lines[-1])):
            deadline = lines.pop().rstrip(" .;")
        units_from = len(lines)
        while units_from > 1 and self._is_unit_line(lines[units_from - 1]):
            units_from -= 1
        units: list[str] = []
        for line in lines[units_from:]:
            for part in _UNIT_SEPARATOR.split(line):
                # A unit listed with a comma after it is still only its name.
                part = clean_recipient(part).rstrip(",").strip()
                if part:
                    units.append(part)
        text = "\n".join(_cell_lines(lines[:units_from]))
        return Task(number=number, text=text, responsible_units=units, deadline=deadline)

    @staticmethod
    def _is_unit_line(line: str) -> bool:
        bullet = BULLET.match(line)
        text = bullet.group("t") if bullet else line
        if not bullet and text[:1].islower():
            # A line the copy wrapped continues the task; a units cell starts anew.
            return False
        parts = [p for p in _UNIT_SEPARATOR.split(text) if p.strip(" .")]
        if not parts:
            return False
        return all(
            len(part.split()) <= 10 and starts_with(key(part.strip(" -–.")), _UNIT_WORDS)
            for part in parts
        )


def _cell_lines(lines: list[str]) -> list[str]:
    """A task cell's lines as printed: every bullet ("-", "•", "+" …) becomes one
    "- " line, so a list inside the cell stays a list, and a line the copy wrapped
    (it starts in lower case after a line not ended by ";", "." or ":") is joined
    back to the line it continues."""
    merged: list[str] = []
    for line in lines:
        bullet = BULLET.match(line)
        if bullet and bullet.group("t"):
            merged.append(f"- {bullet.group('t')}")
        elif merged and line[:1].islower() and not merged[-1].endswith((";", ".", ":")):
            merged[-1] = f"{merged[-1]} {line}"
        else:
            merged.append(line)
    return merged
