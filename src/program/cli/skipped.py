"""Many "skipped:" lines of one kind, as one line: the first in full, how many more, and where.

A calendar of 120 events, 97 of them all-day (Bitcoin Park), said 97 lines of "skipped:
… all-day event …"; a workbook whose second sheet repeats the first without titles said 75
of "a row without a title". The readers say each (that is what `--verbose` prints); the
commands print a run of more than `SHOWN_ALIKE` alike lines as one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

SHOWN_ALIKE = 3
"""Alike skipped lines printed one by one; past that, one line for the whole kind."""

PLACES_SHOWN = 3
"""Places named on a summary line after the first line's own."""

_QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
_NUMBER = re.compile(r"\d+")
_PLACE = re.compile(r"(?<=:)\d+\b|(?<=!)[A-Z]{1,3}\d+\b|\bline \d+\b")
"""Where a line says it skipped: a FILE:LINE's line, a sheet cell (Sheet2!A7), "line 12"."""


def _kind(line: str) -> str | None:
    """What a skipped line says, without its place and quoted text; None for a line that is no skip."""
    if "skipped: " not in line:
        return None
    return _NUMBER.sub("#", _QUOTED.sub("'…'", line))


def _place(line: str) -> str | None:
    found = _PLACE.search(line.partition("skipped: ")[2])
    return found[0] if found else None


def summarised(lines: Sequence[str]) -> list[str]:
    """`lines` with each kind of skipped line that occurs more than `SHOWN_ALIKE` times said once.

    The kind's first line stays where it was, followed by how many more there are and the
    first few of their places; other lines are kept as they are, in order.

    >>> summarised([f"skipped: a.ics:{n}: all-day event 'E{n}' (no slot)" for n in (3, 9, 14, 20)])
    ["skipped: a.ics:3: all-day event 'E3' (no slot); and 3 more like it (at 9, 14, 20; --verbose lists each)"]
    """
    kinds = [_kind(line) for line in lines]
    alike: dict[str, list[int]] = {}
    for number, kind in enumerate(kinds):
        if kind is not None:
            alike.setdefault(kind, []).append(number)
    shown = []
    for number, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        group = alike[kind] if kind is not None else []
        if len(group) <= SHOWN_ALIKE:
            shown.append(line)
        elif number == group[0]:
            shown.append(f"{line}; {_more([lines[other] for other in group[1:]])}")
    return shown


def _more(rest: Sequence[str]) -> str:
    places = [place for place in map(_place, rest) if place is not None]
    at = ", ".join(places[:PLACES_SHOWN]) + (", …" if len(places) > PLACES_SHOWN else "")
    return f"and {len(rest)} more like it ({f'at {at}; ' if at else ''}--verbose lists each)"
