"""A writer's pieces file (`.pieces/<writer>`): one line of JSON naming the pieces, then their texts, end to end.

The line holds the salt the pieces were made with, whether the file holds only what its
base lacks (`.pieces/<writer>.base`, see `piece_reuse.Pieces.kept`), each piece's key in
order and where each text ends in the UTF-8 that follows. A rebuild reads every pieces
file of the published build (97 MB at 10,000 items) and takes most of the texts: as
one JSON object of texts, parsing them (their quotes and line breaks escaped) was a
twentieth of the one-edit rebuild's CPU. Here only the keys are parsed; a text is
decoded when it is taken.
"""

from __future__ import annotations

from pathlib import Path

import orjson

_MAX_SIZE = 1 << 30
"""A pieces file larger than this is not read (a full render of that writer instead)."""
_CODEC = ("utf-8", "surrogatepass")


class PieceFile:
    """The texts of one pieces file, by key, each decoded when taken."""

    def __init__(self, keys: list[str], ends: list[int], data: bytes, start: int, *, partial: bool) -> None:
        self._number = {key: number for number, key in enumerate(keys)}
        self._ends = ends
        self._data = data
        self._start = start
        self.partial = partial
        """Whether the file holds only what its base lacks."""
        self.size = ends[-1] if ends else 0
        """Bytes of its texts."""

    def __len__(self) -> int:
        return len(self._number)

    def __contains__(self, key: str) -> bool:
        return key in self._number

    def get(self, key: str) -> str | None:
        """The text of the piece `key`, or None."""
        number = self._number.get(key)
        if number is None:
            return None
        begin = self._ends[number - 1] if number else 0
        try:
            # A slice of bytes decoded: twice as quick as a memoryview's on this mostly ASCII text.
            return self._data[self._start + begin : self._start + self._ends[number]].decode(*_CODEC)
        except UnicodeDecodeError:  # a damaged file: the piece is made again
            return None

    def texts(self) -> dict[str, str]:
        """Every piece's text, by key (but a damaged one's)."""
        return {key: text for key in self._number if (text := self.get(key)) is not None}


EMPTY = PieceFile([], [], b"", 0, partial=False)


def read_piece_file(path: Path, salt: str) -> PieceFile:
    """The pieces of the file at `path`, when they were made with `salt` (settings and writer): else none."""
    try:
        if path.is_symlink() or path.stat().st_size > _MAX_SIZE:
            return EMPTY
        data = path.read_bytes()
        line_end = data.find(b"\n")
        head = orjson.loads(data[:line_end]) if line_end >= 0 else None
    except (OSError, orjson.JSONDecodeError):
        return EMPTY
    if not isinstance(head, dict) or head.get("salt") != salt or not _whole(head, len(data) - line_end - 1):
        return EMPTY
    return PieceFile(head["keys"], head["ends"], data, line_end + 1, partial=head["partial"])


def _whole(head: dict[str, object], size: int) -> bool:
    """Whether a pieces file's line names texts that end where its `size` bytes of texts do, each after the last."""
    keys, ends, partial = head.get("keys"), head.get("ends"), head.get("partial")
    if not (isinstance(keys, list) and isinstance(ends, list) and len(keys) == len(ends) and isinstance(partial, bool)):
        return False
    if not (all(type(key) is str for key in keys) and all(type(end) is int for end in ends)):
        return False
    return ends == sorted(ends) and (ends[0] >= 0 and ends[-1] == size if ends else size == 0)


def piece_file_bytes(salt: str, texts: dict[str, str], *, partial: bool) -> bytes:
    """The pieces file of `texts` made with `salt`; `partial`: it holds only what its base lacks."""
    encoded = [text.encode(*_CODEC) for text in texts.values()]
    ends: list[int] = []
    end = 0
    for text in encoded:
        end += len(text)
        ends.append(end)
    head = orjson.dumps({"salt": salt, "partial": partial, "keys": list(texts), "ends": ends})
    return b"".join([head, b"\n", *encoded])
