"""Tables that give durations only and no time to start from: a schedule all the same, its start asked for.

CDAAI's workshop agenda is one Markdown table, `| Workshop Item | Duration |`, of rows such as
`| Welcome and opening remarks | 10 minutes |`, and names no clock time anywhere. Its items run end to
end from a start only the organisers know: `--date 2025-06-01T09:00` (the program file's
`date = 2025-06-01T09:00:00`) gives it, and without one the reader stops with an error naming that
option, never guessing 9 a.m. A table of durations below a time ("**2:30 PM, 16 July**", EMBC 2025)
starts at that time (`Finder._time_above`).
"""

from __future__ import annotations

from collections.abc import Sequence

from program.errors import UsageError
from program.readers.base import Line
from program.readers.lines.markup import CleanLine
from program.readers.lines.rows import Header, row_cells, table_header
from program.readers.notation.times import ClockError
from program.readers.tabular.row_times import row_minutes

QUOTED = 60


def gives_duration(header: Header, cells: Sequence[str]) -> bool:
    """Whether a row of a table of durations gives one ("10 minutes", "30 minutes (including Q&A)")."""
    text = header.cell(cells, "duration").strip()
    try:
        return bool(text) and row_minutes(text) > 0
    except ClockError:
        return False


def unstarted_row(cleaned: Sequence[tuple[Line, CleanLine]]) -> Line | None:
    """The first row of a table of durations, on a page that gave no slot: its items have no time to start from."""
    header: Header | None = None
    for line, text in cleaned:
        cells = row_cells(text.text, line.text) if text.text else None
        if cells is None:
            header = None if text.text else header
            continue
        found = table_header(cells, line.number)
        header = found or header
        if found is None and header is not None and header.by_duration and gives_duration(header, cells):
            return Line(line.number, text.text)
    return None


def needs_start(source: str, row: Line) -> UsageError:
    """The error for a page whose table gives durations and no start: it names the option that gives one."""
    text = row.text if len(row.text) <= QUOTED else row.text[: QUOTED - 1] + "…"
    return UsageError(
        f"{source}:{row.number}: a table of durations with no time to start from ({text!r}); give the first "
        "day and the time its first item starts with --date YYYY-MM-DDTHH:MM (in a program file: "
        "date = YYYY-MM-DDTHH:MM:00)"
    )
