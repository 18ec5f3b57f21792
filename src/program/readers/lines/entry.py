"""The text of one schedule slot (after its time) → title, people and kind.

Shapes read (examples invented, shapes real):

- ``Invited talk (Ada Lovelace)``, ``Scientific presentation 1 (Ada Lovelace): On Engines``
  and ``Invited talk (Babbage -- replaced by Ada Lovelace)``: people in brackets;
- ``On Engines -- Ada Lovelace, Charles Babbage``: people after a dash;
- ``On Engines, Tables and Cards, Ada Lovelace``: people after the title's last comma (AMTE 2024);
- ``Keynote Talk by Ada Lovelace``: people after "by";
- ``Invited Speaker: Ada Lovelace``, ``Subject Matter Experts: A, B, and C``: a label and people;
- ``Ada Lovelace: On Engines``: a speaker before the title;
- ``Keynote 1: Ada Lovelace. Title: On Engines``: a label, the speaker, then the title;
- ``@**Ada Lovelace**`` mentions (see `markup`);
- ``[Invited] On Engines``: a mark of the kind before the title (EDTM 2025), taken off it;
- ``Keynote "On Engines" by Ada Lovelace (details)``: a title in quotes, its speakers after it (`quoted`).

Anything else is the title as written. The kind comes from the label or the title
(`kind_labels`); a label no row knows leaves the kind to the title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from program.model import Kind
from program.readers.kind_labels import kind_from_title, kind_mark, label_kind
from program.readers.lines.honorifics import without_honorific
from program.readers.lines.initials_first import initials_first
from program.readers.lines.lecture_by import lecture_von
from program.readers.lines.markup import without_icons
from program.readers.lines.names import has_role_word, names_in
from program.readers.lines.quoted import quoted_talk
from program.readers.lines.rooms import names_room, room_text
from program.readers.lines.session_chair import session_and_chair
from program.readers.lines.speaker_first import speaker_then_quoted

__all__ = ["SlotText", "names_in", "people_by", "read_slot_text", "role_and_people"]  # names_in: from names

_LEADING = re.compile(r"^[\s:|\-–—,.]+")
_TRAILING = re.compile(r"(?:\s*[|*†‡]+|\s+[–—]+|\s*(?<!\bal)(?<![A-Z])\.)+$")
"""What ends a title and is none of it: marks, a full stop, a dash pointing at the lines below (DVCS 2021's
`**18:30-20:00 PODIUMSDISKUSSION: … —**` over its panellists)."""
_BRACKETS = re.compile(r"\s*\((?P<inside>[^()]*)\)")
_LENGTH_NOTE = re.compile(
    r"\s*\((?=\d)(?:\d+\s*(?:h|hrs?|hours?|horas|min|mins|minutes|minutos)\b\.?|[\s+,]|and\b|q\s*&\s*a\b|discussion\b)+\)$",
    re.I,
)
"""A slot's length after its title ("Break (30 min)", "Talk (20 mins + 5 mins Q&A)"): the times say it."""
_NOT_NAMES = frozenset(
    {"continued", "cont.", "cont'd", "contd", "part 1", "part 2", "tbc", "tbd", "tba", "gather town", "zoom", "online"}
    | {"remote", "virtual", "in person", "in-person", "hybrid", "on site", "onsite", "on-site", "live"}
    | {"pre-recorded", "prerecorded", "recorded", "locations tbd", "location tbd", "room tbd", "tbd room"}
)
"""Brackets that are no names: a continuation, a placeholder, the place online ("(Gather Town)"), how a talk is
given (LLVM-AD 2026's "(Remote)"), a room still unknown (DH2019's "(Locations TBD)")."""
"""What brackets after a title hold that is no surname."""
_REPLACED = re.compile(r"\breplaced by\s+(?P<name>.+)$", re.IGNORECASE)
_BY = re.compile(r"^(?P<title>.+?)\s+by\s+(?P<names>[^()]+)$")
_COLON = re.compile(r"^(?P<before>[^:]{2,80}?):\s+(?P<after>\S.*)$")
_QUOTED_THEN_NAME = re.compile(
    r"^(?P<label>[^:\"“”]{2,40}):\s*[\"“](?P<title>[^\"“”]+?)[,.]?[\"”]\s*,?\s+(?P<name>[^,()]+?),\s*\S.*?(?P<room>\s*\([^()]*\))?$"
)
"""A label, a quoted title, the speaker and where they work (DH2019: `Opening keynote: "Collections, …," Emmanuelle
Bermès, Bibliothèque nationale de France`)."""
_NAMED_THEN_TITLE = re.compile(
    r"^(?P<label>[^:()]{2,40}):\s+(?P<name>[^,():]{3,60}?)\s*\((?P<org>[^()]{2,60})\),\s+(?P<title>\S.*)$"
)
"""A kind label, the speaker, where they work in brackets, then the title (AAAI-25 DC: `Keynote Talk: Milind Tambe
(Harvard), AI for Social Impact: …`)."""
_DASH = re.compile(r"\s+(?:--|–|—|-)\s+")
_LABEL_OF_TITLE = re.compile(r"(?:(?i:\s+by\s+.*)|\s*#?\d+|\s+[IVX]{1,4}|:.*|\s+(?:--|–|—)\s+.*)$")
"""What follows a kind label used as a title: "Invited Talk #1", "Invited Talk II", "Keynote Talk by …", "Oral
Talk: …", "Keynote 1 – On Graphs" (KDD 2025 LLM4ECommerce)."""
_PERSON_BEARING = re.compile(r"\b(?:paper|talk|presentation|keynote|speaker|panel(?:ists)?)s?$", re.IGNORECASE)
"""A label whose item a person gives ("Position Paper", "Oral Talk"), before a colon and names."""
_TITLE_MARK = re.compile(r"[.,;]?\s*\bTitle:\s*", re.IGNORECASE)
_GLUED_SPEAKER = re.compile(
    r"^(?P<title>\S.*\s[a-z][\w-]*)\s+(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2}),\s+[A-Z][^,]*$"
)
"""A title, then its speaker and affiliation without a mark between ("… control systems Ada Lovelace, NYU"): a
title ends in a lower-case word, a name is two or three capitalised words before the one comma."""
_ROLE_LABELS = re.compile(
    r"^(?:(?:invited|keynote|plenary|guest|featured|special)\s+(?:speaker|talk|lecture|address)s?"
    r"|keynote(?:\s+(?:talk|address|speech))?(?:\s+and\s+q\s*&\s*a)?(?:\s+\d+)?|invited\s+talk(?:\s+\d+)?"
    r"|session\s+(?:lead|chair)s?|subject\s+matter\s+experts?|panel(?:ists?)?|moderators?|speakers?(?:\s+\d+)?|chairs?"
    r"|hosts?|organi[sz]ers?|tutorial|lecture|moderador(?:a|es)?|participantes|ponentes?)$",  # Spanish: JNIC 2022
    re.IGNORECASE,
)
"""Labels a person follows ("Invited Speaker: Ada Lovelace"), matched whole."""


