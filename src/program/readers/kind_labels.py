"""How feeds name kinds of items, mapped onto the model's closed vocabulary.

Shared by the readers of formats that write a kind as a label ("(Spotlight)") or only
imply it by the title ("Opening Remarks", "Jeff Dean - Invited Talk").
"""

from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache

import attrs

from program.model import Kind, Role
from program.readers.kind_titles import POSTER_SESSION, TITLE_KINDS
from program.readers.kind_words import run_on_kind, word_kind

KIND_ROWS: tuple[tuple[str, Kind], ...] = (
    ("Opening", Kind.OPENING),
    ("Opening Remark", Kind.OPENING),
    ("Opening Remarks", Kind.OPENING),
    ("Introduction", Kind.OPENING),
    ("Welcome", Kind.OPENING),
    ("Inauguration", Kind.OPENING),
    ("Closing", Kind.CLOSING),
    ("Closing Remarks", Kind.CLOSING),
    ("Concluding Remarks", Kind.CLOSING),
    ("Award Ceremony", Kind.CLOSING),
    ("Awards", Kind.CLOSING),
    ("Keynote", Kind.KEYNOTE),
    ("Keynote Talk", Kind.KEYNOTE),
    ("Keynote Address", Kind.KEYNOTE),
    ("Keynote Speech", Kind.KEYNOTE),
    ("Keynote Presentation", Kind.KEYNOTE),
    ("Keynote Lecture", Kind.KEYNOTE),
    ("Keynote Speaker", Kind.KEYNOTE),
    ("Invited Talk", Kind.INVITED_TALK),
    ("Invited", Kind.INVITED_TALK),
    ("Invited Speaker", Kind.INVITED_TALK),
    ("Invited Lecture", Kind.INVITED_TALK),
    ("Guest Speaker", Kind.INVITED_TALK),
    ("Special Speaker", Kind.INVITED_TALK),
    ("Featured Speaker", Kind.INVITED_TALK),
    ("Plenary Talk", Kind.INVITED_TALK),
    ("Talk", Kind.TALK),
    ("Tutorial", Kind.TALK),
    ("Lecture", Kind.TALK),
    ("Lightning", Kind.TALK),
    ("Lightning Talk", Kind.TALK),
    ("Oral", Kind.ORAL),
    ("Oral Presentation", Kind.ORAL),
    ("Oral Talk", Kind.ORAL),
    ("Contributed Talk", Kind.ORAL),
    ("Contributed", Kind.ORAL),
    ("Spotlight", Kind.SPOTLIGHT),
    ("Spotlight Talk", Kind.SPOTLIGHT),
    ("Spotlight Presentation", Kind.SPOTLIGHT),
    ("Panel", Kind.PANEL),
    ("Panel Discussion", Kind.PANEL),
    ("Discussion", Kind.PANEL),
    ("Q&A", Kind.PANEL),
    ("Forum", Kind.PANEL),
    ("Demo", Kind.DEMO),
    ("Demonstration", Kind.DEMO),
    ("Poster", Kind.POSTER),
    ("Poster Session", Kind.POSTER_SESSION),
    ("Virtual Poster Session", Kind.POSTER_SESSION),
    ("Break", Kind.BREAK),
    ("Coffee Break", Kind.BREAK),
    ("Lunch", Kind.BREAK),
    ("Lunch Break", Kind.BREAK),
    ("Social", Kind.SOCIAL),
    ("Reception", Kind.SOCIAL),
    ("Informal Reception", Kind.SOCIAL),
    ("Welcome Reception", Kind.SOCIAL),
    ("Get Together", Kind.SOCIAL),
    ("Get-Together", Kind.SOCIAL),
    ("Hallway Track", Kind.SOCIAL),
    ("Banquet", Kind.SOCIAL),
    ("Conference Banquet", Kind.SOCIAL),
    ("Regular Talk", Kind.TALK),
)
"""Kind labels as sites write them ("(Contributed Talk)"), one row each, before any qualifier
("Poster - Recorded Presentation" is a "Poster"). A discussion or a Q&A is a panel: people
on a stage answering questions, listed as its panelists; so is a forum, English and German alike (WHG 2019's
"Forum": five guests on the stage over one question). An award ceremony closes the day."""
_LABELS: dict[str, Kind] = {" ".join(label.casefold().split()): kind for label, kind in KIND_ROWS}


