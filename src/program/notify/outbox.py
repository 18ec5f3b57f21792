"""The outbox: one .eml per notice, and summary.csv saying who is told what and where it stands.

The outbox folder holds what this run made: `<person id>.eml` for every person told,
summary.csv, and sent.csv (what `--send` sent, kept across runs). Messages of an earlier
run that this one does not make are removed, so the folder always shows one version.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from email.message import EmailMessage
from pathlib import Path

import attrs

from program.errors import OutputError
from program.model import Program
from program.notify.calendar import notice_calendar
from program.notify.messages import MessageOptions, message
from program.notify.notices import Notice
from program.publish import write_file
from program.writers.base import RenderOptions
from program.writers.spreadsheet import csv_text

SUMMARY = "summary.csv"
SUMMARY_HEADER = ("person", "person_id", "email", "changes", "items", "file", "status")
READY = "ready"
NO_ADDRESS = "no address"


@attrs.frozen
class Outgoing:
    """One person's message.

    Attributes:
        notice: what they are told.
        mail: the message.
        data: its bytes as written to the outbox (and sent).
        status: "ready", "no address", or after --send "sent", "sent before", "refused: …".
    """

    notice: Notice
    mail: EmailMessage
    data: bytes
    status: str

    @property
    def file(self) -> str:
        """The message's file name in the outbox."""
        return f"{self.notice.person.id}.eml"

    @property
    def key(self) -> str:
        """What sent.csv knows the message by: the hash of its bytes (equal bytes, sent once)."""
        return hashlib.sha256(self.data).hexdigest()


def prepare(
    found: Sequence[Notice], program: Program, options: MessageOptions, render: RenderOptions
) -> list[Outgoing]:
    """Return the message of each notice, with its calendar (`program` has its revisions carried on)."""
    outgoing = []
    for notice in found:
        calendar = notice_calendar(notice, program, render, sender=options.sender, stamp=options.stamp)
        mail = message(notice, program, options, calendar)
        status = READY if notice.person.email else NO_ADDRESS
        outgoing.append(Outgoing(notice, mail, mail.as_bytes(), status))
    return outgoing


def write_outbox(outgoing: Sequence[Outgoing], folder: Path) -> list[Path]:
    """Write each message and summary.csv into `folder`; remove messages an earlier run left there.

    Raises:
        OutputError: when the folder cannot be written.
    """
    written = []
    for sent in outgoing:
        path = folder / sent.file
        write_file(path, sent.data)
        written.append(path)
    keep = {sent.file for sent in outgoing}
    for stale in sorted(folder.glob("*.eml")):
        if stale.name not in keep:
            try:
                stale.unlink()
            except OSError as error:
                raise OutputError(f"{stale.as_posix()}: cannot remove a message of an earlier run: {error}") from None
    written.append(write_summary(outgoing, folder))
    return written


def write_summary(outgoing: Iterable[Outgoing], folder: Path) -> Path:
    """Write summary.csv: a row per person told, with what changed and the message's status."""
    rows = []
    for sent in outgoing:
        person = sent.notice.person
        items = "; ".join(_item_title(item.new or item.old) for item in sent.notice.items)
        changes = "; ".join(told.value for told in sent.notice.told)
        rows.append((person.display, person.id, person.email or "", changes, items, sent.file, sent.status))
    path = folder / SUMMARY
    write_file(path, csv_text(SUMMARY_HEADER, rows).encode())
    return path


def _item_title(item: object) -> str:
    return str(getattr(item, "title", ""))
