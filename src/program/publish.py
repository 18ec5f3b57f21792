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
output of a build, anything else in out/ is the user's and is never touched. An output the
new build no longer writes (program.pdf after --no-pdf) loses its link. Builds that are not
`current` (the one just replaced, the staging of a run that was killed) are removed.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import fcntl
import os
import shutil
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from program.errors import OutputError

STATE = ".program-publish"
"""The folder inside out/ that holds the builds, the pointer and the lock."""

LOCK_WAIT = 10.0
"""Seconds a build waits for another build writing the same out/ before it gives up."""

FileContent = bytes | Iterable[bytes]
"""A file's bytes, whole or as chunks to write one after the other."""

step_hook: Callable[[str], None] = lambda step: None  # noqa: E731 (a hook tests replace)
"""Called with the name of each step of a publication ("staged", "linked", "switched", …).

Tests replace it to stop a real build at a chosen moment (and then kill it).
"""

_HELD_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


def publish(files: Iterable[tuple[str, FileContent]], out_dir: Path, folders: Iterable[str] = ()) -> tuple[Path, ...]:
    """Write every file into `out_dir` as one new build, or leave `out_dir` as it was.

    `files` are (path relative to out/, content) and may be a generator that renders as it
    goes: the lock is held from the first file on. Each of `folders` ("people") is an output
    even when empty, so a folder no longer filled does not keep the old files.

    Raises:
        OutputError: when `out_dir` cannot be written (nothing was published), or another
            build holds it for longer than LOCK_WAIT seconds.
    """
    created = not out_dir.exists()
    _create(out_dir)
    with _locked(out_dir):
        try:
            _recover(out_dir)
            return _publish_locked(files, out_dir, folders)
        except BaseException:
            if created and _current_build(out_dir) is None:  # a failed first build leaves no out/ behind
                _remove_created(out_dir)
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


def _publish_locked(
    files: Iterable[tuple[str, FileContent]], out_dir: Path, folders: Iterable[str]
) -> tuple[Path, ...]:
    state = out_dir / STATE
    build_id = f"{time.time_ns():x}-{os.getpid()}"
    staging = state / "builds" / build_id
    switched = False
    try:
        try:
            written = _stage(files, folders, staging)
        except OSError as error:
            raise _output_error(out_dir, error, "nothing was written") from None
        step_hook("staged")
        with _signals_held():
            try:
                names = sorted(entry.name for entry in staging.iterdir())
                _migrate(out_dir, names)
                step_hook("migrated")
                _link(out_dir, names)
                step_hook("linked")
                previous = _current_build(out_dir)
                _switch(out_dir, build_id)
                switched = True
                step_hook("switched")
            except OSError as error:
                raise _output_error(out_dir, error, "the earlier outputs are still published") from None
            _unlink_stale(out_dir, set(names))
            if previous is not None:
                shutil.rmtree(state / "builds" / previous, ignore_errors=True)
            step_hook("cleaned")
    finally:
        if not switched:
            shutil.rmtree(staging, ignore_errors=True)
    return tuple(out_dir / name for name in written)


def _stage(files: Iterable[tuple[str, FileContent]], folders: Iterable[str], staging: Path) -> list[str]:
    staging.mkdir()
    for folder in folders:
        (staging / folder).mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in files:
        path = staging / name
        if path.parent != staging:
            path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            with path.open("wb") as file:
                file.writelines(data)
        written.append(name)
        step_hook(f"wrote {len(written)}")
    return written


def _link_target(name: str) -> str:
    return f"{STATE}/current/{name}"


def _is_ours(entry: Path) -> bool:
    """Whether `entry` (a top-level entry of out/) is a link a build made."""
    try:
        return entry.readlink().as_posix() == _link_target(entry.name)
    except OSError:  # not a link, or gone
        return False


def _current_build(out_dir: Path) -> str | None:
    try:
        return (out_dir / STATE / "current").readlink().name
    except OSError:
        return None


def _recover(out_dir: Path) -> None:
    """Remove what an earlier run left: builds that are not current, half-made links."""
    state = out_dir / STATE
    current = _current_build(out_dir)
    for build in (state / "builds").iterdir():
        if build.name != current:
            shutil.rmtree(build, ignore_errors=True)
    for leftover in state.iterdir():
        if leftover.name.startswith(("new-", "old-")):
            if leftover.is_dir() and not leftover.is_symlink():
                shutil.rmtree(leftover, ignore_errors=True)
            else:
                leftover.unlink(missing_ok=True)


