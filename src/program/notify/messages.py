"""One notice as an RFC 5322 message: plain text, HTML, and the person's calendar attached.

Made with the standard library's `email` package (policy SMTP: CRLF lines, headers encoded
and folded by it). Nothing comes from the clock or the host: the Date is when the program
changed (SOURCE_DATE_EPOCH, the program file's `updated`…), and the Message-ID a hash of the
message's own content at the sender's domain, so the same input gives the same bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

import attrs

from program.i18n import Lang
from program.model import Program
from program.notify.notices import ItemNotice, Notice, Told
from program.notify.texts import NoticeTexts, notice_texts, when_text, where_text
from program.writers.clean_text import title_text
from program.writers.templating import render

TEMPLATE = "notice.html.j2"


@attrs.frozen
class Letter:
    """What a message says, before it becomes one.

    Attributes:
        subject: the subject line.
        greeting: "Hello Ada Lee,".
        intro: the sentence before the changes.
        changes: one line per change, plain text.
        calendar_note: what the attachment is (or that there is none).
        closing: who sends it.
    """

    subject: str
    greeting: str
    intro: str
    changes: tuple[str, ...]
    calendar_note: str
    closing: str

    def plain(self) -> str:
        """The plain-text part."""
        listed = "\n".join(f"- {line}" for line in self.changes)
        return f"{self.greeting}\n\n{self.intro}\n\n{listed}\n\n{self.calendar_note}\n\n{self.closing}\n"


def letter(notice: Notice, program: Program, texts: NoticeTexts, *, lang: Lang, calendar: bool) -> Letter:
    """Return what `notice` says, in the language of `texts`."""
    lines = [line for item in notice.items for line in change_lines(item, texts, lang=lang)]
    return Letter(
        subject=texts.subject.format(title=program.title),
        greeting=texts.greeting.format(name=notice.person.display),
        intro=texts.intro.format(title=program.title),
        changes=tuple(lines),
        calendar_note=texts.calendar if calendar else texts.no_calendar,
        closing=texts.closing.format(title=program.title),
    )


def change_lines(notice: ItemNotice, texts: NoticeTexts, *, lang: Lang) -> Iterator[str]:
    """The lines telling one item's change, in `Told` order."""
    old, new = notice.old, notice.new
    latest = new or old
    title = title_text(latest) if latest is not None else ""
    for told in notice.told:
        if told is Told.MOVED:
            before = when_text(old, texts, lang=lang)
            yield texts.moved.format(title=title, old=before, new=when_text(new, texts, lang=lang))
        elif told is Told.ROOM:
            yield texts.room.format(title=title, old=where_text(old, texts), new=where_text(new, texts))
        elif told is Told.BOARD:
            yield texts.board.format(title=title, old=_board(old), new=_board(new))
        elif told is Told.RENAMED and old is not None:
            yield texts.renamed.format(old=title_text(old), new=title)
        elif told is Told.CANCELLED:
            yield texts.cancelled.format(title=title, when=when_text(old, texts, lang=lang))
        elif told is Told.ADDED:
            when = when_text(new, texts, lang=lang)
            yield texts.added.format(title=title, when=when, where=where_text(new, texts))
        elif told is Told.DROPPED:
            yield texts.removed.format(title=title, when=when_text(new, texts, lang=lang))


def _board(item: object) -> str:
    board = getattr(item, "board", None)
    return str(board) if board else "–"


@attrs.frozen
class MessageOptions:
    """How messages are made.

    Attributes:
        sender: the From address (--from).
        stamp: the Date: when the program changed.
        lang: the program's language and clock (dates, times and the texts' language).
        templates: a folder of templates overriding the shipped notice.html.j2, or None.
        texts: the texts, in the program's language.
    """

    sender: str
    stamp: datetime
    lang: Lang = attrs.field(factory=Lang)
    templates: Path | None = None
    texts: NoticeTexts = attrs.field(
        default=attrs.Factory(lambda options: notice_texts(options.lang.gettext), takes_self=True)
    )


def message(notice: Notice, program: Program, options: MessageOptions, calendar: bytes | None) -> EmailMessage:
    """Return the notice as a message to the person (no To when their address is unknown)."""
    said = letter(notice, program, options.texts, lang=options.lang, calendar=calendar is not None)
    mail = EmailMessage(policy=SMTP)
    mail["From"] = Address(program.title, addr_spec=options.sender)
    if notice.person.email:
        mail["To"] = Address(notice.person.display, addr_spec=notice.person.email)
    mail["Subject"] = said.subject
    mail["Date"] = format_datetime(options.stamp)
    mail["Auto-Submitted"] = "auto-generated"  # RFC 3834: no out-of-office replies to a notice
    mail.set_content(said.plain())
    html = render(TEMPLATE, options.templates, letter=said, lang=options.lang.tag)
    mail.add_alternative(html, subtype="html")
    if calendar is not None:
        name = f"{notice.person.id}.ics"
        mail.add_attachment(calendar, maintype="text", subtype="calendar", filename=name, params={"method": "PUBLISH"})
    _fix_boundaries(mail)
    mail["Message-ID"] = f"<{_content_hash(mail)}@{options.sender.rpartition('@')[2]}>"
    return mail


def _fix_boundaries(mail: EmailMessage) -> None:
    """Give each multipart a boundary made from its content: the email package draws them at random."""
    for depth, part in enumerate(part for part in mail.walk() if part.is_multipart()):
        leaves = b"".join(leaf.as_bytes() for leaf in part.walk() if not leaf.is_multipart())
        part.set_boundary(f"=_{depth}_{hashlib.sha256(leaves).hexdigest()[:40]}")


def _content_hash(mail: EmailMessage) -> str:
    """A hash of everything the message says and to whom: equal messages, equal ids."""
    return hashlib.sha256(mail.as_bytes()).hexdigest()[:32]
