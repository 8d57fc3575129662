"""Generated award decisions and their lists of awardees, for the look-up's load tests.

`--awards N` asks for N rows in all. The rows are spread over decisions whose sizes
are drawn, decision by decision, from the seed, so the plan for N rows is the first
decisions of one fixed sequence; the last one planned may be cut short and is
completed when a later run asks for more. A decision's rows are drawn from its own
random generator, so row 30 of decision 12 is the same whichever run wrote it.

Everything is named as after 1 July 2025 (tỉnh, xã/phường, no huyện): units from
the generated vocabulary, the award from the Award snippet (never a huyện-level one),
years 2015–2026. A pool of recurring people makes some individuals appear on several
decisions with the same name and unit, as a person honoured year after year does.
"""

import datetime

from django.utils.text import slugify

from documents.choices import DocumentStatus, DocumentType, SignerCapacity
from home.demo.load_data import phrases
from home.demo.load_data import vocabulary as words
from home.demo.load_data.content import commune_name, page_random, person_name
from home.models.snippets import AwardLevel
from home.profiles.models import ProfileKind
from search.text import fold

FIRST_YEAR = 2015
LAST_YEAR = 2026
# (lowest, highest) rows of a decision and how often a decision has that many: most
# lists are short, the year-end lists of a large department run to hundreds.
SIZE_BANDS = (((3, 20), 45), ((20, 80), 40), ((80, 400), 13), ((400, 1500), 2))
RECURRING_PEOPLE = 800
RECURRING_SHARE = 0.2
ACHIEVEMENT_SHARE = 0.4
PERIOD_SHARE = 0.15
SOURCE = "generate_load_data"
# Generated decisions' slugs end in "-kt-" and six digits, which tells them apart
# from the generated documents beside them in the archive.
SLUG_MARK = "-kt-"
LEVEL_WEIGHTS = {
    AwardLevel.PROVINCE: 6,
    AwardLevel.GRASSROOTS: 3,
    AwardLevel.MINISTRY: 1,
    AwardLevel.NATIONAL: 1,
    AwardLevel.STATE: 1,
}
# Folded words of award names given to one kind only.
COLLECTIVE_ONLY = ("tap the", "co thi dua")
INDIVIDUAL_ONLY = ("chien si", "lao dong tien tien")


def decision_size(seed, ordinal):
    rng = page_random(seed, "award-size", ordinal)
    bands = [band for band, _weight in SIZE_BANDS]
    low, high = rng.choices(bands, weights=[weight for _band, weight in SIZE_BANDS])[0]
    return rng.randint(low, high)


def plan(seed, wanted):
    """[(ordinal, rows)] of the decisions holding the first `wanted` rows."""
    planned, start, ordinal = [], 0, 0
    while start < wanted:
        size = decision_size(seed, ordinal)
        planned.append((ordinal, min(size, wanted - start)))
        start += size
        ordinal += 1
    return planned


def slug_for(title, ordinal):
    return f"{slugify(fold(title))[:50].strip('-')}{SLUG_MARK}{ordinal:06d}"


def usable_awards(awards):
    """The catalogue's awards a provincial decision of today can grant: not those of
    a level that no longer exists (huyện)."""
    return [
        award
        for award in awards
        if award.level != AwardLevel.DISTRICT and "huyen" not in fold(award.name)
    ]


def kinds_for(award):
    """The kinds of awardee the award is given to."""
    name = fold(award.name)
    if any(word in name for word in COLLECTIVE_ONLY):
        return (ProfileKind.COLLECTIVE,)
    if any(word in name for word in INDIVIDUAL_ONLY):
        return (ProfileKind.INDIVIDUAL,)
    return (ProfileKind.COLLECTIVE, ProfileKind.INDIVIDUAL)


def _issued_on(rng, year, today):
    start = datetime.date(year, 1, 1)
    last = min(datetime.date(year, 12, 31), today)
    return start + datetime.timedelta(days=rng.randint(0, max(0, (last - start).days)))


