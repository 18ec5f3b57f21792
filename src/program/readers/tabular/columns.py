"""Which column holds what: header names in English, German, French and Spanish, or the program file's mapping."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import attrs

from program.errors import ParseError, UsageError
from program.model import SourceRef
from program.readers.tabular.cells import Cell, Table, column_index, column_letter
from program.readers.tabular.column_guess import guessed_columns, said_columns
from program.readers.tabular.duration_ends import with_duration_ends
from program.readers.tabular.numbered_times import with_numbered_times, with_track_rooms
from program.readers.tabular.paper_column import with_paper_column
from program.readers.tabular.people_prose import biography_column
from program.readers.tabular.unnamed_dates import with_unnamed_dates
from program.readers.tabular.vocabulary import FIELD_OF_NAME, FIELDS, SECOND_MEANING

_NUMBERED = re.compile(r"^(?P<name>.*?)\s*(?P<number>\d{1,2})$")
_ORDINAL = re.compile(
    r"^(?:first|second|third|fourth|fifth|other|additional|co(?=\s*(?:facilitator|host|presenter|speaker|moderator)))"
    r"\s*(?P<name>.+)$"
)
"""A people column's ordinal names (second_speaker_name, cofacilitator): one more people column, like Speaker2.
A coauthor is not one: a paper's presenter is its author, and coauthors do not present."""
_CAMEL = re.compile(r"(?<=[^\W\d_A-ZÀ-Þ])(?=[A-ZÀ-Þ])")
"""A word's capital after a lower-case letter: a camel-case key's next word (Innova Ciencias' `horaInicio`, `horaFin`).
Tried only when the whole key names nothing: "YouTube" is a link's name as it is."""
_LANGUAGE = re.compile(
    r"^(?P<name>.+?)\s(?:en|de|fr|es|it|ja|jp|pt|nl|zh|ko|is|sv|da|fi|nb|nn|pl|cs|ru|uk|tr|el|ca|eu|gl|ro|hu|ar|fa|he)$"
)
"""A column of one language of several (title_en, title_ja, MFRI 2026's date_en and date_is: a bilingual sheet),
named by its ISO code. Codes that are English words or a header's own ("no", "id", "to", "in") are not taken."""
REQUIRED_HINT = (
    '[feeds.columns] title = "Talk", people = "Speaker", date = "Day", time = "Slot" '
    '(or by column letter: title = "B", time = "A")'
)
"""How a program file maps columns, for errors that ask for a mapping."""
HEADER_SEARCH = 20
"""How many rows from the top may hold the header (titles and blank rows come above it)."""


def normal_name(text: str) -> str:
    """Return a header name as `FIELDS` writes it: lower case, "_"/"-" as spaces, "(s)" and "*innen" folded.

    >>> normal_name("Speaker(s)"), normal_name("Referent*innen"), normal_name("Start_Time:")
    ('speakers', 'referent innen', 'start time')
    """
    if text.strip() == "#":  # a name of one sign that means something: RECOMB 2026's poster numbers
        return "#"
    name = text.casefold().replace("(s)", "s").replace("*", " ").replace("_", " ").replace("-", " ")
    name = re.sub(r"\([^()]*\)", " ", name)  # "Beschreibung (description)", "Time (CET)": the name before
    name = re.sub(r"[^\w\s]", " ", name)
    return " ".join(name.split())


_LISTED = ("people", "affiliation", "email")
"""Fields a table may give in numbered columns (Presenter1, Company1, Email1; Presenter2, …), all kept."""


@functools.lru_cache(maxsize=4096)
def field_of(header: str) -> str | None:
    """Return our field for a header name ("Referent" → "people"), or None.

    Cached: the header search asks this of every cell of the top rows, and wide sheets repeat
    their cells (a 16,384-column row of one value took seconds).
    """
    name = normal_name(header)
    if name not in FIELD_OF_NAME:  # a script's key: "horaInicio" is "hora inicio"
        name = words if (words := normal_name(_CAMEL.sub(" ", header))) in FIELD_OF_NAME else name
    if name in FIELD_OF_NAME:
        return FIELD_OF_NAME[name]
    if "/" in header:  # "Keynote Speaker / Panelists": names of one field, or of none
        fields = {field_of(part) for part in header.split("/") if part.strip()}
        return next(iter(fields)) if len(fields) == 1 else None
    numbered = _NUMBERED.match(name) or _ORDINAL.match(name)  # Presenter1, Speaker 2, second_speaker_name
    if numbered is not None and FIELD_OF_NAME.get(numbered["name"]) in _LISTED:
        return FIELD_OF_NAME[numbered["name"]]
    language = _LANGUAGE.match(name)  # title_en, description_ja: a field in one of the languages given
    if language is not None and language["name"] in FIELD_OF_NAME:
        return FIELD_OF_NAME[language["name"]]
    outer, dot, inner = header.rpartition(".")  # "authors.email": what a JSON list of people says of each
    if dot and field_of(outer) == "people" and field_of(inner) in ("affiliation", "email"):
        return field_of(inner)
    return None


