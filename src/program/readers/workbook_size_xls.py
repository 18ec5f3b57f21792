"""The rectangle each sheet of an .xls claims, read from the BIFF records of its Workbook stream.

calamine reserves a sheet's cells from its DIMENSIONS record (rows stored in 32 bits,
columns in 16) and then spans every cell's position (16 bits each): a record claiming a
million rows by 16,384 columns, or rows 100 to 10, makes it ask for hundreds of gigabytes
and abort. The records are read here first, from the OLE2 container by olefile (the
stream only; no cell is decoded): DIMENSIONS, and the row and column each cell record
names.
"""

from __future__ import annotations

import io
import struct

import olefile

from program.errors import ParseError
from program.model import SourceRef

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""How an OLE2 compound file (an .xls) opens."""

_BOF, _EOF, _BOUNDSHEET, _DIMENSIONS = 0x0809, 0x000A, 0x0085, 0x0200
_CELLS = frozenset({0x0006, 0x00BD, 0x00BE, 0x00D6, 0x00FD, 0x0201, 0x0203, 0x0204, 0x0205, 0x027E})
"""Records that start with a cell's row and column: FORMULA, MULRK, MULBLANK, RSTRING, LABELSST, BLANK,
NUMBER, LABEL, BOOLERR, RK."""
_SPREAD = frozenset({0x00BD, 0x00BE})
"""MULRK and MULBLANK: cells in a row from a first column to the last, which the record ends with."""
_BIFF8_DIMENSIONS = 14
_MOST_COLUMNS = 0x10000
"""What a count of columns backwards (first after last) can wrap around to in 16 bits."""


class _Sheet:
    """The rectangle one sheet's records claim."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.rows = 0
        self.columns = 0

    def claim(self, rows: int, columns: int) -> None:
        self.rows = max(self.rows, rows)
        self.columns = max(self.columns, columns)


def xls_spans(data: bytes, source: str) -> list[tuple[str, int, int]]:
    """Each worksheet ("sheet 'Name'") with the rows and columns its records claim; [] for what calamine refuses.

    Raises:
        ParseError: for a DIMENSIONS record whose first row comes after its last.
    """
    stream = _workbook_stream(data)
    names: list[str] = []
    spans: list[tuple[str, int, int]] = []
    sheet: _Sheet | None = None
    position = 0
    while position + 4 <= len(stream):
        start = position
        kind, length = struct.unpack_from("<HH", stream, start)
        body = stream[start + 4 : start + 4 + length]
        position = start + 4 + length
        if kind == _BOUNDSHEET:
            names.append(_sheet_name(body))
        elif kind == _BOF and start > 0:  # a sheet's substream (the first BOF is the workbook's)
            sheet = _Sheet(names[len(spans)] if len(spans) < len(names) else f"#{len(spans) + 1}")
        elif kind == _EOF and sheet is not None:
            spans.append((f"sheet {sheet.name!r}", sheet.rows, sheet.columns))
            sheet = None
        elif sheet is not None:
            _claim(sheet, kind, body, source)
    if sheet is not None:  # a stream cut inside a sheet: calamine reads what there is
        spans.append((f"sheet {sheet.name!r}", sheet.rows, sheet.columns))
    return spans


def _workbook_stream(data: bytes) -> bytes:
    """The Workbook (or, before Excel 97, Book) stream; b"" when the container cannot be read."""
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as container:
            for name in ("Workbook", "Book"):
                if container.exists(name):
                    return bytes(container.openstream(name).read())
    except (OSError, ValueError, IndexError, struct.error, RecursionError):
        pass  # calamine says what is wrong with it
    return b""


def _claim(sheet: _Sheet, kind: int, body: bytes, source: str) -> None:
    """Widen the sheet's rectangle by what a DIMENSIONS or cell record says."""
    if kind == _DIMENSIONS and len(body) >= _BIFF8_DIMENSIONS:
        first_row, last_row, first_column, last_column = struct.unpack_from("<IIHH", body)
        if first_row > last_row:  # calamine's count of rows wraps around to billions
            raise ParseError(
                f"sheet {sheet.name!r} claims rows {first_row:,} to {last_row:,}: none", SourceRef(source, 1)
            )
        sheet.claim(last_row, last_column if first_column <= last_column else _MOST_COLUMNS)
    elif kind in _CELLS and len(body) >= 4:  # a row and a column of 16 bits
        row, column = struct.unpack_from("<HH", body)
        if kind in _SPREAD and len(body) >= 6:  # and the last column, 16 bits at its end
            column = max(column, struct.unpack_from("<H", body, len(body) - 2)[0])
        sheet.claim(row + 1, column + 1)


def _sheet_name(body: bytes) -> str:
    """A BOUNDSHEET record's sheet name (BIFF8: a length, a flag for 16-bit characters, the characters)."""
    if len(body) < 8:  # position, visibility, type, length and flag
        return "?"
    length, wide = body[6], body[7] & 1
    characters = body[8 : 8 + length * (2 if wide else 1)]
    return characters.decode("utf-16-le" if wide else "latin-1", "replace")
