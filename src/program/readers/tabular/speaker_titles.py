"""A title column that holds the speakers, its talks' titles in the description beside it.

The al-folio workshop sites (ICLR 2022's ML Evaluation Standards, ICLR 2023's Reincarnating RL)
keep their schedule as `_data/schedule.csv`: `start,end,categories,title,desc`, and their
template prints `<strong>{{categories}}</strong> {{title}}<br/>{{desc}}`. For a talk, `title`
holds the speaker ("Thomas Wolf") and `desc` the talk's title; for a panel, `title` holds its
topic and `desc` its panelists ("Rotem Dror, Sara Hooker … and Gaël Varoquaux"). Beyond Backprop
2020's headerless sheet writes the same in two columns a program file maps as title and people:
`Bastiaan Veeling | Bio-Constrained Intelligence and The Great Filter` for an invited talk,
`Randomized Automatic Differentiation | Deniz Oktay, Nick B McGreivy, …` for a paper.

Whether a table is written so is decided from its cells, not its names: the rows that fill both
columns, most of them with a person's name in the title column and a title's line (no sentences)
in the description, the others with a list of names there. Each row is then read by what it
holds: a name and a title's line are the speaker and the title (a person in the title column
wins over a line that could be two names: "Active Inference and Artificial Curiosity"), a topic
and names the title and the people; any other row keeps its title and its description.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from program.readers.lines.honorifics import without_honorific
from program.readers.tabular.columns import SESSION_WORDS, Mapping
from program.readers.tabular.people import split_people
from program.readers.tabular.rows import Row
from program.readers.title_authors import is_name_shaped

_SWAPPED = {"title": "people", "abstract": "title", "people": "title"}
"""What the title and description (or people) columns hold in such a table, as the mapping line says it."""
_TITLE_LINE = 200
"""Longer than this, a description is an abstract, not a talk's title."""
_SENTENCE = re.compile(r"[.!?]\s+[A-Z]|[.!]$")
"""A sentence's end inside or at the end of a text: an abstract's, not a title's ("?" may end a title)."""
_WITH = re.compile(r"^\s*with\s+", re.IGNORECASE)
"""A Q&A's people written as "with A, B and C" (Beyond Backprop 2020)."""
_ARTICLE = frozenset({"the", "a", "an"})
"""Words no name opens with: "The Great Filter" is half of a title."""


def _person(text: str) -> str | None:
    """The person a title cell names ("Prof. Jie M. Zhang" is Jie M. Zhang), or None for a session's name."""
    name = without_honorific(text.strip())
    if not is_name_shaped(name) or SESSION_WORDS & set(name.casefold().split()):
        return None
    return name


def _names(text: str) -> tuple[str, ...]:
    """The people a description lists: two names or more, most of them shaped as names; else ()."""
    names = split_people(_WITH.sub("", text))
    shaped = [
        name for name in names if is_name_shaped(without_honorific(name)) and name.split()[0].casefold() not in _ARTICLE
    ]
    return names if len(names) >= 2 and len(shaped) * 3 >= len(names) * 2 else ()


def _is_line(text: str) -> bool:
    return "\n" not in text and len(text) <= _TITLE_LINE and not _SENTENCE.search(text)


def _is_talk(title: str, about: str) -> bool:
    """Whether the title cell names a person and the other a title's line: a speaker and their talk's title.

    A list of three names or more, or of names with commas, is people however name-shaped the title
    is ("Randomized Automatic Differentiation | Deniz Oktay, Nick B McGreivy, …").
    """
    if _person(title) is None or not _is_line(about):
        return False
    names = _names(about)
    return not names or (len(names) < 3 and "," not in about)


@attrs.frozen
class _Reading:
    talks: int
    panels: int
    both: int


def _count(pairs: Sequence[tuple[str, str]]) -> _Reading:
    both = [(title, about) for title, about in pairs if title and about]
    talks = sum(_is_talk(title, about) for title, about in both)
    panels = sum(bool(_names(about)) and not _is_talk(title, about) for title, about in both)
    return _Reading(talks, panels, len(both))


def people_in_titles(rows: Sequence[Row], mapping: Mapping) -> tuple[tuple[Row, ...], Mapping, tuple[str, ...]]:
    """The rows with speakers and titles put right when the title column holds people; else as they were.

    The other column is the description, or the people column when the table maps one and no
    description (each row's own text in it, as written).

    Returns the rows, the mapping as read (its names say "title → people, desc → title") and
    the line `program check` prints of it.
    """
    other = _other_field(mapping)
    if other is None:
        return tuple(rows), mapping, ()
    pairs = [(row.title, _about(row, other, mapping)) for row in rows]
    found = _count(pairs)
    if found.talks < 2 or found.talks * 2 <= found.both or (found.talks + found.panels) * 4 < found.both * 3:
        return tuple(rows), mapping, ()
    read = tuple(_reread(row, about, other) for row, (_, about) in zip(rows, pairs, strict=True))
    title_name = next(name for name, field in mapping.names if field == "title")
    about_name = next(name for name, field in mapping.names if field == other)
    names = tuple(
        (name, _SWAPPED.get(field, field) if field in ("title", other) else field) for name, field in mapping.names
    )
    said = (
        f"{title_name!r} holds people's names in {found.talks} of the {found.both} rows that fill {about_name!r} "
        f"too: read as their speakers, {about_name!r} as the talks' titles"
    )
    if found.panels:
        rows_said = "1 row" if found.panels == 1 else f"{found.panels} rows"
        said += f"; in {rows_said} {about_name!r} lists people (a panel's): {title_name!r} is the title"
    others = found.both - found.talks - found.panels
    if others:
        kept = "the abstract" if other == "abstract" else "its people"
        said += f"; {others} rows keep {title_name!r} as the title and {about_name!r} as {kept}"
    return read, attrs.evolve(mapping, names=names), (said,)


def _other_field(mapping: Mapping) -> str | None:
    """The column read beside the title: the description, else one people column; None when neither or both."""
    if "title" not in mapping.columns:
        return None
    if "abstract" in mapping.columns and "people" not in mapping.columns:
        return "abstract"
    if "people" in mapping.columns and "abstract" not in mapping.columns and len(mapping.columns["people"]) == 1:
        return "people"
    return None


def _about(row: Row, other: str, mapping: Mapping) -> str:
    if other == "abstract":
        return row.fields.get("abstract", "")
    column = mapping.columns["people"][0]
    return row.cells[column].text.strip() if column < len(row.cells) else ""


def _reread(row: Row, about: str, other: str) -> Row:
    if not row.title or not about:
        return row
    fields = {field: text for field, text in row.fields.items() if field != "abstract"}
    person = _person(row.title)
    if person is not None and _is_talk(row.title, about):
        return attrs.evolve(row, title=about, people=(person,), fields=fields)
    if names := _names(about):
        return attrs.evolve(row, people=names, fields=fields)
    return row
