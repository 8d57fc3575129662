"""The one search service: the search page, the archive's keyword box and the JSON
API all call `search()` (or `matching_ids()`).

How it works on every backend (the backend itself is chosen in settings):
1. Document numbers are looked up first on the normalised number column, so
   `12/KH-UBND`, `12 kh ubnd` and `12-KH-UBND` put that document on top and a bare
   code such as `KH-UBND` lists the documents carrying it.
2. The query is folded (no marks, đ→d, i/y unified) into plain words and sent to
   the configured backend against the folded copy of each page's text, which every
   page type indexes (search.indexing). All words must match; when nothing does,
   any word may.
3. The backend's best `CANDIDATE_LIMIT` pages are ranked again here with the same
   rules everywhere: words in the title and number weigh most, the exact accents of
   the query and the whole phrase in order add to the score. The text parts scored
   are the folded ones stored with each page's search entry (search.models.FoldedText)
   when there are, folded here otherwise. Facets and pages are computed from this
   ranked list, so their cost does not grow with the site (the database backends
   cap the matches they rank too, search.backends).
"""

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Prefetch
from django.utils.translation import gettext as _
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText

from documents.models import DocumentAttachment, OfficialDocumentPage
from documents.numbers import normalise_number
from portal.view_restrictions import public_pages
from search.highlight import snippet
from search.indexing import fold_for_index, folded_parts
from search.models import FoldedText
from search.text import normalize

MAX_QUERY_LENGTH = 200
# More words than this is pasted text, not a search; the rest are ignored.
MAX_TERMS = 12
# Pages ranked again here. Each costs its whole text to be read and folded, so the
# backend's best hundred are taken: its own ranking already put the pages with the
# words in the title, number or subject first.
CANDIDATE_LIMIT = 100
RESULTS_PER_PAGE = 20
SUGGESTION_LIMIT = 8

# How much a query word found in each part of a page counts.
PART_WEIGHTS = {
    "title": 4.0,
    "number": 3.0,
    "subject": 3.0,
    "description": 2.0,
    "lead": 2.0,
    "signer": 2.0,
    "unit": 2.0,
    "summary": 1.5,
    "issuer": 1.0,
    "venue": 1.0,
    "body": 1.0,
    "attachment": 0.8,
}
# Parts a snippet may come from, in order of preference.
SNIPPET_PARTS = ("subject", "lead", "summary", "description", "body", "attachment", "signer")
NUMBER_MATCH_SCORE = 1000.0
CODE_MATCH_SCORE = 200.0

_WORD = re.compile(r"\w+")
# `12/KH-UBND`, `12 kh ubnd`, `12-KH-UBND`, `12/2025/QĐ-UBND`: digits, then letters.
_NUMBER = re.compile(r"\s*\d+(?:[\s/\\\-.]+\d+)*[\s/\\\-.]+[^\W\d_]+(?:[\s/\\\-.]+[^\W\d_]+)*\s*")
# `KH-UBND`, `QĐ/UBND`: letter groups joined by a dash or slash.
_CODE = re.compile(r"\s*[^\W\d_]+(?:\s*[/\-]\s*[^\W\d_]+)+\s*")


class QueryError(ValueError):
    """A query no search can answer; the message says why, for the reader."""


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    # The page's query string that toggles this option (set by the search page).
    query_string: str = ""


@dataclass
class SearchHit:
    page: Page
    score: float
    snippet: str = ""
    snippet_in_attachment: bool = False

    @property
    def title(self):
        return self.page.title

    @property
    def type_key(self):
        return self.page._meta.label

    @property
    def type_label(self):
        return type_label(self.page)

    @property
    def number(self):
        return getattr(self.page, "number", "") or ""

    @property
    def date(self):
        return page_date(self.page)

    @property
    def issuer(self):
        body = getattr(self.page, "issuing_body", None)
        return body


@dataclass
class SearchResults:
    query: str
    count: int = 0
    hits: list = field(default_factory=list)
    page_obj: object = None
    facets: dict = field(default_factory=dict)
    terms: list = field(default_factory=list)


@dataclass
class ParsedQuery:
    text: str
    terms: list
    exact_words: list
    number_key: str = ""
    code_key: str = ""

    @property
    def folded_phrase(self):
        return " ".join(self.terms)

    @property
    def exact_phrase(self):
        return " ".join(self.exact_words)

    @cached_property
    def exact_word_patterns(self):
        """One pattern per exact word, matching it as a whole word of a text: searching
        a long body for a dozen words costs less than splitting it into words."""
        return [re.compile(rf"(?<!\w){re.escape(word)}(?!\w)") for word in set(self.exact_words)]

    @cached_property
    def exact_phrase_pattern(self):
        """The exact words in order, separated by anything but letters and digits: the
        phrase as it would be found in the text's words joined by single spaces."""
        return re.compile(r"\W+".join(re.escape(word) for word in self.exact_words))


