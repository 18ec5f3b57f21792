"""Anyone looking at out/ sees the whole earlier build or the whole new one, never a mix.

Failures are injected where they happen in life: a writer that breaks, a disk that fills up
halfway through the files, Ctrl-C, SIGTERM (timeout, CI, docker stop) and SIGKILL at chosen
moments of a real build (a hook stops it there), a second build into the same out/, and an
out/ that is a mount point.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from pathlib import Path

import pytest

from program import publish
from program.cli.main import main
from program.errors import UsageError
from program.pipeline import BuildOptions, build
from program.publish_checks import STATE
from program.settings import load_program_file
from program.writers import WRITERS
from publishing import edited_sample, nothing_left_over, nth_call_fails, rebuild

from helpers import SAMPLE_PROGRAM_FILE, files_under


@pytest.fixture
def workshop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    built = edited_sample(tmp_path)
    capsys.readouterr()
    return built


def test_the_outputs_are_links_through_one_pointer(workshop: Path) -> None:
    out = workshop / "out"
    state = out / STATE

    assert (out / "program.json").readlink() == Path(".program-publish/current/program.json")
    assert (out / "people").readlink() == Path(".program-publish/current/people")
    assert (state / "current").readlink().parent == Path("builds")
    assert nothing_left_over(out)


def test_a_writer_failing_halfway_writes_nothing(workshop: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = files_under(workshop / "out")
    monkeypatch.setattr(WRITERS["talks-csv"], "write", nth_call_fails(lambda *_: "", 1, UsageError("writer broke")))

    with pytest.raises(UsageError, match="writer broke"):
        build(load_program_file(workshop / SAMPLE_PROGRAM_FILE.name), workshop / "out", BuildOptions(pdf=False))

    assert files_under(workshop / "out") == before
    assert nothing_left_over(workshop / "out")


def test_a_first_build_that_fails_leaves_no_out_folder(workshop: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(WRITERS["talks-csv"], "write", nth_call_fails(lambda *_: "", 1, UsageError("writer broke")))

    with pytest.raises(UsageError, match="writer broke"):
        build(load_program_file(workshop / SAMPLE_PROGRAM_FILE.name), workshop / "new", BuildOptions(pdf=False))

    assert not (workshop / "new").exists()


@pytest.mark.parametrize("failing_write", [1, 7, 60, 100])
def test_a_full_disk_halfway_leaves_the_earlier_outputs(
    workshop: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], failing_write: int
) -> None:
    before = files_under(workshop / "out")
    full = OSError(28, "No space left on device")  # as write(2) says it: no file name
    failing: list[Path] = []
    original = nth_call_fails(Path.write_bytes, failing_write, full)

    def write_bytes(path: Path, data: bytes) -> int:
        failing[:] = [path]
        return original(path, data)  # type: ignore[no-any-return]

    monkeypatch.setattr(Path, "write_bytes", write_bytes)

    status = rebuild(workshop)

    assert status == 1
    error = capsys.readouterr().err.splitlines()[-1]
    output = Path(*failing[0].parts[failing[0].parts.index("builds") + 2 :]).as_posix()  # people/x.ics
    assert error == (
        f"program: error: {(workshop / 'out').as_posix()}: cannot write {output}: No space left on device; "
        "nothing was written"
    )
    assert files_under(workshop / "out") == before
    assert nothing_left_over(workshop / "out")


def test_ctrl_c_while_files_are_written_leaves_the_earlier_outputs(
    workshop: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = files_under(workshop / "out")
    monkeypatch.setattr(Path, "write_bytes", nth_call_fails(Path.write_bytes, 40, KeyboardInterrupt()))

    assert rebuild(workshop) == 130
    assert "interrupted" in capsys.readouterr().err
    assert files_under(workshop / "out") == before
    assert nothing_left_over(workshop / "out")


@pytest.mark.parametrize("step", ["linked", "switched"])
def test_a_signal_during_the_switch_is_held_until_it_is_done(
    workshop: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], step: str
) -> None:
    assert rebuild(workshop, "expected") == 0
    expected = files_under(workshop / "expected")

    def terminate_at(reached: str) -> None:
        if reached == step:
            os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(publish, "step_hook", terminate_at)

    assert rebuild(workshop) == 128 + signal.SIGTERM
    capsys.readouterr()
    assert files_under(workshop / "out") == expected
    assert nothing_left_over(workshop / "out")


def test_outputs_an_earlier_build_wrote_and_this_one_did_not_are_removed(
    workshop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = workshop / "out"
    (out / "notes.txt").write_text("the organisers' own file\n", encoding="utf-8")
    (out / "extra").mkdir()
    program_file = str(workshop / SAMPLE_PROGRAM_FILE.name)
    assert main(["build", program_file, "--pdf", "--out", str(out)]) == 0
    assert (out / "program.pdf").is_file()

    assert main(["build", program_file, "--no-pdf", "--out", str(out)]) == 0

    capsys.readouterr()
    assert not (out / "program.pdf").exists()
    assert not (out / "program.pdf").is_symlink()
    assert (out / "notes.txt").read_text(encoding="utf-8") == "the organisers' own file\n"
    assert (out / "extra").is_dir()
    assert nothing_left_over(out)


def test_an_out_folder_of_plain_files_from_an_older_version_is_refused_untouched(
    workshop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Versions before the switch wrote plain files and kept no manifest: nothing says they are program's."""
    out = workshop / "out"
    older = files_under(out)
    shutil.rmtree(out)
    for name, data in older.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(data)

    assert rebuild(workshop) == 1

    assert capsys.readouterr().err.splitlines()[-1] == (
        f"program: error: {out.as_posix()}: in the way of the outputs, not written by a build of program: "
        "changes.xml, index.html, kinds/, people/, program.html, program.ics, program.json, program.md, "
        "schedule.json, schedule.xml and 8 more; nothing was written (move them away, or choose another --out)"
    )
    assert files_under(out) == older
    assert not (out / STATE).exists()


def _mount_tmpfs(where: Path) -> str | None:
    """Mount a tmpfs at `where`; return why not when this machine does not allow it."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return "mounting a tmpfs as out/ needs root (CI runs as root)"
    where.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(where)], check=False, capture_output=True
    )
    if done.returncode != 0:
        return f"mount -t tmpfs is not allowed here: {done.stderr.decode().strip()}"
    return None


def test_out_may_be_a_mount_point(workshop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A Docker bind mount, NFS or tmpfs as out/: no rename ever crosses from its parent into it."""
    out = workshop / "mounted"
    why_not = _mount_tmpfs(out)
    if why_not:
        pytest.skip(why_not)
    try:
        assert out.stat().st_dev != workshop.stat().st_dev
        (out / "from-the-volume.txt").write_text("kept\n", encoding="utf-8")
        assert rebuild(workshop, "mounted") == 0
        assert rebuild(workshop, "mounted") == 0
        assert rebuild(workshop, "expected") == 0
        capsys.readouterr()
        assert files_under(out) == {**files_under(workshop / "expected"), "from-the-volume.txt": b"kept\n"}
        assert nothing_left_over(out)
    finally:
        subprocess.run(["umount", str(out)], check=True)
