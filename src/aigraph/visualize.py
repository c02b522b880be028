"""Graph pages: facts from the store -> networkx graph -> pyvis network -> one self-contained
HTML file that opens offline.

pyvis builds the nodes, edges and options; the page itself comes from our own template
(templates/graph.html), because pyvis's template pulls Bootstrap from a CDN, writes the heading
and select-menu ids unescaped and switches every tooltip to innerHTML when a title contains
"href". Our template inlines vis-network from the pyvis package, embeds the data with Jinja's
``tojson`` (safe inside <script>) and puts every piece of article text into the page as text.
"""

from __future__ import annotations

import json
import math
from importlib import resources
from pathlib import Path

import networkx as nx

from .analyze import GraphSelection, build_graph, most_central  # noqa: F401 (re-exported)
from .vocab import CLASSES, relation_label

#: Node colour of each class (colour-blind-safe palette, Okabe-Ito plus greys).
CLASS_COLOURS = {
    "Country": "#0072B2", "Bloc": "#E69F00", "Company": "#009E73", "GovernmentBody": "#D55E00",
    "ResearchOrganization": "#CC79A7", "Person": "#F0E442", "AIModel": "#56B4E9", "Index": "#999999",
    "Region": "#332288", "City": "#882255",
}
CLASS_LABELS = {"GovernmentBody": "government body", "ResearchOrganization": "research organization",
                "AIModel": "AI model / product", "Country": "country", "Bloc": "bloc", "Company": "company",
                "Person": "person", "Index": "index", "Region": "region", "City": "city"}
#: Up to this many nodes vis-network's physics refines the precomputed layout; above it physics
#: starts switched off (a 2,000-node page settles in minutes with physics, draws in about a second
#: without: see bench/bench.py, section 4).
PHYSICS_MAX_NODES = 60

