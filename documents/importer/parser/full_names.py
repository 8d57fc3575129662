"""An issuer's name as the text spells it in full, when the name the parser found is
shortened: a news item's abbreviation ("Bộ GTVT" where the text also says "Bộ Giao
thông vận tải") or a header cell cut inside the name ("BỘ TÀI NGUYÊN VÀ |" where the
letter says "Bộ Tài nguyên và Môi trường có ý kiến như sau")."""

from __future__ import annotations

import re

# A ministry or department named by the initials of its domain: "Bộ GTVT", "Sở TNMT".
_INITIALS = re.compile(r"^(?P<head>Bộ|Sở)\s+(?P<letters>[A-ZĐ]{3,6})$")
# A header cut inside the name ends on a word that joins two parts of it.
_CUT_END = re.compile(r"(?:\s+(?:VÀ|và)|,)$")
# Words after a name that begin what the body says it does: "… có ý kiến", "… đã có".
_AFTER_NAME = frozenset(
    {
        "có", "đã", "đề", "nhận", "hướng", "xin", "trả", "gửi", "ban", "được", "tại", "về",
        "là", "và", "thông", "yêu", "chỉ", "ký", "vừa", "cho", "đang", "sẽ", "trân", "kính",
    }
)  # fmt: skip
_WORD = re.compile(r"\s+(?P<word>[^\W\d_]+)")


def spelled_out(issuer: str | None, text: str) -> str | None:
    """"Bộ GTVT" as the text spells it elsewhere, "Bộ Giao thông vận tải"; the
    abbreviation itself when the text never spells it out."""
    short = _INITIALS.match(issuer or "")
    if short is None:
        return issuer
    words = r"\s+".join(rf"{letter}[^\W\d_]*" for letter in short.group("letters"))
    full = re.search(rf"\b{short.group('head')}\s+{words}\b", text, re.IGNORECASE)
    return re.sub(r"\s+", " ", full.group(0)) if full else issuer


def completed_cut_name(issuer: str | None, text: str) -> str | None:
    """A header's name cut after a joining word ("BỘ TÀI NGUYÊN VÀ") as the text names
    itself in full ("Bộ Tài nguyên và Môi trường"): the cut words, then one capitalised
    word and the lower-case words of the same part, up to what the body says it does."""
    if not issuer or not _CUT_END.search(issuer):
        return issuer
    cut = r"\s+".join(re.escape(word) for word in issuer.rstrip(",").split())
    for found in re.finditer(rf"\b{cut}\s+(?P<first>[A-ZĐ][^\W\d_]*)", text, re.IGNORECASE):
        if found.group(0).isupper():
            continue
        end = found.end()
        for word in _WORD.finditer(text, end):
            if word.start() != end or not word.group("word").islower():
                break
            if word.group("word") in _AFTER_NAME:
                break
            end = word.end()
        return re.sub(r"\s+", " ", text[found.start() : end])
    return issuer
