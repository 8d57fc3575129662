"""Candidates and their ranking, the same on every backend.

Document numbers are looked up first on the number column of the page types that
have one (search.registry), so `12/KH-UBND`, `12 kh ubnd` and `12-KH-UBND` put that
document on top and a bare code such as `KH-UBND` lists the documents carrying it.
The folded query goes to the configured backend against the folded copy of each
page's text (search.indexing): all words must match; when nothing does, any word
may. The backend's best `CANDIDATE_LIMIT` pages are ranked again here: words in the
title and number weigh most, the exact accents of the query, the whole phrase in
order and a title that is mostly the query add to the score, and navigation pages
come after content. With filters (search.facets), the candidates are the best that
pass them, topped up from every filtered match, so a filter finds pages ranked far
below the first hundred. The Ranking says which operator found the candidates and
whether the number typed exists, for the notices (search.service); the count of
every match is search.matching's. The text parts scored are the folded ones stored with each
page's search entry (search.models.FoldedText) when there are, folded here otherwise.
"""

from dataclasses import dataclass
from functools import cached_property

from django.contrib.contenttypes.models import ContentType
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText

from portal.view_restrictions import public_pages
from search import registry
from search.indexing import fold_for_index, folded_parts
from search.matching import matching_pages
from search.models import FoldedText
from search.text import normalize

# Pages ranked again here. Each costs its whole text to be read and folded, so the
# backend's best hundred are taken: its own ranking already put the pages with the
# words in the title, number or subject first.
CANDIDATE_LIMIT = 100

# How much a query word found in each part of a page counts. The names are those
# the page types give their parts (search_text_parts); any other part counts 1.
PART_WEIGHTS = {
    "title": 4.0,
    "number": 3.0,
    "subject": 3.0,
    "description": 2.0,
    "lead": 2.0,
    "signer": 2.0,
    "unit": 2.0,
    "kind": 2.0,
    "honours": 2.5,
    "summary": 1.5,
    "issuer": 1.0,
    "venue": 1.0,
    "body": 1.0,
    "attachment": 0.8,
}
NUMBER_MATCH_SCORE = 1000.0
CODE_MATCH_SCORE = 200.0


def base_queryset(locale):
    return public_pages(Page.objects).filter(locale=locale)


def _backend_candidates(parsed, queryset):
    """({page id: content type id} in the backend's order, the operator that found
    them): all words first, any word when none match. The content types come with
    the pages, so loading the specific pages needs no query to find them."""
    if not parsed.terms:
        return {}, None
    backend = get_search_backend()
    # Only the keys are read here; the pages are loaded whole by _load_specific.
    candidates = queryset.only("pk", "content_type_id")
    for operator in ("and", "or"):
        query = PlainText(" ".join(parsed.terms), operator=operator)
        ids = {
            page.pk: page.content_type_id
            for page in backend.search(query, candidates)[:CANDIDATE_LIMIT]
        }
        if ids or len(parsed.terms) == 1:
            return ids, operator
    return {}, None


def _number_candidates(parsed, locale):
    """({page id: score}, {page id: content type id}) of the pages whose number the
    query is, or ends with the code the query is."""
    scores, content_types = {}, {}
    if not (parsed.number_key or parsed.code_key):
        return scores, content_types
    for entry in registry.numbered_types():
        pages = public_pages(entry.model.objects).filter(locale=locale)
        if parsed.number_key:
            rows = pages.filter(**{entry.number_field: parsed.number_key})
            score = NUMBER_MATCH_SCORE
        else:
            rows = pages.filter(**{f"{entry.number_field}__endswith": parsed.code_key})
            score = CODE_MATCH_SCORE
        # Newest first: a code such as KH-UBND ends thousands of numbers, and walking
        # the key backwards stops at the limit, where the pages' tree order read them all.
        found = dict(rows.order_by("-pk").values_list("pk", "content_type_id")[:CANDIDATE_LIMIT])
        scores.update(dict.fromkeys(found, score))
        content_types.update(found)
    return scores, content_types


