"""`program publish-copy DEST`: copy the build published in out/ elsewhere, whole."""

from __future__ import annotations

from pathlib import Path

import click

from program.cli.options import out_option
from program.cli.report import say


@click.command("publish-copy")
@click.argument("dest", type=click.Path(file_okay=False, path_type=Path))
@out_option
def publish_copy(dest: Path, out_dir: Path) -> None:
    """Copy the build published in --out into DEST, whole (one version), replacing DEST at once.

    DEST is a new or empty folder, or one an earlier publish-copy wrote (replaced whole);
    anything else in it is an error. Upload or serve DEST: it never mixes two builds.
    """
    from program.publish_copy import copy_published  # here: program --help stays fast

    build_id, files = copy_published(out_dir, dest)
    say(f"copied build {build_id} of {out_dir.as_posix()}/ ({files} files) to {dest.as_posix()}/", err=False)
