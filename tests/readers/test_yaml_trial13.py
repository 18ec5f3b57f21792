"""Static-site YAML a tester tried unseen (trial 13): IS-EUD 2025 and JFPC 2021.

IS-EUD 2025's `_data/program.yml` keeps its days under `day1:`, `day2:`, `day3:`, repeats its
workshop block with an anchor and `<<:` merge keys, repeats its breaks with aliases, and holds a
session's talks under `session:` beside the session's `title`. It was refused ("expected a title"
ten times: `session` was taken for the title) and, with --keep-going, 15 of 51 items came out, all
on the first day. JFPC 2021's `_data/programme.yml` names its days in French (`Mardi 22 juin`):
the first came out on 22 March, the others were refused; its authors "A, B et C" were two people.
Expectations are counted from the files with PyYAML (its SafeLoader applies the merge keys, as
Jekyll's Psych does) or written by hand from them.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import yaml

from program.errors import ParseError, UsageError
from program.model import Item, Kind, Program, Role, Severity
from program.readers import ReadContext
from program.readers.yaml_load import load_yaml
from program.readers.yaml_site import YamlSiteReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "yaml_site"
MUNICH = ZoneInfo("Europe/Berlin")
PARIS = ZoneInfo("Europe/Paris")
ISEUD = "iseud2025-program.yml"
JFPC = "jfpc2021-programme.yml"
ISEUD_FIRST = date(2025, 6, 16)
"""The site's program.html names the days: June 16, 17 and 18, 2025; the data file names none."""


def _read(name: str, zone: ZoneInfo, first: date | None) -> Program:
    text = (DATA / name).read_text(encoding="utf-8")
    return YamlSiteReader().read(text, source=name, context=ReadContext(first_date=first, timezone=zone))


def _source(name: str) -> Any:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def iseud() -> Program:
    return _read(ISEUD, MUNICH, ISEUD_FIRST)


@pytest.fixture(scope="module")
def jfpc() -> Program:
    return _read(JFPC, PARIS, date(2021, 6, 22))


def _at(day: date, clock: str, zone: ZoneInfo) -> datetime:
    hour, minute = re.fullmatch(r"(\d{1,2})[:h](\d{2})?", clock).groups()  # type: ignore[union-attr]
    return datetime(day.year, day.month, day.day, int(hour), int(minute or 0), tzinfo=zone)


def _titled(program: Program, title: str) -> list[Item]:
    return [item for item in program.items if item.title == title]


def test_iseud_every_entry_of_every_day_is_on_its_day_at_its_time(iseud: Program) -> None:
    assert not [problem for problem in iseud.problems if problem.severity is Severity.ERROR]
    source = _source(ISEUD)
    expected = [
        (entry["title"], _at(ISEUD_FIRST + timedelta(days=number), entry["from"], MUNICH))
        for number, key in enumerate(("day1", "day2", "day3"))
        for entry in source[key]
    ]
    read = [(item.title, item.start) for item in iseud.items if not item.sessions]
    assert len(expected) == 25
    assert read == expected


def test_iseud_merged_workshop_blocks_take_the_anchors_title_and_their_own_times(iseud: Program) -> None:
    # `- <<: *workshop_session` with `from: "11:00"`, `to: "13:00"` (lines 31, 39, 47)
    blocks = _titled(iseud, "Workshops (in parallel)")
    assert [(item.start, item.end) for item in blocks] == [
        (_at(ISEUD_FIRST, start, MUNICH), _at(ISEUD_FIRST, end, MUNICH))
        for start, end in (("09:00", "10:30"), ("11:00", "13:00"), ("14:00", "15:30"), ("16:10", "17:30"))
    ]
    assert [item.source.line for item in blocks] == [2, 31, 39, 47]
    # each block shows the four workshops the anchored block lists, untimed, on the first day, with their links
    for block in blocks:
        held = [item for item in iseud.items if item.sessions == (block.id,)]
        assert [item.title for item in held] == ["A²ID 2025", "CSE4IA 2025", "CoPDA 2025", "AI4EUD 2025"]
        assert {(item.start, item.day) for item in held} == {(None, ISEUD_FIRST)}
        assert held[0].abstract == "**Room:** Seminarraum klein"
        assert held[0].links[0].url == "https://a2id.di.uniba.it"


