"""Which body a news item shows acting (a text without an official header, read
by article): the issuer of the document it reports ("Chỉ thị số 03/CT-UBND của Chủ
tịch UBND tỉnh"), the body it shows issuing or announcing ("UBND tỉnh đã ban hành
…", "Văn phòng HĐND tỉnh thông báo …"), never one it only cites ("… của UBND
tỉnh"); for an attached regulation, the issuer of the decision it is attached to.
"""

from __future__ import annotations

import re
from itertools import islice

from .article_acts import TYPE_NAMES
from .lines import FAMILY_NAMES, is_upper

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
        # News items name them by their abbreviations: "Bộ VHTTDL", "Sở GD&ĐT".
        "VHTTDL", "VH,TT&DL", "GD&ĐT", "GDĐT", "LĐTBXH", "LĐ-TB&XH", "TN&MT", "TNMT",
        "NN&PTNT", "NN-PTNT", "KH&ĐT", "KH&CN", "KHCN", "TT&TT", "GTVT",
    )
)  # fmt: skip
ISSUER_HEAD = re.compile(
    # A committee's own board or party committee issues in its name: "Ban Tuyên
    # giáo Tỉnh ủy Trà Vinh", "Đảng ủy Văn phòng UBND tỉnh".
    r"(?:(?:Ban\s+(?:Tuyên\s+giáo|Tổ\s+chức|Dân\s+vận|Kiểm\s+tra|Nội\s+chính)|Đảng\s+ủy)\s+"
    r"(?=Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy|Văn\s+phòng|Sở|Bộ))?"
    r"(?:(?:Phó\s+)?Chủ\s+tịch\s+)?(?:UBND|HĐND|(?:Ủy|Uỷ)\s+[Bb]an\s+[Nn]hân\s+[Dd]ân"
    r"|Hội\s+đồng\s+[Nn]hân\s+[Dd]ân|Ban\s+Chấp\s+hành|Ban\s+Thường\s+vụ|Ban\s+Bí\s+thư"
    # The Fatherland Front's standing committee: "Ban Thường trực UBMTTQ Việt Nam huyện …".
    r"|(?:Ban\s+)?Thường\s+trực\s+(?:(?:Ủy|Uỷ)\s+ban\s+(?:MTTQ|Mặt\s+trận\s+Tổ\s+quốc)|UBMTTQ)"
    r"(?:\s+Việt\s+Nam)?|Thường\s+trực"
    r"|Cụm\s+thi\s+đua|Khối\s+thi\s+đua|Hội\s+đồng\s+Thi\s+đua\s*-\s*Khen\s+thưởng"
    r"|Ban\s+Thi\s+đua\s*-\s*Khen\s+thưởng|(?:Bộ|Sở|Bộ\s+trưởng)\s+(?:" + _DOMAINS + r")"
    r"|(?<!Phó\s)Thủ\s+tướng(?:\s+Chính\s+phủ)?|(?<!Chánh\s)Văn\s+phòng\s+(?:HĐND\s+và\s+UBND|HĐND|UBND"
    r"|Hội\s+đồng\s+nhân\s+dân"
    # The Government Office issues in its own name: "Văn phòng Chính phủ vừa có văn bản …".
    r"|(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân|Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy|Chính\s+phủ|Quốc\s+hội)"
    r"|Chính\s+phủ|Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy|Tỉnh\s+đoàn|Thành\s+đoàn|Trung\s+ương\s+Đoàn"
    # Mass organisations: "Hội Cựu chiến binh tỉnh", "Ủy ban Trung ương MTTQ Việt Nam".
    r"|Hội\s+(?:Cựu\s+chiến\s+binh|Nông\s+dân|Liên\s+hiệp\s+Phụ\s+nữ|LHPN|CCB)"
    r"|(?:Ủy|Uỷ)\s+ban\s+(?:Trung\s+ương\s+)?(?:MTTQ|Mặt\s+trận\s+Tổ\s+quốc)(?:\s+Việt\s+Nam)?)"
    # A news item spells the abbreviation out once: "Ủy ban nhân dân (UBND) TP. Hồ Chí Minh".
    r"(?:\s+\((?:UBND|HĐND)\))?"
    r"(?:\s+(?:tỉnh|thành\s+phố|Thành\s+phố|TP\.[A-ZĐ]\w*|TP\.|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn"
    r"|Thành\s+đoàn|Tỉnh\s+đoàn|Huyện\s+đoàn|Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy|Đảng\s+ủy|số"
    r"|Đảng\s+bộ(?:\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường))?))?"
)
# "UBND TP Hồ Chí Minh cho biết, vừa ban hành …": the body reporting its own act.
_ENACTING_VERB = re.compile(
    r"^\s+(?:cho\s+biết,?\s+)?(?:(?:vừa|đã|mới|cũng)\s+)*(?:ban\s+hành|có\s+văn\s+bản|có\s+công\s+văn|ký|thông\s+báo"
    r"|xây\s+dựng\s+kế\s+hoạch|có\s+kế\s+hoạch|có\s+quyết\s+định|có\s+chỉ\s+thị"
    r"|có\s+thông\s+báo|phát\s+động|quyết\s+định|chỉ\s+đạo)\b",
    re.IGNORECASE,
)
_ISSUES_DOCUMENT = re.compile(
    rf"^\s+(?:(?:vừa|đã|mới)\s+)?ban\s+hành\s+(?:{TYPE_NAMES})\b", re.IGNORECASE
)
# An issuer after these words is one the text only mentions ("của UBND tỉnh").
_NOT_ACTING = re.compile(r"(?:của|tại|với|cho|đến|gửi|trình|hội\s+trường|và)\s*$", re.IGNORECASE)
# The office holder's name after the office: "Chủ tịch UBND tỉnh Nguyễn Văn An đã ký".
_HOLDER = re.compile(
    rf"^\s+(?:{'|'.join(sorted(FAMILY_NAMES))})(?:\s+[^\W\d_]+){{1,3}}?(?=\s+(?:vừa|đã|ký|mới)\b)"
)
_OFFICE = re.compile(r"^(?:Phó\s+)?Chủ\s+tịch\s+(?=UBND|HĐND)")
_TERM = re.compile(r"[ ]+kh[oó]a[ ]+[IVXLC]+\b")
_BLOC_MEMBERS = re.compile(
    r"[ ]+các[ ]+(?:cơ[ ]+quan|doanh[ ]+nghiệp|trường|đơn[ ]+vị|sở|ban|ngành)(?:[ ]+[A-ZĐ]\w*)*"
)
_NEXT_WORD = re.compile(r"[ ]+(?P<w>\S+)")
# A name's word in lower case after its capitalised first half: "Trung ương", "Bí thư".
# A mass organisation's name goes on in lower case too: "Hội Cựu chiến binh",
# "Hội Liên hiệp Phụ nữ", "Hội Nông dân".
_NAME_TAILS = {
    "Trung": "ương", "Bí": "thư", "Cựu": "chiến", "chiến": "binh", "Liên": "hiệp", "Nông": "dân",
    "Phụ": "nữ",
}  # fmt: skip
# "Hội Cựu chiến binh (CCB) Việt Nam": the abbreviation a news item spells out once.
_ABBREVIATION_IN_BRACKETS = re.compile(r"^\([A-ZĐ&]{2,8}\)$")
_LOCAL_LEVELS = frozenset({"tỉnh", "huyện", "xã", "phường", "quận"})
_COUNCILS = ("UBND", "HĐND")
_LOCALITY_END = re.compile(
    r"(?:tỉnh|[Tt]hành\s+phố|TP\.|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)$"
)
# A council that "lấy ý kiến nhân dân" before an award announces it (a notice, TB).
_ANNOUNCES = re.compile(r"^\s+(?:(?:vừa|đã)\s+)?(?:thông\s+báo|lấy\s+ý\s+kiến\s+nhân\s+dân)\b")
_REQUESTS = re.compile(r"^\s+(?:(?:vừa|đã)\s+)?(?:đề\s+nghị|yêu\s+cầu)\s+các\b")
_GUIDES = re.compile(r"^\s+(?:(?:vừa|đã)\s+)?hướng\s+dẫn\b")
# "(Ban hành kèm theo Quyết định số 01/2012/QĐ-UBND ngày … của UBND tỉnh Long An)":
# a regulation attached to a decision is issued by the decision's issuer.
_ATTACHED_TO = re.compile(
    rf"^\(\s*(?:ban\s+hành\s+)?kèm\s+theo\s+(?:{TYPE_NAMES})\s+số[^()]{{0,80}}?\bcủa\s+",
    re.IGNORECASE | re.MULTILINE,
)
# A body a news item names as issuing a document of a given type, when it is not
# one ISSUER_HEAD knows ("Ủy ban Dân tộc ban hành Thông tư", "Ban Tổ chức Trung
# ương đã ban hành Hướng dẫn"): its name starts with a capitalised body word and
# runs, within its clause, up to the verb.
# "… đã có công điện khẩn số 13": a body that "has" a document of a type issues it.
ISSUES_TYPE = re.compile(
    rf"\s+(?:(?:vừa|đã|mới)\s+)?(?:ban\s+hành|có)\s+(?:các\s+)?(?:{TYPE_NAMES})\b",
    re.IGNORECASE,
)
# "BCH phòng chống thiên tai …": a steering committee by its abbreviation.
_BODY_START = re.compile(r"(?<!\S)(?:(?:Ủy|Uỷ)\s+ban|Ban|BCH|Bộ|Cục|Tổng\s+cục|Hội\s+đồng|Sở)\s")
_CLAUSE_BREAK = re.compile(r"[,;:()\n]|\.(?=\s)|\s[-–—]\s")


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
            bare in FAMILY_NAMES
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
        previous = text[:end].rsplit(" ", 1)[-1]
        if _ABBREVIATION_IN_BRACKETS.match(word.group("w")):
            end = word.end("w")
            continue
        if bare and _NAME_TAILS.get(previous) == bare:
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
    # "Khối thi đua các cơ quan Đảng": a bloc named after the kind of its members.
    members = _BLOC_MEMBERS.match(text, end) if text[:end].endswith("thi đua") else None
    if members:
        end = members.end()
    # A party committee or council is named with its term: "… khóa XIII".
    term = _TERM.match(text, end)
    if term:
        end = term.end()
    return re.sub(r"\s+", " ", text[match.start() : end]), end


