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

from collections.abc import Iterator, Sequence
from datetime import date
from typing import ClassVar

import attrs

from program.errors import ParseError
from program.model import Item, Kind, Problem, Program, Severity, SourceRef
from program.readers.base import ReadContext
from program.readers.kind_labels import label_kind
from program.readers.page_dating import Dating
from program.readers.page_entry import Entry, quoted, read_entry
from program.readers.page_layout import END_MARK, UNTIMED, Segment, is_time_text, layout

DETECT_LINES = 400
"""How far into a file detection looks for the first entry (past a preamble)."""


class SchedulePageReader:
    """Reads schedule pages copied from a conference site (the seed 002 format and its other copies)."""

    name: ClassVar[str] = "schedule-page"
    description: ClassVar[str] = "a conference site's schedule page copied as text (time lines, entries ending in '🔗')"

    def detect(self, text: str) -> bool:
        """Return whether the page's first entry (after any preamble) starts with a time line and ends with `🔗`."""
        page = layout("\n".join(text.split("\n", DETECT_LINES)[:DETECT_LINES]))
        segments = page.segments
        if not segments or not _is_time_segment(segments[0]):
            return False
        return any(line.text == END_MARK for segment in segments[1:4] for line in segment) or (
            page.separated and len(segments) > 1 and not _is_time_segment(segments[1])
        )

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read a schedule page into a program of items; unreadable entries become errors."""
        page = layout(text)
        if not page.segments:
            found = "an empty file" if not text.strip() else "no time line such as 'Sat 8:30 a.m. - 8:40 a.m.'"
            raise ParseError(f"expected schedule entries, found {found}", SourceRef(source, 1))
        first = next((seg[0] for seg in page.segments if _is_time_segment(seg) and seg[0].text != UNTIMED), None)
        dating = Dating.for_page(first, source, context)
        items: list[Item] = []
        problems: list[Problem] = []
        for entry in _entries(page.segments, source, problems):
            try:
                items.append(read_entry(entry, source, dating, problems))
            except ParseError as error:  # only this entry is lost: the next begins at its own time line
                problems.append(Problem(Severity.ERROR, "unreadable-block", error.reason, error.source))
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
            items=tuple(listed_under_days(items)),
            problems=tuple(problems),
            sources=(source,),
            description=page.description,
        )


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


def _entries(segments: Sequence[Segment], source: str, problems: list[Problem]) -> Iterator[Entry]:
    """Group segments into entries; report any run that is not an entry and resume at the next time line."""
    position = 0
    while position < len(segments):
        found = _entry_at(segments, position, source)
        if isinstance(found, Entry):
            yield found
            position += 3
            continue
        skipped = position + 1
        while skipped < len(segments) and not _is_time_segment(segments[skipped]):
            skipped += 1
        lines = sum(len(segment) for segment in segments[position:skipped])
        reason = f"{found.reason}; skipped {lines} line{'s' if lines != 1 else ''} up to the next time line"
        problems.append(Problem(Severity.ERROR, "unreadable-block", reason, found.source))
        position = skipped


def _entry_at(segments: Sequence[Segment], position: int, source: str) -> Entry | ParseError:
    time_segment = segments[position]
    if not _is_time_segment(time_segment):
        first = time_segment[0]
        return ParseError(
            f"expected a time line such as 'Sat 8:30 a.m. - 8:40 a.m.' or '-', found {quoted(first.text)}",
            SourceRef(source, first.number),
            first.text,
        )
    time_line = time_segment[0]
    following = segments[position + 1 : position + 3]
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


def listed_under_days(items: Sequence[Item]) -> list[Item]:
    """Give each untimed item the day of the timed entry it is listed after (a multi-day page's posters)."""
    listed: list[Item] = []
    day: date | None = None
    for item in items:
        if item.start is not None:
            day = item.start.date()
        listed.append(attrs.evolve(item, day=day) if item.start is None and day is not None else item)
    return listed
