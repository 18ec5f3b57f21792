"""The people of a program: one entry per person, however many ways they are spelt.

Spellings that differ only in case, accents or punctuation are one person outright. Two
spellings with one family name are merged automatically only on strong evidence (a
nickname, an initial, a left-out middle name) and when they never appear together on an
item; otherwise, or when they do, `check` reports them. The program file settles any case:
`aliases` joins spellings, `different` keeps two names apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import combinations

import attrs

from program.model import Item, Person, Problem, Severity, SourceRef
from program.model.ids import person_id
from program.people.collation import DEFAULT_LOCALE, filing_key
from program.people.names import display_name, family_key, filing_form, given_words, is_initial, name_key
from program.people.variants import given_name_evidence


@attrs.frozen
class PeopleOptions:
    """How to build and order the people.

    Attributes:
        locale: ICU locale whose collation orders the index ("root", "sv", "da").
        keep_case: show names as written, even family names in capitals.
        aliases: spelling -> the spelling of the person it names (from the program file).
        different: pairs of spellings that name two people, never to be merged or reported.
    """

    locale: str = DEFAULT_LOCALE
    keep_case: bool = False
    aliases: Mapping[str, str] = attrs.field(factory=dict)
    different: tuple[tuple[str, str], ...] = ()


@attrs.define
class _Spelling:
    """One name key: its spellings and the items it is on, each in order of first appearance."""

    first_source: SourceRef
    spellings: dict[str, None] = attrs.field(factory=dict)
    items: dict[str, None] = attrs.field(factory=dict)
    count: int = 0

    @property
    def first(self) -> str:
        """The spelling seen first."""
        return next(iter(self.spellings))


class _Groups:
    """Union-find over name keys: which keys are one person."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def root(self, key: str) -> str:
        while self.parent.get(key, key) != key:
            key = self.parent[key]
        return key

    def join(self, key: str, into: str) -> None:
        self.parent[self.root(key)] = self.root(into)


def build_people(
    items: Sequence[Item], options: PeopleOptions | None = None
) -> tuple[tuple[Person, ...], tuple[Problem, ...]]:
    """Return the people the items name, in index order, and what was merged or doubtful."""
    options = options or PeopleOptions()
    keys = _collect_spellings(items)
    groups = _Groups()
    problems = _apply_aliases(keys, groups, options.aliases)
    _add_title_aliases(items, keys, groups)
    problems.extend(_merge_variants(keys, groups, _different_pairs(options.different)))
    running_position = {item.id: position for position, item in enumerate(items)}
    people = _people_from(keys, groups, options, running_position)
    ordered = sorted(people, key=lambda person: (filing_key(person.sort_key, options.locale), person.id))
    return tuple(ordered), tuple(problems)


def _collect_spellings(items: Sequence[Item]) -> dict[str, _Spelling]:
    keys: dict[str, _Spelling] = {}
    for item in items:
        for name in item.people:
            entry = keys.setdefault(name_key(name), _Spelling(item.source))
            entry.count += 1
            entry.spellings.setdefault(name)
            entry.items.setdefault(item.id)
    return keys


def _apply_aliases(keys: dict[str, _Spelling], groups: _Groups, aliases: Mapping[str, str]) -> list[Problem]:
    """Join the program file's aliases; return a warning for each alias that names nobody."""
    problems = []
    for alias, canonical in aliases.items():
        target = name_key(canonical)
        if target not in keys:
            problems.append(
                Problem(Severity.WARNING, "unknown-alias", f"the alias {alias!r} -> {canonical!r} names nobody")
            )
        elif name_key(alias) in keys:
            groups.join(name_key(alias), target)
        else:
            keys[target].spellings.setdefault(alias)
    return problems


def _add_title_aliases(items: Sequence[Item], keys: dict[str, _Spelling], groups: _Groups) -> None:
    """Add a title's spelling of its single speaker ("Steve Keckler") as an alias."""
    for item in items:
        speaker = item.title_speaker
        if not speaker or len(item.people) != 1 or name_key(speaker) == name_key(item.people[0]):
            continue
        target = name_key(item.people[0])
        if name_key(speaker) in keys:
            groups.join(name_key(speaker), target)
        elif family_key(speaker) == family_key(item.people[0]):
            keys[target].spellings.setdefault(speaker)


def _different_pairs(pairs: Iterable[tuple[str, str]]) -> set[frozenset[str]]:
    return {frozenset((name_key(first), name_key(second))) for first, second in pairs}


def _merge_variants(keys: dict[str, _Spelling], groups: _Groups, different: set[frozenset[str]]) -> Iterable[Problem]:
    by_family: dict[str, list[str]] = defaultdict(list)
    for key, entry in keys.items():
        by_family[family_key(entry.first)].append(key)
    for candidates in by_family.values():
        for first, second in combinations(candidates, 2):
            if frozenset((first, second)) in different or groups.root(first) == groups.root(second):
                continue
            yield from _judge_pair(keys[first], keys[second], groups, first, second)


def _judge_pair(
    first: _Spelling, second: _Spelling, groups: _Groups, first_key: str, second_key: str
) -> Iterable[Problem]:
    evidence = given_name_evidence(first.first, second.first)
    if evidence is None:
        return
    names = f"{_where(first)} and {_where(second)}"
    shared = first.items.keys() & second.items.keys()
    if shared:
        yield Problem(
            Severity.WARNING,
            "name-variant",
            f"{names} may be one person ({evidence}) but appear together on one item; kept apart "
            "(settle it with [people] aliases or different)",
            second.first_source,
        )
        return
    keep, merge = _fuller(first, second, first_key, second_key)
    groups.join(merge, keep)
    yield Problem(
        Severity.WARNING,
        "name-merged",
        f"merged {names} into one person: same family name and {evidence} "
        "(list them in [people] different if they are two people)",
        second.first_source,
    )


def _where(entry: _Spelling) -> str:
    return f"'{entry.first}' (line {entry.first_source.line})"


def _fuller(first: _Spelling, second: _Spelling, first_key: str, second_key: str) -> tuple[str, str]:
    """Return (key to keep, key to merge): the full given name over an initial or nickname."""

    def fullness(entry: _Spelling) -> tuple[bool, int, int]:
        words = given_words(entry.first)
        return (not is_initial(words[0]) if words else False, len(" ".join(words)), entry.count)

    return (first_key, second_key) if fullness(first) >= fullness(second) else (second_key, first_key)


def _people_from(
    keys: dict[str, _Spelling], groups: _Groups, options: PeopleOptions, running_position: Mapping[str, int]
) -> list[Person]:
    members: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        members[groups.root(key)].append(key)
    taken: set[str] = set()
    people = []
    for root, group in members.items():
        spellings = [*keys[root].spellings, *(s for key in group if key != root for s in keys[key].spellings)]
        item_ids = sorted({item for key in group for item in keys[key].items}, key=running_position.__getitem__)
        name = spellings[0]
        display = display_name(name, keep_case=options.keep_case)
        people.append(
            Person(
                id=person_id(name, taken),
                name=name,
                display=display,
                sort_key=filing_form(display, keep_case=True),
                aliases=tuple(dict.fromkeys(spellings[1:])),
                items=tuple(item_ids),
            )
        )
    return people
