"""How many slots a saved schedule page holds, counted from its HTML with lxml, independently of the reader.

Each page of tests/data/html_pages is counted by the rule that fits its markup (table rows whose first
cell is a time, headings over timed items, a grid's spanning cells…); `html_page_fidelity.py` names
the rule of each page and compares the reader's items with the count.
"""

from __future__ import annotations

import re

import lxml.html

Root = lxml.html.HtmlElement


def timed_rows(root: Root) -> int:
    """Table rows whose first data cell (a `<td>`, or a row's `<th>` before them) starts with a digit (a time)."""
    return sum(
        1
        for row in root.iter("tr")
        if (cells := [cell for cell in row if cell.tag in ("td", "th")])
        and any(cell.tag == "td" for cell in cells)
        and cells[0].text_content().strip()[:1].isdigit()
    )


def second_cell_times(root: Root) -> int:
    """Table rows whose second cell is a clock time ("8:15"), whatever the first holds (a date, a talk's number)."""
    return sum(
        1
        for row in root.iter("tr")
        if len(cells := row.findall("td")) > 1 and re.fullmatch(r"\d{1,2}:\d{2}", cells[1].text_content().strip())
    )


def track_cells(root: Root) -> int:
    """Timed rows' filled track cells (after Start and End)."""
    return sum(
        len([cell for cell in row.findall("td")[2:] if cell.text_content().strip()])
        for row in root.iter("tr")
        if row.findall("td") and row.findall("td")[0].text_content().strip()[:1].isdigit()
    )


def day_cells(root: Root) -> int:
    """Timed rows' filled day cells, a cell spanning days counted once a day."""
    return sum(
        int(cell.get("colspan", "1"))
        for row in root.iter("tr")
        if row.findall("td") and row.findall("td")[0].text_content().strip()[:1].isdigit()
        for cell in row.findall("td")[1:]
        if cell.text_content().strip()
    )


def filled_cells(root: Root) -> int:
    """Filled cells after the first of rows whose first cell holds a digit (a time, "After 19:00")."""
    return sum(
        1
        for row in root.iter("tr")
        if row.findall("td") and any(char.isdigit() for char in row.findall("td")[0].text_content())
        for cell in row.findall("td")[1:]
        if cell.text_content().strip()
    )


def hour_paragraphs(root: Root) -> int:
    """Elements of the class `event__hour`: one a slot."""
    return len(root.find_class("event__hour"))


def start_times(root: Root) -> int:
    """`<time>` elements marked as a start: `itemprop="startDate"` or hCalendar's `dtstart`."""
    return sum(1 for time in root.iter("time") if time.get("itemprop") == "startDate" or "dtstart" in time.classes)


def schedule_events(root: Root) -> int:
    """SinglePageSchedule's event list items (`li.schedule_event`), each one `<time datetime>` range."""
    return len(root.find_class("schedule_event"))


def day_paragraphs(root: Root) -> int:
    """Timed rows' filled day cells, a cell of paragraphs counted a slot a paragraph (SPIN 2024's sessions)."""
    return sum(
        max(1, len(cell.findall("p")))
        for row in root.iter("tr")
        if row.findall("td") and row.findall("td")[0].text_content().strip()[:1].isdigit()
        for cell in row.findall("td")[1:]
        if cell.text_content().strip()
    )


def rows_and_timed_items(root: Root) -> int:
    """`_timed_rows`, and the list items inside them that open with a time in bold (CILC 2025's talks)."""
    timed = [
        item
        for item in root.iter("li")
        if (bold := item.find("strong")) is not None and bold.text_content()[:1].isdigit()
    ]
    return timed_rows(root) + len(timed)


def timed_rows_and_listed(root: Root) -> int:
    """`timed_rows`, and every list item inside them (CAICU 2023's `<li>Name - Title</li>` talks of a `Mesa`)."""
    rows = [
        row for row in root.iter("tr") if (cells := row.findall("td")) and cells[0].text_content().strip()[:1].isdigit()
    ]
    return timed_rows(root) + sum(1 for row in rows for _ in row.iter("li"))


def time_spans(root: Root) -> int:
    """`<span>`s that open with a clock time (PRL 2025's grid cells and break rows: `9:45 AM - 10:15 AM`)."""
    return sum(1 for span in root.iter("span") if re.match(r"\d{1,2}:\d{2}", span.text_content().strip()))


