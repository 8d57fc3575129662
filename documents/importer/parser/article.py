"""Texts without an official header: a news item about a document ("UBND tỉnh
vừa ban hành Quyết định số 1436/QĐ-UBND …") or a web page that prints a document
under a headline ("Giấy mời dự Lễ phát động …", "Báo cáo công tác …").

The headline is the title; the number and the type come from the first document
the text cites by number ("Kế hoạch số 74/KH-UBND"), or from the type the headline
or the enacting sentence names; the issuer is the body the text shows acting
("UBND tỉnh đã ban hành …", "… của Chủ tịch UBND tỉnh"), never one it only cites.
This module reads the headline and puts the fields together; article_acts finds
the reported document, its date and signer, article_issuer the acting body.
"""

from __future__ import annotations

import re

from .article_acts import (
    CITED,
    DECIDED,
    ENACTED_TYPE,
    TYPE_BY_FOLDED_NAME,
    TYPE_NAMES,
    UNNUMBERED_LETTER,
    cited_number,
    date_of_act,
    reported_document,
    reported_signer,
)
from .article_issuer import (
    ISSUES_TYPE,
    acting_issuer,
    announcing_issuer,
    attaching_issuer,
    guiding_issuer,
    named_issuer,
    notice_sender,
    requesting_issuer,
    steering_issuer,
)
from .full_names import spelled_out
from .lines import FAMILY_NAMES, is_motto, is_name, is_upper, key
from .page_metadata import page_metadata
from .patterns import BULLET, STARTS_BODY

# "Thanh Hóa: Hoãn các cuộc họp …": a news headline led by its place; labels
# ("Ngày đăng: …", "Tác giả: …") are followed by a few words only.
_PLACE_THEN_HEADLINE = re.compile(r"^[^\W\d_][^:]{1,30}:\s+[^\W\d_][^:]*(?:\s+\S+){4}$")
# The subject after the cited number, perhaps after its date: "… số 245/TB-UBND
# ngày 29/6/2021 về việc hoãn …".
_ABOUT = re.compile(
    r"^\s*,?\s*(?:ngày\s+[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4}\s*,?\s*)?"
    # "… số 02-CT/TW của Ban Bí thư về lãnh đạo …": the issuer named before the subject.
    r"(?:của\s+[A-ZĐ][^,.\n]{2,60}?\s+)?"
    r"(?:(về\s+việc\s)|về\s+|V/v\s+)",
    re.IGNORECASE,
)

