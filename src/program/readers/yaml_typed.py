"""Slots a site names only by their type, and days written once per language: AIUCD 2025's programme.

AIUCD 2025's `_data/program.yaml` lists days (`day: {en: June 11, 2025, it: 11 Giugno 2025}`) of
`sessions[]`, each with a `time` range, a `type` in both languages (`{en: Lunch, it: Pranzo}`),
a `room`, and mostly no title: the site heads each slot with its type ("Coffee break", "Oral
Presentations") and shows a keynote's or a sponsor's `title` under it (`title: TBD` when not yet
known). So, in a list of timed entries most of which are typed and untitled and some of which hold
talks, an entry without a title (or with a placeholder one) is titled by its type, which stays its
label too (a slot naming its talks by slug, BSides Aarhus's `type: parallel`, is no such entry). Before this
only the papers deepest in the file were read: 63 of its 128 items were lost.

A day written once per language is read in the first language whose text is a date with a
year ("June 11, 2025"): before, every day fell on --date.
"""

from __future__ import annotations

import re
from typing import Any

from program.readers.yaml_languages import language_map
from program.readers.yaml_located import Located
from program.readers.yaml_shape import FIELD_KEYS, folded, key_of, parallel_slugs, value
from program.readers.yaml_times import TimeError, parse_day

_CLOCK = re.compile(r"^\s*\d{1,2}[:.]\d{2}")
_PLACEHOLDER_TITLES = frozenset({"tbd", "tba", "tbc", "to be announced", "to be determined", "to be confirmed"})
"""A title not yet known (AIUCD 2025's second sponsor event: `title: TBD`): the slot is what its type says."""
_TITLE_KEYS = frozenset(FIELD_KEYS["title"])


def with_typed_titles(data: Any, mapping: dict[str, str]) -> int:
    """Title each timed, untitled entry of a mostly typed list by its type (as written: a language map stays one).

    Returns how many entries were titled so.
    """
    if "title" in mapping:
        return 0
    count = 0
    for entries in lists_of_mappings(data):
        typed = [entry for entry in entries if _typed_slot(entry, mapping)]
        if not typed or len(typed) * 2 < len(entries) or not any(_holds_titled(entry) for entry in entries):
            continue
        for entry in typed:
            title_key = key_of(entry, "title", mapping)
            entry[title_key or "title"] = entry[key_of(entry, "kind", mapping) or "type"]
            count += 1
    return count


def _typed_slot(entry: Located, mapping: dict[str, str]) -> bool:
    """A mapping with a clock time and a type, and no title of its own (or a placeholder one)."""
    if parallel_slugs(entry):  # BSides Aarhus 2026's `type: parallel` slots name their talks by slug
        return False
    start = value(entry, "start", mapping)
    kind = value(entry, "kind", mapping)
    if not (isinstance(start, str) and _CLOCK.match(start)) or not (isinstance(kind, str) or language_map(kind)):
        return False
    if not any(folded(key) in _TITLE_KEYS for key in entry):
        return True
    title = value(entry, "title", mapping)
    return title is None or (isinstance(title, str) and " ".join(title.split()).casefold() in _PLACEHOLDER_TITLES)


def _holds_titled(entry: Located) -> bool:
    """Whether a slot holds titled mappings, itself or in its parts (AIUCD's `papers[]`, `psessions[].papers[]`)."""
    return any(
        isinstance(held, list)
        and any(isinstance(one, Located) and ("title" in one or _holds_titled(one)) for one in held)
        for held in entry.values()
    )


def lists_of_mappings(data: Any, *, outermost_first: bool = False) -> list[list[Located]]:
    """Every list in the document that holds mappings only, depth first (or level by level, outermost first)."""
    found: list[list[Located]] = []
    stack = [data]
    while stack:
        held = stack.pop(0) if outermost_first else stack.pop()
        if isinstance(held, Located):
            stack.extend(held.values())
        elif isinstance(held, list):
            if held and all(isinstance(one, Located) for one in held):
                found.append(held)
            stack.extend(held)
    return found


def day_text(written: Any) -> Any:
    """A day as read: of a day written once per language, the first text that is a date with a year.

    Anything else is returned as it is (a language map none of whose texts is such a date: its first text).
    """
    texts = language_map(written)
    if texts is None:
        return written
    for text in texts.values():
        try:
            if parse_day(text, None, 0) is not None:
                return text
        except TimeError:
            continue
    return next(iter(texts.values()))


__all__ = ["day_text", "with_typed_titles"]
