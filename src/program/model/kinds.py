"""The closed vocabulary of item kinds."""

from __future__ import annotations

import enum
import re

import attrs


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

    def __repr__(self) -> str:
        # Enum's, written without its formatting machinery: an item's kind is printed in every key of a rebuild.
        return f"<Kind.{self._name_}: {self._value_!r}>"

    @property
    def display(self) -> str:
        """The kind as a reader would write it in a program ("Invited talk")."""
        return KIND_STYLES[self].label

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


@attrs.frozen
class KindStyle:
    """How every output shows one kind: the site, program.html, the booklet and the calendars' CATEGORIES."""

    label: str
    """The kind as a reader would write it in a program ("Invited talk")."""
    plural: str
    """More than one ("Invited talks"): "3 posters" on the site."""
    colour: str
    """"#rrggbb", a mid tone: a site card's edge (light, dark); in print a box's edge and, lightened, its fill."""
    icon: str
    """One character shown before the label, so kinds differ without colour (grey print, colour blindness)."""


KIND_STYLES: dict[Kind, KindStyle] = {
    Kind.OPENING: KindStyle("Opening", "Openings", "#64748b", "▷"),
    Kind.CLOSING: KindStyle("Closing", "Closings", "#64748b", "◁"),
    Kind.KEYNOTE: KindStyle("Keynote", "Keynotes", "#c2410c", "★"),
    Kind.INVITED_TALK: KindStyle("Invited talk", "Invited talks", "#c2410c", "☆"),
    Kind.TALK: KindStyle("Talk", "Talks", "#2563eb", "●"),
    Kind.ORAL: KindStyle("Oral", "Orals", "#15803d", "◆"),
    Kind.SPOTLIGHT: KindStyle("Spotlight", "Spotlights", "#a16207", "◇"),
    Kind.PANEL: KindStyle("Panel", "Panels", "#7e22ce", "■"),
    Kind.DEMO: KindStyle("Demo", "Demos", "#7e22ce", "▶"),
    Kind.POSTER: KindStyle("Poster", "Posters", "#0e7490", "□"),
    Kind.POSTER_SESSION: KindStyle("Poster session", "Poster sessions", "#0e7490", "▣"),
    Kind.BREAK: KindStyle("Break", "Breaks", "#78716c", "○"),
    Kind.SOCIAL: KindStyle("Social", "Socials", "#78716c", "◎"),
    Kind.OTHER: KindStyle("Other", "Others", "#525252", "◦"),
}
"""The one table of each kind's label, plural, colour and icon: every output reads it, none keeps its own."""

PAPER_KINDS = frozenset({Kind.ORAL, Kind.SPOTLIGHT, Kind.POSTER, Kind.DEMO})
"""Kinds whose items present a contributed paper.

Plain talks are left out on purpose: feeds use "(Talk)" for invited talks too.
"""

_SLOT_TITLE = re.compile(
    r"^(?:contributed\s+)?(?:contributed|oral|spotlight|poster|demo|flash|lightning)"
    r"(?:\s+(?:talk|paper|presentation|session)s?)?"
    r"(?:\s*#?\d+|\s+[IVX]{1,4})?(?:\s*\([^()]*\))?\s*$",
    re.IGNORECASE,
)


def names_a_slot(title: str) -> bool:
    """Whether a title names a slot for a paper, not the paper: it presents none of its own.

    AIAFS 2023's schedule has thirteen "Contributed Talk 1 (13 mins + 2 mins QA)" rows, orals
    whose papers it does not name, and "Lightning Talks (7 - 5 + 3 QA)", an hour of spotlights:
    each was a paper titled so.

    >>> names_a_slot("Contributed Talk 3 (13 mins + 2 mins QA)"), names_a_slot("Oral Session on Graphs")
    (True, False)
    """
    return _SLOT_TITLE.match(title.strip()) is not None


class Role(enum.Enum):
    """What an item's people are on it: its speakers (or authors), or the people who chair it.

    One role an item: a session whose feed names its chair holds the chair as its people (its
    papers, where read, are items of their own). The values are the names program.json writes.
    """

    SPEAKER = "speaker"
    CHAIR = "chair"

    def __repr__(self) -> str:
        # Enum's, written without its formatting machinery (as Kind's): printed in every key of a rebuild.
        return f"<Role.{self._name_}: {self._value_!r}>"


class Severity(enum.Enum):
    """How bad a reported problem is."""

    ERROR = "error"
    WARNING = "warning"
