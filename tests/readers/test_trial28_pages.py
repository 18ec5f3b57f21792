"""Trial 28's saved pages (unseen), read as their sources write them (tests/data/html_pages/PROVENANCE.md).

Expectations come from the sources by regular expressions over their markup, never from the reader:
SMITE 2020's four day tables (`<td class="text-center">08.00-08.15</td>` then one `colspan="4"` cell or
four room cells), one of whose times is typed `09-55-11.05`; BLINDHub 2020's cells `Title Name Surname, Role, Org`;
SQL Server 2012 Lansmanı's list rows of a time span beside one or two `<strong>Title</strong> Name - Role` spans;
TVU 2023's `<p class="a">8:00-8:30</p>` time paragraphs over a title paragraph and a `Tác giả:` (author) line;
KOITA 2016's `program_time` lists with a `chapter` row or a `[기조연설]` label over a `name`.
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from program.model import Item, Kind, SourceRef
from program.readers import ReadContext
from program.readers.html_name_tails import name_tails
from program.readers.html_page import HtmlPageReader
from program.readers.notation.dates import parse_date
from program.readers.notation.times import is_span, parse_span

from helpers import ROOT, read_detected

DATA = ROOT / "tests" / "data" / "html_pages"
JAKARTA = ZoneInfo("Asia/Jakarta")
BUCHAREST = ZoneInfo("Europe/Bucharest")
ISTANBUL = ZoneInfo("Europe/Istanbul")
HO_CHI_MINH = ZoneInfo("Asia/Ho_Chi_Minh")
SEOUL = ZoneInfo("Asia/Seoul")
VIETNAMESE_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
_MONTHS = {"NOVEMBER": 11}


def _text(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def _plain(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


@given(st.integers(0, 23 * 60), st.integers(1, 59), st.sampled_from([".", ":"]))
def test_a_start_typed_with_a_dash_for_its_colon_before_a_clock_reads_as_the_range(
    start: int, length: int, mark: str
) -> None:
    end = start + length
    text = f"{start // 60:02d}-{start % 60:02d}-{end // 60:02d}{mark}{end % 60:02d}"

    span = parse_span(text)

    assert (span.start.minutes, span.end_minutes) == (start, end)


@given(st.dates())
def test_a_date_written_with_dashes_is_still_no_time(day: date) -> None:
    assert not is_span(f"{day:%d-%m-%Y}")
    assert not is_span(f"{day:%Y-%m-%d}")


def _smite_rows() -> list[tuple[datetime, datetime, str | None, str]]:
    """Every timed row's cells: (start, end, room, title); a `colspan="4"` cell has no room."""
    rows: list[tuple[datetime, datetime, str | None, str]] = []
    for table in re.findall(r"<table.*?</table>", _text("smite2020-schedules.php"), re.S):
        day_text = re.search(r"colspan=\"5\"><b>\w+, (\d+) (\w+) (\d{4})</b>", table)
        assert day_text is not None
        day = (int(day_text[3]), _MONTHS[day_text[2]], int(day_text[1]))
        for row in re.findall(r"<tr>(.*?)</tr>", table, re.S):
            cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
            times = re.fullmatch(r"(\d\d)[.-](\d\d)-(\d\d)\.(\d\d)", cells[0]) if cells else None
            if times is None:
                continue
            start = datetime(*day, int(times[1]), int(times[2]), tzinfo=JAKARTA)
            end = datetime(*day, int(times[3]), int(times[4]), tzinfo=JAKARTA)
            rooms = [None] if len(cells) == 2 else ["Room I", "Room II", "Room III", "Room IV"]
            rows.extend((start, end, room, _plain(cell)) for room, cell in zip(rooms, cells[1:], strict=True))
    return rows


def test_smite_every_room_cell_is_read_with_the_row_typed_09_55_11_05_among_them() -> None:
    name, program = read_detected("html_pages", "smite2020-schedules.php", ReadContext(timezone=JAKARTA))

    rows = _smite_rows()
    assert name == "html-page"
    assert len(rows) == 48
    read = sorted((item.start, item.end, item.location, item.title) for item in program.items)
    assert read == sorted(rows)
    sympo = [item for item in program.items if item.title == "Sympo Paralel 1A"]
    assert [(item.start, item.end, item.location) for item in sympo] == [
        (datetime(2020, 11, 14, 9, 55, tzinfo=JAKARTA), datetime(2020, 11, 14, 11, 5, tzinfo=JAKARTA), "Room I")
    ]
    assert not any("without a time" in line for line in program.reading)
    breaks = [item for item in program.items if item.title.startswith("ISTIRAHAT")]
    assert len(breaks) == 4
    assert all(item.kind is Kind.BREAK and item.people == () for item in breaks)  # the bracket names no one


