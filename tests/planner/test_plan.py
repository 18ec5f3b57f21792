"""`program plan`: the shipped template plans seeds 003 + 004 with no broken rule.

No plan is explained; a re-plan moves little.
"""

from __future__ import annotations

import json
import shutil
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from program.cli.main import main
from program.model.text import match_key

from helpers import SEEDS, files_under

POOLS = [SEEDS / "003_fa518e10fecf02ab.txt", SEEDS / "004_05e0a433d85f4cd8.txt"]
TEMPLATE = SEEDS / "plan.toml"
HARD_RULES = {"overlap", "speaker-conflict", "poster-during-own-talk", "buffer", "unavailable", "over-capacity"}


def _plan(out: Path, template: Path = TEMPLATE, pools: list[Path] = POOLS, *extra: str) -> int:
    return main(["plan", *map(str, pools), "--template", str(template), "--out", str(out), "--no-pdf", *extra])


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("plan") / "out"
    assert _plan(out) == 0
    return out


def _program(out: Path) -> dict[str, Any]:
    program: dict[str, Any] = json.loads((out / "program.json").read_text(encoding="utf-8"))
    return program


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_the_shipped_template_passes_program_check_with_its_own_limits(
    planned: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    status = main(["check", "--json", "--template", str(TEMPLATE), str(planned / "program.json")])
    report = json.loads(capsys.readouterr().out)
    assert status == 0
    assert {problem["code"] for problem in report["problems"]} <= {"name-merged"}


def test_every_pool_paper_has_one_board_within_capacity_and_the_day_has_the_template_shape(planned: Path) -> None:
    program = _program(planned)
    items = program["items"]
    posters = [item for item in items if item["kind"] == "poster"]
    assert len(posters) == len(program["papers"]) == 50
    assert len({match_key(poster["title"]) for poster in posters}) == 50
    by_session: dict[str, list[int]] = defaultdict(list)
    for poster in posters:
        (session,) = poster["sessions"]
        by_session[session].append(int(poster["board"][1:]))
    for boards in by_session.values():
        assert sorted(boards) == list(range(1, len(boards) + 1))  # numbered from 1, none twice
        assert len(boards) <= 30
    spotlights = sorted(_time(item["start"]).strftime("%H:%M") for item in items if item["kind"] == "spotlight")
    assert spotlights == ["10:55", "11:10", "11:25", "11:40", "13:05", "13:30"]
    invited = [item["title"] for item in items if item["kind"] == "invited-talk"]
    assert len(invited) == 5


def test_the_templates_lists_and_groups_are_kept(planned: Path) -> None:
    items = _program(planned)["items"]
    talks = {item["title"] for item in items if item["kind"] == "spotlight"}
    assert any(title.startswith("NetBooster") for title in talks)
    assert "Efficient Fine-Tuning of BERT Models on the Edge" not in talks  # the best score, but not_spotlights
    session_of = {item["title"].split(":")[0]: item["sessions"][0] for item in items if item["kind"] == "poster"}
    assert session_of["BNS-GCN"] == session_of["PipeGCN"]
    assert (
        session_of["Efficient Fine-Tuning of BERT Models on the Edge"]
        != (session_of["Efficient Fine-Tuning of Compressed Language Models with Learners"])
    )


def _places_of(program: dict[str, Any]) -> dict[str, list[tuple[datetime, datetime, str]]]:
    """Each person's (start, end, item id): timed items and the sessions of their posters."""
    items = {item["id"]: item for item in program["items"]}
    places: dict[str, list[tuple[datetime, datetime, str]]] = defaultdict(list)
    for item in program["items"]:
        for session in item.get("sessions") or [] if item["kind"] == "poster" else [item["id"]]:
            timed = items[session]
            for name in item["people"]:
                places[match_key(name)].append((_time(timed["start"]), _time(timed["end"]), session))
    return places


def test_nobody_is_in_two_places_within_the_buffer_or_while_unavailable(planned: Path) -> None:
    """Verified from program.json alone, not with the planner's own checks."""
    places = _places_of(_program(planned))
    buffer = timedelta(minutes=5)
    for name, spans in places.items():
        distinct = sorted(set(spans))
        for number, (start, end, first) in enumerate(distinct):
            for other_start, other_end, second in distinct[number + 1 :]:
                if first != second:
                    assert not (start < other_end + buffer and other_start < end + buffer), (name, first, second)
    away_from, away_until = (_time(f"2022-12-03T{clock}:00-06:00") for clock in ("13:00", "15:00"))
    for start, end, _ in places[match_key("Zhongzhi Yu")]:
        assert end <= away_from or start >= away_until
    assert len(places[match_key("Zhongzhi Yu")]) == 6 + 1  # six posters, one of them also a spotlight


def test_the_report_says_what_was_decided_and_why(planned: Path) -> None:
    report = (planned / "plan-report.md").read_text(encoding="utf-8")
    assert "optimal (proven)" in report
    assert "on the spotlights list (" in report
    assert "'Efficient Fine-Tuning of BERT Models on the Edge' (score 20.5): on the not\\_spotlights list" in report
    assert "Zhongzhi Yu (6 paper(s)) is kept away from Sat 3 Dec 1:00 p.m.–3:00 p.m.: unavailable" in report
    assert "## Moves since the previous plan" not in report


def test_planning_twice_writes_the_same_bytes(planned: Path, tmp_path: Path) -> None:
    assert _plan(tmp_path / "again") == 0
    first, second = files_under(planned), files_under(tmp_path / "again")
    assert {name: data for name, data in second.items() if name != "plan-report.md"} == {
        name: data for name, data in first.items() if name != "plan-report.md"
    }


def _template_with(tmp_path: Path, *replacements: tuple[str, str]) -> Path:
    text = TEMPLATE.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text
        text = text.replace(old, new)
    path = tmp_path / "plan.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_too_few_boards_is_explained_and_nothing_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    template = _template_with(tmp_path, ("boards = 30", "boards = 20"))
    assert _plan(tmp_path / "out", template) == 1
    error = capsys.readouterr().err
    assert "no plan keeps every rule" in error
    assert error.count("has 20 boards") == 2
    assert "the pools have 50 papers, each needing a board" in error
    assert not (tmp_path / "out").exists()


def test_conflicting_wishes_are_narrowed_to_the_few_that_clash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hint_aug = (
        "Hint-Aug: Drawing Hints from Foundation Vision Transformers"
        " Towards Boosted Few-Shot Parameter-Efficient Tuning"
    )
    template = _template_with(
        tmp_path,
        ('spotlights = ["NetBooster', f'spotlights = ["{hint_aug}", "NetBooster'),
        ('from = "13:00"', 'from = "10:00"'),
        ('until = "15:00"', 'until = "12:00"'),
    )
    out = tmp_path / "out"
    out.mkdir()
    (out / "program.json").write_text("earlier", encoding="utf-8")
    assert _plan(out, template) == 1
    lines = [line.strip() for line in capsys.readouterr().err.splitlines() if line.startswith("  - ")]
    # Two must-talks by Zhongzhi Yu's group, one block left after his morning away: a core of four.
    assert len(lines) == 4
    assert any(line.startswith(f"- '{hint_aug}' must be a talk") for line in lines)
    assert any(line.startswith("- 'NetBooster") and "must be a talk" in line for line in lines)
    assert any(line.startswith("- Zhongzhi Yu is unavailable Sat 3 Dec, 10:00 a.m.–12:00 p.m.") for line in lines)
    assert (out / "program.json").read_text(encoding="utf-8") == "earlier"


def test_replanning_after_a_withdrawal_moves_only_what_it_must(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    withdrawn = "Deep Learning Methods for Improved Decoding of Linear Codes"
    pool_lines = POOLS[0].read_text(encoding="utf-8").split("\n")
    title_line = next(number for number, line in enumerate(pool_lines) if line.startswith(withdrawn))
    del pool_lines[title_line - 1 : title_line + 2]  # its score line, title line and abstract
    pools = [tmp_path / POOLS[0].name, tmp_path / POOLS[1].name]
    pools[0].write_text("\n".join(pool_lines), encoding="utf-8")
    shutil.copy(POOLS[1], pools[1])
    before = _program(planned)
    assert any(item["title"] == withdrawn and item["kind"] == "spotlight" for item in before["items"])

    assert _plan(tmp_path / "out", TEMPLATE, pools, "--previous", str(planned / "program.json")) == 0
    after = _program(tmp_path / "out")
    gone = {item["id"] for item in before["items"]} - {item["id"] for item in after["items"]}
    new = [item for item in after["items"] if item["id"] not in {old["id"] for old in before["items"]}]
    assert len(gone) == 2  # the paper's spotlight and poster
    assert len(new) == 1 and new[0]["kind"] == "spotlight"  # its slot goes to another paper, whose poster stays
    freed = next(item for item in before["items"] if item["title"] == withdrawn and item["kind"] == "spotlight")
    assert new[0]["start"] == freed["start"]

    def placement(item: dict[str, Any]) -> dict[str, Any]:
        # The pool's lines shifted; `modified` is now written out (it was the program's `updated`).
        return {key: value for key, value in item.items() if key not in {"source", "line", "modified"}}

    unchanged = {item["id"]: placement(item) for item in before["items"] if item["id"] not in gone}
    assert [placement(item) for item in after["items"] if item["id"] in unchanged] == list(unchanged.values())
    capsys.readouterr()
    main(["diff", str(planned / "program.json"), str(tmp_path / "out" / "program.json")])
    changelog = capsys.readouterr().out
    assert "3 items changed" in changelog
    report = (tmp_path / "out" / "plan-report.md").read_text(encoding="utf-8")
    assert "## Moves since the previous plan" in report and "Removed (2):" in report


def test_check_with_a_template_reports_its_three_rules(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stricter = _template_with(
        tmp_path,
        ("boards = 30", "boards = 10"),
        ('buffer = "5m"', 'buffer = "30m"'),
        ('person = "Zhongzhi Yu"', 'person = "Yonggan Fu"'),
        ('from = "13:00"', 'from = "08:00"'),
    )
    capsys.readouterr()
    status = main(["check", "--json", "--template", str(stricter), str(planned / "program.json")])
    codes = {problem["code"]: problem["severity"] for problem in json.loads(capsys.readouterr().out)["problems"]}
    assert status == 1
    assert codes["over-capacity"] == "error"
    assert codes["unavailable"] == "error"
    assert codes["buffer"] == "warning"


@pytest.mark.parametrize(
    ("replacement", "expected"),
    [
        (("boards = 30", "boards = 0"), "plan.toml:90: error: boards: expected a whole number from 1 to 100,000"),
        # Issue 32: sizes beyond what the solver can hold were tracebacks or ran for ever.
        (
            ("boards = 30", "boards = 100000000000000000000000000"),
            "plan.toml:90: error: boards: expected a whole number from 1 to 100,000, found 1000000",
        ),
        (("boards = 30", "boards = 1e26"), "plan.toml:90: error: boards: expected a whole number from 1 to 100,000"),
        (
            ("talks = 4", "talks = 100000000"),
            "plan.toml:72: error: talks: expected at most 96: talks of 10m and gaps of 5m within one day",
        ),
        (('length = "10m"', 'length = "0m"'), "plan.toml:73: error: length: expected a length of at least 1m"),
        (("talks = 4", "talks = 4\nspeakers = 2"), "[[spotlights]]: unknown key 'speakers'"),
        (('"NetBooster: Empowering', '"NetBoster: Empowering'), "did you mean 'netbooster empowering"),
        (('person = "Zhongzhi Yu"', 'person = "Nobody Here"'), "'Nobody Here' is neither an author in the pool"),
        (('start = "10:55"', 'start = "25:00"'), "start: expected a time of day"),
    ],
)
def test_template_mistakes_are_reported_at_their_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], replacement: tuple[str, str], expected: str
) -> None:
    template = _template_with(tmp_path, replacement)
    assert _plan(tmp_path / "out", template) == 1
    error = capsys.readouterr().err
    assert expected in error
    assert f"{template.as_posix()}:" in error
    assert not (tmp_path / "out").exists()
