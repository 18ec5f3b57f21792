"""A saved schedule page (HTML): a workshop's Jekyll or Hugo page, a WordPress agenda, a site's export.

Read with lxml, by its structure: each `<table>` becomes a grid of cells (spans expanded) that `tabular/` reads, as
it reads a workbook's sheet; headings (h1–h6, or a paragraph all in bold) that write a date are days; list items and
paragraphs are time-led lines (`html_lines.py`). Links in a row, cell or list item are the item's links. The zone and
the first date are the user's (--timezone, --date), else what the page names ("Hawaii Time (GMT-10)", "July 28th
2023"), else an error naming the option. `reading` says what was read and lists every line inside a schedule that was
not placed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, ClassVar
from zoneinfo import ZoneInfo

import attrs

from program.errors import ParseError, UsageError
from program.model import Item, Kind, Problem, Program, Role, Severity, SourceRef
from program.model.ids import item_id
from program.readers.app_json import offset_context
from program.readers.base import ReadContext
from program.readers.coded_entries import coded_ends, coded_kind
from program.readers.html_badge_slots import badge_program
from program.readers.html_blocks import Block, Heading, TableBlock, TextLine, blocks, collapse, holds_time_table
from program.readers.html_cell_lines import name_then_quoted
from program.readers.html_class_slots import class_slot_program, class_slots
from program.readers.html_class_times import class_events, class_program, holds_class_times
from program.readers.html_copied_tables import copy_said, one_row_a_slot
from program.readers.html_course_times import course_page
from program.readers.html_dating import PageSettings, asking_both, needs_zone, no_date, resolve_day, settle
from program.readers.html_heading_program import heading_program
from program.readers.html_heading_rooms import HeadedRun, headed_rooms
from program.readers.html_heading_slots import heading_schedule, holds_time_headings
from program.readers.html_jsx import holds_jsx_page, jsx_markup
from program.readers.html_legend import cell_kinds, legend_kinds, with_legend_kind
from program.readers.html_lines import Entry, read_lines
from program.readers.html_list_ends import end_rows, mixed_ends
from program.readers.html_name_tails import name_tails
from program.readers.html_numbered_titles import numbered_items
from program.readers.html_prose_slots import prose_program
from program.readers.html_repeats import repeats_joined, shared_once
from program.readers.html_slot_cards import slot_cards, with_slot_cards
from program.readers.html_slot_tables import page_table
from program.readers.html_stamp_zone import stamped_zone
from program.readers.html_table_links import with_line_links
from program.readers.html_talks import with_talks
from program.readers.html_templates import holds_template_page, is_script_component
from program.readers.html_time_items import timed_items, written_offsets
from program.readers.html_time_slots import TimedSlots, timed_slots
from program.readers.html_time_spans import parsed_page
from program.readers.html_timeline_entries import timeline_slots
from program.readers.html_translated_tables import translated_copy
from program.readers.kind_labels import kind_from_title
from program.readers.lines.day_headings import day_heading
from program.readers.lines.names import names_in, speakers_of
from program.readers.notation.afternoon import AfternoonClock, is_twelve_hour_sheet
from program.readers.notation.dates import DateError, WrittenDate, date_in_brackets, parse_date
from program.readers.notation.leading import title_then_time
from program.readers.paper_page import shows_papers
from program.readers.tabular.placing import at
from program.readers.tabular.read import read_table

if TYPE_CHECKING:  # only named: lxml, 0.05 s of every start-up, is imported where a page is parsed
    from lxml import etree

_DOCUMENT = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL
)
_SCHEDULE_TAGS = re.compile(r"<(?:table|h[1-4]|ul|ol|li|p|div|section)[\s>]", re.IGNORECASE)
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*$")
_NOT_OURS = re.compile(r"<(?:schedule|conference|iCalendar|rss|feed|urlset)[\s>]", re.IGNORECASE)
_SVG = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<svg[\s>]", re.IGNORECASE | re.DOTALL)
"""An SVG image; a page's own `<svg>` icons (PRL 2025's menu button, before its schedule) do not make it one."""


class HtmlPageReader:
    """Reads a saved schedule page: its tables, day headings, lists and paragraphs."""

    name: ClassVar[str] = "html-page"
    description: ClassVar[str] = (
        "a saved schedule page (HTML: a Jekyll/Hugo page, a WordPress agenda, a site's export, a React page's "
        "JSX/TSX): tables, day headings, time-led lists"
    )

    def detect(self, text: str) -> bool:
        """Whether `text` is an HTML page, a fragment (a tag, then tables, headings or lists), or Markdown with one."""
        head = text[:2000]
        if _NOT_OURS.search(head) or _SVG.match(head) or shows_papers(text) or is_script_component(text):
            return False  # papers marked by class (10CCC 2017), or alone in the page's main content (RuleML 2010)
        if _DOCUMENT.match(head) or holds_jsx_page(text) or holds_template_page(text):  # Check4facts; Blade
            return True
        stripped = head.lstrip()
        opens = stripped.startswith("<") and len(_SCHEDULE_TAGS.findall(head)) >= 2
        return opens or holds_time_table(text) or holds_time_headings(text) or holds_class_times(text)

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read the page's schedule into items.

        Raises:
            ParseError: for a page lxml cannot parse, or one without a table, heading or line it can read.
            UsageError: when the page's times need --timezone or --date and the page names neither (both at once).
        """
        return asking_both(lambda given: self._read(text, source, given), context, source)

    def _read(self, text: str, source: str, context: ReadContext) -> Program:
        # two adjacent time spans joined: "<span>10h05</span><span>10h45</span>"
        root = parsed_page(jsx_markup(text) or text, source)
        settings = settle(root.text_content(), source, context.timezone, context.first_date)
        settings, stamped = stamped_zone(root.text_content(), settings, context, source)  # "…T13:00:00+09:00"
        timed = timed_slots(root)
        if timed is not None and timed.items:
            return _timed_program(timed, root, settings, context, source)
        named_page = collapse(root.findtext(".//title") or "")
        if (classed := class_events(root)) is not None:  # `<div class="event start-1730 end-1800">` (DQML 2022)
            return class_program(*classed, named_page, settings, source)
        if (named := class_slots(root) or timeline_slots(root)) is not None:  # ESE 2026; CONEISC 2014 (a weekday)
            return class_slot_program(named, named_page, settings, source, root)
        found = list(blocks(root))
        # ICC 2025 RAS: "9:00 - 9:45 45 min" over each talk's `<h3>` title; ESS 2013: `<h4>Zeit: Mo. (23.9.), …</h4>`
        paged = badge_program(found, named_page, settings, source) or course_page(found, named_page, settings, source)
        if (badged := paged or prose_program(root, named_page, settings, source)) is not None:  # "von 11:00 Uhr bis"
            return badged
        timed_table = any(isinstance(block, TableBlock) and block.holds_times() for block in found)
        headed = None if timed_table else heading_schedule(found)
        if headed is not None and headed.slots:  # `<h3>8:30-9:00: Breakfast</h3>`, panels under a session's time
            return heading_program(headed, named_page, settings, source)
        read = _PageRead(source, settings, context, legend_kinds(root), problems=list(stamped))
        read.walk(found)
        if not read.items and not read.problems:  # EAAE 2023: "<b>Keynote 3</b> 5:00 pm - 6:00 pm", title first
            read = _PageRead(source, settings, context, legend_kinds(root), problems=list(stamped))
            read.walk([_time_first(block) for block in found])
        if not read.items and not read.problems:
            raise ParseError(
                "expected a schedule: a table with a time column, or lines that start with a time "
                "('9:00 - 9:30 Welcome'); found none",
                SourceRef(source, 1),
            )
        return Program(
            title=named_page,
            timezone=(settings.zone or ZoneInfo("UTC")).key,
            items=tuple(read.items),
            problems=tuple(read.problems),
            sources=(source,),
            reading=read.summary(),
        )


