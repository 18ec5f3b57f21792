"""Fuzzing: mutated samples of every input format through the readers and the whole build.

Nothing but our own errors may escape, for any input: a ParseError naming the file and a
line, or an InputError carrying such problems. The mutations are the damage real feeds
suffer: lines cut, duplicated and swapped, random bytes, very long lines, invalid UTF-8,
NUL, mixed line endings, and `|` (the schedule page's separator) in odd places.

CI runs a small budget. The large run (tens of thousands of cases) is

    PROGRAM_FUZZ_EXAMPLES=20000 python -m pytest tests/fuzz -q -p no:cacheprovider
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from program.errors import InputError, ParseError
from program.loading import load_program
from program.readers import READERS, ReadContext, decode_feed
from program.rendering import render_outputs
from program.settings import FeedSpec, Settings
from program.writers import WRITERS

from helpers import CHICAGO, FRAB, GOLDEN, SEEDS

EXAMPLES = int(os.environ.get("PROGRAM_FUZZ_EXAMPLES", "40"))
CONTEXT = ReadContext(first_date=date(2022, 12, 3), timezone=CHICAGO)
SAMPLES = {
    "schedule-page": SEEDS / "002_84455bf78bc88092.txt",
    "paper-listing": SEEDS / "003_fa518e10fecf02ab.txt",
    "paper-listing-2": SEEDS / "004_05e0a433d85f4cd8.txt",
    "abstracts": SEEDS / "000_e17b5acdc5194782.txt",
    "abstract-lines": SEEDS / "001_df4a941bcae02b05.txt",
    "frab-xml": GOLDEN / "mlsys2022" / "schedule.xml",
    "frab-json": FRAB / "examples" / "json" / "hub-schedule2.json",
    "program-json": GOLDEN / "mlsys2022" / "program.json",
    "indico": Path(__file__).resolve().parent.parent / "data" / "indico" / "fel2022-sessions.json",
}
_WORKDIR = tempfile.TemporaryDirectory(prefix="program-fuzz-")

Lines = list[bytes]
Mutation = Callable[[st.DrawFn, Lines], Lines]


def _index(draw: st.DrawFn, lines: Lines) -> int:
    return draw(st.integers(0, max(len(lines) - 1, 0)))


def _cut(draw: st.DrawFn, lines: Lines) -> Lines:
    start = _index(draw, lines)
    return lines[:start] + lines[start + draw(st.integers(1, 30)) :]


def _duplicate(draw: st.DrawFn, lines: Lines) -> Lines:
    start = _index(draw, lines)
    end = start + draw(st.integers(1, 20))
    return lines[:end] + lines[start:end] + lines[end:]


def _swap(draw: st.DrawFn, lines: Lines) -> Lines:
    first, second = _index(draw, lines), _index(draw, lines)
    swapped = list(lines)
    if swapped:
        swapped[first], swapped[second] = swapped[second], swapped[first]
    return swapped


def _insert(draw: st.DrawFn, lines: Lines) -> Lines:
    noise = draw(
        st.one_of(
            st.binary(max_size=60),
            st.text(max_size=60).map(str.encode),
            st.sampled_from([b"\x00", b"\xff\xfe", b"\xc3", b"|", b"| |", b"Sat 25:99 p.m. - 1:00 a.m.", b"{", b"<"]),
            st.integers(1000, 200_000).map(lambda size: b"x|" * size),
        )
    )
    position = _index(draw, lines)
    return [*lines[:position], noise, *lines[position:]]


def _pipes(draw: st.DrawFn, lines: Lines) -> Lines:
    position = _index(draw, lines)
    if not lines:
        return [b"|"]
    line = lines[position]
    at = draw(st.integers(0, len(line)))
    return [*lines[:position], line[:at] + b"|" + line[at:], *lines[position + 1 :]]


def _endings(draw: st.DrawFn, lines: Lines) -> Lines:
    ending = draw(st.sampled_from([b"\r", b"\r\r", b" \r"]))
    chosen = set(draw(st.lists(st.integers(0, max(len(lines) - 1, 0)), max_size=20)))
    return [line + ending if index in chosen else line for index, line in enumerate(lines)]


def _truncate_bytes(draw: st.DrawFn, lines: Lines) -> Lines:
    data = b"\n".join(lines)
    return data[: draw(st.integers(0, len(data)))].split(b"\n")


MUTATIONS: tuple[Mutation, ...] = (_cut, _duplicate, _swap, _insert, _pipes, _endings, _truncate_bytes)


@st.composite
def mutated(draw: st.DrawFn, sample: bytes) -> bytes:
    """The sample with one to five mutations applied."""
    lines = sample.split(b"\n")
    for _ in range(draw(st.integers(1, 5))):
        lines = draw(st.sampled_from(MUTATIONS))(draw, lines)
    return b"\n".join(lines)


FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)


def _only_our_errors(action: Callable[[], Any]) -> None:
    try:
        action()
    except ParseError as error:
        assert error.source.file, error
    except InputError as errors:
        assert errors.problems
        assert all(problem.source is not None and problem.source.line for problem in errors.problems if problem.source)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_reader_raises_only_parse_errors(name: str) -> None:
    sample = SAMPLES[name].read_bytes()

    @FUZZ
    @given(data=mutated(sample))
    def check(data: bytes) -> None:
        def read_with_every_reader() -> None:
            text = decode_feed(data, "feed")
            for reader in READERS.values():
                reader.detect(text)
                try:
                    reader.read(text, source="feed", context=CONTEXT)
                except ParseError as error:
                    assert error.source.file == "feed"

        _only_our_errors(read_with_every_reader)

    check()


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_the_whole_build_raises_only_our_errors(name: str) -> None:
    sample = SAMPLES[name].read_bytes()
    path = Path(_WORKDIR.name) / f"{name}{SAMPLES[name].suffix}"
    writers = [writer for writer_name, writer in WRITERS.items() if writer_name != "pdf"]

    @FUZZ
    @given(data=mutated(sample), keep_going=st.booleans())
    def check(data: bytes, keep_going: bool) -> None:
        path.write_bytes(data)
        settings_ = Settings(feeds=(FeedSpec(path),), first_date=date(2022, 12, 3), timezone=CHICAGO)

        _only_our_errors(lambda: render_outputs(load_program(settings_, keep_going=keep_going).program, writers))

    check()
