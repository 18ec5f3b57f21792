"""A stray far cell in a real workbook, or thousands of unclosed brackets in a cell, cost nothing and lose nothing.

calamine gives every row of a sheet as wide as its widest: one value left in column XFD (a
fuzzed workbook had one) made 6.4 million cells of a 1,001-row sheet holding 394 values, 20 s
to read. Here each real .xlsx of tests/data gets a value at XFD2 of its first sheet: every
value is still at its place, and no other row is wider than it was.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from program.readers.tabular.cells import Cell
from program.readers.tabular.people import split_people, without_bracketed
from program.readers.workbook import sheet_table

from helpers import ROOT

BOOKS = sorted(path for path in (ROOT / "tests" / "data").rglob("*.xlsx"))
_STRAY = '<c r="XFD2" t="inlineStr"><is><t>stray</t></is></c>'


def with_stray_cell(data: bytes) -> bytes:
    """The workbook with "stray" at XFD2 of its first sheet (the last cell of row 2)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as book, zipfile.ZipFile(out, "w") as copy:
        for name in book.namelist():
            text = book.read(name)
            if name == "xl/worksheets/sheet1.xml":
                row_two = re.compile(r'(<row [^>]*\br="2"[^>]*>.*?)(</row>)', re.S)
                text = row_two.sub(rf"\1{_STRAY}\2", text.decode(), count=1).encode()
            copy.writestr(name, text)
    return out.getvalue()


def _values(rows: tuple[tuple[Cell, ...], ...]) -> dict[tuple[int, int], object]:
    return {(r, c): cell.value for r, row in enumerate(rows) for c, cell in enumerate(row) if cell.value is not None}


@pytest.mark.parametrize("book", BOOKS, ids=lambda path: path.name)
def test_a_stray_far_cell_keeps_every_value_and_widens_only_its_row(book: Path) -> None:
    plain = CalamineWorkbook.from_path(str(book))
    first = plain.sheet_names[0]
    strayed = CalamineWorkbook.from_filelike(io.BytesIO(with_stray_cell(book.read_bytes())))

    before = sheet_table(plain, first, str(book)).rows
    after = sheet_table(strayed, first, str(book)).rows

    assert _values(after) == {**_values(before), (1, 16383): "stray"}
    assert len(after[1]) == 16384
    assert all(len(row) <= max(map(len, before)) for index, row in enumerate(after) if index != 1)


def test_an_opening_bracket_never_closed_leaves_the_names_before_it() -> None:
    # a fuzzed CSV cell of 30,000 "(" took 10 s: each was searched to the end for its ")"
    assert split_people("Ada Lovelace (Analytical Engines), " + "(" * 30_000 + " Charles Babbage") == ("Ada Lovelace",)


@pytest.mark.parametrize(
    "text",
    ["Ada (A) Lovelace [B]", "Ada ( Lovelace", "a ) b ( c ) d", "x (y\nz) w", "(a (b) c)", "[a) b (c]", "((( ((x)"],
)
def test_brackets_are_taken_out_as_the_lazy_pattern_took_them(text: str) -> None:
    lazy = re.sub(r"\s*[(\[].*?[)\]]\s*", " ", text)

    assert without_bracketed(text).split() == lazy.split()
