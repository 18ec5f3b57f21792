"""What a static site's YAML `subtitle` and `chair` say beside the title: SURE 2025's nagymaros theme.

SURE's `_layouts/program.html` shows an event's `title`, then its `chair` ("Session Chair: Ati
Priya Bajaj") and its `subtitle` as lines below it, and the subtitle is one of three things: the
keynote's speaker ("Dr. Brendan Dolan-Gavitt"), the session's papers ("• <a href=…>Title</a><br>•
…"), or the panel's people ("Panelists: [Panelist 1], …"). So a subtitle that is a list of two or
more bulleted lines is the session's papers (untimed items shown at it, as posters are at theirs);
one that opens with a role ("Panelists:", "Speakers:") names people (the names in it; a
placeholder such as "[Panelist 1]" is none, and the text is kept as the abstract); one that is a
person's name, in a file whose every other such subtitle is one too, is the speaker (an honorific
left out), and so is a name with where the person works after a comma (AI4FACD 2025:
`subtitle: Zhiru Zhang, Cornell University`, read as "Zhiru Zhang [Cornell University]"), or
in brackets after it. In a file where most subtitles say "by Name (Affiliation)" (ML in PL 2023)
those are the speakers, and the others ("(Also open after 12:00)") lines about the event. Any
other subtitle is the title's second part ("Oral Session 1: Humans & Non-Rigid Shapes", 3DV), and
PGBH's file of speakers titled and talks subtitled is `speaker_titled`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import attrs

from program.model import Item, Kind, Link, Role
from program.model.ids import item_id, make_ids_unique
from program.model.text import is_placeholder_name
from program.readers.coded_entries import ORGANISATION
from program.readers.lines.honorifics import without_honorific
from program.readers.title_authors import is_name_shaped
from program.readers.yaml_located import Located
from program.readers.yaml_names import split_names
from program.readers.yaml_people import titled_person
from program.readers.yaml_shape import Found, key_of, value
from program.readers.yaml_text import HREF, plain_text

_BREAK = re.compile(r"<br\s*/?>|</li>|\n", re.IGNORECASE)
_BULLET = re.compile(r"^[•·▪◦‣*-]\s*")
_ROLE = re.compile(
    r"^(?P<role>(?:\w+\s+)?(?:panell?ists?|speakers?|presenters?|moderators?|hosts?|chairs?"
    r"|modera|moderador[ae]?s?))\s*:\s*(?P<names>.*)$",  # AAHD 2026: "Modera: Romina De León"
    re.IGNORECASE | re.DOTALL,
)
_BY = re.compile(r"^by\s+(?P<rest>\S.*)$", re.IGNORECASE | re.DOTALL)
_AFFILIATED = re.compile(r"^[^()]+\([^()]+\)$")
_FULL_NAME = 2
"""Words of a name that an affiliation may follow after a comma ("Lovelace, Ada" is a name turned round)."""
_MOST_PAPERS = 2
"""A subtitle of this many bulleted lines or more is a list of papers."""


@attrs.frozen
class Titled:
    """An entry's title with what its subtitle says: people, an abstract, the keys read for which field."""

    title: str
    people: tuple[str, ...] = ()
    abstract: str | None = None
    used: tuple[tuple[str, str], ...] = ()
    title_key: str | None = None
    """The key the title was read from when it is the subtitle's (PGBH: the speaker titled, the talk subtitled)."""


def subtitle(entry: Located, mapping: dict[str, str]) -> tuple[str | None, str | None]:
    """The entry's subtitle key and its text as written (HTML kept), or Nones."""
    title_key = key_of(entry, "title", mapping)
    key = key_of({name: text for name, text in entry.items() if name != title_key}, "subtitle", mapping)
    written = entry.get(key) if key is not None else None
    return (key, written) if isinstance(written, str) and plain_text(written) else (None, None)


