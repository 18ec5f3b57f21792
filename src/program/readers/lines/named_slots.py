"""Slots whose whole text is a person's name: talks given by them, titled by their names.

SiMLInt 2023's "Show & tell" lists most of its talks by speaker only (`* 14:30 - 14:50 Jony
Castagna`, `* 15:50 - 16:10 Ben Dudson/Ben Zhu`) beside one with a title (`Ed Threlfal: ExCALIBUR
Project NEPTUNE`). A talk the page gives no title keeps its text as its title, as a frab event
without a title is titled by its people (`untitled-event`), and names its people: the speaker
index and a speaker's calendar list it, and `--person` finds it.

A programme's own title-case phrases ("Group Photo", "Boxed Lunches", "Happy Hour") have the
shape of names too, so a page's bare names are read as people only when they are many: three
slots or more, and a third of its slots or more.

A name with where they work in brackets (SimpleText 2021's `**Mathieu Rouault** (Grand Labo)`, beside
`**Alice Pennors** (Amstratgraph) : "Title"`) counts with the slots whose lines name their speaker first:
a page written speaker first gives a slot without a title its speaker's name ("Open Space (8 spor)" in a
table of titles stays a title).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from program.model import Kind
from program.readers.lines.markup import clean
from program.readers.lines.names import names_in
from program.readers.lines.slots import Slot
from program.readers.notation.leading import leading_span

_FEWEST = 3
"""Bare names a page needs, and the share of its slots (one in `_SHARE`), before they are read as people."""
_SHARE = 3
_GLUED_SLASH = re.compile(r"(?<=\S)/(?=\S)")
"""Two speakers glued by a slash ("Ben Dudson/Ben Zhu"); `names_in` splits " / " only."""
_NO_SURNAME = re.compile(r"^(?:[IVX]+|\w)\.?$")
"""A last word no family name is: a number of a series ("Misc II", "Decision Making and Biases I": AD&D 2025's
sessions) or one letter."""


def named_slots(slots: Sequence[Slot]) -> list[Slot]:
    """The slots, those whose whole text names people (when the page has many) as talks by them."""
    named = {index: names for index, slot in enumerate(slots) if (names := _bare_names(slot)) is not None}
    if len(named) < _FEWEST or len(named) * _SHARE < len(slots):
        named = {}
    placed = {index: names for index, slot in enumerate(slots) if (names := _placed_name(slot)) is not None}
    speaker_first = sum(1 for slot in slots if _speaker_first(slot))
    if placed and speaker_first and (many := len(placed) + speaker_first) >= _FEWEST and many * _SHARE >= len(slots):
        named.update(placed)
    if not named:
        return list(slots)
    return [
        attrs.evolve(
            slot,
            text=attrs.evolve(
                slot.text, people=named[index], kind=Kind.TALK if slot.text.kind is Kind.OTHER else slot.text.kind
            ),
        )
        if index in named
        else slot
        for index, slot in enumerate(slots)
    ]


def _bare_names(slot: Slot) -> tuple[str, ...] | None:
    """The names a slot's whole title is (two words or more each), or None: it has people, a label, or a title."""
    text = slot.text
    if text.people or text.label or text.kind is not Kind.OTHER:
        return None
    names = names_in(_GLUED_SLASH.sub(" / ", text.title), words=2)
    if names is None or any(_NO_SURNAME.match(name.split()[-1]) for name in names):
        return None
    return names


_PLACED = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<place>[^()]+)\)$")


def _placed_name(slot: Slot) -> tuple[str, ...] | None:
    """The one name of a slot's whole text `Name (Place)`, the place naming no one; None for another text."""
    text = slot.text
    found = _PLACED.match(text.title)
    if found is None or text.people or text.label or text.kind is not Kind.OTHER:
        return None
    names = names_in(found["name"], words=2)
    if names is None or len(names) != 1 or names_in(found["place"], words=2) is not None:
        return None
    return names


def _speaker_first(slot: Slot) -> bool:
    """Whether a slot's line names its first speaker right after its time ("Ada Lovelace (Org) : Title")."""
    found = leading_span(clean(slot.line.text).text) if slot.text.people else None
    return found is not None and found.rest.lstrip(" :-–—").startswith(slot.text.people[0])
