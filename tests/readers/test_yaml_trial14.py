"""Site data a new user tried unseen (trial 14): the climate workshop 2023's `_data/schedule.yml` (Kigali).

Each day's BBQ is `end: "late"` (lines 43-45, `start: "18:00"`; 94-96, `start: "17:00"`): no end given. The
whole file was refused (`expected a time such as 09:30 …, found 'late'`), and with --keep-going
the two BBQs were lost. The workshop was on 8 and 9 May 2023 (`_config.yml`). Expectations are
counted from the file with PyYAML.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import yaml

from program.model import Program
from program.readers import ReadContext, decode_feed
from program.readers.yaml_site import YamlSiteReader

from helpers import ROOT

PATH = ROOT / "tests" / "data" / "yaml_site" / "climate2023-schedule.yml"
KIGALI = ZoneInfo("Africa/Kigali")
FIRST = date(2023, 5, 8)


def _read() -> Program:
    context = ReadContext(first_date=FIRST, timezone=KIGALI)
    return YamlSiteReader().read(decode_feed(PATH.read_bytes(), PATH.name), source=PATH.name, context=context)


def _at(day: date, clock: str) -> datetime:
    hour, minute = clock.split(":")
    return datetime(day.year, day.month, day.day, int(hour), int(minute), tzinfo=KIGALI)


def test_climate_2023_an_end_of_late_is_a_start_only_and_every_entry_is_read() -> None:
    days = yaml.safe_load(PATH.read_text(encoding="utf-8"))
    expected = []
    for index, day in enumerate(days):
        on = FIRST + timedelta(days=index)  # "Day 1", "Day 2"
        for event in day["events"]:
            end = event.get("end")
            ended = _at(on, end) if end and end != "late" else None
            expected.append((event["title"], _at(on, event["start"]), ended))
    program = _read()

    assert len(expected) == 23
    got = [(item.title, item.start, item.end) for item in program.items]
    short_break = _at(FIRST, "16:45")
    # a start written alone ends when the day's next entry starts (docs/formats.md): Short break at 17:00
    assert got == [
        (title, start, _at(FIRST, "17:00") if start == short_break else end) for title, start, end in expected
    ]
    bbqs = [item for item in program.items if item.title == "Workshop BBQ!"]
    assert [(item.start, item.end) for item in bbqs] == [
        (_at(FIRST, "18:00"), None),
        (_at(FIRST + timedelta(days=1), "17:00"), None),
    ]
    assert not program.has_errors
    notes = [
        (problem.source.line if problem.source else None, problem.message)
        for problem in program.problems
        if problem.code == "uncertain-entry"
    ]
    said = "end 'late' gives no time: read as a start only, ended when the day's next entry starts, if any"
    assert notes == [(43, said), (94, said)]
