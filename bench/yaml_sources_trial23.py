"""What trial 23's static-site YAML files hold (DD4W 2026 CDMX), listed with PyYAML directly.

As `yaml_sources.py`: the files' entries with BaseLoader and their own shape written out here, not
the reader's detection.
"""

from __future__ import annotations

import re
from datetime import date

from yaml_sources import Entry, load, minutes

DATED23 = {"dd4w2026-cdmx.yaml": date(2026, 7, 31)}
"""DD4W 2026's day: its first-line comment, `# Agenda Sede CDMX (31 de julio)` (DD4W26)."""


def dd4w2026() -> list[Entry]:
    """DD4W 2026: `salas[].sesiones[]`; people the `ponentes` with a `perfil` (sponsors have none), `Modera:` out."""
    return [
        (
            session["titulo"],
            minutes(session["horario"]),
            tuple(
                re.sub(r"^Modera:\s*", "", one["nombre"].strip())
                for one in session.get("ponentes", [])
                if "perfil" in one
            ),
        )
        for room in load("dd4w2026-cdmx.yaml")["salas"]
        for session in room["sesiones"]
    ]
