"""People: taking names apart, filing and collating them, and building the program's people."""

from program.people.collation import (
    DEFAULT_LOCALE,
    check_locale,
    collation_key,
    filing_key,
    index_heading,
    primary_key,
)
from program.people.directory import PeopleOptions, build_people
from program.people.identity import PersonKeys, is_identity, person_key
from program.people.names import display_name, family_key, filing_form, name_key, parse_name

__all__ = [
    "DEFAULT_LOCALE",
    "PeopleOptions",
    "PersonKeys",
    "build_people",
    "check_locale",
    "collation_key",
    "display_name",
    "family_key",
    "filing_form",
    "filing_key",
    "index_heading",
    "is_identity",
    "name_key",
    "parse_name",
    "person_key",
    "primary_key",
]
