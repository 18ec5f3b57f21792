"""Email addresses given to the program's people: from a feed's Email column or a people file.

A name is matched to a person as everywhere else: by its spelling (any alias, ignoring case,
accents and an affiliation written into it), else by a variant the directory would merge
(`given_name_evidence`: "Steve Keckler" for "Stephen Keckler", "S. Keckler"), when exactly one
person of that family name fits. A name that fits several people, or none, gives no address
and is reported, so a message never goes to the wrong person.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

import attrs

from program.model import Person
from program.model.text import match_key
from program.people.affiliations import bare_name
from program.people.names import family_key
from program.people.variants import given_name_evidence


@attrs.frozen
class AddressesGiven:
    """The people with the addresses given them, and the names that gave none.

    Attributes:
        people: every person, in the same order; `email` set where an address was given.
        unmatched: names no person of the program has, in the order given.
        ambiguous: names several people could be, each with their display names.
    """

    people: tuple[Person, ...]
    unmatched: tuple[str, ...] = ()
    ambiguous: tuple[tuple[str, tuple[str, ...]], ...] = ()


class PersonFinder:
    """Finds the person a written name means, by spelling, then by variant within the family name."""

    def __init__(self, people: Sequence[Person]) -> None:
        self._by_spelling = {
            match_key(bare_name(spelling)): person for person in people for spelling in (person.name, *person.aliases)
        }
        self._by_family: dict[str, list[Person]] = defaultdict(list)
        for person in people:
            self._by_family[family_key(person.name)].append(person)

    def candidates(self, name: str) -> list[Person]:
        """Return the one person `name` spells, else every person it may be a variant of."""
        bare = bare_name(name)
        found = self._by_spelling.get(match_key(bare))
        if found is not None:
            return [found]
        return [
            person
            for person in self._by_family.get(family_key(bare), [])
            if given_name_evidence(bare, person.name) is not None
        ]


def give_addresses(people: Sequence[Person], addresses: Iterable[tuple[str, str]]) -> AddressesGiven:
    """Return `people` with the (name, address) pairs given to the people they name.

    A later pair for one person replaces an earlier one (a people file after the feeds).
    """
    addresses = list(addresses)
    if not addresses:  # most feeds give none: no index of every person's spellings to make
        return AddressesGiven(tuple(people))
    finder = PersonFinder(people)
    chosen: dict[str, str] = {}
    unmatched: list[str] = []
    ambiguous: list[tuple[str, tuple[str, ...]]] = []
    for name, address in addresses:
        found = finder.candidates(name)
        if len(found) == 1:
            chosen[found[0].id] = address
        elif found:
            ambiguous.append((name, tuple(person.display for person in found)))
        else:
            unmatched.append(name)
    given = tuple(attrs.evolve(person, email=chosen[person.id]) if person.id in chosen else person for person in people)
    return AddressesGiven(given, tuple(unmatched), tuple(ambiguous))
