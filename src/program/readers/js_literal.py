"""The lists a JavaScript or TypeScript data module assigns (`export const schedule = [...]`), as Python values.

A site built with React, Vue or Svelte keeps its programme as a module of literals:
`const scheduleData = [{ time: '10:00 - 10:10', program: '개회사', … }]` then `export default
scheduleData` (KU AI Tech Day 2024), `export const scheduleDay1: ScheduleEvent[] = [...]` beside
its `interface` (RAADE 2025). An object literal is no JSON: its keys are bare, its strings in
single quotes or backticks, its lists end with a comma, comments sit between its rows. JSON5 is
that subset of JavaScript, and the `json5` library (the reference implementation's port, pure
Python, errors at a line and column) reads it; what JSON5 lacks is done here first, keeping
every line where it was: a backtick string without `${…}` becomes a quoted one, `undefined`
becomes `null`, a TypeScript `as const` is blanked.

What the script would compute is never guessed: a name (`speakers[0]`, `DAY_ONE`), a call
(`t('keynote')`, `new Date(2023, 6, 8)`), a spread (`...common`), a `${…}` inside a template or a
function is refused at its line, saying what was found. Two things are literals all the same: a
`new Date("July 8, 2023 11:30")` of a literal string is that string (ProIT Fest 2023: what the
module writes, read as a cell is; the browser's own reading of it is not run), and a name the
module binds once to a literal (`let corOutro = 'red'`, SComp 2017's colours) is that literal.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import attrs
import json5

from program.errors import ParseError
from program.model import SourceRef

ASSIGNMENT = re.compile(
    r"^[ \t]*(?:(?:export[ \t]+)?(?:const|let|var)[ \t]+(?P<name>[A-Za-z_$][\w$]*)(?:[ \t]*:[^=\n]{1,80}?)?[ \t]*="
    r"|export[ \t]+default|module\.exports[ \t]*=|(?:window|globalThis)\.(?P<global>[A-Za-z_$][\w$]*)[ \t]*=)"
    r"[ \t]*\[",
    re.MULTILINE,
)
"""A list assigned at the top of a module: `const x = [`, `export const x: Row[] = [`, `export default [`,
`module.exports = [`, `window.programme = [`."""
_LITERALS = frozenset({"true", "false", "null", "NaN", "Infinity"})
_IDENTIFIER = re.compile(r"[A-Za-z_$][\w$]*")
_AS_CONST = re.compile(r"\s+as\s+const\b")
_SPACE = re.compile(r"(?:\s+|//[^\n]*|/\*.*?\*/)*", re.DOTALL)
_STRING = r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|`(?:[^`\\$]|\\.)*`"
_DATE_OF_STRING = re.compile(r"new\s+Date\(\s*(?P<string>" + _STRING + r")\s*\)")
"""`new Date("July 8, 2023 11:30")`: a date the module writes as a string (no `${…}`), read as that string."""
_BOUND = re.compile(
    r"^[ \t]*(?:export[ \t]+)?(?:const|let|var)[ \t]+(?P<name>[A-Za-z_$][\w$]*)[ \t]*=[ \t]*"
    r"(?P<value>" + _STRING + r"|-?\d+(?:\.\d+)?|true|false|null)[ \t]*;?[ \t]*(?://[^\n]*)?$",
    re.MULTILINE,
)
"""A name bound to a literal on a line of its own (`let corOutro = 'red'`)."""


@attrs.frozen
class ModuleList:
    """A list a module assigns: its name ("default" for `export default`), value and the line of each entry."""

    name: str
    value: list[Any]
    lines: tuple[int, ...]
    refused: ParseError | None = None
    """Why a list under an object's key was not read (a value the script computes), its keys those of its objects."""


def module_lists(text: str, source: str) -> tuple[ModuleList, ...]:
    """Every list assigned at the top of the module, in order.

    Raises:
        ParseError: at the line of a value the script computes, or of what JSON5 cannot read.
    """
    found: list[ModuleList] = []
    position = 0
    while (assigned := ASSIGNMENT.search(text, position)) is not None:
        name = assigned["name"] or assigned["global"] or "default"
        position, listed = read_list(text, assigned.end() - 1, name, source)
        found.append(listed)
    return tuple(found)


