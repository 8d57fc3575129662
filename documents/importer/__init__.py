"""Parser for Vietnamese official documents: text from TXT, DOCX, XLSX or a PDF's
text layer (read by documents.extraction) in, a ParsedDocument with number, type,
subject, issuer, date, signer, legal bases, recipients, body sections and a plan's
task table out."""

from . import parser
from .parser import *  # noqa: F403 - the importer's public names are the parser's

__all__ = parser.__all__
