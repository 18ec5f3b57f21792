"""The speaker index keyed by what each entry is made from: a rebuild makes only the entries an edit touched.

Six outputs show every person's entry (the printed program, speakers.html, .md, .csv,
.json and .txt) and the site's script lists every person. Each entry has a key, a digest
of everything `speaker_index.IndexBuilder.entry` reads to make it (`IndexKeys._key`,
spelled out beside it as `calendar_keys` does for calendars): the program's own fields
but `updated`, the language, the person, each of their items (`calendar_keys`' digest:
every field but where it was read, and its people as shown) in the order the entry lists
them, the sessions that show a poster, their papers that no item presents with each one's
label, and for each item and paper its people as found (id, name as shown, place in the
index: whom the entry lists as co-authors, in what order, and how many it leaves out).

The pages take an entry's text by that key (`Keyed` records, made only when a template
reads a field); speakers.csv, .json and .txt take each entry's text from the published
build's pieces by it; the site's script needs no entry (a person's id, display name,
letter and whether they have a calendar). So an edit of one talk makes the entries of its
people, not the 8,800 of a 10,000-item program.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence
from itertools import groupby
from typing import cast

from program.i18n import Lang
from program.model import Person, Program
from program.people import index_heading
from program.writers.base import RenderOptions, lang_of, shared_by_writers
from program.writers.calendar_keys import calendar_keys
from program.writers.digests import digest, person_digest
from program.writers.piece_reuse import Keyed, pieces
from program.writers.speaker_index import IndexBuilder, IndexEntry, LetterGroup, letter_groups, speaker_index


class IndexKeys:
    """Each person's entry key, heading letter and whether they have a calendar, in index order.

    Entries are made when asked (`entry`), by the builder the keys were found with.
    """

    def __init__(self, program: Program, lang: Lang) -> None:
        self.builder = IndexBuilder(program, lang)
        self._items = calendar_keys(program, None)
        self._fields = digest([self._items.page_fields, repr(lang)])
        self._places: dict[int, str] = {}
        self.people = program.people
        self._program = program
        self.letters = tuple(index_heading(person.sort_key, program.locale) for person in program.people)
        self.calendars = tuple(map(self._items.has_calendar, program.people))
        self.keys = tuple(map(self._key, program.people, self.calendars))

    def entry(self, number: int) -> IndexEntry:
        """The entry of the `number`th person (as `speaker_index` makes it)."""
        return self.builder.entry(self.people[number])

    def _key(self, person: Person, calendar: bool) -> str:
        builder, shown = self.builder, self._items
        items = builder.items
        papers = builder.papers_of(person)
        parts = [self._fields, person_digest(self._program, person), "calendar" if calendar else "no calendar"]
        for item_id in builder.ordered_items(person):
            item = items[item_id]
            parts.append(f"item {shown.item(item)}")
            # an untimed poster's line names when its sessions are
            parts.extend(f"session {shown.item(items[s]) if s in items else '-'}" for s in item.sessions)
        parts.extend(f"paper {builder.accepted[paper.id]} {paper!r}" for paper in papers)
        parts.extend(f"with {self._place(people)}" for people in builder.places(person, papers))
        return digest(parts)

    def _place(self, people: list[Person]) -> str:
        """The digest of the people found on an item or paper: who they are, as shown, and where in the index."""
        key = self._places.get(id(people))  # the builder keeps each place's list: one digest for all its people
        if key is None:
            order = self.builder.order
            shown = (f"{other.id}\x1f{other.display}\x1f{order[other.id]}" for other in people)
            key = self._places[id(people)] = digest(shown)
        return key


@shared_by_writers
def index_keys(program: Program, lang: Lang) -> IndexKeys:
    """The `IndexKeys` of `program` in `lang`, made once for every writer of a build."""
    return IndexKeys(program, lang)


def shown_groups(program: Program, lang: Lang, options: RenderOptions) -> tuple[LetterGroup, ...]:
    """The index's letter groups for a template; for the shipped ones each entry `Keyed` by its inputs.

    Three pages show each entry through `piece` (the printed program, speakers.html and
    .md): an entry whose inputs the published build had is never made.
    """
    if options.templates is not None:  # a user's template may compare or print entries: given them as they are
        return letter_groups(speaker_index(program, lang))
    return _keyed_groups(program, lang)


@shared_by_writers
def _keyed_groups(program: Program, lang: Lang) -> tuple[LetterGroup, ...]:
    keys = index_keys(program, lang)
    entries = [Keyed(key, functools.partial(keys.entry, number)) for number, key in enumerate(keys.keys)]
    return tuple(
        LetterGroup(letter, tuple(cast(IndexEntry, entries[number]) for number, _ in group))
        for letter, group in groupby(enumerate(keys.letters), key=lambda numbered: numbered[1])
    )


def entry_texts(
    writer: str, program: Program, options: RenderOptions, text: Callable[[IndexEntry], str]
) -> Iterator[tuple[str, str]]:
    """(heading letter, `text` of the entry) of each person in index order, the unchanged entries' text taken again.

    `text` is what writer `writer` shows of an entry; the published build's text of an
    entry of the same key is taken (`piece_reuse.pieces`) instead of making the entry.
    """
    keys = index_keys(program, lang_of(program, options))
    made = pieces(writer)
    for number, key in enumerate(keys.keys):
        yield keys.letters[number], made.get(key, functools.partial(_entry_text, keys, number, text))


def _entry_text(keys: IndexKeys, number: int, text: Callable[[IndexEntry], str]) -> str:
    return text(keys.entry(number))


def people_rows(program: Program, lang: Lang) -> Sequence[tuple[Person, str, bool]]:
    """(person, heading letter, has a calendar) of each person of the index, in its order, no entry made."""
    keys = index_keys(program, lang)
    return list(zip(keys.people, keys.letters, keys.calendars, strict=True))


def speaker_index_context(program: Program, options: RenderOptions) -> dict[str, object]:
    """Return what the speaker index templates show: the title and the letter groups."""
    lang = lang_of(program, options)
    return {"title": program.title, "lang": lang.tag, "groups": shown_groups(program, lang, options)}
