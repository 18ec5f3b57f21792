"""Which format would read a feed no reader knows by its opening: named in the refusal, never chosen.

A Markdown page whose schedule is an HTML table below a `<style>` block (APM 2025) opens with
nothing a saved page's detection looks at, so `program check` said only "cannot tell the
format". Detection stays on the opening (one reader a file, whatever comes after); the refusal
tries the readers that read a page by its structure on the whole text and names those that
read items from it, or that asked for --timezone or --date to do so.
"""

from __future__ import annotations

import re

from program.errors import ParseError, UsageError
from program.readers import ReadContext, reader_named

_PROBES: tuple[tuple[str, re.Pattern[str]], ...] = (("html-page", re.compile(r"<t[dh][\s>]", re.IGNORECASE)),)
"""Each reader tried, and what a text must hold for it to be worth trying (a table cell)."""


def readers_that_read(text: str, source: str) -> tuple[str, ...]:
    """The names of the probed readers that read `text`: items, or a request for --timezone/--date."""
    found: list[str] = []
    for name, worth in _PROBES:
        if not worth.search(text):
            continue
        try:
            program = reader_named(name).read(text, source=source, context=ReadContext())
        except UsageError:  # it read far enough to need the zone or the date
            found.append(name)
            continue
        except ParseError:
            continue
        if program.items:
            found.append(name)
    return tuple(found)
