"""Trial 16's spreadsheet, counted from the file with csv for the fidelity bench: Agora des Sciences 2026.

Starts only (`09h30`): each row ends where the day's next one begins, the last keeps none (docs/formats.md).
The `intervenant` column holds speakers' cards, a `<br>` between them: several cards are each
"Name [Organisation]"; one card "Name, Org" is the name alone (as any people cell's "Name, Org");
"AurorAlpes — Mot de bienvenue …" names AurorAlpes. One cell opens with a space before its quote
(` "Florent Collovati, LPSC"`): read here as the quoted field it is meant to be.
"""

from __future__ import annotations

import csv
import re
from datetime import date, datetime
from pathlib import Path

from spreadsheet_written import Expected

from program.readers.base import ReadContext

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "spreadsheets"
AGORA_DAY = date(2026, 6, 16)


def _people(cell: str) -> tuple[str, ...]:
    cards = [line.strip() for line in re.split(r"<br\s*/?>", cell) if line.strip()]
    if len(cards) > 1:
        return tuple(f"{name.strip()} [{org.strip()}]" for name, _, org in (card.partition(",") for card in cards))
    return tuple(name for card in cards if (name := card.split(",")[0].split(" — ")[0].strip()))


def agora(context: ReadContext) -> Expected:
    """Each row's title, its start on --date, the next row's start, its speakers."""
    assert context.timezone is not None and context.first_date is not None
    with (DATA / "agora2026-programme.csv").open(encoding="utf-8", newline="") as file:
        records = list(csv.DictReader(file, skipinitialspace=True))
    starts = [
        datetime.combine(context.first_date, datetime.strptime(record["heure"], "%Hh%M").time(), context.timezone)
        for record in records
    ]
    ends = [*starts[1:], None]
    return [
        (record["titre"], start, end, _people(record["intervenant"]))
        for record, start, end in zip(records, starts, ends, strict=True)
    ]
