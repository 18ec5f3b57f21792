"""A page whose table rows open with times, none of which was read: an error that shows them, never "empty".

JKR's AI & IoT course 2025 wrote `| 8.30 – 10.30 mlm | … |`: before the Malay parts of the day were known
(`notation.day_parts`), every row's time went unread and the page was refused as an empty feed, naming none
of them. Now such a page is refused with the first row's line, its time cell, and what was not understood.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from program.errors import ParseError
from program.model import SourceRef
from program.readers.base import Line
from program.readers.lines.duration_tables import needs_start, unstarted_row
from program.readers.lines.markup import CleanLine
from program.readers.lines.rows import is_rule, row_cells
from program.readers.notation.leading import leading_span

_CLOCK_FIRST = re.compile(r"^\W{0,3}\d{1,2}\s*[:.h]\s*\d{2}(?!\d)")
"""A cell that opens as a clock time does ("8.30 – 10.30 mlm", "**09:00**")."""
QUOTED = 60


def refuse_unread(cleaned: Sequence[tuple[Line, CleanLine]], source: str) -> None:
    """Raise the error of a page that gave no slot but has table rows it could not time; else return.

    Raises:
        UsageError: for a table of durations with no time to start from (`duration_tables.needs_start`).
        ParseError: for table rows that open with times none of which was read (`times_not_read`).
    """
    if (row := unstarted_row(cleaned)) is not None:
        raise needs_start(source, row)  # CDAAI's "| Welcome and opening remarks | 10 minutes |" and no time
    if unread := unread_time_rows(cleaned):
        raise times_not_read(source, unread)


def unread_time_rows(cleaned: Sequence[tuple[Line, CleanLine]]) -> list[tuple[Line, str]]:
    """The table rows whose first or second cell opens with a clock time, with that cell."""
    found: list[tuple[Line, str]] = []
    for line, text in cleaned:
        cells = row_cells(text.text, line.text)
        if cells is None or is_rule(text.text):
            continue
        cell = next((cell for cell in cells[:2] if _CLOCK_FIRST.match(cell)), None)
        if cell is not None:
            found.append((line, cell))
    return found


def times_not_read(source: str, rows: Sequence[tuple[Line, str]]) -> ParseError:
    """The error for a page whose timed rows were none of them read: where, what, and what was not understood.

    >>> error = times_not_read("p.md", [(Line(12, "| 8.30 – 10.30 ytt | Makan |"), "8.30 – 10.30 ytt")])
    >>> error.reason.split(";")[0]
    "expected a time such as '14:30', '2:30 pm' or '14:00 - 15:30' in a table's time cell, found '8.30 – 10.30 ytt'"
    """
    line, cell = rows[0]
    found = leading_span(cell)
    after = (found.rest if found is not None else cell)[:QUOTED]
    said = f"the words after its time, {after!r}, are no am/pm or part of the day known" if found else "no time known"
    where = f"line {line.number}" if len(rows) == 1 else f"lines {line.number} to {rows[-1][0].number}"
    return ParseError(
        f"expected a time such as '14:30', '2:30 pm' or '14:00 - 15:30' in a table's time cell, found {cell!r}; "
        f"{said}: {len(rows)} row{'s' if len(rows) > 1 else ''} of times ({where}) not read",
        SourceRef(source, line.number),
    )
