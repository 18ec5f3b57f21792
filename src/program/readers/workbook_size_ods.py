"""The rectangle each sheet of an .ods claims, read from content.xml as a stream.

An .ods writes a run of equal rows or cells once, with `table:number-rows-repeated` or
`table:number-columns-repeated`: a few bytes can claim a billion cells, and calamine
expands them all when it opens the workbook. Here the XML is streamed (never held whole)
and the repeats are counted, up to the last cell that holds something: an empty run at a
sheet's end, which LibreOffice writes to every sheet (rows repeated a million times), is
no part of the rectangle, as calamine leaves it out too.
"""

from __future__ import annotations

import zipfile

from lxml import etree

from program.errors import ParseError
from program.model import SourceRef

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_SHEET = f"{{{_TABLE}}}table"
_ROW = f"{{{_TABLE}}}table-row"
_CELLS = (f"{{{_TABLE}}}table-cell", f"{{{_TABLE}}}covered-table-cell")
_NAME = f"{{{_TABLE}}}name"
_ROWS_REPEATED = f"{{{_TABLE}}}number-rows-repeated"
_COLUMNS_REPEATED = f"{{{_TABLE}}}number-columns-repeated"
_VALUE_TYPE = f"{{{_OFFICE}}}value-type"
_MOST_DIGITS = 10
"""A repeat with more digits is past any sheet (and `int` refuses numbers over 4,300 digits)."""


class _Sheet:
    """What the stream has shown of one sheet so far: the rows before, and the rectangle in use."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.rows_before = 0
        self.last_row = 0
        self.last_column = 0

    def add_row(self, row: etree._Element) -> None:
        """Count a row (repeated as it says), widening the rectangle when one of its cells holds something."""
        column = filled = 0
        for cell in row:
            if cell.tag not in _CELLS:
                continue
            column += _repeat(cell.get(_COLUMNS_REPEATED))
            if cell.get(_VALUE_TYPE) is not None or len(cell):
                filled = column
        repeat = _repeat(row.get(_ROWS_REPEATED))
        if filled:
            self.last_row = self.rows_before + repeat
            self.last_column = max(self.last_column, filled)
        self.rows_before += repeat


def ods_spans(book: zipfile.ZipFile, source: str, max_xml: int) -> list[tuple[str, int, int]]:
    """Each sheet ("sheet 'Name'") with the rows and columns its cells span; [] for XML calamine will refuse.

    Raises:
        ParseError: for a content.xml that unpacks to more than `max_xml` bytes (a zip bomb).
    """
    info = book.getinfo("content.xml")
    if info.file_size > max_xml:
        raise ParseError(f"content.xml unpacks to {info.file_size:,} bytes: too large a workbook", SourceRef(source, 1))
    spans: list[tuple[str, int, int]] = []
    sheet: _Sheet | None = None
    try:
        with book.open(info) as stream:
            events = etree.iterparse(stream, events=("start", "end"), resolve_entities=False, no_network=True)
            for event, element in events:
                if element.tag == _SHEET and event == "start":
                    sheet = _Sheet(str(element.get(_NAME, "")))
                elif element.tag == _SHEET and sheet is not None:
                    spans.append((f"sheet {sheet.name!r}", sheet.last_row, sheet.last_column))
                    _forget(element)
                elif element.tag == _ROW and event == "end" and sheet is not None:
                    sheet.add_row(element)
                    _forget(element)
    except (etree.XMLSyntaxError, zipfile.BadZipFile, OSError, EOFError):
        return []  # calamine says what is wrong with it
    return spans


def _repeat(value: str | None) -> int:
    """A repeat count as written ("1024"); 1 when absent or no count, huge when past any sheet."""
    if value is None or not value.isascii() or not value.isdigit():
        return 1
    return int(value) if len(value) <= _MOST_DIGITS else 10**_MOST_DIGITS


def _forget(element: etree._Element) -> None:
    """Drop a counted element and the siblings before it, so the stream holds one row at a time."""
    element.clear()
    parent = element.getparent()
    while parent is not None and element.getprevious() is not None:
        del parent[0]
