"""What changed between two versions of a program: the changelog and the calendar revisions.

Items are paired by stable id first. Repeated items ("Coffee Break", "Coffee Break-2")
are paired by time within their group, so removing the first break does not turn the second
into a "moved" first one. Then items that keep their time and people (a talk retitled, or
turned from invited talk into keynote) pair up, and what is left pairs by title similarity:
a renamed talk is reported as renamed, and keeps its place in calendars, rather than as
removed and added.
"""

from __future__ import annotations

import enum
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from difflib import SequenceMatcher

import attrs

from program.model.entities import Item, Program
from program.model.ids import calendar_domain
from program.model.text import match_key

SIMILAR_TITLE = 0.6
"""The least similarity (difflib ratio of match keys) for two titles of one kind to pair."""

SAME_TITLE = 0.9
"""The least similarity for items of different kinds to pair (a spotlight that became an oral)."""

_COMMON_WORD = 50
"""A title word shared by more unpaired items than this proposes no pairs (keeps pairing linear)."""

_REPEAT = re.compile(r"(?P<base>.*-[0-9a-f]{6})(?:-\d+)?")


class Change(enum.Enum):
    """One way an item changed; the values are the names in `program diff --json`."""

    ADDED = "added"
    REMOVED = "removed"
    MOVED = "moved"
    RENAMED = "renamed"
    PEOPLE = "people"
    ROOM = "room"
    KIND = "kind"
    BOARD = "board"
    DETAILS = "details"


@attrs.frozen
class ItemChange:
    """An item as it was and as it is, and what differs.

    Attributes:
        old: the item in the old program, or None when it was added.
        new: the item in the new program, or None when it was removed.
        changes: what differs, in `Change` order.
        matched_by: how the two were paired: "id", "slot" (same time and people), "title"
            (similar titles), or None for an added or removed item.
    """

    old: Item | None
    new: Item | None
    changes: tuple[Change, ...]
    matched_by: str | None = None

    @property
    def people_added(self) -> tuple[str, ...]:
        """Names on the new item that are not on the old one."""
        return _missing_from(self.new, self.old)

    @property
    def people_removed(self) -> tuple[str, ...]:
        """Names on the old item that are not on the new one."""
        return _missing_from(self.old, self.new)


@attrs.frozen
class ProgramDiff:
    """Every item that changed: in the new running order, then the removed ones in the old order."""

    items: tuple[ItemChange, ...]

    def having(self, change: Change) -> tuple[ItemChange, ...]:
        """Return the changed items that changed in this way."""
        return tuple(item for item in self.items if change in item.changes)


def diff_programs(old: Program, new: Program) -> ProgramDiff:
    """Return what changed from `old` to `new`."""
    pairs = pair_items(old.items, new.items)
    changed = [ItemChange(before, after, _changes(before, after), how) for before, after, how in pairs]
    return ProgramDiff(tuple(change for change in changed if change.changes))


def carry_revisions(new: Program, old: Program, stamp: datetime) -> Program:
    """Return `new` with each item's calendar revision carried on from `old`.

    An item whose time changed gets the next SEQUENCE; an item that changed in any way is
    modified at `stamp`; an unchanged item keeps what it had, so its calendar event comes
    out byte for byte as before. A renamed item keeps its first id as `origin`, and the
    program keeps the old UID domain, so every matched item's calendar UID and schedule guid
    stay, whatever the new title or feed name.
    """
    revised: dict[str, Item] = {}
    taken = {item.id for item in new.items}
    for before, after, _ in pair_items(old.items, new.items):
        if after is None:
            continue
        if before is None:
            revised[after.id] = attrs.evolve(after, sequence=0, modified=stamp)
            continue
        changes = _changes(before, after)
        revised[after.id] = attrs.evolve(
            after,
            sequence=before.sequence + (Change.MOVED in changes),
            modified=stamp if changes else (before.modified or old.updated),
            origin=_origin(before, after, taken),
        )
    return attrs.evolve(new, items=tuple(revised[item.id] for item in new.items), uid_domain=calendar_domain(old))


def _origin(before: Item, after: Item, taken: set[str]) -> str | None:
    """The renamed item's first id, unless an item of the new program now has that id."""
    origin = before.lasting_id
    if origin == after.id or origin in taken:
        return None
    return origin


Pair = tuple[Item | None, Item | None, str | None]
"""An old item, the new item that continues it, and how they were matched (None for one side alone)."""


def pair_items(old: Sequence[Item], new: Sequence[Item]) -> list[Pair]:
    """Pair each new item with the old item it continues, if any.

    Returns pairs in the new running order, then the old items left unpaired (removed) in
    the old order. Ids are unique within a program.
    """
    found: dict[str, tuple[Item, str]] = {}
    taken: set[str] = set()
    for how, matcher in _MATCHERS:
        pairs = matcher([item for item in old if item.id not in taken], [item for item in new if item.id not in found])
        found.update((new_id, (before, how)) for new_id, before in pairs.items())
        taken.update(before.id for before in pairs.values())
    result: list[Pair] = [
        (found[item.id][0], item, found[item.id][1]) if item.id in found else (None, item, None) for item in new
    ]
    result.extend((item, None, None) for item in old if item.id not in taken)
    return result


