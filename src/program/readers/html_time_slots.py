"""Schedules laid out in `div`s or list items around `<time datetime="…">` elements.

Conference themes write each slot as a block holding its start (and end) as `<time>`
elements, its title and its speakers (the GDG "Project Zeppelin" theme of PGDay Down Under,
hCalendar `vevent` list items of Full Frontal):

    <div class="timeslot">
      <time itemprop="startDate" datetime="December 07T09:00">…</time>
      <time itemprop="endDate" datetime="December 07T09:50">…</time>
      <h5 class="slot-title" itemprop="name">Securing PostgreSQL</h5>
      <p class="speaker-name">Joe Conway <span class="speaker-position"></span></p>
    </div>

The times are read from the `datetime` attributes, never from the text shown
("08<span>00</span>", "Late"): one attribute may hold a range, start and end cut by a dash
(SinglePageSchedule's `2025-06-02T08:30:00.000Z-2025-06-02T11:30:00.000Z`). A time with an
offset (`Z`, `+03:00`) is an instant, shown in the program's zone; one without is a wall
clock in the page's zone. A slot is the largest element around one start/end pair that holds no other; its
titles (`itemprop="name"`, hCalendar `summary`, a `*-title` class, else its first heading)
are its items, one per parallel room; people are the `performer`/`speaker-name` elements
of an item. Every other text of a slot ("Up Next", "Finished") is listed as not placed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import UTC, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING

import attrs

from program.readers.html_blocks import SKIPPED, collapse
from program.readers.notation.dates import DateError, WrittenDate, parse_date

if TYPE_CHECKING:  # only named: lxml, 0.05 s of every start-up, is imported where a page is parsed
    from lxml import etree

_DATETIME = re.compile(
    r"^\s*(?P<date>.*?)[T\s](?P<hour>\d{1,2}):(?P<minute>\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?P<offset>Z|[+-]\d{2}:?\d{2})?\s*$"
)
"""`2012-11-09T09:00`, `2019-10-12T09:00:00+03:00`, and the theme's `December 07T08:00`."""
_RANGE_CUT = re.compile(r"\s*(?:/|--|-|–)\s*(?=\d{4}-\d{2}-\d{2}[T\s])")
"""Where a `datetime` range is cut: "2025-06-02T08:30:00.000Z-2025-06-02T11:30:00.000Z" (SinglePageSchedule)."""
_TITLE_CLASS = re.compile(r"(?:^|[\s_-])(?:summary|title|name)(?:$|\s)")
_PEOPLE_CLASS = re.compile(r"(?:^|\s)(?:speaker-name|speaker|performer|presenter)(?:$|\s)")
_ROLE_CLASS = re.compile(r"position|company|role|affiliation|title")
"""Parts of a speaker element that are not the name ("Joe Conway <span class=speaker-position>…")."""
_ROOM_CLASS = re.compile(r"(?:^|\s)(?:room|location)(?:$|\s)")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


@attrs.frozen
class Moment:
    """A `datetime` attribute: its date as written (a year may be missing), minutes past midnight, offset."""

    day: WrittenDate
    minutes: int
    offset: tzinfo | None


@attrs.frozen
class TimedItem:
    """One title of a slot, with what the page says of it."""

    title: str
    line: int
    start: Moment
    end: Moment | None
    people: tuple[str, ...]
    location: str | None
    links: tuple[str, ...]
    talk: bool = False
    label: str | None = None


@attrs.frozen
class TimedSlots:
    """What the `<time>` layout held: its items, the slots' other lines, and how many slots."""

    items: tuple[TimedItem, ...]
    unplaced: tuple[tuple[int, str], ...]
    slots: int


def moment(value: str) -> Moment | None:
    """Read a `datetime` attribute that holds a date and a time; None for anything else.

    >>> moment("2012-11-09T09:40").minutes
    580
    >>> moment("December 07T08:50").day.year is None
    True
    >>> moment("2019-10-12T09:00+03:00").offset
    datetime.timezone(datetime.timedelta(seconds=10800))
    """
    found = _DATETIME.match(value)
    if found is None or not found["date"].strip():
        return None
    try:
        day = parse_date(found["date"].strip())
    except DateError:
        return None
    hour, minute = int(found["hour"]), int(found["minute"])
    if hour > 23 or minute > 59:
        return None
    return Moment(day, hour * 60 + minute, _offset(found["offset"]))


