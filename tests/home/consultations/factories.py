"""Consultation pages with their candidates, built as an editor would publish them."""

import datetime as dt

from django.utils import timezone

from home.models import ConsultationCandidate, ConsultationIndexPage, ConsultationPage, ProfileKind


def make_index(parent, slug="lay-y-kien-nhan-dan"):
    index = ConsultationIndexPage(title="Lấy ý kiến Nhân dân", slug=slug)
    parent.add_child(instance=index)
    index.save_revision().publish()
    return index


def make_consultation(index, slug, title=None, opens_on=None, closes_on=None, names=None):
    """Published under `index`; open from three days ago for three weeks unless told."""
    today = timezone.localdate()
    page = ConsultationPage(
        title=title or f"Lấy ý kiến {slug}",
        slug=slug,
        opens_on=opens_on or today - dt.timedelta(days=3),
        closes_on=closes_on or today + dt.timedelta(days=18),
        comment_address="bantdkt@example.invalid",
    )
    for order, name in enumerate(names or ["Nguyễn Thị Lan", "Hợp tác xã Hòa Bình"]):
        kind = ProfileKind.COLLECTIVE if name.startswith("Hợp tác xã") else ProfileKind.INDIVIDUAL
        page.candidates.add(
            ConsultationCandidate(sort_order=order, kind=kind, name=name, detail="Xã Hòa Bình")
        )
    index.add_child(instance=page)
    page.save_revision().publish()
    return page
