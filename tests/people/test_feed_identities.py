"""An export's ids and codes name people within their feed only; guids everywhere.

Real excerpts (tests/data/frab/excerpts, see PROVENANCE.md): two pretalx instances that
both gave ids 20 and 21 to their speakers.

- pretalx-democon-ids-20-21.json: voc/schedule `validator/json/examples/pretalx-democon.json`
  at d342eb9, events 43 (Curtis Andrews, id 20) and 15 (Amy Sanchez, id 16; Teresa Terrell, id 21).
- pretalx-rc3-ids-20-21.json: voc/schedule `validator/json/examples/pretalx-rc3.json` at
  a64e6d7, event 15 (Chris Fiege, id 20; Kasa, id 21).
"""

from __future__ import annotations

import json
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from program.loading import load_program
from program.model import FrabEvent, FrabPerson, Item, Kind, Problem, Program, SourceRef
from program.people import identity
from program.people.variants import one_person
from program.rendering import render_outputs
from program.settings import FeedSpec, Settings
from program.writers import WRITERS

from helpers import FRAB

EXCERPTS = FRAB / "excerpts"
DEMOCON = EXCERPTS / "pretalx-democon-ids-20-21.json"
RC3 = EXCERPTS / "pretalx-rc3-ids-20-21.json"
BERLIN = ZoneInfo("Europe/Berlin")  # rC3's export names no zone; its times carry +01:00

SPEAKERS = {
    "Triple-buffered methodical superstructure": ("Curtis Andrews",),
    "Secured grid-enabled policy": ("Amy Sanchez", "Teresa Terrell"),
    "Der faule Admin automatisiert: Gluon auf echter Hardware testen": ("Chris Fiege", "Kasa"),
}


def _load(*feeds: Path) -> Program:
    return load_program(Settings(feeds=tuple(FeedSpec(feed) for feed in feeds), timezone=BERLIN)).program


