"""Trial 29's schedule pages (unseen), read as their sources write them (PROVENANCE.md of each folder).

Expectations come from the sources: DVCS 2021's Jekyll page (German) heads its days `## FREITAG, 19.11.2021`,
writes its slots as bold lines `**9:15-10:45 Panel 1: …**` over talks `- Name (Place): *Title*`, and names no
time zone: a talk's title `… in the Time of the Internet in China` says nothing of the page's times.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from program.errors import UsageError
from program.readers import ReadContext
from program.readers.lines.days import named_zone

from helpers import ROOT, read_detected

DATA = ROOT / "tests" / "data"
BERLIN = ZoneInfo("Europe/Berlin")
DVCS = "dvcs2021-programm.md"


def _dvcs_lines() -> list[str]:
    return (DATA / "pages" / DVCS).read_text(encoding="utf-8").split("\n")


def _dvcs_timed() -> list[tuple[int, datetime, str]]:
    """Each bold line of the source that opens with a time: its line, its start on its heading's day, its words."""
    found, day = [], (0, 0, 0)
    for number, line in enumerate(_dvcs_lines(), 1):
        if heading := re.match(r"^## \w+, (\d+)\.(\d+)\.(\d{4})$", line):
            day = (int(heading[3]), int(heading[2]), int(heading[1]))
        elif timed := re.match(r"^\*\*(?:Ab )?(\d{1,2}):(\d{2})(?:-\d{1,2}:\d{2})? (.+)\*\*$", line):
            found.append((number, datetime(*day, int(timed[1]), int(timed[2]), tzinfo=BERLIN), timed[3]))
    return found


def test_dvcs_a_country_in_a_talk_title_names_no_zone_and_the_page_asks_for_one() -> None:
    line = _dvcs_lines()[74]  # "- Lara Yuyu Yang (Freiburg): *Dust Hunters … in the Time of the Internet in China*"
    assert line.startswith("- Lara Yuyu Yang") and line.rstrip("*").endswith("the Internet in China")
    assert named_zone(line) is None
    with pytest.raises(UsageError, match="names no time zone; give one with --timezone"):
        read_detected("pages", DVCS, ReadContext())
    # statements of the page's time still name it by a place
    assert named_zone("(based on Italy time zone)").key == "Europe/Rome"  # type: ignore[union-attr]
    assert named_zone("| Time (New Orleans) | **Morning** |").key == "America/Chicago"  # type: ignore[union-attr]


def test_dvcs_day_headings_place_saturday_without_date() -> None:
    name, program = read_detected("pages", DVCS, ReadContext(timezone=BERLIN))  # no --date: the headings date it

    timed = {number: start for number, start, _ in _dvcs_timed()}
    assert name == "schedule-page"
    assert len(timed) == 13  # "Ab 8:30 Registrierung …" included
    read = {item.source.line: item.start for item in program.items if item.start is not None}
    assert {number: start for number, start in read.items() if number in timed} == {
        number: start for number, start in timed.items() if number in read
    }
    assert read[93] == datetime(2021, 11, 20, 9, tzinfo=BERLIN)  # "**9:00-11:00 Panel 5: …**" under SAMSTAG


def _dvcs_talks() -> list[tuple[int, str, list[str], str]]:
    """Each talk bullet `- Names (Place): *Title*` of the source: its line, its day, its speakers, its title."""
    found, day = [], ""
    for number, line in enumerate(_dvcs_lines(), 1):
        if heading := re.match(r"^## \w+, (\d+)\.(\d+)\.(\d{4})$", line):
            day = f"{heading[3]}-{heading[2]}-{heading[1]}"
        elif talk := re.match(r"^- (.+?) \([^()]+\): \*(.+)\*$", line):
            found.append((number, day, talk[1].split(" und "), talk[2]))
    return found


