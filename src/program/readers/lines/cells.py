"""A table cell written in parts: ``Invited talk 🎥 <br> **Title** <br> *Ada Lovelace* <details>…</details>``.

Workshop sites put a talk's label, title, speakers and abstract in one cell, told apart by
their markup: the part in bold is the title, the parts after it that are names (in italics,
or plain with an affiliation in brackets) are the people, a ``<details>`` block is the
abstract, the words before the title are its label. Read from the raw cell, before `clean`
flattens it.
"""

from __future__ import annotations

import re

import attrs

from program.model import Kind
from program.readers.kind_labels import label_kind
from program.readers.lines.entry import SlotText, read_slot_text
from program.readers.lines.honorifics import without_honorific
from program.readers.lines.markup import MARKDOWN_LINK, clean, without_icons
from program.readers.lines.names import names_in

_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_DETAILS = re.compile(r"<details[^>]*>(?P<inside>.*?)(?:</details>|$)", re.IGNORECASE | re.DOTALL)
_SUMMARY = re.compile(r"<summary[^>]*>.*?</summary>", re.IGNORECASE | re.DOTALL)
_BOLD = re.compile(
    r"^(?:\*\*(?P<md>[^*].*?)\*\*|__(?P<md2>[^_].*?)__|<(?:b|strong)>(?P<html>.+?)</(?:b|strong)>)$", re.I
)
_ITALIC = re.compile(r"^(?:\*(?P<md>[^*].*?)\*|_(?P<md2>[^_].*?)_|<(?:i|em)>(?P<html>.+?)</(?:i|em)>)$", re.I)
_ANCHOR = re.compile(r"<a\b[^>]*>.*?</a>", re.IGNORECASE | re.DOTALL)
_AFFILIATION = re.compile(r"\s*\([^()]*\)")
_DOT_SEPARATOR = re.compile(r"\s+·\s+")
_TITLE_MARK = re.compile(r"^title\s*:\s*", re.IGNORECASE)
_ABSTRACT_MARK = re.compile(r"^abstract\s*:\s*", re.IGNORECASE)
"""A part's "Abstract:" label (AD&D 2025): the text after it is the abstract."""
_CHAIR = re.compile(r"^(?:(?:session\s+)?chairs?\s*:\s*)+(?P<names>.+)$", re.IGNORECASE)
"""A part naming the session's chair ("**Chair: Yaron Orenstein**", RECOMB 2026; "Chair: Chair: …" once)."""
_LIST_ITEM = re.compile(r"^(?:[-*+•]|\d{1,3}[.)])\s+")
"""A part that is a list item ("- [Title](…)", "• [Name](…)")."""
_PANELISTS = re.compile(r"^(?:panell?ists?|speakers?|presenters?)\s*:\s*", re.IGNORECASE)
_BY = re.compile(r"^(?:(?P<label>\w[\w -]{0,30}?)\s+)?by\s+(?P<names>[^,]+)(?:,.*)?$", re.IGNORECASE)
"""A part naming the speaker after "by", where they work after the comma ("by Ada Lovelace, University of X"),
or after a kind's label ("Keynote by Mar Hicks", Critique digitale 2021): the label is the talk's."""
_EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(?=\S)")
_MODERATOR = re.compile(r"\s+(?:moderat(?:or|ore|rice|ed by)|modera)\s+", re.IGNORECASE)
"""The moderator named after the panelists, Italian or English ("… A.Rodolfi moderatore Eugenio Ambrosi")."""
_GLUED_INITIAL = re.compile(r"^(?:[A-Z]\.)+[A-Z][\w’'-]+$")
"""A name written as an initial against the surname ("E.Somma", e-privacy 2016): a name as written."""
_LINK_LABELS = frozenset({"slides", "video", "paper", "pdf", "code", "poster", "recording", "website", "link"})
"""Links a cell puts beside its title ("[slides](…)"): their words are no label's or title's."""


