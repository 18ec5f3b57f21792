"""AIAFS 2023's accepted papers, a CSV a tester tried unseen (trial 5).

`serial_no,paper_id,title,authors,web_id`: a header row, so a table read by its columns (the
Mini-Conf reader's papers.csv with its id named `paper_id`), never a text list whose titles
keep the ids. Expectations written by hand from tests/data/miniconf/aiafs2023-accepted_papers.csv.
"""

from __future__ import annotations

from program.readers import ReadContext, detect_readers
from program.readers.miniconf import MiniconfReader
from program.readers.paper_list import PaperListReader

from helpers import ROOT

AIAFS = ROOT / "tests" / "data" / "miniconf" / "aiafs2023-accepted_papers.csv"


def test_the_csv_is_claimed_by_the_papers_csv_reader_only() -> None:
    text = AIAFS.read_text(encoding="utf-8")
    assert [reader.name for reader in detect_readers(text)] == ["miniconf"]
    assert not PaperListReader().detect(text)


def test_every_row_is_a_paper_titled_without_its_ids() -> None:
    program = MiniconfReader().read(AIAFS.read_text(encoding="utf-8"), source=AIAFS.name, context=ReadContext())
    by_title = {paper.title: paper for paper in program.papers}
    assert len(program.papers) == 26
    assert by_title["Exploiting Unlabeled Data to Improve Detection of Visual Anomalies in Soft Fruits"].authors == (
        "Taeyeong Choi",
        "Xin Liu",
    )
    # Line 11, "08,8,…": the paper a text reading dropped.
    assert by_title["Learning Crop Management by Reinforcement: gym-DSSAT"].authors == (
        "romain gautron",
        "Emilio J. Padrón",
        "Philippe Preux",
        "julien bigot",
        "Odalric-Ambrym Maillard",
        "Gerrit Hoogenboom",
        "julien teigny",
    )
    assert by_title["Semi-Supervised Object Detection for Agriculture"].authors[-1] == "Thomas C. Walters"
    assert "2-D HISTOGRAM BASED ON RELATIVE ENTROPY THRESHOLDING FOR CROP SEGMENTATION USING UAV-BASED IMAGES" in (
        by_title
    )
    assert not any("," in (paper.title or "")[:4] for paper in program.papers)