def _pairs_by_id(old: Sequence[Item], new: Sequence[Item]) -> dict[str, Item]:
    """Pair items of one id group (an id and its -2, -3 repeats): in order, or nearest in time."""
    old_groups = _groups(old)
    pairs: dict[str, Item] = {}
    for base, after_group in _groups(new).items():
        before_group = old_groups.get(base, [])
        if len(before_group) == len(after_group):
            pairs.update((after.id, before) for before, after in zip(before_group, after_group, strict=True))
        else:
            pairs.update(_nearest_in_time(before_group, after_group))
    return pairs


def _pairs_by_slot(old: Sequence[Item], new: Sequence[Item]) -> dict[str, Item]:
    """Pair timed items that keep their time and people but not their id (retitled, or a new kind)."""
    old_slots = _unique_slots(old)
    return {slot_item.id: old_slots[slot] for slot, slot_item in _unique_slots(new).items() if slot in old_slots}


def _unique_slots(items: Sequence[Item]) -> dict[tuple[object, ...], Item]:
    slots: dict[tuple[object, ...], list[Item]] = defaultdict(list)
    for item in items:
        if item.start is not None and item.people:
            slots[(*_times(item), _people_keys(item))].append(item)
    return {slot: found[0] for slot, found in slots.items() if len(found) == 1}


def _groups(items: Iterable[Item]) -> dict[str, list[Item]]:
    groups: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        match = _REPEAT.fullmatch(item.id)
        groups[match["base"] if match else item.id].append(item)
    return groups


def _nearest_in_time(old: Sequence[Item], new: Sequence[Item]) -> dict[str, Item]:
    # Groups are a handful of same-titled items ("Coffee Break"), so all pairs are cheap.
    candidates = sorted(
        (abs(_moment(before) - _moment(after)), o, n) for o, before in enumerate(old) for n, after in enumerate(new)
    )
    return _take_best(((o, n) for _, o, n in candidates), old, new)


def _take_best(ranked: Iterable[tuple[int, int]], old: Sequence[Item], new: Sequence[Item]) -> dict[str, Item]:
    """Take (old, new) position pairs in rank order, each item at most once."""
    pairs: dict[str, Item] = {}
    used_old: set[int] = set()
    for o, n in ranked:
        if o not in used_old and new[n].id not in pairs:
            pairs[new[n].id] = old[o]
            used_old.add(o)
    return pairs


def _moment(item: Item) -> float:
    return item.start.timestamp() if item.start else float("inf")


def _pairs_by_title(old: Sequence[Item], new: Sequence[Item]) -> dict[str, Item]:
    """Pair leftover items by title similarity, best pairs first."""
    old_keys = [match_key(item.title) for item in old]
    by_word: dict[str, list[int]] = defaultdict(list)
    for o, key in enumerate(old_keys):
        for word in _words(key):
            by_word[word].append(o)
    scored: list[tuple[float, int, int]] = []
    for n, after in enumerate(new):
        key = match_key(after.title)
        near = {o for word in _words(key) if len(by_word[word]) <= _COMMON_WORD for o in by_word[word]}
        for o in sorted(near):
            score = SequenceMatcher(None, old_keys[o], key).ratio()
            if score >= (SIMILAR_TITLE if old[o].kind is after.kind else SAME_TITLE):
                scored.append((-score, o, n))
    return _take_best(((o, n) for _, o, n in sorted(scored)), old, new)


Matcher = Callable[[Sequence[Item], Sequence[Item]], dict[str, Item]]
"""Pairs some of the unpaired old and new items: new id -> old item."""

_MATCHERS: tuple[tuple[str, Matcher], ...] = (
    ("id", _pairs_by_id),
    ("slot", _pairs_by_slot),
    ("title", _pairs_by_title),
)


def _words(key: str) -> set[str]:
    # Numbers tell titles apart ("Part 2", "GPT 4"); short words ("of", "to") do not.
    return {word for word in key.split() if len(word) >= 3 or word.isdigit()}


def _changes(before: Item | None, after: Item | None) -> tuple[Change, ...]:
    if before is None:
        return (Change.ADDED,)
    if after is None:
        return (Change.REMOVED,)
    differs = {
        Change.MOVED: _times(before) != _times(after),
        Change.RENAMED: before.title != after.title,
        Change.PEOPLE: _people_keys(before) != _people_keys(after),
        Change.ROOM: before.location != after.location,
        Change.KIND: before.kind is not after.kind,
        Change.BOARD: (before.board, before.sessions) != (after.board, after.sessions),
        Change.DETAILS: _details(before) != _details(after),
    }
    return tuple(change for change, changed in differs.items() if changed)


def _details(item: Item) -> tuple[object, ...]:
    return (item.abstract, item.links, item.recorded)


def _times(item: Item) -> tuple[float | None, float | None]:
    # Timestamps: the same instant written in another zone is not a move.
    return (
        item.start.timestamp() if item.start else None,
        item.end.timestamp() if item.end else None,
    )


def _people_keys(item: Item) -> tuple[str, ...]:
    return tuple(match_key(name) for name in item.people)


def _missing_from(item: Item | None, other: Item | None) -> tuple[str, ...]:
    if item is None:
        return ()
    present = set(_people_keys(other)) if other is not None else set()
    return tuple(name for name in item.people if match_key(name) not in present)
