"""The award decision page and the rows of its list."""

from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, Q
from django.http import HttpResponse, StreamingHttpResponse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.models import Page

from documents.choices import DocumentType
from documents.models import OfficialDocumentPage
from home.awards.levels import after_districts, district_rows, refusal
from home.awards.names import counts_text, folded_key, without_honorific
from home.awards.panels import AwardRowsPanel
from home.models.snippets import Award, AwardLevel
from home.profiles.models import ProfileKind
from search.indexing import SearchPart

ROWS_PER_PAGE = 50
YEAR_VALIDATORS = [MinValueValidator(1945), MaxValueValidator(2100)]


class AwardDecisionPage(OfficialDocumentPage):
    """An award decision (Quyết định khen thưởng) in the document archive: a Quyết định
    with every metadata field of the other documents, whose attached list of awardees
    is kept as rows (AwardRow) that the import fills and the page lists and exports.

    It extends the official document page instead of being a plain one with rows on
    the side because a decision IS a document of type QĐ: it keeps its place in the
    archive, search, feeds and API, and only adds the list, its downloads and its
    read-only tab. A plain QĐ already in the archive becomes one when a list is
    imported for its number (home.awards.importer.saving), so no twin is created.
    """

    fixed_document_type = DocumentType.DECISION
    template = "home/awards/award_decision_page.html"

    list_panels = [AwardRowsPanel(heading=_("Danh sách khen thưởng"))]
    edit_handler = TabbedInterface(
        [
            ObjectList(OfficialDocumentPage.content_panels, heading=_("Nội dung")),
            ObjectList(OfficialDocumentPage.metadata_panels, heading=_("Thuộc tính")),
            ObjectList(list_panels, heading=_("Danh sách khen thưởng")),
            ObjectList(OfficialDocumentPage.relation_panels, heading=_("Tệp đính kèm và liên kết")),
            ObjectList(Page.promote_panels, heading=_("Quảng bá")),
            ObjectList(Page.settings_panels, heading=_("Cài đặt")),
        ]
    )
    api_fields = [*OfficialDocumentPage.api_fields, APIField("awardee_counts")]
    search_parts = [
        *OfficialDocumentPage.search_parts,
        # A reader types a person's or unit's name into the site search and lands on
        # the decision; the folded text carries the list (one query per page indexed).
        SearchPart("awardees", "awardees_text", index=False),
    ]

    parent_page_types = ["documents.DocumentArchivePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("quyết định khen thưởng")
        verbose_name_plural = _("quyết định khen thưởng")

    def clean(self):
        super().clean()
        # The rows come from the import, which refuses district honours on a decision
        # dated from 1 July 2025; moving the date there afterwards is refused here.
        if self.pk is None or not after_districts(self.issued_on):
            return
        candidates = (
            AwardRow.objects.filter(decision_id=self.pk)
            .filter(Q(award__level=AwardLevel.DISTRICT) | Q(award__isnull=True))
            .order_by("order")
            .values_list("order", "award__level", "award_text")
        )
        found = district_rows(
            self.issued_on, [(order, level or "", text) for order, level, text in candidates]
        )
        if found:
            raise ValidationError({"issued_on": refusal(self.issued_on, found)})

    @property
    def awardee_counts(self):
        """{"collective": n, "individual": n} in one query."""
        counts = self.rows.aggregate(
            collective=Count("pk", filter=Q(kind=ProfileKind.COLLECTIVE)),
            individual=Count("pk", filter=Q(kind=ProfileKind.INDIVIDUAL)),
        )
        return {"collective": counts["collective"], "individual": counts["individual"]}

    def awardees_text(self):
        """The names and position/unit texts of the list, as search text."""
        return "; ".join(
            " ".join(filter(None, pair))
            for pair in self.rows.order_by("order").values_list("name", "detail")
        )

    def counts_line(self):
        counts = self.awardee_counts
        if not (counts["collective"] or counts["individual"]):
            return ""
        return counts_text(counts["collective"], counts["individual"])

    def section_counts(self):
        """{section: "03 tập thể và 08 cá nhân"} over the whole list, in one query."""
        totals = {}
        for item in self.rows.values("section", "kind").annotate(n=Count("pk")).order_by():
            counts = totals.setdefault(item["section"], {"collective": 0, "individual": 0})
            key = "collective" if item["kind"] == ProfileKind.COLLECTIVE else "individual"
            counts[key] += item["n"]
        return {
            section: counts_text(counts["collective"], counts["individual"])
            for section, counts in totals.items()
        }

    def awardee_groups(self, page):
        """The rows of one page of the list, grouped by their section."""
        counts = self.section_counts()
        groups = []
        for row in page.object_list:
            if not groups or groups[-1]["section"] != row.section:
                groups.append(
                    {"section": row.section, "counts": counts.get(row.section), "rows": []}
                )
            groups[-1]["rows"].append(row)
        return groups

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        rows = self.rows.select_related("award").order_by("order")
        paginator = Paginator(rows, ROWS_PER_PAGE)
        # The number names the list's cached fragment, so it is the page really shown:
        # a missing, malformed or out-of-range number gives the first or last page.
        try:
            number = paginator.validate_number(request.GET.get("page", 1))
        except PageNotAnInteger:
            number = 1
        except EmptyPage:
            number = paginator.num_pages
        page = SimpleLazyObject(lambda: paginator.page(number))
        # The rows are read only when the fragment is rendered, not on a warm request.
        context["awardee_count"] = paginator.count
        context["awardee_page_number"] = str(number)
        context["awardee_page"] = page
        context["awardee_groups"] = SimpleLazyObject(lambda: self.awardee_groups(page))
        return context

    @path("danh-sach-csv/", name="awardees_csv")
    def awardees_csv(self, request):
        from home.awards.exports import csv_lines

        response = StreamingHttpResponse(csv_lines(self), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.slug}-danh-sach.csv"'
        return response

    @path("danh-sach-xlsx/", name="awardees_xlsx")
    def awardees_xlsx(self, request):
        from home.awards.exports import xlsx_bytes

        response = HttpResponse(
            xlsx_bytes(self),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = f'attachment; filename="{self.slug}-danh-sach.xlsx"'
        return response


class AwardRow(models.Model):
    """One collective or individual on a decision's list, as printed: filled by the
    importer, shown read-only to editors, never holding personal data (no birth
    date, ID number, address, phone, e-mail, sex or ethnicity column exists)."""

    decision = models.ForeignKey(
        AwardDecisionPage,
        on_delete=models.CASCADE,
        related_name="rows",
        verbose_name=_("quyết định"),
    )
    kind = models.CharField(
        _("đối tượng"), max_length=8, choices=ProfileKind.choices, db_index=True
    )
    name = models.CharField(_("tên tập thể, họ và tên"), max_length=255)
    # Folded (no marks, đ→d, i/y) so that the look-up finds "Nguyễn Thị Thu Hường" from
    # "nguyen thi thu huong" with an index instead of folding every row per query.
    name_folded = models.CharField(max_length=255, db_index=True, editable=False)
    detail = models.CharField(
        _("chức vụ, đơn vị"),
        max_length=500,
        blank=True,
    )
    detail_folded = models.CharField(max_length=500, db_index=True, editable=False)
    award = models.ForeignKey(
        Award,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="rows",
        verbose_name=_("danh hiệu, hình thức khen thưởng"),
    )
    # As printed, kept when the catalogue has no such award yet.
    award_text = models.CharField(
        _("hình thức khen thưởng (như trên văn bản)"), max_length=255, blank=True
    )
    year = models.PositiveSmallIntegerField(
        _("năm"), null=True, blank=True, db_index=True, validators=YEAR_VALIDATORS
    )
    period = models.CharField(
        _("năm hoặc giai đoạn"),
        max_length=64,
        blank=True,
        help_text=_("Như trên danh sách, ví dụ: 2024; giai đoạn 2020 – 2025."),
    )
    achievement = models.TextField(_("thành tích"), blank=True)
    section = models.CharField(_("phần"), max_length=255, blank=True)
    order = models.PositiveIntegerField(_("thứ tự"))
    # The file the row came from: importing that file again replaces its rows, while
    # a second list for the same decision (individuals after collectives) adds to them.
    source = models.CharField(_("tệp nguồn"), max_length=255, blank=True)

    class Meta:
        ordering = ["decision", "order"]
        verbose_name = _("dòng danh sách khen thưởng")
        verbose_name_plural = _("dòng danh sách khen thưởng")
        indexes = [
            models.Index(fields=["decision", "order"], name="award_row_decision_order"),
            models.Index(fields=["award", "year"], name="award_row_award_year"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.fill_keys()
        super().save(*args, **kwargs)

    def fill_keys(self):
        """The honorific off the name of a person, and the folded look-up keys: what
        `save` does, for rows saved in bulk."""
        if self.kind == ProfileKind.INDIVIDUAL:
            self.name = without_honorific(self.name)
        self.name_folded = folded_key(self.name)[:255]
        self.detail_folded = folded_key(self.detail)[:500]
        return self

    @property
    def award_name(self):
        return self.award.name if self.award_id else self.award_text
