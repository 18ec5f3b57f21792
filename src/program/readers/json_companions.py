"""The JSON files a site's list of sessions names things in by id: `speakers.json`, `rooms.json`.

A static site keeps each thing once: CocoaHeads Conference's `_data/talks.json` says
`"speaker": 14, "room": 1` and `speakers.json`, `rooms.json` beside it give the names;
DevRelCon Tokyo's `sessions.json` says `"first_speaker": "hideki"`. Such files are read as
tables (the objects' keys as the header) for `tabular.joins` to join by id: the files beside
the feed with those names, and the other JSON feeds given with it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from program.errors import ParseError
from program.inputs import MAX_SETTINGS_SIZE, read_input
from program.readers.base import decode_feed, load_json
from program.readers.json_table import find_rows, json_table
from program.readers.tabular.cells import Table

SIBLINGS = ("speakers.json", "rooms.json")
"""The files beside a feed that are joined with it when they are there (Jekyll's `_data/`)."""


def companion_tables(source: str, companions: Sequence[str], zone: ZoneInfo | None) -> list[Table]:
    """The tables of the JSON lists beside `source` (`SIBLINGS`) and of the JSON feeds given with it.

    A companion that is no JSON list of objects is left out here: as a feed of its own it is
    read, and reported, by itself.

    Raises:
        ParseError: for a sibling file that is not JSON (it is joined unasked, so its error is named).
    """
    tables = []
    for path in _paths(source, companions):
        text = decode_feed(read_input(path, "a file joined by id", MAX_SETTINGS_SIZE), path.as_posix())
        try:
            found = find_rows(load_json(text.lstrip("\ufeff"), path.as_posix(), strict=False))
        except ParseError:
            if path.name in SIBLINGS:
                raise
            continue
        if found is not None:
            tables.append(json_table(text, found, path.as_posix(), zone))
    return tables


def _paths(source: str, companions: Sequence[str]) -> Iterator[Path]:
    own = Path(source)
    given = [Path(path) for path in companions if Path(path).suffix.casefold() == ".json"]
    beside = [own.parent / name for name in SIBLINGS if name != own.name and (own.parent / name).is_file()]
    seen: set[Path] = set()
    for path in (*given, *beside):
        if path.resolve() not in seen:
            seen.add(path.resolve())
            yield path
