"""The planner: checks of a program (and, later, building one from a pool of papers)."""

from program.planner.checks import check_items, overlapping_pairs

__all__ = ["check_items", "overlapping_pairs"]