def _blindhub_rows() -> list[tuple[datetime, datetime, str, tuple[str, ...]]]:
    """Each row's times, and its cell split at the first comma: the name the two words before it, the title the rest."""
    rows: list[tuple[datetime, datetime, str, tuple[str, ...]]] = []
    for start, end, cell in re.findall(
        r"<tr><td[^>]*>(\d\d:\d\d) - (\d\d:\d\d)\s*</td><td>(.*?)</td></tr>", _text("blindhub2020-conferinta.php")
    ):
        head = _plain(cell).split(",")[0].split()
        title, people = (" ".join(head[:-2]), (" ".join(head[-2:]),)) if "," in cell else (_plain(cell), ())
        hours = [datetime(2020, 10, 28, int(time[:2]), int(time[3:]), tzinfo=BUCHAREST) for time in (start, end)]
        rows.append((hours[0], hours[1], title, people))
    return rows


def test_blindhub_a_cells_title_and_its_speaker_before_role_and_org_are_split() -> None:
    name, program = read_detected("html_pages", "blindhub2020-conferinta.php", ReadContext(timezone=BUCHAREST))

    rows = _blindhub_rows()
    assert name == "html-page"
    assert len(rows) == 8
    assert [(item.start, item.end, item.title, item.people) for item in program.items] == rows
    assert rows[1][2:] == ("Cuvânt de bun venit", ("Dana Deac",))
    assert rows[4][2:] == ("Sinergii şi oportunităţi în proiectul BLINDHub", ("Carmen Rotaru",))


def _items(*titles: str) -> list[Item]:
    return [Item(id=str(index), kind=Kind.OTHER, title=title, source=SourceRef("x", index)) for index, title in
            enumerate(titles)]  # fmt: skip


def test_a_name_after_a_title_is_split_only_when_two_cells_are_so_written_and_the_title_ends_in_lower_case() -> None:
    alone = _items("Lunch at the Grand Hotel, Room 3", "Coffee")
    title_case = _items("Keynote: Data Science Today, Tomorrow", "Opening Remarks Jane Doe, CEO")
    led_by_a_short_word = _items("Lunch at the Grand Hotel, Room 3", "Dinner at the Old Mill, Hall B")
    two = _items("Welcome by the chair Jane Doe, CEO, Acme", "Why schedules break Jean-Pierre Martin, Inria")

    assert [item.title for item in name_tails(alone)] == [item.title for item in alone]
    assert [item.title for item in name_tails(title_case)] == [item.title for item in title_case]
    assert [item.title for item in name_tails(led_by_a_short_word)] == [item.title for item in led_by_a_short_word]
    assert [(item.title, item.people) for item in name_tails(two)] == [
        ("Welcome by the chair", ("Jane Doe",)),
        ("Why schedules break", ("Jean-Pierre Martin",)),
    ]


def _sql_talks() -> list[tuple[datetime, datetime, str | None, str, tuple[str, ...]]]:
    """Each span after a `<span class="time">`: its times, room, the bold text's first line and the names after it.

    The room: a two-span row's by position under the header row (`(Fuji 2)`, `(Fuji 1)`), the `<h1>` over
    the list (`(Bern)`), or a lone span's own bracket naming a header room (not `(SSDT)`). The names: the
    text after `</strong>` up to a comma, its part before ` - ` (a role after it); the Bern list's first
    line after the bold text, names joined by ` - `.
    """
    talks: list[tuple[datetime, datetime, str | None, str, tuple[str, ...]]] = []
    text = _text("sql2012lansman-program.aspx")
    rooms = re.findall(r"<strong>[^<]*\(([^()]+)\)</strong>", text.split('<li class="baslik">')[1].split("</li>")[0])
    for list_head, listed in re.findall(r"(<h1>[^<]*</h1>)\s*<ul[^>]*>(.*?)</ul>", text, re.S):
        hall = re.search(r"\(([^()]+)\)</h1>", list_head)
        for row in re.findall(r"<li[^>]*>(.*?)</li>", listed, re.S):
            times = re.search(r'<span class="time">(\d\d):(\d\d) - (\d\d):(\d\d)</span>', row)
            if times is None:
                continue
            start, end = (datetime(2012, 5, 3, int(times[i]), int(times[i + 1]), tzinfo=ISTANBUL) for i in (1, 3))
            spans = re.findall(r"<span>\s*<strong>(.*?)</strong>(.*?)</span>", row, re.S)
            for place, (bold, after) in enumerate(spans):
                title = _plain(re.split(r"<br\s*/>", bold)[0])
                lines = [_plain(line) for line in re.split(r"<br\s*/>", after) if _plain(line)]
                own = re.search(r"\(([^()]+)\)$", title)
                lone = hall[1] if hall else own[1] if own and own[1] in rooms else None
                room = rooms[place] if len(spans) == 2 else lone
                if hall:  # Bern: the first line names them all
                    names = tuple(lines[0].split(" - "))
                else:
                    names = tuple(line.split(",")[0].split(" - ")[0].strip() for line in lines)
                talks.append((start, end, room, title, names))
    return talks


