"""talks.md: the talk listing in Markdown, grouped by kind, from `talks.md.j2`."""

from __future__ import annotations

from typing import ClassVar, NamedTuple, cast

from program.model import Item, Program
from program.writers.base import RenderOptions, lang_of
from program.writers.calendar_keys import calendar_keys
from program.writers.digests import digest
from program.writers.piece_reuse import Keyed
from program.writers.shown_names import named_people
from program.writers.speaker_index import Appearance, appearance, talks_by_kind
from program.writers.templating import TemplatedWriter


class TalkRow(NamedTuple):
    """One row of the listing: the item's appearance and its people as shown."""

    seen: Appearance
    people: list[str]


def talks_context(program: Program, options: RenderOptions) -> dict[str, object]:
    """Return (heading, rows) per kind; a row is an item's appearance and its people as shown."""
    rows = _Rows(program, options)
    kinds = talks_by_kind(program, rows.lang)
    groups = [(group.heading, [rows.shown(item) for item in group.items]) for group in kinds]
    return {"title": program.title, "groups": groups}


class _Rows:
    """Turns items into rows, with the lookups they need made once."""

    def __init__(self, program: Program, options: RenderOptions) -> None:
        self.program = program
        self.lang = lang_of(program, options)
        self.names = named_people(program)
        self.by_id = program.items_by_id()
        self.keyed = options.templates is None  # the shipped template reads a row only through `piece`

    def shown(self, item: Item) -> TalkRow:
        """The row of `item`, made when the template reads it: a rebuild finds most rows' text by their inputs."""
        if not self.keyed:
            return self.row(item)
        return cast(TalkRow, Keyed(self.inputs(item), lambda: self.row(item)))

    def inputs(self, item: Item) -> str:
        """The digest of everything `row` reads: equal digests, equal rows.

        The program's own fields but `updated`, the item and its people as shown, and the items of the
        sessions it is shown at (their times).
        """
        keys = calendar_keys(self.program, None)
        sessions = [keys.item(self.by_id[s]) for s in item.sessions if s in self.by_id]
        return digest([keys.page_fields, keys.item(item), *sessions])

    def row(self, item: Item) -> TalkRow:
        # A session's talk in its session's slot (the talk has no time of its own).
        sessions = [self.by_id[s] for s in item.sessions if s in self.by_id]
        seen = appearance(item, lang=self.lang, sessions=sessions)
        return TalkRow(seen, [self.names.display(name, on=item.id) for name in item.people])


class TalksMarkdownWriter(TemplatedWriter):
    """Writes the talk listing as Markdown tables, one per kind."""

    name: ClassVar[str] = "talks-md"
    filename: ClassVar[str] = "talks.md"
    media_type: ClassVar[str] = "text/markdown"
    template: ClassVar[str] = "talks.md.j2"
    context = staticmethod(talks_context)
