"""The published versions of a program, newest first: what changes.xml lists and the site marks.

A version is named by an id that lasts: the first from the program's calendar domain and
its `updated` time, each later one from the version before it and what changed, so the
same builds give the same ids, and two versions never share one even when a program file
pins `updated`.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import datetime

import attrs

from program.model.changes import ProgramDiff

_NAMESPACE = uuid.UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
"""RFC 4122's URL namespace: version ids are UUIDv5 of a "program-changes:" name in it."""


@attrs.frozen
class Version:
    """One published version.

    Attributes:
        id: its lasting id, a "urn:uuid:" URI (the Atom entry's id).
        number: 1 for the first version, counting up.
        updated: when it was built (the program's `updated`).
        title: one line saying what it was ("Version 2: 4 items changed").
        records: what changed from the version before, as `program diff --json`'s
            "changes" list in JSON ("[]" for a first version).
        entry: the Atom entry as an earlier build published it (kept as it was), or None
            for a version this build writes.
    """

    id: str
    number: int
    updated: datetime
    title: str
    records: str
    entry: bytes | None = None


@attrs.frozen
class ChangeHistory:
    """Every version known, newest first, and what changed to make the newest.

    Attributes:
        versions: the versions, newest first (never empty).
        latest: the difference that made the newest version, when this build made it.
    """

    versions: tuple[Version, ...]
    latest: ProgramDiff | None = None

    @property
    def current(self) -> Version:
        """The version this build publishes."""
        return self.versions[0]


def first_version_id(domain: str, updated: datetime) -> str:
    """The id of a program's first published version."""
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'program-changes:{domain}:first:{updated.isoformat()}')}"


def next_version_id(before: str, records: str) -> str:
    """The id of the version that follows `before` with these changes (JSON records)."""
    digest = hashlib.sha256(records.encode()).hexdigest()
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'program-changes:{before}:{digest}')}"
