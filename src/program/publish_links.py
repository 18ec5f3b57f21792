"""The pointers and the top-level links of out/, each changed by one rename so that none ever dangles.

Two pointers in the state folder: `current` (the published build) and `previous` (the one
it replaced, kept until the next build so that a reader or a copy that resolved `current`
before the switch finishes on the build it started on). A top-level link points at
`current/<name>`; while a switch adds or drops an output, its link points straight into
the one build that has it (`builds/<id>/<name>`), so it resolves at every moment, whatever
kills the build. The next build puts such links back (`normalise`) before it removes a build.
"""

from __future__ import annotations

import contextlib
import os
import warnings

from program.errors import OutputWarning
from program.publish_checks import BUILD_ID, is_ours, link_target
from program.publish_state import State, remove_entry

POINTERS = ("current", "previous")
"""The pointers of the state folder: the builds they name are the ones kept."""


def pointed_build(state: State, pointer: str = "current") -> str | None:
    """The build `pointer` points at, when it is a pointer a build made."""
    try:
        target = os.readlink(pointer, dir_fd=state.state)
    except OSError:
        return None
    folder, _, name = target.partition("/")
    return name if folder == "builds" and BUILD_ID.fullmatch(name) else None


def point(state: State, pointer: str, build_id: str) -> None:
    """Make `pointer` name `build_id`: one rename of a new link over the old one."""
    _replace_link(state.state, pointer, f"builds/{build_id}", state)
    if pointer == "current":
        with contextlib.suppress(OSError):  # durability across a power cut; not needed for correctness
            os.fsync(state.state)


def link(state: State, name: str, target: str) -> None:
    """Make out/<name> a link to `target` (relative to out/): one rename, so it is never missing."""
    _replace_link(state.out, name, target, state)


def _replace_link(directory: int, name: str, target: str, state: State) -> None:
    temporary = f"new-{name}"
    remove_entry(state.state, temporary, state.path)
    os.symlink(target, temporary, dir_fd=state.state)
    os.rename(temporary, name, src_dir_fd=state.state, dst_dir_fd=directory)


def unlink(state: State, name: str) -> None:
    """Remove the top-level link of an output no longer published."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(name, dir_fd=state.out)


def has(state: State, build_id: str | None, name: str) -> bool:
    """Whether build `build_id` holds output `name`."""
    if build_id is None:
        return False
    try:
        os.lstat(f"{build_id}/{name}", dir_fd=state.builds)
    except OSError:
        return False
    return True


def our_links(state: State) -> dict[str, str]:
    """The top-level links a build made: name -> what it points at."""
    return {entry.name: entry.readlink().as_posix() for entry in state.out_dir.iterdir() if is_ours(entry)}


def normalise(state: State) -> None:
    """Point every top-level link at `current/<name>`, or remove it when the current build lacks the output.

    What a killed switch leaves (a link into one build) becomes what a finished one leaves,
    each link by one rename, before the build it pointed into may be removed.
    """
    current = pointed_build(state)
    for name, target in our_links(state).items():
        if not has(state, current, name):
            unlink(state, name)
        elif target != link_target(name):
            link(state, name, link_target(name))


def recover(state: State) -> None:
    """Finish what an earlier run left: half-made links, links into one build, builds no pointer names."""
    for name in os.listdir(state.state):  # noqa: PTH208 (a descriptor, which pathlib cannot list)
        if name.startswith(("new-", "old-")):
            with contextlib.suppress(OSError):
                remove_entry(state.state, name, state.path)
    normalise(state)
    remove_unpointed(state)


def remove_unpointed(state: State) -> None:
    """Remove every build neither `current` nor `previous` names."""
    kept = {pointed_build(state, pointer) for pointer in POINTERS}
    for name in os.listdir(state.builds):  # noqa: PTH208 (a descriptor)
        if name not in kept:
            remove_build(state, name)


def remove_build(state: State, name: str) -> None:
    """Remove one build that is not kept; say so when it cannot be (it stays until a build can)."""
    try:
        remove_entry(state.builds, name, state.path / "builds")
    except OSError as error:
        where = state.path / "builds" / name
        warnings.warn(
            f"{where.as_posix()}: cannot remove this earlier build: {error.strerror}; "
            "the outputs are the new ones, the next build tries again",
            OutputWarning,
            stacklevel=2,
        )
