"""Issuing bodies as printed and as catalogued.

A header prints "UỶ BAN NHÂN DÂN TỈNH LẠNG SƠN" or "UBND tỉnh Lạng Sơn" where the
catalogue has "Ủy ban nhân dân tỉnh Lạng Sơn": names are compared on a key without
case, marks (so old and new tone placement, "uỷ"/"ủy", are equal), punctuation or
spacing, with the usual abbreviations spelled out. A name the catalogue lacks can be
added in the catalogue's own spelling (sentence case, proper names capitalised).
"""

import re
import unicodedata

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale

from documents.choices import BodyLevel
from documents.models import IssuingBody
from search.text import fold, normalize

# Folded abbreviation → folded words, as headers and numbers use them.
ABBREVIATIONS = {
    "ubnd": "uy ban nhan dan",
    "ub": "uy ban",
    "hdnd": "hoi dong nhan dan",
    "ubmttq": "uy ban mat tran to quoc",
    "mttq": "mat tran to quoc",
    "mttqvn": "mat tran to quoc viet nam",
    "vn": "viet nam",
    "ldld": "lien doan lao dong",
    "tdkt": "thi dua khen thuong",
    "bch": "ban chap hanh",
    "tp": "thanh pho",
}
# The same abbreviations as the catalogue writes them out.
WRITTEN_OUT = {
    "ubnd": "ủy ban nhân dân",
    "hdnd": "hội đồng nhân dân",
    "ubmttq": "ủy ban mặt trận tổ quốc",
    "mttq": "mặt trận tổ quốc",
    "ldld": "liên đoàn lao động",
    "tdkt": "thi đua - khen thưởng",
}
_NOT_A_WORD = re.compile(r"[^0-9a-z]+")


def name_key(name):
    """The matching key of a body's name: folded words, abbreviations expanded."""
    words = _NOT_A_WORD.sub(" ", fold(normalize(name))).split()
    return " ".join(ABBREVIATIONS.get(word, word) for word in words)


def match_issuing_body(name):
    """The catalogue's body for a printed name, or None. A name printed without
    its province ("SỞ NỘI VỤ") matches the one catalogue entry that starts with it."""
    wanted = name_key(name or "")
    if not wanted:
        return None
    # Only the Vietnamese originals: an English copy ("People's Committee of …") must
    # never be what a Vietnamese header matches, nor make a match ambiguous.
    bodies = list(IssuingBody.objects.filter(locale=Locale.get_default()))
    for body in bodies:
        if name_key(body.name) == wanted:
            return body
    starting = [body for body in bodies if name_key(body.name).startswith(wanted + " ")]
    return starting[0] if len(starting) == 1 else None


# Old tone placement on a final "oa", "oe", "uy" ("hoà", "khoẻ", "uỷ") moved to the
# first vowel as the catalogue writes it ("hòa", "khỏe", "ủy"); "quý" keeps its
# tone, its u belongs to the consonant.
_OLD_TONE = re.compile(r"(?<![qQ])([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![^\W\d_])")
# Words after which the rest of the name is a place ("tỉnh Lạng Sơn").
_PLACE_WORDS = (
    ("tỉnh",),
    ("thành", "phố"),
    ("huyện",),
    ("quận",),
    ("thị", "xã"),
    ("xã",),
    ("phường",),
    ("thị", "trấn"),
)
# Words after which a body's own field is named and capitalised ("Sở Nội vụ"), and
# the words that continue the head instead ("Hội đồng", "Ủy ban nhân dân").
_HEAD_WORDS = (
    ("sở",),
    ("bộ",),
    ("cục",),
    ("ban",),
    ("phòng",),
    ("liên", "đoàn"),
    ("hội",),
    ("hội", "đồng"),
)
_HEAD_CONTINUES = {"nhân", "đồng"}
_PHRASES = (("việt nam", "Việt Nam"), ("mặt trận tổ quốc", "Mặt trận Tổ quốc"))
_DASHES = {"-", "–"}


