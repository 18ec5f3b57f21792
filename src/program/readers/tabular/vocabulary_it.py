"""The header names that mean each of our fields in Italian (`vocabulary.FIELDS` adds them after its own).

AI Day 2026 heads its tables `Orario | Attivita | Room` and `Orario | Room | Sessione | Speaker`; MokaByte
Conference 2026 `Orario | Sessione | Speaker` (time, session, speaker).
"""

from __future__ import annotations

ITALIAN: dict[str, tuple[str, ...]] = {
    "title": ("titolo", "sessione", "attività", "attivita", "argomento", "intervento"),
    "people": ("relatore", "relatori", "relatrice", "relatrici", "oratore", "oratori", "docente", "docenti"),
    "time": ("orario", "ora", "orari"),
    "start": ("inizio", "ora inizio", "ora di inizio"),
    "end": ("ora fine", "ora di fine"),
    "duration": ("durata",),
    "room": ("stanza", "luogo"),
    "date": ("data", "giorno"),
    "affiliation": ("azienda", "affiliazione", "ente"),
    "abstract": ("descrizione", "sommario"),
}
"""Our fields and the Italian header names that mean them, in lower case ("sala", "aula", "tema", "evento" and
"tipo" are Spanish too: `vocabulary.FIELDS` has them already). "Fine" alone (the end) is left out: an English
header may say it."""
