"""Names as people lines write them: their parts, how they are shown, and how they file.

Parsing is nameparser's; what we add is what an index editor needs on top: particles
("van", "von der") filed after the given names ("Doorn, Leendert van"), family names
written in capitals the French way shown in normal case ("Antoine DUPRET" → "Antoine
Dupret"), and names in scripts without case kept as written and filed family name first.
"""

from __future__ import annotations

import re
from functools import lru_cache

import attrs
from nameparser import HumanName
from nameparser import config as nameparser_config

from program.model.text import collapse_space, match_key

PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "del", "della", "degli", "di", "da", "dos", "das", "do", "du", "la", "le",
     "ter", "ten", "af", "zu", "zur", "y", "e", "bin", "ibn", "al", "el", "st.", "st"}
)  # fmt: skip
"""Words that open a family name and, written in lower case, are filed after the given names.

Written with a capital they are part of the name an index files under, as the Chicago Manual
and French, Italian, Belgian and American usage file them: "Thomas Le Gac" under L, "Joachim
Du Bellay" under D, "Martin Van Buren" under V; "Simone de Beauvoir" under B."""

_INITIAL = re.compile(r"^\w\.?$|^\w\.(-?\w\.)+$")


@attrs.frozen
class NameParts:
    """A name taken apart.

    Attributes:
        written: the name as written, with spaces folded.
        given: given and middle names ("Samuel L."), possibly empty.
        particle: the family name's particle ("van", "von der"), possibly empty.
        family: the family name without its particle ("Doorn", "García-López").
        suffix: "Jr.", "III" and the like, possibly empty.
        family_first: True for names written family name first (Chinese, Japanese, Korean).
    """

    written: str
    given: str
    particle: str
    family: str
    suffix: str = ""
    family_first: bool = False


def is_caseless_script(text: str) -> bool:
    """Whether `text` is written in a script without letter case (Han, Kana, Hangul)."""
    first = text[:1]
    if first.isalpha() and (first.isupper() or first.islower()):  # "Ada …": a letter with case
        return False
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and all(not (char.isupper() or char.islower()) for char in letters)


@lru_cache(maxsize=1 << 20)  # a name is taken apart again for every key; nameparser takes 0.3 ms
def parse_name(name: str) -> NameParts:
    """Take a name apart.

    >>> parts = parse_name("Leendert van Doorn")
    >>> parts.given, parts.particle, parts.family
    ('Leendert', 'van', 'Doorn')
    """
    written = collapse_space(name)
    if is_caseless_script(written):
        return _caseless(written)
    plain = _plain_given_family(written)
    if plain is not None:
        return plain
    human = HumanName(written)
    family_words = human.last.split() if human.last else []
    particle_words = []
    while len(family_words) > 1 and family_words[0].casefold() in PARTICLES and family_words[0][:1].islower():
        particle_words.append(family_words.pop(0))
    given = " ".join(part for part in (human.first, human.middle) if part)
    if not family_words:
        # One word ("Madonna"): it is what the index files under.
        return NameParts(written, "", "", given or written)
    return NameParts(written, given, " ".join(particle_words), " ".join(family_words), human.suffix)


_PLAIN_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@lru_cache(maxsize=1)
def _nameparser_words() -> frozenset[str]:
    constants = nameparser_config.CONSTANTS
    return frozenset(
        word.lower()
        for words in (
            constants.titles,
            constants.suffix_acronyms,
            constants.suffix_not_acronyms,
            constants.prefixes,
            constants.conjunctions,
        )
        for word in words
    )


_MIDDLE_INITIAL = re.compile(r"[^\W\d_]\.")


def _plain_given_family(written: str) -> NameParts | None:
    """Take apart a name like "Ada Lovelace" or "Ada B. Lovelace" without nameparser.

    Two or three plain words (the middle one may be an initial), no title, suffix, particle
    or conjunction: nameparser reads such a name as given (and middle) + family every time, at 0.1 to 0.3 ms
    a name; most names of a large conference are this simple (tests/people check the
    shortcut against it).
    """
    words = written.split(" ")
    if not 2 <= len(words) <= 3 or not (_PLAIN_WORD.fullmatch(words[0]) and _PLAIN_WORD.fullmatch(words[-1])):
        return None
    if len(words) == 3 and not (_PLAIN_WORD.fullmatch(words[1]) or _MIDDLE_INITIAL.fullmatch(words[1])):
        return None
    if any(word.lower() in _nameparser_words() for word in words):
        return None
    return NameParts(written, " ".join(words[:-1]), "", words[-1])


