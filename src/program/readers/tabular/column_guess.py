"""A headerless table's likely mapping, from its cells: what an error asking for `--columns` proposes.

Tchelinux Pelotas 2017's `programacao.csv` has no header (`09:30,Aprendendo a aprender sobre
Software Livre,Jerônimo Madruga,Principiante`): the times are plain to see, the longest texts are
the titles and the column of names the people. The guess is only proposed, never read by itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from program.model.text import is_placeholder_name
from program.readers.notation.dates import DateError, parse_date
from program.readers.tabular.cells import Cell, Table, column_letter
from program.readers.tabular.people import looks_like_name, split_people
from program.readers.tabular.time_cells import is_time_cell

_ROWS = 40
"""How many rows the guess looks at: enough for a day's programme, and quick on a huge file."""
_MOST = 0.8
"""The share of a column's filled cells that must be of one sort for the column to be of it."""
_MOST_NAMED = 0.6
"""The share for a column of names, its placeholders (`tbd`) aside: people cells hold odd things (`Posters?`)."""


def guessed_columns(table: Table) -> tuple[tuple[str, str], ...] | None:
    """The fields the table's columns seem to hold, by letter ("time", "A"), or None when no title and time show.

    A column of times (or dates) in most of its cells, then of the rest the one of the longest
    texts as the title and one of names as the people.
    """
    width = max((len(row) for row in table.rows[:_ROWS]), default=0)
    columns = {index: _filled(table, index) for index in range(width)}
    columns = {index: cells for index, cells in columns.items() if cells}
    found: dict[str, int] = {}
    for index, cells in columns.items():
        if "time" not in found and _share(cells, is_time_cell) >= _MOST:
            found["time"] = index
        elif "date" not in found and _share(cells, _is_date) >= _MOST:
            found["date"] = index
    rest = {index: cells for index, cells in columns.items() if index not in found.values()}
    people = [index for index, cells in rest.items() if _named_share(cells) >= _MOST_NAMED]
    texts = {index: cells for index, cells in rest.items() if index not in people}
    if not texts or not {"time", "date"} & found.keys():
        return None
    found["title"] = max(texts, key=lambda index: sum(len(cell.text) for cell in texts[index]) / len(texts[index]))
    if people:
        found["people"] = people[0]
    return tuple((field, column_letter(index)) for field, index in sorted(found.items(), key=lambda pair: pair[1]))


def said_columns(pairs: Sequence[tuple[str, str]]) -> str:
    """The guess as `--columns` takes it: "time=A,title=B,people=C"."""
    return ",".join(f"{field}={name}" for field, name in pairs)


def _filled(table: Table, index: int) -> list[Cell]:
    return [row[index] for row in table.rows[:_ROWS] if index < len(row) and row[index].text]


def _share(cells: list[Cell], test: Callable[[Cell], bool]) -> float:
    return sum(bool(test(cell)) for cell in cells) / len(cells)


def _named_share(cells: list[Cell]) -> float:
    """The share of the cells naming people, of those that are no placeholder (EEKE 2020's column of `tbd`)."""
    written = [cell for cell in cells if not is_placeholder_name(cell.text)]
    return _share(written, _names) if written else 0.0


def _is_date(cell: Cell) -> bool:
    try:
        written = parse_date(cell.value if not isinstance(cell.value, str) else cell.text)
    except DateError:
        return False
    return written.month is not None and written.day is not None


def _names(cell: Cell) -> bool:
    """Whether the cell names people and nothing else ("Otavio Salvador e Fábio Berton")."""
    names = split_people(cell.text)
    return bool(names) and all(looks_like_name(name) and len(name.split()) >= 2 for name in names)
