"""A programme whose entries are keyed by day, room and time: WEPGCOMP 2024's Jekyll front matter.

Its `2024/index.md` is only front matter; the layout draws a grid from it. `program.days[]` gives
each day's `name` (`Dia 1`), `date` (`12 / 11 / 2024`, day first) and `slots`, the grid's rows in
order: clock times (`'9:40'`) and session labels between them (`'S1/2'`, a session's heading row).
Beside the days, mappings key each entry by its cell: `breaks: {'Dia 1, 10:40': {title}}` (a row
across the rooms), `talks: {'Dia 1, Sala A, 9:40': {presenter, advisor, title, …}}` and
`sessions: {'Dia 1, Sala A, S1/2': {name}}` (a label row, no entry). No list holds the entries, so
each keyed entry is made one the site reader knows: its day's date, its start, its end at the
next time row of its day (the grid's next row; the day's last has none), its room, its title and
its presenter (the advisor supervises, speaks not). A talk with no title is drawn with its
presenter only: no entry (counted in the reading).
"""

from __future__ import annotations

import re
from typing import Any

from program.readers.yaml_located import Located

KEYED_SLOT = re.compile(r"^\s+[\"'][^\"'\n]+,\s*\d{1,2}[:h]\d{2}[\"']\s*:", re.MULTILINE)
"""A nested key naming a day (and a room) and a time: `'Dia 1, Sala A, 9:40':`."""
_CLOCK = re.compile(r"^\d{1,2}[:h]\d{2}$")
_DAY_FIRST = re.compile(r"^(?P<day>\d{1,2})\s*[/.-]\s*(?P<month>\d{1,2})\s*[/.-]\s*(?P<year>\d{4})$")
_TITLE_KEYS = ("title", "titulo", "título")
_PEOPLE_KEYS = ("presenter", "speaker", "speakers", "apresentador", "palestrante")


def keyed_program(data: Any) -> tuple[list[Located], int] | None:
    """The entries of a programme keyed by day, room and time, and how many keyed talks had no title; else None.

    The programme is the document, or a mapping in it (`program:`), holding `days` (each with its
    `name`, `date` and `slots`) beside mappings whose every key names a day and ends with a time
    or a session label.
    """
    for held in (data, *(one for one in data.values() if isinstance(one, dict))) if isinstance(data, dict) else ():
        days = _days(held.get("days"))
        if days:
            keyed = [one for one in held.values() if isinstance(one, dict) and _all_keyed(one, days)]
            if keyed:
                return _entries(keyed, days)
    return None


def _days(listed: Any) -> dict[str, tuple[str, list[str]]]:
    """Each day's name, its ISO date and its clock times in order; {} unless every day has all three."""
    if not isinstance(listed, list) or not listed:
        return {}
    days = {}
    for day in listed:
        if not isinstance(day, dict) or not isinstance(day.get("slots"), list):
            return {}
        written = _DAY_FIRST.match(str(day.get("date", "")).strip())
        if written is None or not str(day.get("name", "")).strip():
            return {}
        times = [str(one).strip() for one in day["slots"] if _CLOCK.match(str(one).strip())]
        iso = f"{written['year']}-{int(written['month']):02d}-{int(written['day']):02d}"
        days[str(day["name"]).strip()] = (iso, times)
    return days


def _all_keyed(mapping: dict[str, Any], days: dict[str, tuple[str, list[str]]]) -> bool:
    parts = [[part.strip() for part in str(key).split(",")] for key in mapping]
    return bool(parts) and all(2 <= len(one) <= 3 and one[0] in days for one in parts)


def _entries(keyed: list[dict[str, Any]], days: dict[str, tuple[str, list[str]]]) -> tuple[list[Located], int]:
    entries: list[Located] = []
    untitled = 0
    for mapping in keyed:
        for key, value in mapping.items():
            day, *room, time = (part.strip() for part in str(key).split(","))
            iso, times = days[day]
            if time not in times or not isinstance(value, dict):
                continue  # a session label's row (`S1/2`): its heading, no entry
            title = next((str(value[k]).strip() for k in _TITLE_KEYS if str(value.get(k) or "").strip()), "")
            if not title:
                untitled += 1
                continue
            entry = Located({"date": iso, "start": time, "title": title})
            following = times.index(time) + 1
            if following < len(times):
                entry["end"] = times[following]
            if room:
                entry["room"] = room[0]
            people = [str(value[k]).strip() for k in _PEOPLE_KEYS if str(value.get(k) or "").strip()]
            if people:
                entry["speakers"] = people
            entry.line = getattr(value, "line", 0)
            entries.append(entry)
    # in the grid's order, day by day and row by row: the keys are in no order, and a day read out of order would
    # take its "9:00" after a "12:20" for 9 p.m.
    order = {(iso, time): index for iso, times in days.values() for index, time in enumerate(times)}
    entries.sort(key=lambda one: (one["date"], order[one["date"], one["start"]], one.get("room", "")))
    return entries, untitled
