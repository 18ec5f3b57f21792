"""A schedule in lines of text: find the lines that open with a time (or are table rows with one), read them.

This is the reader of every schedule page that is not the virtual sites' entry shape
(`schedule_page` hands such pages here), and the line reader of saved HTML pages: their
paragraphs and list items are lines too. `read_schedule_lines` is the one entry point.

What a page says, read in order:

- a day heading ("Day 1", "Monday March 2, 2026", "Saturday, June 14") opens a day; the
  first day without a date is `--date`'s;
- a line that opens with a time ("8:30am - 8:45am Welcome", "11.30-11.50Position Paper: …",
  "08:30 AM Welcome") is a slot (a time alone, or a time and "Name:", takes its title from the
  next line); a start without an end ends at the next slot's start;
- a table row (pipe or tab separated) with a time is a slot, its cells mapped by the header;
- the zone is the one a line names ("All times are in PST (Los Angeles time)") or `--timezone`;
- every other non-blank line between the first slot and the last is *not placed*: it is
  listed with its line number, never dropped silently; lines outside the schedule are counted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

import attrs

from program.errors import UsageError
from program.model import Item, Kind, Link, Problem, Severity, SourceRef
from program.model.ids import item_id
from program.readers.base import Line, ReadContext
from program.readers.lines.around import complete_surnames, outside_comments
from program.readers.lines.days import day_heading, page_zone, wall_clock
from program.readers.lines.entry import SlotText, names_in, read_slot_text
from program.readers.lines.headings import timed_heading
from program.readers.lines.markup import CleanLine, clean
from program.readers.lines.members import Member, people_cell, session_row, with_members
from program.readers.lines.rows import Header, is_rule, row_cells, table_header
from program.readers.lines.talks import talks_in_slots
from program.readers.notation.dates import DateError, NeedsFirstDateError, WrittenDate
from program.readers.notation.times import ClockError, LeadingSpan, TimeSpan, end_after, leading_span

QUOTED = 80
_END_OF = re.compile(r"^end of (?:the )?(?:day|workshop|conference|meeting|program|programme|school)\b", re.I)


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


@attrs.frozen
class LinesRead:
    """What `read_schedule_lines` read.

    Attributes:
        items: the slots, as items, in page order.
        problems: what could not be read, or was read with a guess.
        unplaced: the non-blank lines inside the schedule read as no slot, day, header or zone.
        outside: how many non-blank lines lie before the first slot or after the last.
        shape: the shapes recognised ("time-led lines", "pipe table"), for `program check`.
        zone: the zone the times are in.
        notes: other things said about the reading (a zone from the page, names completed).
    """

    items: tuple[Item, ...]
    problems: tuple[Problem, ...]
    unplaced: tuple[Line, ...]
    outside: int
    shape: tuple[str, ...]
    zone: ZoneInfo
    notes: tuple[str, ...] = ()

    def reading(self, source: str) -> tuple[str, ...]:
        """The lines `program check` prints: counts, shape, zone, notes, and each line not placed."""
        people = {name for item in self.items for name in item.people}
        said = [
            f"{len(self.items)} items, {len(people)} people; shape: {', '.join(self.shape) or 'none'}",
            f"{len(self.unplaced)} lines inside the schedule not placed, {self.outside} outside it",
            *self.notes,
        ]
        said.extend(f"{source}:{line.number}: note: not placed: {_quoted(line.text)}" for line in self.unplaced)
        return tuple(said)


def _quoted(text: str) -> str:
    return repr(text if len(text) <= QUOTED else text[: QUOTED - 1] + "…")


def read_schedule_lines(lines: Iterable[Line], context: ReadContext, *, source: str) -> LinesRead:
    """Read the schedule in `lines` (each with its 1-based line number) into items.

    Args:
        lines: the page's lines (as copied, or an HTML page's paragraphs, items and rows).
        context: the first date (`--date`) and zone (`--timezone`) the page may lack.
        source: the file's name, for every problem and note.

    Returns:
        The items, problems, lines not placed and counts (see `LinesRead`).

    Raises:
        UsageError: when slots need a date and neither the page nor `--date` gives one, or need a
            zone and neither the page nor `--timezone` names one.
    """
    cleaned = [(line, clean(line.text)) for line in outside_comments(lines)]
    finder = _Finder(source)
    for line, text in cleaned:
        finder.take(line, text)
    inside = talks_in_slots([(slot.line.number, slot.text.kind) for slot in finder.slots], finder.other)
    slots = [  # with what the lines below each slot say of it: people (a panel's), a chair, a paragraph
        attrs.evolve(slot, text=inside.slot_text(at, slot.text), abstract=slot.abstract or inside.abstracts.get(at))
        for at, slot in enumerate(finder.slots)
    ]
    zone, zone_notes = page_zone(cleaned, context, source, bool(slots))
    items, problems = _place(slots, context, source, zone, finder)
    items = with_members(items, [*finder.members, *inside.members], source)
    first = min((slot.line.number for slot in slots), default=0)
    last = max((line.number for line in [*(slot.line for slot in slots), *inside.title_lines()]), default=0)
    unplaced = [line for line in inside.other if first < line.number < last]
    outside = sum(1 for line, text in cleaned if text.text and not first <= line.number <= last)
    items, named = complete_surnames(items, [text for line, text in cleaned if line.number > last], source)
    return LinesRead(
        tuple(items),
        tuple(finder.problems + problems),
        tuple(unplaced),
        outside,
        tuple(finder.shapes),
        zone,
        tuple(zone_notes + named),
    )


@attrs.define
class _Finder:
    """Walks a page's lines: slots, day headings, table headers, and the rest."""

    source: str
    slots: list[Slot] = attrs.field(factory=list)
    other: list[Line] = attrs.field(factory=list)
    problems: list[Problem] = attrs.field(factory=list)
    shapes: list[str] = attrs.field(factory=list)
    day: WrittenDate | None = None
    days: list[WrittenDate] = attrs.field(factory=list)
    header: Header | None = None
    waiting: tuple[Line, LeadingSpan, CleanLine] | None = None
    speaker: tuple[str, ...] = ()  # "15:30-15:55: Ada Lovelace:" waiting for its title on the next line
    members: list[Member] = attrs.field(factory=list)
    session: int | None = None  # the slot of the table's last timed row, which rows without a time belong to

    def take(self, line: Line, text: CleanLine) -> None:
        if not text.text:
            return
        if self.waiting is not None and self._complete_waiting(line, text):
            return
        cells = row_cells(text.text, line.text)
        if cells is not None:
            self._row(line, text, cells)
            return
        self.session = None
        found = leading_span(text.text)
        if found is not None:
            self._time_line(line, found, text)
            return
        if (day := day_heading(text.text)) is not None:
            self._new_day(day)
            return
        if (heading := timed_heading(text.text)) is not None:  # "Title (Session #2: 11.00 - 12.30)"
            self._shape("headings with their time in brackets")
            slot = read_slot_text(heading.title, text.mentions)
            slot = attrs.evolve(slot, label=heading.label) if heading.label else slot
            self._slot(line, heading.found.span, slot, text.links, heading.found.notes)
            return
        self.other.append(Line(line.number, text.text))

    def _time_line(self, line: Line, found: LeadingSpan, text: CleanLine) -> None:
        self._shape("time-led lines")
        said = found.rest.strip(" :|-–—")
        named = names_in(said, words=2) if found.rest.rstrip().endswith(":") else None
        if not said or named:  # "09:00 - 09:30" or "15:30-15:55: Ada Lovelace:", the title on the next line
            self.waiting, self.speaker = (line, found, text), named or ()
            return
        last = self.slots[-1] if self.slots else None
        if _END_OF.match(said) and last and last.day == self.day and last.span.end is None:  # "12.45 End of day 1"
            ends = TimeSpan(last.span.start, found.span.start, end_after(last.span.start, found.span.start))
            self.slots[-1] = attrs.evolve(last, span=ends, notes=last.notes + found.notes)
            return
        self._slot(line, found.span, read_slot_text(found.rest, text.mentions), text.links, found.notes)

    def _complete_waiting(self, line: Line, text: CleanLine) -> bool:
        assert self.waiting is not None
        time_line, found, time_text = self.waiting
        speaker, self.waiting, self.speaker = self.speaker, None, ()
        if leading_span(text.text) is not None or day_heading(text.text) is not None or row_cells(text.text, line.text):
            self.other.append(Line(time_line.number, time_text.text))  # no title after it: listed
            return False
        slot = read_slot_text(text.text, text.mentions, people_known=bool(speaker))
        slot = attrs.evolve(slot, people=tuple(dict.fromkeys(speaker + slot.people)))  # the name before: its person
        self._shape("time and speaker line, then title line" if speaker else "time line, then title line")
        self._slot(time_line, found.span, slot, time_text.links + text.links, found.notes)
        return True

    def _new_day(self, day: WrittenDate) -> None:
        self.day = day
        self.days.append(day)
        self.header = None
        self.session = None

    def _shape(self, shape: str) -> None:
        if shape not in self.shapes:
            self.shapes.append(shape)

    def _slot(
        self,
        line: Line,
        span: TimeSpan,
        text: SlotText,
        links: tuple[str, ...],
        notes: tuple[str, ...],
        **fields: str | None,
    ) -> None:
        self.slots.append(Slot(line, span, text, self.day, links, notes, **fields))

    def _row(self, line: Line, text: CleanLine, cells: list[str]) -> None:
        if is_rule(text.text):
            return
        header = table_header(cells, line.number)
        if header is not None:
            self.header = header
            self._shape("tab-separated rows" if "|" not in line.text else "pipe table")
            return
        found = self._row_time(cells)
        if found is None:
            day = day_heading(" ".join(cell for cell in cells if cell))
            if day is not None:
                self._new_day(day)
            elif not self._member(line, text, cells) and any(cells):
                self.other.append(Line(line.number, text.text))
            return
        span, notes, used = found
        self._shape("tab-separated rows" if "|" not in line.text else "pipe table")
        rest = [cell for index, cell in enumerate(cells) if index not in used]
        header = self.header
        if header is None:
            slot = read_slot_text(" - ".join(cell for cell in rest if cell), text.mentions)
            self._slot(line, span, slot, text.links, notes)
            return
        slot, links = self._header_slot(header, cells, text)
        if not slot.title:  # a row whose title column is empty: its other cells are its text
            slot = read_slot_text(" - ".join(cell for cell in rest if cell), text.mentions)
        if not slot.title:
            self.other.append(Line(line.number, text.text))
            return
        self._slot(line, span, slot, links, notes)
        self.session = len(self.slots) - 1

    def _member(self, line: Line, text: CleanLine, cells: list[str]) -> bool:
        """A row without a time under a timed row of its table ("| | A and B | Title |"): one of its papers."""
        if self.header is None or self.session is None:
            return False
        slot, links = self._header_slot(self.header, cells, text)
        if not slot.title or not slot.people:
            return False
        self._shape("papers under a session row")
        self.members.append(Member(line, slot, links, self.session))
        return True

    def _header_slot(self, header: Header, cells: list[str], text: CleanLine) -> tuple[SlotText, tuple[str, ...]]:
        if header.cell(cells, "session"):  # a session row of "Time | Session | Authors | Paper"
            return session_row(header, cells, text), text.links
        title, abstract = header.cell(cells, "title"), header.cell(cells, "abstract")
        label = None
        if title and abstract:
            label, title = title, abstract
        people, said, title = people_cell(header.cell(cells, "people"), title)
        label = label or said or header.cell(cells, "label") or None
        slot = read_slot_text(title or abstract, text.mentions, people_known=bool(people))
        if people or label:
            kind = slot.kind
            if label and kind.value == "other":  # "Invited Speaker" (with its person: an invited talk)
                kind = read_slot_text(f"{label}: {people[0]}" if people else label).kind
            if kind.value == "other" and people and "session" in header.columns:
                kind = Kind.TALK  # a paper of "Time | Session | Authors | Paper", presented by its authors
            slot = attrs.evolve(slot, people=tuple(dict.fromkeys(slot.people + people)), label=label, kind=kind)
        return slot, text.links

    def _row_time(self, cells: list[str]) -> tuple[TimeSpan, tuple[str, ...], set[int]] | None:
        header = self.header
        if header is not None and "start" in header.columns:
            start = leading_span(header.cell(cells, "start"))
            end = leading_span(header.cell(cells, "end")) if "end" in header.columns else None
            if start is None:
                return None
            used = {header.columns["start"], header.columns.get("end", -1)}
            if end is None:
                return start.span, start.notes, used
            try:
                joined = leading_span(f"{header.cell(cells, 'start')} - {header.cell(cells, 'end')}")
            except ClockError:
                joined = None
            return (joined.span, start.notes + end.notes, used) if joined else (start.span, start.notes, used)
        for index, cell in enumerate(cells[:2]):
            found = leading_span(cell)
            if found is not None and not found.rest:
                return found.span, found.notes, {index}
        return None


