"""A server template's page: HTML after a template engine's directives (Laravel Blade's `@extends('layouts.master')`).

Congres TBK 2016's `programma.blade.php` opens with `@extends(…)` and `@section('title')` lines, not a tag,
and its schedule is the HTML inside `@section('content')`: a page html-page reads, not lines copied as text.
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
