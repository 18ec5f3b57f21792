"""Workshops a page shows as a heading over a sentence of their times (Argumente gegen das Zeitgeschehen 2018).

A workshop weekend's page gives each workshop a cell of its own: its title in a heading, perhaps
a subtitle in the next one, and when it runs in a sentence::

    <td><h3 class="obertitel">Bedingungsloses Grundeinkommen</h3>
        <p>Samstag von 11:00 Uhr bis 14:00 Uhr<br/> sowie von 17:00 Uhr bis 20:00 Uhr,<br/>
           und Sonntag von 11:00 Uhr bis 14:00 Uhr.</p>

Each range the sentence writes (`notation.prose`) is one item titled by the heading, on the
weekday named before it: the first such day from the first date (--date, or the page's). The
subtitle is the item's abstract. A page is read so only when nothing else on it reads as a
schedule, and two such blocks or more name a weekday for every range.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from program.model import Item, Program, SourceRef
from program.model.ids import item_id
from program.readers.html_blocks import HEADINGS, collapse, tag_of
from program.readers.html_dating import PageSettings, needs_zone, resolve_day
from program.readers.kind_labels import kind_from_title
from program.readers.notation.dates import WrittenDate
from program.readers.notation.prose import ProseRange, prose_ranges
from program.readers.tabular.placing import at

if TYPE_CHECKING:  # only named: lxml is imported where a page is parsed, not at every start-up
    from lxml import etree

_FEWEST = 2


@attrs.frozen
class ProseBlock:
    """A block's title heading (its line and text), its subtitle, and the ranges its sentences write."""

    line: int
    title: str
    subtitle: str | None
    ranges: tuple[ProseRange, ...]


def prose_blocks(root: etree._Element) -> list[ProseBlock] | None:
    """The page's blocks of a heading over a sentence of times, or None when fewer than two (another shape)."""
    found: list[ProseBlock] = []
    for element in root.iter():
        headings = [child for child in element if tag_of(child) in HEADINGS]
        sentences = " ".join(collapse(child.text_content()) for child in element if tag_of(child) == "p")
        ranges = prose_ranges(sentences) if headings and sentences else []
        if not ranges or any(one.weekday is None for one in ranges):
            continue
        title, *rest = (collapse(heading.text_content()) for heading in headings)
        if title:
            found.append(ProseBlock(headings[0].sourceline or 1, title, " ".join(rest) or None, tuple(ranges)))
    return found if len(found) >= _FEWEST else None


def prose_program(root: etree._Element, title: str, settings: PageSettings, source: str) -> Program | None:
    """The blocks' items, a range each, or None for a page without such blocks.

    Raises:
        UsageError: naming --timezone or --date when the page and the user give neither.
    """
    found = prose_blocks(root)
    if found is None:
        return None
    zone = needs_zone(settings, source)
    items: list[Item] = []
    for block in found:
        kind = kind_from_title(block.title)
        for one in block.ranges:
            day = resolve_day(WrittenDate(None, None, None, one.weekday), settings, source)
            end = one.span.end_minutes
            items.append(
                Item(
                    id=item_id(kind, block.title),
                    kind=kind,
                    title=block.title,
                    source=SourceRef(source, block.line),
                    start=at(day, one.span.start.minutes, zone),
                    end=at(day, end, zone) if end is not None else None,
                    abstract=block.subtitle,
                )
            )
    said = (f"{len(found)} blocks of a heading over a sentence of times ('Samstag von 11:00 Uhr bis 14:00 Uhr')",)
    return Program(
        title=title, timezone=zone.key, items=tuple(items), sources=(source,), reading=(*said, *settings.said)
    )
