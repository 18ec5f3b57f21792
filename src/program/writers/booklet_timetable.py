"""A day's timetable for the booklet, as geometry in points that the Typst template only draws.

Rooms are columns, items that overlap in one room share it in lanes, a box is as tall as
its item is long, and its text is cut here to the lines the box holds, in type no smaller
than the rest of the timetable: a 10-minute spotlight gets one line that fits. A name is
never cut: a box prints all its people, or the first and "et al.", or none, and then the
template adds the page of the running order, which lists them all. A day longer than a
page holds at a readable scale is split into parts at full hours.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

import attrs

from program.i18n import Lang
from program.model import Item
from program.writers.booklet_text import item_title, repeats_people, starts_with_kind
from program.writers.clean_text import title_text
from program.writers.shown_names import NamedPeople
from program.writers.timetable import lanes, room_columns, wrapped_words

FONT_SIZE = 6.5
"""Points; the template's timetable text size must match."""
LINE = 8.0
"""Points from one line of box text to the next."""
PADDING = 1.5
"""Points inside a box's border, above the first line and left of the text."""
CHAR_WIDTH = 3.35
"""A generous average width of a character at FONT_SIZE (Libertinus Serif), in points."""
MIN_SCALE = 1.0
"""Points per minute at least: one line of text in a 10-minute box (LINE + 2 * PADDING ≤ 10)."""
MAX_SCALE = 2.2
"""Points per minute at most, so a short day does not fill the page with empty boxes."""
MIN_COLUMN_WIDTH = 78.0
"""Points: a room column narrower than this would not hold a readable title."""
MIN_ITEMS_FOR_COLUMN = 3
"""When a day has more rooms than its pages hold, a room needs this many items for a column."""
AXIS_WIDTH = 30.0
"""Points left of the columns for the hour labels."""
REFERENCE_CHARS = 9
"""Characters the template's " → p. 138" takes after the last line of a box that leaves people out."""
_GLUE = "\ue000"
"""A private-use character standing for a no-break space while lines are wrapped."""


@attrs.frozen
class PageArea:
    """The space a timetable part may take on a page, in points."""

    width: float
    height: float


@attrs.frozen
class BoxText:
    """What a box prints: its lines (the first is the time), and whom they name."""

    lines: tuple[str, ...]
    named: tuple[int, ...] = ()
    """The positions in the item's people of those the lines name, each name whole."""
    more: bool = False
    """Whether people are left out: the template ends the last line with the running order's page
    (unless the box is narrower than that reference)."""


@attrs.frozen
class BoxView:
    """One item's box: where it is, and the lines it prints (the first is the time)."""

    item_id: str
    kind: str
    x: float
    y: float
    width: float
    height: float
    lines: tuple[str, ...]
    named: tuple[str, ...] = ()
    """The ids of the people whose names the lines print (the index cites the box's page for them)."""
    more: bool = False
    """Whether people are left out (see `BoxText.more`)."""


@attrs.frozen
class HourView:
    """A full hour: a line across the columns and its label."""

    label: str
    y: float


@attrs.frozen
class TimetablePart:
    """The timetable of one day, or of some hours of it when the day is longer than a page."""

    height: float
    width: float
    columns: tuple[str, ...]
    hours: tuple[HourView, ...]
    boxes: tuple[BoxView, ...]
    left_out: int = 0
    """Rooms of the day with too few items for a column of their own (in the running order only)."""


def day_parts(
    items: Sequence[Item], area: PageArea, names: NamedPeople, lang: Lang, *, icons: Mapping[str, str] = {}
) -> list[TimetablePart]:
    """Lay out one day's timed items in as many parts as a readable scale needs.

    `icons` gives each kind (by value) the icon its boxes start with, when the fonts have them.

    Parts go by groups of rooms (as many columns as a page holds readably), then by hours;
    an item that runs on past a part's last hour is drawn again at the top of the next.
    """
    timed = sorted((item for item in items if item.start), key=lambda item: (_start(item), _end(item)))
    if not timed:
        return []
    first = _start(timed[0]).replace(minute=0, second=0, microsecond=0)
    last = max(_end(item) for item in timed)
    span = max(60.0, _minutes(first, last))
    scale = min(MAX_SCALE, max(MIN_SCALE, area.height / span))
    # The whole day on one page when it fits at this scale, else parts of whole hours.
    whole_day = timedelta(minutes=span) if span * scale <= area.height else None
    most_hours = max(1, math.floor(area.height / scale / 60))
    hours = math.ceil(span / 60)
    hours_per_part = timedelta(hours=math.ceil(hours / math.ceil(hours / most_hours)))  # parts of even length
    width = area.width - AXIS_WIDTH
    parts: list[TimetablePart] = []
    every_room = set(room_columns(timed))
    for group, (rooms, left_out) in enumerate(room_groups(timed, max(1, math.floor(width / MIN_COLUMN_WIDTH)))):
        layout = _Layout(rooms, scale, width, names, lang, icons)
        # Items without a room of their own span the columns, on the first page of rooms.
        shown = [item for item in timed if item.location in rooms or (group == 0 and item.location not in every_room)]
        start = first
        shown_last = max([first + timedelta(minutes=30), *(_end(item) for item in shown)])
        while start < shown_last:
            end = min(shown_last, start + (whole_day or hours_per_part))
            members = [item for item in shown if _in_window(item, start, end, shown_last)]
            if members:
                parts.append(layout.part(members, start, end, len(left_out)))
            start = end
    return parts