@attrs.frozen
class CellParts:
    """What a cell written in parts says.

    Attributes:
        title: the title (the bold part, else the first part).
        people: the names after it.
        label: the words before the title ("Invited talk"), or None.
        abstract: the ``<details>`` text, or None.
        rest: the other parts after the title, as text ("Abstract: …", a talk's "“Title” A. Name"), for
            the slot's lines to read (`talks.talks_in_slots`).
    """

    title: str
    people: tuple[str, ...]
    label: str | None
    abstract: str | None
    rest: tuple[str, ...] = ()
    listed: tuple[str, ...] = ()
    """The parts that are list items (``- [Paper title](…)``), as text: no one's names."""


def cell_parts(raw: str) -> CellParts | None:
    """Read a cell of parts joined by ``<br>``; None for a cell of one part or without a title and names.

    >>> parts = cell_parts("Invited talk 🎥 <br> **On Engines** <br> *Ada Lovelace, Charles Babbage*")
    >>> parts.title, parts.people, parts.label, parts.rest
    ('On Engines', ('Ada Lovelace', 'Charles Babbage'), 'Invited talk', ())
    >>> cell_parts("**Context Scaling** <br> Michael Bendersky (Databricks)").people
    ('Michael Bendersky',)
    >>> cell_parts("Lunch") is None
    True
    """
    details = _DETAILS.search(raw)
    abstract = clean(_SUMMARY.sub(" ", details["inside"])).text if details else None
    body = _DETAILS.sub(" ", raw)
    parts = _joined_emphasis([part.strip() for part in _BREAK.split(body) if part.strip()])
    if len(parts) < 2:
        return None
    bold = next((index for index, part in enumerate(parts) if _BOLD.match(part) and not _links_only(part)), None)
    title_at = bold if bold is not None else 0
    title_end = title_at + 1 if bold is not None else _italic_run(parts)
    named = _unlisted_papers([(part, _names(part)) for part in parts[title_end:]])
    people = [without_honorific(name) for _, names in named for name in names]  # LLVM-AD's "**Dr. Name**"
    if bold is None and not people:
        return None
    title = " ".join(_plain(part) for part in parts[title_at:title_end])
    title = _TITLE_MARK.sub("", without_icons(title))  # "**Title: On Engines**"
    label = without_icons(" ".join(_plain(part) for part in parts[:title_at]), leading=True) or None
    if label is None:  # "Keynote by Mar Hicks": the part's label is the talk's
        label = next((by["label"] for part, names in named if names and (by := _by(part)) and by["label"]), None)
    if label is None and any(_CHAIR.match(_plain(part)) for part, names in named if names):
        label = "Chair"  # the people chair the session (as a table's "Chair: Juergen Giesl" cell says)
    rest = tuple(
        said
        for part, names in named
        if not names and not _links_only(part) and (said := _ABSTRACT_MARK.sub("", _plain(part)))
    )
    listed = tuple(_plain(part) for part, names in named if _LIST_ITEM.match(part) and not names)
    return CellParts(title, tuple(dict.fromkeys(people)), label, abstract or None, rest, listed)


def _joined_emphasis(parts: list[str]) -> list[str]:
    """The parts, those one emphasis spans joined into one (`_Quelle est la place<br>dans les critiques?_`)."""
    joined: list[str] = []
    mark: str | None = None
    for at, part in enumerate(parts):
        if mark is not None:
            joined[-1] = f"{joined[-1]} {part}"
            mark = None if part.endswith(mark) else mark
            continue
        joined.append(part)
        opened = _EMPHASIS.match(part)
        if opened and opened[1] not in part[len(opened[1]) :] and any(p.endswith(opened[1]) for p in parts[at + 1 :]):
            mark = opened[1]  # opened here, closed at the end of a later part: one emphasis over a line break
    return joined


def _italic_run(parts: list[str]) -> int:
    """Where a title of emphasised parts ends (`_Title,_<br>_its second line_`): past the first part at least."""
    end = 1
    if _ITALIC.match(parts[0]):
        while end < len(parts) and _ITALIC.match(parts[end]) and not _names(parts[end]):
            end += 1
    return end


def _by(part: str) -> re.Match[str] | None:
    """A part naming its speaker after "by", its label (if any) a kind's ("Keynote by …"), never a title's words."""
    found = _BY.match(_plain(part))
    return found if found is not None and _talk_label(found["label"]) else None