def timed_talks(root: Root) -> int:
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


def coded_papers(root: Root) -> int:
    """Session blocks (`summary.time`) and the papers inside them (`div.id_program`)."""
    return len(root.find_class("time")) + len(root.find_class("id_program"))


def rows_and_papers(root: Root) -> int:
    """Timed rows and the papers listed in them (`span.paper-title`)."""
    return timed_rows(root) + len(root.find_class("paper-title"))


def rows_and_boxes(root: Root) -> int:
    """`_timed_rows`, and the rows with an empty first cell whose box holds a title in bold or italics (talks)."""
    boxes = [
        row
        for row in root.iter("tr")
        if len(cells := row.findall("td")) > 1
        and not cells[0].text_content().strip()
        and next(cells[-1].iter("strong", "em", "b", "i"), None) is not None
    ]
    return timed_rows(root) + len(boxes)


def bootstrap_columns(root: Root) -> int:
    """Bootstrap schedule rows' filled columns after the time column (3D GeoInfo 2021's parallel papers)."""
    return sum(
        1
        for row in root.find_class("schedule-item")
        for column in [child for child in row if isinstance(child.tag, str)][1:]
        if column.text_content().strip()
    )


def headings_and_talks(root: Root) -> int:
    """Headings that write a time (not a session's), panel headings (not a room's), and their talks (not chairs)."""
    timed = [
        heading
        for heading in root.iter("h3")
        if re.search(r"\d:\d\d", text := heading.text_content()) and not text.strip().startswith("Session")
    ]
    panels = [heading for heading in root.iter("h4") if not heading.text_content().strip().startswith("Room:")]
    talks = [item for item in root.iter("li") if not re.match(r"\s*(?:Chair|Presenters):", item.text_content())]
    return len(timed) + len(panels) + len(talks)


def clock_rows_and_cells(root: Root) -> int:
    """Rows whose first cell opens with a clock time, and the cells beside it that write their own (WASN 2018)."""
    clock = re.compile(r"\d{1,2}:\d{2}")
    rows = [cells for row in root.iter("tr") if (cells := row.findall("td"))]
    rows = [cells for cells in rows if clock.match(cells[0].text_content().strip())]
    return len(rows) + sum(1 for cells in rows for cell in cells[1:] if clock.match(cell.text_content().strip()))


def timed_headings_and_items(root: Root) -> int:
    """Headings that open with a clock time, and list items that open with one in bold (BLP 2023's talks)."""
    clock = re.compile(r"\s*\d{1,2}:\d{2}")
    headings = [heading for heading in root.iter("h3", "h4") if clock.match(heading.text_content())]
    talks = [
        item
        for item in root.iter("li")
        if (bold := item.find("strong")) is not None and clock.match(bold.text_content())
    ]
    return len(headings) + len(talks)


def class_timed_events(root: Root) -> int:
    """Elements classed `event` with a `start-HHMM` class (DQML 2022's CSS-grid timetable)."""
    return sum(
        1
        for element in root.iter()
        if isinstance(element.tag, str)
        and "event" in (classes := (element.get("class") or "").split())
        and any(re.fullmatch(r"start-\d{3,4}", token) for token in classes)
    )


def first_cells(root: Root) -> int:
    """Rows of a schedule table (no `navigation` class) whose first cell is filled and spans no other row's."""
    return sum(
        1
        for table in root.iter("table")
        if table.get("class") != "navigation"
        for row in table.iter("tr")
        if (cells := [cell for cell in row if cell.tag == "td"]) and cells[0].get("class") != "speaker"
    )


def time_paragraphs(root: Root) -> int:
    """Paragraphs that open with a bold "Time" label (HiPeCASP 2025: `<p><strong>Time</strong>: 14:00 - …`)."""
    return sum(
        1 for paragraph in root.iter("p") if (bold := paragraph.find("strong")) is not None and bold.text == "Time"
    )


def spanning_cells(root: Root) -> int:
    """Cells that say how many rows they span (KaRS 2022's grid of 5-minute rows: an item each)."""
    return sum(1 for cell in root.iter("td") if cell.get("rowspan"))


