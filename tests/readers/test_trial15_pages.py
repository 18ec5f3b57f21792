"""Trial 15's schedule pages, read as their sources write them (PROVENANCE.md of each folder).

Expectations are typed from the sources: Agile France 2013 writes `<h4>1 - Belvédère</h4>` over each room's
`<ul>` and `10:00 - 11:00 - Le serveur qui fait ping -   <a href="/bios/…">Jonathan Perret</a> et <a …>Emmanuel
Gaillot</a>`; EAAE 2023 `<b>Parallel sessions 1</b> 9:00 am - 10:30 am`; 3DOR 2021 `<td>3DOR Full Paper <div
class="font-italic">(video / live Q&amp;A)</div></td> <td><a …>Title</a> <div class="font-italic">(Authors)</div>`;
AMTE 2021 `---` rules between its blocks and `Moderator: Irina Demeshko` over the panel; A3Net 2024 `* 12-13
Registration` under `### Monday (Sept 2)`.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from program.model import Kind
from program.readers import ReadContext, detect_readers
from program.readers.html_lines import title_people
from program.readers.html_page import HtmlPageReader

from helpers import read_detected

PARIS = ZoneInfo("Europe/Paris")
ROME = ZoneInfo("Europe/Rome")
LONDON = ZoneInfo("Europe/London")
TOKYO = ZoneInfo("Asia/Tokyo")


def test_agile_france_room_headings_over_parallel_lists_are_rooms() -> None:
    name, program = read_detected("html_pages", "agilefrance2013-programme.html", ReadContext(date(2013, 5, 23), PARIS))

    assert name == "html-page"
    assert len(program.items) == 73
    by_title = {item.title: item for item in program.items}
    ping = by_title["Le serveur qui fait ping"]
    assert (ping.start, ping.end, ping.location) == (
        datetime(2013, 5, 23, 10, 0, tzinfo=PARIS),
        datetime(2013, 5, 23, 11, 0, tzinfo=PARIS),
        "1 - Belvédère",
    )
    assert ping.people == ("Jonathan Perret", "Emmanuel Gaillot")  # "… et …": two speakers
    # `<h4>2 - Chalet RdC</h4>`'s first item, beside room 1's at 9:30
    assert by_title["Atelier RH Team"].location == "2 - Chalet RdC"
    rooms = {item.location for item in program.items}
    assert rooms == {
        "1 - Belvédère",
        "2 - Chalet RdC",
        "3 - Chalet 1er étage",
        "4 - Chalet 1er étage",
        "5 - Chalet 1er étage",
        "6 - Fermette",
    }
    # a title with its own " - ", and the day after `<h3>vendredi 24</h3>`
    seeing = by_title["Je vois ! - Ou comment la visualisation non conventionnelle contribue à des projets agiles"]
    assert seeing.people == ("Egor Sviridenko",)
    staff = by_title["Mot du bureau de l'association Agile France"]  # a link to a bio, though no name's shape
    assert (staff.people, staff.start) == (
        ("Bureau association Agile France",),
        datetime(2013, 5, 24, 9, 0, tzinfo=PARIS),
    )
    three = by_title["Transformation agile à grande échelle : 18 mois plus tard"]
    assert three.people == ("Clémo Charnay", "Myriam Roux", "Céline STAUDER")
    assert not [problem for problem in program.problems if problem.code == "overlap"]
    assert any("rooms from the headings over lists that run side by side" in line for line in program.reading)


def test_headings_over_lists_one_after_another_are_no_rooms() -> None:
    page = (
        "<html><body><h3>Monday, 3 June 2024</h3><h4>Morning</h4><ul><li>09:00 - 10:00 - Opening talk</li>"
        "<li>10:00 - 11:00 - Second talk</li></ul><h4>Afternoon</h4><ul><li>14:00 - 15:00 - Third talk</li></ul>"
        "</body></html>"
    )
    program = HtmlPageReader().read(page, source="a.html", context=ReadContext(None, PARIS))

    assert [(item.title, item.location) for item in program.items] == [
        ("Opening talk", None),
        ("Second talk", None),
        ("Third talk", None),
    ]


def test_eaae_titles_before_their_times_areread_detected() -> None:
    name, program = read_detected("html_pages", "eaae2023-programme.html", ReadContext(None, ROME))

    assert name == "html-page"
    assert len(program.items) == 25
    first = program.items[0]
    assert (first.title, first.start, first.end) == (
        "PhD Workshop registration",
        datetime(2023, 8, 30, 8, 30, tzinfo=ROME),
        datetime(2023, 8, 30, 9, 0, tzinfo=ROME),
    )
    by_start = {(item.start, item.title): item for item in program.items}
    tour = "Walking tour, Valentino Castle (free partecipation)"  # `<b>Walking tour</b>, Valentino Castle (…) 2:00 pm`
    walking = by_start[(datetime(2023, 8, 30, 14, 0, tzinfo=ROME), tour)]
    assert walking.end == datetime(2023, 8, 30, 15, 0, tzinfo=ROME)
    # `<b>Closing Keynote Speech 4</b> 11:00 am - 12:00 am`: noon, after a morning start
    closing = by_start[(datetime(2023, 9, 1, 11, 0, tzinfo=ROME), "Closing Keynote Speech 4")]
    assert closing.end == datetime(2023, 9, 1, 12, 0, tzinfo=ROME)
    gala = by_start[(datetime(2023, 8, 31, 20, 0, tzinfo=ROME), "Gala dinner")]
    assert gala.end is None  # `<i>Gala dinner</i> 8:00 pm`: a start only
    assert by_start[(datetime(2023, 9, 2, 10, 0, tzinfo=ROME), "All-day excursion")].end == datetime(
        2023, 9, 2, 16, 0, tzinfo=ROME
    )
    # `<i>Free evening for participants<br>Council Dinner</i> 8:00pm`: the first line has no time
    assert "eaae2023-programme.html:217: not placed: Free evening for participants" in program.reading


def test_3dor_label_column_then_the_papers_title_and_authors() -> None:
    name, program = read_detected("html_pages", "3dor2021-programme.html", ReadContext(None, None))

    assert name == "html-page"
    assert len(program.items) == 22
    by_start = {item.start: item for item in program.items}
    survey = by_start[datetime(2021, 9, 2, 14, 10, tzinfo=LONDON)]
    assert survey.title == (
        "A Comprehensive Survey of LIDAR-Based 3D Object Detection Methods with Deep Learning for Autonomous Driving"
    )
    assert survey.people == ("Georgios Zamanakos", "Lazaros Tsochatzidis", "Angelos Amanatiadis", "Ioannis Pratikakis")
    assert survey.label == "3DOR Full Paper"
    keynote = by_start[datetime(2021, 9, 2, 13, 10, tzinfo=LONDON)]
    assert (keynote.title, keynote.people, keynote.kind) == (
        "Learning to See in the Data Age",
        ("Alexander M. Bronstein",),  # "Prof. Alexander M. Bronstein"
        Kind.KEYNOTE,
    )
    opening = by_start[datetime(2021, 9, 2, 13, 0, tzinfo=LONDON)]
    assert (opening.title, opening.people) == ("Workshop opening", ())  # beside `(Chairs)`, a note
    assert by_start[datetime(2021, 9, 3, 14, 20, tzinfo=LONDON)].title == "Break"


def test_amte_2021_rules_end_blocks_and_the_moderator_is_the_panels() -> None:
    name, program = read_detected("pages", "amte2021-program.md", ReadContext(None, None))

    assert name == "schedule-page"
    titles = [item.title for item in program.items]
    assert "---" not in titles
    assert {"Morning Break", "Lunch Break", "Coffee Break"} <= set(titles)
    by_title = {item.title: item for item in program.items}
    assert by_title["Coffee Break"].people == ()
    assert by_title["Panel discussion"].people == ("Irina Demeshko",)
    keynote = by_title["Keynote Talk"]  # `[Keynote Talk](keynote) (Thomas Fahringer, UIBK)`
    assert (keynote.people, keynote.kind) == (("Thomas Fahringer",), Kind.KEYNOTE)
    assert by_title["Invited talk"].people == ("Daisy S. Hollman",)  # "(Daisy S. Hollman, Google, USA)"
    assert not any("'---'" in line for line in program.reading)
    # a session's chair over several papers is no one paper's: listed
    assert "amte2021-program.md:22: note: not placed: 'Chair: Patrick Diehl'" in program.reading


def test_a3net_hour_only_items_and_the_lecture_on_the_next_line() -> None:
    name, program = read_detected("pages", "a3net2024-readme.md", ReadContext(date(2024, 9, 2), TOKYO))

    assert name == "schedule-page"
    assert len(program.items) == 11
    first = program.items[0]
    assert (first.title, first.start, first.end) == (
        "Registration",
        datetime(2024, 9, 2, 12, 0, tzinfo=TOKYO),
        datetime(2024, 9, 2, 13, 0, tzinfo=TOKYO),
    )
    lecture = program.items[1]  # `* 13-16 lecture+hands on\` over `[Makoto Uemura: statistical modeling + …](…)`
    assert (lecture.title, lecture.people, lecture.label, lecture.kind) == (
        "statistical modeling + shallow ML",
        ("Makoto Uemura",),
        "lecture+hands on",
        Kind.TALK,
    )
    hack = program.items[5]  # `* 14- hack`: a start only, the day's last
    assert (hack.title, hack.start, hack.end) == ("hack", datetime(2024, 9, 3, 14, 0, tzinfo=TOKYO), None)
    assert program.items[-1].start == datetime(2024, 9, 6, 9, 0, tzinfo=TOKYO)
    assert not any(": note: not placed:" in line for line in program.reading)


def test_bare_numbers_in_prose_make_no_times() -> None:
    text = "# Notes\n\nTeams of 3-4 people.\n\n* 3-4 people a team\n* 10:00-11:00 Talk\n* 11:00-12:00 Talk\n"

    assert [reader.name for reader in detect_readers(text)] == ["schedule-page"]
    [reader] = detect_readers(text)
    program = reader.read(text, source="a.md", context=ReadContext(date(2024, 9, 2), TOKYO))
    assert [item.title for item in program.items] == ["Talk", "Talk"]


def test_linked_words_after_the_dash_are_people_only_when_no_place_or_linked_title() -> None:
    assert title_people("Talk - Bureau association Agile France", ["Bureau association Agile France"]) == (
        "Talk",
        ("Bureau association Agile France",),
    )
    assert title_people("Talk - Main Hall", ["Main Hall"]) == ("Talk - Main Hall", ())  # a place's word
    # the title a link too: the link after it may be its paper's, not a person's
    assert title_people("On Engines - Full Paper Text", ["On Engines", "Full Paper Text"]) == (
        "On Engines - Full Paper Text",
        (),
    )
