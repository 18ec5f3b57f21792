"""Trial 24's schedule pages (unseen), read as their sources write them (PROVENANCE.md of each folder).

Expectations come from the sources by regular expressions over their markup, never from the
reader: PHPeste 2019's two-track tables of `<h5>Name</h5>` talk cells, OSH 2014's Markdown holding a table,
WHG 2019's PHP page of time headings over titled surnames.
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
RECIFE = ZoneInfo("America/Recife")
TOKYO = ZoneInfo("Asia/Tokyo")
BERLIN = ZoneInfo("Europe/Berlin")


def _text(folder: str, name: str) -> str:
    return (DATA / folder / name).read_text(encoding="utf-8")


def _phpeste_talks() -> list[tuple[str, str]]:
    """Each talk cell's title (the text after `</small>`, links left out) and its speaker (the `<h5>`)."""
    talks: list[tuple[str, str]] = []
    for cell in re.findall(r"<td>(.*?)</td>", _text("html_pages", "phpeste2019-programming.blade.php"), re.S):
        speaker = re.search(r"<h5>(.*?)</h5>", cell)
        if speaker:
            rest = re.sub(r"<a .*?</a>", "", cell.split("</small>")[1], flags=re.S)
            talks.append((" ".join(html.unescape(re.sub(r"<[^>]+>", " ", rest)).split()), speaker[1].strip()))
    return talks


def test_phpeste_cells_headed_by_a_name_are_its_talk_and_speaker() -> None:
    name, program = read_detected(
        "html_pages",
        "phpeste2019-programming.blade.php",
        ReadContext(timezone=RECIFE, first_date=date(2019, 10, 19)),
    )

    talks = _phpeste_talks()
    assert name == "html-page"
    assert len(talks) == 28
    assert len(program.items) == 43  # and 15 plenary cells
    read = [(item.title, item.people) for item in program.items if item.people]
    assert read == [(title, (speaker,)) for title, speaker in talks]
    assert all("ver slide" not in item.people for item in program.items)  # a slides link is no person
    first = program.items[2]  # `<h5>Aline Chaves</h5>`, `(PHP com Rapadura e PHPWomen)`, the title, `ver slide`
    at = datetime(2019, 10, 19, 8, 45, tzinfo=RECIFE)
    assert (first.title, first.people) == ("Em DDD, domain, que falta eu sinto de você", ("Aline Chaves",))
    assert (first.start, first.end, first.location) == (at, at.replace(hour=9, minute=25), "Trilha 1")
    assert [link.label for link in first.links] == ["ver slide"]
    english = next(item for item in program.items if item.people == ("Len Lorijn",))
    assert english.title == "Introduction to Magento (inglês)"  # `(Holanda)` above it is where he works


def _osh_rows() -> list[tuple[str, str, str, tuple[str, ...]]]:
    """Each row's start and end (its time cell's two clocks), title (内容, else 講師) and person (講師 by a title)."""
    rows: list[tuple[str, str, str, tuple[str, ...]]] = []
    for row in re.findall(r"<tr>(.*?)</tr>", _text("html_pages", "osh2014-timetable.md"), re.S):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        if cells:
            start, end = re.findall(r"\d{1,2}:\d{2}", cells[0])
            speaker, title = (" ".join(html.unescape(re.sub(r"<[^>]+>", " ", cell)).split()) for cell in cells[1:])
            rows.append((start, end, title or speaker, (speaker,) if title else ()))
    return rows


def test_osh_markdown_holding_a_table_of_start_length_end_cells_is_a_saved_page() -> None:
    name, program = read_detected(
        "html_pages", "osh2014-timetable.md", ReadContext(timezone=TOKYO, first_date=date(2014, 2, 1))
    )

    rows = _osh_rows()
    assert name == "html-page"  # not time-led Markdown lines: `90分` and the speakers were items so
    assert len(rows) == 10
    read = [(item.start, item.end, item.title, item.people) for item in program.items]
    day = datetime(2014, 2, 1, tzinfo=TOKYO)

    def at(clock: str) -> datetime:
        hour, minute = map(int, clock.split(":"))
        return day.replace(hour=hour, minute=minute)

    assert read == [(at(start), at(end), title, people) for start, end, title, people in rows]
    assert read[1][2:] == ("TDD のこころ - テスト駆動開発に大事なもの", ("和田卓人",))
    assert [item.kind for item in (program.items[0], program.items[-1])] == [Kind.OPENING, Kind.CLOSING]


