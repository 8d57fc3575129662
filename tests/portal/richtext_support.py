"""Hostile rich text and the checks that read it back from the database and pages."""

import json
from html.parser import HTMLParser

from django.db import connection

SCRIPT = "<script>alert(1)</script>"
HANDLER = "<img src=x onerror=alert(1)>"
JAVASCRIPT_LINK = '<a href="javascript:alert(1)">x</a>'
PAYLOAD = f"<p>Thi đua {SCRIPT}{HANDLER}{JAVASCRIPT_LINK}</p>"


class _Harm(HTMLParser):
    """Collects markup a browser would run: script elements holding the payload,
    event-handler attributes and javascript:/data: addresses."""

    def __init__(self):
        super().__init__()
        self.found = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self._in_script = tag == "script"
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"{tag} {name}")
            if name in {"href", "src"} and (value or "").strip().lower().startswith(
                ("javascript:", "data:")
            ):
                self.found.append(f"{tag} {name}={value}")

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script and "alert(1)" in data:
            self.found.append("script")


def harm(html):
    parser = _Harm()
    parser.feed(html)
    return parser.found


def text_of(data):
    """Every string inside `data` (JSON, decoded again where a revision holds a
    StreamField as a JSON string), one per line, so `harm` reads the HTML itself."""
    if isinstance(data, str):
        try:
            decoded = json.loads(data)
        except ValueError:
            return data
        return text_of(decoded) if isinstance(decoded, (list, dict)) else data
    if isinstance(data, dict):
        data = list(data.values())
    if isinstance(data, list):
        return "\n".join(text_of(item) for item in data)
    return ""


def stored(model, pk, field_name):
    """A field's text as the database holds it, read past the model layer."""
    field = model._meta.get_field(field_name)
    table = field.model._meta.db_table
    pk_column = field.model._meta.pk.column
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {connection.ops.quote_name(field.column)} FROM "
            f"{connection.ops.quote_name(table)} WHERE {connection.ops.quote_name(pk_column)} = %s",
            [pk],
        )
        (value,) = cursor.fetchone()
    return text_of(value)
