"""The workspace: a data folder with the article database and the RDF store, opened together
under a lock, and the operations that keep the two in step (ingest, remove, stats, show)."""

from __future__ import annotations

import fcntl
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .config import Settings, ontology_dir
from .errors import NotFoundError, StoreError
from .ingest import IngestFailure
from .models import Article
from .query import compact, run_query
from .store import ArticleDB, GraphStore, open_graph_store

ONTOLOGY_GRAPH = "https://w3id.org/aigraph/graph/ontology"
#: A long ingest writes the store's in-memory buffers out every this many articles: RocksDB
#: otherwise keeps every written quad in memory (six indexes) until its buffers fill.
FLUSH_EVERY = 100


@dataclass
class IngestReport:
    """What an ingest run did."""

    added: list[tuple[Article, int]] = field(default_factory=list)  # article, number of facts
    duplicates: list[Article] = field(default_factory=list)
    failed: list[IngestFailure] = field(default_factory=list)

    @property
    def n_facts(self) -> int:
        return sum(n for _, n in self.added)


class Workspace:
    """Open with ``Workspace.open(settings, write=True)`` (or as a context manager).

    Writers hold an exclusive lock on the data folder and readers a shared one, so a second
    ingest waits for the first instead of failing, and a query never sees a half-written store.
    """

    def __init__(self, settings: Settings, articles: ArticleDB, graph: GraphStore, lock_fd: int | None):
        self.settings = settings
        self.articles = articles
        self.graph = graph
        self._lock_fd = lock_fd

    @classmethod
    def open(cls, settings: Settings, *, write: bool = False,
             on_wait: Callable[[str], None] | None = None) -> "Workspace":
        """Open the data folder for reading or writing.

        Raises:
            StoreError: the folder cannot be created or opened.
        """
        data_dir = settings.data_dir
        lock_fd = None
        if write:
            try:
                data_dir.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise StoreError(f"cannot create the data folder {data_dir}: {err.strerror}") from None
        if data_dir.is_dir():
            lock_fd = _lock(data_dir / "aigraph.lock", exclusive=write, on_wait=on_wait)
        try:
            articles = ArticleDB(settings.articles_db_path, read_only=not write)
            graph = open_graph_store(settings, read_only=not write)
        except Exception:
            if lock_fd is not None:
                os.close(lock_fd)
            raise
        workspace = cls(settings, articles, graph, lock_fd)
        if write:
            workspace._load_ontology()
            if not graph.remote:  # a shared server holds other people's articles too
                workspace.reconcile()
        return workspace

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.graph.close()
        self.articles.close()
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    # ------------------------------------------------------------------ writing

    def _load_ontology(self) -> None:
        """Keep the ontology in its own graph so queries can read relation and class labels."""
        if self.graph.has_graph(ONTOLOGY_GRAPH):
            return
        quads = [ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(ONTOLOGY_GRAPH))
                 for q in ox.parse(path=str(ontology_dir() / "aigraph.ttl"), format=ox.RdfFormat.TURTLE)]
        self.graph.extend(quads)

    def reconcile(self) -> list[str]:
        """Make the two stores agree after an interrupted run: a graph whose article row is
        missing is dropped (its article will be ingested again), and so is a row without a graph."""
        in_db, in_graph = self.articles.ids(), self.graph.article_ids()
        for orphan in sorted(in_graph - in_db):
            self.graph.remove_article(orphan)
        for orphan in sorted(in_db - in_graph):
            self.articles.remove(orphan)
        return sorted(in_graph ^ in_db)

    def ingest(self, items: Iterable[Article | IngestFailure], *, extractor=None,
               progress: Callable[[Article, int], None] | None = None) -> IngestReport:
        """Store new articles with their facts; duplicates are skipped, failures reported.

        The extractor (an :class:`aigraph.extract.Extractor`) is built only when there is
        something new to extract, since loading spaCy takes a second or two.
        """
        report = IngestReport()
        seen: set[str] = set()
        new: list[Article] = []
        for item in items:
            if isinstance(item, IngestFailure):
                report.failed.append(item)
            elif item.id in seen or self.articles.has(item.id) or (self.graph.remote and self.graph.has_article(item.id)):
                report.duplicates.append(item)
            else:
                seen.add(item.id)
                new.append(item)
        if not new:
            return report
        if extractor is None:
            from .extract import shared_extractor

            extractor = shared_extractor(self.settings.spacy_model)
        for article, facts, entities in extractor.extract(new):
            # RDF first (one atomic transaction), then the row: a crash in between leaves a
            # graph without a row, which reconcile() drops on the next run.
            self.graph.add_article(article, facts, entities)
            try:
                self.articles.add(article, n_facts=len(facts), n_entities=len(entities))
            except Exception as err:
                self.graph.remove_article(article.id)
                raise StoreError(f"cannot write to {self.settings.articles_db_path}: {err}") from None
            report.added.append((article, len(facts)))
            if len(report.added) % FLUSH_EVERY == 0:
                self.graph.flush()
            if progress is not None:
                progress(article, len(facts))
        return report

    def import_rdf(self, path: Path) -> dict:
        """Load an RDF file into the store in one transaction.

        Quads keep their graphs (an aigraph TriG, N-Quads or JSON-LD export comes back whole, and
        its articles are listed again); triples of a file without graphs go into a graph of their
        own named after the file's hash.

        Raises:
            IngestError: the file is unreadable, unsafe or invalid (nothing is stored then).
        """
        from .importer import parse_rdf_file
        from .models import Article

        quads = parse_rdf_file(path)
        self.graph.extend(quads)
        prefix = "https://w3id.org/aigraph/article/"
        graphs = {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}
        new_articles = 0
        for graph in sorted(g for g in graphs if g.startswith(prefix)):
            article_id = graph[len(prefix):]
            if self.articles.has(article_id):
                continue
            meta = {}
            for quad in self.graph.quads(ox.NamedNode(graph), None, None, ox.NamedNode(graph)):
                meta[quad.predicate.value.rsplit("/", 1)[-1]] = quad.object.value
            article = Article(id=article_id, text="", title=meta.get("title", ""), url=meta.get("url"),
                              published=meta.get("issued"), source=meta.get("publisher"),
                              language=meta.get("language", "en"), path=f"import:{path.name}")
            n_facts = len(list(self.graph.quads(
                None, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement"), ox.NamedNode(graph))))
            self.articles.add(article, n_facts=n_facts, n_entities=0)
            new_articles += 1
        return {"quads": len(quads), "graphs": len(graphs), "articles": new_articles}

    def remove_article(self, article_id: str) -> dict:
        """Remove an article and its graph (facts other articles state remain)."""
        row = self.articles.get(article_id)
        self.graph.remove_article(row["id"])
        self.articles.remove(row["id"])
        return row

    # ------------------------------------------------------------------ reading

    def resolve_entity(self, name: str) -> tuple[str, str]:
        """(IRI, label) of the entity a name or alias denotes, case-insensitively.

        Raises:
            NotFoundError: nothing matches; the message suggests close names.
        """
        if name.startswith("http://") or name.startswith("https://"):
            return name, name
        rows = run_query(self.graph, """
            SELECT DISTINCT ?e ?label WHERE {
              GRAPH <https://w3id.org/aigraph/graph/entities> {
                ?e rdfs:label ?label ; rdfs:label|skos:altLabel ?name .
              }
              FILTER(LCASE(STR(?name)) = ?folded)
            }""", bindings={"folded": ox.Literal(name.strip().lower())}).rows
        if rows:
            # Prefer the entity whose own label matches exactly.
            rows.sort(key=lambda r: (r[1].value.casefold() != name.strip().casefold(), r[1].value))
            return rows[0][0].value, rows[0][1].value
        from .gazetteer import default_gazetteer

        known = default_gazetteer().lookup(name.strip())
        if known is not None:
            return known.iri, known.label
        raise NotFoundError(_suggest(name, self.entity_labels()))

    def entity_labels(self) -> list[str]:
        rows = run_query(self.graph, """SELECT DISTINCT ?label WHERE {
            GRAPH <https://w3id.org/aigraph/graph/entities> { ?e rdfs:label ?label } }""").rows
        return [r[0].value for r in rows]

    def entity_facts(self, iri: str) -> list[dict]:
        """Facts in which an entity is subject or object, with evidence and source."""
        result = run_query(self.graph, """
            SELECT ?s ?sl ?p ?o ?ol ?confidence ?modality ?evidence ?article ?title WHERE {
              { ?fact rdf:subject ?e } UNION { ?fact rdf:object ?e }
              ?fact rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                    ag:confidence ?confidence ; ag:modality ?modality ; ag:evidence ?evidence ;
                    prov:wasDerivedFrom ?article .
              ?s rdfs:label ?sl . ?o rdfs:label ?ol .
              OPTIONAL { ?article dcterms:title ?title }
            } ORDER BY ?p ?sl ?ol DESC(?confidence)""", bindings={"e": ox.NamedNode(iri)})
        facts = []
        for s, sl, p, o, ol, conf, modality, evidence, article, title in result.rows:
            facts.append({
                "subject": sl.value, "relation": compact(p).removeprefix("ag:"), "object": ol.value,
                "confidence": float(conf.value), "modality": modality.value, "evidence": evidence.value,
                "article": article.value.rsplit("/", 1)[-1], "title": title.value if title else "",
            })
        return facts

    def entity_info(self, iri: str) -> dict:
        rows = run_query(self.graph, """
            SELECT ?label ?class ?alt ?same WHERE {
              GRAPH <https://w3id.org/aigraph/graph/entities> {
                ?e rdfs:label ?label ; a ?class . FILTER(?class != ag:Actor)
                OPTIONAL { ?e skos:altLabel ?alt } OPTIONAL { ?e owl:sameAs ?same } } }""",
                         bindings={"e": ox.NamedNode(iri)}).rows
        if not rows:
            return {"iri": iri, "label": iri, "class": "", "aliases": [], "same_as": None}
        return {
            "iri": iri, "label": rows[0][0].value, "class": compact(rows[0][1]).removeprefix("ag:"),
            "aliases": sorted({r[2].value for r in rows if r[2] is not None}),
            "same_as": next((r[3].value for r in rows if r[3] is not None), None),
        }

    def stats(self) -> dict:
        """Counts: articles, entities by class, facts by relation."""
        entities = run_query(self.graph, """
            SELECT ?class (COUNT(DISTINCT ?e) AS ?n) WHERE {
              GRAPH <https://w3id.org/aigraph/graph/entities> { ?e a ?class FILTER(?class != ag:Actor) } }
            GROUP BY ?class ORDER BY DESC(?n) ?class""").rows
        facts = run_query(self.graph, """
            SELECT ?p (COUNT(DISTINCT ?f) AS ?statements) (COUNT(DISTINCT CONCAT(STR(?s), " ", STR(?o))) AS ?distinct)
            WHERE { ?f rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }
            GROUP BY ?p ORDER BY DESC(?statements) ?p""").rows
        return {
            "articles": self.articles.count(),
            "quads": len(self.graph),
            "entities": {compact(c).removeprefix("ag:"): int(n.value) for c, n in entities},
            "facts": {compact(p).removeprefix("ag:"): (int(n.value), int(d.value)) for p, n, d in facts},
        }


def _suggest(name: str, labels: list[str]) -> str:
    import difflib

    folded: dict[str, str] = {}
    for label in labels:
        folded.setdefault(label.casefold(), label)
    close = [folded[c] for c in difflib.get_close_matches(name.casefold(), list(folded), n=3, cutoff=0.6)]
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    return f"no entity named {name!r} in the graph{hint}"


def _lock(path: Path, *, exclusive: bool, on_wait: Callable[[str], None] | None) -> int:
    """Take a lock on the data folder, saying so once if another process holds it."""
    import errno

    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as err:
        if err.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise StoreError(f"cannot lock {path}: {err.strerror}") from None
        if exclusive:
            raise StoreError(f"the data folder {path.parent} is read-only") from None
        # A read-only folder: nobody can be writing there, so reading needs no lock.
        return os.open(os.devnull, os.O_RDONLY)
    mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
    try:
        fcntl.flock(fd, mode | fcntl.LOCK_NB)
    except BlockingIOError:
        (on_wait or (lambda msg: print(msg, file=sys.stderr)))(
            f"waiting for another aigraph process using {path.parent} to finish…")
        fcntl.flock(fd, mode)
    return fd
