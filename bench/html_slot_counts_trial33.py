"""Trial 33's pages' slots, counted from their HTML with lxml, independently of the reader.

As html_slot_counts.py: COMOSA 2025's timed rows (a Word table), THRF14 2020's time blocks and parallel rooms;
trial 34's CONEISC 2014 timeline headings, CLMF 2015's timed paragraphs and Congres TBK 2016's bold starts;
trial 35's RAKERNAS 2023 timeline events.
"""

from __future__ import annotations

import re

import lxml.html

Root = lxml.html.HtmlElement

_TIME = re.compile(r"^\d{1,2}[:.]\d{2}\s*[-–]\s*\d{1,2}[:.]\d{2}")


def timed_rows_but_sessions(root: Root) -> int:
    """Rows whose first cell is a time range, but a `Session N` row over its talks (COMOSA 2025)."""
    count = 0
    for row in root.iter("tr"):
        cells = [" ".join(cell.text_content().split()) for cell in row if cell.tag == "td"]
        if cells and _TIME.match(cells[0]) and not re.match(r"Session \d+\b", cells[-1]):
            count += 1
    return count


def time_blocks_and_rooms(root: Root) -> int:
    """Each `col-md-3` time block, or each of its numbered rooms (`ห้องที่ N`) when it has them (THRF14 2020)."""
    count = 0
    for column in root.find_class("col-md-3"):
        if not _TIME.match(" ".join(column.text_content().split())):
            continue
        block = column.getparent()
        rooms = [h6 for h6 in block.iter("h6") if h6.text_content().strip().startswith("ห้องที่")]
        count += len(rooms) or 1
    return count


def timeline_headings(root: Root) -> int:
    """Each talk heading in a timeline entry's label, parallel talks apiece (trial 34: CONEISC 2014)."""
    labels = [element for element in root.iter() if "timeline-label" in (element.get("class") or "").split()]
    return sum(1 for label in labels for _ in label.iter("h2"))


def paragraph_times_and_forums(root: Root) -> int:
    """Each time-led paragraph, or each numbered sub-forum line (`第一分论坛`) it holds (trial 34: CLMF 2015)."""
    count = 0
    for paragraph in root.iter("p"):
        text = paragraph.text_content().replace("\xa0", " ")
        if re.match(r"\s*\d{1,2}:\d{2}\s*-", text):
            count += len(re.findall(r"第[一二三四五六七八九十]分论坛", text)) or 1
    return count


def bold_starts(root: Root) -> int:
    """Each paragraph all in bold that opens with a start (`10.15`, `16:00`) (trial 34: Congres TBK 2016)."""
    count = 0
    for paragraph in root.iter("p"):
        bold = "".join(strong.text_content() for strong in paragraph.iter("strong"))
        if (
            bold.strip()
            and bold.strip() == paragraph.text_content().strip()
            and re.match(r"\d{1,2}[:.]\d{2}", bold.strip())
        ):
            count += 1
    return count


def data_date_events(root: Root) -> int:
    """Each `<li class="event">` with a `data-date` range; a commented one is no element (trial 35: RAKERNAS 2023)."""
    return sum(1 for item in root.find_class("event") if _TIME.match(item.get("data-date", "").replace(" WIB", "")))
