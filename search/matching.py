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

from django.db import connections
from django.db.models import F, Lookup, Q
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText

from portal.id_lists import pk_in_any
from search import registry
from search.backends.capping import integer_array

# Matches counted at most: past it "more than 1,000" is all a reader needs, and the
# count of a word in every page stays one bounded query.
COUNT_LIMIT = 1000
# Title and body matches a count samples first (matching_sample): enough that a
# common word counts past COUNT_LIMIT in its own locale from the sample alone.
SAMPLE_ROWS = 2 * (COUNT_LIMIT + 1)
# Past the sample, the matches a subquery still lists for less than a test of each
# row costs: a rare phrase under a year filter is a few thousand index rows read
# once, where testing every page of the year through its entry took 8 s at
# 100,000 documents; a common word's tens of thousands are tested row by row.
LIST_ROWS = 5 * SAMPLE_ROWS
# Pages a combination of filters keeps that FirstMatches tests one by one through
# their index entries (a few microseconds each): past it, the test is walked in
# order instead, and stops at COUNT_LIMIT + 1 matches.
FILTERED_ROWS = LIST_ROWS
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
    ids = number_ids(parsed)
    return Q(pk__in=[]) if ids is None else Q(pk__in=ids)


def number_ids(parsed):
    """The ids of number_q's pages as one subquery, None when the query is neither a
    number nor a code or no page type has a number."""
    if not (parsed.number_key or parsed.code_key):
        return None
    found = None
    for entry in registry.numbered_types():
        if parsed.number_key:
            lookup = {entry.number_field: parsed.number_key}
        else:
            lookup = {f"{entry.number_field}__endswith": parsed.code_key}
        ids = entry.model.objects.filter(**lookup).order_by().values("pk")
        found = ids if found is None else found.union(ids, all=True)
    return found


def or_numbered(queryset, pages, parsed):
    """`queryset` narrowed to `pages` (text matches among it) and to number_q's pages:
    one list of ids, read through the key. Written as two conditions joined by OR,
    PostgreSQL tested every page of the site against both (27 ms for "12/KH-UBND"
    at 100,000 documents, for the count and again for the facets)."""
    numbers = number_ids(parsed)
    if numbers is None:
        return pages
    return queryset.filter(pk_in_any([pages.values("pk"), numbers]))


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
        pages = or_numbered(queryset, pages, parsed)
    elif numbers is not None:
        pages = queryset.filter(numbers)
    else:
        pages = queryset.none()
    return pages, complete


@dataclass
class Sample:
    """The first matches of a query as the index lists them, at most SAMPLE_ROWS
    title and SAMPLE_ROWS body matches: `pages` a queryset like matching_pages',
    `read()` (their ids, whether they are every match of the text), one bounded
    query read once."""

    pages: object
    read: object
    # Whether the sample holds every match, counted without reading its ids.
    counted: object = None
    # The ranking's candidates where the sample was read with its parts
    # (parted_sample): its first title and body matches.
    candidates: list = None
    _found: tuple = field(default=None, repr=False)

    def ids(self):
        """The ids of the sampled text matches (not the numbered documents)."""
        if self._found is None:
            self._found = self.read()
        return self._found[0]

    def every_match(self):
        self.ids()
        return self._found[1]

    def holds_every_match(self):
        """every_match(), counted by the database when the ids are not needed."""
        if self._found is None and self.counted is not None:
            return self.counted()
        return self.every_match()

    def listed(self):
        """The ids of the text's matches when the sample holds every one, else None."""
        return self.ids() if self.every_match() else None


def matching_sample(parsed, queryset, operator, rows=None):
    """The Sample of matching_pages(parsed, queryset, operator) (at most `rows`,
    SAMPLE_ROWS by default, title and body matches), or None where the
    backend cannot take one (it counts every match then). A common word matches most
    pages; counting it to COUNT_LIMIT + 1 needs only the first of them, but a
    subquery of every match makes PostgreSQL read an index row per match first
    (600 ms for "thi đua" at 100,000 documents)."""
    if not (parsed.terms and operator):
        return None
    query = PlainText(" ".join(parsed.terms), operator=operator)
    sampler = getattr(get_search_backend(), "matching_sample", None)
    found = sampler(query, queryset, rows or SAMPLE_ROWS) if sampler else None
    if found is None:
        return None
    pages, read, counted = found
    return Sample(or_numbered(queryset, pages, parsed), read, counted)


