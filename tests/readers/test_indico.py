"""Indico JSON exports: every entry of the real excerpts read, times exact, bad entries named by path."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from program.errors import UsageError
from program.loading import load_program
from program.model import Kind, Program, Severity
from program.readers import ReadContext, detect_readers
from program.readers.indico import IndicoReader
from program.settings import FeedSpec, Settings

from helpers import ROOT

INDICO = Path(__file__).resolve().parent.parent / "data" / "indico"
CHEP = INDICO / "chep2009-timetable.json"
FEL = INDICO / "fel2022-sessions.json"
DOCS_CONTRIBUTIONS = INDICO / "indico-docs-137346-contributions.json"
DOCS_SESSIONS = INDICO / "indico-docs-137346-sessions.json"
IN2P3 = INDICO / "in2p3-40025-sessions.json"
ZURICH = ZoneInfo("Europe/Zurich")


def _read(path: Path, zone: ZoneInfo | None = None) -> Program:
    return IndicoReader().read(path.read_text(encoding="utf-8"), source=path.name, context=ReadContext(timezone=zone))


def _stamp(raw: dict[str, str]) -> datetime:
    return datetime.fromisoformat(f"{raw['date']}T{raw['time']}").replace(tzinfo=ZoneInfo(raw["tz"]))


def _timetable_entries(path: Path) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Every contribution and break of a timetable export, with its session block, as json sees them."""
    found = []
    for days in json.loads(path.read_text(encoding="utf-8"))["results"].values():
        for entries in days.values():
            for entry in entries.values():
                if entry["entryType"] == "Session":
                    found += [(child, entry) for child in entry["entries"].values()]
                else:
                    found.append((entry, None))
    return found


@pytest.mark.parametrize("path", [CHEP, FEL, DOCS_CONTRIBUTIONS, DOCS_SESSIONS, IN2P3], ids=lambda path: path.name)
def test_real_exports_are_detected_as_indico_only(path: Path) -> None:
    assert [reader.name for reader in detect_readers(path.read_text(encoding="utf-8"))] == ["indico"]


def test_no_other_feed_of_the_repository_is_taken_for_indico() -> None:
    feeds = [
        path
        for folder in (ROOT / "seeds", ROOT / "tests" / "data")
        for path in folder.rglob("*")
        if path.suffix in {".json", ".xml", ".txt", ".ics", ".csv"} and INDICO not in path.parents
    ]
    taken = [path.name for path in feeds if IndicoReader().detect(path.read_text(encoding="utf-8", errors="replace"))]
    assert feeds
    assert taken == []


def test_timetable_reads_every_contribution_and_break_at_its_time() -> None:
    program = _read(CHEP)
    expected = sorted(
        (
            " ".join(raw["title"].split()),
            _stamp(raw["startDate"]),
            _stamp(raw["endDate"]),
            raw.get("room") or (block or {}).get("room") or None,
        )
        for raw, block in _timetable_entries(CHEP)
        if not (block and block["title"] == "Poster session")
    )
    ours = sorted(
        (item.title, item.start, item.end, item.location)
        for item in program.items
        if item.start and item.kind is not Kind.POSTER_SESSION
    )
    assert program.timezone == "Europe/Zurich"
    assert program.problems == ()
    assert ours == expected


def test_timetable_posters_are_shown_at_their_poster_session() -> None:
    program = _read(CHEP)
    sessions = [item for item in program.items if item.kind is Kind.POSTER_SESSION]
    posters = [item for item in program.items if item.kind is Kind.POSTER]
    block = json.loads(CHEP.read_text(encoding="utf-8"))["results"]["35523"]["20090323"]["s28l0"]
    assert [(item.title, item.start, item.end) for item in sessions] == [
        ("Poster session", _stamp(block["startDate"]), _stamp(block["endDate"]))
    ]
    assert [poster.title for poster in posters] == [entry["title"] for entry in block["entries"].values()]
    assert {(poster.start, poster.sessions, poster.day) for poster in posters} == {
        (None, (sessions[0].id,), sessions[0].start.date() if sessions[0].start else None)
    }


