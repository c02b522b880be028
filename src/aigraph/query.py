"""SPARQL: safety checks, saved queries, and output as table, CSV, TSV, JSON or Turtle."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from .errors import NotFoundError, QueryError
from .vocab import PREFIXES

FORMATS = ("table", "csv", "tsv", "json", "ttl")
MAX_QUERY_CHARS = 2_000_000


@dataclass(frozen=True)
class QueryResult:
    """What a query returned: kind is "select", "ask" or "graph"."""

    kind: str
    variables: list[str]
    rows: list[list[object]]  # pyoxigraph terms (None for unbound)
    boolean: bool | None = None
    triples: list[ox.Triple] | None = None
    raw_bytes: dict[str, bytes] | None = None


def _walk(node, names: set[str], prefixes: set[str]) -> None:
    """Collect the parse tree's node names (ServiceGraphPattern, DatasetClause …) and the
    prefixes of its prefixed names, in one pass."""
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        names.add(node.name)
        if node.name == "pname":
            prefixes.add(dict.get(node, "prefix") or "")
        if "datasetClause" in node:  # CompValue.get() answers the key's name when it is missing
            names.add("DatasetClause")
        for value in node.values():
            _walk(value, names, prefixes)
    elif isinstance(node, (list, tuple)) or hasattr(node, "asList"):
        for item in node:
            _walk(item, names, prefixes)


def check_query(sparql: str, *, allow_service: bool = False) -> None:
    """Parse a query before it runs and refuse what a read-only, offline query must not do.

    The query is parsed by rdflib (never executed there): Oxigraph would run SERVICE natively,
    out of reach of Python audit hooks, so the check has to happen first.

    Raises:
        QueryError: a syntax error (with line and column), an update, SERVICE, FROM or LOAD.
    """
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    if len(sparql) > MAX_QUERY_CHARS:
        raise QueryError(f"query is {len(sparql):,} characters long; the limit is {MAX_QUERY_CHARS:,}")
    if not sparql.strip():
        raise QueryError("empty query")
    try:
        tree = parseQuery(sparql)
    except ParseException as err:
        try:
            parseUpdate(sparql)
        except ParseException:
            near = err.line[max(err.col - 1, 0):][:40].strip() or err.line.strip()[-40:]
            raise QueryError(f"SPARQL syntax error at line {err.lineno}, column {err.col}: "
                             f"{err.msg} near {near!r}") from None
        raise QueryError("this is a SPARQL Update; `aigraph query` is read-only "
                         "(add data with `aigraph ingest`, remove it with `aigraph articles remove`)") from None
    except RecursionError:
        raise QueryError("query is nested too deeply to parse") from None
    found: set[str] = set()
    used_prefixes: set[str] = set()
    _walk(tree, found, used_prefixes)
    declared = set(PREFIXES) | {d.get("prefix") or "" for d in tree[0] if getattr(d, "name", "") == "PrefixDecl"}
    for prefix in sorted(used_prefixes - declared):
        raise QueryError(f"unknown prefix {prefix}: (declare it with PREFIX {prefix}: <...>; "
                         f"predeclared: {', '.join(PREFIXES)})")
    if "ServiceGraphPattern" in found and not allow_service:
        raise QueryError("SERVICE is refused: it would make a network request "
                         "(pass --allow-service to permit it)")
    if "DatasetClause" in found:
        raise QueryError("FROM and FROM NAMED are refused: they would load graphs from files or the network; "
                         "use GRAPH ?g { ... } to query one article's graph")


def _where_group_start(sparql: str) -> int | None:
    """Index just inside the "{" that opens the query's WHERE group, or None when unsure.

    Comments, strings and IRIs are skipped, so braces inside them do not count.
    """
    i, n = 0, len(sparql)
    form = None
    seen_where = False
    while i < n:
        ch = sparql[i]
        if ch == "#":
            end = sparql.find("\n", i)
            i = n if end == -1 else end + 1
            continue
        if ch in "\"'":
            quote = sparql[i:i + 3] if sparql[i:i + 3] in ('"""', "'''") else ch
            j = i + len(quote)
            while j < n and sparql[j:j + len(quote)] != quote:
                j += 2 if sparql[j] == "\\" else 1
            i = j + len(quote)
            continue
        if ch == "<":
            match = re.match(r"<[^<>\"{}|^`\\\s]*>", sparql[i:])
            if match:
                i += match.end()
                continue
        if ch.isalpha():
            match = re.match(r"[A-Za-z_][A-Za-z0-9_]*", sparql[i:])
            word = match.group(0).upper()
            if form is None and word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
                form = word
            elif word == "WHERE":
                if form == "CONSTRUCT" and not seen_where and sparql[:i].rstrip().upper().endswith("CONSTRUCT"):
                    return None  # CONSTRUCT WHERE { ... } may hold only triple patterns
                seen_where = True
            i += match.end()
            continue
        if ch == "{":
            if seen_where or form in ("SELECT", "ASK", "DESCRIBE"):
                return i + 1
            if form != "CONSTRUCT":
                return None
            depth = 0  # skip the CONSTRUCT template; its WHERE group follows
            while i < n:
                depth += {"{": 1, "}": -1}.get(sparql[i], 0)
                i += 1
                if depth == 0:
                    break
            seen_where = True
            continue
        i += 1
    return None


