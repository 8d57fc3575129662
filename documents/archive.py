"""Filtering, facet counts and sorting of the document archive.

Every number on the archive page comes from a fixed set of aggregate queries over
indexed columns (type, issuing body, issue date, status, area tag), so the page
costs the same number of queries whatever the archive holds.
"""

from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from documents.choices import DocumentStatus, DocumentType

MAX_QUERY_LENGTH = 200
DOCUMENTS_PER_PAGE = 20

SORTS = {
    "moi-nhat": ("-issued_on", "-pk"),
    "cu-nhat": ("issued_on", "pk"),
    "so-ky-hieu": ("number_normalised", "-issued_on"),
}
SORT_CHOICES = [
    ("moi-nhat", _("Mới nhất")),
    ("cu-nhat", _("Cũ nhất")),
    ("so-ky-hieu", _("Theo số ký hiệu")),
]
FILTER_NAMES = ("type", "issuer", "year", "field", "status")


class ArchiveFilterForm(forms.Form):
    q = forms.CharField(label=_("Từ khóa"), required=False, max_length=MAX_QUERY_LENGTH)
    type = forms.ChoiceField(
        label=_("Loại văn bản"), required=False, choices=DocumentType.choices
    )
    # Ids are 64-bit; a larger number is no id, and SQLite cannot even compare it.
    issuer = forms.IntegerField(
        label=_("Cơ quan ban hành"), required=False, min_value=1, max_value=2**63 - 1
    )
    year = forms.IntegerField(
        label=_("Năm ban hành"), required=False, min_value=1900, max_value=2200
    )
    field = forms.SlugField(
        label=_("Lĩnh vực"), required=False, max_length=100, allow_unicode=True
    )
    status = forms.ChoiceField(
        label=_("Tình trạng hiệu lực"), required=False, choices=DocumentStatus.choices
    )
    sort = forms.ChoiceField(label=_("Sắp xếp"), required=False, choices=SORT_CHOICES)


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class ArchiveQuery:
    """A parsed request to the archive: the valid filters and the names of ignored ones."""

    filters: dict = field(default_factory=dict)
    keyword: str = ""
    sort: str = "moi-nhat"
    ignored: list = field(default_factory=list)
    _keyword_ids: list = field(default=None, repr=False)

    @classmethod
    def from_params(cls, params):
        form = ArchiveFilterForm(params)
        form.is_valid()
        data = form.cleaned_data
        filters = {
            name: data[name] for name in FILTER_NAMES if data.get(name) not in (None, "")
        }
        # Invalid values are dropped, and the page says which ones.
        ignored = [str(form.fields[name].label) for name in form.errors]
        keyword = (data.get("q") or "").replace("\x00", "").strip()
        return cls(filters, keyword, data.get("sort") or "moi-nhat", ignored)

    @property
    def is_filtered(self):
        return bool(self.filters or self.keyword)

    def apply(self, queryset, skip=None):
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
                queryset = queryset.filter(area_items__tag__slug=value)
            elif name == "status":
                queryset = queryset.filter(status=value)
        if self.keyword:
            queryset = queryset.filter(pk__in=self.keyword_matches())
        return queryset

    def keyword_matches(self):
        """Ids of the documents the search service finds for the keyword, asked once
        per request however many facet counts reuse it."""
        if self._keyword_ids is None:
            from documents.models import OfficialDocumentPage
            from search.service import QueryError, matching_ids

            try:
                self._keyword_ids = matching_ids(
                    self.keyword, locale=Locale.get_active(), models=[OfficialDocumentPage]
                )
            except QueryError:
                self._keyword_ids = []
        return self._keyword_ids

    def results(self, queryset):
        return (
            self.apply(queryset)
            .select_related("issuing_body")
            .order_by(*SORTS.get(self.sort, SORTS["moi-nhat"]))
        )

    def facets(self, queryset):
        """Counts per option for every filter, each counted with the other filters
        applied: one aggregate query per filter."""
        selected = self.filters
        type_counts = {
            row["document_type"]: row["n"]
            for row in self.apply(queryset, skip="type")
            .values("document_type")
            .annotate(n=Count("pk"))
            .order_by()
        }
        status_counts = {
            row["status"]: row["n"]
            for row in self.apply(queryset, skip="status")
            .values("status")
            .annotate(n=Count("pk"))
            .order_by()
        }
        issuers = (
            self.apply(queryset, skip="issuer")
            .filter(issuing_body__isnull=False)
            .values("issuing_body", "issuing_body__name")
            .annotate(n=Count("pk"))
            .order_by("issuing_body__name")
        )
        years = (
            self.apply(queryset, skip="year")
            .annotate(year=ExtractYear("issued_on"))
            .values("year")
            .annotate(n=Count("pk"))
            .order_by("-year")
        )
        areas = (
            self.apply(queryset, skip="field")
            .filter(area_items__isnull=False)
            .values("area_items__tag__slug", "area_items__tag__name")
            .annotate(n=Count("pk", distinct=True))
            .order_by("area_items__tag__name")
        )
        return {
            "type": [
                FacetOption(value, label, type_counts.get(value, 0), selected.get("type") == value)
                for value, label in DocumentType.choices
                if value in type_counts or selected.get("type") == value
            ],
            "issuer": [
                FacetOption(
                    str(row["issuing_body"]),
                    row["issuing_body__name"],
                    row["n"],
                    selected.get("issuer") == row["issuing_body"],
                )
                for row in issuers
            ],
            "year": [
                FacetOption(
                    str(row["year"]),
                    str(row["year"]),
                    row["n"],
                    selected.get("year") == row["year"],
                )
                for row in years
            ],
            "field": [
                FacetOption(
                    row["area_items__tag__slug"],
                    row["area_items__tag__name"],
                    row["n"],
                    selected.get("field") == row["area_items__tag__slug"],
                )
                for row in areas
            ],
            "status": [
                FacetOption(
                    value, label, status_counts.get(value, 0), selected.get("status") == value
                )
                for value, label in DocumentStatus.choices
                if value in status_counts or selected.get("status") == value
            ],
        }


@dataclass
class ArchiveListing:
    """What the archive page shows for a request: one page of documents and the
    counts of every filter."""

    page_obj: object
    facets: dict


class DatabaseArchive:
    """The archive answered by the database (the default): filters and counts are
    SQL aggregates, the keyword goes through the search service."""

    def listing(self, query, archive_page, page_number, per_page=DOCUMENTS_PER_PAGE):
        documents = archive_page.documents()
        paginator = Paginator(query.results(documents), per_page)
        return ArchiveListing(paginator.get_page(page_number), query.facets(documents))

    # The database is the archive's only store: publishing needs no extra step.
    def update(self, page):
        pass

    def remove(self, page_id):
        pass


def get_archive_backend():
    """The archive backend the settings name (DOCUMENT_ARCHIVE_BACKEND)."""
    return import_string(settings.DOCUMENT_ARCHIVE_BACKEND)()
