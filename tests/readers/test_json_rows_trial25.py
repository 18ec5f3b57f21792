"""Trial 25's app export (unseen): Campus Party Brasil 2017, speakers written as biographies.

Expectations from the excerpt (tests/data/json_rows/PROVENANCE.md): titles, starts, stages with
the json module; the people by eye, the names each paragraph of `speakers` opens with. Before,
the room was `stage` (`Palco Ciência CPBR10 (Campus Party Brasil 2017)`, the event's name added)
and every sentence of a biography was a person (`Anchises Moraes é um rockstar de Segurança, …`).
"""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

from program.readers import ReadContext, detect_readers
from program.readers.json_rows import JsonRowsReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "json_rows"
SAO_PAULO = ZoneInfo("America/Sao_Paulo")
PEOPLE = {
    "Cosmonautas - O pioneirismo russo na exploração espacial #DUMONT #CPBR10": ("Anchises Moraes",),
    "Como criar ou viver em uma Ecovila Digital? #EcovilaDigital #CPBR10": ("Gabriel DREAD Siqueira",),
    "The Big Hackaton: Hackeando soluções para proteger o Planeta #CPBR10": (
        "Viviane Romeiro",
        "Haroldo Machado Filho",
    ),
    "Derrubando mitos do desenvolvimento cross-platform #MONKEYNIGHTSDEVS #CPBR10": ("Angelo Luis Rodrigues da Silva",),
    "Internet das Coisas com Arduino e Raspberry Pi": ("Bruno Loyola",),
    "Tecnologia e mercado de trabalho #PROFNERI #CPBR10": ("Neri Aldoir Neitzke",),
    "Influencia de Star Trek na evolução tecnologica da medicina moderna #STARTREK #CPBR10": (
        "César Augusto Cezaroni",
        "Fernando Fernandes",
        "Fernando Augusto Dias Afonso",
    ),
    "Como hackear tudo! #PAPODESYSADMIN #CPBR10": (
        "Alcyon Junior",
        "Christiano Linxmen",
        "Eduardo Serrano",
        "Lucas Teske",
        "Luckas Farias",
    ),
    # a one-word stage name alone on its line over its paragraph (`Totoro⏎Nasceu no Rio …`) is a person
    "Gameplay com Jovem Nerd x Jacaré Banguela e Totoro #CPBR10": ("Totoro", "Jacaré Banguela", "Jovem Nerd"),
    # `Renato de Faria e Almeida Prado: Engenheiro …`: the name ends at `e` (two people are joined so too);
    # his whole name is `Renato de Faria e Almeida Prado`, which nothing tells from two people here
    "Makerspace FAZEDORES na Open Campus #FAZEDORES #CPBR10": ("Renato de Faria",),
}


def test_cpbr10_stage_name_is_the_room_and_biographies_give_only_their_names() -> None:
    text = (DATA / "cpbr10-schedule-excerpt.json").read_text(encoding="utf-8")
    rows = json.loads(text)
    assert [reader.name for reader in detect_readers(text)] == ["json-rows"]
    program = JsonRowsReader().read(text, source="cpbr10.json", context=ReadContext(timezone=SAO_PAULO))
    assert len(rows) == len(program.items) == 23
    starts = [datetime.fromisoformat(row["date"]).astimezone(SAO_PAULO) for row in rows]
    by_title = {item.title: item for item in program.items}
    for row, start in zip(rows, starts, strict=True):
        item = by_title[" ".join(row["title"].split())]
        later = [other for other in starts if other > start and other.date() == start.date()]
        assert (item.start, item.end, item.location) == (start, min(later, default=None), row["stage_name"])
    for title, people in PEOPLE.items():
        assert by_title[title].people == people, title
    assert max(len(name) for item in program.items for name in item.people) < 40  # no sentence is a person
    assert not by_title["Cerimônia de Abertura #CPBR10"].people  # `speakers` empty
    said = " ".join(program.reading)
    assert "stage_name → room" in said and "the people column holds biographies" in said


