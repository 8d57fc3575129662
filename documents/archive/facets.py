"""The archive's filter options with their labels, from the counts of either backend.

Counts come as `ArchiveQuery.count_options` gives them (the Elasticsearch backend
turns its aggregations into the same form): {"type": {value: n}, "status": {value:
n}, "issuer": [(id, name, n)], "year": [(year, n)] newest first, "field": [(slug,
name, n)]}. Types and statuses keep the order of their choices; an option with no
document is listed only while it is selected, so the reader can clear it.
"""

from documents.choices import DocumentStatus, DocumentType
from search.facets import FacetOption


def _is_selected(selected, name, value):
    # Filters hold the form's cleaned values (ids and years as numbers), counts may
    # hold either form: compared as text, as the page's query string carries them.
    return name in selected and str(selected[name]) == str(value)


def _from_choices(name, choices, counts, selected):
    more = counts.get("more", False)
    return [
        FacetOption(
            value,
            label,
            counts[name].get(value, 0),
            _is_selected(selected, name, value),
            more=more,
        )
        for value, label in choices
        if value in counts[name] or _is_selected(selected, name, value)
    ]


def _from_rows(name, rows, selected, more=False):
    return [
        FacetOption(str(value), str(label), count, _is_selected(selected, name, value), more=more)
        for value, label, count in rows
    ]


def facet_options(counts, selected):
    """{filter name: [FacetOption]} for `counts`, given the selected filters. With
    counts["more"] (a common word's, counted to a bound) each count is "at least"."""
    more = counts.get("more", False)
    years = [(year, year, n) for year, n in counts["year"]]
    return {
        "type": _from_choices("type", DocumentType.choices, counts, selected),
        "issuer": _from_rows("issuer", counts["issuer"], selected, more),
        "year": _from_rows("year", years, selected, more),
        "field": _from_rows("field", counts["field"], selected, more),
        "status": _from_choices("status", DocumentStatus.choices, counts, selected),
    }
