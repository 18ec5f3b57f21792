"""Publishing a build into out/: whole or not at all, one build at a time, nothing stale.

Anyone looking at out/ (a web server, a sync client, the next build after a SIGKILL) sees
either every file of the earlier build or every file of the new one. The mechanism is the
one of versioned folders behind one pointer, switched by a single rename::

    out/program.json  -> .program-publish/current/program.json
    out/people        -> .program-publish/current/people
    out/.program-publish/current -> builds/<id>      (the pointer)
    out/.program-publish/builds/<id>/...             (the files of one build)
    out/.program-publish/lock                        (flock; holds the pid of the build)

A build writes its files into a fresh builds/<id>/, then makes `current` point at it by
renaming a new symlink over the old one: rename(2) is atomic, so there is no moment with
half the files switched, whatever signal arrives. Everything lives inside out/, so the
renames never cross a file system: out/ may be a mount point (a Docker bind mount, NFS, a
tmpfs) or a writable folder under a read-only one.

Why not the alternatives: exchanging two folders needs renameat2(RENAME_EXCHANGE), which
not every file system or OS has, and must happen beside out/ (outside a mount point); a
journal replayed by the next run leaves readers a mix until that run comes.

The top-level links are the manifest: a link to `.program-publish/current/<name>` is an
output of a build, and the only thing in out/ a build replaces. Anything else where an
output goes (a plain `index.html` or `people/`, a link of the user's) is an error naming
it, raised before anything is written; everything else in out/ is the user's and never
touched. `--out .` (or a folder above the current one) must hold nothing but outputs. An
output the new build no longer writes (program.pdf after --no-pdf) loses its link. Builds
that are not `current` (the one just replaced, the staging of a run that was killed) are
removed; one that cannot be is reported.

Nothing inside the state folder is followed: it must be a plain folder of this user
(a cloned repository can carry an out/ whose `.program-publish` or `lock` is a symbolic
link to anywhere), is opened with O_NOFOLLOW, and every entry in it is reached relative
to its descriptor and lstat'ed before it is removed: a link is unlinked, never followed.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import stat
import sys
import tempfile
import threading
import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import attrs

from program.errors import OutputError, OutputWarning
from program.publish_checks import (
    STATE,
    check_in_the_way,
    check_out,
    check_owner,
    is_ours,
    kind_of,
    link_target,
    output_error,
)

LOCK_WAIT = 10.0
"""Seconds a build waits for another build writing the same out/ before it gives up."""

FileContent = bytes | Iterable[bytes]
"""A file's bytes, whole or as chunks to write one after the other."""


@attrs.frozen
class LinkedFile:
    """A file of an earlier build to stage as it is (a hard link, else a copy): a rebuild's unchanged output."""

    source: Path


Staged = FileContent | LinkedFile
"""What a build may stage for a file. Staged names that begin with "." (the build's cache) get no link in out/."""

step_hook: Callable[[str], None] = lambda step: None  # noqa: E731 (a hook tests replace)
"""Called with the name of each step of a publication ("staged", "linked", "switched", …).

Tests replace it to stop a real build at a chosen moment (and then kill it).
"""

_HELD_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)

_BUILD_ID = re.compile(r"[0-9a-f]+-[0-9]+(-earlier)?")
"""The name of a build's folder in builds/ (`-earlier`: one an older version took over)."""


def publish(
    files: Iterable[tuple[str, Staged]], out_dir: Path, folders: Iterable[str] = (), expected: Iterable[str] = ()
) -> tuple[Path, ...]:
    """Write every file into `out_dir` as one new build, or leave `out_dir` as it was.

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
    _create(out_dir)
    try:
        check_out(out_dir, expected)
    except OutputError:
        if created:
            with contextlib.suppress(OSError):
                out_dir.rmdir()
        raise
    with _locked(out_dir) as state:
        try:
            _recover(state)
            return _publish_locked(files, out_dir, folders, state)
        except BaseException:
            if created and _current_build(state) is None:  # a failed first build leaves no out/ behind
                _remove_created(out_dir, state)
            raise


def _create(out_dir: Path) -> None:
    """Make `out_dir` (and its parents), or say why not, naming the folder as the user gave it."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        why = error.strerror
        if isinstance(error, FileExistsError | NotADirectoryError):
            blocking = next((path for path in (out_dir, *out_dir.parents) if path.exists() and not path.is_dir()), None)
            why = f"{(blocking or out_dir).as_posix()} is not a folder"
        raise OutputError(f"{out_dir.as_posix()}: cannot create it: {why}; nothing was written") from None


