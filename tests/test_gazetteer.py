"""The shipped gazetteer of known entities."""

from __future__ import annotations

from collections import Counter

from aigraph.gazetteer import default_gazetteer, strip_company_suffix


def test_gazetteer_aliases_link_to_canonical_entities():
    gaz = default_gazetteer()
    us = gaz.lookup("United States")
    assert us is not None and us.cls == "Country"
    for alias in ("U.S.", "the United States", "USA"):
        assert gaz.lookup(alias) == us, alias
    # A capital is a city; the extractor decides from context when it stands for the state.
    washington = gaz.lookup("Washington")
    assert washington.cls == "City" and gaz.capitals[washington.iri] == us.iri
    assert gaz.capitals[gaz.lookup("Brussels").iri] == gaz.lookup("European Union").iri
    assert gaz.lookup("Sber").label == "Sberbank"
    assert gaz.lookup("Nvidia Corp.").label == "Nvidia"
    assert gaz.lookup("BRICS").cls == "Bloc"
    assert gaz.lookup("Global AI Index").cls == "Index"


def test_gazetteer_demonyms_and_background():
    gaz = default_gazetteer()
    assert gaz.entities[gaz.demonyms["Russian"]].label == "Russia"
    assert gaz.entities[gaz.demonyms["Western"]].label == "the West"
    putin = gaz.lookup("Vladimir Putin").iri
    assert (putin, "leaderOf", gaz.lookup("Russia").iri) in gaz.background
    assert (gaz.lookup("Meta").iri, "develops", gaz.lookup("Llama").iri) in gaz.background


def test_gazetteer_is_large_and_unambiguous():
    gaz = default_gazetteer()
    classes = Counter(e.cls for e in gaz.entities.values())
    assert classes["Country"] >= 190 and classes["Bloc"] >= 10 and classes["Company"] >= 100
    surfaces = Counter(s for e in gaz.entities.values() for s in {e.label, *e.aliases})
    assert [s for s, n in surfaces.items() if n > 1] == []
    assert "AI" not in surfaces


def test_gazetteer_strip_company_suffix():
    assert strip_company_suffix("Nvidia Corp.") == "Nvidia"
    assert strip_company_suffix("Alibaba Group Holding Ltd") == "Alibaba Group Holding"
    assert strip_company_suffix("Meta") == "Meta"
    # dotted and two-word legal forms
    assert strip_company_suffix("Cerro Datos S.A. de C.V.") == "Cerro Datos"
    assert strip_company_suffix("Leonardo S.p.A.") == "Leonardo"
    assert strip_company_suffix("Sea Pte. Ltd.") == "Sea"
    assert strip_company_suffix("Telkom Indonesia Tbk") == "Telkom Indonesia"
    assert strip_company_suffix("Vaigai Cloud Pvt Ltd") == "Vaigai Cloud"
    assert strip_company_suffix("Kaveri Semiconductor Private Limited") == "Kaveri Semiconductor"
    assert strip_company_suffix("Casa dos Ventos") == "Casa dos Ventos"
    assert strip_company_suffix("YTL Power International Berhad") == "YTL Power International"
    assert strip_company_suffix("Sedenak Cloud Sdn Bhd") == "Sedenak Cloud"
    # Nordic and Turkish forms, in capitals only; two forms in a row
    assert strip_company_suffix("Nordlys Compute ASA") == "Nordlys Compute"
    assert strip_company_suffix("Sanasto Oy") == "Sanasto"
    assert strip_company_suffix("Fjellnett AS") == "Fjellnett"
    assert strip_company_suffix("Aselsan A.S.") == "Aselsan"
    assert strip_company_suffix("Known As") == "Known As"
    assert strip_company_suffix("Tembusu Vietnam Co Ltd") == "Tembusu Vietnam"
