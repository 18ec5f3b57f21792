"""Lines of a paper list that are never a title: a paragraph longer than titles are, a short abstract's sentence.

The walk takes a line followed by an author line for a paper's title. An abstract is followed
by the next paper's lines too, and a next title may read as names ("Looms and Cards"), so
what decides is the line itself: a paragraph of more words than any title is an abstract,
and so is a sentence ending in a full stop right below an author line that had no title
(the list gave its papers without titles, each an author line and an abstract).
"""

from __future__ import annotations

from program.readers.paper_lines import PaperLine, is_prose

LONGEST_TITLE = 25
"""Words; a line with more is an abstract's (as `paper_lines` reads prose)."""
_SHORTEST_SENTENCE = 6
"""Words; a shorter line ending in a full stop may be a title ("On Engines.")."""


def never_a_title(line: PaperLine) -> bool:
    """Whether the line is a paragraph longer than any title.

    >>> never_a_title(PaperLine(1, " ".join(["word"] * 30))), never_a_title(PaperLine(1, "Looms and Cards"))
    (True, False)
    """
    return len(line.text.split()) >= LONGEST_TITLE and is_prose(line)


def is_sentence(line: PaperLine) -> bool:
    """Whether the line is written as a sentence: several words, the last ending in one full stop.

    >>> said = "We study engines and their use in computing."
    >>> is_sentence(PaperLine(1, said[:-1], ((said, False),))), is_sentence(PaperLine(1, "Engines of the Future"))
    (True, False)
    """
    written = " ".join(text for text, _ in line.parts).rstrip() or line.text.rstrip()
    return (
        not line.heading
        and len(line.text.split()) >= _SHORTEST_SENTENCE
        and written.endswith(".")
        and not written.endswith("..")
    )
