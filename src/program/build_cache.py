"""Rebuilds that redo only what changed: the outputs of the published build reused, by what they depend on.

Each build records, in a file of its own build folder (`out/.program-publish/builds/<id>/.program-cache.json`,
never linked into out/), a key for every file it wrote: a digest of what the file depends on. The next build
works out the same keys for its program and renders only the files whose key is new; every other file is a hard
link to the published build's (the same bytes, no copy). What goes into a key:

- every file: the settings key, a digest of this program's code (the version and the bytes of its modules, so an
  edited checkout counts too), the versions of the libraries that write the bytes (icalendar, Jinja2, orjson,
  Typst…), the presentation options, the shipped templates and `--templates`, byte for byte, and which writers run;
- a whole-program output (program.json, the site, schedule.xml…): the whole program (every item, by its digest
  (`digests.item_digests`) and where it was read, and every person, paper, problem and setting, by `repr`);
- a personal or per-kind calendar, a first version's changes.xml: only what it shows (`calendar_keys`, `file_key`).

When the settings key and the program are those of the published build, and its files are all there as it wrote
them, nothing is written at all: the published build stays. A file edited by hand in the published build (newer
than its build's cache file) is rendered again, never linked.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import stat
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

import attrs
import orjson

import program as program_package
from program.model import Program
from program.publish_checks import STATE, check_out, is_ours
from program.version import __version__
from program.writers import AnyWriter, FolderWriter, RenderOptions, output_name
from program.writers.digests import digest, item_digests, large_digest
from program.writers.piece_reuse import BASE_SUFFIX, PIECES_FOLDER
from program.writers.template_folder import shipped_templates

if TYPE_CHECKING:
    from program.publish import LinkedFile, Staged

CACHE_FILE = ".program-cache.json"
"""The keys of a build's files, inside its own build folder."""

_FORMAT = 1
"""The cache file's layout; another layout is not read (a full build)."""

_LIBRARIES = ("icalendar", "jinja2", "orjson", "lxml", "markupsafe", "pylatexenc", "pyicu", "typst")
"""The libraries whose version can change the bytes of an output."""


@attrs.frozen
class Plan:
    """What a build renders and what it takes from the published build.

    Attributes:
        writers: the writers to run; a folder writer narrowed to its changed files.
        reused: (path in out/, the published build's file) for every file kept as it was.
        keys: every file of this build -> its key: the next build's cache.
        unchanged: the published build is this build: nothing to write.
    """

    writers: tuple[AnyWriter, ...]
    reused: tuple[tuple[str, LinkedFile], ...]
    keys: Mapping[str, str]
    unchanged: bool = False
    event_keys: Sequence[str] = ()
    """The key of each event of program.ics, in its order: the next build finds its events by them."""
    events: Mapping[str, bytes] = attrs.field(factory=dict)
    """Item id -> its VEVENT as the published program.ics holds it, for the events that did not change."""
    written: Sequence[str] = ()
    """When unchanged: the published build's files, in the order it wrote them."""
    settings: str = ""
    """The settings key: part of every key, and of every piece's (`writers.piece_reuse`)."""
    pieces_from: Path | None = None
    """The published build's folder, whose pieces the writers rendered again take (None: no earlier pieces)."""
    people: Sequence[Mapping[str, object]] = ()
    """Each person's id, name and spellings, as program.json has them: the next build keeps its ids by them."""

    @property
    def mostly_reused(self) -> bool:
        """Whether most of the build's files are the published build's: a rebuild after a small edit.

        Such a build renders in one process: forking workers (each touching the program's memory), sending
        files through pipes and deriving shared data once a worker costs more CPU than the few files left.
        """
        return len(self.reused) * 2 >= len(self.keys)

    def staged(self, rendered: Iterable[tuple[str, Staged]]) -> Iterator[tuple[str, Staged]]:
        """The files to publish: `rendered`, the reused ones, then the cache (last: its time is the build's)."""
        written = []
        for name, content in itertools.chain(rendered, self.reused):
            written.append(name)
            yield name, content
        cache = {
            "format": _FORMAT,
            "files": self.keys,
            "events": self.event_keys,
            "written": written,
            "people": self.people,
        }
        yield CACHE_FILE, orjson.dumps(cache)


