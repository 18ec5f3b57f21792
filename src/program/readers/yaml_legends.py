"""Lists of codes beside a site's entries, each code standing for a name: PyCon Thailand 2019's talks2019.yaml.

Its Nikola schedule plugin keeps `days: [{sat: Saturday 15th June}, …]` and `tracks: [{1: 'T1:
Auditorium (L6)'}, …]` beside `talks: […]`, each talk naming its `day: sat` and `track: 3`. A list
of one-key mappings with a text each is such a legend: an entry's value under the legend's own
name (`day` for `days`) is read as what its code stands for, the legends are no entries, and a
legend of rooms or tracks names the room (its key read as the room) of an entry that names none.
The site shows a talk under its day: an entry naming no day of a days legend is shown nowhere and
is left out, said.
"""

from __future__ import annotations

from typing import Any

import attrs

from program.readers.yaml_located import Located
from program.readers.yaml_shape import FIELD_KEYS, folded

_DAY_LEGENDS = frozenset({"days", "dates", "tage", "jours", "dias", "días"})
_ROOM_LEGENDS = frozenset({"rooms", "tracks", "locations", "venues", "stages", "halls", "salas", "salles"})
_ROOM_KEYS = frozenset(FIELD_KEYS["room"])


@attrs.frozen
class Legended:
    """The entries with their codes read, and what the reading says of it."""

    data: dict[str, Any]
    notes: tuple[str, ...]


def with_legends(data: Any, reading: list[str]) -> Any:
    """The document with its codes read (said in `reading`), or as it is when it has no legends."""
    legended = legends_read(data)
    if legended is None:
        return data
    reading.extend(legended.notes)
    return legended.data


def legends_read(data: Any) -> Legended | None:
    """The document's one list of entries with the codes its legends name read; None without legends.

    >>> talk = Located(title="Hypothesis", day="sun", track="3")
    >>> legends = {"days": [{"sun": "Sunday 16th June"}], "tracks": [{"3": "T3: Cubiculum"}]}
    >>> read = legends_read({**legends, "talks": [talk]})
    >>> read.data["talks"][0]
    {'title': 'Hypothesis', 'day': 'Sunday 16th June', 'room': 'T3: Cubiculum'}
    """
    if not isinstance(data, dict):
        return None
    legends = {key: legend for key, value in data.items() if (legend := _legend(value)) is not None}
    lists = [key for key, value in data.items() if key not in legends and _entries(value)]
    if not legends or len(lists) != 1:
        return None
    entries: list[Located] = data[lists[0]]
    used = {name: key for name in legends if (key := _key_for(name, entries, legends[name])) is not None}
    if not used:
        return None
    read, undated = _read(entries, {used[name]: (name, legends[name]) for name in used})
    kept = {key: value for key, value in data.items() if key not in legends}
    kept[lists[0]] = read
    names = ", ".join(f"{used[name]} by {name}[]" for name in used)
    notes = [f"codes read by the lists beside the entries: {names}"]
    if undated:
        lines = ", ".join(str(line) for line in undated)
        notes.append(f"{len(undated)} entries naming no day of the days list left out (line {lines})")
    return Legended(kept, tuple(notes))


def _legend(value: Any) -> dict[str, str] | None:
    """A list of one-key mappings, each a code and its text (`- sat: Saturday 15th June`), as a mapping; else None."""
    if not isinstance(value, list) or not value:
        return None
    if not all(isinstance(one, dict) and len(one) == 1 for one in value):
        return None
    pairs = [next(iter(one.items())) for one in value]
    if not all(isinstance(text, str) and text.strip() for _, text in pairs):
        return None
    return {str(code).strip(): text.strip() for code, text in pairs}


def _entries(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(one, dict) for one in value)


def _key_for(name: str, entries: list[Located], legend: dict[str, str]) -> str | None:
    """The entries' key that holds the legend's codes: its name's singular (`day` for `days`), most values codes."""
    singular = folded(name).removesuffix("s")
    keys = {key for entry in entries for key in entry if folded(key) in (singular, folded(name))}
    for key in sorted(keys):
        values = [str(entry[key]).strip() for entry in entries if entry.get(key) not in (None, "")]
        if values and sum(value in legend for value in values) * 2 > len(values):
            return key
    return None


def _read(entries: list[Located], legends: dict[str, tuple[str, dict[str, str]]]) -> tuple[list[Located], list[int]]:
    """Each entry with its codes read (a room or track's name its room when it names none); the undated's lines."""
    read: list[Located] = []
    undated: list[int] = []
    for entry in entries:
        copy = Located(entry)
        copy.line = entry.line
        for key, (name, legend) in legends.items():
            code = str(entry.get(key) or "").strip()
            if folded(name) in _DAY_LEGENDS and code not in legend:
                undated.append(entry.line)
                break
            if code in legend:
                copy[key] = legend[code]
                if folded(name) in _ROOM_LEGENDS and not any(folded(own) in _ROOM_KEYS for own in entry):
                    copy["room"] = copy.pop(key)
        else:
            read.append(copy)
    return read, undated
