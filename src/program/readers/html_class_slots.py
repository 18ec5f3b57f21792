"""Slots whose parts the page names by class: `<li class="slot">` holding `slot-time`, `slot-title`, `slot-speaker`.

ESE 2026 (a Jekyll include) writes each slot as a list item whose time, category tag, title
and speaker are elements of their own, told apart only by their classes:

    <li class="slot is-talk">
      <div class="slot-time"><span class="time-from">10h05</span><span class="time-to">10h45</span></div>
      <span class="slot-tag">Reverse &amp; Exploitation</span>
      <p class="slot-title">Drivers Vulnerability</p>
      <p class="slot-speaker">Lucas Sevilla &middot; Quarkslab</p>

Read as text, the tag comes first and is taken for the title. Read by class, the title is the
element named `…title` (or `…label`, a break's name), the people the one named `…speaker` (the
affiliation after `·` or in brackets left out), or a `…sub` line that lists names only ("A &
B" under "Ouverture de l'ESE"), the room one named `…room`/`…location`. A page is read this
way only when at least three slots, outside any table, have a time and a titled element of
their own; tables and any other page are left to the readers of cells and text. A slot titled by
`head` and `name` elements, its room over its time, is read by `html_name_heads` (MOPCON 2012);
a heading that writes a date (`<h2>10/27 議程表</h2>`) is the day of the slots after it, and so is a
date column's parts (IYRP 2026's `program-date-number` 9, `program-date-month` "Abril 2026"), whose
`…location` line is the room of the day's slots that name none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import attrs

from program.errors import ParseError
from program.model import Item, Kind, Program, SourceRef
from program.model.ids import item_id
from program.readers.html_blocks import HEADINGS, collapse, element_lines, tag_of
from program.readers.html_dating import PageSettings, needs_zone, resolve_day
from program.readers.html_heading_cards import CardTalk, heading_card
from program.readers.html_list_ends import next_start_ends
from program.readers.html_name_heads import name_head, names_below, room_over_time
from program.readers.html_span_rows import span_rows
from program.readers.html_speaker_lines import given_by
from program.readers.kind_labels import kind_from_title
from program.readers.lines.day_headings import day_heading
from program.readers.lines.names import speakers_of
from program.readers.notation.dates import DateError, WrittenDate
from program.readers.notation.leading import leading_span
from program.readers.notation.times import CLOCK_WORD_FIRST, ClockError, TimeSpan, parse_span
from program.readers.tabular.placing import at

if TYPE_CHECKING:  # only named: lxml, 0.05 s of every start-up, is imported where a page is parsed
    from lxml import etree

_TIME_CLASS = re.compile(r"(?:^|[-_])time(?:$|[-_])", re.IGNORECASE)
_DATE_CLASS = re.compile(r"(?:^|[-_])(?:date|heure|horaire)$", re.IGNORECASE)
"""A class that names a date or an hour: a time only when its text is one (MMI&Après 2019's `programme__event-date`
holding `8h30`, `12h - 13h`)."""
_HOUR_MARK = re.compile(r"\d\s*h", re.IGNORECASE)
_TITLE_CLASS = re.compile(r"(?:^|[-_])(?:title|label|titre|titulo|titel|chapter)$", re.IGNORECASE)
"""A slot's title element; KOITA 2016 titles its rows without a speaker `<li class="chapter">` (등록, 개회식)."""
_ABOUT_CLASS = re.compile(r"(?:^|[-_])(?:description|abstract|resume|summary)$", re.IGNORECASE)
_SPEAKER_CLASS = re.compile(r"(?:^|[-_])(?:speakers?|presenters?|authors?)$", re.IGNORECASE)
_SUB_CLASS = re.compile(r"(?:^|[-_])sub(?:title)?$", re.IGNORECASE)
_ROOM_CLASS = re.compile(r"(?:^|[-_])(?:room|location|venue|salle)$", re.IGNORECASE)
_DATE_PART_CLASS = re.compile(r"(?:^|[-_])date[-_](?:number|num|day|month|year)$", re.IGNORECASE)
"""A part of a date written over several elements (`program-date-number` "9", `program-date-month` "Abril 2026")."""
_DATE_BLOCK_CLASS = re.compile(r"(?:^|[-_])date[-_](?:col|column|block|box)$", re.IGNORECASE)
_AFFILIATION = re.compile(r"\s*[·•|]\s*[^&,;]*")
"""What follows a name's `·` ("Lucas Sevilla · Quarkslab"), up to the next name."""
_NICKNAME = re.compile(r"\s*\([^()]*\)")
_JOINED = re.compile(r"\s*(?:&|;|\bet\b|\band\b)\s*")
_FEWEST = 3
_CLASS_KINDS = {
    "talk": Kind.TALK,
    "keynote": Kind.KEYNOTE,
    "break": Kind.BREAK,
    "lunch": Kind.BREAK,
    "panel": Kind.PANEL,
    "poster": Kind.POSTER_SESSION,
    "posters": Kind.POSTER_SESSION,
}
_TABLE_TAGS = frozenset({"td", "th", "tr", "table"})


