"""The parts of a plan template: spans, fixed items, talk and poster blocks, constraints, weights.

`template.py` reads them from a program file; the instance, the solver and the report use them.
"""

from __future__ import annotations

import enum
from datetime import datetime, timedelta

import attrs

from program.model import Kind, SourceRef
from program.settings import Settings


class Topics(enum.Enum):
    """How papers are grouped into topics for the plan."""

    CATEGORY = "category"
    WORDS = "words"
    OFF = "off"


@attrs.frozen
class Span:
    """A stretch of time: start inclusive, end exclusive."""

    start: datetime
    end: datetime

    def near(self, other: Span, buffer: timedelta) -> bool:
        """Whether the two spans overlap, or leave less than `buffer` between them."""
        return self.start < other.end + buffer and other.start < self.end + buffer


@attrs.frozen
class FixedItem:
    """An item the template places itself: an opening, an invited talk, a break."""

    kind: Kind
    title: str
    span: Span
    people: tuple[str, ...]
    room: str | None
    source: SourceRef


@attrs.frozen
class TalkBlock:
    """An open block of talks (spotlights or orals) the planner fills with papers."""

    name: str
    kind: Kind
    start: datetime
    talks: int
    length: timedelta
    gap: timedelta
    room: str | None
    source: SourceRef

    @property
    def slots(self) -> tuple[Span, ...]:
        """The talks' times, in order."""
        step = self.length + self.gap
        return tuple(
            Span(self.start + step * number, self.start + step * number + self.length) for number in range(self.talks)
        )

    @property
    def span(self) -> Span:
        """From the first talk's start to the last talk's end."""
        return Span(self.start, self.slots[-1].end)


@attrs.frozen
class PosterBlock:
    """A poster session: every paper gets a board in exactly one."""

    title: str
    span: Span
    boards: int
    room: str | None
    source: SourceRef


@attrs.frozen
class Unavailable:
    """A window when a person cannot present."""

    person: str
    span: Span
    source: SourceRef


@attrs.frozen
class PaperRef:
    """A paper named in the template (by title or paper id), with where it was named."""

    name: str
    source: SourceRef


@attrs.frozen
class Weights:
    """What the objective rewards and charges, in points."""

    score: int = 10
    topic: int = 5
    moves: int = 1000


@attrs.frozen
class Constraints:
    """What a plan must keep, besides the blocks' own sizes."""

    buffer: timedelta = timedelta(0)
    unavailable: tuple[Unavailable, ...] = ()
    spotlights: tuple[PaperRef, ...] = ()
    not_spotlights: tuple[PaperRef, ...] = ()
    together: tuple[tuple[PaperRef, ...], ...] = ()
    apart: tuple[tuple[PaperRef, ...], ...] = ()


@attrs.frozen
class Template:
    """A parsed plan template."""

    settings: Settings
    fixed: tuple[FixedItem, ...]
    talk_blocks: tuple[TalkBlock, ...]
    poster_blocks: tuple[PosterBlock, ...]
    constraints: Constraints
    weights: Weights
    topics: Topics
    source: str
