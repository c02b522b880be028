"""SHACL validation of the store against ontology/shapes.ttl (pyshacl).

The shapes are generated from the ontology's domains and ranges (``python -m aigraph.validate``
rewrites ontology/shapes.ttl; a test checks the shipped file is current), so the two never drift.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, SKOS, XSD

from .config import ontology_dir
from .vocab import AG, CLASSES, PROV, SCHEMA, relations

SHAPES = Namespace("https://w3id.org/aigraph/shapes#")
ONTOLOGY_GRAPH = "https://w3id.org/aigraph/graph/ontology"


def build_shapes() -> Graph:
    """SHACL shapes: domain and range of every relation, one label per entity, entity types
    from the vocabulary, and complete provenance on every fact."""
    g = Graph()
    g.bind("sh", SH)
    g.bind("ag", AG)
    g.bind("shapes", SHAPES)

    def one_of_classes(node, classes):
        options = []
        for cls in sorted(classes):
            option = BNode()
            g.add((option, SH["class"], AG[cls]))
            options.append(option)
        head = BNode()
        Collection(g, head, options)
        g.add((node, SH["or"], head))

    for name, relation in relations().items():
        for side, target, classes in (("Subject", SH.targetSubjectsOf, relation.domain),
                                      ("Object", SH.targetObjectsOf, relation.range)):
            shape = SHAPES[f"{name}{side}"]
            g.add((shape, RDF.type, SH.NodeShape))
            g.add((shape, target, AG[name]))
            one_of_classes(shape, classes)
            g.add((shape, SH.message, Literal(f"the {side.lower()} of '{relation.label}' must be one of: "
                                              f"{', '.join(sorted(classes))}")))
    for cls in CLASSES:
        shape = SHAPES[f"{cls}Labels"]
        g.add((shape, RDF.type, SH.NodeShape))
        g.add((shape, SH.targetClass, AG[cls]))
        prop = BNode()
        g.add((shape, SH.property, prop))
        g.add((prop, SH.path, RDFS.label))
        g.add((prop, SH.minCount, Literal(1)))
        g.add((prop, SH.maxCount, Literal(1)))
        g.add((prop, SH.message, Literal("an entity has exactly one rdfs:label")))
    typed = SHAPES["MentionedEntityType"]
    g.add((typed, RDF.type, SH.NodeShape))
    g.add((typed, SH.targetObjectsOf, SCHEMA.mentions))
    prop = BNode()
    g.add((typed, SH.property, prop))
    g.add((prop, SH.path, RDF.type))
    g.add((prop, SH.minCount, Literal(1)))
    allowed = BNode()
    Collection(g, allowed, [AG[c] for c in CLASSES] + [AG.Actor])
    g.add((prop, SH["in"], allowed))
    g.add((prop, SH.message, Literal("an entity's types must come from the aigraph vocabulary")))
    fact = SHAPES["FactProvenance"]
    g.add((fact, RDF.type, SH.NodeShape))
    g.add((fact, SH.targetClass, RDF.Statement))
    for path, datatype, extra in (
        (AG.evidence, XSD.string, {}), (AG.extractor, XSD.string, {}), (AG.modality, XSD.string, {}),
        (AG.confidence, XSD.decimal, {SH.minInclusive: Literal(0), SH.maxInclusive: Literal(1)}),
    ):
        p = BNode()
        g.add((fact, SH.property, p))
        g.add((p, SH.path, path))
        g.add((p, SH.minCount, Literal(1)))
        g.add((p, SH.maxCount, Literal(1)))
        g.add((p, SH.datatype, datatype))
        for key, value in extra.items():
            g.add((p, key, value))
    p = BNode()
    g.add((fact, SH.property, p))
    g.add((p, SH.path, PROV.wasDerivedFrom))
    g.add((p, SH.minCount, Literal(1)))
    g.add((p, SH["class"], AG.Article))
    return g


def shapes_path() -> Path:
    return ontology_dir() / "shapes.ttl"


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    severity: str


def validate_graph(data: Graph) -> list[Violation]:
    """Violations of the shipped shapes in an rdflib graph."""
    import pyshacl

    shapes = Graph().parse(shapes_path(), format="turtle")
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", allow_warnings=True)
    if conforms:
        return []
    found = []
    labels = {s: str(o) for s, o in data.subject_objects(RDFS.label)}
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        severity = report.value(result, SH.resultSeverity)
        focus_text = f"{labels[focus]} <{focus}>" if focus in labels else (f"<{focus}>" if isinstance(focus, URIRef) else str(focus))
        found.append(Violation(focus=focus_text, path=data.namespace_manager.normalizeUri(path) if isinstance(path, URIRef) else "",
                               message=str(message or ""), severity=str(severity).rsplit("#", 1)[-1]))
    return sorted(found, key=lambda v: (v.focus, v.path, v.message))


def validate_store(store) -> list[Violation]:
    """Validate everything in the store except the ontology itself."""
    import pyoxigraph as ox

    triples = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{ONTOLOGY_GRAPH}>) }}")
    data = Graph()
    data.bind("ag", AG)
    data.bind("skos", SKOS)
    data.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    return validate_graph(data)


if __name__ == "__main__":
    build_shapes().serialize(shapes_path(), format="turtle")
    print(f"wrote {shapes_path()}")
