"""/media/ when Django serves it (SERVE_MEDIA): Django's static view, with the
charset of text attachments in their Content-Type.

Uploaded text is UTF-8 (portal/uploads.py refuses any other encoding), but
`mimetypes` only knows "text/plain", and a browser then guesses the encoding and
shows Vietnamese garbled. WAGTAILDOCS_CONTENT_TYPES gives Wagtail's document view
the full type; this view takes the same from there."""

from pathlib import PurePosixPath

from django.conf import settings
from django.views.static import serve


def serve_media(request, path):
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    extension = PurePosixPath(path).suffix.lower().lstrip(".")
    content_type = settings.WAGTAILDOCS_CONTENT_TYPES.get(extension)
    if content_type and response.status_code == 200:
        response["Content-Type"] = content_type
    return response
