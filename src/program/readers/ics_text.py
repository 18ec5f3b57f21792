"""The text of calendar events: HTML descriptions as text, and where producers put the speakers.

Calendars have no field for speakers. Producers put them in the summary ("Title - Ada
Lovelace" from pretalx, "Title (talk by Ada Lovelace)"), on a "Speaker:" line of the
description (linux.conf.au, our own program.ics), in the ORGANIZER's or an ATTENDEE's
name. A `PeoplePlace` names one such place; `[feeds.columns] people = "…"` lists them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from html.parser import HTMLParser

import attrs

from program.errors import UsageError
from program.model import Link
from program.model.text import collapse_space
from program.readers.lines.markup import unescaped
from program.readers.tabular.people import looks_like_name

_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
"""An HTML tag: a description holding one is HTML (Google Calendar, linux.conf.au)."""
_BLOCKS = frozenset({"p", "div", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "blockquote"})
_BY = re.compile(r"^(?P<title>.+?)\s*\((?:[\w-]+\s+)?by\s+(?P<names>[^()]+)\)\s*$", re.IGNORECASE)
""""Python's Infamous GIL (talk by Larry Hastings)", "Django Security (workshop by Peter Inglesby)"."""
_DASH = re.compile(r"^(?P<title>.+)\s+[-–—]\s+(?P<names>(?:(?!\s[-–—]\s).)+)$")
"""After the last spaced dash: a hyphen inside a name is no separator ("Russell Keith-Magee", PyCon AU 2023)."""
_DOUBLE_DASH = re.compile(r"^(?P<title>.+?)\s+--\s+(?P<names>(?:(?!\s--\s).)+)$")
"""After the last spaced double hyphen: "Profiler Zoo -- Alexandre Bergel" (ESUG 2011, Apple iCal)."""
_COLON = re.compile(r"^(?P<names>[^:]{2,80}?):\s+(?P<title>\S.*)$")
_NAME_SEPARATORS = re.compile(r"\s*(?:,|;|\s&\s|\s+and\s+|\s+und\s+|\s+et\s+)\s*", re.IGNORECASE)
_AFFILIATION = re.compile(r"\s*\[[^\[\]]*\]")
_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)$")
"""An affiliation in round brackets after a name: "Pooyan Dadvand (Altair)", "Riccardo Rossi (UPC/CIMNE)"."""
_LINK_WORD = re.compile(r"\s*\((?:bio|abstract|slides|website|homepage|video|paper|link|cv)\)", re.IGNORECASE)
"""A link's words after a name or title ("Dr. Katie Antypas (Bio)", NSF Cyber PI 2025): no part of it."""
_TITLE_LINE = re.compile(r"^[ \t]*title[ \t]*:[ \t]*(?P<title>\S.*?)[ \t]*$", re.IGNORECASE | re.MULTILINE)
""""Emily Moffat Sadeghi [Ohio Supercomputer Center]": pretalx puts a speaker's organisation in brackets."""
_LINK_LINE = re.compile(r"^(?:(?P<label>[^\n]{1,200}?):\s+)?(?P<url>https?://\S+)$")
"""A line of links as our calendars write them ("Slides: https://…", "https://x: https://x"), or a bare address."""
_ADDRESS = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
"""A URI's scheme ("mailto:", "MAILTO:", "urn:uuid:", "https:"): an address, not a name."""
_RECORDED = "A recorded presentation is available."
_OWN_HEADINGS = (
    "Posters presented:",
    "Your poster at this session:",
    "Your posters at this session:",
    "Talks in this session:",
    "Your talk at this session:",
    "Your talks at this session:",
)
"""Paragraphs our own calendars write about a session's posters and talks: not its abstract."""

PLACES = (
    "summary:by",
    "summary:dash",
    "summary:double-dash",
    "summary:colon",
    "description:LABEL",
    "organizer",
    "attendee",
    "attendee:ROLE",
)
"""The places `[feeds.columns] people` may name, as docs/formats.md lists them."""


