"""Entries timed on a later line, as a programme copied from a document writes them: title first, `Hora:` after.

Cartagena 2020's Jornadas (a Jekyll post) give each evening under its date heading:

    ***5-febrero-2020.***
    Conferencia: “La mercantilización difusa de la educación: máquinas y gurús.”    Ana Mª. Valencia Herrera.
    Local: ETSAE Hora: 19 horas. Presenta: Pedro Cárdenas.

the title line (a kind's label, the title in quotes, the speaker after it), perhaps a line of the
panel's people or of description, then the line of place (`Local:`, `Lugar:`), date (`Fecha:`,
when no heading gives it), hour (`Hora:`) and host (`Presenta:`, `Modera:`). Its workshops are
listed as one header ("2 Talleres "Title": Name", "4 Talleres de Name (…):" over "“Title”.") over
one bullet a school visited: `- CEIP La Asomada: 4-2-20, 11:30 horas (5º y 6º Primaria).`, each an
item at that place, date and hour. No line of such a page opens with a time, so the time-led
reader finds no slot; dates and clocks are read by `notation`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from program.readers.base import Line
from program.readers.kind_labels import kind_from_title, label_kind
from program.readers.lines.day_headings import day_heading
from program.readers.lines.entry import SlotText
from program.readers.lines.markup import CleanLine
from program.readers.lines.names import names_in
from program.readers.lines.slots import Slot
from program.readers.notation.dates import DateError, WrittenDate, parse_date
from program.readers.notation.times import ClockError, TimeSpan, parse_span

_FIELD = re.compile(r"(?:^|(?<=[\s.]))(?P<label>Local|Lugar|Fecha|Hora|Presenta|Modera)\s*:\s*", re.IGNORECASE)
"""A field of an entry's hour line: its place, date, hour and host."""
_PLACES = frozenset({"local", "lugar"})
_HOSTS = frozenset({"presenta", "modera"})
_VISIT = re.compile(
    r"^\s*[-*+]\s+(?P<place>[^:]+?):?\s+(?P<date>\d{1,2}-\d{1,2}-\d{2,4}),\s*"
    r"(?P<time>\d{1,2}(?:[:.]\d{2})?\s*(?:h\b\.?|horas\b\.?)?)(?:\s*\((?P<note>[^()]*)\))?\s*\.?\s*$",
    re.IGNORECASE,
)
"""A workshop's visit as a bullet: the school, its date and its hour (`- CEIP Feliciano Sánchez: 31-1-20, 12:45 h.`)."""
_MARKUP = re.compile(r"[*_]{2,}|^\s*[*_]|[*_]\s*$")
_SECTION_NUMBER = re.compile(r"^[IVX]{1,4}\s*\.-\s*")
"""A document's section number ("I.- Inauguración …")."""
_LABEL = re.compile(r"^(?P<label>[^\W\d_][^:“”\"]{2,29}):\s*(?P<rest>\S.*)$")
_QUOTED = re.compile(r"^[“\"]\s*(?P<title>[^”\"]+?)\s*(?:[”\"]\.?|\s{2,}(?=\S)|$)\s*(?P<rest>.*)$")
"""A title in quotes, then its speakers; a quote left open ends where two spaces are (Cartagena's 26 February)."""
_QUOTE_INSIDE = re.compile(r"[“\"](?P<title>[^”\"]{3,})[”\"]")
_BRACKETS = re.compile(r"\s*\([^()]*\)|\s*\([^()]*$")
"""A speaker's office or affiliation in brackets, perhaps left open to the next line."""
_BY = re.compile(r"(?:^|\s)de\s+(?P<name>[A-ZÁÉÍÓÚÑ][^\s,:]*(?:\s+[A-ZÁÉÍÓÚÑ][^\s,:]*){1,3})\s*:?\s*$")
"""A workshop "de Name": whose it is ("Taller para profesores de Manolo Cebrián")."""
_HOST_WORD = re.compile(r"^(?:modera|presenta)\s+", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[^\s.])\.\s+(?=\S)")
_FEWEST = 2


@attrs.frozen
class LaterHours:
    """The entries of a page timed on a later line.

    Attributes:
        slots: one for each entry and each workshop's visit, in page order.
        days: the day headings and dates read.
        used: the lines read: day headings, and an entry's title, people, description, hour line or header.
    """

    slots: tuple[Slot, ...]
    days: tuple[WrittenDate, ...]
    used: frozenset[int]


def has_later_hours(lines: Sequence[str]) -> bool:
    """Whether a page has two lines or more of an entry's hour (`Hora: 19 horas`) or a workshop's visits."""
    timed = 0
    for line in lines:
        fields = _hour_fields(_bare(line))
        timed += (fields is not None and _span(fields["hora"]) is not None) or _VISIT.match(line) is not None
    return timed >= _FEWEST


def later_hour_slots(cleaned: Sequence[tuple[Line, CleanLine]]) -> LaterHours | None:
    """The entries of a page whose times come on a later line; None when it has fewer than two."""
    slots: list[Slot] = []
    days: list[WrittenDate] = []
    used: set[int] = set()
    day: WrittenDate | None = None
    pending: list[Line] = []
    for line, text in cleaned:
        bare = _bare(line.text)
        if not bare:  # an entry's lines, and a workshop's header and bullets, are one paragraph
            pending = []
            continue
        if (heading := day_heading(text.text)) is not None:
            day, pending = heading, []
            days.append(heading)
            used.add(line.number)
            continue
        if (visit := _VISIT.match(line.text)) is not None and pending:
            if (slot := _visit(line, visit, pending)) is not None:
                slots.append(slot)
                used.update(line.number for line in (line, *pending))
            continue
        if (fields := _hour_fields(bare)) is not None and pending:
            if (slot := _entry(pending, fields, day, line)) is not None:
                slots.append(slot)
                used.update(line.number for line in (line, *pending))
            pending = []
            continue
        pending.append(line)
    if len(slots) < _FEWEST:
        return None
    return LaterHours(tuple(slots), tuple(days), frozenset(used))


