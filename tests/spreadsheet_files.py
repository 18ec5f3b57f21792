"""The real spreadsheets under tests/data/spreadsheets, read by our readers or counted without them."""

import csv
from zoneinfo import ZoneInfo

from python_calamine import CalamineSheet

from program.model import Program
from program.readers.base import ReadContext
from program.readers.spreadsheet_csv import SpreadsheetCsvReader
from program.readers.workbook import WorkbookReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "spreadsheets"
VEGAS = ZoneInfo("America/Los_Angeles")
BERLIN = ZoneInfo("Europe/Berlin")


def read_csv(name: str, **context: object) -> Program:
    """The CSV file `name` read by the csv reader with a `ReadContext(**context)`."""
    path, read = DATA / name, ReadContext(**context)  # type: ignore[arg-type]
    return SpreadsheetCsvReader().read(path.read_text(encoding="utf-8"), source=path.name, context=read)


def read_workbook(name: str, **context: object) -> Program:
    """The workbook `name` read by the workbook reader with a `ReadContext(**context)`."""
    path, read = DATA / name, ReadContext(**context)  # type: ignore[arg-type]
    return WorkbookReader().read_bytes(path.read_bytes(), source=path.name, context=read)


def csv_records(name: str) -> list[dict[str, str]]:
    """The CSV file's records by its header, as the csv module reads them."""
    with (DATA / name).open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def hidden_cells(sheet: CalamineSheet) -> set[tuple[int, int]]:
    """The (row, column) places a merged range hides: all of it but its first cell."""
    return {
        (row, column)
        for (first_row, first_column), (last_row, last_column) in sheet.merged_cell_ranges or ()
        for row in range(first_row, last_row + 1)
        for column in range(first_column, last_column + 1)
        if (row, column) != (first_row, first_column)
    }
