"""`program serve`: the reload script injected into HTML only, once; nothing served from outside out/.

The server is tested over real HTTP on a free port of 127.0.0.1; the command itself in a
subprocess (build, serve, rebuild on an edit, stop on SIGINT with exit 0, the files on disk
those of `program build`). The pages reloading in a browser: tests/writers/test_serve_in_chromium.py.
"""

from __future__ import annotations

import http.client
import json
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from program.errors import UsageError
from program.serve import MARKER, STATE, Preview, inject, request_file
from program.watching import Stamps, Watched, changes

from helpers import SAMPLE_PROGRAM_FILE, Serving, copy_of_the_sample, files_under

PAGE = b"<!doctype html>\n<html><head><title>t</title></head>\n<body>\n<p>hello</p>\n</body>\n</html>\n"


# The injection.


def test_the_script_goes_just_before_the_closing_body_tag() -> None:
    injected = inject(PAGE, "abc-1")

    before, _, after = injected.partition(b"<script " + MARKER.encode())
    assert before == PAGE[: PAGE.index(b"</body>")]
    assert after.endswith(b"</script>\n</body>\n</html>\n")
    assert b'const built = "abc-1"' in injected
    assert injected.replace(injected[len(before) : injected.index(b"</body>")], b"") == PAGE


def test_the_script_is_injected_once() -> None:
    once = inject(PAGE, "abc-1")

    assert inject(once, "abc-2") == once
    assert once.count(MARKER.encode()) == 1


def test_the_last_closing_body_tag_is_the_one_in_any_case() -> None:
    page = b"<body><pre>&lt;/body&gt; </body> in a comment</pre>\n</BODY >\n"

    injected = inject(page, "t")

    assert injected.endswith(b"</script>\n</BODY >\n")
    assert injected.startswith(b"<body><pre>&lt;/body&gt; </body> in a comment</pre>\n<script")


def test_a_page_without_a_closing_body_tag_gets_the_script_at_its_end() -> None:
    assert inject(b"<p>bare", "t").startswith(b"<p>bare<script ")


