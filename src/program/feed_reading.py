"""Reading one feed: its named reader, or the one that knows its content by the opening."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from datetime import date, timedelta

import attrs

from program.errors import ParseError
from program.format_probe import readers_that_read
from program.inputs import read_input
from program.model import Problem, Program, Severity, SourceRef
from program.readers import READERS, ReadContext, Reader, decode_feed, detect_readers, reader_named
from program.readers.base import (
    BinaryReader,
    LineReader,
    feed_lines,
    mac_roman_quotes,
    mac_roman_text,
    windows_1252_text,
)
from program.readers.js_literal import ASSIGNMENT
from program.readers.schedule_page import DETECT_LINES
from program.readers.spreadsheet_csv import (
    UNTIMED_HINT,
    header_row,
    headerless_hint,
    is_delimited_table,
    is_headerless_table,
    unknown_header,
)
from program.readers.tabular.cells import column_index
from program.settings import MAX_FEED_SIZE, FeedSpec


@attrs.frozen
class FeedRead:
    """What one feed gave.

    Attributes:
        source: the feed's path as given.
        reader: the name of the reader that read it.
        program: the items and problems read (no papers or people yet).
    """

    source: str
    reader: str
    program: Program
    joined_by: str | None = None
    """The feed that read this one as its joined file (a schedule's sessions by id); then `program` is empty."""


def read_feeds(
    specs: Sequence[FeedSpec], context: ReadContext, max_size: int, stage: Callable[[str], None]
) -> tuple[FeedRead, ...]:
    """Read every feed, each told the others' paths; a feed another one joined is not read as a schedule.

    A feed another feed read as its joined file (ByteBay's `sessions.yml`: sessions by id, no
    times; CocoaHeads' `speakers.json`) is left alone, whether or not it could be read on its
    own (DevRelCon Tokyo's speakers, with their sessions' titles, would be items twice); any
    other feed's error stands.

    Raises:
        ParseError: the first error of a feed no other feed joined.
    """
    paths = [spec.path.as_posix() for spec in specs]
    feeds: list[FeedRead | ParseError] = []
    for spec, path in zip(specs, paths, strict=True):
        stage(f"reading {path}")
        companions = tuple(other for other in paths if other != path)
        try:
            feeds.append(read_feed(spec, attrs.evolve(context, companions=companions), max_size))
        except ParseError as error:
            if not companions:
                raise
            feeds.append(error)
    joined = {source: feed for feed in feeds if isinstance(feed, FeedRead) for source in feed.program.sources[1:]}
    result = []
    for path, feed in zip(paths, feeds, strict=True):
        if (by := joined.get(path)) is not None and by.source != path:
            note = f"joined by {by.source}: read with it, not as a feed of its own"
            result.append(
                FeedRead(path, by.reader, Program(title=path, timezone=by.program.timezone, reading=(note,)), by.source)
            )
        elif isinstance(feed, FeedRead):
            result.append(feed)
        else:
            raise feed
    return tuple(result)


def read_feed(spec: FeedSpec, context: ReadContext, max_size: int = MAX_FEED_SIZE) -> FeedRead:
    """Read one feed with its named reader, or the one that recognises its content.

    Files larger than `max_size` bytes and empty ones are refused before any work.

    Raises:
        UsageError: when the file is missing or its format name unknown.
        ParseError: when the content is in no known format, or unreadable as a whole.
    """
    feed = _read_feed(spec, context, max_size)
    if (unused := _first_date_unused(feed.program, context.first_date, feed.source)) is None:
        return feed
    return attrs.evolve(feed, program=attrs.evolve(feed.program, problems=(*feed.program.problems, unused)))


_PROGRAM_DAYS = 14
"""Days from the first day on which a feed's items may all fall and be one part of the program (its second day)."""


def _first_date_unused(program: Program, given: date | None, source: str) -> Problem | None:
    """The warning that the first day given is none of the feed's, which dates its items itself, elsewhere.

    5G-MeMU 2024's page writes "Monday, December 9, 2024" in its table: read with --date
    2024-06-14, its items went to December and nothing said the date was not used.
    """
    if given is None:
        return None
    dated = sorted(
        ((day, item) for item in program.items if (day := item.start.date() if item.start else item.day)),
        key=lambda pair: pair[0],
    )
    if not dated:
        return None
    first, last = dated[0][0], dated[-1][0]
    if given <= first < given + timedelta(days=_PROGRAM_DAYS) or any(day == given for day, _ in dated):
        return None
    return Problem(
        Severity.WARNING,
        "date-not-used",
        f"the first day given ({given.isoformat()}) is none of this feed's days: it dates its items itself, "
        f"{first.isoformat()} to {last.isoformat()}; the date given was not used (check --date or the program "
        "file's date)",
        dated[0][1].source,
    )


def _read_feed(spec: FeedSpec, context: ReadContext, max_size: int) -> FeedRead:
    source = spec.path.as_posix()
    data = read_input(spec.path, "the feed", max_size, " (raise it with --max-size)")
    if not data or data.isspace():
        raise ParseError("expected a feed, found an empty file", SourceRef(source, 1))
    context = attrs.evolve(context, columns=spec.columns) if spec.columns else context
    reader: Reader | None = reader_named(spec.format) if spec.format else None
    binary = reader if isinstance(reader, BinaryReader) else _binary_reader(data) if reader is None else None
    if binary is not None:
        return FeedRead(source, binary.name, binary.read_bytes(data, source=source, context=context))
    if (recoded := windows_1252_text(data)) is not None:
        mac = mac_roman_quotes(data)
        text, encoding = (mac, "mac_roman_quotes") if mac else (recoded, "cp1252")
    elif (mac := mac_roman_text(data)) is not None:  # 0x8d, 0x8f: Mac Roman's ç, è, no Windows-1252 character
        text, encoding = mac, "mac_roman"
    else:
        return _read_text(data, spec, context, reader)
    feed = _read_text(text.encode(), spec, context, reader)
    recoding = _recoded(data, source, encoding)
    return attrs.evolve(feed, program=attrs.evolve(feed.program, problems=(recoding, *feed.program.problems)))


def _read_text(data: bytes, spec: FeedSpec, context: ReadContext, reader: Reader | None) -> FeedRead:
    """Read a text feed (UTF-8 bytes) with `reader`, else the reader its opening names."""
    source, named = spec.path.as_posix(), bool(spec.format)
    if reader is None:
        # Every reader knows its format by the opening; when that is not clear, by the whole text, as ever.
        found = detect_readers(_head(data, source))
        reader = found[0] if len(found) == 1 else None
    if isinstance(reader, LineReader):  # a large feed is never held whole as text
        line_reader = reader
        lines = feed_lines(data, source, checked=True)
        read = functools.partial(line_reader.read_lines, lines, source=source, context=context)
        return FeedRead(source, reader.name, read() if named else _read_detected(reader, read))
    text = decode_feed(data, source)
    if reader is None and spec.columns and all(column_index(name) is not None for _, name in spec.columns):
        reader = reader_named("csv") if is_delimited_table(text) else None  # mapped by letter: no header to detect
    reader = reader or _detected(text, source)
    read = functools.partial(reader.read, text, source=source, context=context)
    return FeedRead(source, reader.name, read() if named else _read_detected(reader, read))


def _recoded(data: bytes, source: str, encoding: str) -> Problem:
    """The warning that a feed was read as Windows-1252 or Mac Roman, at the line of its first byte above ASCII."""
    at = next(index for index, byte in enumerate(data) if byte > 0x7F)
    byte = data[at : at + 1]
    shown = byte.decode("cp1252" if encoding == "cp1252" else "mac_roman")
    if encoding == "mac_roman_quotes":
        named = (
            f"Mac Roman, byte 0x{data[at]:02x} as {shown!r} (its bytes above ASCII are all curly quotes around words, "
            f"{byte.decode('cp1252')!r} in Windows-1252)"
        )
    elif encoding == "mac_roman":
        named = (
            f"Mac Roman, byte 0x{data[at]:02x} as {shown!r} (its bytes above ASCII are letters inside words and "
            "punctuation as Mac Roman, not as Windows-1252)"
        )
    else:
        named = f"Windows-1252 (Latin-1), byte 0x{data[at]:02x} as {shown!r}"
    # a Mac's file may end its lines in CR alone: each is a line, as decode_feed reads them
    line = data.count(b"\n", 0, at) + data.count(b"\r", 0, at) - data.count(b"\r\n", 0, at) + 1
    return Problem(
        Severity.WARNING,
        "legacy-encoding",
        f"the file is not UTF-8: read as {named}; save it as UTF-8 to be sure of its letters",
        SourceRef(source, line),
    )


def _read_detected(reader: Reader, read: Callable[[], Program]) -> Program:
    """Read with the reader detection chose; a file it cannot read is said to have been read as its format.

    The content looked like the format but may be another (AFPy's "schedule" looked like
    frab's): the error names the format tried and how to name the right one.

    Raises:
        ParseError: the reader's, its reason after "read as NAME (for another format pass --format NAME; …):".
    """
    try:
        return read()
    except ParseError as error:
        said = f"read as {reader.name} (for another format pass --format NAME; 'program formats' lists them)"
        raise ParseError(f"{said}: {error.reason}", error.source, error.line) from None


def _binary_reader(data: bytes) -> BinaryReader | None:
    """The reader of a binary feed (a workbook), if one knows its bytes."""
    return next(
        (reader for reader in READERS.values() if isinstance(reader, BinaryReader) and reader.detect_bytes(data)),
        None,
    )


def _head(data: bytes, source: str) -> str:
    """The opening of a feed, which is all any reader's `detect` looks at.

    Its first `DETECT_LINES` lines, and as many more as it takes to hold three lines that are
    not blank and 2,000 characters after the leading white space.

    Raises:
        ParseError: as `decode_feed`, for bytes anywhere in `data` that are not UTF-8.
    """
    lines: list[str] = []
    filled = 0
    after_space = 0  # characters from the first that is not white space
    for line in feed_lines(data, source):
        lines.append(line)
        if after_space or line.strip():
            after_space += len(line) + 1 if after_space else len(line.lstrip())
            filled += line.strip() != ""
        if len(lines) >= DETECT_LINES and filled >= 3 and after_space >= 2000:
            break
    return "\n".join(lines)


def _detected(text: str, source: str) -> Reader:
    found = detect_readers(text)
    if len(found) == 1:
        return found[0]
    if found:
        reason = f"cannot tell the format: the content fits several ({', '.join(reader.name for reader in found)})"
    else:
        reason = f"cannot tell the format: expected one of {', '.join(READERS)}"
    hint = "name it with --format; 'program formats' describes each"
    readable = readers_that_read(text, source) if not found else ()
    if readable:
        hint = f"it reads as {' or '.join(readable)}: pass --format {readable[0]}"
    elif not found and (assigned := ASSIGNMENT.search(text[:4000])) is not None:
        hint = (
            f"a script's list at line {text.count(chr(10), 0, assigned.start()) + 1}, not a table: if its objects are "
            "the sessions, pass --format js-rows and name their keys in the program file's [[feeds]] ([feeds.columns] "
            'title = "…", start = "…", people = "…")'
        )
    elif not found and (names := header_row(text)) is not None:
        hint = f"it reads as {UNTIMED_HINT}; its header: {', '.join(name for name in names if name)[:120]}"
    elif not found and (names := unknown_header(text)) is not None:
        shown = ", ".join(name for name in names if name)[:120]
        hint = (
            f"its first row is a header whose names are none we know ({shown}): name its columns in the program "
            f'file\'s [[feeds]] with format = "csv" ([feeds.columns] title = "…", people = "…", start = "…")'
        )
    elif not found and is_headerless_table(text):
        hint = f"it reads as {headerless_hint(text, source)}"
    raise ParseError(f"{reason}; {_first_lines(text)} ({hint})", SourceRef(source, 1))


def _first_lines(text: str, count: int = 3) -> str:
    # A short excerpt only: the file may be anything (a key, a log), and it is not ours to print.
    lines = [line.strip()[:40] for line in text.split("\n", 200) if line.strip()][:count]
    return f"the first lines are {lines!r}" if lines else "the file is empty"
