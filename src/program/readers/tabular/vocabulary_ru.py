"""The header names that mean each of our fields in Russian (`vocabulary.FIELDS` adds them after its own).

DevFest Vladivostok 2019 heads its HTML table `Время | Зал 1 | Зал 2` (time, hall 1, hall 2): the
halls are no field's name, and so are read as rooms beside the time column. Yoga Day 2026's CSV
heads its rows `Время;№ шатра;Площадка;Мероприятие` (time, tent number, stage, event): the stage is
the room, the tent's number no field (a number painted on the tent, beside the stage's name).
"""

from __future__ import annotations

RUSSIAN: dict[str, tuple[str, ...]] = {
    "title": ("доклад", "тема", "название", "тема доклада", "мероприятие", "событие", "занятие"),
    "people": (
        *("докладчик", "докладчики", "спикер", "спикеры", "лектор", "лекторы", "ведущий", "ведущие"),
        *("выступающий", "выступающие", "преподаватель", "автор", "авторы"),
    ),
    "date": ("дата", "день"),
    "time": ("время",),
    "start": ("начало", "время начала"),
    "end": ("окончание", "конец", "время окончания"),
    "duration": ("длительность", "продолжительность"),
    "room": ("зал", "аудитория", "место", "площадка", "локация", "помещение"),
    "kind": ("тип", "формат"),
    "abstract": ("описание", "аннотация"),
}
"""Our fields and the Russian header names that mean them, in lower case (`normal_name` folds the case)."""
