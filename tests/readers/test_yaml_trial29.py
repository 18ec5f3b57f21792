"""Trial 29's unseen static-site YAML (session 14): BOUM 2019's talks, each speaker in its slot's `events`.

Expectations are read from the file with PyYAML here, not from the reader's output.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import yaml

from program.readers import ReadContext
from program.readers.yaml_site import YamlSiteReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "yaml_site"
PARIS = ZoneInfo("Europe/Paris")
BOUM = "boum2019-schedule.yml"


def _at(clock: str) -> datetime:
    hours, minutes = clock.split(":")
    return datetime(2019, 2, 20, int(hours), int(minutes), tzinfo=PARIS)  # "20 févr. 2019", the file's one date


def test_boum2019_talks_take_their_speakers_from_events_each_with_the_lab_the_event_names() -> None:
    path = DATA / BOUM
    written = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    expected = [
        (
            slot["title"],
            _at(slot["startTime"]),
            _at(slot["endTime"]),
            tuple(f"{event['speakers']} [{event['title']}]" for event in slot.get("events", [])),
        )
        for day in written
        for slot in day["timeslots"]
    ]

    program = YamlSiteReader().read(path.read_text(encoding="utf-8"), source=BOUM, context=ReadContext(timezone=PARIS))

    assert [(item.title, item.start, item.end, item.people) for item in program.items] == expected
    assert len(program.items) == 12 and sum(1 for item in program.items if item.people) == 7
    assert program.items[1].people == ("Youcef IMINE [Heudiasyc]",)  # a surname in capitals is a name's word
    assert program.items[7].people == ("Brenda IVETTE GARCIA MAYA [LMAC]",)
    assert all(item.location is None for item in program.items)  # the event's title is a lab, not a room
    assert all(item.abstract is None for item in program.items)  # `abstract: assets/abstracts/….pdf` is a path
    assert not program.problems
    assert program.reading[0].endswith("events[].speakers → people")
    assert not any(said.startswith("not read") for said in program.reading)
