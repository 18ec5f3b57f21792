"""CSV that opens cleanly in a spreadsheet: UTF-8 with BOM, every field quoted, no formulas."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> str:
    """Return a cell's text, with a leading apostrophe where a spreadsheet would see a formula.

    >>> neutralise("=HYPERLINK(1)"), neutralise("-"), neutralise("Ada")
    ("'=HYPERLINK(1)", "'-", 'Ada')
    """
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """Return the CSV document (BOM first, CRLF line ends as RFC 4180 has them)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([neutralise(cell) for cell in row] for row in rows)
    return "\ufeff" + buffer.getvalue()