def _timed_program(
    timed: TimedSlots, root: etree._Element, settings: PageSettings, context: ReadContext, source: str
) -> Program:
    """A page of `<time datetime>` slots, read by its structure (`html_time_slots`).

    With no zone given or named, times that all carry one offset are shown at it, with a
    `no-time-zone` warning naming --timezone (Bristol Data Week 2025's `Z` times).
    """
    problems: tuple[Problem, ...] = ()
    if settings.zone is None:
        zoned, problems = offset_context(context, written_offsets(timed), source)
        settings = attrs.evolve(settings, zone=zoned.timezone)
    try:
        items = timed_items(timed, settings, source)
    except DateError as error:
        raise ParseError(f"a <time datetime> that is no date: {error}", SourceRef(source, 1)) from None
    people = {name for item in items for name in item.people}
    said = (
        f"{timed.slots} <time datetime> slots, {len(items)} items, {len(people)} people",
        *settings.said,
        *(f"{source}:{line}: not placed: {text[:80]}" for line, text in timed.unplaced),
    )
    return Program(
        title=collapse(root.findtext(".//title") or ""),
        timezone=(settings.zone or ZoneInfo("UTC")).key,
        items=tuple(_ends_from_next(items)),
        problems=problems,
        sources=(source,),
        reading=said,
    )


