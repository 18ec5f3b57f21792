"""One display form per person in every output, and namesakes told apart by the item they are on."""

from __future__ import annotations

from program.model import Item, Kind, Person, Program, SourceRef
from program.writers.shown_names import NamedPeople


def _talk(number: int, *people: str) -> Item:
    return Item(f"talk-{number}", Kind.TALK, f"Talk {number}", SourceRef("schedule.xml", number), people=people)


def test_any_spelling_shows_the_persons_display_form() -> None:
    keckler = Person("stephen-keckler", "Stephen Keckler", "Stephen Keckler", "Keckler, Stephen", ("Steve Keckler",))
    names = NamedPeople(Program("Test", "UTC", items=(_talk(1, "Steve Keckler"),), people=(keckler,)))

    assert names.joined(["steve KECKLER", "Stephen Keckler", "Nobody Known"]) == (
        "Stephen Keckler, Stephen Keckler, Nobody Known"
    )


def test_one_spelling_of_two_people_names_the_one_on_the_item() -> None:
    first = Person("alex-kim-1", "Alex Kim", "Alex Kim", "Kim, Alex", items=("talk-1",))
    second = Person("alex-kim-2", "ALEX KIM", "ALEX KIM", "Kim, Alex", items=("talk-2",))
    names = NamedPeople(
        Program("Test", "UTC", items=(_talk(1, "Alex Kim"), _talk(2, "ALEX KIM")), people=(first, second))
    )

    assert [names.person("Alex Kim", on) for on in ("talk-1", "talk-2")] == [first, second]
    assert names.shown_on(_talk(2, "Alex Kim")) == ["ALEX KIM"]
