"""Days keyed `day1:`/`day2:` beside a list of days titled by their date: RubyConf PT 2014's agenda.

RubyConf Portugal 2014's `_data/agenda.yml` writes its two conference days as `day1:` and
`day2:`, each a list of slots (`from`, `to`, `title`, or a `speaker` alone for a talk), and
beside them `fringe:`, a list of days titled by their date (`title: "Saturday, 11th"`), each
with its `events` (`where: {name: GNRation}`). Read as one mapping of lists, only the fringe's
six events were found, every one on --date: the 26 slots of the conference were lost.

Here such a document becomes one list of days: `day1` is Day 1 (from --date), a fringe day is
its written date ("Saturday, 11th": the 11th next to the first day, its weekday checked). The
fringe repeats the evening events of the conference days with their places ("Conference
Dinners" at 20:00 on Tuesday): such a repeat is read once, the day's entry, with the fringe's
place where the day's has none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import attrs

from program.model import Item
from program.readers.lines.day_headings import day_heading
from program.readers.yaml_located import KeyedDay, Located
from program.readers.yaml_shape import FIELD_KEYS, folded, value

_DAY_KEY = re.compile(r"^(?:day|tag|jour|d[ií]a)[\s_-]*(?P<number>\d{1,2})$", re.IGNORECASE)
ENTRIES = "entries"
"""The key each day level made here holds its entries under."""
_TITLE_KEYS = frozenset(FIELD_KEYS["title"])
_BRACKETED = re.compile(r"\s*\([^()]*\)\s*$")


@attrs.frozen
class ListedDays:
    """The document as one list of days, and the lines of the entries of the days titled by their date."""

    days: list[Located]
    dated_lines: frozenset[int]
    keys: tuple[str, ...]


def listed_days(data: Any) -> ListedDays | None:
    """The days of a document of `dayN:` lists beside lists of dated days (see the module's text), else None."""
    if not isinstance(data, Located):
        return None
    keyed = {key: held for key, held in data.items() if isinstance(key, str) and _DAY_KEY.match(key.strip())}
    others = {key: held for key, held in data.items() if key not in keyed}
    if not keyed or not others or not all(_entries(held) for held in keyed.values()):
        return None
    dated: list[Located] = []
    for held in others.values():
        found = [_dated_day(one) for one in held] if isinstance(held, list) and held else [None]
        if any(day is None for day in found):
            return None
        dated.extend(day for day in found if day is not None)
    levels: list[Located] = []
    for key, held in keyed.items():
        level = KeyedDay(day=f"Day {_DAY_KEY.match(key.strip())['number']}", **{ENTRIES: held})  # type: ignore[index]
        level.line = held[0].line
        levels.append(level)
    lines = frozenset(entry.line for day in dated for entry in day[ENTRIES])
    return ListedDays([*levels, *dated], lines, (*keyed, *others))


def _entries(held: Any) -> bool:
    return isinstance(held, list) and bool(held) and all(isinstance(one, Located) for one in held)


def _dated_day(level: Any) -> Located | None:
    """A day titled by its date with one list of entries, as a level `{date: title, entries: […]}`; else None."""
    if not isinstance(level, Located):
        return None
    title = value(level, "title", {})
    lists = [held for held in level.values() if _entries(held)]
    heading = day_heading(title) if isinstance(title, str) else None
    if heading is None or heading.day is None or len(lists) != 1:
        return None
    day = Located(date=title, **{ENTRIES: lists[0]})
    day.line = level.line
    return day


def with_speaker_titles(days: Sequence[Located], mapping: dict[str, str]) -> int:
    """Title each entry that names only its speaker (`speaker: Katrina Owen`) by that speaker; how many.

    The site shows such a slot as the speaker's talk, its title not yet known.
    """
    if "title" in mapping:
        return 0
    count = 0
    for day in days:
        for entry in day[ENTRIES]:
            if any(folded(key) in _TITLE_KEYS for key in entry):
                continue
            speaker = value(entry, "people", mapping)
            if isinstance(speaker, str) and speaker.strip():  # "PJ Hagerty" too, which no name test passes
                entry["title"] = " ".join(speaker.split())
                count += 1
    return count


def without_repeats(items: list[Item], dated_lines: frozenset[int]) -> tuple[list[Item], int]:
    """The items with each dated day's entry that repeats a keyed day's (same start, same title) read once; how many.

    The keyed day's item is kept, with the repeat's place when it names none; "Sunset Party"
    repeats "Sunset Party (w/ Dinner)": a title equal but for a bracket at its end.
    """
    placed = [(index, item) for index, item in enumerate(items) if item.source.line not in dated_lines]
    keyed = len(placed)
    repeats = 0
    for index, item in enumerate(items):
        if item.source.line not in dated_lines:
            continue
        twin = next((at for at in range(keyed) if _repeats(placed[at][1], item)), None)
        if twin is None:
            placed.append((index, item))
            continue
        repeats += 1
        if placed[twin][1].location is None and item.location is not None:
            placed[twin] = (placed[twin][0], attrs.evolve(placed[twin][1], location=item.location))
    return [item for _, item in sorted(placed, key=lambda pair: pair[0])], repeats


def _repeats(one: Item, other: Item) -> bool:
    if one.start is None or one.start != other.start:
        return False
    titles = {_BRACKETED.sub("", title).casefold() for title in (one.title, other.title)}
    return len(titles) == 1


__all__ = ["ENTRIES", "ListedDays", "listed_days", "with_speaker_titles", "without_repeats"]
