"""Trial 27's saved schedule pages (unseen), read as their sources write them (tests/data/html_pages/PROVENANCE.md).

Expectations come from the sources by regular expressions over their markup, never from the reader.
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from program.readers import ReadContext

from helpers import ROOT, read_detected

DATA = ROOT / "tests" / "data"
LIMA = ZoneInfo("America/Lima")


def _text(folder: str, name: str) -> str:
    return (DATA / folder / name).read_text(encoding="utf-8")


def _plain(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def test_inmunologia_day_tables_inside_an_accordion_are_read_under_their_dated_headings() -> None:
    source = _text("html_pages", "inmunologia2016-programa.php")
    days = [int(day) for day in re.findall(r"<h2[^>]*>Programa\s+(\d+) de Setiembre del 2016</h2>", source)]
    # Day 1's `03:00 pm - 03:30 pm` row: one talk a room, each `Title. Dr. Name (Country)`.
    row = re.search(r"<td>03:00 pm - 03:30 pm</td>(.*?)</tr>", source, re.S)
    assert row is not None
    cells = [_plain(cell) for cell in re.findall(r"<td>(.*?)</td>", row[1], re.S)]

    name, program = read_detected("html_pages", "inmunologia2016-programa.php", ReadContext(timezone=LIMA))

    assert name == "html-page"
    assert days == [28, 29, 30]
    assert sorted({item.start.day for item in program.items if item.start}) == days  # no --date: the headings'
    at = datetime(2016, 9, 28, 15, 0, tzinfo=LIMA)
    read = [(item.title, item.location) for item in program.items if item.start == at]
    assert [room for _, room in read] == ["SALA A", "SALA B", "SALA C"]  # the header's names, over each column
    assert len(cells) == 3
    # `Title. Dr. Name (COL)` in one line: the title to its full stop, the name after the honorific
    written = [re.fullmatch(r"(.+?[.?]) Dra?\. (.+?) \(\w+\)", cell) for cell in cells]
    assert [(item.title, item.people) for item in program.items if item.start == at] == [
        (found[1], (found[2],)) if found else (cell, ()) for found, cell in zip(written, cells, strict=True)
    ]
    [plenary] = [item for item in program.items if item.start == datetime(2016, 9, 29, 8, 0, tzinfo=LIMA)]
    assert "Plenaria Alergias Respiratorias" in plenary.title
    assert plenary.people == ("Adnan Custovic",)  # `<b>Dr. Adnan Custovic (UK)</b>`, twice
    speakers = {name for item in program.items for name in item.people}
    assert "David Male" in speakers  # `<b>Dr: David Male (UK)</b>`
    assert not any(name.startswith("Dr") for name in speakers)
    assert plenary.location is None  # one cell over the three rooms (colspan 3)
    assert date(2016, 9, 30) in {item.start.date() for item in program.items if item.start}
    # `<td></td> | Sala A | Sala B | Sala C` over day 2's parallel talks: a header again, naming the rooms below
    labels = re.search(r"<td >Sala A</td>\s*<td >Sala B</td>\s*<td >Sala C</td>", source)
    assert labels is not None
    morning = datetime(2016, 9, 29, 9, 15, tzinfo=LIMA)
    assert [item.location for item in program.items if item.start == morning] == ["Sala A", "Sala B", "Sala C"]
    assert not any(item.title.casefold() in ("sala a", "sala b") for item in program.items)
    # the last plenary: `1. La Experiencia en Reumatología<br><b>Dr. José Proaño.</b><br>2. …`: the talks' speakers
    closing = re.search(r"Conceptos y Experiencia en Per\S* <br>(.*?)</td>", source, re.S)
    assert closing is not None
    named = [re.sub(r"^Dr\.\s*|\.\s*$", "", _plain(bold)) for bold in re.findall(r"<b>(.*?)</b>", closing[1])]
    [plenary] = [item for item in program.items if item.start == datetime(2016, 9, 30, 18, 0, tzinfo=LIMA)]
    assert len(named) == 4
    assert list(plenary.people) == named
    # `11:55 pm - 12:35 pm` between morning rows: 11:55 a.m. (a "pm" start after its "pm" end is no evening)
    typo = re.search(r"<td>11:55 pm - 12:35 pm</td>\s*<td[^>]*>(.*?):? <br>", source, re.S)
    assert typo is not None
    [late] = [item for item in program.items if item.start == datetime(2016, 9, 28, 11, 55, tzinfo=LIMA)]
    assert late.title == _plain(typo[1]).rstrip(":")  # `Title: <br><b>Dr: David Male (UK)</b>`: no colon left
    assert late.end == datetime(2016, 9, 28, 12, 35, tzinfo=LIMA)


def test_inmunologia_a_morning_end_typed_pm_a_symposium_under_its_rooms_and_a_talk_under_a_spanned_time() -> None:
    source = _text("html_pages", "inmunologia2016-programa.php")
    _, program = read_detected("html_pages", "inmunologia2016-programa.php", ReadContext(timezone=LIMA))
    by_start = {(item.start, item.title): item for item in program.items}

    # `11:15 am - 11:55 pm` before `11:55 pm - 12:35 pm`: the hour before noon typed "pm", not 12 hours 40
    typo = re.search(r"<td>11:15 am - 11:55 pm</td>\s*<td[^>]*>(.*?):? <br>", source, re.S)
    assert typo is not None
    talk = by_start[datetime(2016, 9, 28, 11, 15, tzinfo=LIMA), _plain(typo[1]).rstrip(":")]
    assert talk.end == datetime(2016, 9, 28, 11, 55, tzinfo=LIMA)
    # `12:25 pm - 01:25 pm | Salas A y B | Sala C` over an untimed `Symposium: …` under `Salas A y B`
    heads = re.findall(r'rowspan="2">12:25 pm - 0?1:25 pm</td>\s*<td colspan="2">(.*?)</td>\s*<td>(.*?)</td>', source)
    under = re.findall(
        r'12:25 pm - 0?1:25 pm</td>.*?</tr>\s*<tr>\s*<td colspan="2">(.*?)\s*(?:<br>|</td>)', source, re.S
    )
    assert [(room.strip(), other.strip()) for room, other in heads] == [("Salas A y B", "Sala C")] * 2
    lunch = [item for item in program.items if item.start and item.start.time().isoformat() == "12:25:00"]
    assert [(item.title, item.location) for item in lunch] == [(_plain(title), "Salas A y B") for title in under]
    assert all(item.end and item.end.time().isoformat() == "13:25:00" for item in lunch)
    assert not any(item.title in ("Salas A y B", "Sala C") for item in program.items)
    # `<td rowspan="2">08:00 am - 09:00 am</td>` beside the plenary and, a row below, `Deficiencia de DOCK8, …`
    spanned = re.search(r'<td rowspan="2">08:00 am - 09:00 am</td>.*?<tr>\s*<td colspan="3">(.*?) <br>', source, re.S)
    assert spanned is not None
    dock8 = by_start[datetime(2016, 9, 30, 8, 0, tzinfo=LIMA), _plain(spanned[1])]
    assert (dock8.end, dock8.people) == (datetime(2016, 9, 30, 9, 0, tzinfo=LIMA), ("Raif Geha",))


def test_slurm_break_rows_over_three_columns_and_talks_under_a_spanned_time_are_read() -> None:
    source = _text("html_pages", "sug2011-slurm_ug_agenda.shtml")
    breaks = [_plain(cell) for cell in re.findall(r'<td[^>]*colspan="3"[^>]*>(.*?)</td>', source, re.S)]
    block = re.search(r'<td[^>]*rowspan="4">(\d\d):(\d\d) - (\d\d):(\d\d)</td>(.*?)<td[^>]*rowspan', source, re.S)
    assert block is not None
    talks = [_plain(cell) for cell in re.findall(r'<td width="45%">(.*?)</td>', block[5], re.S)]
    phoenix = ZoneInfo("America/Phoenix")
    context = ReadContext(timezone=phoenix, first_date=date(2011, 9, 22))

    _, program = read_detected("html_pages", "sug2011-slurm_ug_agenda.shtml", context)

    titles = [item.title for item in program.items]
    assert len(breaks) == 14
    assert sorted(title for title in titles if title in breaks) == sorted(breaks)  # `&nbsp;Coffee break` and the like
    start = datetime(2011, 9, 23, int(block[1]), int(block[2]), tzinfo=phoenix)
    end = start.replace(hour=int(block[3]), minute=int(block[4]))
    spanned = [item for item in program.items if item.title in talks]
    assert len(talks) == 3
    assert [(item.start, item.end) for item in spanned] == [(start, end)] * 3  # the rowspan's time, each
    assert spanned[0].people == ("William Kramer",)
    assert any(item.people == ("Robert Stober, Sr.",) for item in program.items)  # `Robert Stober, Sr. (Bright …)`


def test_aimmgm_blocks_that_write_their_time_after_the_title_are_titled_by_it() -> None:
    source = _text("html_pages", "aimmgm2020-conferencias.php")
    blocks = [
        (_plain(title), int(hour), int(minute))
        for title, hour, minute in re.findall(
            r'<div class="block[^"]*">([^<]*?)<br><br>\s*(\d\d):(\d\d) - \d\d:\d\d hrs\.', source, re.S
        )
    ]
    mexico = ZoneInfo("America/Mexico_City")
    context = ReadContext(timezone=mexico, first_date=date(2020, 5, 26))

    _, program = read_detected("html_pages", "aimmgm2020-conferencias.php", context)

    ranged = [(item.title, item.start.hour, item.start.minute) for item in program.items if item.start and item.end]
    assert len(blocks) == 20  # and 2 start-only, 2 untimed, 2 tournaments
    assert [block for block in blocks if block in ranged] == blocks
    assert not any(item.title.startswith("hrs") for item in program.items)  # `16:00 - 19:00 hrs.`: no title
    first = next(item for item in program.items if item.title == "registro")  # the block's title before its time
    assert (first.start, first.people) == (datetime(2020, 5, 26, 16, 0, tzinfo=mexico), ())
    # `Torneo de Golf Inscripción <br><br> 08:00 hrs. Inicio 09:00 hrs.`: the registration's start, no end
    tournament = r"(Torneo de \w+ Inscripción) <br><br>\s*(\d\d):(\d\d) hrs\. (Inicio \d\d:\d\d hrs\.)"
    tournaments = re.findall(tournament, source)
    assert len(tournaments) == 2
    read = [
        (item.title, item.start, item.end, item.people, item.abstract)
        for item in program.items
        if item.title.startswith("Torneo")
    ]
    saturday = datetime(2020, 5, 30, tzinfo=mexico)
    assert read == [
        (title, saturday.replace(hour=int(hour), minute=int(minute)), None, (), note)
        for title, hour, minute, note in tournaments
    ]


def test_emabi_speaker_rows_under_a_talk_are_its_people() -> None:
    source = _text("html_pages", "emabi2014-palestras.php")
    rows = [
        [_plain(cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
        for row in re.findall(r"<tr>(.*?)</tr>", source, re.S)
    ]
    rows = [row for row in rows if any(row)]
    # each speaker row (`| Dr. Name - Department - University`) under the last timed row above it
    wanted: dict[str, list[str]] = {}
    title = ""
    for time, text in rows:
        if re.match(r"\d{1,2}:\d{2}-", time):
            title = text
        elif not time and (found := re.match(r"(?:Dra?|Msc)\. (.+?)(?: [-–] |,)", text)):
            wanted.setdefault(title, []).append(found[1])
    context = ReadContext(timezone=ZoneInfo("America/Sao_Paulo"), first_date=date(2014, 9, 1))

    _, program = read_detected("html_pages", "emabi2014-palestras.php", context)

    read = {item.title: list(item.people) for item in program.items if item.people}
    assert len(wanted) == 10  # eight talks and two round tables (the third names a council)
    assert read == wanted  # three for the first round table; `(à confirmar)` is nobody
