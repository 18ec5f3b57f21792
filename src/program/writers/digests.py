"""The digest every key of a rebuild is made with (`build_cache`, `calendar_keys`, `piece_reuse`).

A module of its own, importing nothing of the writers: a rebuild that finds nothing changed
makes the program's key without importing any writer.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable


def digest(parts: Iterable[str]) -> str:
    """Return one short hex digest of `parts`, each kept apart from the next."""
    hasher = hashlib.blake2b(digest_size=16)
    for part in parts:
        hasher.update(part.encode("utf-8", "surrogatepass"))
        hasher.update(b"\x00")
    return hasher.hexdigest()
