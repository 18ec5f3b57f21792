"""Tables joined by id: papers (or talks) that name a session's id, or speakers named by id.

A sessions table and the papers that name a session's id, or a sessions table whose
speaker column holds ids of a speakers table.

A normalised program keeps each thing once: `papers.csv` rows say `session = TU2H` and
`sessions.csv` gives TU2H its day, times and room (IEEE VR's site); a workbook's Sessions
sheet names speakers by id and a Speakers sheet gives their names. Before reading, such
tables are joined back into tables of the usual shape: each child row gets its parent's
date, times and room (and the parent's title as its track), and ids become names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import attrs

from program.readers.tabular.cells import Cell, Table
from program.readers.tabular.columns import HEADER_SEARCH, field_of, find_mapping, header_fields, normal_name

JOIN_KEY = "join_file"
"""The program file's `[feeds.columns]` key naming the table a CSV feed is joined with."""
_TIMING = ("date", "time", "start", "end", "duration")
_INHERITED = (*_TIMING, "room")
_SPLIT = re.compile(r"\s*[,;|]\s*")
_MATCHED = 0.9
_NOBODY = frozenset({"0", "-1"})
"""Ids that name nothing when the other table has no such row: CocoaHeads' breaks have `"speaker": 0`."""
_NAME_HEADER = re.compile(r"(?:full |display |speaker |first )?name(?: (?P<language>[a-z]{2}))?")
"""The share of a column's values that must be the other table's ids for the column to refer to them."""


@attrs.frozen
class Join:
    """How two tables are joined.

    Attributes:
        children: the other table's rows belong to the main table's (papers in sessions);
            else the main table's column names the other's rows (speakers by id).
        main_column: the main table's id column (children), or its column of ids (lookup).
        other_column: the other table's column of the main's ids (children), or its id column.
        name_columns: for a lookup, the other table's columns of names, best first.
    """

    children: bool
    main_column: int
    other_column: int
    name_columns: tuple[int, ...] = ()


def join_tables(tables: Sequence[Table]) -> tuple[list[Table], list[str]]:
    """The tables to read once those joined by id are joined, and a line for each join made."""
    tables = list(tables)
    reading: list[str] = []
    for main_index, main in enumerate(tables):
        if not timed_table(main):
            continue
        for other_index, other in enumerate(tables):
            if other_index == main_index or timed_table(other):
                continue
            join = find_join(main, other)
            if join is None:
                continue
            reading.append(_said(main, other, join) + _unknown(main, other, join))
            if join.children:
                joined = _with_children(main, other, join)
                tables = [table for index, table in enumerate(tables) if index not in (main_index, other_index)]
                return [*joined, *tables], reading
            tables[main_index] = _looked_up(main, other, join)
            tables.pop(other_index)
            more, said = join_tables(tables)
            return more, reading + said
    return tables, reading


def joins(main: Table, other: Table) -> bool:
    """Whether `join_tables` joins `other` to `main`: main holds a schedule, other none, one names the other's ids."""
    return timed_table(main) and not timed_table(other) and find_join(main, other) is not None


def timed_table(table: Table) -> bool:
    """Whether the table's header names a date, a time or a start: a schedule of its own."""
    mapping = find_mapping(table, ())
    return mapping is not None and any(field in mapping.columns for field in ("date", "time", "start"))


def header_row(table: Table) -> int:
    """The header's row: the mapped one, else the first of two or more filled cells near the top."""
    mapping = find_mapping(table, ())
    if mapping is not None and mapping.header is not None:
        return mapping.header
    return next(
        (index for index, row in enumerate(table.rows[:HEADER_SEARCH]) if sum(bool(c.text) for c in row) >= 2), 0
    )


def _column(table: Table, column: int, header: int | None = None) -> list[str]:
    first = (header_row(table) if header is None else header) + 1
    return [row[column].text for row in table.rows[first:] if column < len(row) and row[column].text]


def id_columns(table: Table) -> list[int]:
    """Columns named as ids ("id", "Session ID", "code", "key") whose values are all different."""
    at = header_row(table)  # once: finding it maps the whole header (a hostile sheet of 16,384 columns took minutes)
    found = []
    for column, cell in enumerate(table.rows[at]):
        name = cell.text.casefold().replace("_", " ").replace("-", " ")
        if not re.fullmatch(r"(?:\w+ )?(?:id|code|key)", name):
            continue
        values = _column(table, column, at)
        if values and len(set(values)) == len(values):
            found.append(column)
    return found


