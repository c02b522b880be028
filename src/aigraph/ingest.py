"""Read sources (files, folders, stdin, JSON Lines) into normalised Articles. No storage here."""

from __future__ import annotations

import hashlib
import json
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
#: Largest article accepted, in characters after decoding (spaCy's default max_length).
MAX_ARTICLE_CHARS = 1_000_000

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


def make_article(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    source: str | None = None,
    language: str = "en",
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
        raise IngestError(f"{where}: article has {len(body):,} characters, more than the limit of {MAX_ARTICLE_CHARS:,}")
    first_line = body.split("\n", 1)[0]
    title = title or meta.get("title") or re.sub(r"^#+\s*", "", first_line)[:300]
    return Article(
        id=article_id(body),
        text=body,
        title=" ".join(title.split()),
        url=url or meta.get("url") or None,
        published=published or meta.get("published") or meta.get("date") or None,
        source=source or meta.get("source") or None,
        language=language or meta.get("language") or "en",
        path=path,
    )


def decode_bytes(data: bytes, *, where: str) -> str:
    """Decode article bytes as UTF-8, refusing binary files with a clear reason.

    Raises:
        IngestError: the bytes are binary or not UTF-8.
    """
    if b"\x00" in data[:8192]:
        raise IngestError(f"{where}: binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise IngestError(f"{where}: not UTF-8 text (invalid byte at offset {err.start})") from None


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
            yield IngestFailure(place, 'expected an object with a "text" string')
            continue
        try:
            yield make_article(
                body,
                title=_str_or_none(item.get("title")),
                url=_str_or_none(item.get("url")),
                published=_str_or_none(item.get("published")),
                source=_str_or_none(item.get("source")),
                path=place,
            )
        except IngestError as err:
            yield IngestFailure(place, str(err).removeprefix(f"{place}: "))


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def read_file(path: Path) -> Iterator[Article | IngestFailure]:
    """Articles from one file (a JSON Lines file may hold many)."""
    where = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        yield IngestFailure(where, "no such file or folder")
        return
    except OSError as err:
        yield IngestFailure(where, err.strerror or str(err))
        return
    try:
        text = decode_bytes(data, where=where)
        if path.suffix.lower() in JSON_SUFFIXES:
            yield from _articles_from_json(text, where=where)
        else:
            yield make_article(text, path=where)
    except IngestError as err:
        yield IngestFailure(where, str(err).removeprefix(f"{where}: "))


def iter_source_files(folder: Path, *, glob: str | None = None) -> Iterator[Path]:
    """Files under a folder, recursively, sorted, following no symlinked folders (no loops)."""
    if glob:
        candidates = folder.rglob(glob)
    else:
        candidates = (p for p in folder.rglob("*") if p.suffix.lower() in TEXT_SUFFIXES | JSON_SUFFIXES)
    for path in sorted(candidates):
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(folder).parts):
            yield path


def read_sources(
    sources: Iterable[str],
    *,
    stdin: BinaryIO | None = None,
    glob: str | None = None,
) -> Iterator[Article | IngestFailure]:
    """Articles from paths, folders (recursive) and ``-`` (standard input), in order.

    A source that cannot be read yields an IngestFailure and the rest go on.
    """
    for source in sources:
        if source == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            try:
                yield make_article(decode_bytes(stream.read(), where="stdin"), path="stdin")
            except IngestError as err:
                yield IngestFailure("stdin", str(err).removeprefix("stdin: "))
            continue
        path = Path(source)
        if path.is_dir():
            found = False
            for file in iter_source_files(path, glob=glob):
                found = True
                yield from read_file(file)
            if not found:
                yield IngestFailure(source, "folder holds no .txt, .md or .jsonl files")
        else:
            yield from read_file(path)
