"""An .xlsx whose cells span more than calamine can hold is an error, not an aborted process (issue 32 fuzz)."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from program.errors import ParseError
from program.readers.base import ReadContext
from program.readers.workbook import WorkbookReader

from helpers import ROOT

SAMPLE = ROOT / "tests" / "data" / "spreadsheets" / "eeke-2020-program.xlsx"
FAR_CELL = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'


def _with_a_far_cell() -> bytes:
    """The sample with one more cell, at the sheet's last row and column (XFD1048576)."""
    data = io.BytesIO()
    with zipfile.ZipFile(SAMPLE) as sample, zipfile.ZipFile(data, "w") as book:
        for name in sample.namelist():
            content = sample.read(name)
            if name == "xl/worksheets/sheet1.xml":
                content = content.replace(b"</sheetData>", FAR_CELL.encode())
            book.writestr(name, content)
    return data.getvalue()


def test_a_sheet_spanning_17_billion_cells_is_a_parse_error() -> None:
    with pytest.raises(ParseError) as raised:
        WorkbookReader().read_bytes(_with_a_far_cell(), source="far.xlsx", context=ReadContext())

    assert str(raised.value) == (
        "far.xlsx:1: error: xl/worksheets/sheet1.xml spans 1,048,576 rows by 16,384 columns, more than 20,000,000 cells"
    )


def test_program_check_says_so_in_one_line(tmp_path: Path) -> None:
    feed = tmp_path / "far.xlsx"
    feed.write_bytes(_with_a_far_cell())
    command = [sys.executable, "-m", "program", "check", str(feed), "--date", "2020-01-01", "--timezone", "UTC"]

    done = subprocess.run(command, cwd=ROOT, check=False, capture_output=True, text=True)

    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"{feed.as_posix()}:1: error: xl/worksheets/sheet1.xml spans 1,048,576 rows by 16,384 columns, "
        "more than 20,000,000 cells"
    ]
