from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.documents.models import document_served

from home.analytics import totals
from home.analytics.counters import get_view_counter
from home.analytics.visitors import is_bot
from home.models.analytics import DailyPageViews

# Rows saved through the ORM (admin, fixtures, tests) keep the totals right too; the
# upsert in `storage` adds to them itself.
post_save.connect(totals.daily_row_saved, sender=DailyPageViews, dispatch_uid="views-totals-save")
post_delete.connect(
    totals.daily_row_deleted, sender=DailyPageViews, dispatch_uid="views-totals-delete"
)


@receiver(document_served, dispatch_uid="home.analytics.count_download")
def count_download(sender, instance, request, **kwargs):
    """Attachment downloads are served by Django itself, so they are counted here."""
    if is_bot(request):
        return
    get_view_counter().record_download(instance.pk)
