"""Grids whose cells are ids of another table's rows: a row per filled cell, beside the row its id names.

The Turing student poster showcase 2020 keeps its programme as a grid, `time,poster_id_1,
poster_id_2,zoom_link_1,zoom_link_2` over `10:00,07,08,https://…,https://…`, and its posters
once in posters.csv (`poster_id,student,…,title,abstract`). A grid cell holding only an id is
no title: the poster it names is the item, at its row's time. Columns of links beside the id
columns are the call each poster is shown on (`zoom_link_1` beside `poster_id_1`), the item's
link, not items of their own. The id columns' names (`poster_id_1`) are no rooms.

Such a grid is rewritten as a table of one row per filled id cell, its time, its link and the
named row's cells, which the row reader then reads as any table of talks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import attrs

from program.readers.tabular.cells import Cell, Table
from program.readers.tabular.columns import header_fields
from program.readers.tabular.grid import find_grid
from program.readers.tabular.joins import header_row, id_columns

_MATCHED = 0.9
"""The share of a grid column's cells that must be the other table's ids (as `joins` asks of a column)."""
_LINK = re.compile(r"^https?://\S+$")
_NUMBER = re.compile(r"(\d+)\s*$")
_POSTERS = re.compile(r"posters?(?![a-z])", re.IGNORECASE)
"""A table named for posters ("posters.csv"), not "Posterior"."""
LINK_HEADER = "Link"
"""The rewritten table's header over each row's link (a field the row reader knows)."""


@attrs.frozen
class GridJoin:
    """How a grid names another table's rows.

    Attributes:
        id_columns: the grid's columns of ids, in order.
        links: for an id column, the column of links beside it (its poster's call).
        other_column: the other table's id column.
    """

    id_columns: tuple[int, ...]
    links: tuple[tuple[int, int], ...]
    other_column: int


def find_grid_join(main: Table, other: Table) -> GridJoin | None:
    """How `main`, a grid of rooms over times, names `other`'s rows by id in its cells; else None.

    Every room column must be one of ids or one of links: a grid with titled cells besides is
    read as a grid, not rewritten.
    """
    if not main.rows or not other.rows:
        return None
    grid = find_grid(main)
    if grid is None or grid.days:
        return None
    cells = {column: _filled(main, grid.header, column) for column, _ in grid.rooms}
    for other_column in id_columns(other):
        ids = set(_values(other, other_column))
        named = tuple(
            column
            for column, texts in cells.items()
            if len(texts) >= 2 and sum(text in ids for text in texts) >= _MATCHED * len(texts)
        )
        linked = [column for column, texts in cells.items() if texts and all(_LINK.match(text) for text in texts)]
        if named and set(named) | set(linked) == set(cells):
            header = main.rows[grid.header]
            return GridJoin(named, _paired(header, named, linked), other_column)
    return None


def _filled(table: Table, header: int, column: int) -> list[str]:
    return [row[column].text for row in table.rows[header + 1 :] if column < len(row) and row[column].text]


def _values(table: Table, column: int) -> list[str]:
    return _filled(table, header_row(table), column)


def _paired(header: tuple[Cell, ...], named: Sequence[int], linked: Sequence[int]) -> tuple[tuple[int, int], ...]:
    """Each id column's link column: the one whose name ends in the same number (`zoom_link_1`, `poster_id_1`).

    Without such numbers, the nth link column is the nth id column's when there are as many of each.
    """

    def number(column: int) -> str | None:
        found = _NUMBER.search(header[column].text) if column < len(header) else None
        return found[1] if found else None

    by_number = {number(column): column for column in linked if number(column) is not None}
    pairs = tuple((column, by_number[key]) for column in named if (key := number(column)) in by_number)
    if len(pairs) == len(named):
        return pairs
    return tuple(zip(named, linked, strict=True)) if len(named) == len(linked) else ()


def unpivoted(main: Table, other: Table, join: GridJoin) -> Table:
    """The grid as a table of one row per filled id cell: its row's time, its link, then the named row's cells.

    Every cell keeps the grid cell's line: the item is where the grid names it.
    """
    grid = find_grid(main)
    assert grid is not None  # as `find_grid_join` found it
    other_header = header_row(other)
    width = len(other.rows[other_header])
    by_id = {row[join.other_column].text: row for row in other.rows[other_header + 1 :] if join.other_column < len(row)}
    links = dict(join.links)
    corner = main.rows[grid.header][0]
    # the rows of a posters table (posters.csv) are posters, at their time as in a session; a type column decides
    posters = _POSTERS.search(f"{Path(other.source).name} {other.sheet or ''}") is not None
    posters = posters and "kind" not in header_fields(other.rows[other_header])
    header = (
        Cell(corner.text or "Time", corner.line),
        *((Cell(LINK_HEADER, corner.line),) if links else ()),
        *((Cell("Type", corner.line),) if posters else ()),
        *other.rows[other_header],
    )
    rows: list[tuple[Cell, ...]] = [header]
    for row in main.rows[grid.header + 1 :]:
        for column in join.id_columns:
            cell = row[column] if column < len(row) else None
            if cell is None or not cell.text:
                continue
            named = by_id.get(cell.text, ())
            link = links.get(column)
            linked = Cell(row[link].value if link is not None and link < len(row) else None, cell.line)
            rows.append(
                (
                    row[0],
                    *((linked,) if links else ()),
                    *((Cell("Poster", cell.line),) if posters else ()),
                    *(Cell(named[index].value if index < len(named) else None, cell.line) for index in range(width)),
                )
            )
    return Table(main.source, tuple(rows), sheet=main.sheet)


def said(main: Table, other: Table, join: GridJoin) -> str:
    """What `program check` says of the join: the grid's id columns, the other's id column, the links."""
    grid = find_grid(main)
    assert grid is not None
    header = main.rows[grid.header]
    named = ", ".join(repr(header[column].text) for column in join.id_columns)
    where = f"sheet {other.sheet!r}" if other.sheet else other.source
    key = other.rows[header_row(other)][join.other_column].text
    line = f"joined by id: {main.source} grid cells {named} → {where} {key!r}"
    if join.links:
        line += "; the item's link from " + ", ".join(repr(header[link].text) for _, link in join.links)
    unknown = [text for column in join.id_columns for text in _filled(main, grid.header, column)]
    ids = set(_values(other, join.other_column))
    missing = list(dict.fromkeys(text for text in unknown if text not in ids))
    return line + (f"; {len(missing)} ids not in it: {', '.join(map(repr, missing[:5]))}" if missing else "")


def join_grids(tables: Sequence[Table]) -> tuple[list[Table], list[str]]:
    """The tables with each grid of ids rewritten beside the table it names (that table then read no more)."""
    tables = list(tables)
    reading: list[str] = []
    for main_index, main in enumerate(tables):
        for other_index, other in enumerate(tables):
            if other_index == main_index:
                continue
            join = find_grid_join(main, other)
            if join is None:
                continue
            reading.append(said(main, other, join))
            tables[main_index] = unpivoted(main, other, join)
            tables.pop(other_index)
            more, lines = join_grids(tables)
            return more, reading + lines
    return tables, reading
