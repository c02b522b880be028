"""The command line end to end, on real files: SQLite database, Oxigraph store, spaCy pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import rdflib

from aigraph import Settings, Workspace

from .conftest import run_aigraph

pytestmark = pytest.mark.slow

ARTICLE_A = """Gulf money flows to Europe

Microsoft invested $1.5bn in G42, the Abu Dhabi group said on Tuesday.
Russia is a member of BRICS, the bloc that also includes India.
"""
ARTICLE_B = """BRICS summit notes

India and Brazil are members of BRICS. Russia is a member of BRICS too.
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def quads(data_dir: Path) -> int:
    with Workspace.open(Settings(data_dir=data_dir)) as ws:
        return len(ws.graph)


def one_line_error(result) -> str:
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    return lines[-1]


def test_cli_ingest_then_query_and_reingest_changes_nothing(invoke, tmp_path, data_dir):
    a = write(tmp_path, "a.txt", ARTICLE_A)
    result = invoke("ingest", str(a))
    assert result.exit_code == 0, result.output
    assert "1 new article" in result.output
    before = quads(data_dir)
    again = invoke("ingest", str(a))
    assert again.exit_code == 0 and "0 new articles (0 facts), 1 already stored" in again.output
    assert quads(data_dir) == before
    out = invoke("query", "--format", "csv", 'SELECT ?m WHERE { ?m ag:memberOf ?b . ?b rdfs:label "BRICS" }')
    assert out.exit_code == 0 and "https://w3id.org/aigraph/entity/Russia" in out.output


def test_cli_second_process_sees_what_the_first_ingested(tmp_path, data_dir):
    a = write(tmp_path, "a.txt", ARTICLE_A)
    first = run_aigraph("ingest", str(a), data_dir=data_dir)
    assert first.returncode == 0, first.stderr.decode()
    second = run_aigraph("query", "--format", "json", "SELECT ?i WHERE { ?x ag:investsIn ?i }", data_dir=data_dir)
    assert second.returncode == 0, second.stderr.decode()
    values = [b["i"]["value"] for b in json.loads(second.stdout)["results"]["bindings"]]
    assert values == ["https://w3id.org/aigraph/entity/G42"]


def test_cli_stdin_and_folder(invoke, tmp_path, data_dir):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    write(folder / "sub", "b.md", ARTICLE_B)
    result = invoke("ingest", str(folder), "-", input=ARTICLE_A)
    assert result.exit_code == 0 and "2 new articles" in result.output


def test_cli_remove_keeps_facts_other_articles_state(invoke, tmp_path, data_dir):
    invoke("ingest", str(write(tmp_path, "a.txt", ARTICLE_A)), str(write(tmp_path, "b.txt", ARTICLE_B)))
    with Workspace.open(Settings(data_dir=data_dir)) as ws:
        rows = {r["title"]: r["id"] for r in ws.articles.list()}
    result = invoke("articles", "remove", rows["Gulf money flows to Europe"][:8])
    assert result.exit_code == 0, result.output
    ask = 'ASK {{ ?s {p} ?o . ?s rdfs:label "{s}" . ?o rdfs:label "{o}" }}'
    assert invoke("query", ask.format(p="ag:memberOf", s="Russia", o="BRICS")).output == "yes\n"
    assert invoke("query", ask.format(p="ag:investsIn", s="Microsoft", o="G42")).output == "no\n"
    listed = invoke("articles", "list", "--format", "json")
    assert [r["title"] for r in json.loads(listed.output)] == ["BRICS summit notes"]


