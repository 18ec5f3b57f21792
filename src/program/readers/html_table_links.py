"""Which links of a table's line belong to which of the items read from it.

`html_tables` keeps a table's links by source line: the row's for a table of one row per
item, which every item of that row takes. A rooms-as-columns grid reads several items from
one row, and a page written without line breaks has many rows on one line: there a link
belongs only to the item whose own text shows its label (`<a href=…>Looms</a>` in the Looms
cell, not the Compilers cell beside it).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

import attrs

from program.model import Item, Link
from program.model.text import match_key


def with_line_links(items: Sequence[Item], links: Mapping[int, tuple[Link, ...]]) -> list[Item]:
    """Each item with its line's links (unless it has its own); on a line of several items, those it shows."""
    per_line = Counter(item.source.line for item in items)
    return [item if item.links else _linked(item, links.get(item.source.line or 0, ()), per_line) for item in items]


def _linked(item: Item, found: tuple[Link, ...], per_line: Counter[int | None]) -> Item:
    if not found:
        return item
    if per_line[item.source.line] > 1:
        shown = match_key(" ".join((item.title, *item.people, item.abstract or "")))
        found = tuple(link for link in found if (label := match_key(link.label)) and label in shown)
    return attrs.evolve(item, links=found) if found else item