def _talk_label(label: str | None) -> bool:
    """Whether the words before "by" label a talk ("Keynote"), or there are none; "welcome by …" ends a title's line."""
    return label is None or label_kind(label) in _TALKS


_TALKS = frozenset({Kind.KEYNOTE, Kind.INVITED_TALK, Kind.TALK, Kind.ORAL, Kind.PANEL, Kind.DEMO})


def _plain(part: str) -> str:
    """A part's words without its links' labels ("[slides](…)"), other links' words kept ("[Ada](…)")."""
    without = MARKDOWN_LINK.sub(
        lambda found: "" if _link_label(found["text"]) else found["text"], _ANCHOR.sub("", part)
    )
    return clean(without).text


def _unlisted_papers(named: list[tuple[str, tuple[str, ...]]]) -> list[tuple[str, tuple[str, ...]]]:
    """The parts and their names, a list's items naming no one unless every item is a name.

    EMBC 2025 lists its speakers (``• [Jiayang Zhang](…) <br>• …``); EvalNLG 2020 a poster session's
    papers (``- [Evaluating AMR-to-English NLG Evaluation](…)``: capitalised words, no one's name).
    """
    items = [names for part, names in named if _LIST_ITEM.match(part)]
    if all(items):
        return named
    return [(part, () if _LIST_ITEM.match(part) else names) for part, names in named]


def _link_label(text: str) -> bool:
    """Whether a link's words only label what it links to: "slides", or an icon ("[📄](….pdf)", e-privacy 2016)."""
    return text.strip().casefold() in _LINK_LABELS or not any(char.isalnum() for char in text)


def _links_only(part: str) -> bool:
    """Whether a part is only links beside the title (EvalNLG 2020's ``**[[Slides](…)] [[Video](…)]**``): no title."""
    return not any(char.isalnum() for char in _plain(part))


def _names(part: str) -> tuple[str, ...]:
    """The names a part after the title gives ("*A, B · C*", "Name (Affiliation)", "by Name, Org"), or ()."""
    italic = _ITALIC.match(part)
    text = _plain(part) if italic is None else clean(next(group for group in italic.groups() if group)).text
    if (chair := _CHAIR.match(text)) is not None:  # "Chair: Yaron Orenstein": the name, without the role
        text = chair["names"]
    text = _PANELISTS.sub("", text)  # "Panelists: A, B, C"
    if (by := _BY.match(text)) is not None and _talk_label(by["label"]):  # "by [Marina Fomicheva](…), Org"
        text = by["names"]
    text = _DOT_SEPARATOR.sub(", ", _AFFILIATION.sub("", text))
    text = _MODERATOR.sub(", ", text)  # "M.Calamari, E.Somma moderatore Eugenio Ambrosi": the moderator is one too
    parts = [without_honorific(part.strip()) for part in text.split(",")]  # "Avv. David D’Agostini"
    if parts and all(_GLUED_INITIAL.match(part) or names_in(part, words=2) for part in parts):
        return tuple(
            name for part in parts for name in ((part,) if _GLUED_INITIAL.match(part) else names_in(part) or ())
        )
    return names_in(text, words=2) or ()


def _part_names(part: str) -> tuple[str, ...]:
    return (part,) if _GLUED_INITIAL.match(part) else names_in(part, words=2) or ()


def with_parts(slot: SlotText, parts: CellParts) -> SlotText:
    """A row's slot text with what its title cell's parts say: their title, people, label and kind."""
    text = read_slot_text(parts.title, people_known=bool(parts.people))
    label = slot.label or parts.label
    kind = text.kind
    if kind.value == "other" and label:
        kind = read_slot_text(label).kind
    # the row's own reading of the flattened cell took its affiliations for names: the parts' names win
    # a poster session's papers ("- [Evaluating AMR-to-English NLG Evaluation](…)") are no one, flattened or not
    row_people = tuple(name for name in slot.people if not any(name in item for item in parts.listed))
    people = tuple(dict.fromkeys(parts.people + text.people)) or row_people
    return attrs.evolve(text, people=people, label=label, kind=kind)
