from django.db import models
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.models import Page

from documents.blocks import TaskGroupBlock
from documents.choices import DocumentType
from documents.models.official_documents import OfficialDocumentPage
from documents.models.panels import build_metadata_panels
from search.indexing import SearchPart


class PlanPage(OfficialDocumentPage):
    """A plan (Kế hoạch) in the archive: an official document with a period and a task
    schedule kept as data (groups → numbered tasks → responsible units), shown as a
    table and downloadable as CSV and XLSX."""

    plan_period = models.CharField(
        _("năm hoặc giai đoạn của kế hoạch"),
        max_length=64,
        blank=True,
        help_text=_("Ví dụ: Năm 2026; Giai đoạn 2026 – 2030."),
    )
    task_schedule = StreamField(
        [("group", TaskGroupBlock())],
        verbose_name=_("lịch thực hiện nhiệm vụ"),
        blank=True,
        help_text=_(
            "Mỗi nhóm là một quý hoặc một giai đoạn; nhiệm vụ được đánh số liên tục "
            "từ 1 trong toàn bảng."
        ),
    )

    fixed_document_type = DocumentType.PLAN

    metadata_panels = [FieldPanel("plan_period"), *build_metadata_panels(with_type=False)]
    schedule_panels = [FieldPanel("task_schedule")]

    edit_handler = TabbedInterface(
        [
            ObjectList(OfficialDocumentPage.content_panels, heading=_("Nội dung")),
            ObjectList(metadata_panels, heading=_("Thuộc tính")),
            ObjectList(schedule_panels, heading=_("Lịch thực hiện nhiệm vụ")),
            ObjectList(OfficialDocumentPage.relation_panels, heading=_("Tệp đính kèm và liên kết")),
            ObjectList(Page.promote_panels, heading=_("Quảng bá")),
            ObjectList(Page.settings_panels, heading=_("Cài đặt")),
        ]
    )

    search_parts = [
        *OfficialDocumentPage.search_parts,
        SearchPart("task_schedule", fold=False),
    ]
    api_fields = [
        *OfficialDocumentPage.api_fields,
        APIField("plan_period"),
        APIField("task_schedule"),
    ]

    parent_page_types = ["documents.DocumentArchivePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("kế hoạch")
        verbose_name_plural = _("kế hoạch")

    def task_groups(self):
        """The schedule as [(group title, [(number, text, units, deadline), …]), …],
        numbered continuously across groups."""
        groups = []
        number = 0
        for block in self.task_schedule:
            rows = []
            for task in block.value["tasks"]:
                number += 1
                rows.append(
                    (number, task["text"], [str(unit) for unit in task["units"]], task["deadline"])
                )
            groups.append((block.value["title"], rows))
        return groups

    @path("nhiem-vu-csv/", name="tasks_csv")
    def tasks_csv(self, request):
        from documents.exports import task_schedule_csv

        response = HttpResponse(task_schedule_csv(self), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.slug}-nhiem-vu.csv"'
        return response

    @path("nhiem-vu-xlsx/", name="tasks_xlsx")
    def tasks_xlsx(self, request):
        from documents.exports import task_schedule_xlsx

        response = HttpResponse(
            task_schedule_xlsx(self),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = f'attachment; filename="{self.slug}-nhiem-vu.xlsx"'
        return response