def test_timetable_presenters_surname_first_are_turned_round_and_blocks_become_tracks() -> None:
    program = _read(CHEP)
    opening = next(item for item in program.items if item.title == "Opening Address")
    lunch = next(item for item in program.items if item.title == "lunch")
    raw = json.loads(CHEP.read_text(encoding="utf-8"))["results"]["35523"]["20090323"]["s0l0"]["entries"]
    assert next(person["name"] for person in next(iter(raw.values()))["presenters"]) == "DRAHOS, Jiri"
    # CHEP 2009's "affiliation" fields hold the presenters' offices, as the export wrote them; "SURNAME, Given"
    # (Indico before 2.0) turned round, as every other reader gives a name (the outputs show "Jiri Drahos")
    assert opening.people == (
        "Jiri DRAHOS [chair of the Academy of Sciences of the Czech Republic]",
        "Vaclav HAMPL [rector of the Charles University in Prague]",
        "Vaclav HAVLICEK [rector of the Czech Technical University in Prague]",
    )
    assert (opening.kind, opening.track, opening.location) == (Kind.OPENING, "Opening", "Congress Hall")
    assert (lunch.kind, lunch.label, lunch.track) == (Kind.BREAK, "Break", None)


def test_timetable_break_inside_a_block_is_a_break_in_the_blocks_room() -> None:
    program = _read(CHEP)
    summary = json.loads(CHEP.read_text(encoding="utf-8"))["results"]["35523"]["20090327"]["s67l1"]
    inner = [entry for entry in summary["entries"].values() if entry["entryType"] == "Break"]
    breaks = [item for item in program.items if item.kind is Kind.BREAK and item.track == "Summary"]
    assert [(item.title, item.location) for item in breaks] == [
        (entry["title"].strip(), entry["room"] or summary["room"]) for entry in inner
    ]


def test_session_export_reads_every_contribution_with_its_speakers_type_and_track() -> None:
    program = _read(FEL)
    event = json.loads(FEL.read_text(encoding="utf-8"))["results"][0]
    listed = [(slot, raw) for slot in event["sessions"] for raw in slot["contributions"]]
    by_title = {item.title: item for item in program.items if item.kind is not Kind.POSTER_SESSION}
    assert (program.title, program.timezone, program.venue) == ("FEL2022", "Europe/Zurich", "Trieste Convention Centre")
    assert program.problems == ()
    assert len(by_title) == len(listed)
    for slot, raw in listed:
        item = by_title[" ".join(raw["title"].split())]
        speakers = tuple(
            f"{person['first_name']} {person['last_name']}"
            + (f" [{person['affiliation']}]" * bool(person["affiliation"]))
            for person in raw["speakers"]
        )
        assert item.people == speakers
        assert item.label == raw["type"]
        assert item.track == (raw["track"] or " ".join(slot["title"].split()))
        if slot["session"]["isPoster"]:
            assert (item.kind, item.start, item.location) == (Kind.POSTER, None, slot["roomFullname"])
        else:
            assert (item.start, item.end) == (_stamp(raw["startDate"]), _stamp(raw["endDate"]))
            assert item.location == raw["roomFullname"]


@pytest.mark.parametrize("path", [DOCS_CONTRIBUTIONS, DOCS_SESSIONS], ids=lambda path: path.name)
def test_indico_docs_exports_read_every_contribution_once_with_its_session_as_track(path: Path) -> None:
    """Indico 0.97's own example responses: contributions listed once in each shape, session by title."""
    event = json.loads(path.read_text(encoding="utf-8"))["results"][0]
    listed = {raw["id"]: raw for raw in event["contributions"]}
    listed |= {raw["id"]: raw for slot in event.get("sessions", []) for raw in slot["contributions"]}
    expected = sorted(
        (raw["title"], _stamp(raw["startDate"]), _stamp(raw["endDate"]), raw["session"]) for raw in listed.values()
    )
    program = _read(path)
    assert program.problems == ()
    assert (program.title, program.timezone) == ("Export Test", "Europe/Zurich")
    assert sorted((item.title, item.start, item.end, item.track) for item in program.items) == expected
    assert ("d2s1c1", "d2s1") in {(item.title, item.track) for item in program.items}


def test_session_export_kinds_come_from_the_contribution_types() -> None:
    kinds = {item.label: item.kind for item in _read(FEL).items if item.label != "Session"}
    assert kinds == {
        "Invited Orals": Kind.INVITED_TALK,
        "Contributed Oral": Kind.ORAL,
        "Contributed Poster": Kind.POSTER,
    }


