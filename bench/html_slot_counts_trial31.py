"""Trial 31's pages' slots, counted from their HTML with lxml, independently of the reader.

As html_slot_counts.py: BSides CDMX 2018's event cells, O tym się nie mówi 2016's timeline cards.
"""

from __future__ import annotations

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
