"""The header names that mean each of our fields in Norwegian, Danish and Swedish (`vocabulary.FIELDS` adds them).

DevOpsDagar 2024 heads its tables `Tidspunkt | Agenda | Rom | Speaker` and `Emne | Tidspunkt | Sted` (time,
agenda, room, speaker; subject, time, place).
"""

from __future__ import annotations

NORDIC: dict[str, tuple[str, ...]] = {
    "title": ("emne", "tittel", "agenda", "foredrag", "aktivitet", "innhold", "ämne", "titel", "föredrag"),
    "people": ("foredragsholder", "foredragsholdere", "taler", "talere", "innleder", "oplægsholder", "talare"),
    "time": ("tidspunkt", "klokkeslett", "tid", "klokken", "kl", "tidpunkt"),
    "date": ("dato",),
    "room": ("rom", "sted", "sal", "lokale", "lokal", "plats"),
}
"""Our fields and the Norwegian, Danish and Swedish header names that mean them, in lower case."""
