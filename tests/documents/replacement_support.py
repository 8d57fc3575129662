"""Files for the tests of replacing and deleting files used by live pages
(documents.replacement): stored originals and uploads as the admin's file inputs
send them. The editorial groups' fixtures are in tests/documents/conftest.py."""

import io

from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from tests.documents.files import pdf_bytes

# reportlab stamps each PDF with the time: made once, so tests can compare bytes.
ORIGINAL_PDF = pdf_bytes("Bản gốc")
NEW_PDF = pdf_bytes("Bản mới")


def new_pdf():
    return SimpleUploadedFile("ban-moi.pdf", NEW_PDF, content_type="application/pdf")


def png_bytes(colour="red"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), colour).save(buffer, format="PNG")
    return buffer.getvalue()


ORIGINAL_PNG = png_bytes("red")
NEW_PNG = png_bytes("blue")


def new_png():
    return SimpleUploadedFile("anh-moi.png", NEW_PNG, content_type="image/png")


def make_image(owner):
    image = get_image_model()(
        title="Ảnh lễ phát động",
        collection=Collection.get_first_root_node(),
        uploaded_by_user=owner,
        file=ImageFile(io.BytesIO(ORIGINAL_PNG), name="anh-goc.png"),
    )
    image.save()
    return image


def make_document(owner):
    document = get_document_model()(
        title="Quyết định bản ký số",
        collection=Collection.get_first_root_node(),
        uploaded_by_user=owner,
    )
    document.file.save("ban-goc.pdf", io.BytesIO(ORIGINAL_PDF), save=False)
    document.save()
    return document


def stored_bytes(obj):
    obj.refresh_from_db()
    with obj.file.open("rb") as handle:
        return handle.read()