def test_program_zone_is_the_one_asked_for_and_times_stay_the_same_instants() -> None:
    here = _read(FEL)
    tokyo = _read(FEL, ZoneInfo("Asia/Tokyo"))
    assert tokyo.timezone == "Asia/Tokyo"
    assert [item.start for item in tokyo.items] == [item.start for item in here.items]
    assert {item.start.tzinfo for item in tokyo.items if item.start} == {ZoneInfo("Asia/Tokyo")}


def test_reading_says_what_was_read() -> None:
    assert _read(FEL).reading == (
        "32 contributions, 0 breaks, 7 session blocks (2 poster sessions), 32 people, 2 rooms",
        "31 people with an affiliation, kept as Name [Affiliation]",
    )


CONTRIBUTIONS = """{"count": 1, "_type": "HTTPAPIResult", "url": "https://indico.example.org/export/event/7.json",
 "results": [{"_type": "Conference", "title": "Workshop", "timezone": "America/Chicago", "contributions": [
  {"title": "Alpha", "startDate": {"date": "2024-06-10", "time": "09:00:00", "tz": "America/Chicago"},
   "endDate": {"date": "2024-06-10", "time": "09:30:00", "tz": "America/Chicago"}, "room": "B1",
   "speakers": [{"firstName": "Ada", "familyName": "Lovelace", "affiliation": "X"}], "type": null},
  {"title": "Beta", "startDate": null, "endDate": null, "speakers": []},
  {"title": "Gamma", "startDate": {"date": "2024-06-31", "time": "10:00:00", "tz": "America/Chicago"}},
  {"title": "Delta", "startDate": {"date": "2024-06-10", "time": "10:00:00", "tz": "Mars/Olympus"}}
 ]}]}
"""


def test_contributions_export_unscheduled_left_out_with_a_warning_and_bad_stamps_named() -> None:
    program = IndicoReader().read(CONTRIBUTIONS, source="w.json", context=ReadContext())
    assert [(item.title, item.people, item.location) for item in program.items] == [
        ("Alpha", ("Ada Lovelace [X]",), "B1")
    ]
    assert [(problem.severity, problem.code, str(problem.source)) for problem in program.problems] == [
        (Severity.WARNING, "unscheduled-contribution", "w.json:6"),
        (Severity.ERROR, "unreadable-contribution", "w.json:7"),
        (Severity.ERROR, "unreadable-contribution", "w.json:8"),
    ]
    assert program.problems[1].message.endswith("(at $.results[0].contributions[2])")
    assert "'Mars/Olympus'" in program.problems[2].message


def test_export_without_any_zone_asks_for_timezone() -> None:
    document = CONTRIBUTIONS.replace('"timezone": "America/Chicago", ', "").replace(', "tz": "America/Chicago"', "")
    with pytest.raises(UsageError, match="--timezone"):
        IndicoReader().read(document, source="w.json", context=ReadContext())
    program = IndicoReader().read(document, source="w.json", context=ReadContext(timezone=ZoneInfo("Europe/Rome")))
    assert program.items[0].start == datetime(2024, 6, 10, 9, 0, tzinfo=ZoneInfo("Europe/Rome"))


@pytest.mark.parametrize(
    "opening",
    [
        '{"count": 2, "next": null, "previous": null, "results": [{"id": 1}]}',
        '{"ts": 1, "results": [{"title": "no Indico stamp here"}]}',
        '{"schedule": {"conference": {}}, "results": {}}',
    ],
)
def test_other_json_with_results_is_not_taken_for_indico(opening: str) -> None:
    assert not IndicoReader().detect(opening)


def test_timetable_without_wrapper_is_still_a_timetable() -> None:
    assert IndicoReader().detect('{"results": {"1": {"20240610": {}}}}')


def test_presenters_affiliations_become_the_people_indexs_affiliations() -> None:
    # FEL2022: "Cecilia" "Blasetti" of "Elettra-Sincrotrone Trieste S.C.p.A."; Marina Kozlik
    # Mercatelli's affiliation is "" in the export
    settings = Settings(feeds=(FeedSpec(FEL),))
    program = load_program(settings).program
    calls = next(item for item in program.items if item.title == "Calls overview and best practices examples")
    people = {person.name: person.affiliation for person in program.people}

    assert calls.people == ("Cecilia Blasetti [Elettra-Sincrotrone Trieste S.C.p.A.]",)
    assert people["Cecilia Blasetti"] == "Elettra-Sincrotrone Trieste S.C.p.A."
    assert people["Marina Kozlik Mercatelli"] is None