def _time_first(block: Block) -> Block:
    """A line whose title comes before its time, rewritten time first; any other block as it is."""
    if isinstance(block, TextLine) and (rewritten := title_then_time(block.text)) is not None:
        return attrs.evolve(block, text=rewritten)
    return block


@attrs.define
class _PageRead:
    """The page's items as the walk finds them, with what it says about them."""

    source: str
    settings: PageSettings
    context: ReadContext
    legend: dict[str, Kind]
    """The kinds a legend table gives by CSS class (`html_legend`)."""
    items: list[Item] = attrs.Factory(list)
    problems: list[Problem] = attrs.Factory(list)
    said: list[str] = attrs.Factory(list)
    unplaced: list[str] = attrs.Factory(list)
    tables: int = 0
    lists: int = 0
    outside: int = 0
    headed: list[HeadedRun] = attrs.Factory(list)
    last_table: tuple[int, int, int, str] | None = None  # where its items, problems, notes begin; its name
    """The runs of lines read under a heading that writes no date (a room's, or a session's)."""

    def walk(self, found: Sequence[Heading | TextLine | TableBlock]) -> None:
        """Read the blocks in order: a heading that writes a date starts a day."""
        day: WrittenDate | None = None
        heading: str | None = None
        run: list[TextLine] = []
        for block in found:
            marked = _MARKDOWN_HEADING.match(block.text) if isinstance(block, TextLine) else None
            if isinstance(block, TextLine) and marked is None:
                run.append(block)
                continue
            self.lines(run, day, heading)
            run = []
            if marked is not None:  # "## Monday, 12 June" between a Markdown page's tables
                day = _heading_day(marked.group(1)) or day
            elif isinstance(block, Heading):
                dated = _heading_day(block.text)
                day, heading = (dated, None) if dated is not None else (day, block.text)
            elif isinstance(block, TableBlock):
                self.table(block, day)
        self.lines(run, day, heading)
        self.items, rooms = headed_rooms(self.items, self.headed)
        if rooms:  # Agile France 2013's "<h4>1 - Belvédère</h4>" over each room's list, side by side
            self.said.append(f"rooms from the headings over lists that run side by side: {', '.join(rooms)}")

    def table(self, block: TableBlock, day: WrittenDate | None) -> None:
        """Read one table through tabular, with the heading's day as its first date."""
        table = page_table(block.element, self.source, bool(self.context.columns))
        if table is None:
            return
        # a table of no times needs no zone (Encontro de Saberes' award list): UTC stands in until a time is read
        zone = self.settings.zone or ZoneInfo("UTC")
        try:
            first = resolve_day(day, self.settings, self.source) if day or self.settings.first_date else None
        except DateError as error:  # a day heading that is not a real date
            self.unreadable_day(block.line, error)
            return
        try:
            read = read_table(table.table, ReadContext(first, zone, self.context.columns), required=False)
        except UsageError:  # tabular asks for the date a sheet would have in a column
            needs_zone(self.settings, self.source)  # the zone first, as before: it is missing too
            if first is not None:
                raise
            raise no_date(self.source, f" in the table at line {block.line}") from None
        except DateError as error:  # a date cell that is not a real date
            self.unreadable_day(block.line, error)
            return
        if read is None:
            return
        if any(item.start is not None for item in read.items):
            needs_zone(self.settings, self.source)
        self.tables += 1
        kinds = cell_kinds(block.element, self.legend)
        linked = with_slot_cards(with_line_links(name_tails(read.items), table.links), slot_cards(block.element))
        items = numbered_items([with_legend_kind(_people_in_brackets(item), kinds) for item in linked])  # ①、…<br>②、…
        found = with_talks(repeats_joined(end_rows(_ends_from_next(items))), table.talks, self.source)
        named = f"table {self.tables} (line {block.line})"
        if (copied := translated_copy(found, self.items)) is not None:  # rocid.ru 2013: the English copy
            self.said.append(f"{named}: {copied}")
            return
        if (last := self.last_table) is not None and one_row_a_slot(found, self.items[last[0] :]):  # copied after
            self.said.append(copy_said(named, last[3]))
            return
        if last is not None and one_row_a_slot(self.items[last[0] :], found):  # DrupalCamp Spain: the copy first
            self.items, self.problems = self.items[: last[0]], self.problems[: last[1]]
            self.said = [*self.said[: last[2]], copy_said(last[3], named)]
        self.last_table = (len(self.items), len(self.problems), len(self.said), named)
        self.items, self.problems = [*self.items, *shared_once(self.items, found)], [*self.problems, *read.problems]
        self.said.extend(f"{named}: {line}" for line in ((table.said,) if table.said else ()) + read.reading)

    def unreadable_day(self, line: int, error: DateError) -> None:
        """A table's day (its heading's or a date cell's) that is not a real date: an error, the table not read."""
        where = SourceRef(self.source, line)
        self.problems.append(Problem(Severity.ERROR, "unreadable-page-day", f"table at line {line}: {error}", where))

    def lines(self, run: list[TextLine], day: WrittenDate | None, heading: str | None = None) -> None:
        """Read a run of lines between headings and tables; `heading` is the dateless heading over them."""
        if not run:
            return
        read = read_lines(run)
        self.outside += read.outside
        self.unplaced.extend(f"{self.source}:{line.line}: not placed: {line.text[:80]}" for line in read.unplaced)
        if not read.entries:
            return
        self.lists += 1
        zone = needs_zone(self.settings, self.source)
        try:
            on = resolve_day(day, self.settings, self.source)
        except DateError as error:
            where = SourceRef(self.source, read.entries[0].line)
            self.problems.append(Problem(Severity.ERROR, "unreadable-page-day", str(error), where))
            return
        first = len(self.items)
        read_items = mixed_ends(coded_ends(_ends_from_next(_entry_items(read.entries, on, zone, self.source))))
        self.items.extend(with_talks(read_items, {entry.line: entry.talks for entry in read.entries}, self.source))
        if heading is not None:
            self.headed.append(HeadedRun(heading, on, first, len(self.items)))

    def summary(self) -> tuple[str, ...]:
        """The lines `program check` prints."""
        people = {name for item in self.items for name in item.people}
        counts = f"{self.tables} tables, {self.lists} lists, {len(self.items)} items, {len(people)} people"
        outside = (f"{self.outside} lines outside the schedule (not listed)",) if self.outside else ()
        return (counts, *self.settings.said, *self.said, *self.unplaced, *outside)


