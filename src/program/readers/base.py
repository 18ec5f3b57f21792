"""What every reader is and gets: the reader protocol, its context, and feed decoding."""

from __future__ import annotations

import codecs
import json
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date, time
from typing import Any, ClassVar, NamedTuple, Protocol, runtime_checkable
from zoneinfo import ZoneInfo

import attrs

from program.errors import ParseError
from program.model import Paper, Program, SourceRef
from program.model.ids import untitled_paper_id
from program.model.text import has_escaped_control_characters, without_control_characters, without_control_characters_in

FRONT_MATTER = re.compile(r"\A\ufeff?---\n.*?\n---[ \t]*\n", re.DOTALL)
"""A Jekyll or Hugo page's front matter (``---`` / ``layout: page`` / ``---``): the site's settings, not the page."""


class Line(NamedTuple):
    """A line of a feed with its 1-based number (a tuple: a large feed has millions)."""

    number: int
    text: str


@attrs.frozen
class ReadContext:
    """Settings a feed may lack and the user supplies (command line or program file).

    Attributes:
        first_date: the date of the program's first day.
        timezone: the zone the feed's wall-clock times are in.
        columns: the program file's `columns` of this feed: a field of ours ("title",
            "people") and the feed's name for it ("Talk", "Referent*innen"), in order.
        companions: the paths of the other feeds given with this one: a schedule whose
            timeslots list session ids joins the one that holds those sessions.
        language: the program's locale ("da", "de_CH"), or None: the text a feed writes in
            several languages (`title: {en: Breakfast, da: Morgenmad}`) is read in it.
        first_start: the time the first day's items start (`--date 2025-06-01T09:00`), for a
            page whose table gives durations only and no time to start from (CDAAI's agenda).
    """

    first_date: date | None = None
    timezone: ZoneInfo | None = None
    columns: tuple[tuple[str, str], ...] = ()
    companions: tuple[str, ...] = ()
    language: str | None = None
    first_start: time | None = None


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


@runtime_checkable
class BinaryReader(Reader, Protocol):
    """A reader of a binary format (a workbook), which gets the feed's bytes, never its text."""

    def detect_bytes(self, data: bytes) -> bool:
        """Return whether `data` (the whole feed) is this format."""
        ...

    def read_bytes(self, data: bytes, *, source: str, context: ReadContext) -> Program:
        """Read the feed's bytes as `read` reads a text.

        Raises:
            ParseError, UsageError: as `read`.
        """
        ...


