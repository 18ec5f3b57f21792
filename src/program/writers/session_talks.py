"""The talks a session holds: untimed items shown at a timed session that are not posters.

A schedule page lists a session's talks inside it, each without a time of its own (HAOC 2021's
"Paper Presentation Session I", CHAI 2022's papers under a session row): the readers make each
an untimed item shown at its session (`Item.sessions`, as posters are shown at theirs). Posters
have their own place (by poster session); these are shown inside their session, in order,
wherever the session is shown, and nowhere else.
"""

from __future__ import annotations

from program.i18n import Lang
from program.model import Item, Kind, Program


def talks_by_session(program: Program) -> dict[str, list[Item]]:
    """Return each timed session's id with its talks, in running order (a talk at its first timed session)."""
    timed = {item.id for item in program.items if item.start is not None}
    talks: dict[str, list[Item]] = {}
    for item in program.items:
        if item.start is not None or item.kind is Kind.POSTER:
            continue
        session = next((session for session in item.sessions if session in timed), None)
        if session is not None:
            talks.setdefault(session, []).append(item)
    return talks


def placed_in_sessions(talks: dict[str, list[Item]]) -> frozenset[str]:
    """The ids of the items `talks` shows inside a session (so not again among the items without a time)."""
    return frozenset(talk.id for held in talks.values() for talk in held)


def when_shown(item: Item, placed: frozenset[str], lang: Lang) -> str:
    """An item's times; for an untimed one the day the feed lists it under (a monthly meeting's date).

    Nothing for a talk its session shows (the session's times are above it) or a poster (its
    sessions' times head its group).
    """
    if item.start is not None:
        return lang.span(item.start, item.end)
    if item.day is not None and item.kind is not Kind.POSTER and item.id not in placed:
        return lang.day(item.day)
    return ""
