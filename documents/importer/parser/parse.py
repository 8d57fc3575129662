"""Parse the text of a Vietnamese official document (văn bản hành chính) into fields.

The layout follows the government's rules for administrative documents: a header
block (issuer on the left, the national motto on the right, number and place/date
under them), the type heading and subject line, legal bases, the body, and at the
end the recipients ("Nơi nhận") beside the signer block. Each part has a module of
its own (header and issuer, subject, bases, outline, signature with tail_lines,
recipients, tasks); `_Parser` runs them in the order the parts are printed. Copies
that lost the layout are put back first (runon: a document on one line; lines:
cells, wrapped lines); a text without an official header, such as a news item about
a document, is read by article (with article_acts and article_issuer).

Choices worth knowing:
- Text is kept as printed: the issuer "ỦY BAN NHÂN DÂN / TỈNH LẠNG SƠN" becomes
  "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN" (lines joined by one space, letter case kept);
  changing case would need knowledge of proper names and could invent text.
- A field that is not in the text stays None (or an empty list); nothing is guessed.
"""

from __future__ import annotations

import re
from pathlib import Path

from django.utils.translation import gettext as _

from documents.extraction import extract_bytes, limits, read_path

from .article import ArticleReader, cited_in_headline
from .bases import LegalBasesParser
from .full_names import completed_cut_name
from .header import HeaderParser
from .lines import LineReader, key, normalise
from .model import DOCUMENT_TYPES, ParsedDocument
from .outline import OutlineParser
from .patterns import VV
from .runon import unflatten
from .signature import SignatureParser
from .subject import SubjectParser
from .tasks import TaskParser

_STRAY_MARKS_AT_END = re.compile(r"(?:\s+[\u0300-\u036f]+)+$")
_VV_ABBREVIATED = re.compile(r"^V/v\b", re.IGNORECASE)


