"""`python -m program`: the same as the `program` command."""

from program.cli import run

run()
