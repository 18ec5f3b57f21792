"""The model: frozen attrs classes for programs, items, papers, people and problems.

The model imports nothing from the readers, writers, people or planner packages.
"""

from program.model.entities import Item, Link, Paper, PartialDate, Person, Problem, Program, SourceRef
from program.model.frab import (
    FrabAnswer,
    FrabConference,
    FrabDay,
    FrabEvent,
    FrabLink,
    FrabPerson,
    FrabRoom,
    FrabTrack,
)
from program.model.kinds import Kind, Role, Severity

__all__ = [
    "FrabAnswer",
    "FrabConference",
    "FrabDay",
    "FrabEvent",
    "FrabLink",
    "FrabPerson",
    "FrabRoom",
    "FrabTrack",
    "Item",
    "Kind",
    "Link",
    "Paper",
    "PartialDate",
    "Person",
    "Problem",
    "Program",
    "Role",
    "Severity",
    "SourceRef",
]
