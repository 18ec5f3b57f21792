"""Saved pages a tester tried unseen (trial 8): QBF 2026's programme (tests/data/html_pages/qbf2026-programme.md).

Each talk cell is `<span class="talk-title">Title</span> <span class="details">A, B, C</span>`:
the details were glued to the titles ("… Modernity Tomáš Peitl"), and the page had no people.
Expectations written by hand from the page.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from program.errors import UsageError
from program.model import Kind
from program.model.text import is_placeholder_name
from program.readers import ReadContext
from program.readers.html_page import HtmlPageReader

from helpers import ROOT

QBF = ROOT / "tests" / "data" / "html_pages" / "qbf2026-programme.md"
LISBON = ZoneInfo("Europe/Lisbon")


def test_a_talk_cells_details_span_names_its_speakers() -> None:
    context = ReadContext(timezone=LISBON, first_date=date(2026, 7, 19))
    program = HtmlPageReader().read(QBF.read_text(encoding="utf-8"), source="qbf.md", context=context)
    by_title = {item.title: item for item in program.items}

    invited = by_title["Invited Talk: Dependency Schemes from Antiquity to Modernity"]
    assert (invited.people, invited.start) == (("Tomáš Peitl",), datetime(2026, 7, 19, 9, 0, tzinfo=LISBON))
    assert by_title["Certification of True QBF Formulas in Expansion-Based Solving"].people == (
        "Sidhant Bhavnani",
        "Clemens Hofstadler",
        "Martina Seidl",
    )
    assert by_title["Session 1 - Pragmatics of QBF"].people == ()
    talks = [item for item in program.items if item.people]
    assert len(talks) == 15  # its 15 talk-title spans (the intro says "two invited talks and 12 regular talks")


def test_an_end_row_is_no_item() -> None:
    """QBF 2026: `<td class="time-col">17:30</td><td><strong>End</strong></td>` made an item "End" at 17:30."""
    context = ReadContext(timezone=LISBON, first_date=date(2026, 7, 19))
    program = HtmlPageReader().read(QBF.read_text(encoding="utf-8"), source="qbf.md", context=context)

    assert not any(item.title == "End" for item in program.items)
    last = max(program.items, key=lambda item: (item.start is not None, item.start))
    assert (last.title, last.end) == (
        "Revisiting Encodings of Bounded Synthesis",
        datetime(2026, 7, 19, 17, 30, tzinfo=LISBON),
    )


def test_year_first_day_headings_date_their_tables_and_an_id_column_is_no_time() -> None:
    """WASN 2018: `<h3>2018/08/26</h3>` and `<h3>2018/08/27</h3>` over the days' tables; an `ID | Title` table after."""
    taipei = ZoneInfo("Asia/Taipei")
    path = ROOT / "tests" / "data" / "html_pages" / "wasn2018-agenda.html"
    program = HtmlPageReader().read(
        path.read_text(encoding="utf-8"), source="w.html", context=ReadContext(timezone=taipei)
    )

    days = sorted({item.start.date() for item in program.items if item.start is not None})
    assert days == [date(2018, 8, 26), date(2018, 8, 27)]  # was 26 only, and --date asked for
    opening = program.items[0]
    assert (opening.start, opening.end) == (
        datetime(2018, 8, 26, 11, 30, tzinfo=taipei),
        datetime(2018, 8, 26, 13, 0, tzinfo=taipei),
    )
    assert not any("Maximum Coverage" in item.title for item in program.items)  # paper "2" was an item at 2:00
    assert len(program.items) == 18  # 11 rows and a rowspan cell of its own time on the 26th, 6 rows on the 27th


def test_a_session_cells_timed_list_items_are_its_talks_with_their_authors() -> None:
    """CILC 2025: 32 talks in session cells, each `<li><strong>10:35-11:00</strong><br> A, B <br><em>Title</em></li>`.

    They were glued into their sessions' titles (up to 827 characters).
    """
    rome = ZoneInfo("Europe/Rome")
    path = ROOT / "tests" / "data" / "html_pages" / "cilc2025-program.md"
    program = HtmlPageReader().read(path.read_text(encoding="utf-8"), source="c.md", context=ReadContext(timezone=rome))
    by_title = {item.title: item for item in program.items}

    session = by_title["Session I: Application (Part I)"]
    assert (session.start, session.end, session.label) == (
        datetime(2025, 6, 25, 10, 35, tzinfo=rome),
        datetime(2025, 6, 25, 13, 0, tzinfo=rome),
        "Chair: Marco Gavanelli",
    )
    talks = [item for item in program.items if item.sessions == (session.id,)]
    assert [(talk.title, talk.people) for talk in talks[:1]] == [
        ("ASP Chef for Water Waste Monitoring", ("Luis Angel Rodriguez Reiners", "Mario Alviano"))
    ]
    assert len(talks) == 6
    assert all(len(item.title) < 80 for item in program.items if item.title.startswith("Session "))


