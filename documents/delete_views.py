"""Delete views that say why a document or image used by a live page cannot be
deleted (documents.file_policies refuses it), instead of Wagtail's generic "no
permission" answer.
"""

from django.shortcuts import redirect
from django.urls import path, reverse
from wagtail.admin import messages
from wagtail.documents.views.documents import DeleteView as DocumentDeleteView
from wagtail.images.views.images import DeleteView as ImageDeleteView

from documents import replacement


class ExplainedRefusalMixin:
    """A user who could delete the object but for a live page using it is sent back
    to its edit view with the reason and what to do instead."""

    object_edit_url_name = None

    def dispatch(self, request, *args, **kwargs):
        policy = self.permission_policy
        if policy.may_delete_regardless_of_use(request.user, self.object):
            blocking = replacement.pages_blocking(request.user, self.object)
            if blocking:
                messages.error(request, replacement.deletion_refusal(self.object, blocking))
                return redirect(reverse(self.object_edit_url_name, args=(self.object.pk,)))
        return super().dispatch(request, *args, **kwargs)


class GuardedDocumentDeleteView(ExplainedRefusalMixin, DocumentDeleteView):
    object_edit_url_name = "wagtaildocs:edit"


class GuardedImageDeleteView(ExplainedRefusalMixin, ImageDeleteView):
    object_edit_url_name = "wagtailimages:edit"


def delete_urls():
    """The same paths as Wagtail's delete views (documents' hooks come first, so
    these are the ones resolved; Wagtail's URL names still reverse to them)."""
    return [
        path(
            "documents/delete/<int:document_id>/",
            GuardedDocumentDeleteView.as_view(),
            name="documents_guarded_delete",
        ),
        path(
            "images/<int:image_id>/delete/",
            GuardedImageDeleteView.as_view(),
            name="images_guarded_delete",
        ),
    ]
