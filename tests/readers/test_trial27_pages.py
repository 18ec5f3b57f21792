"""Trial 27's schedule pages (unseen), read as their sources write them (PROVENANCE.md of each folder).

Expectations come from the sources: SEUH 2022's Hugo page (German) heads each day
`## Programmübersicht Freitag, 25.2.2022` over a pipe table `Uhrzeit | Programm | Pausen` of start
times alone, closed by a row `| 17:30 | Ende |  |`. JPF Workshop 2017 writes sessions
`**10:40-12:00** Session II; chair: Name` over bullets `* 11:10-11:35 *Title;* A, B, and C (Invited talk)`.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from program.errors import UsageError
from program.model import Kind, Role
from program.readers import ReadContext

from helpers import ROOT, read_detected

DATA = ROOT / "tests" / "data"
BERLIN = ZoneInfo("Europe/Berlin")
CHICAGO = ZoneInfo("America/Chicago")
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


JPF = "jpf2017-program.md"


def test_jpf_italic_titles_their_speakers_and_the_sessions_chairs() -> None:
    name, program = read_detected("pages", JPF, ReadContext(date(2017, 11, 3), CHICAGO))

    text = (DATA / "pages" / JPF).read_text(encoding="utf-8").split("\n")
    talks = {  # "* 11:10-11:35 *Title;* A, B, and C (Label)"
        number: re.match(r"^\* \S+ \*(.+?);\* (.+?)(?: \((.+)\))?$", line)
        for number, line in enumerate(text, 1)
        if line.startswith("* ") and ";*" in line
    }
    by_line = {item.source.line: item for item in program.items}
    assert name == "schedule-page"
    assert len(program.items) == 22 and len(talks) == 10
    for number, talk in talks.items():
        assert talk is not None
        names = tuple(part for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", talk[2]) if part)
        assert (by_line[number].title, by_line[number].people) == (talk[1], names)
        assert by_line[number].label == talk[3]
        assert (by_line[number].kind is Kind.INVITED_TALK) == (
            talk[3] is not None and talk[3].lower() == "invited talk"
        )
    assert by_line[21].people == ("Marcelo d’Amorim",)
    sessions = {3: "Nastaran Shafiei", 11: "Darko Marinov", 19: "Cyrille Artho", 27: "Milos Gligoric"}
    for number, chair in sessions.items():  # "Session III: chair: Cyrille Artho" once with a colon
        session = by_line[number]
        assert (session.title, session.people, session.role) == (
            text[number - 1].split("** ")[1][: len(session.title)],
            (chair,),
            Role.CHAIR,
        )
        assert session.title.startswith("Session ") and ";" not in session.title and ":" not in session.title
    first = by_line[3]  # "**09:00:10:15** Session I": a colon typed for the dash
    assert (first.start, first.end) == (
        datetime(2017, 11, 3, 9, tzinfo=CHICAGO),
        datetime(2017, 11, 3, 10, 15, tzinfo=CHICAGO),
    )
    dinner = by_line[39]  # "**17:30-la:te** Workshop Dinner"
    assert (dinner.title, dinner.start, dinner.end) == (
        "Workshop Dinner",
        datetime(2017, 11, 3, 17, 30, tzinfo=CHICAGO),
        None,
    )
