"""The header names that mean each of our fields in Portuguese (`vocabulary.FIELDS` adds them after its own).

Brazilian and Portuguese agendas head their tables `Horário | Atividade | Palestrante | Local`; "título",
"tema", "sala", "data", "dia", "tipo" and "término" are Spanish or Italian too (`vocabulary.FIELDS` has them).
"""

from __future__ import annotations

PORTUGUESE: dict[str, tuple[str, ...]] = {
    "title": ("palestra", "atividade", "sessão", "assunto"),
    "people": (
        "palestrante",
        "palestrantes",
        "apresentador",
        "apresentadora",
        "ministrante",
        "ministrantes",
        "instrutor",
        "instrutora",
        "instrutores",
    ),  # SciPy LA 2018's tutorials: `Sala | Instrutor | Descrição`
    "time": ("horário", "horários"),
    "start": ("início", "hora de início", "hora início", "começo"),
    "end": ("fim", "hora de término", "hora de fim", "hora fim"),
    "duration": ("duração",),
    "room": ("local", "auditório", "espaço"),
    "abstract": ("descrição", "resumo"),
}
"""Our fields and the Portuguese header names that mean them, in lower case (`normal_name` folds the case)."""
