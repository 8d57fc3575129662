"""What reading one file gives: its text, what kind of file it turned out to be,
and warnings for the editor."""

from __future__ import annotations

from dataclasses import dataclass, field

# The attachment model stores the note in a CharField of this length.
NOTE_MAX_LENGTH = 255


@dataclass
class Extraction:
    text: str = ""
    kind: str = "text"
    warnings: list[str] = field(default_factory=list)

    @property
    def note(self) -> str:
        """The warnings as one note, short enough for an attachment's note field."""
        note = " ".join(self.warnings)
        if len(note) > NOTE_MAX_LENGTH:
            note = note[: NOTE_MAX_LENGTH - 1] + "…"
        return note
