"""Tracks as colours on the attendee site: each track a colour of one fixed palette.

The colour is chosen at build time from the sorted track names, so the same program gives the
same colours on every build. A chip shows the track's name in white on its colour; every colour
below is dark enough for white text (contrast 4.5:1 or more, WCAG AA) in light and dark mode.
More tracks than colours reuse them in order; the chip's text still tells them apart.
"""

from __future__ import annotations

from collections.abc import Iterable

from program.model import Item, Paper, Program

PALETTE = (
    "#0b57a4",  # blue
    "#a3195b",  # magenta
    "#0b6b3a",  # green
    "#8a4500",  # brown
    "#6a2c91",  # purple
    "#00606b",  # teal
    "#b3261e",  # red
    "#4a4a8a",  # indigo
    "#5f5f00",  # olive
    "#3d5a80",  # slate
)


def item_track(item: Item, papers: dict[str, Paper]) -> str | None:
    """The item's track as its source says (a frab track), else its paper's listing category ("LG")."""
    if item.track:
        return item.track
    paper = papers.get(item.paper or "")
    return paper.category if paper is not None and paper.category else None


class TrackColours:
    """Each track of a program and the number of its colour in PALETTE."""

    def __init__(self, program: Program) -> None:
        self.papers = {paper.id: paper for paper in program.papers}
        names = sorted({track for item in program.items if (track := item_track(item, self.papers))})
        self.number = {name: position % len(PALETTE) for position, name in enumerate(names)}

    def of(self, item: Item) -> tuple[str, int] | None:
        """(track, colour number) of the item, None for an item without a track."""
        track = item_track(item, self.papers)
        return None if track is None else (track, self.number[track])

    def styles(self, tracks: Iterable[str]) -> tuple[tuple[int, str], ...]:
        """(colour number, colour) of each colour these tracks use, in number order."""
        return tuple((number, PALETTE[number]) for number in sorted({self.number[track] for track in tracks}))
