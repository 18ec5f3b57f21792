"""A person written in two columns, first name and last name, joined into one people column.

pisa-conf RT2024's poster sheets: `Title, First Name, Last Name, Affiliation`. Neither column is
a person alone, so both were left unread and 121 posters had nobody. The table is rewritten
with the first-name column holding the whole name (headed `Speaker (First Name + Last Name)`,
which reads as people) and the last-name column emptied, each cell keeping its place; a table
that already has a people column keeps its columns as they are.
"""

from __future__ import annotations

import re

from program.readers.tabular.cells import Cell, Table, column_index
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
    rows[header] = with_cell(with_cell(rows[header], given, f"Speaker ({first.text} + {last.text})"), family, None)
    for index in range(header + 1, len(rows)):
        cells = rows[index]
        parts = [cells[column].text for column in (given, family) if column < len(cells) and cells[column].text]
        rows[index] = with_cell(with_cell(cells, given, " ".join(parts) or None), family, None)
    return Table(table.source, tuple(rows), table.sheet, table.merged)


def with_cell(cells: tuple[Cell, ...], column: int, value: object) -> tuple[Cell, ...]:
    """The row with the cell at `column` holding `value` (a row too short is left as it is)."""
    if column >= len(cells):
        return cells
    cell = cells[column]
    return (*cells[:column], Cell(value, cell.line, cell.label), *cells[column + 1 :])


def join_mapped_names(table: Table, explicit: tuple[tuple[str, str], ...]) -> tuple[Table, tuple[tuple[str, str], ...]]:
    """The table with the columns a program file lists for one person joined, and the mapping naming the first.

    `people = ["B", "C"]` (given name, family name) comes as the field once per column: the
    first column holds each row's parts joined with a space, the others are emptied (a header
    cell too, so that a mapping by header names finds the first alone). Columns are named by
    letter or by header name; a table where they cannot all be found is left as it is, for the
    mapping to refuse with its own error.
    """
    parts = [name for field, name in explicit if field == "people"]
    if len(parts) < 2:
        return table, explicit
    found = _part_columns(table, parts)
    if found is None:
        return table, explicit
    columns, header = found
    rows = []
    for index, cells in enumerate(table.rows):
        texts = [cells[column].text for column in columns if column < len(cells) and cells[column].text]
        joined = cells
        for column in columns[1:]:
            joined = with_cell(joined, column, None)
        value = cells[columns[0]].text if index == header else " ".join(" ".join(text.split()) for text in texts)
        rows.append(with_cell(joined, columns[0], value or None))
    mapping = [pair for pair in explicit if pair[0] != "people"]
    return Table(table.source, tuple(rows), table.sheet, table.merged), (*mapping, ("people", parts[0]))


def _part_columns(table: Table, parts: list[str]) -> tuple[list[int], int | None] | None:
    """The columns `parts` name, and the header row naming them (None: by letter); None when not all are found."""
    letters = [column_index(name) for name in parts]
    if all(index is not None for index in letters):
        return [index for index in letters if index is not None], None
    for row, cells in enumerate(table.rows[:HEADER_SEARCH]):
        found = {normal_name(cell.text): column for column, cell in enumerate(cells) if cell.text}
        if all(normal_name(name) in found for name in parts):
            return [found[normal_name(name)] for name in parts], row
    return None