def test_sql2012_each_span_of_a_two_room_row_is_a_talk_in_its_room_with_the_name_before_its_role() -> None:
    text = (DATA / "sql2012lansman-program.aspx").read_text(encoding="utf-8-sig")  # the page opens with a BOM
    context = ReadContext(timezone=ISTANBUL, first_date=date(2012, 5, 3))
    program = HtmlPageReader().read(text, source="sql2012lansman-program.aspx", context=context)

    talks = _sql_talks()
    assert len(talks) == 22
    assert [(item.start, item.end, item.location, item.title, item.people) for item in program.items] == talks
    assert talks[2][2:] == ("Fuji 2", "SQL Server 2012 ve İş Kritik Güven", ("Esin Yılmaz",))
    assert talks[3][2:] == ("Fuji 1", "Microsoft Veri Ambarı Çözümleri", ("Cem Kubilay",))
    assert talks[16][2:] == ("Bern", "Data Quality Service", ("Emrah Uslu", "Osman Çokakoğlu"))
    demo = next(item for item in program.items if item.title == "Yüksek Süreklilik - Always On")
    assert (demo.kind, demo.abstract) == (Kind.DEMO, "Demo")


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)), st.integers(1, 4))
def test_a_vietnamese_date_with_its_weekday_and_part_of_the_day_reads_back(day: date, part: int) -> None:
    weekday = VIETNAMESE_WEEKDAYS[day.weekday()]

    written = parse_date(f"Buổi {part}, {weekday} ngày {day.day} tháng {day.month} năm {day.year}")

    assert (written.year, written.month, written.day, written.weekday) == (day.year, day.month, day.day, day.weekday())


def _tvu_slots() -> list[tuple[datetime, datetime | None, str, tuple[str, ...], str | None]]:
    """Each time paragraph written as a time (`9:00-9:50:`'s colon aside; `s13:00-13:20`, a typo, left out).

    Its times, the next paragraph (the title), the `Tác giả:` line right under it (its name after the titles,
    up to ` - ` or `,`) or a `Dr. Name, Place` line, and the room: `Phòng : E21.105` above the morning, the
    heading above each afternoon run.
    """
    text = _text("tvu2023-hoithao.php")
    slots: list[tuple[datetime, datetime | None, str, tuple[str, ...], str | None]] = []
    for run in re.split(r"<h2[^>]*>", text)[1:]:
        heading = _plain(run.split("</h2>")[0])
        room_line = re.search(r"Phòng : (\S+)", run)
        room = room_line[1] if room_line else heading if heading.startswith("PHÒNG") else None
        for times, title, below in re.findall(
            r'<p class="a"[^>]*>\s*(\d[\d:-]*?):?</p>\s*<p>(.*?)</p>(?:\s*<p>(.*?)</p>)?', run, re.S
        ):
            start, _, end = times.partition("-")
            parts = [part.split(":") for part in (start, end) if part]
            clock = [datetime(2023, 7, 22, int(hour), int(minute), tzinfo=HO_CHI_MINH) for hour, minute in parts]
            author = re.match(r"\s*Tác giả:\s*(?:(?:PGS|GS|TS)\.?\s*)*(?:Mr\.\s*)?([^,-]+?)\s*(?:[-,]|$)", below)
            titled = re.match(r"\s*Dr\.\s*([^,]+?)\s*,", below)  # a keynote's speaker, a doctor, where they work
            people = (author[1].strip(),) if author else (titled[1],) if titled else ()
            slots.append((clock[0], clock[1] if len(clock) > 1 else None, _plain(title), people, room))
    return slots


