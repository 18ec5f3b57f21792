"""Every writer, registered by name in `WRITERS`: importing this imports every writer's module.

`program build` runs every registered writer; its file name is the writer's `filename`.
`program.writers` names them without importing them (`OUTPUTS`), for a rebuild that
finds nothing changed and so renders nothing.
"""

from __future__ import annotations

from program.writers import OUTPUTS, AnyWriter, writer_of

WRITERS: dict[str, AnyWriter] = {name: writer_of(name) for name, _ in OUTPUTS}
"""Every writer, by format name, in the order `program build` runs them."""

__all__ = ["WRITERS"]
