"""What the search backends index besides each page's own fields.

Every searchable page type mixes in `FoldedSearchMixin`: it gives the backend a
folded copy of the page's text ("ke hoach" for "Kế hoạch"), so any backend, with or
without an accent-folding analyzer, finds a page whatever the reader typed. The
service folds the query the same way.
"""

import json
import re

from django.utils.html import strip_tags
from wagtail.search import index

from search.text import fold

_NON_WORD = re.compile(r"[\W_]+")


def fold_for_index(text):
    """The folded text as plain words: punctuation becomes spaces, so `12/KH-UBND`
    is indexed as the words `12 kh ubnd` by every tokenizer alike."""
    return " ".join(_NON_WORD.sub(" ", fold(text)).split())


def stream_text(stream_value):
    """The words of a StreamField from its stored JSON, without rendering blocks
    (rendering would cost queries for images and page links)."""
    if not stream_value:
        return ""
    raw = stream_value.get_prep_value() if hasattr(stream_value, "get_prep_value") else []
    if isinstance(raw, str):
        raw = json.loads(raw)
    texts = []

    def walk(value):
        if isinstance(value, str):
            texts.append(strip_tags(value))
        elif isinstance(value, dict):
            for key, item in value.items():
                if key not in ("type", "id"):
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(raw)
    return " ".join(" ".join(texts).split())


def page_text_parts(page):
    """(name, text) pairs a search scores a page on: its own `search_text_parts`, or
    the title and description of page types without one."""
    if hasattr(page, "search_text_parts"):
        return page.search_text_parts()
    return [("title", page.title), ("description", page.search_description or "")]


def folded_parts(page):
    """[name, text, folded text] for each non-empty part, as search.models.FoldedText
    stores them."""
    return [[name, text, fold_for_index(text)] for name, text in page_text_parts(page) if text]


class FoldedSearchMixin:
    """Adds the folded text and a folded title to a page's search document."""

    def search_text_parts(self):
        """(name, text) pairs of what a reader may search for, most telling first.
        Subclasses extend it; the names are used for snippets and ranking weights."""
        return [("title", self.title), ("description", self.search_description or "")]

    def search_folded(self):
        return fold_for_index(" ".join(text for _, text in self.search_text_parts() if text))

    def search_title_folded(self):
        return fold_for_index(self.title)


FOLDED_SEARCH_FIELDS = [
    index.SearchField("search_folded"),
    index.AutocompleteField("search_title_folded"),
]
