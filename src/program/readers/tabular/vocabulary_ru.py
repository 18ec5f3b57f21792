"""The header names that mean each of our fields in Russian (`vocabulary.FIELDS` adds them after its own).

DevFest Vladivostok 2019 heads its HTML table `Время | Зал 1 | Зал 2` (time, hall 1, hall 2): the
halls are no field's name, and so are read as rooms beside the time column.
"""

from __future__ import annotations

RUSSIAN: dict[str, tuple[str, ...]] = {
    "title": ("доклад", "тема", "название", "тема доклада", "мероприятие"),  # "event": the child-safety conference 2013
    "people": ("докладчик", "докладчики", "спикер", "спикеры", "лектор"),
    "time": ("время",),
    "start": ("начало",),
    "end": ("окончание", "конец"),
    "room": ("зал", "аудитория", "место"),
}
"""Our fields and the Russian header names that mean them, in lower case (`normal_name` folds the case)."""
