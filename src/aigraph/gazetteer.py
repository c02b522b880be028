"""Known entities with their aliases and background knowledge (ontology/entities.ttl)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from .config import ontology_dir
from .models import Entity
from .vocab import AG, CLASSES

# Background relations kept in the gazetteer; ag:developedBy is read as the inverse of ag:develops.
_BACKGROUND = ("leaderOf", "employedBy", "founderOf", "headquarteredIn", "memberOf",
               "subsidiaryOf", "locatedIn")
_SUFFIX = re.compile(
    r"[,\s]+(?:(?:(?:closed|public|open)\s+)?joint\s+stock\s+company|limited\s+liability\s+company|inc|corp|corporation|co|company|ltd|limited|llc|plc|group|holdings|ag|sa|se|nv|gmbh|pjsc|jsc|oao|pao"
    # dotted and two-word forms: "S.A. de C.V.", "S.p.A.", "N.V.", "B.V.", "Pte. Ltd", "Pty Ltd", "Pvt Ltd",
    # "Private Limited", "K.K.", "Tbk"
    r"|s\.a\.(?:\s+de\s+c\.v)?|s\.p\.a|n\.v|b\.v|k\.k|(?:pte|pty|pvt)\.?\s+ltd|private\s+limited|tbk|(?:sdn\.?\s+)?bhd|berhad|fze|fzco|fz-llc"
    # Central European and Balkan forms: "Pannon DataNet Nyrt.", "DataNet CZ s.r.o.", "Beodata d.o.o."
    r"|nyrt|zrt|kft|s\.r\.o|a\.s|d\.o\.o|d\.d|sp\.\s*z\s*o\.o|sarl|llp"
    # Nordic, Turkish and Latin forms, in capitals only ("Nordlys Compute ASA", "Aselsan A.S.",
    # "Sanasto Oy"): in lower case most are words
    r"|(?-i:ASA|AS|AB|Oyj|Oy|A/S|ApS|A\.S|SAS|SpA|Srl|S\.r\.l|Ltda|KG))\.?$",
    re.IGNORECASE,
)


def strip_company_suffix(name: str) -> str:
    """'Nvidia Corp.' -> 'Nvidia'; names without a legal suffix come back unchanged."""
    # ("Tembusu Vietnam Co Ltd": two forms in a row)
    stripped = _SUFFIX.sub("", name).strip()
    twice = _SUFFIX.sub("", stripped).strip()
    return twice if twice else stripped


@dataclass
class Gazetteer:
    """Entities by IRI, an alias index, demonyms and background facts."""

    entities: dict[str, Entity] = field(default_factory=dict)
    by_alias: dict[str, str] = field(default_factory=dict)  # exact surface form -> IRI
    by_folded: dict[str, str] = field(default_factory=dict)  # casefolded surface form -> IRI
    demonyms: dict[str, str] = field(default_factory=dict)  # "Russian" -> Russia's IRI
    background: set[tuple[str, str, str]] = field(default_factory=set)  # (s IRI, relation, o IRI)
    capitals: dict[str, str] = field(default_factory=dict)  # capital city IRI -> the state it stands for

    def objects(self, subject: str, relation: str) -> set[str]:
        """The background objects of (subject, relation): an index built once, since the rules
        ask per mention and the background holds thousands of facts."""
        return self._index(relation, forward=True).get(subject, set())

    def subjects(self, relation: str, obj: str) -> set[str]:
        """The background subjects of (relation, object): who develops a model, for instance."""
        return self._index(relation, forward=False).get(obj, set())

    def _index(self, relation: str, *, forward: bool) -> dict[str, set[str]]:
        cache = self.__dict__.setdefault("_indices", {})
        key = (relation, forward)
        if key not in cache:
            index: dict[str, set[str]] = defaultdict(set)
            for s, rel, o in self.background:
                if rel == relation:
                    index[s if forward else o].add(o if forward else s)
            cache[key] = dict(index)
        return cache[key]

    @classmethod
    def load(cls, path: Path | None = None) -> "Gazetteer":
        """Read a gazetteer in the entities.ttl format."""
        path = path or ontology_dir() / "entities.ttl"
        graph = Graph().parse(path, format="turtle")
        gaz = cls()
        names: dict[str, list[str]] = defaultdict(list)
        for subject, cls_iri in graph.subject_objects(RDF.type):
            cls_name = str(cls_iri).removeprefix(str(AG))
            if cls_name not in CLASSES or not isinstance(subject, URIRef):
                continue
            iri = str(subject)
            label = str(graph.value(subject, RDFS.label) or iri.rsplit("/", 1)[-1].replace("_", " "))
            aliases = {str(a) for a in graph.objects(subject, SKOS.altLabel)}
            same_as = next((str(o) for o in graph.objects(subject, OWL.sameAs)), None)
            gaz.entities[iri] = Entity(iri=iri, label=label, cls=cls_name,
                                       aliases=frozenset(aliases), same_as=same_as)
            names[iri] = [label, *sorted(aliases)]
            for demonym in graph.objects(subject, AG.demonym):
                gaz.demonyms.setdefault(str(demonym), iri)
        for iri, surfaces in names.items():
            for surface in surfaces:
                gaz.by_alias.setdefault(surface, iri)
                gaz.by_folded.setdefault(surface.casefold(), iri)
        for rel in _BACKGROUND:
            for s, o in graph.subject_objects(AG[rel]):
                gaz.background.add((str(s), rel, str(o)))
        for s, o in graph.subject_objects(AG.capitalOf):
            gaz.capitals[str(s)] = str(o)
        for s, o in graph.subject_objects(AG.developedBy):
            gaz.background.add((str(o), "develops", str(s)))
        return gaz

    def lookup(self, name: str) -> Entity | None:
        """The known entity a surface form names: exact alias, then without a legal suffix
        or a leading "the", then case-insensitively."""
        candidates = [name, strip_company_suffix(name)]
        candidates += [re.sub(r"^the\s+", "", c, flags=re.IGNORECASE) for c in candidates]
        for candidate in candidates:
            iri = self.by_alias.get(candidate)
            if iri:
                return self.entities[iri]
        for candidate in candidates:
            iri = self.by_folded.get(candidate.casefold())
            if iri:
                return self.entities[iri]
        return None

    def ruler_patterns(self) -> list[dict[str, str]]:
        """Phrase patterns for spaCy's EntityRuler: label = our class, id = the IRI."""
        patterns = []
        for iri, entity in self.entities.items():
            for surface in {entity.label, *entity.aliases}:
                patterns.append({"label": entity.cls, "pattern": surface, "id": iri})
        for surface, iri in self.demonyms.items():
            if surface not in self.by_alias:
                patterns.append({"label": "DEMONYM", "pattern": surface, "id": iri})
        return patterns


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer, read once per process."""
    return Gazetteer.load()
