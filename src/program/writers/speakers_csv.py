"""speakers.csv: one row per person and item, in index order, with the filing form."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from program.model import Program
from program.writers.base import RenderOptions, lang_of
from program.writers.speaker_index import Appearance, speaker_index
from program.writers.spreadsheet import csv_pieces, csv_text

HEADER = ("sort_key", "name", "person_id", "kind", "day", "time", "board", "title", "item_id", "note", "affiliation")


class SpeakersCsvWriter:
    """Writes the speaker index as a spreadsheet."""

    name: ClassVar[str] = "speakers-csv"
    filename: ClassVar[str] = "speakers.csv"
    media_type: ClassVar[str] = "text/csv"

    def write(self, program: Program, options: RenderOptions) -> str:
        """Return the CSV text."""
        return csv_text(HEADER, _rows(program, options))

    def write_chunks(self, program: Program, options: RenderOptions) -> Iterator[bytes]:
        """Yield the CSV text's bytes a thousand rows at a time."""
        return (piece.encode() for piece in csv_pieces(HEADER, _rows(program, options)))


def _rows(program: Program, options: RenderOptions) -> Iterator[tuple[str, ...]]:
    return (
        (entry.sort_key, entry.display, entry.person_id, seen.kind, _days(seen), _times(seen), seen.board or "",
         seen.title, seen.item_id, seen.note or "", entry.affiliation or "")
        for entry in speaker_index(program, lang_of(program, options))
        for seen in entry.appearances
    )  # fmt: skip


def _starts(seen: Appearance) -> list[str]:
    """When the item is: its start, or for an untimed poster the starts of its sessions."""
    return [seen.start] if seen.start else list(seen.sessions)


def _days(seen: Appearance) -> str:
    return ", ".join(dict.fromkeys(start[:10] for start in _starts(seen)))


def _times(seen: Appearance) -> str:
    return ", ".join(start[11:16] for start in _starts(seen))
