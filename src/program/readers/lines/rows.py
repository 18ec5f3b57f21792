"""Table rows copied from a page: pipe tables (``| 09:00 | 09:30 | Opening |``) and tab-separated rows.

A row's cells are mapped by the table's header (`tabular.columns.header_fields`: "Time",
"Start", "End", "Session", "Speaker", "Location", …); without a header, the first cell that
opens with a time holds the time and the others are read as the text of a slot.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from program.readers.lines.day_headings import day_heading
from program.readers.lines.markup import wholly_emphasised
from program.readers.lines.rooms import names_room
from program.readers.tabular.cells import Cell
from program.readers.tabular.columns import header_fields, normal_name

_RULE = re.compile(r"^\|?\s*:?-{1,}:?\s*(?:\|\s*:?-{1,}:?\s*)*\|?$")
"""A Markdown table's rule row: ``|---|:--:|``, ``---- | ----``."""
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")
"""A cell separator; ``\\|`` is a pipe inside a cell ("Lunch (offline) \\| Poster session")."""
_PAPER = ("paper", "papers")
_CHAIRING = re.compile(r"^(?:session\s+)?(?:moderators?|chairs?|chairpersons?)$")
"""A column of papers beside a "Session" column: the paper rows' titles."""


@attrs.frozen
class Header:
    """A table's header: each field's column (the first of each)."""

    columns: dict[str, int]
    rooms: dict[int, str] = attrs.field(factory=dict)
    """Rooms as columns ("Time | Room A | Room B"): each room's column, by its index."""

    @property
    def by_duration(self) -> bool:
        """Whether rows give only their durations, one after another from a time above ("| 20 mins | Talk |")."""
        return "duration" in self.columns and not {"time", "start", "end"} & self.columns.keys()

    def cell(self, cells: Sequence[str], field: str) -> str:
        """The row's text in `field`'s column, or ""."""
        index = self.columns.get(field)
        return cells[index] if index is not None and index < len(cells) else ""


_TIME_PIPE = re.compile(r"^\d{1,2}[:.]\d{2}\s*\|")
"""A row's time cell against its pipe ("10:00| Title", e-privacy 2016's table rows): a row, not a time-led line."""


def row_cells(text: str, raw: str) -> list[str] | None:
    """Return the cells of a table row (a cleaned line and its raw text), or None when it is no row.

    >>> row_cells("| 09:00 | 09:30 | Opening |", "")
    ['09:00', '09:30', 'Opening']
    >>> row_cells("07:00 -- 12:00 | Tech support |", "")
    ['07:00 -- 12:00', 'Tech support']
    """
    if "\t" in raw.strip() and "|" not in raw and not wholly_emphasised(raw):
        return [" ".join(cell.split()) for cell in raw.strip().split("\t")]
    if "|" not in text or (
        not text.startswith("|") and text.count(" | ") + text.endswith(" |") < 1 and not _TIME_PIPE.match(text)
    ):
        return None
    inner = text.strip().lstrip("|")
    while inner.endswith("|") and not inner.endswith("\\|"):
        inner = inner[:-1]
    cells = [" ".join(cell.replace("\\|", "|").split()) for cell in _UNESCAPED_PIPE.split(inner)]
    return cells if len(cells) >= 2 or text.startswith("|") else None


def row_shape(text: str) -> str:
    """What a table row's line is, for `program check`: a pipe table's, cells joined with " · ", or tab-separated."""
    if "|" in text:
        return "pipe table"
    return "rows of cells joined with ' · '" if " · " in text else "tab-separated rows"


def is_rule(text: str) -> bool:
    """Whether a line is a Markdown table's rule row."""
    return bool(_RULE.match(text.strip())) and "-" in text


