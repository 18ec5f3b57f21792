"""What every writer is: a name, a file name, a media type, and a function of the program."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar, Protocol

import attrs

from program.model import Program


@attrs.frozen
class RenderOptions:
    """Choices about presentation that every writer may heed.

    Attributes:
        templates: a folder whose templates override the shipped ones by file name.
        twelve_hour: show times as "1:55 p.m." (True) or "13:55" (False).
        abstracts: print abstracts of talks in the running order.
        paper: page size of printed output, "a4" or "letter".
    """

    templates: Path | None = None
    twelve_hour: bool = True
    abstracts: bool = True
    paper: str = "a4"


class Writer(Protocol):
    """An output format. `write` returns text (encoded as UTF-8 on disk) or bytes."""

    name: ClassVar[str]
    filename: ClassVar[str]
    media_type: ClassVar[str]

    def write(self, program: Program, options: RenderOptions) -> str | bytes:
        """Render `program` in this format."""
        ...
