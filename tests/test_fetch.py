"""Ingest from http(s) URLs, served by a local HTTP server that the tests start on 127.0.0.1."""

from __future__ import annotations

import http.server
import threading

import pytest

from aigraph.ingest import IngestFailure, read_sources

PAGE = b"""<!doctype html><html><head><title>Gulf money | Wire</title><meta property="og:site_name" content="Test Wire">
<meta property="article:published_time" content="2026-02-01"></head><body><nav>Home</nav>
<article><h1>Gulf money</h1><p>Microsoft invested $1.5bn in G42, the Abu Dhabi group said on Tuesday.</p>
<p>G42 is a partner of OpenAI, according to the companies, which spoke at length about it.</p></article></body></html>"""
FEED = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title>India joins</title><link href="https://example.org/india"/><updated>2026-01-05T10:00:00Z</updated>
<content type="html">&lt;p&gt;India is a member of BRICS, officials said.&lt;/p&gt;</content></entry></feed>"""


class Handler(http.server.BaseHTTPRequestHandler):
    routes = {
        "/page": (200, "text/html; charset=utf-8", PAGE),
        "/feed": (200, "application/atom+xml", FEED),
        "/image": (200, "image/png", b"\x89PNG\r\n"),
        "/big": (200, "text/plain", b"x" * (11 * 1024 * 1024)),
    }

    def do_GET(self):
        if self.path == "/redirect-page":
            self.send_response(302)
            self.send_header("Location", "/page")
            self.end_headers()
            return
        if self.path == "/redirect-metadata":
            self.send_response(302)
            self.send_header("Location", "http://169.254.169.254/latest/meta-data/")
            self.end_headers()
            return
        status, ctype, body = self.routes.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except ConnectionError:  # the client stopped reading at its size limit
            pass

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_fetch_page_and_feed(site):
    page, entry = list(read_sources([f"{site}/redirect-page", f"{site}/feed"]))
    assert page.title == "Gulf money" and page.source == "Test Wire" and page.published == "2026-02-01"
    assert page.url == f"{site}/page" and "Microsoft invested $1.5bn in G42" in page.text
    assert entry.title == "India joins" and entry.source == "Atom Wire" and entry.url == "https://example.org/india"
    assert entry.published == "2026-01-05T10:00:00+00:00"


def test_fetch_failures_are_reported_one_by_one(site):
    items = list(read_sources([f"{site}/missing", f"{site}/image", f"{site}/big", f"{site}/redirect-metadata", f"{site}/page"]))
    reasons = [i.reason for i in items[:4]]
    assert all(isinstance(i, IngestFailure) for i in items[:4])
    assert reasons[0] == "HTTP 404 Not Found"
    assert reasons[1] == "content type image/png is not an article or a feed"
    assert reasons[2].startswith("11,534,336 bytes is more than the limit")
    assert "http://169.254.169.254/latest/meta-data/: refused: 169.254.169.254 is a link-local" in reasons[3]
    assert items[4].title == "Gulf money"  # the run goes on


@pytest.mark.slow
def test_fetch_through_the_cli(site, invoke):
    result = invoke("ingest", f"{site}/page", f"{site}/missing")
    assert result.exit_code == 1
    assert f"Error: {site}/missing: HTTP 404 Not Found" in result.output
    assert "1 new article" in result.output and "1 failed" in result.output
