"""program.md: the program in Markdown for a website or a mailing, from `program.md.j2`."""

from __future__ import annotations

from typing import ClassVar

from program.model import Program
from program.writers.base import RenderOptions
from program.writers.program_view import program_view
from program.writers.templating import render


class ProgramMarkdownWriter:
    """Writes the running order and the posters as Markdown."""

    name: ClassVar[str] = "md"
    filename: ClassVar[str] = "program.md"
    media_type: ClassVar[str] = "text/markdown"

    def write(self, program: Program, options: RenderOptions) -> str:
        """Return the Markdown text."""
        return render("program.md.j2", options.templates, view=program_view(program, options))
