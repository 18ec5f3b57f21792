"""A session heading that gives its time in brackets at its end (ICMT 2018).

``<h3>Model transformation reuse (Session #2: 11.00 - 12.30)</h3>`` is a slot: the title
before the brackets, the time range at the brackets' end, and what the brackets say before
it ("Session #2", "ICMT / ICGT joint session") its label. Only a range counts: a title that
ends with one time in brackets ("Talk (10:30)") is not a heading of this shape.
"""

from __future__ import annotations

import re

import attrs

from program.readers.notation.leading import LeadingSpan, leading_span

_BRACKETED_TIME = re.compile(
    r"^(?P<title>[^()]*[^\s()])\s*\((?:(?P<label>[^()]*?)(?:[\s,;]|:(?!\d))+)?"
    r"(?P<time>\d{1,2}(?:[.:h]\d{2}|\s*[ap]\.?m\.?)[^()]*)\)$",
    re.IGNORECASE,
)


@attrs.frozen
class TimedHeading:
    """A heading's title, the label its brackets give before the time, and the time."""

    title: str
    label: str | None
    found: LeadingSpan


def timed_heading(text: str) -> TimedHeading | None:
    """The heading's parts, or None when `text` does not end with a time range in brackets.

    >>> heading = timed_heading("Model transformation reuse (Session #2: 11.00 - 12.30)")
    >>> heading.title, heading.label, heading.found.span.start.minutes, heading.found.span.end_minutes
    ('Model transformation reuse', 'Session #2', 660, 750)
    >>> timed_heading("Coffee (10:30)") is None, timed_heading("Lunch") is None
    (True, True)
    >>> timed_heading("Morning: Theory (9:00am-12:00pm)").found.span.start.minutes  # a clock's colon splits nothing
    540
    """
    matched = _BRACKETED_TIME.match(text.strip())
    if matched is None:
        return None
    found = leading_span(matched["time"])
    if found is None or found.span.end is None or found.rest.strip():
        return None
    return TimedHeading(matched["title"], (matched["label"] or "").strip(" :,;") or None, found)
