"""talks.md: the talk listing in Markdown, grouped by kind, from `talks.md.j2`."""

from __future__ import annotations

from typing import ClassVar

from program.model import Person, Program
from program.model.text import match_key
from program.writers.base import RenderOptions
from program.writers.speaker_index import appearance, talks_by_kind
from program.writers.templating import TemplatedWriter


def talks_context(program: Program, options: RenderOptions) -> dict[str, object]:
    """Return (heading, rows) per kind; a row is an item's appearance and its people as shown."""
    by_spelling = program.people_by_spelling()
    groups = [
        (
            group.heading,
            [
                (appearance(item, twelve_hour=options.twelve_hour), [_shown(name, by_spelling) for name in item.people])
                for item in group.items
            ],
        )
        for group in talks_by_kind(program)
    ]
    return {"title": program.title, "groups": groups}


def _shown(name: str, by_spelling: dict[str, Person]) -> str:
    person = by_spelling.get(match_key(name))
    return person.display if person else name


class TalksMarkdownWriter(TemplatedWriter):
    """Writes the talk listing as Markdown tables, one per kind."""

    name: ClassVar[str] = "talks-md"
    filename: ClassVar[str] = "talks.md"
    media_type: ClassVar[str] = "text/markdown"
    template: ClassVar[str] = "talks.md.j2"
    context = staticmethod(talks_context)