def _bare(text: str) -> str:
    return " ".join(_MARKUP.sub("", text.strip()).split(" ")).strip()


def _hour_fields(text: str) -> dict[str, str] | None:
    """A line's fields by their labels, when it opens with one and gives an hour ("Local: ETSAE Hora: 19 horas.")."""
    found = list(_FIELD.finditer(text))
    if not found or found[0].start() != 0:
        return None
    fields: dict[str, str] = {}
    for at, field in enumerate(found):
        end = found[at + 1].start() if at + 1 < len(found) else len(text)
        fields[field["label"].casefold()] = text[field.end() : end].strip().rstrip(".").strip()
    return fields if "hora" in fields else None


def _span(text: str) -> TimeSpan | None:
    try:
        return parse_span(text.strip().rstrip("."))
    except ClockError:
        return None


def _entry(lines: list[Line], fields: dict[str, str], day: WrittenDate | None, hour_line: Line) -> Slot | None:
    span = _span(fields["hora"])
    if span is None:
        return None
    if "fecha" in fields:
        try:
            day = parse_date(fields["fecha"])
        except DateError:
            return None
    first = _bare(lines[0].text)
    listed: list[str] = []
    abstract: list[str] = []
    for line in lines[1:]:
        text = _bare(line.text)
        if first.count("(") > first.count(")") and ")" in text:
            first += " " + text  # an office's bracket closed on the next line
        elif (names := _people_line(text)) is not None:
            listed.extend(names)
        else:
            abstract.append(text)
    label, title, people = _title_line(first)
    people.extend(listed)
    people.extend(name for field, value in fields.items() if field in _HOSTS for name in _names(value))
    place = next((value for field, value in fields.items() if field in _PLACES), None)
    kind = (label_kind(label) if label else None) or kind_from_title(title)
    said = SlotText(title, tuple(dict.fromkeys(people)), label, kind)
    return Slot(lines[0], span, said, day, (), (), location=place, abstract=" ".join(abstract) or None)


def _title_line(text: str) -> tuple[str | None, str, list[str]]:
    """A title line's label, title and speakers: "Conferencia: “Title” Name (office)."."""
    text = _SECTION_NUMBER.sub("", text).rstrip(" :")
    labelled = _LABEL.match(text)
    label, rest = (labelled["label"], labelled["rest"]) if labelled else (None, text)
    quoted = _QUOTED.match(rest)
    if quoted is not None:
        return label, quoted["title"], _speakers(quoted["rest"])
    if label is None:
        return None, text.rstrip("."), []
    sentences = _SENTENCE.split(rest)
    if len(sentences) > 1 and (names := _names(sentences[-1])):  # "Recital: Title. Un recorrido … . A y B."
        return label, ". ".join(sentences[:-1]) + ".", names
    return label, rest.rstrip("."), []


def _speakers(text: str) -> list[str]:
    """The speakers after a quoted title: "Ana Mª. Valencia Herrera.", "Taller para profesores de Manolo Cebrián (…"."""
    bare = _BRACKETS.sub("", text).strip(" .:")
    if (by := _BY.search(bare)) is not None:
        return [by["name"]]
    return _names(bare)


def _people_line(text: str) -> list[str] | None:
    """A panel's people, each a sentence with their place in brackets ("Ramón Pagán (ANSE). Modera Begoña …")."""
    sentences = [_HOST_WORD.sub("", part).strip(" .") for part in _SENTENCE.split(_BRACKETS.sub("", text))]
    names = [names_in(part, words=2) for part in sentences if part]
    if not names or any(found is None for found in names):
        return None
    return [name for found in names if found for name in found]


def _names(text: str) -> list[str]:
    """The names a part lists ("A y B"), each of two words or more, the last capitalised (a first letter lost too)."""
    parts = [part.strip(" .") for part in re.split(r",\s+|\s+y\s+", _BRACKETS.sub("", text)) if part.strip(" .")]
    shaped = all(
        2 <= len(words := part.split()) <= 4 and all(word[0].isupper() for word in words[1:]) for part in parts
    )
    return parts if parts and shaped else []


def _visit(line: Line, visit: re.Match[str], header: list[Line]) -> Slot | None:
    """A workshop's visit to a school, its title and people from the header above its bullets."""
    span = _span(visit["time"])
    try:
        day = parse_date(visit["date"])
    except DateError:
        return None
    if span is None:
        return None
    said = " ".join(_bare(part.text) for part in header if not _VISIT.match(part.text))
    quoted = _QUOTE_INSIDE.search(said)
    if quoted is None:
        return None
    outside = _BRACKETS.sub("", said[: quoted.start()] + " " + said[quoted.end() :]).strip(" .:")
    after = outside.split(":", 1)[1] if ":" in outside else ""
    by = _BY.search(outside.split(":", 1)[0])
    people = _names(after) or ([by["name"]] if by else [])
    title = quoted["title"].strip().rstrip(".")
    slot_text = SlotText(title, tuple(people), None, kind_from_title(title))
    return Slot(line, span, slot_text, day, (), (), location=visit["place"].strip())
