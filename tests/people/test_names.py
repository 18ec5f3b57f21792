"""Names: parts, display and filing forms, collation and its properties."""

from __future__ import annotations

import re
import unicodedata
from random import Random
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from program.people import collation_key, display_name, filing_form, filing_key, index_heading, primary_key
from program.people.names import parse_name
from spreadsheet_files import read_csv

from helpers import FRAB, SEEDS


@pytest.mark.parametrize(
    ("written", "filed"),
    [
        ("Leendert van Doorn", "Doorn, Leendert van"),
        ("Ludwig von Mises", "Mises, Ludwig von"),
        ("Jean-Luc de la Cruz", "Cruz, Jean-Luc de la"),
        ("Simone de Beauvoir", "Beauvoir, Simone de"),
        ("Thomas Le Gac", "Le Gac, Thomas"),
        ("Joachim Du Bellay", "Du Bellay, Joachim"),
        ("Martin Van Buren", "Van Buren, Martin"),
        ("Jean-Baptiste LE GOFF", "Le Goff, Jean-Baptiste"),
        ("María García-López", "García-López, María"),
        ("Antoine DUPRET", "Dupret, Antoine"),
        ("Seán O'BRIEN", "O'Brien, Seán"),
        ("Samuel L. Okafor", "Okafor, Samuel L."),
        ("Chieh-Jan Mike Liang", "Liang, Chieh-Jan Mike"),
        ("Martin Luther King Jr.", "King, Martin Luther, Jr."),
        ("Madonna", "Madonna"),
        ("张伟", "张伟"),
        ("Michael McNeill", "McNeill, Michael"),
    ],
)
def test_filing_form_files_under_the_family_name(written: str, filed: str) -> None:
    assert filing_form(written) == filed


@pytest.mark.parametrize(
    ("written", "shown", "kept"),
    [
        ("Antoine DUPRET", "Antoine Dupret", "Antoine DUPRET"),
        ("Olivier BICHLER", "Olivier Bichler", "Olivier BICHLER"),
        ("GARCÍA-LÓPEZ María", "García-López María", "GARCÍA-LÓPEZ María"),
        ("Samuel L. Okafor", "Samuel L. Okafor", "Samuel L. Okafor"),
        ("J. R. R. Tolkien", "J. R. R. Tolkien", "J. R. R. Tolkien"),
        ("Michael McNeill", "Michael McNeill", "Michael McNeill"),
    ],
)
def test_capitals_are_shown_in_normal_case_unless_kept(written: str, shown: str, kept: str) -> None:
    assert (display_name(written), display_name(written, keep_case=True)) == (shown, kept)


def test_a_french_sheets_capitalised_particles_file_with_the_family_name() -> None:
    """Agile Laval 2026's speakers (a real Google Forms sheet): "Le Gac" and "LE GOFF" under L, not G."""
    program = read_csv("agilelaval2026-program.csv", timezone=ZoneInfo("Europe/Paris"))
    names = {name.split(" [", 1)[0] for item in program.items for name in item.people}
    filed = {filing_form(name, keep_case=True) for name in names}

    assert {"Le Gac, Thomas", "LE GOFF, Jean-Baptiste"} <= filed
    assert not {name for name in filed if name.endswith((" Le", " LE"))}
    assert {index_heading(filing_form(name)) for name in ("Thomas Le Gac", "Jean-Baptiste LE GOFF")} == {"L"}


def test_chinese_name_is_kept_as_written_family_name_first() -> None:
    parts = parse_name("张伟")

    assert (parts.family, parts.given, parts.family_first) == ("张", "伟", True)


HAND_SORTED_ROOT = [
    "Abbott, Aaron",
    "Ängström, Anders",
    "Doorn, Leendert van",
    "Dupret, Antoine",
    "Garcia, Ana",
    "García-López, María",
    "Okafor, Samuel L.",
    "Olsen, Ole",
    "Øvergaard, Lars",
    "Zed, Zoe",
]
"""Sorted by hand, as an English-language index files them: accents and strokes do not
move a name out of its letter, and a shorter family name files before a longer one."""


def test_root_collation_matches_the_hand_sorted_list() -> None:
    shuffled = sorted(HAND_SORTED_ROOT, key=lambda name: name[::-1])

    assert sorted(shuffled, key=filing_key) == HAND_SORTED_ROOT


