"""How much of each real JSON session list, AFPy schedule and KonOpas list `program` reads: items, fields exact.

Run from the project root:  python bench/json_fidelity.py  (prints a markdown table)

For every file in tests/data/json_rows, tests/data/afpy_schedule, tests/data/konopas and
tests/data/conference_hall the items are counted
with the json module alone and their fields worked out from the JSON as each file writes
them, without `program`:

- json-rows: one item per object. SRCCON: `title`, people `facilitator` then `cofacilitator`.
  DevRelCon Tokyo, read with its speakers.json: `title_en`, the JavaScript dates of
  `start_datetime`/`end_datetime` with their GMT offset, people the speakers that
  `first_speaker`/`second_speaker` name by id (`name_en`, else `name_ja`; none for the three
  sponsors' ids the file lacks). Monaca UG: read with the program
  file's mapping `people = "name"`, `room = "track"` and the date 2019-10-19 (Tokyo): `time`
  on that day, room `track`, people `name` with `company` as "Name [Company]". PackagingCon:
  `title`, the `name` of each of `speakers`. CocoaHeads, read with its speakers.json and
  rooms.json: the start in `date`, the end `duration` minutes later, the `title` of the room
  `room` names by id, the `name` of the speaker `speaker` names (none for 0, which names nobody).
  ASRU AI4CSL 2025: `time` on 6 December 2025 (Honolulu), `room`, `speakerNames`; a row without
  a title is titled "Type: names". Mini-Conf's main_calendar.json: `start`/`end`, no room (its
  `location`s are web addresses and pages of the site), no people. ISGIE 2022: `time` on 18 September
  2022 (Singapore), the `session` without its tags, the `speaker`'s first line as the name (no honorific)
  and the lines after it (no note in brackets) as its affiliation. WebRTC Conference Japan 2016: day 1's
  list on 16 February 2016, day 2's `track1`/`track2` lists on the 17th with the track as the room (Tokyo),
  `<BR>` in a title a space, the speaker ids as written. FrontInVale 2023 (`json_trial25.frontinvale2023`):
  `hour` on 2 September 2023, people the "por NAME" bylines its descriptions are made of.
- afpy-schedule: each talk of `schedule` and `sprints` where it is placed (day, row, room id):
  `title`, the slot of that room and day (`slot`, or of `slots`), its start and end instants,
  the room's English name, the speakers' names; and each break of `extra` (title, start).
- conference-hall: each of `sessions`: `title`, `start`/`end` as the `timeZone`'s wall clock (written
  with a Z; the site shows `getUTCHours()`), room `track`, people `proposal.speakers[].name`.
- konopas: each entry with a `title` (SWAcamp's first, all null, is none): `date` (Finncon 2013: `day`)
  and `time` in the convention's zone, the end `mins` later, the room `loc[0]`, the `people` names
  (a role note `(Session Chair)`, `(PJ)`, `(M)` left out, a name given twice once); white space as one space.

Then each file is read with its reader and items matched to the expected by title (and room and start, for a
title given several times), in order.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from json_sources_asia import KUALA_LUMPUR, isgie, ncpce  # noqa: E402
from json_trial25 import SAO_PAULO, cpbr10, frontinvale2023  # noqa: E402

from program.model import Program  # noqa: E402
from program.readers import ReadContext, decode_feed  # noqa: E402
from program.readers.afpy_schedule import AfpyScheduleReader  # noqa: E402
from program.readers.conference_hall import ConferenceHallReader  # noqa: E402
from program.readers.json_rows import JsonRowsReader  # noqa: E402
from program.readers.konopas import KonopasReader  # noqa: E402

DATA = ROOT / "tests" / "data"
TOKYO = ZoneInfo("Asia/Tokyo")
PARIS = ZoneInfo("Europe/Paris")
CHICAGO = ZoneInfo("America/Chicago")
NEW_YORK = ZoneInfo("America/New_York")
HONOLULU = ZoneInfo("Pacific/Honolulu")
SINGAPORE = ZoneInfo("Asia/Singapore")
FIELDS = ("title", "start", "end", "room", "people")
Expected = dict[str, Any]


def _text(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("en") or next((entry for entry in value.values() if entry), "")
    return " ".join(str(value or "").split())


def _js(value: str) -> datetime:
    """A JavaScript date ("Fri Mar 10 2023 12:00:00 GMT+0900 (日本標準時)") as the instant it names."""
    return datetime.strptime(value.split(" (", maxsplit=1)[0], "%a %b %d %Y %H:%M:%S GMT%z")


def srccon(rows: list[Any]) -> Iterator[Expected]:
    """SRCCON: the title, the facilitator then the cofacilitator."""
    for row in rows:
        people = [_text(row[key]) for key in ("facilitator", "cofacilitator") if _text(row.get(key))]
        yield {"title": _text(row["title"]), "start": None, "end": None, "room": None, "people": people}


def _by_id(name: str, key: str | None, field: str, *others: str) -> dict[Any, str]:
    """A joined file's rows by id: the first of `field`, `others` that is not empty."""
    document = json.loads((DATA / "json_rows" / name).read_text(encoding="utf-8"))
    rows = document[key] if key else document
    return {row["id"]: next(row[f] for f in (field, *others) if row[f] or f == (field, *others)[-1]) for row in rows}


