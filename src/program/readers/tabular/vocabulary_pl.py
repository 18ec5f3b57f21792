"""The header names that mean each of our fields in Polish (`vocabulary.FIELDS` adds them after its own).

Polish agendas head their tables `Godzina | Temat | Prelegent | Sala` (hour, topic, speaker, hall).
"Czas" is left out: it is a talk's length as often as its time. "Od"/"do" (from/to) are left out too:
an English header may say "Do".
"""

from __future__ import annotations

POLISH: dict[str, tuple[str, ...]] = {
    "title": ("tytuł", "temat", "wykład", "prezentacja", "wydarzenie", "sesja"),
    "people": ("prelegent", "prelegenci", "prelegentka", "prowadzący", "prowadząca", "mówca", "mówcy", "autorzy"),
    "time": ("godzina", "godz", "godziny"),
    "start": ("początek", "rozpoczęcie"),
    "end": ("koniec", "zakończenie"),
    "date": ("dzień",),
    "duration": ("czas trwania",),
    "room": ("miejsce", "lokalizacja"),
    "kind": ("rodzaj",),
    "abstract": ("opis", "streszczenie"),
}
"""Our fields and the Polish header names that mean them, in lower case ("sala", "data", "typ" and "autor" are
other languages' too: `vocabulary.FIELDS` has them already)."""
