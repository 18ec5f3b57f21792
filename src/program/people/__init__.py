"""People: parsing and keying names, and building the program's list of people."""

from program.people.directory import build_people
from program.people.names import family_name, name_key, same_family, sort_key

__all__ = ["build_people", "family_name", "name_key", "same_family", "sort_key"]