def devreltokyo(rows: list[Any]) -> Iterator[Expected]:
    """DevRelCon Tokyo: the English title, the JavaScript dates' instants, the speakers the ids name."""
    names = _by_id("devreltokyo2023-speakers.json", None, "name_en", "name_ja")
    for row in rows:
        people = [names[row[key]] for key in ("first_speaker", "second_speaker") if row.get(key) in names]
        start, end = _js(row["start_datetime"]), _js(row["end_datetime"])
        yield {"title": _text(row["title_en"]), "start": start, "end": end, "room": None, "people": people}


def _ended_at_next_start(entries: list[Expected]) -> Iterator[Expected]:
    """The entries, each given only a start ended at the day's next later start (docs/formats.md), the last not."""
    starts = sorted(entry["start"] for entry in entries if entry["start"] is not None)
    for entry in entries:
        start = entry["start"]
        later = [other for other in starts if start is not None and other > start and other.date() == start.date()]
        yield {**entry, "end": later[0] if later else None} if start is not None and entry["end"] is None else entry


def monaca(rows: list[Any]) -> Iterator[Expected]:
    """Monaca UG: the time on 19 October 2019 in Tokyo, the track as room, the name with its company."""
    entries: list[Expected] = []
    for row in rows:
        start = datetime.combine(date(2019, 10, 19), datetime.strptime(row["time"], "%H:%M").time(), TOKYO)
        name, company = _text(row["name"]), _text(row["company"])
        people = [f"{name} [{company}]" if company else name] if name else []
        entries.append(
            {"title": _text(row["title"]), "start": start, "end": None, "room": row["track"], "people": people}
        )
    return _ended_at_next_start(entries)


def packagingcon(rows: list[Any]) -> Iterator[Expected]:
    """PackagingCon: the title and each speaker's name."""
    for row in rows:
        people = [_text(speaker["name"]) for speaker in row["speakers"]]
        yield {"title": _text(row["title"]), "start": None, "end": None, "room": None, "people": people}


def srccon_schedule(rows: list[Any]) -> Iterator[Expected]:
    """SRCCON's schedule: `day` Thursday 6 or Friday 7 December 2018 (Chicago), `time` one am/pm for both ends."""
    entries: list[Expected] = []
    for row in rows:
        day = date(2018, 12, 6 if row["day"] == "Thursday" else 7)
        suffix = row["time"][-2:]
        clocks = [part if part.endswith(("am", "pm")) else part + suffix for part in row["time"].split("-")]
        start, *end = [_clock(day, clock) for clock in clocks]
        people = [name.strip() for name in row["facilitators"].split(",") if name.strip()]
        entries.append({"title": _text(row["title"]), "start": start, "end": end[0] if end else None,
                        "room": row["room"], "people": people})  # fmt: skip
    return _ended_at_next_start(entries)


def _clock(day: date, clock: str) -> datetime:
    """A 12-hour clock ("10am", "3:30pm") on a day in Chicago."""
    written = clock if ":" in clock else clock[:-2] + ":00" + clock[-2:]
    return datetime.combine(day, datetime.strptime(written, "%I:%M%p").time(), CHICAGO)


