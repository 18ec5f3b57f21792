"""Programme books' coded entries: a time and a code above the title, the authors with where they work below.

EDTM 2025 writes its papers so, as a saved day page (`html_lines`) and as text (`lines/`)::

    10:30am M-3-1-1 [Invited]
    Impact of Charge Trapping at Defects on the Robustness of Electronic Circuits
    Michael Waltl, TU Wien, Germany

The code is the entry's label, the kind its tag's ("[Invited]", "[Keynote]", a plenary's), the
people the names before the affiliation; a paper with only a start ends when the next paper
of its room starts, the last of a room when its session block ends (`coded_ends`). The shape
is any programme book's, so it lives here, below both readers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

import attrs

from program.model import Item, Kind
from program.readers.kind_labels import kind_from_title, kind_mark

_ROLES = frozenset(
    {"architect", "manager", "engineer", "director", "lead", "head", "officer", "ceo", "cto", "cfo", "coo", "founder",
     "marketing", "development", "developer", "designer", "researcher", "professor", "scientist", "chair", "pr",
     "president", "consultant", "analyst", "evangelist", "advocate", "owner", "editor", "student", "intern"}
)  # fmt: skip
"""Last words of a job ("Product Architect"): after a name's comma, a role, not another name."""
CODE = re.compile(
    r"^(?:[A-Z0-9]{1,6}(?:[-–.][A-Z]{0,3}\d+)+[a-z]?|[A-Z][a-z]+\s*#\s*\d+|[A-Z][\w&]*(?:\s+[\w&]+){0,3}?[-–\s]\d{1,2})"
    r"(?:\s*[\[(][^\])]+[\])])?$"
)
"""A programme code in a title's place ("M-3-1-1", "P1-03", "EDS-S1", "Plenary #1", "T-2-1-1 [Invited]", "MEMS and
Filter-1", "Talk 1"): the entry's label."""
_PLENARY = re.compile(r"\b(?:plenary|keynote)\b", re.IGNORECASE)
_MARKED_KIND = re.compile(r"^\s*[\[(](?P<kind>invited|keynote)[\])]", re.IGNORECASE)
"""A title's leading mark of its kind, as EDTM writes it: "[Invited] …", "[Keynote] …"."""
_TAGGED_KIND = re.compile(r"[\[(](?P<kind>invited|keynote)[\])]\s*$", re.IGNORECASE)
"""A code's trailing tag of its kind ("M-3-1-1 [Invited]")."""
_MIN_AUTHOR_PIECES = 3
"""An author line: one name or more, then where they work and its country ("A,B, Peking University, China")."""
_LOOSE_NAME = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,4}$")
"""Up to five words of letters: a name as an author line may write it, in lower case too."""
ORGANISATION = re.compile(
    r"\b(?:universit\w*|institut\w*|laborator\w*|lab|college|school|academy|cent(?:er|re)|inc|ltd|corp|corporation|company|gmbh|llc)\b",
    re.IGNORECASE,
)
"""Words that make a piece of an author line where they work, not a name ("Peking University")."""
_NAME = re.compile(r"^[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|van|von|der|de|da|di|du|la|le))+$")


def is_name(text: str) -> bool:
    """Whether `text` is a name written with capitals ("Fion Sze Yan Yeung"), not a job ("Product Architect")."""
    return _NAME.match(text) is not None and text.rsplit(maxsplit=1)[-1].casefold() not in _ROLES


def coded_kind(label: str, title: str) -> tuple[Kind, str]:
    """A coded entry's kind, and its title with a leading mark of its kind taken off (`kind_mark`): the kind says it.

    A plenary or "[Keynote]" one's a keynote, an "[Invited]" one's an invited talk; the mark
    leads the title (the day pages) or ends the code (the text: "M-3-1-1 [Invited]"). Any
    other takes its title's kind.

    >>> coded_kind("Plenary #1", "Transient Electronics")
    (<Kind.KEYNOTE: 'keynote'>, 'Transient Electronics')
    >>> coded_kind("M-3-2-1", "[Invited] Ferroelectric 3D NAND")
    (<Kind.INVITED_TALK: 'invited-talk'>, 'Ferroelectric 3D NAND')
    >>> coded_kind("M-4-1-1", "[Keynote] Content Addressable Memory Hierarchies")
    (<Kind.KEYNOTE: 'keynote'>, 'Content Addressable Memory Hierarchies')
    >>> coded_kind("M-3-1-1 [Invited]", "Impact of Charge Trapping")
    (<Kind.INVITED_TALK: 'invited-talk'>, 'Impact of Charge Trapping')
    """
    marked, bare = kind_mark(title) or (None, title)
    bare = bare or title  # "[Invited]" alone: the mark is all the title there is
    tagged = _TAGGED_KIND.search(label)
    if _PLENARY.search(label) or marked is Kind.KEYNOTE or (tagged and tagged["kind"].casefold() == "keynote"):
        return Kind.KEYNOTE, bare
    if marked is not None:
        return marked, bare
    return (Kind.INVITED_TALK, bare) if tagged else (kind_from_title(title), title)


def author_names(text: str) -> tuple[str, ...]:
    """The names of an author line that ends in where they work and its country; () for any other line.

    >>> author_names("Jilin Li,Fion Sze Yan Yeung, Peking University Shenzhen Graduate School, China ")
    ('Jilin Li', 'Fion Sze Yan Yeung')
    >>> author_names("Michael Waltl, TU Wien, Austria"), author_names("Leveraging Mature Chip Techniques")
    (('Michael Waltl',), ())
    """
    pieces = [piece.strip() for piece in text.split(",")][:-2]  # the last two are the place and its country
    if len(pieces) < _MIN_AUTHOR_PIECES - 2:
        return ()
    names: list[str] = []
    for piece in pieces:
        if not _LOOSE_NAME.match(piece) or ORGANISATION.search(piece):
            break
        names.append(piece)
    # A name in lower case ("xiaoci liang") between names is one; a run ends at a name's shape.
    while names and not is_name(names[-1]):
        names.pop()
    return tuple(names)


def coded_ends(items: Sequence[Item]) -> list[Item]:
    """The items, each coded one (a label) that gives only a start ended as the module says."""
    ended: list[Item] = []
    session: Item | None = None
    for index, item in enumerate(items):
        end = None
        if item.label is None and not _within(session, item):
            session = item  # a session block: the coded items below it are its papers
        elif item.label is not None and item.end is None and item.start is not None:
            end = _next_start(items[index + 1 :], item, session) or _session_end(session, item.start)
        ended.append(attrs.evolve(item, end=end) if end is not None else item)
    return ended


def _within(session: Item | None, item: Item) -> bool:
    """Whether `item` starts inside `session` ("Closing Remarks" at 5:50 pm inside the 4:00–6:30 pm session)."""
    if session is None or session.start is None or session.end is None or item.start is None:
        return False
    return session.start <= item.start < session.end


def _next_start(later: Sequence[Item], item: Item, session: Item | None) -> datetime | None:
    """The start of the next item in the same room inside the same session block, or None."""
    for following in later:
        if following.label is None and not _within(session, following):
            return None  # the next session block
        same_room = following.location == item.location
        if same_room and following.start is not None and item.start is not None and following.start > item.start:
            return following.start
    return None


def _session_end(session: Item | None, start: datetime) -> datetime | None:
    if session is None or session.start is None or session.end is None:
        return None
    return session.end if session.start <= start < session.end else None
