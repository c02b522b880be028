"""Import RDF made elsewhere (a colleague's export, another tool's graph) into the workspace."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pyoxigraph as ox

from .errors import IngestError

#: File endings and the RDF format each is read as.
IMPORT_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE, ".turtle": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES,
    ".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS, ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD, ".rdf": ox.RdfFormat.RDF_XML, ".xml": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}
#: Largest file imported at once.
MAX_IMPORT_BYTES = 2 * 1024**3
_DOCTYPE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def import_graph_iri(data: bytes) -> ox.NamedNode:
    """The graph that triples without a graph of their own (Turtle, N-Triples, RDF/XML) go into."""
    return ox.NamedNode("https://w3id.org/aigraph/import/" + hashlib.sha256(data).hexdigest()[:16])


def parse_rdf_file(path: Path) -> list[ox.Quad]:
    """Parse a file into quads, refusing what would be unsafe to parse.

    An XML document type declaration is refused before any parser sees it: entity expansion
    ("billion laughs") and external entities would otherwise be honoured. JSON-LD remote contexts
    are not fetched (pyoxigraph has no document loader set).

    Raises:
        IngestError: unknown format, unreadable, unsafe or invalid file.
    """
    fmt = IMPORT_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise IngestError(f"{path}: unknown RDF format; use one of {', '.join(sorted(IMPORT_FORMATS))}")
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise IngestError(f"{path}: {size:,} bytes is more than the import limit")
        data = path.read_bytes()
    except FileNotFoundError:
        raise IngestError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise IngestError(f"{path}: is a folder") from None
    except OSError as err:
        raise IngestError(f"{path}: {err.strerror}") from None
    if _DOCTYPE.search(data[:65536]) or (fmt == ox.RdfFormat.RDF_XML and _DOCTYPE.search(data)):
        raise IngestError(f"{path}: refused: the XML declares a DOCTYPE or ENTITY (entity expansion is unsafe)")
    try:
        parsed = list(ox.parse(data, format=fmt, base_iri=path.resolve().as_uri()))
    except (SyntaxError, ValueError, OSError) as err:
        message = " ".join(str(err).split())[:200]
        raise IngestError(f"{path}: not valid {fmt.name}: {message}") from None
    with_graphs = [q for q in parsed if not isinstance(q.graph_name, ox.DefaultGraph)]
    triples = [q for q in parsed if isinstance(q.graph_name, ox.DefaultGraph)]
    return with_graphs + regraph(triples, fallback=import_graph_iri(data))


_ENTITY = "https://w3id.org/aigraph/entity/"
_ARTICLE = "https://w3id.org/aigraph/article/"
_DESCRIBING = {"http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/2000/01/rdf-schema#label",
               "http://www.w3.org/2004/02/skos/core#altLabel", "http://www.w3.org/2002/07/owl#sameAs"}
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"


def regraph(triples: list[ox.Quad], *, fallback: ox.NamedNode) -> list[ox.Quad]:
    """Put the triples of an aigraph Turtle or N-Triples export (where all graphs were merged)
    back into the graphs aigraph keeps them in: entity descriptions in the entities graph, each
    article's metadata, mentions, facts and provenance nodes in the article's graph. Other
    triples go into ``fallback``."""
    entities = ox.NamedNode("https://w3id.org/aigraph/graph/entities")
    home: dict[str, ox.NamedNode] = {}  # fact node -> its article graph
    facts: dict[tuple, set[str]] = {}  # (s, p, o) -> articles stating it
    by_subject: dict[str, dict[str, ox.Quad]] = {}
    for q in triples:
        if q.predicate.value == _DERIVED and q.object.value.startswith(_ARTICLE):
            home[q.subject.value] = ox.NamedNode(q.object.value)
    for q in triples:
        by_subject.setdefault(q.subject.value, {})
    statements: dict[str, dict[str, object]] = {}
    for q in triples:
        if q.subject.value in home and q.predicate.value in (_RDF + "subject", _RDF + "predicate", _RDF + "object"):
            statements.setdefault(q.subject.value, {})[q.predicate.value] = q.object
    for fact, parts in statements.items():
        key = (parts.get(_RDF + "subject"), parts.get(_RDF + "predicate"), parts.get(_RDF + "object"))
        if None not in key:
            facts.setdefault(tuple(str(t) for t in key), set()).add(home[fact].value)
    out = []
    for q in triples:
        s = q.subject.value if isinstance(q.subject, ox.NamedNode) else None
        if s in home:
            graphs = [home[s]]
        elif s and s.startswith(_ARTICLE):
            graphs = [ox.NamedNode(s)]
        elif (str(q.subject), str(q.predicate), str(q.object)) in facts:
            graphs = [ox.NamedNode(a) for a in sorted(facts[(str(q.subject), str(q.predicate), str(q.object))])]
        elif s and s.startswith(_ENTITY) and q.predicate.value in _DESCRIBING:
            graphs = [entities]
        elif s and s.startswith("https://w3id.org/aigraph/ontology"):
            graphs = [ox.NamedNode("https://w3id.org/aigraph/graph/ontology")]
        else:
            graphs = [fallback]
        out += [ox.Quad(q.subject, q.predicate, q.object, g) for g in graphs]
    return out
