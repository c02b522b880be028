"""Identifiers and the ontology."""

from __future__ import annotations

import rdflib
from hypothesis import given
from hypothesis import strategies as st

from aigraph.config import ontology_dir
from aigraph.vocab import AG, article_iri, entity_iri, relations


def test_vocab_entity_iri_follows_the_design():
    assert str(entity_iri("Global AI Index")) == "https://w3id.org/aigraph/entity/Global_AI_Index"
    assert str(entity_iri("Russia")) == "https://w3id.org/aigraph/entity/Russia"


def test_vocab_entity_iri_keeps_different_names_apart():
    assert entity_iri("A B") != entity_iri("A_B")
    assert entity_iri("Evil<script>") != entity_iri("Evil script")


@given(st.text(min_size=1).filter(lambda s: s.strip()))
def test_vocab_entity_iri_is_always_a_valid_iri_and_stable(name):
    iri = entity_iri(name)
    assert iri == entity_iri(name)
    assert not any(ch in str(iri) for ch in ' <>"{}|\\^`\n\t')
    rdflib.URIRef(str(iri)).n3()  # rdflib accepts it


@given(st.text(min_size=1), st.text(min_size=1))
def test_vocab_entity_iri_no_collisions(a, b):
    norm = lambda s: " ".join(s.split())
    if norm(a) and norm(b) and norm(a) != norm(b):
        import unicodedata
        if unicodedata.normalize("NFC", norm(a)) != unicodedata.normalize("NFC", norm(b)):
            assert entity_iri(a) != entity_iri(b)


def test_vocab_article_iri_refuses_non_ids():
    import pytest

    with pytest.raises(ValueError):
        article_iri("../../etc")
    assert str(article_iri("0123456789abcdef")).endswith("/article/0123456789abcdef")


def test_vocab_every_design_relation_has_domain_range_and_label():
    names = {"memberOf", "partnersWith", "competesWith", "sanctions", "develops", "leaderOf", "founderOf",
             "employedBy", "headquarteredIn", "investsIn", "acquires", "supplies", "rankedIn", "trails",
             "regulates", "subsidiaryOf", "locatedIn"}
    rels = relations()
    assert set(rels) == names
    assert rels["memberOf"].label == "member of"
    assert rels["partnersWith"].symmetric and not rels["memberOf"].symmetric
    assert not rels["memberOf"].accepts("Person", "Country")
    assert rels["memberOf"].accepts("Country", "Bloc")


def test_vocab_ontology_aligns_with_public_vocabularies():
    g = rdflib.Graph().parse(ontology_dir() / "aigraph.ttl")
    assert (AG.memberOf, rdflib.RDFS.subPropertyOf, rdflib.URIRef("https://schema.org/memberOf")) in g
    assert (AG.memberOf, rdflib.SKOS.exactMatch, rdflib.URIRef("http://www.wikidata.org/prop/direct/P463")) in g
