"""program.md: the program in Markdown for a website or a mailing, from `program.md.j2`."""

from __future__ import annotations

from typing import ClassVar

from program.writers.program_view import program_view_context
from program.writers.templating import TemplatedWriter


class ProgramMarkdownWriter(TemplatedWriter):
    """Writes the running order and the posters as Markdown."""

    name: ClassVar[str] = "md"
    filename: ClassVar[str] = "program.md"
    media_type: ClassVar[str] = "text/markdown"
    template: ClassVar[str] = "program.md.j2"
    context = staticmethod(program_view_context)
