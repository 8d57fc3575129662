"""The official document page: its printed metadata, text, search declaration,
archive bookkeeping and print and DOCX views. Its child rows live in
documents.models.relations and its metadata panels in documents.models.panels."""

from django.db import models
from django.http import HttpResponse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from wagtail.admin.panels import FieldPanel, InlinePanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from documents.choices import TYPE_CODES, DocumentStatus, DocumentType, SignerCapacity
from documents.letterhead import letterhead
from documents.models.panels import build_metadata_panels
from documents.models.relations import DocumentAreaTag
from documents.models.review import ReviewFlag
from documents.signature import signature_block
from portal import view_restrictions
from portal.blocks import BaseStreamBlock
from portal.fences import treebeard_paths
from portal.view_restrictions import CachedViewRestrictionsMixin
from search.indexing import FoldedSearchMixin, SearchPart, stream_text
from search.text import normalise_number


class OfficialDocumentPage(
    FoldedSearchMixin, RoutablePageMixin, CachedViewRestrictionsMixin, ReviewFlag, Page
):
    """One official document (Quyết định, Công văn, Hướng dẫn …) under the archive page.

    Editors fill in the printed metadata, the text and the signed files; plans and
    directives use their own page types, which extend this one.
    """

    number = models.CharField(
        _("số ký hiệu"),
        max_length=64,
        blank=True,
        help_text=_("Ghi đúng như trên văn bản, ví dụ: 12/KH-UBND."),
    )
    number_normalised = models.CharField(
        _("số ký hiệu chuẩn hóa"), max_length=64, blank=True, editable=False, db_index=True
    )
    document_type = models.CharField(
        _("loại văn bản"),
        max_length=16,
        choices=DocumentType.choices,
        default=DocumentType.DECISION,
        db_index=True,
    )
    subject = models.TextField(
        _("trích yếu"),
        help_text=_("Câu tóm tắt nội dung in dưới tên loại văn bản, ví dụ: Về việc …"),
    )
    issuing_body = models.ForeignKey(
        "documents.IssuingBody",
        on_delete=models.PROTECT,
        related_name="documents",
        verbose_name=_("cơ quan ban hành"),
        null=True,
        blank=True,
    )
    place_of_issue = models.CharField(
        _("nơi ban hành"),
        max_length=120,
        blank=True,
        help_text=_("Địa danh in trước ngày tháng, ví dụ: Sông Xanh."),
    )
    # Null only in drafts: Wagtail asks for the date on publishing, not on saving.
    issued_on = models.DateField(_("ngày ban hành"), null=True, db_index=True)
    effective_on = models.DateField(
        _("ngày có hiệu lực"),
        null=True,
        blank=True,
        help_text=_("Bỏ trống nếu văn bản có hiệu lực từ ngày ký."),
    )
    status = models.CharField(
        _("tình trạng hiệu lực"),
        max_length=16,
        choices=DocumentStatus.choices,
        default=DocumentStatus.IN_FORCE,
        db_index=True,
    )
    replaced_by = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="replaces",
        verbose_name=_("được thay thế bởi"),
        help_text=_("Văn bản mới thay thế văn bản này (khi tình trạng là Bị thay thế)."),
    )
    signer_capacity = models.CharField(
        _("thẩm quyền ký"),
        max_length=8,
        choices=SignerCapacity.choices,
        blank=True,
        help_text=_("TM., KT., Q., TL. hoặc TUQ.; bỏ trống nếu người đứng đầu ký trực tiếp."),
    )
    signer_title = models.CharField(
        _("chức vụ người ký"),
        max_length=255,
        blank=True,
        help_text=_(
            "Chức vụ của người ký, ví dụ: Phó Chủ tịch (in ra: KT. CHỦ TỊCH / PHÓ CHỦ "
            "TỊCH). Tập thể hoặc người đứng đầu lấy từ cơ quan ban hành; muốn ghi khác thì "
            "viết trước dấu gạch: Hội đồng – Chủ tịch; Chủ tịch – Chánh Văn phòng."
        ),
    )
    signer_name = models.CharField(_("người ký"), max_length=120, blank=True)
    legal_bases = models.TextField(
        _("căn cứ"),
        blank=True,
        help_text=_("Mỗi dòng một căn cứ pháp lý, ví dụ: Căn cứ Luật Thi đua, Khen thưởng …"),
    )
    recipients = models.TextField(
        _("nơi nhận"), blank=True, help_text=_("Mỗi dòng một nơi nhận.")
    )
    areas = ClusterTaggableManager(
        through=DocumentAreaTag,
        blank=True,
        verbose_name=_("lĩnh vực"),
        help_text=_("Lĩnh vực của văn bản, ví dụ: thi đua, khen thưởng, cải cách hành chính."),
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("toàn văn"),
        blank=True,
        help_text=_("Nội dung văn bản: tiêu đề mục, đoạn văn và bảng."),
    )
    # The tree path of the archive page above while the document is live, empty
    # otherwise: the archive counts its documents on this table alone, through the
    # indexes below, instead of joining wagtailcore_page for `live` and the path on
    # every row. Kept in step by `save` and, for unpublishing and moves (which may
    # save the base Page only), by documents.listing.
    archive_path = models.CharField(max_length=255, blank=True, default="", editable=False)

    # The type is fixed for specialised page types and hidden from their form.
    fixed_document_type = None

    content_panels = [
        *Page.content_panels,
        FieldPanel("subject"),
        FieldPanel("body"),
    ]
    metadata_panels = build_metadata_panels(with_type=True)
    relation_panels = [
        InlinePanel("attachments", label=_("Tệp đính kèm")),
        InlinePanel("related_links", label=_("Văn bản liên quan")),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Nội dung")),
            ObjectList(metadata_panels, heading=_("Thuộc tính")),
            ObjectList(relation_panels, heading=_("Tệp đính kèm và liên kết")),
            ObjectList(Page.promote_panels, heading=_("Quảng bá")),
            ObjectList(Page.settings_panels, heading=_("Cài đặt")),
        ]
    )

    search_parts = [
        SearchPart("number", boost=5),
        SearchPart("number_normalised", boost=5, fold=False),
        SearchPart("subject", boost=2),
        # "Chỉ thị", "Kế hoạch": readers name the kind of text they look for, and a
        # title rarely repeats it ("Về tăng cường công tác khen thưởng").
        SearchPart("kind", "document_type_name", index=False),
        SearchPart("signer", "signer_text", index=False),
        SearchPart(
            "issuer",
            "issuing_body_name",
            index=[index.RelatedFields("issuing_body", [index.SearchField("name")])],
        ),
        SearchPart("body", text=stream_text),
        # The backend indexes attachment_text (one joined query per page); the
        # folded text reads the attachments the search service prefetched.
        SearchPart(
            "attachment",
            "prefetched_attachment_text",
            index=[index.SearchField("attachment_text")],
        ),
    ]
    search_filters = ["number_normalised", "document_type", "issued_on", "status", "issuing_body"]

    api_fields = [
        APIField("number"),
        APIField("number_normalised"),
        APIField("document_type"),
        APIField("document_type_name"),
        APIField("type_code"),
        APIField("subject"),
        APIField("issuing_body_name"),
        APIField("place_of_issue"),
        APIField("issued_on"),
        APIField("effective_on"),
        APIField("status"),
        APIField("status_name"),
        APIField("replaced_by_id"),
        APIField("signer_capacity"),
        APIField("signer_title"),
        APIField("signer_name"),
        APIField("legal_basis_list"),
        APIField("recipient_list"),
        APIField("area_names"),
        APIField("body"),
        APIField("attachment_files"),
    ]

    parent_page_types = ["documents.DocumentArchivePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("văn bản")
        verbose_name_plural = _("văn bản")
        # Each archive filter walks its index in date order and stops after one page
        # of documents. The first index also carries every counted column, so the
        # counts over a whole archive are an index-only scan on PostgreSQL instead of
        # a read of the wide table (SQLite builds it without the INCLUDE).
        indexes = [
            models.Index(
                fields=["archive_path", "issued_on"],
                include=["document_type", "status", "issuing_body", "page_ptr"],
                name="document_archive_date",
            ),
            models.Index(
                fields=["archive_path", "document_type", "issued_on"],
                name="document_archive_type",
            ),
            models.Index(
                fields=["archive_path", "status", "issued_on"], name="document_archive_status"
            ),
            models.Index(
                fields=["archive_path", "issuing_body", "issued_on"],
                name="document_archive_issuer",
            ),
        ]

    def listed_archive_path(self):
        """What `archive_path` holds for this page as it is in memory: its archive's
        path while it is live and public, so no archive listing, count or feed shows
        a document behind a view restriction (documents.listing follows restrictions
        as they are added and removed)."""
        if not (self.live and self.path) or view_restrictions.is_restricted_now(self.path):
            return ""
        return treebeard_paths.parent_path(self.path)

    def save(self, *args, **kwargs):
        if self.fixed_document_type:
            self.document_type = self.fixed_document_type
        self.number_normalised = normalise_number(self.number)
        self.archive_path = self.listed_archive_path()
        self.needs_review = ",".join(self.missing_fields())
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and {"live", "path"} & set(update_fields):
            kwargs["update_fields"] = [*update_fields, "archive_path"]
        super().save(*args, **kwargs)

    @classmethod
    def urls_by_number(cls, numbers, locale_id, request=None):
        """{normalised number: URL} of the live documents with these numbers, in one
        query: how other pages link a decision number to its page in the archive."""
        wanted = {normalise_number(number) for number in numbers if number}
        wanted.discard("")
        if not wanted:
            return {}
        documents = (
            view_restrictions.public_pages(cls.objects)
            .filter(locale_id=locale_id, number_normalised__in=wanted)
            .only("id", "url_path", "number_normalised")
        )
        return {doc.number_normalised: doc.get_url(request) for doc in documents}

    @property
    def document_type_name(self):
        return str(DocumentType(self.document_type).label) if self.document_type else ""

    @property
    def type_code(self):
        return TYPE_CODES.get(self.document_type, "")

    @property
    def status_name(self):
        return self.get_status_display()

    @property
    def issuing_body_name(self):
        return self.issuing_body.name if self.issuing_body_id else ""

    @property
    def legal_basis_list(self):
        return [line.strip() for line in self.legal_bases.splitlines() if line.strip()]

    @property
    def recipient_list(self):
        return [line.strip() for line in self.recipients.splitlines() if line.strip()]

    # These two read the child relations with .all() so that listings can prefetch them.
    @property
    def area_names(self):
        return [item.tag.name for item in self.area_items.all()]

    @property
    def attachment_files(self):
        return [
            {
                "title": item.label,
                "url": item.document.url,
                "extension": item.document.file_extension,
                "size": item.document.file_size,
            }
            for item in self.attachments.all()
        ]

    def attachment_text(self):
        """The attachments' extracted text, indexed with the page."""
        return "\n".join(
            item.document.extracted_text
            for item in self.attachments.select_related("document")
            if item.document.extracted_text
        )

    def prefetched_attachment_text(self):
        """The attachments' extracted text read with .all(), so the search service
        can prefetch the attachments with their files."""
        return "\n".join(
            item.document.extracted_text
            for item in self.attachments.all()
            if item.document.extracted_text
        )

    def signer_text(self):
        return " ".join(filter(None, [self.signer_title, self.signer_name]))

    @property
    def signature(self):
        """The signature block as issued: capacity lines and name (documents/signature.py)."""
        return signature_block(
            self.signer_capacity, self.signer_title, self.signer_name, self.issuing_body_name
        )

    @property
    def letterhead(self):
        """The header as issued, for the print view and the DOCX export."""
        return letterhead(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy, so that a cached "content" fragment (official_document_page.html)
        # skips these queries.
        context["attachment_items"] = SimpleLazyObject(
            lambda: list(self.attachments.select_related("document"))
        )
        context["related_documents"] = SimpleLazyObject(
            lambda: [
                link.target
                for link in self.related_links.select_related("target")
                if link.target.live and view_restrictions.is_public(link.target)
            ]
        )
        # Put in the tree's order here: asked of SQLite, ORDER BY path walked every
        # page in that order rather than the few this one replaces (130 ms at
        # 100,000 documents, on the first request after a publish).
        context["replaced_documents"] = SimpleLazyObject(
            lambda: sorted(
                view_restrictions.public_pages(self.replaces.order_by()),
                key=lambda page: page.path,
            )
        )
        return context

    @path("ban-in/", name="print")
    def print_view(self, request):
        return self.render(request, context_overrides={"print_view": True})

    @path("tai-ve-docx/", name="docx")
    def docx_download(self, request):
        from documents.exports import document_docx

        response = HttpResponse(
            document_docx(self),
            content_type=(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            ),
        )
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.docx"'
        return response
