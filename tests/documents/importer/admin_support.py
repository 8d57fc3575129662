"""The admin import view as the tests drive it: post the source, read the preview's
fields back as a browser would send them."""

import re

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

from tests.factories import UserFactory

URL = "/admin/documents/import/"


def preview(client, **data):
    return client.post(URL, {"step": "preview", **data})


def field_value(html, field_id):
    """The value of an input or the text of a textarea, by id."""
    match = re.search(rf'<input[^>]*id="{field_id}"[^>]*>', html)
    if match:
        value = re.search(r'value="([^"]*)"', match.group(0))
        return value.group(1) if value else ""
    match = re.search(rf'<textarea[^>]*id="{field_id}"[^>]*>\n?(.*?)</textarea>', html, re.S)
    return match.group(1) if match else None


def selected_value(html, field_id):
    select = re.search(rf'<select[^>]*id="{field_id}".*?</select>', html, re.S).group(0)
    return re.search(r'<option value="([^"]*)"[^>]*selected', select).group(1)


def preview_data(html):
    """The preview form's fields as the browser would send them back."""
    fields = [
        "number", "title", "issuing_body", "issuing_place", "issued_on",
        "signer_title", "signer_name", "legal_bases", "recipients", "structure",
    ]  # fmt: skip
    data = {name: field_value(html, f"id_{name}") for name in fields}
    data["document_type"] = selected_value(html, "id_document_type")
    data["signer_capacity"] = selected_value(html, "id_signer_capacity")
    data["parent"] = selected_value(html, "id_parent")
    data["step"] = "create"
    return {key: value.replace("&#x27;", "'").replace("&quot;", '"') for key, value in data.items()}


def log_in_as_importer(client, archive):
    """Log `client` in as a user who may add pages under `archive` and nothing more
    (no right to add issuing bodies)."""
    group = Group.objects.create(name="Nhập văn bản thử")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=archive, permission=Permission.objects.get(codename="add_page")
    )
    user = UserFactory()
    user.groups.add(group)
    client.force_login(user)
    return user