def _in_window(item: Item, start: datetime, end: datetime, last: datetime) -> bool:
    """Whether `item` starts in [start, end) (the day's last moment included), or runs on into it."""
    begins = _start(item)
    return start <= begins < end or begins == end == last or begins < start < _end(item)


def room_groups(timed: Sequence[Item], per_page: int) -> list[tuple[tuple[str, ...], frozenset[str]]]:
    """Return the room columns of each timetable page, and the rooms no column shows.

    When the rooms fit one page they keep their natural order. Otherwise the busiest come
    first, a page at a time, and rooms with fewer than MIN_ITEMS_FOR_COLUMN items that day
    are left to the running order (the page says how many).
    """
    rooms = room_columns(timed)
    if len(rooms) <= per_page:
        return [(rooms, frozenset())]
    counts = Counter(item.location for item in timed if item.location)
    busy = [room for room in sorted(rooms, key=lambda room: -counts[room]) if counts[room] >= MIN_ITEMS_FOR_COLUMN]
    left_out = frozenset(room for room in rooms if room not in busy)
    order = {room: index for index, room in enumerate(rooms)}
    return [
        (tuple(sorted(busy[start : start + per_page], key=order.__getitem__)), left_out)
        for start in range(0, len(busy), per_page)
    ] or [((), left_out)]


@attrs.frozen
class _Layout:
    """What every part of one day's room group shares: its rooms, scale, width and names."""

    rooms: tuple[str, ...]
    scale: float
    width: float
    names: NamedPeople
    lang: Lang
    icons: Mapping[str, str]

    def part(self, items: Sequence[Item], start: datetime, end: datetime, left_out: int) -> TimetablePart:
        columns = {room: index for index, room in enumerate(self.rooms)}
        groups: dict[int | None, list[Item]] = {}
        for item in items:
            groups.setdefault(columns.get(item.location or ""), []).append(item)
        boxes = [box for column, members in groups.items() for box in self._column_boxes(members, column, start, end)]
        hours = []
        mark = start
        while mark <= end:
            y = round(_minutes(start, mark) * self.scale, 2)
            hours.append(HourView(self.lang.time(mark), y))
            mark += timedelta(hours=1)
        return TimetablePart(
            round(_minutes(start, end) * self.scale, 2),
            round(self.width, 2),
            self.rooms,
            tuple(hours),
            tuple(boxes),
            left_out,
        )

    def _column_boxes(
        self, members: Sequence[Item], column: int | None, start: datetime, end: datetime
    ) -> list[BoxView]:
        rooms = len(self.rooms)
        left, column_width = (0.0, self.width) if column is None else (column * self.width / rooms, self.width / rooms)
        boxes = []
        for item, (lane, count) in zip(members, lanes(members), strict=True):
            box_width = column_width / count
            top = max(0.0, _minutes(start, _start(item)) * self.scale)
            bottom = min(_minutes(start, _end(item)), _minutes(start, end)) * self.scale
            height = max(LINE + 2 * PADDING, bottom - top)
            icon = self.icons.get(item.kind.value)
            clock = f"{icon} " * bool(icon) + self.lang.time(_start(item))
            text = box_text(item, (box_width, height), self.names, clock=clock, lang=self.lang)
            named = (self.names.person(item.people[index], item.id) for index in text.named)
            boxes.append(
                BoxView(
                    item.id,
                    item.kind.value,
                    round(left + lane * box_width, 2),
                    round(top, 2),
                    round(box_width, 2),
                    round(height, 2),
                    text.lines,
                    tuple(person.id for person in named if person is not None),
                    text.more,
                )
            )
        return boxes


