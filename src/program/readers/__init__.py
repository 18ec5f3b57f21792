"""Readers: one module per feed format, registered by name in `READERS`."""

from __future__ import annotations

from program.readers.base import ReadContext, Reader, decode_feed
from program.readers.schedule_page import SchedulePageReader
from program.registry import named

READERS: dict[str, Reader] = {reader.name: reader for reader in (SchedulePageReader(),)}
"""Every reader, by format name, in the order detection tries them."""


def reader_named(name: str) -> Reader:
    """Return the reader registered as `name`.

    Raises:
        UnknownFormatError: listing the known names.
    """
    return named(READERS, "input", name)


def detect_reader(text: str) -> Reader | None:
    """Return the first reader that recognises `text`, or None."""
    return next((reader for reader in READERS.values() if reader.detect(text)), None)


__all__ = ["READERS", "ReadContext", "Reader", "decode_feed", "detect_reader", "reader_named"]
