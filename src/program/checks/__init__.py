"""The program's checks (overlaps, double-booked speakers, names) and the rules that set their levels."""

from program.checks.checks import TIMED_CODES, check_items, overlapping_pairs
from program.checks.rules import RULES, Level, apply_levels, level_problem

__all__ = ["RULES", "TIMED_CODES", "Level", "apply_levels", "check_items", "level_problem", "overlapping_pairs"]
