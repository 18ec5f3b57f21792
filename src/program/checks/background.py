"""Items that run beside the program, not in it: a registration desk open all morning, an exhibition.

IHRM 2019's preliminary program opens each day with `8:30am-5:00pm Registration`, and every item of
the day overlapped it: 14 `overlap` warnings that said nothing. A desk, a hall or a room kept open
for hours is where people go between items, not an item they would have to choose against.
"""

from __future__ import annotations

import re

from program.model import Item, Kind

_BACKGROUND = re.compile(
    r"^(?:on-?site\s+|conference\s+|badge\s+)?(?:registration|check[\s-]?in|badge\s+pick[\s-]?up|information desk"
    r"|info desk|help desk|exhibition|exhibits?|exhibit hall|sponsor (?:hall|booths?)|speaker(?:s'?)? (?:ready|"
    r"preparation|practice) room|cloakroom|quiet room|prayer room|lactation room)\b",
    re.IGNORECASE,
)
"""Titles of what stays open beside the program: a desk, a hall, a room ("Registration & Coffee" is one)."""
_LONGEST_ITEM_MINUTES = 60
"""A desk open an hour or more is the background (IHRM 2019: 8:30am-10:15am beside breakfast and a session); a
quarter of an hour of "Registration" before the opening is an item."""


_OPEN_AREA = re.compile(
    r"\b(?:gallery|lounge|village|exhibition|exhibits?|expo|showcase|marketplace|playground)$", re.IGNORECASE
)
"""A place open to walk through, named last ("Posters Gallery", "Networking Lounge", "SIGGRAPH Asia Village")."""
_OPEN_AREA_MINUTES = 180
"""An area open this long is one (SIGGRAPH Asia 2024's galleries and lounges, 9 a.m. to 5 p.m.)."""


def is_background(item: Item) -> bool:
    """Whether the item is a desk, hall or room kept open for an hour or more, or an area open for hours."""
    if item.start is None or item.end is None:
        return False
    minutes = (item.end - item.start).total_seconds() / 60
    title = item.title.strip()
    if _OPEN_AREA.search(title) is not None and minutes >= _OPEN_AREA_MINUTES:
        return True
    return _BACKGROUND.match(title) is not None and minutes >= _LONGEST_ITEM_MINUTES


_STANDS = frozenset({Kind.POSTER, Kind.DEMO})


def side_by_side(first: Item, second: Item) -> bool:
    """Whether two items are posters or demos, shown at stands side by side: no clash, for a room or a presenter.

    ISWC 2016 gives each of its 102 posters and demos the poster session's 18:00–21:00 on the 3rd floor: 101
    `overlap` and 8 `speaker-conflict` warnings said only that the session was one, as its untimed posters
    (shown at the session) never do; presenters of two posters are at both.
    """
    return first.kind in _STANDS and second.kind in _STANDS
