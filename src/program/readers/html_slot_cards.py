"""A grid cell written as a card: a kind badge over its title, and the slot's own time under them.

JSP 2026 (a timetable per day, rooms as columns, 30-minute rows) writes each slot as

    <td rowspan="2"><div class="slot">
      <div class="title"><span class="badge">Meeting</span><br>機関誌運営委員会</div>
      <div class="meta">13:00–14:00</div>
    </div></td>

Read as the cell's lines, the badge was the title and the real title and the time two speakers
(34 false speaker conflicts between the parallel "Oral" sessions). The badge is what the slot
is (its label, and its kind where the kind table knows the word), the text after it the title,
and the time the cell writes is the slot's: it wins over the rows the cell spans, since the page
writes "08:50–09:00" in the 08:30 row ("events off the 30-minute grid show their real time in
their box") and a 15:00–16:10 course over rows to 16:30. A cell is read so only when all of it
is a badge, a title and perhaps a time; any other cell is read from its text as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import attrs

from program.model import Item, Kind
from program.model.ids import item_id
from program.readers.html_blocks import collapse, element_lines, tag_of
from program.readers.html_wide_text import joined_lines
from program.readers.kind_labels import page_kind
from program.readers.notation.times import ClockError, TimeSpan, parse_span
from program.readers.tabular.placing import at

if TYPE_CHECKING:  # only named: lxml, 0.05 s of every start-up, is imported where a page is parsed
    from lxml import etree

_BADGE = re.compile(r"^(?:badge|tag|chip|pill)$", re.IGNORECASE)
_LONGEST_BADGE = 30


@attrs.frozen
class SlotCard:
    """A card cell's parts: its badge, its title and the time it writes (None when it writes none)."""

    badge: str
    title: str
    span: TimeSpan | None


def slot_cards(table: etree._Element) -> dict[int, SlotCard]:
    """The card cells of a table by their line; a line holding two cells is left out (its items are not told apart)."""
    cards: dict[int, SlotCard] = {}
    lines: list[int] = []
    for cell in table.iter("td", "th"):
        card = slot_card(cell)
        if card is not None and cell.sourceline is not None:
            cards[cell.sourceline] = card
            lines.append(cell.sourceline)
    return {line: card for line, card in cards.items() if lines.count(line) == 1}


def slot_card(cell: etree._Element) -> SlotCard | None:
    """The card a cell is (a badge, the title after it, perhaps its time below), else None."""
    badges = [node for node in cell.iter() if isinstance(node.tag, str) and _is_badge(node)]
    if len(badges) != 1:
        return None
    badge = collapse(badges[0].text_content())
    holder = badges[0].getparent()
    if not badge or len(badge) > _LONGEST_BADGE or holder is None or holder is cell:
        return None
    title_lines = element_lines(holder)
    if len(title_lines) < 2 or title_lines[0] != badge:
        return None  # the badge inside a line of text ("a <span class=badge>new</span> talk"): no card
    title = joined_lines(title_lines[1:])
    rest = element_lines(cell)
    if rest[: len(title_lines)] != title_lines:
        return None
    after = rest[len(title_lines) :]
    if not after:
        return SlotCard(badge, title, None)
    span = _span(after[0]) if len(after) == 1 else None
    return SlotCard(badge, title, span) if span is not None else None


def with_slot_cards(items: Sequence[Item], cards: dict[int, SlotCard]) -> list[Item]:
    """The items read from card cells titled by their card, kind and label from its badge, at its own time."""
    carded: list[Item] = []
    for item in items:
        card = cards.get(item.source.line) if item.source.line is not None else None
        if card is None:
            carded.append(item)
            continue
        kind = page_kind(card.badge, card.title)
        kind = Kind.POSTER_SESSION if kind is Kind.POSTER else kind  # a room's slot of posters, not one board
        start, end = _timed(item, card.span)
        carded.append(
            attrs.evolve(
                item, id=item_id(kind, card.title), title=card.title, kind=kind, label=card.badge, people=(),
                start=start, end=end,
            )
        )  # fmt: skip
    return carded


def _timed(item: Item, span: TimeSpan | None) -> tuple[datetime | None, datetime | None]:
    """The item's start and end at the card's own time on the item's day; as read when the card writes none."""
    if span is None or item.start is None or not isinstance(zone := item.start.tzinfo, ZoneInfo):
        return item.start, item.end
    start = at(item.start.date(), span.start.minutes, zone)
    end_minutes = span.end_minutes
    end = at(item.start.date(), end_minutes, zone) if end_minutes is not None else None
    return start, end if end is not None and end > start else None


def _is_badge(node: etree._Element) -> bool:
    return tag_of(node) in ("span", "small", "em", "b", "strong", "i") and any(
        _BADGE.match(token) for token in str(node.get("class", "")).split()
    )


def _span(text: str) -> TimeSpan | None:
    try:
        span = parse_span(text)
    except ClockError:
        return None
    return span if span.end is not None else None