def _layout(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Positions computed ahead in networkx, so large pages draw at once without physics.

    Each connected component is laid out on its own and the components are packed in rows,
    largest first: laid out together, small islands drift to the edges and the first view,
    zoomed to fit them all, shows the main cluster too small to read.
    """
    if graph.number_of_nodes() == 0:
        return {}
    simple = nx.Graph(graph.to_undirected())
    components = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(c)))
    placed: dict[str, tuple[float, float]] = {}
    # Rows as wide as the largest component: the whole picture stays roughly square.
    row_width = max(2 * 120 * math.sqrt(len(components[0])) + 60, 900)
    x = y = row_height = 0.0
    for component in components:
        sub = simple.subgraph(component)
        n = sub.number_of_nodes()
        radius = 120 * math.sqrt(n) if n > 1 else 40
        if n == 1:
            local = {next(iter(component)): (0.0, 0.0)}
        else:
            # networkx's sparse Fruchterman-Reingold (scipy) above 500 nodes: about 0.4 s per
            # iteration at 2,000 nodes here, so big components get fewer iterations.
            local = nx.spring_layout(sub, seed=7, k=2.0 / math.sqrt(n),
                                     iterations=50 if n < 500 else 15 if n < 3000 else 8)
        if x > 0 and x + 2 * radius > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for v, (px, py) in local.items():
            placed[v] = (x + radius + float(px) * radius, y + radius + float(py) * radius)
        x += 2 * radius + 60
        row_height = max(row_height, 2 * radius + 60)
    return placed


def _curvature(graph: nx.MultiDiGraph) -> dict[tuple[str, str, str], dict]:
    """Edges between the same two nodes bend apart so their labels do not overlap."""
    by_pair: dict[frozenset, list] = {}
    for s, o, key in graph.edges(keys=True):
        by_pair.setdefault(frozenset((s, o)), []).append((s, o, key))
    smooth = {}
    for edges in by_pair.values():
        if len(edges) == 1:
            continue
        for number, edge in enumerate(sorted(edges)):
            smooth[edge] = {"enabled": True, "type": "curvedCW" if number % 2 else "curvedCCW",
                            "roundness": 0.15 + 0.15 * (number // 2)}
    return smooth


def _edge_tooltip(source: str, target: str, data: dict) -> str:
    lines = [f"{source} {relation_label(data['relation'])} {target}",
             f"confidence {data['confidence']:.2f} · {data['articles']} article{'s' if data['articles'] != 1 else ''}"]
    for item in data["evidence"][:3]:
        when = f", {item['published']}" if item["published"] else ""
        modality = "" if item["modality"] == "asserted" else f" [{item['modality']}]"
        lines.append(f"“{item['sentence'][:300]}”{modality}\n  — {item['title'][:120]}{when}")
    if len(data["evidence"]) > 3:
        lines.append(f"… and {len(data['evidence']) - 3} more")
    return "\n".join(lines)


def render_page(graph: nx.MultiDiGraph, *, title: str = "aigraph", physics: bool | None = None) -> str:
    """An interactive, self-contained HTML page of the graph.

    physics None (the default) lays the graph out in networkx and lets vis-network's physics
    refine it only up to PHYSICS_MAX_NODES nodes; True leaves the whole layout to the browser's
    physics (what a default pyvis page does); False draws the networkx layout as it is.
    """
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from pyvis.network import Network

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    positions = {} if physics else _layout(graph)
    if physics is None:
        physics = graph.number_of_nodes() <= PHYSICS_MAX_NODES
    ids = {v: i for i, v in enumerate(sorted(graph.nodes))}
    degree = dict(graph.degree())
    for v, data in graph.nodes(data=True):
        cls = data["cls"]
        n_facts = degree.get(v, 0)
        where = {"x": positions[v][0], "y": positions[v][1]} if v in positions else {}
        # Opaque numeric ids: names go only into label and title, which vis-network shows as text.
        net.add_node(ids[v], label=data["label"], title=f"{data['label']}\n{CLASS_LABELS.get(cls, cls)} · {n_facts} fact{'s' if n_facts != 1 else ''}",
                     color=CLASS_COLOURS.get(cls, "#777777"), shape="dot", size=10 + 4 * math.sqrt(n_facts),
                     cls=cls, **where)
    dates: list[str] = []
    curves = _curvature(graph)
    for s, o, key, data in graph.edges(keys=True, data=True):
        newest = max((e["published"] for e in data["evidence"] if e["published"]), default="")
        if newest:
            dates.append(newest)
        bend = {"smooth": curves[(s, o, key)]} if (s, o, key) in curves else {}
        net.add_edge(ids[s], ids[o], label=relation_label(data["relation"]), **bend,
                     title=_edge_tooltip(graph.nodes[s]["label"], graph.nodes[o]["label"], data),
                     width=1 + 1.5 * math.log2(data["articles"]), relation=data["relation"],
                     confidence=round(data["confidence"], 3), published=newest,
                     arrows="to", color={"color": "#888888", "highlight": "#222222"})
    options = {
        "physics": {"enabled": physics, "stabilization": {"enabled": physics, "iterations": 150},
                    "barnesHut": {"springLength": 140, "avoidOverlap": 0.2}},
        "edges": {"font": {"size": 10, "align": "middle", "strokeWidth": 3}, "smooth": False,
                  "arrows": {"to": {"scaleFactor": 0.5}}},
        "nodes": {"font": {"size": 24, "strokeWidth": 4, "strokeColor": "#ffffff"}},
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False, "keyboard": False},
    }
    net.set_options(json.dumps(options))
    nodes, edges, _, _, _, _ = net.get_network_data()
    lib = Path(str(resources.files("pyvis"))) / "templates" / "lib" / "vis-9.1.2"
    env = Environment(loader=FileSystemLoader(str(Path(__file__).parent / "templates")),
                      autoescape=select_autoescape(["html"]))
    present = sorted({d["cls"] for _, d in graph.nodes(data=True)}, key=CLASSES.index)
    relations_present = sorted({d["relation"] for _, _, d in graph.edges(data=True)})
    total = graph.graph.get("total_nodes", graph.number_of_nodes())
    return env.get_template("graph.html").render(
        title=title,
        vis_js=(lib / "vis-network.min.js").read_text(encoding="utf-8"),
        vis_css=(lib / "vis-network.css").read_text(encoding="utf-8"),
        nodes=nodes, edges=edges, options=options,
        legend=[{"cls": c, "label": CLASS_LABELS.get(c, c), "colour": CLASS_COLOURS.get(c, "#777")} for c in present],
        relations=[{"name": r, "label": relation_label(r)} for r in relations_present],
        n_nodes=graph.number_of_nodes(), n_edges=graph.number_of_edges(), total_nodes=total,
        physics=physics, first_date=min(dates, default=""), last_date=max(dates, default=""),
    )


def write_page(graph: nx.MultiDiGraph, path: Path, *, title: str = "aigraph") -> Path:
    """Render and write a page (never half-written); the folder is created when missing."""
    from .export import write_atomically

    write_atomically(path, render_page(graph, title=title).encode("utf-8"))
    return path
