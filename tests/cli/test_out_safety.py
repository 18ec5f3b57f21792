"""out/ is program's alone: nothing outside it is touched, nothing of the user's is deleted.

A cloned repository can carry an out/ with symbolic links in it (git stores them), and a
user can point --out at a folder of their own (docs/ for GitHub Pages, the current folder,
an unset variable). Each case here made a build delete or overwrite files it did not write.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from program.cli.main import main
from program.publish_checks import STATE

from helpers import SAMPLE_PAGE, SAMPLE_PROGRAM_FILE, files_under


@pytest.fixture
def workshop(tmp_path: Path) -> Path:
    """The sample's program file and page, copied; nothing built yet."""
    shutil.copy(SAMPLE_PROGRAM_FILE, tmp_path / SAMPLE_PROGRAM_FILE.name)
    shutil.copy(SAMPLE_PAGE, tmp_path / SAMPLE_PAGE.name)
    return tmp_path


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    """A folder outside out/ that a planted link points at: a lock-like file and a build-like folder."""
    folder = tmp_path / "victim"
    (folder / "builds" / "precious").mkdir(parents=True)
    (folder / "builds" / "precious" / "thesis.tex").write_text("years of work\n", encoding="utf-8")
    (folder / "lock").write_text("my data\n", encoding="utf-8")
    (folder / "notes.txt").write_text("notes\n", encoding="utf-8")
    return folder


def _build(workshop: Path, out: Path | str, *options: str) -> int:
    return main(["build", "--no-pdf", str(workshop / SAMPLE_PROGRAM_FILE.name), "--out", str(out), *options])


def _error(capsys: pytest.CaptureFixture[str]) -> str:
    return capsys.readouterr().err.strip().splitlines()[-1]


