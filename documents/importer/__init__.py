"""Parser for Vietnamese official documents: text from TXT, DOCX or a PDF's text
layer in, a ParsedDocument with number, type, subject, issuer, date, signer,
legal bases, recipients, body sections and a plan's task table out."""

from .parser import (
    DOCUMENT_TYPES,
    SIGNER_CAPACITIES,
    ParsedDocument,
    Section,
    Task,
    TaskGroup,
    parse_bytes,
    parse_file,
    parse_text,
)
from .sources import MAX_TEXT_CHARS, Extraction, extract_text, read_path

__all__ = [
    "DOCUMENT_TYPES",
    "MAX_TEXT_CHARS",
    "SIGNER_CAPACITIES",
    "Extraction",
    "ParsedDocument",
    "Section",
    "Task",
    "TaskGroup",
    "extract_text",
    "parse_bytes",
    "parse_file",
    "parse_text",
    "read_path",
]
