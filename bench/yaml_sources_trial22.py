"""What trial 22's static-site YAML files hold (MK 2017, DevFest Córdoba 2015), listed with PyYAML directly.

As `yaml_sources.py`: the files' entries with BaseLoader and their own shape written out here, not
the reader's detection.
"""

from __future__ import annotations

import re
from datetime import date

from yaml_sources import DATA, Entry, load, minutes

DATED22 = {"mk2017-schedule.yml": date(2017, 2, 24), "devfestcordoba2015-schedule.yml": date(2015, 11, 6)}
"""The first days: MK 2017's `date: 02.24.2017` (month first: Friday, `section: Piatok`); DevFest Córdoba's
`date: "06-11-2015"` (its _config.yml: "6 de Noviembre, 2015")."""
_DEGREES = re.compile(r"^(?:(?:Mgr|doc|ThDr)\.\s*)+|\s*,\s*(?:Phd|PhD|Th\.D)\.$")


def _day_minutes(day: str, clock: str) -> int:
    """A start in minutes after the first day's midnight, on a `MM.DD.YYYY` day."""
    month, day_of_month, year = (int(part) for part in day.split("."))
    return (date(year, month, day_of_month) - DATED22["mk2017-schedule.yml"]).days * 1440 + minutes(clock)


def mk2017() -> list[Entry]:
    """MK 2017: days (`date: 02.24.2017`) → `slots`, each timed; a `Semináre:` slot's `items` untimed after it.

    People are `speaker` split at commas without degrees (`Mgr.`, `doc.`, `ThDr.`, `Phd.`, `Th.D.`);
    `Chvály X, téma Y` (worship by the band X, a talk on a theme by Y) is Y alone.
    """
    entries: list[Entry] = []
    for day in load("mk2017-schedule.yml"):
        for slot in day["slots"]:
            entries.append((slot["title"], _day_minutes(day["date"], slot["start"]), _people(slot.get("speaker"))))
            entries.extend((item["title"], None, _people(item.get("speaker"))) for item in slot.get("items", []))
    return entries


def _people(written: str | None) -> tuple[str, ...]:
    if written and (theme := re.search(r"\btéma (.+)$", written)):
        return (theme[1].strip(),)
    names = _DEGREES.sub("", _DEGREES.sub("", written or "")).split(",")
    return tuple(name.strip() for name in names if name.strip())


def devfestcordoba2015() -> list[Entry]:
    """DevFest Córdoba 2015: timeslots' `sessionIds` joined to sessions and speakers (the closing party's end `¿?`)."""
    schedule = (DATA / "devfestcordoba2015-schedule.yml").read_text(encoding="utf-8")
    sessions = {one["id"]: one for one in load("devfestcordoba2015-sessions.yml")}
    speakers = {
        one["id"]: " ".join(f"{one['name']} {one['surname']}".split())
        for one in load("devfestcordoba2015-speakers.yml")
    }
    slots = re.findall(r'startTime: "([^"]+)".*?sessionIds: \[([^\]]*)\]', schedule, re.DOTALL)
    return [
        (sessions[one]["title"].strip(), minutes(start), tuple(speakers[p] for p in sessions[one].get("speakers", [])))
        for start, ids in slots
        for one in (written.strip() for written in ids.split(",") if written.strip())
    ]
