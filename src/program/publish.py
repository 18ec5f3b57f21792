"""Publishing a build into out/: whole or not at all, one build at a time, nothing stale.

Anyone looking at out/ (a web server, a sync client, the next build after a SIGKILL) sees
either every file of the earlier build or every file of the new one. The mechanism is the
one of versioned folders behind one pointer, switched by a single rename::

    out/program.json -> .program-publish/current/program.json
    out/people        -> .program-publish/current/people
    out/.program-publish/current  -> builds/<id>     (the pointer)
    out/.program-publish/previous -> builds/<id>     (the build it replaced, kept until the next)
    out/.program-publish/builds/<id>/...             (the files of one build)
    out/.program-publish/lock                        (flock; holds the pid of the build)

A build writes its files into a fresh builds/<id>/, then makes `current` point at it by
renaming a new symlink over the old one: rename(2) is atomic, so there is no moment with
half the files switched, whatever signal arrives. Everything lives inside out/, so the
renames never cross a file system: out/ may be a mount point (a Docker bind mount, NFS, a
tmpfs) or a writable folder under a read-only one.

The replaced build stays (as `previous`) until the next build: a reader that resolved
`current` once (a web server serving `current/`, `program publish-copy`) finishes on the
version it started on. Every top-level link resolves at every moment: while a switch adds
or drops an output, its link points straight into the build that has it (publish_links).

Why not the alternatives: exchanging two folders needs renameat2(RENAME_EXCHANGE), which
not every file system or OS has, and must happen beside out/ (outside a mount point); a
journal replayed by the next run leaves readers a mix until that run comes.

The top-level links are the manifest: a link into `.program-publish/` is an output of a
build, and the only thing in out/ a build replaces. Anything else where an output goes (a
plain `index.html` or `people/`, a link of the user's) is an error naming it, raised
before anything is written; everything else in out/ is the user's and never touched.
`--out .` (or a folder above the current one) must hold nothing but outputs. An output
the new build no longer writes (program.pdf after --no-pdf) loses its link. Builds no
pointer names (the one `previous` named, the staging of a run that was killed) are
removed; one that cannot be is reported. Nothing inside the state folder is followed
(publish_state).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import attrs

from program import publish_links as links
from program.errors import OutputError
from program.publish_checks import STATE, build_target, check_in_the_way, check_out, link_target, output_error
from program.publish_state import State, create, locked, remove_entry, signals_held

LOCK_WAIT = 10.0
"""Seconds a build waits for another build writing the same out/ before it gives up."""

FileContent = bytes | Iterable[bytes]
"""A file's bytes, whole or as chunks to write one after the other."""


@attrs.frozen
class LinkedFile:
    """A file of an earlier build to stage as it is (a hard link, else a copy): a rebuild's unchanged output."""

    source: Path | str


Staged = FileContent | LinkedFile
"""What a build may stage for a file. Staged names that begin with "." (the build's cache) get no link in out/."""

step_hook: Callable[[str], None] = lambda step: None  # noqa: E731 (a hook tests replace)
"""Called with the name of each step of a publication ("staged", "linked", "switched", …).

Tests replace it to stop a real build at a chosen moment (and then kill it).
"""


def publish(
    files: Iterable[tuple[str, Staged]], out_dir: Path, folders: Iterable[str] = (), expected: Iterable[str] = ()
) -> tuple[Path, ...]:
    """Write every file into `out_dir` as one new build (see `published_names`); return their paths."""
    return tuple(out_dir / name for name in published_names(files, out_dir, folders, expected))


def published_names(
    files: Iterable[tuple[str, Staged]], out_dir: Path, folders: Iterable[str] = (), expected: Iterable[str] = ()
) -> tuple[str, ...]:
    """Write every file into `out_dir` as one new build, or leave `out_dir` as it was; return what it wrote, by name.

    `files` are (path relative to out/, content) and may be a generator that renders as it
    goes: the lock is held from the first file on. Each of `folders` ("people") is an output
    even when empty, so a folder no longer filled does not keep the old files. `expected`
    are the top-level names the build will write ("people", "index.html"): each is checked
    before anything is written, so a file of the user's in the way stops the build at once.

    Raises:
        OutputError: when `out_dir` cannot be written (nothing was published), holds files
            of the user's where outputs go, or another build holds it for longer than
            LOCK_WAIT seconds.
    """
    if sys.platform == "win32":
        raise OutputError("publishing out/ needs symbolic links and flock: Linux or macOS (on Windows, WSL)")
    created = not os.path.lexists(out_dir)
    create(out_dir)
    try:
        check_out(out_dir, expected)
    except OutputError:
        if created:
            with contextlib.suppress(OSError):
                out_dir.rmdir()
        raise
    with locked(out_dir, LOCK_WAIT) as state:
        try:
            links.recover(state)
            return _publish_locked(files, out_dir, folders, state)
        except BaseException:
            if created and links.pointed_build(state) is None:  # a failed first build leaves no out/ behind
                _remove_created(out_dir, state)
            raise


