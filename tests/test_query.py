"""Query checks, binding and output formats on a real (in-memory) Oxigraph store."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from aigraph.errors import QueryError
from aigraph.query import bind_values, check_query, execute, render, saved_queries
from aigraph.store import GraphStore


@pytest.mark.parametrize("sparql, message", [
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "SPARQL Update"),
    ("DELETE WHERE { ?s ?p ?o }", "SPARQL Update"),
    ("LOAD <http://127.0.0.1:9/x.ttl>", "SPARQL Update"),
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "SERVICE is refused"),
    ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "FROM and FROM NAMED are refused"),
    ("SELECT * FROM NAMED <http://127.0.0.1:9/g> WHERE { GRAPH ?g { ?s ?p ?o } }", "FROM and FROM NAMED are refused"),
    ("SELECT ?x WHERE { ?x ag:memberOf }", "syntax error at line 1"),
    ("", "empty query"),
])
def test_query_refuses(sparql, message):
    with pytest.raises(QueryError, match=message):
        check_query(sparql)


def test_query_syntax_error_names_line_and_column():
    with pytest.raises(QueryError) as err:
        check_query("SELECT ?x\nWHERE {\n  ?x ?y \n}")
    assert "line 4" in str(err.value) or "line 3" in str(err.value)


def test_query_service_allowed_only_when_asked():
    check_query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", allow_service=True)


def test_query_huge_query_is_refused_quickly():
    with pytest.raises(QueryError, match="limit"):
        check_query("SELECT * WHERE { ?s ?p ?o }" + " " * 2_100_000)


def test_query_bind_values_cannot_inject():
    hostile = ox.Literal('x" } ; DROP ALL ; SELECT * WHERE { "')
    sparql = bind_values("SELECT ?o WHERE { ?s ?p ?o }", {"o": hostile})
    store = GraphStore()
    store.raw.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), hostile, ox.NamedNode("urn:g")))
    rows = list(execute(store, "SELECT ?o WHERE { ?s ?p ?o }", bindings={"o": hostile}))
    assert [r["o"] for r in rows] == [hostile]
    assert sparql.count("VALUES") == 1
    with pytest.raises(QueryError):
        bind_values("SELECT * {}", {"o; DROP": hostile})


def test_query_formats():
    store = GraphStore()
    g = ox.NamedNode("urn:g")
    store.raw.add(ox.Quad(ox.NamedNode("https://w3id.org/aigraph/entity/Russia"),
                          ox.NamedNode("https://w3id.org/aigraph/ontology#memberOf"),
                          ox.NamedNode("https://w3id.org/aigraph/entity/BRICS"), g))
    q = "SELECT ?s ?b WHERE { ?s ag:memberOf ?b }"
    table = render(execute(store, q), "table")
    assert "ent:Russia" in table and "(1 row)" in table
    assert render(execute(store, q), "csv").splitlines() == ["s,b", "https://w3id.org/aigraph/entity/Russia,https://w3id.org/aigraph/entity/BRICS"]
    assert "\t" in render(execute(store, q), "tsv")
    data = json.loads(render(execute(store, q), "json"))
    assert data["results"]["bindings"][0]["b"]["value"].endswith("/BRICS")
    ttl = render(execute(store, "CONSTRUCT { ?s ag:memberOf ?b } WHERE { ?s ag:memberOf ?b }"), "ttl")
    assert "ag:memberOf" in ttl
    assert render(execute(store, "ASK { ?s ag:memberOf ?b }"), "table") == "yes\n"
    with pytest.raises(QueryError, match="CONSTRUCT"):
        render(execute(store, q), "ttl")


def test_query_saved_queries_all_parse():
    queries = saved_queries()
    assert {"bloc-members", "sanctions", "entity-facts", "facts", "rankings"} <= set(queries)
    for name, (description, text) in queries.items():
        assert description, name
        check_query(text)


@pytest.mark.parametrize("sparql, expected", [
    ("SELECT ?x WHERE { ?x ?p ?o }", "SELECT ?x WHERE { VALUES (?o) { (<urn:o>) } ?x ?p ?o }"),
    ("ASK { ?x ?p ?o }", "ASK { VALUES (?o) { (<urn:o>) } ?x ?p ?o }"),
    ("CONSTRUCT { ?x ?p ?o } WHERE { ?x ?p ?o }", "CONSTRUCT { ?x ?p ?o } WHERE { VALUES (?o) { (<urn:o>) } ?x ?p ?o }"),
    ('# where { braces in a comment\nSELECT ("{" AS ?b) ?x WHERE { ?x ?p ?o }',
     '# where { braces in a comment\nSELECT ("{" AS ?b) ?x WHERE { VALUES (?o) { (<urn:o>) } ?x ?p ?o }'),
    ("CONSTRUCT WHERE { ?x ?p ?o }", "CONSTRUCT WHERE { ?x ?p ?o }\nVALUES (?o) { (<urn:o>) }"),
])
def test_query_bind_values_goes_inside_the_where_group(sparql, expected):
    bound = bind_values(sparql, {"o": ox.NamedNode("urn:o")})
    assert bound == expected
    check_query(bound)  # still valid SPARQL


def test_query_bound_values_reach_filters_and_aggregates():
    store = GraphStore()
    g = ox.NamedNode("urn:g")
    for s, o in (("urn:a", "urn:x"), ("urn:b", "urn:y")):
        store.raw.add(ox.Quad(ox.NamedNode(s), ox.NamedNode("urn:p"), ox.NamedNode(o), g))
    filtered = list(execute(store, "SELECT ?s WHERE { ?s ?p ?o FILTER(?o = ?want) }", bindings={"want": ox.NamedNode("urn:y")}))
    assert [r["s"].value for r in filtered] == ["urn:b"]
    counted = list(execute(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", bindings={"o": ox.NamedNode("urn:x")}))
    assert counted[0]["n"].value == "1"


def test_store_entity_descriptions_survive_the_skip_of_unchanged_ones():
    """add_article skips an entity description it wrote before; removals must not leave an entity
    without one, and a changed description (a new alias) is still written."""
    from aigraph.models import Article, Entity
    from aigraph.vocab import ENTITY_GRAPH

    store = GraphStore()
    us = Entity(iri="https://w3id.org/aigraph/entity/United_States", label="United States", cls="Country")
    label = (ox.NamedNode(us.iri), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"))

    def described() -> int:
        return len(store.quads(*label, None, ox.NamedNode(str(ENTITY_GRAPH))))

    def article(n: int) -> Article:
        return Article(id=f"{n:016x}", text=f"Article {n} is about the United States.", title=f"Article {n}")

    store.add_article(article(1), [], [us])
    store.add_article(article(2), [], [us])
    assert described() == 1
    store.remove_article(article(1).id)
    assert described() == 1  # article 2 still mentions it
    store.remove_article(article(2).id)
    assert described() == 0
    store.add_article(article(3), [], [us])
    assert described() == 1  # written again after the removal emptied it
    store.add_article(article(4), [], [Entity(iri=us.iri, label=us.label, cls=us.cls, aliases=frozenset({"U.S."}))])
    alt = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
    assert [q.object.value for q in store.quads(ox.NamedNode(us.iri), alt, None)] == ["U.S."]
