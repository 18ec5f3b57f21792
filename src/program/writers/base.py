"""What every writer is: a name, a file name, a media type, and a function of the program."""

from __future__ import annotations

from typing import ClassVar, Protocol

from program.model import Program


class Writer(Protocol):
    """An output format. `write` returns text (encoded as UTF-8 on disk) or bytes."""

    name: ClassVar[str]
    filename: ClassVar[str]
    media_type: ClassVar[str]

    def write(self, program: Program) -> str | bytes:
        """Render `program` in this format."""
        ...
