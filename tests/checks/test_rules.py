"""Check rules: a program file's [checks] table turns rules off, or into errors that stop the build."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from program.checks.rules import RULES
from program.cli.main import main

from helpers import ROOT, SAMPLE_PAGE, SAMPLE_PROGRAM_FILE, documentation


def _program_file(tmp_path: Path, checks: str) -> Path:
    shutil.copy(SAMPLE_PAGE, tmp_path / SAMPLE_PAGE.name)
    program_file = tmp_path / "workshop.toml"
    program_file.write_text(
        SAMPLE_PROGRAM_FILE.read_text(encoding="utf-8") + f"\n[checks]\n{checks}\n", encoding="utf-8"
    )
    return program_file


def _check_json(program_file: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, object]]:
    status = main(["check", "--json", str(program_file)])
    return status, json.loads(capsys.readouterr().out)


def test_the_sample_checks_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, report = _check_json(SAMPLE_PROGRAM_FILE, capsys)

    assert status == 0
    assert (report["errors"], report["warnings"]) == (0, 2)
    assert [(problem["code"], problem["line"]) for problem in report["problems"]] == [  # type: ignore[attr-defined]
        ("name-variant", 93),
        ("overlap", 93),
    ]


def test_a_rule_turned_off_is_not_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, report = _check_json(_program_file(tmp_path, 'overlap = "off"'), capsys)

    assert status == 0
    assert [problem["code"] for problem in report["problems"]] == ["name-variant"]  # type: ignore[attr-defined]


def test_a_rule_made_an_error_fails_check_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    program_file = _program_file(tmp_path, 'overlap = "error"')
    status, report = _check_json(program_file, capsys)

    build_status = main(["build", "--no-pdf", str(program_file), "--out", str(tmp_path / "out")])

    assert (status, report["errors"]) == (1, 1)
    assert build_status == 1
    assert "error: overlap: 'Steve Keckler - Invited Talk'" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("checks", "message"),
    [
        ('overlp = "off"', "[checks] unknown rule 'overlp'; the rules are unreadable-block"),
        ('overlap = "loud"', "[checks] overlap: expected error, warning or off, found 'loud'"),
        ('unreadable-block = "off"', "[checks] unreadable-block is always an error"),
    ],
)
def test_a_wrong_checks_table_names_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], checks: str, message: str
) -> None:
    program_file = _program_file(tmp_path, checks)
    line = program_file.read_text(encoding="utf-8").splitlines().index(checks) + 1

    assert main(["check", str(program_file)]) == 1
    assert capsys.readouterr().err.startswith(f"{program_file.as_posix()}:{line}: error: {message}")


def test_every_rule_is_documented() -> None:
    written = documentation()

    assert [code for code in RULES if f"`{code}`" not in written] == []


def test_every_code_the_source_reports_is_a_rule() -> None:
    # A code missing from RULES could not be set in [checks]; one with no problem is dead.
    source = "\n".join(path.read_text(encoding="utf-8") for path in sorted((ROOT / "src").rglob("*.py")))
    reported = set(re.findall(r'Severity\.(?:ERROR|WARNING),\s*"([a-z]+(?:-[a-z]+)*)"', source))

    assert reported == set(RULES)
