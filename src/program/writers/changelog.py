"""The changelog of `program diff`: what organisers send out after a schedule change.

Text for people (grouped by what happened, in running order) and JSON for tools.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from program.model import Item, Program
from program.model.changes import Change, ItemChange, ProgramDiff
from program.model.clock import day_text, span_text
from program.writers.base import json_bytes
from program.writers.clean_text import title_text
from program.writers.shown_names import NamedPeople

_HEADINGS = {
    Change.ADDED: "Added",
    Change.REMOVED: "Removed",
    Change.MOVED: "Moved",
    Change.RENAMED: "Renamed",
    Change.PEOPLE: "People changed",
    Change.ROOM: "Room changed",
    Change.KIND: "Kind changed",
    Change.BOARD: "Poster board changed",
    Change.DETAILS: "Abstract or links changed",
}


def changelog_text(diff: ProgramDiff, new: Program, *, twelve_hour: bool = True) -> str:
    """Return the changes as text, one section per kind of change, or a line saying there are none."""
    title = new.title
    if not diff.items:
        return f"{title}: no changes.\n"
    lines = [f"{title}: {items_changed(diff)}", ""]
    for heading, changed in change_sections(diff, new, twelve_hour=twelve_hour):
        lines.append(f"{heading} ({len(changed)}):")
        lines.extend(f"- {line}" for _, line in changed)
        lines.append("")
    return "\n".join(lines)


def items_changed(diff: ProgramDiff) -> str:
    """Return "4 items changed" (or "1 item changed")."""
    count = len(diff.items)
    return f"{count} item{'s' if count != 1 else ''} changed"


Section = tuple[str, list[tuple[ItemChange, str]]]
"""A heading ("Moved") and each changed item with its line ("Title (talk): Sat 3 Dec, … → …")."""


def change_sections(diff: ProgramDiff, new: Program, *, twelve_hour: bool = True) -> list[Section]:
    """Return the changes by what happened, in `Change` order, each section in running order.

    `program diff` prints them; changes.xml and the site's "What changed" list them with a
    link to each item.
    """
    names = NamedPeople(new)
    sections = []
    for change, heading in _HEADINGS.items():
        changed = diff.having(change)
        if changed:
            lines = [(item, line) for item in changed for line in _lines(change, item, names, twelve_hour=twelve_hour)]
            sections.append((heading, lines))
    return sections


def _lines(change: Change, item: ItemChange, names: NamedPeople, *, twelve_hour: bool) -> Iterator[str]:
    before, after = item.old, item.new
    shown = after or before
    if shown is None:  # an ItemChange always has a side; this keeps the types honest
        return
    name = f"{title_text(shown)} ({shown.kind.display.lower()})"
    if change is Change.ADDED or change is Change.REMOVED:
        yield f"{name}, {_when(shown, twelve_hour=twelve_hour)}"
    elif change is Change.MOVED and before and after:
        yield f"{name}: {_when(before, twelve_hour=twelve_hour)} → {_when(after, twelve_hour=twelve_hour)}"
    elif change is Change.RENAMED and before and after:
        yield f"“{title_text(before)}” → “{title_text(after)}” ({after.kind.display.lower()})"
    elif change is Change.PEOPLE:
        added = f"added {names.joined(item.people_added, on=shown.id)}" if item.people_added else ""
        removed = f"removed {names.joined(item.people_removed, on=shown.id)}" if item.people_removed else ""
        yield f"{name}: {'; '.join(part for part in (added, removed) if part) or 'order changed'}"
    elif change is Change.ROOM and before and after:
        yield f"{name}: {before.location or 'no room'} → {after.location or 'no room'}"
    elif change is Change.KIND and before and after:
        yield f"{title_text(after)}: {before.kind.display.lower()} → {after.kind.display.lower()}"
    elif change is Change.BOARD and before and after:
        elsewhere = ", another poster session" if before.sessions != after.sessions else ""
        yield f"{name}: board {before.board or 'none'} → {after.board or 'none'}{elsewhere}"
    else:
        yield name


def _when(item: Item, *, twelve_hour: bool) -> str:
    if item.start is None:
        return "untimed"
    return f"{day_text(item.start.date())}, {span_text(item.start, item.end, twelve_hour=twelve_hour)}"


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
