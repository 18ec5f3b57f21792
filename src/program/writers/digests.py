"""The digest every key of a rebuild is made with (`build_cache`, `calendar_keys`, `piece_reuse`).

A module of its own, importing nothing of the writers: a rebuild that finds nothing changed
makes the program's key without importing any writer.
"""

from __future__ import annotations

import hashlib
import operator
from collections.abc import Iterable

import attrs

from program.model import Item, Person, Program


def digest(parts: Iterable[str]) -> str:
    """Return one short hex digest of `parts`, each kept apart from the next (each followed by a NUL).

    The parts are joined and hashed at once: a rebuild makes 100,000 of these at 10,000
    items, and two `update`s a part cost a third more than one string made and encoded.
    """
    listed = parts if isinstance(parts, list | tuple) else list(parts)
    data = ("\x00".join(listed) + "\x00").encode("utf-8", "surrogatepass") if listed else b""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def large_digest(parts: Iterable[str]) -> str:
    """Return one short hex digest of `parts` that are megabytes together (the whole program's `repr`).

    SHA-256 (in hardware on most CPUs) takes a third of BLAKE2's time on such input, 0.01 s
    of a no-change rebuild at 10,000 items (24 MB); for the many small keys of a rebuild
    BLAKE2 is quicker, its hasher cheaper to make.
    """
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(part.encode("utf-8", "surrogatepass"))
        hasher.update(b"\x00")
    return hasher.hexdigest()[:32]


_SHOWN_FIELDS = operator.attrgetter(*(field.name for field in attrs.fields(Item) if field.name != "source"))
"""Every field of an item but where it was read: one line added near the top of a feed moves every item after it."""


def item_digests(program: Program) -> dict[int, str]:
    """The digest of each item of `program` (every field but `source`), by the item's `id()`; made once a program.

    The program's key (`build_cache.program_parts`) holds these with each item's source, and
    every calendar's and piece's key of the item starts from its digest (`calendar_keys`):
    the items are printed by `repr` once a build, not once for the program and again for
    its calendars (0.06 s, and hashing their 24 MB again, at 10,000 items).
    """
    if _last and _last[0][0] is program:
        return _last[0][1]
    digests = {id(item): _fields_digest(item) for item in program.items}
    _last[:] = [(program, digests)]
    return digests


def item_digest(program: Program, item: Item) -> str:
    """The digest of `item` as `item_digests` makes it (an item not of `program` is printed on its own)."""
    known = item_digests(program).get(id(item))
    return known if known is not None else _fields_digest(item)


def _fields_digest(item: Item) -> str:
    # SHA-256 (in hardware), as the program's key: an item's fields are kilobytes (its abstract).
    return hashlib.sha256(repr(_SHOWN_FIELDS(item)).encode("utf-8", "surrogatepass")).hexdigest()[:32]


_last: list[tuple[Program, dict[int, str]]] = []
"""The program whose item digests were made last, and them: a build asks for one program's."""


def person_digests(program: Program) -> dict[int, str]:
    """The digest of each person of `program` (their `repr`), by the person's `id()`; made once a program.

    Every personal calendar's key and index entry's key holds it: a person is printed once for both.
    """
    if _last_people and _last_people[0][0] is program:
        return _last_people[0][1]
    digests = {id(person): digest([repr(person)]) for person in program.people}
    _last_people[:] = [(program, digests)]
    return digests


def person_digest(program: Program, person: Person) -> str:
    """The digest of `person` as `person_digests` makes it (one not of `program` is printed on its own)."""
    known = person_digests(program).get(id(person))
    return known if known is not None else digest([repr(person)])


_last_people: list[tuple[Program, dict[int, str]]] = []
"""The program whose people's digests were made last, and them."""
