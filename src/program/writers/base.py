"""What every writer is: a name, a file (or folder) name, a media type, and a function of the program."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any, ClassVar, Protocol, TypeVar, runtime_checkable

import attrs
import orjson

from program.i18n import Lang
from program.model import Program
from program.model.versions import ChangeHistory


@attrs.frozen
class RenderOptions:
    """Choices about presentation that every writer may heed.

    Attributes:
        templates: a folder whose templates override the shipped ones by file name.
        twelve_hour: show times as "1:55 p.m." (True) or "13:55" (False); None: as the locale does.
        abstracts: print abstracts of talks in the running order.
        paper: page size of printed output, "a4" or "letter".
        calendar_utc: write calendar times in UTC instead of the program's zone.
        alarm: how long before each event calendars remind, or None for no reminder.
        posters_as_events: in schedule exports, show each poster as an event of its session.
        changes: the published versions, newest first, for changes.xml and the site's marks
            (`--previous`); None for a first version.
    """

    templates: Path | None = None
    twelve_hour: bool | None = None
    abstracts: bool = True
    paper: str = "a4"
    calendar_utc: bool = False
    alarm: timedelta | None = None
    posters_as_events: bool = False
    changes: ChangeHistory | None = None


def lang_of(program: Program, options: RenderOptions) -> Lang:
    """The program's locale (its people are filed by it too) on the clock the options ask for."""
    return Lang.of(program.locale, options.twelve_hour)


class Writer(Protocol):
    """An output format. `write` returns text (encoded as UTF-8 on disk) or bytes."""

    name: ClassVar[str]
    filename: ClassVar[str]
    media_type: ClassVar[str]

    def write(self, program: Program, options: RenderOptions) -> str | bytes:
        """Render `program` in this format."""
        ...


