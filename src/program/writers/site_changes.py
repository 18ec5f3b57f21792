"""What the attendee site shows of the program's versions: the "What changed" view and the script's marks.

The view lists the newest version's changes as changes.xml's entry says them (the same
lines, the same links); the script gets each recent version's changed items with a note
("Moved: was …, now …"), so it can mark what changed since the version an attendee last
saw, keep a renamed item's star, and flag a starred item that moved or was cancelled.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import attrs

from program.model import Program
from program.model.clock import day_text, span_text
from program.model.versions import ChangeHistory, Version
from program.writers.base import RenderOptions, lang_of
from program.writers.change_history import first_history
from program.writers.changes_feed import XHTML, entry_element

RECENT = 10
"""Versions the site knows the changes of: an attendee away for longer sees these marked."""


@attrs.frozen
class SiteChanges:
    """The newest version's changes, as the "What changed" view lists them.

    Attributes:
        title: the version's title ("Version 2: 4 items changed").
        sections: (heading, lines) by what happened; each line is (item id or None for a
            removed item, text).
    """

    title: str
    sections: tuple[tuple[str, tuple[tuple[str | None, str], ...]], ...]


def site_changes(program: Program, options: RenderOptions) -> SiteChanges | None:
    """The "What changed" view, or None when the program is in its first version."""
    history = options.changes or first_history(program)
    current = history.current
    if current.number == 1:
        return None
    div = entry_element(current, history, program, options).find(f".//{{{XHTML}}}div")
    sections: list[tuple[str, tuple[tuple[str | None, str], ...]]] = []
    heading = ""
    for element in div if div is not None else ():
        if element.tag == f"{{{XHTML}}}h3":
            heading = element.text or ""
        elif element.tag == f"{{{XHTML}}}ul":
            sections.append((heading, tuple(_line(line) for line in element)))
    return SiteChanges(current.title, tuple(sections))


def _line(line: Any) -> tuple[str | None, str]:
    link = line.find(f"{{{XHTML}}}a")
    if link is None:
        return None, line.text or ""
    return link.get("href", "").partition("#")[2] or None, link.text or ""


def changes_data(program: Program, options: RenderOptions) -> dict[str, object]:
    """The script's versions: the current id, then [id, rows] of recent versions, oldest first.

    Each row is [item id now (None when removed), item id before (None when added), what
    changed (`Change` values), title, note].
    """
    history: ChangeHistory = options.changes or first_history(program)
    recent = history.versions[:RECENT]
    twelve_hour = lang_of(program, options).twelve_hour
    return {
        "now": history.current.id,
        "versions": [[version.id, _rows(version, twelve_hour)] for version in reversed(recent)],
    }


def _rows(version: Version, twelve_hour: bool) -> list[list[object]]:
    rows: list[list[object]] = []
    for record in json.loads(version.records):
        old, new = record["old"], record["new"]
        rows.append([
            new["id"] if new else None,
            old["id"] if old else None,
            record["changes"],
            (new or old)["title"],
            " · ".join(_note(change, record, twelve_hour) for change in record["changes"]),
        ])  # fmt: skip
    return rows


_NOTES = {
    "added": "Added",
    "kind": "Kind changed",
    "board": "Poster board changed",
    "details": "Abstract or links changed",
}


def _note(change: str, record: dict[str, Any], twelve_hour: bool) -> str:
    old, new = record["old"], record["new"]
    if change == "removed":
        return f"Cancelled (was {_when(old, twelve_hour)})"
    if change == "moved":
        return f"Moved: was {_when(old, twelve_hour)}, now {_when(new, twelve_hour)}"
    if change == "renamed":
        return f"Renamed: was “{old['title']}”"
    if change == "people":
        added = f"added {', '.join(record['people_added'])}" if record["people_added"] else ""
        removed = f"removed {', '.join(record['people_removed'])}" if record["people_removed"] else ""
        return f"Speakers changed: {'; '.join(part for part in (added, removed) if part) or 'new order'}"
    if change == "room":
        return f"Room: was {old['location'] or 'none'}, now {new['location'] or 'none'}"
    return _NOTES.get(change, change)


def _when(side: dict[str, Any], twelve_hour: bool) -> str:
    if not side["start"]:
        return "untimed"
    start = datetime.fromisoformat(side["start"])
    end = datetime.fromisoformat(side["end"]) if side["end"] else None
    return f"{day_text(start.date())}, {span_text(start, end, twelve_hour=twelve_hour)}"
