"""speakers.csv: one row per person and item, in index order, with the filing form."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from typing import ClassVar

from program.model import Program
from program.writers.base import RenderOptions
from program.writers.index_pieces import entry_texts
from program.writers.speaker_index import Appearance, IndexEntry
from program.writers.spreadsheet import csv_head, csv_rows

HEADER = ("sort_key", "name", "person_id", "kind", "day", "time", "board", "title", "item_id", "note", "affiliation")


class SpeakersCsvWriter:
    """Writes the speaker index as a spreadsheet."""

    name: ClassVar[str] = "speakers-csv"
    filename: ClassVar[str] = "speakers.csv"
    media_type: ClassVar[str] = "text/csv"

    def write(self, program: Program, options: RenderOptions) -> str:
        """Return the CSV text."""
        return "".join(_pieces(program, options))

    def write_chunks(self, program: Program, options: RenderOptions) -> Iterator[bytes]:
        """Yield the CSV text's bytes a few hundred people at a time."""
        pieces = _pieces(program, options)
        while batch := list(islice(pieces, 500)):
            yield "".join(batch).encode()


def _pieces(program: Program, options: RenderOptions) -> Iterator[str]:
    """The head, then each person's rows: an entry's rows are taken from the published build when it is the same."""
    yield csv_head(HEADER)
    for _, text in entry_texts(SpeakersCsvWriter.name, program, options, _entry_rows):
        yield text


def _entry_rows(entry: IndexEntry) -> str:
    return csv_rows(
        (entry.sort_key, entry.display, entry.person_id, seen.kind, _days(seen), _times(seen), seen.board or "",
         seen.title, seen.item_id, seen.note or "", entry.affiliation or "")
        for seen in entry.appearances
    )  # fmt: skip


def _starts(seen: Appearance) -> list[str]:
    """When the item is: its start, or for an untimed poster the starts of its sessions."""
    return [seen.start] if seen.start else list(seen.sessions)


def _days(seen: Appearance) -> str:
    return ", ".join(dict.fromkeys(start[:10] for start in _starts(seen)))


def _times(seen: Appearance) -> str:
    return ", ".join(start[11:16] for start in _starts(seen))
