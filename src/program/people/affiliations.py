"""Affiliations written into a name: "Ada Lovelace [University of London]", "Ada, Engine Club e.V.".

pretalx has one public name field, and many speakers put where they work into it. Left
in, the affiliation is taken for the family name and the person filed under "London" or
"e.V.". Split off, the name files as a name and the affiliation is shown after it. Both
parts are slices of the name as written: nothing is re-cased or re-spelt.

A comma is not always an affiliation ("Lovelace, Ada" is a name, "Ada Lovelace, PhD" a
suffix): what follows it is one only when it looks like an organisation. A trailing
bracket is one unless it holds a single word, which nameparser reads as a nickname
("Ada (nick) Lovelace" and "Ada Lovelace (nick)" are both Ada Lovelace), or pronouns
("FrauD (she / her)": nine people of 38C3 write them so); those stay in the name as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from program.model.organisations import is_organisation

PRONOUNS = frozenset(
    {"she", "her", "hers", "he", "him", "his", "they", "them", "their", "it", "its", "xe", "xem", "ze", "zir", "any",
     "sie", "ihr", "er", "ihm", "es", "beliebig", "dey", "dem", "elle", "il", "ella", "él"}
)  # fmt: skip
"""Pronouns, which speakers write in brackets after their names ("(she / her)", "(er/ihm)"): no affiliation."""

_BRACKET = re.compile(r"(?P<name>.*?\S)\s*(?:\((?P<round>[^()]+)\)|\[(?P<square>[^\[\]]+)\])\s*")
_COMMA = re.compile(r"(?P<name>[^,]*\S)\s*,\s*(?P<rest>\S.*?)\s*")
_SLASHED = re.compile(r"([^\W\d_]+)\s*/\s*([^\W\d_]+)")


def split_affiliation(name: str) -> tuple[str, str | None]:
    """Return (the name, its affiliation or None), each as written.

    >>> split_affiliation("Ada Lovelace [University of London]")
    ('Ada Lovelace', 'University of London')
    >>> split_affiliation("Ada Lovelace, Analytical Society"), split_affiliation("Ada (Engine Club e.V.)")
    (('Ada Lovelace', 'Analytical Society'), ('Ada', 'Engine Club e.V.'))
    >>> split_affiliation("Lovelace, Ada"), split_affiliation("Ada (nick) Lovelace"), split_affiliation("Ada (nick)")
    (('Lovelace, Ada', None), ('Ada (nick) Lovelace', None), ('Ada (nick)', None))
    """
    return _split(name.strip())


@lru_cache(maxsize=1 << 16)  # every name is split for its key, its filing and its display
def _split(name: str) -> tuple[str, str | None]:
    bracket = _BRACKET.fullmatch(name)
    if bracket is not None:
        inside = (bracket["round"] or bracket["square"]).strip()
        nickname = bracket["round"] is not None and len(inside.split()) == 1 and not is_organisation(inside)
        if inside and not nickname and not are_pronouns(inside):
            return bracket["name"], inside
    comma = _COMMA.fullmatch(name)
    if comma is not None and _is_affiliation_after_comma(comma["name"], comma["rest"]):
        return comma["name"], comma["rest"]
    return name, None


def _is_affiliation_after_comma(before: str, after: str) -> bool:
    """Whether the text after a name's comma is an organisation rather than given names or a suffix.

    "Lovelace, Ada Augusta King" is a name written family name first: three words after a
    comma are an organisation only after a full name (two words or more) before it.
    """
    if is_organisation(after):
        return True
    return len(after.split()) >= 3 and len(before.split()) >= 2


def are_pronouns(text: str) -> bool:
    """Whether `text` gives pronouns: two pronouns about a slash ("she / her", "usually read as er/ihm;he/him").

    Both sides must be pronouns: CERN's department "IT/GS" is no pronoun "it".

    >>> are_pronouns("she / Her"), are_pronouns("beliebig / any"), are_pronouns("Engine Club")
    (True, True, False)
    >>> are_pronouns("CERN IT/GS")
    False
    """
    return any(pair[0].casefold() in PRONOUNS and pair[1].casefold() in PRONOUNS for pair in _SLASHED.findall(text))


def bare_name(name: str) -> str:
    """Return the name without its affiliation, as written."""
    return split_affiliation(name)[0]
