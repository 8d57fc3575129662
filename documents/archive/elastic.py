"""The document archive as an Elasticsearch index (elasticsearch-dsl), for sites
large enough to run a cluster (ELASTICSEARCH_URL).

Wagtail's elasticsearch8 backend answers page search; this index serves the
archive page (`ElasticArchive`, chosen by DOCUMENT_ARCHIVE_BACKEND): its keyword
search, its filters and their counts as aggregations, and its sort orders. Text fields
use an analyzer that folds accents (asciifolding folds đ too), and `folded` holds
the same folded text the database backends index, so i/y spellings match as well.
"""

import logging

from django.conf import settings
from django.core.paginator import Paginator
from elasticsearch.dsl import Date, Document, Integer, Keyword, Search, Text, analyzer, connections
from elasticsearch.dsl import Q as EQ
from elasticsearch.helpers import bulk
from taggit.models import Tag

from documents.archive.backends import DOCUMENTS_PER_PAGE, ArchiveListing
from documents.archive.facets import facet_options
from documents.archive.sorts import INDEX_SORTS
from documents.models import IssuingBody, OfficialDocumentPage
from portal.view_restrictions import public_pages
from search.indexing import fold_for_index
from search.matching import NUMBER_NOT_FOUND, PARTIAL_MATCH
from search.query import parse_query

logger = logging.getLogger(__name__)

CONNECTION_ALIAS = "archive"
RESULTS_PER_PAGE = DOCUMENTS_PER_PAGE
FACET_SIZE = 50
# Elasticsearch refuses to page past this many hits (index.max_result_window).
MAX_RESULT_WINDOW = 10_000
# How each filter name of the archive maps to a field of the index.
FILTER_FIELDS = {
    "type": "document_type",
    "issuer": "issuer",
    "year": "year",
    "field": "fields",
    "status": "status",
}
vietnamese_fold = analyzer(
    "vietnamese_fold", tokenizer="standard", filter=["lowercase", "asciifolding"]
)


def archive_index_name():
    return f"{settings.ELASTICSEARCH_INDEX}_archive"


class ArchiveDocument(Document):
    """One official document of the archive."""

    title = Text(analyzer=vietnamese_fold, fields={"exact": Text(analyzer="standard")})
    subject = Text(analyzer=vietnamese_fold, fields={"exact": Text(analyzer="standard")})
    body = Text(analyzer=vietnamese_fold)
    attachment_text = Text(analyzer=vietnamese_fold)
    signer = Text(analyzer=vietnamese_fold)
    folded = Text(analyzer="standard")
    number = Keyword()
    number_normalised = Keyword()
    document_type = Keyword()
    issuer = Keyword()
    issuer_name = Keyword()
    issued_on = Date()
    year = Integer()
    status = Keyword()
    fields = Keyword()
    locale = Keyword()
    page_id = Integer()
    url_path = Keyword(index=False)

    class Index:
        name = archive_index_name()
        settings = {"number_of_shards": 1}

    @classmethod
    def from_page(cls, page):
        parts = dict(page.search_text_parts())
        return cls(
            meta={"id": page.pk},
            title=page.title,
            subject=page.subject,
            body=parts.get("body", ""),
            attachment_text=parts.get("attachment", ""),
            signer=parts.get("signer", ""),
            folded=page.search_folded(),
            number=page.number,
            number_normalised=page.number_normalised,
            document_type=page.document_type,
            issuer=str(page.issuing_body_id or ""),
            issuer_name=page.issuing_body.name if page.issuing_body_id else "",
            issued_on=page.issued_on,
            year=page.issued_on.year if page.issued_on else None,
            status=page.status,
            fields=[item.tag.slug for item in page.area_items.all()],
            locale=page.locale.language_code,
            page_id=page.pk,
            url_path=page.url_path,
        )


def _filter_clauses(filters, skip=None):
    return [
        EQ("term", **{FILTER_FIELDS[name]: value})
        for name, value in sorted(filters.items())
        if name in FILTER_FIELDS and name != skip and value not in (None, "")
    ]


