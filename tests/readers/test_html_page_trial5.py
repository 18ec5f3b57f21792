"""The saved-page reader on the fifth trial's pages (/work/trial5): days as columns, session cells."""

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import lxml.html
import pytest

from program.errors import ParseError
from program.feed_reading import read_feed
from program.model import Program
from program.readers.base import ReadContext
from program.readers.html_cell_parts import cell_parts
from program.readers.html_page import HtmlPageReader
from program.readers.schedule_page import SchedulePageReader
from program.settings import FeedSpec

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "html_pages"
LISBON = ZoneInfo("Europe/Lisbon")


def _read(name: str, zone: str | None = None, first: date | None = None) -> Program:
    context = ReadContext(first_date=first, timezone=ZoneInfo(zone) if zone else None)
    return HtmlPageReader().read((DATA / name).read_text(encoding="utf-8"), source=name, context=context)


def test_days_under_a_rooms_header_row_are_columns_each_cell_on_its_own_day() -> None:
    # APM 2025: row 10:30 - 11:15 holds Wednesday's, Thursday's and Friday's talks side by side.
    program = _read("apm2025-program.md", "Europe/Lisbon", date(2025, 10, 1))

    at_1030 = [
        (item.start.day, item.title, item.people)
        for item in program.items
        if item.start is not None and (item.start.hour, item.start.minute) == (10, 30)
    ]

    assert at_1030 == [
        (1, "asyncrony in process calculi", ("Davide Sangiorgi",)),
        (2, "Resource Contracts for Active Objects", ("Charaf Eddine Dridi",)),
        (3, "Asynchronous Session-based Concurrency: Deadlock Freedom by Typing", ("Jorge Pérez",)),
    ]
    assert all(item.abstract is None for item in program.items)  # no day's talks glued into another's


def test_a_chairs_row_labels_its_sessions_talks_and_is_no_item() -> None:
    program = _read("apm2025-program.md", "Europe/Lisbon", date(2025, 10, 1))

    labels = {(item.start, item.label) for item in program.items if item.start and item.start.day == 1}

    assert not [item for item in program.items if "Chair" in item.title or item.title == "-"]
    assert (datetime(2025, 10, 1, 11, 15, tzinfo=LISBON), "Chair: Einar Broch Johnsen") in labels
    assert (datetime(2025, 10, 1, 16, 45, tzinfo=LISBON), "Chair: Volker Stolz") in labels
    assert (datetime(2025, 10, 1, 12, 0, tzinfo=LISBON), None) in labels  # lunch: after the session's end
    assert any("8 chair cells read as their talks' label" in line for line in program.reading)


def test_italic_names_and_a_colon_before_a_title_are_its_people() -> None:
    cell = lxml.html.fragment_fromstring("<td><em> Einar Broch Johnsen: </em> Declarative Dynamic Object</td>")
    label = lxml.html.fragment_fromstring("<td><em>Invited Talk:</em> On Engines</td>")
    bold = lxml.html.fragment_fromstring("<td><b>Chair:</b> Ada Lovelace</td>")

    parts = cell_parts(cell)

    assert parts is not None
    assert (parts.title, parts.people) == ("Declarative Dynamic Object", ("Einar Broch Johnsen",))
    assert cell_parts(label) is None
    assert (found := cell_parts(bold)) is None or found.people != ("Chair",)


def test_a_keynotes_title_lead_in_and_its_speakers_honorific_are_left_out() -> None:
    # TopoInVis 2024: "**Title: Topological Data Analysis …**" then "_Professor Peter Bubenik, University of Florida_".
    text = (ROOT / "tests" / "data" / "pages" / "topoinvis2024-program.md").read_text(encoding="utf-8")

    program = SchedulePageReader().read(text, source="t.md", context=ReadContext())

    talk = next(item for item in program.items if item.source.line == 34)
    assert talk.title == "Topological Data Analysis and Visualization in Biological Images and Videos"
    assert talk.people == ("Peter Bubenik",)
    assert not any(name.startswith(("Professor", "Dr")) for item in program.items for name in item.people)


def test_a_session_cell_is_the_session_its_papers_talks_inside_it_with_their_authors() -> None:
    # IWSDA 2025: div.session-header, div.session-chair, ul.paper-list of span.paper-title / span.authors.
    program = _read("iwsda2025-program.html", "Australia/Melbourne")

    session = next(item for item in program.items if item.title == "Session 1: Sequences-I")
    papers = [item for item in program.items if item.sessions == (session.id,)]

    assert (session.start, session.label) == (
        datetime(2025, 12, 8, 9, 20, tzinfo=ZoneInfo("Australia/Melbourne")),
        "Session Chair: Yang Yang",
    )
    assert [paper.title for paper in papers][:2] == [
        "New Sequence Design Metric for AMP Synchronization Field",
        "Four Families of Binary Sequences With Low Ambiguity Function Properties",
    ]
    assert papers[0].people == ("Shukai Wang", "Zhengchun Zhou", "Yang Yang", "Xiaohu Tang")
    assert len(papers) == 5 and all(paper.start is None for paper in papers)
    assert max(len(item.title) for item in program.items) < 130  # no cell flattened into one title


def test_a_keynote_box_gives_its_title_speaker_and_abstract_and_a_location_line_its_room() -> None:
    program = _read("iwsda2025-program.html", "Australia/Melbourne")

    keynote = next(item for item in program.items if item.label == "Keynote Speech 1")
    invited = next(item for item in program.items if item.label == "Invited Talk")
    banquet = next(item for item in program.items if item.title == "Conference Banquet")

    assert keynote.title.startswith("2D Delay-Doppler Pilots Based on Perfect Arrays/Sequences")
    assert keynote.people == ("Pingzhi Fan",)  # "<h3>Professor Pingzhi Fan</h3>"; the university left out
    assert keynote.abstract is not None and keynote.abstract.startswith("Orthogonal time frequency space")
    assert (invited.people, invited.kind.value) == (("Farhad Farokhi",), "invited-talk")  # "Dr.Farhad Farokhi"
    assert banquet.location == "University House"


def test_a_page_no_reader_knows_by_its_opening_is_refused_naming_the_format_that_reads_it(tmp_path: Path) -> None:
    # APM 2025 behind 10,000 characters of prose: no time table in the opening detection reads
    # (APM 2025 itself, a <style> block before its table, is now detected: the opening is 8,000 characters).
    page = tmp_path / "program.md"
    prose = "".join(f"A line of notes about the venue, number {n}.\n" for n in range(250))
    page.write_text(prose + (DATA / "apm2025-program.md").read_text(encoding="utf-8"), encoding="utf-8")
    notes = tmp_path / "notes.md"
    notes.write_text("---\ntitle: Notes\n---\n\n<table><tr><td>No times here</td><td>at all</td></tr></table>\n")

    with pytest.raises(ParseError) as refused:
        read_feed(FeedSpec(page), ReadContext())
    with pytest.raises(ParseError) as unknown:
        read_feed(FeedSpec(notes), ReadContext())

    assert "cannot tell the format" in str(refused.value)
    assert "(it reads as html-page: pass --format html-page)" in str(refused.value)
    assert "--format html-page" not in str(unknown.value)
