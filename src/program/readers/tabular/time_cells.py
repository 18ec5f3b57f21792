"""Whether a table's cell holds a time: asked of every cell by every layout tried, so each answer is kept.

A sheet repeats its times and numbers down its rows, and each layout (`grid`, `day_rows`,
`blocks`, `turned`) asks again of the same cells: a text's span is worked out once per
distinct text, a stored value's once per distinct value.
"""

from __future__ import annotations

import functools
from collections.abc import Hashable

from program.readers.notation.leading import one_digit_minute, stray_meridiem_span
from program.readers.notation.times import ClockError, TimeSpan, clock_value, parse_span
from program.readers.tabular.cells import Cell


def cell_span(cell: Cell | None) -> TimeSpan | None:
    """The time or time range a cell holds, else None."""
    if cell is None or not cell.text:
        return None
    if isinstance(cell.value, str):
        return _text_span(cell.text)
    return _value_span(cell.value) if isinstance(cell.value, Hashable) else None


@functools.lru_cache(maxsize=1 << 14)
def _text_span(text: str) -> TimeSpan | None:
    try:
        return parse_span(text)
    except ClockError:
        lenient = stray_meridiem_span(text)  # "12:30 - 13:15 PM": a 24-hour time with a stray meridiem
        return lenient[0] if lenient is not None else None


def lenient_time_notes(cell: Cell | None) -> tuple[str, ...]:
    """What was assumed to read a time cell: a stray am/pm ("read '13:15 PM' as 13:15: …"), or ().

    A start or end of a minute of one zero is read as the whole hour ("read '14:0' as 14:00: …").
    """
    if cell is None or not isinstance(cell.value, str) or not cell.text:
        return ()
    try:
        parse_span(cell.text)
    except ClockError:
        if (whole_hour := one_digit_minute(cell.text)) is not None:
            return (whole_hour[1],)
        lenient = stray_meridiem_span(cell.text)
        return lenient[1] if lenient is not None else ()
    return ()


@functools.lru_cache(maxsize=1 << 14, typed=True)  # 1 is no 1.0: each type read as it is
def _value_span(value: object) -> TimeSpan | None:
    try:
        return TimeSpan(clock_value(value), None, None)
    except ClockError:
        return None


def is_time_cell(cell: Cell) -> bool:
    """Whether a cell holds a time or a time range."""
    return cell_span(cell) is not None
