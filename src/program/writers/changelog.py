"""The changelog: `program diff`'s text (English) and JSON, and the change lines changes.xml and the site share.

The lines are grouped by what happened, in running order; `change_sections` words them in
the `Lang` it is given (the program's, for changes.xml and the site), `program diff` in English.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any

from program.i18n import ROOT, Lang
from program.model import Item, Kind, Program
from program.model.changes import Change, ItemChange, ProgramDiff
from program.writers.base import json_bytes
from program.writers.clean_text import title_text
from program.writers.shown_names import NamedPeople, named_people

ENGLISH = Lang()
"""The language of `program diff`: the root locale's English and house-style dates."""


def changelog_text(diff: ProgramDiff, new: Program, *, twelve_hour: bool = True) -> str:
    """Return the changes as text, one section per kind of change, or a line saying there are none.

    Always in English: `program diff` speaks to the organiser, in the terminal.
    """
    lang = Lang(ROOT, twelve_hour)
    title = new.title
    if not diff.items:
        return f"{title}: no changes.\n"
    lines = [f"{title}: {items_changed(diff)}", ""]
    for heading, changed in change_sections(diff, new, lang=lang):
        lines.append(f"{heading} ({len(changed)}):")
        lines.extend(f"- {line}" for _, line in changed)
        lines.append("")
    return "\n".join(lines)


def items_changed(diff: ProgramDiff, lang: Lang = ENGLISH) -> str:
    """Return "4 items changed" (or "1 item changed")."""
    count = len(diff.items)
    return lang.ngettext("%(count)s item changed", "%(count)s items changed", count) % {"count": count}


def change_heading(change: Change, lang: Lang = ENGLISH) -> str:
    """Return what happened to an item, as a heading names it: "Moved", "Room changed"."""
    return _headings(lang)[change]


@functools.lru_cache(maxsize=16)
def _headings(lang: Lang) -> dict[Change, str]:
    # Literal calls, so that the catalogue tools find each heading.
    return {
        Change.ADDED: lang.gettext("Added"),
        Change.REMOVED: lang.gettext("Removed"),
        Change.MOVED: lang.gettext("Moved"),
        Change.RENAMED: lang.gettext("Renamed"),
        Change.PEOPLE: lang.gettext("People changed"),
        Change.ROOM: lang.gettext("Room changed"),
        Change.KIND: lang.gettext("Kind changed"),
        Change.BOARD: lang.gettext("Poster board changed"),
        Change.DETAILS: lang.gettext("Abstract or links changed"),
    }


Section = tuple[str, list[tuple[ItemChange, str]]]
"""A heading ("Moved") and each changed item with its line ("Title (talk): Sat 3 Dec, … → …")."""


def change_sections(diff: ProgramDiff, new: Program, *, lang: Lang = ENGLISH) -> list[Section]:
    """Return the changes by what happened, in `Change` order, each section in running order.

    `program diff` prints them in English; changes.xml and the site's "What changed" list
    them in the program's language, with a link to each item.
    """
    names = named_people(new)
    sections = []
    for change in Change:
        changed = diff.having(change)
        if changed:
            lines = [(item, line) for item in changed for line in _lines(change, item, names, lang)]
            sections.append((change_heading(change, lang), lines))
    return sections


def _lines(change: Change, item: ItemChange, names: NamedPeople, lang: Lang) -> Iterator[str]:
    before, after = item.old, item.new
    shown = after or before
    if shown is None:  # an ItemChange always has a side; this keeps the types honest
        return
    name = f"{title_text(shown)} ({kind_word(shown.kind, lang)})"
    if change is Change.ADDED or change is Change.REMOVED:
        yield f"{name}, {when(shown.start, shown.end, lang)}"
    elif change is Change.MOVED and before and after:
        yield f"{name}: {when(before.start, before.end, lang)} → {when(after.start, after.end, lang)}"
    elif change is Change.RENAMED and before and after:
        titles = {"before": title_text(before), "after": title_text(after)}
        renamed = lang.gettext("“%(before)s” → “%(after)s”") % titles
        yield f"{renamed} ({kind_word(after.kind, lang)})"
    elif change is Change.PEOPLE:
        # (A gettext call inside an f-string is invisible to the catalogue tools: hence the names.)
        people = people_change(item.people_added, item.people_removed, lang, names.joined, shown.id)
        people = people or lang.gettext("order changed")
        yield f"{name}: {people}"
    elif change is Change.ROOM and before and after:
        no_room = lang.gettext("no room")
        yield f"{name}: {before.location or no_room} → {after.location or no_room}"
    elif change is Change.KIND and before and after:
        yield f"{title_text(after)}: {kind_word(before.kind, lang)} → {kind_word(after.kind, lang)}"
    elif change is Change.BOARD and before and after:
        boards = {"before": before.board or lang.gettext("none"), "after": after.board or lang.gettext("none")}
        elsewhere = lang.gettext(", another poster session") if before.sessions != after.sessions else ""
        board = lang.gettext("board %(before)s → %(after)s") % boards
        yield f"{name}: {board}{elsewhere}"
    else:
        yield name


def kind_word(kind: Kind, lang: Lang) -> str:
    """The kind inside a sentence: "talk", "Vortrag" (German writes its nouns capitalised)."""
    word = lang.kind(kind)
    return word if lang.tag.split("-")[0] == "de" else word.lower()


Joiner = Callable[[Iterable[str], str], str]
"""Joins names as an output shows them, given the item they are on."""


def people_change(added: Iterable[str], removed: Iterable[str], lang: Lang, joined: Joiner, item_id: str) -> str:
    """Return "added Ann; removed Bob", or "" when only the order of the people changed."""
    parts = []
    if added:
        parts.append(lang.gettext("added %(names)s") % {"names": joined(added, item_id)})
    if removed:
        parts.append(lang.gettext("removed %(names)s") % {"names": joined(removed, item_id)})
    return "; ".join(parts)


def when(start: datetime | None, end: datetime | None, lang: Lang) -> str:
    """Return "Sat 3 Dec, 9:30 a.m.–10:15 a.m." in `lang`, or "untimed"."""
    if start is None:
        return lang.gettext("untimed")
    return f"{lang.day(start.date())}, {lang.span(start, end)}"


def changelog_json(diff: ProgramDiff, old: Program, new: Program) -> str:
    """Return the changes as indented JSON: the two programs' sources and one record per changed item."""
    document = {
        "format": "program-diff/1",
        "old": {"title": old.title, "sources": list(old.sources)},
        "new": {"title": new.title, "sources": list(new.sources)},
        "changes": change_records(diff),
    }
    return json_bytes(document).decode()


def change_records(diff: ProgramDiff) -> list[dict[str, Any]]:
    """Return one record per changed item, as `program diff --json` lists them under "changes"."""
    return [_record(item) for item in diff.items]


def _record(item: ItemChange) -> dict[str, Any]:
    return {
        "changes": [change.value for change in item.changes],
        "matched_by": item.matched_by,
        "old": _side(item.old),
        "new": _side(item.new),
        "people_added": list(item.people_added),
        "people_removed": list(item.people_removed),
    }


def _side(item: Item | None) -> dict[str, Any] | None:
    if item is None:
        return None
    return {
        "id": item.id,
        "kind": item.kind.value,
        "title": item.title,
        "start": item.start.isoformat() if item.start else None,
        "end": item.end.isoformat() if item.end else None,
        "location": item.location,
        "people": list(item.people),
    }
