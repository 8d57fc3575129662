"""What the importer's tests share: the sample documents and a short header."""

from pathlib import Path

SAMPLES_DIR = Path(__file__).parent / "samples"

HEADER = (
    "ỦY BAN NHÂN DÂN\nTỈNH SÔNG XANH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 5/TB-UBND\nSông Xanh, ngày 9 tháng 9 năm 2024\n"
    "THÔNG BÁO\nLịch tiếp công dân\n"
)
