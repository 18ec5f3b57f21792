"""Entries titled only by their description: `<strong>Keynote Talk 1:</strong> Title<br><strong>Speaker:</strong> X`.

A programme kept as `[{"date": …, "sessions": [{"time": "09:00-10:00", "description": "…"}]}]`
(NSG 2026's programme.json, as a page prints it) has no title key: each session is what its
description shows, a line a `<br>`, a line led by a bold label. Such an entry is titled by its
first line (a kind's label before it, "Keynote Talk 1", is its type), its people are a
`Speaker:` line's, and the lines left are its description. Nothing else is read differently.
"""

from __future__ import annotations

import html
import re
from typing import Any

from program.readers.yaml_located import Located
from program.readers.yaml_shape import FIELD_KEYS, folded, key_of, value

_BREAK = re.compile(r"<br\s*/?>|</p>\s*<p[^>]*>|\n", re.IGNORECASE)
_LABELLED = re.compile(
    r"^\s*<(?P<tag>strong|b)>\s*(?P<label>[^<]{1,60}?)\s*:?\s*</(?P=tag)>\s*:?\s*(?P<text>.*)$", re.I
)
_TAG = re.compile(r"<[^>]+>")
_NUMBER = re.compile(r"\s*\d+$")
"""A label's running number ("Keynote Talk 1"): the type is the label without it."""
_ONE_LINE = 120
"""A plain description this short, on one line, is the entry's title ("Registration")."""
_PEOPLE_LABELS = frozenset({"speaker", "speakers", "presenter", "presenters", "panelists", "panellists", "moderator"})
_TITLE_KEYS = frozenset(FIELD_KEYS["title"])


def with_described_titles(data: Any, mapping: dict[str, str]) -> list[Located]:
    """Give each timed entry without a title the title, type and speaker its description's lines show; those titled.

    Every mapping of the document is looked at, before the entries are found: the caller counts those it reads.
    """
    if "title" in mapping:
        return []
    described: list[Located] = []
    for entry in _mappings(data):
        if any(folded(key) in _TITLE_KEYS for key in entry) or value(entry, "start", mapping) is None:
            continue
        key = key_of(entry, "abstract", mapping)
        written = entry.get(key) if key else None
        if (
            key is None
            or not isinstance(written, str)
            or ("<" not in written and ("\n" in written or len(written) > _ONE_LINE))
        ):
            continue
        lines = [line for line in _BREAK.split(written) if _TAG.sub("", line).strip()]
        if not lines:
            continue
        (said, text), rest = _labelled(lines[0]), [_labelled(line) for line in lines[1:]]
        label, title = (said, text) if said and text else (None, said or text)  # "<strong>Lunch</strong>": a title
        if not title:
            continue
        entry["title"] = title
        entry.update({"type": _NUMBER.sub("", label)} if label and "type" not in entry else {})
        people = [text for said, text in rest if _names_people(said) and text]
        entry.update({"speakers": ", ".join(people)} if people and "speakers" not in entry else {})
        others = [
            f"{said}: {text}" if said else text for said, text in rest if not (said and folded(said) in _PEOPLE_LABELS)
        ]
        entry[key] = "\n".join(others)  # what is left of the description: none when it was all title and speaker
        described.append(entry)
    return described


def _names_people(label: str | None) -> bool:
    return label is not None and folded(label) in _PEOPLE_LABELS


def _labelled(line: str) -> tuple[str | None, str]:
    """A line's bold label and its text ("Keynote Talk 1", "Title"), or (None, text)."""
    found = _LABELLED.match(line)
    if found is None:
        return None, _plain(line)
    return found["label"].strip(), _plain(found["text"])


def _plain(text: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", text)).split())


def _mappings(data: Any) -> list[Located]:
    """Every mapping in the document, depth first."""
    found: list[Located] = []
    stack = [data]
    while stack:
        held = stack.pop()
        if isinstance(held, Located):
            found.append(held)
            stack.extend(held.values())
        elif isinstance(held, list):
            stack.extend(held)
    return found
