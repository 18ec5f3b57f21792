"""The lists of objects a module keeps under an object's keys, and under a Vue component's `data()`.

ProIT Fest 2023's map app keeps its programme as one object of lists, a zone's or a day's each:
`const data = { scene: [{ title, section, start: new Date("July 8, 2023 11:30"), … }], 1: […],
robots: […], food: […] }` then `export default data`. SComp 2017's Vue single-file component
returns its days from the component's `data()`: `export default { data() { let corOutro = 'red';
return { dias: [{ titulo: '12/06 - Segunda', horarios: […] }], legendas: […] } } }`, the page's
`<template>` holding only `{{evento.titulo}}`. Each key's list of objects is read as a list the
module assigns (`js_literal`, strictly: a value the script computes is refused at its line);
everything else in the object (a component's methods, a string, a list of names) is passed over
by its brackets alone, never read.
"""

from __future__ import annotations

import re

from program.errors import ParseError
from program.readers.js_literal import ASSIGNMENT, ModuleList, module_lists, opening_keys, read_list, tokens

OBJECT_ASSIGNMENT = re.compile(
    r"^[ \t]*(?:(?:export[ \t]+)?(?:const|let|var)[ \t]+(?P<name>[A-Za-z_$][\w$]*)(?:[ \t]*:[^=\n]{1,80}?)?[ \t]*="
    r"|export[ \t]+default|module\.exports[ \t]*=|(?:window|globalThis)\.(?P<global>[A-Za-z_$][\w$]*)[ \t]*=)"
    r"[ \t]*\{",
    re.MULTILINE,
)
"""An object assigned at the top of a module: `const data = {`, `export default {`, `module.exports = {`."""
COMPONENT_DATA = re.compile(
    r"\bdata\s*(?:\(\s*\)|:\s*function\s*\(\s*\))\s*\{(?:[^{}]|\{[^{}]*\})*?\breturn\s*(?=\{)"
    r"|\bdata\s*:\s*\(\s*\)\s*=>\s*\(\s*(?=\{)"
)
"""A Vue component's `data() { … return {`, `data: function () { … return {` or `data: () => ({`: up to its `{`."""
_KEY_BEFORE = re.compile(r"(?:(?P<word>[A-Za-z_$][\w$]*|\d+)|'(?P<single>[^'\n]*)'|\"(?P<double>[^\"\n]*)\")\s*:\s*$")
_OBJECTS_OPEN = re.compile(r"\s*(?://[^\n]*\s*|/\*.*?\*/\s*)*\{", re.DOTALL)
_LOOK_BACK = 200
_MAX_NESTING = 2


def script_lists(text: str, source: str) -> tuple[ModuleList, ...]:
    """Every list of the module: those assigned at its top, then those under its objects' keys, in order.

    Raises:
        ParseError: at the line of a value the script computes, or of what JSON5 cannot read.
    """
    found = list(module_lists(text, source))
    for assigned in OBJECT_ASSIGNMENT.finditer(text):
        name = assigned["name"] or assigned["global"] or "default"
        found.extend(_keyed_lists(text, assigned.end() - 1, name, source))
    for returned in COMPONENT_DATA.finditer(text):
        found.extend(_keyed_lists(text, returned.end(), "data()", source))
    return tuple(found)


def holds_script_objects(text: str) -> bool:
    """Whether the text assigns a list, or an object (or a component's `data()`) that may hold lists."""
    return any(pattern.search(text) for pattern in (ASSIGNMENT, OBJECT_ASSIGNMENT, COMPONENT_DATA))


def _keyed_lists(text: str, opening: int, name: str, source: str, nesting: int = 0) -> list[ModuleList]:
    """The lists of objects under the keys of the object whose `{` is at `opening`, each named `name.key`.

    An object under a key is walked too (React India 2019's `scheduleList = { workshops: [...], conference:
    { day1: [...], day2: [...] } }`), down to `_MAX_NESTING` objects.
    """
    found: list[ModuleList] = []
    depth, skip_to = 0, 0
    for token in tokens(text, opening):
        if token.start < skip_to:
            continue
        if token.kind == "open":
            key = _KEY_BEFORE.search(text, max(0, token.start - _LOOK_BACK), token.start)
            key_name = f"{name}.{key['word'] or key['single'] or key['double'] or ''}" if key else name
            if depth == 1 and token.text == "{" and key is not None and nesting < _MAX_NESTING:
                found.extend(_keyed_lists(text, token.start, key_name, source, nesting + 1))
                skip_to = _closing(text, token.start)
                continue
            if depth == 1 and token.text == "[" and key is not None and _OBJECTS_OPEN.match(text, token.end):
                try:
                    skip_to, listed = read_list(text, token.start, key_name, source)
                except ParseError as error:  # the reader refuses it if its keys are a schedule's, or nothing else is
                    listed = ModuleList(key_name, [dict.fromkeys(opening_keys(text, token.start), "")], (), error)
                    skip_to = _closing(text, token.start)
                found.append(listed)
                continue
            depth += 1
        elif token.kind == "close":
            depth -= 1
            if depth <= 0:
                break
    return found


def _closing(text: str, opening: int) -> int:
    """Where the list or object opening at `opening` closes, by its brackets alone (the text's end if never)."""
    depth = 0
    for token in tokens(text, opening):
        depth += {"open": 1, "close": -1}.get(token.kind, 0)
        if depth == 0:
            return token.end
    return len(text)
