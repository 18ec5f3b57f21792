"""A table cell's last line: a session's topic, an evening's venue, or the person it names.

Pages put a name on a cell's last line ("<strong>Keynote I</strong> <br> Peter Dayan"); a name's
shape (capitalised words) is not enough to tell it from other things written there. PacificVis
2023 writes its sessions' topics and its evenings' venues the same way:

    <b>Session 1</b> (1 hour) <br> Visual Queries
    Reception<br>Shilla Stay Gwanghwamun

A numbered session's further lines are its topic, part of its title ("Session 1: Visual
Queries", the bracketed length left out: the times say it); a social event's last line
(reception, banquet, dinner) is where it is held. Only other cells' last names are people.
"""

from __future__ import annotations

import re

import attrs

from program.model import Kind
from program.readers.html_blocks import collapse
from program.readers.kind_labels import kind_from_title, label_kind
from program.readers.lines.honorifics import without_honorific
from program.readers.lines.names import names_in

_LENGTH = r"\(\s*\d+(?:[.,]\d+)?\s*(?:hours?|hrs?|h|min(?:ute)?s?)\s*\)"
_SESSION = re.compile(rf"^(?P<name>session\s+\d{{1,3}}[a-z]?)(?:\s*{_LENGTH})?$", re.IGNORECASE)
"""A numbered session's first line: "Session 1", "Session 6 (1.5 hour)"."""
_ONLY_LENGTH = re.compile(rf"^{_LENGTH}$", re.IGNORECASE)
"""The length on a line of its own ("(1 hour)" after a hidden `<br>`): the times say it."""
_SPOKEN = re.compile(r"\b(?:talk|speech|keynote|lecture|address|remarks|toast|speaker)\b", re.IGNORECASE)
"""A social title that is someone speaking: its last line is the speaker, not the venue."""
_JOINING_END = re.compile(
    r"\b(?:of|the|and|for|in|on|to|with|a|an|de|da|do|das|dos|em|para|e|com|no|na|di|del|della|per|il|la|le|"
    r"du|des|et|pour|y|en|el|los|las|von|der|und|für|zum|zur)$",
    re.IGNORECASE,
)
"""A word no title ends with but runs on after (Encontro de Saberes: "… REMOÇÃO DE<br />CONTAMINANTES EM ÁGUA")."""
_ROOM_LINE = re.compile(
    r"^(?:raum|room|ort|saal|venue|location|salle|sala|aula)\s*:\s*(?P<room>\S.{0,60})$", re.IGNORECASE
)
"""A cell's last line naming its room: DevDay 2016's `<p class="hint italic">Raum: Gartensaal</p>`."""
_NOT_TOPIC = re.compile(r"^(?:chairs?|moderators?|convenors?|hosts?)\b", re.IGNORECASE)


@attrs.frozen
class CellLines:
    """A cell's title and what its last line is besides: a person or a room (None when neither)."""

    title: str
    person: str | None = None
    room: str | None = None


def cell_lines(text: str) -> CellLines:
    r"""Read a cell's lines: its title, and its last line as a topic, a venue or a person.

    >>> cell_lines("Session 1\n(1 hour)\nVisual Queries")
    CellLines(title='Session 1: Visual Queries', person=None, room=None)
    >>> cell_lines("Banquet\nKorea House")
    CellLines(title='Banquet', person=None, room='Korea House')
    >>> cell_lines("Keynote 1\nClaudio Silva")
    CellLines(title='Keynote 1', person='Claudio Silva', room=None)
    >>> cell_lines("Acceptance Testing\nDave Farley\nRaum: Hamburg")
    CellLines(title='Acceptance Testing', person='Dave Farley', room='Hamburg')
    >>> cell_lines("Banquet Speech\nJane Doe").person
    'Jane Doe'
    >>> cell_lines("NOVOS FOTOCATALISADORES PARA REMOÇÃO DE\nCONTAMINANTES EMERGENTES EM ÁGUA")
    CellLines(title='NOVOS FOTOCATALISADORES PARA REMOÇÃO DE CONTAMINANTES EMERGENTES EM ÁGUA', person=None, room=None)
    """
    *lines, last = text.split("\n")
    if lines and (where := _ROOM_LINE.match(collapse(last))) is not None:  # "… <p>Raum: Hamburg</p>" (DevDay 2016)
        return attrs.evolve(cell_lines("\n".join(lines)), room=where["room"])
    return _read_lines(text)


