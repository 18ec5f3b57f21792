"""Paper lists a new user brought unseen (session 12, trial 15), read as their sources say.

- ENLSP 2021's accepted papers (HTML inside Markdown): one modal per paper, its fields labelled
  `<b>Title:</b>`, `<b>Authors:</b>`, `<b>Abstract:</b>`, all on one line; refused by every
  format before ("cannot tell the format", `--format paper-list`: "found none").
- REALM 2025's `Submission ID,Authors,Title,Decision,Archival` CSV: read as 48 untimed items with
  `--format csv` only, now the CMT reader's papers.

The expected papers of ENLSP were typed by a script over the excerpt's source (its labels, the
authors split at ";" outside brackets, each affiliation in square brackets, "nan" no author),
kept out of the repository; REALM's are read off the file.
"""

from __future__ import annotations

from program.readers import READERS, ReadContext

from helpers import ROOT

DATA = ROOT / "tests" / "data"
ENLSP = DATA / "paper_lists" / "enlsp2021-accepted-papers-excerpt.md"
REALM = DATA / "cmt" / "realm2025-accepted-papers.csv"

ENLSP_PAPERS = [
    (
        "A versatile and efficient approach to summarize speech into utterance-level representations",
        (
            "Joao B Monteiro [Institut National de la Recherche Scientifique]",
            "Jahangir Alam [Computer Research Institute of Montreal (CRIM), Montreal (Quebec) Canada]",
            "Tiago H Falk [INRS-EMT]",
        ),
        "/papers/2/CameraReady/ENLSP_MLTDNN.pdf",
    ),
    (
        "Towards Zero and Few-shot Knowledge-seeking Turn Detection in Task-orientated Dialogue Systems",
        (
            "Di Jin [Amazon Alexa AI]",
            "Shuyang Gao [Amazon]",
            "Seokhwan Kim [Amazon Alexa AI]",
            "Yang Liu [Amazon, Alexa AI]",
            "Dilek Z Hakkani-Tur [Amazon Alexa AI]",
        ),
        "/papers/3/CameraReady/OOD_ENLSP_NeurIPS_workshop.pdf",
    ),
    (
        "Towards Textual Out-of-Domain Detection without any In-Domain Labels",
        (
            "Di Jin [Amazon Alexa AI]",
            "Shuyang Gao [Amazon]",
            "Seokhwan Kim [Amazon Alexa AI]",
            "Yang Liu [Amazon, Alexa AI]",
            "Dilek Z Hakkani-Tur [Amazon Alexa AI]",
        ),
        "/papers/4/CameraReady/OOD_ENLSP_NeurIPS_workshop_unsupervised.pdf",
    ),
    ("Continual Few-Shot Named Entity Recognition via Data-Free Distillation", (), "/papers/6/CameraReady/ENLSP.pdf"),
    (
        "Consistent Accelerated Inference via Confident Adaptive Transformers",
        ("Tal Schuster [MIT CSAIL]", "Adam Fisch [MIT]", "Tommi Jaakkola [MIT]", "Regina Barzilay [MIT CSAIL]"),
        "/papers/7/CameraReady/Confident_Early_Exit__Transformer___workshop.pdf",
    ),
    (
        "Efficient Variational Graph Autoencoders for Unsupervised Cross-domain Prerequisite Chains",
        ("Irene Li [Yale University]", "Vanessa Yan [Yale University]", "Dragmir Radev [Yale University]"),
        "/papers/8/CameraReady/ENSLP.pdf",
    ),
    (
        "Unsupervised Domain Adaptation with Adapter",
        (
            "Rongsheng Zhang [Fuxi AI Lab, Netease Inc.]",
            "Yinhe Zheng [Alibaba Group]",
            "Xiaoxi Mao [Fuxi AI Lab, Netease Inc.]",
            "Minlie Huang [Tsinghua University]",
        ),
        "/papers/9/CameraReady/NeurIPS2021_UDA_with_adapter.pdf",
    ),
    (
        "Efficient Strategies of Few-Shot On-Device Voice Cloning",
        (
            "Tasnima Sadekova [Huawei Noah's Ark Lab]",
            "Vadim Popov [Huawei Noah's Ark Lab]",
            "Vladimir Gogoryan [Huawei Noah's Ark Lab; Higher School of Economics]",
            "Ivan Vovk [Huawei Noah's Ark Lab; Higher School of Economics]",
            "Mikhail Kudinov [Huawei Noah's Ark Lab]",
        ),
        "/papers/11/CameraReady/NeurIPS_Workshop_2021__VC_with_few_samples_final.pdf",
    ),
    (
        "Communication-Efficient Federated Learning for Neural Machine Translation",
        ("Tanya G Roosta [Amazon]", "Peyman Passban [Amazon]", "Ankit R Chadha [Amazon]"),
        "/papers/12/CameraReady/nurips_fl_6page (3).pdf",
    ),
    (
        "Adversarial Conversational Shaping for Intelligent Agents",
        ("piotr tarasiewicz [UCL]", "sultan kenjeyev [UCL]", "ilana sebag [UCL]", "shehab alshehabi [ucl]"),
        "/papers/13/CameraReady/ENLSP_final_submission.pdf",
    ),
    (
        "Adaptive Fine-tuning for Vision and Language Pre-trained Models",
        (
            "Shentong Mo [Carnegie Mellon University]",
            "Jingfei Xia [Carnegie Mellon University]",
            "Ihor Markevych [Carnegie Mellon University]",
        ),
        "/papers/14/CameraReady/[Camera-Ready] ENLSP2021_AFVL.pdf",
    ),
    (
        "Dynamic-TinyBERT: Further Enhance the Inference Efficiency of TinyBERT by Dynamic Sequence Length",
        ("Shira Guskin [Intel]", "Moshe Wasserblat [Intel]", "Ke Ding [Intel]", "Gyuwan Kim"),
        "/papers/16/CameraReady/Dynamic_TinyBERT_NLSP2021_camera_ready.pdf",
    ),
    (
        "Evaluating robustness of You Only Hear Once(YOHO) Algorithm on noisy audios in the VOICe Dataset",
        (
            "Soham D Tiwari [Manipal Institute of Technology, Manipal]",
            "Kshitiz Lakhotia [Manipal Institute of Technology, Manipal]",
            "Manjunath Mulimani [Manipal Institute of Technology Manipal]",
        ),
        "/papers/38/CameraReady/yoho-on-voice.pdf",
    ),
]
"""(title, authors, the modal's PDF link) of each of the excerpt's 13 modals, in order."""


