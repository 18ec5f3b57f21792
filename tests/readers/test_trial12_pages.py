"""Trial 12's schedule pages and paper list, read as their sources write them (PROVENANCE.md of each folder).

Expectations are typed from the sources: ICC 2025 RAS's session cards, LDAV 2019's HTML table in
Markdown, GandALF 2025's linked title with a colon, byteMAL 2024's open end, OTML 2023's
"Surname, I." authors before a linked title.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from program.model import Item, Kind, Program
from program.readers import ReadContext, detect_readers

DATA = Path(__file__).resolve().parent.parent / "data"


def _read(folder: str, name: str, context: ReadContext) -> tuple[str, Program]:
    text = (DATA / folder / name).read_text(encoding="utf-8")
    found = detect_readers(text)[0]
    return found.name, found.read(text, source=name, context=context)


def _clock(item: Item) -> tuple[str | None, str | None]:
    return (
        item.start.strftime("%H:%M") if item.start else None,
        item.end.strftime("%H:%M") if item.end else None,
    )


def test_icc25_talks_are_titled_by_their_headings_not_their_duration_badges() -> None:
    context = ReadContext(first_date=date(2025, 12, 17))
    reader, program = _read("html_pages", "icc25-ras-schedule.html", context)

    assert reader == "html-page"
    assert program.timezone == "Asia/Kolkata"  # "Indian Standard Time (IST/UTC +5:30)"
    assert [(item.title, *_clock(item), item.people) for item in program.items] == [
        ("Navigating the Affordance Landscape for Continual Agent Adaptation", "09:00", "09:45", ("Khimya Khetarpal",)),
        (
            "Adaptive Intelligence Across Domains: From Electric Grids to Subsurface Sensing",
            "09:45",
            "10:30",
            ("Niladri Das",),
        ),
        ("Coffee Break", None, None, ()),
        ("Formation Control and Rigidity: Graph Theoretic Underpinnings", "11:00", "11:45", ("Dwaipayan Mukherjee",)),
        ("Motion Planning and Guidance for Autonomous Systems", "11:45", "12:30", ("Satadal Ghosh",)),
        ("Lunch Break", None, None, ()),
        ("Lightning Talks", "14:00", "15:30", ()),
        ("Coffee Break", None, None, ()),
        (
            "Panel Discussion",
            "16:00",
            "17:30",
            (
                "M. Felix Orlando",
                "Harikumar Kandth",
                "Arnab Maity",
                "Ravi Prakash",
                "Abhishek Ghosh Roy",
                "Galib Rahaman Mallik",
                "Swarnava Dey",
            ),
        ),
    ]
    assert program.items[0].start == datetime(2025, 12, 17, 9, 0, tzinfo=ZoneInfo("Asia/Kolkata"))
    assert [item.kind for item in program.items if item.start is None] == [Kind.BREAK] * 3
    assert program.items[-1].kind is Kind.PANEL


VANCOUVER = ReadContext(timezone=ZoneInfo("America/Vancouver"))


def test_ldav2019_a_link_after_the_table_is_no_speaker_and_a_cells_second_line_is_an_event() -> None:
    reader, program = _read("pages", "ldav2019-program.md", VANCOUVER)
    by_title = {item.title: item for item in program.items}

    assert reader == "schedule-page"
    # `Best Paper Awards<br/>Closing Remarks`, then `</table>` and `[Video Showcase](https://vimeo.com/…)`
    assert (_clock(by_title["Closing Remarks"]), by_title["Closing Remarks"].people) == (("17:10", "17:30"), ())
    assert _clock(by_title["Best Paper Awards"]) == ("17:10", "17:30")
    assert _clock(by_title["Posters Fast Forward"]) == ("09:00", "09:20")  # `Opening Remarks<br/>Posters Fast Forward`
    assert all("Video Showcase" not in item.people for item in program.items)
    assert by_title["Opening Remarks"].start == datetime(2019, 10, 21, 9, 0, tzinfo=ZoneInfo("America/Vancouver"))
    # `**Vancouver Convention Centre East, Ballroom A**` under the date line: the day's room
    timed = [item for item in program.items if item.start is not None]
    assert {item.location for item in timed} == {"Vancouver Convention Centre East, Ballroom A"}
    assert len(timed) == 12


def test_ldav2019_a_sessions_papers_are_all_read_a_prize_line_between_title_and_authors() -> None:
    _, program = _read("pages", "ldav2019-program.md", VANCOUVER)
    by_title = {item.title: item for item in program.items}

    keynote = by_title["Visual Analysis in the Age of Data"]
    assert (keynote.sessions, keynote.people) == ((by_title["Keynote Presentation"].id,), ("Christopher R. Johnson",))
    # the session of four papers, three with a prize line between title and authors
    session = by_title["Session: Turbulence, Particles and Topology"]
    papers = [item for item in program.items if session.id in item.sessions]
    assert [(item.title, item.people[0], len(item.people)) for item in papers] == [
        ("Distributed Percolation Analysis for Turbulent Flows", "Anke Friederici", 6),
        ("A Lifeline-Based Approach for Work Requesting and Parallel Particle Advection", "Roba Binyahib", 4),
        (
            "Ranking Viscous Finger Simulations to an Acquired Ground Truth with Topology-aware Matchings",
            "Maxime Soler",
            6,
        ),
        ("Topology-Based Spectral Sparsification", "Amyra Meidiana", 5),
    ]
    assert all(item.start is None for item in papers)  # four papers in 80 minutes: the page times none of them
    feature = by_title["Session: Feature Tracking and Rendering"]
    assert len([item for item in program.items if feature.id in item.sessions]) == 4


def test_ldav2019_the_panels_title_and_people_are_the_lines_under_its_heading() -> None:
    _, program = _read("pages", "ldav2019-program.md", VANCOUVER)
    panel = next(item for item in program.items if item.kind is Kind.PANEL)

    assert (panel.title, _clock(panel), panel.label) == ("AI + VIS in the Era of Big Data", ("16:10", "17:10"), "Panel")
    assert panel.people == ("Chaoli Wang", "Remco Chang", "Joshua Levine", "Huamin Qu", "Han-Wei Shen")
    assert not any("not placed: 'Topology-Based" in said for said in program.reading)


def test_gandalf2025_the_list_of_accepted_papers_below_names_each_timed_papers_authors() -> None:
    context = ReadContext(first_date=date(2025, 9, 16), timezone=ZoneInfo("Europe/Malta"))
    _, program = _read("pages", "gandalf2025-program.md", context)
    by_title = {item.title: item for item in program.items}

    # `- Luca Aceto, …, and Anna Ingolfsdottir, *The Complexity of …*`: ten lines, each a paper (one-author ones too)
    assert len(program.papers) == 10
    assert {paper.title: paper.authors for paper in program.papers}["How Concise are Chains of co-Büchi Automata?"] == (
        "Rüdiger Ehlers",
    )
    # `|**13.30-14.00**| Generalised Reachability Games Revisited |`: the paper's oral, by its authors
    reachability = by_title["Generalised Reachability Games Revisited"]
    assert (reachability.kind, _clock(reachability)) == (Kind.ORAL, ("13:30", "14:00"))
    assert reachability.people == (
        "Sougata Bose",
        "Daniel Hausmann",
        "Soumyajit Paul",
        "Sven Schewe",
        "Tansholpan Zhanabekova",
    )
    assert by_title["Automaton-based Characterisation of First Order Logic over Infinite Trees"].people[1] == (
        "Dario Della Monica"
    )
    assert len([item for item in program.items if item.kind is Kind.ORAL]) == 10
    # the invited talks link to another page and are no paper of the list: not orals, nobody named
    assert (by_title["Quantitative Algebraic Reasoning"].kind, by_title["Quantitative Algebraic Reasoning"].people) == (
        Kind.OTHER,
        (),
    )


def test_gandalf2025_a_linked_title_with_a_colon_is_one_title() -> None:
    context = ReadContext(first_date=date(2025, 9, 16), timezone=ZoneInfo("Europe/Malta"))
    _, program = _read("pages", "gandalf2025-program.md", context)
    by_title = {item.title: item for item in program.items}

    mailbox = by_title["Mailbox Types: From Processes to Programming"]
    assert (_clock(mailbox), mailbox.people) == (("09:00", "10:00"), ())
    assert mailbox.start is not None and mailbox.start.date() == date(2025, 9, 16)
    assert _clock(by_title["Quantitative Algebraic Reasoning"]) == ("09:00", "10:00")
    assert len([item for item in program.items if item.start]) == 17


def test_bytemal2024_an_open_end_is_a_start_alone() -> None:
    _, program = _read("pages", "bytemal2024-program.md", ReadContext())

    assert [(item.title, *_clock(item)) for item in program.items][-3:] == [
        ("Panel discussion", "15:45", "16:45"),
        ("Prize-giving and closing", "16:45", "17:00"),
        ("Drinks", "17:00", None),  # `| 17:00 – ... | Drinks |`
    ]
    assert len(program.items) == 12
    assert program.items[-1].start == datetime(2024, 4, 24, 17, 0, tzinfo=ZoneInfo("Europe/Paris"))


def test_otml2023_surname_and_initials_before_a_linked_title_are_its_authors() -> None:
    reader, program = _read("paper_lists", "otml2023-accepted-papers.md", ReadContext())
    papers = program.papers

    assert reader == "paper-list"  # detected: before, "cannot tell the format"

    assert len(papers) == 39
    assert (papers[0].title, papers[0].authors) == (
        "Towards a Statistical Theory of Learning to Learn In-context with Transformers",
        ("Y. Mroueh",),
    )
    assert (papers[1].title, papers[1].authors) == (
        "Accelerating Motion Planning via Optimal Transport",
        ("A. Le", "G. Chalvatzaki", "A. Biess", "J. Peters"),
    )
    assert papers[2].authors == ("A. Das", "D. Nagaraj")  # `Das, A., Nagaraj D.`: the comma left out
    assert papers[5].authors == ("S. Nietert", "Z. Goldfeld", "S. Shafieezadeh-Abadeh")
    assert papers[-1].title == "Sliced Wasserstein Estimation with Control Variates"
    assert papers[-1].authors == ("K. Nguyen", "N. Ho")


def test_ldav2019_the_posters_under_their_own_heading_are_no_talks_of_the_last_session() -> None:
    # `# Posters` then `  * <a …>Bringing the Field into the Lab: …</a><br />` over `_Jillian Aurisano, …_`, after
    # the day's last session (`Best Paper Awards`, a table cell): a bullet over italic names under a session is its
    # talk (COMPAS 2026), but not across a heading
    _, program = _read("pages", "ldav2019-program.md", VANCOUVER)
    assert not [item.title for item in program.items if item.title.startswith("Bringing the Field into the Lab")]
    awards = next(item for item in program.items if item.title.startswith("Best Paper Awards"))
    assert not [item for item in program.items if awards.id in item.sessions]