@attrs.frozen
class PeoplePlace:
    """A place of an event where a producer puts its speakers.

    Attributes:
        where: "summary", "description", "organizer" or "attendee".
        detail: the summary's pattern ("by", "dash", "colon"), the description line's label
            ("Speaker"), or the attendees' role ("CHAIR"); "" for any.
    """

    where: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.where}:{self.detail}" if self.detail else self.where


DEFAULT_PLACES = (
    PeoplePlace("summary", "by"),
    PeoplePlace("description", "Speaker"),
    PeoplePlace("description", "Author"),
    PeoplePlace("description", "Presenter"),
    PeoplePlace("attendee", "CHAIR"),
)
"""Where speakers are looked for unless the program file says: each place is safe to try on any calendar."""
PRETALX_PLACES = (PeoplePlace("summary", "dash"),)
"""pretalx writes "Title - Speaker [Org], Speaker" and nothing else: its summaries are split at the last dash."""


def parse_places(text: str) -> tuple[PeoplePlace, ...]:
    """Return the places a `people = "…"` mapping lists, in order ("none": no speakers).

    Raises:
        UsageError: naming what is not a place, and the places there are.
    """
    places = []
    for part in (part.strip() for part in text.split(",")):
        where, _, detail = part.partition(":")
        where, detail = where.strip().casefold(), detail.strip()
        valid = (
            (where == "summary" and detail.casefold() in ("by", "dash", "double-dash", "colon"))
            or (where == "description" and bool(detail))
            or (where == "organizer" and not detail)
            or where == "attendee"
        )
        if where == "none" and not detail:
            continue
        if not valid:
            raise UsageError(
                f"[feeds.columns] people: {part!r} is no place of a calendar event; expected a list of "
                f'{", ".join(PLACES)} or none, such as "description:Speaker, organizer"'
            )
        places.append(PeoplePlace(where, detail.casefold() if where == "summary" else detail))
    return tuple(places)


def address_name(value: str) -> str:
    """The name an ORGANIZER or ATTENDEE value is, when it is a name rather than an address.

    A Hugo template writes the speaker as the value itself (CfgMgmtCamp 2019: `ORGANIZER:Damien
    Duportal`); the standard's `mailto:` address, or any other URI or e-mail address, names nobody.

    >>> address_name("Damien Duportal"), address_name("mailto:info@olografix.org"), address_name("ada@x.org")
    ('Damien Duportal', '', '')
    """
    value = collapse_space(value)
    return "" if _ADDRESS.match(value) or "@" in value else value


def split_names(text: str) -> tuple[str, ...]:
    """Return the names of a people text ("A, B and C", "A & B", "Name [Org], Name"), without affiliations.

    >>> split_names("Emily Moffat Sadeghi [Ohio Supercomputer Center, OSC], Travis Ravert")
    ('Emily Moffat Sadeghi', 'Travis Ravert')
    >>> split_names("Pooyan Dadvand (Altair)")
    ('Pooyan Dadvand',)
    """
    text = _LINK_WORD.sub("", _AFFILIATION.sub("", text))
    names = (_TRAILING_BRACKET.sub("", collapse_space(name)).strip(" .") for name in _NAME_SEPARATORS.split(text))
    return tuple(dict.fromkeys(name for name in names if name))


def summary_people(summary: str, detail: str) -> tuple[str, tuple[str, ...]] | None:
    """Return the title and the speakers a summary names in the `detail` way ("by", "dash", "colon"), or None.

    >>> summary_people("Reception (Hors D'oeuvres) -", "dash")
    ("Reception (Hors D'oeuvres)", ())
    """
    pattern = {"by": _BY, "dash": _DASH, "double-dash": _DOUBLE_DASH, "colon": _COLON}[detail]
    match = pattern.match(summary.strip())
    if detail == "double-dash":
        return _double_dash_people(match)
    if match is None:
        # pretalx writes "Reception -" for a session without speakers.
        bare = re.sub(r"\s+[-–—]$", "", summary.strip())
        return (bare, ()) if detail == "dash" and bare != summary.strip() else None
    names = split_names(match["names"])
    return (match["title"].strip(), names) if names else None


