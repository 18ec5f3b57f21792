"""Speaker and talk column pairs: a grid whose every room has two columns, the speaker's and the talk's.

GUG CZ's DevFest 2017 sheets: `START, END, DURATION, Name1, TRACK 1 - T1, Name2, TRACK 2 -
E1, …`: the times shared, then for each room a numbered name column ("Name1") and the talk's
column, headed by the room. A break or lunch is written in the first name column alone, or
in every name column ("Break, , Break, , Break"): one item for all rooms. A name column with
no talk beside it holds a title ("Lightning Talks x 7") or a speaker whose talk has no title
yet ("Nik Page"). The table is rewritten as one row per item (the shared columns, Title,
Speaker, Room), each cell keeping its place, and read as any such table.

Tropicon 2026's badge CSV writes each room the other way round, the talk's column headed by the
room, then its speaker's, then the speaker's picture: `Día, Horario, Track 1, Ponente,
ImagenTrack1, Track Villas, Ponente, ImagenVillas`. A picture column holds file paths, no item.
"""

from __future__ import annotations

import re

import attrs

from program.model import Kind
from program.readers.kind_labels import kind_from_title
from program.readers.tabular.cells import Cell, Table
from program.readers.tabular.columns import HEADER_SEARCH, field_of
from program.readers.tabular.people import looks_like_name

_PERSON_COLUMN = re.compile(
    r"^(?:name|speaker|speakers|presenter|sprecher|referent|intervenant|ponente|jméno|řečník)\s*\d+$", re.IGNORECASE
)
"""A numbered column of people ("Name1", "Speaker 2"): a numbered `name` is no title column."""
_SHARED = frozenset({"start", "end", "time", "duration", "date", "day"})
_IMAGE_COLUMN = re.compile(r"^\s*(?:imagen|image|img|foto|photo|picture|avatar)", re.IGNORECASE)
"""A speaker's picture beside the speaker ("ImagenTrack1"): its cells are file paths, not talks."""
_IMAGE_PATH = re.compile(r"\.(?:png|jpe?g|gif|svg|webp)\s*$|^\s*https?://", re.IGNORECASE)


@attrs.frozen
class Pairs:
    """Where a paired header's parts are.

    Attributes:
        header: the header's row.
        shared: the columns every room reads (times), each with its header name.
        pairs: each room's name column, talk column and name (the talk column's header).
        images: the speakers' picture columns, read as no field.
    """

    header: int
    shared: tuple[tuple[int, str], ...]
    pairs: tuple[tuple[int, int, str], ...]
    images: tuple[int, ...] = ()


def find_pairs(table: Table) -> Pairs | None:
    """Return the table's speaker and talk pairs: times, then two or more rooms of two columns; else None."""
    for index, cells in enumerate(table.rows[:HEADER_SEARCH]):
        found = _pairs(index, cells)
        if found is not None:
            return found
    return None


def is_pair_header(cells: tuple[Cell, ...]) -> bool:
    """Whether a row is a header of speaker and talk pairs (for detection: the opening lines alone)."""
    return _pairs(0, cells) is not None


def _pairs(index: int, cells: tuple[Cell, ...]) -> Pairs | None:
    named = [(column, cell.text.strip()) for column, cell in enumerate(cells) if cell.text and cell.text.strip()]
    shared: list[tuple[int, str]] = []
    pairs: list[tuple[int, int, str]] = []
    images: list[int] = []
    at = 0
    while at < len(named):
        column, name = named[at]
        if not pairs and field_of(name) in _SHARED:
            shared.append((column, name))
            at += 1
            continue
        beside = named[at + 1] if at + 1 < len(named) else None
        if beside is None or beside[0] != column + 1:
            return None
        if _PERSON_COLUMN.match(name) and field_of(beside[1]) in (None, "room"):
            pairs.append((column, beside[0], beside[1]))
            at += 2
        elif _talk_first(name, beside[1]):
            pairs.append((beside[0], column, name))
            at += 2
            if at < len(named) and named[at][0] == beside[0] + 1 and _IMAGE_COLUMN.match(named[at][1]):
                images.append(named[at][0])
                at += 1
        else:
            return None
    if len(pairs) < 2 or not any(field_of(name) in ("start", "time") for _, name in shared):
        return None
    return Pairs(index, tuple(shared), tuple(pairs), tuple(images))


