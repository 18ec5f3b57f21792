"""speakers.md: the speaker index in Markdown, from the `speakers.md.j2` template."""

from __future__ import annotations

from typing import ClassVar

from program.writers.index_pieces import speaker_index_context
from program.writers.templating import TemplatedWriter


class SpeakersMarkdownWriter(TemplatedWriter):
    """Writes the speaker index as Markdown."""

    name: ClassVar[str] = "speakers-md"
    filename: ClassVar[str] = "speakers.md"
    media_type: ClassVar[str] = "text/markdown"
    template: ClassVar[str] = "speakers.md.j2"
    context = staticmethod(speaker_index_context)
