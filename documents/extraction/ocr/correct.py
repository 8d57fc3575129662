"""Post-correction of recognised text: the confusions Tesseract makes on official
documents, where the document's own conventions decide the right reading.

- the number line: "Sô:", "S6 :" → "Số:", and the number written as printed,
  "1044QĐ-UBND", "1044 / QÐ - UBND" → "1044/QĐ-UBND";
- codes: Ð (Icelandic eth, which Tesseract often returns) → Đ, and the codes that
  only exist with Đ ("QD-UBND" → "QĐ-UBND", "HDND" → "HĐND");
- dates of issue: "ngảy 29 thảng 12 nãm 2O17" → "ngày 29 tháng 12 năm 2017";
- marks (đ/d, ê ô ơ ư, tones) inside the set phrases of administrative writing,
  decided by `PHRASES`: when a run of words equals a phrase once every mark is
  removed but differs in its marks ("Ủy bản nhần dân", "NĂNG LỤC", "dồng chí"),
  the phrase's marks are taken, in the run's letter case. A run that folds to two
  different phrases is left alone.

Only recognised pages are corrected; a text layer is kept as its author wrote it.
"""

from __future__ import annotations

import re
import unicodedata

from search.text import fold

# Set phrases of official documents (Nghị định 30/2020/NĐ-CP on administrative
# writing, the Law on Emulation and Commendation): long enough that a run of words
# folding to one of them is that phrase, whatever marks the recognition gave it.
PHRASES = """
ủy ban; nhân dân; hội đồng; văn bản; quyết định; kế hoạch; chỉ thị; thông báo;
báo cáo; công văn; hướng dẫn; nghị quyết; nghị định; thông tư; tờ trình; giấy mời;
biên bản; công điện; quy chế; quy định; phương án; đề án; chương trình; kết luận;
cộng hòa; xã hội; chủ nghĩa; việt nam; độc lập; tự do; hạnh phúc; căn cứ;
thi đua; khen thưởng; bằng khen; giấy khen; danh hiệu; chiến sĩ; tập thể; cá nhân;
lao động tiên tiến; thành tích; xuất sắc; huân chương; kỷ niệm chương; anh hùng;
điển hình; tiên tiến; phong trào; gương mẫu; chủ tịch; phó chủ tịch; giám đốc;
phó giám đốc; trưởng ban; phó trưởng ban; chánh văn phòng; văn phòng; thủ trưởng;
bí thư; tỉnh ủy; thành ủy; huyện ủy; đảng ủy; ban thường vụ; thường trực;
thực hiện; triển khai; tổ chức; chỉ đạo; lãnh đạo; điều hành; đơn vị; cơ quan; địa phương;
địa bàn; trách nhiệm; hiệu lực; thi hành; kể từ ngày; ký ban hành; nơi nhận;
lưu vt; đồng chí; đề nghị; xét đề nghị; theo đề nghị; năng lực; hoạt động;
quản lý; nhà nước; chính phủ; thủ tướng; quốc hội; hành chính; cải cách;
kinh tế; phát triển; nhiệm vụ; giải pháp; mục đích; yêu cầu; nội dung;
kinh phí; ngân sách; dự toán; kỳ họp; chi tiết; hồ chí minh; tư tưởng;
đạo đức; phong cách; học tập; làm theo; sở nội vụ; sở tài chính; ban thi đua;
công an; quân sự; mặt trận tổ quốc; đoàn thanh niên; hội liên hiệp phụ nữ;
liên đoàn lao động; cựu chiến binh; nông dân; đồng bào; dân tộc; tôn giáo;
giáo dục; đào tạo; y tế; văn hóa; thể thao; du lịch; nông nghiệp; công nghiệp;
xây dựng; giao thông; tài nguyên; môi trường; khoa học; công nghệ; thông tin;
truyền thông; tư pháp; thanh tra; kiểm tra; giám sát; đánh giá; tổng kết;
sơ kết; định kỳ; đột xuất; hằng năm; giai đoạn; năm học;
"""

