"""Innova Ciencias' `js/model.js` (trial 40, Spanish; tests/data/js_rows/PROVENANCE.md), and the shared rules it needed.

Refused before: its keys (`nombre`, `horaInicio`, `horaFin`) named nothing we knew, one end is written "14:0", and its
`ponente` puts a department or a post after the name ("Esther Viseras Alarcón, Departamento de Genética", "Diego
Pablo Ruiz. UCIP"), read as people. Expectations from the source: tests/data/js_rows/expected/ (a script over it).
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from program.errors import ParseError
from program.feed_reading import read_feed
from program.model.text import is_placeholder_name
from program.readers import ReadContext
from program.readers.tabular.people import split_people
from program.settings import FeedSpec

from helpers import ROOT, read_detected

_SPEC = importlib.util.spec_from_file_location("js_fidelity", ROOT / "bench" / "js_fidelity.py")
assert _SPEC is not None and _SPEC.loader is not None
bench = importlib.util.module_from_spec(_SPEC)
sys.modules["js_fidelity"] = bench
_SPEC.loader.exec_module(bench)

NAME = "innovaciencias-model.js"
MADRID = ReadContext(timezone=ZoneInfo("Europe/Madrid"))


def _by_line() -> dict[int, dict[str, object]]:
    _, program = read_detected("js_rows", NAME, MADRID)
    return {entry["line"]: entry for entry in map(bench.fields, program.items)}


def test_spanish_camel_case_keys_are_read_without_a_program_file() -> None:
    _, program = read_detected("js_rows", NAME, MADRID)
    assert (
        "columns: nombre → title, fecha → date, horaInicio → start, horaFin → end, lugar → room, "
        "descripcion → abstract, ponente → people"
    ) in program.reading
    assert len(program.items) == 79  # the template inside `/* … */` is none


def test_an_end_whose_minutes_are_one_zero_is_the_whole_hour_said_at_its_object() -> None:
    _, program = read_detected("js_rows", NAME, MADRID)
    row = _by_line()[209]  # `horaFin: "14:0"`, as the workshop's other sessions 12:00-14:00
    assert (row["start"], row["end"]) == ("2024-04-24T12:00:00+02:00", "2024-04-24T14:00:00+02:00")
    said = [(p.source and p.source.line, p.code, p.message) for p in program.problems if p.code == "uncertain-entry"]
    assert said == [(209, "uncertain-entry", "read '14:0' as 14:00: a minute written with one digit")]


@pytest.mark.parametrize(
    ("line", "people"),
    [
        (155, ["Esther Viseras Alarcón"]),  # "…, Departamento de Genética"
        (319, ["Pedro García Fernández"]),  # "…, Departamento de Electrónica y Tecnología de Computadores"
        (753, ["Ana María García Campaña"]),  # "…, Vicerrectora de Posgrado y Formación Permanente"
        (642, ["Guadalupe Soriano Barabino"]),  # "…, Directora de Arqus UGR "
        (652, ["Ester Pérez Sinusía"]),  # "…, Universidad de Zaragoza"
        (98, ["Teresa Pozo", "David Guerrero", "Diego Pablo Ruiz"]),  # "… y Diego Pablo Ruiz. UCIP"
        (592, ["Vanesa Mª Gámiz Sánchez"]),  # ". Departamento de Didáctica y Organización y  Directora del …"
        (522, ["Óscar Sánchez", "Jerónimo Alaminos"]),  # "A, Departamento de …, B, Análisis Matemático"
        (793, []),  # "Varios ponentes"
    ],
)
def test_a_department_or_post_after_a_name_is_no_person(line: int, people: list[str]) -> None:
    assert _by_line()[line]["people"] == people


def test_the_last_object_names_the_group_s_members_nobody() -> None:
    _, program = read_detected("js_rows", NAME, MADRID)
    assert program.items[-1].title.startswith("Reunión final del grupo") and program.items[-1].people == ()


def test_a_sheet_s_end_written_14_0_is_read_and_said(tmp_path: Path) -> None:
    path = tmp_path / "agenda.csv"
    path.write_text("Fecha,Hora inicio,Hora fin,Título,Ponente\n2024-04-24,12:00,14:0,Planificación,Ana Ruiz\n")
    program = read_feed(FeedSpec(path), MADRID).program
    end = program.items[0].end
    assert end is not None and end.isoformat() == "2024-04-24T14:00:00+02:00"
    assert [(p.source and p.source.line, p.message) for p in program.problems] == [
        (2, "read '14:0' as 14:00: a minute written with one digit")
    ]


def test_a_one_digit_minute_other_than_zero_stays_refused_at_its_row(tmp_path: Path) -> None:
    path = tmp_path / "agenda.csv"
    path.write_text("Fecha,Hora inicio,Hora fin,Título\n2024-04-24,12:00,14:3,Planificación\n")
    context = ReadContext(timezone=ZoneInfo("Europe/Madrid"), first_date=date(2024, 4, 24))
    problems = read_feed(FeedSpec(path), context).program.problems
    errors = [(p.code, p.source and p.source.line, p.message) for p in problems if p.severity.value == "error"]
    assert len(errors) == 1 and errors[0][:2] == ("unreadable-row", 2)
    assert "expected a clock time such as '8:30 a.m.' or '14:30', found '14:3'" in errors[0][2]


@pytest.mark.parametrize(
    ("cell", "people"),
    [
        ("Ada Ruiz, Departamento de Electrónica y Tecnología de Computadores", ("Ada Ruiz",)),
        ("Ana Ruiz y Luis Gil, Facultad de Ciencias", ("Ana Ruiz", "Luis Gil")),
        ("Ana Ruiz, Luis Gil y Eva Sanz", ("Ana Ruiz", "Luis Gil", "Eva Sanz")),
        ("Luis Gil. UGR", ("Luis Gil",)),
        ("Ada Lee, Department of Physics", ("Ada Lee",)),
        ("Dr. Ada Lee", ("Dr. Ada Lee",)),  # an honorific's stop ends no sentence
        ("Santiago Ramón y Cajal", ("Santiago Ramón y Cajal",)),
    ],
)
def test_every_table_reader_s_people_cell_drops_affiliations_after_a_name(cell: str, people: tuple[str, ...]) -> None:
    assert split_people(cell) == people


def test_spanish_groups_in_a_people_cell_are_nobody() -> None:
    assert is_placeholder_name("Varios ponentes") and is_placeholder_name("Miembros del grupo")
    assert not is_placeholder_name("Miembro Ruiz")


def test_an_unknown_camel_case_key_still_asks_for_the_mapping(tmp_path: Path) -> None:
    text = 'var actividades = [\n{ cosaUno: "a", cosaDos: "b" }\n]\n'
    path = tmp_path / "model.js"
    path.write_text(text)
    with pytest.raises(ParseError, match="lists: actividades"):
        read_feed(FeedSpec(path, format="js-rows"), MADRID)
