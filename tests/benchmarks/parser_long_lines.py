"""The importer's parser on the longest texts it accepts (500,000 characters, the
default MAX_CHARS): a document flattened onto one line, a list of recipients on
one line, a news item repeating an issuer, a legal basis with thousands of ";".
Each case is parsed three times; the best time is printed. Not part of the test
run:

    DJANGO_SETTINGS_MODULE=portal.settings.test \
        .venv/bin/python tests/benchmarks/parser_long_lines.py
"""

import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]

FLAT_HEAD = (
    "THỦ TƯỚNG CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh "
    "phúc Số: 722/QĐ-TTg Hà Nội, ngày 06 tháng 6 năm 2008 QUYẾT ĐỊNH Về việc tặng thưởng "
    "THỦ TƯỚNG CHÍNH PHỦ Căn cứ Luật Tổ chức Chính phủ; QUYẾT ĐỊNH: Điều 1. Tặng Cờ. "
)
CASES = {
    "flattened document": FLAT_HEAD
    + "Điều 3. Nội dung chi tiết của quyết định; Căn cứ Luật; Nơi nhận: - Sở; " * 5000,
    "recipients on one line": "Nơi nhận: " + "- Sở. " * 80000,
    "news item repeating an issuer": "UBND tỉnh " * 50000,
    "legal basis with many ';'": "Số: 1/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc\nCăn cứ Luật a; "
    + "xác định; " * 45000,
}


def main() -> None:
    sys.path.insert(0, str(BASE_DIR))
    import django

    django.setup()
    from documents.importer import parse_text

    for name, text in CASES.items():
        best = min(_timed(parse_text, text) for _ in range(3))
        print(f"{name}: {len(text):,} characters, {best:.2f} s")


def _timed(function, argument) -> float:
    start = time.perf_counter()
    function(argument)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
