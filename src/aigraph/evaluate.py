"""Measure extraction against hand-annotated gold triples.

A gold folder holds articles (.txt or .md) and ``gold.tsv`` with the columns
``file, subject, relation, object`` (an optional ``note`` column marks rows that are "hedged" or
"denied": statements that must NOT come out as facts). ``negatives.tsv`` may list more such rows.
Names are compared after linking through the gazetteer, so "U.S." and "United States" agree.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .errors import NotFoundError
from .gazetteer import Gazetteer, default_gazetteer, strip_company_suffix
from .ingest import TEXT_SUFFIXES, make_article
from .vocab import relations

Triple = tuple[str, str, str, str]  # file, subject, relation, object (normalised)


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    correct: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    by_relation: dict[str, Score] = field(default_factory=dict)
    overall: Score = field(default_factory=Score)
    false_positives: list[Triple] = field(default_factory=list)
    misses: list[Triple] = field(default_factory=list)
    negatives_predicted: list[Triple] = field(default_factory=list)
    negatives_total: int = 0
    entities_gold: int = 0
    entities_linked: int = 0
    articles: int = 0

    @property
    def linking_accuracy(self) -> float:
        return self.entities_linked / self.entities_gold if self.entities_gold else 0.0

    def as_dict(self) -> dict:
        row = lambda s: {"gold": s.gold, "predicted": s.predicted, "correct": s.correct,
                         "precision": round(s.precision, 3), "recall": round(s.recall, 3), "f1": round(s.f1, 3)}
        return {"articles": self.articles, "overall": row(self.overall),
                "relations": {k: row(v) for k, v in sorted(self.by_relation.items())},
                "entity_linking": {"gold": self.entities_gold, "linked": self.entities_linked,
                                   "accuracy": round(self.linking_accuracy, 3)},
                "negatives": {"total": self.negatives_total, "predicted": len(self.negatives_predicted)},
                "false_positives": [list(t) for t in self.false_positives], "misses": [list(t) for t in self.misses]}


def normalize_name(name: str, gazetteer: Gazetteer) -> str:
    """The canonical label of a name when the gazetteer knows it, else a folded form."""
    known = gazetteer.lookup(name.strip())
    if known is not None:
        return known.label
    name = re.sub(r"^the\s+", "", strip_company_suffix(" ".join(name.split())), flags=re.IGNORECASE)
    return name.casefold()


def _key(file: str, subject: str, relation: str, obj: str) -> Triple:
    if relations()[relation].symmetric and obj < subject:
        subject, obj = obj, subject
    return (file, subject, relation, obj)


def read_gold(folder: Path, gazetteer: Gazetteer) -> tuple[set[Triple], set[Triple]]:
    """(facts, negatives) of a gold folder.

    Raises:
        NotFoundError: the folder has no gold.tsv.
    """
    gold_path = folder / "gold.tsv"
    if not gold_path.is_file():
        raise NotFoundError(f"{folder} has no gold.tsv")
    facts: set[Triple] = set()
    negatives: set[Triple] = set()
    known_relations = relations()
    for path, target in ((gold_path, facts), (folder / "negatives.tsv", negatives)):
        if not path.is_file():
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                relation = (row.get("relation") or "").strip()
                if relation not in known_relations:
                    continue
                key = _key(row["file"].strip(), normalize_name(row["subject"], gazetteer), relation,
                           normalize_name(row["object"], gazetteer))
                note = (row.get("note") or "").strip().lower()
                (negatives if note in ("hedged", "denied", "negative") else target).add(key)
    return facts, negatives


def evaluate(folder: Path, extractor, *, min_confidence: float = 0.0,
             modalities: tuple[str, ...] = ("asserted", "reported")) -> Evaluation:
    """Extract every article of a gold folder and score the facts against gold.tsv."""
    gazetteer: Gazetteer = getattr(extractor, "gazetteer", None) or default_gazetteer()
    gold, negatives = read_gold(folder, gazetteer)
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in TEXT_SUFFIXES and p.name.lower() != "readme.md")
    articles = [make_article(p.read_text(encoding="utf-8"), path=p.name) for p in files]
    def names(entity, aliases: dict[str, frozenset[str]]) -> list[str]:
        # An entity is scored under its label or under another name the article gave it:
        # "the National Center for Artificial Intelligence (CENIA)" is one entity, which a gold
        # file may call "CENIA" (and may call it both ways in different rows).
        label = normalize_name(entity.label, gazetteer)
        others = sorted({normalize_name(a, gazetteer) for a in entity.aliases | aliases.get(entity.iri, frozenset())} - {label})
        return [label, *others]

    def scored_key(file: str, fact, aliases: dict[str, frozenset[str]]) -> Triple:
        keys = [_key(file, s, fact.relation, o) for s in names(fact.subject, aliases) for o in names(fact.object, aliases)]
        return next((k for k in keys if k in gold or k in negatives), keys[0])

    predicted: set[Triple] = set()
    seen_entities: dict[str, set[str]] = defaultdict(set)
    for article, facts, entities in extractor.extract(articles):
        aliases: dict[str, frozenset[str]] = {}
        for entity in entities:
            seen_entities[article.path].add(normalize_name(entity.label, gazetteer))
            aliases[entity.iri] = aliases.get(entity.iri, frozenset()) | entity.aliases
        for fact in facts:
            if fact.confidence < min_confidence or fact.modality not in modalities:
                continue
            predicted.add(scored_key(article.path, fact, aliases))
    result = Evaluation(articles=len(articles), negatives_total=len(negatives))
    for relation in relations():
        g = {t for t in gold if t[2] == relation}
        p = {t for t in predicted if t[2] == relation}
        result.by_relation[relation] = Score(gold=len(g), predicted=len(p), correct=len(g & p))
    result.overall = Score(gold=len(gold), predicted=len(predicted), correct=len(gold & predicted))
    result.false_positives = sorted(predicted - gold)
    result.misses = sorted(gold - predicted)
    result.negatives_predicted = sorted(predicted & negatives)
    gold_entities = Counter()
    for file, s, _, o in gold:
        gold_entities[(file, s)] += 1
        gold_entities[(file, o)] += 1
    result.entities_gold = len(gold_entities)
    result.entities_linked = sum(1 for file, name in gold_entities if name in seen_entities.get(file, set()))
    return result


def format_evaluation(result: Evaluation, *, errors: int = 20) -> str:
    """The per-relation table, the totals and a sample of the errors."""
    lines = [f"{'relation':16} {'gold':>5} {'pred':>5} {'ok':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for name, s in sorted(result.by_relation.items()):
        lines.append(f"{name:16} {s.gold:5d} {s.predicted:5d} {s.correct:5d} {s.precision:6.2f} {s.recall:6.2f} {s.f1:6.2f}")
    s = result.overall
    lines.append(f"{'micro overall':16} {s.gold:5d} {s.predicted:5d} {s.correct:5d} {s.precision:6.2f} {s.recall:6.2f} {s.f1:6.2f}")
    lines.append("")
    lines.append(f"articles: {result.articles}; entity linking: {result.entities_linked} of {result.entities_gold} "
                 f"gold entities found under their canonical name ({result.linking_accuracy:.2f})")
    lines.append(f"hedged or denied statements extracted as facts: {len(result.negatives_predicted)} of {result.negatives_total}")
    if errors:
        for title, items in (("false positives", result.false_positives), ("misses", result.misses),
                             ("negatives extracted", result.negatives_predicted)):
            if items:
                lines.append(f"\n{title} ({len(items)}; first {min(errors, len(items))}):")
                lines += [f"  {f}: {s} {r} {o}" for f, s, r, o in items[:errors]]
    return "\n".join(lines) + "\n"