def _talk_first(name: str, beside: str) -> bool:
    """Whether a room's talk column comes before its speaker's ("Track 1, Ponente"): an unnumbered people column."""
    return (
        field_of(name) in (None, "room")
        and not _IMAGE_COLUMN.match(name)
        and field_of(beside) == "people"
        and not _PERSON_COLUMN.match(beside)
    )


def pair_table(table: Table, pairs: Pairs) -> tuple[Table, tuple[str, ...]]:
    """The table as one row per item (shared columns, Title, Speaker, Room), and what `program check` says."""
    header_line = table.rows[pairs.header][0].line
    header = tuple(Cell(name, header_line) for _, name in pairs.shared) + tuple(
        Cell(name, header_line) for name in ("Title", "Speaker", "Room")
    )
    rows: list[tuple[Cell, ...]] = [header]
    unread: list[str] = []
    known = {column for column, _ in pairs.shared} | {c for pair in pairs.pairs for c in pair[:2]} | set(pairs.images)
    for cells in table.rows[pairs.header + 1 :]:
        if not cells:
            continue
        shared = tuple(_cell(cells, column) for column, _ in pairs.shared)
        rows.extend((*shared, *entry) for entry in _entries(cells, pairs))
        unread.extend(
            f"not read: {table.describe(cell)} {cell.text!r} (a cell in a column without a name)"
            for column, cell in enumerate(cells)
            if cell.text and column not in known
        )
        unread.extend(
            f"not read: {table.describe(cell)} {cell.text.strip()!r} (in a column of speakers' pictures)"
            for column, cell in enumerate(cells)
            if column in pairs.images and cell.text and cell.text.strip() and not _IMAGE_PATH.search(cell.text)
        )
    rooms = ", ".join(dict.fromkeys(room for _, _, room in pairs.pairs))
    shared_names = ", ".join(name for _, name in pairs.shared)
    pictures = f"; speakers' pictures, not read: {len(pairs.images)} columns" if pairs.images else ""
    said = (f"speaker and talk columns for each room: {rooms}; shared: {shared_names}{pictures}", *unread)
    return Table(table.source, tuple(rows), sheet=table.sheet), said


def _entries(cells: tuple[Cell, ...], pairs: Pairs) -> list[tuple[Cell, Cell, Cell]]:
    """A row's items as (title, speaker, room) cells: one for all rooms when the row says so."""
    filled: list[tuple[int, Cell, Cell, str]] = []
    for position, (person, column, room) in enumerate(pairs.pairs):
        who, talk = _cell(cells, person), _cell(cells, column)
        if who.text or talk.text:
            filled.append((position, who, talk, room))
    if not filled:
        return []
    first = filled[0][1]
    titles = {who.text for _, who, talk, _ in filled if not talk.text}
    same = len(titles) == 1 and all(not talk.text for _, _, talk, _ in filled)
    if same and not names_a_person(first.text) and (len(filled) > 1 or filled[0][0] == 0):
        return [(first, Cell(None, first.line), Cell(None, first.line))]
    entries = []
    for _, who, talk, room in filled:
        place = Cell(room.strip(), talk.line, talk.label)
        if talk.text:
            entries.append((talk, who, place))
        else:  # a title in the name column, or a speaker whose talk has no title yet
            entries.append((who, who if names_a_person(who.text) else Cell(None, who.line), place))
    return entries


def names_a_person(text: str) -> bool:
    """Whether a name column's text is a person ("Nik Page"), not a title ("Coffee Break", "Zahájení")."""
    return len(text.split()) >= 2 and looks_like_name(text) and kind_from_title(text) is Kind.OTHER


def _cell(cells: tuple[Cell, ...], column: int) -> Cell:
    return cells[column] if column < len(cells) else Cell(None, cells[0].line)
