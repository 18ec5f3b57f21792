"""talks.md: the talk listing in Markdown, grouped by kind, from `talks.md.j2`."""

from __future__ import annotations

from typing import ClassVar

from program.model import Program
from program.writers.base import RenderOptions, lang_of
from program.writers.shown_names import named_people
from program.writers.speaker_index import appearance, talks_by_kind
from program.writers.templating import TemplatedWriter


def talks_context(program: Program, options: RenderOptions) -> dict[str, object]:
    """Return (heading, rows) per kind; a row is an item's appearance and its people as shown."""
    names = named_people(program)
    by_id = program.items_by_id()
    groups = [
        (
            group.heading,
            [
                (
                    # A session's talk in its session's slot (the talk has no time of its own).
                    appearance(
                        item, lang=lang_of(program, options), sessions=[by_id[s] for s in item.sessions if s in by_id]
                    ),
                    [names.display(name, on=item.id) for name in item.people],
                )
                for item in group.items
            ],
        )
        for group in talks_by_kind(program, lang_of(program, options))
    ]
    return {"title": program.title, "groups": groups}


class TalksMarkdownWriter(TemplatedWriter):
    """Writes the talk listing as Markdown tables, one per kind."""

    name: ClassVar[str] = "talks-md"
    filename: ClassVar[str] = "talks.md"
    media_type: ClassVar[str] = "text/markdown"
    template: ClassVar[str] = "talks.md.j2"
    context = staticmethod(talks_context)
