"""Dated levels whose lists hold the rows a page prints, each with its own clock time: days, not entries.

Horizons della filologia digitale 2024 (themefisher's Eventre theme, a Hugo page's front matter) writes
`tab.tablist: [{name: "Giorno 01", date: "16 aprile 2024", tablist_items: [{speaker, subject, time:
"09.30 - 09.45"}, …]}]`. Its days have a title (`name`) and a date, the shape of a monthly meeting's
untimed entries, so they were taken for the entries: 3 untimed items, its 32 talks lost ("not read:
tablist_items"). A list whose dated entries mostly hold such timed rows is a list of days: the rows
are the entries, read under the day they are in (or, under no title key we know, named by the refusal).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def days_of_timed_rows(entries: list[Any], clocked: Callable[[Any], bool]) -> bool:
    """Whether most `entries` hold a list of mappings most of which have a clock time of their own (`clocked`)."""
    lists: list[list[Any]] = [next((held for held in entry.values() if _holds_mappings(held)), []) for entry in entries]
    timed = [rows for rows in lists if sum(1 for row in rows if clocked(row)) * 2 > len(rows)]
    return bool(timed) and len(timed) * 2 >= len(entries)


def _holds_mappings(held: Any) -> bool:
    return isinstance(held, list) and any(isinstance(one, dict) for one in held)


__all__ = ["days_of_timed_rows"]
