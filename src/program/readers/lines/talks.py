"""Talks a page lists inside a timed slot: a title line, then its speakers' line (HAOC 2021).

A workshop page gives a slot its time and a heading ("Keynote", "Paper Presentation
Session I") and lists the talks inside it, each a title line, a line of its speakers with
their affiliations, and perhaps an abstract::

    08:05 am - 09:05 am
    Keynote
    Too Many Tests, Too Little Time: How to Find Bugs Faster
    Haryadi Gunawi, University of Chicago
    As more data and computation move from local to cloud environments, …

Each talk becomes one of the slot's papers (a `Member`, as the papers under a session row of
a table), untimed and shown at the slot; the prose after its speakers is its abstract. A
slot's own people are the people lines right below it ("Moderator: John Wilkes, Google",
and the names under "Panelists:"). The slot's talks end at the first line that is none of
these (a heading of the next session, a note): it and the lines after it stay not placed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from program.model import Kind
from program.readers.base import Line
from program.readers.lines.entry import names_in, read_slot_text
from program.readers.lines.members import Member

_LONGEST_TITLE = 25
"""Words; a line with more is prose (an abstract, a biography), not a talk's title."""
_SHORTEST_SENTENCES = 8
"""Words; a line at least this long that ends a sentence is prose."""
_AFFILIATION = re.compile(r"\s*\([^()]*\)\s*$")
_GROUPS = re.compile(r"\s*;\s*")
_GIVEN_BY_ONE = frozenset({Kind.KEYNOTE, Kind.INVITED_TALK})
"""Kinds of slot whose talks are of the slot's kind (the talk inside "Invited Talk II" is an invited talk)."""
_RULE = re.compile(r"[-=_*~\s]+")


@attrs.frozen
class SlotTalks:
    """What the lines inside the slots hold: the talks, the slots' own people, and the lines left."""

    members: tuple[Member, ...]
    people: dict[int, tuple[str, ...]]
    """A slot's index → the people its lines name outside any talk (a panel's moderator and panelists)."""
    other: tuple[Line, ...]


def talks_in_slots(slots: Sequence[tuple[int, Kind]], other: Sequence[Line]) -> SlotTalks:
    """Read the lines between each slot's line and the next (`slots`: each slot's line number and kind, in order)."""
    members: list[Member] = []
    people: dict[int, tuple[str, ...]] = {}
    left: list[Line] = []
    for index, group in _groups([number for number, _ in slots], other):
        if index is None or index == len(slots) - 1:  # before the schedule, or after it (a speakers list)
            left.extend(group)
            continue
        found, own, rest = _talks(index, slots[index][1], group)
        members.extend(found)
        if own:
            people[index] = own
        left.extend(rest)
    return SlotTalks(tuple(members), people, tuple(sorted(left, key=lambda line: line.number)))


def _groups(slot_lines: Sequence[int], other: Sequence[Line]) -> list[tuple[int | None, list[Line]]]:
    """The other lines by the slot they follow (None: before the first slot); the last slot's are after the schedule."""
    groups: dict[int | None, list[Line]] = {}
    for line in other:
        index = sum(1 for number in slot_lines if number < line.number) - 1
        groups.setdefault(index if index >= 0 else None, []).append(line)
    return list(groups.items())


def _talks(index: int, kind: Kind, group: Sequence[Line]) -> tuple[list[Member], tuple[str, ...], list[Line]]:
    members: list[Member] = []
    own: list[str] = []
    rest: list[Line] = []
    position = 0
    while position < len(group):
        line = group[position]
        following = group[position + 1] if position + 1 < len(group) else None
        speakers = speakers_of(following.text) if following is not None else None
        if speakers and _is_title(line.text):
            position += 2
            start = position
            while position < len(group) and _is_prose(group[position].text):
                position += 1
            abstract = " ".join(prose.text for prose in group[start:position]) or None
            slot = read_slot_text(line.text, people_known=True)
            if slot.kind is Kind.OTHER and kind in _GIVEN_BY_ONE:  # the talk of a "Keynote" slot is the keynote
                slot = attrs.evolve(slot, kind=kind)
            members.append(Member(line, attrs.evolve(slot, people=speakers), (), index, abstract))
            continue
        named = _labelled_people(line.text) or speakers_of(line.text)
        if named and not members:
            own.extend(named)
        elif _RULE.fullmatch(line.text):  # "------" between a session's heading and its talks
            rest.append(line)
        elif not (line.text.endswith(":") and _is_label(line.text)):  # "Panelists:" above the names: read
            rest.extend(group[position:])  # the slot's talks end at the first line that is none of them
            break
        position += 1
    return members, tuple(dict.fromkeys(own)), rest


def speakers_of(text: str) -> tuple[str, ...] | None:
    """The people a speakers' line names, affiliations left out; None when it is no such line.

    >>> speakers_of("Yong Xu and Xu Zhang (Microsoft Research, Beijing); Chuan Luo (Microsoft)")
    ('Yong Xu', 'Xu Zhang', 'Chuan Luo')
    >>> speakers_of("Haryadi Gunawi, University of Chicago"), speakers_of("Kay Ousterhout, LightStep")
    (('Haryadi Gunawi',), ('Kay Ousterhout',))
    >>> speakers_of("Too Many Tests, Too Little Time: How to Find Bugs Faster") is None
    True
    """
    if any(mark in text for mark in ":?!"):  # a title's marks ("Too Many Tests, Too Little Time: How …")
        return None
    names: list[str] = []
    for group in _GROUPS.split(text.strip()):
        written = _AFFILIATION.sub("", group)
        found = names_in(written, words=2)
        if found is None:  # "Name, Affiliation": one person, then where they work
            name, comma, where = written.rpartition(",")
            alone = names_in(name, words=2) if comma else None
            found = alone if alone is not None and len(alone) == 1 and not _is_name(where) else None
        if found is None:
            return None
        names.extend(found)
    return tuple(names) or None


def _is_name(text: str) -> bool:
    found = names_in(text, words=2)
    return found is not None and len(found) == 1 and not re.search(r"\b(?:of|for)\b", text)


def _labelled_people(text: str) -> tuple[str, ...] | None:
    """A label's people ("Moderator: John Wilkes, Google" → John Wilkes), or None."""
    label, colon, rest = text.partition(":")
    if not colon or not rest.strip() or not _is_label(label + ":"):
        return None
    return speakers_of(rest)


def _is_label(text: str) -> bool:
    """Whether `text` ("Panelists:", "Moderator:") is a role label before people."""
    said = read_slot_text(f"{text} Ada Lovelace")
    return said.label is not None and said.people == ("Ada Lovelace",)


def _is_title(text: str) -> bool:
    return len(text.split()) <= _LONGEST_TITLE and not text.endswith(":") and speakers_of(text) is None


def _is_prose(text: str) -> bool:
    """An abstract's or a biography's paragraph: longer than a title, or sentences."""
    words = len(text.split())
    return words > _LONGEST_TITLE or (words >= _SHORTEST_SENTENCES and text.rstrip().endswith((".", ")")))
