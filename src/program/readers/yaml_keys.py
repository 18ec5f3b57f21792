"""What a static site's YAML entries say beside their fields: day flags, the unit of bare durations, unread keys.

Sites write things their templates know and we must infer: CIRCL's cti-summit marks the
days an entry happens on with `day1: true` / `day2: false` (the template loops over days and
shows an entry where its flag is set); CamTrap 2024 writes `duration: 0.75` and its template
multiplies by 3600, so a bare number there is hours, while other sites write `duration: 45`
meaning minutes. Keys no field takes (`timeImg`, `groupId`, `presentations`) are named in
`check`'s reading lines, so nothing is dropped silently.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Any

from program.errors import UsageError
from program.readers.yaml_located import Located
from program.readers.yaml_shape import FIELD_KEYS, Found, folded, key_of, track_of, value
from program.readers.yaml_times import plain_number

_DAY_FLAG = re.compile(r"^day[\s_-]*(?P<number>\d{1,2})$", re.IGNORECASE)
_TRUE = frozenset({"true", "yes", "y", "on", "1"})
_MOST_HOURS = 12
"""Bare durations all at most this, some with decimals, are hours: 0.75 is no length in minutes."""
UNITS = ("hours", "minutes")


def day_flags(found: Found) -> list[int] | None:
    """The day numbers an entry's flags set (`day1: true, day2: false` → [1]); None when it has no flags."""
    flags = {
        int(match["number"]): str(setting).strip().casefold() in _TRUE
        for key, setting in found.entry.items()
        if (match := _DAY_FLAG.match(key))
    }
    return sorted(number for number, on in flags.items() if on) if flags else None


def carried_down(found: Found, field: str, mapping: dict[str, str]) -> tuple[Any, Located | None]:
    """`inherited`, but an enclosing level's place written beside its street address is the venue, no room.

    ML in PL 2023's days write `location: Copernicus Science Centre` with `location-address:
    Wybrzeże Kościuszkowskie 20`, and their talks name rooms (`room: Lecture Hall A`): a talk
    without one is in no named room, not in a room called the building.
    """
    for level in (found.entry, *reversed(found.outer)):
        if (result := value(level, field, mapping)) is None:
            continue
        if field != "room" or level is found.entry or not _beside_address(level, mapping):
            return result, level
    return None, None


def _beside_address(level: Located, mapping: dict[str, str]) -> bool:
    key = key_of(level, "room", mapping)
    return "room" not in mapping and any(other != key and "address" in folded(other) for other in level)


def flag_base(entries: Sequence[Found]) -> int:
    """The number of the first day in the file's flags: 0 when some flag says day0, else 1."""
    numbers = {number for one in entries for number in _flag_numbers(one)}
    return 0 if 0 in numbers else 1


def _flag_numbers(found: Found) -> list[int]:
    return [int(match["number"]) for key in found.entry if (match := _DAY_FLAG.match(key))]


def plain_hours(entries: Sequence[Found], mapping: dict[str, str], source: str) -> tuple[bool, str | None]:
    """Whether durations written as bare numbers are hours, and the reading line that says how they were read.

    `[feeds.columns] duration_unit` decides when given; else bare numbers are hours when some
    has decimals and none is above 12 (0.75, 0.5, 1, 2: a site's template multiplying by 3600),
    and minutes otherwise (45, 90).

    Raises:
        UsageError: for a duration_unit other than hours or minutes.
    """
    numbers = [
        (written, number)
        for one in entries
        if isinstance(written := value(one.entry, "duration", mapping), str)
        and (number := plain_number(written)) is not None
    ]
    unit = mapping.get("duration_unit", "").strip().casefold()
    if unit and unit not in UNITS:
        raise UsageError(f'{source}: [feeds.columns] duration_unit = "{unit}": write "hours" or "minutes"')
    if not numbers:
        return unit == "hours", None
    shown = ", ".join(dict.fromkeys(written.strip() for written, _ in numbers))
    if unit:
        return unit == "hours", f"durations without a unit ({shown}) read as {unit} (the program file's duration_unit)"
    hours = any("." in written for written, _ in numbers) and all(number <= _MOST_HOURS for _, number in numbers)
    why = (
        "some with decimals, none above 12"
        if hours
        else 'whole numbers or above 12; set duration_unit = "hours" if meant'
    )
    return hours, f"durations without a unit ({shown}) read as {'hours' if hours else 'minutes'} ({why})"