def _spelled_out(text: str, phrase: str) -> str:
    """The issuer in its fullest printed form: "UBND huyện" when the text also
    writes "Ủy ban nhân dân huyện thông báo …"."""
    if _LOCALITY_END.search(phrase):
        # "Văn phòng HĐND và UBND thành phố thông báo …" and, closing the page, "Văn
        # phòng HĐND và UBND thành phố Long Xuyên thông báo …": the place named in full.
        named = re.search(rf"{re.escape(phrase)}(?:\s+[A-ZĐ]\w*)+(?=\s+thông\s+báo)", text)
        if named:
            return re.sub(r"\s+", " ", named.group(0))
    if not phrase.startswith("UBND "):
        return phrase
    rest = re.escape(phrase[len("UBND ") :])
    full = re.search(
        rf"(?<!\w)(?:Ủy|Uỷ) ban nhân dân {rest}(?=\s+(?:thông\s+báo|ban\s+hành))", text
    )
    return full.group(0) if full else phrase


def named_issuer(text: str) -> str | None:
    """The body named right before "(vừa) ban hành <type>", the last body word of
    the clause starting its name ("Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc" names
    "Ủy ban Dân tộc")."""
    for verb in ISSUES_TYPE.finditer(text):
        before = text[max(0, verb.start() - 120) : verb.start()]
        clause = _CLAUSE_BREAK.split(before)[-1]
        starts = list(_BODY_START.finditer(clause))
        if starts:
            name = clause[starts[-1].start() :].strip()
            # "Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Nghệ An"
            if len(name.split()) <= 16:
                return re.sub(r"\s+", " ", name)
    return None