def _place(
    slots: Sequence[Slot], context: ReadContext, source: str, zone: ZoneInfo, finder: _Finder
) -> tuple[list[Item], list[Problem]]:
    """Place each slot on its day and in its zone; a start without an end ends at the next start."""
    anchor = context.first_date or next(
        (day.resolve(None) for day in finder.days if day.year and day.month and day.day), None
    )
    problems: list[Problem] = []
    placed: list[tuple[Slot, date, int, int | None]] = []
    latest: dict[date, int] = {}
    for slot in slots:
        day = _day(slot, anchor, source)
        start, end = slot.span.start.minutes, slot.span.end_minutes
        notes = list(slot.notes)
        if slot.span.start.meridiem == "a" and start < 60 and latest.get(day, -1) >= 6 * 60:
            notes.append(
                f"read {slot.span.start.text!r} as {12 + start // 60}:{start % 60:02d}: noon, by the running order"
            )
            start += 12 * 60
            end = end + 12 * 60 if end is not None and end < start else end
        latest[day] = max(latest.get(day, -1), start)
        problems.extend(
            Problem(Severity.WARNING, "uncertain-entry", note, SourceRef(source, slot.line.number)) for note in notes
        )
        placed.append((slot, day, start, end))
    items = []
    for index, (slot, day, start, written_end) in enumerate(placed):
        end = written_end
        if end is None:
            following = next((p for p in placed[index + 1 :] if p[1] == day and p[2] > start), None)
            end = following[2] if following is not None else None
        items.append(_item(slot, (day, start, end), zone, source))
    return items, problems


