"""A Markdown page's metadata header without `---` fences (Pelican's `Key: value` lines, then a blank line).

e-privacy 2016's Pelican page opens `Template: event` / `Title: 3.1416` / `Date: 2016-03-14 10:20`
/ … then a blank line and Markdown. Its key lines read like YAML, but the page below them is
not: a top-level line that is no YAML line (a sentence, `<br>`, a pipe table's row) follows. A
static site's YAML data file has none, so its own keys stay.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"\A\ufeff?(?:[A-Za-z][\w-]*:[^\n]*\n)+[ \t]*\n")
"""Key lines from the first line on, ended by a blank line."""
_YAML_LINE = re.compile(r"^(?:$|[ \t]|-(?:\s|$)|#|---|\.\.\.|[\[{]|[\"']?[\w -]+[\"']?\s*:(?:\s|$))")
"""A top-level line YAML can hold: blank, indented, a list item, a comment, a document marker, a key."""


def without_metadata_header(text: str) -> str:
    """`text` without a metadata header whose page below holds a line that is no YAML line."""
    header = _HEADER.match(text)
    if header is None:
        return text
    rest = text[header.end() :]
    return rest if any(_YAML_LINE.match(line) is None for line in rest.split("\n")) else text
