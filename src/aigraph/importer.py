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
    default_graph = import_graph_iri(data)
    try:
        quads = []
        for quad in ox.parse(data, format=fmt, base_iri=path.resolve().as_uri()):
            graph = quad.graph_name
            if isinstance(graph, ox.DefaultGraph):
                graph = default_graph
            quads.append(ox.Quad(quad.subject, quad.predicate, quad.object, graph))
        return quads
    except (SyntaxError, ValueError, OSError) as err:
        message = " ".join(str(err).split())[:200]
        raise IngestError(f"{path}: not valid {fmt.name}: {message}") from None