def bold_time_paragraphs(root: Root) -> int:
    """Paragraphs that open with a time in bold (FEAST 2021: `<p><strong>13:00 - 13:15</strong> Opening</p>`)."""
    return sum(
        1
        for paragraph in root.iter("p")
        if (bold := paragraph.find("strong")) is not None and re.match(r"\d{1,2}:\d{2}", bold.text_content().strip())
    )


def grid_time_columns(root: Root) -> int:
    """A grid's rows led by a time column (Frontendconf 2011: `<div class="column grid_2">09.00 - 10.00</div>`)."""
    return sum(
        1 for column in root.find_class("grid_2") if re.match(r"\d{1,2}[.:]\d{2}\s*-", column.text_content().strip())
    )


def timed_list_items(root: Root) -> int:
    """List items that open with a clock time (Agile France 2013: `<li>10:00 - 11:00 - Title - <a>Name</a></li>`)."""
    return sum(1 for item in root.iter("li") if re.match(r"\d{1,2}:\d{2}", item.text_content().strip()))


def lines_ending_in_times(root: Root) -> int:
    """Paragraph lines (between `<br>`s) ending with a clock time (EAAE 2023: `<b>Keynote 3</b> 5:00 pm - 6:00 pm`)."""
    lines = [
        re.sub(r"<[^>]+>", "", piece).strip()
        for paragraph in root.iter("p")
        for piece in re.split(r"<br\s*/?>", lxml.html.tostring(paragraph, encoding="unicode"))
    ]
    return sum(1 for line in lines if re.search(r"\d{1,2}:\d{2}\s*[ap]m$", line, re.IGNORECASE))


def class_named_times(root: Root) -> int:
    """Elements whose class names a slot's time: `slot-time`, `programme__event-date`, `agenda-time`.

    ESE 2026's `slot-time` is one a slot, its two times inside; IYRP 2026's `agenda-time` one an agenda item.
    """
    named = (
        "slot-time",
        "programme__event-date",
        "agenda-time",
    )  # MMI&Après 2019: `<span class="programme__event-date">8h30</span>`
    return sum(1 for element in root.iter() if any(name in (element.get("class") or "").split() for name in named))


def time_label_headings(root: Root) -> int:
    """Headings that open with a time label (ESS 2013: `<h4>Zeit: Mo. (23.9.), 09:00 Uhr bis …</h4>`, one a course)."""
    headings = (element for level in ("h2", "h3", "h4", "h5") for element in root.iter(level))
    return sum(1 for heading in headings if re.match(r"(?:zeit|time)\s*:", heading.text_content().strip(), re.I))


def timed_rows_and_double_breaks(root: Root) -> int:
    """Rows with a clock time in any cell, plus one per `<br><br>` in a cell (CICA 2017: two activities in a cell)."""
    rows = [row for row in root.iter("tr") if any(cell.tag == "td" for cell in row)]
    timed = sum(1 for row in rows if re.search(r"\d{1,2}:\d{2}", row.text_content()))
    doubled = sum(
        len(re.findall(r"<br>\s*<br>", lxml.html.tostring(cell, encoding="unicode"))) for row in rows for cell in row
    )
    return timed + doubled


def cells_after_split_ranges(root: Root) -> int:
    """Filled cells after a row's `start | - | end` (TAROT 2024: the time range written over three cells)."""
    return sum(
        1
        for row in root.iter("tr")
        if len(cells := row.findall("td")) > 3 and cells[1].text_content().strip() in ("-", "–")
        for cell in cells[3:]
        if cell.text_content().strip()
    )


def timed_items_and_cells(root: Root) -> int:
    """List items that open with a clock time, and the `<td>` cells of their tables with no time (a session's talks).

    A Granada congress page (2015): `<li><table><tr><th>9:00 - 11:00</th></tr><tr><th rowspan='3'>Ing. Software</th>
    <td><a>Title, Speaker</a></td></tr>…`; a break's `<th>11:00 - 11:30</th><td>Pausa-cafe</td>` is its own title.
    """
    timed = [item for item in root.iter("li") if re.match(r"\d{1,2}:\d{2}", item.text_content().strip())]
    sessions = [item for item in timed if len(item.findall(".//td")) > 1 or item.findall(".//th[@rowspan]")]
    return len(timed) + sum(len(item.findall(".//td")) for item in sessions)


