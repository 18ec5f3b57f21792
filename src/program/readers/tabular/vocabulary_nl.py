"""The header names that mean each of our fields in Dutch (`vocabulary.FIELDS` adds them after its own).

Dutch schedules head their tables `Tijd | Spreker | Onderwerp | Zaal` (time, speaker, subject, hall);
"Titel", "Datum" and "Begin" are German or English names too (`vocabulary.FIELDS` has them already).
"""

from __future__ import annotations

DUTCH: dict[str, tuple[str, ...]] = {
    "title": ("onderwerp", "sessie", "lezing", "presentatie", "activiteit", "programmaonderdeel"),
    "people": ("spreker", "sprekers", "spreekster", "presentator", "presentatoren", "wie"),
    "time": ("tijd", "tijdstip", "tijden"),
    "start": ("begintijd", "starttijd", "aanvang"),
    "end": ("einde", "eindtijd"),
    "date": ("dag",),
    "duration": ("duur",),
    "room": ("zaal", "locatie", "ruimte", "lokaal", "waar"),
    "kind": ("soort",),
    "abstract": ("beschrijving", "omschrijving", "samenvatting"),
}
"""Our fields and the Dutch header names that mean them, in lower case (`normal_name` folds the case)."""