def cocoaheads(document: Any) -> Iterator[Expected]:
    """CocoaHeads: the start in `date`, the end `duration` minutes later, the room and speaker the ids name."""
    rooms = _by_id("cocoaheads2016-rooms.json", "rooms", "title")
    speakers = _by_id("cocoaheads2016-speakers.json", "speakers", "name")
    for talk in document["talks"]:
        start = datetime.fromisoformat(talk["date"])
        end = start + timedelta(minutes=talk["duration"])
        people = [speakers[talk["speaker"]]] if talk["speaker"] in speakers else []
        yield {"title": _text(talk["title"]), "start": start, "end": end, "room": rooms[talk["room"]], "people": people}


def asru(rows: list[Any]) -> Iterator[Expected]:
    """ASRU AI4CSL 2025: `time` "14:05–14:35" on 6 December 2025 in Honolulu, `room`, people `speakerNames`.

    A row without a title (the keynote and talks) is titled by its type and names (docs/formats.md).
    """
    for row in rows:
        first, last = (datetime.strptime(clock, "%H:%M").time() for clock in row["time"].split("–"))
        people = row.get("speakerNames", [])
        title = row.get("title") or f"{row['type'].capitalize()}: {', '.join(people)}"
        day = date(2025, 12, 6)
        yield {"title": title, "start": datetime.combine(day, first, HONOLULU),
               "end": datetime.combine(day, last, HONOLULU), "room": row["room"], "people": people}  # fmt: skip


def miniconf_calendar(rows: list[Any]) -> Iterator[Expected]:
    """Mini-Conf's main_calendar.json (ICLR 2020): `start`/`end` instants, no room, no people.

    Every `location` is a web address or a page of the site (or null): none is a room.
    """
    for row in rows:
        yield {"title": row["title"], "start": datetime.fromisoformat(row["start"]),
               "end": datetime.fromisoformat(row["end"]), "room": None, "people": []}  # fmt: skip


