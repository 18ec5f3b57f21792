"""Ends for a saved page's coded entries: papers listed under a session block with a start each.

EDTM 2025's day pages give a session block its range ("10:40am to 12:40pm Technical Parallel
Session #1") and each paper inside it a start and a code ("11:00am M-3-1-2"): a paper ends
when the next paper of its room starts, the last of a room when its session ends.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import attrs

from program.model import Item


def coded_ends(items: Sequence[Item]) -> list[Item]:
    """The items, each coded one (a label) that gives only a start ended as the module says."""
    ended: list[Item] = []
    session: Item | None = None
    for index, item in enumerate(items):
        end = None
        if item.label is None:
            session = item  # a session block: the coded items below it are its papers
        elif item.end is None and item.start is not None:
            end = _next_start(items[index + 1 :], item) or _session_end(session, item.start)
        ended.append(attrs.evolve(item, end=end) if end is not None else item)
    return ended


def _next_start(later: Sequence[Item], item: Item) -> datetime | None:
    """The start of the next coded item in the same room inside the same session block, or None."""
    for following in later:
        if following.label is None:
            return None  # the next session block
        same_room = following.location == item.location
        if same_room and following.start is not None and item.start is not None and following.start > item.start:
            return following.start
    return None


def _session_end(session: Item | None, start: datetime) -> datetime | None:
    if session is None or session.start is None or session.end is None:
        return None
    return session.end if session.start <= start < session.end else None
