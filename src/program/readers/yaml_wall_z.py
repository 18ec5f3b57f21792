"""A site's times written by hand with a `Z`, which the site shows as written: the place's wall clock.

Simonyi Konferencia 2018's Gatsby site writes `date: "2018-04-18T13:30Z"` and shows it with
`date(formatString: "HH:mm")`; Gatsby formats such a date with `moment.utc(…)`, so visitors read
13:30, the talk's start in Budapest, not 15:30 (the `Z` taken as UTC). The `Z` is there to make the
site print what was typed, as Sessionize's schedule grid and LSWT's frab template write one on
local times. A time written to the minute with a `Z`, on every entry, is taken to be such a time
once the program's zone is given: it is read as that zone's wall clock, and a `z-wall-clock`
warning says so, with the instant the other reading gives. Times with seconds (`…T13:30:00Z`, what
exports and `toISOString` write) stay instants. The program file decides otherwise:
`[feeds.columns] z_means = "utc"` (every `Z` an instant) or `"wall-clock"` (every `Z` and
`+00:00` the zone's clock, seconds or not).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime

from program.errors import UsageError
from program.model import Problem, Severity, SourceRef
from program.readers.base import ReadContext
from program.readers.yaml_located import Located
from program.readers.yaml_shape import Found, inherited, key_of

Z_SETTING = "z_means"
"""The `[feeds.columns]` key that says what a written `Z` means."""
_MINUTE_Z = re.compile(r"^(?P<local>\s*\d{4}-\d{1,2}-\d{1,2}[ T]\d{1,2}:\d{2})\s*Z\s*$", re.IGNORECASE)
"""A date and a clock to the minute, then `Z`: typed by hand (an export writes seconds)."""
_ANY_UTC = re.compile(r"^(?P<local>\s*\d{4}-\d{1,2}-\d{1,2}[ T][\d:.]+?)\s*(?:Z|[+-]00:?00)\s*$", re.IGNORECASE)
"""Any time written at UTC, for a program file that says every `Z` is the wall clock."""


def read_z_as_wall_clock(
    found: Sequence[Found], mapping: dict[str, str], context: ReadContext, source: str
) -> tuple[list[str], tuple[Problem, ...]]:
    """Take the `Z` off the entries' starts and ends when they are the zone's wall clock (see the module).

    Returns the reading lines and the warning; the entries are changed in place.

    Raises:
        UsageError: for a `z_means` other than "utc" or "wall-clock".
    """
    said = mapping.get(Z_SETTING, "").strip().casefold().replace("_", "-").replace(" ", "-")
    if said not in ("", "utc", "wall-clock"):
        raise UsageError(f'{source}: [feeds.columns] {Z_SETTING} = "{said}": write "utc" or "wall-clock"')
    pattern = _ANY_UTC if said == "wall-clock" else _MINUTE_Z
    written = _written_times(found, mapping)
    starts = [one for one in written if one[3] == "start"]
    if not starts or said == "utc" or not all(pattern.match(text) for _, _, text, _ in written):
        return ([f'times written with Z read as UTC ({Z_SETTING} = "utc")'] if said == "utc" and written else []), ()
    level, key, text, _ = starts[0]
    where = SourceRef(source, level.line or 1)
    if context.timezone is None:
        if said:  # the entries' times are then the zone's clock, and the reader asks for --timezone
            _strip(written, pattern)
            return [], ()
        message = (
            f"{len(written)} times are written to the minute with Z ({key}: {text.strip()!r}), shown in UTC as "
            "written; a site that formats them in UTC (Gatsby's formatString) shows them as the place's wall clock: "
            "pass --timezone Area/City to read them so"
        )
        return [], (Problem(Severity.WARNING, "z-wall-clock", message, where),)
    _strip(written, pattern)
    local = datetime.fromisoformat(_local(text, pattern).replace(" ", "T"))
    shown = local.replace(tzinfo=UTC).astimezone(context.timezone)
    message = (
        f"{len(written)} times written to the minute with Z ({key}: {text.strip()!r}) read as "
        f"{context.timezone.key}'s wall clock ({local:%H:%M}), as a site that formats them in UTC (Gatsby's "
        f"formatString) shows them; if they are UTC instants ({shown:%H:%M} there), set "
        f'[feeds.columns] {Z_SETTING} = "utc" in a program file'
    )
    reading = f"times written with Z read as {context.timezone.key}'s wall clock (the site shows them as written)"
    return [reading], (Problem(Severity.WARNING, "z-wall-clock", message, where),)


def _written_times(found: Sequence[Found], mapping: dict[str, str]) -> list[tuple[Located, str, str, str]]:
    """Each start and end written as text: (its level, its key, the text, the field), each level once."""
    written: list[tuple[Located, str, str, str]] = []
    seen: set[tuple[int, str]] = set()
    for one in found:
        for field in ("start", "end"):
            text, level = inherited(one, field, mapping)
            key = key_of(level, field, mapping) if level is not None else None
            if not isinstance(text, str) or level is None or key is None or (id(level), key) in seen:
                continue
            seen.add((id(level), key))
            written.append((level, key, text, field))
    return written


def _strip(written: list[tuple[Located, str, str, str]], pattern: re.Pattern[str]) -> None:
    for level, key, text, _ in written:
        level[key] = _local(text, pattern)


def _local(text: str, pattern: re.Pattern[str]) -> str:
    match = pattern.match(text)
    return match["local"].strip() if match else text


__all__ = ["Z_SETTING", "read_z_as_wall_clock"]
