"""The fields of one generated page from a seed and an ordinal.

Each page draws from its own random generator seeded with (seed, kind, ordinal), so
page 70,000 is the same whether the site is built in one run or in several, and the
same seed always gives the same site.
"""

import datetime
import random
import uuid

from django.utils.text import slugify

from documents.choices import TYPE_CODES, DocumentStatus, DocumentType, SignerCapacity
from home.demo.load_data import phrases
from home.demo.load_data import vocabulary as words
from search.text import fold

FIRST_YEAR = 2005
_TYPES = list(phrases.TYPE_WEIGHTS)
_TYPE_WEIGHTS = list(phrases.TYPE_WEIGHTS.values())


def page_random(seed, kind, ordinal):
    return random.Random(f"{seed}:{kind}:{ordinal}")


def block_id(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def slug_for(title, ordinal):
    """A slug unique among the parent's children: the folded title and the ordinal
    (six digits, which also tells generated pages apart from hand-made ones)."""
    return f"{slugify(fold(title))[:60].strip('-')}-{ordinal:06d}"


def person_name(rng):
    return " ".join(
        [
            rng.choice(words.FAMILY_NAMES),
            rng.choice(words.MIDDLE_NAMES),
            rng.choice(words.GIVEN_NAMES),
        ]
    )


def commune_name(rng):
    return f"{rng.choice(words.COMMUNE_PREFIXES)} {rng.choice(words.COMMUNE_SUFFIXES)}"


def _fill(rng, template, year):
    return template.format(
        movement=rng.choice(phrases.MOVEMENTS),
        district=rng.choice(words.DISTRICTS),
        commune=commune_name(rng),
        cluster=rng.randint(1, 12),
        ordinal=rng.choice(["IV", "V", "VI"]),
        day=rng.randint(1, 28),
        month=rng.randint(1, 12),
        year=year,
        count=rng.randint(3, 120),
        count2=rng.randint(5, 400),
        percent=rng.randint(30, 75),
    )


def topic(rng, year):
    template = rng.choice(phrases.RARE_TOPICS if rng.random() < 0.02 else phrases.TOPICS)
    return _fill(rng, template, year)


def sentence(rng, year):
    text = " ".join(
        [
            rng.choice(phrases.SUBJECTS),
            rng.choice(phrases.VERBS),
            rng.choice(phrases.OBJECTS),
            _fill(rng, rng.choice(phrases.COMPLEMENTS), year),
        ]
    )
    if rng.random() < 0.03:
        text += f", chú trọng sản phẩm {rng.choice(phrases.RARE_WORDS)}"
    return text + "."


def paragraph_html(rng, year, sentences):
    return "<p>" + " ".join(sentence(rng, year) for _ in range(sentences)) + "</p>"


def stream_body(rng, year, sections):
    """A StreamField body as raw JSON: numbered headings, each with a paragraph."""
    numerals = ["I", "II", "III", "IV", "V", "VI"]
    headings = rng.sample(phrases.SECTION_HEADINGS, sections)
    body = []
    for number, heading in enumerate(headings):
        body.append(
            {
                "type": "heading",
                "value": {"text": f"{numerals[number]}. {heading.upper()}", "level": "h2"},
                "id": block_id(rng),
            }
        )
        body.append(
            {
                "type": "paragraph",
                "value": paragraph_html(rng, year, rng.randint(2, 5)),
                "id": block_id(rng),
            }
        )
    return body


def _issued_on(rng, today):
    # Archives grow: recent years hold more documents than early ones.
    years = list(range(FIRST_YEAR, today.year + 1))
    year = rng.choices(years, weights=[(y - FIRST_YEAR + 1) ** 1.5 for y in years])[0]
    last = today if year == today.year else datetime.date(year, 12, 31)
    start = datetime.date(year, 1, 1)
    return start + datetime.timedelta(days=rng.randint(0, (last - start).days))


def task_schedule(rng, year):
    schedule = []
    for quarter, title in enumerate(phrases.QUARTERS):
        tasks = []
        for _ in range(rng.randint(2, 4)):
            deadline = None
            if rng.random() < 0.6:
                deadline = datetime.date(year, quarter * 3 + rng.randint(1, 3), rng.randint(1, 28))
            units = rng.sample(phrases.TASK_UNITS, rng.randint(1, 3))
            tasks.append(
                {
                    "type": "item",
                    "value": {
                        "text": sentence(rng, year),
                        "units": [
                            {"type": "item", "value": unit, "id": block_id(rng)} for unit in units
                        ],
                        "deadline": deadline.isoformat() if deadline else None,
                    },
                    "id": block_id(rng),
                }
            )
        schedule.append(
            {"type": "group", "value": {"title": title, "tasks": tasks}, "id": block_id(rng)}
        )
    return schedule


def directive_items(rng, year):
    return [
        {
            "type": "item",
            "value": {"heading": subject, "text": paragraph_html(rng, year, rng.randint(1, 3))},
            "id": block_id(rng),
        }
        for subject in rng.sample(phrases.SUBJECTS, rng.randint(3, 6))
    ]


def document(seed, ordinal, bodies, today):
    """Fields of official document number `ordinal`; `bodies` is the ordered list of
    issuing bodies to draw from (the first ones issue most)."""
    rng = page_random(seed, "document", ordinal)
    doc_type = rng.choices(_TYPES, weights=_TYPE_WEIGHTS)[0]
    issued_on = _issued_on(rng, today)
    year = issued_on.year
    body = rng.choices(bodies, weights=[1 / (rank + 1) for rank in range(len(bodies))])[0]
    code = TYPE_CODES[DocumentType(doc_type)]
    serial = rng.randint(1, 2500)
    if doc_type in (DocumentType.DECISION, DocumentType.RESOLUTION) and rng.random() < 0.3:
        number = f"{serial}/{year}/{code}-{body.short_code}"
    else:
        number = f"{serial}/{code}-{body.short_code}"
    subject_text = topic(rng, year)
    if rng.random() < 0.7:
        subject_text += f" năm {year}"
    title = f"{rng.choice(phrases.TITLE_OPENERS[doc_type])} {subject_text}"[:250]
    status = rng.choices(
        [DocumentStatus.IN_FORCE, DocumentStatus.EXPIRED, DocumentStatus.REPLACED],
        weights=[80, 12, 8],
    )[0]
    capacity = rng.choice(["", *SignerCapacity.values])
    fields = {
        "title": title,
        "number": number,
        "document_type": doc_type,
        "subject": "Về việc " + subject_text,
        "issuing_body": body,
        "place_of_issue": "Sông Xanh",
        "issued_on": issued_on,
        "effective_on": issued_on if rng.random() < 0.5 else None,
        "status": str(status),
        "signer_capacity": capacity,
        "signer_title": rng.choice(phrases.SIGNER_TITLES),
        "signer_name": person_name(rng),
        "legal_bases": "\n".join(rng.sample(phrases.LEGAL_BASES, rng.randint(1, 3))),
        "recipients": "\n".join(rng.sample(phrases.RECIPIENTS, rng.randint(2, 5))),
        "body": stream_body(rng, year, rng.randint(2, 4)),
        "areas": rng.sample(phrases.AREAS, rng.randint(1, 3)),
    }
    if doc_type == DocumentType.PLAN:
        fields["plan_period"] = f"Năm {year}"
        fields["task_schedule"] = task_schedule(rng, year)
    elif doc_type == DocumentType.DIRECTIVE:
        fields["items"] = directive_items(rng, year)
    return fields


def news(seed, ordinal, today, days_back):
    rng = page_random(seed, "news", ordinal)
    date = today - datetime.timedelta(days=rng.randint(0, days_back))
    year = date.year
    title = f"{rng.choice(phrases.NEWS_OPENERS)} {topic(rng, year)}"[:250]
    return {
        "title": title,
        "date": date,
        "lead": sentence(rng, year) + " " + sentence(rng, year),
        "body": stream_body(rng, year, rng.randint(2, 4)),
        "featured": rng.random() < 0.01,
    }


def profile(seed, ordinal, today):
    rng = page_random(seed, "profile", ordinal)
    year = today.year - rng.randint(0, 10)
    individual = rng.random() < 0.7
    unit = _fill(rng, rng.choice(words.UNITS), year)
    return {
        "title": person_name(rng) if individual else unit,
        "kind": "ca-nhan" if individual else "tap-the",
        "unit": unit,
        "position": rng.choice(words.POSITIONS) if individual else "",
        "summary": sentence(rng, year) + " " + sentence(rng, year),
        "achievements": "".join(paragraph_html(rng, year, 2) for _ in range(rng.randint(1, 3))),
        "featured": rng.random() < 0.01,
    }


def event(seed, ordinal, today):
    rng = page_random(seed, "event", ordinal)
    year = today.year - rng.randint(0, 8)
    district = rng.choice(words.DISTRICTS)
    ordinal_number = rng.randint(2, 7)
    starts_at = datetime.datetime(
        year, rng.randint(1, 12), rng.randint(1, 28), 8, 0, tzinfo=datetime.UTC
    )
    # District congresses ended with the districts on 1 July 2025.
    level = rng.choice(["huyen", "xa", "tinh"] if year < 2025 else ["xa", "tinh"])
    place = {
        "huyen": f"huyện {district}",
        "xa": f"xã {commune_name(rng)}",
        "tinh": "tỉnh Sông Xanh",
    }[level]
    return {
        "title": f"Đại hội Thi đua yêu nước {place} lần thứ {ordinal_number}",
        "kind": "dai-hoi",
        "level": level,
        "ordinal": ordinal_number,
        "period_start": year - 5,
        "period_end": year,
        "lead": sentence(rng, year),
        "body": stream_body(rng, year, rng.randint(2, 3)),
        "starts_at": starts_at,
        "ends_at": starts_at + datetime.timedelta(hours=rng.choice([4, 8, 28])),
        "venue": _fill(rng, rng.choice(words.VENUES), year),
        "delegate_count": rng.randint(80, 400),
    }


def daily_views(seed, page_id, ordinal, kind, today, days):
    """[(day, views)] for one page: popularity follows a long tail, so a few pages are
    read every day and most only on some days, as in a real archive."""
    rng = page_random(seed, f"views-{kind}", ordinal)
    daily = min(0.02 * rng.paretovariate(1.1), 300.0)
    share = min(1.0, daily * 2)
    active = max(1, int(days * share * rng.uniform(0.5, 1.0)))
    rows = []
    for age in sorted(rng.sample(range(days), min(active, days))):
        views = max(1, int(daily / share * rng.uniform(0.3, 1.7) * (1 + (days - age) / days)))
        rows.append((page_id, today - datetime.timedelta(days=age), views))
    return rows
