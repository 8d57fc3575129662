"""Every page a query matches, found and counted rather than ranked.

The ranking (search.ranking) reads its best candidates only; the count the search
page, the API and the archive show is the backend's number of matches instead: the
pages holding every word (any word when none holds them all, as the ranking falls
back), plus the documents whose number is the query or ends with the code it is.
The database backends give their matches as a subquery (search.backends.capping),
so the database counts them, up to COUNT_LIMIT (past it the page says "more than"),
and the archive filters and sorts on all of them without any being read here.
"""

from dataclasses import dataclass, field

from django.db.models import Q
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText

from search import registry

# Matches counted at most: past it "more than 1,000" is all a reader needs, and the
# count of a word in every page stays one bounded query.
COUNT_LIMIT = 1000
# Title and body matches a count samples first (matching_sample): enough that a
# common word counts past COUNT_LIMIT in its own locale from the sample alone.
SAMPLE_ROWS = 2 * (COUNT_LIMIT + 1)
# Ids a backend that cannot give its matches as a subquery lists at most
# (Elasticsearch pages no further by default).
FALLBACK_LIMIT = 10_000

PARTIAL_MATCH = "partial_match"
NUMBER_NOT_FOUND = "number_not_found"


@dataclass
class Count:
    """How many pages match: `value`, or more than that when `more` is set."""

    value: int = 0
    more: bool = False


def number_q(parsed):
    """The pages whose number is the query, or ends with the code the query is; None
    when the query is neither. The caller's queryset narrows them to its pages."""
    if not (parsed.number_key or parsed.code_key):
        return None
    found = Q(pk__in=[])
    for entry in registry.numbered_types():
        if parsed.number_key:
            lookup = {entry.number_field: parsed.number_key}
        else:
            lookup = {f"{entry.number_field}__endswith": parsed.code_key}
        found |= Q(pk__in=entry.model.objects.filter(**lookup).values("pk"))
    return found


def text_matches(parsed, queryset, operator):
    """(`queryset` narrowed to the pages the backend matches with `operator`, whether
    that is every match): a subquery on the database backends, the backend's first
    FALLBACK_LIMIT ids elsewhere."""
    query = PlainText(" ".join(parsed.terms), operator=operator)
    backend = get_search_backend()
    finder = getattr(backend, "matching_pages", None)
    pages = finder(query, queryset) if finder else None
    if pages is not None:
        return pages, True
    ids = [page.pk for page in backend.search(query, queryset.only("pk"))[:FALLBACK_LIMIT]]
    return queryset.filter(pk__in=ids), len(ids) < FALLBACK_LIMIT


def matching_pages(parsed, queryset, operator):
    """(`queryset` narrowed to every page matching `parsed` with `operator`, whether
    that is all of them). No terms, or no operator (nothing matched), match nothing
    but the number."""
    numbers = number_q(parsed)
    complete = True
    if parsed.terms and operator:
        pages, complete = text_matches(parsed, queryset, operator)
        if numbers is not None:
            pages = queryset.filter(Q(pk__in=pages.values("pk")) | numbers)
    elif numbers is not None:
        pages = queryset.filter(numbers)
    else:
        pages = queryset.none()
    return pages, complete


@dataclass
class Sample:
    """The first matches of a query as the index lists them, at most SAMPLE_ROWS
    title and SAMPLE_ROWS body matches: `pages` a queryset like matching_pages',
    `listed()` the ids of the text's matches when the sample holds every one, None
    otherwise (one more bounded query)."""

    pages: object
    listed: object

    def every_match(self):
        return self.listed() is not None


def matching_sample(parsed, queryset, operator):
    """The Sample of matching_pages(parsed, queryset, operator), or None where the
    backend cannot take one (it counts every match then). A common word matches most
    pages; counting it to COUNT_LIMIT + 1 needs only the first of them, but a
    subquery of every match makes PostgreSQL read an index row per match first
    (600 ms for "thi đua" at 100,000 documents)."""
    if not (parsed.terms and operator):
        return None
    query = PlainText(" ".join(parsed.terms), operator=operator)
    sampler = getattr(get_search_backend(), "matching_sample", None)
    found = sampler(query, queryset, SAMPLE_ROWS) if sampler else None
    if found is None:
        return None
    pages, listed = found
    numbers = number_q(parsed)
    if numbers is not None:
        pages = queryset.filter(Q(pk__in=pages.values("pk")) | numbers)
    return Sample(pages, listed)


def bounded_count(queryset, complete=True):
    """The Count of `queryset`, one query reading at most COUNT_LIMIT + 1 rows."""
    limit = COUNT_LIMIT
    found = queryset.order_by()[: limit + 1].count()
    if found > limit:
        return Count(limit, True)
    return Count(found, not complete)


@dataclass
class KeywordMatches:
    """What the archive's keyword box filters on: every matching page, and what the
    page must tell the reader (PARTIAL_MATCH, NUMBER_NOT_FOUND)."""

    pages: object
    notices: list = field(default_factory=list)


def keyword_matches(parsed, queryset):
    """The KeywordMatches of `parsed` among `queryset`: every word, or any word with
    a PARTIAL_MATCH notice when no page holds them all."""
    notices = []
    if parsed.number_is_explicit and not queryset.filter(number_q(parsed)).exists():
        notices.append(NUMBER_NOT_FOUND)
    operator = "and"
    pages, _complete = matching_pages(parsed, queryset, operator)
    if len(parsed.terms) > 1 and not pages.exists():
        fallback, _complete = matching_pages(parsed, queryset, "or")
        if fallback.exists():
            operator, pages = "or", fallback
            notices.append(PARTIAL_MATCH)
    return KeywordMatches(_listed(parsed, queryset, operator, pages), notices)


def _listed(parsed, queryset, operator, pages):
    """`pages` as a list of ids when a sample holds every match. PostgreSQL cannot
    tell how many rows a subquery of search_candidates() gives, and the OR with the
    number makes it guess most of the archive: it then walks every document by date
    testing each against the matches (1 s for one number at 100,000 documents)
    where a list of the few ids is read through the primary key."""
    sample = matching_sample(parsed, queryset, operator)
    ids = sample.listed() if sample is not None else None
    if ids is None:
        return pages
    numbers = number_q(parsed)
    if numbers is not None:
        ids = [*ids, *queryset.filter(numbers).values_list("pk", flat=True)]
    return queryset.filter(pk__in=ids)