def test_iseud_an_aliased_break_is_on_the_day_it_is_listed(iseud: Program) -> None:
    # `*lunch` under day2 and day3 is the lunch of day1, line 34
    lunches = _titled(iseud, "Lunch")
    assert [(item.start, item.end) for item in lunches] == [
        (
            _at(ISEUD_FIRST + timedelta(days=offset), "13:00", MUNICH),
            _at(ISEUD_FIRST + timedelta(days=offset), "14:00", MUNICH),
        )
        for offset in (0, 1, 2)
    ]
    assert {item.kind for item in lunches} == {Kind.BREAK}
    morning = [item.start for item in _titled(iseud, "Coffee Break") if item.start and item.start.hour == 10]
    assert morning == [_at(ISEUD_FIRST + timedelta(days=offset), "10:30", MUNICH) for offset in (0, 1, 2)]


def test_iseud_a_sessions_talks_are_at_their_own_times_shown_at_it(iseud: Program) -> None:
    source = _source(ISEUD)
    expected = [
        (talk["title"], _at(ISEUD_FIRST + timedelta(days=number), talk["from"], MUNICH),
         _at(ISEUD_FIRST + timedelta(days=number), talk["to"], MUNICH),
         tuple(re.sub(r" \((.+)\)$", r" [\1]", name) for name in talk["authors"].split(", ")))
        for number, key in enumerate(("day1", "day2", "day3"))
        for entry in source[key]
        for talk in entry.get("session") or []
        if "from" in talk
    ]  # fmt: skip
    talks = [item for item in iseud.items if item.sessions and item.start is not None]
    assert len(expected) == 26
    assert [(item.title, item.start, item.end, item.people) for item in talks] == expected
    (session,) = _titled(iseud, "Session 1: Automation, Sustainability, and Smart Environments")
    assert talks[0].sessions == (session.id,) and talks[0].kind is Kind.TALK
    assert talks[0].people == ("Barricelli", "Fogli", "Gallo", "Guizzardi", "Maenza", "Mattioli", "Paternò")


def test_iseud_a_sessions_chair_chairs_it_and_a_keynote_speaker_keeps_the_affiliation(iseud: Program) -> None:
    (session,) = _titled(iseud, "Session 1: Automation, Sustainability, and Smart Environments")
    assert (session.people, session.role) == (("Giuseppe Desolda [University of Bari Aldo Moro, Italy]",), Role.CHAIR)
    (keynote,) = _titled(iseud, "Efficiency and Creativity: The Myth of Natural Language Interaction")
    assert keynote.people == ("Antonella De Angeli [Faculty of Engineering, Free University of Bozen-Bolzano]",)
    assert keynote.kind is Kind.KEYNOTE and keynote.start == _at(date(2025, 6, 18), "09:30", MUNICH)
    (consortium,) = _titled(iseud, "Using LLMs to enhance end-user development support in XR")
    assert consortium.people == ("Jacopo Mereu [University of Cagliari]",)


def test_iseud_the_reading_names_the_days_keys_and_what_is_not_read(iseud: Program) -> None:
    assert len(iseud.items) == 67  # 25 entries, 26 timed talks, 4 × 4 workshops
    assert "the days' keys → date" in iseud.reading[0]
    assert "42 talks in sessions' session read as items (26 at their own times, 16 with no time of their own: " \
        "untimed), 42 shown at their session" in iseud.reading  # fmt: skip
    assert "not read: fulltitle, id" in iseud.reading


def test_iseud_without_a_date_asks_for_the_first_day() -> None:
    with pytest.raises(UsageError, match=r"days without a year or date \('Day 1'\); pass --timezone .* and --date"):
        _read(ISEUD, None, None)  # type: ignore[arg-type]


def _jfpc_day(written: str) -> date:
    return {
        "Mardi 22 juin": date(2021, 6, 22),
        "Mercredi 23 juin": date(2021, 6, 23),
        "Jeudi 24 juin": date(2021, 6, 24),
    }[written]


def test_jfpc_every_session_is_on_its_french_named_day_in_june(jfpc: Program) -> None:
    assert not [problem for problem in jfpc.problems if problem.severity is Severity.ERROR]
    expected = [
        (f"{entry['title']}: {entry['titre']}" if "titre" in entry else entry["title"],
         _at(_jfpc_day(day["day"]), entry["time"].split("-")[0], PARIS),
         _at(_jfpc_day(day["day"]), entry["time"].split("-")[1], PARIS), entry["room"])
        for day in _source(JFPC)
        for entry in day["sessions"]
    ]  # fmt: skip
    read = [(item.title, item.start, item.end, item.location) for item in jfpc.items if not item.sessions]
    assert len(expected) == 27
    assert read == expected
    assert jfpc.items[0].start == datetime(2021, 6, 22, 11, 0, tzinfo=PARIS)  # not 22 March