def table_header(cells: Sequence[str], line: int) -> Header | None:
    """The header a row is ("Time | Activity | Speaker", "Duration | Activity"), or None.

    A time column alone with a text column makes a header too ("| Time | Description |"); a time
    column and two or more columns no field names are rooms ("| Time | Room A | Room B |"), the time
    column written again at the right no room.

    >>> table_header(["Time", "Hall A", "Hall B", "Time"], 1).rooms
    {1: 'Hall A', 2: 'Hall B'}
    """
    found = header_fields([Cell(_unbracketed(cell), line) for cell in cells])
    if (corner := _corner_rooms(cells, found)) is not None:
        return corner
    times = {field for field in found if field in ("time", "start", "end", "duration")}
    if not times or any(re.search(r"\d[:.]\d\d", cell) for cell in cells):
        return None
    columns = {field: columns[0] for field, columns in found.items()}
    mapped = {index for indexes in found.values() for index in indexes}
    rooms = {index: cell.strip() for index, cell in enumerate(cells) if cell.strip() and index not in mapped}
    if "time" in columns and rooms.get(len(cells) - 1, "").casefold() == cells[columns["time"]].strip().casefold():
        del rooms[len(cells) - 1]  # "Time | Room A | Room B | Time": the times again at the right, for the eye
    if "title" not in columns and len(rooms) >= 2:  # "Time | Room A | Room B": a column per room
        return Header(columns, rooms)
    if "title" not in columns and len(rooms) == 1 and names_room(next(iter(rooms.values()))):
        return Header(columns, rooms)  # "Hora | Sala Machinalis" (SciPy LA 2015): one room's column, its talks
    if len(found) < 2:
        return None
    if "title" not in columns and "track" in columns:  # "Time | Track | Speaker" (BiocAsia 2020): the track names it
        columns["title"] = columns.pop("track")
    named = [normal_name(cell) for cell in cells]
    chair = next((index for index, name in enumerate(named) if index not in mapped and _CHAIRING.match(name)), None)
    if chair is not None:  # "Speaker | Moderator" (DMAIL 2025): who chairs a row that names no speaker
        columns["chair"] = chair
    if "session" in named and columns.get("title") != named.index("session"):
        columns["label"] = named.index("session")  # "Session | Start | End | Topic": "Session 1" labels its topic
    paper = next((index for index, cell in enumerate(cells) if cell.strip().casefold() in _PAPER), None)
    if paper is not None and columns.get("title") != paper:
        # "Time | Session | Authors | Paper": a paper row's title is its paper, a session row's its session
        if "title" in columns:
            columns["session"] = columns["title"]
        columns["title"] = paper
    return Header(columns)


_ROOM_WORDS = 4
_NOT_ROOM = re.compile(r"\d[:.]\d\d|,|\band\b|[\[\]*_]")
"""What no room's head holds: a time, a list of names, markup left (a title's link or bold)."""


def _corner_rooms(cells: Sequence[str], found: dict[str, tuple[int, ...]]) -> Header | None:
    """A header whose first cell is blank over the times and whose others name rooms (`|  | Track 0E | Track 0D |`).

    BilboStack 2025 leaves the time column's head empty; no cell is a field's name, a time or a day, and each is
    short, as a room's name is (CHAI 2022's row `|  | Rita Sevastjanova and Mennatallah El-Assady | [Title](…) |`,
    a paper under its session, is none).
    """
    rooms = {index: cell.strip() for index, cell in enumerate(cells) if index and cell.strip()}
    if cells[0].strip() or found or len(rooms) < 2 or len(rooms) != len(cells) - 1:
        return None
    if any(_NOT_ROOM.search(cell) or len(cell.split()) > _ROOM_WORDS for cell in rooms.values()):
        return None
    if any(day_heading(cell) is not None for cell in rooms.values()):
        return None
    return Header({"time": 0}, rooms)


def _unbracketed(cell: str) -> str:
    r"""`cell` without what a header writes after its name in brackets: "Time (GMT+2)", "Time (EST)".

    From the first "(" to the last ")", found by position: the pattern it replaces, ``\s*\(.*\)\s*``,
    took time growing with the square of a cell of many "(" (a hostile cell of 30 KB took 3.5 s).

    >>> _unbracketed("Time (GMT+2)"), _unbracketed("Start (UTC) time"), _unbracketed("((((")
    ('Time', 'Starttime', '((((')
    """
    opening, closing = cell.find("("), cell.rfind(")")
    if opening == -1 or closing < opening:
        return cell
    return cell[:opening].rstrip() + cell[closing + 1 :].lstrip()


def is_bare_pipe_table(lines: Sequence[str]) -> bool:
    """Whether text is only a pipe-separated table (every non-blank line a row, no Markdown rule row).

    Such a text is a CSV with "|" as its delimiter (the csv reader's); a page with headings,
    prose or a ``|---|`` rule row around its table is a schedule page (the schedule-page reader's).
    """
    rows = [line.strip() for line in lines if line.strip()]
    return bool(rows) and all("|" in row and not is_rule(row) for row in rows)
