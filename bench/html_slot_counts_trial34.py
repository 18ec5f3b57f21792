"""Trial 34's page's slots, counted from its HTML with lxml, independently of the reader.

As html_slot_counts.py: DrupalCamp Spain 2015's grids (its `mobile` copies of them left out).
"""

from __future__ import annotations

import lxml.html

Root = lxml.html.HtmlElement


def grid_cells_not_mobile(root: Root) -> int:
    """The filled cells of each `session-table` but the `mobile` ones, the `headings` column and row left out.

    A row across every room (`all-tracks`) is one slot though its text is a template's (`<?php print t('LUNCH'); ?>`,
    taken out with every processing instruction before the page is counted).
    """
    count = 0
    for table in root.find_class("session-table"):
        if "mobile" in table.get("class", "").split():
            continue
        for row in table.iter("tr"):
            if "headings" in row.get("class", "").split():
                continue
            cells = [cell for cell in row if cell.tag == "td" and "headings" not in cell.get("class", "").split()]
            count += sum(1 for cell in cells if cell.text_content().strip() or "all-tracks" in cell.get("class", ""))
    return count