# A portal's marker after a headline ("… Tin có hình") is no part of it.
# nor is its posting date in brackets ("… tỉnh Thái Nguyên (09/07/2018)").
_HEADLINE_MARK = re.compile(
    r"\s+(?:Tin\s+có\s+(?:hình|ảnh|video)|\([0-9]{1,2}/[0-9]{1,2}/[0-9]{4}\))$", re.IGNORECASE
)
# A stored page's date stamp glued before its first line: " date 2025-10-06 Chính trị".
# A portal's headline that ends with the letter's number and date: "Về việc báo cáo …
# (3585/VP-KTN, ngày 23/10/2017)."
_HEADLINE_CITATION = re.compile(
    r"\s*\((?P<number>[0-9]+/[^\s,()]+),\s*ngày\s+[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}\)\.?$"
)
# The addressees a teaser names after the subject: "… về tăng cường … gửi các sở, …".
_ADDRESSEES = re.compile(r"\s+gửi\s+(?:các|UBND|(?:Ủy|Uỷ)\s+ban|Sở|Bộ|Ban|Thủ)\b")
# What a letter reported without number does, in its own words: "… ký văn bản hỏa tốc
# đề nghị …", "… ban hành văn bản triển khai …" (not "văn bản gửi …").
_LETTER_PURPOSE = re.compile(
    r"\s+(?:(?:hỏa|hoả)\s+tốc\s+|khẩn\s+)?(?!gửi\b|số\b|về\b|này\b|chỉ\s+đạo\b)(?=[^\W\d_A-ZĐ])"
)
# A headline reporting a request to named bodies: "Đề nghị Bộ Quốc phòng, Bộ Công an
# tăng cường …" (a body paragraph opens "Đề nghị các đơn vị …" in lower case).
_REQUEST_HEADLINE = re.compile(r"^Đề\s+nghị\s+(?:Bộ|UBND|Sở|Thủ\s+tướng|Chính\s+phủ)\s+[A-ZĐ]")
_DATE_STAMP = re.compile(r"^date\s+[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?\s*")
# A plan or decision reported without number nor "về việc": its subject runs from
# the type word to the end of the sentence or to its theme ("… với chủ đề: …").
_TYPED_ACT = re.compile(
    rf"\b(?:ban\s+hành|ký)\s+(?:{TYPE_NAMES})\s+(?=[^\W\d_])", re.IGNORECASE
)
_SUBJECT_END = re.compile(r"(?<![A-Z])\.(?=\s|$)|\s+với\s+chủ\s+đề\b|,\s+dự\s+kiến\b|\n")
# A page's own stamps are no headline: "Ngày cập nhật 30/03/2017", "Thứ bảy, ngày …".
_STAMP = re.compile(
    r"^(?:ngày\s+(?:cập\s+nhật|đăng)|cập\s+nhật|đăng\s+(?:lúc|ngày)|lượt\s+xem)\b"
    r"|^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật),",
    re.IGNORECASE,
)
# A teaser's act named without a number: "… vừa có văn bản …", "… vừa ký công văn …".
_ACT = re.compile(rf"\b(?:ban\s+hành|có|ký)\s+(?:{TYPE_NAMES}|văn\s+bản)\b", re.IGNORECASE)
# A portal's run-on attribute line: "TLBT, Vụ TVVHDT Hoàng Đức Hậu Theo BỘ VĂN HÓA, THỂ
# THAO VÀ DU LỊCH -" names the signer and, after "Theo", the issuer.
_SIGNER_THEN_ISSUER = re.compile(
    rf"(?P<name>\b(?:{'|'.join(sorted(FAMILY_NAMES))})(?:\s+[^\W\d_]+){{1,3}})"
    r"\s+Theo\s+(?P<issuer>[^\W\d_][^\n]*?)\s+-\s*$"
)
_NUMBER_LINE = re.compile(r"^\s*[0-9]+/[^\W\d_][\w&]*(?:-[\w&]+)+\s*$")
_TYPE_BEFORE_VV = re.compile(rf"^(?:{TYPE_NAMES})\s+(?=V/v\b)", re.IGNORECASE)
# A document's own heading printed as the page's headline, in capitals: "THÔNG BÁO VỀ
# VIỆC TREO CỜ TỔ QUỐC" (a news headline "Thông báo về việc …" keeps its type word).
_TYPE_BEFORE_ABOUT = re.compile(rf"^(?:{TYPE_NAMES})\s+(?=VỀ\s+VIỆC\b)", re.IGNORECASE)
# A CMS line that ends with the page's date stamp: "False 9481Ngày cập nhật 21/12/2018".
_STAMP_AT_END = re.compile(
    r"Ngày\s+(?:cập\s+nhật|đăng)\s*:?\s*[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}\s*$", re.IGNORECASE
)
# A numbered item or a date opens with its figure ("2. Vị trí …", "09/12/2015 09:15");
# a headline may open with a count ("535 thủ tục hành chính được cắt giảm …").
_NUMBERED_OPENING = re.compile(r"^[0-9]+(?:[.,)/:-]|\s*$)")
_LETTER_ACT = re.compile(r"\b(?:ký|có)\s+văn\s+bản\s+(?:gửi|truyền\s+đạt)\b", re.IGNORECASE)
_TYPE_THEN_COLON = re.compile(rf"^(?P<type>{TYPE_NAMES})\s*:\s+\S", re.IGNORECASE)
_ABOUT_MATTER = re.compile(r"\bvề\s+việc\s", re.IGNORECASE)
_ORDINAL_END = re.compile(r"\bthứ\s+[IVXLC]+$")
# The subject a signed act words right after its number: "… đã ký ban hành Chỉ thị
# 11/CT- UBND tăng cường kỷ cương …" (not "… số 5995 gửi …", "… ngày …", "… của …").
_ISSUED_BEFORE = re.compile(r"\b(?:ban\s+hành|có)\s+$", re.IGNORECASE)
_SIGNED_TYPE = re.compile(
    rf"\b(?P<type>{TYPE_NAMES})\s+về\s+việc\b[^.\n]{{0,200}}?\bký\s+ban\s+hành\b", re.IGNORECASE
)
_ACT_FIRST = re.compile(r"(?:ban\s+hành|có|ký)\s", re.IGNORECASE)
# A subject printed capitalised after the number: "… Quyết định số 08/QĐ-TWPCTT Hướng
# dẫn xây dựng …" (not a name: "… số 5995 Bộ Y tế …").
_CAPITALISED_SUBJECT = re.compile(
    r"(?:Hướng\s+dẫn|Phê\s+duyệt|Quy\s+định|Ban\s+hành|Sửa\s+đổi|Bãi\s+bỏ|Thành\s+lập"
    r"|Công\s+bố|Kiện\s+toàn|Tăng\s+cường|Triển\s+khai)\s"
)
# "… Văn bản số 3565/VPCP-KGVX ngày 25/4 truyền đạt …": a date without its year first.
_SHORT_DATE = re.compile(r"^\s*,?\s*ngày\s+[0-9]{1,2}/[0-9]{1,2}(?:/[0-9]{4})?\s*,?")
# "… số 5995 gửi Chủ tịch … đề nghị tăng cường …": the request after the addressees.
_REQUEST = re.compile(r"\s(?:đề\s+nghị|yêu\s+cầu)\s+(?=[^\W\d_])")
_NOT_SUBJECT = frozenset(
    {"ngày", "của", "gửi", "về", "năm", "và", "với", "tại", "do", "số", "để", "nhằm", "theo"}
)
# A full stop ending a sentence, not an abbreviation's ("TP. Hồ Chí Minh").
_FULL_STOP = re.compile(r"(?<=[^\W_])\.(?=\s+[^\W\d_])")
# "Thay mặt Bộ Chính trị, đồng chí Võ Văn Thưởng, …, vừa ký ban hành …": the body
# signed for, the signer named after it.
_ON_BEHALF = re.compile(
    r"\bThay\s+mặt\s+(?P<body>[^,.\n]{3,60}?),\s+(?:đồng\s+chí|ông|bà)\s+"
    r"(?P<name>[^,.\n]{5,40}?),[^.\n]{0,200}?\bký\b"
)


