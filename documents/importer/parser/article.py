"""Texts without an official header: a news item about a document ("UBND tỉnh
vừa ban hành Quyết định số 1436/QĐ-UBND …") or a web page that prints a document
under a headline ("Giấy mời dự Lễ phát động …", "Báo cáo công tác …").

The headline is the title; the number and the type come from the first document
the text cites by number ("Kế hoạch số 74/KH-UBND"), or from the type the headline
or the enacting sentence names; the issuer is the body the text shows acting
("UBND tỉnh đã ban hành …", "… của Chủ tịch UBND tỉnh"), never one it only cites.
"""

from __future__ import annotations

import datetime
import re
from itertools import islice

from .lines import is_motto, is_name, is_upper, key
from .model import DOCUMENT_TYPES
from .patterns import BULLET, STARTS_BODY

_TYPE_BY_FOLDED_NAME = {key(name): code for code, name in DOCUMENT_TYPES.items()}
_TYPE_NAMES = "|".join(
    sorted((re.escape(name) for name in DOCUMENT_TYPES.values()), key=len, reverse=True)
)
# "Quyết định số 1436/QĐ-UBND", "văn bản số 4912/UBND-NC".
_CITED = re.compile(
    rf"(?P<type>{_TYPE_NAMES}|văn bản)(?:\s+(?:khẩn|hỏa\s+tốc|hoả\s+tốc|mật))?"
    r"(?:\s+số)?\s+(?P<number>[0-9]+(?:[/-][^\s,;:()]+)+)",
    re.IGNORECASE,
)
# A document issued in the item's own sentence may be cited by its serial alone:
# "ban hành Công văn số 468 về việc …", "đã có công điện khẩn số 13".
_ENACTED_SERIAL = re.compile(
    rf"(?:ban\s+hành|có|ký)\s+(?P<type>{_TYPE_NAMES})(?:\s+(?:khẩn|hỏa\s+tốc|hoả\s+tốc))?"
    r"\s+số\s+(?P<number>[0-9]{1,5})(?![0-9]|[/.-]\w)",
    re.IGNORECASE,
)
# The type named as what the body enacts: "vừa ban hành quyết định", "xây dựng kế hoạch".
_ENACTED_TYPE = re.compile(
    rf"(?:ban\s+hành|xây\s+dựng|có|ký)\s+(?:các\s+)?(?P<type>{_TYPE_NAMES})\b", re.IGNORECASE
)
# What a ministry (Bộ) or a provincial department (Sở) is named after.
_DOMAINS = "|".join(
    re.escape(name).replace(r"\ ", r"\s+")
    for name in (
        "Nội vụ", "Tài chính", "Kế hoạch và Đầu tư", "Giáo dục và Đào tạo", "Y tế", "Tư pháp",
        "Văn hóa, Thể thao và Du lịch", "Văn hóa và Thể thao", "Lao động - Thương binh và Xã hội",
        "Công Thương", "Xây dựng", "Giao thông vận tải", "Tài nguyên và Môi trường",
        "Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và Môi trường",
        "Khoa học và Công nghệ", "Thông tin và Truyền thông", "Quốc phòng", "Công an",
        "Ngoại giao", "Dân tộc và Tôn giáo",
    )
)  # fmt: skip
_ISSUER_HEAD = re.compile(
    # A committee's own board or party committee issues in its name: "Ban Tuyên
    # giáo Tỉnh ủy Trà Vinh", "Đảng ủy Văn phòng UBND tỉnh".
    r"(?:(?:Ban\s+(?:Tuyên\s+giáo|Tổ\s+chức|Dân\s+vận|Kiểm\s+tra|Nội\s+chính)|Đảng\s+ủy)\s+"
    r"(?=Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy|Văn\s+phòng|Sở|Bộ))?"
    r"(?:(?:Phó\s+)?Chủ\s+tịch\s+)?(?:UBND|HĐND|(?:Ủy|Uỷ)\s+[Bb]an\s+[Nn]hân\s+[Dd]ân"
    r"|Hội\s+đồng\s+[Nn]hân\s+[Dd]ân|Ban\s+Chấp\s+hành|Ban\s+Thường\s+vụ|Thường\s+trực"
    r"|Cụm\s+thi\s+đua|Khối\s+thi\s+đua|Hội\s+đồng\s+Thi\s+đua\s*-\s*Khen\s+thưởng"
    r"|Ban\s+Thi\s+đua\s*-\s*Khen\s+thưởng|(?:Bộ|Sở)\s+(?:" + _DOMAINS + r")"
    r"|Thủ\s+tướng\s+Chính\s+phủ|(?<!Chánh\s)Văn\s+phòng\s+(?:HĐND|UBND|Hội\s+đồng\s+nhân\s+dân"
    r"|(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân|Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy)"
    r"|Chính\s+phủ|Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy|Tỉnh\s+đoàn|Thành\s+đoàn|Trung\s+ương\s+Đoàn)"
    # A news item spells the abbreviation out once: "Ủy ban nhân dân (UBND) TP. Hồ Chí Minh".
    r"(?:\s+\((?:UBND|HĐND)\))?"
    r"(?:\s+(?:tỉnh|thành\s+phố|Thành\s+phố|TP\.|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn"
    r"|Thành\s+đoàn|Tỉnh\s+đoàn|Huyện\s+đoàn|Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy|Đảng\s+ủy|số"
    r"|Đảng\s+bộ(?:\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường))?))?"
)
# A person's name after an office ("Chủ tịch UBND tỉnh Nguyễn Văn A") is not
# part of the issuer; it starts with a family name.
_FAMILY_NAMES = frozenset(
    {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương",
    }
)  # fmt: skip
_ENACTING_VERB = re.compile(
    r"^\s+(?:(?:vừa|đã|mới|cũng)\s+)*(?:ban\s+hành|có\s+văn\s+bản|có\s+công\s+văn|ký|thông\s+báo"
    r"|xây\s+dựng\s+kế\s+hoạch|có\s+kế\s+hoạch|có\s+quyết\s+định|có\s+chỉ\s+thị"
    r"|có\s+thông\s+báo|phát\s+động|quyết\s+định)\b",
    re.IGNORECASE,
)
_ISSUES_DOCUMENT = re.compile(
    rf"^\s+(?:(?:vừa|đã|mới)\s+)?ban\s+hành\s+(?:{_TYPE_NAMES})\b", re.IGNORECASE
)
# An issuer after these words is one the text only mentions ("của UBND tỉnh").
_NOT_ACTING = re.compile(r"(?:của|tại|với|cho|đến|gửi|trình|hội\s+trường|và)\s*$", re.IGNORECASE)
# The office holder's name after the office: "Chủ tịch UBND tỉnh Nguyễn Văn An đã ký".
_HOLDER = re.compile(
    rf"^\s+(?:{'|'.join(sorted(_FAMILY_NAMES))})(?:\s+[^\W\d_]+){{1,3}}?(?=\s+(?:vừa|đã|ký|mới)\b)"
)
_TERM = re.compile(r"[ ]+kh[oó]a[ ]+[IVXLC]+\b")
_NEXT_WORD = re.compile(r"[ ]+(?P<w>\S+)")
_LOCAL_LEVELS = frozenset({"tỉnh", "huyện", "xã", "phường", "quận"})
_COUNCILS = ("UBND", "HĐND")
_LOCALITY_END = re.compile(
    r"(?:tỉnh|[Tt]hành\s+phố|TP\.|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)$"
)
# A text cited as a ground or a rule ("thực hiện …", "quy định tại …").
_GROUND = re.compile(
    r"(?:thực\s+hiện|theo|căn\s+cứ|triển\s+khai|quy\s+định\s+tại)\s*$", re.IGNORECASE
)
# A paragraph that opens with a ground ("Căn cứ …", "Trên cơ sở đề nghị … tại
# Tờ trình số …") cites grounds only, unless a verb in it issues the citation.
_GROUND_PARAGRAPH = re.compile(
    # "Tiếp tục thực hiện …", "Để triển khai …" open a ground as well.
    r"^\s*(?:(?:tiếp\s+tục|để|nhằm)\s+)?"
    r"(?:căn\s+cứ|thực\s+hiện|theo|trên\s+cơ\s+sở|triển\s+khai|xét)\b",
    re.IGNORECASE,
)
_ISSUED_HERE = re.compile(r"(?:ban\s+hành|ký)\s*$")
_ANNOUNCES = re.compile(r"^\s+(?:(?:vừa|đã)\s+)?thông\s+báo\b")
_NUMERIC_DATE = (
    r"(?:(?P<d>[0-9]{1,2})\s*[/.-]\s*(?P<m>[0-9]{1,2})\s*[/.-]\s*(?P<y>[0-9]{4})"
    r"|(?P<d2>[0-9]{1,2})\s+tháng\s+(?P<m2>[0-9]{1,2})\s+năm\s+(?P<y2>[0-9]{4}))"
)
# The date that opens the sentence reporting the act ("Ngày 24/9/2025, Ban
# Thường vụ Tỉnh ủy ban hành …"), or that follows the reported number.
_DATE_OF_ACT = re.compile(
    rf"\bngày\s+{_NUMERIC_DATE}\s*,?\s+[^.\n]{{0,200}}?(?<!đăng\s)\b(?:ban\s+hành|ký)\b",
    re.IGNORECASE,
)
# "… số 03/KH-HĐND ngày 15/01/2019": the date of a cited text, not of the act.
_CITATION_BEFORE = re.compile(r"số[ ]+[0-9]+[/-][^\s,;]*[ ]*,?[ ]*$")
_DATE_AFTER_NUMBER = re.compile(rf"^\s*,?\s*ngày\s+{_NUMERIC_DATE}", re.IGNORECASE)
# The person who signed: a name right before "(đã) ký" ("Thủ tướng Chính phủ
# Phạm Minh Chính đã ký …").
_SIGNED_BY = re.compile(
    rf"\b(?:{'|'.join(sorted(_FAMILY_NAMES))})(?:\s+[^\W\d_]+){{1,3}}?(?=\s+(?:đã\s+|vừa\s+)?ký\b)"
)
# How a news item words the signer's capacity (Nghị định 30/2020: TL., TUQ., Q.).
_CAPACITY_WORDS = (
    (re.compile(r"\bthừa\s+lệnh\b", re.IGNORECASE), "TL."),
    (re.compile(r"\bthừa\s+[uủ][yỷ]\s+quyền\b", re.IGNORECASE), "TUQ."),
    (re.compile(r"\bQuyền\s+(?=[A-ZĐ])"), "Q."),
)
# "(Ban hành kèm theo Quyết định số 01/2012/QĐ-UBND ngày … của UBND tỉnh Long An)":
# a regulation attached to a decision is issued by the decision's issuer.
_ATTACHED_TO = re.compile(
    rf"^\(\s*(?:ban\s+hành\s+)?kèm\s+theo\s+(?:{_TYPE_NAMES})\s+số[^()]{{0,80}}?\bcủa\s+",
    re.IGNORECASE | re.MULTILINE,
)
# "Thanh Hóa: Hoãn các cuộc họp …": a news headline led by its place; labels
# ("Ngày đăng: …", "Tác giả: …") are followed by a few words only.
_PLACE_THEN_HEADLINE = re.compile(r"^[^\W\d_][^:]{1,30}:\s+[^\W\d_][^:]*(?:\s+\S+){4}$")
# A body a news item names as issuing a document of a given type, when it is not
# one _ISSUER_HEAD knows ("Ủy ban Dân tộc ban hành Thông tư", "Ban Tổ chức Trung
# ương đã ban hành Hướng dẫn"): its name starts with a capitalised body word and
# runs, within its clause, up to the verb.
_ISSUES_TYPE = re.compile(
    rf"\s+(?:(?:vừa|đã|mới)\s+)?ban\s+hành\s+(?:các\s+)?(?:{_TYPE_NAMES})\b", re.IGNORECASE
)
_BODY_START = re.compile(r"(?<!\S)(?:(?:Ủy|Uỷ)\s+ban|Ban|Bộ|Cục|Tổng\s+cục|Hội\s+đồng|Sở)\s")
_CLAUSE_BREAK = re.compile(r"[,;:()\n]|\.(?=\s)|\s[-–—]\s")
_ABOUT = re.compile(r"^\s*(?:(về\s+việc\s)|về\s+|V/v\s+)", re.IGNORECASE)


