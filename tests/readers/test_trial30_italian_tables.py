"""Trial 30's Italian schedule pages (unseen), read as their sources write them (tests/data/pages/PROVENANCE.md).

AI Day 2026 heads its pipe tables `Orario | Attivita | Room` and `Orario | Room | Sessione | Speaker | Livello /
Lingua`; MokaByte Conference 2026 `Orario | Sessione | Speaker`. Expectations come from the table rows themselves.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from program.readers import ReadContext
from program.readers.lines.rows import table_header

from helpers import ROOT, read_detected

PAGES = ROOT / "tests" / "data" / "pages"
ROME = ZoneInfo("Europe/Rome")
AIDAY = "aiday2026-readme.md"
MOKA = "mokaconf2026-readme.md"


def _rows(name: str) -> dict[int, list[str]]:
    lines = (PAGES / name).read_text(encoding="utf-8").split("\n")
    return {
        number: [cell.strip() for cell in line.strip().strip("|").split("|")]
        for number, line in enumerate(lines, 1)
        if re.match(r"^\| \d{1,2}[.:]\d{2}", line)
    }


def test_italian_header_words_name_the_time_title_people_and_room_columns() -> None:
    header = table_header(["Orario", "Room", "Sessione", "Speaker", "Livello / Lingua"], 1)
    assert header is not None
    assert header.columns == {"time": 0, "room": 1, "title": 2, "people": 3}
    attivita = table_header(["Orario", "Attivita", "Room"], 1)
    assert attivita is not None and attivita.columns == {"time": 0, "title": 1, "room": 2}


def test_aiday_rows_by_their_columns_a_stated_length_ends_a_break_and_data_dates_the_page() -> None:
    # No --date: the page writes `Data: venerdi 17/04/2026` (the weekday without its accent) above its tables.
    _, program = read_detected("pages", AIDAY, ReadContext(timezone=ROME))

    rows = _rows(AIDAY)
    assert len(rows) == 20 and len(program.items) == 20
    by_line = {item.source.line: item for item in program.items}
    for number, cells in rows.items():
        item = by_line[number]
        hours, minutes = map(int, cells[0].split(":"))
        assert item.start == datetime(2026, 4, 17, hours, minutes, tzinfo=ROME)
        if len(cells) == 3:  # `| 10:00 | Coffee Break (30 min) | Room 1 |`
            title, length = re.fullmatch(r"(.+) \((\d+) min\)", cells[1]).groups()  # type: ignore[union-attr]
            assert (item.title, item.location, item.people) == (title, cells[2], ())
            assert item.end == item.start + timedelta(minutes=int(length))
        else:  # `| 10:30 | Room 1 | Title | A, B | Advanced, Italiano |`; `-`: nobody
            people = () if cells[3] == "-" else tuple(name.strip() for name in cells[3].split(","))
            assert (item.title, item.location, item.people) == (cells[2], cells[1], people)
    # The 12:10 talks end at the lunch of the table above (13:00), not at the next talk (14:00)
    assert {by_line[number].end for number in (37, 38, 39)} == {datetime(2026, 4, 17, 13, 0, tzinfo=ROME)}


def test_mokaconf_speakers_without_affiliations_and_a_dash_is_nobody() -> None:
    _, program = read_detected("pages", MOKA, ReadContext(timezone=ROME))

    rows = _rows(MOKA)
    assert len(rows) == 15 and len(program.items) == 15
    by_line = {item.source.line: item for item in program.items}
    for number, cells in rows.items():
        people = [] if cells[2] == "-" else [re.sub(r"\s*\([^)]*\)$", "", name).strip() for name in cells[2].split(",")]
        assert (by_line[number].title, list(by_line[number].people)) == (cells[1], people)
    assert by_line[27].kind.value == by_line[30].kind.value == "break"  # Pausa caffè, Pausa pranzo
