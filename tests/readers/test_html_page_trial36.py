"""Trial 36's Blade pages: session cards in room tabs with `Speakers:` bodies, and a Chinese page of day tables.

Every field of every slot is compared with the expectations in `test_html_page_expectations.py` (FIRST_SIGHT);
here, what each page taught the reader.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from html_page_files import read_page
from program.errors import UsageError
from program.loading import load_program
from program.readers import ReadContext
from program.readers.html_page import HtmlPageReader
from program.readers.lines.names import names_in
from program.readers.notation.dates import DateError, parse_date
from program.readers.notation.times import parse_span
from program.settings import FeedSpec, Settings

from helpers import ROOT

DA_NANG = ZoneInfo("Asia/Ho_Chi_Minh")
NANJING = ZoneInfo("Asia/Shanghai")
GEM = "gem2019-timeline.blade.php"
VICTOR = "victor2017-conference.blade.php"
HTML_PAGES = ROOT / "tests" / "data" / "html_pages"


def test_room_tabs_over_parallel_panes_are_rooms_and_the_day_tab_dates_the_cards() -> None:
    # `<a role="tab" href="#day-29">29-08-2019</a>` over the panes of `Vòng I`, `Vòng II`, `Vòng III`: no --date
    program = read_page(GEM, "Asia/Ho_Chi_Minh")

    assert len(program.items) == 32
    assert {item.start.date() for item in program.items if item.start} == {date(2019, 8, 29)}
    assert [sum(item.location == room for item in program.items) for room in ("Vòng I", "Vòng II", "Vòng III")] == [
        15,
        9,
        8,
    ]
    assert "rooms from the tabs over panes that run side by side: Vòng I, Vòng II, Vòng III" in program.reading
    breaks = [item for item in program.items if item.title == "Break"]
    assert [(item.location, item.start) for item in breaks] == [
        (room, datetime(2019, 8, 29, 12, 30, tzinfo=DA_NANG)) for room in ("Vòng I", "Vòng II", "Vòng III")
    ]
    assert not program.problems


def test_speakers_under_a_role_heading_in_a_cards_collapsed_body_are_its_people() -> None:
    program = read_page(GEM, "Asia/Ho_Chi_Minh")
    people = {item.title: item.people for item in program.items}

    assert people["Instant AI"] == ("Joe Ruelle",)  # `Joe Ruelle (Google Singapore)`
    # the moderator is among a panel's people, as a `Moderator:` line's are in a page's lines
    assert people["Panel discussion: Startup Capitals: Beyond the dollars"] == (
        "Vu Kim Hanh",
        "Phan Hoang Lan",
        "Thang Le",
        "Nguyen Tuan Anh",
        "Bung Tran",
    )
    # `Nicole Nguyen (IBL) &. Long Vuong (Tomochain)`; "Do" is a surname (Đỗ) in a list of names
    assert people["Fireside Chat: Fireside Chat: Blockchain Untangled and Stories Untold"] == (
        "Nicole Nguyen",
        "Long Vuong",
    )
    surfing = next(item for item in program.items if item.title.startswith("SURFING"))
    assert surfing.people[-2:] == ("Do Le Kim Hue", "Tu Thu Hien")
    assert people["Da Nang Government Welcome Remarks"] == ()  # an empty body


def test_a_page_of_session_cards_dated_by_its_tab_asks_only_for_the_zone() -> None:
    with pytest.raises(UsageError, match="pass --timezone") as raised:
        read_page(GEM)

    assert "--date" not in str(raised.value)


def test_tabs_over_panes_one_after_another_are_no_rooms() -> None:
    page = """<html><body>
    <ul><li><a role="tab" href="#am">Morning</a></li><li><a role="tab" href="#pm">Afternoon</a></li></ul>
    <div id="am"><p>9:00 - 10:00</p><h4>Opening talk</h4><p>10:00 - 11:00</p><h4>Second talk</h4></div>
    <div id="pm"><p>14:00 - 15:00</p><h4>Third talk</h4><p>15:00 - 16:00</p><h4>Closing</h4></div>
    </body></html>"""
    context = ReadContext(first_date=date(2026, 3, 2), timezone=DA_NANG)

    program = HtmlPageReader().read(page, source="tabs.html", context=context)

    assert [item.title for item in program.items] == ["Opening talk", "Second talk", "Third talk", "Closing"]
    assert {item.location for item in program.items} == {None}


def test_a_chinese_day_table_with_a_place_column_reads_every_day_and_its_rooms() -> None:
    # `8:30起` (from 8:30) opens the first table; `8月23 周三` heads the second without 日
    program = read_page(VICTOR, "Asia/Shanghai", date(2017, 8, 22))

    assert len(program.items) == 16
    assert [item.start.date() for item in program.items if item.start].count(date(2017, 8, 23)) == 7
    check_in = program.items[0]
    assert (check_in.title, check_in.start, check_in.end, check_in.location) == (
        "会议报到",
        datetime(2017, 8, 22, 8, 30, tzinfo=NANJING),
        datetime(2017, 8, 22, 11, 30, tzinfo=NANJING),  # a start alone ends when the day's next row starts
        "国际青年会议酒店 大堂",
    )
    breakfast = next(item for item in program.items if item.title == "早餐")
    assert (breakfast.start, breakfast.location, breakfast.kind.value) == (
        datetime(2017, 8, 23, 6, 30, tzinfo=NANJING),
        "国际青年会议酒店 餐厅",
        "break",
    )
    show = program.items[2]  # `国际青年文化中心：` over four sub-place rows, which are no items
    assert (show.title, show.location) == ("产品展示与订货", "国际青年文化中心")
    checkout = program.items[-1]
    assert (checkout.title, checkout.location) == ("嘉宾退房/返程", "国际青年会议酒店")
    assert (
        "table 3 (line 108): no header: times in the first column, the next the title, then its place (read as "
        "the room)" in program.reading
    )
    assert not program.problems


def test_a_first_date_whose_weekdays_do_not_fit_the_day_headings_is_an_error_at_each_table() -> None:
    program = read_page(VICTOR, "Asia/Shanghai", date(2018, 8, 22))

    assert [(problem.code, problem.source.line if problem.source else None) for problem in program.problems] == [
        ("unreadable-page-day", 15),
        ("unreadable-page-day", 66),
        ("unreadable-page-day", 108),
    ]
    assert "2018-08-23 is not a Wednesday" in program.problems[1].message


@pytest.mark.parametrize(
    ("written", "minutes"), [("8:30起", 510), ("8:30 起", 510), ("18:00开始", 1080), ("9:00開始", 540)]
)
def test_a_start_with_the_chinese_from_after_it_is_a_start_alone(written: str, minutes: int) -> None:
    span = parse_span(written)

    assert (span.start.minutes, span.end) == (minutes, None)


@pytest.mark.parametrize(
    ("written", "month", "day", "weekday"),
    [("8月23 周三", 8, 23, 2), ("8月23 星期三", 8, 23, 2), ("8月23号", 8, 23, None), ("8月23（水）", 8, 23, 2)],
)
def test_a_chinese_day_without_its_ri_before_a_weekday_is_a_date(
    written: str, month: int, day: int, weekday: int | None
) -> None:
    found = parse_date(written)

    assert (found.month, found.day, found.weekday) == (month, day, weekday)


def test_a_month_and_a_number_alone_stay_no_date() -> None:
    with pytest.raises(DateError):
        parse_date("8月23")  # a number after the month with neither 日 nor a weekday: no heading of a day


def test_a_vietnamese_do_opening_a_name_among_names_is_a_name() -> None:
    assert names_in("Trinh Thi Hong, Do Le Kim Hue", words=2) == ("Trinh Thi Hong", "Do Le Kim Hue")
    assert names_in("Do Le Kim Hue", words=2) is None  # alone, "Do …" may open a title
    assert names_in("Nicole Nguyen &. Long Vuong", words=2) == ("Nicole Nguyen", "Long Vuong")


def test_a_speakers_section_after_the_cards_gives_the_last_card_no_people() -> None:
    page = """<html><body>
    <div><p>9:00 - 10:00</p><h4>Opening talk</h4></div><div><p>10:00 - 11:00</p><h4>Closing talk</h4></div>
    <h2>Speakers</h2><p>Ada Lovelace, University of London</p><p>Charles Babbage, Cambridge</p>
    </body></html>"""
    context = ReadContext(first_date=date(2026, 3, 2), timezone=DA_NANG)

    program = HtmlPageReader().read(page, source="cards.html", context=context)

    assert [(item.title, item.people) for item in program.items] == [("Opening talk", ()), ("Closing talk", ())]


def test_a_template_without_a_title_is_named_by_its_file_without_its_template_extensions() -> None:
    # GEM's page names its event only in the layout it extends: the program was titled "gem2019-timeline.blade"
    settings = Settings(feeds=(FeedSpec(HTML_PAGES / GEM),), timezone=DA_NANG)
    assert load_program(settings).program.title == "gem2019-timeline"
