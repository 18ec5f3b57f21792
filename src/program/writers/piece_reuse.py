"""Pieces of whole-program outputs an earlier build rendered, taken again where what they show is the same.

A whole-program output (schedule.xml, the site's page) is rendered again on any edit, but
most of it is pieces that did not change: an event's element, an item's article. A writer
asks `pieces(writer name)` for each piece by a key of what the piece shows (the view
object it is rendered from, as its `repr`, which holds every field; or, for a `Keyed`
record, the digest of what the record is made from, so that the record need not be made)
and gets the text the published build rendered for that key, or renders it. The texts it
used are kept beside the build (`.pieces/<writer name>`, in the build folder, never
linked into out/) for the next rebuild.

A writer's pieces file records the salt its pieces were made with: the settings key of the
build (`program.build_cache`: program's code, the libraries, the rendering options and the
templates, byte for byte) and the writer's name. A file of another salt is not read, so a
changed template, option or version finds no piece of the old build. A writer's pieces
are reused only from the build published in out/ (`pieces_reused`, set by the pipeline
around rendering; worker processes are forked inside it, so they see it too).
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from markupsafe import Markup

from program.writers.digests import digest
from program.writers.piece_files import PieceFile, piece_file_bytes, read_piece_file

PIECES_FOLDER = ".pieces"
"""The folder of the build (dot: no link in out/) that holds each writer's pieces."""

KEPT_MOST = 32_000_000
"""Characters of pieces kept for the next rebuild, a writer; past it, pieces are made and not kept.

Kept pieces are held until the writer's file is done, beside that file: at 100,000 items the
site's were 204 MB and took a worker from 790 MB to 1.6 GB. 32 million characters keep every
piece of a 10,000-item program; a larger one's rebuild renders the pieces not kept again."""


class Pieces:
    """The pieces of one writer's output: those the published build has, and those used by this one."""

    def __init__(self, name: str, settings: str, published: Path | None, *, chained: bool = False) -> None:
        self.name = name
        self._salt = digest([settings, name])
        self._published = published
        self._known: tuple[PieceFile, ...] | None = None
        self.used: dict[str, str] = {}
        self._kept = 0
        self._chained = chained
        self._base: tuple[Path, PieceFile] | None = None
        """The published file this build's pieces may be kept beside, and its pieces."""

    def get(self, shown: str, make: Callable[[], str]) -> str:
        """The text of the piece that shows `shown` (a repr of everything it is made from), made only if new."""
        # A short `shown` (a keyed record's digest, in a macro's call) is its own key: no digest of
        # it for each of 75,000 pieces. The salt is checked once, for the whole file (`read_piece_file`).
        key = shown if 0 < len(shown) <= _OWN_KEY_LENGTH else digest([shown])
        text = self.used.get(key)
        if text is None:
            text = self._earlier(key)
            if text is None:
                text = make()
            if self._kept + len(text) <= KEPT_MOST:
                self.used[key] = text
                self._kept += len(text)
        return text

    def _earlier(self, key: str) -> str | None:
        if self._known is None:  # read on first use: in the worker process that renders this writer
            self._known = self._read_published() if self._published else ()
        for known in self._known:
            text = known.get(key)
            if text is not None:
                return text
        return None

    def _read_published(self) -> tuple[PieceFile, ...]:
        assert self._published is not None
        path = self._published / PIECES_FOLDER / self.name
        known = read_piece_file(path, self._salt)
        if not known.partial:  # a whole file: the next build's may be kept beside it
            self._base = (path, known)
            return (known,)
        base_path = path.with_name(path.name + BASE_SUFFIX)
        base = read_piece_file(base_path, self._salt)
        if base.partial or not len(base):  # a base is a whole file, of the same salt
            return (known,)
        self._base = (base_path, base)
        return (known, base)

    def kept(self) -> tuple[bytes, Path | None]:
        """The pieces this build used, as a pieces file made with its salt (`piece_files`), for the next build.

        When this build may (`chained`) and most of what it used is in the published file
        it read (a rebuild after an edit), only the pieces that file lacks are written, and
        that file is kept beside them (the path returned: `.pieces/<writer>.base`); else all
        (None). Every file of a writer has the same salt, and a key names one text: a piece
        of the base no longer used is never a wrong one, and a whole file is written again
        once the new pieces are a quarter of the base or the base twice what is used.
        """
        if self._chained and self._base is not None and len(self.used) * 2 >= len(self._base[1]):
            base_path, base = self._base
            new = {key: text for key, text in self.used.items() if key not in base}
            if sum(map(len, new.values())) * 4 <= base.size:
                return piece_file_bytes(self._salt, new, partial=True), base_path
        return piece_file_bytes(self._salt, self.used, partial=False), None


_OWN_KEY_LENGTH = 160
"""A `shown` up to this long is a piece's key as it is; a longer one (a whole record's repr) is digested."""
BASE_SUFFIX = ".base"
"""What a writer's base pieces file adds to its name."""


_state: dict[str, object] = {}
_writers: dict[str, Pieces] = {}
_bases: dict[str, Path] = {}


