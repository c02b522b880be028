"""Storage: article metadata in SQLite (sqlite-utils), facts in an RDF store (Oxigraph).

One named graph per article holds its metadata, the plain fact triples and their provenance
nodes (RDF reification); entity descriptions live in their own graph. Queries run over the union
of all graphs.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
import os
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


@lru_cache(maxsize=8192)
def _nn(iri: object) -> ox.NamedNode:
    # Cached: an ingest names the same predicates and entities thousands of times, and both
    # rdflib's namespace lookup and Oxigraph's IRI check cost more than the dictionary hit.
    return ox.NamedNode(str(iri))


@lru_cache(maxsize=None)
def _ag(name: str) -> ox.NamedNode:
    """Our vocabulary's term ``name`` (a class, relation or qualifier)."""
    return ox.NamedNode(str(AG[name]))


def _lit(value: object, datatype: ox.NamedNode | None = None) -> ox.Literal:
    if datatype is not None:
        return ox.Literal(str(value), datatype=datatype)
    return ox.Literal(str(value))


_XSD_anyURI, _XSD_decimal, _XSD_integer = (ox.NamedNode(str(XSD[t])) for t in ("anyURI", "decimal", "integer"))


def entity_quads(entity: Entity) -> list[ox.Quad]:
    """The description of an entity: types, one label, aliases and sameAs."""
    g = _nn(ENTITY_GRAPH)
    s = _nn(entity.iri)
    quads = [ox.Quad(s, _RDF_TYPE, _ag(entity.cls), g), ox.Quad(s, _RDFS_LABEL, _lit(entity.label), g)]
    if entity.cls in ACTOR_CLASSES:
        quads.append(ox.Quad(s, _RDF_TYPE, _ag("Actor"), g))
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
        ox.Quad(a, _RDF_TYPE, _ag("Article"), a),
        ox.Quad(a, _RDF_TYPE, _nn(PROV.Entity), a),
        ox.Quad(a, _nn(DCTERMS.title), _lit(article.title), a),
        ox.Quad(a, _ag("contentHash"), _lit(article.id), a),
        ox.Quad(a, _nn(DCTERMS.language), _lit(article.language), a),
    ]
    if article.url:
        quads.append(ox.Quad(a, _nn(SCHEMA.url), _lit(article.url, _XSD_anyURI), a))
    if article.published:
        quads.append(ox.Quad(a, _nn(DCTERMS.issued), _lit(article.published), a))
    if article.source:
        quads.append(ox.Quad(a, _nn(DCTERMS.publisher), _lit(article.source), a))
    for entity in entities:
        quads.append(ox.Quad(a, _nn(SCHEMA.mentions), _nn(entity.iri), a))
    for fact in facts:
        s, p, o = _nn(fact.subject.iri), _ag(fact.relation), _nn(fact.object.iri)
        f = _nn(fact_iri(article.id, fact.subject.iri, fact.relation, fact.object.iri, fact.start))
        quads += [
            ox.Quad(s, p, o, a),
            ox.Quad(f, _RDF_TYPE, _nn(_RDF + "Statement"), a),
            ox.Quad(f, _nn(_RDF + "subject"), s, a),
            ox.Quad(f, _nn(_RDF + "predicate"), p, a),
            ox.Quad(f, _nn(_RDF + "object"), o, a),
            ox.Quad(f, _nn(PROV.wasDerivedFrom), a, a),
            ox.Quad(f, _ag("evidence"), _lit(fact.evidence), a),
            ox.Quad(f, _ag("confidence"), _lit(f"{fact.confidence:.3f}", _XSD_decimal), a),
            ox.Quad(f, _ag("extractor"), _lit(fact.extractor), a),
            ox.Quad(f, _ag("modality"), _lit(fact.modality), a),
            ox.Quad(f, _ag("charStart"), _lit(fact.start, _XSD_integer), a),
            ox.Quad(f, _ag("charEnd"), _lit(fact.end, _XSD_integer), a),
        ]
        for name, value in sorted(fact.qualifiers.items()):
            quads.append(ox.Quad(f, _ag(name), _lit(value, _XSD_integer), a))
    return quads


