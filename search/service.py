"""The one search service: the search page, the archive's keyword box and the JSON
API all call `search()` (or `matching_ids()`).

The query is cleaned and folded (search.query), the backend's candidates and the
document numbers matching it are ranked with the same rules on every backend
(search.ranking), facets are counted on that ranked list (search.facets) and one
page of hits is built with snippets (search.results). Facets and pages come from the
ranked list, so their cost does not grow with the site (the database backends cap
the matches they rank too, search.backends). What the service knows of the content
apps' page types, they tell it (search.registry): it imports none of them.
"""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from wagtail.search.backends import get_search_backend

from search.facets import clean_filters, count_facets, filter_ranked
from search.indexing import fold_for_index
from search.query import MAX_QUERY_LENGTH, MAX_TERMS, QueryError, clean_query, parse_query
from search.ranking import base_queryset, ranked_pages
from search.results import SearchHit, SearchResults, hit_snippet

__all__ = [
    "MAX_QUERY_LENGTH",
    "QueryError",
    "SearchHit",
    "SearchResults",
    "clean_filters",
    "clean_query",
    "matching_ids",
    "parse_query",
    "search",
    "suggest",
]

RESULTS_PER_PAGE = 20
SUGGESTION_LIMIT = 8


def matching_ids(query, *, locale, models=None):
    """Ids of the pages matching `query`, best first (for the archive's keyword box)."""
    parsed = parse_query(clean_query(query))
    return [page.pk for page, _score in ranked_pages(parsed, locale, models)]


def search(query, *, locale, filters=None, page=1, per_page=RESULTS_PER_PAGE):
    """Search the live pages of `locale`. Raises QueryError for an absurd query."""
    text = clean_query(query)
    filters = filters or {}
    results = SearchResults(query=text)
    if not text:
        return results
    parsed = parse_query(text)
    results.terms = parsed.terms
    ranked = ranked_pages(parsed, locale)
    results.facets = count_facets(ranked, filters)
    matching = filter_ranked(ranked, filters)
    results.count = len(matching)
    paginator = Paginator(matching, per_page)
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
