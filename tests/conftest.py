"""Shared fixtures. The real spaCy pipeline is built once per session; stores are real files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from aigraph import Settings, Workspace
from aigraph.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed-article.txt"


@pytest.fixture(scope="session")
def extractor():
    """The real extraction pipeline (spaCy model + gazetteer + rules), built once."""
    from aigraph.extract import shared_extractor

    return shared_extractor(None)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def invoke(runner: CliRunner, data_dir: Path, extractor):
    """Run the CLI in-process against a fresh data dir (the pipeline is built once per process)."""

    def run(*args: str, input: str | bytes | None = None):
        return runner.invoke(cli, ["--data-dir", str(data_dir), *args], input=input, catch_exceptions=False)

    return run


@pytest.fixture(scope="session")
def samples_dir(tmp_path_factory, extractor) -> Path:
    """A data dir holding every sample article (and the seed article when present), ingested once
    and shared read-only by the tests that only read."""
    from aigraph.ingest import read_sources

    data = tmp_path_factory.mktemp("samples") / "data"
    sources = [str(SAMPLES)] + ([str(SEED)] if SEED.exists() else [])
    with Workspace.open(Settings(data_dir=data), write=True) as ws:
        report = ws.ingest(read_sources(sources), extractor=extractor)
    assert not report.failed, report.failed
    return data


def run_aigraph(*args: str, data_dir: Path, input: bytes | None = None, timeout: int = 120) -> subprocess.CompletedProcess:
    """The installed CLI in a separate process, as a user runs it."""
    env = {**os.environ, "AIGRAPH_DATA_DIR": str(data_dir)}
    return subprocess.run([sys.executable, "-m", "aigraph", *args], input=input, capture_output=True,
                          env=env, timeout=timeout)


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(autouse=True)
def rules_never_fail(caplog):
    """The extractor reports a failing rule pass as a warning and goes on (one odd text must not
    stop an ingest); in the tests any such failure is a bug, so it fails the test."""
    import logging

    caplog.set_level(logging.WARNING, logger="aigraph.rules")
    yield
    failures = [r.getMessage() for r in caplog.records if r.name == "aigraph.rules" and "rules failed" in r.getMessage()]
    assert not failures, failures