def build_archive_search(
    query, *, locale, filters=None, page=1, per_page=RESULTS_PER_PAGE, sort=None,
    operator="and",
):
    """The search request for a keyword and filters: the number first, then the
    words (all of them; any with `operator="or"`, the fallback) anywhere, then the
    phrase in the title or subject; every clause alone holds all the words, so the
    total counts only true matches. Filters are applied after the aggregations so
    that each facet counts with the other filters only; the `number` aggregation
    counts the documents carrying the number typed. Without a keyword every document
    of the locale matches."""
    filters = filters or {}
    folded = fold_for_index(query)
    parsed = parse_query(query)
    should = []
    if parsed.number_key:
        should.append(EQ("term", number_normalised={"value": parsed.number_key, "boost": 100}))
    elif parsed.code_key:
        should.append(
            EQ("wildcard", number_normalised={"value": f"*{parsed.code_key}", "boost": 20})
        )
    if folded:
        should += [
            EQ(
                "multi_match",
                query=query,
                fields=["title^4", "subject^3", "signer^2", "body", "attachment_text"],
                operator=operator,
            ),
            EQ("match", folded={"query": folded, "operator": operator}),
            EQ("multi_match", query=query, type="phrase", fields=["title^3", "subject^2", "body"]),
            EQ(
                "multi_match",
                query=query,
                fields=["title.exact^2", "subject.exact"],
                operator=operator,
            ),
        ]
    locale_filter = [EQ("term", locale=locale)]
    if should:
        search = Search(index=archive_index_name()).query(
            "bool", filter=locale_filter, should=should, minimum_should_match=1
        )
    else:
        search = Search(index=archive_index_name()).query("bool", filter=locale_filter)
    clauses = _filter_clauses(filters)
    if clauses:
        search = search.post_filter("bool", filter=clauses)
    for name, field_name in FILTER_FIELDS.items():
        others = _filter_clauses(filters, skip=name)
        facet = search.aggs.bucket(name, "filter", EQ("bool", filter=others))
        facet.bucket("values", "terms", field=field_name, size=FACET_SIZE)
    if parsed.number_key:
        search.aggs.bucket("number", "filter", EQ("term", number_normalised=parsed.number_key))
    if sort in INDEX_SORTS:
        search = search.sort(*INDEX_SORTS[sort])
    page = int(page) if str(page).isascii() and str(page).isdigit() else 1
    start = (max(page, 1) - 1) * per_page
    return search.extra(from_=start, size=per_page, track_total_hits=True)


def facet_counts(response):
    """{facet name: {value: count}} from a response of `build_archive_search`."""
    return {
        name: {
            str(bucket.key): bucket.doc_count
            for bucket in getattr(response.aggregations, name).values.buckets
        }
        for name in FILTER_FIELDS
    }


def connect(url=None):
    """Register the connection the archive index uses."""
    connections.create_connection(CONNECTION_ALIAS, hosts=[url or settings.ELASTICSEARCH_URL])
    return CONNECTION_ALIAS


def archive_index_documents():
    """The documents the archive index holds: the live ones every reader may see,
    as the database archive lists them (none behind a view restriction)."""
    return (
        public_pages(OfficialDocumentPage.objects)
        .select_related("issuing_body", "locale")
        .prefetch_related("attachments__document")
    )


def rebuild_archive_index(documents, url=None):
    """Create the index afresh and add every given document page; returns the count."""
    alias = connect(url)
    index = ArchiveDocument._index.clone(name=archive_index_name(), using=alias)
    if index.exists():
        index.delete()
    index.create()
    client = connections.get_connection(alias)
    count, _errors = bulk(
        client,
        (ArchiveDocument.from_page(page).to_dict(include_meta=True) for page in documents),
        index=archive_index_name(),
        refresh=True,
    )
    return count


class _HitList:
    """The archive's documents as the paginator sees them: `total` long, holding
    only the page that was fetched (the paginator slices exactly that page)."""

    def __init__(self, total, start, pages):
        self.total = total
        self.start = start
        self.pages = pages

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, index):
        if isinstance(index, slice) and (index.start or 0) == self.start:
            return self.pages
        return []


