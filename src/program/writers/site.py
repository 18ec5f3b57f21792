"""The attendee site: out/index.html and its assets in out/site/, for phones and laptops, no server needed.

index.html is the entry, so publishing out/ as it is serves the site; it reads from
`file://` as well as from any static host: nothing comes from the network, and the script
is a classic deferred one because browsers refuse module scripts from `file://`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from program.model import Program
from program.writers.base import RenderOptions
from program.writers.site_view import site_context
from program.writers.templating import TemplatedWriter, asset_bytes

ASSETS = ("site.css", "site.js")
"""Hand-written files copied as they are (a --templates folder may override them by name)."""


class SiteWriter(TemplatedWriter):
    """Writes index.html: every item readable without JavaScript, the script's data embedded once."""

    name: ClassVar[str] = "site"
    filename: ClassVar[str] = "index.html"
    media_type: ClassVar[str] = "text/html"
    template: ClassVar[str] = "index.html.j2"
    context = staticmethod(site_context)


class SiteAssetsWriter:
    """Writes site/: the stylesheet and the script, hand-written and copied as they are."""

    name: ClassVar[str] = "site-assets"
    folder: ClassVar[str] = "site"
    media_type: ClassVar[str] = "text/javascript"

    def write_files(self, program: Program, options: RenderOptions) -> Iterator[tuple[str, bytes]]:
        """Yield the assets."""
        for name in ASSETS:
            yield name, asset_bytes(f"site/{name}", options.templates)
