"""Wagtail's documents listing with a column for the state of each file's text
("Đang nhận dạng trang 7/40", "Lỗi: …"). Served at Wagtail's own paths: documents'
admin URLs are registered before Wagtail's (as documents.delete_views does), so
these are the ones resolved and `wagtaildocs:index` reverses to them."""

from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.documents.views.documents import IndexView


class DocumentIndexWithTextStatus(IndexView):
    @cached_property
    def columns(self):
        columns = list(super().columns)
        # Before "Usage", the last column.
        columns.insert(
            len(columns) - 1,
            Column("text_status_label", label=_("Chữ trong tệp"), width="20%"),
        )
        return columns


def listing_urls():
    return [
        path("documents/", DocumentIndexWithTextStatus.as_view(), name="documents_index"),
        path(
            "documents/results/",
            DocumentIndexWithTextStatus.as_view(results_only=True),
            name="documents_index_results",
        ),
    ]