def test_a_state_folder_that_is_a_link_is_refused(
    workshop: Path, victim: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = files_under(victim)
    out = workshop / "out"
    out.mkdir()
    (out / STATE).symlink_to(victim, target_is_directory=True)

    assert _build(workshop, out) == 1

    assert files_under(victim) == before
    assert _error(capsys) == (
        f"program: error: {out.as_posix()}/{STATE} is a symbolic link, not a folder a build made; "
        f"nothing was written (remove it to build into {out.as_posix()})"
    )
    assert sorted(path.name for path in out.iterdir()) == [STATE]


@pytest.mark.parametrize("entry", ["builds", "lock"])
def test_a_link_inside_the_state_folder_is_refused(
    workshop: Path, victim: Path, capsys: pytest.CaptureFixture[str], entry: str
) -> None:
    out = workshop / "out"
    assert _build(workshop, out) == 0
    published = files_under(out)
    before = files_under(victim)
    state = out / STATE
    if (state / entry).is_dir():
        shutil.rmtree(state / entry)
    else:
        (state / entry).unlink()
    (state / entry).symlink_to(victim / entry)
    capsys.readouterr()

    assert _build(workshop, out) == 1

    assert files_under(victim) == before
    assert _error(capsys) == (
        f"program: error: {state.as_posix()}/{entry} is a symbolic link, not what a build made; "
        f"nothing was written (remove {state.as_posix()} to build into {out.as_posix()} afresh)"
    )
    assert (state / entry).is_symlink()
    if entry == "lock":  # the builds are still there, so are the outputs
        assert files_under(out) == published


def test_a_link_among_the_builds_is_removed_not_followed(
    workshop: Path, victim: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = workshop / "out"
    assert _build(workshop, out) == 0
    before = files_under(victim)
    planted = out / STATE / "builds" / "1-1"
    planted.symlink_to(victim / "builds", target_is_directory=True)
    leftover = out / STATE / "old-people"
    leftover.symlink_to(victim / "builds", target_is_directory=True)

    assert _build(workshop, out, "--full") == 0  # a build that publishes (one with nothing changed writes nothing)

    capsys.readouterr()
    assert files_under(victim) == before
    assert not planted.is_symlink()
    assert not leftover.is_symlink()


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a folder to another user needs root (CI runs as root)")
def test_a_state_folder_of_another_user_is_refused(workshop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = workshop / "out"
    assert _build(workshop, out) == 0
    published = files_under(out)
    os.chown(out / STATE, 4242, 4242)
    capsys.readouterr()

    assert _build(workshop, out) == 1

    assert _error(capsys) == (
        f"program: error: {(out / STATE).as_posix()} belongs to another user (uid 4242), "
        f"not to this one (uid {os.geteuid()}); nothing was written"
    )
    assert files_under(out) == published


def test_the_temporary_file_of_ics_out_is_not_a_planted_link(
    workshop: Path, victim: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    calendar = workshop / "mine.ics"
    planted = workshop / f".mine.ics.{os.getpid()}.tmp"  # the name it used to have: predictable
    planted.symlink_to(victim / "notes.txt")

    assert main(["ics", str(workshop / SAMPLE_PROGRAM_FILE.name), "-o", str(calendar)]) == 0

    capsys.readouterr()
    assert (victim / "notes.txt").read_text(encoding="utf-8") == "notes\n"
    assert not calendar.is_symlink()
    assert calendar.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert sorted(path.name for path in workshop.iterdir() if path.name.startswith(".mine")) == [planted.name]


@pytest.mark.parametrize(
    ("plant", "in_the_way"),
    [
        ({"site/my.css": "body {}\n"}, "site/"),
        ({"people/alice-notes.txt": "call Alice\n"}, "people/"),
        ({"kinds/x.ics": "mine\n", "index.html": "<p>mine</p>\n"}, "index.html, kinds/"),
    ],
)
def test_a_plain_file_or_folder_where_an_output_goes_is_an_error_naming_it(
    workshop: Path, capsys: pytest.CaptureFixture[str], plant: dict[str, str], in_the_way: str
) -> None:
    out = workshop / "out"
    for name, text in plant.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_text(text, encoding="utf-8")
    before = files_under(out)

    assert _build(workshop, out) == 1

    assert _error(capsys) == (
        f"program: error: {out.as_posix()}: in the way of the outputs, not written by a build of program: "
        f"{in_the_way}; nothing was written (move them away, or choose another --out)"
    )
    assert files_under(out) == before
    assert not (out / STATE).exists()


def test_a_link_of_the_users_where_an_output_goes_is_in_the_way(
    workshop: Path, victim: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = workshop / "out"
    assert _build(workshop, out) == 0
    (out / "people").unlink()
    (out / "people").symlink_to(victim, target_is_directory=True)
    before = files_under(victim)
    capsys.readouterr()

    assert _build(workshop, out) == 1

    assert "in the way of the outputs, not written by a build of program: people/;" in _error(capsys)
    assert files_under(victim) == before


def test_a_pages_folder_keeps_its_files_and_refuses_to_replace_its_index(
    workshop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = workshop / "docs"
    docs.mkdir()
    (docs / "CNAME").write_text("example.org\n", encoding="utf-8")
    (docs / "about.md").write_text("# About\n", encoding="utf-8")
    assert _build(workshop, docs) == 0  # nothing in the way: the outputs go beside the user's files
    assert (docs / "CNAME").read_text(encoding="utf-8") == "example.org\n"
    (docs / "index.html").unlink()
    (docs / "index.html").write_text("<p>my page</p>\n", encoding="utf-8")
    capsys.readouterr()

    assert _build(workshop, docs) == 1

    assert "in the way of the outputs, not written by a build of program: index.html;" in _error(capsys)
    assert (docs / "index.html").read_text(encoding="utf-8") == "<p>my page</p>\n"
    assert (docs / "about.md").read_text(encoding="utf-8") == "# About\n"


def test_an_empty_out_is_a_usage_error(
    workshop: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(workshop)  # where "" would have built

    assert _build(workshop, "") == 2

    assert "--out is empty" in capsys.readouterr().err
    assert not (workshop / STATE).exists()


def test_out_dot_with_the_users_files_is_an_error(
    workshop: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(workshop)
    before = files_under(workshop)

    assert _build(workshop, ".") == 1

    assert _error(capsys) == (
        "program: error: .: the current folder holds files that are not outputs of program "
        f"({SAMPLE_PAGE.name}, {SAMPLE_PROGRAM_FILE.name}); nothing was written "
        "(build into a folder of its own, e.g. --out out/)"
    )
    assert files_under(workshop) == before
    assert not (workshop / STATE).exists()


def test_an_earlier_build_that_cannot_be_removed_is_reported(
    workshop: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = workshop / "out"
    assert _build(workshop, out) == 0
    earlier = (out / STATE / "current").readlink().name
    real_rmtree = shutil.rmtree

    def rmtree(path: str, *args: object, **kwargs: object) -> None:
        if os.fspath(path) == earlier:
            raise PermissionError(13, "Permission denied", path)
        real_rmtree(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(rmtree, "avoids_symlink_attacks", True, raising=False)
    monkeypatch.setattr(shutil, "rmtree", rmtree)
    # --full: the same input again would be "unchanged" and publish nothing (an incremental rebuild)
    assert _build(workshop, out, "--full") == 0  # the earlier build is kept (as previous) until the next one
    capsys.readouterr()

    assert _build(workshop, out, "--full") == 0

    assert (
        f"program: warning: {(out / STATE).as_posix()}/builds/{earlier}: cannot remove this earlier build: "
        "Permission denied; the outputs are the new ones, the next build tries again"
    ) in capsys.readouterr().err.splitlines()
    assert (out / STATE / "builds" / earlier).is_dir()


_WITHOUT_POSIX_MODULES = """
import sys
import tempfile
sys.modules["fcntl"] = None  # as on Windows: importing it raises ImportError
import program.publish, program.pipeline, program.cli.main
from pathlib import Path
from program.errors import OutputError
sys.platform = "win32"
try:
    program.publish.publish([], Path(sys.argv[1]))
except OutputError as error:
    print(error)
"""


def test_program_imports_without_fcntl_and_says_why_it_cannot_publish(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _WITHOUT_POSIX_MODULES, str(tmp_path / "out")],
        check=False,
        capture_output=True,
        text=True,
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout == ("publishing out/ needs symbolic links and flock: Linux or macOS (on Windows, WSL)\n")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("failure", "why"),
    [
        (OSError(30, "Read-only file system", "/mnt/ro/.mine.ics.x1y2z3.tmp"), "Read-only file system"),
        (OSError(28, "No space left on device"), "No space left on device"),
    ],
)
def test_ics_out_that_cannot_be_written_names_the_file(
    workshop: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], failure: OSError, why: str
) -> None:
    calendar = workshop / "mine.ics"

    def failing(*args: object, **kwargs: object) -> None:
        raise failure

    if failure.filename:  # the temporary file cannot be created
        monkeypatch.setattr(tempfile, "mkstemp", failing)
    else:  # it is created, then writing it fails (fchmod stands for the write: called once, only there)
        monkeypatch.setattr(os, "fchmod", failing)

    assert main(["ics", str(workshop / SAMPLE_PROGRAM_FILE.name), "-o", str(calendar)]) == 1

    assert _error(capsys) == f"program: error: {workshop.as_posix()}: cannot write mine.ics: {why}; nothing was written"
    assert sorted(path.name for path in workshop.iterdir() if "mine" in path.name) == []
