"""Site data a tester tried unseen (trial 21, #8): ML in PL 2023's agenda (Warsaw, 26–29 October).

`_data/agenda.yml` is a list of days titled `Thursday / 26 October` (no year: `--date` names the
first day), each with a `location` and `location-address` (the building), holding
`sessions[].events[]` (`time: 8:00 - 11:00`, `room`, `subtitle: by Name (Affil)`) and
`subevents[]`. Every entry was put on the first day, the speaker glued into the title, and the
day's building taken as the room of events naming none. Expectations are written from the file.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from zoneinfo import ZoneInfo

from program.model import Program
from program.readers import ReadContext, decode_feed
from program.readers.yaml_site import YamlSiteReader

from helpers import ROOT

MLINPL = ROOT / "tests" / "data" / "yaml_site" / "mlinpl2023-agenda.yml"
WARSAW = ZoneInfo("Europe/Warsaw")


def _read() -> Program:
    context = ReadContext(timezone=WARSAW, first_date=date(2023, 10, 26))
    return YamlSiteReader().read(decode_feed(MLINPL.read_bytes(), MLINPL.name), source=MLINPL.name, context=context)


def test_mlinpl_2023_each_day_is_its_titles_date() -> None:
    items = _read().items

    assert len(items) == 92
    # 19 entries (with subevents) under "Thursday / 26 October", 38 Friday, 25 Saturday, 10 Sunday
    days = Counter(item.start.date() if item.start else item.day for item in items)
    assert days == {date(2023, 10, 26): 19, date(2023, 10, 27): 38, date(2023, 10, 28): 25, date(2023, 10, 29): 10}
    # line 99: "title: Registration" / "time: 08:30 - 09:00" on Friday
    friday = next(item for item in items if item.source.line == 99)
    assert (friday.start, friday.end) == (
        datetime(2023, 10, 27, 8, 30, tzinfo=WARSAW),
        datetime(2023, 10, 27, 9, 0, tzinfo=WARSAW),
    )


def test_mlinpl_2023_by_name_subtitle_is_the_speaker_and_other_subtitles_no_title() -> None:
    items = {item.source.line: item for item in _read().items}

    # lines 104-108: Invited talk 1 … subtitle "by Gintare Karolina Dziugaite (Google DeepMind)", room Main Lecture Hall
    talk = items[104]
    assert talk.title == (
        "Invited talk 1: Understanding Iterative Magnitude Pruning: linear mode connectivity, symmetries, and data"
    )
    assert talk.people == ("Gintare Karolina Dziugaite [Google DeepMind]",)
    assert talk.location == "Main Lecture Hall"
    # lines 375-376: subtitle 'Charles Martinez (G-Research)', no "by"
    assert items[375].people == ("Charles Martinez [G-Research]",)
    # lines 99-102: Registration, subtitle "(Also open after 09:00)": a line about it, not the title's end
    assert (items[99].title, items[99].people, items[99].abstract) == ("Registration", (), "(Also open after 09:00)")
    # line 88-92: the Conference Party's subtitle is the pub's address: no person
    party = items[88]
    assert (party.title, party.people) == ("Conference Party", ())


def test_mlinpl_2023_the_days_building_is_no_room() -> None:
    items = _read().items

    # line 95: "location: Copernicus Science Centre" beside "location-address:": the venue
    assert not {item.location for item in items} & {"SGH Warsaw School of Economics", "Copernicus Science Centre"}
    assert {item.location for item in items} == {None, "Main Lecture Hall", "Lecture Hall A", "Lecture Hall B"}
    # line 8: the untimed subevent "Opening remarks" is on the first day, in its session's room
    opening = next(item for item in items if item.source.line == 8)
    assert (opening.title, opening.start, opening.day, opening.location) == (
        "Opening remarks",
        None,
        date(2023, 10, 26),
        "Main Lecture Hall",
    )
