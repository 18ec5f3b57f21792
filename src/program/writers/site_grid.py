"""The site's day grid: each timed item's CSS grid-area on a wide screen, rooms as columns, times as rows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import attrs

from program.model import Item
from program.writers.timetable import room_columns


@attrs.frozen
class DayGrid:
    """How many columns a day takes, its room headers (room, grid-column) and each item's grid-area."""

    columns: int
    rooms: tuple[tuple[str, str], ...]
    areas: dict[str, str]


def day_grid(items: Sequence[Item]) -> DayGrid:
    """Place a day's timed items: rows are the day's distinct times, columns the rooms' lanes.

    Each room gets as many lanes as it has items at once (one, unless it overlaps itself);
    items without a room get lanes of their own, or the whole width when nothing else
    runs beside them (a lunch across all rooms). Overlapping items so sit side by side.
    """
    times = sorted({moment for item in items for moment in (_start(item), _end(item))})
    row = {moment: index for index, moment in enumerate(times, start=2)}  # row 1: room headers
    rooms = list(room_columns(items))
    groups: dict[str | None, list[Item]] = {room: [] for room in rooms}
    spanning: list[Item] = []
    # Each item's start and end in seconds, once: an aware time's `timestamp()` asks its zone (98,000 asks a build).
    seconds = {item.id: (_start(item).timestamp(), _end(item).timestamp()) for item in items}
    alone_in_day = _alone(items, seconds)
    for item in items:
        room = item.location if item.location in groups else None
        if room is None and rooms and item.id in alone_in_day:
            spanning.append(item)
        else:
            groups.setdefault(room, []).append(item)
    areas: dict[str, str] = {}
    headers: list[tuple[str, str]] = []
    column = 1
    for room, members in groups.items():
        lanes = _lanes(members, seconds)
        width = max(lanes.values(), default=0) + 1
        if room is not None:
            headers.append((room, f"{column} / {column + width}"))
        alone = _alone(members, seconds)
        for item in members:
            first = column if item.id in alone else column + lanes[item.id]
            last = column + width if item.id in alone else first + 1
            areas[item.id] = f"{row[_start(item)]} / {first} / {_end_row(item, row)} / {last}"
        column += width if members or room is not None else 0
    columns = max(column - 1, 1)
    for item in spanning:
        areas[item.id] = f"{row[_start(item)]} / 1 / {_end_row(item, row)} / {columns + 1}"
    return DayGrid(columns, tuple(headers), areas)


def _alone(items: Sequence[Item], seconds: dict[str, tuple[float, float]]) -> set[str]:
    """Return the ids of the items that overlap no other item of `items` (one sweep, not all pairs)."""
    alone: set[str] = set()
    run: list[str] = []
    run_end = float("-inf")
    for item in sorted(items, key=lambda item: seconds[item.id]):
        start, end = seconds[item.id]
        if start >= run_end:  # touching is not overlapping
            if len(run) == 1:
                alone.update(run)
            run, run_end = [], start
        run.append(item.id)
        run_end = max(run_end, end, start + 1)
    if len(run) == 1:
        alone.update(run)
    return alone


def _start(item: Item) -> datetime:
    assert item.start is not None
    return item.start


def _end(item: Item) -> datetime:
    return item.end or _start(item)


def _end_row(item: Item, row: dict[datetime, int]) -> int:
    return max(row[_end(item)], row[_start(item)] + 1)


def _lanes(items: Sequence[Item], seconds: dict[str, tuple[float, float]]) -> dict[str, int]:
    """Return each item's lane: the first one free at its start (as few lanes as the overlaps need)."""
    lane_ends: list[float] = []
    lanes: dict[str, int] = {}
    for item in sorted(items, key=lambda item: seconds[item.id]):
        start, finish = seconds[item.id]
        lane = next((index for index, end in enumerate(lane_ends) if end <= start), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(0.0)
        lane_ends[lane] = max(finish, start + 1)
        lanes[item.id] = lane
    return lanes