def parted_sample(parsed, queryset, operator):
    """matching_sample's Sample, read now with each row's part where the backend
    lists them (search migration 0005), its `candidates` the first title and body
    matches: the rows the ranking would find again through the index. None where
    the backend cannot."""
    if not (parsed.terms and operator):
        return None
    query = PlainText(" ".join(parsed.terms), operator=operator)
    reader = getattr(get_search_backend(), "sample_parts", None)
    found = reader(query, queryset, SAMPLE_ROWS) if reader else None
    if found is None:
        return None
    ids, candidates = found
    pages = or_numbered(queryset, among(queryset, ids), parsed)
    # As matching_sample's: each part stopped before its limit only if fewer rows
    # came back in all.
    read = (ids, len(ids) < SAMPLE_ROWS)
    return Sample(pages, lambda: read, candidates=candidates)


def bounded_count(queryset, complete=True):
    """The Count of `queryset`, one query reading at most COUNT_LIMIT + 1 rows."""
    limit = COUNT_LIMIT
    found = queryset.order_by()[: limit + 1].count()
    if found > limit:
        return Count(limit, True)
    return Count(found, not complete)


@dataclass
class KeywordMatches:
    """What the archive's keyword box filters on: `pages`, every matching page (a
    list of ids when a sample holds them all, a subquery otherwise); what the page
    must tell the reader (PARTIAL_MATCH, NUMBER_NOT_FOUND); and, when the sample
    holds only the first matches of a common word, `condition` (a Q testing a
    row's match through its index entry, for rows already among the keyword's
    queryset, the numbered documents included), so a listing
    walks its pages in order and a count stops at COUNT_LIMIT + 1 instead of
    listing every match (search.backends.capping.matching_condition)."""

    pages: object
    notices: list = field(default_factory=list)
    condition: object = None

    @property
    def bounded(self):
        return self.condition is not None


def keyword_matches(parsed, queryset, model):
    """The KeywordMatches of `parsed` among `queryset` (pages of `model`, whose rows
    the condition tests): every word, or any word with a PARTIAL_MATCH notice when
    no page holds them all."""
    notices = []
    numbers = number_q(parsed)
    if parsed.number_is_explicit and not queryset.filter(numbers).exists():
        notices.append(NUMBER_NOT_FOUND)
    found, any_found = _keyword_found(parsed, queryset, model, "and")
    if len(parsed.terms) > 1 and not any_found:
        fallback, any_found = _keyword_found(parsed, queryset, model, "or")
        if any_found:
            found = fallback
            notices.append(PARTIAL_MATCH)
    found.notices = notices
    return found


def _keyword_found(parsed, queryset, model, operator):
    """(KeywordMatches with `operator`, whether any page matches)."""
    found = cheapest_matches(parsed, queryset, operator, model)
    # A list of ids, or a test that stops at the first page passing it: never every
    # match listed first, where the backend takes samples.
    any_found = found.pages.exists()
    return KeywordMatches(found.pages, condition=found.condition), any_found


@dataclass
class Matches:
    """Every page matching a query, as cheaply as the backend can say it (see
    cheapest_matches): `pages` a queryset, `complete` whether it is every match,
    `sample` the Sample taken (None where the backend takes none), `numbered` the
    ids of the documents whose number the query is, `condition` the Q testing a
    row of the model asked, when `pages` is that test."""

    pages: object
    complete: bool = True
    sample: object = None
    numbered: list = field(default_factory=list)
    condition: object = None


