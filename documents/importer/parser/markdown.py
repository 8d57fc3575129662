"""Emphasis markers of a copy converted to Markdown.

Legal databases' pages saved as Markdown keep the printed text but wrap its bold and
italic runs in asterisks anywhere: around a header cell split over two lines
("**ỦY BAN NHÂN\nDÂN**"), a paragraph ("*Căn cứ Luật …;*"), part of a date
("ngày **24** tháng 11 năm\n202**5*") or a place ("*Thành phố Huế**, ngày …"), and
underline some runs in pairs of underscores ("__Nơi nhận__:").
The markers are no part of the text, so they are dropped before the lines are read.

Asterisks also belong to printed texts: rules of stars under the header ("***",
"AN GIANG******"), the motto's star alone on a line, "* " bullets. So markers are
only dropped from a text that shows Markdown emphasis (two bold runs closed on the
same line), and a run of more than three stars is left as printed.
"""

from __future__ import annotations

import re

# "**QUYẾT ĐỊNH**", "**Nguyễn Văn A**": a bold run opened and closed on one line.
_BOLD_RUN = re.compile(r"(?<![*\w])\*\*[^\s*][^*\n]*?(?<=[^\s*])\*\*(?![*\w])")
# One to three stars that are not part of a longer rule of stars.
_MARKER = re.compile(r"(?<!\*)\*{1,3}(?!\*)")
# "**BỘ C****ÔNG THƯƠNG**", "**V****Ă****N PHÒNG": a bold run closed and a new one
# opened inside a word (the converter's mark of a letter set apart); a rule of stars
# never stands between two letters.
_GLUED_RUNS = re.compile(r"(?<=[^\W\d_])\*{4}(?=[^\W\d_])")
# "__Nơi nhận__:": an underlined run; a rule of underscores ("______") is kept.
_UNDERLINE = re.compile(r"(?<!_)__(?!_)")
# "* Thời gian tiếp công dân …": a bullet, kept.
_BULLET = re.compile(r"^(\s*)\*(?= )")


def is_markdown(text: str) -> bool:
    """Whether the text carries Markdown emphasis (at least two bold runs)."""
    return len(_BOLD_RUN.findall(text, 0, 20000)) >= 2


def _strip_line(line: str) -> str:
    bullet = _BULLET.match(line)
    start = bullet.end() if bullet else 0
    rest = _GLUED_RUNS.sub("", line[start:])
    return line[:start] + _UNDERLINE.sub("", _MARKER.sub("", rest))


def strip_emphasis(text: str) -> str:
    """The text without Markdown emphasis markers, when it is a Markdown copy."""
    if "*" not in text or not is_markdown(text):
        return text
    return "\n".join(_strip_line(line) for line in text.split("\n"))