@runtime_checkable
class LineReader(Reader, Protocol):
    """A reader of a line-based format that can also read a feed line by line, never holding all of it."""

    def read_lines(self, lines: Iterable[str], *, source: str, context: ReadContext) -> Program:
        """Read the feed's lines (without their line ends) as `read` reads the text they make.

        Raises:
            ParseError, UsageError: as `read`.
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


_WINDOWS_PUNCTUATION = frozenset("‘’‚“”„–—…•€£§°±·×÷¿¡«»")
"""What a Windows-1252 file writes outside letters: quotes, dashes, currency, degrees."""


def windows_1252_text(data: bytes) -> str | None:
    """The text of bytes that are not UTF-8 but plainly Windows-1252 (or Latin-1, its subset in print); else None.

    A sheet saved by Excel on Windows (invprob's `program.csv`: "Schönlieb" as 0xf6) is such a
    file. Plainly: no control bytes, and every byte above ASCII is a letter inside a word
    ("Schönlieb") or typographic punctuation. A lone "ÿ" line, a PNG's bytes, a cut UTF-8
    sequence are none of these, and stay `decode_feed`'s error.
    """
    if data.isascii() or _is_utf8(data):  # every feed but a few: asked without holding it whole as text again
        return None
    if len(data.translate(None, _CONTROL_ASCII)) != len(data):  # a binary file's, or a NUL: decode_feed's error
        return None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d: no character in Windows-1252
        return None
    for index, char in enumerate(text):
        if char.isascii() or char in _WINDOWS_PUNCTUATION:
            continue
        beside = text[index - 1 : index] + text[index + 1 : index + 2]
        if not char.isalpha() or not any(other.isalpha() for other in beside):
            return None
    return text


def mac_roman_quotes(data: bytes) -> str | None:
    r"""The text of legacy bytes whose only bytes above ASCII are Mac Roman's curly quotes around words; else None.

    ResQuant 2024's `programme.csv` (saved on a Mac) writes `“Administrative … Policing”` as 0xd2 … 0xd3:
    as Windows-1252 that is `ÒAdministrative … PolicingÓ`, capitals with accents at a word's edges, an
    opening one before a capital and a closing one after a lower-case letter, which no Windows-1252 text
    writes (its `Ó` stands inside capitals: `CANCIÓN`). So: bytes 0xd2-0xd5 only, “ (0xd2) and ‘ (0xd4)
    after no letter, ” (0xd3) before none, ’ (0xd5) after a lower-case letter or before no letter, the
    double quotes paired (one pair at least) and no more ‘ than ’. Anything else legacy stays Windows-1252's
    (`windows_1252_text`).

    >>> mac_roman_quotes(b"Talk: \xd2Policing\xd3 (2020)"), mac_roman_quotes(b"CANCI\xd3N \xd2SCAR")
    ('Talk: “Policing” (2020)', None)
    """
    high = [index for index, byte in enumerate(data) if byte > 0x7F]
    if not high or any(data[index] not in _MAC_QUOTES for index in high):
        return None
    if not data.count(b"\xd2") == data.count(b"\xd3") > 0 or data.count(b"\xd4") > data.count(b"\xd5"):
        return None  # "ÔNIBUS" alone is Windows-1252's
    for index in high:
        before = chr(data[index - 1]) if index else " "
        after = chr(data[index + 1]) if index + 1 < len(data) else " "
        opening = data[index] in (0xD2, 0xD4)
        if (opening and before.isalpha()) or (data[index] == 0xD3 and after.isalpha()):
            return None
        if data[index] == 0xD5 and not before.islower() and after.isalpha():
            return None
    return data.decode("mac_roman")


_MAC_QUOTES = frozenset((0xD2, 0xD3, 0xD4, 0xD5))
"""Mac Roman's “ ” ‘ ’ (Windows-1252's Ò Ó Ô Õ)."""


def mac_roman_text(data: bytes) -> str | None:
    r"""The text of legacy bytes that Windows-1252 does not read and that read plainly as Mac Roman; else None.

    Astronomía en los Andes 2015's `charlas.csv` (saved on a Mac, CR line ends) writes `ç`, `è` as 0x8d, 0x8f,
    which Windows-1252 has no character for, dashes as 0xd0 and closing quotes as 0xd3 (Windows-1252's `Ð`, `Ó`:
    `guíaÓ,`). Plainly: no control bytes, and three in four of the characters above ASCII make sense as Mac
    Roman (`mac_roman_sense`: a letter inside a word in its case, or typographic punctuation), more than as
    Windows-1252. Not all: a text copied through other encodings keeps stray bytes (`1ç;` for `1°;`, `èCu\'al`
    for `¿Cuál`: 2 of the excerpt's 16). A Windows file's letters are symbols or capitals inside words as Mac
    Roman (`Schˆnlieb`, `cafÈ`), a UTF-8 file's pairs symbols (`√©`): they stay refused.
    Only asked when `windows_1252_text` has no text: a Windows file's apostrophes (`don’t`, 0x92) are letters
    inside words as Mac Roman (`donít`).

    >>> mac_roman_text(b"Garz\x97n, a\x96os \xd0 \xc0Cu\x87l?"), mac_roman_text(b"Sch\xf6nlieb \x8d")
    ('Garzón, años – ¿Cuál?', None)
    """
    if data.isascii() or _is_utf8(data) or len(data.translate(None, _CONTROL_ASCII)) != len(data):
        return None
    text = data.decode("mac_roman")
    windows = data.decode("cp1252", errors="replace")  # a byte Windows-1252 has no character for makes no sense
    sense = mac_roman_sense(text)
    return text if sense >= _MAC_SENSE and sense > mac_roman_sense(windows) else None


_MAC_SENSE = 0.75
"""The share of a Mac Roman text's characters above ASCII that must make sense (a stray one in four may not)."""


def mac_roman_sense(text: str) -> float:
    """The share of the characters above ASCII that are typographic punctuation or letters inside words in their case.

    In its case: a lower-case letter before no capital, a capital after no lower-case letter (`ASTRONOMÍA`,
    `Ángeles`, `Garzón`; not `guíaÓ`).
    """
    high = sensible = 0
    for index, char in enumerate(text):
        if char.isascii():
            continue
        high += 1
        before, after = text[index - 1 : index], text[index + 1 : index + 2]
        in_word = before.isalpha() or after.isalpha()
        in_case = (char.islower() and not after.isupper()) or (char.isupper() and not before.islower())
        sensible += char in _WINDOWS_PUNCTUATION or (in_word and in_case)
    return sensible / high if high else 0.0


def _is_utf8(data: bytes, chunk: int = 1 << 20) -> bool:
    """Whether the bytes are UTF-8, checked a megabyte at a time (a line feed may be hundreds of megabytes)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for start in range(0, len(data), chunk):
            decoder.decode(data[start : start + chunk])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


_CONTROL_ASCII = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_CONTROL_C1 = re.compile(rb"\xc2[\x80-\x9f]")
"""The UTF-8 of the characters `without_control_characters` removes or replaces: ASCII ones and C1 ones."""
_CHUNK = 1 << 20
"""How much of a feed is decoded at once, in bytes (then cut at a line end)."""


def feed_lines(data: bytes, source: str, *, checked: bool = False) -> Iterator[str]:
    r"""Yield the lines of a feed one at a time: `decode_feed(data, source).split("\n")`, never all of it at once.

    A large feed's text would be four bytes a character (one emoji makes the whole string
    that wide) and its list of lines as large again: the bytes are decoded a megabyte at a
    time instead. All of `data` is checked as UTF-8 first, so the errors are `decode_feed`'s,
    raised before any line is read (`checked`: an earlier call has checked it).

    Raises:
        ParseError: as `decode_feed`.
    """
    if b"\x00" in data:  # an error: decode_feed says where
        yield from decode_feed(data, source).split("\n")
        return
    chunks = list(_chunks(data, 3 if data.startswith(codecs.BOM_UTF8) else 0))
    for start, stop in () if checked else chunks:
        try:
            data[start:stop].decode()
        except UnicodeDecodeError:
            decode_feed(data[:stop], source)  # raises at the same byte, with its line
    returns = b"\r" in data
    for number, (start, stop) in enumerate(chunks, start=1):
        chunk = data[start:stop]
        text = chunk.decode()
        if returns:  # CRLF and CR end lines too; a chunk ends after "\n", so no CRLF is cut in two
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if len(chunk.translate(None, _CONTROL_ASCII)) != len(chunk) or _CONTROL_C1.search(chunk):
            text = without_control_characters(text)
        lines = text.split("\n")
        if number < len(chunks):
            lines.pop()  # the "" after the chunk's last line end
        yield from lines


def _chunks(data: bytes, start: int) -> Iterator[tuple[int, int]]:
    """(start, stop) of pieces of `data` of about `_CHUNK` bytes, each ending after a line end (the last at the end)."""
    while True:
        stop = data.find(b"\n", min(start + _CHUNK, len(data)))
        if stop < 0:
            yield start, len(data)
            return
        yield start, stop + 1
        start = stop + 1


def load_json(text: str, source: str, *, strict: bool = True) -> Any:
    """Return the parsed JSON document (`strict=False`: line breaks and tabs inside strings allowed).

    Raises:
        ParseError: at the line (and column) of the first syntax error.
    """
    try:
        data = json.loads(text, strict=strict)
    except json.JSONDecodeError as error:
        raise ParseError(
            f"expected JSON: {error.msg} (column {error.colno})", SourceRef(source, error.lineno)
        ) from None
    except RecursionError:
        raise ParseError("expected JSON nested less deeply", SourceRef(source, 1)) from None
    except ValueError:  # an integer Python will not convert (over sys.get_int_max_str_digits())
        found = _LONG_NUMBER.search(text)
        line = text.count("\n", 0, found.start()) + 1 if found else 1
        raise ParseError(
            f"expected JSON: a number of more than {sys.get_int_max_str_digits()} digits", SourceRef(source, line)
        ) from None
    _refuse_lone_surrogates(text, data, source)
    # "\u0000" in a JSON string is a NUL once parsed: clean the strings too (only when there are any).
    return without_control_characters_in(data) if has_escaped_control_characters(text) else data


_LONG_NUMBER = re.compile(rf"\d{{{(sys.get_int_max_str_digits() or 4300) + 1},}}")
_HIGH = r"\\u[dD][89abAB][0-9a-fA-F]{2}"
_LOW = r"\\u[dD][c-fC-F][0-9a-fA-F]{2}"
_LONE_SURROGATE_ESCAPE = re.compile(rf"{_HIGH}(?!{_LOW})|(?<!{_HIGH}){_LOW}")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _refuse_lone_surrogates(text: str, data: Any, source: str) -> None:
    r"""A surrogate escape (`\ud800`) without its pair parses to a string no UTF-8 file holds: an error at its line."""
    found = _LONE_SURROGATE_ESCAPE.search(text)
    if found is None or not any(_SURROGATE.search(value) for value in _strings(data)):
        return
    raise ParseError(
        f"expected JSON: '{found.group()}' is half of a UTF-16 pair, alone: not a character",
        SourceRef(source, text.count("\n", 0, found.start()) + 1),
    )


def _strings(data: Any) -> Iterator[str]:
    """Every string of a parsed JSON document, keys included."""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)


def untitled_paper(number: int, abstract: str | None, where: SourceRef) -> Paper:
    """Return the `number`th entry of a list of untitled abstracts (copied from a site) as a paper."""
    return Paper(
        id=untitled_paper_id(abstract, number), title=None, abstract=abstract, number=number, source=where, scraped=True
    )