def _double_dash_people(match: re.Match[str] | None) -> tuple[str, tuple[str, ...]] | None:
    """The title and speakers after " -- " when every one reads as a full name, else None.

    A title may hold " -- " itself ("Carl Vaernet -- The Nazi Doctor Who Escaped Justice",
    "IWST 2011 -- Workshop"): a one-word or sentence-like tail is no speaker.
    """
    if match is None:
        return None
    names = split_names(match["names"])
    full = bool(names) and all(looks_like_name(name) and len(name.split()) >= 2 for name in names)
    return (match["title"].strip(), names) if full else None


def double_dash_calendar(summaries: Sequence[str]) -> bool:
    """Whether a calendar writes "Title -- Speaker" throughout: three or more such summaries, most of those with " -- ".

    One summary with " -- " in its title (Google's LGBT History Festival) is no convention.
    """
    dashed = [summary for summary in summaries if " -- " in summary]
    named = [summary for summary in dashed if summary_people(summary, "double-dash")]
    return len(named) >= 3 and 2 * len(named) > len(dashed)


def description_people(description: str, label: str) -> tuple[str, tuple[str, ...]] | None:
    """Return the description without its `label` line ("Speaker: A, B"; "Speakers:" too) and the names on it."""
    line = re.compile(rf"^[ \t]*{re.escape(label)}s?[ \t]*:[ \t]*(?P<names>\S.*?)[ \t]*$", re.IGNORECASE | re.MULTILINE)
    match = line.search(description)
    if match is None:
        return None
    rest = description[: match.start()] + description[match.end() :]
    # program's own calendars name an item's first 30 people, "and 1,970 others" after them.
    names = _OTHERS.sub("", match["names"])
    return re.sub(r"\A\n+|\n+\Z", "", rest), split_names(names)


def description_title(summary: str, description: str) -> tuple[str, str | None, str]:
    r"""The title, label and description when the description has a "Title:" line, else the summary as title.

    NSF Cyber PI 2025 writes SUMMARY:Keynote and "Speaker: …" / "Title: Advancing …" lines: the
    line is the talk's title and the summary says what kind of slot it is (its label).

    >>> description_title("Keynote", "Speaker: Ada\nTitle: On Engines (Abstract)")
    ('On Engines', 'Keynote', 'Speaker: Ada')
    """
    match = _TITLE_LINE.search(description)
    if match is None or not summary.strip():
        return summary, None, description
    rest = description[: match.start()] + description[match.end() :]
    return _LINK_WORD.sub("", match["title"]), summary, re.sub(r"\A\n+|\n+\Z", "", rest)


_OTHERS = re.compile(r",? and [\d,]+ others$")
ROOM_LINES = ("Room", "Track")
"""Description lines that name the room when an event has no LOCATION ("Track: 4", InPyCon 2021)."""


def description_room(description: str, labels: tuple[str, ...]) -> tuple[str, str] | None:
    """Return the description without its first `labels` line ("Track: 4") and the room it names ("Track 4").

    A bare number is the label's number ("Track 4"); anything else is the room's name ("Room: Hall A" → "Hall A").
    """
    for label in labels:
        line = re.compile(
            rf"^[ \t]*{re.escape(label)}[ \t]*:[ \t]*(?P<room>\S.*?)[ \t]*$", re.IGNORECASE | re.MULTILINE
        )
        if (match := line.search(description)) is not None:
            rest = description[: match.start()] + description[match.end() :]
            room = match["room"]
            return re.sub(r"\A\n+|\n+\Z", "", rest), f"{label} {room}" if room.isdigit() else room
    return None


