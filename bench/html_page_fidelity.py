"""Saved-page (HTML) fidelity: per real page, slots in the source (counted with lxml), items read, fields exact.

A slot is a schedule entry as the page shows it, counted with lxml alone by a rule per page
(below): a timed table row, a filled cell of a day column, a time paragraph. The fields (day,
title, start, end, people, kind, room) are compared with the hand-written expectations in
tests/data/html_pages/expected/<page>.json: an item is matched to the expected slot of its day,
start and room (in order when several share them); a slot no item matches misses all its fields.

Run: python bench/html_page_fidelity.py  (prints a markdown table)
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import lxml.html
from page_fidelity import fields as page_fields  # run as a script: bench/ is on the path

from program.model import Item, Program
from program.readers.base import ReadContext
from program.readers.html_page import HtmlPageReader

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "html_pages"
Root = lxml.html.HtmlElement


def _timed_rows(root: Root) -> int:
    """Table rows whose first data cell (a `<td>`, or a row's `<th>` before them) starts with a digit (a time)."""
    return sum(
        1
        for row in root.iter("tr")
        if (cells := [cell for cell in row if cell.tag in ("td", "th")])
        and any(cell.tag == "td" for cell in cells)
        and cells[0].text_content().strip()[:1].isdigit()
    )


def _second_cell_times(root: Root) -> int:
    """Table rows whose second cell is a clock time ("8:15"), whatever the first holds (a date, a talk's number)."""
    return sum(
        1
        for row in root.iter("tr")
        if len(cells := row.findall("td")) > 1 and re.fullmatch(r"\d{1,2}:\d{2}", cells[1].text_content().strip())
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


def _filled_cells(root: Root) -> int:
    """Filled cells after the first of rows whose first cell holds a digit (a time, "After 19:00")."""
    return sum(
        1
        for row in root.iter("tr")
        if row.findall("td") and any(char.isdigit() for char in row.findall("td")[0].text_content())
        for cell in row.findall("td")[1:]
        if cell.text_content().strip()
    )


def _hour_paragraphs(root: Root) -> int:
    return len(root.find_class("event__hour"))


def _start_times(root: Root) -> int:
    """`<time>` elements marked as a start: `itemprop="startDate"` or hCalendar's `dtstart`."""
    return sum(1 for time in root.iter("time") if time.get("itemprop") == "startDate" or "dtstart" in time.classes)


def _schedule_events(root: Root) -> int:
    """SinglePageSchedule's event list items (`li.schedule_event`), each one `<time datetime>` range."""
    return len(root.find_class("schedule_event"))


def _day_paragraphs(root: Root) -> int:
    """Timed rows' filled day cells, a cell of paragraphs counted a slot a paragraph (SPIN 2024's sessions)."""
    return sum(
        max(1, len(cell.findall("p")))
        for row in root.iter("tr")
        if row.findall("td") and row.findall("td")[0].text_content().strip()[:1].isdigit()
        for cell in row.findall("td")[1:]
        if cell.text_content().strip()
    )


def _rows_and_timed_items(root: Root) -> int:
    """`_timed_rows`, and the list items inside them that open with a time in bold (CILC 2025's talks)."""
    timed = [
        item
        for item in root.iter("li")
        if (bold := item.find("strong")) is not None and bold.text_content()[:1].isdigit()
    ]
    return _timed_rows(root) + len(timed)


def _time_spans(root: Root) -> int:
    """`<span>`s that open with a clock time (PRL 2025's grid cells and break rows: `9:45 AM - 10:15 AM`)."""
    return sum(1 for span in root.iter("span") if re.match(r"\d{1,2}:\d{2}", span.text_content().strip()))


def _timed_talks(root: Root) -> int:
    """Timed rows (a time in the last cell) and the talks listed inside them (`<li>` with a `<b>` after text)."""
    rows = [
        row
        for row in root.iter("tr")
        if row.findall("td") and row.findall("td")[-1].text_content().strip()[:1].isdigit()
    ]
    talks = [
        item for row in rows for item in row.iter("li") if (item.text or "").strip() and item.find("b") is not None
    ]
    return len(rows) + len(talks)


def _coded_papers(root: Root) -> int:
    """Session blocks (`summary.time`) and the papers inside them (`div.id_program`)."""
    return len(root.find_class("time")) + len(root.find_class("id_program"))


def _rows_and_papers(root: Root) -> int:
    """Timed rows and the papers listed in them (`span.paper-title`)."""
    return _timed_rows(root) + len(root.find_class("paper-title"))


def _rows_and_boxes(root: Root) -> int:
    """`_timed_rows`, and the rows with an empty first cell whose box holds a title in bold or italics (talks)."""
    boxes = [
        row
        for row in root.iter("tr")
        if len(cells := row.findall("td")) > 1
        and not cells[0].text_content().strip()
        and next(cells[-1].iter("strong", "em", "b", "i"), None) is not None
    ]
    return _timed_rows(root) + len(boxes)


def _bootstrap_columns(root: Root) -> int:
    """Bootstrap schedule rows' filled columns after the time column (3D GeoInfo 2021's parallel papers)."""
    return sum(
        1
        for row in root.find_class("schedule-item")
        for column in [child for child in row if isinstance(child.tag, str)][1:]
        if column.text_content().strip()
    )


def _headings_and_talks(root: Root) -> int:
    """Headings that write a time (not a session's), panel headings (not a room's), and their talks (not chairs)."""
    timed = [
        heading
        for heading in root.iter("h3")
        if re.search(r"\d:\d\d", text := heading.text_content()) and not text.strip().startswith("Session")
    ]
    panels = [heading for heading in root.iter("h4") if not heading.text_content().strip().startswith("Room:")]
    talks = [item for item in root.iter("li") if not re.match(r"\s*(?:Chair|Presenters):", item.text_content())]
    return len(timed) + len(panels) + len(talks)


def _clock_rows_and_cells(root: Root) -> int:
    """Rows whose first cell opens with a clock time, and the cells beside it that write their own (WASN 2018)."""
    clock = re.compile(r"\d{1,2}:\d{2}")
    rows = [cells for row in root.iter("tr") if (cells := row.findall("td"))]
    rows = [cells for cells in rows if clock.match(cells[0].text_content().strip())]
    return len(rows) + sum(1 for cells in rows for cell in cells[1:] if clock.match(cell.text_content().strip()))


def _timed_headings_and_items(root: Root) -> int:
    """Headings that open with a clock time, and list items that open with one in bold (BLP 2023's talks)."""
    clock = re.compile(r"\s*\d{1,2}:\d{2}")
    headings = [heading for heading in root.iter("h3", "h4") if clock.match(heading.text_content())]
    talks = [
        item
        for item in root.iter("li")
        if (bold := item.find("strong")) is not None and clock.match(bold.text_content())
    ]
    return len(headings) + len(talks)


def _class_timed_events(root: Root) -> int:
    """Elements classed `event` with a `start-HHMM` class (DQML 2022's CSS-grid timetable)."""
    return sum(
        1
        for element in root.iter()
        if isinstance(element.tag, str)
        and "event" in (classes := (element.get("class") or "").split())
        and any(re.fullmatch(r"start-\d{3,4}", token) for token in classes)
    )


def _first_cells(root: Root) -> int:
    """Rows of a schedule table (no `navigation` class) whose first cell is filled and spans no other row's."""
    return sum(
        1
        for table in root.iter("table")
        if table.get("class") != "navigation"
        for row in table.iter("tr")
        if (cells := [cell for cell in row if cell.tag == "td"]) and cells[0].get("class") != "speaker"
    )


def _time_paragraphs(root: Root) -> int:
    """Paragraphs that open with a bold "Time" label (HiPeCASP 2025: `<p><strong>Time</strong>: 14:00 - …`)."""
    return sum(
        1 for paragraph in root.iter("p") if (bold := paragraph.find("strong")) is not None and bold.text == "Time"
    )


def _spanning_cells(root: Root) -> int:
    """Cells that say how many rows they span (KaRS 2022's grid of 5-minute rows: an item each)."""
    return sum(1 for cell in root.iter("td") if cell.get("rowspan"))


def _bold_time_paragraphs(root: Root) -> int:
    """Paragraphs that open with a time in bold (FEAST 2021: `<p><strong>13:00 - 13:15</strong> Opening</p>`)."""
    return sum(
        1
        for paragraph in root.iter("p")
        if (bold := paragraph.find("strong")) is not None and re.match(r"\d{1,2}:\d{2}", bold.text_content().strip())
    )


def _grid_time_columns(root: Root) -> int:
    """A grid's rows led by a time column (Frontendconf 2011: `<div class="column grid_2">09.00 - 10.00</div>`)."""
    return sum(
        1 for column in root.find_class("grid_2") if re.match(r"\d{1,2}[.:]\d{2}\s*-", column.text_content().strip())
    )


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
    # Unseen when their expectations were written (see PROVENANCE.md); HTML inside Markdown (detected
    # as html-page since issue 28's fourth wave; read here with --format html-page like the others).
    Case("csama-2023-programme.md", "Europe/Rome", date(2023, 6, 11), _timed_rows),
    Case("iiccsss-2023-program.md", "Europe/Berlin", date(2023, 9, 11), _filled_cells),
    # Trial finds (issue 28, sixth wave): HTML tables inside Markdown whose cells are marked up.
    Case("aacl2023srw-schedule.md", None, None, _timed_rows),
    Case("sechope23-program.md", "America/Los_Angeles", date(2023, 5, 25), _timed_talks),
    # Unseen when their expectations were typed (issue 28, sixth wave).
    Case("perls-2021-schedule.md", "America/New_York", date(2021, 12, 13), _timed_rows),
    Case("chi-workshop-template-schedule.php", "UTC", date(2020, 1, 1), _timed_rows),
    # Trial 4 (issue 28): a generated day page, programme codes beside the times (an excerpt).
    Case("edtm2025-day1.html", "Asia/Hong_Kong", None, _coded_papers),
    # Trial 5 (issue 28): days as columns under a room's header row, chairs' rows over their talks.
    Case("apm2025-program.md", "Europe/Lisbon", date(2025, 10, 1), _day_cells),
    # Trial 5 (issue 28): session cells whose classes name the session, its chair and its papers.
    Case("iwsda2025-program.html", "Australia/Melbourne", None, _rows_and_papers),
    # Trial 7 (issue 28): `<time datetime="START-END">` ranges in UTC (`Z`) beside the London clock shown.
    Case("bristoldataweek2025-index.html", "Europe/London", None, _schedule_events),
    # Trial 7 (issue 28): days as columns, rowspan/colspan; sessions' topics and evenings' venues on a second line.
    Case("pvis2023-program.html", "Asia/Seoul", None, _day_cells),
    # Trial 8 (issue 28): a table a day, session cells of a chair and a list of talks at their own times.
    Case("cilc2025-program.md", "Europe/Rome", None, _rows_and_timed_items),
    # Trial 8 re-run (issue 28): days as columns of session cells in paragraphs: keynotes at their own time, papers.
    Case("spin2024-program.md", "Europe/Luxembourg", date(2024, 4, 10), _day_paragraphs),
    # Trial 8 re-run (issue 28): a Tailwind CSS grid of spans, three a row (time, speaker, title).
    Case("prl-neutrino2025-schedule.html", "Asia/Kolkata", date(2025, 3, 19), _time_spans),
    # Trial 9 (issue 28): a header-less table whose untimed rows under a timed row are its talks (boxes).
    Case("5gmemu2024-program.html", "America/Los_Angeles", None, _rows_and_boxes),
    # Trial 9 (issue 28): a Bootstrap grid of time rows, two parallel papers in `col-md-5` columns, days as tabs.
    Case("3dgeoinfo2021-program.html", None, date(2021, 10, 11), _bootstrap_columns),
    # Trial 9 (issue 28): HTML in Markdown, slots as time headings, parallel panels under a session's time.
    Case("keystonedh2023-schedule.md", "America/New_York", date(2023, 6, 16), _headings_and_talks),
    # Trial 8 re-run (issue 28): a year-first heading a day, cells of title, 講者/引言人 lines and a bracketed
    # room; a rowspan cell beside two rows writing its own time (16:00~17:20).
    Case("wasn2018-agenda.html", "Asia/Taipei", None, _clock_rows_and_cells),
    # Trial 10 (issue 28): a table a day under its heading, `9:00 am - 11:00 am PDT`, `After …`, `Until …`, `All Day`.
    Case("ndnhack11-program.html", None, None, _first_cells),
    # Trial 10 (issue 28): one `<table>` per slot, the time spanning the title and a `KEYNOTE - Name, Org` row.
    Case("cmmca2024-agenda.html", "Africa/Casablanca", None, _first_cells),
    # Trial 10 (issue 28): HTML in Markdown, a block of rows per room under a `Raum W1` row, starts only.
    Case("tuebix2016-programm-raumplan.md", "Europe/Berlin", date(2016, 6, 11), _timed_rows),
    # Trial 10 (issue 28): starts only, a `12:30AM` lunch between 11:30AM and 1:30 PM, `<b>Invited Speaker: Name</b>`
    # over an italic affiliation, all of a cell inside one link.
    Case("mlsys2023-schedule.md", "America/Chicago", date(2023, 12, 16), _timed_rows),
    # Trial 11: time headings over lists of talks at their own times (`<strong>09:50 - 10:02: Title</strong><br />
    # Authors`), a side table of deadlines, a deadline's "(UTC-0)" that is not the schedule's zone (Singapore).
    Case("blp2023-program.html", "Asia/Singapore", None, _timed_headings_and_items),
    # Trial 11: a CSS-grid timetable, times only in class names (`start-1730 end-1800`), days only by column order.
    Case("dqml22-schedule.html", "Europe/Vienna", date(2022, 2, 1), _class_timed_events),
    # Session 11: an HTML table in Markdown, `Invited Talk by <strong>Name</strong>` in its only column, day in prose.
    Case("tpm2024-program.md", "Europe/Madrid", None, _timed_rows),
    # Session 11, unseen (issue 28): a table a day under `<h5>Day 1 (Tuesday, 11/5)</h5>` (US month/day, no year).
    Case("cyberscitech2024-overview.md", "Asia/Manila", date(2024, 11, 5), _timed_rows),
    # Session 11: headings over a "Time: 14:00 - 15:30 Chair: Name" paragraph.
    Case("hipecasp2025-program.md", "Asia/Kolkata", date(2025, 4, 7), _time_paragraphs),
    # Session 11: tables of cells holding Markdown (`markdown="span"`): `**Keynote**<br/>[Name -- Title](…)`.
    Case("bafa2017-program.md", "Europe/Amsterdam", date(2017, 10, 12), _timed_rows),
    # Session 11: a built jekyll-conference page, a grid of 5-minute rows with a spacer column, items spanning rows.
    Case("kars2022-program.html", "America/Los_Angeles", date(2022, 9, 22), _spanning_cells),
    # Session 11: a built Jekyll page of paragraphs led by a bold time range.
    Case("feast2021-program.html", "Europe/Madrid", date(2021, 9, 17), _bold_time_paragraphs),
    # Session 11: days as columns, a second header row ("Time (EST) | Workshops | Main, Day 1") under the days.
    Case("mobihoc2023-program.md", None, date(2023, 10, 23), _day_cells),
    # Session 11: a header-less table, invited talks written `Name: "Title"`.
    Case("mldpr2025-schedule.md", "Asia/Singapore", date(2025, 4, 27), _timed_rows),
    # Session 11: a 960 grid of rows, the time a `grid_2` column, the title the next column's text alone.
    Case("frontendconf2011-saturday.php", "Europe/Zurich", date(2011, 9, 10), _grid_time_columns),
    # Trial 14: a sheet saved from Excel whose Date column numbers the talks between its dates, map links as titles.
    Case("a3rona2024-program.htm", "Asia/Seoul", date(2024, 11, 1), _second_cell_times),
    # Trial 14: `<b>Invited Talk #1</b> Name: Title` cells.
    Case("dmlw2022-schedule.html", None, None, _timed_rows),
    # Trial 14: HTML in Markdown, ISO moments `2022-10-17T 13:00:00+09:00`, italic kind over bold title over names.
    Case("meec2022-program.md", None, None, _timed_rows),
]


FIELDS = ("day", "title", "start", "end", "people", "kind", "room")


def read(case: Case) -> Program:
    """The page read with its case's --timezone and --date."""
    raw = (DATA / case.name).read_text(encoding="utf-8")
    context = ReadContext(first_date=case.first, timezone=ZoneInfo(case.zone) if case.zone else None)
    return HtmlPageReader().read(raw, source=case.name, context=context)


def expected(name: str) -> list[dict[str, object]]:
    """The hand-written expectation of a page."""
    return list(json.loads((DATA / "expected" / f"{name}.json").read_text(encoding="utf-8")))


def fields(item: Item) -> dict[str, object]:
    """The fields compared, as the expectations write them (those of the text pages but the line)."""
    return {field: value for field, value in page_fields(item).items() if field != "line"}


def matched(items: Sequence[Item], wanted: Sequence[dict[str, object]]) -> list[dict[str, object] | None]:
    """For each expected slot, the fields of the item read at its day, start and room (None: not read)."""
    pool: dict[tuple[object, ...], list[dict[str, object]]] = {}
    for item in items:
        found = fields(item)
        pool.setdefault((found["day"], found["start"], found["room"]), []).append(found)
    return [
        bucket.pop(0) if (bucket := pool.get((entry["day"], entry["start"], entry["room"]))) else None
        for entry in wanted
    ]


def exact_fields(items: Sequence[Item], wanted: Sequence[dict[str, object]]) -> int:
    """How many expected fields the items give exactly."""
    return sum(
        found is not None and found[field] == entry[field]
        for entry, found in zip(wanted, matched(items, wanted), strict=True)
        for field in FIELDS
    )


def main() -> None:
    """Print the table."""
    print("| page | slots in the source | slots expected | items read | fields exact | problems |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    totals = [0] * 5
    for case in CASES:
        raw = (DATA / case.name).read_text(encoding="utf-8")
        root = lxml.html.document_fromstring(re.sub(r"<\?.*?\?>", "", raw, flags=re.DOTALL))
        program = read(case)
        wanted = expected(case.name)
        exact = exact_fields(program.items, wanted)
        row = [case.slots(root), len(wanted), len(program.items), exact, len(program.problems)]
        totals = [total + value for total, value in zip(totals, row, strict=True)]
        cells = [*map(str, row[:3]), f"{exact}/{len(wanted) * len(FIELDS)}", str(row[4])]
        print(f"| {case.name} | " + " | ".join(cells) + " |")
    all_fields = f"**{totals[3]}/{totals[1] * len(FIELDS)}**"
    print(f"| **all** | **{totals[0]}** | **{totals[1]}** | **{totals[2]}** | {all_fields} | **{totals[4]}** |")


if __name__ == "__main__":
    main()