# Path safety.


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An out/ as a build publishes it: links into .program-publish/current, and a secret beside out/."""
    build = tmp_path / "out" / ".program-publish" / "builds" / "1-1"
    (build / "people").mkdir(parents=True)
    (build / "index.html").write_bytes(PAGE)
    (build / "program.ics").write_bytes(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    (build / "people" / "ada.ics").write_bytes(b"BEGIN:VCALENDAR\r\n")
    (tmp_path / "out" / ".program-publish" / "current").symlink_to("builds/1-1")
    for name in ("index.html", "program.ics", "people"):
        (tmp_path / "out" / name).symlink_to(f".program-publish/current/{name}")
    (tmp_path / "secret.txt").write_text("not yours")
    return tmp_path / "out"


@pytest.mark.parametrize(
    "url",
    [
        "/../secret.txt",
        "/people/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E%2Fsecret.txt",
        "/people/%2e%2e/%2e%2e/secret.txt",
        "/..%5csecret.txt",
        "/.program-publish/current/index.html",
        "/.program-publish/lock",
        "/index.html%00.txt",
        "/%ff",
        "/missing.html",
    ],
)
def test_nothing_outside_out_nor_its_state_is_served(out: Path, url: str) -> None:
    assert request_file(out, url) is None


def test_a_link_of_the_users_out_of_out_is_refused(out: Path) -> None:
    (out / "elsewhere.txt").symlink_to(out.parent / "secret.txt")
    (out / "up").symlink_to(out.parent)

    assert request_file(out, "/elsewhere.txt") is None
    assert request_file(out, "/up/secret.txt") is None


def test_the_published_links_are_followed_inside_out(out: Path) -> None:
    assert request_file(out, "/") == out
    assert request_file(out, "/index.html?x=1#top") == out / "index.html"
    assert request_file(out, "/people/ada.ics") == out / "people" / "ada.ics"
    assert request_file(out, "//people//ada.ics") == out / "people" / "ada.ics"


# The server, over HTTP.


@pytest.fixture
def preview(out: Path) -> Iterator[Preview]:
    server = Preview(out, 0)
    server.published()
    yield server
    server.stop()


def _get(preview: Preview, url: str, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", preview.port, timeout=5)
    connection.request(method, url)  # sent as written: http.client does not tidy `..` away
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, dict(response.getheaders()), body


def test_html_is_served_with_the_script_and_the_file_on_disk_stays_as_built(preview: Preview, out: Path) -> None:
    status, headers, body = _get(preview, "/")

    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert headers["Cache-Control"] == "no-store"
    assert int(headers["Content-Length"]) == len(body)
    assert body == inject(PAGE, preview.state.token)
    assert (out / "index.html").read_bytes() == PAGE


def test_other_files_are_served_as_they_are(preview: Preview, out: Path) -> None:
    status, headers, body = _get(preview, "/people/ada.ics")

    assert (status, body) == (200, (out / "people" / "ada.ics").read_bytes())
    assert headers["Content-Type"] == "text/calendar; charset=utf-8"
    assert MARKER.encode() not in _get(preview, "/program.ics")[2]


def test_head_sends_the_headers_of_get(preview: Preview) -> None:
    status, headers, body = _get(preview, "/index.html", "HEAD")

    assert (status, body) == (200, b"")
    assert int(headers["Content-Length"]) == len(_get(preview, "/index.html")[2])


@pytest.mark.parametrize("url", ["/../secret.txt", "/%2e%2e/secret.txt", "/.program-publish/lock", "/nope"])
def test_a_refused_path_is_a_not_found_page_that_still_reloads(preview: Preview, url: str) -> None:
    status, _, body = _get(preview, url)

    assert status == 404
    assert b"not yours" not in body
    assert body.count(MARKER.encode()) == 1


def test_a_folder_redirects_to_its_slash_then_lists_its_files(preview: Preview) -> None:
    assert _get(preview, "/people")[:2][0] == 301
    assert _get(preview, "/people")[1]["Location"] == "/people/"
    status, _, body = _get(preview, "/people/")
    assert status == 200
    assert b'<a href="ada.ics">ada.ics</a>' in body


def _state(preview: Preview) -> object:
    status, headers, body = _get(preview, STATE)
    assert (status, headers["Content-Type"], headers["Cache-Control"]) == (200, "application/json", "no-store")
    return json.loads(body)


def test_the_state_says_the_newest_build_and_the_error_of_the_one_after(preview: Preview) -> None:
    first = preview.state.token
    assert _state(preview) == {"build": first, "error": None}

    preview.failed("feed.txt:3: error: unreadable-block: expected a time line")
    assert _state(preview) == {"build": first, "error": "feed.txt:3: error: unreadable-block: expected a time line"}

    preview.published()
    assert _state(preview) == {"build": preview.state.token, "error": None}
    assert preview.state.token != first


def test_the_script_asks_for_the_state_and_compares_its_own_build(preview: Preview) -> None:
    _, _, page = _get(preview, "/")

    assert f'fetch("{STATE}"'.encode() in page
    assert f'const built = "{preview.state.token}"'.encode() in page


def test_only_localhost_is_served(preview: Preview) -> None:
    assert preview.server.server_address[0] == "127.0.0.1"
    assert preview.url == f"http://127.0.0.1:{preview.port}/"


def test_a_port_in_use_is_a_usage_error(preview: Preview, out: Path) -> None:
    with pytest.raises(UsageError, match=rf"cannot serve on 127.0.0.1:{preview.port}: .*--port"):
        Preview(out, preview.port)


# What is watched.


def test_an_edit_of_a_feed_or_a_template_is_watched_and_out_is_not(tmp_path: Path) -> None:
    feed = tmp_path / "feed.txt"
    feed.write_text("x")
    templates = tmp_path / "mine"
    (templates / "site").mkdir(parents=True)
    watched = Watched.of([feed], templates)

    assert watched.folders() == sorted([tmp_path, templates, templates / "site"])
    assert watched.accepts(None, str(feed))
    assert watched.accepts(None, str(templates / "site" / "site.css"))
    assert not watched.accepts(None, str(templates / ".index.html.j2.swp"))
    assert not watched.accepts(None, str(tmp_path / "out" / "index.html"))
    assert not watched.accepts(None, str(tmp_path / "other.txt"))


def _first_change(watched: Watched, read: Stamps, edit: Callable[[], object], wait: float = 10) -> list[str]:
    """What `changes` yields first after `edit` (run once the watch is running), or [] within `wait` seconds."""
    stopping = threading.Event()
    found: queue.Queue[list[str]] = queue.Queue()
    watcher = threading.Thread(target=lambda: found.put(next(changes(lambda: watched, lambda: read, stopping), [])))
    watcher.start()
    try:
        time.sleep(0.3)
        edit()
        return found.get(timeout=wait)
    except queue.Empty:
        return []
    finally:
        stopping.set()
        watcher.join(timeout=5)


def test_a_save_is_a_change(tmp_path: Path) -> None:
    feed = tmp_path / "feed.txt"
    feed.write_text("one")
    watched = Watched.of([feed])

    assert _first_change(watched, watched.stamps(), lambda: feed.write_text("two")) == [str(feed.resolve())]


def test_a_save_by_renaming_a_new_file_over_the_feed_is_a_change(tmp_path: Path) -> None:
    feed = tmp_path / "feed.txt"
    feed.write_text("one")
    watched = Watched.of([feed])

    def save() -> None:
        (tmp_path / ".feed.txt.swp").write_text("two")
        (tmp_path / ".feed.txt.swp").replace(feed)

    assert _first_change(watched, watched.stamps(), save) == [str(feed.resolve())]


def test_an_edit_made_before_the_watch_began_is_a_change(tmp_path: Path) -> None:
    feed = tmp_path / "feed.txt"
    feed.write_text("one")
    watched = Watched.of([feed])
    read = watched.stamps()  # as the first build read it
    feed.write_text("two, while the build ran")

    assert _first_change(watched, read, lambda: None) == [str(feed.resolve())]


def test_a_write_into_out_beside_the_feed_is_no_change(tmp_path: Path) -> None:
    feed = tmp_path / "feed.txt"
    feed.write_text("one")
    (tmp_path / "out").mkdir()
    watched = Watched.of([feed])

    write = (tmp_path / "out" / "index.html").write_text
    assert _first_change(watched, watched.stamps(), lambda: write("x"), wait=1.5) == []


# The command.


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_serve_builds_what_build_builds_and_stops_on_ctrl_c_with_exit_0(tmp_path: Path) -> None:
    copy_of_the_sample(tmp_path)
    serving = Serving(tmp_path, SAMPLE_PROGRAM_FILE.name, "--no-pdf", "--port", "0", "--out", "served")
    try:
        url = serving.url()
        with_script = http.client.HTTPConnection(url.split("/")[2], timeout=5)
        with_script.request("GET", "/program.html")
        assert MARKER.encode() in with_script.getresponse().read()
    finally:
        status = serving.stop()
    built = subprocess.run(
        [sys.executable, "-m", "program", "build", SAMPLE_PROGRAM_FILE.name, "--no-pdf", "--out", "built"],
        cwd=tmp_path,
        capture_output=True,
        check=True,
    )

    assert built.returncode == 0
    assert status == 0, serving.stderr
    assert serving.stderr[-1] == "program: stopped serving\n"
    served, reference = files_under(tmp_path / "served"), files_under(tmp_path / "built")
    assert served == reference
    assert all(MARKER.encode() not in data for data in served.values())


def test_serve_stops_on_sigterm_with_exit_0(tmp_path: Path) -> None:
    copy_of_the_sample(tmp_path)
    serving = Serving(tmp_path, SAMPLE_PROGRAM_FILE.name, "--no-pdf", "--port", str(_free_port()))
    serving.url()

    assert serving.stop(signal.SIGTERM) == 0


def test_serve_on_a_port_in_use_says_so_and_exits_2(tmp_path: Path) -> None:
    copy_of_the_sample(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "program", "serve", SAMPLE_PROGRAM_FILE.name, "--port", str(port)],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            check=False,
            timeout=30,
        )

    assert result.returncode == 2
    assert result.stderr.startswith(f"program: error: cannot serve on 127.0.0.1:{port}: ")
    assert not (tmp_path / "out").exists()


def test_serve_without_watchfiles_says_how_to_install_it(tmp_path: Path) -> None:
    script = "\n".join(
        [
            "import sys",
            "sys.modules['watchfiles'] = None",  # what an install without the extra looks like to `import`
            "from program.cli.main import main",
            "sys.exit(main(sys.argv[1:]))",
        ]
    )
    result = subprocess.run(
        [sys.executable, "-c", script, "serve", str(SAMPLE_PROGRAM_FILE)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )

    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "program: error: 'program serve' needs watchfiles, which watches the feeds, which is not installed: "
        'pip install "program[serve]"'
    ]


def test_a_broken_template_fails_at_its_line_and_its_fix_rebuilds(tmp_path: Path) -> None:
    copy_of_the_sample(tmp_path)
    (tmp_path / "mine").mkdir()
    template = tmp_path / "mine" / "speakers.md.j2"
    template.write_text("hello {{ nosuch }}\n")
    serving = Serving(tmp_path, SAMPLE_PROGRAM_FILE.name, "--no-pdf", "--port", "0", "--templates", "mine")
    try:
        url = serving.url()
        assert serving.said("mine/speakers.md.j2:1: error: 'nosuch' is undefined"), serving.stderr
        connection = http.client.HTTPConnection(url.split("/")[2], timeout=5)
        connection.request("GET", STATE)
        assert "mine/speakers.md.j2:1: error:" in json.loads(connection.getresponse().read())["error"]

        template.write_text("hello {{ title }}\n")
        deadline = time.monotonic() + 10
        while not (tmp_path / "out" / "speakers.md").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        assert serving.stop() == 0
    assert (tmp_path / "out" / "speakers.md").read_text() == "hello ML for Systems Workshop at NeurIPS 2022\n"
    assert "changed: mine/speakers.md.j2\n" in serving.stderr