def _rank(field: str, name: str) -> int:
    """How good a name for `field` is (lower is better): a language's column ("title_ja") after every plain one."""
    names = FIELDS[field]
    if name in names:
        return names.index(name)
    language = _LANGUAGE.match(name)
    if language is not None and language["name"] in names:
        return len(names) + names.index(language["name"])
    return 2 * len(names)  # "Subject/topic" (IBS Tanzania 2025): two names of the field, after every one name


@attrs.frozen
class Mapping:
    """The columns a table's fields are in.

    Attributes:
        header: the header row's index, or None when the table has no header (mapped by letter).
        columns: each field's columns, in order (people may have several: Presenter1, Presenter2).
        names: the header names used, for "columns: Titel → title, …".
        explicit: whether the program file gave the mapping.
        decided: what the values decided of a column's meaning, said after the names.
    """

    header: int | None
    columns: dict[str, tuple[int, ...]]
    names: tuple[tuple[str, str], ...]
    explicit: bool = False
    decided: str | None = None
    biographies: bool = False
    """The people column holds biographies (`people_prose`): only the names opening them are people."""

    def describe(self) -> str:
        """The line `program check` prints: "columns: Titel → title, Raum → room"."""
        said = ", ".join(f"{name} → {field}" for name, field in self.names)
        decided = f" ({self.decided})" if self.decided else ""
        return f"columns{' (as given)' if self.explicit else ''}: {said}{decided}"


def header_fields(cells: Sequence[Cell]) -> dict[str, tuple[int, ...]]:
    """Return the fields a row names as a header, each with its column.

    Of two columns for one field, the better name wins ("title" over "session"); numbered
    people and affiliation columns (Presenter1, Presenter2; Company1, Company2) are all kept.
    A second title column named "Thema" is the track; every link column is kept.
    """
    ranked: dict[str, tuple[int, int]] = {}
    numbered: dict[str, list[int]] = {}
    second: dict[str, int] = {}
    for index, cell in enumerate(cells):
        field = field_of(cell.text) if isinstance(cell.value, str) else None
        if field is None:
            continue
        name = normal_name(cell.text)
        if field in _LISTED and name not in FIELD_OF_NAME:
            numbered.setdefault(field, []).append(index)
            continue
        if name in SECOND_MEANING:
            second[name] = index
        rank = _rank(field, name)
        if field not in ranked or rank < ranked[field][0]:
            ranked[field] = (rank, index)
    found: dict[str, tuple[int, ...]] = {field: (index,) for field, (_, index) in ranked.items()}
    for name, index in second.items():
        other = SECOND_MEANING[name]
        if found.get(FIELD_OF_NAME[name]) != (index,) and other not in found:
            found[other] = (index,)
    for field, columns in numbered.items():
        found[field] = (*found.get(field, ()), *columns)
    links = [index for index, cell in enumerate(cells) if isinstance(cell.value, str) and field_of(cell.text) == "link"]
    if len(links) > 1:  # every link column is read (ORConf: `youtube` and `slides`), in order
        found["link"] = tuple(links)
    return dict(sorted(found.items(), key=lambda pair: pair[1][0]))


def is_header(fields: dict[str, tuple[int, ...]]) -> bool:
    """Whether a row's known names make a header: two or more, a title among them."""
    return len(fields) >= 2 and "title" in fields


def find_mapping(table: Table, explicit: Sequence[tuple[str, str]]) -> Mapping | None:
    """Return the table's column mapping: the program file's, else the first header row's; None when neither.

    Raises:
        UsageError: when the program file's mapping names an unknown field or a column the table lacks.
    """
    if explicit:
        return _explicit(table, explicit)
    for index, cells in enumerate(table.rows[:HEADER_SEARCH]):
        fields = header_fields(cells)
        if is_header(fields):
            fields = with_stamped_start(table, index, cells, _without_unnamed_speakers(table, index, cells, fields))
            fields, decided = with_duration_ends(table, index, cells, fields)
            fields, timed = with_numbered_times(table, index, cells, fields)
            fields, placed = with_track_rooms(table, index, cells, fields)
            fields, dated = with_unnamed_dates(table, index, cells, fields)
            fields, papers = with_paper_column(table, index, cells, fields)
            decided = "; ".join(said for said in (decided, timed, placed, dated, papers) if said) or None
            names = tuple(
                (cells[column].text or f"column {column_letter(column)}", field)
                for field, columns in fields.items()
                for column in columns
            )
            biographies = biography_column(table, fields.get("people", ()), index)
            return Mapping(index, fields, names, decided=decided, biographies=biographies)
    return None


_FORM_STAMPS = frozenset({"timestamp", "horodateur", "marca temporal", "zeitstempel", "informazioni cronologiche"})
"""The names Google Forms gives the column of each answer's moment (English, French, Spanish, German, Italian)."""
_ON_THE_MINUTE = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?::00)?$")


