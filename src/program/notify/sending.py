"""Sending the outbox over SMTP, each message once.

`smtp://host:port` uses STARTTLS whenever the server offers it; `smtps://host:port` is
TLS from the first byte. A user and password come from PROGRAM_SMTP_USER and
PROGRAM_SMTP_PASSWORD, never from the command line (which other users see in `ps`), and
are sent only over TLS. What was sent is appended to sent.csv in the outbox, keyed by the
hash of the message's bytes, so a second run sends nothing twice; a message the server
refuses (a 550 for its recipient) is recorded as refused and the others go on.
"""

from __future__ import annotations

import csv
import io
import os
import smtplib
import ssl
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

import attrs

from program.errors import OutputError, UsageError
from program.notify.outbox import NO_ADDRESS, Outgoing

SENT = "sent.csv"
SENT_HEADER = ("sha256", "message_id", "person_id", "to")
USER_VARIABLE = "PROGRAM_SMTP_USER"
PASSWORD_VARIABLE = "PROGRAM_SMTP_PASSWORD"
SENT_BEFORE = "sent before"
TIMEOUT = 60.0
"""Seconds to wait for the server at any step."""


@attrs.frozen
class Server:
    """Where to send: host, port, and whether TLS starts at once (smtps) or by STARTTLS (smtp)."""

    host: str
    port: int
    implicit_tls: bool = False


def parse_server(url: str) -> Server:
    """Return the server an `smtp://host:port` or `smtps://host:port` URL names.

    Raises:
        UsageError: for another scheme, no host, a bad port, or a user or password in the URL.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
        raise UsageError(f"--send expects smtp://HOST:PORT or smtps://HOST:PORT, found {url!r}")
    if parts.username or parts.password:
        raise UsageError(f"--send takes no user or password: set {USER_VARIABLE} and {PASSWORD_VARIABLE}")
    try:
        port = parts.port
    except ValueError:
        raise UsageError(f"--send: the port of {url!r} is not a number from 1 to 65535") from None
    implicit = parts.scheme == "smtps"
    return Server(parts.hostname, port or (465 if implicit else 587), implicit)


def sent_keys(folder: Path) -> set[str]:
    """The hashes of the messages sent.csv says were sent."""
    path = folder / SENT
    if not path.exists():
        return set()
    with path.open(encoding="utf-8", newline="") as file:
        return {row["sha256"] for row in csv.DictReader(file) if row.get("sha256")}


def send_outbox(outgoing: Sequence[Outgoing], server: Server, sender: str, folder: Path) -> list[Outgoing]:
    """Send every message with an address that sent.csv does not list; return them with their new status.

    Raises:
        UsageError: when a user is set but the server offers no TLS (the password would cross in clear).
        OutputError: when the server cannot be reached or refuses the login (nothing was sent).
    """
    done = sent_keys(folder)
    waiting = [sent for sent in outgoing if sent.status != NO_ADDRESS and sent.key not in done]
    result = {id(sent): attrs.evolve(sent, status=SENT_BEFORE) for sent in outgoing if sent.key in done}
    if waiting:
        try:
            with _connected(server) as smtp:
                for sent in waiting:
                    result[id(sent)] = attrs.evolve(sent, status=_send_one(smtp, sent, sender, folder))
        except (OSError, smtplib.SMTPException) as error:
            if not any(id(sent) in result and result[id(sent)].status == "sent" for sent in waiting):
                raise OutputError(f"{server.host}:{server.port}: cannot send: {error}; nothing was sent") from None
            for sent in waiting:
                result.setdefault(id(sent), attrs.evolve(sent, status=f"not sent: {error}"))
    return [result.get(id(sent), sent) for sent in outgoing]


def _send_one(smtp: smtplib.SMTP, sent: Outgoing, sender: str, folder: Path) -> str:
    """Send one message and record it; a refusal of its recipient is its status, not an error."""
    email = sent.notice.person.email or ""
    try:
        smtp.sendmail(sender, [email], sent.data)
    except smtplib.SMTPRecipientsRefused as refused:
        code, reason = refused.recipients.get(email, (0, b""))
        return f"refused: {code} {_text(reason)}".strip()
    except smtplib.SMTPResponseException as error:
        said = f"{error.smtp_code} {_text(error.smtp_error)}".strip()
        return f"refused: {said}" if error.smtp_code >= 500 else f"not sent: {said}"
    _record(folder, sent)
    return "sent"


def _text(reply: bytes | str) -> str:
    """A server's reply as text (smtplib gives bytes, or a str of its own)."""
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply


def _record(folder: Path, sent: Outgoing) -> None:
    """Append the message to sent.csv at once: a run stopped halfway still knows what went."""
    path = folder / SENT
    text = io.StringIO()
    table = csv.writer(text, lineterminator="\n")
    if not path.exists():
        table.writerow(SENT_HEADER)
    person = sent.notice.person
    table.writerow((sent.key, str(sent.mail["Message-ID"]), person.id, person.email or ""))
    try:
        with path.open("a", encoding="utf-8", newline="") as file:
            file.write(text.getvalue())
    except OSError as error:
        raise OutputError(f"{path.as_posix()}: cannot record a sent message: {error.strerror}") from None


def _connected(server: Server) -> smtplib.SMTP:
    """Return a session, in TLS when the server allows it, logged in when a user is set."""
    context = ssl.create_default_context()
    smtp: smtplib.SMTP
    if server.implicit_tls:
        smtp = smtplib.SMTP_SSL(server.host, server.port, timeout=TIMEOUT, context=context)
    else:
        smtp = smtplib.SMTP(server.host, server.port, timeout=TIMEOUT)
        smtp.ehlo()
        if smtp.has_extn("starttls"):
            smtp.starttls(context=context)
            smtp.ehlo()
    user, password = os.environ.get(USER_VARIABLE), os.environ.get(PASSWORD_VARIABLE)
    if user:
        if not server.implicit_tls and smtp.sock is not None and not isinstance(smtp.sock, ssl.SSLSocket):
            smtp.close()
            raise UsageError(
                f"{server.host}:{server.port} offers no STARTTLS: the password would cross in clear; use smtps://"
            )
        smtp.login(user, password or "")
    return smtp