# Letters of the codes in document numbers that only exist with Đ.
CODES_WITH_D_BAR = {
    "QD": "QĐ",
    "QYD": "QyĐ",
    "ND": "NĐ",
    "CD": "CĐ",
    "DA": "ĐA",
    "HDND": "HĐND",
    "BTDKT": "BTĐKT",
    "HDTDKT": "HĐTĐKT",
    "DU": "ĐU",
}
_NUMBER_LINE = re.compile(r"^(\W*)S[ốôoóòỏõọồổỗộớờởỡợ0-9]\s*[:;.,]\s*(?=[\dOo])", re.MULTILINE)
# The number after "Số:": digits, then an optional year, then the code parts; the
# separators as recognised (a lost or spaced "/" and "-").
_NUMBER = re.compile(
    r"(?<=Số: )(\d{1,5})\s*[/|lI1]?\s*(?:(\d{4})\s*/\s*)?"
    r"([A-ZĐÐa-z]{1,6}(?:\s*[-–—]\s*[A-ZĐÐa-z]{1,8}){1,3})"
)
_CODE = re.compile(r"\b(\d{1,5}/(?:\d{4}/)?)([A-ZĐÐa-z]{1,6}(?:[-–—][A-ZĐÐ]{1,8}){1,3})\b")
_DIGITISH = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})
_DATE = re.compile(
    r"\b[nN]g[aàảáạã][yỳýỷỹỵ]\s+([\dOolI]{1,2})\s+th[aàảáạãăắằẳẵặâấầẩẫậ]ng\s+([\dOolI]{1,2})"
    r"\s+n[aàảáạãăắằẳẵặâấầẩẫậ]m\s+([\dOolI]{4})\b"
)
_WORD = re.compile(r"[^\W\d_]+")


def _phrase_index() -> dict[tuple[str, ...], tuple[str, ...]]:
    index: dict[tuple[str, ...], tuple[str, ...] | None] = {}
    for phrase in PHRASES.replace("\n", " ").split(";"):
        words = tuple(phrase.split())
        if not words:
            continue
        key = tuple(fold(word) for word in words)
        # Two phrases folding alike cannot tell a recognition error apart.
        index[key] = None if key in index and index[key] != words else words
    return {key: words for key, words in index.items() if words}


_PHRASES = _phrase_index()
_LONGEST = max(len(key) for key in _PHRASES)


def correct(text: str) -> str:
    """The recognised text with the confusions above repaired."""
    text = _NUMBER_LINE.sub(r"\1Số: ", text)
    text = _NUMBER.sub(_number, text)
    text = _CODE.sub(lambda match: match.group(1) + _code(match.group(2)), text)
    text = _DATE.sub(_date, text)
    return "\n".join(_phrases(line) for line in text.split("\n"))


def _number(match: re.Match) -> str:
    year = f"{match.group(2)}/" if match.group(2) else ""
    return f"{match.group(1)}/{year}{_code(match.group(3))}"


def _code(code: str) -> str:
    parts = [part.strip() for part in re.split(r"\s*[-–—]\s*", code.replace("Ð", "Đ"))]
    return "-".join(CODES_WITH_D_BAR.get(part.upper(), part) for part in parts)


def _date(match: re.Match) -> str:
    day, month, year = (group.translate(_DIGITISH) for group in match.groups())
    prefix = "N" if match.group(0)[0] == "N" else "n"
    return f"{prefix}gày {day} tháng {month} năm {year}"


def _phrases(line: str) -> str:
    """Each run of words that folds to a set phrase takes that phrase's marks."""
    words = list(_WORD.finditer(line))
    keys = [fold(word.group(0)) for word in words]
    replacements: list[tuple[int, int, str]] = []
    index = 0
    while index < len(words):
        for size in range(min(_LONGEST, len(words) - index), 1, -1):
            phrase = _PHRASES.get(tuple(keys[index : index + size]))
            if phrase is None or not _adjacent(line, words[index : index + size]):
                continue
            for word, right in zip(words[index : index + size], phrase, strict=True):
                if not _same_marks(word.group(0), right):
                    replacements.append(
                        (word.start(), word.end(), _in_case_of(word.group(0), right))
                    )
            index += size - 1
            break
        index += 1
    for start, end, fixed in reversed(replacements):
        line = line[:start] + fixed + line[end:]
    return line


def _adjacent(line: str, words: list[re.Match]) -> bool:
    """The words are separated by spaces only (a phrase does not span a comma)."""
    return all(
        not line[a.end() : b.start()].strip() for a, b in zip(words, words[1:], strict=False)
    )


def _same_marks(word: str, right: str) -> bool:
    """The same letters and marks, wherever the tone sits: "Uỷ" and "Ủy", "hoà" and
    "hòa" are both correct spellings and are kept as recognised."""
    marks = [
        sorted(
            char
            for char in unicodedata.normalize("NFD", text.lower())
            if unicodedata.combining(char)
        )
        for text in (word, right)
    ]
    return marks[0] == marks[1] and ("đ" in word.lower()) == ("đ" in right)


def _in_case_of(original: str, right: str) -> str:
    if original.isupper() and len(original) > 1:
        return right.upper()
    if original[:1].isupper():
        return right[:1].upper() + right[1:]
    return right
