"""Writers: one module per output format, registered by name in `WRITERS`.

`program build` runs every registered writer; its file name is the writer's `filename`.
"""

from __future__ import annotations

from program.errors import UnknownFormatError
from program.writers.base import Writer
from program.writers.ics import IcsWriter
from program.writers.program_json import ProgramJsonWriter

WRITERS: dict[str, Writer] = {writer.name: writer for writer in (ProgramJsonWriter(), IcsWriter())}
"""Every writer, by format name, in the order `program build` runs them."""


def writer_named(name: str) -> Writer:
    """Return the writer registered as `name`.

    Raises:
        UnknownFormatError: listing the known names.
    """
    try:
        return WRITERS[name]
    except KeyError:
        raise UnknownFormatError("output", name, list(WRITERS)) from None


__all__ = ["WRITERS", "Writer", "writer_named"]
