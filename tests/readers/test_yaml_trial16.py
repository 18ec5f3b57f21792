"""Site data a tester tried unseen (trial 16): AIUCD 2025's programme, Italian and English (Verona).

`_data/program.yaml` lists three days written in both languages (`day: {en: June 11, 2025, it: 11
Giugno 2025}`), each of `sessions[]` with a `time` range, a `type` in both languages and mostly no
title (`Registration`, `Coffee break`); a keynote's or sponsor's `title` under its type (`title: TBD`
for one); oral sessions hold parallel `psessions[]` (`title: 1.A`, a chair, a room) of `papers[]`,
and Poster Madness holds `papers[]` itself, each paper with `time: '10:40'` alone. Only the oral
papers were read (65 of 128), all on --date's day, each ended at the next start. Expectations
are written from the file.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from program.model import Item, Kind, Program, Role
from program.readers import ReadContext, decode_feed
from program.readers.yaml_site import YamlSiteReader

from helpers import ROOT

AIUCD = ROOT / "tests" / "data" / "yaml_site" / "aiucd2025-program.yaml"
ROME = ZoneInfo("Europe/Rome")


def _read(locale: str | None = None) -> Program:
    context = ReadContext(timezone=ROME, language=locale)  # no --date: each day is written with its year
    return YamlSiteReader().read(decode_feed(AIUCD.read_bytes(), AIUCD.name), source=AIUCD.name, context=context)


@pytest.fixture(scope="module")
def aiucd() -> Program:
    return _read()


def _at(day: int, hour: int, minute: int) -> datetime:
    return datetime(2025, 6, day, hour, minute, tzinfo=ROME)


def _titled(program: Program, title: str) -> list[Item]:
    return [item for item in program.items if item.title == title]


def test_every_session_and_every_paper_is_an_item(aiucd: Program) -> None:
    # 8 + 10 + 8 sessions on the three days; 102 papers: 13 oral sessions' (in 38 parallel parts)
    # and the 37 of Poster Madness
    sessions = [item for item in aiucd.items if not item.sessions]
    papers = [item for item in aiucd.items if item.sessions]
    assert (len(aiucd.items), len(sessions), len(papers)) == (128, 26, 102)
    assert [item.start.day for item in sessions if item.start is not None] == [11] * 8 + [12] * 10 + [13] * 8


def test_a_slot_without_a_title_is_titled_by_its_type(aiucd: Program) -> None:
    first = aiucd.items[0]  # `time: 08:00 - 17:30`, `type: {en: Registration, it: Registrazione}`, Aula Magna
    assert (first.title, first.start, first.end, first.location) == (
        "Registration",
        _at(11, 8, 0),
        _at(11, 17, 30),
        "Aula Magna",
    )
    (lunch,) = [item for item in _titled(aiucd, "Lunch") if item.start == _at(12, 12, 30)]
    assert (lunch.end, lunch.location, lunch.kind) == (_at(12, 14, 0), "Santa Marta (Provianda)", Kind.BREAK)
    (dinner,) = _titled(aiucd, "Social dinner")  # `time: '20:00'` alone, the day's last
    assert (dinner.start, dinner.end) == (_at(12, 20, 0), None)
    # the second sponsor event writes `title: TBD`: it is what its type says, its speaker CLARIN-IT
    (tbd,) = _titled(aiucd, "AIUCD2025 Sponsors Event")
    assert (tbd.start, tbd.end, tbd.people) == (_at(13, 15, 30), _at(13, 15, 50), ("CLARIN-IT",))


def test_a_keynote_is_its_talks_title_labelled_by_its_type(aiucd: Program) -> None:
    (keynote,) = _titled(aiucd, "Measuring What Matters — or, The Temperature of Literary Texts")
    assert (keynote.start, keynote.end, keynote.location) == (_at(12, 9, 0), _at(12, 10, 0), "Aula Magna")
    assert (keynote.people, keynote.role, keynote.kind, keynote.label) == (
        ("Evelyn Gius",),
        Role.SPEAKER,
        Kind.KEYNOTE,
        "Keynote",
    )


def test_a_paper_keeps_its_start_only_in_its_parts_room_shown_at_its_session(aiucd: Program) -> None:
    (paper,) = _titled(aiucd, "L’edizione digitale dei primi 16 Taccuini di Paolo Orsi")
    # 2.A (Aula Magna) of the 12 June morning's oral session, `time: '10:40'`
    assert (paper.start, paper.end, paper.location) == (_at(12, 10, 40), None, "Aula Magna")
    assert paper.people == (
        "Giuseppina Monterosso",
        "Andrea Bolioli",
        "Elisa Bonacini",
        "Gianmario Cattaneo",
        "Dario Gonella",
        "Anna Maria Marras",
        "Salvatore Spina",
        "Paola Venuti",
    )
    (session,) = [item for item in _titled(aiucd, "Oral Presentations") if item.start == _at(12, 10, 40)]
    assert (session.end, paper.sessions) == (_at(12, 12, 30), (session.id,))
    (other,) = _titled(aiucd, "Potential bias in AI: cultural representation and the marginalization of African art")
    assert (other.start, other.end, other.location) == (_at(11, 11, 2), None, "Aula SPA")


def test_the_poster_madness_papers_are_read_at_their_two_minute_starts(aiucd: Program) -> None:
    (madness,) = _titled(aiucd, "Poster Madness")
    held = [item for item in aiucd.items if item.sessions == (madness.id,)]
    assert len(held) == 37
    assert [item.start for item in held[:3]] == [_at(11, 15, 0), _at(11, 15, 2), _at(11, 15, 4)]
    assert held[-1].start == _at(11, 16, 12)
    assert {item.end for item in held} == {None}
    assert {item.location for item in held} == {"Aula Magna"}
    assert held[1].title == "Learner Corpus of Creative Writing: An interdisciplinary challenge"
    assert held[1].people == ("Ioanna Tyrou", "Katerina Florou")


def test_the_italian_text_is_read_with_an_italian_locale() -> None:
    italian = _read("it")
    assert [item.title for item in italian.items[:3]] == ["Registrazione", "Cerimonia di Apertura", "Coffee break"]
    assert italian.items[0].start == _at(11, 8, 0)


DATENSUMMIT = ROOT / "tests" / "data" / "yaml_site" / "datensummit2017-programm.yml"
BERLIN = ZoneInfo("Europe/Berlin")


def test_two_speakers_joined_by_an_ampersand_in_one_name_are_two() -> None:
    # Datensummit 2017 (German/English): the Data-Run's second `- name: Alexander Schmid & Robert R. Biene`
    # (waterRUNners) beside Marko Jeftic and Valentin Jahn; `day: 1`, `time: "14:00"`, `duration: "00:20"`
    context = ReadContext(timezone=BERLIN, first_date=datetime(2017, 4, 28).date())
    program = YamlSiteReader().read(
        decode_feed(DATENSUMMIT.read_bytes(), DATENSUMMIT.name), source=DATENSUMMIT.name, context=context
    )
    (run,) = [item for item in program.items if item.title == "Data-Run: Converting Mobility Concepts with Open Data"]
    assert run.people == ("Marko Jeftic", "Alexander Schmid", "Robert R. Biene", "Valentin Jahn")
    assert (run.start, run.end, run.location) == (
        datetime(2017, 4, 28, 14, 0, tzinfo=BERLIN),
        datetime(2017, 4, 28, 14, 20, tzinfo=BERLIN),
        "BMVI",
    )
    assert len(program.items) == 18
