"""A numbered session's row over its talks' rows: the session's heading, no item of its own.

COMOSA 2025 (a Word table) writes `10:50 – 12:10 | Session 1 / Session Chair: Dr. …` above the session's talks,
`10:50 – 11:10 | Title / Authors`, each at its own time inside the session's. Read as an item, "Session 1" was a
fifth item over four talks (an overlap warning each). A row titled only with a session's number whose time holds
the next row's start is left out and said in `reading`; so is a row titled by its Session (or Activity) cell
alone, its Title empty, whose time holds the next row's start: a session's name over its talks ("Session 1:
Graphs | | " above "Session 1: Graphs | Talk A"), where DANE 2024's `Lunch` and `Welcome`, ending as the next row
starts, are items.
"""

from __future__ import annotations

import re

from program.readers.tabular.columns import Mapping
from program.readers.tabular.rows import Row

_NUMBERED = re.compile(r"^session\s+[0-9IVX]{1,4}[a-z]?$", re.IGNORECASE)
"""A session's number alone ("Session 1", "Session IV"): a heading, no talk's title."""


def without_session_heads(rows: tuple[Row, ...], mapping: Mapping) -> tuple[tuple[Row, ...], tuple[str, ...]]:
    """The rows without the sessions' rows over their talks, and what was left out (for `reading`)."""
    kept: list[Row] = []
    heads: list[str] = []
    for at, row in enumerate(rows):
        after = rows[at + 1] if at + 1 < len(rows) else None
        heading = _NUMBERED.match(" ".join(row.title.split())) or _titled_by_session(row, mapping)
        if after is not None and heading and _holds(row, after):
            heads.append(row.title)
            continue
        kept.append(row)
    if not heads:
        return rows, ()
    said = f"{len(heads)} session rows over their talks' rows read as headings, not items ({', '.join(heads[:4])})"
    return tuple(kept), (said,)


def _holds(session: Row, talk: Row) -> bool:
    """Whether a talk's row starts inside a session's time, on its day."""
    if session.span is None or talk.span is None or session.span.end_minutes is None or session.day != talk.day:
        return False
    return session.span.start.minutes <= talk.span.start.minutes < session.span.end_minutes


def _titled_by_session(row: Row, mapping: Mapping) -> bool:
    """Whether the row's title is its Session (or Activity) cell: the table has both, and its Title cell is empty."""
    title, session = mapping.columns.get("title", ()), mapping.columns.get("alt_title", ())
    if not title or not session:
        return False
    return not (title[0] < len(row.cells) and row.cells[title[0]].text)
