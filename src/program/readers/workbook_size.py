"""The size each sheet of a workbook claims, checked before calamine reads it.

calamine makes a sheet's cells one rectangle from its first to its last cell, and it reads
every sheet when it opens a workbook: a sheet with one cell at A1 and one at XFD1048576
asks for 17 billion cells and aborts the process (a Rust allocation failure, no exception
to catch). So the rectangle each sheet claims is read first, cheaply, and a sheet larger
than MAX_CELLS is an error naming it:

- .xlsx: the positions of its cells and rows in each sheet's XML (not its `<dimension>`);
- .ods: content.xml, streamed, counting `number-rows-repeated` and `number-columns-repeated`
  up to the last cell that holds something (`program.readers.workbook_size_ods`);
- .xls: the BIFF records of its Workbook stream, DIMENSIONS and cells' positions
  (`program.readers.workbook_size_xls`).
"""

from __future__ import annotations

import io
import re
import zipfile

from program.errors import ParseError
from program.model import SourceRef
from program.readers.workbook_size_ods import ods_spans
from program.readers.workbook_size_xls import OLE2, xls_spans

MAX_CELLS = 20_000_000
"""The most cells a sheet's rectangle may span (a 100,000-item schedule of 30 columns is 3 million)."""

MAX_SHEET_XML = 500_000_000
"""The most bytes one sheet's XML may unpack to (a zip bomb is refused unread)."""

_POSITION = re.compile(rb'<(?:c|row)\b[^>]*?\sr="([A-Za-z]*)([0-9]+)"')
"""A cell's or a row's position (`<c r="B7">`, `<row r="7">`): what calamine spans (not `<dimension>`)."""


def check_sheet_sizes(data: bytes, source: str) -> None:
    """Refuse a workbook (.xlsx, .ods, .xls) whose sheets claim more than MAX_CELLS cells.

    What is no workbook passes unchecked: calamine says what it is not.

    Raises:
        ParseError: naming the sheet and the rectangle it claims.
    """
    if data.startswith(OLE2):
        spans = xls_spans(data, source)
    else:
        try:
            book = zipfile.ZipFile(io.BytesIO(data))
            names = book.namelist()
        except (zipfile.BadZipFile, ValueError, OSError):
            return
        spans = ods_spans(book, source, MAX_SHEET_XML) if "content.xml" in names else _xlsx_spans(book, source)
    for sheet, rows, columns in spans:
        if rows * columns > MAX_CELLS:
            raise ParseError(
                f"{sheet} spans {rows:,} rows by {columns:,} columns, more than {MAX_CELLS:,} cells",
                SourceRef(source, 1),
            )


def _xlsx_spans(book: zipfile.ZipFile, source: str) -> list[tuple[str, int, int]]:
    """Each sheet's XML part with the last row and column its cells name."""
    spans = []
    for info in book.infolist():
        if not info.filename.startswith("xl/worksheets/"):
            continue
        if info.file_size > MAX_SHEET_XML:
            raise ParseError(
                f"{info.filename} unpacks to {info.file_size:,} bytes: too large a sheet", SourceRef(source, 1)
            )
        try:
            xml = book.read(info)
        except (zipfile.BadZipFile, ValueError, OSError, EOFError):
            break  # calamine says it
        spans.append((info.filename, *_span(xml)))
    return spans


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
