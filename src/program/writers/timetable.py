"""The day timetable as geometry: each timed item a box, overlapping items side by side.

Sizes are in millimetres so the same numbers serve the screen and the printed page; text
is shortened here, to what the box can hold, so that nothing overflows in any renderer.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

import attrs

from program.i18n import Lang
from program.model import Item
from program.writers.booklet_text import item_title
from program.writers.clean_text import title_text
from program.writers.shown_names import NamedPeople

MM_PER_MINUTE = 0.24
WIDTH_MM = 160.0
BORDER_MM = 0.25
BORDERS_MM: dict[str, float] = {
    **dict.fromkeys(("keynote", "invited-talk"), 0.6),
    **dict.fromkeys(("talk", "oral", "poster-session", "poster"), 0.4),
    **dict.fromkeys(("panel", "demo", "other"), 0.8),  # drawn double
}
"""Each kind's box border where it is not BORDER_MM: program.html's stylesheet writes these, and a box's
height holds its first line inside them (IWSDA 2025's 18:00 "Other" box cut its line in half)."""


@attrs.frozen
class TextFit:
    """How box text is set: line height, a generous character width, vertical padding (mm)."""

    line: float
    char: float
    padding: float

    def min_height(self, border: float = BORDER_MM) -> float:
        """The smallest box that holds one line, inside a border this wide."""
        return self.line + 2 * (self.padding + border)


NORMAL = TextFit(line=2.6, char=1.35, padding=0.2)
"""6.5 pt type; the template's `.box` style must match."""
TIGHT = TextFit(line=1.85, char=1.0, padding=0.0)
"""5 pt type for boxes too short for one normal line; the template's `.box.tight`."""


@attrs.frozen
class Box:
    """One timed item on the timetable."""

    item_id: str
    kind: str
    tight: bool
    lines: tuple[str, ...]
    top_mm: float
    height_mm: float
    left_pct: float
    width_pct: float


@attrs.frozen
class HourMark:
    """A line across the timetable at a full hour."""

    label: str
    top_mm: float


@attrs.frozen
class Timetable:
    """The boxes of one day, the hour marks of its axis, and its room columns.

    Attributes:
        columns: the rooms, one column each, when the day has parallel rooms; empty
            when the day is one track (overlapping items then share lanes).
    """

    height_mm: float
    boxes: tuple[Box, ...]
    hours: tuple[HourMark, ...]
    columns: tuple[str, ...] = ()


def timetable(items: Sequence[Item], names: NamedPeople, lang: Lang) -> Timetable:
    """Lay out the timed `items` of one day: one column per room when there are several."""
    timed = sorted((item for item in items if item.start), key=lambda item: (item.start, _end(item)))
    if not timed:
        return Timetable(0.0, (), ())
    first = _floor_hour(min(_start(item) for item in timed))
    last = max(_end(item) for item in timed)
    rooms = room_columns(timed)
    boxes = tuple(
        _box(item, first, place, names.shown_on(item), lang)
        for item, place in zip(timed, _places(timed, rooms), strict=True)
    )
    # a short last item's box is taller than its minutes (IWSDA 2025's Sunday: one 18:00 event with no end)
    height = max(_minutes(first, last) * MM_PER_MINUTE, *(box.top_mm + box.height_mm for box in boxes))
    return Timetable(height, boxes, _hour_marks(first, last, lang), rooms)


def room_columns(items: Sequence[Item]) -> tuple[str, ...]:
    """Return the rooms of `items` in natural order ("Room 2" before "Room 10"), if several."""
    rooms = {item.location for item in items if item.location}
    if len(rooms) < 2:
        return ()
    return tuple(sorted(rooms, key=_natural_key))


def _natural_key(text: str) -> tuple[tuple[int, str], ...]:
    return tuple((0, part.zfill(12)) if part.isdigit() else (1, part) for part in re.split(r"(\d+)", text.casefold()))


def _hour_marks(first: datetime, last: datetime, lang: Lang) -> tuple[HourMark, ...]:
    marks = []
    mark = first
    while mark <= last:
        marks.append(HourMark(lang.time(mark), _minutes(first, mark) * MM_PER_MINUTE))
        mark += timedelta(hours=1)
    return tuple(marks)


@attrs.frozen
class _Place:
    """Where a box sits across the width, as fractions of it."""

    left: float
    width: float


def _places(timed: Sequence[Item], rooms: Sequence[str]) -> list[_Place]:
    """Return each item's place: its room's column (split where a room overlaps itself).

    Items without a room, or on a one-track day, share the whole width in lanes.
    """
    columns = {room: index for index, room in enumerate(rooms)}
    places: list[_Place | None] = [None] * len(timed)
    groups: dict[int | None, list[int]] = {}
    for position, item in enumerate(timed):
        groups.setdefault(columns.get(item.location or ""), []).append(position)
    for column, positions in groups.items():
        left, width = (0.0, 1.0) if column is None else (column / len(rooms), 1 / len(rooms))
        in_lanes = lanes([timed[position] for position in positions])
        for position, (lane, count) in zip(positions, in_lanes, strict=True):
            places[position] = _Place(left + width * lane / count, width / count)
    return [place for place in places if place is not None]


def _start(item: Item) -> datetime:
    assert item.start is not None
    return item.start


def _end(item: Item) -> datetime:
    return item.end or _start(item)


def _floor_hour(moment: datetime) -> datetime:
    return moment.replace(minute=0, second=0, microsecond=0)


def _minutes(origin: datetime, moment: datetime) -> float:
    return (moment - origin).total_seconds() / 60


def lanes(timed: Sequence[Item]) -> list[tuple[int, int]]:
    """Return (lane, lanes in its group) per item: a group is a run of overlapping items."""
    result: list[tuple[int, int]] = []
    group: list[int] = []
    lane_ends: list[datetime] = []
    group_end: datetime | None = None
    for item in timed:
        if group_end is not None and _start(item) >= group_end:
            result.extend((lane, len(lane_ends)) for lane in group)
            group, lane_ends, group_end = [], [], None
        lane = next((index for index, end in enumerate(lane_ends) if end <= _start(item)), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(_end(item))
        else:
            lane_ends[lane] = _end(item)
        group.append(lane)
        group_end = _end(item) if group_end is None else max(group_end, _end(item))
    result.extend((lane, len(lane_ends)) for lane in group)
    return result


def _box(item: Item, origin: datetime, place: _Place, people: Sequence[str], lang: Lang) -> Box:
    height = _minutes(_start(item), _end(item)) * MM_PER_MINUTE
    border = BORDERS_MM.get(item.kind.value, BORDER_MM)
    fit = NORMAL if height >= NORMAL.min_height(border) or item.end is None else TIGHT  # no end: no short item
    height = max(height, fit.min_height(border))
    width_mm = WIDTH_MM * place.width
    header = f"{lang.time(_start(item))} {lang.kind(item.kind)}"
    return Box(
        item_id=item.id,
        kind=item.kind.value,
        tight=fit is TIGHT,
        # The kind is in the header: "8:40 a.m. Invited talk · Jeff Dean", not "· Jeff Dean - Invited Talk".
        lines=fit_lines(
            f"{header} · {item_title(item, title_text(item), item.kind.display, people)}", width_mm, height, fit, border
        ),
        top_mm=_minutes(origin, _start(item)) * MM_PER_MINUTE,
        height_mm=height,
        left_pct=100 * place.left,
        width_pct=100 * place.width,
    )


def wrapped_words(text: str, per_line: int, *, long_word: Callable[[str], str]) -> list[str]:
    """Break `text` into lines of at most `per_line` characters, at spaces; `long_word` shortens a longer word.

    >>> wrapped_words("a tiny box holds little", 8, long_word=lambda word: word[:8])
    ['a tiny', 'box', 'holds', 'little']
    """
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if len(candidate) <= per_line:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word if len(word) <= per_line else long_word(word)
    if current:
        lines.append(current)
    return lines


def fit_lines(
    text: str, width_mm: float, height_mm: float, fit: TextFit = NORMAL, border: float = BORDER_MM
) -> tuple[str, ...]:
    """Break `text` into the lines a box of this size holds, ending with "…" if cut.

    >>> fit_lines("one two three four five", 10.0, 3.5)
    ('one…',)
    """
    inner_width = width_mm - 2 * (border + 0.8)
    per_line = max(4, math.floor(inner_width / fit.char))
    count = max(1, math.floor((height_mm - 2 * (border + fit.padding)) / fit.line))
    lines = wrapped_words(text, per_line, long_word=lambda word: word[:per_line])
    if len(lines) <= count:
        return tuple(lines)
    kept = lines[:count]
    kept[-1] = kept[-1][: per_line - 1].rstrip() + "…"
    return tuple(kept)
