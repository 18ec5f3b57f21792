"""What publishing checks in out/ before writing: the state folder is a build's, nothing of the user's in the way.

A build only ever replaces what an earlier build of program wrote (its links into the state
folder); a state folder that is a link, another user's, or holds what no build makes, and
any file of the user's where an output goes, are refused before any work (issue 32).
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path

from program.errors import OutputError

STATE = ".program-publish"
"""The folder inside out/ that holds the builds, the pointer and the lock."""


_EXPECTED_KINDS = {"builds": stat.S_ISDIR, "current": stat.S_ISLNK, "previous": stat.S_ISLNK, "lock": stat.S_ISREG}
"""What each entry of the state folder is when a build made it."""


def kind_of(mode: int) -> str:
    """What an entry of mode `mode` is, in words: "a symbolic link", "a folder"."""
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "a file" if stat.S_ISREG(mode) else "a special file"


def check_out(out_dir: Path, expected: Iterable[str]) -> None:
    """Refuse, before anything is written, a state folder a build did not make and files of the user's in the way."""
    _check_state(out_dir)
    _check_not_the_users_folder(out_dir)
    check_in_the_way(out_dir, expected)


def _check_state(out_dir: Path) -> None:
    """The state folder, when there is one, must be a plain folder of this user, holding what builds make."""
    state = out_dir / STATE
    try:
        info = os.lstat(state)
    except FileNotFoundError:
        return
    except OSError as error:
        raise output_error(out_dir, error, "nothing was written") from None
    if not stat.S_ISDIR(info.st_mode):
        raise OutputError(
            f"{state.as_posix()} is {kind_of(info.st_mode)}, not a folder a build made; "
            f"nothing was written (remove it to build into {out_dir.as_posix()})"
        )
    check_owner(state, info)
    for name, is_expected in _EXPECTED_KINDS.items():
        try:
            entry = os.lstat(state / name)
        except FileNotFoundError:
            continue
        except OSError as error:
            raise output_error(out_dir, error, "nothing was written") from None
        if not is_expected(entry.st_mode) or (name == "lock" and entry.st_nlink != 1):
            what = "a file with other names (hard links)" if is_expected(entry.st_mode) else kind_of(entry.st_mode)
            raise OutputError(
                f"{state.as_posix()}/{name} is {what}, not what a build made; nothing was written "
                f"(remove {state.as_posix()} to build into {out_dir.as_posix()} afresh)"
            )
        if not stat.S_ISLNK(entry.st_mode):
            check_owner(state / name, entry)


def check_owner(path: Path, info: os.stat_result) -> None:
    """Refuse an entry of the state folder that belongs to another user."""
    if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
        raise OutputError(
            f"{path.as_posix()} belongs to another user (uid {info.st_uid}), not to this one "
            f"(uid {os.geteuid()}); nothing was written"
        )


def _check_not_the_users_folder(out_dir: Path) -> None:
    """`--out .` (or a folder above it) is taken only when it holds nothing but outputs."""
    try:
        here = Path.cwd().resolve()
        target = out_dir.resolve()
    except OSError:
        return
    if target != here and target not in here.parents:
        return
    foreign = sorted(entry.name for entry in out_dir.iterdir() if entry.name != STATE and not is_ours(entry))
    if foreign:
        shown = ", ".join(foreign[:5]) + (f" and {len(foreign) - 5} more" if len(foreign) > 5 else "")
        where = "the current folder" if target == here else "a folder above the current one"
        raise OutputError(
            f"{out_dir.as_posix()}: {where} holds files that are not outputs of program ({shown}); "
            "nothing was written (build into a folder of its own, e.g. --out out/)"
        )


def check_in_the_way(out_dir: Path, names: Iterable[str]) -> None:
    """Only what a build of program wrote (its links) is ever replaced: name anything else where an output goes."""
    in_the_way = []
    for name in sorted(set(names)):
        entry = out_dir / name
        if os.path.lexists(entry) and not is_ours(entry):
            in_the_way.append(f"{name}/" if entry.is_dir() else name)
    if in_the_way:
        shown = ", ".join(in_the_way[:10]) + (f" and {len(in_the_way) - 10} more" if len(in_the_way) > 10 else "")
        raise OutputError(
            f"{out_dir.as_posix()}: in the way of the outputs, not written by a build of program: "
            f"{shown}; nothing was written (move them away, or choose another --out)"
        )


def link_target(name: str) -> str:
    """Where the top-level link of output `name` points: into the current build."""
    return f"{STATE}/current/{name}"


def build_target(build_id: str, name: str) -> str:
    """Where the top-level link of output `name` points while a switch is under way: into one build."""
    return f"{STATE}/builds/{build_id}/{name}"


BUILD_ID = re.compile(r"[0-9a-f]+-[0-9]+(-earlier)?")
"""The name of a build's folder in builds/ (`-earlier`: one an older version took over)."""


def is_ours(entry: Path) -> bool:
    """Whether `entry` (a top-level entry of out/) is a link a build made: into the current build, or one build."""
    try:
        target = entry.readlink().as_posix()
    except OSError:  # not a link, or gone
        return False
    if target == link_target(entry.name):
        return True
    folder, _, rest = target.partition("/builds/")
    build_id, _, name = rest.partition("/")
    return folder == STATE and BUILD_ID.fullmatch(build_id) is not None and name == entry.name


def output_error(out_dir: Path, error: OSError, outcome: str, default: Path | None = None) -> OutputError:
    """Say which file could not be written: the one the error names (relative to out/), else `default`."""
    if error.filename:
        where = Path(error.filename).as_posix() if not Path(error.filename).is_absolute() else Path(error.filename).name
    else:
        where = (default or out_dir).name
    return OutputError(f"{out_dir.as_posix()}: cannot write {where}: {error.strerror}; {outcome}")
