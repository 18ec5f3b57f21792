"""The state folder of out/, opened safely: its descriptors, its lock, removal without following links.

Nothing inside the state folder is followed: it must be a plain folder of this user (a
cloned repository can carry an out/ whose `.program-publish` or `lock` is a symbolic link
to anywhere), is opened with O_NOFOLLOW, and every entry in it is reached relative to its
descriptor and lstat'ed before it is removed: a link is unlinked, never followed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import stat
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import attrs

from program.errors import OutputError
from program.publish_checks import STATE, check_owner, kind_of, output_error

_HELD_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


@attrs.frozen
class State:
    """out/ and its state folder, open: everything inside is reached relative to these, never through a link."""

    out_dir: Path
    out: int
    state: int
    builds: int

    @property
    def path(self) -> Path:
        """Where the state folder is (for messages, and for what only a path can do)."""
        return self.out_dir / STATE


def create(out_dir: Path) -> None:
    """Make `out_dir` (and its parents), or say why not, naming the folder as the user gave it."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        why = error.strerror
        if isinstance(error, FileExistsError | NotADirectoryError):
            blocking = next((path for path in (out_dir, *out_dir.parents) if path.exists() and not path.is_dir()), None)
            why = f"{(blocking or out_dir).as_posix()} is not a folder"
        raise OutputError(f"{out_dir.as_posix()}: cannot create it: {why}; nothing was written") from None


def remove_entry(directory: int, name: str, path: Path) -> None:
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


def _open_folder(name: str | Path, path: Path, directory: int | None = None) -> int:
    """Open a folder of the state (creating it), refusing a link, anything but a folder, another user's."""
    with contextlib.suppress(FileExistsError):
        os.mkdir(name, 0o755, dir_fd=directory)
    descriptor = os.open(name, os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _CLOEXEC, dir_fd=directory)
    return _checked(descriptor, path, lambda info: "" if stat.S_ISDIR(info.st_mode) else "not a folder a build made")


def _open_lock(state: int, path: Path) -> int:
    descriptor = os.open("lock", os.O_RDWR | os.O_CREAT | _NOFOLLOW | _CLOEXEC, 0o644, dir_fd=state)
    return _checked(
        descriptor,
        path,
        lambda info: "" if stat.S_ISREG(info.st_mode) and info.st_nlink == 1 else "not the lock file a build made",
    )


def _checked(descriptor: int, path: Path, wrong: Callable[[os.stat_result], str]) -> int:
    """The open `descriptor`, when what it is is right (`wrong` says "" ) and this user's; else closed, and an error."""
    try:
        info = os.fstat(descriptor)
        why = wrong(info)
        if why:
            raise OutputError(f"{path.as_posix()} is {kind_of(info.st_mode)}, {why}; nothing was written")
        check_owner(path, info)
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor


@contextlib.contextmanager
def locked(out_dir: Path, wait: float) -> Iterator[State]:
    """Hold out/'s lock; wait `wait` seconds for another build, then say which one holds it.

    flock is released by the kernel when its holder dies, so a killed build never leaves
    a stale lock behind (a lock file that exists, as git uses, would). The state folder,
    builds/ and the lock are opened without following links, checked, and from then on
    reached through their descriptors only.
    """
    deadline = time.monotonic() + wait
    while True:
        opened: list[int] = []
        try:
            try:
                create(out_dir)  # again: a failed first build we waited for removed it
                opened.append(os.open(out_dir, os.O_RDONLY | _DIRECTORY | _CLOEXEC))
                opened.append(_open_folder(STATE, out_dir / STATE, opened[0]))
                opened.append(_open_folder("builds", out_dir / STATE / "builds", opened[1]))
                opened.append(_open_lock(opened[1], out_dir / STATE / "lock"))
            except OSError as error:
                raise output_error(out_dir, error, "nothing was written") from None
            _wait_for_lock(opened[3], out_dir, deadline, wait)
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
        yield State(out_dir, *opened[:3])
    finally:
        for descriptor in opened:
            os.close(descriptor)  # the lock's releases it


def _wait_for_lock(descriptor: int, out_dir: Path, deadline: float, wait: float) -> None:
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
                    f"waited {wait:g} s, nothing was written"
                ) from None
            time.sleep(0.05)


def _same_file(descriptor: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(descriptor), os.lstat(path))
    except OSError:
        return False


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Hold SIGINT, SIGTERM and SIGHUP until the block is done, then deliver them.

    The switch itself is one rename and needs no protection; holding the signals lets the
    links and the replaced build's cleanup go with it, rather than at the next build.
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
