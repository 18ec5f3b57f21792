"""The people of a program: one entry per person, however many ways they are spelt.

Spellings that differ only in case, accents or punctuation are one person outright. Two
spellings with one family name are merged automatically only on strong evidence (a
nickname, an initial, a left-out middle name) and when they never appear together on an
item; otherwise, or when they do, `check` reports them. A frab export's people are who it
says (`program.people.identity`): one guid is one person whatever the spellings (a
`name-merged` note names them), two guids are two people even with one name, and name
matching never joins two of them; an id or code names a person within its feed only, and
one that carries unrelated names is an `id-reused` warning. The program file settles any case:
`aliases` joins spellings, `different` keeps two names apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

import attrs

from program.model import Item, Paper, Person, Problem, Severity, SourceRef
from program.model.ids import person_ids
from program.people.affiliations import bare_name, split_affiliation
from program.people.candidates import candidate_pairs
from program.people.collation import DEFAULT_LOCALE, filing_key
from program.people.identity import PersonKeys, ReusedIdentity, is_identity
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
    """One name key: its spellings and places, each in order of first appearance.

    A place is an item the name is on, or a paper not in the program that it authors.
    A spelling is scraped when some page copied as text wrote it (see `Item.scraped`).
    """

    first_source: SourceRef
    spellings: dict[str, None] = attrs.field(factory=dict)
    where: dict[str, SourceRef] = attrs.field(factory=dict)
    """Where each spelling was first seen (an export identity's spellings only: their notes say where)."""
    scraped: set[str] = attrs.field(factory=set)
    places: dict[str, None] = attrs.field(factory=dict)
    count: int = 0

    @property
    def first(self) -> str:
        """The spelling seen first."""
        return next(iter(self.spellings))

    @property
    def bare(self) -> str:
        """The spelling seen first without its affiliation: what name matching looks at."""
        return bare_name(self.first)


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
    items: Sequence[Item],
    options: PeopleOptions | None = None,
    papers: Sequence[Paper] = (),
    person_keys: PersonKeys | None = None,
) -> tuple[tuple[Person, ...], tuple[Problem, ...]]:
    """Return the people the items and papers name, in index order, and what was merged or doubtful.

    Items name their speakers and authors; papers not in the program (a pool) name
    their authors. `person_keys`, made for these items, is shared with the checks, which key the same people.
    """
    options = options or PeopleOptions()
    unscheduled = [paper for paper in papers if not paper.items]
    person_keys = person_keys or PersonKeys(items)
    keys = _collect_spellings(items, unscheduled, person_keys)
    groups = _Groups()
    identities = _identities_by_name(keys)
    _join_names_to_identities(keys, groups, identities)
    problems = [*map(_reused_problem, person_keys.reused), *_identity_merges(keys)]
    problems += _apply_aliases(keys, groups, options.aliases, identities)
    _add_title_aliases(items, keys, groups, person_keys)
    problems.extend(_merge_variants(keys, groups, _different_pairs(options.different)))
    people = _people_from(keys, groups, options, _Places(items, papers))
    ordered = sorted(people, key=lambda person: (filing_key(person.sort_key, options.locale), person.id))
    return tuple(ordered), tuple(problems)


def _collect_spellings(
    items: Sequence[Item], unscheduled: Sequence[Paper], person_keys: PersonKeys
) -> dict[str, _Spelling]:
    keys: dict[str, _Spelling] = {}
    named = [(item.id, item.people, person_keys.keys_of(item), item.source, item.scraped) for item in items]
    named += [
        (
            paper.id,
            paper.authors,
            tuple(name_key(bare_name(name)) for name in paper.authors),
            paper.source or _NO_SOURCE,
            paper.scraped,
        )
        for paper in unscheduled
    ]
    for place, names, name_keys, source, scraped in named:
        for name, key in zip(names, name_keys, strict=True):
            entry = keys.get(key)
            if entry is None:  # made once a key, not once a name on an item
                entry = keys[key] = _Spelling(source)
            entry.count += 1
            entry.spellings.setdefault(name)
            if is_identity(key):
                entry.where.setdefault(name, source)
            entry.places.setdefault(place)
            if scraped:
                entry.scraped.add(name)
    return keys