def _sentence(text: str) -> str:
    """The text up to its first full stop that ends a sentence."""
    for stop in _FULL_STOP.finditer(text):
        if text[stop.start() - 1].islower() or text[stop.start() - 1].isdigit():
            return text[: stop.start()]
        if _ORDINAL_END.search(text, 0, stop.start()):
            # "… Đại hội … lần thứ VI. Chỉ thị yêu cầu …": an ordinal ends the sentence.
            return text[: stop.start()]
    return text


def cited_in_headline(title: str) -> tuple[str, str | None]:
    """A headline without the bracket that cites the letter's number and date, and
    that number: "Về việc … (3585/VP-KTN, ngày 23/10/2017)." gives "3585/VP-KTN"."""
    numbered = _HEADLINE_CITATION.search(title)
    if numbered is None:
        return title, None
    return title[: numbered.start()].rstrip(" ."), numbered.group("number")


def _before_addressees(subject: str) -> str:
    """A teaser's subject without the addressees it names after it."""
    return _ADDRESSEES.split(subject, maxsplit=1)[0]


def subject_of_act(text: str, cited: re.Match | None) -> str | None:
    """The subject a teaser words after the act it reports ("… công văn số … gửi UBND
    các tỉnh về việc tổ chức …", "… vừa có văn bản truyền đạt … về việc xử lý …")."""
    if cited is None:
        cited = _ACT.search(text)
        if cited is None:
            return None
    about = _ABOUT_MATTER.search(_sentence(text[cited.end() :].split("\n", 1)[0]))
    letter = UNNUMBERED_LETTER.match(text, cited.start())
    purpose = _LETTER_PURPOSE.match(text, letter.end()) if letter and about is None else None
    if purpose:
        return _sentence(text[purpose.end() :].split("\n", 1)[0]).rstrip(" .") or None
    if about is None:
        typed = _TYPED_ACT.match(text, cited.start())
        if typed and text[typed.end()].islower():
            # "UBND TP.HCM đã ban hành Kế hoạch tổ chức Đại hội … (2025 - 2030). Theo …"
            # A subject the copy wrapped ("ban hành Kế hoạch triển / khai như sau:") is none.
            end = _SUBJECT_END.search(text, typed.end())
            if end and end.group(0) != "\n":
                return text[typed.end() : end.start()].rstrip(" .") or None
        return None
    rest = text[cited.end() + about.start() :].split("\n", 1)[0]
    return _sentence(rest).rstrip(" .") or None


