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
from program.readers.yaml_located import Located
from program.readers.yaml_shape import TALK_REFERENCE_KEYS, Found, folded, key_of, talk_reference, value

TALKS_FILE = "talks_file"
_BESIDE = "talks.yml"
_KEYS = {"title": "title", "people": "speakers", "abstract": "abstract", "duration": "duration", "kind": "type"}
"""The usual key each field read from a talk is written under in its slot."""


def join_talks(
    source: str,
    mapping: dict[str, str],
    companions: Sequence[str],
    found: list[Found],
    load: Callable[[Path], Any],
) -> tuple[list[Found], list[str], list[str]]:
    """The entries with each slot that names a talk by key read as that talk; the reading lines; the path joined."""
    keys = {key for one in found if (key := talk_reference(one.entry)) is not None}
    if not keys:
        return found, [], []
    named = mapping.get(TALKS_FILE)
    beside = Path(source).parent / (named or _BESIDE)
    candidates = [beside] if named or (beside.is_file() and beside.name != Path(source).name) else []
    candidates += [Path(path) for path in companions if Path(path).suffix in (".yml", ".yaml", ".json")]
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


def _by_key(data: Any) -> dict[str, Located]:
    """The talks by key: a mapping of keys to talks, or a list of talks with ids; empty when it is neither.

    The list may be the document or its one list of mappings (a Conference Hall export:
    `{"name": …, "proposals": [{"id": …, "title": …, "speakers": [{"name": …}]}]}`).
    """
    if isinstance(data, dict):
        listed = [held for held in data.values() if isinstance(held, list) and held and isinstance(held[0], Located)]
        if len(listed) == 1:
            return _by_id(listed[0])
        talks = {str(key).strip(): talk for key, talk in data.items() if isinstance(talk, Located)}
        return talks if talks and len(talks) * 2 >= len(data) else {}
    return _by_id(data) if isinstance(data, list) else {}


def _by_id(talks: list[Any]) -> dict[str, Located]:
    """A list's talks by their `id`, when every element is a mapping with one."""
    ids = [talk.get("id") if isinstance(talk, Located) else None for talk in talks]
    if not ids or not all(isinstance(one, str) and one.strip() for one in ids):
        return {}
    return {one.strip(): talk for one, talk in zip(ids, talks, strict=True) if isinstance(one, str)}


def _as_talk(found: Found, talks: dict[str, Located], mapping: dict[str, str]) -> Found:
    """The slot read as the talk it names: the talk's title, speaker and abstract, the slot's own fields first."""
    reference = talk_reference(found.entry)
    talk = talks.get(reference) if reference is not None else None
    if talk is None:
        return found
    entry = Located({key: written for key, written in found.entry.items() if folded(key) not in TALK_REFERENCE_KEYS})
    entry.line = found.entry.line
    title_key = key_of(talk, "title", {})
    # the talk's `name` is its speaker where `title` holds the talk (BSides: `name: Hallvard Nygård`)
    speaker = value(talk, "people", {}) or (talk.get("name") if title_key != "name" else None)
    written = {
        "title": value(talk, "title", {}),
        "people": speaker,
        "abstract": value(talk, "abstract", {}),
        "duration": value(talk, "duration", {}) if value(entry, "end", mapping) is None else None,
        "kind": _one_kind(value(talk, "kind", {})),
    }
    for field, text in written.items():
        if text is not None and value(entry, field, mapping) is None:
            entry[mapping.get(field, _KEYS[field])] = text
    return Found(entry, found.outer, found.line, found.track)


def _one_kind(written: Any) -> Any:
    """A talk's kind as a slot can say it: Conference Hall's `formats: ["Conférence"]` is "Conférence"."""
    if isinstance(written, list):
        return written[0] if len(written) == 1 and isinstance(written[0], str) else None
    return written