def test_jfpc_authors_a_b_et_c_are_three_people(jfpc: Program) -> None:
    expected = [
        (talk["title"], tuple(re.split(r", | et ", re.sub(r"</?b>", "", talk["authors"]))))
        for day in _source(JFPC)
        for entry in day["sessions"]
        for talk in entry.get("talks") or []
    ]
    talks = [(item.title, item.people) for item in jfpc.items if item.sessions]
    assert len(expected) == 24
    assert talks == expected
    assert talks[0][1] == ("Xavier Gillard", "Pierre Schaus", "Vianney Coppé")


def test_jfpc_talks_without_times_are_shown_at_their_session_on_its_day(jfpc: Program) -> None:
    (session,) = _titled(jfpc, "A")
    held = [item for item in jfpc.items if item.sessions == (session.id,)]
    assert len(held) == 3
    assert {(item.start, item.day, item.location, item.kind) for item in held} == {
        (None, date(2021, 6, 22), "Zoom", Kind.TALK)
    }


def test_jfpc_a_sessions_chair_chairs_it_and_beside_a_speaker_is_left_out(jfpc: Program) -> None:
    (session,) = _titled(jfpc, "A")
    assert (session.people, session.role, session.label) == (("Laurent Simon",), Role.CHAIR, "Jeunes Chercheurs")
    invited = [item for item in jfpc.items if item.title.startswith("Exposé invité: ")]
    assert [(item.people, item.role) for item in invited] == [
        (("Thomas schiex",), Role.SPEAKER),  # `chair: Philippe Vismara` beside `author`: left out, said
        (("Claude-Guy Quimper [Université de Laval, Québec]",), Role.SPEAKER),  # one person: the comma is in brackets
    ]
    assert "chairs beside speakers on 2 entries left out, an item having one role: Philippe Vismara, " \
        "Christian Bessière" in jfpc.reading  # fmt: skip


def test_jfpc_the_talk_titled_under_titre_and_an_info_line_are_read(jfpc: Program) -> None:
    # the site shows `titre` under the session's title as its talk's title, and `info` as a line under it
    titles = [item.title for item in jfpc.items if item.title.startswith(("Exposé invité", "Débats"))]
    assert titles[0] == (
        "Exposé invité: From Constraint Networks to Cost Function Networks: feasibility, optimization and learning"
    )
    assert titles[1] == 'Débats "pré-apéro": Contraintes globales trop ou trop peu ?'
    (meeting,) = _titled(jfpc, "AG AFPC")
    assert meeting.abstract == "Remise du prix jeune chercheur"
    assert "not read: id, notinform" in jfpc.reading


def test_jfpc_in_a_year_its_weekdays_are_not_is_one_error_with_the_count_and_the_first_place() -> None:
    wrong = _read(JFPC, PARIS, date(2022, 6, 21))  # 22 June 2022 is a Wednesday
    errors = [problem for problem in wrong.problems if problem.severity is Severity.ERROR]
    # its 27 entries and 24 talks (yaml.safe_load), each on a day that is no date that year: said once, not
    # 51 times (session 13)
    assert len(errors) == 1
    assert errors[0].source is not None
    assert (errors[0].code, errors[0].source.line, errors[0].message) == (
        "unreadable-entry",
        3,
        "expected a real date, found 'Mardi 22 juin' (2022-06-22 is not a Tuesday): 51 entries in all name a "
        "weekday their date is not in that year; check --date",
    )


def test_merge_keys_own_keys_win_then_the_merged_in_the_order_written() -> None:
    text = (
        "base: &base {title: Base, from: '09:00', type: talk}\n"
        "other: &other {title: Other, to: '10:00', room: A}\n"
        "entry: {<<: [*base, *other], from: '09:30'}\n"
    )
    data, _ = load_yaml(text, "merged.yml")
    assert dict(data["entry"]) == {"title": "Base", "from": "09:30", "type": "talk", "to": "10:00", "room": "A"}
    assert data["entry"].line == 3


def test_aliases_expanding_without_end_are_refused_at_their_line() -> None:
    # the "billion laughs": nine lists each of nine of the one before; it ran until killed
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [
        f"{name}: &{name} [{', '.join([f'*{before}'] * 9)}]"
        for before, name in zip("abcdefgh", "bcdefghi", strict=True)
    ]
    with pytest.raises(ParseError, match=r"bomb\.yml:\d+: .*aliases expand to fewer than 2,000,000 values"):
        load_yaml("\n".join(lines) + '\nj: [{title: x, time: "10:00"}]\n', "bomb.yml")
