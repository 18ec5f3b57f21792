"""Checks of a program: overlapping slots, double-booked people, names that disagree."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime

from program.model import Item, Problem, Severity
from program.model.clock import span_text
from program.people import name_key


def check_items(items: Sequence[Item]) -> tuple[Problem, ...]:
    """Return every problem the checks find among `items`."""
    pairs = list(overlapping_pairs(items))
    return (
        *(_overlap_problem(first, second) for first, second in pairs),
        *(problem for first, second in pairs for problem in _speaker_conflicts(first, second)),
        *(problem for item in items for problem in _title_name_variants(item)),
    )


def overlapping_pairs(items: Sequence[Item]) -> Iterator[tuple[Item, Item]]:
    """Yield each pair of timed items that share time, earlier start first.

    A sweep over the items in start order: each item is compared only with the items
    still running when it starts, so the cost follows the number of overlaps.
    """
    timed = sorted((item for item in items if item.start is not None), key=_start_end)
    running: list[Item] = []
    for item in timed:
        assert item.start is not None
        running = [other for other in running if _end(other).timestamp() > item.start.timestamp()]
        for other in running:
            if other.overlaps(item):
                yield other, item
        running.append(item)


def _start_end(item: Item) -> tuple[float, float, int]:
    assert item.start is not None
    return (item.start.timestamp(), _end(item).timestamp(), item.source.line or 0)


def _end(item: Item) -> datetime:
    assert item.start is not None
    return item.end or item.start


def _describe(item: Item) -> str:
    assert item.start is not None
    return f"'{item.title}' (line {item.source.line}, {span_text(item.start, item.end)})"


def _overlap_problem(first: Item, second: Item) -> Problem:
    return Problem(Severity.WARNING, "overlap", f"{_describe(second)} overlaps {_describe(first)}", second.source)


def _speaker_conflicts(first: Item, second: Item) -> Iterator[Problem]:
    first_people = {name_key(name): name for name in first.people}
    for name in second.people:
        if name_key(name) in first_people:
            yield Problem(
                Severity.WARNING,
                "speaker-conflict",
                f"{name} is on {_describe(second)} and on {_describe(first)}, which overlap",
                second.source,
            )


def _title_name_variants(item: Item) -> Iterator[Problem]:
    speaker = item.title_speaker
    if speaker is None or not item.people:
        return
    if name_key(speaker) not in {name_key(name) for name in item.people}:
        yield Problem(
            Severity.WARNING,
            "name-variant",
            f"the title names '{speaker}' but the people line says '{' · '.join(item.people)}'; kept the people line",
            item.source,
        )