_SESSIONLESS_KINDS = frozenset({Kind.BREAK, Kind.OTHER})
"""Kinds a title naming a poster session overrides: a "(Break)" that is a poster session."""

_ROLE = r"(?P<role>invited\s+talk|keynote(?:\s+(?:talk|address|speech))?)"
_TITLE_SPEAKER = re.compile(rf"^(?P<name>[^-–—:|]+?)\s+[-–—:]\s+{_ROLE}$", re.IGNORECASE)
""""Jeff Dean - Invited Talk"."""
_ROLE_FIRST = re.compile(rf"^{_ROLE}(?:\s*[-–—:]\s+(?P<name>[^-–—:|]+?)|\s+by\s+(?P<by>[^:|]+?))$", re.IGNORECASE)
""""Invited Talk: Jeff Dean", "Keynote - Jeff Dean", "Invited Talk by Jeff Dean" (TPM 2024's table)."""
_NAME_BEFORE_COLON = re.compile(r"^(?P<name>[^:|()]{3,60}?):\s+\S")
""""Jeff Dean: Scaling Systems" (a speaker only if the people line names them)."""
_KIND_PREFIX = re.compile(r"^(?P<kind>spotlight|oral)(?:\s+talk)?\s*:\s+(?P<title>\S.*)$", re.IGNORECASE)
"""A paper's title with the kind before it: "Spotlight: Fast Kernels", "Oral Talk: Fast Kernels"."""
_NUMBERED = re.compile(r"(?:\s*#?\d+|\s+(?:[IVX]{1,4}))$")
"""A label used as a title and numbered: "Invited Talk 1", "Keynote 2", "Oral Presentation #3", "Keynote II"."""
_BRACKETED = re.compile(r"(?<=[\dIVX])\s*\([^()]*\)\s*$")
"""What a numbered label used as a title may say after it in brackets: "Invited Talk 2 (25 mins + 5 mins QA)".
Only after a number: 38C3's "Opening (Stream aus Saal 1)" is a workshop room's stream, not the opening."""
_LABEL_BEFORE_COLON = re.compile(r"^(?P<label>[^:(]{3,40}?)\s*(?:\([^():]*\))?:\s+\S")  # "Keynote (Englisch): …"
_TALKS_BLOCK = re.compile(r"^(?:[\w-]+\s+){1,3}talks$", re.IGNORECASE)
"""A block of talks named by who gives them: "Award Talks" (TPM 2024), "Industry Talks", "Best Paper Talks"."""
_SPEAKER_KINDS = frozenset({Kind.KEYNOTE, Kind.INVITED_TALK, Kind.ORAL, Kind.SPOTLIGHT})
"""Kinds a label before a title's colon gives the whole title ("Contributed talk 1: JobBERT: …", FEAST 2021)."""
_GENERIC_KINDS = frozenset({Kind.TALK, Kind.OTHER})
"""Label kinds a title's own kind refines: "Opening Remarks" with "(Talk)" is the opening."""


@attrs.frozen
class TitleSpeaker:
    """A person a title names as the speaker ("Jeff Dean - Invited Talk").

    Attributes:
        name: the name as the title writes it.
        kind: invited talk or keynote, as the title says.
    """

    name: str
    kind: Kind


@lru_cache(maxsize=256)  # an entry's title is asked again for its kind
def title_speaker(title: str) -> TitleSpeaker | None:
    """Return the speaker a title names, or None.

    >>> title_speaker("Steve Keckler - Invited Talk")
    TitleSpeaker(name='Steve Keckler', kind=<Kind.INVITED_TALK: 'invited-talk'>)
    >>> title_speaker("Keynote: Grace Hopper")
    TitleSpeaker(name='Grace Hopper', kind=<Kind.KEYNOTE: 'keynote'>)
    """
    match = _TITLE_SPEAKER.match(title.strip()) or _ROLE_FIRST.match(title.strip())
    if match is None:
        return None
    kind = Kind.KEYNOTE if match["role"].casefold().startswith("keynote") else Kind.INVITED_TALK
    return TitleSpeaker(" ".join((match["name"] or match.groupdict().get("by") or "").split()), kind)


def speaker_before_colon(title: str, people: tuple[str, ...]) -> str | None:
    """Return the speaker a talk's title names before a colon, when the people line names them too.

    >>> speaker_before_colon("Jeff Dean: Scaling Systems", ("Jeff Dean",))
    'Jeff Dean'
    >>> speaker_before_colon("Deep Learning: A Survey", ("Jeff Dean",)) is None
    True
    """
    match = _NAME_BEFORE_COLON.match(title.strip())
    if match is None:
        return None
    name = " ".join(match["name"].split())
    words = {word.casefold() for word in name.split()}
    if any(words & {word.casefold() for word in person.split()} for person in people):
        return name
    return None