def _publish_locked(
    files: Iterable[tuple[str, Staged]], out_dir: Path, folders: Iterable[str], state: State
) -> tuple[str, ...]:
    build_id = f"{time.time_ns():x}-{os.getpid()}"
    staging = state.path / "builds" / build_id
    switched = False
    try:
        try:
            os.mkdir(build_id, 0o755, dir_fd=state.builds)
            written = _stage(files, folders, staging)
        except OSError as error:
            raise output_error(out_dir, error, "nothing was written") from None
        step_hook("staged")
        names = sorted(entry.name for entry in staging.iterdir() if not entry.name.startswith("."))
        check_in_the_way(out_dir, names)  # what the build wrote that was not expected
        with signals_held():
            try:
                added, dropped = _switch(state, build_id, names)
                switched = True
            except OSError as error:
                raise output_error(out_dir, error, "the earlier outputs are still published") from None
            _settle(state, added, dropped)
    finally:
        if not switched:
            with contextlib.suppress(OSError):
                links.normalise(state)  # links that pointed into the staging first
                remove_entry(state.builds, build_id, state.path / "builds")
    return tuple(written)


def _switch(state: State, build_id: str, names: list[str]) -> tuple[list[str], list[str]]:
    """Publish `build_id`, every top-level link resolving at every step; return the outputs added and dropped.

    An added output's link points into the new build until the switch, a dropped one's
    into the old build (kept as `previous`) until it is removed, then the links are made
    what a finished build leaves (`_settle`).
    """
    earlier = links.pointed_build(state)
    published = links.our_links(state)
    added = [name for name in names if name not in published]
    dropped = [name for name in published if name not in names]
    for name in added:
        links.link(state, name, build_target(build_id, name))
        step_hook(f"linked {name}")
    for name in dropped:
        if earlier is not None and links.has(state, earlier, name):
            links.link(state, name, build_target(earlier, name))
        else:
            links.unlink(state, name)
        step_hook(f"held {name}")
    step_hook("linked")
    if earlier is not None:
        links.point(state, "previous", earlier)
        step_hook("kept")
    links.point(state, "current", build_id)
    step_hook("switched")
    return added, dropped


def _settle(state: State, added: list[str], dropped: list[str]) -> None:
    """After the switch: links through `current` again, dropped outputs unlinked, builds no pointer names removed.

    A failure here leaves links that resolve (into the published build); the next build settles them.
    """
    with contextlib.suppress(OSError):
        for name in added:
            links.link(state, name, link_target(name))
            step_hook(f"relinked {name}")
        for name in dropped:
            links.unlink(state, name)
            step_hook(f"unlinked {name}")
    links.remove_unpointed(state)
    step_hook("cleaned")


def _stage(files: Iterable[tuple[str, Staged]], folders: Iterable[str], staging: Path) -> list[str]:
    made = {""}  # the folders made in the staging folder: one mkdir each, not one a file
    for folder in folders:
        (staging / folder).mkdir(parents=True, exist_ok=True)
        made.add(folder.strip("/"))
    written = []
    for name, data in files:
        path = f"{staging}/{name}"  # text: a rebuild stages thousands of linked files
        try:
            if (parent := name.rpartition("/")[0]) not in made:
                Path(staging, parent).mkdir(parents=True, exist_ok=True)
                made.add(parent)
            if isinstance(data, bytes):
                Path(path).write_bytes(data)
            elif isinstance(data, LinkedFile):
                _link_or_copy(data.source, path)
            else:
                with Path(path).open("wb") as file:
                    file.writelines(data)
        except OSError as error:  # name the output, not the staging folder (a full disk says no file)
            raise OSError(error.errno, error.strerror, name) from None
        written.append(name)
        step_hook(f"wrote {len(written)}")
    return written


class LinkedFileGone(Exception):  # noqa: N818 (not an error of the user's: the build renders it instead)
    """The earlier build a LinkedFile was in is gone (another build into out/ replaced it meanwhile)."""


def _link_or_copy(source: Path | str, path: str) -> None:
    try:
        os.link(source, path, follow_symlinks=False)
    except FileNotFoundError:
        raise LinkedFileGone(source) from None
    except OSError:  # a file system without hard links
        shutil.copyfile(source, path, follow_symlinks=False)


def _remove_created(out_dir: Path, state: State) -> None:
    with contextlib.suppress(OSError):
        remove_entry(state.out, STATE, out_dir)
    with contextlib.suppress(OSError):
        out_dir.rmdir()  # only when nothing else is in it


def write_file(path: Path, data: bytes) -> None:
    """Write one file (not a build: `program ics -o`) so a reader sees the old bytes or the new.

    The bytes go to a new temporary file beside `path` (a random name, created exclusively,
    so a link planted there is never followed), then renamed over it. The file keeps the
    mode of the one it replaces (a new one: what the umask gives).

    Raises:
        OutputError: when the file cannot be written.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:  # named as the file asked for, not the temporary one (a read-only file system)
        raise output_error(path.parent, OSError(error.errno, error.strerror), "nothing was written", path) from None
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as file:
            os.fchmod(file.fileno(), _mode_for(path))
            file.write(data)
        temporary.replace(path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise output_error(path.parent, OSError(error.errno, error.strerror), "nothing was written", path) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask
