"""The speaker index and talk listing as plain data, shared by their writers.

Everything a template needs is decided here (order, grouping, cross-references), so
templates hold presentation only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from itertools import groupby, islice

import attrs
from babel.numbers import format_decimal

from program.i18n import Lang
from program.model import Item, Kind, Paper, Person, Program, Role
from program.model.reprs import plain_repr
from program.people import index_heading
from program.writers.base import shared_by_writers
from program.writers.calendar_events import EventItems, person_calendar
from program.writers.clean_text import plain_text, title_text
from program.writers.shown_names import named_people

_FIRST_KINDS = (Kind.KEYNOTE, Kind.INVITED_TALK)
"""An invited speaker's entry lists their talk before anything else."""


@plain_repr  # printed in each entry's key (`_keyed_groups`), 8,800 entries at 10,000 items
@attrs.frozen
class Appearance:
    """One item a person is on, as an index line shows it."""

    item_id: str
    kind: str
    reference: str
    """How the index points at the item: "Spotlight, Sat 3 Dec 10:55 a.m." or "Poster P11"."""
    short: str
    """The same, short, for a printed index: "10:55 a.m." (with the weekday when the program
    has several days) or "P11"."""
    day: str
    when: str
    title: str
    start: str | None
    board: str | None
    note: str | None = None
    """What the reader should know, e.g. that the author list is cut short."""
    sessions: tuple[str, ...] = ()
    """For an untimed poster, the starts (ISO 8601) of the poster sessions that show it."""


@plain_repr
@attrs.frozen
class IndexEntry:
    """One person of the index."""

    person_id: str
    name: str
    display: str
    sort_key: str
    letter: str
    appearances: tuple[Appearance, ...]
    coauthors: tuple[tuple[str, str], ...]
    """(person id, display name) of everyone who shares an item, in index order; from an item
    of more than `COAUTHORS_FROM_ONE_ITEM` people, only its first ones (see `other_coauthors`)."""
    calendar: str | None = None
    """The person's calendar, relative to the index (people/<id>.ics), when they have events."""
    affiliation: str | None = None
    """Where they work or belong, as their name gave it, shown after the name."""
    other_coauthors: int = 0
    """How many more people share an item and are not listed: "and 1,970 others"."""
    others_text: str = ""
    """The words after the listed co-authors: " and 1,970 others", or ""."""


def others_text(count: int, lang: Lang) -> str:
    """Return " and 1,970 others" (in `lang`), or "" for none."""
    if not count:
        return ""
    number = f"{count:,}" if lang.locale == "root" else format_decimal(count, locale=lang.tag.replace("-", "_"))
    return " " + lang.ngettext("and %(count)s other", "and %(count)s others", count) % {"count": number}


COAUTHORS_FROM_ONE_ITEM = 30
"""How many of the people of one item (or paper) each of them lists as co-authors.

Listing them all grows with the square of an item's people (2,000 authors on one paper
wrote 339 MB of index, issue 32): beyond this, each lists the item's first ones, in the
item's order, and "and N others".
"""


@attrs.frozen
class LetterGroup:
    """The entries filed under one heading letter."""

    letter: str
    entries: tuple[IndexEntry, ...]


INCOMPLETE_AUTHORS = "author list cut short: et al."
"""The note of a paper whose listing cut its authors short (a catalogue's message)."""


def accepted_labels(program: Program) -> dict[str, str]:
    """Return the reference of each paper no item presents: A1, A2, … in paper order."""
    unscheduled = [paper for paper in program.papers if not paper.items]
    return {paper.id: f"A{number}" for number, paper in enumerate(unscheduled, start=1)}


def paper_appearance(paper: Paper, label: str, lang: Lang) -> Appearance:
    """Return how an index line shows a paper that no item presents (a pool's paper)."""
    kind = lang.gettext("Accepted paper")
    return Appearance(
        item_id=paper.id,
        kind=kind,
        reference=f"{kind} {label}",
        short=label,
        day="",
        when="",
        title=plain_text(paper.heading, latex=paper.scraped),
        start=None,
        board=None,
        note=None if paper.authors_complete else lang.gettext(INCOMPLETE_AUTHORS),
    )


