"""The award decisions an exemplary profile appears in: found on the decisions' rows
by the profile's folded name (and unit, where it has one), and corrected by editors
who confirm or hide a decision on the profile's edit form."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from home.awards.lookup import NEWEST_FIRST, public_rows, with_decisions
from home.awards.models import AwardDecisionPage
from home.awards.names import folded_key
from home.profiles.models import ModelProfilePage


class ProfileAwardLink(Orderable):
    """An editor's word on one award decision for one profile (the "Quyết định khen
    thưởng" panel of the profile's edit form): shown confirms a decision the
    automatic match misses (the unit spelled otherwise), hidden removes a namesake."""

    profile = ParentalKey(ModelProfilePage, on_delete=models.CASCADE, related_name="award_links")
    decision = models.ForeignKey(
        AwardDecisionPage,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("quyết định khen thưởng"),
    )
    shown = models.BooleanField(
        _("hiện trên trang điển hình"),
        default=True,
        help_text=_(
            "Bỏ chọn để ẩn một quyết định khen thưởng người trùng tên; giữ chọn để xác nhận "
            "một quyết định mà trang không tự tìm thấy."
        ),
    )

    panels = [FieldPanel("decision"), FieldPanel("shown")]

    class Meta(Orderable.Meta):
        verbose_name = _("quyết định khen thưởng")
        verbose_name_plural = _("quyết định khen thưởng")
        constraints = [
            models.UniqueConstraint(
                fields=["profile", "decision"], name="unique_profile_award_link"
            )
        ]


def profile_award_rows(profile):
    """One row per public decision naming `profile` (newest first): rows whose folded
    name is the profile's title, of the same kind, and within its unit where it has
    one, plus the confirmed decisions, less the hidden ones. One query."""
    links = ProfileAwardLink.objects.filter(profile_id=profile.pk)
    confirmed = links.filter(shown=True).values("decision_id")
    hidden = links.filter(shown=False).values("decision_id")
    name = folded_key(profile.title)
    match = Q(name_folded=name, kind=profile.kind)
    if profile.unit:
        match &= Q(detail_folded__contains=folded_key(profile.unit))
    rows = with_decisions(
        public_rows()
        .filter(match | Q(decision_id__in=confirmed, name_folded=name))
        .exclude(decision_id__in=hidden)
        .order_by(NEWEST_FIRST, "-decision_id", "order")
    )
    found = {}
    for row in rows[:200]:
        found.setdefault(row.decision_id, row)
    return list(found.values())
