"""Relation rules: linked mentions + the dependency parse -> candidate facts.

Each rule handles one shape that news uses to state a relation (a verb with its voices, a
nominalisation, a title, a possessive or compound, a list, a ranking). Trigger words live in
ontology/relation_patterns.json. The ontology's domain and range then keep only the facts whose
entity classes fit, negated statements are dropped and hedged ones get a modality and a lower
confidence.
"""

from __future__ import annotations

import bisect
import json
import logging
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.language import Language

from .config import ontology_dir
from .extract import (_BANK_WORDS, _CURRENCY_CODES, _FIRM_NOUNS, _is_legal_form, COMPANY_WORDS, PEOPLE_MAKERS, _tokens_among, doc_text,
                      gapped_trade_mentions, line_start_tokens, trade_preposition)
from .gazetteer import strip_company_suffix
from .models import Fact
from .vocab import relations

_log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .extract import EntityLinker, Mention
    from .gazetteer import Gazetteer

_SEPARATORS = {",", "and", "or", "&", "plus", "/", ";"}
_LIST_FILLERS = {"as", "well", "both", "either", "also", "including", "such", "like", "namely", ":", "the"}
#: Verbs that give a buyer's orders to a supplier: "shifted its orders to Coherent".
_ORDER_MOVING_VERBS = frozenset("move shift switch transfer divert redirect steer place".split())
#: What a firm has of its own: "the company's co-founder", "the company's Series B".
_OWN_AFFAIRS = frozenset("""
    founder co-founder cofounder chief executive ceo chairman chairwoman president series round headquarters
    shares shareholders board staff employees engineers
""".split())
_SEED_MONEY_NOUNS = frozenset("capital funding backing money investment investments funds".split())
_SALIENCE_WINDOW = 3  # sentences before an opening "the company" whose names compete for it
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                  "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "top": 1, "last": None}
_ORDINAL = re.compile(r"\b(\d{1,4})(?:st|nd|rd|th)\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.I)
#: Verbs that place their subject in a ranking named in the same sentence ("India and Brazil sit
#: in the top half", "K2 Think places well behind GPT-5", "Kimi K2 and Qwen3 take the top two places").
_PLACING_VERBS = {"rank", "place", "sit", "come", "finish", "feature", "appear", "top", "lead", "head",
                  "score", "take", "climb", "rise", "slip", "drop", "fall", "jump", "trail", "lag", "enter"}
_COMPARING_VERBS = {"trail", "lag", "lead", "top", "head"}
_INDEX_NOUNS = {"index", "ranking", "rankings", "leaderboard", "table", "rating", "scoreboard", "league"}
_RANKABLE = {"Country", "Company", "ResearchOrganization", "Region", "AIModel", "City", "Bloc"}
_OUT_OF = re.compile(r"\b(?:out of|of|among)\s+(\d{1,5})\b", re.I)
_MODALITY_FACTOR = {"asserted": 1.0, "reported": 0.85, "planned": 0.6}
# "adopted on the anniversary of Russia's invasion": a date's noun, whose "of" names no party
_OCCASION_NOUNS = frozenset({"anniversary", "eve", "day", "date", "occasion", "sidelines", "heels", "morning",
                             "evening", "night", "week", "weekend", "start", "end"})
# (rule_implicit_customer) verbs that supply things, nouns that say a passage is about suppliers,
# and objects that are no goods
_IMPLICIT_SUPPLY_VERBS = frozenset({"supply", "provide", "deliver", "ship", "furnish"})
_SUPPLIER_NOUNS = frozenset({"supplier", "toolmaker", "vendor", "subcontractor"})
_SUPPLIER_FORMS = frozenset(_SUPPLIER_NOUNS | {w + "s" for w in _SUPPLIER_NOUNS})
_WIN_FORMS = frozenset({"win", "wins", "won", "winning"})
_NOT_GOODS = frozenset({"detail", "information", "comment", "guidance", "update", "evidence", "answer", "figure",
                        "forecast", "estimate", "breakdown", "assurance", "funding", "capital", "money", "loan",
                        "financing", "it", "them", "this", "that", "which", "what", "all", "some", "most"})
_PRESUPPOSING = {"despite", "amid", "under", "after", "following", "since", "because", "against"}
_STOP_CLIMB = {"relcl", "advcl", "conj", "parataxis", "appos", "ROOT"}
#: Nouns whose "that" clause states their content ("a report that X had rented ..."), which the
#: parser may read as a relative clause.
_CONTENT_NOUNS = frozenset("report claim allegation suggestion rumour rumor speculation assertion idea "
                           "notion story account".split())
_ORGS_AND_STATES = {"Company", "ResearchOrganization", "Country", "Bloc", "GovernmentBody"}
_PRONOUNS = {"he": {"Person"}, "him": {"Person"}, "his": {"Person"}, "she": {"Person"},
             "her": {"Person"}, "its": _ORGS_AND_STATES, "it": _ORGS_AND_STATES}
_PRESUPPOSED_RULES = {"possessive", "compound", "appos-possessive", "possessive-list", "model-from",
                      "place-based", "city-state-based", "appos-based", "city-comma-region", "city-comma-country",
                      "city-in-country", "origin-list", "place-noun", "title", "title-known-office",
                      "demonym-org", "place-org", "place-possessive", "body-possessive", "noun:company-of",
                      "anaphor-based", "known-comention", "bracketed-place", "rival-name", "division-of-country",
                      "city-bracketed-region", "org-of-place"}
_MAKER_NOUNS = {"maker", "makers", "developer", "developers", "creator", "creators", "designer", "builder"}
_GENERIC_PRODUCTS = {"family", "series", "line", "lineup", "range", "model", "models", "chip", "chips", "platform"}
_PRODUCT_WORDS = {"model", "models", "chatbot", "assistant", "chip", "chips", "processor", "processors", "product",
                  "accelerator", "accelerators", "platform", "family", "series", "system", "systems", "app", "gpu", "gpus"}
_CLAUSE_WORDS = {"who", "which", "that", "said", "says", "told", "and", "or", "but"}
_PLACE_NOUNS = {"city", "capital", "region", "province", "town", "state", "republic", "hub", "port", "district",
                "municipality", "suburb", "island", "prefecture", "county"}
_APPOINTING = {"name", "appoint", "hire", "promote", "tap", "elect", "install", "nominate"}
_RELATIVES = {"which", "who", "whom", "whose", "that", "where"}
_DEFINITES = {
    **dict.fromkeys(["company", "firm", "group", "startup", "start-up", "chipmaker", "giant", "developer",
                     "maker", "conglomerate", "lender", "business", "operator", "champion",
                     "manufacturer", "foundry", "fund", "investor", "carrier", "insurer", "provider", "designer",
                     "integrator", "distributor", "telco"], {"Company"}),
    **dict.fromkeys(["lab", "laboratory", "university"], {"ResearchOrganization", "Company"}),
    # (a state AI safety institute is a public body; see _resolve_anaphora)
    "institute": {"ResearchOrganization", "Company", "GovernmentBody"},
    "bank": {"Company", "GovernmentBody"},  # (a central bank: see _resolve_anaphora)
    **dict.fromkeys(["country", "nation", "kingdom", "republic"], {"Country"}),
    **dict.fromkeys(["model", "chatbot", "assistant"], {"AIModel"}),
    **dict.fromkeys(["city"], {"City"}),
    **dict.fromkeys(["island"], {"Country", "Region"}),
    **dict.fromkeys(["emirate"], {"Country", "City"}),
    **dict.fromkeys(["bloc", "alliance", "grouping", "organisation", "organization"], {"Bloc"}),
    **dict.fromkeys(["ministry", "agency", "department", "regulator", "commission", "watchdog", "office",
                     "authority", "bureau", "administration", "council", "committee"], {"GovernmentBody"}),
}


#: Verbs of taking in money from someone, and the nouns that make the thing taken money.
_RECEIVING_VERBS = {"receive", "secure", "attract", "win", "draw", "get", "land", "obtain", "accept", "collect",
                    "garner", "net", "bag", "take", "raise"}
#: What is provided without being supplied: "provides subsidies for Intel".
_AID_NOUNS = frozenset("support relief guidance cover subsidy subsidies grant grants loan loans credit aid".split())
_MONEY_NOUNS = {"investment", "funding", "backing", "capital", "money", "financing", "cash", "injection",
                "funds", "fund", "equity", "tranche", "round"}
_BLOC_CONTAINING_VERBS = {"include", "comprise", "group", "unite", "encompass", "admit", "welcome", "bring",
                          "count", "gather", "span"}
_ENTITY_LIST_KEEPERS = frozenset({"Bureau of Industry and Security", "U.S. Department of Commerce"})
#: Verbs of giving a contract to a supplier, and who may be a supplier's customer.
_AWARDING_VERBS = frozenset("award grant give hand".split())
_CUSTOMER_CLASSES = ("Company", "GovernmentBody", "ResearchOrganization", "Country")
#: Firms that sell computing in the cloud: in "a cloud contract" between one of them and anyone
#: else, they are the supplier (a name with "Cloud" in it is one too).
_CLOUD_SELLERS = frozenset("""Microsoft Amazon Google Oracle IBM CoreWeave Nebius Lambda Crusoe Nscale Fluidstack
    Core42 OVHcloud Scaleway Vultr Yotta Alibaba Tencent Huawei Baidu Yandex""".split()) | {
    "Amazon Web Services", "Microsoft Azure", "Yotta Data Services", "E2E Networks", "Together AI", "Cloud.ru"}
_CLOUD_DEAL_WORDS = frozenset("cloud computing compute hosting".split())
#: Big buyers of electricity and of chips: the cloud sellers and Meta.
_POWER_BUYERS = _CLOUD_SELLERS | {"Meta"}


#: Words in the names of firms that make and sell energy ("MGen Renewable Energy", "Falu Energi").
_ENERGY_NAME = re.compile(r"\b(?:Energy|Energie|Energi|Energia|Power|Electricity|Renewables?|Utilities)\b")
_POWER_WORDS = frozenset("power electricity energy".split())
_ENERGY_SOURCES = frozenset("solar wind nuclear hydro hydroelectric renewable geothermal gas".split())


def _power_buyer(m: "Mention") -> bool:
    """A hyperscaler, which buys power and hardware rather than selling them."""
    label = m.entity.label
    return label in _POWER_BUYERS or label.split()[0] in _POWER_BUYERS
#: Descriptions of a unit that has one parent ("the venture arm of Samsung Electronics").
_ONE_PARENT_UNITS = frozenset("arm unit subsidiary division".split())
#: Words before "deal", "contract" or "agreement" that make it a purchase ("chip deals").
_SUPPLY_DEAL_WORDS = frozenset("supply purchase procurement chip gpu hardware server offtake packaging".split())
#: Rules of a buyer buying from a seller: a country that buys is a customer (not a market).
_BUYING_RULES = frozenset(f"verb:{v}" for v in "buy purchase import rent lease procure source obtain".split())
#: Verbs of telling someone to do something (rule_regulator_demand).
_REQUIRING_VERBS = frozenset({"ask", "require", "direct", "request", "tell", "demand", "oblige", "obligate", "compel",
                              "force"})
#: Papers a body serves a firm with ("served Sillon with a formal notice").
_SERVED_PAPERS = frozenset("notice subpoena order summons warrant complaint demand injunction writ".split())
#: "cleared the deal": a deal a body acts on, and how.
_DEAL_FORMS = frozenset("deal transaction takeover acquisition merger purchase".split())
_DEAL_REVIEW_VERBS = frozenset("clear approve review block probe investigate examine scrutinise scrutinize wave "
                               "authorise authorize greenlight".split())
#: ... and those it sends one (an order sent is a purchase).
_SENT_PAPERS = (_SERVED_PAPERS - {"order"}) | frozenset("request letter questionnaire query warning".split())
#: What a request is for when a buyer sends it ("a request for proposals").
_TENDER_NOUNS = frozenset("proposal proposals quote quotes bid bids tender tenders offer offers".split())
_FRACTIONS = frozenset("half third thirds quarter quarters fifth fifths tenth tenths".split())
#: Running, training or hosting on someone's compute ("trains its models on Google Cloud").
_COMPUTE_USE = frozenset("run train host deploy serve operate".split())
_COMPUTE_NOUNS = frozenset("cloud clouds cluster clusters supercomputer supercomputers centre center centres centers "
                           "datacenter datacentre infrastructure capacity servers campus facility".split())
#: What a regulator does to a firm's licences, accounts, deals or products ("revoked two export
#: licences held by X", "froze the accounts of X", "issued corrective recommendations to X").
_REGULATOR_ACTIONS = frozenset("revoke freeze suspend cancel withdraw issue grant refuse reject clear approve "
                               "fine penalise penalize warn order instruct register audit inspect "
                               "summon write examine scrutinise scrutinize review screen vet".split())
#: ... of which these act on a firm only through what they review: its stake, deal, shipments or licence.
_REVIEWING_VERBS = frozenset("review screen vet".split())
#: "G42-owned", "G42-controlled" (a unit) and "Tencent-backed", "state-funded" (an investment).
_OWNING_PARTICIPLES = frozenset({"owned", "controlled"})
_BACKING_PARTICIPLES = frozenset({"backed", "funded"})
#: Verbs that end a tie or a deal ("cut all ties with", "the partnership was terminated").
_ENDING_VERBS = frozenset("cut sever end break terminate drop scrap cancel exit dissolve unwind quit".split())
#: What a firm may order from another that is no purchase of goods: papers and acts.
_NOT_ORDERED_GOODS = frozenset("""record records document documents information data detail details report reports
    review study audit change changes halt stop end return refund apology removal withdrawal suspension
    investigation inquiry probe recall cut cuts pause reduction increase explanation correction deletion
    disclosure""".split())
#: Making verbs whose passive agent is the maker of the goods ("the finished boards are assembled by
#: Wiwynn"): unlike make, build or produce, they never mean developing a product of one's own.
_ASSEMBLING = ("assemble", "manufacture", "fabricate", "package")
#: Buying verbs whose buyer is the subject (the seller follows "from").
_BUYING_VERB_KEYS = ("buy", "purchase", "source", "procure", "import", "obtain", "order")
#: Verbs of making something to order, and the things made ("TSMC manufactures Nvidia's chips").
_MAKING_VERBS = frozenset({"manufacture", "make", "produce", "fabricate", "build", "assemble", "package"})
_MADE_THINGS = frozenset({"chip", "chips", "processor", "processors", "accelerator", "accelerators", "gpu",
                         "gpus", "server", "servers", "module", "modules", "wafer", "wafers", "die", "dies",
                         "rack", "racks", "board", "boards", "baseboard", "baseboards", "substrate", "substrates",
                         "card", "cards", "transceiver", "transceivers", "memory", "sensor", "sensors"})
#: Names of regulators of markets and data, whose "sanctions" are penalties (not OFAC's or BIS's).
_MARKET_REGULATOR = re.compile(r"\b(?:Data|Privacy|Competition|Consumer|Communications|Telecommunications|Media|"
                               r"Securities|Cyber|Market|Antitrust|Information Regulator|Personal Information|"
                               r"Fair Trade|Cartel|Telecom|Network Agency|Economic Defense)\b")
#: Verbs of setting a grouping up ("set up by", "founded by", "formed by").
_SETTING_UP_VERBS = frozenset({"set", "found", "form", "create", "establish", "launch"})
#: What a buyer takes of a firm without taking the firm ("Intel's memory business").
#: Breaking a rule, and a body's finding or saying so ("ruled that Meta had breached the DMA").
_VIOLATING_VERBS = frozenset("violate breach infringe contravene abuse flout".split())
_FINDING_VERBS = frozenset("find rule conclude determine establish say state allege announce confirm".split())
#: Words for a part of a place ("the north of Guangdong", "the state of Nuevo Leon").
_AREA_NOUNS = frozenset("""north south east west northeast northwest southeast southwest centre center heart
outskirts state province region department prefecture county district""".split())
_AREA_OR_PLACE_WORDS = _AREA_NOUNS | _PLACE_NOUNS | {"of"}  # (see _walk_to_place)
_PLACE_HEAD_NOUNS = frozenset(_PLACE_NOUNS | {"emirate"})
_SETTLEMENT_NOUNS = frozenset(_PLACE_NOUNS | {"village", "neighbourhood", "neighborhood"})
#: "partly owned", "minority-owned", "jointly owned": a part, not the whole.
_PART_OWNING_WORDS = frozenset("partly partially minority jointly".split())
#: Power a utility supplies.
_POWER_NOUNS = frozenset("electricity power energy gas water cooling fibre fiber connectivity bandwidth".split())
#: Words for part of a whole: "the bulk of its electricity", "part of its orders".
_PART_WORDS = frozenset("bulk most part all half much share majority some rest".split())
#: What a seller's customers make up a share of.
_SALES_NOUNS = frozenset("sale sales revenue revenues turnover order orders shipment shipments business".split())
#: Verbs of looking into something, which regulate only a "whether" clause's subject.
_INQUIRING_VERBS = frozenset("examine assess".split())
#: What a firm files with a regulator, which the regulator then decides on.
_APPLICATION_NOUNS = frozenset("application request bid proposal filing petition notification submission".split())
_PART_OF_A_FIRM = frozenset("division unit arm business operation operations asset assets stake holding plant factory fab portfolio".split())
#: What a regulator grants that lets a firm do something ("approved licences allowing Nvidia to ship").
_PERMIT_NOUNS = frozenset("licence license licences licenses permit permits waiver waivers exemption exemptions".split())
#: Sites a firm runs, which may carry a code name like a product ("its M15X fab").
_SITE_NOUNS = frozenset("fab fabs plant plants factory factories campus campuses site sites facility facilities hall halls".split())
#: Places firms are registered in for the law, not located in.
_REGISTRY_SEATS = frozenset(["Cayman Islands", "British Virgin Islands", "Delaware", "Bermuda", "Jersey", "Guernsey",
                             "Marshall Islands", "Isle of Man", "Luxembourg", "Seychelles"])
#: Lists that are no blacklists: "the EU's list of gatekeepers", "the Validated End-User list".
_NOT_BLACKLIST_WORDS = frozenset("""gatekeeper gatekeepers validated approved preferred trusted end-user vendor
    vendors supplier suppliers partner partners member members winner winners finalist finalists""".split())
#: Verbs whose negation grants what their clause says: "it is not disputed that ...".
_DISPUTING_VERBS = frozenset("dispute contest deny doubt question challenge".split())
#: Verbs whose "from" names a seller: "buys the H200 systems from Supermicro".
_SOURCING_VERBS = frozenset("buy purchase order source procure rent lease import get receive obtain".split())
_UNIT_NOUNS = {"division", "unit", "arm", "team", "business", "department", "lab", "laboratory", "operation",
               "branch", "subsidiary", "practice", "programme", "program", "group", "segment"}
_AMOUNT_WORD = re.compile(r"^(?:eur|usd|gbp|jpy|cny|rmb|inr|krw|rub|chf|aud|cad|sgd|hkd|aed|sar|brl|nok|sek|pln)?"
                          r"\d+(?:\.\d+)?(?:bn|mn|m|b|billion|million|trillion)$")  # ("eur300mn")
#: Verbs that move money into something ("put PLN 200mn into Spichlerz AI").
_POURING_VERBS = frozenset("put pour inject pump plough plow sink".split())
_MONEY_VERBS = _RECEIVING_VERBS | _POURING_VERBS | {"sell", "transfer", "offload", "hold", "own", "buy", "purchase",
                                                   "acquire", "commit"}
_EQUITY_NOUNS = {"stake", "share", "shares", "holding", "equity", "interest"}

#: Head nouns of a description that is not the organisation itself ("X, a Paris court").
_NOT_ORG_HEADS = {"court", "city", "town", "capital", "region", "province", "market", "border", "port",
                  "statement", "report", "spokesperson", "spokesman", "spokeswoman", "source", "deal",
                  "decision", "filing", "official", "officials", "subsidiary", "unit", "arm", "affiliate",
                  "division", "plant", "factory", "campus", "site", "facility", "office", "branch"}

#: Hardware nouns and the verbs and nouns of using or buying it (rule_hardware_use).
#: Using a model: its maker supplies the user.
_MODEL_USE_VERBS = frozenset("use deploy adopt integrate license licence run embed".split())
#: Verbs whose object is an agreement made "with" someone.
_AGREEING_VERBS = frozenset("sign ink reach conclude strike announce form enter seal forge agree".split())
#: Verbs that put firms on a sanctions list, and the nouns for the firms they put there
#: ("added 19 companies to its Entity List", "blacklisted a group of trading firms").
_LISTING_VERBS = frozenset("add place put blacklist sanction designate list target penalise penalize name".split())
#: What a government designates a body as when it gives it a task, not a listing.
_APPOINTED_ROLES = frozenset("""
    authority regulator watchdog supervisor coordinator agency body office point contact hub centre center
    partner champion lead operator provider""".split())
#: Measures that list or sanction ("The decree also blacklisted ...").
_MEASURE_NOUNS = frozenset("decree order list package notice rule regulation designation measure resolution "
                           "ruling announcement round listing".split())
_LISTED_GROUP_NOUNS = frozenset("""
    company firm entity business trader supplier group network reseller distributor individual organisation
    organization
""".split())
_HARDWARE_NOUNS = frozenset("""
    chip chips processor processors gpu gpus accelerator accelerators hardware system systems server servers
    memory equipment machine machines card cards rack racks silicon semiconductors tools infrastructure
    gear module modules component components kit substrates wafers boards cluster clusters capacity compute
    supercomputer supercomputers software testers bonders sensors cameras lasers transceivers switches robots
    drones radios batteries panels cables
""".split())
#: Goods whose maker supplies whoever they come to: "whose servers come from Inspur".
_SUPPLIED_GOODS = _HARDWARE_NOUNS | _MADE_THINGS | frozenset("""
    software cameras radios parts data power electricity models cooling network networks platform devices
    sensors drones engines lasers optics
""".split())
#: Parts and components a maker buys in ("cold plates ... come from Asia Vital Components").
#: (on top of _SUPPLIED_GOODS, which has the chips, modules, wafers, optics and the like)
_PARTS = frozenset("""components component plates generators units motors actuators batteries cells panels
    lenses mirrors valves pumps cables connectors materials chemicals gases shelves busbars switchgear
    chillers""".split())
#: Verbs of being asked to do something ("was approached to invest in xAI"): the act is only a plan.
#: (Verbs only: "its approach", "the press" are no hedges.)
_ASKING_VERBS = frozenset("ask urge invite court approach encourage press lobby pressure".split())
#: Titles of those who lead a state or a province (and "Chief Minister", "First Minister").
_REGION_LEADER_TITLES = frozenset("governor premier president mayor minister-president".split())
#: Verbs that leave a deal undone only as verbs ("is only studying a supply agreement"; "a study of" is no hedge).
_HEDGING_VERBS = _ASKING_VERBS | {"study"}
#: Verbs that keep someone "from" doing something.
_PREVENTING_VERBS = frozenset("block bar ban prevent stop prohibit forbid exclude restrict keep".split())
#: A country's divisions, named after "of" ("the Saudi cities of Dammam and Jeddah").
_DIVISION_NOUNS = frozenset("city cities town towns state states province provinces region regions port ports "
                            "prefecture emirate emirates".split())
#: Verbs of a relative clause whose subject takes goods someone else sells (rule_goods_users).
_GOODS_USING_VERBS = frozenset("use buy deploy install order purchase rely run".split())
_GOODS_SELLING_VERBS = frozenset("supply make sell provide ship produce build manufacture deliver".split())
#: A data centre's or plant's machinery, ordered like chips ("ordered chillers from Trane").
_PLANT_EQUIPMENT = frozenset("""chillers chiller switchgear transformers turbines gearboxes compressors inverters
    fans pumps tools robots""".split())
#: Goods got "from" a firm that make it a supplier (not models or platforms; data only when not
#: "taken from" someone).
_GOT_GOODS = (_SUPPLIED_GOODS | _PARTS | _PLANT_EQUIPMENT | {"computing", "compute", "capacity", "supplies", "hbm", "dram"}) \
    - {"data", "models", "platform", "network", "networks"}
#: Hardware nouns that may name one machine or a share of one ("the Athena supercomputer").
_FACILITY_HARDWARE = frozenset("cluster clusters capacity compute supercomputer supercomputers".split())
#: Verbs of opening or fitting out a site, whose "with" names the hardware it runs on ("opened a
#: campus with Nvidia GPUs").
_FITTING_OUT_VERBS = frozenset("open build launch equip fit expand upgrade commission inaugurate start".split())
#: A company's software that a user is its customer for ("uses Tessaro models"), and the verbs of using it.
_SOFTWARE_NOUNS = frozenset("model models software service services platform assistant agents api apis".split())
_SOFTWARE_USE = frozenset("use deploy adopt integrate choose select license".split())
_HARDWARE_USE = frozenset("""
    use buy order purchase deploy install run rent acquire obtain receive import build train serve rely
    operate power equip adopt choose select integrate stock source secure lease host switch order orders
    purchase purchases shipment shipments delivery deliveries cluster fleet customer buyer
""".split())

#: Role nouns besides titles: "a former Google researcher", "an ex-Meta scientist".
_PERSON_ROLE_NOUNS = frozenset("""
    researcher researchers scientist scientists engineer engineers employee employees staffer staffers
    alumnus alumni veteran veterans designer executive executives
""".split())

#: Verbs that restrict trade, and the trade they restrict ("restricts sales of X to China").
_TRADE_RESTRICTING_VERBS = frozenset("restrict curb bar ban limit block halt tighten cap prohibit forbid require suspend embargo".split())
#: Nouns of a quantity of things ("a cluster of designers including X").
_GROUP_NOUNS = frozenset("cluster group handful number host range list series wave set pair trio couple crop".split())
_INVESTOR_NOUNS = frozenset({"investor", "backer", "shareholder", "participant", "lead"})
_TRADE_NOUNS = frozenset("sale export shipment supply delivery access transfer exports sales shipments".split())
#: What a state joins a bloc as, or is called, short of membership.
_NON_MEMBER_STATUS = frozenset("partner partners observer observers associate candidate candidates applicant "
                               "aspirant hopeful guest bid application".split())
#: Words before a member noun that make it a status short of membership.
_SHORT_OF_MEMBER = frozenset("dialogue associate associated observer candidate partner aspiring prospective "
                             "would-be potential future".split())
#: "counts X as a customer": the relation, and whether the one counted is its subject.
_COUNTED_ROLES = {"customer": ("supplies", False), "client": ("supplies", False), "buyer": ("supplies", False),
                  "tenant": ("supplies", False),
                  "supplier": ("supplies", True), "vendor": ("supplies", True),
                  "shareholder": ("investsIn", True), "investor": ("investsIn", True), "backer": ("investsIn", True),
                  "rival": ("competesWith", False), "competitor": ("competesWith", False)}
#: What many sign each on their own, not with each other ("all of which signed the Code of Practice").
_PUBLIC_UNDERTAKINGS = frozenset("code pledge declaration charter commitment statement letter petition "
                                 "principle principles law bill decree order".split())
#: Things a firm owns or runs, whose definite mention ("the campus", "the servers") stands for
#: the firm in a clause about buying or running compute.
_OWNED_THINGS = frozenset("""
    campus cluster clusters supercomputer machine facility centre center halls servers processors chips
    gpus accelerators equipment hardware infrastructure model assistant chatbot app platform system
""".split())
#: Nouns for a firm that makes things: "the start-up behind the chatbot Amica".
_MAKER_DESCRIPTIONS = frozenset("company firm startup start-up developer group lab laboratory maker team "
                                "outfit business unit".split())
#: Buying a firm: a cleared purchase regulates the buyer ("approved Humain's purchase of X").
_BUYING_NOUNS = frozenset("acquisition takeover purchase buyout".split())
#: What a buyer reviews, screens or vets of a seller's, as no regulator ("reviewing bids from Thales").
_PROCUREMENT_PAPERS = frozenset("bid bids tender tenders proposal proposals submission submissions quote quotes "
                                "candidate candidates supplier suppliers vendor vendors".split())
#: Verbs of buying and selling a company: "bought in a deal with X" is no partnership.
_BUYING_VERBS = frozenset("buy acquire purchase sell take".split())
#: Deals whose parties a regulator's inquiry into them is about.
_DEAL_NOUNS = frozenset("agreement deal partnership merger acquisition takeover purchase arrangement contract tie-up".split())
#: Most parties a joint act makes pairwise partners of ("X, Y and Z signed a memorandum").
_MAX_PARTNERS = 3
#: Plural nouns for a country's businesses: "Russian companies" stand for Russia when sanctioned.
_ACTOR_GROUP_NOUNS = frozenset("""
    companies firms banks developers labs entities exporters buyers fabs chipmakers customers designers makers
    groups operators providers startups start-ups lenders carriers giants
""".split())
#: Nouns for a bloc's members: "BRICS members", "member states of the SCO", "the two
#: heavyweights of the Gulf Cooperation Council".
_BLOC_MEMBER_NOUNS = frozenset("""
    member state country nation economy government heavyweight founder signatory holdout
""".split())
#: Nouns that describe a firm ("a test-equipment maker from Reutlingen"): the linker's firm nouns
#: and a few more a description uses.
_FIRM_DESCRIPTION_NOUNS = _FIRM_NOUNS | frozenset(
    "maker producer specialist provider house laboratory retailer business".split())
#: Verbs that put their subjects in a contest ("locked in fierce competition").
_CAUGHT_IN_VERBS = frozenset("lock engage embroil entangle mire catch involve".split())
#: Verbs that put someone in a post ("named chairman", "promoted to chief executive").
_APPOINTING_VERBS = frozenset("name appoint elect promote make choose install".split())
#: Nouns of a spell at a firm ("after six years at Synopsys").
_SPELL_NOUNS = frozenset("year month decade stint spell career tenure".split())
#: Verbs of a who-clause that say where someone works ("who led the model team at Tencent").
_WORKING_VERBS = frozenset("""
    work lead run head manage oversee direct serve track cover research build spend teach advise be
    develop design engineer coordinate supervise
""".split())

#: Plural nouns that refer back to two named entities ("the two companies", "both countries").
_PLURAL_NOUNS = {
    **dict.fromkeys(["companies", "firms", "groups", "start-ups", "startups", "chipmakers", "labs", "banks",
                     "businesses", "developers", "giants", "pair", "partners", "rivals"], {"Company", "ResearchOrganization"}),
    **dict.fromkeys(["countries", "nations", "governments", "states", "sides", "neighbours", "neighbors",
                     "economies", "allies"], {"Country", "Bloc"}),
    **dict.fromkeys(["members"], {"Country", "Company", "ResearchOrganization"}),
    **dict.fromkeys(["men", "women", "executives", "founders"], {"Person"}),
}

#: How many a definite plural counts ("the four countries").
_COUNT_WORDS = {w: n for n, w in enumerate("two three four five six seven eight nine ten".split(), start=2)} | {
    str(n): n for n in range(2, 11)}

#: Verbs of choosing a supplier ("picked Huawei to supply the equipment") and the tasks it is chosen for.
_PICKING_VERBS = frozenset("pick choose select tap hire appoint engage".split())
_PICKED_FOR_TASKS = frozenset("supply provide deliver ship build make manufacture install equip".split())
#: ... and the roles it is chosen as ("hired by Cassiopee as integrator").
_PICKED_AS_ROLES = frozenset("integrator contractor subcontractor supplier vendor provider installer builder "
                             "manufacturer assembler".split())
#: Where goods are made: "assembled at Jabil's plant in Guadalajara".
_PLANT_NOUNS = frozenset("plant plants factory factories fab fabs facility facilities line lines site works".split())
#: What one subscribes to that is a stake: "subscribed for new shares", "to the capital increase".
_SUBSCRIBED_NOUNS = frozenset({"stake", "share", "shares", "holding", "equity", "interest", "increase", "issue"})
#: Verbs of forecasting, whose subject describes a market rather than owning what the paragraph lists.
_FORECASTING_VERBS = frozenset("expect estimate forecast predict project see".split())
#: Heads of a bloc's or a pact's name ("the Chip 4 alliance").
_BLOC_HEAD_NOUNS = frozenset("agreement pact treaty bloc alliance grouping union accord compact club framework "
                             "initiative partnership dialogue forum group".split())
#: Nouns a company's name can stand before as the head: "the Yandex company".
_NAME_HEAD_NOUNS = frozenset({"company", "corporation", "corp", "holding", "concern", "consortium",
                              # "Russia's Kupol plant": the plant is Kupol, not Russia
                              "plant", "factory", "fab", "works", "shipyard"})

#: Lemmas the small English pipeline gets wrong ("fined" -> "fin").
_LEMMA_FIXES = {"fin": "fine", "bann": "ban", "instal": "install"}

#: Verbs of starting a venture ("founded in 2022 with backing from Toyota").
_FOUNDING_VERBS = frozenset("found co-found set establish launch start create form build open incorporate spin".split())
#: "thrown its weight behind", "rallied behind": "behind" that means support, not trailing.
_SUPPORTING_BEHIND = frozenset("rally unite line throw".split())
#: "Stauffen's second-largest market (customer, shareholder) after Germany": a firm's, not a ranking's.
_OWNED_RANKS = frozenset("market customer client supplier shareholder investor source destination".split())
#: What a buyer's or backer's deals are called ("Nvidia's third Israeli acquisition").
_DEAL_WORDS = frozenset("acquisition purchase takeover deal investment bet buy".split())
#: Those listed along with a firm as "its": "Qingluan and its subsidiary", "the company, its unit
#: Khangai and its founder".
_LISTED_RELATIONS = frozenset("""
    subsidiary subsidiaries affiliate affiliates unit units arm division parent founder founders chairman
    chairwoman executive executives director directors owner owners shareholder shareholders""".split())
#: What a firm files with a regulator.
_FILED_PAPERS = frozenset("notice notification filing application registration submission".split())
#: Verbs of handing goods over, which an order or contract may be fulfilled "under".
_DELIVERING_VERBS = frozenset("ship deliver supply provide install build make produce manufacture assemble".split())
#: ... of those, the ones that hand over what was bought whatever the deal ("building Stargate
#: under a contract with Oracle" builds for oneself).
_HANDING_OVER_VERBS = frozenset("ship deliver supply provide".split())
#: Verbs by which a seller gets an order or contract.
_WINNING_VERBS = frozenset("win receive secure land get book bag".split())
#: "his largest customer, ahead of X": who ranks among one firm's customers or owners.
_PARTY_RANKS = frozenset("customer client shareholder investor backer buyer lender tenant".split())
#: Goods that are hardware or parts (not data, power or models), which a firm "gets from" a maker
#: even where the text names no buyer (the article's firm is meant).
_UNOWNED_GOODS = (_HARDWARE_NOUNS | _PARTS) - {"data", "power", "models", "network", "networks", "software", "capacity", "compute"}
#: Words that make customers someone's prospects or past, not current customers.
_NOT_CURRENT = frozenset("potential prospective target former would-be future possible likely".split())
#: Words that keep a description from being presupposed ("a potential rival", "its former unit").
_UNSETTLED_DESCRIPTION = _NOT_CURRENT | frozenset("""no not never ex alleged reportedly rumoured rumored purported
    so-called""".split())
#: Corrections: what "an earlier version of this story said" or "incorrectly reported" is taken back.
_REPORTING_VERBS = frozenset("say report state describe identify name give call suggest write list attribute".split())
_RETRACTING_VERBS = frozenset("misstate misreport misidentify misattribute".split())
_WRONGLY = frozenset("incorrectly erroneously wrongly mistakenly inaccurately falsely".split())
#: Descriptions that are kinds of bodies ("the committee"), which refer to a body so called.
_BODY_WORDS = frozenset("ministry agency department commission office authority bureau administration council "
                        "committee".split())
#: Last words of an investor's or lender's name ("Korea Development Bank", "Kaszek Ventures").
_INVESTOR_NAME_WORDS = frozenset("Bank Fund Capital Ventures Partners Investments Investment Authority Holdings "
                                 "Fonds Gruenderfonds".split())
#: Nouns that describe an investor rather than the firm invested in.
_INVESTOR_DESCRIPTIONS = frozenset("investor backer fund lender bank financier shareholder vc".split())


def _investor_named(m: "Mention") -> bool:
    # (the last word, or the head before "of"/"for": "European Bank for Reconstruction and Development")
    words = m.entity.label.split()
    if len(words) > 2 and words[-1] == "Group":
        words = words[:-1]  # "Shenzhen Capital Group"
    return words[-1] in _INVESTOR_NAME_WORDS or any(
        w in _INVESTOR_NAME_WORDS and nxt in ("of", "for") for w, nxt in zip(words, words[1:]))


#: Words that may refer back ("up" ends "start-up"): the anaphora pass looks at these only.
_ANAPHOR_WORDS = set(_PRONOUNS) | _RELATIVES | set(_DEFINITES) | {"up"}


def _phrase_head(tok: "Token") -> "Token":
    """The noun a name's words modify: "chips" for "Trainium" in "the Trainium chips designed by AWS"."""
    while tok.dep_ in ("compound", "nmod", "amod") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _round_word(tok: "Token") -> bool:
    """A funding round's noun: "round", "financing", "Series B"."""
    return tok.lemma_.lower() in ("round", "placement", "financing", "raise", "funding", "fundraising", "fundraise") \
        or tok.text in ("A", "B", "C", "D", "E", "F") and tok.i > 0 and tok.nbor(-1).text == "Series"


_WHOLE_PART_WORDS = _PART_WORDS | _FRACTIONS | {"portion", "percent"}
#: "we" in quotation marks, as a filing's definition of the firm writes it ('"we," "us" or "our"').
_QUOTED_WE = re.compile('["\u201c][Ww]e\\b')
#: Descriptions that name a relation to another firm ("AMD, its main rival,"): "its" there is the other firm's.
_RELATIONAL_APPOSITIONS = frozenset("""rival competitor peer challenger subsidiary unit arm division affiliate parent
    owner customer client supplier vendor partner investor backer shareholder""".split())
#: Possessed nouns whose owner a buyer does buy ("bought out Tlaloc's founders", "bought into Kestrel's shares").
_BOUGHT_OWNERS = frozenset("founder shareholder owner investor holder backer".split())


def _whole_of_part(tok: "Token") -> "Token":
    """ "builds about a third of Obsidian's racks", "makes 40 percent of its chips": the racks,
    when the object is a part of them."""
    if tok.lemma_.lower() in _WHOLE_PART_WORDS:
        return next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"), tok)
    return tok


def _part_of_equity(tok: "Token") -> "Token":
    """ "sold about a third of its holding in X", "bought 150 billion won of newly issued shares in
    X": the holding, when the object is a part or an amount of one."""
    if tok.lemma_.lower() in _FRACTIONS | {"part", "portion", "most", "some", "all", "bulk", "half"} \
            or tok.ent_type_ == "MONEY" or any(c.ent_type_ == "MONEY" for c in tok.children):
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                held = next((g for g in prep.children if g.dep_ == "pobj" and g.lemma_ in _EQUITY_NOUNS), None)
                if held is not None:
                    return held
    return tok


_ENFORCEMENT_WORDS = frozenset("prosecution non-prosecution plea settlement consent leniency".split())


def _denial_order(tok: "Token") -> bool:
    """ "a temporary denial order": an export ban on whoever it is issued against."""
    return tok.lemma_ == "order" and any(c.lower_ == "denial" for c in tok.children)


def _enforcement_deal(tok: "Token") -> bool:
    """ "a deferred-prosecution agreement", "a settlement agreement", "a plea deal", "a consent
    agreement", "a settlement": what a prosecutor or regulator agrees with a firm it pursues."""
    if tok.lemma_.lower() == "settlement":
        return True
    return tok.lemma_.lower() in ("agreement", "deal", "order") and any(
        t.lower_ in _ENFORCEMENT_WORDS for t in tok.doc[tok.left_edge.i:tok.i])


def _corporate_unit(tok: "Token") -> bool:
    """ "sold its chip unit to X" is a business changing hands; "sold lidar units to X" or "500
    units" are products: a plural unit noun without a possessor counts goods."""
    return tok.tag_ != "NNS" or any(c.dep_ == "poss" for c in tok.children)


def _percent_of(tok: "Token") -> list["Token"]:
    """What a percentage is of ("49 per cent of Polaris Data Center": Center), if tok is one."""
    if tok.lower_ not in ("percent", "cent", "%", "pct"):
        return []
    return [g for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for g in prep.children if g.dep_ == "pobj"]


def _percent_of_unit(tok: "Token") -> bool:
    """ "sells 49% of its AI data-centre unit": a share of a business, not of goods."""
    return any(g.lemma_ in _UNIT_NOUNS and g.tag_ == "NN" for g in _percent_of(tok))


#: What a designation release counts before its list: "is designating eight entities and three
#: individuals".
_DESIGNATED_GROUPS = frozenset("entities individuals persons people companies firms targets".split())

#: What an organisation owns and a supplier equips, powers or runs: supplying "the network of
#: Irancell" supplies Irancell.
_ASSET_NOUNS = frozenset("""network networks campus campuses centre center centres centers facility facilities
cloud platform factory plant cluster clusters infrastructure fleet hall halls site sites""".split())


@lru_cache(maxsize=1)
def _tokens_ending_in_s(doc: "Doc") -> list["Token"]:
    """Conjoined nouns ending in "s" (candidate verbs the parser misread), found from the
    attribute arrays rather than by building a Token per word."""
    from spacy.attrs import DEP, TAG

    strings = doc.vocab.strings
    conj, nouns = strings.add("conj"), {strings.add("NNS"), strings.add("NN")}
    rows = doc.to_array([DEP, TAG]).tolist()
    return [doc[i] for i, (dep, tag) in enumerate(rows) if dep == conj and tag in nouns and doc[i].lower_.endswith("s")]


def load_patterns() -> dict:
    """Trigger lexicon of the rules (ontology/relation_patterns.json)."""
    data = json.loads((ontology_dir() / "relation_patterns.json").read_text(encoding="utf-8"))
    titles = data["titles"]
    data["title_words"] = set()
    for key in ("leader", "employee", "founder", "modifiers"):
        for phrase in titles[key]:
            data["title_words"].update(phrase.split())
    data["title_words"].update({"co", "-"})
    # Plurals cover lists ("researchers David Ha and Llion Jones"); "and" joins two titles
    # ("chairman and CEO C.C. Wei").
    data["title_words"].update({w + "s" for w in list(data["title_words"]) if w.isalpha() and len(w) > 3})
    data["title_words"].add("and")
    data["origin_nouns"] = set(data["org_nouns"]) | {"megabank", "rival", "supplier", "customer", "entity"}
    data["planned"] = set(data["hedges"]["planned"])
    data["reported"] = set(data["hedges"]["reported"])
    data["denied"] = set(data["hedges"]["denied"])
    return data


def _verb_form_in(tok: "Token", verbs) -> bool:
    """Whether a word the tagger may have read as a noun is one of verbs: by its lemma, or its
    form less an "s" or "es" ("supplies" read as a plural noun, lemma "supply" lost)."""
    return tok.lemma_.lower() in verbs or tok.lower_[:-1] in verbs or tok.lower_[:-2] in verbs


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
        self.patterns: dict | None = None

    def configure(self, *, gazetteer: "Gazetteer", linker: "EntityLinker") -> None:
        self.gazetteer = gazetteer
        self.linker = linker
        self.patterns = load_patterns()  # read once, not per text

    def __call__(self, doc: "Doc") -> "Doc":
        if self.linker is None or self.gazetteer is None:
            raise ValueError("aigraph_relations needs configure(gazetteer=..., linker=...) before use")
        try:
            mentions = self.linker.link(doc)
        except Exception as err:  # noqa: BLE001 - as below: one odd text must not stop a whole ingest
            _log.warning("entity linking failed on a text starting %r (%s: %s); its entities and facts were skipped",
                         doc.text[:60], type(err).__name__, err)
            doc._.aigraph_mentions, doc._.aigraph_facts = [], []
            return doc
        try:
            view = DocRules(doc, mentions, self.gazetteer, patterns=self.patterns)
            doc._.aigraph_mentions = view.mentions
            doc._.aigraph_facts = view.facts()
        except Exception as err:  # noqa: BLE001 - one odd text must not stop a whole ingest
            # The rules are heuristics over a statistical parse of any text: a failure on one text
            # costs that text's facts (its entities are kept) and is reported, not raised.
            _log.warning("relation rules failed on a text starting %r (%s: %s); its facts were skipped",
                         doc.text[:60], type(err).__name__, err)
            doc._.aigraph_mentions = mentions
            doc._.aigraph_facts = []
        return doc


def _tokens_among_verbs(doc: "Doc", lemmas: frozenset[str]) -> list["Token"]:
    """The verbs among lemmas, found through their inflected forms (no Token per word)."""
    forms = _VERB_FORMS.get(lemmas)
    if forms is None:
        forms = _VERB_FORMS[lemmas] = frozenset(
            f for w in lemmas for f in (w, w + "s", w + "d" if w.endswith("e") else w + "ed",
                                        (w[:-1] if w.endswith("e") else w) + "ing", w + "es",
                                        *((w[:-1] + "ies", w[:-1] + "ied") if w.endswith("y") else ()),
                                        w + w[-1] + "ed", w + w[-1] + "ing"))  # ("shipped": a doubled consonant)
    return [t for t in _tokens_among(doc, forms) if t.pos_ == "VERB" and t.lemma_ in lemmas]


_VERB_FORMS: dict[frozenset, frozenset] = {}


class DocRules:
    """The rules applied to one Doc."""

    def __init__(self, doc: "Doc", mentions: list["Mention"], gazetteer: "Gazetteer", *,
                 patterns: dict | None = None):
        self.doc = doc
        self.gazetteer = gazetteer
        self.p = patterns if patterns is not None else load_patterns()
        self._chains: dict[tuple[int, bool], tuple["Mention", list["Mention"]]] = {}  # (see chain)
        self._roots: dict[tuple[int, int], "Token"] = {}  # (see root)
        self._name_ends: "dict[str, list[int]] | None" = None  # (see _times_named)
        self._descriptions_by_sent: dict[int, list[tuple[int, int]]] = {}  # (see _descriptions)
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._name_starts = [m.start for m in self.mentions]  # (for anaphora resolution, see _placed_alike)
        self.mentions += self._resolve_anaphora()
        self.mentions.sort(key=lambda m: m.start)
        # Mention starts, sorted, so the mentions of a token range are found by bisection: a text
        # with tens of thousands of mentions must not cost a scan of all of them per sentence.
        self._starts = [m.start for m in self.mentions]
        self.at: dict[int, Mention] = {}
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.at.setdefault(i, m)
        self.plural_of: dict[int, list[Mention]] = {}
        self.out: list[Candidate] = []
        # Verbs the parser left without their subject, and the names it ran into a list instead
        # (see _misparsed_verbs): read by clause_subject and chain().
        self.lost_subjects: dict[int, Mention] = {}
        self._stolen_subjects: set[int] = set()
        self.forced = self._misparsed_verbs()
        self.plural_of = self._resolve_plurals()
        self.makers = self._maker_nouns()

    # ------------------------------------------------------------------ mention helpers

    def _maker_nouns(self) -> dict[int, tuple["Mention", list["Mention"]]]:
        """ "the ChatGPT maker", "the maker of the Claude models", "Moonshot AI, the developer
        of Kimi": a maker noun names the model's developer. Who that is: the name the noun is
        in apposition to or predicated of, else the developer the gazetteer knows for the model
        when the article names it. token index -> (maker, models)."""
        from .extract import Mention, _tokens_among

        found = {}
        for tok in _tokens_among(self.doc, _MAKER_NOUNS):
            if tok.pos_ != "NOUN":
                continue
            models = [m for c in tok.children if c.dep_ in ("compound", "nmod", "amod")
                      for m in [self.mention_at(c)] if m is not None and m.entity.cls == "AIModel"]
            models += [m for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
                       for c in prep.children if c.dep_ == "pobj"
                       for m in self.np_mentions(c, role="object", owners=False) if m.entity.cls == "AIModel"]
            if not models:
                continue
            makers = [m for m in self._fillers(tok) if m.entity.cls != "AIModel"]
            if not makers:
                named = {m.entity.iri: m for m in self.mentions if m.kind == "name"}
                for s in sorted(self.gazetteer.subjects("develops", models[0].entity.iri)):
                    if s in named:
                        makers = [Mention(tok.i, tok.i + 1, named[s].entity, "anaphor")]
                        break
            if makers:
                found[tok.i] = (makers[0], models)
        return found

    def rule_maker(self, tok: "Token") -> None:
        maker, models = self.makers[tok.i]
        self.add([maker], "develops", models, 0.8, "noun:maker", tok)

    def _misparsed_verbs(self) -> dict[int, "Mention"]:
        """ "Meta competes with OpenAI", "TSMC supplies Nvidia": at the start of a sentence the
        small parser often reads a name + verb as an adjective + plural noun. A trigger verb right
        after a sentence-initial name that hangs on it is a verb, and the name its subject."""
        verbs = self.p["verbs"]
        forced = {}
        for first in self.mentions:
            if first.kind == "demonym" or first.end >= len(self.doc):
                continue
            tok = self.doc[first.end]
            # ("San Francisco-based Scale supplies ...": a based-phrase before the name)
            # ("Nvidia is the largest: Lumenvale ships ...": after a colon or semicolon too)
            # ("Because the United States sanctions Iran, ...": after a subordinating conjunction)
            sentence_initial = first.start <= tok.sent.start + 1 or self.doc[first.start - 1].text in (":", ";") or (
                first.start == tok.sent.start + 2 and self.doc[tok.sent.start].dep_ == "mark"
                and self.doc[first.start - 1].pos_ == "DET") or all(
                t.pos_ == "PROPN" or t.text in ("-", ",") or t.lower_ in ("based", "headquartered")
                for t in self.doc[tok.sent.start:first.start]) and self.doc[first.start - 1].lower_ == "based"
            # ("Beyond Nvidia, SK hynix ships HBM3E to AMD": after a fronted phrase set off by a comma)
            # ("..., while Lite-On Technology ships units to Foxconn": after a clause's conjunction)
            sentence_initial = sentence_initial or first.start >= 2 and self.doc[first.start - 2].text == "," \
                and self.doc[first.start - 1].lower_ in ("while", "whereas", "but", "and", "although", "though")
            sentence_initial = sentence_initial or first.start >= 2 and self.doc[first.start - 1].text == "," \
                and self.doc[tok.sent.start].pos_ in ("ADP", "ADV", "SCONJ") and not any(
                    t.pos_ in ("VERB", "AUX") or t.text == "," for t in self.doc[tok.sent.start:first.start - 1])
            # ("memory that AMD sources from Samsung": a relative clause's subject)
            sentence_initial = sentence_initial or first.start >= 2 and self.doc[first.start - 1].lower_ in ("that", "which") \
                and self.doc[first.start - 2].pos_ == "NOUN" and first.end + 1 < len(self.doc) \
                and self.doc[first.end + 1].lower_ in ("from", "to")
            if first.kind == "relative" and tok.dep_ == "nsubj" and tok.tag_ == "NNS" and tok.head.i == tok.i + 1 \
                    and self.root(first).head.i == tok.head.i and tok.lower_.endswith("s") and _verb_form_in(tok, verbs):
                # "Micron, which ships HBM3E to Nvidia": the verb read as a noun, the product's name
                # as the verb, and the pronoun as its object
                forced[tok.i] = first
                continue
            if not sentence_initial and not (tok.dep_ in ("ROOT", "conj") and any(c.dep_ == "dobj" for c in tok.children)):
                continue  # mid-sentence only when the "noun" heads a clause and takes an object
            if tok.tag_ not in ("NNS", "NN", "NNP", "NNPS", "VBZ") or any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                continue
            if self.root(first).head.i != tok.i or not tok.lower_.endswith("s"):
                continue
            if _verb_form_in(tok, verbs):
                forced[tok.i] = first
        for first in self.mentions:
            # "Foxconn, the largest assembler of Nvidia's systems, supplies trays to Nvidia": a verb
            # after a name's apposition, read as a plural noun coordinated with the name
            root = self.root(first)
            if first.kind != "name" or root.dep_ not in ("nsubj", "ROOT") or first.end >= len(self.doc) \
                    or self.doc[first.end].text != ",":
                continue
            for tok in root.children:
                if tok.dep_ == "conj" and tok.tag_ in ("NNS", "VBZ") and tok.i not in forced and tok.lower_.endswith("s") \
                        and self.doc[tok.i - 1].text == "," and any(c.dep_ == "dobj" for c in tok.children) \
                        and any(c.dep_ == "appos" for c in root.children) \
                        and _verb_form_in(tok, verbs):
                    forced[tok.i] = first
            for noun in root.children:
                # ("Quanta Computer, a Taiwanese server maker, ships racks to Meta": the verb read as
                # a compound of its object, which the parser took for a second apposition)
                # ("Naura Technology Group, based in Beijing, supplies etching tools to SMIC": after
                # a based-phrase set off by commas, the verb read as the object's first modifier)
                if noun.dep_ != "appos":
                    continue
                tok = next((c for c in noun.children if c.dep_ in ("compound", "nmod")), noun)
                if tok.dep_ in ("compound", "nmod") and tok.i not in forced \
                        and tok.tag_ in ("NNS", "VBZ") and tok.lower_.endswith("s") and self.doc[tok.i - 1].text == "," \
                        and any(c.dep_ in ("appos", "acl") and c.i < tok.i for c in root.children) \
                        and _verb_form_in(tok, verbs):
                    forced[tok.i] = first
        # "FuriosaAI merged with Sapeon and competes with Groq": a second verb read as a plural
        # noun coordinated with the first; it shares the first verb's subject.
        for tok in _tokens_ending_in_s(self.doc):
            if tok.dep_ != "conj" or tok.head.pos_ != "VERB" and tok.head.i not in forced or tok.tag_ not in ("NNS", "NN") or tok.i in forced \
                    or any(c.dep_ in ("det", "poss", "amod", "nummod", "compound") for c in tok.children):
                continue
            if not _verb_form_in(tok, verbs):
                continue
            # (the subject's own name before a name inside it: not "Paris" in "Paris-based Mistral AI")
            subject = next((self.at[c.i] for c in tok.head.children if c.dep_ == "nsubj" and c.i in self.at
                            and self.at[c.i].kind != "demonym"), None) or next(
                (self.at[t.i] for c in tok.head.children if c.dep_ == "nsubj"
                 for t in c.subtree if t.i in self.at and self.at[t.i].kind != "demonym"), None)
            if subject is not None:
                forced[tok.i] = subject
        for tok in _tokens_ending_in_s(self.doc):
            # "Foxconn is building a plant in Guadalajara, Jalisco, and already ships racks to
            # Microsoft": a verb after "and" read as a noun coordinated with a place, though it
            # takes an object; it shares the main clause's subject.
            root = tok.sent.root
            if tok.dep_ != "conj" or tok.i in forced or tok.tag_ != "NNS" or tok.head.pos_ not in ("NOUN", "PROPN") \
                    or not any(c.dep_ == "dobj" for c in tok.children) or root.pos_ not in ("VERB", "AUX") \
                    or root.i > tok.i:
                continue
            k = tok.i - 1
            while k > 0 and self.doc[k].dep_ == "advmod":
                k -= 1
            if self.doc[k].lower_ != "and" or not _verb_form_in(tok, verbs):
                continue
            subject = next((self.at[t.i] for c in root.children if c.dep_ == "nsubj"
                            for t in c.subtree if t.i in self.at and self.at[t.i].kind == "name"), None)
            if subject is not None:
                forced[tok.i] = subject
        for named in self.mentions:
            # "Wiwynn, the server maker controlled by Wistron, ships mainly to Microsoft": a verb
            # read as a plural noun in apposition to the name (or coordinated with its apposition).
            if named.kind != "name":
                continue
            root = self.root(named)
            appositions = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
            for tok in appositions + [g for c in appositions for g in c.children if g.dep_ == "conj"]:
                if tok.i in forced or tok.tag_ != "NNS" or self.doc[tok.i - 1].text != "," \
                        or any(c.dep_ in ("det", "poss", "amod", "nummod", "compound") for c in tok.children) \
                        or not any(c.dep_ == "prep" for c in tok.children):
                    continue
                if _verb_form_in(tok, verbs):
                    forced[tok.i] = named
        for sub in self.mentions:
            # "Auras Technology and AVC both ship to Foxconn": a noun with a subject is a verb.
            tok = self.root(sub)
            verb = tok.head
            if tok.dep_ != "nsubj" or verb.pos_ != "NOUN" or verb.i in forced or verb.i < tok.i or sub.kind == "demonym" \
                    or any(c.dep_ in ("poss", "amod", "nummod", "compound") for c in verb.children):
                continue
            if verb.lemma_.lower() in verbs or verb.lower_[:-1] in verbs or verb.lower_ in verbs:
                forced[verb.i] = sub
        for last in self.mentions:
            # "a subsidiary of Kyma Holdings, a Limassol-based group, and Piraeus Bank and the
            # Hellenic Development Bank took minority stakes in it": the parser ran the list on into
            # the next clause's subject, and left its verb without one. The names after ", and"
            # are that verb's subject, not the list's.
            verb = self.doc[last.end] if last.end < len(self.doc) else None
            if verb is None or last.kind != "name" or verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") \
                    or verb.i in forced or verb.i in self.lost_subjects or verb.head.i > last.start \
                    or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
                continue
            node = self.root(last)
            for _ in range(6):
                left = node.left_edge.i
                if left >= 2 and self.doc[left - 1].lower_ == "and" and self.doc[left - 2].text == "," \
                        and node.dep_ == "conj":
                    break
                if node.dep_ != "conj" or node.head.dep_ != "conj":
                    node = None
                    break
                node = node.head
            else:
                node = None
            # ("..., and Japan's Sojitz took a stake": the head's name, not its possessor's)
            first = self.at.get(node.i) if node is not None else None
            if first is not None and first.kind == "name" and node.head.i > verb.head.i:
                self.lost_subjects[verb.i] = first
                self._stolen_subjects.update(range(node.left_edge.i, first.end))
        for named in self.mentions:
            # "In western Pennsylvania, Keystone Ridge Energy, a gas-fired project, is backed by
            # Apollo": the parser ran the opening phrase's place on into the subject, and left the
            # verb without one.
            node = self.root(named)
            if named.kind != "name" or named.entity.cls not in ("Company", "ResearchOrganization", "GovernmentBody") \
                    or node.dep_ != "conj" or node.head.dep_ != "pobj" or node.left_edge.i < 1 \
                    or self.doc[node.left_edge.i - 1].text != ",":
                continue
            prep = node.head.head
            verb = prep.head
            if prep.dep_ != "prep" or prep.i != prep.sent.start or verb.pos_ not in ("VERB", "AUX") or verb.i < named.end \
                    or verb.i in forced or verb.i in self.lost_subjects \
                    or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
                continue
            self.lost_subjects[verb.i] = named
            self._stolen_subjects.update(range(node.left_edge.i, named.end))
        return forced

    def _resolve_anaphora(self) -> list["Mention"]:
        """Relative pronouns, personal pronouns and definite descriptions -> the entity they
        stand for (see _relative, _pronoun_antecedent, _definite)."""
        from .extract import Mention

        doc, found = self.doc, []
        self._found = found
        sents = list(doc.sents)
        sent_index = {s.start: n for n, s in enumerate(sents)}
        sent_starts = [s.start for s in sents]
        taken = {i for m in self.mentions for i in range(m.start, m.end)}
        self.relative_of: dict[int, "Mention"] = {}  # relative pronoun -> its antecedent
        from .extract import _tokens_among

        for tok in _tokens_among(doc, _ANAPHOR_WORDS):
            if tok.i in taken:
                continue
            if tok.lower_ in _RELATIVES:
                m = self._relative(tok)
                if m is not None:
                    found.append(Mention(tok.i, tok.i + 1, m.entity, "relative"))
                    self.relative_of[tok.i] = m
                continue
            classes, start = None, tok.i
            if tok.lower_ in _PRONOUNS and tok.pos_ == "PRON":
                classes = _PRONOUNS[tok.lower_]
            else:
                start = self._definite(tok, taken)
                if start is not None:
                    classes = _DEFINITES[self._definite_word(tok)]
            if not classes:
                continue
            sent_start = tok.sent.start
            n = sent_index[sent_start]
            window_start = sents[n - 1].start if n > 0 else sent_start
            pool = [m for m in self.mentions + found if m.kind in ("name", "anaphor", "relative")]
            excluded = self._relative_antecedents(tok, found)
            # "Karmel now operates as a subsidiary of the ... chipmaker": not Karmel, under any name.
            # ("Meta, which buys the company's modules": nor the one a relative pronoun stands for)
            excluded |= {m.entity.iri for m in pool if sent_start <= m.start < tok.i and m.kind in ("name", "relative")
                         and self._bound(tok, m)}
            # "AMD, its main rival, designs ...": not the name the apposition "its" opens describes
            # (but "Bayanihan Compute, a startup founded by its chief executive" is the startup's)
            # (nor "Huawei, its chip-design unit HiSilicon": a list whose next item has its own name)
            if tok.dep_ == "poss" and tok.head.dep_ == "appos" and tok.head.lemma_.lower() in _RELATIONAL_APPOSITIONS and not any(
                    m.kind == "name" and tok.head.left_edge.i <= m.start <= tok.head.right_edge.i for m in pool):
                described = tok.head.head.i
                excluded |= {m.entity.iri for m in pool if m.kind == "name" and m.start <= described < m.end}
            def candidates(first: int) -> list["Mention"]:
                # (a name the parser cut by a sentence break counts where it ends)
                return sorted((m for m in pool if first < m.end and m.end <= start
                               and m.entity.cls in classes and not self._bound(tok, m)
                               and m.entity.iri not in excluded), key=lambda m: m.start)

            antecedents = candidates(window_start)
            if tok.lower_ not in _PRONOUNS:
                antecedents = self._placed_alike(tok, antecedents)
                # "X, a former Google DeepMind researcher who co-founded the company": a name
                # that only qualifies someone's role is not what "the company" refers back to.
                antecedents = [m for m in antecedents if not (m.start >= sent_start and self._role_modifier(m))]
            if not antecedents and tok.lower_ not in _PRONOUNS and n >= 2:
                # "... Sensyn. The price was not disclosed. The start-up was set up by ...": a
                # description may reach back over a sentence that names nobody.
                antecedents = [m for m in candidates(sents[max(0, n - 3)].start) if not self._role_modifier(m)]
                antecedents = self._placed_alike(tok, antecedents)
            if not antecedents and tok.lower_ in _PRONOUNS:
                continue
            word = tok.lower_ if tok.lower_ in _PRONOUNS else self._definite_word(tok)
            if word in ("startup", "start-up", "company", "firm", "developer", "group", "operator") \
                    and any(not self._investor_like(m, word) for m in antecedents):
                # "KT is Rebellions' largest shareholder, and Korea Development Bank also holds a
                # stake in the startup"; "Mubadala, the Abu Dhabi sovereign investor, acquired a stake
                # in Caspian Neural Systems. The company, founded in 2021 by ...": a bank, a fund or
                # a backer is not the company a funding story is about.
                antecedents = [m for m in antecedents if not self._investor_like(m, word)]
            if word in ("model", "chatbot", "assistant"):
                # "equipped with H200 graphics processing units ... trained the model": a chip the
                # text calls hardware anywhere is not the model meant.
                hardware = {m.entity.iri for m in pool if m.end < len(doc)
                            and (doc[m.end].lower_ in _HARDWARE_NOUNS or doc[m.end].lower_ == "graphics")}
                antecedents = [m for m in antecedents if m.entity.iri not in hardware]
            if word in _BODY_WORDS:
                # "the committee" is a body called a committee, not the last agency named ("X,
                # Director-General of the Signals Directorate, told the committee").
                # (A name in another language or an acronym says nothing: "the authority" may be
                # the Garante.)
                antecedents = [m for m in antecedents if word in m.entity.label.lower()
                               or word == "office" and "ministry" in m.entity.label.lower()
                               or not _BODY_WORDS & set(m.entity.label.lower().split())]
            if word in ("institute", "university", "lab", "laboratory"):
                # "the Japanese institute" after "the Japan AI Safety Institute ... Rapidus": one so
                # named, if any (a public body only then)
                so_named = [m for m in antecedents if word in m.entity.label.lower().split()]
                antecedents = so_named or [m for m in antecedents if m.entity.cls != "GovernmentBody"]
            if word == "bank":
                # "the bank fined Kopa Haraka" after "the Bank of Tanzania ... Tembo Credit": one
                # named a bank, if any (a central bank is a public body named a bank); no other
                # public body is "the bank"
                banks = [m for m in antecedents if _BANK_WORDS & set(m.entity.label.split())]
                antecedents = banks or [m for m in antecedents if m.entity.cls == "Company"]
            named_alike = [m for m in pool if m.end <= start and m.entity.cls in classes and not self._bound(tok, m)
                           and (m.entity.label.lower().split()[-1] in (word, word + "s")
                                and word not in ("group", "company", "corporation")  # (words any firm's name may end in)
                                # ("the ministry" paragraphs after "the Ministry of Economy, Trade and
                                # Industry": a public body's head comes before its "of")
                                or word in _BODY_WORDS and m.entity.cls == "GovernmentBody"
                                and m.entity.label.lower().split(" of ")[0].split()[-1] == word
                                or word == "bank" and _BANK_WORDS & set(m.entity.label.split()))]
            if named_alike and tok.lower_ not in _PRONOUNS:
                # ("the Japanese institute" after "Japan AI Safety Institute ... Britain's AI Security
                # Institute": the one placed alike)
                named_alike = self._placed_alike(tok, named_alike)
            the = next((j for j in range(start, max(start - 9, 0), -1) if doc[j].lower_ == "the"), None)
            apposed = [m for m in pool if m.end == the - 1 and doc[m.end].text == ","] \
                if tok.lower_ not in _PRONOUNS and the is not None else []
            if apposed and tok.dep_ == "poss":
                # "SK hynix Inc., the group's chip unit", "Alibaba Cloud, the group's cloud
                # subsidiary": the group is another, whose name the unit's shares or whom the
                # gazetteer knows as its parent (else nothing: the description's own name).
                unit = apposed[0]
                parents = self.gazetteer.objects(unit.entity.iri, "subsidiaryOf")
                first = unit.entity.label.split()[0]
                owners = [m for m in antecedents if m.entity.iri != unit.entity.iri and m.entity.cls in classes
                          and (m.entity.iri in parents or m.entity.label.split()[0] == first)]
                apposed = owners[-1:] or apposed
            # ("Rack Centre, the Lagos colocation provider": a firm the NER typed as a research centre)
            # (Not a name in someone's role: "Founded by X, a former researcher at Alibaba's DAMO
            # Academy, the company counts ...".)
            apposed = [m for m in apposed if (m.entity.cls in classes
                       or m.entity.cls == "ResearchOrganization" and "Company" in classes)
                       and not self._role_modifier(m)
                       # ("Founded by Tang Jie, a professor at Tsinghua University, the Beijing
                       # company sells ...": the subject is not the professor's university)
                       and not (tok.dep_ in ("nsubj", "nsubjpass") and self._in_person_role(m))
                       and not self._in_fronted_adjunct(tok, m)]
            if tok.lower_ in _PRONOUNS:
                chosen = self._pronoun_antecedent(tok, antecedents)
            elif apposed:
                # "Micron, the Boise, Idaho-based memory maker, ...": a description set off right
                # after a name (the parser may miss the apposition) is that name.
                chosen = apposed[0]
            elif named_alike:
                # "the fund" after "Public Investment Fund", "the alliance" after "AI Alliance Russia".
                chosen = named_alike[-1]
            elif not antecedents:
                continue
            elif (reported := self._reported_subject(tok, antecedents)) is not None:
                # "Infosys has acquired Kijani ..., the Bengaluru-headquartered group said": the
                # speaker of a trailing "said" is the subject of the clause it reports.
                chosen = reported
            elif same := self._same_sentence_antecedents(tok, antecedents, sent_start):
                # "TSMC supplies Nvidia ..., and the foundry also supplies AMD": a subject
                # description prefers the sentence's subject, else the nearest name.
                chosen = same[-1]
                if tok.dep_ in ("nsubj", "nsubjpass"):
                    subjects = [m for m in same if self.doc[m.start:m.end].root.dep_ in ("nsubj", "nsubjpass")]
                    # (a misparsed subject still stands before the sentence's main verb)
                    root = tok.sent.root.i
                    subjects = subjects or [m for m in same if m.end <= root and root < tok.i]
                    chosen = subjects[-1] if subjects else chosen
            else:
                # "the company", "the organization" opening a sentence: the most talked-about
                # candidate of the previous sentence, then the nearest.
                # (Sentences named in, not mentions: "ASML, the Dutch maker, which took a stake"
                # names ASML three times in one breath.)
                # (Nor as a modifier: "512 Nvidia H100 processors" is about the processors.)
                named_in: dict[str, set[int]] = {}
                times_named: dict[str, int] = {}
                # (recent sentences only: a firm the whole article is about does not outrank the
                # one the last paragraph introduced as its subject)
                recent = bisect_right(sent_starts, start) - _SALIENCE_WINDOW
                for m in pool:
                    if m.end <= start:
                        times_named[m.entity.iri] = times_named.get(m.entity.iri, 0) + 1
                        if bisect_right(sent_starts, m.start) >= recent \
                                and self.root(m).dep_ not in ("compound", "amod", "nmod") \
                                and not self._in_description_of(m):
                            named_in.setdefault(m.entity.iri, set()).add(bisect_right(sent_starts, m.start))
                # A subject, or the owner of one ("Its funding round was led by ASML"), is more
                # salient than an object of the same standing (centering).
                def salience(m):
                    root = self.root(m)
                    subject = root.dep_ in ("nsubj", "nsubjpass") or root.dep_ == "poss" and root.head.dep_ in (
                        "nsubj", "nsubjpass")
                    return len(named_in.get(m.entity.iri, ())) + (1 if subject else 0), times_named.get(m.entity.iri, 0)
                # (not a name in a phrase set before this subject, while another is at hand)
                # (nor a name that modifies goods in its own sentence: "uses Nokia equipment, while
                # Ericsson supplies the group's radios" means the firm named before)
                # (but "Nvidia systems bought from the American chipmaker" is their maker)
                def not_goods(ms):
                    return [m for m in ms if not (tok.dep_ == "poss" and m.start >= sent_start and self._goods_modifier(m)
                                                  or tok.dep_ in ("nsubj", "nsubjpass") and m.start >= sent_start
                                                  and self._goods_in_passing(tok, m))]
                others = not_goods(antecedents)
                if not others and n >= 1:
                    others = self._placed_alike(tok, [m for m in not_goods(candidates(sents[max(0, n - 3)].start))
                                                      if not self._role_modifier(m)])
                if not others:
                    continue
                chosen = max(reversed([m for m in others if not self._in_fronted_adjunct(tok, m)] or others),
                             key=salience)
            if tok.dep_ == "poss" and tok.lower_ not in _PRONOUNS and word in ("company", "firm", "startup", "start-up") \
                    and any(t.lower_ in _OWN_AFFAIRS for t in doc[tok.i + 1:min(tok.i + 5, len(doc))]) \
                    and (focus := self._anaphora_focus()) is not None \
                    and focus.entity.iri != chosen.entity.iri and focus.entity.cls in classes \
                    and tok.i >= 1 and doc[tok.i - 1].lower_ == "the" \
                    and any(m.entity.iri == focus.entity.iri for m in candidates(sents[max(0, n - 3)].start)) \
                    and not (chosen.start >= window_start and self.root(chosen).dep_ in ("nsubj", "nsubjpass")):
                # "Next47, the venture arm of Siemens, led the company's Series B", '"We are not
                # trying to be Amazon," said X, the company's co-founder': the company whose own
                # founders, rounds and officers an article about one firm mentions is that firm
                # (unless this or the previous sentence's subject is another)
                chosen = focus
            mention = Mention(start, tok.i + 1, chosen.entity, "anaphor")
            found.append(mention)
        return found + self._first_person_defined(taken)

    def _first_person_defined(self, taken: set[int]) -> list["Mention"]:
        """ 'Halyard Silicon, Inc. ("Halyard," "we," "us" or "our")': a filing or release that
        defines "we" as a firm means that firm by every "we", "us" and "our" outside quotations."""
        from .extract import Mention

        doc = self.doc
        text = doc_text(doc)
        if not _QUOTED_WE.search(text):
            return []  # (no definition: nearly every text, so the mentions are not walked)
        firm = None
        for m in self.mentions:
            k = m.end + (1 if m.end < len(doc) and doc[m.end].text == "," else 0)
            while k < len(doc) and (doc[k].text == "," or _is_legal_form(doc[k].text)):
                k += 1  # (past ", Inc.")
            if k + 1 < len(doc) and doc[k].text == "(" and ":" in doc[k:min(k + 4, len(doc))].text:
                # (past a ticker: 'Halyard Silicon, Inc. (NASDAQ: HLYD) ("Halyard," "we" ...)')
                k = next((t.i + 1 for t in doc[k:min(k + 8, len(doc))] if t.text == ")"), k)
            if k < len(doc) and doc[k].text == "(" and m.kind == "name" and m.entity.cls == "Company" \
                    and any(t.lower_ == "we" for t in doc[k + 1:min(k + 12, len(doc))]) \
                    and any(t.text in ('"', "\u201c") for t in doc[k + 1:min(k + 4, len(doc))]):
                firm = m
                break
        if firm is None:
            return []
        # (a quotation left open at a paragraph's end, as news does when it goes on, or a stray
        # inch mark, closes at the next line)
        lines = line_start_tokens(doc)
        quoted, out, last = False, [], firm.end
        marks = sorted((t for t in _tokens_among(doc, frozenset({'"', "\u201c", "\u201d", "we", "us", "our"}))
                        if t.i >= firm.end), key=lambda t: t.i)
        for t in marks:
            if bisect_right(lines, t.i) > bisect_right(lines, last):
                quoted = False
            last = t.i
            if t.text in ('"', "\u201c", "\u201d"):
                quoted = not quoted if t.text == '"' else t.text == "\u201c"
            elif not quoted and t.lower_ in ("we", "us", "our") and t.pos_ == "PRON" and t.i not in taken:
                out.append(Mention(t.i, t.i + 1, firm.entity, "anaphor"))
        return out

    def _most_named_firm(self) -> "str | None":
        """The IRI of the firm named most by name, at least three times and half again as often as
        the next one (else None). Worked out once per document."""
        if hasattr(self, "_most_named"):
            return self._most_named
        named: dict[str, int] = {}
        for m in self.mentions:
            if m.kind == "name" and m.entity.cls in ("Company", "ResearchOrganization"):
                named[m.entity.iri] = named.get(m.entity.iri, 0) + 1
        ranked = sorted(named.items(), key=lambda kv: -kv[1])
        self._most_named = None if not ranked or ranked[0][1] < 3 or len(ranked) > 1 \
            and ranked[0][1] < 1.5 * ranked[1][1] else ranked[0][0]
        return self._most_named

    def _anaphora_focus(self) -> "Mention | None":
        """The firm the article is about, from names alone (before the mention index exists)."""
        if not hasattr(self, "_name_focus"):
            most = self._most_named_firm()
            self._name_focus = next((m for m in self.mentions if m.kind == "name" and m.entity.iri == most), None) \
                if most is not None else None
        return self._name_focus

    def _in_fronted_adjunct(self, tok: "Token", m: "Mention") -> bool:
        """ "In the latest ranking, compiled by Budapest consultancy Kozpont Analytics, the group
        ranks fourth": a name inside a phrase set before the subject it describes is not what the
        subject's description refers back to."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or m.start >= tok.i:
            return False
        # (a clause inside the phrase names it: "At xAI, the company led by Elon Musk, ..." is
        # an apposition after all)
        x, clause = self.doc[m.start:m.end].root, False
        while x.head.i != x.i and x.head.i != tok.head.i:
            x = x.head
            clause = clause or x.pos_ == "VERB" and x.head.i != tok.head.i
        return clause and x.head.i == tok.head.i and x.i < tok.i and x.dep_ in ("prep", "advcl", "npadvmod") \
            and any(self.doc[j].text == "," for j in range(m.end, tok.i))

    def _investor_like(self, m: "Mention", word: str) -> bool:
        """A fund, bank or backer by its name ("Korea Development Bank", "Granatus Ventures"), or,
        for "the company", by how the text describes it ("existing backer Monashees", "Mubadala,
        the Abu Dhabi sovereign investor")."""
        if _investor_named(m):
            return True
        if word in ("startup", "start-up") or m.entity.cls != "Company":
            return False
        before = self.doc[m.start - 1] if m.start > 0 else None
        if before is not None and before.lemma_.lower() in _INVESTOR_DESCRIPTIONS:
            return True
        root = self.doc[m.start:m.end].root
        return any(c.dep_ == "appos" and c.lemma_.lower() in _INVESTOR_DESCRIPTIONS for c in root.children)

    def _firm_placed(self, place: "Mention") -> "Mention | None":
        """ "Shwe Taung Electronics in Mandalay, whose main customer is ...": the organisation a
        place right after it only locates ("X in Place"), if any."""
        if place.start < 2 or self.doc[place.start - 1].lower_ not in ("in", "at", "near"):
            return None
        firm = self.at_name(self.doc[place.start - 2])
        if firm is None or firm.end != place.start - 1 \
                or firm.entity.cls not in ("Company", "ResearchOrganization", "GovernmentBody"):
            return None
        return firm

    def _whose_after_comma(self, tok: "Token") -> "Mention | None":
        """ "Shwe Taung Electronics in Mandalay, whose main customer is ...": the parser may make
        the clause a conjunct; a "whose" (or a "which" with a singular verb) right after a comma
        still belongs to the firm before it."""
        # ("..., and FuriosaAI, which sells its RNGD chips to LG": a "which" whose clause the
        # parser hung elsewhere, with a singular verb that agrees with the last name only)
        singular = tok.lower_ == "which" and tok.dep_ == "nsubj" and tok.head.tag_ == "VBZ"
        if tok.lower_ != "whose" and not singular or tok.i < 2 or self.doc[tok.i - 1].text != ",":
            return None
        before = self.at_name(self.doc[tok.i - 2])
        if before is not None and before.entity.cls in ("City", "Region"):
            before = self._firm_placed(before)
        if before is None or before.entity.cls not in ("Company", "ResearchOrganization", "GovernmentBody") \
                or before.start > 0 and self.doc[before.start - 1].lower_ in ("and", "or", ",") and not (
                    singular and before.start > 1 and self.doc[before.start - 1].lower_ == "and"
                    and self.doc[before.start - 2].text == ","):
            # (not the last of a list: "Baidu, ByteDance and Tencent, whose ... models", "a joint venture
            # between Tata and PSMC, which supplies ..."; but ", and FuriosaAI, which sells ...")
            return None
        return before

    def _relative(self, tok: "Token") -> "Mention | None":
        """ "Microsoft, which has invested ...", "Sberbank, whose GigaChat model ...", "Riyadh,
        where Humain is headquartered", "OpenAI and Anthropic, with which it competes": the
        relative pronoun stands for the name its clause hangs on."""
        clause = tok
        for _ in range(3):
            if clause.dep_ == "relcl":
                break
            if clause.head.i == clause.i:
                return self._whose_after_comma(tok)
            clause = clause.head
        else:
            return self._whose_after_comma(tok)
        if clause.dep_ != "relcl" or clause.head.i >= tok.i:
            return None
        head = clause.head
        m = None
        i = tok.i - 1
        if i >= 0 and self.doc[i].dep_ == "prep":
            i -= 1
        if i >= 1 and self.doc[i].text == ",":
            # A non-restrictive relative follows its antecedent's comma: "Samsung Electronics,
            # which trails SK Hynix" even when the parser hangs the clause elsewhere.
            before = self.at_name(self.doc[i - 1])
            if before is None and self.doc[i - 1].text == ")":
                # "the Regulatory Unit of Communications Services (Ursec), which supervises ...": the
                # name before the bracketed acronym
                k = next((j - 1 for j in range(i - 2, max(i - 6, 0), -1) if self.doc[j].text == "("), None)
                before = self.at_name(self.doc[k]) if k is not None else None
            if before is not None and before.entity.cls in ("Country", "Region") and tok.lower_ in ("which", "that") \
                    and before.start >= 2 and self.doc[before.start - 1].lower_ == "of":
                # "the Zakat, Tax and Customs Authority (ZATCA) of Saudi Arabia, which has
                # suspended ...": the body the state's name completes
                k = before.start - 2
                if self.doc[k].text == ")":
                    k = next((j - 1 for j in range(k - 1, max(k - 6, 0), -1) if self.doc[j].text == "("), k)
                body = self.at_name(self.doc[k])
                if body is not None and body.entity.cls in ("GovernmentBody", "Company", "ResearchOrganization"):
                    before = body
            located = before is not None and before.entity.cls in ("Country", "Region") and before.start >= 2 \
                and self.doc[before.start - 1].text == "," and any(
                    x.entity.cls == "City" and x.end == before.start - 1 for x in self.mentions)
            if before is not None and before.entity.cls in ("City", "Region", "Country") and tok.lower_ in ("which", "that") \
                    and before.start >= 1 and (self.doc[before.start - 1].lower_ in ("in", "at", "near")
                                               # ("based in the Qatari capital, Doha, that builds ...")
                                               or before.start >= 2 and self.doc[before.start - 1].text == ","
                                               and self.doc[before.start - 2].lower_ in ("capital", "city")):
                # "Unimicron, the substrate maker based in Taoyuan, which counts AMD among its
                # customers": the firm the place locates, not the place
                x = self.doc[before.start:before.end].root
                for _ in range(5):
                    if x.head.i == x.i:
                        break
                    x = x.head
                    firm = self.at_name(x)
                    if firm is not None and firm.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody"):
                        before = firm
                        break
            # ("owned by the Public Investment Fund, to which ...": past the owner's article)
            by = before.start - 2 if before is not None and before.start >= 3 and self.doc[before.start - 1].lower_ == "the" \
                else before.start - 1 if before is not None else 0
            if before is not None and tok.lower_ in ("which", "that") and by >= 1 \
                    and self.doc[by].lower_ == "by" and self.doc[by - 1].tag_ == "VBN" \
                    and self.doc[by - 1].lemma_ in ("control", "own", "back", "run", "lead", "fund") \
                    and self.doc[by - 1].dep_ == "acl" and self.doc[by - 1].head.pos_ == "NOUN":
                # "Wiwynn, the server maker controlled by Wistron, which builds ...": the firm the
                # description is of, not its owner
                described = self._name_before_comma(self.doc[by - 1].head)
                # (not "..., controlled by Wistron, which owns roughly 38% of it": the object "it" is the firm)
                if described is not None and described.entity.cls in ("Company", "ResearchOrganization") \
                        and not any(t.lower_ == "it" and t.dep_ in ("dobj", "pobj") for t in clause.subtree):
                    before = described
            maker = self.doc[before.start:before.end].root if before is not None else None
            if maker is not None and maker.dep_ == "pobj" and maker.head.dep_ == "agent" and maker.head.head.dep_ == "acl" \
                    and maker.head.head.head.lower_ in _HARDWARE_NOUNS and tok.lower_ in ("which", "that"):
                return None  # "Jetson Orin modules designed by Nvidia, which Neurotek buys": the modules, no entity
            if before is not None and not located and (before.entity.cls == "Person") == (tok.lower_ in ("who", "whom")) and (
                    tok.lower_ != "where" or before.entity.cls in ("City", "Country", "Region")):
                # (not "a group based in Tallinn, Estonia, which compiles it": the place's country)
                m = before
                if tok.lower_ == "whose" and before.entity.cls in ("City", "Region"):
                    m = self._firm_placed(before) or before
        m = m or self.at_name(head)
        if m is not None and m.entity.cls in ("City", "Region", "Country") and tok.lower_ in ("which", "that") \
                and m.end == tok.i - 1 \
                and self.doc[m.end].is_lower and (self.doc[m.end].lower_ in _FIRM_DESCRIPTION_NOUNS
                                                  or self.doc[m.end].lower_.endswith("maker")):
            # "SiCarrier, the Shenzhen toolmaker that supplies ...": the parser hung the clause on
            # the place; the firm is the one the description follows
            left = m.start - 1 if m.start >= 1 and self.doc[m.start - 1].lower_ in ("the", "a", "an") else m.start
            firm = self.at_name(self.doc[left - 2]) if left >= 2 and self.doc[left - 1].text == "," else None
            if firm is not None and firm.kind == "name" and firm.end == left - 1 \
                    and firm.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody"):
                m = firm
        if m is not None and m.entity.cls in ("City", "Region", "Country") and tok.lower_ in ("which", "that") \
                and (described := self._description_ending_at(tok.i)) is not None and self.doc[tok.i - 1].is_lower \
                and described.entity.cls in ("Company", "ResearchOrganization"):
            # "Micron Technology, the Boise, Idaho-based memory maker that ships ...": the firm the
            # description right before the pronoun stands for, not the town the parser hung it on
            m = described
        if m is None and head.dep_ == "appos":
            m = self.at_name(head.head)  # "G42, the Abu Dhabi-based group, which ..."
            if m is not None and m.entity.cls in ("Country", "City", "Region") and head.lower_ in _FIRM_DESCRIPTION_NOUNS:
                # "In Kenya, G42, the technology group in which ...": the parser hung the group on
                # the place; the name right before its comma is the one described
                m = self._name_before_comma(head) or m
        if m is None and head.dep_ == "attr":
            # "Savanna Grid is a Kenyan cloud operator in which MGX acquired a stake".
            m = next((s for c in head.head.children if c.dep_ == "nsubj" for s in [self.at_name(c)] if s), None)
        if m is None and head.dep_ == "pobj" and self.doc[tok.i - 1].text != "," and (
                head.head.lower_ == "among" or head.head.lower_ == "of" and head.head.head.lower_ == "one"):
            # "Yotta and E2E Networks are among the providers that supply compute to ...", "Nxera
            # is one of the operators that host ...": the subject the copula describes.
            be = head.head.head if head.head.lower_ == "among" else head.head.head.head
            if be.lemma_ in ("be", "remain", "become"):
                m = next((s for c in be.children if c.dep_ == "nsubj" for s in [self.at_name(c)] if s), None)
        if m is None:
            # "ASML's largest Chinese customers, which ASML supplies": the names the noun lists.
            for child in head.children:
                if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in ("as", "including", "like")):
                    for t in child.subtree:
                        m = self.at_name(t)
                        if m is not None:
                            break
                if m is not None:
                    break
        if m is None:
            # "Europe's answer to OpenAI and Anthropic, with which it competes": the parser hung
            # the clause on "answer"; a non-restrictive relative follows its antecedent's comma.
            i = tok.i - 1
            if i >= 0 and self.doc[i].dep_ == "prep":
                i -= 1
            if i >= 1 and self.doc[i].text == ",":
                m = self.at_name(self.doc[i - 1])
        if m is None or (tok.lower_ == "where" and m.entity.cls not in ("City", "Country", "Region")):
            return None
        if tok.lower_ == "who" and m.entity.cls != "Person":
            return None
        root = self.root(m)
        if tok.dep_ == "dobj" and clause.lemma_ in ("buy", "acquire", "purchase", "sell") and root.dep_ == "pobj" \
                and root.head.lower_ == "in" and root.head.head.lemma_.lower() in _EQUITY_NOUNS:
            return None  # "holds a 25% stake in Merbau Malaysia, which it bought in 2023": the stake
        return m

    def _description_ending_at(self, end: int) -> "Mention | None":
        """The definite description that ends right before `end`: from the index of mentions once
        it is built, else among those resolved so far (in text order, the latest at the end)."""
        if hasattr(self, "at"):
            x = self.at.get(end - 1)
            return x if x is not None and x.end == end and x.kind == "anaphor" else None
        for x in reversed(getattr(self, "_found", [])):
            if x.end == end and x.kind == "anaphor":
                return x
            if x.end < end:
                return None
        return None

    def at_name(self, tok: "Token") -> "Mention | None":
        if hasattr(self, "at"):
            m = self.at.get(tok.i)
            return m if m is not None and m.kind != "demonym" else None
        for m in self.mentions + getattr(self, "_found", []):
            if m.start <= tok.i < m.end and m.kind != "demonym":
                return m
        return None

    @staticmethod
    def _definite_word(tok: "Token") -> str:
        if tok.lower_ == "up" and tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "start":
            return "start-up"
        return tok.lower_

    def _definite(self, tok: "Token", taken: set[int]) -> "int | None":
        """Where a definite description starts: "the company", "the German group", "the
        Mumbai-area operator", "the start-up" (None if tok does not end one)."""
        doc, word = self.doc, self._definite_word(tok)
        if word not in _DEFINITES or (tok.pos_ != "NOUN" and word != "start-up"):
            return None
        head = tok if word != "start-up" else doc[tok.i - 2]
        if tok.dep_ in ("appos", "attr") or head.dep_ in ("appos", "attr"):
            # "The Santa Clara, California-based company had ...": the parser hangs the
            # description on the place inside it ("The Santa Clara"); it still refers back.
            place = head.head
            if not (head.dep_ == "appos" and place.i < head.i and place.i in taken and place.dep_ != "appos"
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in place.children)
                    and any(t.lower_ in ("based", "headquartered") for t in doc[place.i:head.i])):
                return None  # "Silo AI, the largest AI lab": describes the name, does not refer back
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return None  # "the maker of the Claude models" describes; the maker rules read it
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in self.p["title_words"] and nxt.lower_ not in ("and", "-", "co") \
                and tok.i > 0 and doc[tok.i - 1].lower_ == "the":
            k = nxt.i
            while k < len(doc) and doc[k].lower_ in self.p["title_words"]:
                k += 1
            if k < len(doc) and doc[k].lower_ == "of":
                return None  # "Peng Xiao, the group chief executive of G42": the title names whose
            return tok.i - 1  # "Chey Tae-won, the group chairman"
        if nxt is not None and (nxt.i in taken or nxt.pos_ in ("NOUN", "PROPN") and not nxt.is_punct) and not (
                # ("The company sources substrates from AT&S": a verb the tagger read as a plural noun)
                nxt.pos_ == "NOUN" and nxt.tag_ in ("NNS", "VBZ") and tok.dep_ == "compound" and nxt.i not in taken
                and tok.i > 0 and doc[tok.i - 1].lower_ == "the" and doc[tok.i - 1].is_sent_start
                and _verb_form_in(nxt, self.p["verbs"]) and nxt.i + 1 < len(doc) and doc[nxt.i + 1].is_lower
                and doc[nxt.i + 1].is_alpha):
            return None  # "the company board", "the bank Sber": not the head of its phrase
        i = tok.i - (3 if word == "start-up" else 1)
        modified = False
        while i >= 0 and i >= tok.i - 8:
            if doc[i].lower_ == "the":
                # A modifier that is a name ("the Paris group") stays its own mention.
                return tok.i - (2 if word == "start-up" else 0) if modified else i
            # Participles count as modifiers: "the Hangzhou-based e-commerce group".
            if (doc[i].pos_ in ("ADJ", "NOUN", "PROPN", "NUM") or doc[i].tag_ in ("VBN", "VBG") and doc[i].dep_ == "amod"
                    or doc[i].text == "-" or i in taken
                    # "the Santa Clara, California-based company"
                    or doc[i].text == "," and i - 1 in taken and i + 1 in taken):
                modified = modified or i in taken
                i -= 1
                continue
            return None
        return None

    def _resolve_plurals(self) -> dict[int, list["Mention"]]:
        """ "the two companies", "both firms", "the pair": the last two entities of a fitting
        class named in the same or the previous sentence, preferring a coordinated pair ("Microsoft
        and G42 ... the two companies said"). Read by np_mentions."""
        from .extract import _tokens_among

        doc, found = self.doc, {}
        sents = list(doc.sents)
        index = {sent.start: n for n, sent in enumerate(sents)}
        for tok in _tokens_among(doc, frozenset(_PLURAL_NOUNS) | {"both"}):
            count = 2
            if tok.lower_ == "both":
                # "it still trails both", "both are members of the OECD": "both" standing alone.
                if tok.dep_ not in ("dobj", "pobj", "nsubj") or any(True for _ in tok.children):
                    continue
                classes = {"Company", "ResearchOrganization", "Country", "Bloc", "AIModel"}
            else:
                if tok.i in self.at or tok.pos_ != "NOUN":
                    continue
                words = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "predet", "amod", "quantmod")}
                counts = [_COUNT_WORDS[w] for w in words if w in _COUNT_WORDS]
                # Definite only: "the two companies", "both firms", "all four countries" (not "a
                # deal between two companies").
                if "both" in words or tok.lower_ == "pair" and "the" in words:
                    count = 2
                elif counts and words & {"the", "all"}:
                    count = counts[0]
                else:
                    continue
                classes = _PLURAL_NOUNS[tok.lower_]
            n = index[tok.sent.start]
            pair: list[Mention] = []
            # "it still trails both": not the clause's own subject.
            own = {m.entity.iri for m in self.clause_subject(tok.head)} if tok.dep_ in ("dobj", "pobj") else set()
            # The nearest span (this sentence, then with the previous one) that names exactly two
            # fitting entities, whose places agree with the description ("the two Korean groups").
            for start in (tok.sent.start, sents[n - 1].start if n > 0 else tok.sent.start):
                pool = [m for m in self.mentions if start <= m.start and m.end <= tok.i
                        and m.kind in ("name", "anaphor") and m.entity.cls in classes and m.entity.iri not in own]
                pool = self._placed_alike(tok, pool, single=False)
                distinct = list({m.entity.iri: m for m in pool}.values())
                if len(distinct) == count:
                    pair = sorted(distinct, key=lambda x: x.start)
                    break
                if len(distinct) > count:
                    break
            if pair:
                found[tok.i] = [self._virtual_mention(m.entity, doc[tok.i:tok.i + 1]) for m in pair]
        return found

    def _in_person_role(self, m: "Mention") -> bool:
        """ "Tang Jie, a computer science professor at Tsinghua University": a name inside the
        role set off after a person's name."""
        tok = self.doc[m.start:m.end].root
        for _ in range(5):
            if tok.dep_ not in ("poss", "compound", "pobj", "prep") or tok.head.i == tok.i:
                return False
            tok = tok.head
            if tok.dep_ == "appos" and tok.lower_ in _PERSON_ROLE_NOUNS | set(self.p["title_words"]):
                return any(x.start <= tok.head.i < x.end and x.entity.cls == "Person" for x in self.mentions)
        return False

    def _role_modifier(self, m: "Mention") -> bool:
        head = self.doc[m.start:m.end].root.head
        # "Savchenko, a former engineer at Intel's Nizhny Novgorod centre, founded the company":
        # a name inside a person's described past role.
        tok = self.doc[m.start:m.end].root
        for _ in range(5):
            if tok.dep_ not in ("poss", "compound", "pobj", "prep") or tok.head.i == tok.i:
                break
            tok = tok.head
            if tok.dep_ == "appos" and tok.lower_ in _PERSON_ROLE_NOUNS | set(self.p["title_words"]) and any(
                    t.lower_ in ("former", "ex", "onetime", "previous") for t in self.doc[tok.left_edge.i:tok.i]):
                return True
        if self.doc[m.start:m.end].root.dep_ not in ("compound", "nmod", "poss"):
            return False
        if head.lower_ in _PERSON_ROLE_NOUNS and not (head.lower_ == "executive" and head.i > 0
                                                      and self.doc[head.i - 1].lower_ == "chief"):
            return True
        # "Vattenfjord's chief executive, who co-founded the company" is that company's; "a former
        # Google executive who co-founded the company" is not.
        return head.lower_ in self.p["title_words"] and any(
            t.lower_ in ("former", "ex", "onetime", "previous") for t in self.doc[head.left_edge.i:head.i])

    def _reported_subject(self, tok: "Token", antecedents: list["Mention"]) -> "Mention | None":
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.lemma_ not in ("say", "announce", "add", "confirm", "state", "tell", "report"):
            return None
        for clause in verb.children:
            if clause.dep_ in ("ccomp", "parataxis") and clause.i < tok.i:
                for subject in clause.children:
                    if subject.dep_ in ("nsubj", "nsubjpass"):
                        for m in antecedents:
                            if m.start <= subject.i < m.end:
                                return m
        return None

    def _homes(self, iri: str) -> set[str]:
        """Where the gazetteer says an organisation is based: its places and their countries."""
        gaz = self.gazetteer
        places = gaz.objects(iri, "headquarteredIn")
        return set(places).union(*(gaz.objects(place, "locatedIn") for place in places))

    def _same_sentence_antecedents(self, tok: "Token", antecedents: list["Mention"], sent_start: int) -> list["Mention"]:
        """The candidates a description has in its own sentence (none: look further back). An
        object's description is not the subject of its own clause, nor a modifier: "..., and the
        Korea Development Bank also holds a stake in the startup" (Rebellions, named before), "the
        fixed network uses Nokia equipment, while Ericsson supplies the group's radios" (neither)."""
        same = [m for m in antecedents if m.start >= sent_start and not self._in_fronted_adjunct(tok, m)]
        if not same:
            return same
        if tok.dep_ in ("nsubj", "nsubjpass"):
            # ("The units run on Nvidia Jetson modules, and the company sources ...": not the maker
            # of goods named in passing)
            return [m for m in same if not self._goods_in_passing(tok, m)]

        def held(m: "Mention") -> bool:
            # "trying to force Meta to unwind its purchases of Instagram and WhatsApp, has sent the
            # company a request": what someone's purchase or stake is of is not the firm meant
            root = self.root(m)
            while root.dep_ == "conj":
                root = root.head
            return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN" \
                and any(c.dep_ == "poss" for c in root.head.head.children)
        same = [m for m in same if not held(m)] or same
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        own = [m for m in same if (r := self.doc[m.start:m.end].root).dep_ in ("nsubj", "nsubjpass") and r.head.i == verb.i]
        if not own:
            # (nor a name that modifies goods, though one in a title may be: "Naver CEO Choi said
            # it will train the company's model")
            return [m for m in same if not (tok.dep_ == "poss" and self._goods_modifier(m))]
        return [m for m in same if m not in own and self.doc[m.start:m.end].root.dep_ not in ("compound", "amod", "nmod")]

    def _in_description_of(self, m: "Mention") -> bool:
        """m completes a description set after another name: "Inspur Electronic Information
        Industry, the Shenzhen-listed subsidiary of Inspur Group, ..." (Inspur Group)."""
        root = self.root(m)
        return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.dep_ == "appos"

    def _goods_modifier(self, m: "Mention") -> bool:
        """A name that modifies goods ("Nokia optical and access equipment", "Nvidia chips")."""
        return self._goods_of(m) is not None

    def _goods_of(self, m: "Mention") -> "Token | None":
        """The goods a name modifies ("Nvidia Jetson modules": modules), else None."""
        root = self.root(m)
        head = root.head
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head  # ("Nvidia Jetson modules")
        return head if root.dep_ in ("compound", "amod", "nmod") and head.lower_ in _SUPPLIED_GOODS else None

    def _goods_in_passing(self, tok: "Token", m: "Mention") -> bool:
        """m names the maker of goods that tok's clause does not describe: "The units run on Nvidia
        Jetson modules, and the company sources ..." (not "Huawei equipment that the Chinese company
        had shipped", whose maker the description is)."""
        goods = self._goods_of(m)
        if goods is None or goods in tok.ancestors or goods.dep_ in ("nsubj", "nsubjpass"):
            return False  # ("Nvidia chips sold out, and the company raised its forecast": the goods' own clause)
        # (a relative clause right after the goods, wherever the parser hung it)
        verb = tok.head
        return not (verb.dep_ == "relcl" and any(c.i == goods.i + 1 and c.lower_ in ("that", "which")
                                                  for c in verb.children))

    def _placed_alike(self, tok: "Token", antecedents: list["Mention"], *, single: bool = True) -> list["Mention"]:
        """ "G42 has a head start, but the Saudi group ...": a description whose place modifier
        contradicts where the gazetteer puts a candidate does not refer to it."""
        # ("the Idaho company": a state's name too)
        modifiers = [m for m in self.mentions if tok.i - 8 <= m.start < tok.i
                     and m.entity.cls in ("Country", "City", "Region") and m.start > max(
                         (c.i for c in tok.children if c.dep_ == "det"), default=tok.i)]
        if not modifiers:
            return antecedents
        places = [m.entity.iri for m in modifiers]
        wanted = self._places_up(set(places))
        # A candidate known to be there beats one whose home is unknown ("Karmel now operates as a
        # subsidiary of the Santa Clara, California-based chipmaker": Nvidia, not Karmel).
        known_there = [m for m in antecedents if self._homes(m.entity.iri) & wanted]
        if known_there and modifiers[0].entity.cls in ("City", "Region"):
            return known_there

        def homes(m: "Mention") -> set[str]:
            # where the gazetteer puts it, or the description right before its name does ("the
            # Brazilian group Mirante Infra ... the Paraguayan firm": not Mirante Infra)
            found = set(self._homes(m.entity.iri))
            lo = bisect_left(self._name_starts, max(m.start - 4, 0))
            for x in self.mentions[lo:bisect_left(self._name_starts, m.start)]:
                gap = self.doc[x.end:m.start]
                if x.entity.cls == "Country" and not any(t.is_punct or t.pos_ in ("VERB", "ADP") for t in gap):
                    found.add(x.entity.iri)
            words = m.entity.label.split()
            if not found and len(words) > 1 and not m.entity.known:
                # or its name does: "Entel Peru" is no Chinese group
                for k in (1, 2):
                    place = self.gazetteer.lookup(" ".join(words[-k:])) if len(words) > k else None
                    if place is not None and place.cls == "Country":
                        found.add(place.iri)
            return found
        # A city the gazetteer cannot place contradicts no country: "the Bonn-based telecoms group"
        # may be Deutsche Telekom, known only to be German.
        unplaced_city = modifiers[0].entity.cls == "City" and wanted == set(places)
        placed = [m for m in antecedents if not homes(m) or homes(m) & wanted
                  or unplaced_city and all((e := self.gazetteer.entities.get(h)) is not None and e.cls == "Country"
                                           for h in homes(m))]
        # "... bought equipment from Huawei, and the Chinese group also supplies ...": one known
        # to be there, in the description's own sentence, beats one whose home is unknown.
        # (Or in the sentence before: "Kitaboshi's technology comes from Intel, its U.S. partner.
        # The American chipmaker is also taking a stake": Intel, whatever the article is about.)
        sent = self.doc[tok.i].sent
        before = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        there = [m for m in placed if m.start >= sent.start and homes(m) & wanted] if single else []
        there = there or ([m for m in placed if m.start >= before and homes(m) & wanted] if single else [])
        return there or placed

    def _relative_antecedents(self, tok: "Token", found: list["Mention"]) -> set[str]:
        """In "OpenAI and Anthropic, with which it competes" it is neither of them."""
        clause = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass", "dobj") or clause.dep_ != "relcl":
            return set()
        for rel in found:
            if rel.kind == "relative" and self.doc[rel.start].head.i in (clause.i,) or (
                    rel.kind == "relative" and self.doc[rel.start].head.head.i == clause.i):
                names = [m for m in self.mentions if m.entity.iri == rel.entity.iri and m.end <= rel.start]
                if names:
                    return {x.entity.iri for x in self.chain_plain(names[-1])}
        return set()

    def chain_plain(self, m: "Mention") -> list["Mention"]:
        """chain() before the index of mentions exists (during anaphora resolution)."""
        doc = self.doc
        group = [m]
        root = doc[m.start:m.end].root
        for t in [root.head] + list(root.children):
            if (t.dep_ == "conj" and t.head.i == root.i) or (root.dep_ == "conj" and t.i == root.head.i):
                other = next((x for x in self.mentions if x.start <= t.i < x.end), None)
                if other is not None:
                    group.append(other)
        return group

    def _bound(self, tok: "Token", m: "Mention") -> bool:
        """An object pronoun or description is not the subject of its own clause: in "Reliance
        invested in the company" the company is not Reliance, in "Samsung trails it" it is not
        Samsung."""
        if tok.dep_ == "poss" and tok.lower_ not in _PRONOUNS and tok.head.dep_ == "appos" \
                and tok.head.head.i == self.doc[m.start:m.end].root.i:
            # (not "its": "Huawei, its chip-design unit HiSilicon" lists the unit after its owner)
            return True  # "SK hynix Inc., the group's chip unit": the group is not SK hynix
        if tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "poss" and (
                tok.lower_ in _PRONOUNS or tok.head.dep_ not in ("dobj", "pobj", "dative")
                # ("Nvidia posted revenue for the company's fiscal third quarter")
                or tok.head.lemma_ in ("quarter", "year", "result", "filing", "report", "earnings", "outlook")):
            return False
        # ("Meta buys the company's modules": a description owning an object is not the subject
        # either; only "its" may be)
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subject = self.doc[m.start:m.end].root
        if subject.dep_ in ("nsubj", "nsubjpass") and subject.head.i == verb.i:
            return True
        if tok.pos_ == "PRON" and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i <= m.start and m.end - 1 <= c.right_edge.i
                and subject.dep_ in ("poss", "appos", "conj", "compound") for c in verb.children):
            # "Sony Semiconductor Solutions, Sony Group's chip unit, and Denso hold stakes in it":
            # nor a name inside the subject's own phrase
            return True
        # "X competes with Y but trails it": the subject of a coordinated verb binds as well.
        # (Not when the coordinated verb has a subject of its own: "CXMT has been listed, and METI
        # restricted exports to the company".)
        return subject.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "conj" and subject.head.i == verb.head.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)

    def _pronoun_antecedent(self, tok: "Token", antecedents: list["Mention"]) -> "Mention":
        """A subject or possessive pronoun prefers the nearest subject ("Huawei competes with
        Nvidia, though it trails ..."); an object pronoun the nearest name."""
        doc = self.doc
        # (a place in a based-phrase modifies a firm: "U.S.-based Digital Realty, which bought it")
        antecedents = [m for m in antecedents if not (m.end + 1 < len(doc) and doc[m.end].text == "-"
                                                      and doc[m.end + 1].lower_ in ("based", "headquartered"))] \
            or antecedents
        listed_before = self._list_item_owner(tok, antecedents)
        if listed_before is not None:
            return listed_before
        if tok.lower_ == "it" and tok.dep_ == "nsubj" and tok.head.dep_ == "advcl" and tok.head.head.lemma_ == "be" \
                and tok.head.lemma_ in ("buy", "acquire", "purchase", "take", "pay") \
                and any(c.dep_ == "mark" and c.lower_ in ("after", "since", "following") for c in tok.head.children):
            # "Karmel is Nvidia's third Israeli acquisition after it bought Mellanox": the buyer
            # whose deals the clause counts, not the one counted.
            owner = next((m for c in tok.head.head.children if c.dep_ == "attr" and c.lemma_ in _DEAL_WORDS
                          for g in c.children if g.dep_ == "poss"
                          for m in antecedents if self.root(m).i == g.i and m.entity.cls == "Company"
                          and m.kind == "name"), None)
            if owner is not None:
                return owner
        if tok.dep_ == "poss" and tok.lower_ in ("its", "their") and not any(
                m.start >= tok.sent.start and self.doc[m.start:m.end].root.dep_ in ("nsubj", "nsubjpass") for m in antecedents):
            # "Kessinger Capital is a holder of Cerebras Systems. Its WSE-3 wafers are made by
            # TSMC": the maker of the named product it owns (unless its own clause has a subject:
            # "Alibaba Cloud has cut prices for its Qwen models")
            words = {c.i for c in [tok.head, *tok.head.children] if c.i == tok.head.i or c.dep_ in ("compound", "nmod")}
            # (names only, found by bisection: anaphora are resolved before the full index exists)
            lo, hi = bisect_left(self._name_starts, min(words)), bisect_right(self._name_starts, max(words))
            models = [m for m in self.mentions[lo:hi] if m.start in words and m.kind == "name" and m.entity.cls == "AIModel"]
            makers = {s for m in models for s in self.gazetteer.subjects("develops", m.entity.iri)}
            owner = next((m for m in reversed(antecedents) if m.entity.iri in makers and m.kind == "name"), None)
            if owner is not None:
                return owner
        if tok.dep_ == "poss" and tok.head.dep_ == "pobj" and tok.head.head.dep_ == "agent" \
                and tok.head.head.head.dep_ == "acl" and tok.head.head.head.tag_ == "VBN":
            # "Supermicro, the server maker led by its founder and chief executive": the one the
            # participle describes
            described = tok.head.head.head.head
            left = described.left_edge.i
            if described.dep_ == "appos" and left >= 2 and self.doc[left - 1].text == "," \
                    and (before := next((m for m in antecedents if m.end == left - 1), None)) is not None:
                described = self.root(before)  # (the name right before the description's comma)
            elif described.dep_ == "appos":
                described = described.head
            owner = next((m for m in antecedents if self.root(m).i == described.i and m.kind == "name"
                          and m.entity.cls in ("Company", "ResearchOrganization")), None)
            if owner is not None:
                return owner
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl" and tok.head.head.pos_ in ("NOUN", "PROPN") \
                and tok.head.head.dep_ != "ROOT" and any(  # ("Halcyon trains on GPUs that it rents": a verb read as a noun)
                    c.dep_ == "prep" and any(g.lower_ in ("which", "whom") for g in c.children) for c in tok.head.children):
            # (only "in which it ...": in "SoftBank's Arm stake, which it bought" it may be SoftBank)
            # "leads the ARGUS consortium, in which it works with Hensoldt": not the clause's own noun
            described = tok.head.head
            inside = range(described.left_edge.i, described.i + 1)
            antecedents = [m for m in antecedents if m.start not in inside] or antecedents
        if tok.lower_ == "its" and tok.dep_ == "poss" and tok.head.dep_ == "conj" and tok.head.lemma_ in _LISTED_RELATIONS \
                and not self._verb_after_comma(tok.head.right_edge.i + 1):
            # (not "... to AWS and Google, and its server unit, QCT, sells to ...": a clause of its
            # own the parser ran into the list)
            # "added Qingluan and its computing subsidiary to the Entity List": "its" is the name
            # listed just before, not the subject.
            # ("the Kazakh company, its Mongolian subsidiary Khangai and its founder": the one an
            # apposition describes, which the parser may hang the list on)
            first = tok.head.head
            while first.dep_ == "appos" and first.head.i != first.i:
                first = first.head
            owner = next((m for m in antecedents if self.root(m).i == first.i
                          and m.entity.cls in ("Company", "ResearchOrganization")), None)
            if owner is not None:
                return owner
        if tok.lower_ in ("it", "them") and tok.dep_ == "dobj" and tok.head.dep_ in ("advcl", "xcomp") and tok.head.tag_ == "VBG" \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.head.children) \
                and any(c.dep_ == "prt" and c.lower_ == "off" or c.dep_ == "prep" and c.lower_ == "from" for c in tok.head.children):
            # (cut off or barred from something; not "bought Informatica, positioning it to compete")
            # "added Hengtai Optoelectronics to the Entity List, cutting it off from American
            # processors": the main verb's object, not the last place named
            owner = next((m for c in tok.head.head.children if c.dep_ == "dobj"
                          for m in antecedents if self.root(m).i == c.i and m.kind in ("name", "anaphor")
                          and m.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody")), None)
            if owner is not None:
                return owner
        if tok.lower_ == "it" and tok.dep_ == "dobj" and tok.head.dep_ == "conj":
            # "who founded Orbis Calcul in 2022 after twelve years at Schneider Electric and who now
            # runs it": the object of the verb the clause is coordinated with, not the nearest name
            first = tok.head.head
            owner = next((m for c in first.children if c.dep_ == "dobj"
                          for m in antecedents if self.root(m).i == c.i and m.kind == "name"), None)
            if owner is not None:
                return owner
        if tok.lower_ in ("it", "them") and (tok.dep_ == "dobj" or tok.dep_ == "pobj" and tok.head.dep_ == "prep"
                                             and tok.head.lower_ in ("in", "into", "on", "to", "from", "of")):
            # "Piraeus Bank and the Hellenic Development Bank took minority stakes in it": an object
            # pronoun is not its own clause's subject (nor, where the parser left the verb without
            # one, the names right before the verb)
            verb = tok.head if tok.dep_ == "dobj" else tok.head.head
            if verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
                verb = verb.head  # ("took minority stakes in it")
            # (the subject's own name, not those of its clauses: "Blackstone, which bought AirTrunk,
            # has sold a minority stake in it")
            subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree} - {
                t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for d in c.children
                if d.dep_ in ("relcl", "acl") for t in d.subtree}
            if verb.pos_ == "VERB" and not subject:
                k = verb.i
                while k > 0 and self.doc[k - 1].head.i == verb.i and self.doc[k - 1].dep_ in ("aux", "neg", "advmod"):
                    k -= 1
                while (m := next((x for x in antecedents if x.end == k), None)) is not None:
                    subject.update(range(m.start, m.end))
                    k = m.start
                    while k > 0 and self.doc[k - 1].lower_ in ("and", "the"):
                        k -= 1
                    if k == m.start:
                        break
            antecedents = [m for m in antecedents if m.start not in subject] or antecedents
        if tok.dep_ == "poss" and tok.head.dep_ == "pobj" and tok.head.head.lower_ in ("as", "among"):
            # "names Grab and Viettel as its top customers": "its" is not one of those named.
            named = {t.i for c in tok.head.head.head.children if c.dep_ == "dobj" for t in c.subtree}
            antecedents = [m for m in antecedents if m.start not in named] or antecedents
        if tok.dep_ == "poss" and tok.head.dep_ == "attr" and tok.head.head.lemma_ in ("be", "remain", "become"):
            # "MTN Ghana is its largest client", "Firnline was its largest customer": "its" is not
            # the one the clause describes.
            described = {t.i for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
            antecedents = [m for m in antecedents if m.start not in described] or antecedents
        if tok.dep_ in ("nsubj", "nsubjpass", "poss"):
            # ("Ethio Telecom's only competitor, Safaricom Ethiopia, began ...": the apposed name
            # is the subject)
            # ("Its largest customer is Alibaba Cloud. China Mobile and ByteDance were its second and
            # third biggest clients": the subject's owner is as salient as a subject)
            subjects = [m for m in antecedents if self.doc[m.start:m.end].root.dep_ in ("nsubj", "nsubjpass")
                        or (self.doc[m.start:m.end].root.dep_ == "appos"
                            or self.doc[m.start:m.end].root.dep_ == "poss" and m.kind != "relative"
                            and self.doc[m.start:m.end].root.head.pos_ == "NOUN")
                        and self.doc[m.start:m.end].root.head.dep_ in ("nsubj", "nsubjpass")]
            same = [m for m in antecedents if m.start >= tok.sent.start]
            if tok.dep_ == "poss" and same and not any(m.start >= tok.sent.start for m in subjects):
                # "Zielinska has joined PGZ as head of its new division": the sentence's subject
                # is a person, so "its" is the organisation named before it in the sentence.
                return same[-1]
            if subjects and subjects[-1].start < tok.sent.start:
                # "The company trains on LUMI, where CSC has allocated it capacity. It also rents
                # ...": across sentences the centre is the previous main clause's subject, not
                # one inside its subordinate clauses.
                main = [m for m in subjects if self._main_clause_subject(m)]
                chosen = (main or subjects)[-1]
                if same:
                    # "Goldman Sachs advised AMD. The deal is AMD's fourth acquisition, after it
                    # bought Silo AI": a name of the pronoun's own sentence that the article has
                    # named far more often is the centre, not an adviser who was a subject once.
                    central = max(same, key=lambda m: self._times_named(m.entity.iri, tok.i))
                    if self._times_named(central.entity.iri, tok.i) >= 2 * self._times_named(chosen.entity.iri, tok.i) + 2:
                        return central
                return chosen
            if subjects:
                # "G42, in which Microsoft invested $1.5bn, said it ...": not the subject of a
                # relative clause the pronoun stands outside of.
                outside = [m for m in subjects if not self._in_closed_relative(m, tok)]
                return (outside or subjects)[-1]
            if tok.dep_ == "nsubj" or tok.i == tok.sent.start:
                # No subject to go by (the parser missed it): the first-named candidate of the
                # nearest sentence or clause is the most salient.
                same = [m for m in antecedents if m.start >= tok.sent.start]
                # (not a name that only modifies a noun: "Customs records show it bought ...")
                # (a subject's modifier, not a name whose verb the tagger read as a plural noun:
                # "Halcyon trains on GPUs that it rents")
                heads = [m for m in antecedents if not (
                    self.root(m).dep_ == "compound" and (noun := self.root(m).head).pos_ == "NOUN" and noun.is_lower
                    and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB" and noun.head.i > noun.i)]
                same_heads = [m for m in heads if m.start >= tok.sent.start]
                return (same_heads or heads or same or antecedents)[0]
        # "G42 removed Huawei equipment before Microsoft invested $1.5bn in it": a name that only
        # modifies a noun ("Huawei equipment", "Nvidia chips") is not what an object pronoun means.
        heads = [m for m in antecedents if self.root(m).dep_ not in ("compound", "amod")]
        return (heads or antecedents)[-1]

    def _verb_after_comma(self, after: int) -> bool:
        """A finite verb after the comma at or just before index after (the end of a phrase, whose
        closing comma the parser may or may not count in it)."""
        doc, finite = self.doc, ("VBZ", "VBD", "VBP")
        return after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].tag_ in finite \
            or after < len(doc) and doc[after - 1].text == "," and doc[after].tag_ in finite

    def _in_closed_relative(self, m: "Mention", tok: "Token") -> bool:
        """m is the subject of a relative clause that ends before tok."""
        verb = self.root(m).head
        # (a relative pronoun stands for the name the clause hangs on, outside it)
        return verb.dep_ == "relcl" and m.kind != "relative" and m.start >= tok.sent.start \
            and verb.right_edge.i < tok.i

    def _times_named(self, iri: str, before: int) -> int:
        """How often an entity was named (not referred back to) before token ``before``."""
        # (the ends of each entity's names, listed once per text: a long one has thousands of pronouns)
        if self._name_ends is None:
            self._name_ends = {}
            for m in self.mentions:
                if m.kind == "name":
                    self._name_ends.setdefault(m.entity.iri, []).append(m.end)
            for ends in self._name_ends.values():
                ends.sort()
        return bisect_right(self._name_ends.get(iri, ()), before)

    def _list_item_owner(self, tok: "Token", antecedents: list["Mention"]) -> "Mention | None":
        """ "among them Huawei, its chip-design unit HiSilicon, SMIC and ...", "the Kazakh company,
        its Mongolian subsidiary Khangai Data Logistics and ...": an "its" that opens a list item
        naming another company belongs to the item just before it. ("Foxconn, its largest
        assembler" names no one new: a description of Foxconn, whose "its" is someone else.)"""
        doc = self.doc
        if tok.dep_ != "poss" or tok.i < 2 or doc[tok.i - 1].text != ",":
            return None
        before = next((m for m in antecedents if m.end == tok.i - 1), None)
        if before is None or before.entity.cls not in ("Company", "ResearchOrganization"):
            return None
        noun = tok.head
        named = next((m for m in self.mentions if m.start in (noun.i + 1, noun.i + 2) and m.kind == "name"), None)
        if noun.i <= tok.i or noun.i - tok.i > 5 or named is None or named.entity.iri == before.entity.iri \
                or named.entity.cls not in ("Company", "ResearchOrganization") \
                or (named.start == noun.i + 2 and doc[noun.i + 1].text != ","):
            return None
        return before

    def _main_clause_subject(self, m: "Mention") -> bool:
        """The mention is the subject of its sentence's root verb or of a verb coordinated
        with it, not of a relative, adverbial or reported clause."""
        verb = self.root(m).head
        while verb.dep_ == "conj" and verb.head is not verb:
            verb = verb.head
        return verb.dep_ == "ROOT"

    def _text(self, span: "Span") -> str:
        """A span's text without trailing space, cut from the Doc's text (Span.text builds a Token
        per word)."""
        return doc_text(self.doc)[span.start_char:span.end_char].rstrip()

    def root(self, m: "Mention") -> "Token":
        # Kept per span: the rules ask for the same roots thousands of times per article, and
        # each answer builds a Span and walks its heads.
        key = (m.start, m.end)
        root = self._roots.get(key)
        if root is None:
            root = self._roots[key] = self.doc[m.start:m.end].root
        return root

    def mention_at(self, tok: "Token | None") -> "Mention | None":
        return None if tok is None else self.at.get(tok.i)

    def is_modifier(self, m: "Mention") -> bool:
        """A name that modifies a noun ("BRICS members", "Nvidia chips", "Russia's power")."""
        if m.kind == "demonym":
            return True
        if m.kind == "anaphor" and m.end - m.start == 1 and self.doc[m.start].dep_ == "poss":
            return True  # "its Mongolian subsidiary Khangai": the list item is the unit, not "its"
        if m.end >= len(self.doc):
            return False
        nxt = self.doc[m.end]
        if self._glued_model(m) is not None:
            return True  # "DeepSeek-V3.1" split by the tokenizer: the maker names the model
        if nxt.text in {"'s", "'"} or (nxt.text == "-" and m.end + 1 < len(self.doc) and self.doc[m.end + 1].pos_ in ("VERB", "ADJ")):
            return True
        return nxt.pos_ == "NOUN" and nxt.is_lower and nxt.is_alpha and nxt.i not in self.at

    def _since_semicolon(self, group: list["Mention"], at: int) -> list["Mention"]:
        """The part of a list after the last semicolon before position at: in "A, a Limassol
        company; B, which is registered in Nicosia; and C" the relative clause is B's alone."""
        cut = max((i for i in range(group[0].start, at) if self.doc[i].text == ";"), default=None) if group else None
        return group if cut is None else [m for m in group if m.start > cut] or group[-1:]

    def _glued_model(self, m: "Mention") -> "Mention | None":
        """The model a maker's name is glued to when the tokenizer split "DeepSeek-V3.1"."""
        if m.end >= len(self.doc) or self.doc[m.end - 1].whitespace_:
            return None
        nxt = self.doc[m.end]
        x = self.at.get(nxt.i) if nxt.text[:1] == "-" and (len(nxt.text) > 1 or not nxt.whitespace_) else None
        return x if x is not None and x.entity.cls == "AIModel" and x.start == nxt.i else None

    def mentions_within(self, start: int, end: int) -> list["Mention"]:
        """Mentions lying wholly inside tokens start..end-1."""
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end]

    def sent_mentions(self, sent: "Span") -> list["Mention"]:
        return self.mentions_within(sent.start, sent.end)

    def chain(self, m: "Mention", *, rightward: bool = False) -> list["Mention"]:
        """The coordinated list a mention stands in: "the United States, China and India".
        rightward keeps only the mention and those after it ("members India and Brazil")."""
        # Found once per mention: the rules ask for the same lists many times, and the mentions
        # do not change once the view is built. (Keyed by identity: the cache holds the mention,
        # so its id is not reused.)
        hit = self._chains.get((id(m), rightward))
        if hit is None or hit[0] is not m:
            hit = self._chains[(id(m), rightward)] = (m, self._chain(m, rightward))
        return list(hit[1])

    def _chain(self, m: "Mention", rightward: bool) -> list["Mention"]:
        sent = self.doc[m.start].sent
        # Names inside a relative clause do not take part in the list around it: "Sberbank,
        # whose GigaChat model is used by millions, and Yandex compete".
        inner = {i for left, right, subtree in self._relative_clauses(sent) if not left <= m.start <= right
                 for i in subtree}
        inner |= {x.start for x in self.sent_mentions(sent) if x.kind == "relative" and x is not m}
        # ... nor do names inside a description set off after a name: "SberDevices, the AI unit of
        # Sberbank, and Moscow-based Cognitive Pilot" lists two companies, not Sberbank.
        # (Up to the comma that closes the description: the parser may hang the next item on it.)
        descriptions = self._descriptions(sent)
        own = next(((a, b) for a, b in descriptions if a <= m.start < b), None)
        if own is not None:
            # a name inside a description lists only with names inside it ("the unit of Sberbank")
            inner |= {i for i in range(sent.start, sent.end) if not own[0] <= i < own[1]}
        else:
            inner |= {i for a, b in descriptions for i in range(a, b)}
        items = [x for x in self.sent_mentions(sent) if not self.is_modifier(x) and x.start not in inner]
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

    def _relative_clauses(self, sent: "Span") -> list[tuple[int, int, frozenset[int]]]:
        """A sentence's relative clauses as (first, last, token indices), found once per text from
        the dependency array (chain() asks for every mention)."""
        if getattr(self, "_relcl_by_sent", None) is None:
            from spacy.attrs import DEP

            relcl = self.doc.vocab.strings.add("relcl")
            found: dict[int, list[tuple[int, int, frozenset[int]]]] = {}
            for i, dep in enumerate(self.doc.to_array(DEP).tolist()):
                if dep == relcl:
                    tok = self.doc[i]
                    found.setdefault(tok.sent.start, []).append(
                        (tok.left_edge.i, tok.right_edge.i, frozenset(t.i for t in tok.subtree)))
            self._relcl_by_sent = found
        return self._relcl_by_sent.get(sent.start, [])

    def _descriptions(self, sent: "Span") -> list[tuple[int, int]]:
        """(first, end) of each description set off after a name in sent, found once per sentence
        (chain() asks for every mention)."""
        cache = self._descriptions_by_sent
        if sent.start not in cache:
            cache[sent.start] = [(c.left_edge.i, self._description_end(c, sent)) for x in self.sent_mentions(sent)
                                 for c in self.doc[x.start:x.end].root.children
                                 if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > x.end
                                 # ("the Kazakh company, its subsidiary Khangai Data, and ...": a
                                 # noun followed by a name introduces a list item)
                                 and not ((n := self.at.get(c.i + 1)) is not None and n.start == c.i + 1
                                          and n.kind == "name")]
        return cache[sent.start]

    def _description_end(self, appos: "Token", sent: "Span") -> int:
        """Where a description set off after a name ends: at the comma before "and"/"or" or
        before a word outside it ("SberDevices, the unit of Sberbank, and Cognitive Pilot"), not
        at a comma inside its own list ("Apertus, the model released by ETH Zurich, EPFL and CSCS")."""
        inside = {t.i for t in appos.subtree}
        if appos.tag_ == "NN" and appos.lower_ in _ONE_PARENT_UNITS:
            # "SNB Capital, the investment arm of Saudi National Bank, HSBC Saudi Arabia and ... were
            # hired": a unit has one parent; the names after the next comma go on the outer list
            comma = next((t.i for t in self.doc[appos.i:appos.right_edge.i] if t.text == ","), None)
            after = self.at.get(comma + 1) if comma is not None else None
            if after is not None and after.start == comma + 1 and after.kind == "name":
                inside = {i for i in inside if i < comma}
        for t in self.doc[appos.i:sent.end]:
            if t.text in (",", ";") and (t.i + 1 >= sent.end or self.doc[t.i + 1].lower_ in ("and", "or")
                                        or t.i + 1 not in inside):
                return t.i
        return min(appos.right_edge.i + 1, sent.end)

    def _coordinated(self, a: "Mention", b: "Mention") -> bool:
        if b.start in self._stolen_subjects:
            return False  # (a clause's subject the parser ran a list on into)
        gap = self.doc[a.end:b.start]
        if any(t.text == ";" for t in gap):
            return self._semicolon_listed(a, b, gap)
        skipped_clause = False
        if len(gap) > 2 and gap[0].text == "," and gap[1].lower_ in _RELATIVES:
            # "Sberbank, whose GigaChat model is used by millions, and Yandex": skip the clause.
            commas = [t.i for t in gap if t.text == ","]
            if len(commas) >= 2:
                gap, skipped_clause = self.doc[commas[-1]:b.start], True
        elif 2 < len(gap) <= 16 and gap[0].text == "," and gap[1].lower_ in ("the", "a", "an"):
            # "Disco, the Tokyo-based maker of dicing machines, and Hanmi Semiconductor": skip a
            # description set off by commas when "and" or "or" follows it.
            commas = [t.i for t in gap if t.text == ","]
            unit = any(t.tag_ == "NN" and t.lower_ in _ONE_PARENT_UNITS for t in gap[:commas[-1] - gap.start])
            if len(commas) == 2 and commas[-1] + 1 <= b.start and (
                    commas[-1] + 1 < b.start and self.doc[commas[-1] + 1].lower_ in ("and", "or")
                    or unit and b.start == commas[-1] + 1) \
                    and not any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in gap):
                # ("Samsung Catalyst Fund, the venture arm of Samsung Electronics, BDC Capital and
                # ... joined": a unit's description ends at its comma, the list goes on)
                gap = self.doc[commas[-1]:b.start]
        if len(gap) > 2 and gap[0].text == "," and gap[1].lower_ in ("the", "a", "an") \
                and not any(t.text == "," or t.lower_ in ("and", "or") for t in gap[1:]) \
                and b.end < len(self.doc) and self.doc[b.end].tag_ in ("VBD", "VBZ", "VBP", "VBN"):
            # "AirTrunk, the Sydney operator Blackstone bought": a description, then its clause (not
            # "Sequoia, the Japanese lender Mizuho and Temasek")
            return False
        if len(gap) == 1 and gap[0].text == "(" and a.entity.iri == b.entity.iri:
            return True  # "Semiconductor Manufacturing International Corp (SMIC)": one item
        if len(gap) >= 1 and gap[0].text == "," and a.start > 0 and self.doc[a.start - 1].pos_ == "ADP" \
                and self.doc[a.start - 1].is_sent_start:
            return False  # "In Costa Rica, the agency Prodhab fined ...": an opening phrase ends there
        # "... and the Shanghai-based GPU designer Biren": a place with "-based" is one word more
        placed = 2 if any(t.lower_ in ("based", "headquartered") and t.i > gap.start and t.nbor(-1).text == "-"
                          for t in gap) else 0
        if not 0 < len(gap) <= 6 + placed:
            return False
        # ("Schwarz Digits as well as SAP and Bosch")
        separated = len(gap) >= 3 and any(t.lower_ == "well" and self.doc[t.i - 1].lower_ == "as"
                                          and self.doc[t.i + 1].lower_ == "as" for t in gap[1:-1])
        for tok in gap:
            if tok.text in _SEPARATORS:
                separated = separated or tok.text != ";"
                if tok.text == ";":
                    return False
            elif tok.i in self.at or tok.lower_ in _LIST_FILLERS or tok.pos_ in ("DET", "ADJ", "NUM"):
                continue
            elif tok.text == ")" and tok.i == a.end and a.start > 0 and self.doc[a.start - 1].text == "(":
                continue  # "... Corp (SMIC) and Biren": the bracketed name ends the item
            elif tok.is_upper and len(tok.text) <= 4 and tok.i + 1 < b.start and self.doc[tok.i + 1].is_lower \
                    and self.doc[tok.i + 1].pos_ == "NOUN":
                continue  # "the GPU designer Biren", "the AI start-up Kestrel"
            elif tok.is_upper and len(tok.text) <= 4 and tok.i + 1 == b.start and b.entity.cls == "Person" \
                    and a.entity.cls == "Person":
                continue  # "CEO Eyal Ben-Ami and CTO Dana Shafir": a title before the next person
            elif tok.text == "-" or tok.lower_ in ("based", "headquartered"):
                continue  # "OpenAI, Google and Paris-based Mistral AI"
            elif tok.i + 2 < b.start and self.doc[tok.i + 1].text == "-" and self.doc[tok.i + 2].lower_ in ("based", "headquartered"):
                continue  # "Maasland and its Almere-based rival ASM": a town the NER did not name
            elif tok.text in ("'s", "'") and tok.i - 1 in self.at:
                continue  # "Mubadala and Brazil's state development bank BNDES"
            elif tok.ent_type_ in ("DATE", "CARDINAL", "ORDINAL") or (
                    tok.lower_ in ("in", "on", "since", "at") and tok.i + 1 < len(self.doc)
                    and self.doc[tok.i + 1].ent_type_ in ("DATE", "ORDINAL")):
                continue  # "joined the SCO in 2023 and BRICS in 2024", "behind Australia in 14th and Singapore in 2nd"
            elif tok.pos_ in ("NOUN", "PROPN") and tok.is_lower:
                continue
            else:
                return False
        if not separated:
            return False
        if len(gap) == 1 and gap[0].text == "," and a.entity.cls == "City" and (
                b.entity.cls in ("Country", "Region") or (b.entity.cls == "City" and not b.entity.known and not (
                    a.start > 0 and self.doc[a.start - 1].text == ",") and not (
                    b.end < len(self.doc) and self.doc[b.end].lower_ in (",", "and", "or")))):
            return False  # "Hsinchu, Taiwan", "Austin, Texas": a place and where it lies
        if len(gap) == 1 and gap[0].text == "," and a.entity.cls == "Region" and b.entity.cls == "Country" \
                and b.entity.iri in self.gazetteer.objects(a.entity.iri, "locatedIn") \
                and not (b.end < len(self.doc) and self.doc[b.end].lower_ in ("and", "or")):
            return False  # "based in Penang, Malaysia": a state and the country it lies in
        # "... in OpenAI, and Google backed Anthropic": b opens a new clause.
        # (a pronoun after the clause does: "a supplier to AMD, whose accelerators use its HBM3E, and it
        # provides memory to AWS")
        if self.root(b).dep_ in ("nsubj", "nsubjpass") and self.root(a).dep_ not in ("nsubj", "nsubjpass") \
                and (not skipped_clause or self.doc[b.start].pos_ == "PRON"):
            return False
        return True

    def _semicolon_listed(self, a: "Mention", b: "Mention", gap: "Span") -> bool:
        """ "designated Akamas Trading, a Limassol company; Troodos Microsystems, which is
        registered in Nicosia; and Paphos Digital Supply": items whose descriptions hold commas
        are listed with semicolons. A semicolon that opens a new clause ("...; Armenia is a
        member") does not list, nor does one between names of different kinds."""
        semicolons = [t.i for t in gap if t.text == ";"]
        if len(semicolons) > 1 or len(gap) > 24 or a.kind != "name" or b.kind != "name" \
                or a.entity.cls != b.entity.cls or self.root(b).dep_ in ("nsubj", "nsubjpass"):
            return False
        if any(t.lower_ not in ("and", "or") for t in self.doc[semicolons[0] + 1:b.start]):
            return False
        description = self.doc[a.end:semicolons[0]]
        if not description:
            return True
        if description[0].text != "," or len(description) < 2:
            return False
        if description[1].lower_ in _RELATIVES:
            return True  # "Troodos Microsystems, which is registered in Nicosia;"
        return not any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in description)

    def np_mentions(self, tok: "Token | None", *, role: str, owners: bool = True) -> list["Mention"]:
        """The entities a noun phrase headed by tok names.

        The head's own name (with its coordinated list); else the names it lists ("providers such
        as OpenAI and Google", "smaller economies such as Singapore and Israel"); else, for a
        subject, a name inside the phrase ("the EU AI Act" -> EU); for an object, the possessor
        ("Russia's computing power"). owners=False keeps only the referent itself: in "Inception,
        another G42 unit" the unit is not G42.
        """
        if tok is None:
            return []
        if tok.i in self.plural_of:
            return list(self.plural_of[tok.i])  # "the two companies"
        first = (x.start if (x := self.mention_at(tok)) is not None else tok.i) if tok.dep_ == "nsubj" else tok.i
        if tok.dep_ == "nsubj" and first >= 1 and self.doc[first - 1].lower_ in ("besides", "like", "unlike", "alongside") \
                and self.doc[first - 1].is_sent_start:
            # "Besides ASML, the French company Soitec ... supplies wafers": the parser made the
            # name after "besides" the subject and the real one its apposition.
            named = [c for c in tok.children if c.dep_ == "appos" and self.mention_at(c) is not None]
            if named:
                return self.np_mentions(named[0], role=role, owners=owners)
        m = self.mention_at(tok)
        if m is not None and m.kind == "relative" and m.start in self.relative_of:
            # "OpenAI and Anthropic, with which it competes": the whole antecedent list (the part
            # before the clause: in "Mistral, which develops X, and Aleph Alpha" only Mistral).
            group = self._since_semicolon([x for x in self.chain(self.relative_of[m.start]) if x.end <= m.start], m.start)
            clause = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
            if len(group) > 1 and tok.lower_ == "who" and clause is not None and clause.tag_ in ("VBZ", "VBD") \
                    and not any(c.lower_ in ("both", "all") for c in clause.children):
                # "Lena Hartmann and Marek Wozniak, who previously worked at Siemens": the last.
                return group[-1:]
            if len(group) > 1 and tok.lower_ in ("which", "that") and clause is not None and (
                    clause.tag_ == "VBZ" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBZ" for c in clause.children)):
                # "makes processors for AMD, Apple and Broadcom, which designs custom chips for
                # Google": a singular verb agrees with the last name only.
                return group[-1:]
            if len(group) > 1 and tok.lower_ in ("which", "whom") and tok.dep_ == "dobj" \
                    and self.doc[m.start - 1].text == "," and tok.head.lemma_ in ("acquire", "buy", "purchase", "take") \
                    and self.root(group[0]).dep_ == "pobj" \
                    and not any(t.lower_ in ("respectively", "both", "all") for t in tok.head.subtree):
                # (not "owns Halcyra and Orion Data, which it acquired in 2023 and 2024 respectively")
                # "Princeton Digital Group and AirTrunk, which Blackstone acquired": one firm is bought
                return group[-1:]
            return group
        if m is not None and m.kind != "demonym":
            glued = self._glued_model(m)
            if glued is None and m.entity.cls == "GovernmentBody" and m.end + 1 < len(self.doc) \
                    and self.doc[m.end].text == "'s" and (unit := self.at.get(m.end + 1)) is not None \
                    and unit.start == m.end + 1 and unit.kind == "name" and unit.entity.cls == "GovernmentBody":
                # "the US Department of the Treasury's Office of Foreign Assets Control designated":
                # the office acts (the parser may make the department the phrase's head)
                return [unit]
            return [glued] if glued is not None else self.chain(m)
        after = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        if after is not None and after.lower_ in ("startup", "start-up") and after.pos_ == "VERB":
            # "its acquisition of chip software startup Deepwell Labs": the tagger took "startup"
            # for a verb whose object is the name.
            named = [x for c in after.children if c.dep_ == "dobj" for x in [self.mention_at(c)]
                     if x is not None and x.kind == "name"]
            if named:
                return named
        if tok.lower_ in ("both", "all", "each", "most", "some", "several") and tok.head.dep_ == "relcl" and any(
                g.lower_ in ("which", "whom") for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children):
            # "SK hynix and Samsung Electronics, both of which supply the memory to Nvidia": the
            # names right before the comma (the parser may hang the clause on an earlier noun).
            before = self.at.get(tok.i - 2) if tok.i >= 2 and self.doc[tok.i - 1].text == "," else None
            if before is not None and before.end == tok.i - 1 and before.kind == "name":
                return self.chain(before)
            return self.np_mentions(tok.head.head, role=role, owners=False)
        if tok.lower_ in _GENERIC_PRODUCTS:
            # "develops the Mistral Large family of models", "the Claude models"; "develops the
            # Falcon series, most recently Falcon-H1": the named family, then the named members.
            # ("the Spectrum-X Ethernet platform": past a describing word the model's name modifies)
            named = [m for c in tok.children if c.dep_ in ("compound", "nmod")
                     for x in [c, *(g for g in c.children if g.dep_ == "compound" and self.mention_at(c) is None)]
                     for m in [self.mention_at(x)] if m is not None and m.entity.cls == "AIModel"]
            if named:
                return named + [m for c in tok.children if c.dep_ == "appos"
                                for m in self.np_mentions(c, role=role, owners=False) if m.entity.cls == "AIModel"]
        for child in tok.children:
            if child.dep_ == "appos":
                found = self.np_mentions(child, role=role, owners=False)
                if found:
                    return found
            if child.dep_ == "acl" and child.lower_ in ("called", "named", "dubbed") and tok.pos_ == "NOUN":
                # "a firm called Tropic Eye Systems"
                found = [m for g in child.children if g.dep_ in ("oprd", "attr", "dobj")
                         for m in self.np_mentions(g, role=role, owners=False)]
                if found:
                    return found
            if child.dep_ == "acl" and child.lower_ == "known" and tok.pos_ == "NOUN":
                # "The country's privacy watchdog, known as the Garante, fined OpenAI"
                found = [m for p in child.children if p.dep_ == "prep" and p.lower_ == "as"
                         for g in p.children if g.dep_ == "pobj" for m in self.np_mentions(g, role=role, owners=False)]
                if found:
                    return found
        named = self.at.get(tok.i + 1)
        if tok.lower_ in _UNIT_NOUNS and tok.pos_ == "NOUN" and named is not None and named.start == tok.i + 1 \
                and any(c.dep_ == "poss" for c in tok.children) \
                and named.kind == "name" and named.entity.cls == "Company" \
                and self.root(named).dep_ in ("advmod", "npadvmod", "appos", "dep", "punct"):
            return [named]  # "backed Telkom Indonesia's data-centre unit NeutraDC": the parser hung the name on the verb
        if owners and tok.lower_ in ("campuses", "sites", "facilities", "plants", "centres", "centers", "halls", "factories") \
                and tok.dep_ == "pobj" and tok.head.lower_ == "to":  # (what is delivered "to" them, not bought)
            # "supplies electricity to the YTL, Bridge and AirTrunk campuses": the firms whose sites they are
            named = [m for c in tok.children if c.dep_ in ("compound", "nmod") for t in [c, *c.conjuncts]
                     for m in [self.mention_at(t)] if m is not None and m.kind == "name" and m.entity.cls == "Company"]
            if named:
                return [m for k, m in enumerate(named) if m not in named[:k]]
        listed = self.listed(tok)
        if listed:
            return listed
        if role == "object" and tok.pos_ == "PROPN" and tok.text[:1].isupper() and m is None \
                and tok.ent_type_ in ("", "ORG", "FAC", "PRODUCT", "PERSON", "GPE"):
            # "supervises True IDC and Siam AI": a list whose first name nobody recognised still
            # names the rest
            rest = [x for c in tok.children if c.dep_ == "conj" for x in [self.mention_at(c)]
                    if x is not None and x.kind == "name"]
            if rest:
                return [y for x in rest for y in self.chain(x)]
        if tok.lower_ in self.p["title_words"] and tok.tag_ == "NN":
            # "led by president and chief executive Atsuyoshi Koike": the parser makes the name a
            # conjunct of the first title.
            people = [m for c in tok.children if c.dep_ == "conj" for m in [self.mention_at(c)]
                      if m is not None and m.entity.cls == "Person" and m.kind == "name"
                      and all(t.lower_ in self.p["title_words"] for t in self.doc[tok.i:m.start])]
            if people:
                return people
        if tok.tag_ == "NNS" and tok.lower_ in self.p["title_words"] and tok.i + 1 < len(self.doc):
            # "founded by former Google researchers David Ha and Llion Jones".
            nxt = self.at.get(tok.i + 1)
            if nxt is not None and nxt.start == tok.i + 1 and nxt.entity.cls == "Person":
                return [m for m in self.chain(nxt, rightward=True) if m.entity.cls == "Person"]
        if tok.tag_ == "NNS" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].text in (
                ",", "-", "--", "\u2013", "\u2014", ":", "("):
            # "Japan's three megabanks, MUFG, Mizuho and SMBC": a list the parser did not attach.
            after = self._mention_after(self.doc[tok.i + 1], skip=1)
            group = self.chain(after, rightward=True) if after is not None else []
            if len(group) > 1:
                return group
        if tok.lower_ in ("government", "administration", "authorities", "state") and role in ("subject", "object"):
            # "backed by Toyota and the Japanese government": the state whose government it is.
            states = [m for c in tok.children if c.dep_ in ("amod", "compound", "poss")
                      for m in [self.mention_at(c)] if m is not None and m.entity.cls == "Country"]
            if len(states) == 1:
                return states
        if (tok.lower_ in self.p["org_nouns"] or tok.lower_.endswith("maker")) and tok.tag_ == "NN" \
                and (nxt := self.at.get(tok.i + 1)) is not None and nxt.start == tok.i + 1 and nxt.kind == "name" \
                and nxt.entity.cls in ("Company", "ResearchOrganization") and self.root(nxt).head.i != tok.i \
                and self.root(nxt).dep_ not in ("nsubj", "nsubjpass", "poss", "nmod", "amod") \
                and not (self.root(nxt).dep_ == "compound" and self.root(nxt).head.lemma_ not in ("year", "month", "week", "day")) \
                and not any(c.dep_ in ("appos", "compound") and c.i > tok.i for c in tok.children):
            # "blacklisted Chinese drone maker DJI years ago": the parser hung the name on what
            # follows it; the description's name is right after it
            return [nxt]
        if tok.tag_ == "NNS" and (tok.lemma_ in self.p["org_nouns"] or tok.lower_.endswith("makers")) \
                and (nxt := self.at.get(tok.i + 1)) is not None and nxt.start == tok.i + 1 and nxt.kind == "name" \
                and nxt.entity.cls in ("Company", "ResearchOrganization") and self.root(nxt).head.i != tok.i \
                and not any(c.dep_ in ("appos", "compound") and c.i > tok.i for c in tok.children):
            # "sells the tool to Spanish companies BBVA and Telefonica": the plural's listed names,
            # which the parser hung elsewhere
            group = [m for m in self.chain(nxt, rightward=True) if m.entity.cls in ("Company", "ResearchOrganization")]
            if len(group) > 1:
                return group
        if tok.lower_ in _PLACE_HEAD_NOUNS and tok.tag_ == "NN":
            # "based in the southern city of Kaohsiung": the named place
            named = [m for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                     if g.dep_ == "pobj" for m in [self.mention_at(g)]
                     if m is not None and m.kind == "name" and m.entity.cls in ("City", "Region", "Country")]
            if named:
                return named[:1]
        if tok.lower_ in _BLOC_HEAD_NOUNS:
            # "members of the USMCA trade agreement", "the Chip 4 alliance": the named bloc.
            named = [m for c in tok.children if c.dep_ in ("compound", "nmod")
                     for m in [self.mention_at(c)] if m is not None and m.entity.cls == "Bloc" and m.kind == "name"]
            if named:
                return named[:1]
        if tok.lower_ in _NAME_HEAD_NOUNS:
            # "the Yandex company", "the China Telecom corporation" (translated state media).
            named = [m for c in tok.children if c.dep_ in ("compound", "nmod")
                     for m in [self.mention_at(c)] if m is not None and m.kind != "demonym"
                     and m.entity.cls in ("Company", "ResearchOrganization") and m.end == tok.i]
            if named:
                return named
        if not owners:
            return []
        if tok.lemma_ in _UNIT_NOUNS:
            # "its Lintasarta unit had taken delivery of ...": the named unit, not its owner.
            named = [m for c in tok.children if c.dep_ == "compound" for m in [self.mention_at(c)]
                     if m is not None and m.kind == "name" and m.end == tok.i and m.entity.cls == "Company"]
            if named:
                return named
        if role == "object" and tok.lemma_ in _ASSET_NOUNS and not any(c.dep_ == "poss" for c in tok.children):
            # "supplies the 5G radio network of Irancell", "hardware for the data centre of the
            # National Information Technology Board", "power to the AdaniConneX campus": the owner.
            owner = [m for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i
                     for m in [self.mention_at(c)] if m is not None and m.kind == "name" and m.end == tok.i
                     and m.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody")] or \
                    [m for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                     for c in p.children if c.dep_ == "pobj" for m in self.np_mentions(c, role=role, owners=False)
                     if m.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody")]
            if owner:
                return owner
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

    def prep_mentions(self, tok: "Token", preps: "tuple[str, ...] | set[str]") -> list["Mention"]:
        """The names in the objects of tok's prepositions among preps: "a supply agreement with AMD"."""
        # "competition with Nscale, ..., and with Nebius Group": a coordinated preposition as well.
        return [m for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in preps
                for p in [prep, *[c for c in prep.conjuncts if c.lower_ == prep.lower_]]
                for c in p.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")]

    def listed(self, tok: "Token") -> list["Mention"]:
        """ "customers such as SMIC and Hua Hong", "backers including Nvidia", "members like X",
        "12 Chinese entities, among them X": the names a common noun introduces as examples."""
        doc = self.doc
        k = tok.i + 1
        if tok.tag_ == "NNS":
            # "froze the assets of four companies and two individuals on Tuesday, among them X": past
            # a coordinated group and a date (no verb, no comma between)
            for j in range(k, min(k + 8, tok.sent.end - 2)):
                if doc[j].text == "," or doc[j].pos_ in ("VERB", "AUX"):
                    if doc[j].text == "," and j > k and doc[j + 1].lower_ == "among" and doc[j + 2].lower_ == "them" \
                            and any(t.ent_type_ in ("DATE", "TIME") or t.dep_ == "conj" and t.head.i == tok.i
                                    for t in doc[k:j]):
                        k = j
                    break
        if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "among" and doc[k + 2].lower_ == "them":
            first = self._mention_after(doc[k + 2], skip=2)
            if first is not None and self.is_modifier(first) and first.kind == "name":
                # "four individuals, among them Svisloch's chief executive, Dmitry Savchenko"
                first = next((x for x in self.mentions_within(first.end, min(first.end + 6, tok.sent.end))
                              if x.kind == "name" and self.root(x).dep_ == "appos"), None)
            if first is not None and first.kind != "demonym":
                return self.chain(first, rightward=True)
        if k + 1 < len(doc) and doc[k].text in (",", ":") and doc[k + 1].lower_ in ("namely", "specifically", "notably") \
                or k < len(doc) and doc[k].lower_ == "namely":
            # "investment from eight companies, namely Toyota Motor, Denso, Sony Group ..."
            word = doc[k + 1] if doc[k].text in (",", ":") else doc[k]
            first = self._mention_after(word, skip=1)
            if first is not None and first.kind != "demonym" and first.start <= word.i + 2:
                return self.chain(first, rightward=True)
        if tok.lemma_.lower() in _GROUP_NOUNS:
            # "a cluster of younger GPU designers including Moore Threads and MetaX".
            of = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
            if of and of[0].i != tok.i:
                found = self.listed(of[0])
                if found:
                    return found
        for child in tok.children:
            if child.dep_ == "prep" and (child.lower_ in ("including", "like") or (
                    child.lower_ == "as" and child.i > 0 and self.doc[child.i - 1].lower_ == "such")):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        m = self.mention_at(pobj)
                        if m is not None and m.kind != "demonym":
                            return self.chain(m, rightward=True)
        if tok.tag_ == "NNS" and tok.dep_ == "dobj":
            # "designated 14 entities on September 12, including Bishkek Tech Supply": "including"
            # hung on the date after the object (or on the verb)
            for t in self.doc[tok.i + 1:min(tok.i + 9, tok.sent.end)]:
                if t.lower_ == "including" and (t.head.i == tok.head.i or t.head.ent_type_ in ("DATE", "TIME")):
                    m = next((self.mention_at(c) for c in t.children if c.dep_ == "pobj" and self.mention_at(c)), None)
                    if m is not None and m.kind != "demonym":
                        return self.chain(m, rightward=True)
                    break
        return []

    def clause_subject(self, tok: "Token") -> list["Mention"]:
        """The subject of the clause tok belongs to, climbing xcomp/advcl/conj to a verb that has one."""
        v = tok
        for _ in range(8):
            if v.i in self.forced:
                return self.chain(self.forced[v.i])
            if v.i in self.lost_subjects:
                return self.chain(self.lost_subjects[v.i])
            subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i]
            between = self.doc[subjects[0].i:subjects[-1].i] if len(subjects) > 1 else ()
            if len(subjects) > 1 and all(c.i < v.i for c in subjects) \
                    and any(t.lower_ in ("and", "but", "while") and t.i > 0 and self.doc[t.i - 1].text == ","
                            for t in between) \
                    and not any(t.lower_ in _RELATIVES for t in between):
                # "Schneider Electric supplies switchgear ..., and Vertiv has a contract to deliver":
                # of two subjects the parser gave one verb, the nearer is its own
                subjects.reverse()
            for child in subjects:
                found = self.np_mentions(child, role="subject")
                if found:
                    return found
            for child in subjects:
                left = child.left_edge.i
                if child.pos_ == "NOUN" and left >= 2 and self.doc[left - 1].text == "," \
                        and self.doc[left].lower_ in ("the", "a", "an") \
                        and (before := self.at.get(left - 2)) is not None and before.end == left - 1 \
                        and before.kind == "name" and before.entity.cls in ("Company", "ResearchOrganization") \
                        and self.root(before).dep_ not in ("pobj", "dobj", "appos", "conj") \
                        and "," in (child.right_edge.text, self.doc[min(child.right_edge.i + 1, len(self.doc) - 1)].text):
                    # "NeutraDC, the data centre subsidiary of Telkom, has purchased": the parser
                    # took the apposition for the subject and left the name hanging before it.
                    return [before]
            for child in subjects:
                # "A much smaller Korean competitor of Advantest, Seoyeon Inspection, makes": the
                # parser hung the subject's own name on the "of" name before it
                named = [a for p in child.children if p.dep_ == "prep" and p.lower_ == "of" and child.pos_ == "NOUN"
                         for g in p.children if g.dep_ == "pobj" and g.i in self.at
                         for c in g.children if c.dep_ == "appos" and c.i <= child.right_edge.i
                         and all(t.is_punct for t in self.doc[c.i + 1:child.right_edge.i + 1])
                         for a in [self.mention_at(c)] if a is not None and a.kind == "name" and a.end == c.i + 1
                         and self.doc[a.start - 1].text == "," and a.end < len(self.doc) and self.doc[a.end].text == ","]
                if named:
                    return named[:1]  # (not a list: the "of" name and the subject's own are apart)
            for child in subjects:
                # "The development of AI in Russia continues": the name deeper in the phrase.
                appositive = {t.i for c in child.children if c.dep_ in ("appos", "relcl", "acl") for t in c.subtree}
                # ("All five republics except Turkmenistan are members": not the one excepted)
                appositive |= {t.i for c in child.children if c.dep_ == "prep" and c.lower_ in ("except", "excluding")
                               for t in c.subtree}
                if child.lemma_ in ("subsidiary", "unit", "arm", "division", "affiliate", "branch"):
                    # ("the data centre subsidiary of Telkom has purchased ...": the unit did, not Telkom)
                    appositive |= {t.i for c in child.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}
                deep = [self.at[t.i] for t in child.subtree if t.i in self.at and self.at[t.i].kind != "demonym"
                        and t.i not in appositive
                        and self.at[t.i].entity.cls in ("Country", "Company", "Bloc", "Region")]
                if deep:
                    return deep[:1]
            if v.dep_ == "relcl" and any(c.lower_ in ("which", "that") for c in subjects) \
                    and v.head.pos_ == "NOUN" and any(c.dep_ == "poss" for c in v.head.children):
                # "its enterprise service, which runs on Nvidia servers": whose the thing is.
                return self.np_mentions(v.head, role="subject")
            if v.dep_ == "relcl" and any(c.lower_ in ("which", "that") for c in subjects) \
                    and v.head.lemma_.lower() in _PLANT_NOUNS and v.head.dep_ == "dobj" \
                    and v.head.head.lemma_ in ("run", "operate", "own", "build", "open") \
                    and v.lemma_ in ("sell", "supply", "ship", "deliver", "make", "produce", "build", "assemble"):
                # "Wiwynn runs a plant in Santa Catarina that sells to Meta": the plant's owner sells
                return [m for m in self.clause_subject(v.head.head) if m.entity.cls == "Company"]
            if subjects:
                return []
            k = v.i  # (past an adverb: "... and the Korea Development Bank also holds a stake")
            while k > 1 and self.doc[k - 1].dep_ == "advmod" and self.doc[k - 1].pos_ == "ADV" and v.i - k < 2:
                k -= 1
            if v.tag_ in ("VBP", "VBZ", "VBD") and v.i > 0 and v.dep_ != "relcl" \
                    and (v.pos_ == "VERB" or v.dep_ == "conj" and any(c.dep_ == "attr" for c in v.children)) \
                    and (before := self.at.get(k - 1)) is not None and before.end == k \
                    and before.kind == "name" and self.root(before).dep_ in ("appos", "conj", "pobj", "dobj", "oprd",
                                                                             "intj", "dep", "punct"):
                # "Among the blocs in the index, Georgia, Azerbaijan, Ukraine and Moldova make up
                # GUAM": a finite verb's subject the parser hung elsewhere is the list right before it
                # (or a new name it took for an interjection or a punctuation mark: "FuriosaAI turned
                # down ...").
                return self.chain(before)
            if v.dep_ == "ROOT" and v.tag_ in ("VBP", "VBZ", "VBD") and v.i >= 2 and self.doc[v.i - 1].text == ",":
                # "According to Treasury, Sierra Pass Components, a Reno-based distributor, bought
                # servers": the name before the description the parser hung elsewhere
                d = self.doc[v.i - 2]
                for _ in range(4):
                    if d.dep_ == "appos" or d.head.i == d.i:
                        break
                    d = d.head
                named = self.at_name(d.head) if d.dep_ == "appos" and d.i < v.i else None
                if named is not None and named.kind == "name" and named.end <= d.left_edge.i \
                        and self.root(named).dep_ in ("conj", "pobj", "appos"):
                    return [named]
            if v.dep_ == "acl" and v.tag_ == "VBN" and v.lemma_ == "use" and v.i != tok.i:
                # "provides the labelling software used to train KARTAL": the user, if said ("used by Meta")
                return self.objects(v, "prep:by")
            if v.dep_ in ("relcl", "acl") and v.head.i != v.i:
                found = self.np_mentions(v.head, role="subject")
                if found:
                    return found
            if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.lower_ == "for":
                # "BIS fined Kellerman Systems for shipping servers to Najd": who is fined for
                # doing something did it (the parser may hang "for" on the fine's amount).
                judged = next((a for a in v.head.ancestors if a.pos_ == "VERB"
                               and any(c.dep_ == "dobj" for c in a.children)), None)
                done_by = [m for c in (judged.children if judged is not None else ()) if c.dep_ == "dobj"
                           for m in self.np_mentions(c, role="object")]
                if done_by:
                    return done_by
            if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.lower_ == "in" and v.head.head.lemma_ == "join" \
                    and v.head.head.pos_ == "VERB":
                # "MGX joined GIP and Microsoft in buying Aligned": all of them bought it.
                joined = v.head.head
                joiners = self.clause_subject(joined)
                return joiners + [m for c in joined.children if c.dep_ == "dobj"
                                  for m in self.np_mentions(c, role="subject", owners=False)
                                  if all(m.entity.iri != j.entity.iri for j in joiners)]
            if v.head.i == v.i or self._across_semicolon(v):
                break
            v = v.head
        return []

    @staticmethod
    def _across_semicolon(tok: "Token") -> bool:
        """tok hangs on a head the other side of a semicolon: "X and Y make up GUAM; Armenia is
        a member of the EAEU" parsed as one clause inside the other."""
        head = tok.head
        return tok.dep_ in ("ccomp", "parataxis", "conj") and any(
            c.text == ";" and min(tok.i, head.i) < c.i < max(tok.i, head.i) for c in head.children)

    def objects(self, verb: "Token", spec: str) -> list["Mention"]:
        found: list[Mention] = []
        # "Samsung Electronics supplies HBM3E products to AMD": a verb read as a noun may be made the
        # subject of the next word, which then holds the verb's complements.
        # ("ships power-supply units to Foxconn": past the object's own modifiers)
        stand_in = [verb.head] if verb.i in self.forced and verb.dep_ in ("nsubj", "compound", "nmod") \
            and verb.head.i > verb.i and all(verb.head in t.ancestors for t in self.doc[verb.i + 1:verb.head.i]) else []
        while stand_in and stand_in[0].dep_ == "compound" and stand_in[0].head.i > stand_in[0].i:
            stand_in = [stand_in[0].head]  # ("Supermicro sources power shelves from ...": the compound's head)
        if spec in ("dobj", "dative"):
            deps = ("dobj", "attr", "oprd") if spec == "dobj" else ("dative",)
            for child in verb.children:
                if child.dep_ in deps:
                    found += self.np_mentions(child, role="object")
                    if found and (m := self.mention_at(child)) is not None and m.end + 1 < len(self.doc) \
                            and self.doc[m.end].text == "'s" and self.doc[m.end + 1].lower_ in ("and", "or"):
                        # "regulates Nvidia's and AMD's sales": the parser made the first owner the
                        # object and the goods a conjunct owned by the second
                        found += [x for c in child.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                                  for g in c.children if g.dep_ == "poss" for x in [self.mention_at(g)]
                                  if x is not None and x.kind == "name" and x not in found]
                    left = child.left_edge.i
                    if not found and child.dep_ == "dobj" and left >= 2 and self.doc[left - 1].text == "," \
                            and (before := self.at.get(left - 2)) is not None and before.end == left - 1 \
                            and before.kind == "name" and self.root(before).dep_ in ("advmod", "npadvmod", "dep") \
                            and self.root(before).head.i == verb.i:
                        # "Xero acquired Ledgerly, an Auckland start-up": the parser took the
                        # description for the object and left the name hanging on the verb.
                        found.append(before)
            if not found and spec == "dobj" and verb.i in self.forced:
                # "The United States sanctions Iran": the object read as the "noun's" apposition
                found += [m for c in verb.children if c.dep_ == "appos" and c.i > verb.i
                          for m in self.np_mentions(c, role="object")]
            if not found and spec == "dobj" and stand_in and stand_in[0].i in self.at:
                found += self.np_mentions(stand_in[0], role="object")
            if not found and spec == "dative" and not any(
                    c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for") for c in verb.children):
                # "Lasertec sells Rapidus its mask-inspection tools": the parser made the recipient the
                # object and the goods, owned by "its", the recipient's apposition (not "sold Altera,
                # its programmable-chip unit, to Silver Lake")
                for child in verb.children:
                    if child.dep_ == "dobj" and any(
                            g.dep_ in ("appos", "dobj") and g.i > child.i and g.pos_ == "NOUN"
                            and g.lower_ in _SUPPLIED_GOODS
                            and any(p.dep_ == "poss" and p.lower_ in ("its", "their") for p in g.children)
                            for g in child.children):
                        found += [m for m in self.np_mentions(child, role="object", owners=False)
                                  if m.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody")]
            return found
        word = spec.split(":", 1)[1]
        holders = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "prt", "advmod", "npadvmod")]
        # "Foxconn assembles server racks for Nvidia": a noun read as a verb's complement ("server"
        # as an xcomp with no "to") holds the rest of the object.
        holders += [c for c in verb.children if c.dep_ == "xcomp" and c.i == verb.i + 1
                    and not any(g.dep_ in ("aux", "mark") for g in c.children)]
        holders += [h for t in stand_in for h in [t, *t.children] if h is t or h.dep_ == "dobj"]
        if verb.i in self.forced:
            # "Scale supplies training data to Google", "Kaveri sources most of its substrates from
            # Ibiden": with the verb read as a noun, its complements hang a level or two lower.
            frontier = [verb]
            for _ in range(3):
                # ("Schneider Electric supplies switchgear and ... systems for NextDC's halls": the
                # object read as the "noun's" apposition)
                frontier = [c for t in frontier for c in t.children if c.i > verb.i
                            and (c.dep_ in ("acl", "dobj", "pobj", "npadvmod", "prep", "compound")
                                 or c.dep_ == "appos" and t.i == verb.i)]
                holders += [t for t in frontier if t.pos_ in ("NOUN", "VERB", "ADJ", "PROPN")]
        # "provides motherboards and servers to Google": the parser may coordinate the object's last
        # noun with the verb itself, and hang the preposition on it.
        holders += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > verb.i
                    and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children)
                    and c.i not in self.forced and not _verb_form_in(c, self.p["verbs"])  # (not "and competes with")
                    and any(d.dep_ == "dobj" and d.i < c.i for d in verb.children)]
        # "restrict sales of advanced tools to China": the preposition may hang on the object's
        # own complement (or, misparsed, on a verb coordinated inside the object).
        for c in verb.children:
            # "... most of its substrates from Ibiden": "from" may hang on the part's whole.
            if c.dep_ == "dobj" or c.dep_ == "advmod" and c.lower_ in ("most", "much", "all", "some", "part"):
                holders += [g for p in c.children if p.dep_ == "prep" and p.lower_ in ("of", "for", "on")
                            for g in p.children if g.dep_ == "pobj"]
            if c.dep_ == "advcl" and c.tag_ == "VBG" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                holders += [c] + [g for g in c.children if g.dep_ == "dobj"]
        if word == "from":
            # "bought 600 cameras for the city's transit system from Quetzal Systems": "from" hung
            # on the purpose (or the price: "for $5 million from X").
            holders += [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                        for g in p.children if g.dep_ == "pobj"]
            # "leases two halls in the city from Echelon": or on the place (not a named one:
            # "bought chips in Taiwan from ..." is the same, "a stake in Zeta from" is Zeta's own)
            holders += [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
                        for g in p.children if g.dep_ == "pobj" and g.i not in self.at]
            # "buys vacuum pumps and control electronics from MKS": on the object's last conjunct
            holders += [g for c in verb.children if c.dep_ == "dobj" for g in c.conjuncts if g.i > c.i]
        if word == "to":
            # "ships servers built on Nvidia's GPUs to xAI": "to" hung on the object's participle
            holders += [g for c in [*verb.children, *stand_in] if c.dep_ == "dobj" or c in stand_in
                        for g in c.children if g.dep_ == "acl" and g.tag_ == "VBN"]
            # "provided computing capacity from its Colorado sites to G42": "to" hung on the source
            holders += [p for c in [verb, *(c for c in verb.children if c.dep_ == "dobj")] for p in c.children
                        if p.dep_ == "prep" and p.lower_ == "from"]
            # "supplies crucibles to wafer maker SUMCO": the tagger may read a goods noun before
            # "maker" as a verb after "to", and the name as its object (not "to fund startup OpenAI")
            found += [m for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB" and c.i > verb.i
                      and (c.lower_ in _HARDWARE_NOUNS or c.lower_ + "s" in _HARDWARE_NOUNS | _PARTS)
                      and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == c.i - 1 for a in c.children)
                      for g in c.children if g.dep_ == "dobj" and g.i in self.at
                      and any(k.dep_ == "compound" and k.i == c.i + 1
                              and k.lower_ in ("maker", "manufacturer", "producer", "designer", "assembler")
                              for k in g.children)
                      for m in self.np_mentions(g, role="object")]
        if word == "with":
            # "competes for enterprise clients with Lelapa AI": "with" hung on the purpose phrase.
            holders += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("for", "in")
                        for g in p.children if g.dep_ == "pobj" and g.i not in self.at]
        # "competes with Data4, owned by Brookfield, and with Digital Realty": the second preposition
        # hung on the participle between
        found += [m for c in verb.children if c.dep_ in ("advcl", "acl") and c.tag_ == "VBN" and c.i > verb.i
                  for g in c.children if g.dep_ == "conj" and g.lower_ == word and g.pos_ == "ADP"
                  for o in g.children if o.dep_ == "pobj" for m in self.np_mentions(o, role="object")]
        # ("sources lasers from Lumentum, and Meta Platforms orders transceivers from Cloud Light":
        # what follows a clause read as a noun is that clause's)
        cut = next((c.i for c in verb.children if c.i > verb.i and self._clause_read_as_noun(c) is not None), None)
        for holder in holders:
            for child in holder.children:
                if cut is not None and child.i > cut and holder is verb:
                    continue
                if child.dep_ == "prep" and child.lower_ != word and holder is verb:
                    # "shipping drives to Quanta for its plant in Monterrey, and to Wistron": the
                    # second "to" coordinated with the "for" between them
                    found += [m for c in child.children if c.dep_ == "conj" and c.lower_ == word and c.pos_ == "ADP"
                              for g in c.children if g.dep_ == "pobj" for m in self.np_mentions(g, role="object")]
                if child.dep_ == "conj" and child.lower_ == word and child.pos_ == "ADP" and holder is verb:
                    # "competes with Yandex, whose ..., and with T-Bank": a preposition the parser
                    # coordinated with the verb itself.
                    found += [m for g in child.children if g.dep_ == "pobj" for m in self.np_mentions(g, role="object")]
                if child.dep_ in ("prep", "agent", "prt", "advmod", "dative") and child.lower_ == word:
                    # ("in the G20 but not in the G7": a negated conjoined preposition is no object)
                    for pobj in list(child.children) + [g for c in child.children if c.dep_ == "conj" and c.lower_ == word
                                                        and not any(n.dep_ == "neg" for n in c.children)
                                                        for g in c.children]:
                        if pobj.dep_ == "pobj":
                            found += self.np_mentions(pobj, role="object")
                            # "invested in Anthropic and Perplexity and in Rebellions": the parser hangs
                            # the second preposition on the first one's object
                            found += [m for c in pobj.children if c.dep_ == "conj" and c.lower_ == word
                                      and c.pos_ == "ADP" for g in c.children if g.dep_ == "pobj"
                                      for m in self.np_mentions(g, role="object")]
                            # "competes with Broadcom, whose Tomahawk 6 is the benchmark, and with
                            # Nvidia": or on the verb of the first object's relative clause
                            # (not "..., which partners with Google and with Apple": the clause's own)
                            found += [m for r in pobj.children if r.dep_ == "relcl"
                                      and not any(p.dep_ == "prep" and p.lower_ == word for p in r.children)
                                      for c in r.children
                                      if c.dep_ == "conj" and c.lower_ == word and c.pos_ == "ADP"
                                      and self.doc[c.i - 1].lower_ == "and" and self.doc[c.i - 2].text == ","
                                      for g in c.children if g.dep_ == "pobj" for m in self.np_mentions(g, role="object")]
                    if not found and child.dep_ in ("prt", "advmod"):
                        for c in verb.children:
                            if c.dep_ == "dobj":
                                found += self.np_mentions(c, role="object")
                    if not found and child.dep_ == "agent" and not any(c.dep_ == "pobj" for c in child.children):
                        # "led by Under Secretary Jeffrey Kessler": the parser took the title's first
                        # word for a preposition and hung the name on it
                        found += [m for c in [*child.children, *holder.children] if c.dep_ == "prep" and c.is_title
                                  and c.i == child.i + 1 and (c.lower_ in self.p["title_words"] or c.lower_ == "under")
                                  for g in c.children if g.dep_ == "pobj" for m in self.np_mentions(g, role="object")]
        # ("ships HBM3E to Broadcom, which designs ... and sells them to Google, the company said":
        # the speaker of a trailing "said" is no object)
        return [m for m in found if not (m.kind == "anaphor" and m.start > verb.i and self.root(m).dep_ == "nsubj"
                                         and self.root(m).head.lemma_ in ("say", "tell", "add", "announce", "confirm")
                                         and self.root(m).head.i > verb.i)]

    def add(self, subjects: Iterable["Mention"], relation: str, objects: Iterable["Mention"],
            confidence: float, rule: str, trigger: "Token", **qualifiers: int) -> None:
        objects, subjects = list(objects), list(subjects)
        if len(subjects) == len(objects) > 1 and (self._respectively(trigger) or relation == "develops"):
            # ... and "Baidu, ByteDance and Tencent, whose Ernie Bot, Doubao and Hunyuan models"
            # "Alibaba and Moonshot AI ... Qwen and Kimi, respectively": pair them in order.
            for s, o in zip(sorted(subjects, key=lambda m: m.start), sorted(objects, key=lambda m: m.start)):
                self.add([s], relation, [o], confidence, rule, trigger, **qualifiers)
            return
        for subject in subjects:
            for obj in objects:
                s, o = subject, obj
                if relation == "leaderOf" and o.entity.cls == "Region" and not (
                        self._subnational(o) and (trigger.lower_ in _REGION_LEADER_TITLES or trigger.lower_ == "minister"
                                                  and trigger.i > 0 and self.doc[trigger.i - 1].lower_ in ("chief", "first"))):
                    continue  # a governor leads a state, a "head of Asia research" no part of the world
                if relation == "supplies" and o.entity.cls == "AIModel":
                    # "supplies HBM3E for Nvidia's GB300", "to supply memory for the Trainium chips
                    # designed by Amazon Web Services": the product's maker is the customer (not "an
                    # alternative to Nvidia's GB200", nor the product supplied itself)
                    head = _phrase_head(self.root(o))
                    o = self._maker_for_model(o, known=True) if head.head.lower_ == "for" and head.dep_ == "pobj" else None
                    if o is None or o.entity.iri == s.entity.iri:
                        continue
                if relation == "acquires" and (r := self.root(o)).dep_ == "poss" \
                        and (r.head.lemma_ in _PART_OF_A_FIRM or self._product_noun(r.head)):
                    # "after buying Intel's memory business": a part of Intel, not Intel; "all of
                    # which buy Nexperia's chips": its products (a supply, read elsewhere)
                    continue
                if relation == "acquires" and (r := self.root(o)).dep_ == "appos" and r.head.lower_ in _HARDWARE_NOUNS:
                    continue  # "bought its newest supercomputer, Harpia, from Lenovo": a machine
                if relation in ("competesWith", "trails") and (s.entity.cls == "AIModel") != (o.entity.cls == "AIModel"):
                    # "AMD is designing Helios to compete with Nvidia's Vera Rubin": a company and
                    # a model compare through the model's named maker.
                    s, o = self._maker_for_model(s), self._maker_for_model(o)
                    if s is None or o is None:
                        continue
                if s.entity.iri != o.entity.iri:
                    self.out.append(Candidate(s, relation, o, confidence, rule, trigger, dict(qualifiers)))

    def _name_before_comma(self, noun: "Token") -> "Mention | None":
        """The name right before the comma that opens a description: "Rebellions, an AI chip designer".
        (at_name: also while anaphora are resolved, before the index of mentions exists.)"""
        left = noun.left_edge.i
        before = self.at_name(self.doc[left - 2]) if left >= 2 and self.doc[left - 1].text == "," else None
        return before if before is not None and before.kind == "name" and before.end == left - 1 else None

    def _product_noun(self, tok: "Token") -> bool:
        """A noun naming what a firm sells: "chips", "servers", "software", or a model's name."""
        if tok.lower_ in _HARDWARE_NOUNS or tok.lower_ in _SOFTWARE_NOUNS:
            return True
        m = self.at.get(tok.i)
        return m is not None and m.entity.cls == "AIModel"

    def _respectively(self, trigger: "Token") -> bool:
        return any(t.lower_ == "respectively" for t in trigger.sent)

    def _maker_for_model(self, m: "Mention", *, known: bool = False) -> "Mention | None":
        """The firm a product's phrase names as its maker: its possessor ("Nvidia's GB300"), or one a
        participle names ("the Trainium chips designed by Amazon Web Services"); with known, else the
        gazetteer's maker of it."""
        if m.entity.cls != "AIModel":
            return m
        doc = self.doc
        root = doc[m.start:m.end].root
        for c in root.children:
            if c.dep_ in ("poss", "compound"):
                owner = self.mention_at(c)
                if owner is not None and owner.entity.cls == "Company" and owner.kind != "demonym":
                    return owner
        if m.start >= 2 and doc[m.start - 1].text in ("'s", "'"):
            owner = self.at.get(m.start - 2)
            if owner is not None and owner.entity.cls == "Company":
                return owner
        named = [x for c in _phrase_head(root).children if c.dep_ == "acl" and c.lemma_ in ("design", "develop", "make", "build")
                 for x in self.objects(c, "prep:by") if x.entity.cls == "Company"]
        if named:
            return named[0]
        return self._maker_of(m) if known else None

    def pairwise(self, group: list["Mention"], relation: str, confidence: float, rule: str, trigger: "Token") -> None:
        if relation == "partnersWith" and len({m.entity.iri for m in group}) > _MAX_PARTNERS:
            # Five governments signing a charter or launching an alliance join something together;
            # news does not mean each pair became partners (their membership is read elsewhere).
            return
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                self.add([a], relation, [b], confidence, rule, trigger)

    # ------------------------------------------------------------------ rules

    def facts(self) -> list[Fact]:
        doc = self.doc
        recent: list["Span"] = []  # the four sentences before (rule_sanctioned_list)
        for sent in doc.sents:
            if not self.sent_mentions(sent) and not any(sent.start <= i < sent.end for i in self.plural_of):
                recent = (recent + [sent])[-4:]
                continue
            for tok in sent:
                if tok.pos_ in ("VERB", "AUX") or tok.tag_ in ("VBN", "VBG") or tok.i in self.forced:
                    self.rule_verb(tok)
                    if tok.lemma_ in _MONEY_VERBS:
                        self.rule_money_verbs(tok)
                    if tok.lemma_ in _MAKING_VERBS:
                        self.rule_supply_shapes(tok)
                elif tok.lemma_ in ("agreement", "contract", "deal", "order", "tender"):
                    self.rule_supply_shapes(tok)
                if tok.pos_ in ("NOUN", "PROPN") or tok.lower_ in ("rivals", "members", "partners") \
                        or tok.lower_ == "round" and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass"):
                    # ("closed an $18 million seed round": the tagger may take "round" for an adverb)
                    self.rule_nouns(tok)
                if tok.lemma_ in ("customer", "client", "order") and tok.pos_ == "NOUN":
                    self.rule_reported_customer(tok)
                if tok.lower_ == "behind" and (tok.head.lower_ in _MAKER_DESCRIPTIONS or tok.head.lower_ == "up"
                                               and tok.head.i >= 2 and self.doc[tok.head.i - 2].lower_ == "start"):
                    self.rule_firm_behind(tok)
                elif tok.lower_ in ("behind", "ahead", "after") or tok.lower_ == "trailing" and tok.dep_ == "amod":
                    self.rule_behind(tok)
                if (tok.lower_ in _SEED_MONEY_NOUNS or tok.ent_type_ == "MONEY" and tok.pos_ in ("NOUN", "PROPN", "SYM", "NUM")) \
                        and tok.dep_ == "pobj" and tok.head.lower_ == "with":
                    self.rule_founded_with_capital(tok)
                if tok.lemma_ in ("get", "receive", "draw", "take") and tok.pos_ == "VERB":
                    self.rule_goods_from(tok)
                if tok.lemma_ == "power" and tok.pos_ == "VERB":
                    self.rule_goods_power(tok)
                if tok.lemma_ == "be" and tok.dep_ in ("ROOT", "conj", "ccomp"):
                    self.rule_places_are_in(tok)
                if tok.lemma_ in _ORDER_MOVING_VERBS and tok.pos_ == "VERB":
                    self.rule_orders_to(tok)
                if tok.dep_ == "relcl" and tok.lemma_ in _GOODS_USING_VERBS and tok.pos_ == "VERB":
                    self.rule_goods_users(tok)
                if tok.lemma_ in ("account", "make", "represent", "contribute") and tok.pos_ == "VERB":
                    self.rule_share_of_sales(tok)
                if tok.lemma_ in _VIOLATING_VERBS and tok.pos_ == "VERB":
                    self.rule_found_violation(tok)
                if tok.lower_ in ("based", "headquartered"):
                    self.rule_based(tok)
                if tok.i in self.makers:
                    self.rule_maker(tok)
                if tok.lower_ == "home":
                    self.rule_home_to(tok)
                if tok.lower_ == "from" and tok.dep_ == "prep" and tok.head.pos_ in ("NOUN", "PROPN"):
                    self.rule_from_place(tok)
                if tok.lower_ in _PLACE_NOUNS:
                    self.rule_place_noun(tok)
                if (tok.lower_ in _HARDWARE_NOUNS or tok.lower_ in ("unit", "units") and any(
                        c.lower_ == "processing" for c in tok.children)) and tok.pos_ in ("NOUN", "PROPN") and (
                        tok.i not in self.at or self.at[tok.i].entity.cls == "AIModel"):
                    # (not the last word of a name: buying "Kumo Systems" is buying a company)
                    self.rule_hardware_use(tok)
                elif tok.lower_ in _SOFTWARE_NOUNS and tok.dep_ == "dobj" and tok.head.lemma_ in _SOFTWARE_USE \
                        and tok.i not in self.at:
                    self.rule_hardware_use(tok)  # "Intesa Sanpaolo uses Tessaro models": a customer of Tessaro
                elif tok.i in self.at and self.at[tok.i].entity.cls == "AIModel" and tok.i == self.at[tok.i].end - 1 \
                        and tok.dep_ == "dobj" and tok.head.lemma_ in ("use", "buy", "order", "purchase", "deploy", "install"):
                    self.rule_hardware_use(tok)  # "AMD has used Samsung's HBM3E in its accelerators"
                if tok.pos_ == "NOUN" and self._lemma(tok) in self.p["origin_nouns"]:
                    self.rule_origin_list(tok)
                if tok.lower_ in ("on", "at") and tok.dep_ == "prep" and (
                        tok.head.lemma_ in _COMPUTE_USE and tok.head.pos_ == "VERB"
                        or tok.head.dep_ == "dobj" and tok.head.head.lemma_ in _COMPUTE_USE):
                    self.rule_compute_host(tok)  # ("trains its models on Google Cloud": "on" may hang on the object)
            self.rule_ranking(sent)
            self.rule_sanctioned_list(sent, recent)
            recent = (recent + [sent])[-4:]
        for m in self.mentions:
            if m.kind != "name":
                continue
            if m.entity.cls in ("Person", "Company") and self._entry_line(m) is not None:
                self.rule_designation_entry(m)
            if m.entity.cls == "Person":
                self.rule_titles(m)
            if m.entity.cls == "AIModel":
                self.rule_model_owner(m)
            if m.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody"):
                self.rule_org_place(m)
                self.rule_org_in_place(m)
                self.rule_org_description(m)
                if m.end < len(self.doc) and self.doc[m.end].text == "(":
                    self.rule_bracketed_place(m)
            if m.entity.cls == "City":
                self.rule_city_country(m)
                self.rule_city_in_area(m)
            elif m.entity.cls == "Region":
                self.rule_region_country(m)
                if not m.entity.known:
                    self.rule_city_in_area(m)  # "at Eastern Creek, in Sydney's west": a new name typed a region
            if m.entity.cls in ("City", "Region") and m.kind == "name" and m.start >= 3 \
                    and self.doc[m.start - 1].lower_ == "of" and self.doc[m.start - 2].lower_ in _DIVISION_NOUNS:
                self.rule_division_of_country(m)
            if m.entity.cls == "Bloc":
                self.rule_bloc_list(m)
                self.rule_bloc_members(m)
        for m in self.mentions:
            # "..., the German group said": a description that refers back places its referent.
            if m.kind == "anaphor" and m.entity.cls in ("Company", "ResearchOrganization") and m.end - m.start == 1:
                self.rule_org_place(m)
        self.rule_implicit_customer()
        self.rule_cleared_deal()
        self.rule_designation_targets()
        self.rule_named_after_parent()
        self.rule_known_comention()
        self.rule_known_members()
        self.rule_model_users()
        self.rule_compared_in_ranking()
        return self.finalize()

    def rule_reported_customer(self, tok: "Token") -> None:
        """ "Rapidus said that Preferred Networks has placed an order for wafers, and that
        Tenstorrent is a customer": a firm reporting who ordered from it, or who is a customer,
        with no seller named, is the seller."""
        verb = tok.head
        if tok.lemma_ == "order":
            if tok.dep_ != "dobj" or verb.lemma_ not in ("place", "make"):
                return
        elif tok.dep_ != "attr" or verb.lemma_ != "be" or any(c.dep_ == "poss" for c in tok.children):
            return
        if any(c.dep_ == "prep" and c.lower_ in ("with", "from", "to", "of") for x in (tok, verb) for c in x.children) \
                or any(c.lower_ in _NOT_CURRENT or self.mention_at(c) is not None for c in tok.children) \
                or tok.lemma_ != "order" and any(c.dep_ == "prep" and c.lower_ == "for" and self._names_party(c)
                                                 for c in tok.children):
            return  # ("an Nvidia customer", "a potential customer", "a customer for Nvidia's chips")
        report = verb
        while report.dep_ == "conj" and report.head.i != report.i:
            report = report.head
        if report.dep_ != "ccomp" or report.head.lemma_ not in ("say", "announce", "tell", "confirm", "disclose"):
            return
        # (the seller speaks for itself, not "Bloomberg reported that ..." nor an analyst's house)
        sellers = [m for m in self.clause_subject(report.head) if m.entity.cls == "Company" and self._speaks_for_article(m)]
        buyers = [m for m in self.clause_subject(verb) if m.entity.cls in _CUSTOMER_CLASSES]
        self.add(sellers, "supplies", [b for b in buyers if all(b.entity.iri != s.entity.iri for s in sellers)],
                 0.7, f"reported-customer:{tok.lemma_}", tok)

    def rule_filed_with(self, verb: "Token") -> None:
        """ "Quillfire filed a formal notice with the panel", "Qingluan-3 completed the generative AI
        service filing with the Cyberspace Administration of China": whoever files with a
        regulator comes under it."""
        papers = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _FILED_PAPERS]
        if not papers:
            return
        bodies = [m for t in [verb, *papers] for p in t.children if p.dep_ == "prep" and p.lower_ == "with"
                  for g in p.children if g.dep_ == "pobj" for m in self.np_mentions(g, role="object")
                  if m.entity.cls == "GovernmentBody"]
        filers = [m for m in self.clause_subject(verb) if m.entity.cls in ("Company", "ResearchOrganization", "AIModel")]
        self.add(bodies, "regulates", filers, 0.75, f"filed-with:{verb.lemma_}", verb)

    def rule_cleared_deal(self) -> None:
        """ "Naver completed its acquisition of Hibiki Labs, after the Japan Fair Trade Commission
        cleared the deal", "Ybira bought Voz Nordeste after CADE waved the deal through": a body
        that clears, reviews or blocks "the deal" regulates the buyer of the acquisition stated
        just before (in the same sentence or the one before it)."""
        deals = [t for t in _tokens_among(self.doc, _DEAL_FORMS) if t.dep_ in ("dobj", "nsubjpass")
                 and t.head.lemma_ in _DEAL_REVIEW_VERBS and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                                                for c in t.children)
                 and not any(c.dep_ in ("poss", "prep", "compound", "amod") for c in t.children)]
        if not deals:
            return
        acquisitions = [c for c in self.out if c.relation == "acquires"]
        for deal in deals:
            verb = deal.head
            # (a review under way counts: "the Commission is reviewing the deal" acts on the buyer)
            if verb.lemma_ == "wave" and not any(c.dep_ == "prt" and c.lower_ == "through" for c in verb.children):
                continue
            bodies = [m for m in (self.clause_subject(verb) if deal.dep_ == "dobj" else self.objects(verb, "prep:by"))
                      if m.entity.cls == "GovernmentBody"]
            sent = deal.sent
            before = [c for c in acquisitions if c.trigger.i < deal.i and (
                c.trigger.sent.start == sent.start or c.trigger.sent.end == sent.start)]
            if not before:
                continue
            nearest = max(before, key=lambda c: c.trigger.i)
            if not bodies and deal.dep_ == "dobj":
                # "bought Voz Nordeste ..., after CADE, Brazil's competition watchdog, waved the deal
                # through": the parser may join the verb to the purchase; the one body named between
                between = {m.entity.iri: m for m in self.sent_mentions(sent) if m.kind == "name"
                           and m.entity.cls == "GovernmentBody" and nearest.trigger.i < m.start < verb.i}
                bodies = list(between.values()) if len(between) == 1 else []
            if not bodies:
                continue
            self.add(bodies, "regulates", [nearest.subject], 0.7, f"cleared-deal:{verb.lemma_}", verb)

    def rule_implicit_customer(self) -> None:
        """ "Obermann's machines depend on a long chain of German suppliers. Bosch supplies the
        vibration sensors, while Sick provides the laser scanners": in a passage about someone's
        suppliers, a firm that supplies things to no one named supplies that buyer. The buyer is
        the owner of the suppliers ("Obermann's", "Kitaboshi relies on"), else the firm the
        article is about; the passage must say it is about suppliers."""
        doc = self.doc
        # (only the supply verbs and "won orders" are visited: a Token per word costs too much)
        verbs = _tokens_among_verbs(doc, _IMPLICIT_SUPPLY_VERBS) + [
            t for t in _tokens_among(doc, _WIN_FORMS) if t.pos_ == "VERB"
            and any(c.dep_ == "dobj" and c.lemma_ in ("order", "contract") for c in t.children)]
        cue_words = _tokens_among(doc, _SUPPLIER_FORMS)
        if not verbs or not cue_words:
            return
        supplied = {(c.subject.entity.iri, c.trigger.sent.start) for c in self.out if c.relation == "supplies"}
        sents = list(doc.sents)
        sent_starts = [s.start for s in sents]
        focus = self.article_focus()
        for verb in sorted(verbs, key=lambda t: t.i):
            k = bisect_right(sent_starts, verb.i) - 1
            first = k  # the passage: this sentence and up to two before it in the same paragraph
            while first > max(k - 2, 0) and "\n" not in doc[sents[first - 1].end - 1:sents[first].start + 1].text_with_ws \
                    and "\n" not in sents[first][:1].text_with_ws:
                first -= 1
            cues = [t for t in cue_words if sents[first].start <= t.i < sents[k].end and t.pos_ == "NOUN"]
            if not cues:
                continue
            if verb.head.lower_ == "with" or any(c.lower_ == "with" and c.dep_ == "mark" for c in verb.children):
                continue  # "..., with Huawei supplying the chips": for the clause's own subject
            goods = [c for c in verb.children if c.dep_ == "dobj"]
            if not goods or any(c.i in self.at or c.lemma_.lower() in _NOT_GOODS for c in goods):
                continue
            if any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ in ("to", "with")
                   or c.dep_ == "prep" and c.lower_ == "for" and self._names_party(c) for c in verb.children) \
                    or any(c.dep_ == "prep" and c.lower_ in ("to", "for") and self._names_party(c)
                           for g in goods for c in g.children):
                continue  # a recipient of its own ("the chips for Nvidia's robots"): the other rules' business
            # ("Infineon provides the motor-control chips for every joint": a purpose, naming no one)
            buyers = self._suppliers_owner(cues) or ([focus] if focus is not None else [])
            suppliers = [m for m in self.clause_subject(verb) if m.kind != "demonym" and m.entity.cls == "Company"
                         and (m.entity.iri, sents[k].start) not in supplied]
            self.add(suppliers, "supplies", [b for b in buyers if all(b.entity.iri != x.entity.iri for x in suppliers)],
                     0.6, f"implicit-customer:{verb.lemma_}", verb)

    def _speaks_for_article(self, m: "Mention") -> bool:
        """Whether a speaker is the article's firm, or (with no firm to go by) one it keeps naming:
        a source quoted once ("Bloomberg reported that ...") speaks for others."""
        focus = self.article_focus()
        return m.entity.iri == focus.entity.iri if focus is not None \
            else self._times_named(m.entity.iri, len(self.doc)) >= 3

    def _names_party(self, tok: "Token") -> bool:
        """Whether tok's phrase names an organisation or a country ("for Nvidia's servers"; not a
        demonym's adjective: "for the Thai line")."""
        return any(m.entity.cls in _CUSTOMER_CLASSES and m.kind != "demonym"
                   for t in tok.subtree for m in [self.mention_at(t)] if m is not None)

    def _unowned_goods_receivers(self, verb: "Token", key: str, suppliers: list["Mention"]) -> list["Mention"]:
        """ "coolant distribution units are supplied by Vertiv", "the boards are shipped directly by
        Nvidia": hardware nobody is named to own goes to the firm the article is about."""
        goods = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not goods or key not in ("ship", "deliver", "supply", "provide") + _ASSEMBLING or verb.dep_ == "acl" \
                or not self._unowned_goods(goods[0]):
            return []
        return self._focus_apart_from(suppliers, verb)

    def _focus_apart_from(self, others: list["Mention"], at: "Token | None" = None) -> list["Mention"]:
        """The firm the article is about, as a list, unless it is one of others (the supplier). With
        at, the firm the paragraph opens on comes first ("Atalaya, whose services ..., operates
        9,000 GPUs. ... the servers come from Dell": Atalaya's, in a story about its parent's sale)."""
        focus = self.article_focus()
        if at is not None:
            opening = self.doc[self._paragraph_start(at)].sent
            if opening.start < at.sent.start:
                # (not an investor's or a forecaster's: "TrendForce expects shipments to double")
                subject = next((m for m in self.sent_mentions(opening) if m.kind in ("name", "anaphor")
                                and m.entity.cls == "Company" and self.root(m).dep_ == "nsubj"
                                and self._main_clause_subject(m) and not self._investor_like(m, "company")
                                and self.root(m).head.lemma_ not in _REPORTING_VERBS | _FORECASTING_VERBS), None)
                focus = subject or focus
        return [focus] if focus is not None and all(focus.entity.iri != x.entity.iri for x in others) else []

    def _paragraph_start(self, tok: "Token") -> int:
        """The index of the first token of tok's paragraph (from the text's line breaks, found once)."""
        if not hasattr(self, "_line_starts"):
            self._line_starts = line_start_tokens(self.doc)
        k = bisect.bisect_right(self._line_starts, tok.i) - 1
        return self._line_starts[k] if k >= 0 else 0

    def _goods_pointing_back(self, thing: "Token") -> bool:
        """Unowned goods that refer back to the article's firm: "the power shelves", "battery units
        for the racks"."""
        return self._unowned_goods(thing) and any(
            g.dep_ == "det" and g.lower_ == "the" or g.dep_ == "prep" and g.lower_ == "for" for g in thing.children)

    @staticmethod
    def _unowned_goods(thing: "Token") -> bool:
        """Hardware or parts nobody is named to own nor pointed back to ("these boards", "cold
        plates for its racks", "Nvidia's boards" are someone's; "boards for the racks" are the
        article firm's as much as the racks are)."""
        return thing.lower_ in _UNOWNED_GOODS and not any(
            c.dep_ == "poss" or c.lower_ in ("these", "those", "such")
            or c.dep_ == "prep" and not (c.lower_ == "for" and all(
                g.lower_ in _UNOWNED_GOODS and not any(x.dep_ in ("poss", "prep") or x.ent_type_ for x in g.subtree if x.i != g.i)
                for g in c.children if g.dep_ == "pobj") and any(g.dep_ == "pobj" for g in c.children))
            for c in thing.children)

    def article_focus(self) -> "Mention | None":
        """The firm the article is about (see _article_focus), worked out once."""
        if not hasattr(self, "_focus"):
            self._focus = self._article_focus(next(iter(self.doc.sents)))
        return self._focus

    def _article_focus(self, headline: "Span") -> "Mention | None":
        """The firm the article is about: named most, well ahead of the next, and the subject of the
        headline or the name opening it (not "Chinese AI chipmakers seize share from Nvidia")."""
        most = self._most_named_firm()
        if most is None:
            return None
        top = [m for m in self.sent_mentions(headline) if m.entity.iri == most]
        # ("Augsburg robot maker Stauffen caught between ...", "Taiwan's Tienyu bets on ...": a
        # headline's parse is poor, so a name that opens it, before any preposition, is its subject too)
        return next((m for m in top if self.root(m).dep_ == "nsubj"
                     or m.start - headline.start <= 4
                     and not any(t.pos_ in ("ADP", "VERB") for t in self.doc[headline.start:m.start])), None)

    def _suppliers_owner(self, cues: list["Token"]) -> list["Mention"]:
        """Whose suppliers: "Kitaboshi's suppliers", "Obermann's machines depend on ... suppliers",
        "Kitaboshi relies on Japanese toolmakers"."""
        for cue in cues:
            holders = [cue]
            head = cue.head
            for _ in range(4):  # up to the verb whose object (or preposition) holds the cue
                if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
                    break
                head = head.head
            if head.pos_ in ("VERB", "AUX") and head.lemma_ in ("rely", "depend", "use", "buy", "source", "need", "have"):
                found = [m for m in self.clause_subject(head) if m.entity.cls in ("Company", "ResearchOrganization")]
                if found:
                    return found
                holders += [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            for h in holders:
                found = [m for c in h.children if c.dep_ == "poss" for m in [self.mention_at(c)]
                         if m is not None and m.entity.cls in ("Company", "ResearchOrganization")]
                if found:
                    return found
        return []

    def rule_founded_with_capital(self, money: "Token") -> None:
        """ "Rapidus, founded in 2022 with capital from Toyota, Sony and NTT", "set up with
        funding from Mubadala": who put up a new firm's money invests in it."""
        verb = money.head.head
        if verb.lemma_ not in ("found", "establish", "set", "launch", "start", "create", "form") or verb.pos_ != "VERB":
            return
        # ("set up in 2022 with 1 billion yen each from Toyota, Sony and NTT": "from" may hang on the verb)
        sources = [money, verb] if money.ent_type_ == "MONEY" else [money]
        investors = [m for t in sources for p in t.children if p.dep_ == "prep" and p.lower_ == "from"
                     for g in p.children if g.dep_ == "pobj" for m in self.np_mentions(g, role="object")
                     if m.entity.cls in ("Company", "GovernmentBody", "Country", "Person")]
        founded = self.np_mentions(verb.head, role="subject") if verb.dep_ == "acl" else self.clause_subject(verb)
        founded = [m for m in founded if m.entity.cls in ("Company", "ResearchOrganization")]
        self.add(investors, "investsIn", [f for f in founded if f not in investors], 0.75, "founded-with-capital", money)

    def rule_goods_from(self, verb: "Token") -> None:
        """ "Google's data center gets its electricity from Enel Chile", "draws power from CPFL",
        "receives its chips from TSMC": goods or power got from a firm are supplied by it (money,
        approval or backing got from someone are not: those are other rules' business)."""
        got = [c for c in verb.children if c.dep_ == "dobj"]
        # ("gets the bulk of its electricity from Eskom": the whole the part is of)
        got += [g for c in got if c.lower_ in _PART_WORDS for p in c.children
                if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        goods = [c for c in got
                 if c.lower_ in _GOT_GOODS or c.lemma_.lower() in _POWER_NOUNS or c.lower_ == "data" and verb.lemma_ != "take"]
        if not goods:
            return
        suppliers = [m for m in self.objects(verb, "prep:from") if m.entity.cls == "Company"]
        if suppliers:
            suppliers += self._second_sources(verb)
        users = [m for m in self.clause_subject(verb) if m.entity.cls in _CUSTOMER_CLASSES]
        self.add(suppliers, "supplies", [u for u in users if u not in suppliers], 0.75, f"goods-from:{verb.lemma_}", verb)

    def _second_sources(self, verb: "Token") -> list["Mention"]:
        """ "gets most of its HBM from SK Hynix, with Micron as a second source": the firm named
        with the verb as another source of the same goods."""
        # (the "as" may hang on the verb, right after the name; not "with Samsung still awaiting ...")
        return [m for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                for g in p.children if g.dep_ == "pobj" and not any(c.dep_ == "acl" for c in g.children)
                if any(a.dep_ == "prep" and a.lower_ == "as" and (a.head.i == g.i or g.i < a.i <= g.right_edge.i + 1)
                       and any(x.dep_ == "pobj" and x.lemma_ in ("source", "supplier", "vendor") for x in a.children)
                       for a in [*verb.children, *g.children])
                for m in self.np_mentions(g, role="object") if m.entity.cls == "Company"]

    def rule_places_are_in(self, verb: "Token") -> None:
        """ "Cape Town, Brackenfell and Durbanville are all in the Western Cape", "Midrand is in
        Gauteng": places said to be in a larger one lie in it."""
        if any(c.dep_ == "neg" or c.tag_ == "MD" or c.dep_ == "mark" for c in verb.children):
            return  # ("Hsinchu is not in mainland China", "if Guadalajara were in the United States")
        places = [m for c in verb.children if c.dep_ == "nsubj" for m in self.np_mentions(c, role="subject", owners=False)]
        if not places or any(m.entity.cls not in ("City", "Region") or m.kind != "name" for m in places):
            return
        outer = [m for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
                 if g.dep_ == "pobj" for m in [self.at_name(g)] if m is not None and m.entity.cls in ("Region", "Country")]
        self.add([m for m in places if all(m.entity.iri != o.entity.iri for o in outer)], "locatedIn", outer[:1],
                 0.8, "places-are-in", verb)

    def rule_goods_power(self, verb: "Token") -> None:
        """ "Its chips power GPU clusters run by CoreWeave", "Corvane's chips also power a pilot
        cluster at Core42", "Nvidia chips power Microsoft's data centres": the maker of the hardware
        that powers someone's machines supplies their owner."""
        goods = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in _HARDWARE_NOUNS]
        makers = [m for g in goods for c in g.children if c.dep_ in ("poss", "compound")
                  for m in [self.mention_at(c)] if m is not None and m.kind != "demonym" and m.entity.cls == "Company"]
        if not makers:
            return
        users: list["Mention"] = []
        for machine in (c for c in verb.children if c.dep_ == "dobj"):
            users += [m for m in self.np_mentions(machine, role="object") if self.root(m).dep_ == "poss"]
            # (the pobj's own name or its owner: not "the data centres of Microsoft's rivals")
            users += [m for p in machine.children if p.dep_ == "prep" and p.lower_ in ("at", "of")
                      for g in p.children if g.dep_ == "pobj" for m in self.np_mentions(g, role="object")
                      if self.root(m).i == g.i or self.root(m).head.i == g.i]
            users += [m for a in machine.children if a.dep_ == "acl" and a.lemma_ in ("run", "operate", "own", "build")
                      for m in self.objects(a, "prep:by")]
        # ("power a pilot cluster at Core42": the place hung on the verb)
        users += [m for p in verb.children if p.dep_ == "prep" and p.lower_ in ("at", "for") for g in p.children
                  if g.dep_ == "pobj" for m in self.np_mentions(g, role="object")]
        users = [m for m in users if m.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody")
                 and all(m.entity.iri != k.entity.iri for k in makers)]
        self.add(makers, "supplies", users, 0.75, "goods-power", verb)

    def rule_orders_to(self, verb: "Token") -> None:
        """ "SK hynix moved part of its resist orders to Hakuyo", "Veridian shifted those orders to
        Coherent", "Microsoft placed an order with Dell": whoever gets the buyer's orders supplies it."""
        orders = [c for c in verb.children if c.dep_ == "dobj"]
        # ("part of its orders": the whole the part is of)
        orders += [g for c in orders if c.lower_ in _PART_WORDS for p in c.children
                   if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        if not any(o.lemma_.lower() in ("order", "purchase", "business") for o in orders):
            return
        word = "with" if verb.lemma_ == "place" else "to"
        suppliers = [m for m in self.objects(verb, f"prep:{word}") if m.entity.cls == "Company"]
        buyers = [m for m in self.clause_subject(verb) if m.entity.cls in _CUSTOMER_CLASSES]
        self.add(suppliers, "supplies", [b for b in buyers if b not in suppliers], 0.75, f"orders-to:{verb.lemma_}", verb)

    def rule_share_of_sales(self, verb: "Token") -> None:
        """ "Microsoft, Meta, Alphabet and Amazon together accounted for roughly 40% of its sales",
        "Microsoft made up 19% of Nvidia's revenue": a share of a seller's sales is bought from it
        (a country's share is a market's, which finalize drops)."""
        if verb.lemma_ == "make" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
            return
        shares = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children
                  if g.dep_ == "pobj"] if verb.lemma_ == "account" else [c for c in verb.children if c.dep_ == "dobj"]
        sales = [g for share in shares for p in share.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in _SALES_NOUNS]
        sellers = [m for s in sales for c in s.children if c.dep_ == "poss" for m in [self.mention_at(c)]
                   if m is not None and m.kind != "demonym" and m.entity.cls == "Company"]
        before = verb.i - 1
        while before > 0 and self.doc[before].dep_ == "advmod":
            before -= 1  # ("Microsoft, Meta and Amazon together accounted for": the list the parser
                         # made the object of "Nvidia said")
        listed = self.at.get(before) if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) else None
        buyers = self.chain(listed) if listed is not None and listed.end == before + 1 else self.clause_subject(verb)
        buyers = [m for m in buyers if m.entity.cls in _CUSTOMER_CLASSES]
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in self.p["customer_nouns"] and (owners := self._owner(verb.head)):
            # "ByteDance is Cambricon's biggest customer, accounting for half of its sales": the
            # customer's owner sells, whatever "its" was taken for
            sellers = [m for m in owners if m.entity.cls == "Company"]
            buyers = [m for m in self._fillers(verb.head) if m.entity.cls in _CUSTOMER_CLASSES]
        if any(s.entity.iri == b.entity.iri for s in sellers for b in buyers):
            # "Nvidia said Microsoft, Meta and Amazon together accounted for 40% of its sales":
            # "its" is not one of those listed; the speaker's
            speaker = verb.head if verb.dep_ == "ccomp" else None
            sellers = [m for m in (self.clause_subject(speaker) if speaker is not None else [])
                       if m.entity.cls == "Company" and all(m.entity.iri != b.entity.iri for b in buyers)]
        confidence = 0.75
        if not sellers and sales and not any(c.dep_ == "poss" for s in sales for c in s.children):
            # "Microsoft and AWS each accounted for more than 10% of sales in the quarter, Veridian
            # said": a bare "sales" is the speaker's, else the firm the article is about
            # (not "Huawei accounted for 30% of smartphone sales in China": a market's; nor a share a
            # researcher reports, "..., TrendForce said": the article's firm's own sales only)
            market = any(c.dep_ in ("compound", "prep") or c.dep_ == "amod" and c.lower_ not in (
                "total", "net", "quarterly", "annual", "overall", "group", "global") for s in sales for c in s.children)
            sellers = [] if market else self._focus_apart_from(buyers)
            confidence = 0.6
        self.add(sellers, "supplies", [b for b in buyers if b not in sellers], confidence, "share-of-sales", verb)

    def rule_found_violation(self, verb: "Token") -> None:
        """ "The SAMR said a preliminary investigation had found Nvidia violated the anti-monopoly
        law", "the commission ruled that Meta had breached the DMA": a public body finding that a
        firm broke a rule regulates it."""
        offenders = [m for m in self.clause_subject(verb) if m.entity.cls in ("Company", "AIModel")]
        x = verb
        if offenders and verb.dep_ == "relcl" and verb.head.lower_ in ("day", "week", "month", "year") \
                and verb.head.dep_ == "npadvmod" and any(c.lower_ == "that" for c in verb.children):
            # "said the same month that Nvidia had violated ...": the parser hangs the clause on the time
            x = verb.head.head
            if x.lemma_ in _FINDING_VERBS and x.pos_ == "VERB":
                bodies = [m for m in self.clause_subject(x) if m.entity.cls == "GovernmentBody"]
                self.add(bodies, "regulates", offenders, 0.75, "found-violation", verb)
            return
        if not offenders or verb.dep_ not in ("ccomp", "conj"):
            return
        for _ in range(3):
            if x.dep_ not in ("ccomp", "conj") or x.head.i == x.i:
                return
            x = x.head
            if x.lemma_ in _FINDING_VERBS and x.pos_ == "VERB":
                bodies = [m for m in self.clause_subject(x) if m.entity.cls == "GovernmentBody"]
                if bodies:
                    self.add(bodies, "regulates", offenders, 0.75, "found-violation", verb)
                    return

    def rule_from_place(self, prep: "Token") -> None:
        """ "circuit-board maker AT&S from Leoben", "Haberle Messtechnik, a test-equipment maker
        from Reutlingen", "the lighting group Zumtobel from Dornbirn": a firm from a city is based
        there (German and Austrian business press)."""
        places = [m for c in prep.children if c.dep_ == "pobj" for m in [self.at_name(c)]
                  if m is not None and m.entity.cls == "City"]
        head = prep.head
        firm = self.at_name(head)
        if firm is None and head.pos_ == "NOUN" and head.lower_ in _FIRM_DESCRIPTION_NOUNS:
            # the noun's name: apposed to it ("maker AT&S"), or the name it describes ("X, a maker")
            firm = next((m for c in head.children if c.dep_ in ("appos", "compound")
                         for m in [self.at_name(c)] if m is not None), None)
            if firm is None and head.dep_ == "appos":
                firm = self.at_name(head.head)
        if places and firm is not None and firm.entity.cls in ("Company", "ResearchOrganization"):
            self.add([firm], "headquarteredIn", places[:1], 0.7, "from-place", prep)

    def rule_compared_in_ranking(self) -> None:
        """ "Korea sits sixth in the Global AI Index, trailing only the United States and China":
        those the ranked one is compared with in the same sentence stand in the same index."""
        ranked = [c for c in self.out if c.relation == "rankedIn" and c.object.entity.cls == "Index"]
        if not ranked:
            return
        for t in [c for c in self.out if c.relation == "trails"]:
            sent = t.trigger.sent
            for r in ranked:
                if not sent.start <= r.trigger.i < sent.end:
                    continue
                pair = {t.subject.entity.iri, t.object.entity.iri}
                if r.subject.entity.iri not in pair:
                    continue
                other = t.object if t.subject.entity.iri == r.subject.entity.iri else t.subject
                if other.entity.cls == r.subject.entity.cls:
                    self.add([other], "rankedIn", [r.object], 0.6, "compared-in-ranking", t.trigger)

    def rule_compute_host(self, prep: "Token") -> None:
        """ "Rheinwerk's models run on Deutsche Telekom's industrial AI cloud", "trains its models
        on Google Cloud", "was trained at the data centre of Uztelecom", "on MareNostrum 5, the
        supercomputer run by the Barcelona Supercomputing Center": whose compute is used supplies
        the user."""
        verb = prep.head if prep.head.pos_ == "VERB" else prep.head.head
        hosts: list["Mention"] = []
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            m = self.mention_at(place)
            if m is not None and m.kind == "name" and self.root(m).i == place.i:
                # ("on STACKIT, the cloud unit of Schwarz Group": a new name its description calls a cloud)
                cloud = any(c.dep_ == "appos" and any(g.lower_ == "cloud" and g.i < c.i for g in c.children)
                            for c in place.children)
                if m.entity.cls == "Company" and (m.entity.known or "Cloud" in m.entity.label.split() or cloud) \
                        or prep.lower_ == "at" and m.entity.cls in ("Company", "ResearchOrganization"):
                    # "on Google Cloud", "on Huawei Cloud", "at Cyfronet" (after "on", a new name may
                    # be the machine: "on LUMI")
                    hosts.append(m)
                    continue
                # "on MareNostrum 5, the supercomputer run by ...": the description's operator
                place = next((c for c in place.children if c.dep_ == "appos" and c.lower_ in _COMPUTE_NOUNS), place)
            if place.lower_ not in _COMPUTE_NOUNS:
                continue
            # (a new name before the noun may be the machine's: "the Athena supercomputer at Cyfronet")
            owners = [o for c in place.children if c.dep_ == "poss" or c.dep_ == "compound"
                      for o in [self.mention_at(c)] if o is not None and o.kind != "demonym"
                      and (c.dep_ == "poss" or o.entity.known)]
            # ("runs on cloud capacity from StackIT": whom it comes from)
            owners += [o for c in place.children if c.dep_ == "prep" and c.lower_ in ("of", "at", "from")
                       for g in c.children if g.dep_ == "pobj" for o in self.np_mentions(g, role="object")]
            owners += [o for c in place.children if c.dep_ == "acl" and c.lemma_ in ("run", "operate", "own", "manage")
                       for o in self.objects(c, "prep:by")]
            hosts += [o for o in owners if o.entity.cls in ("Company", "ResearchOrganization")]
        if not hosts:
            return
        users = [u for u in self.clause_subject(verb) if u.entity.cls in ("Company", "ResearchOrganization")]
        users = users or self._thing_owner(verb)  # "The model was trained on the infrastructure of Turkcell"
        self.add(hosts, "supplies", [u for u in users if u not in hosts], 0.75, f"compute-host:{verb.lemma_}", verb)

    def _thing_owner(self, verb: "Token") -> list["Mention"]:
        """ "Rioni Compute opened a campus. The campus runs on AMD accelerators", "Safaricom turned
        on its processors. The servers were bought from Dell": a clause about compute or a product
        whose subject is "the <thing>", with no owner named, is about the firm the sentence before
        (or this one, earlier) is about: its main subject, else the one firm it names."""
        subject = None
        for _ in range(5):  # ("runs on capacity rented from Alibaba Cloud": the clause's subject)
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None or verb.head.i == verb.i:
                break
            verb = verb.head
        if subject is None or subject.lower_ not in _OWNED_THINGS \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) \
                or any(c.dep_ in ("poss", "compound", "nmod") or c.dep_ == "prep" and c.lower_ == "of"
                       for c in subject.children):
            return []
        sents, n = self._sentence_of(verb.i)
        for sent in ([sents[n]] if subject.i > sents[n].start + 2 else []) + ([sents[n - 1]] if n else []):
            firms = [m for m in self.sent_mentions(sent) if m.entity.cls in ("Company", "ResearchOrganization")
                     and m.kind in ("name", "anaphor") and m.start < subject.i]
            main = [m for m in firms if self.root(m).dep_ in ("nsubj", "nsubjpass") and self._main_clause_subject(m)]
            if main:
                return main[:1]
            if len({m.entity.iri for m in firms}) == 1:
                return firms[:1]
        return []

    def _sentence_of(self, i: int) -> tuple[list["Span"], int]:
        """The view's sentences (listed once: Doc.sents walks the parse) and the index of the one
        holding token i."""
        if not hasattr(self, "_sents"):
            self._sents = list(self.doc.sents)
            self._sent_starts = [sent.start for sent in self._sents]
        return self._sents, bisect_right(self._sent_starts, i) - 1

    def rule_firm_behind(self, tok: "Token") -> None:
        """ "Parlami AI, the Turin start-up behind the companion chatbot Amica", "Mistral AI is the
        startup behind Le Chat": the firm behind a product develops it."""
        products = [m for c in tok.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object", owners=False)
                    if m.entity.cls == "AIModel"]
        noun = tok.head
        firms = [m for m in [self.mention_at(noun)] if m is not None and m.kind == "anaphor"]
        if not firms and noun.dep_ == "appos":
            # (the name right before the comma: the parser may hang the apposition on an amount)
            left = noun.left_edge.i
            before = self.at.get(left - 2) if left >= 2 and self.doc[left - 1].text == "," else None
            firms = [before] if before is not None and before.end == left - 1 else [
                m for m in [self.at_name(noun.head)] if m is not None]
        if not firms and noun.dep_ == "attr":
            firms = self.clause_subject(noun.head)  # "Mistral AI is the startup behind Le Chat"
        elif not firms and noun.dep_ == "nsubj":
            # "The company behind ChatGPT, OpenAI, ..."
            firms = [m for c in noun.children if c.dep_ == "appos" for m in [self.at_name(c)] if m is not None]
        firms = [m for m in firms if m.entity.cls in ("Company", "ResearchOrganization")]
        self.add(firms, "develops", products, 0.85, "firm-behind", tok)

    def rule_counts_as(self, verb: "Token") -> None:
        """ "Maritaca AI counts Prodesp as a customer", "Cerro Datos counts Banorte and Cemex among
        its customers", "JCET counts China Resources as its largest shareholder": the role the
        named ones play for the subject."""
        # ("counts Toyota Tsusho and the lender Techcombank among its clients": the parser may hang
        # the role on the last name counted)
        # ("counts NLB, the country's largest bank, and the tax administration among its customers":
        # or on the last conjunct, whatever its kind)
        preps = [c for c in verb.children if c.dep_ == "prep"] + [
            p for c in verb.children if c.dep_ == "dobj" for p in c.subtree if p.dep_ == "prep"
            and (p.head.pos_ == "PROPN" or p.head in c.conjuncts)]
        roles = [g for c in preps if c.lower_ in ("as", "among")
                 for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in _COUNTED_ROLES]
        # (each conjunct too: the tagger may miss the first name of "Banorte and Cemex")
        # ("Tairong, which listed ..., counts Wistron, Foxconn and ... among its shareholders": the
        # parser may make the counted names a second subject, after the verb)
        # (not past a verb coordinated with it: "counts Mistral AI as a client and gets its fibre
        # from OTE, the Greek operator", where the parser made the operator an object of "counts")
        stop = min((c.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")), default=len(self.doc))
        named = [m for c in verb.children if (c.dep_ == "dobj" or c.dep_ == "nsubj" and c.i > verb.i) and c.i < stop
                 for t in [c, *c.conjuncts]
                 for m in self.np_mentions(t, role="object", owners=False)
                 if m.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody")]
        named = [m for k, m in enumerate(named) if m not in named[:k]]
        if len(roles) != 1 or not named:
            return
        counted = {m.entity.iri for m in named}
        owners = [m for m in self.clause_subject(verb) if m.entity.cls in ("Company", "ResearchOrganization")
                  and m.entity.iri not in counted]
        if not owners:
            # "The prospectus names Grab and Viettel as its top customers": whose customers (not one
            # counted, whom the pronoun may be resolved to)
            owners = [m for c in roles[0].children if c.dep_ == "poss" for m in [self.mention_at(c)]
                      if m is not None and m.entity.cls in ("Company", "ResearchOrganization")
                      and m.entity.iri not in counted]
        relation, named_first = _COUNTED_ROLES[roles[0].lemma_.lower()]
        if named_first:
            self.add(named, relation, owners, 0.8, f"counts-as:{roles[0].lemma_.lower()}", verb)
        else:
            self.add(owners, relation, named, 0.8, f"counts-as:{roles[0].lemma_.lower()}", verb)

    def rule_regulator_action(self, verb: "Token") -> None:
        """ "Lithuania's Ministry of Economy revoked two export licences held by Baltic Photonics",
        "the unit froze the bank accounts of Akamas and Troodos", "the commission issued corrective
        recommendations to Kakao", "had written to OpenAI requesting information": a government
        body acting on a firm's licences, accounts, deals or products regulates the firm."""
        # ("The Netherlands requires licences for ASML's most advanced systems": a state that
        # requires a licence for a firm's goods regulates the firm, as its agency would)
        bodies = [m for m in self.clause_subject(verb) if m.entity.cls == "GovernmentBody" or m.entity.cls == "Country"
                  and m.kind == "name" and verb.lemma_ == "require"]
        if verb.lemma_ in ("examine", "scrutinise", "scrutinize") and verb.tag_ == "VBG":
            return  # "is reportedly examining X's accounts": an inquiry under way, no finding yet
        if not bodies or any(c.relation in ("regulates", "sanctions") and c.trigger.i == verb.i for c in self.out) \
                or verb.lemma_ in ("order", "buy", "purchase", "procure", "source", "obtain", "import", "rent", "lease") \
                and self._bought_from(verb):
            # (nor what it bought: "the Air Force ordered drones from Dovbush")
            return
        # (not where a firm's shipments go: "cleared Aixtron's shipments to San'an" acts on Aixtron,
        # "reviews every Hensoldt shipment bound for Tugra" on Hensoldt)
        shipped = any(c.dep_ == "dobj" and c.lemma_.lower() in _TRADE_NOUNS and any(
            g.dep_ == "poss" or g.dep_ == "compound" and g.i in self.at and c.lemma_.lower() in ("shipment", "export", "delivery")
            for g in c.children) for c in verb.children)
        acted = [c for c in verb.children if c.dep_ in ("dobj", "dative")
                 or c.dep_ == "prep" and c.lower_ in ("to", "into", "on", "against") and not (shipped and c.lower_ == "to")]
        if verb.lemma_ in _REVIEWING_VERBS:
            # (a body reviewing a stake, a deal, models or shipments regulates; one reviewing bids,
            # tenders or its own contract buys: "the ministry is reviewing bids from Thales")
            acted = [c for c in acted if not (c.dep_ == "dobj" and (c.lemma_.lower() in _PROCUREMENT_PAPERS or any(
                g.dep_ == "poss" and g.lower_ in ("its", "their") for g in c.children)))]
        if not any(c.dep_ == "dobj" for c in verb.children):
            # "approved without conditions Nvidia's acquisition of Polderstack": the deal the parser
            # hung on a preposition
            acted += [g for c in verb.children if c.dep_ == "prep" and c.lower_ not in ("to", "into", "on", "against")
                      for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in _BUYING_NOUNS
                      and any(x.dep_ == "poss" for x in g.children)]
        found: list["Mention"] = []
        for phrase in acted:
            # (not a description's names, nor the firm a cleared stake is bought in)
            # (nor the firm a reviewed deal buys: "approved Humain's purchase of Wadi Vision")
            # (nor what a notice asks about: "a notice to xAI seeking details on ... its Grok chatbot")
            # (but a licence "allowing Nvidia to ship GB300s to G42" regulates whom it allows)
            permit = phrase.lemma_.lower() in _PERMIT_NOUNS
            inner = {t.i for c in phrase.subtree if (c.dep_ in ("relcl", "appos") or c.dep_ == "acl" and c.tag_ == "VBG"
                                                     or shipped and c.dep_ == "acl")
                     and not (permit and c.head.i == phrase.i and c.lemma_ in ("allow", "permit", "let", "enable"))
                     or c.dep_ == "prep" and (
                     c.lower_ == "in" and c.head.lemma_ in _EQUITY_NOUNS
                     or c.lower_ == "of" and c.head.lemma_.lower() in _BUYING_NOUNS) for t in c.subtree}
            found += [self.at[t.i] for t in phrase.subtree if t.i in self.at and t.i not in inner
                      and self.at[t.i].start == t.i and self.at[t.i].kind in ("name", "anaphor")
                      and self.at[t.i].entity.cls in (("Company",) if permit else ("Company", "AIModel"))]
        # ("registered ByteDance's Doubao assistant": the product, not its maker as well)
        products = {i for m in found if m.entity.cls == "AIModel" for i in range(m.start, m.end)}
        products |= {self.root(m).head.i for m in found if m.entity.cls == "AIModel" and self.root(m).dep_ == "compound"}
        found = [m for m in found if m not in bodies
                 and not (m.entity.cls != "AIModel" and self.root(m).dep_ in ("poss", "compound")
                          and self.root(m).head.i in products)
                 # (nor the principal of a party: "an agreement between Lumenvale and Brightwave's
                 # former distributor")
                 and not (self.root(m).dep_ == "poss" and self.root(m).head.dep_ in ("conj", "pobj")
                          and self.root(m).head.lower_ in self.p["org_nouns"])]
        # (nor a product whose maker is acted on too, "fined OpenAI over ChatGPT's handling of data",
        # nor one that only names a thing, "approved a 10,000-card Ascend cluster")
        firms = {m.entity.iri for m in found if m.entity.cls == "Company" and self.root(m).dep_ in ("dobj", "dative")}
        found = [m for m in found if m.entity.cls != "AIModel" or not (
            self.is_modifier(m) and self.root(m).head.lower_ not in _SOFTWARE_NOUNS | _GENERIC_PRODUCTS
            or firms & self.gazetteer.subjects("develops", m.entity.iri))]
        # ("issued temporary denial orders against Meridian Apex": an export ban, a sanction)
        denial = any(c.dep_ == "dobj" and _denial_order(c) for c in verb.children)
        self.add(bodies, "sanctions" if denial else "regulates", found, 0.75, f"regulator-action:{verb.lemma_}", verb)

    def rule_division_of_country(self, place: "Mention") -> None:
        """ "the Saudi cities of Dammam and Jeddah", "the Malaysian state of Penang", "China's
        province of Guangdong": a country's named towns or regions lie in it."""
        country = self.at.get(place.start - 3)
        if country is None or country.end != place.start - 2:
            k = place.start - 3
            if k >= 1 and self.doc[k].text in ("'s", "'"):
                country = self.at.get(k - 1)
                if country is not None and country.end != k:
                    country = None
        if country is None or country.entity.cls != "Country":
            return
        places = [place] + [m for m in self.chain(place) if m.start > place.start and m.entity.cls == place.entity.cls]
        self.add(places, "locatedIn", [country], 0.75, "division-of-country", self.doc[place.start - 2])

    def rule_goods_users(self, use: "Token") -> None:
        """ "ASM International makes deposition equipment that TSMC and Samsung use", "ASML supplies
        the lithography systems SK Hynix uses": whoever sells, makes or ships goods supplies those
        the relative clause says use or buy them."""
        goods = use.head
        if goods.dep_ != "dobj" or goods.pos_ != "NOUN" or goods.head.lemma_ not in _GOODS_SELLING_VERBS \
                or any(c.dep_ == "prep" and c.lower_ == "from" or c.dep_ == "neg" for c in use.children):
            # (not "builds the accelerators Microsoft buys from Nvidia": bought from another; nor
            # "sells tools that Micron does not use")
            return
        users = [m for c in use.children if c.dep_ == "nsubj" and c.lower_ not in _RELATIVES
                 for m in self.np_mentions(c, role="subject") if m.entity.cls in ("Company", "ResearchOrganization")]
        makers = [m for m in self.clause_subject(goods.head) if m.entity.cls in ("Company", "ResearchOrganization")]
        # (the selling verb is the trigger: "Intel does not make the GPUs that OpenAI uses")
        self.add(makers, "supplies", [u for u in users if u not in makers], 0.75, f"goods-user:{use.lemma_}", goods.head)

    def _gapped_trade_items(self, objs: list["Mention"], prep: str) -> list["Mention"]:
        """ "sources chillers from Daikin, power systems from Eaton and generators from Cummins":
        the firms of the later items of a list whose first item is one of objs."""
        found: list["Mention"] = []
        seen = {m.entity.iri for m in objs}
        for first in objs:
            if trade_preposition(self.doc, first, self.at) != prep:
                continue
            for item in gapped_trade_mentions(self.doc, first, prep, self.at):
                if item.kind != "name" or item.entity.cls != "Company":
                    break
                if item.entity.iri not in seen:
                    seen.add(item.entity.iri)
                    found.append(item)
        return found

    def _bought_from(self, verb: "Token") -> bool:
        """ "ordered drones from Dovbush", "ordered 1,200 interceptors from Dovbush for ...": goods
        (counted, or named as goods or products) and a "from" on the verb or on them, where the
        parser often hangs it; or, for a firm, anything but papers or acts ordered from a firm.
        ("ordered the removal of the app from the store" is no purchase.)"""
        goods = [c for c in verb.children if c.dep_ == "dobj" and (
            c.lower_ in _SUPPLIED_GOODS or c.lower_ in _PARTS or c.lower_ in _PLANT_EQUIPMENT
            or any(g.dep_ == "nummod" for g in c.children)
            or any(m.entity.cls == "AIModel" for m in self.np_mentions(c, role="object", owners=False)))]
        # ("ordered cooling systems for the site from Vertiv": or on the purpose)
        purposes = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ == "pobj"]
        if not goods and any(m.entity.cls == "Company" for m in self.clause_subject(verb)) \
                and not any(m.entity.cls == "GovernmentBody" for m in self.clause_subject(verb)):
            # "Microsoft has ordered gas-fired generating sets from Siemens Energy": whatever a firm
            # orders from a firm, unless it is an act or papers ("ordered the removal of ...")
            things = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() not in _NOT_ORDERED_GOODS
                      and c.lower_ not in _NOT_ORDERED_GOODS and self.mention_at(c) is None]
            return bool(things) and any(
                m.entity.cls == "Company" for x in [verb, *things] for p in x.children if p.dep_ == "prep" and p.lower_ == "from"
                for c in p.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object"))
        return bool(goods) and any(c.dep_ == "prep" and c.lower_ == "from" for x in [verb, *goods, *purposes] for c in x.children)

    def rule_regulator_demand(self, verb: "Token") -> None:
        """ "The Ethiopian Communications Authority asked Ethio Telecom to run a pilot", "NITDA
        asked Eko for its import records", "a direction requiring Lionrock to preserve records":
        a government body that tells a firm what to do regulates it. (A country asking another
        firm is diplomacy or trade, not regulation: only government bodies count.)"""
        told = [m for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i
                for m in self.np_mentions(c, role="object", owners=False)
                if m.entity.cls in ("Company", "ResearchOrganization", "AIModel")]
        if not told or not any(c.dep_ in ("xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ == "for"
                               for c in verb.children):
            return
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            # "issued a direction requiring Lionrock to ...": whoever issued it
            issued = verb.head.head if verb.head.dep_ == "dobj" else None
            bodies = self.clause_subject(issued) if issued is not None else []
        else:
            bodies = self.clause_subject(verb)
        bodies = [m for m in bodies if m.entity.cls == "GovernmentBody"]
        self.add(bodies, "regulates", told, 0.75, f"regulator-demand:{verb.lemma_}", verb)

    def rule_model_users(self) -> None:
        """ "Orbis-3 is used by more than 40 manufacturers, among them BMW and ABB", "banks such
        as UBS use Firnline's models", "Banco Santander uses Tesela-3": whoever uses a model is a
        customer of its maker (the article's develops facts, or the models' possessor)."""
        makers: dict[str, list["Mention"]] = {}
        for c in self.out:
            if c.relation == "develops" and c.subject.entity.cls in ("Company", "ResearchOrganization"):
                makers.setdefault(c.object.entity.iri, []).append(c.subject)
        for verb in _tokens_among_verbs(self.doc, _MODEL_USE_VERBS):
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
                verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN")
            if passive:
                used = [c for c in verb.children if c.dep_ == "nsubjpass"] or (
                    [verb.head] if verb.dep_ in ("acl", "amod") else [])
                users = self.objects(verb, "prep:by") or [
                    m for prep in verb.children if prep.dep_ == "agent" or prep.lower_ == "by"
                    for g in prep.children if g.dep_ == "pobj" for m in self.listed(g)]  # "by 40 firms, among them BMW"
            else:
                used = [c for c in verb.children if c.dep_ == "dobj"]
                users = self.clause_subject(verb)
            users = [u for u in users if u.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody")]
            if not used or not users:
                continue
            suppliers: list["Mention"] = []
            for noun in used:
                for m in self.np_mentions(noun, role="object", owners=False):
                    if m.entity.cls == "AIModel":
                        suppliers += makers.get(m.entity.iri, [])
                if noun.lemma_.lower() in ("model", "models", "chatbot", "assistant", "system", "systems", "tool", "tools"):
                    # "Firnline's models": the possessor makes them.
                    suppliers += [x for c in noun.children if c.dep_ == "poss" for x in [self.mention_at(c)]
                                  if x is not None and x.entity.cls in ("Company", "ResearchOrganization")]
            self.add([x for x in suppliers if x.entity.iri not in {u.entity.iri for u in users}], "supplies", users,
                     0.7, "model-use", verb)

    def rule_named_after_parent(self) -> None:
        """ "Alibaba Cloud", "Yandex Cloud", "Aramco Digital", "Nebius AI Studio": an organisation
        named by another one's name and a descriptor is its unit, when the article names the parent
        too."""
        named = {m.entity.iri: m for m in self.mentions if m.kind == "name"}
        by_label = {x.entity.label: x.entity for x in named.values() if x.entity.cls == "Company"}
        for m in list(named.values()):
            e = m.entity
            if e.cls not in ("Company", "ResearchOrganization") or len(e.label.split()) < 2 or e.known:
                continue
            words = e.label.split()
            for k in range(len(words) - 1, 0, -1):
                parent = self.gazetteer.lookup(" ".join(words[:k]))
                if parent is None and (place := self.gazetteer.lookup(words[k])) is not None \
                        and place.cls in ("Country", "City", "Region"):
                    parent = by_label.get(" ".join(words[:k]))  # "Nilgiri Labs Singapore" of a new firm
                if parent is None or parent.iri == e.iri or parent.cls != "Company" or parent.iri not in named:
                    continue
                if {w.lower() for w in words[k:]} & (_DEAL_FORMS | {"deals", "chip", "chips", "gpu", "gpus", "processors"}):
                    break  # (a title-case headline's "Nvidia Chips", "Oracle Deal": goods or a deal, no unit)
                self.add([m], "subsidiaryOf", [named[parent.iri]], 0.7, "named-after-parent", self.doc[m.end - 1])
                break

    def rule_verb(self, verb: "Token") -> None:
        verbs = self.p["verbs"]
        particles = [c.lower_ for c in verb.children if c.dep_ in ("prt",)]
        dobj_words = [c.lower_ for c in verb.children if c.dep_ == "dobj"]
        lemma = _LEMMA_FIXES.get(verb.lemma_.lower(), verb.lemma_.lower())
        keys = [f"{lemma} {w}" for w in particles + dobj_words] + [lemma, verb.lower_]
        key = next((k for k in keys if k in verbs), None)
        if lemma in ("add", "place", "put", "include", "keep", "move", "list", "name"):
            self.rule_list_addition(verb)
        if lemma in _TRADE_RESTRICTING_VERBS | {"prevent", "stop"}:
            selling = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                       for g in c.children if g.dep_ == "pcomp" and g.lemma_ in ("sell", "export", "ship", "supply")]
            if selling:
                # "barred Nvidia from selling H20 chips to China": the trade is restricted to China;
                # Nvidia is the one told, not the one sanctioned.
                self.add(self.clause_subject(verb), "sanctions", self._sold_to(verb), 0.8, "trade-restriction", verb)
                return
            self.rule_trade_restriction(verb)
        if lemma in ("take", "participate", "invest", "join", "co-invest"):
            self.rule_also_took_part(verb)
        if lemma in ("lead", "co-lead", "participate", "join"):
            self.rule_digest_round(verb)
        if lemma == "join":
            self.rule_joined_in_leading(verb)
        if lemma in _REQUIRING_VERBS:
            self.rule_regulator_demand(verb)
        if lemma in ("file", "complete", "submit", "lodge", "make"):
            self.rule_filed_with(verb)
        if lemma == "subscribe":
            self.rule_subscribes(verb)
        if lemma in _PICKING_VERBS:
            self.rule_picked_to_supply(verb)
        if lemma in _REGULATOR_ACTIONS or lemma == "require" and any(
                # "requires licences for Obsidian's shipments": the licence's holder is regulated
                c.dep_ == "dobj" and c.lower_ in _PERMIT_NOUNS for c in verb.children) or lemma == "serve" and any(
                c.dep_ == "prep" and c.lower_ == "with" and any(g.lemma_.lower() in _SERVED_PAPERS for g in c.children)
                for c in verb.children) or lemma == "send" and any(
                # "the AI Office sent formal requests for information to OpenAI", "the FTC sent the
                # company a second request"
                c.dep_ == "dobj" and c.lemma_.lower() in _SENT_PAPERS and not any(
                    g.lower_ in _TENDER_NOUNS for p in c.children if p.dep_ == "prep" for g in p.children)
                for c in verb.children):
            self.rule_regulator_action(verb)
        if lemma in _MAKING_VERBS or lemma == "design":
            self.rule_makes_for_owner(verb)
        if lemma in ("be", "remain", "place", "put", "add", "stay", "sit"):
            self.rule_on_entity_list(verb)
        if lemma in ("place", "put", "bring"):
            self.rule_placed_under(verb)
        if lemma in ("operate", "function", "trade", "run", "continue", "serve", "remain", "launch", "establish", "create",
                     "found", "incorporate", "form"):
            self.rule_operates_as(verb)
        if lemma in ("count", "list", "name", "cite", "sign", "win", "add", "land", "secure"):
            # (and "Tencent Cloud has signed Magazine Luiza as a customer")
            self.rule_counts_as(verb)
        if lemma == "come":
            self.rule_comes_from(verb)
        if lemma == "go":
            self.rule_money_went_to(verb)
        if lemma in ("list", "name", "target", "include", "hit", "cover", "add", "designate"):
            self.rule_package_lists(verb)
        if key is None:
            self.rule_sanction_verbs(verb)
            self.rule_apply_to(verb)
            return
        if lemma in ("sell", "transfer", "offload") and any(
                c.dep_ == "dobj" and (_part_of_equity(c).lemma_ in _EQUITY_NOUNS or c.lemma_ in _UNIT_NOUNS and _corporate_unit(c)
                                      or self._percent_of_firm(c) or _percent_of_unit(c))
                for c in verb.children):
            return  # selling a stake is taking investment (rule_money_verbs), selling a unit is a sale: not supplying
        if lemma in ("sign", "ink", "conclude", "strike", "reach", "enter") and any(
                c.dep_ == "dobj" and c.lemma_ in ("agreement", "contract", "deal", "settlement")
                and (self._supply_deal(c) or self._government_contract(c) or _enforcement_deal(c) or self._cloud_deal(c))
                for c in verb.children):
            return  # a supply agreement makes a supplier (rule_supply_shapes), not a partner; nor a settlement
        if lemma == "designate" and any(
                c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" and g.lemma_ in _APPOINTED_ROLES
                                                              for g in c.children) for c in verb.children):
            return  # "designated the Federal Network Agency as its market surveillance authority": a role, no listing
        if lemma == "cooperate" and not any(c.dep_ in ("prep", "xcomp", "advcl") and c.lower_ != "with"
                                            for c in verb.children) and any(
                m.entity.cls == "GovernmentBody" for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                for g in p.children if g.dep_ == "pobj" for m in self.np_mentions(g, role="object")):
            return  # "Meta said it was cooperating with the authority": with a probe, on nothing in common
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
            verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN") or (
            # "Founded in 2019 by Tang Jie, Zhipu AI sells ...": a fronted participle.
            # "..., set by the Ministry of X, led by Belete Molla": one set off after a name.
            verb.dep_ == "advcl" and verb.tag_ == "VBN"
            and (verb.i < verb.head.i or verb.i >= 2 and self.doc[verb.i - 1].text == "," and (verb.i - 2) in self.at)
            and any(c.dep_ == "agent" for c in verb.children)
            and not any(c.dep_ in ("nsubj", "aux", "mark") for c in verb.children)) or (
            # "Singtel, which is itself majority-owned by Temasek": a participle read as a complement.
            verb.dep_ == "acomp" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children))
        if not passive and lemma in ("base", "headquarter") and verb.tag_ == "VBN" and verb.dep_ == "prep" \
                and verb.head.dep_ == "acl" and verb.head.lower_ in ("startup", "start-up", "up"):
            # "Hlasovka, a 12-person speech synthesis startup based in Brno": "startup" taken for a
            # verb, "based" for a preposition; the place is the described company's.
            described = self.np_mentions(verb.head.head.head, role="subject", owners=False) \
                if verb.head.head.dep_ == "appos" else []
            self.add(described, "headquarteredIn", self.objects(verb, "prep:in"), 0.8, "verb-passive:base", verb)
            return
        if not passive and verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.dep_ in ("acl", "amod") \
                and verb.head.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children):
            # "MGX, the investor chaired by X and backed by Mubadala and G42".
            self._conjoined_participle(verb, key)
            return
        contact = self._contact_clause(verb)
        if contact is not None:
            subject, described = contact
            for spec in verbs[key]:
                if "dobj" in spec["obj"]:
                    subs, objs = ([subject], described) if not spec.get("reverse") else (described, [subject])
                    self.add(subs, spec["rel"], objs, 0.8, f"verb-contact:{key}", verb)
            return
        for spec in verbs[key]:
            obj_specs = spec["obj"]
            if key == "provide" and any(c.dep_ == "dobj" and (c.lemma_.lower() in _MONEY_NOUNS | _AID_NOUNS
                                                               or c.ent_type_ == "MONEY") for c in verb.children):
                # "provided $22.5 billion in funding for OpenAI", "provides subsidies for Intel": money or
                # aid given, no goods supplied
                obj_specs = [o for o in obj_specs if o != "prep:for"]
                spec = {**spec, "obj": obj_specs}
            if key == "use" and not any(c.dep_ == "dobj" and (c.lower_ in _SUPPLIED_GOODS or c.lower_ in _PARTS
                                                               or c.lower_ in _PLANT_EQUIPMENT) for c in verb.children):
                continue  # "using deposition tools from Naura", not "used articles from The New York Times"
            if key == "order" and (spec["rel"] == "regulates") == self._bought_from(verb):
                # "ordered 1,200 interceptors from Dovbush" is a purchase, not an order to a firm;
                # "ordered the removal of the app from X" is no purchase
                continue
            if passive and "dobj" in obj_specs:
                objs = [m for c in verb.children if c.dep_ == "nsubjpass" for m in self.np_mentions(c, role="subject")]
                if not objs and (verb.dep_ == "conj" or verb.i in self.lost_subjects) \
                        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                    # "Qalam Labs was founded by X and was acquired last year by Jazz": the first verb's subject.
                    # (or the one the parser ran into an opening phrase: "In Pennsylvania, Keystone
                    # Ridge Energy, a gas-fired project, is backed by Apollo")
                    objs = self.clause_subject(verb)
                if not objs and verb.dep_ == "advcl" and verb.i >= 2:
                    # "the Ministry of Innovation and Technology, led by X", "FuriosaAI, led by
                    # co-founder June Paik, rejected ..." (the parser may lose the main subject)
                    named = self.at.get(verb.i - 2)
                    objs = [named] if named is not None and named.kind == "name" and self.doc[verb.i - 1].text == "," else []
                if not objs and verb.dep_ in ("acomp", "advcl"):
                    objs = self.clause_subject(verb)  # "Singtel, which is itself majority-owned by Temasek"
                if not objs and verb.dep_ in ("acl", "amod"):
                    objs = self._since_semicolon(self.np_mentions(verb.head, role="subject", owners=False), verb.i)
                    # "G42, the AI group chaired by Tahnoon": the name right before the description
                    # (also when the parser hung the description elsewhere: "cancelled the
                    # registration of SkinSight, the app made by DermaLens").
                    before = self._name_before_comma(verb.head)
                    if not objs and before is not None:
                        objs = [before]
                    if not objs and verb.head.dep_ == "appos":
                        objs = self._since_semicolon(self.np_mentions(verb.head.head, role="subject", owners=False), verb.i)
                    objs = objs or self.np_mentions(verb.head, role="subject")
                    if spec["rel"] == "supplies" and verb.head.lower_ in _SUPPLIED_GOODS:
                        # "Nvidia servers supplied by Siam AI": the maker's name on the goods is no
                        # customer of the supplier (their owner is: "AIS's servers supplied by X").
                        objs = [m for m in objs if not (self.root(m).head.i == verb.head.i
                                                        and self.root(m).dep_ in ("compound", "nmod", "amod"))]
                        # ("Nvidia's HGX B200 servers supplied by Dell": the maker of the model they are)
                        models = {x.entity.iri for c in verb.head.children if c.dep_ in ("compound", "nmod")
                                  for t in c.subtree for x in [self.mention_at(t)] if x is not None and x.entity.cls == "AIModel"}
                        objs = [m for m in objs if not (self.root(m).dep_ == "poss" and any(
                            m.entity.iri in self.gazetteer.subjects("develops", iri) for iri in models))]
                    if verb.head.dep_ in ("attr", "oprd") and verb.head.head.lemma_ in ("be", "remain", "become") \
                            and all(o.entity.cls in ("City", "Country", "Region") for o in objs):
                        # "Caipora AI is a Sao Paulo start-up founded by X": the subject, not the place.
                        objs = self.clause_subject(verb.head.head) or objs
                subs = self.objects(verb, "prep:by")
                if not subs:
                    # "the holding company founded and run by Masayoshi Son".
                    # (not "was released in September and is used by VTB": a clause of its own)
                    subs = [m for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"
                            and not any(a.dep_ in ("aux", "auxpass") for a in c.children)
                            for m in self.objects(c, "prep:by")]
                if not objs and "prep:to" in obj_specs:
                    objs = self.objects(verb, "prep:to")  # "memory supplied to Nvidia by SK Hynix"
                if not objs and spec["rel"] == "supplies" and not spec.get("reverse"):
                    objs = self._unowned_goods_receivers(verb, key, subs)
                rule = f"verb-passive:{key}"
            elif passive and key in ("host", "rent", "lease") and self.objects(verb, "prep:by"):
                # "Its servers are hosted by Alpi Data Centers": the host supplies the servers' owner.
                subs = self.objects(verb, "prep:by")
                objs = [m for c in verb.children if c.dep_ == "nsubjpass" for g in c.children if g.dep_ == "poss"
                        for m in [self.mention_at(g)] if m is not None and m.kind != "demonym"]
                spec = {**spec, "reverse": False}
                rule = f"verb-passive:{key}"
            elif passive:
                subs = [m for c in verb.children if c.dep_ == "nsubjpass" for m in self.np_mentions(c, role="subject")]
                if verb.dep_ in ("acl", "amod"):
                    # "a start-up based in Bengaluru": the noun it modifies, never the clause's subject;
                    # "X and Aleph Alpha, headquartered in Heidelberg": that name alone.
                    head = self.mention_at(verb.head)
                    if not subs and head is not None and head.kind != "demonym" and verb.i >= 1 \
                            and self.doc[verb.i - 1].text in ("--", "\u2014", "\u2013"):
                        # "Eight companies -- Toyota Motor, Sony Group, ... and MUFG Bank -- invested in
                        # Rapidus": the list a dash closes, which the parser hung the verb on
                        subs = self.chain(head)
                    subs = subs or ([head] if head is not None and head.kind != "demonym" else []) or \
                        self.np_mentions(verb.head, role="subject", owners=False)
                    if not subs and verb.head.dep_ == "appos":
                        # "invested in Anthropic and Perplexity and in Rebellions, an AI chip designer
                        # based in Seongnam": a singular description is the name's right before it
                        # (the parser hangs it on the head of the list).
                        before = self._name_before_comma(verb.head) if verb.head.tag_ in ("NN", "NNP") else None
                        subs = [before] if before is not None else \
                            self._since_semicolon(self.np_mentions(verb.head.head, role="subject", owners=False), verb.i)
                    if not subs and verb.head.dep_ in ("attr", "oprd") and verb.head.head.lemma_ in ("be", "remain", "become"):
                        subs = self.clause_subject(verb.head.head)  # "Caipora AI is a start-up based in Lima"
                if not subs and verb.dep_ not in ("acl", "amod"):
                    subs = self.clause_subject(verb)
                if spec["rel"] == "supplies" and key in _ASSEMBLING and verb.dep_ not in ("acl", "amod"):
                    # ("Nvidia chips are manufactured by TSMC": a name on the goods is their buyer, which
                    # rule_supply_shapes reads; the maker is the agent, and only unowned goods go on)
                    if subs:
                        continue
                    subs = self.objects(verb, "prep:by")
                if not subs and spec["rel"] == "supplies" and key in ("sell", "ship", "deliver", "supply", "export"):
                    # "The servers were sold to Steppe Compute by Gulfstar Systems": the seller.
                    # ("the finished boards are assembled by Wiwynn": the maker)
                    subs = self.objects(verb, "prep:by")
                if not subs and spec["rel"] == "supplies" and spec.get("reverse") \
                        and key in _BUYING_VERB_KEYS:
                    # "the servers were bought by Cyrene Import from Partenope Tech": the buyer.
                    subs = self.objects(verb, "prep:by")
                if not subs and verb.dep_ == "acl" and key in ("rent", "lease", "buy", "purchase", "source", "procure"):
                    # "launched its model on capacity rented from AWS": whoever uses what was rented.
                    subs = [m for m in self.clause_subject(verb.head) if m.entity.cls in ("Company", "ResearchOrganization")]
                objs = [m for s in obj_specs if s != "dobj" for m in self.objects(verb, s)]
                objs = objs or self.relative_gap(verb, [s for s in obj_specs if s != "dobj"])
                if not objs and spec["rel"] == "supplies" and not spec.get("reverse"):
                    objs = self._unowned_goods_receivers(verb, key, subs)
                if objs and not subs and spec["rel"] == "supplies" and spec.get("reverse") and key in _BUYING_VERB_KEYS \
                        and any(c.dep_ == "nsubjpass" and self._unowned_goods(c) for c in verb.children):
                    # "The ABF package substrates are sourced from Ibiden": goods nobody is named to own
                    # are the article's firm's (a name on them is their buyer: "Meta servers are
                    # sourced from Quanta")
                    subs = self._focus_apart_from(objs, verb)
                if not objs and spec["rel"] == "supplies" and spec.get("reverse") and "prep:from" in obj_specs:
                    # "were purchased by Sava Digital from Gigabyte", "bought by X, a trader, from Y":
                    # the parser hangs "from" on the buyer's name or its description
                    objs = [m for agent in verb.children if agent.dep_ == "agent" for g in agent.children
                            if g.dep_ == "pobj" for x in [g, *(c for c in g.children if c.dep_ == "appos")]
                            for p in x.children if p.dep_ == "prep" and p.lower_ == "from"
                            for o in p.children if o.dep_ == "pobj" for m in self.np_mentions(o, role="object")]
                rule = f"verb-passive:{key}"
            else:
                subs = self.clause_subject(verb)
                objs = [m for s in obj_specs for m in self.objects(verb, s)]
                if not objs:
                    objs = self.relative_gap(verb, obj_specs)
                if not objs and spec["rel"] == "supplies" and spec.get("reverse") and key in ("rent", "lease"):
                    # "The National Institute of Informatics rents Sakura Internet's GPU cloud": the
                    # owner of what is rented rents it out
                    objs = [m for c in verb.children if c.dep_ == "dobj" and (
                                c.lower_ in _HARDWARE_NOUNS or c.lower_ in ("cloud", "space", "halls", "hall", "racks"))
                            for g in c.children if g.dep_ == "poss" for m in [self.mention_at(g)]
                            if m is not None and m.kind == "name" and m.entity.cls == "Company"]
                if spec["rel"] == "supplies":
                    # "ships servers to Meta, storage to Oracle and racks to xAI"
                    objs = objs + [m for s in obj_specs if s in ("prep:from", "prep:to")
                                   for m in self._gapped_trade_items(objs, s[5:])]
                if key in _INQUIRING_VERBS:
                    # (a body "examining the role of X" or "X's accounts" has found nothing yet; one
                    # examining whether X broke a rule has opened a case on X, below; one examining
                    # the firm itself, "examining Hanmi over the service suspension", has one open)
                    objs = [m for m in objs if self.root(m).dep_ == "dobj" and self.root(m).head.i == verb.i
                            and m.kind == "name" and m.entity.cls == "Company"
                            and any(c.dep_ == "nsubj" for c in verb.children)
                            and all(s.entity.cls == "GovernmentBody" for s in subs)]
                if not objs and spec["rel"] == "regulates" and key not in _INQUIRING_VERBS:
                    # "blocked the DeepSeek app", "fined the Meta unit": the maker of what is acted
                    # on; "oversees the European operations of Meta and TikTok": whose they are.
                    objs = [m for c in verb.children if c.dep_ == "dobj" for g in c.children
                            if g.dep_ in ("compound", "nmod") for m in [self.mention_at(g)]
                            if m is not None and m.kind != "demonym" and m.entity.cls in ("Company", "AIModel")]
                    objs = objs or [m for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() not in _BUYING_NOUNS
                                    for prep in c.children
                                    if prep.dep_ == "prep" and prep.lower_ == "of" for g in prep.children
                                    if g.dep_ == "pobj" for m in self.np_mentions(g, role="object")]
                    # "oversees exports by Foxconn, Quanta and Wistron": whose trade it is
                    objs = objs or [m for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _TRADE_NOUNS
                                    for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "by"
                                    for g in prep.children if g.dep_ == "pobj"
                                    for m in self.np_mentions(g, role="object") if m.entity.cls == "Company"]
                    # "cleared the acquisition of Lindiwe by MTN", "is investigating the partnership
                    # between Vodacom and Microsoft": the deal's parties.
                    objs = objs or [m for c in verb.children if c.dep_ == "dobj" for m in self._regulated_in(c)]
                if not objs and spec["rel"] == "supplies" and "dobj" in obj_specs:
                    # "supplies most of Safaricom's radio equipment": whose the part's whole is
                    objs = [m for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("most", "much", "all", "part", "half", "some")
                            for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                            if g.dep_ == "pobj" for x in g.children if x.dep_ == "poss" for m in [self.mention_at(x)]
                            if m is not None and m.kind == "name"]
                if not objs and spec["rel"] == "supplies" and not spec.get("reverse") \
                        and key in ("supply", "provide", "deliver", "ship") and any(
                            c.dep_ == "dobj" and self._goods_pointing_back(c) for c in verb.children) and not any(
                            # ("ships the chips to customers in China": a buyer named, but by no name)
                            c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for") and not any(
                                g.lower_ in _UNOWNED_GOODS for g in c.children if g.dep_ == "pobj") for c in verb.children):
                    # "Delta Electronics provides the power shelves", "was picked to supply battery
                    # units for the racks": goods that point back, with no buyer named, are for the
                    # article's firm; "supplies the chips that iFlytek uses": for their user
                    users = [m for c in verb.children if c.dep_ == "dobj" for r in c.children
                             if r.dep_ == "relcl" and r.lemma_ in _HARDWARE_USE
                             for m in self.clause_subject(r) if m.entity.cls in ("Company", "ResearchOrganization")]
                    objs = users or self._focus_apart_from(subs, verb)
                if not objs and spec["rel"] == "regulates":
                    # "opened proceedings to examine whether Microsoft is using its position"
                    # ("supervises how Bank Rakyat Indonesia and other lenders use automated systems")
                    objs = [m for c in verb.children if c.dep_ == "ccomp" and any(
                        g.dep_ == "mark" and g.lower_ in ("whether", "if")
                        or g.lower_ == "how" and g.dep_ == "advmod" and key in (
                            "supervise", "oversee", "regulate", "police", "investigate", "probe", "audit")
                        for g in c.children)
                        for m in self._regulated_in(c) if m.entity.cls in ("Company", "AIModel")]
                rule = f"verb:{key}"
            relation = spec["rel"]
            if relation == "develops" and lemma in ("produce", "make", "manufacture", "fabricate", "build") and subs:
                # "TSMC produces Nvidia's Blackwell chips": a model the gazetteer credits to another
                # company is made for it, not developed by the one that makes it.
                makers = {m.entity.iri for m in subs}
                objs = [o for o in objs if not (self.gazetteer.subjects("develops", o.entity.iri)
                                                 and not self.gazetteer.subjects("develops", o.entity.iri) & makers)]
                # ("Taiga Silicon's first chip, T1, is built by TSMC": nor one the text gives another owner)
                def owner(o: "Mention") -> "Mention | None":
                    r = self.root(o)
                    if r.dep_ == "appos":
                        return next((x for c in r.head.children if c.dep_ == "poss" for x in [self.mention_at(c)]
                                     if x is not None and x.entity.cls in ("Company", "ResearchOrganization")), None)
                    return self._possessor_of_model(o)
                objs = [o for o in objs if (w := owner(o)) is None or w.entity.iri in makers]
            if relation == "develops" and lemma == "train" and not passive:
                # "ordered Meta to suspend the use of posts to train its Llama models": the
                # regulator giving the order trains nothing.
                subs = [m for m in subs if m.entity.cls in ("Company", "ResearchOrganization")]
            if relation == "leaderOf" and not passive and objs and all(
                    self._owned_part(verb, m) for m in objs):
                relation = "employedBy"  # "runs Samsung's semiconductor business" leads a part of it
            if relation == "supplies":
                # "resell its models to Telia's business clients": the possessor's clients are the
                # customers, not the possessor.
                objs = [o for o in objs if not (self.root(o).dep_ == "poss" and self.root(o).head.lemma_.lower()
                                                in ("client", "customer", "user", "subscriber"))]
            if relation == "trails" and lemma == "beat" and any(
                    g.lemma_ in ("tender", "bid", "contract", "auction", "deal", "order", "competition")
                    for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "for", "at", "to")
                    for g in p.children if g.dep_ == "pobj"):
                # "In the Greek tender, Orev beat Rafael": rival bidders compete; no one trails
                relation, spec = "competesWith", {**spec, "reverse": False}
            if relation == "supplies" and lemma == "sell" and passive and subs and all(
                    m.entity.cls in ("Company", "ResearchOrganization") and m.kind != "demonym"
                    and self.root(m).dep_ == "nsubjpass" for m in subs):
                # "Graphcore was sold to SoftBank in 2024": the company itself changed hands.
                relation, subs, objs = "acquires", objs, subs
            if relation == "subsidiaryOf" and lemma == "own" and passive and self._minority_share(verb):
                # "Lao Telecom, which is 49 percent owned by Thaicom": a minority owner is an investor.
                relation, spec = "investsIn", {**spec, "reverse": False}
            if relation == "memberOf" and lemma == "belong" and not passive and subs and objs \
                    and all(m.entity.cls == "Company" for m in subs + objs):
                # "SK Hynix, the memory maker that belongs to the SK Group": a firm belongs to its group;
                # "the remaining 30 percent of Sirio belongs to CDP Equity": a share of it, to an investor
                # (not a group of firms: "belongs to the Semiconductor Industry Association")
                objs = [o for o in objs if o.entity.known or o.entity.label.split()[-1] not in (
                    "Association", "Initiative", "Network", "Project", "Alliance", "Council", "Forum")]
                relation = "subsidiaryOf"
                if any(c.dep_ == "nsubj" and (c.lemma_.lower() in _FRACTIONS | _EQUITY_NOUNS | {"part", "portion"}
                                              or c.lower_ == "percent" and not any(
                                                  g.like_num and g.text.replace(".", "", 1).isdigit() and float(g.text) > 50
                                                  for g in c.subtree))
                       for c in verb.children):
                    # (a majority, "most" or "all" of it makes a parent still)
                    relation, subs, objs = "investsIn", objs, subs
            if relation in ("acquires", "investsIn"):
                # "bought Nvidia and AMD accelerators": the names modify the goods bought.
                objs = [o for o in objs if not self._maker_before_goods(o)]
                # ("Microsoft, which buys our Kite DSPs": the owner of goods bought is not bought)
                # ("bought into Nvidia's vision of AI factories": nor the owner of whatever is bought into)
                objs = [o for o in objs if not ((r := self.root(o)).dep_ == "poss"
                                                and (r.head.tag_ in ("NNS", "NNPS") or "prep:into" in obj_specs)
                                                and r.head.lemma_.lower() not in _EQUITY_NOUNS | _UNIT_NOUNS | _BOUGHT_OWNERS)]
                # ("Qatar fund and Brookfield buy into Vattenfjord": the state's fund, not the state)
                subs = [m for m in subs if not (m.entity.cls == "Country" and self.root(m).dep_ == "compound"
                                                and self.root(m).head.lower_ in self.p["org_nouns"])]
            if relation == "supplies" and spec.get("reverse") and objs and not subs:
                subs = self._thing_owner(verb)  # "The servers were bought from Dell": whose servers
            elif relation == "supplies" and passive and subs and not objs:
                objs = self._thing_owner(verb)  # "The equipment was supplied by Huawei"
            if spec.get("reverse"):
                subs, objs = objs, subs
            if spec["rel"] == "memberOf" and not passive and lemma in ("belong", "sit"):
                # "Switzerland belongs to EFTA with Norway, Iceland and Liechtenstein": co-members.
                withs = self.objects(verb, "prep:with") or [
                    m for o in objs for w in self.root(o).children if w.dep_ == "prep" and w.lower_ == "with"
                    for c in w.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")]
                subs = subs + [m for m in withs if m.entity.cls == "Country" and m not in subs]
            if spec["rel"] == "founderOf" and not passive:
                # "Sutskever founded SSI with Daniel Gross and Daniel Levy": co-founders.
                subs = subs + [m for m in self.objects(verb, "prep:with") if m.entity.cls == "Person"]
            if spec["rel"] == "trails" and objs and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj", "amod") \
                    and not any(c.dep_ == "nsubj" for c in verb.children):
                # "..., while Senegal was ninth, trailing Cote d'Ivoire": the participle is about the
                # clause just before it, not the sentence's first subject.
                subs = self._placed_before(verb, objs) or subs
            if spec["rel"] == "trails" and not objs and not passive:
                # "it still trails both in revenue", "Costa Rica trails the other three", "lags both of
                # its smaller neighbours": the names those words stand for.
                objs = [m for c in verb.children if c.dep_ == "dobj" for m in self._plural_reference(c, subs)]
                if not objs and verb.i + 1 < len(self.doc) and self.doc[verb.i + 1].lower_ == "both" \
                        and self.doc[verb.i + 1].dep_ != "det":
                    # "it still trails both in revenue": the parser hung "both" on "in"
                    objs = self._plural_reference(self.doc[verb.i + 1], subs)
            if spec["rel"] == "memberOf" and (
                    any(p.lower_ == "as" and any(t.lemma_.lower() in _NON_MEMBER_STATUS for g in p.children
                                                 if g.dep_ == "pobj" for t in g.subtree)
                        for p in verb.children if p.dep_ == "prep")
                    or verb.dep_ in ("acl", "xcomp", "relcl") and verb.head.lemma_.lower() in _NON_MEMBER_STATUS):
                # "joined the BRICS group as partner countries", "a candidate to join the bloc": a
                # status short of membership
                continue
            if spec["rel"] == "memberOf" and not passive and subs:
                # "sits with Moscow in the EAEU, alongside Kazakhstan and Armenia", "sit together in
                # BRICS, along with China and India": the companions are members as well.
                subs = subs + [m for m in self._companions(verb, with_too=lemma == "sit")
                               if m.entity.cls == subs[0].entity.cls and m not in subs]
            self.add(subs, relation, objs, 0.9, rule, verb)
            # "X and Y compete": a coordinated subject with no object.
            if spec["rel"] == "competesWith" and not objs and len(subs) > 1:
                self.pairwise(subs, "competesWith", 0.85, rule, verb)
            if spec["rel"] == "partnersWith" and not objs and len(subs) > 1 \
                    and all(other["rel"] == "partnersWith" for other in verbs[key]) \
                    and not any(c.dep_ == "dobj" and c.lemma_.lower() in _PUBLIC_UNDERTAKINGS for c in verb.children) \
                    and not (lemma in ("sign", "ink", "strike", "conclude") and (
                        any(c.dep_ == "prt" for c in verb.children)
                        or not any(c.dep_ == "dobj" and c.tag_ != "NNS" for c in verb.children))):
                # "X and Y partnered" (not "X and Y develop a model": that is only with "with"; nor
                # "are signing power contracts and telecom partnerships", with others, nor "have
                # signed up to use the plant": one deal signed together is).
                self.pairwise(subs, "partnersWith", 0.85, rule, verb)

    def _companions(self, verb: "Token", *, with_too: bool) -> list["Mention"]:
        """Who the subject does it with: "alongside X", "along with X", "together with X" (and
        "with X" when with_too) hung on the verb or on its objects."""
        holders = [verb] + [g for c in verb.children if c.dep_ in ("prep", "dobj") for g in [c, *c.children]
                            if g.dep_ == "pobj" or g is c and c.dep_ == "dobj"]
        found: list["Mention"] = []
        for h in holders:
            for c in h.children:
                words = ("alongside", "with") if with_too else ("alongside",)
                preps = [c] if c.dep_ == "prep" and c.lower_ in words else []
                if c.lower_ in ("along", "together") and c.dep_ in ("advmod", "prep"):
                    preps += [g for g in c.children if g.dep_ == "prep" and g.lower_ == "with"]
                if c.dep_ == "prep" and c.lower_ == "with" and not with_too and any(
                        g.lower_ in ("along", "together") and g.i == c.i - 1 for g in [self.doc[c.i - 1]]):
                    preps.append(c)  # "along with" the parser made one preposition's head
                for prep in preps:
                    found += [m for g in prep.children if g.dep_ == "pobj" for m in self.np_mentions(g, role="object")]
        return found

    def _sold_companies(self, prep: "Token") -> list["Mention"]:
        """Companies named outright (not goods of theirs) as the object of prep: in "the sale of
        Graphcore to SoftBank" Graphcore changes hands; in "the sale of Nvidia's chips" nothing does."""
        found = []
        for c in prep.children:
            if c.dep_ == "pobj":
                m = self.mention_at(c)
                if m is not None and m.kind == "name" and m.entity.cls in ("Company", "ResearchOrganization") \
                        and self.root(m).i == c.i:
                    found += [x for x in self.chain(m, rightward=True) if x.entity.cls in ("Company", "ResearchOrganization")]
        return found

    def rule_sale_of_company(self, tok: "Token") -> None:
        """ "the 2024 sale of Graphcore, the Bristol chip designer, to Japan's SoftBank Group": the
        buyer acquires the company sold."""
        sold = [m for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
                for m in self._sold_companies(prep)]
        if not sold:
            return
        buyers = [m for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "to"
                  for c in prep.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")
                  if m.entity.cls in ("Company", "ResearchOrganization")]
        if not buyers:
            # ("the sale of Graphcore, the Bristol chip designer, to SoftBank": "to" may hang on the description)
            buyers = [m for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
                      for c in prep.children for d in c.subtree if d.dep_ == "prep" and d.lower_ == "to"
                      and d.head.dep_ == "appos" for g in d.children if g.dep_ == "pobj"
                      for m in self.np_mentions(g, role="object") if m.entity.cls in ("Company", "ResearchOrganization")]
        self.add(buyers, "acquires", sold, 0.8, "noun:sale-of", tok)

    def _contact_clause(self, verb: "Token") -> "tuple[Mention, list[Mention]] | None":
        """ "AirTrunk, the Sydney operator Blackstone bought in 2024": a relative clause without
        "that". The name between the description and the verb is the verb's subject (not the name
        the description introduces); what the description describes is its object."""
        noun = verb.head
        if verb.dep_ not in ("acl", "relcl") or verb.tag_ not in ("VBD", "VBN") or noun.pos_ != "NOUN" \
                or not any(c.dep_ == "det" for c in noun.children) \
                or any(c.dep_ in ("nsubj", "nsubjpass", "agent", "auxpass", "dobj") for c in verb.children):
            return None
        m = self.at.get(verb.i - 1)
        if m is None or m.kind != "name" or m.end != verb.i or m.start != noun.i + 1 \
                or m.entity.cls not in ("Company", "Person", "Country", "GovernmentBody", "ResearchOrganization"):
            return None
        described = self.np_mentions(noun.head, role="subject", owners=False) if noun.dep_ == "appos" else []
        return m, [d for d in described if d is not m]

    def _subject_of_gapped_clause(self, m: "Mention", noun: "Token") -> bool:
        """ "the Israeli chip-design firm Amazon bought in 2015": m is the subject of a relative
        clause without "that" on noun, whose object the clause leaves out (the firm bought), so m is
        not the firm the noun describes. (_contact_clause reads the parses that miss the subject.)"""
        root = self.root(m)
        gap = root.head
        return root.dep_ == "nsubj" and gap.dep_ in ("relcl", "acl") and gap.head.i == noun.i \
            and gap.lemma_ in ("buy", "acquire", "purchase", "own", "back", "fund", "found", "create", "sell") \
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "auxpass", "agent") for c in gap.children)

    def _maker_before_goods(self, m: "Mention") -> bool:
        """ "Nvidia and AMD accelerators": the parser makes the goods a conjunct of the first maker."""
        root = self.root(m)
        return m.end < len(self.doc) and self.doc[m.end].lower_ in ("and", "or") and any(
            c.dep_ == "conj" and c.pos_ == "NOUN" and c.left_edge.i == m.end + 1
            and any(g.dep_ == "compound" and g.i in self.at for g in c.children) for c in root.children)

    def rule_hardware_use(self, tok: "Token") -> None:
        """ "DeepSeek trained its models on Nvidia H800 processors", "FPT opened a factory built on
        Nvidia's H200 hardware", "Humain placed an order for Nvidia processors": whoever uses,
        buys or runs a company's hardware is that company's customer (supplier supplies user)."""
        # (a name the tagger took for an adjective too: "uses Mistral models")
        suppliers = [m for c in tok.children if c.dep_ in ("poss", "compound", "nmod", "amod")
                     for m in [self.mention_at(c)] if m is not None and m.kind != "demonym"]
        # ("Lumentum's optical circuit switches": the parser hangs the possessor on the compound)
        suppliers += [m for c in tok.children if c.dep_ == "compound" and c.i not in self.at for g in c.children
                      if g.dep_ == "poss" for m in [self.mention_at(g)] if m is not None and m.kind == "name"]
        # "Nokia and Samsung Electronics gear": the makers listed before the noun.
        suppliers += [x for m in list(suppliers) for x in self.chain(m) if x not in suppliers and x.kind != "demonym"]
        # (a list that modifies a noun is no list of chain()'s, which leaves modifiers out)
        suppliers += [x for m in list(suppliers) for x in self.chain_plain(m) if x not in suppliers and x.kind != "demonym"]
        if suppliers and tok.dep_ == "conj" and tok.head.i in self.at:
            # "volumes of Nvidia and AMD accelerators": the parser makes the noun a conjunct of the
            # first maker.
            first = self.at[tok.head.i]
            if first.kind == "name" and first.end < len(self.doc) and self.doc[first.end].lower_ in ("and", "or") \
                    and tok.left_edge.i == first.end + 1 and first not in suppliers:
                suppliers.insert(0, first)
        suppliers = [self._maker_of(m) for m in suppliers]
        # "using processors supplied by Nvidia".
        suppliers += [m for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                      and c.lemma_ in ("supply", "provide", "make", "build", "design", "sell", "ship")
                      for m in self.objects(c, "prep:by")]
        # "housed in Dell-built servers", "Supermicro-made racks"
        suppliers += [m for c in tok.children if c.dep_ == "amod" and c.lower_ in ("built", "made", "supplied", "assembled", "powered")
                      for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod") and g.i == c.i - 2
                      and self.doc[c.i - 1].text == "-" for m in [self.mention_at(g)] if m is not None and m.kind == "name"]
        suppliers = [m for m in suppliers if m is not None and m.entity.cls == "Company"]
        if tok.lower_ in _FACILITY_HARDWARE:
            # "the Athena supercomputer" names the machine, and "the institute's Huawei cluster"
            # is the institute's to lend: only a known maker of a machine nobody owns supplies it.
            # ("the region's first Nvidia GB200 clusters": a place ranks them, it does not own them)
            if any(c.dep_ == "poss" and c.lemma_.lower() not in _PLACE_NOUNS | {"world", "country", "nation", "continent"}
                   and not ((o := self.mention_at(c)) is not None and o.entity.cls in ("Country", "City", "Region"))
                   for c in tok.children):
                return
            suppliers = [m for m in suppliers if m.entity.known or m.start > tok.i]
        user = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "with") \
            else None
        if not suppliers and not (user is not None and user.pos_ == "VERB" and (user.lemma_ in (
                "use", "run", "train", "rely", "buy", "purchase", "source", "obtain", "rent", "lease", "deploy")
                or user.lemma_ == "build" and tok.dep_ == "pobj")  # ("built on chips from Groq")
                and not any(c.dep_ == "prep" and c.lower_ == "to" for c in user.children)
                and any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children)):
            # ("runs on chips from Orbis Systems", "uses equipment from ...": the seller named after
            # the goods a verb uses, read below)
            return
        made_for = [m for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children
                    if g.dep_ == "pobj" for m in self.np_mentions(g, role="object")
                    if m.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody")]
        if made_for and any(c.dep_ == "amod" and c.lower_ in ("built", "made", "supplied", "assembled") for c in tok.children):
            # "Eviden-built servers for Cassiopee": whom the maker built them for
            self.add(suppliers, "supplies", made_for, 0.75, "hardware-for", tok)
            return
        if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "into", "inside", "within"):
            # "SK Hynix supplies the memory used in Nvidia's accelerators": the hardware holds what
            # is used, and its maker is the customer of whoever supplies that.
            used = tok.head.head
            if used.lemma_ in ("use", "fit", "install", "put", "find") and used.dep_ == "acl":
                verb = used.head
                for _ in range(4):
                    if verb.pos_ == "VERB" or verb.dep_ not in ("dobj", "pobj", "prep") or verb.head.i == verb.i:
                        break
                    verb = verb.head
                if verb.pos_ == "VERB" and verb.lemma_ in ("supply", "provide", "make", "produce",
                                                                               "manufacture", "ship", "sell", "deliver"):
                    makers = [m for m in self.clause_subject(verb) if m.entity.cls == "Company"]
                    self.add(makers, "supplies", suppliers, 0.75, "supplied-for-hardware", verb)
            return
        # "Nvidia GPUs that it rents from Fluidstack", "sourced AMD accelerators through an
        # intermediary": the hardware came through someone else, who is the supplier if named.
        # ("a cluster of 9,000 Nvidia GPUs that it rents from Fluidstack": the clause may hang on
        # the group noun)
        holders = [tok] + ([tok.head.head] if tok.dep_ == "pobj" and tok.head.lower_ == "of"
                           and tok.head.head.lemma_.lower() in _GROUP_NOUNS else [])
        clauses = [c for h in holders for c in h.children if c.dep_ in ("acl", "relcl")]
        if tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ in ("that", "which") \
                and self.doc[tok.i + 1].dep_ == "dobj" and self.doc[tok.i + 1].head.pos_ == "VERB":
            clauses.append(self.doc[tok.i + 1].head)  # (the relative clause misread as a complement)
        if tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].dep_ == "advcl" and self.doc[tok.i + 1].tag_ == "VBN":
            clauses.append(self.doc[tok.i + 1])  # "processors obtained through Cassava", hung on the verb
        middle = [c for t in [tok] + clauses
                  for c in t.children if c.dep_ == "prep" and c.lower_ in ("from", "through", "via")]
        # "Nvidia H200 systems that Dell Technologies supplied": whoever the clause says supplied
        # them is the supplier, not their maker.
        resellers = [m for c in clauses if c.dep_ == "relcl" and c.lemma_ in ("supply", "sell", "provide", "deliver", "ship")
                     for g in c.children if g.dep_ == "nsubj" and g.lower_ not in _RELATIVES
                     for m in self.np_mentions(g, role="subject") if m.entity.cls == "Company"]
        if resellers:
            suppliers = resellers
        node = tok
        for _ in range(4):
            # ("bought Nvidia H100 and H200 processors in 2023 from Formosa Link": through the list too)
            if node.dep_ in ("pobj", "dobj", "prep", "conj") and node.head.i != node.i:
                node = node.head
                middle += [c for c in node.children if c.dep_ == "prep" and c.lower_ in ("from", "through", "via")
                           and c.i > tok.i]
        if not suppliers:
            middle = [c for c in middle if c.head.i == tok.i]  # (only the goods' own "from")
        if middle:
            suppliers = [m for c in middle for g in c.children if g.dep_ == "pobj"
                         for m in self.np_mentions(g, role="object") if m.entity.cls == "Company"]
            if not suppliers:
                return
        if (own := self._clause_read_as_noun(tok)) is not None:
            # "Nvidia sources lasers from Lumentum, and Meta Platforms orders transceivers from
            # Cloud Light": a second clause read as a noun phrase has a subject of its own
            verb = self.doc[own.end]
            if _verb_form_in(verb, _HARDWARE_USE):
                self.add(suppliers, "supplies", [own], 0.75, "hardware-use", tok)
            return
        node, used, use = tok, False, tok
        for _ in range(6):
            if node.dep_ in ("pobj",) and node.head.dep_ in ("prep", "agent"):
                if node.head.lower_ == "with" and node.head.head.lemma_.lower() in _FITTING_OUT_VERBS:
                    used = True  # "opened a 40-megawatt campus with Nvidia GPUs"
                node = node.head.head
            elif node.dep_ in ("dobj", "acl", "relcl", "xcomp", "advcl", "conj") or node.dep_ == "pobj":
                node = node.head
            else:
                break
            lemma = _LEMMA_FIXES.get(node.lemma_.lower(), node.lemma_.lower())
            if node.pos_ == "VERB" and not used and lemma not in _HARDWARE_USE | {"procure", "get", "stockpile", "acquire"} \
                    and tok.dep_ == "dobj" and tok.head.i == node.i and node.dep_ == "xcomp":
                # "whose testers Nvidia uses to check its AI processors": the hardware is what the
                # purpose clause acts on, not what the main verb uses
                return
            if lemma in ("rent", "lease") and not middle:
                # "Hoshimi signed a contract with Sakura Internet to rent a cluster of Nvidia H200
                # processors": a renter's supplier is whoever rents them out, not their maker.
                return
            made = node.pos_ == "VERB" and not used and lemma in _MAKING_VERBS and any(
                c.dep_ == "dobj" and _whole_of_part(c).i == tok.i for c in node.children)
            if made and (tok.lemma_.lower() in ("chip", "processor", "accelerator", "gpu", "wafer", "die")
                         or any(c.dep_ == "poss" for c in tok.children)):
                # "TSMC builds Nvidia's Blackwell chips", "Wistron builds a third of Obsidian's
                # racks": who makes the goods is their owner's supplier, not their customer
                return
            if node.pos_ == "VERB" and not used and lemma in ("supply", "provide", "sell", "ship", "deliver"):
                # "Huawei, which built the networks and still supplies most of Safaricom's radio
                # equipment": the owner of goods someone supplies is the customer, not their maker
                return
            if node.pos_ in ("VERB", "NOUN") and lemma in _HARDWARE_USE and not used:
                if node.dep_ in ("csubj", "csubjpass") and node.tag_ == "VBG":
                    # "has warned that using Ascend chips anywhere may breach export controls": a
                    # use nobody is said to make
                    return
                used, use = True, node
                owners = [m for c in node.children if c.dep_ == "poss" for m in [self.mention_at(c)]
                          if node.pos_ == "NOUN" and lemma in ("order", "purchase", "shipment", "delivery")
                          and m is not None and m.kind == "name"
                          and m.entity.cls in ("Company", "ResearchOrganization")]
                if owners:
                    # "requires licences for Obsidian's shipments of GB300 systems": whose orders or
                    # shipments they are, not whoever the clause is about
                    self.add(suppliers, "supplies", owners, 0.75, "hardware-use", tok)
                    return
            if used and node.pos_ == "VERB" and use.dep_ == "acl" and use is not node \
                    and lemma in ("supply", "provide", "sell", "ship", "deliver"):
                # "sells cables to AWS for racks built around Amazon's Trainium chips": racks the
                # buyer builds on its own (or its parent's) chips are not the seller's ("ships servers
                # built on Nvidia's GPUs to xAI" still has the seller buying Nvidia's)
                purpose = use.head.head if use.head.dep_ == "pobj" and use.head.head.lower_ == "for" else None
                if purpose is not None and (purpose.head.i == node.i or purpose.head.dep_ == "dobj" and purpose.head.head.i == node.i):
                    # "for Brightwave to deliver transceivers for clusters built around Amazon's
                    # Trainium chips": what the goods are for is the customer's, not the seller's
                    return
                makers = {m.entity.iri for m in suppliers}
                recipients = self.objects(node, "prep:to") + self.objects(node, "dative")
                if any(r.entity.iri in makers or makers & set(self.gazetteer.objects(r.entity.iri, "subsidiaryOf"))
                       for r in recipients):
                    return
            if used and node.pos_ in ("VERB", "AUX"):
                users = self.clause_subject(node) if node.dep_ not in ("acl",) else []
                if node.dep_ == "acl":
                    continue
                permits = [t for t in [use.head, *use.head.children] if t.lower_ in _PERMIT_NOUNS | {"approval", "permission"}
                           and (t.i == use.head.i and use.dep_ == "acl" or t.dep_ == "dobj" and use.dep_ in ("advcl", "xcomp"))
                           and t.head.lemma_ in ("grant", "give", "issue", "award", "extend")]
                if permits:
                    # "Commerce granted Sadeem export licences to buy AMD's accelerators": the
                    # licence's holder buys them, not whoever granted it. (One who won or got
                    # approval to import them is the subject, as usual.)
                    grant = permits[0].head
                    # ("granted Sadeem licences", "granted licences to Sadeem", "granted Sadeem export licences")
                    holders = [c for c in grant.children if c.dep_ == "dative"]
                    holders = [g for c in holders for g in ([c] if c.lower_ != "to" else c.children)]
                    users = [m for c in holders for m in self.np_mentions(c, role="object")] \
                        or [m for c in permits[0].children if c.dep_ in ("compound", "poss")
                            for m in [self.mention_at(c)] if m is not None and m.kind != "demonym"]
                    if not users:
                        return  # (not the body that granted them)
                users = [u for u in users if u.entity.cls in ("Company", "ResearchOrganization", "Country", "GovernmentBody")]
                users = users or self._thing_owner(node)  # "The campus runs on AMD accelerators"
                # (the modality is the use's own: "announced plans to deploy Nvidia chips" is a plan)
                self.add(suppliers, "supplies", users, 0.75, "hardware-use", use if use.pos_ == "VERB" else node)
                return

    def _clause_read_as_noun(self, tok: "Token") -> "Mention | None":
        """The subject of a clause coordinated with a verb that the parser read as a noun phrase:
        "..., and Meta Platforms orders transceivers from Cloud Light" (name + verb as compounds of
        the object, the whole a conjunct of the first verb)."""
        if tok.dep_ != "conj" or tok.head.pos_ != "VERB":
            return None
        return next((m for c in tok.children if c.dep_ == "compound" and c.i not in self.at and c.tag_ in ("NNS", "VBZ")
                     and c.lower_.endswith("s") and (c.lemma_.lower() in self.p["verbs"] or c.lower_ in _HARDWARE_USE)
                     for m in [self.at.get(c.i - 1)] if m is not None and m.kind == "name" and m.end == c.i
                     and self.root(m).head.i in (c.i, tok.i) and m.entity.cls in _CUSTOMER_CLASSES), None)

    def _maker_of(self, m: "Mention") -> "Mention | None":
        """A company, or for a named chip the company the gazetteer says develops it."""
        if m.entity.cls == "Company":
            return m
        if m.entity.cls == "AIModel":
            for s in sorted(self.gazetteer.subjects("develops", m.entity.iri)):
                if s in self.gazetteer.entities:
                    return self._virtual_mention(self.gazetteer.entities[s], self.doc[m.start:m.end])
        return None

    def rule_list_addition(self, verb: "Token") -> None:
        """ "The United States added 23 Chinese companies, among them CXMT, to its Entity List",
        "placed Huawei on the Entity List": putting someone on a government's list sanctions it."""
        # (the parser may hang "on its sanctions list" on the object: "put US drone maker Skydio on ...")
        # ("added Riau Silicon Trading, a company based on Batam, ..., to its Entity List": deeper still)
        # ("listed Orbita-Tech in its sanctions package"; not "named Kestrel to its list of 'little
        # giant' firms" nor "named Huawei, which is on the Entity List, as its partner")
        named = verb.lemma_ in ("list", "name")
        holders = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"] if named else \
            [*verb.children, *(g for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for g in c.subtree)]
        if verb.dep_ == "conj" and verb.head.lemma_ in ("add", "place", "put") and not any(
                c.dep_ == "prep" and c.lower_ in ("to", "on", "onto") for c in verb.children):
            # "placed Huawei on the Entity List in 2019 and added SMIC in 2020": the same list
            holders += [*verb.head.children, *(g for c in verb.head.children if c.dep_ == "dobj" for g in c.children)]
        # ("included Vektor-Mikro in its 12th sanctions package", "listed Orbita-Tech in its most recent
        # sanctions package")
        lists = [c for prep in holders if prep.dep_ == "prep" and (
                    prep.lower_ in ("to", "on", "onto") and not named or prep.lower_ == "in" and verb.lemma_ in ("include", "list", "name"))
                 for c in prep.children if c.dep_ == "pobj" and (c.lower_ in ("list", "blacklist", "lists", "blacklists")
                                                                or c.lower_ in ("package", "packages")
                                                                and any(g.lemma_ in ("sanction", "sanctions")
                                                                        for g in c.children)
                                                                or c.lower_ in ("register", "regulations", "regime")
                                                                and any(g.lemma_ in ("sanction", "sanctions")
                                                                        for g in c.children)
                                                                # (the parser may make "register" a verb)
                                                                or c.lemma_ == "sanction" and c.i + 1 < len(self.doc)
                                                                and self.doc[c.i + 1].lower_ in ("register", "list"))]
        if named:
            lists = [c for c in lists if c.lower_ in ("blacklist", "blacklists") or any(
                g.lemma_.lower() in ("sanction", "sanctions", "entity") for g in c.children)]
        if not lists:
            return
        targets = [m for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for m in self.np_mentions(c, role="object")]
        # ("added 23 companies to its Entity List, including Sophgo": the examples may hang on
        # the verb, its object or the list)
        # (or deeper: "added 17 entities to the list of parties subject to export controls, including X")
        preps = [t for t in verb.subtree if t.dep_ == "prep" and t.lower_ in ("among", "including") and t.sent == verb.sent]
        targets += [m for prep in preps for c in prep.children if c.dep_ in ("pobj", "appos")
                    for m in self.np_mentions(c, role="object", owners=False)]
        for prep in preps:
            # "added 47 entities to its Entity List, among them Huawei, its unit HiSilicon and SMIC"
            them = [c for c in prep.children if c.dep_ == "pobj" and c.lower_ in ("them", "those")]
            first = self._mention_after(them[0], skip=1) if them else None
            if first is not None and first.kind == "name":
                targets += self.chain(first, rightward=True)
        # "adding Rubikon to its sanctions register together with Everbright Semicon Trading"
        together = next((t for t in verb.subtree if t.lower_ == "together" and t.i + 1 < len(self.doc)
                         and self.doc[t.i + 1].lower_ == "with"), None)
        first = self._mention_after(self.doc[together.i + 1], skip=2) if together is not None else None
        if first is not None and targets:
            targets += self.chain(first, rightward=True)
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            sanctioners = self.objects(verb, "prep:by")
        else:
            sanctioners = self.clause_subject(verb)
        if not sanctioners:
            # "The rules, published by the department's Bureau of Industry and Security, place X on
            # the Entity List": who issued the rules
            sanctioners = [m for c in verb.children if c.dep_ == "nsubj" for a in c.children
                           if a.dep_ == "acl" and a.lemma_ in ("publish", "issue", "release", "announce", "adopt")
                           for m in self.objects(a, "prep:by") if m.entity.cls in ("GovernmentBody", "Country", "Bloc")]
        targets = [m for m in targets if not (m.start <= lists[0].i < m.end)]  # not the list's own name
        owners = [m for c in lists[0].children if c.dep_ == "poss" for m in [self.mention_at(c)] if m is not None]
        # ("The bureau added X, a company on Batam, south of Singapore, to its Entity List": "its" is
        # not a place named inside the description of who was added)
        described = {t.i for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree}
        owners = [m for m in owners if not (m.kind == "anaphor" and any(
            x.entity.iri == m.entity.iri and x.start in described for x in self.mentions))]
        sanctioners = sanctioners or owners
        self.add(sanctioners, "sanctions", targets, 0.85, "list-addition", verb)

    def _conjoined_participle(self, verb: "Token", key: str) -> None:
        head = verb.head.head
        described = self.np_mentions(head, role="subject", owners=False)
        if not described and head.dep_ == "appos":
            described = self.np_mentions(head.head, role="subject", owners=False)
        agents = self.objects(verb, "prep:by")
        for spec in self.p["verbs"][key]:
            if "dobj" in spec["obj"]:
                subs, objs = agents, described
                if spec.get("reverse"):
                    subs, objs = objs, subs
                self.add(subs, spec["rel"], objs, 0.9, f"verb-passive:{key}", verb)

    @staticmethod
    def _singular_appositive(tok: "Token") -> bool:
        """ "the Beijing-based maker of GLM" describes one name; "two of ASML's customers", "the
        two chipmakers", "both rivals" describe a list."""
        return tok.tag_ in ("NN", "NNP") and not any(
            c.lower_ in ("both", "all", "two", "three", "four") for c in tok.children)

    def _owned_part(self, verb: "Token", m: "Mention") -> bool:
        """The object of a verb names m only as the owner of what it acts on ("Samsung's chip
        business", "the Nvidia team")."""
        root = self.doc[m.start:m.end].root
        return root.dep_ in ("poss", "compound") and root.head.dep_ in ("dobj", "pobj") \
            and root.head.lower_ in ("business", "division", "unit", "arm", "team", "lab", "operations",
                                     "group", "department", "branch", "segment", "businesses", "programme",
                                     "program", "project", "initiative", "effort", "efforts", "practice")

    def relative_gap(self, verb: "Token", obj_specs: list[str]) -> list["Mention"]:
        """The object a relative clause leaves out: "Humain Chat, an assistant the group develops"
        (no relative pronoun); "Riyadh, where Humain is headquartered" (where = in Riyadh)."""
        if verb.dep_ != "relcl":
            return []
        if "prep:in" in obj_specs:
            for child in verb.children:
                if child.lower_ == "where" and self.mention_at(child) is not None:
                    return [self.mention_at(child)]
        if "dobj" in obj_specs and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children) and any(
                c.dep_ == "nsubj" and c.lower_ not in _RELATIVES
                # ("..., all of which buy from Lumenvale": the relative is the subject)
                and not any(p.lower_ == "of" and any(g.lower_ in _RELATIVES for g in p.children) for p in c.children)
                for c in verb.children):
            head = verb.head
            found = self.np_mentions(head, role="object", owners=False)
            if not found and head.dep_ == "appos":
                found = self.np_mentions(head.head, role="object", owners=False)
            return found
        return []

    def _country_of_group(self, noun: "Token") -> list["Mention"]:
        """ "Chinese fabs", "Russian companies": the country whose businesses a plural noun names."""
        if noun.lower_ not in _ACTOR_GROUP_NOUNS:
            return []
        return [m for g in noun.children if g.dep_ == "amod"
                for m in [self.mention_at(g)] if m is not None and m.entity.cls == "Country"]

    def rule_trade_restriction(self, verb: "Token") -> None:
        """ "the United States restricts sales of advanced accelerators to China", "barred sales of
        such processors to China", "curbed sales of ASML's machines to Chinese fabs", "required
        licences for exports of its chips to Saudi Arabia": restricting trade with someone is a
        sanction on them (export controls count)."""
        trade = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _TRADE_NOUNS]
        for c in verb.children:
            if c.dep_ == "dobj" and c.lemma_.lower() in ("licence", "license", "permit", "approval"):
                trade += [g for prep in c.children if prep.dep_ == "prep" and prep.lower_ in ("for", "on")
                          for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in _TRADE_NOUNS]
        if not trade:
            return
        targets: list[Mention] = []
        for noun in trade:
            # "to China" may hang on the noun, on what is traded ("of X to China") or on the verb.
            holders = [noun, verb] + [g for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                                      for g in prep.children if g.dep_ == "pobj"]
            holders += [c for c in noun.conjuncts]  # "exports of gallium and germanium to the United States"
            holders += [h for g in holders[2:] for h in g.subtree if h.pos_ in ("NOUN", "PROPN")]
            for h in holders:
                for prep in h.children:
                    if prep.dep_ == "prep" and prep.lower_ == "to":
                        for pobj in prep.children:
                            if pobj.dep_ != "pobj":
                                continue
                            found = self.np_mentions(pobj, role="object")
                            found = found or self._country_of_group(pobj)  # "to Chinese fabs"
                            targets += [m for m in found if m.entity.cls in ("Country", "Company", "Bloc", "Region",
                                                                             "ResearchOrganization")]
        subjects = self.objects(verb, "prep:by") if verb.dep_ != "ROOT" and any(
            c.dep_ == "nsubjpass" for c in verb.children) else self.clause_subject(verb)
        self.add(subjects, "sanctions", list({m.start: m for m in targets}.values()), 0.8, "trade-restriction", verb)

    def rule_on_entity_list(self, verb: "Token") -> None:
        """ "Huawei has been on the US Entity List since 2019", "SMIC was placed on the Entity List":
        who is on a government's blacklist is sanctioned by it; the Entity List with no owner
        named is the United States' (it is the US Commerce Department's list)."""
        doc = self.doc
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        if verb.lemma_ in ("put", "add", "place") and not passive:
            return  # "X added Y to the list": rule_list_addition's
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("on", "onto"):
                continue
            for lst in prep.children:
                if lst.dep_ != "pobj" or lst.lower_ not in ("list", "blacklist"):
                    continue
                if any(c.dep_ in ("compound", "amod") and c.lower_ in _NOT_BLACKLIST_WORDS for c in lst.children) \
                        or any(g.lemma_.lower() in _NOT_BLACKLIST_WORDS for p in lst.children
                               if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"):
                    continue  # "the EU's list of gatekeepers", "the Validated End-User list": no sanctions
                named_entity_list = lst.i >= 1 and doc[lst.i - 1].lower_ == "entity" and lst.text == "List"
                owners = [m for c in lst.children if c.dep_ in ("poss", "compound", "nmod", "amod")
                          for m in [self.mention_at(c)] if m is not None and m.entity.cls in ("Country", "GovernmentBody", "Bloc")]
                # "on the Entity List of the US Department of Commerce"
                owners = owners or [m for m in self.prep_mentions(lst, ("of",))
                                    if m.entity.cls in ("Country", "GovernmentBody", "Bloc")]
                if not owners and verb.lemma_ in ("place", "put", "add"):
                    owners = self.objects(verb, "prep:by")
                if not owners and named_entity_list:
                    # The list's keeper as the article named it before (BIS, the Commerce Department),
                    # else the United States.
                    keepers = [m for m in self.mentions[:bisect_left(self._starts, lst.i)]
                               if m.end <= lst.i and m.kind == "name" and m.entity.label in _ENTITY_LIST_KEEPERS]
                    keeper = keepers[-1].entity if keepers else self.gazetteer.lookup("United States")
                    owners = [self._virtual_mention(keeper, doc[lst.i - 1:lst.i + 1])] if keeper is not None else []
                listed = [m for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                          for m in self.np_mentions(c, role="subject")]
                first = self.at.get(lst.i + 2) if lst.i + 2 < len(doc) and doc[lst.i + 1].text == ":" else None
                if first is not None and first.start == lst.i + 2 and first.kind == "name":
                    # "All three suppliers sit on the Commerce Department's Entity List: Huawei since
                    # 2019, Inspur Group since 2023 and Moore Threads ...": the names after the colon
                    listed = self.chain(first, rightward=True)
                self.add(owners, "sanctions", [m for m in listed if m.entity.cls in ("Company", "ResearchOrganization",
                                                                                    "Person", "GovernmentBody")],
                         0.8, "on-entity-list", prep)

    def _minority_share(self, verb: "Token") -> bool:
        """ "49 percent owned", "a 30% owned unit": a share under half just before the verb;
        "partly owned", "minority-owned"."""
        if any(c.dep_ in ("advmod", "amod", "npadvmod") and c.lower_ in _PART_OWNING_WORDS for c in verb.children) \
                or verb.i >= 2 and self.doc[verb.i - 1].text == "-" and self.doc[verb.i - 2].lower_ in _PART_OWNING_WORDS:
            return True
        words = list(self.doc[max(verb.sent.start, verb.i - 4):verb.i])
        for k, t in enumerate(words):
            if t.like_num and k + 1 < len(words) and words[k + 1].lower_ in ("percent", "%", "per"):
                try:
                    return float(t.text.replace(",", "")) < 50
                except ValueError:
                    return False
        return False

    def rule_operates_as(self, verb: "Token") -> None:
        """ "which now operates as a Thales subsidiary", "operates as a subsidiary of AT&S", "the
        Paraguayan firm now operates as its subsidiary": what a firm operates as, it is."""
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "as":
                continue
            for role in prep.children:
                if role.dep_ != "pobj" or role.lemma_.lower() not in self.p["subsidiary_nouns"]:
                    continue
                owners = [m for c in role.children if c.dep_ in ("poss", "compound", "nmod")
                          for m in [self.mention_at(c)] if m is not None and m.kind != "demonym"]
                owners += self.prep_mentions(role, ("of",))
                units = self.clause_subject(verb)
                run = self.objects(verb, "dobj") or self.relative_gap(verb, ["dobj"])
                if not run and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
                    # ("the lab that AMD bought in 2024 and now runs as its unit": the first verb's object)
                    run = self.objects(verb.head, "dobj") or self.relative_gap(verb.head, ["dobj"])
                if run:
                    # "Silo AI, the lab that AMD now runs as its European AI unit": the owner runs it
                    # ("the AI company that the Public Investment Fund launched as a wholly owned
                    # unit": and the one who set it up as a unit)
                    if any(c.dep_ == "poss" and c.lower_ == "its" for c in role.children) or not owners and verb.lemma_ in (
                            "launch", "establish", "create", "found", "incorporate", "form"):
                        owners = [m for m in units if m.entity.cls == "Company"]
                    units = run
                elif any(c.dep_ == "poss" and c.lower_ == "its" for c in role.children) and units and all(
                        o.entity.iri in {u.entity.iri for u in units} for o in owners):
                    # "Guarani Compute, which now operates as its subsidiary": "its" is the firm
                    # named before the unit (the buyer), not the unit itself.
                    first = min(u.start for u in units)
                    before = [m for m in self.mentions[:bisect_left(self._starts, first)]
                              if m.kind == "name" and m.entity.cls == "Company" and m.start >= verb.sent.start
                              and m.entity.iri not in {u.entity.iri for u in units}]
                    owners = before[-1:]
                units = [m for m in units if m.entity.iri not in {o.entity.iri for o in owners}]
                self.add(units, "subsidiaryOf", [m for m in owners if m.entity.cls in ("Company", "ResearchOrganization")],
                         0.85, "operates-as", role)

    def rule_placed_under(self, verb: "Token") -> None:
        """ "Huawei, which the United States has placed under export controls", "the EU put Rubikon
        under sanctions": whoever places someone under sanctions sanctions them."""
        if not any(c.dep_ == "prep" and c.lower_ == "under" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in ("sanction", "control", "embargo", "restriction")
                for g in c.children)
                   for c in verb.children):
            return
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            sanctioners = self.objects(verb, "prep:by")
            targets = [m for c in verb.children if c.dep_ == "nsubjpass" for m in self.np_mentions(c, role="subject")]
        else:
            sanctioners = self.clause_subject(verb)
            targets = self.objects(verb, "dobj")
        self.add(sanctioners, "sanctions", targets, 0.85, "placed-under", verb)

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
        if tok.lower_ == "trailing":
            # "Kenya ranked fourth, trailing Mauritius, South Africa and Rwanda": the parser made
            # "trailing" an adjective of the first name it governs.
            first = self.mention_at(tok.head) if tok.dep_ == "amod" else None
            if first is None or first.kind == "demonym":
                return
            objs = self.chain(first, rightward=True)
            self.add(self._placed_before(tok, objs), "trails", objs, 0.8, "trailing", tok)
        elif tok.lower_ == "behind":
            if tok.head.lemma_ in _SUPPORTING_BEHIND | {"weight"} \
                    or any(c.dep_ == "dobj" and c.lemma_ == "weight" for c in tok.head.children):
                return  # "the government has thrown its weight behind Nordlicht AI", "rallied behind": support
            objs = [m for c in tok.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")
                    # ("behind both of its larger rivals": not the one whose rivals they are)
                    if not (self.root(m).dep_ == "poss" and self.root(m).head.lemma_.lower() in (*self.p["rival_nouns"], "peer"))]
            subjects = self.clause_subject(tok.head if tok.head.i != tok.i else tok)
            # "Quanta came second, trailing Foxconn, while Wistron ranked third, behind both": a
            # placing clause between the phrase's head and "behind" says who stands behind
            closer = [v for v in self.doc[tok.head.i + 1:tok.i] if v.lemma_ in _PLACING_VERBS and v.pos_ == "VERB"
                      and any(c.dep_ == "nsubj" for c in v.children)]
            if closer:
                subjects = self.clause_subject(closer[-1])
            # "the UAE ranks ahead of Saudi Arabia, with Qatar further back, behind both": the name
            # of a "with" phrase just before is what stands behind, not the clause's subject.
            absolute = [m for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "with"
                        and tok.head.i < c.i < tok.i and tok.i - c.i <= 6
                        for g in c.children if g.dep_ == "pobj" for m in self.np_mentions(g, role="subject")]
            if absolute:
                subjects = absolute
            if not objs:
                # "Cotype placed sixth, behind both"
                objs = [m for c in tok.children if c.dep_ == "pobj" for m in self._plural_reference(c, subjects)]
            if objs and subjects and not any(m.entity.cls == objs[0].entity.cls for m in subjects) \
                    and self.doc[tok.i - 1].text == "," and (tok.head.pos_ in ("NOUN", "PROPN") or tok.head.dep_ == "acl"):
                # "ranks sixth in the Global AI Index compiled by Britain's Tortoise Media, behind the
                # United States": set off after the index's publisher, about who was placed.
                subjects = []
            if objs and (not subjects or self._after_both(tok)):
                # "Pakistan ranked 94th and Bangladesh 102nd, both well behind India"; "the index, in
                # which New Zealand placed 31st, behind Australia": the parser hung "behind" elsewhere.
                subjects = self._placed_before(tok, objs)
            if objs:
                self.add(subjects, "trails", objs, 0.85, "behind", tok)
        elif tok.lower_ == "after" and tok.dep_ == "prep":
            # "the second most valuable AI developer in Europe after Mistral AI", "the
            # highest-placed EU member after France": a rank just below the name after "after".
            noun = tok.head
            if noun.pos_ == "VERB" and noun.lemma_ in _PLACING_VERBS \
                    and any(_ORDINAL.fullmatch(t.text) for t in noun.subtree if t.i < tok.i):
                # "Viet Nam ranked 59th ... and fifth in ASEAN, after Singapore, Malaysia and Thailand"
                behind = self.clause_subject(noun)
                ahead = [m for c in tok.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")
                         if behind and m.entity.cls == behind[0].entity.cls]
                self.add(behind, "trails", ahead, 0.8, "rank-after", tok)
                return
            if self._party_rank(noun):
                return  # "Tallgrass is a second marquee customer after OpenAI": among AMD's customers
            if noun.lemma_ in _OWNED_RANKS and any(c.dep_ == "poss" and (c.lower_ in ("its", "their", "his", "her") or (
                    (o := self.mention_at(c)) is not None and o.entity.cls in ("Company", "ResearchOrganization")))
                    for c in noun.children):
                # ("Japan is the world's third-largest chip market after the U.S." is a ranking)
                return  # "China is Stauffen's second-largest market after Germany": a firm's markets, not a ranking
            ranked = noun.pos_ == "NOUN" and any(
                c.lower_ in _ORDINAL_WORDS or c.tag_ == "JJS" or c.lower_.startswith("highest")
                or any(g.tag_ in ("JJS", "RBS") for g in c.children) for c in noun.children)
            if not ranked:
                return
            ahead = [m for c in tok.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")]
            if noun.dep_ in ("attr", "oprd"):
                behind = self.clause_subject(noun.head)
            elif noun.dep_ == "appos":
                behind = [m for m in [self.at_name(noun.head)] if m is not None]
            elif noun.dep_ == "pobj" and noun.head.head.lemma_ in ("make", "become"):
                behind = [m for c in noun.head.head.children if c.dep_ in ("dobj", "nsubj")
                          for m in self.np_mentions(c, role="object")]  # "making it the second ... after X"
            else:
                behind = []
            self.add(behind, "trails", ahead, 0.8, "rank-after", tok)
        elif tok.lower_ == "ahead":
            ranked = [tok.head, *(c for c in tok.head.children if c.dep_ in ("dobj", "attr", "oprd", "ccomp"))]
            if any(self._party_rank(t) for t in ranked):
                # "made the lab his largest customer, ahead of Vector Institute", "makes it the largest
                # shareholder ahead of Temasek": among one firm's customers or owners
                return
            for prep in tok.children:
                if prep.lower_ == "of":
                    behind = [m for c in prep.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")]
                    self.add(behind, "trails", self.clause_subject(tok), 0.8, "ahead-of", tok)

    def _party_rank(self, noun: "Token") -> bool:
        """A rank among one firm's customers or owners ("his largest customer", "the largest
        shareholder", "a second marquee customer"), not a ranking with a scope of its own ("the
        world's second-largest investor in US Treasuries", "the region's largest buyer")."""
        if noun.lemma_ not in _PARTY_RANKS:
            return False
        scoped = any(c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her") and (
            (m := self.mention_at(c)) is None or m.entity.cls in ("Country", "Region", "City", "Bloc"))
            for c in noun.children)
        return not scoped and not any(c.dep_ == "prep" and c.lower_ in ("in", "among") for c in noun.children)

    def _placed_before(self, tok: "Token", ahead: list["Mention"]) -> list["Mention"]:
        """Who a comparison set off after a clause is about: after "both", the two names of the
        compared ones' class named last before it ("Greece ranks 38th and Cyprus 41st, both
        trailing Malta"); else the subject of the last clause before it that places someone."""
        cls = ahead[0].entity.cls
        before = [m for m in self.sent_mentions(tok.sent) if m.end <= tok.i and m.entity.cls == cls
                  and m.kind != "demonym" and m not in ahead]
        if self._after_both(tok):
            return before[-2:] if len(before) >= 2 else []
        placed = [m for m in before if self.root(m).dep_ in ("nsubj", "nsubjpass")
                  and self.root(m).head.lemma_ in _PLACING_VERBS | {"be"}]
        return placed[-1:]

    def _after_both(self, tok: "Token") -> bool:
        """ "..., both trailing Malta", "..., both well behind India": "both" just before tok."""
        return any(t.lower_ == "both" for t in self.doc[max(tok.sent.start, tok.i - 3):tok.i])

    @staticmethod
    def _lemma(tok: "Token") -> str:
        lemma = tok.lemma_.lower()
        if tok.tag_ in ("NNP", "NNPS") and lemma.endswith("s"):
            lemma = lemma[:-1]  # "G7 members Japan, ...": tagged as a proper noun, not lemmatised
        if lemma.endswith("maker") and len(lemma) > 5 and lemma not in PEOPLE_MAKERS:
            return "maker"  # "the Incheon toolmaker", "a Seoul drugmaker"
        return lemma

    def rule_nationality_list(self, tok: "Token") -> None:
        """ "Volga Compute and Uralnet Systems, two Russian firms", "38 Russian technology companies,
        among them SberDevices and Cognitive Pilot", "Nvidia and AMD, the American chip designers":
        a plural description with a nationality places every company it lists."""
        if tok.tag_ != "NNS" or tok.lemma_.lower() not in self.p["org_nouns"] and tok.lower_ not in _ACTOR_GROUP_NOUNS:
            return
        states = [m for t in tok.subtree if t.i < tok.i and t.dep_ in ("amod", "compound")
                  for m in [self.mention_at(t)] if m is not None and m.kind == "demonym" and m.entity.cls == "Country"]
        if len(states) != 1:
            return
        named = self.listed(tok)
        if not named and tok.dep_ == "appos":
            head = self.at_name(tok.head)
            named = self.chain(head) if head is not None else []
        left = tok.left_edge.i
        if not named and left >= 2 and self.doc[left - 1].text == "," and self.doc[left].lower_ in ("two", "three", "four", "the", "both"):
            # (the parser may not attach the description: "X and Y, two Russian firms it said ...")
            before = self.at.get(left - 2)
            named = self.chain(before) if before is not None and before.end == left - 1 else []
            if len(named) < 2:
                named = []
        named = [m for m in named if m.entity.cls in ("Company", "ResearchOrganization") and m.kind == "name"]
        if len(named) > 1 or named and tok.dep_ == "appos":
            self.add(named, "headquarteredIn", states, 0.75, "nationality-list", tok)

    def rule_headquarters_noun(self, tok: "Token") -> None:
        """ "the Tokyo headquarters of Kumo Compute", "Nakhla AI's Riyadh headquarters"."""
        if tok.lower_ != "headquarters":
            return
        places = [m for c in tok.children if c.dep_ in ("compound", "nmod", "amod")
                  for m in [self.mention_at(c)] if m is not None and m.entity.cls in ("City", "Country") and m.kind == "name"]
        owners = [m for c in tok.children if c.dep_ == "poss" for m in [self.at_name(c)] if m is not None]
        owners += [m for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
                   for c in prep.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object", owners=False)]
        owners = [m for m in owners if m.entity.cls in ("Company", "ResearchOrganization")]
        if len(places) == 1:
            self.add(owners, "headquarteredIn", places, 0.8, "headquarters-noun", tok)

    def rule_nouns(self, tok: "Token") -> None:
        lemma = self._lemma(tok)
        p = self.p
        if lemma in ("backing", "funding", "financing", "investment") and tok.dep_ == "pobj" and tok.head.lower_ == "with":
            self.rule_with_backing(tok)
        if lemma in _SPELL_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ in ("after", "following", "before"):
            self.rule_spell_at(tok)
        if tok.pos_ == "PROPN" and any(c.dep_ in ("amod", "compound") and c.lower_ in ("rival", "competitor", "challenger")
                                       for c in tok.children):
            # "Samsung Electronics and its crosstown rival SK Hynix" (the tagger makes "rival" an
            # adjective of the name)
            named = self.mention_at(tok)
            owners = [m for c in tok.children if c.dep_ == "poss" for m in [self.mention_at(c)] if m is not None]
            if named is not None and owners and named.entity.cls in ("Company", "ResearchOrganization"):
                self.add(owners, "competesWith", [named], 0.8, "rival-name", tok)
            elif named is not None and not owners and named.entity.cls in ("Company", "ResearchOrganization") \
                    and not any(c.dep_ == "det" for c in tok.children):
                # "AMD ... tries to narrow the gap with larger rival Nvidia"; "SK hynix extends its
                # lead as crosstown rival Samsung races to catch up": whose rival is the actor of
                # the clause the name stands in, or, where it is that clause's subject, of the
                # clause that one qualifies.
                if tok.dep_ in ("nsubj", "nsubjpass"):
                    verb = tok.head
                    actors = self.clause_subject(verb.head) if verb.dep_ in ("advcl", "conj") else []
                else:
                    actors = self.clause_subject(tok)
                actors = [m for m in actors if m.entity.cls in ("Company", "ResearchOrganization")
                          and m.entity.iri != named.entity.iri]
                self.add(actors[:1], "competesWith", [named], 0.7, "rival-name", tok)
        self.rule_nationality_list(tok)
        self.rule_headquarters_noun(tok)
        if lemma in p["sanction_nouns"] and tok.i not in self.at and lemma != "penalty" or lemma in ("package", "round") \
                and any(c.dep_ == "compound" and c.lemma_.lower() == "sanction" for c in tok.children) \
                or _denial_order(tok):
            # ("its 19th sanctions package against Russia": the package is the sanctions; "imposed a
            # denial order on Brightlane": an export ban)
            self.rule_sanction_noun(tok)
        if lemma in ("licence", "license") and (tok.head.lemma_ in ("require", "impose", "introduce", "demand") or any(
                c.lemma_ == "require" for c in tok.children)):
            # "has since required licences for shipments of accelerators to Malaysia and Thailand"
            # (the parser often makes "required" a modifier of "licences").
            targets = [m for p in tok.children if p.dep_ == "prep" and p.lower_ == "for"
                       for trade in p.children if trade.dep_ == "pobj" and trade.lemma_.lower() in _TRADE_NOUNS
                       for q in trade.children if q.dep_ == "prep" and q.lower_ == "to"
                       for c in q.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")
                       if m.entity.cls in ("Country", "Company", "Region", "ResearchOrganization")]
            # ("required export licences for ASML's machines bound for China", "for its MI308 chips
            # sold to China": goods on their way to the target)
            targets += [m for h in ([tok, tok.head] if tok.dep_ == "dobj" else [tok])
                        for p in h.children if p.dep_ == "prep" and p.lower_ == "for"
                        for goods in p.children if goods.dep_ == "pobj"
                        for way in goods.children if way.dep_ == "acl" and way.tag_ == "VBN"
                        and way.lemma_ in ("sell", "ship", "bind", "destine", "export", "send")
                        for q in way.children if q.dep_ in ("prep", "dative") and q.lower_ in ("to", "for")
                        for c in q.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")
                        if m.entity.cls in ("Country", "Region") and m not in targets]
            if targets and not any(c.trigger.i == tok.head.i and c.relation == "sanctions" for c in self.out):
                self.add(self.clause_subject(tok), "sanctions", targets, 0.8, "trade-restriction", tok)
        if (lemma in ("shipment", "delivery") or lemma == "sale" and tok.lower_ == "sales") and tok.i not in self.at:
            self.rule_delivery_noun(tok)  # (and "its sales to Nvidia more than doubled")
        if lemma in ("sale", "transfer", "disposal") and tok.lower_ != "sales" and tok.i not in self.at:
            self.rule_stake_sale_noun(tok)
        if lemma in ("fine", "penalty") and tok.i not in self.at or lemma in ("condition", "remedy") \
                and tok.dep_ == "dobj" and tok.head.lemma_ in ("impose", "attach", "set") and tok.i not in self.at:
            # "a 15 million euro fine that the watchdog imposed on OpenAI": a regulator's fine.
            # ("The Competition Commission imposed conditions on Digital Realty and Teraco")
            self.rule_sanction_noun(tok, relation="regulates")
        if lemma in ("action", "inquiry", "enquiry", "crackdown", "enforcement", "case", "proceedings", "review",
                     "assessment", "audit"):
            self.rule_transaction_noun(tok, "regulates", ("against", "into", "on", "of"))
        if lemma in p["competition_nouns"]:
            # "dominance by Sberbank and Yandex": the parser often hangs "by" on the verb, so
            # the words right after the noun are read.
            nxt = self.doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
            if nxt is not None and nxt.lower_ in ("by", "between", "among", "of"):
                first = self._mention_after(nxt, skip=2)
                group = self.chain(first, rightward=True) if first is not None else []
                if len(group) > 1:
                    self.pairwise(group, "competesWith", 0.8, f"noun:{lemma}", tok)
            # "Baidu ... escalating a price war with ByteDance and Alibaba", "Aleph Alpha faces
            # competition from Mistral AI".
            preps = ("with", "against", "from") if tok.dep_ == "dobj" and tok.head.lemma_ in ("face", "meet", "see") \
                else ("with", "against")
            rivals = self.prep_mentions(tok, preps)
            if rivals:
                self.add(self._owner(tok) or self.clause_subject(tok), "competesWith", rivals, 0.8, f"noun:{lemma}", tok)
            elif tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.lemma_ in _CAUGHT_IN_VERBS:
                # "Samsung Electronics and SK hynix have been locked in fierce competition for HBM
                # orders": the coordinated subject competes within itself.
                group = [m for m in self.clause_subject(tok.head.head) if m.entity.cls in ("Company", "ResearchOrganization")]
                if len(group) > 1:
                    self.pairwise(group, "competesWith", 0.8, f"noun:{lemma}-in", tok)
        if lemma in p["rival_nouns"]:
            self.rule_relational_noun(tok, "competesWith", owner_first=True)
            if tok.dep_ == "dobj" and tok.head.lemma_ in ("face", "have", "see", "gain", "meet", "find"):
                # "Kaveri faces a new competitor in Indus Microsystems".
                rivals = [m for m in self.prep_mentions(tok, ("in",)) if m.entity.cls in ("Company", "ResearchOrganization")]
                self.add(self.clause_subject(tok.head), "competesWith", rivals, 0.8, f"noun:{lemma}-in", tok)
            subject = []
            if not self._owner(tok) and tok.dep_ in ("pobj", "dobj") and tok.tag_ == "NNS":
                # "priced its model well below domestic rivals Moonshot AI and DeepSeek": the
                # clause's subject is their rival (and they need not be each other's).
                fillers = self._fillers(tok)
                subject = [m for m in self.clause_subject(tok.head) if m not in fillers]
                self.add(subject, "competesWith", fillers, 0.75, f"noun:{lemma}-of-subject", tok)
            after = self._mention_after(tok)
            # ("Karmel's rivals, Hailo and NeuReality": rivals of Karmel, not of each other)
            if after and tok.tag_ == "NNS" and not subject and not self._owner(tok):
                group = self.chain(after)
                if len(group) > 1:
                    self.pairwise(group, "competesWith", 0.8, f"noun:{lemma}", tok)
        limited_partner = lemma == "partner" and any(c.lower_ == "limited" for c in tok.lefts)
        if limited_partner:
            # "a fund whose limited partners include Shenzhen Capital Group": investors in the fund
            self.rule_relational_noun(tok, "investsIn", owner_first=False)
        if lemma in p["partner_nouns"] and not limited_partner and not any(
                c.dep_ in ("compound", "amod") and c.lemma_ in ("supply", "purchase", "procurement", "licensing")
                for c in tok.children) and not (
                # "which Blackstone bought in a $24 billion deal with CPP Investments": the deal is
                # the purchase, and who is with the buyer sold or co-invested, not partnered
                tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.lemma_ in _BUYING_VERBS):
            # (a supply agreement makes a supplier, rule_supply_shapes; not a partnership)
            self.rule_partnership(tok)
        if lemma in p["supplier_nouns"]:
            self.rule_relational_noun(tok, "supplies", owner_first=False)
        # ("Microsoft's venture fund M12": a firm's own venture fund is its unit; "CDP Equity, the
        # investment vehicle of Cassa Depositi e Prestiti", not "BYD's electric vehicle")
        venture_fund = lemma == "fund" and any(c.dep_ in ("compound", "amod") and c.lower_ in ("venture", "corporate")
                                               for c in tok.children) and any(c.dep_ == "poss" for c in tok.children) \
            or lemma == "vehicle" and any(c.dep_ in ("compound", "amod") and c.lower_ in ("investment", "holding", "financing")
                                          for c in tok.children)
        if (lemma in p["subsidiary_nouns"] or venture_fund) and not (tok.lower_ == "units" and any(
                # ("ships power-supply units to Foxconn", "cooling units", "2,000 units": goods)
                c.dep_ == "nummod" and c.text[:1].isdigit() or c.dep_ in ("compound", "amod") and c.lower_ in (
                    "supply", "processing", "cooling", "distribution", "control", "power")
                for c in tok.children)):
            self.rule_relational_noun(tok, "subsidiaryOf", owner_first=False)
        if lemma in p["investment_nouns"]:
            self.rule_transaction_noun(tok, "investsIn", ("in", "into"))
        if _round_word(tok) or lemma == "increase" and any(c.dep_ in ("compound", "amod") and c.lower_ == "capital" for c in tok.children) \
                or lemma == "issue" and any(  # "took part in the capital increase", "the rights issue" (not "human rights")
                    c.dep_ == "compound" and c.lower_ == "rights" and not any(g.lower_ == "human" for g in c.children)
                    for c in tok.children):
            self.rule_funding_round(tok)
            self.rule_led_round(tok)
            self.rule_round_participants(tok)
        if lemma in p["acquisition_nouns"]:
            self.rule_transaction_noun(tok, "acquires", ("of",))
        if lemma == "sale":
            self.rule_sale_of_company(tok)
        if (lemma in ("oversight", "regulation", "scrutiny", "supervision", "probe", "investigation", "block",
                     "suspension", "jurisdiction", "inquiry", "enquiry", "assessment", "proceeding",
                     "proceedings", "examination", "registration", "filing", "case") or lemma == "check" and any(
                         # ("opened a compliance check into Le Chat")
                         c.lower_ in ("compliance", "safety", "security", "regulatory", "spot") for c in tok.children)) and not any(
                         # "its sanctions regulations on Russia" sanction; they do not regulate
                         c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in ("sanction", "sanctions")
                         for c in tok.children):
            # ("opened proceedings against Gadula AI", "cancelled the registration of SkinSight",
            # "completed the filing of Ernie and Spark": what a regulator does to whom)
            self.rule_transaction_noun(tok, "regulates", ("of", "into", "on", "against"))
            if tok.dep_ == "pobj" and (tok.head.lower_ in ("under", "within")
                                       or tok.head.lower_ == "to" and tok.head.head.lower_ == "subject"):
                # ... and "it is subject to the AI Office's supervision".
                # "Meta's Llama models fall under the AI Office's supervision".
                regulators = [m for c in tok.children if c.dep_ == "poss" for m in [self.mention_at(c)] if m is not None]
                self.add(regulators, "regulates", self.clause_subject(tok.head.head), 0.8, f"noun:under-{lemma}", tok)
        if lemma in ("inspection", "audit", "raid"):
            # ("the CNIL carried out an inspection at Cassiopee": where a body inspects, it regulates)
            self.rule_transaction_noun(tok, "regulates", ("of", "into", "on", "against", "at"))
        if lemma in ("approval", "clearance", "licence", "license", "permit", "authorisation", "authorization",
                     "go-ahead", "nod") and tok.dep_ == "dobj" and tok.head.lemma_ in _RECEIVING_VERBS | {
                         "need", "require", "seek", "await"}:
            # "Kestrel Labs received approval from the Cyberspace Administration for its chatbot",
            # "the company also needed clearance from CFIUS".
            regulators = [m for prep in list(tok.children) + list(tok.head.children)
                          if prep.dep_ == "prep" and prep.lower_ == "from"
                          for c in prep.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")]
            # ("must obtain the ministry's approval before selling bonders abroad": a body's own)
            regulators += [m for c in tok.children if c.dep_ == "poss" for m in [self.mention_at(c)]
                           if m is not None and m.entity.cls == "GovernmentBody"]
            self.add(regulators, "regulates", self.clause_subject(tok.head), 0.8, f"noun:{lemma}-from", tok)
        if lemma in ("regulator", "watchdog", "supervisor") and tok.dep_ in ("attr", "appos"):
            # "The Irish Data Protection Commission is the lead regulator for Meta in the EU".
            regulated = [m for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in ("for", "of")
                         for c in prep.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")
                         if m.entity.cls in ("Company", "AIModel", "ResearchOrganization")]
            # ("the Data Protection Commission, Meta's lead privacy regulator in the EU")
            regulated = regulated or [m for c in tok.children if c.dep_ == "poss" for m in [self.mention_at(c)]
                                      if m is not None and m.kind == "name" and m.entity.cls in ("Company", "AIModel")]
            if regulated:
                self.add(self._fillers(tok), "regulates", regulated, 0.8, f"noun:{lemma}-for", tok)
        if lemma in p["member_nouns"] or lemma in ("membership", "presidency", "chairmanship") or (
                lemma == "chair" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)):
            self.rule_membership(tok)
        if lemma == "partner" and not limited_partner and not self._bloc_of(tok) and not any(
                c.dep_ == "prep" and c.lower_ == "at" for c in tok.children):
            # "China is Russia's largest trading partner", "AWS is Anthropic's training partner"
            # (not "Renata Albuquerque, a partner at the law firm X": a job there).
            self.rule_relational_noun(tok, "partnersWith", owner_first=True)
            if tok.dep_ == "attr" and tok.tag_ == "NNS" and not self._owner(tok) and not self.prep_mentions(tok, ("with", "of")):
                # "the campus on which Microsoft and G42 are partners"
                group = self.clause_subject(tok.head)
                if len(group) > 1:
                    self.pairwise(group, "partnersWith", 0.8, "noun:partners", tok)
        if lemma in p["customer_nouns"]:
            # "Yotta is one of Nvidia's largest customers": the owner supplies the customer.
            self.rule_relational_noun(tok, "supplies", owner_first=True)
            if lemma in ("customer", "client"):
                self.rule_ownerless_customers(tok)
        if lemma in p["investor_nouns"] and not (lemma == "holder" and any(c.dep_ == "compound" for c in tok.children)):
            # "Nvidia, an existing investor in Sakana", "MGX is an equity investor in Stargate" (a
            # holder of a firm, not a "licence holder" or "record holder").
            self.rule_relational_noun(tok, "investsIn", owner_first=False)
        if (lemma in ("owner", "parent") or lemma == "company" and any(
                c.dep_ in ("compound", "amod") and c.lower_ == "parent" for c in tok.children)) and tok.pos_ == "NOUN":
            # "Steppe Compute's majority owner is Altyn Orda", "Altyn Orda is the parent of Steppe":
            # a controlling owner is the parent; a minority one an investor.
            words = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
            if lemma == "parent" or words & {"majority", "controlling", "sole", "parent", "ultimate"} or (
                    # "the Schwarz Group, the owner of Lidl": the one owner is the parent
                    tok.tag_ == "NN" and not words and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                    and any(c.dep_ == "prep" and c.lower_ == "of" and any(
                        g.dep_ == "pobj" and self.at_name(g) is not None for g in c.children) for c in tok.children)):
                self.rule_relational_noun(tok, "subsidiaryOf", owner_first=True)
            elif words & {"minority", "part", "co"}:
                self.rule_relational_noun(tok, "investsIn", owner_first=False)
        if lemma in ("shareholder", "investor", "backer", "owner") and tok.tag_ == "NNS" and tok.dep_ == "nsubj" \
                and tok.head.lemma_ in ("be", "include"):
            self.rule_holders_listed(tok)
        if lemma == "company" and tok.pos_ == "NOUN" and any(c.dep_ == "compound" and c.lower_ == "portfolio"
                                                              for c in tok.children):
            # "Caprock is a portfolio company of Energy Capital Partners": the fund invests in it
            self.rule_relational_noun(tok, "investsIn", owner_first=True)
        elif lemma == "company" and tok.dep_ == "appos":
            # "Khazna Data Centers, a G42 company": a company of another company is its subsidiary.
            owner = [m for c in tok.children if c.dep_ == "compound" for m in [self.mention_at(c)]
                     if m is not None and m.entity.cls == "Company"]
            head = self.at_name(tok.head)
            if owner and head is not None:
                self.add([head], "subsidiaryOf", owner, 0.8, "noun:company-of", tok)

    def rule_holders_listed(self, tok: "Token") -> None:
        """ "Telefonica's main shareholders are SEPI, with 10%, STC, with 9.97%, CriteriaCaixa, the
        investment holding of Fundacion La Caixa, with 9.99%, and BBVA": a list the parser breaks up
        at each share. Every firm named after the verb is a holder, but one in an "of" phrase or
        brackets (the holder's owner, its acronym)."""
        owners = [m for c in tok.children if c.dep_ == "poss" for m in [self.mention_at(c)]
                  if m is not None and m.kind in ("name", "anaphor") and m.entity.cls == "Company"]
        verb = tok.head
        if not owners or any(c.lower_ in _UNSETTLED_DESCRIPTION for c in tok.children):
            return
        # (up to an attribution, and not in a clause of its own: "..., according to Reuters", "Accel, which
        # also backed Stripe")
        stop = next((t.i for t in self.doc[verb.i + 1:tok.sent.end] if t.lower_ in ("according", ";")), tok.sent.end)
        def in_clause(m: "Mention") -> bool:
            # a clause's own argument ("which also backed Stripe"), not a list item the parser hung on it
            r = self.root(m)
            head = r.head.head if r.dep_ == "pobj" else r.head
            return r.dep_ in ("dobj", "pobj", "nsubj", "attr") and head.pos_ in ("VERB", "AUX") \
                and head.dep_ in ("relcl", "ccomp", "advcl")
        holders = [m for m in self.sent_mentions(tok.sent) if verb.i < m.start < stop and not in_clause(m)
                   and m.kind == "name"
                   and m.entity.cls in ("Company", "GovernmentBody", "ResearchOrganization")
                   and not (self.root(m).dep_ == "pobj" and self.root(m).head.lower_ in ("of", "by", "from", "in"))
                   and not (m.start > 0 and self.doc[m.start - 1].text == "(")]
        if len(holders) >= 2:
            self.add([m for m in holders if m.entity.iri != owners[0].entity.iri], "investsIn", owners[:1], 0.75,
                     "holders-listed", verb)

    def rule_spell_at(self, tok: "Token") -> None:
        """ "Harutyunyan, who co-founded the company after six years at Synopsys": a spell at a
        firm, before what the clause says someone did, is a past employment."""
        firms = [m for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "at"
                 for c in prep.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object", owners=False)
                 if m.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody")]
        verb = tok.head.head
        if not firms or verb.pos_ not in ("VERB", "AUX"):
            return
        people = [m for m in self.clause_subject(verb) if m.entity.cls == "Person"]
        self.add(people, "employedBy", firms, 0.75, "spell-at", tok)

    def rule_with_backing(self, tok: "Token") -> None:
        """ "Rapidus, founded in 2022 with backing from Toyota, Sony and NTT", "Sarvam was set up
        with funding from Lightspeed": who backs the one founded (or launched, built) invests in it."""
        investors = [m for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "from"
                     for c in prep.children if c.dep_ == "pobj"
                     for m in self.np_mentions(c, role="object") + self.listed(c)]
        verb = tok.head.head
        # (not "bought by Telstra with financing from Canberra": that finances the buyer)
        if not investors or verb.pos_ != "VERB" or verb.lemma_ not in _FOUNDING_VERBS:
            return
        backed = self.np_mentions(verb.head, role="subject", owners=False) if verb.dep_ == "acl" \
            else self.clause_subject(verb)
        self.add(investors, "investsIn", [m for m in backed if m.entity.cls in ("Company", "ResearchOrganization")],
                 0.75, "with-backing", tok)

    def rule_money_verbs(self, verb: "Token") -> None:
        """ "Sakana AI has attracted backing from the megabanks", "G42 received a $1.5bn investment
        from Microsoft", "Vattenfjord sold a 34 per cent stake to QIA", "a fund which holds
        Cambricon shares": money (or equity) moving between two named parties."""
        lemma = verb.lemma_
        dobjs = [c for c in verb.children if c.dep_ == "dobj"]
        if not dobjs:
            return
        obj = _part_of_equity(dobjs[0])
        # ("put PLN 200mn into": the parser may split the amount into two objects)
        money = obj.lemma_ in _MONEY_NOUNS or any(t.ent_type_ == "MONEY" or t.text in ("$", "€", "£", "¥")
                                                  or _AMOUNT_WORD.match(t.lower_) for d in dobjs for t in d.subtree)
        if lemma in _POURING_VERBS and money:
            # "BGK put PLN 200mn into Spichlerz AI", "the fund poured $1bn into data centres".
            targets = self.objects(verb, "prep:into") or [m for prep in obj.children if prep.dep_ == "prep"
                                                          and prep.lower_ == "into" for c in prep.children
                                                          if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")]
            self.add(self.clause_subject(verb), "investsIn", targets, 0.8, f"money-into:{lemma}", verb)
            return
        if lemma == "commit" and money:
            # "Microsoft has committed $10bn to OpenAI".
            self.add(self.clause_subject(verb), "investsIn", self.objects(verb, "prep:to"), 0.8, "money-to:commit", verb)
            return
        # ("holds roughly a fifth of SQM", "owns half of it": a fraction is a share too)
        share = any(t.ent_type_ == "PERCENT" or t.text == "%" or t.lower_ in ("percent", "per")
                    or (t.lower_ in _FRACTIONS and t.i == obj.i) for t in obj.subtree)
        if lemma in ("own", "hold", "buy", "acquire", "take") and share:
            # "Tencent owns 20% of Kestrel Labs".
            # ("20% of Denso, 24.8% of Aisin and 21.7% of Toyota Tsusho": each share its own holding)
            shares = [obj] + [t for t in obj.subtree if t.dep_ in ("conj", "appos") and t.text == "%"]
            owned = [m for holder in shares + [verb] for prep in holder.children if prep.dep_ == "prep" and prep.lower_ == "of"
                     for c in prep.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")]
            # "ESMC, in which TSMC holds 70 percent": the relative stands for the firm held
            owned = owned or [m for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "in"
                              for c in prep.children if c.dep_ == "pobj" and c.lower_ == "which"
                              for m in [self.mention_at(c)] if m is not None and m.kind == "relative"]
            if not owned and obj.lemma_ in ("stake", "holding", "interest") and verb.dep_ == "ccomp" \
                    and verb.head.lemma_ in _REPORTING_VERBS | {"announce", "confirm", "disclose"} \
                    and not any(p.dep_ == "prep" and p.lower_ in ("in", "of") for t in (obj, verb) for p in t.children):
                # "Greystone said the Qatar Investment Authority had bought a 30% stake": a stake in
                # nothing named is the speaker's, when the speaker is the article's firm or one it keeps
                # naming (not a source quoted once: "Bloomberg reported that ...")
                owned = [m for m in self.clause_subject(verb.head) if m.entity.cls in ("Company", "ResearchOrganization")
                         and self._speaks_for_article(m)]
            self.add(self.clause_subject(verb), "investsIn", owned, 0.8, f"share-of:{lemma}", verb)
            # "TSMC holds 70 percent and Bosch, Infineon and NXP ten percent each": gapped holders,
            # which the parser coordinates with the first share
            if any(c.dep_ == "npadvmod" and c.lower_ in ("percent", "%", "cent") for c in verb.children):
                gapped = [m for t in obj.conjuncts for m in [self.at_name(t)]
                          if m is not None and m.entity.cls in ("Company", "ResearchOrganization", "Country")]
                self.add(gapped, "investsIn", owned, 0.75, f"share-of:{lemma}", verb)
            return
        if lemma in _RECEIVING_VERBS and money and obj.lemma_.lower() not in ("order", "contract", "deal", "purchase", "tender"):
            # (not "received a 42 billion won order from SK hynix": a sale)
            # ("from the Zhejiang fund and from Qiantang Capital": the second "from" too)
            investors = [m for first in list(verb.children) + list(obj.children)
                         if first.dep_ == "prep" and first.lower_ == "from"
                         for prep in [first, *(c for c in first.conjuncts if c.lower_ == "from")]
                         for c in prep.children if c.dep_ == "pobj"
                         for m in self.np_mentions(c, role="object") + self.listed(c) + [
                             # "from a group of investors led by Sequoia Capital"
                             x for t in c.subtree if t.dep_ == "acl" and t.lemma_ in ("lead", "co-lead", "include")
                             for x in self.objects(t, "prep:by") + self.objects(t, "dobj")]]
            if investors:
                self.add(investors, "investsIn", self.clause_subject(verb), 0.8, f"money-from:{lemma}", verb)
        elif lemma in ("sell", "transfer", "offload") and obj.lemma_ in _EQUITY_NOUNS:
            buyers = self.objects(verb, "prep:to") or [
                m for prep in obj.children if prep.dep_ == "prep" and prep.lower_ == "to"
                for c in prep.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")]
            # "sold a minority stake in it to the New Zealand Superannuation Fund": the stake's firm,
            # when named, is what the buyer invests in (not the seller)
            # (a headline's parse may hang "in" on the verb: "sells stake in Atalaya Cloud to KKR")
            ins = [p for t in {obj, dobjs[0]} for p in t.children if p.dep_ == "prep" and p.lower_ == "in"] + [
                p for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" and p.i == obj.right_edge.i + 1]
            held = [m for prep in ins for c in prep.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")
                    if m.entity.cls in ("Company", "ResearchOrganization")]
            # (a stake "in" a firm the tagger missed is not the seller's own; nor is one a pronoun owns,
            # "its stake", "their stakes": "backers ..., all of which have sold their stakes to Arm"
            # held stakes in another firm)
            elsewhere = bool(ins) or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)
            self.add(buyers, "investsIn", held or ([] if elsewhere else self.clause_subject(verb)), 0.8,
                     f"stake-to:{lemma}", verb)
        elif lemma in ("sell", "transfer", "offload") and (held := self._percent_of_firm(dobjs[0])):
            # "TIM has sold 49 per cent of Polaris Data Center ... to a consortium of CDP Equity, Ardian
            # and F2i": the buyers invest in the firm a share of which was sold
            buyers = self.objects(verb, "prep:to") or [
                m for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for c in p.children
                if c.dep_ == "pobj" and c.lemma_ in ("consortium", "group") for q in c.children
                if q.dep_ == "prep" and q.lower_ == "of" for g in q.children if g.dep_ == "pobj"
                for m in self.np_mentions(g, role="object") + self.listed(g)]
            buyers = [m for m in buyers if m.entity.iri not in {h.entity.iri for h in held}]
            self.add(buyers, "investsIn", held, 0.8, f"stake-to:{lemma}", verb)
        elif lemma in ("hold", "own", "buy", "purchase", "acquire") and obj.lemma_ in ("share", "equity", "stock"):
            targets = [m for c in obj.children if c.dep_ in ("compound", "poss")
                       for m in [self.mention_at(c)] if m is not None and m.kind != "demonym"]
            targets += self.prep_mentions(obj, ("in", "of"))
            # ("bought shares in Daeyang Precision": "in" may hang on the verb)
            targets += [m for m in self.objects(verb, "prep:in") if m.entity.cls in ("Company", "ResearchOrganization")
                        and m not in targets] if not targets else []
            self.add(self.clause_subject(verb), "investsIn", targets, 0.8, f"shares:{lemma}", verb)

    def _percent_of_firm(self, tok: "Token") -> list["Mention"]:
        """ "49 per cent of Polaris Data Center": the firm a percentage is of (else nothing)."""
        return [m for c in _percent_of(tok) for m in self.np_mentions(c, role="object", owners=False)
                if m.entity.cls in ("Company", "ResearchOrganization") and self.root(m).i == c.i]

    def rule_supply_shapes(self, tok: "Token") -> None:
        """ "Moxin's M300 accelerator is manufactured by SMIC", "TSMC manufactures every processor
        designed by Nvidia", "Humain signed a supply agreement with AMD", "Qiyuan won its
        largest order yet from ByteDance": who makes or sells to whom, from nouns and passives."""
        lemma = tok.lemma_
        if tok.pos_ == "NOUN" and lemma in ("contract", "deal", "order", "agreement") and tok.dep_ == "dobj" \
                and tok.head.lemma_ in _WINNING_VERBS | {"hold", "have"}:
            # "Schneider Electric holds a contract to deliver switchgear to both Data4 and Fluidstack":
            # whoever holds or won it hands the goods to the purpose's recipient
            # (the parser may hang "to" on the goods; not "according to", nor money: "to provide funding")
            buyers = [m for v in self._deal_purposes(tok, _HANDING_OVER_VERBS)
                      if not any(d.dep_ == "dobj" and (d.lemma_.lower() in _MONEY_NOUNS or d.ent_type_ == "MONEY")
                                 for d in v.children)
                      for m in self.objects(v, "dative") + [
                          x for p in v.subtree if p.dep_ == "prep" and p.lower_ == "to"
                          and p.head.lower_ not in ("according", "close", "next", "due", "thanks", "prior", "up")
                          for g in p.children if g.dep_ == "pobj" for x in self.np_mentions(g, role="object")]
                      if m.entity.cls in _CUSTOMER_CLASSES]
            self.add([m for m in self.clause_subject(tok.head) if m.entity.cls == "Company"], "supplies", buyers,
                     0.75, "contract-to-deliver", tok)
        if tok.tag_ == "VBN" and lemma in _MAKING_VERBS:
            makers = self.objects(tok, "prep:by")
            products = [c for c in tok.children if c.dep_ == "nsubjpass"]
            owners = [m for p in products for c in p.children if c.dep_ in ("poss", "compound")
                      for m in [self.mention_at(c)] if m is not None and m.kind != "demonym"]
            owners = [m for m in owners if m.entity.cls == "Company"]
            self.add([m for m in makers if m.entity.cls == "Company"], "supplies", owners, 0.75, f"made-by:{lemma}", tok)
        elif tok.pos_ == "VERB" and lemma in _MAKING_VERBS:
            designers = [m for c in tok.children if c.dep_ == "dobj" for acl in c.children
                         if acl.dep_ == "acl" and acl.lemma_ in ("design", "develop", "order")
                         for m in self.objects(acl, "prep:by") if m.entity.cls == "Company"]
            self.add([m for m in self.clause_subject(tok) if m.entity.cls == "Company"], "supplies", designers, 0.75,
                     f"makes-for:{lemma}", tok)
        elif tok.pos_ == "NOUN" and lemma in ("contract", "order", "tender", "deal") and tok.dep_ == "dobj" \
                and tok.head.lemma_ in _AWARDING_VERBS:
            # "the ministry awarded Cassava Technologies a contract to provide GPU capacity",
            # "awarded a contract ... to the Carpathian Shield consortium": whoever awards a
            # contract buys from whoever gets it ("X was awarded a contract by the ministry").
            verb = tok.head
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
                suppliers, buyers = self.clause_subject(verb), self.objects(verb, "prep:by")
            else:
                suppliers = self.objects(verb, "dative") + self.objects(verb, "prep:to")
                # "awarded Amazon Web Services in September a contract": the winner as a second object
                suppliers += [m for c in verb.children if c.dep_ == "dobj" and c.i != tok.i
                              for m in self.np_mentions(c, role="object")]
                # "awarded a contract for an air-surveillance system to the Carpathian Shield
                # consortium": "to" hung on the purpose
                suppliers += [m for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                              for g in p.children if g.dep_ == "pobj" for q in g.children
                              if q.dep_ == "prep" and q.lower_ == "to"
                              for x in q.children if x.dep_ == "pobj" for m in self.np_mentions(x, role="object")]
                buyers = self.clause_subject(verb)
            # (and the consortium's leader: "the Carpathian Shield consortium led by Thales")
            suppliers += [m for s in suppliers for r in [self.root(s)]
                          for a in (r.head if r.dep_ == "compound" and r.head.lower_ in _NAME_HEAD_NOUNS else r).children
                          if a.dep_ == "acl" and a.lemma_ == "lead"
                          for m in self.objects(a, "prep:by") if m not in suppliers]
            suppliers = [m for m in suppliers if m.entity.cls in ("Company", "ResearchOrganization")]
            self.add(suppliers, "supplies", [m for m in buyers if m.entity.cls in _CUSTOMER_CLASSES], 0.75,
                     f"contract-award:{verb.lemma_}", tok)
        elif tok.pos_ == "NOUN" and lemma in ("agreement", "contract", "deal") and not self._won_to_deliver(tok) \
                and (sides := self._cloud_deal(tok)):
            # "Oracle ... after signing large cloud contracts with OpenAI and Meta"
            self.add(sides[0], "supplies", sides[1], 0.75, "cloud-deal", tok)
        elif tok.pos_ == "NOUN" and lemma in ("agreement", "contract", "deal") and not self._won_to_deliver(tok) and (
                self._supply_deal(tok) or self._government_contract(tok)):
            suppliers = self.prep_mentions(tok, ("with",))
            if not suppliers and tok.head.pos_ == "VERB":
                suppliers = self.objects(tok.head, "prep:with")
            if any(c.dep_ == "relcl" and c.lemma_ in ("deliver", "supply", "provide", "ship", "sell")
                   and any(g.dep_ == "nsubj" and g.lower_ not in _RELATIVES for g in c.children) for c in tok.children):
                # "a supply agreement with Veridian Cloud under which Lumora will deliver ...": the
                # clause says who delivers, and its verb's rule reads it
                suppliers = []
            if suppliers and tok.dep_ == "dobj":
                # ("signed a supply deal with Tenstorrent to manufacture its AI chips": the signer makes
                # the other side's goods; "Apple signed an agreement with TSMC to manufacture its M5
                # chips": the goods are the signer's own, and TSMC supplies)
                others = {m.entity.iri for m in suppliers}
                delivering = any(o.entity.iri in others
                                 for v in self._deal_purposes(tok, ("manufacture", "make", "build", "fabricate", "produce"))
                                 for d in v.children if d.dep_ == "dobj" for c in d.children if c.dep_ == "poss"
                                 for o in [self.mention_at(c)] if o is not None)
                known_makers = any(self.gazetteer.objects(m.entity.iri, "develops") for m in suppliers)
                delivering = delivering or self._power_sold_to(tok, suppliers) or (
                    # "Ericsson signed a contract with Vodafone to deliver radio equipment": the signer
                    # delivers ("Microsoft ... with SK Hynix to deliver HBM3E": a known buyer does not)
                    # ("signed a $10bn contract with AMD to deliver accelerators": nor with a maker
                    # of products the gazetteer knows)
                    bool(self._deal_purposes(tok, ("deliver", "ship")))
                    and not any(_power_buyer(m) for m in self.clause_subject(tok.head))
                    and not known_makers)
                # ("E4 Computer Engineering, which has a supply contract with Sirio": a contract held
                # with a firm that makes no known products is a contract to supply it)
                delivering = delivering or tok.head.lemma_ in ("have", "hold") and any(
                    c.dep_ == "compound" and c.lemma_ == "supply" for c in tok.children) and not known_makers
                # ("Orev Systems has a supply contract with the Defense Ministry": a ministry buys)
                delivering = delivering or all(m.entity.cls == "GovernmentBody" for m in suppliers) and not any(
                    m.entity.cls == "GovernmentBody" for m in self.clause_subject(tok.head))
                # ("has a supply contract with AMD for the 12-high stacks on AMD's MI350 series": the
                # goods are for the other side's product, so the other side buys)
                # (not the goods' own owner: "with Nvidia for Nvidia's Blackwell chips" buys from Nvidia)
                for_their_product = any(
                    t.dep_ == "poss" and t.head.i != g.i and (o := self.mention_at(t)) is not None and o.entity.iri in others
                    for h in (tok, tok.head) for p in h.children if p.dep_ == "prep" and p.lower_ == "for"
                    for g in p.children if g.dep_ == "pobj" for t in g.subtree)
                delivering = delivering or for_their_product
                # ("has a supply contract with MGen Renewable Energy for solar output": in a deal for
                # power, the side whose name says it makes energy sells it; it outweighs only the guess
                # from a contract held, not a hyperscaler, a product or a power purchase agreement)
                if not for_their_product and not self._power_sold_to(tok, suppliers) \
                        and not any(_power_buyer(m) for m in self.clause_subject(tok.head) + suppliers) \
                        and not any(c.lower_ == "purchase" for c in tok.children):
                    seller = self._energy_seller(tok, self.clause_subject(tok.head), suppliers)
                    if seller is not None:
                        delivering = seller
                if delivering:
                    self.add(self.clause_subject(tok.head), "supplies", suppliers, 0.75, "supply-agreement", tok)
                else:
                    self.add(suppliers, "supplies", self.clause_subject(tok.head), 0.75, "supply-agreement", tok)
        elif tok.pos_ == "NOUN" and lemma in ("order", "contract", "tender", "deal") and tok.dep_ == "dobj" \
                and tok.head.lemma_ in _WINNING_VERBS and (lemma != "deal" or self._deal_purposes(
                    tok, ("supply", "provide", "deliver", "equip", "build", "install", "ship"))):
            # ("won a contract with the US Department of Defense to supply heavy rare earths": a
            # contract to hand something over is "with" its buyer)
            buyers = [m for prep in list(tok.children) + list(tok.head.children)
                      if prep.dep_ == "prep" and (prep.lower_ == "from" or prep.lower_ == "with" and prep.head.i == tok.i
                                                  and self._won_to_deliver(tok))
                      for c in prep.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")]
            # ("Cambricon, whose Siyuan 690 has won orders from ByteDance": the product's owner wins them)
            winners = [next((o for c in self.root(m).children if c.dep_ == "poss" and c.lower_ == "whose"
                             for o in [self._relative(c)] if o is not None), m) for m in self.clause_subject(tok.head)]
            self.add(winners, "supplies", buyers, 0.75, "order-from", tok)
        elif tok.pos_ == "NOUN" and lemma in ("order", "contract") and tok.dep_ == "pobj" and tok.head.lower_ == "under" \
                and tok.head.head.pos_ == "VERB" and (tok.head.head.lemma_ in (
                    _DELIVERING_VERBS if lemma == "order" else _HANDING_OVER_VERBS)
                    # ("The cable was manufactured and laid by Alcatel Submarine Networks under a
                    # contract with Pwani Link": a maker named as the agent makes for the other side)
                    or tok.head.head.lemma_ in _DELIVERING_VERBS | {"lay"} and self._made_by(tok.head.head)):
            # (but "OpenAI is building Stargate under a contract with Oracle" builds for itself)
            # "Foxconn has begun shipping the racks under an order from Hokuto Compute", "... under a
            # contract with the ministry": the order's giver is the shipper's customer.
            verb = tok.head.head
            buyers = self.prep_mentions(tok, ("from",) if lemma == "order" else ("with",))
            makers = self._made_by(verb) or self.clause_subject(verb)
            self.add([m for m in makers if m.entity.cls == "Company"], "supplies",
                     [m for m in buyers if m.entity.cls in _CUSTOMER_CLASSES], 0.75, "delivered-under", tok)

    def _energy_seller(self, tok: "Token", signers: list["Mention"], others: list["Mention"]) -> "bool | None":
        """In a deal for power ("a power supply agreement", "a contract ... for solar output"),
        whether the signers sell: True when only their names say they make energy ("MGen Renewable
        Energy", "Falu Energi"), False when only the other side's do, None when neither or both."""
        wanted = [t for h in (tok, tok.head) for p in h.children if p.dep_ == "prep" and p.lower_ == "for" for t in p.subtree]
        if not self._names_power(tok) and not any(
                t.pos_ == "NOUN" and (t.lemma_.lower() in _POWER_WORDS or t.lemma_.lower() == "output"
                                      and any(c.lower_ in _ENERGY_SOURCES for c in t.children)) for t in wanted):
            return None
        signer_sells = any(_ENERGY_NAME.search(m.entity.label) for m in signers)
        other_sells = any(_ENERGY_NAME.search(m.entity.label) for m in others)
        return signer_sells if signer_sells != other_sells else None

    @staticmethod
    def _names_power(tok: "Token") -> bool:
        """ "a nuclear power supply contract": power named before the deal's noun."""
        return any(word.pos_ == "NOUN" and word.lemma_.lower() in _POWER_WORDS for left in tok.lefts for word in left.subtree)

    def _power_sold_to(self, tok: "Token", others: list["Mention"]) -> bool:
        """ "EDF signed nuclear power supply contracts with two operators of data centres, Data4
        and Fluidstack", "Engie has signed power purchase agreements with Amazon Web Services": in
        a deal for electricity, hyperscalers and data-centre operators are the buyers, so the
        signer sells."""
        if not self._names_power(tok):
            return False
        withs = [c for p in (*tok.children, *tok.head.children) if p.dep_ == "prep" and p.lower_ == "with"
                 for c in p.children if c.dep_ == "pobj"]
        described = any(t.lower_ in ("centre", "centres", "center", "centers") and t.i > 0
                        and self.doc[t.i - 1].lower_ == "data"
                        for c in withs for t in c.subtree if t.i < c.i or c.pos_ == "NOUN")
        signers = self.clause_subject(tok.head)
        return bool(others) and (described or all(_power_buyer(m) for m in others)) \
            and not any(_power_buyer(m) for m in signers)

    def _made_by(self, verb: "Token") -> list["Mention"]:
        """The agent of a passive verb, or of the passive verb it is coordinated with ("was
        manufactured and laid by ASN")."""
        passive = verb if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) else (
            verb.head if verb.dep_ == "conj" and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.head.children)
            else None)
        if passive is None:
            return []
        return self.objects(verb, "prep:by") or self.objects(passive, "prep:by") or [
            m for c in passive.children if c.dep_ == "conj" for m in self.objects(c, "prep:by")]

    @staticmethod
    def _won_to_deliver(tok: "Token") -> bool:
        """ "won a contract with the US Department of Defense to supply heavy rare earths": a
        contract its winner fulfils by handing something over (to the other side)."""
        return tok.lemma_ == "contract" and tok.dep_ == "dobj" \
            and tok.head.lemma_ in _WINNING_VERBS and bool(DocRules._deal_purposes(tok, _HANDING_OVER_VERBS))

    @staticmethod
    def _deal_purposes(tok: "Token", lemmas) -> list["Token"]:
        """The "to ..." purposes of a deal among lemmas ("a contract ... to rent", "signed a deal
        with X to manufacture"): on the deal's noun, or on the signing verb."""
        holders = (tok, tok.head) if tok.dep_ == "dobj" else (tok,)
        return [c for h in holders for c in h.children if c.dep_ in ("acl", "relcl", "advcl", "xcomp")
                and c.lemma_ in lemmas and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]

    def _cloud_deal(self, tok: "Token") -> "tuple[list[Mention], list[Mention]] | None":
        """ "signing large cloud contracts with OpenAI and Meta", "a $11.9 billion cloud computing
        contract with OpenAI": a deal for cloud computing between a firm that sells it and one that
        does not. Returns (sellers, buyers), or None when the deal is no such one or the sides
        are unclear."""
        if tok.dep_ != "dobj" or not any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _CLOUD_DEAL_WORDS
                                         for c in tok.children):
            return None
        withs = self.prep_mentions(tok, ("with",)) or self.objects(tok.head, "prep:with")
        if not withs:
            return None
        signers = self.clause_subject(tok.head)

        def seller(m: "Mention") -> bool:
            label = m.entity.label
            return m.entity.cls == "Company" and (label in _CLOUD_SELLERS or label.split()[0] in _CLOUD_SELLERS
                                                  or "Cloud" in label.split())
        firms = ("Company", "ResearchOrganization", "GovernmentBody")
        if signers and all(seller(m) for m in signers) and not any(seller(m) for m in withs):
            return signers, [m for m in withs if m.entity.cls in firms]
        if withs and all(seller(m) for m in withs) and not any(seller(m) for m in signers):
            return withs, [m for m in signers if m.entity.cls in firms]
        return None

    def _government_contract(self, tok: "Token") -> bool:
        """ "the Ministry of Defence of Bulgaria signed a contract with Telelink for an AI tool":
        a government body's contract buys something (a memorandum or an agreement would not)."""
        return tok.lemma_ == "contract" and tok.dep_ == "dobj" and tok.head.lemma_ in ("sign", "conclude", "ink") \
            and any(m.entity.cls == "GovernmentBody" for m in self.clause_subject(tok.head))

    @staticmethod
    def _supply_deal(tok: "Token") -> bool:
        """ "a supply agreement", "chip deals", "a contract ... to rent a cluster of H200s": a deal
        to buy or rent something, which makes the other party a supplier, not a partner."""
        if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _SUPPLY_DEAL_WORDS for c in tok.children):
            return True
        # ("signed a contract with X to rent ...": the purpose may hang on the signing verb)
        if DocRules._deal_purposes(tok, ("rent", "lease", "buy", "purchase", "supply", "provide")):
            return True
        # "signed a two-year contract with SK Hynix to deliver HBM3E": a deal with someone to
        # deliver goods to no one named is a supply deal (rule_supply_shapes works out who delivers)
        return any(not any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in v.children)
                   and any(c.dep_ == "dobj" for c in v.children) and any(
                       c.dep_ == "prep" and c.lower_ == "with" for h in (tok, tok.head) for c in h.children)
                   for v in DocRules._deal_purposes(tok, ("deliver", "ship")))

    def rule_led_round(self, tok: "Token") -> None:
        """ "Lightspeed, which led Lumen's $300mn seed financing", "X joined the start-up's round"."""
        verb = tok.head
        if tok.dep_ == "pobj" and verb.lower_ == "in" and (verb.head.lemma_ in ("participate", "invest")
                                                           or verb.head.lower_ == "part"
                                                           or verb.head.lemma_ == "take" and any(
                                                               c.dep_ == "dobj" and c.lower_ == "part"
                                                               for c in verb.head.children)):
            verb = verb.head if verb.head.pos_ == "VERB" else verb.head.head  # "participated in X's round"
        elif tok.dep_ != "dobj" or verb.lemma_ not in ("lead", "co-lead", "join", "anchor", "back", "participate"):
            return
        raisers = [m for c in tok.children if c.dep_ == "poss" for m in [self.mention_at(c)] if m is not None
                   and m.kind != "demonym"]
        raisers += self.prep_mentions(tok, ("in", "for", "of"))
        if not raisers and tok.dep_ == "dobj":
            # "led a $310 million round last year in Cinder Power": "in" hung on the verb past a time
            raisers = [m for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "for") and p.i > tok.i
                       for c in p.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")
                       if m.entity.cls in ("Company", "ResearchOrganization")]
        if not raisers and tok.dep_ == "dobj" and verb.lemma_ in ("join", "participate") \
                and any(c.lower_ == "the" for c in tok.children):
            # "Pitango led Ophir's Series A in 2021, and Viola Ventures joined the Series B": the
            # firm whose earlier round the sentence named
            raisers = self._round_raiser_before(verb)
        leading = self.clause_subject(verb)
        leaders = {m.entity.iri for m in leading}
        if any(r.kind == "anaphor" and r.entity.iri in leaders for r in raisers):
            # "Halcyon was founded by ..., and Microsoft led its funding round": "its" is not the
            # leader's own round but that of the last other firm a clause was about (not the
            # leader's parent: "AMD Ventures, the chipmaker's venture arm, ... after leading its round")
            sents, here = self._sentence_of(verb.i)
            firsts = {m.entity.label.split()[0] for m in leading}
            others = [m for m in self.mentions_within(sents[max(0, here - 1)].start, verb.i)
                      if m.kind in ("name", "anaphor") and m.entity.cls in ("Company", "ResearchOrganization")
                      and m.entity.iri not in leaders and self.root(m).dep_ in ("nsubj", "nsubjpass")
                      and m.entity.label.split()[0] not in firsts]
            raisers = [r for r in raisers if not (r.kind == "anaphor" and r.entity.iri in leaders)] + others[-1:]
        if raisers:
            # (and "..., with SBI Holdings and MUFG participating")
            withs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
            investors = leading + [m for h in [tok, *withs] for m in self._participants(h) if m not in raisers]
            investors += [m for m in self._alongside([tok, verb, *(self.root(r) for r in raisers)]) if m not in raisers]
            self.add(investors, "investsIn", raisers, 0.8, "verb:lead-round", verb)

    def rule_joined_in_leading(self, verb: "Token") -> None:
        """ "SK hynix also joined Korea Development Bank in leading a 250 billion won round for
        FuriosaAI": both lead the round. (The parser often garbles the amount, so the round and
        the firm raising it are read off the words: "round", then "for"/"in" and a name.)"""
        leading = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
                   for g in p.children if g.lower_ in ("leading", "co-leading")]
        if not leading:
            return
        doc, end = self.doc, verb.sent.end
        k = next((t.i for t in doc[leading[0].i + 1:min(end, leading[0].i + 12)] if t.lower_ in ("round", "rounds")), None)
        if k is None or k + 2 >= end or doc[k + 1].lower_ not in ("for", "in"):
            return
        raiser = self.at.get(k + 2)
        if raiser is None or raiser.start != k + 2 or raiser.entity.cls not in ("Company", "ResearchOrganization"):
            return
        investors = self.clause_subject(verb) + self.objects(verb, "dobj")
        self.add([m for m in investors if m.entity.iri != raiser.entity.iri], "investsIn", [raiser], 0.75,
                 "joined-in-leading", leading[0])

    def _alongside(self, holders: Iterable["Token"]) -> list["Mention"]:
        """ "took part in a round for Kaskade AI, ..., alongside the High-Tech Gruenderfonds": the
        co-investors named after "alongside" (which the parser hangs on the verb, the round or the
        firm backed)."""
        holders = list(holders)
        # (or on the description set off after the firm backed: "in Nuritek, a Pangyo startup
        # developing glass substrates, alongside Korea Development Bank")
        holders += [c for h in holders for c in h.children if c.dep_ in ("appos", "conj")
                    and (c.pos_ in ("NOUN", "PROPN") or c.lower_ in ("startup", "start-up"))]
        return [m for h in holders for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "alongside"
                for c in prep.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")
                if m.entity.cls in ("Company", "GovernmentBody", "Person", "ResearchOrganization")]

    def rule_round_participants(self, tok: "Token") -> None:
        """ "The Series B round was led by General Catalyst, with participation from Bosch
        Ventures", "Bpifrance and Nvidia also took part in the round": the round raised by the
        company named raising money shortly before."""
        verb = tok.head
        investors: list[Mention] = []
        # (the round's owner: "Meridian's Series C", or "its" standing for the firm)
        owner = next((m for c in tok.children if c.dep_ == "poss" for m in [self.mention_at(c)]
                      if m is not None and m.kind in ("name", "anaphor")
                      and m.entity.cls in ("Company", "ResearchOrganization")), None)
        which = next((t for t in self.doc[tok.i + 1:min(tok.i + 6, tok.sent.end)] if t.lower_ == "which"
                      and t.dep_ == "nsubjpass" and t.head.lemma_ in ("lead", "co-lead") and t.head.dep_ == "relcl"
                      and self.doc[t.i - 1].text == ","), None)
        if owner is not None and which is not None:
            # "took part in Meridian's $600 million Series C in February, which was led by Coatue and
            # included Samsung Catalyst Fund": the clause the parser hung elsewhere is the round's
            led = which.head
            investors = self.objects(led, "prep:by") + [m for c in led.children if c.dep_ == "conj" and c.lemma_ == "include"
                                                        for m in self.objects(c, "dobj")]
            self.add([m for m in investors if m.entity.iri != owner.entity.iri], "investsIn", [owner], 0.75,
                     "round-led-by", led)
        if tok.dep_ == "nsubjpass" and verb.lemma_ in ("lead", "co-lead", "join", "back", "anchor"):
            investors = self.objects(verb, "prep:by") + self._participants(verb)
        elif tok.dep_ == "dobj" or tok.dep_ == "pobj" and verb.lower_ == "in" and verb.head.lemma_ in ("raise", "close", "secure"):
            # "closed a $28 million Series A round last month led by Norrsken22": the participle
            # hung on the verb after a time phrase is about the round. (So is "raised $500 million
            # in a round co-led by X": "co-" split off, "led" hung on the verb.)
            if tok.dep_ == "pobj":
                verb = verb.head
            led = next((c for c in verb.children if c.dep_ in ("advcl", "acl") and c.tag_ == "VBN"
                        and c.lemma_ in ("lead", "co-lead") and tok.i < c.i <= tok.i + 4
                        and any(g.dep_ == "agent" for g in c.children)), None)
            if led is not None:
                # (", with X and Y participating" may hang on the verb of closing)
                investors = self.objects(led, "prep:by") + self._participants(led) + [
                    m for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > led.i
                    for m in self._participants(c)]
                raisers = [m for m in self.clause_subject(verb) if m.entity.cls in ("Company", "ResearchOrganization")]
                self.add([m for m in investors if m not in raisers], "investsIn", raisers, 0.75, "round-led-by", led)
                return
            if verb.lemma_ in ("lead", "co-lead", "join", "anchor") and not any(
                    c.dep_ in ("poss", "prep") for c in tok.children):
                # "Naspers Foundry led the round, with Norrsken22 and Knife Capital participating"
                withs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
                investors = self.clause_subject(verb) + [m for h in withs for m in self._participants(h)]
        elif tok.dep_ == "pobj" and tok.head.lower_ == "in" and (
                tok.head.head.lemma_ in ("participate", "invest") or tok.head.head.lower_ == "part"
                or tok.head.head.lemma_ == "take" and any(c.lower_ == "part" for c in tok.head.head.children)):
            verb = tok.head.head if tok.head.head.pos_ == "VERB" else tok.head.head.head
            investors = self.clause_subject(verb)
        elif tok.dep_ == "dobj" and verb.lemma_ in ("join", "co-lead"):
            investors = self.clause_subject(verb)
        elif tok.dep_ == "nsubj" and verb.lemma_ in ("include", "feature", "draw", "attract") \
                and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
            # "The round also included General Catalyst, France's Bpifrance and the EIC Fund"
            investors = [m for c in verb.children if c.dep_ == "dobj" for t in [c, *c.conjuncts]
                         for m in self.np_mentions(t, role="object")
                         if m.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody")]
            investors = [m for k, m in enumerate(investors) if m not in investors[:k]]
        # (the round's owner, found above: "Its funding round in September was led by ASML")
        if investors and owner is not None and tok.dep_ in ("pobj", "nsubjpass"):
            # "Nvidia participated in xAI's latest fundraising", "Parlami's Series A was led by CDP
            # Venture Capital, with United Ventures also investing".
            self.add([m for m in investors if m.entity.iri != owner.entity.iri], "investsIn", [owner], 0.8,
                     "round-participant", verb)
            return
        if not investors or any(c.dep_ == "poss" for c in tok.children):
            return  # "Lumen's seed financing" is rule_led_round's
        speaker = verb.head if verb.dep_ == "ccomp" and verb.head.lemma_ in _REPORTING_VERBS else None
        raiser = next((m for m in (self.clause_subject(speaker) if speaker is not None else [])
                       if m.entity.cls in ("Company", "ResearchOrganization") and m not in investors), None)
        # ("Sahra Compute said on Monday that MGX led the funding round": the speaker's round)
        raiser = raiser or self._recent_raiser(tok)
        if raiser is not None:
            self.add([m for m in investors if m.entity.iri != raiser.entity.iri], "investsIn", [raiser], 0.75,
                     "round-participant", verb)

    def rule_also_took_part(self, verb: "Token") -> None:
        """ "Tupi Labs raised $610mn in a round led by Mubadala. Kaszek also took part, as did Itau
        Unibanco": joining with no object names no round; the company that just raised money is
        the one backed."""
        lemma = verb.lemma_
        took_part = lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)
        if not (took_part or lemma in ("participate", "invest", "join", "co-invest")):
            return
        if any(c.dep_ in ("dobj", "prep", "dative") and not (took_part and c.lower_ == "part") and c.lower_ != "alongside"
               for c in verb.children) or not any(
                # ("SK Hynix and Micron both took part": the parser may hang "both" on the subject)
                c.lower_ in ("also", "too") or c.lower_ in ("both", "all") and c.i < verb.i and self._round_raiser_before(verb)
                for t in [verb, *(s for s in verb.children if s.dep_ == "nsubj")] for c in t.children):
            return
        investors = self.clause_subject(verb)
        # "NVentures also took part, alongside existing backers Seedcamp and Indico"
        investors += [m for c in verb.children if c.dep_ == "prep" and c.lower_ == "alongside"
                      for g in c.children if g.dep_ == "pobj" for m in self.np_mentions(g, role="object")
                      if m.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody")]
        # "..., as did Itau Unibanco"
        investors += [m for c in verb.children if c.dep_ == "advcl" and c.lemma_ == "do"
                      and any(g.lower_ == "as" for g in c.children)
                      for g in c.children if g.dep_ == "nsubj" for m in self.np_mentions(g, role="subject")]
        raiser = (next(iter(self._round_raiser_before(verb)), None) or self._recent_raiser(verb)) if investors else None
        if raiser is not None:
            self.add([m for m in investors if m.entity.iri != raiser.entity.iri and m.entity.cls != "Person"],
                     "investsIn", [raiser], 0.7, "also-took-part", verb)

    def _round_raiser_before(self, verb: "Token") -> list["Mention"]:
        """The firm whose round an earlier clause of the sentence named ("led Ophir's Series A",
        "led a round in Lumora Metrology, and SK Hynix both took part")."""
        return [m for t in self.doc[verb.sent.start:verb.i] if t.pos_ in ("NOUN", "PROPN") and _round_word(t)
                for c in [*t.children, *(g for p in t.children if p.dep_ == "prep" and p.lower_ in ("in", "for")
                                         for g in p.children if g.dep_ == "pobj")]
                if c.dep_ in ("poss", "pobj") for m in [self.mention_at(c)]
                if m is not None and m.kind == "name" and m.entity.cls in ("Company", "ResearchOrganization")][-1:]

    def _participants(self, clause: "Token") -> list["Mention"]:
        """ "... led by X, with participation from Nvidia": the investors named after "participation"."""
        # (and "with participation from PFR Ventures, a ..., and from the European Investment Bank":
        # the second "from" coordinated with the "with")
        found = [m for t in clause.subtree if t.lower_ == "participation"
                 for prep in [*t.children, *(c for c in [*t.head.children, *(g for p in t.children for g in p.children)]
                                             if c.dep_ == "conj" and c.lower_ == "from" and c.i > t.i)]
                 if prep.dep_ in ("prep", "conj") and prep.lower_ in ("from", "by", "of")
                 for c in prep.children if c.dep_ == "pobj"
                 for m in self.np_mentions(c, role="object", owners=False)]
        # "... led a Series C in Yotsuba, with SBI Holdings and MUFG participating" (the participle
        # may hang on the verb, after a description: "with X and Y, Aramco's venture arm, taking part")
        after = [c for c in clause.head.children if c.dep_ == "advcl" and c.i > clause.i] if clause.lower_ == "with" else []
        for t in [*clause.subtree, *after]:
            # (and "with Mubadala and ADQ also taking part")
            if t.tag_ == "VBG" and (t.lemma_ in ("participate", "join", "invest")
                                    or t.lemma_ == "take" and any(c.lower_ == "part" for c in t.children)):
                subject = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
                holder = t.head if t.dep_ in ("acl", "pcomp", "advcl") and t.head.lower_ != "with" else None
                if subject:
                    found += [m for c in subject for m in self.np_mentions(c, role="subject", owners=False)]
                elif holder is not None and holder.dep_ == "pobj" and holder.head.lower_ == "with":
                    found += self.np_mentions(holder, role="object", owners=False)
                elif t.dep_ == "pcomp" and t.head.lower_ == "with":
                    found += [m for c in t.head.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object", owners=False)]
                elif t.dep_ == "pobj" and t.head.lower_ == "with":
                    # "with Nvidia and Israeli fund Pitango joining" (the names misparsed inside): the
                    # names between "with" and the participle.
                    found += [m for m in self.mentions_within(t.head.i + 1, t.i)
                              if m.kind == "name" and m.entity.cls in ("Company", "ResearchOrganization", "Person")]
                elif t.dep_ == "advcl" and (w := next((c for c in t.head.children if c.dep_ == "prep" and c.lower_ == "with"
                                                        and c.i < t.i and t.i - c.i <= 16), None)) is not None:
                    # "with HUMAIN and Wa'ed Ventures, Aramco's venture capital arm, taking part": the
                    # parser hangs the participle on the verb; the names between (not a description's owner)
                    found += [m for m in self.mentions_within(w.i + 1, t.i)
                              if m.kind == "name" and m.entity.cls in ("Company", "ResearchOrganization", "Person")
                              and not (m.end < len(self.doc) and self.doc[m.end].text in ("'s", "'"))]
        return found

    def _recent_raiser(self, tok: "Token") -> "Mention | None":
        """The company that raised money in this or one of the three sentences before."""
        sents, here = self._sentence_of(tok.i)
        for sent in reversed(sents[max(0, here - 3):here + 1]):
            for t in sent:
                if t.i < tok.i and t.lemma_ in ("raise", "secure", "close") and t.pos_ == "VERB":
                    found = [m for m in self.clause_subject(t) if m.entity.cls in ("Company", "ResearchOrganization")]
                    if found:
                        return found[0]
            heading = self._round_heading(sent)
            if heading is not None and heading.start < tok.i:
                return heading
        return None

    def rule_digest_round(self, verb: "Token") -> None:
        """ "* Sawt Labs - $30M Series A - Riyadh / Sanabil Investments led; STV participated", "Led
        by Lightspeed, with Nvidia and Pitango joining": under a digest's heading line, who leads or
        joins (with no object) invests in the firm the heading names."""
        if any(c.dep_ in ("dobj", "prep") and c.lower_ not in ("with", "by") for c in verb.children):
            return
        sents, n = self._sentence_of(verb.i)
        raiser = self._round_heading(sents[n - 1]) if n else None
        if raiser is None:
            return
        if verb.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            investors = self.objects(verb, "prep:by")  # "Led by Lightspeed Venture Partners, ..."
        else:
            investors = [m for c in verb.children if c.dep_ == "nsubj" for m in self.np_mentions(c, role="subject")]
        investors += [m for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                      for m in self._participants(c)]
        investors = [m for m in investors if m.entity.iri != raiser.entity.iri
                     and m.entity.cls in ("Company", "ResearchOrganization", "Person")]
        self.add(investors, "investsIn", [raiser], 0.75, "digest-round", verb)

    def _round_heading(self, sent: "Span") -> "Mention | None":
        """ "* Shefa Compute - $75M Series B - Tel Aviv": a digest's heading line names the firm
        that raised the round the lines below describe (a firm first, then an amount and a round)."""
        words = [t for t in sent if not t.is_space and t.text not in ("*", "-", "\u2022")]
        if not words or len(words) > 14 or words[0].i not in self.at:
            return None
        first = self.at[words[0].i]
        if first.entity.cls not in ("Company", "ResearchOrganization") or first.kind != "name":
            return None
        money = any(t.text.startswith(("$", "\u20ac", "\u00a3")) or t.like_num for t in sent[first.end - sent.start:])
        round_word = any(t.lower_ in ("seed", "round", "pre-seed") or t.text == "Series" for t in sent)
        return first if money and round_word else None

    def rule_funding_round(self, tok: "Token") -> None:
        """ "Mistral AI has raised EUR1.7bn in a funding round led by ASML", "a round joined by
        MUFG, Mizuho and SMBC": who leads or joins the round invests in who raises it; "closed a
        funding round with Temasek and GIC"."""
        if tok.dep_ == "dobj" and tok.head.lemma_ in ("close", "complete", "raise", "secure", "announce", "finalise",
                                                      "finalize"):
            backers = self.prep_mentions(tok, ("with", "from"))
            if backers:
                self.add(backers, "investsIn", self.clause_subject(tok.head), 0.8, "round-with", tok)
        # Who raised the round: "a round for Sarvam AI", else the clause's subject, else the
        # company that raised money just before.
        recipients = [m for m in self.prep_mentions(tok, ("for", "in", "into")) if m.entity.cls in ("Company", "ResearchOrganization")]
        if recipients and (tok.dep_ == "dobj" and tok.head.lemma_ in ("back", "lead", "anchor", "co-lead", "join", "fund")
                           or tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.lemma_ in _INVESTOR_NOUNS):
            # "Bpifrance and the EIB backed a 400 million euro financing for Calanque Compute",
            # "Humain was the anchor investor in a $300mn round for Sarvam AI".
            verb = tok.head if tok.dep_ == "dobj" else tok.head.head.head
            self.add(self.clause_subject(verb), "investsIn", recipients, 0.8, "round-for", tok)
        for clause in tok.children:
            if clause.dep_ == "relcl" and clause.lemma_ == "include" and any(
                    c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in clause.children):
                # "raised $600mn in a round that included Nvidia and Samsung": the round's investors
                governing = tok.head.head if tok.dep_ == "pobj" else tok.head
                raisers = recipients or [m for c in tok.children if c.dep_ == "poss" for m in [self.mention_at(c)]
                                         if m is not None]
                if not raisers and governing.lemma_ in ("raise", "secure", "close", "complete", "land", "announce"):
                    raisers = self.clause_subject(governing)
                if not raisers and tok.dep_ == "pobj" and tok.head.head.lemma_ == "part":
                    # "putting EUR300mn into Estran as part of a round that also includes Nvidia":
                    # the firm the money goes into
                    verb = tok.head.head.head.head
                    raisers = [m for c in verb.children if c.dep_ == "prep" and c.lower_ in ("into", "in")
                               for g in c.children if g.dep_ == "pobj" for m in self.np_mentions(g, role="object")]
                raisers = [m for m in raisers if m.entity.cls in ("Company", "ResearchOrganization")]
                investors = [m for c in clause.children if c.dep_ == "dobj" for m in self.np_mentions(c, role="object")
                             + self.listed(c)]
                investors = [m for k, m in enumerate(investors) if m not in investors[:k] and m not in raisers
                             and m.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody", "Country", "Person")]
                self.add(investors, "investsIn", raisers[:1], 0.75, "round-includes", clause)
            if clause.dep_ == "relcl" and clause.lemma_ in ("join", "lead", "co-lead", "back", "participate", "invest", "take"):
                # "a $140 million round that NVentures also joined", "the latest funding round, in
                # which Wa'ed Ventures also participated".
                relative = any(c.dep_ == "dobj" and c.lower_ in ("that", "which") for c in clause.children) or any(
                    p.dep_ == "prep" and p.lower_ == "in" and any(g.lower_ == "which" for g in p.children)
                    for p in clause.children)
                investors = [m for c in clause.children if c.dep_ == "nsubj"
                             for m in self.np_mentions(c, role="subject", owners=False)]
                raisers = recipients or [m for c in tok.children if c.dep_ == "poss" for m in [self.mention_at(c)]
                                         if m is not None]
                governing = tok.head.head if tok.dep_ == "pobj" else tok.head
                if not raisers and governing.lemma_ in ("raise", "secure", "close", "complete", "land", "announce"):
                    # "Rebellions raised $200mn in a round in which Aramco participated"; not "SK Hynix
                    # took a stake in Lumina in a round that NVentures joined" (Lumina raised it).
                    raisers = self.clause_subject(governing)
                if not raisers and governing.lemma_ in ("take", "acquire", "buy"):
                    raisers = [c.object for c in self.out if c.relation == "investsIn" and c.trigger.sent == tok.sent]
                raisers = [m for m in raisers if m.entity.cls in ("Company", "ResearchOrganization")]
                if not raisers:
                    raiser = self._recent_raiser(tok)
                    raisers = [raiser] if raiser is not None else []
                if relative and investors:
                    self.add([m for m in investors if m not in raisers], "investsIn", raisers[:1], 0.75, "round-relative", clause)
        # ("a financing round of 1.2 billion yuan led by X": the participle hangs on the amount)
        amounts = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                   if g.dep_ == "pobj" and any(c.pos_ == "NUM" for c in g.children)]
        for clause in [c for t in [tok, *amounts] for c in t.children]:
            if clause.dep_ == "acl" and clause.lemma_ in ("lead", "join", "back", "co-lead", "anchor"):
                investors = [m for agent in clause.children if agent.dep_ == "agent"
                             for c in agent.children if c.dep_ == "pobj"
                             for m in self.np_mentions(c, role="object", owners=False)]
                investors += self._participants(clause)
                # ("raised $12mn in a round led by X, with the participation of Y": "with" on the verb)
                governing = tok.head.head if tok.dep_ == "pobj" else tok.head
                # (or on the round: "in a round led by TLcom Capital, with Norfund ... participating")
                if investors and governing.pos_ == "VERB":
                    investors += [m for c in [*governing.children, *tok.children] if c.dep_ == "prep" and c.lower_ == "with"
                                  and c.i > clause.i for m in self._participants(c) if m not in investors]
                if investors:
                    self.add(investors, "investsIn", self.clause_subject(tok), 0.8, "noun:round", clause)

    def _owner(self, tok: "Token") -> list["Mention"]:
        """Who a relational noun belongs to: "X's rival", "Nvidia rival", "rival of X" (a country
        before the noun says where, not whose: "U.S. rivals such as OpenAI")."""
        for child in tok.children:
            if child.dep_ in ("poss", "compound", "nmod"):
                m = self.mention_at(child)
                if m is not None and m.kind != "demonym" and not (
                        child.dep_ != "poss" and m.entity.cls in ("Country", "Region", "City")
                        and not any(c.text in ("'s", "'") for c in child.children)):
                    return [m]
                if child.lower_ == "whose" and child.i >= 2 and self.doc[child.i - 1].text == ",":
                    # "Turkcell, whose largest shareholder, ..., is X" parsed as an apposition:
                    # "whose" is the name before its comma.
                    m = self.at.get(child.i - 2)
                    if m is not None and m.kind in ("name", "anaphor") and m.end == child.i - 1:
                        return [m]
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "to", "for", "at", "in", "within", "inside"):
                found = [m for c in prep.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")]
                if prep.lower_ == "of" and found and all(m.entity.cls in ("City", "Region", "Country") for m in found):
                    # "the subsidiary of Fremont, California-based AXT": the firm the town is said of
                    firms = [m for c in prep.children if c.dep_ == "pobj" for a in c.children if a.dep_ == "appos"
                             for m in [self.mention_at(a)] if m is not None and m.kind == "name"
                             and m.entity.cls in ("Company", "ResearchOrganization")
                             and any(t.lower_ in ("based", "headquartered") for t in self.doc[c.i + 1:m.start])]
                    found = firms or found
                if prep.lower_ == "of" and tok.lemma_ in _SUPPLIER_NOUNS and found and all(
                        c.i not in self.at for c in prep.children if c.dep_ == "pobj"):
                    # "a vendor of Nvidia's GB300 racks to AWS and Google": the goods' maker is no
                    # customer; those they go to are (the parser may hang "to" on the copula)
                    tos = [m for h in ((tok, tok.head) if tok.dep_ == "attr" else (tok,)) for p in h.children
                           if p.dep_ in ("prep", "dative") and p.lower_ == "to" and p.i > prep.i
                           for c in p.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")
                           # (not "..., and its server unit, QCT": a list the parser ran on)
                           if not (self.root(m).dep_ == "appos" and self.root(m).head.lemma_ in _UNIT_NOUNS)]
                    if tos:
                        return tos
                if prep.lower_ in ("in", "within", "inside"):
                    # "competitors in Europe", "its subsidiary in Singapore": where, not whose.
                    found = [m for m in found if m.entity.cls not in ("Country", "Region", "City")]
                if prep.lower_ in ("to", "for") and not found:
                    # "a supplier to CDC's Canberra campuses": the firm whose sites they are
                    # (the parser may hang the possessive on the town: "CDC's Canberra campuses")
                    found = [m for c in prep.children if c.dep_ == "pobj" and c.lower_ in _SITE_NOUNS
                             for g in (*c.children, *(x for k in c.children if k.dep_ == "compound" for x in k.children))
                             if g.dep_ == "poss" for m in [self.mention_at(g)]
                             if m is not None and m.kind != "demonym" and m.entity.cls in ("Company", "ResearchOrganization")]
                if found:
                    return found
        if tok.dep_ == "attr" and tok.head.lemma_ == "be":
            # "a plant, in which Sony, Denso and Toyota Motor are minority investors": the relative
            # on the copula stands for whose they are
            return [m for prep in tok.head.children if prep.dep_ == "prep" and prep.lower_ == "in"
                    for c in prep.children if c.dep_ == "pobj" and c.lower_ in ("which", "whom")
                    for m in [self.mention_at(c)] if m is not None and m.kind == "relative"]
        return []

    def _mention_after(self, tok: "Token", skip: int = 3) -> "Mention | None":
        """The name right after a noun, allowing a few fillers: "rivals such as AMD"."""
        i, end = tok.i + 1, min(tok.i + 1 + skip, tok.sent.end)
        while i < end:
            m = self.at.get(i)
            if m is not None and m.start == i and m.entity.cls in ("City", "Country", "Region") and m.end + 1 < len(self.doc) \
                    and self.doc[m.end].text == "-" and self.doc[m.end + 1].lower_ in ("based", "headquartered", "registered"):
                # "rivals, Tel Aviv-based Hailo and NeuReality": the place says where the name is.
                i = m.end + 2
                end = min(end + (m.end + 2 - m.start), tok.sent.end)
                continue
            if m is not None:
                return m if m.start == i and m.kind != "demonym" else None
            if self.doc[i].lower_ not in ({",", ":"} | _LIST_FILLERS) and self.doc[i].pos_ not in ("ADJ", "DET"):
                return None
            i += 1
        return None

    def _bloc_of(self, tok: "Token") -> bool:
        return any(m.entity.cls == "Bloc" for c in tok.children if c.dep_ in ("compound", "poss", "nmod", "amod")
                   for m in [self.mention_at(c)] if m is not None) or (
            self._mention_before(tok) is not None and self._mention_before(tok).entity.cls == "Bloc")

    def _fillers(self, tok: "Token") -> list["Mention"]:
        """Who fills a relational noun: "its rival AMD", "AMD, a rival of X", "AMD is a rival",
        "Yotta is one of Nvidia's customers", "SMIC and Hua Hong, two of ASML's customers"."""
        named = self.at.get(tok.i - 1)
        if named is not None and named.end == tok.i and named.kind == "name" and named.entity.cls == "Company" \
                and tok.lemma_.lower() in self.p["subsidiary_nouns"] and any(c.dep_ == "poss" for c in tok.children) \
                and self.root(named).head.i == tok.i and tok.dep_ != "appos":
            # "sells through its Quanta Cloud Technology unit": the unit named before the noun (not
            # "Rheinmetall Electronics, its Bremen subsidiary": a description says where it is)
            return [named]
        if tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.lemma_ == "be" \
                and any(c.lower_ == "far" for c in tok.head.children):
            # "ByteDance is by far Cambricon's biggest customer": the parser hangs the noun on "by far"
            listed = [m for c in tok.head.head.children if c.dep_ == "nsubj" for m in self.np_mentions(c, role="subject")]
            if listed:
                return listed
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NUM", "PRON", "ADJ", "NOUN") \
                and tok.head.head.lower_ in ("one", "two", "three", "four", "some", "many", "several", "all", "both", "each", "among"):
            tok = tok.head.head
        if tok.dep_ == "pobj" and (tok.head.lower_ == "among" or tok.head.lower_ == "as"
                                   and tok.head.head.lemma_ in ("count", "list", "name", "cite")) \
                and tok.head.head.pos_ in ("VERB", "AUX"):
            # "it counts Microsoft and Nvidia among its shareholders", "Nvidia is among its backers",
            # "counts SK Hynix as its largest customer".
            verb = tok.head.head
            deps = ("dobj",) if any(c.dep_ == "dobj" for c in verb.children) else ("nsubj", "nsubjpass")
            listed = [m for c in verb.children if c.dep_ in deps for m in self.np_mentions(c, role="object")]
            if not listed and tok.head.lower_ == "among":
                # "shipped 700,000 processors, with ByteDance and iFlytek among its largest customers"
                listed = [m for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" and p.i < tok.i
                          for g in p.children if g.dep_ == "pobj" for m in self.np_mentions(g, role="object")]
            if listed:
                return listed
        if any(c.lower_ == "whose" and c.dep_ == "poss" for c in tok.children) and tok.dep_ != "nsubj":
            # "Turkcell, whose largest shareholder, with a 26.2 per cent stake, is the Turkiye Wealth
            # Fund": the parser may hang the noun on the name and take the filler for the main subject.
            end = tok.right_edge.i + 1
            verb = self.doc[end + 1] if end + 1 < len(self.doc) and self.doc[end].text == "," else None
            if verb is not None and verb.lemma_ == "be":
                listed = [m for c in verb.children if c.dep_ in ("nsubj", "attr") and c.i > verb.i
                          for m in self.np_mentions(c, role="object")]
                if listed:
                    return listed
        if tok.dep_ == "nsubj" and tok.head.lemma_ in ("include", "comprise", "span", "be", "remain"):
            # "ASML, whose Chinese customers include SMIC and Hua Hong", "its largest customer is X"
            # ("remain Microsoft, Amazon and Meta").
            listed = [m for c in tok.head.children if c.dep_ in ("dobj", "attr")
                      for m in self.np_mentions(c, role="object")]
            if listed:
                return listed
        after = self._mention_after(tok)
        if after is not None and self._subject_of_gapped_clause(after, tok):
            after = None  # "Graphcore, the Bristol neighbour it bought": the clause's subject fills nothing
        if after is not None:
            if tok.tag_ == "NN" and tok.left_edge.i >= 1 and self.doc[tok.left_edge.i - 1].text == ",":
                # "among them Huawei, its chip-design unit HiSilicon, SMIC and ...": a singular
                # noun in a list names one item; the rest of the list is not its filler.
                return [after]
            return self.chain(after, rightward=True)
        if tok.dep_ == "conj" and tok.head.dep_ == "appos" and tok.head.i < tok.i and self.mention_at(tok.head) is None \
                and not any(c.dep_ == "cc" and c.i > 0 and self.doc[c.i - 1].text == "," for c in tok.head.children):
            # (not "Kestrel, a chip designer, and a subsidiary of Lumo Holdings": a list's next item)
            # "Aselsan, the country's biggest defence electronics maker and a subsidiary of the
            # Turkish Armed Forces Foundation": a second description coordinated with the first
            return self._fillers(tok.head)
        if tok.dep_ == "appos":
            m = self.mention_at(tok.head)
            if m is not None:
                # "Moonshot AI, MiniMax and Zhipu AI, the Beijing-based maker of GLM": a singular
                # apposition describes the name right before it, a plural one the whole list.
                left = tok.left_edge.i
                before = self.at.get(left - 2) if left >= 2 and self.doc[left - 1].text == "," else None
                # (or the parser hung it on an earlier name: "at its plant in Bac Ninh, Vietnam, and
                # SPIL, a subsidiary of ASE Technology")
                if self._singular_appositive(tok) and before is not None and before.kind != "demonym" \
                        and (len(self.chain(m)) > 1 or before.start >= m.end and before.kind == "name"):
                    return [before]
                return self.chain(m)
        if tok.dep_ in ("oprd", "ccomp", "xcomp") and tok.head.lemma_ == "make" \
                and tok.lemma_ in (*self.p["customer_nouns"], *self.p["supplier_nouns"]):
            # "..., making it Huawei's largest AI customer", "The deal makes Safaricom the largest
            # customer of Nokia": whom it makes one.
            made = [m for c in [*tok.children, *tok.head.children] if c.dep_ in ("dobj", "nsubj")
                    and tok.head.i < c.i < tok.i for m in self.np_mentions(c, role="object")]
            if made:
                return made
        if tok.dep_ in ("attr", "oprd") and tok.head.lemma_ in ("be", "become", "remain"):
            # "QIA has put money into Anthropic and is an investor in xAI": a coordinated verb's subject.
            return self.clause_subject(tok.head)
        if tok.i >= 2 and tok.tag_ == "NNS" and self.doc[tok.i - 1].lower_ in ("both", "all") \
                and self.doc[tok.i - 2].lemma_ == "be" and self.doc[tok.i - 2].i != tok.head.i:
            # "Google and Meta are both members of DigitalEurope, the trade group whose ...": the
            # parser hung the noun on a later verb; the copula's subject fills it
            return self.clause_subject(self.doc[tok.i - 2])
        if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lemma_ in ("act", "serve", "function") \
                and tok.head.head.pos_ == "VERB":
            # "Marvell ... also acts as a vendor to Microsoft": who acts as one
            return self.clause_subject(tok.head.head)
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and tok.left_edge.i == tok.sent.start and any(c.dep_ == "det" for c in tok.children):
            # "A subsidiary of Istanbul-based Akcay Holding, Tugra is headquartered in ...": a
            # description set before the sentence's subject (the parser seldom sees it as one)
            comma = of.right_edge.i + 1
            m = self.at.get(comma + 1) if comma + 1 < len(self.doc) and self.doc[comma].text == "," else None
            if m is not None and m.start == comma + 1 and m.kind == "name" and m.end < len(self.doc) \
                    and self.doc[m.end].pos_ in ("VERB", "AUX"):
                return [m]
        # "AMD, Nvidia's rival": an apposition the parser attached to the name.
        if tok.i >= 2:
            for child in tok.children:
                if child.dep_ == "det":
                    break
            left = [t for t in tok.lefts]
            start = left[0].i if left else tok.i
            first = self.at.get(start)
            if first is not None and first.start == start and first.kind == "name" and first.end < tok.i \
                    and self.doc[first.end].text == "," and start == tok.sent.start:
                # "Framatome, EDF's nuclear engineering subsidiary, provides ...": the parser made the
                # name a modifier of its own description
                return [first]
            if start > 0 and self.doc[start - 1].text == "," and self.doc[start].lower_ not in _RELATIVES:
                m = self.at.get(start - 2)
                if m is not None and m.kind != "demonym":
                    return [m]
        return []

    def rule_package_lists(self, verb: "Token") -> None:
        """ "The European Union's latest sanctions package listed three Chinese companies,
        including X and Y", "the 14th package targets Z": the package's owner sanctions them."""
        packages = [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in ("package", "round", "list")
                    and any(g.lemma_.lower() in ("sanction", "sanctions") for g in c.children if g.dep_ in ("compound", "amod"))]
        if not packages:
            return
        owners = [m for c in packages[0].children if c.dep_ == "poss" for m in [self.mention_at(c)]
                  if m is not None and m.kind != "demonym" and m.entity.cls in ("Country", "Bloc", "GovernmentBody")]
        # "lists A, B and C, along with D": after a listing verb, "along with" adds to the list
        listed = self.objects(verb, "dobj") + [
            # (hung on the verb, or on a phrase after it: "..., along with D, according to ...")
            m for a in verb.children if a.i > verb.i for c in (a, *a.children)
            if c.dep_ == "prep" and c.lower_ == "along" for w in c.children
            if w.dep_ == "prep" and w.lower_ == "with" for g in w.children if g.dep_ == "pobj"
            for m in self.np_mentions(g, role="object")]
        listed = [m for m in listed if m.entity.cls in ("Company", "Person", "ResearchOrganization", "Country", "GovernmentBody")]
        self.add(owners, "sanctions", listed, 0.8, f"package-lists:{verb.lemma_}", verb)

    def rule_money_went_to(self, verb: "Token") -> None:
        """ "Its first investments, announced the same day, went to Sakana AI, Upstage and Kotoba
        Robotics": whose money went to a firm invests in it."""
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "conj":
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]  # (the parser may split the clause)
        # ("Most of its money went to Mistral AI": the part's whole)
        subjects += [g for c in subjects if c.lemma_.lower() in _FRACTIONS | {"most", "much", "bulk", "part", "half", "majority"}
                     for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of"
                     for g in prep.children if g.dep_ == "pobj"]
        money = [c for c in subjects if c.lemma_.lower() in ("investment", "money", "funding", "capital", "financing")]
        if not money:
            return
        investors = [m for c in money[0].children if c.dep_ == "poss" for m in [self.mention_at(c)]
                     if m is not None and m.kind != "demonym"]
        if money[0].lemma_.lower() != "investment":
            # ("CoreWeave raised $7.5bn; most of its funding went to Nvidia": money a firm raised
            # and spent; only a fund's or a bank's money going somewhere is invested there)
            investors = [m for m in investors if _investor_named(m)]
        targets = [m for m in self.objects(verb, "prep:to") if m.entity.cls in ("Company", "ResearchOrganization")]
        self.add([m for m in investors if m not in targets], "investsIn", targets, 0.75, "money-went-to", verb)

    def rule_comes_from(self, verb: "Token") -> None:
        """ "Saryarka, whose servers come from Chinese manufacturer Inspur", "ABF substrates for
        Nvidia come chiefly from Ibiden and Unimicron": the maker supplies whoever the things are
        for. (Money that comes from someone is investment, not supply: only goods count.)"""
        things = [c for c in verb.children if c.dep_ == "nsubj" and (c.lower_ in _SUPPLIED_GOODS or c.lower_ in _PARTS)]
        suppliers = [m for m in self.objects(verb, "prep:from") if m.entity.cls == "Company"]
        if not things or not suppliers:
            return
        # "Silicon wafers come from Shin-Etsu Chemical, and photoresists from JSR": a gapped second
        # clause, which the parser coordinates with the first maker
        suppliers += [m for s in list(suppliers) for c in self.root(s).children
                      if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i not in self.at
                      for p in c.children if p.dep_ == "prep" and p.lower_ == "from"
                      for g in p.children if g.dep_ == "pobj" for m in self.np_mentions(g, role="object")
                      if m.entity.cls == "Company"]
        thing = things[0]
        owners = [m for c in thing.children if c.dep_ == "poss" and c.lower_ != "whose"
                  for m in [self.mention_at(c)] if m is not None and m.kind != "demonym"]
        if any(c.dep_ == "poss" and c.lower_ == "whose" for c in thing.children) and verb.dep_ == "relcl":
            owners += self.np_mentions(verb.head, role="subject", owners=False)
        # ("substrates for Nvidia's Blackwell come from Ibiden": the product's maker)
        owners += [o for m in self.prep_mentions(thing, ("for",)) for o in [self._maker_for_model(m, known=True)]
                   if o is not None]
        if not owners and verb.dep_ in ("advcl", "conj") and verb.head.i < verb.i \
                and verb.head.lemma_ in ("buy", "purchase", "procure", "source", "import", "obtain"):
            # "It buys optics from Jenoptik ..., while plasma power generators come from MKS": the
            # buyer of the clause the parts' one hangs on
            owners = self.clause_subject(verb.head)
        owners = [m for m in owners if m.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody")
                  and m not in suppliers]
        confidence = 0.75
        if not owners and self._unowned_goods(thing):
            # "Optical transceivers come from Fabrinet": no one's named, so the article's firm's
            owners = self._focus_apart_from(suppliers, verb)
            confidence = 0.6
        self.add(suppliers, "supplies", owners, confidence, "comes-from", verb)

    def rule_makes_for_owner(self, verb: "Token") -> None:
        """ "TSMC manufactures Nvidia's Blackwell chips", "TSMC, which fabricated Qiyuan's first
        chip": who makes another company's product supplies that company."""
        if verb.tag_ == "VBN" and any(c.dep_ == "nsubjpass" and (c.lower_ in _MADE_THINGS or c.lower_ in _UNOWNED_GOODS
                                                                 or c.lower_ == "cabinets")
                                      for c in verb.children):
            # "cold plates for the loops are made for Kuanyin by Asia Vital Components"
            fors = [p for p in verb.children if p.lower_ == "for" and p.dep_ in ("prep", "dative")]
            # (the parser may hang "by" on the customer: "made for Kuanyin by Asia Vital Components")
            bys = [p for h in [verb, *(g for p in fors for g in p.children if g.dep_ == "pobj")]
                   for p in h.children if p.lower_ == "by" and p.dep_ in ("agent", "prep")]
            makers = [m for p in bys for g in p.children if g.dep_ == "pobj"
                      for m in self.np_mentions(g, role="object") if m.entity.cls == "Company"]
            customers = [m for p in fors for g in p.children if g.dep_ == "pobj"
                         for m in self.np_mentions(g, role="object")
                         if m.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody")]
            if not makers and not fors:
                # "HPE's cabinets will be assembled at Jabil's plant": the plant's owner makes them
                # for the goods' owner
                makers = [m for p in verb.children if p.dep_ == "prep" and p.lower_ in ("at", "in")
                          for g in p.children if g.dep_ == "pobj" and g.lemma_ in _PLANT_NOUNS
                          for c in g.children if c.dep_ == "poss" for m in [self.mention_at(c)]
                          if m is not None and m.kind == "name" and m.entity.cls == "Company"]
                goods = next(c for c in verb.children if c.dep_ == "nsubjpass")
                customers = [m for c in goods.children if c.dep_ == "poss" for m in [self.mention_at(c)]
                             if m is not None and m.kind in ("name", "anaphor") and m.entity.cls == "Company"]
                if makers and not customers and self._unowned_goods(goods):
                    customers = self._focus_apart_from(makers, verb)
            self.add([m for m in makers if all(m.entity.iri != c.entity.iri for c in customers)], "supplies",
                     customers, 0.75, f"made-for-by:{verb.lemma_}", verb)
            return
        makers = self.clause_subject(verb)
        for obj in verb.children:
            if obj.dep_ != "dobj":
                continue
            obj = _whole_of_part(obj)  # ("builds about a third of Obsidian's racks")
            if obj.lemma_.lower() not in _MADE_THINGS and not any(
                    m.entity.cls == "AIModel" for m in self.np_mentions(obj, role="object", owners=False)):
                continue
            owners = [m for c in obj.children if c.dep_ == "poss" for m in [self.mention_at(c)]
                      if m is not None and m.kind == "name" and m.entity.cls == "Company"]
            self.add([m for m in makers if m.entity.cls == "Company" and m not in owners], "supplies", owners, 0.8,
                     f"makes-for-owner:{verb.lemma_}", verb)
            if verb.tag_ != "VBN" and obj.lemma_.lower() in _MADE_THINGS:
                # "Broadcom, which designs custom AI chips for Google and Meta", "makes servers for
                # Microsoft": whom the things are made for buys them.
                customers = [m for h in (verb, obj) for p in h.children if p.dep_ == "prep" and p.lower_ == "for"
                             for c in p.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")
                             if m.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody")]
                self.add([m for m in makers if m.entity.cls == "Company"], "supplies", customers, 0.75,
                         f"makes-for:{verb.lemma_}", verb)

    def rule_delivery_noun(self, tok: "Token") -> None:
        """ "SK Hynix has begun volume shipments of its HBM4 stacks to Nvidia", "Samsung's
        deliveries to AMD": who ships (the owner, else the clause's subject) supplies whom. A
        restricted shipment is a sanction's business (rule_trade_restriction), not a sale."""
        if tok.head.lemma_ in _TRADE_RESTRICTING_VERBS:
            return
        holders = [tok] + [g for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
                           for g in prep.children if g.dep_ == "pobj"]
        if tok.dep_ == "dobj" and (any(c.dep_ == "poss" for c in tok.children) or tok.head.lemma_ in (
                "begin", "start", "resume", "complete", "increase", "expand", "double", "boost")):
            # "Bafa cleared Aixtron's shipments of tools to San'an", "has begun volume shipments of its
            # HBM4 memory to Nvidia": "to" on the verb
            holders.append(tok.head)
        customers = [m for h in holders for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "to"
                     for c in prep.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")
                     if m.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody")]
        if not customers:
            return
        owners = [m for c in tok.children if c.dep_ == "poss" for m in [self.mention_at(c)] if m is not None]
        if not owners and tok.dep_ == "dobj":
            owners = [m for m in self.clause_subject(tok.head) if m.entity.cls in ("Company", "ResearchOrganization")]
        self.add(owners, "supplies", customers, 0.8, f"noun:{tok.lemma_.lower()}", tok)

    def rule_picked_to_supply(self, verb: "Token") -> None:
        """ "Galaxy Backbone picked Huawei to supply the equipment", "Lite-On was picked by Kuanyin
        to supply battery units", "was selected to supply battery units for the racks": the one
        picked supplies whoever picked it (the article's firm, for goods that point back)."""
        task = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.lemma_ in _PICKED_FOR_TASKS
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if task is None:
            # "Sopra Steria has been hired by Cassiopee as integrator"
            task = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                         if g.dep_ == "pobj" and g.lemma_.lower() in _PICKED_AS_ROLES), None)
        if task is None or any(c.dep_ == "dobj" and (c.lemma_.lower() in ("model", "chatbot", "llm", "assistant") or any(
                m.entity.cls == "AIModel" for m in self.np_mentions(c, role="object"))) for c in task.children):
            return  # (a model built under a state programme is no sale: "selected Kestrel Labs to build a model")
        if any(c.dep_ == "auxpass" for c in verb.children):
            suppliers = [m for c in verb.children if c.dep_ == "nsubjpass" for m in self.np_mentions(c, role="subject")]
            buyers = self.objects(verb, "prep:by")
            if not buyers and any(c.dep_ == "dobj" and self._goods_pointing_back(c) for c in task.children):
                buyers = self._focus_apart_from(suppliers, verb)
        else:
            suppliers = [m for c in verb.children if c.dep_ == "dobj" for m in self.np_mentions(c, role="object")]
            buyers = self.clause_subject(verb)
        suppliers = [m for m in suppliers if m.entity.cls == "Company"]
        if task.pos_ == "VERB" and task.lemma_ in ("supply", "provide", "deliver", "ship"):
            # "was picked to supply speech data to Meta": whom the goods go to
            buyers = [m for m in self.objects(task, "prep:to")
                      if m.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody")] or buyers
        buyers = [m for m in buyers if m.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody")
                  and all(m.entity.iri != s.entity.iri for s in suppliers)]
        self.add(suppliers, "supplies", buyers, 0.75, f"picked-to:{task.lemma_}", verb)

    def rule_subscribes(self, verb: "Token") -> None:
        """ "BNDESPar subscribed R$1.1 billion in new shares of Scala", "subscribed to Scala's
        capital increase": who subscribes to a firm's shares invests in it."""
        # (the verb's own object or "to"/"for"/"in" phrase: not "subscribes to Microsoft's Copilot offering")
        near = [c for c in verb.children if c.dep_ == "dobj"] + [g for p in verb.children if p.dep_ == "prep"
                                                                 and p.lower_ in ("to", "for", "in")
                                                                 for g in p.children if g.dep_ == "pobj"]
        targets = [m for t in [*near, *(g for n in near for g in n.subtree if g.dep_ == "pobj")]
                   if t.lemma_ in _SUBSCRIBED_NOUNS
                   for m in [*(self.mention_at(c) for c in t.children if c.dep_ == "poss"),
                             *(x for p in t.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
                               for g in p.children if g.dep_ == "pobj" for x in self.np_mentions(g, role="object"))]
                   if m is not None and m.kind in ("name", "anaphor") and m.entity.cls in ("Company", "ResearchOrganization")]
        if not targets and verb.dep_ == "relcl" and verb.head.lemma_ in ("placement", "round", "offering", "increase", "issue"):
            # "It raised RM1.2 billion in a private placement in which the Kuwait Investment Authority
            # subscribed for shares": the firm that raised the money
            round_noun = verb.head
            raising = round_noun.head.head if round_noun.dep_ == "pobj" else round_noun.head
            if raising.pos_ == "VERB" and raising.lemma_ in ("raise", "complete", "close", "launch", "conduct"):
                targets = [m for m in self.clause_subject(raising) if m.entity.cls in ("Company", "ResearchOrganization")]
        subscribers = [m for m in self.clause_subject(verb) if m.kind != "demonym"]
        self.add([m for m in subscribers if all(m.entity.iri != t.entity.iri for t in targets)], "investsIn", targets,
                 0.8, "subscribes", verb)

    def rule_stake_sale_noun(self, tok: "Token") -> None:
        """ "the sale of a 40% stake in Atalaya Cloud to KKR and to Pontegadea": the buyers invest in
        the firm the stake is in."""
        stakes = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj" and g.lemma_ in _EQUITY_NOUNS]
        if not stakes:
            return
        held = [m for p in stakes[0].children if p.dep_ == "prep" and p.lower_ == "in" for c in p.children
                if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")
                if m.entity.cls in ("Company", "ResearchOrganization")]
        # (the parser may hang "to" on the verb that has the sale: "has closed the sale of ... to KKR")
        holders = [tok, stakes[0], *(c for p in stakes[0].children if p.lower_ == "in" for c in p.children)]
        holders += [tok.head] if tok.dep_ == "dobj" else []
        tos = [p for h in holders for p in h.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"]
        tos += [c for p in tos for c in p.conjuncts if c.lower_ == "to"]  # "to KKR and to Pontegadea"
        buyers = [m for p in tos for c in p.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")
                  if m.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody", "Country")]
        self.add([b for b in buyers if all(b.entity.iri != h.entity.iri for h in held)], "investsIn", held, 0.8,
                 f"stake-sale:{tok.lemma_}", tok)

    def rule_ownerless_customers(self, tok: "Token") -> None:
        """ "Customers include Nebius and Bank Leumi", "Standard Bank and Vodacom are paying
        customers": customers nobody is named to own are the customers of the firm the article is
        about, else of the one the paragraph is about (a subject it keeps referring to: a digest's
        item)."""
        # ("Standard Bank and Vodacom are paying customers": the tagger may take "paying" for the verb)
        paying = tok.dep_ == "dobj" and tok.head.lower_ == "paying" and tok.i == tok.head.i + 1 and tok.tag_ == "NNS" \
            and any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.head.children)
        if not paying and (tok.dep_ not in ("nsubj", "attr") or tok.head.lemma_ not in ("include", "be", "comprise")) \
                or self._owner(tok) or any(c.dep_ in ("poss", "prep", "relcl", "acl") or c.lower_ in ("these", "those", "such", "the")
                                           or c.dep_ in ("compound", "amod", "nmod") and (c.i in self.at or c.ent_type_)
                                           for c in tok.children):
            return  # ("its customers", "customers of Nvidia", "customers such as ...", "Nvidia customers")
        if any(c.lower_ in _NOT_CURRENT for c in tok.children):
            return  # ("Potential customers include Microsoft": prospects)
        if tok.dep_ == "attr" and tok.tag_ == "NN" and not any(c.lower_ in ("a", "an") for c in tok.children):
            return
        fillers = [m for m in (self.clause_subject(tok.head) if paying else self._fillers(tok))
                   if m.entity.cls in _CUSTOMER_CLASSES and m.kind != "demonym"]
        if not fillers:
            return
        if tok.head.dep_ == "ccomp" and tok.head.head.lemma_ == "say":
            # "Lumora Metrology ... says SK Hynix and Micron are both customers": the firm that says so
            # (the parser may lose the sayer when a description comes between: the sentence's first
            # name, set off by a comma; not "Morgan Stanley analysts say")
            first = self.at.get(tok.sent.start)
            if first is not None and not (first.end < len(self.doc) and self.doc[first.end].text == ","):
                first = None
            sayers = [m for m in self.clause_subject(tok.head.head) or ([first] if first is not None else [])
                      if m.entity.cls in ("Company", "ResearchOrganization") and m.kind == "name"
                      and self.root(m).dep_ not in ("compound", "poss", "nmod")]
            if sayers:
                self.add(sayers[:1], "supplies", [f for f in fillers if f.entity.iri != sayers[0].entity.iri], 0.6,
                         "ownerless-customers", tok)
                return
        start = self._paragraph_start(self.doc[tok.sent.start])
        firms = [m for m in self.mentions if start <= m.start < tok.sent.start and m.kind in ("name", "anaphor")
                 and m.entity.cls in ("Company", "ResearchOrganization") and self.root(m).dep_ in ("nsubj", "nsubjpass")
                 and self._main_clause_subject(m) and not self._investor_like(m, "company")
                 # (nor one that "led the round")
                 and self.root(m).head.lemma_ not in ("lead", "invest", "back", "fund", "join", "participate")]
        if firms:
            # (the one the paragraph keeps referring to: "Naspers Foundry led the round ... The company
            # trains speech models ... the startup rents its GPUs")
            told = [m.entity.iri for m in self.mentions if start <= m.start < tok.i]
            firms = [max(firms, key=lambda m: (told.count(m.entity.iri), -m.start))]
        # (the article's firm only where the paragraph names it or has no firm of its own: "Lambda,
        # a cloud rival, raised $480mn. Customers include Sony" in a story about Nvidia)
        focus = self.article_focus()
        if focus is not None and firms and not any(m.entity.iri == focus.entity.iri for m in self.mentions
                                                   if start <= m.start < tok.i):
            focus = None
        owner = focus or (firms[0] if firms else None)
        if owner is None or any(owner.entity.iri == f.entity.iri for f in fillers):
            return
        self.add([owner], "supplies", fillers, 0.6, "ownerless-customers", tok)

    def rule_relational_noun(self, tok: "Token", relation: str, *, owner_first: bool) -> None:
        if tok.i in self.at and tok.text[:1].isupper():
            return  # the last word of a name ("Avtonom Lab, a Tomsk developer"), not a relation
        if tok.dep_ == "pobj" and tok.head.lower_ in ("among", "as") and tok.head.head.lemma_ == "count" and any(
                c.trigger.i == tok.head.head.i and c.rule.startswith("counts-as") for c in self.out):
            return  # "counts Wistron and Foxconn among its shareholders": rule_counts_as has read it
        owners, fillers = self._owner(tok), self._fillers(tok)
        owners = [o for o in owners if o not in fillers]
        if tok.dep_ == "pobj" and tok.head.lower_ in ("among", "as") and tok.head.head.lemma_ == "count":
            # "Anvaya counts HDFC Bank and Tata Consumer Products among its customers": "its" is not
            # one of the firms counted
            counted = {m.entity.iri for c in tok.head.head.children if c.dep_ == "dobj"
                       for t in c.subtree if (m := self.at.get(t.i)) is not None}
            owners = [o for o in owners if o.entity.iri not in counted]
        if relation == "subsidiaryOf" and tok.tag_ == "NN" and len({f.entity.iri for f in fillers}) > 1:
            return  # "Amazon.com Inc.'s cloud unit, Google and Microsoft are racing": a list, not one unit
        if relation == "subsidiaryOf" and not owner_first and not owners and tok.tag_ == "NN" \
                and tok.lemma_.lower() in ("unit", "subsidiary", "arm", "division", "branch", "affiliate") and not any(
                c.dep_ in ("poss", "prep") or c.lower_ in _UNSETTLED_DESCRIPTION for c in tok.children):
            # "Screen Semiconductor Solutions, a wholly owned subsidiary": a unit said to be owned by no
            # one named is the firm whose name begins its own, named before it
            owners = [self._parent_by_name(f, tok) for f in fillers]
            owners = [o for o in owners if o is not None]
        if relation == "subsidiaryOf" and tok.tag_ == "NN" and tok.dep_ == "appos" and len(owners) > 1 \
                and tok.lemma_.lower() in _ONE_PARENT_UNITS | {"branch", "affiliate"}:
            # "backed by Lux Capital, Samsung Catalyst Fund, the venture arm of Samsung Electronics,
            # Temasek and Fidelity": one unit's owner, then the list it sits in goes on
            # (the parser may hang that owner's name anywhere in the list: take the name after "of")
            owners = [next((m for k in range(p.i + 1, min(p.i + 5, len(self.doc))) for m in [self.at.get(k)]
                            if m is not None and m.kind == "name"
                            and m.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody")), None)
                      for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"]
            owners = [m for m in owners if m is not None][:1]
        if relation == "competesWith" and not owners and tok.tag_ == "NNS" and tok.dep_ == "attr" \
                and len({f.entity.iri for f in fillers}) > 1:
            # "Quanta Computer and Foxconn are rivals for almost every hyperscale order": each other's
            self.pairwise(fillers, relation, 0.8, f"noun:{tok.lemma_.lower()}", tok)
            return
        if owner_first:
            self.add(owners, relation, fillers, 0.85, f"noun:{tok.lemma_.lower()}", tok)
        else:
            self.add(fillers, relation, owners, 0.85, f"noun:{tok.lemma_.lower()}", tok)

    def _parent_by_name(self, unit: "Mention", before: "Token") -> "Mention | None":
        """The latest firm named before `before` whose name's first word begins the unit's longer
        name ("Screen Holdings" for "Screen Semiconductor Solutions")."""
        words = unit.entity.label.split()
        if unit.entity.known or len(words) < 2 or unit.entity.cls != "Company":
            return None
        # (a parent's rest is company words, "Chenghua Technology" for "Chenghua Vietnam"; not a sister
        # unit's, "Hanwha Systems" for "Hanwha Vision", nor a site's, "Nordlys Kajaani")
        def parent_like(label: list[str]) -> bool:
            return set(label[1:]) <= COMPANY_WORDS and (len(label) < len(words) or not set(words[1:]) <= COMPANY_WORDS)
        return next((m for m in reversed(self.mentions) if m.start < before.i and m.kind == "name"
                     and m.entity.cls == "Company" and m.entity.iri != unit.entity.iri
                     and m.entity.label.split()[0] == words[0] and len(m.entity.label.split()) <= len(words)
                     and parent_like(m.entity.label.split())), None)

    def rule_partnership(self, tok: "Token") -> None:
        lemma = tok.lemma_.lower()
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_ in _ENDING_VERBS or tok.dep_ == "pobj" \
                and tok.head.lower_ == "of" and tok.head.head.lemma_ in ("pull", "exit", "withdraw", "back"):
            # "after the firm documented that it had cut all ties with Sever Electronics", "the
            # partnership with Lumo was terminated", "pulled out of the partnership": no longer partners
            return
        if _enforcement_deal(tok):
            # "the Justice Department reached a deferred-prosecution agreement with Cobalt Ridge":
            # an enforcement settlement regulates the firm; it makes no partners
            withs = self.prep_mentions(tok, ("with",))
            if not withs and tok.dep_ == "dobj":
                withs = self.objects(tok.head, "prep:with")
            sides = (self.clause_subject(tok.head) if tok.dep_ == "dobj" else []) + withs
            self.add([m for m in sides if m.entity.cls == "GovernmentBody"], "regulates",
                     [m for m in sides if m.entity.cls == "Company"], 0.75, f"noun:{lemma}", tok)
            return
        if lemma in ("agreement", "deal", "contract") and (
                self._supply_deal(tok) or self._government_contract(tok) or self._cloud_deal(tok)):
            return  # "chip deals with Nvidia and AMD": a purchase (rule_supply_shapes), not a partnership
        parents = self.prep_mentions(tok, ("of",)) if lemma == "venture" else []
        if len(parents) > 1:
            # "AdaniConneX, the joint venture of Adani Enterprises and EdgeConneX": the parents
            # are partners; the venture is neither's partner
            self.pairwise(parents, "partnersWith", 0.85, f"noun:{lemma}", tok)
            return
        withs = self.prep_mentions(tok, ("with",))
        if not withs and tok.dep_ == "dobj" and tok.head.lemma_ in _AGREEING_VERBS:
            # "Indosat has signed an agreement with Nvidia": "with" hung on the verb.
            withs = self.prep_mentions(tok.head, ("with",))
        between = self.prep_mentions(tok, ("between", "among"))
        if len(between) > 1:
            self.pairwise(between, "partnersWith", 0.85, f"noun:{lemma}", tok)
        if withs:
            owners = self._owner(tok) or self.clause_subject(tok)
            # "its Sahabat-AI model, built in partnership with GoTo": the model's owner is the partner.
            owners = [self._possessor_of_model(m) or m if m.entity.cls == "AIModel" else m for m in owners]
            self.add(owners, "partnersWith", withs, 0.85, f"noun:{lemma}", tok)
        elif len(between) < 2 and lemma in ("partnership", "venture", "alliance", "collaboration", "memorandum", "pact"):
            # "OpenAI, SoftBank and Oracle ... Stargate, their joint venture"; "Microsoft and G42
            # announced a partnership": the partners are the coordinated subject.
            theirs = any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children)
            if theirs or tok.dep_ == "dobj":
                group = self.clause_subject(tok)
                if len(group) > 1:
                    self.pairwise(group, "partnersWith", 0.8, f"noun:{lemma}", tok)

    def _plural_reference(self, tok: "Token", subjects: list["Mention"]) -> list["Mention"]:
        """ "both", "both of them", "the other three", "all four": the names named last before
        tok in its sentence (or the one before), of the subjects' class and not the subjects."""
        count = 2 if tok.lower_ == "both" else None
        if count is None and any(c.lower_ == "other" for c in tok.children):
            nums = [c for c in tok.children if c.dep_ == "nummod"] + ([tok] if tok.pos_ == "NUM" else [])
            words = {"two": 2, "three": 3, "four": 4, "five": 5}
            count = next((words.get(n.lower_) for n in nums if n.lower_ in words), None)
        if count is None or not subjects:
            return []
        own = {m.entity.iri for m in subjects}
        cls = {m.entity.cls for m in subjects}
        sents, here = self._sentence_of(tok.i)
        pool = []
        for sent in reversed(sents[max(0, here - 1):here + 1]):
            for m in reversed(self.sent_mentions(sent)):
                if m.end <= tok.i and m.entity.iri not in own and m.entity.cls in cls and m.kind in ("name", "anaphor") \
                        and not self.is_modifier(m) and m.entity.iri not in {x.entity.iri for x in pool}:
                    pool.append(m)
            if len(pool) >= count:
                break
        return pool[:count] if len(pool) >= count else []

    def _possessor_of_model(self, m: "Mention") -> "Mention | None":
        """ "its Sahabat-AI language model", "Meta's Llama": whose the named model is."""
        noun = self.root(m)
        while noun.dep_ == "compound" and noun.head.i != noun.i:
            noun = noun.head
        owner = next((self.mention_at(c) for c in noun.children if c.dep_ == "poss"), None)
        return owner if owner is not None and owner.entity.cls in ("Company", "ResearchOrganization") else None

    def _regulated_in(self, tok: "Token") -> list["Mention"]:
        """Who an inquiry's object is about: the subject of a "whether"/"how" clause ("whether SK
        Hynix and Samsung coordinated prices"), or the parties of a deal ("the agreement between
        AWS and Jabuti AI", "the acquisition of Lindiwe by MTN")."""
        if tok.pos_ in ("VERB", "AUX"):
            return [m for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")
                    for m in self.np_mentions(c, role="subject")]
        if tok.lemma_.lower() in _BUYING_NOUNS:
            # "cleared the acquisition of Lindiwe by MTN", "approved Humain's purchase of Wadi
            # Vision": the buyer is the one whose deal is reviewed, not the firm it buys.
            agents = [p for p in tok.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"]
            if not agents and tok.dep_ == "dobj":
                agents = [p for p in tok.head.children if p.dep_ in ("prep", "agent") and p.lower_ == "by" and p.i > tok.i]
            buyers = [m for p in agents for c in p.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")]
            buyers += [m for c in tok.children if c.dep_ == "poss" for m in [self.mention_at(c)]
                       if m is not None and m.kind != "demonym"]
            if buyers:
                return buyers
        if tok.lemma_.lower() in _DEAL_NOUNS:
            return [m for prep in tok.children if prep.dep_ in ("prep", "agent") and prep.lower_ in ("between", "of", "by")
                    for c in prep.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")]
        if tok.lemma_.lower() in _APPLICATION_NOUNS:
            # "approved an application by du to offer cloud services", "rejected Meta's request":
            # whoever applied
            return [m for prep in tok.children if prep.dep_ in ("prep", "agent") and prep.lower_ in ("by", "from")
                    for c in prep.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")] + [
                m for c in tok.children if c.dep_ == "poss" for m in [self.mention_at(c)]
                if m is not None and m.kind != "demonym"]
        return []

    def rule_transaction_noun(self, tok: "Token", relation: str, preps: tuple[str, ...]) -> None:
        """"X's acquisition of Y", "an investment by X in Y", "X made an investment in Y"."""
        lemma = tok.lemma_.lower()
        inside = self.at.get(tok.i)
        if inside is not None and inside.kind == "name" and inside.start < tok.i:
            return  # "the Agency for the Supervision of Artificial Intelligence": a word of a name
        if relation == "investsIn" and lemma in _EQUITY_NOUNS and tok.dep_ == "dobj" \
                and tok.head.lemma_ in ("sell", "divest", "offload", "unload", "exit", "dump") \
                and any(c.dep_ == "poss" for c in tok.children):
            # "Falaj has also sold its 30 percent stake in Tianyun Data": no longer its investment
            # (who sells "a minority stake" keeps the rest)
            return
        targets = self.prep_mentions(tok, preps)
        if targets and relation == "investsIn" and tok.dep_ == "dobj":
            # "holds stakes in GlobalFoundries, the ... chipmaker, and in Anthropic": the second "in"
            # made a conjunct of the verb
            targets += [m for c in tok.head.children if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ in preps
                        for g in c.children if g.dep_ == "pobj" for m in self.np_mentions(g, role="object")]
        holders = [tok] + ([tok.head] if tok.dep_ == "dobj" and relation in ("regulates", "investsIn") else [])
        if not targets and relation == "investsIn" and tok.dep_ == "dobj" \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.head.children):
            # "Safaricom, the operator in which Vodacom holds a stake": the parser hangs the holder on
            # "in" beside "which"; the holder invests in what "which" stands for.
            for prep in tok.head.children:
                pobjs = [c for c in prep.children if c.dep_ == "pobj"] if prep.dep_ == "prep" and prep.lower_ in preps else []
                owner = self._relative(pobjs[0]) if len(pobjs) > 1 and pobjs[0].lower_ == "which" else None
                if owner is not None:
                    investors = [m for c in pobjs[1:] for m in self.np_mentions(c, role="subject")]
                    self.add(investors, relation, [owner], 0.85, f"noun:{lemma}", tok)
                    return
        if relation == "investsIn" and tok.dep_ == "relcl":
            # "Jio Platforms, in which Google and Meta hold stakes": the verb read as a compound of
            # the stakes, its subject hung on the verb
            verbs = [c for c in tok.children if c.dep_ == "compound" and c.lemma_ in ("hold", "have", "own", "take")]
            whiches = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in preps
                       for g in p.children if g.dep_ == "pobj" and g.lower_ == "which"]
            owner = self._relative(whiches[0]) if verbs and whiches else None
            if owner is not None:
                investors = [m for v in verbs for c in v.children if c.dep_ == "nsubj"
                             for t in [c, *c.conjuncts] for m in self.np_mentions(t, role="subject")]
                self.add(investors, relation, [owner], 0.85, f"noun:{lemma}", tok)
                return
        if not targets and len(holders) > 1:
            # "opened an investigation into X": the parser hangs the preposition on the verb.
            targets = [m for prep in tok.head.children if prep.dep_ == "prep" and prep.lower_ in preps and prep.lower_ != "of"
                       for c in prep.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")]
        if not targets and relation == "regulates":
            # "an investigation into Meta's AI assistant": the product's owner is investigated.
            targets = [m for h in holders for prep in h.children if prep.dep_ == "prep" and prep.lower_ in preps
                       for c in prep.children if c.dep_ == "pobj" for g in c.children if g.dep_ == "poss"
                       for m in [self.mention_at(g)] if m is not None and m.kind != "demonym"]
        if not targets and relation == "regulates":
            # "an inquiry into whether Microsoft's bundling ...", "a probe into the agreement between
            # AWS and Jabuti AI", "an assessment of how Meta's assistant handles ...".
            targets = [m for h in holders for prep in h.children if prep.dep_ == "prep" and prep.lower_ in preps
                       for c in prep.children if c.dep_ in ("pobj", "pcomp") for m in self._regulated_in(c)]
        if not targets and relation == "regulates" and tok.dep_ == "pobj" and tok.head.lower_ == "under":
            # "OpenAI is under investigation by the Garante".
            regulators = [m for prep in tok.children if prep.dep_ in ("prep", "agent") and prep.lower_ == "by"
                          for c in prep.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")]
            self.add(regulators, relation, self.clause_subject(tok.head.head), 0.85, f"noun:under-{lemma}", tok)
            return
        if not targets and relation == "investsIn" and tok.dep_ == "dobj":
            # "a Kenyan cloud operator in which MGX acquired a minority stake".
            targets = [m for prep in tok.head.children if prep.dep_ == "prep" and prep.lower_ in preps
                       for c in prep.children if c.dep_ == "pobj" and c.lower_ == "which"
                       for m in [self._relative(c)] if m is not None]
        if relation == "regulates":
            # "an investigation into Microsoft's partnership with Fenwright AI": both partners (a
            # firm's agreements or contracts with others are its own conduct under review)
            targets += [m for t in list(targets) if self.root(t).dep_ == "poss"
                        for c in [self.root(t).head] if c.lemma_.lower() in ("partnership", "tie-up", "alliance")
                        for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "with"
                        for g in prep.children if g.dep_ == "pobj" for m in self.np_mentions(g, role="object")
                        if m not in targets]
        if not targets:
            return
        # ("its purchase of Telenor Pakistan from Norway's Telenor": who sells is not the buyer)
        actor_preps = ("by",) if relation == "acquires" else ("by", "from")
        actors = [m for prep in tok.children if prep.dep_ in ("prep", "agent") and prep.lower_ in actor_preps
                  for c in prep.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")]
        if not actors:
            for child in tok.children:
                if child.dep_ in ("poss", "compound", "nmod", "amod"):
                    m = self.mention_at(child)
                    if m is not None and m not in targets:
                        actors = [m]
                        break
        if not actors and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
            # "the regulator cleared MGX's purchase of a 25% stake in Thameside": the buyer is the
            # purchase's owner, not the clause's subject.
            actors = [m for c in tok.head.head.children if c.dep_ in ("poss", "compound")
                      for m in [self.mention_at(c)] if m is not None and m.kind != "demonym"]
            self.add(actors, relation, targets, 0.85, f"noun:{lemma}", tok)
            return
        if not actors and relation == "acquires" and tok.dep_ == "dobj":
            # "cleared the acquisition of Mirae Vision by Hanwha Systems": the parser hangs "by"
            # on the verb; the buyer, not the clause's subject (the regulator).
            actors = [m for prep in tok.head.children if prep.dep_ in ("prep", "agent") and prep.lower_ == "by"
                      and prep.i > tok.i for c in prep.children if c.dep_ == "pobj"
                      for m in self.np_mentions(c, role="object")]
        if not actors and tok.dep_ in ("dobj", "attr", "pobj", "nsubjpass"):
            actors = self.clause_subject(tok.head)
        if relation == "investsIn" and actors:
            # "took a stake in Lattice Forge, ..., alongside Andreessen Horowitz"
            actors = actors + [m for m in self._alongside([tok, tok.head, *(self.root(t) for t in targets)])
                               if m not in targets and m not in actors]
        self.add(actors, relation, targets, 0.85, f"noun:{lemma}", tok)

    def rule_sanction_noun(self, tok: "Token", relation: str = "sanctions") -> None:
        lemma = tok.lemma_.lower()
        p = self.p
        export_rule = lemma in ("rule", "requirement", "regime", "licensing", "curb", "control")
        if export_rule and lemma != "curb" and not any(
                c.lemma_.lower() in ("export", "export-licensing", "licensing") or c.lower_.startswith("export")
                for c in tok.children):
            return  # "export controls", "export-licensing rules"; not "rules" in general
        # Who imposes: "Western sanctions", "U.S. export controls", "sanctions by the EU".
        sanctioners: list[Mention] = []
        for child in tok.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod"):
                m = self.mention_at(child)
                if m is not None:
                    # "US and EU sanctions": every coordinated modifier imposes them.
                    sanctioners = [m] + [self.mention_at(c) for c in child.children
                                         if c.dep_ == "conj" and self.mention_at(c) is not None]
                    break
                for grand in child.children:
                    if grand.dep_ in ("amod", "compound", "poss", "nmod") and self.mention_at(grand):
                        sanctioners = [self.mention_at(grand)]
                        break
        # "under sanctions", "under blocking sanctions" (the parser makes "blocking" a verb)
        suffering = tok.head if tok.dep_ == "pobj" and tok.head.lower_ in p["sanction_suffering_preps"] else (
            tok.head.head if tok.dep_ == "dobj" and tok.head.dep_ == "pcomp"
            and tok.head.head.lower_ in p["sanction_suffering_preps"] else None)
        if suffering is None and tok.dep_ == "conj":
            # "under U.S., EU and British sanctions": the parser makes the first name the object of
            # "under" and the sanctions its last conjunct; every name of the list imposes them.
            first = tok.head
            while first.dep_ == "conj":
                first = first.head
            if first.dep_ == "pobj" and first.head.lower_ in p["sanction_suffering_preps"] \
                    and self.mention_at(first) is not None:
                suffering = first.head
                sanctioners += [m for t in (first, *first.conjuncts) if t.i != tok.i
                                for m in [self.mention_at(t)] if m is not None and m not in sanctioners]
        if not sanctioners:
            # "sanctions by the EU", "under sanctions of the United States and the European Union".
            preps = ("by", "from", "of") if suffering is not None else ("by", "from")
            sanctioners = [m for prep in tok.children if prep.dep_ in ("prep", "agent") and prep.lower_ in preps
                           for c in prep.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")]
        if not sanctioners and tok.dep_ == "dobj" and tok.head.lemma_ in p["sanction_imposing_verbs"]:
            sanctioners = self.clause_subject(tok.head)
        if not sanctioners and tok.dep_ == "nsubjpass" and tok.head.lemma_ in p["sanction_imposing_verbs"]:
            sanctioners = self.objects(tok.head, "prep:by")
        if not sanctioners and self._mention_before(tok):
            sanctioners = [self._mention_before(tok)]
        # "sanctions imposed by the United States on Huawei", "restrictions that the United
        # States has imposed on Huawei": the imposing clause names both sides.
        imposing = [c for c in tok.children if c.dep_ in ("acl", "relcl") and c.lemma_ in p["sanction_imposing_verbs"]]
        for clause in imposing:
            if not sanctioners:
                sanctioners = self.objects(clause, "prep:by") or [
                    m for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in _RELATIVES
                    for m in self.np_mentions(c, role="subject")]
        # "its 18th package of sanctions against Russia": the package's owner imposes them.
        holder = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
        if not sanctioners and holder is not None and holder.pos_ == "NOUN":
            sanctioners = [m for c in holder.children if c.dep_ in ("poss", "compound", "amod")
                           for m in [self.mention_at(c)] if m is not None]
            if not sanctioners and holder.dep_ == "dobj" and holder.head.lemma_ in p["sanction_imposing_verbs"]:
                sanctioners = self.clause_subject(holder.head)  # "EU ambassadors approved a package of sanctions"
        # Who is hit: "sanctions on Russia", "controls against China", "sanctions targeted Russia",
        # "despite Western sanctions" (the subject of the clause), "Russia faces sanctions".
        targets: list[Mention] = []
        holders = [tok] + ([tok.head] if tok.dep_ == "dobj" else []) + imposing
        for holder in holders:
            # "sanctions on Rubikon Avtomatika, ..., and on Iran's Shahed": coordinated prepositions too.
            for prep in [p for c in holder.children for p in [c, *(c.conjuncts if c.dep_ == "prep" else ())]]:
                if prep.dep_ in ("prep", "conj") and (prep.lower_ in ("on", "against", "targeting", "to")
                                            or prep.lower_ == "for" and export_rule
                                            or prep.lower_ == "of" and lemma in ("blacklisting", "designation")):
                    for pobj in prep.children:
                        if pobj.dep_ != "pobj":
                            continue
                        found = self.np_mentions(pobj, role="object") or self._country_of_group(pobj)  # "on Iranian drone makers"
                        if not found and pobj.lemma_ not in _OCCASION_NOUNS:  # "restrictions on exports to China"
                            found = [m for sub in pobj.children if sub.dep_ == "prep" and sub.lower_ in ("to", "of", "from")
                                     for c in sub.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")]
                        targets += found
        for child in tok.children:
            if child.dep_ == "acl" and child.lemma_ in ("target", "hit", "affect"):
                targets += self.objects(child, "dobj")
        if not targets and tok.dep_ == "nsubj" and tok.head.lemma_ in p["sanction_noun_verbs"] \
                and not any(m.entity.cls in ("Country", "Region") for m in self._sold_to(tok.head)):
            # (not "US export controls bar Nvidia from selling chips to China": China is the
            # target, which rule_verb reads)
            for child in tok.head.children:
                if child.dep_ == "dobj":
                    targets += self.np_mentions(child, role="object") or [
                        self.at[t.i] for t in child.subtree if t.i in self.at and self.at[t.i].kind != "demonym"][:1]
        if not targets and suffering is not None:
            # "the Dutch company's China business is shrinking under export restrictions": the
            # market the business is in, not the company
            targets = [m for c in suffering.head.children if c.dep_ in ("nsubj", "nsubjpass")
                       for g in c.children if g.dep_ in ("compound", "nmod")
                       for m in [self.mention_at(g)] if m is not None and m.entity.cls == "Country"]
            if not targets and suffering.head.pos_ in ("PROPN", "NOUN"):
                # "The Russian Direct Investment Fund, itself under U.S. sanctions, ...": the name
                # the phrase hangs on.
                targets = [m for m in [self.mention_at(suffering.head)] if m is not None and m.kind != "demonym"]
            targets = targets or self.clause_subject(suffering.head)
            if not targets:
                # "Russian companies have been working under Western sanctions": the country.
                targets = [m for c in suffering.head.children if c.dep_ in ("nsubj", "nsubjpass")
                           for m in self._country_of_group(c)]
        if not targets and tok.dep_ == "pobj" and (
                tok.head.lower_ == "with" and tok.head.head.lemma_ in ("hit", "slap", "target", "punish")
                or tok.head.lower_ == "to" and tok.head.head.lower_ == "subject"):
            # "Kestrel Labs was hit with American sanctions", "X, which is subject to U.S. export controls"
            # (but "Nvidia chips have been subject to U.S. export controls to China": the country
            # the exports go to, hung on "subject").
            targets = [m for p in tok.head.head.children if p.dep_ == "prep" and p.lower_ == "to" and p.i != tok.head.i
                       for c in p.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")
                       if m.entity.cls in ("Country", "Region")] or self.clause_subject(tok.head.head)
        if not targets and tok.dep_ == "compound" and tok.head.dep_ == "nsubj" \
                and tok.head.head.lemma_ in p["sanction_noun_verbs"]:
            # "The EU's 14th sanctions package targets Xinrui Electronics".
            targets = [m for c in tok.head.head.children if c.dep_ == "dobj" for m in self.np_mentions(c, role="object")]
            if not sanctioners:
                sanctioners = [m for c in tok.head.children if c.dep_ == "poss" for m in [self.mention_at(c)] if m]
        if not targets and tok.dep_ == "dobj" and tok.head.lemma_ in p["sanction_suffering_verbs"]:
            targets = self.clause_subject(tok.head)
        self.add(sanctioners, relation, targets, 0.85, f"noun:{lemma}", tok)

    def _sold_to(self, verb: "Token") -> list["Mention"]:
        """Whom a restriction keeps goods from: "bar Nvidia from selling H20 chips to China"."""
        return [m for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                for g in c.children if g.dep_ == "pcomp" and g.lemma_ in ("sell", "export", "ship", "supply")
                for p in g.children if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "in")
                for o in p.children if o.dep_ == "pobj" for m in self.np_mentions(o, role="object")
                # (not "bar Huawei from selling 5G gear in Europe": a market, not a sanctioned state)
                if m.entity.cls == "Country" or p.lower_ == "to" and m.entity.cls == "Region"
                or p.lower_ == "to" and m.entity.cls in ("Company", "ResearchOrganization")]

    def _mention_before(self, tok: "Token") -> "Mention | None":
        """A name (or demonym) right before a noun phrase head: "Western sanctions"."""
        i = tok.i - 1
        while i >= tok.sent.start and self.doc[i].lower_ in ("export", "new", "fresh", "sweeping", "tough", "-"):
            i -= 1
        m = self.at.get(i)
        return m if m is not None and m.end == i + 1 else None

    def rule_membership(self, tok: "Token") -> None:
        """"fellow BRICS members India and Brazil", "X is a member of NATO", "EU member states such as X"."""
        lemma = self._lemma(tok)
        if any(c.lower_ in _SHORT_OF_MEMBER for c in tok.lefts) or lemma == "partner" and not any(
                c.dep_ in ("compound", "nmod", "amod") and (m := self.mention_at(c)) is not None and m.entity.cls == "Bloc"
                for c in tok.children):
            # "a dialogue partner of ASEAN rather than a member", "an associate state of Mercosur",
            # "a prospective member": a status short of membership ("its BRICS partners" are
            # fellow members)
            return
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
            # "EU member states": the bloc modifies the modifier.
            for child in tok.children:
                if child.dep_ == "compound":
                    blocs = [m for g in child.children if g.dep_ in ("compound", "poss", "nmod")
                             for m in [self.mention_at(g)] if m is not None and m.entity.cls == "Bloc"]
        if not blocs:
            # "signatories to the charter", "a member of the G20 and of BRICS" (every "of").
            heads = ("of", "in", "to") if lemma == "signatory" else ("of", "in")
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in heads:
                    blocs = [m for p in [prep, *prep.conjuncts] if p.lower_ in heads
                             for c in p.children if c.dep_ == "pobj"
                             for m in self.np_mentions(c, role="object") if m.entity.cls == "Bloc"]
        if not blocs and tok.dep_ == "attr" and tok.head.dep_ == "relcl":
            # "NATO, of which Poland is a member": "of which" hangs on the clause's verb.
            blocs = [m for p in tok.head.children if p.dep_ == "prep" and p.lower_ == "of"
                     for c in p.children if c.dep_ == "pobj" and c.lower_ == "which"
                     for m in [self._relative(c)] if m is not None and m.entity.cls == "Bloc"]
        with_members = []
        if lemma == "member" and tok.i + 3 < len(self.doc) and self.doc[tok.i + 1].text == "," \
                and self.doc[tok.i + 2].lower_ == "with":
            # "Armenia and Kazakhstan are members, with Russia and Belarus, of the Eurasian Economic
            # Union": the parser hangs "of" on the inserted names.
            close = next((t for t in self.doc[tok.i + 3:min(tok.sent.end, tok.i + 16)] if t.text == ","), None)
            after = self.at.get(close.i + 2) if close is not None and close.i + 2 < len(self.doc) \
                and self.doc[close.i + 1].lower_ == "of" else None
            after = after or (self.at.get(close.i + 3) if close is not None and close.i + 3 < len(self.doc)
                              and self.doc[close.i + 2].lower_ == "the" else None)
            first = self._mention_after(self.doc[tok.i + 2], skip=2)
            if after is not None and after.entity.cls == "Bloc" and first is not None and first.end <= close.i \
                    and blocs in ([], [after]):
                blocs = [after]
                with_members = [m for m in self.chain(first, rightward=True) if m.end <= close.i]
        if not blocs and lemma == "member" and tok.tag_ == "NNS" and self.listed(tok):
            # "The African Union adopted a strategy, and members such as Kenya and Rwanda have
            # their own": the one bloc named before in the sentence.
            earlier = {m.entity.iri: m for m in self.sent_mentions(tok.sent)
                       if m.entity.cls == "Bloc" and m.end <= tok.i and m.kind in ("name", "anaphor")}
            if len(earlier) == 1:
                blocs = list(earlier.values())
        if not blocs:
            return
        if lemma != "member" and lemma != "membership" and not blocs:
            return
        if lemma == "partner" and tok.dep_ == "pobj" and tok.head.lower_ == "with" and self._mention_after(tok) is None:
            # "develop AI with BRICS partners": the subject works with the bloc.
            self.add(self.clause_subject(tok.head), "partnersWith", blocs, 0.8, "noun:partner-with-bloc", tok)
            return
        if lemma in ("membership", "presidency", "chairmanship", "chair"):
            # "Malaysia's chairmanship of ASEAN", "Brazil, which holds the presidency of BRICS".
            members = [m for m in self._owner(tok) if m not in blocs]
            if not members and lemma == "membership" and tok.dep_ == "dobj" and tok.head.lemma_ == "share":
                # "Kazakhstan, which shares membership of the EAEU with Russia and Belarus"
                members = self.clause_subject(tok.head) + self.objects(tok.head, "prep:with")
            if not members and lemma != "membership" and tok.dep_ == "dobj" \
                    and tok.head.lemma_ in ("hold", "assume", "take", "chair", "have"):
                members = self.clause_subject(tok.head)
            if not members:
                members = self._described_as(tok)  # "As the current chair of ASEAN, Malaysia hosted"
            if lemma != "membership":
                members = [m for m in members if m.entity.cls == "Country"]  # states preside, not ministries
        else:
            members = self._fillers(tok)
            if not members and tok.dep_ == "conj" and tok.head.dep_ in ("attr", "oprd") \
                    and tok.head.lemma_ in self.p["member_nouns"]:
                # "Canada is a G7 member and a founding member of GPAI": the first one's filler.
                members = self._fillers(tok.head)
        if not members and tok.i in self.plural_of:
            # "the distance between the two Gulf Cooperation Council members".
            members = self.plural_of[tok.i]
        if not members and tok.tag_ == "NNS" and blocs and blocs[0].end == tok.i and blocs[0].start >= 2 \
                and self.doc[blocs[0].start - 1].lower_ in ("both", "all") and self.doc[blocs[0].start - 2].text == ",":
            # "Ghana and Senegal, both ECOWAS members, are ...": the list before the comma.
            before = self.at.get(blocs[0].start - 3)
            members = self.chain(before) if before is not None and before.kind == "name" else []
        if not members and lemma in ("member", "state", "country", "nation"):
            members = self._set_off_list(tok)
        left = tok.left_edge.i
        if tok.tag_ == "NNS" and self.doc[left].lower_ in ("all", "both", "each") and left >= 2 \
                and self.doc[left - 1].text == ",":
            # "Malaysia, Indonesia, Vietnam and Singapore, all members of ASEAN": the whole list.
            before = self.at.get(left - 2)
            if before is not None and before.kind != "demonym":
                members = self.chain(before)
        if not members and tok.dep_ == "pobj" and tok.head.lower_ == "like" and lemma == "member":
            # "Hungary, which like every EU member holds a veto".
            members = self.clause_subject(tok.head.head)
        if members and tok.dep_ in ("attr", "oprd"):
            # "China and Brazil, which, like Russia, are members of BRICS".
            members = members + [m for t in tok.head.children if t.dep_ == "prep" and t.lower_ == "like"
                                 for c in t.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")]
        if not members and tok.dep_ == "nsubj" and tok.head.lemma_ in ("include", "comprise", "be"):
            # "The alliance, whose members include Sber, Yandex, MTS and VK".
            members = [m for c in tok.head.children if c.dep_ in ("dobj", "attr")
                       for m in self.np_mentions(c, role="object", owners=False)]
        # "India, a member of the Quad along with the United States, Japan and Australia"; "Chile,
        # together with Singapore and New Zealand, is a founding member of DEPA" (set off after
        # the subject of the member noun's copula).
        inserted = []
        if members and tok.dep_ == "attr":
            first_member = min(m.start for m in members)
            inserted = [t for t in self.doc[first_member:tok.i] if t.lower_ in ("along", "together", "alongside")
                        and self.doc[t.i - 1].text == ","]
        for t in [*tok.subtree, *inserted]:
            if t.lower_ == "alongside" or t.lower_ in ("along", "together") and t.i + 1 < len(self.doc) \
                    and self.doc[t.i + 1].lower_ == "with":
                first = self._mention_after(self.doc[t.i + (0 if t.lower_ == "alongside" else 1)], skip=2)
                if first is not None and members:
                    members = members + self.chain(first, rightward=True)
        if not members and tok.i >= 1 and self.doc[tok.i - 1].lower_ == "as" and tok.i - 1 == tok.sent.start:
            # "As members of the Quad, India and Japan share ...": the names after the opening phrase.
            comma = next((t for t in self.doc[tok.i:tok.sent.end] if t.text == ","), None)
            first = self._mention_after(comma, skip=2) if comma is not None else None
            members = self.chain(first, rightward=True) if first is not None else []
        if not members and lemma in ("member", "signatory", "state") \
                and not any(c.lower_ in ("partner", "observer", "associate", "candidate") for c in tok.lefts):
            # "South Africa, as a member of the G20 and of BRICS, had committed to ...".
            members = [m for m in self._described_as(tok) if m.entity.cls != "Bloc"]
        if lemma in ("state", "country", "nation", "economy", "partner", "ally") and not members:
            return
        self.add(members + with_members, "memberOf", blocs, 0.85, f"noun:{lemma}", tok)
        fellow = any(t.lower_ == "fellow" for t in self.doc[max(tok.sent.start, tok.i - 4):tok.i])
        if fellow:
            governing = tok.head
            while governing.dep_ in ("conj", "appos", "pobj", "prep", "dobj", "compound") and governing.head.i != governing.i:
                governing = governing.head
            subject = [m for m in self.clause_subject(governing) if m not in members]
            self.add(subject, "memberOf", blocs, 0.8, "noun:fellow-member", tok)

    def _described_as(self, tok: "Token") -> list["Mention"]:
        """Who a noun after "as" describes: the verb's object when it has one named ("Washington
        treats Tokyo as a member of the Quad"), else the clause's subject ("South Africa, as a
        member of the G20, had committed")."""
        if tok.dep_ != "pobj" or tok.head.lower_ != "as" or tok.head.head.pos_ not in ("VERB", "AUX"):
            return []
        verb = tok.head.head
        objects = [m for c in verb.children if c.dep_ == "dobj" for m in self.np_mentions(c, role="object")]
        return objects or self.clause_subject(verb)

    def _set_off_list(self, tok: "Token") -> list["Mention"]:
        """ "Of the African Union's 55 member states, only three -- Kenya, Egypt and Rwanda --",
        "the four members of the grouping: the United States, Japan, India and Australia", "the
        GCC countries, particularly Saudi Arabia, the UAE and Qatar": a list set off after the
        membership noun names the members."""
        doc = self.doc
        end = min(tok.sent.end, tok.i + 9)
        for k in range(tok.i + 1, end):
            t = doc[k]
            if t.pos_ == "VERB" or k in self.at:
                return []
            if t.text in ("-", "--", "\u2013", "\u2014", ":") or t.text == "," and k + 1 < end and \
                    doc[k + 1].lower_ in ("particularly", "notably", "especially", "namely", "chiefly", "including"):
                j = k + 1 if t.text != "," else k + 2
                if j < len(doc) and doc[j].lower_ == "the":
                    j += 1
                first = self.at.get(j)
                if first is None or first.start != j or first.kind == "demonym":
                    return []
                return [m for m in self.chain(first, rightward=True) if m.entity.cls == first.entity.cls]
        return []

    def rule_bloc_members(self, bloc: "Mention") -> None:
        """ "BRICS, which now includes Egypt, Ethiopia and Iran", "the SCO groups China, Russia and
        India", "Kazakhstan is part of the Eurasian Economic Union", "ASEAN admitted Timor-Leste":
        a bloc's verbs of containing, and being part of a bloc."""
        doc = self.doc
        root = doc[bloc.start:bloc.end].root
        verb = None
        relative = next((c for c in root.children if c.dep_ == "relcl"), None)
        if relative is not None and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in relative.children):
            verb = relative
        elif root.dep_ == "nsubj":
            verb = root.head
        elif bloc.start <= root.sent.start + 1:
            # "The Organization of Turkic States groups Turkiye, Azerbaijan, ...", "The SCO, founded
            # in 2001, groups China, ...": the small parser reads the verb as a plural noun.
            nouns = [root.head] if root.dep_ == "compound" and root.head.i == bloc.end else \
                [c for c in root.children if c.dep_ in ("appos", "conj") and c.i + 1 in self.at]
            for noun in nouns:
                if noun.tag_ in ("NNS", "VBZ") and noun.lower_[:-1] in _BLOC_CONTAINING_VERBS - {"bring"}:
                    first = self._mention_after(noun, skip=2)
                    members = self.chain(first, rightward=True) if first is not None else []
                    members = [m for m in members if m.entity.cls in ("Country", "Company", "ResearchOrganization")]
                    self.add(members, "memberOf", [bloc], 0.8, f"bloc-verb:{noun.lower_[:-1]}", noun)
        # "the BRICS grouping of Brazil, Russia, ...", "the expanded BRICS, now including Iran".
        listed = []
        j = bloc.end
        if j + 2 < len(doc) and doc[j].lemma_.lower() in ("grouping", "group", "bloc", "club", "alliance") \
                and doc[j + 1].lower_ == "of":
            first = self._mention_after(doc[j + 1], skip=2)
            listed = self.chain(first, rightward=True) if first is not None else []
        including = [c for c in root.children if c.lower_ == "including" and c.dep_ in ("prep", "acl", "advcl")]
        for inc in including:
            listed += [m for c in inc.children if c.dep_ in ("pobj", "dobj") for m in self.np_mentions(c, role="object")]
        listed = [m for m in listed if m.entity.cls in ("Country", "Company", "ResearchOrganization")]
        if listed:
            self.add(listed, "memberOf", [bloc], 0.8, "bloc-of", root)
        if verb is not None and verb.lemma_ in _BLOC_CONTAINING_VERBS and (
                verb.lemma_ != "bring" or any(c.lower_ == "together" for c in verb.children)) and not any(
                # ("the EU included the company in its sanctions package": a listing, not a member)
                c.dep_ == "prep" and c.lower_ in ("in", "on") and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in ("package", "list", "round", "blacklist") for g in c.children)
                for c in verb.children):  # "brings together"
            members = [m for c in verb.children if c.dep_ in ("dobj", "attr")
                       for m in self.np_mentions(c, role="object")]
            if not members and verb.tag_ == "NNS" and verb.i + 1 in self.at:
                members = self.chain(self.at[verb.i + 1], rightward=True)  # "The SCO, founded in 2001, groups China, ..."
            members = [m for m in members if m.entity.cls in ("Country", "Company", "ResearchOrganization", "GovernmentBody")]
            self.add(members, "memberOf", [bloc], 0.8, f"bloc-verb:{verb.lemma_}", verb)
        if relative is not None and relative.lemma_ == "represent" and relative.tag_ in ("VBZ", "VBP", "VBD") and any(
                c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in relative.children):
            # "the Semiconductor Industry Association, which represents Nvidia, AMD and other
            # American chipmakers": the firms an association speaks for are its members.
            members = [m for c in relative.children if c.dep_ == "dobj" for m in self.np_mentions(c, role="object")]
            self.add([m for m in members if m.entity.cls == "Company"], "memberOf", [bloc], 0.75,
                     "bloc-verb:represent", relative)
        if relative is not None and relative.lemma_ in ("include", "comprise") and any(
                c.dep_ == "nsubj" and c.lemma_ == "member" and any(g.lower_ == "whose" for g in c.children)
                for c in relative.children) and not any(c.dep_ == "dobj" for c in relative.children):
            # "CCIA Europe, whose members include Google, Meta and Amazon, and DigitalEurope ... wrote":
            # the parser made the list the subject of the main verb; the names right after the
            # verb are still the members.
            first = self._mention_after(relative)
            if first is not None and first.start == relative.i + 1:
                members = [m for m in self.chain(first, rightward=True) if m.entity.cls in ("Country", "Company")
                           and m.entity.cls == first.entity.cls]
                self.add(members, "memberOf", [bloc], 0.75, "bloc-verb:whose-members", relative)
        # "the ASEAN AI Safety Network, a regional group set up by Singapore and Malaysia", "the
        # Quad was formed by ...": states that set a grouping up are its founding members.
        described = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "pobj" and root.head.lower_ == "of" and bloc.end < len(doc) and doc[bloc.end].text == ",":
            # "members of the X Network, a group set up by ...": the parser hangs the description on "members".
            described += [c for c in root.head.head.children if c.dep_ == "appos" and c.left_edge.i == bloc.end + 1]
        for node in [root, *described]:
            setups = [c for c in node.children if c.dep_ == "acl" and c.tag_ == "VBN"]
            if node.dep_ == "nsubjpass":
                setups.append(node.head)
            for setup in setups:
                if setup.lemma_ not in _SETTING_UP_VERBS or (setup.lemma_ == "set" and not any(
                        c.dep_ == "prt" and c.lower_ == "up" for c in setup.children)):
                    continue
                founders = [m for c in setup.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                            for m in self.np_mentions(p, role="object")]
                founders = [m for m in founders if m.entity.cls == "Country"]
                self.add(founders, "memberOf", [bloc], 0.75, "bloc-founded-by", setup)
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ == "part" \
                and root.head.head.dep_ in ("attr", "acomp") and root.head.head.head.lemma_ in ("be", "remain", "become"):
            members = self.clause_subject(root.head.head.head)
            members = [m for m in members if m.entity.cls in ("Country", "Company", "ResearchOrganization")]
            self.add(members, "memberOf", [bloc], 0.8, "part-of-bloc", root.head.head)

    def rule_bloc_list(self, bloc: "Mention") -> None:
        """ "The Quad - the United States, Japan, Australia and India - has ...", "the G7 (the
        United States, Japan, ...)": a list of countries set off right after a bloc's name."""
        doc = self.doc
        j = bloc.end
        if j + 1 >= len(doc) or doc[j].text not in ("-", "--", "\u2013", "\u2014", "(", ":"):
            return
        k = j + 1
        if doc[k].lower_ == "the":
            k += 1
        first = self.at.get(k)
        if first is None or first.start != k or first.entity.cls != "Country":
            return
        members = [m for m in self.chain(first, rightward=True) if m.entity.cls == "Country"]
        if len(members) > 1:
            self.add(members, "memberOf", [bloc], 0.85, "bloc-list", doc[j])

    def _person_of_org(self, person: "Mention") -> None:
        """ "Its lawyer, Priya Nair of Harcourt Chambers, told the court": a person "of" an
        organisation named right after works there (finalize drops it when a role says they lead it)."""
        doc, k = self.doc, person.end
        if k + 1 >= len(doc) or doc[k].lower_ != "of" or person.kind != "name":
            return
        org = self.at.get(k + 1)
        if org is None or org.start != k + 1 or org.kind != "name" \
                or org.entity.cls not in ("Company", "ResearchOrganization", "GovernmentBody"):
            return
        if org.end < len(doc) and not (doc[org.end].is_punct or doc[org.end].pos_ in ("VERB", "AUX")):
            return  # "X of Nvidia's board", "Y of Google DeepMind fame"
        self.add([person], "employedBy", [org], 0.7, "person-of", doc[k])

    def _entry_line(self, m: "Mention") -> "Span | None":
        """The rest of the line when a name in capitals opens it, as in a sanctions designation
        list ("HAMID REZA NAZARI, DOB 2 Feb 1974; ...", "TEKHNOKOR LLC (a.k.a. ...), 14 Ulitsa
        ..."); None otherwise."""
        doc = self.doc
        if m.kind != "name" or m.end >= len(doc) or doc[m.end].text not in (",", "(") \
                or not all(t.is_upper or not t.is_alpha for t in doc[m.start:m.end]) \
                or m.start > 0 and "\n" not in doc[m.start - 1].text + doc[m.start - 1].whitespace_:
            return None
        # (not an acronym opening a paragraph, "OCBC, the Singapore lender, ...", nor a dateline,
        # "NICOSIA/ATHENS, June 18 (Newswire) -": a firm's entry holds a company word or legal form)
        name = doc[m.start:m.end].text.title()
        if sum(t.is_alpha for t in doc[m.start:m.end]) < 2 or m.entity.cls == "Company" and not (
                set(name.split()) & COMPANY_WORDS or strip_company_suffix(name) != name):
            return None
        end = m.end
        while end < len(doc) and "\n" not in doc[end].text and "\n" not in doc[end].whitespace_:
            end += 1
        line = doc[m.end:min(end + 1, len(doc))]
        # a person's entry gives a birth date or nationality; a firm's, other names or an address
        cue = r"\b(?:DOB|POB|nationality)\b" if m.entity.cls == "Person" else r"\b[af]\.k\.a\.|\d"
        return line if re.search(cue, line.text[:300]) else None

    def rule_designation_targets(self) -> None:
        """ "OFAC is designating eight entities and three individuals ...", then the list: the
        body that designates a counted group before the entries sanctions each entry."""
        entries = [m for m in self.mentions if m.entity.cls in ("Person", "Company") and self._entry_line(m) is not None]
        if not entries:
            return
        for verb in _tokens_among(self.doc, frozenset({"designating", "designated", "designates", "sanctioning",
                                                       "sanctioned", "sanctions", "designate", "sanction"})):
            if verb.i >= entries[0].start or verb.pos_ not in ("VERB", "AUX"):
                continue
            counted = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _DESIGNATED_GROUPS
                       and any(g.dep_ == "nummod" for g in c.children)]
            bodies = [m for m in self.clause_subject(verb) if m.entity.cls in ("GovernmentBody", "Country", "Bloc")]
            # ("the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) is
            # designating ...", where the parser makes the department the subject): the office
            bodies = [owned if m.end + 1 < len(self.doc) and self.doc[m.end].text == "'s"
                      and (owned := self.at.get(m.end + 1)) is not None and owned.entity.cls == "GovernmentBody"
                      else m for m in bodies]
            if counted and bodies:
                self.add(bodies, "sanctions", entries, 0.8, "designation-list", verb)
                return

    def rule_designation_entry(self, m: "Mention") -> None:
        """A designation list's entry: a person's titles ("...; nationality Russia; General
        Director of Tekhnokor."), a firm's address ("..., Zelenograd, Moscow 124460, Russia.")."""
        line = self._entry_line(m)
        if m.entity.cls == "Person":
            words = self.p["title_words"]
            segment: list["Token"] = []
            for tok in [*line, None]:
                if tok is not None and tok.text not in (";", "."):
                    segment.append(tok)
                    continue
                of = next((k for k, t in enumerate(segment) if t.lower_ == "of"), None)
                if of and all(t.lower_ in words or t.lower_ in ("and", "-", "co") for t in segment[:of]) \
                        and of + 1 < len(segment):
                    org = self.at.get(segment[of + 1].i)
                    if org is not None and org.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody"):
                        self._title_fact(m, segment[:of], org, rule="designation-entry")
                segment = []
            return
        # The address runs from the bracket's end (or the name) to the first full stop.
        start = m.end
        if self.doc[m.end].text == "(":
            start = next((t.i + 1 for t in line if t.text == ")"), m.end)
        stop = next((t.i for t in self.doc[start:line.end] if t.text == "."), line.end)
        places = [x for x in self.mentions_within(start, stop) if x.kind == "name" and x.entity.cls in ("City", "Country")]
        country = next((x for x in reversed(places) if x.entity.cls == "Country"), None)
        city = next((x for x in reversed(places) if x.entity.cls == "City" and (country is None or x.end <= country.start)), None)
        for place in (city, country):
            if place is not None:
                self.add([m], "headquarteredIn", [place], 0.8, "designation-entry", self.doc[place.start])

    def rule_titles(self, person: "Mention") -> None:
        """"Nvidia CEO Jensen Huang", "Sberbank's first deputy CEO X", "President Vladimir Putin",
        "TSMC chairman and CEO C.C. Wei", "Its new chief executive, Artem Savinovsky",
        "former Google researchers David Ha and Llion Jones" (both), "Jensen Huang, chief
        executive of Nvidia", "X and Y, both former OpenAI employees", "X is the CEO of Y",
        "Scale named X as interim chief executive"."""
        self._title_left(person)
        self._title_right(person)
        self._relative_employer(person)
        self._person_of_org(person)
        doc, words = self.doc, self.p["title_words"]
        root = self.root(person)
        # Copula: "Huang is the chief executive of Nvidia", "Ha is chief executive".
        # ... and appointments: "Ortiz has been named chairman of the company", "was promoted to
        # chief executive".
        appointed = root.dep_ == "nsubjpass" and root.head.lemma_ in _APPOINTING_VERBS
        if root.dep_ == "appos" and root.head.dep_ == "nsubj" and root.head.lower_ in words:
            # "Cohere's chief executive, Aidan Gomez, is a former Google researcher": the name set
            # off after the subject's title is who the predicate describes.
            root = root.head
        if root.dep_ == "nsubj" and root.head.lemma_ in ("be", "become", "remain", "serve") or appointed:
            roles = [c for c in root.head.children if c.dep_ in ("attr", "oprd")]
            if appointed:
                roles += [g for c in root.head.children if c.dep_ == "prep" and c.lower_ in ("to", "as")
                          for g in c.children if g.dep_ == "pobj"]
            for attr in roles:
                if attr.lower_ in words:
                    # ("the founder and chief executive of Mobileye": every title coordinated)
                    last = max([attr.i] + [c.i for c in attr.conjuncts if c.lower_ in words])
                    phrase = list(doc[attr.left_edge.i:last + 1])
                    # ("At Khazna Data Centers, chief operating officer X has been promoted to chief
                    # executive": where, fronted)
                    fronted = [m for c in root.head.children if appointed and c.dep_ == "prep" and c.lower_ == "at"
                               and c.i < root.i for g in c.children if g.dep_ == "pobj"
                               for m in self.np_mentions(g, role="object", owners=False)
                               if m.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody")]
                    org = (self._owner(attr) or fronted or [None])[0]
                    # ("named Maplestone's president for Latin America": a region's head works there)
                    regional = any(c.dep_ == "prep" and c.lower_ == "for" and any(
                        (m := self.at_name(g)) is not None and m.entity.cls in ("Region", "Country", "City")
                        for g in c.children if g.dep_ == "pobj") for c in attr.children)
                    # ("becomes Korvena's head of Czech and Slovak products": the head of a part)
                    regional = regional or attr.lower_ == "head" and org is not None and any(
                        c.dep_ == "prep" and c.lower_ in ("of", "for") and g.i not in self.at
                        for c in attr.children for g in c.children if g.dep_ == "pobj")
                    self._title_fact(person, phrase, org, rule="title-predicate", regional=regional)
        if root.dep_ == "attr" and root.head.lemma_ in ("be", "remain"):
            # "Nvidia's chief executive is Jensen Huang", "Kaspi.kz, whose chief executive and
            # co-founder is Mikheil Lomtadze".
            for subj in root.head.children:
                if subj.dep_ == "nsubj" and subj.lower_ in words:
                    phrase = [t for t in doc[subj.left_edge.i:subj.right_edge.i + 1]
                              if t.dep_ not in ("poss", "det", "case") and t.text not in ("'s", "'")]
                    org = (self._owner(subj) or [None])[0]
                    self._title_fact(person, phrase, org, rule="title-predicate")
        # "founded by Grant Kellerman, who remains chief executive", "Sundaram, who is Kaveri's chief
        # executive", "Verhoeven, who founded Polderlink and remains its chief executive".
        founded = None
        if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_ in _SETTING_UP_VERBS | {"co-found"}:
            verb = root.head.head
            subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), verb.head if verb.dep_ == "acl" else None)
            founded = self.at_name(subject) if subject is not None else None
        # ("Haruka Ishida, a former Sony engineer who remains its chief executive": the clause may
        # hang on the description set off after the name)
        described = [t for a in root.children if a.dep_ == "appos" and a.i > root.i for t in a.subtree]
        for clause in [*root.children, *(t for t in described if t.dep_ == "relcl")]:
            if clause.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
                continue
            for verb in [clause, *[c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]]:
                if verb.lemma_ not in ("be", "remain", "become", "serve"):
                    continue
                posts = [c for c in verb.children if c.dep_ in ("attr", "oprd") and c.lower_ in words]
                posts += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                          for g in c.children if g.dep_ == "pobj" and g.lower_ in words]
                for post in posts:
                    owner = (self._owner(post) or [None])[0]
                    if (owner is None or owner.kind == "anaphor") and verb.i != clause.i:
                        # "who founded Polderlink and remains its chief executive": its = Polderlink.
                        owner = next((m for c in clause.children if c.dep_ == "dobj"
                                      for m in self.np_mentions(c, role="object")), owner)
                    self._title_fact(person, list(doc[post.left_edge.i:post.i + 1]), owner or founded,
                                     rule="title-relative")
        # "Scale named Jason Droege as interim chief executive", "X took over as chief executive".
        leaving = root.dep_ == "nsubj" and root.head.lemma_ in ("step", "resign", "quit", "leave", "retire")
        if (root.dep_ == "dobj" and root.head.lemma_ in _APPOINTING) or leaving or (
                root.dep_ == "nsubj" and root.head.lemma_ in ("take", "join", "serve", "return", "stay", "remain")):
            for prep in root.head.children:
                if prep.dep_ == "prep" and prep.lower_ == "as":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj" and pobj.lower_ in words:
                            phrase = list(doc[pobj.left_edge.i:pobj.i + 1])
                            owners = self._owner(pobj) or (
                                self.clause_subject(root.head) if root.dep_ == "dobj" else [])
                            # "hired Fidji Simo as head of applications": the head of a part, not of the firm.
                            part = any(p.dep_ == "prep" and p.lower_ == "of" and not any(t.i in self.at for t in p.subtree)
                                       for p in pobj.children)
                            # "stepped down as chairman of X": he held the post (former, so employedBy).
                            self._title_fact(person, phrase, (owners or [None])[0], former=leaving or part,
                                             rule="title-former" if leaving else "title-predicate")

    def _title_left(self, person: "Mention") -> None:
        doc, words = self.doc, self.p["title_words"]
        sent_start = doc[person.start].sent.start
        i = person.start - 1
        comma = 0
        if i - 1 >= sent_start and doc[i].text == "," and (doc[i - 1].lower_ in words or (i - 1) in self.at):
            i, comma = i - 1, 1  # "Its new chief executive, Artem Savinovsky"
        while i >= person.start - 8 and i >= sent_start and doc[i].lower_ in words and i not in self.at:
            i -= 1
        phrase = [t for t in doc[i + 1:person.start - comma] if t.lower_ != "and" or t.i > i + 1]
        if not phrase:
            # "the President of the Russian Federation Vladimir Putin", "The head of Sberbank,
            # German Gref": TITLE of ORG right before the name.
            org = self.at.get(i)
            if org is not None and org.end == i + 1 and org.entity.cls != "Person":
                k = org.start - 1
                if k >= 0 and doc[k].lower_ == "the":
                    k -= 1
                if k >= 3 and doc[k].lower_ == "of" and doc[k - 1].lower_ in ("board", "directors"):
                    # "Chairman of the (Management) Board of Sberbank Herman Gref".
                    k -= 2
                    while k >= 1 and doc[k].lower_ in ("management", "supervisory", "executive", "the", "board"):
                        k -= 1
                if k >= 1 and doc[k].lower_ == "of":
                    j = k - 1
                    while j >= sent_start and doc[j].lower_ in words and j not in self.at:
                        j -= 1
                    if j < k - 1:
                        self._title_fact(person, list(doc[j + 1:k]), org)
            return
        if all(t.lower_ == "and" for t in phrase):
            return
        org = None
        if i >= 0 and doc[i].text in ("'s", "'"):
            org = self.at.get(i - 1)
        elif i >= 0:
            org = self.at.get(i)
            if org is not None and (org.end != i + 1 or org.entity.cls == "Person"):
                org = None
        # "former Google researcher X", "ex-Meta scientists X": the word before the employer.
        k = (org.start if org is not None else i + 1) - 1
        former = k >= 0 and (doc[k].lower_ in ("former", "ex", "onetime") or doc[k].text == "-" and k > 0 and doc[k - 1].lower_ == "ex")
        if comma and org is None:
            return
        persons = [person]
        if self._plural_title(phrase[-1]):
            persons = [m for m in self.chain(person, rightward=True) if m.entity.cls == "Person"] or [person]
        for p in persons:
            self._title_fact(p, phrase, org, former=former)

    def _relative_employer(self, person: "Mention") -> None:
        """ "Marek Wozniak, who previously worked on robotics software at Siemens", "Li Wei, who
        led the Hunyuan model team at Tencent": an organisation someone works at in a who-clause."""
        root = self.root(person)
        for clause in root.children:
            if clause.dep_ != "relcl" or not any(c.lower_ == "who" for c in clause.children):
                continue
            if clause.lemma_.lower() not in _WORKING_VERBS:
                continue
            who = next(c for c in clause.children if c.lower_ == "who")
            last = self.at.get(who.i - 2) if who.i >= 2 and self.doc[who.i - 1].text == "," else None
            if last is not None and last.entity.cls == "Person" and last.end == who.i - 1 and last is not person \
                    and not any(c.lower_ in ("both", "all") for c in clause.children):
                # "set up by Aino Lehtinen and Mikko Saarinen, who spent eight years at Nokia": the
                # clause is about the name right before it, whatever the parser hung it on.
                person = last
            preps = [t for t in clause.subtree if t.dep_ == "prep" and t.lower_ in ("at", "for", "with")
                     and (t.head.i == clause.i or t.head.head.i == clause.i or t.head.dep_ in ("dobj", "pobj"))]
            for prep in preps:
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    orgs = [m for m in self.np_mentions(pobj, role="object", owners=True)
                            if m.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody")]
                    former = any(c.lower_ in ("previously", "formerly", "once") for c in clause.children) or \
                        clause.tag_ == "VBD"
                    relation = "leaderOf" if clause.lemma_.lower() in ("head", "run", "lead") and not orgs[1:] \
                        and pobj.lower_ not in ("team", "unit", "division", "group", "lab") and not former else "employedBy"
                    if relation == "leaderOf":
                        relation = "employedBy"  # leading something at an organisation is working there
                    self.add([person], relation, orgs[:1], 0.75, "who-works-at", clause)
                    if orgs:
                        return

    def _title_right(self, person: "Mention") -> None:
        # "X, a partner at Y": in an apposition with "at", a firm's partner works there (before
        # a name, "BRICS partners" is no title).
        doc, words = self.doc, self.p["title_words"] | {"partner", "associate"}
        j = person.end
        if j + 2 < len(doc) and doc[j].text == "," and doc[j + 1].like_num and doc[j + 2].text == ",":
            j += 2  # "Chen Haoran, 44, the founder of ...": past the age
        if j >= len(doc) or doc[j].text != ",":
            return
        k = j + 1
        # "X, formerly a researcher at Y", "X and Y, two former OpenAI researchers"
        # ("X, previously head of cloud partnerships at Google": a title without an article)
        former = k + 1 < len(doc) and doc[k].lower_ in ("formerly", "previously", "once") and (
            doc[k + 1].lower_ in ("a", "an", "the") or doc[k + 1].lower_ in words and k + 1 not in self.at)
        k += 1 if former else 0
        if k < len(doc) and doc[k].lower_ in ("the", "a", "an", "both", "all", "now", "two", "three") \
                and not (k in self.at and self.at[k].start == k):
            k += 1
        org, phrase = None, []
        covers_all = j + 1 < len(doc) and doc[j + 1].lower_ in ("both", "all", "two", "three")
        while k < len(doc) and len(phrase) < 8:
            m = self.at.get(k)
            if m is not None and m.start == k and org is None and m.kind != "demonym" and m.entity.cls != "Person":
                nxt = self.at.get(m.end)
                if m.entity.cls in ("City", "Country", "Region") and nxt is not None and nxt.kind == "anaphor" \
                        and nxt.start == m.end:
                    m = nxt  # "Arthur Mensch, the Paris company's co-founder": the company, not Paris
                org, k = m, m.end
                if k < len(doc) and doc[k].text in ("'s", "'"):
                    k += 1
                continue
            if doc[k].lower_ in words and k not in self.at:
                phrase.append(doc[k])
                k += 1
                continue
            if k not in self.at and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ") and doc[k].lower_ not in _CLAUSE_WORDS:
                # "a packaging analyst at TrendGauge Research": a topic word before the title.
                phrase.append(doc[k])
                k += 1
                continue
            break
        while phrase and (phrase[-1].lower_ == "and" or phrase[-1].lower_ not in words):
            phrase.pop()
        if not phrase:
            self._formerly_of(person, j)
            return
        if org is not None and org.entity.cls == "Country" and k + 1 < len(doc) and doc[k].lower_ in ("of", "for") \
                and (body := self.at.get(k + 1)) is not None and body.entity.cls == "GovernmentBody":
            org = body  # "X, Poland's Minister of Digital Affairs": the ministry, not the country
        if org is not None and k + 1 < len(doc) and doc[k].lower_ in ("of", "for") and doc[k + 1].is_lower \
                and doc[k + 1].pos_ == "NOUN" and k + 1 not in self.at:
            former = True  # "the CMA's executive director of mergers": heads a unit, works for the body
        more: list[Mention] = []
        in_org = k + 1 < len(doc) and doc[k].lower_ == "in" and (x := self.at.get(k + 1)) is not None \
            and x.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody")  # "a researcher in Unit 8200"
        if org is None and k < len(doc) and (doc[k].lower_ in ("of", "at", "for") or in_org):
            # The organisation the preposition governs ("an analyst at Amsterdam-based ING", "a
            # partner at Milan law firm Studio Legale Rinaldi"), else the name right after it.
            found = [m for c in doc[k].children if c.dep_ == "pobj"
                     for m in self.np_mentions(c, role="object", owners=False) if m.entity.cls in _ORGS_AND_STATES]
            m = found[0] if found else self.at.get(k + 1)
            if m is None and k + 2 < len(doc) and doc[k + 1].lower_ == "the":
                m = self.at.get(k + 2)
            # ("a senior fellow for Middle East policy at the IISS": the place is a portfolio, the
            # "at" a few words on names the employer)
            portfolio = doc[k].lower_ == "for" and (m is None or m.entity.cls in ("Region", "Country", "City"))
            place_for, m = (m, None) if portfolio else (None, m)
            if m is None:
                # "a professor of information law at Korea University": the "at" a few words on.
                for q in range(k + 1, min(k + 7, len(doc) - 1)):
                    if doc[q].text in (",", ".", ";") or (q in self.at and doc[q].lower_ != "at" and not (
                            portfolio and self.at[q].entity.cls in ("Region", "Country", "City"))):
                        break
                    if doc[q].lower_ == "at":
                        cand = self.at.get(q + 1) or (self.at.get(q + 2) if doc[q + 1].lower_ == "the" else None)
                        if cand is not None and cand.entity.cls in _ORGS_AND_STATES:
                            m = cand
                            # "head of government affairs at AirTrunk" heads a department: works there
                            former = former or doc[k].lower_ == "of"
                        break
            # ("a spokesman for the United States": no employer further on, the place stands)
            m = m or place_for
            org = m
            # "a former executive at Renesas Electronics and Tokyo Electron"
            more = [x for x in found[1:] if x.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody")] \
                if found and m is found[0] else []
            # "a former executive of Rakuten and of Aramco Digital".
            more += [x for c in doc[k].children if c.dep_ == "conj" and (c.lower_ == doc[k].lower_ or c.lower_ == "at")
                    for g in c.children if g.dep_ == "pobj" for x in self.np_mentions(g, role="object", owners=False)]
        persons = [person]
        if covers_all or self._plural_title(phrase[-1]):
            persons = [m for m in self.chain(person) if m.entity.cls == "Person"] or [person]
        for p in persons:
            self._title_fact(p, phrase, org, former=former)
            for other in more:
                self._title_fact(p, phrase, other, former=former)

    def _formerly_of(self, person: "Mention", comma: int) -> None:
        """ "Guillaume Lample and Timothee Lacroix, both formerly of Meta": worked there."""
        doc, k = self.doc, comma + 1
        plural = k < len(doc) and doc[k].lower_ in ("both", "all")
        k += 1 if plural else 0
        if k + 2 < len(doc) and doc[k].lower_ in ("formerly", "previously", "once", "ex") \
                and doc[k + 1].lower_ in ("of", "at", "with"):
            org = self.at.get(k + 2)
            if org is not None and org.start == k + 2 and org.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody"):
                people = [m for m in self.chain(person) if m.entity.cls == "Person"] if plural else [person]
                for p in people or [person]:
                    self.add([p], "employedBy", [org], 0.85, "title-former", doc[k])

    def _plural_title(self, tok: "Token") -> bool:
        """ "researchers", "employees": a title that covers every name in the list."""
        return tok.lower_.endswith("s") and tok.lower_[:-1] in self.p["title_words"]

    def _title_fact(self, person: "Mention", phrase: list["Token"], org: "Mention | None", *,
                    former: bool = False, regional: bool = False, rule: str = "title") -> None:
        """One fact per title: "co-founder and chief executive" states founderOf and leaderOf
        (a former or a regional head works there)."""
        titles = self.p["titles"]
        full = " ".join(t.lower_ for t in phrase).replace(" - ", "-").replace("co -", "co-")
        full = re.sub(r"\b(\w+)s\b", lambda m: m.group(1) if m.group(1) in self.p["title_words"] else m.group(0), full)
        former = former or bool(set(full.replace("-", " - ").split()) & set(titles["former_words"])) or full.startswith("ex-")
        for text in full.split(" and "):
            relation = self._title_relation(text)
            if relation is None and text.split()[-1] in ("partner", "associate") and org is not None:
                relation = "employedBy"
            if relation is None:
                continue
            if former or regional:  # "former OpenAI CTO": was employed there, leads it no more
                relation = "employedBy" if relation == "leaderOf" else relation
            has = lambda names: any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text) for n in names)
            if relation == "employedBy" and org is not None and text.split()[-1] == "director" and len(text.split()) <= 2 \
                    and text.split()[0] in ("director", "executive") and not former:
                # "Lucilla Sioli, director of the AI Office": a body's director heads it.
                relation = "leaderOf"
            if relation == "employedBy" and org is not None and text.split()[-1] == "minister" and not former \
                    and org.entity.cls == "GovernmentBody" and org.entity.label.startswith("Ministry") \
                    and not set(text.split()) & set(titles["deputy_words"]):
                relation = "leaderOf"  # "the Minister of Digital Affairs" heads the Ministry of Digital Affairs
            if relation == "leaderOf" and org is not None and self._unit_of(org):
                relation = "employedBy"  # "head of T-Systems' cloud division" works there, leads a part
            if relation == "leaderOf" and text.split()[-1] == "director" and (
                    phrase[0].i > 0 and self.doc[phrase[0].i - 1].lower_ in ("a", "an")
                    or phrase[-1].i + 1 < len(self.doc) and self.doc[phrase[-1].i + 1].lower_ == "at"):
                # "a director at MGX", "a managing director at", "Antoine Mercier, managing director at
                # Eurazeo": one of several (a firm's own managing director is "of" it)
                relation = "employedBy"
            trigger = phrase[-1]
            target = org
            if target is None and relation in ("leaderOf", "founderOf") and not has(titles["state_leader"]):
                # "Dario Amodei is chief executive": of the organisation he was just said to found;
                # "SoftBank, led by founder and chief executive Masayoshi Son": the one he leads.
                target = next((c.object for c in reversed(self.out) if c.subject.entity.iri == person.entity.iri
                               and c.relation in ("founderOf", "leaderOf")), None)
            elif target is None and relation == "leaderOf" and phrase[-1].lower_ == "president" and len(phrase) == 1 \
                    and not person.entity.known:
                # "Kaminari was established by President Shinichi Kuroda": a firm's president, when
                # the sentence has him found or lead a company (not a head of state's title).
                sent = phrase[-1].sent
                target = next((c.object for c in reversed(self.out) if c.subject.entity.iri == person.entity.iri
                               and c.relation in ("founderOf", "leaderOf") and c.object.entity.cls == "Company"
                               and sent.start <= c.trigger.i < sent.end), None)
            if target is not None and target.entity.iri != person.entity.iri:
                self.add([person], relation, [target], 0.9 if target is org else 0.75, rule, trigger)
            elif relation == "leaderOf" and has(titles["state_leader"]):
                # "President Vladimir Putin": the office is the one the gazetteer knows he holds.
                for o in sorted(self.gazetteer.objects(person.entity.iri, "leaderOf")):
                    if o in self.gazetteer.entities:
                        span = self.doc[phrase[0].i:phrase[-1].i + 1]
                        office = self._virtual_mention(self.gazetteer.entities[o], span)
                        self.add([person], "leaderOf", [office], 0.75, "title-known-office", trigger)

    def _unit_of(self, org: "Mention") -> bool:
        """ "T-Systems' cloud division", "the AI unit of FPT": the organisation owns the part named."""
        root = self.doc[org.start:org.end].root
        if root.dep_ == "poss" and root.head.lemma_ in _UNIT_NOUNS:
            return True
        return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_ in _UNIT_NOUNS

    def _title_relation(self, text: str) -> "str | None":
        titles = self.p["titles"]
        tokens = set(text.replace("-", " - ").split())
        has = lambda names: any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text) for n in names)
        if has(titles["founder"]) or "founder" in text:
            return "founderOf"
        # ("co-chief executive", "co-CEO", "co-chair": one of two who lead)
        text = re.sub(r"(?<![\w-])co ?- ?(?=\w)", "", text)
        # ("vice-chancellor" heads a university; "deputy vice-chancellor" does not)
        deputies = tokens & set(titles["deputy_words"])
        if deputies and not (deputies == {"vice"} and re.search(r"(?<![\w-])vice[- ]chancellor", text)):
            return "employedBy"
        if has(titles["leader"]):
            return "leaderOf"
        if has(titles["employee"]):
            return "employedBy"
        return None

    def _virtual_mention(self, entity, span: "Span") -> "Mention":
        from .extract import Mention

        return Mention(span.start, span.end, entity, "known")

    def rule_model_owner(self, model: "Mention") -> None:
        """"Meta's Llama", "its in-house Trainium chips", "Nvidia H20 chips", "Llama from Meta",
        "ChatGPT, OpenAI's chatbot"."""
        doc = self.doc
        phrase = _phrase_head(doc[model.start:model.end].root)
        if phrase.dep_ == "dobj" and phrase.head.lemma_ in ("buy", "rent", "lease", "order", "purchase", "receive") \
                and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in phrase.children):
            return  # "Yotta, which bought its H100 fleet from Nvidia": owning is not developing
        if model.end < len(doc) and doc[model.end].lower_ in _SITE_NOUNS:
            return  # "its M15X fab", "the Kumamoto plant": a site named like a product is not one
        # "ChatGPT, OpenAI's chatbot": an apposition owned by the maker.
        j = model.end
        if j + 2 < len(doc) and doc[j].text == ",":
            owner = self.at.get(j + 1)
            if owner is not None and owner.start == j + 1 and owner.kind != "demonym" and owner.end < len(doc) \
                    and doc[owner.end].text in ("'s", "'") and owner.entity.cls != "AIModel":
                k = owner.end + 1
                while k < len(doc) and k - owner.end <= 3 and (doc[k].is_lower or doc[k].text == "-") and doc[k].lower_ not in _PRODUCT_WORDS:
                    k += 1
                if k < len(doc) and doc[k].lower_ in _PRODUCT_WORDS:
                    self.add([owner], "develops", [model], 0.85, "appos-possessive", doc[k])
        # "Lumen's flagship model, Ardoise 2": the name stands in apposition to an owned product noun.
        root = doc[model.start:model.end].root
        if root.head.lower_ in ("called", "named", "dubbed") and root.head.dep_ == "acl" \
                and root.head.head.lower_ in _PRODUCT_WORDS:
            root = root.head  # "Arbel's first chip, called Gilboa": as an apposition to the chip
        # ... or is the noun's compound: "a Guadalajara start-up whose Spanish-language model Tlaloc-2"
        if root.dep_ in ("appos", "acl") and root.head.lower_ in _PRODUCT_WORDS or root.dep_ == "compound" \
                and root.head.lower_ in _PRODUCT_WORDS and root.head.i > root.i - 3 and root.i > root.head.i:
            owners = [m for c in root.head.children if c.dep_ == "poss"
                      for m in [self.mention_at(c)] if m is not None and m.kind != "demonym" and m.entity.cls != "AIModel"]
            whose = next((c for c in root.head.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
            if not owners and whose is not None:
                # "Cenote Labs, a Guadalajara start-up whose model ...": the parser may not make the
                # clause a relative one; "whose" is the firm named before the description.
                before = [m for m in self.sent_mentions(whose.sent) if m.end <= whose.i and m.kind == "name"
                          and m.entity.cls in ("Company", "ResearchOrganization")
                          and "," in [t.text for t in doc[m.end:whose.i]]]
                owners = before[-1:]
            if owners:
                self.add(owners[:1], "develops", [model], 0.85, "appos-possessive", root.head)
                return
        noun = doc[model.start - 1] if model.start else None
        if noun is not None and noun.lower_ in _PRODUCT_WORDS and noun.pos_ == "NOUN" and root.dep_ not in ("compound", "poss"):
            # "its AI-based target recognition system KARTAL", the name hung elsewhere by the parser
            # (or on the name itself, past more modifiers than rule_model_owner reads below)
            owners = [m for c in (*noun.children, *(root.children if noun.head.i == root.i else ())) if c.dep_ == "poss"
                      for m in [self.mention_at(c)] if m is not None and m.kind != "demonym" and m.entity.cls != "AIModel"]
            if owners:
                self.add(owners[:1], "develops", [model], 0.85, "appos-possessive", noun)
                return
        i = model.start - 1
        skipped = 0
        # Up to two lower-case modifiers, hyphenated ones too ("in-house", "open-weight").
        while i >= 0 and skipped < 2 and i not in self.at:
            if i >= 2 and doc[i - 1].text == "-" and doc[i].is_lower and doc[i - 2].is_lower:
                i -= 3
            elif doc[i].pos_ in ("ADJ", "NOUN") and doc[i].is_lower:
                i -= 1
            else:
                break
            skipped += 1
        if i >= 1 and doc[i].text in ("'s", "'"):
            owner = self.at.get(i - 1)
            if owner is not None and owner.kind != "demonym":
                self.add([owner], "develops", [model], 0.85, "possessive", doc[i])
                return
        if i >= 0:
            owner = self.at.get(i)
            if owner is not None and owner.kind == "anaphor":
                owner = self._known_maker(model, owner)
            if owner is not None and owner.end == i + 1 and owner.kind != "demonym" and owner.entity.cls != "AIModel":
                rule = "possessive" if owner.kind in ("anaphor", "relative") else "compound"
                self.add([owner], "develops", [model], 0.85 if owner.kind == "anaphor" else 0.75, rule, doc[i])
                return
        root = doc[model.start:model.end].root
        if root.dep_ == "conj":
            # "Nvidia's H100 and H20": a model listed after a possessed one shares its maker.
            first = self.mention_at(root.head)
            if first is not None and first.entity.cls == "AIModel" and first.start >= 2 \
                    and doc[first.start - 1].text in ("'s", "'"):
                owner = self.at.get(first.start - 2)
                if owner is not None and owner.kind != "demonym" and owner.entity.cls == "Company":
                    self.add([owner], "develops", [model], 0.8, "possessive-list", root)
                    return
        j = model.end
        while j < len(doc) and j - model.end < 3 and (doc[j].pos_ in ("NOUN",) and doc[j].is_lower
                                                      or doc[j].text == "-" and j + 1 < len(doc) and doc[j + 1].is_lower):
            j += 1
        if j + 1 < len(doc) and doc[j].lower_ in ("from", "by"):
            owner = self.at.get(j + 1)
            if owner is not None and doc[j].head.pos_ == "VERB" and doc[j].head.lemma_ in _SOURCING_VERBS \
                    and self.gazetteer.subjects("develops", model.entity.iri) - {owner.entity.iri}:
                return  # "buys the H200 systems from Supermicro": a seller of goods another firm makes
            if owner is not None and owner.entity.cls in ("Country", "City", "Region") and owner.end + 1 < len(doc) \
                    and doc[owner.end].text in ("'s", "'") and (firm := self.at.get(owner.end + 1)) is not None \
                    and firm.start == owner.end + 1 and firm.entity.cls in ("Company", "ResearchOrganization"):
                owner = firm  # "Sabia-3 from Brazil's Maritaca AI": the firm, not its country
                j = firm.start - 1
            if owner is not None and owner.start == j + 1 and owner.entity.cls != "AIModel":
                self.add([owner], "develops", [model], 0.75, "model-from", doc[j])

    def _known_maker(self, model: "Mention", owner: "Mention") -> "Mention":
        """ "SK Hynix supplies Nvidia with HBM stacks that sit next to its Blackwell GPUs": when
        "its" could be either name, the one the gazetteer knows makes the product is meant."""
        verb = self.doc[owner.start]
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if any(c.dep_ in ("nsubj", "nsubjpass") and self.at.get(c.i) is not None
               and self.at[c.i].entity.iri == owner.entity.iri for c in verb.children):
            return owner  # "Alibaba Cloud has cut prices for its Qwen models": its own clause's subject
        sent = self.doc[model.start].sent
        window = [m for m in self.mentions if m.kind == "name" and m.end <= model.start
                  and m.start >= max(0, sent.start - 60)]
        for m in reversed(window):
            if m.entity.iri != owner.entity.iri and (m.entity.iri, "develops", model.entity.iri) in self.gazetteer.background:
                return self._virtual_mention(m.entity, self.doc[owner.start:owner.end])
        return owner

    def rule_org_in_place(self, org: "Mention") -> None:
        """ "an analyst at Hanbit Securities in Seoul", "memory made by ChangXin Memory Technologies
        in Hefei": a place that qualifies an organisation named in a descriptive phrase is where it
        is based. A company the gazetteer places elsewhere is only operating there."""
        root = self.root(org)
        if org.kind != "name":
            return
        doc = self.doc
        if org.end + 1 < len(doc) and doc[org.end].lower_ == "of" and org.entity.cls in ("Company", "ResearchOrganization") \
                and not org.entity.known and (place := self.at.get(org.end + 1)) is not None \
                and place.start == org.end + 1 and place.kind == "name" and place.entity.cls == "City" \
                and (place.end >= len(doc) or doc[place.end].is_punct):
            # "Lubban Technologies of Muscat, Oman", "Harbourline Investments Limited of Hong Kong," (a
            # city only: "Business Development Bank of Canada" is one name)
            self._city_comma_region(place)
            self.add([org], "headquarteredIn", [place], 0.75, "org-of-place", doc[org.end])
            return
        qualified = root.dep_ == "pobj" and root.head.lower_ in ("at", "by", "from")
        # "Lelapa AI in Johannesburg is our closest rival", "the Iriba Institute in Kigali runs":
        # elsewhere only a city qualifies a new name ("Nvidia in China" is a market, not a seat).
        if not qualified and (org.entity.known or root.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj")):
            return
        for prep in root.children:
            if prep.dep_ != "prep" or prep.lower_ != "in" or not qualified and prep.i != org.end:
                continue
            places = [m for c in prep.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object")
                      if m.entity.cls in (("City", "Country", "Region") if qualified else ("City",)) and m.kind == "name"]
            known = self.gazetteer.objects(org.entity.iri, "headquarteredIn")
            places = [m for m in places if not known or m.entity.iri in known]
            self.add([org], "headquarteredIn", places[:1], 0.7, "org-in-place", prep)

    def _owned_or_backed(self, org: "Mention", owner: "Mention", participle: "Token", confidence: float) -> None:
        """ "G42-owned", "G42-controlled": org is owner's unit; "Tencent-backed": owner invests in org."""
        if participle.lower_ in _OWNING_PARTICIPLES:
            self.add([org], "subsidiaryOf", [owner], confidence, "owner-owned", participle)
        else:
            self.add([owner], "investsIn", [org], confidence, "investor-backed", participle)

    def rule_org_place(self, org: "Mention") -> None:
        """"Paris-based Mistral", "Chinese startup DeepSeek", "China's Huawei", "SoftBank-backed X"."""
        doc = self.doc
        if doc[org.start].lower_ in ("it", "they", "he", "she", "we"):
            return  # "a Hong Kong distributor it described as ...": the pronoun is not the distributor
        if org.end < len(doc) and doc[org.end].pos_ == "VERB" and (self._contact_clause(doc[org.end]) or (None,))[0] is org:
            return  # "the Sydney operator Blackstone bought": Blackstone is not the operator
        if self._subject_of_gapped_clause(org, doc[org.start - 1] if org.start else doc[org.start]):
            return  # (nor "the Israeli chip-design firm Amazon bought in 2015", parsed as a relative clause)
        i = org.start - 1
        skipped = 0
        org_nouns = set(self.p["org_nouns"]) | {"up", "carmaker", "recruiter", "consultancy", "designer",
                                                 "retailer", "broker", "integrator", "utility", "automaker", "holding"}
        # The noun right before the name must be an organisation noun ("group", "start-up"); before
        # it, any lower-case modifiers: "Swiss engineering group ABB", "Chinese artificial
        # intelligence start-up DeepSeek", "Singapore-based sovereign wealth fund GIC".
        # (A description's own head noun is inside its mention: "The South Korean memory maker"
        # skips straight to the modifiers.)
        if i >= 0 and (doc[i].lower_ in org_nouns or org.kind == "anaphor" and doc[org.start].pos_ == "NOUN") \
                and i not in self.at:
            if doc[i].lower_ == "up" and i >= 2 and doc[i - 1].text == "-":
                i -= 2  # "start-up"
                skipped += 1
            while i >= 0 and skipped < 6 and i not in self.at and (
                    doc[i].is_lower and doc[i].pos_ in ("NOUN", "ADJ", "PROPN", "VERB")
                    and doc[i].lower_ not in _OWNING_PARTICIPLES | _BACKING_PARTICIPLES | {"based", "headquartered", "registered", "listed", "traded"}
                    or doc[i].is_upper and doc[i].is_alpha and len(doc[i]) <= 4  # "Chinese AI firm X"
                    or doc[i].text == "-" and i >= 1 and doc[i - 1].lower_ not in ("based", "headquartered", "registered")
                    and doc[i + 1].is_lower and doc[i + 1].lower_ not in ("listed", "traded")):
                i -= 1
                skipped += 1
        if i < 0:
            return
        word = doc[i].lower_
        if word in ("based", "headquartered", "registered") and i >= 1:
            k = i - 1 if doc[i - 1].text == "-" else i
            place = self.at.get(k - 1) if k >= 1 else None
            if place is not None and place.end == k and (org.kind != "anaphor" or self._home_of_description(org, place)):
                self.add([org], "headquarteredIn", [self._city_before(place)], 0.9, "place-based", doc[i])
            return
        if word in _OWNING_PARTICIPLES | _BACKING_PARTICIPLES and i >= 2 and doc[i - 1].text == "-":
            owner = self.at.get(i - 2)
            if owner is not None and owner.end == i - 1:
                self._owned_or_backed(org, owner, doc[i], 0.85)
            return
        if doc[i].text in ("'s", "'") and i >= 1:
            owner = self.at.get(i - 1)
            if owner is not None and owner.kind != "demonym":
                if owner.entity.cls in ("Country", "City", "Region") and org.entity.cls != "GovernmentBody":
                    # "Taiwan's Powerchip"; not "the UK's AI Security Institute", an organ of the state.
                    self.add([org], "headquarteredIn", [owner], 0.75, "place-possessive", doc[i])
                elif owner.entity.cls == "Company" and skipped == 0 and org.entity.label not in _CURRENCY_CODES \
                        and (not self.is_modifier(org) or doc[org.end].lemma_.lower() in _UNIT_NOUNS):
                    # (not "OpenAI's Stargate programme", "the company's Ishikari data centre")
                    self.add([org], "subsidiaryOf", [owner], 0.6, "company-possessive", doc[i])
                elif owner.entity.cls in ("GovernmentBody", "Bloc") and org.entity.cls == "GovernmentBody" and skipped == 0:
                    # "the Commerce Department's Bureau of Industry and Security", "the European
                    # Commission's AI Office": a body of a body is part of it.
                    self.add([org], "subsidiaryOf", [owner], 0.7, "body-possessive", doc[i])
            return
        place = self.at.get(i)
        described = org.kind == "anaphor" and any(
            c.dep_ == "det" and c.lower_ == "the" and c.i < i for c in doc[org.start].children)
        if place is not None and place.end == i + 1 and (skipped > 0 or described) \
                and place.entity.cls in ("Country", "Region", "City") \
                and org.entity.cls != "GovernmentBody":
            if org.kind == "anaphor" and not self._home_of_description(org, place):
                return
            self.add([org], "headquarteredIn", [place], 0.75, "demonym-org" if place.kind == "demonym" else "place-org", doc[i])

    def _home_of_description(self, description: "Mention", place: "Mention") -> bool:
        """Whether the place in a description that refers back ("the South Korean memory maker")
        is its referent's home. Not a place glued into a longer modifier ("the Mumbai-area
        operator", "the traditional-Chinese model"), not before a name the description introduces
        ("the Istanbul venture firm 212"), and not a country at odds with where the article or
        the gazetteer already puts the referent ("The Wolfsburg-based group has invested in
        Rivian ... with the US electric-vehicle maker": the anaphor went to the wrong firm)."""
        doc = self.doc
        if place.end < len(doc) and doc[place.end].text == "-" and not doc[place.end - 1].whitespace_ \
                or place.start > 0 and doc[place.start - 1].text == "-" and not doc[place.start - 1].whitespace_ \
                or description.end < len(doc) and doc[description.end].pos_ in ("NUM", "PROPN"):
            return False
        homes = {c.object.entity.iri for c in self.out
                 if c.relation == "headquarteredIn" and c.subject.entity.iri == description.entity.iri}
        homes |= self._homes(description.entity.iri)
        if not homes:
            return True
        located: dict[str, set[str]] = {}  # (and where the article itself puts a town)
        for c in self.out:
            if c.relation == "locatedIn":
                located.setdefault(c.subject.entity.iri, set()).add(c.object.entity.iri)
        known = self._places_up(homes, located)
        # (a town the article cannot place in a country contradicts none: "based in Hernandarias
        # ... the Paraguayan firm")
        if not any((e := self.gazetteer.entities.get(iri)) is not None and e.cls == "Country" for iri in known):
            return True
        return place.entity.iri in known or bool(self._places_up({place.entity.iri}, located) & homes)

    def _places_up(self, iris: set[str], located: "dict[str, set[str]] | None" = None) -> set[str]:
        """Places and what they lie in, up to three levels (city -> state -> country), from the
        gazetteer and any locatedIn pairs given."""
        out = set(iris)
        for _ in range(3):
            out |= {x for iri in out for x in (*self.gazetteer.objects(iri, "locatedIn"), *(located or {}).get(iri, ()))}
        return out

    def rule_org_description(self, org: "Mention") -> None:
        """ "Qingyun Intelligence, a Hangzhou AI lab", "Tokyo Electron, the Japanese toolmaker",
        "Safaricom, the Kenyan telecoms operator", "Humain, the kingdom's state-backed AI company":
        a description set off after an organisation's name says where it is from when a place
        or nationality modifies the description's head noun. Also "Inspur and other Chinese
        enterprises"."""
        from .extract import PERSON_NOUNS

        doc = self.doc
        j = org.end
        if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in ("a", "an", "the"):
            k = j + 2
            places: list[Mention] = []
            based: list[Mention] = []  # "a Lucerne-based non-profit", "a startup based in Brno"
            head = None  # the description's noun: the last one before it ends
            while k < min(len(doc), j + 12):
                t = doc[k]
                if t.lower_ in ("startup", "start-up", "nonprofit") or t.lower_ in ("start", "non") and k + 2 < len(doc) \
                        and doc[k + 1].text == "-" and doc[k + 2].lower_ in ("up", "profit"):
                    # (the tagger often makes "start-up" a verb and "non-profit" an adjective)
                    head = t
                    k += 1 if t.lower_ in ("startup", "start-up", "nonprofit") else 3
                    continue
                if t.lower_ in ("in", "from") and head is not None and not places:
                    # "Selatan Compute, a server integrator in Johor": the description's place
                    # ("Termoflux, a company from Bologna"; not "the biggest loser from China's ban")
                    m = self.at.get(k + 1) or (self.at.get(k + 2) if k + 1 < len(doc) and doc[k + 1].lower_ == "the" else None)
                    if t.lower_ == "from" and (m is None or head.lower_ not in _FIRM_DESCRIPTION_NOUNS
                                               or m.end < len(doc) and doc[m.end].text in ("'s", "'", "-")):
                        break
                    if m is not None and m.kind in ("name", "anaphor") and (m.entity.cls in ("City", "Country") or (
                            m.entity.cls == "Region" and self._subnational(m))):
                        based = [m]  # (and "a small colocation operator in the city")
                    break
                if t.lower_ in ("based", "headquartered", "registered", "incorporated") and k + 2 < len(doc) \
                        and doc[k + 1].lower_ == "in":
                    m = self.at.get(k + 2)
                    if m is not None and t.lower_ in ("registered", "incorporated") and m.entity.label in _REGISTRY_SEATS:
                        break  # "a company incorporated in the Cayman Islands": a legal seat, not where it is
                    if m is not None and m.start == k + 2 and m.entity.cls in ("Country", "City", "Region"):
                        based = [m]
                        self._city_comma_region(m)
                    break
                if t.text == "," and places and places[-1].end == k and places[-1].entity.cls == "City" \
                        and (state := self.at.get(k + 1)) is not None and state.start == k + 1 \
                        and state.entity.cls in ("Region", "Country") and state.end < len(doc) \
                        and doc[state.end].is_lower and doc[state.end].pos_ in ("NOUN", "ADJ"):
                    k = state.end  # "a Calgary, Alberta provider": the town, then its state
                    continue
                if t.is_punct and not (t.text == "-" and not t.whitespace_ and not doc[k - 1].whitespace_) \
                        or t.pos_ in ("ADP", "VERB", "AUX", "PRON", "SCONJ", "CCONJ") and t.tag_ != "VBN" \
                        or t.tag_ == "VBN" and t.dep_ in ("acl", "relcl") or t.lower_ in _RELATIVES:
                    break
                if t.pos_ == "NOUN" and k + 1 < len(doc) and not (doc[k + 1].text == "-" and not t.whitespace_):
                    head = t
                m = self.at.get(k)
                if m is not None and m.kind == "anaphor" and m.entity.iri == org.entity.iri:
                    m = None  # the description's own noun, resolved to the name it describes
                if m is not None and m.entity.cls in ("Country", "City", "Region") and m.end + 1 < len(doc) \
                        and doc[m.end].text == "-" and doc[m.end + 1].lower_ in ("based", "headquartered", "registered"):
                    # ("Trident Peak Trading, a Hong Kong-registered company": where it is incorporated,
                    # unless that is a registry seat: "a Delaware-registered company")
                    based = [self._city_before(m)] if m.start == k and not (
                        doc[m.end + 1].lower_ == "registered" and m.entity.label in _REGISTRY_SEATS) else based
                    k = m.end + 2
                    continue
                if m is not None and m.start == k and m.kind == "name" and m.entity.cls in ("Company", "GovernmentBody") \
                        and m.end + 1 < len(doc) and doc[m.end].text == "-" \
                        and doc[m.end + 1].lower_ in _OWNING_PARTICIPLES | _BACKING_PARTICIPLES \
                        and org.entity.cls == "Company" and m.entity.iri != org.entity.iri:
                    # "Khazna Data Centers, the G42-controlled operator": its owner (or backer)
                    self._owned_or_backed(org, m, doc[m.end + 1], 0.8)
                    places = []
                    break
                if m is not None:
                    if m.entity.cls not in ("Country", "City", "Region") or m.end < len(doc) and doc[m.end].text == "-":
                        # "a Paris-based ..." is rule_based's; another organisation's name means
                        # the phrase is not a description ("Sber and Yandex, the Belarusian company Nemiga")
                        places = []
                        break
                    if m.entity.cls == "Region" and not self.gazetteer.objects(m.entity.iri, "locatedIn"):
                        places = []  # "the European data-centre business", "the pan-African group"
                        break
                    places.append(m)
                    k = m.end
                    continue
                k += 1
            after = doc[k] if k < len(doc) else None
            if after is not None and after.pos_ in ("VERB", "AUX") and after.tag_ != "VBN":
                places = []  # "..., the German group said": a new clause's subject, not a description
            if places and head is not None and head.is_lower and head.lower_ not in PERSON_NOUNS \
                    and head.lower_ not in _NOT_ORG_HEADS and org.entity.cls in ("Company", "ResearchOrganization"):
                self.add([org], "headquarteredIn", places[-1:], 0.75, "description-place", head)
            if based and org.entity.cls in ("Company", "ResearchOrganization") \
                    and not (head is not None and (head.lower_ in PERSON_NOUNS or head.lower_ in _NOT_ORG_HEADS)):
                self.add([org], "headquarteredIn", based, 0.85, "appos-based", doc[j])
        root = doc[org.start:org.end].root
        for conj in root.children:
            if conj.dep_ != "conj":
                continue
            for t in conj.subtree:
                if t.lower_ == "other" and t.i + 1 < len(doc):
                    place = self.at.get(t.i + 1)
                    if place is not None and place.kind == "demonym" and place.entity.cls == "Country":
                        self.add([org], "headquarteredIn", [place], 0.7, "other-demonym", t)

    def _city_before(self, place: "Mention") -> "Mention":
        """ "Santa Clara, California-based Nvidia": the city, and the city lies in the state."""
        doc = self.doc
        if place.start >= 2 and doc[place.start - 1].text == "," and place.entity.cls in ("Region", "Country"):
            city = self.at.get(place.start - 2)
            if city is not None and city.entity.cls == "City" and city.end == place.start - 1:
                self.add([city], "locatedIn", [place], 0.8, "city-state-based", doc[place.start - 1])
                return city
        return place

    def rule_based(self, tok: "Token") -> None:
        """ "Micron, the Boise, Idaho-based memory maker", "Kestrel Labs, a start-up based in
        Bengaluru": a based-phrase inside an apposition locates the name the apposition describes.
        (A based-phrase right before the name is rule_org_place's.)"""
        doc = self.doc
        places: list[Mention] = []
        if tok.i >= 2 and doc[tok.i - 1].text == "-":
            place = self.at.get(tok.i - 2)
            if place is not None and place.end == tok.i - 1:
                places = [self._city_before(place)]
        else:
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "out"):
                    for pobj in prep.children:
                        m = self.mention_at(pobj)
                        if m is not None and m.entity.cls in ("City", "Country", "Region"):
                            places = [m]
                            self._city_comma_region(m)
        if not places:
            return
        noun = tok.head
        if noun.i == tok.i:
            return
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and self.mention_at(noun) is None and tok.i > noun.i \
                and noun.lemma_ not in self.p["org_nouns"] and (
                    noun.head.head.lemma_ in self.p["org_nouns"] or noun.head.head.lower_.endswith("maker")):
            # "Raveon Silicon, a maker of inference chips based in Yokneam": the maker is based
            # there, not its goods
            noun = noun.head.head
        described = self.mention_at(noun)
        if described is not None and noun.i not in self.makers:
            if described.kind == "anaphor" and described.entity.cls in ("Company", "ResearchOrganization", "GovernmentBody"):
                # "the Suwon-based company", "the Bengaluru-headquartered IT services group", "the
                # Dublin-based commission".
                self.add([described], "headquarteredIn", places, 0.8, "anaphor-based", tok)
            return
        if described is not None:
            orgs = [self.makers[noun.i][0]]  # "the San Francisco-based maker of the Claude models"
            self.add(orgs, "headquarteredIn", places, 0.85, "appos-based", tok)
            return
        orgs = []
        cur = noun
        for _ in range(3):
            # "Micron, the Boise, Idaho-based memory maker": the parser may hang the noun on the
            # city it follows; climb to the organisation the apposition describes.
            if cur.dep_ not in ("appos", "conj"):
                break
            m = self.at_name(cur.head)
            if m is not None and m.entity.cls not in ("City", "Country", "Region"):
                orgs = [m]
                left = cur.left_edge.i
                before = self.at.get(left - 2) if left >= 2 and doc[left - 1].text == "," else None
                if cur.dep_ == "appos" and self._singular_appositive(cur) and before is not None \
                        and before.kind == "name" and before.entity.cls not in ("City", "Country", "Region"):
                    orgs = [before]  # "Moonshot AI, MiniMax and Zhipu AI, the Beijing-based maker"
                break
            cur = cur.head
        if not orgs and noun.dep_ == "attr" and noun.head.lemma_ == "be":
            # "Fenwright AI is a Paris-based startup" (not "One of Nvidia's suppliers is a
            # Kaohsiung-based firm": the subject itself only)
            orgs = [m for c in noun.head.children if c.dep_ == "nsubj" for m in [self.at_name(c)]
                    if m is not None and self.root(m).i == c.i and m.entity.cls in ("Company", "ResearchOrganization")]
        if orgs:
            pass
        elif self.listed(noun):
            orgs = [m for m in self.listed(noun) if m.entity.cls in ("Company", "ResearchOrganization")]
        elif noun.i in self.makers:
            orgs = [self.makers[noun.i][0]]  # "the San Francisco-based maker of the Claude models"
        if orgs:
            self.add(orgs, "headquarteredIn", places, 0.85, "appos-based", tok)

    def _city_comma_region(self, city: "Mention") -> None:
        doc = self.doc
        j = city.end
        if city.entity.cls == "City" and j + 1 < len(doc) and doc[j].text == ",":
            region = self.at.get(j + 1)
            if region is not None and region.start == j + 1 and region.entity.cls in ("City", "Region", "Country"):
                self.add([city], "locatedIn", [region], 0.8, "city-comma-region", doc[j])

    def rule_home_to(self, tok: "Token") -> None:
        """ "South Korea, home to Samsung and SK Hynix"; "The Netherlands and Japan, home to ASML
        and Tokyo Electron respectively" (pairwise); "Innopolis is home to Innopolis University"."""
        to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        if to is None:
            return
        orgs = [m for c in to.children if c.dep_ == "pobj" for m in self.np_mentions(c, role="object", owners=False)]
        orgs = [m for m in orgs if m.entity.cls in ("Company", "ResearchOrganization")]
        if tok.dep_ in ("appos", "advmod", "npadvmod"):
            m = self.at_name(tok.head)
            places = self.chain(m) if m is not None else []
        elif tok.dep_ in ("attr", "conj"):
            places = self.clause_subject(tok.head)
        else:
            return
        places = [m for m in places if m.entity.cls in ("City", "Country", "Region")]
        if not orgs or not places:
            return
        respectively = any(t.lower_ == "respectively" for t in tok.subtree)
        if respectively and len(orgs) == len(places):
            for org, place in zip(orgs, places):
                self.add([org], "headquarteredIn", [place], 0.85, "home-to", tok)
        elif len(places) == 1:
            self.add(orgs, "headquarteredIn", places, 0.85, "home-to", tok)
        elif len(orgs) == len(places):
            # "The Netherlands and Japan, home to ASML and Tokyo Electron": in order, as a reader
            # takes it, unless what the gazetteer knows of the firms' homes says otherwise.
            homes = [self.gazetteer.objects(org.entity.iri, "headquarteredIn") for org in orgs]
            if all(not home or place.entity.iri in home for home, place in zip(homes, places)):
                for org, place in zip(orgs, places):
                    self.add([org], "headquarteredIn", [place], 0.75, "home-to", tok)

    def rule_place_noun(self, tok: "Token") -> None:
        """ "Hiroshima, a city in western Japan", "Hangzhou, the capital of Zhejiang province",
        "Almaty, Kazakhstan's largest city", "Innopolis is a city in the Republic of Tatarstan":
        a place described as a city/region of another lies in it."""
        inner = [m for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in ("in", "of")
                 for c in prep.children if c.dep_ == "pobj" for m in [self._area_of(c)] if m is not None]
        inner += [self.at_name(c) for c in tok.children if c.dep_ == "poss" and self.at_name(c) is not None]
        # "Batam, an Indonesian island", "Johor, the Malaysian state across the causeway".
        # ("Hefei, the Anhui capital": a state's name as the modifier)
        # (its only modifier: not "Tijuana, the California border city")
        inner += [m for c in tok.children if c.dep_ in ("amod", "compound") for m in [self.mention_at(c)]
                  if m is not None and (m.kind == "demonym" or m.kind == "name" and m.entity.cls in ("Region", "Country")
                                        and not any(t.pos_ == "NOUN" for t in self.doc[m.end:tok.i]))]
        inner = [m for m in inner if m.entity.cls in ("Country", "Region", "City")][:1]
        if not inner:
            return
        if tok.dep_ == "appos":
            outer = [self.at_name(tok.head)] if self.at_name(tok.head) is not None else []
            left = tok.left_edge.i
            before = self.at.get(left - 2) if left >= 2 and self.doc[left - 1].text == "," else None
            if outer and before is not None and before.end == left - 1 and before.kind == "name" \
                    and before.entity.cls in ("City", "Region") and outer[0].end != left - 1:
                # ("in Dubai, Ajman and in Masdar City, the clean-energy district of Abu Dhabi": the
                # place right before the description's comma, wherever the parser hung it)
                outer = [before]
        elif tok.dep_ == "attr":
            outer = self.clause_subject(tok.head)
        else:
            return
        outer = [m for m in outer if m.entity.cls in ("City", "Region")]
        self.add(outer, "locatedIn", inner, 0.8, f"place-noun:{tok.lower_}", tok)

    def _area_of(self, tok: "Token") -> "Mention | None":
        """The place a phrase names, through words for a part of it: "(in) the north of
        Guangdong", "(the capital of) the northern state of Nuevo Leon"."""
        for _ in range(3):
            m = self.at_name(tok)
            if m is not None or tok.lower_ not in _AREA_NOUNS:
                return m
            tok = next((c for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                        for c in p.children if c.dep_ == "pobj"), tok)
        return None

    def _subnational(self, region: "Mention") -> bool:
        """A state or province ("Johor"), not a part of the world ("the Nordics", "Southeast Asia")."""
        entities = self.gazetteer.entities
        return not region.entity.known or any(
            o in entities and entities[o].cls == "Country" for o in self.gazetteer.objects(region.entity.iri, "locatedIn"))

    def rule_region_country(self, region: "Mention") -> None:
        """ "in Johor, Malaysia", "Bavaria, Germany": a state or province set off before its
        country. (Not in a list: "Texas, California and Arizona".)"""
        doc, j = self.doc, region.end
        before = self.at.get(region.start - 2) if region.start >= 2 else None
        if region.kind != "name" or j + 1 >= len(doc) or doc[j].text != "," \
                or region.start > 0 and doc[region.start - 1].lower_ in ("and", "or") \
                or region.start > 0 and doc[region.start - 1].text == "," and not (
                    before is not None and before.entity.cls == "City" and before.end == region.start - 1):
            # (after a city, "Kulai, Johor, Malaysia", a comma starts no list)
            return
        country = self.at.get(j + 1)
        if country is None or country.start != j + 1 or country.entity.cls != "Country" or country.kind != "name":
            return
        after = doc[country.end].lower_ if country.end < len(doc) else ""
        if after in ("and", "or", "'s") or after == "," and self.at.get(country.end + 1) is not None:
            return
        if country.end < len(doc) and doc[country.end].tag_ == "NNS" and doc[country.end].is_lower \
                and doc[country.end].dep_ != "compound" \
                and doc[country.end].lemma_ not in _SITE_NOUNS and doc[country.end - 1].dep_ in ("compound", "nmod", "amod"):
            # "Ohio, Georgia regulators approve ...": two places naming the people of a plural noun, a
            # list (not "its Johor, Malaysia data centre campus")
            return
        self.add([region], "locatedIn", [country], 0.8, "region-comma-country", doc[j])

    def _in_place_list(self, first: "Mention", second: "Mention") -> bool:
        """ "campuses in San Jose, in Taoyuan, Taiwan, and in Penang": "in" before each place of a
        list, whatever follows the second place."""
        doc = self.doc
        end = min(second.end + 8, doc[first.start].sent.end - 1)
        if second.entity.cls != "City" or any(t.lower_ in _AREA_NOUNS for t in doc[second.end:second.end + 2]):
            return False  # "in Alcobendas, in the Madrid region, and in Barcelona": the first lies in it
        return first.start > 0 and doc[first.start - 1].lower_ == "in" and any(
            doc[t].lower_ == "and" and doc[t + 1].lower_ == "in" for t in range(second.end, end))

    def rule_city_in_area(self, city: "Mention") -> None:
        """ "a data centre in Dammam, in the kingdom's Eastern Province", "stoppages in Wolfsburg,
        in Lower Saxony": a city set off before the region it lies in."""
        doc, j = self.doc, city.end
        # ("its campus in Huntingwood, also in Sydney's west")
        also = 1 if j + 3 < len(doc) and doc[j + 1].lower_ == "also" and city.entity.cls == "City" else 0
        if j + 2 + also >= len(doc) or doc[j].text != "," or doc[j + 1 + also].lower_ != "in":
            return
        # (an unknown region's name may be typed a city: "Lower Saxony")
        wanted, k = ("Region", "Country", "City"), j + 2 + also
        k = self._walk_to_place(k, j + 7 + also)
        place = self.at.get(k)
        if place is None or place.kind != "name" or place.start != k or place.entity.cls not in wanted \
                or place.entity.iri == city.entity.iri:
            return
        after = doc[place.end:place.end + 3]
        if any(t.lower_ in ("in", "and") for t in after[:2]) and not any(t.lower_ in _AREA_NOUNS for t in after[:1]) \
                or self._in_place_list(city, place):
            return  # (a list of places: "in Paris, in Lyon and in Lille")
        if place.entity.cls == "Country" and place.end < len(doc) and doc[place.end].text in ("'s", "'"):
            return  # "a cluster in Wuhu, in east China's Anhui province": the region's (rule_city_country)
        self.add([city], "locatedIn", [place], 0.75, "city-in-area", doc[j + 1 + also])

    def rule_origin_list(self, tok: "Token") -> None:
        """ "Chinese rivals Alibaba and Moonshot AI", "Chinese chipmakers such as SMIC and Hua
        Hong", "Japan's three megabanks, MUFG, Mizuho and SMBC", "Mellanox, the Israeli
        networking firm": a nationality or country on a noun for companies locates each of them.
        (The single name right after the noun is rule_org_place's.)"""
        place = None
        for child in tok.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod"):
                m = self.mention_at(child)
                if m is not None and m.entity.cls in ("Country", "City") and m.kind != "relative":
                    place = m  # "Europe's largest AI lab" ranks, it does not locate
        if place is None:
            return
        orgs: list[Mention] = []
        after = self._mention_after(tok)
        if after is not None and self.doc[after.start].lower_ in ("it", "they", "he", "she", "we"):
            after = None  # "a Hong Kong distributor it described as ...": the pronoun is someone else
        # "the Sydney operator Blackstone bought": the buyer is not the Sydney operator
        contact = next((found[0] for c in tok.children if c.dep_ in ("acl", "relcl")
                        for found in [self._contact_clause(c)] if found is not None), None)
        if contact is not None and after is contact:
            after = None
        if after is not None and self._subject_of_gapped_clause(after, tok):
            after = None  # "the Israeli chip-design firm Amazon bought in 2015": the buyer is no Israeli firm
        if after is not None:
            # "Chinese rivals Alibaba and Moonshot AI", "Dutch chip-equipment maker ASML": the names
            # after the noun, and no others (the noun may be misparsed as an apposition). A singular
            # noun names one: "Norway's venture fund Investinor and Swedish fund Industrifonden".
            orgs = self.chain(after, rightward=True) if tok.tag_ != "NN" else [after]
            orgs = [m for m in orgs if m.entity.cls in ("Company", "ResearchOrganization")]
        orgs = orgs or self.listed(tok)
        if not orgs and tok.tag_ == "NNS" and tok.dep_ == "dobj":
            # "added 23 Chinese entities to the Entity List, including Sophgo and Inspur": the
            # parser hangs "including" on the list's name.
            orgs = [m for t in tok.head.subtree if t.lower_ == "including" and t.i > tok.i and t.head.i != tok.i
                    and t.head.pos_ == "PROPN" and t.head.i < t.i for m in self.listed(t.head)]
        if not orgs and tok.dep_ == "nsubj" and tok.head.lemma_ in ("include", "comprise"):
            # "ASML, whose Chinese customers include SMIC and Hua Hong".
            orgs = [m for c in tok.head.children if c.dep_ == "dobj" for m in self.np_mentions(c, role="object")]
        if not orgs:
            for child in tok.children:
                if child.dep_ == "appos":
                    m = self.mention_at(child)
                    if m is not None and m.kind != "demonym" and m is not contact:
                        orgs = self.chain(m, rightward=True)
        if not orgs and after is None and tok.dep_ == "appos" and tok.i > tok.head.i:
            m = self.at_name(tok.head)
            if m is not None:
                orgs = [m]
        if not orgs and after is None and tok.dep_ == "attr" and tok.head.lemma_ in ("be", "remain") and place.kind == "demonym" \
                and not any(c.dep_ == "neg" for c in tok.head.children):
            # "Halcyon Reasoning is a Swiss lab"
            orgs = [m for c in tok.head.children if c.dep_ == "nsubj" for m in self.np_mentions(c, role="subject")
                    if m.kind == "name"]
        orgs = [m for m in orgs if m.entity.cls in ("Company", "ResearchOrganization")]
        self.add(orgs, "headquarteredIn", [place], 0.75, "origin-list", tok)

    def rule_bracketed_place(self, org: "Mention") -> None:
        """ "Chui Microline (Bishkek, Kyrgyzstan), which supplied ...", "Kaminari Compute (Nagoya,
        Aichi Prefecture)": a sanctions listing's or a Japanese press release's bracketed place
        after a firm is where it is based."""
        if org.entity.cls == "GovernmentBody" or org.entity.known:
            return  # ("Huawei (Malaysia)" names a local unit, not where Huawei is based)
        doc, k = self.doc, org.end + 1
        places: list["Mention"] = []
        while k < len(doc) and k - org.end < 12:
            m = self.at.get(k)
            if m is None or m.start != k or m.entity.cls not in ("City", "Country", "Region"):
                return
            places.append(m)
            k = m.end
            if k < len(doc) and doc[k].text == ")":
                break
            if k >= len(doc) or doc[k].text != ",":
                return
            k += 1
        else:
            return
        if k < len(doc) and doc[k].text == ")" and not (k + 1 < len(doc) and doc[k + 1].text[:1].isupper()):
            # (not "Tembusu Technology (Shenzhen) Co Ltd": the bracket inside a name)
            self.add([org], "headquarteredIn", places, 0.8, "bracketed-place", doc[org.end])

    def _walk_to_place(self, k: int, stop: int) -> int:
        """The first token from k on that a place's name may start at, after "City, in": past "the",
        "the western state of", "east", "the kingdom's" (not "in addition to London", "in line with
        Beijing's policy")."""
        doc = self.doc
        while k < min(stop, len(doc)) and k not in self.at and (
                doc[k].pos_ in ("ADJ", "DET") or doc[k].lower_ in _AREA_OR_PLACE_WORDS or doc[k].text == "'s"
                or doc[k].is_lower and k + 1 < len(doc) and doc[k + 1].text == "'s"):
            k += 1
        demonym = self.at.get(k)
        if demonym is not None and demonym.kind == "demonym" and demonym.end + 2 < len(doc) \
                and doc[demonym.end].lower_ in _DIVISION_NOUNS and doc[demonym.end + 1].lower_ == "of":
            return demonym.end + 2  # "George Town, in the Malaysian state of Penang": the state
        return k

    def _place_closes(self, place: "Mention") -> bool:
        """An unknown place after "City," ends its phrase ("in Ogaki, Gifu, joining ..."): not a
        word that a noun follows ("ships to Monterrey, Kumamoto cooling startup wins") nor an item
        that another name follows ("tasks in Arabic, Urdu, Bengali", "Finnegan, Henderson, Farabow")."""
        doc = self.doc
        if place.end >= len(doc):
            return True
        after = doc[place.end]
        if after.text == ",":
            # ("a plant in Ogaki, Gifu, Japan": a country may follow)
            nxt = self.at.get(place.end + 1)
            return place.end + 1 >= len(doc) or not doc[place.end + 1].text[:1].isupper() \
                or nxt is not None and nxt.entity.cls == "Country"
        return after.is_punct or after.pos_ in ("ADP", "AUX", "CCONJ", "SCONJ") or after.pos_ == "VERB" and after.tag_ != "VBG"

    def rule_city_country(self, city: "Mention") -> None:
        """"Shenzhen, China" and "Shenzhen in southern China"."""
        doc = self.doc
        j = city.end
        if j + 2 < len(doc) and doc[j].like_num and doc[j + 1].text == "," and not doc[j].is_punct:
            j += 1  # an address's postal code: "Bishkek 720040, Kyrgyzstan"
        root = self.root(city)
        if root.dep_ == "nsubj" and root.head.lemma_ == "be":
            # "Bengaluru is the capital of Karnataka state", "Shenzhen is a city in Guangdong".
            for attr in root.head.children:
                if attr.dep_ == "attr" and attr.lower_ in _PLACE_NOUNS:
                    places = [m for p in attr.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
                              for c in p.children if c.dep_ == "pobj"
                              for m in self.np_mentions(c, role="object") or [
                                  x for g in c.children if g.dep_ == "compound" for x in [self.mention_at(g)] if x]
                              if m.entity.cls in ("Country", "Region") and m.kind == "name"]
                    self.add([city], "locatedIn", places[:1], 0.8, "city-is-in", attr)
        if j + 2 < len(doc) and doc[j].text == "(" and city.entity.cls == "City":
            # "in Nozay (Essonne)": the bracketed region a town lies in
            place = self.at.get(j + 1)
            if place is not None and place.start == j + 1 and place.end < len(doc) and doc[place.end].text == ")" \
                    and place.entity.cls == "Region" and place.kind == "name":
                self.add([city], "locatedIn", [place], 0.75, "city-bracketed-region", doc[j])
        if j + 1 < len(doc) and doc[j].text == ",":
            place = self.at.get(j + 1)
            in_list = (city.start >= 1 and doc[city.start - 1].text in (",", "and")) or (
                place is not None and place.end < len(doc) and doc[place.end].lower_ in ("and", "or", "'s"))
            # ("Mokdong, Seoul": a known city after a new one's name holds it, outside a list)
            if place is not None and place.start == j + 1 and not (place.end < len(doc) and doc[place.end].text == "'s") and (place.entity.cls in ("Country", "Region") or (
                    place.entity.cls == "City" and (not place.entity.known or not city.entity.known)
                    and not in_list and self._place_closes(place))):
                after = doc[place.end] if place.end < len(doc) else None
                nxt = self.at.get(place.end + 1) if after is not None and after.text == "," else None
                # ("Kajaani, Finland, where ...": "where" is no third place of a list)
                if nxt is None or nxt.entity.cls not in ("City",) or nxt.kind == "relative":
                    # "plants in Taoyuan and Chiayi, Taiwan": the cities listed before share the country
                    listed = [m for m in self.chain(city) if m.entity.cls == "City" and m.end <= city.start
                              and m.kind == "name" and (not m.entity.known or place.entity.iri in
                                                        self.gazetteer.objects(m.entity.iri, "locatedIn"))] \
                        if place.entity.cls == "Country" and city.start >= 1 and doc[city.start - 1].lower_ == "and" else []
                    # (not a city known to lie elsewhere: "offices in Lagos, Accra and Nairobi, Kenya")
                    self.add(listed + [city], "locatedIn", [place], 0.8, "city-comma-country", doc[j])
        if j + 4 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in ("a", "an", "the") and city.entity.cls == "City":
            # "Arica, a port city in northern Chile", "Hefei, the capital of Anhui province": a
            # description of the place that ends with where it lies.
            k = j + 2
            while k < min(len(doc), j + 7) and doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN") and k not in self.at:
                k += 1
            if k > j + 2 and doc[k - 1].lower_ in _SETTLEMENT_NOUNS \
                    and doc[k].lower_ in ("in", "of", "on"):
                k += 1
                while k < len(doc) and doc[k].pos_ in ("ADJ", "DET") and k not in self.at:
                    k += 1
                place = self.at.get(k)
                if place is not None and place.start == k and place.entity.cls in ("Country", "Region") \
                        and place.kind == "name":
                    self.add([city], "locatedIn", [place], 0.75, "city-described", doc[j + 1])
        if j + 2 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in ("in", "on") and city.entity.cls == "City":
            # "a cluster in Kulai, in Johor", "Jamnagar, in the western state of Gujarat", "Izmir, on
            # Turkiye's Aegean coast".
            k = self._walk_to_place(j + 2, len(doc))
            place = self.at.get(k)
            country = place
            if place is not None and place.start == k and place.entity.cls == "Country" and place.end + 1 < len(doc) \
                    and doc[place.end].text in ("'s", "'"):
                # "Changzhou, in China's Jiangsu province": the province the country's possessive names
                # (and the country holds the province)
                r = place.end + 1
                while r < len(doc) and doc[r].pos_ == "ADJ" and r not in self.at:
                    r += 1
                region = self.at.get(r)
                nxt = doc[region.end].lower_ if region is not None and region.end < len(doc) else ""
                # (not "Izmir, on Turkiye's Aegean coast": a coast is no division of the country)
                if region is not None and region.start == r and region.entity.cls == "Region" \
                        and nxt not in ("coast", "coastline", "shore", "shores", "border", "side", "edge", "banks"):
                    place, k = region, r
                    self.add([region], "locatedIn", [country], 0.75, "city-in-country", doc[j + 1])
            listed = place is not None and place.end + 1 < len(doc) and doc[place.end].lower_ in (",", "and", "or") \
                and doc[place.end + 1].lower_ in ("in", "and", "or")
            listed = listed or place is not None and self._in_place_list(city, place)
            if place is not None and place.start == k and place.entity.iri != city.entity.iri and (
                    place.entity.cls in ("Country", "Region") or place.entity.cls == "City" and not listed):
                # (not "offices in Paris, in Lyon and in Lille": a list of cities)
                self.add([city], "locatedIn", [place], 0.75, "city-in-country", doc[j + 1])
        elif j + 1 < len(doc) and doc[j].lower_ == "in":
            k = j + 1
            while k < len(doc) and doc[k].pos_ in ("ADJ", "DET") and k not in self.at:
                k += 1
            place = self.at.get(k)
            if place is not None and place.start == k and place.entity.cls in ("Country", "Region"):
                self.add([city], "locatedIn", [place], 0.75, "city-in-country", doc[j])

    def rule_ranking(self, sent: "Span") -> None:
        """"Russia ranks 31st out of 83 countries in the Global AI Index", "France ranks 5th and
        Germany 7th": each ordinal goes to the subject of its clause, else the name before it.
        In a digest that names the index once ("Key points from the Global AI Index: ... China is
        second ... Singapore ranks third out of 83"), a sentence that states a rank and names no
        index refers to the index named last before it."""
        indices = [m for m in self.sent_mentions(sent) if m.entity.cls == "Index" and m.kind == "name"]
        from_context = not indices
        if from_context:
            earlier = [m for m in self._index_mentions() if m.end <= sent.start]
            if not earlier:
                return
            indices = earlier[-1:]
        index = indices[0]
        text, offset = sent.text, sent.start_char
        ordinals = list(_ORDINAL.finditer(text))
        out_of = _OUT_OF.search(text, ordinals[0].end()) if ordinals else None
        actors = [m for m in self.sent_mentions(sent) if m.kind != "demonym" and m.entity.cls != "Index"
                  and not self.is_modifier(m)]
        for ordinal in ordinals:
            anchor = self.doc.char_span(offset + ordinal.start(), offset + ordinal.end(), alignment_mode="expand")
            if anchor is None or not self._rank_ordinal(anchor.root):
                continue
            # "Malaysia ranks 23rd and Indonesia 49th", "Germany, ninth, is ...": a name right
            # before the ordinal is its subject (the verb is gapped or elsewhere).
            k = anchor.start - 1
            if k >= 1 and self.doc[k].lower_ in ("in", "at") and self.doc[k - 1].i in self.at:
                k -= 1  # "both well behind India in 46th", "Latam-GPT in third"
            if k >= 1 and self.doc[k].text in (",", "("):  # (and "Turkey (6th), Vietnam (7th)")
                k -= 1
            right_before = self.at.get(k)
            if right_before is not None and right_before.end == k + 1 and (
                    right_before in actors or self.root(right_before).head.i == anchor.root.i):
                subject = right_before  # (also "with Frontier second": the parser's compound)
            else:
                subject = self._ranked_subject(anchor.root)
                ordinals_together = sorted([anchor.root, *anchor.root.conjuncts], key=lambda t: t.i)
                if subject is not None and len(ordinals_together) > 1:
                    # "Ghana and Senegal, both ECOWAS members, are 20th and 25th": in order.
                    together = [m for m in self.chain(subject) if m.entity.cls != "Index"]
                    if len(together) == len(ordinals_together):
                        subject = together[ordinals_together.index(anchor.root)]
            if subject is None and not from_context:
                before = [m for m in actors if m.end <= anchor.start]
                subject = before[-1] if before else None
            if subject is not None and subject.entity.cls == "Person" and not subject.entity.known \
                    and subject.kind == "name" and self._ranked_thing(subject):
                # "Aurora third", "JUPITER Booster ... came fourth": in a ranking of machines or
                # models, a name the NER took for a person's is the ranked product.
                subject = self._virtual_mention(replace(subject.entity, cls="AIModel"),
                                                self.doc[subject.start:subject.end])
            if subject is None or subject.entity.cls not in ("Country", "Company", "ResearchOrganization", "Region",
                                                             "AIModel", "City", "Bloc"):
                continue
            rank = int(ordinal.group(1)) if ordinal.group(1) else _ORDINAL_WORDS[ordinal.group(2).lower()]
            qualifiers = {"rank": rank}
            if out_of is not None:
                qualifiers["outOf"] = int(out_of.group(1))
            confidence = 0.75 if from_context else 0.9
            self.add([subject], "rankedIn", [index], confidence, "ranking", anchor.root, **qualifiers)
        for top in (sent if " top " in text else ()):  # (a string test first: most sentences have none)
            # "both remain outside the top 25", "only three -- Kenya, Egypt and Rwanda -- appear in
            # the top 60": a place among the top N is a place in the ranking (its rank unstated).
            if top.lower_ != "top" or top.i + 1 >= sent.end or not self.doc[top.i + 1].like_num \
                    or top.i < 2 or self.doc[top.i - 1].lower_ != "the" \
                    or self.doc[top.i - 2].lower_ not in ("in", "among", "outside", "into", "within", "of", "to"):
                continue
            verb = self.doc[top.i - 2].head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            subjects = [m for m in self.clause_subject(verb) if m in actors and m.entity.cls in (
                "Country", "Company", "ResearchOrganization", "AIModel")]
            self.add(subjects, "rankedIn", [index], 0.65 if from_context else 0.8, "ranking-top-n", top)
        # A sentence that names the index, or says "the index" / "the table" after it was named,
        # is about the ranking: its clauses place their subjects in it.
        framed = not from_context or any(
            t.lower_ in _INDEX_NOUNS and any(c.lower_ in ("the", "this", "its") for c in t.children) for t in sent)
        if framed:
            confidence = 0.75 if from_context else 0.8
            for verb in [t for t in sent if t.pos_ == "VERB" and t.lemma_ in ("top", "lead", "head")]:
                # "In the latest index, Singapore again tops the region, while Malaysia ranks 23rd".
                subjects = [m for m in self.clause_subject(verb) if m.entity.cls != "Index" and m in actors]
                # ("China and the United States head the table": a coordinated subject heads it together)
                self.add(subjects if verb.tag_ == "VBP" else subjects[:1], "rankedIn", [index], confidence - 0.05,
                         "ranking-top", verb)
            for verb in [t for t in sent if t.pos_ == "VERB" and t.lemma_ in ("rank", "place", "list", "put")]:
                # "The Stanford AI Index ranked the United States first ..., followed by China and France".
                if any(index.start <= c.i < index.end for c in verb.children if c.dep_ == "nsubj") or (
                        from_context and any(c.dep_ == "nsubj" and c.lower_ in _INDEX_NOUNS for c in verb.children)):
                    ranked = [m for c in verb.children if c.dep_ == "dobj" for m in self.np_mentions(c, role="object")]
                    self.add([m for m in ranked if m in actors], "rankedIn", [index], confidence, "ranking-by-index", verb)
            # "In the latest Readiness Index, India and Brazil both sit in the top half, while
            # Nigeria trails Kenya": whoever a clause of the index's sentence places is ranked in it.
            ranked_here = {c.subject.entity.iri for c in self.out if c.relation == "rankedIn" and c.trigger.sent == sent}
            # "In the latest index, ...": an index named in an opening phrase frames every clause.
            index_root = self.doc[index.start:index.end].root
            opening = not from_context and index_root.dep_ == "pobj" and index_root.head.i <= sent.start + 2
            for verb in [t for t in sent if t.pos_ in ("VERB", "AUX") and t.lemma_ in _PLACING_VERBS]:
                if verb.lemma_ == "take" and not any(t.lemma_ in ("place", "spot", "position") for t in verb.subtree):
                    continue
                if verb.lemma_ in _COMPARING_VERBS and not opening:
                    # Only when the index is in the verb's own clause (not a coordinated one):
                    # "Europe trails the US in investment, and the UK, which ranks 4th in the index".
                    other = {t.i for c in verb.children if c.dep_ in ("conj", "cc", "parataxis") for t in c.subtree}
                    if not any(t.i == index_root.i for t in verb.subtree if t.i not in other):
                        continue
                subjects = self.clause_subject(verb)
                if not subjects and not from_context and index.end < verb.i \
                        and not any(c.dep_.startswith("nsubj") for c in verb.children) \
                        and not any(t.pos_ in ("VERB", "AUX") for t in self.doc[index.end:verb.i]):
                    # "In the index, India and Brazil both sit ...": the parser hung the names on
                    # the index; they are what stands between it and the subjectless verb.
                    subjects = self.mentions_within(index.end, verb.i)
                subjects = [m for m in subjects if m.entity.cls in _RANKABLE
                            and m.kind != "demonym" and m.entity.iri not in ranked_here]
                self.add(subjects, "rankedIn", [index], confidence - 0.1, "ranking-clause", verb)
                ranked_here.update(m.entity.iri for m in subjects)
        # "topped the table, followed by China": those who follow are in the same ranking. (Those
        # a ranked one is "behind" are not: annotators mostly read that as a comparison only.)
        placed_here = {c.subject.entity.iri for c in self.out if c.relation == "rankedIn" and c.trigger.sent == sent}
        if placed_here:
            for t in sent:
                if t.lemma_ == "follow" and t.tag_ == "VBN":
                    followers = [m for m in self.objects(t, "prep:by") if m.entity.cls in _RANKABLE and m in actors]
                    self.add(followers, "rankedIn", [index], 0.7, "ranking-followed", t)

    def rule_sanctioned_list(self, sent: "Span", recent: list["Span"]) -> None:
        """ "The Commerce Department added 19 companies to its Entity List. Among them are Bosfor
        Elektronik, an Istanbul distributor; Steppe Silicon Trading of Almaty; ...", "The list
        includes Meridia Compute, ...": the firms a sentence lists after a sanction that named
        none are sanctioned by whoever imposed it."""
        # (only the first word is needed: the rule runs on every sentence, so stop there)
        first = next((t for t in sent if not t.is_punct and not t.is_space), None)
        if first is None:
            return
        root = sent.root
        among = [c for c in first.children if c.dep_ == "pobj"] if first.lower_ == "among" and first.dep_ == "prep" else []
        opens_list = any(c.lower_ in ("them", "those", "these") or c.lemma_.lower() in _LISTED_GROUP_NOUNS | {"target"}
                         and not any(g.dep_ == "poss" for g in c.children) for c in among) \
            or root.lemma_ == "include" and any(
            c.dep_ == "nsubj" and c.lower_ in ("list", "they", "those", "these", "targets", "companies", "firms",
                                                "entities") for c in root.children)
        # "Also on the list are Step Trade Logistics and Falcon Arc" (the list named before)
        opens_list = opens_list or root.lemma_ in ("be", "appear", "feature") and any(
            t.lower_ in ("list", "blacklist") and t.dep_ == "pobj" and t.head.lower_ == "on"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
            and not any(c.dep_ in ("poss", "compound", "amod") for c in t.children) for t in sent)
        # "The most prominent target is Polesie Microsystems"
        opens_list = opens_list or root.lemma_ == "be" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in ("target", "addition") and not any(
                g.dep_ == "poss" for g in c.children) for c in root.children)
        # "The decree also blacklisted Tochka Robotics": a measure named before acts again
        measure = root.lemma_ in _LISTING_VERBS and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _MEASURE_NOUNS and not any(g.dep_ == "poss" for g in c.children)
            for c in root.children)
        # "BIS named, among others:" and the items on the lines after it
        after_colon = first.i in self.at and any(
            self._text(r).endswith(":") and all(self._text(x).endswith(";") for x in recent[k + 1:])
            for k, r in enumerate(recent))
        if not (opens_list or measure or after_colon):
            return
        # (the sanction may be a few sentences back: "Also on the list are ..." after a paragraph on
        # the most prominent target; the listing verbs only in the last two)
        window = recent[-2:] + [sent]
        starts = {s.start for s in recent + [sent]}
        sanctioners = {c.subject.entity.iri: c.subject for c in self.out
                       if c.relation == "sanctions" and c.trigger.sent.start in starts}
        listed_just_before: set[str] = set()
        for s in recent + [sent]:
            for verb in s:
                if verb.pos_ == "VERB" and verb.lemma_ in self.p["sanction_imposing_verbs"] and any(
                        c.dep_ == "dobj" and c.lemma_.lower() in ("sanction", "sanctions") for c in verb.children) and any(
                        g.dep_ == "pobj" and g.lemma_.lower() in _LISTED_GROUP_NOUNS
                        for h in [verb, *verb.children] for prep in h.children
                        if prep.dep_ == "prep" and prep.lower_ == "on" for g in prep.children):
                    # "Poland and Lithuania imposed sanctions on nine companies": the companies come later
                    for m in self.clause_subject(verb):
                        if m.entity.cls in ("GovernmentBody", "Country", "Bloc"):
                            sanctioners.setdefault(m.entity.iri, m)
                if verb.pos_ != "VERB" or verb.lemma_ not in _LISTING_VERBS or s.start not in {w.start for w in window}:
                    continue
                listed_groups = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                                 and c.lemma_.lower() in _LISTED_GROUP_NOUNS]
                if not listed_groups:
                    continue
                found = self.clause_subject(verb)
                if any(c.dep_ == "nsubjpass" for c in listed_groups):
                    # "the bureau said the companies had been placed on its Entity List": who placed
                    # them is the agent, the list's keeper, or who said so.
                    found = self.objects(verb, "prep:by") + [
                        m for t in verb.subtree if t.dep_ == "poss" and t.head.lower_ in ("list", "register", "blacklist")
                        for m in [self.mention_at(t)] if m is not None]
                    if not found and verb.dep_ in ("ccomp",) and verb.head.lemma_ in ("say", "announce", "state"):
                        found = self.clause_subject(verb.head)
                for m in found:
                    if m.entity.cls in ("GovernmentBody", "Country", "Bloc"):
                        sanctioners.setdefault(m.entity.iri, m)
                        if recent and s.start == recent[-1].start:
                            listed_just_before.add(m.entity.iri)
        if not sanctioners:
            return
        inner = {i for left, right, subtree in self._relative_clauses(sent) for i in subtree}
        targets = [m for m in self.sent_mentions(sent) if m.kind == "name" and m.start not in inner
                   and m.entity.cls in ("Company", "ResearchOrganization") and not self.is_modifier(m)
                   and m.entity.iri not in sanctioners]
        if measure:
            targets = [m for c in root.children if c.dep_ == "dobj" for m in self.np_mentions(c, role="object")
                       if m.entity.cls in ("Company", "ResearchOrganization", "Person")]
        elif after_colon and not (opens_list or measure):
            targets = [m for m in targets if m.start == first.i]  # the item, not what it says of it
        # (a listing right before names whose list it is: "OFAC designated ... The Council listed
        # 15 entities in its package. They include ..." lists the Council's)
        named = list(sanctioners.values())
        if listed_just_before:
            named = [m for m in named if m.entity.iri in listed_just_before] or named
        # (not a target this sentence's own listing already names its sanctioner for)
        listed_here = {c.object.entity.iri for c in self.out if c.relation == "sanctions" and c.trigger.sent.start == sent.start}
        self.add(named, "sanctions", [m for m in targets if m.entity.iri not in listed_here], 0.7, "sanctioned-list", first)

    def _rank_ordinal(self, tok: "Token") -> bool:
        """ "ranks 31st", "is second", "keeps first place", "climbs to 10th" are ranks; "the
        first time", "a third consecutive year", "the first phase" are not."""
        doc = self.doc
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ in ("NOUN", "ADJ", "PROPN") and nxt.lower_ not in ("place", "position", "spot", "out"):
            return False
        if tok.dep_ == "advmod" and tok.head.lemma_ not in ("rank", "place", "come", "finish", "sit", "stand", "be"):
            return False  # "Europe chose to write the rulebook first"
        return not (tok.i >= 2 and doc[tok.i - 1].lower_ in ("the", "a") and doc[tok.i - 2].lower_ in ("for",))

    def _ranked_thing(self, m: "Mention") -> bool:
        """A name with no person's marks: no title or person noun beside it, no "he"/"she" after it,
        and its last word is not the surname of a person named in full."""
        doc = self.doc
        if m.start > 0 and doc[m.start - 1].lower_ in self.p["title_words"]:
            return False
        words = m.entity.label.split()
        full = any(x.entity.cls == "Person" and len(x.entity.label.split()) > 1 and x.entity.iri != m.entity.iri
                   and x.entity.label.split()[-1] == words[-1] for x in self.mentions)
        return not full and not any(t.lower_ in ("he", "she", "his", "her") for t in doc[m.end:m.end + 12])

    def _ranked_subject(self, tok: "Token") -> "Mention | None":
        verb = tok
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        subjects = [m for m in self.clause_subject(verb) if m.entity.cls != "Index"]
        return subjects[0] if subjects else None

    def _index_mentions(self) -> list["Mention"]:
        if not hasattr(self, "_indices"):
            self._indices = [m for m in self.mentions if m.entity.cls == "Index" and m.kind == "name"]
        return self._indices

    def rule_known_comention(self) -> None:
        """ "Microsoft is cracking down on actors who bypass Copilot's safeguards": a company that
        is the subject of a clause about a product the gazetteer knows it makes, or is named
        within a few words of it ("a supply deal with Nvidia for 13,000 GB300 GPUs"): lower
        confidence, and only for pairs the gazetteer holds. (The annotators record these pairs
        as stated; roles are not enough: "OpenAI CEO Sam Altman" does not say he founded it.)"""
        background = self.gazetteer.background
        stated = {(c.subject.entity.iri, c.relation, c.object.entity.iri) for c in self.out}
        supply_verbs = {k for k, specs in self.p["verbs"].items() for spec in specs if spec["rel"] == "supplies"}
        for maker in self.mentions:
            if maker.kind != "name":
                continue
            root = self.root(maker)
            verb = root.head
            if maker.entity.cls == "Company" and self._known_pair_in_sentence(maker, background, stated):
                continue
            if root.dep_ != "nsubj" or verb.lemma_ in supply_verbs or verb.lemma_ in ("buy", "purchase", "use", "run", "train"):
                continue
            inside = {t.i for t in verb.subtree}
            for model in self.mentions_within(verb.left_edge.i, verb.right_edge.i + 1):
                if model.kind != "name" or model.entity.cls != "AIModel" or model.start not in inside:
                    continue
                key = (maker.entity.iri, "develops", model.entity.iri)
                if key in background and key not in stated:
                    stated.add(key)
                    self.add([maker], "develops", [model], 0.6, "known-comention", self.root(model))

    def _known_pair_in_sentence(self, maker: "Mention", background: set, stated: set) -> bool:
        """ "signed a supply deal with Nvidia for 13,000 GB300 GPUs": a maker named with its own
        product (as the gazetteer knows it) right before the product's name or as the product's
        supplier is its developer, stated with lower confidence."""
        doc = self.doc
        sent = doc[maker.start].sent
        found = False
        for model in self.sent_mentions(sent):
            if model.kind != "name" or model.entity.cls != "AIModel":
                continue
            key = (maker.entity.iri, "develops", model.entity.iri)
            if key in background and key not in stated and abs(model.start - maker.end) <= 8:
                stated.add(key)
                self.add([maker], "develops", [model], 0.6, "known-comention", self.root(model))
                found = True
        return found

    def rule_known_members(self) -> None:
        """ "Among BRICS members, India is second after China; Brazil ranked 24th", "ASEAN's eleven
        members ... fellow member states Vietnam, Thailand and Malaysia", "the two heavyweights of
        the Gulf Cooperation Council": a sentence with a member noun that belongs to the bloc
        states as members the countries it names that the gazetteer lists as members (lower
        confidence). Countries the gazetteer does not list stay out ("the United States" in a
        sentence about BRICS members is a rival, not a member), and so does a bloc named in
        passing with no member noun of its own."""
        doc = self.doc
        background = self.gazetteer.background
        stated = {(c.subject.entity.iri, c.relation, c.object.entity.iri) for c in self.out}
        for bloc in self.mentions:
            if bloc.entity.cls != "Bloc" or bloc.kind not in ("name", "demonym", "anaphor"):
                continue
            cue = self._membership_cue(bloc)
            if cue is None:
                continue
            sent = doc[bloc.start].sent
            for m in self.sent_mentions(sent):
                key = (m.entity.iri, "memberOf", bloc.entity.iri)
                if m.kind == "name" and m.entity.cls == "Country" and key in background and key not in stated:
                    stated.add(key)
                    self.add([m], "memberOf", [bloc], 0.6, "known-member", cue)

    def _membership_cue(self, bloc: "Mention") -> "Token | None":
        """The member noun that belongs to this bloc: "BRICS members", "an EU member state",
        "member states of the SCO", "fellow BRICS members"."""
        doc = self.doc
        k = bloc.end
        if k < len(doc) and doc[k].text in ("'s", "'"):
            k += 1  # "ASEAN's eleven members", "the bloc's 27 members"
            while k < len(doc) and k - bloc.end < 4 and (doc[k].like_num or doc[k].pos_ == "ADJ"):
                k += 1
        if k < len(doc) and doc[k].lemma_.lower() in _BLOC_MEMBER_NOUNS:
            return doc[k]
        k = bloc.start - 1
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        if k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lemma_.lower() in _BLOC_MEMBER_NOUNS:
            return doc[k - 1]
        return None

    # ------------------------------------------------------------------ checks

    def _bare_future(self, trigger: "Token", sent: "Span") -> bool:
        """Whether "will" on a supplying verb is the only hedge over the trigger: no other modal,
        no planning word up the clause chain and no condition in the sentence."""
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
        if verb.lemma_ not in _HANDING_OVER_VERBS and verb.lemma_ not in ("sell", "rent", "lease"):
            return False
        if not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in verb.children):
            return False
        if any(t.lower_ in ("if", "unless", "whether", "once", "when", "would", "could", "may", "might", "reportedly",
                            "expected", "familiar", "sources")
               # ("though no contract has been announced", "according to people familiar with ...")
               or t.lower_ == "no" and t.head.lemma_ in ("contract", "deal", "agreement", "order", "decision")
               or t.lower_ == "according" for t in sent):
            return False
        planned = set(self.p["planned"]) - {"will"}
        tok = verb
        for _ in range(5):
            if any(c.dep_ in ("aux", "advmod", "neg") and (c.lower_ in planned or c.dep_ == "neg") for c in tok.children):
                return False
            if tok is not verb and (tok.lemma_ in planned or tok.lemma_ in self.p["denied"] or tok.lemma_ in self.p["reported"]):
                return False
            if tok.head.i == tok.i:
                break
            tok = tok.head
        return True

    def modality(self, trigger: "Token") -> str:
        """asserted, planned, reported or denied, from negation and hedges governing the trigger.

        A noun that is the subject of its clause is presupposed, not asserted by the clause: in
        "Western sanctions against Russia have not stopped developers" the sanctions stand.
        """
        p = self.p
        tok, found = trigger, "asserted"
        for _ in range(6):
            if tok.i != trigger.i and tok.lemma_ in _DISPUTING_VERBS and any(c.dep_ == "neg" for c in tok.children) \
                    and any(c.dep_ == "ccomp" and c.left_edge.i <= trigger.i <= c.right_edge.i for c in tok.children):
                return found  # "It is not disputed that Arcwave sold the machines to ...": granted, not denied
            if tok.i == trigger.i and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "nsubjpass"):
                for child in tok.children:
                    if child.dep_ == "det" and child.lower_ == "no":
                        return "denied"
                if tok.head.lemma_ in ("be", "include", "comprise", "remain") and any(
                        c.dep_ == "neg" or c.lower_ == "never" and c.dep_ == "advmod" for c in tok.head.children) and (
                        tok.i in self.at or any(c.dep_ in ("attr", "dobj") and (c.i in self.at or c.pos_ == "PROPN")
                                                for c in tok.head.children)):
                    # "Telefonica's shareholders do not include BBVA", "its main backer is not SoftBank":
                    # the predicate names the filler, so its negation counts
                    return "denied"
                # "a joint venture between the two would face obstacles": an indefinite subject
                # of a hedged verb is hypothetical, not presupposed.
                if any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in tok.children) and any(
                        c.dep_ in ("aux", "advmod") and c.lower_ in p["planned"] for c in tok.head.children):
                    return "planned"
                return found
            for child in tok.children:
                if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                    return "denied"
                if tok.i == trigger.i and child.dep_ == "dobj" and any(
                        g.dep_ == "det" and g.lower_ == "no" for g in child.children):
                    return "denied"  # "shipped no H20 processors to Alibaba", "holds no stake in"
                if child.lower_ in ("longer", "more") and any(g.lower_ == "no" for g in child.children):
                    return "denied"  # "it no longer uses Huawei equipment"
                if tok.i == trigger.i and child.dep_ in ("nsubj", "nsubjpass") and any(
                        g.dep_ in ("preconj", "det") and g.lower_ == "neither" for g in child.children):
                    return "denied"  # "neither Xilinx nor AMD had sold anything to Levant"
                if child.dep_ in ("aux", "advmod") and child.lower_ in p["planned"] \
                        or tok.i == trigger.i and tok.pos_ == "NOUN" and child.dep_ == "amod" and child.lower_ in p["planned"]:
                    found = "planned"  # (and "Broadcom's proposed takeover of Quillon")
                if child.dep_ == "advmod" and child.lower_ in ("reportedly", "allegedly"):
                    found = found if found == "planned" else "reported"
            if tok.dep_ == "pcomp" and tok.head.lower_ == "from" and tok.head.head.lemma_ in _PREVENTING_VERBS:
                return "denied"  # "blocked Spark from using Huawei equipment": kept from doing it
            if tok.i != trigger.i:
                if tok.lemma_ in p["denied"] and tok.pos_ == "VERB" or self._retracted(tok):
                    return "denied"
                if tok.lemma_ in ("have", "be", "remain") and any(
                        c.dep_ == "advmod" and c.lower_ == "yet" and c.i > tok.i and c.i + 1 < len(self.doc)
                        and self.doc[c.i + 1].lower_ == "to" for c in tok.children):
                    return "denied"  # "has yet to ship HBM3E to Nvidia": not done so far (not "Yet it is ...")
                if tok.lemma_ in p["planned"] or tok.pos_ == "VERB" and tok.lemma_ in _HEDGING_VERBS:
                    found = "planned"
                elif tok.lemma_ in p["reported"] and found == "asserted":
                    found = "reported"
            if tok.dep_ in ("relcl", "acl") and tok.head.lemma_.lower() in p["planned"] and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                # "had been in discussions to join the round", "its bid to buy X" (and climb on:
                # "denied plans to acquire X")
                found, tok = "planned", tok.head
                continue
            if tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and any(
                    c.dep_ == "prep" and c.lower_ in ("in", "into") and any(g.dep_ == "pobj" and g.lemma_ in p["planned"]
                                                                           for g in c.children)
                    or c.dep_ == "acomp" and c.lower_ == "close" for c in tok.head.children):
                # "was reportedly in talks this year to sell a stake", "is close to a deal to buy":
                # the parser hangs the purpose on "be", beside the talks.
                found = "planned"
            if tok.dep_ == "relcl" and tok.left_edge.i > 0 and self.doc[tok.left_edge.i - 1].text == "," \
                    and tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.i < tok.i:
                # "AirTrunk, which Blackstone bought in 2024, denied a report ...": a relative
                # clause set off by commas on the subject is presupposed, whatever the main verb says.
                break
            if tok.dep_ == "relcl" and tok.head.lemma_ in _CONTENT_NOUNS and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
                pass  # "denied a report that Lintasarta had rented ...": the report's content, misparsed
            elif tok.dep_ in _STOP_CLIMB or tok.head.i == tok.i:
                break
            if tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in tok.children):
                # "Sakana AI, founded by David Ha, rejected the offer": a reduced relative clause is not
                # what the main verb rejects (unlike "denied reports that it had been taken over").
                break
            if tok.dep_ == "pobj" and tok.head.lower_ in _PRESUPPOSING:
                break  # "aims to grow despite sanctions": the sanctions are not what is hedged
            if self._across_semicolon(tok):
                # "X and Y are members; China is not a member": a semicolon ends the clause the
                # parser hung on the next one.
                break
            tok = tok.head
        return found

    @staticmethod
    def _retracted(verb: "Token") -> bool:
        """ "An earlier version of this story said that X ...", "the article incorrectly reported
        that ...", "misstated": what a correction takes back is not asserted."""
        if verb.lemma_ in _RETRACTING_VERBS:
            return True
        if verb.lemma_ not in _REPORTING_VERBS:
            return False
        for child in verb.children:
            if child.dep_ == "advmod" and child.lower_ in _WRONGLY:
                return True
            # ("A paragraph in an earlier version of this story reported ...")
            if child.dep_ in ("nsubj", "nsubjpass") and any(
                    t.lemma_ in ("version", "story", "article", "report", "edition")
                    and any(c.lower_ in ("earlier", "previous", "prior", "original") for c in t.children)
                    for t in child.subtree):
                return True
        return False

    def finalize(self) -> list[Fact]:
        rels = relations()
        leaders: dict[str, list] = {}
        for c in self.out:
            if c.relation == "leaderOf":
                leaders.setdefault(c.subject.entity.iri, []).append(c.object)
        led = {(c.subject.entity.iri, c.object.entity.iri) for c in self.out if c.relation == "leaderOf"}
        best: dict[tuple, Fact] = {}
        # Token.sent walks the parse each time; one lookup table serves every candidate.
        sent_of: dict[int, "Span"] = {}
        for sent in self.doc.sents:
            sent_of.update(dict.fromkeys(range(sent.start, sent.end), sent))
        for c in self.out:
            if c.relation == "employedBy" and (c.subject.entity.iri, c.object.entity.iri) in led \
                    and c.rule != "title-former":
                continue  # "headed by Minister X": he leads the ministry; "employed" adds nothing
            if c.relation == "develops" and c.subject.kind == "anaphor" and c.subject.entity.cls in ("Country", "GovernmentBody"):
                # "its Ascend line" after "in China", "blocking its Qilin Chat app" after "the
                # authority": products are made by firms, not by "its" country or regulator.
                continue
            if c.relation == "regulates" and c.subject.entity.cls == "Country" \
                    and c.rule not in ("verb:ban", "verb:block", "verb:suspend", "verb:regulate", "verb:supervise",
                                       "verb:oversee", "regulator-action:require") \
                    or c.rule == "regulator-action:require" and c.subject.entity.cls == "Country" and any(
                        m.entity.cls == "GovernmentBody" and self.root(m).dep_ == "nsubj"
                        and self.root(m).head.lemma_ in _REPORTING_VERBS for m in self.sent_mentions(c.trigger.sent)):
                # "South Korea fines DeepSeek": a state regulates through a body the story names
                # (annotators credit the body); a state's own ban or block, or the very verb
                # ("Taiwan regulates TSMC's overseas investments", "The Netherlands requires licences for
                # ASML's systems" where no body of it is named), stands.
                continue
            if c.relation == "supplies" and {c.subject.entity.cls, c.object.entity.cls} & {"Country", "Region", "Bloc"} \
                    and not (c.object.entity.cls == "Country" and c.subject.entity.cls == "Company"
                             and c.rule in _BUYING_RULES):
                # "Nvidia supplies Indonesia", "Huawei Cloud serves Indonesia": a country is a market
                # here, not a customer (the ontology allows it; the news we read names firms as customers).
                continue
            if c.relation == "sanctions" and c.subject.entity.cls == "GovernmentBody" \
                    and c.object.entity.cls in ("Company", "AIModel", "ResearchOrganization") \
                    and _MARKET_REGULATOR.search(c.subject.entity.label):
                # "The Commission for the Protection of Personal Data sanctioned Sonatel": a data,
                # competition or telecoms regulator's sanction is a penalty it imposes as regulator.
                c = replace(c, relation="regulates")
            if c.relation == "sanctions" and c.rule == "verb:designate" and any(
                    t.dep_ in ("dobj", "oprd") and t.lemma_ in ("gatekeeper", "operator", "platform", "provider")
                    for t in c.trigger.children):
                # "AWS, which the Commission designated a gatekeeper": a duty a regulator puts on a
                # firm, not a listing.
                c = replace(c, relation="regulates")
            relation = rels[c.relation]
            subject, obj, confidence = c.subject, c.object, c.confidence
            if not relation.accepts(subject.entity.cls, obj.entity.cls):
                # "Putin announced plans to work with BRICS": a leader speaks for what he leads.
                # (Not a minister's ministry for what he unveils: a state's model is built by others.)
                substitutes = [o for o in leaders.get(subject.entity.iri, [])
                               if relation.accepts(o.entity.cls, obj.entity.cls)
                               and not (c.relation == "develops" and o.entity.cls in ("GovernmentBody", "Country"))]
                if subject.entity.cls != "Person" or not substitutes:
                    continue
                subject, confidence = substitutes[0], confidence * 0.85
            if subject.entity.iri == obj.entity.iri:
                continue
            # A fact inside a noun phrase ("Paris-based Mistral", "Nvidia CEO Jensen Huang") is
            # presupposed: "Nvidia CEO Jensen Huang could visit" still says he is Nvidia's CEO.
            modality = "asserted" if c.rule.split(":")[0] in _PRESUPPOSED_RULES else self.modality(c.trigger)
            if modality != "asserted" and c.rule.startswith("noun:") \
                    and c.relation in ("subsidiaryOf", "competesWith") and self._name_before_comma(c.trigger) is not None \
                    and not any(x.dep_ == "neg" or x.lower_ in _UNSETTLED_DESCRIPTION or x.lower_ in self.p["planned"]
                                for x in c.trigger.subtree):
                # "Singtel is said to be exploring the sale of a stake in Nxera, its data-centre arm",
                # "Jabil denied it was in talks to buy Wistron Mexico, the local subsidiary of ...": a
                # description set off after a name is presupposed, whatever the clause hedges or denies
                modality = "asserted"
            if modality == "planned" and c.relation == "supplies" and self._bare_future(c.trigger, sent_of[c.trigger.i]):
                # "Lasertec will supply mask inspection tools", "Hanwha NeuroSilicon will deliver its
                # processors to NTT Data": a supplier's plain future is a deal already struck
                modality = "asserted"
            if modality == "denied":
                continue
            confidence *= _MODALITY_FACTOR[modality] * subject.weight * obj.weight
            s_ent, o_ent = subject.entity, obj.entity
            if relation.symmetric and s_ent.iri > o_ent.iri:
                s_ent, o_ent = o_ent, s_ent
            sent = sent_of[c.trigger.i]
            key = (s_ent.iri, c.relation, o_ent.iri, sent.start_char)
            fact = Fact(subject=s_ent, relation=c.relation, object=o_ent, confidence=round(confidence, 3),
                        evidence=self._text(sent).strip(), start=sent.start_char, end=sent.end_char,
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