def _detected(text: str) -> list[str]:
    return [name for name, reader in READERS.items() if reader.detect(text)]


def test_enlsp_labelled_fields_are_papers_with_authors_abstracts_and_links() -> None:
    text = ENLSP.read_text(encoding="utf-8")
    assert _detected(text) == ["paper-list"]
    program = READERS["paper-list"].read(text, source=str(ENLSP), context=ReadContext())

    got = [(paper.title, paper.authors, paper.links[0].url) for paper in program.papers]
    assert got == ENLSP_PAPERS
    assert all(paper.source is not None and paper.source.line == 63 for paper in program.papers)  # one line holds all
    assert all(paper.abstract for paper in program.papers)
    first = program.papers[0].abstract or ""
    assert first.startswith("Time delay neural networks (TDNN) have become ubiquitous")
    assert first.endswith("as well as other previously proposed methods.")  # not the modal's "Download PDF Close"
    assert program.reading == ("13 papers, 41 authors; shape: labelled fields (Title:, Authors:, Abstract:) (13)",)
    assert not program.items  # the table of titles below the modals repeats them: no papers of its own


def test_labelled_fields_in_markdown_one_a_line() -> None:
    text = (
        "# Accepted papers\n\n"
        "**Title:** Learning to Compose Engines\n**Authors:** Ada Lovelace (Engine Club); Charles Babbage\n"
        "**Abstract:** We compose engines.\nAcross two lines.\n[PDF](papers/1.pdf)\n\n"
        "**Title**: Difference Engines at Scale\n**Authors**: Mary Somerville, Charles Babbage\n\n"
        "Contact us at the address below.\n"
    )
    assert _detected(text) == ["paper-list"]
    program = READERS["paper-list"].read(text, source="list.md", context=ReadContext())

    assert [(paper.title, paper.authors) for paper in program.papers] == [
        ("Learning to Compose Engines", ("Ada Lovelace [Engine Club]", "Charles Babbage")),
        ("Difference Engines at Scale", ("Mary Somerville", "Charles Babbage")),
    ]
    assert program.papers[0].abstract == "We compose engines. Across two lines."
    assert [link.url for link in program.papers[0].links] == ["papers/1.pdf"]
    assert [paper.source.line for paper in program.papers if paper.source] == [3, 9]


