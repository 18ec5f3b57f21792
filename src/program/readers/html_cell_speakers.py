"""A cell's title over its speakers, a line each, with their academic titles and where they work.

ENEIMAGEM 2013 (a Brazilian meeting's PHP page) writes a round table as its title, then one
line per speaker after a `<br>`:

    Mesa-Redonda “Humor Gráfico”<br >
    Profa. Dra Diana Luz Ceballo Gómez (Universidad Nacional de Colombia, Medellín) <br>
    Profa. Dra. Fausta Gantús (Universidad Autónoma de México) <br>

Read as one text, the speakers were glued into the title and the last bracket (a university)
became the person. Here the first line is the title and each line that is a person's name,
after academic titles (Prof., Profa., Dr., Dra., Prof.ª…) and before a bracket of where they work,
is a speaker; a line that names no one ("No aguardo dos demais aceites": the others are awaited)
is the item's details. A cell is read so only when one line at least is such a speaker's, marked
as one by a title or a bracket, and the lines that name no one are not more than the speakers;
or when its one line after the title says its speakers are still awaited ("No aguardo dos
aceites", "A confirmar", "TBA"): no one, and no part of the title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from program.model import Kind
from program.readers.html_blocks import collapse
from program.readers.html_cell_lines import runs_on
from program.readers.html_cell_parts import CellParts, marked_lines
from program.readers.kind_labels import kind_from_title, label_kind
from program.readers.lines.names import names_in

if TYPE_CHECKING:  # only named: lxml is imported where a page is parsed, not at every start-up
    from lxml import etree

_ACADEMIC = re.compile(r"^(?:(?:prof(?:essor|essora|a|ª)?|dr(?:a|ª)?|sr(?:a|ª)?|me|ma|msc|phd)\.?\s+)+", re.IGNORECASE)
"""Academic and courtesy titles before a name, in Portuguese, Spanish and English ("Profa. Dra.", "Prof. Dr.")."""
_PLACE = re.compile(r"\s*\((?:[^()]|\([^()]*\))*\)\s*$")
"""Where a speaker works, in brackets at the line's end; doubled brackets too ("((Universidade de São Paulo))")."""
_AWAITED = re.compile(
    r"^(?:no aguardo d[oa]s?\b.*|(?:speakers?\s+)?(?:tba|tbd|tbc)|to be (?:announced|confirmed|determined)"
    r"|(?:a|por) (?:confirmar|definir)|à confirmer)\.?$",
    re.IGNORECASE,
)
"""A line that says the speakers are still to come: "No aguardo dos (demais) aceites" (awaiting their acceptances)."""
_QUOTED = re.compile(r"^[“\"«„](?P<title>[^“”\"«»„]*\w[^“”\"«»„]*)[”\"»“]\.?$")
"""A line that is all a title in quotes: `“Ülkemiz Akademikleşme Sürecinin Müziksel İzdüşümü”`."""
_SPEAKER_KINDS = frozenset({Kind.KEYNOTE, Kind.INVITED_TALK})


def speaker_line(line: str) -> str | None:
    """The person a line names after their titles and before where they work, when either marks it; else None.

    >>> speaker_line("Profa. Dra Diana Luz Ceballo Gómez (Universidad Nacional de Colombia, Medellín)")
    'Diana Luz Ceballo Gómez'
    >>> speaker_line("Prof. Dr. Pedro Luis Puntoni ((Universidade de São Paulo))")
    'Pedro Luis Puntoni'
    >>> speaker_line("No aguardo dos demais aceites") is None, speaker_line("Ada Lovelace") is None
    (True, True)
    """
    text = line.strip()
    titled = _ACADEMIC.match(text)
    name = _PLACE.sub("", text[titled.end() :] if titled else text).strip()
    if titled is None and name == text:
        return None  # a bare name is no sign: a title's second line may read as one
    found = names_in(name, words=2)
    return found[0] if found is not None and len(found) == 1 else None


