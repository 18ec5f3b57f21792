"""Whether a text names an organisation: words shared by the people index and the readers' speaker cells.

The readers tell an affiliation from a person ("Esther Viseras Alarcón, Departamento de Genética") and the
people index splits "Name (Organisation)": both ask the same question, so the words live below both.
"""

from __future__ import annotations

import re

ORGANISATION_WORDS = frozenset(
    {"university", "univ", "universität", "universitat", "université", "universite", "universidad", "università",
     "universiteit", "uni", "institute", "institut", "instituto", "lab", "labs", "laboratory", "laboratories", "e.v",
     "ev", "gmbh", "ggmbh", "inc", "ltd", "llc", "llp", "corp", "corporation", "company", "society", "club",
     "foundation", "stiftung", "college", "school", "center", "centre", "zentrum", "group", "team", "project",
     "association", "verein", "ag", "hochschule", "academy", "akademie", "department", "dept", "ministry", "agency",
     "network", "collective", "kollektiv", "initiative", "council", "committee", "gesellschaft", "bund", "faculty",
     "fakultät", "hackerspace", "makerspace", "ccc", "e.k", "sarl", "b.v", "asbl"}
)  # fmt: skip
"""Words (case-folded, without a final dot) that mark text as an organisation's name."""

ORGANISATION_ENDINGS = ("verein", "hochschule", "stiftung", "universität", "gesellschaft", "institut", "zentrum")
"""German compounds end in their organisation word ("Förderverein", "Fachhochschule")."""

_WORD = re.compile(r"[^\W_]+(?:\.[^\W_]+)*\.?")


def is_organisation(text: str) -> bool:
    """Whether `text` names an organisation: it has an organisation word ("Society", "e.V.", "GmbH").

    >>> is_organisation("Engine Club e.V."), is_organisation("Chaos Computer Club"), is_organisation("Augusta")
    (True, True, False)
    """
    words = [word.casefold().rstrip(".") for word in _WORD.findall(text)]
    return any(word in ORGANISATION_WORDS or word.endswith(ORGANISATION_ENDINGS) for word in words)