def unread_keys(entries: Sequence[Found], mapping: dict[str, str], read: Collection[str] = ()) -> list[str]:
    """Keys of the entries that no field took and that are no day flag, in the order first seen.

    A speaker list (`events`) counts as taken only when it was read as one (its key in `read`).
    """
    fields = [field for field in FIELD_KEYS if field != "speaker_list"]
    taken = (
        {folded(mapping[field]) for field in mapping}
        | {folded(key) for one in entries for field in fields if (key := key_of(one.entry, field, mapping))}
        | {folded(key) for key in read}
        | {"track" for one in entries if one.track is not None and one.track == track_of(one.entry)}
        | {folded(key) for one in entries if (key := _subtitle_key(one.entry, mapping))}
    )
    return list(
        dict.fromkeys(
            key
            for one in entries
            for key in one.entry
            if folded(key) not in taken and not _DAY_FLAG.match(key) and one.entry[key] not in ("", None, [])
        )
    )


def _subtitle_key(entry: dict[str, object], mapping: dict[str, str]) -> str | None:
    """The key of the entry's subtitle: a subtitle key other than its title's (JFPC 2021's `titre`)."""
    title_key = key_of(entry, "title", mapping)
    return key_of({name: text for name, text in entry.items() if name != title_key}, "subtitle", mapping)


def session_named_title(entries: Sequence[Found], mapping: dict[str, str]) -> str | None:
    """The `title` key when the entries' `session` names the session each is in, not their titles; else None.

    BMVC 2021 titles its slots `session: Oral Session 1` with `title: "Multimodal Learning"`: one
    title in two parts. TWoFCS 2019 writes the same `session: "Scenario Studies"` on each of the
    session's talks beside each talk's `title`: a name shared by entries titled apart is the
    session's, and the talk is its `title` (not "Scenario Studies: Discussion").
    """
    if "title" in mapping:
        return None
    titles: dict[str, set[str]] = {}
    for one in entries:
        keys = {folded(key): key for key in one.entry}
        if "session" not in keys:
            continue
        title, session = one.entry.get(keys.get("title", "")), one.entry[keys["session"]]
        if not isinstance(title, str) or not isinstance(session, str):
            return None
        titles.setdefault(" ".join(session.split()), set()).add(" ".join(title.split()))
    return "title" if any(len(named) > 1 for named in titles.values()) else None


def title_then_session(entries: Sequence[Found], mapping: dict[str, str]) -> dict[str, str]:
    """`title` as the title and `session` after it, when one title is written beside several sessions; else {}.

    ERAD-SE 2025 writes `title: "Fórum de Iniciação Científica"` on three slots, each with its own
    `session: Arquitetura de Sistemas`: the forum's sessions, "Fórum de Iniciação Científica:
    Arquitetura de Sistemas" (not the other way round, as BMVC's `session: Oral Session 1` before its
    `title`). A session written beside several titles is the one `session_named_title` reads.
    """
    if "title" in mapping or "subtitle" in mapping:
        return {}
    sessions: dict[str, set[str]] = {}
    titles: dict[str, set[str]] = {}
    for one in entries:
        keys = {folded(key): key for key in one.entry}
        title, session = one.entry.get(keys.get("title", "")), one.entry.get(keys.get("session", ""))
        if not isinstance(title, str):  # BMVC 2021: `session: Keynote Talk 1` alone is that slot's title
            return {}
        if isinstance(session, str):
            sessions.setdefault(" ".join(title.split()), set()).add(" ".join(session.split()))
            titles.setdefault(" ".join(session.split()), set()).add(" ".join(title.split()))
    several = any(len(named) > 1 for named in sessions.values())
    shared = any(len(named) > 1 for named in titles.values())
    return {"title": "title", "subtitle": "session"} if several and not shared else {}
