"""Clean the rich text already stored, with the policy new saves go through.

Rich text saved before the StreamField blocks were sanitised, or written around
the model layer (`QuerySet.update`, SQL), can still hold a script. This rewrites
every RichTextField and every StreamField holding rich text, and the same fields
inside revisions, wherever cleaning changes them; everything else is untouched.
"""

import copy
import json

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Revision

from portal.richtext import sanitise


def _holds_rich_text(block):
    if isinstance(block, blocks.RichTextBlock):
        return True
    children = list(getattr(block, "child_blocks", {}).values())
    if isinstance(block, blocks.ListBlock):
        children = [block.child_block]
    return any(_holds_rich_text(child) for child in children)


def rich_text_fields(fields):
    return [
        field
        for field in fields
        if isinstance(field, RichTextField)
        or (isinstance(field, StreamField) and _holds_rich_text(field.stream_block))
    ]


def _cleaned_stream(field, stored):
    """The cleaned stored form of `stored` (a StreamField's JSON data, or its
    double-serialised string inside a revision), or None when already clean."""
    data = json.loads(stored) if isinstance(stored, str) else stored
    cleaned = field.get_prep_value(field.to_python(copy.deepcopy(data)))
    if cleaned == data:
        return None
    return json.dumps(cleaned, cls=field.json_field.encoder) if isinstance(stored, str) else cleaned


def _cleaned(field, stored):
    if not stored:
        return None
    if isinstance(field, RichTextField):
        cleaned = sanitise(stored)
        return cleaned if cleaned != stored else None
    return _cleaned_stream(field, stored)


class Command(BaseCommand):
    help = _("Làm sạch văn bản định dạng đã lưu trong trang và phiên bản.")

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help=_("Chỉ đếm, không ghi gì vào cơ sở dữ liệu.")
        )

    def handle(self, *args, dry_run=False, **options):
        objects = 0
        revisions = 0
        models = []
        for model in apps.get_models():
            if rich_text_fields(model._meta.concrete_fields):
                models.append(model)
            fields = rich_text_fields(model._meta.local_concrete_fields)
            if fields:
                objects += self._clean_objects(model, fields, dry_run)
        if models:
            revisions = self._clean_revisions(models, dry_run)
        self.stdout.write(
            _("Đã làm sạch %(objects)d bản ghi và %(revisions)d phiên bản.")
            % {"objects": objects, "revisions": revisions}
        )

    def _clean_objects(self, model, fields, dry_run):
        # Read the stored JSON itself: a loaded StreamField would already clean on read.
        names = [field.attname for field in fields]
        count = 0
        rows = model._base_manager.values_list("pk", *names)
        for pk, *stored in rows.iterator():
            changes = {}
            for field, value in zip(fields, stored, strict=True):
                raw = value.raw_data if isinstance(field, StreamField) else value
                cleaned = _cleaned(field, list(raw) if isinstance(field, StreamField) else raw)
                if cleaned is not None:
                    changes[field.attname] = cleaned
            if changes:
                count += 1
                if not dry_run:
                    model._base_manager.filter(pk=pk).update(**changes)
        return count

    def _clean_revisions(self, models, dry_run):
        types = ContentType.objects.get_for_models(*models)
        by_type = {content_type.pk: model for model, content_type in types.items()}
        count = 0
        for revision in Revision.objects.filter(content_type__in=by_type).iterator():
            fields = rich_text_fields(by_type[revision.content_type_id]._meta.concrete_fields)
            content = dict(revision.content)
            changed = False
            for field in fields:
                cleaned = _cleaned(field, content.get(field.name))
                if cleaned is not None:
                    content[field.name] = cleaned
                    changed = True
            if changed:
                count += 1
                if not dry_run:
                    Revision.objects.filter(pk=revision.pk).update(content=content)
        return count
