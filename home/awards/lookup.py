"""The public look-up of awardees: one function answers the look-up page and the
JSON API alike, over the rows of live, public award decisions only."""

from dataclasses import dataclass, field

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.utils.translation import gettext as _
from wagtail.models import Page

from home.awards.models import AwardDecisionPage, AwardRow
from home.awards.names import folded_key
from home.models.snippets import Award, AwardLevel
from home.profiles.models import ProfileKind
from portal.view_restrictions import public_pages
from search.query import MAX_QUERY_LENGTH
from search.text import normalise_number

RESULTS_PER_PAGE = 20
# A text query matching at most this many rows is read as ids first (the trigram
# index's plan) and ordered among those ids alone: joined to the decisions at once,
# PostgreSQL's planner walks every decision's rows instead (42 ms against 9 ms for a
# name at 100,000 rows).
MATCHED_IDS_LIMIT = 1000
# PostgreSQL puts NULL first in a descending order: a decision without a date last.
NEWEST_FIRST = F("decision__issued_on").desc(nulls_last=True)
FIRST_YEAR, LAST_YEAR = 1945, 2100


@dataclass
class Criteria:
    """The cleaned filters of one look-up; `errors` says in Vietnamese what was
    ignored (a year that is not a year, an unknown award)."""

    query: str = ""
    award: Award | None = None
    level: str = ""
    kind: str = ""
    year_from: int | None = None
    year_to: int | None = None
    decision: str = ""
    errors: list = field(default_factory=list)

    @property
    def is_empty(self):
        return not (
            self.query
            or self.award
            or self.level
            or self.kind
            or self.year_from
            or self.year_to
            or self.decision
        )


def _year(value, errors):
    value = (value or "").strip()
    if not value:
        return None
    is_number = value.isascii() and value.isdigit() and len(value) <= 4
    if not is_number or not FIRST_YEAR <= int(value) <= LAST_YEAR:
        errors.append(
            _("Năm “%(value)s” không hợp lệ (từ %(first)s đến %(last)s): bỏ qua.")
            % {"value": value[:10], "first": FIRST_YEAR, "last": LAST_YEAR}
        )
        return None
    return int(value)


def clean(params):
    """Criteria from a query string (the page's form or the API). `year` is one
    year, `from`/`to` a range; anything invalid is dropped with a message."""
    errors = []
    criteria = Criteria(errors=errors)
    criteria.query = " ".join((params.get("q") or "").split())[:MAX_QUERY_LENGTH]
    award = (params.get("award") or "").strip()
    if award:
        # Nine digits at most: a larger number would overflow PostgreSQL's integer.
        valid = award.isascii() and award.isdigit() and len(award) <= 9
        criteria.award = Award.objects.filter(pk=award).first() if valid else None
        if criteria.award is None:
            errors.append(_("Không có hình thức khen thưởng này: bỏ qua."))
    level = params.get("level") or ""
    if level in AwardLevel.values:
        criteria.level = level
    elif level:
        errors.append(_("Không có cấp khen thưởng này: bỏ qua."))
    kind = params.get("kind") or ""
    if kind in ProfileKind.values:
        criteria.kind = kind
    elif kind:
        errors.append(_("Đối tượng phải là cá nhân hoặc tập thể: bỏ qua."))
    year = _year(params.get("year"), errors)
    if year:
        criteria.year_from = criteria.year_to = year
    else:
        criteria.year_from = _year(params.get("from"), errors)
        criteria.year_to = _year(params.get("to"), errors)
    criteria.decision = normalise_number((params.get("decision") or "")[:64])
    return criteria


def public_rows():
    """The rows of live decisions no view restriction covers. The decisions are read
    from the page table alone (by content type), not through the three tables of
    the decision model, which would only cost the planner joins."""
    decisions = public_pages(Page.objects.type(AwardDecisionPage)).values("pk")
    return AwardRow.objects.filter(decision_id__in=decisions)


def filtered_rows(criteria):
    """The public rows matching `criteria`, not yet ordered."""
    rows = public_rows()
    if criteria.query:
        folded = folded_key(criteria.query)
        rows = rows.filter(Q(name_folded__contains=folded) | Q(detail_folded__contains=folded))
    if criteria.award:
        rows = rows.filter(award=criteria.award)
    if criteria.level:
        rows = rows.filter(award__level=criteria.level)
    if criteria.kind:
        rows = rows.filter(kind=criteria.kind)
    if criteria.year_from:
        rows = rows.filter(year__gte=criteria.year_from)
    if criteria.year_to:
        rows = rows.filter(year__lte=criteria.year_to)
    if criteria.decision:
        rows = rows.filter(decision__number_normalised=criteria.decision)
    return rows


def ordered(rows, criteria):
    """Rows whose folded name is the query itself first, then the newest decision
    first, each list in its printed order."""
    order = [NEWEST_FIRST, "-decision_id", "order"]
    if criteria.query:
        rows = rows.annotate(
            exact=Case(
                When(name_folded=folded_key(criteria.query), then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        order.insert(0, "exact")
    return rows.order_by(*order)


# What a result shows and links of its decision: not its body or other metadata,
# which would be read twenty times a page.
DECISION_FIELDS = [
    f"decision__{name}"
    for name in ("title", "number", "issued_on", "url_path", "path", "depth", "locale_id")
]


def with_decisions(rows):
    """`rows` with their award and the few fields of their decision results show."""
    return rows.select_related("award", "decision").only(
        "name",
        "kind",
        "detail",
        "year",
        "period",
        "award_text",
        "decision",
        "award",
        *DECISION_FIELDS,
    )


def look_up(criteria, page_number=1, per_page=RESULTS_PER_PAGE):
    """The requested page of results (a Django Page: `paginator.count` is the true
    count); a page number out of range or malformed gives the first or last page.
    No criteria at all still lists every public row, newest first."""
    rows = filtered_rows(criteria)
    known_count = None
    if criteria.query:
        ids = list(rows.values_list("pk", flat=True)[: MATCHED_IDS_LIMIT + 1])
        if len(ids) <= MATCHED_IDS_LIMIT:
            rows, known_count = AwardRow.objects.filter(pk__in=ids), len(ids)
    paginator = Paginator(with_decisions(ordered(rows, criteria)), per_page)
    if known_count is not None:
        # The ids were the count: Paginator.count is a cached property.
        paginator.count = known_count
    try:
        return paginator.page(page_number)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


def row_json(row, request=None):
    """One result as the API gives it."""
    decision = row.decision
    return {
        "name": row.name,
        "kind": row.kind,
        "detail": row.detail,
        "award": row.award_name,
        "level": row.award.level if row.award_id else "",
        "year": row.year,
        "decision_number": decision.number,
        "decision_url": decision.get_full_url(request),
        "issued_on": decision.issued_on.isoformat() if decision.issued_on else None,
    }
