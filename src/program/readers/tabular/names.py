"""A person written in two columns, first name and last name, joined into one people column.

pisa-conf RT2024's poster sheets: `Title, First Name, Last Name, Affiliation`. Neither column is
a person alone, so both were left unread and 121 posters had nobody. The table is rewritten
with the first-name column holding the whole name (headed `Speaker (First Name + Last Name)`,
which reads as people) and the last-name column emptied, each cell keeping its place; a table
that already has a people column keeps its columns as they are.
"""

from __future__ import annotations

import re

from program.readers.tabular.cells import Cell, Table
from program.readers.tabular.columns import HEADER_SEARCH, field_of, normal_name

_GIVEN = r"first\s*name|first|given\s*name|forename|vorname|prénom|prenom|nombre|name"
_FAMILY = r"last\s*name|last|family\s*name|surname|nachname|nom(?:\s+de\s+famille)?|apellidos?"
_NAME_PART = re.compile(rf"^(?P<prefix>.*?)\s*(?:(?P<given>{_GIVEN})|(?P<family>{_FAMILY}))$")
"""A name column, with what comes before its part: "Speaker First Name" is the speaker's.

"Name" is a given name only beside a "Surname" of the same prefix (eRum 2016: `Name, Surname`)."""


def join_name_columns(table: Table) -> Table:
    """The table with its first and last name columns joined into one people column (its header says both)."""
    for index, cells in enumerate(table.rows[:HEADER_SEARCH]):
        names = [normal_name(cell.text) for cell in cells]
        if any(field_of(name) == "people" for name in names):
            return table  # a people column of its own: the name columns stay what they are
        pair = _name_pair(names)
        if pair is not None:
            return _joined(table, index, *pair)
    return table


def _name_pair(names: list[str]) -> tuple[int, int] | None:
    """The columns of a first name and a last name with the same prefix, or None."""
    given: dict[str, int] = {}
    family: dict[str, int] = {}
    for column, name in enumerate(names):
        match = _NAME_PART.match(name)
        if match is not None:
            (given if match["given"] else family).setdefault(match["prefix"], column)
    for prefix, column in given.items():
        if prefix in family:
            return column, family[prefix]
    return None


def _joined(table: Table, header: int, given: int, family: int) -> Table:
    rows = list(table.rows)
    first, last = rows[header][given], rows[header][family]
    rows[header] = _with(_with(rows[header], given, f"Speaker ({first.text} + {last.text})"), family, None)
    for index in range(header + 1, len(rows)):
        cells = rows[index]
        parts = [cells[column].text for column in (given, family) if column < len(cells) and cells[column].text]
        rows[index] = _with(_with(cells, given, " ".join(parts) or None), family, None)
    return Table(table.source, tuple(rows), table.sheet, table.merged)


def _with(cells: tuple[Cell, ...], column: int, value: object) -> tuple[Cell, ...]:
    """The row with the cell at `column` holding `value` (a row too short is left as it is)."""
    if column >= len(cells):
        return cells
    cell = cells[column]
    return (*cells[:column], Cell(value, cell.line, cell.label), *cells[column + 1 :])