@contextlib.contextmanager
def pieces_reused(settings: str, published: Path | None, *, chained: bool = False) -> Iterator[None]:
    """While the block runs, writers take pieces of the build in `published` (None: none) made with `settings`.

    `chained`: a writer may keep only its new pieces, beside a published file of them
    (`Pieces.kept`; rendering in this process: `kept_bases` names the files to link).
    """
    _state.update(settings=settings, published=published, chained=chained)
    _writers.clear()
    _bases.clear()
    try:
        yield
    finally:
        _state.clear()
        _writers.clear()
        _bases.clear()


def pieces(name: str) -> Pieces:
    """The pieces of writer `name` in this build (outside `pieces_reused`: none earlier, none kept)."""
    if name not in _writers:
        settings, published = _state.get("settings"), _state.get("published")
        if not isinstance(settings, str):
            return Pieces(name, "", None)
        chained = _state.get("chained") is True
        _writers[name] = Pieces(name, settings, published if isinstance(published, Path) else None, chained=chained)
    return _writers[name]


def kept_pieces(name: str) -> bytes | None:
    """The pieces writer `name` used in this build, to keep beside it (None: it used none)."""
    used = _writers.pop(name, None)
    if used is None or not used.used:
        return None
    kept, base = used.kept()
    if base is not None:
        _bases[f"{PIECES_FOLDER}/{name}{BASE_SUFFIX}"] = base
    return kept


def kept_bases() -> list[tuple[str, Path]]:
    """(name in the build, published file) of each base pieces file the writers rendered so far keep beside theirs."""
    return list(_bases.items())


class Keyed:
    """A view record made only when something reads it, shown in a piece's key by the digest of its inputs.

    `inputs` digests everything `make` reads, spelled out beside the view (as
    `calendar_keys` does for calendars): equal inputs, equal records. As an argument of
    `piece` its `repr` is that digest, so a rebuild that finds the piece never makes the
    record (a view of 10,000 items made and printed by `repr` was most of a rebuild's
    site); a template that reads a field makes it then, once. Only for the shipped
    templates: a user's may compare or print records, and is given them made.
    """

    __slots__ = ("_inputs", "_made", "_make")

    def __init__(self, inputs: str, make: Callable[[], object]) -> None:
        self._inputs = inputs
        self._make: Callable[[], object] | None = make
        self._made: object = None

    @classmethod
    def of(cls, record: object, inputs: str) -> Keyed:
        """A record made already, shown in pieces' keys by `inputs` (a digest of it, made once for several pages)."""
        keyed = cls(inputs, lambda: record)
        keyed.record()
        return keyed

    def record(self) -> object:
        """The record itself."""
        if self._make is not None:
            self._made, self._make = self._make(), None
        return self._made

    def __getattr__(self, name: str) -> object:
        return getattr(self.record(), name)

    def __repr__(self) -> str:
        return f"Keyed({self._inputs})"


class Rendered(str):
    """Text a template made already (a macro's): a Markdown template shows it as it is, not escaped again."""

    __slots__ = ()


def macro_pieces(name: str, locale: str, *, html: bool) -> Callable[..., str]:
    """A function for writer `name`'s template: `{{ piece(a_macro, x, y) }}` shows what `{{ a_macro(x, y) }}` shows.

    The macro's text is taken again where the macro, the arguments (by `repr`) and the
    page's language are those of a piece of the published build. Only for macros that
    read nothing but their arguments, other macros and the labels (`_`, `ngettext`): a
    user's templates may not, and with `--templates` no piece is taken from an earlier build.
    """
    made = pieces(name)
    shown: Callable[[str], str] = Markup if html else Rendered

    def piece(macro: Any, *arguments: object) -> str:
        return shown(made.get(repr((locale, macro.name, arguments)), lambda: str(macro(*arguments))))

    return piece


def macro_runs(name: str, locale: str, *, html: bool) -> Callable[..., str]:
    r"""A function for writer `name`'s template that shows a run of pieces in one call.

    `{{ pieces(a_macro, records, y, after="\n") }}` shows what this loop shows:
    `{% for r in records %}{{ piece(a_macro, r, y) }}{{ "\n" }}{% endfor %}`. Each
    record's piece is asked for by the key `macro_pieces` gives it. One call a run, not
    one a piece: Jinja2's loop, its call and the markup of each piece were a fifth of a
    second of a rebuild's 75,000 pieces at 10,000 items.
    """
    made = pieces(name)
    shown: Callable[[str], str] = Markup if html else Rendered

    def run(macro: Any, records: Iterable[object], *arguments: object, after: str = "") -> str:
        macro_name = macro.name
        texts = []
        for record in records:
            shown_with = (record, *arguments)
            texts.append(made.get(repr((locale, macro_name, shown_with)), functools.partial(_made, macro, shown_with)))
        return shown("".join(text + after for text in texts))

    return run


def _made(macro: Any, arguments: tuple[object, ...]) -> str:
    return str(macro(*arguments))
