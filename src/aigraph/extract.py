"""Extraction: spaCy Doc -> mentions linked to entities -> facts.

The pipeline is the installed English spaCy model plus three components of ours:
``aigraph_line_breaks`` (a line break ends a sentence: headlines and bullets have no full stop),
an EntityRuler fed from the gazetteer (known names and aliases win over the statistical NER),
and ``aigraph_relations`` (the rules in :mod:`aigraph.rules`), which leaves the facts on
``doc._.aigraph_facts`` and the linked entities on ``doc._.aigraph_entities``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ExtractionError
from .gazetteer import Gazetteer, default_gazetteer, strip_company_suffix
from .models import Article, Entity, Fact
from .vocab import entity_iri

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

#: Languages whose names are no nationality ("a speech engine for Telugu, Urdu and Kannada", "the
#: Tamil language model"): the NER takes them for firms or people. Only a name that is the
#: language alone is dropped ("Guarani Compute" and "Tamil Nadu" stay names).
LANGUAGE_NAMES = frozenset("""
    Telugu Urdu Kannada Tamil Hindi Bengali Bangla Marathi Gujarati Punjabi Malayalam Odia Assamese Sinhala
    Swahili Kiswahili Amharic Yoruba Hausa Igbo Zulu isiZulu Xhosa isiXhosa Tigrinya Wolof Mandarin Cantonese
    Tagalog Bahasa Farsi Pashto Dari Quechua Guarani Aymara""".split())

#: Names the statistical NER likes to tag that are never entities in our sense.
IGNORED_NAMES = (
    "AI", "A.I.", "GenAI", "AGI", "LLM", "LLMs", "GPU", "GPUs", "RAM", "CEO", "CTO", "CFO",
    "DAO", "DAOs", "IPO", "API", "APIs", "ChatBot", "Internet", "Cloud", "Big Tech", "AI Act",
    "Commerce",  # "Commerce Secretary X": which country's commerce ministry is not said
    # Technologies, not actors or products of one maker.
    "DRAM", "NAND", "HBM", "SRAM", "CPU", "CPUs", "TPU", "TPUs", "NPU", "ASIC", "ASICs", "EUV", "DUV", "LLM",
    # Lists kept by governments are instruments, not actors.
    "Entity List", "the Entity List", "Unverified List", "Military End User List", "SDN List",
    "Specially Designated Nationals List", "Unreliable Entity List", "Export Control List",
    # Language families ("Azerbaijani and other Turkic languages"), not organisations.
    "Turkic", "Slavic", "Bantu", "Semitic", "Dravidian", "Nilotic",
    # Stock-market indices ("South Korea's Kospi slipped 0.6%"): prices, not actors.
    "Nikkei 225", "Nikkei Stock Average", "Topix", "Kospi", "Kosdaq", "Taiex", "Hang Seng", "Hang Seng Index",
    "S&P/ASX 200", "ASX 200", "S&P 500", "FTSE 100", "FTSE 250", "CAC 40", "DAX", "Stoxx 600", "Euro Stoxx 50",
    "Sensex", "Nifty 50", "CSI 300", "Shanghai Composite", "Shenzhen Component", "Straits Times Index",
    "Philadelphia Semiconductor Index", "Nasdaq Composite", "Nasdaq 100", "Dow Jones Industrial Average",
    # A designation list's birth date and place, not organisations.
    "DOB", "POB",
    # Units of power ("to supply 500 MW of power"), not organisations.
    "MW", "GW", "kW", "MWh", "GWh", "TWh",
)
#: spaCy NER labels we keep, and the class a new entity of that label gets.
NER_CLASSES = {"PERSON": "Person", "ORG": "Company", "GPE": "City", "LOC": "Region", "PRODUCT": "AIModel"}
_GOVERNMENT = re.compile(
    r"\b(Ministry|Division of|Department|Agency|Commission|Office|Council|Bureau|Administration|Authority|Board|Regulatory Unit|"
    r"Superintendence|Superintendency|Supervisory|"
    r"Parliament|Congress|Senate|Government|Regulator|Committee|Duma|Cabinet|Directorate|Inspectorate|Treasury|Court|Tribunal|Customs|Police|Prosecutor|Ombudsman|Central Bank|Reserve Bank|Constabulary|Gendarmerie|(?:Federal|National|State|Internal|Military|Secret) (?:[A-Z][a-z]+ )?Service|(?:Intelligence|Counterintelligence|Revenue|Assessment|Antimonopoly|Migration|Statistical) Service|Geological Survey|Hydrographic Confederation|Municipality|Armed Forces|Defence Forces|Defense Forces|Police Force|Air Force|Army|Navy)\b")
_RESEARCH = re.compile(
    r"\b(University|Institute|Institution|Academy|Laboratory|College|School|Centre|Center|"
    r"Think Tank|Observatory|Polytechnic)\b")
_BLOC = re.compile(r"\b(Alliance|Treaty Organi[sz]ation|Community|Forum|Coalition|Partnership|Consortium|Pact|"
                   r"Compact|Accord|Club|Bloc|Grouping)\b")
#: Last words of a ranking's name: "the Lattice Compute Readiness Index", "the Kanto Language Model
#: Leaderboard", "the Eurasian AI Maturity Rating". News names new indices all the time.
_INDEX_WORDS = frozenset("""
    Index Indices Indexes Ranking Rankings Rating Ratings Leaderboard Scoreboard Scorecard Barometer
    Tracker League Table Board
""".split())
_INDEX_WORDS_LOWER = frozenset({w.lower() for w in _INDEX_WORDS} | {"top"})
#: "the Southern Languages Model Table", "the Crescent Multilingual Model Board": these two end
#: a ranking's name only after a word that says what is ranked ("Round Table", "Energy Board" are not).
_RANKED_BEFORE_TABLE = frozenset({"Model", "Models", "League", "Leader", "Language", "Languages", "Ranking"})
_INDEX_CONNECTORS = frozenset({"of", "for", "and", "&", "on", "in"})
#: Lower-case ranking nouns after a ranking's name: "the MERA benchmark", "the Top Picks list".
_RANKING_NOUNS_LOWER = frozenset({"benchmark", "leaderboard", "list", "ranking", "rankings", "index"})
#: Last words of a joined organisation's name that say it has members, not staff ("joined the
#: Open Silicon Group" is membership; "joined Kestrel Labs" is a job).
_BLOC_WORDS = frozenset("Group Initiative Network Association Council Union Organisation Organization Alliance "
                        "Consortium Forum Coalition Partnership Pact Compact Accord Club Bloc Grouping Project".split())
#: Descriptions that make a new name a product: "Damavand, the model made by Kavoshgar AI".
_DESCRIBED_PRODUCTS = frozenset("model chatbot assistant app application".split())
#: Product nouns after a hyphen-glued name that make it a product's ("the Rebel-Quad accelerator").
_GLUED_PRODUCT_NOUNS = frozenset("accelerator accelerators chip chips processor processors model models card cards "
                                 "server servers module modules".split())
#: Words that make a new name a bloc when something is said to be its member or to join it.
_MEMBERSHIP_NOUNS = frozenset("member members membership accession signatory signatories".split())
_REGION = re.compile(r"\b(Province|Oblast|Region|Krai|Prefecture|Valley|Peninsula|Voivodeship)\b|^County [A-Z]")
_EDGE_JUNK = re.compile(r"^(?:the|a|an)\s+|(?:'s|')$", re.IGNORECASE)
#: "Guangdong Province" and "Zhejiang province" name the same region as "Guangdong", "Zhejiang".
_INSTITUTION_WORDS = frozenset("""
    Alliance Foundation Institute Ministry Agency Authority Commission Council Office Bureau Department
    University Association Organisation Organization Forum Academy Administration Committee
    Consortium Coalition Pact Compact Accord Centre Center Board Network Fund Universiti
    Directorate Inspectorate Regulator Tribunal Court Service Secretariat Customs Police Constabulary
    Gendarmerie Municipality Bank Forces Force Army Navy
""".split())
#: Small words inside an institution's name: "Centre for Strategic Technology", "Committee on
#: Digital Affairs", "Agency for the Supervision of Artificial Intelligence".
_NAME_CONNECTORS = frozenset("of and for & on de du et".split())  # ("Caisse de depot et placement du Quebec")
#: Last words that, after a place's name, make one company's name of both ("Arctic Securities",
#: "Shenzhen Lianxin Computing"); generic ones ("UK AI", "China Cloud") need a word between.
_PLACE_COMPANY_WORDS = frozenset("""
    Securities Holdings Group Bank Banking Capital Partners Ventures Investments Fund Corporation Corp
    Inc Ltd Co Company Industries Electronics Semiconductor Systems Instruments Motors Labs Equipment
    Engineering Aerospace Telecom Telecommunications Logistics Airways Airlines
""".split())
_COMPASS_WORDS = frozenset("west east north south".split())
#: A bank's first word before its place's name ("Bank Muscat", "Banco Pichincha").
_BANK_WORDS = frozenset("Bank Banco Banque Banca".split())
#: Units named "parent + word", whose parent's bare name is not them.
_PARENT_NAMED_UNITS = frozenset("Ventures Capital Cloud Research Digital Studio".split())
#: Last words of a unit's name after its parent's: "Nebius AI Studio", "Aramco Digital".
_UNIT_WORDS = frozenset("Studio Digital Infrastructure Superintelligence Research Cloud Labs Ventures".split())
#: Small words inside Portuguese, Spanish, Italian, French, Dutch and German names: "Casa dos Ventos".
_SMALL_NAME_WORDS = frozenset("de da do dos das del della di du des van von der den".split())
#: Verbs whose subject, if the NER took it for an unknown town, is a firm ("Pitango led Ophir's Series A");
#: not "invest" or "fund", which towns do in industrial news ("Wuhu invested 2 billion yuan").
_INVESTING_VERBS = frozenset("lead acquire buy back".split())
#: Sites a firm names by their town ("Tata Electronics's Dholera fab", "its Kulai campus").
_NAMED_SITE_NOUNS = frozenset("fab fabs plant plants factory factories campus site mine refinery smelter works".split())
#: Words after a city's possessive that name a part of it ("at Eastern Creek, in Sydney's west").
_CITY_PART_WORDS = frozenset("west east north south northwest northeast southwest southeast centre center outskirts "
                             "suburbs heart edge".split())
#: Last words of a site's name: "NeutraDC Batam Hyperscale Data Center" is a building, not NeutraDC.
_SITE_WORDS = frozenset("Center Centre Campus Facility Plant Park Supercomputer".split())

#: Proper nouns that may modify a country's name: "Greater China", "Mainland China".
_AREA_WORDS = frozenset("""
    Greater Mainland Northern Southern Eastern Western Central Upper Lower North South East West Inner Outer
    Metropolitan Continental Rural Coastal Soviet Imperial Communist Democratic Republican Federal Old New
""".split())
#: Nouns for a firm that a place may modify: "the Auckland company", "a Lviv developer".
_FIRM_NOUNS = frozenset("""
    company firm group start-up startup lab developer operator lender bank fund insurer conglomerate outfit
    integrator assembler designer manufacturer supplier distributor trader broker consultancy reseller exporter
    utility telco carrier foundry
""".split())
#: Titles only an organisation has ("Jangada's founder"): a one-word new name before them is a firm.
_FOUNDER_TITLES = frozenset("founder co-founder cofounder ceo chairman chairwoman shareholders investors".split())
#: Words a minister's portfolio ends in ("Minister of Industry and Technology Mehmet Fatih Kacir").
_PORTFOLIO_WORDS = frozenset("""
    Affairs Technology Technologies Industry Industries Economy Trade Development Innovation Finance Defence Defense
    Science Sciences Energy Communications Communication Information Digital Foreign Interior Health Education
    Justice Labour Labor Agriculture Transport Commerce Security Telecommunications ICT IT Aerospace Resources
    Planning Investment Environment Culture Enterprise Enterprises Employment Home Treasury Transformation
    Informatization Research Infrastructure Economic Transition Media Post Posts Services
""".split())
#: Nouns that make the new name before them a bloc's ("the Chip 4 alliance", "the USMCA trade agreement").
#: Descriptions that make a new name a government body ("INACOM, the Angolan telecom regulator"),
#: unless a kind of business comes with them ("the news agency", "a credit rating agency").
_REGULATOR_NOUNS = frozenset("regulator watchdog agency authority commission ministry supervisor ombudsman".split())
_NOT_REGULATING_KINDS = frozenset("""
    news advertising ad travel rating ratings credit talent marketing recruitment employment creative media
    press shipping insurance export-credit translation staffing design consulting branding digital property
    estate booking modelling modeling photo literary sports casting collection escrow
""".split())
_BLOC_NOUNS = frozenset("alliance pact bloc treaty agreement grouping".split())
_BLOC_KINDS = frozenset("trade free-trade security defence defense economic".split())
#: Honorifics the NER keeps in a person's name ("Datuk Farid Iskandar", "Dr Ines Carvalho").
# ("Tan Sri" only as a pair, in link(): Tan is a surname, Sri begins names like Sri Mulyani)
#: Capitals that name technology, a kind of business or an accounting measure, not organisations
#: ("which regulates ICT and AI", "an OSAT plant", "group EBITDA").
_TECH_ACRONYMS = frozenset("""AI IT ICT GPU GPUs CPU HBM EUV DUV DRAM NAND LLM LLMs API APIs SaaS IoT 5G 6G VPN ABF
    OSAT ODM OEM EMS EBITDA EBIT CAPEX PaaS IaaS PCIe GaAs GaN SiC DevOps MLOps FinOps""".split())
#: Capitals for officers and instruments, never firms ("the group CFO said", "its ETF").
_NOT_FIRM_CAPITALS = frozenset("CEO CFO CTO COO CIO CISO NGO IPO ETF ATM SPAC ESG KPI NAV SDK GDP VAT".split())
#: Adjectives that start sentences, not names ("New", "Former").
_COMMON_ADJECTIVES = frozenset("""new former old first last next other major big top chief senior general national
    global central local public private early late leading many several""".split())
#: Words no name holds: a title-case headline's verb the NER ran into a name ("Brightwave Optical
#: Has Tripled").
_AUXILIARIES = frozenset("has have had is are was were will would could can may might shall should does did".split())
#: What a single capital with a full stop may letter ("Series B.", "Class A."): not a person's initial.
_SERIES_WORDS = frozenset("series class round phase tier stage type grade".split())
_INITIAL = re.compile(r"^[A-Z]\.$")

#: Roles the NER may take into a person's name at its start.
_LEADING_ROLE_WORDS = frozenset("founder co-founder cofounder president ceo chairman chairwoman chair minister "
                                "senator governor premier chancellor mayor commissioner".split())
#: A central bank's name: "Central Bank of X" and "X Reserve Bank" always, "Bank of X" and "Banco
#: de X" where X is a state (checked against the gazetteer).
_CENTRAL_BANK = re.compile(r"^(?:(?:Central|Reserve) Bank of .+|.+ (?:Central|Reserve) Bank|Banco Central .+"
                           r"|Banque Centrale .+|(?:Bank of(?: the)?|Banco de|Banque de|Banque du|Banca d'|Banca di) "
                           r"(?P<place>[A-Z][\w' -]+))$")
#: States whose name a commercial bank also bears ("Bank of China", "Banco do Brasil", "Banco de Chile").
_COMMERCIAL_NAMESAKES = frozenset({"China", "India", "Ireland", "Cyprus", "Georgia", "United States", "Chile",
                                   "Brazil", "Venezuela", "Bhutan", "Sri Lanka"})
#: Titles "General" completes ("Director General of ...", "Director-General of ...").
_GENERAL_TITLES = frozenset("Director Secretary Inspector Auditor Attorney Solicitor Comptroller Registrar "
                            "Postmaster Consul Commissioner".split())
#: "Wing-kei", "Sung-hyun": a given name written after the surname.
_EAST_ASIAN_GIVEN_NAME = re.compile(r"^[A-Z][a-z]+-[a-z]+$")
_HONORIFICS = frozenset("Datuk Dato Datin Tun Dr Mr Mrs Ms Prof Professor Sir Dame Haji Excellency Highness "
                        "His Her".split())
#: "-maker" nouns that name people, not firms.
PEOPLE_MAKERS = frozenset("""
    lawmaker policymaker filmmaker moviemaker peacemaker kingmaker rainmaker troublemaker matchmaker dealmaker
    homemaker holidaymaker merrymaker decisionmaker
""".split())
#: Company words that also name a sector after a nationality ("Chinese AI", "European Tech").
_SECTOR_WORDS = frozenset("""
    AI Tech Technology Technologies Data Internet Quantum Energy Media Software Cloud Intelligence Computing
    Compute Semiconductors Chips Banks Bank Banking Telecoms Telecom Fund Capital Financial Investments Securities
""".split())
#: Common nouns that mark the name next to them as an organisation's ("start-up Lanshan AI").
#: Roles that only organisations fill in our articles (people can be investors or partners).
_COMPANY_ROLE_NOUNS = frozenset({"customer", "client", "supplier", "vendor", "rival", "competitor", "subsidiary"})
#: Description nouns of research organisations ("a New Delhi policy institute").
_RESEARCH_NOUNS = frozenset({"institute", "tank", "university", "centre", "center", "laboratory", "academy"})
_ORG_CUE_NOUNS = frozenset("""
    startup start-up up company firm group lab laboratory developer maker chipmaker designer provider
    operator conglomerate fund investor insurer lender bank unit subsidiary affiliate venture foundry
    manufacturer supplier vendor integrator builder rival competitor challenger outfit player platform
    incumbent upstart giant carrier telco institute university agency regulator watchdog utility
    consultancy brokerage broker house automaker carmaker retailer airline miner nonprofit non-profit
    charity arm holding assembler reseller distributor exporter importer manufacturer partnership
    cooperative co-operative enterprise corporation multinational trader wholesaler
    broadcaster publisher newspaper broadsheet tabloid fintech neobank processor forwarder
    generator refiner smelter hyperscaler recycler packager
""".split())
#: Nouns a name modifies only when it names an organisation: "an Aker spokesperson", "Statkraft shares".
_ORG_COMPOUND_HEADS = frozenset("""
    spokesperson spokesman spokeswoman shares shareholder shareholders subsidiary
""".split())

#: Nouns whose possessor is an organisation, not a person or a place: "Nuvem Tupi's largest customer".
_ORG_OWNED_NOUNS = frozenset("""
    customer customers client clients shareholders shareholder investors backers subsidiary subsidiaries
    unit division prospectus revenue revenues listing board suppliers supplier
""".split())

#: Verbs whose subject is a business, not a place (a new name the NER took for a city).
_COMPANY_VERBS = frozenset("""
    raise acquire hire release launch develop train employ partner manufacture ship sell license
    valuate value list file merge spin
""".split())

#: Verbs of supplying goods: their one-word subject is a firm, not a person.
_SUPPLYING_VERBS = frozenset("ship supply manufacture assemble package fabricate export resell distribute".split())
#: Goods a firm sells to another ("supplies network equipment to Claro").
_GOODS_NOUNS = frozenset("""equipment chip processor server system hardware gear component part module wafer memory
    rack cable software tool machine kit device sensor camera radio drone substrate accelerator gpu switch laser
    transceiver battery panel motor""".split())
#: Deals and their verbs, whose "with" names a party: "signed a supply deal with Tenstorrent".
_DEAL_WORDS = frozenset("""
    deal contract agreement partnership pact memorandum venture sign partner collaborate team merge
""".split())
#: Verbs whose object is a business, not a place ("Washington blacklisted Sophgo").
_COMPANY_OBJECT_VERBS = frozenset("blacklist sanction designate acquire fund back hire fine regulate supervise".split())
#: What a watchdog does to firms ("which regulates ERCOT", "oversees BBVA Mexico and Banorte"): a new
#: name it does it to is an organisation's.
_REGULATING_VERBS = frozenset("regulate supervise oversee fine".split())
_COMPANY_OBJECT_NOUNS = frozenset("blacklisting designation acquisition purchase takeover investment stake".split())

#: What makes a capital's name a place rather than its government ("in London", "Beijing-based").
_LOCATIVE_PREPOSITIONS = frozenset("in at near outside around across within throughout inside".split())
_PLACE_PARTICIPLES = frozenset("based headquartered headquarters area-based".split())
_PLACE_HEADS = frozenset("""
    city capital outskirts suburb suburbs centre center heart streets office offices headquarters campus
    facility plant site hub area district airport summit region metropolitan skyline lab laboratory
    fund investor group company firm startup start-up developer maker giant operator bank lender
    university institute conglomerate chipmaker insurer
""".split())
_TITLE_WORDS = frozenset({"president", "ceo", "chairman", "chairwoman", "minister", "secretary", "director",
                          "chief", "head", "premier", "chancellor", "governor", "mayor"})


#: Words that make up a job title written in capitals ("Principal Scientist at QCRI").
_JOB_TITLE_WORDS = frozenset("""
    principal senior chief lead head deputy vice assistant associate executive managing general research
    scientist engineer researcher fellow professor director chancellor president officer analyst economist
    counsel partner editor correspondent
""".split())
#: Nouns that end the name of an office a person holds, never an organisation's name.
_OFFICE_NOUNS = frozenset("adviser advisor ruler officer chairman chairwoman chairperson minister secretary-general "
                          "ceo cfo cto coo".split())


def _title_follows(doc: "Doc", i: int) -> bool:
    """ "Minister of Industry and Advanced Technology and Managing Director and Group CEO of ADNOC":
    a second title after "and" ends the portfolio."""
    words = [t.lower_ for t in doc[i:i + 3]]
    return any(w in _TITLE_WORDS for w in words) and words[0] in _TITLE_WORDS | {"managing", "group", "deputy", "vice",
                                                                                 "executive", "general"}


#: Last words of firms' names that no ministry's portfolio uses ("Kestrel Labs", not "Digital Economy").
_FIRM_ONLY_WORDS = frozenset("""
    Labs Lab Capital Partners Ventures Holdings Holding Group Inc Ltd Corp Corporation Co Company AI Bank Fund
    Investments Securities Systems Robotics Semiconductor Electronics Cloud Computing Networks
