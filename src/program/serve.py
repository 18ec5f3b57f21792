"""`program serve`: out/ on localhost, rebuilt on every edit, the open pages reloaded.

The server is the standard library's (http.server), in threads of its own, bound to
127.0.0.1 only: a preview for the person editing, never a web server for others. It serves
the files of out/ as published (the links a build makes, see `program.publish`) and adds
one thing on the way out: into each HTML response, a small script before `</body>` that
asks `/__program/state` four times a second and reloads the page when a new build is
published, or shows the build's error over the page while the last good build stays
served. The published files never hold the script: they stay byte for byte those of
`program build`.

The builds themselves are the caller's (the command runs them in its main thread, where
Ctrl-C arrives); this module tells the pages about them (`Preview.published`,
`Preview.failed`); `program.watching` says which files to watch and when they changed.
"""

from __future__ import annotations

import contextlib
import html
import json
import mimetypes
import os
import re
import shutil
import threading
import time
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import attrs

from program.errors import UsageError

HOST = "127.0.0.1"
"""The only address served: the preview is for this machine."""

STATE = "/__program/state"
"""What the injected script asks, every POLL_MS: the newest build, and the error of the build after it."""

POLL_MS = 250
"""Milliseconds between a page's questions. Polling, not Server-Sent Events or a long poll:
an open stream holds one of the 6 connections a browser allows a host over HTTP/1.1, so a
seventh open page would wait forever; a question a quarter second costs nothing on localhost."""

MARKER = "data-program-serve"
"""The attribute of the injected script: a page that has it is never given a second."""

_BODY_END = re.compile(rb"</body\s*>", re.IGNORECASE)

_SCRIPT = """<script %(marker)s>(() => {
  const built = "%(token)s";
  let box = null;
  const show = (text) => {
    if (!box) {
      box = document.createElement("div");
      box.id = "__program-error";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:70vh;overflow:auto;z-index:2147483647;" +
        "margin:0;padding:1em;background:#fff0f0;color:#600;border-top:4px solid #c00;font:14px/1.4 monospace";
      const title = document.createElement("strong");
      title.textContent = "program serve: the build failed; this is the last good build";
      const pre = document.createElement("pre");
      pre.style.cssText = "white-space:pre-wrap;margin:.5em 0 0";
      box.append(title, pre);
      document.body.append(box);
    }
    box.querySelector("pre").textContent = text;
  };
  const poll = async () => {
    let wait = %(every)d;
    try {
      const state = await (await fetch("%(state)s", {cache: "no-store"})).json();
      if (state.build !== built) {
        location.reload();
        return;
      }
      if (state.error) {
        show(state.error);
      } else if (box) {
        box.remove();
        box = null;
      }
    } catch (error) {
      wait = 1000;  // the server is stopped or restarting: ask again, less often
    }
    setTimeout(poll, wait);
  };
  poll();
})();</script>
"""


def reload_script(token: str) -> bytes:
    """The script injected into a page served from the build `token`."""
    return (_SCRIPT % {"marker": MARKER, "token": token, "state": STATE, "every": POLL_MS}).encode()


def inject(page: bytes, token: str) -> bytes:
    """Return the HTML `page` with the reload script before its last `</body>` (at the end when it has none).

    A page that already has the script (its marker) is returned as it is: one script a page.
    """
    if MARKER.encode() in page:
        return page
    script = reload_script(token)
    ends = list(_BODY_END.finditer(page))
    if not ends:
        return page + script
    at = ends[-1].start()
    return page[:at] + script + page[at:]


def request_file(root: Path, url: str) -> Path | None:
    """The path under `root` that the request `url` names, or None when it names nothing there.

    Refused: `..` and `.` segments, hidden names (`.program-publish`), NUL and backslashes,
    and anything whose real path (links followed) is outside `root`. The path returned is
    `root` joined with the request's segments (not the resolved one), so a file opened
    through it is the one the links show at that moment.
    """
    try:
        path = urllib.parse.unquote(_path_of(url), errors="strict")
    except UnicodeDecodeError:
        return None
    if "\x00" in path or "\\" in path:
        return None
    parts = [part for part in path.split("/") if part]
    if any(part.startswith(".") for part in parts):
        return None
    candidate = root.joinpath(*parts)
    try:
        real_root = root.resolve(strict=True)
        real = candidate.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    return candidate if real.is_relative_to(real_root) else None


def _path_of(url: str) -> str:
    """The path of a request's target, without its query and fragment (`//x` is a path, not a host)."""
    return url.split("?", 1)[0].split("#", 1)[0]


@attrs.define
class _State:
    """What the pages are told: the build published last, and the error of the build after it."""

    instance: str
    builds: int = 0
    error: str | None = None
    lock: threading.Lock = attrs.field(factory=threading.Lock)

    @property
    def token(self) -> str:
        return f"{self.instance}-{self.builds}"

    def message(self) -> bytes:
        with self.lock:
            return json.dumps({"build": self.token, "error": self.error}).encode()


