"""talks.csv: one row per item, grouped by kind, in running order within each kind."""

from __future__ import annotations

import functools
from typing import ClassVar

from program.model import Item, Program
from program.model.clock import clock_text
from program.writers.base import RenderOptions
from program.writers.calendar_keys import calendar_keys
from program.writers.piece_reuse import pieces
from program.writers.shown_names import NamedPeople, named_people
from program.writers.speaker_index import talks_by_kind
from program.writers.spreadsheet import csv_head, csv_rows

HEADER = ("kind", "item_id", "day", "start", "end", "board", "title", "people", "paper_id", "recorded")


class TalksCsvWriter:
    """Writes the talk listing as a spreadsheet."""

    name: ClassVar[str] = "talks-csv"
    filename: ClassVar[str] = "talks.csv"
    media_type: ClassVar[str] = "text/csv"

    def write(self, program: Program, options: RenderOptions) -> str:
        """Return the CSV text; an item's row is taken from the published build when the item is the same."""
        del options  # a spreadsheet gets sortable ISO dates and 24-hour times
        names = named_people(program)
        keys = calendar_keys(program, None)  # an item's digest: every field but its source, its people as shown
        made = pieces(self.name)
        rows = (
            made.get(keys.item(item), functools.partial(_row, item, names))
            for group in talks_by_kind(program)
            for item in group.items
        )
        return csv_head(HEADER) + "".join(rows)


def _row(item: Item, names: NamedPeople) -> str:
    return csv_rows(
        [(item.kind.value, item.id, _day(item),
          clock_text(item.start, twelve_hour=False) if item.start else "",
          clock_text(item.end, twelve_hour=False) if item.end else "",
          item.board or "", item.title, names.joined(item.people, on=item.id, separator="; "), item.paper or "",
          "yes" if item.recorded else "no")]
    )  # fmt: skip


def _day(item: Item) -> str:
    """The item's date; an untimed one's is the day the feed lists it under (a session's talk, a meeting)."""
    day = item.start.date() if item.start else item.day
    return day.isoformat() if day else ""
