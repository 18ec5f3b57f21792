"""Text a page's style sheet writes from an attribute: `content: attr(data-date)` before an element's own.

RAKERNAS 2023's rundown keeps each slot's time only in `<li class="event" data-date="08:30 WIB - 09:15 WIB">`,
and its `<style>` shows it: `.timeline .event:before { content: attr(data-date); }`. A browser writes
"08:30 WIB - 09:15 WIB" before the title; the tree had no time at all, and the page was refused.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml import etree

_RULE = re.compile(r"(?P<selector>[^{}]+?)::?(?P<where>before|after)\s*\{(?P<body>[^{}]*)\}", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"\bcontent\s*:\s*attr\(\s*(?P<name>[\w-]+)\s*\)", re.IGNORECASE)
_LAST_CLASS = re.compile(r"\.(?P<name>[\w-]+)\s*$")


def _shown_attributes(root: etree._Element) -> list[tuple[str | None, str, str]]:
    """Each rule that writes an attribute: its selector's last class (None: any element), where, the attribute."""
    found = []
    for style in root.iter("style"):
        for rule in _RULE.finditer(re.sub(r"/\*.*?\*/", "", style.text or "", flags=re.DOTALL)):
            if (shown := _ATTRIBUTE.search(rule["body"])) is None:
                continue
            for selector in rule["selector"].split(","):
                last = _LAST_CLASS.search(selector.strip())
                found.append((last["name"] if last else None, rule["where"].casefold(), shown["name"]))
    return found


def write_shown_attributes(root: etree._Element) -> int:
    """Write each attribute a style sheet shows as text where it shows it; how many were written."""
    written = 0
    for wanted_class, where, name in _shown_attributes(root):
        for element in root.iter():
            value = element.get(name) if isinstance(element.tag, str) else None
            if not value or (wanted_class is not None and wanted_class not in (element.get("class") or "").split()):
                continue
            if where == "before":
                element.text = f"{value}\n{element.text or ''}"
            else:
                last = element[-1] if len(element) else None
                if last is None:
                    element.text = f"{element.text or ''}\n{value}"
                else:
                    last.tail = f"{last.tail or ''}\n{value}"
            written += 1
    return written
