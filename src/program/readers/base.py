"""What every reader is and gets: the reader protocol, its context, and feed decoding."""

from __future__ import annotations

import json
from datetime import date
from typing import Any, ClassVar, Protocol
from zoneinfo import ZoneInfo

import attrs

from program.errors import ParseError
from program.model import Paper, Program, SourceRef
from program.model.ids import untitled_paper_id
from program.model.text import has_escaped_control_characters, without_control_characters, without_control_characters_in


@attrs.frozen
class Line:
    """A line of a feed with its 1-based number."""

    number: int
    text: str


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
    # Control characters mean nothing in a schedule and would reach every output.
    return without_control_characters(text.replace("\r\n", "\n").replace("\r", "\n"))


def load_json(text: str, source: str) -> Any:
    """Return the parsed JSON document.

    Raises:
        ParseError: at the line of the first syntax error.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ParseError(f"expected JSON: {error.msg}", SourceRef(source, error.lineno)) from None
    except RecursionError:
        raise ParseError("expected JSON nested less deeply", SourceRef(source, 1)) from None
    # "\u0000" in a JSON string is a NUL once parsed: clean the strings too (only when there are any).
    return without_control_characters_in(data) if has_escaped_control_characters(text) else data


def untitled_paper(number: int, abstract: str | None, where: SourceRef) -> Paper:
    """Return the `number`th entry of a list of untitled abstracts (copied from a site) as a paper."""
    return Paper(
        id=untitled_paper_id(abstract, number), title=None, abstract=abstract, number=number, source=where, scraped=True
    )
