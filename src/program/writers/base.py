"""What every writer is: a name, a file (or folder) name, a media type, and a function of the program."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import ClassVar, Protocol, runtime_checkable

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
        calendar_utc: write calendar times in UTC instead of the program's zone.
        alarm: how long before each event calendars remind, or None for no reminder.
        posters_as_events: in schedule exports, show each poster as an event of its session.
    """

    templates: Path | None = None
    twelve_hour: bool = True
    abstracts: bool = True
    paper: str = "a4"
    calendar_utc: bool = False
    alarm: timedelta | None = None
    posters_as_events: bool = False


class Writer(Protocol):
    """An output format. `write` returns text (encoded as UTF-8 on disk) or bytes."""

    name: ClassVar[str]
    filename: ClassVar[str]
    media_type: ClassVar[str]

    def write(self, program: Program, options: RenderOptions) -> str | bytes:
        """Render `program` in this format."""
        ...


@runtime_checkable
class FolderWriter(Protocol):
    """An output of many files in one folder (a calendar per person), replaced as a whole."""

    name: ClassVar[str]
    folder: ClassVar[str]
    media_type: ClassVar[str]

    def write_files(self, program: Program, options: RenderOptions) -> Mapping[str, bytes]:
        """Render `program` as file name -> bytes, every file inside `folder`."""
        ...


AnyWriter = Writer | FolderWriter
