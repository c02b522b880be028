"""Storage: article metadata in SQLite (sqlite-utils), facts in an RDF store (Oxigraph).

One named graph per article holds its metadata, the plain fact triples and their provenance
nodes (RDF reification); entity descriptions live in their own graph. Queries run over the union
of all graphs.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
import sqlite_utils

from .errors import NotFoundError, StoreError
from .models import Article, Entity, Fact
from .vocab import (ACTOR_CLASSES, AG, DCTERMS, ENTITY_GRAPH, PREFIXES, PROV, SCHEMA, XSD, article_iri,
                    fact_iri)

_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_SKOS_ALT = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
_OWL_SAME = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")


def _nn(iri: object) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def _lit(value: object, datatype: str | None = None) -> ox.Literal:
    if datatype:
        return ox.Literal(str(value), datatype=ox.NamedNode(datatype))
    return ox.Literal(str(value))


def entity_quads(entity: Entity) -> list[ox.Quad]:
    """The description of an entity: types, one label, aliases and sameAs."""
    g = _nn(ENTITY_GRAPH)
    s = _nn(entity.iri)
    quads = [ox.Quad(s, _RDF_TYPE, _nn(AG[entity.cls]), g), ox.Quad(s, _RDFS_LABEL, _lit(entity.label), g)]
    if entity.cls in ACTOR_CLASSES:
        quads.append(ox.Quad(s, _RDF_TYPE, _nn(AG.Actor), g))
    for alias in sorted(entity.aliases):
        if alias != entity.label:
            quads.append(ox.Quad(s, _SKOS_ALT, _lit(alias), g))
    if entity.same_as:
        quads.append(ox.Quad(s, _OWL_SAME, _nn(entity.same_as), g))
    return quads


def article_quads(article: Article, facts: Iterable[Fact], entities: Iterable[Entity]) -> list[ox.Quad]:
    """Everything an article contributes to its own named graph."""
    a = _nn(article_iri(article.id))
    quads = [
        ox.Quad(a, _RDF_TYPE, _nn(AG.Article), a),
        ox.Quad(a, _RDF_TYPE, _nn(PROV.Entity), a),
        ox.Quad(a, _nn(DCTERMS.title), _lit(article.title), a),
        ox.Quad(a, _nn(AG.contentHash), _lit(article.id), a),
        ox.Quad(a, _nn(DCTERMS.language), _lit(article.language), a),
    ]
    if article.url:
        quads.append(ox.Quad(a, _nn(SCHEMA.url), _lit(article.url, str(XSD.anyURI)), a))
    if article.published:
        quads.append(ox.Quad(a, _nn(DCTERMS.issued), _lit(article.published), a))
    if article.source:
        quads.append(ox.Quad(a, _nn(DCTERMS.publisher), _lit(article.source), a))
    for entity in entities:
        quads.append(ox.Quad(a, _nn(SCHEMA.mentions), _nn(entity.iri), a))
    for fact in facts:
        s, p, o = _nn(fact.subject.iri), _nn(AG[fact.relation]), _nn(fact.object.iri)
        f = _nn(fact_iri(article.id, fact.subject.iri, fact.relation, fact.object.iri, fact.start))
        quads += [
            ox.Quad(s, p, o, a),
            ox.Quad(f, _RDF_TYPE, ox.NamedNode(_RDF + "Statement"), a),
            ox.Quad(f, ox.NamedNode(_RDF + "subject"), s, a),
            ox.Quad(f, ox.NamedNode(_RDF + "predicate"), p, a),
            ox.Quad(f, ox.NamedNode(_RDF + "object"), o, a),
            ox.Quad(f, _nn(PROV.wasDerivedFrom), a, a),
            ox.Quad(f, _nn(AG.evidence), _lit(fact.evidence), a),
            ox.Quad(f, _nn(AG.confidence), _lit(f"{fact.confidence:.3f}", str(XSD.decimal)), a),
            ox.Quad(f, _nn(AG.extractor), _lit(fact.extractor), a),
            ox.Quad(f, _nn(AG.modality), _lit(fact.modality), a),
            ox.Quad(f, _nn(AG.charStart), _lit(fact.start, str(XSD.integer)), a),
            ox.Quad(f, _nn(AG.charEnd), _lit(fact.end, str(XSD.integer)), a),
        ]
        for name, value in sorted(fact.qualifiers.items()):
            quads.append(ox.Quad(f, _nn(AG[name]), _lit(value, str(XSD.integer)), a))
    return quads


class GraphStore:
    """The embedded RDF store: Oxigraph on disk (RocksDB), opened directly.

    Chosen by measurement (README): it opens in milliseconds, which matters because every CLI
    command is a new process, and it answers the queries we run tens of times faster than
    rdflib's in-memory store. ``path=None`` gives an in-memory store for tests and notebooks.
    """

    def __init__(self, path: Path | None = None, *, read_only: bool = False):
        self.path = path
        self.read_only = read_only
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                if not (path / "CURRENT").exists():
                    self._store = ox.Store()  # nothing stored yet: an empty view
                else:
                    self._store = ox.Store.read_only(str(path))
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except OSError as err:
            raise StoreError(f"cannot open the RDF store at {path}: {err}") from None

    @property
    def raw(self) -> ox.Store:
        """The underlying pyoxigraph Store."""
        return self._store

    def add_article(self, article: Article, facts: list[Fact], entities: list[Entity]) -> int:
        """Write an article's graph and its entities' descriptions in one transaction."""
        quads = article_quads(article, facts, entities)
        for entity in entities:
            quads += entity_quads(entity)
        try:
            self._store.extend(quads)  # atomic: all of it or nothing
        except OSError as err:
            raise StoreError(f"cannot write to the RDF store at {self.path}: {err}") from None
        return len(quads)

    def remove_article(self, article_id: str) -> None:
        """Drop an article's graph, then the descriptions of entities no other article mentions."""
        graph = _nn(article_iri(article_id))
        mentioned = {q.object for q in self._store.quads_for_pattern(None, _nn(SCHEMA.mentions), None, graph)}
        mentioned |= {q.subject for q in self._store.quads_for_pattern(None, None, None, graph)
                      if str(q.subject.value).startswith("https://w3id.org/aigraph/entity/")}
        self._store.remove_graph(graph)
        entity_graph = _nn(ENTITY_GRAPH)
        for entity in mentioned:
            still_used = next(iter(self._store.quads_for_pattern(None, _nn(SCHEMA.mentions), entity)), None)
            if still_used is None:
                for quad in list(self._store.quads_for_pattern(entity, None, None, entity_graph)):
                    self._store.remove(quad)

    def article_ids(self) -> set[str]:
        """Ids of the articles that have a graph."""
        prefix = "https://w3id.org/aigraph/article/"
        return {str(g.value)[len(prefix):] for g in self._store.named_graphs()
                if isinstance(g, ox.NamedNode) and g.value.startswith(prefix)}

    def query(self, sparql: str, *, substitutions: dict | None = None):
        """Run SPARQL over the union of all graphs, with aigraph's prefixes declared.

        substitutions maps projected variable names to terms (pyoxigraph's SEP-0007 binding).
        """
        subs = {ox.Variable(k): v for k, v in (substitutions or {}).items()} or None
        return self._store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True, substitutions=subs)

    def dump(self, output, fmt: ox.RdfFormat) -> None:
        """Serialise the whole dataset (named graphs kept) to a binary file object."""
        self._store.dump(output, format=fmt)

    def __len__(self) -> int:
        return len(self._store)

    def close(self) -> None:
        if self._store is not None and self.path is not None and not self.read_only:
            self._store.flush()
        self._store = None  # release RocksDB's lock now, not at garbage collection


