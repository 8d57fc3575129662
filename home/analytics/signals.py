from django.dispatch import receiver
from wagtail.documents.models import document_served

from home.analytics.counters import get_view_counter
from home.analytics.visitors import is_bot


@receiver(document_served, dispatch_uid="home.analytics.count_download")
def count_download(sender, instance, request, **kwargs):
    """Attachment downloads are served by Django itself, so they are counted here."""
    if is_bot(request):
        return
    get_view_counter().record_download(instance.pk)
