"""The archive as editors browse it in the admin: one flat listing of every official
document (plans, directives and award decisions included) with its number, type and
date, filtered by type, issuing body and date (Wagtail's PageListingViewSet)."""

import django_filters
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet

from documents.choices import DocumentType
from documents.models import IssuingBody, OfficialDocumentPage


def _issued_on(page):
    # The date as the document prints it, not Wagtail's "10 months ago": editors look
    # documents up by their date.
    return page.issued_on.strftime("%d/%m/%Y") if page.issued_on else ""


class OfficialDocumentFilterSet(PageFilterSet):
    document_type = django_filters.ChoiceFilter(
        label=_("Loại văn bản"), choices=DocumentType.choices, empty_label=_("Tất cả")
    )
    issuing_body = django_filters.ModelChoiceFilter(
        label=_("Cơ quan ban hành"),
        # The Vietnamese originals, which documents point at; English copies would
        # list every body twice.
        queryset=lambda request: IssuingBody.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE
        ).order_by("name"),
        empty_label=_("Tất cả"),
    )
    issued_on = django_filters.DateFromToRangeFilter(
        label=_("Ngày ban hành"), widget=DateRangePickerWidget
    )

    class Meta:
        model = OfficialDocumentPage
        fields = []


class OfficialDocumentListingViewSet(PageListingViewSet):
    model = OfficialDocumentPage
    icon = "doc-full"
    menu_label = _("Kho văn bản")
    menu_order = 290
    add_to_admin_menu = True
    name = "official_documents"
    filterset_class = OfficialDocumentFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("number", label=_("Số ký hiệu"), width="14%"),
        Column("document_type", accessor="get_document_type_display", label=_("Loại")),
        Column(
            "issued_on", accessor=_issued_on, label=_("Ngày ban hành"), sort_key="issued_on"
        ),
    ]