def timed_row_cells(root: Root) -> int:
    """Filled cells after the time of rows whose first cell starts with a digit (parallel tracks, a cell each)."""
    return sum(
        1
        for row in root.iter("tr")
        if (cells := row.findall("td")) and cells[0].text_content().strip()[:1].isdigit()
        for cell in cells[1:]
        if cell.text_content().strip()
    )


def spaced_time_rows_and_choices(root: Root) -> int:
    """Rows whose second cell (after an empty spacer) holds their time, and the links a row offers to choose from.

    Deutscher Tourismustag 2014: `<td width="5%"></td><td><b>16.30 – 18.00 Uhr</b></td>…`, a cell of seven
    `<a href="/info#…">` excursions; `parallel` in the time cell counts (a row beside another).
    """
    rows = sum(1 for row in root.iter("tr") if len(cells := row.findall("td")) > 1 and cells[1].text_content().strip())
    return rows + sum(1 for anchor in root.iter("a") if str(anchor.get("href", "")).startswith("/info#"))


def slot_cards(root: Root) -> int:
    """Elements of the class `slot`, a card a slot (JSP 2026)."""
    return len(root.find_class("slot"))


def time_divs(root: Root) -> int:
    """Elements whose class is `time` and whose text holds a clock time (MOPCON 2012: one a slot)."""
    return sum(1 for element in root.find_class("time") if re.search(r"\d{1,2}:\d{2}", element.text_content()))


def time_led_paragraphs(root: Root) -> int:
    """Paragraphs whose text opens with a clock time (Ogrody Nowego Internetu 2024: `<p>10:20 &ndash; Title<br>…`)."""
    return sum(1 for paragraph in root.iter("p") if re.match(r"\d{1,2}:\d{2}\b", paragraph.text_content().strip()))


def timed_cell_lines(root: Root) -> int:
    """The lines (split at `<br>`) of the filled cells after a row's time cell, each a slot.

    DevFest Vladivostok 2019: two talks in one hall's cell; CQJT 2018: three signings `①、…<br>②、…<br>③、…`.
    """
    count = 0
    for row in root.iter("tr"):
        cells = row.findall("td")
        timed = [
            i for i, cell in enumerate(cells) if re.fullmatch(r"[\d:~\s-]*\d{1,2}:\d{2}", cell.text_content().strip())
        ]
        for cell in cells[timed[0] + 1 :] if timed else []:
            written = lxml.html.tostring(cell, encoding="unicode")
            count += sum(
                1
                for part in re.split(r"<br\s*/?>", written)
                if lxml.html.fromstring(f"<div>{part}</div>").text_content().strip()
            )
    return count


def h_marked_headings(root: Root) -> int:
    """Headings that open with an hour marked `h` (`08h - …`, `09h30m - …`) or with `»` (a part of the slot above).

    I ENPEB 2012: the round tables `<h4>&raquo; Linguagem, …</h4>` under `<h4>14h - 15h - Mesas Redondas</h4>`.
    """
    return sum(1 for heading in root.iter("h4") if re.match(r"\d{1,2}h|»", heading.text_content().strip()))


def programm_items(root: Root) -> int:
    """Elements of the class `programm-item`, a talk each (FrontTalks 2016)."""
    return len(root.find_class("programm-item"))


def th_timed_cells(root: Root) -> int:
    """Filled `<td>` cells of rows whose `<th>` is a clock time (PHPeste 2019: `<th>08:45</th>`, a track a cell)."""
    return sum(
        1
        for row in root.iter("tr")
        if (head := row.find("th")) is not None and re.fullmatch(r"\d{1,2}:\d{2}", head.text_content().strip())
        for cell in row.findall("td")
        if cell.text_content().strip()
    )


def time_class_cells(root: Root) -> int:
    """Cells of the class `time` (OSH 2014: `<td class="time">10:10 <p>90分</p> 11:40</td>`, one a slot)."""
    return sum(1 for cell in root.iter("td") if "time" in cell.classes)


def timed_h2_headings(root: Root) -> int:
    """`<h2>` headings that open with a time range (WHG 2019: `<h2>14:00 - 14:15 | Einführung</h2>`, one a slot)."""
    return sum(1 for heading in root.iter("h2") if re.match(r"\d{1,2}:\d{2}\s*-", heading.text_content().strip()))