@dataclass
class Part:
    name: str
    text: str
    folded: str

    @cached_property
    def folded_words(self):
        # Split when a score asks: a snippet only looks for the query's words.
        return set(self.folded.split())

    def holds_any(self, terms):
        """Whether any of the folded `terms` is one of the part's words."""
        padded = f" {self.folded} "
        return any(f" {term} " in padded for term in terms)


def _stored_parts(ids):
    """{page id: [(name, text, folded), ...]} as their search entries were written
    with (one query): reading a StreamField and folding a whole body is the dearest
    step of a search. Pages without stored parts are folded on demand, with the
    same result."""
    return dict(FoldedText.objects.filter(page_id__in=list(ids)).values_list("page_id", "parts"))


def _load_specific(content_types, stored):
    """The specific pages for {page id: content type id}: one query per page type.
    A type whose pages all have stored parts is loaded without its StreamFields and
    the relations only their text parts read; otherwise those are prefetched for
    folding (search.registry)."""
    by_type = {}
    for pk, content_type_id in content_types.items():
        by_type.setdefault(content_type_id, []).append(pk)
    pages = {}
    for content_type_id, pks in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        # The pages are put in the ranking's order here: no ORDER BY to compile or run.
        queryset = model.objects.filter(pk__in=pks).order_by()
        entry = registry.searchable_type(model)
        if all(pk in stored for pk in pks):
            queryset = queryset.defer(
                *(field.name for field in model._meta.concrete_fields
                  if isinstance(field, StreamField))
            )
            if entry:
                queryset = entry.with_related(queryset)
        elif entry:
            queryset = entry.with_text_relations(queryset)
        for page in queryset:
            if page.pk in stored:
                page._search_folded_parts = [
                    Part(name, text, folded)
                    for name, text, folded in stored[page.pk]
                ]
            pages[page.pk] = page
    return pages


def page_parts(page):
    """The page's non-empty text parts with their folded form, computed once per page
    object (scoring and the snippet both need them) unless _load_specific gave it
    the stored ones."""
    parts = getattr(page, "_search_folded_parts", None)
    if parts is None:
        parts = [
            Part(name, text, folded)
            for name, text, folded in folded_parts(page)
        ]
        page._search_folded_parts = parts
    return parts


# The best part counts whole, each other part by this share: a page is as good as
# its best match, other parts only break ties (a title holding the whole phrase is
# not outdone by a page matching a word here and a word there).
OTHER_PARTS_SHARE = 0.5
# A title that is mostly the query says more than a long one that contains it.
TITLE_COVERAGE = 4.0
# Words typed with their accents and found so ("bão", not "báo"): the reader's own
# spelling tells the syllables apart that folding joins.
EXACT_WEIGHT = 2.0


def _part_score(part, parsed, terms, exact):
    matched = len(terms & part.folded_words)
    if not matched:
        return 0.0
    text = normalize(part.text).lower()
    score = 2.0 * matched / len(terms)
    if exact:
        found = sum(1 for pattern in parsed.exact_word_patterns if pattern.search(text))
        score += EXACT_WEIGHT * found / len(exact)
    if len(terms) > 1 and f" {parsed.folded_phrase} " in f" {part.folded} ":
        score += 3.0
        if parsed.exact_phrase_pattern.search(text):
            score += 1.0
    if part.name == "title":
        score += TITLE_COVERAGE * matched / len(part.folded_words)
    return PART_WEIGHTS.get(part.name, 1.0) * score


def _score(page, parsed, backend_position):
    terms = set(parsed.terms)
    exact = set(parsed.exact_words)
    scores = sorted(
        (_part_score(part, parsed, terms, exact) for part in page_parts(page)), reverse=True
    )
    best = scores[0] if scores else 0.0
    return (
        0.5 * (1 - backend_position / CANDIDATE_LIMIT)
        + best
        + OTHER_PARTS_SHARE * sum(scores[1:])
    )


