"""What `program serve` watches: the feeds, the program file and the templates, and when they change.

The server (`program.serve`) tells the open pages about builds; this module decides when one
is due. watchfiles is an extra (`serve`): it is imported only when watching starts.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import attrs

from program.errors import MissingExtraError

Stamps = dict[Path, tuple[int, int, int] | None]
"""Files and their modification time, size and inode, as a build read them."""


@attrs.frozen
class Watched:
    """The files a rebuild depends on: feeds and the program file, and the templates folder.

    Attributes:
        files: the real paths of the feeds and the program file.
        templates: the real path of the `--templates` folder, or None.
    """

    files: frozenset[Path]
    templates: Path | None = None

    @classmethod
    def of(cls, files: Iterable[Path], templates: Path | None = None) -> Watched:
        """The files and templates folder given, by their real paths (an edit of a link's target counts)."""
        return cls(frozenset(path.resolve() for path in files), templates.resolve() if templates else None)

    def folders(self) -> list[Path]:
        """The folders to watch (not recursively): each file's, and the templates folder and its subfolders.

        A file's folder rather than the file, because an editor that saves by renaming a new
        file over the old one leaves a watch on the old file watching nothing. Not
        recursively, so that out/ beside the feeds (the build's own writes) is not watched.
        """
        folders = {path.parent for path in self.files}
        if self.templates:
            folders.update(Path(directory) for directory, _, _ in os.walk(self.templates))
        return sorted(folder for folder in folders if folder.is_dir())

    def stamps(self) -> Stamps:
        """Each file's modification time, size and inode (None: missing), to tell an edit made while unwatched."""
        files = set(self.files)
        if self.templates:
            files.update(Path(folder, name) for folder, _, names in os.walk(self.templates) for name in names)
        stamps: Stamps = {}
        for path in files:
            try:
                info = path.stat()
            except OSError:
                stamps[path] = None
            else:
                stamps[path] = (info.st_mtime_ns, info.st_size, info.st_ino)
        return stamps

    def edited_since(self, stamps: Stamps) -> list[str]:
        """The files whose stamps are no longer `stamps`."""
        now = self.stamps()
        return sorted(str(path) for path in now.keys() | stamps.keys() if now.get(path) != stamps.get(path))

    def accepts(self, _change: object, path: str) -> bool:
        """Whether a change to `path` calls for a rebuild (an editor's swap and backup files do not)."""
        changed = Path(path).resolve()
        if changed in self.files:
            return True
        if self.templates is None or not changed.is_relative_to(self.templates):
            return False
        return not changed.name.startswith(".") and not changed.name.endswith(("~", ".swp", ".tmp"))


def require_watcher() -> None:
    """Stop with the pip command to run when watchfiles (the `serve` extra) is not installed.

    Raises:
        MissingExtraError: when it is not.
    """
    try:
        import watchfiles  # noqa: F401, PLC0415 (only whether it imports)
    except ImportError as missing:
        raise MissingExtraError("serve", "serve", "watchfiles, which watches the feeds") from missing


def changes(
    watched: Callable[[], Watched], read: Callable[[], Stamps], stopping: threading.Event
) -> Iterator[list[str]]:
    """Yield the paths changed, each time some are, until `stopping` is set.

    `watched` is asked again after each change (a program file may now name other feeds):
    when its answer differs, the watch starts again on the new folders. `read` gives the
    stamps of the files as the last build read them: once a watch is set up, the files are
    compared with them, so that an edit made while nothing watched (during the first build,
    between two watches) still rebuilds.

    Raises:
        KeyboardInterrupt: on Ctrl-C (or SIGTERM, which the command turns into one).
    """
    import watchfiles  # noqa: PLC0415 (an extra: importing program must work without it)

    while not stopping.is_set():
        current, unchecked = watched(), True
        for batch in watchfiles.watch(
            *current.folders(),
            watch_filter=current.accepts,
            debounce=50,  # an editor's save is several events within milliseconds: one rebuild
            step=20,
            stop_event=stopping,
            rust_timeout=200,
            yield_on_timeout=True,  # an empty batch: the watch is set up and nothing changed since
            recursive=False,
        ):
            if batch:
                changed = sorted({path for _, path in batch})
            elif unchecked:
                changed = current.edited_since(read())
            else:
                continue
            unchecked = False  # a build after this reads the files as they are now
            if changed:
                yield changed
                if watched() != current:
                    break
        else:
            return
