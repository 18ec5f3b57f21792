"""A page's table of days as columns ("Time | Wednesday Oct. 01 | Thursday Oct. 02"): where its days are, who chairs.

APM 2025 heads its day columns with a second header row under a room spanning them all
(``<th rowspan="2">Time</th><th colspan="3">Building FC6, room FC6.142</th>``), and opens each
session with a row of its chairs, one a day (``<b>Chair:</b> Einar Broch Johnsen``) over the
rows of its talks. The chairs chair the talks below them in their column until the session's
time ends: they are those talks' label, never items of their own.
"""

from __future__ import annotations

import re

from program.model import Kind
from program.readers.html_grid import Grid
from program.readers.kind_labels import kind_from_label
from program.readers.lines.markup import without_icons
from program.readers.lines.names import names_in
from program.readers.notation.dates import DateError, parse_date
from program.readers.notation.times import ClockError, is_span, parse_span
from program.readers.tabular.cells import Cell
from program.readers.tabular.columns import field_of

_CORNERS = ("", "time", "times", "zeit", "heure")
_PLACEHOLDER = re.compile(r"^\s*[-–—]+\s*$")
_CHAIR = re.compile(r"^\s*(?:session\s+)?chairs?\s*:\s*(?P<names>.+?)\s*$", re.IGNORECASE | re.DOTALL)


def day_header(grid: Grid, head: int) -> int | None:
    """The row naming the day columns: the first filled row, or the `<th>` rows right under it; None when none does.

    A header row of a room over all the days (APM 2025) is not a header of days: the one below is.
    """
    row = head
    while row == head or (row in grid.header_rows and row - 1 in grid.header_rows):
        if row >= len(grid.cells):
            return None
        if _names_days(grid, row):
            return row
        row += 1
    return None


def _names_days(grid: Grid, row: int) -> bool:
    names = [cell.text for cell in grid.cells[row][1 : far_time_column(grid, row)] if cell.text]
    if len(names) < 2 or grid.cells[row][0].text.casefold() not in _CORNERS:
        return False
    try:
        return all(parse_date(name) is not None for name in names)
    except DateError:
        return False


def rooms_over(grid: Grid, header: int) -> dict[int, str]:
    """Each day column's room: a header row's cell above the days spanning them ("Building FC6, room FC6.142").

    Only a row of `<th>` cells right above the days' row, and only a cell that writes no date.
    """
    above = header - 1
    if above < 0 or above not in grid.header_rows or header not in grid.header_rows:
        return {}
    rooms: dict[int, str] = {}
    for r0, c0, r1, c1 in grid.merged:
        name = grid.cells[r0][c0].text if r0 <= above <= r1 else ""
        if name and c0 > 0 and not is_date(name):
            rooms.update(dict.fromkeys(range(c0, c1 + 1), name))
    return rooms


_DATE_AT_MOST = 60
"""The longest text read as a day, as a page's day headings (`html_page._heading_day`)."""


def is_date(text: str) -> bool:
    """Whether the text writes a date ("Tuesday, February 8", "Wednesday Oct. 01").

    Only a short text: an abstract's prose ("… from 1 to N …", 5G-MeMU 2024) is never a day.
    """
    if len(text) > _DATE_AT_MOST:
        return False
    try:
        parse_date(text)
    except DateError:
        return False
    return True


_TRAILING_BRACKET = re.compile(r"\s*[(（][^()（）]*[)）]$")


def day_text(text: str) -> str | None:
    """The date a table's day row writes, its trailing bracket (the day's hall) left out; None for no date.

    >>> day_text("Czwartek, 1.12.2022 (Aula Bogumiła Krygowskiego, Collegium Geographicum)")
    'Czwartek, 1.12.2022'
    >>> day_text("Quinta-feira (26/10)"), day_text("Keynote (Ada Lovelace)")
    ('Quinta-feira (26/10)', None)
    """
    if is_date(text):
        return text
    bare = _TRAILING_BRACKET.sub("", text)
    return bare if bare != text and is_date(bare) else None


def heading_date(cells: list[Cell]) -> str | None:
    """The one line of a table's heading row that is a date with its year, else None.

    Hisarlı 2021 heads its table with one cell of lines: the symposium, the seminars, `19 MAYIS 2021`,
    the site and `P R O G R A M`. That date is the day of the table's rows, untimed ones too.
    """
    lines = [line.strip() for cell in cells if isinstance(cell.value, str) for line in cell.value.split("\n")]
    dated = [line for line in lines if is_date(line) and parse_date(line).year is not None]
    return dated[0] if len(dated) == 1 else None


def chair_labels(grid: Grid, header: int) -> tuple[set[tuple[int, int]], dict[tuple[int, int], str]]:
    """The chair cells (row, column), and the label each cell below one takes ("Chair: Einar Broch Johnsen").

    A chair chairs the cells of its column from the next row until a row whose time ends after
    its own (the session's end), or the next chair of that column.
    """
    chairs: set[tuple[int, int]] = set()
    labels: dict[tuple[int, int], str] = {}
    width = len(grid.cells[header])
    for column in range(1, width):
        label: str | None = None
        until: int | None = None
        for row in range(header + 1, len(grid.cells)):
            text = grid.cells[row][column].text
            names = _chair_names(text)
            if names is not None:
                chairs.add((row, column))
                label, until = f"Chair: {', '.join(names)}", _end_minutes(grid.cells[row][0].text)
                continue
            end = _end_minutes(grid.cells[row][0].text)
            if label is not None and until is not None and end is not None and end > until:
                label = None
            if label is not None and text:
                labels[(row, column)] = label
    return chairs, labels


