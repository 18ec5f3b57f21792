"""The fidelity bench's own reading (bench/frab_sources.py, bench/frab_exports.py) on small exports."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _bench(name: str) -> ModuleType:
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    return importlib.import_module(name)


PENTABARF = """<?xml version="1.0"?>
<schedule>
  <conference><title>FOSDEM</title><day_change>09:00:00</day_change></conference>
  <day date="2007-02-24" index="1">
    <event id="1"><start>10:00</start><duration>00:45</duration><room>Janson</room><title>Welcome</title>
      <persons><person id="3">Ada Lovelace</person></persons></event>
    <event id="2"><start>00:15</start><duration>01:00</duration><room>Janson</room><title>Late</title></event>
  </day>
  <day date="2007-02-25" index="2">
    <room name="H.1302">
      <event id="3"><start>11:00</start><duration>0:30</duration><title>Room wrapped</title></event>
    </room>
  </day>
</schedule>
"""


def test_pentabarf_events_directly_under_day_and_after_the_day_change(tmp_path: Path) -> None:
    sources = _bench("frab_sources")
    path = tmp_path / "fosdem.xml"
    path.write_text(PENTABARF, encoding="utf-8")
    export = sources.read_export(path)
    assert export.kind == "xml"
    assert export.count == 3
    assert [event["start"] for event in export.events] == [
        ("2007-02-24T10:00:00", None),
        ("2007-02-24T00:15:00", None),  # FOSDEM's 09:00 day change is its mornings, not a night
        ("2007-02-25T11:00:00", None),
    ]
    assert [event["room"] for event in export.events] == ["Janson", "Janson", "H.1302"]
    assert export.events[0]["persons"] == ["Ada Lovelace"]
    assert [event["duration"] for event in export.events] == [2700, 3600, 1800]
    assert not export.zone
    assert not export.offsets


def test_json_v1_without_dates_and_schedule2(tmp_path: Path) -> None:
    sources = _bench("frab_sources")
    v1 = tmp_path / "v1.json"
    v1.write_text(
        '{"schedule": {"conference": {"title": "x", "days": [{"date": "2013-12-27", '
        '"day_start": "2013-12-27T06:00:00", "rooms": {"Saal 1": [{"start": "00:15", "duration": "00:30", '
        '"title": "Night\ntalk", "persons": [{"full_public_name": "Ada"}]}]}}]}}}',
        encoding="utf-8",
    )
    export = sources.read_export(v1)
    assert (export.kind, export.count) == ("json v1", 1)
    assert export.events[0]["start"] == ("2013-12-28T00:15:00", None)
    assert export.events[0]["room"] == "Saal 1"
    assert export.events[0]["persons"] == ["Ada"]
    two = tmp_path / "two.json"
    two.write_text(
        '{"schedule": {"conference": {"title": "x", "time_zone_name": "Europe/Berlin", "tracks": '
        '[{"slug": "ccc", "name": "CCC"}]}, "events": [{"title": "T", "start": "2024-12-27T10:30:00+01:00", '
        '"end": "2024-12-27T11:00:00+01:00", "room": {"name": "Saal 1"}, "track": {"slug": "ccc"}, '
        '"participants": [{"name": "A", "role": "SPEAKER"}, {"name": "B", "role": "CONTRIBUTOR"}]}]}}',
        encoding="utf-8",
    )
    export = sources.read_export(two)
    assert export.kind == "schedule2"
    event = export.events[0]
    assert (event["start"], event["duration"], event["track"], event["persons"]) == (
        ("2024-12-27T10:30:00", "+01:00"),
        1800,
        "CCC",
        ["A"],
    )


def test_compare_matches_repeated_guids_by_start_and_names_the_offset() -> None:
    bench = _bench("frab_exports")

    def event(start: str, offset: str | None, guid: str = "g") -> dict[str, object]:
        return {"title": "T", "start": (start, offset), "duration": 60, "room": "R", "persons": [], "guid": guid}

    source = [event("2019-08-22T14:00:00", "+02:00"), event("2019-08-23T14:00:00", "+02:00")]
    written = [event("2019-08-23T14:00:00", "+02:00"), event("2019-08-22T12:00:00", "+00:00", "h")]
    for item in source + written:
        item.update(track="", language="", abstract="", type="")
    examples: list[str] = []
    counts, same = bench.compare(source, written, examples)
    assert counts["start"] == [1, 2]
    assert counts["guid"] == [1, 2]
    assert same == 1
    assert examples[0].startswith("start: ")


def test_provenance_reads_the_generator_column_and_negative_cases(tmp_path: Path) -> None:
    bench = _bench("frab_exports")
    (tmp_path / "a.xml").write_text("<schedule/>", encoding="utf-8")
    (tmp_path / "b.xml").write_text("<schedule/>", encoding="utf-8")
    (tmp_path / "PROVENANCE.md").write_text(
        "| file here | generator and year | events |\n|---|---|---|\n"
        "| a.xml | frab, 29C3 2012 (`Version 1.0`) | 105 |\n"
        "| b.xml | EuroPython | 0 | **negative case** |\n",
        encoding="utf-8",
    )
    origins = bench.provenance([tmp_path / "a.xml", tmp_path / "b.xml"])
    assert (origins["a.xml"].generator, origins["a.xml"].events, origins["a.xml"].negative) == (
        "frab, 29C3 2012",
        105,
        False,
    )
    assert origins["b.xml"].negative


def test_hoverboard_bench_works_out_every_placed_session_and_the_reader_keeps_them() -> None:
    bench = _bench("hoverboard_fidelity")
    rows = {row[0]: row for row in (bench.measure(name) for name in bench.ZONES)}
    assert {name: row[1:4] for name, row in rows.items()} == {
        "devfest-taipei2018-excerpt.json": [35, 35, 0],
        "devfest-bdm2019-excerpt.json": [42, 42, 0],
        "devfest-ohio2023-excerpt.json": [20, 20, 0],
        "devfest-porto2016/schedule.json": [21, 21, 0],
    }
    assert all(cell == f"{row[1]}/{row[1]}" for row in rows.values() for cell in row[4:])
