"""People are who a frab export says they are: by guid or id, never merged or split by name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from program.loading import load_program
from program.model import Program
from program.rendering import render_outputs
from program.settings import FeedSpec, Settings
from program.writers import WRITERS, RenderOptions

from helpers import FRAB

GUIDS = {name: f"00000000-0000-4000-8000-00000000000{number}" for number, name in enumerate("abcdef", start=1)}


def _event(number: int, start: str, *persons: tuple[str, str]) -> str:
    people = "".join(f'<person guid="{GUIDS[guid]}">{name}</person>' for name, guid in persons)
    return (
        f'<event guid="10000000-0000-4000-8000-00000000000{number}" id="{number}">'
        f"<date>2024-12-27T{start}:00+01:00</date><duration>01:00</duration><room>A</room>"
        f"<title>Event {number}</title><type>Talk</type><persons>{people}</persons></event>"
    )


def _program(tmp_path: Path, *events: str, page: str | None = None) -> Program:
    xml = (
        '<?xml version="1.0"?>\n<schedule><conference><title>C</title>'
        "<time_zone_name>Europe/Berlin</time_zone_name></conference>"
        f'<day index="1" date="2024-12-27"><room name="A">{"".join(events)}</room></day></schedule>\n'
    )
    (tmp_path / "schedule.xml").write_text(xml, encoding="utf-8")
    feeds = [FeedSpec(tmp_path / "schedule.xml")]
    if page is not None:
        (tmp_path / "page.txt").write_text(page, encoding="utf-8")
        feeds.append(FeedSpec(tmp_path / "page.txt"))
    return load_program(Settings(feeds=tuple(feeds))).program


def test_one_name_with_two_guids_is_two_people(tmp_path: Path) -> None:
    program = _program(tmp_path, _event(1, "10:00", ("Andreas", "a")), _event(2, "10:30", ("Andreas", "b")))

    assert sorted((person.name, len(person.items)) for person in program.people) == [("Andreas", 1), ("Andreas", 1)]
    assert len({person.id for person in program.people}) == 2
    # Two people in two overlapping events: no one is in two places at once.
    assert [problem.code for problem in program.problems if problem.code == "speaker-conflict"] == []


def test_two_names_with_one_guid_are_one_person(tmp_path: Path) -> None:
    program = _program(tmp_path, _event(1, "10:00", ("Ada L.", "a")), _event(2, "12:00", ("Ada Lovelace", "a")))

    [person] = program.people
    assert (person.name, person.aliases, len(person.items)) == ("Ada L.", ("Ada Lovelace",), 2)


def test_name_matching_never_merges_two_guids(tmp_path: Path) -> None:
    program = _program(tmp_path, _event(1, "10:00", ("Bill Smith", "a")), _event(2, "12:00", ("William Smith", "b")))

    assert sorted(person.name for person in program.people) == ["Bill Smith", "William Smith"]
    assert not [problem for problem in program.problems if problem.code == "name-merged"]


def test_one_guid_on_overlapping_events_is_a_conflict(tmp_path: Path) -> None:
    program = _program(tmp_path, _event(1, "10:00", ("Ada", "a")), _event(2, "10:30", ("ADA", "a")))

    assert [problem.code for problem in program.problems if problem.code == "speaker-conflict"] == ["speaker-conflict"]


def test_namesakes_keep_their_ids_when_a_third_arrives(tmp_path: Path) -> None:
    first = _program(tmp_path, _event(1, "10:00", ("Andreas", "a")), _event(2, "12:00", ("Andreas", "b")))
    later = _program(
        tmp_path,
        _event(1, "10:00", ("Andreas", "a")),
        _event(2, "12:00", ("Andreas", "b")),
        _event(3, "14:00", ("Andreas", "c")),
    )

    ids = {person.items: person.id for person in first.people}
    assert {person.items: person.id for person in later.people if person.items in ids} == ids


@pytest.fixture(scope="module")
def congress() -> Program:
    return load_program(Settings(feeds=(FeedSpec(FRAB / "examples" / "xml" / "schedule-38c3-20251206.xml"),))).program


def test_the_congress_namesakes_are_apart(congress: Program) -> None:
    # 571 distinct person guids in the export, one of them the placeholder "-" (nobody);
    # by name, 7 pairs of namesakes were one person.
    assert len(congress.people) == 570
    assert "-" not in {person.name for person in congress.people}
    names = [person.name for person in congress.people]
    assert sorted({name for name in names if names.count(name) > 1}) == ["Andreas", "Marc", "bengoshi", "elenos"]


def test_after_midnight_events_are_printed_on_their_conference_day(congress: Program) -> None:
    writer = next(writer for writer in WRITERS.values() if getattr(writer, "filename", "") == "program.md")
    [markdown] = render_outputs(congress, [writer], RenderOptions()).values()
    sections = {section.split("\n", 1)[0]: section for section in markdown.decode().split("\n## ")[1:]}
    late = [item for item in congress.items if item.start and item.start.hour < 6]

    assert list(sections) == ["Fri 27 Dec 2024", "Sat 28 Dec 2024", "Sun 29 Dec 2024", "Mon 30 Dec 2024"]
    assert len(late) == 58
    for item in late:
        assert item.start is not None
        day = congress.day_of(item.start)
        assert day == item.start.date().fromordinal(item.start.toordinal() - 1)
        if re.fullmatch(r"[\w ]+", item.title):  # no Markdown escapes to undo
            assert item.title in sections[f"{day:%a} {day.day} {day:%b} {day.year}"], item.title
