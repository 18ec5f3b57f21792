r"""YAML as Jekyll reads it: every scalar a string, every mapping with its line, what libyaml forgives forgiven.

Jekyll parses `_data/*.yml` with Ruby's Psych (libyaml). We read with PyYAML's pure-Python
BaseLoader (every scalar the string written), which refuses what libyaml (or YAML 1.2) accepts and
sites publish: tabs indenting the lines of a flow mapping (`- {\n\tstartTime: …}`), a tab
after a value at the end of a line (AGN on the Beach 2023: `time_end: '20:30'<TAB>`), and a tab
between words inside a line (WBCI 2022: `speakers: <TAB>Gislainy …`). All are
mended only where PyYAML stops, and without adding or removing a line, so every line number
reported is the file's.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from program.errors import ParseError
from program.model import SourceRef
from program.readers.yaml_located import Located

_TRAILING = re.compile(r"[ \t]+(?=\r?$)")
_MOST_MENDED = 64
"""Trailing tabs mended one by one at most this many times; a file with more is refused at the next."""
_TAB_TOKEN = "found character '\\t' that cannot start any token"
_NULLS = frozenset({"null", "Null", "NULL", "~"})


def load_yaml(text: str, source: str) -> tuple[Any, list[str]]:
    """Load YAML with every scalar a string and every mapping a `Located`; say what was tolerated.

    Raises:
        ParseError: at the line of the first YAML error.
    """
    reading: list[str] = []
    trailing: list[int] = []
    while True:
        try:
            node = yaml.compose(text, Loader=yaml.BaseLoader)
            break
        except yaml.MarkedYAMLError as error:
            mended = _mended(text, error, trailing, reading)
            if mended is None:
                raise _parse_error(error, source) from None
            text = mended
        except yaml.YAMLError as error:
            raise ParseError(f"expected YAML: {error}", SourceRef(source, 1)) from None
        except RecursionError:  # the scanner recurses into flow collections ("[[[[…")
            raise ParseError("expected YAML nested less deeply", SourceRef(source, 1)) from None
    if ended := [line for line in trailing if line > 0]:
        shown = ", ".join(str(line) for line in ended)
        reading.append(f"tabs after a value at the end of a line ignored, as Jekyll does (line {shown})")
    if inner := sorted({-line for line in trailing if line < 0}):
        shown = ", ".join(str(line) for line in inner)
        reading.append(f"tabs inside a line read as spaces, as YAML 1.2 does (line {shown})")
    plain = _Plain(source, len(text))
    try:
        data = plain.of(node)
    except RecursionError:
        raise ParseError("expected YAML nested less deeply", SourceRef(source, 1)) from None
    reading.extend(
        f"key {name!r} written again at line {line}: the later value read, as Jekyll reads it"
        for name, line in plain.repeated
    )
    return data, reading


def _mended(text: str, error: yaml.MarkedYAMLError, trailing: list[int], reading: list[str]) -> str | None:
    """The text with what PyYAML stopped at mended as libyaml reads it, else None (a real error).

    A tab PyYAML cannot start a token with, followed by nothing but blanks to the end of its
    line, is trailing white space: that line's blanks go (its line number in `trailing`). Else,
    once, tabs in indentation are read as spaces.
    """
    mark = error.problem_mark
    lines = text.split("\n")
    if mark is not None and error.problem == _TAB_TOKEN and len(trailing) < _MOST_MENDED and mark.line < len(lines):
        line = lines[mark.line]
        if not line[mark.column :].strip():
            lines[mark.line] = _TRAILING.sub("", line)
            trailing.append(mark.line + 1)
            return "\n".join(lines)
        if line[: mark.column].strip() and line[mark.column : mark.column + 1] == "\t":
            # WBCI 2022: "speakers: <TAB>Gislainy …", "title: Aplicações …<TAB><a href=…>": a tab
            # inside a line separates words as a space does (YAML 1.2; libyaml in a plain scalar)
            lines[mark.line] = f"{line[: mark.column]} {line[mark.column + 1 :]}"
            trailing.append(-(mark.line + 1))
            return "\n".join(lines)
    indented = "tabs in the indentation read as spaces (as Jekyll does)"
    if "\t" in text and indented not in reading:
        reading.append(indented)
        return re.sub(r"^[ \t]+", lambda found: found[0].replace("\t", "    "), text, flags=re.MULTILINE)
    return None


def _parse_error(error: yaml.MarkedYAMLError, source: str) -> ParseError:
    mark = error.problem_mark or error.context_mark
    line = mark.line + 1 if mark else 1
    return ParseError(f"expected YAML: {error.problem or error.context}", SourceRef(source, line))


_MOST_VALUES = 2_000_000
"""Values the document may expand to through its aliases and merge keys; more is refused ("billion laughs")."""


class _Plain:
    """Strings, lists and `Located` mappings (BaseLoader's view, with each mapping's line), within a budget.

    An alias is expanded where it stands (IS-EUD 2025's `*lunch` on each day is a mapping of that day), so a
    document of nested aliases (`b: [*a, *a, …]`, `c: [*b, *b, …]`) would expand without end: it is refused.
    """

    def __init__(self, source: str, text_length: int) -> None:
        self.source = source
        self.left = max(_MOST_VALUES, 4 * text_length)
        self.repeated: list[tuple[str, int]] = []
        """Keys written again in one mapping, with the line of the later: the later is kept."""

    def of(self, node: yaml.Node | None) -> Any:
        if node is None:
            return None
        self.left -= 1
        if self.left < 0:
            raise ParseError(
                f"expected YAML whose aliases expand to fewer than {_MOST_VALUES:,} values",
                SourceRef(self.source, node.start_mark.line + 1),
            )
        if isinstance(node, yaml.ScalarNode):
            # a plain null is nothing, as Jekyll reads it: ICRS 2026's JSON `"room": null` is no room called "null"
            return "" if node.style is None and node.value in _NULLS else str(node.value)
        if isinstance(node, yaml.SequenceNode):
            return [self.of(child) for child in node.value]
        if not isinstance(node, yaml.MappingNode):
            return None
        mapping = Located()
        mapping.line = node.start_mark.line + 1
        for key, child in node.value:
            if _is_merge(key):
                continue
            name = str(self.of(key))
            if name in mapping:  # WEPGCOMP 2024 files two talks under 'Dia 3, Sala B, 10:00'; its site shows the later
                self.repeated.append((name, key.start_mark.line + 1))
            mapping[name] = self.of(child)
        return self._merged(node, mapping)

    def _merged(self, node: yaml.MappingNode, mapping: Located) -> Located:
        """The mapping with the mappings its `<<:` keys merge in, as Jekyll's Psych (and PyYAML's SafeLoader) read it.

        IS-EUD 2025 writes each workshop block as `- <<: *workshop_session` then its own `from`/`to`: the
        title, type and workshops come from the anchored block. The mapping's own keys win, then the
        merged mappings in the order written; the keys keep the anchored mapping's order first.
        """
        merges = [child for key, child in node.value if _is_merge(key)]
        if not merges:
            return mapping
        merged = Located()
        merged.line = mapping.line
        for child in merges:
            for one in child.value if isinstance(child, yaml.SequenceNode) else [child]:
                taken = self.of(one) if isinstance(one, yaml.MappingNode) else None
                for key, held in (taken or {}).items():
                    merged.setdefault(key, held)
        for key, held in mapping.items():
            merged.pop(key, None)
            merged[key] = held
        return merged


def _is_merge(key: yaml.Node) -> bool:
    return isinstance(key, yaml.ScalarNode) and key.style is None and key.value == "<<"


__all__ = ["load_yaml"]
