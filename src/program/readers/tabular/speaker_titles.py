"""A title column that holds the speakers, its talks' titles in the description beside it.

The al-folio workshop sites (ICLR 2022's ML Evaluation Standards, ICLR 2023's Reincarnating RL)
keep their schedule as `_data/schedule.csv`: `start,end,categories,title,desc`, and their
template prints `<strong>{{categories}}</strong> {{title}}<br/>{{desc}}`. For a talk, `title`
holds the speaker ("Thomas Wolf") and `desc` the talk's title; for a panel, `title` holds its
topic and `desc` its panelists ("Rotem Dror, Sara Hooker … and Gaël Varoquaux").

Whether a table is written so is decided from its cells, not its names: the rows that fill both
columns, most of them with a person's name in the title column and a title's line (no sentences)
in the description, the others with a list of names there. Each row is then read by what it
holds: a name and a title are the speaker and the title, a topic and names the title and the
people; any other row keeps its title and its description as the abstract.
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

_SWAPPED = {"title": "people", "abstract": "title"}
"""What the title and description columns hold in such a table, as the mapping line says it."""
_TITLE_LINE = 200
"""Longer than this, a description is an abstract, not a talk's title."""
_SENTENCE = re.compile(r"[.!?]\s+[A-Z]|[.!]$")
"""A sentence's end inside or at the end of a text: an abstract's, not a title's ("?" may end a title)."""


def _person(text: str) -> str | None:
    """The person a title cell names ("Prof. Jie M. Zhang" is Jie M. Zhang), or None for a session's name."""
    name = without_honorific(text.strip())
    if not is_name_shaped(name) or SESSION_WORDS & set(name.casefold().split()):
        return None
    return name


def _names(text: str) -> tuple[str, ...]:
    """The people a description lists: two names or more, most of them shaped as names; else ()."""
    names = split_people(text)
    shaped = [name for name in names if is_name_shaped(without_honorific(name))]
    return names if len(names) >= 2 and len(shaped) * 3 >= len(names) * 2 else ()


def _is_title_line(text: str) -> bool:
    return "\n" not in text and len(text) <= _TITLE_LINE and not _SENTENCE.search(text) and not _names(text)


@attrs.frozen
class _Reading:
    talks: int
    panels: int
    both: int


def _count(rows: Sequence[Row]) -> _Reading:
    both = [(row.title, row.fields["abstract"]) for row in rows if row.title and row.fields.get("abstract")]
    talks = sum(_person(title) is not None and _is_title_line(about) for title, about in both)
    panels = sum(bool(_names(about)) for _, about in both)
    return _Reading(talks, panels, len(both))


def people_in_titles(rows: Sequence[Row], mapping: Mapping) -> tuple[tuple[Row, ...], Mapping, tuple[str, ...]]:
    """The rows with speakers and titles put right when the title column holds people; else as they were.

    Returns the rows, the mapping as read (its names say "title → people, desc → title") and
    the line `program check` prints of it.
    """
    if "people" in mapping.columns or "abstract" not in mapping.columns or "title" not in mapping.columns:
        return tuple(rows), mapping, ()
    found = _count(rows)
    if found.talks < 2 or found.talks * 2 <= found.both or (found.talks + found.panels) * 4 < found.both * 3:
        return tuple(rows), mapping, ()
    read = tuple(_reread(row) for row in rows)
    title_name = next(name for name, field in mapping.names if field == "title")
    about_name = next(name for name, field in mapping.names if field == "abstract")
    names = tuple((name, _SWAPPED.get(field, field)) for name, field in mapping.names)
    said = (
        f"{title_name!r} holds people's names in {found.talks} of the {found.both} rows that fill {about_name!r} "
        f"too: read as their speakers, {about_name!r} as the talks' titles"
    )
    if found.panels:
        rows_said = "1 row" if found.panels == 1 else f"{found.panels} rows"
        said += f"; in {rows_said} {about_name!r} lists people (a panel's): {title_name!r} is the title"
    others = found.both - found.talks - found.panels
    if others:
        said += f"; {others} rows keep {title_name!r} as the title and {about_name!r} as the abstract"
    return read, attrs.evolve(mapping, names=names), (said,)


def _reread(row: Row) -> Row:
    about = row.fields.get("abstract", "")
    if not row.title or not about:
        return row
    fields = {field: text for field, text in row.fields.items() if field != "abstract"}
    if names := _names(about):
        return attrs.evolve(row, people=names, fields=fields)
    person = _person(row.title)
    if person is not None and _is_title_line(about):
        return attrs.evolve(row, title=about, people=(person,), fields=fields)
    return row
