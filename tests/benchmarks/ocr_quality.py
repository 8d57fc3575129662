"""Recognition quality and cost on scans made from the corpus of real official
texts (tests/documents/corpus/): each text is drawn as an office scanner would give
it (tests/documents/extraction/scans.py: A4, serif, two-column header, skew, blur,
speckle; seeded), saved as an image-only PDF, and recognised by
`documents.extraction.ocr.recognise` in a child process of its own, so that its peak
memory is the recogniser's and not the scan drawing's.

Reported: character error rate against the drawn text (whitespace collapsed), the
importer's field accuracy on the recognised text beside its accuracy on the same
texts read as text (tests/documents/corpus_accuracy.py's scoring), seconds per A4
page and peak RSS of the recognising process and of Tesseract.

    .venv/bin/python tests/benchmarks/ocr_quality.py --sample 10 [--dpi 300] [--json out.json]

Not part of the test run (benchmarks are never timed tests).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(BASE_DIR))

from tests.documents.extraction import scans  # noqa: E402 - needs the project on the path

# The header of an official text ends with its place and date of issue.
ISSUE_DATE = re.compile(r"năm\s+\d{4}")
MOTTO = re.compile(r"^CỘNG\s+H[ÒO]A", re.IGNORECASE)
NUMBER_LINE = re.compile(r"^S[ốo]\s*[:.]", re.IGNORECASE)
HEADER_LINES = 16


def setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()


def layout(text: str) -> tuple[list[str], list[str], list[str], list[str]]:
    """The text's lines as preamble (a web copy's own lines above the document),
    left header column (issuer, number), right header column (motto, place-date) and
    body: what a printed official document puts side by side. Web copies carry "|"
    cell marks and split the place-date line; print has neither. Blank lines stay:
    the scan shows them as space."""
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line != "|"]
    joined: list[str] = []
    for line in lines:
        if joined and joined[-1].endswith("ngày") and line[:1].isdigit():
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    filled = [index for index, line in enumerate(joined) if line]
    motto = next((i for i in filled[:HEADER_LINES] if MOTTO.match(joined[i])), None)
    if motto is None:
        return [], [], [], joined
    end = next(
        (i for i in filled if motto <= i < motto + HEADER_LINES and ISSUE_DATE.search(joined[i])),
        None,
    )
    if end is None:
        return [], [], [], joined
    # The issuer is the run of capitals (and rules) right above the motto.
    start = motto
    while start > 0 and (
        not joined[start - 1] or joined[start - 1].isupper() or scans.RULE.match(joined[start - 1])
    ):
        start -= 1
    header = [line for line in joined[motto : end + 1] if line]
    left = [line for line in joined[start:motto] if line]
    left += [line for line in header if NUMBER_LINE.match(line)]
    right = [line for line in header if not NUMBER_LINE.match(line)]
    preamble = [line for line in joined[:start] if line]
    return preamble, left, right, joined[end + 1 :]


def collapse(text: str) -> str:
    return " ".join(text.split())


def draw(texts: list[Path], folder: Path, dpi: int) -> list[dict]:
    """Each text's scan as an image-only PDF in the folder, with its ground truth."""
    cases = []
    for seed, path in enumerate(texts):
        preamble, left, right, body = layout(path.read_text(encoding="utf-8"))
        pages = scans.render_pages(
            body, left=left, right=right, preamble=preamble, dpi=dpi, seed=seed
        )
        scan = folder / f"{path.stem}.pdf"
        scan.write_bytes(scans.pdf_bytes(pages, dpi))
        drawn = [line for line in [*left, *right] if not scans.RULE.match(line)]
        truth = collapse(" ".join([*preamble, *drawn, *body]))
        cases.append({"text": str(path), "scan": str(scan), "truth": truth, "pages": len(pages)})
    return cases


def recognise_all(cases_file: Path) -> None:
    """In the child process: recognise every scan, write the texts and costs back."""
    from documents.extraction.ocr import recognise

    cases = json.loads(cases_file.read_text(encoding="utf-8"))
    for case in cases:
        started = time.perf_counter()
        result = recognise(Path(case["scan"]).read_bytes(), Path(case["scan"]).name)
        case["seconds"] = time.perf_counter() - started
        case["recognised"] = result.text
        case["error"] = result.error
        case["recognised_pages"] = result.recognised_pages
    cost = {
        "worker_peak_rss_mib": _own_peak_rss_mib(),
        "tesseract_peak_rss_mib": _tesseract_peak_rss_mib(Path(cases[0]["scan"])),
    }
    cases_file.write_text(json.dumps({"cases": cases, "cost": cost}), encoding="utf-8")


def _own_peak_rss_mib() -> float:
    """VmHWM: the peak of this process's own memory since it started. (ru_maxrss
    would also count the parent's memory at the moment it was forked.)"""
    status = Path("/proc/self/status").read_text(encoding="ascii")
    return int(re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE).group(1)) / 1024


