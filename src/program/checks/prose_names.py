"""People whose names read as sentences: a biography or a description taken for the people.

Campus Party Brasil 2017's app export writes each talk's `speakers` as prose ("Anchises Moraes é
um rockstar de Segurança, que usa sua mente hacker …", up to 2,067 characters): read as people,
every name in the program was a paragraph, and nothing said so. A name is a few words; one of
many words, or many characters, is a column or field holding something else.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from program.model import Item, Problem, Severity

MOST_NAME_WORDS = 10
"""Words in the longest names met ("María del Carmen Fernández de la Vega y Sanz" has 9)."""
MOST_NAME_CHARACTERS = 100
_ASIDE = re.compile(r"\s*[\[(][^\])]*[\])]")
"""An affiliation or nickname in brackets after a name ("Ada Lovelace [Analytical Engines]")."""
_SHOWN = 60


def prose_names(items: Sequence[Item]) -> Iterator[Problem]:
    """One warning for the people of `items` whose names read as sentences, at the first one's line."""
    found = [(item, name) for item in items for name in item.people if is_prose(name)]
    if not found:
        return
    item, name = found[0]
    shown = name if len(name) <= _SHOWN else name[:_SHOWN].rstrip() + "…"
    yield Problem(
        Severity.WARNING,
        "prose-name",
        f"{len(found)} of the people named read as sentences, not names (the first: {shown!r}, "
        f"{len(name)} characters, on '{item.title}'): check which column or field holds the people",
        item.source,
    )


def is_prose(name: str) -> bool:
    """Whether a person's name, its bracketed asides left out, is too long to be a name.

    >>> is_prose("Ada Lovelace [University of London, Analytical Engines Department]")
    False
    >>> is_prose("Moacyr Alves Junior que é o diretor de parcerias da ESL Brasil é também presidente")
    True
    """
    bare = _ASIDE.sub("", name)
    return len(bare.split()) > MOST_NAME_WORDS or len(bare) > MOST_NAME_CHARACTERS
