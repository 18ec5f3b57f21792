"""The items of a page's `<time datetime>` slots (`html_time_slots`), placed in time.

A time written with an offset (`Z`, `+03:00`) is an instant: it is shown in the program's
zone (`--timezone`, or the zone the page names), as the ics and csv readers show theirs.
With no zone at all, times that all carry one offset are shown at it with a `no-time-zone`
warning naming --timezone (`written_offsets`, `app_json.offset_context`), as yaml-site does;
Bristol Data Week 2025's `Z` times were shown at the UTC clock under a "Europe/London" label.
A time without an offset is a wall clock in the page's zone.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from program.errors import UsageError
from program.model import Item, Kind, Link, SourceRef
from program.model.ids import item_id
from program.readers.html_dating import PageSettings, needs_zone
from program.readers.html_time_slots import Moment, TimedSlots
from program.readers.kind_labels import kind_from_label, kind_from_title
from program.readers.notation.dates import NeedsFirstDateError
from program.readers.tabular.placing import at as at_minutes


def timed_items(found: TimedSlots, settings: PageSettings, source: str) -> list[Item]:
    """The slots' items: a time with an offset moved into the page's zone, one without read in it.

    Raises:
        UsageError: naming --timezone (a time without offset on a page that names no zone) or
            --date (a date without a year and no first date).
        DateError: for a `datetime` that writes no real date.
    """
    items = []
    for timed in found.items:
        start = _placed(timed.start, settings, source)
        end = _placed(timed.end, settings, source) if timed.end is not None else None
        if timed.label is not None:  # the page's own type ("Training", "Social") says the kind
            kind = kind_from_label(timed.label, timed.title)
        else:
            kind = kind_from_title(timed.title)
            kind = Kind.TALK if kind is Kind.OTHER and timed.talk else kind
        items.append(
            Item(
                id=item_id(kind, timed.title),
                kind=kind,
                title=timed.title,
                source=SourceRef(source, timed.line),
                start=start,
                end=end if end is not None and end > start else None,
                people=timed.people,
                location=timed.location,
                links=tuple(Link("link", url) for url in timed.links),
                label=timed.label,
                scraped=True,
            )
        )
    return items


def _placed(at: Moment, settings: PageSettings, source: str) -> datetime:
    try:
        day = at.day.resolve(settings.first_date)
    except NeedsFirstDateError:
        raise UsageError(
            f"{source}: the page's times give no year; pass --date YYYY-MM-DD (or set date in the program file)"
        ) from None
    if at.offset is not None:  # an instant: shown in the program's zone, as the ics and csv readers do
        written = datetime.combine(day, datetime.min.time(), tzinfo=at.offset) + timedelta(minutes=at.minutes)
        return written.astimezone(needs_zone(settings, source))
    return at_minutes(day, at.minutes, needs_zone(settings, source))


def written_offsets(found: TimedSlots) -> tuple[timedelta, ...]:
    """The UTC offsets the slots' times are written with; () when one is written without.

    A page whose every time carries an offset names instants and needs no --timezone: it is
    shown at that offset with a `no-time-zone` warning (`app_json.offset_context`), as yaml-site does.
    """
    offsets = []
    for item in found.items:
        for at in (item.start, item.end):
            if at is None:
                continue
            if at.offset is None or (delta := at.offset.utcoffset(None)) is None:
                return ()
            offsets.append(delta)
    return tuple(offsets)
