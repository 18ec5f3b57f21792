"""Builds killed at each step, and builds of one out/ running at once: one whole build stays.

A real build runs in a subprocess; a hook stops it at a chosen step, where it is signalled
(SIGKILL, SIGTERM, SIGHUP) or raced by a second build and a reader.
"""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from program import publish
from program.publish_checks import STATE
from publishing import edited_sample, nothing_left_over, rebuild

from helpers import ROOT, SAMPLE_PROGRAM_FILE, files_under


@pytest.fixture
def workshop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    built = edited_sample(tmp_path)
    capsys.readouterr()
    return built


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
    assert rebuild(workshop, "expected") == 0
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
        assert nothing_left_over(out)
    # The next build finishes the job: what the killed one left is removed.
    assert _program(_build_command(workshop, out)).returncode == 0
    assert files_under(out) == later
    assert nothing_left_over(out)


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
    assert nothing_left_over(out)


def test_two_builds_at_once_publish_one_after_the_other(workshop: Path) -> None:
    out = workshop / "out"
    command = [sys.executable, "-m", "program", *_build_command(workshop, out)]
    runs = [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    results = [run.communicate(timeout=120) for run in runs]

    assert [run.returncode for run in runs] == [0, 0], [stderr.decode() for _, stderr in results]
    assert nothing_left_over(out)


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

    assert rebuild(workshop) == 1

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