def test_yaml_keys_are_no_labelled_fields() -> None:
    lower = (
        "- title: Learning to Compose Engines\n  authors: Ada Lovelace\n- title: Difference Engines\n  authors: Bo Li\n"
    )
    capitalised = "- Title: Learning Engines\n  Authors: Ada Lovelace\n- Title: Looms\n  Authors: Charles Babbage\n"
    assert "paper-list" not in _detected(lower)
    assert _detected(capitalised) == ["yaml-site"]  # a key after a list mark or an indent is YAML's


def test_realm_submissions_with_a_decision_are_cmt_papers() -> None:
    text = REALM.read_text(encoding="utf-8")
    assert _detected(text) == ["cmt"]
    program = READERS["cmt"].read(text, source=str(REALM), context=ReadContext())

    assert len(program.papers) == 48  # 37 Poster, 6 Spotlight, 5 Oral: none rejected
    first = program.papers[0]
    assert first.title == (
        "Are You Sure You’re Positive? Consolidating Chain-of-Thought Agents with Uncertainty Quantification "
        "for Aspect-Category Sentiment Analysis"
    )
    assert first.authors == ("Filippos Ventirozos", "Peter A. Appleby", "Matthew Shardlow")
    assert first.number == 47  # its Submission ID
    quoted = next(paper for paper in program.papers if paper.number == 26)  # line 13: a quoted title with a comma
    assert quoted.title == (
        "Safe in Isolation, Dangerous Together: Agent-Driven Multi-Turn Decomposition Jailbreaks on LLMs"
    )
    assert quoted.authors == ("Devansh Srivastav", "Xiao Zhang")
    last = program.papers[-1]
    assert (last.number, last.title) == (
        57,
        "VisTRA: Visual Tool-use Reasoning Analyzer for Small Object Visual Question Answering",
    )
    assert last.authors == ("Hiroaki Sugiyama", "Ko Koga", "Toshifumi Nishijima")
    assert [paper.category for paper in program.papers[:3]] == ["Poster", "Poster", "Spotlight"]  # its Decision
    assert sum(paper.category == "Oral" for paper in program.papers) == 5
    assert program.reading[0] == "48 papers of 48 submissions (CMT export)"
    assert program.reading[1].startswith("columns: Submission ID → number, title → title, authors → authors")
    assert program.reading[2] == "decision → category: Poster 37, Spotlight 6, Oral 5"


def test_a_rejected_submission_is_left_out_and_counted() -> None:
    text = "Submission ID,Authors,Title,Decision\n1,Ada Lovelace,Engines,Oral\n2,Bo Li,Looms,Reject\n"
    program = READERS["cmt"].read(text, source="s.csv", context=ReadContext())

    assert [(paper.number, paper.title) for paper in program.papers] == [(1, "Engines")]
    assert program.reading[-1] == "left out 1 paper: 1 'Reject'"
