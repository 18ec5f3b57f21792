"""The header names that mean each of our fields in Turkish (`vocabulary.FIELDS` adds them after its own).

CETURK 2012 heads its table `Saat | Konu | Konuşmacı` (time, topic, speaker).
"""

from __future__ import annotations

TURKISH: dict[str, tuple[str, ...]] = {
    "title": ("konu", "başlık", "oturum", "etkinlik", "sunum"),
    "people": ("konuşmacı", "konuşmaci", "konuşmacılar", "konuşmacilar", "sunucu", "eğitmen"),
    "time": ("saat",),
    "start": ("başlangıç",),
    "end": ("bitiş",),
    "room": ("salon", "yer"),
    "date": ("tarih",),
}
"""Our fields and the Turkish header names that mean them, in lower case (`normal_name` folds the case: a capital
I folds to a dotted i, "KONUŞMACI" to "konuşmaci")."""
