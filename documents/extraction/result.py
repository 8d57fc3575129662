"""What reading one file gives: its text, what kind of file it turned out to be,
and warnings for the editor; for recognition (OCR), how many pages the file has, how
many of them were recognised, and why it could not be recognised at all."""

from __future__ import annotations

from dataclasses import dataclass, field

# The attachment model stores the note in a CharField of this length.
NOTE_MAX_LENGTH = 255


@dataclass
class Extraction:
    text: str = ""
    kind: str = "text"
    warnings: list[str] = field(default_factory=list)
    pages: int = 0
    recognised_pages: int = 0
    # Non-empty (a Vietnamese sentence) when recognition failed for the whole file.
    error: str = ""

    @property
    def note(self) -> str:
        """The error and warnings as one note, short enough for an attachment's
        note field."""
        note = " ".join(part for part in (self.error, *self.warnings) if part)
        if len(note) > NOTE_MAX_LENGTH:
            note = note[: NOTE_MAX_LENGTH - 1] + "…"
        return note
