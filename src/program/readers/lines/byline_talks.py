"""A session's talks a Markdown page lists under its heading, each a bullet over its authors in italics (COMPAS 2026).

The COMPAS 2026 programme heads a time `### 10h30-12h30`, then each parallel session
`#### Session #1 : Networks, FAAS - Amphi`, its chair, and its talks::

    - Network-accelerated consensus made practical<br>
    *M. Anoprenko, G. Thomas*

Each bullet ending in a line break over a line of names in italics is a talk of the session above
(a `Member`): untimed, shown at its session, as the page gives no talk its own time (docs/formats.md:
a session's talks that state no length stay untimed at it); a keynote's heading over one such talk is that talk,
the heading its label, as `included_talks` reads one include. A session heading the time's slot did not
take (the second and third parallel sessions) is a slot of its own at that time, in its own room.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence

import attrs

from program.model import Kind
from program.readers.base import Line
from program.readers.lines.entry import SlotText, read_slot_text
from program.readers.lines.finder import Finder
from program.readers.lines.markup import clean
from program.readers.lines.members import Member
from program.readers.lines.slots import Slot

_TITLE_BULLET = re.compile(
    r"^\s*[-*+]\s+(?:(?P<title>\S.*?)\s*<br\s*/?>|__(?P<under>[^_\s][^_]*)__|\*\*(?P<bold>[^*\s][^*]*)\*\*)\s*$",
    re.IGNORECASE,
)
"""A talk's bullet: `- Title<br>` (COMPAS 2026), or its title in bold alone, `- __Title__` (COMPAS 2024)."""
_ITALIC_SPAN = r"(?:\*[^*]+\*|_[^_]+_)"
_ITALIC_NAMES = re.compile(rf"^\s*{_ITALIC_SPAN}(?:\s*\([^()]*\))?(?:\s*[,;]\s*{_ITALIC_SPAN}(?:\s*\([^()]*\))?)*\s*$")
"""A line of names in italics: `*M. Anoprenko, G. Thomas*`, or each name so with where they work after it
(`_Léo Cosseron_, _Martin Quinson_ (Univ. Rennes) ; _Louis Rilling_ (DGA)`, COMPAS 2024)."""
_NAMES_IN = re.compile(r"\*([^*]+)\*|_([^_]+)_")
_HEADING = re.compile(r"^(?:\s*#{2,6}\s+(?P<title>\S.*?)\s*#*|[-*+]\s+(?P<bullet>\S.*?))\s*$")
"""A session's heading (`#### Session #1 : …`), or its bullet at the list's left edge over its talks'
(COMPAS 2024: `- Sécurité. _Chair : Gaël Thomas (INRIA Saclay)_`)."""
_GIVEN_BY_ONE = frozenset({Kind.KEYNOTE, Kind.INVITED_TALK})
_NAME_SEPARATOR = re.compile(r"\s*,\s*|\s+(?:and|et)\s+")
_LEVEL = re.compile(r"^\s*(?P<marks>#{1,6})\s+\S")
_NOT_A_HEADING = 7


@attrs.frozen
class _Talk:
    line: Line
    title: str
    people: tuple[str, ...]
    links: tuple[str, ...]
    names_line: int


