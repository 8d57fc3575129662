"""What the search service knows of the content apps' page types, told by the apps.

The layering is portal ← search ← documents, home: the search service ranks, labels
and counts pages of types it cannot import. A content app registers its page types
from its AppConfig.ready(): the relations their text and labels read, the column
holding a document number the query may be, how a result names its type, and the
facets the type adds (the search page's "type" and "year" apply to every page).
A page type nobody registered is searched on its own fields with the defaults.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SearchableType:
    """How the search service treats one page model and its subclasses."""

    model: type
    # The result's type name; the model's verbose name when None.
    label: Callable[[Any], str] | None = None
    # Relations the results read (facet labels, the hit's issuer): joined whenever
    # the pages are loaded.
    related: tuple = ()
    # Relations only the page's search text parts read (attachments' text): prefetched
    # when the parts are folded from the page rather than read from their stored copy.
    text_prefetch: tuple = ()
    # The column holding the normalised document number (search.text.normalise_number)
    # that a query shaped like a number or a code is looked up in first.
    number_field: str = ""

    def with_related(self, queryset):
        return queryset.select_related(*self.related) if self.related else queryset

    def with_text_relations(self, queryset):
        """The queryset with every relation folding the pages' text parts reads."""
        queryset = self.with_related(queryset)
        return queryset.prefetch_related(*self.text_prefetch) if self.text_prefetch else queryset


@dataclass(frozen=True)
class Facet:
    """A facet a content app adds to the search page: `field` is the attname of the
    model field holding a page's option (a foreign key's options are named by the
    related rows), so the database filters and counts every match on it
    (search.facets)."""

    name: str
    field: str


_types = {}
_facets = {}


def register(model, **options):
    """Register (or register again, replacing) how the search treats `model`."""
    _types[model] = SearchableType(model, **options)


def register_facet(name, *, field):
    _facets[name] = Facet(name, field)


def searchable_type(model):
    """The registration of `model` or of its nearest registered ancestor, or None."""
    for cls in model.__mro__:
        if cls in _types:
            return _types[cls]
    return None


def numbered_types():
    """The registered types whose pages carry a document number."""
    return [entry for entry in _types.values() if entry.number_field]


def facets():
    """{name: Facet} of the facets content apps added, in registration order."""
    return dict(_facets)


def with_text_relations(model, queryset):
    """`queryset` of `model` pages ready to have their text parts folded."""
    entry = searchable_type(model)
    return entry.with_text_relations(queryset) if entry else queryset