def papers(written: str) -> list[tuple[str, str | None]] | None:
    """A subtitle's papers, one bulleted line each (its title and its link), else None (not such a list)."""
    lines = [line for line in _BREAK.split(written) if plain_text(line)]
    if len(lines) < _MOST_PAPERS or not all(_BULLET.match(plain_text(line)) for line in lines):
        return None
    return [(_BULLET.sub("", plain_text(line)), link[1] if (link := HREF.search(line)) else None) for line in lines]


def person(text: str) -> str | None:
    """The person a text names: a name of two to six capitalised words, its honorific left out; else None."""
    name = without_honorific(" ".join(text.split()))
    return name if is_name_shaped(name) else None


def _speaker(text: str) -> str | None:
    """The speaker a subtitle names, "Name [Affiliation]" when where they work follows a comma; else None.

    After a full name, the rest is an affiliation when it names an organisation ("Institute of
    Computing Technology, Chinese Academy of Sciences") or is one capitalised word that is no name
    ("Meta"); "Ada Lovelace, Charles Babbage" is two people, no speaker and affiliation.
    """
    if (name := person(text)) is not None:
        return name
    if (named := _BY.match(text)) is not None or _AFFILIATED.match(text):  # ML in PL 2023: "by Name (Affiliation)"
        return titled_person(named["rest"] if named else text)
    before, _, place = " ".join(text.split()).partition(", ")
    name = person(before) if place else None
    if name is None or len(name.split()) < _FULL_NAME:
        return None
    one_word = len(place.split()) == 1 and place[:1].isupper() and place.isalpha()
    return f"{name} [{place}]" if ORGANISATION.search(place) or one_word else None


def subtitled_speakers(entries: Sequence[Located], mapping: dict[str, str]) -> bool:
    """Whether the file's subtitles that are neither papers nor a role's people are persons' names.

    All of them (some), or most of them written "by Name": then the others are lines about their event.
    """
    if any(value(entry, "people", mapping) is not None for entry in entries):
        return False
    written = [text for entry in entries if (text := subtitle(entry, mapping)[1]) is not None]
    plain = [plain_text(text) for text in written if papers(text) is None and not _ROLE.match(plain_text(text))]
    if plain and all(_speaker(text) is not None for text in plain):
        return True
    said_by = [text for text in plain if _BY.match(text) and _speaker(text) is not None]
    return len(said_by) * 2 > len(plain)


def titled(entry: Located, title: str, mapping: dict[str, str], *, speaker_titled: bool, speakers: bool) -> Titled:
    """The title and what the subtitle adds (see the module's text); `speakers` from `subtitled_speakers`."""
    key, written = subtitle(entry, mapping)
    if key is None or written is None:
        return Titled(title)
    text = plain_text(written)
    if speaker_titled:  # `title: Alex Graudenzi`, `subtitle: From evolution models …`
        return _speaker_titled(entry, title, text, key, mapping)
    if papers(written) is not None:
        return Titled(title, used=(("papers", f"{key} (a list)"),))
    if role := _ROLE.match(text):
        names = tuple(name for part in split_names(role["names"]) if (name := person(part)))
        return Titled(title, names, None if names else text, used=(("people", f"{key} ({role['role']}:)"),))
    if not speakers:
        return Titled(f"{title}: {text}", used=(("subtitle", key),))
    return _subtitled_speaker(title, text, key)


def _subtitled_speaker(title: str, text: str, key: str) -> Titled:
    """In a file of subtitled speakers: the speaker; any other subtitle a line about the event.

    ML in PL 2023's "(Also open after 12:00)" below "Registration" is no part of its title.
    """
    if (name := _speaker(text)) is not None:
        return Titled(title, (name,), used=(("people", key),))
    return Titled(title, abstract=text, used=(("abstract", key),))


