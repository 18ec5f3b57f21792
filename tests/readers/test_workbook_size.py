"""An .xlsx whose cells span more than calamine can hold is an error, not an aborted process (issue 32 fuzz)."""

from __future__ import annotations

import io
import struct
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from program.errors import ParseError
from program.readers.base import ReadContext
from program.readers.workbook import WorkbookReader

from helpers import ROOT

SAMPLE = ROOT / "tests" / "data" / "spreadsheets" / "eeke-2020-program.xlsx"
FAR_CELL = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'


def _rewritten(path: Path, part: str, end: str, added: str) -> bytes:
    """The zipped workbook at `path` with `added` put before the first `end` of its `part`."""
    data = io.BytesIO()
    with zipfile.ZipFile(path) as sample, zipfile.ZipFile(data, "w") as book:
        for info in sample.infolist():
            content = sample.read(info)
            if info.filename == part:
                content = content.replace(end.encode(), (added + end).encode(), 1)
            book.writestr(info, content)
    return data.getvalue()


def _with_a_far_cell() -> bytes:
    """The sample with one more cell, at the sheet's last row and column (XFD1048576)."""
    return _rewritten(SAMPLE, "xl/worksheets/sheet1.xml", "</sheetData>", FAR_CELL)


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


ODS_SAMPLE = ROOT / "tests" / "data" / "spreadsheets" / "capitole-du-libre-2011-programme.ods"
XLS_SAMPLE = ROOT / "tests" / "data" / "spreadsheets" / "whova-template-agenda.xls"
WIDE_ROWS = (
    '<table:table-row table:number-rows-repeated="6000"><table:table-cell table:number-columns-repeated="16383"/>'
    '<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>'
)
"""6,000 rows whose 16,384th cell holds a value: 98 million cells, under calamine's own limit (100 million)."""
_XLS_DIMENSIONS = b"\x00\x02\x0e\x00"
"""The DIMENSIONS record's header (type 0x0200, 14 bytes) in the .xls sample; its one occurrence."""
MORE = "more than 20,000,000 cells"
TALL = "1,048,576 rows by 16,384 columns"


def _ods_with_wide_rows() -> bytes:
    return _rewritten(ODS_SAMPLE, "content.xml", "</table:table>", WIDE_ROWS)


def _xls_with_dimensions(first_row: int, last_row: int, last_column: int) -> bytes:
    """The .xls sample with its sheet's DIMENSIONS record claiming other rows and columns."""
    data = bytearray(XLS_SAMPLE.read_bytes())
    at = data.index(_XLS_DIMENSIONS) + len(_XLS_DIMENSIONS)
    struct.pack_into("<IIHH", data, at, first_row, last_row, 0, last_column)
    return bytes(data)


def _check_in_a_small_process(feed: Path) -> subprocess.CompletedProcess[str]:
    """`program check FEED` with 1.5 GB of address space: an allocation calamine cannot make aborts it."""
    limit = "import resource; resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, 1_500_000_000)); "
    run = "from program.cli import run; run()"
    command = [sys.executable, "-c", limit + run, "check", str(feed), "--date", "2020-01-01", "--timezone", "UTC"]
    return subprocess.run(command, cwd=ROOT, check=False, capture_output=True, text=True)


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("wide.ods", _ods_with_wide_rows, f"sheet 'upt sam' spans 6,010 rows by 16,384 columns, {MORE}"),
        ("tall.xls", lambda: _xls_with_dimensions(0, 0x100000, 0x4000), f"sheet 'Agenda' spans {TALL}, {MORE}"),
        ("backwards.xls", lambda: _xls_with_dimensions(100, 10, 7), "sheet 'Agenda' claims rows 100 to 10: none"),
    ],
)
def test_an_ods_or_xls_sheet_calamine_cannot_hold_is_an_error_not_an_abort(
    tmp_path: Path, name: str, data: Callable[[], bytes], expected: str
) -> None:
    feed = tmp_path / name
    feed.write_bytes(data())

    done = _check_in_a_small_process(feed)

    assert (done.returncode, done.stderr.splitlines()) == (1, [f"{feed.as_posix()}:1: error: {expected}"])


def test_an_ods_cell_calamine_reads_though_its_xml_is_not_well_formed_is_counted_too() -> None:
    # A fuzz case (workbook-33): an attribute written twice, which lxml refuses and calamine reads,
    # repeating a cell 20,000,001 times: calamine spent 40 s on it; the check now counts it.
    cell = (
        '<table:table-row><table:table-cell table:number-columns-repeated="20000001" office:value-type="float" '
        'office:value="1" office:value-type="float"/></table:table-row>'
    )
    data = _rewritten(ODS_SAMPLE, "content.xml", "</table:table>", cell)

    with pytest.raises(ParseError) as raised:
        WorkbookReader().read_bytes(data, source="twice.ods", context=ReadContext())

    assert str(raised.value) == f"twice.ods:1: error: sheet 'upt sam' spans 11 rows by 20,000,001 columns, {MORE}"


@pytest.mark.parametrize("end", ["</\\udffftable:table>", "</table:tablex>", ""])
def test_an_ods_whose_last_sheet_is_never_closed_is_an_error_not_a_hang(end: str) -> None:
    # A fuzz case (workbook-26981): the last sheet's </table:table> turned into "</\udffftable:table>":
    # python-calamine looked for the sheet's end past the file's and ran until the fuzz was stopped (an hour).
    with zipfile.ZipFile(ODS_SAMPLE) as sample:
        content = sample.read("content.xml").decode()
    last = content.rindex("</table:table>")
    data = io.BytesIO()
    with zipfile.ZipFile(ODS_SAMPLE) as sample, zipfile.ZipFile(data, "w") as book:
        for info in sample.infolist():
            text = sample.read(info)
            if info.filename == "content.xml":
                text = (content[:last] + end + content[last + len("</table:table>") :]).encode()
            book.writestr(info, text)

    with pytest.raises(ParseError) as raised:
        WorkbookReader().read_bytes(data.getvalue(), source="cut.ods", context=ReadContext())

    assert str(raised.value) == (
        "cut.ods:1: error: content.xml never closes sheet 'Feuille3' (no </table:table>): a cut or damaged workbook"
    )