_NO_SOURCE = SourceRef("")
_NAMED_REUSES = 6
"""How many of the names an id carries a warning quotes: a merged export can give one id to hundreds."""


def _reused_problem(reused: ReusedIdentity) -> Problem:
    named = [f"{name!r} ({source})" for name, source in reused.spellings[:_NAMED_REUSES]]
    more = len(reused.spellings) - len(named)
    names = f"{', '.join(named)} and {more} more" if more else _listed(named)
    return Problem(
        Severity.WARNING,
        "id-reused",
        f"{reused.written} names {names}: unrelated names, kept as {len(reused.spellings)} people "
        "(join them with [people] aliases if they are one)",
        reused.spellings[1][1],
    )


def _identity_merges(keys: Mapping[str, _Spelling]) -> Iterable[Problem]:
    """A note for each export identity that carries spellings of more than one name key.

    Spellings that differ only in case, accents or punctuation are one name outright and
    not noted, as for names without identities.
    """
    for key, entry in keys.items():
        firsts: dict[str, tuple[str, SourceRef]] = {}
        for name, source in entry.where.items():
            firsts.setdefault(name_key(bare_name(name)), (name, source))
        if len(firsts) > 1:
            named = list(firsts.values())
            names = _listed([f"{name!r} ({source})" for name, source in named])
            yield Problem(
                Severity.WARNING,
                "name-merged",
                f"merged {names} into one person: the export gives them one {_identity_words(key)}",
                named[1][1],
            )


def _identity_words(key: str) -> str:
    """An identity key as words: "guid 0c16ffaa-…", "id 20", "code NQTF8Y"."""
    kind, _, rest = key.partition(":")
    return f"{kind} {rest.rpartition('#')[2].partition('~')[0]}"