def bind_values(sparql: str, bindings: dict[str, object]) -> str:
    """Bind variables to RDF terms with a VALUES block at the start of the WHERE group.

    The terms are written by pyoxigraph (N-Triples syntax, escaped), never pasted from user text.
    Inside the group the values constrain the pattern from the start (FILTERs see them and the
    engine can use them to plan); when the group cannot be found the VALUES clause trails the
    query instead.

    >>> print(bind_values("SELECT ?x WHERE { ?x ?p ?o }", {"o": ox.Literal('say "hi"')}))
    SELECT ?x WHERE { VALUES (?o) { ("say \\"hi\\"") } ?x ?p ?o }
    """
    if not bindings:
        return sparql
    names = list(bindings)
    for name in names:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"not a SPARQL variable name: {name!r}")
    variables = " ".join(f"?{n}" for n in names)
    values = " ".join(str(bindings[n]) for n in names)
    block = f"VALUES ({variables}) {{ ({values}) }}"
    at = _where_group_start(sparql)
    if at is None:
        return f"{sparql.rstrip()}\n{block}"
    return f"{sparql[:at]} {block}{sparql[at:]}"


def execute(store, sparql: str, *, allow_service: bool = False, bindings: dict[str, object] | None = None):
    """Check a query and run it on a GraphStore; returns pyoxigraph's result object.

    Raises:
        QueryError: the query is refused or fails.
    """
    check_query(sparql, allow_service=allow_service)
    sparql = bind_values(sparql, bindings or {})
    try:
        return store.query(sparql)
    except SyntaxError as err:
        raise QueryError(f"SPARQL error: {err}") from None
    except (OSError, RuntimeError, ValueError) as err:
        raise QueryError(f"query failed: {err}") from None


def run_query(store, sparql: str, *, allow_service: bool = False, bindings: dict[str, object] | None = None) -> QueryResult:
    """Check and run a query, with every row read into memory (for Python callers and tables).

    bindings are joined as a trailing VALUES clause (see bind_values).
    """
    return materialize(execute(store, sparql, allow_service=allow_service, bindings=bindings))


def materialize(raw) -> QueryResult:
    if isinstance(raw, ox.QueryBoolean):
        return QueryResult(kind="ask", variables=[], rows=[], boolean=bool(raw))
    if isinstance(raw, ox.QuerySolutions):
        variables = [v.value for v in raw.variables]
        rows = [[solution[v] for v in variables] for solution in raw]
        return QueryResult(kind="select", variables=variables, rows=rows)
    return QueryResult(kind="graph", variables=[], rows=[], triples=list(raw))


