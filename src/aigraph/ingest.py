"""Read sources (files, folders, stdin, JSON Lines) into normalised Articles. No storage here."""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from .config import ontology_dir
from .errors import IngestError
from .models import Article

#: File endings read as articles when a folder is walked.
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
JSON_SUFFIXES = {".jsonl", ".ndjson", ".json"}
#: Largest article accepted, in characters after cleaning (AIGRAPH_MAX_ARTICLE_CHARS).
MAX_ARTICLE_CHARS = int(os.environ.get("AIGRAPH_MAX_ARTICLE_CHARS", 5_000_000))
#: Largest file read (AIGRAPH_MAX_FILE_MB).
MAX_FILE_BYTES = int(float(os.environ.get("AIGRAPH_MAX_FILE_MB", 20)) * 1024 * 1024)

# Typographic characters folded to ASCII so that spaCy sees "Meta's" as a possessive.
_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2013": "-", "\u2014": " - ", "\u2212": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
})
# Invisible and direction-changing characters: they can disguise a name, so they are removed.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufffe]")
_BULLET = re.compile(r"^\s*(?:[•·▪‣◦●○■□–\-*+]|\d{1,2}[.)])\s+")


@dataclass(frozen=True)
class IngestFailure:
    """A source that could not be read, with the reason in one line."""

    source: str
    reason: str


@lru_cache(maxsize=1)
def _furniture_patterns() -> re.Pattern[str]:
    lines = (ontology_dir() / "boilerplate.txt").read_text(encoding="utf-8").splitlines()
    body = "|".join(f"(?:{line.strip()})" for line in lines if line.strip() and not line.startswith("#"))
    return re.compile(rf"^(?:{body})$", re.IGNORECASE)


def normalize_text(text: str) -> str:
    """Clean article text: one Unicode form, ASCII quotes, no control or bidi characters,
    no page furniture, bullets turned into plain lines, single blank lines between paragraphs.

    >>> normalize_text("Join Now\\n\\n  \u2022 Meta\u2019s Llama\\r\\n")
    "Meta's Llama"
    """
    # Lone surrogates (from surrogateescape decoding) would crash SQLite and the RDF store.
    text = text.encode("utf-8", "replace").decode("utf-8")
    text = unicodedata.normalize("NFC", text).translate(_FOLD)
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    furniture = _furniture_patterns()
    lines: list[str] = []
    for raw in text.split("\n"):
        line = " ".join(_BULLET.sub("", raw).split())
        if line and furniture.match(line):
            continue
        if not line and (not lines or not lines[-1]):
            continue
        lines.append(line)
    return "\n".join(lines).strip()


def article_id(text: str) -> str:
    """First 16 hex digits of sha256 of the normalised text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Read ``---`` front matter of simple ``key: value`` lines, as Markdown sites write it."""
    match = re.match(r"\A---\s*\n(.*?)\n---\s*\n", text, re.DOTALL)
    if not match:
        return {}, text
    meta = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            meta[key.strip().lower()] = value.strip().strip('"').strip("'")
    return meta, text[match.end():]


def looks_english(text: str) -> bool:
    """A rough check: most letters are Latin and common English words occur. Extraction is
    English-only, so other languages are stored but yield few facts."""
    letters = [ch for ch in text[:5000] if ch.isalpha()]
    if not letters:
        return True
    latin = sum(1 for ch in letters if ch.isascii()) / len(letters)
    words = re.findall(r"[a-z]+", text[:5000].lower())
    common = sum(1 for w in words if w in _ENGLISH_WORDS)
    return latin > 0.7 and (len(words) < 20 or common / len(words) > 0.08)


_ENGLISH_WORDS = frozenset("the of and to in a is that for on with as by at from it its was are has have be this".split())


def make_article(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    source: str | None = None,
    language: str | None = None,
    path: str | None = None,
) -> Article:
    """Normalise text and metadata into an Article.

    Raises:
        IngestError: the text is empty after cleaning, or too long.
    """
    meta, body = _split_front_matter(text.lstrip("\ufeff"))
    body = normalize_text(body)
    where = path or "input"
    if not body:
        raise IngestError(f"{where}: no article text (empty after removing page furniture)")
    if len(body) > MAX_ARTICLE_CHARS:
        raise IngestError(f"{where}: article has {len(body):,} characters, more than the limit of "
                          f"{MAX_ARTICLE_CHARS:,} (AIGRAPH_MAX_ARTICLE_CHARS)")
    first_line = body.split("\n", 1)[0]
    title = title or meta.get("title") or re.sub(r"^#+\s*", "", first_line)[:300]
    return Article(
        id=article_id(body),
        text=body,
        title=" ".join(title.split()),
        url=url or meta.get("url") or None,
        published=published or normalize_date(meta.get("published") or meta.get("date")),
        source=source or meta.get("source") or None,
        language=language or meta.get("language") or meta.get("lang") or "en",
        path=path,
    )


