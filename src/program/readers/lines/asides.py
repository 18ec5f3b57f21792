"""Lines below a slot that are neither its talks nor its people: a template's call, another slot's title again.

Forth-Tagung 2023's page keeps a line of its template, `SESSIONS(2023-05-06)  Offizielles Ende, Offener Chat`
(a macro its site expands, in capitals and brackets as no text is written), under its 09:00 bullet: it was
read as a talk by `Offener Chat`. Its Sunday bullet `- 15:00-18:00 Platz für weitere Workshops` goes on on the
line below, `Offizielles Ende, Offener Chat`, the title of Saturday's 16:10 slot: the words of an event, which
were read as two people. A call is left not placed; a slot's title written again on the line right below
another slot is that slot's text (its abstract, as the page shows it in the same bullet), never its people.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Mapping, Sequence

import attrs

from program.model import Kind
from program.readers.base import Line
from program.readers.lines.finder import Finder
from program.readers.lines.nested_talks import with_nested_talks
from program.readers.lines.slots import Slot
from program.readers.lines.talks import SlotTalks, talks_in_slots

_TEMPLATE_CALL = re.compile(r"^\s*[A-Z][A-Z0-9_]{2,}\([^()\s]*\)(?:\s|$)")
"""A template's macro or function call opening a line: `SESSIONS(2023-05-06)`, `PROGRAM()`."""


@attrs.frozen
class Asides:
    """The lines left for the slots' talks and people, the template calls, and each slot's repeated titles."""

    other: list[Line]
    calls: list[Line]
    repeats: dict[int, str]
    """A slot's index → the other slots' titles written below it, joined."""

    def merged(self, inside: SlotTalks) -> SlotTalks:
        """What the lines inside the slots hold, with the calls among the lines left and the titles as abstracts."""
        other = tuple(sorted([*inside.other, *self.calls], key=lambda line: line.number))
        return attrs.evolve(inside, other=other, abstracts={**self.repeats, **inside.abstracts})


def asides(slots: Sequence[Slot], other: Sequence[Line], raw: Mapping[int, str]) -> Asides:
    """Set apart the template calls and the other slots' titles among the lines below the slots."""
    starts = [slot.line.number for slot in slots]
    titles = {slot.text.title.casefold() for slot in slots if len(slot.text.title.split()) > 1}
    kept: list[Line] = []
    calls: list[Line] = []
    repeats: dict[int, list[str]] = {}
    for line in other:
        index = bisect.bisect_right(starts, line.number) - 1
        if _TEMPLATE_CALL.match(raw.get(line.number, line.text)):
            calls.append(line)
        elif (
            index >= 0
            and line.number == starts[index] + 1
            and line.text.casefold() in titles - {slots[index].text.title.casefold()}
        ):  # the bullet going on on its next line: a talk's title under a session stays the session's talk
            repeats.setdefault(index, []).append(line.text)
        else:
            kept.append(line)
    return Asides(kept, calls, {index: " ".join(texts) for index, texts in repeats.items()})


def talks_beside_asides(
    finder: Finder,
    other: Sequence[Line],
    raw: Mapping[int, str],
    where: tuple[Sequence[tuple[int, Kind]], Collection[int], Collection[int]],
) -> SlotTalks:
    """The talks inside the slots, nested ones first (Forth-Tagung's `  - Name: Title (30min)`), the asides set apart.

    `where`: the slots' lines and kinds, the lines that end a slot's lines (headings, rules) and the lines in italics.
    """
    slot_lines, ends, emphasised = where
    aside = asides(finder.slots, with_nested_talks(finder, other, raw), raw)
    return aside.merged(talks_in_slots(slot_lines, aside.other, ends, finder.papers, emphasised))
