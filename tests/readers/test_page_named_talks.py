"""Talk lines that give only their speakers' names, and a title whose last comma is no name (SiMLInt 2023).

Expectations typed from the source (tests/data/pages/simlint-ws1-2023-agenda.md, lines 10–18): the
"Show & tell" lists its talks as `   * 14:30 - 14:50 Jony Castagna`; such a talk has no title, so it is
titled by its people, as a frab event without one is, and the people are set.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from program.model import Kind
from program.readers import ReadContext
from program.readers.lines.entry import read_slot_text
from program.readers.schedule_page import SchedulePageReader

PAGE = Path(__file__).resolve().parent.parent / "data" / "pages" / "simlint-ws1-2023-agenda.md"
LONDON = ZoneInfo("Europe/London")


def test_name_only_talk_lines_are_talks_by_those_people() -> None:
    context = ReadContext(date(2023, 6, 5), LONDON)
    program = SchedulePageReader().read(PAGE.read_text(encoding="utf-8"), source=PAGE.name, context=context)

    talks = [item for item in program.items if item.source.line in range(10, 19)]
    assert [(item.source.line, item.title, item.people) for item in talks] == [
        (10, "EPCC: What do we do & why, On Learned Corrections", ()),
        (11, "Jony Castagna", ("Jony Castagna",)),
        (12, "Stanislas Pamela", ("Stanislas Pamela",)),
        (13, "Peter Hill", ("Peter Hill",)),
        (14, "ExCALIBUR Project NEPTUNE", ("Ed Threlfal",)),
        (15, "Coffee break", ()),
        (16, "Ben Dudson/Ben Zhu", ("Ben Dudson", "Ben Zhu")),
        (17, "Josh Williams", ("Josh Williams",)),
        (18, "Robin Heinonen", ("Robin Heinonen",)),
    ]
    assert [(item.start, item.end) for item in talks[1:3]] == [
        (datetime(2023, 6, 5, 14, 30, tzinfo=LONDON), datetime(2023, 6, 5, 14, 50, tzinfo=LONDON)),
        (datetime(2023, 6, 5, 14, 50, tzinfo=LONDON), datetime(2023, 6, 5, 15, 0, tzinfo=LONDON)),
    ]
    assert {talk.kind for talk in talks if talk.people and talk.title == ", ".join(talk.people)} == {Kind.TALK}
    assert talks[6].kind is Kind.TALK


def test_a_title_phrase_after_the_last_comma_is_no_person() -> None:
    slot = read_slot_text("EPCC: What do we do & why, On Learned Corrections")

    assert (slot.title, slot.people) == ("EPCC: What do we do & why, On Learned Corrections", ())


def test_a_few_title_case_phrases_are_not_read_as_people() -> None:
    text = "## Monday 5 June\n\n* 09:00 - 10:00 Opening talk by Ada Lovelace\n* 10:00 - 10:30 Group Photo\n"
    text += "* 10:30 - 11:00 Invited Speaker: Grace Hopper\n* 11:00 - 12:00 Happy Hour\n"
    program = SchedulePageReader().read(text, source="day.md", context=ReadContext(date(2023, 6, 5), LONDON))

    assert [(item.title, item.people) for item in program.items][1::2] == [("Group Photo", ()), ("Happy Hour", ())]
