"""Sheets named by an id of a sessions sheet: each holds the posters (or talks) of the session with that id.

GWADW 2026's workbook lists its poster sessions on a sheet "Program" (`Session ID, Session name,
Session start, Session end`) and gives each session's posters a sheet of their own named by its
Session ID ("48411"), with no column naming the session: the sheet's name is the join. A row of
such a sheet is shown at its session (`Item.sessions`), as a schedule page's posters are shown at
theirs, and takes its times from it; a poster session's rows untyped on their sheet are posters.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

from program.model import Item, Kind
from program.model.ids import item_id, make_ids_unique
from program.readers.tabular.cells import Table
from program.readers.tabular.joins import header_row, id_columns, timed_table


@attrs.frozen
class SessionSheet:
    """A sheet named by an id of a timed sheet's id column.

    Attributes:
        sessions: the name of the timed sheet (of sessions).
        line: the row on it of the session the id names (1-based, as items' lines).
        column: the id column's header ("Session ID"), for what `program check` says.
    """

    sessions: str
    line: int
    column: str


def sheets_named_by_id(tables: Sequence[Table]) -> dict[str, SessionSheet]:
    """Each untimed sheet whose name is an id of a timed sheet's id column, with the row that id is on."""
    by_name = {table.sheet: table for table in tables if table.sheet}
    found: dict[str, SessionSheet] = {}
    for main in tables:
        others = by_name.keys() - {main.sheet}
        # a cell naming another sheet first: looking for a header in every timed sheet is dear on a wide one
        if main.sheet is None or not any(cell.text in others for row in main.rows for cell in row):
            continue
        if not timed_table(main):
            continue
        header = header_row(main)
        for column in id_columns(main):
            for row in main.rows[header + 1 :]:
                child = by_name.get(row[column].text) if column < len(row) else None
                if child is not None and child is not main and child.sheet not in found and not timed_table(child):
                    found[row[column].text] = SessionSheet(main.sheet, row[column].line, main.rows[header][column].text)
    return found


def shown_at_sessions(
    items_by_sheet: Mapping[str, Sequence[Item]], named: Mapping[str, SessionSheet]
) -> tuple[tuple[Item, ...], tuple[str, ...]]:
    """Every sheet's items, those of a session's sheet shown at that session; and a line for each sheet so placed.

    Ids are made unique before a session's id is given to its items: it must not change after.
    """
    if not named:  # ids left to the loader, as every feed's
        return tuple(item for items in items_by_sheet.values() for item in items), ()
    sessions = {sheet: _session(items_by_sheet, link) for sheet, link in named.items()}
    kinds = [
        _kind(item, sessions.get(sheet), items_by_sheet) for sheet, items in items_by_sheet.items() for item in items
    ]  # before the ids are made unique: a poster's id is made from its kind
    unique = iter(make_ids_unique(kinds))
    ordered = {sheet: [next(unique) for _ in items] for sheet, items in items_by_sheet.items()}
    placed: list[Item] = []
    reading: list[str] = []
    for sheet, items in ordered.items():
        found = sessions.get(sheet)
        if found is None:
            placed.extend(items)
            continue
        sheet_of, index = found
        session = ordered[sheet_of][index]
        assert session.start is not None
        day = session.start.date()
        placed.extend(item if item.start else attrs.evolve(item, sessions=(session.id,), day=day) for item in items)
        link = named[sheet]
        reading.append(f"sheet {sheet!r}: shown at {session.title!r} (its {link.column!r} on sheet {link.sessions!r})")
    return tuple(placed), tuple(reading)


def _session(items_by_sheet: Mapping[str, Sequence[Item]], link: SessionSheet) -> tuple[str, int] | None:
    """The sheet and index of the timed item read from the row the link names, or None (a row not read)."""
    rows = items_by_sheet.get(link.sessions, ())
    return next(
        ((link.sessions, index) for index, item in enumerate(rows) if item.source.line == link.line and item.start),
        None,
    )


def _kind(item: Item, session: tuple[str, int] | None, items_by_sheet: Mapping[str, Sequence[Item]]) -> Item:
    """The item as a poster when its sheet's session is a poster session and its own sheet gives it no kind."""
    if session is None or item.start is not None or item.kind is not Kind.OTHER:
        return item
    sheet, index = session
    if items_by_sheet[sheet][index].kind is not Kind.POSTER_SESSION:
        return item
    return attrs.evolve(item, kind=Kind.POSTER, id=item_id(Kind.POSTER, item.title))
