"""Authors written one a line with where they work: ``Ada Lovelace, _Engine Club_`` (AD&D 2024).

Under a paper's title (a heading), such lines are its authors, each with an affiliation. STIL 2019
writes each author line all in italics, the place in brackets: ``_Sidney Leal (ICMC - USP - Brazil)_;``.
Under a title all set apart (``<li><strong>Title</strong></li>``, ERES 2024), so are plain lines of
one name and where they work in brackets (``<li>Lis Ângela De Bortoli (IFRS)</li>``): the next
paper's title, set apart too, ends the run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from program.readers.paper_lines import PaperLine, is_person_name
from program.readers.title_authors import NAME_PARTICLES


def affiliated_author(line: PaperLine) -> str | None:
    """The author of a line that names one person and, set apart, where they work; None for any other line.

    ``Ada Lovelace, _Engine Club_`` gives "Ada Lovelace (Engine Club)"; two places
    (``_A_ , _B_``) are joined by a comma, and one with brackets of its own goes in square
    ones ("Hans D. Schotten [University of Kaiserslautern (RPTU) Germany, …]"), the forms
    an author list and the people directory read as a name and its affiliation.
    """
    if line.heading or line.abstract or len(line.parts) < 2 or line.parts[0][1]:
        return _bracketed_author(line)
    name = line.parts[0][0].strip()
    places = [text.strip(" ,;") for text, apart in line.parts[1:] if apart]
    if not name.endswith(",") or len(places) != len(line.parts) - 1 or not is_person_name(name[:-1].strip()):
        return None
    place = ", ".join(place for place in places if place)
    return f"{name[:-1].strip()} {'[' + place + ']' if '(' in place else '(' + place + ')'}" if place else None


_BRACKETED_PLACE = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<place>[^()]+)\)$")


def bracketed_author(line: PaperLine) -> str | None:
    """The author of a plain line that names one person and where they work in brackets; None for any other line.

    The place goes in square brackets ("Lis Ângela De Bortoli [IFRS]"): in round ones, one word
    reads as a nickname, and "IFRS" or "UEM" is where the author works.
    """
    if line.heading or line.abstract or line.links or any(apart for _, apart in line.parts):
        return None
    if (match := _BRACKETED_PLACE.match(line.text.strip())) is None or "," in match["name"]:
        return None
    return f"{match['name']} [{match['place'].strip()}]" if is_person_name(match["name"]) else None


def _set_apart(line: PaperLine) -> bool:
    return bool(line.parts) and all(apart for _, apart in line.parts)


_NAME_AND_PLACE = re.compile(r"^(?P<name>[^()\[\]]+?)\s*\((?P<place>.+)\)$")


def _bracketed_author(line: PaperLine) -> str | None:
    """The author of a line all set apart that is a name and where they work in brackets, else None.

    ``_Thaís Gaudêncio do Rêgo (Universidade Federal da Paraíba (UFPB) - Brazil)_`` gives "Thaís
    Gaudêncio do Rêgo [Universidade Federal da Paraíba (UFPB) - Brazil]": square brackets, as a
    place holding brackets of its own is written for the people directory.
    """
    if line.heading or line.abstract or not line.parts or not line.parts[0][1]:
        return None
    if any(apart or text.strip(" ;,") for text, apart in line.parts[1:]):
        return None  # "_Name (Org)_ and more": not the author line alone
    found = _NAME_AND_PLACE.match(line.parts[0][0].strip(" ;,"))
    if found is None or not _balanced(found["place"]):
        return None
    # "Thaís Gaudêncio do Rêgo": "do" is a title's word in English, a particle of a name in Portuguese
    named = " ".join(word for word in found["name"].split() if word not in NAME_PARTICLES)
    return f"{found['name']} [{found['place']}]" if is_person_name(named) else None


def _balanced(text: str) -> bool:
    """Whether every bracket a text opens it closes, in order ("A (B) - C", not "A) - (C")."""
    depth = 0
    for character in text:
        depth += {"(": 1, ")": -1}.get(character, 0)
        if depth < 0:
            return False
    return depth == 0


def affiliated_authors(lines: Sequence[PaperLine], index: int) -> tuple[list[str], int]:
    """The authors of the run of `affiliated_author` lines from `index`, and the index after it.

    Below a title all set apart, the run may be of `bracketed_author` lines instead.
    """
    bracketed = 0 < index <= len(lines) and _set_apart(lines[index - 1]) and not lines[index - 1].heading
    authors: list[str] = []
    while index < len(lines) and (
        (author := affiliated_author(lines[index])) is not None
        or (bracketed and (author := bracketed_author(lines[index])) is not None)
    ):
        authors.append(author)
        index += 1
    return authors, index
