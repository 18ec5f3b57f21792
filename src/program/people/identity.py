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
from program.people.names import name_key
from program.people.variants import one_person

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
    """Group the spellings one id carries into people, each joining the first it is one person with."""
    groups: list[list[tuple[str, SourceRef]]] = []
    for spelling in spellings:
        home = next(
            (
                group
                for group in groups
                if any(one_person(bare_name(spelling[0]), bare_name(name)) for name, _ in group)
            ),
            None,
        )
        if home is None:
            groups.append([spelling])
        else:
            home.append(spelling)
    return groups


def person_key(item: Item, name: str) -> str:
    """Return the key of the person `name` names on `item`, judged from this item alone.

    A program's keys come from `PersonKeys`, which also tells apart unrelated names under one id.
    """
    return PersonKeys((item,)).key(item, name)


def is_identity(key: str) -> bool:
    """Whether `key` is an export's identity rather than a name's key."""
    return key.startswith(IDENTITY_PREFIXES)