""".split())


def _listed_name_end(doc: "Doc", comma: int, end: int) -> "int | None":
    """After the comma of "Ministry of Investment, Trade and Industry": one or two capitalised words,
    "and", maybe "the", then a capitalised word, whose index is returned (else None)."""
    k = comma + 1
    while k < end and k < comma + 3 and _capitalised(doc[k]):
        k += 1
    if k == comma + 1 or k + 1 >= end or doc[k].lower_ != "and":
        return None
    k += 1
    if doc[k].lower_ == "the" and k + 1 < end:
        k += 1
    # (not firms listed after a body: "the Ministry of Economy, Kestrel Labs and Orion Capital")
    if any(t.text in _FIRM_ONLY_WORDS for t in doc[comma + 1:min(k + 2, end)]):
        return None
    return k if _capitalised(doc[k]) else None


def _place_name_end(doc: "Doc", k: int) -> int:
    """The end of a place's name starting at k: up to three capitalised words, hyphen-glued pieces
    included ("Seine-et-Marne", "Bruyeres-le-Chatel"); k if none starts there."""
    end, words = k, 0
    while end < len(doc) and words < 3 and _capitalised(doc[end]) and doc[end].is_alpha:
        end += 1
        words += 1
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_alpha:
            end += 2
        if not doc[end - 1].whitespace_:
            break
    return end


def _parent_slot(doc: "Doc", span: "Span", longer: str) -> bool:
    """ "Vinci Construction, a subsidiary of Vinci": a name in the place of the owner of the firm
    just named by the longer name is not a short name of that firm (in "Cerro Datos, now a unit
    of Maplestone" it is Maplestone AI's)."""
    k = span.start
    while k > span.start - 4 and k >= 3 and (doc[k - 1].is_lower or doc[k - 1].ent_type_ in ("NORP", "DEMONYM")) \
            and doc[k - 1].is_alpha and doc[k - 1].lower_ not in ("of", "by"):
        k -= 1  # ("a subsidiary of industrial gases group Linde", "the US arm of Japanese utility JERA")
    if not (k >= 2 and (doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in (
            "subsidiary", "unit", "division", "arm", "affiliate", "parent", "part", "owner")
            or doc[k - 1].lower_ == "by" and doc[k - 2].lower_ in ("owned", "controlled"))):
        return False
    # the description is set off right after the longer name: "Vinci Construction, a subsidiary of"
    comma = next((j for j in range(k - 2, max(k - 14, 0), -1) if doc[j].text == "," or doc[j].is_sent_start), None)
    return comma is not None and doc[comma].text == "," and doc[max(0, comma - 8):comma].text.endswith(longer)


def _closed_org_description(doc: "Doc", span: "Span") -> bool:
    """ "Framatome, EDF's nuclear engineering subsidiary, provides ...": the name is followed by a
    description set off by commas that ends in an organisation's noun, then by a verb."""
    k = span.end
    if k + 2 >= len(doc) or doc[k].text != ",":
        return False
    k += 1
    if doc[k].lower_ in ("a", "an", "the"):
        k += 1
    else:
        owner = k
        while k < len(doc) and k - owner < 3 and doc[k].pos_ == "PROPN":
            k += 1
        if k == owner or k >= len(doc) or doc[k].text not in ("'s", "'"):
            return False
        k += 1
    start = k
    while k < len(doc) and k - start < 6 and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ", "PROPN", "VERB"):
        k += 1
    # (not "Jony Ive, Apple's former designer, said": a person's role)
    return start < k < len(doc) - 1 and doc[k - 1].lower_ in _ORG_CUE_NOUNS and doc[k - 1].lower_ not in PERSON_NOUNS \
        and doc[k].text == "," and doc[k + 1].pos_ in ("VERB", "AUX")


def _lone_proper_nouns(doc: "Doc", words: set[str], taken: set[int]) -> list["Token"]:
    """The proper nouns spelled as one of words that no mention covers yet and that are not a word
    of a longer name ("Halcyra Labs", "Grupo Halcyra")."""
    if not words:
        return []
    return [tok for tok in _tokens_with_text(doc, words) if tok.i not in taken and tok.pos_ == "PROPN"
            and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN")
            and not (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN")]


def _pan_prefixed(doc: "Doc", start: int) -> bool:
    """ "pan-African", "Pan African", "trans-African": a nationality word that spans the place, not one of it."""
    return start >= 1 and doc[start - 1].lower_ in ("pan", "trans") \
        or start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ("pan", "trans")


def _camel_case(tok: "Token") -> bool:
    """ "NeutraDC", "AirTrunk": a capital inside a capitalised word (not a plural acronym, "GPUs")."""
    text = tok.text
    return tok.is_alpha and len(text) >= 4 and text[0].isupper() and not tok.is_upper and not tok.is_title \
        and not (text[-1] == "s" and text[-2].isupper()) and text not in _TECH_ACRONYMS  # ("SoCs", "PaaS")


def _capitalised(tok: "Token") -> bool:
    return tok.is_alpha and tok.text[:1].isupper() or (tok.text[:1].isupper() and "-" in tok.text)


#: NER labels that are not names of things.
_NOT_NAMES = frozenset("DATE TIME MONEY PERCENT CARDINAL ORDINAL QUANTITY".split())
_ORG_CLASSES = ("Company", "ResearchOrganization", "GovernmentBody", "Bloc")
_PLACE_PREFIXES = frozenset("Navi Greater Old Upper Lower Little".split())
#: Words after "Western" that make it a region's name ("the Western Cape"), not the West's.
_REGION_HEADS = frozenset("""Cape Sahara Province Region Balkans Desert Highlands Ghats Coast Isles Islands Territory
    Anatolia Siberia Macedonia Transdanubia Visayas Mindanao Equatoria Bahr""".split())
_COMPASS_REGION_WORDS = frozenset("Eastern Western Northern Southern Central North South East West".split())
_REGION_NAME = re.compile(r"\S\s+(?:Prefecture|Province|Oblast|Governorate|Krai|Voivodeship)$|^County [A-Z][a-z]+$")
_REGION_SUFFIX = re.compile(r"\s+(?:Province|province|Prefecture|prefecture|county|district|governorate|oblast)$")
#: Last words that make a name a company whatever the NER guessed ("Kestrel Labs" is not a
#: person, "Ampere Computing" not a place): the statistical NER mistypes unfamiliar firms often.
COMPANY_WORDS = frozenset("""
    Labs Lab Robotics Computing Technologies Technology Tech Systems Electronics Semiconductor
    Semiconductors Microelectronics Ventures Capital Partners Networks Data Services AI Intelligence
    Trading Bank Banking Industries Solutions Software Analytics Neural Vision Energy Motors Cloud
    Telecom Telecoms Media Holdings Holding Group Dynamics Devices Instruments Materials Engineering Centers
    Centres Communications Platforms Automation Bio Therapeutics Pharma Aerospace Logistics
    Financial Securities Investments Fund Corporation Corp Inc Ltd Co Company Compute Internet
    Equipment Packaging Management Datacenters Datacentres Elektronik Elektronika Technologie
    Silicon Microsystems Photonics Chips Interconnect Foundry Quantum Cargo Hyperscale Traders Distribution
    Distributors Components Infrastructure Infra Grid Dataworks Integrators Enterprises Supplies Wireless
    Airways Airlines Health Healthcare Telekom Credit Loans Finance Pay Payments Lending Microfinance
    Insurance Freight Shipping Lines Ports Terminals Computer Computers Reasoning Semantics Thermal Optics
    Optical Precision Manufacturing Chemical Chemicals Machinery Digital Komponent Grup Groep Gruppe Gruppo Grupo Groupe
    Defence Defense Logic Storage Energia Energie Energi Tecnologia Sistemas Products Power Steel Inspection
    Metrology Lithography Testing Cooling Hydro
""".split())
#: Words before "Parks" that make a firm of the name ("Austral Data Parks", "Bayview Digital Parks"),
#: not a person named Parks.
_PARK_FIRM_WORDS = frozenset("Data Digital Technology Science Business Industrial Logistics".split())
#: Company words that are also surnames ("Samantha Power", "Danielle Steel"): they make no firm of a
#: name the NER read as a person's.
_SURNAME_COMPANY_WORDS = frozenset("Power Steel".split())
_DAY_AND_MONTH_NAMES = frozenset("""
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december week month year
""".split())
_LEADING_VERBS = frozenset({"lead", "head", "run", "chair", "found", "co-found", "cofound", "establish", "start"})
#: Nouns that, right before a name, say the name is a person's ("scientists Guillaume Lample").
PERSON_NOUNS = frozenset("""
    researcher researchers scientist scientists engineer engineers businessman businesswoman
    entrepreneur entrepreneurs designer designers founder founders co-founder co-founders cofounder
    executive executives investor billionaire siblings brothers sisters economist analyst official
    minister professor ceo chief director spokesperson spokesman spokeswoman chairman chairwoman
    officer president lawyer banker physicist mathematician investor executive manager
    chairperson deputy head secretary adviser advisor strategist veteran
""".split())
#: A firm's description a new name can be set off after ("Telkom Indonesia's data center arm, NeutraDC,"):
#: not a person's, nor a product's or a deal's ("Baidu's cloud platform, Qianfan").
_APPOSED_FIRM_NOUNS = _ORG_CUE_NOUNS - PERSON_NOUNS - frozenset(
    "platform processor venture partnership house up".split())
#: Appositions that make the name before them a person's ("Aiko Tanabe, a former engineer at").
_APPOSITIVE_PERSON_NOUNS = PERSON_NOUNS - {"designer", "designers", "investor", "veteran", "founders", "executives",
                                          "engineers", "researchers", "scientists", "entrepreneurs"}
#: Nouns whose premodifying or appositive capitalised name is a model or product:
#: "the Spark model", "its Kirin processors", "Huawei's CANN toolkit", "the chatbot Darya".
PRODUCT_NOUNS = frozenset("""
    model models chatbot chatbots assistant assistants chip chips processor processors accelerator
    accelerators platform platforms toolkit llm llms family series app apps gpu gpus product products
    generator generators
""".split())
#: Nouns a product's name follows, but seldom precedes: "its target recognition system KARTAL"
#: ("the Chinese system", "the Baykar drone" name no product).
_PRODUCT_NOUNS_BEFORE_NAME = frozenset("system systems software drone drones robot robots supercomputer satellite".split())
_ALL_PRODUCT_NOUNS = PRODUCT_NOUNS | _PRODUCT_NOUNS_BEFORE_NAME
#: Hardware nouns after a model's code ("BR104 cards", "MTT S4000 cards").
_CODED_HARDWARE_NOUNS = frozenset("card cards chip chips accelerator accelerators gpu gpus module modules board boards".split())
_CODE = r"[A-Z]{1,3}\d{2,4}[A-Z]{0,2}"  # a model's code: "H200", "BR104", "S4000"
_MODEL_CODE = re.compile(rf"^{_CODE}$")
#: Things built on something ("Arm-based servers"), not organisations based somewhere.
_TECH_NOUNS = frozenset("system server design architecture core instance cluster service solution tool".split())
_VERSION = re.compile(rf"^(?:\d+(?:\.\d+)*[A-Za-z]{{0,3}}(?:-[A-Za-z0-9]+)?|[vV]\d+(?:\.\d+)*|{_CODE})$")
#: Words that end a model's name after its version: "YandexGPT 5 Pro", "Qwen 3 Max".
#: "Sarvam-M", "Nakhla-2", "SEA-LION": a capitalised word and hyphen-glued parts.
_GLUED_NAME = re.compile(r"(?<![\w-])[A-Z][A-Za-z0-9]+(?:-[A-Za-z0-9]+)+(?![\w-])")
#: Glued names that are not products: "COVID-19", "SARS-CoV-2".
_NOT_PRODUCT_PREFIXES = frozenset({"COVID", "SARS", "MERS", "H5N1", "CO2"})
_EDITION_WORDS = frozenset("""
    Pro Max Plus Ultra Mini Turbo Lite Flash Air Nano Preview Instruct Medium Large Small Maverick Scout
    Sonnet Opus Haiku Thinking Reasoning Coder Vision Omni Chat
""".split())


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


#: Words that open a public body's name before "of"/"for" ("Ministry of the Economy").
_BODY_HEADS = frozenset("Ministry Department Agency Authority Commission Bureau Office Council Committee".split())


def _wire_credit(doc: "Doc", start: int, end: int) -> bool:
    """ "(Bloomberg) -- AMD agreed to ...", "(Reuters) - ...": the agency credit opening a paragraph
    names who reports, not an actor of the story (the parser makes it a second subject)."""
    if not (0 < start and end + 1 < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")"
            and doc[end + 1].text in ("-", "--", "\u2013", "\u2014")):
        return False
    # at a line's start, or after a dateline in capitals ("LONDON (Reuters) -", "NEW YORK, May 2 (AP) --")
    i = start - 2
    while i >= 0 and start - i <= 7 and "\n" not in doc[i].text and "\n" not in doc[i].whitespace_ \
            and (doc[i].is_upper or doc[i].like_num or doc[i].text in (",", ".") or doc[i].is_title):
        i -= 1
    return i < 0 or "\n" in doc[i].text or "\n" in doc[i].whitespace_


_CREDIT_LINE = re.compile(r"\((?:Additional )?(?:[Rr]eporting|Writing|Editing|Compiled|Translated)(?: [a-z]+)? by [^()]*\)")


_HEADING_LINE = re.compile(r"^(?=[^a-z\n]*[A-Z]{3})[^a-z\n]+$", re.MULTILINE)


def _heading_lines(doc: "Doc") -> list[tuple[int, int]]:
    """ "THE VIEW FROM ABU DHABI", "KNOW MORE": a section heading in capitals, as token ranges.
    Its words are a newsletter's furniture, not new names."""
    text = doc_text(doc)
    # (not the headline, in capitals in some styles: it names the story's firm)
    spans = [doc.char_span(m.start(), m.end(), alignment_mode="expand") for m in _HEADING_LINE.finditer(text)
             if len(m.group().split()) >= 2 and text[:m.start()].strip()]
    return [(span.start, span.end) for span in spans if span is not None]


_TEXT_KEY = "aigraph_text"


def line_start_tokens(doc: "Doc") -> list[int]:
    """The indices of the tokens that open a line (0 and each first word after a line break), from
    the text and the tokens' offsets (a Token per word would cost more than the whole pass)."""
    from spacy.attrs import IDX

    offsets = doc.to_array(IDX).tolist()
    line_starts = [0] + [m.end() for m in re.finditer(r"\n\s*", doc_text(doc))]
    return sorted({bisect.bisect_left(offsets, c) for c in line_starts} - {len(doc)})


def _first_line_break(doc: "Doc") -> int:
    """Where the headline ends: the text's first line break (-1 when it has none, so no headline)."""
    return doc_text(doc).find("\n")


def doc_text(doc: "Doc") -> str:
    """Doc.text, read once per Doc: Doc.text builds a Token per word and joins them each time it
    is read, and the linker and rules read it a dozen times per article. (The text of a Doc never
    changes: merging tokens keeps it.)"""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def _credit_lines(doc: "Doc") -> list[tuple[int, int]]:
    """ "(Reporting by Paul Sandle in London; Additional reporting by Foo Yun Chee in Brussels;
    Editing by Jan Harvey)": a wire story's staff credits, as token ranges. The reporters and their
    bureaus are no actors of the story."""
    text = doc_text(doc)
    if "by " not in text:
        return []
    spans = [doc.char_span(m.start(), m.end(), alignment_mode="expand") for m in _CREDIT_LINE.finditer(text)]
    return [(span.start, span.end) for span in spans if span is not None]


def _two_institutions(doc: "Doc", start: int, at: int, end: int) -> bool:
    """Whether the capitalised words before and after the "and" at `at` each hold an
    institution's word: two names listed, not one ("Ministry of Science and Technology")."""
    if doc[at - 1].ent_type_ == "Country" and doc[at + 1].ent_type_ != "Country" and (
            at - 2 >= start and doc[at - 2].lower_ == "of" or not any(t.text in _INSTITUTION_WORDS for t in doc[start:at])):
        return True  # "National Bank of Bahrain and Gulf Air", "Sands China and Bank of China": a state's name ends the first
    if at - start == 1 and doc[at].ent_iob_ == "I" and doc[at - 1].ent_iob_ in ("B", "I"):
        return False  # "Customs and Excise Department": one word, then "and", inside one name the NER found
    if not any(t.text in _INSTITUTION_WORDS for t in doc[start:at]):
        # "Blackstone and Canada Pension Plan Investment Board": a whole name the NER found, then
        # an institution's
        # (not "The Telecommunications and Digital Government Regulatory Authority": a body's
        # name after "the", whose first word the NER may cut off)
        whole = doc[start].ent_iob_ == "B" and doc[start].ent_type_ not in ("", "DATE", "CARDINAL") \
            and all(t.ent_iob_ == "I" for t in doc[start + 1:at]) and doc[at].ent_iob_ != "I" \
            and not (start > 0 and doc[start - 1].lower_ == "the") and all(t.tag_ == "NNP" for t in doc[start:at])
        return whole and _institution_after(doc, at, end)
    if doc[at - 1].text in _INSTITUTION_WORDS and doc[at + 1].ent_iob_ == "B":
        return True  # "Equity Bank and KCB": a name ends in its institution word, the NER starts another
    return _institution_after(doc, at, end)


def _institution_after(doc: "Doc", at: int, end: int) -> bool:
    """Whether the capitalised words after position `at` hold an institution's word."""
    k = at + 1
    while k < end and (_capitalised(doc[k]) or doc[k].lower_ in ("of", "for", "the", "-")):
        if doc[k].text in _INSTITUTION_WORDS:
            return True
        k += 1
    return False


def _acronym_like(word: str) -> bool:
    """ "CNDP", "SK-II", "Conatel", "Osiptel", "BoT": one word a text may give in brackets as an
    organisation's short name (capitals, or a capitalised contraction like Latin American
    regulators' names)."""
    bare = word.replace("-", "")
    # (and mixed short forms: "BoT" for the Bank of Tanzania, "BaFin")
    return 2 <= len(bare) <= 10 and bare.isalnum() and (bare.isupper() or bare.istitle() and len(bare) >= 4
                                                        or len(bare) <= 6 and bare[0].isupper()
                                                        and sum(c.isupper() for c in bare) >= 2
                                                        and not bare[:-1].isupper())  # (not "GPUs")


_CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}$")

#: Lines of business a firm's name may join with "and": "Nile Crest Import and Export",
#: "Informatics and Telecommunications Public Company" are one name each.
_TRADE_WORDS = frozenset("""import imports export exports trading trade investment investments research development
engineering construction science technology technologies oil gas logistics services supply supplies marketing sales
manufacturing distribution communications telecommunications telecommunication informatics electronics energy power
water mining industry industries commerce finance insurance media entertainment security aerospace transport
shipping software systems computing data""".split())


def _think_tank(doc: "Doc", i: int) -> bool:
    """Whether token i is the "tank" of "think tank" or "think-tank" (an organisation's noun)."""
    return doc[i].lower_ == "tank" and i >= 1 and (
        doc[i - 1].lower_ == "think" or doc[i - 1].text == "-" and i >= 2 and doc[i - 2].lower_ == "think")


def _split_coordinated(doc: "Doc") -> Iterator["Span"]:
    """The NER's names, with two coordinated names it ran together apart: "Norfund and Accion
    Venture Lab" (the parser makes the last word a conjunct of the first name), not "Centre for
    Research and Innovation" or "Research and Development Lab"."""
    from spacy.tokens import Span

    for ent in doc.ents:
        if ent.label_ == "ORG" and not ent.ent_id_ and len(ent) >= 3:
            cut = next((t.i for t in ent[1:-1] if t.lower_ == "and" and t.dep_ == "cc"), None)
            if cut is not None and ent[-1].dep_ == "conj" and ent[-1].head.i == cut - 1 \
                    and _capitalised(doc[cut + 1]) \
                    and not (doc[cut - 1].lower_ in _TRADE_WORDS and doc[cut + 1].lower_ in _TRADE_WORDS) \
                    and not any(t.lower_ in _NAME_CONNECTORS or t.dep_ in ("compound", "nmod", "amod")
                                and t.head.i >= cut for t in doc[ent.start:cut]):
                yield Span(doc, ent.start, cut, label=ent.label_)
                yield Span(doc, cut + 1, ent.end, label=ent.label_)
                continue
        if ent.label_ == "ORG" and not ent.ent_id_ and len(ent) >= 3 and any(t.text == "," for t in ent[1:-1]):
            # "such as Wiwynn, Quanta and Inventec": the NER ran a list's first two names together
            # (not "Samsung Electronics Co., Ltd." nor "Ministry of Information, Communications ...")
            cuts = [t.i for t in ent[1:-1] if t.text == ","]
            if all(doc[k + 1].dep_ == "conj" and doc[k + 1].head.i < k and _capitalised(doc[k + 1])
                   and not _is_legal_form(doc[k + 1].text) for k in cuts) \
                    and not any(t.lower_ in _NAME_CONNECTORS for t in ent):
                start = ent.start
                for k in [*cuts, ent.end]:
                    yield Span(doc, start, k, label=ent.label_)
                    start = k + 1
                continue
        verb = next((t.i for t in ent[1:-1] if t.pos_ == "VERB" and t.is_lower and t.tag_ in ("VBD", "VBZ")
                     and t.dep_ in ("ROOT", "relcl", "ccomp", "conj", "advcl")), None)
        if ent.label_ in ("ORG", "PERSON") and not ent.ent_id_ and verb is not None and _capitalised(doc[verb + 1]):
            # "Grove Ventures led Raveon's round": the NER ran the subject, its verb and the
            # object's owner together. (The object keeps the label only as the owner of what
            # follows; "Grove Ventures hired Dana Shafir" leaves the person to the later passes.)
            yield Span(doc, ent.start, verb, label=ent.label_)
            if doc[ent.end - 1].text in ("'s", "'") and ent.end - 1 > verb + 1:
                yield Span(doc, verb + 1, ent.end - 1, label=ent.label_)  # (the NER took the "'s" in too)
            elif ent.end < len(doc) and doc[ent.end].text in ("'s", "'"):
                yield Span(doc, verb + 1, ent.end, label=ent.label_)
            continue
        yield ent


def _surnames(name: str) -> list[str]:
    """The words a person's name may be shortened to: the last, and the first where the name is
    written surname first with a hyphenated given name ("Leung Wing-kei" ... "Mr Leung")."""
    words = name.split()
    if 2 <= len(words) <= 3 and _EAST_ASIAN_GIVEN_NAME.match(words[-1]):
        return [words[-1], words[0]]
    return [words[-1]]


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
    words = name.split()
    if label == "PERSON" and len(words) > 1 and strip_company_suffix(name) != name:
        return "Company"  # "Pannon DataNet Nyrt.": no person has a legal form
    if label == "PERSON" and len(words) > 2 and "&" in words[1:-1]:
        return "Company"  # "Whitcombe & Lyle", "Procter & Gamble": partners' names joined are a firm's
    if label == "PERSON" and len(words) == 1 and 2 <= len(name) <= 6 and name.isalpha() and name.isupper():
        return "Company"  # "BBVA", "SMIC": news writes people's names, not their initials
    if label in ("ORG", "PRODUCT") and len(words) > 1 and _VERSION.match(words[-1]) and words[-1][:1].isdigit():
        return "AIModel"  # "Korvena Voice 2", "Tsukuyomi 3": a name with a version number is a product's
    if label in ("PERSON", "GPE", "LOC") and len(words) > 1 and words[0] in _LEADING_COMPANY_WORDS:
        # (but "Banco Central do Brasil", "Banco de Espana" are the state's)
        return "GovernmentBody" if words[1] == "Central" or _GOVERNMENT.search(name) or len(words) == 3 and words[1] == "de" \
            else "Company"  # "Banco Santander", "Sistemas Anahuac", "Grupo Salinas": a firm's name in Spanish or Portuguese
    if label != "PRODUCT" and len(words) > 2 and words[-1] == "Parks" and words[-2] in _PARK_FIRM_WORDS:
        return "Company"
    if label != "PRODUCT" and len(words) > 1 and words[-1] in COMPANY_WORDS \
            and not (label == "PERSON" and words[-1] in _SURNAME_COMPANY_WORDS):
        # The name itself says what it is, whatever the NER label: "Kestrel Labs", "Vela Robotics".
        if _GOVERNMENT.search(name):
            return "GovernmentBody"
        if _RESEARCH.search(name):
            return "ResearchOrganization"
        return "Company"
    return cls


#: Nouns that call a firm another's unit, next to its name.
_UNIT_CUES = frozenset({"unit", "subsidiary", "arm", "affiliate"})
#: What a firm has and a product does not: "GridLine's customers".
_FIRM_POSSESSIONS = frozenset("customers clients shareholders investors shares board chief ceo founder founders "
                              "employees staff revenue revenues sales suppliers rivals parent unit subsidiary".split())
#: A name written with a small first letter and a capital after it ("iFlytek", "bKash", "iXAfrica").
_LOWER_CAMEL = re.compile(r"(?<![\w.-])[a-z]{1,2}[A-Z]*[A-Z][a-z][A-Za-z0-9]*(?![\w.-])")
#: ... but not a common word with an "e-" or "i-" in front ("eCommerce", "eGovernment", "iPhones").
_E_WORDS = frozenset("commerce government health learning mail safety sport money phone pad tune cloud service "
                     "invoice invoicing procurement visa passport payment wallet car bike book reader mac message "
                     "stock gaming fuel privacy pod watch".split())

_CURRENCY_CODES = frozenset("USD EUR GBP JPY CNY RMB INR KRW RUB CHF AUD CAD SGD HKD AED SAR BRL NOK SEK".split())
_AMOUNT = re.compile(r"^(?:EUR|USD|GBP|JPY|CNY|RMB|INR|US\$|\$|€|£|¥)\s?\d|\d\s?(?:mn|bn|m|b|million|billion|trillion)\b", re.I)
# a quantity with its unit: "a 200MW application", "a 3nm process", "80GB of memory"
_QUANTITY = re.compile(r"^\d+(?:[.,]\d+)?\s?(?:[kMGT]Wh?|nm|[GT]B|km|kg|MHz|GHz|ha)$")


def _is_legal_form(word: str) -> bool:
    """ "LLC", "Ltd.", "GmbH": a company's legal form, which names nothing on its own."""
    return not strip_company_suffix("X " + word).strip(" X")


def _named_with_legal_form(entity: Entity) -> bool:
    """Written with a legal form somewhere ("YTL Corporation"): a full name, never a short form."""
    return any(strip_company_suffix(a) != a for a in entity.aliases)


def _written_with_legal_form(doc: "Doc", mentions: list["Mention"]) -> set[str]:
    """The IRIs this article once writes with a legal form or a group word ("Hanwha Group"): full
    names, so a bare "Hanwha" elsewhere is that group, never one of its units. (A later mention
    that adds the legal form to a name minted bare, the headline's "Hanwha", adds no alias, so
    _named_with_legal_form cannot see it.)"""
    return {m.entity.iri for m in mentions if not m.entity.known and (_named_with_legal_form(m.entity) or (
        m.end - m.start > 1 and strip_company_suffix(doc[m.start:m.end].text) != doc[m.start:m.end].text))}


#: First words of Spanish, Portuguese and Italian firms' names ("Banco Santander", "Sistemas Anahuac").
_LEADING_COMPANY_WORDS = frozenset("""Banco Grupo Gruppo Sistemas Industrias Servicios Companhia Compania Corporacion
    Laboratorios Tecnologia Tecnologias Inversiones Telecomunicacoes Telecomunicaciones Construtora Constructora
    Distribuidora""".split())
#: Roles a firm counts others in that only businesses play ("counts Foxconn among its suppliers"), and
#: roles people play too ("counts Banco Santander and Repsol among its clients": firms when one is).
_COUNTED_FIRM_ROLES = frozenset({"supplier", "vendor", "rival", "competitor"})
_COUNTED_CLIENT_ROLES = frozenset({"customer", "client", "buyer", "tenant"})
#: Words a market story sets around a firm's name that are no part of it ("AI Stock Corvane
#: Networks Nears Buy Point", the subhead "Corvane Networks Stock").
_STOCK_WORDS = frozenset({"Stock", "Stocks", "Shares"})
#: Words that make "Stock" part of a name: "Stock Exchange", "Stock Market", "Stock Connect".
_MARKET_WORDS = frozenset({"Exchange", "Market", "Markets", "Connect", "Index", "Exchanges"})


def _without_stock_words(span: "Span") -> "Span":
    """ "AI Stock Corvane Networks" -> "Corvane Networks" (in a headline only, and never "Hong Kong
    Stock Exchange"), "Corvane Networks Stock" -> "Corvane Networks"."""
    k = max((t.i for t in span[:-1] if t.text in _STOCK_WORDS), default=None)
    if k is not None and span.start_char < _first_line_break(span.doc) and span.doc[k + 1].text not in _MARKET_WORDS:
        span = span.doc[k + 1:span.end]
    if len(span) > 1 and span[-1].text in _STOCK_WORDS and span[-2].text not in _MARKET_WORDS:
        span = span.doc[span.start:span.end - 1]
    return span


#: "(COHR)", "(NASDAQ: CVNE)", "(2330.TW)", "(AAPL.O)": a stock ticker in brackets after a firm's name
#: (digits only with an exchange or its suffix: "(2024)" is a year).
#: Stock exchanges a ticker is given with ("NYSE: TSM", "TWSE: 2330").
_EXCHANGES = "NASDAQ|Nasdaq|NYSE|TSE|TSX|KRX|KOSDAQ|LSE|HKEX|SEHK|SGX|ASX|NSE|BSE|TWSE"
_TICKER = re.compile(rf"(?:{_EXCHANGES}):\s*(?:[A-Z]{{1,5}}|\d{{4,6}})"
                     r"|(?:[A-Z]{1,5}|\d{4,6})\.[A-Z]{1,2}|[A-Z]{2,5}")
#: Brackets that pair up like tickers but are none: US states, countries, a photo's sides, parties.
_NOT_TICKERS = frozenset("""AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ
    NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC US USA UK UAE EU UN LR""".split())
#: Wire agencies a dateline gives in brackets after a city ("PARIS (AFP) -"): no tickers.
_AGENCY_CODES = frozenset("AFP AP UPI PTI ANI IANS DPA KNA ANSA EFE MENA WAM SPA IRNA BNA KUNA QNA APA TASS".split())


#: Small words inside a long name: "Authority for the Protection of Personal Data".
_NAME_JOINERS = frozenset({"of", "for", "the", "and", "de", "des", "du", "la", "del", "di", "&"})


def _new_one_word_firm(m: "Mention") -> bool:
    """A name of a firm new to the gazetteer, in one capitalised word ("AirTrunk", "Halcyra")."""
    label = m.entity.label
    return m.kind == "name" and not m.entity.known and m.entity.cls in ("Company", "ResearchOrganization") \
        and " " not in label and len(label) > 2 and label[:1].isupper() and label not in COMPANY_WORDS


def _exchange_brackets(doc: "Doc") -> set[int]:
    """The tokens inside a listing's brackets, an exchange and a ticker: "(Nasdaq: MRVL)",
    "(TWSE: 2317)", "(Tel Aviv Stock Exchange: ABC)"."""
    inside: set[int] = set()
    for tok in _tokens_with_text(doc, {"("}):
        close = next((t.i for t in doc[tok.i + 1:tok.i + 12] if t.text == ")"), None)
        # ("(NYSE: TSM, TWSE: 2330)": one or more exchange-and-ticker pairs, nothing else)
        if close is not None and _LISTING.fullmatch(doc[tok.i + 1:close].text):
            inside.update(range(tok.i + 1, close))
    return inside


_LISTING = re.compile(rf"(?:(?:{_EXCHANGES}|TASE)"
                      r"\s*:\s*[A-Z0-9][A-Z0-9.]{0,7}(?:\s*[,;]\s*)?)+")


def _ticker_brackets(doc: "Doc") -> dict[int, str]:
    """The brackets of a market story's tickers, by the index of "(" ("Coherent (COHR)"). Only
    where the text gives at least two, so a lone acronym in brackets is no ticker."""
    found: dict[int, str] = {}
    for tok in _tokens_with_text(doc, {"("}):
        close = next((t.i for t in doc[tok.i + 1:tok.i + 5] if t.text == ")"), None)
        inside = doc[tok.i + 1:close].text if close is not None else ""
        if close is not None and close > tok.i + 1 and _TICKER.fullmatch(inside) \
                and inside not in _AGENCY_CODES and inside not in _NOT_TICKERS \
                and tok.i > 0 and _capitalised(doc[tok.i - 1]) and not doc[tok.i - 1].is_upper:
            # (an acronym is spelled by the initials of the words before it, in whatever language:
            # "Commission nationale ... des Donnees (CNDP)"; a ticker rarely is: "Corvane Networks (CVNE)")
            initials = {t.text[0].upper() for t in doc[max(tok.sent.start, tok.i - 12):tok.i] if t.is_alpha}
            # (and a ticker follows a short name, an acronym a body's long one: "the Customs and
            # Indirect Taxes Administration (ADII)"; but "(TWSE: 2317)" is a ticker wherever it is)
            words, k = 0, tok.i - 1
            while k >= tok.sent.start and (_capitalised(doc[k]) or doc[k].lower_ in _NAME_JOINERS):
                words += _capitalised(doc[k])
                k -= 1
            if not inside.isalpha() or not set(inside) <= initials and words <= 3:
                found[tok.i] = inside
    return found if len(found) >= 2 else {}


def _plausible_name(name: str) -> bool:
    """A minted entity needs a real name: capitalised, not a number, not a stray word."""
    if len(name) < 2 or len(name) > 80 or not any(ch.isupper() for ch in name):
        return False
    if _is_legal_form(name):
        return False  # a legal form alone ("LLC" after a name the NER ended early)
    if name in _CURRENCY_CODES:
        return False  # "NOK 2.34 billion": an amount's currency
    if name.split()[-1].lower() in _OFFICE_NOUNS:
        return False  # a capitalised office, not a name: "National Security Adviser", "Deputy Ruler"
    if all(w.lower() in _JOB_TITLE_WORDS for w in name.replace("-", " ").split()):
        return False  # "Principal Scientist", "Vice-Chancellor": a job, not who holds it
    if name in IGNORED_NAMES or re.fullmatch(r"[\d\W_]+", name) or _AMOUNT.search(name) or _QUANTITY.match(name):
        return False
    if re.fullmatch(r"\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}", name):
        return False  # a date: "DOB 11 Mar 1979" in a designation list
    if len(name.split()) > 6:
        return False
    if name.endswith(" Act") or re.match(r"(?:19|20)\d\d\b.* Report$", name):
        return False  # a law or a publication, not an actor: "National Security and Investment Act"
    return True


def _mint(minted: dict[str, Entity], name: str, cls: str) -> Entity:
    """The entity this article minted for name, minted now (of class cls) when it is new."""
    entity = minted.get(name.casefold())
    if entity is None:
        entity = minted[name.casefold()] = Entity(iri=str(entity_iri(name)), label=name, cls=cls, known=False)
    return entity


#: Generic heads of a public body's name ("Department of Justice") that a state's name may precede.
_STATE_BODY_HEADS = frozenset({"Department", "Ministry", "Office", "Bureau", "Attorney", "Commission"})


def _retype_as_product(entity: Entity, mentions: list["Mention"], minted: dict[str, Entity]) -> None:
    """Make a minted entity an AI model everywhere this article mentions it (not a firm's short
    name: "8,000 Tallgrass chips" after "Tallgrass Cloud" are chips in Tallgrass's cloud)."""
    if any(m.entity.cls in _ORG_CLASSES and m.entity.label.startswith(entity.label + " ") for m in mentions):
        return
    product = replace(entity, cls="AIModel")
    for n, m in enumerate(mentions):
        if m.entity.iri == product.iri:
            mentions[n] = Mention(m.start, m.end, product, m.kind)
    minted[product.label.casefold()] = product


class EntityLinker:
    """Turns a Doc's entity spans into Mentions of canonical entities, one entity per referent
    within an article (surname after full name, legal suffixes, aliases)."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer

    def link(self, doc: "Doc") -> list[Mention]:
        mentions: list[Mention] = []
        minted: dict[str, Entity] = {}  # casefolded name -> entity minted in this article
        surnames: dict[str, Entity] = {}  # "Huang" -> Jensen Huang, for later mentions
        orgs: list[Entity] = []  # organisations named so far, for short names ("Vela" after "Vela Robotics")
        formal_names: set[str] = set()  # minted names once written with a legal form ("Hanwha Group")
        mentions += self._designation_entries(doc, minted, surnames, orgs)
        entry_tokens = {i for m in mentions for i in range(m.start, m.end)}
        for ent in _split_coordinated(doc):
            if entry_tokens and entry_tokens.intersection(range(ent.start, ent.end)):
                continue
            span = ent
            # NER spans may run over a line break ("Yandex\n  •"): keep the first line.
            for tok in ent:
                if tok.is_space and "\n" in tok.text or (tok.i > ent.start and "\n" in doc[tok.i - 1].whitespace_):
                    span = doc[ent.start:tok.i]
                    break
            if not len(span):
                continue
            label = ent.label_
            if label == "IGNORE" or _SPEED_GRADE.fullmatch(span.text) or not ent.ent_id_ and all(
                    t.text in LANGUAGE_NAMES or t.lower_ in ("and", "or", ",") for t in span):
                continue  # (and "800G", "1.6T": grades of goods, not products or firms; languages)
            if label == "DEMONYM" and span.text == "Western" and span.end < len(doc) \
                    and doc[span.end].text in _REGION_HEADS and not doc[span.end].ent_type_:
                # "in the Western Cape": a region's name, not the West's or the East's
                region = doc[span.start:span.end + 1]
                mentions.append(Mention(region.start, region.end, _mint(minted, region.text, "Region"), "name"))
                continue
            if ent.ent_id_ and ent.ent_id_ in self.gazetteer.entities:
                entity = self.gazetteer.entities[ent.ent_id_]
                kind = "demonym" if label == "DEMONYM" else "name"
                # "Saudi Arabia's Public Investment Fund", "Amazon's cloud unit": an alias that
                # holds a possessive still names the possessor, whose link to the entity is
                # exactly what the rules read.
                k = next((t.i for t in span[1:-1] if t.text in ("'s", "'")), None)
                owner = self.gazetteer.lookup(doc[span.start:k].text) if k is not None else None
                if owner is not None and owner.iri != entity.iri:
                    mentions.append(Mention(span.start, k, owner, "name"))
                    if owner.cls in _ORG_CLASSES:
                        orgs.append(owner)
                    span = doc[k + 1:span.end]
                if entity.cls == "AIModel" and len(span) > 1:
                    # "Nvidia H800 processors": the maker's name leads the model's alias; the
                    # rules need it as a mention of its own ("Nvidia supplies", "Nvidia develops").
                    for k in range(span.start + 1, span.end):
                        maker = self.gazetteer.lookup(doc[span.start:k].text)
                        if maker is not None and maker.cls == "Company":
                            mentions.append(Mention(span.start, k, maker, "name"))
                            orgs.append(maker)
                            span = doc[k:span.end]
                            break
                if kind == "demonym" and _pan_prefixed(doc, span.start):
                    continue  # "the pan-African carrier WIOCC": across Africa, not from it
                mentions.append(Mention(span.start, span.end, entity, kind))
                if entity.cls == "Person" and len(entity.label.split()) > 1:
                    for surname in _surnames(entity.label):
                        surnames.setdefault(surname, entity)
                if entity.cls in _ORG_CLASSES and kind == "name":
                    orgs.append(entity)
                continue
            if label == "NORP":
                iri = self.gazetteer.demonyms.get(span.text)
                if iri and not _pan_prefixed(doc, span.start):
                    mentions.append(Mention(span.start, span.end, self.gazetteer.entities[iri], "demonym"))
                continue
            if label not in NER_CLASSES:
                continue
            # Trim a leading article and a trailing possessive the NER sometimes includes.
            # (and a live blog's time stamp: "12:30 - Bosun Tijani, who heads ...")
            while len(span) and (span[0].lower_ in {"the", "a", "an"} and not (span[0].text == "A" and label in ("GPE", "LOC"))
                                 or span[0].is_punct or _CLOCK_TIME.match(span[0].text)):
                # (a place may begin with "A": "A Coruna")
                span = doc[span.start + 1:span.end]
            if label in ("GPE", "LOC") and span.start >= 2 and doc[span.start - 1].text == "A" \
                    and doc[span.start - 2].lower_ in ("in", "at", "from", "of", "near"):
                span = doc[span.start - 1:span.end]  # "based in A Coruna": the NER left the "A" out
            while len(span) and (span[-1].text in {"'s", "'", "s"} or span[-1].is_punct and span[-1].text != "."):
                span = doc[span.start:span.end - 1]
            if not len(span):
                continue
            # (a verb has a word after it: not "Theresa May", "George Will")
            cut = next((t.i for t in span[1:-1] if t.lower_ in _AUXILIARIES and t.is_title and doc[t.i + 1].is_title), None)
            if cut is not None:
                span = doc[span.start:cut]  # a title-case headline: "Brightwave Optical Has Tripled"
            if len(span) > 1 and span.start > 0 and _INITIAL.match(span[0].text) \
                    and doc[span.start - 1].lower_ in _SERIES_WORDS:
                span = doc[span.start + 1:span.end]  # "its $220 million Series B. Lodestar's robots"
            if label == "PERSON" and span.start > 1 and doc[span.start - 1].pos_ == "PROPN" and doc[span.start - 1].is_title \
                    and doc[span.start - 1].is_alpha and not doc[span.start - 1].ent_type_ \
                    and doc[span.start - 1].lower_ not in _JOB_TITLE_WORDS \
                    and doc[span.start - 2].lower_ in _TITLE_WORDS | {"manager", "executive", "officer", "founder", "co-founder"}:
                span = doc[span.start - 1:span.end]  # "Tugra general manager Mehmet Ali Ozturk": the NER cut a given name
            while label == "PERSON" and len(span) > 1 and span[0].lower_ in _LEADING_ROLE_WORDS:
                span = doc[span.start + 1:span.end]  # "Founder Maja Kovacic", "President Petro": the role is no name
            while label == "PERSON" and len(span) > 1 and (
                    span[0].text.rstrip(".'") in _HONORIFICS or len(span) > 2 and span[0].text == "Tan" and span[1].text == "Sri"):
                # "Datuk Farid Iskandar", "Tan Sri ...", "Mr Leung": the name ("Tan Wei Ming" is a name)
                span = doc[span.start + (2 if span[0].text == "Tan" else 1):span.end]
            if len(span) > 2 and span[0].text == "General" and span[1].lower_ == "of" and span.start > 1 \
                    and (doc[span.start - 1].text in _GENERAL_TITLES
                         or doc[span.start - 1].text == "-" and doc[span.start - 2].text in _GENERAL_TITLES):
                span = doc[span.start + 2:span.end]  # "Director General of the National Agency ..."
            cut = next((t.i for t in span[1:] if t.text in ("(", "[")), None)
            if cut is not None:
                # "Administrative Council for Economic Defense (CADE": the bracket opens an acronym.
                span = doc[span.start:cut]
            k = next((t.i for t in span[2:-1] if t.text in ("'s", "'")), None)
            if k is not None and label in ("ORG", "FAC") and all(_capitalised(t) for t in doc[span.start:k]):
                # "Xavier Niel's Iliad group": the owner named before the possessive is another entity
                # (not "McDonald's", one word before it).
                owner = doc[span.start:k]
                known_owner = self.gazetteer.lookup(owner.text)
                if known_owner is not None:
                    mentions.append(Mention(owner.start, owner.end, known_owner, "name"))
                elif _plausible_name(owner.text):
                    mentions.append(Mention(owner.start, owner.end,
                                            _mint(minted, owner.text, _classify_new("PERSON", owner.text)), "name"))
                span = doc[k + 1:span.end]
            if label == "ORG":
                span = _without_stock_words(span)
            if len(span) > 1 and span[-1].is_upper and span[-1].text in _CURRENCY_CODES:
                span = doc[span.start:span.end - 1]  # "fined Dalbit Labs KRW 1.2bn"
            town = self._town_after_of(doc, span) if label == "ORG" else None
            if town is not None:
                # "MKS Instruments of Andover, Massachusetts": a firm, then the town it is from
                mentions.append(Mention(town.start, town.end, _mint(minted, town.text, "City"), "name"))
                span = doc[span.start:town.start - 1]
            if len(span) > 1 and span[-1].lower_ in ("of", "and", "for", "&") and not self._country_at(doc, span.end):
                # "MKS Instruments of" (the NER left the town out); but "Mobile Telecommunication
                # Company of" Iran, "Central Bank of" the UAE: a country's name is part of it
                span = doc[span.start:span.end - 1]
            cut = next((t.i for t in span[1:-1] if t.lower_ in ("on", "in", "last", "this", "since")
                        and doc[t.i + 1].lower_ in _DAY_AND_MONTH_NAMES), None)
            if cut is not None:
                span = doc[span.start:cut]  # "The Israel Competition Authority on Sunday approved"
            cut = next((t.i for t in span[1:-1] if t.lower_ == "in" and label == "ORG" and doc[t.i + 1].is_title
                        and _REGION_NAME.search(doc[t.i + 1:span.end].text)), None)
            if cut is not None:
                # "a campus at Clonee in County Meath": the NER ran a place and its county together
                # (a one-word place: "Vaxart Biologics in Henan Province" keeps the firm)
                rest = doc[cut + 1:span.end]
                mentions.append(Mention(rest.start, rest.end, self.gazetteer.lookup(rest.text)
                                        or self.gazetteer.lookup(_REGION_SUFFIX.sub("", rest.text))
                                        or _mint(minted, rest.text, "Region"), "name"))
                span = doc[span.start:cut]
                if len(span) == 1:
                    label = "GPE"
            cut = next((t.i for t in span[1:-1] if t.lower_ in ("with", "by", "from") or t.lower_ in ("and", "or")
                        and span.start > 0 and doc[span.start - 1].lower_ in ("both", "either", "neither", "between")), None)
            if cut is not None:
                # "to start Hoshimi with Aiko Tanabe": the NER ran two names together; the rest,
                # when it reads as a person's name, is read as one by _unlabelled_orgs.
                span = doc[span.start:cut]
            name = " ".join((span.text if span[0].text == "A" and label in ("GPE", "LOC")
                             else _EDGE_JUNK.sub("", span.text)).split())
            if label in ("PERSON", "ORG") and _REGION_NAME.search(name):
                label = "GPE"  # "Ogaki, Gifu Prefecture": no person's or firm's name ends so
            if label in ("GPE", "LOC") and _REGION_SUFFIX.search(name):
                # (but "Eastern Province" is no "Eastern")
                bare = _REGION_SUFFIX.sub("", name)
                name, label = (name if bare in _COMPASS_REGION_WORDS or self.gazetteer.lookup(name) is not None
                               else bare), "LOC"
            elif label == "GPE" and span.end < len(doc) and doc[span.end].lower_ in (
                    "province", "county", "district", "governorate", "oblast", "prefecture"):
                label = "LOC"  # "in Nordland county": a region (the NER left the word out)
            entity = self.gazetteer.lookup(name)
            if entity is None and len(name.split()) == 1:
                entity = surnames.get(name)
            if entity is None and name.casefold() in formal_names:
                entity = minted.get(name.casefold())  # "Hanwha" after "Hanwha Group": the group
            if entity is None:
                entity = self._short_name(name, orgs)
                if entity is not None and _parent_slot(doc, span, entity.label):
                    entity = None
            if entity is None:
                if not _plausible_name(name) or name in _TECH_ACRONYMS:
                    continue  # (nor "ICT", "HBM": technologies the NER took for organisations)
                cls = _classify_new(label, name)
                if cls != "Person" and self._person_cue(doc, span, name):
                    cls = "Person"
                elif cls in ("Person", "City", "Region") and self._org_cue(doc, span, name):
                    cls = "Company"  # "Milan law firm Studio Legale Rinaldi", "Amsterdam-based ING"
                elif cls == "Person" and self._which_follows(doc, span):
                    cls = "Company"
                key_name = strip_company_suffix(name) if cls == "Company" else name
                if key_name != name:
                    formal_names.add(key_name.casefold())
                entity = minted.get(key_name.casefold())
                if entity is not None and entity.cls == "Person" and cls == "Company" and (
                        key_name != name or self._which_follows(doc, span)):
                    # "Pannon DataNet" in the headline, "Pannon DataNet Nyrt." in the body: the
                    # legal form shows the name the NER took for a person's is a firm's.
                    firm = replace(entity, cls="Company", aliases=entity.aliases | {name})
                    mentions = [Mention(x.start, x.end, firm, x.kind) if x.entity is entity else x for x in mentions]
                    surnames = {k: v for k, v in surnames.items() if v is not entity}
                    minted[key_name.casefold()] = entity = firm
                if entity is None:
                    entity = Entity(iri=str(entity_iri(key_name)), label=key_name, cls=cls,
                                    aliases=frozenset({name} - {key_name}), known=False)
                    minted[key_name.casefold()] = entity
            if entity.cls == "Person" and len(entity.label.split()) > 1:
                for surname in _surnames(entity.label):
                    surnames.setdefault(surname, entity)
            if entity.cls in _ORG_CLASSES:
                orgs.append(entity)
            mentions.append(Mention(span.start, span.end, entity, "name"))
        mentions = self._truncated_names(doc, mentions)
        mentions = self._institution_names(doc, mentions, minted)
        mentions = self._unlabelled_orgs(doc, mentions, minted)
        mentions = self._clipped_first_words(doc, mentions, minted)
        mentions = self._connector_names(doc, mentions, minted)
        mentions = self._list_gaps(doc, mentions, minted)
        mentions = self._national_units(doc, mentions, minted)
        mentions = self._glued_names(doc, mentions, minted)
        mentions = self._index_names(doc, mentions, minted)
        mentions = self._versions(doc, mentions, minted)
        mentions = self._hyphenated_models(doc, mentions, minted)
        mentions += self._products(doc, mentions, minted)
        mentions = self._model_variants(mentions, minted)
        mentions += self._found_again(doc, mentions)
        mentions = self._capital_metonyms(doc, mentions)
        mentions = self._places_in_firm_names(doc, mentions, minted)
        mentions = self._ticker_names(doc, mentions, minted)
        mentions = self._retype_orgs(doc, mentions)
        mentions = self._places_before_regions(doc, mentions)
        mentions = self._retype_blocs(doc, mentions)
        mentions = self._spelled_acronyms(doc, mentions, minted)
        mentions = self._acronyms(doc, mentions)
        mentions = self._short_names_anywhere(doc, mentions)
        mentions = self._bare_institutions(mentions)
        mentions = self._compass_places(doc, mentions, minted)
        mentions = self._bracketed_regions(doc, mentions, minted)
        mentions = self._governments(doc, mentions)
        mentions = self._legal_forms(doc, mentions)
        mentions = self._place_named_units(doc, mentions, minted)
        mentions = self._portfolios(doc, mentions, minted)
        mentions = self._dateline_cities(doc, mentions, minted)
        mentions = self._central_banks(mentions)
        mentions = self._foreign_namesakes(doc, mentions, minted)
        # (after every pass: a later one may find the agency's name again as a short name)
        mentions = [m for m in mentions if not _wire_credit(doc, m.start, m.end)]
        # "Nvidia's HGX B200 servers": a short capitals word between a firm's possessive and its
        # model names a product line, not another firm
        models = {m.start for m in mentions if m.entity.cls == "AIModel"}
        mentions = [m for m in mentions if not (
            not m.entity.known and m.entity.cls == "Company" and m.end - m.start == 1 and m.end in models
            and doc[m.start].is_upper and len(doc[m.start]) <= 4 and m.start > 0 and doc[m.start - 1].text in ("'s", "'"))]
        headings = _heading_lines(doc)
        if headings:
            mentions = [m for m in mentions if m.entity.known or not any(a <= m.start < b for a, b in headings)]
        credits = _credit_lines(doc)
        if credits:
            mentions = [m for m in mentions if not any(a <= m.start < b for a, b in credits)]
        mentions = self._retype_regulators(doc, self._retype_firms(doc, self._retype_places(doc, self._retype_people(doc, mentions))))
        mentions = self._firms_found_again(doc, self._lower_camel_names(doc, mentions, minted))
        listing = _exchange_brackets(doc)
        # ("Marvell Technology (Nasdaq: MRVL) has completed its acquisition": no firm in the brackets)
        return [m for m in mentions if m.start not in listing] if listing else mentions

    def _connector_names(self, doc: "Doc", mentions: list[Mention], minted: dict[str, Entity]) -> list[Mention]:
        """ "Casa dos Ventos", "Jaragua do Sul": a new firm's or town's name joined by a small
        connector word, which the NER cuts in two."""
        by_start = {m.start: m for m in mentions}
        seconds: dict[int, Mention] = {}  # id of a name's first half -> its second half
        for m in mentions:
            after = by_start.get(m.end + 1)
            if after is not None and doc[m.end].text in _SMALL_NAME_WORDS \
                    and m.entity.cls in ("Company", "City") and after.entity.cls in ("Company", "City", "Region") \
                    and all(x.kind == "name" and not x.entity.known for x in (m, after)):
                # (the second half may be read as a town the gazetteer does not know: "Ventos"; a
                # town's name is a town's, "Jaragua do Sul")
                seconds[id(m)] = after
        # (a chain of three, "Instituto de Pesquisas de Sao Paulo", is left as the NER read it)
        seconds = {k: x for k, x in seconds.items() if id(x) not in seconds and k not in {id(y) for y in seconds.values()}}
        if not seconds:
            return mentions
        taken = {id(x) for x in seconds.values()}
        out: list[Mention] = []
        for m in mentions:  # (in the order the passes before left them: later ones rely on it)
            if id(m) in seconds and id(m) not in taken:
                after = seconds[id(m)]
                name = doc[m.start:after.end].text
                cls = "Company" if "Company" in (m.entity.cls, after.entity.cls) else m.entity.cls
                out.append(Mention(m.start, after.end, self.gazetteer.lookup(name) or _mint(minted, name, cls), "name"))
            elif id(m) not in taken:
                out.append(m)
        return out

    @staticmethod
    def _lower_camel_names(doc: "Doc", mentions: list[Mention], minted: dict[str, Entity]) -> list[Mention]:
        """ "iXAfrica Data Centre", "bKash": a proper noun written with a small first letter and a
        capital after it is a firm's name the NER leaves out (or cuts off the name it begins)."""
        # (nor a unit or a plural acronym: "kWh", "vCPUs", "eSIMs")
        shapes = {w for m in _LOWER_CAMEL.finditer(doc_text(doc)) for w in [m.group()]
                  for tail in [w.lstrip("abcdefghijklmnopqrstuvwxyz")]
                  if len(tail) >= 3 and not re.fullmatch(r"[A-Z]+s", tail) and tail.lower().rstrip("s") not in _E_WORDS}
        # (a proper noun, not a product after a firm's possessive or a unit after a number:
        # "Apple's iMac", "5,000 mAh")
        words = [t for t in _tokens_with_text(doc, shapes) if t.pos_ == "PROPN"
                 and not (t.i > 0 and (doc[t.i - 1].like_num or doc[t.i - 1].text in ("'s", "'")))] if shapes else []
        if not words:
            return mentions
        taken = {i for m in mentions for i in range(m.start, m.end)}
        by_start = {m.start: m for m in mentions}
        out = list(mentions)
        longer: dict[str, Entity] = {}
        for tok in words:
            after = by_start.get(tok.i + 1)
            if tok.i not in taken and after is not None and not after.entity.known and after.kind == "name" \
                    and after.entity.cls in ("Company", "ResearchOrganization"):
                # "iXAfrica Data Centre": the firm's first word the NER cut off
                entity = _mint(minted, doc[tok.i:after.end].text, "Company")
                longer.setdefault(tok.text, entity)
                out = [Mention(tok.i, after.end, entity, "name") if m is after else m for m in out]
                taken.add(tok.i)
        for tok in words:
            if tok.i not in taken and (tok.i + 1 >= len(doc) or doc[tok.i + 1].pos_ != "PROPN"):
                # (alone, the firm named in full before: "iXAfrica counts Google among its clients")
                out.append(Mention(tok.i, tok.i + 1, longer.get(tok.text) or _mint(minted, tok.text, "Company"), "name"))
                taken.add(tok.i)
        return sorted(out, key=lambda m: m.start)

    @staticmethod
    def _firms_found_again(doc: "Doc", mentions: list[Mention]) -> list[Mention]:
        """ "Lisbon's Halcyra raises ...", "Halcyra has ordered accelerators from Axelera AI": a new
        one-word firm, known as one only once a description or a later pass retyped it, is that firm
        wherever else the text writes it as a proper noun the NER left out."""
        firms = {m.entity.label: m.entity for m in mentions if _new_one_word_firm(m) and not m.entity.label.isupper()}
        taken = {i for m in mentions for i in range(m.start, m.end)}
        found = [Mention(tok.i, tok.i + 1, firms[tok.text], "name") for tok in _lone_proper_nouns(doc, set(firms), taken)]
        # "Andes Digital Park, a Chilean developer ... Andes Digital Park counts Oracle": a new firm's
        # longer name, found once, is that firm wherever else the text writes it in full.
        longer = {m.entity.label: m.entity for m in mentions if not m.entity.known and m.kind == "name"
                  and m.entity.cls in ("Company", "ResearchOrganization") and " " in m.entity.label}
        if longer:  # (one pattern for all of them: a long text may mint hundreds)
            names = "|".join(re.escape(label) for label in sorted(longer, key=len, reverse=True))
            for match in re.finditer(r"(?<![\w-])(?:" + names + r")(?![\w-])", doc_text(doc)):
                span = doc.char_span(match.start(), match.end())
                if span is not None and not taken.intersection(range(span.start, span.end)) \
                        and not (span.end < len(doc) and (doc[span.end].pos_ == "PROPN" or doc[span.end].text == "(")) \
                        and not (span.start > 0 and doc[span.start - 1].pos_ == "PROPN"):
                    # (not a part of "Meridian Kinetics (Penang) Sdn Bhd")
                    found.append(Mention(span.start, span.end, longer[match.group()], "name"))
                    taken.update(range(span.start, span.end))
        return sorted(mentions + found, key=lambda m: m.start) if found else mentions

    def _designation_entries(self, doc: "Doc", minted: dict[str, Entity], surnames: dict[str, Entity],
                             orgs: list[Entity]) -> list[Mention]:
        """ "HAMID REZA NAZARI, DOB 2 Feb 1974; nationality Iran; ...", "TEKHNOKOR LIMITED LIABILITY
        COMPANY (a.k.a. ...), 14 Ulitsa ...": the entries of a sanctions designation list, a name in
        capitals at the start of a line, which the NER reads badly or not at all. A person's entry
        gives a birth date or nationality; a firm's name holds a company word or legal form."""
        text = doc_text(doc)
        if not re.search(r"(?m)^[A-Z][A-Z'.&-]+ [A-Z][A-Z'.&-]+", text):
            return []
        found = []
        for i in line_start_tokens(doc):
            k = i
            while k < len(doc) and (doc[k].is_upper and doc[k].is_alpha or doc[k].text in ("-", "&", "'")
                                    and k > i and not doc[k - 1].whitespace_):
                k += 1
            if k - i < 2 or k >= len(doc) or doc[k].text not in (",", "(") or doc[k - 1].text in ("-", "&", "'"):
                continue
            name = " ".join(doc[i:k].text.split()).title().replace("'S", "'s")
            line_end = text.find("\n", doc[k].idx)
            rest = text[doc[k].idx:line_end if line_end >= 0 else len(text)][:300]
            words = name.split()
            if re.search(r"\b(?:DOB|POB|nationality|born)\b", rest):
                cls = "Person"
            elif strip_company_suffix(name) != name or any(w in COMPANY_WORDS for w in words):
                cls = "Company"
            else:
                continue  # a dateline ("NEW YORK, Nov. 5"), a heading
            key = strip_company_suffix(name) if cls == "Company" else name
            entity = self.gazetteer.lookup(key) or minted.get(key.casefold())
            if entity is None:
                entity = Entity(iri=str(entity_iri(key)), label=key, cls=cls,
                                aliases=frozenset({name} - {key}), known=False)
                minted[key.casefold()] = entity
            if cls == "Person":
                for surname in _surnames(entity.label):
                    surnames.setdefault(surname, entity)
            else:
                orgs.append(entity)
            found.append(Mention(i, k, entity, "name"))
        return found

    def _foreign_namesakes(self, doc: "Doc", mentions: list[Mention], minted: dict[str, Entity]) -> list[Mention]:
        """ "the Securities and Exchange Commission of Zambia", "the Cyprus Securities and Exchange
        Commission": a body the gazetteer knows in one state, named with another state, is that
        state's body of the same name."""
        by_start = {m.start: m for m in mentions}
        by_end = {m.end: m for m in mentions}
        out: list[Mention] = []
        dropped: set[int] = set()
        for m in mentions:
            if m.start in dropped:
                continue
            e = m.entity
            if not e.known or e.cls != "GovernmentBody" or m.kind != "name":
                out.append(m)
                continue
            home = self.gazetteer.objects(e.iri, "headquarteredIn")
            j = m.end + (2 if m.end + 1 < len(doc) and doc[m.end + 1].lower_ == "the" else 1)
            after = by_start.get(j) if m.end < len(doc) and doc[m.end].lower_ == "of" else None
            before = by_end.get(m.start)
            if after is not None and after.kind == "name" and after.entity.cls == "Country" and home \
                    and after.entity.iri not in home:
                name = doc[m.start:after.end].text
                out.append(Mention(m.start, after.end, self.gazetteer.lookup(name) or _mint(minted, name, "GovernmentBody"),
                                   "name"))
                dropped.add(after.start)
            elif before is not None and before.kind == "name" and before.entity.cls == "Country" and home \
                    and before.entity.iri not in home and doc[before.end - 1].whitespace_ and out and out[-1] is before:
                name = doc[before.start:m.end].text
                out[-1] = Mention(before.start, m.end, self.gazetteer.lookup(name) or _mint(minted, name, "GovernmentBody"),
                                  "name")
            else:
                out.append(m)
        return out

    def _central_banks(self, mentions: list[Mention]) -> list[Mention]:
        """ "the Bank of Tanzania", "Banco de Mocambique", "the Central Bank of Kenya": a state's
        central bank is a public body (it licenses and fines lenders), not a company. "Bank of
        China", "Banco do Brasil" and "Bank of Ireland" are commercial banks named after a state."""
        retype: dict[str, Entity] = {}
        for m in mentions:
            e = m.entity
            if e.known or e.cls != "Company" or e.iri in retype:
                continue
            match = _CENTRAL_BANK.match(e.label)
            if match is None:
                continue
            place = match.group("place")
            country = self.gazetteer.lookup(place) if place else None
            if place is None or country is not None and country.cls == "Country" \
                    and country.label not in _COMMERCIAL_NAMESAKES:
                retype[e.iri] = replace(e, cls="GovernmentBody")
        if not retype:
            return mentions
        return [Mention(m.start, m.end, retype.get(m.entity.iri, m.entity), m.kind) for m in mentions]

    def _list_gaps(self, doc: "Doc", mentions: list[Mention], minted: dict[str, Entity]) -> list[Mention]:
        """ "eight companies, namely Toyota Motor, Denso, Sony Group and NTT": a capitalised name
        between two companies of one list is a company too, whether the NER skipped it or took it
        for a place or a person."""
        ordered = sorted(mentions, key=lambda m: m.start)
        covered = {i for m in mentions for i in range(m.start, m.end)}
        covered |= {i for e in doc.ents for i in range(e.start, e.end)}
        added: list[Mention] = []
        retype: dict[str, Entity] = {}

        def company(a: Mention) -> bool:
            return a.kind == "name" and a.entity.cls == "Company"

        for n, (a, b) in enumerate(zip(ordered, ordered[1:])):
            if not company(a) or doc[a.end].text != "," or doc[a.end].sent.start != doc[a.start].sent.start:
                continue
            if company(b):
                end = b.start
                while end > a.end + 1 and doc[end - 1].lower_ in (",", "and", "or") and b.start - end < 2:
                    end -= 1
                run = doc[a.end + 1:end]
                if not a.end + 2 < b.start <= a.end + 6 or end == b.start or not 1 <= len(run) <= 3 or any(
                        t.i in covered or t.pos_ != "PROPN" or not _capitalised(t) for t in run):
                    continue
                entity = self.gazetteer.lookup(run.text) or _mint(minted, run.text, "Company")
                if not entity.known and entity.cls in ("City", "Person"):
                    entity = retype.setdefault(entity.iri, replace(entity, cls="Company"))
                if entity.cls == "Company":
                    added.append(Mention(run.start, run.end, entity, "name"))
                continue
            # a minted place or person between two companies: "Toyota Motor, Denso, Sony Group"
            nxt = ordered[n + 2] if n + 2 < len(ordered) else None
            if nxt is None or not company(nxt) or b.entity.known or b.entity.cls not in ("City", "Person") \
                    or b.kind != "name" or b.start != a.end + 1 or b.end - b.start > 3 \
                    or not (doc[b.end].lower_ in (",", "and", "or") and nxt.start in (b.end + 1, b.end + 2)):
                continue
            retype.setdefault(b.entity.iri, replace(b.entity, cls="Company"))
        for n, (a, b) in enumerate(zip(ordered, ordered[1:])):
            # the last of three or more companies: "to Foxconn, Quanta Computer and Wiwynn"
            if n == 0 or not company(a) or b.entity.known or b.entity.cls not in ("City", "Person") \
                    or b.kind != "name" or b.end - b.start != 1 or not doc[b.start].is_title \
                    or doc[b.start - 1].lower_ not in ("and", "or") \
                    or not (a.end == b.start - 1 or a.end == b.start - 2 and doc[a.end].text == ","):
                continue
            first = ordered[n - 1]
            if company(first) and first.end == a.start - 1 and doc[first.end].text == ",":
                retype.setdefault(b.entity.iri, replace(b.entity, cls="Company"))
        later_words: set[str] | None = None  # capitalised words not opening a sentence, found when needed
        for a, b in zip(ordered, ordered[1:]):
            # the first of three or more: "Yotta, E2E Networks and Tata Communications have been
            # supplying ...", where the NER skipped the first, one-word name
            if not company(a) or not company(b) or a.start < 2 or doc[a.start - 1].text != "," \
                    or doc[a.end].lower_ not in (",", "and") or b.start not in (a.end + 1, a.end + 2):
                continue
            t = doc[a.start - 2]
            # (a sentence's first word the tagger took for a noun: a name if the text capitalises it elsewhere)
            named_elsewhere = False
            if t.pos_ == "NOUN" and t.i == t.sent.start:
                if later_words is None:
                    later_words = {x.text for x in doc if not x.is_sent_start}
                named_elsewhere = t.text in later_words
            if t.i in covered or t.pos_ != "PROPN" and not named_elsewhere or not _capitalised(t) or not t.is_alpha \
                    or not (t.i == t.sent.start or doc[t.i - 1].pos_ in ("ADP", "VERB", "CCONJ") and doc[t.i - 1].is_lower):
                continue
            entity = self.gazetteer.lookup(t.text) or _mint(minted, t.text, "Company")
            if not entity.known and entity.cls in ("City", "Person"):
                entity = retype.setdefault(entity.iri, replace(entity, cls="Company"))
            if entity.cls == "Company":
                added.append(Mention(t.i, t.i + 1, entity, "name"))
                covered.add(t.i)
        by_token = {i: m for m in mentions + added for i in range(m.start, m.end)}
        for a in ordered:
            # "competes with Coherent, Innolight and Eoptolink": the rest of a list of three or more
            # led by a company, written as bare names the NER skipped or took for places or people
            # (not when any of them is a known place or person: "Meta, Menlo Park and ...")
            if not company(a) or a.end >= len(doc) or doc[a.end].text != ",":
                continue
            conjuncts = [c for c in doc[a.start:a.end].root.conjuncts if c.i >= a.end]
            if len(conjuncts) < 2:
                continue
            items: list[tuple[int, int, "Mention | None"]] = []
            for c in conjuncts:
                start = c.i
                while start - 1 > a.end and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == c.i:
                    start -= 1
                if any(t.pos_ != "PROPN" or not _capitalised(t) or not t.is_alpha or t.text in LANGUAGE_NAMES
                       for t in doc[start:c.i + 1]) \
                        or doc[start - 1].lower_ not in (",", "and", "or"):
                    break
                inside = {id(by_token[i]): by_token[i] for i in range(start, c.i + 1) if i in by_token}
                if len(inside) > 1 or inside and next(iter(inside.values())).start != start \
                        or not inside and any(doc[i].ent_type_ == "IGNORE" for i in range(start, c.i + 1)):
                    break
                m = next(iter(inside.values()), None)
                # (not "backed by Y Combinator, Elad Gil and Nat Friedman": a person's full name)
                if m is not None and not (m.entity.cls == "Company" or not m.entity.known and m.kind == "name" and (
                        m.entity.cls == "City" or m.entity.cls == "Person" and " " not in m.entity.label)):
                    break
                items.append((start, c.i + 1, m))
            else:
                for start, end, m in items:
                    if m is None:
                        entity = self.gazetteer.lookup(doc[start:end].text) or _mint(minted, doc[start:end].text, "Company")
                        if entity.cls == "Company":
                            added.append(Mention(start, end, entity, "name"))
                            covered.update(range(start, end))
                            by_token.update((i, added[-1]) for i in range(start, end))  # (once per list)
                    elif m.entity.cls != "Company":
                        retype.setdefault(m.entity.iri, replace(m.entity, cls="Company"))
        if not added and not retype:
            return mentions
        for key, entity in list(minted.items()):
            if entity.iri in retype:
                minted[key] = retype[entity.iri]
        out = [Mention(m.start, m.end, retype.get(m.entity.iri, m.entity), m.kind) for m in mentions + added]
        return sorted(out, key=lambda m: m.start)

    @staticmethod
    def _national_units(doc: "Doc", mentions: list[Mention], minted: dict[str, Entity]) -> list[Mention]:
        """ "Safaricom Ethiopia", "Vodafone Egypt", "Claro Colombia": a known company's name
        followed by a country's is the company's national unit, a company of its own (the rules
        make it the parent's unit when the article names the parent)."""
        by_start = {m.start: m for m in mentions}
        out: list[Mention] = []
        skip: set[int] = set()
        for m in mentions:
            if m.start in skip:
                continue
            country = by_start.get(m.end)
            # (and a new firm's: "Asseco Poland", "Telkom Indonesia", "Vektor Armenia")
            if m.kind == "name" and (m.entity.known and m.entity.cls == "Company" or not m.entity.known and (
                    m.entity.cls == "Company" or m.entity.cls == "AIModel" and m.end - m.start == 1
                    and doc[m.start].is_alpha and doc[m.start].is_title)) and country is not None \
                    and country.kind == "name" and country.entity.cls == "Country" and doc[m.end - 1].whitespace_ \
                    and not (country.end < len(doc) and doc[country.end].text == "-"):
                name = doc[m.start:country.end].text  # as written: "MTN Ghana", not "MTN Group Ghana"
                out.append(Mention(m.start, country.end, _mint(minted, name, "Company"), "name"))
                skip.add(country.start)
                continue
            out.append(m)
        return out

    def _places_in_firm_names(self, doc: "Doc", mentions: list[Mention], minted: dict[str, Entity]) -> list[Mention]:
        """ "Telekom Malaysia Bhd (TM)", "Maybank Singapore Ltd": a place's name between a firm's
        first words and a legal form is part of the firm's name, not a mention of the place."""
        covered = {i for m in mentions for i in range(m.start, m.end)}
        out = []
        for m in mentions:
            j = m.end
            # (or a firm's last word, after a word of the name before the place: "Indus Gulf
            # Traders", not "China Mobile" nor "the Gulf Cooperation Council")
            ends_firm = j < len(doc) and doc[j].text in COMPANY_WORDS and doc[j].pos_ == "PROPN" and j not in covered \
                and m.start > 0 and m.start - 1 not in covered and doc[m.start - 1].pos_ == "PROPN" \
                and _capitalised(doc[m.start - 1]) and not (j + 1 < len(doc) and _capitalised(doc[j + 1]))
            if m.kind == "name" and m.entity.cls in ("Country", "City", "Region") and j < len(doc) \
                    and doc[j].text[:1].isupper() and (_is_legal_form(doc[j].text) or ends_firm) and doc[m.end - 1].whitespace_:
                k = m.start
                while k > 0 and m.start - k < 3 and k - 1 not in covered and doc[k - 1].pos_ == "PROPN" \
                        and _capitalised(doc[k - 1]) and doc[k - 1].whitespace_ and not doc[k - 1].is_sent_start:
                    k -= 1
                if k < m.start:
                    name = doc[k:m.end].text
                    entity = self.gazetteer.lookup(name) or _mint(minted, name, "Company")
                    end = j + 1 + (1 if j + 1 < len(doc) and doc[j + 1].text[:1].isupper()
                                   and _is_legal_form(doc[j + 1].text) else 0)  # "Sdn Bhd"
                    m = Mention(k, end, entity, "name")
            elif m.kind == "name" and m.entity.cls in ("Country", "City", "Region") and m.start > 0 \
                    and doc[m.start - 1].text in _BANK_WORDS and m.start - 1 not in covered \
                    and doc[m.start - 1].whitespace_:
                # "Bank Muscat", "Banco Pichincha": a bank named after its place
                name = doc[m.start - 1:m.end].text
                m = Mention(m.start - 1, m.end, self.gazetteer.lookup(name) or _mint(minted, name, "Company"), "name")
            elif m.kind == "name" and m.entity.cls == "Country" and m.start > 1 \
                    and doc[m.start - 1].lower_ in ("de", "do", "da", "du", "of") and doc[m.start - 2].text in _BANK_WORDS \
                    and m.start - 1 not in covered and (m.start - 2 not in covered or out and out[-1].start == m.start - 2
                                                        and out[-1].end == m.start - 1):
                # "Banco de Mocambique", "Bank of Tanzania", "Banco do Brasil": the state's bank,
                # when the gazetteer matched only the state's name (and the NER took "Banco" alone)
                if out and out[-1].start == m.start - 2:
                    out.pop()
                name = doc[m.start - 2:m.end].text
                m = Mention(m.start - 2, m.end, self.gazetteer.lookup(name) or _mint(minted, name, "Company"), "name")
            out.append(m)
        return out

    @staticmethod
    def _legal_forms(doc: "Doc", mentions: list[Mention]) -> list[Mention]:
        """ "Falcon Crest General Trading LLC, a Dubai-based trader": a legal form the NER left
        outside a company's name belongs to the mention, so what follows the name follows it."""
        starts = {m.start for m in mentions}
        out = []
        for m in mentions:
            j = m.end
            if m.kind == "name" and m.entity.cls == "Company" and j < len(doc) and j not in starts \
                    and doc[j - 1].whitespace_ and doc[j].text[:1].isupper() and _is_legal_form(doc[j].text):
                m = Mention(m.start, j + 1, m.entity, m.kind)
            out.append(m)
        return out

    def _place_named_units(self, doc: "Doc", mentions: list[Mention], minted: dict[str, Entity]) -> list[Mention]:
        """ "Delta Electronics (Thailand), a subsidiary of Taiwan's Delta Electronics", "Tembusu
        Technology (Shenzhen) Co Ltd", "Qingluan (Shenzhen) Computing": a firm's name with a place in
        brackets, and what follows it up to a legal form, names the firm's unit there. (A list of
        such names says where each firm is: "ASML (Netherlands), Tokyo Electron (Japan)".)"""
        if "(" not in doc_text(doc):
            return mentions
        ends = {m.end: m for m in mentions if m.kind == "name"}
        replaced: dict[int, tuple[int, Entity]] = {}
        for tok in _tokens_with_text(doc, {"("}):
            firm = ends.get(tok.i)
            close = _place_name_end(doc, tok.i + 1)
            if firm is None or firm.entity.cls not in ("Company", "Person", "City") or close == tok.i + 1 \
                    or close >= len(doc) or doc[close].text != ")" or doc[tok.i + 1:close].text.isupper():
                continue
            place = self.gazetteer.lookup(doc[tok.i + 1:close].text)
            if place is None and (doc[tok.i + 1].ent_type_ not in ("GPE", "LOC")
                                  # (not a short form of the name: "Aneka Tambang (Antam)")
                                  or doc[tok.i + 1].lower_[:2] == doc[firm.start].lower_[:2]) \
                    or place is not None and place.cls not in ("Country", "Region", "City"):
                continue
            end = close + 1
            while end < len(doc) and end - close <= 4 and doc[end].text[:1].isupper() and (
                    doc[end].text in COMPANY_WORDS or _is_legal_form(doc[end].text)
                    or doc[end].text.rstrip(".") in ("Sdn", "Pte", "Pvt")):  # ("Sdn Bhd", "Pte Ltd", "Pvt Ltd")
                end += 1
            if end == close + 1 and not (
                    # (without a legal form, only a unit said to be one: "Kestrel Labs (Singapore) raised
                    # ...", "Samsung (South Korea) supplies ..." say where the firm is, and so does a town)
                    (place is None or place.cls != "City") and firm.entity.cls == "Company" and (
                        doc[end:min(end + 1, len(doc))].text == ","
                        and any(t.lower_ in _UNIT_CUES for t in doc[end:min(end + 7, len(doc))])
                        # ("through its Belarusian subsidiary, VTB Bank (Belarus)")
                        or firm.start >= 2 and doc[firm.start - 1].text == "," and doc[firm.start - 2].lower_ in _UNIT_CUES)):
                continue
            if any(t.text == "(" and ends.get(t.i) is not None
                   for t in [*doc[end:min(end + 8, len(doc))], *doc[max(0, firm.start - 8):firm.start]]):
                continue  # ("ASML (Netherlands), Tokyo Electron (Japan)": where each firm is)
            name = strip_company_suffix(doc[firm.start:end].text)
            replaced[firm.start] = (end, _mint(minted, name, "Company"))
        if not replaced:
            return mentions
        spans = [(start, end) for start, (end, _) in replaced.items()]
        out = [m for m in mentions if not any(a <= m.start < b for a, b in spans)]
        out += [Mention(start, end, entity, "name") for start, (end, entity) in replaced.items()]
        return sorted(out, key=lambda m: m.start)

    def _glued_names(self, doc: "Doc", mentions: list[Mention], minted: dict[str, Entity]) -> list[Mention]:
        """ "Samsung SDS Co.", "Naver Cloud Corp.": the gazetteer matched the parent's name at the
        start of a longer company name, and the NER took the rest for a name of its own. The whole
        is a new company (its parent is read by the rules from the name)."""
        by_start = {m.start: m for m in mentions}
        glued: dict[int, Mention] = {}
        for m in mentions:
            nxt = by_start.get(m.end)
            if nxt is None or not m.entity.known or m.entity.cls != "Company" or nxt.entity.known \
                    or nxt.entity.cls != "Company" or not doc[m.end - 1].whitespace_ or m.kind != "name":
                continue
            name = strip_company_suffix(_EDGE_JUNK.sub("", doc[m.start:nxt.end].text))
            if len(name.split()) < 2 or self.gazetteer.lookup(name) is not None:
                continue
            glued[m.start] = Mention(m.start, nxt.end, _mint(minted, name, "Company"), "name")
            glued[nxt.start] = None
        for m in mentions:
            # "The California Department of Justice": a state or province named right before a
            # national body's generic name is a body of its own, not the national one
            nxt = by_start.get(m.end)
            if nxt is not None and m.kind == "name" and m.entity.cls == "Region" and nxt.entity.cls == "GovernmentBody" \
                    and self.gazetteer.objects(m.entity.iri, "locatedIn") \
                    and nxt.kind == "name" and doc[nxt.start].text in _STATE_BODY_HEADS and m.start not in glued:
                name = doc[m.start:nxt.end].text
                known = self.gazetteer.lookup(name)
                glued[m.start] = Mention(m.start, nxt.end, known or _mint(minted, name, "GovernmentBody"), "name")
                glued[nxt.start] = None
        for m in mentions:
            # "the East African Community", "the Nordic Council": a nationality the gazetteer matched
            # that begins an organisation's name (capitalised words up to a bloc or institution word).
            if m.kind != "demonym" or m.start in glued:
                continue
            k = m.end
            while k < min(len(doc), m.end + 3) and _capitalised(doc[k]) and k not in by_start:
                k += 1
            if k > m.end and doc[k - 1].text in _BLOC_WORDS | {"Community", "Commission", "Court", "Bank", "Institute"}:
                name = doc[m.start:k].text
                if self.gazetteer.lookup(name) is None and _plausible_name(name):
                    glued[m.start] = Mention(m.start, k, _mint(minted, name, _classify_new("ORG", name)), "name")
            elif k > m.end and doc[k - 1].text in COMPANY_WORDS - _SECTOR_WORDS \
                    and not (k < len(doc) and doc[k].pos_ == "NOUN" and doc[k].is_lower):
                # "has joined Baltic Robotics as head of ...": a nationality and company words name a
                # company ("Chinese AI firms", "Nordic Chips exports" are a sector, not a name).
                name = doc[m.start:k].text
                if self.gazetteer.lookup(name) is None and _plausible_name(name):
                    glued[m.start] = Mention(m.start, k, _mint(minted, name, "Company"), "name")
        if not glued:
            return mentions
        return [glued.get(m.start, m) for m in mentions if glued.get(m.start, m) is not None]

    @staticmethod
    def _truncated_names(doc: "Doc", mentions: list[Mention]) -> list[Mention]:
        """ "Brabant Photonics B.V." then "Brabant Photonics, founded in 2016" where the NER marks
        only "Photonics": a new name whose words end another organisation's name in the article,
        and the words before it complete that name, is that organisation."""
        orgs = {m.entity.iri: m.entity for m in mentions if m.kind == "name" and m.entity.cls in _ORG_CLASSES
                and not m.entity.known and len(m.entity.label.split()) >= 2}
        if not orgs:
            return mentions
        taken = {i for m in mentions for i in range(m.start, m.end)}
        by_last: dict[str, list[Entity]] = {}  # (a long text names thousands: compare within a last word)
        for org in orgs.values():
            by_last.setdefault(org.label.split()[-1], []).append(org)
        out = []
        for m in mentions:
            if m.kind == "name" and not m.entity.known and m.entity.iri not in orgs \
                    and doc[m.end - 1].text in by_last:
                words = [t.text for t in doc[m.start:m.end]]
                for org in by_last[doc[m.end - 1].text]:
                    label = org.label.split()
                    k = len(label) - len(words)
                    if k > 0 and label[k:] == words and m.start - k >= 0 \
                            and [t.text for t in doc[m.start - k:m.start]] == label[:k] \
                            and not taken.intersection(range(m.start - k, m.start)):
                        m = Mention(m.start - k, m.end, org, "name")
                        break
            out.append(m)
        return out

    @staticmethod
    def _clipped_first_words(doc: "Doc", mentions: list[Mention], minted: dict[str, Entity]) -> list[Mention]:
        """ "E2E Networks" (NER: "Networks"), "Lite-On Technology" (NER: "On Technology"): a new
        firm's name whose first word the NER left out because it has digits or a hyphen in it, or
        that the article has already named in full."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        # (a new one-word name right before, which the NER split off: "Tebrau")
        one_word = {m.start: m for m in mentions if m.end - m.start == 1 and m.kind == "name" and not m.entity.known
                    and m.entity.cls != "Person"}
        dropped: set[int] = set()
        line_break = _first_line_break(doc)  # (not in a title-case headline: "Nvidia Backs Cloud Group")
        out = []
        for m in mentions:
            k = m.start
            if m.kind == "name" and not m.entity.known and m.entity.cls in _ORG_CLASSES and k >= 1:
                before = doc[k - 1]
                if before.text == "-" and k >= 2 and not before.whitespace_ and not doc[k - 2].whitespace_ \
                        and doc[k - 2].text[:1].isupper() and doc[k - 2].is_alpha and k - 2 not in taken:
                    k -= 2  # "Lite-On"
                elif before.whitespace_ and k - 1 not in taken and before.text[:1].isupper() \
                        and before.ent_type_ not in ("DATE", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY") and any(
                        c.isdigit() for c in before.text) and any(c.isalpha() for c in before.text) and len(before.text) <= 12:
                    k -= 1  # "E2E", "G42", "Prosperity7"
                elif before.whitespace_ and k - 1 not in taken and before.is_title and before.is_alpha \
                        and (full := minted.get(f"{before.text} {m.entity.label}".casefold())) is not None \
                        and full.cls in _ORG_CLASSES:
                    k -= 1  # "Liquid Intelligent Technologies" named in full before: the same firm again
                elif before.whitespace_ and before.is_title and before.is_alpha and before.pos_ == "PROPN" \
                        and before.ent_type_ in ("", "ORG", "PERSON", "GPE", "NORP") and before.idx > line_break \
                        and doc[k].text in COMPANY_WORDS and m.end - k > 1 \
                        and (k - 1 not in taken or one_word.get(k - 1) is not None):
                    # "Tebrau Digital Bhd" (NER: "Tebrau", "Digital Bhd"): no name starts with "Digital"
                    k -= 1
                    if one_word.get(k) is not None:
                        dropped.add(id(one_word[k]))
            if k < m.start:
                name = doc[k:m.end].text
                # ("Tebrau Digital Bhd" is "Tebrau Digital", like any firm written with its legal form)
                key = strip_company_suffix(name) if m.entity.cls == "Company" else name
                if (same := minted.get(key.casefold())) is not None and same.cls not in _ORG_CLASSES:
                    key = name  # (a town the two strips leave: "Kedah Holdings Bhd")
                m = Mention(k, m.end, _mint(minted, key, m.entity.cls), "name")
            out.append(m)
        return [m for m in out if id(m) not in dropped] if dropped else out

    @staticmethod
    def _found_again(doc: "Doc", mentions: list[Mention]) -> list[Mention]:
        """A new model's name marked once ("their flagship model, Tsukuyomi-2") is that model
        wherever else the article writes it: the NER misses such names each time."""
        models = {m.entity.label: m.entity for m in mentions if m.entity.cls == "AIModel" and not m.entity.known
                  and m.kind == "name" and len(m.entity.label) >= 3 and m.entity.label[:1].isupper()}
        if not models:
            return []
        taken = {i for m in mentions for i in range(m.start, m.end)}
        found = []
        text = doc_text(doc)
        for label, entity in models.items():
            for match in re.finditer(r"(?<![\w-])" + re.escape(label) + r"(?![\w-])", text):
                span = doc.char_span(match.start(), match.end())
                if span is not None and not taken.intersection(range(span.start, span.end)):
                    found.append(Mention(span.start, span.end, entity, "name"))
                    taken.update(range(span.start, span.end))
        return found

    @staticmethod
    def _governments(doc: "Doc", mentions: list[Mention]) -> list[Mention]:
        """ "backed by Toyota, Sony and the Japanese government": a nationality before "government"
        names the state itself, so it takes part in lists and relations like the country's name."""
        out = []
        for m in mentions:
            if m.kind == "demonym" and m.entity.cls == "Country" and m.end < len(doc) \
                    and doc[m.end].lower_ in ("government", "administration", "authorities", "cabinet") \
                    and doc[m.end].dep_ != "compound" and doc[m.end].head.i != m.start:
                m = Mention(m.start, m.end + 1, m.entity, "name")
            out.append(m)
        return out

    @staticmethod
    def _gapped_trade_names(doc: "Doc", mentions: list[Mention], by_token: dict[int, Mention]) -> set[int]:
        """Where the later names of a trade list start whose first name is a company's: "sources
        chillers from Daikin, power systems from Eaton and generators from Cummins" (the NER
        often takes such names for towns). Only items of countable goods: "copper from Kolwezi"
        comes from a place."""
        starts: set[int] = set()
        for m in mentions:
            prep = trade_preposition(doc, m, by_token) if m.entity.cls == "Company" and m.kind == "name" else ""
            if prep in ("from", "to"):
                previous = m.end
                for item in gapped_trade_mentions(doc, m, prep, by_token):
                    if any(t.tag_ == "NNS" for t in doc[previous:item.start]):
                        starts.add(item.start)
                    previous = item.end
        return starts

    def _ticker_names(self, doc: "Doc", mentions: list[Mention], minted: dict[str, Entity]) -> list[Mention]:
        """ "Coherent (COHR)", "Lumentum (LITE)", "Jabil (JBL)": the name before a ticker is a
        listed company's, whatever the NER took it for or missed; _acronyms then reads the ticker
        as its short name."""
        brackets = _ticker_brackets(doc)
        if not brackets:
            return mentions
        ending = {m.end: m for m in mentions}
        covered = {i for m in mentions for i in range(m.start, m.end)}
        retype: dict[str, Entity] = {}
        added: list[Mention] = []
        for i in brackets:
            m = ending.get(i)
            if m is not None:
                if m.kind == "name" and not m.entity.known and m.entity.cls in ("City", "Person", "Region"):
                    retype[m.entity.iri] = replace(m.entity, cls="Company")
                continue
            if i - 1 in covered:
                continue
            start = i - 1  # the capitalised words before the bracket, up to four
            while start > 0 and i - start < 4 and _capitalised(doc[start - 1]) and start - 1 not in covered \
                    and not doc[start - 1].is_sent_start and "\n" not in doc[start - 1].whitespace_:
                start -= 1
            name = doc[start:i].text
            if _plausible_name(name) and not self.gazetteer.lookup(name):
                added.append(Mention(start, i, _mint(minted, name, "Company"), "name"))
        for e in retype.values():
            minted[e.label.casefold()] = e
        out = [Mention(m.start, m.end, retype.get(m.entity.iri, m.entity), m.kind) for m in mentions] + added
        return sorted(out, key=lambda m: m.start) if added else out

    def _retype_orgs(self, doc: "Doc", mentions: list[Mention]) -> list[Mention]:
        """A new name the NER took for a place or person is an organisation's when any of its
        mentions is marked as one ("chip designer Sophgo") or listed with a known company
        ("Huawei and Sophgo")."""
        retype: dict[str, Entity] = {}
        by_token = {i: m for m in mentions for i in range(m.start, m.end)}
        surnames = {w for x in mentions if x.entity.cls == "Person" for w in x.entity.label.split()[1:]}
        traded = self._gapped_trade_names(doc, mentions, by_token)
        for m in mentions:
            e = m.entity
            if not e.known and e.cls == "Bloc" and m.kind == "name" and e.iri not in retype:
                # "the Banyan Forum, a New Delhi policy institute": the description says what it is.
                nouns = {c.lemma_.lower() for c in doc[m.start:m.end].root.children if c.dep_ == "appos"}
                if nouns & _RESEARCH_NOUNS:
                    retype[e.iri] = replace(e, cls="ResearchOrganization")
                elif nouns & (_ORG_CUE_NOUNS - {"group", "platform", "venture"}):
                    retype[e.iri] = replace(e, cls="Company")
                continue
            if e.known or e.cls not in ("City", "Person", "AIModel") or e.iri in retype or m.kind != "name":
                continue
            span = doc[m.start:m.end]
            if e.cls in ("City", "Person") and " " not in e.label and e.label not in surnames and m.start >= 2 \
                    and doc[m.start - 1].text in ("'s", "'") and by_token.get(m.start - 2) is not None \
                    and by_token[m.start - 2].entity.cls == "Country" and not (
                        m.end < len(doc) and doc[m.end].lower_ in ("said", "says", "told", "who")):
                # "Italy's Leonardo", "Japan's Ibiden": one unknown word a country owns is a
                # company there, not a person or a town (those come with a first name or a gazetteer entry).
                retype[e.iri] = replace(e, cls="Company")
                continue
            if e.cls == "AIModel":
                # "the state utility Vannkraft": the NER's product is the organisation the text says.
                if self._org_cue(doc, span, e.label) and doc[m.start - 1].lower_ not in PRODUCT_NOUNS:
                    retype[e.iri] = replace(e, cls="Company")
                continue
            root = span.root
            partners = [root.head] if root.dep_ == "conj" else []
            partners += [c for c in root.children if c.dep_ == "conj"]
            # ("buys substrates from Ibiden and Unimicron": a new firm's name lists alike)
            listed_with_company = e.cls == "City" and any(
                (o := by_token.get(p.i)) is not None and o.entity.cls == "Company"
                and (o.entity.known or root.head.lower_ == "from" or p.head.lower_ == "from") for p in partners)
            owns_product = root.dep_ == "poss" and (root.head.lower_ in PRODUCT_NOUNS or root.head.lower_ in _ORG_OWNED_NOUNS or any(
                c.lower_ in PRODUCT_NOUNS for c in root.head.children if c.dep_ == "compound"))
            # "Vela previously raised EUR30m", "Sakana was founded by ...": what places do not do.
            does_business = e.cls == "City" and (
                root.dep_ == "dobj" and root.head.lemma_ in _COMPANY_OBJECT_VERBS
                or root.dep_ == "pobj" and root.head.lower_ in ("of", "in") and root.head.head.lemma_ in _COMPANY_OBJECT_NOUNS
                or root.dep_ == "nsubj" and root.head.lemma_ in _COMPANY_VERBS
                or root.dep_ == "nsubjpass" and root.head.lemma_ in ("found", "acquire", "back", "fund", "establish",
                                                                      "co-found", "value", "list", "incorporate",
                                                                      "lead", "run", "head", "chair")
                # "Japan's Ibiden, which supplies ABF substrates to Nvidia"
                or any(c.dep_ == "relcl" and c.lemma_ in _COMPANY_VERBS | {"supply", "make", "build"}
                       and any(g.dep_ == "nsubj" and g.lower_ in ("which", "that") for g in c.children)
                       for c in root.children))
            # "signed a supply deal with Tenstorrent", "supplies cobalt hydroxide to Trafigura", "rents
            # its servers from Xinyue": a party to a deal or a trade is a business (not "buys cobalt
            # from Kolwezi": goods come from places too)
            does_business = does_business or e.cls == "City" and m.start in traded or e.cls == "City" and root.dep_ == "pobj" and (
                root.head.lower_ == "with" and root.head.head.lemma_.lower() in _DEAL_WORDS
                or root.head.lower_ == "to" and root.head.head.lemma_ in ("supply", "sell", "provide", "license", "lease")
                or root.head.lower_ == "from" and root.head.head.lemma_ in ("order", "license", "rent", "lease")
                # ("Orbis competes with Data4, owned by ...": a firm's rival in business, not "Johor
                # is competing with Batam")
                # (the parser may read "Meta competes" as a noun phrase: the name right before counts)
                or root.head.lower_ == "with" and root.head.head.lemma_ == "compete" and any(
                    (o := by_token.get(c.i)) is not None and o.entity.cls == "Company"
                    for c in [*(c for c in root.head.head.children if c.dep_ == "nsubj"), doc[root.head.head.i - 1]]))
            # "Corvid was founded in 2022 by ...": people are not founded or acquired.
            does_business = does_business or e.cls == "Person" and " " not in e.label and root.dep_ == "nsubjpass" \
                and root.head.lemma_ in ("found", "co-found", "establish", "acquire", "incorporate")
            # "Indosat Ooredoo Hutchison, which is jointly controlled by ...": "which" is never a person.
            # "Korvix trains its models on ...": a one-word name whose own object is "its" thing.
            does_business = does_business or e.cls == "Person" and " " not in e.label and e.label not in surnames \
                and root.dep_ == "nsubj" and any(
                    c.dep_ == "dobj" and any(g.dep_ == "poss" and g.lower_ == "its" for g in c.children)
                    for c in root.head.children)
            # "Wiwynn ships mostly to Microsoft": one new word that ships, supplies or makes goods
            # is a firm (a person named once would have a first name; the parser may read the
            # verb as a plural noun the name modifies).
            does_business = does_business or e.cls == "Person" and " " not in e.label and e.label not in surnames \
                and root.dep_ in ("nsubj", "compound") and root.head.i == m.end and (
                    root.head.lemma_.lower() in _SUPPLYING_VERBS or root.head.lower_[:-1] in _SUPPLYING_VERBS
                    or root.head.lower_[:-2] in _SUPPLYING_VERBS)
            # (Not "founded by Strive Masiyiwa, which ...", where "which" is the founded one's, nor
            # one-word languages or "Qilin Chat", the NER's persons that are no company.)
            does_business = does_business or e.cls == "Person" and m.end + 1 < len(doc) \
                and doc[m.end].text == "," and doc[m.end + 1].lower_ == "which" and root.dep_ != "pobj" \
                and " " in e.label and e.label.split()[-1] not in _EDITION_WORDS
            # "counts Banco Santander and Repsol among its clients": a firm's customers, suppliers or
            # rivals counted by name are businesses (not its investors: people invest too)
            listed = root
            while listed.dep_ == "conj" and listed.head.i != listed.i:
                listed = listed.head
            # (not a word split off a firm's name the NER cut: "Toyota Tsusho")
            # (people are clients too: only where a firm is counted alongside, or the role is a firm's)
            counted_with_firm = any((o := by_token.get(t.i)) is not None and o.entity.cls == "Company"
                                    for t in [listed, *listed.conjuncts] if t.i != root.i)
            does_business = does_business or e.cls == "Person" and listed.dep_ == "dobj" \
                and not (m.start > 0 and _capitalised(doc[m.start - 1])) \
                and listed.head.lemma_ == "count" and any(
                    p.dep_ == "prep" and p.lower_ in ("among", "as") and any(
                        g.lemma_.lower() in _COUNTED_FIRM_ROLES or counted_with_firm and g.lemma_.lower() in _COUNTED_CLIENT_ROLES
                        for g in p.children if g.dep_ == "pobj")
                    for p in [*listed.head.children, *listed.subtree])
            # "Arriaga founded Voznova in 2021": what someone founds or buys is no person
            does_business = does_business or e.cls == "Person" and " " not in e.label and e.label not in surnames \
                and root.dep_ == "dobj" and root.head.lemma_ in ("found", "co-found", "cofound", "establish", "acquire")
            # "supplies radio equipment to TIM Brasil and Claro": who receives goods a seller ships
            first = root.head if root.dep_ == "conj" and root.head.dep_ == "pobj" else root
            does_business = does_business or e.cls == "Person" and first.dep_ == "pobj" and first.head.lower_ == "to" \
                and first.head.head.lemma_ in ("supply", "sell", "ship", "provide", "deliver") and any(
                    c.dep_ == "dobj" and (c.lemma_.lower() in _GOODS_NOUNS
                                          # ("supplies electro-optical pods to Baykar": plural goods for a
                                          # one-word name; not "sold the house to Kessinger" nor shares)
                                          or " " not in e.label and c.tag_ == "NNS"
                                          and c.lemma_.lower() not in ("share", "stake", "asset"))
                    for c in first.head.head.children)
            # "Merbau has ordered cooling systems from Vertiv", "placed orders with Disco": a buyer of
            # goods or the firm an order goes to
            does_business = does_business or e.cls == "Person" and " " not in e.label and e.label not in surnames and (
                root.dep_ == "nsubj" and root.head.lemma_ in ("order", "buy", "source", "purchase") and any(
                    t.lower_ == "from" and t.i > root.head.i for t in root.head.subtree)
                or first.dep_ == "pobj" and first.head.lower_ == "with" and (
                    first.head.head.lemma_ == "order" or first.head.head.lemma_ == "place" and any(
                        c.dep_ == "dobj" and c.lemma_ == "order" for c in first.head.head.children)))
            # "Lindwurm is backed by Lakestar and Siemens Healthineers": a "place" that backs or funds
            # a firm (a person may: "backed by Kessinger, a former Google executive")
            does_business = does_business or e.cls == "City" and " " not in e.label \
                and first.dep_ == "pobj" and first.head.dep_ == "agent" \
                and first.head.head.lemma_ in ("back", "fund", "finance", "bankroll", "underwrite")
            # "Chui Microline (Bishkek, Kyrgyzstan), which supplied ...": a listing's firm
            close = next((k for k in range(m.end + 1, min(len(doc), m.end + 10)) if doc[k].text == ")"), None) \
                if e.cls == "Person" and m.end < len(doc) and doc[m.end].text == "(" else None
            does_business = does_business or close is not None and close + 2 < len(doc) \
                and doc[close + 1].text == "," and doc[close + 2].lower_ == "which" \
                and any(x.start > m.end and x.end <= close and x.entity.cls in ("City", "Country") for x in mentions)
            if self._org_cue(doc, span, e.label) or listed_with_company or owns_product or does_business \
                    or self._company_role(root) and e.label not in surnames:
                retype[e.iri] = replace(e, cls="Company")
        if not retype:
            return mentions
        return [Mention(m.start, m.end, retype.get(m.entity.iri, m.entity), m.kind) for m in mentions]

    @staticmethod
    def _places_before_regions(doc: "Doc", mentions: list[Mention]) -> list[Mention]:
        """ "its campus at Arklow, County Wicklow": a new name after "in" or "at" and before a
        region's or a country's is a place, whatever the NER took it for."""
        starts = {m.start: m for m in mentions}
        retype: dict[str, Entity] = {}
        for m in mentions:
            e = m.entity
            if e.known or e.cls not in ("Company", "Person") or m.kind != "name" or m.start < 1 or m.end + 1 >= len(doc):
                continue
            region = starts.get(m.end + 1)
            if doc[m.start - 1].lower_ in ("at", "near") and doc[m.end].lower_ == "in" and region is not None \
                    and region.kind == "name" and region.entity.cls == "Region" and m.start >= 2 \
                    and not (doc[m.start - 2].lemma_ in ("work", "serve", "study", "teach")
                             or doc[m.start - 2].lower_ in PERSON_NOUNS | _TITLE_WORDS):
                # (not "She worked at Kestrel in Bavaria", "an engineer at Lumen in California")
                retype[e.iri] = replace(e, cls="City")  # "a plant at Dholera in Gujarat"
                continue
            if doc[m.start - 1].lower_ in ("in", "at", "near") and doc[m.end].text == "," and region is not None \
                    and region.kind == "name" and region.entity.cls in ("Region", "Country") \
                    and doc[region.start:region.end].root.dep_ not in ("nsubj", "nsubjpass") \
                    and not (region.end < len(doc) and doc[region.end].text in ("'s", "'")):
                # (not "In Kestrel, Germany has found its champion": the country starts a clause)
                retype[e.iri] = replace(e, cls="City")
        if not retype:
            return mentions
        return [Mention(m.start, m.end, retype.get(m.entity.iri, m.entity), m.kind) for m in mentions]

    @staticmethod
    def _company_role(root: "Token") -> bool:
        """ "Intesa Sanpaolo is a customer of Tessaro AI", "Yotta is one of Nvidia's customers",
        "its largest customer is Itau Unibanco": a name in a role only companies fill here."""
        def role(t: "Token") -> bool:
            if t.lower_ in ("one", "some", "several", "among"):
                t = next((g for p in t.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), t)
            return t.lemma_.lower() in _COMPANY_ROLE_NOUNS
        # "counts Banorte and Cemex among its customers", "names Grab as a customer"
        counted = root.head if root.dep_ == "dobj" else root.head.head if root.dep_ == "conj" \
            and root.head.dep_ == "dobj" else None
        if counted is not None and counted.lemma_ in ("count", "list", "name", "cite"):
            return any(c.dep_ == "prep" and c.lower_ in ("as", "among") and role(g)
                       for c in counted.children for g in c.children if g.dep_ == "pobj")
        if root.head.lemma_ != "be" or root.head.i == root.i:
            return False
        if root.dep_ == "nsubj":
            return any(c.dep_ == "attr" and role(c) for c in root.head.children)
        if root.dep_ == "attr":
            return any(c.dep_ == "nsubj" and role(c) for c in root.head.children)
        return False

    @staticmethod
    def _bare_institutions(mentions: list[Mention]) -> list[Mention]:
        """ "the Commission said ..." after "the European Commission": a bare institution word is
        the one organisation of the article whose name ends with it."""
        orgs = {m.entity.iri: m.entity for m in mentions if m.kind == "name" and m.entity.cls in _ORG_CLASSES}
        same: dict[str, Entity] = {}
        for e in orgs.values():
            if e.known or len(e.label.split()) != 1 or e.label not in _INSTITUTION_WORDS:
                continue
            fuller = [f for f in orgs.values() if f.iri != e.iri and f.label.split()[-1] == e.label]
            # "Ministry spokesman He Yadong" after "China's Ministry of Commerce"
            ends_with = bool(fuller)
            fuller = fuller or [f for f in orgs.values() if f.iri != e.iri and e.label in f.label.split()]
            if len(fuller) > 1 and ends_with:
                # "three Commission officials" after "the European Commission" and before "Ireland's
                # Data Protection Commission": the one the gazetteer knows, if only one is
                fuller = [f for f in fuller if f.known] if sum(f.known for f in fuller) == 1 else fuller
            if len(fuller) == 1:
                same[e.iri] = fuller[0]
        if not same:
            return mentions
        return [Mention(m.start, m.end, same.get(m.entity.iri, m.entity), m.kind) for m in mentions]

    def _unit_by_place(self, short: list[str], longer: list[str]) -> bool:
        """ "Nilgiri Labs Singapore Pte. Ltd." after "Nilgiri Labs", "Shannonside Digital Brasil"
        after "Shannonside": the longer name goes on with a place's, so it names the firm's unit
        there, not the firm."""
        rest = longer[len(short):]
        return any((e := self.gazetteer.lookup(" ".join(words))) is not None and e.cls in ("Country", "City", "Region")
                   for k in (1, 2) if len(rest) >= k for words in (rest[:k], rest[-k:]))

    def _short_names_anywhere(self, doc: "Doc", mentions: list[Mention]) -> list[Mention]:
        """ "Tokyo AI startup Hoshimi raises ..." (headline) then "Hoshimi AI, a Tokyo-based
        developer": a new organisation's name that begins another organisation's longer name in
        the same article is that organisation, whichever comes first."""
        orgs = {m.entity.iri: m.entity for m in mentions if m.kind == "name" and m.entity.cls in _ORG_CLASSES}
        by_first: dict[str, list[Entity]] = {}  # (a long text names thousands: compare within a first word)
        for f in orgs.values():
            by_first.setdefault(f.label.split()[0], []).append(f)
        # "Norway's Vattenfjord" (a place to the NER) then "Vattenfjord Compute": a new one-word
        # name that a company's name extends by company words only is that company.
        # (or a product to the NER, where it owns what a firm has: "GridLine's customers" after
        # "GridLine Systems"; not "Hoshimi AI released Hoshimi, a reasoning model")
        owning = {m.entity.iri for m in mentions if m.entity.cls == "AIModel" and m.end + 1 < len(doc)
                  and doc[m.end].text in ("'s", "'") and doc[m.end + 1].lower_ in _FIRM_POSSESSIONS}
        shorts = {m.entity.iri: m.entity for m in mentions if m.kind == "name" and not m.entity.known
                  and (m.entity.cls in ("City", "Person") or m.entity.iri in owning) and " " not in m.entity.label}
        first: dict[str, int] = {}
        for m in mentions:
            first.setdefault(m.entity.iri, m.start)
        same: dict[str, Entity] = {}
        formal = _written_with_legal_form(doc, mentions)
        # (a headline's short name comes before the body's full one: "Telefonica sells 40% of its AI
        # cloud unit Atalaya" over "a 40% stake in Atalaya Cloud")
        starts = line_start_tokens(doc)
        headline_end = starts[1] if len(starts) > 1 else 0
        if len(starts) > 2 and starts[2] - starts[1] < 40 and doc[starts[1]].text not in ("By", "-", "*", "\u2022") \
                and not any(t.text in (".", "!", "?", "\u2026") for t in doc[starts[1]:starts[2]]):
            # (and one deck under it, a short line with no sentence end: "Agreement makes Veridian
            # the largest customer for Lumora's chips" over "a supply agreement with Veridian Cloud")
            headline_end = starts[2]
        for e in [*orgs.values(), *shorts.values()]:
            if e.known or e.iri in formal:
                # ("YTL Corporation" is a full name, the parent of "YTL Power International")
                continue
            words = e.label.split()
            # ... but "KT Cloud" is KT's unit, not KT.
            longer = {f.iri: f for f in by_first.get(words[0], ()) if f.iri != e.iri and len(f.label.split()) > len(words)
                      and f.label.split()[:len(words)] == words
                      # (unless the unit's name came first: "Zagros Digital ... Zagros has raised"; not
                      # for a venture arm or a lab: "Swisscom Ventures led ... Swisscom's ...")
                      and (f.label.split()[len(words)] not in _UNIT_WORDS
                           or (first[f.iri] < first[e.iri] or first[e.iri] < headline_end <= first[f.iri])
                           and f.label.split()[len(words)] not in ("Ventures", "Labs", "Research"))
                      and not (e.cls == "Company" and f.label.split()[-1] in _SITE_WORDS)
                      and (e.cls in _ORG_CLASSES or f.cls == "Company" and set(f.label.split()[1:]) <= COMPANY_WORDS)}
            if len(words) >= 2 or len(longer) > 1:
                # "Nilgiri Labs" and "Nilgiri Labs Singapore Pte. Ltd.": the parent and its unit there
                longer = {k: f for k, f in longer.items() if not self._unit_by_place(words, f.label.split())}
            if len(longer) > 1:
                # "Corvid" after "Corvid AI" and its unit "Corvid Europe Ltd": the one whose rest is a company word
                longer = {k: f for k, f in longer.items() if set(f.label.split()[len(words):]) <= COMPANY_WORDS}
            if len(longer) > 1:
                # "Corvane" (a person to the NER) after "Corvane Networks" and its unit "Corvane
                # Optics": the one named first, whose units the others are
                longer = dict([min(longer.items(), key=lambda kv: first[kv[0]])])
            if len(longer) == 1:
                same[e.iri] = next(iter(longer.values()))
        # ("Vinci Construction, a subsidiary of Vinci": not a short name where it names the owner)
        for m in mentions:
            if m.entity.iri in same and _parent_slot(doc, doc[m.start:m.end], same[m.entity.iri].label):
                del same[m.entity.iri]
        # "Corvane" read as the unit "Corvane Optics Sdn Bhd" (the one name the NER had found by
        # then) after "Corvane Networks", named first: the first named whose rest is company words.
        regroup: dict[int, Entity] = {}
        for n, m in enumerate(mentions):
            word = doc[m.start].text
            if m.end - m.start != 1 or m.kind != "name" or m.entity.known or not m.entity.label.startswith(word + " ") \
                    or m.entity.iri in same or _parent_slot(doc, doc[m.start:m.end], m.entity.label):
                continue
            earlier = [f for f in by_first.get(word, ()) if f.iri != m.entity.iri and not f.known
                       and first[f.iri] < first[m.entity.iri]
                       and len(f.label.split()) > 1 and set(f.label.split()[1:]) <= COMPANY_WORDS
                       and not self._unit_by_place([word], f.label.split())]
            if earlier:
                regroup[n] = min(earlier, key=lambda f: first[f.iri])
        if not same and not regroup:
            return mentions
        out = [Mention(m.start, m.end, regroup.get(n) or same.get(m.entity.iri, m.entity), m.kind)
               for n, m in enumerate(mentions)]
        # "Veridian" found once as Veridian Cloud's short name: the firm wherever else the text
        # writes the word as a proper noun the NER left out ("Wiwynn-built servers for Veridian")
        shorts_of = {doc[m.start].text: same[m.entity.iri] for m in mentions
                     if m.entity.iri in same and m.end - m.start == 1 and m.kind == "name"}
        taken = {i for m in out for i in range(m.start, m.end)}
        # (not where the word names the firm's owner: "a unit of Vinci" after "Vinci Construction")
        found = [Mention(tok.i, tok.i + 1, shorts_of[tok.text], "name") for tok in _lone_proper_nouns(doc, set(shorts_of), taken)
                 if not _parent_slot(doc, doc[tok.i:tok.i + 1], shorts_of[tok.text].label)]
        return sorted(out + found, key=lambda m: m.start) if found else out

    @staticmethod
    def _spelled_acronyms(doc: "Doc", mentions: list[Mention], minted: dict[str, Entity]) -> list[Mention]:
        """ "Hayate has contracted Japan Advanced Semiconductor Manufacturing (JASM)": the capitalised
        words before a bracketed acronym that they spell are one name, whatever the NER made of
        them (here a country and nothing). _acronyms then links the acronym to it."""
        added: list[Mention] = []
        drop: set[int] = set()
        for tok in _tokens_with_text(doc, {"("}):
            p = tok.i
            if p < 2 or p + 2 >= len(doc) or doc[p + 2].text != ")":
                continue
            acronym = doc[p + 1].text
            if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
                continue
            words, j = [], p - 1
            while j >= tok.sent.start and len(words) < len(acronym):
                if _capitalised(doc[j]):
                    words.append(doc[j])
                elif not (doc[j].lower_ in _NAME_CONNECTORS or doc[j].lower_ == "the") or not words:
                    break
                j -= 1
            if len(words) != len(acronym) or "".join(w.text[0] for w in reversed(words)).upper() != acronym:
                continue
            start, end = words[-1].i, p
            inside = [m for m in mentions if m.start < end and m.end > start]
            if any(m.start == start and m.end == end for m in inside) \
                    or any(m.start < start or m.end > end or m.entity.cls == "Person" for m in inside):
                continue  # named already, or part of a longer name or a person's
            name = doc[start:end].text
            entity = _mint(minted, name, _classify_new("ORG", name))
            drop.update(id(m) for m in inside)
            added.append(Mention(start, end, entity, "name"))
        if not added:
            return mentions
        return sorted([m for m in mentions if id(m) not in drop] + added, key=lambda m: m.start)

    @staticmethod
    def _acronyms(doc: "Doc", mentions: list[Mention]) -> list[Mention]:
        """ "the National Data Protection Authority (ANPD) ... the ANPD also ordered": an acronym
        the text introduces in brackets after a name is that name wherever it recurs."""
        by_start = {m.start: m for m in mentions}
        same: dict[str, Entity] = {}
        for m in mentions:
            if m.kind != "name" or m.end + 2 >= len(doc) or doc[m.end].text not in ("(", ","):
                continue
            # "... Centre (CSCS)", "... Centre, or CSCS, in Lugano"
            bracket = doc[m.end].text == "("
            if not bracket and not (m.end + 3 < len(doc) and doc[m.end + 1].lower_ == "or"
                                    and doc[m.end + 3].text in (",", ".", ")")):
                continue
            short = by_start.get(m.end + (1 if bracket else 2))
            # (a known body's acronym too where the name before spells it: "the Capital Market
            # Authority (CMA)" of Saudi Arabia is not the British CMA)
            if short is not None and short.entity.known and bracket and m.entity.cls in _ORG_CLASSES and \
                    doc[short.start:short.end].text == "".join(w[0] for w in m.entity.label.split() if w[:1].isupper()) \
                    and short.entity.iri != m.entity.iri and doc[short.end].text == ")":
                same[short.entity.iri] = m.entity
                continue
            if short is None or short.kind != "name" or short.entity.known or short.entity.iri == m.entity.iri \
                    or doc[short.end].text != (")" if bracket else doc[short.end].text) \
                    or not _acronym_like(short.entity.label) \
                    or short.entity.cls == "Person" or m.entity.cls == "Person":
                continue
            same[short.entity.iri] = replace(m.entity, aliases=m.entity.aliases | {short.entity.label}) \
                if not m.entity.known else m.entity
        # "The Lisbon Institute for Machine Learning (LIML) ... LIML said": the acronym in brackets
        # may be no name the NER saw there, and a person it took for one later is none.
        introduced: dict[str, Entity] = {}
        for m in mentions:
            if m.kind == "name" and m.entity.cls in _ORG_CLASSES and m.end + 2 < len(doc) \
                    and doc[m.end].text == "(" and doc[m.end + 2].text == ")":
                word = doc[m.end + 1].text
                if _acronym_like(word):
                    introduced.setdefault(word, m.entity)
                    if not m.entity.known and m.entity.iri not in same and word != m.entity.label:
                        # the acronym is one of its names even where it never recurs
                        same[m.entity.iri] = replace(m.entity, aliases=m.entity.aliases | {word})
        for m in mentions:
            # "BE Semiconductor Industries, the Dutch group known as Besi, ...": a short name the
            # text gives a firm in its description
            if m.kind == "name" and m.entity.cls in _ORG_CLASSES and m.end + 3 < len(doc) and doc[m.end].text == ",":
                k, stop = m.end + 1, min(len(doc) - 2, m.end + 10)
                while k < stop and doc[k].text not in (",", ".", ";", "(") and doc[k].lower_ not in ("which", "that", "whose", "who") \
                        and not (doc[k].lower_ == "known" and doc[k + 1].lower_ == "as"):
                    k += 1
                # (only a description of the firm: not "Lumen, which sells a chip known as Photon")
                if k < stop and doc[k].lower_ == "known" and doc[k + 1].lower_ == "as" \
                        and (k == m.end + 1 or doc[k - 1].lower_ in _ORG_CUE_NOUNS | {"also", "formerly"}):
                    word = doc[k + 2]
                    if word.is_alpha and word.text[:1].isupper() and word.text != m.entity.label \
                            and (k + 3 >= len(doc) or not _capitalised(doc[k + 3])):
                        introduced.setdefault(word.text, m.entity)
                        if not m.entity.known and m.entity.iri not in same:
                            same[m.entity.iri] = replace(m.entity, aliases=m.entity.aliases | {word.text})
        for m in mentions:
            full = introduced.get(m.entity.label)
            if full is not None and m.kind == "name" and not m.entity.known and m.entity.iri != full.iri \
                    and m.entity.iri not in same:
                same[m.entity.iri] = full if full.known else replace(full, aliases=full.aliases | {m.entity.label})
        if introduced:
            # ... and wherever the short name recurs, even where the NER saw no name.
            covered = {i for m in mentions for i in range(m.start, m.end)}
            again = [Mention(t.i, t.i + 1, full if full.known else replace(full, aliases=full.aliases | {t.text}), "name")
                     for t in _tokens_with_text(doc, set(introduced)) if t.i not in covered
                     and (full := introduced.get(t.text)) is not None and not (t.i > 0 and doc[t.i - 1].text == "(")]
            if again:
                mentions = sorted(mentions + again, key=lambda m: m.start)
        # "Polska Grupa Zbrojeniowa ... a PGZ subsidiary": a new all-capitals name spelling the
        # initials of an organisation the article named in full is that organisation.
        by_initials: dict[str, Entity] = {}
        for m in mentions:
            words = [w for w in m.entity.label.replace("-", " ").split() if w[:1].isupper()]
            if m.kind == "name" and m.entity.cls in _ORG_CLASSES and len(words) >= 2:
                by_initials.setdefault("".join(w[0] for w in words), m.entity)
        for m in mentions:
            label = m.entity.label
            if m.kind == "name" and not m.entity.known and m.entity.iri not in same and 2 <= len(label) <= 6 \
                    and label.isalpha() and label.isupper() and m.entity.cls != "Person":
                full = by_initials.get(label)
                if full is not None and full.iri != m.entity.iri:
                    same[m.entity.iri] = full if full.known else replace(full, aliases=full.aliases | {label})
        if not same:
            return mentions
        return [Mention(m.start, m.end, same.get(m.entity.iri, m.entity), m.kind) for m in mentions]

    @staticmethod
    def _retype_blocs(doc: "Doc", mentions: list[Mention]) -> list[Mention]:
        """A new organisation's name is a bloc's (a consortium, an alliance) when the text gives it
        members: "a member of the Open Silicon Group", "Open Silicon Group members", "the group's
        membership", "joined the Open Silicon Group" (a name the NER took for a company's), or when
        a bloc's noun follows it ("the USMCA trade agreement", whatever the NER took it for)."""
        retype: dict[str, Entity] = {}
        for m in mentions:
            e = m.entity
            if not e.known and e.cls in ("Company", "City", "Region", "Person") and m.kind == "name" \
                    and m.end + 1 < len(doc) and (doc[m.end].lower_ in _BLOC_NOUNS or doc[m.end + 1].lower_ in _BLOC_NOUNS
                                                  and doc[m.end].lower_ in _BLOC_KINDS):
                # "the USMCA trade agreement", "the Chip 4 alliance": a new name before a bloc's noun.
                retype[e.iri] = replace(e, cls="Bloc")
                continue
            if e.known or e.cls not in ("Company", "ResearchOrganization", "GovernmentBody") or e.iri in retype \
                    or m.kind != "name":
                continue
            root = doc[m.start:m.end].root
            head = root.head
            has_members = (
                root.dep_ in ("compound", "poss") and head.lower_ in _MEMBERSHIP_NOUNS
                or root.dep_ == "pobj" and head.lower_ in ("of", "in", "to") and head.head.lower_ in _MEMBERSHIP_NOUNS
                # "the Computer and Communications Industry Association, whose members include ..."
                or m.end + 2 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].lower_ == "whose"
                and doc[m.end + 2].lower_ in _MEMBERSHIP_NOUNS
                or root.dep_ == "dobj" and head.lemma_ in ("join", "rejoin")
                and _BLOC_WORDS.intersection(doc[m.start + 1:m.end].text.split())
                and not any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lower_ in ("he", "she"))
                            for c in head.children)
                # "Switzerland belongs to the European Free Trade Association"
                or root.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_ == "belong"
                and _BLOC_WORDS.intersection(doc[m.start + 1:m.end].text.split()))
            if has_members:
                # "Open Silicon Group": a company's suffix is part of a bloc's name.
                full = _EDGE_JUNK.sub("", doc[m.start:m.end].text)
                label = full if full.split()[-1] in _BLOC_WORDS and len(full) > len(e.label) else e.label
                retype[e.iri] = replace(e, cls="Bloc", label=label, aliases=e.aliases - {label})
        if not retype:
            return mentions
        return [Mention(m.start, m.end, retype.get(m.entity.iri, m.entity), m.kind) for m in mentions]

    def _capital_metonyms(self, doc: "Doc", mentions: list[Mention]) -> list[Mention]:
        """ "Beijing retaliated", "talks between Washington and Brussels": a capital's name stands
        for its government unless the text uses it as a place ("Beijing-based Zhipu", "in
        London", "BEIJING (Newswire)", "Abu Dhabi's G42", "the Moscow office")."""
        capitals = self.gazetteer.capitals
        if not any(m.entity.iri in capitals for m in mentions):
            return mentions
        by_start = {m.start: m for m in mentions}
        by_end = {m.end: m for m in mentions}
        out = []
        for m in mentions:
            state = capitals.get(m.entity.iri)
            if state is None or m.kind != "name" or self._used_as_place(doc, m, by_start, by_end, capitals):
                out.append(m)
            else:
                out.append(Mention(m.start, m.end, self.gazetteer.entities[state], m.kind))
        return out

    @staticmethod
    def _used_as_place(doc: "Doc", m: Mention, by_start: dict[int, Mention], by_end: dict[int, Mention],
                       capitals: dict[str, str]) -> bool:
        span = doc[m.start:m.end]
        before = doc[m.start - 1] if m.start > 0 else None
        after = doc[m.end] if m.end < len(doc) else None
        after2 = doc[m.end + 1] if m.end + 1 < len(doc) else None
        if span.text.isupper() and len(span.text) > 3:
            return True  # a dateline
        if before is not None and before.text == "(" and after is not None and after.text in (")", ",") \
                and m.start >= 2 and doc[m.start - 2].pos_ == "PROPN" and doc[m.start - 2].text[:1].isupper():
            return True  # "Imena Robotics (Kigali)": where the firm named before is
        if after is not None and (after.lower_ in _PLACE_PARTICIPLES
                                  or after.text == "-" and after2 is not None and after2.lower_ in _PLACE_PARTICIPLES):
            return True
        if before is not None and before.lower_ in _LOCATIVE_PREPOSITIONS:
            return True
        if before is not None and before.text == "," and (prev := by_end.get(m.start - 1)) is not None \
                and prev.start > 0 and doc[prev.start - 1].lower_ in _LOCATIVE_PREPOSITIONS:
            return True  # "employs 300 people in King's Cross, London"
        if before is not None and before.lower_ == "of" and m.start > 1 and doc[m.start - 2].lower_ in _PLACE_HEADS:
            return True  # "the outskirts of Moscow", "the city of London"
        if before is not None and (before.lower_ in ("capital", "city") and before.pos_ == "NOUN"
                                   or before.text == "," and m.start > 1 and doc[m.start - 2].lower_ in ("capital", "city")) \
                and not (after is not None and after.pos_ in ("VERB", "AUX")):
            return True  # "in the Turkish capital, Ankara": the city a description names ("Outside the capital, Beijing has built" is its government)
        listed = [by_start.get(m.end + 1) if after is not None and after.text in (",", "and") else None,
                  by_start.get(m.start - 2) if before is not None and before.text in (",", "and") else None]
        if any(x is not None and x.entity.cls == "City" and x.entity.iri not in capitals for x in listed):
            return True  # "from Paris, Hangzhou, Abu Dhabi and Zurich": a list of places
        first = m
        while first.start >= 2 and doc[first.start - 1].text in (",", "and") and first.start - 1 in by_end \
                and by_end[first.start - 1].entity.cls in ("City", "Country") and by_end[first.start - 1] is not first:
            first = by_end[first.start - 1]
        if first is not m and first.start > 0 and doc[first.start - 1].lower_ in _LOCATIVE_PREPOSITIONS:
            return True  # "staff in Helsinki, Stockholm and Oslo": the list follows a preposition of place
        if after is not None and after.lemma_ == "be" and after2 is not None and after2.lower_ in ("the", "a") \
                and m.end + 2 < len(doc) and doc[m.end + 2].lower_ in ("capital", "city", "seat", "hub"):
            return True  # "Paris is the capital of France"
        if after is not None and after.text == "," and after2 is not None and after2.lower_ == "where":
            return True  # "Riyadh, where Humain is headquartered"
        if after is not None and after.text == "," and (nxt := by_start.get(m.end + 1)) is not None \
                and nxt.entity.cls in ("Country", "Region"):
            return True  # "London, United Kingdom"
        if after is not None and after.text in ("'s", "'") and (owned := by_start.get(m.end + 1)) is not None \
                and owned.entity.cls in ("Company", "ResearchOrganization"):
            return True  # "Abu Dhabi's G42": the company's home, not the government's company
        k = m.end
        while k < len(doc) and k - m.end < 4 and (doc[k].is_lower and (
                doc[k].pos_ in ("NOUN", "ADJ", "PROPN") or doc[k].lower_ == "think")  # ("the Brussels think tank")
                or doc[k].text == "-" and doc[k - 1].lower_ == "think"):
            k += 1
        if k > m.end and (doc[k - 1].lemma_.lower() in _ORG_CUE_NOUNS or _think_tank(doc, k - 1)) and k in by_start:
            return True  # "and Moscow server integrator Kvant Servis", however the parser hung it
        root = span.root
        head = root
        for _ in range(4):
            if head.dep_ not in ("compound", "nmod", "amod") or head.head.i == head.i:
                break
            head = head.head
        if head is not root and head.pos_ == "NOUN" and (head.lemma_.lower() in _PLACE_HEADS | _ORG_CUE_NOUNS
                                                         or _think_tank(doc, head.i) or any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)):
            return True  # "a Kuala Lumpur server integrator", "a London GPU-cloud start-up": a description
        return root.dep_ in ("compound", "nmod", "amod") and root.head.lemma_.lower() in _PLACE_HEADS

    def _unlabelled_orgs(self, doc: "Doc", mentions: list[Mention], minted: dict[str, Entity]) -> list[Mention]:
        """Names of new organisations the statistical NER missed or cut short: a run of
        capitalised proper nouns that the text itself marks as an organisation ("Orbiton AI, a
        Munich-based developer", "Chinese start-up Lanshan AI", "Lumen Cognition, the Paris AI
        lab"), or a new name's company word the NER left off ("Lanshan" + "AI")."""
        covered = {i for m in mentions for i in range(m.start, m.end)}
        # ("AI" alone is ignored as a name, but ends many: "Orbiton AI".)
        # ("Ledgerly" read as a date is no date: one capitalised word that names no day or month)
        covered |= {i for e in doc.ents if e.label_ in ("IGNORE", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL",
                                                         "ORDINAL", "QUANTITY") and e.text not in COMPANY_WORDS
                    and not (e.label_ == "DATE" and len(e) == 1 and e[0].is_title and e[0].is_alpha
                             and e[0].lower_ not in _DAY_AND_MONTH_NAMES and not e[0].is_sent_start)
                    # (nor "Lumenvale" read as a number: one capitalised word that is no number word)
                    and not (e.label_ in ("CARDINAL", "ORDINAL", "QUANTITY") and len(e) == 1 and e[0].is_title
                             and e[0].is_alpha and not e[0].like_num and not e[0].is_sent_start)
                    for i in range(e.start, e.end)}
        out: list[Mention] = []
        # ("ASE Technology" + "Holding": the NER may make the company word a name of its own)
        lone_words = {m.start: m for m in mentions if not m.entity.known and m.kind == "name" and m.end - m.start == 1
                      and doc[m.start].text in COMPANY_WORDS and m.entity.cls in ("Company", "Person")}
        absorbed: set[int] = set()
        for m in mentions:
            if m.start in absorbed and m is lone_words.get(m.start):
                continue
            # "Lanshan" + "AI": a minted organisation name extends over a following company word.
            if not m.entity.known and m.kind == "name" and m.end < len(doc) \
                    and (m.entity.cls not in ("Person", "AIModel") or m.end - m.start == 1
                         and m.entity.cls == "Person" and doc[m.end].text not in _SURNAME_COMPANY_WORDS) \
                    and doc[m.end].text in COMPANY_WORDS and (doc[m.end].pos_ == "PROPN" and m.end not in covered
                                                              or m.end in lone_words and doc[m.end - 1].whitespace_):
                end = m.end + 1
                while end < len(doc) and end - m.end < 2 and doc[end].text in COMPANY_WORDS and doc[end - 1].whitespace_ \
                        and (doc[end].pos_ == "PROPN" and end not in covered or end in lone_words):
                    end += 1  # "ASE" + "Technology Holding"
                name = doc[m.start:end].text
                entity = _mint(minted, name, "Company")
                covered.update(range(m.end, end))
                absorbed.update(range(m.end, end))
                out = [x for x in out if x.start not in absorbed or x is not lone_words.get(x.start)]
                m = Mention(m.start, end, entity, m.kind)
            if not m.entity.known and m.kind == "name" and m.end - m.start == 1 and m.start > 0 \
                    and (doc[m.start].text in COMPANY_WORDS or doc[m.start].text.isupper() and len(doc[m.start]) <= 3):
                # "SmartGate VC": the NER took only the tail (as a person); the name begins before it.
                k = m.start
                while k > 0 and k - 1 not in covered and doc[k - 1].pos_ == "PROPN" and _capitalised(doc[k - 1]) \
                        and doc[k - 1].whitespace_ and not doc[k - 1].is_sent_start and m.start - k < 3:
                    k -= 1
                if k < m.start:
                    name = doc[k:m.end].text
                    entity = self.gazetteer.lookup(name) or _mint(minted, name, "Company")
                    covered.update(range(k, m.start))
                    m = Mention(k, m.end, entity, m.kind)
            out.append(m)
        # "Meta Superintelligence Labs", "Nebius AI Studio", "Aramco Digital": a known company's name
        # and a descriptor name a unit of it (the rules add subsidiaryOf).
        n = 0
        while n < len(out):
            m = out[n]
            j = m.end
            if m.entity.known and m.entity.cls == "Company" and m.kind == "name" and j < len(doc) \
                    and doc[j - 1].whitespace_ == " ":
                k = j
                while k < len(doc) and k - j < 3 and doc[k].pos_ in ("PROPN", "NOUN") and doc[k].text[:1].isupper() \
                        and (k not in covered or any(x.start <= k < x.end and not x.entity.known for x in out)):
                    k += 1
                after = doc[k] if k < len(doc) else None
                ends_unit = k > j and doc[k - 1].text in COMPANY_WORDS | _UNIT_WORDS
                free_after = after is None or not (after.pos_ == "NOUN" and after.is_lower) \
                    or after.lower_ in _TITLE_WORDS | {"unit", "division", "team", "lab", "arm", "executive"}
                if ends_unit and free_after:
                    name = doc[m.start:k].text
                    known = self.gazetteer.lookup(name)
                    entity = known or _mint(minted, name, "Company")
                    out = [x for x in out if not (j <= x.start < k)]
                    out[n] = Mention(m.start, k, entity, "name")
                    covered.update(range(j, k))
            n += 1
        # "Former Yandex executive Dmitry Ostapenko": the NER kept only the surname.
        for n, m in enumerate(out):
            if m.entity.cls == "Person" and not m.entity.known and m.kind == "name" and m.end - m.start == 1 \
                    and m.start > 0 and (m.start - 1) not in covered and doc[m.start - 1].pos_ == "PROPN" \
                    and doc[m.start - 1].text[:1].isupper() and doc[m.start - 1].is_alpha \
                    and doc[m.start - 1].text not in _HONORIFICS \
                    and self.gazetteer.lookup(doc[m.start - 1].text) is None:
                name = doc[m.start - 1:m.end].text
                entity = _mint(minted, name, "Person")
                covered.add(m.start - 1)
                out[n] = Mention(m.start - 1, m.end, entity, m.kind)
        # Only proper nouns can start a name, and capitalised nouns the tagger took for common ones
        # ("Aker, the Oslo-listed industrial group"): visit them from the POS array instead of
        # building a Token per word (iterating a Doc in Python costs more than the rest of the linker).
        from spacy.attrs import IS_ALPHA, IS_LOWER, IS_TITLE, IS_UPPER, POS
        from spacy.symbols import ADJ, ADV, NOUN, PROPN

        # ("Xero acquired Ledgerly, an Auckland start-up": a name the tagger took for an adverb;
        # "Meridian Logic licenses ...": a first word it took for an adjective)
        # ("which regulates ERCOT": capitals it took for a common noun)
        # ("unit NeutraDC": a camel-case name it took for a plural noun)
        propn = [k for k, (pos, title, upper, lower, alpha) in enumerate(
                     doc.to_array([POS, IS_TITLE, IS_UPPER, IS_LOWER, IS_ALPHA]).tolist())
                 if pos == PROPN or (pos == ADV or pos == ADJ) and title or pos == NOUN and (title or upper or alpha and not lower)]
        ends, starts, j = None, None, 0
        people = {i for m in out if m.entity.cls == "Person" for i in range(m.start, m.end)}
        cued: dict[str, Entity] = {}  # organisations named here because the text marks them as such
        for i in propn:
            tok = doc[i]
            if i < j or i in covered or not tok.text[:1].isupper():
                continue
            j = i + 1 if tok.pos_ in ("NOUN", "ADV", "ADJ") else i
            while tok.pos_ in ("PROPN", "ADJ") and j < len(doc) and j not in covered and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() \
                    and "\n" not in doc[j].whitespace_ and j - i < 4:
                j += 1
            span = doc[i:j]
            name = span.text
            # (Mentions by where they end: a text may hold tens of thousands of them.)
            if ends is None:
                ends = {}
                for x in out:
                    ends.setdefault(x.end, []).append(x)
            ending_here = list(ends.get(i, []))
            place = next((m for m in ending_here if m.entity.cls in ("City", "Country", "Region")
                          and m.kind == "name" and doc[m.start].pos_ == "PROPN"), None)
            if place is not None and len(span) >= 2 and span[-1].text in COMPANY_WORDS:
                # "Shanghai Micro Electronics Equipment": a place name that begins a company's.
                out.remove(place)
                ends[i].remove(place)
                span = doc[place.start:j]
                name = span.text
            if tok.pos_ in ("NOUN", "ADV") and (not self._org_cue(doc, span, name) or tok.is_sent_start):
                continue
            if tok.pos_ == "NOUN" and not tok.is_title and not self._regulated(span) \
                    and not (tok.is_upper and len(tok) >= 3 and tok.text not in _NOT_FIRM_CAPITALS
                             and tok.dep_ not in ("compound", "amod", "nmod")) and not _camel_case(tok):
                # (capitals read as a common noun: only a watchdog's object, "which regulates ERCOT",
                # or a phrase's head that _org_cue has just marked as a firm: "ASMPT, the
                # Singapore-headquartered equipment maker", "the Cuban telecommunications company
                # ETECSA"; not a modifier, "IPO shares", "an NGO spokesperson")
                continue
            if tok.pos_ == "ADJ" and not (len(span) >= 2 and span[-1].text in COMPANY_WORDS and span[-1].pos_ == "PROPN"
                                          and span[-1].dep_ not in ("compound", "amod") and tok.lower_ not in _COMMON_ADJECTIVES) \
                    and not (len(span) == 1 and tok.lower_ not in _COMMON_ADJECTIVES and _closed_org_description(doc, span)):
                continue  # (not "Former Systems engineers"; but "Framatome, EDF's engineering subsidiary, provides")
            if tok.pos_ == "PROPN" and j < len(doc) and span[-1].dep_ == "compound" and doc[j - 1].whitespace_ == " " \
                    and span[-1].head.i >= j and all(t.is_alpha and t.is_title and t.text not in _AREA_WORDS for t in span) \
                    and not self.gazetteer.lookup(name) and not any(t.i in people for t in span):
                # "Moniepoint Kenya buys servers", "Telkom Indonesia signed": a new name the parser
                # made a modifier of a country's is a firm's national unit (countries take no
                # proper-noun modifiers but "Greater", "Mainland" and the like).
                if starts is None:
                    starts = {x.start: x for x in out}
                country = starts.get(j)
                # (the index of starts is not kept up to date: the mentions by end are, so the
                # country must still be among them)
                if country is not None and country.kind == "name" and country.entity.cls == "Country" \
                        and any(x is country for x in ends.get(country.end, ())) \
                        and country.end - 1 >= span[-1].head.i and not (
                            country.end < len(doc) and doc[country.end].text == "-"):
                    out = [x for x in out if x is not country]
                    ends[country.end] = [x for x in ends[country.end] if x is not country]
                    unit = Mention(span.start, country.end, _mint(minted, doc[span.start:country.end].text, "Company"), "name")
                    out.append(unit)
                    ends.setdefault(unit.end, []).append(unit)
                    covered.update(range(span.start, country.end))
                    j = country.end
                    continue
            if len(span) == 3 and span[0].text in _HONORIFICS and self._person_slot(doc, span, ending_here):
                span, name = span[1:], span[1:].text  # "His Excellency Mikayil Jabbarov, Minister of Economy"
            if 2 <= len(span) <= 3 and self._person_slot(doc, span, ending_here) and _plausible_name(name) \
                    and all(t.is_alpha and t.text[:1].isupper() and t.text[1:].islower() for t in span) \
                    and not any(t.text in COMPANY_WORDS or self.gazetteer.lookup(t.text) for t in span):
                # "Chief Executive Officer of Yandex Artem Savinovsky": a name in a person's slot.
                entity = _mint(minted, name, "Person")
                out.append(Mention(span.start, j, entity, "name"))
                ends.setdefault(j, []).append(out[-1])
                covered.update(range(span.start, j))
            elif (self._org_cue(doc, span, name) or self._org_by_company(doc, span, ends)) and _plausible_name(name) and (len(span) > 1 or len(name) > 2) and not self.gazetteer.lookup(name) \
                    and name not in _TECH_ACRONYMS \
                    and not any(w.lower() in _TITLE_WORDS for w in name.split()):
                # "Lumen Gulf Advisory, a Dubai-based consultancy": the name runs back over a
                # place's name inside it to the new words before.
                k = span.start
                while k > 0 and doc[k - 1].pos_ == "PROPN" and _capitalised(doc[k - 1]) and doc[k - 1].whitespace_ \
                        and (k - 1 not in covered or any(m.start == k - 1 and m.end == k and m.entity.cls in (
                            "City", "Region", "Country") and m.kind == "name" for m in ends.get(k, ()))):
                    k -= 1
                if k < span.start:
                    # (the places swallowed are the one-token mentions ending inside the new span)
                    swallowed = [m for e in range(k + 1, span.start + 1) for m in ends.get(e, ()) if m.start >= k]
                    for m in swallowed:
                        ends[m.end].remove(m)
                    gone = {id(m) for m in swallowed}
                    out = [m for m in out if id(m) not in gone] if gone else out
                    span = doc[k:j]
                    name = span.text
                span = _without_stock_words(span)
                name = span.text
                if not _plausible_name(name):
                    j = max(j, i + 1)
                    continue
                # ("Micron Stock": the trimmed name may be a known one)
                entity = self.gazetteer.lookup(name) or _mint(minted, name, _classify_new("ORG", name))
                cued[entity.label] = entity
                out.append(Mention(span.start, span.end, entity, "name"))
                ends.setdefault(span.end, []).append(out[-1])
                covered.update(range(span.start, j))
            j = max(j, i + 1)
        # "Lumen Cognition ... Lumen": the first word of a new organisation's name, alone, is it.
        # (When several share the word, the first named: "Tembusu Silicon Holdings" files for
        # its listing, then lists "Tembusu Design" and "Tembusu Vietnam" among its units.)
        firsts: dict[str, Entity] = {}
        first_seen: dict[str, int] = {}
        for m in out:  # (out is not in text order here)
            first_seen[m.entity.iri] = min(m.start, first_seen.get(m.entity.iri, m.start))
        after_town: dict[str, Entity] = {}
        for e in sorted(minted.values(), key=lambda e: first_seen.get(e.iri, len(doc))):
            words = e.label.split()
            if e.cls not in ("Company", "ResearchOrganization") or len(words) < 2 or words[-1] in _SITE_WORDS:
                continue
            if words[0] not in COMPANY_WORDS and len(words[0]) > 2 \
                    and not (len(words) == 2 and words[1] in _PARENT_NAMED_UNITS) \
                    and self.gazetteer.lookup(words[0]) is None:
                if words[0] not in after_town:  # (the firm named first keeps the word)
                    firsts.setdefault(words[0], e)
            elif len(words) > 2 and len(words[1]) > 2 and (place := self.gazetteer.lookup(words[0])) is not None \
                    and place.cls == "City" and words[1] not in COMPANY_WORDS \
                    and words[1][:1].isupper() and self.gazetteer.lookup(words[1]) is None:
                # "Shenzhen Yuanjing Computing Technology ... Yuanjing": the word after the home town
                # (only where the text writes it as a name: not "Stock" of "Shenzhen Stock Exchange")
                if words[1] not in firsts:
                    after_town.setdefault(words[1], e)
        # (a unit named by a place only when the article names no other firm by that word:
        # "Shannonside" is "Shannonside Digital", not its "Shannonside Digital Brasil", but
        # "Asseco" alone is "Asseco Poland")
        for word, e in list(firsts.items()):
            if self._unit_by_place([word], e.label.split()) and any(
                    o.iri != e.iri and o.cls in _ORG_CLASSES and len(o.label.split()) > 1 and o.label.split()[0] == word
                    and not self._unit_by_place([word], o.label.split()) for o in minted.values()):
                del firsts[word]
        # ("YTL Corporation", minted as "YTL", is a full name: the parent of "YTL Power International")
        formal = _written_with_legal_form(doc, out)
        short = {**after_town, **firsts}  # (what the NER itself took for an organisation's name)
        out = [Mention(m.start, m.end, short[m.entity.label], m.kind)
               if not m.entity.known and m.entity.label in short and m.entity.cls in _ORG_CLASSES
               and m.entity.iri not in formal
               and not _parent_slot(doc, doc[m.start:m.end], short[m.entity.label].label) else m
               for m in out]
        # "the state utility Statkraft ... buys its power from Statkraft": a one-word name read
        # as an organisation's once is that organisation wherever the NER missed it.
        for e in cued.values():
            if e.cls in ("Company", "ResearchOrganization") and " " not in e.label and len(e.label) > 2 \
                    and e.label not in COMPANY_WORDS and e.label[:1].isupper():
                firsts.setdefault(e.label, e)
        # "AirTrunk, which Blackstone bought ...": a one-word name the NER found once is that
        # organisation where it missed it, when the tagger reads the word as a proper noun there.
        found_once = {m.entity.label: m.entity for m in out if _new_one_word_firm(m) and m.entity.label not in firsts}
        after_town = {word: e for word, e in after_town.items() if word not in firsts}
        words = {word.lower() for word in (*firsts, *found_once, *after_town)}
        for tok in _tokens_among(doc, words) if words else []:
            if tok.i in covered or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"):
                continue
            # ("Lingjing also rents": a name in a noun's role the tagger read as a verb by its "-ing")
            noun_role_verb = tok.pos_ == "VERB" and tok.dep_ in ("nsubj", "nsubjpass", "poss", "dobj", "pobj")
            if (tok.pos_ in ("PROPN", "NOUN", "ADJ", "ADV") or noun_role_verb) and tok.text in firsts:
                out.append(Mention(tok.i, tok.i + 1, firsts[tok.text], "name"))
                covered.add(tok.i)
            elif (tok.pos_ == "PROPN" or noun_role_verb) and tok.text in after_town \
                    and not (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN"):
                out.append(Mention(tok.i, tok.i + 1, after_town[tok.text], "name"))
                covered.add(tok.i)
            elif tok.pos_ == "PROPN" and tok.text in found_once:
                out.append(Mention(tok.i, tok.i + 1, found_once[tok.text], "name"))
                covered.add(tok.i)
        out.sort(key=lambda m: m.start)
        return out

    @staticmethod
    def _person_slot(doc: "Doc", span: "Span", mentions: list[Mention]) -> bool:
        """Right after a job title ("chief executive Kwak Noh-jung"), or after "TITLE of ORG"; the
        object of an appointment ("appointed Ines Carvalho as"); a name whose apposition is a
        title ("Ines Carvalho, Vela Robotics' founder, said")."""
        k = span.start - 1
        if k >= 0 and doc[k].pos_ == "VERB" and doc[k].lemma_ in ("appoint", "hire", "name", "promote", "tap", "poach"):
            return True
        if span.end + 1 < len(doc) and doc[span.end].text == ",":
            for t in doc[span.end + 1:min(len(doc), span.end + 8)]:
                if t.text in (",", ".", ";") or t.pos_ == "VERB":
                    break
                if t.lower_ in _TITLE_WORDS | _APPOSITIVE_PERSON_NOUNS and t.dep_ != "compound":
                    return True
        org = next((m for m in mentions if m.end == span.start), None)
        if org is not None and org.entity.cls in _ORG_CLASSES:
            k = org.start - 1
            if k < 1 or doc[k].lower_ != "of":
                return False
            k -= 1
        return k >= 0 and doc[k].lower_ in _TITLE_WORDS | {"officer", "executive", "founder", "co-founder", "minister",
                                                           "spokesperson", "spokesman", "spokeswoman", "analyst"}

    @staticmethod
    def _org_by_company(doc: "Doc", span: "Span", ends: dict[int, list[Mention]]) -> bool:
        """ "South Africa's Vodacom", "Italy's Aruba": a country's possessive before a name the
        NER missed; "APG and PGGM": an acronym coordinated with an organisation."""
        if span.start >= 2 and doc[span.start - 1].text in ("'s", "'") and any(
                m.entity.cls == "Country" and m.kind == "name" for m in ends.get(span.start - 1, [])):
            return True
        root = span.root
        if len(span) == 1 and root.dep_ == "conj" and (root.is_upper and 2 <= len(root) <= 6 or root.ent_type_ not in NER_CLASSES
                                                        and root.i > 0 and doc[root.i - 1].lower_ == "and"):
            return any(m.entity.cls == "Company" and m.start <= root.head.i < m.end
                       for ms in ends.values() for m in ms if m.end == root.head.i + 1)
        return False

    @staticmethod
    def _regulated(span: "Span") -> bool:
        """The object of a watchdog's verb: "which regulates ERCOT", "supervises True IDC and Siam AI"."""
        root = span.root
        first = root.head if root.dep_ == "conj" and root.head.dep_ == "dobj" else root
        return first.dep_ == "dobj" and first.head.lemma_ in _REGULATING_VERBS and first.head.pos_ == "VERB"

    @staticmethod
    def _org_cue(doc: "Doc", span: "Span", name: str) -> bool:
        words = name.split()
        if len(words) >= 2 and words[-1] in COMPANY_WORDS:
            return True
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.lower_ in _ORG_CUE_NOUNS and (before.pos_ == "NOUN" or (
                before.lower_ == "up" and span.start >= 3 and doc[span.start - 2].text == "-"
                and doc[span.start - 3].lower_ == "start")):
            return True  # "Chinese start-up Lanshan AI" (the tagger may read "up" as a particle), "chip designer Sophgo"
        if before is not None and _think_tank(doc, before.i):
            return True  # "the Brussels think-tank Bruegel"
        if before is not None and before.lower_ in ("manager", "managers") and span.start > 1 \
                and doc[span.start - 2].lower_ in ("asset", "investment") and " " not in name:
            return True  # "Canadian asset manager Brookfield"
        if before is not None and before.lower_ in ("based", "headquartered") and span.start > 1 \
                and doc[span.start - 2].text == "-":
            return True  # "Amsterdam-based ING"
        if span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].text in (
                "built", "made", "assembled", "supplied", "designed") and not doc[span.end - 1].whitespace_ \
                and doc[span.start].ent_type_ not in ("GPE", "LOC", "NORP", "FAC"):
            # "Wiwynn-built servers": who builds goods is a firm (not a place's goods, "Batam-built
            # modules", nor a title-case headline's "Purpose-Built")
            return True
        root = span.root
        if root.dep_ == "compound" and root.head.lower_ in _ORG_COMPOUND_HEADS and span.end == root.head.i:
            return True
        if EntityLinker._regulated(span):
            return True  # "the Public Utility Commission of Texas, which regulates ERCOT"
        if root.dep_ == "appos" and root.head.i == span.start - 2 and doc[span.start - 1].text == "," \
                and root.head.pos_ == "NOUN" and root.head.lower_ in _APPOSED_FIRM_NOUNS \
                and any(c.dep_ in ("det", "poss") for c in root.head.children) \
                and doc[span.start].ent_type_ not in ("PERSON", "GPE", "LOC") \
                and (span.end == len(doc) or doc[span.end].text in (",", ".", ";")):
            return True  # "Telkom Indonesia's data center arm, NeutraDC, sold": the description names a firm
        if root.dep_ == "nsubj" and root.head.pos_ == "VERB" and doc[span.start].ent_type_ not in ("GPE", "LOC") and (
                root.head.lemma_ in _SUPPLYING_VERBS and any(c.dep_ in ("dobj", "dative") for c in root.head.children)
                # ("TotalEnergies sells electricity ... to Data4": a person sells no goods)
                or root.head.lemma_ in ("sell", "deliver", "provide") and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _GOODS_NOUNS | {"electricity", "power"}
                    for c in root.head.children)
                or root.head.lemma_ == "place" and any(c.dep_ == "dobj" and c.lemma_ == "order" for c in root.head.children)
                # ("NeutraDC buys its GPU servers from Supermicro": a buyer of goods from a seller)
                or doc[span.start].ent_type_ != "PERSON" and root.head.lemma_ in ("buy", "source", "order", "purchase", "procure") and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _GOODS_NOUNS for c in root.head.children)
                and any(c.dep_ == "prep" and c.lower_ == "from" for c in root.head.children)):
            return True  # "Hayate has placed orders with Disco", "Kinta ships modules to Veridian"
        if span.end + 2 < len(doc) and doc[span.end].lower_ in (",", "is", "was") and doc[span.end + 1].lower_ in ("a", "an", "the"):
            # "Vocalis, a 9-person speech startup based in Graz", "Telconet is an Ecuadorian
            # operator": the noun that ends the description (the parser often misses it:
            # "startup" is taken for a verb).
            last = None
            for t in doc[span.end + 2:min(len(doc), span.end + 10)]:
                if t.text in ("'s", "'") and t.tag_ == "POS":
                    last = None  # "Halcyon-R, the Swiss lab's reasoning model": the lab owns it
                    continue
                if t.is_punct and t.text != "-" or t.pos_ in ("ADP", "PRON", "AUX", "CCONJ", "PART") \
                        or t.lower_ in ("based", "whose", "which", "that", "who") \
                        or last is not None and last.lower_ in _ORG_CUE_NOUNS and t.pos_ == "VERB":
                    # ("an Auckland start-up whose AI agents ...": the description ends before "whose";
                    # "the Atos subsidiary specialised in ...": before a participle after its noun)
                    break
                if t.pos_ in ("NOUN", "VERB", "ADJ") and t.is_lower:
                    last = t
            if last is not None and (last.lower_ in _ORG_CUE_NOUNS and last.lower_ not in PERSON_NOUNS
                                     or _think_tank(doc, last.i)):
                return True  # (and "an Athens think tank", not "a German battle tank")
        if _closed_org_description(doc, span):
            return True  # "Framatome, EDF's nuclear engineering subsidiary, provides ..."
        if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.lemma_ == "lead" and any(
                t.lemma_ in ("round", "funding", "financing", "raise") or t.text == "Series" for t in root.sent):
            return True  # "the round, which was led by Greenoaks"
        if root.dep_ == "dobj" and root.head.lemma_ in ("put", "add", "place") and any(
                c.dep_ == "prep" and c.lower_ in ("on", "to", "onto") and any(g.lower_ in ("list", "blacklist") for g in c.children)
                for c in root.head.children):
            return True  # "The Commerce Department put Sophgo on the Entity List": who goes on a blacklist is an organisation
        if span.end + 1 < len(doc) and doc[span.end].text == "," \
                and doc[span.end + 1].lower_ in ("headquartered", "incorporated", "registered", "listed"):
            return True  # "Mkopo Sense, headquartered in Mombasa, sells ...": people have no headquarters
        if root.dep_ == "nsubj" and root.head.lemma_ == "win" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in ("order", "contract", "tender") for c in root.head.children):
            return True  # "Isu Petasys has won an order from Google": a person wins no orders
        if root.dep_ == "nsubj" and root.head.lemma_ in ("raise", "close", "secure") and any(
                c.dep_ == "dobj" and (c.ent_type_ in ("MONEY", "CARDINAL") or any(g.dep_ == "nummod" for g in c.children)
                                      or c.lemma_.lower() in ("round", "funding", "financing"))
                for c in root.head.children):
            return True  # "Akili Score raised $14 million": a person raises no rounds
        if root.dep_ == "nsubjpass" and root.head.lemma_ in ("found", "acquire", "incorporate", "back", "fund",
                                                              "spin", "list", "value"):
            return True  # "Voxelle had been backed by ...": people are not founded, bought or backed
        return any(c.dep_ == "appos" and (c.lemma_.lower() in _ORG_CUE_NOUNS or _think_tank(doc, c.i)) for c in root.children)

    def _compass_places(self, doc: "Doc", mentions: list[Mention], minted: dict[str, Entity]) -> list[Mention]:
        """ "West Palm Beach", "West Lafayette": a compass word the gazetteer reads as a region
        ("the West") that begins a longer place name is part of that name."""
        by_start = {m.start: m for m in mentions}
        gone: set[int] = set()  # starts of the mentions a longer place name took over
        added: list[Mention] = []
        for tok in _tokens_among(doc, _COMPASS_WORDS):
            m = by_start.get(tok.i)
            if m is None or m.end != tok.i + 1 or not m.entity.known or m.kind != "name" or not tok.whitespace_:
                continue
            j = tok.i + 1
            while j < len(doc) and doc[j].pos_ == "PROPN" and _capitalised(doc[j]) and j - tok.i <= 3 and (
                    j not in by_start or by_start[j].entity.cls in ("City", "Region") and not by_start[j].entity.known):
                j = by_start[j].end if j in by_start else j + 1
            if j == tok.i + 1 or self.gazetteer.lookup(doc[tok.i + 1:j].text) is not None:
                continue
            name = doc[tok.i:j].text
            entity = self.gazetteer.lookup(name) or _mint(minted, name, "City")
            gone.update(k for k in range(tok.i, j) if k in by_start)
            added.append(Mention(tok.i, j, entity, "name"))
        # "a factory in Chitose, Hokkaido": a name the NER missed, between "in" and a comma before a
        # state or country, is a town
        covered = {i for m in mentions for i in range(m.start, m.end)}
        for m in mentions:
            if m.kind != "name" or m.entity.cls not in ("Region", "Country") or m.start < 3 or doc[m.start - 1].text != ",":
                continue
            k = m.start - 1
            while k - 1 >= 0 and m.start - 1 - (k - 1) <= 2 and k - 1 not in covered and doc[k - 1].pos_ == "PROPN" \
                    and _capitalised(doc[k - 1]) and doc[k - 1].lower_ not in _DAY_AND_MONTH_NAMES:
                k -= 1
            if k < m.start - 1 and k >= 1 and doc[k - 1].lower_ in ("in", "at", "near", "outside") \
                    and self.gazetteer.lookup(doc[k:m.start - 1].text) is None:
                name = doc[k:m.start - 1].text
                added.append(Mention(k, m.start - 1, _mint(minted, name, "City"), "name"))
                covered.update(range(k, m.start - 1))
        # "Navi Mumbai", "Greater Noida": a prefix word before a known city names another place
        for m in mentions:
            if m.kind == "name" and m.entity.cls == "City" and m.start > 0 and m.start not in gone \
                    and doc[m.start - 1].text in _PLACE_PREFIXES and doc[m.start - 1].whitespace_ \
                    and not any(x.start <= m.start - 1 < x.end for x in mentions):
                name = doc[m.start - 1:m.end].text
                gone.add(m.start)
                added.append(Mention(m.start - 1, m.end, self.gazetteer.lookup(name) or _mint(minted, name, "City"), "name"))
        if not added:
            return mentions
        return sorted([m for m in mentions if m.start not in gone] + added, key=lambda m: m.start)

    @staticmethod
    def _place_slot(doc: "Doc", m: Mention) -> bool:
        """Where only a place fits: "Pune-based", "Bonn-headquartered" before an organisation noun,
        or after "headquartered in", "based in"."""
        if m.end + 2 < len(doc) and doc[m.end].text == "-" and doc[m.end + 1].lower_ in ("based", "headquartered", "registered") \
                and not doc[m.end].whitespace_:
            head = doc[m.end + 1].head
            # "a Pune-based company", "Vilnius-based Baltic Photonics Systems" (a name as the head)
            return head.pos_ in ("NOUN", "ADJ", "PROPN") and head.i > m.end + 1 \
                and head.lemma_.lower() not in PRODUCT_NOUNS | _TECH_NOUNS and head.lower_ not in PRODUCT_NOUNS
        k = m.start - 1
        if k >= 1 and doc[k].lower_ == "in" and doc[k - 1].lower_ in ("headquartered", "based"):
            return True
        if m.end - m.start == 1 and k >= 0 and doc[k].lower_ in ("the", "a", "an") and m.end < len(doc):
            # "the Incheon toolmaker", "the Auckland company", "a Lviv developer": one new word
            # between an article and a firm noun says where the firm is.
            noun = doc[m.end]
            word = noun.lower_
            return noun.is_lower and noun.pos_ == "NOUN" and (
                word in _FIRM_NOUNS or word.endswith("maker") and word not in PEOPLE_MAKERS)
        return False

    def _bracketed_regions(self, doc: "Doc", mentions: list[Mention], minted: dict[str, Entity]) -> list[Mention]:
        """ "its campus in Nozay (Essonne)", "based in Rueil-Malmaison (Hauts-de-Seine)": after a
        preposition of place, a name and a bracketed name are a town and the region it lies in (the
        French way of placing a town), whatever the NER made of either."""
        if "(" not in doc_text(doc):
            return mentions
        added: list[Mention] = []
        spans: list[tuple[int, int]] = []
        retyped: dict[str, Entity] = {}
        for tok in _tokens_with_text(doc, {"("}):
            town_end = tok.i
            region_start = tok.i + 1
            region_end = _place_name_end(doc, region_start)
            if region_end == region_start or region_end >= len(doc) or doc[region_end].text != ")" \
                    or doc[region_start:region_end].text.isupper():
                continue  # (not an acronym: "in Brussels (EU)")
            town_start = town_end
            while town_start > 0 and town_end - town_start < 5 and (
                    _capitalised(doc[town_start - 1]) and doc[town_start - 1].is_alpha
                    or doc[town_start - 1].text == "-" and not doc[town_start - 1].whitespace_
                    or doc[town_start - 1].is_lower and doc[town_start - 1].is_alpha and not doc[town_start - 1].whitespace_
                    and town_start >= 2 and doc[town_start - 2].text == "-"):
                town_start -= 1
            if town_start == town_end or town_start < 1 or doc[town_start - 1].lower_ not in _LOCATIVE_PREPOSITIONS \
                    or _place_name_end(doc, town_start) != town_end or doc[town_end - 1].text in COMPANY_WORDS \
                    or town_start >= 2 and doc[town_start - 2].lemma_.lower() in ("stake", "share", "investment", "interest"):
                continue  # (not "a stake in Kestrel Labs (Germany)")
            town, region = doc[town_start:town_end].text, doc[region_start:region_end].text
            known_town, known_region = self.gazetteer.lookup(town), self.gazetteer.lookup(region)
            if known_town is not None and known_town.cls != "City" \
                    or known_region is not None and known_region.cls != "Region":
                continue  # (nor "engineers at Lumen (France)": a country in brackets says where a firm is)
            for start, end, known, name, cls in ((town_start, town_end, known_town, town, "City"),
                                                 (region_start, region_end, known_region, region, "Region")):
                entity = known or _mint(minted, name, cls)
                if entity.cls != cls and not entity.known:
                    # (a name minted before as a firm or a person is this place everywhere)
                    entity = minted[name.casefold()] = replace(entity, cls=cls)
                    retyped[entity.iri] = entity
                added.append(Mention(start, end, entity, "name"))
                spans.append((start, end))
        if not added:
            return mentions
        kept = [m if m.entity.iri not in retyped else Mention(m.start, m.end, retyped[m.entity.iri], m.kind)
                for m in mentions if not any(m.start < end and start < m.end for start, end in spans)]
        return sorted(kept + added, key=lambda m: m.start)

    @staticmethod
    def _retype_firms(doc: "Doc", mentions: list[Mention]) -> list[Mention]:
        """ "fined Rain, the mobile data operator", "GoTo, the Indonesian technology group": a new
        name that a description set off after it calls a firm is a company, whatever the NER said."""
        retype: dict[str, Entity] = {}
        # "Chenfeng Thermal, based in Kaohsiung, ... Chenfeng ships its couplings": a new two- or
        # three-word "person" whose first word stands alone as a new firm, and whose last word never
        # stands alone as a surname, is that firm named in full.
        firms = {m.entity.label: m.entity for m in mentions if not m.entity.known and m.entity.cls == "Company"
                 and len(m.entity.label.split()) == 1}
        alone = {m.entity.label for m in mentions if len(m.entity.label.split()) == 1}
        for m in mentions:
            words = m.entity.label.split()
            if not m.entity.known and m.entity.cls == "Person" and 2 <= len(words) <= 3 and words[0] in firms \
                    and words[-1] not in alone and m.entity.iri not in retype:
                full = replace(m.entity, cls="Company", aliases=m.entity.aliases | {words[0]})
                retype[m.entity.iri] = retype[firms[words[0]].iri] = full
            elif not m.entity.known and m.entity.cls == "Person" and len(words) >= 2 and words[-1] in COMPANY_WORDS \
                    and m.kind == "name" and m.end + 2 < len(doc) and doc[m.end].text == "," \
                    and doc[m.end + 1].lower_ in ("based", "headquartered") and doc[m.end + 2].lower_ == "in":
                # "Tienyu Computer, based in Kaohsiung, ...": a name ending in a company word that the
                # NER took for a person's, set off with where it is based, is a firm's
                retype.setdefault(m.entity.iri, replace(m.entity, cls="Company"))
        for m in mentions:
            e = m.entity
            if e.iri in retype:
                continue
            if not e.known and e.cls in ("City", "Person") and m.kind == "name" and len(e.label.split()) == 1 \
                    and m.end + 1 < len(doc) and doc[m.end].text in ("'s", "'") \
                    and doc[m.end + 1].lower_ in _FOUNDER_TITLES:
                # "Jangada's founder, Rafael Moreira": a firm, the one named in full if it was
                # ("Jangada Cloud")
                longer = [x.entity for x in mentions if x.entity.cls in ("Company", "ResearchOrganization")
                          and x.entity.label.split()[0] == e.label and x.entity.iri != e.iri]
                retype[e.iri] = longer[0] if longer else replace(e, cls="Company")
                continue
            if not e.known and e.cls in ("City", "Person") and m.kind == "name" and m.start > 1 \
                    and (doc[m.start - 1].lower_ == "of" and doc[m.start - 2].text in ("%", "percent")
                         or doc[m.start - 1].lower_ == "in" and (doc[m.start - 2].lemma_ in ("stake", "shareholding")
                                                                  or doc[m.start - 2].lemma_ == "round" and any(
                             t.ent_type_ == "MONEY" or t.lower_ in ("series", "seed", "funding") for t in doc[max(0, m.start - 8):m.start - 2]))):
                # "holds 20% of Denso", "a stake in Aisin", "a $45 million round in Lumora" (not a round of talks)
                retype[e.iri] = replace(e, cls="Company")
                continue
            if not e.known and e.cls == "City" and m.kind == "name" and (root := doc[m.start:m.end].root).dep_ == "nsubj" \
                    and root.head.lemma_ in _INVESTING_VERBS and root.head.pos_ == "VERB" and not any(
                        c.dep_ == "conj" for c in root.children):
                retype[e.iri] = replace(e, cls="Company")  # "Pitango led Ophir's Series A": a town leads no round
                continue
            if not e.known and e.cls == "City" and m.kind == "name" and m.start > 1 and doc[m.start - 1].lower_ == "at" \
                    and doc[m.start - 1].head.lower_ in PERSON_NOUNS | {"employee", "employees", "lecturer", "staff"} \
                    and doc[m.start - 1].head.i < m.start - 1:
                retype[e.iri] = replace(e, cls="Company")  # "a former data scientist at Nubank"
                continue
            if not e.known and e.cls in ("City", "Person") and m.kind == "name" and 0 < m.start and m.end < len(doc) \
                    and doc[m.end].lower_ in ("unit", "subsidiary", "affiliate", "division") \
                    and doc[m.start - 1].lower_ in ("its", "their", "'s"):
                retype[e.iri] = replace(e, cls="Company")  # "its Lintasarta unit": a firm, not a town
                continue
            if not e.known and e.cls in ("City", "Person") and m.kind == "name" and m.end + 3 < len(doc) \
                    and not (m.start > 0 and doc[m.start - 1].lower_ in _LOCATIVE_PREPOSITIONS) \
                    and doc[m.end].text == "," and doc[m.end + 1].lower_ == "which" and doc[m.end + 2].lemma_ == "count" \
                    and any(t.lower_ in ("clients", "customers", "client", "customer") for t in doc[m.end + 3:m.end + 12]):
                retype[e.iri] = replace(e, cls="Company")  # "Advantest, which counts Amkor as clients"
                continue
            if not e.known and e.cls in ("City", "Person") and m.kind == "name" and len(e.label.split()) == 1 \
                    and m.start > 1 and doc[m.start - 1].lower_ == "of" \
                    and doc[m.start - 2].lower_ in ("subsidiary", "unit", "affiliate", "division", "arm", "owner", "parent") \
                    and not (m.end < len(doc) and doc[m.end].text == "," and any(
                        t.text == "-" and doc[t.i + 1].lower_ in ("based", "headquartered")
                        for t in doc[m.end + 1:min(m.end + 5, len(doc) - 1)])):
                # (not "the subsidiary of Fremont, California-based AXT": the town of the firm after it)
                # "the local subsidiary of Fluidstack": a firm owns it; "the owner of Lidl": a firm is owned
                retype[e.iri] = replace(e, cls="Company")
                continue
            if not e.known and e.cls == "Person" and m.kind == "name" and m.start > 2 and doc[m.start - 1].lower_ == "the" \
                    and doc[m.start - 2].text == "," and doc[m.start - 3].lower_ in (
                        "authority", "regulator", "watchdog", "agency", "commission", "ministry", "office"):
                # "The Dutch data protection authority, the Autoriteit Persoonsgegevens, has fined ..."
                retype[e.iri] = replace(e, cls="GovernmentBody")
                continue
            if not e.known and e.cls in ("Company", "Person", "City") and m.kind == "name" and m.end + 2 < len(doc) \
                    and doc[m.end].text == "," and not (e.cls == "Person" and len(e.label.split()) > 1):
                # (not "According to Rakhimov, the model has been registered": a person's surname)
                k = m.end + 1
                if k < len(doc) and doc[k].lower_ in ("the", "a", "an"):
                    k += 1
                    while k < len(doc) and k - m.end <= 5 and (doc[k].is_lower and doc[k].lower_ not in _DESCRIBED_PRODUCTS
                                                               or doc[k].text == "-"):
                        k += 1
                    # (the description's head: not "an enterprise chatbot start-up")
                    if k < len(doc) and doc[k].lower_ in _DESCRIBED_PRODUCTS and not (
                            k + 1 < len(doc) and (doc[k + 1].is_lower and doc[k + 1].pos_ in ("NOUN", "PROPN")
                                                  or doc[k + 1].text == "-")):
                        retype[e.iri] = replace(e, cls="AIModel")  # "Damavand, the model made by Kavoshgar AI"
                        continue
            if e.known or e.cls not in ("Region", "City", "Person", "Country") or m.kind != "name" \
                    or m.end >= len(doc) or doc[m.end].text != ",":
                continue
            if e.cls == "Person" and len(e.label.split()) > 1:
                continue  # "Maarja Oun, a former Ericsson radio designer": a person's full name
            for c in doc[m.start:m.end].root.children:
                word = c.lower_
                if c.dep_ in ("appos", "conj") and c.i > m.end and c.pos_ == "NOUN" and c.is_lower \
                        and any(d.lower_ in ("the", "a", "an") for d in c.children) \
                        and (word in _FIRM_NOUNS or word.endswith("maker") and word not in PEOPLE_MAKERS):
                    retype[e.iri] = replace(e, cls="Company")
        if not retype:
            return mentions
        return [Mention(m.start, m.end, retype.get(m.entity.iri, m.entity), m.kind) for m in mentions]

    @staticmethod
    def _retype_regulators(doc: "Doc", mentions: list[Mention]) -> list[Mention]:
        """ "Angola's telecom regulator, INACOM", "the ARPCE, the Algerian regulator", "the
        data-protection agency Prodhab": a new name the text describes as a regulator is a
        government body, whatever the NER took it for (not "the news agency Bernama")."""
        retype: dict[str, Entity] = {}
        for m in mentions:
            e = m.entity
            if e.known or e.cls not in ("Company", "Person", "City") or m.kind != "name" or e.iri in retype \
                    or e.cls == "Person" and " " in e.label:
                continue
            root = doc[m.start:m.end].root
            described = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > root.i]
            if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < root.i:
                described.append(root.head)
            if m.start > 0 and doc[m.start - 1].pos_ == "NOUN" and doc[m.start - 1].is_lower:
                described.append(doc[m.start - 1])  # "the telecoms regulator Arcotel"
            if any(d.lemma_.lower() in _REGULATOR_NOUNS and not any(
                    c.lower_ in _NOT_REGULATING_KINDS for c in d.children if c.dep_ in ("compound", "amod"))
                   for d in described):
                retype[e.iri] = replace(e, cls="GovernmentBody")
        if not retype:
            return mentions
        return [Mention(m.start, m.end, retype.get(m.entity.iri, m.entity), m.kind) for m in mentions]

    def _dateline_cities(self, doc: "Doc", mentions: list[Mention], minted: dict[str, Entity]) -> list[Mention]:
        """ "COLOMBO, Sri Lanka --", "BUCHAREST, Romania, Nov. 18": a dateline's city in capitals,
        which the NER often misses, is a city in the country named after it."""
        starts = {m.start: m for m in mentions}
        covered = {i for m in mentions for i in range(m.start, m.end)}
        added = []
        for i in line_start_tokens(doc):  # (only a line's first word)
            tok = doc[i]
            k = tok.i
            while k < len(doc) and k - tok.i < 4 and doc[k].is_alpha and doc[k].is_upper and k not in covered:
                k += 1
            if k == tok.i or k + 1 >= len(doc) or doc[k].text != "," or len(doc[tok.i:k].text) < 3:
                continue
            country = starts.get(k + 1)
            if country is None or country.entity.cls not in ("Country", "Region"):
                continue
            name = " ".join(w.capitalize() for w in doc[tok.i:k].text.split())
            known = self.gazetteer.lookup(name)
            entity = known if known is not None and known.cls == "City" else _mint(minted, name, "City")
            added.append(Mention(tok.i, k, entity, "name"))
        if not added:
            return mentions
        return sorted(mentions + added, key=lambda m: m.start)

    @staticmethod
    def _region_after_city(doc: "Doc", m: Mention, mentions: list[Mention]) -> bool:
        """ "its plant in Guadalajara, Jalisco, and ...", "in Waterloo, Ontario.": a new place's
        name right after a city and a comma names the state or province it lies in, unless the
        two stand in a list ("in Toronto, Ottawa and Tampere")."""
        city = next((x for x in mentions if x.end == m.start - 1 and x.kind == "name"), None)
        if city is None or city.entity.cls != "City" or city.start == 0:
            return False
        if doc[city.start - 1].lower_ not in ("in", "at", "near", "from", "outside", "of"):
            return False
        after = doc[m.end] if m.end < len(doc) else None
        if after is not None and (after.lower_ in ("and", "or") or after.text == "," and m.end + 1 < len(doc)
                                  and (doc[m.end + 1].is_title or any(
                                      x.start == m.end + 1 and x.entity.cls == "City" and x.kind == "name"
                                      for x in mentions))):
            return False  # ("in Arabic, Urdu, Bengali, ..."): a list goes on
        return not (after is not None and after.text == "," and m.end + 1 < len(doc) and doc[m.end + 1].lower_ in ("and", "or")
                    and m.end + 2 < len(doc) and any(x.start == m.end + 2 and x.entity.cls == "City" for x in mentions))

    @staticmethod
    def _which_follows(doc: "Doc", span: "Span") -> bool:
        """ "Parlami, which is backed by ...": no one's name takes "which" (a full name may end a
        phrase the clause is about: "the group founded by Strive Masiyiwa, which"; one word only)."""
        return len(span) == 1 and span.end + 1 < len(doc) and doc[span.end].text == "," \
            and doc[span.end + 1].lower_ == "which"

    def _known_at(self, doc: "Doc", i: int) -> "Entity | None":
        """The gazetteer's entity whose name (of three words, else two, else one) starts at token i."""
        return next((e for n in (3, 2, 1) if i + n <= len(doc)
                     for e in [self.gazetteer.lookup(doc[i:i + n].text)] if e is not None), None)

    def _country_at(self, doc: "Doc", i: int) -> bool:
        """A country's name ("the" allowed before it) starts at token i."""
        if i < len(doc) and doc[i].lower_ == "the":
            i += 1
        known = self._known_at(doc, i)
        return known is not None and known.cls == "Country"

    def _town_after_of(self, doc: "Doc", span: "Span") -> "Span | None":
        """The town in an organisation's name "X Y of Town" that a state or country follows
        ("MKS Instruments of Andover, Massachusetts"), not a name's own "of" ("Industrial and
        Commercial Bank of China", "University of Cambridge", "Bank of America")."""
        of = next((t.i for t in span[2:-1] if t.lower_ == "of"), None)
        if of is None or span.end - of > 3 or span.end + 1 >= len(doc) or doc[span.end].text != "," \
                or not all(_capitalised(t) for t in doc[of + 1:span.end]) \
                or self.gazetteer.lookup(span.text) is not None or self.gazetteer.lookup(doc[of + 1:span.end].text) is not None:
            return None
        after = self._known_at(doc, span.end + 1)
        if after is None or after.cls not in ("Region", "Country"):
            return None
        return doc[of + 1:span.end]

    @staticmethod
    def _retype_places(doc: "Doc", mentions: list[Mention]) -> list[Mention]:
        """ "the Boise, Idaho-based memory maker", "in Abilene, Texas": a minted name followed by a
        comma and a state, province or country is a city, whatever the NER said."""
        by_start = {m.start: m for m in mentions}
        by_end = {m.end: m for m in mentions}
        retype: dict[str, Entity] = {}
        for m in mentions:
            e = m.entity
            if not e.known and e.cls in ("Company", "Person", "AIModel") and m.kind == "name" and m.end - m.start <= 2 \
                    and EntityLinker._place_slot(doc, m):
                retype[e.iri] = replace(e, cls="City")  # "a Pune-based company", "headquartered in Boise"
                continue
            if not e.known and e.cls in ("Company", "Person") and m.kind == "name" and m.end - m.start <= 2 \
                    and m.start > 0 and m.end < len(doc) and doc[m.end].lower_ in _NAMED_SITE_NOUNS \
                    and doc[m.end].tag_ in ("NN", "NNS") \
                    and (doc[m.start - 1].lower_ in ("its", "their") or doc[m.start - 1].text in ("'s", "'") and (
                        (x := by_end.get(m.start - 1)) is not None and x.entity.cls in ("Company", "ResearchOrganization"))):
                # "Tata Electronics's Dholera fab": the site's town ("Russia's Kupol plant" is a firm)
                retype[e.iri] = replace(e, cls="City")
                continue
            if not e.known and e.cls in ("Company", "Person") and m.kind == "name" and m.end - m.start <= 2 \
                    and m.start > 0 and doc[m.start - 1].lower_ in ("in", "at", "near") and m.end + 2 < len(doc) \
                    and doc[m.end].text == "," and (doc[m.end + 1].lower_ in ("in", "on") or doc[m.end + 1].lower_ == "also"
                                                    and doc[m.end + 2].lower_ == "in") and any(
                        (x := by_start.get(k)) is not None and (x.entity.known or x.entity.cls == "Region")
                        and (x.entity.cls in ("Country", "Region") or x.entity.cls == "City" and x.end + 1 < len(doc)
                             and doc[x.end].text in ("'s", "'") and any(
                                 doc[k].lower_ in _CITY_PART_WORDS for k in range(x.end + 1, min(x.end + 3, len(doc)))))
                        for k in range(m.end + 2, min(len(doc), m.end + 6))):
                # "campuses in Queretaro, in central Mexico", "its campus in Huntingwood, also in Sydney's west"
                retype[e.iri] = replace(e, cls="City")
                continue
            if not e.known and e.cls == "City" and m.kind == "name" and m.start >= 2 and doc[m.start - 1].text == "," \
                    and EntityLinker._region_after_city(doc, m, mentions):
                retype[e.iri] = replace(e, cls="Region")  # "in Guadalajara, Jalisco,", "Waterloo, Ontario."
                continue
            if e.known or e.cls in ("City", "AIModel") or m.end + 1 >= len(doc) or doc[m.end].text != ",":
                continue
            nxt = by_start.get(m.end + 1)
            if nxt is None or not nxt.entity.known or nxt.entity.cls not in ("Region", "Country"):
                continue
            based = nxt.end + 1 < len(doc) and doc[nxt.end].text == "-" and doc[nxt.end + 1].lower_ in ("based", "headquartered")
            if e.cls == "Person":
                # "the Livingston, New Jersey-based cloud provider": a surname-like town
                if based and m.kind == "name" and m.start > 0 and doc[m.start - 1].lower_ in ("the", "a", "an"):
                    retype[e.iri] = replace(e, cls="City")
                continue
            described = any(c.dep_ == "appos" and c.lemma_ in ("city", "capital", "town", "port", "metropolis")
                            for c in doc[m.start:m.end].root.children)
            if nxt.entity.cls == "Region" or based or described:
                retype[e.iri] = replace(e, cls="City")
        if not retype:
            return mentions
        return [Mention(m.start, m.end, retype.get(m.entity.iri, m.entity), m.kind) for m in mentions]

    def _portfolios(self, doc: "Doc", mentions: list[Mention], minted: dict[str, Entity]) -> list[Mention]:
        """ "Zhaslan Madiyev, the Minister of Digital Development, Innovation and Aerospace
        Industry", "Minister of Digital Affairs Krzysztof Gawkowski": a minister's portfolio names
        the ministry (the gazetteer's, else a new government body), whatever spans the NER made of
        it. Not "Prime Minister of India", "Chief Minister of Karnataka", "Minister of State"."""
        ministers = [t for t in _tokens_among(doc, frozenset({"minister"}))
                     if t.text == "Minister" and t.i + 2 < len(doc) and doc[t.i + 1].lower_ in ("of", "for")
                     and not (t.i > 0 and doc[t.i - 1].lower_ in ("prime", "chief", "first"))]
        if not ministers:
            return mentions
        people = {i for m in mentions if m.entity.cls == "Person" for i in range(m.start, m.end)}
        places = {m.start for m in mentions if m.entity.cls in ("Country", "City", "Region")}
        added: list[Mention] = []
        for tok in ministers:
            k = end = tok.i + 2
            while end < len(doc) and end not in people:
                t = doc[end]
                if t.text[:1].isupper() and not t.is_punct and not t.is_space:
                    end += 1
                elif t.lower_ in ("and", ",", "&", "of") and end + 1 < len(doc) and end + 1 not in people \
                        and end + 1 not in places and (doc[end + 1].text[:1].isupper() or doc[end + 1].lower_ == "and") \
                        and not (t.lower_ in ("and", ",") and _title_follows(doc, end + 1)):
                    end += 1  # "Economy, Trade and Industry"; not "of Japan"
                else:
                    break
            if end < len(doc) and end in people:
                # "Minister of Industry and Technology Mehmet Fatih Kacir": a first name the NER
                # left out of the person is no part of the portfolio.
                while end > k and doc[end - 1].text not in _PORTFOLIO_WORDS:
                    end -= 1
            last = max((p for p in range(k, end) if doc[p].text in _PORTFOLIO_WORDS), default=None)
            tail = [t for t in doc[last + 1:end] if t.text != ","] if last is not None else []
            if len(tail) >= 2 and all(t.is_alpha and t.is_title and t.text not in _PORTFOLIO_WORDS | _NAME_CONNECTORS
                                      for t in tail):
                # "Minister of Communications Mayra Arevich", "Minister of Digital Economy, Ibrahim
                # Diallo": the name after the portfolio is the minister's (a person, for _unlabelled_orgs)
                person = doc[tail[0].i:end]
                end = last + 1
                if not any(m.start <= person.start < m.end and m.entity.cls == "Person" for m in mentions):
                    added.append(Mention(person.start, person.end, _mint(minted, person.text, "Person"), "name"))
            while end > k and doc[end - 1].lower_ in ("and", ",", "&", "of"):
                end -= 1
            if end == k or doc[k].text == "State" or k in places and not any(
                    m.start == k and m.end < end for m in mentions):
                continue
            portfolio = doc[k:end].text
            entity = self.gazetteer.lookup(f"Ministry of {portfolio}") or self.gazetteer.lookup(f"Ministry for {portfolio}")
            if entity is None or entity.cls != "GovernmentBody":
                entity = _mint(minted, f"Ministry of {portfolio}", "GovernmentBody")
            added.append(Mention(k, end, entity, "name"))
        if not added:
            return mentions
        covered = {i for m in added for i in range(m.start - 2, m.end)}  # (with "Minister of")
        return sorted([m for m in mentions if not any(i in covered for i in range(m.start, m.end))] + added,
                      key=lambda m: m.start)

    def _institution_names(self, doc: "Doc", mentions: list[Mention], minted: dict[str, Entity]) -> list[Mention]:
        """ "AI Alliance Russia", "Ministry of Communication and Digital Affairs", "AI Verify
        Foundation", "Committee on Digital Affairs": a run of capitalised words with an institution
        word in it is one name, even where the NER split it or the "AI" filter and a country name
        broke it up. So is a place's name before a company word ("Shenzhen Lianxin Computing",
        "Arctic Securities"): the gazetteer's place would otherwise keep the first word."""
        # Tokens the NER put in any name, "FAC" and "IGNORE" included ("the Centre for Strategic
        # Technology" came out as a facility).
        named = {i for e in doc.ents if e.label_ not in _NOT_NAMES for i in range(e.start, e.end)}
        people = {i for m in mentions if m.entity.cls == "Person" for i in range(m.start, m.end)}
        mentioned = {i: m for m in mentions for i in range(m.start, m.end)}
        by_start: dict[int, list[Mention]] = {}
        for m in mentions:
            by_start.setdefault(m.start, []).append(m)
        longest = max((m.end - m.start for m in mentions), default=1)
        places = {m.start: m for m in mentions if m.kind in ("name", "demonym")
                  and m.entity.cls in ("City", "Region", "Country", "Bloc")}
        # Which words begin with a capital, from the shape array: a Token per word costs more
        # than this whole pass (the shape of "DeepSeek" is "XxxxXxxx").
        from spacy.attrs import SHAPE

        strings, upper_shapes = doc.vocab.strings, {}
        initial_upper = []
        for h in doc.to_array(SHAPE).tolist():
            if h not in upper_shapes:
                upper_shapes[h] = strings[h][:1] == "X"
            initial_upper.append(upper_shapes[h])
        for sent in doc.sents:
            i = sent.start
            while i < sent.end:
                if not initial_upper[i]:
                    i += 1
                    continue
                tok = doc[i]
                # A sentence's first word is capitalised anyway: it starts a name only when it is one.
                if not _capitalised(tok) or i in people or tok.lower_ in _TITLE_WORDS \
                        or i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in _TITLE_WORDS \
                        or i >= 1 and tok.text == "General" and doc[i - 1].lower_ in _TITLE_WORDS \
                        or i == sent.start and tok.pos_ != "PROPN" and i not in places:
                    # (nor the second half of a title: "Director-General of the Signals Directorate",
                    # "Director General of the National Agency ...")
                    i += 1
                    continue
                j = i
                while j < sent.end and j not in people and doc[j].lower_ not in _TITLE_WORDS and (
                        _capitalised(doc[j]) or (doc[j].lower_ in _NAME_CONNECTORS and j + 1 < sent.end
                                                 # not "the Israel Competition Authority on Sunday"
                                                 and doc[j + 1].lower_ not in _DAY_AND_MONTH_NAMES
                                                 # not "Commercial Bank of Ethiopia and Awash Bank": two names
                                                 and not (doc[j].lower_ in ("and", "&")
                                                          and _two_institutions(doc, i, j, sent.end))
                                                 # nor "the Future Fund and Infratil": a name ended by its
                                                 # institution word, then a one-word name
                                                 and not (doc[j].lower_ == "and" and doc[j - 1].text in _INSTITUTION_WORDS
                                                          and (j + 2 >= sent.end or not _capitalised(doc[j + 2])))
                                                 # not "the Slovene Enterprise Fund and Croatian investor X"
                                                 and not (doc[j].lower_ == "and" and doc[j + 1].ent_type_ in ("DEMONYM", "NORP")
                                                          and j + 2 < sent.end and not _capitalised(doc[j + 2]))
                                                 and (_capitalised(doc[j + 1]) or doc[j + 1].lower_ == "the"
                                                      and j + 2 < sent.end and _capitalised(doc[j + 2])))
                        # "Agency for the Supervision of", not "Alibaba and the Big Fund"
                        or doc[j].lower_ == "the" and j > i and doc[j - 1].lower_ in ("of", "for", "on")
                        # ("... Communications and the Digital Economy", after a comma list)
                        or doc[j].lower_ == "the" and j > i + 2 and doc[j - 1].lower_ == "and" and j + 1 < sent.end
                        and _capitalised(doc[j + 1]) and (comma := next((t.i for t in doc[i:j] if t.text == ","), None)) is not None
                        and any(t.text in _INSTITUTION_WORDS for t in doc[i:comma])
                        # "Ibero-American Data Protection Network"
                        or doc[j].text == "-" and j > i and not doc[j - 1].whitespace_ and not doc[j].whitespace_
                        # "Ministry of Investment, Trade and Industry"
                        # ... "the Zakat, Tax and Customs Authority"
                        # ... "Ministry of Communications, Digital Technology and Innovations", "Ministry of
                        # Information, Communications and the Digital Economy"
                        or doc[j].text == "," and j + 3 < sent.end and (any(t.lower_ == "of" for t in doc[i:j]) or j == i + 1 and any(
                            doc[k].text in _INSTITUTION_WORDS for k in range(j + 3, min(j + 6, sent.end))))
                        and (after_and := _listed_name_end(doc, j, sent.end)) is not None
                        # (not names of their own: "Ministry of Posts, Telecommunications and Digital
                        # Economy", cut by the NER in two, is one; a known name after "and" is not part)
                        and all(k not in mentioned or mentioned[k].start <= i
                                or not mentioned[k].entity.known for k in (j + 1, after_and))):
                    j += 1
                while j > i and not _capitalised(doc[j - 1]):
                    j -= 1
                run = doc[i:j]
                i = max(j, i + 1)
                if len(run) < 2:
                    continue
                place = places.get(run.start)
                if any(t.text in _INSTITUTION_WORDS for t in run):
                    keyword = next(t.i for t in run if t.text in _INSTITUTION_WORDS)
                elif place is not None and (run[-1].text in COMPANY_WORDS or _is_legal_form(run[-1].text)) \
                        and place.end < run.end \
                        and (run[-1].text in _PLACE_COMPANY_WORDS or run.end - place.end >= 2) \
                        and not any(t.lower_ in _NAME_CONNECTORS for t in run):
                    keyword = run.end - 1
                else:
                    continue
                # (mentions by start: a long text holds thousands, and only those near the run matter)
                near = [m for k in range(max(0, run.start - longest), run.end) for m in by_start.get(k, ())]
                if any(m.start < run.end < m.end or m.entity.known and m.start < run.start < m.end for m in near):
                    continue  # a longer name runs on past it ("Ministry of Investment, Trade and Industry")
                inside = [m for m in near if run.start <= m.start and m.end <= run.end]
                if any(m.entity.known and m.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody")
                       and m.kind == "name" and m.start > run.start and doc[m.start - 1].lower_ in _NAME_CONNECTORS
                       for m in inside):
                    continue  # "the Board of Sberbank" is the bank's board, not a body of its own
                holder = next((m for m in inside if m.start <= keyword < m.end), None)
                if holder is not None and (holder.entity.known or (holder.start, holder.end) == (run.start, run.end)):
                    continue  # "European Commission President": the known name is the name
                if holder is None and not any(t.i in named for t in run) and not inside and not (
                        run[0].text in _BODY_HEADS and len(run) >= 3 and run[1].lower_ in ("of", "for", "on")):
                    continue  # the NER saw no name here at all (a "Ministry of the Economy" is one anyway)
                name = run.text
                entity = self.gazetteer.lookup(name) or _mint(minted, name, _classify_new("ORG", name))
                replaced = {id(m) for m in inside}
                for m in near:
                    if id(m) in replaced or not (m.start < run.start < m.end):
                        continue
                    replaced.add(id(m))
                    # "the Bundestag's Committee on Digital Affairs": a name the NER ran into the run
                    # keeps only what lies before it.
                    k = run.start - 1 if doc[run.start - 1].text in ("'s", "'") else run.start
                    rest = " ".join(doc[m.start:k].text.split())
                    if m.kind == "name" and not m.entity.known and k > m.start and _plausible_name(rest):
                        kept = self.gazetteer.lookup(rest) or _mint(minted, rest, _classify_new("ORG", rest))
                        by_start[m.start].append(Mention(m.start, k, kept, m.kind))
                for start in {m.start for m in near}:
                    by_start[start] = [m for m in by_start[start] if id(m) not in replaced]
                by_start.setdefault(run.start, []).append(Mention(run.start, run.end, entity, "name"))
                longest = max(longest, run.end - run.start)
        out = [m for start in sorted(by_start) for m in by_start[start]]
        return sorted(out, key=lambda m: m.start)

    def _index_names(self, doc: "Doc", mentions: list[Mention], minted: dict[str, Entity]) -> list[Mention]:
        """ "the Asia-Pacific AI Competitiveness Index", "the SemiVista OSAT Top 15", "the Open Polish
        Speech Leaderboard": a run of capitalised words that ends in a ranking word (or "Top N") is
        an index's name, whatever the NER made of its parts."""
        out = list(mentions)
        n = len(doc)
        # Only the ranking words and "Top" are visited (a Token per word would cost more than the linker).
        for cand in _tokens_among(doc, _INDEX_WORDS_LOWER):
            if cand.lower_ == "top":
                top_n = cand.text in ("Top", "TOP") and cand.i + 1 < n and doc[cand.i + 1].like_num
                if not top_n:
                    continue
                tok = doc[cand.i + 1]
            elif cand.text in _INDEX_WORDS:
                top_n, tok = False, cand
                if cand.text in ("Table", "Board") and (cand.i == 0 or doc[cand.i - 1].text not in _RANKED_BEFORE_TABLE):
                    continue
            else:
                continue
            k = tok.i
            if tok.text in _INDEX_WORDS and k + 1 < n and _capitalised(doc[k + 1]) and doc[k + 1].text not in _INDEX_WORDS:
                continue  # "Index Ventures", "Ranking Officer": the name goes on
            i = k - 1 if top_n else k
            sent_start = tok.sent.start
            while i - 1 >= sent_start:
                prev = doc[i - 1]
                if _capitalised(prev) or prev.like_num and i - 2 >= sent_start and _capitalised(doc[i - 2]) \
                        or prev.text == "-" and i - 2 >= sent_start and _capitalised(doc[i - 2]):
                    i -= 1
                elif prev.lower_ in _INDEX_CONNECTORS and i - 2 >= sent_start and _capitalised(doc[i - 2]) \
                        and prev.lower_ != "in":
                    i -= 1
                else:
                    break
            while i < k and (doc[i].lower_ in ("the", "a", "an") or doc[i].lower_ in _INDEX_CONNECTORS):
                i += 1
            if i == k:
                continue  # a bare "Index" or "Rankings" is no name
            run = doc[i:k + 1]
            inside = [m for m in out if m.start < run.end and run.start < m.end]
            known = [m for m in inside if m.entity.known and m.entity.cls == "Index"]
            if known and known[0].end == run.end and self.gazetteer.lookup(run.text) is None:
                # "the Caspian-Black Sea AI Readiness Index", "the Andean AI Index": a name before
                # a known index's name makes an index of its own (the publisher's name before it,
                # "the Tortoise Global AI Index", is one of the gazetteer's aliases).
                if any(not t.like_num for t in doc[run.start:known[0].start]):
                    known = []
            if known or any(m.start < run.start or m.end > run.end for m in inside):
                continue  # a known index, or a name that runs across the edge
            name = run.text
            entity = self.gazetteer.lookup(name) or minted.get(name.casefold())
            if entity is None or not entity.known and entity.cls != "Index":
                # The NER's guess ("ORG") for the whole name gave way to what the name says.
                entity = Entity(iri=str(entity_iri(name)), label=name, cls="Index", known=False)
                minted[name.casefold()] = entity
                out = [Mention(m.start, m.end, entity, m.kind) if m.entity.label == name else m for m in out]
            out = [m for m in out if m not in inside]
            out.append(Mention(run.start, run.end, entity, "name"))
        out = self._named_before_ranking_noun(doc, out, minted)
        return sorted(out, key=lambda m: m.start)

    def _named_before_ranking_noun(self, doc: "Doc", mentions: list[Mention], minted: dict[str, Entity]) -> list[Mention]:
        """ "the MERA benchmark", "Morgan Stanley's AI Semiconductor Top Picks list": a new name
        between "the" (or a possessive) and a lower-case ranking noun is the ranking's name (a
        known firm's is not: "the Forbes list")."""
        out = list(mentions)
        for noun in _tokens_among(doc, _RANKING_NOUNS_LOWER):
            k = noun.i
            if noun.text != noun.lower_ or k == 0 or not _capitalised(doc[k - 1]):
                continue
            i = k
            while i - 1 >= noun.sent.start and (_capitalised(doc[i - 1]) or doc[i - 1].like_num and i - 1 < k - 1):
                i -= 1
            before = doc[i - 1].lower_ if i >= 1 else ""
            if i == k or before not in ("the", "'s", "'") or doc[i].lower_ == "the":
                continue
            inside = [m for m in out if m.start < k and i < m.end]
            if any(m.start < i or m.end > k or m.kind != "name" or m.entity.known and m.entity.cls != "Index"
                   or m.entity.cls in ("Country", "City", "Region", "Bloc", "GovernmentBody") for m in inside):
                # a known firm's list, a place's or a body's ("the EU list", "the Commerce
                # Department list": whose list, not its name), or a name running across the edge
                continue
            name = doc[i:k].text
            if any(m.entity.label == name and m.entity.cls != "Index" and not i <= m.start < k for m in out):
                continue  # a name the article uses for something else too ("Forbes ... the Forbes list")
            entity = self.gazetteer.lookup(name) or minted.get(name.casefold())
            if entity is None or not entity.known and entity.cls != "Index":
                entity = Entity(iri=str(entity_iri(name)), label=name, cls="Index", known=False)
                minted[name.casefold()] = entity
            elif entity.cls != "Index":
                continue
            out = [m for m in out if not (m.start < k and i < m.end)]
            out.append(Mention(i, k, entity, "name"))
        return out

    def _short_name(self, name: str, orgs: list[Entity]) -> Entity | None:
        """ "Vela" after "Vela Robotics", "Sakana" after "Sakana AI": one entity per referent."""
        words = name.split()
        # ("Bosch" after "Bosch Ventures" is the parent, not its venture arm)
        matches = [org for org in reversed(orgs) if len(org.label.split()) > len(words)
                   and org.label.split()[:len(words)] == words
                   and not (len(org.label.split()) == len(words) + 1 and org.label.split()[-1] in _PARENT_NAMED_UNITS
                            # ("Lam" after "Lam Research", a known firm of no parent, is that firm)
                            and not (org.known and not self.gazetteer.objects(org.iri, "subsidiaryOf")))]
        # "Nilgiri Labs" after "Nilgiri Labs Singapore" is the parent; "Shannonside" after
        # "Shannonside Digital" and "Shannonside Digital Brasil" is the first ("Telkom" after only
        # "Telkom Indonesia" is that).
        if len(words) >= 2 or len(matches) > 1:
            matches = [org for org in matches if not self._unit_by_place(words, org.label.split())]
        # "Korvena" after "Korvena AI" and "Korvena Voice 2": the one whose rest is a company word;
        # of several, the first named ("Tembusu" after "Tembusu Silicon Holdings" and its unit
        # "Tembusu Technology").
        return next((org for org in reversed(matches) if set(org.label.split()[len(words):]) <= COMPANY_WORDS),
                    matches[0] if matches else None)

    @staticmethod
    def _person_cue(doc: "Doc", span: "Span", name: str) -> bool:
        """ "ex-Meta scientists Guillaume Lample", "businessman Strive Masiyiwa": a name right
        after a person noun is a person's, whatever the NER said (unless the name says company)."""
        words = name.split()
        if not 2 <= len(words) <= 4 or words[-1] in COMPANY_WORDS - _SURNAME_COMPANY_WORDS \
                or not all(w[:1].isupper() for w in words):
            return False
        if span.start > 0 and doc[span.start - 1].lower_ in PERSON_NOUNS:
            return True
        # "Its new chief executive, Artem Savinovsky": the title, a comma, the name.
        return span.start > 1 and doc[span.start - 1].text == "," and doc[span.start - 2].lower_ in PERSON_NOUNS

    def _versions(self, doc: "Doc", mentions: list[Mention], minted: dict[str, Entity]) -> list[Mention]:
        """ "Qwen 2.5-Max", "GigaChat 2.0": a model name followed by a version is its own model."""
        out = []
        absorbed: set[int] = set()
        by_start = {x.start: x for x in mentions}
        for m in mentions:
            if m.start in absorbed:
                continue
            j = m.end
            glued = (m.entity.cls == "AIModel" and j + 1 < len(doc) and not doc[j - 1].whitespace_
                     and doc[j].text == "-" and not doc[j].whitespace_ and doc[j + 1].text[:1].isalnum()
                     and (doc[j + 1].text[:1].isupper() or doc[j + 1].text[:1].isdigit()))  # "Qwen3-235B"
            nxt = by_start.get(j)
            dash_piece = j < len(doc) and not doc[j - 1].whitespace_ and len(doc[j].text) > 1 \
                and doc[j].text[0] == "-" and doc[j].text[1].isalnum()
            if dash_piece and (m.entity.cls == "AIModel" and nxt is None
                               or m.entity.cls == "Company" and nxt is not None and nxt.entity.cls == "AIModel"):
                # "Qwen3-235B", "DeepSeek-V3.1": the tokenizer split the version off with its dash.
                end = j + 1
                name = doc[m.start:end].text
                entity = self.gazetteer.lookup(name) or _mint(minted, name, "AIModel")
                if m.entity.cls == "Company":
                    absorbed.add(j)
                    out.append(m)  # the maker stays a mention of its own; the model is the piece
                    out.append(Mention(j, end, entity, m.kind))
                else:
                    out.append(Mention(m.start, end, entity, m.kind))
                continue
            if m.entity.cls == "AIModel" and nxt is not None and nxt.entity.iri == m.entity.iri and doc[m.start:m.end].text != \
                    doc[nxt.start:nxt.end].text and _VERSION.match(doc[nxt.start:nxt.end].text):
                # "AMD Instinct MI355X": the family's name and a part number, both its aliases, are one model.
                absorbed.add(nxt.start)
                name = doc[m.start:nxt.end].text
                entity = _mint(minted, name, "AIModel")
                out.append(Mention(m.start, nxt.end, entity, m.kind))
                continue
            if m.entity.cls == "Company" and j + 1 < len(doc) and doc[j].text in _EDITION_WORDS \
                    and _VERSION.match(doc[j + 1].text) and j not in by_start:
                # "Mistral Small 3.2": a maker's name, an edition and a version name a model.
                end = j + 2
                name = doc[m.start:end].text
                entity = self.gazetteer.lookup(name) or _mint(minted, name, "AIModel")
                out.append(m)
                out.append(Mention(j, end, entity, m.kind))
                continue
            if glued or m.entity.cls == "AIModel" and j < len(doc) and _VERSION.match(doc[j].text) and doc[j].i not in {
                    x.start for x in mentions} and "," not in doc[j].text:
                # "Qwen 2.5-Max" (the gazetteer knows "Qwen 2.5"), "GigaChat 2.0".
                end = j + 1
                # "2.5-Max": glued pieces belong to the version.
                while end < len(doc) and not doc[end - 1].whitespace_ and (
                        doc[end].text.isalnum() or doc[end].text == "-" or doc[end].like_num):
                    end += 1
                if doc[end - 1].text == "-":
                    end -= 1
                if end < len(doc) and doc[end].text in _EDITION_WORDS:
                    absorbed.add(end)  # "Pro" may have been taken for a name of its own
                    end += 1
                name = doc[m.start:end].text
                entity = self.gazetteer.lookup(name) or _mint(minted, name, "AIModel")
                m = Mention(m.start, end, entity, m.kind)
            elif m.entity.cls == "AIModel" and j < len(doc) and doc[j].text in _EDITION_WORDS and doc[j - 1].like_num:
                # "YandexGPT 5" (known) + "Pro".
                absorbed.add(j)
                name = doc[m.start:j + 1].text
                entity = self.gazetteer.lookup(name) or _mint(minted, name, "AIModel")
                m = Mention(m.start, j + 1, entity, m.kind)
            out.append(m)
        return out

    def _hyphenated_models(self, doc: "Doc", mentions: list[Mention], minted: dict[str, Entity]) -> list[Mention]:
        """ "Sarvam-M", "Nakhla-2", "Latam-GPT", "SEA-LION v3": a capitalised word glued by a
        hyphen to a version, a number or a short all-capitals part is a product's name, even when
        its first part is a company's ("Sarvam" alone would be Sarvam AI). The tokenizer splits
        such names, so the NER and the gazetteer see only pieces."""
        text = doc_text(doc)
        if "-" not in text:
            return mentions
        by_token = {i: m for m in mentions for i in range(m.start, m.end)}
        replaced: dict[int, Mention] = {}  # start of an absorbed mention -> its replacement (or None)
        for match in _GLUED_NAME.finditer(text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or span.text != match.group():
                continue
            start, end = span.start, span.end
            name = doc[start:end].text
            parts = name.split("-")
            first, rest = parts[0], parts[1:]
            if len(parts) < 2 or not all(p.isalnum() for p in parts) or len(first) < 2 or not first[:1].isupper() \
                    or first.upper() in _NOT_PRODUCT_PREFIXES:
                continue
            versioned = any(any(ch.isdigit() for ch in p) or p.isupper() and len(p) <= 4 for p in rest)
            # ("the Rebel-Quad accelerator": a product noun after two capitalised parts)
            cued = end < len(doc) and doc[end].lower_ in _GLUED_PRODUCT_NOUNS and all(p[:1].isupper() for p in rest)
            if not cued and not versioned or all(p.isdigit() and len(p) == 4 for p in rest):  # ("Vision-2030": a year)
                continue
            if end < span.sent.end and doc[end - 1].whitespace_ and end not in by_token \
                    and _VERSION.match(doc[end].text) and not (doc[end].text.isdigit() and len(doc[end].text) == 4):
                end += 1  # "SEA-LION v3", "Ndovu-Swahili 2"
                name = doc[start:end].text
            inside = {id(m): m for i in range(start, end) for m in [by_token.get(i)] if m is not None}.values()
            # (with only a product noun to go by, no part may be a firm or a place: "a Samsung-Nvidia
            # chip deal", "the Sino-US chip war"; a bloc's word may be: "the Rebel-Quad accelerator")
            only_cued = cued and not versioned
            if any(m.start < start or m.end > end or m.kind == "demonym" or m.entity.cls in ("Country", "City", "Region")
                   or m.entity.cls in ("Bloc", "Person") and (not cued or m.start == start)
                   or only_cued and m.entity.cls in ("Company", "ResearchOrganization")
                   for m in inside):
                continue  # "US-China", "EU-Japan", or a longer name
            if any(m.start == start and m.end == end and (m.entity.known or m.entity.cls == "AIModel") for m in inside):
                continue
            entity = self.gazetteer.lookup(name) or _mint(minted, name, "AIModel")
            if not entity.known and entity.cls != "AIModel":
                _retype_as_product(entity, mentions, minted)  # (the NER's ORG elsewhere in the text too)
                entity = minted[name.casefold()]
            model = Mention(start, end, entity, "name")
            for n, m in enumerate(inside):
                replaced[m.start] = model if n == 0 else None
            if not inside:
                replaced[start] = model
        if not replaced:
            return mentions
        kept = [replaced.get(m.start, m) for m in mentions]
        starts = {x.start for x in mentions}
        kept += [m for s, m in replaced.items() if m is not None and s not in starts]
        return sorted((m for m in kept if m is not None), key=lambda m: m.start)

    def _products(self, doc: "Doc", mentions: list[Mention], minted: dict[str, Entity]) -> list[Mention]:
        """Names the NER missed that a product noun marks as a model or product: "the Spark model",
        "its Alice voice assistant", "Huawei's CANN toolkit", "the chatbot Darya"."""
        for m in list(mentions):
            # "BR104 cards from Biren", "MTT S4000 cards": a code of capitals and digits the NER
            # took for a firm, before a hardware noun, is the hardware's model
            if m.kind == "name" and not m.entity.known and m.entity.cls == "Company" and m.end < len(doc) \
                    and doc[m.end].lower_ in _CODED_HARDWARE_NOUNS and _MODEL_CODE.match(doc[m.end - 1].text) \
                    and not any(x.entity.iri == m.entity.iri and doc[x.end - 1].dep_ in ("nsubj", "nsubjpass")
                                for x in mentions):
                # (not "Q42 raised $50m ... the Q42 chips deal": a name that acts is a firm's)
                _retype_as_product(m.entity, mentions, minted)
        taken = {i for m in mentions for i in range(m.start, m.end)}
        taken |= {i for e in doc.ents for i in range(e.start, e.end)}
        found: list[Mention] = []
        model_ends: "set[int] | None" = None  # (where models' names end: built at first need)
        for tok in _tokens_among(doc, _ALL_PRODUCT_NOUNS):
            if tok.pos_ != "NOUN":
                continue
            name_after_only = tok.lower_ in _PRODUCT_NOUNS_BEFORE_NAME
            if tok.dep_ == "appos" and tok.head.i < tok.i and not name_after_only:
                # "Halcyon-R, the Swiss lab's reasoning model, is ninth": the name before the apposition.
                head = tok.head
                left = tok.left_edge.i
                if left >= 2 and doc[left - 1].text == "," and doc[left - 2].pos_ == "PROPN":
                    # "cancelled the registration of SkinSight, the app made by ...": the name right
                    # before the description, wherever the parser hung it.
                    head = doc[left - 2]
                minted_there = next((m for m in mentions if m.start <= head.i < m.end and not m.entity.known
                                     and m.entity.cls != "AIModel"), None)
                glued = lambda i: i > 0 and (i - 1) in taken and doc[i - 1].is_alpha  # part of a longer name
                if minted_there is not None and tok.tag_ == "NN" and not glued(minted_there.start):
                    _retype_as_product(minted_there.entity, mentions, minted)
                    continue
                if head.i not in taken and head.pos_ == "PROPN" and head.text[:1].isupper():
                    start = head.i
                    while start > 0 and start - 1 not in taken and (doc[start - 1].pos_ == "PROPN"
                                                                    or doc[start - 1].text == "-" and not doc[start - 1].whitespace_):
                        start -= 1
                    span = doc[start:head.i + 1]
                    name = span.text
                    if _plausible_name(name) and len(span) <= 4 and self.gazetteer.lookup(name) is None \
                            and doc[start].text != "-" and not glued(start) and not (start > 0 and (start - 1) in taken
                                                                                       and not doc[start - 1].whitespace_):
                        entity = _mint(minted, name, "AIModel")
                        if entity.cls == "AIModel":
                            found.append(Mention(span.start, span.end, entity, "name"))
                            taken.update(range(span.start, span.end))
                    continue
            # Left: up to two lower-case modifiers, then the capitalised name (not for the nouns a
            # name only follows: the left search is skipped by starting past the text's start).
            i = tok.i - 1 if not name_after_only else -1
            while i >= tok.i - 2 and i >= 0 and doc[i].is_lower and doc[i].pos_ in ("NOUN", "ADJ") and i not in taken:
                i -= 1
            end = i + 1
            # "the YandexGPT 5 Pro model", "the Orbis-3 model": versions and glued pieces belong to the name.
            while i >= 0 and i not in taken and not doc[i].is_sent_start and (
                    doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper()
                    or i < end - 0 and (_VERSION.match(doc[i].text) or doc[i].text == "-" and not doc[i].whitespace_)
                    and i > 0 and (doc[i - 1].pos_ == "PROPN" or doc[i - 1].like_num or doc[i - 1].text == "-")):
                i -= 1
            start = i + 1
            while start < end and (doc[start].text == "-" or doc[start].like_num and doc[start].pos_ != "PROPN"):
                start += 1  # a name does not begin with a number or a hyphen
            # ("the Halden language models": past the product's lower-case modifiers; "the Replika
            # app": one word the NER took for a person's name)
            minted_here = None if name_after_only else next((m for m in mentions if m.end == end and not m.entity.known
                                # ("Corvid Labs language models": past modifiers, one word that is no firm's)
                                and (end == tok.i or " " not in m.entity.label and m.entity.label not in COMPANY_WORDS)
                                and doc[m.start].ent_type_ not in ("LANGUAGE", "NORP")  # "Tamil language models"
                                and (m.entity.cls not in ("Person", "AIModel")
                                     or m.entity.cls == "Person" and " " not in m.entity.label
                                     and tok.lower_ in ("app", "apps", "chatbot", "chatbots"))), None)
            if minted_here is not None and start == end:
                # "the Spark model", "Huawei's Kirin processors": the NER's ORG is a product.
                _retype_as_product(minted_here.entity, mentions, minted)
                model_ends = None  # (rebuilt at next need)
                continue
            elif start < end:
                span = doc[start:end]
            else:
                # Right: "the chatbot Darya", a name in apposition right after the noun.
                j = tok.i + 1
                if j + 1 < len(doc) and doc[j].text == "," and any(c.dep_ in ("poss", "det") for c in tok.children) \
                        and any(c.lower_ in ("flagship", "latest", "new", "first", "newest", "main") for c in tok.children):
                    j += 1  # "its flagship model, Ardoise 2"
                    if j + 1 < len(doc) and doc[j].lower_ in ("the", "called", "named", "dubbed") \
                            and doc[j + 1].pos_ == "PROPN":
                        j += 1  # "Taiga's first chip, the T1", "its first chip, called Gilboa"
                k = j
                while k < len(doc) and k not in taken and (doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper()
                                                           or k > j and _VERSION.match(doc[k].text)
                                                           # "its target recognition system KARTAL": a
                                                           # name in capitals the tagger took for a noun
                                                           or name_after_only and k == j and doc[k].is_upper
                                                           and doc[k].is_alpha and len(doc[k]) >= 3
                                                           and not (k + 1 < len(doc) and doc[k + 1].is_upper)):
                    k += 1
                if name_after_only and not (
                        j < k and any(c.dep_ == "poss" for c in (*tok.children, *(
                            tok.head.children if tok.dep_ == "compound" else ()))) and doc[j].is_upper
                        and doc[j].dep_ not in ("nsubj", "nsubjpass") and (k >= len(doc) or doc[k].pos_ not in ("VERB", "AUX"))):
                    # (only "its target recognition system KARTAL": not "the drones Baykar builds")
                    continue
                after = None if name_after_only else next((m for m in mentions if m.start == j and not m.entity.known
                              and m.entity.cls != "AIModel" and (len(m.entity.label.split()) == 1 or j > tok.i + 1)), None)
                if after is not None:
                    # "the chatbot Darya": the NER took the product's name for a person's.
                    _retype_as_product(after.entity, mentions, minted)
                    continue
                if not (j < k and tok.i > 0 and doc[tok.i - 1].lower_ not in ("of",)):
                    continue
                span = doc[j:k]
            name = span.text
            if not _plausible_name(name) or name.upper() == name and len(name) <= 2 or len(span) > 3:
                continue
            if model_ends is None:
                model_ends = {m.end for m in mentions if m.entity.cls == "AIModel"}
            if span.start in model_ends and not self.gazetteer.lookup(name):
                continue  # "the Spectrum-X Ethernet platform": a word after the model's name describes it
            entity = self.gazetteer.lookup(name) or _mint(minted, name, "AIModel")
            if entity.cls != "AIModel" and name_after_only and not entity.known and entity.cls in _ORG_CLASSES:
                # "its target recognition system KARTAL" before "the KARTAL units", a firm to the NER
                _retype_as_product(entity, mentions, minted)
                entity = minted.get(name.casefold(), entity)
            if entity.cls != "AIModel":
                continue
            found.append(Mention(span.start, span.end, entity, "name"))
            taken.update(range(span.start, span.end))
            if model_ends is not None:
                model_ends.add(span.end)
        return found

    @staticmethod
    def _model_variants(mentions: list[Mention], minted: dict[str, Entity]) -> list[Mention]:
        """ "the Falcon series, most recently Falcon-H1": a new name that is a model's name plus a
        glued suffix is a model too (the NER took it for an organisation)."""
        models = {m.entity.label for m in mentions if m.entity.cls == "AIModel"}
        out = []
        for m in mentions:
            e = m.entity
            if not e.known and e.cls != "AIModel" and "-" in e.label and e.label.split("-", 1)[0] in models:
                e = minted[e.label.casefold()] = replace(e, cls="AIModel")
                m = Mention(m.start, m.end, e, m.kind)
            out.append(m)
        return out

    @staticmethod
    def _retype_people(doc: "Doc", mentions: list[Mention], again: bool = True) -> list[Mention]:
        """A minted name coordinated with a person ("David Ha and Llion Jones") or whose surname
        later stands alone as a person ("Ines Carvalho ... Carvalho, who") is a person."""
        retype: set[str] = set()
        for m in mentions:
            e = m.entity
            words = e.label.split()
            if e.known or e.cls in ("Person", "AIModel") or not 2 <= len(words) <= 4 \
                    or words[-1] in COMPANY_WORDS or words[-1] in _INSTITUTION_WORDS or "&" in words:
                continue  # "Yle and the Swedish Tax Agency": an agency is never a person
            root = doc[m.start:m.end].root
            partners = [root.head] if root.dep_ == "conj" else []
            partners += [c for c in root.children if c.dep_ == "conj"]
            for p in partners:
                other = next((x for x in mentions if x.start <= p.i < x.end), None)
                if other is not None and other.entity.cls == "Person":
                    retype.add(e.iri)
            if any(x.entity.cls == "Person" and x.entity.label == words[-1] for x in mentions):
                retype.add(e.iri)
            # "Tenstorrent is led by Jim Keller", "FuriosaAI, led by June Paik": who leads, heads or
            # founded an organisation is a person (rounds and deals are led by companies).
            if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_ in _LEADING_VERBS:
                verb = root.head.head
                led = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
                if led is None and verb.dep_ == "advcl" and verb.i >= 2 and doc[verb.i - 1].text == ",":
                    led = doc[verb.i - 2]  # "the Ministry of Innovation and Technology, led by X,"
                if led is not None and led.lemma_.lower() not in ("round", "financing", "funding", "deal", "consortium") \
                        and any(x.start <= led.i < x.end and x.entity.cls in _ORG_CLASSES for x in mentions):
                    retype.add(e.iri)
            for child in root.children:
                if child.dep_ == "appos" and child.lower_ in PERSON_NOUNS and child.i > root.i:
                    retype.add(e.iri)
                if child.dep_ == "relcl" and any(c.lower_ in ("who", "whom") and c.i > root.i for c in child.children) \
                        and not (root.dep_ == "pobj" and root.head.lower_ == "of"
                                 and (root.head.head.lower_ in _TITLE_WORDS or root.head.head.lower_ in _JOB_TITLE_WORDS)):
                    # (not "Park Ji-hoon, chief executive of Kestrel NeuroSilicon, who also heads ...":
                    # the parser hangs the officer's relative clause on the firm of the title)
                    retype.add(e.iri)
        if not retype:
            return mentions
        out = []
        new: dict[str, Entity] = {}
        for m in mentions:
            e = m.entity
            if e.iri in retype:
                e = new.setdefault(e.iri, replace(e, cls="Person"))
            elif e.cls == "Person" and not e.known and len(e.label.split()) == 1:
                # The lone surname minted as its own person joins the full name.
                full = next((r for r in new.values() if r.label.split()[-1] == e.label), None)
                e = full or e
            out.append(Mention(m.start, m.end, e, m.kind))
        # ("Founded by Eilidh MacLeod, a former scientist at DeepMind, and Tomasz Wisniewski": once
        # the first name is a person, the one coordinated with it is one too.)
        return EntityLinker._retype_people(doc, out, again=False) if again else out


def next_gapped_item(doc: "Doc", end: int, prep: str) -> "int | None":
    """ "buys wafers from TSMC, memory from SK Hynix and substrates from Ibiden": after an item
    whose name ends at token `end`, where the next item's name starts (the token after its
    "from"), if a comma or "and" and a short lower-case goods phrase lead to the same
    preposition; else None. (Not "and Microsoft from AMD": a name is another subject.)"""
    k = end
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k < len(doc) and doc[k].lower_ == "and":
        k += 1
    j = k
    while j < len(doc) and j - k < 6 and doc[j].lower_ != prep:
        t = doc[j]
        if t.is_title or t.is_punct and t.text != "-" or t.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "DET", "PUNCT") \
                and t.tag_ != "PRP$" \
                and not (t.tag_ == "VBG" and (j > k or j + 1 < len(doc) and doc[j + 1].pos_ == "NOUN")):  # ("liquid cooling units", "etching equipment")
            # (a possessive may lead the goods: "its GPUs from Nvidia and its chassis from Wiwynn")
            return None
        j += 1
    if k == end or j == k or j + 1 >= len(doc) or doc[j].lower_ != prep \
            or not any(doc[x].pos_ == "NOUN" or doc[x].tag_ == "NNS" for x in range(k, j)):
        return None
    return j + 1 + (doc[j + 1].lower_ == "the")


