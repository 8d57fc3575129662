"""The search page's facets, counted on the ranked candidates: every page has a type
and a year; content apps add their own (search.registry), such as the documents'
issuing body."""

from dataclasses import dataclass

from search import registry
from search.results import page_date


@dataclass
class FacetOption:
    """One option of a facet, as the search page and the document archive list it."""

    value: str
    label: str
    count: int
    selected: bool
    # The page's query string that toggles this option (set by the search page).
    query_string: str = ""


def _type_key(page):
    return page._meta.label


def _type_label(page):
    return str(page._meta.verbose_name).capitalize()


def _year_key(page):
    day = page_date(page)
    return str(day.year) if day else None


def _all_facets():
    return {
        "type": registry.Facet("type", _type_key, _type_label),
        "year": registry.Facet("year", _year_key, _year_key),
        **registry.facets(),
    }


def facet_names():
    return tuple(_all_facets())


def _passes(page, facets, filters, skip=None):
    return all(
        name in facets and facets[name].key(page) == value
        for name, value in filters.items()
        if name != skip and value
    )


def count_facets(ranked, filters):
    """Counts per option of each facet, each counted with the other filters applied."""
    facets = _all_facets()
    counted = {}
    for name, facet in facets.items():
        counts = {}
        labels = {}
        for page, _score in ranked:
            if not _passes(page, facets, filters, skip=name):
                continue
            key = facet.key(page)
            if key is None:
                continue
            counts[key] = counts.get(key, 0) + 1
            labels.setdefault(key, facet.label(page))
        keys = sorted(counts, reverse=True) if name == "year" else sorted(
            counts, key=lambda key: labels[key]
        )
        counted[name] = [
            FacetOption(key, labels[key], counts[key], filters.get(name) == key) for key in keys
        ]
    return counted


def filter_ranked(ranked, filters):
    """The ranked (page, score) pairs that pass every filter."""
    facets = _all_facets()
    return [(page, score) for page, score in ranked if _passes(page, facets, filters)]


def clean_filters(params):
    """The filters of a request as strings; unknown names are dropped."""
    return {
        name: str(params.get(name)).strip()[:100]
        for name in facet_names()
        if params.get(name) and str(params.get(name)).strip()
    }
