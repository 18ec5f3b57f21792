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
    # a one-word stage name over its paragraph (`Totoro`) is not taken: a name needs two words
    "Gameplay com Jovem Nerd x Jacaré Banguela e Totoro #CPBR10": ("Jacaré Banguela", "Jovem Nerd"),
    # `Renato de Faria e Almeida Prado: Engenheiro …`: the name ends at `e` (two people are joined so too)
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
