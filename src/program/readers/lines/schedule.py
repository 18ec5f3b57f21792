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
- the zone is the one a line names ("All times are in PST (Los Angeles time)") or `--timezone`; a
  line that names it two ways that disagree ("Central European Summer Time (UTC+1)") is warned;
- every other non-blank line between the first slot and the last is *not placed*: it is
  listed with its line number, never dropped silently; lines outside the schedule are counted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from zoneinfo import ZoneInfo

import attrs

from program.errors import ParseError, UsageError
from program.model import Item, Kind, Problem, SourceRef
from program.readers.base import Line, ReadContext
from program.readers.coded_entries import CODE, coded_ends
from program.readers.lines.around import (
    complete_surnames,
    holds_time_range,
    outside_comments,
    without_small_screen_copy,
)
from program.readers.lines.asides import talks_beside_asides
from program.readers.lines.bracket_codes import coded_rooms
from program.readers.lines.byline_talks import with_byline_talks
from program.readers.lines.cell_titles import cell_titles, title_items
from program.readers.lines.continued import continued_talks
from program.readers.lines.dashed_rooms import dashed_rooms
from program.readers.lines.days import page_zone, zone_statement
from program.readers.lines.entry import SlotText, read_slot_text
from program.readers.lines.finder import Finder
from program.readers.lines.included_talks import with_included_talks
from program.readers.lines.italic_authors import italic_authors
from program.readers.lines.label_lines import joined_labels
from program.readers.lines.later_hours import LaterHours, later_hour_slots
from program.readers.lines.legend_marks import legend_marked
from program.readers.lines.markup import CleanLine, clean, without_slides
from program.readers.lines.members import with_members
from program.readers.lines.named_slots import named_slots
from program.readers.lines.page_year import with_page_year
from program.readers.lines.rules import heads_below_rules, rule_lines
from program.readers.lines.shared_time import SharedTime, dated_series, refusal, shared_time_slots
from program.readers.lines.slots import ASK_DATE, Slot, place_slots
from program.readers.lines.unread_rows import refuse_unread
from program.readers.lines.untimed_bullets import untimed_bullets
from program.readers.lines.zone_clash import zone_clash
from program.readers.lines.zone_first import zone_taken
from program.readers.notation.dates import WrittenDate
from program.readers.notation.leading import leading_span

_TABLE_END = re.compile(r"^\s*</table>\s*$", re.IGNORECASE)
_LONE_LINK = re.compile(r"^\s*\[[^\[\]]+\]\([^()\s]+\)\s*$")
_ITALIC_LINE = re.compile(r"^\s*(?:(?P<mark>[*_])(?![*_\s])[^*_]+(?<!\s)(?P=mark)|<(?P<tag>em|i)>[^<]*</(?P=tag)>)\s*$")
"""A line all in italics (`*A, B and C*`, `<em>…</em>`): a people line whose next plain line says where they work."""

QUOTED = 80


