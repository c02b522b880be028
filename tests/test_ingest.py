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
    (bytes(range(128, 256)) * 40, "not text in an encoding we can tell"),
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
        make_article("x " * 3_000_000)


def test_ingest_other_encodings_are_detected(tmp_path: Path):
    russian = "Россия и Китай\n\nРоссия вступила в БРИКС, заявили в Москве. Сбербанк развивает GigaChat."
    (tmp_path / "ru.txt").write_bytes(russian.encode("cp1251"))
    (tmp_path / "fr.txt").write_bytes("Café au lait\n\nLe café est prêt à Paris, dit-elle.".encode("latin-1"))
    by_title = {a.title: a for a in read_sources([str(tmp_path)])}
    assert by_title["Россия и Китай"].text == russian
    assert "prêt à Paris" in by_title["Café au lait"].text


def test_ingest_html_page_main_text_and_metadata(tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_text("""<!doctype html><html><head><title>Chips &amp; sanctions | Meridian</title>
<meta property="og:title" content="Chips and sanctions"><meta name="author" content="Jane Roe">
<meta property="og:site_name" content="Meridian Wire"><meta property="article:published_time" content="2026-03-14T08:00:00Z">
</head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav><script>window.evil = 1</script>
<article><h1>Chips and sanctions</h1><p>The United States imposed export controls on Huawei on Tuesday, officials said.</p>
<p>Nvidia CEO Jensen Huang said the rules would hurt American firms more than Chinese ones.</p></article>
<aside><h3>Related stories</h3><ul><li><a href="/x">Apple buys everything</a></li></ul></aside>
<iframe src="http://127.0.0.1:9/ad"></iframe><img src=x onerror="alert(1)"></body></html>""", encoding="utf-8")
    (article,) = list(read_sources([str(page)]))
    assert article.title == "Chips and sanctions"
    assert article.source == "Meridian Wire" and article.published == "2026-03-14"
    assert "export controls on Huawei" in article.text and "Jensen Huang" in article.text
    for junk in ("Home", "window.evil", "Related stories", "Apple buys", "onerror"):
        assert junk not in article.text


def test_ingest_feed_entries_become_articles(tmp_path: Path):
    feed = tmp_path / "feed.rss"
    feed.write_text("""<?xml version="1.0"?><rss version="2.0"><channel><title>Meridian Wire</title>
<item><title>Russia joins new AI pact</title><link>https://example.org/a</link>
<pubDate>Sat, 14 Mar 2026 08:00:00 GMT</pubDate><description>&lt;p&gt;Russia is a member of BRICS.&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</description></item>
<item><title>Empty one</title><link>https://example.org/b</link></item>
</channel></rss>""", encoding="utf-8")
    items = list(read_sources([str(feed)]))
    article = items[0]
    assert article.title == "Russia joins new AI pact" and article.url == "https://example.org/a"
    assert article.published == "2026-03-14T08:00:00+00:00" and article.source == "Meridian Wire"
    assert "Russia is a member of BRICS." in article.text and "x()" not in article.text
    assert len(items) == 2


def test_ingest_feed_with_entity_expansion_is_refused(tmp_path: Path):
    bomb = tmp_path / "bomb.xml"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
                    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><rss><channel><title>&c;</title><item><title>&c;</title>'
                    '<description>&c;</description></item></channel></rss>')
    (item,) = list(read_sources([str(bomb)]))
    assert isinstance(item, IngestFailure) and "refused: the feed declares XML entities" in item.reason


def test_ingest_symlink_loop_and_odd_file_names(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "loop").symlink_to(tmp_path)
    (tmp_path / "a" / "it's \"quoted\" — «ü» name.txt").write_text("Odd name\n\nIndia trails China.")
    items = list(read_sources([str(tmp_path)]))
    assert [i.title for i in items] == ["Odd name"]


def test_ingest_url_schemes_and_link_local_are_refused():
    items = list(read_sources(["file:///etc/passwd", "http://169.254.169.254/latest/meta-data/", "ftp://example.org/x"]))
    assert [i.reason for i in items] == [
        "refused: only http and https URLs are fetched",
        "refused: 169.254.169.254 is a link-local or metadata address (pass --allow-link-local to fetch it)",
        "refused: only http and https URLs are fetched",
    ]


def test_ingest_a_50_mb_file_is_refused_without_reading_it(tmp_path: Path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # a sparse 50 MB file: only its size is looked at
    (item,) = list(read_sources([str(big)]))
    assert isinstance(item, IngestFailure)
    assert item.reason == "52,428,800 bytes is more than the limit of 20,971,520 (AIGRAPH_MAX_FILE_MB)"
