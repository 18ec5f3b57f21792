"""Reading a feed line by line: the same lines, errors and program as decoding it whole."""

from __future__ import annotations

import gc
import itertools
import random
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from program import feed_reading
from program.errors import ParseError
from program.readers import ReadContext, base, decode_feed, detect_readers
from program.readers.base import feed_lines
from program.readers.page_layout import layout
from program.readers.schedule_page import SchedulePageReader
from program.settings import FeedSpec

from conftest import LoadText
from helpers import CHICAGO, SAMPLE_PAGE

CONTEXT = ReadContext(first_date=date(2022, 12, 3), timezone=CHICAGO)
_PIECES = ("a", " ", "\n", "\r", "\r\n", "\x07", "\x0b", "\x0c", "\u0085", "é", "🔗", "\ufeff", "\t", "|", "\n\n")


def _decoded(data: bytes) -> tuple[list[str] | None, str | None]:
    try:
        return decode_feed(data, "feed.txt").split("\n"), None
    except ParseError as error:
        return None, str(error)


def _by_lines(data: bytes) -> tuple[list[str] | None, str | None]:
    try:
        return list(feed_lines(data, "feed.txt")), None
    except ParseError as error:
        return None, str(error)


@pytest.mark.parametrize("chunk", [1, 5, 1 << 20])
def test_lines_are_those_of_the_decoded_text(monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    # Line ends of every kind, control characters, a BOM, bytes that are not UTF-8 and NULs,
    # wherever the megabyte pieces (here a few bytes) are cut.
    monkeypatch.setattr(base, "_CHUNK", chunk)
    rng = random.Random(20)
    for _ in range(3000):
        data = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14))).encode()
        if rng.random() < 0.2:
            data = b"\xef\xbb\xbf" + data
        if rng.random() < 0.2:
            at = rng.randint(0, len(data))
            data = data[:at] + rng.choice([b"\xff", b"\xe2\x82", b"\x00"]) + data[at:]
        assert _by_lines(data) == _decoded(data), data


def test_a_bad_byte_late_in_the_feed_is_found_before_any_line_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(base, "_CHUNK", 16)
    data = b"Sat 8:30 a.m. - 8:40 a.m.\n" * 50 + b"Caf\xe9\n"
    lines = feed_lines(data, "feed.txt")

    with pytest.raises(ParseError) as raised:
        next(lines)

    assert str(raised.value) == "feed.txt:51: error: expected UTF-8 text, found byte 0xe9 that is not UTF-8"


def test_the_reader_reads_an_iterator_of_lines_into_the_program_of_the_text() -> None:
    text = decode_feed(SAMPLE_PAGE.read_bytes(), "feed.txt")
    reader = SchedulePageReader()

    from_lines = reader.read_lines(iter(text.split("\n")), source="feed.txt", context=CONTEXT)

    assert from_lines == reader.read(text, source="feed.txt", context=CONTEXT)
    assert len(from_lines.items) == 33


def test_the_page_is_read_as_its_lines_come() -> None:
    # Each segment is made from the lines it needs (and those up to the first "|"), not from the whole page.
    pulled = 0

    def lines() -> Iterator[str]:
        nonlocal pulled
        for line in itertools.cycle(["Sat 8:30 a.m. - 8:40 a.m.", "|", "A talk", "|", "Ada Lovelace", "🔗", "|"]):
            pulled += 1
            yield line

    page = layout(lines())  # an endless page
    segments = list(itertools.islice(page.segments, 30))

    assert [segment[0].text for segment in segments[:3]] == ["Sat 8:30 a.m. - 8:40 a.m.", "A talk", "Ada Lovelace"]
    assert pulled < 100


def test_a_schedule_page_is_never_decoded_whole(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def whole(data: bytes, source: str) -> str:
        raise AssertionError(f"{source} decoded whole ({len(data)} bytes)")

    monkeypatch.setattr(feed_reading, "decode_feed", whole)
    feed = tmp_path / "page.txt"
    feed.write_bytes(SAMPLE_PAGE.read_bytes())

    read = feed_reading.read_feed(FeedSpec(feed), CONTEXT)

    assert (read.reader, len(read.program.items)) == ("schedule-page", 33)


def _feeds() -> list[Path]:
    root = Path(__file__).parent.parent
    paths = [*SAMPLE_PAGE.parent.glob("*.txt"), *(root / "readers" / "data").glob("*.txt")]
    examples = root / "data" / "frab" / "examples"
    paths += [*examples.rglob("*.xml"), *examples.rglob("*.json")]
    return sorted(paths)


@pytest.mark.parametrize("path", _feeds(), ids=lambda path: path.name)
def test_the_opening_tells_the_format_as_the_whole_text_does(path: Path) -> None:
    data = path.read_bytes()
    whole = [reader.name for reader in detect_readers(decode_feed(data, path.name))]

    from_head = [reader.name for reader in detect_readers(feed_reading._head(data, path.name))]

    assert from_head == whole or len(from_head) != 1  # more or none: told by the whole text, as before


@pytest.mark.parametrize("enabled", [True, False])
def test_loading_leaves_the_cycle_collector_as_it_found_it(load_text: LoadText, enabled: bool) -> None:
    # The collector is paused while a program is built, and only then.
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        loaded = load_text(SAMPLE_PAGE.read_text(encoding="utf-8"))
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
    assert len(loaded.program.items) == 33


def test_a_name_on_many_entries_is_one_string() -> None:
    text = decode_feed(SAMPLE_PAGE.read_bytes(), "feed.txt")

    program = SchedulePageReader().read(text, source="feed.txt", context=CONTEXT)

    names = [name for item in program.items for name in item.people]
    first = {name: found for found in reversed(names) for name in [found]}
    assert len(names) > len(first)  # the sample's spotlight authors are on their posters too
    assert all(name is first[name] for name in names)
