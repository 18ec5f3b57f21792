"""Jinja2 environments for the human-facing writers, and the templates they load.

Templates come from the package (`program/templates` in a wheel, the top-level
`templates/` folder in a source checkout); a user folder given as `--templates`
overrides them file by file.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import re
import sys
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any, ClassVar

import jinja2

from program.errors import ParseError, ProgramError
from program.i18n import ROOT, translations
from program.inputs import MAX_SETTINGS_SIZE, read_input
from program.model import Program, SourceRef
from program.writers.base import RenderOptions
from program.writers.piece_reuse import Rendered, macro_pieces, macro_runs
from program.writers.template_folder import shipped_templates

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_ENTITY = re.compile(r"&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]*;)")
"""An `&` that starts an entity reference ("&amp;", "&#169;"), which Markdown would show as the character."""
_BLOCK_START = re.compile(r"^( ?\d+(?=[.)])| ?)([.)#+\-=~])")
_WHITE_SPACE = re.compile(r"\s+")
_AUTOLINK = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>\x00-\x1f\x7f]*")


def escape_markdown(value: Any) -> str:
    r"""Return `value` as Markdown text that shows exactly as written.

    >>> print(escape_markdown("a_b *c* [d](e) | <f> Hao-Lun AT&amp;T R&D"))
    a\_b \*c\* \[d\](e) \| \<f\> Hao-Lun AT\&amp;T R&D
    """
    if isinstance(value, AutolinkTarget | Rendered):
        return str(value)
    text = "" if value is None else str(value)
    # Runs of white space fold to one space, kept at the ends: a styled span of a title
    # ("we propose ", "X", " now") must not lose the spaces around it.
    escaped = _ENTITY.sub(r"\\&", _MARKDOWN_SPECIAL.sub(r"\\\1", _WHITE_SPACE.sub(" ", text)))
    # What starts a line could start a block: a heading (#), rule (---), fence (~~~),
    # list (+, -, 1., 1)) or setext underline (===). Templates place values at line starts.
    return _BLOCK_START.sub(r"\1\\\2", escaped, count=1)


class AutolinkTarget(str):
    """A URL to show as a Markdown autolink, `<…>`, where backslash escapes are not read."""

    __slots__ = ()


def autolink(url: str) -> str:
    """Return `url` for inside `<…>` in a Markdown template, unescaped; one that cannot be an autolink is escaped.

    >>> escape_markdown(autolink("https://example.org/a_b"))
    'https://example.org/a_b'
    """
    if _AUTOLINK.fullmatch(url):
        return AutolinkTarget(url)
    return escape_markdown(url)


_ENVIRONMENT_OPTIONS: dict[str, Any] = {
    "keep_trailing_newline": True,
    "trim_blocks": True,
    "lstrip_blocks": True,
    # Labels are marked {{ _("…") }} and {% trans %}: the locale's catalogue fills them in.
    "extensions": ["jinja2.ext.i18n"],
}


@lru_cache(maxsize=16)
def _environment(kind: str, user_folder: Path | None, locale: str = ROOT) -> jinja2.Environment:
    loader = _InputLoader(tuple(folder for folder in (user_folder, shipped_templates()) if folder is not None))
    common: dict[str, Any] = {"loader": loader, "undefined": jinja2.StrictUndefined, **_ENVIRONMENT_OPTIONS}
    if kind == "html":
        environment = jinja2.Environment(autoescape=True, **common)
    else:
        finalize: Callable[[Any], str] = escape_markdown
        environment = jinja2.Environment(autoescape=False, finalize=finalize, **common)
        environment.filters["autolink"] = autolink
    environment.install_gettext_translations(translations(locale), newstyle=True)  # type: ignore[attr-defined]
    environment.bytecode_cache = _compiled_templates(kind)
    return environment


@lru_cache(maxsize=2)
def _compiled_templates(kind: str) -> jinja2.BytecodeCache | None:
    """Where the templates' compiled code is kept from one build to the next (None: it cannot be kept).

    Compiling the six pages' templates was 0.12 s of CPU of every rebuild at 10,000 items.
    Jinja2's own cache of them, in its folder for this user (under the temporary folder,
    made private, refused when another user owns it), never in out/; a template's entry is
    used only for its name, file and source as they are now. Its file names hold what else
    shapes the code (the kind of environment and its options, Jinja2's and Python's
    versions), so two versions of program never share an entry.
    """
    shaped_by = [jinja2.__version__, sys.version, kind, repr(sorted(_ENVIRONMENT_OPTIONS.items()))]
    prefix = hashlib.blake2b("\x00".join(shaped_by).encode(), digest_size=8).hexdigest()
    try:
        return _KeptTemplates(pattern=f"__program_{prefix}_%s.cache")
    except (OSError, RuntimeError):  # no private folder to be had: each build compiles them
        return None


class _KeptTemplates(jinja2.FileSystemBytecodeCache):
    """Jinja2's cache of compiled templates, where a template that cannot be kept is compiled again next time."""

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        """Keep `bucket`'s code, if the folder takes it."""
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


