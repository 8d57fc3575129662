"""Building admin page-form POST data the way the browser would send it."""

from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield


def list_block(values):
    data = {
        str(index): {"value": value, "deleted": "", "order": str(index), "id": ""}
        for index, value in enumerate(values)
    }
    data["count"] = str(len(values))
    return data


def add_page_data(client, model, parent, fields, streams=None):
    """GET the admin "add page" form, keep every default it renders, fill in
    `fields` and the StreamField values in `streams` (which the admin builds in
    JavaScript, so they are absent from the HTML)."""
    url = reverse(
        "wagtailadmin_pages:add",
        args=(model._meta.app_label, model._meta.model_name, parent.pk),
    )
    html = client.get(url).content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    data = {key: data.getlist(key)[-1] for key in data}
    data.update(fields)
    streams = {name: streamfield(value) for name, value in (streams or {}).items()}
    data.update(nested_form_data(streams))
    data["action-publish"] = "action-publish"
    return url, data
