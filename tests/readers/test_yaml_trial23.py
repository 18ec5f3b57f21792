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
    assert "5 listed without a profile read as organisations, no people: Mobiik, CONTPAQi" in " ".join(program.reading)


SAO_PAULO = ZoneInfo("America/Sao_Paulo")


def _erad_people(written: str) -> tuple[str, ...]:
    """`"A e Profa. B (Org, City)"`: A and B (Portuguese `e`, `Prof.`/`Profa.` out), the bracket the last one's."""
    found = re.fullmatch(r"(?P<names>[^()]+?)\s*(?:\((?P<org>[^()]+)\))?", written.strip())
    assert found is not None
    names = [re.sub(r"^Profa?\.\s+", "", name.strip()) for name in re.split(r",\s*|\s+e\s+", found["names"])]
    return (*names[:-1], f"{names[-1]} [{found['org']}]") if found["org"] else tuple(names)


def test_eradse2025_papers_listed_by_pid_are_joined_and_speakers_split_at_e() -> None:
    program_path, accepted_path = DATA / "eradse2025-program.yml", DATA / "eradse2025-accepted.yml"
    accepted_text = re.sub(r"[ \t]+$", "", accepted_path.read_text(encoding="utf-8"), flags=re.M)
    accepted = {one["id"]: one for one in yaml.load(accepted_text, Loader=yaml.BaseLoader)}
    timed, papers = [], []
    for day in yaml.load(program_path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["schedule"]:
        on = date.fromisoformat(day["date"])
        for slot in day["timeslots"]:
            hours, minutes = (int(part) for part in slot["startTime"].split(":"))
            start = datetime(on.year, on.month, on.day, hours, minutes, tzinfo=SAO_PAULO)
            written = slot.get("speaker") or slot.get("chair")
            timed.append((start, _erad_people(written) if written else ()))
            for listed in slot.get("events") or []:
                if isinstance(listed, dict) and (paper := accepted.get(listed.get("pid") or "")) is not None:
                    authors = tuple(f"{one['name']} [{one['affiliation']}]" for one in paper["authors"])
                    papers.append((paper["title"], on, authors, start))
    assert (len(timed), len(papers)) == (33, 17)
    program = YamlSiteReader().read(
        program_path.read_text(encoding="utf-8"),
        source=str(program_path),
        context=ReadContext(timezone=SAO_PAULO, columns=(("sessions_file", accepted_path.name),)),
    )
    starts = {item.id: item.start for item in program.items}
    assert [(item.start, item.people) for item in program.items if item.start is not None] == timed
    read_papers = [item for item in program.items if item.start is None]
    assert [(item.title, item.day, item.people) for item in read_papers] == [paper[:3] for paper in papers]
    assert [starts[item.sessions[0]] for item in read_papers] == [paper[3] for paper in papers]
    petrobras = next(item for item in program.items if item.title == "Keynote: Jornada de HPC da Petrobras")
    assert petrobras.people == ("Felipe Portella", "Guilherme Vilela [Petróleo Brasileiro S.A., Rio de Janeiro]")
    assert any("17 talks in sessions' events read as items" in line for line in program.reading)
    forums = [item.title for item in program.items if item.title.startswith("Fórum de Iniciação")]
    assert forums == [
        "Fórum de Iniciação Científica: Análise de Desempenho em Aplicações de Bioinformática",  # `session: <i>…</i>`
        "Fórum de Iniciação Científica: Arquitetura de Sistemas",
        "Fórum de Iniciação Científica: Otimização de Aplicações",
    ]
