"""The body: the legal bases ("Căn cứ …") at its top, then the outline as printed
(I., 1., 1.1., a), Điều 1.) with the paragraphs under each heading.

A numbered line is a heading only when it reads as one: short, not a finished
sentence, not a "label: value" line. Otherwise it is a numbered paragraph: it still
opens a part of the outline (a directive's items are its numbered parts) but keeps
no heading, and its text stays a paragraph."""

from __future__ import annotations

import re

from .model import Section
from .patterns import ARABIC, ARTICLE, BULLET, LETTER, ROMAN

_ARABIC_DOTTED = re.compile(r"^(?P<m>[0-9]{1,2}(?:\.[0-9]{1,2}){1,3})\s+(?P<t>\S.*)$")
_HEADING_MAX_WORDS = 20
_SENTENCE_END = (".", ";", "!", "?", "…")
# "Thời gian: 8 giờ 00 …": a label and its value, text rather than a heading.
_LABEL_VALUE = re.compile(r":\s*\S")


def reads_as_heading(text: str) -> bool:
    """Whether the text after an outline marker is a heading rather than a sentence."""
    text = text.strip()
    if not text:
        return True
    if text.isupper():
        return True
    return (
        len(text.split()) <= _HEADING_MAX_WORDS
        and not text.endswith(_SENTENCE_END)
        and not _LABEL_VALUE.search(text)
    )


class OutlineParser:
    """The numbered sections of the body (legal bases: bases.LegalBasesParser)."""

    def _parse_sections(self, start: int, end: int, table: tuple[int, int] | None) -> None:
        root = Section(marker="", heading="", level=0)
        stack: list[Section] = [root]
        for index in range(start, end):
            line = self.lines[index]
            if not line or index in self.legal_base_lines:
                continue
            if table and table[0] <= index < table[1]:
                continue
            marker, heading, level = self._heading(line)
            if level:
                section = Section(marker=marker, heading=heading, level=level)
                if not reads_as_heading(heading):
                    section.heading = ""
                    section.paragraphs.append(heading)
                while stack[-1].level >= level:
                    stack.pop()
                stack[-1].children.append(section)
                stack.append(section)
                continue
            bullet = BULLET.match(line)
            paragraph = f"- {bullet.group('t')}" if bullet and bullet.group("t") else line
            stack[-1].paragraphs.append(paragraph)
        sections = []
        if root.paragraphs:
            sections.append(Section(marker="", heading="", level=0, paragraphs=root.paragraphs))
        sections.extend(root.children)
        self.doc.sections = sections

    @staticmethod
    def _heading(line: str) -> tuple[str, str, int]:
        for pattern, level in ((ROMAN, 1), (ARTICLE, 2)):
            match = pattern.match(line)
            if match:
                return match.group("m"), _heading_text(match.group("t")), level
        match = ARABIC.match(line) or _ARABIC_DOTTED.match(line)
        if match:
            marker = match.group("m")
            return marker, _heading_text(match.group("t")), 2 + marker.count(".")
        match = LETTER.match(line)
        if match:
            return match.group("m"), _heading_text(match.group("t")), 5
        return "", "", 0


def _heading_text(text: str) -> str:
    """A heading's trailing colon goes; a sentence's final stop stays, so that
    `reads_as_heading` still sees it."""
    text = text.rstrip()
    return text.rstrip(" :") if text.endswith(":") else text