def subject_after_number(cited: re.Match) -> str | None:
    """The subject a news item words after the number it reports: "… số 245/TB-UBND về
    việc hoãn …", "… đã ký ban hành Chỉ thị 11/CT- UBND tăng cường …", "… vừa có Văn bản
    số 3565/VPCP-KGVX ngày 25/4 truyền đạt …", "… số 5995 gửi … đề nghị tăng cường …"."""
    text = cited.string
    rest = text[cited.end() :].split("\n", 1)[0]
    about = _ABOUT.match(rest)
    if about:
        # "Về việc …" is printed as part of a subject; "về" alone is not.
        start = about.start(1) if about.group(1) else about.end()
        return _before_addressees(_sentence(rest[start:])).rstrip(" .")
    # A serial cited with its act ("… có Công văn khẩn số 5995 …") starts at the verb.
    if not (_ISSUED_BEFORE.search(text, 0, cited.start()) or _ACT_FIRST.match(cited.group(0))):
        return None
    rest = _SHORT_DATE.sub("", rest, count=1).strip()
    first = rest.split(None, 1)[0] if rest else ""
    if (first[:1].islower() and first not in _NOT_SUBJECT) or _CAPITALISED_SUBJECT.match(rest):
        return _sentence(rest).rstrip(" .") or None
    request = _REQUEST.search(_sentence(rest)) if first == "gửi" else None
    if request:
        return _sentence(rest)[request.end() :].rstrip(" .") or None
    return None


