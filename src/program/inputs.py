"""Reading an input file: only a regular file, and never more than a size limit.

A path may name something that is not a file: /dev/zero (stat says 0 bytes, reading never
ends), a FIFO (opening it waits for a writer), a folder, a socket. Every input — feeds,
--previous, program files, plan templates, the files of --templates — is opened without
blocking, checked on the open descriptor (no window for the path to change between the
check and the read), and read up to its limit and one byte more.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from program.errors import ParseError, UsageError
from program.model import SourceRef

MAX_SETTINGS_SIZE = 10 * 1000 * 1000
"""The largest program file, plan template or template read, in bytes."""

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def read_input(path: Path, what: str, max_size: int, hint: str = "") -> bytes:
    """Return the bytes of the regular file at `path`, refusing anything else or anything larger.

    `what` names the input in messages ("the feed"); `hint` says how to raise the limit.

    Raises:
        UsageError: when `path` is missing, unreadable or not a regular file.
        ParseError: when the file is larger than `max_size` bytes.
    """
    source = path.as_posix()
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise UsageError(f"{source}: cannot read {what}: {error.strerror}") from None
    with os.fdopen(descriptor, "rb") as file:
        status = os.fstat(descriptor)
        kind = next((name for test, name in _KINDS if test(status.st_mode)), None)
        if kind is not None or not stat.S_ISREG(status.st_mode):
            raise UsageError(f"{source}: cannot read {what}: it is {kind or 'not a file'}, not a regular file")
        if status.st_size > max_size:
            raise _too_large(source, what, status.st_size, max_size, hint)
        try:
            data = file.read(max_size + 1)
        except OSError as error:
            raise UsageError(f"{source}: cannot read {what}: {error.strerror}") from None
    if len(data) > max_size:  # it grew while we read it
        raise _too_large(source, what, len(data), max_size, hint)
    return data


def _too_large(source: str, what: str, size: int, max_size: int, hint: str) -> ParseError:
    return ParseError(f"{what} is {size / 1e6:.1f} MB, over the {max_size / 1e6:g} MB limit{hint}", SourceRef(source))
