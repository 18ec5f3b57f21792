"""A grid's room as its header names it, without what the header says beside the name.

CROSS 2014's header cells are `大会場<span>(400)</span><a …>#cross2014x</a>`: the hall, its seats and the
hashtag its talks are tweeted under. The room is `大会場`; every item was in `大会場(400)#cross2014x`.
"""

from __future__ import annotations

import re

_SEATS = re.compile(
    r"\s*[(（]\s*(?:定員|capacity:?\s*|cap\.\s*)?\d{2,4}\s*"
    r"(?:seats?|pax|persons|people|places|plazas|lugares|posti|plätze|席|名|人)?\s*[)）]",
    re.IGNORECASE,
)
"""A bracketed number of seats after a room's name: `(400)`, `(180 seats)`, `（定員90名）`."""
_TAGS = re.compile(r"(?:\s*#[^\W\d_][\w-]*)+\s*$")
"""Hashtags at the end of a room's header (`#cross2014a`): where its talks are discussed, not its name."""


def room_name(header: str) -> str:
    """The room a header cell names: its seats and trailing hashtags left out (the text as it is if nothing is left).

    >>> room_name("A会場(180)#cross2014a"), room_name("Hall B (120 seats)"), room_name("Room 101")
    ('A会場', 'Hall B', 'Room 101')
    >>> room_name("Track #1"), room_name("(400)")
    ('Track #1', '(400)')
    """
    name = _TAGS.sub("", _SEATS.sub("", header)).strip()
    return name or header
