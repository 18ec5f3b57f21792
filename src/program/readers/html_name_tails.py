"""A table cell's title followed by its speaker and who they are, with no mark between title and name.

BLINDHub 2020's launch (Bucharest) writes each talk in one cell:
`Cuvânt de bun venit Dana Deac, Președinte, Fundația Orange`; `De la nevoie la adaptare rezonabilă
Dacian Pribeanu, Expert`. The name is the run of two or three capitalised words before the first
comma; the title, the words before it, ends in a word that starts in lower case or closes a bracket
(`… universităţi)  Tudorel Tupiluşi, Preşedinte …`), so a Title-Case title never loses its last
words to a name ("Keynote: Data Science Today, Tomorrow" stays whole). A single such cell could be
chance ("Lunch at the Grand Hotel, Room 3"), so a table's cells are split only when two or more of
them are written so and none of them already has people.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from program.model import Item
from program.model.ids import item_id

_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_]*(?:-[^\W\d_]+)?$")
_LEAST_CELLS = 2
_SHORT = 3
"""The longest article or preposition ("the", "at", "în") that leads into a capitalised place, not a name."""


def _is_name_word(word: str) -> bool:
    """A capitalised word of letters: "Deac", "Tupiluşi", "Jean-Pierre"; not "BLINDHub" (capitals inside)."""
    return _NAME_WORD.match(word) is not None and word[0].isupper() and not any(c.isupper() for c in word[1:2])


def _split(title: str) -> tuple[str, str] | None:
    """The title and the name of a cell written "Title Name Surname, Role, Org", else None."""
    head, comma, rest = title.partition(",")
    words = head.split()
    if not comma or not rest.strip():
        return None
    run = 0
    while run < len(words) and _is_name_word(words[-1 - run]):
        run += 1
    if not 2 <= run <= 3 or run == len(words):
        return None
    before = words[-1 - run]
    # a Title-Case title's last word could be a name's first; "at the Grand Hotel": a short word leads to a place
    ended = (before[:1].islower() and len(before) > _SHORT) or before.endswith(")") or before[1:] != before[1:].lower()
    if not ended:
        return None
    return " ".join(words[:-run]), " ".join(words[-run:])


def name_tails(items: Sequence[Item]) -> list[Item]:
    """The table's items, each cell written "Title Name, Role, Org" split into its title and its person."""
    splits = [_split(item.title) if not item.people else None for item in items]
    if sum(split is not None for split in splits) < _LEAST_CELLS or any(item.people for item in items):
        return list(items)
    return [
        attrs.evolve(item, id=item_id(item.kind, split[0]), title=split[0], people=(split[1],))
        if split is not None
        else item
        for item, split in zip(items, splits, strict=True)
    ]
