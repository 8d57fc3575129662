"""The one search service: the search page, the archive's keyword box and the JSON
API all call `search()` (or `matching_ids()`).

The query is cleaned and folded (search.query), the backend's candidates and the
document numbers matching it are ranked with the same rules on every backend
(search.ranking), the filters applied in the database before ranking, and one page
of hits is built with snippets (search.results). Only the best candidates are ranked
in Python, so that cost does not grow with the site (the database backends cap the
matches they rank too, search.backends); the count and the facets are the
database's, over every match (search.matching, search.facets), and the notices say
when the words matched only in part or the document number typed does not exist.
What the service knows of the content apps' page types, they tell it
(search.registry): it imports none of them.
"""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from wagtail.search.backends import get_search_backend

from search.database_ranking import rank_in_database
from search.facets import (
    Narrowing,
    clean_filters,
    count_facets,
    count_unfiltered,
    filter_queryset,
)
from search.indexing import fold_for_index
from search.matching import (
    NUMBER_NOT_FOUND,
    PARTIAL_MATCH,
    Count,
    bounded_count,
    keyword_matches,
)
from search.query import MAX_QUERY_LENGTH, MAX_TERMS, QueryError, clean_query, parse_query
from search.ranking import base_queryset, rank
from search.results import SearchHit, SearchResults, hit_snippet

__all__ = [
    "MAX_QUERY_LENGTH",
    "NUMBER_NOT_FOUND",
    "PARTIAL_MATCH",
    "QueryError",
    "SearchHit",
    "SearchResults",
    "clean_filters",
    "clean_query",
    "keyword_filter",
    "parse_query",
    "search",
    "suggest",
]

RESULTS_PER_PAGE = 20
SUGGESTION_LIMIT = 8


def keyword_filter(query, *, locale, models=None):
    """The archive's keyword box: KeywordMatches with every page of `models` in
    `locale` matching `query` (a queryset to filter and sort on) and its notices;
    its condition tests rows of the one model given (of Page otherwise)."""
    queryset = base_queryset(locale)
    if models:
        queryset = queryset.type(*models)
    model = models[0] if models and len(models) == 1 else queryset.model
    return keyword_matches(parse_query(clean_query(query)), queryset, model)


def _notices(parsed, ranking):
    notices = []
    if parsed.number_is_explicit and not ranking.number_found:
        notices.append(NUMBER_NOT_FOUND)
    # A number found is the answer the reader asked for, whatever its words match.
    if ranking.operator == "or" and len(parsed.terms) > 1 and not ranking.number_found:
        notices.append(PARTIAL_MATCH)
    return notices


def _count(ranking, filters):
    """The Count of every match passing the filters, as the database counts it."""
    count = bounded_count(filter_queryset(ranking.matches, filters), ranking.complete)
    return _at_least_ranked(count, ranking)


def _count_filtered(ranking, filters):
    """(Count, facets) of the matches passing the filters: from the first filtered
    matches where every match is a test of each row (a common word); else from the
    sample when the filters keep more than COUNT_LIMIT of it (each option then "at
    least"), so a common word's count reads no page's text; from every match
    otherwise."""
    if ranking.first is not None:
        # A test of each row: the filtered matches' ids, read for the ranking
        # already, and once for each other combination of filters the facets
        # need (search.matching.FirstMatches).
        count = _at_least_ranked(ranking.first.count(filters), ranking)
        return count, count_facets(ranking.matches, filters, first=ranking.first)
    sample = ranking.sample
    if sample is not None and not sample.every_match():
        count = bounded_count(filter_queryset(sample.pages, filters))
        if count.more:
            return count, count_facets(sample.pages, filters, complete=False)
    return _count(ranking, filters), count_facets(ranking.matches, filters, ranking.complete)


def _count_unfiltered(ranking):
    """count_unfiltered of every match, from the first matches alone when they are
    past COUNT_LIMIT already or are every match (search.matching.matching_sample)."""
    sample = ranking.sample
    if sample is not None:
        count, facets = count_unfiltered(sample.pages)
        if count.more or sample.every_match():
            return count, facets
    return count_unfiltered(ranking.matches, ranking.complete)


def _at_least_ranked(count, ranking):
    # The ranked pages are matches too, even where a backend's list was cut short.
    return count if count.more or count.value >= len(ranking.pages) else Count(len(ranking.pages))


def search(query, *, locale, filters=None, page=1, per_page=RESULTS_PER_PAGE):
    """Search the live pages of `locale`. Raises QueryError for an absurd query."""
    text = clean_query(query)
    filters = filters or {}
    results = SearchResults(query=text)
    if not text:
        return results
    parsed = parse_query(text)
    results.terms = parsed.terms
    narrow = Narrowing(filters) if filters else None
    ranking = rank_in_database(parsed, locale, narrow) or rank(parsed, locale, narrow)
    results.notices = _notices(parsed, ranking)
    if ranking.operator or parsed.number_key or parsed.code_key:
        if filters:
            count, results.facets = _count_filtered(ranking, filters)
        else:
            count, results.facets = _count_unfiltered(ranking)
            count = _at_least_ranked(count, ranking)
        results.count, results.count_more = count.value, count.more
    paginator = Paginator(ranking.pages, per_page)
    try:
        page_obj = paginator.page(page)
    except PageNotAnInteger:
        page_obj = paginator.page(1)
    except EmptyPage:
        page_obj = paginator.page(paginator.num_pages)
    results.page_obj = page_obj
    for result_page, score in page_obj.object_list:
        text_snippet, in_attachment = hit_snippet(result_page, parsed)
        results.hits.append(SearchHit(result_page, score, text_snippet, in_attachment))
    return results


def suggest(query, *, locale, limit=SUGGESTION_LIMIT):
    """Titles of live pages for an unfinished query, accents ignored."""
    text = clean_query(query)
    terms = fold_for_index(text).split()[:MAX_TERMS]
    if not terms:
        return []
    backend = get_search_backend()
    pages = backend.autocomplete(
        " ".join(terms), base_queryset(locale)
    )[:limit]
    return [{"id": page.pk, "title": page.title, "url": page.url} for page in pages]
