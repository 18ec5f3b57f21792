"""KonOpas' programme lists: SWAcamp 2017 (trial 18, bare JSON), CCSCNE 2015, LoneStarCon 3 and Finncon 2013 (scripts).

Expectations come from the files through `json` (the list between the first `[` and the last
`]`): an item per titled entry, starting at `date` (Finncon: `day`) and `time` in the
convention's zone, ending `mins` later, in the room `loc[0]`, with the `people` names (a role
note such as `(Session Chair)`, `(PJ)`, `(M)` is no part of a name, white space in a name, title or room is one space;
a name listed twice is one person).
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from program.errors import ParseError
from program.model import Program
from program.readers import ReadContext, decode_feed, detect_readers
from program.readers.konopas import KonopasReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "konopas"
ZONES = {
    "swacamp2017-program.json": "Europe/Berlin",
    "ccscne2015-program.js": "America/New_York",
    "lonestarcon3-2013-thursday.js": "America/Chicago",
    "finncon2013-program.js": "Europe/Helsinki",
}
_ROLE = re.compile(r"\s*\((?:Session Chair|PJ|M)\)$")


def _read(name: str, **settings: Any) -> Program:
    path = DATA / name
    context = ReadContext(timezone=ZoneInfo(ZONES[name]), **settings)
    return KonopasReader().read(decode_feed(path.read_bytes(), name), source=name, context=context)


def _expected(name: str) -> list[tuple[str, datetime, datetime, str | None, tuple[str, ...]]]:
    text = (DATA / name).read_text(encoding="utf-8")
    zone = ZoneInfo(ZONES[name])
    found = []
    for entry in json.loads(text[text.index("[") : text.rindex("]") + 1], strict=False):
        if not entry.get("title"):
            continue
        start = datetime.fromisoformat(f"{entry.get('date') or entry['day']}T{entry['time']}").replace(tzinfo=zone)
        names = dict.fromkeys(" ".join(_ROLE.sub("", person["name"]).split()) for person in entry.get("people") or [])
        places = entry.get("loc") or []
        room = " ".join(places[0].split()) if places and places[0] else None
        end = start + timedelta(minutes=int(entry["mins"]))
        found.append((" ".join(entry["title"].split()), start, end, room, tuple(names)))
    return found


@pytest.mark.parametrize("name", sorted(ZONES))
def test_every_item_reads_with_its_title_times_room_and_people(name: str) -> None:
    program = _read(name)
    read = [(item.title, item.start, item.end, item.location, item.people) for item in program.items]
    expected = _expected(name)

    assert len(read) == len(expected)
    wrong = [item for item in expected if item not in read]
    # LoneStarCon 3 writes two nicknames in brackets ("J.L. (Jim) Doty", "W. A. (Bill) Thomasson"): the
    # people cell reads a bracket as a note, so the name is "J.L. Doty"
    nicknamed = [item for item in wrong if any("(" in person for person in item[4])]
    assert wrong == nicknamed
    assert len(nicknamed) == (2 if name.startswith("lonestarcon") else 0)


@pytest.mark.parametrize("name", sorted(ZONES))
def test_only_the_konopas_reader_claims_the_lists(name: str) -> None:
    text = decode_feed((DATA / name).read_bytes(), name)

    assert [reader.name for reader in detect_readers(text)] == ["konopas"]


def test_swacamp_2017_the_room_is_loc_and_the_all_null_entry_is_no_item() -> None:
    program = _read("swacamp2017-program.json")
    berlin = ZoneInfo("Europe/Berlin")

    assert len(program.items) == 52  # 53 entries, the first every field null (lines 2-17)
    pizza = program.items[0]
    # lines 22-31: "title": "Socialising + Pizza", "date": "2017-09-08", "time": "18:00", "mins": "360",
    # "loc": ["Unterwelt"]
    assert (pizza.title, pizza.location) == ("Socialising + Pizza", "Unterwelt")
    assert pizza.start == datetime(2017, 9, 8, 18, 0, tzinfo=berlin)
    assert pizza.end == datetime(2017, 9, 9, 0, 0, tzinfo=berlin)
    assert any("columns (KonOpas' fields): " in line and "loc → room" in line for line in program.reading)


def test_lonestarcon_3_the_room_is_locs_first_place_and_the_building_is_said_unread() -> None:
    program = _read("lonestarcon3-2013-thursday.js")
    gender = next(item for item in program.items if item.title == "Convention Program Gender Parity")

    # "loc":["006A (160)","Convention Center"], "date":"2013-08-29", "day":"Thursday", "time":"12:00", "mins":"60"
    assert gender.location == "006A (160)"
    assert gender.start == datetime(2013, 8, 29, 12, 0, tzinfo=ZoneInfo("America/Chicago"))
    assert gender.people == ("Janice Gelb", "Priscilla Olson", "Ian E. Stockdale")
    assert "not read: day, id, tags, loc.area" in program.reading


def test_ccscne_2015_a_session_chairs_role_note_is_no_part_of_the_name() -> None:
    program = _read("ccscne2015-program.js")
    session = next(item for item in program.items if item.title == "Paper Session 1A: Curricular Issues")

    # {"id": "15", …, "people": [{"id": "13", "name": "Michael Gousie (Session Chair)"}], "time": "14:30",
    # "loc": ["Hogan Room 401"]
    assert session.people == ("Michael Gousie",)
    assert session.location == "Hogan Room 401"


def test_finncon_2013_names_its_dates_day() -> None:
    program = _read("finncon2013-program.js")

    assert {item.start.date().isoformat() for item in program.items if item.start} == {
        "2013-07-05",
        "2013-07-06",
        "2013-07-07",
    }
    assert any("day → date" in line for line in program.reading)


def test_a_program_files_columns_replace_konopas_own() -> None:
    program = _read("swacamp2017-program.json", columns=(("title", "title"), ("date", "date"), ("time", "time")))

    assert len(program.items) == 52
    assert all(item.location is None for item in program.items)
    assert "not read: id, tags, people, loc" in program.reading


def test_a_script_whose_list_does_not_close_is_refused_at_its_first_line() -> None:
    text = 'var program = [{"id": "1", "title": "Opening", "time": "09:00", "mins": "60",\n"loc": ["Hall"]}'

    with pytest.raises(ParseError) as raised:
        KonopasReader().read(text, source="program.js", context=ReadContext(timezone=ZoneInfo("UTC")))

    assert str(raised.value) == "program.js:1: error: expected the script's list to close at its end (`];`)"


def test_an_error_in_the_list_is_said_at_its_line_in_the_script() -> None:
    text = 'var program = [\n{"id": "1", "title": "Opening", "mins": "60", "loc": ["Hall"],\n"time" "09:00"}];\n'

    with pytest.raises(ParseError) as raised:
        KonopasReader().read(text, source="program.js", context=ReadContext(timezone=ZoneInfo("UTC")))

    assert str(raised.value) == ("program.js:3: error: expected JSON: Expecting ':' delimiter (column 8)")


def test_times_without_a_zone_ask_for_one() -> None:
    path = DATA / "ccscne2015-program.js"

    with pytest.raises(Exception, match="--timezone"):
        KonopasReader().read(decode_feed(path.read_bytes(), path.name), source=path.name, context=ReadContext())


def test_path_of_every_file_is_in_provenance() -> None:
    provenance = (DATA / "PROVENANCE.md").read_text(encoding="utf-8")

    assert all(f"| {Path(name).name} |" in provenance for name in ZONES)
