"""Dumps of the graph in RDF formats."""

from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph as ox

from .vocab import PREFIXES

#: format name -> (file suffix, keeps named graphs)
FORMATS = {"ttl": (".ttl", False), "nt": (".nt", False), "trig": (".trig", True),
           "nq": (".nq", True), "jsonld": (".jsonld", True)}

_CONTEXT = {**PREFIXES, "label": "rdfs:label", "altLabel": "skos:altLabel"}


def export_bytes(store, fmt: str) -> bytes:
    """The whole store in one format. Turtle and N-Triples hold the union of all graphs (the
    provenance nodes keep the source of each fact); TriG, N-Quads and JSON-LD keep the graphs."""
    if fmt in ("trig", "nq"):
        buffer = io.BytesIO()
        rdf_format = ox.RdfFormat.TRIG if fmt == "trig" else ox.RdfFormat.N_QUADS
        kwargs = {"prefixes": dict(PREFIXES)} if fmt == "trig" else {}
        ox.serialize(store.quads(), buffer, format=rdf_format, **kwargs)
        return buffer.getvalue()
    if fmt in ("ttl", "nt"):
        triples = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        buffer = io.BytesIO()
        if fmt == "ttl":
            ox.serialize(triples, buffer, format=ox.RdfFormat.TURTLE, prefixes=dict(PREFIXES))
        else:
            ox.serialize(triples, buffer, format=ox.RdfFormat.N_TRIPLES)
        return buffer.getvalue()
    if fmt == "jsonld":
        from rdflib import Dataset

        dataset = Dataset()
        dataset.parse(data=export_bytes(store, "nq"), format="nquads")
        return dataset.serialize(format="json-ld", context=_CONTEXT, indent=1).encode("utf-8")
    raise ValueError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")


def write_atomically(path: Path, data: bytes) -> int:
    """Write a file whole or not at all (a temporary file renamed into place), creating its
    folder when missing; returns the size written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    return len(data)


def write_export(store, fmt: str, path: Path) -> int:
    """Write an export atomically; returns its size."""
    return write_atomically(path, export_any(store, fmt))


# ---------------------------------------------------------------- graph and table formats

GRAPH_FORMATS = {"graphml": ".graphml", "gexf": ".gexf", "csv": ".csv"}

_FACT_ROWS = """
SELECT ?subject ?subject_class ?relation ?object ?object_class ?confidence ?modality ?evidence
       ?article ?title ?published ?url ?extractor WHERE {
  ?fact rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ag:confidence ?confidence ;
        ag:modality ?modality ; ag:evidence ?evidence ; ag:extractor ?extractor ; prov:wasDerivedFrom ?a .
  GRAPH <https://w3id.org/aigraph/graph/entities> {
    ?s rdfs:label ?subject ; a ?sc . ?o rdfs:label ?object ; a ?oc . FILTER(?sc != ag:Actor && ?oc != ag:Actor) }
  BIND(STRAFTER(STR(?p), "#") AS ?relation)
  BIND(STRAFTER(STR(?sc), "#") AS ?subject_class)
  BIND(STRAFTER(STR(?oc), "#") AS ?object_class)
  BIND(STRAFTER(STR(?a), "/article/") AS ?article)
  OPTIONAL { ?a dcterms:title ?title } OPTIONAL { ?a dcterms:issued ?published } OPTIONAL { ?a schema:url ?url }
} ORDER BY ?relation ?subject ?object ?article"""


def facts_csv(store) -> bytes:
    """One row per fact with its evidence sentence and source article."""
    import csv

    from .query import run_query

    result = run_query(store, _FACT_ROWS)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(["" if t is None else t.value for t in row])
    return buffer.getvalue().encode("utf-8")


def graph_bytes(store, fmt: str) -> bytes:
    """The entity graph for Gephi and friends (GraphML, GEXF): nodes with label and class,
    one edge per fact with relation, confidence, article count and the best evidence sentence."""
    import networkx as nx

    from .analyze import GraphSelection, build_graph

    graph = build_graph(store, GraphSelection(max_nodes=10**9))
    plain = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        plain.add_node(node, label=data["label"], cls=data["cls"])
    for s, o, key, data in graph.edges(keys=True, data=True):
        plain.add_edge(s, o, key=key, relation=data["relation"], label=key, confidence=data["confidence"],
                       articles=data["articles"], evidence=data["evidence"][0]["sentence"])
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(plain, buffer)
    else:
        nx.write_gexf(plain, buffer)
    return buffer.getvalue()


ALL_FORMATS = list(FORMATS) + list(GRAPH_FORMATS)


def export_any(store, fmt: str) -> bytes:
    """Bytes of an export in any format of ALL_FORMATS."""
    if fmt == "csv":
        return facts_csv(store)
    if fmt in ("graphml", "gexf"):
        return graph_bytes(store, fmt)
    return export_bytes(store, fmt)


def format_for_path(path: Path) -> str:
    """The export format a file name asks for (graph.trig -> trig); Turtle when it says nothing.

    Raises:
        ValueError: the ending names no format we write.
    """
    suffix = path.suffix.lower()
    by_suffix = {ending: name for name, (ending, _) in FORMATS.items()}
    by_suffix.update({ending: name for name, ending in GRAPH_FORMATS.items()})
    by_suffix.update({".turtle": "ttl", ".json": "jsonld"})
    if suffix in by_suffix:
        return by_suffix[suffix]
    if suffix:
        from .errors import AigraphError

        raise AigraphError(f"cannot tell the format of {path.name}; give --format ({', '.join(ALL_FORMATS)})")
    return "ttl"
