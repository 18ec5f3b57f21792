"""Golden files: the sample workshop's text outputs, reviewed by hand, byte for byte.

The PDF is not a golden file (nobody can review its bytes); tests/writers/test_booklet.py
opens it instead.

After an intended change, regenerate with `python -m pytest tests/test_golden.py --accept`
and review the diff before committing it.
"""

from __future__ import annotations

import pytest

from program.loading import Loaded
from program.rendering import render_outputs
from program.writers import OPTIONAL_WRITERS, WRITERS

from helpers import GOLDEN

REVIEWED_IN_FOLDERS = {
    # 105 personal calendars share their events; two reviewed by hand stand for them:
    # an author with a spotlight and posters in both sessions, and an invited speaker.
    "people/david-pan.ics",
    "people/jeff-dean.ics",
    "kinds/invited-talk.ics",
    "kinds/spotlight.ics",
}


COPIED_AS_WRITTEN = {"site-assets"}  # the site's stylesheet and script: the files themselves are the reviewed text


@pytest.mark.parametrize(
    "writer_name", [name for name in WRITERS if name not in OPTIONAL_WRITERS and name not in COPIED_AS_WRITTEN]
)
def test_sample_output_matches_golden_file(sample: Loaded, writer_name: str, accept: bool) -> None:
    writer = WRITERS[writer_name]
    outputs = render_outputs(sample.program, [writer])
    reviewed = {name: data for name, data in outputs.items() if "/" not in name or name in REVIEWED_IN_FOLDERS}

    if accept:
        for name, rendered in reviewed.items():
            (GOLDEN / "mlsys2022" / name).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / "mlsys2022" / name).write_bytes(rendered)

    assert reviewed
    assert {name: (GOLDEN / "mlsys2022" / name).read_bytes() for name in reviewed} == reviewed