def _merged(tmp_path: Path) -> Path:
    """The two exports in one file, as voc's merged schedules put several instances' days together."""
    democon, rc3 = (json.loads(path.read_text(encoding="utf-8")) for path in (DEMOCON, RC3))
    days = democon["schedule"]["conference"]["days"] + rc3["schedule"]["conference"]["days"]
    for index, day in enumerate(days, start=1):
        day["index"] = index
    democon["schedule"]["conference"].update(days=days, daysCount=len(days), end="2020-12-27")
    path = tmp_path / "everything.json"
    path.write_text(json.dumps(democon, indent=2, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> Program:
    return _load(_merged(tmp_path_factory.mktemp("merged")))


def _speakers_by_title(program: Program) -> dict[str, tuple[str, ...]]:
    return {item.title: item.people for item in program.items}


def _people_by_name(program: Program) -> dict[str, tuple[str, ...]]:
    titles = {item.id: item.title for item in program.items}
    return {person.name: tuple(titles[item_id] for item_id in person.items) for person in program.people}


EXPECTED_PEOPLE = {
    "Curtis Andrews": ("Triple-buffered methodical superstructure",),
    "Amy Sanchez": ("Secured grid-enabled policy",),
    "Teresa Terrell": ("Secured grid-enabled policy",),
    "Chris Fiege": ("Der faule Admin automatisiert: Gluon auf echter Hardware testen",),
    "Kasa": ("Der faule Admin automatisiert: Gluon auf echter Hardware testen",),
}


def test_two_exports_built_together_keep_their_own_speakers() -> None:
    program = _load(DEMOCON, RC3)

    assert _speakers_by_title(program) == SPEAKERS
    assert _people_by_name(program) == EXPECTED_PEOPLE
    # Two feeds: each id is its own feed's; nothing is reused.
    assert [problem for problem in program.problems if problem.code in ("id-reused", "name-merged")] == []


def test_a_merged_export_keeps_each_talks_speakers(merged: Program) -> None:
    assert _speakers_by_title(merged) == SPEAKERS
    assert _people_by_name(merged) == EXPECTED_PEOPLE


def _reused(problems: tuple[Problem, ...]) -> list[str]:
    return [str(problem) for problem in problems if problem.code == "id-reused"]


def test_a_merged_export_warns_of_each_reused_id_with_both_places(merged: Program) -> None:
    where = {item.title: str(item.source) for item in merged.items}
    curtis, teresa = where["Triple-buffered methodical superstructure"], where["Secured grid-enabled policy"]
    chris_and_kasa = where["Der faule Admin automatisiert: Gluon auf echter Hardware testen"]

    assert _reused(merged.problems) == [
        f"{chris_and_kasa}: warning: id-reused: id 20 names 'Curtis Andrews' ({curtis}) and 'Chris Fiege' "
        f"({chris_and_kasa}): unrelated names, kept as 2 people (join them with [people] aliases if they are one)",
        f"{chris_and_kasa}: warning: id-reused: id 21 names 'Teresa Terrell' ({teresa}) and 'Kasa' "
        f"({chris_and_kasa}): unrelated names, kept as 2 people (join them with [people] aliases if they are one)",
    ]


def _shown(item: Item) -> str:
    return ", ".join(item.people)


def test_the_site_shows_each_talk_with_its_exports_names(merged: Program) -> None:
    [site] = render_outputs(merged, [WRITERS["site"]]).values()
    text = site.decode()

    for item in merged.items:
        assert text.count(_shown(item)) >= 1, item.title
    assert "Chris Fiege, Kasa" in text and "Curtis Andrews, Kasa" not in text


def test_the_speaker_index_lists_each_person_with_their_own_talks(merged: Program) -> None:
    [index] = render_outputs(merged, [WRITERS["speakers-json"]]).values()
    titles = {item.id: item.title for item in merged.items}
    people = json.loads(index)["people"]

    listed = {person["name"]: tuple(titles[seen["item_id"]] for seen in person["items"]) for person in people}
    assert listed == EXPECTED_PEOPLE


def test_each_personal_calendar_has_only_the_persons_talks_with_their_exports_names(merged: Program) -> None:
    calendars = render_outputs(merged, [WRITERS["ics-people"]])
    names = {f"people/{person.id}.ics": person.name for person in merged.people}

    found = {}
    for path, data in calendars.items():
        events = icalendar.Calendar.from_ical(data).walk("VEVENT")
        found[names[path]] = tuple(str(event["SUMMARY"]) for event in events)
        for event in events:
            speakers = SPEAKERS[str(event["SUMMARY"])]
            label = "Speakers" if len(speakers) > 1 else "Speaker"
            assert str(event["DESCRIPTION"]).splitlines()[0] == f"{label}: {', '.join(speakers)}"
    assert found == EXPECTED_PEOPLE


def _schedule(tmp_path: Path, *events: tuple[str, str, int]) -> Program:
    """One frab XML feed whose events (title, speaker, person id) run an hour apart."""
    xml = "".join(
        f'<event guid="10000000-0000-4000-8000-00000000000{number}" id="{number}">'
        f"<date>2024-12-27T{10 + number}:00:00+01:00</date><duration>00:30</duration><room>A</room>"
        f'<title>{title}</title><type>Talk</type><persons><person id="{person}">{name}</person></persons></event>'
        for number, (title, name, person) in enumerate(events)
    )
    (tmp_path / "schedule.xml").write_text(
        '<?xml version="1.0"?>\n<schedule><conference><title>C</title><time_zone_name>Europe/Berlin'
        '</time_zone_name></conference><day index="1" date="2024-12-27">'
        f'<room name="A">{xml}</room></day></schedule>\n',
        encoding="utf-8",
    )
    return _load(tmp_path / "schedule.xml")


def test_spellings_of_one_name_under_one_id_are_one_person_each_talk_showing_its_own(tmp_path: Path) -> None:
    program = _schedule(
        tmp_path, ("First", "Ada Lovelace", 7), ("Second", "Ada &apos;nick&apos; Lovelace", 7), ("Third", "Ada L.", 7)
    )
    [markdown] = render_outputs(program, [WRITERS["talks-md"]]).values()

    [person] = program.people
    assert (person.name, person.aliases) == ("Ada Lovelace", ("Ada 'nick' Lovelace", "Ada L."))
    assert [line for line in markdown.decode().splitlines() if "Ada" in line] == [
        "| Fri 27 Dec 10:00 a.m. | First | Ada Lovelace |",
        "| Fri 27 Dec 11:00 a.m. | Second | Ada 'nick' Lovelace |",
        "| Fri 27 Dec 12:00 p.m. | Third | Ada L. |",
    ]
    where = f"{(tmp_path / 'schedule.xml').as_posix()}:2"  # every event on one line
    assert [str(problem) for problem in program.problems if problem.code == "name-merged"] == [
        f"{where}: warning: name-merged: merged 'Ada Lovelace' ({where}), \"Ada 'nick' Lovelace\" ({where}) and "
        f"'Ada L.' ({where}) into one person: the export gives them one id 7"
    ]
    assert _reused(program.problems) == []


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("Ada Lovelace", "ADA LOVELACE", True),
        ("Ada Lovelace", "Ada Lövelace", True),
        ("Ada Lovelace", "Ada 'nick' Lovelace", True),
        ("Ada Lovelace", "Lovelace, Ada", True),
        ("Ada Lovelace", "A. Lovelace", True),
        ("Ada Lovelace", "Ada L.", True),
        ("Ada Lovelace", "Ada King Lovelace", True),
        ("William Smith", "Bill Smith", True),
        ("Ada Lovelace", "Lovelace", True),
        ("Curtis Andrews", "Chris Fiege", False),
        ("Teresa Terrell", "Kasa", False),
        ("Ada Lovelace", "Ada Byron", False),
        ("Dan Zhang", "David Zhang", False),
        ("Ada Lovelace", "Ada", False),
    ],
)
def test_one_person_under_one_id(first: str, second: str, expected: bool) -> None:
    assert (one_person(first, second), one_person(second, first)) == (expected, expected)