def decode_bytes(data: bytes, *, where: str, charset: str | None = None) -> str:
    """Decode article bytes: UTF-8 (with or without BOM), then the declared charset, then the
    encoding charset-normalizer detects (cp1251 Russian, Latin-1 …). Binary files are refused.

    Raises:
        IngestError: the bytes are binary or in no encoding we can tell.
    """
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError(f"{where}: binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        first_bad = err.start
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:2_000_000]).best()
    if best is not None and best.encoding and best.chaos < 0.3:
        try:
            return data.decode(best.encoding)
        except (LookupError, UnicodeDecodeError):
            pass
    raise IngestError(f"{where}: not text in an encoding we can tell (invalid UTF-8 at byte {first_bad})")


def normalize_date(value: str | None) -> str | None:
    """A publication date as ISO 8601: a date, or a date and time when the source gives one.

    >>> normalize_date("Tue, 14 Mar 2026 08:00:00 GMT")
    '2026-03-14T08:00:00+00:00'
    >>> normalize_date("2026-03-14")
    '2026-03-14'
    """
    import datetime as dt
    import email.utils

    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    for parse in (dt.datetime.fromisoformat, email.utils.parsedate_to_datetime):
        try:
            return parse(value).isoformat()
        except (TypeError, ValueError, IndexError):
            continue
    try:
        from dateutil import parser

        parsed = parser.parse(value)
        return parsed.isoformat() if (parsed.hour, parsed.minute, parsed.second) != (0, 0, 0) else parsed.date().isoformat()
    except (ValueError, OverflowError, ImportError):
        return None


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed entry's body): scripts, styles and frames dropped,
    block elements on lines of their own."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.fromstring(html)
    except (ParserError, ValueError):
        return html
    for bad in root.xpath("//script|//style|//iframe|//noscript|//object|//embed"):
        bad.drop_tree()
    for block in root.xpath("//p|//div|//br|//li|//h1|//h2|//h3|//h4|//tr|//blockquote"):
        block.tail = "\n" + (block.tail or "")
    return root.text_content()


def article_from_html(html: str, *, where: str, url: str | None = None) -> Article:
    """The main text and metadata of a web page (trafilatura drops navigation, ads, related links).

    Raises:
        IngestError: no main text found.
    """
    import trafilatura

    document = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                           include_tables=False, favor_precision=True)
    data = document.as_dict() if document is not None and hasattr(document, "as_dict") else (document or {})
    text = data.get("text") or ""
    if not text.strip():
        raise IngestError(f"{where}: no article text found in the page")
    title = data.get("title") or ""
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return make_article(text, title=title or None, url=data.get("url") or url,
                        published=normalize_date(data.get("date")), source=data.get("sitename") or data.get("hostname"),
                        language=data.get("language") or None, path=where)


def articles_from_feed(data: bytes, *, where: str) -> Iterator[Article | IngestFailure]:
    """Every entry of an RSS or Atom feed as an article (feedparser)."""
    import feedparser

    if _XML_ENTITY.search(data[:65536]):
        yield IngestFailure(where, "refused: the feed declares XML entities (entity expansion is unsafe)")
        return
    feed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    if not feed.entries:
        reason = getattr(feed, "bozo_exception", None)
        yield IngestFailure(where, f"no entries in the feed{': ' + str(reason) if reason else ''}")
        return
    source = feed.feed.get("title") or None
    for number, entry in enumerate(feed.entries, 1):
        place = f"{where}#{number}"
        body = entry.get("content")[0].get("value") if entry.get("content") else entry.get("summary", "")
        title = entry.get("title") or ""
        text = html_to_text(body) if body else ""
        try:
            yield make_article(f"{title}\n\n{text}" if title else text, title=title or None,
                               url=entry.get("link"), source=source, path=place,
                               published=normalize_date(entry.get("published") or entry.get("updated")))
        except IngestError as err:
            yield IngestFailure(place, str(err).removeprefix(f"{place}: "))


_XML_ENTITY = re.compile(rb"<!\s*ENTITY", re.IGNORECASE)
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}


def detect_kind(data: bytes, suffix: str = "") -> str:
    """json, feed, html or text, from the file ending and the first bytes."""
    suffix = suffix.lower()
    if suffix in JSON_SUFFIXES:
        return "json"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if suffix in FEED_SUFFIXES or head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed"):
        if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
            return "feed"
    if suffix in HTML_SUFFIXES or head.startswith(b"<!doctype html") or b"<html" in head:
        return "html"
    return "text"


