"""A second title in a slot's cell, after a line break: another item at the slot's time.

LDAV 2019 writes two events in one table cell, `Opening Remarks<br/>` over `Posters Fast Forward`,
and `Best Paper Awards<br/>` over `Closing Remarks`: both run in the row's time. The slot takes
the first line; the line right below it, when the title line ends with a line break and it reads
as a short title (no names, no link's "Details"), is an item of its own at the same time, never a
note and never the first title's speaker.

AI in healthcare 2025 writes a parallel session below a workshop's speaker line, `<strong>Groups
B1 + B2, parallel:</strong> <em>Insight session: AI in clinical practice</em> (Cardiology, …)`:
a line whose label says it runs in parallel is a second item whatever its length, the label its
label, and the groups in its bracket name its people when the page lists theirs (`group_speakers`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence

import attrs

from program.model import Item, SourceRef
from program.model.ids import item_id
from program.readers.base import Line
from program.readers.kind_labels import kind_from_title
from program.readers.lines.entry import read_slot_text
from program.readers.lines.group_speakers import group_speakers
from program.readers.lines.names import speakers_of

_BREAK_END = re.compile(r"<br\s*/?>\s*$", re.IGNORECASE)
_LONGEST = 8
"""Words; a longer line under a title is a note or a sentence, not an event's name."""
_PARALLEL = re.compile(r"^(?P<label>[^:]{0,60}?\b(?:in\s+)?parallel)\s*:\s*(?P<rest>\S.*)$", re.IGNORECASE)
"""A line whose label says it runs beside the slot's first event: "Groups B1 + B2, parallel: Insight session"."""
_NOT_TITLES = frozenset({"details", "more", "info", "abstract", "slides", "video", "presentation"})


def cell_titles(slot_lines: Sequence[int], other: Sequence[Line], raw: Mapping[int, str]) -> dict[int, list[Line]]:
    """Each slot's index → the second titles of its cell, among the lines not placed (`other`).

    `slot_lines`: each slot's line, in order; `raw`: each line's text as written, where its line
    break shows. The line above a second title is the slot's title line: below the slot's
    (time) line, and taken by it (not among `other`).
    """
    found: dict[int, list[Line]] = {}
    left = {line.number for line in other}
    for line in other:
        above = line.number - 1
        index = bisect.bisect_right(slot_lines, line.number) - 1
        if index < 0 or above <= slot_lines[index] or above in left or not _BREAK_END.search(raw.get(above, "")):
            continue
        text = line.text.strip()
        words = text.split()
        if _PARALLEL.match(text):
            found.setdefault(index, []).append(line)
            continue
        if not words or len(words) > _LONGEST or text.casefold() in _NOT_TITLES or text.endswith(":"):
            continue
        if speakers_of(text) is not None:  # "Ada Lovelace" under a title: its speaker, not an event
            continue
        found.setdefault(index, []).append(line)
    return found


def title_items(
    items: Sequence[Item], titles: Mapping[int, Sequence[Line]], source: str, page: Mapping[int, str]
) -> tuple[list[Item], tuple[int, ...]]:
    """The items of the second titles, each at its slot's item's time (`items`: one per slot, in order).

    `page`: every line's text with the markup taken out, where a parallel session's groups are listed.
    Also returns the lines that named a parallel session's people (a card below the schedule).
    """
    made: list[Item] = []
    named: list[int] = []
    for index, lines in titles.items():
        if index >= len(items):
            continue
        for line in lines:
            parallel = _PARALLEL.match(line.text.strip())
            slot = read_slot_text(parallel["rest"] if parallel else line.text)
            if parallel:
                grouped = group_speakers(slot.people, page) if slot.people else None
                named.extend(grouped[1] if grouped else ())
                slot = attrs.evolve(slot, label=parallel["label"], people=grouped[0] if grouped else slot.people)
            kind = slot.kind if slot.kind.value != "other" else kind_from_title(slot.title)
            made.append(
                attrs.evolve(
                    items[index],
                    id=item_id(kind, slot.title),
                    kind=kind,
                    title=slot.title,
                    people=slot.people,
                    label=slot.label,
                    source=SourceRef(source, line.number),
                    links=(),
                )
            )
    return made, tuple(named)
