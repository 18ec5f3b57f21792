"""Trial 20's pages and paper lists (unseen), read as their sources write them (PROVENANCE.md of each folder).

Expectations come from the sources by regular expressions over their markup, never from the
reader: ERES 2024's `<li><strong>Title</strong></li>` over `<li>Name (Place)</li>` lines.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from program.model import Kind
from program.readers import ReadContext

from helpers import ROOT, read_detected

DATA = ROOT / "tests" / "data"
TOKYO = ZoneInfo("Asia/Tokyo")


def _eres_source() -> list[tuple[str, list[str], list[str]]]:
    """ERES 2024's papers from its markup: each title, its authors' names and their places in brackets."""
    papers: list[tuple[str, list[str], list[str]]] = []
    for line in (DATA / "paper_lists" / "eres2024-aceitos.md").read_text(encoding="utf-8").splitlines():
        if title := re.search(r"<li><strong>(.*?)</strong></li>", line):
            papers.append((title[1], [], []))
        elif author := re.fullmatch(r"\s*<li>(.*?) \((.*?)\)</li>\s*", line):
            papers[-1][1].append(author[1])
            papers[-1][2].append(author[2])
    return papers


def test_eres_bold_titles_over_one_author_a_line_with_place_in_brackets() -> None:
    name, program = read_detected("paper_lists", "eres2024-aceitos.md", ReadContext())

    expected = _eres_source()
    assert name == "paper-list"  # the front matter's keys are no sign of a YAML file
    assert len(expected) == 36
    assert not program.problems
    # where each works goes with the name in square brackets: "(IFRS)" alone would read as a nickname
    got = [(paper.title, list(paper.authors)) for paper in program.papers]
    written = [(title, [f"{n} [{p}]" for n, p in zip(names, places, strict=True)]) for title, names, places in expected]
    assert got == written
    assert program.papers[0].authors == ("Lis Ângela De Bortoli [IFRS]", "Emerson Oliveira Jr. [IFRS]")
    assert [paper.category for paper in program.papers].count("Fórum de Extensão:") == 2


def _fed_source() -> list[tuple[str, str, str, list[str]]]:
    """FED 2021's rows: start, end, the session cell without its link, the speakers without handle and さん."""
    rows = []
    for line in (DATA / "pages" / "fed2021-timetable.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if len(cells) != 5 or not re.fullmatch(r"\d\d:\d\d", cells[0]):
            continue
        linked = re.compile(r"\[([^\]]*)\]\([^)]*\)")
        speakers = [
            re.sub(r"\s*\([^()]*\)$", "", linked.sub(r"\1", part).strip().removesuffix("さん").strip())
            for part in cells[4].split("&")
            if part.strip()
        ]
        rows.append((cells[0], cells[1], linked.sub(r"\1", cells[3]), [s for s in speakers if s != "未定"]))
    return rows


def _tokyo(clock: str) -> datetime:
    return datetime.combine(date(2021, 4, 24), datetime.strptime(clock, "%H:%M").time(), TOKYO)


def test_fed_japanese_header_names_the_columns_and_honorifics_end_the_speakers_names() -> None:
    name, program = read_detected("pages", "fed2021-timetable.md", ReadContext(date(2021, 4, 24), TOKYO))

    expected = _fed_source()
    assert name == "schedule-page"
    assert len(expected) == 24
    got = [(item.title, item.start, item.end, list(item.people)) for item in program.items]
    assert got == [(title, _tokyo(start), _tokyo(end), people) for start, end, title, people in expected]
    fukuoka_js = program.items[4]
    assert fukuoka_js.people == ("加月宗一郎", "Keitaro Okamura")  # `加月宗一郎([@Zuckey_](…))さん & …`
    assert program.items[1].people == ("古賀 洋平",)  # `[古賀 洋平 (こが ようへい)](…) さん`: the kana reading left out
    assert program.items[0].kind is Kind.OPENING and program.items[0].people == ()  # `オープニング | 未定`
    assert [item.kind for item in program.items].count(Kind.BREAK) == 5  # 休憩


def _ruleml_source() -> list[tuple[str, list[str]]]:
    """RuleML 2010's papers from its markup: `<li><span …>A, B and C. <em>Title</em></span></li>`."""
    text = (DATA / "paper_lists" / "ruleml2010-accepted-papers.html").read_text(encoding="utf-8")
    papers = []
    for authors, rest in re.findall(r"<li><span[^>]*>(.*?)\. (.*?)</span></li>", text):
        title = re.sub(r"<[^>]+>", "", rest).strip()
        papers.append((title, re.split(r",? and |, ", authors)))
    return papers


def test_ruleml_saved_cms_page_is_a_paper_list_read_in_its_main_content_only() -> None:
    name, program = read_detected("paper_lists", "ruleml2010-accepted-papers.html", ReadContext())

    expected = _ruleml_source()
    assert name == "paper-list"  # a whole HTML document, no clock time: not a schedule page without a schedule
    assert len(expected) == 21
    assert not program.problems
    assert [(paper.title, list(paper.authors)) for paper in program.papers] == expected
    assert program.papers[5].title == "RuleML 1.0: The Overarching Specification of Web Rules"
    # the sidebar's menus (`Who Will Attend` over `Keynote Speakers and Invited Demos`) and the sponsors are no papers
    assert not {"Who Will Attend", "Highlights", "(Bronze Sponsor)", "BPM EduNet"} & {p.title for p in program.papers}
    assert any('main content only (<div id="content">, lines 129–182)' in said for said in program.reading)
    assert [paper.category for paper in program.papers].count("Short papers") == 7


SAO_PAULO = ZoneInfo("America/Sao_Paulo")


def test_eneimagem_round_table_speakers_a_line_each_without_titles_and_where_they_work() -> None:
    name, program = read_detected("html_pages", "eneimagem2013-programacao.php", ReadContext(None, SAO_PAULO))

    assert name == "html-page"
    assert len(program.items) == 24
    # `Horário | Evento` heads each table (Portuguese names known since trial 31): an item is at its row's time cell
    by_line = {item.source.line: item for item in program.items}
    humor = by_line[58]  # `Mesa-Redonda “Humor Gráfico”<br >` over three `Profa. Dra… (University) <br>` lines
    assert humor.title == "Mesa-Redonda “Humor Gráfico”"
    assert humor.people == ("Diana Luz Ceballo Gómez", "Fausta Gantús", "Maria Francisca Pires")
    assert humor.kind is Kind.PANEL
    assert humor.start == datetime(2013, 5, 8, 8, 30, tzinfo=SAO_PAULO)
    assert humor.end == datetime(2013, 5, 8, 12, 0, tzinfo=SAO_PAULO)
    assert by_line[102].people[-1] == "Maurício Lissovsky"  # `(Universidade Federal do Rio de Janeiro/ ECO)` no one
    assert (by_line[119].title, by_line[119].people) == ("Mesa-Redonda “Arte de criar”", ())  # `No aguardo dos aceites`
    assert by_line[137].people == ("Pedro Luis Puntoni",)  # `((Universidade de São Paulo))`, `No aguardo dos demais…`
    assert (by_line[40].title, by_line[40].people) == ("Conferência de abertura", ("Marie José Mondzain",))


def test_bbc_two_speaker_badges_on_one_line_are_two_people() -> None:
    rome = ZoneInfo("Europe/Rome")
    name, program = read_detected("html_pages", "bbc2022-agenda.md", ReadContext(None, rome))

    assert name == "html-page"
    assert len(program.items) == 10
    archives = next(item for item in program.items if item.source.line == 52)
    assert archives.title == "Gli archivi del mondo digitale: sfide e opportunità"
    assert archives.people == ("Roberto Di Cosmo", "Stefano Vitali")
    assert archives.start == datetime(2022, 3, 16, 18, 15, tzinfo=rome)
    assert [item.people for item in program.items if item.source.line == 32] == [("Liesbeth De Mol",)]