def test_cli_export_turtle_parses_back_to_the_same_triples(invoke, tmp_path, data_dir):
    invoke("ingest", str(write(tmp_path, "a.txt", ARTICLE_A)))
    out = tmp_path / "exports" / "graph.ttl"
    result = invoke("export", "--format", "ttl", "-o", str(out))
    assert result.exit_code == 0, result.output
    graph = rdflib.Graph().parse(out, format="turtle")
    with Workspace.open(Settings(data_dir=data_dir)) as ws:
        distinct = len(list(ws.graph.query("SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }")))
    assert len(graph) == distinct > 50
    for fmt, parser in (("trig", "trig"), ("nq", "nquads"), ("jsonld", "json-ld")):
        path = tmp_path / f"graph.{fmt}"
        assert invoke("export", "--format", fmt, "-o", str(path)).exit_code == 0
        dataset = rdflib.Dataset().parse(path, format=parser)
        named = {g for *_, g in dataset.quads((None, None, None, None)) if g is not None}
        assert len(named) >= 3  # the article, the entities and the ontology graphs are kept
        assert len(set(dataset.quads((None, None, None, None)))) >= distinct
    again = invoke("export", "--format", "ttl", "-o", str(out))
    assert one_line_error(again) == f"Error: {out} exists; pass --force to overwrite it"


@pytest.mark.parametrize("content, message", [
    (None, "no such file or folder"),
    (b"", "no article text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file, not text"),
])
def test_cli_bad_input_gives_one_line_error_and_leaves_store_alone(invoke, tmp_path, data_dir, content, message):
    invoke("ingest", str(write(tmp_path, "good.txt", ARTICLE_A)))
    before = quads(data_dir)
    bad = tmp_path / "bad.txt"
    if content is not None:
        bad.write_bytes(content)
    result = invoke("ingest", str(bad))
    assert result.exit_code == 1
    assert f"Error: {bad}: {message}" in result.output and "Traceback" not in result.output
    assert quads(data_dir) == before


def test_cli_invalid_sparql_one_line(invoke, tmp_path, data_dir):
    invoke("ingest", str(write(tmp_path, "good.txt", ARTICLE_A)))
    before = quads(data_dir)
    result = invoke("query", "SELECT ?x WHERE { ?x ag:memberOf ")
    assert one_line_error(result).startswith("Error: SPARQL syntax error at line 1")
    update = invoke("query", "DELETE WHERE { ?s ?p ?o }")
    assert "read-only" in one_line_error(update)
    assert quads(data_dir) == before


def test_cli_saved_queries_and_parameters(invoke, tmp_path):
    invoke("ingest", str(write(tmp_path, "b.txt", ARTICLE_B)))
    listed = invoke("query", "--list")
    assert "bloc-members" in listed.output and "bloc" in listed.output
    result = invoke("query", "--saved", "bloc-members", "--param", "bloc=brics", "--format", "csv")
    members = {line.split(",")[0] for line in result.output.splitlines()[1:]}
    assert members == {"India", "Brazil", "Russia"}
    unknown = invoke("query", "--saved", "bloc-members", "--param", "bloc=Brix")
    assert one_line_error(unknown).startswith("Error: no entity named 'Brix' in the graph; did you mean 'BRICS'")


def test_cli_show_resolves_aliases(invoke, tmp_path):
    invoke("ingest", str(write(tmp_path, "a.txt", ARTICLE_A)))
    result = invoke("show", "microsoft corp.")
    assert result.exit_code == 0, result.output
    assert "Microsoft —investsIn→ G42" in result.output
    assert "“Microsoft invested $1.5bn in G42, the Abu Dhabi group said on Tuesday.”" in result.output
    data = json.loads(invoke("show", "Microsoft", "--format", "json").output)
    assert data["class"] == "Company" and data["facts"][0]["title"] == "Gulf money flows to Europe"


def test_cli_stats(invoke, tmp_path):
    invoke("ingest", str(write(tmp_path, "b.txt", ARTICLE_B)))
    data = json.loads(invoke("stats", "--format", "json").output)
    assert data["articles"] == 1
    assert data["entities"]["Country"] == 3 and data["entities"]["Bloc"] == 1
    assert data["facts"]["memberOf"][1] == 3


def test_cli_viz_writes_an_offline_page(invoke, tmp_path):
    invoke("ingest", str(write(tmp_path, "a.txt", ARTICLE_A)))
    page = tmp_path / "out" / "graph.html"
    result = invoke("viz", "-o", str(page))
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert "cdn.jsdelivr" not in html and "cdnjs" not in html and "<link" not in html
    assert "member of" in html
    assert one_line_error(invoke("viz", "-o", str(page))).endswith("pass --force to overwrite it")
    assert invoke("viz", "-o", str(page), "--force", "--entity", "Russia", "--depth", "1").exit_code == 0


