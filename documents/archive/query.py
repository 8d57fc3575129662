"""A request to the document archive: its filters, keyword and sort, the documents
matching them and the counts of every filter's options.

Every number on the archive page comes from a fixed set of aggregate queries over
indexed columns (type, issuing body, issue date, status, area tag), so the page
costs the same number of queries whatever the archive holds. Those counts (and the
total, which is one of them) are kept in the cache per filter combination under the
page cache's generation token, which every publish, unpublish, move and delete
replaces: a warm request runs only the listing query (documents.archive.database).
"""

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field

from taggit.models import Tag
from wagtail.models import Locale

from documents.archive.facets import facet_options
from documents.archive.forms import ArchiveFilterForm
from documents.archive.grouped import column_counts, tag_counts
from documents.archive.sorts import DEFAULT_SORT, SORTS
from portal.dates import Year
from search import matching
from search.service import QueryError, keyword_filter

FILTER_NAMES = ("type", "issuer", "year", "field", "status")
# Facets that are a column (or the year of one) of the document table: every one of
# them that is not a selected filter is counted over the same rows, so one grouped
# query counts them all (documents.archive.grouped), one row per option.
COLUMN_FACETS = {
    "type": "document_type",
    "status": "status",
    "issuer": "issuing_body",
    "year": "year",
}


