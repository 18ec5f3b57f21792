"""Stable identifiers: the same talk keeps its id when the feed is edited or reordered.

Ids come from content, never from positions: an item's id is its kind and a slug of its
title with a short hash of the whole normalised title (so two long titles that share a
beginning still differ). Items that share kind and title exactly (two "Coffee Break"
slots) are numbered in time order, which survives reordering of the feed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

import attrs

from program.model.entities import Item, Person, Program
from program.model.kinds import Kind
from program.model.text import match_key, short_hash, slugify, title_key

ACRONYM = re.compile(r"[a-z0-9_]{4,}")
"""A program's short name as schedule apps accept it (the c3voc schema's acronym and slug prefix)."""


def item_id(kind: Kind, title: str) -> str:
    """Return the base id of an item of `kind` titled `title`.

    >>> item_id(Kind.POSTER, "Lattice Quantization")
    'poster-lattice-quantization-77a4fc'
    """
    return f"{kind.value}-{_titled(title)}"


def paper_id(title: str) -> str:
    """Return the id of the paper titled `title`."""
    return f"paper-{_titled(title)}"


@lru_cache(maxsize=1 << 16)  # a paper's title is its first item's: the paper's id is made right after the item's
def _titled(title: str) -> str:
    """The part of an id a title gives: its slug and a short hash of it."""
    return f"{slugify(title)}-{short_hash(title_key(title))}"


def person_ids(people: Sequence[tuple[str, str]]) -> list[str]:
    """Return an id for each (name, identity) pair: the slug of the name, unique and lasting.

    `identity` is what tells the person apart: the name's match key for people known by
    name. Ids that would collide are told apart by a hash of each person's identity, never by
    the order people were met, so `people/<id>.ics` never changes owner between builds: the
    bare slug stays with the person whose name it spells exactly ("Sren Berg" for sren-berg,
    not "Søren Berg"), if any.

    >>> person_ids([("Søren Berg", "søren berg"), ("Sren Berg", "sren berg"), ("Ada Lovelace", "ada lovelace")])
    ['sren-berg-ade649', 'sren-berg', 'ada-lovelace']
    """
    bases = [_file_safe(slugify(name, max_length=64), identity) for name, identity in people]
    claimants: dict[str, set[str]] = defaultdict(set)
    for base, (_, identity) in zip(bases, people, strict=True):
        claimants[base].add(identity)
    ids = []
    for base, (name, identity) in zip(bases, people, strict=True):
        spelt_exactly = identity == match_key(name) and base.replace("-", " ") == identity
        ids.append(base if len(claimants[base]) == 1 or spelt_exactly else f"{base}-{short_hash(identity)}")
    return ids


class Named(Protocol):
    """A person of an earlier build as its ids are carried on: a `Person`, or just what program.json keeps."""

    @property
    def id(self) -> str:
        """The id the earlier build gave them."""

    @property
    def name(self) -> str:
        """Their name."""

    @property
    def aliases(self) -> tuple[str, ...]:
        """Their other spellings."""


_LASTING_ID = re.compile(r"[a-z0-9]{1,80}(?:-[a-z0-9]{1,80}){0,20}")
"""An id a build gives a person, and so one safe as a file name in people/."""


def lasting_person_ids(people: Sequence[Person], earlier: Sequence[Named]) -> tuple[Person, ...]:
    """Return `people` with the ids the `earlier` build gave them: an id once given stays its person's.

    `person_ids` alone gives a bare slug to the person who spells it exactly, so adding
    "Sren Berg" would hand Søren Berg's `people/sren-berg.ics` to the newcomer. Here a
    person of the earlier build (the same name's key, else one of their spellings) keeps
    their id, and a newcomer whose id an earlier person had gets a hash of their name after
    it: subscribers of a calendar keep getting their person's. Linear: one dictionary.

    >>> earlier = [Person(id="sren-berg", name="Søren Berg", display="Søren Berg", sort_key="Berg, Søren")]
    >>> now = person_ids([("Søren Berg", "søren berg"), ("Sren Berg", "sren berg")])
    >>> people = [Person(id=i, name=n, display=n, sort_key=n) for i, n in zip(now, ["Søren Berg", "Sren Berg"])]
    >>> [person.id for person in lasting_person_ids(people, earlier)]
    ['sren-berg', 'sren-berg-960fed']
    """
    if not earlier:
        return tuple(people)
    kept = _kept_ids(people, earlier)
    taken = {*kept.values(), *(person.id for person in earlier)}
    fresh = {person.id for index, person in enumerate(people) if index not in kept}
    ids = []
    for index, person in enumerate(people):
        person_id = kept.get(index, person.id)
        if index not in kept and person_id in taken:
            person_id = base = f"{person.id}-{short_hash(match_key(person.name))}"
            number = 2
            while person_id in taken or person_id in fresh:
                person_id, number = f"{base}-{number}", number + 1
        taken.add(person_id)
        ids.append(person_id)
    return tuple(
        person if person.id == person_id else attrs.evolve(person, id=person_id)
        for person, person_id in zip(people, ids, strict=True)
    )


def _kept_ids(people: Sequence[Person], earlier: Sequence[Named]) -> dict[int, str]:
    """Position in `people` -> the id of the earlier person they are: by name first, then by any spelling."""
    by_name: dict[str, str] = {}
    by_spelling: dict[str, str] = {}
    keys: dict[str, str] = {}  # a name's key, made once: it is asked of both builds' people (8,800 each)

    def key_of(text: str) -> str:
        key = keys.get(text)
        if key is None:
            key = keys[text] = match_key(text)
        return key

    for person in earlier:
        if not _LASTING_ID.fullmatch(person.id) or person.id in WINDOWS_DEVICE_NAMES:
            continue  # not an id a build gives (a file name out of people/, from a planted program.json)
        by_name.setdefault(key_of(person.name), person.id)
        for spelling in (person.name, *person.aliases):
            by_spelling.setdefault(key_of(spelling), person.id)
    kept: dict[int, str] = {}
    claimed: set[str] = set()
    for index, person in enumerate(people):
        found = by_name.get(key_of(person.name))
        if found is not None and found not in claimed:
            kept[index] = found
            claimed.add(found)
    for index, person in enumerate(people):
        if index in kept:
            continue
        spellings = (key_of(spelling) for spelling in (person.name, *person.aliases))
        found = next(
            (by_spelling[key] for key in spellings if key in by_spelling and by_spelling[key] not in claimed), None
        )
        if found is not None:
            kept[index] = found
            claimed.add(found)
    return kept


WINDOWS_DEVICE_NAMES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)), *(f"lpt{n}" for n in range(1, 10))}
)
"""Names Windows keeps for devices whatever the extension: people/con.ics cannot be created there."""


def _file_safe(slug: str, identity: str) -> str:
    """The slug, or for a device name ("Con", "Nul") the slug and a hash of the person."""
    return f"{slug}-{short_hash(identity)}" if slug in WINDOWS_DEVICE_NAMES else slug


def calendar_domain(program: Program) -> str:
    """Return the part after "@" in the program's calendar UIDs (and its schedule guids' namespace).

    The domain a build recorded (`uid_domain`, carried on by `--previous`) wins, so a new
    title or feed name never changes a UID; a first build takes the acronym, a name chosen
    to last, else the title's slug.

    >>> calendar_domain(Program(title="ML for Systems 2022", timezone="UTC", acronym="mlsys2022"))
    'mlsys2022'
    """
    return program.uid_domain or program.acronym or title_domain(program.title)


def title_domain(title: str) -> str:
    """Return the UID domain made from a title: what every UID used before domains were recorded.

    >>> title_domain("ML for Systems Workshop at NeurIPS 2022")
    'ml-for-systems-workshop-at-neurips-2022'
    """
    return slugify(title or "program", max_length=64)


def make_ids_unique(items: Sequence[Item]) -> tuple[Item, ...]:
    """Return `items` in the same order, with `-2`, `-3`… added to repeated ids.

    The first in time order keeps the bare id; untimed items count after timed ones,
    then by line. A number some item already has is passed over: items made unique a table at
    a time (`a`, `a-2` on one day, `a`, `a` on others) never end up sharing `a-2`.
    """
    groups: dict[str, list[int]] = defaultdict(list)
    for position, item in enumerate(items):
        groups[item.id].append(position)
    taken = set(groups)
    renamed = list(items)
    for positions in groups.values():
        ordered = sorted(positions, key=lambda position: _sort_key(items[position]))
        number = 2
        for position in ordered[1:]:
            while f"{items[position].id}-{number}" in taken:
                number += 1
            taken.add(f"{items[position].id}-{number}")
            renamed[position] = attrs.evolve(items[position], id=f"{items[position].id}-{number}")
            number += 1
    return tuple(renamed)


def _sort_key(item: Item) -> tuple[bool, float, str, int]:
    start = item.start.timestamp() if item.start else 0.0
    return (item.start is None, start, item.source.file, item.source.line or 0)


def untitled_paper_id(abstract: str | None, number: int) -> str:
    """Return the id of an untitled paper: from its abstract, or its number when it has none.

    >>> untitled_paper_id(None, 7)
    'paper-untitled-7'
    """
    if abstract is None:
        return f"paper-untitled-{number}"
    return f"paper-untitled-{short_hash(match_key(abstract))}"