class GraphStore:
    """The embedded RDF store: Oxigraph on disk (RocksDB), opened directly.

    Chosen by measurement (README): it opens in milliseconds, which matters because every CLI
    command is a new process, and it answers the queries we run far faster than rdflib's
    in-memory store. ``path=None`` gives an in-memory store for tests and notebooks.

    :class:`SparqlStore` offers the same methods over HTTP.
    """

    remote = False

    def __init__(self, path: Path | None = None, *, read_only: bool = False):
        self.path = path
        self.read_only = read_only
        # Entity descriptions this handle has written and nothing has removed since. An ingest
        # run names "United States" in most articles: rewriting its unchanged description each
        # time was a third of the quads written. (Only this process writes: the workspace lock.)
        self._described: set[Entity] = set()
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
        except (OSError, RuntimeError) as err:  # RocksDB reports corruption as RuntimeError
            raise StoreError(f"cannot open the RDF store at {path}: {err}") from None

    @property
    def raw(self) -> ox.Store:
        """The underlying pyoxigraph Store."""
        return self._store

    # -- the store interface (shared with SparqlStore) --

    def query(self, sparql: str):
        """Run SPARQL over the union of all graphs, with aigraph's prefixes declared."""
        return self._store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)

    def extend(self, quads: list[ox.Quad]) -> None:
        """Add quads in one transaction: all of them or none."""
        try:
            self._store.extend(quads)
        except (OSError, RuntimeError) as err:
            raise StoreError(f"cannot write to the RDF store at {self.path}: {err}") from None

    def quads(self, s=None, p=None, o=None, g=None) -> list[ox.Quad]:
        return list(self._store.quads_for_pattern(s, p, o, g))

    def has_graph(self, graph: str) -> bool:
        return self._store.contains_named_graph(ox.NamedNode(graph))

    def drop_graph(self, graph: str) -> None:
        node = ox.NamedNode(graph)
        if self._store.contains_named_graph(node):
            self._described.clear()
            self._store.remove_graph(node)

    def remove_quads(self, quads: list[ox.Quad]) -> None:
        self._described.clear()
        for quad in quads:
            self._store.remove(quad)

    def named_graphs(self) -> list[str]:
        return [g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode)]

    def __len__(self) -> int:
        return len(self._store)

    def flush(self) -> None:
        """Write in-memory buffers to disk (frees the memory they hold)."""
        if self.path is not None and not self.read_only:
            try:
                self._store.flush()
            except (OSError, RuntimeError) as err:
                raise StoreError(f"cannot write to the RDF store at {self.path}: {err}") from None

    def close(self) -> None:
        if self._store is not None and self.path is not None and not self.read_only:
            self._store.flush()
        self._store = None  # release RocksDB's lock now, not at garbage collection

    # -- built on the interface --

    def add_article(self, article: Article, facts: list[Fact], entities: list[Entity]) -> int:
        """Write an article's graph and its entities' descriptions in one transaction (one
        request on a server)."""
        quads = article_quads(article, facts, entities)
        new = [e for e in entities if e not in self._described]
        for entity in new:
            quads += entity_quads(entity)
        self.extend(quads)
        if not self.remote:  # (a server may have other writers)
            self._described.update(new)
        return len(quads)

    def remove_article(self, article_id: str) -> None:
        """Drop an article's graph, then the descriptions of entities no other article mentions."""
        graph = str(article_iri(article_id))
        mentioned = {q.object for q in self.quads(None, _nn(SCHEMA.mentions), None, _nn(graph))}
        self.drop_graph(graph)
        stale = []
        for entity in mentioned:
            if not self.quads(None, _nn(SCHEMA.mentions), entity):
                stale += self.quads(entity, None, None, _nn(ENTITY_GRAPH))
        self.remove_quads(stale)

    def article_ids(self) -> set[str]:
        """Ids of the articles that have a graph."""
        prefix = "https://w3id.org/aigraph/article/"
        return {g[len(prefix):] for g in self.named_graphs() if g.startswith(prefix)}

    def has_article(self, article_id: str) -> bool:
        return self.has_graph(str(article_iri(article_id)))


