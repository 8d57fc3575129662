"""Columns of page types read from a query on Page: the multi-table parent links
walked downwards, so one statement reads every type's own columns through LEFT
JOINs (search.facets counts on them, search.cards shows them)."""

from wagtail.models import Page


def page_path(model):
    """The lookup path from Page to the table of `model` (a page model), "" for Page."""
    names = []
    while model is not Page and model._meta.parents:
        parent, link = next(iter(model._meta.parents.items()))
        names.append(link.related_query_name())
        model = parent
    return "__".join(reversed(names))


def page_lookup(model, name):
    """The lookup from Page to the column `name` of the table of `model`."""
    path = page_path(model)
    return f"{path}__{name}" if path else name