def json_bytes(document: object) -> bytes:
    """Return `document` as UTF-8 JSON indented by two spaces, with a final newline.

    orjson writes what json.dumps(indent=2, ensure_ascii=False) writes, in a tenth of the
    time: json's C encoder does not indent, and program.json of a large conference is
    hundreds of megabytes (kept as bytes: no second copy as text).
    """
    data: bytes = orjson.dumps(document, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    return data


def json_chunks(document: object) -> Iterator[bytes]:
    """Yield what `json_bytes` returns for `document`, each iterator in it taken as a list, an entry at a time.

    Those lists are never whole in memory, nor their JSON: program.json, schedule.json and
    the speaker index of 100,000 items are hundreds of megabytes each. Iterators may stand
    at any depth, in the entries of another; each is read once. The pieces are joined to
    about 64 KB.
    """
    batch: list[bytes] = []
    size = 0
    for piece in _value_chunks(document, b"\n"):
        batch.append(piece)
        size += len(piece)
        if size >= _JSON_CHUNK:
            yield b"".join(batch)
            batch, size = [], 0
    batch.append(b"\n")
    yield b"".join(batch)


_JSON_CHUNK = 1 << 16


class JsonText(str):
    """A value's JSON written already (by orjson, indented by two spaces): `json_chunks` places it as it is."""

    __slots__ = ()


def _value_chunks(value: object, newline: bytes) -> Iterator[bytes]:
    """`value` as orjson indents it where a line break and its indentation is `newline`."""
    if isinstance(value, JsonText):
        yield value.encode().replace(b"\n", newline)
        return
    if isinstance(value, Iterator):
        yield from _list_chunks(value, newline)
        return
    try:
        text = orjson.dumps(value, option=orjson.OPT_INDENT_2)
    except TypeError:  # an iterator inside: its containers are taken apart (what JSON cannot hold fails again there)
        if isinstance(value, dict):
            yield from _container_chunks(iter(value.items()), newline, b"{}", _member_chunks)
        elif isinstance(value, list | tuple):
            yield from _list_chunks(iter(value), newline)
        else:
            raise
        return
    yield text.replace(b"\n", newline)


def _list_chunks(entries: Iterator[Any], newline: bytes) -> Iterator[bytes]:
    """A list's entries, written a run at a time: one join and one `replace` a run of `_RUN` entries.

    program.json, schedule.json and speakers.json are lists of 10,000 entries at 10,000
    items: a generator and its checks an entry were a third of program.json's time. An
    entry that holds an iterator is taken apart on its own (`_value_chunks`).
    """
    inner = newline + b"  "
    opening = b"["
    run: list[bytes] = []
    for entry in entries:
        text = _entry_text(entry)
        if text is not None:
            run.append(text)
            if len(run) < _RUN:
                continue
        if run:
            yield opening + (b"\n" + b",\n".join(run)).replace(b"\n", inner)
            opening, run = b",", []
        if text is None:
            yield opening + inner
            yield from _value_chunks(entry, inner)
            opening = b","
    if run:
        yield opening + (b"\n" + b",\n".join(run)).replace(b"\n", inner)
        opening = b","
    yield b"[]" if opening == b"[" else newline + b"]"


_RUN = 256


def _entry_text(entry: object) -> bytes | None:
    """An entry's JSON as orjson indents it at the top, or None when it is or holds an iterator."""
    if isinstance(entry, JsonText):
        return entry.encode()
    if isinstance(entry, Iterator):
        return None
    try:
        return orjson.dumps(entry, option=orjson.OPT_INDENT_2)
    except TypeError:
        return None


def _container_chunks(
    entries: Iterator[Any], newline: bytes, brackets: bytes, entry_chunks: Callable[[Any, bytes], Iterator[bytes]]
) -> Iterator[bytes]:
    inner = newline + b"  "
    empty = True
    for entry in entries:
        yield (brackets[:1] if empty else b",") + inner
        yield from entry_chunks(entry, inner)
        empty = False
    yield brackets if empty else newline + brackets[1:]


def _member_chunks(member: tuple[object, object], newline: bytes) -> Iterator[bytes]:
    key, value = member
    yield orjson.dumps(key) + b": "
    yield from _value_chunks(value, newline)


@runtime_checkable
class ChunkedWriter(Writer, Protocol):
    """A writer that can also give its file in pieces, so a large page need not sit in memory whole."""

    def write_chunks(self, program: Program, options: RenderOptions) -> Iterator[bytes]:
        """Yield the same bytes as `write`, a piece at a time."""
        ...


@runtime_checkable
class FolderWriter(Protocol):
    """An output of many files in one folder (a calendar per person), replaced as a whole."""

    name: ClassVar[str]
    folder: ClassVar[str]
    media_type: ClassVar[str]

    def write_files(self, program: Program, options: RenderOptions) -> Iterator[tuple[str, bytes]]:
        """Yield (file name, bytes) for every file inside `folder`, one at a time."""
        ...


AnyWriter = Writer | FolderWriter

Key = TypeVar("Key")
Value = TypeVar("Value")
_SHARED_RESULTS: list[list[Any]] = []
"""What each `shared_by_writers` function holds, so that a build can let all of it go at once."""


def shared_by_writers(build: Callable[[Program, Key], Value]) -> Callable[[Program, Key], Value]:
    """Keep `build`'s result for the program (the same object) and key it was last asked for.

    Several writers need one derived structure (the speaker index for six outputs, the
    calendar events for three); a build renders one program, so the last result is the one
    asked for again. Results must be immutable.
    """
    last: list[tuple[Program, Key, Value]] = []
    _SHARED_RESULTS.append(last)

    @functools.wraps(build)
    def shared(program: Program, key: Key) -> Value:
        if last and last[0][0] is program and last[0][1] == key:
            return last[0][2]
        value = build(program, key)
        last[:] = [(program, key, value)]
        return value

    return shared


def forget_shared_results() -> None:
    """Let go of every result `shared_by_writers` keeps: the writers after derive again what they need."""
    for last in _SHARED_RESULTS:
        last.clear()
