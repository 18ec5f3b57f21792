"""What calendars that sites generate write around and inside their events.

A site's calendar page may wrap the calendar in an HTML comment (`<!--` before BEGIN:VCALENDAR,
`-->` after END:VCALENDAR: Bristol Data Week's schedule.ics); the calendar inside is read.


Mini-Conf sites (PyConES 2020, ISMIR 2020) make their .ics from the site's data: each
SUMMARY opens with the event's type as a tag ("#talk COVID19Gram…", "#tut T1A: …") and the
LOCATION holds where to follow it online: a web address, a page of the site
("tutorials.html#T1", "papers.html?session=3") or just the word "link". The tag is the
item's kind, not its title; such a LOCATION is no room (a web address is kept as a link).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_COMMENT = re.compile(
    r"\A(?P<before>[\ufeff\s]*<!--)(?=\s*BEGIN:VCALENDAR)|(?<=END:VCALENDAR)(?P<after>\s*-->\s*)\Z", re.IGNORECASE
)
_TAG = re.compile(r"^#(?P<tag>[A-Za-z][\w-]*)\s+(?=\S)")
_WEB_ADDRESS = re.compile(r"^https?://\S+$", re.IGNORECASE)
_PAGE_LINK = re.compile(r"^[\w./-]+\.html?(?:[#?]\S*)?$|^[#?]\S+$", re.IGNORECASE)
"""A page of the site, relative to it: "tutorials.html#T1", "papers.html?session=3", "#T1"."""
_NO_PLACE = frozenset({"link", "url"})
"""A LOCATION of one word that says where to click, not where to go."""


def tagged_calendar(summaries: Sequence[str]) -> bool:
    """Whether the calendar writes a tag before its titles: at least half of its summaries open with one.

    One "#1 hit" title among plain ones keeps its "#1".
    """
    tagged = sum(1 for summary in summaries if _TAG.match(summary.strip()))
    return tagged > 0 and tagged * 2 >= len(summaries)


def split_tag(summary: str) -> tuple[str | None, str]:
    """The tag opening a summary (without "#") and the title after it; (None, summary) without a tag.

    >>> split_tag("#tut T1A: Music Tagging"), split_tag("Opening")
    (('tut', 'T1A: Music Tagging'), (None, 'Opening'))
    """
    match = _TAG.match(summary.strip())
    return (match["tag"], summary.strip()[match.end() :]) if match else (None, summary)


def online_location(location: str) -> tuple[str | None, str | None]:
    """Split a LOCATION into a room and a web address: a link, a page of the site or "link" is no room.

    Returns (room, address): the address when the LOCATION is an absolute web address, else None.

    >>> online_location("https://ismir2020.slack.com/x"), online_location("tutorials.html#T1")
    ((None, 'https://ismir2020.slack.com/x'), (None, None))
    >>> online_location("link"), online_location("Room 1")
    ((None, None), ('Room 1', None))
    """
    text = location.strip()
    if _WEB_ADDRESS.match(text):
        return None, text
    if _PAGE_LINK.match(text) or text.casefold() in _NO_PLACE:
        return None, None
    return text or None, None


def uncommented(text: str) -> tuple[str, bool]:
    r"""The text without an HTML comment's marks around the calendar (the lines kept where they were).

    Only marks that wrap BEGIN:VCALENDAR … END:VCALENDAR and nothing else are taken out; returns
    the text and whether it was wrapped.

    >>> uncommented("<!--\nBEGIN:VCALENDAR\nEND:VCALENDAR\n-->\n")
    ('\nBEGIN:VCALENDAR\nEND:VCALENDAR\n\n', True)
    """
    found = list(_COMMENT.finditer(text))
    if [bool(match["before"]) for match in found] != [True, False]:
        return text, False
    return _COMMENT.sub(lambda match: re.sub(r"[^\n]", "", match[0]), text), True
