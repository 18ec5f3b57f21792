"""Which spellings of one family name are worth judging as one person, found by index.

Judging every pair of a family name's spellings grows with its square: a family name as
common as Wang has hundreds of people in a large conference, and a hostile feed thousands
(issue 32). The pairs that can carry evidence are found through indexes instead, a bounded
number for each spelling; `program.people.directory` judges them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Mapping
from itertools import islice

from program.people.names import given_words, is_initial
from program.people.variants import are_nicknames, related_given_names, written_given

MATCHES_PER_NAME = 16
"""How many later spellings of its family name one spelling is judged against, at most.

A real program has a handful; a feed of thousands of "Ada … Wang" would otherwise be
judged pair by pair (issue 32: 8,000 people on one item took 281 s). Beyond the bound a
spelling is too ambiguous to merge by name anyway.
"""


def candidate_pairs(candidates: list[str], bare: Mapping[str, str]) -> list[tuple[str, str]]:
    """The pairs of one family name's spellings (keys, with their names `bare` of affiliations) that may be one person.

    In list order: the pairs `given_name_evidence` can link.

    Evidence needs one given name left out of the other's ("Jian Wang", "Jian X. Wang"), an
    initial and a full name of one letter ("J. Wang", "Jian Wang") or a nickname ("Bob",
    "Robert"); an index on each finds exactly those pairs without looking at every pair:
    a family name as common as Wang or Zhang has hundreds of people in a large
    conference. Each spelling is paired with at most `MATCHES_PER_NAME` later ones, so the
    pairs grow with the spellings, not their square.
    """
    position = {key: index for index, key in enumerate(candidates)}
    words_of = {key: tuple(given_words(bare[key])) for key in candidates}
    exact: dict[tuple[str, ...], list[str]] = defaultdict(list)
    extending: dict[tuple[str, ...], list[str]] = defaultdict(list)
    by_head: dict[str, list[str]] = defaultdict(list)
    initials: dict[str, list[str]] = defaultdict(list)
    full_names: dict[str, list[str]] = defaultdict(list)
    for key in candidates:  # each list in list order
        words = words_of[key]
        if not words:
            continue
        exact[words].append(key)
        for length in range(1, len(words)):
            extending[words[:length]].append(key)
        by_head[words[0]].append(key)
        by_letter = initials if is_initial(written_given(bare[key])) else full_names
        by_letter[words[0][0]].append(key)
    nicknames: dict[str, set[str]] = defaultdict(set)
    for head in by_head:
        for other in related_given_names(head):
            if other != head and other in by_head and are_nicknames(head, other):
                nicknames[head].add(other)
                nicknames[other].add(head)
    initial_keys = {key for group in initials.values() for key in group}
    pairs: list[tuple[str, str]] = []
    for key in candidates:
        words = words_of[key]
        if not words:
            continue
        head, after = words[0], position[key]
        # One more given name or one less (the same head); a nickname; an initial and a full name.
        later = set(_later(extending.get(words, []), position, after))
        for length in range(1, len(words)):
            later.update(_later(exact.get(words[:length], []), position, after))
        for other in sorted(nicknames.get(head, ())):
            later.update(_later(by_head[other], position, after))
        letters = full_names if key in initial_keys else initials
        later.update(_later(letters.get(head[0], []), position, after, (head, words_of)))
        pairs += [(key, other) for other in sorted(later, key=position.__getitem__)[:MATCHES_PER_NAME]]
    return sorted(pairs, key=lambda pair: (position[pair[0]], position[pair[1]]))


def _later(
    source: list[str],
    position: Mapping[str, int],
    after: int,
    other_head: tuple[str, Mapping[str, tuple[str, ...]]] | None = None,
) -> list[str]:
    """The first `MATCHES_PER_NAME` keys of `source` (in list order) after position `after`.

    With `other_head` (a head given name and the given names of each key), only keys of
    another head: an initial and a full name of one head are evidence only when one leaves
    out a given name, which that index finds.
    """
    start = bisect_right(source, after, key=position.__getitem__)
    if other_head is None:
        return source[start : start + MATCHES_PER_NAME]
    head, words_of = other_head
    found: list[str] = []
    for other in islice(source, start, start + 8 * MATCHES_PER_NAME):
        if words_of[other][0] != head:
            found.append(other)
            if len(found) == MATCHES_PER_NAME:
                break
    return found
