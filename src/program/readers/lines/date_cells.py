"""A table row's Date cell: the day it opens, nothing when it writes none, or the problem of one unreadable."""

from __future__ import annotations

import re
from collections.abc import Sequence

from program.model import Problem, Severity, SourceRef
from program.readers.lines.day_headings import day_heading
from program.readers.lines.rows import Header
from program.readers.notation.dates import WrittenDate

_NO_DATE = re.compile(r"^(?:[\"“”〃'\-–—.…?]+|tb[ad]|n/?a|same|ditto|idem)$", re.IGNORECASE)
"""A Date cell that writes no date of its own (a ditto mark, "TBD"): its row stays on the day above."""


def row_date(header: Header | None, cells: Sequence[str], where: SourceRef) -> WrittenDate | Problem | None:
    """The date a row's Date cell writes; None when it writes none; an error when it is no date we read.

    The error's row is left out, as a sheet's is: carried on, it would fall silently on the day
    above (YI Summit 2022's "W 10/19" did, before one-letter weekdays were read).

    >>> header = Header({"date": 0, "time": 1, "title": 2})
    >>> row_date(header, ["W 10/19", "09:00", "Coffee"], SourceRef("yi.md", 15))
    SlashedDate(year=None, month=10, day=19, weekday=None, day_number=None)
    >>> row_date(header, ["〃", "09:00", "Coffee"], SourceRef("yi.md", 15)) is None
    True
    >>> row_date(header, ["Wendesday", "09:00", "Coffee"], SourceRef("yi.md", 15)).message[-45:]
    "in the table's date column, found 'Wendesday'"
    """
    written = header.cell(cells, "date").strip() if header is not None else ""
    if not written or _NO_DATE.match(written):
        return None
    day = day_heading(written)
    if day is not None:
        return day
    expected = "a date such as 2026-03-12, 12.03.2026 or 'Monday March 2, 2026' in the table's date column"
    message = f"{where.file}:{where.line}: expected {expected}, found {written!r}"
    return Problem(Severity.ERROR, "unreadable-row", message, where)
