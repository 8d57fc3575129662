"""Admin actions on the recognised text of one file: re-run recognition (optionally
overwriting an editor's correction) and read its status as JSON for polling."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from wagtail.documents import get_document_model
from wagtail.permissions import policy_registry

from documents.models.files import TextStatus
from documents.recognition.jobs import schedule


def _document_for(request, document_id, action):
    document = get_object_or_404(get_document_model(), pk=document_id)
    policy = policy_registry.get_by_type(get_document_model())
    if not policy.user_has_permission_for_instance(request.user, action, document):
        raise PermissionDenied
    return document


def _back(document):
    return redirect(reverse("wagtaildocs:edit", args=[document.pk]))


@require_POST
def rerun(request, document_id):
    """Queue the file for recognition again. The button sits inside the document's
    edit form (formaction), so the form's CSRF token comes with it; the edit fields
    posted alongside are ignored."""
    document = _document_for(request, document_id, "change")
    overwrite = request.POST.get("overwrite_correction") == "1"
    if not document.recognisable:
        messages.error(request, _("Chỉ nhận dạng được tệp PDF hoặc ảnh (JPG, PNG, TIFF)."))
        return _back(document)
    type(document).objects.filter(pk=document.pk).update(
        text_status=TextStatus.WAITING, text_pages_done=0, text_pages=0, text_error=""
    )
    schedule(document, overwrite_correction=overwrite)
    if overwrite:
        messages.success(request, _("Đã xếp tệp vào hàng chờ nhận dạng; bản sửa tay sẽ bị ghi đè."))
    else:
        messages.success(request, _("Đã xếp tệp vào hàng chờ nhận dạng."))
    return _back(document)


@require_GET
def status(request, document_id):
    """The status of a file's text, for the pages that poll it."""
    document = _document_for(request, document_id, "change")
    return JsonResponse(
        {
            "status": document.text_status,
            "label": document.text_status_label,
            "pages_done": document.text_pages_done,
            "pages": document.text_pages,
            "corrected": document.text_corrected,
        }
    )