def kind_prefix(title: str) -> tuple[Kind, str] | None:
    """Return the kind a title's prefix names and the title without it ("Spotlight: X" → X)."""
    match = _KIND_PREFIX.match(title.strip())
    if match is None:
        return None
    return (Kind.SPOTLIGHT if match["kind"].casefold() == "spotlight" else Kind.ORAL), match["title"]


_KIND_MARK = re.compile(r"^\s*[\[(](?P<mark>[^\[\]()]{3,30})[\])]\s*(?P<title>\S.*)?$")
_MARKED_KINDS = frozenset(
    {Kind.KEYNOTE, Kind.INVITED_TALK, Kind.ORAL, Kind.SPOTLIGHT, Kind.POSTER, Kind.PANEL, Kind.DEMO}
)
"""Kinds a title's leading mark may give: a generic one ("[Tutorial]" is a talk) keeps its word in the title."""


def kind_mark(title: str) -> tuple[Kind, str] | None:
    """Return the kind a title's leading mark names and the title without it ("" when the mark is all), or None.

    EDTM 2025 writes "[Invited] Impact of …", "[Keynote] Content Addressable …": the kind is
    the item's, the mark no word of its title.

    >>> kind_mark("[Invited] Impact of Charge Trapping"), kind_mark("(Keynote) On Engines")
    ((<Kind.INVITED_TALK: 'invited-talk'>, 'Impact of Charge Trapping'), (<Kind.KEYNOTE: 'keynote'>, 'On Engines'))
    >>> kind_mark("(Functional) Analysis"), kind_mark("[Tutorial] Rust"), kind_mark("Invited talk")
    (None, None, None)
    """
    match = _KIND_MARK.match(title)
    if match is None:
        return None
    mark = " ".join(match["mark"].split())
    kind = Kind.INVITED_TALK if mark.casefold() == "invited" else label_kind(mark)
    return (kind, match["title"] or "") if kind in _MARKED_KINDS else None


@lru_cache(maxsize=4096)  # a page has few labels, each on thousands of entries
def label_kind(label: str) -> Kind | None:
    """Return the kind a label's row gives, or None when no row knows the label.

    A plural names the kind of its singular: "Contributed Talks", "Spotlights".
    """
    if label.isascii() and label.strip().isdigit():  # a title's number, "(12)": no row or word is digits
        return None
    base = " ".join(re.split(r"\s+[-–—]\s+", label.strip(), maxsplit=1)[0].casefold().split())
    return _LABELS.get(base) or (_LABELS.get(base[:-1]) if base.endswith("s") else None) or word_kind(label)


def is_kind_label(label: str) -> bool:
    """Whether a parenthesised label names a kind ("Spotlight Talk", "Poster - Recorded Presentation")."""
    return label_kind(label) is not None


def kind_from_label(label: str, title: str) -> Kind:
    """Return the kind a label ("Poster - Recorded Presentation") gives an item titled `title`.

    The label's first part names the kind; the title refines it: a "(Talk)" titled
    "X - Keynote" is a keynote, a "(Break)" titled "Poster Session | Coffee Break" is a
    poster session. A label we do not know gives `Kind.OTHER` (the item keeps its label).
    """
    kind = label_kind(label) or Kind.OTHER
    speaker = title_speaker(title)
    if speaker and kind in (Kind.TALK, Kind.INVITED_TALK, Kind.OTHER):
        return speaker.kind
    if kind in _SESSIONLESS_KINDS and POSTER_SESSION.search(title):
        return Kind.POSTER_SESSION
    return kind


def page_kind(label: str | None, title: str) -> Kind:
    """Return the kind of a schedule page's entry: its label's row, refined by its title.

    A label no row knows gives the title's kind, as for an entry without a label; a generic
    label ("(Talk)") gives way to a title that names its kind ("Opening Remarks").
    """
    known = label_kind(label) if label else None
    if known is None:
        return kind_from_title(title)
    kind = kind_from_label(label or "", title)
    if kind in _GENERIC_KINDS:
        titled = kind_from_title(title)
        return titled if titled is not Kind.OTHER else kind
    return kind