def box_text(item: Item, size: tuple[float, float], names: NamedPeople, *, clock: str, lang: Lang) -> BoxText:
    """Return what a box of this size prints: time (`clock`, with the kind's icon) and kind, what it is, who.

    Every line fits the width and there are only as many as the height holds. A title may
    be cut with "…", a name never: the box names all its people, or the first and "et al.",
    or nobody, and when it leaves people out it says so (`more`).
    """
    width, height = size
    per_line = max(3, math.floor((width - 2 * PADDING) / CHAR_WIDTH))
    count = max(1, math.floor((height - 2 * PADDING) / LINE))
    kind = lang.kind(item.kind, item.label)
    people = [names.display(name, item.id) for name in item.people]
    title = item_title(item, title_text(item).replace("|", "·"), kind, people)
    if count == 1:
        header: tuple[str, ...] = ()
        prefix, budget = f"{clock} ", 1
    else:
        header = (_cut(clock if starts_with_kind(title, kind) else f"{clock} {kind}", per_line),)
        prefix, budget = "", count - 1
    # A box narrower than the reference does without it (the box still links to the running order).
    reference = REFERENCE_CHARS if per_line >= REFERENCE_CHARS + 3 else 0
    et_al = lang.gettext("et al.").replace(" ", "\u00a0")  # never split over two lines
    for words, named, more in _choices(title, kind, people, et_al):
        lines = _whole(prefix + words, per_line, budget, reference if more else 0)
        if lines is not None:
            return BoxText((*header, *lines), named, more and bool(reference))
    # Not even the title fits whole: it is cut (the running order has it whole), and the reference would cost it more.
    words = kind if people and repeats_people(title, people) else title
    lines = _wrapped(prefix + words, per_line, budget)
    if any(_cuts(name, lines) for name in people):  # a title naming a person ("… Deutschlandfu…")
        lines = _wrapped_between_words(prefix + words, per_line, budget, keep=len(prefix.split()))
    return BoxText((*header, *lines))


def _choices(title: str, kind: str, people: Sequence[str], et_al: str) -> list[tuple[str, tuple[int, ...], bool]]:
    """What a box may say, best first: (words, positions of the people they name, whether to add the reference).

    The reference ("→ p. 3") only where people are left out and it costs the title nothing.
    """
    if not people:
        return [(title, (), False)]
    everyone = tuple(range(len(people)))
    if repeats_people(title, people):  # the title is the people ("Jeff Dean"): names, not a title to cut
        first = [(f"{people[0]} {et_al}", (0,), True)] if len(people) > 1 else []
        return [(title, everyone, False), *first, (kind, (), True), (kind, (), False)]
    first = [(f"{title} — {people[0]} {et_al}", (0,), True)] if len(people) > 1 else []
    return [(f"{title} — {', '.join(people)}", everyone, False), *first, (title, (), True), (title, (), False)]


def _whole(text: str, per_line: int, count: int, reserve: int, *, cut_long: bool = False) -> tuple[str, ...] | None:
    """Return `text` in at most `count` lines, `reserve` characters free at the end; None if it does not fit.

    No word is cut, unless `cut_long`: then a word longer than a line is (and only such a word).
    """
    # A no-break space joins words (str.split would break there): kept through the wrapping.
    glued = text.replace("\u00a0", _GLUE)
    lines = [
        line.replace(_GLUE, "\u00a0")
        for line in wrapped_words(glued, per_line, long_word=lambda word: _cut(word, per_line) if cut_long else word)
    ]
    if len(lines) > count or any(len(line) > per_line for line in lines):
        return None
    if reserve and len(lines[-1]) + reserve > per_line:
        if len(lines) == count:
            return None
        lines.append("")  # the reference on a line of its own
    return tuple(lines)


def _wrapped(text: str, per_line: int, count: int) -> tuple[str, ...]:
    """Return `text` in at most `count` lines, the last cut with "…" (within a word: more of a title is shown)."""
    lines = wrapped_words(text, per_line, long_word=lambda word: _cut(word, per_line)) or [""]
    if len(lines) <= count:
        return tuple(lines)
    kept = lines[:count]
    kept[-1] = _cut(f"{kept[-1]} …", per_line) if len(kept[-1]) + 2 <= per_line else _cut(kept[-1] + "…", per_line)
    return tuple(kept)


def _cuts(name: str, lines: Sequence[str]) -> bool:
    """Whether the lines end in the middle of `name` ("Dan…" for Dan Zhang).

    >>> _cuts("Dan Zhang", ["Graphs — Dan…"]), _cuts("Dan Zhang", ["Graphs — Dan Zhang"])
    (True, False)
    """
    text = " ".join(lines)
    stem = text.removesuffix("…").rstrip()
    return text.endswith("…") and any(stem.endswith(name[:end].rstrip()) for end in range(2, len(name)))


def _wrapped_between_words(text: str, per_line: int, count: int, *, keep: int) -> tuple[str, ...]:
    """Return `text` in at most `count` lines, cut with "…" between words after the first `keep` and one more."""
    words = text.split()
    for kept in range(len(words) - 1, keep, -1):
        lines = _whole(" ".join((*words[:kept], "…")), per_line, count, 0, cut_long=True)
        if lines is not None:
            return lines
    return _wrapped(text, per_line, count)


def _cut(text: str, per_line: int) -> str:
    """Return `text` if it fits `per_line` characters, else its start and "…"."""
    return text if len(text) <= per_line else text[: per_line - 1].rstrip(" ,;:—-") + "…"


def _start(item: Item) -> datetime:
    assert item.start is not None
    return item.start


def _end(item: Item) -> datetime:
    return item.end or _start(item)


def _minutes(origin: datetime, moment: datetime) -> float:
    return (moment - origin).total_seconds() / 60
