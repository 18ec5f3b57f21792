"""A page whose list items open with bare hours ("* 12-13 Registration", "* 14- hack"): its times with minutes.

A bare number opens no time line (`notation.leading`: "3 talks", "2023 was …"). A3Net 2024's README
writes its whole week so, under `### Monday (Sept 2)`: `* 12-13 Registration`, `* 9-10 [hack](Hack)
introduction`, an open end `* 14- hack`. Such items are read as times only on a page whose list items
are led by them (three or more, more than items led by a clock time), each hour 0–24 and a range's
start before its end; their times are written again with minutes ("12:00-13:00") for the line reader.
Numbers in prose, and on any other page, stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from program.readers.notation.leading import leading_span

_HOUR_ITEM = re.compile(r"^(?P<bullet>\s*[-*+]\s+)(?P<start>\d{1,2})\s*[-–]\s*(?P<end>\d{1,2})?(?P<rest>\s+[^\d\s].*)$")
"""A list item opening with a bare hour range, or an hour and a dash (an open end), then words."""
_LIST_ITEM = re.compile(r"^\s*[-*+]\s+(?P<text>.*)$")
_FEWEST = 3


def hour_led(lines: Sequence[str]) -> list[str] | None:
    """The lines with their bare hours written with minutes, when the page's list items are led by them; else None.

    >>> hour_led(["* 12-13 Registration", "* 13-16 lecture", "* 14- hack", "2023 was 3-4 days"])
    ['* 12:00-13:00 Registration', '* 13:00-16:00 lecture', '* 14:00 hack', '2023 was 3-4 days']
    >>> hour_led(["* 3-4 people a team", "* 10:00-11:00 Talk", "* 11:00-12:00 Talk"]) is None
    True
    """
    hours = [_hours(line) for line in lines]
    led = sum(found is not None for found in hours)
    clocked = sum(
        1 for line in lines if (item := _LIST_ITEM.match(line)) is not None and leading_span(item["text"]) is not None
    )
    if led < _FEWEST or led <= clocked:
        return None
    return [_with_minutes(line, found) if found is not None else line for line, found in zip(lines, hours, strict=True)]


def _hours(line: str) -> re.Match[str] | None:
    found = _HOUR_ITEM.match(line)
    if found is None:
        return None
    start, end = int(found["start"]), int(found["end"]) if found["end"] else None
    if start > 24 or (end is not None and not start < end <= 24):
        return None
    return found


def _with_minutes(line: str, found: re.Match[str]) -> str:
    span = f"{int(found['start']):02d}:00" + (f"-{int(found['end']):02d}:00" if found["end"] else "")
    return f"{found['bullet']}{span}{found['rest']}"
