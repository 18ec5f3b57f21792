"""A fidelity table of counted rows, as the app-export benches print it: a row a file, then the totals."""

from __future__ import annotations

from collections.abc import Sequence


def print_counts(first: str, counted: str, fields: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Print the markdown table: each row (file, items counted, read, errors, fields…), then the three totals."""
    print(f"| {first} | {counted} | read | errors | " + " | ".join(fields) + " |")
    print("|---|---:|---:|---:|" + "---:|" * len(fields))
    for row in rows:
        print("| " + " | ".join(str(cell) for cell in row) + " |")
    totals = " | ".join(str(sum(int(str(row[column])) for row in rows)) for column in (1, 2, 3))
    print(f"| **total** | {totals} |")
