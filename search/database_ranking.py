"""Ranking in the database: the database backends (search.backends) score and order
the candidates in one SQL statement with the rules search.ranking applies in Python
(search.fences.modelsearch.ranked writes it), and hand back the ids of the best
CANDIDATE_LIMIT only. Pages are then read for the page of results shown, not to
rank them. Document numbers are looked up as search.ranking does and come first.
None when the backend cannot rank in SQL (Elasticsearch, the fence off): the
service then ranks in Python (search.ranking.rank).
"""

from django.contrib.contenttypes.models import ContentType
from django.utils.functional import SimpleLazyObject
from wagtail.models import Page, get_page_models
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText

from search import ranking
from search.cards import load_cards
from search.facets import filter_queryset
from search.matching import (
    FirstMatches,
    Matches,
    among,
    cheapest_matches,
    matching_sample,
    parted_sample,
)


def parted_content_types():
    """The content types of the page types with search parts: the others are
    navigation pages (search.ranking.is_navigation)."""
    return sorted(
        ContentType.objects.get_for_model(model).pk
        for model in get_page_models()
        if hasattr(model, "search_text_parts")
    )


class RankedPages:
    """The ranked pages as the paginator reads them: [(page, score)], each slice
    reading its pages as result cards, in one query (search.cards)."""

    def __init__(self, rows):
        self.rows = rows

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self._load([self.rows[index]])[0]
        return self._load(self.rows[index])

    def _load(self, rows):
        pages = load_cards({pk: content_type for pk, content_type, _score in rows})
        return [(pages[pk], score) for pk, _content_type, score in rows if pk in pages]

    def __iter__(self):
        return iter(self[:])


def _ranked(backend, parsed, operator, queryset, pages, extra, candidates=None):
    query = PlainText(" ".join(parsed.terms), operator=operator)
    more = {"candidates": candidates} if candidates is not None else {}
    return backend.ranked_rows(
        query,
        queryset,
        pages=pages,
        parsed=parsed,
        operator=operator,
        extra=extra,
        content_types=parted_content_types(),
        limit=ranking.CANDIDATE_LIMIT,
        **more,
    )


def _newest_filtered(matches, queryset, narrow):
    """(the newest CANDIDATE_LIMIT filtered matches as a queryset of ids, the
    search.matching.FirstMatches they come from where the matches are a test of
    each row, None otherwise). `narrow` carries its filters when it is a
    search.facets.Narrowing."""
    filters = getattr(narrow, "filters", None)
    if matches.condition is None or filters is None:
        newest = narrow(matches.pages).order_by("-pk").values("pk")
        return newest[: ranking.CANDIDATE_LIMIT], None
    first = FirstMatches(matches, queryset, filter_queryset)
    newest = first.ids(filters)[: ranking.CANDIDATE_LIMIT]
    return among(Page.objects.all(), newest).values("pk"), first


def _text_rows(backend, parsed, queryset, narrow):
    """(rows, operator, search.matching.Matches, FirstMatches or None) of the text
    match: every word, any word when no page holds them all (decided on the
    unfiltered matches, as the count is). The matches are read once, for the
    operator kept. Without filters, where the backend reads the sample with the
    ranking's candidates (parted_sample), the Matches hold that sample only
    (`pages` None): _matches takes it from there."""
    rows, operator, matches, first = [], None, None, None
    for candidate_operator in ("and", "or"):
        pages = queryset
        extra = None
        matches = None
        sample = parted_sample(parsed, queryset, candidate_operator) if narrow is None else None
        if sample is not None:
            rows = []
            if sample.candidates:
                rows = _ranked(backend, parsed, candidate_operator, queryset, pages, None,
                               sample.candidates)
            if rows or len(parsed.terms) == 1:
                kept = candidate_operator if rows else None
                return rows, kept, Matches(None, sample=sample), None
            continue
        if narrow is not None:
            pages = narrow(queryset)
            # A filter may select pages ranked far below the capped candidates:
            # the newest filtered matches are ranked with them.
            matches = cheapest_matches(parsed, queryset, candidate_operator)
            extra, first = _newest_filtered(matches, queryset, narrow)
        rows = _ranked(backend, parsed, candidate_operator, queryset, pages, extra)
        if rows is None:
            return None, None, None, None
        found = bool(rows)
        if not found and narrow is not None:
            found = matches.pages.exists()
        if found or len(parsed.terms) == 1:
            return rows, candidate_operator if found else None, matches, first
    return rows, operator, None, None


def rank_in_database(parsed, locale, narrow=None):
    """search.ranking.rank's Ranking, ranked by the database; None when the backend
    cannot."""
    backend = get_search_backend()
    if not hasattr(backend, "ranked_rows"):
        return None
    queryset = ranking.base_queryset(locale)
    rows, operator, matches, first = [], None, None, None
    if parsed.terms:
        rows, operator, matches, first = _text_rows(backend, parsed, queryset, narrow)
        if rows is None:
            return None
    number_scores, number_types = ranking._number_candidates(parsed, locale)
    if number_scores and narrow is not None:
        kept = set(
            narrow(Page.objects.filter(pk__in=list(number_scores))).values_list("pk", flat=True)
        )
        number_scores = {pk: score for pk, score in number_scores.items() if pk in kept}
    text_scores = {pk: score for pk, _content_type, score in rows}
    numbered = sorted(
        number_scores,
        key=lambda pk: (-(number_scores[pk] + text_scores.get(pk, 0.0)), -pk),
    )
    ordered = [
        (pk, number_types[pk], number_scores[pk] + text_scores.get(pk, 0.0)) for pk in numbered
    ]
    ordered += [row for row in rows if row[0] not in number_scores]
    pages, complete, sample = _matches(parsed, queryset, operator, matches)
    return ranking.Ranking(
        RankedPages(ordered[: ranking.CANDIDATE_LIMIT]),
        operator,
        bool(parsed.number_key and number_scores),
        pages,
        complete,
        sample,
        first,
    )


def _matches(parsed, queryset, operator, matches):
    """(every match, whether complete, the Sample) for the Ranking: `matches` when
    the filters read them already. Without filters the sample often answers the
    count alone (search.service._count_unfiltered), so every match is read only
    when asked; the sample is taken here unless the ranking read it."""
    sample = None
    if matches is not None and matches.pages is None:
        # The ranking's sample, of the operator kept (none when nothing matched).
        sample, matches = (matches.sample if operator else None), None
    if matches is None:
        sample = sample or matching_sample(parsed, queryset, operator)
        if sample is not None:
            every = SimpleLazyObject(
                lambda: cheapest_matches(parsed, queryset, operator, sample=sample).pages
            )
            return every, True, sample
        matches = cheapest_matches(parsed, queryset, operator)
    return matches.pages, matches.complete, matches.sample