def _heading_day(text: str) -> WrittenDate | None:
    """The date a heading writes ("Saturday", "July 9, 2024", "Day 2"), or None for any other heading."""
    if len(text) > 60:  # a long heading's day is all its part before ' / ' ("Jueves 10 de junio / Zona horaria de …")
        return day_heading(text.partition(" / ")[0]) if " / " in text else None
    inside = _TRAILING_BRACKET.match(text.rstrip(":"))  # "Day 2 (Tuesday, December 14th)": its bracket, not 2 December
    for written in (inside["inside"], text.rstrip(":")) if inside else (text.rstrip(":"),):
        try:
            return parse_date(written)
        except DateError:
            continue
    return day_heading(text) or date_in_brackets(text)  # "2018/08/27" (WASN 2018); "Dzień 1 (piątek, 2013-03-15) - …"


def _entry_items(entries: Sequence[Entry], day: date, zone: ZoneInfo, source: str) -> list[Item]:
    twelve = is_twelve_hour_sheet([entry.span for entry in entries])
    clock = AfternoonClock()
    items: list[Item] = []
    for entry in entries:
        start, end = clock.place(entry.span) if twelve else (entry.span.start.minutes, entry.span.end_minutes)
        kind, title = coded_kind(entry.label or "", entry.title)
        kind = _kind_after_symbols(kind, title)
        start_at = at(day, start, zone)
        end_at = at(day, end, zone) if end is not None and end > start else None
        items.append(
            Item(
                id=item_id(kind, title),
                kind=kind,
                title=title,
                source=SourceRef(source, entry.line),
                start=start_at,
                end=end_at,
                people=entry.people,
                abstract="\n".join(entry.details) or None,
                links=entry.links,
                label=entry.label,
                location=entry.room,
                role=Role.CHAIR if entry.chairs else Role.SPEAKER,
            )
        )
    return items


