"""Rooms a page writes as short codes in a bracket at the end of its time-led lines: "(LH)", "(Ariel Rokem; PAB5)".

NeuroHackWeek 2017 names its four places once in its introduction ("the Lander Hall (LH)
residence …") and then ends each line with the code, after the speaker when there is one:

    * 9 AM - 10:30 AM: Introduction to Neurohackweek (Ariel Rokem; PAB5)
    * 12 PM - 1 PM: Lunch (LH)

A bracket of names, a semicolon and a code or a room ("Name; PAB5", "Name; Room 2") gives the
people and the room. A bracket holding only a code in capitals ("(LH)", "(OUGL)") is a room
only when the page uses it so: on two lines or more, or after a name and a semicolon elsewhere.
An acronym in one title's bracket ("Keynote (LXAI)") is a topic and stays in the title; a
bracket of a first name ("Unix shell 1 (Valentina)") is a person, read as before.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import attrs

from program.readers.lines.names import names_in
from program.readers.lines.rooms import names_room, room_text
from program.readers.lines.slots import Slot

_LAST_BRACKET = re.compile(r"^(?P<title>.*?\S)\s*\((?P<inside>[^()]+)\)\s*$")
_CODE = re.compile(r"[A-Z][A-Z0-9]{1,7}")
"""A place's code: capitals, maybe digits ("LH", "DSS", "OUGL", "PAB5")."""
_ROMAN = re.compile(r"[IVXL]+")
"""A part's number in Roman numerals ("Formal approaches (II)", JURIX 2023's parts I to IV): no room's code."""


@attrs.frozen
class _Bracket:
    title: str
    room: str
    people: tuple[str, ...] = ()


def coded_rooms(slots: Sequence[Slot]) -> list[Slot]:
    """The slots with a room code (and the names before it) taken out of their titles' last bracket."""
    found = [_bracket(slot) for slot in slots]
    named = {bracket.room for bracket in found if bracket is not None and bracket.people}
    counts = Counter(bracket.room for bracket in found if bracket is not None and not bracket.people)
    rooms = named | {code for code, seen in counts.items() if seen >= 2}
    return [
        attrs.evolve(
            slot,
            text=attrs.evolve(slot.text, title=bracket.title, people=bracket.people or slot.text.people),
            location=bracket.room,
        )
        if bracket is not None and (bracket.people or bracket.room in rooms)
        else slot
        for slot, bracket in zip(slots, found, strict=True)
    ]


def _bracket(slot: Slot) -> _Bracket | None:
    """What a slot's last bracket says: a code alone, or names, a semicolon and a code or room; else None."""
    found = _LAST_BRACKET.match(slot.text.title) if slot.location is None else None
    if found is None:
        return None
    inside = [part.strip() for part in found["inside"].split(";")]
    if len(inside) == 1:
        coded = _CODE.fullmatch(inside[0]) and not _ROMAN.fullmatch(inside[0])
        return _Bracket(found["title"], inside[0]) if coded else None
    *named, place = inside
    room = room_text(place)
    people = names_in("; ".join(named), words=2) if not slot.text.people else None
    if people is None or not (_CODE.fullmatch(room) or names_room(room)):
        return None
    return _Bracket(found["title"], room, people)
