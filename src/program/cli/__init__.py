"""The command-line interface: a thin click layer over the library."""

from program.cli.main import cli, main, run

__all__ = ["cli", "main", "run"]
