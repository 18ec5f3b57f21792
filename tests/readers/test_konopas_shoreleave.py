"""Shore Leave 2022's KonOpas list: a guide that writes no lengths, and a list a spreadsheet left `[]` in.

Tried after the KonOpas reader was written, on a file it was not written for: it was refused at
detection (`mins` was taken as KonOpas' mark) and, with `--format konopas`, stopped at the `[]`
entries. Expectations come from the file through `json`: an item per object with a `time`, at
`date` and `time` in Baltimore's zone, in the room `loc[0]`, with its people's names.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from program.readers import ReadContext, decode_feed, detect_readers
from program.readers.konopas import KonopasReader

from helpers import ROOT

PATH = ROOT / "tests" / "data" / "konopas" / "shoreleave2022-program.js"
EASTERN = ZoneInfo("America/New_York")


def _source() -> list[object]:
    text = PATH.read_text(encoding="utf-8")
    entries: list[object] = json.loads(text[text.index("[") : text.rindex("]") + 1])
    return entries


def test_shore_leave_is_told_as_konopas_without_mins() -> None:
    assert [reader.name for reader in detect_readers(decode_feed(PATH.read_bytes(), str(PATH))[:2000])] == ["konopas"]


def test_shore_leave_every_timed_object_is_an_item_at_its_date_time_room_and_people() -> None:
    entries: list[dict[str, Any]] = [entry for entry in _source() if isinstance(entry, dict) and entry.get("time")]
    program = KonopasReader().read(
        PATH.read_text(encoding="utf-8"), source=str(PATH), context=ReadContext(timezone=EASTERN)
    )

    expected = sorted(
        (
            " ".join(entry["title"].split()),
            datetime.fromisoformat(
                f"{entry['date']}T{int(entry['time'].split(':')[0]):02d}:{entry['time'][-2:]}"
            ).replace(tzinfo=EASTERN),
            entry["loc"][0] if entry.get("loc") else None,
        )
        for entry in entries
    )
    read = sorted((item.title, item.start, item.location) for item in program.items)
    assert read == expected
    assert len(read) == 173
    solar = next(item for item in program.items if item.title == "Daytime Solar Viewing")
    assert solar.people == ("Wayne Bird", "Jerry Feldman")


def test_shore_leave_entries_that_are_no_items_are_said_by_their_pointers() -> None:
    program = KonopasReader().read(
        PATH.read_text(encoding="utf-8"), source=str(PATH), context=ReadContext(timezone=EASTERN)
    )

    said = [problem.message for problem in program.problems if problem.code == "skipped-row"]
    assert said[0] == "2 entries of the list no item (no object) left out: /173 ([]), /174 ([])"
    assert any("/175" in message and "'KEY'" in message for message in said)
    assert program.reading[0] == "a KonOpas list of 175 items, 13 rooms"
