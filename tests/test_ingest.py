"""Reading and normalising sources (no spaCy needed)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from aigraph.errors import IngestError
from aigraph.ingest import IngestFailure, article_id, make_article, normalize_text, read_sources


def test_ingest_normalize_drops_page_furniture_and_folds_quotes():
    raw = "Written by\nPublished on\nJoin our daily newsletter for breaking news\nJoin Now\n\n  \u2022 Meta\u2019s Llama is open\r\nRecent News\n"
    assert normalize_text(raw) == "Meta's Llama is open"


def test_ingest_normalize_removes_bidi_and_control_characters_and_lone_surrogates():
    raw = "Evil\u202eCorp\x00 builds \udcff models"
    text = normalize_text(raw)
    assert "\u202e" not in text and "\x00" not in text
    text.encode("utf-8")  # no lone surrogate left: this would raise


def test_ingest_article_id_is_the_hash_of_the_normalised_text():
    a = make_article("Title\n\nRussia joined BRICS.\r\n")
    b = make_article("Title\n\nRussia joined BRICS.\n\n\n")
    assert a.id == b.id == article_id("Title\n\nRussia joined BRICS.")
    assert len(a.id) == 16 and a.title == "Title"


def test_ingest_front_matter_gives_metadata():
    article = make_article("---\ntitle: Chips\nsource: Wire\npublished: 2026-01-02\nurl: https://example.org/a\n---\n\nNvidia sells chips.")
    assert (article.title, article.source, article.published, article.url) == ("Chips", "Wire", "2026-01-02", "https://example.org/a")
    assert article.text == "Nvidia sells chips."


@pytest.mark.parametrize("content, reason", [
    (b"", "no article text"),
    (b"Join Now\nRecent News\n", "no article text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    (b"caf\xe9 au lait", "not UTF-8"),
])
def test_ingest_bad_files_fail_with_a_reason(tmp_path: Path, content: bytes, reason: str):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    (item,) = list(read_sources([str(path)]))
    assert isinstance(item, IngestFailure) and reason in item.reason


def test_ingest_missing_path_fails(tmp_path: Path):
    (item,) = list(read_sources([str(tmp_path / "nope.txt")]))
    assert item == IngestFailure(str(tmp_path / "nope.txt"), "no such file or folder")


def test_ingest_folder_is_read_recursively_and_hidden_files_skipped(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("One\n\nRussia is in BRICS.")
    (tmp_path / "two.md").write_text("# Two\n\nIndia is in BRICS.")
    (tmp_path / ".hidden.txt").write_text("Hidden\n\nno")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    titles = sorted(item.title for item in read_sources([str(tmp_path)]))
    assert titles == ["One", "Two"]


def test_ingest_jsonl_reports_a_bad_line_and_keeps_the_good_ones(tmp_path: Path):
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"title": "A", "text": "Alpha text."}), "{not json", json.dumps({"title": "B"}),
             json.dumps({"title": "C", "text": "Gamma text.", "published": "2026-02-01"})]
    path.write_text("\n".join(lines))
    items = list(read_sources([str(path)]))
    good = [i for i in items if not isinstance(i, IngestFailure)]
    bad = [i for i in items if isinstance(i, IngestFailure)]
    assert [a.title for a in good] == ["A", "C"] and good[1].published == "2026-02-01"
    assert [b.source for b in bad] == [f"{path}:2", f"{path}:3"]


def test_ingest_stdin():
    (article,) = list(read_sources(["-"], stdin=io.BytesIO(b"Headline\n\nBody text here.")))
    assert article.title == "Headline" and article.path == "stdin"


def test_ingest_too_long_is_refused():
    with pytest.raises(IngestError, match="more than the limit"):
        make_article("x " * 600_000)
