"""Addresses from a spreadsheet's Email column and from a people file: given to the right people, never published."""

from __future__ import annotations

import os
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from program.cli.main import main
from program.model import Person
from program.people.addresses import give_addresses

SHEET = """Date,Start,End,Title,Speaker,Email,Room
2025-06-14,09:00,09:30,Opening talk,Ada Lee,ada.secret@mail.example,Hall A
2025-06-14,09:30,10:00,Second talk,Bo Chen; Cy Dee,bo.secret@mail.example; cy.secret@mail.example,Hall B
"""
ZONE = ["--timezone", "Europe/Berlin"]


def _all_bytes(folder: Path) -> bytes:
    return b"".join(
        (Path(root) / name).read_bytes() for root, _, names in os.walk(folder, followlinks=True) for name in names
    )


def test_spreadsheet_email_column_reaches_notify_but_no_public_output(tmp_path: Path) -> None:
    (tmp_path / "old.csv").write_text(SHEET, encoding="utf-8")
    (tmp_path / "new.csv").write_text(SHEET.replace("09:30,10:00,Second", "11:00,11:30,Second"), encoding="utf-8")
    assert main(["build", "--no-pdf", str(tmp_path / "old.csv"), *ZONE, "--out", str(tmp_path / "out")]) == 0
    assert b"secret@" not in _all_bytes(tmp_path / "out")
    args = ["notify", str(tmp_path / "new.csv"), *ZONE, "--previous", str(tmp_path / "out" / "program.json")]
    assert main([*args, "--from", "org@mail.example", "--out", str(tmp_path / "outbox")]) == 0
    told = {
        path.stem: message_from_bytes(path.read_bytes(), policy=policy.default)
        for path in (tmp_path / "outbox").glob("*.eml")
    }
    assert {name: str(mail["To"]) for name, mail in told.items()} == {
        "bo-chen": "Bo Chen <bo.secret@mail.example>",
        "cy-dee": "Cy Dee <cy.secret@mail.example>",
    }


def _person(name: str) -> Person:
    key = name.lower().replace(" ", "-")
    return Person(id=key, name=name, display=name, sort_key=name)


def test_give_addresses_matches_spellings_and_variants_and_refuses_ambiguity() -> None:
    people = [_person("Stephen Keckler"), _person("Jian Wang"), _person("Jun Wang"), _person("Ada Lee")]
    given = give_addresses(
        people,
        [
            ("Steve Keckler", "s@x.example"),
            ("J. Wang", "j@x.example"),
            ("ADA LEE", "a@x.example"),
            ("Zed", "z@x.example"),
        ],
    )
    assert {person.id: person.email for person in given.people} == {
        "stephen-keckler": "s@x.example",
        "jian-wang": None,
        "jun-wang": None,
        "ada-lee": "a@x.example",
    }
    assert given.unmatched == ("Zed",)
    assert given.ambiguous == (("J. Wang", ("Jian Wang", "Jun Wang")),)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("name,email\nAda,not-an-address\n", "people.csv:2: error: expected an email address, found 'not-an-address'"),
        (
            "who,where\nAda,a@x.example\n",
            "people.csv:1: error: expected a header with a 'name' column (name, email), found 'who', 'where'",
        ),
    ],
)
def test_people_file_errors_name_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, text: str, expected: str
) -> None:
    (tmp_path / "people.csv").write_text(text, encoding="utf-8")
    (tmp_path / "a.csv").write_text(SHEET, encoding="utf-8")
    assert main(["build", "--no-pdf", str(tmp_path / "a.csv"), *ZONE, "--out", str(tmp_path / "out")]) == 0
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    args = ["notify", "a.csv", *ZONE, "--previous", "out/program.json", "--people", "people.csv"]
    assert main([*args, "--from", "org@mail.example", "--out", "outbox"]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == expected
    assert not (tmp_path / "outbox").exists()
