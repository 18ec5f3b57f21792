"""What each real JSON site programme of tests/data/yaml_site holds, listed with `json` directly.

The yaml-site reader reads these JSON documents too (`readers/json_shape.py`); `yaml_fidelity.py`
compares its items with the entries listed here, as with the YAML files' (`yaml_sources.py`).
"""

from __future__ import annotations

import json

from yaml_sources import DATA, Entry, minutes, text_of


def clin35() -> list[Entry]:
    """CLIN 35 (excerpt, JSON): top entries, and each parallel block's sessions, each followed by its talks."""
    entries: list[Entry] = []
    for entry in json.loads((DATA / "clin35-programme-excerpt.json").read_text(encoding="utf-8")):
        if "events" not in entry:
            entries.append((entry["title"], minutes(entry["start"]), ()))
            continue
        for session in entry["events"]:
            entries.append((session["title"], minutes(entry["start"]), ()))
            entries += [(t["title"], minutes(t["time"]), tuple(t["author"].split(", "))) for t in session["talks"]]
    return entries


def agnbeach2026() -> list[Entry]:
    """AGN on the Beach II (JSON): days → sessions, no speakers."""
    document = json.loads((DATA / "agnbeach2026-programme.json").read_text(encoding="utf-8"))
    return [(s["title"], minutes(s["start"]), ()) for day in document["days"] for s in day["sessions"]]


def icrs2026() -> list[Entry]:
    """ICRS 2026 (excerpt, JSON): sessions each followed by its talks (the presenter and affiliation), then events."""
    document = json.loads((DATA / "icrs2026-programme-excerpt.json").read_text(encoding="utf-8"))
    entries: list[Entry] = []
    for session in document["sessions"]:
        entries.append((session["title"], minutes(session["start"]), ()))
        entries += [
            (
                t["title"],
                minutes(t["start"]),
                (f"{t['presenter']} [{t['affiliation']}]" if t["affiliation"] else t["presenter"],),
            )
            for t in session["talks"]
        ]
    return [*entries, *((e["title"], minutes(e["start"]), ()) for e in document["events"])]


def hkoscon2019() -> list[Entry]:
    """HKOSCon 2019 (its site's API JSON): days → timeslots → events titled under `display`, speakers by name."""
    document = json.loads((DATA / "hkoscon2019-timetable.json").read_text(encoding="utf-8"))
    return [
        (text_of(e["display"]), minutes(slot["startTime"]), tuple(text_of(s["name"]) for s in e["speakers"]))
        for day in document["days"]
        for slot in day["timeslots"]
        for e in slot["events"]
    ]


def devrelcon2021() -> list[Entry]:
    """DevRelCon Tokyo 2021 (excerpt): sessions keyed by UTC start, then track and slot number (a plenary's alone).

    The speakers are `first_speaker_name` and `second_speaker_name`; a lone speaker's `company` is theirs.
    """
    document = json.loads((DATA / "devrelcontokyo2021-schedule-excerpt.json").read_text(encoding="utf-8"))
    sessions = [s for slot in document.values() for s in ([slot] if "id" in slot else _tracks(slot))]
    entries: list[Entry] = []
    for s in sessions:
        names = tuple(n for n in (s["first_speaker_name"], s["second_speaker_name"]) if n)
        alone = len(names) == 1 and s["company"]
        entries.append(
            (s["title_en"], minutes(s["start_time_utc"]), (f"{names[0]} [{s['company']}]",) if alone else names)
        )
    return entries


def _tracks(slot: dict[str, dict[str, dict[str, str]]]) -> list[dict[str, str]]:
    return [session for track in slot.values() for session in track.values()]
