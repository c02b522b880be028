"""Relation rules: linked mentions + the dependency parse -> candidate facts.

Each rule handles one shape that news uses to state a relation (a verb with its voices, a
nominalisation, a title, a possessive or compound, a list, a ranking). Trigger words live in
ontology/relation_patterns.json. The ontology's domain and range then keep only the facts whose
entity classes fit, negated statements are dropped and hedged ones get a modality and a lower
confidence.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.language import Language

from .config import ontology_dir
from .models import Fact
from .vocab import relations

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .extract import EntityLinker, Mention
    from .gazetteer import Gazetteer

_SEPARATORS = {",", "and", "or", "&", "plus", "/", ";"}
_LIST_FILLERS = {"as", "well", "both", "either", "also", "including", "such", "like", "namely", ":", "the"}
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                  "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "top": 1, "last": None}
_ORDINAL = re.compile(r"\b(\d{1,4})(?:st|nd|rd|th)\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.I)
_OUT_OF = re.compile(r"\b(?:out of|of|among)\s+(\d{1,5})\b", re.I)
_MODALITY_FACTOR = {"asserted": 1.0, "reported": 0.85, "planned": 0.6}
_PRESUPPOSING = {"despite", "amid", "under", "after", "following", "since", "because", "against"}
_STOP_CLIMB = {"relcl", "advcl", "conj", "parataxis", "appos", "ROOT"}
_PRONOUNS = {"he": {"Person"}, "him": {"Person"}, "his": {"Person"}, "she": {"Person"},
             "her": {"Person"}, "its": {"Company", "ResearchOrganization", "Country", "Bloc", "GovernmentBody"}}
_DEFINITES = {
    **dict.fromkeys(["company", "firm", "group", "startup", "start-up", "chipmaker", "giant", "developer",
                     "maker", "conglomerate", "lender", "bank", "business"], {"Company"}),
    **dict.fromkeys(["lab", "laboratory", "institute", "university"], {"ResearchOrganization", "Company"}),
    **dict.fromkeys(["country", "nation"], {"Country"}),
    **dict.fromkeys(["bloc", "alliance", "grouping", "organisation", "organization"], {"Bloc"}),
    **dict.fromkeys(["ministry", "agency", "department", "regulator", "commission", "watchdog"], {"GovernmentBody"}),
}


@lru_cache(maxsize=1)
def load_patterns() -> dict:
    """Trigger lexicon of the rules (ontology/relation_patterns.json)."""
    data = json.loads((ontology_dir() / "relation_patterns.json").read_text(encoding="utf-8"))
    titles = data["titles"]
    data["title_words"] = set()
    for key in ("leader", "employee", "founder", "modifiers"):
        for phrase in titles[key]:
            data["title_words"].update(phrase.split())
    data["title_words"].update({"co", "-"})
    data["planned"] = set(data["hedges"]["planned"])
    data["reported"] = set(data["hedges"]["reported"])
    data["denied"] = set(data["hedges"]["denied"])
    return data


@dataclass
class Candidate:
    subject: "Mention"
    relation: str
    object: "Mention"
    confidence: float
    rule: str
    trigger: "Token"
    qualifiers: dict[str, int] = field(default_factory=dict)


@Language.factory("aigraph_relations", default_config={})
def make_relation_ruler(nlp: Language, name: str) -> "RelationRuler":
    """The spaCy factory of aigraph's relation component (configured by build_pipeline)."""
    return RelationRuler(nlp, name)


