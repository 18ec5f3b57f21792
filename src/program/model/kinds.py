"""The closed vocabulary of item kinds."""

from __future__ import annotations

import enum


class Kind(enum.Enum):
    """What an item of a program is.

    The values are the names used in every output format (JSON, iCal categories, CLI).
    """

    OPENING = "opening"
    CLOSING = "closing"
    KEYNOTE = "keynote"
    INVITED_TALK = "invited-talk"
    TALK = "talk"
    ORAL = "oral"
    SPOTLIGHT = "spotlight"
    PANEL = "panel"
    DEMO = "demo"
    POSTER = "poster"
    POSTER_SESSION = "poster-session"
    BREAK = "break"
    SOCIAL = "social"
    OTHER = "other"

    @property
    def display(self) -> str:
        """The kind as a reader would write it in a program ("Invited talk")."""
        return _DISPLAY[self]

    @property
    def presents_paper(self) -> bool:
        """Whether an item of this kind presents a paper (and so links to one)."""
        return self in PAPER_KINDS


def kind_text(kind: Kind, label: str | None) -> str:
    """The kind as every output names it: the vocabulary's, or a feed's own type for an "other" item.

    One form everywhere (the site's cards and filter, program.html, the booklet): a feed's
    label only where it says more than the vocabulary ("Game show" for a frab "other"), its
    first letter a capital, so a frab type "other" is "Other" as in the filter.

    >>> kind_text(Kind.OTHER, "other"), kind_text(Kind.OTHER, "game show"), kind_text(Kind.TALK, "lecture")
    ('Other', 'Game show', 'Talk')
    """
    if kind is not Kind.OTHER or not label or not label.strip() or label.strip().casefold() == kind.value:
        return kind.display
    text = label.strip()
    return text[:1].upper() + text[1:]


_DISPLAY = {
    Kind.OPENING: "Opening",
    Kind.CLOSING: "Closing",
    Kind.KEYNOTE: "Keynote",
    Kind.INVITED_TALK: "Invited talk",
    Kind.TALK: "Talk",
    Kind.ORAL: "Oral",
    Kind.SPOTLIGHT: "Spotlight",
    Kind.PANEL: "Panel",
    Kind.DEMO: "Demo",
    Kind.POSTER: "Poster",
    Kind.POSTER_SESSION: "Poster session",
    Kind.BREAK: "Break",
    Kind.SOCIAL: "Social",
    Kind.OTHER: "Other",
}

PAPER_KINDS = frozenset({Kind.ORAL, Kind.SPOTLIGHT, Kind.POSTER, Kind.DEMO})
"""Kinds whose items present a contributed paper.

Plain talks are left out on purpose: feeds use "(Talk)" for invited talks too.
"""


class Severity(enum.Enum):
    """How bad a reported problem is."""

    ERROR = "error"
    WARNING = "warning"