def test_tvu_date_heading_time_paragraphs_author_lines_and_rooms() -> None:
    name, program = read_detected("html_pages", "tvu2023-hoithao.php", ReadContext(timezone=HO_CHI_MINH))

    slots = _tvu_slots()
    assert name == "html-page"
    assert len(slots) == 11  # 13 time paragraphs, the two `s13:00-13:20` left out
    read = [(item.start, item.end, item.title, item.people, item.location) for item in program.items]
    assert [found[:1] + found[2:] for found in read] == [slot[:1] + slot[2:] for slot in slots]
    # `11:45 Nghỉ ngơi` gives only its start: by policy it ends at the day's next later start (13:00), not read so yet
    ended = [slot[2] != "Nghỉ ngơi" for slot in slots]
    assert [found[1] for found, end in zip(read, ended, strict=True) if end] == [slot[1] for slot in slots if slot[1]]
    keynote = "Bài phát biểu chính 1 : Ước tính và dự báo tốc độ gió phục vụ điều khiển, vận hành và quy hoạch các"
    assert slots[2][2:4] == (f"{keynote} nhà máy điện gió", ("Đỗ Đức Tôn",))
    assert slots[7][2:] == (
        "[Bài 2] Đánh giá thực trạng, phân loại điều kiện lao động đối với công nhân hoạt động ngành dệt may và "
        "đề xuất giải pháp cải thiện điều kiện lao động",
        ("Trần Bảo Huy",),
        "PHÒNG 1 (KHÓA 1): PHÒNG B21.201",
    )


def _koita_rows() -> tuple[list[tuple[datetime, str, tuple[str, ...]]], list[str]]:
    """Each `<ul>` with a `program_time`: its start and its `chapter` text, or its label and the `name` under it.

    The label's brackets are dropped; a `chapter` row's people are the `name`s of the lists after it that hold no
    time and no `chapter` (the opening's `[개회사]`, `[축    사]`); the `chapter` rows of lists without a time (the
    breaks, the track headings) are listed apart.
    """
    text = re.sub(r"<!--.*?-->", "", _text("koita2016-program.asp"), flags=re.S)
    rows: list[tuple[datetime, str, tuple[str, ...]]] = []
    untimed: list[str] = []
    below = False  # the lists after a chapter row, until a list with a time or a chapter
    for listed in re.findall(r"<ul[^>]*>(.*?)</ul>", text, re.S):
        chapter = re.search(r'<li class="chapter"><strong>(.*?)</strong>', listed)
        time = re.search(r'class="program_time[^"]*">\s*<strong>(\d\d):(\d\d)', listed)
        names = tuple(re.findall(r'<strong class="name"[^>]*>(.*?)</strong>', listed))
        if time is None and chapter is None and below:
            rows[-1] = (*rows[-1][:2], rows[-1][2] + names)
            continue
        below = bool(time and chapter)
        if time is None:
            untimed.extend([chapter[1]] if chapter else [])
            continue
        start = datetime(2016, 10, 27, int(time[1]), int(time[2]), tzinfo=SEOUL)
        if chapter:
            rows.append((start, chapter[1], ()))
            continue
        label = re.search(r'class="subtitle_01[^"]*">\[(.*?)\]</strong>', listed)
        assert label is not None and len(names) == 1
        rows.append((start, label[1], names))
    return rows, untimed


def test_koita_chapter_rows_and_labelled_speakers_are_read_and_the_untimed_chapters_said() -> None:
    context = ReadContext(timezone=SEOUL, first_date=date(2016, 10, 27))
    name, program = read_detected("html_pages", "koita2016-program.asp", context)

    rows, untimed = _koita_rows()
    assert name == "html-page"
    assert len(rows) == 10
    assert [(item.start, item.title, item.people) for item in program.items if item.start is not None] == rows
    assert rows[1] == (datetime(2016, 10, 27, 10, 45, tzinfo=SEOUL), "개회식", ("박용현", "최양희", "장대환"))
    assert rows[2] == (datetime(2016, 10, 27, 11, tzinfo=SEOUL), "기조연설", ("Martin G. Curley",))
    assert rows[-1][1:] == ("폐회식", ("김이환",))
    assert untimed == ["중식 및 네트워킹", "Innovation and Change I", "휴식 및 네트워킹", "Innovation and Change II"]
    breaks = [item for item in program.items if item.start is None]
    assert [(item.title, item.kind, item.day) for item in breaks] == [
        (title, Kind.BREAK, date(2016, 10, 27)) for title in untimed if not title.startswith("Innovation")
    ]
    said = [line for line in program.reading if "not placed" in line]
    assert [line.split("not placed: ")[1].split(" (")[0] for line in said] == untimed[1::2]  # the track headings
