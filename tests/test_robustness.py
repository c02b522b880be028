"""Nothing lost, nothing half-written: killed ingests, concurrent ingests, read-only and full
disks, corrupted files. Real processes, real files, real signals."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from aigraph import Settings, Workspace

pytestmark = pytest.mark.slow

COUNTRIES = ["Russia", "China", "India", "Brazil", "France", "Germany", "Japan", "Kenya", "Chile", "Canada"]
BLOCS = ["BRICS", "G7", "NATO", "ASEAN", "G20"]
COMPANIES = ["Nvidia", "Huawei", "Sberbank", "Yandex", "OpenAI", "Mistral AI", "Alibaba", "Baidu", "TSMC", "Samsung"]


def make_corpus(folder: Path, n: int, *, seed: int = 1) -> Path:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        c1, c2 = rng.sample(COUNTRIES, 2)
        x, y = rng.sample(COMPANIES, 2)
        (folder / f"report {i:03d} «ü».txt").write_text(
            f"Report number {i}\n\n{c1} is a member of {rng.choice(BLOCS)}, officials said on day {i}. "
            f"{x} invested ${i + 1}m in {y}. {c1} trails {c2} in AI research, according to report {i}.\n",
            encoding="utf-8")
    return folder


def aigraph(*args: str, data_dir: Path, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "AIGRAPH_DATA_DIR": str(data_dir)}
    return subprocess.Popen([sys.executable, "-m", "aigraph", *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, **kwargs)


def snapshot(data_dir: Path) -> tuple[set[str], set[tuple[str, str, str]]]:
    """Article ids and distinct facts, after opening for writing (which repairs an interrupted run)."""
    with Workspace.open(Settings(data_dir=data_dir), write=True):
        pass
    with Workspace.open(Settings(data_dir=data_dir)) as ws:
        ids = ws.articles.ids()
        assert ids == ws.graph.article_ids(), "SQLite and the RDF store disagree"
        for article_id in ids:
            assert bool(ws.graph.query(f"ASK {{ GRAPH <https://w3id.org/aigraph/article/{article_id}> "
                                       "{ ?a dcterms:title ?t ; ag:contentHash ?h } }"))
        facts = {tuple(str(t) for t in row) for row in ws.graph.query(
            "SELECT DISTINCT ?s ?p ?o WHERE { ?f rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }")}
        from aigraph.validate import validate_store

        assert validate_store(ws.graph) == []
    return ids, facts


def test_robust_sigkill_at_random_moments_leaves_whole_articles(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 40)
    clean = tmp_path / "clean"
    done = aigraph("ingest", "-q", str(corpus), data_dir=clean)
    assert done.wait(timeout=300) == 0, done.stderr.read().decode()
    expected = snapshot(clean)
    assert len(expected[0]) == 40
    rng = random.Random(7)
    for trial in range(3):
        data = tmp_path / f"killed{trial}"
        process = aigraph("ingest", "--verbose", str(corpus), data_dir=data)
        stored = 0
        wanted = rng.randint(1, 30)
        while stored < wanted:  # progress lines ("  + id ...") arrive on stderr as articles are stored
            line = process.stderr.readline()
            if not line:
                break
            stored += line.startswith(b"  + ")
        time.sleep(rng.random() * 0.05)
        process.send_signal(signal.SIGKILL)
        process.wait()
        ids, facts = snapshot(data)  # opens, agrees with itself, validates
        assert ids <= expected[0] and facts <= expected[1]
        rerun = aigraph("ingest", "-q", str(corpus), data_dir=data)
        assert rerun.wait(timeout=300) == 0, rerun.stderr.read().decode()
        assert snapshot(data) == expected


def test_robust_two_ingests_at_once(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 24, seed=3)
    files = sorted(corpus.iterdir())
    halves = [tmp_path / "one", tmp_path / "two"]
    for half, chunk in zip(halves, (files[:12], files[12:])):
        half.mkdir()
        for f in chunk:
            shutil.copy(f, half / f.name)
    data = tmp_path / "data"
    first = aigraph("ingest", "-q", str(halves[0]), data_dir=data)
    second = aigraph("ingest", "-q", str(halves[1]), data_dir=data)
    outputs = [p.communicate(timeout=300) for p in (first, second)]
    assert first.returncode == 0 and second.returncode == 0, outputs
    for out, err in outputs:
        assert b"Traceback" not in err and b"database is locked" not in err
    ids, _ = snapshot(data)
    assert len(ids) == 24


@pytest.fixture
def mounted(tmp_path):
    """A tmpfs mount point (root only: the CI runs as root)."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root to mount a tmpfs")
    mounts = []

    def mount(name: str, options: str) -> Path:
        point = tmp_path / name
        point.mkdir()
        result = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)], capture_output=True)
        if result.returncode != 0:
            pytest.skip(f"cannot mount tmpfs here: {result.stderr.decode().strip()}")
        mounts.append(point)
        return point

    yield mount
    for point in reversed(mounts):
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


