"""Names as every output shows them: one display form per person, whatever the spelling.

Items keep their people as the feed spelt them ("Steve Keckler", "Antoine DUPRET"); the
person they name has one display form (`Person.display`, chosen by `program.people`).
Every writer that prints a person's name goes through here, so the calendars, the
schedule, the listings and the printed program never show one person two ways.
"""

from __future__ import annotations

from collections.abc import Iterable

from program.model import Person, Program
from program.model.text import match_key


class NamedPeople:
    """The people of a program, found by any spelling an item uses."""

    def __init__(self, program: Program) -> None:
        self._by_spelling = program.people_by_spelling()

    def person(self, name: str) -> Person | None:
        """Return the person `name` names, or None for a name no person has."""
        return self._by_spelling.get(match_key(name))

    def display(self, name: str) -> str:
        """Return how outputs show the person `name` names (the name itself if nobody has it)."""
        person = self.person(name)
        return person.display if person else name

    def joined(self, names: Iterable[str], separator: str = ", ") -> str:
        """Return the names as shown, joined."""
        return separator.join(self.display(name) for name in names)
