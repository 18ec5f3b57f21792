"""program: turn a workshop's schedule into a calendar, a printable program and more.

The flow is feeds -> readers -> one model -> checks -> writers; `program.pipeline`
runs it, and the command line (`program.cli`) is a thin layer over that.
"""

from program.version import __version__

__all__ = ["__version__"]
