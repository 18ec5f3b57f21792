"""A table that writes the one before it again in another language: a translation, not more of the programme.

The Moscow child-safety conference of 2013 (a rocid.ru page) gives its programme in Russian, then,
under `<h3 id="program-eng">`, the same seven rows in English: the same times in the same order, each
title translated. Read as a second table, every session and talk was there twice, each English item
overlapping its Russian twin. A table is such a copy when its timed items are, in order, at the
times of a run of the items read before it (three at least), and their titles are written in
another script (Latin after Cyrillic): two days' tables with the same slots share a script, and a
day's table written twice in one script is no translation this can tell.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence

from program.model import Item

_FEWEST = 3


def translated_copy(items: Sequence[Item], before: Sequence[Item]) -> str | None:
    """What `check` says of a table whose items translate the items read before it, else None."""
    spans = [(item.start, item.end) for item in items if item.start is not None]
    earlier = [item for item in before if item.start is not None]
    if len(spans) < _FEWEST:
        return None
    for first in range(len(earlier) - len(spans) + 1):
        run = earlier[first : first + len(spans)]
        if [(item.start, item.end) for item in run] != spans:
            continue
        script, theirs = _script(items), _script(run)
        if script is not None and theirs is not None and script != theirs:
            return (
                f"its {len(spans)} timed rows are those at line {run[0].source.line} and after, at the same times, "
                f"in {script.title()} script rather than {theirs.title()}: read as their translation, not again"
            )
    return None


def _script(items: Sequence[Item]) -> str | None:
    """The script most of the titles' letters are written in ("CYRILLIC", "LATIN"), or None for titles of no letters."""
    letters = Counter(
        unicodedata.name(character, "").split(" ")[0]
        for item in items
        for character in item.title
        if character.isalpha()
    )
    return letters.most_common(1)[0][0] if letters else None
