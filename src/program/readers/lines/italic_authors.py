"""A slot's author line with its names in italics, and a panel's "Chair and intro by" line (ArcheoFOSS 2025).

ArcheoFOSS writes each talk as a time line, a bold-italic title line, then its authors, each
name in italics and its affiliation after it::

    - **09:20**
    **_Funerary Rituals as Semantic Networks: …_**
    _Eliana Pillitteri_ - Sapienza Università di Roma; _Giacomo Mancuso_ CNR – ISPC.

and a panel's heading over `Chair and intro by _Marco Moderato_; _Dario Nincheri_.`. The
names are the italic parts (or a part's text before its dash when its italics are left open);
the line right below a slot's title is the slot's, and its title's colon is then the title's
own ("Tracing Connections: Network Modelling …" is no person and a title).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence

import attrs

from program.readers.base import Line
from program.readers.lines.entry import SlotText, read_slot_text
from program.readers.lines.markup import CleanLine, clean
from program.readers.lines.rooms import is_place
from program.readers.lines.slots import Slot
from program.readers.notation.leading import leading_span

_ITALIC_NAME = re.compile(r"^_(?P<name>[^_]+?)_(?!\w)")
_CHAIRED_BY = re.compile(r"^\s*chair(?:ed)?(?:\s+and\s+intro(?:duction)?)?\s+by\s+(?P<names>.+)$", re.IGNORECASE)
_AFFILIATION_DASH = re.compile(r"\s+[-–—]\s+")
_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w’'.-]*|d[aei]|de[lr]?|van|von)"
_NAME = re.compile(rf"^{_WORD}(?:\s+{_WORD})+$")
"""Two words or more, each capitalised but the particles ("Allard W. Mees", "Mattia D’Amico", "Anna De Falco")."""
_MOST_WORDS = 5


@attrs.frozen
class ItalicAuthors:
    """The slots with the people of their author and chair lines, and the lines no slot took."""

    slots: list[Slot]
    other: list[Line]


def italic_authors(
    slots: Sequence[Slot], other: Sequence[Line], raw: Mapping[int, str], cleaned: Mapping[int, CleanLine]
) -> ItalicAuthors:
    """Give each slot the names of the author or chair line right below it (`raw`: each line's text as written)."""
    starts = [slot.line.number for slot in slots]
    found = list(slots)
    taken: set[int] = set()
    named: set[int] = set()
    for line in other:
        index = bisect.bisect_right(starts, line.number) - 1
        if index < 0 or index in named or _other_between(other, starts[index], line.number):
            continue
        chaired = _CHAIRED_BY.match(raw.get(line.number, ""))
        names = _names(chaired["names"]) if chaired else _names(raw.get(line.number, ""), italics_needed=True)
        if not names:
            continue
        slot = found[index]
        text = slot.text
        if text.people:  # "Tracing Connections: Network …" read as a person and a title: the colon is the title's
            text = _title_again(slot, line.number, cleaned) or text
        found[index] = attrs.evolve(slot, text=attrs.evolve(text, people=names, chaired=bool(chaired)))
        taken.add(line.number)
        named.add(index)
    return ItalicAuthors(found, [line for line in other if line.number not in taken])


def _other_between(other: Sequence[Line], after: int, before: int) -> bool:
    return any(after < line.number < before for line in other)


def _names(text: str, *, italics_needed: bool = False) -> tuple[str, ...]:
    """The names of a `;`-separated line, each in italics or before its affiliation's dash; () when a part is none."""
    names: list[str] = []
    italic = False
    for written in text.strip().rstrip(".").split(";"):
        part = written.strip()
        if not part:
            continue
        marked = _ITALIC_NAME.match(part)
        italic = italic or marked is not None
        name = marked["name"] if marked else _AFFILIATION_DASH.split(part.lstrip("_"), maxsplit=1)[0]
        name = " ".join(name.strip(" _*.").split())
        if not _NAME.match(name) or len(name.split()) > _MOST_WORDS or is_place(name):  # "_Room A_": a place
            return ()
        names.append(name)
    return tuple(dict.fromkeys(names)) if names and (italic or not italics_needed) else ()


def _title_again(slot: Slot, author_line: int, cleaned: Mapping[int, CleanLine]) -> SlotText | None:
    """The slot's title read again, its people known: the line above the author line, or the time line's rest."""
    between = [number for number in range(slot.line.number + 1, author_line) if cleaned.get(number, _BLANK).text]
    if between:
        title = cleaned[between[-1]]
        return read_slot_text(title.text, title.mentions, people_known=True)
    found = leading_span(clean(slot.line.text).text)
    return read_slot_text(found.rest, people_known=True) if found is not None and found.rest.strip() else None


_BLANK = CleanLine("")
