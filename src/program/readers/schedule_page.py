"""The schedule page of a conference site, copied as text (seed 002), in any of its copies.

In its canonical shape an entry is three segments separated by lines that are exactly ``|``::

    Sat 1:55 p.m. - 2:40 p.m.          a time line, or "-" for an untimed entry
    |
    Steve Keckler - Invited Talk       the title, kind line, links and abstract
    (Talk)
    |
    Stephen Keckler                    the people line and the share icon that ends the entry
    🔗
    |

A ``|`` inside a line ("Poster Session | Coffee Break") is text, not a separator. Other
copies of the same page (a preamble, glued separators, no ``|`` lines at all, …) are
brought into that shape first by `page_layout`; `page_entry` reads each entry and
`page_dating` dates its time line. An entry that cannot be read is reported with what was
expected, and reading resumes at the next time line, so it never hides the rest.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from typing import ClassVar

import attrs

from program.errors import ParseError, UsageError
from program.model import Item, Kind, Problem, Program, Severity, SourceRef
from program.readers.base import Line, ReadContext
from program.readers.html_blocks import holds_time_table
from program.readers.html_class_times import holds_class_times
from program.readers.html_heading_slots import holds_time_headings
from program.readers.html_jsx import holds_jsx_page
from program.readers.html_templates import holds_template_page
from program.readers.kind_labels import label_kind
from program.readers.lines.detect import has_dated_series, has_dated_titles, has_schedule_lines, has_series_time
from program.readers.lines.hour_ranges import hour_led
from program.readers.lines.later_hours import has_later_hours
from program.readers.lines.schedule import LinesRead, read_schedule_lines
from program.readers.notation.page_dates import first_date_written
from program.readers.page_dating import Dating
from program.readers.page_entry import Entry, SoFar, quoted, read_entry
from program.readers.page_layout import END_MARK, UNTIMED, Segment, is_time_text, layout
from program.readers.page_papers import papers_outside, presenting_items

DETECT_LINES = 400
"""How far into a file detection looks for the first entry (past a preamble)."""


class SchedulePageReader:
    """Reads schedule pages copied from a conference site (the seed 002 format and its other copies)."""

    name: ClassVar[str] = "schedule-page"
    description: ClassVar[str] = (
        "a schedule page copied as text or Markdown: time-led lines, pipe/tab tables, day headings "
        "(and the virtual sites' entries ending in '🔗')"
    )

    def detect(self, text: str) -> bool:
        """Return whether the text is a virtual site's page (entries ending in `🔗`) or has time-led schedule lines."""
        # HTML tables, time headings or class-timed events inside Markdown, a React page's markup: html-page's
        if holds_time_table(text) or holds_time_headings(text) or holds_class_times(text) or holds_jsx_page(text):
            return False
        if holds_template_page(text):  # a Blade template's HTML (Congres TBK 2016)
            return False
        head = text.split("\n", DETECT_LINES)[:DETECT_LINES]
        return (
            self._is_virtual_site(text)
            or has_schedule_lines(head)
            or has_schedule_lines(hour_led(head) or [])
            or has_later_hours(head)  # "Local: ETSAE Hora: 19 horas." below each title (Cartagena 2020)
            or has_series_time(head)  # "**15.06.2021** <br> Name …", "Die Vorträge finden um 18:00 Uhr statt" (SPIGL)
        )

    def _is_virtual_site(self, text: str) -> bool:
        """Whether the page's first entry (after any preamble) starts with a time line and ends with `🔗`."""
        page = layout(text.split("\n", DETECT_LINES)[:DETECT_LINES])
        segments = list(itertools.islice(page.segments, 4))
        if not segments or not _is_time_segment(segments[0]):
            return False
        return any(line.text == END_MARK for segment in segments[1:4] for line in segment) or (
            page.separated and len(segments) > 1 and not _is_time_segment(segments[1])
        )

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read a schedule page into a program of items; unreadable entries become errors.

        A virtual site's page is read entry by entry (below); any other page line by line
        (`lines.schedule`), every line inside its schedule placed or listed as not placed.
        """
        return self.read_lines(text.split("\n"), source=source, context=context)

    def read_lines(self, lines: Iterable[str], *, source: str, context: ReadContext) -> Program:
        """Read a schedule page, line by line, into a program of items; unreadable entries become errors.

        A virtual site's page is read entry by entry, never held whole; any other page line
        by line (`lines.schedule`), every line inside its schedule placed or listed as not placed.
        """
        source_lines = iter(lines)
        head = list(itertools.islice(source_lines, DETECT_LINES))
        if not self._is_virtual_site("\n".join(head)) and (
            has_schedule_lines(head) or has_dated_titles(head) or has_later_hours(head) or has_dated_series(head)
        ):
            return _read_time_led([*head, *source_lines], source, context)
        if (hourly := hour_led(head)) is not None and has_schedule_lines(hourly):  # "* 12-13 Registration"
            return _read_time_led(hour_led([*head, *source_lines]) or hourly, source, context)
        return self._read_entries(itertools.chain(head, source_lines), source=source, context=context)

    def _read_entries(self, lines: Iterable[str], *, source: str, context: ReadContext) -> Program:
        page = layout(lines)
        segments = _Lookahead(page.segments)
        if segments.peek(0) is None:
            found = "an empty file" if page.blank else "no time line such as 'Sat 8:30 a.m. - 8:40 a.m.'"
            raise ParseError(f"expected schedule entries, found {found}", SourceRef(source, 1))
        dating = Dating.for_page(_first_time_line(segments), source, context)
        items: list[Item] = []
        problems: list[Problem] = []
        so_far = SoFar()
        for entry in _entries(segments, source, problems):
            try:
                item = read_entry(entry, source, dating, problems, so_far)
            except ParseError as error:  # only this entry is lost: the next begins at its own time line
                problems.append(Problem(Severity.ERROR, "unreadable-block", error.reason, error.source))
                continue
            items.append(item)
            if item.start is not None:  # untimed items are listed under the day of the timed one before them
                so_far.day = item.start.date()
        problems.extend(_unknown_kinds(items))
        problems.extend(
            Problem(
                Severity.WARNING,
                "uncertain-entry",
                f"took {quoted(line.text)} as the people line by its shape: on a page without '|' lines, "
                f"'{END_MARK}' stands on a line of its own after it",
                SourceRef(source, line.number),
            )
            for line in page.guessed_people
        )
        timezone = context.timezone.key if context.timezone else "UTC"
        return Program(
            title="",
            timezone=timezone,
            items=tuple(items),
            problems=tuple(problems),
            sources=(source,),
            description=page.description,
        )


def _read_time_led(raw: Sequence[str], source: str, context: ReadContext) -> Program:
    lines = [Line(number, text) for number, text in enumerate(raw, start=1)]
    read, dated = _read_on_written_date(lines, raw, source, context)
    listed = papers_outside(raw, read, source)  # a list of the papers presented, below the schedule
    items, linked = presenting_items(read.items, listed.papers)
    return Program(
        title="",
        timezone=read.zone.key,
        items=items,
        papers=listed.papers,
        problems=read.problems,
        sources=(source,),
        reading=(*read.reading(source), *dated, *listed.said, *linked),
    )


def _read_on_written_date(
    lines: Sequence[Line], raw: Sequence[str], source: str, context: ReadContext
) -> tuple[LinesRead, tuple[str, ...]]:
    """The page's slots; when they need a first day and --date gave none, on the first full date the page writes.

    A Quarto workshop page (`subtitle: "Thursday, March 21th, 2024"` in its front matter, then a table of
    times) was asked for --date; a saved HTML page is read on such a date (`html_dating.settle`), and so
    is a text page now, saying where the date came from.
    """
    try:
        return read_schedule_lines(lines, context, source=source), ()
    except UsageError as asked:
        if context.first_date is not None or "--date" not in str(asked):
            raise
        if (written := first_date_written("\n".join(raw))) is None:
            raise
    dated = attrs.evolve(context, first_date=written.day)
    return read_schedule_lines(lines, dated, source=source), (written.said,)


class _Lookahead:
    """The segments of a page, read as needed, with those not yet taken kept for looking ahead."""

    def __init__(self, segments: Iterator[Segment]) -> None:
        self._segments = segments
        self._ahead: deque[Segment] = deque()

    def peek(self, index: int) -> Segment | None:
        """The segment `index` places ahead (0: the next one), or None past the end."""
        while len(self._ahead) <= index:
            segment = next(self._segments, None)
            if segment is None:
                return None
            self._ahead.append(segment)
        return self._ahead[index]

    def take(self) -> Segment:
        """The next segment, which `peek(0)` has found."""
        return self._ahead.popleft()

    def take_entry(self) -> Entry | None:
        """The next three segments, taken, when they are an entry (time line, body, people); else None, none taken.

        What `_entry_at` finds for a readable entry, in one step: nearly every entry of a page.
        """
        ahead = self._ahead
        while len(ahead) < 3:
            segment = next(self._segments, None)
            if segment is None:
                return None
            ahead.append(segment)
        time_segment, body, people = ahead[0], ahead[1], ahead[2]
        if not _is_time_segment(time_segment) or _is_time_segment(body) or _is_time_segment(people):
            return None
        for _ in range(3):
            ahead.popleft()
        return Entry(time_segment[0], body, people)


def _first_time_line(segments: _Lookahead) -> Line | None:
    """The first time line that is not `-` (the page's first day), looking ahead as far as it takes."""
    index = 0
    while (segment := segments.peek(index)) is not None:
        if _is_time_segment(segment) and segment[0].text != UNTIMED:
            return segment[0]
        index += 1
    return None


def _unknown_kinds(items: Sequence[Item]) -> list[Problem]:
    """One warning for each label no row of the kind table knows, at its first entry."""
    seen: set[str] = set()
    problems: list[Problem] = []
    for item in items:
        if item.label is None or label_kind(item.label) is not None or item.label.casefold() in seen:
            continue
        seen.add(item.label.casefold())
        problems.append(
            Problem(
                Severity.WARNING,
                "unknown-kind",
                f"no kind is known for the label {quoted('(' + item.label + ')')}; kept it as the label, "
                f"and took the kind {item.kind.value!r} from the title {quoted(item.title)}"
                if item.kind is not Kind.OTHER
                else f"no kind is known for the label {quoted('(' + item.label + ')')}; kept it as the label, "
                f"and the title {quoted(item.title)} names none: the kind is 'other'",
                item.source,
            )
        )
    return problems


def _is_time_segment(segment: Segment) -> bool:
    return len(segment) == 1 and is_time_text(segment[0].text)


def _entries(segments: _Lookahead, source: str, problems: list[Problem]) -> Iterator[Entry]:
    """Group segments into entries; report any run that is not an entry and resume at the next time line."""
    while segments.peek(0) is not None:
        if (entry := segments.take_entry()) is not None:
            yield entry
            continue
        found = _entry_at(segments, source)
        if isinstance(found, Entry):
            for _ in range(3):
                segments.take()
            yield found
            continue
        lines = len(segments.take())
        while (following := segments.peek(0)) is not None and not _is_time_segment(following):
            lines += len(segments.take())
        reason = f"{found.reason}; skipped {lines} line{'s' if lines != 1 else ''} up to the next time line"
        problems.append(Problem(Severity.ERROR, "unreadable-block", reason, found.source))


def _entry_at(segments: _Lookahead, source: str) -> Entry | ParseError:
    time_segment = segments.peek(0)
    assert time_segment is not None, "an entry starts at a segment"
    if not _is_time_segment(time_segment):
        first = time_segment[0]
        return ParseError(
            f"expected a time line such as 'Sat 8:30 a.m. - 8:40 a.m.' or '-', found {quoted(first.text)}",
            SourceRef(source, first.number),
            first.text,
        )
    time_line = time_segment[0]
    following = [segment for segment in (segments.peek(1), segments.peek(2)) if segment is not None]
    if not following or _is_time_segment(following[0]):
        return ParseError(
            "expected a title after the time line, found "
            + (f"another time line {quoted(following[0][0].text)}" if following else "the end of the file"),
            SourceRef(source, time_line.number),
            time_line.text,
        )
    body = following[0]
    if len(following) < 2 or _is_time_segment(following[1]):
        last = body[-1]
        return ParseError(
            f"expected the people line and '{END_MARK}' after {quoted(body[0].text)}, found "
            + (f"the next time line {quoted(following[1][0].text)}" if len(following) > 1 else "the end of the file"),
            SourceRef(source, last.number),
            last.text,
        )
    return Entry(time_line, body, following[1])
