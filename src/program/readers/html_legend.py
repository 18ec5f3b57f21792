"""A page's legend: kinds its schedule gives by colour, a CSS class per kind.

IICCSSS 2023 colours its cells (`class="table-primary"`) and explains the colours in a second
table under "Legend": `<td class="table-primary">Invited talks</td>`, `<td class="table-info">
Hackathon</td>`. A legend is a table without times whose every filled cell has a class and a
short text; a class whose text is a kind label ("Invited talks") gives that kind to the
schedule's cells of that class whose title names none ("Title TBA"), never over a kind the
title gives ("Keynote I" stays a keynote).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import attrs

from program.model import Item, Kind
from program.model.ids import item_id
from program.readers.html_blocks import collapse, tag_of
from program.readers.kind_labels import kind_from_label

if TYPE_CHECKING:  # only named: lxml, 0.05 s of every start-up, is imported where a page is parsed
    from lxml import etree

_LONGEST = 6
"""Words; a legend's entry is a short label, not a schedule's title."""
_TIME = re.compile(r"\d{1,2}[:.]\d{2}")


def legend_kinds(root: etree._Element) -> dict[str, Kind]:
    """Each legend class that names a kind, from the page's legend tables ({} when it has none)."""
    kinds: dict[str, Kind] = {}
    for table in root.iter("table"):
        entries = list(_entries(table))
        if len(entries) < 2 or any(not classes or not text for classes, text in entries):
            continue
        if any(len(text.split()) > _LONGEST or _TIME.search(text) for _, text in entries):
            continue
        for classes, text in entries:
            kind = kind_from_label(text, "")
            if kind is not Kind.OTHER and len(classes) == 1:
                kinds.setdefault(classes[0], kind)
    return kinds


def cell_kinds(table: etree._Element, legend: dict[str, Kind]) -> dict[int, Kind]:
    """The legend's kind of each of the table's cells that has one, by the cell's line (one kind a line)."""
    found: dict[int, set[Kind]] = {}
    for cell in table.iter("td", "th"):
        kinds = {legend[name] for name in cell.classes if name in legend}
        if kinds:
            found.setdefault(cell.sourceline or 0, set()).update(kinds)
    return {line: next(iter(kinds)) for line, kinds in found.items() if len(kinds) == 1}


def _entries(table: etree._Element) -> Iterator[tuple[list[str], str]]:
    """The filled cells of a table: their classes and text."""
    for cell in table.iter():
        if tag_of(cell) in ("td", "th") and (text := collapse(cell.text_content())):
            yield sorted(cell.classes), text


def with_legend_kind(item: Item, kinds: dict[int, Kind]) -> Item:
    """The item with its cell's legend kind, when its title names none (its kind is other)."""
    kind = kinds.get(item.source.line or 0) if item.kind is Kind.OTHER else None
    return attrs.evolve(item, kind=kind, id=item_id(kind, item.title)) if kind is not None else item