def appearance(item: Item, *, lang: Lang, multi_day: bool = False, sessions: Sequence[Item] = ()) -> Appearance:
    """Return how an index line shows `item`; an untimed poster with the times of its `sessions`.

    "Poster P18, Sat 3 Dec 10:20 a.m. and 1:55 p.m.": a presenter looks up when to stand
    at their board, not only where. A talk inside a session is at its session's time, an
    untimed meeting on the day the feed lists it under.
    """
    # a chair's line says so ("Chair, Tue 26 May 10:30 a.m."): they do not speak there
    kind = lang.ngettext("Chair", "Chairs", 1) if item.role is Role.CHAIR else lang.kind(item.kind)
    timed_sessions = sorted((session for session in sessions if session.start), key=_start_of)
    at = item.start or (_start_of(timed_sessions[0]) if timed_sessions and not item.board else None)
    if item.start:
        reference = f"{kind}, {lang.day(item.start.date())} {lang.time(item.start)}"
    else:
        reference = f"{kind} {item.board}" if item.board else kind
        if timed_sessions:
            reference += f", {_session_times(timed_sessions, lang)}"
        elif item.day:
            reference += f", {lang.day(item.day)}"
    if at is not None:
        day, when = lang.day(at.date()), lang.time(at)
        short = f"{lang.weekday(at.date())} {when}" if multi_day else when
    else:
        day, when = (lang.day(item.day) if item.day and not item.board else ""), item.board or ""
        short = item.board or day or kind
    return Appearance(
        item_id=item.id,
        kind=kind,
        reference=reference,
        short=short,
        day=day,
        when=when,
        title=title_text(item),
        start=item.start.isoformat() if item.start else None,
        board=item.board,
        sessions=tuple(_start_of(session).isoformat() for session in timed_sessions),
    )


def _start_of(item: Item) -> datetime:
    assert item.start is not None
    return item.start


def _session_times(sessions: Sequence[Item], lang: Lang) -> str:
    """Return "Sat 3 Dec 10:20 a.m. and 1:55 p.m.; Sun 4 Dec 2:00 p.m.", each day named once."""
    by_day = groupby(sessions, key=lambda session: _start_of(session).date())
    return "; ".join(
        f"{lang.day(day)} {_listed([lang.time(_start_of(s)) for s in same_day], lang)}" for day, same_day in by_day
    )


def _listed(words: Sequence[str], lang: Lang) -> str:
    if len(words) == 1:
        return words[0]
    return lang.gettext("%(first)s and %(last)s") % {"first": ", ".join(words[:-1]), "last": words[-1]}


def speaker_index(program: Program, lang: Lang | None = None) -> tuple[IndexEntry, ...]:
    """Return the index entries of every person, in index order (built once per program)."""
    return _speaker_index(program, lang or Lang(program.locale))


@shared_by_writers
def _speaker_index(program: Program, lang: Lang) -> tuple[IndexEntry, ...]:
    """Return the index: every person once, in the program's (collation) order."""
    builder = IndexBuilder(program, lang)
    return tuple(builder.entry(person) for person in program.people)