def _issuer_at(text: str, match: re.Match) -> tuple[str, int]:
    """The issuer phrase that starts at match, with the capitalised name after it
    ("UBND Thành phố Hà Nội", "Ủy ban nhân dân phường Lê Lợi"), and where it ends."""
    end = match.end()
    office = match.group(0).split(" ", 1)[0] in {"Chủ", "Phó"}
    # A place named after a person follows its locality word: "TP. Hồ Chí Minh";
    # after an office ("Chủ tịch UBND tỉnh Võ Tấn Đức") the name is its holder's.
    place_at = match.end() if _LOCALITY_END.search(match.group(0)) and not office else None
    while word := _NEXT_WORD.match(text, end):
        bare = word.group("w").rstrip(",.;:)")
        if (
            bare in _FAMILY_NAMES
            and end != place_at
            and (office or _HOLDER.match(text[word.start() : word.start() + 80]))
        ):
            break
        if bare in _LOCAL_LEVELS and text[:end].endswith(_COUNCILS):
            # "Thường trực HĐND tỉnh": the council's level after its abbreviation.
            end = word.start("w") + len(bare)
            if bare != word.group("w"):
                break
            continue
        if (
            not bare
            or not (bare[0].isupper() or bare.isdigit())
            or (is_upper(bare) and len(bare) > 6)
        ):
            break
        end = word.start("w") + len(bare)
        if bare != word.group("w"):
            break
    # A party committee or council is named with its term: "… khóa XIII".
    term = _TERM.match(text, end)
    if term:
        end = term.end()
    return re.sub(r"\s+", " ", text[match.start() : end]), end


