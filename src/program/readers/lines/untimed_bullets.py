"""A list item of a day that writes a title in italics and no time: an item on that day, untimed.

ArcheoFOSS 2025 writes each slot's title in italics under its time (`- **10:35**` / `_Coffee break_`)
and, after the first day's last slot, `- _Social dinner_ - [menu](./archeofoss2025_menu.pdf)`: the
dinner of that day, at no time the page says. Such a bullet is read only after a timed item of
its day, its title the italic words, a link after a dash its link.

DVCS 2021 writes its breaks in bold between its timed panels, with no time (`**Tee und Kaffee**`,
`**Lunch**`, `**Pause**`): a bold line alone that names a break is that day's break, untimed. Other
bold lines stay not placed (a bold line is as often a heading).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from program.model import Item, Kind, Link, SourceRef
from program.model.ids import item_id
from program.readers.base import Line
from program.readers.kind_labels import kind_from_title
from program.readers.lines.names import speakers_of

_ITALIC_BULLET = re.compile(
    r"^\s*[-*+]\s+_(?P<title>[^_\s][^_]*)_\s*(?:[-–]\s*\[(?P<label>[^\]]*)\]\((?P<link>[^()\s]+)\))?\s*$"
)
"""`- _Social dinner_`, with perhaps ` - [menu](…)` after it."""
_NAMES_THEN_ITALIC = re.compile(r"^\s*[-*+]\s+(?P<names>[^_*]+)\.\s+_(?P<title>[^_\s][^_]*)_\s*$")
"""JURIX 2023's demos under `15:45 - 16:30. *coffee break* + **demos**`: `- A, B and C. _Title_`, untimed."""
_BOLD_LINE = re.compile(r"^\s*\*\*(?P<title>[^*\s][^*]*?)\*\*\s*$")


def untimed_bullets(
    items: Sequence[Item], unplaced: Sequence[Line], raw: Mapping[int, str], source: str
) -> tuple[list[Item], list[Line]]:
    """`items` with the untimed items the unplaced lines write as italic bullets, and the lines left.

    Each such item follows the items read above it (a slot's untimed talks too), in page order.
    """
    placed = list(items)
    left: list[Line] = []
    for line in unplaced:
        bullet = _ITALIC_BULLET.match(raw.get(line.number, ""))
        bold = _BOLD_LINE.match(raw.get(line.number, ""))
        if bullet is None and bold is not None and kind_from_title(bold["title"].strip()) is Kind.BREAK:
            bullet = bold  # "**Tee und Kaffee**" between two panels
        before = [item for item in items if item.start is not None and (item.source.line or 0) < line.number]
        people: tuple[str, ...] = ()
        if bullet is None and (named := _NAMES_THEN_ITALIC.match(raw.get(line.number, ""))) is not None:
            people, bullet = speakers_of(named["names"]) or (), named if speakers_of(named["names"]) else None
        if bullet is None or not before:
            left.append(line)
            continue
        title, day = " ".join(bullet["title"].split()), before[-1].start
        kind = kind_from_title(title)
        link = bullet.groupdict().get("link")
        links = (Link(bullet.groupdict().get("label") or "link", link),) if link else ()
        source_ref = SourceRef(source, line.number)
        untimed = Item(
            item_id(kind, title), kind, title, source_ref, people=people, links=links, day=day.date() if day else None
        )
        above = [at for at, item in enumerate(placed) if (item.source.line or 0) < line.number]
        placed.insert(above[-1] + 1, untimed)  # in page order: after a panel's talks, not between them and it
    return placed, left