def test_cli_empty_workspace_reads_do_not_fail(invoke):
    assert invoke("stats").exit_code == 0
    assert invoke("articles", "list").exit_code == 0
    assert "nothing to draw" in one_line_error(invoke("viz"))


def test_cli_every_saved_query_parameter_filters(samples_dir, runner):
    """A parameter must restrict the rows (a trailing VALUES is joined after GROUP BY, so an
    aggregate query that forgets its parameter in GROUP BY would silently ignore it)."""
    from aigraph.cli import cli
    from aigraph.query import query_parameters, saved_queries

    values = {"bloc": "BRICS", "target": "Huawei", "entity": "Russia", "relation": "ag:memberOf",
              "developer": "Meta", "organization": "Nvidia", "index": "Global AI Index"}
    for name, (_, text) in saved_queries().items():
        for param in query_parameters(text):
            base = ["--data-dir", str(samples_dir), "query", "--saved", name, "--format", "csv"]
            everything = runner.invoke(cli, base).output.splitlines()
            filtered = runner.invoke(cli, [*base, "--param", f"{param}={values[param]}"])
            assert filtered.exit_code == 0, filtered.output
            rows = filtered.output.splitlines()
            assert 1 < len(rows) <= len(everything), (name, param)
            if param != "index":  # the samples rank against one index only
                assert len(rows) < len(everything), (name, param)


def test_cli_viz_subgraph_from_a_construct_query(samples_dir, runner, tmp_path):
    from aigraph.cli import cli

    page = tmp_path / "sanctions.html"
    result = runner.invoke(cli, ["--data-dir", str(samples_dir), "viz", "-o", str(page), "--query",
                                 "CONSTRUCT { ?s ag:sanctions ?o } WHERE { ?s ag:sanctions ?o }"])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert '"relation": "sanctions"' in html and '"relation": "memberOf"' not in html
    bad = runner.invoke(cli, ["--data-dir", str(samples_dir), "viz", "-o", str(tmp_path / "x.html"), "--query",
                              "SELECT * WHERE { ?s ?p ?o }"])
    assert bad.exit_code == 1 and "needs a CONSTRUCT query" in bad.output


def test_cli_warns_about_non_english_articles(invoke):
    result = invoke("ingest", "-", input="Россия и Китай\n\nРоссия вступила в БРИКС, заявили в Москве в четверг.".encode("cp1251"))
    assert result.exit_code == 0
    assert "Warning: 1 article does not look like English (stdin); extraction is English-only" in result.output


def test_cli_export_format_follows_the_file_name(invoke, tmp_path):
    invoke("ingest", str(write(tmp_path, "b.txt", ARTICLE_B)))
    for name, start in (("g.trig", b"@prefix"), ("g.nq", b"<https://"), ("g.csv", b"subject,"), ("g.graphml", b"<?xml")):
        assert invoke("export", "-o", str(tmp_path / name)).exit_code == 0
        assert (tmp_path / name).read_bytes().startswith(start), name
    bad = invoke("export", "-o", str(tmp_path / "g.xyz"))
    assert one_line_error(bad).startswith("Error: cannot tell the format of g.xyz")


def test_cli_viz_options_are_checked_and_forgiving(invoke, tmp_path):
    invoke("ingest", str(write(tmp_path, "b.txt", ARTICLE_B)))
    page = str(tmp_path / "p.html")
    bad_date = invoke("viz", "-o", page, "--since", "1 March 2026")
    assert bad_date.exit_code == 2 and "'1 March 2026' is not a date like 2026-03-14" in bad_date.output
    ok = invoke("viz", "-o", page, "--relation", "member of", "--relation", "ag:memberOf", "--class", "bloc", "--class", "country")
    assert ok.exit_code == 0 and "4 entities, 3 relations" in ok.output