def _listed(words: Sequence[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def _identities_by_name(keys: dict[str, _Spelling]) -> dict[str, list[str]]:
    """The identity keys each name key is a spelling of."""
    found: dict[str, list[str]] = defaultdict(list)
    for key, entry in keys.items():
        if is_identity(key):
            for spelling in dict.fromkeys(name_key(bare_name(spelling)) for spelling in entry.spellings):
                found[spelling].append(key)
    return found


def _join_names_to_identities(keys: dict[str, _Spelling], groups: _Groups, identities: Mapping[str, list[str]]) -> None:
    """A name a source without identities writes is the export's person of that name, when only one has it."""
    for key in keys:
        if not is_identity(key) and len(identities.get(key, ())) == 1:
            groups.join(key, identities[key][0])


def _key_of(name: str, keys: Mapping[str, _Spelling], identities: Mapping[str, list[str]]) -> str | None:
    """The key of the one person `name` names, if exactly one: a name key, else an identity with that name."""
    key = name_key(bare_name(name))
    if key in keys:
        return key
    found = identities.get(key, ())
    return found[0] if len(found) == 1 else None


class _Places:
    """Where items and papers stand in the program, and which paper each item presents."""

    def __init__(self, items: Sequence[Item], papers: Sequence[Paper]) -> None:
        self.item_position = {item.id: position for position, item in enumerate(items)}
        self.paper_position = {paper.id: position for position, paper in enumerate(papers)}
        self.paper_of = {item.id: item.paper for item in items if item.paper}

    def split(self, places: Iterable[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Return (item ids in running order, paper ids in paper order) of `places`."""
        places = set(places)
        item_ids = sorted(
            (place for place in places if place in self.item_position), key=self.item_position.__getitem__
        )
        paper_ids = {self.paper_of[item] for item in item_ids if item in self.paper_of}
        paper_ids.update(place for place in places if place in self.paper_position)
        return tuple(item_ids), tuple(sorted(paper_ids, key=self.paper_position.__getitem__))


def _apply_aliases(
    keys: dict[str, _Spelling], groups: _Groups, aliases: Mapping[str, str], identities: Mapping[str, list[str]]
) -> list[Problem]:
    """Join the program file's aliases; return a warning for each alias that names nobody."""
    problems = []
    for alias, canonical in aliases.items():
        target = _key_of(canonical, keys, identities)
        source = _key_of(alias, keys, identities)
        if target is None:
            problems.append(
                Problem(Severity.WARNING, "unknown-alias", f"the alias {alias!r} -> {canonical!r} names nobody")
            )
        elif source is not None:
            groups.join(source, target)  # the program file's word, even over an export's two ids
        elif source is None:
            keys[target].spellings.setdefault(alias)
    return problems


def _add_title_aliases(
    items: Sequence[Item], keys: dict[str, _Spelling], groups: _Groups, person_keys: PersonKeys
) -> None:
    """Add a title's spelling of its single speaker ("Steve Keckler") as an alias."""
    for item in items:
        speaker = item.title_speaker
        if not speaker or len(item.people) != 1 or name_key(speaker) == name_key(item.people[0]):
            continue
        target = person_keys.key(item, item.people[0])
        if name_key(speaker) in keys:
            groups.join(name_key(speaker), target)
        elif family_key(speaker) == family_key(item.people[0]):
            keys[target].spellings.setdefault(speaker)


def _different_pairs(pairs: Iterable[tuple[str, str]]) -> set[frozenset[str]]:
    return {frozenset((name_key(first), name_key(second))) for first, second in pairs}


def _merge_variants(keys: dict[str, _Spelling], groups: _Groups, different: set[frozenset[str]]) -> Iterable[Problem]:
    by_family: dict[str, list[str]] = defaultdict(list)
    for key, entry in keys.items():
        by_family[family_key(entry.bare)].append(key)
    for candidates in by_family.values():
        if len(candidates) < 2:  # a family name spelt one way: no pair to judge
            continue
        bare = {key: keys[key].bare for key in candidates}
        for first, second in candidate_pairs(candidates, bare):
            if frozenset((first, second)) in different or groups.root(first) == groups.root(second):
                continue
            if is_identity(groups.root(first)) and is_identity(groups.root(second)):
                continue  # two people an export tells apart stay two
            yield from _judge_pair(keys[first], keys[second], groups, first, second)


def _judge_pair(
    first: _Spelling, second: _Spelling, groups: _Groups, first_key: str, second_key: str
) -> Iterable[Problem]:
    evidence = given_name_evidence(first.bare, second.bare)
    if evidence is None:
        return
    names = f"{_where(first)} and {_where(second)}"
    shared = first.places.keys() & second.places.keys()
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
        words = given_words(entry.bare)
        return (not is_initial(words[0]) if words else False, len(" ".join(words)), entry.count)

    return (first_key, second_key) if fullness(first) >= fullness(second) else (second_key, first_key)


def _people_from(keys: dict[str, _Spelling], groups: _Groups, options: PeopleOptions, places: _Places) -> list[Person]:
    members: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        members[groups.root(key)].append(key)
    named = []
    for root, group in members.items():
        spellings = [*keys[root].spellings, *(s for key in group if key != root for s in keys[key].spellings)]
        named.append((root, group, spellings))
    # A person known by name is told apart by the name's key: the first spelling's, the root.
    ids = person_ids([(spellings[0], root) for root, _, spellings in named])
    people = []
    for person_id, (_, group, spellings) in zip(ids, named, strict=True):
        item_ids, paper_ids = places.split(place for key in group for place in keys[key].places)
        name, affiliation = _name_and_affiliation(spellings)
        # Only a page copied as text writes family names in capitals; an export's are names as chosen.
        scraped = any(spellings[0] in keys[key].scraped for key in group)
        display = display_name(name, keep_case=options.keep_case or not scraped)
        people.append(
            Person(
                id=person_id,
                name=name,
                display=display,
                sort_key=filing_form(display, keep_case=True),
                aliases=tuple(spelling for spelling in dict.fromkeys(spellings) if spelling != name),
                items=item_ids,
                papers=paper_ids,
                affiliation=affiliation,
            )
        )
    return people


def _name_and_affiliation(spellings: Sequence[str]) -> tuple[str, str | None]:
    """The first spelling without its affiliation, and the first affiliation any spelling gives."""
    name, affiliation = split_affiliation(spellings[0])
    affiliations = (split_affiliation(spelling)[1] for spelling in spellings[1:])
    return name, affiliation or next((found for found in affiliations if found), None)
