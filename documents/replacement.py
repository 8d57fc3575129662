"""Files used by live pages change only through someone who may publish those pages.

A document's or image's file is part of every page that shows it: replacing it (or
deleting the document, which also removes the attachment rows) changes what the
public sees without a revision or the approval workflow. So the one rule kept here,
used by the admin forms (documents.forms), the permission policies
(documents.file_policies) and the delete views (documents.delete_views): a user may
replace or delete a file only if they may publish every live page that uses it.
Editors are told to upload a new file and attach it in the page, which then goes
through the workflow as any other edit.

Which pages use a file comes from Wagtail's ReferenceIndex: it records foreign keys,
StreamField chooser blocks and rich-text links of each page, inline (ParentalKey)
rows such as attachments under their page. A live page's row holds its published
content (drafts live in revisions), so a file used only by a draft does not block.
"""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Page, ReferenceIndex

REPLACE_DOCUMENT_ACTION = "documents.replace_document_file"
REPLACE_IMAGE_ACTION = "documents.replace_image_file"

# Log action → (label, message shown in a page's history).
LOG_ACTIONS = {
    REPLACE_DOCUMENT_ACTION: (
        gettext_lazy("Thay tệp tài liệu"),
        gettext_lazy("Thay tệp của tài liệu “%(title)s”"),
    ),
    REPLACE_IMAGE_ACTION: (
        gettext_lazy("Thay tệp ảnh"),
        gettext_lazy("Thay tệp của ảnh “%(title)s”"),
    ),
}


def is_image(obj):
    return isinstance(obj, get_image_model())


def live_pages_using(obj):
    """The live pages whose published content refers to `obj`, in tree order."""
    page_type = ContentType.objects.get_for_model(Page)
    ids = (
        ReferenceIndex.get_references_to(obj)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    )
    page_ids = {int(page_id) for page_id in ids}
    if not page_ids:
        return []
    return list(Page.objects.live().filter(pk__in=page_ids).order_by("path"))


def pages_blocking(user, obj):
    """The live pages using `obj` that `user` may not publish: while there is one,
    `user` may neither replace nor delete the file. Without a user (a form built
    outside the admin) nobody vouches for the change, so every live page blocks."""
    if not obj.pk:
        return []
    if user is None:
        return live_pages_using(obj)
    if user.is_active and user.is_superuser:
        return []
    return [
        page for page in live_pages_using(obj) if not page.permissions_for_user(user).can_publish()
    ]


def _titles(pages):
    return ", ".join(f"“{page.title}”" for page in pages)


def replacement_refusal(obj, pages):
    """Why the file of `obj` cannot be replaced, and what to do instead."""
    if is_image(obj):
        text = _(
            "Không thể thay tệp: ảnh này đang hiển thị trên trang đã xuất bản %(pages)s mà "
            "bạn không có quyền xuất bản, nên tệp mới sẽ công khai ngay mà không qua duyệt. "
            "Hãy tải ảnh mới lên thành một ảnh riêng, chọn ảnh đó trong trang rồi gửi trang "
            "đi duyệt."
        )
    else:
        text = _(
            "Không thể thay tệp: tài liệu này đang được dùng trên trang đã xuất bản "
            "%(pages)s mà bạn không có quyền xuất bản, nên tệp mới sẽ công khai ngay mà "
            "không qua duyệt. Hãy tải tệp mới lên thành một tài liệu mới, gắn tài liệu đó "
            "vào trang rồi gửi trang đi duyệt."
        )
    return text % {"pages": _titles(pages)}


def deletion_refusal(obj, pages):
    """Why `obj` cannot be deleted, and what to do instead."""
    return _(
        "Không thể xoá “%(title)s”: tệp đang được dùng trên trang đã xuất bản %(pages)s mà "
        "bạn không có quyền xuất bản. Hãy bỏ tệp khỏi trang và gửi trang đi duyệt; khi "
        "trang đã được xuất bản lại, tệp có thể được xoá."
    ) % {"title": obj.title, "pages": _titles(pages)}


def log_replacement(user, obj, old_name):
    """Record the new file in the history of every live page that shows it."""
    action = REPLACE_IMAGE_ACTION if is_image(obj) else REPLACE_DOCUMENT_ACTION
    data = {
        "title": obj.title,
        "id": obj.pk,
        "old_file": old_name,
        "new_file": obj.file.name,
    }
    for page in live_pages_using(obj):
        log(instance=page, action=action, user=user, data=data)
