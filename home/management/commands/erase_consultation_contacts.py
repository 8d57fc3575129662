"""Erase the phone numbers and e-mail addresses of commenters once their
consultation closed CONSULTATION_CONTACT_RETENTION_DAYS ago (README "Lấy ý kiến
Nhân dân": run it daily from cron). Running it again erases nothing more."""

import datetime as dt

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone
from django.utils.translation import gettext as _

from home.consultations.models import ConsultationComment


def erase_contacts(today=None):
    """The number of comments whose contact was erased now."""
    today = today or timezone.localdate()
    cutoff = today - dt.timedelta(days=settings.CONSULTATION_CONTACT_RETENTION_DAYS)
    return (
        ConsultationComment.objects.filter(consultation__closes_on__lte=cutoff)
        .exclude(contact="")
        .update(contact="")
    )


class Command(BaseCommand):
    help = (
        "Xóa điện thoại, thư điện tử của người góp ý khi đợt lấy ý kiến đã kết thúc quá "
        "CONSULTATION_CONTACT_RETENTION_DAYS ngày."
    )

    def handle(self, *args, **options):
        erased = erase_contacts()
        self.stdout.write(_("Đã xóa thông tin liên hệ của %(count)d ý kiến.") % {"count": erased})
