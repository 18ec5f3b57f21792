"""Authors written one a line with where they work set apart: ``Ada Lovelace, _Engine Club_`` (AD&D 2024).

Under a paper's title (a heading), such lines are its authors, each with an affiliation.
"""

from __future__ import annotations

from collections.abc import Sequence

from program.readers.paper_lines import PaperLine, is_person_name


def affiliated_author(line: PaperLine) -> str | None:
    """The author of a line that names one person and, set apart, where they work; None for any other line.

    ``Ada Lovelace, _Engine Club_`` gives "Ada Lovelace (Engine Club)"; two places
    (``_A_ , _B_``) are joined by a comma, and one with brackets of its own goes in square
    ones ("Hans D. Schotten [University of Kaiserslautern (RPTU) Germany, …]"), the forms
    an author list and the people directory read as a name and its affiliation.
    """
    if line.heading or line.abstract or len(line.parts) < 2 or line.parts[0][1]:
        return None
    name = line.parts[0][0].strip()
    places = [text.strip(" ,;") for text, apart in line.parts[1:] if apart]
    if not name.endswith(",") or len(places) != len(line.parts) - 1 or not is_person_name(name[:-1].strip()):
        return None
    place = ", ".join(place for place in places if place)
    return f"{name[:-1].strip()} {'[' + place + ']' if '(' in place else '(' + place + ')'}" if place else None


def affiliated_authors(lines: Sequence[PaperLine], index: int) -> tuple[list[str], int]:
    """The authors of the run of `affiliated_author` lines from `index`, and the index after it."""
    authors: list[str] = []
    while index < len(lines) and (author := affiliated_author(lines[index])) is not None:
        authors.append(author)
        index += 1
    return authors, index
