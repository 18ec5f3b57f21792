"""The people of a program: one entry per person the people lines name."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from program.model import Item, Person
from program.model.ids import person_id
from program.people.names import name_key, same_family, sort_key


def build_people(items: Sequence[Item]) -> tuple[Person, ...]:
    """Return one person per distinct name on the items' people lines, in index order.

    Spellings that differ only in case, accents or punctuation are one person (the first
    spelling is the name, the others aliases). A title that names the single speaker of
    its item differently ("Steve Keckler" for "Stephen Keckler") adds an alias when the
    family names agree; the name-variant check reports it either way.
    """
    spellings: dict[str, list[str]] = {}
    item_ids: dict[str, list[str]] = {}
    for item in items:
        for name in item.people:
            key = name_key(name)
            _add_once(spellings.setdefault(key, []), name)
            _add_once(item_ids.setdefault(key, []), item.id)
        for key, alias in _title_aliases(item):
            _add_once(spellings[key], alias)
    taken: set[str] = set()
    people = [
        Person(
            id=person_id(names[0], taken),
            name=names[0],
            sort_key=sort_key(names[0]),
            aliases=tuple(names[1:]),
            items=tuple(item_ids[key]),
        )
        for key, names in spellings.items()
    ]
    return tuple(sorted(people, key=lambda person: (person.sort_key, person.id)))


def _title_aliases(item: Item) -> Iterable[tuple[str, str]]:
    speaker = item.title_speaker
    if (
        speaker
        and len(item.people) == 1
        and name_key(speaker) != name_key(item.people[0])
        and same_family(speaker, item.people[0])
    ):
        yield name_key(item.people[0]), speaker


def _add_once(values: list[str], value: str) -> None:
    if value not in values:
        values.append(value)
