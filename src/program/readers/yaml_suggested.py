"""The path to name in a program file's `items` when a site's YAML holds no list the reader takes for its schedule.

Said in the refusal (`[feeds.columns] items = "days[].talks[]"`), and used by the paper lists' reader to find
their papers.
"""

from __future__ import annotations

from typing import Any

from program.readers.yaml_located import Located
from program.readers.yaml_shape import FIELD_KEYS, all_lists, folded, is_entry, key_of, session_ids


def suggested_path(data: Any) -> str | None:
    """A path to name in the program file's `items`, else None when the file holds no list of mappings.

    First a list whose entries list session ids (LedgerFest's `timeslots`, not its titled
    `tracks`); else one whose entries have a title and a start or end under a usual key; else
    the innermost list of titled mappings (ISORC's `days[].rooms[].talks[]`, not its named
    days; FOSD's talks, not their sessions); else the first list of mappings.
    """
    lists = list(all_lists(data))
    titled = [steps for steps, entries in lists if any(key_of(entry, "title", {}) for entry in entries)]
    # a titled list's people (WoLLIC 2025's `papers[].authors[]`, each with a `name`) are no entries of their own
    titled = [steps for steps in titled if not _people_of_titled(steps, titled)]
    joined = [steps for steps, entries in lists if any(session_ids(entry, {})[0] for entry in entries)]
    timed = [steps for steps, entries in lists if steps in titled and any(_has_time_key(one) for one in entries)]
    chosen = joined[:1] or timed[:1] or sorted(titled, key=len, reverse=True)[:1] or [steps for steps, _ in lists][:1]
    return "".join(f".{step}" if step != "[]" else step for step in chosen[0]).lstrip(".") if chosen else None


def _people_of_titled(steps: tuple[str, ...], titled: list[tuple[str, ...]]) -> bool:
    """Whether a list is the people (`authors[]`) of the entries of a titled list."""
    return len(steps) > 2 and folded(steps[-2]) in FIELD_KEYS["people"] and steps[:-2] in titled


def _has_time_key(entry: Located) -> bool:
    """Whether a mapping has a start (not a bare `date`: a day's) or an end under a usual key."""
    keys = {folded(key) for key in entry}
    return bool(keys & ((set(FIELD_KEYS["start"]) - {"date"}) | set(FIELD_KEYS["end"])))


def untitled_entries(data: Any) -> tuple[str, str] | None:
    """The path to a list of timed entries under no title key we know, and the key that would title them; else None.

    Coding da Vinci's days hold `entries: [{content, date: "2015-04-25 10:30"}]` (before `content` was a title
    key, the refusal named the days' list): the key is the entries' first text key that no field takes.
    """
    for steps, entries in all_lists(data):
        # every entry's text keys: a label's row above the talks leaves their title key empty
        keys = list(
            dict.fromkeys(
                key for entry in entries for key, held in entry.items() if isinstance(held, str) and not _usual(key)
            )
        )
        # most, not all: a page's list of rows writes its sessions' labels and chairs untimed between the talks
        key = next((key for key in keys if _most_entries(entries, key)), None)
        # a few titled by their description (`yaml_described`) leave the rest untitled
        if key is not None and sum(1 for entry in entries if key_of(entry, "title", {})) * 4 < len(entries):
            return "".join(f".{step}" if step != "[]" else step for step in steps).lstrip("."), key
    return None


def _most_entries(entries: list[Located], key: str) -> bool:
    return sum(1 for entry in entries if is_entry(entry, {"title": key})) * 2 >= len(entries)


def _usual(key: str) -> bool:
    return any(folded(key) in keys for keys in FIELD_KEYS.values())