def cheapest_matches(parsed, queryset, operator, model=None, sample=None):
    """The Matches of `parsed` among `queryset` with `operator`. Where the backend
    takes a sample (search.matching.Sample): a list of ids when it holds every match
    (the database reads them through the key); the backend's subquery when a wider
    sample (LIST_ROWS) holds every match; past that, a condition each row of
    `model` (`queryset`'s own by default) is tested on, so a listing walks its rows
    in order and a count stops at COUNT_LIMIT + 1 where a subquery would list every
    match of a common word first (600 ms for "thi đua" at 100,000 documents, and
    again for each count or facet). The backend's subquery otherwise. `sample`: the
    Sample already taken, if any."""
    pages, complete = matching_pages(parsed, queryset, operator)
    sample = sample or matching_sample(parsed, queryset, operator)
    if sample is None:
        return Matches(pages, complete)
    numbers = number_q(parsed)
    numbered = list(queryset.filter(numbers).values_list("pk", flat=True)) if numbers else []
    if sample.every_match():
        return Matches(queryset.filter(pk__in=[*sample.ids(), *numbered]), True, sample, numbered)
    query = PlainText(" ".join(parsed.terms), operator=operator)
    tester = getattr(get_search_backend(), "matching_condition", None)
    condition = tester(query, queryset, model or queryset.model) if tester else None
    if condition is None or _fewer_than_list_rows(parsed, queryset, operator):
        return Matches(pages, complete, sample, numbered)
    condition = Q(condition) | Q(pk__in=numbered) if numbered else Q(condition)
    return Matches(queryset.filter(condition), True, sample, numbered, condition)


def _fewer_than_list_rows(parsed, queryset, operator):
    """Whether a wider sample (LIST_ROWS a part) holds every match: one bounded
    query, counted by the database (its ids are never used). A word in LIST_ROWS
    titles is past it already, told from the titles' index alone (a third of the
    time for "thi đua")."""
    if parsed.terms and operator:
        query = PlainText(" ".join(parsed.terms), operator=operator)
        titles = getattr(get_search_backend(), "title_matches_past", None)
        if titles is not None and titles(query, queryset, LIST_ROWS):
            return False
    wider = matching_sample(parsed, queryset, operator, rows=LIST_ROWS)
    return wider is not None and wider.holds_every_match()


class FirstMatches:
    """The newest COUNT_LIMIT + 1 matches passing each combination of filters, where
    the matches are a test of each row (Matches.condition), each combination read
    once however many counts, facets and ranked candidates use it: `ids(filters)`.
    The filters pick their pages first, ids only (no text read, at most
    FILTERED_ROWS), and only those are tested: in one statement PostgreSQL tests
    every page of the site before a filter on another table such as the year (1.3 s
    for "khen thưởng" in 2008 at 30,000 documents, for the count and again for each
    facet). No filter, or filters keeping more pages, walk the test in order.
    `apply(queryset, filters)` applies filters (search.facets.filter_queryset)."""

    def __init__(self, matches, queryset, apply):
        self.matches = matches
        self.queryset = queryset
        self.apply = apply
        self._read = {}

    def ids(self, filters):
        """[page id] newest first, at most COUNT_LIMIT + 1: past COUNT_LIMIT there
        are more than those."""
        key = tuple(sorted(filters.items()))
        if key not in self._read:
            self._read[key] = self._newest(filters)
        return self._read[key]

    def count(self, filters):
        found = len(self.ids(filters))
        return Count(min(found, COUNT_LIMIT), found > COUNT_LIMIT)

    def _newest(self, filters):
        tested = self.apply(self.matches.pages, filters)
        if filters:
            kept = self.apply(self.queryset, filters).order_by("-pk")
            kept = list(kept.values_list("pk", flat=True)[: FILTERED_ROWS + 1])
            if len(kept) <= FILTERED_ROWS:
                tested = among(self.queryset, kept).filter(self.matches.condition)
        newest = tested.order_by("-pk").values_list("pk", flat=True)
        return list(newest[: COUNT_LIMIT + 1])


class _AnyOf(Lookup):
    """`column = ANY(%s::integer[])`: a list of integers as one array parameter."""

    lookup_name = "any_of"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s::integer[])", [*params, integer_array(self.rhs)]


def among(queryset, ids):
    """`queryset` narrowed to the pages `ids` (integer keys). On PostgreSQL the ids
    are one array parameter, written as its literal (integer_array): thousands
    written one placeholder each cost Django more CPU to compile than the database
    takes to run them."""
    if connections[queryset.db].vendor != "postgresql":
        return queryset.filter(pk__in=ids)
    return queryset.filter(_AnyOf(F("pk"), list(ids)))
