"""Property-based tests (hypothesis) for the parts that take arbitrary text, and hostile names
through the store, every export format and the graph page."""

from __future__ import annotations

import json
import re
import unicodedata

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aigraph.export import export_any
from aigraph.ingest import normalize_text
from aigraph.models import Article, Entity, Fact
from aigraph.store import GraphStore, article_quads, entity_quads
from aigraph.vocab import entity_iri

HOSTILE_NAMES = [
    'Evil "Quoted" Corp', "<script>alert(1)</script> Labs", "Back\\slash AI", "New\nLine Systems",
    "\u202eRTL\u202c Mark Inc", "Emoji 🤖 Robotics", "Amp & Sons <b>", "href=javascript:alert(1)",
]


@given(st.text())
def test_property_normalize_is_idempotent_and_clean(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert not re.search("[\u202a-\u202e\u2066-\u2069\x00-\x08\x0b-\x1f\x7f]", once)
    once.encode("utf-8")  # no lone surrogates
    assert unicodedata.is_normalized("NFC", once)


def _store_with(names: list[str]) -> GraphStore:
    store = GraphStore()
    entities = [Entity(iri=str(entity_iri(n)), label=n, cls="Company", known=False) for n in names]
    bloc = Entity(iri=str(entity_iri("Test Bloc")), label="Test Bloc", cls="Bloc")
    text = " ".join(names) + " are members."
    article = Article(id="0123456789abcdef", text=text, title=names[0], source=names[-1], published="2026-01-01")
    facts = [Fact(subject=e, relation="memberOf", object=bloc, confidence=0.9, evidence=f"{e.label} is in the bloc.",
                  start=0, end=len(text), extractor="test") for e in entities]
    quads = article_quads(article, facts, entities + [bloc])
    for entity in entities + [bloc]:
        quads += entity_quads(entity)
    store.extend(quads)
    return store


def _labels(graph) -> set[str]:
    return {str(o) for o in graph.objects(None, rdflib.RDFS.label)}


@pytest.mark.parametrize("fmt, parser", [("ttl", "turtle"), ("nt", "nt"), ("trig", "trig"), ("nq", "nquads"), ("jsonld", "json-ld")])
def test_property_hostile_names_survive_every_rdf_export(fmt, parser):
    data = export_any(_store_with(HOSTILE_NAMES), fmt)
    graph = rdflib.Dataset() if fmt in ("trig", "nq", "jsonld") else rdflib.Graph()
    graph.parse(data=data, format=parser)
    labels = {str(o) for *_, o in ((q[0], q[1], q[2]) for q in graph.quads((None, rdflib.RDFS.label, None, None)))} \
        if isinstance(graph, rdflib.Dataset) else _labels(graph)
    assert set(HOSTILE_NAMES) <= labels


def test_property_hostile_names_survive_graph_and_table_exports():
    import csv
    import io

    import networkx as nx

    store = _store_with(HOSTILE_NAMES)
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        graph = reader(io.BytesIO(export_any(store, fmt)))
        assert set(HOSTILE_NAMES) <= {d["label"] for _, d in graph.nodes(data=True)}
    rows = list(csv.DictReader(io.StringIO(export_any(store, "csv").decode("utf-8"))))
    assert set(HOSTILE_NAMES) == {r["subject"] for r in rows}


def test_property_hostile_names_reach_the_page_only_as_json_data(tmp_path):
    from aigraph.analyze import build_graph
    from aigraph.visualize import render_page

    html = render_page(build_graph(_store_with(HOSTILE_NAMES)), title=HOSTILE_NAMES[1])
    assert "<script>alert(1)</script>" not in html
    assert "<b>" not in html.split("<script>", 1)[0].split("</style>")[-1]
    data = json.loads(re.search(r"const nodeData = (.*?);\n", html).group(1))
    assert set(HOSTILE_NAMES) <= {n["label"] for n in data}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(min_size=1, max_size=30).filter(lambda s: s.strip()), min_size=1, max_size=4, unique_by=lambda s: " ".join(s.split())))
def test_property_any_names_round_trip_through_nquads_and_the_page(names):
    from aigraph.analyze import build_graph
    from aigraph.visualize import render_page

    names = [unicodedata.normalize("NFC", n) for n in names]
    if len({str(entity_iri(n)) for n in names}) != len(names) or "Test Bloc" in names:
        return
    store = _store_with(names)
    back = ox.Store()
    back.load(export_any(store, "nq"), format=ox.RdfFormat.N_QUADS)
    labels = {q.object.value for q in back.quads_for_pattern(None, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), None)}
    assert set(names) <= labels
    html = render_page(build_graph(store))
    data = json.loads(re.search(r"const nodeData = (.*?);\n", html).group(1))
    assert set(names) <= {n["label"] for n in data}
    assert "</script" not in re.search(r"const nodeData = (.*?);\n", html).group(1).lower()