def trade_preposition(doc: "Doc", first: Mention, at: dict[int, Mention]) -> str:
    """The preposition before a name, past an owner's possessive ("from Japan's Daikin")."""
    before = first.start - 1
    while before > 0 and doc[before].text in ("'s", "'") and (owner := at.get(before - 1)) is not None:
        before = owner.start - 1
    return doc[before].lower_ if before >= 0 else ""


def gapped_trade_mentions(doc: "Doc", first: Mention, prep: str, at: dict[int, Mention]) -> list[Mention]:
    """The names of the later items of a trade list whose first item's name is `first`
    (next_gapped_item), an owner's possessive skipped ("from Germany's Infineon")."""
    found: list[Mention] = []
    item: "Mention | None" = first
    while item is not None and (start := next_gapped_item(doc, item.end, prep)) is not None:
        item = at.get(start)
        if item is not None and item.end + 1 < len(doc) and doc[item.end].text in ("'s", "'"):
            item = at.get(item.end + 1)
        if item is None or item.start < start or item in found:
            break
        found.append(item)
    return found


def _tokens_among(doc: "Doc", words: "frozenset[str] | set[str]") -> list["Token"]:
    """The tokens whose lower-case form is one of words, without building a Token per word
    (iterating a Doc in Python costs more than the whole rule pass)."""
    from spacy.attrs import LOWER

    key = words if isinstance(words, frozenset) else frozenset(words)
    wanted = _WANTED_HASHES.get(key)
    if wanted is None:
        # String hashes do not depend on the vocabulary: one set per word list and process.
        wanted = _WANTED_HASHES[key] = frozenset(doc.vocab.strings.add(w) for w in key)
    lowers = doc.user_data.get("aigraph_lower")
    if lowers is None or len(lowers) != len(doc):
        lowers = doc.user_data["aigraph_lower"] = doc.to_array(LOWER).tolist()  # once per text, for every pass
    return [doc[i] for i, h in enumerate(lowers) if h in wanted]