@attrs.frozen
class SlotText:
    """What the text of a slot says.

    Attributes:
        title: the title, as written (markup removed).
        people: the people it names, in order.
        label: the label it gives before its people ("Invited Speaker"), or None.
        kind: the kind, from the label or the title.
        chaired: whether the people chair the slot (its chair line's), not speak at it.
    """

    title: str
    people: tuple[str, ...]
    label: str | None
    kind: Kind
    chaired: bool = False


def read_slot_text(text: str, mentions: Sequence[str] = (), *, people_known: bool = False) -> SlotText:
    """Read a slot's text (everything after its time) into a title, people, label and kind.

    >>> read_slot_text("Invited talk (Babbage -- replaced by Ada Lovelace)").people
    ('Ada Lovelace',)
    >>> slot = read_slot_text("Invited Speaker: Ada Lovelace")
    >>> slot.people, slot.kind.value
    (('Ada Lovelace',), 'invited-talk')
    >>> read_slot_text("On Engines -- Ada Lovelace, Charles Babbage").title
    'On Engines'
    >>> read_slot_text("Evaluating Code for C++, Go, R, and Rust, Patrick Diehl").people
    ('Patrick Diehl',)

    `people_known`: a table's speaker column names the people, so a colon or a dash in the
    title is the title's own ("When Models Fail: A Study").
    """
    title = _TRAILING.sub("", _LEADING.sub("", without_icons(" ".join(text.split()))))
    title = _LENGTH_NOTE.sub("", title) or title
    kind_marked = kind_mark(title)  # "[Invited] On Engines": the kind's, not the title's
    title = kind_marked[1] if kind_marked and kind_marked[1] else title
    session = None if people_known else session_and_chair(title)  # "Session II; chair: Darko Marinov"
    title, chairs = session or (title, ())
    people: list[str] = list(chairs)
    label: str | None = None
    marked = _TITLE_MARK.search(title)
    if marked is not None and marked.start() > 0:  # "Keynote 1: Ada Lovelace. Title: On Engines"
        before, title = title[: marked.start()], _TRAILING.sub("", title[marked.end() :])
        label, named = _label_and_people(before)
        people.extend(named)
    elif not people_known and (quoted := quoted_talk(title, lambda text: names_in(text, words=2))) is not None:
        title, label = quoted.title, quoted.label  # '"Title" Ada Lovelace (details)': the quotes end the title
        people.extend(quoted.people)
    else:
        # A speaker column names the people: brackets in the title are the title's ("(System Description)")
        if not people_known and (named_by := _said_by(title)) is not None:
            title, people = named_by[0], list(named_by[1])  # "Invited Talk by Prof. Ada Lovelace (KU Leuven)"
        elif not people_known:
            title = _named_then_title(title, people) or _bracketed_people(title, people)
        title, label = (title, None) if people_known else _other_shapes(title, people)
    if mentions and (listed := names_in(title)) is not None:  # "**Yann Fleureau**, @**Jia Li**"
        people.extend(name for name in listed if name not in people)
    for name in (_BRACKETS.sub("", mention).strip() for mention in mentions):
        if name not in people:
            people.append(name)
    if not title and people:
        title = ", ".join(people)
    kind = label_kind(label) if label else None
    if kind is None or kind in (Kind.TALK, Kind.OTHER):
        kind = _role_kind(label) or kind_from_title(title) if label else kind_from_title(title)
    if kind in (None, Kind.OTHER):  # "Invited talk", "Keynote Talk by Ada Lovelace", "Oral Talk #2"
        bare = _LABEL_OF_TITLE.sub("", title)
        kind = label_kind(_LABEL_OF_TITLE.sub("", bare)) or kind  # twice: "Keynote 1 – On Graphs" → "Keynote"
    if kind in (None, Kind.OTHER) and _BRACKETS.search(title):  # "Closing session (Room BATS)"
        kind = kind_from_title(_BRACKETS.sub("", title).strip())
    kind = kind_marked[0] if kind_marked else kind
    # "– [Prof. Haiping Lu](…)" (EMBC 2025): the person, as every other page and index names them
    people_named = tuple(dict.fromkeys(map(without_honorific, people)))
    return SlotText(title, people_named, label, kind or Kind.OTHER, chaired=bool(chairs))


