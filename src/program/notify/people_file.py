"""A people file (`people.csv`): one person a row, their name and email address.

The header names the columns, `name` and `email` (any case; "E-mail" too); other columns
are left alone. Names are matched to the program's people as any name is
(`program.people.addresses`).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from program.errors import ParseError
from program.inputs import read_input
from program.model import SourceRef
from program.readers.base import decode_feed

MAX_PEOPLE_FILE = 50_000_000
"""The largest people file read (a million people fit in a tenth of it)."""

ADDRESS = re.compile(r"[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\".]+")
"""An address as a people file must write it: local@domain.tld, nothing around it."""

_NAME_COLUMNS = ("name", "person", "speaker")
_EMAIL_COLUMNS = ("email", "e-mail", "e mail", "mail", "address", "email address")


def read_people_file(path: Path) -> list[tuple[str, str]]:
    """Return the (name, address) pairs of a people file, in its order; rows without an address are left out.

    Raises:
        UsageError: when the file cannot be read.
        ParseError: naming the file and line of a missing header column or an address that is not one.
    """
    source = path.as_posix()
    text = decode_feed(read_input(path, "the people file", MAX_PEOPLE_FILE), source)
    rows = csv.reader(text.split("\n"))
    header = [cell.strip().casefold() for cell in next(rows, [])]
    name_at = _column(header, _NAME_COLUMNS, source)
    email_at = _column(header, _EMAIL_COLUMNS, source)
    pairs: list[tuple[str, str]] = []
    for line, row in enumerate(rows, start=2):
        name = row[name_at].strip() if name_at < len(row) else ""
        address = row[email_at].strip() if email_at < len(row) else ""
        if not address:
            continue
        if not name or not ADDRESS.fullmatch(address):
            what = f"an email address, found {address!r}" if name else "a name beside the address"
            raise ParseError(f"expected {what}", SourceRef(source, line))
        pairs.append((name, address))
    return pairs


def _column(header: list[str], names: tuple[str, ...], source: str) -> int:
    for name in names:
        if name in header:
            return header.index(name)
    found = ", ".join(repr(cell) for cell in header if cell) or "no header"
    raise ParseError(f"expected a header with a {names[0]!r} column (name, email), found {found}", SourceRef(source, 1))
