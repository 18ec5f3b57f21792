"""A session cell's talks as items after it: shown at the session, or at the time each one writes.

`html_cell_parts` finds them in the cell (`<li>Title, <b>Speaker</b></li>`, SecHOPE 2023; `<li><b>10:35-11:00</b><br>
Authors <br><em>Title</em></li>`, CILC 2025); here they become the session's members (`lines.members`).
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import attrs

from program.model import Item, Kind
from program.readers.base import Line
from program.readers.html_cell_parts import Talk
from program.readers.kind_labels import kind_from_label, kind_from_title
from program.readers.lines.entry import SlotText
from program.readers.lines.members import Member, with_members
from program.readers.notation.times import TimeSpan
from program.readers.tabular.placing import at


def with_talks(items: list[Item], talks: dict[int, tuple[Talk, ...]], source: str) -> list[Item]:
    """Each session's talks (`<li>Title, <b>Speaker</b></li>` in its cell) after it, shown at it.

    A talk that writes its own time ("<b>10:35-11:00</b>", CILC 2025) is timed on its session's day;
    any other is untimed.
    """
    at = {item.source.line: index for index, item in reversed(list(enumerate(items)))}
    members = [
        Member(
            Line(talk.line, talk.title),
            SlotText(talk.title, talk.people, talk.label, _kind(talk)),
            (),
            at[line],
            talk.abstract,
        )
        for line, listed in talks.items()
        if line in at
        for talk in listed
    ]
    spans = {talk.line: talk.span for listed in talks.values() for talk in listed if talk.span is not None}
    placed = with_members(items, members, source)
    sessions = {item.id: item for item in placed}  # as placed: two sessions of one title have ids of their own
    return [_timed_talk(item, spans.get(item.source.line or 0), sessions) for item in placed]


def _timed_talk(item: Item, span: TimeSpan | None, sessions: dict[str, Item]) -> Item:
    """A session's talk at the time its list item writes, on its session's day and in its zone.

    A time before the session's start on a 12-hour clock ("1:30-1:55" in a 13:00 session) is the afternoon's.
    """
    session = sessions.get(item.sessions[0]) if item.sessions else None
    if span is None or session is None or session.start is None or item.start is not None:
        return item
    zone = session.start.tzinfo
    if not isinstance(zone, ZoneInfo):
        return item
    start = span.start.minutes
    late = 720 if start < session.start.hour * 60 + session.start.minute and start < 720 <= start + 720 < 1440 else 0
    end = span.end_minutes + late if span.end_minutes is not None else None
    day = session.start.date()
    return attrs.evolve(
        item,
        start=at(day, start + late, zone),
        end=at(day, end, zone) if end is not None else None,
        day=None,
        location=item.location or session.location,  # in its session's room (CICA 2017's posters at 12:30)
    )


def _kind(talk: Talk) -> Kind:
    """A talk's kind from its label ("(keynote)"), else from its title ("Opening"); a talk otherwise."""
    return kind_from_label(talk.label, talk.title) if talk.label else kind_from_title(talk.title)