class SparqlStore(GraphStore):
    """A SPARQL 1.1 Query + Update server (Oxigraph server, Fuseki, GraphDB, Virtuoso, Neptune).

    Queries must see the union of all graphs without GRAPH, as the embedded store does: start
    Oxigraph with ``--union-default-graph``, set ``tdb2:unionDefaultGraph true`` in Fuseki, or
    the equivalent. Writes are batched: one update request per article.

    query_url is the query endpoint; update_url defaults to it, or to ``…/update`` when the query
    URL ends in ``/query`` (Oxigraph's and Fuseki's layout).
    """

    remote = True

    def __init__(self, query_url: str, *, update_url: str | None = None, timeout: float = 60.0,
                 read_only: bool = False):
        from urllib.parse import urlparse

        if urlparse(query_url).scheme not in ("http", "https"):
            raise StoreError(f"--store needs an http(s) URL of a SPARQL endpoint, not {query_url!r}")
        self.path = None
        self.read_only = read_only
        self.query_url = query_url
        self.update_url = update_url or (query_url[: -len("query")] + "update" if query_url.endswith("/query") else query_url)
        self.timeout = timeout
        self._store = None
        self._described = set()
        self._prologue = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())

    def _post(self, url: str, form: dict[str, str], accept: str) -> tuple[str, bytes]:
        import urllib.error
        import urllib.parse
        import urllib.request

        body = urllib.parse.urlencode(form).encode("utf-8")
        request = urllib.request.Request(url, data=body, method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded", "Accept": accept, "User-Agent": "aigraph"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.headers.get("Content-Type", ""), response.read()
        except urllib.error.HTTPError as err:
            detail = " ".join(err.read(2000).decode("utf-8", "replace").split())[:300]
            raise StoreError(f"SPARQL server at {url} answered {err.code}: {detail}") from None
        except urllib.error.URLError as err:
            raise StoreError(f"cannot reach the SPARQL server at {url}: {err.reason}") from None
        except TimeoutError:
            raise StoreError(f"the SPARQL server at {url} did not answer within {self.timeout:g} s") from None
        except OSError as err:
            raise StoreError(f"cannot reach the SPARQL server at {url}: {err}") from None

    def query(self, sparql: str):
        content_type, data = self._post(
            self.query_url, {"query": self._prologue + sparql},
            "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8")
        kind = content_type.split(";")[0].strip().lower()
        try:
            if kind in ("application/sparql-results+json", "application/json"):
                return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
            if kind == "application/n-triples":
                return list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
            if kind == "text/turtle":
                return list(ox.parse(data, format=ox.RdfFormat.TURTLE))
        except SyntaxError as err:
            raise StoreError(f"the SPARQL server sent an unreadable answer: {err}") from None
        raise StoreError(f"the SPARQL server answered with unexpected content type {content_type!r}")

    def update(self, sparql: str) -> None:
        if self.read_only:
            raise StoreError("this store was opened read-only")
        self._post(self.update_url, {"update": self._prologue + sparql}, "*/*")

    @staticmethod
    def _quads_text(quads: list[ox.Quad]) -> str:
        by_graph: dict[str, list[str]] = {}
        for q in quads:
            graph = "" if isinstance(q.graph_name, ox.DefaultGraph) else str(q.graph_name)
            by_graph.setdefault(graph, []).append(f"{q.subject} {q.predicate} {q.object} .")
        parts = []
        for graph, lines in by_graph.items():
            body = "\n".join(lines)
            parts.append(f"GRAPH {graph} {{\n{body}\n}}" if graph else body)
        return "\n".join(parts)

    def extend(self, quads: list[ox.Quad], *, batch: int = 20_000) -> None:
        for i in range(0, len(quads), batch):
            self.update("INSERT DATA {\n" + self._quads_text(quads[i:i + batch]) + "\n}")

    def quads(self, s=None, p=None, o=None, g=None) -> list[ox.Quad]:
        from .query import bind_values

        bindings = {k: v for k, v in (("s", s), ("p", p), ("o", o), ("g", g)) if v is not None}
        result = self.query(bind_values("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", bindings))
        return [ox.Quad(row["s"], row["p"], row["o"], row["g"]) for row in result]

    def has_graph(self, graph: str) -> bool:
        return bool(self.query(f"ASK {{ GRAPH {ox.NamedNode(graph)} {{ ?s ?p ?o }} }}"))

    def drop_graph(self, graph: str) -> None:
        self.update(f"DROP SILENT GRAPH {ox.NamedNode(graph)}")

    def remove_quads(self, quads: list[ox.Quad]) -> None:
        if quads:
            self.update("DELETE DATA {\n" + self._quads_text(quads) + "\n}")

    def named_graphs(self) -> list[str]:
        return [row["g"].value for row in self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")]

    def __len__(self) -> int:
        rows = list(self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
        return int(rows[0]["n"].value) if rows else 0

    def flush(self) -> None:
        pass  # every update request is already written by the server

    def close(self) -> None:
        pass


def open_graph_store(settings, *, read_only: bool) -> GraphStore:
    """The store the settings name: a SPARQL server URL, or the embedded store in the data dir."""
    if settings.store:
        return SparqlStore(settings.store, update_url=settings.store_update, read_only=read_only)
    return GraphStore(settings.store_path, read_only=read_only)


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
                    # A WAL database in a folder we cannot write needs immutable=1 to open at all
                    # (it cannot create its -shm file); nobody can be writing there anyway.
                    flags = "mode=ro" if os.access(path.parent, os.W_OK) else "mode=ro&immutable=1"
                    conn = sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True)
                    conn.execute("select count(*) from sqlite_master").fetchone()  # fail now if not a database
                    self.db = sqlite_utils.Database(conn)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                self.db = sqlite_utils.Database(path)
                self.db.execute("select count(*) from sqlite_master").fetchone()  # fail now if not a database
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
            # quote=True: words are matched as typed, FTS operators in them cannot misfire.
            return self.db["articles"].search(search, columns=columns, limit=limit, quote=True)
        return self.db["articles"].rows_where(select=", ".join(columns), order_by="rowid", limit=limit)

    def ids(self) -> set[str]:
        if "articles" not in self.db.table_names():
            return set()
        return {row["id"] for row in self.db.query("select id from articles")}

    def count(self) -> int:
        return self.db["articles"].count if "articles" in self.db.table_names() else 0

    def close(self) -> None:
        self.db.close()