def test_robust_read_only_data_dir(tmp_path, mounted):
    corpus = make_corpus(tmp_path / "corpus", 3)
    point = mounted("ro", "size=64m")
    data = point / "data"
    assert aigraph("ingest", "-q", str(corpus), data_dir=data).wait(timeout=300) == 0
    subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True)
    for args in (["stats"], ["articles", "list"], ["query", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"], ["show", "Russia"]):
        p = aigraph(*args, data_dir=data)
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, (args, err.decode())
    more = make_corpus(tmp_path / "more", 2, seed=9)
    p = aigraph("ingest", str(more), data_dir=data)
    out, err = p.communicate(timeout=120)
    assert p.returncode == 1
    assert err.decode().strip().splitlines()[-1] == f"Error: the data folder {data} is read-only"


def test_robust_full_disk(tmp_path, mounted):
    corpus = make_corpus(tmp_path / "corpus", 60)
    point = mounted("full", "size=1500k")
    data = point / "data"
    p = aigraph("ingest", "-q", str(corpus), data_dir=data)
    out, err = p.communicate(timeout=300)
    message = err.decode().strip().splitlines()[-1]
    assert p.returncode == 1 and "Traceback" not in err.decode(), err.decode()
    assert "No space left on device" in message and str(data) in message, message
    subprocess.run(["mount", "-o", "remount,size=64m", str(point)], check=True)
    ids, _ = snapshot(data)  # whatever was stored is whole
    rerun = aigraph("ingest", "-q", str(corpus), data_dir=data)
    assert rerun.wait(timeout=300) == 0
    assert len(snapshot(data)[0]) == 60


def test_robust_corrupted_files_give_clear_errors(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 2)
    data = tmp_path / "data"
    assert aigraph("ingest", "-q", str(corpus), data_dir=data).wait(timeout=300) == 0
    broken_db = tmp_path / "broken-db"
    shutil.copytree(data, broken_db)
    (broken_db / "articles.db").write_bytes(b"this is not a database" * 100)
    for name in ("articles.db-wal", "articles.db-shm"):
        (broken_db / name).unlink(missing_ok=True)
    p = aigraph("stats", data_dir=broken_db)
    out, err = p.communicate(timeout=120)
    assert p.returncode == 1
    assert err.decode().strip() == f"Error: cannot open the article database {broken_db / 'articles.db'}: file is not a database"
    broken_store = tmp_path / "broken-store"
    shutil.copytree(data, broken_store)
    (broken_store / "store" / "CURRENT").write_bytes(b"garbage\n")
    p = aigraph("stats", data_dir=broken_store)
    out, err = p.communicate(timeout=120)
    assert p.returncode == 1 and "Traceback" not in err.decode()
    assert err.decode().startswith(f"Error: cannot open the RDF store at {broken_store / 'store'}")
    # the intact copy is untouched by all this
    assert len(snapshot(data)[0]) == 2


@pytest.mark.parametrize("n_articles,stop_at", [(6, 3), (40, 20)])
def test_robust_interrupted_in_process_ingest_leaves_rows_and_graphs_together(tmp_path, extractor, n_articles, stop_at):
    # An interrupt between two articles leaves every stored article with both its row and its
    # graph, also past the first zone of 16 articles.
    from aigraph.ingest import read_sources

    corpus = make_corpus(tmp_path / "corpus", n_articles)
    data_dir = tmp_path / "data"
    seen = []

    def progress(article, n_facts):
        seen.append(article.id)
        if len(seen) == stop_at:
            raise KeyboardInterrupt

    with Workspace.open(Settings(data_dir=data_dir), write=True) as ws:
        with pytest.raises(KeyboardInterrupt):
            ws.ingest(read_sources([str(corpus)]), extractor=extractor, progress=progress)
    # Nothing to repair: SQLite and the RDF store agree without reconcile().
    with Workspace.open(Settings(data_dir=data_dir)) as ws:
        assert ws.articles.ids() == ws.graph.article_ids() == set(seen)
    ids, facts = snapshot(data_dir)
    assert ids == set(seen) and facts
    # rows come in input order, each once
    order = [a.id for a in read_sources([str(corpus)])]
    assert seen == order[:stop_at]


def test_robust_interrupt_while_parsing_keeps_the_articles_already_extracted(tmp_path, extractor):
    # Ctrl-C arriving while the next article is parsed (the real extractor, stopped after three
    # articles): the three articles already extracted are stored whole, the rest not at all.
    from aigraph.ingest import read_sources

    class InterruptedAfterThree:
        def extract(self, articles):
            for n, item in enumerate(extractor.extract(articles), start=1):
                yield item
                if n == 3:
                    raise KeyboardInterrupt

    corpus = make_corpus(tmp_path / "corpus", 6)
    data_dir = tmp_path / "data"
    with Workspace.open(Settings(data_dir=data_dir), write=True) as ws:
        with pytest.raises(KeyboardInterrupt):
            ws.ingest(read_sources([str(corpus)]), extractor=InterruptedAfterThree())
    with Workspace.open(Settings(data_dir=data_dir)) as ws:
        assert len(ws.articles.ids()) == 3
        assert ws.articles.ids() == ws.graph.article_ids()
