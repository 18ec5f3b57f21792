"""A room written after a title's last dash: "Session #1 : Networks, FAAS - Amphi", "Ouverture - Amphi".

COMPAS 2026 ends its headings with the room after a spaced dash. A dash also joins a title's parts
("Keynote - Ada Lovelace", "Rust - the good parts"), so the words after it are the room only when
they open with a room's word (`rooms.names_room`: "Amphi", "Salle 124-125") and the same room ends
two or more of the page's slots, as `bracket_codes` takes a bracket's code only when it recurs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import attrs

from program.readers.lines.entry import SlotText
from program.readers.lines.rooms import names_room
from program.readers.lines.slots import Slot

_DASHED_ROOM = re.compile(r"^(?P<title>.*?\S)\s+[-–—]\s+(?P<room>[^-–—\s][^–—]{0,39}?)\s*$")
_SEEN_AT_LEAST = 2


def dashed_rooms(slots: Sequence[Slot]) -> list[Slot]:
    """The slots with a recurring room after their title's (or label's) last spaced dash taken out as their room."""
    found = [_dashed(slot) for slot in slots]
    counts = Counter(dashed.room for dashed in found if dashed is not None)
    return [
        attrs.evolve(slot, text=dashed.text, location=dashed.room)
        if dashed is not None and counts[dashed.room] >= _SEEN_AT_LEAST
        else slot
        for slot, dashed in zip(slots, found, strict=True)
    ]


@attrs.frozen
class _Dashed:
    text: SlotText
    room: str


def _dashed(slot: Slot) -> _Dashed | None:
    """The slot's text without the room after its last spaced dash, and the room; None when it names no room.

    A keynote's heading read as the label of its one talk (`byline_talks`) holds the room in the label.
    """
    if slot.location is not None:
        return None
    title = _DASHED_ROOM.match(slot.text.title)
    if title is not None and names_room(title["room"]):
        return _Dashed(attrs.evolve(slot.text, title=title["title"]), title["room"])
    label = _DASHED_ROOM.match(slot.text.label or "")
    if label is not None and names_room(label["room"]):
        return _Dashed(attrs.evolve(slot.text, label=label["title"]), label["room"])
    return None
