"""Cells that know where they came from: "file.csv:7" or "file.xlsx: Sheet1!B7"."""

from __future__ import annotations

import functools
from datetime import date, datetime, time

import attrs

from program.model import SourceRef


@attrs.frozen
class Cell:
    """One cell of a table.

    Attributes:
        value: what the cell holds: a text, a number, or a date or time a workbook stored.
        line: the CSV line the cell's record starts on, or the sheet's row number (1-based).
        label: the workbook's name for the cell ("Sheet1!B7"), or None in a CSV.
    """

    value: object
    line: int
    label: str | None = None

    @functools.cached_property  # asked of every cell by every layout tried: millions of times on a big sheet
    def text(self) -> str:
        """The cell as text, its white space (and non-breaking spaces) collapsed; "" when empty."""
        value = self.value
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        if isinstance(value, datetime | date | time):
            return value.isoformat()
        return " ".join(str(value).replace("\xa0", " ").split())

    @property
    def lines(self) -> list[str]:
        r"""The cell's lines ("Title\nSpeaker"), each collapsed, empty ones kept as ""."""
        return [" ".join(line.replace("\xa0", " ").split()) for line in str(self.value or "").split("\n")]


@attrs.frozen
class Table:
    """A grid of cells read from one CSV file or one workbook sheet.

    Attributes:
        source: the file's name, as the user gave it.
        rows: the rows, each a tuple of cells (rows may differ in length).
        sheet: the sheet's name in a workbook, else None.
        merged: merged ranges as (first row, first column, last row, last column), 0-based
            indices into `rows`.
        holder: what holds the rows, as messages name it: "sheet", or "script's list" for a JavaScript
            module's list of objects (a user told of a sheet looked for one in a .ts file).
        field: what a column is in it: "column", or "key" for an object's.
    """

    source: str
    rows: tuple[tuple[Cell, ...], ...]
    sheet: str | None = None
    merged: tuple[tuple[int, int, int, int], ...] = ()
    holder: str = "sheet"
    field: str = "column"

    def cell(self, row: int, column: int) -> Cell | None:
        """The cell at (row, column), or None past the row's end."""
        cells = self.rows[row]
        return cells[column] if column < len(cells) else None

    def where(self, cell: Cell) -> SourceRef:
        """The cell's place as a source reference (the sheet's row number is the line)."""
        return SourceRef(self.source, cell.line)

    def describe(self, cell: Cell) -> str:
        """The cell's place as people read it: "file.csv:7" or "file.xlsx: Sheet1!B7"."""
        return f"{self.source}: {cell.label}" if cell.label else f"{self.source}:{cell.line}"


def column_letter(index: int) -> str:
    """Return a spreadsheet's name of the 0-based column `index`.

    >>> column_letter(0), column_letter(25), column_letter(27)
    ('A', 'Z', 'AB')
    """
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def column_index(name: str) -> int | None:
    """Return the 0-based index of a column named by letters ("B") or a 1-based number ("2"), else None.

    >>> column_index("B"), column_index("2"), column_index("Title")
    (1, 1, None)
    """
    name = name.strip()
    if name.isdigit() and int(name) >= 1:
        return int(name) - 1
    if name.isalpha() and name.isupper() and len(name) <= 2:
        index = 0
        for letter in name:
            index = index * 26 + ord(letter) - ord("A") + 1
        return index - 1
    return None