@attrs.frozen
class LinesRead:
    """What `read_schedule_lines` read.

    Attributes:
        items: the slots, as items, in page order.
        problems: what could not be read, or was read with a guess.
        unplaced: the non-blank lines inside the schedule read as no slot, day, header or zone.
        outside: how many other non-blank lines lie before the first slot or after the last.
        timed_outside: the lines outside the schedule that hold a time range: listed, never only
            counted (a row the schedule's shape did not take is a slot lost).
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
    timed_outside: tuple[Line, ...] = ()
    screen_copies: tuple[tuple[int, int], ...] = ()
    """The first and last lines of each copy of the schedule for small screens, left out (`around.ScreenCopy`)."""
    named_below: tuple[int, ...] = ()
    """Lines after the last slot that name a slot's people (`group_speakers`): the schedule's, no list of papers."""

    def reading(self, source: str) -> tuple[str, ...]:
        """The lines `program check` prints: counts, shape, zone, notes, and each line not placed."""
        people = {name for item in self.items for name in item.people}
        said = [
            f"{len(self.items)} items, {len(people)} people; shape: {', '.join(self.shape) or 'none'}",
            f"{len(self.unplaced)} lines inside the schedule not placed, {self.outside} outside it"
            + (f", and {len(self.timed_outside)} with a time range outside it" if self.timed_outside else ""),
            *self.notes,
        ]
        listed = sorted([*self.unplaced, *self.timed_outside], key=lambda line: line.number)
        said.extend(f"{source}:{line.number}: note: not placed: {_quoted(line.text)}" for line in listed)
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
    screens = without_small_screen_copy(outside_comments(lines))
    joined = joined_labels(screens.lines)  # "Speakers:<br>" over a line of names each: one "Speakers: A and B"
    cleaned = [(line, clean(without_slides(line.text))) for line in joined]
    finder = Finder(
        source, start=context.first_start.hour * 60 + context.first_start.minute if context.first_start else None
    )
    for line, text in cleaned:
        finder.take(line, text)
    finder.finish()
    if not finder.slots and (elsewhere := _timed_elsewhere(cleaned, context, source)) is not None:
        return elsewhere  # entries timed below them or by one sentence
    slot_lines = [(slot.line.number, slot.text.kind) for slot in finder.slots]
    emphasised = {line.number for line, _ in cleaned if _ITALIC_LINE.match(line.text)}
    # a lone link after a table is none of its last row's speakers (LDAV 2019's "[Video Showcase](…)")
    after = _links_after_tables(cleaned)
    rules = rule_lines(
        [line for line, _ in cleaned]
    )  # "---" between blocks: a slot's lines end there, and it is no line to place
    other = [line for line in finder.other if line.number not in after and line.number not in rules]
    raw = {line.number: line.text for line, _ in cleaned}
    authored = italic_authors(finder.slots, other, raw, {line.number: text for line, text in cleaned})
    finder.slots, other = authored.slots, authored.other  # "_Name_ - Affiliation; …" below a title (ArcheoFOSS)
    other = with_included_talks(finder, other, raw)  # "{% include keynote.html name=… title=… %}" (ScisciJP)
    other, slot_lines = _listed_sessions(finder, other, raw)
    inside = talks_beside_asides(finder, other, raw, (slot_lines, finder.headings | rules, emphasised))
    heads, headed = heads_below_rules([number for number, _ in slot_lines], inside.other, rules)
    if heads:  # "---" / "Moderator: Irina Demeshko" / "* 3:00pm - 4:45pm, Panel discussion" (AMTE 2021)
        people = {**inside.people, **{at: (*inside.people.get(at, ()), *names) for at, names in heads.items()}}
        inside = attrs.evolve(
            inside, people=people, other=tuple(line for line in inside.other if line.number not in headed)
        )
    titles = cell_titles([number for number, _ in slot_lines], inside.other, raw)
    second = {line.number for lines in titles.values() for line in lines}
    slots = [  # with what the lines below each slot say of it: people (a panel's), a chair, a paragraph
        attrs.evolve(
            slot,
            text=inside.slot_text(at, _people_below(slot, inside.people.get(at, ()), emphasised)),
            abstract=slot.abstract or inside.abstracts.get(at),
        )
        for at, slot in enumerate(finder.slots)
    ]
    # "(Ariel Rokem; PAB5)", "(LH)" on many lines: people and rooms; "Sitzung 1 **on air**" by its legend: a mark
    slots = legend_marked(coded_rooms(slots), raw)
    slots = named_slots(slots)  # "14:30 - 14:50 Jony Castagna": a talk by her, its title her name
    slots, continued = continued_talks(slots, inside.other, raw)  # "* 13-16 lecture\" over "[Name: Title](…)"
    context, year_notes = with_page_year(context, finder.days, cleaned, slots)  # "Oversikt over program 2024"
    try:
        zone, zone_notes = page_zone(cleaned, context, source, bool(slots), finder.zones)
    except UsageError as no_zone:
        raise _date_asked_too(no_zone, slots, context, source, finder.days) from None
    items, problems = place_slots(slots, context, source, zone, finder.days)
    if context.timezone is None:  # the zone from the page: said two ways that disagree?
        problems.extend(zone_clash(zone_statement(cleaned), items, source))
    if any(slot.text.label and CODE.match(slot.text.label) for slot in slots):
        items = coded_ends(items)  # a paper with a start only ends at its room's next, or its block's end
    seconds, named_below = title_items(
        items, titles, source, {line.number: text.text for line, text in cleaned}
    )  # "Best Paper Awards<br/>Closing Remarks": two at one time
    items = [*with_members(items, [*finder.members, *inside.members], source), *seconds]
    first = min((slot.line.number for slot in slots), default=0)
    last = max((line.number for line in [*(slot.line for slot in slots), *inside.title_lines()]), default=0)
    last = max(last, *second) if second else last
    unplaced = [
        line
        for line in inside.other
        if first <= line.number <= last and line.number not in second and line.number not in continued
    ]  # a slot's own line: its cell's parts
    items, unplaced = untimed_bullets(items, unplaced, raw, source)  # "- _Social dinner_ - [menu](…)"
    outside = [  # a day page's last event's people and details are its, not outside
        Line(line.number, text.text)
        for line, text in cleaned
        if text.text and not first <= line.number <= last and line.number not in {*finder.used, *named_below}
    ]
    timed = [line for line in outside if holds_time_range(line.text)]
    items, named = complete_surnames(items, [text for line, text in cleaned if line.number > last], source)
    return LinesRead(
        tuple(items),
        tuple(finder.problems + problems),
        tuple(unplaced),
        len(outside) - len(timed),
        tuple(finder.shapes),
        zone,
        tuple(year_notes + zone_notes + named + finder.notes + screens.notes(source)),
        tuple(timed),
        screens.copies,
        named_below,
    )


def _listed_sessions(
    finder: Finder, other: Sequence[Line], raw: dict[int, str]
) -> tuple[list[Line], list[tuple[int, Kind]]]:
    """The lines left once sessions' listed talks are read, and the slots' lines, parallel sessions' too."""
    left = with_byline_talks(finder, other, raw)  # "- Title<br>" over "*A. B, C. D*" under a session (COMPAS 2026)
    finder.slots = dashed_rooms(finder.slots)  # "Session #1 : Networks, FAAS - Amphi" (COMPAS 2026)
    return left, [(slot.line.number, slot.text.kind) for slot in finder.slots]


