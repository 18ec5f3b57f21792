"""speakers.html: the speaker index as a self-contained page, from `speakers.html.j2`."""

from __future__ import annotations

from typing import ClassVar

from program.model import Program
from program.writers.base import RenderOptions
from program.writers.speaker_index import letter_groups, speaker_index
from program.writers.templating import render


class SpeakersHtmlWriter:
    """Writes the speaker index as HTML: every name an anchor, every co-author a link."""

    name: ClassVar[str] = "speakers-html"
    filename: ClassVar[str] = "speakers.html"
    media_type: ClassVar[str] = "text/html"

    def write(self, program: Program, options: RenderOptions) -> str:
        """Return the HTML page."""
        groups = letter_groups(speaker_index(program, twelve_hour=options.twelve_hour))
        return render("speakers.html.j2", options.templates, title=program.title, groups=groups)
