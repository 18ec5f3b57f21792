"""Rows of a timed list that head the talks after them: a session's label, or its chair, with no time of their own.

A programme kept as one list of rows, as a page prints it, writes the session between its talks:
themefisher's Eventre theme (Horizons della filologia digitale 2024, `tab.tablist[].tablist_items[]`)
puts `pause: "[SESSIONE I] Paleografia, HTR e ricostruzione virtuale"` with no `time` above a
session's talks, and `speaker: "Gennaro Ferrante"` with `presi: "Presidente"` (the chair) and
neither a title nor a time. Read as entries, the labels were untimed items and the chairs
"expected a title" errors. In a list most of whose entries have a clock time of their own, such a
row is no item: a label (a title, no time, no people, no description) is passed over, and a
chair's row (people, no title, no time) too, as a chair beside a talk's speakers is
(`yaml_subtitle.with_chairs`, an item having one role); both said in a reading line. The sheets'
reader passes over a title-only row in a timed table the same way (`tabular.rows`).
"""

from __future__ import annotations

from collections.abc import Sequence

from program.readers.yaml_located import Located
from program.readers.yaml_shape import Found, clocked, value

_CHAIR_KEYS = 2
"""A chair's row names the people and, at most, their role (`presi: "Presidente"`): nothing else."""


def session_rows(found: Sequence[Found], mapping: dict[str, str]) -> tuple[list[Found], list[str]]:
    """The entries without the timed list's session labels and chairs' rows, and the reading lines saying them."""
    if "items" in mapping or not found or sum(1 for one in found if clocked(one.entry, mapping)) * 2 < len(found):
        return list(found), []
    labels: list[str] = []
    chairs: list[str] = []
    kept: list[Found] = []
    for one in found:
        title, people = value(one.entry, "title", mapping), value(one.entry, "people", mapping)
        filled = [key for key, held in one.entry.items() if held not in (None, "", [])]
        if clocked(one.entry, mapping) or one.held:
            kept.append(one)
        elif isinstance(title, str) and people is None and len(filled) == 1:  # a label, and nothing else
            labels.append(" ".join(title.split()))
        elif title is None and isinstance(people, str) and len(filled) <= _CHAIR_KEYS:
            chairs.append(" ".join(people.split()))
        else:
            kept.append(one)
    reading = []
    if labels:
        reading.append(f"{len(labels)} labels without a time between timed entries read as no item: {_shown(labels)}")
    if chairs:
        reading.append(
            f"{len(chairs)} rows naming people without a title or a time (a session's chair, above its talks) "
            f"read as no item: {_shown(chairs)}"
        )
    return kept, reading


def rows_read(
    found: list[Found], mapping: dict[str, str], reading: list[str], described: tuple[list[Located], int]
) -> list[Found]:
    """The entries without the sessions' labels and chairs' rows (`yaml_session_rows`), each step said in `reading`.

    The entries titled by their description are said of the entries read only: a list of days taken for the
    entries once said "3 entries" beside "6 entries titled by their description's first line" (trial 41).
    """
    found, headings = session_rows(found, mapping)
    reading.extend(headings)
    if titled := len({id(entry) for entry in described[0]} & {id(one.entry) for one in found}):
        reading.insert(
            described[1], f"{titled} entries titled by their description's first line (its label their type)"
        )
    return found


def _shown(texts: list[str]) -> str:
    shown = ", ".join(repr(text) for text in texts[:3])
    return shown + (", …" if len(texts) > 3 else "")


__all__ = ["rows_read", "session_rows"]