def decision(seed, ordinal, awards, province_body, departments, today):
    """The page fields of generated decision `ordinal` and what its rows share:
    {"fields", "award", "kinds", "year", "period", "movement", "achievements"}."""
    rng = page_random(seed, "award-decision", ordinal)
    years = list(range(FIRST_YEAR, min(LAST_YEAR, today.year) + 1))
    year = rng.choices(years, weights=[year - FIRST_YEAR + 4 for year in years])[0]
    award = rng.choices(awards, weights=[LEVEL_WEIGHTS.get(a.level, 1) for a in awards])[0]
    kinds = kinds_for(award)
    period = f"{year - 4} – {year}" if rng.random() < PERIOD_SHARE else ""
    movement = rng.choice(phrases.MOVEMENTS)
    whom = {
        (ProfileKind.COLLECTIVE,): "các tập thể",
        (ProfileKind.INDIVIDUAL,): "các cá nhân",
    }.get(kinds, "các tập thể và cá nhân")
    when = f"giai đoạn {period}" if period else f"năm {year}"
    subject = (
        f"tặng {award.name} cho {whom} đã có thành tích xuất sắc trong phong trào thi đua "
        f"“{movement}” {when}"
    )
    grassroots = award.level == AwardLevel.GRASSROOTS and departments
    body = rng.choice(departments) if grassroots else province_body
    issued_on = _issued_on(rng, year, today)
    serial = rng.randint(1, 3500)
    fields = {
        "title": f"Quyết định về việc {subject}"[:250],
        "number": f"{serial}/QĐ-{body.short_code}",
        "document_type": DocumentType.DECISION,
        "subject": f"Về việc {subject}",
        "issuing_body": body,
        "place_of_issue": "Sông Xanh",
        "issued_on": issued_on,
        "effective_on": issued_on,
        "status": DocumentStatus.IN_FORCE.value,
        "signer_capacity": SignerCapacity.DEPUTY.value if rng.random() < 0.6 else "",
        "signer_title": "Phó Giám đốc" if grassroots else "Phó Chủ tịch",
        "signer_name": person_name(rng),
        "legal_bases": "\n".join(phrases.LEGAL_BASES[1:3]),
        "recipients": "Như Điều 3;\nLưu: VT, BTĐKT.",
        "body": [],
    }
    return {
        "fields": fields,
        "award": award,
        "kinds": kinds,
        "year": year,
        "period": period,
        "movement": movement,
        "achievements": rng.random() < ACHIEVEMENT_SHARE,
    }


DEPARTMENTS = [name for name, _code, level in words.EXTRA_BODIES if level == "so-nganh"]


def unit_name(rng):
    department = rng.choice(DEPARTMENTS)
    return rng.choice(words.AWARD_UNITS).format(commune=commune_name(rng), department=department)


def recurring_person(seed, number):
    """(name, position and unit) of one of the people honoured on several decisions."""
    rng = page_random(seed, "award-person", number)
    return person_name(rng), f"{rng.choice(words.AWARD_POSITIONS)}, {unit_name(rng)}"


def _person(rng, seed):
    if rng.random() < RECURRING_SHARE:
        return recurring_person(seed, rng.randrange(RECURRING_PEOPLE))
    honorific = rng.choice(["", "", "", "Ông ", "Bà "])
    return honorific + person_name(rng), f"{rng.choice(words.AWARD_POSITIONS)}, {unit_name(rng)}"


def _collective(rng):
    unit = unit_name(rng)
    if rng.random() < 0.3:
        return f"Phòng Văn hóa – Xã hội, {unit}", ""
    return unit, ""


def rows(seed, ordinal, size, plan_of_decision):
    """The `size` rows of decision `ordinal` as field dicts, in list order."""
    rng = page_random(seed, "award-rows", ordinal)
    kinds = plan_of_decision["kinds"]
    if len(kinds) == 2 and size > 1:
        collectives = max(1, round(size * rng.uniform(0.1, 0.4)))
        layout = [(ProfileKind.COLLECTIVE, "I. TẬP THỂ")] * collectives + [
            (ProfileKind.INDIVIDUAL, "II. CÁ NHÂN")
        ] * (size - collectives)
    else:
        layout = [(kinds[-1], "")] * size
    award = plan_of_decision["award"]
    year = plan_of_decision["year"]
    listed = []
    for order, (kind, section) in enumerate(layout, start=1):
        if kind == ProfileKind.INDIVIDUAL:
            name, detail = _person(rng, seed)
        else:
            name, detail = _collective(rng)
        achievement = ""
        if plan_of_decision["achievements"]:
            achievement = (
                f"Đã có thành tích xuất sắc trong phong trào “{rng.choice(phrases.MOVEMENTS)}”"
                f" năm {year}"
            )
        listed.append(
            {
                "kind": kind,
                "name": name,
                "detail": detail,
                "award_id": award.pk,
                "award_text": award.name,
                "year": year,
                "period": plan_of_decision["period"] or str(year),
                "achievement": achievement,
                "section": section,
                "order": order,
                "source": SOURCE,
            }
        )
    return listed
