"""Names as people lines write them: keys for matching and for filing in an index."""

from __future__ import annotations

from program.model.text import collapse_space, match_key


def name_key(name: str) -> str:
    """Return the key under which two spellings of one name are the same person.

    Case, accents and punctuation do not count: "Antoine DUPRET" is "Antoine Dupret".
    """
    return match_key(name)


def family_name(name: str) -> str:
    """Return the family name: the last word of a name written given-name first."""
    words = collapse_space(name).split(" ")
    return words[-1]


def sort_key(name: str) -> str:
    """Return the key an index files `name` under: family name, then given names.

    >>> sort_key("Leendert van Doorn") < sort_key("Jeff Dean")
    False
    """
    words = match_key(name).split(" ")
    return " ".join([words[-1], *words[:-1]])


def same_family(first: str, second: str) -> bool:
    """Whether two names share a family name (ignoring case and accents)."""
    return match_key(family_name(first)) == match_key(family_name(second))
