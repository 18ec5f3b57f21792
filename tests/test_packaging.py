"""The built wheel: templates, schema and py.typed inside, and it runs from any folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from program.writers import WRITERS, output_name

from helpers import ROOT, SAMPLE_PAGE


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "-w",
            str(folder),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    [built] = folder.glob("program-*.whl")
    return built


def test_wheel_ships_templates_catalogues_schema_and_type_marker(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    templates = sorted(path.relative_to(ROOT / "templates").as_posix() for path in (ROOT / "templates").rglob("*.*"))

    assert {f"program/templates/{name}" for name in templates} <= names
    assert {f"program/i18n/catalogues/{language}.po" for language in ("de", "en", "es", "fr")} <= names
    assert {"program/py.typed", "program/schema/program.schema.json"} <= names
    assert not any(name.startswith(("tests/", "program/tests")) for name in names)


def test_installed_wheel_builds_the_sample_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(SAMPLE_PAGE, elsewhere / "page.txt")
    environment = {**os.environ, "PYTHONPATH": str(target), "SOURCE_DATE_EPOCH": "0"}
    command = [
        sys.executable,
        "-P",
        "-m",
        "program",
        "build",
        "--no-pdf",
        "page.txt",
        "--date",
        "2022-12-03",
        "--timezone",
        "America/Chicago",
    ]

    result = subprocess.run(command, cwd=elsewhere, env=environment, capture_output=True, text=True, check=False)

    written = sorted(path.name for path in (elsewhere / "out").iterdir() if path.name != ".program-publish")
    assert (result.returncode, result.stderr.splitlines()[-1]) == (
        0,
        "33 items (14 timed, 19 untimed), 19 papers, 105 people",
    )
    assert written == sorted(output_name(writer).rstrip("/") for writer in WRITERS.values() if writer.name != "pdf")
    assert "Leendert van" in (elsewhere / "out" / "speakers.html").read_text(encoding="utf-8")
    imported_from = subprocess.run(
        [sys.executable, "-P", "-c", "import program; print(program.__file__)"],
        cwd=elsewhere,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(imported_from).is_relative_to(target)
