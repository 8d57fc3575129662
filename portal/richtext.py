"""Rich text is cleaned when it is saved, whatever wrote it.

The Draftail editor already keeps only whitelisted markup, but rich text also
arrives from importers, scripts, the shell and raw StreamField JSON; those must not
be able to store a script or an event handler that every reader's browser would then
run. One nh3 policy keeps the markup Wagtail's database format uses (links and
embeds by `linktype`/`embedtype` and id) and drops everything else. It is applied
to every RichTextField by a pre_save signal and to every StreamField's rich text by
the two block classes below, which every StreamField in the project must use.
"""

import re

import nh3
from django.db.models.signals import pre_save
from wagtail import blocks
from wagtail.fields import RichTextField
from wagtail.rich_text import RichText

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


class SanitisedRichTextBlock(blocks.RichTextBlock):
    """Wagtail's rich text block, cleaned on its way into and out of the stored form.

    `to_python` covers raw JSON written by a script or an import (and anything
    stored before this block existed, when it is rendered); `get_prep_value`
    covers a value built in Python or posted by the editor.
    """

    def to_python(self, value):
        return RichText(value and sanitise(value))

    def get_prep_value(self, value):
        return value.source and sanitise(value.source)


class SanitisedStreamBlock(blocks.StreamBlock):
    """A stream whose children all pass their block's conversion before storage.

    Wagtail keeps the children of a stream read from JSON raw until they are looked
    at, and writes untouched raw children back as they came, so rich text assigned
    as JSON (`page.body = [...]`, a revision's content) would skip the rich text
    block. Visiting each child converts it through `to_python`, which cleans it.
    """

    def get_prep_value(self, value):
        for _child in value or ():
            pass
        return super().get_prep_value(value)


def sanitise_rich_text_fields(sender, instance, raw=False, **kwargs):
    if raw:
        return
    for field in sender._meta.concrete_fields:
        if isinstance(field, RichTextField):
            value = getattr(instance, field.attname)
            if value:
                setattr(instance, field.attname, sanitise(value))


def sanitise_revision_content(model, content):
    """`content` (a revision's data for a `model` object) with its RichTextFields
    cleaned. StreamFields are cleaned when the revision is built, by the blocks."""
    cleaned = dict(content)
    for field in model._meta.concrete_fields:
        if isinstance(field, RichTextField) and cleaned.get(field.name):
            cleaned[field.name] = sanitise(cleaned[field.name])
    return cleaned


def sanitise_revisions(sender, instance, raw=False, **kwargs):
    # Fixtures (restore_site's loaddata) are saved raw, before the content types
    # they name may exist: their content is taken as it was backed up.
    if raw or not instance.content_type_id:
        return
    model = instance.content_type.model_class()
    if model is None or not isinstance(instance.content, dict):
        return
    instance.content = sanitise_revision_content(model, instance.content)


def connect():
    # Imported here: the blocks above are imported while the models are defined.
    from wagtail.models import Revision

    pre_save.connect(sanitise_rich_text_fields, dispatch_uid="portal.richtext.sanitise")
    pre_save.connect(
        sanitise_revisions, sender=Revision, dispatch_uid="portal.richtext.sanitise_revisions"
    )