def test_dvcs_talks_under_a_panel_are_untimed_items_of_its_day_and_the_discussant_its_person() -> None:
    _, program = read_detected("pages", DVCS, ReadContext(timezone=BERLIN))

    talks = _dvcs_talks()
    assert len(talks) == 26
    untimed = [item for item in program.items if item.start is None and item.kind.value == "talk"]
    assert [
        (item.source.line, item.day.isoformat() if item.day else None, list(item.people), item.title)
        for item in untimed
    ] == talks
    discussants: dict[int, list[str]] = {}
    panel = 0
    for number, line in enumerate(_dvcs_lines(), 1):
        if line.startswith("**") and re.match(r"^\*\*\d", line):
            panel = number
        elif said := re.match(r"^Discussant: (.+?) \([^()]+\)$", line):
            discussants[panel] = [said[1]]
    assert len(discussants) == 7
    by_line = {item.source.line: list(item.people) for item in program.items if item.start is not None}
    assert {number: by_line[number] for number in discussants} == discussants


def test_dvcs_bold_breaks_are_untimed_breaks_and_ab_opens_a_start() -> None:
    _, program = read_detected("pages", DVCS, ReadContext(timezone=BERLIN))

    breaks, day = [], ""
    for number, line in enumerate(_dvcs_lines(), 1):
        if heading := re.match(r"^## \w+, (\d+)\.(\d+)\.(\d{4})$", line):
            day = f"{heading[3]}-{heading[2]}-{heading[1]}"
        elif said := re.match(r"^\*\*(Tee und Kaffee|Lunch|Pause)\*\*$", line):
            breaks.append((number, day, said[1]))
    assert len(breaks) == 7
    assert [
        (item.source.line, item.day.isoformat() if item.day else None, item.title)
        for item in program.items
        if item.kind.value == "break"
    ] == breaks
    by_line = {item.source.line: item for item in program.items if item.start is not None}
    timed = _dvcs_timed()
    assert len(program.items) == len(timed) + 26 + len(breaks) == 46
    registration = by_line[25]  # "**Ab 8:30 Registrierung der Teilnehmer:innen**": from 8:30, to the next start
    assert (registration.title, registration.start, registration.end) == (
        "Registrierung der Teilnehmer:innen",
        datetime(2021, 11, 19, 8, 30, tzinfo=BERLIN),
        datetime(2021, 11, 19, 9, tzinfo=BERLIN),
    )
    # "Im Anschluss:" (afterwards) is no one; the dash before the panellists' line is no part of the title
    assert (by_line[148].title, by_line[148].people) == ("Im Anschluss: Mitgliederversammlung der DVCS", ())
    assert by_line[108].title.endswith(" im Kapitel 57 des Laozi")  # written "… des Laozi —"
    assert [item.title for item in program.items if item.start is not None] == [
        re.sub(r" —$", "", words) for _, _, words in timed
    ]


JURIX = "jurix2023-program.md"
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def test_jurix_a_days_morning_and_afternoon_headings_open_that_day() -> None:
    context = ReadContext(first_date=datetime(2023, 12, 18).date(), timezone=AMSTERDAM)
    _, program = read_detected("pages", JURIX, context)

    starts, day = {}, 0
    for number, line in enumerate((DATA / "pages" / JURIX).read_text(encoding="utf-8").split("\n"), 1):
        if heading := re.match(r"^## \w+ (\d+)th December", line):
            day = int(heading[1])
        elif timed := re.match(r"^(?:- )?(\d{2}):(\d{2}) - \d{2}:\d{2}[.:] ", line):
            starts[number] = datetime(2023, 12, day, int(timed[1]), int(timed[2]), tzinfo=AMSTERDAM)
    assert len(starts) == 69  # 24 top lines and 45 talks; the struck-out keynote is "~~17:15 …"
    read = {item.source.line: item.start for item in program.items if item.start is not None}
    assert {number: read.get(number) for number in starts} == starts


def test_jurix_talks_names_then_italic_title_and_session_chairs() -> None:
    context = ReadContext(first_date=datetime(2023, 12, 18).date(), timezone=AMSTERDAM)
    _, program = read_detected("pages", JURIX, context)

    talks = {}
    for number, line in enumerate((DATA / "pages" / JURIX).read_text(encoding="utf-8").split("\n"), 1):
        if talk := re.match(r"^- \d{2}:\d{2} - \d{2}:\d{2}: ([^_]+)\. ([^._]*)_([^_]+)_\s*$", line):
            talks[number] = (talk[2] + talk[3], re.split(r", | and ", talk[1]))
    assert len(talks) == 45  # line 62 opens its title outside the underscores ("… Benyekhlef. From Text …: _Using …_")
    by_line = {item.source.line: item for item in program.items}
    assert {number: (by_line[number].title, list(by_line[number].people)) for number in talks} == talks
    session = by_line[35]  # "09:15 - 10:30. **session 1A: Formal approaches (I)** (chair: Antonino Rotolo)"
    assert (session.title, session.people) == ("session 1A: Formal approaches (I)", ("Antonino Rotolo",))
    # "(II)", "(III)" on two session lines each: a part's number, no room's code
    assert [(by_line[at].title, by_line[at].location) for at in (52, 109)] == [
        ("session 2A: Formal approaches (II)", None),
        ("session 5A: Formal approaches (III)", None),
    ]


