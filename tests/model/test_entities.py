"""Model invariants that must hold in absolute time, whatever the wall clock says."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from program.model import Item, Kind, SourceRef

BERLIN = ZoneInfo("Europe/Berlin")


def _item(start: datetime, end: datetime, title: str = "Talk") -> Item:
    return Item(id=title.lower(), kind=Kind.TALK, title=title, source=SourceRef("f.txt", 1), start=start, end=end)


def test_an_item_in_the_night_the_clocks_go_back_is_ordered_by_absolute_time() -> None:
    # 02:50 summer time, then the clocks go back: 02:10 winter time is 20 minutes later.
    start = datetime(2024, 10, 27, 2, 50, tzinfo=BERLIN)
    end = datetime(2024, 10, 27, 2, 10, fold=1, tzinfo=BERLIN)

    item = _item(start, end)
    later = _item(
        datetime(2024, 10, 27, 2, 5, fold=1, tzinfo=BERLIN),
        datetime(2024, 10, 27, 2, 30, fold=1, tzinfo=BERLIN),
        "Later",
    )

    assert item.overlaps(later) and later.overlaps(item)
    with pytest.raises(ValueError, match="ends"):
        _item(end, start)
