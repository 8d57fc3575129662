"""Daily view counts: one row per page (or document) and day.

Rows are only ever added to through the upsert in `home.analytics.storage`, so that
concurrent writers and the Redis flush add to a count instead of overwriting it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model_string
from wagtail.models import Page


class DailyPageViews(models.Model):
    page = models.ForeignKey(
        Page, verbose_name=_("trang"), on_delete=models.CASCADE, related_name="+"
    )
    day = models.DateField(_("ngày"))
    views = models.PositiveIntegerField(_("lượt xem"), default=0)

    class Meta:
        verbose_name = _("lượt xem trang theo ngày")
        verbose_name_plural = _("lượt xem trang theo ngày")
        constraints = [
            models.UniqueConstraint(fields=["page", "day"], name="home_dailypageviews_page_day")
        ]
        # "Most viewed" sums a range of days for every page: day first serves it.
        indexes = [models.Index(fields=["day", "page"], name="home_dailypageviews_day_page")]

    def __str__(self):
        return f"{self.page_id} {self.day}: {self.views}"


class PageViewTotals(models.Model):
    """Each page's views over the last 7 days, the last 30 days and all time, as of
    the day `as_of`: "most viewed" reads its top rows through an index instead of
    summing a year of daily rows for every page.

    Kept in step with the daily table by `home.analytics.totals` (every write adds to
    it; the windows move on once a day)."""

    page = models.OneToOneField(
        Page,
        verbose_name=_("trang"),
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    as_of = models.DateField(_("tính đến ngày"))
    views_7 = models.PositiveIntegerField(_("lượt xem 7 ngày"), default=0)
    views_30 = models.PositiveIntegerField(_("lượt xem 30 ngày"), default=0)
    views_all = models.PositiveIntegerField(_("tổng lượt xem"), default=0)

    class Meta:
        verbose_name = _("tổng lượt xem của trang")
        verbose_name_plural = _("tổng lượt xem của trang")
        # One per ranking, in its order, so the top ten are the first index entries.
        indexes = [
            models.Index(fields=["-views_7", "page"], name="home_pageviewtotals_week"),
            models.Index(fields=["-views_30", "page"], name="home_pageviewtotals_month"),
            models.Index(fields=["-views_all", "page"], name="home_pageviewtotals_all"),
            models.Index(fields=["as_of"], name="home_pageviewtotals_as_of"),
        ]

    def __str__(self):
        return f"{self.page_id}: {self.views_7}/{self.views_30}/{self.views_all}"


class DailyDocumentDownloads(models.Model):
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("tài liệu"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    day = models.DateField(_("ngày"))
    downloads = models.PositiveIntegerField(_("lượt tải"), default=0)

    class Meta:
        verbose_name = _("lượt tải tài liệu theo ngày")
        verbose_name_plural = _("lượt tải tài liệu theo ngày")
        constraints = [
            models.UniqueConstraint(
                fields=["document", "day"], name="home_dailydocumentdownloads_document_day"
            )
        ]

    def __str__(self):
        return f"{self.document_id} {self.day}: {self.downloads}"


class ActiveVisitor(models.Model):
    """Visitors seen in the last minutes, for "online now" without Redis.

    `visitor` is a salted hash (the salt changes daily and lives only in the cache),
    never an IP address; rows older than the online window are pruned on write.
    """

    visitor = models.CharField(_("khách (đã băm)"), max_length=64, unique=True)
    last_seen = models.DateTimeField(_("lần cuối"), db_index=True)

    class Meta:
        verbose_name = _("khách đang truy cập")
        verbose_name_plural = _("khách đang truy cập")

    def __str__(self):
        return self.visitor
