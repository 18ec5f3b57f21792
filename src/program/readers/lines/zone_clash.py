"""A page that names its zone two ways that disagree: "Central European Summer Time (UTC+1)" (AMTE 2024).

CEST is two hours ahead of UTC, not one. The reader follows the first way the line names
(`days.zones_named`: an IANA name, a city, an abbreviation or its words, then an offset: a
named zone keeps the clock of the place through summer time, an offset written beside it is
the likelier slip) and warns at the line, naming both and the one followed, compared at the
program's first time. `--timezone` settles it and silences the warning.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from program.model import Item, Problem, Severity, SourceRef
from program.readers.base import Line
from program.readers.lines.days import zones_named


def zone_clash(statement: tuple[Line, str] | None, items: Iterable[Item], source: str) -> list[Problem]:
    """A warning when the line the page's zone was read from names it two ways that disagree at its first time.

    `statement`: that line and its text without markup, or None (no zone from the page).
    """
    first = min((item.start for item in items if item.start is not None), default=None)
    if statement is None or first is None:
        return []
    line, text = statement
    named = zones_named(text)
    offsets = [(words, zone.key, first.astimezone(zone).utcoffset()) for zone, words in named]
    followed = offsets[0] if offsets else None
    other = next((said for said in offsets[1:] if followed is not None and said[2] != followed[2]), None)
    if followed is None or other is None:
        return []
    message = (
        f"the page names its zone two ways that disagree on {first:%Y-%m-%d}: {_said(followed)}, "
        f"{_said(other)}; the times are read in {followed[1]} (give --timezone to choose)"
    )
    return [Problem(Severity.WARNING, "zone-offset-mismatch", message, SourceRef(source, line.number))]


def _said(said: tuple[str, str, timedelta | None]) -> str:
    words, key, offset = said
    named = "" if key.startswith("Etc/") or key == "UTC" else f" ({key})"
    return f"{words!r} is {_offset(offset)}{named}"


def _offset(offset: timedelta | None) -> str:
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "-" if minutes < 0 else "+"
    hours, minute = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{minute:02d}"
