"""A cell naming who speaks after its title: a lecture's quoted title and speaker, a ceremony's guests, a panel's.

Joyce in Latin America 2021 (a Jekyll page of HTML tables, in Spanish) writes three such cells:

    Conferencia magistral 1<span> <b>“Joyce, Borges, y el posthumanismo parasitario”</b><br><br>
    Dr. James Ramey, UAM-Cuajimalpa</span>

    Ceremonia: Cátedra Extraordinaria … UNAM <span> Con la distinguida participación de:<br><br>
    -S. E. Sra. Maeve von Heynitz, Embajadora de Irlanda en México<br> -Dr. Francisco José Trigo Tavera, …;<br>
    y<br> -Anne Enright, escritora invitada, …</span>

    Mesa redonda 1: Conversatorio con artistas irlandesas y latinoamericanas<br>
    <span>Anne Enright-Irlanda<br> Mary Costello-Irlanda<br> … Lina Meruane-Chile</span>

Read as one text, each was a title some hundred words long and no one spoke. The first is a kind's
label, the title in quotes (the title, the label the kind) and a titled speaker with where they work
after a comma (the speaker; where they work left out); the second a title, perhaps a lead-in ending in a
colon, and a dashed line per guest, each a titled name and their office after a comma; the third a title
and a line per guest, `Name-Country`. Each shape is read only when every line after the title has it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from program.model import Kind
from program.readers.html_blocks import collapse
from program.readers.html_cell_parts import CellParts, Run
from program.readers.html_cell_speakers import speaker_line
from program.readers.kind_labels import kind_from_title, label_kind
from program.readers.lines.countries import is_country
from program.readers.lines.honorifics import without_honorifics
from program.readers.lines.names import names_in

_LABELLED_QUOTE = re.compile(
    r"^(?P<label>[^“”\"«»„]*[^\W\d_][^“”\"«»„]*?)\s*:?\s*[“\"«„](?P<title>[^“”\"«»„]*\w[^“”\"«»„]*)[”\"»“]\.?$"
)
"""A kind's label, perhaps a colon, then the title in quotes: `Conferencia magistral 2: “Las vanguardias …”`."""
_QUOTED = re.compile(r"^[“\"«„](?P<title>[^“”\"«»„]*\w[^“”\"«»„]*)[”\"»“]\.?$")
_DASHED = re.compile(r"^[-–—•]\s*(?=\S)")
"""A guest's line, led by a dash as a list's item: `-Dr. Francisco José Trigo Tavera, Coordinador …`."""
_JOINING = frozenset({"y", "e", "and", "et", "und", "&", "ed", "en"})
"""A line that only joins the last guest to the others ("y", Spanish "and")."""
_LEAD_SENTENCE = re.compile(r"^(?P<title>.*\S[.;])\s+[^.;]+:$")
"""A title's line ending in a lead-in sentence over the guests: `Clausura. Con la participación de:`."""
_COUNTRY_DASH = re.compile(r"^(?P<name>.*[^\W\d_])\s*[-–—]\s*(?P<country>[^\W\d_][^-–—]*)$")
"""A guest and the country they come from after a dash: `Luci Collin-Brasil`, `Ada Lovelace – Reino Unido`."""
_MIN_GUESTS = 2
_LABEL_WORDS = 6
"""A kind's label is a few words ("Conferencia magistral 1", "Keynote Lecture 3"), never a sentence."""


def titled_name(line: str, *, titled: bool = True) -> str | None:
    """The person a line names: an honorific (when `titled`), the name, then where they work after a comma.

    >>> titled_name("Dr. James Ramey, UAM-Cuajimalpa"), titled_name("S. E. Sra. Maeve von Heynitz, Embajadora")
    ('James Ramey', 'Maeve von Heynitz')
    >>> titled_name("James Ramey, UAM-Cuajimalpa") is None, titled_name("Anne Enright, escritora", titled=False)
    (True, 'Anne Enright')
    >>> titled_name("Profa. Dra Diana Luz Ceballo Gómez (Universidad Nacional de Colombia)")
    'Diana Luz Ceballo Gómez'

    """
    text = _DASHED.sub("", line.strip()).rstrip(" ;.")
    if titled and (marked := speaker_line(text)) is not None:  # "Profa. Dra Name (Org)": `html_cell_speakers`' shape
        return marked
    bare = without_honorifics(text)
    if titled and bare == text:
        return None  # a bare name is no sign: a title's second line may read as one
    name = re.split(r"\s*[,(]", bare, maxsplit=1)[0].strip()
    found = names_in(name, words=2)
    return found[0] if found is not None and len(found) == 1 else None


