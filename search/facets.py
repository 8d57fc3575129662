"""The search page's facets and filters, both in the database over every match:
every page has a type and a year; content apps add their own (search.registry),
such as the documents' issuing body, by naming the model field that holds it.

A filter narrows the match set before any page is ranked (search.service), and each
facet is one GROUP BY over the matches with the other filters applied, so an
option's count is what selecting it shows. Like the count (search.matching), a
facet reads at most COUNT_LIMIT + 1 matches: past that its counts are those of the
first COUNT_LIMIT + 1 matches the database reads, and each option says "more"
(the page shows "(1000+)")."""

from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db.models import Case, Count, F, When
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.models import Page, get_page_models

from portal.content_types import content_type_ids
from portal.dates import Year
from portal.prepared_queries import ListParameter, PreparedQuery, SubqueryParameter
from search import matching, registry
from search.columns import page_lookup
from search.results import DATE_ATTRIBUTES

# Keys the database can compare: SQLite raises on integers beyond 64 bits.
_MAX_KEY = 2**63 - 1


@dataclass
class FacetOption:
    """One option of a facet, as the search page and the document archive list it."""

    value: str
    label: str
    count: int
    selected: bool
    # The page's query string that toggles this option (set by the search page).
    query_string: str = ""
    # The count is of the first matches only: there may be more (COUNT_LIMIT).
    more: bool = False


def facet_names():
    return ("type", "year", *registry.facets())


def _date_attribute(model):
    names = {model_field.name for model_field in model._meta.concrete_fields}
    return next((name for name in DATE_ATTRIBUTES if name in names), None)


def _year():
    """Each page's year as search.results.page_date reads it, as an expression on
    Page: the date column of its type (the date first published when that is
    empty), the date first published for a type without one."""
    published = Year("first_published_at")
    dated = {}
    for model in get_page_models():
        name = _date_attribute(model)
        if name is None:
            continue
        column = page_lookup(model._meta.get_field(name).model, name)
        dated.setdefault(column, []).append(ContentType.objects.get_for_model(model).pk)
    whens = [
        When(content_type__in=content_types, then=Coalesce(Year(column), published))
        for column, content_types in dated.items()
    ]
    return Case(*whens, default=published) if whens else published


def _declaring_fields(name):
    """The model fields whose attname is `name`, on the page models declaring them."""
    return [
        model_field
        for model in get_page_models()
        for model_field in model._meta.local_concrete_fields
        if model_field.attname == name
    ]


def _field(name):
    """The column `name` of whichever page type declares it, as an expression on
    Page (NULL for a page of any other type); None when no page type does."""
    columns = [page_lookup(item.model, name) for item in _declaring_fields(name)]
    if not columns:
        return None
    return F(columns[0]) if len(columns) == 1 else Coalesce(*columns)


def _key(name):
    if name == "type":
        return F("content_type")
    if name == "year":
        return _year()
    return _field(registry.facets()[name].field)


def _type_options(counts):
    """Content types only (portal.content_types): "Trang chủ" or "Trang chuyên mục"
    is no kind of thing a reader looks for; such pages still match, unnarrowed."""
    options = {}
    content_types = set(content_type_ids())
    for content_type_id, count in counts.items():
        if content_type_id not in content_types:
            continue
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None:
            label = str(model._meta.verbose_name).capitalize()
            options[model._meta.label] = (label, count)
    return sorted(options.items(), key=lambda item: item[1][0])


def _related_queryset(label):
    """The rows of the model `label` (the related model of a facet's field, such as
    the documents' issuing body) whose keys are `ids`, to name the options."""
    model = apps.get_model(label)
    names = [model_field.attname for model_field in model._meta.concrete_fields]
    return model._base_manager.filter(pk__in=ListParameter("ids", model._meta.pk)).values(
        "pk", *(name for name in names if name != model._meta.pk.attname)
    )


_RELATED = PreparedQuery(_related_queryset, kept=16)


def _field_options(name, counts):
    """(value, (label, count)) by label: a related row's name, the value otherwise."""
    fields = _declaring_fields(registry.facets()[name].field)
    related = fields[0].related_model if fields else None
    labels = {}
    if related is not None:
        rows = _RELATED.rows((related._meta.label,), ids=list(counts))
        labels = {row["pk"]: str(related(**row)) for row in rows}
    options = {str(key): (labels.get(key, str(key)), count) for key, count in counts.items()}
    return sorted(options.items(), key=lambda item: item[1][0])