def _reported_document(text: str) -> re.Match | None:
    """The document the item reports on: the first one cited by number that the
    text does not name as the ground of another ("Thực hiện Chỉ thị số 19/CT-TTg
    …, UBND tỉnh ban hành Kế hoạch số 594/KH-UBND")."""
    for citation in _CITED.finditer(text):
        if not any(c.isalpha() for c in citation.group("number")):
            # "quyết định 1/7/2025" is a date; a number carries its symbol.
            continue
        if _GROUND.search(text[max(0, citation.start() - 25) : citation.start()]):
            continue
        before = text[text.rfind("\n", 0, citation.start()) + 1 : citation.start()]
        if _GROUND_PARAGRAPH.match(before) and not _ISSUED_HERE.search(before):
            continue
        return citation
    return _ENACTED_SERIAL.search(text)


def _named_issuer(text: str) -> str | None:
    """The body named right before "(vừa) ban hành <type>", the last body word of
    the clause starting its name ("Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc" names
    "Ủy ban Dân tộc")."""
    for verb in _ISSUES_TYPE.finditer(text):
        before = text[max(0, verb.start() - 80) : verb.start()]
        clause = _CLAUSE_BREAK.split(before)[-1]
        starts = list(_BODY_START.finditer(clause))
        if starts:
            name = clause[starts[-1].start() :].strip()
            if len(name.split()) <= 8:
                return re.sub(r"\s+", " ", name)
    return None


