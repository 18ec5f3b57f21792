"""Checks against a plan template's limits: buffers, unavailable windows, board capacity.

`program check --template plan.toml` runs them on any program, planned or hand-made, so
a plan can be verified by the same rules it was built under.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import timedelta

from program.model import Item, Kind, Problem, Program, Severity
from program.model.clock import span_text
from program.model.text import match_key
from program.planner.blocks import Span, Template
from program.planner.instance import board_number


def check_limits(program: Program, template: Template) -> tuple[Problem, ...]:
    """Return the problems of rules buffer, unavailable and over-capacity in `program`."""
    return (
        *_over_capacity(program, template),
        *_unavailable(program, template),
        *_too_close(program, template),
    )


def _over_capacity(program: Program, template: Template) -> Iterator[Problem]:
    posters = program.posters_by_session()
    for session in program.items:
        if session.kind is not Kind.POSTER_SESSION or session.start is None:
            continue
        block = next(
            (
                block
                for block in template.poster_blocks
                if block.span.start == session.start and block.title == session.title
            ),
            None,
        )
        if block is None:
            continue
        shown = posters.get(session.id, [])
        beyond = [poster.board for poster in shown if board_number(poster) > block.boards]
        if len(shown) > block.boards or beyond:
            numbers = f" (boards {', '.join(str(board) for board in beyond[:3])} do not exist)" if beyond else ""
            yield Problem(
                Severity.ERROR,
                "over-capacity",
                f"{_describe(session)} shows {len(shown)} posters on {block.boards} boards{numbers}",
                session.source,
            )


def _places(program: Program) -> dict[str, list[tuple[Item, Item | None]]]:
    """Each person's match key -> (timed item they are on, or poster session with the poster)."""
    by_id = program.items_by_id()
    places: dict[str, list[tuple[Item, Item | None]]] = {}
    for item in program.items:
        for name in dict.fromkeys(match_key(name) for name in item.people):
            if item.start is not None:
                places.setdefault(name, []).append((item, None))
            else:
                places.setdefault(name, []).extend(
                    (by_id[session], item) for session in item.sessions if session in by_id
                )
    return places


def _unavailable(program: Program, template: Template) -> Iterator[Problem]:
    places = _places(program)
    people = program.people_by_spelling()
    for window in template.constraints.unavailable:
        person = people.get(match_key(window.person))
        spellings = (
            {match_key(name) for name in (person.name, *person.aliases)} if person else {match_key(window.person)}
        )
        for spelling in spellings:
            for place, poster in places.get(spelling, []):
                if _span(place).near(window.span, timedelta(0)):
                    what = f"the poster '{poster.title}' at " if poster else ""
                    yield Problem(
                        Severity.ERROR,
                        "unavailable",
                        f"{window.person} is unavailable {span_text(window.span.start, window.span.end)}"
                        f" ({window.source}) but is on {what}{_describe(place)}",
                        (poster or place).source,
                    )


def _too_close(program: Program, template: Template) -> Iterator[Problem]:
    buffer = template.constraints.buffer
    if not buffer:
        return
    all_places = _places(program)
    for person in program.people:
        spellings = dict.fromkeys(match_key(name) for name in (person.name, *person.aliases))
        found = {place.id: place for spelling in spellings for place, _ in all_places.get(spelling, [])}
        places = sorted(found.values(), key=lambda item: (_span(item).start, item.id))
        for first, second in _pairs(places):
            if first.overlaps(second):
                continue  # overlapping ones are speaker conflicts, reported by their own rule
            if _span(first).near(_span(second), buffer):
                yield Problem(
                    Severity.WARNING,
                    "buffer",
                    f"{person.display} has less than {int(buffer.total_seconds() // 60)} min between"
                    f" {_describe(first)} and {_describe(second)}",
                    second.source,
                )


def _pairs(places: Sequence[Item]) -> Iterator[tuple[Item, Item]]:
    for position, first in enumerate(places):
        for second in places[position + 1 :]:
            yield first, second


def _span(item: Item) -> Span:
    assert item.start is not None
    return Span(item.start, item.end or item.start)


def _describe(item: Item) -> str:
    assert item.start is not None
    return f"'{item.title}' (line {item.source.line}, {span_text(item.start, item.end)})"
