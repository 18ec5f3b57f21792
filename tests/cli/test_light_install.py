"""The base install has no solver: `program plan` says how to add it, everything else works.

Each test runs the command in a fresh interpreter where `import ortools` fails, as it does
after `pip install program` without the `plan` extra.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import SAMPLE_PAGE, SEEDS

_WITHOUT_ORTOOLS = """
import sys
sys.modules["ortools"] = None  # what an install without the extra looks like to `import`
from program.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def _run_without_ortools(*arguments: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "SOURCE_DATE_EPOCH": "0"}
    command = [sys.executable, "-c", _WITHOUT_ORTOOLS, *arguments]
    return subprocess.run(command, cwd=cwd, env=environment, capture_output=True, text=True, check=False)


def test_plan_without_the_solver_says_in_one_line_how_to_install_it(tmp_path: Path) -> None:
    pools = [str(SEEDS / "003_fa518e10fecf02ab.txt")]
    result = _run_without_ortools(
        "plan", *pools, "--template", str(SEEDS / "plan.toml"), "--out", str(tmp_path / "out"), cwd=tmp_path
    )

    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "program: error: 'program plan' needs the OR-Tools solver, which is not installed: "
        'pip install "program[plan]"'
    ]
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("command", ["plan", "build", "check"])
def test_help_works_without_the_solver(tmp_path: Path, command: str) -> None:
    result = _run_without_ortools(command, "--help", cwd=tmp_path)

    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.startswith(f"Usage: program {command} ")


def test_build_and_check_with_a_template_need_no_solver(tmp_path: Path) -> None:
    built = _run_without_ortools(
        "build", "--no-pdf", str(SAMPLE_PAGE), "--date", "2022-12-03", "--timezone", "America/Chicago", cwd=tmp_path
    )
    checked = _run_without_ortools(
        "check", "--template", str(SEEDS / "plan.toml"), str(tmp_path / "out" / "program.json"), cwd=tmp_path
    )

    assert built.returncode == 0, built.stderr
    assert (tmp_path / "out" / "program.ics").is_file()
    assert "ortools" not in built.stderr + checked.stderr
    assert checked.returncode in {0, 1}, checked.stderr  # the sample breaks the plan template's rules: errors, no crash
