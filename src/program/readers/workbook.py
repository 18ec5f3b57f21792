"""Workbooks: .xlsx, .xls and .ods, read with python-calamine, every sheet that holds a schedule.

A thin adapter: each sheet becomes a `Table` of cells named as the spreadsheet names them
("Sheet1!B7"), with its merged ranges, and `tabular` reads it. Sheets without a schedule
(a speaker list, a colour table) are skipped and said so.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from typing import ClassVar

from python_calamine import CalamineError, CalamineWorkbook

from program.errors import ParseError
from program.model import Item, Paper, Problem, Program, Severity, SourceRef
from program.readers.base import ReadContext
from program.readers.cmt import cmt_sheet
from program.readers.notation.times import ClockError, TimeSpan, parse_span
from program.readers.tabular.cells import Cell, Table, column_letter
from program.readers.tabular.columns import mapping_required
from program.readers.tabular.joins import join_tables
from program.readers.tabular.paper_sheet import paper_sheet
from program.readers.tabular.read import read_table, reading_summary
from program.readers.tabular.sheet_joins import sheets_named_by_id, shown_at_sessions
from program.readers.tabular.zone_rows import zone_context, zone_disagrees, zone_reading, zone_row
from program.readers.workbook_size import check_sheet_sizes
from program.readers.workbook_size_xls import OLE2


class WorkbookReader:
    """Reads a schedule kept in an Excel or OpenDocument workbook."""

    name: ClassVar[str] = "workbook"
    description: ClassVar[str] = "an Excel or LibreOffice workbook (.xlsx, .xls, .ods): one row per item, or a grid"

    def detect(self, text: str) -> bool:
        """A workbook is never text."""
        return False

    def detect_bytes(self, data: bytes) -> bool:
        """Whether `data` is an .xlsx or .ods (a zip with a workbook inside) or an .xls (OLE2), and no CMT export."""
        return self._is_workbook(data) and cmt_sheet(data) is None

    @staticmethod
    def _is_workbook(data: bytes) -> bool:
        if data.startswith(OLE2):
            return b"W\x00o\x00r\x00k\x00b\x00o\x00o\x00k" in data or b"B\x00o\x00o\x00k" in data
        if not data.startswith(b"PK\x03\x04"):
            return False
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile:
            return False
        return "xl/workbook.xml" in names or (
            "content.xml" in names and b"application/vnd.oasis.opendocument.spreadsheet" in data[:200]
        )

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """A workbook read as text has lost its bytes.

        Raises:
            ParseError: always.
        """
        raise ParseError("expected the bytes of a workbook, found text", SourceRef(source, 1))

    def read_bytes(self, data: bytes, *, source: str, context: ReadContext) -> Program:
        """Read every sheet that holds a schedule.

        Raises:
            ParseError: for bytes calamine cannot open, or when no sheet has a header we know
                and the program file maps no columns.
            UsageError: when the times need --timezone or --date.
        """
        check_sheet_sizes(data, source)  # before calamine: a sheet too large aborts the process
        try:
            workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        except (CalamineError, ValueError, OSError) as error:
            raise ParseError(f"expected a workbook (.xlsx, .xls, .ods): {error}", SourceRef(source, 1)) from None
        items: list[Item] = []
        papers: list[Paper] = []
        problems: list[Problem] = []
        skipped: list[Problem] = []  # sheets with times left out: warned, yet no reason not to ask for a mapping
        addresses: list[tuple[str, str]] = []
        tables = [_sheet(workbook, name, source) for name in workbook.sheet_names]
        # a sheet's own row naming the times' zone, "(GMT+1 Time)" (`zone_rows`): the first sheet's that has one
        zoned, given = next((table for table in tables if zone_row(table) is not None), None), context
        context, zone_problems = zone_context(context, zoned) if zoned is not None else (context, ())
        first = tables[0] if tables else None
        # Sheets joined by id (a sessions sheet and its papers, speakers named by id) are read as one.
        joined, reading = join_tables(tables)
        named = sheets_named_by_id(joined)  # GWADW 2026: a sheet of posters named by its session's id
        by_sheet: dict[str, tuple[Item, ...]] = {}
        counts: list[str] = []
        slots: dict[str, Counter[Slot]] = {}
        for table in joined:
            name = table.sheet
            read = read_table(table, context, required=False)
            if read is None and (listed := paper_sheet(table)) is not None:  # VLDB 2014's sheet of papers
                papers.extend(listed.papers)
                reading.extend(f"sheet {name!r}: {line}" for line in listed.reading)
                continue
            if read is None:
                reading.append(f"skipped: sheet {name!r} (no schedule table: no header or grid we know)")
                skipped.extend(skipped_sheet(table))
                continue
            if (copied := _copy_of(read.items, slots)) is not None:
                earlier, shared, total = copied
                reading.append(
                    f"skipped: sheet {name!r} (a copy of sheet {earlier!r}: {shared} of its {total} timed items at "
                    "the same times in the same rooms)"
                )
                continue
            slots[name or ""] = _slots(read.items)
            by_sheet[name or ""] = read.items
            problems.extend(read.problems)
            addresses.extend(read.addresses)
            counts.append(f"sheet {name!r}: {reading_summary(read.items)[0]}")
            reading.extend((counts[-1], *(f"sheet {name!r}: {line}" for line in read.reading)))
        placed, said = shown_at_sessions(by_sheet, named)
        items.extend(placed)
        reading.extend(said)
        if len(counts) == 1:
            reading.remove(counts[0])  # one sheet read: its count is the workbook's, printed once
        if not items and not papers and not problems and first is not None:
            raise mapping_required(first)
        return Program(
            title="",
            timezone=context.timezone.key if context.timezone else "UTC",
            items=tuple(items),
            papers=tuple(papers),
            problems=(*skipped, *zone_problems, *(zone_disagrees(given, zoned, items) if zoned else ()), *problems),
            sources=(source,),
            reading=(*(zone_reading(given, zoned) if zoned else ()), *reading_summary(items), *reading),
            addresses=tuple(addresses),
        )


def skipped_sheet(table: Table) -> tuple[Problem, ...]:
    """A warning for a sheet left out that holds time ranges: a schedule not read is never only said.

    eRum 2016's sheet "Program" is a grid with the days in column A and the times in column B
    ("8:00 - 9:00"), which the grid reader (times in the first column) does not know; GWADW 2026's
    "Program" gives each poster session a start and an end ("2025-05-15 18:00:00") beside "Session name".
    """
    for cells in table.rows:
        moments = [cell for cell in cells if _is_moment(cell)]  # a start and an end column (GWADW 2026's "Program")
        for cell in moments[:1] if len(moments) > 1 else cells:
            if len(moments) > 1 or ((span := _time_range(cell)) is not None and span.end is not None):
                message = (
                    f"sheet {table.sheet!r} left out: it holds times ({table.describe(cell)}: {cell.text!r}) but no "
                    "header or grid we know; map its columns in a program file ([feeds.columns]) to read it"
                )
                return (Problem(Severity.WARNING, "skipped-sheet", message, table.where(cell)),)
    return ()


Slot = tuple[datetime | None, datetime | None, str | None]


def _slots(items: tuple[Item, ...]) -> Counter[Slot]:
    return Counter((item.start, item.end, item.location) for item in items if item.start is not None)


def _copy_of(items: tuple[Item, ...], earlier: dict[str, Counter[Slot]]) -> tuple[str, int, int] | None:
    """The earlier sheet this one copies, with the times they share and its own count; None when none.

    A copy has nine in ten of its timed items at the times, in the rooms, of an earlier sheet's, and
    as many: eRum 2016's "Do identyfikatora" is its "Program" again for the badges, a chair's name
    added and one time moved.
    """
    slots = _slots(items)
    total = sum(slots.values())
    for name, seen in earlier.items():
        shared = sum((slots & seen).values())
        if total and total == sum(seen.values()) and shared * 10 >= total * 9:
            return name, shared, total
    return None


_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}")


def _is_moment(cell: Cell) -> bool:
    """Whether a cell holds a date with a time of day: a datetime, or its text ("2025-05-15 18:00:00")."""
    if isinstance(cell.value, datetime):
        return (cell.value.hour, cell.value.minute) != (0, 0)
    return isinstance(cell.value, str) and _MOMENT.match(cell.value.strip()) is not None


def _time_range(cell: Cell) -> TimeSpan | None:
    try:
        return parse_span(cell.text) if isinstance(cell.value, str) and cell.text else None
    except ClockError:
        return None


def _sheet(workbook: CalamineWorkbook, name: str, source: str) -> Table:
    try:
        return sheet_table(workbook, name, source)
    except CalamineError as error:  # a sheet's XML broken inside a whole zip
        raise ParseError(
            f"expected a workbook (.xlsx, .xls, .ods): sheet {name!r}: {error}", SourceRef(source, 1)
        ) from None


def _trimmed_rows(values: Sequence[Sequence[object]]) -> list[Sequence[object]]:
    """The rows cut to the width that two rows or more reach, each longer only as far as its own last value.

    One stray far cell (column XFD) makes calamine give every row that wide: millions of empty cells for a few
    hundred values. A width two rows share is kept whole for every row, as a grid's header may be shorter than
    its rows (a day's name over two merged columns).
    """
    lasts = sorted(_last_value(cells) for cells in values)
    common = lasts[-2] if len(lasts) > 1 else (lasts[-1] if lasts else 0)
    return [cells[: max(common, last)] for cells, last in zip(values, map(_last_value, values), strict=True)]


def _last_value(cells: Sequence[object]) -> int:
    """One past the row's last non-empty value."""
    last = len(cells)
    while last and cells[last - 1] == "":
        last -= 1
    return last


def sheet_table(workbook: CalamineWorkbook, name: str, source: str) -> Table:
    """A sheet's cells, each labelled "Sheet!B7", with its merged ranges (xlsx only: calamine gives none for ods)."""
    sheet = workbook.get_sheet_by_name(name)
    values = _trimmed_rows(sheet.to_python(skip_empty_area=False))
    letters = [f"{name}!{column_letter(column)}" for column in range(max(map(len, values), default=0))]
    rows = tuple(
        tuple(
            Cell(None if value == "" else value, row + 1, f"{letters[column]}{row + 1}")
            for column, value in enumerate(cells)
        )
        for row, cells in enumerate(values)
    )
    merged = tuple(
        (first_row, first_column, last_row, last_column)
        for (first_row, first_column), (last_row, last_column) in (sheet.merged_cell_ranges or ())
    )
    return Table(source, rows, sheet=name, merged=merged)
