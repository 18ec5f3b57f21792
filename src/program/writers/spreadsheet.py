"""CSV that opens cleanly in a spreadsheet: UTF-8 with BOM, every field quoted, no formulas."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence

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
    return "".join(csv_pieces(header, rows))


def csv_pieces(header: Sequence[str], rows: Iterable[Sequence[object]], rows_a_piece: int = 1000) -> Iterator[str]:
    """Yield `csv_text(header, rows)` a thousand rows at a time: a large index's rows are never all in memory."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    buffer.write("\ufeff")
    writer.writerow(header)
    for count, row in enumerate(rows, start=1):
        writer.writerow([neutralise(cell) for cell in row])
        if count % rows_a_piece == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def csv_head(header: Sequence[str]) -> str:
    """The start of `csv_text(header, rows)`: the BOM and the header row."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerow(header)
    return buffer.getvalue()


def csv_rows(rows: Iterable[Sequence[object]]) -> str:
    """The text `csv_text` writes for `rows` after its head: a part of the document made alone (a person's rows)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerows([neutralise(cell) for cell in row] for row in rows)
    return buffer.getvalue()