@attrs.frozen
class ClassSlot:
    """One slot: its time text, title, people and room as the page's classes name them."""

    line: int
    start: int
    end: int | None
    title: str
    people: tuple[str, ...]
    room: str | None
    classed: Kind | None = None
    """The kind the slot's own class names (`<li class="slot is-talk">`), for a title that names none."""
    day: WrittenDate | None = None
    """The date of the last heading above the slot that writes one ("10/27 議程表"), else None."""
    note: str | None = None
    """What the slot's name or head says beside its title and speakers (`html_name_heads`)."""


def class_slots(root: etree._Element) -> list[ClassSlot] | None:
    """The page's class-named slots, in page order; None when fewer than three are found."""
    slots: list[ClassSlot] = []
    day: WrittenDate | None = None
    day_room: str | None = None
    for element in root.iter():
        if tag_of(element) in HEADINGS:
            day = _heading_day(collapse(element.text_content())) or day
        elif isinstance(element.tag, str) and _has_class(element, _DATE_BLOCK_CLASS):
            if (block_day := _block_day(element)) is not None:
                day, day_room = block_day, _block_room(element)
        else:
            slots.extend(attrs.evolve(slot, day=day, room=slot.room or day_room) for slot in _slot(element))
    if len(slots) >= _FEWEST:
        return slots
    rows = span_rows(root)  # `<span class="time">` beside untitled spans of bold titles (SQL Server 2012 Lansmanı)
    return [
        ClassSlot(row.line, row.start, row.end, row.title, row.people, row.room, classed=row.classed, note=row.note)
        for row in rows or ()
    ] or None


def _block_day(block: etree._Element) -> WrittenDate | None:
    """The date a date column's parts write together ("9" + "Abril 2026"), else None."""
    parts = [collapse(found.text_content()) for found in _classed(block, _DATE_PART_CLASS)]
    return _heading_day(" ".join(part for part in parts if part)) if parts else None


def _block_room(block: etree._Element) -> str | None:
    """A date column's place: its `…location` element's first line, a bracketed capacity after it left out."""
    for found in _classed(block, _ROOM_CLASS):
        lines = element_lines(found)
        if lines and (place := _NICKNAME.sub("", lines[0]).strip()):
            return place
    return None


def _heading_day(text: str) -> WrittenDate | None:
    try:
        return day_heading(text)
    except DateError:
        return None


def class_slot_program(
    slots: list[ClassSlot], title: str, settings: PageSettings, source: str, root: etree._Element | None = None
) -> Program:
    """The slots' items, each on the day of the heading above it, else on the page's one day (written, or --date).

    Raises:
        UsageError: naming --timezone or --date when the page and the user give neither.
        ParseError: for a heading's date that is no date ("2/30 議程表").
    """
    zone = needs_zone(settings, source)
    items: list[Item] = []
    for slot in slots:
        try:
            day = resolve_day(slot.day, settings, source)
        except DateError as error:
            raise ParseError(
                f"expected a real date in the day heading above the slot: {error}", SourceRef(source, slot.line)
            ) from None
        kind = kind_from_title(slot.title)
        kind = slot.classed if kind is Kind.OTHER and slot.classed is not None else kind
        end = slot.end if slot.end is not None and slot.end > slot.start else None
        items.append(
            Item(
                id=item_id(kind, slot.title),
                kind=kind,
                title=slot.title,
                source=SourceRef(source, slot.line),
                start=at(day, slot.start, zone),
                end=at(day, end, zone) if end is not None else None,
                people=slot.people,
                abstract=slot.note,
                location=slot.room,
            )
        )
    items = next_start_ends(items)  # "8h30", "9h", then "9h30" twice: each ends when the next starts
    people = {name for item in items for name in item.people}
    headings = ", ".join(
        dict.fromkeys(f"{day_of.month or '?'}/{day_of.day}" for slot in slots if (day_of := slot.day) is not None)
    )
    dated = (f"days from the headings above the slots: {headings}",) if headings else ()
    said = (f"{len(slots)} slots named by class (time, title, speaker), {len(people)} people", *dated, *settings.said)
    untimed = _untimed_titles(root, slots) if root is not None else []
    breaks = [(line, text) for line, text in untimed if kind_from_title(text) is Kind.BREAK]
    items.extend(_untimed_break(line, text, slots, settings, source) for line, text in breaks)
    said = (
        *said,
        *(
            f"{source}:{line}: a break with no time of its own, read untimed on its day: {text}"
            if (line, text) in breaks
            else f"{source}:{line}: not placed: {text} (a title with no time of its own)"
            for line, text in untimed
        ),
    )
    return Program(title=title, timezone=zone.key, items=tuple(items), sources=(source,), reading=said)


