"""Who a name on an item is: the person a frab export identifies, else the name itself.

A frab/pretalx/hub export says who each speaker is (a guid, an id, a code): two guids are
two people even with one name, two names with one guid are one person. Sources without
identities (pages, listings) name people by name only; for them the name's key is the
person, and name matching (nicknames, initials) may join two such keys.
"""

from __future__ import annotations

from program.model import Item
from program.people.names import name_key

IDENTITY_PREFIXES = ("guid:", "id:", "code:")
"""How an identity key starts; a name key never does (it has no colon)."""


def person_key(item: Item, name: str) -> str:
    """Return the key of the person `name` names on `item`: their export identity, else the name's key."""
    key = name_key(name)
    if item.frab is not None:
        for person in item.frab.persons:
            identity = person.identity
            if identity is not None and name_key(person.name) == key:
                return identity
    return key


def is_identity(key: str) -> bool:
    """Whether `key` is an export's identity rather than a name's key."""
    return key.startswith(IDENTITY_PREFIXES)
