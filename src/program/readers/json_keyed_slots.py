"""A site's JSON schedule keyed by start time, then by track, then by slot number: DevRelCon Tokyo 2021.

Its `_data/schedule.json` is one object: `{"2021-06-05 00:20": {"Fuji": {"1": {session}, …}, …}, …}`,
where a plenary slot holds its session directly (`{"2021-06-04 23:00": {"id": "o-1", "title_en": …}}`).
No list holds the sessions, so no path of `[feeds.columns] items` reaches them all. Each session
is made an entry the site reader knows:

- a key written once per language (`title_en`, `title_ja`) becomes one key holding both
  (`title: {en, ja}`), which the reader picks a language from (yaml_languages);
- a key ending `_utc` (`start_time_utc: "2021-06-05 00:20"`) is a UTC time whatever the program's
  zone: it becomes `start_time` written with `+00:00` (trial 17 read it 9 h off in Asia/Tokyo); not with
  a `Z`, which a site types on its wall clock (`yaml_wall_z`);
- the speakers named as text (`first_speaker_name`, `second_speaker_name`) are its speakers, and
  the track (its own, else the one it is filed under) its room.
"""

from __future__ import annotations

import re
from typing import Any

from program.readers.yaml_located import Located

_STAMP = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}[ T]\d{1,2}:\d{2}(?::\d{2})?$")
"""A date and a clock time, the way such a file keys its slots and writes its `_utc` values."""
_LANGUAGE_KEY = re.compile(r"^(?P<base>.+?)_(?P<code>[a-z]{2})$")
_SPEAKER_NAME_KEYS = re.compile(r"^(?:first|second|third|fourth)_speaker_name$")
_TITLE_KEYS = frozenset({"title", "name", "session", "talk"})


def keyed_slots(data: Any) -> list[Located] | None:
    """The sessions of a document keyed by start time (then track, then slot number) as entries, else None.

    None unless every key is a date and time and every slot holds a session or tracks of sessions:
    a mapping by day (`2025-06-17: [...]`) is the shape walker's.
    """
    if not isinstance(data, dict) or len(data) < 2 or not all(isinstance(k, str) and _STAMP.match(k) for k in data):
        return None
    entries: list[Located] = []
    for slot in data.values():
        if not isinstance(slot, dict):
            return None
        if _is_session(slot):
            entries.append(_entry(slot, None))
            continue
        for track, held in slot.items():
            if not isinstance(held, dict) or not held:
                return None
            sessions = [held] if _is_session(held) else list(held.values())
            if not all(isinstance(one, dict) and _is_session(one) for one in sessions):
                return None
            entries.extend(_entry(one, track) for one in sessions)
    return entries or None


def _is_session(mapping: dict[str, Any]) -> bool:
    """Whether a mapping is a session: it has a title, in one language or several."""
    return any(isinstance(key, str) and _base(key) in _TITLE_KEYS for key in mapping)


def _base(key: str) -> str:
    found = _LANGUAGE_KEY.match(key)
    return found["base"].casefold() if found and found["code"] != "id" else key.casefold()


def _entry(session: dict[str, Any], track: str | None) -> Located:
    """The session with its languages, UTC times, speakers and room as the site reader reads them."""
    entry = Located(_by_language(session))
    entry.line = getattr(session, "line", 0)
    for key in [key for key in entry if key.casefold().endswith("_utc")]:
        written = entry.pop(key)
        if isinstance(written, str) and _STAMP.match(written.strip()):
            entry.setdefault(key[: -len("_utc")], f"{written.strip()}+00:00")
    named = [entry.pop(key) for key in list(entry) if _SPEAKER_NAME_KEYS.match(key) and isinstance(entry[key], str)]
    if named:
        entry["speakers"] = [name.strip() for name in named if name.strip()]
    own_track = entry.pop("track", None)
    room = own_track.strip() if isinstance(own_track, str) and own_track.strip() else track
    if room and "room" not in entry:
        entry["room"] = room
    return entry


def _by_language(session: dict[str, Any]) -> dict[str, Any]:
    """The session's keys, those written once per language (English among them) joined into one each."""
    groups: dict[str, dict[str, Any]] = {}
    for key, written in session.items():
        found = _LANGUAGE_KEY.match(key) if isinstance(key, str) else None
        if found and isinstance(written, str):
            groups.setdefault(found["base"], {})[found["code"]] = written
    joined = {base: texts for base, texts in groups.items() if len(texts) > 1 and "en" in texts}
    entry: dict[str, Any] = {}
    for key, written in session.items():
        found = _LANGUAGE_KEY.match(key) if isinstance(key, str) else None
        if found and found["base"] in joined:
            entry.setdefault(found["base"], joined[found["base"]])
        else:
            entry[key] = written
    return entry
