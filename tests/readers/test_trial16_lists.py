"""Lists a tester tried unseen (trial 16), in Spanish, Portuguese and French: papers, works and speakers' cards.

- 10CCC 2017's accepted papers (`ccc2017-aceptados.php`): `<div class="paper"><span class="authors">…</span>
  <span class="title">…</span></div>`, the authors first. Each paper got the next one's authors, 21
  were lost, and the page's `<style>.title {font-weight:bold;}</style>` was read as a paper.
- Encontro de Saberes' award list (`encontrosaberes-premiacao.php`), a table `Título | Autores`:
  names joined by the Portuguese `e` stayed one, long capitalised names cut lists to their first, and a
  title wrapped at `<br />` lost its second line.
- Agora des Sciences 2026 (`agora2026-programme.csv`): speakers' cards `Name, Org <br> Name, Org` gave
  the first name only, or an organisation or a trade as a person.

Expectations are written from the files.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from program.model import Program
from program.readers import READERS, ReadContext, decode_feed, detect_readers

from helpers import ROOT

DATA = ROOT / "tests" / "data"
CCC = DATA / "paper_lists" / "ccc2017-aceptados.php"
UFOP = DATA / "html_pages" / "encontrosaberes-premiacao.php"
AGORA = DATA / "spreadsheets" / "agora2026-programme.csv"


def _read(reader: str, path: Path, context: ReadContext) -> Program:
    return READERS[reader].read(decode_feed(path.read_bytes(), path.name), source=path.name, context=context)


@pytest.fixture(scope="module")
def ccc() -> Program:
    return _read("paper-list", CCC, ReadContext())


def test_ccc_every_paper_is_read_with_its_own_authors(ccc: Program) -> None:
    assert len(ccc.papers) == 87  # 87 `<div class="paper">`
    assert not ccc.problems
    first = ccc.papers[0]  # lines 21-24
    assert first.title == (
        "ECUSI: herramienta software para la Evaluación Colaborativa de la Usabilidad de Sistemas Interactivos"
    )
    assert first.authors == ("Andrés Solano", "Juan Camilo Cerón", "César Collazos", "Habib Fardoun")
    second = ccc.papers[1]
    assert (second.title or "").startswith("Extensión semántica de Moodle")
    assert second.authors == ("Maria Alejandra Tamayo Valencia", "Pablo Gómez Hernández", "Oscar Ceballos")
    last = ccc.papers[-1]  # `<span class="authors">Deyberth Riaño. </span>`: no inner span
    assert (last.title, last.authors) == ("Brain Puzzle 3D", ("Deyberth Riaño",))


def test_ccc_a_paper_on_one_line_and_linked_names(ccc: Program) -> None:
    by_title = {paper.title: paper for paper in ccc.papers}
    one_line = by_title["Tecnicas de navegación en 3D usando el Leap Motion"]  # line 116, the author a link
    assert one_line.authors == ("Sebastián Gil Parga",)
    linked = by_title["Identificando Rutas de Evacuación con el Método P-graph"]
    assert linked.authors == ("Juan Carlos Garcia Ojeda", "Botond Bertok", "Ferenc Friedler", "Andres Argoti")
    assert not [paper for paper in ccc.papers if "{" in (paper.title or "") or "font-weight" in (paper.title or "")]


def test_ccc_is_told_a_paper_list_without_format() -> None:
    head = CCC.read_text(encoding="utf-8")[:4000]
    assert [reader.name for reader in detect_readers(head)] == ["paper-list"]


SAO_PAULO = ZoneInfo("America/Sao_Paulo")


@pytest.fixture(scope="module")
def ufop() -> Program:
    return _read("html-page", UFOP, ReadContext(timezone=SAO_PAULO))


def _titled(program: Program, title: str) -> tuple[str, ...]:
    (item,) = [item for item in program.items if item.title == title]
    return item.people


def test_ufop_names_joined_by_e_are_two_people(ufop: Program) -> None:
    assert len(ufop.items) == 70
    assert _titled(ufop, "Web rádio plural") == ("Nair Prata Moreira Martins", "Alessandra da Conceição Alves")
    assert _titled(ufop, "Monitoria de Cito-Histologia, Histologia Básica e Embriologia") == (
        "Luciana Hoffert Castro Cruz",
        "Laís Martins de Abreu",
        "Oscar Campos Lisboa",
        "Raísa Becker",
        "Jaquelyne Adelyna Sara",
    )


def test_ufop_long_names_in_capitals_are_each_a_person(ufop: Program) -> None:
    title = "IMPLEMENTAÇÃO DE INTERFACE DE COMUNICAÇÃO PARA DETECTOR ELETRÔNICO DE FISSURA EM DORMENTES DE AÇO."
    assert _titled(ufop, title) == ("CARLOS HENRIQUE NOGUEIRA DE RESENDE BARBOSA", "KARINA SOUZA CRISPIM")
    assert _titled(ufop, "Mambembe - Música e Teatro Itinerante.") == (
        "BRUNA CAROLINE SOARES DE MENESES",
        "LETICIA RACHID MACHADO",
        "NEIDE DAS GRACAS DE SOUZA BORTOLINI",
        "ISABELA FREIRIA YEDA MACEDO",
        "VINICIUS AMORIM ALMENDROS",
        "JAQUELINE LOURENCO DE SOUZA PEREIRA",
    )
    # line 344 lists an e-mail address among the names: nobody
    assert _titled(ufop, "Clik Help: um aplicativo para acessibilidade em situações de emergência") == (
        "Rafael Coelho Tavares",
        "Jardiano de Queiroz Silva",
        "Victor Fereirra Gonçalves",
        "Vinicius Oliveira Gontijo",
        "Ana Paula Ladeira",
    )


def test_ufop_a_title_wrapped_after_de_is_one_title(ufop: Program) -> None:
    title = (
        "DESENVOLVIMENTO DE NOVOS FOTOCATALISADORES BASEADOS EM FERRO PARA REMOÇÃO DE CONTAMINANTES EMERGENTES EM ÁGUA"
    )
    assert _titled(ufop, title) == ("VICTOR LEONE DE OLIVEIRA", "ADILSON CANDIDO DA SILVA")


@pytest.fixture(scope="module")
def agora() -> Program:
    return _read("csv", AGORA, ReadContext(timezone=ZoneInfo("Europe/Paris"), first_date=date(2026, 6, 16)))


def test_agora_speakers_cards_are_each_a_person_with_their_organisation(agora: Program) -> None:
    people = {item.title: item.people for item in agora.items}
    assert people["Le travail de représentation scientifique par la maquette pédagogique"] == (
        "Bruno Jourdain [IGE]",
        "Anne-Sarah Amblard [ISTerre]",
        "Alexandre Aguila [SCALAE]",
    )
    assert people["Méthode de la médiation scientifique par la ludicité et la convivialité"] == (
        "Damien Bouëvin [Nemeton]",
        "Marion Sabourdy [Territoire de sciences]",
        "Olivier Katz [AurorAlpes]",
    )
    assert people["Art-science, la médiation par le prisme de l'émotion"] == (
        "Bastien Chrétien [comédien et metteur en scène]",
        "Hugues François [INRAE]",
    )


def test_agora_who_speaks_before_a_dash_and_what_they_do_after_it(agora: Program) -> None:
    (opening,) = [item for item in agora.items if item.title.startswith("Accueil des participant")]
    assert opening.people == ("AurorAlpes",)  # "AurorAlpes — Mot de bienvenue et présentation de l'événement"
    assert [item.title for item in agora.items].count("Pause café") == 2
    assert len(agora.items) == 12


def test_ufop_a_table_without_times_needs_no_time_zone() -> None:
    # the award list writes no time at all: it was refused without --timezone
    program = _read("html-page", UFOP, ReadContext())
    assert len(program.items) == 70
    assert {item.start for item in program.items} == {None}
    assert not program.problems


def test_agora_a_quoted_cell_after_a_space_is_one_cell(agora: Program) -> None:
    # line 8: `…,"Pourquoi faire de la médiation, quels sont les leviers d'action", "Florent Collovati, LPSC",…`
    (talk,) = [item for item in agora.items if item.title.startswith("Pourquoi faire de la médiation")]
    assert talk.people == ("Florent Collovati",)
    assert talk.start is not None and (talk.start.hour, talk.start.minute) == (15, 15)
