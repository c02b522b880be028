"""Extraction: spaCy Doc -> mentions linked to entities -> facts.

The pipeline is the installed English spaCy model plus three components of ours:
``aigraph_line_breaks`` (a line break ends a sentence: headlines and bullets have no full stop),
an EntityRuler fed from the gazetteer (known names and aliases win over the statistical NER),
and ``aigraph_relations`` (the rules in :mod:`aigraph.rules`), which leaves the facts on
``doc._.aigraph_facts`` and the linked entities on ``doc._.aigraph_entities``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ExtractionError
from .gazetteer import Gazetteer, default_gazetteer, strip_company_suffix
from .models import Article, Entity, Fact
from .vocab import entity_iri

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Names the statistical NER likes to tag that are never entities in our sense.
IGNORED_NAMES = (
    "AI", "A.I.", "GenAI", "AGI", "LLM", "LLMs", "GPU", "GPUs", "RAM", "CEO", "CTO", "CFO",
    "DAO", "DAOs", "IPO", "API", "APIs", "ChatBot", "Internet", "Cloud", "Big Tech", "AI Act",
)
#: spaCy NER labels we keep, and the class a new entity of that label gets.
NER_CLASSES = {"PERSON": "Person", "ORG": "Company", "GPE": "City", "LOC": "Region", "PRODUCT": "AIModel"}
_GOVERNMENT = re.compile(
    r"\b(Ministry|Department|Agency|Commission|Office|Council|Bureau|Administration|Authority|"
    r"Parliament|Congress|Senate|Government|Regulator|Committee|Duma|Cabinet|Directorate|Inspectorate)\b")
_RESEARCH = re.compile(
    r"\b(University|Institute|Institution|Academy|Laboratory|College|School|Centre|Center|"
    r"Think Tank|Observatory|Polytechnic)\b")
_BLOC = re.compile(r"\b(Alliance|Treaty Organization|Community|Forum|Coalition|Partnership)\b")
_REGION = re.compile(r"\b(Province|Oblast|Region|Krai|Prefecture|Valley|Peninsula)\b")
_EDGE_JUNK = re.compile(r"^(?:the|a|an)\s+|(?:'s|')$", re.IGNORECASE)


@dataclass
class Mention:
    """A span of a Doc that names (or refers back to) an entity."""

    start: int  # first token index
    end: int  # one past the last token index
    entity: Entity
    kind: str = "name"  # "name", "demonym" or "anaphor"

    @property
    def weight(self) -> float:
        """Confidence factor for facts built on this mention."""
        return 0.8 if self.kind == "anaphor" else 1.0


def _classify_new(label: str, name: str) -> str:
    """The class of an entity the gazetteer does not know, from its NER label and its name."""
    cls = NER_CLASSES[label]
    if label == "ORG":
        if _GOVERNMENT.search(name):
            return "GovernmentBody"
        if _RESEARCH.search(name):
            return "ResearchOrganization"
        if _BLOC.search(name):
            return "Bloc"
    if label == "GPE" and _REGION.search(name):
        return "Region"
    return cls


def _plausible_name(name: str) -> bool:
    """A minted entity needs a real name: capitalised, not a number, not a stray word."""
    if len(name) < 2 or len(name) > 80 or not any(ch.isupper() for ch in name):
        return False
    if name in IGNORED_NAMES or re.fullmatch(r"[\d\W_]+", name):
        return False
    if len(name.split()) > 6:
        return False
    return True


class EntityLinker:
    """Turns a Doc's entity spans into Mentions of canonical entities, one entity per referent
    within an article (surname after full name, legal suffixes, aliases)."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer

    def link(self, doc: "Doc") -> list[Mention]:
        mentions: list[Mention] = []
        minted: dict[str, Entity] = {}  # casefolded name -> entity minted in this article
        surnames: dict[str, Entity] = {}  # "Huang" -> Jensen Huang, for later mentions
        for ent in doc.ents:
            span = ent
            # NER spans may run over a line break ("Yandex\n  •"): keep the first line.
            for tok in ent:
                if tok.is_space and "\n" in tok.text or (tok.i > ent.start and "\n" in doc[tok.i - 1].whitespace_):
                    span = doc[ent.start:tok.i]
                    break
            if not len(span):
                continue
            label = ent.label_
            if label == "IGNORE":
                continue
            if ent.ent_id_ and ent.ent_id_ in self.gazetteer.entities:
                entity = self.gazetteer.entities[ent.ent_id_]
                kind = "demonym" if label == "DEMONYM" else "name"
                mentions.append(Mention(span.start, span.end, entity, kind))
                if entity.cls == "Person" and len(entity.label.split()) > 1:
                    surnames.setdefault(entity.label.split()[-1], entity)
                continue
            if label == "NORP":
                iri = self.gazetteer.demonyms.get(span.text)
                if iri:
                    mentions.append(Mention(span.start, span.end, self.gazetteer.entities[iri], "demonym"))
                continue
            if label not in NER_CLASSES:
                continue
            # Trim a leading article and a trailing possessive the NER sometimes includes.
            while len(span) and (span[0].lower_ in {"the", "a", "an"} or span[0].is_punct):
                span = doc[span.start + 1:span.end]
            while len(span) and (span[-1].text in {"'s", "'", "s"} or span[-1].is_punct and span[-1].text != "."):
                span = doc[span.start:span.end - 1]
            if not len(span):
                continue
            name = " ".join(_EDGE_JUNK.sub("", span.text).split())
            entity = self.gazetteer.lookup(name)
            if entity is None and label == "PERSON" and len(name.split()) == 1:
                entity = surnames.get(name)
            if entity is None:
                if not _plausible_name(name):
                    continue
                cls = _classify_new(label, name)
                key_name = strip_company_suffix(name) if cls == "Company" else name
                entity = minted.get(key_name.casefold())
                if entity is None:
                    entity = Entity(iri=str(entity_iri(key_name)), label=key_name, cls=cls,
                                    aliases=frozenset({name} - {key_name}), known=False)
                    minted[key_name.casefold()] = entity
            if entity.cls == "Person" and len(entity.label.split()) > 1:
                surnames.setdefault(entity.label.split()[-1], entity)
            mentions.append(Mention(span.start, span.end, entity, "name"))
        return mentions


