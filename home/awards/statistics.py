"""Counts of awardees on public award decisions, grouped by the database, and the
geometry of the bar charts the statistics page draws from them (server-side SVG,
so no script and no chart library reaches the reader)."""

import csv
import io
from dataclasses import dataclass

from django.db.models import Count, F, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import gettext as _

from home.awards.lookup import public_rows
from home.models.snippets import AwardLevel
from home.profiles.models import ProfileKind

BAR_HEIGHT = 22
BAR_GAP = 6
LABEL_WIDTH = 260
CHART_WIDTH = 640
# The longest bar leaves room for its count written after it.
BAR_SPACE = CHART_WIDTH - LABEL_WIDTH - 60


@dataclass
class Bar:
    label: str
    count: int
    y: int = 0
    width: int = 0


@dataclass
class Chart:
    key: str
    title: str
    bars: list

    @property
    def height(self):
        return max(len(self.bars), 1) * (BAR_HEIGHT + BAR_GAP)

    @property
    def total(self):
        return sum(bar.count for bar in self.bars)


def _chart(key, title, pairs):
    """A chart of (label, count) pairs with each bar placed and scaled."""
    bars = [Bar(str(label), count) for label, count in pairs]
    largest = max((bar.count for bar in bars), default=0)
    for position, bar in enumerate(bars):
        bar.y = position * (BAR_HEIGHT + BAR_GAP)
        bar.width = max(1, round(BAR_SPACE * bar.count / largest)) if largest else 0
    return Chart(key, title, bars)


def _grouped(rows, field):
    return rows.values_list(field).annotate(n=Count("pk")).order_by(field)


def _by_award(rows):
    """Counts per award: the catalogue's name, or the text as printed where the
    catalogue has no such award yet."""
    named = rows.annotate(
        award_label=Coalesce(F("award__name"), NullIf(F("award_text"), Value("")))
    )
    return sorted(
        ((label or _("Chưa xác định"), n) for label, n in _grouped(named, "award_label")),
        key=lambda pair: -pair[1],
    )


def charts():
    """The four charts: by year, award, level and kind (four GROUP BY queries)."""
    rows = public_rows()
    by_year = [(year, n) for year, n in _grouped(rows, "year") if year is not None]
    by_award = _by_award(rows)
    levels = dict(AwardLevel.choices)
    by_level = [
        (levels.get(level, _("Chưa xác định")), n) for level, n in _grouped(rows, "award__level")
    ]
    kinds = dict(ProfileKind.choices)
    by_kind = [(kinds.get(kind, kind), n) for kind, n in _grouped(rows, "kind")]
    return [
        _chart("year", _("Theo năm"), by_year),
        _chart("award", _("Theo hình thức khen thưởng"), by_award),
        _chart("level", _("Theo cấp khen thưởng"), by_level),
        _chart("kind", _("Theo đối tượng"), by_kind),
    ]


def csv_text(chart_list):
    """Every chart's counts as one CSV: group, value, count."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([_("Nhóm"), _("Giá trị"), _("Số lượt khen thưởng")])
    for chart in chart_list:
        for bar in chart.bars:
            writer.writerow([chart.title, bar.label, bar.count])
    # A byte order mark so that spreadsheet programs read the marks as UTF-8.
    return "\ufeff" + out.getvalue()
