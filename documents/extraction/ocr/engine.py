"""Tesseract, through its command line: one process per page image, so that a
page running past its time limit is killed (`subprocess.run(timeout=…)`) without
touching the worker that asked, and the worker's own memory holds only one page
image at a time.

OMP_THREAD_LIMIT=1: Tesseract's OpenMP threads gain little on one page and, with
two cores shared by the web server and the worker, make every page slower.
"""

from __future__ import annotations

import functools
import io
import os
import re
import shutil
import subprocess

from .layout import text_from_tsv

LANGUAGE = "vie"
# Page segmentation 3 (automatic layout, no orientation detection): a page is
# already turned upright by `orientation` before it gets here.
PAGE_SEGMENTATION = "3"
_ROTATE = re.compile(r"^Rotate:\s*(\d+)", re.MULTILINE)
_CONFIDENCE = re.compile(r"^Orientation confidence:\s*([\d.]+)", re.MULTILINE)
# Below this OSD confidence the guess is noise (Tesseract's documentation uses 2).
MIN_ORIENTATION_CONFIDENCE = 2.0


class EngineError(Exception):
    """Tesseract failed on one page."""


class PageTimeout(EngineError):
    """Tesseract ran past the time limit of one page and was killed."""


@functools.cache
def _languages() -> frozenset[str]:
    binary = shutil.which("tesseract")
    if binary is None:
        return frozenset()
    try:
        listing = subprocess.run(
            [binary, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    # The first line is "List of available languages in …:".
    return frozenset(listing.stdout.split()[1:]) if listing.returncode == 0 else frozenset()


def available() -> bool:
    """Tesseract and its Vietnamese model are installed."""
    return LANGUAGE in _languages()


def text(image, dpi: int, timeout: float) -> str:
    """The text of one prepared (upright, grey or black-and-white) page image, from
    Tesseract's words with their boxes (`layout`)."""
    options = ["-l", LANGUAGE, "--psm", PAGE_SEGMENTATION, "--dpi", str(dpi), "tsv"]
    return text_from_tsv(_run(image, options, timeout))


def orientation(image, dpi: int, timeout: float) -> int:
    """Degrees to turn the page counter-clockwise to make it upright: 0, 90, 180 or
    270; 0 when Tesseract's orientation model is missing or unsure (too little text)."""
    if "osd" not in _languages():
        return 0
    try:
        report = _run(image, ["--psm", "0", "--dpi", str(dpi)], timeout)
    except EngineError:
        # OSD exits with an error on a page with too few characters: keep it as it is.
        return 0
    rotate, confidence = _ROTATE.search(report), _CONFIDENCE.search(report)
    if not rotate or not confidence or float(confidence.group(1)) < MIN_ORIENTATION_CONFIDENCE:
        return 0
    # Tesseract reports the clockwise turn that makes the page upright.
    return (360 - int(rotate.group(1))) % 360


def _run(image, options: list[str], timeout: float) -> str:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(
            ["tesseract", "stdin", "stdout", *options],
            input=buffer.getvalue(),
            capture_output=True,
            timeout=timeout,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise PageTimeout from error
    except OSError as error:
        raise EngineError(str(error)) from error
    if done.returncode != 0:
        raise EngineError(done.stderr.decode("utf-8", "replace")[-500:])
    return done.stdout.decode("utf-8", "replace")