def clean_query(raw):
    """The query as the reader meant it: NFC, no control characters, one space
    between words. Raises QueryError for a query too long to be a search."""
    text = normalize(raw or "")
    text = "".join(char if char.isprintable() else " " for char in text)
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_LENGTH:
        raise QueryError(
            _("Từ khóa quá dài: hãy nhập tối đa %(limit)d ký tự.") % {"limit": MAX_QUERY_LENGTH}
        )
    return text


def parse_query(text):
    terms = list(dict.fromkeys(fold_for_index(text).split()))[:MAX_TERMS]
    exact_words = [word.lower() for word in _WORD.findall(text)][:MAX_TERMS]
    parsed = ParsedQuery(text=text, terms=terms, exact_words=exact_words)
    if _NUMBER.fullmatch(text):
        parsed.number_key = normalise_number(text)
    elif _CODE.fullmatch(text):
        parsed.code_key = normalise_number(text)
    return parsed


def type_label(page):
    if isinstance(page, OfficialDocumentPage):
        return page.document_type_name
    return str(page._meta.verbose_name).capitalize()


def page_date(page):
    for name in ("issued_on", "date", "starts_at"):
        value = getattr(page, name, None)
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
    published = page.first_published_at
    return published.date() if published else None


def _base_queryset(locale):
    return public_pages(Page.objects).filter(locale=locale)


def _backend_candidates(parsed, queryset):
    """{page id: content type id} in the backend's order: all words first, any word
    when none match. The content types come with the pages, so loading the specific
    pages needs no query to find them."""
    if not parsed.terms:
        return {}
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
            return ids
    return {}


def _number_candidates(parsed, locale, models):
    """({page id: score}, {page id: content type id}) of the documents whose number
    the query is, or ends with the code the query is."""
    if not (parsed.number_key or parsed.code_key):
        return {}, {}
    documents = public_pages(OfficialDocumentPage.objects).filter(locale=locale)
    if models:
        documents = documents.type(*models)
    if parsed.number_key:
        rows = documents.filter(number_normalised=parsed.number_key)
        score = NUMBER_MATCH_SCORE
    else:
        rows = documents.filter(number_normalised__endswith=parsed.code_key)
        score = CODE_MATCH_SCORE
    # Newest first: a code such as KH-UBND ends thousands of numbers, and walking the
    # key backwards stops at the limit, where the pages' tree order read them all.
    content_types = dict(
        rows.order_by("-pk").values_list("pk", "content_type_id")[:CANDIDATE_LIMIT]
    )
    return dict.fromkeys(content_types, score), content_types


@dataclass
class _Part:
    name: str
    text: str
    folded: str
    folded_words: set


def _stored_parts(ids):
    """{page id: [(name, text, folded), ...]} as their search entries were written
    with (one query): reading a StreamField and folding a whole body is the dearest
    step of a search. Pages without stored parts are folded on demand, with the
    same result."""
    return dict(FoldedText.objects.filter(page_id__in=list(ids)).values_list("page_id", "parts"))


def _load_specific(content_types, stored):
    """The specific pages for {page id: content type id}: one query per page type.
    A type whose pages all have stored parts is loaded without its StreamFields and
    attachments, which only their text parts need; otherwise relations are
    prefetched for folding."""
    by_type = {}
    for pk, content_type_id in content_types.items():
        by_type.setdefault(content_type_id, []).append(pk)
    pages = {}
    for content_type_id, pks in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        queryset = model.objects.filter(pk__in=pks)
        if all(pk in stored for pk in pks):
            queryset = queryset.defer(
                *(field.name for field in model._meta.concrete_fields
                  if isinstance(field, StreamField))
            )
            if issubclass(model, OfficialDocumentPage):
                queryset = queryset.select_related("issuing_body")
        elif issubclass(model, OfficialDocumentPage):
            queryset = queryset.select_related("issuing_body").prefetch_related(
                Prefetch(
                    "attachments",
                    queryset=DocumentAttachment.objects.select_related("document"),
                )
            )
        for page in queryset:
            if page.pk in stored:
                page._search_folded_parts = [
                    _Part(name, text, folded, set(folded.split()))
                    for name, text, folded in stored[page.pk]
                ]
            pages[page.pk] = page
    return pages


def _folded_parts(page):
    """The page's non-empty text parts with their folded form, computed once per page
    object (scoring and the snippet both need them) unless _load_specific gave it
    the stored ones."""
    parts = getattr(page, "_search_folded_parts", None)
    if parts is None:
        parts = [
            _Part(name, text, folded, set(folded.split()))
            for name, text, folded in folded_parts(page)
        ]
        page._search_folded_parts = parts
    return parts