_WANTED_HASHES: dict[frozenset, frozenset] = {}


def _tokens_with_text(doc: "Doc", words: set[str]) -> list["Token"]:
    """The tokens written exactly as one of words (a text's own short names, so no cache)."""
    from spacy.attrs import ORTH
    from spacy.strings import hash_string

    wanted = {hash_string(w) for w in words}  # (hashing adds no string to the vocabulary)
    return [doc[i] for i, h in enumerate(doc.to_array(ORTH).tolist()) if h in wanted]


_DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def _line_breaks(doc: "Doc") -> "Doc":
    """A line break ends a sentence: headlines and bullet points carry no full stop. A line with
    no full stop, question or exclamation mark inside it is one sentence: the parser must not cut
    a bullet like "Amazon and Google have both invested in Anthropic" after "Amazon"."""
    from bisect import bisect_left

    import numpy

    from spacy.attrs import IDX, IS_ALPHA, IS_SPACE, IS_TITLE, IS_UPPER, LENGTH, ORTH, SENT_START

    if not len(doc):
        return doc
    # Token attributes as plain ints: building a Token per word costs more than the whole pass.
    rows = doc.to_array([IDX, LENGTH, IS_SPACE, ORTH, IS_TITLE, IS_UPPER, IS_ALPHA]).tolist()
    text = doc_text(doc)
    newlines = [m.start() for m in re.finditer("\n", text)]
    strings = doc.vocab.strings
    stops = {strings.add(w) for w in (".", "!", "?", ";")}
    colon = strings.add(":")
    initials = {strings.add(f"{c}.") for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
    # Sentence starts are gathered here and written once: each Token.is_sent_start assignment
    # rescans the whole Doc for a parse, which made this pass quadratic in the text's length.
    starts: dict[int, int] = {}
    lines: list[list[int]] = [[0]]
    for i in range(1, len(rows)):
        idx, length, space = rows[i - 1][0], rows[i - 1][1], rows[i - 1][2]
        gap_start = idx if space else idx + length  # a space token's own text counts
        if bisect_left(newlines, gap_start) < bisect_left(newlines, rows[i][0]):
            starts[i] = 1
            lines.append([i])
        else:
            lines[-1].append(i)
    for line in lines:
        words = [i for i in line if not rows[i][2]]
        # "led its $220 million Series B. Lodestar's robots ...": the tokenizer keeps "B." as an
        # initial, and the parser runs the two sentences together
        series = [words[n + 1] for n, i in enumerate(words[1:-1], 1)
                  if rows[i][3] in initials and rows[words[n + 1]][4] and doc[words[n - 1]].lower_ in _SERIES_WORDS]
        inner_stops = any(rows[i][3] in stops for i in words[:-1]) or bool(series)
        heading_end = None
        for i in words[1:7]:
            if rows[i - 1][3] == colon and rows[i][4]:
                # "Current position and challenges: Russia ranks ...": a run-in heading.
                starts[i] = 1
                heading_end = i
                break
        if not inner_stops:
            for i in words[1:]:
                if i != heading_end:
                    starts[i] = -1
        for i in series:
            starts[i] = 1
        # "STAVANGER, Norway -- Vattenfjord Compute has sold ...", "SEOUL, Dec. 3 (Newswire) --":
        # a dateline is not part of the lead sentence's grammar; parsed with it, the city
        # becomes the subject of the lead's verb.
        if words and rows[words[0]][5] and rows[words[0]][1] > 1 and rows[words[0]][6]:
            for i in words[1:16]:
                if doc[i].tag_.startswith("VB") or doc[i].tag_ == "MD":
                    break  # "NATO works with four partners - Japan, ...": a clause, not a dateline
                if doc[i].text in _DATELINE_DASHES and doc[i - 1].whitespace_ and i + 1 < len(doc) \
                        and i + 1 in line:
                    starts[i + 1] = 1
                    break
    if starts:
        values = doc.to_array([SENT_START]).astype(numpy.int64)
        for i, value in starts.items():
            values[i] = value
        # Cast back as to_array gives it: -1 (not a start) wraps around in uint64.
        doc.from_array([SENT_START], values.astype(numpy.uint64).reshape(-1, 1))
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


_SPEED_GRADE = re.compile(r"\d+(?:\.\d+)?[GT]")


def _keep_speed_grades(nlp: "Language") -> None:
    """ "5G networks", "800G modules", "1.6T optics": a number with a capital G or T is one word,
    a product grade, not a number and a unit ("8GB" and "5kg" still split). Split in two, the
    parser reads "ships 800 G modules to Nvidia" as a noun phrase and loses the verb."""
    from spacy.util import compile_suffix_regex

    suffixes = [p.replace("(?<=[0-9])(?:", "(?<=[0-9])(?![GT]$)(?:", 1) if p.startswith("(?<=[0-9])(?:") else p
                for p in nlp.Defaults.suffixes]
    if suffixes != list(nlp.Defaults.suffixes):
        nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


def _split_abbreviated_places(nlp: "Language", gazetteer: Gazetteer) -> None:
    """ "the Costa Mesa, Calif.-based company", "an Arlington, Va.-based start-up": the tokenizer
    keeps a state's abbreviation and "-based" as one word, so neither the place nor the based-phrase
    is found. Each abbreviation the gazetteer knows (AP style, "Calif.") gets its own word there."""
    from spacy.attrs import ORTH

    for alias, iri in gazetteer.by_alias.items():
        entity = gazetteer.entities.get(iri)
        if entity is not None and entity.cls in ("Region", "Country") and alias.endswith(".") and len(alias) <= 6:
            for word in ("based", "headquartered"):
                nlp.tokenizer.add_special_case(f"{alias}-{word}", [{ORTH: alias}, {ORTH: "-"}, {ORTH: word}])


def build_pipeline(model: str | None = None, *, gazetteer: Gazetteer | None = None) -> "Language":
    """The full extraction pipeline: spaCy model + line breaks + gazetteer ruler + relation rules."""
    from spacy.language import Language
    from spacy.tokens import Doc

    from . import rules  # noqa: F401 - importing it registers the "aigraph_relations" factory

    gazetteer = gazetteer or default_gazetteer()
    nlp = load_nlp(model)
    _keep_speed_grades(nlp)
    _split_abbreviated_places(nlp, gazetteer)
    if not Language.has_factory("aigraph_line_breaks"):
        Language.component("aigraph_line_breaks")(_line_breaks)
    for ext in ("aigraph_facts", "aigraph_mentions"):
        if not Doc.has_extension(ext):
            Doc.set_extension(ext, default=None)
    nlp.add_pipe("aigraph_line_breaks", before="parser")
    if not Language.has_factory("aigraph_entity_ruler"):
        Language.factory("aigraph_entity_ruler", default_config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})(
            _make_linear_entity_ruler)
    ruler = nlp.add_pipe("aigraph_entity_ruler", name="aigraph_gazetteer", after="ner")
    patterns = gazetteer.ruler_patterns()
    patterns += [{"label": "IGNORE", "pattern": name} for name in IGNORED_NAMES
                 if name not in gazetteer.by_alias]
    with nlp.select_pipes(enable=["aigraph_line_breaks"]):
        ruler.add_patterns(patterns)
    ruler.gazetteer = gazetteer  # (names it knows in a form the patterns miss: see _another_firm)
    nlp.add_pipe("aigraph_relations", config={}, last=True)
    component = nlp.get_pipe("aigraph_relations")
    component.configure(gazetteer=gazetteer, linker=EntityLinker(gazetteer))
    return nlp


