"""speakers.md: the speaker index in Markdown, from the `speakers.md.j2` template."""

from __future__ import annotations

from typing import ClassVar

from program.model import Program
from program.writers.base import RenderOptions
from program.writers.speaker_index import letter_groups, speaker_index
from program.writers.templating import render


class SpeakersMarkdownWriter:
    """Writes the speaker index as Markdown."""

    name: ClassVar[str] = "speakers-md"
    filename: ClassVar[str] = "speakers.md"
    media_type: ClassVar[str] = "text/markdown"

    def write(self, program: Program, options: RenderOptions) -> str:
        """Return the Markdown text."""
        groups = letter_groups(speaker_index(program, twelve_hour=options.twelve_hour))
        return render("speakers.md.j2", options.templates, title=program.title, groups=groups)
