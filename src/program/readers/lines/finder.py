"""The walk over a schedule page's lines: each line read as a slot, a day, a table header or row, or other.

`Finder.take` is handed the page's cleaned lines in order and keeps what they say: the slots (a
time-led line, a time line and its title line, a table row, a day page's event line), the day
headings, the header of the table being read, the papers under a session row, the zone
abbreviations, and every other line, which `schedule.read_schedule_lines` lists as not placed
when it lies inside the schedule.
"""

from __future__ import annotations

import re

import attrs

from program.model import Kind, Problem, SourceRef
from program.readers.base import Line
from program.readers.coded_entries import CODE
from program.readers.kind_labels import kind_from_title
from program.readers.lines.block_rows import is_continued_row, row_below
from program.readers.lines.bold_title import (
    emphasised_title_then_names,
    names_then_emphasised_title,
    speaker_then_bold_title,
)
from program.readers.lines.cells import CellParts, cell_parts, with_parts
from program.readers.lines.coded import CodedLines
from program.readers.lines.date_cells import row_date
from program.readers.lines.dated import DatedTitle, dated_title, event_people
from program.readers.lines.day_columns import corner_days, day_cells, days_said, header_days
from program.readers.lines.day_ends import END, END_OF, ends_last
from program.readers.lines.day_headings import day_heading
from program.readers.lines.entry import SlotText, names_in, read_slot_text
from program.readers.lines.event_hours import is_event_hours
from program.readers.lines.headings import timed_heading
from program.readers.lines.markup import CleanLine
from program.readers.lines.members import Member
from program.readers.lines.room_columns import column_slots, dotted_cells, room_cells
from program.readers.lines.rooms import VENUE_LINE, bold_place, bracketed_room
from program.readers.lines.rows import Header, is_rule, row_cells, row_shape, table_header
from program.readers.lines.slots import Slot
from program.readers.lines.table_place import rooms_under_table
from program.readers.lines.table_rows import dotted_header, duration_span, header_slot, room_cell, row_time
from program.readers.lines.zone_first import zone_taken
from program.readers.notation.dates import WrittenDate
from program.readers.notation.leading import LeadingSpan, leading_span
from program.readers.notation.times import TimeSpan

_LABEL_ELEMENT = re.compile(r"""^\s*<\w+[^>]*\bclass=["'][^"']*\blabel\b""", re.IGNORECASE)
"""An element its page classes as a label (`<div class="schedule-label">`), not a title."""
_AFFILIATION_ELEMENT = re.compile(r"""^\s*<\w+[^>]*\bclass=["'][^"']*\baffiliation\b""", re.IGNORECASE)
"""An element its page classes as where someone works (`<div class="schedule-affiliation">`): no one's name."""


