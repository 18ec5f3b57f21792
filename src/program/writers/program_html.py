"""program.html: the printable program as one self-contained page, from `program.html.j2`."""

from __future__ import annotations

from typing import ClassVar

from program.model import Program
from program.writers.base import RenderOptions
from program.writers.program_view import program_view
from program.writers.templating import render


class ProgramHtmlWriter:
    """Writes the printable program: cover, timetables, running order, posters, index."""

    name: ClassVar[str] = "html"
    filename: ClassVar[str] = "program.html"
    media_type: ClassVar[str] = "text/html"

    def write(self, program: Program, options: RenderOptions) -> str:
        """Return the HTML page (CSS inlined, nothing fetched from the network)."""
        return render("program.html.j2", options.templates, view=program_view(program, options))