_ROLE_BY = re.compile(
    r"^.*?\b(?:talk|keynote|presentation|lecture|tutorial|address|speech|seminar|demo)s?"
    r"\s+(?:given\s+|presented\s+|delivered\s+)?by\s+(?P<names>\S.*)$",
    re.IGNORECASE,
)
_AFTER_NAMES = re.compile(r"\s*\(|:\s|\s+on\s|\s+from\s")
"""Where the names after "by" end when more follows: where they work ("… from the DNATech Core", UC Davis 2023),
or what the talk is about."""


_SIGNED = re.compile(r"^(?P<title>\S.*\S)\.\s+(?P<name>(?:[A-Z]\.\s*)+(?:[a-z]{1,3}\s+){0,2}[A-Z][\w'-]+)$")
"""A title, a full stop, then its speaker's initials and surname."""


def _said_by(title: str) -> tuple[str, tuple[str, ...]] | None:
    """A German or Dutch lecture "von"/"door" its speaker (the title the lecture), or a talk "by" them (kept whole).

    Or a speaker before a quoted title, `Name (Org) : "Title"` (SimpleText 2021): the quotes and the bracket go.
    """
    if (speaker_quoted := speaker_then_quoted(title)) is not None:
        return speaker_quoted
    if (lecture := lecture_von(title)) is not None:  # "Plenaire lezing door I. S." (WND 2025)
        return lecture
    if (signed := _SIGNED.match(title)) is not None and names_in(signed["name"], words=2) is not None:
        return signed["title"], (signed["name"],)  # "…: debunking influencers. A. ter Braack" (WND 2025)
    if (first := initials_first(title)) is not None:  # "В.В.Березнюк. Анатомія середнього ВУХА" (Kyiv 2019)
        return first
    return (title, named) if (named := people_by(title)) is not None else None


