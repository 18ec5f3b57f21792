"""What lies around a schedule's lines: HTML comments that hide lines, a speakers list after the schedule."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import attrs

from program.model import Item
from program.readers.base import Line
from program.readers.lines.markup import CleanLine
from program.readers.lines.names import names_in
from program.readers.notation.leading import leading_span

_CLOCK_AT = re.compile(r"(?<![\d:.])\d{1,2}\s*[:.h]\s*\d{2}")
"""Where a clock time may begin inside a line; `leading_span` reads it."""


def holds_time_range(text: str) -> bool:
    """Whether a line holds a time range anywhere ("| 2017-06-24 | 18:30-20:30 (TBC) | …", "Talks 9:00 - 10:30").

    >>> holds_time_range("| 2017-06-24 | 18:30-20:30 | Software Bazaar |"), holds_time_range("All times are CET")
    (True, False)
    >>> holds_time_range("Deadline: 2025-06-01 12:00")
    False
    """
    for clock in _CLOCK_AT.finditer(text):
        found = leading_span(text[clock.start() :])
        if found is not None and found.span.end is not None:
            return True
    return False


def outside_comments(lines: Iterable[Line]) -> Iterable[Line]:
    """The lines with what an HTML comment spanning lines (``<!--`` … ``-->``) holds blanked: a page hides it."""
    inside = False
    for line in lines:
        text = line.text
        if inside:
            end = text.find("-->")
            inside = end < 0
            text = "" if inside else text[end + 3 :]
        start = text.find("<!--")
        if start >= 0 and "-->" not in text[start:]:
            inside, text = True, text[:start]
        yield Line(line.number, text)


def complete_surnames(items: list[Item], after: Sequence[CleanLine], source: str) -> tuple[list[Item], list[str]]:
    """Complete people named by surname alone ("(Lovelace)") from a speakers list after the schedule."""
    full = [names[0] for text in after if (names := names_in(text.text.split(",")[0], words=2)) and len(names) == 1]
    by_surname: dict[str, list[str]] = {}
    for name in full:
        by_surname.setdefault(name.split()[-1].casefold(), []).append(name)
    notes: list[str] = []
    completed = []
    for item in items:
        people = []
        for person in item.people:
            found = by_surname.get(person.casefold(), []) if len(person.split()) == 1 else []
            if len(found) == 1:
                where = f"{source}:{item.source.line}"
                notes.append(
                    f"{where}: note: took {person!r} as {found[0]!r} from the speakers list after the schedule"
                )
                people.append(found[0])
            else:
                people.append(person)
        completed.append(attrs.evolve(item, people=tuple(people)) if tuple(people) != item.people else item)
    return completed, notes


_SMALL_SCREENS_ONLY = re.compile(
    r"""^\s*<div\b[^>]*\bclass=["'][^"']*\b(?:hidden-(?:big|large|lg|md)|visible-(?:xs|sm|small)|d-(?:md|lg)-none)\b""",
    re.IGNORECASE,
)
"""A block shown only on small screens (`<div class="hidden-big table">`, Bootstrap's `visible-xs`, `d-md-none`)."""
_DIV = re.compile(r"<(/?)div\b", re.IGNORECASE)


@attrs.frozen
class ScreenCopy:
    """A page's lines with its copies for small screens blanked, and where those copies were."""

    lines: tuple[Line, ...]
    copies: tuple[tuple[int, int], ...]

    def notes(self, source: str) -> list[str]:
        """What `program check` says of each copy left out."""
        return [
            f"{source}:{first}-{last}: note: a copy of the schedule for small screens, not read again"
            for first, last in self.copies
        ]


def without_small_screen_copy(lines: Iterable[Line]) -> ScreenCopy:
    """The lines with each block shown only on small screens blanked: a page's copy of its schedule for phones.

    BilboStack 2025 writes its schedule as a wide table (`<div class="hidden-small table">`) and again as one
    narrow table a slot (`<div class="hidden-big table">`); read twice, every slot would be two.
    """
    kept: list[Line] = []
    copies: list[tuple[int, int]] = []
    inside, depth = False, 0
    for line in lines:
        if not inside and _SMALL_SCREENS_ONLY.match(line.text):
            inside, depth = True, 0
            copies.append((line.number, line.number))
        if not inside:
            kept.append(line)
            continue
        depth += sum(-1 if closing else 1 for closing in _DIV.findall(line.text))
        copies[-1] = (copies[-1][0], line.number)
        kept.append(Line(line.number, ""))
        inside = depth > 0
    return ScreenCopy(tuple(kept), tuple(copies))
