"""Two Malaysian and Singaporean exports' items (NCPCE 2026, ISGIE 2022), worked out from the files with json alone.

Kept apart from bench/json_fidelity.py, which imports them, for its length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

Expected = dict[str, Any]
SINGAPORE = ZoneInfo("Asia/Singapore")
KUALA_LUMPUR = ZoneInfo("Asia/Kuala_Lumpur")
_NCPCE_PEOPLE = {
    1: ["YBrs. Tuan Haji Mohd Zawawi bin Abdullah [BPFKKM]"],
    5: [
        *("YBrs. Tuan Haji Mohd Zawawi bin Abdullah", "Pn Asniza binti Alias", "Mohd Shakrie Palan Bin Abdullah"),
        *("Pn Siti Mariaton binti Abd Moksin", "Pn Nor Aza binti Hassan", "En Mohd Azaruddin bin Aziz"),
    ],
    11: ["En Ahmad Edihafriz bin Kamarol Fauzi [Netsmart Sdn Bhd]"],
    14: ["Insp. Ganesh a/l Raman [PDRM]"],
    15: ["Ts. Nur Syafiqah binti Mohd Shamsuddin [MCMC]"],
    19: ["En Mohd Asriq bin Lamit [NFCC]"],
    20: ["Pn Nor Azizah binti Aling [AGC]"],
}
"""NCPCE 2026's speakers by row, written by hand: the panel's numbers ("1. ") and "Dr" left out, a lone
speaker's `organisation_en` as their affiliation."""


def ncpce(rows: list[Any]) -> Iterator[Expected]:
    """NCPCE 2026: `date` and Excel times on 1899-12-30, `title_en` on lines; an empty end ends at the next start."""

    def moment(row: dict[str, str], key: str) -> datetime:
        return datetime.combine(
            date.fromisoformat(row["date"][:10]), datetime.fromisoformat(row[key]).time(), KUALA_LUMPUR
        )

    starts = [moment(row, "time_start") for row in rows]
    for index, row in enumerate(rows):
        later = [start for start in starts if start.date() == starts[index].date() and start > starts[index]]
        end = moment(row, "time_end") if row["time_end"] else min(later, default=None)
        yield {"title": " ".join(row["title_en"].split()), "start": starts[index], "end": end,
               "room": row["venue"] or None, "people": _NCPCE_PEOPLE.get(index, [])}  # fmt: skip


def isgie(rows: list[Any]) -> Iterator[Expected]:
    """ISGIE 2022: `time` on 18 September 2022 (Singapore), the speaker's card as "Name [Affiliation]".

    The name is the speaker's first line without its honorific, the affiliation the lines after it
    (a note in brackets left out); "Chairs of the Workshop" names nobody.
    """
    for row in rows:
        day = date(2022, 9, 18)
        start, end = (datetime.combine(day, datetime.strptime(clock, "%H:%M").time(), SINGAPORE)
                      for clock in row["time"].split("-"))  # fmt: skip
        lines = [" ".join(re.sub(r"<[^>]+>", "", line).split()) for line in re.split(r"<br>", row["speaker"])]
        name = re.sub(r"^(?:Mr|Ms|Dr|Prof)\s+", "", lines[0].rstrip(" ,"))
        affiliation = ", ".join(line for line in lines[1:] if line and not line.startswith("("))
        people = [] if not name or name.startswith("Chairs") else [f"{name} [{affiliation}]" if affiliation else name]
        title = " ".join(re.sub(r"<[^>]+>", " ", row["session"]).replace(" :", ":").split())
        yield {"title": title, "start": start, "end": end, "room": None, "people": people}