class ArticleDB:
    """Article metadata and text in SQLite, with full-text search over title and text."""

    def __init__(self, path: Path | None = None, *, read_only: bool = False):
        self.path = path
        try:
            if path is None:
                self.db = sqlite_utils.Database(memory=True)
            elif read_only:
                if not path.exists():
                    self.db = sqlite_utils.Database(memory=True)
                else:
                    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
                    self.db = sqlite_utils.Database(conn)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                self.db = sqlite_utils.Database(path)
                self.db.enable_wal()
            self._ensure_schema(read_only=read_only and path is not None and path.exists())
        except sqlite3.DatabaseError as err:
            raise StoreError(f"cannot open the article database {path}: {err}") from None

    def _ensure_schema(self, *, read_only: bool) -> None:
        if read_only or "articles" in self.db.table_names():
            return
        self.db["articles"].create(
            {"id": str, "title": str, "url": str, "published": str, "source": str, "language": str,
             "text": str, "path": str, "ingested_at": str, "n_facts": int, "n_entities": int},
            pk="id", not_null={"text"},
        )
        self.db["articles"].enable_fts(["title", "text"], create_triggers=True)

    def has(self, article_id: str) -> bool:
        try:
            self.db["articles"].get(article_id)
            return True
        except (sqlite_utils.db.NotFoundError, sqlite3.OperationalError):
            return False

    def add(self, article: Article, *, n_facts: int, n_entities: int) -> None:
        self.db["articles"].insert({
            "id": article.id, "title": article.title, "url": article.url, "published": article.published,
            "source": article.source, "language": article.language, "text": article.text,
            "path": article.path,
            "ingested_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "n_facts": n_facts, "n_entities": n_entities,
        })

    def get(self, article_id: str) -> dict:
        """One article by id or by a unique prefix of it.

        Raises:
            NotFoundError: no article, or the prefix is ambiguous.
        """
        if "articles" not in self.db.table_names():
            raise NotFoundError(f"no article {article_id!r}")
        rows = list(self.db["articles"].rows_where("id like ? || '%'", [article_id], limit=2))
        if not rows:
            raise NotFoundError(f"no article {article_id!r} (see `aigraph articles list`)")
        if len(rows) > 1:
            raise NotFoundError(f"article id {article_id!r} is ambiguous: give more characters")
        return rows[0]

    def remove(self, article_id: str) -> None:
        self.db["articles"].delete(article_id)

    def list(self, *, search: str | None = None, limit: int | None = None) -> Iterator[dict]:
        if "articles" not in self.db.table_names():
            return iter(())
        columns = ["id", "title", "source", "published", "n_facts", "ingested_at"]
        if search:
            return self.db["articles"].search(search, columns=columns, limit=limit)
        return self.db["articles"].rows_where(select=", ".join(columns), order_by="ingested_at, id", limit=limit)

    def ids(self) -> set[str]:
        if "articles" not in self.db.table_names():
            return set()
        return {row["id"] for row in self.db.query("select id from articles")}

    def count(self) -> int:
        return self.db["articles"].count if "articles" in self.db.table_names() else 0

    def close(self) -> None:
        self.db.close()