def _refers(values: list[str], ids: set[str], *, split: bool) -> bool:
    parts = [part for value in values for part in (_SPLIT.split(value) if split else [value]) if part]
    parts = [part for part in parts if part in ids or part not in _NOBODY]
    return len(parts) >= 2 and sum(part in ids for part in parts) >= _MATCHED * len(parts)


def find_join(main: Table, other: Table) -> Join | None:
    """How `other` joins `main` by id: its rows name main's ids, or a main column names its ids; else None."""
    if not main.rows or not other.rows:  # an empty sheet beside the programme (SesionesMetodo 2021) joins nothing
        return None
    for main_id in id_columns(main):
        ids = set(_column(main, main_id))
        for column in range(len(other.rows[header_row(other)])):
            if column not in id_columns(other) and _refers(_column(other, column), ids, split=False):
                return Join(True, main_id, column)
    for other_id in id_columns(other):
        ids = set(_column(other, other_id))
        referring = [
            column
            for column in range(len(main.rows[header_row(main)]))
            if column not in id_columns(main) and _refers(_column(main, column), ids, split=True)
        ]
        if referring:
            # small numbers are ids of every table: the column named like the table ("room" → rooms.json) first
            column = min(referring, key=lambda column: (not _named_like(main, column, other), column))
            return Join(False, column, other_id, _name_columns(other, other_id))
    return None


def _named_like(main: Table, column: int, other: Table) -> bool:
    """Whether main's column is named like the other table ("speaker" and speakers.json, "Room" and sheet "Rooms")."""
    label = other.sheet or Path(other.source).stem
    words = {word.removesuffix("s") for word in normal_name(label).split()}
    named = normal_name(main.rows[header_row(main)][column].text)
    return bool(words & {word.removesuffix("s") for word in named.split()})


def _name_columns(table: Table, id_column: int) -> tuple[int, ...]:
    """The columns that name a row, best first: "name" (English before other languages), else the title.

    A speakers table's "title" is the person's job ("Lead Developer"), so a name column goes
    first; a row whose first is empty takes the next (DevRelCon Tokyo: `name_en` "", `name_ja`).
    """
    header = table.rows[header_row(table)]
    named = [
        (found["language"] not in (None, "en"), column)
        for column, cell in enumerate(header)
        if column != id_column and (found := _NAME_HEADER.fullmatch(normal_name(cell.text))) is not None
    ]
    if named:
        return tuple(column for _, column in sorted(named))
    title = header_fields(header).get("title")
    if title:
        return title[:1]
    return (next(column for column, cell in enumerate(header) if column != id_column and cell.text),)


def _said(main: Table, other: Table, join: Join) -> str:
    def name(table: Table, column: int) -> str:
        where = f"sheet {table.sheet!r}" if table.sheet else table.source
        return f"{where} {table.rows[header_row(table)][column].text!r}"

    if join.children:
        return f"joined by id: {name(other, join.other_column)} → {name(main, join.main_column)}"
    return f"joined by id: {name(main, join.main_column)} → {name(other, join.other_column)}"


def _unknown(main: Table, other: Table, join: Join) -> str:
    """For a lookup, the ids of main's column that the other table lacks, said after the join ("" for none)."""
    if join.children:
        return ""
    ids = set(_column(other, join.other_column))
    parts = [part for value in _column(main, join.main_column) for part in _SPLIT.split(value) if part]
    unknown = list(dict.fromkeys(part for part in parts if part not in ids and part not in _NOBODY))
    shown = ", ".join(repr(part) for part in unknown[:5]) + (", …" if len(unknown) > 5 else "")
    return f"; {len(unknown)} ids not in it, read as nobody: {shown}" if unknown else ""


