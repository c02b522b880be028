"""Namespaces, classes and relations of the aigraph ontology (ontology/aigraph.ttl)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from .config import ontology_dir

AG = Namespace("https://w3id.org/aigraph/ontology#")
ENT = Namespace("https://w3id.org/aigraph/entity/")
ART = Namespace("https://w3id.org/aigraph/article/")
FACT = Namespace("https://w3id.org/aigraph/fact/")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
DCTERMS = Namespace("http://purl.org/dc/terms/")

#: The graph holding entity descriptions (types, labels, aliases, sameAs).
ENTITY_GRAPH = URIRef("https://w3id.org/aigraph/graph/entities")

#: Prefixes every query gets without declaring them.
PREFIXES: dict[str, str] = {
    "ag": str(AG),
    "ent": str(ENT),
    "art": str(ART),
    "fact": str(FACT),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "owl": str(OWL),
    "prov": str(PROV),
    "xsd": str(XSD),
    "wd": str(WD),
    "schema": str(SCHEMA),
    "dcterms": str(DCTERMS),
}

#: Entity classes the extractor produces, by local name.
CLASSES = (
    "Country", "Bloc", "Company", "GovernmentBody", "ResearchOrganization",
    "Person", "AIModel", "Index", "Region", "City",
)
#: Classes whose instances are also ag:Actor.
ACTOR_CLASSES = frozenset(CLASSES) - {"AIModel", "Index"}


@dataclass(frozen=True)
class Relation:
    """One relation of the vocabulary with the classes it accepts."""

    name: str
    label: str
    domain: frozenset[str]
    range: frozenset[str]
    symmetric: bool

    @property
    def iri(self) -> URIRef:
        return AG[self.name]

    def accepts(self, subject_class: str, object_class: str) -> bool:
        """True when the ontology allows ``subject_class -name-> object_class``."""
        return subject_class in self.domain and object_class in self.range


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The parsed ontology (cached: it is read once per process)."""
    return Graph().parse(ontology_dir() / "aigraph.ttl", format="turtle")


@lru_cache(maxsize=1)
def relations() -> dict[str, Relation]:
    """The relations of the vocabulary by local name, read from the ontology."""
    graph = ontology_graph()
    found: dict[str, Relation] = {}
    for prop in graph.subjects(SCHEMA.rangeIncludes, None, unique=True):
        name = str(prop).removeprefix(str(AG))
        local = lambda p: frozenset(str(o).removeprefix(str(AG)) for o in graph.objects(prop, p))
        found[name] = Relation(
            name=name,
            label=str(graph.value(prop, RDFS.label) or name),
            domain=local(SCHEMA.domainIncludes),
            range=local(SCHEMA.rangeIncludes),
            symmetric=(prop, RDF.type, OWL.SymmetricProperty) in graph,
        )
    return dict(sorted(found.items()))


def relation_label(iri_or_name: str) -> str:
    """Human label of a relation ("member of"), falling back to its local name."""
    name = str(iri_or_name).removeprefix(str(AG))
    rel = relations().get(name)
    return rel.label if rel else name


def entity_iri(name: str) -> URIRef:
    """Mint the IRI of an entity from its canonical name.

    Spaces become underscores; characters outside a safe set are percent-encoded, so different
    names never share an IRI and every result is a valid IRI.

    >>> str(entity_iri("Global AI Index"))
    'https://w3id.org/aigraph/entity/Global_AI_Index'
    """
    clean = unicodedata.normalize("NFC", " ".join(name.split()))
    if not clean:
        raise ValueError("an entity needs a non-empty name")
    out = []
    for ch in clean:
        if ch == " ":
            out.append("_")
        elif ch.isalnum() or ch in "-.~()":
            out.append(ch)  # unreserved in an IRI (letters of any script are allowed)
        else:
            # Everything else, "_" included, is percent-encoded: "A B" and "A_B" stay distinct.
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8"))
    local = "".join(out)
    return ENT[local]


def article_iri(article_id: str) -> URIRef:
    """IRI (and named graph) of an article from its id (the first 16 hex digits of its hash)."""
    if not re.fullmatch(r"[0-9a-f]{16}", article_id):
        raise ValueError(f"not an article id: {article_id!r}")
    return ART[article_id]


def fact_iri(article_id: str, subject: str, relation: str, obj: str, start: int) -> URIRef:
    """A stable IRI for one asserted fact: the same fact from the same place hashes the same."""
    key = "\x1f".join((article_id, subject, relation, obj, str(start)))
    return FACT[hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]]
