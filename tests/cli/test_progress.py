"""Progress on a terminal: the stage named on stderr once work lasts, nothing in logs."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest

from program.cli import main
from program.cli.progress import TerminalProgress, terminal_progress

from helpers import ROOT


class Terminal(io.StringIO):
    """A stderr that says it is a terminal, and keeps what was drawn on it."""

    def isatty(self) -> bool:
        """Say it is a terminal."""
        return True


def test_nothing_is_shown_when_stderr_is_not_a_terminal() -> None:
    assert terminal_progress(io.StringIO()) is None


def test_work_shorter_than_the_delay_shows_nothing() -> None:
    screen = Terminal()
    with TerminalProgress(screen, after=60) as progress:
        progress.stage("reading seeds/002.txt")
        progress.stage("checking")

    assert not progress.shown
    assert screen.getvalue() == ""


def test_long_work_names_its_stage_and_counts_files() -> None:
    screen = Terminal()
    with TerminalProgress(screen, after=0) as progress:
        deadline = time.monotonic() + 10
        while not progress.shown and time.monotonic() < deadline:
            time.sleep(0.01)
        progress.stage("writing people/")
        for _ in range(3):
            progress.step()
        time.sleep(0.3)  # rich redraws a few times a second

    drawn = screen.getvalue()
    assert progress.shown
    assert "writing people/: 3 files" in drawn


def test_a_build_on_a_terminal_names_reading_checking_and_each_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stages reach the screen through the pipeline's callbacks (shown at once here)."""
    screen = Terminal()
    stages: list[str] = []
    original = TerminalProgress.stage

    def recording(self: TerminalProgress, name: str) -> None:
        stages.append(name)
        original(self, name)

    monkeypatch.setattr("program.cli.progress.SHOW_AFTER", 0.0)
    monkeypatch.setattr(TerminalProgress, "stage", recording)
    monkeypatch.setattr("sys.stderr", screen)
    monkeypatch.chdir(ROOT)

    assert main(["build", "seeds/mlsys2022.toml", "--no-pdf", "--out", str(tmp_path / "out")]) == 0

    assert stages[:2] == ["reading seeds/002_84455bf78bc88092.txt", "checking"]
    assert {"writing program.json", "writing program.ics", "writing people/", "writing speakers.html"} <= set(stages)
    assert "33 items (14 timed, 19 untimed), 19 papers, 105 people" in screen.getvalue()