def articles_from_bytes(data: bytes, *, where: str, suffix: str = "", kind: str | None = None,
                        charset: str | None = None, url: str | None = None) -> Iterator[Article | IngestFailure]:
    """Articles from the content of a file, a download or standard input, by detected kind."""
    try:
        kind = kind if kind in ("json", "feed", "html", "text") else detect_kind(data, suffix)
        if kind == "feed":
            yield from articles_from_feed(data, where=where)
            return
        text = decode_bytes(data, where=where, charset=charset)
        if kind == "json":
            yield from _articles_from_json(text, where=where)
        elif kind == "html":
            yield article_from_html(text, where=where, url=url)
        else:
            yield make_article(text, path=where, url=url)
    except IngestError as err:
        yield IngestFailure(where, str(err).removeprefix(f"{where}: "))


def _articles_from_json(text: str, *, where: str) -> Iterator[Article | IngestFailure]:
    """One article per JSON object: keys text (or body), title, url, published, source."""
    stripped = text.strip()
    if stripped.startswith("["):
        try:
            items = list(enumerate(json.loads(stripped), 1))
        except json.JSONDecodeError as err:
            yield IngestFailure(where, f"invalid JSON at line {err.lineno} column {err.colno}: {err.msg}")
            return
    else:
        items = []
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                items.append((number, json.loads(line)))
            except json.JSONDecodeError as err:
                yield IngestFailure(f"{where}:{number}", f"invalid JSON ({err.msg})")
    for number, item in items:
        place = f"{where}:{number}"
        body = item.get("text") or item.get("body") if isinstance(item, dict) else None
        if not isinstance(body, str):
            yield IngestFailure(place, 'expected an object with a "text" (or "body") string')
            continue
        try:
            yield make_article(
                body,
                title=_str_or_none(item.get("title")),
                url=_str_or_none(item.get("url")),
                published=normalize_date(_str_or_none(item.get("published"))),
                source=_str_or_none(item.get("source")),
                language=_str_or_none(item.get("language")),
                path=place,
            )
        except IngestError as err:
            yield IngestFailure(place, str(err).removeprefix(f"{place}: "))


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def read_file(path: Path) -> Iterator[Article | IngestFailure]:
    """Articles from one file (a JSON Lines file or a feed may hold many)."""
    where = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            yield IngestFailure(where, f"{size:,} bytes is more than the limit of {MAX_FILE_BYTES:,} "
                                       "(AIGRAPH_MAX_FILE_MB)")
            return
        data = path.read_bytes()
    except FileNotFoundError:
        yield IngestFailure(where, "no such file or folder")
        return
    except IsADirectoryError:
        yield IngestFailure(where, "is a folder")
        return
    except OSError as err:
        yield IngestFailure(where, err.strerror or str(err))
        return
    yield from articles_from_bytes(data, where=where, suffix=path.suffix)


def iter_source_files(folder: Path, *, glob: str | None = None) -> Iterator[Path]:
    """Files under a folder, recursively, sorted, following no symlinked folders (no loops)."""
    if glob:
        candidates = folder.rglob(glob)
    else:
        readable = TEXT_SUFFIXES | JSON_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES
        candidates = (p for p in folder.rglob("*") if p.suffix.lower() in readable)
    for path in sorted(candidates):
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(folder).parts):
            yield path


def read_sources(
    sources: Iterable[str],
    *,
    stdin: BinaryIO | None = None,
    glob: str | None = None,
    allow_link_local: bool = False,
) -> Iterator[Article | IngestFailure]:
    """Articles from paths, folders (recursive), http(s) URLs of pages and feeds, and ``-``
    (standard input), in order. A source that cannot be read yields an IngestFailure and the
    rest go on."""
    for source in sources:
        if source == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from articles_from_bytes(stream.read(MAX_FILE_BYTES + 1)[:MAX_FILE_BYTES], where="stdin")
            continue
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", source):
            from .fetch import fetch

            try:
                fetched = fetch(source, allow_link_local=allow_link_local)
            except IngestError as err:
                yield IngestFailure(source, str(err).removeprefix(f"{source}: "))
                continue
            yield from articles_from_bytes(fetched.data, where=source, kind=fetched.kind,
                                           charset=fetched.charset, url=fetched.url)
            continue
        path = Path(source)
        if path.is_dir():
            found = False
            for file in iter_source_files(path, glob=glob):
                found = True
                yield from read_file(file)
            if not found:
                yield IngestFailure(source, "folder holds no article files (.txt, .md, .html, .jsonl, .rss, .xml)")
        else:
            yield from read_file(path)
