"""`program notify --send` against a real SMTP server (aiosmtpd) started here."""

from __future__ import annotations

import csv
import socket
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import icalendar
import pytest

from program.cli.main import main

from helpers import event_sequence, notify_args

aiosmtpd_controller = pytest.importorskip("aiosmtpd.controller")

REFUSED = "daixuan@mail.example"


class Recorder:
    """An SMTP handler that keeps every message and refuses one recipient with 550."""

    def __init__(self) -> None:
        self.received: list[tuple[list[str], bytes]] = []

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:  # noqa: N802 (aiosmtpd's name)
        """Accept every recipient but REFUSED."""
        if address == REFUSED:
            return "550 5.1.1 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 (aiosmtpd's name)
        """Keep the message as received."""
        self.received.append((list(envelope.rcpt_tos), bytes(envelope.original_content)))
        return "250 Message accepted"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def server() -> Iterator[tuple[Recorder, int]]:
    recorder = Recorder()
    port = _free_port()
    controller = aiosmtpd_controller.Controller(recorder, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield recorder, port
    finally:
        controller.stop()


def _send(notify_pair: Path, outbox: Path, port: int) -> int:
    sending = ("--from", "program@mlsys.example", "--send", f"smtp://127.0.0.1:{port}")
    return main(notify_args(notify_pair, "--out", str(outbox), *sending))


def _summary(outbox: Path) -> dict[str, str]:
    with (outbox / "summary.csv").open(encoding="utf-8-sig", newline="") as file:
        return {row["person_id"]: row["status"] for row in csv.DictReader(file)}


def test_send_delivers_every_message_once_and_reports_the_refused_one(
    notify_pair: Path, server: tuple[Recorder, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PROGRAM_SMTP_USER", raising=False)
    recorder, port = server
    outbox = tmp_path / "outbox"
    assert _send(notify_pair, outbox, port) == 3  # one recipient refused
    delivered = {tuple(rcpt): data for rcpt, data in recorder.received}
    assert sorted(delivered) == [
        ("ada@mail.example",),
        ("jian@mail.example",),
        ("newsha@mail.example",),
        ("riyadh@mail.example",),
        ("ryan@mail.example",),
    ]
    assert _summary(outbox) == {
        "riyadh-baghdadi": "sent",
        "newsha-ardalani": "sent",
        "jian-huang": "sent",
        "daixuan-li": "refused: 550 5.1.1 no such mailbox",
        "jinghan-sun": "no address",
        "ryan-adams": "sent",
        "ada-lovelace": "sent",
    }
    mail = message_from_bytes(delivered[("riyadh@mail.example",)], policy=policy.default)
    assert isinstance(mail, EmailMessage)
    (attachment,) = [part for part in mail.iter_attachments() if part.get_content_type() == "text/calendar"]
    calendar = icalendar.Calendar.from_ical(attachment.get_content())
    (event,) = calendar.walk("VEVENT")
    old = icalendar.Calendar.from_ical((notify_pair / "out-old" / "people" / "riyadh-baghdadi.ics").read_bytes())
    (old_event,) = old.walk("VEVENT")
    assert str(event["UID"]) == str(old_event["UID"])
    assert event_sequence(event) > event_sequence(old_event)
    assert event.decoded("DTSTART") != old_event.decoded("DTSTART")
    assert event.decoded("DTSTART").strftime("%H:%M") == "16:00"

    recorder.received.clear()
    assert _send(notify_pair, outbox, port) == 3  # the refused one is tried again, and refused again
    assert recorder.received == []
    assert _summary(outbox)["riyadh-baghdadi"] == "sent before"


def test_send_to_an_unreachable_server_says_so_and_sends_nothing(
    notify_pair: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outbox = tmp_path / "outbox"
    assert _send(notify_pair, outbox, _free_port()) == 1
    assert "cannot send" in capsys.readouterr().err
    assert not (outbox / "sent.csv").exists()


def test_send_refuses_credentials_in_the_url(
    notify_pair: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sending = ("--from", "a@b.example", "--send", "smtp://u:secret@host:25")
    status = main(notify_args(notify_pair, "--out", str(tmp_path / "o"), *sending))
    assert status == 2
    assert "PROGRAM_SMTP_PASSWORD" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()
