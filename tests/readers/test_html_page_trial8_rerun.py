"""Pages the trial-8 re-run found silently wrong (CILC 2025, SPIN 2024, PRL neutrino 2025).

Expectations written by hand from each page (tests/data/html_pages/PROVENANCE.md).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from program.model import Item, Kind, Program
from program.readers import ReadContext, detect_readers
from program.readers.html_page import HtmlPageReader

from helpers import ROOT

PAGES = ROOT / "tests" / "data" / "html_pages"
ROME = ZoneInfo("Europe/Rome")
LUXEMBOURG = ZoneInfo("Europe/Luxembourg")


def _cilc() -> tuple[Item, ...]:
    text = (PAGES / "cilc2025-program.md").read_text(encoding="utf-8")
    return HtmlPageReader().read(text, source="c.md", context=ReadContext(timezone=ROME)).items


def test_a_session_cells_talks_have_the_times_their_list_items_write() -> None:
    """CILC 2025: `<li><strong>12:35-13:00</strong><br> Mario Alviano, Pietro Marcrì <br><em>Logic, …</em></li>`.

    The 32 talks were read with start and end null, so no calendar had them.
    """
    items = _cilc()
    talks = [item for item in items if item.sessions]
    assert len(talks) == 32
    assert all(talk.start is not None and talk.end is not None for talk in talks)
    by_title = {item.title: item for item in items}
    last = by_title["Logic, Leaves, and Labels: Visualizing SELinux Trees with ASP Chef"]
    assert (last.start, last.end, last.people) == (
        datetime(2025, 6, 25, 12, 35, tzinfo=ROME),
        datetime(2025, 6, 25, 13, 0, tzinfo=ROME),
        ("Mario Alviano", "Pietro Marcrì"),
    )
    assert "An ASP translation for non-monotonic reasoning on DL-LiteR with Prototype Descriptions" in by_title
    session = by_title["Session X: Argumentation"]  # the session starts 13:25, its first talk 13:30
    first = by_title["Weighted Assumption Based Argumentation to reason about ethical principles and actions"]
    assert first.sessions == (session.id,)
    assert (session.start, first.start, first.end) == (
        datetime(2025, 6, 27, 13, 25, tzinfo=ROME),
        datetime(2025, 6, 27, 13, 30, tzinfo=ROME),
        datetime(2025, 6, 27, 13, 55, tzinfo=ROME),
    )


def test_an_invited_talk_cell_gives_its_title_speaker_and_chair() -> None:
    """CILC 2025's invited talks and tutorial: they were one glued title and named no one.

    `<strong>Invited Talk</strong><br><em>Chair: Laura Giordano</em><br><br><strong>Stefano Bistarelli,
    University of Perugia, Italy</strong><br><em>Arguing Together: …</em>`.
    """
    by_title = {item.title: item for item in _cilc()}
    invited = by_title["Arguing Together: The Evolution of a Concurrent and Timed Argumentation Language"]
    assert (invited.people, invited.label, invited.abstract, invited.start) == (
        ("Stefano Bistarelli",),
        "Invited Talk",
        "Chair: Laura Giordano",
        datetime(2025, 6, 25, 14, 0, tzinfo=ROME),
    )
    assert invited.kind is Kind.INVITED_TALK
    tutorial = by_title["ASP with Quantifiers: A Natural and Efficient Way to Tackle Problems Beyond NP"]
    assert (tutorial.people, tutorial.label, tutorial.abstract) == (
        ("Giuseppe Mazzotta",),
        "Tutorial",
        "Chair: Francesca Toni",
    )
    assert by_title["Rough Knowledge and its Refinement"].people == ("Rafael Penaloza Nyssen",)


def _spin() -> tuple[Item, ...]:
    text = (PAGES / "spin2024-program.md").read_text(encoding="utf-8")
    assert [reader.name for reader in detect_readers(text)] == ["html-page"]  # was schedule-page: all on 11 April
    context = ReadContext(timezone=LUXEMBOURG, first_date=date(2024, 4, 10))
    return HtmlPageReader().read(text, source="s.md", context=context).items


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2024, 4, day, hour, minute, tzinfo=LUXEMBOURG)


def test_days_as_columns_of_session_cells_inside_markdown() -> None:
    """SPIN 2024: `<th>Wednesday, 10 April</th><th>Thursday, 11 April</th>` over cells of whole sessions.

    Everything was on 11 April, and Sessions 1, 4, 5 and a lunch were "not placed".
    """
    items = _spin()
    timed = [(item.title, item.start, item.end, item.label) for item in items if item.start and not item.sessions]
    assert sorted(timed, key=lambda slot: str(slot[1])) == [
        ("Session 1: Software verification", _at(10, 10, 30), _at(10, 12, 30), "Chair: Thomas Neele"),
        ("Lunch break", _at(10, 12, 30), _at(10, 14), None),
        ("Session 2: Anniversary track", _at(10, 14), _at(10, 16), "Chair: Anton Wijs"),
        ("Coffee break", _at(10, 16), _at(10, 16, 30), None),
        ("Session 3: Automated reasoning", _at(10, 16, 30), _at(10, 17, 30), "Chair: Alfons Laarman"),
        ("Session 4: Verification tools", _at(11, 10, 30), _at(11, 12, 30), "Chair: Matthias Heizmann"),
        ("Lunch break", _at(11, 12, 30), _at(11, 14), None),
        ("Session 5: Model checking", _at(11, 14), _at(11, 16), "Chair: Anton Wijs"),
    ]


def test_a_session_cells_keynotes_have_their_time_and_speaker_and_its_papers_their_authors() -> None:
    """`<strong>14:00--15:00: The Spin on Spin</strong> (keynote)<br />Gerard Holzmann`; `<em>Title</em><br />A, B`.

    Keynotes were titled "The Spin on Spin (keynote) Gerard Holzmann", papers "Title First-Author".
    """
    items = _spin()
    by_title = {item.title: item for item in items}
    keynotes = [(item.title, item.start, item.end, item.people) for item in items if item.kind is Kind.KEYNOTE]
    assert keynotes == [
        (
            "Taming the AI Monster: Monitoring of Individual Fairness for Effective Human Oversight",
            _at(10, 10, 30),
            _at(10, 11, 30),
            ("Holger Hermanns",),
        ),
        ("The Spin on Spin", _at(10, 14), _at(10, 15), ("Gerard Holzmann",)),
        (
            "MoXI: An Intermediate Language for Symbolic Model Checking",
            _at(11, 14),
            _at(11, 15),
            ("Kristin Yvonne Rozier",),
        ),
    ]
    session_4 = by_title["Session 4: Verification tools"]
    papers = [(item.title, item.people, item.day) for item in items if item.sessions == (session_4.id,)]
    assert len(papers) == 4
    assert papers[2] == (
        "Software Verification Witnesses 2.0",
        ("Paulína Ayaziová", "Dirk Beyer", "Marian Lingsch-Rosenfeld", "Martin Spiessl", "Jan Strejček"),
        date(2024, 4, 11),
    )
    augmenting = by_title["Augmenting Interpolation-Based Model Checking with Auxiliary Invariants"]
    assert (augmenting.people, augmenting.label, augmenting.day) == (
        ("Dirk Beyer", "Po-Chun Chien", "Nian-Ze Lee"),
        "nominated for best paper",
        date(2024, 4, 10),
    )
    assert by_title["Opening"].sessions == (by_title["Session 1: Software verification"].id,)
    assert len([item for item in items if item.kind is Kind.TALK]) == 12  # the page's 12 papers


KOLKATA = ZoneInfo("Asia/Kolkata")


def _prl() -> Program:
    text = (PAGES / "prl-neutrino2025-schedule.html").read_text(encoding="utf-8")
    assert [reader.name for reader in detect_readers(text)] == ["html-page"]  # "cannot tell the format"
    context = ReadContext(timezone=KOLKATA, first_date=date(2025, 3, 19))
    return HtmlPageReader().read(text, source="p.html", context=context)


def test_a_css_grid_of_three_columns_is_read_as_a_table_of_time_speaker_and_title() -> None:
    """PRL 2025: `<div class="grid grid-cols-3">` of `<span>`s, three a row: time, speaker, title.

    Each session was one "not placed" line (27 talks and discussions lost; Sessions 4 and 8 not mentioned).
    """
    program = _prl()
    by_title = {item.title: item for item in program.items}
    anna = by_title["Superradiance probe of neutrino moments"]
    assert (anna.start, anna.end, anna.people) == (
        datetime(2025, 3, 20, 12, 15, tzinfo=KOLKATA),
        datetime(2025, 3, 20, 12, 30, tzinfo=KOLKATA),
        ("Anna John",),
    )
    wong = by_title["Neutrino Cosmology"]  # Session 4, the first of Day 2
    assert (wong.start, wong.end, wong.people) == (
        datetime(2025, 3, 20, 9, 45, tzinfo=KOLKATA),
        datetime(2025, 3, 20, 10, 30, tzinfo=KOLKATA),
        ("Yvonne Wong",),
    )
    assert anna.location == "GFL"  # its section row: "Session 5 [GFL]"
    gandhi = by_title["Status of New Physics solutions to the LSND and MiniBooNE anomalies"]  # Session 8
    assert (gandhi.start, gandhi.people) == (datetime(2025, 3, 21, 9, 45, tzinfo=KOLKATA), ("Raj Gandhi",))
    spoken = [item for item in program.items if item.people]
    discussions = [item.start for item in program.items if item.title == "Discussions"]
    assert (len(spoken), len(discussions)) == (18, 9)
    assert len(program.items) == 39  # 18 talks, 9 discussions, 11 breaks and the inauguration
    assert datetime(2025, 3, 21, 15, 0, tzinfo=KOLKATA) in discussions


def test_a_grids_session_row_without_a_time_is_said_as_skipped() -> None:
    """The grids' first rows, `Session 4 [GFL]` alone in the middle cell, are no item: each is listed, none silent."""
    said = "\n".join(_prl().reading)
    assert all(f"a section row without a time: 'Session {n} [GFL]'" in said for n in range(1, 11))


def test_a_room_in_square_brackets_before_a_lines_title_is_its_room() -> None:
    """PRL 2025: `<span>9:45 AM - 10:15 AM</span><span> [K.R. Ramanathan Auditorium] </span><span> Inauguration`."""
    first = _prl().items[0]
    assert (first.title, first.location, first.start, first.end) == (
        "Inauguration",
        "K.R. Ramanathan Auditorium",
        datetime(2025, 3, 19, 9, 45, tzinfo=KOLKATA),
        datetime(2025, 3, 19, 10, 15, tzinfo=KOLKATA),
    )
    breaks = [item for item in _prl().items if not item.people and item.title != "Discussions"][1:]
    assert len(breaks) == 11 and all(item.location is None for item in breaks)  # "☕ High Tea + Photo" and the rest
