"""Looking a format up by name in a reader or writer table."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from program.errors import UnknownFormatError

T = TypeVar("T")


def named(table: Mapping[str, T], kind: str, name: str) -> T:
    """Return `table[name]`.

    Raises:
        UnknownFormatError: listing the known names, when there is no such entry.
    """
    try:
        return table[name]
    except KeyError:
        raise UnknownFormatError(kind, name, list(table)) from None
