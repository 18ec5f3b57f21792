"""A joined file's entries by id (a schedule's sessions or speakers), and whether a file holds only those."""

from __future__ import annotations

from typing import Any

from program.readers.yaml_located import Located
from program.readers.yaml_shape import folded, is_entry, value


def entries_by_id(data: Any) -> dict[str, Located]:
    """The entries with an `id`: the file's list, or its first list of them (ByteBay's `list:` after `meta:`)."""
    lists = [data] if isinstance(data, list) else list(data.values()) if isinstance(data, dict) else []
    for entries in lists:
        if isinstance(entries, list) and any(isinstance(entry, Located) and "id" in entry for entry in entries):
            return {
                str(entry["id"]).strip(): entry for entry in entries if isinstance(entry, Located) and "id" in entry
            }
    return {}


_NAME_KEYS = frozenset({"name", "firstname", "surname", "lastname"})


def joined_only(entries: dict[str, Located], key: str, mapping: dict[str, str]) -> bool:
    """Whether a feed's entries by id are speakers (named) or else sessions (titled), with no times: no schedule."""
    if not entries or any(is_entry(entry, mapping) for entry in entries.values()):
        return False
    named = sum(1 for entry in entries.values() if _NAME_KEYS & {folded(name) for name in entry})
    if key == "speakers_file":
        return named * 2 > len(entries)
    return named * 2 <= len(entries) and any(value(entry, "title", mapping) for entry in entries.values())