class Preview:
    """The preview server of one out/ folder, running in its own threads until `stop`."""

    def __init__(self, out_dir: Path, port: int = 8000) -> None:
        """Bind 127.0.0.1:`port` (0: any free port) and start serving `out_dir`.

        Raises:
            UsageError: when the port cannot be bound (in use, or reserved).
        """
        self.out_dir = out_dir
        self.state = _State(instance=f"{time.time_ns():x}")
        self.stopping = threading.Event()  # set when the preview stops: the watch ends on it
        handler = type("Handler", (_Handler,), {"root": out_dir, "state": self.state})
        try:
            self.server = _Server((HOST, port), handler)
        except OSError as error:
            raise UsageError(
                f"cannot serve on {HOST}:{port}: {error.strerror}; choose another --port (0: any free port)"
            ) from None
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.1,), name="program-serve", daemon=True)
        self.thread.start()

    @property
    def port(self) -> int:
        """The port served (the one the system chose, for port 0)."""
        return int(self.server.server_address[1])

    @property
    def url(self) -> str:
        """The address of the site's front page."""
        return f"http://{HOST}:{self.port}/"

    def published(self, *, changed: bool = True) -> None:
        """A build succeeded: every open page reloads when it wrote a new one, and drops any error shown."""
        self._tell(error=None, new_build=changed)

    def failed(self, text: str) -> None:
        """The last build failed with `text`: every open page shows it over the last good build."""
        self._tell(error=text, new_build=False)

    def _tell(self, error: str | None, *, new_build: bool) -> None:
        with self.state.lock:
            self.state.builds += new_build
            self.state.error = error

    def stop(self) -> None:
        """Stop serving and watching; close the socket."""
        self.stopping.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a request under way never holds up the exit
    allow_reuse_address = True


class _Handler(BaseHTTPRequestHandler):
    """GET and HEAD of the files of out/ (HTML with the reload script), and of the state the script asks for."""

    root: Path
    state: _State
    server_version = "program-serve"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the standard library's name)
        """Say nothing for each request: the terminal is for the builds."""

    def do_GET(self) -> None:
        """Answer a GET."""
        if _path_of(self.path) == STATE:
            self._send(HTTPStatus.OK, "application/json", self.state.message(), body=True)
        else:
            self._file(body=True)

    def do_HEAD(self) -> None:
        """Answer a HEAD: the headers of the GET."""
        self._file(body=False)

    def _file(self, *, body: bool) -> None:
        path = request_file(self.root, self.path)
        if path is None:
            self._page(HTTPStatus.NOT_FOUND, "Not found", self._not_found(), body=body)
            return
        if path.is_dir():
            if not _path_of(self.path).endswith("/"):
                self._redirect(_path_of(self.path) + "/")
                return
            if not (path / "index.html").is_file():
                self._page(HTTPStatus.OK, f"{path.relative_to(self.root).as_posix()}/", _listing(path), body=body)
                return
            path = path / "index.html"
        try:
            file = path.open("rb")
        except OSError:
            self._page(HTTPStatus.NOT_FOUND, "Not found", self._not_found(), body=body)
            return
        with file:
            kind = _content_type(path)
            if kind.startswith("text/html"):
                self._send(HTTPStatus.OK, kind, inject(file.read(), self._token()), body=body)
                return
            self.send_response(HTTPStatus.OK)
            self._headers(kind, os.fstat(file.fileno()).st_size)
            if body:
                with contextlib.suppress(ConnectionError):
                    shutil.copyfileobj(file, self.wfile)

    def _token(self) -> str:
        with self.state.lock:
            return self.state.token

    def _not_found(self) -> str:
        if request_file(self.root, "/") is None:
            return "<p>Nothing is built yet.</p>"
        return f'<p>{html.escape(_path_of(self.path))} is not in the build. <a href="/">Home</a></p>'

    def _page(self, status: HTTPStatus, title: str, content: str, *, body: bool) -> None:
        page = (
            f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"</head>\n<body>\n<h1>{html.escape(title)}</h1>\n{content}\n</body></html>\n"
        )
        self._send(status, "text/html; charset=utf-8", inject(page.encode(), self._token()), body=body)

    def _send(self, status: HTTPStatus, kind: str, data: bytes, *, body: bool) -> None:
        self.send_response(status)
        self._headers(kind, len(data))
        if body:
            with contextlib.suppress(ConnectionError):
                self.wfile.write(data)

    def _headers(self, kind: str, length: int) -> None:
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(length))
        self.send_header("Cache-Control", "no-store")  # a reload shows the new build, never a cached one
        self.end_headers()

    def _redirect(self, location: str) -> None:
        self.send_response(HTTPStatus.MOVED_PERMANENTLY)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


def _content_type(path: Path) -> str:
    kind = {".ics": "text/calendar", ".md": "text/markdown", ".csv": "text/csv"}.get(path.suffix.lower())
    kind = kind or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    text = kind.startswith("text/") or kind in {"application/json", "application/xml", "application/javascript"}
    return f"{kind}; charset=utf-8" if text else kind


def _listing(folder: Path) -> str:
    names = sorted(
        entry.name + ("/" if entry.is_dir() else "") for entry in folder.iterdir() if not entry.name.startswith(".")
    )
    links = "".join(f'<li><a href="{urllib.parse.quote(name)}">{html.escape(name)}</a></li>' for name in names)
    return f"<ul>{links}</ul>"