def _untimed_titles(root: etree._Element, slots: list[ClassSlot]) -> list[tuple[int, str]]:
    """Each title element no slot took, with its line: a row whose time the page left out is said, not dropped.

    KOITA 2016 comments out the time of `<li class="chapter"><strong>중식 및 네트워킹</strong></li>` (lunch). Only
    elements of a class that titles slots, holding no time, count (not a page's `…title` heading, nor a block
    around a whole slot). A break among them is an untimed item of its day (`_untimed_break`).
    """
    taken = {slot.title for slot in slots}
    titles = [(found, collapse(found.text_content())) for found in _classed(root, _TITLE_CLASS)]
    titling = {token for found, text in titles if text in taken for token in _title_tokens(found)}
    return [
        (found.sourceline or 1, text)
        for found, text in titles
        if text
        and text not in taken
        and titling & _title_tokens(found)
        and not _holds_time(found)
        and not any(tag_of(inner) in HEADINGS for inner in found.iter())  # CONEISC 2014's `timeline-label` of talks
    ]


def _untimed_break(line: int, text: str, slots: list[ClassSlot], settings: PageSettings, source: str) -> Item:
    """A break whose time the page left out (KOITA 2016's lunch): untimed, on the day of the slot above it."""
    above = [slot for slot in slots if slot.line < line] or slots
    return Item(
        id=item_id(Kind.BREAK, text),
        kind=Kind.BREAK,
        title=text,
        source=SourceRef(source, line),
        day=resolve_day(above[-1].day, settings, source),
    )


def _holds_time(element: etree._Element) -> bool:
    return any(isinstance(inner.tag, str) and _is_time(inner) for inner in element.iter())


def _title_tokens(element: etree._Element) -> set[str]:
    return {token for token in (element.get("class") or "").split() if _TITLE_CLASS.search(token)}


def _slot(element: etree._Element) -> tuple[ClassSlot, ...]:
    """The slots a time element heads: its nearest ancestor's that holds a titled element (or a heading card)."""
    if not isinstance(element.tag, str) or not _is_time(element) or not _outermost(element):
        return ()
    # a table's time column is read as the table it is (IWSDA 2025's `time-col`)
    tabled = any(isinstance(above.tag, str) and above.tag.lower() in _TABLE_TAGS for above in element.iterancestors())
    room, written = room_over_time(element)  # "海景會議廳<br>10:00 ~ 10:50" (MOPCON 2012)
    span = None if tabled else _whole_span(written)
    holder = element.getparent() if span is not None else None
    while holder is not None and span is not None:
        if (
            sum(1 for found in holder.iter() if isinstance(found.tag, str) and _is_time(found) and _outermost(found))
            > 1
        ):
            return ()
        titles = (found for found in _classed(holder, _TITLE_CLASS) if element not in found.iter())  # no container
        title = next((collapse(found.text_content()) for found in titles), "")
        named = name_head(holder) if not title else None
        if not title and named is None and (cards := heading_card(holder)):  # `<h2>`, `<p>`, `godz. 10:00 - 10:20`
            return _card_slots(holder, span, cards, _room(holder) or room)
        if title or named is not None:
            people = named.people if named is not None else _people(holder) or _given_by(_widest(holder))
            people = people or (_below(holder) if named is None else ())  # KOITA 2016's opening speakers
            return (
                ClassSlot(
                    line=holder.sourceline or 1,
                    start=span.start.minutes,
                    end=span.end_minutes,
                    title=named.title if named is not None else title,
                    people=people,
                    room=_room(holder) or room,
                    classed=_class_kind(holder),
                    note=named.note if named is not None else _about(_widest(holder)),
                ),
            )
        holder = holder.getparent()
    return ()