def _timed_elsewhere(cleaned: Sequence[tuple[Line, CleanLine]], context: ReadContext, source: str) -> LinesRead | None:
    """A page with no time-led line: its entries timed on a later line or by one sentence; None for neither.

    Raises:
        UsageError, ParseError: a table's rows not read (`refuse_unread`), or a series of dated
            entries with no one time for them (`shared_time.refusal`).
    """
    if (later := later_hour_slots(cleaned)) is not None:  # "Local: ETSAE Hora: 19 horas." below a title
        return _read_found(later, ("entries timed on a later line ('Hora: 19 horas')", ()), cleaned, context, source)
    raw_lines = [line for line, _ in cleaned]
    if (shared := shared_time_slots(raw_lines)) is not None:  # "Die Vorträge finden um 18:00 Uhr … statt"
        said = ("dated entries, one time for all in a sentence", (shared.said,))
        return _read_found(shared, said, cleaned, context, source)
    refuse_unread(cleaned, source)  # a table of durations with no start, or of times none of them read: say which
    if (series := dated_series(raw_lines)) is not None and (lacking := refusal(raw_lines)) is not None:
        raise ParseError(lacking, SourceRef(source, series[0]))
    return None


def _read_found(
    found: LaterHours | SharedTime,
    said: tuple[str, tuple[str, ...]],
    cleaned: Sequence[tuple[Line, CleanLine]],
    context: ReadContext,
    source: str,
) -> LinesRead:
    """A page whose entries are timed elsewhere than on their lines (`later_hours`, `shared_time`).

    `found.used`: the lines the entries were read from; the others between them are listed. `said`:
    the page's shape and notes.
    """
    slots, days, used = found.slots, found.days, found.used
    try:
        zone, zone_notes = page_zone(cleaned, context, source, True, [])
    except UsageError as no_zone:
        raise _date_asked_too(no_zone, slots, context, source, days) from None
    items, problems = place_slots(slots, context, source, zone, days)
    first, last = min(used), max(used)
    texts = [Line(line.number, text.text) for line, text in cleaned if text.text and line.number not in used]
    unplaced = [line for line in texts if first <= line.number <= last]
    shape, notes = said
    return LinesRead(
        tuple(items),
        tuple(problems),
        tuple(unplaced),
        len(texts) - len(unplaced),
        (shape,),
        zone,
        (*zone_notes, *notes),
    )


def _date_asked_too(
    no_zone: UsageError, slots: Sequence[Slot], context: ReadContext, source: str, days: Sequence[WrittenDate]
) -> UsageError:
    """The missing zone's error, asking for the first day too when the slots need it: both in one run, not two.

    35 pages in tests/data/pages (A3Net 2024, JNIC 2022, URC 2023) asked for --timezone, then, run
    again with it, for --date; the saved-HTML reader asks for both at once (`html_dating`).
    """
    try:
        place_slots(slots, context, source, ZoneInfo("UTC"), days)  # any zone: only the days are asked
    except UsageError as no_date:
        said = str(no_date)
        if said.endswith(ASK_DATE):
            return UsageError(
                f"{said.removesuffix(ASK_DATE)}, and the page names no time zone; give the first day with "
                "--date YYYY-MM-DD and the zone with --timezone Area/City (e.g. --timezone Europe/Lisbon), "
                "or set date and timezone in the program file"
            )
    return no_zone


def _people_below(slot: Slot, below: tuple[str, ...], emphasised: set[int]) -> SlotText:
    """A time-led slot's text read again when the italic line right below names its people and its title others.

    TPBC 2021's `Keynote: Decentralized Identity` over `*Ari Juels*`, `Ebb-and-Flow Protocols: A
    Resolution of …` over its authors: the words around the colon are the title's, no person.
    """
    if (
        slot.line.number + 1 not in emphasised
        or not below
        or not slot.text.people
        or set(slot.text.people) & set(below)
    ):
        return slot.text
    found = zone_taken(leading_span(clean(slot.line.text).text), slot.line, [])
    return read_slot_text(found.rest, people_known=True) if found is not None and found.rest else slot.text


def _links_after_tables(cleaned: list[tuple[Line, CleanLine]]) -> set[int]:
    """The lines that are a lone Markdown link, first after an HTML table's `</table>` (blank lines between)."""
    found: set[int] = set()
    after_table = False
    for line, text in cleaned:
        if _TABLE_END.match(line.text):
            after_table = True
        elif text.text:
            if after_table and _LONE_LINK.match(line.text):
                found.add(line.number)
            after_table = False
    return found
