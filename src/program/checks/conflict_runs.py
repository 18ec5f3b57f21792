"""A person's overlapping items, grouped by the runs they belong to: one speaker-conflict each.

32C3's self-organised sessions (voc/32C3_schedule workshops.schedule.json) list the hourly
'Lounge' DJ slots of "DJ Spock" in two rooms at once, Dach and Lounge, from 15:00 to 04:00
on four days: 44 pairs of overlapping items, 44 warnings that buried the two others. A run
is a person's items of one title in one room, each starting when the one before ends; the
overlapping pairs between two runs are one warning, which names both runs and counts the pairs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from program.model import Item
from program.model.clock import span_text

Pair = tuple[Item, Item]
"""Two overlapping items of one person: the earlier-starting one first."""


def _runs(items: Sequence[Item]) -> dict[str, int]:
    """The run of each timed item: back-to-back items of one title in one room share one."""
    run_of: dict[str, int] = {}
    timed = sorted(
        (item for item in items if item.start is not None),
        key=lambda item: (item.location or "", item.title, item.start),
    )
    previous: Item | None = None
    for item in timed:
        continues = (
            previous is not None
            and (previous.location, previous.title) == (item.location, item.title)
            and previous.end == item.start
        )
        run_of[item.id] = run_of[previous.id] if continues and previous is not None else len(run_of)
        previous = item
    return run_of


def grouped_by_runs(items: Sequence[Item], pairs: Sequence[Pair]) -> list[list[Pair]]:
    """The `pairs` of a person's overlapping `items`, one group for each two runs they join, in order.

    Each group keeps its pairs in the order given; the groups are in the order of their first pair.
    """
    run_of = _runs(items)
    groups: dict[tuple[int, int], list[Pair]] = {}
    for first, second in pairs:
        groups.setdefault((run_of[first.id], run_of[second.id]), []).append((first, second))
    return list(groups.values())


def sides(group: Sequence[Pair]) -> tuple[list[Item], list[Item]]:
    """The earlier-starting items of a group's pairs and the later ones, each once, in time order."""
    firsts = {first.id: first for first, _ in group}
    seconds = {second.id: second for _, second in group}
    return _in_time(firsts.values()), _in_time(seconds.values())


def _in_time(items: Iterable[Item]) -> list[Item]:
    return sorted(items, key=lambda item: (item.start, item.source.line or 0))


def run_text(items: Sequence[Item], described: str, *, twelve_hour: bool) -> str:
    """The items of one run in a warning: `described` (the first's own text) when it is one, else the run's.

    >>> from datetime import datetime, timezone
    >>> from program.model import Kind, SourceRef
    >>> def slot(hour: int, line: int) -> Item:
    ...     at = datetime(2015, 12, 28, hour, tzinfo=timezone.utc)
    ...     end = at.replace(hour=hour + 1)
    ...     return Item("i", Kind.OTHER, "Lounge", SourceRef("w.json", line), at, end, location="Dach")
    >>> run_text([slot(15, 926), slot(16, 953)], "", twelve_hour=True)
    "'Lounge' 2 times back to back in Dach (3:00 p.m.–5:00 p.m., listed at lines 926 to 953)"
    """
    if len(items) == 1:
        return described
    first, last = items[0], items[-1]
    assert first.start is not None  # the items of a run are timed
    room = f" in {first.location}" if first.location else ""
    span = span_text(first.start, last.end, twelve_hour=twelve_hour)
    lines = sorted(item.source.line or 0 for item in items)  # an export need not list them in time order
    return f"'{first.title}' {len(items)} times back to back{room} ({span}, listed at lines {lines[0]} to {lines[-1]})"
