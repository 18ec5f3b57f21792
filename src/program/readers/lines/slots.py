"""Slots as a schedule's lines give them, placed on their days and in their zone as items.

A slot without a day is on the first day (`--date`, or the page's first full date); a start
without an end ends at the next later start of its day (not a day page's events: they run side
by side), and no later than the end of an earlier slot it starts inside (its block); a morning
time before 1 a.m. after a day's later slots is read as past noon, and a p.m. start before noon of
its own end ("11:45 PM - 12:15 PM" after 11:15 AM) as the morning, each with a warning. An end
written before its start on a 24-hour page ("12:30 - 11:30") is a slip (`slips`): the slot is read
as if it had no end, with a warning.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

import attrs

from program.errors import ParseError, UsageError
from program.model import Item, Kind, Link, Problem, Role, Severity, SourceRef
from program.model.ids import item_id
from program.readers.base import Line, ReadContext
from program.readers.kind_labels import role_of_label
from program.readers.lines.day_headings import SlashedDate, in_page_year
from program.readers.lines.days import wall_clock
from program.readers.lines.entry import SlotText
from program.readers.lines.slips import is_slip, slip_message, writes_24_hour_clock
from program.readers.notation.dates import DateError, NeedsFirstDateError, WrittenDate
from program.readers.notation.times import ClockTime, TimeSpan, noon_by_running_order


@attrs.frozen
class Slot:
    """A slot as found, before it is placed on a day: its line, its time and its text."""

    line: Line
    span: TimeSpan
    text: SlotText
    day: WrittenDate | None
    links: tuple[str, ...]
    notes: tuple[str, ...]
    location: str | None = None
    abstract: str | None = None
    listed: bool = False  # a day page's event: its end is not the next event's start (they run side by side)


def place_slots(
    slots: Sequence[Slot], context: ReadContext, source: str, zone: ZoneInfo, days: Sequence[WrittenDate]
) -> tuple[list[Item], list[Problem]]:
    """Place each slot on its day and in its zone; a start without an end ends at the next start."""
    anchor = context.first_date or next((day.resolve(None) for day in days if day.year and day.month and day.day), None)
    problems: list[Problem] = []
    placed: list[tuple[Slot, date, int, int | None]] = []
    latest: dict[date, int] = {}
    turned = slashes_month_first(days, anchor)
    on_days = _slot_days(slots, anchor, source, turned=turned)
    slipped = {index for index, slot in enumerate(slots) if is_slip(slot.span)}
    if not writes_24_hour_clock(slot.span for slot in slots):
        slipped.clear()  # "12:30-11:30" on a page of hours 1 to 12 may be meant: read as written
    twelve = _no_meridiem_to_noon(slots)
    marked = any(clock.meridiem for slot in slots for clock in (slot.span.start, slot.span.end) if clock is not None)
    afternoon: list[Slot] = []
    for index, (slot, day) in enumerate(zip(slots, on_days, strict=True)):
        after = index + 1 < len(slots) and on_days[index + 1] == day
        start, end, notes = _by_running_order(
            slot, latest.get(day, -1), slots[index + 1] if after else None, twelve=twelve, marked=marked
        )
        end = None if index in slipped else end  # its end a slip: as if none were written
        latest[day] = max(latest.get(day, -1), start)
        if _AFTERNOON in notes:
            notes.remove(_AFTERNOON)
            afternoon.append(slot)
        problems.extend(
            Problem(Severity.WARNING, "uncertain-entry", note, SourceRef(source, slot.line.number)) for note in notes
        )
        placed.append((slot, day, start, end))
    if afternoon:
        problems.append(_afternoon_problem(afternoon, source))
    items = []
    for index, (slot, day, start, written_end) in enumerate(placed):
        end = written_end
        if end is None and not slot.listed:
            following = next((p for p in placed[index + 1 :] if p[1] == day and p[2] > start), None)
            end = _within_block(placed, index, following[2] if following is not None else None)
            end = _before_break(placed, index, end)
        items.append(_item(slot, (day, start, end), zone, source))
        if index in slipped:
            ends = items[-1].end.strftime("%H:%M") if items[-1].end else None
            message = slip_message(slot.span, slot.line.text, ends)
            problems.append(Problem(Severity.WARNING, "end-before-start", message, SourceRef(source, slot.line.number)))
    return items, problems


def _before_break(placed: Sequence[tuple[Slot, date, int, int | None]], index: int, end: int | None) -> int | None:
    """The end of a slot with a start only, no later than a break of its day listed above it that starts later.

    AI Day 2026 lists the breaks for everyone (`| 13:00 | Lunch (60 min) |`) in a table above its talks'
    (`| 12:10 | Room 1 | AI Agents for Everyone … |`, then `| 14:00 | …`): the 12:10 talks end at lunch, 13:00.
    Only a break with its end written is one: a start alone may be a track's own.
    """
    _, day, start, _ = placed[index]
    breaks = [
        other_start
        for other, other_day, other_start, other_end in placed[:index]
        if other_day == day and other_end is not None and other_start > start and other.text.kind is Kind.BREAK
    ]
    return min(breaks) if breaks and (end is None or min(breaks) < end) else end


def _within_block(placed: Sequence[tuple[Slot, date, int, int | None]], index: int, end: int | None) -> int | None:
    """The end of a slot with a start only, at the next later start, but no later than the block it sits in.

    BBS Springschool 2022 nests its talks under a timed block: `- 13:30 – 17:00 Modelling …` over
    `  - 16:30 "Using Machine/Deep Learning …" Philipp Seeböck`, then `- 19:00 Keynote`: the last talk ends
    with its block at 17:00, not at the keynote. A block is an earlier slot of the day whose written
    end is after this start.
    """
    _, day, start, _ = placed[index]
    blocks = [
        block_end
        for _, other_day, other_start, block_end in placed[:index]
        if other_day == day and block_end is not None and other_start <= start < block_end
    ]
    if end is None or not blocks:
        return end
    return min(end, *blocks)


def _by_running_order(
    slot: Slot, latest: int, following: Slot | None, *, twelve: bool, marked: bool = False
) -> tuple[int, int | None, list[str]]:
    """The slot's start and end in minutes, a meridiem the running order shows to be a typo put right.

    "12:45 AM - 1:45 PM" after the morning's slots is 12:45 p.m.; "11:45 PM - 12:15 PM" after
    11:15 AM is 11:45 a.m. (read as written it runs 12.5 hours, past midnight into the next noon);
    a lone "11:30 pm" between 8:50 am and 5:00 pm is 11:30 a.m. On a page of hours up to 12
    with no am/pm (`twelve`), "01:00" after "12:50" is 1 p.m. (DCML's workshop day). On a page that writes
    am/pm for some times (`marked`), a bare "2.01" right after "2.00pm" is 2:01 p.m. too (Build a Binder).
    """
    start, end = slot.span.start.minutes, slot.span.end_minutes
    notes = list(slot.notes)
    written = slot.span.start.text
    if twelve and start < _NOON and start + _NOON // 2 < latest:
        notes.append(_AFTERNOON)
        start, end = start + _NOON, end + _NOON if end is not None else None
    elif noon_by_running_order(slot.span.start, latest):
        notes.append(f"read {written!r} as {12 + start // 60}:{start % 60:02d}: noon, by the running order")
        start += 12 * 60
        end = end + 12 * 60 if end is not None and end < start else end
    elif marked and _bare_afternoon(slot.span.start, latest):
        notes.append(f"read {written!r} as {start // 60 + 12}:{start % 60:02d}: afternoon, by the running order")
        start, end = start + _NOON, end + _NOON if end is not None and end < _NOON else end
    elif slot.span.start.meridiem == "p" and _morning_in_order(slot, latest, following):
        notes.append(f"read {written!r} as {start // 60 - 12}:{start % 60:02d}: morning, by the running order")
        start, end = start - _NOON, end - _DAY if end is not None else None
    return start, end, notes


_NOON, _DAY = 12 * 60, 24 * 60
_FOLLOWS_WITHIN = 3 * 60
"""Minutes after the day's latest start that a bare time read as p.m. may fall: further, it is no continuation."""


def _bare_afternoon(clock: ClockTime, latest: int) -> bool:
    """Whether a time without am/pm, before the afternoon already reached, follows it when read as p.m."""
    if clock.meridiem is not None or not 60 <= clock.minutes < _NOON:
        return False
    return _NOON <= latest <= clock.minutes + _NOON <= latest + _FOLLOWS_WITHIN


_AFTERNOON = "afternoon"
"""The note of a start read as p.m. by the running order: one warning says it for all of them."""


def _afternoon_problem(moved: Sequence[Slot], source: str) -> Problem:
    first, last = moved[0].span.start.text, moved[-1].span.start.text
    message = (
        f"read {len(moved)} times from {first!r} to {last!r} as afternoon times, by the running order: "
        "the page writes hours 1 to 12 and no am/pm"
    )
    return Problem(Severity.WARNING, "uncertain-entry", message, SourceRef(source, moved[0].line.number))


def _no_meridiem_to_noon(slots: Sequence[Slot]) -> bool:
    """Whether a page writes no am/pm and no hour past 12:59: a 12-hour clock whose afternoon reads as 1 to 6."""
    clocks = [clock for slot in slots for clock in (slot.span.start, slot.span.end) if clock is not None]
    return bool(clocks) and all(clock.meridiem is None and clock.minutes < 13 * 60 for clock in clocks)


def _morning_in_order(slot: Slot, latest: int, following: Slot | None) -> bool:
    """Whether a p.m. start read as the morning falls in its day's order, and read as written does not."""
    start, end = slot.span.start.minutes, slot.span.end_minutes
    if end is not None:  # its range runs past midnight into its own next noon
        return end > _DAY > end - _DAY > start - _NOON >= latest
    after = following.span.start.minutes if following is not None else None
    return after is not None and after < start and latest <= start - _NOON <= after


ASK_DATE = "; give the first day with --date"
"""How a page's missing first day is asked for: the zone's error adds the zone to it (`schedule`)."""


def _slot_days(slots: Sequence[Slot], anchor: date | None, source: str, *, turned: bool) -> list[date]:
    """Each slot's day; a heading without a year takes the year of the page's last heading that writes one.

    An ENT course in Kyiv heads `19 Листопада 2019`, `20 Листопада 2019`, then `21 Листопада`: with a
    --date of another year (2020-11-19), the 21st was put in 2020. The page's own year wins for its
    headings; --date completes only those before any heading with a year.
    """
    days: list[date] = []
    before: WrittenDate | None = None  # the last heading, its year completed from the one before it
    for written in slots:
        slashed = isinstance(written.day, SlashedDate)  # its order is `slashes_month_first`'s to say
        slot = written if slashed else attrs.evolve(written, day=in_page_year(written.day, before))
        days.append(_day(slot, anchor, source, turned=turned))
        before = slot.day or before
    return days


def _day(slot: Slot, anchor: date | None, source: str, *, turned: bool) -> date:
    if turned and isinstance(slot.day, SlashedDate) and (month_first := slot.day.month_first()) is not None:
        slot = attrs.evolve(slot, day=month_first)
    if slot.day is None:
        if anchor is None:
            raise UsageError(f"{source}: the page gives no date for its times{ASK_DATE}")
        return anchor
    try:
        return slot.day.resolve(anchor)
    except NeedsFirstDateError:
        raise UsageError(f"{source}:{slot.line.number}: a day heading without a full date{ASK_DATE}") from None
    except DateError as error:
        if anchor is not None and _a_date_in_some_year(slot.day, anchor):  # the year of --date makes it none
            raise UsageError(f"{source}:{slot.line.number}: {error}; check --date") from None
        where = SourceRef(source, slot.line.number)
        raise ParseError(f"{error} in any year: expected a day heading that is a date", where, slot.line.text) from None


def _a_date_in_some_year(day: WrittenDate | SlashedDate, anchor: date) -> bool:
    """Whether the written day is a date in some year of the first date (28 years hold every weekday and leap day)."""
    for year in range(2000, 2028):
        try:
            day.resolve(anchor.replace(year=year, day=min(anchor.day, 28)))
        except (DateError, NeedsFirstDateError):
            continue
        return True
    return False


def slashes_month_first(days: Sequence[WrittenDate], anchor: date | None) -> bool:
    """Whether the page's slashed dates are month first: one of them is a date only that way round.

    NeuroHackWeek 2017's "Monday (9/4)" is 4 September, a Monday (9 April 2017 was a Sunday), so
    its "Tuesday (9/5)" is 5 September, though 9 May 2017 was a Tuesday too.
    """
    slashed = [day for day in days if isinstance(day, SlashedDate)]
    if any(_resolves(day.month_first(), anchor) and not _resolves(day, anchor) for day in slashed):
        return True
    # no weekday to tell: the order that puts the first slashed day nearer the first day --date gives ("### 9/4")
    first = slashed[0] if slashed and anchor is not None else None
    if first is None or (month_first := first.month_first()) is None:
        return False
    return _distance(month_first, anchor) < _distance(first, anchor)


def _distance(day: WrittenDate, anchor: date | None) -> int:
    try:
        return abs((day.resolve(anchor) - anchor).days) if anchor is not None else 0
    except DateError:
        return 1 << 30


def _resolves(day: WrittenDate | None, anchor: date | None) -> bool:
    try:
        return day is not None and bool(day.resolve(anchor))
    except DateError:
        return False


def _item(slot: Slot, when: tuple[date, int, int | None], zone: ZoneInfo, source: str) -> Item:
    day, start, end = when
    midnight = datetime(day.year, day.month, day.day, tzinfo=zone)
    begins = wall_clock(midnight, start)
    ends = wall_clock(midnight, end) if end is not None and end > start else None
    text = slot.text
    role, label = role_of_label(text.label) if text.people else (Role.SPEAKER, text.label)
    role = Role.CHAIR if text.chaired else role
    return Item(
        id=item_id(text.kind, text.title),
        kind=text.kind,
        title=text.title,
        source=SourceRef(source, slot.line.number),
        start=begins,
        end=ends,
        people=text.people,
        role=role,
        links=tuple(Link("link", url) for url in slot.links if url.startswith(("http://", "https://"))),
        label=label,
        location=slot.location,
        abstract=slot.abstract,
        scraped=True,
    )