def _score(page, parsed, backend_position):
    terms = set(parsed.terms)
    exact = set(parsed.exact_words)
    score = 0.5 * (1 - backend_position / CANDIDATE_LIMIT)
    multi_word = len(parsed.terms) > 1
    for part in _folded_parts(page):
        weight = PART_WEIGHTS.get(part.name, 1.0)
        matched = len(terms & part.folded_words)
        if not matched:
            continue
        text = normalize(part.text).lower()
        part_score = 2.0 * matched / len(terms)
        if exact:
            found = sum(1 for pattern in parsed.exact_word_patterns if pattern.search(text))
            part_score += 1.0 * found / len(exact)
        if multi_word and f" {parsed.folded_phrase} " in f" {part.folded} ":
            part_score += 3.0
            if parsed.exact_phrase_pattern.search(text):
                part_score += 1.0
        score += weight * part_score
    return score


def _snippet(page, parsed):
    parts = {part.name: part for part in _folded_parts(page)}
    terms = set(parsed.terms)
    for name in SNIPPET_PARTS:
        part = parts.get(name)
        if part and terms & part.folded_words:
            return snippet(part.text, parsed.terms), name == "attachment"
    for name in SNIPPET_PARTS:
        if name in parts:
            return snippet(parts[name].text, []), False
    return "", False


def _ranked_pages(parsed, locale, models=None):
    queryset = _base_queryset(locale)
    if models:
        queryset = queryset.type(*models)
    backend_types = _backend_candidates(parsed, queryset)
    backend_ids = list(backend_types)
    number_scores, number_types = _number_candidates(parsed, locale, models)
    ids = list(dict.fromkeys([*number_scores, *backend_ids]))[:CANDIDATE_LIMIT]
    content_types = {**backend_types, **number_types}
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
    scored.sort(key=lambda row: (-row[0], row[1]))
    return [(page, score) for score, _pk, page in scored]


def matching_ids(query, *, locale, models=None):
    """Ids of the pages matching `query`, best first (for the archive's keyword box)."""
    parsed = parse_query(clean_query(query))
    return [page.pk for page, _score in _ranked_pages(parsed, locale, models)]


def _facet_key(page, name):
    if name == "type":
        return page._meta.label
    if name == "year":
        day = page_date(page)
        return str(day.year) if day else None
    if name == "issuer":
        return str(page.issuing_body_id) if getattr(page, "issuing_body_id", None) else None
    return None


def _facet_label(page, name):
    if name == "type":
        return str(page._meta.verbose_name).capitalize()
    if name == "issuer":
        return page.issuing_body.name
    return _facet_key(page, name)


FACET_NAMES = ("type", "year", "issuer")


def _facets(ranked, filters):
    """Counts per option of each facet, each counted with the other filters applied."""
    facets = {}
    for name in FACET_NAMES:
        counts = {}
        labels = {}
        for page, _score in ranked:
            if not _passes(page, filters, skip=name):
                continue
            key = _facet_key(page, name)
            if key is None:
                continue
            counts[key] = counts.get(key, 0) + 1
            labels.setdefault(key, _facet_label(page, name))
        keys = sorted(counts, reverse=True) if name == "year" else sorted(
            counts, key=lambda key: labels[key]
        )
        facets[name] = [
            FacetOption(key, labels[key], counts[key], filters.get(name) == key) for key in keys
        ]
    return facets


def _passes(page, filters, skip=None):
    return all(
        _facet_key(page, name) == value
        for name, value in filters.items()
        if name != skip and value
    )


def clean_filters(params):
    """The filters of a request as strings; unknown names are dropped."""
    return {
        name: str(params.get(name)).strip()[:100]
        for name in FACET_NAMES
        if params.get(name) and str(params.get(name)).strip()
    }


def search(query, *, locale, filters=None, page=1, per_page=RESULTS_PER_PAGE):
    """Search the live pages of `locale`. Raises QueryError for an absurd query."""
    text = clean_query(query)
    filters = filters or {}
    results = SearchResults(query=text)
    if not text:
        return results
    parsed = parse_query(text)
    results.terms = parsed.terms
    ranked = _ranked_pages(parsed, locale)
    results.facets = _facets(ranked, filters)
    matching = [(page, score) for page, score in ranked if _passes(page, filters)]
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
        text_snippet, in_attachment = _snippet(result_page, parsed)
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
        " ".join(terms), _base_queryset(locale)
    )[:limit]
    return [{"id": page.pk, "title": page.title, "url": page.url} for page in pages]