def _read_lines(text: str) -> CellLines:
    *lines, last = text.split("\n")
    if not lines:
        return CellLines(text)
    session = _SESSION.match(collapse(lines[0]))
    topic = " ".join(
        collapse(line) for line in (*lines[1:], last) if collapse(line) and not _ONLY_LENGTH.match(collapse(line))
    )
    if session is not None and topic and not _NOT_TOPIC.match(topic):
        return CellLines(f"{session['name']}: {topic}")
    if names_in(last, words=2) is None:
        return CellLines(text)
    if runs_on(lines[-1]):  # "… PARA REMOÇÃO DE<br />CONTAMINANTES …": one title, wrapped
        return CellLines(collapse(" ".join(text.split("\n"))))
    heading = "\n".join(lines)
    social = kind_from_title(collapse(heading)) is Kind.SOCIAL
    if social and not _SPOKEN.search(heading):  # "Banquet Speech<br>Jane Doe" is her speech, not a place
        return CellLines(heading, room=collapse(last))
    return CellLines(heading, person=last)


def runs_on(line: str) -> bool:
    """Whether a cell's line ends with a word no title ends with, so the next line continues it (a wrapped title)."""
    return _JOINING_END.search(collapse(line)) is not None


_SPEAKER_DASH = re.compile(r"^(?P<name>[^–—]{3,60}?)\s+(?:--|–|—)\s+(?P<title>\S.*)$")


def speaker_and_title(text: str) -> tuple[str, str] | None:
    """A line "Name -- Title" under a kind's label: the speaker (no honorific) and the title, else None.

    BAFA 2017: ``**Keynote**<br/>[Dr. Roian Egnor -- Something old and something new: …](/egnor)``.

    >>> speaker_and_title("Prof. York Winter -- Towards full automation of behaviour training")
    ('York Winter', 'Towards full automation of behaviour training')
    >>> speaker_and_title("Break-out session -- room 2") is None
    True
    """
    found = _SPEAKER_DASH.match(collapse(text))
    names = names_in(without_honorific(found["name"]), words=2) if found else None
    return (names[0], found["title"]) if found and names and len(names) == 1 else None


def speaker_line(lines: list[list[tuple[str, str]]]) -> tuple[str, tuple[str, ...], str] | None:
    """A cell of a bold label over one link "Name -- Title": its title, speaker and label, else None.

    `lines` are the cell's lines as runs of (text, "bold" | "italic" | "link" | "plain").
    """
    if len(lines) != 2 or {style for _, style in lines[0]} != {"bold"} or {style for _, style in lines[1]} != {"link"}:
        return None
    given = speaker_and_title(" ".join(text for text, _ in lines[1]))
    return (given[1], (given[0],), collapse(" ".join(text for text, _ in lines[0]))) if given else None


def labelled_talk(lines: list[list[tuple[str, str]]]) -> tuple[str, tuple[str, ...], str] | None:
    """An italic kind over a bold title over plain names: its title, speakers and label, else None.

    MEEC 2022: ``<small><i>Paper presentation</i></small><br /><b>Could we Predict Flow from Ear-EEG?</b><br />
    Michael T. Knierim, …``. The label must name a kind or a talk and the last line list only names. Or one line of a
    bold kind, then the speakers and the title after a colon (`labelled_names_title`).
    """
    if len(lines) == 1:
        return labelled_names_title(lines[0])
    styles = [{style for _, style in runs} for runs in lines]
    if len(lines) != 3 or styles != [{"italic"}, {"bold"}, {"plain"}]:
        return None
    label, title, named = (collapse(" ".join(text for text, _ in runs)) for runs in lines)
    names = names_in(named, words=2) if label_kind(label) is not None or _GIVEN.search(label) else None
    return (title, names, label) if names and title else None


_GIVEN = re.compile(r"\b(?:talk|presentation|lecture)$", re.IGNORECASE)
"""A label of something its speakers give, whatever kind ("Paper presentation"): the title and names follow it."""


_NUMBER = re.compile(r"\s*#?\d+$")


def labelled_names_title(runs: list[tuple[str, str]]) -> tuple[str, tuple[str, ...], str] | None:
    """A bold kind, then "Names: Title" in plain text: the title, the speakers and the label, else None.

    DMLW 2022: ``<b>Invited Talk #1</b> Elaine Shi: Crypto meets decentralized mechanism design``; the
    names end at the first colon ("Xi Chen: Decentralized Finance: Delta Hedging …").
    """
    if len(runs) != 2 or runs[0][1] != "bold" or runs[1][1] != "plain":
        return None
    label = collapse(runs[0][0])
    named, colon, title = collapse(runs[1][0]).partition(": ")
    if not colon or not title or label_kind(_NUMBER.sub("", label)) is None:
        return None
    names = names_in(named, words=2)
    return (title, names, label) if names else None


