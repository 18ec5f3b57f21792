"""Which format would read a feed no reader knows by its opening: named in the refusal, never chosen.

A Markdown page whose schedule is an HTML table below a `<style>` block (APM 2025) opens with
nothing a saved page's detection looks at, and a site's JSON of its own shape opens with keys
no reader claims, so `program check` said only "cannot tell the format". Detection stays on the
opening (one reader a file, whatever comes after); the refusal tries the readers that read a
page by its structure on the whole text and names those that mostly read items from it, or
that, given a zone, ask only for the first day.
"""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

from program.errors import ParseError, UsageError
from program.model import Severity
from program.readers import ReadContext, reader_named

_PROBES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("html-page", re.compile(r"<t[dh][\s>]", re.IGNORECASE)),
    ("yaml-site", re.compile(r"\A\s*[\[{]")),
)
"""Each reader tried, and what a text must hold for it to be worth trying: a table cell; JSON (a site's
data, which the YAML reader reads: PonyFest 2026, DevFest Baltics 2018)."""


def readers_that_read(text: str, source: str) -> tuple[str, ...]:
    """The names of the probed readers that read `text`: items, or a request for --timezone/--date."""
    found: list[str] = []
    for name, worth in _PROBES:
        if not worth.search(text):
            continue
        if _reads(name, text, source, ReadContext()) or _reads(name, text, source, _ZONED, date_asked=True):
            found.append(name)
    return tuple(found)


_ZONED = ReadContext(timezone=ZoneInfo("UTC"))
"""A zone, for a reader that asks for one: named only if it then reads items or asks for the first day
(Proyektor's JSON asks for a zone as site data, then cannot read its times: not named)."""


def _reads(name: str, text: str, source: str, context: ReadContext, *, date_asked: bool = False) -> bool:
    """Whether the reader `name` mostly reads items from `text`, or (`date_asked`) asks only for the first day."""
    try:
        program = reader_named(name).read(text, source=source, context=context)
    except UsageError as asked:
        return date_asked and "--date" in str(asked)
    except ParseError:
        return False
    errors = sum(1 for problem in program.problems if problem.severity is Severity.ERROR)
    return len(program.items) > errors  # mostly read: a row or two it cannot read may be the page's own
