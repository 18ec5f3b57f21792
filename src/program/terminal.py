"""Messages on a terminal: what they quote (file names, titles) never steers it.

Every line the command line prints about its work (problems, errors, "wrote …", "read …")
goes through `for_terminal`, the one place control characters are escaped for the
terminal; the outputs themselves (a calendar on standard output) are left as they are.
"""

from __future__ import annotations

import re

_TERMINAL_CONTROL = re.compile("[\\x00-\\x1f\\x7f-\\x9f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]")
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def for_terminal(text: str) -> str:
    r"""Return one line of a message with every control character escaped as Python writes it.

    A file may be named with ESC or a line break ("feed\x1b[31m.txt"); a message naming it
    must not colour, clear or split the terminal. Bidirectional controls are escaped too.

    >>> print(for_terminal("feed\x1b[31m\nred.txt:3: error"))
    feed\x1b[31m\nred.txt:3: error
    """
    return _TERMINAL_CONTROL.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    return _NAMED_ESCAPES.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")