def quoted_lecture(lines: Sequence[str]) -> CellParts | None:
    """A kind's label with the title in quotes (on its line or the next), then the titled speaker; else None.

    >>> parts = quoted_lecture(["Conferencia magistral 1 “Joyce, Borges”", "Dr. James Ramey, UAM-Cuajimalpa"])
    >>> parts.title, parts.people, parts.label
    ('Joyce, Borges', ('James Ramey',), 'Conferencia magistral 1')
    """
    written = [line.strip() for line in lines if line.strip()]
    if len(written) < 2:
        return None
    labelled = _LABELLED_QUOTE.match(written[0])
    if labelled is not None:
        label, title, rest = labelled["label"].strip(), labelled["title"], written[1:]
    elif (alone := _QUOTED.match(written[1])) is not None:  # the label, then the quoted title on a line of its own
        label, title, rest = written[0].rstrip(" :"), alone["title"], written[2:]
    else:
        return None
    if not rest or len(label.split()) > _LABEL_WORDS or (label_kind(label) or kind_from_title(label)) is Kind.OTHER:
        return None
    people = [person for line in rest if (person := titled_name(line)) is not None]
    details = [line for line in rest if titled_name(line) is None]
    if not people or titled_name(rest[0]) is None or len(details) > len(people):
        return None
    return CellParts(title.strip(), tuple(people), label=label, abstract="\n".join(details) or None)


def dashed_guests(lines: Sequence[Sequence[Run]]) -> CellParts | None:
    """A title (a lead-in ending in a colon left out), then a dashed line per guest; else None.

    `lines` are the cell's marked lines (`html_cell_parts.marked_lines`): a lead-in is told from the title
    by the markup between them (`Ceremonia: … UNAM <span> Con la distinguida participación de:`).

    >>> parts = dashed_guests([[("Ceremonia: Cátedra X, UNAM", "plain"), ("Con la participación de:", "plain")],
    ...     [("-Dr. Ana Ruiz, Directora;", "plain")], [("-Sra. Sara Casey, en representación del Estate;", "plain")],
    ...     [("y", "plain")], [("-Anne Enright, escritora invitada.", "plain")]])
    >>> parts.title, parts.people
    ('Ceremonia: Cátedra X, UNAM', ('Ana Ruiz', 'Sara Casey', 'Anne Enright'))
    """
    written = [[collapse(text) for text, _ in runs if collapse(text)] for runs in lines]
    written = [pieces for pieces in written if pieces]
    texts = [" ".join(pieces) for pieces in written]
    guests = [line for line in texts[1:] if line.casefold() not in _JOINING and not line.endswith(":")]
    if len(guests) < _MIN_GUESTS or not all(_DASHED.match(line) for line in guests):
        return None
    people = [titled_name(line) or titled_name(line, titled=False) for line in guests]
    titled = sum(titled_name(line) is not None for line in guests)
    if any(person is None for person in people) or titled * 2 < len(guests):
        return None  # dashed notes, or names no honorific marks as people: read as before
    first = written[0]
    if len(first) > 1 and first[-1].endswith(":"):  # the lead-in in its own markup
        title = " ".join(first[:-1])
    else:  # "Clausura. Participan:": the lead-in its own sentence
        sentence = _LEAD_SENTENCE.match(texts[0])
        title = sentence["title"] if sentence is not None else texts[0]
    return CellParts(title.rstrip(" :"), tuple(person for person in people if person is not None))


def country_guests(lines: Sequence[str]) -> CellParts | None:
    """A title, then a line per guest written `Name-Country`; else None.

    >>> parts = country_guests(["Mesa redonda 1: Conversatorio", "Anne Enright-Irlanda", "Luci Collin-Brasil"])
    >>> parts.title, parts.people
    ('Mesa redonda 1: Conversatorio', ('Anne Enright', 'Luci Collin'))
    >>> country_guests(["Panel", "Pol Castellano-Escuder", "Ana Ruiz-Brasil"]) is None  # a hyphenated surname
    True
    """
    written = [line.strip() for line in lines if line.strip()]
    if len(written) < 1 + _MIN_GUESTS:
        return None
    people: list[str] = []
    for line in written[1:]:
        found = _COUNTRY_DASH.match(line)
        named = names_in(found["name"], words=2) if found is not None and is_country(found["country"]) else None
        if named is None or len(named) != 1:
            return None
        people.append(named[0])
    return CellParts(written[0], tuple(people))
