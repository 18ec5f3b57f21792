"""Talks a schedule names by key in a file of their own: BSides Oslo 2024's `talk: kim`.

BSides Oslo's `_data/program.yml` lists slots (`timeStart`, `timeEnd`) with a `title`, or with
`talk: kim`, which its template looks up as `site.data.talks[item.talk]`: `_data/talks.yml`
maps each key to the talk's `title`, its speaker's `name`, its `abstract` (and a `bio`, an
`image`). Such a slot is read as that talk: its title, speaker and abstract at the slot's
times. The talks file is the one the program file names (`talks_file`), else `talks.yml`
beside the feed, else a YAML feed given with this one that maps the slots' keys to mappings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from program.readers.paper_records import counted
from program.readers.yaml_shape import Found, Located, folded, key_of, value

TALKS_FILE = "talks_file"
_BESIDE = "talks.yml"
_REFERENCE_KEYS = frozenset({"talk", "talkid"})
_KEYS = {"title": "title", "people": "speakers", "abstract": "abstract", "duration": "duration"}
"""The usual key each field read from a talk is written under in its slot."""


def join_talks(
    source: str,
    mapping: dict[str, str],
    companions: Sequence[str],
    found: list[Found],
    load: Callable[[Path], Any],
) -> tuple[list[Found], list[str], list[str]]:
    """The entries with each slot that names a talk by key read as that talk; the reading lines; the path joined."""
    keys = {key for one in found if (key := _reference(one.entry)) is not None}
    if not keys:
        return found, [], []
    named = mapping.get(TALKS_FILE)
    beside = Path(source).parent / (named or _BESIDE)
    candidates = [beside] if named or (beside.is_file() and beside.name != Path(source).name) else []
    candidates += [Path(path) for path in companions if Path(path).suffix in (".yml", ".yaml")]
    for path in candidates:
        talks = _by_key(load(path))
        if named or keys & set(talks):
            joined = [_as_talk(one, talks, mapping) for one in found]
            placed = sum(1 for one, before in zip(joined, found, strict=True) if one is not before)
            line = f"joined {path.as_posix()} by key: {counted(len(talks), 'talk')}; slots naming one: {placed}"
            lacking = sorted(keys - set(talks))
            line += f"; keys it lacks, kept as titles: {', '.join(lacking)}" if lacking else ""
            return joined, [line], [path.as_posix()]
    shown = sorted(keys)[0]
    note = (
        f"slots name talks by key (talk: {shown}) and no talks file is joined: the keys are their titles; "
        f'give it as a feed beside this one or name it: [feeds.columns] {TALKS_FILE} = "talks.yml"'
    )
    return found, [note], []


def _reference(entry: Located) -> str | None:
    """The key a slot names its talk by (`talk: kim`: one word), else None (`talk: A Title` is a title)."""
    written = next((entry[key] for key in entry if folded(key) in _REFERENCE_KEYS), None)
    return written.strip() if isinstance(written, str) and len(written.split()) == 1 else None


def _by_key(data: Any) -> dict[str, Located]:
    """A mapping of keys to talks (mappings), as the file holds it; empty when it is no such mapping."""
    if not isinstance(data, dict):
        return {}
    talks = {str(key).strip(): talk for key, talk in data.items() if isinstance(talk, Located)}
    return talks if talks and len(talks) * 2 >= len(data) else {}


def _as_talk(found: Found, talks: dict[str, Located], mapping: dict[str, str]) -> Found:
    """The slot read as the talk it names: the talk's title, speaker and abstract, the slot's own fields first."""
    reference = _reference(found.entry)
    talk = talks.get(reference) if reference is not None else None
    if talk is None:
        return found
    entry = Located({key: written for key, written in found.entry.items() if folded(key) not in _REFERENCE_KEYS})
    entry.line = found.entry.line
    title_key = key_of(talk, "title", {})
    # the talk's `name` is its speaker where `title` holds the talk (BSides: `name: Hallvard Nygård`)
    speaker = value(talk, "people", {}) or (talk.get("name") if title_key != "name" else None)
    written = {
        "title": value(talk, "title", {}),
        "people": speaker,
        "abstract": value(talk, "abstract", {}),
        "duration": value(talk, "duration", {}) if value(entry, "end", mapping) is None else None,
    }
    for field, text in written.items():
        if text is not None and value(entry, field, mapping) is None:
            entry[mapping.get(field, _KEYS[field])] = text
    return Found(entry, found.outer, found.line, found.track)
