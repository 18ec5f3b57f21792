"""The edited sample workshop and the checks on out/ that the safe-publishing tests share."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from program.cli.main import main
from program.publish_checks import STATE

from helpers import SAMPLE_PAGE, SAMPLE_PROGRAM_FILE


def edited_sample(folder: Path) -> Path:
    """The sample built once into folder/out, and its page then edited (a talk moved)."""
    shutil.copy(SAMPLE_PROGRAM_FILE, folder / SAMPLE_PROGRAM_FILE.name)
    page = folder / SAMPLE_PAGE.name
    shutil.copy(SAMPLE_PAGE, page)
    assert main(["build", "--no-pdf", str(folder / SAMPLE_PROGRAM_FILE.name), "--out", str(folder / "out")]) == 0
    text = page.read_text(encoding="utf-8").replace("Sat 3:45 p.m. - 4:30 p.m.", "Sat 4:00 p.m. - 4:45 p.m.")
    page.write_text(text, encoding="utf-8")
    return folder


def rebuild(workshop: Path, out: str = "out") -> int:
    # --full: a build that writes every file (one with nothing changed writes nothing).
    command = ["build", "--no-pdf", str(workshop / SAMPLE_PROGRAM_FILE.name), "--out", str(workshop / out), "--full"]
    return main(command)


def nth_call_fails(original: Callable[..., Any], n: int, failure: BaseException) -> Callable[..., Any]:
    calls = 0

    def patched(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == n:
            raise failure
        return original(*args, **kwargs)

    return patched


def nothing_left_over(out: Path) -> bool:
    """Only the published build and the one it replaced remain: no staging, no half-made links."""
    state = out / STATE
    builds = {path.name for path in (state / "builds").iterdir()}
    kept = {(state / pointer).readlink().name for pointer in ("current", "previous") if (state / pointer).is_symlink()}
    extra = sorted(path.name for path in state.iterdir() if path.name not in {"builds", "current", "previous", "lock"})
    return builds == kept and not extra and all(link.exists() for link in out.iterdir() if link.is_symlink())
