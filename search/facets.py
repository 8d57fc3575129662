"""The search page's facets, counted on the ranked candidates: every page has a type
and a year; content apps add their own (search.registry), such as the documents'
issuing body."""

from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db.models import Q
from wagtail.models import get_page_models

from search import registry
from search.results import DATE_ATTRIBUTES, page_date

# Keys the database can compare: SQLite raises on integers beyond 64 bits.
_MAX_KEY = 2**63 - 1
_NOTHING = Q(pk__in=[])


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


def _type_q(value):
    try:
        model = apps.get_model(value)
    except (LookupError, ValueError):
        return _NOTHING
    return Q(content_type=ContentType.objects.get_for_model(model))


def _date_attribute(model):
    names = {model_field.name for model_field in model._meta.concrete_fields}
    return next((name for name in DATE_ATTRIBUTES if name in names), None)


def _year_q(value):
    """The pages whose page_date falls in the year `value`: each page type's own date
    (the date first published when it is empty or the type has none)."""
    if not (value.isdigit() and len(value) <= 4):
        return _NOTHING
    year = int(value)
    found, dated = _NOTHING, []
    for model in get_page_models():
        name = _date_attribute(model)
        if name is None:
            continue
        content_type = ContentType.objects.get_for_model(model)
        dated.append(content_type)
        own = Q(**{f"{name}__year": year}) | Q(
            **{f"{name}__isnull": True, "first_published_at__year": year}
        )
        found |= Q(content_type=content_type, pk__in=model.objects.filter(own).values("pk"))
    return found | (Q(first_published_at__year=year) & ~Q(content_type__in=dated))


def _field_q(name, value):
    """The pages of every page type declaring the model field `name` with `value`."""
    found = _NOTHING
    for model in get_page_models():
        model_field = next(
            (item for item in model._meta.local_concrete_fields if item.attname == name), None
        )
        if model_field is None:
            continue
        try:
            key = model_field.to_python(value)
        except ValidationError:
            continue
        if isinstance(key, int) and abs(key) > _MAX_KEY:
            continue
        found |= Q(pk__in=model.objects.filter(**{name: key}).values("pk"))
    return found


def filter_queryset(queryset, filters):
    """`queryset` of pages with the facet filters applied in the database, as
    filter_ranked applies them to the ranked pages; None when a facet cannot be
    (a content app's facet registered without its field)."""
    facets = _all_facets()
    for name, value in filters.items():
        if not value or name not in facets:
            continue
        if name == "type":
            queryset = queryset.filter(_type_q(value))
        elif name == "year":
            queryset = queryset.filter(_year_q(value))
        elif facets[name].field:
            queryset = queryset.filter(_field_q(facets[name].field, value))
        else:
            return None
    return queryset
