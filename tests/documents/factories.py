"""Factories for official documents and their archive."""

import datetime

import factory
import wagtail_factories

from documents.choices import BodyLevel, DocumentStatus, DocumentType
from documents.models import (
    DirectivePage,
    DocumentArchivePage,
    IssuingBody,
    OfficialDocumentPage,
    PlanPage,
)


class IssuingBodyFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Cơ quan thử nghiệm số {n}")
    short_code = factory.Sequence(lambda n: f"CQ{n}")
    level = BodyLevel.PROVINCE

    class Meta:
        model = IssuingBody


class DocumentArchivePageFactory(wagtail_factories.PageFactory):
    title = "Văn bản – tài liệu"
    slug = "van-ban"
    introduction = "Tra cứu văn bản."

    class Meta:
        model = DocumentArchivePage


class OfficialDocumentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Quyết định thử nghiệm {n}")
    slug = factory.Sequence(lambda n: f"quyet-dinh-thu-nghiem-{n}")
    number = factory.Sequence(lambda n: f"{n + 1}/QĐ-UBND")
    document_type = DocumentType.DECISION
    subject = factory.Sequence(lambda n: f"Về việc thử nghiệm lần {n}")
    issuing_body = factory.SubFactory(IssuingBodyFactory)
    place_of_issue = "Thử Nghiệm"
    issued_on = datetime.date(2025, 3, 1)
    status = DocumentStatus.IN_FORCE

    class Meta:
        model = OfficialDocumentPage


class PlanPageFactory(OfficialDocumentPageFactory):
    title = factory.Sequence(lambda n: f"Kế hoạch thử nghiệm {n}")
    slug = factory.Sequence(lambda n: f"ke-hoach-thu-nghiem-{n}")
    number = factory.Sequence(lambda n: f"{n + 1}/KH-UBND")
    document_type = DocumentType.PLAN
    plan_period = "Năm 2025"

    class Meta:
        model = PlanPage


class DirectivePageFactory(OfficialDocumentPageFactory):
    title = factory.Sequence(lambda n: f"Chỉ thị thử nghiệm {n}")
    slug = factory.Sequence(lambda n: f"chi-thi-thu-nghiem-{n}")
    number = factory.Sequence(lambda n: f"{n + 1}/CT-UBND")
    document_type = DocumentType.DIRECTIVE

    class Meta:
        model = DirectivePage


def add_documents_fast(archive, pages):
    """Save many unsaved document pages under `archive` at once, for size tests.

    Computes the tree paths directly instead of one `add_child` (and its parent
    queries) per page; the pages are otherwise saved normally.
    """
    archive.refresh_from_db()
    last = archive.get_last_child()
    start = archive.get_children().count() + 1 if last is None else None
    if last is not None:
        start = int(last.path[-archive.steplen :], 36) + 1
    for offset, page in enumerate(pages):
        page.depth = archive.depth + 1
        page.path = archive._get_path(archive.path, page.depth, start + offset)
        page.locale = archive.locale
        page.draft_title = page.title
        page._cached_parent_obj = archive
        page.save(clean=False)
    type(archive).objects.filter(pk=archive.pk).update(numchild=archive.numchild + len(pages))
    return pages