def announcing_issuer(text: str, verb: re.Pattern = _ANNOUNCES) -> bool:
    """Whether a body the lead names announces ("Văn phòng HĐND tỉnh thông báo
    lịch tiếp công dân …"), among the first bodies the text names; with verb
    _GUIDES, whether it guides ("Ban Thường trực … hướng dẫn việc tổ chức …")."""
    for issuer in islice(ISSUER_HEAD.finditer(text), 20):
        end = _issuer_at(text, issuer)[1]
        if verb.match(text[end : end + 40]):
            return True
    return False


def guiding_issuer(text: str) -> bool:
    """Whether a body the lead names guides: it issues a guidance (HD)."""
    return announcing_issuer(text, _GUIDES)


def requesting_issuer(text: str) -> bool:
    """Whether a body the lead names asks others to act ("Ban Tuyên giáo Tỉnh ủy đề
    nghị các địa phương …"): a letter (CV)."""
    return announcing_issuer(text, _REQUESTS)


def attaching_issuer(text: str) -> str | None:
    """The issuer of the decision an attached regulation names in its note."""
    attached = _ATTACHED_TO.search(text)
    issuer = ISSUER_HEAD.match(text, attached.end()) if attached else None
    return _issuer_at(text, issuer)[0] if issuer else None


def acting_issuer(text: str, cited: re.Match | None, enacting_only: bool = False) -> str | None:
    """The body the text shows acting. enacting_only: only the one that issues
    the document ("Ban Chấp hành Thành đoàn Hà Nội ban hành Kế hoạch …"), for
    a document whose header names no issuer."""
    if cited:
        # "Chỉ thị số 03/CT-UBND của Chủ tịch UBND tỉnh về việc …"
        after = re.match(r"\s+(?:ngày\s+\S+\s+)?của\s+", text[cited.end() :])
        if after:
            issuer = ISSUER_HEAD.match(text, cited.end() + after.end())
            if issuer:
                return _issuer_at(text, issuer)[0]
    acting = []
    for issuer in ISSUER_HEAD.finditer(text):
        if _NOT_ACTING.search(text[max(0, issuer.start() - 20) : issuer.start()]):
            continue
        if issuer.start() and not (
            text[issuer.start() - 1].isspace() or text[issuer.start() - 1] in '(“"'
        ):
            continue
        phrase, end = _issuer_at(text, issuer)
        following = _HOLDER.sub("", text[end : end + 200], count=1)
        deputy = phrase.startswith("Phó ") or text[: issuer.start()].endswith("Quyền ")
        if deputy and following != text[end : end + 200]:
            # "Phó Chủ tịch UBND tỉnh Đặng Minh Thông vừa ký …": a deputy or an acting
            # chairman signs for the body; the chairman issues in his own name.
            phrase = _OFFICE.sub("", phrase, count=1)
        if _ISSUES_DOCUMENT.match(following) or (
            _ANNOUNCES.match(following) or (not enacting_only and _ENACTING_VERB.match(following))
        ):
            return _spelled_out(text, phrase)
        if enacting_only:
            continue
        if following[:1] == " " and following[1:2].islower():
            acting.append(phrase)
    return acting[0] if acting else None


