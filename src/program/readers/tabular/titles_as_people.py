"""A people column a sheet fills with the row's own title where nobody speaks: those "people" are no one.

Python Nordeste 2018 writes `Coffee Break | Coffee Break`, `Almoço | Almoço`, `Django Girls | Django
Girls` in its Título and Palestrante columns: each was a person with a calendar of their own. A
performer's slot is titled by its performer as well (LoneStarCon 3's KonOpas guide: `Filthy Pierre`
by Filthy Pierre), so a repeat names no one only in a sheet that repeats the title on a break, a meal
or an opening: there the habit is the sheet's, and every repeat in it is the title written again.
"""

from __future__ import annotations

import attrs

from program.model import Kind
from program.model.text import match_key
from program.readers.kind_labels import kind_from_title
from program.readers.tabular.columns import Mapping
from program.readers.tabular.rows import Row, RowsRead

_NOBODY_SPEAKS = frozenset({Kind.BREAK, Kind.SOCIAL, Kind.OPENING, Kind.CLOSING})


def without_titles_as_people(read: RowsRead, mapping: Mapping) -> RowsRead:
    """The rows, a "person" who is the row's title left out when the sheet repeats titles in its people column."""
    repeating = [row for row in read.rows if _repeats_title(row, mapping)]
    if not any(kind_from_title(row.title) in _NOBODY_SPEAKS for row in repeating):
        return read
    rows = tuple(attrs.evolve(row, people=_without(row)) if _repeats_title(row, mapping) else row for row in read.rows)
    said = f"the people column repeats the title on {len(repeating)} rows (breaks among them): no one on them"
    return attrs.evolve(read, rows=rows, notes=(*read.notes, said))


def _repeats_title(row: Row, mapping: Mapping) -> bool:
    """Whether the row's title and people cells are two cells (not one a layout gave as both) of one text.

    GUG CZ's `pairs` layout titles a talk still untitled by its speaker's cell (`Nik Page`): one cell, a person.
    """
    titles, people = mapping.columns.get("title", ()), mapping.columns.get("people", ())
    if not titles or not people or max(titles[0], people[0]) >= len(row.cells):
        return False
    title, named = row.cells[titles[0]], row.cells[people[0]]
    return title is not named and bool(title.text) and match_key(title.text) == match_key(named.text)


def _without(row: Row) -> tuple[str, ...]:
    return tuple(name for name in row.people if match_key(name.split(" [", 1)[0]) != match_key(row.title))