def program_parts(program: Program) -> Iterator[str]:
    """The program a field and an element at a time: its items by their digests and sources, the rest by `repr`.

    Never one string: at 100,000 items the whole `repr` is 270 million characters (520 MB).
    """
    items = item_digests(program)
    for field in attrs.fields(Program):
        value = getattr(program, field.name)
        yield field.name
        if field.name == "items":  # each item's digest (made once a build, for its keys too) and where it was read
            for item in program.items:
                yield items[id(item)]
                yield repr(item.source)
        elif isinstance(value, tuple):
            yield from map(repr, value)
        else:
            yield repr(value)
            continue
        yield ")"


@attrs.frozen
class FirstLook:
    """What a build works out before any writer is imported: the keys of its settings and program, and out/'s build."""

    settings: str
    whole: str
    """The key of the whole program (with the settings): "" in the keys of a build's cache."""
    published: _Published | None
    written: Sequence[str] | None = None
    """The published build's outputs, in the order it wrote them, when it is this build: nothing to render."""


def first_look(
    program: Program, outputs: Sequence[tuple[str, str]], options: RenderOptions, out_dir: Path | None
) -> FirstLook:
    """The keys of `program` with the writers `outputs` names (name, output), and whether out/ holds this build.

    Names only (`writers.build_outputs`): a rebuild that changes nothing imports no writer (a tenth of a second).
    """
    settings = settings_key([name for name, _ in outputs], options)
    whole = large_digest(itertools.chain([settings], program_parts(program)))
    tops = [output.rstrip("/") for _, output in outputs]
    if out_dir is not None and out_dir.is_dir():  # as publishing checks it (again), before trusting its build
        check_out(out_dir, tops)
    published = _published(out_dir) if out_dir is not None else None
    if (
        out_dir is not None
        and published is not None
        and published.files.get("") == whole
        and published.intact(out_dir, tops)
    ):
        written = [name for name in published.written if not name.startswith(".")]
        return FirstLook(settings, whole, published, written)
    return FirstLook(settings, whole, published)


def plan_build(
    program: Program,
    writers: Sequence[AnyWriter],
    options: RenderOptions,
    out_dir: Path | None,
    look: FirstLook | None = None,
) -> Plan:
    """Work out which files of `program` must be rendered, against the build published in `out_dir` (None: all).

    `look`: the `first_look` of the same program, writers and `out_dir`, when the caller took it.
    """
    from program.publish import LinkedFile  # noqa: PLC0415 (publishing's modules: only a build that writes)
    from program.writers.calendar_keys import calendar_keys  # noqa: PLC0415 (imports the calendar writers)

    outputs = [(writer.name, output_name(writer)) for writer in writers]
    look = look or first_look(program, outputs, options, out_dir)
    settings, whole, published = look.settings, look.whole, look.published
    if look.written is not None:
        return Plan((), (), published.files if published else {}, unchanged=True, written=look.written)
    events = {item_id: digest([settings, key]) for item_id, key in calendar_keys(program, None).of_events()}
    keys: dict[str, str] = {"": whole}  # "": the whole build, for the quick test above
    to_render: list[AnyWriter] = []
    reused: list[tuple[str, LinkedFile]] = []
    for writer in writers:
        mine = dict(_file_keys(writer, program, options, settings, whole))
        keys.update(mine)
        kept = {name: source for name in mine if published and (source := published.reusable(name, mine[name]))}
        reused.extend((name, LinkedFile(source)) for name, source in kept.items())
        if len(kept) < len(mine):
            to_render.append(_narrowed(writer, [name for name in mine if name not in kept]))
        elif published is not None:  # its pieces (and the base they were kept beside), for the build after this one
            for name in (f"{PIECES_FOLDER}/{writer.name}", f"{PIECES_FOLDER}/{writer.name}{BASE_SUFFIX}"):
                if pieces := published.unedited(name):
                    reused.append((name, LinkedFile(pieces)))
    made = _published_events(published) if published is not None else {}
    known = {item_id: made[key] for item_id, key in events.items() if key in made}
    return Plan(
        tuple(to_render),
        tuple(reused),
        keys,
        event_keys=tuple(events.values()),
        events=known,
        settings=settings,
        pieces_from=published.folder if published is not None and options.templates is None else None,
        people=[{"id": person.id, "name": person.name, "aliases": person.aliases} for person in program.people],
    )