EDI = "edi2019-programme.md"
LONDON = ZoneInfo("Europe/London")


def test_edi_hard_breaks_leave_titles_and_a_tabbed_time_line_is_read() -> None:
    context = ReadContext(first_date=datetime(2019, 5, 20).date(), timezone=LONDON)
    _, program = read_detected("pages", EDI, context)

    bold, day = {}, 19
    for number, line in enumerate((DATA / "pages" / EDI).read_text(encoding="utf-8").split("\n"), 1):
        if line.startswith("## Day "):
            day += 1
        elif timed := re.match(r"^\*\*(\d{2}):(\d{2})(?:-\d{2}:\d{2})?\*\*\s+(.+?)(?:\\\\)?$", line):
            bold[number] = (timed[3], datetime(2019, 5, day, int(timed[1]), int(timed[2]), tzinfo=LONDON))
    assert len(bold) == 22 and sum(line.endswith("\\\\") for line in _lines(EDI)) == 16
    by_line = {item.source.line: (item.title, item.start) for item in program.items}
    assert {number: by_line.get(number) for number in bold} == bold
    assert len(program.items) == 35  # and the 13 participant talks
    assert not any(": note: not placed:" in said for said in program.reading)


def _lines(name: str) -> list[str]:
    return (DATA / "pages" / name).read_text(encoding="utf-8").split("\n")


def test_jurix_demos_listed_under_the_coffee_break_are_untimed_items_of_its_day() -> None:
    context = ReadContext(first_date=datetime(2023, 12, 18).date(), timezone=AMSTERDAM)
    _, program = read_detected("pages", JURIX, context)

    demos = {}
    for number, line in enumerate(_lines(JURIX), 1):
        if demo := re.match(r"^- ([^_\d][^_]*)\. _([^_]+)_\s*$", line):
            demos[number] = ("2023-12-19", demo[2], re.split(r", | and ", demo[1]))
    assert len(demos) == 5 and min(demos) == 90  # under line 86's "15:45 - 16:30. *coffee break* + **demos**"
    untimed = {
        item.source.line: (item.day.isoformat() if item.day else None, item.title, list(item.people))
        for item in program.items
        if item.start is None
    }
    assert untimed == demos


def test_dvcs_podium_and_keynote_name_their_people_after_mit_and_vorgetragen_von() -> None:
    _, program = read_detected("pages", DVCS, ReadContext(timezone=BERLIN))

    lines = _dvcs_lines()
    # line 83: "mit Marc Matten (Erlangen-Nürnberg), Maximilian Mayer (Bonn), Barbara Mittler (Heidelberg) und …:"
    podium = re.sub(r" \([^()]+\)", "", lines[82].removeprefix("mit ").rstrip(":"))
    keynote = re.sub(r" \([^()]+\)", "", lines[109].removeprefix("vorgetragen von ").rstrip(":"))
    by_line = {item.source.line: item for item in program.items}
    # and who moderates (line 87 "Moderation: Lena Henningsen (Freiburg) und Daniel Leese (Freiburg)") is a person too
    moderators = re.sub(r" \([^()]+\)", "", lines[86].removeprefix("Moderation: ")).split(" und ")
    panelists = podium.replace(" und ", ", ").split(", ")
    assert list(by_line[81].people) == [*panelists, *moderators] and len(panelists) == 4
    assert (
        list(by_line[108].people) == [keynote, "Daniel Leese"] and lines[113] == "Moderation: Daniel Leese (Freiburg)"
    )
    # the quoted abstract below the colon is the slot's; the moderation line is said in its label
    assert (by_line[81].abstract or "").startswith(lines[84].removeprefix(">")[:40])
    assert (by_line[81].label, by_line[108].label) == (lines[86], lines[113])