def _migrate(out_dir: Path, names: Iterable[str]) -> None:
    """Turn files of out/ that the new build replaces into links, without changing what they show.

    An out/ written before publications were switched (or a file the user put where an
    output goes) holds plain files. Each is first copied (hard-linked where the file system
    can) into the current build, then replaced by a link showing the same bytes, so until
    the switch readers see the earlier outputs, whole.
    """
    plain = [out_dir / name for name in names if os.path.lexists(out_dir / name) and not _is_ours(out_dir / name)]
    if not plain:
        return
    state = out_dir / STATE
    current = _current_build(out_dir)
    if current is None:
        current = f"{time.time_ns():x}-{os.getpid()}-earlier"
        (state / "builds" / current).mkdir()
        _point_current(out_dir, current)
    for entry in plain:
        kept = state / "builds" / current / entry.name
        if kept.exists() or kept.is_symlink():
            _remove(kept)
        if entry.is_symlink():
            kept.symlink_to(entry.resolve())
        elif entry.is_dir():
            shutil.copytree(entry, kept, symlinks=True, copy_function=_link_or_copy)
        else:
            _link_or_copy(str(entry), str(kept))
        _replace_with_link(entry)
        step_hook(f"migrated {entry.name}")


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:
        shutil.copy2(source, target, follow_symlinks=False)


def _replace_with_link(entry: Path) -> None:
    """Put our link where `entry` is: one rename for a file; for a folder, an exchange if the OS has one."""
    state = entry.parent / STATE
    temporary = state / f"new-{entry.name}"
    temporary.unlink(missing_ok=True)
    temporary.symlink_to(_link_target(entry.name))
    if not entry.is_dir() or entry.is_symlink():
        temporary.rename(entry)
        return
    if _exchange(temporary, entry):  # the folder is now at `temporary`
        shutil.rmtree(temporary)
        return
    # No atomic exchange: the folder is missing for the moment between two renames.
    aside = state / f"old-{entry.name}"
    entry.rename(aside)
    temporary.rename(entry)
    shutil.rmtree(aside)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths atomically with Linux's renameat2; False where it is not available."""
    name = ctypes.util.find_library("c")
    if name is None:
        return False
    libc = ctypes.CDLL(name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):  # this file system cannot exchange
        return False
    raise OSError(code, os.strerror(code), str(second))


def _link(out_dir: Path, names: Iterable[str]) -> None:
    """Give each output a top-level link; a link to a file the old build lacks shows nothing until the switch."""
    for name in names:
        entry = out_dir / name
        if not _is_ours(entry):
            temporary = out_dir / STATE / f"new-{name}"
            temporary.unlink(missing_ok=True)
            temporary.symlink_to(_link_target(name))
            temporary.rename(entry)


def _point_current(out_dir: Path, build_id: str) -> None:
    temporary = out_dir / STATE / "new-current"
    temporary.unlink(missing_ok=True)
    temporary.symlink_to(f"builds/{build_id}")
    temporary.rename(out_dir / STATE / "current")


def _switch(out_dir: Path, build_id: str) -> None:
    """The publication: one rename makes every link show the new build."""
    _point_current(out_dir, build_id)
    with contextlib.suppress(OSError):  # durability across a power cut; not needed for correctness
        descriptor = os.open(out_dir / STATE, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _unlink_stale(out_dir: Path, names: set[str]) -> None:
    """Remove the links of outputs an earlier build wrote and this one did not."""
    for entry in out_dir.iterdir():
        if entry.name not in names and _is_ours(entry):
            entry.unlink(missing_ok=True)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink()


def _remove_created(out_dir: Path) -> None:
    shutil.rmtree(out_dir / STATE, ignore_errors=True)
    with contextlib.suppress(OSError):
        out_dir.rmdir()  # only when nothing else is in it


@contextlib.contextmanager
def _locked(out_dir: Path) -> Iterator[None]:
    """Hold out/'s lock; wait LOCK_WAIT seconds for another build, then say which one holds it.

    flock is released by the kernel when its holder dies, so a killed build never leaves
    a stale lock behind (a lock file that exists, as git uses, would).
    """
    path = out_dir / STATE / "lock"
    deadline = time.monotonic() + LOCK_WAIT
    while True:
        try:
            (out_dir / STATE / "builds").mkdir(parents=True, exist_ok=True)
            descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise _output_error(out_dir, error, "nothing was written") from None
        try:
            _wait_for_lock(descriptor, out_dir, deadline)
            if _same_file(descriptor, path):
                break
        except BaseException:
            os.close(descriptor)
            raise
        os.close(descriptor)  # a failed first build removed the lock file we waited on: take the new one
    try:
        os.ftruncate(descriptor, 0)
        os.pwrite(descriptor, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(descriptor)  # releases the lock


def _wait_for_lock(descriptor: int, out_dir: Path, deadline: float) -> None:
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
        return os.path.samestat(os.fstat(descriptor), path.stat())
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

    Raises:
        OutputError: when the file cannot be written.
    """
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        temporary.replace(path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise _output_error(path.parent, error, "nothing was written") from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _output_error(out_dir: Path, error: OSError, outcome: str) -> OutputError:
    where = Path(error.filename).name if error.filename else out_dir.name
    return OutputError(f"{out_dir.as_posix()}: cannot write {where}: {error.strerror}; {outcome}")
