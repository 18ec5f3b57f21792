"""What a time heading says beside its title, in Dutch: who gives it, who leads it, how long it lasts.

Congres TBK 2016 writes its programme as bold paragraphs led by a start, the lists under them plain:

    <p><strong>10.15  Opening Congres door Marc van Kempen, </strong></p>
    <p><strong>       voorzitter Landelijk Overleg Technische Bedrijfskunde</strong></p>
    <p><strong>10.20  Themasprekers</strong></p>
    <ul><li>Clusteraccreditaties en het borgen van de kwaliteit, drs. Willem van Raaijen, Partner Hobéon</li> …
    <p><strong>11.45  Paneldiscussie, geleid door Marc van Kempen</strong></p>
    <p>Panelleden:</p> <ul><li>ir. Thjeu Houben, Voorzitter HBO-Domein Engineering</li> …
    <p><strong>14.15  Tweede break out sessie (45 minuten), zelfde thema’s</strong></p>

`door` (by) names the speaker; a comma after the name says the bold line under it is their post, no
slot. `geleid door` (led by) names the moderator, one of the panel's people (as a `Moderator:` line's). A length in
brackets (`(45 minuten)`) ends the slot that many minutes after its start, and what follows it
(`, zelfde thema’s`: the same themes) is no part of the title. A listed line that names someone with
their title (`drs.`, `ir.`), or as the middle of `Title, Name, Post`, gives a person of the slot above
(the talks' speakers, the panel's members); a label over such a list (`Panelleden:`) is placed too.
"""

from __future__ import annotations

import re

import attrs

from program.readers.lines.honorifics import without_honorific
from program.readers.lines.names import names_in
from program.readers.notation.lengths import stated_length
from program.readers.notation.times import ClockTime, TimeSpan

_BY = re.compile(r"^(?P<title>.*\S)\s+door\s+(?P<name>[^,]+?)\s*(?P<comma>,)?\s*$")
_LED_BY = re.compile(r"^(?P<title>.*?\S)\s*,?\s+(?:geleid\s+door|onder\s+leiding\s+van)\s+(?P<name>[^,]+?)\s*,?\s*$")
_LENGTH = re.compile(r"^(?P<title>.*?\S)\s*(?P<length>\(\s*\d{1,3}\s*\w+\.?\s*\))\s*(?:[,;:]\s*\S.*)?$")
_LIST_LABEL = re.compile(r"^(?:panelleden|panelisten|sprekers|themasprekers|panelists|speakers)\s*:$", re.IGNORECASE)
_PARTICLES = frozenset({"van", "de", "der", "den", "ten", "ter", "von", "di", "da", "la", "le", "'t"})
_MOST_NAME_WORDS = 5
_FEWEST_PARTS = 3
_DAY = 24 * 60


@attrs.frozen
class HeadingBy:
    """A heading's title with its speakers, its length in minutes, and whether its speaker's post follows."""

    title: str
    people: tuple[str, ...] = ()
    length: int | None = None
    post_below: bool = False


def heading_by(text: str) -> HeadingBy | None:
    """The title, people and length a Dutch heading writes after its title, else None."""
    if (led := _LED_BY.match(text)) is not None and (names := names_in(led["name"], words=2)):
        return HeadingBy(led["title"], names)
    if (by := _BY.match(text)) is not None and (names := names_in(by["name"], words=2)):
        return HeadingBy(by["title"], names, post_below=bool(by["comma"]))
    lengthened = _LENGTH.match(text)
    length = stated_length(f"{lengthened['title']} {lengthened['length']}") if lengthened else None
    return HeadingBy(lengthened["title"], length=length) if lengthened and length else None


def is_list_label(text: str) -> bool:
    """Whether a line only labels the list of names under it ("Panelleden:", the panel's members)."""
    return _LIST_LABEL.match(text.strip()) is not None


def listed_into(people: list[str], text: str) -> bool:
    """Whether a line is a list's label or names a person (`listed_person`), who is then added to `people`."""
    person = listed_person(text)
    if person is not None and person not in people:
        people.append(person)
    return person is not None or is_list_label(text)


def listed_person(text: str) -> str | None:
    """The person a listed line names: the part led by a title, or the middle of `Title, Name, Post`; else None.

    >>> listed_person("drs. Tijs Pijls, CINOP Advies"), listed_person("Roadmap 2015: …, drs. Tijs Pijls CINOP Advies")
    ('Tijs Pijls', 'Tijs Pijls')
    >>> listed_person("Matching Engineers: de match, Michaël van Straalen, Voorzitter MKB-Nederland")
    'Michaël van Straalen'
    >>> listed_person("TTT, De Toekomstige T van TBK") is None
    True
    """
    parts = [part.strip() for part in text.split(",") if part.strip()]
    for part in parts:
        if (bare := without_honorific(part)) != part and (name := _name_words(bare)) is not None:
            return name
    if len(parts) >= _FEWEST_PARTS and len(parts[1].split()) <= _MOST_NAME_WORDS and _name_words(parts[1]) == parts[1]:
        return parts[1] if names_in(parts[1], words=2) else None
    return None


def _name_words(text: str) -> str | None:
    """The words a name opens `text` with: capitalised words and particles, up to an acronym or other word."""
    words: list[str] = []
    for word in text.split():
        capitalised = word[:1].isupper() and not (len(word) > 1 and word.isupper())
        if not capitalised and word not in _PARTICLES:
            break
        words.append(word)
    while words and words[-1] in _PARTICLES:
        words.pop()
    return " ".join(words) if len(words) >= 2 else None


def lengthened(span: TimeSpan, length: int | None) -> TimeSpan:
    """A start-only span ended `length` minutes after its start; any other span as it is."""
    if length is None or span.end is not None:
        return span
    end = span.start.minutes + length
    clock = ClockTime(minutes=end % _DAY, meridiem=None, text=f"{end // 60 % 24:02d}:{end % 60:02d}", moment=False)
    return TimeSpan(span.start, clock, end)
