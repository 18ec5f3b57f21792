"""Parse an iCalendar text with icalendar, tolerating a bad property outside the events.

icalendar itself tolerates a property it cannot read inside a VEVENT (it drops it and notes it),
but raises on one in the VCALENDAR or a VALARM: one calendar-level
`REFRESH-INTERVAL;VALUE=DURATION:P60M` (ical.marudot.com writes it) refused every event. The
parser below drops such a property too and keeps it, with its line, for an `ignored-property`
warning. Inside a zone's STANDARD/DAYLIGHT part a bad offset or start still refuses the file: the
times it would give are wrong.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from icalendar import Calendar, Parameters
from icalendar.parser import Contentline
from icalendar.parser.ical import CalendarIcalParser

from program.errors import ParseError
from program.model import Problem, Severity, SourceRef
from program.model.text import collapse_space

# The parts of a VTIMEZONE whose properties are the zone's offsets and changes.
_ZONE_PARTS = frozenset({"STANDARD", "DAYLIGHT"})


@attrs.frozen
class Parsed:
    """The calendars of a text, and the properties dropped outside the events."""

    calendars: tuple[Calendar, ...]
    ignored: tuple[Problem, ...]


@attrs.frozen
class _Dropped:
    component: str
    name: str
    line: str
    reason: str


class _TolerantParser(CalendarIcalParser):
    """icalendar's calendar parser, dropping (and keeping) an unreadable property outside the events."""

    def __init__(self, text: str) -> None:
        # icalendar's own factories, as Calendar.from_ical passes them.
        super().__init__(text, Calendar._get_component_factory(), Calendar.types_factory)
        self.dropped: list[_Dropped] = []

    def handle_property_parse_error(
        self, exception: Exception, name: str, params: Parameters, val: str, line: Contentline
    ) -> None:
        component = self.component
        if component is None or component.ignore_exceptions or component.name in _ZONE_PARTS:
            super().handle_property_parse_error(exception, name, params, val, line)
            return
        component.errors.append((name, str(exception)))
        self.dropped.append(_Dropped(str(component.name), name, str(line), str(exception)))


def parse_calendars(text: str, source: str) -> Parsed:
    """The calendars of `text`; a file icalendar refuses is a ParseError at the first unclosed BEGIN:."""
    parser = _TolerantParser(text)
    try:
        calendars = parser.parse()
    # icalendar trips on a TZID given twice (a list), looks a TZID up as a file (a name too long:
    # OSError) and recurses on deeply nested components (RecursionError).
    except (ValueError, AttributeError, TypeError, OSError, RecursionError) as error:
        reason = collapse_space(str(error).split("\n")[0])[:160]
        raise ParseError(
            f"expected an iCalendar file icalendar can read: {reason}", SourceRef(source, _unclosed(text))
        ) from None
    found = tuple(calendar for calendar in calendars if isinstance(calendar, Calendar))
    if not found:  # nothing, or components outside any VCALENDAR ("BEGIN:VEVENT" first: fuzz case ics-1567)
        raise ParseError("expected BEGIN:VCALENDAR … END:VCALENDAR, found no calendar", SourceRef(source, 1))
    return Parsed(found, _ignored(parser.dropped, text, source))


def _ignored(dropped: Sequence[_Dropped], text: str, source: str) -> tuple[Problem, ...]:
    """One warning per dropped property, at its line (icalendar parses twice on a late VTIMEZONE)."""
    physical = [line.rstrip("\r") for line in text.split("\n")]
    seen: set[tuple[int | None, str]] = set()
    problems: list[Problem] = []
    for drop in dropped:
        number = _line_of(drop.line, physical)
        if (number, drop.line) in seen:
            continue
        seen.add((number, drop.line))
        message = f"{drop.component} property {drop.name} ignored: {collapse_space(drop.reason)[:160]}"
        problems.append(Problem(Severity.WARNING, "ignored-property", message, SourceRef(source, number)))
    return tuple(problems)


def _line_of(content: str, physical: Sequence[str]) -> int | None:
    """The line where the unfolded content line starts (a folded one's first part starts it)."""
    for number, line in enumerate(physical, start=1):
        if line and not line[0].isspace() and content.startswith(line):
            return number
    return None


def _unclosed(text: str) -> int:
    """The line of the first BEGIN: that no END: closes, where icalendar stopped; else 1.

    Only to say where: icalendar has parsed (and refused) the file, and gives no line.
    """
    opened: list[tuple[str, int]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        name, _, value = line.strip().partition(":")
        if name.upper() == "BEGIN":
            opened.append((value.strip().upper(), number))
        elif name.upper() == "END" and opened and opened[-1][0] == value.strip().upper():
            opened.pop()
    return opened[0][1] if opened else 1
