"""Tracks side by side, each with its own time column: `hora | taller | expositor | hora | charla | expositor`.

Arduino Day Santa Cruz 2020's workbook writes its workshops (`taller`) and its talks (`charla`)
beside each other, each track under its own `hora`. Read as one table, the first `hora` timed
both tracks, `charla` was the only title and the first `expositor` its people: every talk took
the workshop's speaker and the workshops were lost. A header whose time column comes again,
each time opening a run of columns with a title, is read as one table per run: the table is
rewritten as one row per filled run (its time, title and other cells, and the run's title name as
its track), each cell keeping its place. A run's one unknown name where another run has its
title is its title (`taller` where `charla` is). The header written again keeps the tracks; one
that names fewer time columns (a third block's `hora | taller | expositor | | todos los niveles`)
closes the others, and what their columns hold below it is said not read.
"""

from __future__ import annotations

import attrs

from program.readers.tabular.cells import Cell, Table
from program.readers.tabular.columns import HEADER_SEARCH, field_of
from program.readers.tabular.pairs import names_a_person

_TIMES = ("time", "start")
_LEAST_RUNS = 2


@attrs.frozen
class Tracks:
    """Where a header of side-by-side tracks has its parts.

    Attributes:
        header: the header's row.
        runs: each track's columns, its time column first, with their fields ("time", "title", …).
    """

    header: int
    runs: tuple[tuple[tuple[int, str], ...], ...]

    def name(self, table: Table, run: int) -> str:
        """The track's name: its title column's header ("taller", "charla")."""
        column = next(column for column, field in self.runs[run] if field == "title")
        return table.rows[self.header][column].text


def find_tracks(table: Table) -> Tracks | None:
    """Return the table's side-by-side tracks: two runs or more, each opened by a time column; else None."""
    for index, cells in enumerate(table.rows[:HEADER_SEARCH]):
        found = _runs(cells)
        if found is not None:
            return Tracks(index, found)
    return None


def _runs(cells: tuple[Cell, ...]) -> tuple[tuple[tuple[int, str], ...], ...] | None:
    """Each run's columns and fields, a run opened by each time column; None for no two runs each with a title."""
    named = [(column, cell.text) for column, cell in enumerate(cells) if isinstance(cell.value, str) and cell.text]
    if not named or field_of(named[0][1]) not in _TIMES:
        return None
    runs: list[list[tuple[int, str | None]]] = []
    for column, name in named:
        field = field_of(name)
        if field in _TIMES:
            runs.append([])
        runs[-1].append((column, field))
    if len(runs) < _LEAST_RUNS:
        return None
    titled = {fields.index("title") for run in runs if (fields := [field for _, field in run]).count("title") == 1}
    typed: list[tuple[tuple[int, str], ...]] = []
    for run in runs:
        fields = [field for _, field in run]
        if "title" not in fields:
            unknown = [at for at, field in enumerate(fields) if field is None]
            if len(unknown) != 1 or unknown[0] not in titled:
                return None
            fields[unknown[0]] = "title"  # `taller` where the other track has `charla`
        known = [field for field in fields if field is not None]
        if len(set(known)) != len(known):
            return None  # one field twice in a run: no track's shape
        typed.append(tuple((column, field) for (column, _), field in zip(run, fields, strict=True) if field))
    return tuple(typed)


def track_table(table: Table, tracks: Tracks) -> tuple[Table, tuple[str, ...]]:
    """The table as one row per item (time, title, the run's other fields, Track), and what `check` says."""
    fields = list(dict.fromkeys(field for run in tracks.runs for _, field in run))
    header_cells = table.rows[tracks.header]
    line = header_cells[0].line if header_cells else tracks.header + 1
    names = [_field_name(table, tracks, field) for field in fields]
    header = (*(Cell(name, line) for name in names), Cell("Track", line))
    rows: list[tuple[Cell, ...]] = [*table.rows[: tracks.header], header]
    active = set(range(len(tracks.runs)))
    said_lines: list[str] = []  # cells not read, people cells read as titles
    closed_columns: set[int] = set()
    for cells in table.rows[tracks.header + 1 :]:
        if not cells:
            continue
        again = {at for at, run in enumerate(tracks.runs) if field_of(_cell(cells, run[0][0]).text) in _TIMES}
        if again:  # the header written again: the tracks it times go on, the others close
            closed_columns |= {column for at in set(range(len(tracks.runs))) - again for column, _ in tracks.runs[at]}
            active &= again  # (all closed: the rows below are said not read)
            rows.append(tuple(Cell(cell.value, cells[0].line, cells[0].label) for cell in header))
            said_lines.extend(_not_read(table, cells, closed_columns, header=True))
            continue
        said_lines.extend(_not_read(table, cells, closed_columns, header=False))
        entries = [_entry(table, tracks, cells, at, (fields, said_lines)) for at in sorted(active)]
        if not entries:
            continue  # every track closed: what the row holds is said not read above
        filled = [entry for entry in entries if _fills(entry, fields)]
        # a row no track fills ("sabado", "receso") is read once, as written, with no track
        rows.extend(filled or [(*entries[0][:-1], Cell(None, cells[0].line))])
    said = ", ".join(
        f"{tracks.name(table, at)} ({' | '.join(header_cells[column].text for column, _ in run)})"
        for at, run in enumerate(tracks.runs)
    )
    return Table(table.source, tuple(rows), sheet=table.sheet), (
        f"tracks side by side, each with its own time column: {said}",
        *said_lines,
    )


def _field_name(table: Table, tracks: Tracks, field: str) -> str:
    """The header name a field is written under in the rewritten table: the first run's that `field_of` reads."""
    header = table.rows[tracks.header]
    for run in tracks.runs:
        for column, own in run:
            if own == field and field_of(header[column].text) == field:
                return header[column].text
    return field.title()


def _entry(
    table: Table, tracks: Tracks, cells: tuple[Cell, ...], at: int, said: tuple[list[str], list[str]]
) -> tuple[Cell, ...]:
    """One run's cells in the rewritten order, with the track's name.

    A people cell that is no person's name and stands beside no title is the title (`arduino basico`
    under `expositor`), as a name column's in `pairs`; said in the notes.
    """
    fields, notes = said
    own = {field: _cell(cells, column) for column, field in tracks.runs[at]}
    title, people = own.get("title"), own.get("people")
    if title is not None and people is not None and not title.text and people.text and not names_a_person(people.text):
        own["title"], own["people"] = people, Cell(None, people.line, people.label)
        notes.append(f"read: {table.describe(people)} {people.text!r} (no person's name, beside no title: the title)")
    placed = tuple(own.get(field, Cell(None, cells[0].line)) for field in fields)
    return (*placed, Cell(tracks.name(table, at), placed[0].line, placed[0].label))


def _fills(entry: tuple[Cell, ...], fields: list[str]) -> bool:
    """Whether a run's cells hold more than its time (the track's name, last, aside)."""
    return any(cell.text for field, cell in zip(fields, entry[: len(fields)], strict=True) if field not in _TIMES)


def _not_read(table: Table, cells: tuple[Cell, ...], columns: set[int], *, header: bool) -> list[str]:
    why = "a header without a time column of its own" if header else "under a header without a time column"
    return [
        f"not read: {table.describe(cells[column])} {cells[column].text!r} ({why})"
        for column in sorted(columns)
        if column < len(cells) and cells[column].text
    ]


def _cell(cells: tuple[Cell, ...], column: int) -> Cell:
    return cells[column] if column < len(cells) else Cell(None, cells[0].line if cells else 0)
