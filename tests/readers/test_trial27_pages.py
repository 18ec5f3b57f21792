"""Trial 27's schedule pages (unseen), read as their sources write them (PROVENANCE.md of each folder).

Expectations come from the sources: SEUH 2022's Hugo page (German) heads each day
`## Programmübersicht Freitag, 25.2.2022` over a pipe table `Uhrzeit | Programm | Pausen` of start
times alone, closed by a row `| 17:30 | Ende |  |`.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from program.errors import UsageError
from program.readers import ReadContext

from helpers import ROOT, read_detected

DATA = ROOT / "tests" / "data"
BERLIN = ZoneInfo("Europe/Berlin")
SEUH = "seuh2022-programm.md"


def _seuh_rows() -> list[tuple[int, datetime, str]]:
    """Each table row of the source: its line, its start on its heading's day, its Programm or Pausen cell."""
    rows, day = [], (0, 0, 0)
    for number, line in enumerate((DATA / "pages" / SEUH).read_text(encoding="utf-8").split("\n"), 1):
        if heading := re.match(r"^## Programmübersicht \w+, (\d+)\.(\d+)\.(\d{4})$", line):
            day = (int(heading[3]), int(heading[2]), int(heading[1]))
        elif row := re.match(r"^\|\s*(\d{2}):(\d{2})\s*\|(.*)\|(.*)\|\s*$", line):
            start = datetime(*day, int(row[1]), int(row[2]), tzinfo=BERLIN)
            rows.append((number, start, row[3].strip() or row[4].strip()))
    return rows


def test_seuh_day_headings_place_friday_and_ende_rows_end_the_row_before() -> None:
    name, program = read_detected("pages", SEUH, ReadContext(timezone=BERLIN))  # no --date: the headings date it

    rows = _seuh_rows()
    expected = []
    for index, (number, start, title) in enumerate(rows):
        following = [row[1] for row in rows[index + 1 :] if row[1].date() == start.date()]
        if title != "Ende":
            expected.append((number, title, start, following[0] if following else None))
    assert name == "schedule-page"
    assert (len(rows), len(expected)) == (18, 16)  # two "Ende" rows, no items
    assert [(item.source.line, item.title, item.start, item.end) for item in program.items] == expected
    assert program.items[9].title == "Open Space" and program.items[9].start == datetime(2022, 2, 25, 9, tzinfo=BERLIN)
    assert program.items[8].end == datetime(2022, 2, 24, 17, 30, tzinfo=BERLIN)  # "| 17:30 | Ende |"
    assert all(not item.people and item.location is None for item in program.items)
    assert not any(": note: not placed:" in line for line in program.reading)


def test_seuh_without_zone_asks_for_timezone() -> None:
    with pytest.raises(UsageError, match="--timezone"):  # "HTW Berlin" is a place, no zone statement
        read_detected("pages", SEUH, ReadContext())
