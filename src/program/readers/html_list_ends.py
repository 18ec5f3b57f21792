"""Start-only entries ended at the day's next later start among the entries read with them.

OSConf 2013 opens its first day with `<p><b>09:15</b> - Otwarcie konferencji</p>` above talks written
`<b>09:30 - 10:15</b>`: the opening ends when the first talk starts, as a start-only row of a table
does (`tabular.row_items.end_at_next_start`); so do MMI&Après 2019's class-named slots (`8h30`, `9h`,
`9h30` twice, then `12h - 13h`), in any order. The day's last start keeps no end, nothing says when
it ends, nor one whose next start is 12 hours on. A list of starts only is ended by `html_page`, as before.
A row that only says the day ends ends the row before it (`end_rows`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

import attrs

from program.model import Item
from program.readers.lines.day_ends import END

_LONGEST = timedelta(hours=12)


def next_start_ends(items: Sequence[Item]) -> list[Item]:
    """The items, each start-only one ended at the next later start of its day among them."""
    starts = sorted({item.start for item in items if item.start is not None})
    ended: list[Item] = []
    for item in items:
        begins = item.start
        later = next((start for start in starts if begins is not None and start > begins), None)
        fits = begins is not None and later is not None and later.date() == begins.date() and later - begins <= _LONGEST
        ended.append(attrs.evolve(item, end=later) if item.end is None and fits else item)
    return ended


def mixed_ends(items: Sequence[Item]) -> list[Item]:
    """`next_start_ends` for a list where some entries give their end (a list of starts only is left as it is)."""
    return next_start_ends(items) if any(item.end is not None for item in items) else list(items)


def end_rows(items: list[Item]) -> list[Item]:
    """A row that only says the day ends (`<strong>End</strong>` at 17:30, QBF 2026) is no item: it ends the one before.

    As a text page's `| 5:00 PM | End |` row does (`lines/finder.py`); the item before, if it has no end, ends there.
    """
    kept: list[Item] = []
    for item in items:
        if END.match(item.title) and not item.people and item.start is not None:
            if kept and (last := kept[-1]).end is None and last.start is not None and last.start < item.start:
                kept[-1] = attrs.evolve(last, end=item.start)
            continue
        kept.append(item)
    return kept
