"""The people of a program: one entry each, merges on strong evidence, settings that settle."""

from __future__ import annotations

from datetime import date

import attrs
import pytest

from program.loading import Loaded, load_program
from program.model import Item, Kind, SourceRef
from program.people import build_people, directory, variants
from program.people.candidates import MATCHES_PER_NAME
from program.settings import FeedSpec, Settings

from conftest import LoadText
from helpers import CHICAGO, entry


def _two_items(first: str, second: str) -> str:
    return entry("-", "Paper One", "(Poster)", people=first) + entry("-", "Paper Two", "(Poster)", people=second)


def test_sample_keckler_once_with_the_steve_alias(sample: Loaded) -> None:
    kecklers = [person for person in sample.program.people if "keckler" in person.sort_key.casefold()]

    assert [(person.display, person.aliases, len(person.items)) for person in kecklers] == [
        ("Stephen Keckler", ("Steve Keckler",), 1)
    ]


def test_sample_pan_and_khailany_are_each_on_two_papers(sample: Loaded) -> None:
    program = sample.program
    papers_of = {
        person.display: {program.items_by_id()[item].paper for item in person.items}
        for person in program.people
        if person.display in ("David Pan", "Brucek Khailany")
    }

    assert {name: len(papers) for name, papers in papers_of.items()} == {"David Pan": 2, "Brucek Khailany": 2}


def test_sample_spotlight_authors_show_spotlight_and_poster(sample: Loaded) -> None:
    program = sample.program
    by_id = program.items_by_id()
    spotlight_authors = {name for item in program.items if item.kind is Kind.SPOTLIGHT for name in item.people}

    kinds = {
        person.name: sorted(by_id[item].kind.value for item in person.items if by_id[item].paper)
        for person in program.people
        if person.name in spotlight_authors
    }

    assert len(kinds) == 3 + 8 + 6 + 3 + 7 + 7
    assert all(kinds_of.count("spotlight") >= 1 and kinds_of.count("poster") >= 1 for kinds_of in kinds.values())


def test_nickname_on_another_item_is_merged_and_reported(load_text: LoadText) -> None:
    loaded = load_text(_two_items("Bill Dally", "William Dally"))

    assert [(person.name, person.aliases, len(person.items)) for person in loaded.program.people] == [
        ("William Dally", ("Bill Dally",), 2)
    ]
    assert [(problem.code, problem.message) for problem in loaded.program.problems] == [
        (
            "name-merged",
            "merged 'Bill Dally' (line 1) and 'William Dally' (line 9) into one person: same family name and "
            "'Bill' is a nickname of 'William' (list them in [people] different if they are two people)",
        )
    ]


def test_initial_on_another_item_is_merged(load_text: LoadText) -> None:
    loaded = load_text(_two_items("S. Keckler", "Stephen Keckler"))

    assert [(person.name, person.aliases) for person in loaded.program.people] == [("Stephen Keckler", ("S. Keckler",))]


def test_variants_together_on_one_item_stay_apart_and_are_reported(load_text: LoadText) -> None:
    loaded = load_text(entry("-", "Paper", "(Poster)", people="J. Smith · John Smith"))

    assert [person.name for person in loaded.program.people] == ["J. Smith", "John Smith"]
    assert [problem.code for problem in loaded.program.problems] == ["name-variant"]


def test_different_given_names_are_neither_merged_nor_reported(load_text: LoadText) -> None:
    loaded = load_text(_two_items("Dan Zhang", "David Zhang"))

    assert [person.name for person in loaded.program.people] == ["Dan Zhang", "David Zhang"]
    assert loaded.program.problems == ()


ICLR2020 = "penny9287/acl-2020-virtual-conference sitedata/papers.csv at d81a8ce (ICLR 2020's 687 papers)"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Lines 561 and 734 of the Mini-Conf file (ICLR2020): a hyphenated given name is one name, not a
        # given name and a middle name (Jun Wang of graph attention; Jun-Kun Wang of saddle points).
        ("Jun Wang", "Jun-Kun Wang"),
        ("Yi Wu", "Yi-Fu Wu"),  # lines 603 and 765
        # Lines 615 and 616: M. Pawan Kumar goes by Pawan; Manoj Kumar is VideoFlow's first author.
        ("Manoj Kumar", "M. Pawan Kumar"),
    ],
)
def test_real_different_people_with_one_family_name_stay_apart(first: str, second: str, load_text: LoadText) -> None:
    loaded = load_text(_two_items(first, second))

    assert sorted(person.name for person in loaded.program.people) == sorted([first, second])
    assert loaded.program.problems == ()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Sashank J. Reddi", "Sashank Reddi"),  # ICLR2020 lines 223 and 592: a left-out middle initial
        ("Steven Hoi", "Steven C.H. Hoi"),  # lines 172 and 241
        ("Philip H. S. Torr", "Philip H. Torr"),  # lines 168 and 833
        ("J. Robert Smith", "John Robert Smith"),  # made up: the initialled spelling's full name is the other's
    ],
)
def test_real_variants_of_one_person_are_still_merged(first: str, second: str, load_text: LoadText) -> None:
    loaded = load_text(_two_items(first, second))

    assert len(loaded.program.people) == 1
    assert [problem.code for problem in loaded.program.problems] == ["name-merged"]


def test_spellings_differing_in_case_and_accents_are_one_person(load_text: LoadText) -> None:
    loaded = load_text(_two_items("Antoine DUPRET", "Antoine Dupret"))

    assert [(person.display, person.aliases, person.sort_key) for person in loaded.program.people] == [
        ("Antoine Dupret", ("Antoine Dupret",), "Dupret, Antoine")
    ]