def _card_slots(
    holder: etree._Element, span: TimeSpan, cards: tuple[CardTalk, ...], room: str | None
) -> tuple[ClassSlot, ...]:
    """A heading card's talks (`html_heading_cards`), each a slot at the card's time."""
    line, start, end = holder.sourceline or 1, span.start.minutes, span.end_minutes
    return tuple(
        ClassSlot(line, start, end, card.title, card.people, room, classed=card.kind, note=card.note) for card in cards
    )


def _below(holder: etree._Element) -> tuple[str, ...]:
    """The names listed in the untimed blocks after a slot (KOITA 2016's opening speakers), up to the next slot."""
    return names_below(holder, lambda block: _holds_time(block) or any(True for _ in _classed(block, _TITLE_CLASS)))


def _is_time(element: etree._Element) -> bool:
    """A time element: named so by its class, or a date's or hour's class holding a time (`8h30`), not a date."""
    if _has_class(element, _TIME_CLASS):
        return True
    written = collapse(element.text_content())
    marked = _HOUR_MARK.search(written) is not None or CLOCK_WORD_FIRST.match(written) is not None  # "godz. 10:00"
    return _has_class(element, _DATE_CLASS) and marked and _whole_span(written) is not None


def _whole_span(written: str) -> TimeSpan | None:
    """The time or range an element's whole text is ("10:00 ~ 10:50"; "9h", "12h - 13h", "13h30-15h"), else None."""
    span = leading_span(written)
    if span is not None and not span.rest.strip():
        return span.span
    if _HOUR_MARK.search(written) is None:
        return None
    try:  # whole hours marked "h", which open no line of text ("9h", "12h - 13h")
        return parse_span(written)
    except ClockError:
        return None


def _widest(holder: etree._Element) -> etree._Element:
    """The largest block around a slot's holder that holds no other slot's time: its description may sit beside it.

    MMI&Après 2019: `<div class="programme__event">` holds the title and time's `<div>`, then an `<aside>` of
    the description.
    """
    while (parent := holder.getparent()) is not None and tag_of(parent) not in ("body", "html"):
        if (
            sum(1 for found in parent.iter() if isinstance(found.tag, str) and _is_time(found) and _outermost(found))
            > 1
        ):
            break
        holder = parent
    return holder


def _given_by(scope: etree._Element) -> tuple[str, ...]:
    """The people a description names as giving the talk ("Conférence donnée par A et B (Org) sur …"), else ()."""
    for found in _classed(scope, _ABOUT_CLASS):
        if (listed := given_by(collapse(found.text_content()))) is not None:
            return listed
    return ()


def _about(holder: etree._Element) -> str | None:
    """The slot's description (`programme__event-description`), its text collapsed; else None."""
    return next((text for found in _classed(holder, _ABOUT_CLASS) if (text := " ".join(element_lines(found)))), None)


def _class_kind(holder: etree._Element) -> Kind | None:
    """The kind a slot's class token names ("is-talk", "slot-break"), or None."""
    for token in (holder.get("class") or "").split():
        named = _CLASS_KINDS.get(token.casefold().rpartition("-")[2])
        if named is not None:
            return named
    return None


def _room(holder: etree._Element) -> str | None:
    return next((text for found in _classed(holder, _ROOM_CLASS) if (text := collapse(found.text_content()))), None)


def _people(holder: etree._Element) -> tuple[str, ...]:
    """The speakers' elements' names; else a sub-line that lists names only."""
    names: list[str] = []
    for found in _classed(holder, _SPEAKER_CLASS):
        written = _NICKNAME.sub("", _AFFILIATION.sub("", collapse(found.text_content())))
        names.extend(speakers_of(written) or [part for part in _JOINED.split(written) if part])
    if names:
        return tuple(names)
    for found in _classed(holder, _SUB_CLASS):
        if (listed := speakers_of(collapse(found.text_content()))) is not None:
            return listed
    return ()


def _classed(holder: etree._Element, pattern: re.Pattern[str]) -> Iterator[etree._Element]:
    return (found for found in holder.iter() if isinstance(found.tag, str) and _has_class(found, pattern))


def _outermost(element: etree._Element) -> bool:
    """A time element not inside another one (`slot-time` around `time-from` counts once)."""
    parent = element.getparent()
    while parent is not None:
        if _has_class(parent, _TIME_CLASS):
            return False
        parent = parent.getparent()
    return True


def _has_class(element: etree._Element, pattern: re.Pattern[str]) -> bool:
    return any(pattern.search(token) for token in (element.get("class") or "").split())
