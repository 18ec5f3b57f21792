"""program.html: the printable program as one self-contained page (CSS inlined, nothing fetched)."""

from __future__ import annotations

from typing import ClassVar

from program.writers.program_view import program_view_context
from program.writers.templating import TemplatedWriter


class ProgramHtmlWriter(TemplatedWriter):
    """Writes the printable program: cover, timetables, running order, posters, index."""

    name: ClassVar[str] = "html"
    filename: ClassVar[str] = "program.html"
    media_type: ClassVar[str] = "text/html"
    template: ClassVar[str] = "program.html.j2"
    context = staticmethod(program_view_context)
