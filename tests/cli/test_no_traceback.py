"""No input gives a traceback: each of these was one, and is now an error at its file and line.

Values a reader's types cannot hold (a year past 9999, an integer past 64 bits or over
4,300 digits, a lone surrogate), given in program.json, as --previous, in a program file,
an option or the environment: exit 1 or 2, one line, nothing written.
"""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from program.cli.main import main

from helpers import SAMPLE_PAGE, SAMPLE_PROGRAM_FILE


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The sample's program.json, as a document to spoil."""
    folder = tmp_path_factory.mktemp("built")
    assert main(["build", "--no-pdf", str(SAMPLE_PROGRAM_FILE), "--out", str(folder / "out")]) == 0
    return json.loads((folder / "out" / "program.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _first_item(change: dict[str, Any]) -> Callable[[dict[str, Any]], None]:
    return lambda document: document["items"][0].update(change)


SPOILED: dict[str, tuple[Callable[[dict[str, Any]], None] | None, Callable[[str], str] | None, str]] = {
    "year 9999": (
        _first_item({"start": "9999-12-31T23:30:00-06:00", "end": "9999-12-31T23:50:00-06:00"}),
        None,
        "item 1: 'start' must be a date-time in the years 1000 to 9998, found '9999-12-31T23:30:00-06:00'",
    ),
    "sequence past 64 bits": (
        _first_item({"sequence": 2**70}),
        None,
        f"item 1: 'sequence' must be an integer from 0 to 2147483647, found {2**70}",
    ),
    "negative sequence": (
        _first_item({"sequence": -3}),
        None,
        "item 1: 'sequence' must be an integer from 0 to 2147483647, found -3",
    ),
    "sequence of 5,000 digits": (
        None,
        lambda text: text.replace('"sequence": 0', '"sequence": ' + "9" * 5000, 1),
        "expected JSON: a number of more than 4300 digits",
    ),
    "lone surrogate": (
        None,
        lambda text: text.replace('"Opening Remarks"', '"Open\\ud800ing"', 1),
        "expected JSON: '\\ud800' is half of a UTF-16 pair, alone: not a character",
    ),
}


def _spoiled(built: dict[str, Any], case: str, folder: Path) -> Path:
    change, raw, _ = SPOILED[case]
    document = copy.deepcopy(built)
    if change is not None:
        change(document)
    text = json.dumps(document, indent=1)
    path = folder / "program.json"
    path.write_text(raw(text) if raw else text, encoding="utf-8")
    return path


@pytest.mark.parametrize("case", SPOILED)
@pytest.mark.parametrize("given_as", ["feed", "--previous"])
def test_values_program_json_cannot_hold_are_errors_at_the_file(
    built: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str, given_as: str
) -> None:
    path = _spoiled(built, case, tmp_path)
    shutil.copy(SAMPLE_PAGE, tmp_path / SAMPLE_PAGE.name)
    shutil.copy(SAMPLE_PROGRAM_FILE, tmp_path / SAMPLE_PROGRAM_FILE.name)
    inputs = [str(path)] if given_as == "feed" else [str(tmp_path / SAMPLE_PROGRAM_FILE.name), "--previous", str(path)]

    status = main(["build", "--no-pdf", *inputs, "--out", str(tmp_path / "out")])

    error = capsys.readouterr().err.strip().splitlines()[-1]
    assert status == 1
    assert error.startswith(f"{path.as_posix()}:")
    assert error.endswith(SPOILED[case][2])
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("environment", "options", "expected"),
    [
        (
            {"SOURCE_DATE_EPOCH": "9" * 5000},
            [],
            f"program: error: SOURCE_DATE_EPOCH must be a time before 9999, found '{'9' * 40}…'",
        ),
        ({}, ["--alarm", "9" * 5000 + "m"], f"expected a length of at most 366 days, found '{'9' * 40}…'"),
        ({}, ["--alarm", f"{2**70}s"], f"expected a length of at most 366 days, found '{2**70}s'"),
        ({}, ["--max-size", "1e23GB"], "found '1e23GB'"),
        ({}, ["--max-size", "9" * 5000 + "GB"], "found '" + "9" * 40 + "…'"),
    ],
)
def test_numbers_too_large_for_an_option_are_usage_errors(  # noqa: PLR0917 (fixtures and parameters)
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    environment: dict[str, str],
    options: list[str],
    expected: str,
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)

    status = main(["build", "--no-pdf", str(SAMPLE_PROGRAM_FILE), "--out", str(tmp_path / "out"), *options])

    assert status == 2
    assert expected in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


_TOML = "expected a TOML program file"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a = " + "[" * 5000 + "]" * 5000 + "\n", f"1: error: {_TOML} nested less deeply"),
        ("x = " + "{a = " * 3000 + "1" + "}" * 3000 + "\n", f"1: error: {_TOML} nested less deeply"),
        ('title = "x"\nn = ' + "9" * 5000 + "\n", f"2: error: {_TOML}: a number of more than 4300 digits"),
    ],
)
def test_a_program_file_nested_too_deeply_or_with_a_huge_number_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, expected: str
) -> None:
    path = tmp_path / "deep.toml"
    path.write_text(text, encoding="utf-8")

    status = main(["build", "--no-pdf", str(path), "--out", str(tmp_path / "out")])

    assert status == 1
    assert capsys.readouterr().err.strip().splitlines()[-1] == f"{path.as_posix()}:{expected}"
    assert not (tmp_path / "out").exists()
