"""Whether a word or two is a country's name, in the languages programmes are written in.

A round table lists its guests with their countries (`Anne Enright-Irlanda`, `Luci Collin-Brasil`:
Joyce in Latin America 2021); the country is where the guest comes from, no part of the name. A
hyphenated surname (`Castellano-Escuder`) is told from it only by the word after the hyphen being a
country, so the names come from Babel's territory names (CLDR), not from a list kept here.
"""

from __future__ import annotations

import functools
import unicodedata

from babel import Locale

_LANGUAGES = ("en", "es", "pt", "fr", "de", "it", "nl", "ca")
"""The languages whose country names are known: those of the programmes read so far with countries in them."""
_ALIASES = frozenset({"usa", "us", "uk", "eeuu", "ee.uu.", "ee. uu.", "eua", "méxico", "mexico", "perú", "peru"})
"""Countries as people write them beside CLDR's names ("USA", "EE.UU.", Mexico without its accent)."""


def is_country(text: str) -> bool:
    """Whether `text` is a country's name in one of the known languages.

    >>> is_country("Irlanda"), is_country("Brasil"), is_country("México"), is_country("Chile"), is_country("USA")
    (True, True, True, True, True)
    >>> is_country("Escuder"), is_country("UNAM"), is_country("")
    (False, False, False)
    """
    return _folded(text) in _countries()


def _folded(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split())).casefold()


@functools.cache
def _countries() -> frozenset[str]:
    names = {
        _folded(name)
        for language in _LANGUAGES
        for code, name in Locale.parse(language).territories.items()
        if code.isalpha()  # "419" (Latin America) and "001" (the world) are regions, not countries
    }
    return frozenset(names) | _ALIASES
