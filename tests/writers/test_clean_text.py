"""LaTeX fragments become readable Unicode in every human-facing writer; the model keeps them."""

from __future__ import annotations

import json

import pytest

from program.loading import Loaded
from program.writers import RenderOptions
from program.writers.clean_text import Span, plain_text, spans
from program.writers.ics import IcsWriter
from program.writers.program_html import ProgramHtmlWriter
from program.writers.program_json import ProgramJsonWriter
from program.writers.program_markdown import ProgramMarkdownWriter

from conftest import LoadText
from helpers import entry


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (r"$\mu$sec decision latency", "μsec decision latency"),
        (r"$13.3\%$ better", "13.3% better"),
        (r"Nystr\"om approximation", "Nyström approximation"),
        (r"$R^2$-dLLM", "R²-dLLM"),
        (r"R$^2$PIM accelerators", "R²PIM accelerators"),
        (r"Deep $k$-Means", "Deep k-Means"),
        (r"$\alpha$-$\beta$ pruning", "α-β pruning"),
        ("up to 30% in some cases", "up to 30% in some cases"),
        ("costs $5 and $6", "costs $5 and $6"),
        ("storage devices suchas solid-state drives", "storage devices suchas solid-state drives"),
        ("a_b <tag> & C++", "a_b <tag> & C++"),
        (r"so happy \o/ and a lone \ backslash", r"so happy \o/ and a lone \ backslash"),
        (r"C:\new\file and \n", r"C:\new\file and \n"),
        (r"S{\o}rensen, Erd\H{o}s, \v{C}ech", "Sørensen, Erdős, Čech"),
    ],
)
def test_plain_text_renders_fragments_and_leaves_the_rest(raw: str, clean: str) -> None:
    assert plain_text(raw, latex=True) == clean


@pytest.mark.parametrize("raw", [r"\o/", r"¯\_(ツ)_/¯", r"We\'ll", r"$\mu$sec", r"Nystr\"om"])
def test_text_that_holds_no_latex_is_left_as_written(raw: str) -> None:
    assert (plain_text(raw, latex=False), spans(raw, latex=False)) == (raw, (Span(raw),))


def test_textbf_is_bold_in_html(load_text: LoadText) -> None:
    text = entry("Sat 9:00 a.m. - 10:00 a.m.", "Fuses", "(Spotlight)", r"we propose $\textbf{NeuralFuse}$ & more")

    html = ProgramHtmlWriter().write(load_text(text).program, RenderOptions())

    assert "we propose <strong>NeuralFuse</strong> &amp; more" in html


def test_textbf_becomes_a_bold_span() -> None:
    assert spans(r"we propose $\textbf{NeuralFuse}$, a novel", latex=True) == (
        Span("we propose "),
        Span("NeuralFuse", "bold"),
        Span(", a novel"),
    )


def test_sample_outputs_show_no_latex_but_the_model_keeps_it(sample: Loaded) -> None:
    options = RenderOptions()
    human = {
        "html": ProgramHtmlWriter().write(sample.program, options),
        "md": ProgramMarkdownWriter().write(sample.program, options),
        "ics": IcsWriter().write(sample.program, options).decode().replace("\r\n ", ""),
    }
    model = ProgramJsonWriter().write(sample.program, options).decode()

    assert {name: ("$\\" in text or "\\textbf" in text) for name, text in human.items()} == {
        "html": False,
        "md": False,
        "ics": False,
    }
    assert "μsec" in human["html"] and "μsec" in human["md"] and "μsec" in human["ics"]
    assert r"$\\mu$sec" in model and r"$\\textbf{NeuralFuse}$" in model
    assert json.loads(model)["format"] == "program-json/1"
