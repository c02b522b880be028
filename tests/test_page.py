"""Graph pages in a real browser (Debian's chromium driven by Playwright): offline, no console
errors, the right number of nodes, a working search box, and hostile text that stays text."""

from __future__ import annotations

import os
from pathlib import Path

import networkx as nx
import pytest

from aigraph import Settings, Workspace
from aigraph.visualize import GraphSelection, build_graph, write_page

from .conftest import chromium_path

pytestmark = pytest.mark.slow

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync"]
HOSTILE = '<img src=x onerror="window.__pwned=1">"\u202eevil\nhref=\'javascript:alert(1)\''


@pytest.fixture(scope="module")
def browser():
    path = chromium_path()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; `make test` installs Debian's chromium")
        pytest.skip("chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def open_page(browser, path: Path):
    page = browser.new_page(viewport={"width": 1300, "height": 850})
    events = {"requests": [], "errors": []}
    page.on("request", lambda r: events["requests"].append(r.url))
    page.on("console", lambda m: m.type == "error" and events["errors"].append(m.text))
    page.on("pageerror", lambda e: events["errors"].append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_function("window.aigraph !== undefined")
    return page, events


def test_page_of_the_samples_works_offline(browser, samples_dir, tmp_path):
    with Workspace.open(Settings(data_dir=samples_dir)) as ws:
        graph = build_graph(ws.graph, GraphSelection())
    path = write_page(graph, tmp_path / "graph.html", title="samples")
    page, events = open_page(browser, path)
    assert events["requests"] == [path.as_uri()]  # nothing but the page itself
    assert page.evaluate("window.aigraph.nodes.length") == graph.number_of_nodes()
    assert page.evaluate("window.aigraph.edges.length") == graph.number_of_edges()
    page.fill("#search", "russia")
    page.press("#search", "Enter")
    selected = page.evaluate("window.aigraph.network.getSelectedNodes().map(id => window.aigraph.nodes.get(id).label)")
    assert selected == ["Russia"]
    assert "Russia" in page.text_content("#details")
    # Filters act at once, the first one too (the network's own drawn edges are counted), and
    # the summary line follows them.
    drawn_edges = "window.aigraph.network.body.edgeIndices.filter(id => window.aigraph.network.body.edges[id].options.hidden !== true).length"
    assert page.evaluate(drawn_edges) == graph.number_of_edges()
    page.eval_on_selector("#min-confidence", "e => { e.value = '0.85'; e.dispatchEvent(new Event('input')); }")
    strong = sum(1 for *_, d in graph.edges(data=True) if d["confidence"] >= 0.85)
    assert page.evaluate(drawn_edges) == page.evaluate("window.aigraph.shownEdges()") == strong < graph.number_of_edges()
    assert page.text_content("#summary").endswith(f"{strong} relations shown")
    page.uncheck(".cls-filter[value=Country]")
    assert page.evaluate("window.aigraph.shownNodes()") < graph.number_of_nodes()
    hidden_country = page.evaluate("window.aigraph.nodes.get({filter: n => n.cls === 'Country'}).every(n => n.hidden)")
    assert hidden_country
    page.screenshot(path=str(tmp_path / "graph.png"))
    assert (tmp_path / "graph.png").stat().st_size > 10_000
    assert events["errors"] == []
    page.close()


def test_page_hostile_names_stay_text(browser, tmp_path):
    graph = nx.MultiDiGraph()
    graph.add_node("a", label=HOSTILE, cls="Company")
    graph.add_node("b", label="Россия </script><script>window.__pwned=2</script>", cls="Country")
    graph.add_edge("a", "b", key="headquarteredIn", relation="headquarteredIn", confidence=0.9, articles=1,
                   evidence=[{"sentence": "<script>window.__pwned=3</script> & \"quotes\" href", "title": "<b>title</b>",
                              "published": "2026-01-01", "article": "0" * 16, "confidence": 0.9, "modality": "asserted"}])
    path = write_page(graph, tmp_path / "hostile.html", title="<script>window.__pwned=4</script>")
    page, events = open_page(browser, path)
    page.fill("#search", "evil")
    page.press("#search", "Enter")
    node_id = page.evaluate("window.aigraph.network.getSelectedNodes()[0]")
    position = page.evaluate(f"window.aigraph.network.canvasToDOM(window.aigraph.network.getPositions([{node_id}])[{node_id}])")
    box = page.locator("#network").bounding_box()
    page.mouse.move(box["x"] + position["x"], box["y"] + position["y"])
    page.mouse.click(box["x"] + position["x"], box["y"] + position["y"])
    page.wait_for_timeout(400)
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    details = page.text_content("#details")
    assert '<img src=x onerror="window.__pwned=1">' in details and "<script>window.__pwned=3</script>" in details
    assert page.text_content("#page-title") == "<script>window.__pwned=4</script>"
    assert events["errors"] == [] and events["requests"] == [path.as_uri()]
    page.close()


def test_page_of_2000_nodes_draws_without_physics(browser, tmp_path):
    """A large graph gets its layout ahead of time and physics off, and the page comes up."""
    import random

    rng = random.Random(3)
    graph = nx.MultiDiGraph()
    classes = ["Country", "Company", "Person", "AIModel", "Bloc"]
    for i in range(2000):
        graph.add_node(f"n{i}", label=f"Entity {i}", cls=classes[i % len(classes)])
    for i in range(1, 2000):
        j = rng.randrange(i)
        graph.add_edge(f"n{i}", f"n{j}", key="partnersWith", relation="partnersWith", confidence=0.8, articles=1,
                       evidence=[{"sentence": f"Entity {i} works with Entity {j}.", "title": "t", "published": "",
                                  "article": "0" * 16, "confidence": 0.8, "modality": "asserted"}])
    path = write_page(graph, tmp_path / "big.html")
    page, events = open_page(browser, path)
    page.wait_for_function("window.aigraph.network.getPositions(['1'])['1'] !== undefined", timeout=60_000)
    assert page.evaluate("window.aigraph.nodes.length") == 2000
    assert page.evaluate("document.getElementById('physics').checked") is False
    page.fill("#search", "Entity 1999")
    page.press("#search", "Enter")
    assert page.text_content("#search-status") == "Entity 1999"
    assert events["errors"] == []
    page.close()
