"""Progress on a terminal: the stage a long command is at, on stderr, after two seconds.

Nothing is shown when stderr is not a terminal (logs and CI stay as they were), nor for
work that ends sooner: the line appears only once a command has run for `SHOW_AFTER`
seconds, and leaves no trace when it ends (rich's transient display).
"""

from __future__ import annotations

import sys
import threading
import time
from types import TracebackType
from typing import IO, TYPE_CHECKING

from program.progress import SILENT, Progress

if TYPE_CHECKING:
    import rich.progress

SHOW_AFTER = 2.0
"""Seconds of work before the progress line appears."""


class TerminalProgress:
    """Shows "⠋ writing people/: 512 files 0:00:14" on stderr while a long command runs.

    A timer shows it after `after` seconds; until then, and when it is never shown, a stage
    costs a string assignment. rich redraws it on its own thread, so a long stage (the
    solver, Typst) still shows a moving spinner and the time spent.
    """

    def __init__(self, stream: IO[str], after: float = SHOW_AFTER) -> None:
        self._stream = stream
        self._stage = "starting"
        self._steps = 0
        self._lock = threading.Lock()
        self._display: rich.progress.Progress | None = None
        self._task: rich.progress.TaskID | None = None
        self._closed = False
        self._started = time.monotonic()
        self._timer = threading.Timer(after, self._show)
        self._timer.daemon = True

    def __enter__(self) -> TerminalProgress:
        self._started = time.monotonic()
        self._timer.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._timer.cancel()
        with self._lock:
            self._closed = True
            if self._display is not None:
                self._display.stop()

    @property
    def shown(self) -> bool:
        """Whether the progress line has appeared."""
        return self._display is not None

    def stage(self, name: str) -> None:
        """Name the stage now running."""
        with self._lock:
            self._stage, self._steps = name, 0
            self._update()

    def step(self) -> None:
        """Count one more file of the stage."""
        with self._lock:
            self._steps += 1
            self._update()

    def _update(self) -> None:
        if self._display is not None and self._task is not None:
            self._display.update(self._task, description=self._description())

    def _description(self) -> str:
        return f"{self._stage}: {self._steps} files" if self._steps else self._stage

    def _show(self) -> None:
        # rich is imported only when there is something to show: scripts and CI never pay for it.
        from rich.console import Console
        from rich.progress import Progress as Display
        from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

        with self._lock:
            if self._closed:
                return
            console = Console(file=self._stream, stderr=True)
            columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
            display = Display(*columns, console=console, transient=True)
            self._task = display.add_task(self._description(), total=None)
            # The time shown is the command's, not the line's: it began `after` seconds ago.
            display.tasks[0].start_time = self._started
            display.start()
            self._display = display


def terminal_progress(stream: IO[str] | None = None) -> TerminalProgress | None:
    """Progress for `stream` (stderr) when it is a terminal, else None (nothing to show)."""
    stream = stream or sys.stderr
    return TerminalProgress(stream, SHOW_AFTER) if stream.isatty() else None


__all__ = ["SHOW_AFTER", "SILENT", "Progress", "TerminalProgress", "terminal_progress"]
