"""A people cell of several speakers' cards, a line each: "Name, Organisation <br> Name, Organisation".

Agora des Sciences 2026 (Grenoble) writes its `intervenant` column as `Bruno Jourdain, IGE <br>
Anne-Sarah Amblard, ISTerre <br> Alexandre Aguila, SCALAE`: three people, each with where they
work (or what they do: `Bastien Chrétien, comédien et metteur en scène`). Read as one list of
names, the cell gave its first name only, or took an organisation written as one word
(`AurorAlpes`, `Nemeton`) or a trade for a person. Each line's name is what precedes its first
comma, and the rest is that person's organisation. And a cell that names who speaks and then,
after a dash, what they do (`AurorAlpes — Mot de bienvenue et présentation de l'événement`) names
the one before the dash.
"""

from __future__ import annotations

import re

from program.model.html_text import html_lines, looks_like_html
from program.readers.tabular.people import looks_like_name, split_people

_MIN_CARDS = 2
_DASHED = re.compile(r"^(?P<who>[^—–]{2,80}?)\s+[—–]\s+(?P<what>\S.*)$", re.DOTALL)
"""Who, a spaced em or en dash, then what they do there."""
_PROSE_WORDS = 3


def speaker_cards(text: str) -> tuple[tuple[str, str], ...] | None:
    """The (name, organisation) of each line of an HTML cell of speakers' cards; None for any other cell.

    Every line must open with a name of two words or more before its first comma, at least one
    must give an organisation after it, and none may list further names there ("Ada Lee, Bo Chen").

    >>> speaker_cards("Bruno Jourdain, IGE <br> Anne-Sarah Amblard, ISTerre <br> Alexandre Aguila, SCALAE")
    (('Bruno Jourdain', 'IGE'), ('Anne-Sarah Amblard', 'ISTerre'), ('Alexandre Aguila', 'SCALAE'))
    >>> speaker_cards("Ada Lee, Bo Chen <br> Cy Dorn, Ed Fox") is None
    True
    """
    if not looks_like_html(text):
        return None
    lines = [" ".join(line.split()) for line in html_lines(text) if line.strip()]
    if len(lines) < _MIN_CARDS:
        return None
    cards: list[tuple[str, str]] = []
    for line in lines:
        name, _, organisation = (piece.strip(" ,") for piece in line.partition(","))
        if len(name.split()) < 2 or not looks_like_name(name) or _lists_names(organisation):
            return None
        cards.append((name, organisation))
    return tuple(cards) if any(organisation for _, organisation in cards) else None


def _lists_names(organisation: str) -> bool:
    """Whether what follows a line's first comma is more names of two words or more, not an organisation."""
    pieces = [piece.strip() for piece in organisation.split(",") if piece.strip()]
    return bool(pieces) and all(len(piece.split()) >= 2 and looks_like_name(piece) for piece in pieces)


def before_dash(text: str) -> str:
    """A people cell without what the one it names does after a dash ("AurorAlpes — Mot de bienvenue …").

    >>> before_dash("AurorAlpes — Mot de bienvenue et présentation de l'événement")
    'AurorAlpes'
    >>> before_dash("Ada Lee – Bo Chen")
    'Ada Lee – Bo Chen'
    """
    found = _DASHED.match(text.strip())
    if found is None or not looks_like_name(found["who"]) or len(split_people(found["who"])) != 1:
        return text
    words = found["what"].split()
    prose = len(words) >= _PROSE_WORDS and sum(word[:1].islower() for word in words) * 2 >= len(words)
    return found["who"].strip() if prose else text


__all__ = ["before_dash", "speaker_cards"]
