"""Anyone looking at out/ sees the whole earlier build or the whole new one, never a mix.

Failures are injected where they happen in life: a writer that breaks, a disk that fills up
halfway through the files, Ctrl-C, SIGTERM (timeout, CI, docker stop) and SIGKILL at chosen
moments of a real build (a hook stops it there), a second build into the same out/, and an
out/ that is a mount point.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from program import publish
from program.cli.main import main
from program.errors import UsageError
from program.pipeline import BuildOptions, build
from program.publish_checks import STATE
from program.settings import load_program_file
from program.writers import WRITERS

from helpers import ROOT, SAMPLE_PAGE, SAMPLE_PROGRAM_FILE, files_under


@pytest.fixture
def workshop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The sample built once into out/, and its page then edited (a talk moved)."""
    shutil.copy(SAMPLE_PROGRAM_FILE, tmp_path / SAMPLE_PROGRAM_FILE.name)
    page = tmp_path / SAMPLE_PAGE.name
    shutil.copy(SAMPLE_PAGE, page)
    assert main(["build", "--no-pdf", str(tmp_path / SAMPLE_PROGRAM_FILE.name), "--out", str(tmp_path / "out")]) == 0
    text = page.read_text(encoding="utf-8").replace("Sat 3:45 p.m. - 4:30 p.m.", "Sat 4:00 p.m. - 4:45 p.m.")
    page.write_text(text, encoding="utf-8")
    capsys.readouterr()
    return tmp_path


def _rebuild(workshop: Path, out: str = "out") -> int:
    # --full: a build that writes every file (one with nothing changed writes nothing).
    command = ["build", "--no-pdf", str(workshop / SAMPLE_PROGRAM_FILE.name), "--out", str(workshop / out), "--full"]
    return main(command)