def _caseless(written: str) -> NameParts:
    words = written.split(" ")
    if len(words) > 1:
        return NameParts(written, " ".join(words[1:]), "", words[0], family_first=True)
    # Unspaced Chinese names: the family name is the first character (compound surnames
    # are rare, and filing still starts with the right character).
    return NameParts(written, written[1:], "", written[:1], family_first=True)


def display_name(name: str, *, keep_case: bool = False) -> str:
    """Return the name as outputs show it: family names in capitals in normal case.

    Only a name that also has a given name in normal case or as initials is re-cased
    ("Antoine DUPRET", "J.-P. DUPRET": the French way of writing the family name): a one-word
    handle ("CDC", "DJE98"), a name all in capitals, initials and suffixes ("III", "PhD") stay.

    >>> display_name("Antoine DUPRET"), display_name("Antoine DUPRET", keep_case=True), display_name("CDC")
    ('Antoine Dupret', 'Antoine DUPRET', 'CDC')
    >>> display_name("Jean-Paul DE LA TOUR III"), display_name("ANTOINE DUPRET"), display_name("JGI Team")
    ('Jean-Paul De La Tour III', 'ANTOINE DUPRET', 'JGI Team')
    """
    written = collapse_space(name)
    words = written.split(" ")
    if keep_case or not any(_has_lower(word) or _INITIAL.match(word) for word in words):
        return written
    if any(word.casefold() in _GROUP_WORDS for word in words):  # "JGI Team" (Bristol Data Week): an acronym, kept
        return written
    return " ".join(_normal_case(word) for word in words)


def _has_lower(word: str) -> bool:
    return any(map(str.islower, word))


def _normal_case(word: str) -> str:
    second = word[1:2]
    if second.isalpha() and not second.isupper():  # "Lovelace": a letter not in capitals, so not all are
        return word
    letters = [char for char in word if char.isalpha()]
    if len(letters) < 2 or not all(char.isupper() for char in letters) or _INITIAL.match(word):
        return word
    if _ROMAN.fullmatch(word) or word.lower().rstrip(".") in _nameparser_suffixes():
        return word
    return word.title()


_ROMAN = re.compile(r"[IVX]+\.?")
_GROUP_WORDS = frozenset(
    {"team", "group", "lab", "laboratory", "committee", "organizers", "organisers", "staff", "society", "club"}
    | {"centre", "center", "institute", "consortium", "network", "foundation", "collective", "board", "cdt"}
)
"""Words that make a name a group's, whose capitals are an acronym's ("JGI Team", "GW4 Network"), not a surname's."""


@lru_cache(maxsize=1)
def _nameparser_suffixes() -> frozenset[str]:
    constants = nameparser_config.CONSTANTS
    return frozenset(
        word.lower() for words in (constants.suffix_acronyms, constants.suffix_not_acronyms) for word in words
    )


def filing_form(name: str, *, keep_case: bool = False) -> str:
    """Return the form an index files a name under: "Doorn, Leendert van".

    >>> filing_form("María García-López"), filing_form("Olivier BICHLER"), filing_form("张伟")
    ('García-López, María', 'Bichler, Olivier', '张伟')
    """
    parts = parse_name(display_name(name, keep_case=keep_case))
    if parts.family_first:
        return parts.written
    after_comma = " ".join(part for part in (parts.given, parts.particle) if part)
    filed = f"{parts.family}, {after_comma}" if after_comma else parts.family
    return f"{filed}, {parts.suffix}" if parts.suffix else filed


def name_key(name: str) -> str:
    """Return the key under which two spellings of one name are the same person.

    Case, accents and punctuation do not count: "Antoine DUPRET" is "Antoine Dupret".
    """
    return match_key(name)


def family_key(name: str) -> str:
    """Return a key for the family name alone (particle included), to group candidates."""
    parts = parse_name(name)
    return match_key(f"{parts.particle} {parts.family}")


def given_words(name: str) -> list[str]:
    """Return the given and middle names, case-folded and without accents."""
    return match_key(parse_name(name).given).split()


def is_initial(word: str) -> bool:
    """Whether `word` is an initial ("S", "S.", "J.-P.")."""
    return bool(_INITIAL.match(word))