def read_list(text: str, opening: int, name: str, source: str) -> tuple[int, ModuleList]:
    """The list whose `[` is at `opening`, named `name`, and where it ends.

    Raises:
        ParseError: at the line of a value the script computes, or of what JSON5 cannot read.
    """
    end, entries, literal = scan_list(text, opening, source)
    line = text.count("\n", 0, opening) + 1
    try:
        value = json5.loads(literal)
    except ValueError as error:
        raise ParseError(_json5_said(error, line), SourceRef(source, _json5_line(error, line))) from None
    return end, ModuleList(name, value, tuple(text.count("\n", 0, at) + 1 for at in entries))


def opening_keys(text: str, opening: int | None = None) -> list[str]:
    """The keys of the objects of the list at `opening` (else the first assigned list's, perhaps cut off), once each."""
    if opening is None:
        assigned = ASSIGNMENT.search(text)
        if assigned is None:
            return []
        opening = assigned.end() - 1
    keys: dict[str, None] = {}
    stack: list[str] = []
    for token in tokens(text, opening):
        if token.kind == "open":
            stack.append(token.text)
        elif token.kind == "close" and stack:
            stack.pop()
            if not stack:
                break
        elif len(stack) == 2 and token.kind in ("word", "string") and _is_key(text, token, stack):
            keys[token.text.strip("'\"")] = None
    return list(keys)


@attrs.frozen
class _Token:
    kind: str  # open, close, comma, colon, string, template, word, other
    text: str
    start: int
    end: int


_TOKEN = re.compile(
    r"(?P<space>\s+|//[^\n]*|/\*.*?(?:\*/|$))"
    r"|(?P<string>'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\")"
    r"|(?P<template>`(?:[^`\\]|\\.)*`)"
    r"|(?P<open>[\[{(])|(?P<close>[\]})])|(?P<comma>,)|(?P<colon>:)|(?P<spread>\.\.\.)"
    r"|(?P<word>[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*)"
    r"|(?P<other>[^\s])",
    re.DOTALL,
)


def tokens(text: str, start: int) -> Iterator[_Token]:
    """The tokens from `start`: a string, template or comment is one token, its brackets not counted."""
    position = start
    while position < len(text):
        found = _TOKEN.match(text, position)
        if found is None:  # an unclosed string or template: the rest is one token, JSON5 says where
            yield _Token("other", text[position:], position, len(text))
            return
        kind = found.lastgroup or "other"
        if kind != "space":
            yield _Token(kind, found.group(), found.start(), found.end())
        position = found.end()


def bound_literals(text: str) -> dict[str, str]:
    """The names the module binds to a literal and never assigns again, each with the literal as written."""
    bound: dict[str, list[str]] = {}
    for found in _BOUND.finditer(text):
        bound.setdefault(found["name"], []).append(found["value"])
    return {
        name: values[0]
        for name, values in bound.items()
        if len(values) == 1 and len(re.findall(rf"(?<![\w$.]){re.escape(name)}\s*[-+*/%]?=(?!=)", text)) == 1
    }


def scan_list(text: str, opening: int, source: str) -> tuple[int, list[int], str]:
    """The list's (or object's) end, where each of its entries starts, and its text as JSON5 (lines kept).

    Raises:
        ParseError: for a value the script computes, or a list that never closes.
    """
    scan = _Scan(text, source, last=opening, bound=bound_literals(text))
    for token in tokens(text, opening):
        if scan.take(token):
            scan.pieces.append(text[scan.last : token.end])
            return token.end, scan.entries, "".join(scan.pieces)
    raise ParseError("expected the list to close (`]`): the module ends first", SourceRef(source, _line(text, opening)))