_NAME_THEN_QUOTED = re.compile(r"^(?P<name>[^:\"“”]{3,60}):\s*[\"“](?P<title>[^\"“”]+)[\"”]$")


def name_then_quoted(title: str) -> tuple[str, tuple[str, ...]] | None:
    """A cell's `Name: "Title"` (MLDPR 2025's invited talks): the title without its quotes and the one name, else None.

    >>> name_then_quoted('Pieter Gijsbers: "Open Machine Learning"')
    ('Open Machine Learning', ('Pieter Gijsbers',))
    >>> name_then_quoted('Poster Clusters: "Session 1"') is None
    True
    """
    found = _NAME_THEN_QUOTED.match(title.strip())
    names = names_in(found["name"], words=2) if found else None
    return (found["title"].strip(), names) if found and names and len(names) == 1 else None


_BRACKETED = re.compile(r"^\((?P<inside>[^()]+)\)$")


def title_over_authors(lines: list[list[tuple[str, str]]]) -> tuple[str, tuple[str, ...], None] | None:
    """A title (a link to the paper, or plain) over its authors, then only links (a video): title and names, else None.

    3DOR 2021: ``<a href="https://doi.org/…">A Comprehensive Survey …</a> <div class="font-italic">(Georgios
    Zamanakos, Lazaros Tsochatzidis, …)</div> … <a class="yt-link">Watch video</a>``; its keynote writes
    ``Learning to See in the Data Age <div class="font-italic">Prof. Alexander M. Bronstein</div>``. The names
    line is all names (in brackets or not, an honorific left out); the links after it are the talk's materials.
    """
    if not 2 <= len(lines) <= 4 or any({style for _, style in runs} != {"link"} for runs in lines[2:]):
        return None
    if not any(style == "link" for runs in (lines[0], *lines[2:]) for _, style in runs):
        return None  # a paper's or a video's link says it is a talk ("Theme 1:" over "(To Be Announced)" is not)
    if {style for _, style in lines[0]} - {"link", "plain"} or {style for _, style in lines[1]} - {"plain", "italic"}:
        return None
    title, named = (collapse(" ".join(text for text, _ in runs)) for runs in lines[:2])
    bracketed = _BRACKETED.match(named)
    listed = bracketed["inside"] if bracketed else named
    names = names_in(", ".join(without_honorific(name.strip()) for name in listed.split(",")), words=2)
    if not title or title.endswith(":") or _BRACKETED.match(title) or names is None:
        return None
    return title, names, None


_KIND_BY = re.compile(r"^(?P<label>.+?)\s+by:?$", re.IGNORECASE)


def kind_by_speaker(lines: list[list[tuple[str, str]]]) -> tuple[str, tuple[str, ...], str] | None:
    """A kind "by" its speakers' names in bold (or links), over the title in italics: title, names, label; else None.

    UNCV 2025: ``Invited Talk by <strong><a href="…">Aleksandr Petiushko</a></strong><br><i>Safety and
    Uncertainty in Autonomous Driving</i>``: read as one text, the name was glued to the title's first words.
    UNCV 2023 leads the title's line with a plain "Title:" (``<br>Title: <i>…</i>``, ``<br>Title: TBA``).
    """
    if len(lines) != 2 or len(lines[0]) < 2 or (title := _italic_title(lines[1])) is None:
        return None
    (lead, lead_style), named = lines[0][0], lines[0][1:]
    found = _KIND_BY.match(collapse(lead))
    if lead_style != "plain" or found is None or label_kind(found["label"]) is None:
        return None  # "Talk given by …" over a quote is no kind's label
    if not any(style in ("bold", "link") for _, style in named) or any(style == "italic" for _, style in named):
        return None
    names = names_in(collapse(" ".join(text for text, _ in named)), words=2)
    return (title, names, found["label"]) if names else None


_TITLE_LEAD = re.compile(r"^\s*title\s*:\s*", re.IGNORECASE)


def _italic_title(runs: list[tuple[str, str]]) -> str | None:
    """A line all in italics, or after a plain "Title:" any text (UNCV 2023: "Title: <i>…</i>", "Title: TBA")."""
    if runs and runs[0][1] == "plain" and _TITLE_LEAD.match(runs[0][0]):
        title = collapse(" ".join([_TITLE_LEAD.sub("", runs[0][0]), *(text for text, _ in runs[1:])]))
        return title or None
    if {style for _, style in runs} != {"italic"}:
        return None
    return collapse(" ".join(text for text, _ in runs)) or None