class _Parser(
    HeaderParser,
    SubjectParser,
    ArticleReader,
    SignatureParser,
    LegalBasesParser,
    OutlineParser,
    TaskParser,
    LineReader,
):
    """One run over one document. Each part's class adds the methods that read that
    part; they share the lines (LineReader) and the state set here."""

    def __init__(self, lines: list[str], warnings: list[str]):
        super().__init__(lines)
        self.doc = ParsedDocument(warnings=warnings)
        self.type_heading_at: int | None = None
        self.type_from_heading: str | None = None
        self.number_code: str | None = None
        self.number_blank = False
        self.header_first = len(lines)
        self.date_warned = False
        self.legal_base_lines: set[int] = set()
        self.authority_lines: set[int] = set()
        self.date_at: int | None = None
        self.inline_subject: str | None = None
        self.deadline_column = False
        # The text opens at "Kính gửi:", a letter without its header (HeaderParser).
        self.headless_letter = False

    def run(self) -> ParsedDocument:
        anchor = self._find_anchor()
        if anchor is None:
            self.doc.warnings.append(_("Không nhận ra phần đầu của văn bản hành chính."))
            self._parse_article()
            self._resolve_type()
            return self.doc
        region_end = self._parse_header(anchor)
        body_start = self._parse_title(region_end)
        tail_start = self._find_tail(body_start)
        self._parse_tail(tail_start)
        self._parse_legal_bases(body_start, tail_start)
        table = self._parse_tasks(body_start, tail_start)
        self._parse_sections(body_start, tail_start, table)
        doc = self.doc
        if (
            doc.title is None
            and doc.number is None
            and doc.issued_on is None
            and not self.headless_letter
        ):
            # What looked like a header was not one: a web page under a headline.
            self._parse_article()
        else:
            self._issuer_from_signature()
            if doc.issuing_body is None and self.headless_letter:
                doc.issuing_body = self._letter_sender()
            if doc.issuing_body is None:
                doc.issuing_body = self._attaching_issuer() or self._acting_issuer(
                    None, enacting_only=True
                )
        if doc.title:
            doc.title, number = cited_in_headline(doc.title)
            if number and doc.number is None:
                self._assign_number(number)
            # Marks OCR left apart after the subject's end belong to no word.
            doc.title = _STRAY_MARKS_AT_END.sub("", doc.title)
        if doc.title and doc.title.endswith(".") and not doc.title.endswith(".."):
            # A subject is printed without a full stop; a copy may add one.
            doc.title = doc.title[:-1].rstrip()
        self._resolve_type()
        self._join_joint_issuers()
        doc.issuing_body = completed_cut_name(doc.issuing_body, "\n".join(self.lines))
        self._add_missing_warnings()
        return self.doc

    def _join_joint_issuers(self) -> None:
        """A joint document ("Thông tư liên tịch", a number ending "/TTLT") heads
        its issuers side by side as peers, not a body under its parent: "TÒA ÁN
        NHÂN DÂN TỐI CAO - VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO"."""
        doc = self.doc
        joint = doc.document_type_code == "TTLT" or any(
            part.endswith("LT") and len(part) <= 5
            for part in re.split(r"[/-]", key(doc.number or ""))
        )
        if joint and doc.issuing_parent and doc.issuing_body:
            doc.issuing_body = f"{doc.issuing_parent} - {doc.issuing_body}"
            doc.issuing_parent = None

    def _resolve_type(self) -> None:
        code = self.type_from_heading or self.number_code
        title = self.doc.title or ""
        if (code is None and VV.match(title)) or (
            self.type_from_heading is None and _VV_ABBREVIATED.match(title)
        ):
            # A "V/v" subject makes a công văn, whose number carries no type but
            # may spell one ("5680/CT-CS": CT for Cục Thuế); a decision that lost
            # its heading keeps "Về việc …" and its number's type.
            code = "CV"
        if code:
            self.doc.document_type_code = code
            self.doc.document_type_name = DOCUMENT_TYPES[code]

    def _add_missing_warnings(self) -> None:
        doc = self.doc
        if doc.document_type_code is None:
            doc.warnings.append(_("Không xác định được loại văn bản."))
        if doc.number is None and not self.number_blank:
            doc.warnings.append(_("Không tìm thấy số ký hiệu."))
        if doc.issued_on is None and not self.date_warned:
            doc.warnings.append(_("Không tìm thấy ngày ban hành."))
        if doc.title is None:
            doc.warnings.append(_("Không tìm thấy trích yếu."))
        if doc.signer_name is None:
            doc.warnings.append(_("Không tìm thấy người ký."))


def parse_text(text: str) -> ParsedDocument:
    """Parse the text of one document. Never raises on any string."""
    warnings: list[str] = []
    if not isinstance(text, str):
        text = str(text)
    max_chars = limits().max_chars
    if len(text) > max_chars:
        text = text[:max_chars]
        warnings.append(
            _("Văn bản quá dài: chỉ đọc %(limit)s ký tự đầu tiên.") % {"limit": max_chars}
        )
    if not text.strip():
        return ParsedDocument(warnings=[*warnings, _("Văn bản trống.")])
    lines = normalise(unflatten(text))
    return _Parser(lines, warnings).run()


def parse_bytes(data: bytes, filename: str = "") -> ParsedDocument:
    """Extract the text of a TXT, DOCX, XLSX or PDF file and parse it."""
    extraction = extract_bytes(data, filename)
    return _parse_extraction(extraction.text, extraction.warnings)


def parse_file(path: str | Path) -> ParsedDocument:
    """Read a file from disk and parse it."""
    extraction = read_path(path)
    return _parse_extraction(extraction.text, extraction.warnings)


def _parse_extraction(text: str, warnings: list[str]) -> ParsedDocument:
    if not text.strip():
        return ParsedDocument(warnings=list(warnings) or [_("Văn bản trống.")])
    document = parse_text(text)
    document.warnings[:0] = warnings
    return document