class _InputLoader(jinja2.BaseLoader):
    """Loads templates as inputs: regular files only, no larger than MAX_SETTINGS_SIZE.

    (Jinja2's FileSystemLoader opens whatever the name is: a FIFO in --templates would hang.)
    """

    def __init__(self, folders: tuple[Path, ...]) -> None:
        self.folders = folders

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        pieces = jinja2.loaders.split_template_path(template)
        for folder in self.folders:
            path = folder.joinpath(*pieces)
            if os.path.lexists(path):
                data = read_input(path, "the template", MAX_SETTINGS_SIZE)
                try:
                    text = data.decode("utf-8")
                except UnicodeDecodeError as error:
                    raise ParseError(f"expected a UTF-8 template: {error}", SourceRef(path.as_posix())) from None
                modified = path.stat().st_mtime
                return text, path.as_posix(), functools.partial(_unchanged, path, modified)
        raise jinja2.TemplateNotFound(template)


def _unchanged(path: Path, modified: float) -> bool:
    try:
        return path.stat().st_mtime == modified
    except OSError:
        return False


@contextlib.contextmanager
def template_errors(template_name: str) -> Iterator[None]:
    """Turn what goes wrong in a (user's) template into an error at its file and line, not a traceback."""
    try:
        yield
    except ProgramError:
        raise
    except jinja2.TemplateSyntaxError as error:
        at = SourceRef(error.filename or template_name, error.lineno)
        raise ParseError(f"expected a Jinja2 template: {error.message}", at) from None
    except jinja2.TemplateNotFound as error:
        raise ParseError(
            f"the template includes {error.name!r}, which is neither in the templates folder nor shipped with program",
            _template_line(error) or SourceRef(template_name),
        ) from None
    except jinja2.UndefinedError as error:
        raise ParseError(
            f"{error.message}: the template uses a name program does not give it",
            _template_line(error) or SourceRef(template_name),
        ) from None
    except Exception as error:
        where = _template_line(error)
        if where is None:  # not the template's doing
            raise
        raise ParseError(f"the template failed: {type(error).__name__}: {error}", where) from None


def _template_line(error: BaseException) -> SourceRef | None:
    """The template file and line where `error` was raised (Jinja2 maps its frames back to them)."""
    found: SourceRef | None = None
    trace = error.__traceback__
    while trace is not None:
        filename = trace.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            found = SourceRef(filename, trace.tb_lineno)
        trace = trace.tb_next
    return found


def asset_bytes(name: str, user_folder: Path | None) -> bytes:
    """Return a file shipped beside the templates (a stylesheet, a script), or the user's own of that name."""
    for folder in (user_folder, shipped_templates()):
        if folder is not None and os.path.lexists(folder / name):
            return read_input(folder / name, "the template asset", MAX_SETTINGS_SIZE)
    raise FileNotFoundError(f"{name} is neither in the templates folder nor shipped with program")


_PIECES = 1 << 11
"""Template output pieces joined per chunk: tens of kilobytes of a page, a few megabytes where a piece is a
whole item (the site's, rendered by a macro): 16,384 of those were 64 MB held at once, twice over."""


def render(template_name: str, user_folder: Path | None, locale: str = ROOT, **context: Any) -> str:
    """Render a template: HTML ones (`*.html.j2`) autoescaped, Markdown ones escaped for Markdown.

    Its labels are in `locale`'s language (English where there is no catalogue).
    """
    with template_errors(template_name):
        return _template(template_name, user_folder, locale).render(**context)


def _template(template_name: str, user_folder: Path | None, locale: str = ROOT) -> jinja2.Template:
    kind = "html" if template_name.endswith(".html.j2") else "markdown"
    return _environment(kind, user_folder, locale).get_template(template_name)


class TemplatedWriter:
    """A writer whose output is one template rendered with data from `context`.

    Subclasses name the template and build the plain data it shows.
    """

    name: ClassVar[str]
    template: ClassVar[str]
    context: Callable[[Program, RenderOptions], dict[str, object]]
    """Returns the data the template shows."""

    def write(self, program: Program, options: RenderOptions) -> str:
        """Return the rendered template."""
        return render(self.template, options.templates, program.locale, **self._context(program, options))

    def _context(self, program: Program, options: RenderOptions) -> dict[str, object]:
        # `piece`: a macro's text taken from the published build where its arguments are the same.
        html = self.template.endswith(".html.j2")
        piece = macro_pieces(self.name, program.locale, html=html)
        runs = macro_runs(self.name, program.locale, html=html)
        return {**self.context(program, options), "piece": piece, "pieces": runs}

    def write_chunks(self, program: Program, options: RenderOptions) -> Iterator[bytes]:
        """Yield the rendered template as UTF-8, a few hundred kilobytes at a time.

        The same bytes as `write`, without holding the whole page (134 MB of program.html
        for 100,000 items) and Jinja2's pieces of it in memory at once. Pieces are taken
        a batch at a time: counting each piece's length cost a tenth of the rendering.
        """
        with template_errors(self.template):
            template = _template(self.template, options.templates, program.locale)
            pieces = template.generate(**self._context(program, options))
            while batch := list(islice(pieces, _PIECES)):
                yield "".join(batch).encode()