def title_over_speakers(lines: Sequence[str]) -> CellParts | None:
    """A cell's title, its speakers (a line each) and the lines that name no one as details; None for other cells.

    >>> parts = title_over_speakers(["Conferência", "Prof. Dr. Jaime Humberto Borja Gomez (Universidad De Los Andes)"])
    >>> parts.title, parts.people
    ('Conferência', ('Jaime Humberto Borja Gomez',))
    """
    written = [line.strip() for line in lines if line.strip()]
    if len(written) < 2 or kind_from_title(written[0]) is Kind.SOCIAL or runs_on(written[0]):
        return None
    if len(written) == 2 and _AWAITED.match(written[1]):  # "Mesa-Redonda “Arte de criar”<br>No aguardo dos aceites"
        return CellParts(written[0], abstract=written[1])
    people: list[str] = []
    details: list[str] = []
    for line in written[1:]:
        person = speaker_line(line)
        if person is not None:
            people.append(person)
        else:
            details.append(line)
    if not people or len(details) > len(people):
        return None
    return CellParts(written[0], tuple(people), abstract="\n".join(details) or None)


def label_over_quoted_title(lines: Sequence[str]) -> CellParts | None:
    """A speaker's talk written as a kind's label, the speaker and where they work, then the title in quotes.

    Hisarlı 2021 writes its invited talk's cell as `DAVETLİ KONUŞMACI` (invited speaker), `Prof. Dr. Hakan
    CEVHER`, `Ege Üniversitesi … Müdürü`, `“Ülkemiz Akademikleşme Sürecinin Müziksel İzdüşümü”`: the quoted
    line is the title, the label the kind, the titled name the speaker and the lines naming no one details.
    Only a label naming a keynote or invited talk, and a last line that is all in quotes.

    >>> parts = label_over_quoted_title(["DAVETLİ KONUŞMACI", "Prof. Dr. Hakan CEVHER", "Ege Üniversitesi", "“Müzik”"])
    >>> parts.title, parts.people, parts.label, parts.abstract
    ('Müzik', ('Hakan CEVHER',), 'DAVETLİ KONUŞMACI', 'Ege Üniversitesi')
    """
    written = [line.strip() for line in lines if line.strip()]
    quoted = _QUOTED.match(written[-1]) if len(written) >= 3 else None
    if quoted is None or label_kind(written[0]) not in _SPEAKER_KINDS:
        return None
    people = [person for line in written[1:-1] if (person := speaker_line(line)) is not None]
    details = [line for line in written[1:-1] if speaker_line(line) is None]
    if not people:
        return None
    return CellParts(quoted["title"].strip(), tuple(people), label=written[0], abstract="\n".join(details) or None)


_BRACKETED_LINE = re.compile(r"^\([^()]+\)$")


def bold_over_names(cell: etree._Element) -> CellParts | None:
    """A bold title, then a plain line of names, then one or more bracketed lines (a language); else None.

    BSides CDMX 2018: ``<b>Hacking con Smolpion - Tool</b> Raphael L. Molina<br>(Español)``: the bold
    run ends the title even without a `<br>` after it; the names' handles in brackets ("(nitr0us)") and
    the bracketed lines are no one, kept as details.
    """
    lines = marked_lines(cell)
    if not lines or lines[0][0][1] != "bold":
        return None
    lead = next((index for index, (_, style) in enumerate(lines[0]) if style != "bold"), len(lines[0]))
    title = collapse(" ".join(text for text, _ in lines[0][:lead]))
    rest = [lines[0][lead:]] if lead < len(lines[0]) else []
    texts = [collapse(" ".join(text for text, _ in runs)) for runs in [*rest, *lines[1:]]]
    if not title or not texts or any(style != "plain" for runs in [*rest, *lines[1:]] for _, style in runs):
        return None
    if len(texts) < 2 or not all(_BRACKETED_LINE.match(text) for text in texts[1:]):
        return None  # PVIS 2023's `<b>Reception</b><br>Shilla Stay Gwanghwamun`: a venue under it, no names
    names = names_in(_HANDLES.sub("", texts[0]), words=2)
    return CellParts(title, names, abstract="\n".join(texts[1:]) or None) if names else None


_HANDLES = re.compile(r"\s*\([^()]*\)")
"""A speaker's handle or where they work in brackets after their name: "Alejandro Hernández (nitr0us)"."""
