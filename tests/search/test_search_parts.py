"""Each page type names its searchable fields once (search_parts): the backend's
search_fields and the folded text parts are both derived from that declaration."""

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from wagtail.search import index

from documents.models import DocumentAttachment, DocumentFile
from search.indexing import FoldedSearchMixin, SearchPart, derived_search_fields, stream_text
from tests.documents.factories import (
    DirectivePageFactory,
    DocumentArchivePageFactory,
    IssuingBodyFactory,
)
from tests.home.factories import (
    AwardFactory,
    ModelProfileIndexPageFactory,
    ModelProfilePageFactory,
    ProfileHonourFactory,
)

SEARCHABLE_PAGE_TYPES = [
    model for model in apps.get_models() if issubclass(model, FoldedSearchMixin)
]


class _Probe(FoldedSearchMixin):
    """A searchable type outside the database: a plain class is enough for the mixin."""

    title = "Hội nghị điển hình tiên tiến"
    search_description = ""
    lead = "Biểu dương gương người tốt"
    notes = "Chỉ máy tìm kiếm đọc"
    search_parts = [SearchPart("lead", boost=2), SearchPart("notes", fold=False)]
    search_filters = ["date"]


def _field_names(fields):
    return [(type(field).__name__, field.field_name) for field in fields]


def test_every_searchable_page_type_declares_its_parts():
    names = {model.__name__ for model in SEARCHABLE_PAGE_TYPES}
    assert {
        "NewsPage",
        "ModelProfilePage",
        "CongressEventPage",
        "StandardPage",
        "OfficialDocumentPage",
        "PlanPage",
        "DirectivePage",
    } <= names


@pytest.mark.parametrize("model", SEARCHABLE_PAGE_TYPES, ids=lambda model: model.__name__)
def test_search_fields_are_derived_from_the_declaration(model):
    derived = derived_search_fields(model.search_parts, model.search_filters)
    assert _field_names(model.search_fields) == _field_names(derived)


def test_a_declared_part_is_indexed_and_folded():
    assert ("SearchField", "lead") in _field_names(_Probe.search_fields)
    assert ("lead", "Biểu dương gương người tốt") in _Probe().search_text_parts()


def test_a_declared_part_keeps_its_boost():
    [lead] = [f for f in _Probe.search_fields if getattr(f, "field_name", "") == "lead"]
    assert lead.boost == 2


def test_a_declared_filter_is_a_filter_field():
    assert ("FilterField", "date") in _field_names(_Probe.search_fields)


def test_a_part_not_folded_is_indexed_only():
    assert ("SearchField", "notes") in _field_names(_Probe.search_fields)
    assert "notes" not in dict(_Probe().search_text_parts())


def test_folded_parts_follow_the_declaration_order():
    names = [name for name, _text in _Probe().search_text_parts()]
    assert names == ["title", "description", "lead"]


def test_folded_text_includes_the_declared_parts():
    assert "bieu duong" in _Probe().search_folded()


def test_a_part_may_index_other_fields_than_its_source():
    related = index.RelatedFields("issuing_body", [index.SearchField("name")])

    class Probe(_Probe):
        issuer = "Ủy ban nhân dân tỉnh"
        search_parts = [SearchPart("issuer", index=[related])]

    assert Probe.search_fields[-2] is related
    assert ("issuer", "Ủy ban nhân dân tỉnh") in Probe().search_text_parts()


def test_a_part_not_indexed_is_folded_only():
    class Probe(_Probe):
        search_parts = [SearchPart("lead", index=False)]

    assert ("SearchField", "lead") not in _field_names(Probe.search_fields)
    assert "lead" in dict(Probe().search_text_parts())


def test_a_part_reads_a_method_through_its_text_function():
    class Probe(_Probe):
        search_parts = [SearchPart("body", "body_html", text=str.upper)]

        def body_html(self):
            return "thi đua"

    assert ("body", "THI ĐUA") in Probe().search_text_parts()


def test_an_empty_stream_reads_as_no_text():
    class Probe(_Probe):
        body = None
        search_parts = [SearchPart("body", text=stream_text)]

    assert ("body", "") in Probe().search_text_parts()


def test_a_page_type_cannot_set_search_fields_itself():
    with pytest.raises(TypeError, match="search_parts"):

        class Probe(FoldedSearchMixin):
            search_fields = [index.SearchField("lead")]


def test_a_subclass_extends_its_parents_parts():
    class Probe(_Probe):
        extra = "Thêm"
        search_parts = [*_Probe.search_parts, SearchPart("extra")]

    assert ("SearchField", "extra") in _field_names(Probe.search_fields)
    assert ("SearchField", "lead") in _field_names(Probe.search_fields)
    assert ("FilterField", "date") in _field_names(Probe.search_fields)


@pytest.mark.django_db
def test_an_official_document_reads_its_declared_parts(home_page):
    directive = DirectivePageFactory(
        parent=DocumentArchivePageFactory(parent=home_page),
        title="Chỉ thị về thi đua",
        number="05/CT-UBND",
        subject="Về đẩy mạnh phong trào thi đua",
        signer_title="Chủ tịch",
        signer_name="Nguyễn Văn A",
        issuing_body=IssuingBodyFactory(name="Ủy ban nhân dân tỉnh"),
    )
    upload = DocumentFile(title="phu-luc.txt")
    upload.file.save("phu-luc.txt", ContentFile("Phụ lục kèm theo".encode()), save=False)
    upload.save()
    directive.attachments.add(DocumentAttachment(document=upload))
    directive.save()
    parts = directive.search_text_parts()
    assert [name for name, _text in parts] == [
        "title",
        "description",
        "number",
        "subject",
        "kind",
        "signer",
        "issuer",
        "body",
        "attachment",
    ]
    assert dict(parts)["kind"] == "Chỉ thị"
    assert dict(parts)["signer"] == "Chủ tịch Nguyễn Văn A"
    assert dict(parts)["issuer"] == "Ủy ban nhân dân tỉnh"
    assert dict(parts)["attachment"] == upload.extracted_text == directive.attachment_text()


@pytest.mark.django_db
def test_a_profile_reads_its_honours(home_page):
    profile = ModelProfilePageFactory(parent=ModelProfileIndexPageFactory(parent=home_page))
    award = AwardFactory(name="Chiến sĩ thi đua cấp tỉnh")
    ProfileHonourFactory(profile=profile, award=award, year=2024)
    assert dict(profile.search_text_parts())["honours"] == "Chiến sĩ thi đua cấp tỉnh 2024"
