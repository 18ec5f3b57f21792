"""Static-site YAML a tester tried unseen (trial 11): AMP 2025's `_data/program.yml`.

AMP 2025 (Limassol, 16 September 2025) writes `- day: September 16th` (no year: `--date`) and
`events[]` of `title`, `from`, `to`, `authors[].name`. After lunch its clock is 24-hour with a
needless pm (`14:00pm`, `15:25pm`), one end is written before its start (`from: 14:30pm`,
`to: 14:00pm`), and a paper's five authors are one `name:`. Expectations written by hand from the file.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from program.loading import Loaded, load_program
from program.model import Program
from program.readers import READERS, ReadContext
from program.readers.yaml_names import several_names
from program.settings import FeedSpec, Settings

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "yaml_site"
NICOSIA = ZoneInfo("Asia/Nicosia")
KASSEL = ("Sebastian Copei", "Oliver Hohlfeld", "Jens Kosiol")

# (from, to, title, people) as the file writes them, on the 24-hour clock; the slip's end is the next start
AMP = [
    ("10:30", "11:00", "Registration", ()),
    ("11:00", "11:10", "Opening", ("Jonas Fritzsch",)),
    ("11:10", "12:00", "Keynote", ("Roberta Capuano",)),
    (
        "12:00",
        "12:30",
        "Exploring Micro Frontends: A Case Study Application in E-Commerce",
        (
            "Ricardo Hideki Hangai Kojo",
            "Renato Cordeiro Ferreira",
            "Luiz Fernando O. Corte Real",
            "Alfredo Goldman",
            "Thatiane de Oliveira Rosa",
        ),
    ),
    ("12:30", "14:00", "Lunch Break", ()),
    (
        "14:00",
        "14:30",
        "The (C)omprehensive (A)rchitecture (P)attern (I)ntegration method: Navigating the sea of technology",
        KASSEL,
    ),
    (
        "14:30",
        "15:00",
        "Assessing the Impact of Asynchronous Communication on Resilience and Robustness: A Comparative Study of "
        "Microservice and Monolithic Architectures",
        ("Nathanael Bosilia", "Gerald Weinberger", "Philipp Haindl"),
    ),
    (
        "15:00",
        "15:25",
        "Industrial views on DevOps adoption before and after implementation: A qualitative comparison",
        KASSEL,
    ),
    ("15:25", "15:30", "Closing", ("Jonas Fritzsch",)),
]


@pytest.fixture(scope="module")
def loaded() -> Loaded:
    feed = FeedSpec(DATA / "amp2025-program.yml")
    return load_program(Settings(feeds=(feed,), timezone=NICOSIA, first_date=date(2025, 9, 16)))


def _at(clock: str) -> datetime:
    hours, minutes = map(int, clock.split(":"))
    return datetime(2025, 9, 16, hours, minutes, tzinfo=NICOSIA)


def _names(program: Program, keys: tuple[str, ...]) -> tuple[str, ...]:
    by_key = {alias: person.name for person in program.people for alias in (person.name, *person.aliases)}
    return tuple(by_key[key] for key in keys)


def test_amp_every_entry_is_read_with_its_pm_written_needlessly(loaded: Loaded) -> None:
    program = loaded.program
    got = [(item.start, item.end, item.title, _names(program, item.people)) for item in program.items]

    assert got == [(_at(start), _at(end), title, people) for start, end, title, people in AMP]


def test_amp_needless_pm_and_the_slip_are_warned_at_their_lines(loaded: Loaded) -> None:
    said = [(problem.code, (problem.source.line or 0) if problem.source else 0) for problem in loaded.program.problems]

    assert said.count(("uncertain-entry", 51)) == 2  # from: 14:30pm, to: 14:00pm
    assert ("end-before-start", 51) in said
    assert sorted({line for code, line in said if code == "uncertain-entry"}) == [37, 42, 51, 60]


def test_one_name_of_several_people_is_split_only_into_names() -> None:
    assert several_names("Nathanael Bosilia, Gerald Weinberger, Philipp Haindl (St. Pölten University)") == [
        "Nathanael Bosilia",
        "Gerald Weinberger",
        "Philipp Haindl (St. Pölten University)",
    ]
    assert several_names("Curie, Marie") == ["Curie, Marie"]


def test_a_day_named_by_a_weekday_its_date_is_not_is_said_once_a_day() -> None:
    # ICSOB 2024: `- name: Tuesday` / `date: 2024-11-08` (a Friday), and so on for its four days.
    text = (DATA / "icsob2024-program.yml").read_text(encoding="utf-8")
    program = READERS["yaml-site"].read(
        text, source="i.yml", context=ReadContext(timezone=ZoneInfo("Europe/Amsterdam"))
    )

    clashes = [problem for problem in program.problems if problem.code == "weekday-mismatch"]
    assert [clash.source.line for clash in clashes if clash.source] == [2, 14, 76, 139]
    assert "'Tuesday' is dated 2024-11-08, a Friday" in clashes[0].message
    assert {item.start.date() for item in program.items if item.start} == {
        date(2024, 11, 8),
        date(2024, 11, 9),
        date(2024, 11, 10),
        date(2024, 11, 11),
    }  # read on the dates as written
    assert len(program.items) == 39
