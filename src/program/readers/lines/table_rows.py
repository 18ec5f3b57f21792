"""A table row's parts read by its header, free of the walk over the page (`finder.Finder._row` calls these).

A row's time comes from its Start/End columns or from a leading cell that is only a time; its text
from the header's title, people, label and session columns; a header joined with " · " is a header
only when it names rooms.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from program.model import Kind
from program.readers.kind_labels import is_kind_label
from program.readers.lines.entry import SlotText, read_slot_text
from program.readers.lines.honorifics import without_honorific
from program.readers.lines.markup import CleanLine, clean, without_icons
from program.readers.lines.members import people_cell, session_row
from program.readers.lines.names import names_in
from program.readers.lines.room_columns import DOT
from program.readers.lines.rows import Header, table_header
from program.readers.notation.leading import leading_span
from program.readers.notation.lengths import stated_length
from program.readers.notation.times import ClockError, ClockTime, TimeSpan
from program.readers.tabular.columns import normal_name
from program.readers.tabular.row_times import row_minutes
from program.readers.tabular.vocabulary import FIELD_OF_NAME


def dotted_header(text: str) -> list[str] | None:
    """A header row joined with " · " ("Time · Room A · Room B"): its cells, the rows after it read so."""
    cells = text.split(DOT) if DOT in text else []
    header = table_header(cells, 0) if len(cells) >= 3 else None
    return cells if header is not None and header.rooms else None


def header_slot(header: Header, cells: list[str], text: CleanLine) -> tuple[SlotText, tuple[str, ...]]:
    """A timed row's text read by its header's columns: title, people, label and kind, and its links."""
    if "kind" in header.columns and not {"title", "abstract", "session"} & header.columns.keys():
        return _typed_slot(header.cell(cells, "kind"), header.cell(cells, "people"), text), text.links
    if header.cell(cells, "session"):  # a session row of "Time | Session | Authors | Paper"
        return session_row(header, cells, text), text.links
    title, abstract = without_icons(header.cell(cells, "title"), leading=True), header.cell(cells, "abstract")
    label = None  # "🟦 Slot 1: …" (JKR 2025): a title's coloured square marks its kind of slot, no word of it
    if title and abstract:
        label, title = title, abstract
    people, said, title = people_cell(header.cell(cells, "people"), title)
    if not people and (chairs := names_in(header.cell(cells, "chair"), words=2)):  # its moderator chairs it
        people, said = tuple(map(without_honorific, chairs)), "Chair"
    label = label or said or header.cell(cells, "label") or header.cell(cells, "kind") or None
    # "[Mailbox Types: From Processes to Programming](…)" (GandALF 2025): a link's colon is its title's own
    linked = ":" in title and title in text.linked and not is_kind_label(title.partition(":")[0])
    if not people and (lead := _linked_lead(title, text.linked)) is not None:
        title, people = lead  # "[**Plotando Dados Do Zero: Customizando …**](…) - [Name](…)" (SciPy LA 2018)
    slot = read_slot_text(title or abstract, text.mentions, people_known=bool(people) or linked)
    if people or label:
        kind = slot.kind
        if label and kind.value == "other":  # "Invited Speaker" (with its person: an invited talk)
            kind = read_slot_text(f"{label}: {people[0]}" if people else label).kind
        if kind.value == "other" and people and "session" in header.columns:
            kind = Kind.TALK  # a paper of "Time | Session | Authors | Paper", presented by its authors
        slot = attrs.evolve(slot, people=tuple(dict.fromkeys(slot.people + people)), label=label, kind=kind)
    return slot, text.links


_DASH = re.compile(r"^\s*[-–—]\s+")


def _linked_lead(title: str, linked: tuple[str, ...]) -> tuple[str, tuple[str, ...]] | None:
    """A cell that opens with a linked title holding a colon, then a dash and names: the link's text and the names.

    The link bounds the title: its colon is the title's own, not a speaker's name before it.
    """
    for lead in linked:
        rest = title[len(lead) :] if ":" in lead and title.startswith(lead) else ""
        dashed = _DASH.match(rest)
        if dashed is not None and (names := names_in(rest[dashed.end() :], words=2)) is not None:
            return lead, names
    return None


def _typed_slot(typed: str, named: str, text: CleanLine) -> SlotText:
    """A row of "Time | Type | Speaker" (no title column): the type is the title, unless the speaker cell is one.

    "Invited Talk 1 | Johannes Brandstetter": the talk and its speaker; "Contributed Talk 1 |
    Generative PDE Control": a paper's title in the speaker column, its type the label;
    "Closing Remarks | Organizers": who is there, kept as the label, never a person.
    """
    people, said, _ = people_cell(named, "")
    if people or not named or named.casefold() in _WHO:
        slot = read_slot_text(typed, text.mentions, people_known=bool(people))
        label = said or (named if named and not people else None)
        return attrs.evolve(slot, people=tuple(dict.fromkeys(slot.people + people)), label=label or slot.label)
    slot = read_slot_text(named, text.mentions)
    kind = read_slot_text(typed).kind if slot.kind is Kind.OTHER else slot.kind
    return attrs.evolve(slot, label=typed or None, kind=kind)


_WHO = frozenset({"organizers", "organisers", "the organizers", "attendees", "registered attendees", "everyone", "all"})
"""A speaker cell that says who is there, not who speaks (AI4DiffEq 2024: "Organizers", "Registered Attendees")."""


def room_cell(header: Header, cells: list[str], raw: list[str] | None) -> str:
    """The row's room: its Room/Location cell's first line ("Slack channel <br> (See the guidelines)": the channel)."""
    at = header.columns.get("room")
    if at is None or raw is None or len(raw) != len(cells) or at >= len(raw):
        room = header.cell(cells, "room")
    else:
        room = clean(_BREAK.split(raw[at], maxsplit=1)[0]).text
    return "" if _UNKNOWN_ROOM.match(room) else room


_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_UNKNOWN_ROOM = re.compile(r"^\s*(?:tba|tbd|tbc|to be (?:announced|decided|confirmed))\.?\s*$", re.IGNORECASE)
"""A room not yet known ("TBA", DevOpsDagar 2024's group work): no room."""


def row_time(header: Header | None, cells: list[str]) -> tuple[TimeSpan, tuple[str, ...], set[int]] | None:
    """A row's time (from its Start and End columns, or a leading cell that is only a time) and the cells used.

    A start alone ends when its title's stated length says (`| 10:00 | Coffee Break (30 min) |`, AI Day 2026):
    the next row's start may be a later table's, far later.
    """
    if cells and FIELD_OF_NAME.get(normal_name(cells[0])) in {"time", "start"}:
        return None  # "| **Masa** | 9.00 pagi – 5.00 petang |" (n8n JPJ 2026): the event's hours, no slot
    found = _written_time(header, cells)
    if found is None or found[0].end is not None or header is None:
        return found
    length = stated_length(header.cell(cells, "title"))
    if length is None:
        return found
    span, notes, used = found
    end = span.start.minutes + length
    return TimeSpan(span.start, _clock(end), end), notes, used


def _written_time(header: Header | None, cells: list[str]) -> tuple[TimeSpan, tuple[str, ...], set[int]] | None:
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
        if found is not None and _TENTATIVE.fullmatch(found.rest):  # "18:30-20:30 (TBC)": read, with a note
            said = cell[: len(cell) - len(found.rest)].strip()
            found = attrs.evolve(
                found, rest="", notes=(*found.notes, f"{cell!r}: a time to be confirmed, read as {said}")
            )
        if found is not None and not found.rest:
            if index == 0 and found.span.end is None and (end_cell := _lone_time(cells[1:2])) is not None:
                joined = leading_span(f"{cell} - {end_cell}")  # "| 14:30 | 15:15 |": a start and an end cell
                if joined is not None:
                    return joined.span, found.notes, {0, 1}
            return found.span, found.notes, {index}
    return None


_TENTATIVE = re.compile(r"\(\s*(?:tbc|tbd|tba|to be confirmed)\s*\)", re.IGNORECASE)
"""A time cell's bracketed note that the time may change ("(TBC)"): the time is read all the same."""


def _lone_time(cells: Sequence[str]) -> str | None:
    """The cell, when it is only a clock time (the end cell beside a start cell)."""
    found = leading_span(cells[0]) if cells else None
    return cells[0] if found is not None and not found.rest and found.span.end is None else None


def duration_span(header: Header, cells: list[str], clock: int) -> TimeSpan | None:
    """A row's time when its table gives durations only: from `clock` (minutes) for its Duration cell, or None.

    EMBC 2025's workshop ("**2:30 PM, 16 July**" above `| Duration | Activity |`, rows `| 5 mins | Welcome |`).
    """
    try:
        minutes = row_minutes(header.cell(cells, "duration"))
    except ClockError:
        return None
    start, end = clock % 1440, clock % 1440 + minutes
    return TimeSpan(_clock(start), _clock(end), end)


def _clock(minutes: int) -> ClockTime:
    return ClockTime(minutes % 1440, None, f"{minutes // 60 % 24:02d}:{minutes % 60:02d}")
