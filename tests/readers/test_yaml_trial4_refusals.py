"""Static-site YAML a tester tried unseen (trial 4): LedgerFest 2019 (Zeppelin) and ISORC 2026.

LedgerFest writes `8:am` and `12:pm` and lists session `0` (no title) as an empty cell of its
4-track grid; ISORC keeps its talks in `days[].rooms[].talks[]` with `time_start`/`time_end`.
Expectations written by hand from tests/data/yaml_site (PROVENANCE.md).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from program.loading import load_program
from program.readers import ReadContext
from program.readers.yaml_site import YamlSiteReader, load_yaml
from program.readers.yaml_suggested import suggested_path
from program.settings import FeedSpec, Settings

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "yaml_site"
NEW_YORK = ZoneInfo("America/New_York")
TORONTO = ZoneInfo("America/Toronto")
LEDGERFEST = [DATA / f"ledgerfest2019-{part}.yml" for part in ("schedule", "sessions", "speakers")]


def test_ledgerfest_reads_every_placed_session_at_its_meridiem_hour_in_its_track() -> None:
    loaded = load_program(
        Settings(feeds=tuple(FeedSpec(path) for path in LEDGERFEST), timezone=NEW_YORK, first_date=date(2019, 9, 23))
    )
    items = loaded.program.items

    # 15 timeslots; their sessionIds without the 0s: 1 + 1 + 4 + 4 + 2 + 3 + 1 + 3 + 1 + 3 + 1 + 3 + 1 + 3 + 1 = 32.
    assert len(items) == 32
    breakfast, keynote = items[0], items[1]
    # startTime "8:am", endTime "10:am"; session 1 is "Breakfast", place "The North Gallery".
    assert (breakfast.title, breakfast.start, breakfast.end, breakfast.location) == (
        "Breakfast",
        datetime(2019, 9, 23, 8, tzinfo=NEW_YORK),
        datetime(2019, 9, 23, 10, tzinfo=NEW_YORK),
        "The North Gallery",
    )
    # "9:am"-"10:am", sessionIds [2,0,0,0]: session 2 "Keynote", speaker 44 Mihailo Bjelic, first track "The Forum".
    assert (keynote.title, keynote.start, keynote.people, keynote.location) == (
        "Keynote",
        datetime(2019, 9, 23, 9, tzinfo=NEW_YORK),
        ("Mihailo Bjelic",),
        "The Forum",
    )
    # "12:pm"-"1:pm" is noon to one; the last slot "5:pm"-"6:pm", [30,0,0,0].
    assert {item.title for item in items if item.start == datetime(2019, 9, 23, 12, tzinfo=NEW_YORK)} == {
        "OKX Demo Day Presentation",
        "Lunch",
    }
    assert (items[-1].title, items[-1].start, items[-1].end) == (
        "ZK’s and Hardware Optimizations",
        datetime(2019, 9, 23, 17, tzinfo=NEW_YORK),
        datetime(2019, 9, 23, 18, tzinfo=NEW_YORK),
    )
    assert not [problem for problem in loaded.program.problems if problem.code == "unreadable-entry"]


def test_isorc_reads_talks_inside_rooms_with_time_start_and_the_room_name() -> None:
    path = DATA / "isorc2026-program.yml"
    program = YamlSiteReader().read(
        path.read_text(encoding="utf-8"), source=path.name, context=ReadContext(timezone=TORONTO)
    )

    assert len(program.items) == 41  # 41 `time_start:` lines
    first = program.items[0]  # Wednesday 2026-05-27, "Conference (BSB 108)": Registration '08:15'-'09:00'
    assert (first.title, first.start, first.end, first.location) == (
        "Registration",
        datetime(2026, 5, 27, 8, 15, tzinfo=TORONTO),
        datetime(2026, 5, 27, 9, tzinfo=TORONTO),
        "Conference (BSB 108)",
    )
    dinner = next(item for item in program.items if item.title == "Welcoming Dinner")
    assert (dinner.start, dinner.location) == (datetime(2026, 5, 27, 18, 30, tzinfo=TORONTO), "The Buttery")
    assert {item.location for item in program.items} == {
        "Conference (BSB 108)",
        "Lunch & Posters (BSB 104)",
        "The Buttery",
    }
    assert {item.start.date() for item in program.items if item.start} == {
        date(2026, 5, 27),
        date(2026, 5, 28),
        date(2026, 5, 29),
    }


def test_the_hint_names_the_list_of_entries_not_a_list_of_track_or_day_names() -> None:
    def hint(name: str, text: str | None = None) -> str | None:
        written = text if text is not None else (DATA / name).read_text(encoding="utf-8")
        return suggested_path(load_yaml(written, name)[0])

    # LedgerFest: `[].tracks[]` are titled ({title: "The Forum"}), `[].timeslots[]` hold startTime.
    assert hint("ledgerfest2019-schedule.yml") == "[].timeslots[]"
    # ISORC with keys no field knows: its days and rooms are named, its talks too, innermost.
    renamed = (DATA / "isorc2026-program.yml").read_text(encoding="utf-8").replace("time_", "when_")
    assert hint("isorc2026-program.yml", renamed) == "days[].rooms[].talks[]"