class ArticleReader:
    """Number, type, title and issuer of a text that has no official header."""

    def _article_text(self) -> str:
        return "\n".join(line for line in self.lines if line)

    def _parse_article(self) -> None:
        doc = self.doc
        headline = self._headline()
        nonblank = [line for line in self.lines if line]
        # The lines do not change while an article is read: its text is joined once.
        text = "\n".join(nonblank)
        cited = reported_document(text)
        first = nonblank[0] if nonblank else ""
        if headline is None and len(nonblank) == 1 and self._type_named(first, False):
            # A print view that kept only its headline: "Chỉ thị của Chủ tịch … về việc …".
            headline = first
        typed_heading = _TYPE_THEN_COLON.match(first)
        if typed_heading:
            # "HƯỚNG DẪN: Công tác …": the type heading and the subject on one line.
            self.type_from_heading = TYPE_BY_FOLDED_NAME.get(key(typed_heading.group("type")))
        if doc.number is None and _NUMBER_LINE.match(first):
            # A database page that opens with the document's number alone
            # ("3313/BVHTTDL-VHDT") numbers the document, not the texts it cites.
            self._assign_number(first.strip())
            cited = None
        if headline and doc.title is None:
            typed = _TYPE_BEFORE_VV.match(headline) or (
                is_upper(headline) and _TYPE_BEFORE_ABOUT.match(headline)
            )
            if typed:
                # "Tờ Trình V/v đề nghị …", "THÔNG BÁO VỀ VIỆC …": the type printed
                # before a subject names the type and is no part of the subject.
                self.type_from_heading = TYPE_BY_FOLDED_NAME.get(key(typed.group(0).strip()))
                headline = headline[typed.end() :]
            doc.title = _HEADLINE_MARK.sub("", headline).rstrip(" .")
        if cited and doc.number is None:
            number = cited_number(cited)
            if number.isdigit():
                doc.number = number
            else:
                self._assign_number(number)
            named = TYPE_BY_FOLDED_NAME.get(key(cited.group("type")))
            if named is None and key(cited.group("type")) == key("văn bản"):
                # "Ban … vừa có Văn bản số 2146/BTĐKT-VI": a letter, whatever it cites,
                # unless its number names another type ("văn bản số 63/TB – UBND").
                named = self.number_code or "CV"
            self.type_from_heading = named or self.type_from_heading
            if doc.title is None:
                doc.title = subject_after_number(cited)
        if doc.title is None:
            doc.title = subject_of_act(text, cited)
        if self.type_from_heading is None:
            self.type_from_heading = self._type_named(headline)
        behalf = _ON_BEHALF.search(text)
        if behalf and is_name(behalf.group("name")) and doc.signer_name is None:
            doc.issuing_body = doc.issuing_body or behalf.group("body")
            doc.signer_name, doc.signer_capacity = behalf.group("name"), "TM."
        if doc.issuing_body is None:
            acting = notice_sender(text) or self._acting_issuer(cited)
            doc.issuing_body = spelled_out(
                acting or steering_issuer(text) or named_issuer(text), text
            )
        if doc.issued_on is None:
            doc.issued_on = date_of_act(text, cited)
        if doc.signer_name is None:
            signer = reported_signer(text)
            if signer:
                doc.signer_name = signer[0]
                doc.signer_capacity = signer[1] or doc.signer_capacity
        if not doc.legal_bases:
            # A web page that prints a notice without its header keeps its bases.
            self._parse_legal_bases(0, len(self.lines))
        self._apply_page_metadata()

    def _apply_page_metadata(self) -> None:
        """A legal database's attribute block names the document better than the
        guesses above."""
        meta = page_metadata(self.lines, self.folded)
        number = self._number_in(f"Số: {meta['number']}") if "number" in meta else None
        if number:
            self._assign_number(number)
        code = TYPE_BY_FOLDED_NAME.get(key(meta.get("type", "")))
        if code:
            self.type_from_heading = code
        if "issuer" in meta:
            self.doc.issuing_body = meta["issuer"]
        for line in self.lines[:8]:
            attributes = _SIGNER_THEN_ISSUER.search(line)
            if attributes and is_upper(attributes.group("issuer")):
                self.doc.issuing_body = attributes.group("issuer")
                if is_name(attributes.group("name")):
                    self.doc.signer_name = self.doc.signer_name or attributes.group("name")
                break

    def _headline(self) -> str | None:
        """The last title-like line before the lead paragraph, the first sentence
        (skipping the page's menus, section names in capitals, bylines and dates)."""
        headline = capitals = None
        seen = False
        for line in self.lines:
            # A category page lists its items as "• <headline>"; the first is the item.
            line = _DATE_STAMP.sub("", line).removeprefix("• ")
            if not line:
                continue
            if line[0].islower() and seen:
                # Inside a paragraph that the copy wrapped: the lead has begun.
                return headline or capitals
            seen = True
            if is_motto(key(line)) or _STAMP.match(line) or _STAMP_AT_END.search(line):
                continue
            # A lead that lost its full stop still reads as one: after a headline,
            # a line reporting a document issued by number ("… vừa ban hành Công văn
            # số 1510-CV/BTGTU, về việc …").
            lead = headline is not None and bool(ISSUES_TYPE.search(line) and CITED.search(line))
            if lead or len(line) > 200 or line.endswith((".", ":", ";", "!", "?", "…")):
                # A headline in capitals only when no line in lower case stands
                # there (section names above a headline are in capitals too).
                return headline or capitals
            if (
                len(line.split()) >= 4
                and (":" not in line or _PLACE_THEN_HEADLINE.match(line))
                and not BULLET.match(line)
                and not _NUMBERED_OPENING.match(line)
                and not line.startswith("(")
                and (not STARTS_BODY.match(key(line)) or _REQUEST_HEADLINE.match(line))
            ):
                if is_upper(line):
                    capitals = line
                else:
                    headline = line
        return None

    def _type_named(self, headline: str | None, in_text: bool = True) -> str | None:
        if headline:
            for name, code in TYPE_BY_FOLDED_NAME.items():
                if key(headline).startswith(name + " "):
                    return code
        if not in_text:
            return None
        text = self._article_text()
        enacted = ENACTED_TYPE.search(text)
        signed = _SIGNED_TYPE.search(text)
        if signed and (enacted is None or signed.start() < enacted.start()):
            # "Theo quyết định về việc củng cố … do Quyền Chủ tịch … ký ban hành, …".
            return TYPE_BY_FOLDED_NAME.get(key(signed.group("type")))
        letter = UNNUMBERED_LETTER.search(text)
        if letter and (enacted is None or letter.start() < enacted.start()):
            # "… vừa ban hành văn bản chỉ đạo … xây dựng kế hoạch …": the letter is the act.
            return "CV"
        if enacted:
            return TYPE_BY_FOLDED_NAME.get(key(enacted.group("type")))
        if _LETTER_ACT.search(text):
            # "… vừa ký văn bản gửi …": a letter.
            return "CV"
        # "Văn phòng HĐND tỉnh thông báo lịch tiếp công dân …": a body announcing.
        if announcing_issuer(text) or notice_sender(text):
            return "TB"
        if DECIDED.search(text):
            return "QĐ"
        if guiding_issuer(text):
            return "HD"
        if requesting_issuer(text):
            return "CV"
        return None

    def _attaching_issuer(self) -> str | None:
        return attaching_issuer(self._article_text())

    def _acting_issuer(self, cited: re.Match | None, enacting_only: bool = False) -> str | None:
        return acting_issuer(self._article_text(), cited, enacting_only)