@attrs.define
class Finder:
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
    label: tuple[Line, str] | None = None  # an element classed as a label between a time line and its title
    members: list[Member] = attrs.field(factory=list)
    session: int | None = None  # the slot of the table's last timed row, which rows without a time belong to
    rooms: set[str] = attrs.field(factory=set)  # rooms read in brackets so far, known in any bracket after
    zones: list[tuple[Line, str]] = attrs.field(factory=list)  # abbreviations after a day page's times ("PDT")
    used: set[int] = attrs.field(factory=set)  # lines read as a day page's event's details
    headings: set[int] = attrs.field(factory=set)  # Markdown headings and day headings: a slot's lines end there
    details: int | None = None  # the slot of a day page's event line, which its people and description follow
    venue: str | None = None  # the day's place ("Location: MTCC Room 717"), the room of its slots that name none
    block_venue: str | None = None  # a block's or a track's place, below its line: its slots' until the next block
    early_venue: str | None = None  # a block's venue written between its time line and its title line
    coded: CodedLines | None = None  # the lines below a slot whose text is only a code ("10:30am M-3-1-1")
    papers: set[int] = attrs.field(factory=set)  # the slots read as coded papers: no talks inside them
    notes: list[str] = attrs.field(factory=list)  # what the reading says besides ("column not read: …")
    clock: int | None = None  # where the next row of a table of durations starts (minutes), from a time above it
    start: int | None = None  # the minutes of --date's time: where a first table of durations with none above starts

    def take(self, line: Line, text: CleanLine) -> None:
        """Read the next non-comment line: a row, a time-led line, a title line awaited, or an untimed line."""
        if not text.text:
            return
        if _AFFILIATION_ELEMENT.search(line.text) and self.slots:  # read as the speaker's, no person (IROS 2026)
            self.used.add(line.number)
            return
        if self.waiting is not None and self._complete_waiting(line, text):
            return
        if self.coded is not None and self._coded_line(line, text):
            return
        details, self.details = self.details, None
        cells = row_cells(text.text, line.text) or dotted_cells(text.text, self.header) or dotted_header(text.text)
        if cells is not None and (text.bullet or self.shapes == ["time-led lines"]) and "|" not in line.text:
            # "* 11:00-11:30<TAB>Matti … __Title__" (Shonan), "**19:30**<TAB><TAB>Dinner" (EDI 2019): tabs as spaces
            cells = None if leading_span(text.text) is not None else cells
        if cells is not None:
            self._row(line, text, cells)
            return
        self.session = None
        found = zone_taken(leading_span(text.text), line, self.zones)  # "16:00 UTC: Title": the page's zone
        if found is not None and is_event_hours(found, line, self.other[-1] if self.other else None, len(self.slots)):
            found = None  # "Feb 16-17, 2023" then "9am - 5pm": each day's hours, an untimed line
        if found is not None:
            self._time_line(line, found, text)
            return
        self._untimed(line, text, details)

    def _untimed(self, line: Line, text: CleanLine, details: int | None) -> None:
        """A line that opens with no time and is no row: a day page's event, a day heading, its details, or other."""
        if (dated := dated_title(text.text)) is not None:
            self._dated(line, dated, text)
        elif (day := day_heading(text.text)) is not None:
            self._new_day(day)
            self.headings.add(line.number)  # the last slot's lines end there (a chair line after it is the new day's)
        elif (heading := timed_heading(text.text)) is not None:  # "Title (Session #2: 11.00 - 12.30)"
            self._shape("headings with their time in brackets")
            slot = read_slot_text(heading.title, text.mentions)
            slot = attrs.evolve(slot, label=heading.label) if heading.label else slot
            self._slot(line, heading.found.span, slot, text.links, heading.found.notes)
        elif (venue := VENUE_LINE.match(text.text) or (None if self.slots else bold_place(line.text))) is not None:
            self._venue(venue["room"].strip())
        elif self.header is not None and (placed := rooms_under_table(line, self.slots, self.other, self.day)):
            self.slots = placed  # "**Salon Pequeño - Facultad de Tecnología**" under the day's table: its rows' room
        elif details is not None:
            self._detail(details, text)
            self.used.add(line.number)
        else:
            if text.heading:
                self.headings.add(line.number)
            self.other.append(Line(line.number, text.text))

    def _venue(self, room: str) -> None:
        """A "Venue: …" line: the day's place before its first slot; after, the place of the block or track above it.

        EDTM 2025 writes a block's venue below its time and title, a parallel track's below the
        track's name: the slot above takes it when it has none, and the slots below until the next block.
        """
        if not any(slot.day == self.day for slot in self.slots):
            self.venue = room
            return
        self.block_venue = room
        if self.slots[-1].location is None:
            self.slots[-1] = attrs.evolve(self.slots[-1], location=room)

    def _coded_line(self, line: Line, text: CleanLine) -> bool:
        """Offer an untimed line to the coded slot above (`lines.coded`); whether it took it.

        A venue line leaves the slot's lines open (a plenary's venue is above its speaker).
        """
        assert self.coded is not None
        if VENUE_LINE.match(text.text) is not None:
            return False
        timed = leading_span(text.text) is not None or row_cells(text.text, line.text) is not None
        if not timed and day_heading(text.text) is None and self.coded.take(line, text.text):
            return True
        self.finish()
        return False

    def finish(self) -> None:
        """End the coded slot's lines: its title and people read from them, or the lines listed as other."""
        coded, self.coded = self.coded, None
        if coded is None:
            return
        said = coded.text()
        if said is None:
            self.other.extend(coded.lines)
            return
        slot = self.slots[coded.index]  # a paper ends at the next of its room, or its block's end: `coded_ends`
        self.slots[coded.index] = attrs.evolve(slot, text=said, listed=slot.span.end is None)
        self.used.update(taken.number for taken in coded.lines)
        self.papers.add(coded.index)
        self._shape("code line, then title and author lines")

    def _dated(self, line: Line, dated: DatedTitle, text: CleanLine) -> None:
        """A day page's event line ("Social: Surfing Fri 28 Jul 07:00 a.m."): a slot on the day it names."""
        self._shape("title, date and time lines")
        found = dated.found
        if dated.zone is not None:
            self.zones.append((line, dated.zone))
        self.slots.append(Slot(line, found.span, dated.text, dated.day, text.links, found.notes, listed=True))
        self.details = len(self.slots) - 1

    def _detail(self, index: int, text: CleanLine) -> None:
        """A line after a day page's event line: its people (" · "), then its description."""
        slot = self.slots[index]
        people = None if slot.text.people or slot.abstract else event_people(text.text)
        if people:
            slot = attrs.evolve(slot, text=attrs.evolve(slot.text, people=people))
        else:
            slot = attrs.evolve(slot, abstract=f"{slot.abstract}\n\n{text.text}" if slot.abstract else text.text)
        self.slots[index] = slot
        self.details = index

    def _time_line(self, line: Line, found: LeadingSpan, text: CleanLine) -> None:
        self._shape("time-led lines")
        said = found.rest.strip(" :|-–—")
        named = names_in(said, words=2) if found.rest.rstrip().endswith(":") else None
        if not said or named:  # "09:00 - 09:30" or "15:30-15:55: Ada Lovelace:", the title on the next line
            self.waiting, self.speaker = (line, found, text), named or ()
            return
        if END_OF.match(said) and ends_last(self.slots, self.day, found.span, found.notes):
            return
        if (glued := speaker_then_bold_title(line.text, text.mentions)) is not None:  # "Armin Biere __Title__"
            self._slot(line, found.span, glued[0], glued[1] or text.links, found.notes)
            return
        emphasised = emphasised_title_then_names(line.text, text.mentions)  # "*Title;* Names"
        if (emphasised := emphasised or names_then_emphasised_title(line.text, text.mentions)) is not None:
            self._slot(line, found.span, emphasised, text.links, found.notes)
            return
        self._slot(line, found.span, read_slot_text(found.rest, text.mentions), text.links, found.notes)

    def _complete_waiting(self, line: Line, text: CleanLine) -> bool:
        assert self.waiting is not None
        if (venue := VENUE_LINE.match(text.text)) is not None:  # "5:10pm to 5:30pm", "Venue: …", "Closing Ceremony"
            self.early_venue = venue["room"].strip()
            self.used.add(line.number)
            return True
        if self.label is None and _LABEL_ELEMENT.search(line.text) and kind_from_title(text.text) is not Kind.OTHER:
            self.label = (line, text.text)  # `<div class="schedule-label">Keynote 1</div>` above the title (IROS 2026)
            return True
        time_line, found, time_text = self.waiting
        speaker, self.waiting, self.speaker = self.speaker, None, ()
        label, self.label = self.label, None
        if leading_span(text.text) is not None or day_heading(text.text) is not None or row_cells(text.text, line.text):
            said = [(time_line, time_text.text), *([label] if label else [])]
            self.other.extend(Line(at.number, words) for at, words in said)
            return False  # no title after it: listed
        slot = read_slot_text(text.text, text.mentions, people_known=bool(speaker))
        if label is not None:
            self.used.add(label[0].number)
            slot = attrs.evolve(slot, label=label[1], kind=kind_from_title(label[1]))
        slot = attrs.evolve(slot, people=tuple(dict.fromkeys(speaker + slot.people)))  # the name before: its person
        self._shape("time and speaker line, then title line" if speaker else "time line, then title line")
        self._slot(time_line, found.span, slot, time_text.links + text.links, found.notes)
        return True

    def _new_day(self, day: WrittenDate) -> None:
        self.day = day
        self.venue = self.block_venue = None
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
    ) -> bool:
        """Add the slot, unless it only ends the one before ("| 5:00 PM | End |"); whether it was added."""
        if END.match(text.title) and ends_last(self.slots, self.day, span, notes):
            return False
        title, room = bracketed_room(text.title, self.rooms)
        if room is not None:  # "Opening (🏛️ Room "BATS" Library)": the room, not the title's
            self.rooms.add(room)
            text = attrs.evolve(text, title=title)
        self.finish()
        if span.end is not None:  # a new block: its venue line follows, or came between its time and title
            self.block_venue, self.early_venue = self.early_venue, None
        self.slots.append(
            Slot(line, span, text, self.day, links, notes, location=room or self.block_venue or self.venue)
        )
        if CODE.match(text.title):
            self.coded = CodedLines(len(self.slots) - 1, text.title)
        return True

    def _row(self, line: Line, text: CleanLine, cells: list[str]) -> None:
        if is_rule(text.text):
            return
        # "| | Day 1 || Day 2 |", then "| | Monday, June 26 || Tuesday, June 27 |": the later dates the days (INR 2023)
        header = table_header(cells, line.number) or corner_days(cells)
        if header is not None and not is_continued_row(header, self.header, self.session):
            self.header = header
            self.clock = self._time_above() if header.by_duration else None
            self._unread(line, header, cells)
            self._shape(row_shape(line.text))
            return
        if self._dated_row(line, cells):
            self._table_row(line, text, cells)

    def _table_row(self, line: Line, text: CleanLine, cells: list[str]) -> None:
        """A row under a table's header: a slot, a day of its own, a paper of the session above, or another line."""
        found = row_time(self.header, cells)
        if found is None and self.header is not None and self.header.by_duration and self.clock is not None:
            span = duration_span(self.header, cells, self.clock)
            if span is not None and span.end_minutes is not None:
                self.clock, found = span.end_minutes, (span, (), {self.header.columns["duration"]})
        if found is None:
            day = day_heading(" ".join(cell for cell in cells if cell))
            if day is not None:  # "| **Day 2** | **2020-07-28** <br> Theme |": a row of its table, whose header holds
                header, self.header = self.header, None
                self._new_day(day)
                self.header = header
            elif not self._member(line, text, cells) and any(cells):
                self.other.append(Line(line.number, text.text))
            return
        span, notes, used = found
        self._shape(row_shape(line.text))
        rest = [cell for index, cell in enumerate(cells) if index not in used]
        header = self.header
        if header is not None and header.rooms:
            days = header_days(header)  # "| Time | Thursday | Friday |": each column a day (BODL 2023), no room
            self._shape(days_said(header, days) if days else "rooms as columns")
            placed = day_cells(days, cells, span) if days else None
            column_slots(
                self.slots, line, notes, placed or [(r, self.day, c, span) for r, c in room_cells(header, cells)], text
            )
            return
        raw = row_cells(line.text, "")
        title_at = (
            header.columns.get("title") if header else next((i for i, c in enumerate(cells) if i not in used), None)
        )
        parts = cell_parts(raw[title_at]) if raw and len(raw) == len(cells) and title_at is not None else None
        if header is None:  # the title cell in parts is read by its parts, never flattened ("Bio: Michail (Mihalis) …")
            others = [
                cell for index, cell in enumerate(cells) if index not in used and not (parts and index == title_at)
            ]
            slot = read_slot_text(" - ".join(cell for cell in others if cell), text.mentions)
            slot = with_parts(slot, parts) if parts else slot
            if not slot.title and not any(others):  # "| 15:00 |   |": an empty row of the grid, no event
                self.other.append(Line(line.number, text.text))
                return
            self._slot(line, span, slot, text.links, notes)
            self._parts_after(line, parts)
            return
        slot, links = header_slot(header, cells, text)
        slot = with_parts(slot, parts) if parts else slot
        if not slot.title:  # a row whose title column is empty: its other cells are its text
            slot = read_slot_text(" - ".join(cell for cell in rest if cell), text.mentions)
        if not slot.title:
            self.other.append(Line(line.number, text.text))
            return
        if self._slot(line, span, slot, links, notes) and (room := room_cell(header, cells, raw)):
            self.slots[-1] = attrs.evolve(self.slots[-1], location=room)  # a Room or Location column
        self._parts_after(line, parts)
        self.session = len(self.slots) - 1

    def _time_above(self) -> int | None:
        """The time a table of durations starts at: the last untimed line above it that opens with one, or --date's."""
        since = self.slots[-1].line.number if self.slots else 0
        for line in reversed(self.other):
            if line.number > since and (found := leading_span(line.text)) is not None:
                return found.span.start.minutes
        return None if self.slots else self.start  # the first table's start, from --date's time (CDAAI's agenda)

    def _unread(self, line: Line, header: Header, cells: list[str]) -> None:
        """Say which named columns of a table's header no field reads: their cells are not read."""
        read = {*header.columns.values(), *header.rooms}
        if not {"start", "time"} & header.columns.keys():
            read |= {0, 1}  # a row's leading time cell is read whatever its column's name (AgentIR's "Star")
        for index, name in enumerate(cells):
            if name and index not in read:
                self.notes.append(f"{self.source}:{line.number}: note: column not read: {name!r}")

    def _dated_row(self, line: Line, cells: list[str]) -> bool:
        """Open the day a row's Date cell writes (iEvoBio 2017: each day's first row only); False when it is no date."""
        written = row_date(self.header, cells, SourceRef(self.source, line.number))
        if isinstance(written, Problem):
            self.problems.append(written)
            return False
        if written is not None and written != self.day:
            self.day = written
            self.days.append(written)
        return True

    def _parts_after(self, line: Line, parts: CellParts | None) -> None:
        """The last slot's abstract (its title cell's ``<details>`` text), and its cell's other parts as its lines.

        The parts are read as the lines below a slot are: talks, an abstract, people (AD&D 2025's
        session cells list their talks, "“Title” A. Name, B. Name <br> Abstract: …").
        """
        if parts is None:
            return
        if parts.abstract:
            self.slots[-1] = attrs.evolve(self.slots[-1], abstract=parts.abstract)
        self.other.extend(Line(line.number, part) for part in parts.rest)

    def _member(self, line: Line, text: CleanLine, cells: list[str]) -> bool:
        """A row without a time under a timed row of its table ("| | A and B | Title |"): one of its papers."""
        below = row_below(self.header, cells, text, line, (self.slots, self.session))
        if isinstance(below, Member):
            self._shape("papers under a session row")
            self.members.append(below)
        elif below is not None:
            self.slots.append(below)  # the block's second talk (DevOpsDagar 2024)
        return below is not None
