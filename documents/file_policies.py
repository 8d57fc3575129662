"""Deleting a document or image used by a live page removes it from the public page
at once (attachment rows cascade), so "delete" on such an object needs publish
permission on those pages (the rule of documents.replacement). These permission
policies make every deletion route agree — the delete views, the multiple-upload
delete and the bulk delete — and hide the delete buttons.
"""

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy
from wagtail.permissions import register_permission_policy

from documents import replacement


class LiveUseGuardedPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's policy for documents and images, except that "delete" is refused
    while the object is used by a live page the user may not publish."""

    def user_has_any_permission_for_instance(self, user, actions, instance):
        others = [action for action in actions if action != "delete"]
        if others and super().user_has_any_permission_for_instance(user, others, instance):
            return True
        if "delete" not in actions:
            return False
        return self.may_delete_regardless_of_use(user, instance) and not (
            replacement.pages_blocking(user, instance)
        )

    def may_delete_regardless_of_use(self, user, instance):
        return super().user_has_any_permission_for_instance(user, ["delete"], instance)


def register_policies():
    """Registered for the exact models, which wins over the policies Wagtail's apps
    register for them (called from DocumentsConfig.ready, before theirs)."""
    register_permission_policy(
        get_document_model(),
        LiveUseGuardedPolicy(
            get_document_model(),
            auth_model="wagtaildocs.Document",
            owner_field_name="uploaded_by_user",
        ),
        exact_class=True,
    )
    register_permission_policy(
        get_image_model(),
        LiveUseGuardedPolicy(
            get_image_model(),
            auth_model="wagtailimages.Image",
            owner_field_name="uploaded_by_user",
        ),
        exact_class=True,
    )
