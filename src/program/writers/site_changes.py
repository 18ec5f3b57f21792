"""What the attendee site shows of the program's versions: the "What changed" view and the script's marks.

The view lists the newest version's changes as changes.xml's entry says them (the same
lines, the same links); the script gets each recent version's changed items with a note
("Moved: was …, now …"), so it can mark what changed since the version an attendee last
saw, keep a renamed item's star, and flag a starred item that moved or was cancelled.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import attrs

from program.i18n import Lang
from program.model import Program
from program.model.changes import Change
from program.model.versions import ChangeHistory, Version
from program.writers.base import RenderOptions, lang_of
from program.writers.change_history import first_history
from program.writers.changelog import change_heading, people_change, when
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
    lang = lang_of(program, options)
    return {
        "now": history.current.id,
        "versions": [[version.id, _rows(version, lang)] for version in reversed(recent)],
    }


def _rows(version: Version, lang: Lang) -> list[list[object]]:
    rows: list[list[object]] = []
    for record in json.loads(version.records):
        old, new = record["old"], record["new"]
        rows.append([
            new["id"] if new else None,
            old["id"] if old else None,
            record["changes"],
            (new or old)["title"],
            " · ".join(_note(change, record, lang) for change in record["changes"]),
        ])  # fmt: skip
    return rows


def _note(change: str, record: dict[str, Any], lang: Lang) -> str:
    old, new = record["old"], record["new"]
    if change == "removed":
        return lang.gettext("Cancelled (was %(when)s)") % {"when": _when(old, lang)}
    if change == "moved":
        times = {"before": _when(old, lang), "after": _when(new, lang)}
        return lang.gettext("Moved: was %(before)s, now %(after)s") % times
    if change == "renamed":
        return lang.gettext("Renamed: was “%(title)s”") % {"title": old["title"]}
    if change == "people":
        people = people_change(record["people_added"], record["people_removed"], lang, _joined, "")
        return lang.gettext("Speakers changed: %(what)s") % {"what": people or lang.gettext("new order")}
    if change == "room":
        rooms = {"before": old["location"] or lang.gettext("none"), "after": new["location"] or lang.gettext("none")}
        return lang.gettext("Room: was %(before)s, now %(after)s") % rooms
    return change_heading(Change(change), lang)


def _joined(names: Iterable[str], _item_id: str) -> str:
    return ", ".join(names)  # the names as the records hold them: the script shows no other


def _when(side: dict[str, Any], lang: Lang) -> str:
    start = datetime.fromisoformat(side["start"]) if side["start"] else None
    end = datetime.fromisoformat(side["end"]) if side["end"] else None
    return when(start, end, lang)
