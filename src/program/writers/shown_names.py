"""Names as every output shows them: the export's own spelling on its items, else one display form per person.

Items keep their people as the feed spelt them ("Steve Keckler", "Antoine DUPRET"); the
person they name has one display form (`Person.display`, chosen by `program.people`).
Every writer that prints a person's name goes through here. An item read from a
conference tool's export shows the name the export gives it ("Ada 'nick' Lovelace" stays
so on that talk though the person is filed once, as "Ada Lovelace"): the speakers chose
their public names. Items from pages and listings show the person's one display form, so
the calendars, the schedule, the listings and the printed program never show a page's
person two ways.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from program.model import Item, Person, Program
from program.model.text import collapse_space, match_key
from program.writers.base import shared_by_writers


class NamedPeople:
    """The people of a program, found by any spelling an item uses."""

    def __init__(self, program: Program) -> None:
        named: dict[str, list[Person]] = defaultdict(list)
        for person in program.people:
            for key in dict.fromkeys(match_key(spelling) for spelling in (person.name, *person.aliases)):
                named[key].append(person)
        self._by_spelling = {key: people[0] for key, people in named.items()}
        # An export that identifies its people (frab, pretalx, Sessionize) gives each talk the
        # names it shows; a table's record keeps only a track, and its names are ours to show.
        self._exported = {item.id for item in program.items if item.frab is not None and item.frab.persons}
        # One spelling may name two people (namesakes a source tells apart by id): on an
        # item it names the one who is on it. Only such spellings need the item.
        self._by_place = {
            (item_id, key): person
            for key, people in named.items()
            if len(people) > 1
            for person in people
            for item_id in person.items
        }

    def person(self, name: str, on: str = "") -> Person | None:
        """Return the person `name` names on the item with id `on`, or None for a name nobody has."""
        key = match_key(name)
        return self._by_place.get((on, key)) or self._by_spelling.get(key)

    def display(self, name: str, on: str = "") -> str:
        """Return how outputs show the person `name` names on item `on` (the name itself if nobody has it)."""
        if on in self._exported:
            return collapse_space(name)
        person = self.person(name, on)
        return person.display if person else name

    def shown_on(self, item: Item) -> list[str]:
        """Return the item's people as shown."""
        return [self.display(name, item.id) for name in item.people]

    def joined(self, names: Iterable[str], on: str = "", separator: str = ", ") -> str:
        """Return the names as shown, joined."""
        return separator.join(self.display(name, on) for name in names)


def named_people(program: Program) -> NamedPeople:
    """The `NamedPeople` of `program`, made once for every writer of a build (12 asked, 0.16 s each at 10,000 items)."""
    return _named_people(program, None)


@shared_by_writers
def _named_people(program: Program, _: None) -> NamedPeople:
    return NamedPeople(program)
