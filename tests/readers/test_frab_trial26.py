"""Trial 26's unseen frab day alone (session 14): Hacker Hotel 2019's badge keeps one day a file.

`{"version": …, "date": "2019-02-16", "rooms": {"Erasmus (Talks)": [{"start": "12:00", "duration": "01:00",
"title", "guid", "timestamp": 1550314800, "end": 1550318400, "type"}]}}`: no "schedule" around it, no `room`
on the events, epoch seconds beside the clock times. It was refused (frab-json: no "schedule"; yaml-site read
the epoch `end` as a clock time). Expectations are written from the file with the standard library's json.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from program.model import Severity
from program.readers import ReadContext, detect_readers
from program.readers.frab_json import FrabJsonReader

from helpers import ROOT

PATH = ROOT / "tests" / "data" / "frab" / "real" / "hackerhotel2019-day1.json"
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def _expected() -> list[tuple[str, datetime, datetime, str, str]]:
    document = json.loads(PATH.read_text(encoding="utf-8"))
    found = []
    for room, events in document["rooms"].items():
        for event in events:
            start = datetime.fromtimestamp(event["timestamp"], UTC)
            hours, minutes = event["duration"].split(":")
            # the epoch end and the written duration agree, as the date and start do with the timestamp
            assert datetime.fromtimestamp(event["end"], UTC) == start + timedelta(
                hours=int(hours), minutes=int(minutes)
            )
            local = f"{document['date']}T{event['start']}" if event["start"] >= "06:00" else None
            if local is not None:
                assert start.astimezone(AMSTERDAM).replace(tzinfo=None) == datetime.fromisoformat(local)
            found.append((event["title"], start, datetime.fromtimestamp(event["end"], UTC), room, event["type"]))
    return found


def test_hackerhotel2019_day_file_is_a_frab_day_with_rooms_by_key_and_epoch_instants() -> None:
    text = PATH.read_text(encoding="utf-8")
    expected = _expected()
    assert len(expected) == 34
    assert [reader.name for reader in detect_readers(text)] == ["frab-json"]
    program = FrabJsonReader().read(text, source=PATH.name, context=ReadContext(timezone=AMSTERDAM))
    read = [(item.title, item.start, item.end, item.location, item.label) for item in program.items]
    assert read == expected  # aware datetimes: the same instants, shown in Amsterdam
    assert all(item.start is not None and item.start.tzinfo == AMSTERDAM for item in program.items)
    assert not any(item.people for item in program.items)
    assert not [problem for problem in program.problems if problem.severity is Severity.ERROR]
    assert program.reading[0] == (
        "one day of a frab schedule alone (2019-02-16), rooms named by their keys; "
        "34 events at their `timestamp` (seconds since 1970)"
    )


def test_hackerhotel2019_without_a_zone_is_shown_at_the_offset_its_timestamps_imply() -> None:
    text = PATH.read_text(encoding="utf-8")
    program = FrabJsonReader().read(text, source=PATH.name, context=ReadContext())
    assert [item.start for item in program.items] == [one[1] for one in _expected()]
    assert {item.start.utcoffset() for item in program.items if item.start} == {timedelta(hours=1)}
    warned = [problem for problem in program.problems if problem.code == "no-time-zone"]
    assert len(warned) == 1 and "UTC+01:00" in warned[0].message


def test_a_lone_day_event_without_a_title_is_an_error_at_its_json_path() -> None:
    text = (
        '{"date": "2019-02-16", "rooms": {"Erasmus (Talks)": [{"start": "12:00", "duration": "01:00", '
        '"title": "", "guid": "g1", "timestamp": 1550314800, "end": 1550318400}]}}'
    )
    assert [reader.name for reader in detect_readers(text)] == ["frab-json"]
    program = FrabJsonReader().read(text, source="day.json", context=ReadContext(timezone=AMSTERDAM))
    assert not program.items
    [error] = [problem for problem in program.problems if problem.severity is Severity.ERROR]
    assert error.message == 'expected an event with a "title" (at $.rooms["Erasmus (Talks)"][0])'
    assert error.source is not None and error.source.line == 1