def _load_with(tmp_path_text: tuple[object, str], **settings: object) -> Loaded:
    folder, text = tmp_path_text
    path = folder / "feed.txt"  # type: ignore[operator]
    path.write_text(text, encoding="utf-8")
    return load_program(
        Settings(feeds=(FeedSpec(path),), first_date=date(2022, 12, 3), timezone=CHICAGO, **settings)  # type: ignore[arg-type]
    )


def test_program_file_aliases_join_and_different_separates(tmp_path: object) -> None:
    joined = _load_with(
        (tmp_path, _two_items("Bob Smith", "Robert J. Smith")), aliases={"Bob Smith": "Robert J. Smith"}
    )
    separate = _load_with(
        (tmp_path, _two_items("Bill Dally", "William Dally")), different=(("Bill Dally", "William Dally"),)
    )

    assert [(person.name, person.aliases) for person in joined.program.people] == [("Robert J. Smith", ("Bob Smith",))]
    assert [person.name for person in separate.program.people] == ["Bill Dally", "William Dally"]
    assert separate.program.problems == ()


def test_keep_case_and_locale_settings(tmp_path: object) -> None:
    text = _two_items("Anders ÄNGSTRÖM · Zoe Zed", "Ole Olsen")

    swedish = _load_with((tmp_path, text), locale="sv", keep_case=True)

    assert [person.sort_key for person in swedish.program.people] == ["Olsen, Ole", "Zed, Zoe", "ÄNGSTRÖM, Anders"]


def test_names_from_an_export_are_shown_as_written() -> None:
    spelt = ("Antoine DUPRET", "CDC")
    exported = Item("talk-a", Kind.TALK, "A", SourceRef("schedule.xml", 1), people=spelt)
    scraped = attrs.evolve(exported, id="talk-b", scraped=True)

    from_export, _ = build_people([exported])
    from_page, _ = build_people([scraped])

    assert sorted(person.display for person in from_export) == ["Antoine DUPRET", "CDC"]
    assert sorted(person.display for person in from_page) == ["Antoine Dupret", "CDC"]


def _ids_by_name(*names: str) -> dict[str, str]:
    items = [
        Item(f"talk-{number}", Kind.TALK, f"Talk {number}", SourceRef("page.txt", number), people=(name,))
        for number, name in enumerate(names, start=1)
    ]
    people, _ = build_people(items)
    return {person.name: person.id for person in people}


def test_colliding_ids_keep_their_owners_when_a_third_person_is_added() -> None:
    # "ø", "œ" and "đ" have no ASCII form: all three names slug to "sren-berg".
    before = _ids_by_name("Søren Berg", "Sœren Berg")
    after = _ids_by_name("Sđren Berg", "Sœren Berg", "Søren Berg")  # met first, and reordered

    assert len(set(after.values())) == 3
    assert {name: after[name] for name in before} == before
    assert all(person_id.startswith("sren-berg-") for person_id in after.values())


def test_the_bare_id_stays_with_the_name_it_spells() -> None:
    alone = _ids_by_name("Sren Berg")
    crowded = _ids_by_name("Søren Berg", "Sren Berg", "Sœren Berg")

    assert alone == {"Sren Berg": "sren-berg"}
    assert crowded["Sren Berg"] == "sren-berg"
    assert crowded["Søren Berg"] != crowded["Sœren Berg"]


def test_the_index_files_by_letters_first_punctuation_and_spaces_after(load_text: LoadText) -> None:
    """ICU's alternate = shifted, as index editors file: O'Neil after Okafor, not before it."""
    people = "Mary O'Neil · Samuel Okafor · Ann Onyango · Paul Ó Briain · Ada Lee · Tom Lee-Roy · Eve Leroux"
    loaded = load_text(entry("-", "A Paper", "(Poster)", people=people))

    assert [person.sort_key for person in loaded.program.people] == [
        "Lee, Ada",
        "Lee-Roy, Tom",
        "Leroux, Eve",
        "Ó Briain, Paul",
        "Okafor, Samuel",
        "O'Neil, Mary",
        "Onyango, Ann",
    ]


def test_matching_thousands_of_similar_names_judges_a_bounded_number_of_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    # Issue 32: one item of 8,000 people of similar names took 281 s; every pair of one
    # family name and one head given name was judged. Pairs are found by index now, and
    # each name is judged against at most MATCHES_PER_NAME others.
    names = ["Ada Wang", "A. Wang", *(f"Ada {_made_up(number)} Wang" for number in range(3000))]
    judged = 0
    evidence = variants.given_name_evidence

    def counted(first: str, second: str) -> str | None:
        nonlocal judged
        judged += 1
        return evidence(first, second)

    monkeypatch.setattr(directory, "given_name_evidence", counted)
    item = Item("talk-a", Kind.TALK, "A", SourceRef("page.txt", 1), people=tuple(names))

    people, problems = build_people([item])

    assert len(people) == len(names)
    assert judged <= MATCHES_PER_NAME * len(names)
    assert len(problems) <= MATCHES_PER_NAME * len(names)
    # The first names still meet their evidence: "Ada Wang" leaves out a middle name of the next ones.
    assert any("'Ada Wang'" in problem.message and "'Ada Ba Wang'" in problem.message for problem in problems)


def _made_up(number: int) -> str:
    """Return a different made-up middle name for each number ("Ba", "Be", …)."""
    letters = "bdfgklmnprstvz"
    word = ""
    number += 1
    while number:
        number, rest = divmod(number - 1, len(letters))
        word = letters[rest] + "aeiou"[rest % 5] + word
    return word.capitalize()