@dataclass
class ArchiveQuery:
    """A parsed request to the archive: the valid filters and the names of ignored ones."""

    filters: dict = field(default_factory=dict)
    keyword: str = ""
    sort: str = DEFAULT_SORT
    ignored: list = field(default_factory=list)
    # The version of the published content the counts may be cached under (the page
    # cache's generation token); empty means count afresh and keep nothing.
    counts_version: str = ""
    # What the page tells the reader of the keyword's matches
    # (search.service.PARTIAL_MATCH, NUMBER_NOT_FOUND).
    notices: list = field(default_factory=list)
    _keyword_found: object = field(default=None, repr=False)
    _field_tag: list = field(default=None, repr=False)

    @classmethod
    def from_params(cls, params):
        form = ArchiveFilterForm(params)
        form.is_valid()
        data = form.cleaned_data
        filters = {name: data[name] for name in FILTER_NAMES if data.get(name) not in (None, "")}
        # Invalid values are dropped, and the page says which ones.
        ignored = [str(form.fields[name].label) for name in form.errors]
        keyword = (data.get("q") or "").replace("\x00", "").strip()
        return cls(filters, keyword, data.get("sort") or DEFAULT_SORT, ignored)

    @property
    def is_filtered(self):
        return bool(self.filters or self.keyword)

    def apply(self, queryset, skip=None):
        """`queryset` narrowed to the filters (but `skip`) and the keyword."""
        for name, value in self.filters.items():
            if name == skip:
                continue
            if name == "type":
                queryset = queryset.filter(document_type=value)
            elif name == "issuer":
                queryset = queryset.filter(issuing_body_id=value)
            elif name == "year":
                queryset = queryset.filter(issued_on__year=value)
            elif name == "field":
                tag_id = self.field_tag_id()
                if tag_id is None:
                    return queryset.none()
                queryset = queryset.filter(area_items__tag_id=tag_id)
            elif name == "status":
                queryset = queryset.filter(status=value)
        if self.keyword:
            queryset = self.keyword_filter(queryset)
        return queryset

    def field_tag_id(self):
        """The id of the field's tag, looked up once per request. By id, PostgreSQL
        knows from its statistics how many documents carry the tag: a rare one is
        read through the tag's rows instead of walking every document by date, and
        an unknown slug costs no scan at all."""
        if self._field_tag is None:
            tag = Tag.objects.filter(slug=self.filters["field"]).values_list("pk", flat=True)
            self._field_tag = [tag.first()]
        return self._field_tag[0]

    def keyword_found(self):
        """The search service's KeywordMatches for the keyword (None for a query
        it refuses), asked once per request however many counts reuse it."""
        if self._keyword_found is None:
            # Not at the top: the document models import this package.
            from documents.models import OfficialDocumentPage

            try:
                found = keyword_filter(
                    self.keyword, locale=Locale.get_active(), models=[OfficialDocumentPage]
                )
            except QueryError:
                found = False
            else:
                self.notices = found.notices
            self._keyword_found = found
        return self._keyword_found or None

    @property
    def keyword_bounded(self):
        """Whether the keyword's matches are a common word's, known only in part
        (counted to COUNT_LIMIT + 1, tested row by row)."""
        found = self.keyword_found() if self.keyword else None
        return bool(found and found.bounded)

    def keyword_filter(self, queryset):
        """`queryset` narrowed to the documents matching the keyword. Every match
        of a common word (a bounded KeywordMatches) is a condition each row is
        tested on, so the listing walks the documents in its order and stops at
        the page asked."""
        found = self.keyword_found()
        if found is None:
            return queryset.none()
        if not found.bounded:
            return queryset.filter(pk__in=found.pages.values("pk"))
        return queryset.filter(found.condition)

    def results(self, queryset):
        return (
            self.apply(queryset)
            .select_related("issuing_body")
            .order_by(*SORTS.get(self.sort, SORTS[DEFAULT_SORT]))
        )

    def count_options(self, queryset, others=None):
        """Raw counts per option of every filter, each counted with the other filters
        applied: one grouped query for the column facets that are not selected, one
        per selected column facet (counted without its own filter), one for the
        fields. Plain data (no labels), so it can be cached and translated later."""
        if self.keyword_bounded:
            return self._bounded_counts(queryset)
        return self._counts(queryset, self.apply, others)

    def _bounded_counts(self, queryset):
        """count_options for a common word's keyword: each combination of filters
        the counts need reads the ids of its first COUNT_LIMIT + 1 matches once (the
        database walks the documents testing each one's index entry, and stops
        there), and the counts group those. The total says "more than" past the
        limit, and then each option is "at least"."""
        limit = matching.COUNT_LIMIT
        first = {}

        def narrow(rows, skip=None):
            # Skipping a filter that is not set reads the same matches.
            skip = skip if skip in self.filters else None
            if skip not in first:
                walked = self.apply(rows, skip=skip).order_by().values_list("pk", flat=True)
                first[skip] = list(walked[: limit + 1])
            return rows.filter(pk__in=first[skip])

        counts = self._counts(queryset, narrow)
        narrow(queryset)
        total = len(first[None])
        counts["total"] = min(total, limit)
        counts["total_more"] = total > limit
        counts["more"] = any(len(ids) > limit for ids in first.values())
        return counts

    def _counts(self, queryset, narrow, others=None):
        counts = {name: Counter() for name in COLUMN_FACETS}
        unselected = [name for name in COLUMN_FACETS if name not in self.filters]
        groups = [(unselected, narrow(queryset))] if unselected else []
        groups += [
            ([name], narrow(queryset, skip=name))
            for name in COLUMN_FACETS
            if name in self.filters
        ]
        for names, rows in groups:
            if "year" in names:
                rows = rows.annotate(year=Year("issued_on"))
            counts.update(column_counts(rows, {name: COLUMN_FACETS[name] for name in names}))
        # Unfiltered, the field's counts are over the whole archive, whose size the
        # type counts give, and the documents it leaves out may be few
        # (documents.archive.grouped.tag_counts).
        whole = others is not None and not self.filters and not self.keyword
        per_tag = tag_counts(
            narrow(queryset, skip="field"),
            others if whole else None,
            size=sum(counts["type"].values()) if whole else 0,
        )
        tags = Tag.objects.filter(pk__in=per_tag).order_by("name") if per_tag else []
        # The names, in the database's order, from the small table of issuing bodies.
        issuers = []
        if counts["issuer"]:
            bodies = queryset.model._meta.get_field("issuing_body").related_model.objects
            issuers = bodies.filter(pk__in=counts["issuer"]).order_by("name", "pk")
            issuers = list(issuers.values_list("pk", "name"))
        return {
            "type": dict(counts["type"]),
            "status": dict(counts["status"]),
            "issuer": [(issuer, name, counts["issuer"][issuer]) for issuer, name in issuers],
            "year": sorted(counts["year"].items(), reverse=True),
            "field": [(tag.slug, tag.name, per_tag[tag.pk]) for tag in tags],
        }

    def total(self, counts):
        """The number of documents matching every filter, read off the type counts:
        every document has a type, and those counts leave out only the type filter.
        A common word's is counted to COUNT_LIMIT (`total_more` says if past it)."""
        if "total" in counts:
            return counts["total"]
        if "type" in self.filters:
            return counts["type"].get(self.filters["type"], 0)
        return sum(counts["type"].values())

    def facets(self, counts):
        """The options of every filter, with their labels, from `count_options`."""
        return facet_options(counts, self.filters)

    def counts_cache_key(self, archive_page):
        """The cache key of this filter combination's counts, or None when they must
        not be cached: without a version, or with a keyword (every searched word would
        be a new key, and its matches come from the search index)."""
        if not self.counts_version or self.keyword:
            return None
        filters = json.dumps(sorted((name, str(value)) for name, value in self.filters.items()))
        digest = hashlib.md5(filters.encode(), usedforsecurity=False).hexdigest()
        return f"archive-counts:{self.counts_version}:{archive_page.pk}:{digest}"
