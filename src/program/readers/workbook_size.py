"""The size an .xlsx sheet claims, checked before calamine reads it.

calamine makes a sheet's cells one rectangle from its first to its last cell: a sheet with
one cell at A1 and one at XFD1048576 asks for 17 billion
cells and aborts the process (a Rust allocation failure, no exception to catch). The
positions are read from the sheet's XML first, and a sheet larger than MAX_CELLS is an
error naming it.
"""

from __future__ import annotations

import io
import re
import zipfile

from program.errors import ParseError
from program.model import SourceRef

MAX_CELLS = 20_000_000
"""The most cells a sheet's rectangle may span (a 100,000-item schedule of 30 columns is 3 million)."""

MAX_SHEET_XML = 500_000_000
"""The most bytes one sheet's XML may unpack to (a zip bomb is refused unread)."""

_POSITION = re.compile(rb'<(?:c|row)\b[^>]*?\sr="([A-Za-z]*)([0-9]+)"')
"""A cell's or a row's position (`<c r="B7">`, `<row r="7">`): what calamine spans (not `<dimension>`)."""


def check_sheet_sizes(data: bytes, source: str) -> None:
    """Refuse an .xlsx whose sheets claim more than MAX_CELLS cells (other workbooks pass unchecked).

    Raises:
        ParseError: naming the sheet and the rectangle it claims.
    """
    try:
        book = zipfile.ZipFile(io.BytesIO(data))
        sheets = [info for info in book.infolist() if info.filename.startswith("xl/worksheets/")]
    except (zipfile.BadZipFile, ValueError, OSError):
        return  # not an .xlsx: calamine says what it is not
    for info in sheets:
        if info.file_size > MAX_SHEET_XML:
            raise ParseError(
                f"{info.filename} unpacks to {info.file_size:,} bytes: too large a sheet", SourceRef(source, 1)
            )
        try:
            xml = book.read(info)
        except (zipfile.BadZipFile, ValueError, OSError, EOFError):
            return  # calamine says it
        rows, columns = _span(xml)
        if rows * columns > MAX_CELLS:
            raise ParseError(
                f"{info.filename} spans {rows:,} rows by {columns:,} columns, more than {MAX_CELLS:,} cells",
                SourceRef(source, 1),
            )


def _span(xml: bytes) -> tuple[int, int]:
    """The last row and column any cell or row of a sheet's XML names."""
    rows = columns = 0
    for found in _POSITION.finditer(xml):
        if len(found[1]) > 7 or len(found[2]) > 12:  # past any sheet: calamine wraps such numbers around
            return MAX_CELLS + 1, 1
        rows = max(rows, int(found[2]))
        columns = max(columns, _column_number(found[1].decode().upper()))
    return rows, columns


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number