def test_swedish_collation_files_a_umlaut_and_o_stroke_after_z() -> None:
    assert sorted(HAND_SORTED_ROOT, key=lambda name: filing_key(name, "sv"))[-3:] == [
        "Zed, Zoe",
        "Ängström, Anders",
        "Øvergaard, Lars",
    ]


@pytest.mark.parametrize(
    ("name", "locale", "heading"),
    [("Ängström", "root", "A"), ("Øvergaard", "root", "O"), ("Ängström", "sv", "Ä"), ("张伟", "root", "张")],
)
def test_index_headings_follow_the_locale_alphabet(name: str, locale: str, heading: str) -> None:
    assert index_heading(name, locale) == heading


LATIN = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZàáâäçèéêëíîïñóôöúûüÀÉÖÜÑ -'", min_size=1)


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@given(st.lists(LATIN, max_size=12), st.randoms())
def test_index_order_does_not_depend_on_input_order(names: list[str], random: Random) -> None:
    shuffled = list(names)
    random.shuffle(shuffled)

    def key(name: str) -> tuple[tuple[bytes, bytes], str]:
        return filing_key(filing_form(name)), name

    assert sorted(shuffled, key=key) == sorted(names, key=key)


@given(LATIN, LATIN)
def test_sort_key_order_is_total_and_antisymmetric(first: str, second: str) -> None:
    a, b = collation_key(first), collation_key(second)

    assert (a < b) + (a == b) + (a > b) == 1
    assert (a == b) == (first == second)


@given(LATIN)
def test_root_primary_key_ignores_case_and_accents(name: str) -> None:
    assert primary_key(name) == primary_key(strip_accents(name).casefold())


def test_swedish_primary_key_keeps_the_umlaut() -> None:
    assert primary_key("Ängström", "sv") != primary_key("angstrom", "sv")
    assert primary_key("Ängström") == primary_key("angstrom")


def test_the_two_word_shortcut_agrees_with_nameparser_on_every_real_name() -> None:
    names: set[str] = set()
    for path in sorted(SEEDS.glob("00*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            names.update(name.strip() for name in line.split(" · ") if " · " in line)
    for path in sorted((FRAB / "examples" / "xml").glob("*.xml")):
        names.update(re.findall(r"<person[^>]*>([^<]+)</person>", path.read_text(encoding="utf-8")))
    two_words = sorted(name for name in names if len(name.split()) == 2)
    three_words = sorted(name for name in names if len(name.split()) == 3)

    parse_without_shortcut = parse_name.__wrapped__
    with mock.patch("program.people.names._plain_given_family", return_value=None):
        expected = [parse_without_shortcut(name) for name in two_words + three_words]

    assert len(two_words) > 400
    assert len(three_words) > 30
    assert [parse_name(name) for name in two_words + three_words] == expected


@given(
    st.sampled_from(["Ada", "Jean-Luc", "O'Neil", "Mary", "Van", "Dr", "Sir", "Abu", "Zoë", "Łukasz", "E", "The"]),
    st.sampled_from(["B.", "É.", "Ann", "Lee", "van", "de", "ter", "Jr.", "III", "and", "y", "Mac", "Ibn", "Q"]),
    st.sampled_from(["Lovelace", "García-López", "Østergaard", "Ng", "II", "Jr", "St", "PhD", "Del", "d'Arc"]),
)
def test_the_three_word_shortcut_agrees_with_nameparser(given_name: str, middle: str, family: str) -> None:
    name = f"{given_name} {middle} {family}"
    with mock.patch("program.people.names._plain_given_family", return_value=None):
        expected = parse_name.__wrapped__(name)

    assert parse_name.__wrapped__(name) == expected


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("Antoine DUPRET", "Antoine Dupret"),
        ("J.-P. DUPRET", "J.-P. Dupret"),
        ("Marie-Claire DE LA TOUR", "Marie-Claire De La Tour"),
        ("CDC", "CDC"),
        ("DJE98", "DJE98"),
        ("ANTOINE DUPRET", "ANTOINE DUPRET"),
        ("John Smith III", "John Smith III"),
        ("Jane Doe PhD", "Jane Doe PhD"),
        ("张伟", "张伟"),
    ],
)
def test_only_family_names_in_capitals_beside_a_normal_word_are_re_cased(written: str, shown: str) -> None:
    assert display_name(written) == shown
