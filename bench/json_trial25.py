"""Trial 25's app export, its items worked out from the file with the json module alone (not program).

Campus Party Brasil 2017 (excerpts: the first 23 objects; 15 chosen for their `speakers`): `title`
with its white space as one space, `date` a UTC start shown in São Paulo, ended at the next later
start of its local day (docs/formats.md), room `stage_name`. `speakers` is written as biographies:
the people are the names each paragraph opens with, read by eye from the file (one-word stage
names such as `Totoro` included, moderators too).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

SAO_PAULO = ZoneInfo("America/Sao_Paulo")
CPBR10_PEOPLE: dict[int, list[str]] = {
    11075: ["Totoro", "Jacaré Banguela", "Jovem Nerd"],
    10959: ["Anchises Moraes"],
    10402: ["Gabriel DREAD Siqueira"],
    11102: ["Patrick Hruby", "Maristela Baioni"],
    11101: ["José Roberto Sadek", "Barbara Dunin"],
    11103: ["Viviane Romeiro", "Haroldo Machado Filho"],
    11105: ["Samira Bueno", "Moema Freire"],
    11104: ["Luciana Aguiar"],
    11166: ["Angelo Luis Rodrigues da Silva"],
    11221: ["Gustavo Henrique de Abreu"],
    10448: ["Bruno Loyola"],
    9852: ["Vanessa Hellen Monteiro dos Santos"],
    10885: ["Neri Aldoir Neitzke"],
    10800: ["Dado Schneider"],
    11082: ["Diego Prado"],
    10905: ["Renato de Faria e Almeida Prado"],
    11093: ["César Augusto Cezaroni", "Fernando Fernandes", "Fernando Augusto Dias Afonso"],
    11111: ["Rubens Guimarães"],
    10805: ["Émerson Pedroso Marques", "João Paulo Coelho Alves Sineiro", "Sergio Maria das Graças"],
    11018: ["Alcyon Junior", "Christiano Linxmen", "Eduardo Serrano", "Lucas Teske", "Luckas Farias"],
    10979: ["Felipe Fernandes", "Arthur Gandra"],
    # the second excerpt's (session 15): moderators, stage names, `Name: role` lines
    10875: ["Fabíola Paes", "Carlos Balsalobre", "Daniel Koleski", "João de Souza", "Arthur Schuler da Igreja"],
    11179: ["Jojoca", "Naty Graciano", "Ninja", "Renan"],
    10837: ["Pedro Aguilera Fernandes", "Daina Liane Giannecchini", "Dani Libardi", "Jotagá Crema", "Almir Almas"],
    10838: ["Carlos Reis Lacerda de Queiroz", "Salustiano Fagundes de Souza", "Igor Kupstas", "Janaína Castro"],
    10578: [
        "João Gabriel Santos",
        "Luiz Fernando da Silva Borges",
        "Maria Vitória Valoto",
        "João Vitor Chaves Silva",
        "Yolanda Rodrigues",
        "Cinthia Rodrigues",
        "Angelita Gomes Drunkenmolle",
    ],
    11003: ["PC Siqueira", "Pathy do Reis", "Vagazoide", "Jacaré Banguela"],
    10863: [
        "Rafael Bento da Silva Soares",
        "Pirulla",
        "Camila Laranjeira da Silva",
        "Filipe Figueiredo",
        "Emilio Garcia",
    ],
    10858: ["Maciel Costa Barreto"],
    11095: ["Pamella Brandão", "Pirulla", "Mari Fulfaro", "Ivys Urquiza", "Cintia", "Tatiany Leite"],
    10746: [
        "Marcus Vinicius de Melo Oliveira",
        "Julio Cesar Wan Der Maas Oliveira",
        "Leticia Pereira Araújo",
        "Larissa Araújo Miranda",
        "Anderson Targino da Silva Ferreira",
    ],
    11084: [
        "Luciano Driemeier",
        "Marcel Bueno Silva",
        "Walter Pellizzari",
        "Gabriel Araújo",
        "Letícia Passarelli",
        "Edson Mackeenzy",
        "Marcio Nigro",
    ],
    11178: ["Júlio R. Meneghini"],
    11172: ["Jovem Nerd", "Fernanda", "Alessandro", "Marco"],
    11087: ["Andressa Jordano", "Victor Vasques"],
}
"""Each object's speakers by its `id`, as the paragraphs of `speakers` name them (none for 9820 and 10685)."""


def cpbr10(rows: list[Any]) -> Iterator[dict[str, Any]]:
    """Each object: its title, start in São Paulo, end at the local day's next later start, stage and people."""
    starts = [datetime.fromisoformat(row["date"]).astimezone(SAO_PAULO) for row in rows]
    for row, start in zip(rows, starts, strict=True):
        later = [other for other in starts if other > start and other.date() == start.date()]
        yield {
            "title": " ".join(row["title"].split()),
            "start": start,
            "end": min(later, default=None),
            "room": row["stage_name"],
            "people": CPBR10_PEOPLE.get(row["id"], []),
        }


def frontinvale2023(rows: list[Any]) -> Iterator[dict[str, Any]]:
    """Trial 32's FrontInVale 2023: `hour` on 2 September 2023 (São Paulo), ended at the next row's, the last open.

    Titles with `<br>` as a space; no room. People: the names after "por" when the `description` is only
    bylines, or each talk's title with its byline under it (the lightning rounds); none otherwise.
    """
    starts = [datetime.fromisoformat(f"2023-09-02T{row['hour']}").replace(tzinfo=SAO_PAULO) for row in rows]
    for at, (row, start) in enumerate(zip(rows, starts, strict=True)):
        lines = [line for line in row["description"].split("<br>") if line]
        bylined = all(
            line.startswith("por ") or (place + 1 < len(lines) and lines[place + 1].startswith("por "))
            for place, line in enumerate(lines)
        )
        yield {
            "title": " ".join(row["title"].replace("<br>", " ").split()),
            "start": start,
            "end": starts[at + 1] if at + 1 < len(starts) else None,
            "room": None,
            "people": [line.removeprefix("por ") for line in lines if line.startswith("por ")] if bylined else [],
        }
