"""Trial 29's saved page (unseen), read as its source writes it (tests/data/html_pages/PROVENANCE.md).

IYRP 2026 Madrid writes each day as a date column (`program-date-number` 9, `program-date-month` "Abril 2026",
a `program-date-location` the day's place) beside `agenda-item`s of `agenda-time` "09:00 – 09:45" and an
`h3.agenda-title`. Expectations come from the source by regular expressions over its markup, never from the reader.
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from program.readers import ReadContext

from helpers import ROOT, read_detected

DATA = ROOT / "tests" / "data" / "html_pages"
MADRID = ZoneInfo("Europe/Madrid")
_MONTHS = {"Abril": 4}


def _plain(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def _iyrp_slots() -> list[tuple[str, datetime, datetime, str]]:
    """Each agenda item's title, start, end and its day column's place (the location's first line)."""
    text = re.sub(r"(?s)<!--.*?-->", "", (DATA / "iyrp2026-programa.html").read_text(encoding="utf-8"))
    slots: list[tuple[str, datetime, datetime, str]] = []
    for section in re.split(r'<div id="day-\d+" class="program-day-section">', text)[1:]:
        number = re.search(r'program-date-number">(\d+)<', section)
        month = re.search(r'program-date-month">(\w+) (\d{4})<', section)
        location = re.search(r'(?s)program-date-location">(.*?)</div>', section)
        assert number is not None and month is not None and location is not None
        day = date(int(month.group(2)), _MONTHS[month.group(1)], int(number.group(1)))
        place = re.sub(r"\s*\([^()]*\)", "", _plain(re.split(r"<br>", location.group(1))[0]))
        for clock, title in re.findall(
            r'(?s)agenda-time">(\d\d:\d\d – \d\d:\d\d)</div>\s*<h3 class="agenda-title">(.*?)</h3>', section
        ):
            start, end = (
                datetime.combine(day, datetime.strptime(part, "%H:%M").time(), MADRID) for part in clock.split(" – ")
            )
            slots.append((_plain(title), start, end, place))
    return slots


def test_iyrp_day_columns_date_their_agenda_items_and_name_their_room() -> None:
    wanted = _iyrp_slots()
    assert len(wanted) == 16  # 8 on 9 April, 7 on 10 April, the field visit on 11 April

    name, program = read_detected("html_pages", "iyrp2026-programa.html", ReadContext(timezone=MADRID))

    assert name == "html-page"
    assert [(item.title, item.start, item.end, item.location) for item in program.items] == wanted
    assert {item.location for item in program.items} == {
        "AUDITORIO PRINCIPAL, IIE. MADRID",
        "CASA DE LA MONTA – IMIDRA, ARANJUEZ",
    }
    assert all(item.people == () for item in program.items)  # the descriptions are prose
