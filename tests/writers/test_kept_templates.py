"""Compiled templates are kept between builds (Jinja2's cache), and a template edited since is compiled again."""

from __future__ import annotations

from pathlib import Path

import jinja2

from program.writers import templating


def test_an_edited_template_is_rendered_as_it_now_is(tmp_path: Path) -> None:
    page = tmp_path / "talks.md.j2"
    page.write_text("first {{ title }}\n")
    templating._environment.cache_clear()  # a new build: a new process's environments
    assert templating.render("talks.md.j2", tmp_path, title="a") == "first a\n"
    page.write_text("second {{ title }}\n")
    templating._environment.cache_clear()
    assert templating.render("talks.md.j2", tmp_path, title="a") == "second a\n"


def test_the_two_kinds_of_environment_keep_their_code_apart() -> None:
    # Markdown's environment escapes through `finalize`, which is compiled into a template's code.
    html, markdown = templating._compiled_templates("html"), templating._compiled_templates("markdown")
    if isinstance(html, jinja2.FileSystemBytecodeCache):
        assert isinstance(markdown, jinja2.FileSystemBytecodeCache)
        assert html.pattern != markdown.pattern
