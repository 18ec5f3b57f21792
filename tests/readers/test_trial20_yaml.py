"""Trial 20's YAML file (unseen): ENEEM 2019's agenda, days of untimed activities.

Expectations are written from the source (tests/data/yaml_site/PROVENANCE.md): each activity's `name`,
`speaker` (split at `,`, without `Prof.`/`Eng.` and a bracketed role), `place` and its day's `date`.
"""

from __future__ import annotations

from datetime import date

import pytest

from program.errors import UsageError
from program.feed_reading import read_feed
from program.readers import ReadContext
from program.readers.yaml_dates import is_date_only
from program.settings import FeedSpec

from helpers import ROOT

DATA = ROOT / "tests" / "data"


ENEEM = DATA / "yaml_site" / "eneem2019-agenda.yml"
ENEEM_ACTIVITIES = [
    ("Sessão de Abertura", 15, (), None),
    ("Workshop Desmontagem de um Motor", 16, ("Francisco Brito",), "LabMoTa"),
    ("Desenvolvimento de robôs móveis e autónomos", 16, ("Fernando Ribeiro",), None),
    ("Do Currículo à Entrevista", 16, ("Carina Mano",), None),
    ("Biomecânica, Ferramenta para Melhorar o Bem-Estar e Qualidade de Vida", 17, ("Paulo Flores",), None),
    ("Processos, Os Novos Paradigmas das Organizações", 17, ("César Costa",), None),
    ("Workshop de Fundição", 17, ("Hélder Puga",), None),
    ("Se pudesse vendia a minha mãe!", 17, ("Juliana Viegas",), None),
    ("Integration of management systems", 17, ("Piotr Kafel",), None),
    ("Arduino, Servos, LEDS RGB. Como pôr o Arduino a controlar os nossos circuitos", 17, ("Sérgio Branco",), None),
    ("Como Falar em Público", 17, ("Elsa Costa e Silva",), None),
    ("Resolução Criativa de Problemas", 17, ("Paulo Silva",), None),
    ("Como Inovar, Pequenos investimentos para grandes resultados", 17, ("Jorge Cavaleiro",), None),
    ("Trabalhar em equipa aprende-se", 17, ("Diana Mesquita",), None),
    ("Tribologia, âmbito e importância, conceitos e abordagem de casos práticos", 17, ("José Gomes",), None),
    ("Se montares bem nunca mais queres outra coisa...", 17, ("Luís Alves",), None),
    ("Visita ao Pólo de Inovação em Engenharia de Polímeros (PIEP)", 17, (), "PIEP"),
    ("Dicas para uma carreira", 17, ("João Leite",), None),
    ("Workshop Solidworks", 17, ("João Honório",), None),
    (
        "Aplicação prática de dimensionamento e selecção de grupos electrobomba, associação em paralelo",
        17,
        ("Raquel Silva",),
        None,
    ),
    (
        "Do conceito à montagem final. Como superar desafios numa indústria à escala global",
        17,
        ("Miguel Nogueira",),
        None,
    ),
    ("Engenharia, Soluções e Inovação", 17, ("Gil Sousa",), None),
    ("Visita ao Laboratório de órgãos de Máquinas e Tribologia", 17, ("José Gomes",), None),
    ("Visita ao Laboratório de ensaio de materiais", 17, ("José Meireles",), None),
    ("Visita ao Pavilhão Tecnológico do Departamento de Engenharia de Polímeros", 17, ("António Brito",), None),
    ("Workshop ANSYS", 17, ("Nuno Silva",), None),
    ("Mecânica dos chassis de Karting", 17, ("António Ferreira",), None),
    ("Additive Manufacturing, Vantagens", 17, ("Andreia Nabais",), None),
    (
        "Simbioses Industriais e Economia Circular",
        17,
        (
            "André Ribeiro",
            "Susana Lopes",
            "António Lorena",
            "Feliz Mil-Homens",
            "Normando Ramos",
            "Débora de Neto e Lima",
            "Joana Dias",
        ),
        "Centro para a Valorização de Resíduos",
    ),
    ("Cerveja artesanal low-cost", 17, ("Francisco Graça Henriques",), None),
    (
        "Mesa Redonda ISO 9001:2015, 3 anos depois",
        17,
        ("Paulo Sampaio", "Rui Pimentel", "Ana Monteiro", "Nuno Lourinho"),
        None,
    ),
    (
        "Os desafios da gestão de Gases de Exaustão na indústria automóvel, Caso prático dos Permutadores de Calor EGR",
        17,
        ("Ricardo Ferreira",),
        None,
    ),
]
"""The 32 activities: `name`, the day's `date` (n Abril 2019), `speaker` without Prof./Eng./(moderador), `place`."""


def test_eneem_days_of_untimed_activities_are_told_and_read_without_a_program_file() -> None:
    read = read_feed(FeedSpec(ENEEM), ReadContext(first_date=date(2019, 4, 15)))

    got = [(i.title, i.start, i.end, i.day, i.people, i.location) for i in read.program.items]
    assert read.reader == "yaml-site"
    assert got == [(t, None, None, date(2019, 4, day), p, r) for t, day, p, r in ENEEM_ACTIVITIES]
    assert not read.program.problems
    assert "entries at [].activities[]" in read.program.reading[0]


def test_eneem_days_without_a_year_ask_for_the_first_day() -> None:
    with pytest.raises(UsageError, match=r"the day '15 Abril' without a year or date; pass --date YYYY-MM-DD"):
        read_feed(FeedSpec(ENEEM), ReadContext())


def test_a_day_of_a_named_month_is_a_date_a_room_number_is_not() -> None:
    assert [is_date_only(text) for text in ("15 Abril", "1º de maio", "April 15", "Room 12", "Track 2")] == [
        True,
        True,
        True,
        False,
        False,
    ]
