"""`program publish-copy DEST`: one whole version of out/, copied while builds run, replacing DEST at once."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from program.cli.main import main
from program.publish_copy import MARK, copy_published

from helpers import ROOT, SAMPLE_PAGE, copy_of_the_sample, files_under

MOVED = ("Sat 3:45 p.m. - 4:30 p.m.", "Sat 4:00 p.m. - 4:45 p.m.")
"""An edit of the sample page: a talk moved, so that two builds differ in many files."""


def _build(program_file: Path, out: Path) -> None:
    command = [sys.executable, "-m", "program", "build", "--no-pdf", str(program_file), "--out", str(out)]
    done = subprocess.run(command, cwd=ROOT, check=False, capture_output=True)
    assert done.returncode == 0, done.stderr.decode()


def _set_version(folder: Path, moved: bool) -> None:
    text = SAMPLE_PAGE.read_text(encoding="utf-8")
    (folder / SAMPLE_PAGE.name).write_text(text.replace(*MOVED) if moved else text, encoding="utf-8")


def _copied(dest: Path) -> dict[str, bytes]:
    return {name: data for name, data in files_under(dest).items() if name != MARK}


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, bytes]]]:
    """The sample's program file, and the outputs of its two versions (as built, then with a talk moved).

    Built once in one folder: program.json names its feeds by path, so every build of a
    version must read them from the same place.
    """
    folder = tmp_path_factory.mktemp("sample")
    program_file = copy_of_the_sample(folder)
    built = []
    for moved in (False, True):
        _set_version(folder, moved)
        _build(program_file, folder / f"version-{moved}")
        built.append(files_under(folder / f"version-{moved}"))
    assert built[0] != built[1]
    return program_file, built


@pytest.fixture
def versions(sample: tuple[Path, list[dict[str, bytes]]]) -> tuple[Path, list[dict[str, bytes]]]:
    """The sample's program file (its page with the talk moved), and the outputs of the two versions."""
    program_file, built = sample
    _set_version(program_file.parent, moved=True)
    return program_file, built


def test_every_copy_made_during_builds_is_one_whole_version(
    tmp_path: Path, versions: tuple[Path, list[dict[str, bytes]]]
) -> None:
    program_file, built = versions
    out = tmp_path / "out"
    _build(program_file, out)
    copies: list[int | None] = []  # which version each copy is: None for a mix
    failures: list[str] = []
    done = threading.Event()

    def copy_again_and_again() -> None:
        dest = tmp_path / "copy"
        while not done.is_set():
            try:
                copy_published(out, dest)
            except Exception as error:  # reported below, whatever it is
                failures.append(repr(error))
                continue
            copied = _copied(dest)
            copies.append(built.index(copied) if copied in built else None)

    reader = threading.Thread(target=copy_again_and_again)
    reader.start()
    try:
        for moved in (False, True, False, True):
            _set_version(program_file.parent, moved)
            _build(program_file, out)
    finally:
        done.set()
        reader.join()

    assert failures == []
    assert None not in copies, f"{copies.count(None)} of {len(copies)} copies mixed two versions"
    assert len(copies) >= 4
    assert set(copies) == {0, 1}


def test_a_copy_replaces_an_earlier_copy_whole(tmp_path: Path, versions: tuple[Path, list[dict[str, bytes]]]) -> None:
    program_file, built = versions
    out, dest = tmp_path / "out", tmp_path / "site"
    _build(program_file, out)
    assert main(["publish-copy", str(dest), "--out", str(out)]) == 0
    (dest / "people" / "stale.ics").write_text("a file the next copy does not have\n", encoding="utf-8")

    assert main(["publish-copy", str(dest), "--out", str(out)]) == 0

    assert _copied(dest) == built[1]
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith(".site")) == []


@pytest.mark.parametrize(
    ("dest", "error"),
    [
        (
            "docs",
            "docs: holds files that a copy of program did not write (CNAME); nothing was written "
            "(copy into an empty or new folder)",
        ),
        ("out/copy", "out/copy: is out/ or holds it or is in it; choose another DEST"),
        (".", ".: is out/ or holds it or is in it; choose another DEST"),
    ],
)
def test_a_dest_with_what_a_copy_did_not_write_is_refused_untouched(  # noqa: PLR0917 (fixtures and parameters)
    tmp_path: Path,
    versions: tuple[Path, list[dict[str, bytes]]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    dest: str,
    error: str,
) -> None:
    program_file, _ = versions
    _build(program_file, tmp_path / "out")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "CNAME").write_text("program.example.org\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    before = files_under(tmp_path / "docs")

    assert main(["publish-copy", dest]) == 1

    assert capsys.readouterr().err.splitlines()[-1] == f"program: error: {error}"
    assert files_under(tmp_path / "docs") == before
    assert not (tmp_path / "out" / "copy").exists()


def test_a_copy_without_a_build_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    out.mkdir()

    assert main(["publish-copy", str(tmp_path / "site"), "--out", str(out)]) == 1

    assert capsys.readouterr().err.splitlines()[-1] == (
        f"program: error: {out.as_posix()}: no build published there (run program build first)"
    )
    assert not (tmp_path / "site").exists()
    shutil.rmtree(out)
