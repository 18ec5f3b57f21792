"""Trial 27's saved schedule pages (unseen), read as their sources write them (tests/data/html_pages/PROVENANCE.md).

Expectations come from the sources by regular expressions over their markup, never from the reader.
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from program.readers import ReadContext

from helpers import ROOT, read_detected

DATA = ROOT / "tests" / "data"
LIMA = ZoneInfo("America/Lima")


def _text(folder: str, name: str) -> str:
    return (DATA / folder / name).read_text(encoding="utf-8")


def _plain(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def test_inmunologia_day_tables_inside_an_accordion_are_read_under_their_dated_headings() -> None:
    source = _text("html_pages", "inmunologia2016-programa.php")
    days = [int(day) for day in re.findall(r"<h2[^>]*>Programa\s+(\d+) de Setiembre del 2016</h2>", source)]
    # Day 1's `03:00 pm - 03:30 pm` row: one talk a room, each `Title. Dr. Name (Country)`.
    row = re.search(r"<td>03:00 pm - 03:30 pm</td>(.*?)</tr>", source, re.S)
    assert row is not None
    cells = [_plain(cell) for cell in re.findall(r"<td>(.*?)</td>", row[1], re.S)]

    name, program = read_detected("html_pages", "inmunologia2016-programa.php", ReadContext(timezone=LIMA))

    assert name == "html-page"
    assert days == [28, 29, 30]
    assert sorted({item.start.day for item in program.items if item.start}) == days  # no --date: the headings'
    at = datetime(2016, 9, 28, 15, 0, tzinfo=LIMA)
    read = [(item.title, item.location) for item in program.items if item.start == at]
    assert [room for _, room in read] == ["SALA A", "SALA B", "SALA C"]  # the header's names, over each column
    assert all(cell.startswith(title) for (title, _), cell in zip(read, cells, strict=True))
    [plenary] = [item for item in program.items if item.start == datetime(2016, 9, 29, 8, 0, tzinfo=LIMA)]
    assert "Plenaria Alergias Respiratorias" in plenary.title
    assert plenary.location is None  # one cell over the three rooms (colspan 3)
    assert date(2016, 9, 30) in {item.start.date() for item in program.items if item.start}
