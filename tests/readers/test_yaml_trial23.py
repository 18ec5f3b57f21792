"""Trial 23's static-site YAML (unseen): DD4W 2026's Spanish `salas[].nombre` rooms and `ponentes[].nombre` people.

Expectations from the file with PyYAML (tests/data/yaml_site/PROVENANCE.md). DD4W 2026 CDMX
(31 July 2026, its first-line comment): each sala's `nombre` is the room of its `sesiones`;
`horario: "08:00 – 09:00"` the start and end; the people the `ponentes` that have a `perfil`
(the sponsors and communities listed beside them have none), `Modera: ` no part of a name.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import yaml

from program.readers import ReadContext
from program.readers.yaml_site import YamlSiteReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "yaml_site"
MEXICO = ZoneInfo("America/Mexico_City")
DD4W_DAY = date(2026, 7, 31)


def _at(clock: str) -> datetime:
    hours, minutes = (int(part) for part in clock.strip().split(":"))
    return datetime(DD4W_DAY.year, DD4W_DAY.month, DD4W_DAY.day, hours, minutes, tzinfo=MEXICO)


def test_dd4w2026_rooms_and_people_from_nombre() -> None:
    text = (DATA / "dd4w2026-cdmx.yaml").read_text(encoding="utf-8")
    expected = []
    for room in yaml.load(text, Loader=yaml.BaseLoader)["salas"]:
        for session in room["sesiones"]:
            start, end = session["horario"].split("–")
            people = tuple(
                re.sub(r"^Modera:\s*", "", one["nombre"].strip())
                for one in session.get("ponentes", [])
                if "perfil" in one
            )
            expected.append((session["titulo"], _at(start), _at(end), people, room["nombre"]))
    assert len(expected) == 32
    program = YamlSiteReader().read(
        text, source="dd4w2026-cdmx.yaml", context=ReadContext(first_date=DD4W_DAY, timezone=MEXICO)
    )
    read = [(item.title, item.start, item.end, item.people, item.location) for item in program.items]
    assert read == expected
    assert ("She Leads: Shaping STEM's Future with AI", _at("13:10")) in [(one[0], one[1]) for one in read]
    she_leads = next(item for item in program.items if item.title.startswith("She Leads"))
    assert she_leads.people == ("Gabriela Guevara", "Elsa Ramírez", "Patricia Skroche", "Mara Ruvalcaba")
    assert not [problem for problem in program.problems if problem.code == "overlap"]