def _day(slot: Slot, anchor: date | None, source: str) -> date:
    if slot.day is None:
        if anchor is None:
            raise UsageError(f"{source}: the page gives no date for its times; give the first day with --date")
        return anchor
    try:
        return slot.day.resolve(anchor)
    except NeedsFirstDateError:
        raise UsageError(
            f"{source}:{slot.line.number}: a day heading without a full date; give the first day with --date"
        ) from None
    except DateError as error:
        raise UsageError(f"{source}:{slot.line.number}: {error}; check --date") from None


def _item(slot: Slot, when: tuple[date, int, int | None], zone: ZoneInfo, source: str) -> Item:
    day, start, end = when
    midnight = datetime(day.year, day.month, day.day, tzinfo=zone)
    begins = wall_clock(midnight, start)
    ends = wall_clock(midnight, end) if end is not None and end > start else None
    text = slot.text
    return Item(
        id=item_id(text.kind, text.title),
        kind=text.kind,
        title=text.title,
        source=SourceRef(source, slot.line.number),
        start=begins,
        end=ends,
        people=text.people,
        links=tuple(Link("link", url) for url in slot.links if url.startswith(("http://", "https://"))),
        label=text.label,
        location=slot.location,
        abstract=slot.abstract,
        scraped=True,
    )
