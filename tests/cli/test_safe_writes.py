"""A build that fails or is interrupted at any point leaves the earlier outputs, or all new ones.

Failures are injected where they happen in life: a writer that breaks, a disk that fills up
halfway through the files, Ctrl-C while files are written or moved into place.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from program import pipeline
from program.cli.main import main
from program.errors import UsageError
from program.pipeline import BuildOptions, build
from program.settings import load_program_file
from program.writers import WRITERS

from helpers import FRAB, ROOT, SAMPLE_PAGE, SAMPLE_PROGRAM_FILE, files_under


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


def _rebuild(workshop: Path) -> int:
    return main(["build", "--no-pdf", str(workshop / SAMPLE_PROGRAM_FILE.name), "--out", str(workshop / "out")])


def _nth_call_fails(original: Callable[..., Any], n: int, failure: BaseException) -> Callable[..., Any]:
    calls = 0

    def patched(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == n:
            raise failure
        return original(*args, **kwargs)

    return patched


def _only_out_left(workshop: Path) -> bool:
    return not [path.name for path in workshop.iterdir() if path.name.startswith(".out-staging-")]


def test_a_writer_failing_halfway_writes_nothing(workshop: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = files_under(workshop / "out")
    monkeypatch.setattr(WRITERS["frab-xml"], "write", _nth_call_fails(lambda *_: "", 1, UsageError("writer broke")))

    with pytest.raises(UsageError, match="writer broke"):
        build(load_program_file(workshop / SAMPLE_PROGRAM_FILE.name), workshop / "out", BuildOptions(pdf=False))

    assert files_under(workshop / "out") == before
    assert _only_out_left(workshop)


@pytest.mark.parametrize("failing_write", [1, 7, 60, 115])
def test_a_full_disk_halfway_leaves_the_earlier_outputs(
    workshop: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], failing_write: int
) -> None:
    before = files_under(workshop / "out")
    full = OSError(28, "No space left on device", str(workshop / "x.ics"))
    monkeypatch.setattr(Path, "write_bytes", _nth_call_fails(Path.write_bytes, failing_write, full))

    status = _rebuild(workshop)

    assert status == 1
    error = capsys.readouterr().err.splitlines()[-1]
    assert error == (
        f"program: error: {(workshop / 'out').as_posix()}: cannot write x.ics: No space left on device; "
        "nothing was written"
    )
    assert files_under(workshop / "out") == before
    assert _only_out_left(workshop)


def test_ctrl_c_while_files_are_written_leaves_the_earlier_outputs(
    workshop: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = files_under(workshop / "out")
    monkeypatch.setattr(Path, "write_bytes", _nth_call_fails(Path.write_bytes, 40, KeyboardInterrupt()))

    assert _rebuild(workshop) == 130
    assert "interrupted" in capsys.readouterr().err
    assert files_under(workshop / "out") == before
    assert _only_out_left(workshop)


def test_ctrl_c_while_files_are_moved_into_place_finishes_the_moves_first(
    workshop: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    expected_dir = workshop / "expected"
    assert main(["build", "--no-pdf", str(workshop / SAMPLE_PROGRAM_FILE.name), "--out", str(expected_dir)]) == 0
    expected = files_under(expected_dir)

    def interrupt_then_move(*args: Any) -> None:
        os.kill(os.getpid(), signal.SIGINT)
        original_move(*args)

    original_move = pipeline._move_into_place
    monkeypatch.setattr(pipeline, "_move_into_place", interrupt_then_move)

    assert _rebuild(workshop) == 130
    capsys.readouterr()
    assert files_under(workshop / "out") == expected
    assert _only_out_left(workshop)


def _staged_files(folder: Path) -> int:
    return sum(1 for path in folder.glob(".out-staging-*/new/**/*") if path.is_file())


@pytest.mark.parametrize("files_staged", [1, 300])
def test_a_real_ctrl_c_while_outputs_are_staged_leaves_the_earlier_ones(tmp_path: Path, files_staged: int) -> None:
    """SIGINT to a real `program build` of a 1,007-event export once it has staged some files.

    The earlier outputs (another timestamp, so other bytes) must stay whole, and the staging
    folder must go. Interrupts before staging are the common case and need no test of their
    own; during the final renames, the in-process test above holds the signal.
    """
    feed = FRAB / "examples" / "xml" / "schedule-38c3-20251206.xml"
    out = tmp_path / "out"
    command = [sys.executable, "-m", "program", "build", "--no-pdf", str(feed), "--out", str(out)]
    subprocess.run(command, check=True, capture_output=True, env={**os.environ, "SOURCE_DATE_EPOCH": "1"}, cwd=ROOT)
    earlier = files_under(out)
    environment = {**os.environ, "SOURCE_DATE_EPOCH": "2"}
    running = subprocess.Popen(command, env=environment, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while running.poll() is None and _staged_files(tmp_path) < files_staged and time.monotonic() < deadline:
        time.sleep(0.002)
    assert running.poll() is None, "the build ended before the interrupt: stage fewer files"
    running.send_signal(signal.SIGINT)
    _, stderr = running.communicate(timeout=60)

    assert running.returncode == 130, stderr
    assert files_under(out) == earlier
    assert not list(tmp_path.glob(".out-staging-*"))
