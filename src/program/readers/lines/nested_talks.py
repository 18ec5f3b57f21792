"""Talks a Markdown list nests under a timed bullet, speaker first, each with its length (Forth-Tagung 2023).

The Forth-Gesellschaft's programme page writes a session as a timed bullet and its talks as bullets
inside it, each `Name: Title (30min)`, its abstract the lines indented below it::

    - 09:30 Sitzung 1 **on air**
      - Anton Ertl: `See-code` in Gforth 1.0  (30min)
        Gforth erzeugt nicht einfach für jedes Primitive immer den selben
        Code, sondern …
      - Bernd Paysan: net2o status report – Passphrase hashing (30min)

Each such bullet is a talk at the session (a `Member`), its speakers the names before the colon (the
colon after names is what sets it apart from `Panel 1: …`), its abstract the lines its bullet's
indentation holds, its length the one it states (the talks of a session that all state theirs run back
to back from its start: `members.with_members`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence

from program.model import Kind
from program.readers.base import Line
from program.readers.lines.entry import SlotText, read_slot_text
from program.readers.lines.finder import Finder
from program.readers.lines.members import Member
from program.readers.lines.names import speakers_of
from program.readers.notation.lengths import stated_length

_BULLET = re.compile(r"^(?P<indent>[ \t]*)[-*+][ \t]+\S")
_NAMES_THEN_TITLE = re.compile(r"^(?P<names>[^:()]{3,80}?)\s*:\s+(?P<title>\S.*)$")
_MOST_SPEAKERS = 4


def with_nested_talks(finder: Finder, other: Sequence[Line], raw: Mapping[int, str]) -> list[Line]:
    """Give the finder's members the talks nested under its slots' bullets; the lines left."""
    starts = [slot.line.number for slot in finder.slots]
    taken: set[int] = set()
    for at, line in enumerate(other):
        index = bisect.bisect_right(starts, line.number) - 1
        if index < 0 or line.number in taken:
            continue
        indent = _indent(raw.get(finder.slots[index].line.number, ""))
        own = _indent(raw.get(line.number, ""))
        talk = _talk(line.text) if indent is not None and own is not None and own > indent else None
        if talk is None:
            continue
        abstract = _abstract(other[at + 1 :], raw, own or 0)
        taken.update({line.number, *(below.number for below in abstract)})
        said = " ".join(below.text for below in abstract) or None
        finder.members.append(Member(line, talk, (), index, said, stated_length(line.text)))
    return [line for line in other if line.number not in taken]


def _indent(written: str) -> int | None:
    """How far a bullet is indented (a tab as four spaces), or None when the line is no bullet."""
    found = _BULLET.match(written)
    return len(found["indent"].replace("\t", "    ")) if found is not None else None


def _talk(text: str) -> SlotText | None:
    """The talk of a bullet `Names: Title (length)`, or None."""
    found = _NAMES_THEN_TITLE.match(text)
    speakers = speakers_of(found["names"]) if found is not None else None
    if found is None or not speakers or len(speakers) > _MOST_SPEAKERS:
        return None
    said = read_slot_text(found["title"], people_known=True)  # "(30min)" is its length, no part of the title
    return SlotText(said.title, speakers, said.label, Kind.TALK if said.kind is Kind.OTHER else said.kind)


def _abstract(below: Sequence[Line], raw: Mapping[int, str], indent: int) -> list[Line]:
    """The lines right below a talk's bullet that its indentation holds, up to the next bullet."""
    held: list[Line] = []
    last = below[0].number - 1 if below else 0
    for line in below:
        written = raw.get(line.number, "")
        deeper = len(written) - len(written.lstrip(" \t")) > indent
        if _BULLET.match(written) or not deeper or line.number - last > _GAP:
            break
        held.append(line)
        last = line.number
    return held


_GAP = 2
"""Lines; an abstract may hold a blank line (a paragraph's end), no more: what lies further is another part."""
