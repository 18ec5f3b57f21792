"""The `program` command: parses options, calls the library, prints what it did.

Exit status: 0 done, 1 the input has errors (nothing written), 2 the command was misused.
The library is imported inside the commands so that `program --help` stays fast.
"""

from __future__ import annotations

import contextlib
import gc
import signal
import sys
import threading
import warnings
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import click

from program.cli.building import build, serve
from program.cli.notify import notify
from program.cli.options import EXIT_INPUT_ERROR, EXIT_USAGE
from program.cli.planning import plan
from program.cli.publish_copy import publish_copy
from program.cli.reading import check, diff, formats, ics, speakers
from program.cli.report import report_problems, say
from program.version import __version__

if TYPE_CHECKING:
    from program.errors import InputError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(version=__version__, prog_name="program")
def cli() -> None:
    """Turn a workshop's schedule into a calendar, a printable program and more."""


for command in (build, serve, publish_copy, check, speakers, ics, diff, notify, plan, formats):
    cli.add_command(command)


def _show_warning(
    message: Warning | str, category: type[Warning], filename: str, lineno: int, *_: object, **__: object
) -> None:
    """Print a warning of the library as one line on standard error (no file and line of our code)."""
    say(f"program: warning: {message}")


@contextlib.contextmanager
def _stops_as_interrupts(received: list[int]) -> Iterator[None]:
    """Treat SIGTERM and SIGHUP (timeout, CI, docker stop, systemd, a closed terminal) as Ctrl-C.

    The build then stops the same clean way: staged files removed, out/ as it was. The
    signals received are appended to `received`, for the exit status (128 + the signal).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, _frame: object) -> None:
        received.append(signum)
        raise KeyboardInterrupt

    stops = [getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
    previous = {number: signal.signal(number, interrupt) for number in stops}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def main(argv: Sequence[str] | None = None) -> int:  # noqa: PLR0911 (one return per error class, by design)
    """Run the command line and return its exit status; every error is one line, no traceback."""
    from program.errors import (
        InputError,
        MissingExtraError,
        OutputError,
        OutputWarning,
        ParseError,
        ProgramError,
        UsageError,
    )

    received: list[int] = []
    try:
        with _stops_as_interrupts(received), warnings.catch_warnings():
            warnings.simplefilter("always", OutputWarning)
            warnings.showwarning = _show_warning
            cli.main(args=list(argv) if argv is not None else None, prog_name="program", standalone_mode=False)
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.ClickException as error:
        error.show()
        return EXIT_USAGE
    except click.Abort:
        click.echo("program: interrupted; the outputs are all the earlier ones or all new ones", err=True)
        return 128 + (received[-1] if received else signal.SIGINT)
    except MissingExtraError as error:
        say(f"program: error: {error}")  # the one line says what to do; --help would not
        return EXIT_USAGE
    except UsageError as error:
        say(f"program: error: {error} (see '{_help_command(argv)}')")
        return EXIT_USAGE
    except InputError as errors:
        report_problems(errors.problems, sys.stderr)
        say(f"program: {errors}{_keep_going_hint(errors, argv)}")
        return EXIT_INPUT_ERROR
    except OutputError as error:
        say(f"program: error: {error}")
        return EXIT_INPUT_ERROR
    except ParseError as error:
        say(str(error))
        return EXIT_INPUT_ERROR
    except ProgramError as error:  # a plan's conflicts: one on a line, each line escaped
        say(str(error), lines=True)
        return EXIT_INPUT_ERROR
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else EXIT_INPUT_ERROR
    return 0


def _command(argv: Sequence[str] | None) -> str | None:
    """The subcommand the command line runs ('ics'), if it names one."""
    args = list(argv) if argv is not None else sys.argv[1:]
    return next((arg for arg in args if arg in cli.commands), None)


def _help_command(argv: Sequence[str] | None) -> str:
    """The help to point at after a usage error: the subcommand's own ('program ics --help')."""
    command = _command(argv)
    return f"program {command} --help" if command else "program --help"


_IGNORES_KEEP_GOING = frozenset({"check", "plan"})
"""Commands that take the shared --keep-going but not its meaning: check reads all anyway, plan refuses."""


def _keep_going_hint(errors: InputError, argv: Sequence[str] | None) -> str:
    """How to go on without the errors, for a command that has --keep-going and where it would help."""
    command = _command(argv)
    if not errors.skippable or command is None or command in _IGNORES_KEEP_GOING:
        return ""
    if "keep_going" not in {parameter.name for parameter in cli.commands[command].params}:
        return ""
    return f"; pass --keep-going to {'build' if command in {'build', 'serve'} else 'go on'} without them"


def run() -> None:
    """Console-script entry point."""
    status = main()
    _left_to_the_system()
    sys.exit(status)


def _left_to_the_system() -> None:
    """Leave what the command made for the operating system to take back at exit, not the interpreter's teardown.

    The teardown frees, one by one, every object still alive (after a build: the program,
    every view and piece of its outputs) just before the system takes back the process's
    memory at once: a third of a second of CPU after a one-edit rebuild at 10,000 items,
    a tenth of the rebuild. Each object the collector tracks goes into one list that holds
    itself, frozen: the teardown's collection leaves it alone, so nothing it holds is
    freed (0.01 s). Exit handlers, the flush of the standard streams and the exit status
    are as before; the command has closed every file it wrote.
    """
    kept = gc.get_objects()
    kept.append(kept)
    gc.freeze()
