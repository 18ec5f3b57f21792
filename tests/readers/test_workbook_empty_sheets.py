"""An empty sheet added to any real workbook changes nothing that is read from it.

SesionesMetodo 2021's `programa.xlsx` has two empty sheets beside its programme, and the search for
sheets joined by id raised IndexError on them: the build ended in a traceback. The fuzzer changes the
values of one sample's cells, never a workbook's sheets; here each real .xlsx of tests/data is read
again with an empty sheet put first and last, and must give the same items, or the same error.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from program.errors import InputError, ParseError, UsageError
from program.readers import ReadContext
from program.readers.workbook import WorkbookReader

from helpers import ROOT

BOOKS = sorted(path for path in (ROOT / "tests" / "data").rglob("*.xlsx"))
_EMPTY_SHEET = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>'
)
_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
_RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"


def with_empty_sheet(data: bytes, *, first: bool) -> bytes:
    """The workbook with a sheet "Empty" of no cells, put before or after its own sheets."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as book, zipfile.ZipFile(out, "w") as copy:
        for name in book.namelist():
            text = book.read(name)
            if name == "xl/workbook.xml":
                entry = '<sheet name="Empty" sheetId="999" r:id="rIdEmpty"/>'
                pattern, place = (r"<sheets>", r"<sheets>" + entry) if first else (r"</sheets>", entry + "</sheets>")
                text = re.sub(pattern, place, text.decode(), count=1).encode()
            elif name == "xl/_rels/workbook.xml.rels":
                relation = f'<Relationship Id="rIdEmpty" Type="{_RELATION}" Target="worksheets/empty.xml"/>'
                text = text.decode().replace("</Relationships>", relation + "</Relationships>").encode()
            elif name == "[Content_Types].xml":
                part = f'<Override PartName="/xl/worksheets/empty.xml" ContentType="{_WORKSHEET}"/>'
                text = text.decode().replace("</Types>", part + "</Types>").encode()
            copy.writestr(name, text)
        copy.writestr("xl/worksheets/empty.xml", _EMPTY_SHEET)
    return out.getvalue()


def _outcome(data: bytes, source: str) -> object:
    context = ReadContext(timezone=ZoneInfo("Europe/Berlin"))
    try:
        program = WorkbookReader().read_bytes(data, source=source, context=context)
    except (ParseError, UsageError, InputError) as error:
        return type(error).__name__
    return [(item.title, item.start, item.end, item.people, item.location) for item in program.items]


@pytest.mark.parametrize("book", BOOKS, ids=lambda path: path.name)
@pytest.mark.parametrize("first", [True, False], ids=["empty-first", "empty-last"])
def test_an_empty_sheet_added_to_a_real_workbook_changes_nothing_read(book: Path, first: bool) -> None:
    data = book.read_bytes()

    assert _outcome(with_empty_sheet(data, first=first), str(book)) == _outcome(data, str(book))
