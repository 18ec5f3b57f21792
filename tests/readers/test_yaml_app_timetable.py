"""A conference site's API timetable a new user brought (session 11): HKOSCon 2019's `data/timetable.json`.

It writes `days[].timeslots[].events[]`, each event titled under `display`, in a `venue` that is
a mapping (`{"name": "Conference Hall 5"}`), its speakers a list of mappings with a `name`. Read
before as its speakers (`events[].speakers[]`, the only titled list under a timed one): 41 items
titled by a person's name, no room, no people. Expectations are counted from the file with `json`.
"""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

from program.readers import ReadContext
from program.readers.yaml_site import YamlSiteReader

from helpers import ROOT

NAME = "hkoscon2019-timetable.json"
PATH = ROOT / "tests" / "data" / "yaml_site" / NAME
HONG_KONG = ZoneInfo("Asia/Hong_Kong")


def _words(text: str) -> str:
    return " ".join(text.split())  # the file's no-break and doubled spaces, as titles are shown


def test_events_titled_by_display_in_their_venue_with_their_speakers() -> None:
    data = json.loads(PATH.read_text(encoding="utf-8"))
    expected = [
        (
            _words(event["display"]),
            datetime.fromisoformat(f"{day['date']}T{slot['startTime']}").replace(tzinfo=HONG_KONG),
            datetime.fromisoformat(f"{day['date']}T{slot['endTime']}").replace(tzinfo=HONG_KONG),
            tuple(_words(speaker["name"]) for speaker in event["speakers"]),
            event["venue"]["name"],
        )
        for day in data["days"]
        for slot in day["timeslots"]
        for event in slot["events"]
    ]
    assert len(expected) == 41
    context = ReadContext(timezone=HONG_KONG)
    program = YamlSiteReader().read(PATH.read_text(encoding="utf-8"), source=NAME, context=context)
    got = [(item.title, item.start, item.end, item.people, item.location) for item in program.items]
    assert sorted(got) == sorted(expected)
    assert any("entries at days[].timeslots[].events[]; display → title" in line for line in program.reading)
