"""Trial 25's and 27's pages' slots, counted from their HTML with lxml, independently of the reader.

As html_slot_counts.py: Hackers Champloo 2018's timed `<th>` rows and piped talks, Inmunología 2016's rooms under
rowspanned times, Slurm User Group 2011's rows under a time, AIMMGM 2020's blocks, Hisarlı 2021's papers.
"""

from __future__ import annotations

import re

import lxml.html

Root = lxml.html.HtmlElement


def room_cells_under_times(root: Root) -> int:
    """Filled cells of rows led by a time, or under a time cell's rowspan; not room labels or spanned bold track names.

    Inmunología 2016: `08:00 am - 09:00 am` (rowspan 2) over two plenary talks, `Sala A | Sala B | Sala C` and
    `Salas A y B | Sala C` label rows, `<b>Infectología e Inmunidad</b>` track names.
    """
    count, spanned = 0, 0
    for row in root.iter("tr"):
        cells = row.findall("td")
        timed = bool(cells) and re.match(r"\d{1,2}:\s?\d{2}", cells[0].text_content().strip()) is not None
        if timed:
            spanned, cells = int(cells[0].get("rowspan", "1")) - 1, cells[1:]
        elif spanned > 0:
            spanned -= 1
        else:
            continue
        for cell in cells:
            text = " ".join(cell.text_content().split())
            bold = " ".join(" ".join(b.text_content() for b in cell.iter("b")).split())
            if text and not re.match(r"Salas? [A-C]\b", text) and (timed or text != bold):
                count += 1
    return count


def rows_under_times(root: Root) -> int:
    """Rows led by a time cell, and the rows its rowspan covers (Slurm User Group 2011: `09:00 - 10:40` over four)."""
    count, spanned = 0, 0
    for row in root.iter("tr"):
        cells = row.findall("td")
        if cells and re.match(r"\d{1,2}:\d{2}", cells[0].text_content().strip()):
            count, spanned = count + 1, int(cells[0].get("rowspan", "1")) - 1
        elif cells and spanned > 0:
            count, spanned = count + 1, spanned - 1
    return count


def block_divs(root: Root) -> int:
    """`<div class="block …">` elements, a slot each in its day's column (AIMMGM 2020: `Title <br><br> 09:00 hrs.`)."""
    return len(root.find_class("block"))


def papers_under_session_times(root: Root) -> int:
    """Rows led by a time, and each paper cell below a `SALON I | SALON II` or `Moderatör:` time row (Hisarlı 2021).

    A time row naming only rooms or chairs heads two sessions (not a slot); the Zoom and `Moderatör:` cells under it
    are not papers; the heading row above the first time is no slot.
    """
    label = re.compile(r"(SALON\b|Zoom|Moderat)")
    count, timed = 0, False
    for row in root.iter("tr"):
        texts = [" ".join(cell.text_content().split()) for cell in row.findall("td")]
        if texts and re.fullmatch(r"\d{1,2}\.\d{2}", texts[0]):
            timed = True
            count += not all(label.match(text) for text in texts[1:] if text)
        elif timed:
            count += sum(1 for text in texts if text and not label.match(text))
    return count


def th_timed_rows_and_piped_items(root: Root) -> int:
    """Rows whose `<th>` opens with a time, and `<li>Title | Name</li>` talks in their cells (Hackers Champloo 2018)."""
    rows = [row for row in root.iter("tr") if (head := row.find("th")) is not None and head.text_content()[:3].strip()]
    timed = [row for row in rows if re.match(r"\s*\d{1,2}:\d{2}", row.find("th").text_content())]
    return len(timed) + sum(1 for row in timed for item in row.iter("li") if "|" in item.text_content())
