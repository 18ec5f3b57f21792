"""A column of day cells under no header name: the table's dates, written once at the top of each day.

The Semana Acadêmica CPPP 2026 sheet heads its columns `,,Atividade,HORÁRIO,Descrição,…` and
writes each evening's date in the unnamed column A, once, on its first row (`"1 dia⏎⏎16/09/2026"`,
then `2 dia`, `3 dia`): read as nothing, all three evenings fell on the first day given with --date.
"""

from __future__ import annotations

from collections.abc import Sequence

from program.readers.notation.dates import DateError, parse_date
from program.readers.tabular.cells import Cell, Table, column_letter

_TIMED = frozenset({"time", "start"})
_DATED = frozenset({"date", "end_date"})


def with_unnamed_dates(
    table: Table, header: int, cells: Sequence[Cell], fields: dict[str, tuple[int, ...]]
) -> tuple[dict[str, tuple[int, ...]], str | None]:
    """The fields with an unnamed column of whole dates as the date, and what `check` says of it.

    Only in a table with times and no date column; every filled cell under the header must be a
    date with its month and day (a column of notes, numbers or labels is left as it was).
    """
    if not _TIMED & fields.keys() or _DATED & fields.keys():
        return fields, None
    used = {column for columns in fields.values() for column in columns}
    for index, name in enumerate(cells):
        if name.text or index in used:
            continue
        values = [row[index] for row in table.rows[header + 1 :] if index < len(row) and row[index].text]
        if values and all(map(_whole_date, values)):
            dated = dict(sorted({**fields, "date": (index,)}.items(), key=lambda pair: pair[1][0]))
            shown = ", ".join(" ".join(cell.text.split()) for cell in values[:3])
            return dated, f"column {column_letter(index)}, unnamed, holds the days: {shown}"
    return fields, None


def _whole_date(cell: Cell) -> bool:
    try:
        written = parse_date(cell.value if not isinstance(cell.value, str) else cell.text)
    except DateError:
        return False
    return written.year is not None and written.month is not None and written.day is not None
