"""Placing a program's items: papers, poster sessions and boards, each item made again once."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import attrs

from program.model import Item, Kind, SourceRef
from program.model.assemble import place_items
from program.model.ids import paper_id

CHICAGO = ZoneInfo("America/Chicago")


def _at(hour: int) -> datetime:
    return datetime(2022, 12, 3, hour, tzinfo=CHICAGO)


def test_place_items_links_papers_and_shows_posters_at_their_sessions_without_making_up_boards() -> None:
    session = Item(
        id="session", kind=Kind.POSTER_SESSION, title="Posters", source=SourceRef("f", 1), start=_at(9), end=_at(10)
    )
    spotlight = Item(
        id="spot", kind=Kind.SPOTLIGHT, title="Lattice Codes", source=SourceRef("f", 2), start=_at(11), end=_at(12)
    )
    poster = Item(id="poster", kind=Kind.POSTER, title="Lattice codes", source=SourceRef("f", 3), day=date(2022, 12, 3))

    placed, papers, problems = place_items([session, spotlight, poster])

    paper = paper_id("Lattice Codes")
    assert [p.id for p in papers] == [paper]
    assert problems == ()
    assert placed == (
        session,
        attrs.evolve(spotlight, paper=paper),
        attrs.evolve(poster, paper=paper, sessions=("session",)),
    )
    # The same items as made whole: equal, with equal hashes, and their times as they were.
    assert [hash(item) for item in placed[1:]] == [
        hash(attrs.evolve(spotlight, paper=paper)),
        hash(attrs.evolve(poster, paper=paper, sessions=("session",))),
    ]
    assert (placed[1].start, placed[1].end) == (_at(11), _at(12))
    assert placed[2].board is None  # no "P1" from the running order: it would be taken for a real board