CEREMONY_AT_MOST = timedelta(hours=1)
"""The longest an opening or a closing lasts: remarks, a welcome, awards. "Welcome to the House
of Tea!" for three hours is a gathering of its own, not the event's opening."""


@lru_cache(maxsize=1 << 14)  # "Coffee Break" on every day, a grid's cells tried by more than one layout
def kind_from_title(title: str, length: timedelta | None = None) -> Kind:
    """Return the kind a title implies when the feed gives no label, else `Kind.OTHER`.

    A title that opens or closes the event ("Welcome to …", "Closing …") counts only for an
    item of at most an hour when its `length` is known.

    >>> kind_from_title("Welcome to MLSys 2022"), kind_from_title("Welcome to the House of Tea!", timedelta(hours=3))
    (<Kind.OPENING: 'opening'>, <Kind.OTHER: 'other'>)
    >>> kind_from_title("Keynote 1: Data Science in HR"), kind_from_title("Contributed talk 3: Congestion-Avoiding …")
    (<Kind.KEYNOTE: 'keynote'>, <Kind.ORAL: 'oral'>)
    """
    speaker = title_speaker(title)
    if speaker:
        return speaker.kind
    prefixed = kind_prefix(title)
    if prefixed:
        return prefixed[0]
    labelled = _LABEL_BEFORE_COLON.match(title)
    if labelled and (kind := label_kind(_NUMBERED.sub("", labelled["label"]))) in _SPEAKER_KINDS:
        return kind  # "Keynote Speaker: Chris Lattner", "Invited Talk: Deep Learning for Chips", "Keynote 1: …"
    for pattern, kind in TITLE_KINDS:
        if pattern.search(title):
            if kind in (Kind.OPENING, Kind.CLOSING) and length is not None and length > CEREMONY_AT_MOST:
                continue
            return kind
    kind = label_kind(_NUMBERED.sub("", _BRACKETED.sub("", title))) or word_kind(title) or run_on_kind(title)
    kind = kind or (Kind.TALK if _TALKS_BLOCK.match(title) else Kind.OTHER)
    ceremony = kind in (Kind.OPENING, Kind.CLOSING) and length is not None and length > CEREMONY_AT_MOST
    return Kind.OTHER if ceremony else kind


TAG_LABELS: dict[str, str] = {
    "talk": "Talk",
    "tut": "Tutorial",
    "tutorial": "Tutorial",
    "org": "Organisation",
    "pos": "Poster session",
    "poster": "Poster session",
    "keynote": "Keynote",
    "panel": "Panel",
    "break": "Break",
    "social": "Social",
    "workshop": "Workshop",
    "all": "Plenary",
    "meet": "Meetup",
    "meet-spec": "Special session",
    "mus": "Music",
    "sat": "Satellite event",
    "master": "Masterclass",
    "community": "Community",
    "wimir": "WiMIR",
    "assembly": "Assembly",
}
"""The short tags Mini-Conf's calendar scripts put before a title ("#tut T1A: …", "#org Bienvenida"),
as the label they stand for: rows above give the kind ("Tutorial" is a talk); the others stay the
item's own label, its kind taken from the title."""


def tag_label(tag: str) -> str:
    """The label a title's tag stands for; an unknown tag as written, its first letter a capital.

    >>> tag_label("tut"), tag_label("ighting")
    ('Tutorial', 'Ighting')
    """
    return TAG_LABELS.get(tag.casefold()) or tag[:1].upper() + tag[1:]


_CHAIR_LABEL = re.compile(r"^(?:session\s+)?chair(?:s|\(s\)|persons?)?\s*:?$", re.IGNORECASE)
"""A label that says the people chair the item: "Chair", "Session chairs", "Chair(s):"."""


def role_of_label(label: str | None) -> tuple[Role, str | None]:
    """The role a label gives an item's people, and the label left for the item.

    A chair label is the people's role, not the item's type: no label is left ("Chair" was
    printed as the kind of RECOMB 2026's sessions, their chair as a speaker).

    >>> role_of_label("Chair"), role_of_label("Session chairs:"), role_of_label("Invited Speaker")
    ((<Role.CHAIR: 'chair'>, None), (<Role.CHAIR: 'chair'>, None), (<Role.SPEAKER: 'speaker'>, 'Invited Speaker'))
    """
    if label is not None and _CHAIR_LABEL.match(label.strip()):
        return Role.CHAIR, None
    return Role.SPEAKER, label
