"""Validation, analytics, export/import round trips, query timeouts and refusals, on real stores."""

from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib

from aigraph import Settings, Workspace

pytestmark = pytest.mark.slow


@pytest.fixture
def copy_of_samples(samples_dir, tmp_path) -> Path:
    """A writable copy of the sample workspace, made through export and import."""
    dump = tmp_path / "samples.trig"
    with Workspace.open(Settings(data_dir=samples_dir)) as ws:
        from aigraph.export import write_export

        write_export(ws.graph, "trig", dump)
    data = tmp_path / "copy"
    with Workspace.open(Settings(data_dir=data), write=True) as ws:
        ws.import_rdf(dump)
    return data


def test_validate_samples_conform(invoke, samples_dir, runner):
    from aigraph.cli import cli

    result = runner.invoke(cli, ["--data-dir", str(samples_dir), "validate"])
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith("the graph conforms to the shapes")


def test_validate_reports_a_hand_broken_graph(copy_of_samples, runner):
    from aigraph.cli import cli

    graph = ox.NamedNode("https://w3id.org/aigraph/article/0000000000000000")
    putin = ox.NamedNode("https://w3id.org/aigraph/entity/Vladimir_Putin")
    russia = ox.NamedNode("https://w3id.org/aigraph/entity/Russia")
    with Workspace.open(Settings(data_dir=copy_of_samples), write=True) as ws:
        ws.graph.raw.add(ox.Quad(putin, ox.NamedNode("https://w3id.org/aigraph/ontology#memberOf"), russia, graph))
        ws.graph.raw.add(ox.Quad(russia, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                                 ox.Literal("Rossiya"), graph))
    result = runner.invoke(cli, ["--data-dir", str(copy_of_samples), "validate"])
    assert result.exit_code == 1
    assert "the subject of 'member of' must be one of" in result.output
    assert "an entity has exactly one rdfs:label" in result.output


def test_validate_shipped_shapes_match_the_ontology():
    from rdflib.compare import isomorphic

    from aigraph.validate import build_shapes, shapes_path

    assert isomorphic(build_shapes(), rdflib.Graph().parse(shapes_path())), "run python -m aigraph.validate"


def test_analyze_commands(samples_dir, runner):
    from aigraph.cli import cli

    def run(*args):
        result = runner.invoke(cli, ["--data-dir", str(samples_dir), "analyze", *args, "--format", "json"])
        assert result.exit_code == 0, result.output
        return json.loads(result.output)

    top = run("centrality", "--top", "3")
    assert len(top) == 3 and top[0]["score"] >= top[1]["score"] >= top[2]["score"]
    assert run("communities")[0]["size"] > 2
    hops = run("path", "Russia", "BRICS")
    assert hops[0]["subject"] in ("Russia", "BRICS") and len(hops) == 1
    assert {r["subject"] for r in run("neighbours", "BRICS", "--relation", "memberOf")} >= {"India", "Brazil"}
    only_people = run("centrality", "--class", "Person", "--class", "Company")
    assert {r["class"] for r in only_people} <= {"Person", "Company"}


def test_export_graph_formats(samples_dir, tmp_path, runner):
    from aigraph.cli import cli

    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        path = tmp_path / f"g.{fmt}"
        assert runner.invoke(cli, ["--data-dir", str(samples_dir), "export", "--format", fmt, "-o", str(path)]).exit_code == 0
        graph = reader(path)
        labels = {d.get("label") for _, d in graph.nodes(data=True)}
        assert "Russia" in labels and all("cls" in d for _, d in graph.nodes(data=True))
    csv_out = runner.invoke(cli, ["--data-dir", str(samples_dir), "export", "--format", "csv"]).output
    header = csv_out.splitlines()[0].split(",")
    assert header[:4] == ["subject", "subject_class", "relation", "object"] and "evidence" in header


@pytest.mark.parametrize("fmt", ["ttl", "trig", "nq", "nt", "jsonld"])
def test_export_import_round_trip(samples_dir, tmp_path, runner, fmt):
    from aigraph.cli import cli

    dump = tmp_path / f"dump.{fmt}"
    assert runner.invoke(cli, ["--data-dir", str(samples_dir), "export", "--format", fmt, "-o", str(dump)]).exit_code == 0
    fresh = tmp_path / "fresh"
    result = runner.invoke(cli, ["--data-dir", str(fresh), "import", str(dump)])
    assert result.exit_code == 0, result.output
    triples = "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o FILTR }"
    no_ontology = triples.replace("FILTR", "")
    with Workspace.open(Settings(data_dir=samples_dir)) as a, Workspace.open(Settings(data_dir=fresh)) as b:
        before = {tuple(map(str, row)) for row in a.graph.query(no_ontology)}
        after = {tuple(map(str, row)) for row in b.graph.query(no_ontology)}
        assert before == after
        if fmt in ("trig", "nq", "jsonld"):
            assert b.articles.ids() == a.articles.ids()