def _speaker_titled(entry: Located, title: str, text: str, key: str, mapping: dict[str, str]) -> Titled:
    """In a file of speakers titled and talks subtitled: the talk by its speaker; else what the title is.

    A group in the speaker's place ("UKNC organisers", then `subtitle: Closing`) is nobody: the
    subtitle is the title. Any other title is the event's ("ARIA Breakout Session"), the subtitle
    a line about it ("Research funding opportunities and priorities"): its abstract.
    """
    title_key = key_of(entry, "title", mapping) or "title"
    if (name := titled_person(title)) is not None:
        return Titled(text, (name,), used=(("people", title_key),), title_key=key)
    if is_placeholder_name(title):
        return Titled(text, title_key=key)
    return Titled(title, abstract=text, used=(("abstract", key),))


def chairs(written: Any) -> tuple[str, ...]:
    """The people an entry's chair names ("Session Chair: Ati Priya Bajaj"), placeholders ("[Chair Name]") not."""
    if not isinstance(written, str):
        return ()
    text = plain_text(written)
    named = role["names"] if (role := _ROLE.match(text)) else text
    return tuple(
        name for part in split_names(named) if (name := _affiliated_person(part)) and not is_placeholder_name(name)
    )


_BRACKETED = re.compile(r"^(?P<name>[^()]+?)\s*(?P<bracket>\([^()]+\))$")


def _affiliated_person(text: str) -> str | None:
    """A person, with the affiliation in brackets written after the name kept as "Name [Affiliation]", else None.

    IS-EUD 2025: `chair: Giuseppe Desolda (University of Bari Aldo Moro, Italy)`, one person (its
    affiliation in square brackets, as the people index files it).
    """
    found = _BRACKETED.match(" ".join(text.split()))
    if found is None or (name := person(found["name"])) is None:
        return person(text)
    return f"{name} [{found['bracket'][1:-1].strip()}]"


def with_chairs(people: tuple[str, ...], written: Any) -> tuple[tuple[str, ...], Role]:
    """An entry's people and their role: chairs alone chair it (3DV's oral sessions).

    Beside speakers they are left out: an item has one role, and a chair is no speaker of the
    talk (TWoFCS 2019 writes its session's `chair` on each of the session's talks, beside the
    talk's `presenter`).
    """
    named = chairs(written)
    if named and not people:
        return named, Role.CHAIR
    return people, Role.SPEAKER


def chairs_left_out(entries: Sequence[Located], mapping: dict[str, str]) -> str | None:
    """The reading line for chairs written beside speakers, which `with_chairs` leaves out; None when none are."""
    beside = [
        named
        for entry in entries
        if (people := value(entry, "people", mapping)) and not (isinstance(people, str) and is_placeholder_name(people))
        if (named := chairs(value(entry, "chair", mapping)))
    ]
    if not beside:
        return None
    shown = ", ".join(dict.fromkeys(name for named in beside for name in named))
    return f"chairs beside speakers on {len(beside)} entries left out, an item having one role: {shown}"


def with_papers(items: list[Item], found: Sequence[Found], mapping: dict[str, str]) -> list[Item]:
    """`items` with each session's subtitled papers after it: untimed, shown at the session."""
    entries = {one.entry.line: one.entry for one in found if one.line is None}
    listed = {
        index: listing
        for index, item in enumerate(items)
        if (entry := entries.get(item.source.line or 0)) is not None
        and (written := subtitle(entry, mapping)[1]) is not None
        and (listing := papers(written))
    }
    if not listed:
        return items
    unique = make_ids_unique(items)  # a paper names its session by id
    result: list[Item] = []
    for index, item in enumerate(unique):
        result.append(item)
        result.extend(_paper(title, link, item) for title, link in listed.get(index, ()))
    return result


def _paper(title: str, link: str | None, session: Item) -> Item:
    kind = Kind.POSTER if session.kind is Kind.POSTER_SESSION else Kind.TALK
    return Item(
        id=item_id(kind, title),
        kind=kind,
        title=title,
        source=session.source,
        links=(Link("paper", link),) if link else (),
        sessions=(session.id,),
        day=session.start.date() if session.start is not None else session.day,
        scraped=True,
    )
