"""Who a name on an item is: the person a frab export identifies, else the name itself.

A frab/pretalx/hub export says who each speaker is (a guid, an id, a code): two guids are
two people even with one name, two names with one guid are one person. A guid is global;
an id or a code is unique only within the frab or pretalx instance that gave it, so it
names a person only within its feed (a merged export of several instances, or two
exports built together, reuse small ids for different people). Within a feed, one id that
carries unrelated names (`one_person` says no) is as many people, and `PersonKeys.reused`
says so. Sources without identities (pages, listings) name people by name only; for them
the name's key is the person, and name matching (nicknames, initials) may join two such keys.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from program.model import FrabPerson, Item, SourceRef
from program.people.affiliations import bare_name
from program.people.names import family_key, given_words, is_initial, name_key
from program.people.variants import one_person, related_given_names, written_given

IDENTITY_PREFIXES = ("guid:", "id:", "code:")
"""How an identity key starts; a name key never does (it has no colon)."""


def scoped_identity(item: Item, person: FrabPerson) -> str | None:
    """Return the key of the person an export identifies on `item`: a guid, else an id or code of the feed."""
    if person.guid:
        return f"guid:{person.guid.lower()}"
    if person.id:  # voc's merged schedules give every wiki session's people id 0: nobody's
        return f"id:{item.source.file}#{person.id}"
    return f"code:{item.source.file}#{person.code}" if person.code else None


@attrs.frozen
class ReusedIdentity:
    """One id (or code) of a feed that carries unrelated names: each is a person of its own.

    Attributes:
        identity: the scoped identity ("id:schedule.json#20").
        spellings: the first spelling of each person, with where it was first seen, in order.
    """

    identity: str
    spellings: tuple[tuple[str, SourceRef], ...]

    @property
    def written(self) -> str:
        """The identity as the export writes it: "id 20" or "code NQTF8Y"."""
        kind, _, rest = self.identity.partition(":")
        return f"{kind} {rest.rpartition('#')[2]}"


class PersonKeys:
    """The key of every (item, name) of a program: who each name on each item is.

    Built once from all items, since whether one id names one person or two depends on
    every name the feed gives it.
    """

    def __init__(self, items: Iterable[Item]) -> None:
        spellings: dict[str, dict[str, tuple[str, SourceRef]]] = {}
        for item in items:
            for person in item.frab.persons if item.frab is not None else ():
                identity = scoped_identity(item, person)
                if identity is not None and not identity.startswith("guid:"):
                    found = spellings.setdefault(identity, {})
                    found.setdefault(name_key(person.name), (person.name, item.source))
        self._split: dict[tuple[str, str], str] = {}
        reused = []
        for identity, named in spellings.items():
            groups = _people_of(list(named.values()))
            if len(groups) > 1:
                reused.append(ReusedIdentity(identity, tuple(group[0] for group in groups)))
                for number, group in enumerate(groups[1:], start=2):
                    self._split.update(((identity, name_key(name)), f"{identity}~{number}") for name, _ in group)
        self.reused: tuple[ReusedIdentity, ...] = tuple(reused)
        self._name_keys: dict[str, str] = {}
        """name as written -> its key without an identity: the checks ask for each name on each item again."""
        self._on_item: dict[int, tuple[Item, dict[str, str]]] = {}
        """id(item) -> the item (kept, so that its id names it) and its export people's identities by name key."""
        self._keys_of: dict[int, tuple[Item, tuple[str, ...]]] = {}
        """id(item) -> the item (kept, as above) and the keys of its people: every check asks again."""

    def _identities_on(self, item: Item) -> dict[str, str]:
        """Name key -> the identity of the first of the item's export people with that name.

        Made once an item: looking through its people for each name took time in the square
        of an item's people (issue 32: one event of 8,000).
        """
        known = self._on_item.get(id(item))
        if known is not None and known[0] is item:
            return known[1]
        found: dict[str, str] = {}
        for person in item.frab.persons if item.frab is not None else ():
            identity = scoped_identity(item, person)
            if identity is not None:
                found.setdefault(name_key(person.name), identity)
        self._on_item[id(item)] = (item, found)
        return found

    def keys_of(self, item: Item) -> tuple[str, ...]:
        """Return `key` of each of the item's people, in order (made once an item)."""
        known = self._keys_of.get(id(item))
        if known is not None and known[0] is item:
            return known[1]
        keys = tuple(self.key(item, name) for name in item.people)
        self._keys_of[id(item)] = (item, keys)
        return keys

    def key(self, item: Item, name: str) -> str:
        """Return the key of the person `name` names on `item`: their export identity, else the name's key."""
        if item.frab is not None and item.frab.persons:
            key = name_key(name)
            identity = self._identities_on(item).get(key)
            if identity is not None:
                return self._split.get((identity, key), identity)
        found = self._name_keys.get(name)
        if found is None:
            found = self._name_keys[name] = name_key(bare_name(name))
        return found


