"""The names one export id carries are grouped into people by index, exactly as by looking at every group.

`_people_of` once compared each name with every name of every group (issue 32: time in the
square of the names one id carries). The indexed grouping must give the same groups: this
compares it with that plain reference on names made to hit every clause of `one_person`
(initials, nicknames, left-out middle names, "Family, Given", a family name cut to its
initial, no given name at all).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from program.model import SourceRef
from program.people.affiliations import bare_name
from program.people.identity import _people_of
from program.people.variants import one_person

GIVEN = ("Ada", "A.", "Robert", "Bob", "Rob", "R.", "William", "Bill", "Anna", "Annie", "Jun", "")
MIDDLE = ("", "Kolin", "K.", "Maria")
FAMILY = ("Wang", "W.", "Lovelace", "L.", "Müller", "Muller", "Chen", "van Dijk")


def _reference(spellings: list[tuple[str, SourceRef]]) -> list[list[tuple[str, SourceRef]]]:
    """The grouping as it was: each spelling joins the first group holding one name of its person."""
    groups: list[list[tuple[str, SourceRef]]] = []
    for spelling in spellings:
        home = next(
            (group for group in groups if any(one_person(bare_name(spelling[0]), bare_name(n)) for n, _ in group)),
            None,
        )
        if home is None:
            groups.append([spelling])
        else:
            home.append(spelling)
    return groups


def _name(given_name: str, middle: str, family: str, reversed_form: bool) -> str:
    given_part = " ".join(part for part in (given_name, middle) if part)
    if reversed_form and given_part:
        return f"{family}, {given_part}"
    return f"{given_part} {family}".strip()


names = st.builds(_name, st.sampled_from(GIVEN), st.sampled_from(MIDDLE), st.sampled_from(FAMILY), st.booleans())


@settings(max_examples=300, deadline=None)
@given(st.lists(names, min_size=1, max_size=25, unique=True))
def test_indexed_grouping_is_the_plain_one(spellings: list[str]) -> None:
    with_sources = [(name, SourceRef(file="feed.json", line=number)) for number, name in enumerate(spellings, 1)]

    assert _people_of(with_sources) == _reference(with_sources)