def _line_breaks(doc: "Doc") -> "Doc":
    """A line break ends a sentence: headlines and bullet points carry no full stop."""
    line_start = 0
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
            line_start = token.i
        elif previous.text == ":" and token.is_title and previous.i - line_start <= 6:
            # "Current position and challenges: Russia ranks ...": a run-in heading.
            token.is_sent_start = True
    return doc


def load_nlp(model: str | None = None) -> "Language":
    """Load the spaCy pipeline, trying DEFAULT_SPACY_MODELS when no name is given.

    Raises:
        ExtractionError: no pipeline of that name is installed.
    """
    import spacy

    from .config import DEFAULT_SPACY_MODELS

    names = [model] if model else list(DEFAULT_SPACY_MODELS)
    for name in names:
        try:
            # The lemmatizer and tagger help the rules; nothing is disabled.
            return spacy.load(name)
        except OSError:
            continue
    raise ExtractionError(
        f"spaCy pipeline {' or '.join(names)!s} is not installed; run `make install` "
        "or set AIGRAPH_SPACY_MODEL to an installed pipeline"
    )


def build_pipeline(model: str | None = None, *, gazetteer: Gazetteer | None = None) -> "Language":
    """The full extraction pipeline: spaCy model + line breaks + gazetteer ruler + relation rules."""
    from spacy.language import Language
    from spacy.tokens import Doc

    from . import rules

    gazetteer = gazetteer or default_gazetteer()
    nlp = load_nlp(model)
    if not Language.has_factory("aigraph_line_breaks"):
        Language.component("aigraph_line_breaks")(_line_breaks)
    for ext in ("aigraph_facts", "aigraph_mentions"):
        if not Doc.has_extension(ext):
            Doc.set_extension(ext, default=None)
    nlp.add_pipe("aigraph_line_breaks", before="parser")
    ruler = nlp.add_pipe("entity_ruler", name="aigraph_gazetteer", before="ner",
                         config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
    patterns = gazetteer.ruler_patterns()
    patterns += [{"label": "IGNORE", "pattern": name} for name in IGNORED_NAMES
                 if name not in gazetteer.by_alias]
    with nlp.select_pipes(enable=["aigraph_line_breaks"]):
        ruler.add_patterns(patterns)
    nlp.add_pipe("aigraph_relations", config={}, last=True)
    component = nlp.get_pipe("aigraph_relations")
    component.configure(gazetteer=gazetteer, linker=EntityLinker(gazetteer))
    rules.load_patterns()
    return nlp


@lru_cache(maxsize=2)
def shared_extractor(model: str | None = None) -> "Extractor":
    """One Extractor per pipeline name and process: building spaCy's pipeline takes seconds."""
    return Extractor(model)


class Extractor:
    """Builds the pipeline once and turns articles into facts.

    >>> extractor = Extractor()  # doctest: +SKIP
    >>> facts = extractor.extract_text("Russia is a member of BRICS.")  # doctest: +SKIP
    """

    def __init__(self, model: str | None = None, *, gazetteer: Gazetteer | None = None,
                 batch_size: int = 16):
        self.gazetteer = gazetteer or default_gazetteer()
        self.nlp = build_pipeline(model, gazetteer=self.gazetteer)
        # Small batches keep the parser's memory low with almost no loss of speed (design.md).
        self.batch_size = batch_size

    def extract(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Fact], list[Entity]]]:
        """Yield each article with its facts and the entities it mentions, in input order."""
        stream = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(stream, as_tuples=True, batch_size=self.batch_size):
            mentions = doc._.aigraph_mentions or []
            entities = {m.entity.iri: m.entity for m in mentions if m.kind == "name"}
            facts = doc._.aigraph_facts or []
            for fact in facts:
                entities.setdefault(fact.subject.iri, fact.subject)
                entities.setdefault(fact.object.iri, fact.object)
            yield article, facts, list(entities.values())

    def extract_text(self, text: str) -> list[Fact]:
        """Facts of one piece of text (convenience for tests and notebooks)."""
        doc = self.nlp(text)
        return list(doc._.aigraph_facts or [])
