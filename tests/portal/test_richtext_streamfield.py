"""StreamField rich text is cleaned on save whatever wrote it: the shell (raw JSON,
a JSON string, Python values), revisions, the admin, the importer; the public page
and the API show none of a stored script. Wagtail API v2 here is read-only."""

import json
from pathlib import Path

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import reverse
from wagtail import blocks
from wagtail.blocks import StreamValue
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.models import Revision
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from documents.models import DirectivePage
from home.models import StandardPage
from portal.richtext import SanitisedRichTextBlock, SanitisedStreamBlock
from tests.documents.factories import DirectivePageFactory, DocumentArchivePageFactory
from tests.factories import StandardPageFactory, UserFactory
from tests.portal.richtext_support import PAYLOAD, harm, stored, text_of

pytestmark = pytest.mark.django_db

IMPORT_SAMPLE = Path(__file__).parents[1] / "documents/importer/samples/chi_thi_pdf_phang.txt"


def _paragraph_json(html):
    return [{"type": "paragraph", "value": html}]


SHELL_FORMS = {
    "json list": lambda: _paragraph_json(PAYLOAD),
    "json string": lambda: json.dumps(_paragraph_json(PAYLOAD)),
    "python values": lambda: [("paragraph", RichText(PAYLOAD))],
    "stream value": lambda: StreamValue(
        StandardPage.body.field.stream_block, _paragraph_json(PAYLOAD), is_lazy=True
    ),
}


@pytest.fixture
def page(home_page):
    return StandardPageFactory(parent=home_page, title="Giới thiệu", slug="gioi-thieu")


def _assert_clean(text):
    assert harm(text) == []
    assert "alert(1)" not in text


@pytest.mark.parametrize("form", SHELL_FORMS)
def test_rich_text_assigned_in_the_shell_is_stored_clean(page, form):
    page.body = SHELL_FORMS[form]()
    page.save()
    _assert_clean(stored(StandardPage, page.pk, "body"))


def test_page_saved_with_hostile_json_renders_clean(client, page):
    page.body = _paragraph_json(PAYLOAD)
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "Thi đua" in html
    _assert_clean(html)


def test_revision_content_is_clean(page):
    page.body = _paragraph_json(PAYLOAD)
    revision = page.save_revision()
    _assert_clean(text_of(Revision.objects.get(pk=revision.pk).content["body"]))


def test_publishing_a_revision_written_past_the_model_stores_a_clean_page(client, page):
    revision = page.save_revision()
    content = {**revision.content, "body": json.dumps(_paragraph_json(PAYLOAD))}
    Revision.objects.filter(pk=revision.pk).update(content=content)
    Revision.objects.get(pk=revision.pk).publish()
    _assert_clean(stored(StandardPage, page.pk, "body"))
    _assert_clean(client.get(page.url).content.decode())


def test_directive_items_are_stored_and_rendered_clean(client, home_page):
    archive = DocumentArchivePageFactory(parent=home_page)
    directive = DirectivePageFactory(parent=archive)
    directive.items = [{"type": "item", "value": {"heading": "Điều 1", "text": PAYLOAD}}]
    directive.save_revision().publish()
    _assert_clean(stored(DirectivePage, directive.pk, "items"))
    html = client.get(directive.url).content.decode()
    assert "Điều 1" in html
    _assert_clean(html)


def _hostile_contentstate():
    text = "Thi đua <script>alert(1)</script><img src=x onerror=alert(1)> x"
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a1b2c",
                    "type": "unstyled",
                    "depth": 0,
                    "text": text,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": len(text) - 1, "length": 1, "key": 0}],
                    "data": {},
                }
            ],
            "entityMap": {
                "0": {
                    "type": "LINK",
                    "mutability": "MUTABLE",
                    "data": {"url": "javascript:alert(1)"},
                }
            },
        }
    )


def test_admin_post_stores_and_renders_clean(client, home_page):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", home_page.pk])
    data = {
        "comments": inline_formset([]),
        "action-publish": "action-publish",
        "title": "Trang thử",
        "slug": "trang-thu",
        "body": streamfield([("paragraph", _hostile_contentstate())]),
    }
    response = client.post(url, nested_form_data(data))
    assert response.status_code == 302
    created = StandardPage.objects.get(slug="trang-thu")
    assert "Thi đua" in stored(StandardPage, created.pk, "body")
    assert harm(stored(StandardPage, created.pk, "body")) == []
    assert harm(client.get(created.url).content.decode()) == []


