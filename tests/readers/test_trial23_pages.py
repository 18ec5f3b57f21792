"""Trial 23's schedule pages (unseen), read as their sources write them (PROVENANCE.md of each folder).

Expectations come from the sources by regular expressions over their markup, never from the
reader: I ENPEB 2012's `<h4>` headings with times marked `h` and its `<p>` speaker lines, BilboStack 2025's wide
table, FrontTalks 2016's `programm-item` blocks.
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from program.model import Kind
from program.readers import ReadContext

from helpers import ROOT, read_detected

DATA = ROOT / "tests" / "data"
FORTALEZA = ZoneInfo("America/Fortaleza")
MADRID = ZoneInfo("Europe/Madrid")
EKATERINBURG = ZoneInfo("Asia/Yekaterinburg")


def _text(folder: str, name: str) -> str:
    return (DATA / folder / name).read_text(encoding="utf-8")


def _enpeb_source() -> list[tuple[str, str | None, list[str]]]:
    """Each `<h4>` slot (a time or `&raquo;` before it): its title, its time, the `<p>Prof…` names under it."""
    slots: list[tuple[str, str | None, list[str]]] = []
    for tag, raw in re.findall(r"<(h4|p)>(.*?)</\1>", _text("html_pages", "enpeb2012-programacao.html"), re.S):
        text = " ".join(html.unescape(re.sub(r"<[^>]+>", "", raw)).split())
        timed = re.match(r"(\d\dh(?:\d\dm?)?(?: - \d\dh(?:\d\d)?)?)\s*-?\s*(.*?)\.?$", text)
        if tag == "h4" and timed:
            slots.append((timed[2], timed[1], []))
        elif tag == "h4" and text.startswith("»"):
            slots.append((text[1:].strip(), None, []))
        elif tag == "p" and text.startswith("Prof"):
            name = re.sub(r"^(?:(?:Profª?|Drª?|Ms|Esp)\.?\s+)+", "", re.sub(r"\s*\([^)]*\)$", "", text))
            slots[-1][2].append(name)
    return slots


def test_enpeb_headings_with_times_marked_h_are_slots_and_round_tables_their_parts() -> None:
    name, program = read_detected(
        "html_pages", "enpeb2012-programacao.html", ReadContext(timezone=FORTALEZA, first_date=date(2012, 12, 13))
    )

    expected = _enpeb_source()
    assert name == "html-page"
    assert len(expected) == 28
    assert sum(len(people) for _, _, people in expected) == 44  # 40 at the round tables
    assert [(item.title, list(item.people)) for item in program.items] == [(t, p) for t, _, p in expected]
    by_title = {item.title: item for item in program.items}
    # "09h30m" is 09:30 (not a title "m"); a start-only slot ends at the day's next later start
    opening = by_title["Conferência de Abertura"]
    at = datetime(2012, 12, 13, 9, 30, tzinfo=FORTALEZA)
    assert (opening.start, opening.end, opening.kind) == (at, at.replace(hour=12, minute=0), Kind.KEYNOTE)
    tables = by_title["Mesas Redondas"]  # "14h - 15h - Mesas Redondas": whole hours
    two, three = at.replace(hour=14, minute=0), at.replace(hour=15, minute=0)
    assert (tables.start, tables.end, tables.kind) == (two, three, Kind.PANEL)
    rounds = [item for item in program.items if item.start is None]
    assert len(rounds) == 14
    days = {date(2012, 12, 13), date(2012, 12, 14)}
    assert {(item.day, item.kind) for item in rounds} == {(day, Kind.PANEL) for day in days}
    # the colons are the title's once the line below names the speaker
    lecture = next(item for item in program.items if item.title.startswith("Palestra:"))
    assert lecture.title == "Palestra: Educação Bilíngue: Uma Nova Proposta de Ensino Aprendizagem Para Surdos"
    assert lecture.people == ("Marie Gorett Dantas",)
    last = program.items[-1]  # the day's last start-only slot has no end
    assert (last.title, last.end) == ("Atividade Cultural", None)


def _bilbostack_source() -> list[tuple[int, str, str | None, list[str]]]:
    """Each filled cell of the wide table: its line, title (the bold part), room (the column's head) and names."""
    lines = _text("pages", "bilbostack2025-agenda.es.md").split("\n")
    head = next(number for number, line in enumerate(lines) if re.match(r"\|\s+\|\s*\[Track", line))
    rooms = re.findall(r"\[([^\]]+)\]", lines[head])
    talks = []
    for number, line in enumerate(lines[head + 2 :], start=head + 3):
        if not line.startswith("|"):
            break
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")][1:]
        filled = [(room, cell) for room, cell in zip(rooms, cells, strict=True) if cell != "-"]
        for room, cell in filled:
            linked = re.match(r"\[\*\*(.+?)\*\*(.+?)\]\(", cell)
            title = linked[1] if linked else re.sub(r"\[([^\]]+)\]\([^)]*\)|[*_]", r"\1", cell)
            people = re.split(r"\s+y\s+", linked[2]) if linked else []
            talks.append((number, title, room if len(filled) > 1 else None, people))
    return talks


def test_bilbostack_rooms_as_columns_under_a_blank_corner_and_its_phone_copy_left_out() -> None:
    name, program = read_detected(
        "pages", "bilbostack2025-agenda.es.md", ReadContext(timezone=MADRID, first_date=date(2025, 1, 25))
    )

    expected = _bilbostack_source()
    assert name == "schedule-page"
    assert len(expected) == 11  # 7 rows, 4 of them with a talk in each room; the phone copy repeats them
    got = [(item.source.line, item.title, item.location, list(item.people)) for item in program.items]
    assert got == expected
    networking = program.items[-1]
    at = datetime(2025, 1, 25, 14, 0, tzinfo=MADRID)
    assert (networking.start, networking.end) == (at, at.replace(hour=19))  # "14:00 - ~19:00"
    assert any("an approximate end, read as 19:00" in problem.message for problem in program.problems)
    assert any("21-63: note: a copy of the schedule for small screens" in said for said in program.reading)


def test_fronttalks_end_in_its_own_span_and_the_linked_speaker_under_the_title() -> None:
    name, program = read_detected(
        "html_pages", "fronttalks2016-programm.html", ReadContext(timezone=EKATERINBURG, first_date=date(2016, 9, 16))
    )

    text = _text("html_pages", "fronttalks2016-programm.html")
    times = re.findall(r'programm-time">(\d\d):00\s*<span class="programm-time-color">(\d\d):00<', text)
    titles = re.findall(r'<div class="programm-talk-title">(.*?)</div>', text)
    speakers = re.findall(r'class="programm-speaker-link">(.*?)</a>', text)
    assert name == "html-page"
    assert len(titles) == len(times) == len(speakers) == 2
    got = [(item.title, item.start, item.end, item.people) for item in program.items]
    day = datetime(2016, 9, 16, tzinfo=EKATERINBURG)
    assert got == [
        (title, day.replace(hour=int(start)), day.replace(hour=int(end)), (speaker,))
        for title, (start, end), speaker in zip(titles, times, speakers, strict=True)
    ]
