"""A session's chair is shown as its chair in every output, not as a speaker (RECOMB 2026's program).

Expectations written by hand from tests/data/pages/recomb2026-program.md: day 1 is Tuesday 26
May, "Session 1: Sequence I" 10:30–12:20 with "Chair: Yaron Orenstein", "Keynote 1:" Manolis
Kellis 09:05–10:05, and "Session 10: Phylogeny II" (day 3) with "Chair: Chair: Brona Brejova";
the page's times are GMT+3.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import icalendar
import pytest

from program.loading import Loaded, load_program
from program.model import Role
from program.readers import ReadContext
from program.readers.program_json import ProgramJsonReader
from program.settings import FeedSpec, Settings
from program.writers import RenderOptions
from program.writers.ics import IcsWriter
from program.writers.program_json import ProgramJsonWriter
from program.writers.program_markdown import ProgramMarkdownWriter
from program.writers.site import SiteWriter
from program.writers.speakers_text import SpeakersTextWriter

from helpers import ROOT

RECOMB = ROOT / "tests" / "data" / "pages" / "recomb2026-program.md"
OPTIONS = RenderOptions()
PLUS_3 = timezone(timedelta(hours=3))


@pytest.fixture(scope="module")
def recomb() -> Loaded:
    return load_program(Settings(feeds=(FeedSpec(RECOMB),), first_date=date(2026, 5, 26)))


def test_the_session_holds_its_chair_as_its_chair(recomb: Loaded) -> None:
    session = next(item for item in recomb.program.items if item.title == "Session 1: Sequence I")
    assert (session.people, session.role, session.label) == (("Yaron Orenstein",), Role.CHAIR, None)
    assert (session.start, session.end) == (
        datetime(2026, 5, 26, 10, 30, tzinfo=PLUS_3),
        datetime(2026, 5, 26, 12, 20, tzinfo=PLUS_3),
    )
    keynote = next(item for item in recomb.program.items if item.title == "Keynote 1: Manolis Kellis")
    assert (keynote.people, keynote.role) == (("Manolis Kellis",), Role.SPEAKER)


def test_the_calendar_says_chair_and_a_keynote_still_says_speaker(recomb: Loaded) -> None:
    calendar = icalendar.Calendar.from_ical(IcsWriter().write(recomb.program, OPTIONS))
    described = {str(event["SUMMARY"]): str(event.get("DESCRIPTION", "")) for event in calendar.events}
    assert described["Session 1: Sequence I"] == "Chair: Yaron Orenstein"
    assert described["Session 10: Phylogeny II"].startswith("Chair: Brona Brejova")
    assert described["Keynote 1: Manolis Kellis"].startswith("Speaker: Manolis Kellis")


def test_the_printed_program_names_the_chair_after_the_sessions_own_title(recomb: Loaded) -> None:
    text = ProgramMarkdownWriter().write(recomb.program, OPTIONS)
    assert "- **10:30 a.m.–12:20 p.m.** Other: Session 1: Sequence I (Chair: Yaron Orenstein)\n" in text
    assert "Chair: Session" not in text  # "Chair" was the item's label, printed as its kind


def test_the_site_and_the_speaker_index_say_chair(recomb: Loaded) -> None:
    site = SiteWriter().write(recomb.program, OPTIONS)
    # the role outside the names, which the script links to the speakers view one by one
    assert '<p class="pc">Chair: <span class="pp">Yaron Orenstein</span></p>' in site
    index = SpeakersTextWriter().write(recomb.program, OPTIONS).splitlines()
    at = index.index("Orenstein, Yaron")
    assert index[at + 1] == "    Chair, Tue 26 May 10:30 a.m.: Session 1: Sequence I"


def test_program_json_keeps_the_role_and_reads_it_back(recomb: Loaded) -> None:
    written = ProgramJsonWriter().write(recomb.program, OPTIONS)
    roles = {item["title"]: item["role"] for item in json.loads(written)["items"]}
    assert (roles["Session 1: Sequence I"], roles["Keynote 1: Manolis Kellis"]) == ("chair", "speaker")
    text = written.decode() if isinstance(written, bytes) else written
    again = ProgramJsonReader().read(text, source="program.json", context=ReadContext())
    assert [item.role for item in again.items] == [item.role for item in recomb.program.items]