def published_people(out_dir: Path) -> list[object] | None:
    """The people (id, name, aliases) the build published in `out_dir` recorded, as its program.json has them.

    None when it recorded none, or its program.json was edited since (`earlier` reads it then).
    """
    published = _published(out_dir)
    if published is None or published.unedited("program.json") is None:
        return None
    return published.people


def _published_events(published: _Published) -> dict[str, bytes]:
    """Event key -> VEVENT bytes, for every event of the published program.ics.

    program.ics holds every timed item's event in the program's order, each as `ProgramEvents.event_bytes`
    gives it, after the calendar's head and VTIMEZONE. No line inside an event begins "BEGIN:VEVENT"
    (icalendar escapes line breaks in values, and a folded line goes on with a space).
    """
    source = published.unedited("program.ics")
    if source is None or not published.events:
        return {}
    pieces = source.read_bytes().split(b"BEGIN:VEVENT\r\n")[1:]
    if len(pieces) != len(published.events):
        return {}
    pieces[-1] = pieces[-1].removesuffix(b"END:VCALENDAR\r\n")
    return {key: b"BEGIN:VEVENT\r\n" + piece for key, piece in zip(published.events, pieces, strict=True)}


def _file_keys(
    writer: AnyWriter, program: Program, options: RenderOptions, settings: str, whole: str
) -> Iterator[tuple[str, str]]:
    """(path in out/, key) of each file of `writer`: by what it shows (`file_keys`, `file_key`), else by the program."""
    file_keys, file_key = getattr(writer, "file_keys", None), getattr(writer, "file_key", None)
    if isinstance(writer, FolderWriter) and file_keys is not None:
        for name, shown in file_keys(program):
            yield f"{writer.folder}/{name}", digest([settings, writer.name, shown])
    else:
        own = file_key(program, options) if file_key is not None else None
        yield output_name(writer), digest([whole, writer.name] if own is None else [settings, writer.name, own])


def _narrowed(writer: AnyWriter, paths: Sequence[str]) -> AnyWriter:
    """`writer`, writing only `paths` when it is a folder writer that can (its `only`)."""
    if isinstance(writer, FolderWriter) and hasattr(writer, "only") and not any(path.endswith("/") for path in paths):
        return type(writer)(only=[path.partition("/")[2] for path in paths])  # type: ignore[call-arg]
    return writer


def settings_key(writers: Sequence[str], options: RenderOptions) -> str:
    """The digest of everything besides the program that every output depends on (`writers`: their names)."""
    templates = options.templates
    return digest(
        [
            __version__,
            sys.version,
            _code_digest(),
            *(f"{name} {_version(name)}" for name in _LIBRARIES),
            repr(attrs.evolve(options, templates=None)),
            _folder_digest(shipped_templates()),
            _folder_digest(templates) if templates is not None else "",
            *writers,
        ]
    )


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "none"


def _code_digest() -> str:
    """The bytes of program's own modules: a checkout edited without a new version is another program."""
    return _folder_digest(Path(program_package.__file__).parent, suffix=".py")


