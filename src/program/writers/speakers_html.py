"""speakers.html: the speaker index as a self-contained page, from `speakers.html.j2`."""

from __future__ import annotations

from typing import ClassVar

from program.writers.index_pieces import speaker_index_context
from program.writers.templating import TemplatedWriter


class SpeakersHtmlWriter(TemplatedWriter):
    """Writes the speaker index as HTML: every name an anchor, every co-author a link."""

    name: ClassVar[str] = "speakers-html"
    filename: ClassVar[str] = "speakers.html"
    media_type: ClassVar[str] = "text/html"
    template: ClassVar[str] = "speakers.html.j2"
    context = staticmethod(speaker_index_context)
