"""Choosing items for a filtered calendar: by person, by kind, by paper.

Each filter names a set of items; given several, an item must be in every set
("David Pan's spotlights"). Unknown names are usage errors that suggest the near ones.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from difflib import get_close_matches

from program.errors import UsageError
from program.model import Item, Kind, Person, Program
from program.model.text import did_you_mean, match_key

NAMED_CANDIDATES = 8
"""An unknown person's error names this many of the people whose names contain it."""


def parse_kinds(text: str) -> tuple[Kind, ...]:
    """Return the kinds named in a comma-separated list ("spotlight,invited-talk").

    Raises:
        UsageError: naming the unknown kind and listing the known ones.
    """
    kinds = []
    for name in (part.strip() for part in text.split(",")):
        try:
            kinds.append(Kind(name))
        except ValueError:
            hint = (
                did_you_mean(name, [kind.value for kind in Kind])
                or f"; known kinds: {', '.join(kind.value for kind in Kind)}"
            )
            raise UsageError(f"unknown kind {name!r}{hint}") from None
    return tuple(kinds)


def selected_items(
    program: Program,
    *,
    people: Sequence[str] = (),
    kinds: Sequence[Kind] = (),
    papers: Sequence[str] = (),
) -> list[Item]:
    """Return the items every given filter chooses, in running order.

    A person chooses the items they are on; a kind, its items; a paper (id or title), the
    items presenting it. An untimed poster counts as the poster sessions it is shown in,
    so "a person's posters" and "poster sessions" meet.

    Raises:
        UsageError: for a person or paper the program does not have.
    """
    chosen: list[set[str]] = []
    if people:
        chosen.append(_shown(item for name in people for item in _person_items(program, name)))
    if kinds:
        chosen.append(_shown(item for item in program.items if item.kind in kinds))
    if papers:
        chosen.append(_shown(item for paper in papers for item in _paper_items(program, paper)))
    wanted = set.intersection(*chosen) if chosen else {item.id for item in program.items}
    return [item for item in program.items if item.id in wanted]


def _shown(items: Iterable[Item]) -> set[str]:
    return {item_id for item in items for item_id in item.shown_at}


def find_person(program: Program, name: str) -> Person:
    """Return the person `name` names (any known spelling, or their id).

    Raises:
        UsageError: naming the people whose names contain it, or the near spellings.
    """
    person = program.people_by_spelling().get(match_key(name))
    person = person or next((person for person in program.people if person.id == name), None)
    if person is None:
        raise UsageError(f"no person {name!r} in the program{_people_hint(program, name)}")
    return person


def _person_items(program: Program, name: str) -> list[Item]:
    person = find_person(program, name)
    by_id = program.items_by_id()
    return [by_id[item_id] for item_id in person.items]


def _people_hint(program: Program, name: str) -> str:
    """Name the people whose names contain `name` ("Pan": David Pan, Pan Li), else the near spellings."""
    wanted = match_key(name)
    containing = [person for person in program.people if _contains(person, wanted)]
    if not containing:
        return did_you_mean(name, [person.display for person in program.people], count=3)
    names = ", ".join(repr(person.display) for person in containing[:NAMED_CANDIDATES])
    more = len(containing) - NAMED_CANDIDATES
    rest = f" and {more} more" if more > 0 else ""
    return f"; people whose names contain it: {names}{rest} (give one in full, or its id)"


def _contains(person: Person, wanted: str) -> bool:
    """Whether a spelling of `person` holds the words of `wanted` in a row ("pan" in "david pan", not "span")."""
    return any(
        f" {wanted} " in f" {match_key(spelling)} " for spelling in (person.display, person.name, *person.aliases)
    )


def _paper_items(program: Program, key: str) -> list[Item]:
    paper = next(
        (paper for paper in program.papers if key == paper.id or match_key(key) == match_key(paper.title or "")),
        None,
    )
    if paper is None:
        near = get_close_matches(key, [paper.id for paper in program.papers], n=3, cutoff=0.6)
        hint = f"; did you mean {' or '.join(repr(paper_id) for paper_id in near)}?" if near else ""
        raise UsageError(f"no paper {key!r} in the program (give its id or title){hint}")
    return [item for item in program.items if item.paper == paper.id]


def selection_warnings(program: Program, kinds: Sequence[Kind], items: Sequence[Item]) -> list[str]:
    """Say what makes a filtered calendar empty or short, so an empty file is never a silent surprise.

    A kind the program has none of is named with the kinds it has; a calendar with no event
    at all after every filter is said to be empty.
    """
    present = {item.kind for item in program.items}
    warnings = []
    for kind in dict.fromkeys(kinds):
        if kind not in present:
            have = ", ".join(known.value for known in Kind if known in present)
            warnings.append(f"no item of kind {kind.value!r} in the program; its kinds: {have}")
    if not any(item.start is not None for item in items):
        warnings.append("the calendar has no events: no timed item passes every filter")
    return warnings
