"""Stage groups: a header whose columns come in groups, one a room ("Hauptbuehne_Titel", "Pool_Titel").

Some sheets give each stage its own run of columns beside shared ones (day, time): either
named with the stage as a prefix ("Hauptbuehne_Typ, Hauptbuehne_Titel, Strand_Typ, …") or
under a row of stage names spanning the columns below them ("Main stage" over "Title |
Speaker", "Room 2" over "Title | Speaker"). Each group is read as a table of its own (the
shared columns and its own) whose room is the stage's name.
"""

from __future__ import annotations

import re

import attrs

from program.readers.tabular.cells import Cell, Table
from program.readers.tabular.columns import HEADER_SEARCH, field_of

_PREFIXED = re.compile(r"^(?P<group>.*?\S)\s*(?:_|:|\s-\s|/)\s*(?P<name>\S.*)$")


@attrs.frozen
class Groups:
    """Where a grouped header's parts are.

    Attributes:
        header: the row of field names (below the stage row when the stages have their own).
        shared: the columns every group reads (day, time), each with its header name.
        groups: each stage's name and its columns, each with its field's header name.
    """

    header: int
    shared: tuple[tuple[int, str], ...]
    groups: tuple[tuple[str, tuple[tuple[int, str], ...]], ...]


def find_groups(table: Table) -> Groups | None:
    """Return the table's stage groups: two or more groups that each have a title column; else None."""
    for index, cells in enumerate(table.rows[:HEADER_SEARCH]):
        found = _prefixed(index, cells) or (_stage_row(table, index) if index + 1 < len(table.rows) else None)
        if found is not None:
            return found
    return None


def is_grouped_header(cells: tuple[Cell, ...]) -> bool:
    """Whether a row is a header of "Stage_Field" names (for detection: the opening line alone)."""
    return _prefixed(0, cells) is not None


def _prefixed(index: int, cells: tuple[Cell, ...]) -> Groups | None:
    """A header of "Stage_Field" names."""
    groups: dict[str, list[tuple[int, str]]] = {}
    shared: list[tuple[int, str]] = []
    for column, cell in enumerate(cells):
        if field_of(cell.text) is not None:
            shared.append((column, cell.text))
        elif (match := _PREFIXED.match(cell.text)) and field_of(match["name"]) is not None:
            groups.setdefault(match["group"], []).append((column, match["name"]))
    return _groups(index, shared, groups)


def _stage_row(table: Table, index: int) -> Groups | None:
    """A row of stage names over a row of field names; a stage spans the columns up to the next one."""
    stages, names = table.rows[index], table.rows[index + 1]
    if any(field_of(cell.text) for cell in stages if cell.text):
        return None
    groups: dict[str, list[tuple[int, str]]] = {}
    shared: list[tuple[int, str]] = []
    stage = ""
    for column, cell in enumerate(names):
        above = stages[column].text if column < len(stages) else ""
        stage = above or stage
        if field_of(cell.text) is None:
            continue
        if stage:
            groups.setdefault(stage, []).append((column, cell.text))
        else:
            shared.append((column, cell.text))
    return _groups(index + 1, shared, groups)


def _groups(header: int, shared: list[tuple[int, str]], groups: dict[str, list[tuple[int, str]]]) -> Groups | None:
    titled = {
        name: tuple(columns) for name, columns in groups.items() if any(field_of(n) == "title" for _, n in columns)
    }
    if len(titled) < 2 or any(field_of(name) == "title" for _, name in shared):
        return None
    return Groups(header, tuple(shared), tuple(titled.items()))


def group_table(table: Table, groups: Groups, stage: str, columns: tuple[tuple[int, str], ...]) -> Table:
    """One stage's table: a header of the shared and the stage's names, and each row where the stage has a cell.

    The cells keep their places ("programm.csv:7", "Sheet1!E7"); a room column, when the
    group has none, holds the stage's name.
    """
    picked = (*groups.shared, *columns)
    room = not any(field_of(name) == "room" for _, name in picked)
    header_line = table.rows[groups.header][0].line if table.rows[groups.header] else groups.header + 1
    header = tuple(Cell(name, header_line) for _, name in picked) + ((Cell("stage", header_line),) if room else ())
    rows: list[tuple[Cell, ...]] = [header]
    for cells in table.rows[groups.header + 1 :]:
        if not cells:
            continue
        own = [cells[column] if column < len(cells) else Cell(None, cells[0].line) for column, _ in columns]
        if not any(cell.text for cell in own):
            continue  # the stage has nothing in this row
        shared = [cells[column] if column < len(cells) else Cell(None, cells[0].line) for column, _ in groups.shared]
        rows.append((*shared, *own, *((Cell(stage, own[0].line, own[0].label),) if room else ())))
    return Table(table.source, tuple(rows), sheet=table.sheet)
