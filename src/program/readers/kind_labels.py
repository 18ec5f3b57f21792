"""How feeds name kinds of items, mapped onto the model's closed vocabulary.

Shared by the readers of formats that write a kind as a label ("(Spotlight)") or only
imply it by the title ("Opening Remarks", "Jeff Dean - Invited Talk").
"""

from __future__ import annotations

import re

import attrs

from program.model import Kind

_LABELS: dict[str, Kind] = {
    "opening": Kind.OPENING,
    "opening remarks": Kind.OPENING,
    "welcome": Kind.OPENING,
    "closing": Kind.CLOSING,
    "closing remarks": Kind.CLOSING,
    "keynote": Kind.KEYNOTE,
    "keynote talk": Kind.KEYNOTE,
    "invited talk": Kind.INVITED_TALK,
    "talk": Kind.TALK,
    "contributed talk": Kind.TALK,
    "tutorial": Kind.TALK,
    "oral": Kind.ORAL,
    "oral presentation": Kind.ORAL,
    "spotlight": Kind.SPOTLIGHT,
    "spotlight talk": Kind.SPOTLIGHT,
    "panel": Kind.PANEL,
    "panel discussion": Kind.PANEL,
    "demo": Kind.DEMO,
    "demonstration": Kind.DEMO,
    "poster": Kind.POSTER,
    "poster session": Kind.POSTER_SESSION,
    "break": Kind.BREAK,
    "coffee break": Kind.BREAK,
    "lunch": Kind.BREAK,
    "lunch break": Kind.BREAK,
    "social": Kind.SOCIAL,
    "reception": Kind.SOCIAL,
}
"""Kind labels as feeds write them, case-folded, without qualifiers like "- Recorded"."""

_SESSIONLESS_KINDS = frozenset({Kind.BREAK, Kind.OTHER})
"""Kinds a title naming a poster session overrides: a "(Break)" that is a poster session."""

_REMARKS = r"(\s+(remarks|words|address|session|and\b.*|&.*|to\b.*))?\s*[.!]?$"
"""What may follow "Opening" in a title that is the opening itself, not "Opening the Black Box"."""
_POSTER_SESSION = re.compile(r"\bposter\s+session\b", re.IGNORECASE)
_TITLE_KINDS: tuple[tuple[re.Pattern[str], Kind], ...] = (
    (re.compile(rf"^(opening|welcome){_REMARKS}", re.IGNORECASE), Kind.OPENING),
    (re.compile(rf"^(closing|concluding){_REMARKS}", re.IGNORECASE), Kind.CLOSING),
    (_POSTER_SESSION, Kind.POSTER_SESSION),
    (re.compile(r"^(lunch|coffee|tea|break)\b|\b(coffee|lunch|tea)\s+break\b", re.IGNORECASE), Kind.BREAK),
    (re.compile(r"^panel\b", re.IGNORECASE), Kind.PANEL),
    (re.compile(r"^(reception|social|dinner)\b", re.IGNORECASE), Kind.SOCIAL),
)
"""Titles that name a kind by their first words ("Opening Remarks", "Lunch")."""
_TITLE_SPEAKER = re.compile(
    r"^(?P<name>[^-–—:|]+?)\s+[-–—:]\s+(?P<role>invited\s+talk|keynote(?:\s+(?:talk|address|speech))?)$",
    re.IGNORECASE,
)


@attrs.frozen
class TitleSpeaker:
    """A person a title names as the speaker ("Jeff Dean - Invited Talk").

    Attributes:
        name: the name as the title writes it.
        kind: invited talk or keynote, as the title says.
    """

    name: str
    kind: Kind


def title_speaker(title: str) -> TitleSpeaker | None:
    """Return the speaker a title names, or None.

    >>> title_speaker("Steve Keckler - Invited Talk")
    TitleSpeaker(name='Steve Keckler', kind=<Kind.INVITED_TALK: 'invited-talk'>)
    """
    match = _TITLE_SPEAKER.match(title.strip())
    if match is None:
        return None
    kind = Kind.KEYNOTE if match["role"].casefold().startswith("keynote") else Kind.INVITED_TALK
    return TitleSpeaker(" ".join(match["name"].split()), kind)


def is_kind_label(label: str) -> bool:
    """Whether a parenthesised label names a kind ("Spotlight Talk", "Poster - Recorded Presentation")."""
    base = re.split(r"\s+[-–—]\s+", label.strip(), maxsplit=1)[0]
    return " ".join(base.casefold().split()) in _LABELS


def kind_from_label(label: str, title: str) -> Kind:
    """Return the kind a label ("Poster - Recorded Presentation") gives an item titled `title`.

    The label's first part names the kind; the title refines it: a "(Talk)" titled
    "X - Keynote" is a keynote, a "(Break)" titled "Poster Session | Coffee Break" is a
    poster session. A label we do not know gives `Kind.OTHER` (the item keeps its label).
    """
    base = re.split(r"\s+[-–—]\s+", label.strip(), maxsplit=1)[0]
    kind = _LABELS.get(" ".join(base.casefold().split()), Kind.OTHER)
    speaker = title_speaker(title)
    if speaker and kind in (Kind.TALK, Kind.INVITED_TALK, Kind.OTHER):
        return speaker.kind
    if kind in _SESSIONLESS_KINDS and _POSTER_SESSION.search(title):
        return Kind.POSTER_SESSION
    return kind


def kind_from_title(title: str) -> Kind:
    """Return the kind a title implies when the feed gives no label, else `Kind.OTHER`."""
    speaker = title_speaker(title)
    if speaker:
        return speaker.kind
    for pattern, kind in _TITLE_KINDS:
        if pattern.search(title):
            return kind
    return Kind.OTHER