def is_navigation(page, parsed):
    """Whether the page is one a reader navigates through (the home page, section
    indexes, the archive, pages in the menu such as the contact page) rather than
    content, for this query: their titles and introductions name whole sections, so
    they would outrank the content they lead to for its own words. The query that
    is the page's name ("liên hệ", "tin tức") still finds it among the content."""
    if hasattr(page, "search_text_parts") and not page.show_in_menus:
        return False
    return parsed.folded_phrase != fold_for_index(page.title)


@dataclass
class Ranking:
    """The best candidates for a query, ranked, and how they were found: `operator`
    is "and" when the backend matched every word, "or" when it fell back to any
    word (None when it matched nothing); `number_found` whether a page carries the
    document number the query is; `matches` every page matching the query with that
    operator, before any filter (search.matching), and `complete` whether it is
    every one."""

    pages: list
    operator: str | None = None
    number_found: bool = False
    matches: object = None
    complete: bool = True
    # search.matching.Sample of `matches`, where the backend can take one.
    sample: object = None
    # search.matching.FirstMatches of `matches` under the search's filters, where
    # they are a test of each row.
    first: object = None


def _narrowed(ids, content_types, narrow, matches):
    """The candidate ids passing the filters (`narrow(queryset)` applies them in the
    database), topped up from every filtered match when the backend's best hold
    fewer than CANDIDATE_LIMIT of them: a filter may select pages ranked far below
    the first hundred. One query each, reading ids only."""
    kept = set(narrow(Page.objects.filter(pk__in=ids)).values_list("pk", flat=True))
    ids = [pk for pk in ids if pk in kept]
    if len(ids) < CANDIDATE_LIMIT:
        # Newest first, as the number candidates: the Python ranking orders them.
        more = (
            narrow(matches).exclude(pk__in=ids).order_by("-pk")
            .values_list("pk", "content_type_id")[: CANDIDATE_LIMIT - len(ids)]
        )
        for pk, content_type_id in more:
            ids.append(pk)
            content_types[pk] = content_type_id
    return ids


def rank(parsed, locale, narrow=None):
    """The Ranking of the candidates for `parsed` among the live pages of `locale`:
    [(page, score), ...] best first, only pages passing `narrow` (a function
    applying the search's filters to a queryset of pages) when it is given. The
    database backends rank in SQL instead (search.database_ranking); others, such
    as Elasticsearch, have their best candidates ranked here."""
    queryset = base_queryset(locale)
    backend_types, operator = _backend_candidates(parsed, queryset)
    backend_ids = list(backend_types)
    number_scores, number_types = _number_candidates(parsed, locale)
    operator = operator if backend_ids else None
    matches, complete = matching_pages(parsed, queryset, operator)
    ids = list(dict.fromkeys([*number_scores, *backend_ids]))
    content_types = {**backend_types, **number_types}
    if narrow is not None:
        ids = _narrowed(ids, content_types, narrow, matches)
    ids = ids[:CANDIDATE_LIMIT]
    pages = _load_specific({pk: content_types[pk] for pk in ids}, _stored_parts(ids))
    positions = {pk: position for position, pk in enumerate(backend_ids)}
    scored = []
    for pk in ids:
        page = pages.get(pk)
        if page is None:
            continue
        score = number_scores.get(pk, 0.0) + _score(
            page, parsed, positions.get(pk, CANDIDATE_LIMIT)
        )
        scored.append((score, pk, page))
    # Navigation pages after content, whatever their score (search.ranking.is_navigation).
    scored.sort(key=lambda row: (is_navigation(row[2], parsed), -row[0], row[1]))
    return Ranking(
        [(page, score) for score, _pk, page in scored],
        operator,
        bool(parsed.number_key and number_scores),
        matches,
        complete,
    )

