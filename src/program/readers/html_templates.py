"""A server template's page: HTML after a template engine's directives (Laravel Blade's `@extends('layouts.master')`).

Congres TBK 2016's `programma.blade.php` opens with `@extends(…)` and `@section('title')` lines, not a tag,
and its schedule is the HTML inside `@section('content')`: a page html-page reads, not lines copied as text.

A Vue single-file component is a page only when its `<template>` writes the times: SComp 2017's
`programacao.vue` prints `{{horario.titulo}}` and keeps its days in the script's `data()`, which
js-rows reads.
"""

from __future__ import annotations

import re

_DIRECTIVE = re.compile(r"^\s*@(?:extends|section|include|yield)\s*\(", re.MULTILINE)
_MARKUP = re.compile(r"<(?:p|div|table|ul|ol|li|h[1-6])[\s>]", re.IGNORECASE)
_FEWEST_TAGS = 2


def holds_template_page(text: str) -> bool:
    """Whether a text opens with a Blade directive and holds markup (tags of blocks) in its first 4000 characters."""
    head = text[:4000]
    opening = _DIRECTIVE.match(head.lstrip("\ufeff"))
    return opening is not None and len(_MARKUP.findall(head)) >= _FEWEST_TAGS


_COMPONENT = re.compile(r"^\s*(?:<!--.*?-->\s*)*<template[\s>]", re.DOTALL)
_SCRIPT = re.compile(r"^<script[\s>]", re.MULTILINE)
_MUSTACHE = re.compile(r"\{\{.*?\}\}", re.DOTALL)
_CLOCK = re.compile(r"(?<![\d:])\d{1,2}[:.h]\d{2}(?![\d:])")


def is_script_component(text: str) -> bool:
    """Whether a text is a Vue component whose `<template>` writes no clock time, its `<script>` after it."""
    text = text.lstrip("\ufeff")
    if _COMPONENT.match(text) is None or (script := _SCRIPT.search(text)) is None:
        return False
    return _CLOCK.search(_MUSTACHE.sub(" ", text[: script.start()])) is None