def _ends_from_next(items: list[Item]) -> list[Item]:
    """Items that give only a start (a whole table or list of them) end when the next one starts that day."""
    if not items or any(item.end is not None for item in items):
        return items
    ended: list[Item] = []
    for item, following in zip(items, [*items[1:], None], strict=True):
        end: datetime | None = following.start if following is not None else None
        fits = item.start is not None and end is not None and item.start < end <= item.start + timedelta(hours=12)
        ended.append(attrs.evolve(item, end=end) if fits else item)
    return ended


def _kind_after_symbols(kind: Kind, title: str) -> Kind:
    """The kind of a title's words after the pictographs before them ("☕ Tea + Biscuits", "🍽️ Lunch": PRL 2025)."""
    plain = _SYMBOLS_FIRST.sub("", title)
    return kind_from_title(plain) if kind is Kind.OTHER and plain != title else kind


_SYMBOLS_FIRST = re.compile(r"^[^\w(\[]+(?=\w)")
"""Pictographs and marks before a title's first word ("☕ ", "🍽️ ")."""
_TRAILING_BRACKET = re.compile(r"^(?P<title>.*\S)\s*\((?P<inside>[^()]+)\)$")


def _people_in_brackets(item: Item) -> Item:
    """A cell's title ending in names in brackets, "Regression (Robert Gentleman)": the names are its people.

    Only when no column gave people, and only full names (two words or more): "(LXAI)" and
    "(System Description)" stay in the title. A label that names a kind ("Lecture 01") gives
    the kind the title does not.
    """
    if not item.people and (quoted := name_then_quoted(item.title)) is not None:  # `Name: "Title"`
        return attrs.evolve(item, id=item_id(item.kind, quoted[0]), title=quoted[0], people=quoted[1])
    found = _TRAILING_BRACKET.match(item.title) if not item.people and item.kind is not Kind.BREAK else None
    names = (names_in(found["inside"], words=2) or speakers_of(found["inside"])) if found else None  # "(Name, Org)"
    labelled = item.kind is Kind.OTHER and item.label
    kind = kind_from_title(item.label) if labelled and item.label else _kind_after_symbols(item.kind, item.title)
    if found is None or names is None:
        return attrs.evolve(item, kind=kind) if kind is not item.kind else item
    title = found["title"]
    return attrs.evolve(item, id=item_id(kind, title), title=title, people=names, kind=kind)
