"""Headings that name rooms: each over a list of its own timed items, the lists of one day running side by side.

Agile France 2013 writes a day as `<h4>1 - Belvédère</h4> <ul><li>10:00 - 11:00 - …</li>…</ul>`, one
heading and list per room. A heading over a list is read as the room of its items only when lists of
the same day under different headings overlap in time: a day's sessions one after another ("Morning
session", "Afternoon session") are no rooms, while parallel lists can only be in different places.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import attrs

from program.model import Item


@attrs.frozen
class HeadedRun:
    """The items one run of lines gave under a heading that writes no date.

    Attributes:
        heading: the heading's text.
        day: the day the run is on.
        first: the index of its first item in the page's items.
        last: the index after its last item.
    """

    heading: str
    day: date
    first: int
    last: int


def headed_rooms(items: list[Item], runs: Sequence[HeadedRun]) -> tuple[list[Item], tuple[str, ...]]:
    """The items with their heading as their room where the day's headed lists run in parallel; the rooms so read."""
    placed = list(items)
    rooms: dict[str, None] = {}
    for day in dict.fromkeys(run.day for run in runs):
        of_day = [run for run in runs if run.day == day]
        if len({run.heading for run in of_day}) < 2 or not _side_by_side(items, of_day):
            continue
        for run in of_day:
            rooms[run.heading] = None
            for index in range(run.first, run.last):
                if placed[index].location is None:
                    placed[index] = attrs.evolve(placed[index], location=run.heading)
    return placed, tuple(rooms)


def _side_by_side(items: Sequence[Item], runs: Sequence[HeadedRun]) -> bool:
    """Whether an item under one heading overlaps in time an item under another heading of the same day."""
    for position, run in enumerate(runs):
        for other in runs[position + 1 :]:
            if other.heading == run.heading:
                continue
            mine, theirs = items[run.first : run.last], items[other.first : other.last]
            if any(_overlap(one, two) for one in mine for two in theirs):
                return True
    return False


def _overlap(one: Item, two: Item) -> bool:
    if one.start is None or two.start is None:
        return False
    if one.end is None or two.end is None:
        return one.start == two.start
    return one.start < two.end and two.start < one.end
