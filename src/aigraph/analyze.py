"""Analytics: the facts in the store projected to a networkx graph, and what networkx computes
on it (centrality, communities, paths, neighbours) as plain rows."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from .errors import NotFoundError
from .query import run_query
from .vocab import relation_label

_FACTS_QUERY = """
SELECT ?s ?p ?o ?sl ?ol ?sc ?oc ?confidence ?modality ?evidence ?article ?title ?published WHERE {
  ?fact rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
        ag:confidence ?confidence ; ag:modality ?modality ; ag:evidence ?evidence ;
        prov:wasDerivedFrom ?article .
  GRAPH <https://w3id.org/aigraph/graph/entities> {
    ?s rdfs:label ?sl ; a ?sc . ?o rdfs:label ?ol ; a ?oc .
    FILTER(?sc != ag:Actor && ?oc != ag:Actor)
  }
  OPTIONAL { ?article dcterms:title ?title }
  OPTIONAL { ?article dcterms:issued ?published }
}"""


@dataclass(frozen=True)
class GraphSelection:
    """Which part of the graph to draw."""

    entity_iri: str | None = None
    depth: int = 2
    relations: tuple[str, ...] = ()
    classes: tuple[str, ...] = ()
    min_confidence: float = 0.0
    since: str | None = None
    article_id: str | None = None
    max_nodes: int = 300
    construct: str | None = None  # a SPARQL CONSTRUCT whose ag: triples pick the facts to keep


def build_graph(store, selection: GraphSelection = GraphSelection()) -> nx.MultiDiGraph:
    """The facts in the store as a networkx MultiDiGraph: one edge per (subject, relation, object),
    with the evidence of every article that states it.

    Nodes carry ``label`` and ``cls``; edges carry ``relation``, ``confidence`` (the highest),
    ``articles`` (how many) and ``evidence`` (a list of dicts).
    """
    allowed = _constructed_facts(store, selection.construct) if selection.construct else None
    rows = run_query(store, _FACTS_QUERY).rows
    graph = nx.MultiDiGraph()
    edges: dict[tuple[str, str, str], dict] = {}
    for s, p, o, sl, ol, sc, oc, conf, modality, evidence, article, title, published in rows:
        relation = p.value.rsplit("#", 1)[-1]
        confidence = float(conf.value)
        article_id = article.value.rsplit("/", 1)[-1]
        date = published.value if published is not None else ""
        if confidence < selection.min_confidence:
            continue
        if selection.relations and relation not in selection.relations:
            continue
        if selection.since and (not date or date < selection.since):
            continue
        if selection.article_id and not article_id.startswith(selection.article_id):
            continue
        if allowed is not None and (s.value, relation, o.value) not in allowed:
            continue
        s_cls, o_cls = sc.value.rsplit("#", 1)[-1], oc.value.rsplit("#", 1)[-1]
        graph.add_node(s.value, label=sl.value, cls=s_cls)
        graph.add_node(o.value, label=ol.value, cls=o_cls)
        key = (s.value, relation, o.value)
        edge = edges.setdefault(key, {"relation": relation, "confidence": 0.0, "evidence": [], "sources": set()})
        edge["confidence"] = max(edge["confidence"], confidence)
        edge["sources"].add(article_id)
        edge["evidence"].append({"sentence": evidence.value, "title": title.value if title is not None else "",
                                 "published": date, "article": article_id, "confidence": confidence,
                                 "modality": modality.value})
    for (s, relation, o), data in edges.items():
        data["evidence"].sort(key=lambda e: (-e["confidence"], e["published"]))
        graph.add_edge(s, o, key=relation, relation=relation, confidence=data["confidence"],
                       articles=len(data["sources"]), evidence=data["evidence"])
    if selection.classes:
        graph.remove_nodes_from([n for n, d in list(graph.nodes(data=True)) if d["cls"] not in selection.classes])
        graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])  # nothing left to say
    if selection.entity_iri:
        if selection.entity_iri not in graph:
            return nx.MultiDiGraph()
        graph = nx.ego_graph(graph, selection.entity_iri, radius=selection.depth, undirected=True).copy()
    total = graph.number_of_nodes()
    if total > selection.max_nodes:
        graph = graph.subgraph(most_central(graph, selection.max_nodes, always=selection.entity_iri)).copy()
        # A kept node whose every neighbour was cut would float alone, saying nothing.
        graph.remove_nodes_from([v for v in list(graph) if graph.degree(v) == 0 and v != selection.entity_iri])
    graph.graph["total_nodes"] = total
    return graph


def _constructed_facts(store, construct: str) -> set[tuple[str, str, str]]:
    """(subject, relation, object) of the ag: triples a CONSTRUCT query returns.

    Raises:
        QueryError: not a CONSTRUCT, refused or invalid.
    """
    from .errors import QueryError
    from .query import materialize, execute

    result = materialize(execute(store, construct))
    if result.kind != "graph":
        raise QueryError("--query needs a CONSTRUCT query whose triples use ag: relations")
    prefix = "https://w3id.org/aigraph/ontology#"
    return {(t.subject.value, t.predicate.value[len(prefix):], t.object.value) for t in result.triples
            if t.predicate.value.startswith(prefix)}


def most_central(graph: nx.MultiDiGraph, n: int, *, always: str | None = None) -> list[str]:
    """The n nodes with the highest degree centrality (ties broken by label)."""
    centrality = nx.degree_centrality(graph)
    ranked = sorted(graph.nodes, key=lambda v: (-centrality[v], graph.nodes[v]["label"]))
    keep = ranked[:n]
    if always and always in graph and always not in keep:
        keep[-1] = always
    return keep




def _simple(graph: nx.MultiDiGraph) -> nx.Graph:
    """Undirected simple view: one edge per pair, weighted by how many facts join them."""
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes(data=True))
    for s, o, data in graph.edges(data=True):
        if simple.has_edge(s, o):
            simple[s][o]["weight"] += 1
        else:
            simple.add_edge(s, o, weight=1)
    return simple


CENTRALITY = ("degree", "betweenness", "closeness", "pagerank")


def centrality(graph: nx.MultiDiGraph, *, measure: str = "degree", top: int = 20) -> list[dict]:
    """The most central entities by a networkx measure."""
    if graph.number_of_nodes() == 0:
        return []
    simple = _simple(graph)
    if measure == "degree":
        scores = nx.degree_centrality(simple)
    elif measure == "betweenness":
        scores = nx.betweenness_centrality(simple)
    elif measure == "closeness":
        scores = nx.closeness_centrality(simple)
    elif measure == "pagerank":
        scores = nx.pagerank(nx.DiGraph(graph))
    else:
        raise ValueError(f"unknown measure {measure!r}; choose from {', '.join(CENTRALITY)}")
    ranked = sorted(scores, key=lambda v: (-scores[v], graph.nodes[v]["label"]))[:top]
    return [{"entity": graph.nodes[v]["label"], "class": graph.nodes[v]["cls"], "score": round(scores[v], 4),
             "facts": graph.degree(v)} for v in ranked]


def communities(graph: nx.MultiDiGraph) -> list[dict]:
    """Groups of entities more tightly linked to each other than to the rest (greedy modularity)."""
    simple = _simple(graph)
    if simple.number_of_edges() == 0:
        return []
    found = nx.community.greedy_modularity_communities(simple, weight="weight")
    rows = []
    for number, members in enumerate(sorted(found, key=len, reverse=True), 1):
        labels = sorted(graph.nodes[v]["label"] for v in members)
        rows.append({"community": number, "size": len(labels), "members": ", ".join(labels)})
    return rows


def path(graph: nx.MultiDiGraph, source: str, target: str) -> list[dict]:
    """The shortest chain of facts joining two entities (either direction), one row per hop.

    Raises:
        NotFoundError: an entity is not in the graph, or nothing joins them.
    """
    for iri in (source, target):
        if iri not in graph:
            raise NotFoundError(f"{iri.rsplit('/', 1)[-1].replace('_', ' ')} takes part in no fact")
    try:
        hops = nx.shortest_path(_simple(graph), source, target)
    except nx.NetworkXNoPath:
        raise NotFoundError("no chain of facts joins them") from None
    rows = []
    for a, b in zip(hops, hops[1:]):
        edges = [(a, b, d) for d in graph.get_edge_data(a, b, default={}).values()]
        edges += [(b, a, d) for d in graph.get_edge_data(b, a, default={}).values()]
        s, o, data = max(edges, key=lambda e: e[2]["confidence"])
        rows.append({"subject": graph.nodes[s]["label"], "relation": relation_label(data["relation"]),
                     "object": graph.nodes[o]["label"], "confidence": data["confidence"],
                     "evidence": data["evidence"][0]["sentence"]})
    return rows


def neighbours(graph: nx.MultiDiGraph, iri: str) -> list[dict]:
    """Every fact linking an entity to another, strongest first."""
    if iri not in graph:
        return []
    rows = []
    for s, o, data in list(graph.out_edges(iri, data=True)) + list(graph.in_edges(iri, data=True)):
        rows.append({"subject": graph.nodes[s]["label"], "relation": relation_label(data["relation"]),
                     "object": graph.nodes[o]["label"], "confidence": data["confidence"],
                     "articles": data["articles"]})
    return sorted(rows, key=lambda r: (-r["confidence"], r["relation"], r["subject"], r["object"]))
