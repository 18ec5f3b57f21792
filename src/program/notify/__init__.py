"""Telling people what changed: one message per person whose own items changed, and sending them.

`notices` finds who is concerned (from `diff_programs`), `messages` and `calendar` make each
message, `outbox` writes them with summary.csv, and `sending` sends them over SMTP, once.
"""

from __future__ import annotations

from pathlib import Path

import attrs

from program.model import Program
from program.notify.messages import MessageOptions
from program.notify.notices import Notice, notices
from program.notify.outbox import Outgoing, prepare
from program.notify.people_file import read_people_file
from program.people.addresses import AddressesGiven, give_addresses
from program.pipeline import carried_from
from program.writers.base import RenderOptions


@attrs.frozen
class Prepared:
    """What `prepare_notices` made.

    Attributes:
        program: the new program, its revisions carried on from the old one.
        outgoing: one message per person told, in index order.
        addresses: what the people file gave, with the names it matched no one by (or several).
    """

    program: Program
    outgoing: tuple[Outgoing, ...]
    addresses: AddressesGiven | None = None


def prepare_notices(
    old: Program,
    new: Program,
    options: MessageOptions,
    render: RenderOptions,
    people_file: Path | None = None,
) -> Prepared:
    """Return the messages telling each person of `new` what changed for them since `old`.

    Raises:
        ParseError: for a people file that is not one (its file and line named).
    """
    program = carried_from(new, old)
    given = None
    if people_file is not None:
        pairs = read_people_file(people_file)
        given = give_addresses(program.people, pairs)
        program = attrs.evolve(program, people=given.people)
        old = attrs.evolve(old, people=give_addresses(old.people, pairs).people)
    found: list[Notice] = notices(old, program)
    return Prepared(program, tuple(prepare(found, program, options, render)), given)


__all__ = ["MessageOptions", "Prepared", "prepare_notices"]
