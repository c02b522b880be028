"""Plain data shared by every stage."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """One article, normalised, identified by the hash of its text.

    id is the first 16 hex digits of sha256(text), so the same text always gets the same id.
    """

    id: str
    text: str
    title: str = ""
    url: str | None = None
    published: str | None = None
    source: str | None = None
    language: str = "en"
    path: str | None = None  # where it was read from, for messages


@dataclass(frozen=True)
class Entity:
    """An entity as the graph knows it: canonical IRI, class, label and the names seen for it."""

    iri: str
    label: str
    cls: str
    aliases: frozenset[str] = frozenset()
    same_as: str | None = None
    known: bool = True  # False for entities minted from text, not from the gazetteer


@dataclass(frozen=True)
class Fact:
    """subject -relation-> object, stated by one sentence of one article."""

    subject: Entity
    relation: str  # local name in the ag: vocabulary, e.g. "memberOf"
    object: Entity
    confidence: float
    evidence: str
    start: int  # character span of the evidence sentence in the article text
    end: int
    extractor: str
    modality: str = "asserted"
    qualifiers: dict[str, int] = field(default_factory=dict, hash=False, compare=False)
