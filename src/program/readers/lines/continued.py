r"""A list item continued on the next line by a Markdown hard break: the talk its slot holds.

A3Net 2024 writes a lecture as `* 13-16 lecture+hands on\` over `[Makoto Uemura: statistical modeling +
shallow ML](Lecture_Day1_Uemura)`: the backslash ends the line inside the item, so the line below is the
item's own, the speaker and the title of what the slot is. The slot takes that title and speaker; the
item's own words are its label.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import attrs

from program.model import Kind
from program.readers.base import Line
from program.readers.kind_labels import label_kind
from program.readers.lines.entry import read_slot_text
from program.readers.lines.markup import clean
from program.readers.lines.slots import Slot


def continued_talks(
    slots: Sequence[Slot], other: Sequence[Line], raw: Mapping[int, str]
) -> tuple[list[Slot], set[int]]:
    """The slots with the talk a hard-broken line below names, and the numbers of the lines so read."""
    below = {line.number: line for line in other}
    read: set[int] = set()
    kept: list[Slot] = []
    for slot in slots:
        following = below.get(slot.line.number + 1)
        if following is None or not raw.get(slot.line.number, "").rstrip().endswith("\\") or slot.text.people:
            kept.append(slot)
            continue
        talk = read_slot_text(clean(raw.get(following.number, following.text)).text)
        if not talk.people or not talk.title:
            kept.append(slot)
            continue
        label = talk.label or slot.text.title
        text = attrs.evolve(talk, label=label, kind=_label_kind(label) if talk.kind is Kind.OTHER else talk.kind)
        kept.append(attrs.evolve(slot, text=text, links=(*slot.links, *clean(raw[following.number]).links)))
        read.add(following.number)
    return kept, read


_JOINED = re.compile(r"\s*(?:\+|&|/|,|\band\b)\s*", re.IGNORECASE)


def _label_kind(label: str) -> Kind:
    """The kind of the first part of a joined label that names one ("lecture+hands on": a talk), else other."""
    return next((kind for part in _JOINED.split(label) if (kind := label_kind(part)) is not None), Kind.OTHER)
