"""Parts of a time heading's slot (`html_heading_slots`): a title without its quotes, a talk's own time."""

from __future__ import annotations

from program.readers.notation.times import TimeSpan


def unquoted(title: str) -> str:
    """A title without the quotes around it (`"Scaling to the World"` → Scaling to the World).

    Only a pair that encloses it all: `“Title"` too, but in `“A quote.” And more?"` (Keystone DH
    2023) the opening quote is the quotation's and only the stray closing one goes.
    """
    title = title.strip()
    if len(title) < 3:
        return title
    plain = title[0] == title[-1] == '"' and title.count('"') == 2
    curly = title[0] == "“" and title[-1] in '"”' and "”" not in title[1:-1]
    if plain or curly:
        return title[1:-1].strip()
    if title[-1] == '"' and title.count('"') == 1:
        return title[:-1].strip()
    return title


_HALF_DAY = 720


def talk_span(span: TimeSpan, session: TimeSpan) -> tuple[TimeSpan, str | None]:
    """A talk's own time, and what is wrong with it when it cannot be right as written (BLP 2023's typos).

    An end before the start ("16:57 - 15:04") is no end: read as written it would run past
    midnight. A start outside its session's time ("14:24 - 14:36" in the 16:00 session) is kept,
    with a warning; on a 12-hour clock the afternoon's hour fits ("1:30" in a 13:00 session).
    """
    start, end = span.start.minutes, span.end_minutes
    ended = session.end_minutes
    if end is not None and end - start > _HALF_DAY:
        written = f"{span.start.text}-{span.end.text}" if span.end is not None else span.start.text
        return TimeSpan(span.start, None, None), f"the talk's end is before its start ({written!r}): read with no end"
    inside = any(
        session.start.minutes <= minutes and (ended is None or minutes < ended)
        for minutes in (start, start + _HALF_DAY)
    )
    if ended is not None and not inside:
        return span, f"the talk's time ({span.start.text}) is outside its session's; read as written"
    return span, None