def people_by(text: str) -> tuple[str, ...] | None:
    """The people a talk's "by" names, or None: what follows the first name (its bracket, role or topic) is left out.

    Real shapes: "Invited Talk by <b>Devendra Singh Dhami</b>" (TPM 2024), "Invited talk by Prof. Marta Rios
    (KU Leuven)", "Invited Talk by Prof. Subrata Kumar Panda, President, FTBI, NIT Rourkela", "Invited talk by
    Prof. Partha Pratim Majumdar on Genomics of Cancer".

    >>> people_by("Invited talk by Prof. Marta Rios (KU Leuven)"), people_by("Keynote by Ada Lovelace and Bo Li")
    (('Prof. Marta Rios',), ('Ada Lovelace', 'Bo Li'))
    >>> people_by("Technology talk by Lexogen"), people_by("Learning by Doing")
    (None, None)
    """
    found = _ROLE_BY.match(text.strip())
    if found is None:
        return None
    named = _AFTER_NAMES.split(found["names"].strip(), maxsplit=1)[0]
    return names_in(named, words=2) or names_in(named.split(", ", 1)[0], words=2)  # "Name, President, FTBI"


def _bracketed_people(title: str, people: list[str]) -> str:
    """Take the people out of brackets that hold only names ("Invited talk (Ada Lovelace)")."""

    def _take(found: re.Match[str]) -> str:
        inside = found["inside"].strip()
        if found.start() == 0 or inside.casefold() in _NOT_NAMES:  # "(Functional) Analysis", "(Continued)"
            return found.group(0)
        if names_room(room_text(inside)):  # "(Room Garden)": the room, split off by the slot
            return found.group(0)
        replaced = _REPLACED.search(inside)
        names = names_in(replaced["name"] if replaced else inside)
        if names is None and label_kind(title[: found.start()].strip()) is not None:  # "Keynote Talk (Name, Org)"
            names = _name_then_affiliation(inside)
        if names is None:
            return found.group(0)
        people.extend(name for name in names if name not in people)
        return ""

    taken = _BRACKETS.sub(_take, title)  # "Invited talk (Ada) : On": its colon closed up again, a French " :" kept
    return " ".join((taken.replace(" :", ":") if taken != title else taken).split()).strip(" :")


def _name_then_affiliation(inside: str) -> tuple[str, ...] | None:
    """A bracket of one name, then where they work: "(Thomas Fahringer, UIBK)", "(Daisy S. Hollman, Google, USA)".

    AMTE 2021's keynote and invited talk; the rest after the first comma names no one (a name there makes it no such
    bracket).
    """
    name, comma, where = inside.partition(",")
    found = names_in(name, words=2) if comma and where.strip() else None
    return found if found is not None and len(found) == 1 and names_in(where, words=2) is None else None


def _named_then_title(title: str, people: list[str]) -> str | None:
    """`Label: Name (Org), Title`: "Label: Title" and Name a person; None for another shape or a label of no kind.

    Where they work is left out: a title's last bracket of one word would otherwise be taken for a person.
    """
    named = _NAMED_THEN_TITLE.match(title)
    if named is None or label_kind(named["label"]) is None or (names := names_in(named["name"], words=2)) is None:
        return None
    people.extend(names)
    return f"{named['label']}: {named['title']}"


def _quoted_then_name(title: str, people: list[str]) -> str | None:
    """`Label: "Title," Name, Org (Room)`: "Label: Title (Room)" (the room's bracket for the slot), Name a person."""
    quoted = _QUOTED_THEN_NAME.match(title)
    if quoted is None or (names := names_in(quoted["name"], words=2)) is None:
        return None
    people.extend(names)
    room = quoted["room"] if quoted["room"] and names_room(room_text(quoted["room"].strip(" ()"))) else ""
    return f"{quoted['label']}: {quoted['title']}{room}"