#: Words that extend a firm's name without naming another firm ("Sony Group Corp.").
_NAME_EXTENSIONS = frozenset("Group Holding Holdings Motor Motors Corporation Company International Industries "
                             "Electronics Technologies Technology Co Inc Corp Ltd Limited".split())


def _another_firm(rest: "Span") -> bool:
    """The words after a known name inside a longer organisation name the NER found make another
    firm's name: capitalised words, not only generic ones, and a legal form at the end."""
    body = [t.text for t in rest if t.text not in (".", ",")]
    if not body or not _is_legal_form(body[-1]) or body[-1] in ("Group", "Holdings"):
        return False  # ("Shenzhen Capital Group" has no legal form to tell)
    return all(w[:1].isupper() for w in body) and any(w.rstrip(".") not in _NAME_EXTENSIONS
                                                       and not _is_legal_form(w) for w in body)


def _make_linear_entity_ruler(nlp: "Language", name: str, phrase_matcher_attr: str, overwrite_ents: bool):
    """spaCy's EntityRuler, with overlaps resolved in one pass.

    The gazetteer ruler runs after the NER (the NER is faster without preset entities) and
    overwrites the names it overlaps. spaCy's EntityRuler rebuilds the list of the NER's names for
    every match, which is quadratic: 7 s for a text of 15,000 mentions. This one drops every NER
    name a match overlaps at once, which gives the same entities.
    """
    from spacy.pipeline import EntityRuler
    from spacy.tokens import Span

    class LinearEntityRuler(EntityRuler):
        gazetteer: Gazetteer = default_gazetteer()

        def set_annotations(self, doc, matches):
            new_entities, seen_tokens = [], set()
            longer = {e.start: e for e in doc.ents if e.label_ == "ORG"}
            other_firms: list[list[str]] = []  # their names without the legal form, as words
            for match_id, start, end in matches:  # (longest first, as spaCy sorts them)
                if not self.overwrite and any(t.ent_type for t in doc[start:end]):
                    continue
                if (org := longer.get(start)) is not None and org.end > end + 1 and _another_firm(doc[end:org.end]) \
                        and self.gazetteer.lookup(org.text) is None:
                    # "SMBC Nikko Securities Inc.", "LG Uplus Corp.": not SMBC, not LG
                    other_firms.append(strip_company_suffix(org.text).split())
                    continue
                again = next((n for n in other_firms if [t.text for t in doc[start:start + len(n)]] == n), None)
                if again is not None:
                    # ... nor later, without the legal form: "delivered GPUs to Samsung SDS"
                    if start not in seen_tokens:
                        new_entities.append(Span(doc, start, start + len(again), label="ORG"))
                        seen_tokens.update(range(start, start + len(again)))
                    continue
                # boundaries are inclusive, as in spaCy's own check
                if start not in seen_tokens and end - 1 not in seen_tokens:
                    if match_id in self._ent_ids:
                        label, ent_id = self._ent_ids[match_id]
                        new_entities.append(Span(doc, start, end, label=label, span_id=ent_id))
                    else:
                        new_entities.append(Span(doc, start, end, label=match_id))
                    seen_tokens.update(range(start, end))
            kept = [e for e in doc.ents if not any(i in seen_tokens for i in range(e.start, e.end))]
            doc.ents = kept + new_entities

    return LinearEntityRuler(nlp, name, phrase_matcher_attr=phrase_matcher_attr, overwrite_ents=overwrite_ents)


