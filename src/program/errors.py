"""One error tree for the library; the CLI maps each class to an exit status in one place."""

from __future__ import annotations

from collections.abc import Sequence

from program.model import Problem, SourceRef
from program.model.text import did_you_mean


class ProgramError(Exception):
    """Base of every error the library raises on purpose."""


class UsageError(ProgramError):
    """The caller asked for something impossible (a missing setting, an unknown format)."""


class MissingExtraError(UsageError):
    """A command needs an optional part of the install (a pip extra) that is not installed."""

    def __init__(self, command: str, extra: str, what: str) -> None:
        super().__init__(f"'program {command}' needs {what}, which is not installed: pip install \"program[{extra}]\"")


class UnknownFormatError(UsageError):
    """A reader or writer name that is not registered."""

    def __init__(self, kind: str, name: str, known: Sequence[str]) -> None:
        near = did_you_mean(name, known)
        super().__init__(f"unknown {kind} format {name!r}{near or '; known formats: ' + ', '.join(known)}")
        self.name = name
        self.known = tuple(known)


class OutputError(ProgramError):
    """The outputs could not be written (a full disk, no permission); nothing was changed."""


class ParseError(ProgramError, ValueError):
    """A feed or program file could not be read at a given place.

    Attributes:
        source: where it happened (file and line).
        line: the offending line's text, or None.
        reason: what was expected and what was found.
    """

    def __init__(self, reason: str, source: SourceRef, line: str | None = None) -> None:
        self.reason = reason
        self.source = source
        self.line = line
        super().__init__(f"{source}: error: {reason}")


class InputError(ProgramError):
    """Reading or checking found errors, so nothing is written.

    Attributes:
        problems: every problem found, errors and warnings, for the caller to print.
        skippable: whether `--keep-going` would go on without the errors (not for an empty program).
    """

    def __init__(self, problems: Sequence[Problem], *, skippable: bool = False) -> None:
        self.problems = tuple(problems)
        self.skippable = skippable
        errors = sum(1 for problem in problems if problem.severity.value == "error")
        super().__init__(f"{errors} error(s) in the input; nothing was written")


class OutputWarning(UserWarning):
    """An output was written but falls short in a way the user can fix (a font to install)."""
