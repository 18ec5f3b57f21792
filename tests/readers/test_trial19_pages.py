"""Trial 19's saved pages, not in English, read as their sources write them (tests/data/html_pages/PROVENANCE.md).

JSP 2026 (Japanese) writes a grid a day whose every slot is a card: a kind badge over the title, and
the slot's own time under them (`<span class="badge">Oral</span><br>一般口演 No.3` / `09:00–10:00`).
MOPCON 2012 (Chinese) writes Bootstrap divs under `<h2>10/27 議程表</h2>`: a `time` div with the room
over the time, a `name` div (the speakers) and a `head` div (the title).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import lxml.html
import pytest

from program.errors import ParseError, UsageError
from program.model import Kind
from program.readers import ReadContext
from program.readers.html_page import HtmlPageReader
from program.readers.html_slot_cards import slot_card
from program.readers.html_wide_text import joined_lines
from program.readers.lines.day_headings import day_heading

from helpers import ROOT, read_detected

TOKYO = ZoneInfo("Asia/Tokyo")
TAIPEI = ZoneInfo("Asia/Taipei")
MOPCON = "mopcon2012-session.php"


def test_jsp_cards_are_titled_by_their_text_after_the_badge_which_is_their_label() -> None:
    name, program = read_detected("html_pages", "jsp95-2026-program.html", ReadContext(None, TOKYO))

    assert name == "html-page"
    assert len(program.items) == 41  # 8 + 7 + 26 `<div class="slot">` cards
    by_line = {item.source.line: item for item in program.items}
    meeting = by_line[206]  # `<span class="badge">Meeting</span><br>機関誌運営委員会` / `13:00–14:00`
    assert (meeting.title, meeting.label, meeting.kind, meeting.people) == (
        "機関誌運営委員会",
        "Meeting",
        Kind.OTHER,
        (),
    )
    assert (meeting.start, meeting.end) == (
        datetime(2026, 3, 20, 13, tzinfo=TOKYO),
        datetime(2026, 3, 20, 14, tzinfo=TOKYO),
    )
    orals = [item for item in program.items if item.label == "Oral"]
    assert len(orals) == 22 and {item.kind for item in orals} == {Kind.ORAL}
    assert sorted(int(item.title.rpartition(".")[2]) for item in orals) == list(range(1, 23))  # 一般口演 No.1 … No.22
    assert not any(item.people for item in program.items)  # no title or time range taken for a speaker
    assert not {item.title for item in program.items} & {"Meeting", "Oral", "Session", "Poster", "Break"}


def test_jsp_card_time_wins_over_the_rows_it_is_written_in() -> None:
    _, program = read_detected("html_pages", "jsp95-2026-program.html", ReadContext(None, TOKYO))
    by_title = {item.title: item for item in program.items}

    opening = by_title["開会式"]  # written in the 08:30–09:00 row, its card says 08:50–09:00
    assert (opening.start, opening.end) == (
        datetime(2026, 3, 21, 8, 50, tzinfo=TOKYO),
        datetime(2026, 3, 21, 9, tzinfo=TOKYO),
    )
    assert opening.kind is Kind.OPENING and opening.label == "Ceremony"
    course = by_title["ICD講習会"]  # `rowspan="3"` from the 15:00 row (to 16:30), its card says 15:00–16:10
    assert (course.start, course.end) == (
        datetime(2026, 3, 22, 15, tzinfo=TOKYO),
        datetime(2026, 3, 22, 16, 10, tzinfo=TOKYO),
    )
    lunch = by_title["Lunch（食堂・カフェテリア）"]  # `colspan="7"`: every room, so none
    assert (lunch.kind, lunch.location) == (Kind.BREAK, None)
    assert by_title["ポスター"].kind is Kind.POSTER_SESSION  # `<span class="badge poster">Poster</span>`


def test_jsp_two_line_room_headers_are_the_names_the_page_lists() -> None:
    _, program = read_detected("html_pages", "jsp95-2026-program.html", ReadContext(None, TOKYO))

    # `<th>チーム医療<br>演習室</th>`, `<th>IPE棟<br>4階ラウンジ</th>`;
    # the page's comment lists 「チーム医療演習室」「IPE棟 4階ラウンジ」
    assert {item.location for item in program.items} == {
        "IPEホール",
        "チーム医療演習室",
        "M101講義室",
        "M102講義室",
        "M103講義室",
        "IPE棟 4階ラウンジ",
        None,
    }
    assert next(item for item in program.items if item.title == "一般口演 No.3").location == "チーム医療演習室"
    assert any("tracks as rooms: IPEホール, チーム医療演習室," in line for line in program.reading)


def test_a_badge_inside_a_line_of_text_makes_no_card() -> None:
    inline = lxml.html.fragment_fromstring('<td><div>A <span class="badge">new</span> talk<br>Ada Lovelace</div></td>')
    card = lxml.html.fragment_fromstring(
        '<td><div><span class="tag">Keynote</span><br>Engines</div><div>9:00-10:00</div></td>'
    )
    extra = lxml.html.fragment_fromstring(
        '<td><div><span class="badge">Talk</span><br>Engines</div><p>Ada</p><p>Room 1</p></td>'
    )

    assert slot_card(inline) is None
    found = slot_card(card)
    assert found is not None and (found.badge, found.title) == ("Keynote", "Engines")
    assert found.span is not None and found.span.start.minutes == 9 * 60
    assert slot_card(extra) is None  # lines beyond a time: read from the text as before


def test_lines_join_without_a_space_only_between_wide_characters() -> None:
    assert joined_lines(["医療衛生学部", "多目的室"]) == "医療衛生学部多目的室"
    assert joined_lines(["IPE棟", "4階ラウンジ"]) == "IPE棟 4階ラウンジ"
    assert joined_lines(["세미나실", "2층"]) == "세미나실 2층"  # Korean writes spaces between words


def test_mopcon_slots_are_the_head_by_the_name_in_the_room_over_their_time() -> None:
    name, program = read_detected("html_pages", MOPCON, ReadContext(date(2012, 10, 27), TAIPEI))

    assert name == "html-page"
    assert len(program.items) == 23  # 23 `<div class="time">`; the `中場休息` bars have none
    by_line = {item.source.line: item for item in program.items}
    talk = by_line[79]  # `海景會議廳<br>10:00 ~ 10:50`, `name` hlb, `head` Registrano: 網路售票平台的技術與挑戰
    assert (talk.title, talk.people, talk.location) == ("Registrano: 網路售票平台的技術與挑戰", ("hlb",), "海景會議廳")
    assert (talk.start, talk.end) == (
        datetime(2012, 10, 27, 10, tzinfo=TAIPEI),
        datetime(2012, 10, 27, 10, 50, tzinfo=TAIPEI),
    )
    beside = by_line[119]  # the other room at the same time
    assert (beside.people, beside.location) == (("Michael Su",), "小型會議室")
    opening = by_line[39]
    assert (opening.title, opening.people, opening.kind) == (
        "開幕與議程導引與簡介",
        ("Ericpi", "Jserv", "Mikimoto"),
        Kind.OPENING,
    )
    assert by_line[293].people == ("Jserv", "Tix Lo")
    check_in = by_line[23]  # `08:30 ~ 09:00`, `name` 報到, no head, no room
    assert (check_in.title, check_in.people, check_in.location) == ("報到", (), None)
    assert sum(1 for item in program.items if item.location is not None) == 19


def test_mopcon_second_heading_is_the_second_day() -> None:
    _, program = read_detected("html_pages", MOPCON, ReadContext(date(2012, 10, 27), TAIPEI))

    days = [item.start.date() for item in program.items if item.start is not None]
    assert days.count(date(2012, 10, 27)) == 11 and days.count(date(2012, 10, 28)) == 12
    assert "days from the headings above the slots: 10/27, 10/28" in program.reading
    assert day_heading("10/28 議程表") is not None


def test_mopcon_a_sponsor_or_a_title_in_the_name_is_no_speaker() -> None:
    _, program = read_detected("html_pages", MOPCON, ReadContext(date(2012, 10, 27), TAIPEI))
    by_line = {item.source.line: item for item in program.items}

    sponsored = by_line[252]  # `name` Hacker級贊助：中冠資訊 (a sponsor), `head` 快速開發行動 App 的利器
    assert (sponsored.title, sponsored.people, sponsored.abstract) == (
        "快速開發行動 App 的利器",
        (),
        "Hacker級贊助：中冠資訊",
    )
    closing = by_line[846]  # `name` Lightening talk & 閉幕, `head` 開放現場報名 (on-site sign-up)
    assert (closing.title, closing.people, closing.abstract) == ("Lightening talk & 閉幕", (), "開放現場報名")
    assert not {person for item in program.items for person in item.people} & {"Lightening talk", "閉幕", "中冠資訊"}


def test_mopcon_without_date_asks_for_it() -> None:
    with pytest.raises(UsageError, match="--date"):
        read_detected("html_pages", MOPCON, ReadContext(None, TAIPEI))


def test_mopcon_a_heading_whose_date_is_none_is_an_error_at_its_first_slot() -> None:
    text = (
        (ROOT / "tests" / "data" / "html_pages" / MOPCON)
        .read_text(encoding="utf-8")
        .replace("10/28 議程表", "2/30 議程表")
    )

    with pytest.raises(ParseError, match="expected a real date in the day heading above the slot") as raised:
        HtmlPageReader().read(text, source=MOPCON, context=ReadContext(date(2012, 10, 27), TAIPEI))
    assert raised.value.source is not None and raised.value.source.line == 462  # the day's first slot, `報到`