@attrs.frozen
class _State:
    """out/ and its state folder, open: everything inside is reached relative to these, never through a link."""

    out_dir: Path
    out: int
    state: int
    builds: int

    @property
    def path(self) -> Path:
        return self.out_dir / STATE


def _publish_locked(
    files: Iterable[tuple[str, Staged]], out_dir: Path, folders: Iterable[str], state: _State
) -> tuple[Path, ...]:
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
        with _signals_held():
            try:
                _link(state, names)
                step_hook("linked")
                previous = _current_build(state)
                _switch(state, build_id)
                switched = True
                step_hook("switched")
            except OSError as error:
                raise output_error(out_dir, error, "the earlier outputs are still published") from None
            _unlink_stale(state, set(names))
            if previous is not None:
                _remove_build(state, previous)
            step_hook("cleaned")
    finally:
        if not switched:
            with contextlib.suppress(OSError):
                _remove_entry(state.builds, build_id, state.path / "builds")
    return tuple(out_dir / name for name in written)


def _stage(files: Iterable[tuple[str, Staged]], folders: Iterable[str], staging: Path) -> list[str]:
    for folder in folders:
        (staging / folder).mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in files:
        path = staging / name
        try:
            if path.parent != staging:
                path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(data, bytes):
                path.write_bytes(data)
            elif isinstance(data, LinkedFile):
                _link_or_copy(data.source, path)
            else:
                with path.open("wb") as file:
                    file.writelines(data)
        except OSError as error:  # name the output, not the staging folder (a full disk says no file)
            raise OSError(error.errno, error.strerror, name) from None
        written.append(name)
        step_hook(f"wrote {len(written)}")
    return written


class LinkedFileGone(Exception):  # noqa: N818 (not an error of the user's: the build renders it instead)
    """The earlier build a LinkedFile was in is gone (another build into out/ replaced it meanwhile)."""


def _link_or_copy(source: Path, path: Path) -> None:
    try:
        os.link(source, path, follow_symlinks=False)
    except FileNotFoundError:
        raise LinkedFileGone(source) from None
    except OSError:  # a file system without hard links
        shutil.copyfile(source, path, follow_symlinks=False)


def _current_build(state: _State) -> str | None:
    """The build `current` points at, when it is a pointer a build made."""
    try:
        target = os.readlink("current", dir_fd=state.state)
    except OSError:
        return None
    folder, _, name = target.partition("/")
    return name if folder == "builds" and _BUILD_ID.fullmatch(name) else None


def _recover(state: _State) -> None:
    """Remove what an earlier run left: builds that are not current, half-made links."""
    current = _current_build(state)
    for name in os.listdir(state.builds):  # noqa: PTH208 (a descriptor, which pathlib cannot list)
        if name != current:
            _remove_build(state, name)
    for name in os.listdir(state.state):  # noqa: PTH208 (a descriptor)
        if name.startswith(("new-", "old-")):
            with contextlib.suppress(OSError):
                _remove_entry(state.state, name, state.path)


def _remove_build(state: _State, name: str) -> None:
    """Remove one build that is not current; say so when it cannot be (it stays until a build can)."""
    try:
        _remove_entry(state.builds, name, state.path / "builds")
    except OSError as error:
        where = state.path / "builds" / name
        warnings.warn(
            f"{where.as_posix()}: cannot remove this earlier build: {error.strerror}; "
            "the outputs are the new ones, the next build tries again",
            OutputWarning,
            stacklevel=2,
        )


def _remove_entry(directory: int, name: str, path: Path) -> None:
    """Remove `name` in the open `directory` (at `path`) without following a link: a link goes, not its target."""
    try:
        info = os.lstat(name, dir_fd=directory)
    except FileNotFoundError:
        return
    if not stat.S_ISDIR(info.st_mode):
        os.unlink(name, dir_fd=directory)
    elif shutil.rmtree.avoids_symlink_attacks:
        shutil.rmtree(name, dir_fd=directory)
    else:  # lstat said a folder; rmtree itself refuses a link put there since
        shutil.rmtree(path / name)


def _link(state: _State, names: Iterable[str]) -> None:
    """Give each output a top-level link; a link to a file the old build lacks shows nothing until the switch."""
    for name in names:
        if not is_ours(state.out_dir / name):
            temporary = f"new-{name}"
            _remove_entry(state.state, temporary, state.path)
            os.symlink(link_target(name), temporary, dir_fd=state.state)
            os.rename(temporary, name, src_dir_fd=state.state, dst_dir_fd=state.out)