def _folder_digest(folder: Path, suffix: str = "") -> str:
    hasher = hashlib.blake2b(digest_size=16)
    for path in sorted(folder.rglob(f"*{suffix}")):
        if path.is_file() and "__pycache__" not in path.parts:
            hasher.update(path.relative_to(folder).as_posix().encode() + b"\x00" + path.read_bytes() + b"\x00")
    return hasher.hexdigest()


@attrs.frozen
class _Published:
    """The build out/ shows, and its cache."""

    folder: Path
    files: Mapping[str, str]
    written_before: int
    """The cache file's modification time (ns): every file of the build is older."""
    events: Sequence[str] = ()
    written: Sequence[str] = ()
    people: list[object] | None = None

    def reusable(self, name: str, key: str) -> str | None:
        """The path of the published file `name` when it has `key` and is as the build wrote it."""
        if self.files.get(name) != key or name.endswith("/"):  # a folder is rendered whole
            return None
        return self._unedited(name)

    def unedited(self, name: str) -> Path | None:
        """The published file `name` when it is there as the build wrote it."""
        return None if (path := self._unedited(name)) is None else Path(path)

    def _unedited(self, name: str) -> str | None:
        # A path as text, not a Path: a rebuild asks this of each of its files (8,800 at 10,000 items).
        path = f"{self.folder}/{name}"
        try:
            info = os.lstat(path)
        except OSError:
            return None
        return path if info.st_mtime_ns <= self.written_before and stat.S_ISREG(info.st_mode) else None

    def intact(self, out_dir: Path, tops: Iterable[str]) -> bool:
        """Whether every file is there unedited, and out/ links to each output (`tops`: "people", "index.html")."""
        if not all(is_ours(out_dir / top) for top in tops):
            return False
        state = out_dir / STATE  # what a killed build left is removed by a build that publishes
        # The build it replaced stays until the next publishes (`previous`); any other is a killed build's.
        kept = {self.folder.name, _pointed(state / "previous")}
        if not {entry.name for entry in (state / "builds").iterdir()} <= kept:
            return False
        if any(entry.name.startswith(("new-", "old-")) for entry in state.iterdir()):
            return False
        return all(
            (self.folder / name).is_dir() if name.endswith("/") else self.reusable(name, key)
            for name, key in self.files.items()
            if name
        )


def _pointed(pointer: Path) -> str | None:
    """The build a pointer of the state folder names ("builds/<id>"), if it is one."""
    try:
        folder, _, name = pointer.readlink().as_posix().partition("/")
    except OSError:
        return None
    return name if folder == "builds" and "/" not in name else None


def _published(out_dir: Path) -> _Published | None:
    """The published build and its cache, when there is one this version can read."""
    state = out_dir / STATE
    try:
        if state.is_symlink() or not state.is_dir():
            return None
        target = (state / "current").readlink().as_posix()
        folder = state / target
        if not target.startswith("builds/") or "/" in target[len("builds/") :] or folder.is_symlink():
            return None
        cache = folder / CACHE_FILE
        info = cache.lstat()
        seen = (str(cache), info.st_ino, info.st_size, info.st_mtime_ns)
        if seen in _READ:  # a build asks twice (people's ids, then its keys): the file is parsed once
            return _READ[seen]
        written = info.st_mtime_ns
        recorded = orjson.loads(cache.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None
    _READ.clear()
    _READ[seen] = _recorded(folder, written, recorded)
    return _READ[seen]


_READ: dict[tuple[str, int, int, int], _Published | None] = {}
"""The last cache file read, by its path, inode, size and time: another file (or it edited) is read again."""


def _recorded(folder: Path, written: int, recorded: object) -> _Published | None:
    if (
        not isinstance(recorded, dict)
        or recorded.get("format") != _FORMAT
        or not isinstance(recorded.get("files"), dict)
    ):
        return None
    events, names = recorded.get("events"), recorded.get("written")
    if not isinstance(events, list) or not isinstance(names, list):
        return None
    people = recorded.get("people")
    return _Published(
        folder.resolve(), recorded["files"], written, events, names, people if isinstance(people, list) else None
    )
