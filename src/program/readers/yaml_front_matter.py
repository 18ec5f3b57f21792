"""A page whose front matter is the programme: Ethics by Design 2020's Gatsby `data/programme/programme.md`.

Gatsby (and Jekyll) pages may keep their whole programme in the page's front matter, the YAML
between the opening and closing `---`, and show it from a template: Ethics by Design's
`jour-programme.js` loops over `programmes[]` (a day: `jourTitle: Lundi 28 septembre`) and its
`horaire[]` (`heure: 14:00 - 16:00`, `type: Atelier`, `categorie: Comment concevoir avec sobriété ?`,
`speaker: {name, role}`, `salle`), and draws besides each day's opening and closing from the day's
own `ouvertureHeure`/`ouvertureTitle` and `fermetureHeure`/`fermetureTitle`.

What the template shows decides the fields. A slot's box shows its `type` ("Atelier", "Keynote"),
under it its `categorie` (the talk's subject, "Design et morale."), then the speaker and the room;
the slot's `title` ("Conception éco-responsable", numbered by `numero`) is the theme heading the
slots that share it. So where `categorie` sits beside `type` and the `title`s are themes several
slots share, the categorie is the title (else the type: "Ouverture"), the theme the track. A slot
with no `type` is drawn as an empty box: nothing there. A day's `XHeure` + `XTitle` pair (or
`XTime` + `XTitle`) is one entry more on that day.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from program.readers.base import FRONT_MATTER
from program.readers.yaml_located import Located
from program.readers.yaml_shape import folded
from program.readers.yaml_typed import lists_of_mappings

_LISTED = re.compile(r"^(?:\s*-\s+|\s+)")
"""A line inside a list or a nested mapping: a post's own `date: 2020-05-01 10:00` (top level) is no schedule."""
_SUBJECT_KEYS = frozenset({"categorie", "catégorie"})
_TYPE_KEYS = frozenset({"type"})
_TITLE_KEY = "title"
_THEME = "theme"
_PAIR = re.compile(r"^(?P<what>[a-z]+?)(?P<part>heure|time|hour|title|titre)$")
_TIME_PARTS = frozenset({"heure", "time", "hour"})


def front_matter(text: str, clock: re.Pattern[str]) -> str | None:
    """The front matter as a document of its own (lines kept) when it lists timed entries; else None.

    `clock` is the reader's pattern of a start key with a clock time; one such line must be in a
    list or nested (a blog post's top-level `date: … 10:00` is its date, not a programme).
    """
    found = FRONT_MATTER.match(text)
    if found is None:
        return None
    inner = text[: found.end()].rstrip().removesuffix("---")
    listed = any(_LISTED.match(inner[inner.rfind("\n", 0, one.start()) + 1 :]) for one in clock.finditer(inner))
    return inner if listed else None


def front_matter_reading(data: Any, front: str) -> list[str]:
    """Read the front matter's day ends and subject titles into `data`; the reading lines that say so."""
    lines = ["the page's front matter read (the page below it is the template's)"]
    if ends := with_day_ends(data, front):
        lines.append(f"{ends} entries from the days' own time and title keys (an opening, a closing)")
    if titled := with_subject_titles(data):
        lines.append(f"{titled} slots titled by their categorie (else their type), their shared title their theme")
    if empty := without_empty_slots(data):
        lines.append(f"{empty} slots with a time and a room only left out (the template draws them empty)")
    return lines


def without_empty_slots(data: Any) -> int:
    """Drop the slots of a list of typed slots that have neither a type nor a title: empty boxes. Returns how many."""
    count = 0
    for entries in lists_of_mappings(data, outermost_first=True):
        if not any(_key(one, _TYPE_KEYS) for one in entries):
            continue
        empty = [one for one in entries if not any(_key(one, names) for names in (_TYPE_KEYS, {_TITLE_KEY}))]
        for one in empty:
            entries.remove(one)
        count += len(empty)
    return count


def with_subject_titles(data: Any) -> int:
    """Title each typed slot of a list that writes `categorie` beside `type` and shares `title`s (themes) by it.

    The theme is kept under `theme`, a key no field reads (`check` lists it as not read: the
    items have no field for a theme). Returns how many slots were titled so.
    """
    count = 0
    for entries in lists_of_mappings(data, outermost_first=True):
        subject = [one for one in entries if _key(one, _SUBJECT_KEYS) and _key(one, _TYPE_KEYS)]
        themes = Counter(" ".join(str(one[key]).split()) for one in entries if (key := _key(one, {_TITLE_KEY})))
        if len(subject) < 2 or (themes and max(themes.values()) < 2):
            continue
        for one in entries:
            typed = _key(one, _TYPE_KEYS)
            if typed is None or not str(one[typed]).strip():
                continue
            theme = _key(one, {_TITLE_KEY})
            if theme is not None and _THEME not in one:
                one[_THEME] = one.pop(theme)
            subject_key = _key(one, _SUBJECT_KEYS)
            one[_TITLE_KEY] = one.pop(subject_key) if subject_key and str(one[subject_key]).strip() else one[typed]
            count += 1
    return count


def with_day_ends(data: Any, text: str) -> int:
    """Add each day's `XHeure`/`XTitle` pairs to the day's list of slots (the first pair first, the others last).

    A day is a mapping holding one list of mappings beside such pairs. Each entry is at the line of
    its time key, found in `text` from the day's line. Returns how many were added.
    """
    lines = text.split("\n")
    count = 0
    for days in lists_of_mappings(data, outermost_first=True):
        for day in days:
            held = [one for one in day.values() if isinstance(one, list) and one and isinstance(one[0], Located)]
            if len(held) != 1:
                continue
            for position, (time_key, title_key) in enumerate(_pairs(day).values()):
                entry = Located({"heure": day[time_key], _TITLE_KEY: day[title_key]})
                entry.line = _line_of(lines, time_key, day.line)
                held[0].insert(len(held[0]) if position else 0, entry)
                count += 1
    return count


def _pairs(day: Located) -> dict[str, tuple[str, str]]:
    """The day's `XHeure` + `XTitle` keys by X, in the order written, both holding text."""
    parts: dict[str, dict[str, str]] = {}
    for key, held in day.items():
        match = _PAIR.match(folded(key))
        if match and isinstance(held, str) and held.strip():
            part = "time" if match["part"] in _TIME_PARTS else "title"
            parts.setdefault(match["what"], {})[part] = key
    return {what: (keys["time"], keys["title"]) for what, keys in parts.items() if len(keys) == 2}


def _line_of(lines: list[str], key: str, first: int) -> int:
    pattern = re.compile(rf"^\s*(?:-\s+)?{re.escape(key)}\s*:")
    return next((number for number in range(first, len(lines) + 1) if pattern.match(lines[number - 1])), first)


def _key(entry: Located, names: set[str] | frozenset[str]) -> str | None:
    return next((key for key in entry if folded(key) in names), None)


__all__ = ["front_matter", "front_matter_reading", "with_day_ends", "with_subject_titles"]
