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


def test_a_real_ctrl_c_at_any_moment_leaves_one_whole_set_of_outputs(tmp_path: Path) -> None:
    """SIGINT to a real `program build` of a 1,007-event export, at several moments of its run."""
    feed = FRAB / "examples" / "xml" / "schedule-38c3-20251206.xml"
    command = [sys.executable, "-m", "program", "build", "--no-pdf", str(feed), "--out", str(tmp_path / "out")]
    environment = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    subprocess.run([*command[:-1], str(tmp_path / "whole")], check=True, capture_output=True, env=environment, cwd=ROOT)
    whole = files_under(tmp_path / "whole")
    for delay in (0.5, 2.0, 3.5):
        shutil.rmtree(tmp_path / "out", ignore_errors=True)
        running = subprocess.Popen(command, env=environment, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(delay)
        running.send_signal(signal.SIGINT)
        _, stderr = running.communicate(timeout=60)

        written = files_under(tmp_path / "out") if (tmp_path / "out").exists() else {}
        assert running.returncode in (0, 130), stderr
        assert written in ({}, whole), f"a mix after SIGINT at {delay} s"
        assert not list(tmp_path.glob(".out-staging-*"))
