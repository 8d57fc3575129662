"""English status of Vietnamese pages, computed in the database so the report can
filter and paginate it.

A page is "missing" without an English page of the same translation key; "out of
date" when the source it was last synced from (wagtail-localize's
TranslationSource) is older than the Vietnamese page's latest revision; otherwise
"up to date". An English page made without wagtail-localize has no source: its own
latest revision is compared instead.
"""

from django.db import models
from django.db.models import Case, Exists, F, OuterRef, Q, Subquery, Value, When
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

ENGLISH = "en"


class TranslationStatus(models.TextChoices):
    MISSING = "missing", _("Chưa có bản tiếng Anh")
    OUTDATED = "outdated", _("Bản tiếng Anh đã cũ")
    UP_TO_DATE = "up-to-date", _("Bản tiếng Anh đã cập nhật")


def source_pages():
    """Pages in the site's default language (Vietnamese), without the tree root."""
    return Page.objects.filter(locale=Locale.get_default(), depth__gt=1)


def _english_pages():
    return Page.objects.filter(
        locale__language_code=ENGLISH, translation_key=OuterRef("translation_key")
    )


def without_english(pages):
    """`pages` that have no English page at all."""
    return pages.exclude(Exists(_english_pages()))


def with_translation_status(pages):
    """`pages` annotated with `translation_status` and the dates it is based on."""
    synced = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"), locale_id=OuterRef("locale_id")
    ).values("last_updated_at")[:1]
    return pages.annotate(
        has_english=Exists(_english_pages()),
        source_synced_at=Subquery(synced),
        english_revised_at=Subquery(_english_pages().values("latest_revision_created_at")[:1]),
    ).annotate(
        translation_status=Case(
            When(has_english=False, then=Value(TranslationStatus.MISSING.value)),
            When(
                Q(source_synced_at__lt=F("latest_revision_created_at"))
                | Q(
                    source_synced_at__isnull=True,
                    english_revised_at__lt=F("latest_revision_created_at"),
                ),
                then=Value(TranslationStatus.OUTDATED.value),
            ),
            default=Value(TranslationStatus.UP_TO_DATE.value),
            output_field=models.CharField(),
        )
    )
