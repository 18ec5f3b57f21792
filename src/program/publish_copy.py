"""Copying the published build elsewhere, whole: `program publish-copy DEST`.

A copy of out/ made through its top-level links (`cp -rL out/`) can mix two builds when a
build switches meanwhile. This copies the build `current` names, resolved once, into a new
folder beside DEST, and then puts that folder in DEST's place by one rename (an exchange
where the system has one), so DEST holds one whole version at every moment. The build
copied stays while the copy runs: a build keeps the one it replaces (`previous`), and a
copy that outlived two builds is made again from the new one.

DEST is program's alone, as out/ is: a folder that holds a copy's mark (`.program-publish-copy`,
naming the build) is replaced whole; an empty folder or none is taken; anything else is an
error naming what is in it, before anything is written.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from program.errors import OutputError
from program.publish_checks import BUILD_ID, STATE, output_error

MARK = ".program-publish-copy"
"""The file in a copy that says program made it, and from which build."""

ATTEMPTS = 3
"""Copies made before giving up, when builds replace the one being copied faster than it is copied."""


def copy_published(out_dir: Path, dest: Path) -> tuple[str, int]:
    """Copy the build published in `out_dir` into `dest`, whole; return the build's id and its number of files.

    Raises:
        OutputError: when `out_dir` has no published build, `dest` holds what a copy did
            not write (or overlaps out/), or `dest` cannot be written (it is as it was).
    """
    _check_dest(out_dir, dest)
    for _ in range(ATTEMPTS):
        build_id = _published(out_dir)
        copied = _copy_of(out_dir, build_id, dest)
        if copied is None:
            continue
        try:
            if _still_kept(out_dir, build_id):  # pointers only move on: kept now is kept throughout the copy
                files = sum(len(names) for _, _, names in os.walk(copied)) - 1
                _put_in_place(copied, dest)
                return build_id, files
        finally:
            _remove(copied)
    raise OutputError(
        f"{out_dir.as_posix()}: builds replaced the published one {ATTEMPTS} times while it was copied; "
        f"{dest.as_posix()} is as it was"
    )


def _published(out_dir: Path) -> str:
    """The build `current` names, read once."""
    state = out_dir / STATE
    try:
        if not stat.S_ISDIR(os.lstat(state).st_mode):
            raise OSError(errno.ENOTDIR, "not a folder")
        target = (state / "current").readlink().as_posix()
    except OSError:
        raise OutputError(f"{out_dir.as_posix()}: no build published there (run program build first)") from None
    folder, _, build_id = target.partition("/")
    if folder != "builds" or not BUILD_ID.fullmatch(build_id):
        raise OutputError(f"{(state / 'current').as_posix()} is not a pointer a build made")
    return build_id


def _still_kept(out_dir: Path, build_id: str) -> bool:
    state = out_dir / STATE
    for pointer in ("current", "previous"):
        with contextlib.suppress(OSError):
            if (state / pointer).readlink().as_posix() == f"builds/{build_id}":
                return True
    return False


def _check_dest(out_dir: Path, dest: Path) -> None:
    """Refuse a DEST that overlaps out/, is a link or a file, or holds what a copy did not write."""
    here, there = out_dir.resolve(), dest.resolve()
    if there == here or here in there.parents or there in here.parents:
        raise OutputError(f"{dest.as_posix()}: is {out_dir.as_posix()}/ or holds it or is in it; choose another DEST")
    try:
        info = os.lstat(dest)
    except FileNotFoundError:
        return
    except OSError as error:
        raise output_error(dest, error, "nothing was written") from None
    if not stat.S_ISDIR(info.st_mode):
        what = "a symbolic link" if stat.S_ISLNK(info.st_mode) else "not a folder"
        raise OutputError(f"{dest.as_posix()}: is {what}; nothing was written (choose a folder for the copy)")
    names = sorted(entry.name for entry in dest.iterdir())
    if names and not (dest / MARK).is_file():
        shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
        raise OutputError(
            f"{dest.as_posix()}: holds files that a copy of program did not write ({shown}); nothing was written "
            "(copy into an empty or new folder)"
        )


def _build_own_files(build: Path) -> Callable[[str, list[str]], list[str]]:
    """What copytree leaves out: the dot-files at the build's top (its cache), which out/ does not link either."""
    return lambda folder, names: [name for name in names if name.startswith(".")] if Path(folder) == build else []


def _copy_of(out_dir: Path, build_id: str, dest: Path) -> Path | None:
    """A new folder beside `dest` holding the build's files and the mark; None when a build removed it meanwhile."""
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        copied = Path(tempfile.mkdtemp(dir=dest.parent, prefix=f".{dest.name}.copy-"))
    except OSError as error:
        raise output_error(dest, error, "nothing was written") from None
    try:
        build = out_dir / STATE / "builds" / build_id
        # The build's mode, not mkdtemp's 0700; its own dot-files (the rebuild cache) are not outputs.
        shutil.copytree(build, copied, symlinks=True, dirs_exist_ok=True, ignore=_build_own_files(build))
        (copied / MARK).write_text(f"{build_id}\n", encoding="utf-8")
    except (OSError, shutil.Error) as error:
        _remove(copied)
        if not _still_kept(out_dir, build_id):
            return None
        raise OutputError(f"{dest.as_posix()}: cannot copy the build: {error}; it is as it was") from None
    return copied


def _put_in_place(copied: Path, dest: Path) -> None:
    """Make `copied` be `dest` by one rename: over an empty or absent `dest`, else by exchanging the two."""
    try:
        if not dest.exists() or not any(dest.iterdir()):
            copied.rename(dest)
        elif _exchange(copied, dest):
            return  # `copied` now holds the old copy, removed by the caller
        else:  # no exchange here: a moment without DEST, never a mix
            aside = Path(tempfile.mkdtemp(dir=dest.parent, prefix=f".{dest.name}.old-"))
            dest.rename(aside / "old")
            copied.rename(dest)
            _remove(aside)
    except OSError as error:
        raise output_error(dest, error, f"{dest.as_posix()} is as it was") from None


def _exchange(first: Path, second: Path) -> bool:
    """Swap two folders atomically (renameat2 RENAME_EXCHANGE); False where the system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False
    at_cwd, exchange = -100, 2
    done = renameat2(at_cwd, os.fsencode(first), at_cwd, os.fsencode(second), exchange)
    if done == 0:
        return True
    number = ctypes.get_errno()
    if number in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(number, os.strerror(number), os.fspath(second))


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        if path.exists():
            shutil.rmtree(path)
