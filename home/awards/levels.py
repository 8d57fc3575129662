"""District honours ended with the districts: a decision dated on or after 1 July 2025
cannot grant a "Cấp huyện" award. The decision's admin form and the award importer
both ask `district_rows`, so the editor and the import refuse the same rows."""

import re

from django.utils.translation import gettext as _

from home.models.snippets import TWO_LEVEL_GOVERNMENT_FROM, AwardLevel
from search.text import normalize

# An award the catalogue lacks is kept as printed: "Giấy khen của Chủ tịch UBND huyện".
_DISTRICT_WORD = re.compile(r"\b(?:huyện|quận|thị\s+xã)\b", re.IGNORECASE)


def after_districts(issued_on):
    return issued_on is not None and issued_on >= TWO_LEVEL_GOVERNMENT_FROM


def is_district(level, award_text):
    """A row's award is a district's: its catalogue level says so, or, not in the
    catalogue, its printed text names a district."""
    if level:
        return level == AwardLevel.DISTRICT
    return bool(_DISTRICT_WORD.search(normalize(award_text or "")))


def district_rows(issued_on, rows):
    """[(position, award text)] of the rows a decision dated `issued_on` cannot hold;
    `rows` gives (position, catalogue level or "", printed award text)."""
    if not after_districts(issued_on):
        return []
    return [(position, text) for position, level, text in rows if is_district(level, text)]


def refusal(issued_on, found):
    """The Vietnamese message that names the refused rows."""
    positions = ", ".join(str(position) for position, _text in found[:10])
    if len(found) > 10:
        positions += ", …"
    return _(
        "Quyết định ngày %(date)s không thể khen thưởng cấp huyện (cấp huyện kết thúc "
        "hoạt động từ ngày 01/7/2025): “%(award)s” ở dòng %(rows)s. Hãy sửa danh sách "
        "hoặc ngày quyết định."
    ) % {
        "date": issued_on.strftime("%d/%m/%Y"),
        "award": found[0][1],
        "rows": positions,
    }
