"""Wagtail API v2 with every query parameter checked before it reaches the database.

Wagtail validates most parameters itself, but lets a few reach the database or the
search backend unchecked, and each of those answered 500 on hostile input:

- `offset` and `limit` only have to be non-negative integers; an offset beyond
  PostgreSQL's bigint ("bigint out of range") failed the query;
- a field filter on a date or date-time field (`issued_on=garbage`) raised Django's
  ValidationError, which the API does not turn into a 400;
- `find/?id=abc` raised ValueError;
- `search_operator` other than "and" or "or" raised ValueError in the search backend;
- deeply nested `fields=a(a(a(…)))` exhausted Python's recursion limit.

Each is answered 400 with a JSON `message`, the API's own error format. NUL bytes
never get here: portal.middleware.RejectNulBytesMiddleware refuses them first.
"""

import datetime

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import connections, models
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.api.v2.filters import FieldsFilter, SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError

# Far beyond any listing of the portal, and within every database's integers.
MAX_OFFSET = 1_000_000_000
# Wagtail nests a serializer per level; real clients use one or two.
MAX_FIELDS_DEPTH = 5
SEARCH_OPERATORS = ("and", "or")


def _integer(value):
    try:
        return int(value)
    except ValueError:
        return None


class BoundedPagination(WagtailPagination):
    """Wagtail's pagination with an upper bound on `offset`."""

    def paginate_queryset(self, queryset, request, view=None):
        offset = _integer(request.GET.get("offset", "0"))
        if offset is not None and offset > MAX_OFFSET:
            raise BadRequestError(
                _("Tham số offset không được lớn hơn %(max)d.") % {"max": MAX_OFFSET}
            )
        return super().paginate_queryset(queryset, request, view)


class CheckedFieldsFilter(FieldsFilter):
    """Wagtail's field filters (`?issued_on=2025-01-31`); a value the field cannot
    hold is a 400 instead of an exception.

    Two kinds of value pass Wagtail's conversion and only fail when the query runs,
    so they are checked first: an integer beyond the column's range on a foreign key
    (Django answers an empty result only for plain integer fields) and a date-time
    that does not exist in UTC (`0001-01-01T00:00:00+14:00`)."""

    def filter_queryset(self, request, queryset, view):
        fields = set(view.get_available_fields(queryset.model, db_fields_only=True))
        for name, value in request.GET.items():
            if name in fields:
                try:
                    field = queryset.model._meta.get_field(name)
                except FieldDoesNotExist:
                    continue
                _check_value(field, name, value, connections[queryset.db])
        try:
            return super().filter_queryset(request, queryset, view)
        except (ValidationError, ValueError, OverflowError) as error:
            raise BadRequestError(
                _("Giá trị lọc không hợp lệ: %(detail)s") % {"detail": _details(error)}
            ) from error


class CheckedSearchFilter(SearchFilter):
    """Wagtail's `search`, with `search_operator` limited to what the backend knows."""

    def filter_queryset(self, request, queryset, view):
        operator = request.GET.get("search_operator")
        if "search" in request.GET and operator is not None and (
            operator.lower() not in SEARCH_OPERATORS
        ):
            raise BadRequestError(_("Tham số search_operator phải là and hoặc or."))
        return super().filter_queryset(request, queryset, view)


CHECKED_FILTERS = {FieldsFilter: CheckedFieldsFilter, SearchFilter: CheckedSearchFilter}


def checked_filters(backends):
    """`backends` with Wagtail's unchecked filters swapped for the checked ones."""
    return [CHECKED_FILTERS.get(backend, backend) for backend in backends]


def _check_value(field, name, value, connection):
    # A key to a page subclass points at its page_ptr, itself a key to Page.id.
    while isinstance(field, models.ForeignKey):
        field = field.target_field
    if isinstance(field, models.IntegerField):
        number = _integer(value)
        low, high = connection.ops.integer_field_range(field.get_internal_type())
        too_low = number is not None and low is not None and number < low
        too_high = number is not None and high is not None and number > high
        if too_low or too_high:
            raise BadRequestError(_out_of_range(name))
    elif isinstance(field, models.DateTimeField):
        try:
            moment = field.to_python(value)
            if moment is not None:
                if timezone.is_naive(moment):
                    moment = timezone.make_aware(moment)
                moment.astimezone(datetime.UTC)
        except ValidationError:
            return  # Wagtail's own conversion reports it.
        except OverflowError as error:
            raise BadRequestError(_out_of_range(name)) from error


def _out_of_range(name):
    return _("Giá trị lọc của %(name)s nằm ngoài khoảng cho phép.") % {"name": name}


def _details(error):
    if isinstance(error, ValidationError):
        return "; ".join(error.messages)
    return str(error)


def fields_depth(fields):
    """How deeply the `fields` parameter nests brackets."""
    depth = deepest = 0
    for char in fields:
        if char == "(":
            depth += 1
            deepest = max(deepest, depth)
        elif char == ")":
            depth -= 1
    return deepest


class CheckedParamsMixin:
    """For a Wagtail API v2 endpoint: bounded pagination, checked filters, and
    `fields` and `find/?id=` validated before use. Put it before the endpoint class
    and set `filter_backends = checked_filters(Endpoint.filter_backends)`."""

    pagination_class = BoundedPagination

    def get_serializer_class(self):
        if fields_depth(self.request.GET.get("fields", "")) > MAX_FIELDS_DEPTH:
            raise BadRequestError(
                _("Tham số fields lồng nhau quá %(max)d cấp.") % {"max": MAX_FIELDS_DEPTH}
            )
        return super().get_serializer_class()

    def find_object(self, queryset, request):
        if "id" in request.GET and _integer(request.GET["id"]) is None:
            raise BadRequestError(_("Tham số id phải là số nguyên."))
        return super().find_object(queryset, request)