def _tesseract_peak_rss_mib(scan: Path) -> float | None:
    """Tesseract's peak memory on the scan's first page, prepared as `recognise`
    prepares it, measured by GNU time (a small parent, so its figure is Tesseract's
    alone); None where GNU time is not installed."""
    from documents.extraction.limits import ocr_limits
    from documents.extraction.ocr import engine, preprocess
    from documents.extraction.ocr.pages import pdf_pages

    if not Path("/usr/bin/time").exists():
        return None
    pages, release = pdf_pages(scan.read_bytes(), ocr_limits())
    image, dpi = pages[0].image()
    release()
    with tempfile.NamedTemporaryFile(suffix=".png") as page:
        preprocess.clean(preprocess.grey(image), dpi).save(page.name)
        measured = subprocess.run(
            [
                "/usr/bin/time",
                "-f",
                "%M",
                "tesseract",
                page.name,
                "stdout",
                "-l",
                engine.LANGUAGE,
                "--psm",
                engine.PAGE_SEGMENTATION,
                "--dpi",
                str(dpi),
                "tsv",
            ],
            capture_output=True,
            text=True,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
            check=True,
        )
    return int(measured.stderr.strip().splitlines()[-1]) / 1024


def score(cases: list[dict]) -> dict:
    from rapidfuzz.distance import Levenshtein

    from documents.importer import parse_text
    from tests.documents.corpus_accuracy import FIELDS, actual_fields, expected_fields

    errors = characters = 0
    as_text = [0, 0]
    as_scan = [0, 0]
    per_field = {name: [0, 0, 0] for name in FIELDS}
    for case in cases:
        recognised = collapse(case["recognised"])
        errors += Levenshtein.distance(recognised, case["truth"])
        characters += len(case["truth"])
        case["cer"] = Levenshtein.distance(recognised, case["truth"]) / max(len(case["truth"]), 1)
        expected = expected_fields(Path(case["text"]))
        from_text = actual_fields(Path(case["text"]))
        from_scan = parse_text(case["recognised"]).to_dict()
        for name in FIELDS:
            text_right = from_text[name] == expected[name]
            scan_right = from_scan.get(name) == expected[name]
            as_text[0] += text_right
            as_scan[0] += scan_right
            as_text[1] += 1
            as_scan[1] += 1
            per_field[name][0] += text_right
            per_field[name][1] += scan_right
            per_field[name][2] += 1
    return {
        "cer": errors / max(characters, 1),
        "text_accuracy": as_text[0] / max(as_text[1], 1),
        "scan_accuracy": as_scan[0] / max(as_scan[1], 1),
        "per_field": per_field,
    }


def sample(count: int) -> list[Path]:
    """`count` texts spread evenly over both corpus parts (all when 0)."""
    from tests.documents.corpus_accuracy import PARTS, corpus_texts

    texts = [path for part in PARTS for path in corpus_texts(part)]
    if not count or count >= len(texts):
        return texts
    step = len(texts) / count
    return [texts[int(index * step)] for index in range(count)]


def report(cases: list[dict], figures: dict, cost: dict, dpi: int, seconds: float) -> str:
    pages = sum(case["pages"] for case in cases)
    recognition = sum(case["seconds"] for case in cases)
    lines = [
        f"date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; machine: {_cpu()}, "
        f"{os.cpu_count()} cores; load average at the end: {os.getloadavg()[0]:.2f}",
        f"texts: {len(cases)}, pages: {pages}, dpi: {dpi}, wall time: {seconds:.0f} s",
        f"character error rate: {figures['cer']:.2%}",
        f"field accuracy: as text {figures['text_accuracy']:.1%}, "
        f"as scan {figures['scan_accuracy']:.1%}",
        f"seconds per page: {recognition / max(pages, 1):.2f}",
        f"peak RSS: recognising process {cost['worker_peak_rss_mib']:.0f} MiB, "
        f"Tesseract on one page {_mib(cost['tesseract_peak_rss_mib'])}",
        "",
        "| field | as text | as scan |",
        "| --- | --- | --- |",
    ]
    for name, (text_right, scan_right, total) in figures["per_field"].items():
        lines.append(f"| {name} | {text_right}/{total} | {scan_right}/{total} |")
    failed = [case for case in cases if case["error"]]
    lines += [f"failed: {Path(case['text']).stem}: {case['error']}" for case in failed]
    worst = sorted(cases, key=lambda case: case["cer"], reverse=True)[:5]
    lines += ["", "highest character error rates:"]
    lines += [f"  {case['cer']:.2%} {Path(case['text']).stem}" for case in worst]
    return "\n".join(lines)


def _mib(value: float | None) -> str:
    return f"{value:.0f} MiB" if value is not None else "not measured (no /usr/bin/time)"


def _cpu() -> str:
    info = Path("/proc/cpuinfo")
    if info.exists():
        found = re.search(r"^model name\s*:\s*(.+)$", info.read_text(), re.MULTILINE)
        if found:
            return found.group(1).strip()
    return platform.machine()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=10, help="texts to scan (0: all)")
    parser.add_argument("--dpi", type=int, default=200, help="resolution of the drawn scans")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--recognise", help=argparse.SUPPRESS)
    options = parser.parse_args()
    setup()
    if options.recognise:
        recognise_all(Path(options.recognise))
        return
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        cases = draw(sample(options.sample), Path(folder), options.dpi)
        cases_file = Path(folder) / "cases.json"
        cases_file.write_text(json.dumps(cases), encoding="utf-8")
        subprocess.run(
            [sys.executable, __file__, "--recognise", str(cases_file)], check=True, cwd=BASE_DIR
        )
        done = json.loads(cases_file.read_text(encoding="utf-8"))
    figures = score(done["cases"])
    print(report(done["cases"], figures, done["cost"], options.dpi, time.perf_counter() - started))
    if options.json:
        Path(options.json).write_text(
            json.dumps({**figures, **done["cost"], "cases": done["cases"]}, ensure_ascii=False),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