def _date_of(match: re.Match) -> datetime.date | None:
    day, month, year = (match.group(n) or match.group(n + "2") for n in ("d", "m", "y"))
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None


class ArticleReader:
    """Number, type, title and issuer of a text that has no official header."""

    def _article_text(self) -> str:
        return "\n".join(line for line in self.lines if line)

    def _parse_article(self) -> None:
        doc = self.doc
        headline = self._headline()
        cited = _reported_document(self._article_text())
        if headline and doc.title is None:
            doc.title = headline.rstrip(" .")
        if cited and doc.number is None:
            number = cited.group("number").rstrip(".")
            if number.isdigit():
                doc.number = number
            else:
                self._assign_number(number)
            named = _TYPE_BY_FOLDED_NAME.get(key(cited.group("type")))
            self.type_from_heading = named or self.type_from_heading
            if doc.title is None:
                rest = cited.string[cited.end() :].split("\n", 1)[0]
                about = _ABOUT.match(rest)
                if about:
                    # "Về việc …" is printed as part of a subject; "về" alone is not.
                    start = about.start(1) if about.group(1) else about.end()
                    doc.title = rest[start:].rstrip(" .")
        if self.type_from_heading is None:
            self.type_from_heading = self._type_named(headline)
        if doc.issuing_body is None:
            doc.issuing_body = self._acting_issuer(cited) or _named_issuer(self._article_text())
        if doc.issued_on is None:
            doc.issued_on = self._date_of_act(cited)
        if doc.signer_name is None:
            self._reported_signer()
        if not doc.legal_bases:
            # A web page that prints a notice without its header keeps its bases.
            self._parse_legal_bases(0, len(self.lines))

    def _date_of_act(self, cited: re.Match | None) -> datetime.date | None:
        text = self._article_text()
        if cited:
            after = _DATE_AFTER_NUMBER.match(text[cited.end() : cited.end() + 60])
            if after:
                return _date_of(after)
        for act in _DATE_OF_ACT.finditer(text):
            if not _CITATION_BEFORE.search(text[max(0, act.start() - 40) : act.start()]):
                return _date_of(act)
        return None

    def _reported_signer(self) -> None:
        text = self._article_text()
        for signed in _SIGNED_BY.finditer(text):
            if not is_name(signed.group(0)):
                continue
            self.doc.signer_name = signed.group(0)
            sentence = text[max(0, signed.start() - 120) : signed.start()].rsplit(". ", 1)[-1]
            for pattern, capacity in _CAPACITY_WORDS:
                if pattern.search(sentence):
                    self.doc.signer_capacity = capacity
                    break
            return

    def _headline(self) -> str | None:
        """The last title-like line before the lead paragraph, the first sentence
        (skipping the page's menus, section names in capitals, bylines and dates)."""
        headline = capitals = None
        seen = False
        for line in self.lines:
            if not line:
                continue
            if line[0].islower() and seen:
                # Inside a paragraph that the copy wrapped: the lead has begun.
                return headline or capitals
            seen = True
            if is_motto(key(line)):
                continue
            # A lead that lost its full stop still reads as one: after a headline,
            # a line reporting a document issued by number ("… vừa ban hành Công văn
            # số 1510-CV/BTGTU, về việc …").
            lead = headline is not None and bool(_ISSUES_TYPE.search(line) and _CITED.search(line))
            if lead or len(line) > 200 or line.endswith((".", ":", ";", "!", "?", "…")):
                # A headline in capitals only when no line in lower case stands
                # there (section names above a headline are in capitals too).
                return headline or capitals
            if (
                len(line.split()) >= 4
                and (":" not in line or _PLACE_THEN_HEADLINE.match(line))
                and not BULLET.match(line)
                and not line[0].isdigit()
                and not line.startswith("(")
                and not STARTS_BODY.match(key(line))
            ):
                if is_upper(line):
                    capitals = line
                else:
                    headline = line
        return None

    def _type_named(self, headline: str | None) -> str | None:
        if headline:
            for name, code in _TYPE_BY_FOLDED_NAME.items():
                if key(headline).startswith(name + " "):
                    return code
        text = self._article_text()
        enacted = _ENACTED_TYPE.search(text)
        if enacted:
            return _TYPE_BY_FOLDED_NAME.get(key(enacted.group("type")))
        # "Văn phòng HĐND tỉnh thông báo lịch tiếp công dân …": a body announcing
        # (in the lead, among the first bodies the text names).
        for issuer in islice(_ISSUER_HEAD.finditer(text), 20):
            end = _issuer_at(text, issuer)[1]
            if _ANNOUNCES.match(text[end : end + 40]):
                return "TB"
        return None

    def _attaching_issuer(self) -> str | None:
        """The issuer of the decision an attached regulation names in its note."""
        text = self._article_text()
        attached = _ATTACHED_TO.search(text)
        issuer = _ISSUER_HEAD.match(text, attached.end()) if attached else None
        return _issuer_at(text, issuer)[0] if issuer else None

    def _acting_issuer(self, cited: re.Match | None, enacting_only: bool = False) -> str | None:
        """The body the text shows acting. enacting_only: only the one that issues
        the document ("Ban Chấp hành Thành đoàn Hà Nội ban hành Kế hoạch …"), for
        a document whose header names no issuer."""
        text = self._article_text()
        if cited:
            # "Chỉ thị số 03/CT-UBND của Chủ tịch UBND tỉnh về việc …"
            after = re.match(r"\s+(?:ngày\s+\S+\s+)?của\s+", text[cited.end() :])
            if after:
                issuer = _ISSUER_HEAD.match(text, cited.end() + after.end())
                if issuer:
                    return _issuer_at(text, issuer)[0]
        acting = []
        for issuer in _ISSUER_HEAD.finditer(text):
            if _NOT_ACTING.search(text[max(0, issuer.start() - 20) : issuer.start()]):
                continue
            if issuer.start() and not (
                text[issuer.start() - 1].isspace() or text[issuer.start() - 1] in '(“"'
            ):
                continue
            phrase, end = _issuer_at(text, issuer)
            following = _HOLDER.sub("", text[end : end + 200], count=1)
            if _ISSUES_DOCUMENT.match(following) or (
                _ANNOUNCES.match(following)
                or (not enacting_only and _ENACTING_VERB.match(following))
            ):
                return phrase
            if enacting_only:
                continue
            if following[:1] == " " and following[1:2].islower():
                acting.append(phrase)
        return acting[0] if acting else None
