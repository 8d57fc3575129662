"""The document archive as an Elasticsearch index (elasticsearch-dsl), for sites
large enough to run a cluster (ELASTICSEARCH_URL).

Wagtail's elasticsearch8 backend answers page search; this index serves the
archive's keyword search with its filters counted as aggregations. Text fields
use an analyzer that folds accents (asciifolding folds đ too), and `folded` holds
the same folded text the database backends index, so i/y spellings match as well.
"""

from django.conf import settings
from elasticsearch.dsl import Date, Document, Integer, Keyword, Search, Text, analyzer
from elasticsearch.dsl import Q as EQ

from search.indexing import fold_for_index

CONNECTION_ALIAS = "archive"
RESULTS_PER_PAGE = 20
FACET_SIZE = 50
# How each filter name of the archive maps to a field of the index.
FILTER_FIELDS = {"type": "document_type", "issuer": "issuer", "year": "year"}

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
    locale = Keyword()
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
            locale=page.locale.language_code,
            url_path=page.url_path,
        )


def _filter_clauses(filters, skip=None):
    return [
        EQ("term", **{FILTER_FIELDS[name]: value})
        for name, value in sorted(filters.items())
        if name in FILTER_FIELDS and name != skip and value not in (None, "")
    ]


def build_archive_search(query, *, locale, filters=None, page=1, per_page=RESULTS_PER_PAGE):
    """The search request for a keyword and filters: the number first, then all
    words anywhere, then the phrase in the title or subject; filters applied after
    the aggregations so that each facet counts with the other filters only."""
    filters = filters or {}
    from search.service import parse_query

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
                operator="and",
            ),
            EQ("match", folded={"query": folded, "operator": "and"}),
            EQ("multi_match", query=query, type="phrase", fields=["title^3", "subject^2", "body"]),
            EQ("multi_match", query=query, fields=["title.exact^2", "subject.exact"]),
        ]
    search = Search(index=archive_index_name()).query(
        "bool", filter=[EQ("term", locale=locale)], should=should, minimum_should_match=1
    )
    clauses = _filter_clauses(filters)
    if clauses:
        search = search.post_filter("bool", filter=clauses)
    for name, field_name in FILTER_FIELDS.items():
        others = _filter_clauses(filters, skip=name)
        facet = search.aggs.bucket(name, "filter", EQ("bool", filter=others))
        facet.bucket("values", "terms", field=field_name, size=FACET_SIZE)
    page = int(page) if str(page).isdigit() else 1
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
    from elasticsearch.dsl import connections

    connections.create_connection(CONNECTION_ALIAS, hosts=[url or settings.ELASTICSEARCH_URL])
    return CONNECTION_ALIAS


def rebuild_archive_index(documents, url=None):
    """Create the index afresh and add every given document page; returns the count."""
    from elasticsearch.helpers import bulk

    alias = connect(url)
    index = ArchiveDocument._index.clone(name=archive_index_name(), using=alias)
    if index.exists():
        index.delete()
    index.create()
    from elasticsearch.dsl import connections

    client = connections.get_connection(alias)
    count, _errors = bulk(
        client,
        (ArchiveDocument.from_page(page).to_dict(include_meta=True) for page in documents),
        index=archive_index_name(),
        refresh=True,
    )
    return count