SPEAKERS = {  # by reading each object's `speakers` (tests/data/json_rows/PROVENANCE.md)
    9820: (),  # the file's first object, `speakers` null
    11075: ("Totoro", "Jacaré Banguela", "Jovem Nerd"),  # stage names over their biographies
    # `Mediador:` alone, the moderator's name on the next line
    10875: ("Fabíola Paes", "Carlos Balsalobre", "Daniel Koleski", "João de Souza", "Arthur Schuler da Igreja"),
    11179: ("Jojoca", "Naty Graciano", "Ninja", "Renan"),  # the last `Renan-  Canal Acelerados`
    # `Name - role` lines, then each restated shorter in a biography (`Pedro Aguilera é roteirista …`)
    10837: ("Pedro Aguilera Fernandes", "Daina Liane Giannecchini", "Dani Libardi", "Jotagá Crema", "Almir Almas"),
    10838: ("Carlos Reis Lacerda de Queiroz", "Salustiano Fagundes de Souza", "Igor Kupstas", "Janaína Castro"),
    # `PALESTRANTES:` and `MEDIADORES:` over lines of `Name (Org);` names
    10578: (
        "João Gabriel Santos",
        "Luiz Fernando da Silva Borges",
        "Maria Vitória Valoto",
        "João Vitor Chaves Silva",
        "Yolanda Rodrigues",
        "Cinthia Rodrigues",
        "Angelita Gomes Drunkenmolle",
    ),
    11003: ("PC Siqueira", "Pathy do Reis", "Vagazoide", "Jacaré Banguela"),
    11172: ("Jovem Nerd", "Fernanda", "Alessandro", "Marco"),  # `Fernanda - Atriz/…`: one word before a dash
    10863: (
        "Rafael Bento da Silva Soares",
        "Pirulla",
        "Camila Laranjeira da Silva",
        "Filipe Figueiredo",
        "Emilio Garcia",
    ),
    10858: ("Maciel Costa Barreto",),  # `Casemodder.` alone on a line is what he does
    # `Mediação: Tatiany Leite`; `Cintia - Cintia Disse`, a name of one word before a dash
    11095: ("Pamella Brandão", "Pirulla", "Mari Fulfaro", "Ivys Urquiza", "Cintia", "Tatiany Leite"),
    # `Name: role` lines, the last a name alone
    10746: (
        "Marcus Vinicius de Melo Oliveira",
        "Julio Cesar Wan Der Maas Oliveira",
        "Leticia Pereira Araújo",
        "Larissa Araújo Miranda",
        "Anderson Targino da Silva Ferreira",
    ),
    # `. Marcel Bueno Silva, gerente …`: a stray full stop before the name
    11084: (
        "Luciano Driemeier",
        "Marcel Bueno Silva",
        "Walter Pellizzari",
        "Gabriel Araújo",
        "Letícia Passarelli",
        "Edson Mackeenzy",
        "Marcio Nigro",
    ),
    11178: ("Júlio R. Meneghini",),  # `Prof. Dr. Júlio R. Meneghini Poli⏎⏎USP` (Poli-USP, where he teaches)
    11087: ("Andressa Jordano", "Victor Vasques"),  # `Name – role` paragraphs, no longer cut at the first dash
}


def test_cpbr10_stage_names_moderators_and_role_lines_are_people() -> None:
    text = (DATA / "cpbr10-speakers-excerpt.json").read_text(encoding="utf-8")
    rows = json.loads(text)
    program = JsonRowsReader().read(text, source="cpbr10.json", context=ReadContext(timezone=SAO_PAULO))
    assert len(program.items) == len(rows) == len(SPEAKERS)
    for row, item in zip(rows, program.items, strict=True):
        assert item.title == " ".join(row["title"].split())
        if row["id"] in MISSED:  # some of the people only, and nobody who is not one
            assert set(item.people) < set(SPEAKERS[row["id"]]), row["id"]
        else:
            assert item.people == SPEAKERS[row["id"]], row["id"]


MISSED = {11178: "Meneghini Poli⏎⏎USP"}
"""What stays unread: a name whose place (`Poli`, for Poli-USP) follows it on its line."""
