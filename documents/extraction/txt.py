"""Plain text files: BOMs first, then UTF-16 without a BOM, then UTF-8, then
Windows-1258 (older Vietnamese office files were often saved in it)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from .limits import Budget
from .result import Extraction

SNIFF_BYTES = 8192

_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def read_txt(data: bytes, budget: Budget) -> Extraction:
    if looks_binary(data):
        return Extraction(kind="binary", warnings=[_("Tệp là tệp nhị phân, không phải văn bản.")])
    text, warnings = decode_text(data, budget.limits.max_text_bytes)
    return Extraction(text=text, kind="text", warnings=warnings)


def decode_text(data: bytes, max_bytes: int) -> tuple[str, list[str]]:
    """Decode at most max_bytes of text, with a warning for each guess or cut."""
    warnings: list[str] = []
    truncated = len(data) > max_bytes
    if truncated:
        data = data[:max_bytes]
        warnings.append(
            _("Tệp văn bản quá lớn: chỉ đọc %(size)s byte đầu tiên.") % {"size": max_bytes}
        )
    for bom, codec in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            if codec.startswith("utf-16"):
                body = body[: len(body) - len(body) % 2]
            elif codec.startswith("utf-32"):
                body = body[: len(body) - len(body) % 4]
            return body.decode(codec, errors="replace"), warnings

    utf16 = _utf16_without_bom(data[:SNIFF_BYTES])
    if utf16:
        body = data[: len(data) - len(data) % 2]
        return body.decode(utf16, errors="replace"), warnings

    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError as error:
        # A cut in the middle of a multi-byte character is not an encoding problem.
        if truncated and error.start >= len(data) - 3:
            return data[: error.start].decode("utf-8", errors="replace"), warnings
    warnings.append(_("Tệp không phải UTF-8: đã đọc theo bảng mã Windows-1258."))
    return data.decode("cp1258", errors="replace"), warnings


def looks_binary(data: bytes) -> bool:
    """True when the first bytes hold NULs or many control characters."""
    sample = data[:SNIFF_BYTES]
    if not sample or _utf16_without_bom(sample):
        return False
    if sample.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in b"\t\n\r\f\v\x1b")
    return controls > len(sample) * 0.05


def _utf16_without_bom(sample: bytes) -> str | None:
    pairs = len(sample) // 2
    if pairs < 4:
        return None
    even_nuls = sum(1 for i in range(0, pairs * 2, 2) if sample[i] == 0)
    odd_nuls = sum(1 for i in range(1, pairs * 2, 2) if sample[i] == 0)
    # ASCII-heavy UTF-16 text has a NUL in one half of almost every pair and
    # almost none in the other half.
    if odd_nuls > pairs * 0.4 and even_nuls < pairs * 0.05:
        return "utf-16-le"
    if even_nuls > pairs * 0.4 and odd_nuls < pairs * 0.05:
        return "utf-16-be"
    return None
