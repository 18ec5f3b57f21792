"""Day blocks side by side, without a header: "Day 2" over one run of columns, "Day3" over the next.

A workshop's sheet (STTP, nileshghavate/sttp) writes each day as a block of its own:
a code ("S1", "E1", "Break"), a time ("2:00 – 2:20") and a title, the day's name above
the block and an empty column between the blocks. No row names the columns. Each block's
columns are told by what they hold (the times, the longest texts, short codes), and the
blocks are rewritten as one table of one row per item (Time, Title, Type, Date), each cell
keeping its place ("Sheet1!G5"), and read as any such table.
"""

from __future__ import annotations

import re

import attrs

from program.readers.notation.dates import DateError, parse_date
from program.readers.tabular.cells import Cell, Table, column_letter
from program.readers.tabular.columns import HEADER_SEARCH
from program.readers.tabular.placing import unread_above
from program.readers.tabular.time_cells import is_time_cell

_NO_WORD = re.compile(r"^[\W_]*$")
"""A title of no letter or digit ("“- - - - ”"): a placeholder, the code beside it names the slot."""
_LONGEST_CODE = 12
"""The longest text a code column holds ("S1", "Break", "Lunch break")."""


@attrs.frozen
class Block:
    """One day's block of columns.

    Attributes:
        day: the cell above the block naming its day.
        time: the column of times.
        title: the column of titles.
        code: a column of short codes ("S1", "Break"), or None.
        columns: the block's first and last column.
    """

    day: Cell
    time: int
    title: int
    code: int | None
    columns: tuple[int, int]


@attrs.frozen
class Blocks:
    """Where the blocks are: the row of day names, and each block."""

    days: int
    blocks: tuple[Block, ...]


def find_blocks(table: Table) -> Blocks | None:
    """Return the table's day blocks: two or more runs of columns under a row of day names; else None."""
    for index, cells in enumerate(table.rows[:HEADER_SEARCH]):
        days = [(column, cell) for column, cell in enumerate(cells) if cell.text]
        if len(days) < 2 or not all(_is_day(cell) for _, cell in days):
            continue
        runs = _runs(table, index)
        blocks = [block for run in runs if (block := _block(table, index, run, days)) is not None]
        return Blocks(index, tuple(blocks)) if len(blocks) == len(runs) >= 2 else None
    return None


def _is_day(cell: Cell) -> bool:
    if not isinstance(cell.value, str) or is_time_cell(cell):
        return False
    try:
        parse_date(cell.value)
    except DateError:
        return False
    return True


def _column(table: Table, first: int, column: int) -> list[Cell]:
    """A column's filled cells below row `first`."""
    return [row[column] for row in table.rows[first + 1 :] if column < len(row) and row[column].text]


def _runs(table: Table, days: int) -> list[tuple[int, int]]:
    """The runs of adjacent columns that hold something below the day row, split by empty columns."""
    width = max((len(row) for row in table.rows), default=0)
    filled = [bool(_column(table, days, column)) for column in range(width)]
    runs: list[tuple[int, int]] = []
    for column, has in enumerate(filled):
        if has and runs and runs[-1][1] == column - 1:
            runs[-1] = (runs[-1][0], column)
        elif has:
            runs.append((column, column))
    return runs


def _block(table: Table, days: int, run: tuple[int, int], named: list[tuple[int, Cell]]) -> Block | None:
    """A run of columns as a day's block: one day name above it, one time column, a title column."""
    first, last = run
    above = [cell for column, cell in named if first <= column <= last]
    columns = range(first, last + 1)
    times = [column for column in columns if _is_time_column(_column(table, days, column))]
    if len(above) != 1 or len(times) != 1:
        return None
    rest = [column for column in columns if column != times[0]]
    if not rest or len(rest) > 2:
        return None
    title = max(rest, key=lambda column: sum(len(cell.text) for cell in _column(table, days, column)))
    codes = [column for column in rest if column != title]
    if codes and any(len(cell.text) > _LONGEST_CODE for cell in _column(table, days, codes[0])):
        return None
    return Block(above[0], times[0], title, codes[0] if codes else None, run)


def _is_time_column(cells: list[Cell]) -> bool:
    return len(cells) >= 2 and sum(is_time_cell(cell) for cell in cells) * 4 >= len(cells) * 3


def block_table(table: Table, blocks: Blocks) -> tuple[Table, tuple[str, ...]]:
    """The blocks as one table of one row per item (Time, Title, Type, Date), and what `program check` says."""
    line = blocks.blocks[0].day.line
    header = tuple(Cell(name, line) for name in ("Time", "Title", "Type", "Date"))
    rows: list[tuple[Cell, ...]] = [header]
    for block in blocks.blocks:
        for cells in table.rows[blocks.days + 1 :]:
            if not cells:
                continue
            time, title, code = (_cell(cells, column) for column in (block.time, block.title, block.code))
            if not (time.text or title.text or code.text):
                continue
            if _NO_WORD.match(title.text) and code.text:
                title = code  # "Break" beside "“- - - - ”"
            rows.append((time, title, code, Cell(block.day.value, time.line, block.day.label)))
    said = "; ".join(_describe(block) for block in blocks.blocks)
    unread = unread_above(table, blocks.days)
    return Table(table.source, tuple(rows), sheet=table.sheet), (f"day blocks side by side, no header: {said}", *unread)


def _describe(block: Block) -> str:
    first, last = (column_letter(column) for column in block.columns)
    code = f", codes in {column_letter(block.code)}" if block.code is not None else ""
    where = f"times in {column_letter(block.time)}, titles in {column_letter(block.title)}{code}"
    return f"{block.day.text} ({block.day.label or block.day.line}, columns {first}–{last}: {where})"


def _cell(cells: tuple[Cell, ...], column: int | None) -> Cell:
    if column is not None and column < len(cells):
        return cells[column]
    return Cell(None, cells[0].line)