def is_placeholder(text: str) -> bool:
    """A dash alone in a day's slot (APM 2025's Friday afternoon, `rowspan="5"`): nothing there, no item "-"."""
    return bool(_PLACEHOLDER.match(text))


def _chair_names(text: str) -> tuple[str, ...] | None:
    found = _CHAIR.match(text) if text else None
    return names_in(" ".join(found["names"].split()), words=2) if found else None


def _end_minutes(text: str) -> int | None:
    """A time cell's end in minutes of the day ("10:30 - 12:00" → 720), or None."""
    try:
        span = parse_span(text) if text else None
    except ClockError:
        return None
    return span.end_minutes if span is not None else None


def first_item_row(grid: Grid, header: int) -> tuple[int, str]:
    """The first row of items under the days' row, and what is said of a row passed over ("" for none).

    A row that names the time column again under the days ("Time (EST) | Workshops | Main, Day 1",
    MobiHoc 2023) is a second header: its other cells name each day's part, no item.
    """
    below = header + 1
    if below >= len(grid.cells) or field_of(grid.cells[below][0].text or "") != "time":
        return below, ""
    names = ", ".join(cell.text for cell in grid.cells[below] if cell.text)
    return below + 1, f"; the row under the days read as a second header ({names})"


_HERE = re.compile(r"\s*\[(?:here|map|link)\]$", re.IGNORECASE)
"""A link's text closing a cell (TAROT 2024's `<a href="https://maps.app.goo.gl/…">[Here]</a>`): where, no title."""


def marked_cell(title: str, person: str | None) -> tuple[str, str | None]:
    """A day's cell's title without its legend's marker, and its person: the name a cell alone gives.

    TAROT 2024 marks each cell by its legend's colour (`🟢 Paolo Arcaini`, `🟠 Coffee Break`) and
    names only the lecturer in a lecture's cell: that is the lecture's title and its person.

    >>> marked_cell("🟢 Paolo Arcaini", None), marked_cell("🟠 Coffee Break", None)
    (('Paolo Arcaini', 'Paolo Arcaini'), ('Coffee Break', None))
    """
    bare = _HERE.sub("", without_icons(title, leading=True)) or title
    if person is None and kind_from_label(bare, "") in (Kind.OTHER, Kind.TALK):
        named = names_in(bare, words=2)
        person = named[0] if named is not None and len(named) == 1 else None
    return bare, person


def far_time_column(grid: Grid, header: int) -> int | None:
    """The time column written again after the last day ("Time | Wednesday | … | Friday | Time"), or None.

    COMSOC 2006 repeats its time column on the right, and where it differs from the left one
    (Friday's `4 talks` at 14:00-15:20 beside Wednesday's 14:00-14:50) it is the last day's own
    times. It is no day and no room: it times its neighbouring day column.
    """
    row = grid.cells[header]
    last = len(row) - 1
    if last < 3 or not row[last].text or row[last].text.casefold() not in _CORNERS or not row[0].text:
        return None
    below = [cells[last].text for cells in grid.cells[header + 1 :] if cells[last].text]
    return last if len(below) >= 2 and all(map(is_span, below)) else None


def time_column_of(grid: Grid, row: int, column: int, far: int | None) -> int:
    """The column timing a day's cell: the far time column for the day beside it where it writes a time, else A."""
    if far is not None and column == far - 1 and is_span(grid.cells[row][far].text):
        return far
    return 0


def cell_time(grid: Grid, first: int, last: int, column: int) -> str:
    """A day's cell's time from its time column, over the rows it spans (`_joined_time`)."""
    return _joined_time(*(_row_time(grid.cells[row][column].text) for row in range(first, last + 1)))


_OPEN_START = re.compile(r"^(?:after|from)\s+(?P<clock>\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)\b", re.IGNORECASE)
"""A start with no end in a time column: "After 19:00 (Evening program)"."""


def _row_time(text: str) -> str:
    """A row's time as a time column reads it: "After 19:00 (Evening program)" starts at 19:00."""
    found = _OPEN_START.match(text.strip())
    return found["clock"] if found and is_span(found["clock"]) else text


def _joined_time(first: str, *rest: str) -> str:
    """The time from the first row's start to the end of the last row that has one.

    "09.00-10.00" to "12.00-13.00" is 09.00-13.00; a four-row rowspan over "15:15–16:15",
    "16:30–17:30", an empty row and "After 19:00" ends at 17:30: an open start is no end.
    """
    ends = [end.text for text in rest if is_span(text) and (end := parse_span(text).end) is not None]
    if not ends or not is_span(first):
        return first
    return f"{parse_span(first).start.text}-{ends[-1]}"
