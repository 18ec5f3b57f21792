"""How long work says how far it got: a small interface the pipeline calls, and a silent default.

The library names its stages ("reading seeds/002.txt", "checking", "writing program.ics")
and counts files within a stage; what is shown, if anything, is the caller's choice (the
command line shows a line on a terminal, see `program.cli.progress`).
"""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    """Told what the pipeline is doing, as it does it."""

    def stage(self, name: str) -> None:
        """A new stage begins: "reading seeds/002.txt", "checking", "writing people/"."""

    def step(self) -> None:
        """One more file of the current stage is done (a personal calendar, say)."""


class Silent:
    """Progress nobody watches: the default of every library call."""

    def stage(self, name: str) -> None:
        """Do nothing."""

    def step(self) -> None:
        """Do nothing."""


SILENT: Progress = Silent()
