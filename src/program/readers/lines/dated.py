"""Lines that end with their date and time, as the conference sites' day pages write each event.

A day page of the ICML/NeurIPS/ICLR virtual sites (``/virtual/2023/day/7/28``), copied as text,
gives each event as a line ``Workshop: AI for Agent-Based Modelling (AI4ABM) Sat 23 Jul 08:30
a.m.``: the event's type before a colon, its title, then its weekday, date and start. The line
after it may list its people (``Ada Lovelace · Grace Hopper``); the paragraphs after that
describe it. The time is read by the shared tokenizer (`leading_span`), the date by
`parse_date`.
"""

from __future__ import annotations

import re

import attrs

from program.readers.clock import WEEKDAY
from program.readers.lines.days import ABBREVIATIONS
from program.readers.lines.entry import SlotText, read_slot_text
from program.readers.lines.names import names_in
from program.readers.notation.dates import DateError, WrittenDate, parse_date
from program.readers.notation.leading import LeadingSpan, leading_span

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_TRAILING_WHEN = re.compile(
    rf"^(?P<title>.*?\S)\s+(?P<date>{WEEKDAY},?\s+(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})(?:,?\s+\d{{4}})?)"
    rf",?\s+(?P<time>\d{{1,2}}[:.]\d{{2}}.*)$",
    re.IGNORECASE,
)
"""A title, then a weekday and a date ("Fri 28 Jul", "Sat Jul 23, 2022"), then a time."""
_EVENT_TYPE = re.compile(r"^(?P<type>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}):\s+(?P<title>\S.*)$")
"""The site's event type before the title ("Social: Surfing", "Registration Desk: Registration")."""
_PEOPLE_SEPARATOR = " · "


@attrs.frozen
class DatedTitle:
    """An event line of a day page.

    Attributes:
        text: its title, people, label (the site's event type) and kind.
        day: the date it names (without a year: completed from `--date`).
        found: its time, as the shared tokenizer read it.
        zone: the zone abbreviation written after the time ("PDT"), or None.
    """

    text: SlotText
    day: WrittenDate
    found: LeadingSpan
    zone: str | None


def dated_title(text: str) -> DatedTitle | None:
    """Read a line that ends with a weekday, a date and a time; None for any other line.

    >>> event = dated_title("Social: Surfing Fri 28 Jul 07:00 a.m.")
    >>> event.text.title, event.text.label, event.day.month, event.day.day, event.found.span.start.minutes
    ('Surfing', 'Social', 7, 28, 420)
    >>> dated_title("Lunch 12:00") is None
    True
    """
    match = _TRAILING_WHEN.match(" ".join(text.split()))
    if match is None:
        return None
    found = leading_span(match["time"])
    zone = found.rest.upper() if found is not None and found.rest else None
    if found is None or (zone is not None and zone not in ABBREVIATIONS):
        return None
    try:
        day = parse_date(match["date"])
    except DateError:
        return None
    return DatedTitle(_event_text(match["title"]), day, found, zone)


def _event_text(title: str) -> SlotText:
    """The title read as any slot's; the site's event type before a colon is its label."""
    typed = _EVENT_TYPE.match(title)
    slot = read_slot_text(typed["title"] if typed else title)
    if typed is None:
        return slot
    kind = read_slot_text(title).kind  # "Social: Surfing": the type says the kind
    return attrs.evolve(slot, label=typed["type"], kind=kind if kind.value != "other" else slot.kind)


def event_people(text: str) -> tuple[str, ...] | None:
    """The people line after an event line, names joined by " · " (one name alone too); else None.

    >>> event_people("Sijia Liu · Pin-Yu Chen · Eric Wong")
    ('Sijia Liu', 'Pin-Yu Chen', 'Eric Wong')
    """
    names = [name.strip() for name in text.split(_PEOPLE_SEPARATOR.strip())]
    found = [names_in(name, words=2) for name in names]
    if not all(found):
        return None
    return tuple(name for listed in found if listed for name in listed)