def afpy(document: Any) -> Iterator[Expected]:
    """AFPy: each talk where it is placed, with that place's slot; each break of `extra`."""
    for section in ("schedule", "sprints"):
        for day, minutes in document.get(section, {}).items():
            for talks in minutes.values():
                for room_id, talk in talks.items():
                    slot = talk.get("slot") or next(
                        slot
                        for slot in talk["slots"]
                        if str(slot["room"]["id"]) == room_id and slot["start"].startswith(day)
                    )
                    room = slot["room"].get("name", slot["room"])
                    yield {
                        "title": _text(talk["title"]),
                        "start": datetime.fromisoformat(slot["start"]),
                        "end": datetime.fromisoformat(slot["end"]),
                        "room": _text(room),
                        "people": [_text(speaker["name"]) for speaker in talk["speakers"]],
                    }
    for day, minutes in document.get("extra", {}).items():
        for minute, entry in minutes.items():
            midnight = datetime.combine(date.fromisoformat(day), datetime.min.time(), PARIS)
            start = midnight.replace(hour=int(minute) // 60, minute=int(minute) % 60)
            yield {"title": _text(entry["title"]), "start": start, "end": None, "room": None, "people": []}


def webrtcjp(document: dict[str, Any]) -> Iterator[Expected]:
    """WebRTC Conference Japan 2016: day 1's list on 16 February 2016 (Tokyo), day 2's two tracks on the 17th.

    The title with its `<BR>`s as spaces, the speaker ids as written (the names are in another file), and
    day 2's track key (`track1`, `track2`) as the room; day 1 has none.
    """
    lists = [(date(2016, 2, 16), None, document["day1"])]
    lists += [(date(2016, 2, 17), track, rows) for track, rows in document["day2"].items()]
    for day, room, rows in lists:
        for row in rows:
            start, end = (datetime.combine(day, datetime.strptime(row[key], "%H:%M").time(), TOKYO)
                          for key in ("start", "end"))  # fmt: skip
            title = " ".join(re.sub(r"<br>", " ", row["title"], flags=re.IGNORECASE).split())
            yield {"title": title, "start": start, "end": end, "room": room, "people": list(row["speakers"])}


_ROLE_NOTE = re.compile(r"\s*\((?:Session Chair|PJ|M)\)$")


def konopas(entries: list[Any], zone: ZoneInfo) -> Iterator[Expected]:
    """KonOpas: each titled entry at `date` (or `day`) and `time`, `mins` long, in `loc[0]`, with its people."""
    for entry in entries:
        if not entry.get("title"):
            continue
        start = datetime.fromisoformat(f"{entry.get('date') or entry['day']}T{entry['time']}").replace(tzinfo=zone)
        places = entry.get("loc") or []
        people = entry.get("people") or []
        names = dict.fromkeys(" ".join(_ROLE_NOTE.sub("", person["name"]).split()) for person in people)
        room = " ".join(places[0].split()) if places and places[0] else None
        yield {"title": " ".join(entry["title"].split()), "start": start,
               "end": start + timedelta(minutes=int(entry["mins"])), "room": room, "people": list(names)}  # fmt: skip


def conference_hall(document: dict[str, Any]) -> Iterator[Expected]:
    """Conference Hall: `start`/`end` are the `timeZone`'s wall clock written with a Z, `track` the room."""
    zone = ZoneInfo(document["timeZone"])
    for session in document["sessions"]:
        start, end = (datetime.fromisoformat(session[key][:19]).replace(tzinfo=zone) for key in ("start", "end"))
        speakers = (session["proposal"] or {}).get("speakers", [])
        yield {"title": session["title"], "start": start, "end": end, "room": session["track"],
               "people": [speaker["name"] for speaker in speakers]}  # fmt: skip


HOPE_PEOPLE = {
    "Ray H. O'Neal, Jr.": ["Ray H. O'Neal, Jr."],  # one person, a generation after the comma
    "WJ, Alex Muentz": ["WJ", "Alex Muentz"],  # two: a speaker known by initials, then a whole name
    "Emmanuel Goldstein and friends": ["Emmanuel Goldstein"],  # the friends are nobody named
}
"""HOPE 9's speaker names that are not one person as written, read off the file."""


def hope9(rows: list[Any]) -> Iterator[Expected]:
    """HOPE 9's app: `when` in New York, `length` (else the day's next start), `location`, the speakers' names.

    A name's bracketed handle is left out ("Da Beave (Champ Clark III)" is Da Beave).
    """
    entries = []
    for row in rows:
        start = datetime.fromisoformat(row["when"]).replace(tzinfo=NEW_YORK)
        hours = re.fullmatch(r"(\d+) hours?", row.get("length") or "")
        people = [
            name
            for speaker in row["speakers"]
            for name in HOPE_PEOPLE.get(speaker["name"], [re.sub(r"\s*\([^()]*\)$", "", speaker["name"])])
        ]
        end = start + timedelta(hours=int(hours[1])) if hours else None
        entries.append({"title": _text(row["title"]), "start": start, "end": end, "room": row["location"],
                        "people": people})  # fmt: skip
    return _ended_at_next_start(entries)


def _in(zone: str) -> Any:
    return lambda entries: konopas(entries, ZoneInfo(zone))


CASES = (
    ("json_rows/srccon-work-sessions.json", srccon, ReadContext()),
    (
        "json_rows/devreltokyo2023-sessions.json",
        devreltokyo,
        ReadContext(timezone=TOKYO, companions=(str(DATA / "json_rows" / "devreltokyo2023-speakers.json"),)),
    ),
    (
        "json_rows/monacaug2019-sessions.json",
        monaca,
        ReadContext(date(2019, 10, 19), TOKYO, (("people", "name"), ("room", "track"))),
    ),
    ("json_rows/packagingcon-talks.json", packagingcon, ReadContext()),
    ("json_rows/srccon-work-schedule.yaml", srccon_schedule, ReadContext(date(2018, 12, 6), CHICAGO)),
    (
        "json_rows/cocoaheads2016-talks.json",
        cocoaheads,
        ReadContext(
            timezone=ZoneInfo("America/Sao_Paulo"),
            companions=tuple(str(DATA / "json_rows" / f"cocoaheads2016-{name}.json") for name in ("speakers", "rooms")),
        ),
    ),
    ("json_rows/asru2025-ai4csl-schedule.json", asru, ReadContext(date(2025, 12, 6), HONOLULU)),
    ("json_rows/miniconf-iclr2020-main_calendar.json", miniconf_calendar, ReadContext()),
    ("afpy_schedule/pyconfr2024-schedule.json", afpy, ReadContext(timezone=PARIS)),
    ("afpy_schedule/pyconfr2025-schedule-excerpt.json", afpy, ReadContext(timezone=PARIS)),
    ("json_rows/ncpce2026-programme.json", ncpce, ReadContext(timezone=KUALA_LUMPUR)),
    ("json_rows/isgie2022-program.json", isgie, ReadContext(date(2022, 9, 18), SINGAPORE)),
    ("json_rows/webrtcjp2016-sessions.json", webrtcjp, ReadContext(date(2016, 2, 16), TOKYO)),
    ("json_rows/hope9-schedule-excerpt.json", hope9, ReadContext(timezone=NEW_YORK)),
    ("konopas/swacamp2017-program.json", _in("Europe/Berlin"), ReadContext(timezone=ZoneInfo("Europe/Berlin"))),
    ("konopas/ccscne2015-program.js", _in("America/New_York"), ReadContext(timezone=ZoneInfo("America/New_York"))),
    ("konopas/lonestarcon3-2013-thursday.js", _in("America/Chicago"), ReadContext(timezone=CHICAGO)),
    ("conference_hall/devquest2026-schedule-excerpt.json", conference_hall, ReadContext()),
    ("konopas/finncon2013-program.js", _in("Europe/Helsinki"), ReadContext(timezone=ZoneInfo("Europe/Helsinki"))),
    ("json_rows/cpbr10-schedule-excerpt.json", cpbr10, ReadContext(timezone=SAO_PAULO)),
    ("json_rows/cpbr10-speakers-excerpt.json", cpbr10, ReadContext(timezone=SAO_PAULO)),
    ("json_rows/frontinvale2023-schedule.json", frontinvale2023, ReadContext(date(2023, 9, 2), SAO_PAULO)),
)


def measure(name: str, expected_of: Any, context: ReadContext) -> list[Any]:
    """The table row of one file: items in the source, items read, errors, and each field's exact count."""
    path = DATA / name
    text = path.read_text(encoding="utf-8")
    if name.startswith("konopas"):  # a script's list: between its first "[" and its last "]"
        text = text[text.index("[") : text.rindex("]") + 1]
    expected = list(expected_of(json.loads(text, strict=False)))
    readers = {"afpy": AfpyScheduleReader(), "konopas": KonopasReader(), "conference": ConferenceHallReader()}
    reader = readers.get(name.split("/", maxsplit=1)[0].split("_", maxsplit=1)[0], JsonRowsReader())
    program: Program = reader.read(decode_feed(path.read_bytes(), path.name), source=path.name, context=context)
    unmatched = list(program.items)
    exact = dict.fromkeys(FIELDS, 0)
    read = 0
    for want in expected:
        titled = [item for item in unmatched if item.title == want["title"]]  # "Frameworks" three times
        item = min(titled, key=lambda item: (item.location != want["room"], item.start != want["start"]), default=None)
        if item is None:
            continue
        unmatched.remove(item)
        read += 1
        got = {"title": item.title, "start": item.start, "end": item.end, "room": item.location,
               "people": list(item.people)}  # fmt: skip
        for field in FIELDS:
            exact[field] += got[field] == want[field]
    errors = sum(1 for problem in program.problems if problem.severity.value == "error")
    return [path.name, reader.name, len(expected), read, errors, *(f"{exact[field]}/{read}" for field in FIELDS)]


def main() -> None:
    """Print the table of every real file."""
    rows = [measure(*case) for case in CASES]
    print("| file | reader | items (json) | read | errors | " + " | ".join(FIELDS) + " |")
    print("|---|---|---:|---:|---:|" + "---:|" * len(FIELDS))
    for row in rows:
        print("| " + " | ".join(str(cell) for cell in row) + " |")


if __name__ == "__main__":
    main()