def test_a_summary_that_asks_to_be_opened_is_no_part_of_a_title() -> None:
    """LIKE23: `Two tales of orthogonality<br /><details><summary> Click here to expand and see the recording. …`."""
    zurich = ZoneInfo("Europe/Zurich")
    path = ROOT / "tests" / "data" / "html_pages" / "like23-program.md"
    program = HtmlPageReader().read(
        path.read_text(encoding="utf-8"), source="l.md", context=ReadContext(timezone=zurich)
    )

    titles = [item.title for item in program.items]
    assert "Two tales of orthogonality" in titles
    assert not [title for title in titles if "Click here" in title]  # 25 of 31 titles ended so


def test_a_cells_slides_link_and_recording_note_are_no_part_of_its_title() -> None:
    """LIKE23: `Title<br/>…<a href="…">Access the slides</a>`, `Title<br/><br/> &#9746; This talk was not recorded.`.

    16 titles ended in "Access the slides", one in "☒ This talk was not recorded.".
    """
    path = ROOT / "tests" / "data" / "html_pages" / "like23-program.md"
    context = ReadContext(timezone=ZoneInfo("Europe/Zurich"))
    program = HtmlPageReader().read(path.read_text(encoding="utf-8"), source="l.md", context=context)

    by_line = {item.source.line: item for item in program.items}
    assert by_line[74].title == "Bayesian Nonparametric Mixture Model: an application to pharmaceutical manufacturing"
    talk = by_line[104]
    assert talk.title == "(Deep) Kernel Mean Embeddings for Representing and Learning On Distributions"
    assert "https://djsutherland.ml/slides/like23.pdf" in [link.url for link in talk.links]  # the link is kept
    assert not [item.title for item in program.items if "slides" in item.title or "recorded" in item.title]


def test_a_time_column_beside_a_title_column_and_days_as_tabs() -> None:
    """Datamatix 2025: `<p>08:30 AM</p>` in one grid column, the title in the next; Day 1 and Day 2 as Bootstrap tabs.

    It was refused ("found none"); 8 sessions on 17 February and 7 on the 18th.
    """
    dubai = ZoneInfo("Asia/Dubai")
    path = ROOT / "tests" / "data" / "html_pages" / "datamatix-hr2025-agenda.html"
    context = ReadContext(timezone=dubai, first_date=date(2025, 2, 17))
    program = HtmlPageReader().read(path.read_text(encoding="utf-8"), source="d.html", context=context)

    first = program.items[0]
    assert (first.title, first.start) == ("Registration and Networking", datetime(2025, 2, 17, 8, 30, tzinfo=dubai))
    days = [item.start.date() for item in program.items if item.start is not None]
    assert (days.count(date(2025, 2, 17)), days.count(date(2025, 2, 18))) == (8, 7)


def test_a_founding_date_or_a_page_edit_is_not_the_events_first_day() -> None:
    """A date right after "Established Since:" or "modified:" is another day than the event's.

    Datamatix's header says "Established Since: May 13, 1989" (its days were put in 1989, exit 0);
    LIKE23's front matter says `modified: 2023-05-26` above "### Monday 26th June 2023".
    """
    datamatix = ROOT / "tests" / "data" / "html_pages" / "datamatix-hr2025-agenda.html"
    context = ReadContext(timezone=ZoneInfo("Asia/Dubai"))
    with pytest.raises(UsageError, match="--date"):  # its days' date is only in an HTML comment: asked for
        HtmlPageReader().read(datamatix.read_text(encoding="utf-8"), source="d.html", context=context)

    like23 = ROOT / "tests" / "data" / "html_pages" / "like23-program.md"
    program = HtmlPageReader().read(
        like23.read_text(encoding="utf-8"), source="l.md", context=ReadContext(timezone=ZoneInfo("Europe/Zurich"))
    )
    assert any("first date: 2023-06-26, from the page" in line for line in program.reading)


def test_breaks_written_in_the_speaker_column_are_items_and_a_committee_is_nobody() -> None:
    """LIKE23: `<td> 10:30-11:00 </td><td> Coffee break </td><td> </td>` (Time | Speaker | Title), 15 rows so.

    They were skipped as "a row without a title"; the welcome's speaker "LIKE23 committee" was a person.
    """
    path = ROOT / "tests" / "data" / "html_pages" / "like23-program.md"
    context = ReadContext(timezone=ZoneInfo("Europe/Zurich"))
    program = HtmlPageReader().read(path.read_text(encoding="utf-8"), source="l.md", context=context)

    by_line = {item.source.line: item for item in program.items if item.source is not None}
    assert (by_line[66].title, by_line[66].kind, by_line[66].people) == ("Coffee break", Kind.BREAK, ())
    assert (by_line[148].title, by_line[148].kind) == ("Discussions", Kind.PANEL)
    assert len(program.items) == 46  # 31 talks, 13 breaks, 2 discussions: every timed row of the five days
    assert not [line for line in program.reading if "skipped" in line]
    welcome = program.items[0]
    assert welcome.title == "Welcome address"
    assert all(is_placeholder_name(name) for name in welcome.people)  # a group: no person when assembled
