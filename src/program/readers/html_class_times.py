"""A CSS-grid timetable whose times are only in class names: `<div class="event start-1730 end-1800">`.

DQML 2022 (a Jekyll page) writes its four days as column headers, `<div class="header"
style="grid-column: 2;">Tuesday</div>`, and each event as a `div` placed by its classes alone
(`class="event stage-ML start-1730 end-1800 length-1"`), the title its own text, a `<span>` its
chair (`Chair: Name`) or its people (`A & B`), a `<span class="left">` its speakers, one a line
after a code (`S1: Igor Poltavsski`, `P2: …`). Its text shows no time of an event, and no event
says its day: the stylesheet puts them in columns in page order, so a day is a run of events
whose starts go forward, and a start earlier than the one before begins the next column. That
is read only when the runs are as many as the headers; any other such page is refused with an
error that says why, never read as one wrong item (the text reading found one, "Arrival" at the
last time label, on the wrong day).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from program.errors import ParseError
from program.model import Item, Program, SourceRef
from program.model.ids import item_id
from program.readers.html_blocks import collapse, tag_of
from program.readers.html_dating import PageSettings, needs_zone, resolve_day
from program.readers.kind_labels import kind_from_title
from program.readers.notation.dates import DateError, parse_date
from program.readers.tabular.placing import at

if TYPE_CHECKING:  # only named: lxml, 0.05 s of every start-up, is imported where a page is parsed
    from lxml import etree

_START = re.compile(r"^start-(?P<hours>\d{1,2})(?P<minutes>\d{2})$")
_END = re.compile(r"^end-(?P<hours>\d{1,2})(?P<minutes>\d{2})$")
_CHAIR = re.compile(r"^(?:co-?)?chairs?\s*:\s*", re.IGNORECASE)
_CODE = re.compile(r"^[A-Z]{1,2}\d{1,3}\s*:?\s+(?=\S)")
"""A speaker's code before the name ("S1: Igor Poltavsski", DQML's "S5 Benedikt Klein" without the colon)."""
_JOINED = re.compile(r"\s*(?:&|,|\band\b)\s*")
_FEWEST = 2
"""Events with class times a page needs to be read this way."""
_CLASS_TIMED = re.compile(r"""class=["'][^"']*\b(?:event|time)\b[^"']*\bstart-\d{3,4}\b""", re.IGNORECASE)
"""An event, or a time label of the grid's rows (`<div class="time start-830">8:30</div>`, before the events)."""
_OPENING_CHARACTERS = 8000


def holds_class_times(text: str) -> bool:
    """Whether a page's opening holds two events or time labels timed by their classes (HTML inside a Jekyll page)."""
    return len(_CLASS_TIMED.findall(text[:_OPENING_CHARACTERS])) >= _FEWEST


@attrs.frozen
class ClassEvent:
    """An event of the grid: its minutes from midnight, title, people and line."""

    start: int
    end: int | None
    title: str
    people: tuple[str, ...]
    line: int


def class_events(root: etree._Element) -> tuple[list[str], list[ClassEvent]] | None:
    """The day headers and the events of a page whose events give their times only in classes; else None."""
    events = [event for element in root.iter() if (event := _event(element)) is not None]
    if len(events) < _FEWEST:
        return None
    headers = [
        collapse(element.text_content())
        for element in root.iter()
        if tag_of(element) and "header" in str(element.get("class", "")).split()
    ]
    return headers, events


def class_program(
    headers: Sequence[str], events: Sequence[ClassEvent], title: str, settings: PageSettings, source: str
) -> Program:
    """The events, each on the day of its run.

    Raises:
        ParseError: when the runs of events are not as many as the day headers (each event's day unknown).
        UsageError: naming --timezone or --date when the page needs them.
    """
    runs = _runs(events)
    if len(runs) != len(headers):
        raise ParseError(
            f"a timetable whose events give their times only in class names (start-…, end-…) and their days only "
            f"by their place: {len(events)} events run in {len(runs)} days by their order, under {len(headers)} "
            "day headers; each event's day cannot be told",
            SourceRef(source, events[0].line),
        )
    zone = needs_zone(settings, source)
    items: list[Item] = []
    for header, run in zip(headers, runs, strict=True):
        try:
            day = resolve_day(parse_date(header), settings, source)
        except DateError as error:
            raise ParseError(f"a day header that is no day: {error}", SourceRef(source, run[0].line)) from None
        for event in run:
            kind = kind_from_title(event.title)
            items.append(
                Item(
                    id=item_id(kind, event.title),
                    kind=kind,
                    title=event.title,
                    source=SourceRef(source, event.line),
                    start=at(day, event.start, zone),
                    end=at(day, event.end, zone) if event.end is not None and event.end > event.start else None,
                    people=event.people,
                )
            )
    people = {name for item in items for name in item.people}
    said = (
        f"{len(items)} events timed by their class names (start-…, end-…), {len(people)} people; "
        f"days by their order under the headers: {', '.join(headers)}",
        *settings.said,
    )
    return Program(title=title, timezone=zone.key, items=tuple(items), sources=(source,), reading=said)


def _runs(events: Sequence[ClassEvent]) -> list[list[ClassEvent]]:
    """The events cut where a start is earlier than the one before: a column each."""
    runs: list[list[ClassEvent]] = []
    for event in events:
        if not runs or event.start < runs[-1][-1].start:
            runs.append([])
        runs[-1].append(event)
    return runs


def _event(element: etree._Element) -> ClassEvent | None:
    """An element classed `event` with a `start-HHMM` class, read; else None."""
    if not tag_of(element):
        return None
    classes = str(element.get("class", "")).split()
    start = next((found for token in classes if (found := _START.match(token))), None)
    if "event" not in classes or start is None:
        return None
    end = next((found for token in classes if (found := _END.match(token))), None)
    people: list[str] = []
    for part in element:
        if tag_of(part) != "span":
            continue
        lines = [collapse(piece) for piece in part.itertext() if collapse(piece)]
        for line in lines:
            named = _CODE.sub("", _CHAIR.sub("", line))
            people.extend(name for name in _JOINED.split(named) if name and name not in people)
    title = collapse((element.text or "") + "".join(part.tail or "" for part in element))
    return ClassEvent(_minutes(start), _minutes(end) if end else None, title, tuple(people), element.sourceline or 1)


def _minutes(found: re.Match[str]) -> int:
    return int(found["hours"]) * 60 + int(found["minutes"])
