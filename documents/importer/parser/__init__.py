"""The parser of Vietnamese official documents, one module per part of a document:
header (issuer, number, type, place and date), subject, outline (legal bases and
numbered sections), signature, recipients and task tables; `parse` runs them."""

from .model import DOCUMENT_TYPES, SIGNER_CAPACITIES, ParsedDocument, Section, Task, TaskGroup
from .parse import parse_bytes, parse_file, parse_text

__all__ = [
    "DOCUMENT_TYPES",
    "SIGNER_CAPACITIES",
    "ParsedDocument",
    "Section",
    "Task",
    "TaskGroup",
    "parse_bytes",
    "parse_file",
    "parse_text",
]
