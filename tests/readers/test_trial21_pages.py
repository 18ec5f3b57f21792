"""Trial 21's schedule pages (unseen), read as their sources write them (PROVENANCE.md of each folder).

Expectations come from the sources by regular expressions over their markup, never from the
reader: ArcheoFOSS 2025's italic author names, DevFest Vladivostok's `<a>Speaker</a> — <a>Title</a>`
cells, Ogrody's `<span>` speaker lines, e-privacy's `<br/>` speaker lines, CQJT's page date.
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from program.errors import UsageError
from program.model import Kind
from program.readers import ReadContext
from program.readers.html_speaker_lines import speaker_names
from program.readers.metadata_header import without_metadata_header
from program.readers.tabular.dash_speakers import dash_talks

from helpers import ROOT, read_detected

DATA = ROOT / "tests" / "data"
ROME = ZoneInfo("Europe/Rome")


def _text(folder: str, name: str) -> str:
    return (DATA / folder / name).read_text(encoding="utf-8")


def _plain(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]*>", "", markup)).split())


def _archeofoss_source() -> list[tuple[int, str, list[str]]]:
    """Each slot's time line, its title (bold-italic line, or the heading's words) and its italic names below."""
    lines = _text("pages", "archeofoss2025-programme.md").split("\n")
    slots = []
    for number, line in enumerate(lines, start=1):
        timed = re.match(r"(?:###|-) \*\*\d\d:\d\d(?: (?P<title>.*?))?\*\*\s*$", line)
        if timed is None:
            continue
        at = number - 1 if timed["title"] else next(i for i in range(number, len(lines)) if lines[i].strip())
        title = timed["title"] or re.sub(r"^(?:###\s+|-\s+)", "", lines[at].strip()).replace("**", "").strip(" _")
        below = lines[at + 1] if at + 1 < len(lines) else ""
        names = _authors(below) if "_" in below else []
        slots.append((number, " ".join(title.split()), names))
    return slots


def _authors(line: str) -> list[str]:
    """A `;`-separated author line's names: each part's italic name, or its words before the dash."""
    chaired = re.match(r"Chair and intro by (.*)$", line)
    if chaired:
        return re.findall(r"_([^_]+)_", chaired[1])
    parts = [part.strip() for part in line.strip().rstrip(".").split(";") if part.strip()]
    italic = [re.match(r"_([^_]+?)_", part) for part in parts]
    return [m[1] if m else re.split(r"\s+[-–]\s+", part.lstrip("_"))[0] for m, part in zip(italic, parts, strict=True)]


def test_archeofoss_italic_authors_and_chairs_are_each_slots_people() -> None:
    name, program = read_detected("pages", "archeofoss2025-programme.md", ReadContext(timezone=ROME))

    expected = _archeofoss_source()
    assert name == "schedule-page"
    assert len(expected) == 69
    got = [(item.source.line, item.title, list(item.people)) for item in program.items if item.start]
    assert got == expected
    # a title's colon is its own once the line below names the authors (not "Tracing Connections" as a person)
    tracing = next(item for item in program.items if item.source.line == 83)
    assert tracing.title.startswith("Tracing Connections: Network Modelling")
    panel = next(item for item in program.items if item.source.line == 74)
    assert (panel.kind, panel.people) == (Kind.PANEL, ("Marco Moderato", "Dario Nincheri"))  # "Chair and intro by"
    [dinner] = [item for item in program.items if item.start is None]  # "- _Social dinner_ - [menu](…)", no time
    assert (dinner.source.line, dinner.title, dinner.day) == (195, "Social dinner", date(2025, 11, 27))
    assert dinner.kind is Kind.SOCIAL


def _devfest_source() -> list[tuple[str, str, str | None, str]]:
    """Each talk of the table: its hour, title, hall (the column's head) and speaker (the first link)."""
    text = _text("html_pages", "devfestvl2019-schedule.ru.md")
    talks: list[tuple[str, str, str | None, str]] = []
    for row in re.findall(r"<tr>(.*?)</tr>", text, re.DOTALL):
        hour = re.search(r"<td>(\d\d:\d\d)</td>(.*)", row, re.DOTALL)
        if hour is None:
            continue
        cells = [cell for cell in re.split(r"<td[^>]*>", hour[2]) if cell.strip()]
        for column, cell in enumerate(cells, start=1):
            for part in re.split(r"<br\s*/?>", cell):
                links = [_plain(link) for link in re.findall(r"<a [^>]*>(.*?)</a>", part, re.DOTALL)]
                if len(links) == 2:
                    talks.append((hour[1], links[1], f"Зал {column}", links[0]))
    return talks


def test_devfest_russian_header_halls_as_rooms_and_speaker_dash_title_cells() -> None:
    zone = ZoneInfo("Asia/Vladivostok")
    name, program = read_detected("html_pages", "devfestvl2019-schedule.ru.md", ReadContext(date(2019, 9, 28), zone))

    expected = _devfest_source()
    assert name == "html-page"
    assert len(expected) == 13  # and the pizza row across both halls
    talks = [item for item in program.items if item.people]
    assert [(f"{item.start:%H:%M}", item.title, item.location, item.people) for item in talks] == [
        (hour, title, hall, (speaker,)) for hour, title, hall, speaker in expected
    ]
    [pizza] = [item for item in program.items if not item.people]
    assert (pizza.start, pizza.location) == (datetime(2019, 9, 28, 14, 0, tzinfo=zone), None)


def test_ogrody_speaker_span_after_the_break_is_the_slots_people() -> None:
    warsaw = ZoneInfo("Europe/Warsaw")
    name, program = read_detected("html_pages", "ogrody2024-program-plan.php", ReadContext(date(2024, 6, 15), warsaw))

    text = _text("html_pages", "ogrody2024-program-plan.php")
    expected = []
    for clock, body in re.findall(r'<p class="sub-accent">(\d\d:\d\d) &ndash; (.*?)</p>', text, re.DOTALL):
        title, _, span = body.partition("<br>")
        names = re.sub(r"\s*\([^()]*\)$", "", _plain(span))  # the last bracket: where they work, or "(host)"
        people = [re.sub(r"^prof\.\s*", "", name.strip()) for name in names.split(",") if name.strip()]
        expected.append((clock, _plain(title), people))
    assert name == "html-page"
    assert len(expected) == 16
    assert [(f"{item.start:%H:%M}", item.title, list(item.people)) for item in program.items] == expected
    assert all(item.abstract is None for item in program.items)  # no speaker line left as an abstract


def test_eprivacy_pelican_header_is_no_yaml_and_speakers_after_the_break_are_people() -> None:
    name, program = read_detected("pages", "eprivacy2016-programma.md", ReadContext(timezone=ROME))

    assert name == "schedule-page"  # `Template: event` / `Title: 3.1416` … over Markdown: not a YAML data file
    rows = re.findall(r"^(\d{1,2}:\d\d)\s*\|(.*)$", _text("pages", "eprivacy2016-programma.md"), re.MULTILINE)
    assert len(rows) == len(program.items) == 10
    for (clock, cell), item in zip(rows, program.items, strict=True):
        title, _, speakers = re.sub(r"\[📄\]\([^)]*\)", "", cell).partition("<br/>")
        title = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", title).strip().rstrip(".")
        written = re.sub(r"^Avv\.\s*", "", speakers.strip()).replace(" moderatore ", ", ")
        assert (f"{item.start:%H:%M}", item.title) == (f"{int(clock[:-3]):02d}{clock[-3:]}", " ".join(title.split()))
        assert list(item.people) == [name.strip() for name in written.split(",") if name.strip()]
    assert program.items[4].kind is Kind.PANEL  # TAVOLA ROTONDA


def test_cqjt_date_written_in_chinese_and_three_signings_in_one_cell() -> None:
    shanghai = ZoneInfo("Asia/Shanghai")
    name, program = read_detected("html_pages", "cqjt2018-pageJumpAgenda.jsp", ReadContext(timezone=shanghai))

    text = re.sub(r"<!--.*?-->", "", _text("html_pages", "cqjt2018-pageJumpAgenda.jsp"), flags=re.DOTALL)
    expected = [
        (start, end, re.sub(r"^[①-⑳]、", "", _plain(part)))
        for start, end, cell in re.findall(r"<td>(\d\d:\d\d)~(\d\d:\d\d)</td>\s*<td>(.*?)</td>", text, re.DOTALL)
        for part in re.split(r"<br\s*/?>", cell)
        if _plain(part)
    ]
    assert name == "html-page"
    assert len(expected) == 10
    got = [(f"{item.start:%H:%M}", f"{item.end:%H:%M}", item.title) for item in program.items]
    assert got == [(start, end, title) for start, end, title in expected]
    assert {item.start.date() for item in program.items if item.start} == {date(2018, 5, 18)}  # 会议时间：2018年5月18日
    assert any("from the page ('2018年5月18日')" in said for said in program.reading)


def test_the_new_shapes_leave_places_keys_and_titles_alone() -> None:
    assert speaker_names("Kasia Drożdżal, Paweł Nowak (WUD Silesia)") == ("Kasia Drożdżal", "Paweł Nowak")
    assert [speaker_names(place) for place in ("Main Hall", "Sala Valduga", "Grand Ballroom")] == [None] * 3
    assert dash_talks(["Ada Lovelace — On the Analytical Engine"]) == [("On the Analytical Engine", ("Ada Lovelace",))]
    assert dash_talks(["Opening Remarks — Program Chairs"]) is None  # names on both sides: left as written
    assert dash_talks(["Main Hall — Opening of the conference"]) is None
    data = "title: Day 1\ndate: 2024-05-01\n\n- title: Opening\n  time: 9:00\n"  # a YAML file: its keys stay
    assert without_metadata_header(data) == data
    page = "Title: 3.1416\nDate: 2016-03-14 10:20\n\n#### Lunedì\n\n10:00| Talk\n"
    assert without_metadata_header(page) == "#### Lunedì\n\n10:00| Talk\n"


def _cartagena_hours() -> list[tuple[str, str]]:
    """Each entry's place and hour on its `Local:`/`Lugar:` line, and each visit's school and hour, in page order."""
    found = []
    for line in _text("pages", "cartagena2020-programa.md").split("\n"):
        hour = re.match(r"(?:Local|Lugar): (?P<place>.*?)\.? (?:Fecha: .*?)?Hora: (?P<hour>\d+(?::\d\d)?)", line)
        visit = re.match(r"- (?P<place>.*?):? \d+-\d+-20, (?P<hour>\d+(?::\d\d)?)", line.strip())
        if (match := hour or visit) is not None:
            clock = match["hour"] if ":" in match["hour"] else f"{match['hour']}:00"
            found.append((match["place"], clock.zfill(5)))
    return found


def test_cartagena_entries_timed_on_a_later_line_are_read_at_their_place_and_hour() -> None:
    """`Conferencia: “Title” Name` over `Local: ETSAE Hora: 19 horas. Presenta: Host`; visits as dated bullets."""
    name, program = read_detected("pages", "cartagena2020-programa.md", ReadContext(timezone=ZoneInfo("Europe/Madrid")))

    assert name == "schedule-page"
    assert [(item.location, f"{item.start:%H:%M}") for item in program.items if item.start] == _cartagena_hours()
    first = program.items[1]
    assert (first.title, first.people) == (
        "La mercantilización difusa de la educación: máquinas y gurús.",
        ("Ana Mª. Valencia Herrera", "Pedro Cárdenas"),  # the speaker after the quoted title, then the host
    )
    assert first.start == datetime(2020, 2, 5, 19, 0, tzinfo=ZoneInfo("Europe/Madrid"))  # `5-febrero-2020`
    assert program.items[0].start == datetime(2020, 1, 14, 11, 30, tzinfo=ZoneInfo("Europe/Madrid"))  # `Fecha:`
    assert program.items[3].kind is Kind.PANEL  # `Mesa redonda:`
    assert [line for line in program.reading if ": note: not placed: " in line] == [
        "cartagena2020-programa.md:20: note: not placed: 'II.- Actividades Centrales de Cartagena'",
        "cartagena2020-programa.md:53: note: not placed: 'III.- ACTIVIDADES y TALLERES EN LOS CENTROS ESCOLARES.'",
    ]


def test_cartagena_without_a_zone_asks_for_timezone() -> None:
    with pytest.raises(UsageError, match="--timezone"):
        read_detected("pages", "cartagena2020-programa.md", ReadContext())
