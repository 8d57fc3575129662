"""A reader's query as the search service reads it: cleaned, folded into words, and
recognised as a document number (`12/KH-UBND`) or a bare code (`KH-UBND`)."""

import re
from dataclasses import dataclass
from functools import cached_property

from django.utils.translation import gettext as _

from search.indexing import fold_for_index
from search.text import normalise_number, normalize

MAX_QUERY_LENGTH = 200
# More words than this is pasted text, not a search; the rest are ignored.
MAX_TERMS = 12

_WORD = re.compile(r"\w+")
# `12/KH-UBND`, `12 kh ubnd`, `12-KH-UBND`, `12/2025/QĐ-UBND`: digits, then letters.
_NUMBER = re.compile(r"\s*\d+(?:[\s/\\\-.]+\d+)*[\s/\\\-.]+[^\W\d_]+(?:[\s/\\\-.]+[^\W\d_]+)*\s*")
# `KH-UBND`, `QĐ/UBND`: letter groups joined by a dash or slash.
_CODE = re.compile(r"\s*[^\W\d_]+(?:\s*[/\-]\s*[^\W\d_]+)+\s*")


_SEPARATOR = re.compile(r"[/\\\-]")
_LETTERS = re.compile(r"[^\W\d_]+")


class QueryError(ValueError):
    """A query no search can answer; the message says why, for the reader."""


@dataclass
class ParsedQuery:
    text: str
    terms: list
    exact_words: list
    number_key: str = ""
    code_key: str = ""

    @property
    def number_is_explicit(self):
        """Whether the query is written as a document number is (`12/KH-UBND`,
        `12-KH-UBND`, `12 KH UBND`) rather than words that follow a number (`2024 thi
        đua`): only then is a number nobody carries said to be missing."""
        if not self.number_key:
            return False
        return bool(_SEPARATOR.search(self.text)) or any(
            len(group) > 1 and group.isupper() for group in _LETTERS.findall(self.text)
        )

    @property
    def folded_phrase(self):
        return " ".join(self.terms)

    @property
    def exact_phrase(self):
        return " ".join(self.exact_words)

    @cached_property
    def exact_word_patterns(self):
        """One pattern per exact word, matching it as a whole word of a text: searching
        a long body for a dozen words costs less than splitting it into words."""
        return [re.compile(rf"(?<!\w){re.escape(word)}(?!\w)") for word in set(self.exact_words)]

    @cached_property
    def exact_phrase_pattern(self):
        """The exact words in order, separated by anything but letters and digits: the
        phrase as it would be found in the text's words joined by single spaces."""
        return re.compile(r"\W+".join(re.escape(word) for word in self.exact_words))


def clean_query(raw):
    """The query as the reader meant it: NFC, no control characters, one space
    between words. Raises QueryError for a query too long to be a search."""
    text = normalize(raw or "")
    text = "".join(char if char.isprintable() else " " for char in text)
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_LENGTH:
        raise QueryError(
            _("Từ khóa quá dài: hãy nhập tối đa %(limit)d ký tự.") % {"limit": MAX_QUERY_LENGTH}
        )
    return text


def parse_query(text):
    terms = list(dict.fromkeys(fold_for_index(text).split()))[:MAX_TERMS]
    exact_words = [word.lower() for word in _WORD.findall(text)][:MAX_TERMS]
    parsed = ParsedQuery(text=text, terms=terms, exact_words=exact_words)
    if _NUMBER.fullmatch(text):
        parsed.number_key = normalise_number(text)
    elif _CODE.fullmatch(text):
        parsed.code_key = normalise_number(text)
    return parsed