def _nth_call_fails(original: Callable[..., Any], n: int, failure: BaseException) -> Callable[..., Any]:
    calls = 0

    def patched(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == n:
            raise failure
        return original(*args, **kwargs)

    return patched


def _nothing_left_over(out: Path) -> bool:
    """Only the published build and the one it replaced remain: no staging, no half-made links."""
    state = out / STATE
    builds = {path.name for path in (state / "builds").iterdir()}
    kept = {(state / pointer).readlink().name for pointer in ("current", "previous") if (state / pointer).is_symlink()}
    extra = sorted(path.name for path in state.iterdir() if path.name not in {"builds", "current", "previous", "lock"})
    return builds == kept and not extra and all(link.exists() for link in out.iterdir() if link.is_symlink())


def test_the_outputs_are_links_through_one_pointer(workshop: Path) -> None:
    out = workshop / "out"
    state = out / STATE

    assert (out / "program.json").readlink() == Path(".program-publish/current/program.json")
    assert (out / "people").readlink() == Path(".program-publish/current/people")
    assert (state / "current").readlink().parent == Path("builds")
    assert _nothing_left_over(out)


def test_a_writer_failing_halfway_writes_nothing(workshop: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = files_under(workshop / "out")
    monkeypatch.setattr(WRITERS["talks-csv"], "write", _nth_call_fails(lambda *_: "", 1, UsageError("writer broke")))

    with pytest.raises(UsageError, match="writer broke"):
        build(load_program_file(workshop / SAMPLE_PROGRAM_FILE.name), workshop / "out", BuildOptions(pdf=False))

    assert files_under(workshop / "out") == before
    assert _nothing_left_over(workshop / "out")


def test_a_first_build_that_fails_leaves_no_out_folder(workshop: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(WRITERS["talks-csv"], "write", _nth_call_fails(lambda *_: "", 1, UsageError("writer broke")))

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
    original = _nth_call_fails(Path.write_bytes, failing_write, full)

    def write_bytes(path: Path, data: bytes) -> int:
        failing[:] = [path]
        return original(path, data)  # type: ignore[no-any-return]

    monkeypatch.setattr(Path, "write_bytes", write_bytes)

    status = _rebuild(workshop)

    assert status == 1
    error = capsys.readouterr().err.splitlines()[-1]
    output = Path(*failing[0].parts[failing[0].parts.index("builds") + 2 :]).as_posix()  # people/x.ics
    assert error == (
        f"program: error: {(workshop / 'out').as_posix()}: cannot write {output}: No space left on device; "
        "nothing was written"
    )
    assert files_under(workshop / "out") == before
    assert _nothing_left_over(workshop / "out")


def test_ctrl_c_while_files_are_written_leaves_the_earlier_outputs(
    workshop: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = files_under(workshop / "out")
    monkeypatch.setattr(Path, "write_bytes", _nth_call_fails(Path.write_bytes, 40, KeyboardInterrupt()))

    assert _rebuild(workshop) == 130
    assert "interrupted" in capsys.readouterr().err
    assert files_under(workshop / "out") == before
    assert _nothing_left_over(workshop / "out")


@pytest.mark.parametrize("step", ["linked", "switched"])
def test_a_signal_during_the_switch_is_held_until_it_is_done(
    workshop: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], step: str
) -> None:
    assert _rebuild(workshop, "expected") == 0
    expected = files_under(workshop / "expected")

    def terminate_at(reached: str) -> None:
        if reached == step:
            os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(publish, "step_hook", terminate_at)

    assert _rebuild(workshop) == 128 + signal.SIGTERM
    capsys.readouterr()
    assert files_under(workshop / "out") == expected
    assert _nothing_left_over(workshop / "out")


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
    assert _nothing_left_over(out)


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

    assert _rebuild(workshop) == 1

    assert capsys.readouterr().err.splitlines()[-1] == (
        f"program: error: {out.as_posix()}: in the way of the outputs, not written by a build of program: "
        "changes.xml, index.html, kinds/, people/, program.html, program.ics, program.json, program.md, "
        "schedule.json, schedule.xml and 8 more; nothing was written (move them away, or choose another --out)"
    )
    assert files_under(out) == older
    assert not (out / STATE).exists()


# A real build in a subprocess, stopped by a hook at a chosen step and then killed.
_STOPPED_AT = """
import sys, time
from pathlib import Path
from program import publish
from program.cli.main import main
marker, step, *arguments = sys.argv[1:]
resume = Path(marker + ".resume")

def stop(reached):
    if reached == step:  # wait there until killed, or told to go on (a signal held meanwhile)
        Path(marker).write_text(reached)
        while not resume.exists():
            time.sleep(0.01)

publish.step_hook = stop
sys.exit(main(arguments))
"""


def _resume(workshop: Path) -> Path:
    return workshop / "stopped.resume"


def _program(arguments: list[str]) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "program", *arguments], check=False, cwd=ROOT, capture_output=True)


def _build_command(workshop: Path, out: Path) -> list[str]:
    return ["build", "--no-pdf", str(workshop / SAMPLE_PROGRAM_FILE.name), "--out", str(out)]


def _run_until(step: str, workshop: Path, arguments: list[str]) -> subprocess.Popen[bytes]:
    marker = workshop / "stopped"
    marker.unlink(missing_ok=True)
    _resume(workshop).unlink(missing_ok=True)
    command = [sys.executable, "-c", _STOPPED_AT, str(marker), step, *arguments]
    running = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not marker.exists() and running.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert marker.exists(), running.communicate(timeout=5)[1].decode()
    return running


@pytest.fixture
def two_builds(workshop: Path, capsys: pytest.CaptureFixture[str]) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """The outputs of out/ (the sample) and of the edited page, built apart."""
    assert _rebuild(workshop, "expected") == 0
    capsys.readouterr()
    return files_under(workshop / "out"), files_under(workshop / "expected")


@pytest.mark.parametrize(
    ("step", "stop"),
    [
        ("wrote 1", signal.SIGKILL),
        ("wrote 60", signal.SIGKILL),
        ("staged", signal.SIGKILL),
        ("linked", signal.SIGKILL),
        ("switched", signal.SIGKILL),
        ("wrote 60", signal.SIGTERM),
        ("staged", signal.SIGHUP),
        ("linked", signal.SIGTERM),
    ],
)
def test_a_build_killed_at_any_step_leaves_one_whole_build(
    workshop: Path, two_builds: tuple[dict[str, bytes], dict[str, bytes]], step: str, stop: signal.Signals
) -> None:
    earlier, later = two_builds
    out = workshop / "out"
    running = _run_until(step, workshop, _build_command(workshop, out))

    running.send_signal(stop)
    _resume(workshop).touch()
    _, stderr = running.communicate(timeout=60)

    assert running.returncode in (-signal.SIGKILL, 128 + stop), stderr.decode()
    switched = step == "switched" or (step == "linked" and stop != signal.SIGKILL)  # the switch holds signals
    assert files_under(out) == (later if switched else earlier)
    if stop != signal.SIGKILL:  # a clean stop also removes what it staged
        assert _nothing_left_over(out)
    # The next build finishes the job: what the killed one left is removed.
    assert _program(_build_command(workshop, out)).returncode == 0
    assert files_under(out) == later
    assert _nothing_left_over(out)


def test_a_second_build_waits_for_the_first(
    workshop: Path, two_builds: tuple[dict[str, bytes], dict[str, bytes]]
) -> None:
    _, later = two_builds
    out = workshop / "out"
    first = _run_until("staged", workshop, _build_command(workshop, out))
    command = [sys.executable, "-m", "program", *_build_command(workshop, out)]
    second = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(1)
    assert second.poll() is None, "the second build did not wait for the first"
    first.kill()
    first.communicate(timeout=60)

    _, stderr = second.communicate(timeout=60)

    assert second.returncode == 0, stderr.decode()
    assert files_under(out) == later
    assert _nothing_left_over(out)


def test_two_builds_at_once_publish_one_after_the_other(workshop: Path) -> None:
    out = workshop / "out"
    command = [sys.executable, "-m", "program", *_build_command(workshop, out)]
    runs = [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    results = [run.communicate(timeout=120) for run in runs]

    assert [run.returncode for run in runs] == [0, 0], [stderr.decode() for _, stderr in results]
    assert _nothing_left_over(out)


@pytest.fixture
def lock_held_elsewhere(workshop: Path) -> Iterator[int]:
    """out/'s lock, held by another process (this test's) that says its pid is 4242."""
    lock = os.open(workshop / "out" / STATE / "lock", os.O_RDWR)
    fcntl.flock(lock, fcntl.LOCK_EX)
    os.pwrite(lock, b"4242\n", 0)
    yield lock
    os.close(lock)


def test_a_build_that_waited_too_long_names_the_one_writing(
    workshop: Path,
    lock_held_elsewhere: int,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    del lock_held_elsewhere
    before = files_under(workshop / "out")
    monkeypatch.setattr(publish, "LOCK_WAIT", 0.3)

    assert _rebuild(workshop) == 1

    out = (workshop / "out").as_posix()
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"program: error: another build (pid 4242) is writing {out}/; waited 0.3 s, nothing was written"
    )
    assert files_under(workshop / "out") == before


def test_a_reader_always_finds_every_output_during_builds(
    workshop: Path, two_builds: tuple[dict[str, bytes], dict[str, bytes]]
) -> None:
    earlier, later = two_builds
    out = workshop / "out"
    names = sorted({name.split("/")[0] for name in earlier})
    missing: list[str] = []
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            missing.extend(name for name in names if not (out / name).exists())
            try:
                if not any((out / "people").iterdir()):
                    missing.append("people/*")
            except OSError as error:
                missing.append(f"people/: {error}")

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for _ in range(3):
            assert _program(_build_command(workshop, out)).returncode == 0
    finally:
        done.set()
        reader.join()

    assert not missing
    assert files_under(out) == later


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
        assert _rebuild(workshop, "mounted") == 0
        assert _rebuild(workshop, "mounted") == 0
        assert _rebuild(workshop, "expected") == 0
        capsys.readouterr()
        assert files_under(out) == {**files_under(workshop / "expected"), "from-the-volume.txt": b"kept\n"}
        assert _nothing_left_over(out)
    finally:
        subprocess.run(["umount", str(out)], check=True)
