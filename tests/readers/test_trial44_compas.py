"""Trial 44 #02, COMPAS 2026's programme page (unseen, French), read as its source writes it.

Before: 15 items of 96. A French range ending or starting on a whole hour ("8h30-9h Accueil") left "h Accueil"
as the title or was not placed; "Mercredi 1er juillet" (the ordinal "1er") was no day, so Wednesday fell on
Tuesday; the talks listed under each session (`- Title<br>` over `*A. B, C. D*`) were lost, the parallel
sessions too; " - Amphi" stayed in titles; a keynote's talk and speaker were dropped; and the last session's talks
were read as papers, its chair line "Président : *Arthur Perais*" a paper titled "Président". Every field is
checked against tests/data/pages/expected (test_page_lines.py); here, each shape, counted from the source.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from program.model import Kind, Role
from program.readers import ReadContext
from program.readers.lines.day_headings import day_heading
from program.readers.notation.leading import leading_span
from program.readers.schedule_page import SchedulePageReader

PAGE = Path(__file__).parent.parent / "data" / "pages" / "compas2026-programme.md"
PARIS = ZoneInfo("Europe/Paris")
_TALK = re.compile(r"^- (?!\[)(?P<title>.*)<br>$")
_NAMES = re.compile(r"^\s*\*(?P<names>[^*]+)\*\s*$")


def _read() -> list:  # type: ignore[type-arg]
    text = PAGE.read_text(encoding="utf-8")
    context = ReadContext(first_date=date(2026, 6, 30), timezone=PARIS)
    return list(SchedulePageReader().read(text, source=PAGE.name, context=context).items)


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 7 if day < 30 else 6, day, hour, minute, tzinfo=PARIS)


def test_french_whole_hour_ranges_are_ranges_with_no_h_left_in_the_title() -> None:
    for written, start, end, rest in (
        ("8h30-9h Accueil", 510, 540, "Accueil"),
        ("9h-9h10 Ouverture - Amphi", 540, 550, "Ouverture - Amphi"),
        ("14h-18h Atelier", 840, 1080, "Atelier"),
    ):
        found = leading_span(written)
        assert found is not None
        assert (found.span.start.minutes, found.span.end_minutes, found.rest) == (start, end, rest)
    alone = leading_span("20h Dîner de Gala")
    assert alone is not None
    assert (alone.span.start.minutes, alone.span.end_minutes, alone.rest) == (1200, None, "Dîner de Gala")
    assert leading_span("2h workshop") is None  # a length, no clock
    assert leading_span("2h Workshop") is None
    assert leading_span("9-12 rooms") is None


def test_a_french_ordinal_day_is_a_day_heading() -> None:
    found = day_heading("Mercredi 1er juillet")
    assert found is not None
    assert (found.month, found.day, found.weekday) == (7, 1, 2)
    assert day_heading("1er étage") is None


def test_each_sessions_listed_talks_are_its_untimed_talks_with_their_authors() -> None:
    lines = PAGE.read_text(encoding="utf-8").split("\n")
    in_source = [
        (talk["title"], [name.strip() for name in names["names"].split(",")])
        for at, line in enumerate(lines[:-1])
        if (talk := _TALK.match(line)) and (names := _NAMES.match(lines[at + 1]))
    ]
    items = _read()
    talks = [item for item in items if item.kind is Kind.TALK]
    assert len(in_source) == 60
    assert [(item.title, list(item.people)) for item in talks] == in_source
    assert all(item.start is None and item.sessions for item in talks)
    sessions = {item.id: item for item in items}
    first = next(item for item in talks if item.title == "Network-accelerated consensus made practical")
    assert sessions[first.sessions[0]].title == "Session #1 : Networks, FAAS"
    assert first.day == date(2026, 7, 1)


def test_parallel_sessions_share_their_time_heading_each_in_its_room_with_its_chair() -> None:
    items = _read()
    at_half_ten = [
        (item.title, item.location, item.people, item.end)
        for item in items
        if item.start == _at(2, 10, 30) and item.kind is not Kind.TALK
    ]
    assert at_half_ten == [
        ("Session #6 : Distributed systems & parallel programming", "Amphi", ("Alexandre Denis",), _at(2, 12, 30)),
        ("Session #7 : Analyse de performances", "Salle 124-125", ("Philippe Swartvagher",), _at(2, 12, 30)),
        ("Session #8 : Fault-tolerance", "Salle 126-127", ("Thomas Herault",), _at(2, 12, 30)),
    ]
    assert all(item.role is Role.CHAIR for item in items if item.title.startswith("Session #"))
    assert not any(item.title.startswith("Président") for item in items)


def test_a_plenary_heading_over_one_talk_is_that_keynote_in_its_room() -> None:
    keynotes = [
        (item.title, item.people, item.start, item.end, item.location) for item in _read() if item.kind is Kind.KEYNOTE
    ]
    assert keynotes == [
        (
            "How Much Can We Trust Decentralised Machine Learning?",
            ("Sonia Ben Mokhtar",),
            _at(1, 9, 10),
            _at(1, 10),
            "Amphi",
        ),
        (
            "Génération de micro-architectures spéculatives via la Synthèse de Haut Niveau",
            ("Steven Derrien",),
            _at(2, 9),
            _at(2, 10),
            "Amphi",
        ),
        (
            "Fault-Tolerance in High Performance Computing: from Theory to Practice.",
            ("Thomas Herault",),
            _at(3, 9, 30),
            _at(3, 10, 30),
            "Amphi",
        ),
    ]


def test_wednesday_is_the_first_of_july_and_whole_hour_slots_keep_their_titles() -> None:
    items = _read()
    wednesday = [
        (item.title, item.start, item.end, item.location) for item in items if item.start and item.start.day == 1
    ]
    assert wednesday[:3] == [
        ("Accueil", _at(1, 8, 30), _at(1, 9), None),
        ("Ouverture", _at(1, 9), _at(1, 9, 10), "Amphi"),
        ("How Much Can We Trust Decentralised Machine Learning?", _at(1, 9, 10), _at(1, 10), "Amphi"),
    ]
    tutorials = [(item.title, item.start, item.end) for item in items if item.title.startswith("Tutoriel")]
    assert tutorials == [
        ("Tutoriel #1 ReproHackathon", _at(30, 9), _at(30, 12, 30)),
        ("Tutoriel #3 Design de périphériques par HLS sur un cœur RISC-V CVA6", _at(30, 14, 30), _at(30, 18)),
        ("Tutoriel #2 Orchestration de campagnes de benchmarks avec IOPS", _at(30, 9), _at(30, 12, 30)),
    ]


def test_a_dashed_room_is_taken_only_when_it_opens_with_a_rooms_word_and_recurs() -> None:
    text = "## Lundi 2 mars 2026\n\n### 9h-10h Ouverture - Amphi\n\n### 10h-11h Atelier Rust - Salle B\n\n"
    text += "### 11h-12h Session 1 - Amphi\n\n### 12h-13h Keynote - Ada Lovelace\n"
    program = SchedulePageReader().read(text, source="page.md", context=ReadContext(timezone=PARIS))
    assert [(item.title, item.location) for item in program.items] == [
        ("Ouverture", "Amphi"),
        ("Atelier Rust", None),  # "Salle B" once: no room taken from one line
        ("Session 1", "Amphi"),
        ("Keynote", None),
    ]