def with_stamped_start(
    table: Table, header: int, cells: Sequence[Cell], fields: dict[str, tuple[int, ...]]
) -> dict[str, tuple[int, ...]]:
    """The fields, with a form's timestamp column as the start when the sheet has no time and its moments are slots.

    A Google Forms sheet stamps each answer to the second ("2025/03/12 14:23:51"): that is no
    programme. Agile Laval 2026 typed its slots into the column instead ("18/05/2026 09:55:00",
    the same moment on each parallel talk): every one on the minute, so the column is the start.
    """
    if {"time", "start", "date"} & fields.keys():
        return fields
    named = [column for column, cell in enumerate(cells) if normal_name(cell.text) in _FORM_STAMPS]
    if len(named) != 1:
        return fields
    values = [row[named[0]].text for row in table.rows[header + 1 :] if named[0] < len(row) and row[named[0]].text]
    if len(values) < 2 or not all(_ON_THE_MINUTE.search(value) for value in values):
        return fields
    return dict(sorted({**fields, "start": (named[0],)}.items(), key=lambda pair: pair[1][0]))


SESSION_WORDS = frozenset(
    {"session", "track", "room", "break", "lunch", "keynote", "panel", "workshop", "opening", "closing", "welcome"}
    | {"tutorial", "poster", "posters", "coffee", "day", "registration", "dinner", "social", "talk", "talks"}
)
"""Words of a session's or a break's name ("Opening Session", "Closing Remarks"), never of a person's."""


def _without_unnamed_speakers(
    table: Table, header: int, cells: Sequence[Cell], fields: dict[str, tuple[int, ...]]
) -> dict[str, tuple[int, ...]]:
    """The fields, less a "Name" column beside a Title whose cells name sessions, not people ("Opening Session")."""
    people = fields.get("people", ())
    if len(people) != 1 or normal_name(cells[people[0]].text) != "name":
        return fields
    column = people[0]
    values = [
        row[column].text for row in table.rows[header + 1 : header + 51] if column < len(row) and row[column].text
    ]
    named = [value for value in values if len(value.split()) >= 2 and not SESSION_WORDS & set(value.casefold().split())]
    return fields if named and len(named) * 2 >= len(values) else {k: v for k, v in fields.items() if k != "people"}


def _explicit(table: Table, explicit: Sequence[tuple[str, str]]) -> Mapping:
    unknown = [field for field, _ in explicit if field not in FIELDS]
    if unknown:
        raise UsageError(
            f"{table.source}: [feeds.columns] names {', '.join(unknown)}, which is not a field; "
            f"the fields are {', '.join(FIELDS)}"
        )
    letters = [column_index(name) for _, name in explicit]
    if all(index is not None for index in letters):  # a table without a header, mapped by column letter
        columns: dict[str, tuple[int, ...]] = {
            field: (index,) for (field, _), index in zip(explicit, letters, strict=True) if index is not None
        }
        names = tuple((column_letter(cols[0]), field) for field, cols in columns.items())
        return Mapping(None, columns, names, explicit=True)
    wanted = {normal_name(name): field for field, name in explicit}
    for index, cells in enumerate(table.rows[:HEADER_SEARCH]):
        found = {normal_name(cell.text): column for column, cell in enumerate(cells) if cell.text}
        if all(name in found for name in wanted):
            columns = {field: (found[name],) for name, field in wanted.items()}
            # Columns the program file leaves out are still read by their header names.
            for field, fields_columns in header_fields(cells).items():
                if field not in columns and not set(fields_columns) & {c for cols in columns.values() for c in cols}:
                    columns[field] = fields_columns
            names = tuple((cells[column].text, field) for field, cols in columns.items() for column in cols)
            return Mapping(index, columns, names, explicit=True)
    missing = ", ".join(f'"{name}"' for _, name in explicit)
    raise UsageError(
        f"{table.source}{' sheet ' + repr(table.sheet) if table.sheet else ''}: no row of the first "
        f"{HEADER_SEARCH} has every column the program file's [feeds.columns] names ({missing})"
    )


def mapping_required(table: Table) -> ParseError:
    """The error for a table with no header we know and no mapping: say how to give one, with what its cells suggest."""
    sheet = f"sheet {table.sheet!r}: " if table.sheet else ""
    first = next((cell for row in table.rows for cell in row if cell.text), None)
    guess = guessed_columns(table)
    given = (
        f"pass --columns {said_columns(guess)} (what its cells suggest: check it)"
        if guess
        else "pass --columns with each field's column letter or name (--columns time=A,title=B,people=C)"
    )
    return ParseError(
        f"{sheet}expected a header row with a title column and another known column (Title, Speaker, Start, "
        f"Room; Titel, Referent, Beginn, Raum; Titre, Intervenant, Début, Salle; Título, Ponente, Inicio, Sala): "
        f"a column mapping is required; {given}, or write it in the program file, e.g. {REQUIRED_HINT}",
        SourceRef(table.source, first.line if first else 1),
    )