def test_in2p3_meeting_reads_its_five_contributions_as_a_reader_sees_them() -> None:
    """indico.in2p3.fr (Indico 3, 2026): a meeting of five contributions, written from the file.

    Contributions outside any session, not in time order in the file, no rooms; speakers as
    first_name/last_name (family names in capitals stay so), one speaker with a different
    affiliation in two contributions.
    """
    paris = ZoneInfo("Europe/Paris")
    program = _read(IN2P3)
    andrei = "Andrei Tsaregorodtsev [Aix Marseille Univ, CNRS/IN2P3, CPPM, Marseille, France]"
    expected = [
        ("Etat du projet", (14, 0), (14, 40), (andrei, "Vanessa Hamar [CC-IN2P3 / CNRS]")),
        (
            "Projets",
            (14, 40),
            (15, 20),
            (
                andrei,
                "Axel BONNET [{CNRS}UMR5220]",
                "Bertrand Rigaud [CC-IN2P3]",
                "Luisa Arrabito [LUPM]",
                "Natthan Pigoux [LUPM]",
                "Sorina POP [CNRS]",
            ),
        ),
        ("Publications / Conférences", (15, 20), (15, 25), (andrei,)),
        ("Consortium news", (15, 25), (15, 35), ("Andrei Tsaregorodtsev [CPPM-CNRS]",)),
        ("AOB", (15, 35), (15, 45), ()),
    ]
    assert (program.title, program.timezone, program.problems) == ("DIRAC Project meeting", "Europe/Paris", ())
    read = sorted(program.items, key=lambda item: item.start or datetime.min.replace(tzinfo=paris))
    assert [(item.title, item.start, item.end, item.people) for item in read] == [
        (title, datetime(2026, 7, 7, *start, tzinfo=paris), datetime(2026, 7, 7, *end, tzinfo=paris), people)
        for title, start, end, people in expected
    ]
    assert {item.kind for item in read} == {Kind.TALK}
    assert {item.location for item in read} == {None}
    assert read[1].links[0].url == "https://indico.in2p3.fr/event/40025/contributions/174308/"
    assert read[0].abstract is not None and "Tour de table" in read[0].abstract
    assert program.reading[0] == "5 contributions, 0 breaks, 0 session blocks (0 poster sessions), 7 people, 0 rooms"


def test_a_stray_comma_after_a_family_name_is_no_part_of_it() -> None:
    """XDC 2021: `"first_name": " Ravindra Babu", "last_name": "Ganapathi,"`, 15:25 to 16:10 UTC on 16 September."""
    warsaw = ZoneInfo("Europe/Warsaw")
    program = _read(INDICO / "xdc2021-contributions.json", warsaw)

    assert len(program.items) == 37
    sysman = next(item for item in program.items if item.title.startswith("Enabling Level zero Sysman APIS"))
    assert sysman.people == ("saikishore konda", "Ravindra Babu Ganapathi")
    assert (sysman.start, sysman.end) == (
        datetime(2021, 9, 16, 17, 25, tzinfo=warsaw),
        datetime(2021, 9, 16, 18, 10, tzinfo=warsaw),
    )
    assert not [name for item in program.items for name in item.people if name.endswith(",")]


def test_one_event_object_without_the_api_wrapper_reads_as_its_wrapped_export(tmp_path: Path) -> None:
    """JACoW's MEOW keeps FEL2022 twice: the API result, and its event object alone (events_44_light.json, trial 9)."""
    wrapped = FEL
    bare = tmp_path / "fel2022-event.json"
    bare.write_text(
        json.dumps(json.loads(wrapped.read_text(encoding="utf-8"))["results"][0], indent=2), encoding="utf-8"
    )
    assert [reader.name for reader in detect_readers(bare.read_text(encoding="utf-8"))] == ["indico"]
    alone, whole = _read(bare), _read(wrapped)
    assert [(item.title, item.start, item.end, item.people, item.location) for item in alone.items] == [
        (item.title, item.start, item.end, item.people, item.location) for item in whole.items
    ]
    assert len(alone.items) == 34  # the excerpt in tests/data: 32 timed contributions, 2 poster sessions
    assert alone.reading[0] == "one event object, without the API's results wrapper"
    assert [problem.code for problem in alone.problems] == [problem.code for problem in whole.problems]