def _new_tone_placement(text):
    return unicodedata.normalize(
        "NFC", _OLD_TONE.sub(r"\1\3\2", unicodedata.normalize("NFD", text))
    )


def _after(words, index, patterns):
    return any(tuple(words[max(0, index - len(p)) : index]) == p for p in patterns)


def _capital(word):
    return word[:1].upper() + word[1:]


def _spelled_out(words):
    """Abbreviations ("UBND", "HĐND", "MTTQ") written in full, in lower case."""
    spelled = []
    for word in words:
        spelled += WRITTEN_OUT.get(fold(word), word).split()
    return spelled


def catalogue_name(printed):
    """A printed name in the catalogue's spelling: abbreviations written out, and
    a name printed in capitals put in sentence case, with the body's field ("Sở Nội
    vụ", "Ban Thi đua - Khen thưởng") and place names ("tỉnh Lạng Sơn")
    capitalised; the other letters of a name in mixed case are kept as typed."""
    text = _new_tone_placement(" ".join(normalize(printed).split()))
    if not text:
        return text
    in_capitals = text == text.upper()
    words = _spelled_out(text.lower().split() if in_capitals else text.split())
    if not in_capitals:
        return " ".join([_capital(words[0]), *words[1:]])
    lower = list(words)
    in_place = False
    for index, word in enumerate(lower):
        in_place = in_place or _after(lower, index, _PLACE_WORDS)
        if (
            index == 0
            or (in_place and word != "ủy")
            or (_after(lower, index, _HEAD_WORDS) and word not in _HEAD_CONTINUES)
            or lower[index - 1] in _DASHES
        ):
            words[index] = _capital(word)
    name = " ".join(words)
    for phrase, spelt in _PHRASES:
        name = re.sub(phrase, spelt, name, flags=re.IGNORECASE)
    return name


def _short_code(name, number):
    """The issuer's code in the number ("12/KH-UBND" → "UBND"), else the initials
    of its name."""
    if number and "-" in number:
        code = number.rsplit("-", 1)[1].strip()
        if code:
            return code[:32]
    return "".join(word[0] for word in name.split() if word[0].isalnum()).upper()[:32]


def _level(name):
    key = f" {name_key(name)} "
    if key.startswith((" bo ", " chinh phu ", " quoc hoi ", " thu tuong ")):
        return BodyLevel.NATIONAL
    if " khoi thi dua " in key or " cum thi dua " in key:
        return BodyLevel.BLOC
    if any(f" {word} " in key for word in ("phuong", "thi tran")) or (
        " xa " in key and " thi xa " not in key
    ):
        return BodyLevel.COMMUNE
    if any(f" {word} " in key for word in ("huyen", "quan", "thi xa")):
        return BodyLevel.DISTRICT
    if key.startswith((" so ", " ban ", " chi cuc ", " cuc ", " van phong ", " trung tam ")):
        return BodyLevel.DEPARTMENT
    return BodyLevel.PROVINCE


def catalogue_spelling(printed):
    """How the catalogue writes a printed issuer: the matching body's own name, or the
    name it would be added under, so the import preview never shows the header's
    capitals ("UỶ BAN NHÂN DÂN TỈNH …")."""
    if not name_key(printed or ""):
        return printed or ""
    found = match_issuing_body(printed)
    return found.name if found is not None else catalogue_name(printed)


class IssuerRefused(Exception):
    """The name cannot be added to the catalogue."""


def add_issuing_body(printed, number=""):
    """The catalogue's body for `printed`, adding it first when it is not there."""
    found = match_issuing_body(printed)
    if found is not None:
        return found
    name = catalogue_name(printed)[:255]
    if not name_key(name):
        raise IssuerRefused(_("Hãy nhập tên cơ quan ban hành trước khi thêm vào danh mục."))
    try:
        with transaction.atomic():
            return IssuingBody.objects.create(
                name=name,
                short_code=_short_code(name, number),
                level=_level(name),
                locale=Locale.get_default(),
            )
    except IntegrityError as error:
        raise IssuerRefused(
            _("Không thêm được “%(name)s” vào danh mục; hãy thử lại.") % {"name": name}
        ) from error
