"""Rich text is cleaned when it is saved, whatever wrote it.

The Draftail editor already keeps only whitelisted markup, but rich text also
arrives from importers, scripts and the shell; those must not be able to store a
script or an event handler that every reader's browser would then run. nh3 keeps
the markup Wagtail's database format uses and drops everything else.
"""

import re

import nh3
from django.db.models.signals import pre_save
from wagtail.fields import RichTextField

TAGS = {
    "p",
    "br",
    "hr",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "b",
    "strong",
    "i",
    "em",
    "u",
    "s",
    "sub",
    "sup",
    "code",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "embed",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "caption",
}
ATTRIBUTES = {
    "a": {"href", "linktype", "id"},
    "embed": {"embedtype", "id", "format", "alt", "url"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
}
# Wagtail finds its embeds only in the self-closing form, which nh3 does not write.
_EMBED = re.compile(r"<embed(\b[^>]*?)/?>")


def sanitise(html):
    cleaned = nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, link_rel=None)
    return _EMBED.sub(r"<embed\1/>", cleaned)


def sanitise_rich_text_fields(sender, instance, raw=False, **kwargs):
    if raw:
        return
    for field in sender._meta.concrete_fields:
        if isinstance(field, RichTextField):
            value = getattr(instance, field.attname)
            if value:
                setattr(instance, field.attname, sanitise(value))


def connect():
    pre_save.connect(sanitise_rich_text_fields, dispatch_uid="portal.richtext.sanitise")
