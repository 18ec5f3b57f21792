"""A session's cell: its title, then a plain list whose items are talks written `Speaker - Title`.

CAICU 2023 (Montevideo) writes each `Mesa` as ``<b>Mesa 1: Transformaciones …</b>`` over
``<ul><li>Gaston Amorin Alsina - Las transformaciones de la murga …</li>…</ul>``: the text before
the list is the session's title and each item one of its talks (untimed, shown at the session),
its speakers before the first dash (`Maite Erro, Paola Fontana y Pablo Routin`) and its title
after. An item of a name alone (`<li>Marcos Gonzalez Perez</li>`) is that person's talk, its
title not given: the name stands as the title. An item that names no one before a dash
(`Presentación del corto documental "Fermina"`) is a talk with no speaker. A list is read so
only when two of its items or more, and half of them at least, are `Speaker - Title`: a list of
notes stays the cell's text, unless its title names talks (`Contributed Talks (Full Papers)`, `Contributed
Spotlights`, UNCV 2025) and its items are plain titles, more than half of them naming no one: then each item
is one of the session's talks, without speakers (untimed, shown at the session, as a session's listed talks are).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from program.readers.html_blocks import SKIPPED, collapse, tag_of
from program.readers.html_cell_parts import CellParts, Talk
from program.readers.lines.names import names_in

if TYPE_CHECKING:  # only named: lxml, 0.05 s of every start-up, is imported where a page is parsed
    from lxml import etree

_DASH = re.compile(r"\s+[-–—]\s+")
_LISTS = frozenset({"ul", "ol"})
_MIN_DASHED = 2
_TALKS_LABEL = re.compile(r"\b(?:talks?|spotlights?|orals?|papers?|presentations?|lightning)\b", re.IGNORECASE)
"""A session's title that says its list is talks ("Contributed Spotlights"), not notes ("Lunch: vegan options")."""


def dashed_session(cell: etree._Element) -> CellParts | None:
    """The cell's title over its list of `Speaker - Title` talks, else None."""
    lists = [node for node in cell.iter() if tag_of(node) in _LISTS]
    if len(lists) != 1 or any(tag_of(node) in ("b", "strong") for item in lists[0] for node in item.iter()):
        return None  # a bold name in an item is a panel's or a talk's speaker (`html_cell_parts`)
    before, after = _around(cell, lists[0])
    items = [item for item in lists[0] if tag_of(item) == "li"]
    if not before or after or not items:
        return None
    talks: list[Talk] = []
    dashed = 0
    for item in items:
        text = collapse(item.text_content())
        line = item.sourceline or cell.sourceline or 1
        parts = _DASH.split(text, maxsplit=1)
        speakers = names_in(parts[0], words=2) if len(parts) == 2 else None
        if speakers is not None and names_in(parts[1], words=2) is None:
            talks.append(Talk(parts[1], speakers, line))
            dashed += 1
        elif (alone := names_in(text, words=2)) is not None and len(alone) == 1:
            talks.append(Talk(text, alone, line))  # the speaker only: the talk's title is not given
        elif text:
            talks.append(Talk(text, (), line))
    if not dashed and _TALKS_LABEL.search(before) and len(talks) == len(items) >= _MIN_DASHED:
        # Titles, most naming no one: one that reads as a name ("Compositional Targeted Multi-Label Universal
        # Perturbations") is a title among titles; a list of names only stays the cell's text
        named = sum(1 for talk in talks if talk.people)
        return (
            CellParts(before, talks=tuple(Talk(t.title, (), t.line) for t in talks)) if named * 2 < len(talks) else None
        )
    if dashed < _MIN_DASHED or dashed * 2 < len(items):
        return None
    return CellParts(before, talks=tuple(talks))


def _around(cell: etree._Element, listed: etree._Element) -> tuple[str, str]:
    """The cell's text before its list and after it (comments and scripts left out)."""
    before: list[str] = [cell.text or ""]
    after: list[str] = []
    into = before
    for node in cell.iterdescendants():
        if node is listed:
            into = after
            if node.tail:
                after.append(node.tail)
            continue
        if any(ancestor is listed for ancestor in node.iterancestors()):
            continue
        if tag_of(node) and tag_of(node) not in SKIPPED and node.text:
            into.append(node.text)
        if node.tail:
            into.append(node.tail)
    return collapse(" ".join(before)), collapse(" ".join(after))