def _with_children(main: Table, other: Table, join: Join) -> list[Table]:
    """The children with their parent's date, times, room and title (as the track); and childless parents."""
    main_header, other_header = header_row(main), header_row(other)
    mapping = find_mapping(main, ())
    assert mapping is not None  # a timed table
    inherited = [columns[0] for field, columns in mapping.columns.items() if field in _INHERITED]
    title = mapping.columns.get("title", (None,))[0]
    parents = {row[join.main_column].text: row for row in main.rows[main_header + 1 :] if join.main_column < len(row)}
    own = header_fields(other.rows[other_header])
    track = title is not None and "track" not in own
    header = (
        *other.rows[other_header],
        *(main.rows[main_header][column] for column in inherited),
        *((Cell("Track", other.rows[other_header][0].line),) if track else ()),
    )
    rows: list[tuple[Cell, ...]] = [header]
    for row in other.rows[other_header + 1 :]:
        parent = parents.get(row[join.other_column].text) if join.other_column < len(row) else None
        if parent is None:
            continue
        padded = (*row, *(Cell(None, row[0].line) for _ in range(len(other.rows[other_header]) - len(row))))
        rows.append(
            (*padded, *(_at(parent, column) for column in inherited), *((_at(parent, title),) if track else ()))
        )
    named = {row[join.other_column].text for row in rows[1:]}
    alone = [
        row
        for row in main.rows[main_header + 1 :]
        if join.main_column >= len(row) or row[join.main_column].text not in named
    ]
    return [
        Table(other.source, tuple(rows), sheet=other.sheet),
        Table(main.source, (*main.rows[: main_header + 1], *alone), sheet=main.sheet),
    ]


def _at(row: tuple[Cell, ...], column: int | None) -> Cell:
    if column is None or column >= len(row):
        return Cell(None, row[0].line if row else 1)
    return row[column]


def _looked_up(main: Table, other: Table, join: Join) -> Table:
    """The main table with its ids as the names they stand for, or each row beside the row its id names.

    Speaker ids become names, in every column that names them (DevRelCon Tokyo's first_speaker
    and second_speaker); a schedule's talk ids bring the talk's row (its title, people, abstract).
    """
    assert join.name_columns
    fields = header_fields(other.rows[header_row(other)])
    # the column naming each row is no field of a talk (a speakers table's "name" beside its "title" is no speaker)
    shown = {field for field, columns in fields.items() if not set(columns) <= set(join.name_columns)}
    if shown - {"title", "affiliation", "link", "abstract"}:
        return _merged(main, other, join)
    names = {
        row[join.other_column].text: next((name for c in join.name_columns if (name := _at(row, c).text)), "")
        for row in other.rows[header_row(other) + 1 :]
        if join.other_column < len(row)
    }
    ids = set(names)
    header = header_row(main)
    field = field_of(main.rows[header][join.main_column].text)
    columns = [join.main_column] + [
        column
        for column in range(len(main.rows[header]))
        if column not in (join.main_column, *id_columns(main))
        and (field_of(main.rows[header][column].text) == field or _named_like(main, column, other))
        and _refers(_column(main, column), ids, split=True)
    ]
    rows = list(main.rows)
    for column in columns:
        rows = _named_column(rows, header, column, names)
    return Table(main.source, tuple(rows), sheet=main.sheet, merged=main.merged)


def _named_column(
    rows: list[tuple[Cell, ...]], header: int, column: int, names: dict[str, str]
) -> list[tuple[Cell, ...]]:
    """The rows with the ids in `column` as the names they stand for; a column of no field named "Speakers"."""
    heading = rows[header][column]
    if field_of(heading.text) not in ("people", "room", "track"):
        heading = attrs.evolve(heading, value="Speakers")
    rows = list(rows)
    rows[header] = (*rows[header][:column], heading, *rows[header][column + 1 :])
    for index in range(header + 1, len(rows)):
        row = rows[index]
        if column < len(row) and row[column].text:
            ids = _SPLIT.split(row[column].text)
            # an id the other table lacks names nobody (DevRelCon's sponsors "suntory", "github"): said by `_unknown`
            cell = attrs.evolve(row[column], value="; ".join(names.get(i, "") for i in ids if i))
            rows[index] = (*row[:column], cell, *row[column + 1 :])
    return rows


def _merged(main: Table, other: Table, join: Join) -> Table:
    """Each main row followed by the cells of the other table's row its id names."""
    other_header = header_row(other)
    width = len(other.rows[other_header])
    rows_by_id = {
        row[join.other_column].text: row for row in other.rows[other_header + 1 :] if join.other_column < len(row)
    }
    header = header_row(main)
    rows = list(main.rows)
    rows[header] = (*rows[header], *other.rows[other_header])
    for index in range(header + 1, len(rows)):
        row = rows[index]
        found = rows_by_id.get(row[join.main_column].text) if join.main_column < len(row) else None
        cells = found or ()
        rows[index] = (*row, *cells, *(Cell(None, row[0].line if row else 1) for _ in range(width - len(cells))))
    return Table(main.source, tuple(rows), sheet=main.sheet, merged=main.merged)