def compact(term: object) -> str:
    """A term as a person reads it: prefixed IRIs, plain literal values."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in PREFIXES.items():
            if term.value.startswith(ns) and term.value != ns:
                return f"{prefix}:{term.value[len(ns):]}"
        return term.value
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


_RESULT_FORMATS = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
                   "json": ox.QueryResultsFormat.JSON}


def render(raw, fmt: str) -> str:
    """Render a pyoxigraph result in one of FORMATS, with pyoxigraph's own writers for
    CSV, TSV, SPARQL JSON and Turtle.

    Raises:
        QueryError: Turtle asked of a SELECT or ASK query.
    """
    if not isinstance(raw, (ox.QuerySolutions, ox.QueryBoolean)):  # CONSTRUCT/DESCRIBE triples
        buffer = io.BytesIO()
        ox.serialize(raw, buffer, format=ox.RdfFormat.TURTLE, prefixes=dict(PREFIXES))
        return buffer.getvalue().decode("utf-8")
    if fmt == "ttl":
        raise QueryError("Turtle output needs a CONSTRUCT or DESCRIBE query; use table, csv, tsv or json")
    if fmt in _RESULT_FORMATS:
        text = raw.serialize(format=_RESULT_FORMATS[fmt]).decode("utf-8")
        return text if text.endswith("\n") else text + "\n"
    result = materialize(raw)
    if result.kind == "ask":
        return ("yes" if result.boolean else "no") + "\n"
    return format_table(result.variables, [[compact(t) for t in row] for row in result.rows])


def format_table(headers: list[str], rows: list[list[str]], *, max_width: int = 80) -> str:
    """An aligned plain-text table; long cells are cut with an ellipsis."""
    def cell(value: str) -> str:
        value = " ".join(str(value).split())
        return value if len(value) <= max_width else value[: max_width - 1] + "…"

    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- saved queries

def _saved_dir() -> Path:
    return Path(str(resources.files("aigraph") / "queries"))


def saved_queries() -> dict[str, tuple[str, str]]:
    """Saved queries shipped with the package: name -> (description, SPARQL)."""
    found = {}
    for path in sorted(_saved_dir().glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        description = ""
        for line in text.splitlines():
            if line.startswith("#"):
                description = line.lstrip("# ").strip()
                break
        found[path.stem] = (description, text)
    return found


def saved_query(name: str) -> str:
    """The text of a saved query.

    Raises:
        NotFoundError: no saved query of that name.
    """
    queries = saved_queries()
    if name not in queries:
        raise NotFoundError(f"no saved query {name!r}; available: {', '.join(queries)}")
    return queries[name][1]


def query_parameters(sparql: str) -> list[str]:
    """Parameters a saved query declares with lines like ``# param: bloc (a bloc's name)``."""
    params = []
    for line in sparql.splitlines():
        stripped = line.strip()
        if stripped.startswith("# param:"):
            params.append(stripped.split(":", 1)[1].split()[0])
    return params


def call_with_timeout(func, *, timeout: float):
    """Run ``func()`` in a forked child process and return its result, killing the child when it
    runs longer than ``timeout`` seconds.

    Oxigraph evaluates a query in native code that a Python signal handler cannot interrupt, so a
    runaway query is stopped by ending the process that runs it; nothing is left behind.

    Raises:
        QueryError: the time ran out, or the child failed.
    """
    import multiprocessing

    from .errors import AigraphError

    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)

    def child() -> None:
        try:
            sender.send(("ok", func()))
        except AigraphError as err:
            sender.send(("error", str(err)))
        except BaseException as err:  # report, never hang the parent
            sender.send(("error", f"query failed: {err}"))

    process = context.Process(target=child, daemon=True)
    process.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise QueryError(f"query stopped after {timeout:g} s; raise --timeout for long queries")
        status, value = receiver.recv()
    except EOFError:
        raise QueryError(f"query process ended unexpectedly (exit code {process.exitcode})") from None
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        receiver.close()
    if status != "ok":
        raise QueryError(value)
    return value
