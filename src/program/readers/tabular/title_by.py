"""A title cell that names its speaker after "by": ``Lecture by dr. Massimo Mantegazza, "Sodium Channels …"``.

The Pietrobon symposium 2026's TSV (``day | hour | content``, no people column) writes each
lecture so, the talk's title quoted after its speaker; its welcome names the speaker after
their role (``Welcome by the Department Head, Prof. Rosario Rizzuto``) and its last lecture
the speaker only (``Concluding Lecture by Prof. Daniela Pietrobon``). The speaker is the row's
person, without the honorific (as every other file names them); a quoted title is the row's
title and the words before "by" its label ("Lecture"); without one, the title stays as written
(TPM 2024's "Invited Talk by Devendra Singh Dhami" and its kin: the words before "by" alone
would say less than the page does).
"""

from __future__ import annotations

import re

from program.readers.lines.honorifics import without_honorific
from program.readers.lines.names import names_in
from program.readers.tabular.columns import Mapping
from program.readers.tabular.row_fields import people_in_title

_BY = re.compile(
    r"^(?P<before>[^\"“”,:]{2,40}?)\s+by\s+(?P<who>[^\"“”]+?)(?:\s*[,:–—-]?\s*[\"“](?P<title>[^\"“”]{3,})[\"”])?\s*$"
)
"""Words, "by", the speaker (perhaps after their role), then perhaps the talk's title in quotes."""
_NOT_SPOKEN = re.compile(
    r"\b(?:sponsored|supported|funded|powered|hosted|organi[sz]ed|offered|provided|catered|brought to you)$",
    re.IGNORECASE,
)
"""What comes "by" a firm or a host, not a speaker (EDUCAUSE 2016: "CIO Lounge - Sponsored by Unit4, Gold Partner")."""
_MAX_BEFORE_WORDS = 4
"""Words before "by" that can be a label or a short title ("Concluding Lecture"); more are a title's own "by"."""
_BYLINE = re.compile(r"^(?:by|por|von|par|di|door|przez)\s+(?P<who>\S.*)$", re.IGNORECASE)
"""A line that only says who: "por Thomas Alvarenga" (FrontInVale 2023), "by …", "von …", "par …", "di …"."""
_LINE_BREAKS = re.compile(r"\s*(?:<br\s*/?>|\n)\s*", re.IGNORECASE)
_MAX_ROLE_WORDS = 5
"""Words of a role before the speaker's name ("the Department Head")."""


def titled_by(
    title: str, people: tuple[str, ...], fields: dict[str, str], mapping: Mapping
) -> tuple[str, tuple[str, ...], dict[str, str]]:
    """The row's title, people and fields with a speaker named after "by" in a table with no people column.

    A row that has its people, or a title that is no such cell, is kept; "Invited Talk by Devendra Singh
    Dhami (…)" and its kin keep their title and give its person (`row_fields.people_in_title`).
    """
    if people or mapping.columns.get("people"):
        return title, people, fields
    if (bylined := abstract_bylines(fields.get("abstract", ""))) is not None:
        names, only_bylines = bylined
        return title, names, {key: text for key, text in fields.items() if key != "abstract" or not only_bylines}
    spoken = _spoken(title)
    if spoken is None:
        return title, people_in_title(title, mapping), fields
    before, speaker, quoted = spoken
    if quoted is None:  # "Welcome by …, Prof. Rosario Rizzuto": the title as written, as TPM 2024's "Invited Talk by …"
        return title, (speaker,), fields
    return quoted, (speaker,), {"kind": before, **fields}


def abstract_bylines(abstract: str) -> tuple[tuple[str, ...], bool] | None:
    """The speakers of a description made of bylines, and whether it is nothing else; None for any other text.

    FrontInVale 2023's schedule.json has no speaker key: each talk's `description` is `por Thomas
    Alvarenga`, the speaker and nothing more (so no abstract either), and each lightning round's
    lists its talks, a title then a byline for each (`Mapa de estudo…<br>por Roger Camargo<br><br>…`):
    the round's people are theirs, the description kept. A description that says more than titles and
    bylines ("Abertura oficial do FrontInVale com os apresentadores") names nobody.

    >>> abstract_bylines("por Gabriela Rodrigues da Cruz")
    (('Gabriela Rodrigues da Cruz',), True)
    >>> abstract_bylines("Web Components<br>por Caique de Castro<br><br>A corrida<br>por Keit Oliveira")
    (('Caique de Castro', 'Keit Oliveira'), False)
    >>> abstract_bylines("A talk by the team behind it") is None
    True
    """
    lines = [line for line in _LINE_BREAKS.split(abstract.strip()) if line]
    bylines = [_BYLINE.match(line) for line in lines]
    if not lines:
        return None
    titled = all(
        found is not None or (at + 1 < len(lines) and bylines[at + 1] is not None) for at, found in enumerate(bylines)
    )
    pairs = all(bylines[at] is None or at == 0 or bylines[at - 1] is None for at in range(len(lines)))
    if not titled or not pairs or not any(bylines):
        return None
    names: list[str] = []
    for found in bylines:
        if found is not None:
            named = names_in(without_honorific(found["who"].strip()), words=2)
            if named is None:
                return None
            names.extend(named)
    return tuple(dict.fromkeys(names)), all(found is not None for found in bylines)


def _spoken(title: str) -> tuple[str, str, str | None] | None:
    """The words before "by", the speaker, and the quoted title; None for a title of another shape.

    A "by" inside brackets credits the title (AAJA 2025's `ABC leadership salon (Presented by AAJA Executive
    Leadership Program)`, `… (Presented by SJN)`: a sponsor, who gave `AAJA Executive Leadership Program)` as a
    person): no speaker, and no name with a stray bracket.
    """
    found = _BY.match(" ".join(title.split()))
    if found is None or len(found["before"].split()) > _MAX_BEFORE_WORDS or _NOT_SPOKEN.search(found["before"]):
        return None
    if _unclosed(found["before"]) or _unclosed(found["who"]):
        return None
    *role, named = found["who"].split(", ")
    if role and len(", ".join(role).split()) > _MAX_ROLE_WORDS:
        return None
    speaker = without_honorific(named.strip())
    names = names_in(speaker, words=2)
    if names is None or len(names) != 1 or (role and names_in(", ".join(role), words=2) is not None):
        return None  # "by A, B": two speakers, left to the people readers
    quoted = " ".join(found["title"].split()) if found["title"] else None
    return found["before"].strip(), names[0], quoted


def _unclosed(text: str) -> bool:
    """Whether a text opens or closes a bracket it does not close or open: a part of a bracketed aside."""
    depth = 0
    for sign in text:
        depth += {"(": 1, ")": -1}.get(sign, 0)
        if depth < 0:
            return True
    return depth != 0
