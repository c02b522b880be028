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
        ox.serialize(store.raw.quads_for_pattern(None, None, None, None), buffer, format=rdf_format, **kwargs)
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


def write_export(store, fmt: str, path: Path) -> int:
    """Write an export atomically (a temporary file renamed into place); returns its size."""
    data = export_bytes(store, fmt)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    return len(data)
