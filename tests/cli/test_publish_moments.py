"""A build killed at every moment of its publication leaves no link of out/ dangling, and one whole version.

Each step of a publication is one rename or one unlink; the hook is called after each, so
killing the build there (SIGKILL, which nothing can hold) visits every state out/ can be
left in. Versions add and drop outputs (a file, a folder) both ways: the moments where a
top-level link could point at an output its build lacks.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from program import publish
from program.publish_checks import STATE

from helpers import ROOT, files_under

VERSIONS: dict[str, dict[str, str]] = {
    "one": {"a.txt": "one", "b.txt": "one", "people/x.ics": "one"},
    "two": {"a.txt": "two", "c.txt": "two", "people/y.ics": "two", "site/style.css": "two"},
}

_KILLED_AT = """
import json, os, signal, sys
from pathlib import Path
from program import publish
out, step, files = sys.argv[1:]

def stop(reached):
    if reached == step:
        os.kill(os.getpid(), signal.SIGKILL)

publish.step_hook = stop
publish.publish(((name, text.encode()) for name, text in json.loads(files).items()), Path(out), ("people",))
"""


def _publish(out: Path, version: str) -> None:
    publish.publish(((name, text.encode()) for name, text in VERSIONS[version].items()), out, ("people",))


def _steps(tmp_path: Path, first: str, then: str) -> list[str]:
    """Every step a publication of `then` over `first` goes through, recorded from a run."""
    out = tmp_path / "steps"
    _publish(out, first)
    steps: list[str] = []
    original = publish.step_hook
    publish.step_hook = steps.append
    try:
        _publish(out, then)
    finally:
        publish.step_hook = original
    return steps


def _dangling(out: Path) -> list[str]:
    links = [*out.iterdir(), out / STATE / "current", out / STATE / "previous"]
    return sorted(link.name for link in links if link.is_symlink() and not link.exists())


def _top(files: dict[str, str], name: str) -> dict[str, str]:
    return {path: text for path, text in files.items() if path.split("/")[0] == name}


def _version_shown(out: Path) -> str | None:
    """The version out/ shows: every output of it, whole; an output only the other has may show beside them.

    An output the new build adds is linked (into it) just before the switch, one it drops
    stays (from the build it replaced) until just after: each of those is whole too.
    """
    shown = {name: data.decode() for name, data in files_under(out).items()}
    tops = {path.split("/")[0] for path in shown}
    for version, files in VERSIONS.items():
        others = [other for other in VERSIONS.values() if other is not files]
        whole = all(_top(shown, top) == _top(files, top) for top in {path.split("/")[0] for path in files})
        extras = tops - {path.split("/")[0] for path in files}
        if whole and all(any(_top(shown, top) == _top(other, top) for other in others) for top in extras):
            return version
    return None


@pytest.mark.parametrize(("first", "then"), [("one", "two"), ("two", "one")])
def test_a_kill_at_any_moment_leaves_every_link_resolving(tmp_path: Path, first: str, then: str) -> None:
    steps = _steps(tmp_path, first, then)
    assert {"linked", "kept", "switched", "cleaned"} <= set(steps)
    broken: dict[str, object] = {}
    for number, step in enumerate(steps):
        out = tmp_path / f"out-{number}"
        _publish(out, first)
        _publish(out, first)  # a previous build to keep, as after any second build
        command = [sys.executable, "-c", _KILLED_AT, str(out), step, json.dumps(VERSIONS[then])]
        killed = subprocess.run(command, cwd=ROOT, check=False, capture_output=True)
        assert killed.returncode == -signal.SIGKILL, killed.stderr.decode()
        shown = _version_shown(out)
        if _dangling(out) or shown not in (first, then):
            broken[step] = (_dangling(out), shown)
        _publish(out, then)  # the next build finishes the job
        if _dangling(out) or _version_shown(out) != then:
            broken[f"after {step}"] = (_dangling(out), _version_shown(out))

    assert broken == {}
