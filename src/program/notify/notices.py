"""Who a program's change concerns, and how: one notice per person whose own items changed.

What changed comes from `program.model.changes.diff_programs`, the diff `program diff`
prints; this module only turns each changed item into what it means for each of its people.
A person is told when an item of theirs moved, changed room (or poster board), was renamed
or cancelled, and when they were added to an item or taken off one. A change of abstract,
links or kind alone tells nobody: their slot is as it was.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence

import attrs

from program.model import Item, Person, Program
from program.model.changes import Change, ItemChange, diff_programs
from program.model.text import match_key
from program.people.affiliations import bare_name


class Told(enum.Enum):
    """What an item's change means for one of its people; the values are summary.csv's words."""

    MOVED = "moved"
    ROOM = "room"
    BOARD = "board"
    RENAMED = "renamed"
    CANCELLED = "cancelled"
    ADDED = "added"
    DROPPED = "removed"


_ITEM_CHANGES = {
    Change.MOVED: Told.MOVED,
    Change.ROOM: Told.ROOM,
    Change.BOARD: Told.BOARD,
    Change.RENAMED: Told.RENAMED,
}
"""The changes of an item that its people keep are told of, in the order a message tells them."""


@attrs.frozen
class ItemNotice:
    """One item of a person's that changed, as it was and as it is.

    Attributes:
        told: what changed for them, in `Told` order.
        old: the item before, or None when it is new.
        new: the item now, or None when it was cancelled.
    """

    told: tuple[Told, ...]
    old: Item | None
    new: Item | None

    @property
    def cancelled_for_them(self) -> bool:
        """Whether the item leaves the person's calendar: cancelled, or they were taken off it."""
        return Told.CANCELLED in self.told or Told.DROPPED in self.told


@attrs.frozen
class Notice:
    """Everything one person is told.

    Attributes:
        person: who (from the new program, or the old one when they are no longer in it).
        items: their items that changed, in the diff's order.
        current: whether they are in the new program (their calendar is in people/).
    """

    person: Person
    items: tuple[ItemNotice, ...]
    current: bool = True

    @property
    def told(self) -> tuple[Told, ...]:
        """Every kind of change the person is told of, each once, in `Told` order."""
        found = {told for item in self.items for told in item.told}
        return tuple(told for told in Told if told in found)


def notices(old: Program, new: Program) -> list[Notice]:
    """Return one notice per person whose own items changed from `old` to `new`, in index order.

    The people of the new program come first, in its index order, then those only the old
    one has (a replaced speaker), in its order.
    """
    found: dict[str, tuple[Person, list[ItemNotice], bool]] = {}
    now, before = _Named(new), _Named(old)
    for change in diff_programs(old, new).items:
        for name, told in _told(change):
            person, current = now.person(name), True
            if person is None:
                person, current = before.person(name), False
            if person is None:  # a name no person has: the directory always makes one; defensive
                continue
            entry = found.setdefault(person.id, (person, [], current))
            entry[1].append(ItemNotice(told, change.old, change.new))
    order: dict[str, int] = {}
    for person in (*new.people, *old.people):
        order.setdefault(person.id, len(order))
    ordered = sorted(found.values(), key=lambda entry: order.get(entry[0].id, len(order)))
    return [Notice(person, tuple(_merged(items)), current) for person, items, current in ordered]


def _told(change: ItemChange) -> Iterable[tuple[str, tuple[Told, ...]]]:
    """Each name the change concerns, with what it means for them."""
    if change.old is None and change.new is not None:
        yield from ((name, (Told.ADDED,)) for name in change.new.people)
        return
    if change.new is None and change.old is not None:
        yield from ((name, (Told.CANCELLED,)) for name in change.old.people)
        return
    added, dropped = set(change.people_added), set(change.people_removed)
    kept = tuple(_ITEM_CHANGES[item] for item in change.changes if item in _ITEM_CHANGES)
    assert change.new is not None
    for name in change.new.people:
        if name in added:
            yield name, (Told.ADDED,)
        elif kept:
            yield name, kept
    yield from ((name, (Told.DROPPED,)) for name in change.people_removed if name in dropped)


def _merged(items: Sequence[ItemNotice]) -> list[ItemNotice]:
    """One notice per item: a person named twice on one item is told once."""
    seen: dict[tuple[str | None, str | None], ItemNotice] = {}
    for item in items:
        key = (item.old.id if item.old else None, item.new.id if item.new else None)
        seen.setdefault(key, item)
    return list(seen.values())


class _Named:
    """The person a name on an item of a program stands for: by spelling, then without an affiliation."""

    def __init__(self, program: Program) -> None:
        self._by_spelling = program.people_by_spelling()

    def person(self, name: str) -> Person | None:
        return self._by_spelling.get(match_key(name)) or self._by_spelling.get(match_key(bare_name(name)))