def moments(value: str) -> tuple[Moment, ...]:
    """The start and end a `datetime` attribute writes: a range (start, end), one moment, or ().

    Bristol Data Week 2025 (SinglePageSchedule) writes both in one attribute, cut by a dash;
    read whole, the range's end was taken for its start.

    >>> [found.minutes for found in moments("2025-06-02T08:30:00.000Z-2025-06-02T11:30:00.000Z")]
    [510, 690]
    >>> [found.minutes for found in moments("2012-11-09T09:40")]
    [580]
    """
    for cut in _RANGE_CUT.finditer(value):
        start, end = moment(value[: cut.start()]), moment(value[cut.end() :])
        if start is not None and end is not None:
            return start, end
    return (found,) if (found := moment(value)) is not None else ()


def _offset(written: str | None) -> tzinfo | None:
    if written is None:
        return None
    if written == "Z":
        return UTC
    sign = -1 if written[0] == "-" else 1
    digits = written[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def timed_slots(root: etree._Element) -> TimedSlots | None:
    """The page's slots around `<time datetime>` pairs, or None when it has fewer than two."""
    groups = _time_groups(root)
    if len(groups) < 2:
        return None
    containers = [_container(parent, root) for parent, _ in groups]
    items: list[TimedItem] = []
    unplaced: list[tuple[int, str]] = []
    for (parent, (start, end)), container in zip(groups, containers, strict=True):
        # the times' own element ("<span class=time>… Up Next</span>"), or the times alone when
        # they sit directly in the slot ("<li><time>…</time><h3>…</h3></li>")
        times = [parent] if parent is not container else list(parent.iterchildren("time"))
        titles = _titles(container, times)
        used: set[etree._Element] = set(times)
        for title in titles:
            scope = _scope(title, container, titles)
            people = _people(scope)
            typed = _typed(scope)
            used.update([title, *people, *([typed] if typed is not None else [])])
            where = _location(scope)
            items.append(
                TimedItem(
                    title=collapse(title.text_content()),
                    line=title.sourceline or 0,
                    start=start,
                    end=end,
                    people=tuple(_name(person) for person in people),
                    location=where,
                    links=tuple(_links(scope)),
                    talk=_is_talk(scope, container, people),
                    label=collapse(typed.text_content()) or None if typed is not None else None,
                )
            )
        unplaced.extend(_leftover(container, used))
    return TimedSlots(tuple(items), tuple(unplaced), len(groups))


def _time_groups(root: etree._Element) -> list[tuple[etree._Element, tuple[Moment, Moment | None]]]:
    """Each element holding a start `<time>` (and the end `<time>` after it), in page order."""
    groups: list[tuple[etree._Element, tuple[Moment, Moment | None]]] = []
    seen: set[etree._Element] = set()
    for element in root.iter("time"):
        parent = element.getparent()
        if parent is None or parent in seen or _skipped(element):
            continue
        found = [one for time in parent.iterchildren("time") for one in moments(time.get("datetime", ""))]
        if found:
            seen.add(parent)
            groups.append((parent, (found[0], found[1] if len(found) > 1 else None)))
    return groups


def _skipped(element: etree._Element) -> bool:
    return any(ancestor.tag in SKIPPED for ancestor in element.iterancestors())


def _container(parent: etree._Element, root: etree._Element) -> etree._Element:
    """The largest element around a slot's times that holds no other slot's `<time>`."""
    container = parent
    for ancestor in parent.iterancestors():
        if ancestor is root or sum(1 for _ in ancestor.iter("time")) > sum(1 for _ in container.iter("time")):
            break
        container = ancestor
    return container


def _titles(container: etree._Element, times: Sequence[etree._Element]) -> list[etree._Element]:
    """The slot's titles: `itemprop="name"` or a `summary`/`*-title` class, else its first heading."""
    outside = [
        element
        for element in container.iter()
        if isinstance(element.tag, str) and not any(_within(element, time) for time in times)
    ]
    marked = [
        element
        for element in outside
        if (element.get("itemprop") == "name" or _TITLE_CLASS.search(element.get("class", "")))
        and collapse(element.text_content())
        and not _names_person(element)
    ]
    marked = [
        element for element in marked if not any(_within(element, other) for other in marked if other is not element)
    ]
    if marked:
        return marked
    return (
        [next(element for element in outside if element.tag in _HEADINGS)]
        if any(element.tag in _HEADINGS for element in outside)
        else []
    )


def _within(element: etree._Element, ancestor: etree._Element) -> bool:
    return element is ancestor or any(parent is ancestor for parent in element.iterancestors())


def _scope(title: etree._Element, container: etree._Element, titles: Sequence[etree._Element]) -> etree._Element:
    """The largest element around a title, inside its slot, that holds no other title (its room's cell)."""
    if len(titles) == 1:
        return container
    scope = title
    for ancestor in title.iterancestors():
        if ancestor is container or any(_within(other, ancestor) for other in titles if other is not title):
            break
        scope = ancestor
    return scope


def _people(scope: etree._Element) -> list[etree._Element]:
    found = [element for element in scope.iter() if isinstance(element.tag, str) and _names_person(element)]
    # "<li itemprop=performer><p class=speaker-name>": the innermost element that names the person
    return [element for element in found if not any(_within(other, element) for other in found if other is not element)]


def _names_person(element: etree._Element) -> bool:
    """A performer, a `speaker-name` class, or SinglePageSchedule's `<span aria-label="Speaker">`."""
    return (
        element.get("itemprop") == "performer"
        or _PEOPLE_CLASS.search(element.get("class", "")) is not None
        or element.get("aria-label", "").strip().casefold() in ("speaker", "speakers")
    )


def _name(person: etree._Element) -> str:
    parts = [person.text or ""]
    for child in person:
        if not _ROLE_CLASS.search(child.get("class", "")):
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return collapse(" ".join(parts))


def _location(scope: etree._Element) -> str | None:
    """The room: an `itemprop="location"` or `room` element, else the theme's `data-slot-detail`."""
    for element in scope.iter():
        if isinstance(element.tag, str) and (
            element.get("itemprop") == "location"
            or re.search(r"(?:^|\s)(?:room|location)(?:$|\s)", element.get("class", ""))
        ):
            return collapse(element.text_content()) or None
    for element in [*scope.iter(), *scope.iterancestors()]:
        if isinstance(element.tag, str) and (detail := element.get("data-slot-detail")) is not None:
            return detail.strip(" '\"") or None  # the theme writes a stray quote after some: "Hall'"
    return None


def _typed(scope: etree._Element) -> etree._Element | None:
    """The element naming the slot's type: SinglePageSchedule's `<span aria_label="Event type">Training</span>`.

    The theme writes the attribute with an underscore; `aria-label` is read too.
    """
    for element in scope.iter():
        if not isinstance(element.tag, str):
            continue
        said = (element.get("aria-label") or element.get("aria_label") or "").strip().casefold()
        if said in ("event type", "type", "session type"):
            return element
    return None


def _is_talk(scope: etree._Element, container: etree._Element, people: Sequence[etree._Element]) -> bool:
    """A slot with speakers, or marked a talk (hCalendar's `vevent talk`), is a talk."""
    classes = {token for element in (*scope.iter(), container) for token in str(element.get("class", "")).split()}
    return bool(people) or "talk" in classes


def _links(scope: etree._Element) -> Iterator[str]:
    for element in scope.iter("a"):
        href = (element.get("href") or "").strip()
        if href.startswith(("http://", "https://")):
            yield href


def _leftover(container: etree._Element, used: set[etree._Element]) -> Iterator[tuple[int, str]]:
    """Text of the slot that is none of its times, titles and people: each piece with its line."""
    for element in container.iter():
        if not isinstance(element.tag, str) or element.tag in SKIPPED or any(_within(element, mark) for mark in used):
            continue
        for text in (element.text, *(child.tail for child in element)):
            if text is not None and collapse(text):
                yield element.sourceline or 0, collapse(text)
