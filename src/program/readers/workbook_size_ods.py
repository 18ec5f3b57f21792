"""The rectangle each sheet of an .ods claims, read from content.xml as a stream.

An .ods writes a run of equal rows or cells once, with `table:number-rows-repeated` or
`table:number-columns-repeated`: a few bytes can claim a billion cells, and calamine
expands them all when it opens the workbook. Here content.xml is streamed (never held
whole) and the repeats are counted, up to the last cell that holds something: an empty
run at a sheet's end, which LibreOffice writes to every sheet (rows repeated a million
times), is no part of the rectangle, as calamine leaves it out too.

The tags are found as calamine finds them, by their written names (`table:table-row`),
not by an XML parser: calamine reads XML that a strict parser refuses (an attribute
written twice), and a check that gave up there would let such a file through.
"""

from __future__ import annotations

import re
import zipfile

from program.errors import ParseError
from program.model import SourceRef

_TAG = re.compile(rb"<(/?)table:(table|table-row|table-cell|covered-table-cell)(?=[\s/>])([^>]*)>")
_REPEATED = re.compile(rb"""table:number-(rows|columns)-repeated\s*=\s*["']([^"']*)["']""")
_NAME = re.compile(rb"""table:name\s*=\s*["']([^"']*)["']""")
_CHUNK = 1 << 20
_MOST_DIGITS = 10
"""A repeat with more digits is past any sheet (and `int` refuses numbers over 4,300 digits)."""


class _Sheets:
    """The sheets the stream has shown, and what it shows of the one it is in."""

    def __init__(self) -> None:
        self.spans: list[tuple[str, int, int]] = []
        self.depth = 0  # tables inside tables (a cell may hold one) are counted as their sheet's cells
        self.name = ""
        self.rows_before = self.last_row = self.last_column = 0
        self.row_repeat = self.column = self.filled = 0

    def tag(self, closing: bool, kind: bytes, attributes: bytes) -> None:
        """Count what one tag opens or closes."""
        empty = attributes.rstrip().endswith(b"/")
        if kind == b"table":
            self._table(closing, empty, attributes)
        elif self.depth != 1:
            return
        elif kind == b"table-row" and not closing:
            self.row_repeat, self.column, self.filled = _repeat(attributes, b"rows"), 0, 0
            if empty:
                self._end_row()
        elif kind == b"table-row":
            self._end_row()
        elif not closing:  # a cell, or a cell covered by a merged one: both take their place
            self.column += _repeat(attributes, b"columns")
            if b"value-type" in attributes or not empty:
                self.filled = self.column

    def _table(self, closing: bool, empty: bool, attributes: bytes) -> None:
        if not closing:
            self.depth += 1
            if self.depth == 1:
                found = _NAME.search(attributes)
                self.name = found[1].decode("utf-8", "replace") if found else ""
                self.rows_before = self.last_row = self.last_column = 0
        if closing or empty:
            if self.depth == 1:
                self.spans.append((f"sheet {self.name!r}", self.last_row, self.last_column))
            self.depth = max(self.depth - 1, 0)

    def _end_row(self) -> None:
        if self.filled:
            self.last_row = self.rows_before + self.row_repeat
            self.last_column = max(self.last_column, self.filled)
        self.rows_before += self.row_repeat
        self.filled = 0


def ods_spans(book: zipfile.ZipFile, source: str, max_xml: int) -> list[tuple[str, int, int]]:
    """Each sheet ("sheet 'Name'") with the rows and columns its cells span; [] for a part that cannot be read.

    Raises:
        ParseError: for a content.xml that unpacks to more than `max_xml` bytes (a zip bomb), or that
            leaves a sheet open (python-calamine never returns from such a file).
    """
    info = book.getinfo("content.xml")
    if info.file_size > max_xml:
        raise ParseError(f"content.xml unpacks to {info.file_size:,} bytes: too large a workbook", SourceRef(source, 1))
    sheets = _Sheets()
    pending = b""
    try:
        with book.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                pending += chunk
                end = pending.rfind(b">") + 1  # a tag cut at the chunk's end waits for the next chunk
                for found in _TAG.finditer(pending, 0, end):
                    sheets.tag(found[1] == b"/", found[2], found[3])
                pending = pending[end:]
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return []  # calamine says what is wrong with it
    if sheets.depth:  # calamine looks for the end past the end of the file and never stops (a fuzz case)
        reason = f"content.xml never closes sheet {sheets.name!r} (no </table:table>): a cut or damaged workbook"
        raise ParseError(reason, SourceRef(source, 1))
    return sheets.spans


def _repeat(attributes: bytes, what: bytes) -> int:
    """The count a tag repeats its row or cell by ("1024"); 1 when absent or no count, huge past any sheet.

    Written twice, the larger counts: whichever calamine takes, the rectangle is no larger.
    """
    counts = [value for kind, value in _REPEATED.findall(attributes) if kind == what]
    return max((_count(value) for value in counts), default=1)


def _count(value: bytes) -> int:
    if not value.isdigit():
        return 1
    return int(value) if len(value) <= _MOST_DIGITS else 10**_MOST_DIGITS
