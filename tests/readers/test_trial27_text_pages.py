"""Trial 27's schedule pages (unseen), read as their sources write them (PROVENANCE.md of each folder).

Expectations come from the sources: SEUH 2022's Hugo page (German) heads each day
`## Programmübersicht Freitag, 25.2.2022` over a pipe table `Uhrzeit | Programm | Pausen` of start
times alone, closed by a row `| 17:30 | Ende |  |`. JPF Workshop 2017 writes sessions
`**10:40-12:00** Session II; chair: Name` over bullets `* 11:10-11:35 *Title;* A, B, and C (Invited talk)`.
Science of science 研究会 2024 heads its slots `### 9:00~9:45 基調講演` over Liquid includes
`{% include keynote.html name="Name(Affiliation)" … title="「Title」" %}` and lists its posters in a table
`| 1 | **Title** <br> Name(Affiliation), … |`.
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
TOKYO = ZoneInfo("Asia/Tokyo")
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


SCISCI = "scisci2024-conference.md"


def _affiliation_dropped(name: str) -> str:
    return re.sub(r"\s*[(（][^()（）]*[)）]", "", name).strip()


def test_scisci_liquid_includes_are_their_headings_talks_and_the_poster_rows_posters() -> None:
    name, program = read_detected("pages", SCISCI, ReadContext(date(2024, 3, 17), TOKYO))

    text = re.sub(r"<!--.*?-->", "", (DATA / "pages" / SCISCI).read_text(encoding="utf-8"), flags=re.S)
    includes = re.findall(r'\{% include keynote\.html\s+name="([^"]*)".*?title="「([^"]*)」"\s*%\}', text, re.S)
    rows = re.findall(r"^\| \d+ \| \*\*(.+?)\*\* <br> (.+?) \|$", text, re.M)
    by_title = {item.title: item for item in program.items}
    assert name == "schedule-page"
    assert (len(includes), len(rows), len(program.items)) == (6, 9, 23)  # 12 headings, 2 talks inside one, 9 posters
    for speaker, title in includes:  # every include's talk, its speaker without where they work
        assert by_title[title].people == (_affiliation_dropped(speaker),)
    keynote = by_title["なぜ今Science of scienceなのか"]  # "### 9:00~9:45 基調講演": the heading is the talk
    assert (keynote.start, keynote.end) == (
        datetime(2024, 3, 17, 9, tzinfo=TOKYO),
        datetime(2024, 3, 17, 9, 45, tzinfo=TOKYO),
    )
    assert (keynote.kind, keynote.label) == (Kind.KEYNOTE, "基調講演")
    session = next(item for item in program.items if item.source.line == 40)  # "### 9:45~10:45 招待講演", two talks
    assert (session.title, session.people) == ("招待講演", ())
    inside = [item for item in program.items if session.id in item.sessions]
    assert [item.title for item in inside] == [title for _, title in includes[1:3]]
    assert all(item.start is None and item.day == date(2024, 3, 17) for item in inside)
    posters = [item for item in program.items if item.kind is Kind.POSTER]
    assert [(item.title, item.people) for item in posters] == [
        (title, tuple(_affiliation_dropped(part) for part in people.split(", "))) for title, people in rows
    ]
    poster_session = next(item for item in program.items if item.kind is Kind.POSTER_SESSION)
    assert all(item.sessions == (poster_session.id,) for item in posters)
    assert not any(
        ("include" in line or "name=" in line or "| 1 |" in line) for line in program.reading if "not placed" in line
    )