def _people_of(spellings: list[tuple[str, SourceRef]]) -> list[list[tuple[str, SourceRef]]]:
    """Group the spellings one id carries into people, each joining the first it is one person with.

    By index, not by looking through every group for each spelling (issue 32: that took time
    in the square of the names one id carries): each spelling is filed under the keys
    `one_person` matches on, and the groups a new spelling can join are those its keys find.
    """
    groups: list[list[tuple[str, SourceRef]]] = []
    index = _GroupIndex()
    for spelling in spellings:
        name = bare_name(spelling[0])
        home = index.first_group(name)
        if home is None:
            home = len(groups)
            groups.append([])
        groups[home].append(spelling)
        index.add(name, home)
    return groups


PREFIX_WORDS = 16
"""Given words a name is filed under by prefix: each prefix is a key, so a name of W words has W."""


class _GroupIndex:
    """Keys -> (first group filed under it, the name filed there): what `one_person` can match, found by key.

    Every key is a necessary condition of one clause of `one_person`; the group a key finds
    is checked with `one_person` itself, so the index decides only where to look.
    """

    def __init__(self) -> None:
        self._first: dict[tuple[str, ...], tuple[int, str]] = {}

    def add(self, name: str, group: int) -> None:
        for key in _filed_under(name):
            known = self._first.get(key)
            if known is None or group < known[0]:
                self._first[key] = (group, name)

    def first_group(self, name: str) -> int | None:
        found = (self._first.get(key) for key in _looked_up(name))
        matching = [group for group, filed in filter(None, found) if one_person(name, filed)]
        return min(matching, default=None)


def _parts(name: str) -> tuple[str, list[str], bool]:
    """The family key, the given words (at most PREFIX_WORDS), and whether the first is written as an initial."""
    return family_key(name), given_words(name)[:PREFIX_WORDS], is_initial(written_given(name))


def _filed_under(name: str) -> list[tuple[str, ...]]:
    family, given, initial = _parts(name)
    keys: list[tuple[str, ...]] = [("name", name_key(name)), ("family", family), ("given", family, *given)]
    if not given:
        return [*keys, ("no given", family)]
    head = given[0]
    keys += [("prefix", family, *given[:count]) for count in range(1, len(given))]
    keys += [("initial", family, head[0], str(initial)), ("head", family, head)]
    keys.append(("cut", family, head) if len(family) == 1 else ("uncut", family[:1], head))
    return keys


def _looked_up(name: str) -> list[tuple[str, ...]]:
    family, given, initial = _parts(name)
    keys: list[tuple[str, ...]] = [("name", name_key(name))]
    if not given:
        return [*keys, ("family", family)]
    head = given[0]
    keys += [("no given", family), ("given", family, *given), ("prefix", family, *given)]
    keys += [("given", family, *given[:count]) for count in range(1, len(given))]
    keys.append(("initial", family, head[0], str(not initial)))
    keys += [("head", family, related) for related in sorted(related_given_names(head)) if related != head]
    keys.append(("uncut", family, head) if len(family) == 1 else ("cut", family[:1], head))
    return keys


def person_key(item: Item, name: str) -> str:
    """Return the key of the person `name` names on `item`, judged from this item alone.

    A program's keys come from `PersonKeys`, which also tells apart unrelated names under one id.
    """
    return PersonKeys((item,)).key(item, name)


def is_identity(key: str) -> bool:
    """Whether `key` is an export's identity rather than a name's key."""
    return key.startswith(IDENTITY_PREFIXES)
