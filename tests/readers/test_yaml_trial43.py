"""Trial 43's unseen site data (session 17): PyCon Thailand 2019's talks, their days and tracks given by codes.

The Nikola schedule plugin's `talks2019.yaml` keeps `days: [{sat: Saturday 15th June}, {sun: …}]` and
`tracks: [{1: 'T1: Auditorium (L6)'}, …]` beside `talks: [{title, speaker, day: sat, track: 3, time: 09:50,
dur: 00:40}]`. Before: the three lists were read as one (`entries at *[]`), the legends' six rows were
unreadable-entry errors (nothing written without --keep-going), `dur` and `track` were not read (49 of 61 ends
at the next start, no room), and the cancelled workshop the site hides (no `day`) was placed on the first day.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import yaml

from program.model import Program
from program.readers import ReadContext, detect_readers
from program.readers.yaml_site import YamlSiteReader

from helpers import ROOT

PAGE = ROOT / "tests" / "data" / "yaml_site" / "pyconth2019-talks-excerpt.yaml"
BANGKOK = ZoneInfo("Asia/Bangkok")


def _read() -> Program:
    context = ReadContext(timezone=BANGKOK, first_date=date(2019, 6, 15))
    return YamlSiteReader().read(PAGE.read_text(encoding="utf-8"), source=PAGE.name, context=context)


def test_the_talks_are_the_entries_and_the_legends_name_their_days_and_rooms() -> None:
    program = _read()
    source = yaml.load(PAGE.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    dated = [talk for talk in source["talks"] if talk.get("day")]

    assert [detector.name for detector in detect_readers(PAGE.read_text(encoding="utf-8"))][:1] == ["yaml-site"]
    assert not program.problems
    assert [item.title for item in program.items] == [" ".join(talk["title"].split()) for talk in dated]
    rooms = {"1": "T1: Auditorium (L6)", "2": "T2: Forum (L7)", "3": "T3: Cubiculum (L7)", "4": "T4: Aquarium (L7)"}
    assert [item.location for item in program.items] == [rooms[talk["track"]] for talk in dated]
    assert {item.start.date() for item in program.items if item.start} == {date(2019, 6, 15), date(2019, 6, 16)}


def test_durations_end_the_talks_and_people_are_split() -> None:
    items = {item.title: item for item in _read().items}

    kids = items["Teaching Coding To Kids"]  # `day: sun`, `track: 4`, `time: 09:00`, `dur: 02:20`
    assert (kids.start, kids.end) == (
        datetime(2019, 6, 16, 9, 0, tzinfo=BANGKOK),
        datetime(2019, 6, 16, 11, 20, tzinfo=BANGKOK),
    )
    workshop = items[
        "Deep Learning Introductory Workshop with TensorFlow 2.0"
    ]  # `speaker: Sam Witteveen + Martin Andrews`
    assert workshop.people == ("Sam Witteveen", "Martin Andrews")
    assert workshop.end == datetime(2019, 6, 15, 16, 0, tzinfo=BANGKOK)
    fuzzy = next(item for title, item in items.items() if title.startswith("Fuzzy Multi-Criteria"))
    assert fuzzy.people == ("Poomjai Nacaskul",)  # `Poomjai Nacaskul, PhD, DIC, CFA`


def test_the_talk_the_site_shows_under_no_day_is_left_out_and_said() -> None:
    program = _read()

    assert "This workshop has been cancelled." not in {item.title for item in program.items}
    assert "1 entries naming no day of the days list left out (line 698)" in program.reading
    assert "codes read by the lists beside the entries: day by days[], track by tracks[]" in program.reading
