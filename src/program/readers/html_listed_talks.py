"""A timed entry's lines that are each a linked talk, `Title, Speaker`: the session's talks, not its abstract.

A Spanish congress page (ETSIIT Granada's, 2015) writes each session as a small table in a list
item: the time, the session's name, then one cell a talk, all of it a link to the talk's page:
`<a href='sesion.php?…'>Metodologias agiles, M. Noguera</a>`. Talks listed under a timed session
are items, shown at the session (`lines.members`), each with its speaker.
"""

from __future__ import annotations

from collections.abc import Sequence

from program.readers.html_cell_parts import Talk
from program.readers.lines.names import names_in


def linked_talks(details: Sequence[str], linked: Sequence[str], line: int) -> tuple[Talk, ...]:
    """The talks an entry's further lines list, or () unless every line is a whole link `Title, Speaker`.

    >>> [(talk.title, talk.people) for talk in linked_talks(["IFML, M. Cabrera"], ["IFML, M. Cabrera"], 6)]
    [('IFML', ('M. Cabrera',))]
    >>> linked_talks(["Slides, PDF"], ["Slides, PDF"], 6), linked_talks(["IFML, M. Cabrera"], [], 6)
    ((), ())
    """
    talks: list[Talk] = []
    for detail in details:
        title, comma, speaker = detail.rpartition(", ")
        named = names_in(speaker, words=2) if comma and title and detail in linked else None
        if named is None or len(named) != 1:
            return ()
        talks.append(Talk(title, named, line))
    return tuple(talks)