def with_byline_talks(finder: Finder, other: Sequence[Line], raw: Mapping[int, str]) -> list[Line]:
    """Give the finder's members the talks listed under its sessions, and its slots the parallel sessions; the rest."""
    talks = _talks(other, raw)
    if not talks or not finder.slots:
        return list(other)
    taken = {number for talk in talks for number in (talk.line.number, talk.names_line)}
    finder.slots, headed = _parallel_sessions(finder.slots, other, raw, {talk.line.number for talk in talks})
    starts = [slot.line.number for slot in finder.slots]
    levels = {number: len(found["marks"]) for number, text in raw.items() if (found := _LEVEL.match(text))}
    headings = sorted(levels)
    by_slot: dict[int, list[_Talk]] = {}
    for talk in talks:
        index = bisect.bisect_right(starts, talk.line.number) - 1
        if index < 0 or _closed(starts[index], talk.line.number, levels, headings):
            taken -= {talk.line.number, talk.names_line}
            continue
        by_slot.setdefault(index, []).append(talk)
    for index, held in by_slot.items():
        slot = finder.slots[index]
        if len(held) == 1 and slot.text.kind in _GIVEN_BY_ONE and not slot.text.people:
            # "### 9h10-10h Présentation plénière" over its one talk: that talk, the heading its label
            said = SlotText(held[0].title, held[0].people, slot.text.title, slot.text.kind)
            finder.slots[index] = attrs.evolve(slot, text=said, links=(*slot.links, *held[0].links))
            continue
        kind = slot.text.kind if slot.text.kind in _GIVEN_BY_ONE else Kind.TALK
        finder.members.extend(
            Member(talk.line, SlotText(talk.title, talk.people, None, kind), talk.links, index) for talk in held
        )
    return [line for line in other if line.number not in taken | headed]


def _closed(slot: int, talk: int, levels: Mapping[int, int], headings: Sequence[int]) -> bool:
    """Whether a heading as high as the slot's own (any, for a slot on no heading) comes between it and a talk.

    LDAV 2019's `# Posters` list, `- <a …>Title</a><br />` over `_Authors_`, follows its last
    session, `Best Paper Awards`: those posters are no talks of that session.
    """
    own = levels.get(slot, _NOT_A_HEADING)
    between = headings[bisect.bisect_right(headings, slot) : bisect.bisect_left(headings, talk)]
    return any(levels[number] <= own for number in between)


def _talks(other: Sequence[Line], raw: Mapping[int, str]) -> list[_Talk]:
    """The bullets `- Title<br>` (or `- __Title__`) right over a line of names in italics."""
    found: list[_Talk] = []
    unplaced = {line.number for line in other}
    for line in other:
        bullet = _TITLE_BULLET.match(raw.get(line.number, ""))
        names = _ITALIC_NAMES.match(raw.get(line.number + 1, "")) if line.number + 1 in unplaced else None
        if bullet is None or names is None:
            continue
        spans = [star or under for star, under in _NAMES_IN.findall(names[0])]
        people = tuple(name for span in spans for name in _NAME_SEPARATOR.split(span) if name.strip())
        title = clean(bullet["title"] or bullet["under"] or bullet["bold"])
        if title.text:
            found.append(_Talk(line, title.text, tuple(name.strip() for name in people), title.links, line.number + 1))
    return found


def _parallel_sessions(
    slots: Sequence[Slot], other: Sequence[Line], raw: Mapping[int, str], talk_lines: set[int]
) -> tuple[list[Slot], set[int]]:
    """The slots with each session heading no slot took, holding talks, as a slot at the time of the slot above it."""
    starts = [slot.line.number for slot in slots]
    added: list[Slot] = []
    headed: set[int] = set()
    for line in other:
        heading = None if line.number in talk_lines else _HEADING.match(raw.get(line.number, ""))
        index = bisect.bisect_right(starts, line.number) - 1
        if heading is None or index < 0 or not _holds_talks(line.number, talk_lines, starts, index):
            continue
        above = slots[index]
        text = read_slot_text(clean(heading["title"] or heading["bullet"]).text)
        added.append(attrs.evolve(above, line=line, text=text, links=(), notes=(), abstract=None, listed=True))
        headed.add(line.number)
    return sorted([*slots, *added], key=lambda slot: slot.line.number), headed


_TALK_WITHIN = 4
"""Lines between a session heading and its first talk: the chair's line and blank lines."""


def _holds_talks(number: int, talk_lines: set[int], starts: Sequence[int], index: int) -> bool:
    following = starts[index + 1] if index + 1 < len(starts) else None
    return any(
        number < talk <= number + _TALK_WITHIN and (following is None or talk < following) for talk in talk_lines
    )
