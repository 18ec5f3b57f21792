"""Golden files: the sample workshop's text outputs, reviewed by hand, byte for byte.

The PDF is not a golden file (nobody can review its bytes); tests/writers/test_program_pdf.py
opens it instead.

After an intended change, regenerate with `python -m pytest tests/test_golden.py --accept`
and review the diff before committing it.
"""

from __future__ import annotations

import pytest

from program.pipeline import Loaded, render_outputs
from program.writers import OPTIONAL_WRITERS, WRITERS

from helpers import GOLDEN


@pytest.mark.parametrize("writer_name", [name for name in WRITERS if name not in OPTIONAL_WRITERS])
def test_sample_output_matches_golden_file(sample: Loaded, writer_name: str, accept: bool) -> None:
    writer = WRITERS[writer_name]
    [(name, rendered)] = render_outputs(sample.program, [writer]).items()
    golden = GOLDEN / "mlsys2022" / name

    if accept:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(rendered)

    assert rendered == golden.read_bytes()
