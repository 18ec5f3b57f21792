"""A page's small table of labelled moments: each cell `Label: weekday time` (COMSOC 2006).

Above its grid of talks, COMSOC 2006 sets the meetings that are no talk in a borderless table:
`<b>Registration:</b> from Wednesday 08:15`, `<b>Social Dinner:</b> Thursday 20:00 (<a>details</a>)`,
`<b>Welcome:</b> Wednesday 08:50-09:00`. Each cell is an item on its day: the label its title,
the day and time after it its date and time, a bracketed link (`(details)`) no part of either.
Read as its first row's names, the table was a header (`from` a start) and its cells were lost.
"""

from __future__ import annotations

import re

from program.readers.html_grid import Grid
from program.readers.notation.dates import DateError, parse_date
from program.readers.notation.times import is_span
from program.readers.tabular.cells import Cell, Table

_LABELLED = re.compile(r"^(?P<label>[^:\n]{2,40}):\s*(?P<rest>.+?)(?:\s*\([^()]*\))?$", re.DOTALL)
"""`Social Dinner: Thursday 20:00 (details)`: the label, then its moment, a bracket after it left out."""

_WORDS_OF_DAY = 4
"""The most words a day may take before its time ("Wednesday 6 December 2006")."""


def _moment(text: str) -> tuple[str, str] | None:
    """The day and the time a cell's text after its label writes ("from Wednesday 08:15"), or None.

    A leading `from` is the time's (an open start), whichever side of the day it stands.
    """
    words = " ".join(text.split()).split(" ")
    opened = words[0].casefold() == "from"
    words = words[1:] if opened else words
    for cut in range(1, min(_WORDS_OF_DAY, len(words) - 1) + 1):
        day, time = " ".join(words[:cut]), " ".join(words[cut:])
        if not is_span(time):
            continue
        try:
            if parse_date(day) is not None:
                return day, f"from {time}" if opened else time
        except DateError:
            continue
    return None


def labelled_moments(grid: Grid, source: str) -> Table | None:
    """The table as rows (Title, Date, Time), one a labelled cell; None unless every filled cell (two or more) is."""
    found: list[tuple[Cell, str, str, str]] = []
    for row in grid.cells:
        for cell in row:
            text = cell.text.strip()
            if not text:
                continue
            matched = _LABELLED.match(text)
            moment = _moment(matched["rest"]) if matched else None
            if matched is None or moment is None:
                return None
            found.append((cell, " ".join(matched["label"].split()), *moment))
    if len(found) < 2:
        return None
    line = found[0][0].line
    rows = [(Cell("Title", line), Cell("Date", line), Cell("Time", line))]
    rows += [(Cell(label, cell.line), Cell(day, cell.line), Cell(time, cell.line)) for cell, label, day, time in found]
    return Table(source, tuple(rows))
