"""`program notify` on a real before/after pair.

Seed 002 with a talk moved, one cancelled, one renamed and a speaker replaced (`helpers.NOTIFY_EDITS`).
"""

from __future__ import annotations

import csv
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import icalendar
import pytest

from program.cli.main import main

from helpers import event_sequence, notify_args

TOLD = {
    "riyadh-baghdadi": "moved",
    "newsha-ardalani": "cancelled",
    "jian-huang": "renamed",
    "daixuan-li": "renamed",
    "jinghan-sun": "renamed",
    "ryan-adams": "removed",
    "ada-lovelace": "added",
}


def _notify(notify_pair: Path, outbox: Path, *more: str) -> int:
    return main(notify_args(notify_pair, "--out", str(outbox), "--from", "program@mlsys.example", *more))


@pytest.fixture(scope="module")
def outbox(notify_pair: Path) -> Path:
    assert _notify(notify_pair, notify_pair / "outbox") == 0
    return notify_pair / "outbox"


def _message(path: Path) -> EmailMessage:
    parsed = message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def _attachment(mail: EmailMessage) -> icalendar.Calendar:
    parts = [part for part in mail.iter_attachments() if part.get_content_type() == "text/calendar"]
    assert len(parts) == 1
    assert parts[0].get_param("method") == "PUBLISH"
    return icalendar.Calendar.from_ical(parts[0].get_content())


def test_notify_writes_one_message_per_affected_presenter_and_none_for_the_others(outbox: Path) -> None:
    assert sorted(path.stem for path in outbox.glob("*.eml")) == sorted(TOLD)


def test_notify_summary_lists_everyone_told_with_their_change_and_status(outbox: Path) -> None:
    with (outbox / "summary.csv").open(encoding="utf-8-sig", newline="") as file:
        rows = {row["person_id"]: row for row in csv.DictReader(file)}
    assert {person: row["changes"] for person, row in rows.items()} == TOLD
    assert rows["jinghan-sun"]["status"] == "no address"
    assert rows["jinghan-sun"]["email"] == ""
    assert rows["riyadh-baghdadi"]["email"] == "riyadh@mail.example"  # "R. Baghdadi" in the people file
    assert rows["riyadh-baghdadi"]["status"] == "ready"


def test_notify_message_has_plain_and_html_parts_saying_what_changed(outbox: Path) -> None:
    mail = _message(outbox / "riyadh-baghdadi.eml")
    assert str(mail["To"]) == "Riyadh Baghdadi <riyadh@mail.example>"
    assert mail["From"].addresses[0].addr_spec == "program@mlsys.example"
    plain = mail.get_body(("plain",))
    html = mail.get_body(("html",))
    assert plain is not None and html is not None
    line = (
        "“Riyadh Baghdadi - Invited Talk” has moved: now Sat 3 Dec, 4:00 p.m.–4:45 p.m. "
        "(it was Sat 3 Dec, 3:45 p.m.–4:30 p.m.)."
    )
    assert f"- {line}" in plain.get_content().splitlines()
    assert f"  <li>{line}</li>" in html.get_content().splitlines()


def _event(calendar: icalendar.Calendar, uid: str) -> icalendar.Event:
    found = [event for event in calendar.walk("VEVENT") if isinstance(event, icalendar.Event) and event.uid == uid]
    assert len(found) == 1
    return found[0]


def test_notify_attachment_updates_the_event_of_the_first_versions_calendar(notify_pair: Path, outbox: Path) -> None:
    before = icalendar.Calendar.from_ical((notify_pair / "out-old" / "people" / "riyadh-baghdadi.ics").read_bytes())
    after = _attachment(_message(outbox / "riyadh-baghdadi.eml"))
    (old_event,) = before.walk("VEVENT")
    new_event = _event(after, str(old_event["UID"]))
    assert event_sequence(new_event) == event_sequence(old_event) + 1
    assert new_event.decoded("DTSTART").strftime("%H:%M") == "16:00"
    assert old_event.decoded("DTSTART").strftime("%H:%M") == "15:45"
    assert str(after["METHOD"]) == "PUBLISH"