def _switch(state: _State, build_id: str) -> None:
    """The publication: one rename makes every link show the new build."""
    _remove_entry(state.state, "new-current", state.path)
    os.symlink(f"builds/{build_id}", "new-current", dir_fd=state.state)
    os.rename("new-current", "current", src_dir_fd=state.state, dst_dir_fd=state.state)
    with contextlib.suppress(OSError):  # durability across a power cut; not needed for correctness
        os.fsync(state.state)


def _unlink_stale(state: _State, names: set[str]) -> None:
    """Remove the links of outputs an earlier build wrote and this one did not."""
    for entry in state.out_dir.iterdir():
        if entry.name not in names and is_ours(entry):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(entry.name, dir_fd=state.out)


def _remove_created(out_dir: Path, state: _State) -> None:
    with contextlib.suppress(OSError):
        _remove_entry(state.out, STATE, out_dir)
    with contextlib.suppress(OSError):
        out_dir.rmdir()  # only when nothing else is in it


def _open_folder(name: str | Path, path: Path, directory: int | None = None) -> int:
    """Open a folder of the state (creating it), refusing a link, anything but a folder, another user's."""
    with contextlib.suppress(FileExistsError):
        os.mkdir(name, 0o755, dir_fd=directory)
    descriptor = os.open(name, os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _CLOEXEC, dir_fd=directory)
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISDIR(info.st_mode):
            raise OutputError(f"{path.as_posix()} is {kind_of(info.st_mode)}, not a folder a build made")
        check_owner(path, info)
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor


def _open_lock(state: int, path: Path) -> int:
    descriptor = os.open("lock", os.O_RDWR | os.O_CREAT | _NOFOLLOW | _CLOEXEC, 0o644, dir_fd=state)
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1:
            raise OutputError(f"{path.as_posix()} is not the lock file a build made; nothing was written")
        check_owner(path, info)
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor


@contextlib.contextmanager
def _locked(out_dir: Path) -> Iterator[_State]:
    """Hold out/'s lock; wait LOCK_WAIT seconds for another build, then say which one holds it.

    flock is released by the kernel when its holder dies, so a killed build never leaves
    a stale lock behind (a lock file that exists, as git uses, would). The state folder,
    builds/ and the lock are opened without following links, checked, and from then on
    reached through their descriptors only.
    """
    deadline = time.monotonic() + LOCK_WAIT
    while True:
        opened: list[int] = []
        try:
            try:
                _create(out_dir)  # again: a failed first build we waited for removed it
                opened.append(os.open(out_dir, os.O_RDONLY | _DIRECTORY | _CLOEXEC))
                opened.append(_open_folder(STATE, out_dir / STATE, opened[0]))
                opened.append(_open_folder("builds", out_dir / STATE / "builds", opened[1]))
                opened.append(_open_lock(opened[1], out_dir / STATE / "lock"))
            except OSError as error:
                raise output_error(out_dir, error, "nothing was written") from None
            _wait_for_lock(opened[3], out_dir, deadline)
            if _same_file(opened[1], out_dir / STATE) and _same_file(opened[3], out_dir / STATE / "lock"):
                break
        except BaseException:
            for descriptor in opened:
                os.close(descriptor)
            raise
        for descriptor in opened:  # a failed first build removed what we waited on: take the new one
            os.close(descriptor)
    try:
        os.ftruncate(opened[3], 0)
        os.pwrite(opened[3], f"{os.getpid()}\n".encode(), 0)
        yield _State(out_dir, *opened[:3])
    finally:
        for descriptor in opened:
            os.close(descriptor)  # the lock's releases it


def _wait_for_lock(descriptor: int, out_dir: Path, deadline: float) -> None:
    import fcntl  # noqa: PLC0415 (POSIX only: importing program must work on any system)

    while True:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                holder = os.pread(descriptor, 32, 0).decode(errors="replace").strip() or "unknown"
                raise OutputError(
                    f"another build (pid {holder}) is writing {out_dir.as_posix()}/; "
                    f"waited {LOCK_WAIT:g} s, nothing was written"
                ) from None
            time.sleep(0.05)


def _same_file(descriptor: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(descriptor), os.lstat(path))
    except OSError:
        return False


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT, SIGTERM and SIGHUP until the block is done, then deliver them.

    The switch itself is one rename and needs no protection; holding the signals lets the
    links of stale outputs and the replaced build go with it, rather than at the next build.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = {
        number: signal.signal(number, lambda signum, _frame: received.append(signum)) for number in _HELD_SIGNALS
    }
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    for number in dict.fromkeys(received):
        signal.raise_signal(number)  # with the handler the program had: KeyboardInterrupt, or exit


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
