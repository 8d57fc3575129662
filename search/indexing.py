"""What the search backends index besides each page's own fields.

Every searchable page type mixes in `FoldedSearchMixin` and declares its
`search_parts` once; the mixin derives Wagtail's `search_fields` and the text parts
from them. It gives the backend a folded copy of the page's text ("ke hoach" for
"Kế hoạch"), so any backend, with or without an accent-folding analyzer, finds a
page whatever the reader typed. The service folds the query the same way.
"""

import json
import re

from django.utils.html import strip_tags
from wagtail.models import Page
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


class SearchPart:
    """One thing a reader may search a page for, named once: the search backend
    indexes it (Wagtail's `search_fields`) and the folded text, the ranking and the
    snippets read it (`search_text_parts`).

    `name` is the part's name for ranking weights and snippets (search.service);
    `source` the attribute holding it (a field, property or method; the name by
    default); `text` turns the source's value into plain text (e.g. `stream_text`).
    `index` is True for a SearchField on the source, a list of index fields to use
    instead, or False when only the folded text carries the part; `fold` False when
    only the backend indexes it.
    """

    def __init__(self, name, source=None, *, text=None, boost=None, index=True, fold=True):
        self.name = name
        self.source = source or name
        self.text = text
        self.boost = boost
        self.index = index
        self.fold = fold

    def __repr__(self):
        return f"SearchPart({self.name!r}, {self.source!r})"

    def index_fields(self):
        if self.index is True:
            return [index.SearchField(self.source, boost=self.boost)]
        return list(self.index or [])

    def read(self, page):
        value = getattr(page, self.source)
        if callable(value):
            value = value()
        if self.text is not None:
            return self.text(value)
        return value or ""


def html_text(value):
    """The words of a RichTextField's HTML."""
    return strip_tags(value or "")


class FoldedSearchMixin:
    """Derives a page type's search from its one declaration of `search_parts`
    (and `search_filters`, the field names it is filtered on): Wagtail's
    `search_fields`, with the folded text and a folded title added to the search
    document, and the (name, text) parts the folded text, the ranking and the
    snippets are made of. A page type names a searchable field once, in
    `search_parts`, and never sets `search_fields` itself."""

    search_parts = ()
    search_filters = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "search_fields" in cls.__dict__:
            raise TypeError(
                f"{cls.__name__} sets search_fields: declare search_parts and "
                "search_filters instead, search_fields is derived from them."
            )
        cls.search_fields = derived_search_fields(cls.search_parts, cls.search_filters)

    def search_text_parts(self):
        """(name, text) pairs of what a reader may search for, most telling first:
        the title, the description, then the declared parts that are folded."""
        return [
            ("title", self.title),
            ("description", self.search_description or ""),
            *((part.name, part.read(self)) for part in self.search_parts if part.fold),
        ]

    def search_folded(self):
        return fold_for_index(" ".join(text for _, text in self.search_text_parts() if text))

    def search_title_folded(self):
        return fold_for_index(self.title)


FOLDED_SEARCH_FIELDS = [
    index.SearchField("search_folded"),
    index.AutocompleteField("search_title_folded"),
]


def derived_search_fields(parts, filters):
    """Wagtail's `search_fields` for a page type declaring these parts and filters."""
    return [
        *Page.search_fields,
        *FOLDED_SEARCH_FIELDS,
        *(field for part in parts for field in part.index_fields()),
        *(index.FilterField(name) for name in filters),
    ]