#: Texts longer than this are parsed in pieces (see Extractor.extract).
CHUNK_CHARS = 100_000
#: Articles parsed in one spaCy memory zone (results come out a zone at a time, so a small zone
#: lets the first articles be stored sooner).
ZONE_ARTICLES = 16


def _batched(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def split_text(text: str, limit: int) -> list[tuple[int, str]]:
    """Cut a text into (offset, piece) pieces of at most ``limit`` characters, at a paragraph
    break where possible, else a line break, else after a full stop, else anywhere.

    >>> split_text("one.\\n\\ntwo.", 7)
    [(0, 'one.\\n\\n'), (6, 'two.')]
    """
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = max(window.rfind("\n\n"), 0) or max(window.rfind("\n"), 0) or max(window.rfind(". "), 0)
        cut = cut + (2 if text.startswith(("\n\n", ". "), start + cut) else 1) if cut else limit
        pieces.append((start, text[start:start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


def _keep_entity(entities: dict[str, Entity], entity: Entity, *, replace_class: bool) -> None:
    """Record an entity of an article, with the names its other mentions gave it."""
    kept = entities.get(entity.iri)
    if kept is None:
        entities[entity.iri] = entity
    elif replace_class:
        entities[entity.iri] = entity if kept.aliases <= entity.aliases else replace(entity, aliases=entity.aliases | kept.aliases)
    elif not entity.aliases <= kept.aliases:
        entities[entity.iri] = replace(kept, aliases=kept.aliases | entity.aliases)


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
        """Yield each article with its facts and the entities it mentions, in input order.

        A text longer than CHUNK_CHARS is processed in pieces cut at paragraph (else line,
        else sentence) boundaries: spaCy's parser needs about 1 GB per 100,000 characters, and
        refuses texts past nlp.max_length. Fact spans are given in the whole text.
        """
        def pieces(group):
            for article in group:
                chunks = split_text(article.text, CHUNK_CHARS)
                for number, (offset, chunk) in enumerate(chunks):
                    yield chunk, (article, offset, number == len(chunks) - 1)

        # spaCy's vocabulary keeps every new string it meets, so a long run grows without end;
        # each group of articles is parsed in a memory zone that frees them (nothing from the
        # Docs outlives the zone: facts and entities hold plain Python strings).
        for group in _batched(articles, ZONE_ARTICLES):
            done: list[tuple[Article, list[Fact], list[Entity]]] = []
            facts: list[Fact] = []
            entities: dict[str, Entity] = {}
            with self.nlp.memory_zone():
                for doc, (article, offset, last) in self.nlp.pipe(pieces(group), as_tuples=True,
                                                                  batch_size=self.batch_size):
                    # Every name an entity went by in the article is kept ("LIML" after "the
                    # Lisbon Institute for Machine Learning (LIML)"), whichever mention came first.
                    text = doc_text(doc)
                    for m in doc._.aigraph_mentions or []:
                        if m.kind == "name":
                            # ... and its surface form here: "Levant Dynamics" in the headline of a
                            # story about "Levant Dynamics Trading Ltd".
                            end_token = doc[m.end - 1]
                            surface = text[doc[m.start].idx:end_token.idx + len(end_token)]
                            entity = m.entity
                            if surface != entity.label and surface not in entity.aliases and (
                                    (other := self.gazetteer.lookup(surface)) is None or other.iri == entity.iri):
                                # (not a name of another known entity: "Abu Dhabi" standing for
                                # the UAE's government is no name of the UAE)
                                entity = replace(entity, aliases=entity.aliases | {surface})
                            _keep_entity(entities, entity, replace_class=False)
                    for fact in doc._.aigraph_facts or []:
                        if offset:
                            fact = replace(fact, start=fact.start + offset, end=fact.end + offset)
                        facts.append(fact)
                        # A fact's own entities win: a rule may have retyped one ("Aurora" the
                        # NER took for a person, ranked third on the TOP500 list, is a product).
                        _keep_entity(entities, fact.subject, replace_class=True)
                        _keep_entity(entities, fact.object, replace_class=True)
                    if last:
                        done.append((article, facts, list(entities.values())))
                        facts, entities = [], {}
            yield from done

    def extract_text(self, text: str) -> list[Fact]:
        """Facts of one piece of text (convenience for tests and notebooks)."""
        doc = self.nlp(text)
        return list(doc._.aigraph_facts or [])
