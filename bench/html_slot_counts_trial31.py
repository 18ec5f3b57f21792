"""Trial 31's pages' slots, counted from their HTML with lxml, independently of the reader.

As html_slot_counts.py: BSides CDMX 2018's event cells, O tym się nie mówi 2016's timeline cards, KasaiCon 2022's
grid cells, Zeitgeschehen 2018's ranges in prose.
"""

from __future__ import annotations

import re

import lxml.html

Root = lxml.html.HtmlElement


def agenda_event_cells(root: Root) -> int:
    """`<td class="agenda-events">` cells, but not a later table's copy of a row an earlier one spans over its tracks.

    BSides CDMX 2018: `Registro`, `Receso`, `Comida` span both tracks (`colspan="2"`) and are written again in the
    workshops' table.
    """
    shared: set[str] = set()
    count = 0
    for cell in root.find_class("agenda-events"):
        text = " ".join(cell.text_content().split())
        if text in shared:
            continue
        count += 1
        if cell.get("colspan"):
            shared.add(text)
    return count


def timeline_cards(root: Root) -> int:
    """`cd-timeline-content` cards, and one more for each further `… - referat` / `… - plakat` title in a card.

    O tym się nie mówi 2016: a card's paragraph may list a talk and a poster, each ending with its kind's word.
    """
    count = 0
    for card in root.find_class("cd-timeline-content"):
        kinds = sum(
            1
            for paragraph in card.iter("p")
            for piece in paragraph.itertext()
            if piece.strip().endswith(("- referat", "- plakat"))
        )
        count += max(1, kinds)
    return count


def filled_cells_after_times(root: Root) -> int:
    """Filled cells after the time cell of each body row led by a time (KasaiCon 2022: all `<th>`, spans kept once).

    The header rows (`Zeit | Bühne | …`, the gaming room's `| Switch | PS4 | …`) are in `<thead>` and not counted.
    """
    count = 0
    for body in root.iter("tbody"):
        for row in body.iter("tr"):
            cells = [" ".join(cell.text_content().split()) for cell in row if cell.tag in ("td", "th")]
            if cells and re.fullmatch(r"\d{1,2}:\d{2}", cells[0]):
                count += sum(1 for text in cells[1:] if text)
    return count


def prose_ranges_in_cells(root: Root) -> int:
    """Each `von … bis …` range in a table cell's paragraphs (Zeitgeschehen 2018: three sessions a workshop)."""
    return sum(
        len(re.findall(r"\bvon\s+\d{1,2}:\d{2}\s*Uhr\s+bis\s+\d{1,2}:\d{2}", paragraph.text_content()))
        for cell in root.iter("td")
        for paragraph in cell.iter("p")
    )
