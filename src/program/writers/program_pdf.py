"""program.pdf: the printable program rendered by WeasyPrint from the same HTML.

WeasyPrint is the optional `pdf` extra; it is imported only when a PDF is written.
"""

from __future__ import annotations

import importlib.util
from typing import ClassVar

from program.model import Program
from program.writers.base import RenderOptions
from program.writers.program_html import ProgramHtmlWriter


def pdf_available() -> bool:
    """Whether WeasyPrint is installed, without importing it (which takes a while)."""
    return importlib.util.find_spec("weasyprint") is not None


class ProgramPdfWriter:
    """Writes the printable program as PDF, A4 or US Letter, with fonts embedded."""

    name: ClassVar[str] = "pdf"
    filename: ClassVar[str] = "program.pdf"
    media_type: ClassVar[str] = "application/pdf"

    def write(self, program: Program, options: RenderOptions) -> bytes:
        """Return the PDF bytes (metadata dates from the program, so rebuilds are identical)."""
        import weasyprint  # noqa: PLC0415 (optional and slow to import: only when a PDF is asked for)

        html = ProgramHtmlWriter().write(program, options)
        document = weasyprint.HTML(string=html, base_url=None).render()
        document.metadata.title = program.title
        stamp = program.updated.isoformat() if program.updated else None
        document.metadata.created = stamp
        document.metadata.modified = stamp
        pdf: bytes = document.write_pdf()
        return pdf
