"""Evidence that two spellings name one person: nicknames, initials, omitted middle names."""

from __future__ import annotations

from functools import lru_cache

from nicknames import NickNamer

from program.model.text import match_key
from program.people.names import family_key, given_words, is_initial, name_key, parse_name


@lru_cache(maxsize=1)
def _nicknamer() -> NickNamer:
    return NickNamer()


def are_nicknames(first: str, second: str) -> bool:
    """Whether one given name is a nickname of the other ("Steve", "Stephen").

    Two full names that share a nickname ("Stephen", "Steven") are not related.
    `related_given_names` must stay the index of this relation: it finds the candidates.
    """
    namer = _nicknamer()
    return second in namer.nicknames_of(first) or first in namer.nicknames_of(second)


@lru_cache(maxsize=1 << 14)  # asked for each head given name of each family name: "Ada" a hundred times
def related_given_names(head: str) -> frozenset[str]:
    """Return the given names that are nicknames of `head` or that `head` is a nickname of."""
    namer = _nicknamer()
    return frozenset(namer.nicknames_of(head) | namer.canonicals_of(head))


def written_given(name: str) -> str:
    """Return the first given name as written ("S." in "S. Keckler"), or ""."""
    return _written_given(name)


def given_name_evidence(first: str, second: str, *, by_name: bool = True) -> str | None:
    """Say why two names with one family name may be one person, or return None.

    >>> given_name_evidence("Steve Keckler", "Stephen Keckler")
    "'Steve' is a nickname of 'Stephen'"
    >>> given_name_evidence("S. Keckler", "Stephen Keckler")
    "'S.' is the initial of 'Stephen'"
    >>> given_name_evidence("Dan Zhang", "David Zhang") is None
    True

    A hyphenated given name is one name ("Jun-Kun Wang" is not "Jun Wang" with a middle
    name), and an initial stands for a full name only when the full names the initialled
    spelling also writes are the other's ("M. Pawan Kumar" goes by Pawan: not "Manoj Kumar").
    The pairs are real, from ICLR 2020's Mini-Conf papers.csv (tests/people/test_names.py):

    >>> given_name_evidence("Jun Wang", "Jun-Kun Wang"), given_name_evidence("Manoj Kumar", "M. Pawan Kumar")
    (None, None)

    Initials stand for the given names in order, the parts of a hyphenated one too (TCSE 2017's
    "C.M. Wang" and "Chu-Yu Wang" are two authors; "C.-Y. Wang" would be hers):

    >>> given_name_evidence("C.M. Wang", "Chu-Yu Wang"), given_name_evidence("C.-Y. Wang", "Chu-Yu Wang")
    (None, "'C.-Y.' is the initial of 'Chu-Yu'")

    Those two rules are for merging by name alone; `by_name=False` leaves them out, for names
    an export's one id already joins (`one_person`, whose index in `identity.py` files a name
    under its words and its initial only).
    """
    words = _given_names if by_name else given_words
    first_words, second_words = words(first), words(second)
    if not first_words or not second_words:
        return None
    head_first, head_second = first_words[0], second_words[0]
    written_first, written_second = _written_given(first), _written_given(second)
    if head_first == head_second:
        shorter, longer = sorted((first_words, second_words), key=len)
        if shorter != longer and longer[: len(shorter)] == shorter:
            return "one leaves out a middle name"
        return None
    if is_initial(written_first) != is_initial(written_second) and head_first[0] == head_second[0]:
        sides = ((first, written_first, first_words), (second, written_second, second_words))
        return _initial_evidence(*sides, by_name=by_name)
    if are_nicknames(head_first, head_second):
        nickname, full = sorted((written_first, written_second), key=len)
        return f"'{nickname}' is a nickname of '{full}'"
    return None


def _initial_evidence(
    first: tuple[str, str, list[str]], second: tuple[str, str, list[str]], *, by_name: bool
) -> str | None:
    """Evidence that an initial stands for the other's first given name: (name, written given, given names) each.

    By name, the full given names the initialled spelling writes must be the other's too.
    """
    initialled, full = (first, second) if is_initial(first[1]) else (second, first)
    if by_name and not set(_full_given_names(initialled[0])) <= set(full[2][1:]):
        return None
    # each initial written must be the other's name's there: "C.M." is not "Chu-Yu" (C.-Y.), TCSE 2017's two Wangs
    if by_name and any(a[0] != b[0] for a, b in zip(given_words(initialled[0]), given_words(full[0]), strict=False)):
        return None
    return f"'{initialled[1]}' is the initial of '{full[1]}'"


def _given_names(name: str) -> list[str]:
    """The given names, case-folded and without accents; a hyphenated one ("Jun-Kun", "Yi-Fu") is one name."""
    return [key for key in (match_key(word).replace(" ", "") for word in parse_name(name).given.split()) if key]


def _full_given_names(name: str) -> list[str]:
    """The given names after the first that are written in full, not as initials ("pawan" in "M. Pawan Kumar")."""
    words = parse_name(name).given.split()[1:]
    return [match_key(word).replace(" ", "") for word in words if not is_initial(word)]


def _written_given(name: str) -> str:
    given = parse_name(name).given
    return given.split(" ")[0] if given else ""


def one_person(first: str, second: str) -> bool:
    """Whether two spellings that one export identity carries can be one person.

    An id is strong evidence, so this is looser than merging by name alone: one family
    name with the same given names, none on one side, or `given_name_evidence`; or one
    given name with the family name cut to its initial ("Ada L.").

    >>> one_person("Ada 'nick' Lovelace", "Ada Lovelace"), one_person("Lovelace, Ada", "Ada L.")
    (True, True)
    >>> one_person("Curtis Andrews", "Chris Fiege"), one_person("Ada", "Ada Lovelace")
    (False, False)
    """
    if name_key(first) == name_key(second):
        return True
    first_family, second_family = family_key(first), family_key(second)
    first_given, second_given = given_words(first), given_words(second)
    if first_family == second_family:
        if not first_given or not second_given or first_given == second_given:
            return True
        return given_name_evidence(first, second, by_name=False) is not None
    shorter, longer = sorted((first_family, second_family), key=len)
    cut_short = len(shorter) == 1 and longer.startswith(shorter)
    return cut_short and bool(first_given) and first_given[:1] == second_given[:1]
