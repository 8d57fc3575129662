"""English copies of the demo's snippets (wagtail-localize translations of the
Vietnamese originals), so English pages show English names. Run after the
originals exist; a copy already there is left as it is."""

from wagtail.models import Locale

from documents.models import IssuingBody
from home.demo.archive_texts import BODIES
from home.demo.news_texts import CATEGORIES
from home.demo.profile_texts import AWARDS, CLUSTERS, LOCALITIES, SECTORS
from home.models import Award, EmulationCluster, Locality, NewsCategory, Sector

# Vietnamese name → English name, for the slugged snippets by slug.
CATEGORY_NAMES = {
    "hoat-dong-cua-ban": "Board activities",
    "phong-trao-thi-dua": "Emulation movements",
    "guong-dien-hinh": "Exemplary people",
    "khen-thuong": "Commendations",
}
SECTOR_NAMES = {
    "giao-duc": "Education",
    "y-te": "Health",
    "nong-nghiep": "Agriculture",
    "cong-nghiep": "Industry",
    "quoc-phong-an-ninh": "Defence and security",
}
LOCALITY_NAMES = {
    "phuong-trung-tam": "Trung Tam Ward",
    "xa-dong-lam": "Dong Lam Commune",
    "xa-bac-ha": "Bac Ha Commune",
    "phuong-phu-an": "Phu An Ward",
}
AWARD_NAMES = {
    "Chiến sĩ thi đua cơ sở": "Grassroots Emulation Fighter",
    "Chiến sĩ thi đua cấp tỉnh": "Provincial Emulation Fighter",
    "Chiến sĩ thi đua toàn quốc": "National Emulation Fighter",
    "Lao động tiên tiến": "Advanced Worker",
    "Tập thể lao động xuất sắc": "Excellent Labour Collective",
    "Cờ thi đua của UBND tỉnh": "Emulation Flag of the Provincial People's Committee",
    "Bằng khen của Chủ tịch UBND tỉnh": (
        "Certificate of Merit of the Chairman of the Provincial People's Committee"
    ),
    "Bằng khen của Thủ tướng Chính phủ": "Certificate of Merit of the Prime Minister",
    "Giấy khen của Chủ tịch UBND huyện": (
        "Certificate of Commendation of the Chairman of the District People's Committee"
    ),
    "Huân chương Lao động hạng Ba": "Third-class Labour Order",
    "Giấy khen của Chủ tịch UBND xã": (
        "Certificate of Commendation of the Chairman of the Commune People's Committee"
    ),
}
# Vietnamese name → (English name, English description).
CLUSTER_NAMES = {
    "Khối thi đua số 8": (
        "Emulation Bloc No. 8",
        "The advisory and general agencies of the Provincial People's Committee.",
    ),
    "Khối thi đua các sở kinh tế": (
        "Emulation bloc of the economic departments",
        "The departments managing the economy.",
    ),
    "Cụm thi đua các xã miền núi phía Bắc": (
        "Emulation cluster of the northern mountain communes",
        "The mountain communes in the north of the province, formed again after "
        "1 July 2025.",
    ),
}
BODY_NAMES = {
    "UBND": "People's Committee of Song Xanh Province",
    "HĐND": "People's Council of Song Xanh Province",
    "HĐTĐKT": "Emulation and Commendation Council of Song Xanh Province",
    "SNV": "Department of Home Affairs of Song Xanh Province",
    "BTĐKT": "Emulation and Commendation Board, Department of Home Affairs of Song Xanh "
    "Province",
}


def _translate(original, locale, **fields):
    """The English copy of `original`, created with `fields` when it is missing."""
    existing = original.get_translation_or_none(locale)
    if existing is not None:
        return existing
    copy = original.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy


def build():
    """English copies of every demo snippet readers see; returns how many exist."""
    english, _ = Locale.objects.get_or_create(language_code="en")
    vietnamese = Locale.get_default()
    copies = []
    for model, rows, names in (
        (NewsCategory, CATEGORIES, CATEGORY_NAMES),
        (Sector, SECTORS, SECTOR_NAMES),
        (Locality, LOCALITIES, LOCALITY_NAMES),
    ):
        for slug, _name in rows:
            original = model.objects.get(slug=slug, locale=vietnamese)
            copies.append(_translate(original, english, name=names[slug]))
    for name, level in AWARDS:
        original = Award.objects.get(name=name, level=level, locale=vietnamese)
        copies.append(_translate(original, english, name=AWARD_NAMES[name]))
    for row in CLUSTERS:
        original = EmulationCluster.objects.get(name=row[0], locale=vietnamese)
        name, description = CLUSTER_NAMES[row[0]]
        copies.append(_translate(original, english, name=name, description=description))
    bodies = []
    for name, code, _level in BODIES:
        original = IssuingBody.objects.get(name=name, locale=vietnamese)
        bodies.append((original, _translate(original, english, name=BODY_NAMES[code])))
    # A copy starts with the original's (Vietnamese) parent, or none when it was made
    # before parents existed: point it at the parent's English copy.
    for original, copy in bodies:
        parent = original.parent.get_translation_or_none(english) if original.parent else None
        if parent is not None and copy.parent_id != parent.pk:
            copy.parent = parent
            copy.save(update_fields=["parent"])
    return len(copies) + len(bodies)
