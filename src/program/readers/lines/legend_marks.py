"""A mark a page's legend explains, written in bold after slots' titles: no part of them (Forth-Tagung 2023).

The Forth-Gesellschaft's page opens with `**on air** ... einige Sitzungen werden live auf twitch gestreamed`
(some sessions are streamed) and marks those sessions so: `- 09:30 Sitzung 1 **on air**`, `- 11:30
Mittagspause **on air**`. The mark says how the slot is shown, not what it is: the title is `Sitzung 1`, the
mark its label. Only a mark a line of the page explains (the bold words opening it, then `...`, `:` or a
dash) is one; other bold words at a title's end stay its words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import attrs

from program.model import Kind
from program.readers.kind_labels import kind_from_title
from program.readers.lines.slots import Slot

_LEGEND = re.compile(r"^\s*(?:\*\*|__)(?P<mark>[^*_\n]{2,30}?)(?:\*\*|__)\s*(?:\.{3}|…|:|[-–—=])\s*\S")
"""A line that opens with bold words and explains them: `**on air** ... einige Sitzungen werden …`."""


def legend_marked(slots: Sequence[Slot], raw: Mapping[int, str]) -> list[Slot]:
    """The slots with a mark the page's legend explains taken off the end of their titles (made their label)."""
    marks = {found["mark"].strip() for text in raw.values() if (found := _LEGEND.match(text)) is not None}
    if not marks:
        return list(slots)
    marked: list[Slot] = []
    for slot in slots:
        written = raw.get(slot.line.number, "").rstrip()
        mark = next(
            (mark for mark in marks if re.search(rf"(?:\*\*|__)\s*{re.escape(mark)}\s*(?:\*\*|__)$", written)), None
        )
        title = slot.text.title
        if mark is not None and title.casefold().endswith(f" {mark.casefold()}"):
            bare = title[: -len(mark)].rstrip()
            kind = kind_from_title(bare) if slot.text.kind is Kind.OTHER else slot.text.kind  # "Mittagspause": a break
            text = attrs.evolve(slot.text, title=bare, label=slot.text.label or mark, kind=kind)
            marked.append(attrs.evolve(slot, text=text))
        else:
            marked.append(slot)
    return marked
