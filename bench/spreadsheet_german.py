"""Two German CSVs' items counted with csv: Haecksen's 36C3 Fahrplan and Bitcoin Metropole Kempten 2026."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from spreadsheet_listed import records
from spreadsheet_written import Expected, at

from program.readers.base import ReadContext


def haecksen(context: ReadContext) -> Expected:
    """Day numbers from --date (numbered from 0, Tag 0 is the first day), Beginn and Ende as fractions of a day."""
    zone, first = context.timezone, context.first_date
    assert zone is not None and first is not None
    rows: Expected = []
    for record in records("haecksen-36c3-fahrplan.csv"):
        if not record["Was?"]:
            continue
        midnight = datetime.combine(first + timedelta(days=int(record["Tag"])), datetime.min.time(), zone)
        start = midnight + timedelta(minutes=round(float(record["Beginn"]) * 1440))
        end = (
            midnight + timedelta(minutes=round(float(record["Ende"]) * 1440)) if record["Ende"] != "Open-end" else None
        )
        rows.append((" ".join(record["Was?"].split()), start, end, None))
    return rows


def kempten(context: ReadContext) -> Expected:
    """Each row's Titel at its Datum and Zeit, no end, nobody named."""
    zone = context.timezone
    assert zone is not None
    rows: Expected = []
    for record in records("bitcoin-metropole-kempten-2026-programm.csv"):
        rows.append((record["Titel"], at(date.fromisoformat(record["Datum"]), record["Zeit"], zone), None, ()))
    return rows
