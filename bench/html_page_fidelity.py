"""Saved-page (HTML) fidelity: per real page, slots in the source (counted with lxml), items read, fields exact.

A slot is a schedule entry as the page shows it, counted with lxml alone by a rule per page
(below): a timed table row, a filled cell of a day column, a time paragraph. A field is exact
when it is written in the page: the title (white space collapsed) is in the page's text, the
start's clock ("9:00", "09:00", "9:00 am") is, and each person's name is.

Run: python bench/html_page_fidelity.py  (prints a markdown table)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import lxml.html

from program.model import Item
from program.readers.base import ReadContext
from program.readers.html_page import HtmlPageReader

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "html_pages"
Root = lxml.html.HtmlElement


def _timed_rows(root: Root) -> int:
    """Table rows whose first data cell starts with a digit (a time)."""
    return sum(
        1 for row in root.iter("tr") if row.findall("td") and row.findall("td")[0].text_content().strip()[:1].isdigit()
    )


def _track_cells(root: Root) -> int:
    """Timed rows' filled track cells (after Start and End)."""
    return sum(
        len([cell for cell in row.findall("td")[2:] if cell.text_content().strip()])
        for row in root.iter("tr")
        if row.findall("td") and row.findall("td")[0].text_content().strip()[:1].isdigit()
    )


def _day_cells(root: Root) -> int:
    """Timed rows' filled day cells, a cell spanning days counted once a day."""
    return sum(
        int(cell.get("colspan", "1"))
        for row in root.iter("tr")
        if row.findall("td") and row.findall("td")[0].text_content().strip()[:1].isdigit()
        for cell in row.findall("td")[1:]
        if cell.text_content().strip()
    )


def _hour_paragraphs(root: Root) -> int:
    return len(root.find_class("event__hour"))


def _start_times(root: Root) -> int:
    """`<time>` elements marked as a start: `itemprop="startDate"` or hCalendar's `dtstart`."""
    return sum(1 for time in root.iter("time") if time.get("itemprop") == "startDate" or "dtstart" in time.classes)


@dataclass
class Case:
    """One real page, how to read it, and its slots counted without program."""

    name: str
    zone: str | None
    first: date | None
    slots: Callable[[Root], int]


CASES = [
    Case("frontiers4lcd-2023-schedule.html", None, None, _timed_rows),
    Case("scsl-2025-schedule.html", "America/Denver", None, _timed_rows),
    Case("rethinkmarl-2025-schedule.html", "Asia/Singapore", date(2025, 4, 27), _timed_rows),
    Case("dragonpy-2020-schedule.html", "Europe/Ljubljana", None, _track_cells),
    Case("onlyoffice-summit-2024-agenda.php", "Europe/Riga", None, _hour_paragraphs),
    Case("user2015-conference-overview.php", "Europe/Copenhagen", date(2015, 6, 30), _day_cells),
    Case("agile-open-northwest-2011-schedule.php", "America/Los_Angeles", date(2011, 2, 8), _timed_rows),
    Case("pgdu-2018-schedule.html", "Australia/Melbourne", date(2018, 12, 7), _start_times),
    Case("fullfrontal-2012-schedule.php", "Europe/London", None, _start_times),
]


def _clocks(item: Item) -> set[str]:
    assert item.start is not None
    hour, minute = item.start.hour, item.start.minute
    twelve = hour % 12 or 12
    return {f"{hour}:{minute:02d}", f"{hour:02d}:{minute:02d}", f"{hour:02d}.{minute:02d}", f"{twelve}:{minute:02d}"}


def _exact(item: Item, text: str, raw: str) -> tuple[bool, bool, bool]:
    """Whether the title, the start and every person are written in the page (a start also in a `datetime`)."""
    squeezed = " ".join(text.split())
    start = any(clock in squeezed for clock in _clocks(item)) or (
        item.start is not None and f'T{item.start.hour:02d}:{item.start.minute:02d}"' in raw
    )
    return item.title in squeezed, start, all(name in squeezed for name in item.people)


def main() -> None:
    """Print the table."""
    print("| page | slots in the source | items read | titles exact | starts exact | people exact | errors |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    totals = [0] * 6
    for case in CASES:
        raw = (DATA / case.name).read_text(encoding="utf-8")
        root = lxml.html.document_fromstring(re.sub(r"<\?.*?\?>", "", raw, flags=re.DOTALL))
        context = ReadContext(first_date=case.first, timezone=ZoneInfo(case.zone) if case.zone else None)
        program = HtmlPageReader().read(raw, source=case.name, context=context)
        text = root.text_content()
        exact = [_exact(item, text, raw) for item in program.items]
        row = [
            case.slots(root),
            len(program.items),
            sum(title for title, _, _ in exact),
            sum(start for _, start, _ in exact),
            sum(people for _, _, people in exact),
            len(program.problems),
        ]
        totals = [total + value for total, value in zip(totals, row, strict=True)]
        print(f"| {case.name} | " + " | ".join(map(str, row)) + " |")
    print("| **all** | " + " | ".join(f"**{value}**" for value in totals) + " |")


if __name__ == "__main__":
    main()