@attrs.define
class _Scan:
    """The walk over one list's tokens: its depth, its entries' starts, and the JSON5 text so far."""

    text: str
    source: str
    stack: list[str] = attrs.Factory(list)
    entries: list[int] = attrs.Factory(list)
    pieces: list[str] = attrs.Factory(list)
    last: int = 0
    skip_to: int = 0
    expect_entry: bool = False
    bound: dict[str, str] = attrs.Factory(dict)

    def take(self, token: _Token) -> bool:
        """Take one token; True when it closes the list."""
        if token.start < self.skip_to:  # inside what was written in its place (`new Date("…")`'s call)
            return False
        if self.expect_entry and len(self.stack) == 1 and token.kind not in ("close", "comma"):
            self.entries.append(token.start)
        self.expect_entry = False
        if token.kind == "open":
            if token.text == "(":  # `() => …`, `(a + b)`: what runs, not what is written
                _refuse(self.text, token, "a call or a function", self.source)
            self.stack.append(token.text)
            self.expect_entry = len(self.stack) == 1
        elif token.kind == "close":
            if self.stack:
                self.stack.pop()
            return not self.stack
        elif token.kind == "comma":
            self.expect_entry = len(self.stack) == 1
        elif token.kind == "spread":
            _refuse(self.text, token, "a spread of another list or object", self.source)
        elif token.kind == "template":
            self._template(token)
        elif token.kind == "word":
            self._word(token)
        return False

    def _template(self, token: _Token) -> None:
        if "${" in token.text:
            _refuse(self.text, token, "a template string with ${…}, a value the script computes", self.source)
        self.pieces.append(self.text[self.last : token.start])
        self.pieces.append(_quoted(token.text[1:-1]) + "\n" * token.text.count("\n"))
        self.last = token.end

    def _written(self, start: int, end: int, literal: str) -> None:
        """Put a literal string in place of what stands from `start` to `end`, keeping its line breaks."""
        string = _quoted(literal[1:-1]) if literal.startswith("`") else literal
        self.pieces.append(self.text[self.last : start] + string + "\n" * self.text.count("\n", start, end))
        self.last = self.skip_to = end

    def _word(self, token: _Token) -> None:
        text = self.text
        if token.text == "as" and (typed := _AS_CONST.match(text, token.start - 1)) is not None:
            self.pieces.append(text[self.last : token.start] + " " * (typed.end() - token.start))
            self.last = self.skip_to = typed.end()  # TypeScript's `'keynote' as const`: the literal alone
        elif _is_key(text, token, self.stack):
            return
        elif token.text == "new" and (dated := _DATE_OF_STRING.match(text, token.start)) is not None:
            self._written(token.start, dated.end(), dated["string"])
        elif token.text in self.bound and text[token.end : token.end + 1] not in ("[", "(", "."):
            self._written(token.start, token.end, self.bound[token.text])
        elif token.text == "undefined":
            self.pieces.append(text[self.last : token.start] + "null" + " " * (len(token.text) - 4))
            self.last = token.end
        elif _CALLED.match(text, token.end) is not None or token.text in ("new", "function", "async"):
            _refuse(text, token, "a call or a function", self.source)
        elif token.text not in _LITERALS:
            _refuse(text, token, "a name the script looks up", self.source)


_CALLED = re.compile(r"\s*(?:\(|=>)")


def _is_key(text: str, token: _Token, stack: list[str]) -> bool:
    after = _SPACE.match(text, token.end)
    return bool(stack) and stack[-1] == "{" and after is not None and text[after.end() : after.end() + 1] == ":"


def _quoted(inner: str) -> str:
    """A template's text as a JSON5 double-quoted string: its escapes kept, its line breaks written as escapes."""
    return '"' + re.sub(r'(?<!\\)((?:\\\\)*)"', r'\1\\"', inner).replace("\r", "").replace("\n", "\\n") + '"'


def _refuse(text: str, token: _Token, what: str, source: str) -> None:
    """Raise the error for a value the module computes: the line and what stands there."""
    if token.kind == "template":
        shown = token.text.strip("`")[:40]
    else:
        shown = re.split(r",\s|\s*\}", text[token.start : token.start + 40].split("\n", 1)[0], maxsplit=1)[0].strip()
    start = token.start
    raise ParseError(
        f"expected a literal value (a string, number, list or object); found `{shown}`, {what}: "
        "a data module is read as written, never run",
        SourceRef(source, _line(text, start)),
    )


def _line(text: str, position: int) -> int:
    return text.count("\n", 0, position) + 1


_JSON5_PLACE = re.compile(r"^<string>:(?P<line>\d+)\s+(?P<said>.*?)(?: at column (?P<column>\d+))?$")


def _json5_line(error: ValueError, first: int) -> int:
    found = _JSON5_PLACE.match(str(error))
    return first + int(found["line"]) - 1 if found else first


def _json5_said(error: ValueError, first: int) -> str:
    found = _JSON5_PLACE.match(str(error))
    said = found["said"] if found else str(error)
    column = f" (column {found['column']})" if found and found["column"] and found["line"] != "1" else ""
    return f"expected a JavaScript object literal JSON5 reads: {said}{column}"
