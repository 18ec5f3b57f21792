"""A Django fixture's rows by model and primary key, and the rows a row's fields refer to.

`manage.py dumpdata` writes every relation as the other row's primary key (`"rooms": [2]`,
`"talk": 1`) and says nothing of which model it points to: that is in the site's models.py,
which no feed gives. A field refers to a model of the fixture when its name is the model's
(`room` → `room`, `speakers` → `speaker`), ends it (`times` → `programtime`, `day` → `day`), or
ends with it (`primary_speaker` → `speaker`), and every key it holds is a row of that model.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import attrs

_MODEL = re.compile(r'"model"\s*:\s*"(?P<name>[A-Za-z_][\w]*\.[A-Za-z_]\w*)"')
"""A row's model, `app_label.model` (a field named `model` holds no dot: contenttypes' rows)."""


def short_name(model: str) -> str:
    """A model's name without its app (`pyconkr.programtime` → `programtime`)."""
    return model.rpartition(".")[2].casefold()


def folded(key: str) -> str:
    """A field's name as compared: no case, no `_` or `-`, no `_id` of a raw foreign key."""
    return re.sub(r"[_-]", "", key.casefold().removesuffix("_id"))


def singular(name: str) -> str:
    """`speakers` → `speaker`, `categories` → `category`, `times` → `time`."""
    if name.endswith("ies"):
        return name[:-3] + "y"
    return name[:-1] if name.endswith("s") and not name.endswith("ss") else name


@attrs.frozen
class Row:
    """One row: its model, primary key (as text), fields, and the line its object opens on."""

    model: str
    pk: str
    fields: dict[str, Any]
    line: int


@attrs.frozen
class Fixture:
    """Every row of the fixture, by model and by primary key."""

    tables: dict[str, dict[str, Row]]

    def counts(self) -> dict[str, int]:
        """How many rows each model has, in the fixture's order."""
        return {model: len(rows) for model, rows in self.tables.items()}

    def target(self, field: str, value: Any) -> str | None:
        """The model a field's value refers to by primary key, else None (see the module)."""
        keys = keys_of(value)
        if not keys:
            return None
        name = singular(folded(field))
        ranked = sorted(
            (rank, model)
            for model in self.tables
            if (rank := _name_rank(name, short_name(model))) is not None
            and all(key in self.tables[model] for key in keys)
        )
        return ranked[0][1] if ranked else None

    def referred(self, row: Row, field: str) -> list[Row]:
        """The rows a field of `row` refers to, in the order written; [] when it refers to none."""
        value = row.fields.get(field)
        model = self.target(field, value)
        return [self.tables[model][key] for key in keys_of(value)] if model else []

    def references(self, row: Row) -> Iterator[tuple[str, str, list[Row]]]:
        """Each field of `row` that refers to rows: its name, the model, the rows."""
        for field, value in row.fields.items():
            if (model := self.target(field, value)) is not None:
                yield field, model, [self.tables[model][key] for key in keys_of(value)]


def _name_rank(field: str, model: str) -> int | None:
    """How well a field's name names a model: 0 the same, 1 the model's end (`time` of `programtime`), 2 its own end."""
    if not field or len(field) < 3:
        return None
    if model == field:
        return 0
    if model.endswith(field):
        return 1
    return 2 if field.endswith(model) and len(model) >= 4 else None


def keys_of(value: Any) -> list[str]:
    """The primary keys a field's value holds: a number (or a list of them) as text; [] for any other value."""
    values = value if isinstance(value, list) else [value]
    keys = [str(one) for one in values if isinstance(one, int) and not isinstance(one, bool)]
    return keys if len(keys) == len(values) and keys else []


def fixture_rows(data: Any, text: str) -> Fixture | None:
    """The rows of a fixture document by model, else None when it is no list of `{model, pk, fields}` rows."""
    if not isinstance(data, list) or not data:
        return None
    lines = _row_lines(text)
    tables: dict[str, dict[str, Row]] = {}
    for index, entry in enumerate(data):
        if not (
            isinstance(entry, dict) and isinstance(entry.get("model"), str) and isinstance(entry.get("fields"), dict)
        ):
            return None
        line = lines[index] if len(lines) == len(data) else 1
        pk = entry.get("pk")
        row = Row(entry["model"], str(pk) if pk is not None else f"#{index}", entry["fields"], line)
        tables.setdefault(row.model, {})[row.pk] = row
    return Fixture(tables)


def _row_lines(text: str) -> list[int]:
    """The line of each row's `"model": "app.name"`, in order (a row's place for every problem)."""
    return [text.count("\n", 0, found.start()) + 1 for found in _MODEL.finditer(text)]


def opens_fixture(text: str) -> bool:
    """Whether a text opens a list of rows with a `"model": "app.name"`, a `"pk"` and `"fields"`."""
    head = text.lstrip("\ufeff \t\r\n")[:2000]
    first = head[1:].lstrip() if head.startswith("[") else ""
    return first.startswith("{") and bool(_MODEL.search(head)) and '"fields"' in head and '"pk"' in head


__all__ = ["Fixture", "Row", "fixture_rows", "folded", "keys_of", "opens_fixture", "short_name", "singular"]