def test_notify_cancelled_item_is_status_cancelled_in_the_attachment(notify_pair: Path, outbox: Path) -> None:
    before = icalendar.Calendar.from_ical((notify_pair / "out-old" / "people" / "newsha-ardalani.ics").read_bytes())
    (old_event,) = before.walk("VEVENT")
    event = _event(_attachment(_message(outbox / "newsha-ardalani.eml")), str(old_event["UID"]))
    assert str(event["STATUS"]) == "CANCELLED"
    assert event_sequence(event) > event_sequence(old_event)


def test_notify_replaced_speaker_is_told_and_their_event_cancelled_for_them(notify_pair: Path, outbox: Path) -> None:
    before = icalendar.Calendar.from_ical((notify_pair / "out-old" / "people" / "ryan-adams.ics").read_bytes())
    spotlight = next(event for event in before.walk("VEVENT") if str(event["SUMMARY"]).startswith("A code"))
    mail = _message(outbox / "ryan-adams.eml")
    event = _event(_attachment(mail), str(spotlight["UID"]))
    assert str(event["STATUS"]) == "CANCELLED"
    body = mail.get_body(("plain",))
    assert body is not None
    told = "- You are no longer on “A code superoptimizer through neural Monte-Carlo tree search” (Sat 3 Dec, "
    assert any(line.startswith(told) for line in body.get_content().splitlines())


def test_notify_renamed_item_keeps_its_uid(notify_pair: Path, outbox: Path) -> None:
    before = icalendar.Calendar.from_ical((notify_pair / "out-old" / "people" / "jian-huang.ics").read_bytes())
    old_uids = {str(event["UID"]): event for event in before.walk("VEVENT") if "Storage" in str(event["SUMMARY"])}
    after = _attachment(_message(outbox / "jian-huang.eml"))
    renamed = [event for event in after.walk("VEVENT") if str(event["UID"]) in old_uids]
    # The spotlight and the two poster sessions showing the poster: every old event, under the new title.
    assert len(renamed) == len(old_uids) == 3
    assert all(
        str(event["SUMMARY"]).endswith("Learning to Drive Software-Defined Storage Systems") for event in renamed
    )


def test_notify_same_input_gives_the_same_bytes(notify_pair: Path, outbox: Path) -> None:
    again = notify_pair / "outbox-again"
    assert _notify(notify_pair, again) == 0
    names = sorted(path.name for path in outbox.iterdir())
    assert names == sorted(path.name for path in again.iterdir())
    assert all((outbox / name).read_bytes() == (again / name).read_bytes() for name in names)


def test_notify_warns_of_people_file_names_nobody_has(notify_pair: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _notify(notify_pair, notify_pair / "outbox-warned") == 0
    assert "'Nobody Here' is nobody in the program; no address given" in capsys.readouterr().err


def test_notify_refuses_a_from_that_is_no_address(notify_pair: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(notify_args(notify_pair, "--out", str(notify_pair / "x"), "--from", "organisers")) == 2
    assert "--from expects an address" in capsys.readouterr().err
    assert not (notify_pair / "x").exists()


def test_notify_speaks_the_programs_language(notify_pair: Path) -> None:
    outbox = notify_pair / "outbox-de"
    assert _notify(notify_pair, outbox, "--locale", "de") == 0
    mail = _message(outbox / "riyadh-baghdadi.eml")
    plain = mail.get_body(("plain",))
    html = mail.get_body(("html",))
    assert plain is not None and html is not None

    assert str(mail["Subject"]).startswith("Ihr Programm bei ")
    assert (
        "- „Riyadh Baghdadi - Invited Talk“ wurde verlegt: jetzt Sa., 3. Dez., 16:00–16:45 "
        "(vorher Sa., 3. Dez., 15:45–16:30)."
    ) in plain.get_content().splitlines()
    assert '<html lang="de">' in html.get_content()
