"""`program notify`: tell each person whose own items changed, and send it when asked."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from program.cli.options import feed_options, render_options_from, settings_from
from program.cli.report import say

EXIT_NOT_SENT = 3
"""`--send` reached the server but some messages were refused or not sent (summary.csv says which)."""


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@feed_options
@click.option(
    "--previous",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="program.json of the version people were last told of (the last build's).",
)
@click.option(
    "--out",
    "out_dir",
    default="outbox",
    show_default=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder for the messages, summary.csv and sent.csv.",
)
@click.option("--from", "sender", required=True, help="The address the messages come from (From, and ORGANIZER).")
@click.option(
    "--people",
    "people_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="A people file (CSV with name and email columns) giving addresses.",
)
@click.option("--send", "send_to", metavar="URL", help="Send the messages: smtp://HOST:PORT (STARTTLS) or smtps://.")
@click.option(
    "--clock",
    type=click.Choice(["12", "24"]),
    default=None,
    help="12- or 24-hour times (default: the locale's; 12 for English, 24 for de, fr, es).",
)
@click.option(
    "--templates",
    "templates_dir",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    help="Folder of templates that override the shipped notice.html.j2.",
)
def notify(previous: Path, out_dir: Path, sender: str, **options: Any) -> None:
    """Write one message per person whose own items changed since --previous, into --out.

    Each message (OUT/<person id>.eml) says what changed and carries the person's updated
    calendar; OUT/summary.csv lists everyone told, with or without an address. Nothing
    leaves the machine unless --send names a server; the user and password come from
    PROGRAM_SMTP_USER and PROGRAM_SMTP_PASSWORD. Exits 3 when some messages were not sent.
    """
    from program.errors import UsageError
    from program.loading import load_program
    from program.notify import MessageOptions, prepare_notices
    from program.notify.outbox import write_outbox, write_summary
    from program.notify.people_file import ADDRESS
    from program.notify.sending import parse_server, send_outbox
    from program.pipeline import previous_program
    from program.writers.base import lang_of

    people_file: Path | None = options.pop("people_file")
    send_to: str | None = options.pop("send_to")
    keep_going: bool = options.pop("keep_going")
    if not ADDRESS.fullmatch(sender):
        raise UsageError(f"--from expects an address (local@domain), found {sender!r}")
    server = parse_server(send_to) if send_to else None
    render = render_options_from(options)
    new = load_program(settings_from(twelve_hour=render.twelve_hour, **options), keep_going=keep_going).program
    old = previous_program(previous)
    stamp = new.updated
    assert stamp is not None  # a loaded program always has one (see `build_timestamp`)
    message_options = MessageOptions(sender, stamp, lang=lang_of(new, render), templates=render.templates)
    prepared = prepare_notices(old, new, message_options, render, people_file)
    if prepared.addresses is not None:
        for name in prepared.addresses.unmatched:
            say(f"program: warning: {people_file}: {name!r} is nobody in the program; no address given")
        for name, candidates in prepared.addresses.ambiguous:
            say(f"program: warning: {people_file}: {name!r} may be {' or '.join(candidates)}; no address given")
    for path in write_outbox(prepared.outgoing, out_dir):
        say(f"wrote {path.as_posix()}")
    outgoing = prepared.outgoing
    without = sum(1 for sent in outgoing if not sent.notice.person.email)
    say(f"{len(outgoing)} people told, {without} without an address (see {(out_dir / 'summary.csv').as_posix()})")
    if server is None:
        return
    result = send_outbox(outgoing, server, sender, out_dir)
    write_summary(result, out_dir)
    counts = {status: sum(1 for sent in result if sent.status == status) for status in ("sent", "sent before")}
    missed = [sent for sent in result if sent.status.startswith(("refused", "not sent"))]
    say(f"sent {counts['sent']}, {counts['sent before']} sent before, {len(missed)} not reached")
    for sent in missed:
        say(f"program: warning: {sent.notice.person.display} <{sent.notice.person.email}>: {sent.status}")
    if missed:
        sys.exit(EXIT_NOT_SENT)