def test_a_merged_exports_placeholder_id_0_is_nobodys_and_a_reused_id_names_a_few() -> None:
    # voc/36C3_schedule 415eb16 everything.schedule.xml: the wiki sessions' 253 people all have id 0.
    program = _load(FRAB / "real" / "voc-36c3-everything.xml")

    reused = [problem.message for problem in program.problems if problem.code == "id-reused"]
    assert reused
    assert not [message for message in reused if message.startswith("id 0 ")]
    assert max(len(message) for message in reused) < 1000


def test_the_people_of_one_event_are_found_by_index(monkeypatch: pytest.MonkeyPatch) -> None:
    # Issue 32: each name on an event looked through all of the event's export people, so
    # one event of 8,000 speakers with ids took 33 s before any matching.
    persons = tuple(FrabPerson(f"Ada Kolin{number}", id=number + 1) for number in range(2000))
    item = Item(
        "talk-a", Kind.TALK, "A", SourceRef("schedule.json", 1), people=tuple(p.name for p in persons),
        frab=FrabEvent(persons=persons),
    )  # fmt: skip
    looked = 0
    scoped = identity.scoped_identity

    def counted(on: Item, person: FrabPerson) -> str | None:
        nonlocal looked
        looked += 1
        return scoped(on, person)

    monkeypatch.setattr(identity, "scoped_identity", counted)
    keys = identity.PersonKeys([item])

    assert [keys.key(item, name) for name in item.people[:3]] == [f"id:schedule.json#{n}" for n in (1, 2, 3)]
    assert len({keys.key(item, name) for name in item.people}) == 2000
    assert looked <= 3 * len(persons)
