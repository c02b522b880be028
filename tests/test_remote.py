"""The same commands against a real SPARQL server (Oxigraph server from the `oxigraph` package,
started on 127.0.0.1 for these tests) give the same answers as the embedded store."""

from __future__ import annotations

import http.server
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from .conftest import SAMPLES

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(found).exists():
        pytest.fail("the oxigraph server is not installed (it comes with the test dependencies)")
    return found


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    process = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                                "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"oxigraph server did not start: {process.stderr.read().decode()[:500]}")
            time.sleep(0.1)
    yield url
    process.terminate()
    process.wait(timeout=10)


class CountingProxy:
    """Forwards requests to the server and counts update requests."""

    def __init__(self, target: str):
        self.updates = 0
        self.requests = 0
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                proxy.requests += 1
                if self.path.startswith("/update"):
                    proxy.updates += 1
                request = urllib.request.Request(target + self.path, data=body, method="POST",
                                                 headers={k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")})
                try:
                    with urllib.request.urlopen(request) as response:
                        data, status, ctype = response.read(), response.status, response.headers.get("Content-Type", "")
                except urllib.error.HTTPError as err:
                    data, status, ctype = err.read(), err.code, "text/plain"
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def test_remote_same_answers_as_embedded(server, runner, tmp_path, extractor):
    from aigraph.cli import cli
    from aigraph.query import saved_queries

    proxy = CountingProxy(server)
    try:
        remote = ["--data-dir", str(tmp_path / "remote"), "--store", f"{proxy.url}/query"]
        local = ["--data-dir", str(tmp_path / "local")]
        for args in (remote, local):
            result = runner.invoke(cli, [*args, "ingest", "--quiet", str(SAMPLES)])
            assert result.exit_code == 0, result.output
            assert "10 new articles" in result.output
        # one update for the ontology graph, then one per article
        assert proxy.updates == 1 + 10
        for name in saved_queries():
            outputs = [runner.invoke(cli, [*args, "query", "--saved", name, "--format", "csv"]) for args in (remote, local)]
            assert outputs[0].exit_code == outputs[1].exit_code == 0, outputs[0].output
            assert sorted(outputs[0].output.splitlines()) == sorted(outputs[1].output.splitlines()), name
        for command in (["show", "Sber", "--format", "json"], ["stats", "--format", "json"],
                        ["query", "--saved", "bloc-members", "--param", "bloc=brics", "--format", "csv"]):
            a, b = (runner.invoke(cli, [*args, *command]) for args in (remote, local))
            assert a.exit_code == b.exit_code == 0, a.output
            if command[0] == "show":
                import json
                da, db = json.loads(a.output), json.loads(b.output)
                assert sorted(map(str, da["facts"])) == sorted(map(str, db["facts"]))
            else:
                assert sorted(a.output.splitlines()) == sorted(b.output.splitlines())
        # re-ingesting adds nothing on the server either
        again = runner.invoke(cli, [*remote, "ingest", "--quiet", str(SAMPLES)])
        assert "0 new articles (0 facts), 10 already stored" in again.output
        for args in (remote, local):
            out = tmp_path / f"{args[1].rsplit('/', 1)[-1]}.html"
            assert runner.invoke(cli, [*args, "viz", "-o", str(out)]).exit_code == 0
            assert runner.invoke(cli, [*args, "validate"]).exit_code == 0
        removed = [runner.invoke(cli, [*args, "articles", "remove", "a6429f9c36ffa0dd"]) for args in (remote, local)]
        assert all(r.exit_code == 0 for r in removed)
        a, b = (runner.invoke(cli, [*args, "export", "--format", "nt"]) for args in (remote, local))
        assert sorted(set(a.output.splitlines())) == sorted(set(b.output.splitlines()))
    finally:
        proxy.close()


def test_remote_server_down_is_a_clear_error(runner, tmp_path):
    from aigraph.cli import cli

    url = f"http://127.0.0.1:{free_port()}/query"
    result = runner.invoke(cli, ["--data-dir", str(tmp_path), "--store", url, "query", "SELECT * WHERE { ?s ?p ?o }"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.startswith(f"Error: cannot reach the SPARQL server at {url}")


def test_remote_refused_queries_never_reach_the_server(server, runner, tmp_path):
    from aigraph.cli import cli

    proxy = CountingProxy(server)
    try:
        result = runner.invoke(cli, ["--data-dir", str(tmp_path), "--store", f"{proxy.url}/query", "query",
                                     "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"])
        assert result.exit_code == 1 and "SERVICE is refused" in result.output
        assert proxy.requests == 0
    finally:
        proxy.close()