def _archive_counts(counts):
    """The aggregations' counts (`facet_counts`) in the form the database archive
    counts them, with the issuers' and fields' names read from the database."""
    issuers = IssuingBody.objects.filter(
        pk__in=[int(key) for key in counts["issuer"] if key.isascii() and key.isdigit()]
    ).order_by("name", "pk")
    tags = Tag.objects.filter(slug__in=list(counts["field"])).order_by("name")
    return {
        "type": counts["type"],
        "status": counts["status"],
        "issuer": [(body.pk, body.name, counts["issuer"][str(body.pk)]) for body in issuers],
        "year": sorted(
            ((int(year), count) for year, count in counts["year"].items()), reverse=True
        ),
        "field": [(tag.slug, tag.name, counts["field"][tag.slug]) for tag in tags],
    }


def _facet_options(counts, filters):
    """FacetOptions with labels from the aggregations' counts, as the database
    archive gives them."""
    return facet_options(_archive_counts(counts), filters)


class ElasticArchive:
    """The archive answered by the archive index: one request returns the page of
    documents, the total and every filter's counts; the database only loads the
    20 pages shown."""

    def _execute(self, query, archive_page, number, per_page, operator="and"):
        search = build_archive_search(
            query.keyword,
            locale=archive_page.locale.language_code,
            filters={name: str(value) for name, value in query.filters.items()},
            page=number,
            per_page=per_page,
            sort=query.sort,
            operator=operator,
        )
        return search.using(connect()).execute()

    def _search(self, query, archive_page, number, per_page):
        """(response, operator): every word, or any word when no document holds them
        all; the query's notices say which, and whether the number typed exists."""
        parsed = parse_query(query.keyword)
        operator = "and"
        response = self._execute(query, archive_page, number, per_page)
        if len(parsed.terms) > 1 and response.hits.total.value == 0:
            fallback = self._execute(query, archive_page, number, per_page, operator="or")
            if fallback.hits.total.value:
                response, operator = fallback, "or"
                query.notices.append(PARTIAL_MATCH)
        if parsed.number_is_explicit and not response.aggregations.number.doc_count:
            query.notices.insert(0, NUMBER_NOT_FOUND)
        return response, operator

    def listing(self, query, archive_page, page_number, per_page=RESULTS_PER_PAGE):
        last_reachable = MAX_RESULT_WINDOW // per_page
        text = str(page_number)
        number = int(text) if text.isascii() and text.isdigit() else 1
        number = min(max(number, 1), last_reachable)
        response, operator = self._search(query, archive_page, number, per_page)
        total = response.hits.total.value
        last_page = min(max(1, -(-total // per_page)), last_reachable)
        if number > last_page:
            # Past the end, as the database archive does: show the last page.
            number = last_page
            response = self._execute(query, archive_page, number, per_page, operator)
        ids = [int(hit.meta.id) for hit in response]
        pages = {
            page.pk: page
            for page in archive_page.documents()
            .filter(pk__in=ids)
            .select_related("issuing_body")
        }
        start = (number - 1) * per_page
        hits = _HitList(total, start, [pages[pk] for pk in ids if pk in pages])
        page_obj = Paginator(hits, per_page).page(number)
        facets = _facet_options(facet_counts(response), query.filters)
        return ArchiveListing(page_obj, facets)

    def update(self, page):
        """Index a published document again (or drop one that is no longer live, or
        behind a view restriction: its `archive_path` is empty then)."""
        if not (page.live and page.archive_path):
            self.remove(page.pk)
            return
        alias = connect()
        try:
            ArchiveDocument.from_page(page).save(using=alias, index=archive_index_name())
        except Exception:
            # A cluster that is down must not stop an editor from publishing; the
            # next `update_archive_index` puts the document back.
            logger.exception("Could not index document %s in the archive index", page.pk)

    def remove(self, page_id):
        client = connections.get_connection(connect())
        try:
            # A document that was never indexed is already gone.
            client.options(ignore_status=404).delete(index=archive_index_name(), id=page_id)
        except Exception:
            logger.exception("Could not remove document %s from the archive index", page_id)
