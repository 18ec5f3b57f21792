"""A series of talks, one a date: a row without a date is not yet dated, not on the date above it.

SesionesMetodo 2021 (`programa.xlsx`) lists a seminar series: `id, Titulo, Ponente, Fecha`, eight
talks each on its own date, then seven topics still to be scheduled with `Fecha` empty. A schedule's
sheet writes its date once over a day's rows, and a row without one is on the date above; in a
sheet with no times whose every written date is a different day, an empty date means none.
"""

from __future__ import annotations

from program.readers.tabular.cells import Table
from program.readers.tabular.columns import Mapping

_FEWEST = 3
"""Dated rows before the dates are taken for a series' (two could be two days' first rows)."""


def one_date_each(table: Table, mapping: Mapping, first: int, *, timed: bool) -> bool:
    """Whether the rows from `first` date one item a day and give no times: the series shape above."""
    columns = mapping.columns.get("date", ())
    if timed or not columns:
        return False
    column = columns[0]
    written = [row[column].text for row in table.rows[first:] if column < len(row) and row[column].text]
    return len(written) >= _FEWEST and len(set(written)) == len(written)
