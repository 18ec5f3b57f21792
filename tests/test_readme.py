"""The README's quick start, run as a newcomer runs it: a fresh copy, a fresh venv, its commands.

Slow (pip installs every dependency into a new environment, from pip's cache when it has
them), so it runs only when asked: in CI (`PROGRAM_TEST_NO_SKIPS=1`) or with
`PROGRAM_TEST_README=1`; otherwise it is skipped with that reason.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import README, ROOT

QUICK_START_VENV = "python3 -m venv .venv && . .venv/bin/activate"
QUICK_START_BUILD = (
    f'{QUICK_START_VENV} && python -m pip install ".[pdf]" && program build seeds/mlsys2022.toml --out out/'
)
QUICK_START_TESTS = f'{QUICK_START_VENV} && python -m pip install -e ".[test]" && python -m pytest'


def _quick_start() -> list[str]:
    """The command lines of the README's first code block."""
    block = README.read_text(encoding="utf-8").split("```sh\n", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line.strip()]


def test_the_quick_start_is_the_build_and_the_ci_test_command_each_in_a_venv() -> None:
    assert _quick_start() == [QUICK_START_BUILD, QUICK_START_TESTS]
    # CI runs the README's test command exactly, so what passes in CI is what the README promises.
    assert f"\n{QUICK_START_TESTS}\n" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def _wanted() -> bool:
    return "1" in (os.environ.get("PROGRAM_TEST_NO_SKIPS"), os.environ.get("PROGRAM_TEST_README"))


def _fresh_copy(target: Path) -> None:
    """What a clone holds: the files git tracks (as they are in the work tree), nothing built."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    if listed.returncode != 0:  # not a git checkout (an sdist): its files are what a user has
        shutil.copytree(ROOT, target, ignore=shutil.ignore_patterns(".venv", "out", "__pycache__", "*.egg-info"))
        return
    for name in filter(None, listed.stdout.decode().split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


@pytest.mark.skipif(not _wanted(), reason="slow: set PROGRAM_TEST_README=1 (CI runs it) to build in a fresh venv")
def test_the_readmes_first_commands_build_the_sample_with_its_pdf_in_a_fresh_venv(tmp_path: Path) -> None:
    clone = tmp_path / "program"
    clone.mkdir()
    _fresh_copy(clone)
    environment = {key: value for key, value in os.environ.items() if key not in {"VIRTUAL_ENV", "PYTHONPATH"}}
    # The venv's python first, as activation does; the system's python makes the venv.
    environment["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), environment.get("PATH", "")])
    environment["PIP_NO_COMPILE"] = "1"  # no .pyc for thousands of files nobody imports here: a third faster
    script = "\n".join(["set -eu", _quick_start()[0]])

    run = subprocess.run(
        ["bash", "-c", script], cwd=clone, env=environment, capture_output=True, text=True, check=False, timeout=900
    )

    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert "wrote out/program.pdf" in run.stdout.splitlines()
    assert (clone / ".venv").is_dir()
    pdf = (clone / "out" / "program.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-")
    assert (clone / "out" / "program.json").stat().st_size > 0
    assert (clone / "out" / "people" / "david-pan.ics").is_file()