class IndexBuilder:
    """The lookups an index entry needs, built once per index."""

    def __init__(self, program: Program, lang: Lang) -> None:
        self.items = program.items_by_id()
        self.unscheduled = {paper.id: paper for paper in program.papers if not paper.items}
        self.accepted = accepted_labels(program)
        self.position = {item.id: index for index, item in enumerate(program.items)}
        self.order = {person.id: index for index, person in enumerate(program.people)}
        self.names = named_people(program)
        self.locale = program.locale
        self.lang = lang
        self.multi_day = len(program.days) > 1
        self.event_items = EventItems(program)
        self.appearances: dict[str, Appearance] = {}
        """Each item's line, made once for all its people (a paper's title is rendered once, not per author)."""
        self.as_coauthor = {person.id: (person.id, person.display) for person in program.people}
        """Each person as co-authors' entries list them: one pair shared by all (a pair each was half the index)."""
        self.people_on: dict[str, list[Person]] = {}
        """The people of each item and paper, each once, in its order (found once for all of them)."""
        self.ids_on: dict[int, frozenset[str]] = {}
        """The ids of the people of each item of more than `COAUTHORS_FROM_ONE_ITEM` people (by its list's id)."""

    def entry(self, person: Person) -> IndexEntry:
        """The index entry of `person` (what it reads is keyed by `index_pieces.IndexKeys`: keep the two together)."""
        items = self.items
        mine = self.ordered_items(person)
        papers = self.papers_of(person)
        coauthors, others = self._coauthors(person, papers)
        return IndexEntry(
            person_id=person.id,
            name=person.name,
            display=person.display,
            sort_key=person.sort_key,
            letter=index_heading(person.sort_key, self.locale),
            appearances=(
                *(self._appearance(items[item_id]) for item_id in mine),
                *(paper_appearance(paper, self.accepted[paper.id], self.lang) for paper in papers),
            ),
            coauthors=tuple(self.as_coauthor[other.id] for other in sorted(coauthors.values(), key=self._rank)),
            calendar=person_calendar(person) if self.event_items.of_person(person) else None,
            affiliation=person.affiliation,
            other_coauthors=others,
            others_text=others_text(others, self.lang),
        )

    def ordered_items(self, person: Person) -> list[str]:
        """The ids of `person`'s items as their entry lists them: keynotes and invited talks first, then in order."""
        items = self.items
        return sorted(
            person.items, key=lambda item_id: (items[item_id].kind not in _FIRST_KINDS, self.position[item_id])
        )

    def papers_of(self, person: Person) -> list[Paper]:
        """The papers of `person` that no item presents (listed as accepted papers)."""
        return [self.unscheduled[paper_id] for paper_id in person.papers if paper_id in self.unscheduled]

    def places(self, person: Person, papers: Sequence[Paper]) -> list[list[Person]]:
        """The people of each of `person`'s items, then of their `papers` (`papers_of`): where co-authors come from."""
        places = [self._people_on(item_id, self.items[item_id].people) for item_id in person.items]
        return places + [self._people_on(paper.id, paper.authors, "") for paper in papers]

    def _coauthors(self, person: Person, papers: Sequence[Paper]) -> tuple[dict[str, Person], int]:
        """The co-authors `person` lists (by id) and how many more there are.

        Each item's (and paper's) people are found once for all of them, and an item of
        more than `COAUTHORS_FROM_ONE_ITEM` people gives only its first ones: the entries
        grow with the people of the program, not with the square of an item's.
        """
        places = self.places(person, papers)
        coauthors: dict[str, Person] = {}
        for people in places:
            others = (other for other in people if other.id != person.id)
            coauthors.update((other.id, other) for other in islice(others, COAUTHORS_FROM_ONE_ITEM))
        big = [self.ids_on[id(people)] for people in places if len(people) > COAUTHORS_FROM_ONE_ITEM + 1]
        if not big:
            return coauthors, 0
        everyone = big[0] if len(big) == 1 else frozenset().union(*big)
        listed = sum(1 for other in coauthors if other in everyone) + (person.id in everyone)
        return coauthors, len(everyone) - listed

    def _people_on(self, place: str, names: Sequence[str], on: str | None = None) -> list[Person]:
        """The people `names` name on `place` (an item, or a paper `on` no item), each once, in order."""
        found = self.people_on.get(place)
        if found is None:
            where = place if on is None else on
            people = self._people_named([(name, where) for name in names])
            found = self.people_on[place] = list({other.id: other for other in people}.values())
            if len(found) > COAUTHORS_FROM_ONE_ITEM + 1:
                self.ids_on[id(found)] = frozenset(other.id for other in found)
        return found

    def _appearance(self, item: Item) -> Appearance:
        seen = self.appearances.get(item.id)
        if seen is None:
            seen = appearance(
                item,
                lang=self.lang,
                multi_day=self.multi_day,
                sessions=[self.items[session] for session in item.sessions if session in self.items],
            )
            self.appearances[item.id] = seen
        return seen

    def _rank(self, person: Person) -> int:
        return self.order[person.id]

    def _people_named(self, names: Sequence[tuple[str, str]]) -> list[Person]:
        """The people (name, item id) pairs name."""
        return [person for name, on in names if (person := self.names.person(name, on))]


def letter_groups(entries: Sequence[IndexEntry]) -> tuple[LetterGroup, ...]:
    """Group consecutive entries by heading letter."""
    return tuple(LetterGroup(letter, tuple(group)) for letter, group in groupby(entries, key=lambda e: e.letter))


@attrs.frozen
class KindGroup:
    """The items of one kind, in running order, for a talk listing."""

    kind: Kind
    heading: str
    items: tuple[Item, ...]


def talks_by_kind(program: Program, lang: Lang | None = None) -> tuple[KindGroup, ...]:
    """Return the items grouped by kind (in the vocabulary's order), running order within."""
    members: dict[Kind, list[Item]] = {}
    for item in program.items:
        members.setdefault(item.kind, []).append(item)
    lang = lang or Lang(program.locale)
    return tuple(KindGroup(kind, _plural(kind, lang), tuple(members[kind])) for kind in Kind if kind in members)


def _plural(kind: Kind, lang: Lang) -> str:
    irregular = {Kind.OPENING: "Opening", Kind.CLOSING: "Closing", Kind.OTHER: "Other items"}
    return lang.gettext(irregular.get(kind, f"{kind.display}s"))
