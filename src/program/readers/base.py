"""What every reader is and gets: the reader protocol, its context, and feed decoding."""

from __future__ import annotations

from datetime import date
from typing import ClassVar, Protocol
from zoneinfo import ZoneInfo

import attrs

from program.errors import ParseError
from program.model import Program, SourceRef


@attrs.frozen
class ReadContext:
    """Settings a feed may lack and the user supplies (command line or program file).

    Attributes:
        first_date: the date of the program's first day.
        timezone: the zone the feed's wall-clock times are in.
    """

    first_date: date | None = None
    timezone: ZoneInfo | None = None


class Reader(Protocol):
    """A feed format: knows its own content when it sees it, and reads it into a program."""

    name: ClassVar[str]
    description: ClassVar[str]

    def detect(self, text: str) -> bool:
        """Return whether `text` looks like this format."""
        ...

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read `text` (from the file named `source`) into a program of items and problems.

        Raises:
            ParseError: when nothing sensible can be read (the block-level problems of a
                mostly readable feed are returned as error problems instead).
            UsageError: when the feed needs a setting the context does not have.
        """
        ...


def decode_feed(data: bytes, source: str) -> str:
    """Decode a feed's bytes as UTF-8 (with or without BOM) and fold CRLF and CR to LF.

    Raises:
        ParseError: naming the line of the first byte that is not UTF-8, or a NUL byte.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line_number = data.count(b"\n", 0, error.start) + 1
        raise ParseError(
            f"expected UTF-8 text, found byte 0x{data[error.start]:02x} that is not UTF-8",
            SourceRef(source, line_number),
        ) from None
    if "\x00" in text:
        line_number = text.count("\n", 0, text.index("\x00")) + 1
        raise ParseError("expected text, found a NUL byte (is this a binary file?)", SourceRef(source, line_number))
    return text.replace("\r\n", "\n").replace("\r", "\n")