# "BCĐ Trung ương về Phòng, chống thiên tai (PCTT) đã có Công điện …": a steering
# committee named by its abbreviation and its field, commas included.
_STEERING = re.compile(
    rf"(?<!\S)(?P<body>(?:BCĐ|Ban\s+Chỉ\s+đạo)\s+[^.\n]{{3,80}}?)(?:\s+\([A-ZĐ&-]{{2,}}\))?"
    rf"\s+(?:(?:vừa|đã|mới)\s+)?(?:ban\s+hành|có)\s+(?:{TYPE_NAMES})\b",
    re.IGNORECASE,
)


def steering_issuer(text: str) -> str | None:
    """The steering committee a news item shows issuing a document."""
    steering = _STEERING.search(text)
    return re.sub(r"\s+", " ", steering.group("body")) if steering else None


# A lead that opens on the notice and its sender: "Thông báo từ Văn phòng Chính phủ
# truyền đạt ý kiến của Thủ tướng …" (the body only cited comes later).
_NOTICE_FROM = re.compile(rf"(?:^|\n)Thông\s+báo\s+(?:từ|của)\s+(?P<body>{ISSUER_HEAD.pattern})")


def notice_sender(text: str) -> str | None:
    """The body a lead names as sending the notice it reports."""
    found = _NOTICE_FROM.search(text)
    return found.group("body") if found else None