def _other_shapes(title: str, people: list[str]) -> tuple[str, str | None]:
    """People after "by", after a dash, after a label and colon, or before the title and a colon."""
    quoted = None if people else _quoted_then_name(title, people)
    if people:  # named before, or by a quoted title's shape
        return quoted or title, None
    if (by := _BY.match(title)) is not None and (names := names_in(by["names"], words=2)) is not None:
        people.extend(names)
        return title, None
    if (colon := _COLON.match(title)) is not None and (found := _colon_shapes(title, colon, people)) is not None:
        return found
    pieces = _DASH.split(title)
    if len(pieces) >= 2 and (names := names_in(pieces[-1], words=2)) is not None:
        people.extend(names)
        return " - ".join(pieces[:-1]) if len(pieces) > 2 else pieces[0], None
    before, comma, after = title.rpartition(",")
    if comma and _is_title_before_names(before) and (names := names_in(after, words=2)) is not None:
        people.extend(names)  # "Lessons Learned … Exascale Systems, John Holmen"
        return before.rstrip(), None
    return title, None


_SHORTEST_TITLE = 3
"""Words; fewer before a comma and names are more names ("Ada Lovelace, Charles Babbage") or a label."""


def _is_title_before_names(text: str) -> bool:
    """Whether the text before a comma is a title: long enough, and no list of names itself.

    Only full names (two words or more) are taken after the comma: "Tools, Tricks, and Trades"
    and "Welcome, Introductions, and Getting Started" keep their commas.
    """
    return len(text.split()) >= _SHORTEST_TITLE and names_in(text) is None


def _colon_shapes(title: str, colon: re.Match[str], people: list[str]) -> tuple[str, str | None] | None:
    """A label and its people ("Invited Speaker: Ada Lovelace"), or a speaker and a title."""
    before, after = colon["before"].strip(), colon["after"].strip()
    if (labelled := role_and_people(title)) is not None:
        people.extend(labelled[1])
        return title, labelled[0]
    glued = _GLUED_SPEAKER.match(after) if _ROLE_LABELS.match(before) else None
    if glued is not None and (names := names_in(glued["name"], words=2)) is not None:
        people.extend(names)  # "Keynote: Active defense … control systems Michail Maniatakos, NYU Abu Dhabi"
        return f"{before}: {glued['title']}", before
    if _PERSON_BEARING.search(before) and (names := names_in(after, words=2)) is not None:
        people.extend(names)  # "Position Paper: Ada Lovelace"
        return title, None
    if (name := names_in(before, words=2)) is not None and len(name) == 1 and not has_role_word(before):
        people.extend(name)
        return after, None
    return None


def role_and_people(text: str) -> tuple[str, tuple[str, ...]] | None:
    """A role label and the people after its colon, or None: "Invited Speaker: Ada Lovelace (Analytical Society)".

    Where they work, in a bracket after the names, is left out of them.

    >>> role_and_people("Keynote Speaker: Chris Lattner (Modular.ai)")
    ('Keynote Speaker', ('Chris Lattner',))
    >>> role_and_people("Invited Talk: Learning for Chips") is None
    True
    """
    colon = _COLON.match(text.strip())
    if colon is None or not _ROLE_LABELS.match(before := colon["before"].strip()):
        return None
    after = colon["after"].strip()
    names = names_in(after) or names_in(_TRAILING_BRACKET.sub("", after))
    return (before, names) if names is not None else None


_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)$")


def _label_and_people(text: str) -> tuple[str | None, list[str]]:
    """Split a label and its people: "Keynote 1: Ada Lovelace" → ("Keynote 1", ["Ada Lovelace"])."""
    text = _TRAILING.sub("", text.strip())
    colon = _COLON.match(text)
    if colon is not None and (names := names_in(colon["after"])) is not None:
        return colon["before"].strip(), list(names)
    names = names_in(text)
    return (None, list(names)) if names is not None else (text or None, [])


def _role_kind(label: str | None) -> Kind | None:
    if label is None:
        return None
    folded = label.casefold()
    if folded.startswith("keynote"):
        return Kind.KEYNOTE
    if folded.startswith(("invited", "plenary", "guest", "featured")):
        return Kind.INVITED_TALK
    if folded.startswith("panel"):
        return Kind.PANEL
    return None
