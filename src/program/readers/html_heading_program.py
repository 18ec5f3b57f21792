"""The items of a page of time headings (`html_heading_slots`): each slot on its day, its talks after it.

Times are read in running order within a day on a 12-hour clock when the day writes no hour
from 13 on (`AfternoonClock`: "12:15-1:15", then "1:15-2:45" is the afternoon); an hour with
am/pm ("6:00 PM") is read as written.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from program.model import Item, Problem, Program, Severity, SourceRef
from program.model.ids import item_id
from program.readers.html_dating import PageSettings, needs_zone, resolve_day
from program.readers.html_heading_slots import HeadingSchedule, HeadingSlot
from program.readers.html_talks import with_talks
from program.readers.kind_labels import kind_from_title
from program.readers.notation.afternoon import AfternoonClock
from program.readers.notation.dates import DateError
from program.readers.notation.times import TimeSpan
from program.readers.tabular.placing import at


def heading_program(schedule: HeadingSchedule, title: str, settings: PageSettings, source: str) -> Program:
    """The schedule's items, with what `program check` says of them."""
    zone = needs_zone(settings, source)
    placed, problems = _items(schedule.slots, settings, zone, source)
    problems += tuple(
        Problem(Severity.WARNING, "uncertain-entry", doubt, SourceRef(source, line)) for line, doubt in schedule.doubts
    )
    items = with_talks(
        placed,
        {slot.line: tuple(slot.talks) for slot in schedule.slots if slot.talks},
        source,
    )
    people = {name for item in items for name in item.people}
    said = (
        f"{len(schedule.slots)} slots from time headings, {len(items)} items with their talks, {len(people)} people",
        *settings.said,
        *(f"{source}:{line}: not placed: {text[:80]}" for line, text in schedule.unplaced),
        *((f"{schedule.outside} lines outside the schedule (not listed)",) if schedule.outside else ()),
    )
    return Program(
        title=title, timezone=zone.key, items=tuple(items), problems=problems, sources=(source,), reading=said
    )


def _items(
    slots: tuple[HeadingSlot, ...], settings: PageSettings, zone: ZoneInfo, source: str
) -> tuple[list[Item], tuple[Problem, ...]]:
    """The slots' items; a slot under a day heading that is no real date is an `unreadable-page-day` error."""
    items: list[Item] = []
    problems: list[Problem] = []
    times = _placed(slots)
    for index, slot in enumerate(slots):
        start, end = times[index]
        try:
            day = resolve_day(slot.day, settings, source)
        except DateError as error:  # "Tuesday, December 13th" in 2021
            where = SourceRef(source, slot.line)
            problems.append(Problem(Severity.ERROR, "unreadable-page-day", str(error), where))
            continue
        kind = slot.kind or kind_from_title(slot.title)
        where = SourceRef(source, slot.line)
        timed = not slot.untimed  # an untimed slot keeps its day, not its heading's time or room
        end = end if end is not None or not timed else _next_start(slots, times, index)
        items.append(
            Item(
                id=item_id(kind, slot.title),
                kind=kind,
                title=slot.title,
                source=where,
                start=at(day, start, zone) if timed else None,
                end=at(day, end, zone) if timed and end is not None and end > start else None,
                people=tuple(slot.people),
                location=slot.room if timed else None,
                day=None if timed else day,
            )
        )
    return items, tuple(problems)


def _placed(slots: tuple[HeadingSlot, ...]) -> list[tuple[int, int | None]]:
    """Each slot's start and end minutes, in running order within its day (`AfternoonClock`)."""
    clock = AfternoonClock()
    previous: object = object()
    placed: tuple[TimeSpan, tuple[int, int | None]] | None = None
    times: list[tuple[int, int | None]] = []
    for slot in slots:
        if slot.day != previous:
            clock.new_day()
            previous = slot.day
        # the panels of one session share its time: placed once (the clock moves on after each place)
        start, end = placed[1] if placed is not None and placed[0] is slot.span else clock.place(slot.span)
        placed = (slot.span, (start, end))
        times.append((start, end))
    return times


def _next_start(slots: tuple[HeadingSlot, ...], times: list[tuple[int, int | None]], index: int) -> int | None:
    """A start-only heading's end: the next later start of its day (docs/formats.md); the day's last has none.

    I ENPEB 2012 writes "08h - Credenciamento", "09h - Coffee Break", "09h30m - Conferência de Abertura". The day's
    slots are its run of headings, in any order: Congres TBK 2016 writes "16:00 Einde" above "15.00 Netwerkborrel".
    """
    start, day = times[index][0], slots[index].day
    first, last = index, index
    while first > 0 and slots[first - 1].day == day:
        first -= 1
    while last + 1 < len(slots) and slots[last + 1].day == day:
        last += 1
    run = zip(slots[first : last + 1], times[first : last + 1], strict=True)
    return min(
        (later_start for later, (later_start, _) in run if not later.untimed and later_start > start), default=None
    )
