"""Trial 38's pages: NAV IT-dagen 2022 (a header of tracks under its first slots), PSITE-7 2018 (time, title, speaker).

Every field of every slot is compared with the expectations (from the source) in `test_html_page_expectations.py`;
here the shapes each page showed, and small tables of the same shapes.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from html_page_files import read_page
from program.model import Kind
from program.readers import ReadContext
from program.readers.html_page import HtmlPageReader

OSLO = ZoneInfo("Europe/Oslo")
MANILA = ZoneInfo("Asia/Manila")
NITD = "nitd2022-program.md"
PSITE = "psite7-2018-program.php"


def _read(html: str, zone: ZoneInfo = OSLO, first: date | None = date(2022, 5, 31)) -> list[tuple[object, ...]]:
    program = HtmlPageReader().read(html, source="t.html", context=ReadContext(first_date=first, timezone=zone))
    return [
        (item.title, item.start and item.start.strftime("%H:%M"), item.end and item.end.strftime("%H:%M"),
         item.people, item.location)
        for item in program.items
    ]  # fmt: skip


def test_a_header_of_tracks_under_the_first_slots_is_read_as_tracks_as_rooms() -> None:
    program = read_page(NITD, "Europe/Oslo", date(2022, 5, 31))

    assert "table 1 (line 8): tracks as rooms: SPOR 1, SPOR 2, SPOR 3; times from FRA, TIL" in program.reading
    assert {item.location for item in program.items} == {None, "SPOR 1", "SPOR 2", "SPOR 3"}
    talk = next(item for item in program.items if item.title == "Erfaringer med dbt")
    assert (talk.start, talk.end, talk.people, talk.location) == (
        datetime(2022, 5, 31, 10, 30, tzinfo=OSLO),
        datetime(2022, 5, 31, 10, 50, tzinfo=OSLO),
        ("Patrick", "Ivar"),
        "SPOR 3",
    )  # `Patrick || Ivar <br /> "Erfaringer med dbt" (20 min)`: the length stated is no part of the title


def test_a_rowspan_into_a_full_width_break_ends_before_it() -> None:
    # `<td rowspan="4">Rituvsh Kumar …</td>` from 12:25; its fourth row is the PAUSE across the three tracks at 13:05
    program = read_page(NITD, "Europe/Oslo", date(2022, 5, 31))

    talk = next(item for item in program.items if item.title == "Hvordan PDL fungere i dag i NAV")
    assert (talk.start, talk.end) == (
        datetime(2022, 5, 31, 12, 25, tzinfo=OSLO),
        datetime(2022, 5, 31, 13, 5, tzinfo=OSLO),
    )
    assert not [problem for problem in program.problems if problem.code == "overlap"]


def test_a_keynote_cells_name_title_lines_are_its_talks_and_a_breaks_note_names_nobody() -> None:
    program = read_page(NITD, "Europe/Oslo", date(2022, 5, 31))

    session = next(item for item in program.items if item.title == "KEYNOTE")
    talks = [item for item in program.items if session.id in item.sessions]
    assert [(talk.title, talk.people, talk.kind) for talk in talks] == [
        ("Design og produktutvikling", ("Fredrik Scheide",), Kind.KEYNOTE),
        ("Digitalisering kveler viktig kunnskap", ("Tor Sporsem",), Kind.KEYNOTE),
    ]
    assert session.people == ()
    breaks = [item for item in program.items if item.kind is Kind.BREAK]
    assert [(item.title, item.people) for item in breaks] == [("PAUSE", ()), ("LUNCH", ()), ("PAUSE", ())]


def test_a_later_header_of_swedish_times_and_tracks_is_read_under_its_caption() -> None:
    html = """<table>
    <tr><td colspan="4">Tisdag 3 december 2024</td></tr>
    <tr><td>09:00</td><td>09:30</td><td colspan="2">Välkommen</td></tr>
    <tr><td>Från</td><td>Till</td><td>Speaker - Sal A</td><td>Speaker - Sal B</td></tr>
    <tr><td>09:30</td><td>10:00</td><td>Ada Lovelace <br> "Engines"</td><td>Mary Somerville "Stars" (30 min)</td></tr>
    <tr><td>10:00</td><td>10:30</td><td>Charles Babbage - "Difference" (?)</td><td></td></tr>
    </table>"""

    assert _read(html, first=None) == [
        ("Välkommen", "09:00", "09:30", (), None),
        ("Engines", "09:30", "10:00", ("Ada Lovelace",), "Sal A"),
        ("Stars", "09:30", "10:00", ("Mary Somerville",), "Sal B"),
        ("Difference", "10:00", "10:30", ("Charles Babbage",), "Sal A"),
    ]


def test_a_time_cell_spanning_rows_times_each_and_the_third_column_names_the_speaker() -> None:
    program = read_page(PSITE, "Asia/Manila")

    assert "3 tables, 0 lists, 35 items, 10 people" in program.reading
    rows = [(item.title, item.start, item.people, item.abstract) for item in program.items[4:6]]
    assert rows == [
        (
            "Welcome Address",
            datetime(2018, 4, 12, 14, 0, tzinfo=MANILA),
            ("Liberato Lupot, Jr.",),
            "Dean, College of Engineering and Technology\nUniversity of Bohol",
        ),
        (
            "Regional Convention Overview",
            datetime(2018, 4, 12, 14, 0, tzinfo=MANILA),
            ("Norma Apao",),
            "Convention Chair",
        ),
    ]
    papers = [item for item in program.items if item.title.startswith("Paper")]
    assert [item.people for item in papers] == [("Eric Maglo",), ("John Leeroy Gadiane",), (), (), ()]  # `-`: nobody


def test_a_list_cell_is_an_item_an_entry_and_a_wide_cell_of_lines_is_titled_by_its_first() -> None:
    program = read_page(PSITE, "Asia/Manila")

    one = datetime(2018, 4, 12, 13, 0, tzinfo=MANILA)
    assert [item.title for item in program.items if item.start == one] == [
        "Registration / Check-in",
        "Invocation and National Anthem",
        "Presentation of Participants",
    ]
    recap = next(item for item in program.items if item.start == datetime(2018, 4, 13, 8, 0, tzinfo=MANILA))
    assert (recap.title, recap.abstract) == ("Registration", "Recap of the Prvious Day's Activities")
    games = next(item for item in program.items if item.title.startswith("Plenary Talk 3"))
    assert (
        games.title == "Plenary Talk 3: Harnessing Games Technology for Educational Transformation"
    )  # beside a speaker


def test_one_slots_table_with_a_spanning_time_is_left_to_the_slot_reading() -> None:
    # a lone time cell spanning the title and a speaker row stays one slot's table (CMMCA 2024's shape), not two rows
    html = """<h3>Friday, May 3, 2024</h3><table>
    <tr><td rowspan="2">8:05-8:35 AM</td><td>Learning to See</td></tr>
    <tr><td>KEYNOTE - Dr. Lequan Yu, University of Hong Kong</td></tr></table>"""

    assert _read(html, MANILA, None) == [("Learning to See", "08:05", "08:35", ("Lequan Yu",), None)]