def test_import_refuses_doctype_and_bad_files(tmp_path, runner):
    from aigraph.cli import cli

    bomb = tmp_path / "bomb.rdf"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
                    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
                    'rdf:about="urn:x"><rdf:value>&lol2;</rdf:value></rdf:Description></rdf:RDF>')
    external = tmp_path / "xxe.rdf"
    external.write_text('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>')
    broken = tmp_path / "broken.ttl"
    broken.write_text("<urn:a> <urn:b> .")
    data = tmp_path / "data"
    for path, message in ((bomb, "refused: the XML declares a DOCTYPE"), (external, "refused: the XML declares a DOCTYPE"),
                          (broken, "not valid Turtle: Parser error at line 1")):
        result = runner.invoke(cli, ["--data-dir", str(data), "import", str(path)])
        assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output
    with Workspace.open(Settings(data_dir=data)) as ws:
        assert ws.articles.count() == 0
        assert len(list(ws.graph.query("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), 'https://w3id.org/aigraph/import/')) }"))) == 0


class Listener:
    """A TCP listener on 127.0.0.1 that records every connection attempt."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(5)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        while self.running:
            try:
                conn, _ = self.sock.accept()
                self.connections += 1
                conn.close()
            except OSError:
                continue

    def close(self):
        self.running = False
        self.thread.join()
        self.sock.close()


def test_query_refusals_make_no_connection(samples_dir, runner):
    from aigraph.cli import cli

    listener = Listener()
    try:
        url = f"http://127.0.0.1:{listener.port}/sparql"
        for sparql in (f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
                       f"SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }}",
                       f"SELECT * FROM NAMED <{url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
                       f"LOAD <{url}>",
                       "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"):
            result = runner.invoke(cli, ["--data-dir", str(samples_dir), "query", sparql])
            assert result.exit_code == 1 and ("refused" in result.output or "read-only" in result.output), result.output
        time.sleep(0.3)
        assert listener.connections == 0
    finally:
        listener.close()


def test_query_timeout_stops_a_runaway_query_and_leaves_no_process(samples_dir, runner):
    import multiprocessing

    from aigraph.cli import cli

    started = time.monotonic()
    result = runner.invoke(cli, ["--data-dir", str(samples_dir), "query", "--timeout", "1",
                                 "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"])
    elapsed = time.monotonic() - started
    assert result.exit_code == 1 and "query stopped after 1 s" in result.output
    assert elapsed < 20
    assert multiprocessing.active_children() == []


def test_query_one_megabyte_query_is_handled(samples_dir, runner):
    from aigraph.cli import cli

    big = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1 #" + "x" * 1_000_000
    result = runner.invoke(cli, ["--data-dir", str(samples_dir), "query", big])
    assert result.exit_code == 0 and "(1 row)" in result.output


@pytest.mark.parametrize("fmt", ["ttl", "nt"])
def test_import_of_a_merged_export_rebuilds_articles_and_entities(samples_dir, tmp_path, runner, fmt):
    """Turtle and N-Triples merge the graphs; importing one puts entity descriptions and each
    article's facts back where aigraph keeps them, so show, stats and viz work as before."""
    from aigraph.cli import cli

    dump = tmp_path / f"dump.{fmt}"
    assert runner.invoke(cli, ["--data-dir", str(samples_dir), "export", "-o", str(dump)]).exit_code == 0
    fresh = tmp_path / "fresh"
    assert runner.invoke(cli, ["--data-dir", str(fresh), "import", str(dump)]).exit_code == 0
    before = json.loads(runner.invoke(cli, ["--data-dir", str(samples_dir), "stats", "--format", "json"]).output)
    after = json.loads(runner.invoke(cli, ["--data-dir", str(fresh), "stats", "--format", "json"]).output)
    assert after["articles"] == before["articles"] and after["entities"] == before["entities"]
    assert after["facts"] == before["facts"]
    shown = runner.invoke(cli, ["--data-dir", str(fresh), "show", "Russia", "--format", "json"])
    assert json.loads(shown.output)["class"] == "Country"
    assert runner.invoke(cli, ["--data-dir", str(fresh), "viz", "-o", str(tmp_path / "p.html")]).exit_code == 0