class RelationRuler:
    """spaCy component: links entities, resolves simple anaphora, applies the rules and sets
    ``doc._.aigraph_mentions`` and ``doc._.aigraph_facts``."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.gazetteer: Gazetteer | None = None
        self.linker: EntityLinker | None = None

    def configure(self, *, gazetteer: "Gazetteer", linker: "EntityLinker") -> None:
        self.gazetteer = gazetteer
        self.linker = linker

    def __call__(self, doc: "Doc") -> "Doc":
        if self.linker is None or self.gazetteer is None:
            raise ValueError("aigraph_relations needs configure(gazetteer=..., linker=...) before use")
        mentions = self.linker.link(doc)
        view = DocRules(doc, mentions, self.gazetteer)
        doc._.aigraph_mentions = view.mentions
        doc._.aigraph_facts = view.facts()
        return doc


class DocRules:
    """The rules applied to one Doc."""

    def __init__(self, doc: "Doc", mentions: list["Mention"], gazetteer: "Gazetteer"):
        self.doc = doc
        self.gazetteer = gazetteer
        self.p = load_patterns()
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.mentions += self._resolve_anaphora()
        self.mentions.sort(key=lambda m: m.start)
        self.at: dict[int, Mention] = {}
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.at.setdefault(i, m)
        self.out: list[Candidate] = []

    # ------------------------------------------------------------------ mention helpers

    def _resolve_anaphora(self) -> list["Mention"]:
        from .extract import Mention

        doc, found = self.doc, []
        named = [m for m in self.mentions if m.kind == "name"]
        taken = {i for m in self.mentions for i in range(m.start, m.end)}
        for tok in doc:
            if tok.i in taken:
                continue
            classes, start = None, tok.i
            if tok.lower_ in _PRONOUNS and tok.pos_ == "PRON":
                classes = _PRONOUNS[tok.lower_]
            elif (tok.lower_ in _DEFINITES and tok.pos_ == "NOUN" and tok.i > 0
                  and doc[tok.i - 1].lower_ == "the"
                  and not (tok.i + 1 < len(doc) and (tok.i + 1) in taken)):
                classes, start = _DEFINITES[tok.lower_], tok.i - 1
            if not classes:
                continue
            sent_start = tok.sent.start
            previous_sents = [s for s in doc.sents if s.end <= sent_start][-1:]
            window_start = previous_sents[0].start if previous_sents else sent_start
            antecedents = [m for m in named if window_start <= m.start and m.end <= start
                           and m.entity.cls in classes]
            if antecedents:
                found.append(Mention(start, tok.i + 1, antecedents[-1].entity, "anaphor"))
        return found

    def root(self, m: "Mention") -> "Token":
        return self.doc[m.start:m.end].root

    def mention_at(self, tok: "Token | None") -> "Mention | None":
        return None if tok is None else self.at.get(tok.i)

    def is_modifier(self, m: "Mention") -> bool:
        """A name that modifies a noun ("BRICS members", "Nvidia chips", "Russia's power")."""
        if m.kind == "demonym":
            return True
        if m.end >= len(self.doc):
            return False
        nxt = self.doc[m.end]
        if nxt.text in {"'s", "'"} or (nxt.text == "-" and m.end + 1 < len(self.doc) and self.doc[m.end + 1].pos_ in ("VERB", "ADJ")):
            return True
        return nxt.pos_ == "NOUN" and nxt.is_lower and nxt.is_alpha and nxt.i not in self.at

    def sent_mentions(self, sent: "Span") -> list["Mention"]:
        return [m for m in self.mentions if sent.start <= m.start and m.end <= sent.end]

    def chain(self, m: "Mention", *, rightward: bool = False) -> list["Mention"]:
        """The coordinated list a mention stands in: "the United States, China and India".
        rightward keeps only the mention and those after it ("members India and Brazil")."""
        sent = self.doc[m.start].sent
        items = [x for x in self.sent_mentions(sent) if not self.is_modifier(x)]
        if m not in items:
            return [m]
        i = items.index(m)
        group = [m]
        j = 0 if rightward else i
        while j > 0 and self._coordinated(items[j - 1], items[j]):
            group.insert(0, items[j - 1])
            j -= 1
        j = i
        while j + 1 < len(items) and self._coordinated(items[j], items[j + 1]):
            group.append(items[j + 1])
            j += 1
        return group

    def _coordinated(self, a: "Mention", b: "Mention") -> bool:
        gap = self.doc[a.end:b.start]
        if not 0 < len(gap) <= 6:
            return False
        separated = False
        for tok in gap:
            if tok.text in _SEPARATORS:
                separated = separated or tok.text != ";"
                if tok.text == ";":
                    return False
            elif tok.i in self.at or tok.lower_ in _LIST_FILLERS or tok.pos_ in ("DET", "ADJ", "NUM"):
                continue
            elif tok.pos_ in ("NOUN", "PROPN") and tok.is_lower:
                continue
            else:
                return False
        if not separated:
            return False
        # "... in OpenAI, and Google backed Anthropic": b opens a new clause.
        if self.root(b).dep_ in ("nsubj", "nsubjpass") and self.root(a).dep_ not in ("nsubj", "nsubjpass"):
            return False
        return True

    def np_mentions(self, tok: "Token | None", *, role: str) -> list["Mention"]:
        """The entities a noun phrase headed by tok names.

        The head's own name (with its coordinated list); else, for a subject, a name inside the
        phrase ("the EU AI Act" -> EU); for an object, the possessor ("Russia's computing power").
        """
        if tok is None:
            return []
        m = self.mention_at(tok)
        if m is not None and m.kind != "demonym":
            return self.chain(m)
        for child in tok.children:
            if child.dep_ == "appos":
                found = self.np_mentions(child, role=role)
                if found:
                    return found
        deps = ("poss", "compound", "nmod") if role == "subject" else ("poss",)
        for child in tok.children:
            if child.dep_ in deps:
                cm = self.mention_at(child)
                if cm is not None and cm.kind != "demonym":
                    return [cm]
                for grand in child.children:
                    if grand.dep_ in deps:
                        gm = self.mention_at(grand)
                        if gm is not None and gm.kind != "demonym":
                            return [gm]
        return []

    def clause_subject(self, tok: "Token") -> list["Mention"]:
        """The subject of the clause tok belongs to, climbing xcomp/advcl/conj to a verb that has one."""
        v = tok
        for _ in range(8):
            subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i]
            for child in subjects:
                found = self.np_mentions(child, role="subject")
                if found:
                    return found
            for child in subjects:
                # "The development of AI in Russia continues": the name deeper in the phrase.
                deep = [self.at[t.i] for t in child.subtree if t.i in self.at and self.at[t.i].kind != "demonym"
                        and self.at[t.i].entity.cls in ("Country", "Company", "Bloc", "Region")]
                if deep:
                    return deep[:1]
            if subjects:
                return []
            if v.dep_ in ("relcl", "acl") and v.head.i != v.i:
                found = self.np_mentions(v.head, role="subject")
                if found:
                    return found
            if v.head.i == v.i:
                break
            v = v.head
        return []

    def objects(self, verb: "Token", spec: str) -> list["Mention"]:
        found: list[Mention] = []
        if spec in ("dobj", "dative"):
            deps = ("dobj", "attr", "oprd") if spec == "dobj" else ("dative",)
            for child in verb.children:
                if child.dep_ in deps:
                    found += self.np_mentions(child, role="object")
            return found
        word = spec.split(":", 1)[1]
        holders = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "prt", "advmod", "npadvmod")]
        for holder in holders:
            for child in holder.children:
                if child.dep_ in ("prep", "agent", "prt", "advmod") and child.lower_ == word:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            found += self.np_mentions(pobj, role="object")
                    if not found and child.dep_ in ("prt", "advmod"):
                        for c in verb.children:
                            if c.dep_ == "dobj":
                                found += self.np_mentions(c, role="object")
        return found

    def add(self, subjects: Iterable["Mention"], relation: str, objects: Iterable["Mention"],
            confidence: float, rule: str, trigger: "Token", **qualifiers: int) -> None:
        objects = list(objects)
        for s in subjects:
            for o in objects:
                if s.entity.iri != o.entity.iri:
                    self.out.append(Candidate(s, relation, o, confidence, rule, trigger, dict(qualifiers)))

    def pairwise(self, group: list["Mention"], relation: str, confidence: float, rule: str, trigger: "Token") -> None:
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                self.add([a], relation, [b], confidence, rule, trigger)

    # ------------------------------------------------------------------ rules

    def facts(self) -> list[Fact]:
        doc = self.doc
        for sent in doc.sents:
            if not self.sent_mentions(sent):
                continue
            for tok in sent:
                if tok.pos_ in ("VERB", "AUX") or tok.tag_ in ("VBN", "VBG"):
                    self.rule_verb(tok)
                if tok.pos_ in ("NOUN", "PROPN") or tok.lower_ in ("rivals", "members", "partners"):
                    self.rule_nouns(tok)
                if tok.lower_ in ("behind", "ahead"):
                    self.rule_behind(tok)
            self.rule_ranking(sent)
        for m in self.mentions:
            if m.kind != "name":
                continue
            if m.entity.cls == "Person":
                self.rule_titles(m)
            if m.entity.cls == "AIModel":
                self.rule_model_owner(m)
            if m.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody"):
                self.rule_org_place(m)
            if m.entity.cls == "City":
                self.rule_city_country(m)
        self.rule_known_comention()
        return self.finalize()

    def rule_verb(self, verb: "Token") -> None:
        verbs = self.p["verbs"]
        particles = [c.lower_ for c in verb.children if c.dep_ in ("prt",)]
        dobj_words = [c.lower_ for c in verb.children if c.dep_ == "dobj"]
        keys = [f"{verb.lemma_.lower()} {w}" for w in particles + dobj_words] + [verb.lemma_.lower(), verb.lower_]
        key = next((k for k in keys if k in verbs), None)
        if key is None:
            self.rule_sanction_verbs(verb)
            self.rule_apply_to(verb)
            return
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
            verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN")
        for spec in verbs[key]:
            obj_specs = spec["obj"]
            if passive and "dobj" in obj_specs:
                objs = [m for c in verb.children if c.dep_ == "nsubjpass" for m in self.np_mentions(c, role="subject")]
                if not objs and verb.dep_ in ("acl", "amod"):
                    objs = self.np_mentions(verb.head, role="subject")
                subs = self.objects(verb, "prep:by")
                rule = f"verb-passive:{key}"
            elif passive:
                subs = [m for c in verb.children if c.dep_ == "nsubjpass" for m in self.np_mentions(c, role="subject")]
                if not subs and verb.dep_ in ("acl", "amod"):
                    subs = self.np_mentions(verb.head, role="subject")
                if not subs:
                    subs = self.clause_subject(verb)
                objs = [m for s in obj_specs if s != "dobj" for m in self.objects(verb, s)]
                rule = f"verb-passive:{key}"
            else:
                subs = self.clause_subject(verb)
                objs = [m for s in obj_specs for m in self.objects(verb, s)]
                rule = f"verb:{key}"
            if spec.get("reverse"):
                subs, objs = objs, subs
            self.add(subs, spec["rel"], objs, 0.9, rule, verb)
            # "X and Y compete": a coordinated subject with no object.
            if spec["rel"] == "competesWith" and not objs and len(subs) > 1:
                self.pairwise(subs, "competesWith", 0.85, rule, verb)
            if spec["rel"] == "partnersWith" and not objs and len(subs) > 1:
                self.pairwise(subs, "partnersWith", 0.85, rule, verb)

    def rule_sanction_verbs(self, verb: "Token") -> None:
        """"X targeted Huawei with sanctions": a targeting verb whose instrument is a sanction."""
        if verb.lemma_ not in self.p["sanction_noun_verbs"]:
            return
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "with" and any(
                    p.lemma_ in self.p["sanction_nouns"] for p in prep.children):
                self.add(self.clause_subject(verb), "sanctions", self.objects(verb, "dobj"), 0.85,
                         "sanction-instrument", verb)

    def rule_apply_to(self, verb: "Token") -> None:
        """"The EU AI Act applies to OpenAI": a law's maker regulates those it applies to."""
        if verb.lemma_ not in ("apply", "cover", "bind", "govern"):
            return
        for child in verb.children:
            if child.dep_ == "nsubj" and child.lemma_.lower() in ("act", "law", "rule", "regulation", "directive", "code", "framework"):
                regulators = self.np_mentions(child, role="subject")
                objs = self.objects(verb, "prep:to") + self.objects(verb, "dobj")
                self.add(regulators, "regulates", objs, 0.8, "law-applies", verb)

    def rule_behind(self, tok: "Token") -> None:
        """"trailing behind the United States", "a gap behind X", "ahead of Y" (reversed)."""
        if tok.lower_ == "behind":
            objs = [m for c in tok.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")]
            if objs:
                self.add(self.clause_subject(tok.head if tok.head.i != tok.i else tok), "trails", objs, 0.85, "behind", tok)
        elif tok.lower_ == "ahead":
            for prep in tok.children:
                if prep.lower_ == "of":
                    behind = [m for c in prep.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")]
                    self.add(behind, "trails", self.clause_subject(tok), 0.8, "ahead-of", tok)

    def rule_nouns(self, tok: "Token") -> None:
        lemma = tok.lemma_.lower()
        p = self.p
        if lemma in p["sanction_nouns"] and tok.i not in self.at:
            self.rule_sanction_noun(tok)
        if lemma in p["competition_nouns"]:
            # "dominance by Sberbank and Yandex": the parser often hangs "by" on the verb, so
            # the words right after the noun are read.
            nxt = self.doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
            if nxt is not None and nxt.lower_ in ("by", "between", "among", "of"):
                first = self._mention_after(nxt, skip=2)
                group = self.chain(first, rightward=True) if first is not None else []
                if len(group) > 1:
                    self.pairwise(group, "competesWith", 0.8, f"noun:{lemma}", tok)
        if lemma in p["rival_nouns"]:
            self.rule_relational_noun(tok, "competesWith", owner_first=True)
            after = self._mention_after(tok)
            if after and tok.tag_ == "NNS":
                group = self.chain(after)
                if len(group) > 1:
                    self.pairwise(group, "competesWith", 0.8, f"noun:{lemma}", tok)
        if lemma in p["partner_nouns"]:
            self.rule_partnership(tok)
        if lemma in p["supplier_nouns"]:
            self.rule_relational_noun(tok, "supplies", owner_first=False)
        if lemma in p["subsidiary_nouns"]:
            self.rule_relational_noun(tok, "subsidiaryOf", owner_first=False)
        if lemma in p["investment_nouns"]:
            self.rule_transaction_noun(tok, "investsIn", ("in", "into"))
        if lemma in p["acquisition_nouns"]:
            self.rule_transaction_noun(tok, "acquires", ("of",))
        if lemma in ("oversight", "regulation", "scrutiny", "supervision", "probe", "investigation"):
            self.rule_transaction_noun(tok, "regulates", ("of", "into"))
        if lemma in p["member_nouns"] or lemma == "membership":
            self.rule_membership(tok)

    def _owner(self, tok: "Token") -> list["Mention"]:
        """Who a relational noun belongs to: "X's rival", "Nvidia rival", "rival of X"."""
        for child in tok.children:
            if child.dep_ in ("poss", "compound", "nmod"):
                m = self.mention_at(child)
                if m is not None and m.kind != "demonym":
                    return [m]
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "to", "for", "at", "in"):
                found = [m for c in prep.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")]
                if found:
                    return found
        return []

    def _mention_after(self, tok: "Token", skip: int = 3) -> "Mention | None":
        """The name right after a noun, allowing a few fillers: "rivals such as AMD"."""
        for i in range(tok.i + 1, min(tok.i + 1 + skip, tok.sent.end)):
            m = self.at.get(i)
            if m is not None:
                return m if m.start == i and m.kind != "demonym" else None
            if self.doc[i].lower_ not in ({",", ":"} | _LIST_FILLERS) and self.doc[i].pos_ not in ("ADJ", "DET"):
                return None
        return None

    def _fillers(self, tok: "Token") -> list["Mention"]:
        """Who fills a relational noun: "its rival AMD", "AMD, a rival of X", "AMD is a rival"."""
        after = self._mention_after(tok)
        if after is not None:
            return self.chain(after, rightward=True)
        if tok.dep_ == "appos":
            m = self.mention_at(tok.head)
            if m is not None:
                return self.chain(m)
        if tok.dep_ in ("attr", "oprd") and tok.head.lemma_ in ("be", "become", "remain"):
            return [m for c in tok.head.children if c.dep_ == "nsubj" for m in self.np_mentions(c, role="subject")]
        # "AMD, Nvidia's rival": an apposition the parser attached to the name.
        if tok.i >= 2:
            for child in tok.children:
                if child.dep_ == "det":
                    break
            left = [t for t in tok.lefts]
            start = left[0].i if left else tok.i
            if start > 0 and self.doc[start - 1].text == ",":
                m = self.at.get(start - 2)
                if m is not None and m.kind != "demonym":
                    return [m]
        return []

    def rule_relational_noun(self, tok: "Token", relation: str, *, owner_first: bool) -> None:
        owners, fillers = self._owner(tok), self._fillers(tok)
        owners = [o for o in owners if o not in fillers]
        if owner_first:
            self.add(owners, relation, fillers, 0.85, f"noun:{tok.lemma_.lower()}", tok)
        else:
            self.add(fillers, relation, owners, 0.85, f"noun:{tok.lemma_.lower()}", tok)

    def rule_partnership(self, tok: "Token") -> None:
        lemma = tok.lemma_.lower()
        withs = [m for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "with"
                 for c in prep.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")]
        between = [m for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in ("between", "among")
                   for c in prep.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")]
        if len(between) > 1:
            self.pairwise(between, "partnersWith", 0.85, f"noun:{lemma}", tok)
        if withs:
            owners = self._owner(tok) or self.clause_subject(tok)
            self.add(owners, "partnersWith", withs, 0.85, f"noun:{lemma}", tok)

    def rule_transaction_noun(self, tok: "Token", relation: str, preps: tuple[str, ...]) -> None:
        """"X's acquisition of Y", "an investment by X in Y", "X made an investment in Y"."""
        lemma = tok.lemma_.lower()
        targets = [m for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in preps
                   for c in prep.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")]
        if not targets:
            return
        actors = [m for prep in tok.children if prep.dep_ in ("prep", "agent") and prep.lower_ in ("by", "from")
                  for c in prep.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")]
        if not actors:
            for child in tok.children:
                if child.dep_ in ("poss", "compound", "nmod", "amod"):
                    m = self.mention_at(child)
                    if m is not None and m not in targets:
                        actors = [m]
                        break
        if not actors and tok.dep_ in ("dobj", "attr", "pobj", "nsubjpass"):
            actors = self.clause_subject(tok.head)
        self.add(actors, relation, targets, 0.85, f"noun:{lemma}", tok)

    def rule_sanction_noun(self, tok: "Token") -> None:
        lemma = tok.lemma_.lower()
        p = self.p
        if lemma == "control" and not any(c.lemma_.lower() == "export" for c in tok.children):
            return
        # Who imposes: "Western sanctions", "U.S. export controls", "sanctions by the EU".
        sanctioners: list[Mention] = []
        for child in tok.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod"):
                m = self.mention_at(child)
                if m is not None:
                    sanctioners = [m]
                    break
                for grand in child.children:
                    if grand.dep_ in ("amod", "compound", "poss", "nmod") and self.mention_at(grand):
                        sanctioners = [self.mention_at(grand)]
                        break
        if not sanctioners:
            sanctioners = [m for prep in tok.children if prep.dep_ in ("prep", "agent") and prep.lower_ in ("by", "from")
                           for c in prep.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")]
        if not sanctioners and tok.dep_ == "dobj" and tok.head.lemma_ in p["sanction_imposing_verbs"]:
            sanctioners = self.clause_subject(tok.head)
        if not sanctioners and tok.dep_ == "nsubjpass" and tok.head.lemma_ in p["sanction_imposing_verbs"]:
            sanctioners = self.objects(tok.head, "prep:by")
        if not sanctioners and self._mention_before(tok):
            sanctioners = [self._mention_before(tok)]
        # Who is hit: "sanctions on Russia", "controls against China", "sanctions targeted Russia",
        # "despite Western sanctions" (the subject of the clause), "Russia faces sanctions".
        targets: list[Mention] = []
        holders = [tok] + ([tok.head] if tok.dep_ == "dobj" else [])
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ in ("on", "against", "targeting", "to"):
                    for pobj in prep.children:
                        if pobj.dep_ != "pobj":
                            continue
                        found = self.np_mentions(pobj, role="object")
                        if not found:  # "restrictions on exports to China"
                            found = [m for sub in pobj.children if sub.dep_ == "prep" and sub.lower_ in ("to", "of", "from")
                                     for c in sub.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")]
                        targets += found
        for child in tok.children:
            if child.dep_ == "acl" and child.lemma_ in ("target", "hit", "affect"):
                targets += self.objects(child, "dobj")
        if not targets and tok.dep_ == "nsubj" and tok.head.lemma_ in p["sanction_noun_verbs"]:
            for child in tok.head.children:
                if child.dep_ == "dobj":
                    targets += self.np_mentions(child, role="object") or [
                        self.at[t.i] for t in child.subtree if t.i in self.at and self.at[t.i].kind != "demonym"][:1]
        if not targets and tok.dep_ == "pobj" and tok.head.lower_ in p["sanction_suffering_preps"]:
            targets = self.clause_subject(tok.head.head)
        if not targets and tok.dep_ == "dobj" and tok.head.lemma_ in p["sanction_suffering_verbs"]:
            targets = self.clause_subject(tok.head)
        self.add(sanctioners, "sanctions", targets, 0.85, f"noun:{lemma}", tok)

    def _mention_before(self, tok: "Token") -> "Mention | None":
        """A name (or demonym) right before a noun phrase head: "Western sanctions"."""
        i = tok.i - 1
        while i >= tok.sent.start and self.doc[i].lower_ in ("export", "new", "fresh", "sweeping", "tough", "-"):
            i -= 1
        m = self.at.get(i)
        return m if m is not None and m.end == i + 1 else None

    def rule_membership(self, tok: "Token") -> None:
        """"fellow BRICS members India and Brazil", "X is a member of NATO", "EU member states such as X"."""
        lemma = tok.lemma_.lower()
        blocs: list[Mention] = []
        for child in tok.children:
            if child.dep_ in ("compound", "poss", "nmod", "amod"):
                m = self.mention_at(child)
                if m is not None and m.entity.cls == "Bloc":
                    blocs = [m]
        if not blocs:
            before = self._mention_before(tok)
            if before is not None and before.entity.cls == "Bloc":
                blocs = [before]
        if not blocs:
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in ("of", "in"):
                    blocs = [m for c in prep.children if c.dep_ == "pobj"
                             for m in self.np_mentions(c, role="object") if m.entity.cls == "Bloc"]
        if not blocs:
            return
        if lemma != "member" and lemma != "membership" and not blocs:
            return
        if lemma == "partner" and tok.dep_ == "pobj" and tok.head.lower_ == "with" and self._mention_after(tok) is None:
            # "develop AI with BRICS partners": the subject works with the bloc.
            self.add(self.clause_subject(tok.head), "partnersWith", blocs, 0.8, "noun:partner-with-bloc", tok)
            return
        if lemma == "membership":
            members = self._owner(tok)
            members = [m for m in members if m.entity.cls != "Bloc" or m not in blocs]
        else:
            members = self._fillers(tok)
        if lemma in ("state", "country", "nation", "economy", "partner") and not members:
            return
        self.add(members, "memberOf", blocs, 0.85, f"noun:{lemma}", tok)
        fellow = any(t.lower_ == "fellow" for t in self.doc[max(tok.sent.start, tok.i - 4):tok.i])
        if fellow:
            governing = tok.head
            while governing.dep_ in ("conj", "appos", "pobj", "prep", "dobj", "compound") and governing.head.i != governing.i:
                governing = governing.head
            subject = [m for m in self.clause_subject(governing) if m not in members]
            self.add(subject, "memberOf", blocs, 0.8, "noun:fellow-member", tok)

    def rule_titles(self, person: "Mention") -> None:
        """"Nvidia CEO Jensen Huang", "Sberbank's first deputy CEO X", "President Vladimir Putin",
        "Jensen Huang, chief executive of Nvidia", "X is the CEO of Y"."""
        doc, words = self.doc, self.p["title_words"]
        # Title to the left of the name.
        i = person.start - 1
        while i >= person.start - 6 and i >= doc[person.start].sent.start and doc[i].lower_ in words and i not in self.at:
            i -= 1
        phrase = doc[i + 1:person.start]
        if len(phrase):
            org = None
            if i >= 0 and doc[i].text in ("'s", "'"):
                org = self.at.get(i - 1)
            elif i >= 0:
                org = self.at.get(i)
                if org is not None and org.end != i + 1:
                    org = None
            self._title_fact(person, phrase, org)
        # Title after the name: ", chief executive of Nvidia" / ", Nvidia's chief executive".
        j = person.end
        if j < len(doc) and doc[j].text == ",":
            k = j + 1
            if k < len(doc) and doc[k].lower_ in ("the", "a", "an", "its", "his", "her"):
                k += 1
            org = None
            m = self.at.get(k)
            if m is not None and m.start == k and m.entity.cls != "Person":
                org, k = m, m.end
                if k < len(doc) and doc[k].text in ("'s", "'"):
                    k += 1
            start = k
            while k < len(doc) and k - start < 6 and doc[k].lower_ in words and k not in self.at:
                k += 1
            phrase = doc[start:k]
            if len(phrase) and org is None and k < len(doc) and doc[k].lower_ in ("of", "at", "for"):
                m = self.at.get(k + 1)
                if m is None and k + 2 < len(doc) and doc[k + 1].lower_ == "the":
                    m = self.at.get(k + 2)
                org = m
            if len(phrase):
                self._title_fact(person, phrase, org)
        # Copula: "Huang is the chief executive of Nvidia".
        root = self.root(person)
        if root.dep_ == "nsubj" and root.head.lemma_ in ("be", "become", "remain", "serve"):
            for attr in root.head.children:
                if attr.dep_ in ("attr", "oprd") and attr.lower_ in words:
                    phrase = doc[attr.left_edge.i:attr.i + 1]
                    org = (self._owner(attr) or [None])[0]
                    self._title_fact(person, phrase, org)

    def _title_fact(self, person: "Mention", phrase: "Span", org: "Mention | None") -> None:
        titles = self.p["titles"]
        text = " ".join(t.lower_ for t in phrase).replace(" - ", "-").replace("co -", "co-")
        tokens = set(text.replace("-", " - ").split())
        former = bool(tokens & set(titles["former_words"])) or text.startswith("ex-")
        has = lambda names: any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text) for n in names)
        if has(titles["founder"]) or "founder" in text:
            relation = "founderOf"
        elif tokens & set(titles["deputy_words"]):
            relation = "employedBy"
        elif has(titles["leader"]):
            relation = "leaderOf"
        elif has(titles["employee"]):
            relation = "employedBy"
        else:
            return
        if former:  # "former OpenAI CTO": was employed there, leads it no more
            relation = "employedBy" if relation == "leaderOf" else relation
        trigger = phrase[-1]
        if org is not None and org.entity.iri != person.entity.iri:
            self.add([person], relation, [org], 0.9, "title", trigger)
        elif relation == "leaderOf" and has(titles["state_leader"]):
            # "President Vladimir Putin": the office is the one the gazetteer knows he holds.
            for s, rel, o in self.gazetteer.background:
                if s == person.entity.iri and rel == "leaderOf" and o in self.gazetteer.entities:
                    office = self._virtual_mention(self.gazetteer.entities[o], phrase)
                    self.add([person], "leaderOf", [office], 0.75, "title-known-office", trigger)

    def _virtual_mention(self, entity, span: "Span") -> "Mention":
        from .extract import Mention

        return Mention(span.start, span.end, entity, "known")

    def rule_model_owner(self, model: "Mention") -> None:
        """"Meta's Llama", "its Ascend chips", "Nvidia H20 chips", "Llama from Meta"."""
        doc = self.doc
        i = model.start - 1
        skipped = 0
        while i >= 0 and skipped < 2 and doc[i].pos_ in ("ADJ", "NOUN") and doc[i].is_lower and i not in self.at:
            i -= 1
            skipped += 1
        if i >= 1 and doc[i].text in ("'s", "'"):
            owner = self.at.get(i - 1)
            if owner is not None and owner.kind != "demonym":
                self.add([owner], "develops", [model], 0.85, "possessive", doc[i])
                return
        if i >= 0:
            owner = self.at.get(i)
            if owner is not None and owner.end == i + 1 and owner.kind != "demonym" and owner.entity.cls != "AIModel":
                rule = "possessive" if owner.kind == "anaphor" else "compound"
                self.add([owner], "develops", [model], 0.85 if owner.kind == "anaphor" else 0.75, rule, doc[i])
                return
        j = model.end
        while j < len(doc) and j - model.end < 3 and doc[j].pos_ in ("NOUN",) and doc[j].is_lower:
            j += 1
        if j + 1 < len(doc) and doc[j].lower_ in ("from", "by"):
            owner = self.at.get(j + 1)
            if owner is not None and owner.start == j + 1 and owner.entity.cls != "AIModel":
                self.add([owner], "develops", [model], 0.75, "model-from", doc[j])

    def rule_org_place(self, org: "Mention") -> None:
        """"Paris-based Mistral", "Chinese startup DeepSeek", "China's Huawei", "SoftBank-backed X"."""
        doc = self.doc
        i = org.start - 1
        skipped = 0
        org_nouns = set(self.p["org_nouns"])
        while i >= 0 and skipped < 4 and (doc[i].lower_ in org_nouns or (doc[i].pos_ == "ADJ" and doc[i].is_lower)) and i not in self.at:
            i -= 1
            skipped += 1
        if i < 0:
            return
        word = doc[i].lower_
        if word in ("based", "headquartered") and i >= 1:
            k = i - 1 if doc[i - 1].text == "-" else i
            place = self.at.get(k - 1) if k >= 1 else None
            if place is not None and place.end == k:
                self.add([org], "headquarteredIn", [place], 0.9, "place-based", doc[i])
            return
        if word in ("backed", "funded", "owned") and i >= 2 and doc[i - 1].text == "-":
            owner = self.at.get(i - 2)
            if owner is not None and owner.end == i - 1:
                if word == "owned":
                    self.add([org], "subsidiaryOf", [owner], 0.85, "owner-owned", doc[i])
                else:
                    self.add([owner], "investsIn", [org], 0.85, "investor-backed", doc[i])
            return
        if doc[i].text in ("'s", "'") and i >= 1:
            owner = self.at.get(i - 1)
            if owner is not None and owner.kind != "demonym":
                if owner.entity.cls in ("Country", "City", "Region"):
                    self.add([org], "headquarteredIn", [owner], 0.75, "place-possessive", doc[i])
                elif owner.entity.cls == "Company" and skipped == 0:
                    self.add([org], "subsidiaryOf", [owner], 0.6, "company-possessive", doc[i])
            return
        place = self.at.get(i)
        if place is not None and place.end == i + 1 and skipped > 0 and place.entity.cls in ("Country", "Region", "City"):
            self.add([org], "headquarteredIn", [place], 0.75, "demonym-org" if place.kind == "demonym" else "place-org", doc[i])

    def rule_city_country(self, city: "Mention") -> None:
        """"Shenzhen, China" and "Shenzhen in southern China"."""
        doc = self.doc
        j = city.end
        if j + 1 < len(doc) and doc[j].text == ",":
            place = self.at.get(j + 1)
            if place is not None and place.start == j + 1 and place.entity.cls in ("Country", "Region"):
                after = doc[place.end] if place.end < len(doc) else None
                nxt = self.at.get(place.end + 1) if after is not None and after.text == "," else None
                if nxt is None or nxt.entity.cls not in ("City",):
                    self.add([city], "locatedIn", [place], 0.8, "city-comma-country", doc[j])
        elif j + 1 < len(doc) and doc[j].lower_ == "in":
            k = j + 1
            while k < len(doc) and doc[k].pos_ in ("ADJ", "DET") and k not in self.at:
                k += 1
            place = self.at.get(k)
            if place is not None and place.start == k and place.entity.cls in ("Country", "Region"):
                self.add([city], "locatedIn", [place], 0.75, "city-in-country", doc[j])

    def rule_ranking(self, sent: "Span") -> None:
        """"Russia ranks 31st out of 83 countries in the Global AI Index", "France ranks 5th and
        Germany 7th": each ordinal goes to the name that precedes it."""
        indices = [m for m in self.sent_mentions(sent) if m.entity.cls == "Index" and m.kind == "name"]
        if not indices:
            return
        index = indices[0]
        text, offset = sent.text, sent.start_char
        ordinals = list(_ORDINAL.finditer(text))
        out_of = _OUT_OF.search(text, ordinals[0].end()) if ordinals else None
        actors = [m for m in self.sent_mentions(sent) if m.kind != "demonym" and m.entity.cls != "Index"
                  and not self.is_modifier(m)]
        placed = False
        for ordinal in ordinals:
            anchor = self.doc.char_span(offset + ordinal.start(), offset + ordinal.end(), alignment_mode="expand")
            if anchor is None:
                continue
            before = [m for m in actors if m.end <= anchor.start]
            if not before:
                continue
            subject = before[-1]
            rank = int(ordinal.group(1)) if ordinal.group(1) else _ORDINAL_WORDS[ordinal.group(2).lower()]
            qualifiers = {"rank": rank}
            if out_of is not None:
                qualifiers["outOf"] = int(out_of.group(1))
            self.add([subject], "rankedIn", [index], 0.9, "ranking", anchor.root, **qualifiers)
            placed = True
        if not placed:
            verbs = [t for t in sent if t.lemma_ in ("rank", "place", "feature", "appear", "list", "top", "score")]
            if verbs:
                subjects = [m for m in self.clause_subject(verbs[0]) if m.entity.cls != "Index"]
                self.add(subjects[:1], "rankedIn", [index], 0.7, "ranking", verbs[0])

    def rule_known_comention(self) -> None:
        """A product and its maker, or a leader and the body he leads, named in one sentence:
        the gazetteer's background knowledge confirms the link (lower confidence)."""
        background = self.gazetteer.background
        stated = {(c.subject.entity.iri, c.relation, c.object.entity.iri) for c in self.out}
        for sent in self.doc.sents:
            names = [m for m in self.sent_mentions(sent) if m.kind == "name"]
            for a in names:
                for b in names:
                    for relation in ("develops", "leaderOf", "founderOf", "subsidiaryOf"):
                        key = (a.entity.iri, relation, b.entity.iri)
                        if key in background and key not in stated:
                            stated.add(key)
                            self.add([a], relation, [b], 0.6, "known-comention", self.root(b))

    # ------------------------------------------------------------------ checks

    def modality(self, trigger: "Token") -> str:
        """asserted, planned, reported or denied, from negation and hedges governing the trigger."""
        p = self.p
        tok, found = trigger, "asserted"
        for _ in range(6):
            for child in tok.children:
                if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                    return "denied"
                if child.dep_ in ("aux", "advmod") and child.lower_ in p["planned"]:
                    found = "planned"
                if child.dep_ == "advmod" and child.lower_ in ("reportedly", "allegedly"):
                    found = found if found == "planned" else "reported"
            if tok.i != trigger.i:
                if tok.lemma_ in p["denied"] and tok.pos_ == "VERB":
                    return "denied"
                if tok.lemma_ in p["planned"]:
                    found = "planned"
                elif tok.lemma_ in p["reported"] and found == "asserted":
                    found = "reported"
            if tok.dep_ in _STOP_CLIMB or tok.head.i == tok.i:
                break
            if tok.dep_ == "pobj" and tok.head.lower_ in _PRESUPPOSING:
                break  # "aims to grow despite sanctions": the sanctions are not what is hedged
            tok = tok.head
        return found

    def finalize(self) -> list[Fact]:
        rels = relations()
        leaders: dict[str, list] = {}
        for c in self.out:
            if c.relation == "leaderOf":
                leaders.setdefault(c.subject.entity.iri, []).append(c.object)
        best: dict[tuple, Fact] = {}
        for c in self.out:
            relation = rels[c.relation]
            subject, obj, confidence = c.subject, c.object, c.confidence
            if not relation.accepts(subject.entity.cls, obj.entity.cls):
                # "Putin announced plans to work with BRICS": a leader speaks for what he leads.
                substitutes = [o for o in leaders.get(subject.entity.iri, [])
                               if relation.accepts(o.entity.cls, obj.entity.cls)]
                if subject.entity.cls != "Person" or not substitutes:
                    continue
                subject, confidence = substitutes[0], confidence * 0.85
            if subject.entity.iri == obj.entity.iri:
                continue
            modality = self.modality(c.trigger)
            if modality == "denied":
                continue
            confidence *= _MODALITY_FACTOR[modality] * subject.weight * obj.weight
            s_ent, o_ent = subject.entity, obj.entity
            if relation.symmetric and s_ent.iri > o_ent.iri:
                s_ent, o_ent = o_ent, s_ent
            sent = c.trigger.sent
            key = (s_ent.iri, c.relation, o_ent.iri, sent.start_char)
            fact = Fact(subject=s_ent, relation=c.relation, object=o_ent, confidence=round(confidence, 3),
                        evidence=sent.text.strip(), start=sent.start_char, end=sent.end_char,
                        extractor=c.rule, modality=modality, qualifiers=c.qualifiers)
            previous = best.get(key)
            if previous is None or previous.confidence < fact.confidence:
                best[key] = fact
                previous, fact = fact, previous
            if fact is not None:
                # Two rules saw the same fact in one sentence: keep every qualifier either found.
                merged = {**fact.qualifiers, **previous.qualifiers}
                if merged != previous.qualifiers:
                    best[key] = replace(previous, qualifiers=merged)
        return sorted(best.values(), key=lambda f: (f.start, f.subject.label, f.relation, f.object.label))
