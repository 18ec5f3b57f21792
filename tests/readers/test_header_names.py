"""Any header a sheet may write is looked up without an exception: names of the vocabulary in every combination.

IBS Tanzania 2025's `Subject/topic` (two names of the title, joined by a slash) made the header search
raise ValueError, and the whole build ended in a traceback: the fuzzer's hostile values never wrote
two real names into one header cell. Here every header is built from the vocabulary's own names.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from program.readers.tabular.cells import Cell
from program.readers.tabular.columns import header_fields
from program.readers.tabular.vocabulary import FIELDS

NAMES = sorted({name for names in FIELDS.values() for name in names})
JOINS = ("/", " / ", " (", ") ", "_", "-", " or ", " & ", " en ", ": ", "2", " 1")


@st.composite
def header_cell(draw: st.DrawFn) -> str:
    """A header cell: one to three vocabulary names, joined by what sheets write between words, in any case."""
    parts = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=3))
    joins = draw(st.lists(st.sampled_from(JOINS), min_size=len(parts) - 1, max_size=len(parts) - 1))
    text = parts[0] + "".join(join + part for join, part in zip(joins, parts[1:], strict=True))
    return draw(st.sampled_from((text, text.title(), text.upper())))


@given(st.lists(header_cell(), min_size=1, max_size=8))
def test_a_header_row_of_vocabulary_names_maps_each_field_to_columns_of_the_row(texts: list[str]) -> None:
    fields = header_fields([Cell(text, 1) for text in texts])

    assert all(columns and all(0 <= column < len(texts) for column in columns) for columns in fields.values())
    used = [column for columns in fields.values() for column in columns]
    assert len(used) == len(set(used)) or "people" in fields  # a column names one field (numbered people aside)