def test_imported_document_is_stored_and_rendered_clean(client, home_page, tmp_path):
    archive = DocumentArchivePageFactory(parent=home_page)
    text = IMPORT_SAMPLE.read_text(encoding="utf-8")
    text = text.replace("- Gắn phong trào", f"- {PAYLOAD} Gắn phong trào")
    text = text.replace("Năm 2025 là năm", f"{PAYLOAD} Năm 2025 là năm")
    source = tmp_path / "chi_thi.txt"
    source.write_text(text, encoding="utf-8")
    call_command("import_documents", str(source), "--publish", f"--parent={archive.pk}")
    directive = DirectivePage.objects.get()
    assert harm(stored(DirectivePage, directive.pk, "items")) == []
    assert harm(stored(DirectivePage, directive.pk, "body")) == []
    assert harm(text_of(directive.latest_revision.content)) == []
    assert harm(client.get(directive.url).content.decode()) == []


def test_api_serves_clean_rich_text_stored_past_the_model(client, home_page):
    archive = DocumentArchivePageFactory(parent=home_page)
    directive = DirectivePageFactory(parent=archive)
    items = [{"type": "item", "value": {"heading": "Điều 1", "text": PAYLOAD}}]
    DirectivePage.objects.filter(pk=directive.pk).update(items=items)
    response = client.get(f"/api/v2/pages/{directive.pk}/")
    assert response.json()["items"][0]["value"]["heading"] == "Điều 1"
    _assert_clean(json.dumps(response.json()["items"]))


def test_api_refuses_writes(client, page):
    assert client.post("/api/v2/pages/", {"title": "x"}).status_code == 405


@pytest.fixture
def document():
    document = get_document_model()(title="Kế hoạch thi đua")
    document.file.save("ke-hoach.txt", ContentFile(b"noi dung"), save=False)
    document.save()
    return document


def test_wagtail_markup_survives_and_renders(client, home_page, page, document):
    target = StandardPageFactory(parent=home_page, title="Liên hệ", slug="lien-he")
    html = (
        f'<h2>Mục I</h2><p><b>Đậm</b> <i>nghiêng</i> <a linktype="page" id="{target.pk}">'
        f'Liên hệ</a> <a linktype="document" id="{document.pk}">Kế hoạch</a> '
        '<a href="https://thiduakhenthuong.vn/">Ban</a></p>'
        "<ul><li>Một</li></ul><ol><li>Hai</li></ol>"
    )
    page.body = _paragraph_json(html)
    page.save_revision().publish()
    assert html in stored(StandardPage, page.pk, "body").splitlines()
    rendered = client.get(page.url).content.decode()
    for fragment in (
        "<h2>Mục I</h2>",
        "<b>Đậm</b>",
        "<i>nghiêng</i>",
        f'href="{target.url}"',
        f'href="{document.url}"',
        'href="https://thiduakhenthuong.vn/"',
        "<ul><li>Một</li></ul>",
        "<ol><li>Hai</li></ol>",
    ):
        assert fragment in rendered


def _unsanitised(block, inside_sanitised_stream):
    if isinstance(block, blocks.RawHTMLBlock):
        yield block
    if isinstance(block, TableBlock) and block.is_html_renderer():
        yield block
    if isinstance(block, blocks.RichTextBlock) and not (
        isinstance(block, SanitisedRichTextBlock) and inside_sanitised_stream
    ):
        yield block
    if isinstance(block, blocks.StreamBlock):
        inside_sanitised_stream = isinstance(block, SanitisedStreamBlock)
    children = list(getattr(block, "child_blocks", {}).values())
    if isinstance(block, blocks.ListBlock):
        children = [block.child_block]
    for child in children:
        yield from _unsanitised(child, inside_sanitised_stream)


def test_every_stream_field_cleans_its_rich_text():
    unsanitised = [
        f"{model.__name__}.{field.name}"
        for model in apps.get_models()
        for field in model._meta.local_concrete_fields
        if isinstance(field, StreamField)
        and list(_unsanitised(field.stream_block, inside_sanitised_stream=False))
    ]
    assert unsanitised == []