def is_html(text: str) -> bool:
    """Whether a description holds HTML tags (Google Calendar and Symposion write HTML)."""
    return _TAG.search(text) is not None


class _TextParser(HTMLParser):
    """Collects an HTML fragment's text: paragraphs and list items on lines of their own, links' addresses kept."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[Link] = []
        self._href: str | None = None
        self._anchor: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n" if tag != "li" else "\n- ")
        elif tag == "a":
            self._href = dict(attrs).get("href")
            self._anchor = []

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n\n" if tag != "li" else "\n")
        elif tag == "a" and self._href:
            if re.match(r"https?://", self._href):
                self.links.append(Link(collapse_space("".join(self._anchor)) or self._href, self._href))
            self._href = None

    def handle_data(self, data: str) -> None:
        self.parts.append(data)
        if self._href is not None:
            self._anchor.append(data)


def html_text(text: str) -> tuple[str, tuple[Link, ...]]:
    """Return an HTML description as plain text (tags dropped, entities decoded) and the links it holds."""
    parser = _TextParser()
    parser.feed(text)
    parser.close()
    lines = (collapse_space(line) for line in "".join(parser.parts).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip(), tuple(parser.links)


def plain_text(text: str) -> tuple[str, tuple[Link, ...]]:
    """Return a description as text: HTML turned to text, entities (`&amp;`) decoded, and its links."""
    if is_html(text):
        return html_text(text)
    return unescaped(text).strip(), ()


@attrs.frozen
class Described:
    """What a description holds beside its speakers: the abstract, links, a recording's note."""

    abstract: str | None
    links: tuple[Link, ...] = ()
    recorded: bool = False


def described(text: str) -> Described:
    """Split a description (speakers already taken) into its abstract and what our calendars add after it.

    A paragraph of links ("Slides: https://…", or bare addresses), our "A recorded
    presentation is available." and our poster lists are not the abstract.
    """
    kept: list[str] = []
    links: list[Link] = []
    recorded = False
    for part in re.split(r"\n[ \t]*\n", text.strip()):
        paragraph = part.strip("\n")
        found = _links_of(paragraph.split("\n"))
        if found is not None:
            links.extend(found)
        elif paragraph.strip() == _RECORDED:
            recorded = True
        elif paragraph and not paragraph.startswith(_OWN_HEADINGS):
            kept.append(paragraph)
    return Described("\n\n".join(kept) or None, tuple(links), recorded)


def _links_of(lines: Sequence[str]) -> list[Link] | None:
    """The links of a paragraph that is only links, one a line; None for any other paragraph."""
    matches = [_LINK_LINE.match(line.strip()) for line in lines]
    if not matches or not all(matches):
        return None
    return [Link(match["label"] or match["url"], match["url"]) for match in matches if match]


def unique_links(links: Iterable[Link]) -> tuple[Link, ...]:
    """Each address once, with the first label that is not the address itself."""
    by_url: dict[str | None, Link] = {}
    for link in links:
        known = by_url.get(link.url)
        if known is None or (known.label == known.url and link.label != link.url):
            by_url[link.url] = link
    return tuple(by_url.values())


def dash_hint(summaries: Sequence[str]) -> list[str]:
    """A line for `check` when three or more summaries end in " - Name" and no speaker was read: how to read them.

    "Title - Speaker" is not read by default (a title may end in " - Part Two"); Kratos 2024's
    calendar writes it throughout, and its user could not tell the setting existed (trial 5).
    """
    named = [
        summary
        for summary in summaries
        if (match := _DASH.match(summary.strip())) is not None
        and (names := split_names(match["names"]))
        and all(looks_like_name(name) for name in names)
    ]
    if len(named) < 3:
        return []
    return [
        f'{len(named)} summaries end in " - Name" ({named[0]!r}, …): to read those names as speakers, '
        '[feeds.columns] people = "summary:dash"'
    ]
