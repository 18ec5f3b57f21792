"""The saved-page (HTML) reader on real pages: what a table cell holds (titles, people, sessions, legends)."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from html_page_files import DATA, READER, bench, read_page
from program.errors import UsageError
from program.readers import detect_readers
from program.readers.base import ReadContext


def test_names_in_brackets_after_a_cells_title_are_its_people_and_a_lecture_label_a_talk() -> None:
    case = next(case for case in bench.CASES if case.name == "csama-2023-programme.md")

    lectures = [item for item in bench.read(case).items if item.label and item.label.startswith("Lecture")]

    assert [(item.title, item.people, item.kind.value) for item in lectures[:4]] == [
        ("Introduction to Bioconductor", ("Lori Kern",), "talk"),
        ("PCA and other low-dimensional embeddings", ("Charlotte Soneson",), "talk"),
        ("Statistical tests", ("Wolfgang Huber",), "talk"),
        ("Regression", ("Robert Gentleman",), "talk"),
    ]


def test_the_zone_a_page_names_is_found_by_the_html_reader_as_by_the_text_reader() -> None:
    # HAOC 2021 (trial 2, P10): "All times are in Pacific Time"; --format html-page asked for --timezone.
    text = (DATA.parent / "pages" / "haoc-2021.md").read_text(encoding="utf-8")

    program = READER.read(text, source="haoc-2021.md", context=ReadContext())

    assert program.timezone == "America/Los_Angeles"
    assert "time zone: America/Los_Angeles, from the page ('Pacific')" in program.reading


def test_a_cells_bold_title_and_italic_names_are_split() -> None:
    # AACL SRW 2023 (trial 2): "<b>Title</b> <br> <em>A, B and C</em>"; a keynote's bold label line.
    program = read_page("aacl2023srw-schedule.md")

    by_start = {item.start.strftime("%H:%M"): item for item in program.items if item.start}
    assert (by_start["09:45"].title, by_start["09:45"].people) == (
        "Cross-lingual Transfer Learning for Javanese Dependency Parsing",
        ("Fadli Aulawi Al Ghiffari", "Ika Alfina", "Kurniawati Azizah Haruya"),
    )
    keynote = by_start["09:05"]
    assert (keynote.title, keynote.people, keynote.label, keynote.kind.value) == (
        "Understanding and controlling neural networks through the problem they are trained to solve",
        ("Tom McCoy",),  # "Keynote information", a link inside the italics, is no name
        "Keynote Address",
        "keynote",
    )
    assert by_start["09:00"].title == "Welcome and Opening Remarks"  # the "pdf" link beside it left out
    assert by_start["10:30"].people == ()


def test_a_sessions_listed_talks_are_its_papers_and_a_panels_bold_names_its_people() -> None:
    # SecHOPE 2023 (trial 3): "Session 1 – … <ul><li>Title, <b>Speaker</b></li>…</ul>".
    program = read_page("sechope23-program.md", "America/Los_Angeles", date(2023, 5, 25))

    session = next(item for item in program.items if item.title == "Session 1 – Protection and Recovery")
    talks = [item for item in program.items if item.sessions == (session.id,)]
    assert [(talk.title, talk.people, talk.start, talk.day) for talk in talks] == [
        (
            "Can’t Keep Them Away: The Failures of Anti-Stalking Protocols in Personal Item Tracking Devices",
            ("Kieron Ivy Turk",),
            None,
            date(2023, 5, 25),
        ),
        (
            "SnuggleSense: Empowering Online Harm Survivors Through a Sensemaking Process",
            ("Sijia Xiao",),
            None,
            date(2023, 5, 25),
        ),
        (
            "Account Security Interfaces: Important, Unintuitive, and Untrustworthy",
            ("Marina Bohuk",),
            None,
            date(2023, 5, 25),
        ),
    ]
    assert session.people == ()
    panel = next(item for item in program.items if item.title == "Industry Panel")
    assert panel.people == (
        "Lea Kissner",
        "Yoel Roth",
        "Alison Huffman",
        "Laura Edelson",
    )  # the moderator after the list
    assert sum(1 for item in program.items if item.sessions) == 7


def test_a_list_of_notes_in_a_cell_is_not_read_as_talks() -> None:
    # CSAMA 2023: "Flashlight talks" beside "<li>selected from participants</li>": no one named in bold.
    case = next(case for case in bench.CASES if case.name == "csama-2023-programme.md")

    assert not any(item.sessions for item in bench.read(case).items)


def test_a_page_table_without_a_date_asks_for_it_in_a_pages_words() -> None:
    raw = (DATA / "sechope23-program.md").read_text(encoding="utf-8")
    context = ReadContext(timezone=ZoneInfo("America/Los_Angeles"))

    with pytest.raises(UsageError) as raised:
        READER.read(raw, source="sechope23-program.md", context=context)

    message = str(raised.value)
    assert "the page's times in the table at line 9 have no date" in message and "--date" in message
    assert "sheet" not in message and "column" not in message


def test_an_open_start_row_and_a_rowspan_over_it_and_an_italic_title_before_a_name() -> None:
    # IICCSSS 2023: "After 19:00 (Evening program)" starts three items at 19:00 (no end); Thursday's
    # Hackathon spans 15:15–16:15, 16:30–17:30, an empty row and that row: it ends at 17:30.
    program = read_page("iiccsss-2023-program.md", "Europe/Berlin", date(2023, 9, 11))
    berlin = ZoneInfo("Europe/Berlin")

    def at(day: int, hour: int, minute: int) -> datetime:
        return datetime(2023, 9, day, hour, minute, tzinfo=berlin)

    evening = [(item.title, item.start, item.end) for item in program.items if item.start and item.start.hour == 19]
    assert evening == [
        ("City rallye", datetime(2023, 9, 11, 19, 0, tzinfo=berlin), None),
        ("BBQ", datetime(2023, 9, 12, 19, 0, tzinfo=berlin), None),
        ("Dinner", datetime(2023, 9, 13, 19, 0, tzinfo=berlin), None),
    ]
    hackathon = next(item for item in program.items if item.title == "Hackathon" and item.start == at(14, 15, 15))
    assert hackathon.end == at(14, 17, 30)
    workshop = next(item for item in program.items if item.start == at(13, 9, 30))
    assert (workshop.title, workshop.people) == ("Workshop", ("Marcel Binz",))  # "<em> Workshop </em> Marcel Binz"
    assert not program.problems


def test_a_legend_tables_css_class_gives_a_kind_to_cells_whose_title_names_none() -> None:
    # IICCSSS 2023: `<td class="table-primary">Invited talks</td>` in the legend under the schedule.
    program = read_page("iiccsss-2023-program.md", "Europe/Berlin", date(2023, 9, 11))

    kinds = {(item.title, item.people): item.kind.value for item in program.items}
    assert kinds[("Title TBA", ("Maria Eckstein",))] == "invited-talk"
    assert kinds[("Keynote I", ("Peter Dayan",))] == "keynote"  # its title's kind, not the colour's
    assert kinds[("Registration", ())] == "other"  # "Participants and organisers" names no kind


def test_a_label_beside_a_list_is_the_title_and_the_list_its_details() -> None:
    # CSAMA 2023's evening: "<strong>Demos</strong> | <ul><li>Group projects (…)</li>…</ul>".
    case = next(case for case in bench.CASES if case.name == "csama-2023-programme.md")

    demos = next(
        item for item in bench.read(case).items if item.start and item.start.hour == 20 and item.start.minute == 30
    )

    assert (demos.title, demos.kind.value, demos.people) == ("Demos", "demo", ())
    assert demos.abstract is not None and demos.abstract.startswith(
        "Group projects (Vincent Carey, Robert Gentleman)\n"
    )


def test_row_header_times_a_colspan_title_and_a_day_in_brackets() -> None:
    # PERLS 2021: `<th scope="row">8:00am</th>`, an `Event` header over two columns whose first holds
    # a theme down three rows, "## Workshop Day 2 (Tuesday, December 14th)" between the tables.
    name = "perls-2021-schedule.md"
    raw = (DATA / name).read_text(encoding="utf-8")
    program = read_page(name, "America/New_York", date(2021, 12, 13))
    new_york = ZoneInfo("America/New_York")

    assert [reader.name for reader in detect_readers(raw)] == ["html-page"]
    by_start = {item.start: item for item in program.items if item.start}
    lightning = by_start[datetime(2021, 12, 13, 9, 0, tzinfo=new_york)]
    assert (lightning.title, lightning.end, lightning.abstract) == (
        "Lightning talks 1",
        datetime(2021, 12, 13, 10, 0, tzinfo=new_york),
        "Theme 1: (To Be Announced)",
    )
    assert by_start[datetime(2021, 12, 14, 12, 0, tzinfo=new_york)].title == "Lunch break (1hr)"  # "12:00 Noon"
    assert by_start[datetime(2021, 12, 14, 8, 5, tzinfo=new_york)].title == "Keynote 3"  # not day 2 of December


def test_a_day_heading_that_is_no_real_date_is_an_error_not_a_traceback() -> None:
    page = (
        "<h2>Tuesday, December 13th</h2>"
        "<table><tr><td>9:00</td><td>Talk</td></tr><tr><td>10:00</td><td>Q&amp;A</td></tr></table>"
    )
    context = ReadContext(first_date=date(2021, 12, 1), timezone=ZoneInfo("UTC"))

    program = READER.read(page, source="page.html", context=context)

    assert [problem.code for problem in program.problems] == ["unreadable-page-day"]
    assert "is not a Tuesday" in program.problems[0].message