def _whg_slots() -> list[tuple[int, str, str, str, list[str]]]:
    """Each `<h2>` slot: its line, times, title, and the people of its `<p>`'s last line when that holds a title."""
    text = _text("html_pages", "whg2019-timeline.php")
    slots: list[tuple[int, str, str, str, list[str]]] = []
    for found in re.finditer(r"<h2>(\d\d:\d\d) - (\d\d:\d\d) \| (.*?)</h2>\s*<p>(.*?)</p>", text, re.S):
        last = html.unescape(re.sub(r"<[^>]+>", "", found[4].split("<br>")[-1])).strip()
        people = []
        if re.search(r"\b(?:StD|OStD|MdB|Prof\.|Dr\.)\s", last):
            for part in last.split(","):
                bare = re.sub(r"^(?:(?:OStD|StD|MdB|Prof\.|Dr\.)\s+)+", "", re.sub(r"\s*\([^)]*\)$", "", part.strip()))
                people.append(re.sub(r"\s+[A-Z]{2,5}$", "", bare))
        line = text.count("\n", 0, found.start()) + 1
        slots.append((line, found[1], found[2], html.unescape(found[3]), people))
    return slots


def test_whg_titled_surnames_are_people_and_lines_count_from_the_php_preamble() -> None:
    name, program = read_detected(
        "html_pages", "whg2019-timeline.php", ReadContext(timezone=BERLIN, first_date=date(2019, 11, 21))
    )

    slots = _whg_slots()
    assert name == "html-page"
    assert [slot[0] for slot in slots] == [13, 19, 26, 33]  # after the ten lines of `<?php … ?>`
    day = datetime(2019, 11, 21, tzinfo=BERLIN)

    def at(clock: str) -> datetime:
        hour, minute = map(int, clock.split(":"))
        return day.replace(hour=hour, minute=minute)

    read = [(item.source.line, item.start, item.end, item.title, list(item.people)) for item in program.items]
    assert read == [(line, at(start), at(end), title, people) for line, start, end, title, people in slots]
    assert program.items[0].people == ("Kress",)  # `StD Kress SSL`: a title, the surname, an office's letters


def test_whg_notes_name_each_line_of_a_paragraph_and_the_forum_is_a_panel() -> None:
    """A `<p>` over two lines of text: each not-placed line is named at its own line, not the `<p>`'s."""
    _, program = read_detected(
        "html_pages", "whg2019-timeline.php", ReadContext(timezone=BERLIN, first_date=date(2019, 11, 21))
    )
    lines = _text("html_pages", "whg2019-timeline.php").split("\n")
    themes = [number for number, line in enumerate(lines, start=1) if "&bdquo;" in line or "Anschauen," in line]
    noted = [int(line.split(":")[1]) for line in program.reading if ": not placed: " in line]

    assert themes == [28, 29, 35]
    assert noted == themes
    assert program.items[-1].title == "Forum"
    assert program.items[-1].kind is Kind.PANEL  # five guests on the stage over one question


def test_phpeste_titles_running_on_after_their_kind_word_are_that_kind() -> None:
    """`Painel das comunidades …` (a panel of …) and `Sorteio de brindes e encerramento …` (… and the closing)."""
    _, program = read_detected(
        "html_pages",
        "phpeste2019-programming.blade.php",
        ReadContext(timezone=RECIFE, first_date=date(2019, 10, 19)),
    )
    source = _text("html_pages", "phpeste2019-programming.blade.php")
    plenary = [
        html.unescape(re.sub(r"<[^>]+>", "", cell)).strip()
        for cell in re.findall(r'<td colspan="2">(.*?)</td>', source)
    ]
    run_on = [title for title in plenary if title.startswith(("Painel ", "Sorteio "))]

    kinds = {item.title: item.kind for item in program.items if item.title in run_on}
    assert len(run_on) == 4
    assert kinds == {
        "Painel das comunidades mais arretadas do Brasil": Kind.PANEL,
        "Sorteio de brindes e encerramento primeiro dia": Kind.CLOSING,
        "Sorteio de brindes e encerramento da conferência": Kind.CLOSING,
    }