def count_facets(matches, filters, complete=True, first=None):
    """{facet name: [FacetOption]} over `matches` (every page the query matches,
    search.matching), each facet counted with the other filters applied: one
    query per facet, reading at most COUNT_LIMIT + 1 matches (see the module's
    docstring). `complete` is whether `matches` is every match there is. `first`,
    the search.matching.FirstMatches of `matches` where they are a test of each
    row, gives those matches as ids, read once per combination of filters."""
    counted = {}
    for name in facet_names():
        others = {other: value for other, value in filters.items() if other != name}
        key = _key(name)
        if key is None:
            counted[name] = []
            continue
        if first is not None:
            counted_pages = matching.among(Page.objects.all(), first.ids(others))
        else:
            pages = filter_queryset(matches, others)
            bounded = pages.order_by().values("pk")[: matching.COUNT_LIMIT + 1]
            counted_pages = Page.objects.filter(pk__in=bounded)
        rows = (
            counted_pages
            .order_by()
            .values(key=key)
            .annotate(count=Count("pk"))
            .values_list("key", "count")
        )
        counts = dict(rows)
        more = not complete or sum(counts.values()) > matching.COUNT_LIMIT
        counted[name] = _options(name, counts, filters, more)
    return counted


def _options(name, counts, filters, more):
    counts.pop(None, None)
    if name == "type":
        options = _type_options(counts)
    elif name == "year":
        years = sorted(counts, reverse=True)
        options = [(str(year), (str(year), counts[year])) for year in years]
    else:
        options = _field_options(name, counts)
    return [
        FacetOption(value, label, count, filters.get(name) == value, more=more)
        for value, (label, count) in options
    ]


def _has_key(name):
    return name in ("type", "year") or bool(_declaring_fields(registry.facets()[name].field))


def _grouping_queryset(alias, _time_zone, names):
    """count_unfiltered's GROUP BY over the facet keys `names` on database `alias`.
    Compiling the year's CASE over every dated page type and the joins to their
    tables costs more than running the statement, and only the matches change from
    one search to the next: it is compiled once per database, time zone (the
    year's extraction depends on it) and facets (_GROUPING)."""
    present = {f"facet_{name}": _key(name) for name in names}
    return (
        Page.objects.using(alias)
        .filter(pk__in=SubqueryParameter("matches"))
        .order_by()
        .values(**present)
        .annotate(count=Count("pk"))
        .values_list(*present, "count")
    )


_GROUPING = PreparedQuery(_grouping_queryset, kept=16)


def count_unfiltered(matches, complete=True):
    """(search.matching.Count of `matches`, {facet name: [FacetOption]}) for a search
    without filters, from one GROUP BY over every facet's key at once: with no
    filter to apply, each facet is that query's counts summed by its key, and the
    count their total. Reads at most COUNT_LIMIT + 1 matches, as count_facets and
    search.matching.bounded_count do."""
    names = facet_names()
    present = tuple(name for name in names if _has_key(name))
    sums = {name: {} for name in names}
    total = 0
    bounded = matches.order_by().values("pk")[: matching.COUNT_LIMIT + 1]
    key = (matches.db, timezone.get_current_timezone_name(), present)
    for row in _GROUPING.tuples(key, matches=bounded):
        count = row[-1]
        total += count
        for name, value in zip(present, row, strict=False):
            sums[name][value] = sums[name].get(value, 0) + count
    more = not complete or total > matching.COUNT_LIMIT
    facets = {
        name: _options(name, sums[name], {}, more) if name in present else []
        for name in names
    }
    if total > matching.COUNT_LIMIT:
        return matching.Count(matching.COUNT_LIMIT, True), facets
    return matching.Count(total, not complete), facets


def clean_filters(params):
    """The filters of a request as strings; unknown names are dropped."""
    return {
        name: str(params.get(name)).strip()[:100]
        for name in facet_names()
        if params.get(name) and str(params.get(name)).strip()
    }


def _type_filter(queryset, value):
    try:
        model = apps.get_model(value)
    except (LookupError, ValueError):
        return queryset.none()
    return queryset.filter(content_type=ContentType.objects.get_for_model(model))


def _year_filter(queryset, value):
    # isdigit() alone accepts "²" and other digits int() refuses.
    if not (value.isascii() and value.isdigit() and len(value) <= 4):
        return queryset.none()
    return queryset.alias(facet_year=_year()).filter(facet_year=int(value))


def _field_filter(queryset, name, value):
    fields = _declaring_fields(name)
    try:
        key = fields[0].to_python(value) if fields else None
    except ValidationError:
        key = None
    if key is None or (isinstance(key, int) and abs(key) > _MAX_KEY):
        return queryset.none()
    alias = f"facet_{name}"
    return queryset.alias(**{alias: _field(name)}).filter(**{alias: key})


@dataclass(frozen=True)
class Narrowing:
    """A search's filters as the ranking applies them: `narrowing(pages)` is
    filter_queryset(pages, filters)."""

    filters: dict

    def __call__(self, pages):
        return filter_queryset(pages, self.filters)


def filter_queryset(queryset, filters):
    """`queryset` of pages with the facet filters applied in the database; a value
    no page can have (an unknown type, a year that is not one) matches nothing."""
    facets = registry.facets()
    for name, value in filters.items():
        if not value:
            continue
        if name == "type":
            queryset = _type_filter(queryset, value)
        elif name == "year":
            queryset = _year_filter(queryset, value)
        elif name in facets:
            queryset = _field_filter(queryset, facets[name].field, value)
    return queryset
