"""Line patterns and keyword lists that more than one part of a document needs.

Keywords are written folded (capitals without marks, as `lines.key` makes them);
patterns that match a printed line keep the Vietnamese letters.
"""

import re

# "Về: …" opens a công văn's subject as well.
VV = re.compile(r"^(?:(?:V/v|Về việc)\b|Về\s*:)", re.IGNORECASE)
ROMAN = re.compile(r"^(?P<m>[IVX]{1,5})\s*[.)]\s*(?P<t>.*)$")
ARABIC = re.compile(r"^(?P<m>[0-9]{1,2}(?:\.[0-9]{1,2}){0,3})\s*[.)]\s*(?P<t>\S.*)$")
LETTER = re.compile(r"^(?P<m>[a-zđ])\s*\)\s*(?P<t>\S.*)$")
ARTICLE = re.compile(r"^(?P<m>Điều\s+[0-9]{1,3})\s*[.:]\s*(?P<t>.*)$")
BULLET = re.compile(r"^[-–—•+*]\s*(?P<t>.*)$")
BARE_NUMBER = re.compile(r"^[0-9]{1,3}\.?$")
PERIOD = re.compile(
    r"^(?:QUY\s+(?:[IV]{1,3}|[1-4])|THANG\s+[0-9]{1,2}|CA\s+NAM|[0-9]\s+THANG\s+(?:DAU|CUOI)\s+NAM"
    r"|NHIEM\s+VU\s+THUONG\s+XUYEN|THUONG\s+XUYEN|NAM\s+[0-9]{4})"
    r"(?:\s*(?:/|NAM)\s*[0-9]{4})?\s*:?$"
)
# "(Ban hành kèm theo Quyết định số …)": the note under an attached regulation's
# subject; the regulation's heading stands above it.
ATTACHED_NOTE = re.compile(r"^\(\s*(?:ban\s+hành\s+)?kèm\s+theo\b", re.IGNORECASE)
STARTS_BODY = re.compile(
    r"^(?:CAN\s+CU|THUC\s+HIEN|THEO\s|KINH\s+GUI|DE\s|NHAM\s|TREN\s+CO\s+SO|XET\s|VOI\s+MUC)"
)

BODY_WORDS = (
    "UY BAN", "UBND", "HOI DONG", "HDND", "SO ", "BAN ", "PHONG ", "KHOI ", "CUM ",
    "VAN PHONG", "TRUNG TAM", "CHI CUC", "CUC ", "TONG CUC", "BO ", "DANG ", "DANG UY",
    "TINH UY", "HUYEN UY", "THANH UY", "MAT TRAN", "LIEN DOAN", "DOAN ", "HOI ", "TRUONG ",
    "CONG AN", "BO CHI HUY", "THANH TRA", "CONG TY", "BAO ", "DAI ", "BENH VIEN", "VIEN ",
    "KHO BAC", "BAO HIEM", "CHINH PHU", "THU TUONG", "QUOC HOI", "TOA AN", "VIEN KIEM SAT",
    "THUONG TRUC", "TIEU BAN",
    # Abbreviations headers print: "LĐLĐ TỈNH …", "ỦY BAN MTTQ …", "BCH QUÂN SỰ …".
    "LDLD", "MTTQ", "BCH ", "CONG DOAN", "HDTD", "LIEN MINH",
    # Bodies a ministry or a bank heads.
    "VU ", "HOC VIEN", "DAI HOC", "NGAN HANG", "CHI NHANH", "TAP DOAN", "TONG CONG TY",
)

# Titles a signer block prints above the name (folded).
SIGNER_TITLES = (
    "CHU TICH", "PHO CHU TICH", "GIAM DOC", "PHO GIAM DOC", "TRUONG BAN", "PHO TRUONG BAN",
    "KHOI TRUONG", "KHOI PHO", "CUM TRUONG", "CUM PHO", "CHANH VAN PHONG", "PHO CHANH VAN PHONG",
    "BO TRUONG", "THU TRUONG", "BI THU", "PHO BI THU", "TRUONG PHONG", "PHO TRUONG PHONG",
    "HIEU TRUONG", "TONG GIAM DOC", "CHI CUC TRUONG", "CUC TRUONG", "THU TUONG", "VIEN TRUONG",
    "CHANH THANH TRA", "TRUONG DOAN", "NGUOI KY", "TM.", "KT.", "TL.", "TUQ.", "Q.",
    "PHO THU TUONG", "VU TRUONG", "PHO VU TRUONG", "CHU NHIEM", "PHO CHU NHIEM", "TONG CUC TRUONG",
    "PHO CUC TRUONG", "PHO CHANH THANH TRA", "PHO VIEN TRUONG", "PHO HIEU TRUONG",
)
