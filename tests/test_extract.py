"""Extraction on the real spaCy pipeline: a sentence in, the exact facts out."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def facts(extractor, text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.relation, f.object.label) for f in extractor.extract_text(text)}


def fact_list(extractor, text: str):
    return extractor.extract_text(text)


def entity_classes(extractor, text: str) -> dict[str, str]:
    """Label -> class of the entities an article with text as its body names."""
    from aigraph.ingest import make_article

    ((_, _, entities),) = list(extractor.extract([make_article("Headline\n\n" + text)]))
    return {e.label: e.cls for e in entities}


@pytest.mark.parametrize("text, expected", [
    # possessives and compounds
    ("The startup built a model similar to Meta's Llama.", {("Meta", "develops", "Llama")}),
    ("Paris-based Mistral AI released a new model.", {("Mistral AI", "headquarteredIn", "Paris")}),
    # titles
    ("Nvidia CEO Jensen Huang visited Taipei on Monday.", {("Jensen Huang", "leaderOf", "Nvidia")}),
    ("Sberbank's first deputy CEO Alexander Vedyakhin spoke at the forum.", {("Alexander Vedyakhin", "employedBy", "Sberbank")}),
    ("President Vladimir Putin opened the conference.", {("Vladimir Putin", "leaderOf", "Russia")}),
    ("OpenAI co-founder Ilya Sutskever left in 2024.", {("Ilya Sutskever", "founderOf", "OpenAI")}),
    # verbs, both voices
    ("Microsoft invested $1.5bn in G42 last year.", {("Microsoft", "investsIn", "G42")}),
    ("Graphcore was acquired by SoftBank in 2024.", {("SoftBank", "acquires", "Graphcore")}),
    ("TSMC supplies advanced chips to Apple.", {("TSMC", "supplies", "Apple")}),
    # nominalisations
    ("The United States imposed export controls on Huawei.", {("United States", "sanctions", "Huawei")}),
    # ranking with qualifiers
    ("Russia ranks 31st out of 83 countries in the Global AI Index.", {("Russia", "rankedIn", "Global AI Index")}),
    # comparatives
    ("India is trailing behind the United States and China.", {("India", "trails", "United States"), ("India", "trails", "China")}),
    # membership lists
    ("Russia trails fellow BRICS members India and Brazil.", {("India", "memberOf", "BRICS"), ("Brazil", "memberOf", "BRICS"), ("Russia", "memberOf", "BRICS")}),
    ("Google DeepMind, a unit of Alphabet, released Gemini.", {("Google DeepMind", "subsidiaryOf", "Alphabet")}),
    ("The plant is in Shenzhen, China.", {("Shenzhen", "locatedIn", "China")}),
])
def test_extract_construction(extractor, text, expected):
    assert expected <= facts(extractor, text)


def test_extract_ranking_qualifiers(extractor):
    (fact,) = [f for f in fact_list(extractor, "Russia ranks 31st out of 83 countries in the Global AI Index.")
               if f.relation == "rankedIn"]
    assert fact.qualifiers == {"rank": 31, "outOf": 83}
    assert fact.evidence == "Russia ranks 31st out of 83 countries in the Global AI Index."


def test_extract_negation_gives_no_fact(extractor):
    assert ("Saudi Arabia", "memberOf", "BRICS") not in facts(extractor, "Saudi Arabia is not a member of BRICS.")
    assert ("Microsoft", "acquires", "Mistral AI") not in facts(extractor, "Microsoft denied plans to acquire Mistral AI.")


def test_extract_hedging_lowers_confidence_and_sets_modality(extractor):
    hedged = [f for f in fact_list(extractor, "Saudi Arabia's Public Investment Fund could invest in Mistral AI.")
              if f.relation == "investsIn"]
    assert hedged and all(f.modality == "planned" and f.confidence < 0.7 for f in hedged)


def test_extract_domain_and_range_are_enforced(extractor):
    found = facts(extractor, "Vladimir Putin joined BRICS. Jensen Huang is a member of the G7.")
    assert not any(s in ("Vladimir Putin", "Jensen Huang") and r == "memberOf" for s, r, _ in found)


def test_extract_boilerplate_and_ai_are_not_entities(extractor):
    from aigraph.ingest import make_article

    article = make_article("Written by\nPublished on\nJoin our daily newsletter for AI coverage\nJoin Now\n\n"
                           "AI is booming in Europe.\n\nRecent News")
    ((_, _, entities),) = list(extractor.extract([article]))
    assert {e.label for e in entities} == {"Europe"}


def test_extract_unknown_names_are_minted_with_a_class(extractor):
    from aigraph.ingest import make_article

    article = make_article("Headline\n\nZorvex Labs CEO Marta Quillon said Zorvex Labs would open an office in Berlin.")
    ((_, found, entities),) = list(extractor.extract([article]))
    by_label = {e.label: e for e in entities}
    assert by_label["Marta Quillon"].cls == "Person" and not by_label["Marta Quillon"].known
    assert by_label["Marta Quillon"].iri.endswith("/entity/Marta_Quillon")


def test_extract_surname_refers_back_to_the_full_name(extractor):
    text = "Nvidia CEO Jensen Huang spoke in Taipei. Later, Huang said Nvidia would supply chips to Foxconn."
    mentions = extractor.nlp(text)._.aigraph_mentions
    assert {m.entity.label for m in mentions if m.entity.cls == "Person"} == {"Jensen Huang"}


# ---------------------------------------------------------------------------------------------
# Constructions added for issue 3: each sentence in, the exact facts out (label triples).

@pytest.mark.parametrize("text, expected", [
    # relative clauses: the pronoun stands for the name before the comma
    ("Microsoft, which has invested more than $13bn in OpenAI, remains its largest shareholder.",
     {("Microsoft", "investsIn", "OpenAI")}),
    ("Egypt, which joined BRICS last year, hosted the meeting.", {("Egypt", "memberOf", "BRICS")}),
    ("Nvidia shipped servers to Riyadh, where Humain is headquartered.", {("Humain", "headquarteredIn", "Riyadh")}),
    ("Intel, which trails TSMC in manufacturing technology, has struggled to win customers.",
     {("Intel", "trails", "TSMC")}),
    ("Britain, which separately sanctioned Russia's largest drone maker, said it was coordinating with Brussels.",
     {("United Kingdom", "sanctions", "Russia")}),
    # pronouns: a subject "it" prefers the subject before; an object "it" is not its own subject
    ("Huawei competes directly with Nvidia in China, though it still trails the American company on software.",
     {("Huawei", "competesWith", "Nvidia"), ("Huawei", "trails", "Nvidia"),
      ("Nvidia", "headquarteredIn", "United States")}),
    ("Samsung competes with SK Hynix but still trails it in HBM market share.",
     {("SK Hynix", "competesWith", "Samsung Electronics"), ("Samsung Electronics", "trails", "SK Hynix")}),
    # definite description: not the subject of its own clause
    ("Kestrel Labs is developing a sovereign model. Reliance Industries invested 4 billion rupees in the company last year.",
     {("Reliance Industries", "investsIn", "Kestrel Labs")}),
    # a sentence-initial name + verb the parser read as adjective + noun
    ("Meta competes with OpenAI and Google in frontier models.",
     {("Google", "competesWith", "Meta"), ("Meta", "competesWith", "OpenAI")}),
    # "such as" lists
    ("Japan ranks 12th in the Global AI Index, behind smaller economies such as Singapore and Israel.",
     {("Japan", "rankedIn", "Global AI Index"), ("Japan", "trails", "Singapore"), ("Japan", "trails", "Israel"),
      ("Singapore", "rankedIn", "Global AI Index"), ("Israel", "rankedIn", "Global AI Index")}),
    ("Chinese chipmakers such as SMIC and Hua Hong rely on ASML tools.",
     {("SMIC", "headquarteredIn", "China"), ("Hua Hong Semiconductor", "headquarteredIn", "China"),
      ("ASML", "supplies", "SMIC"), ("ASML", "supplies", "Hua Hong Semiconductor")}),
    # places: appositive based-phrases, city-state compounds, "home to", "a city in"
    ("MGX, the Abu Dhabi-based technology investor, is also an equity investor in Stargate.",
     {("MGX", "headquarteredIn", "Abu Dhabi"), ("MGX", "investsIn", "Stargate")}),
    ("Santa Clara, California-based Nvidia reported record revenue.",
     {("Nvidia", "headquarteredIn", "Santa Clara"), ("Santa Clara", "locatedIn", "California")}),
    ("Micron, the Boise, Idaho-based memory maker, also supplies Nvidia.",
     {("Micron", "headquarteredIn", "Boise"), ("Boise", "locatedIn", "Idaho"), ("Micron", "supplies", "Nvidia")}),
    ("South Korea, home to Samsung and SK Hynix, has not joined the controls.",
     {("Samsung Electronics", "headquarteredIn", "South Korea"), ("SK Hynix", "headquarteredIn", "South Korea")}),
    ("Hiroshima, a city in western Japan, hosted the summit.", {("Hiroshima", "locatedIn", "Japan")}),
    ("Amazon has completed an $8bn investment in Anthropic, the San Francisco-based maker of the Claude models.",
     {("Amazon", "investsIn", "Anthropic"), ("Anthropic", "develops", "Claude"),
      ("Anthropic", "headquarteredIn", "San Francisco")}),
    # titles: coordinated, plural over a list, comma-separated, director, bare, "named ... as"
    ("TSMC chairman and CEO C.C. Wei said the company would expand.", {("C.C. Wei", "leaderOf", "TSMC")}),
    ("Robin Li, Baidu's co-founder and chief executive, said prices would fall.",
     {("Robin Li", "founderOf", "Baidu"), ("Robin Li", "leaderOf", "Baidu")}),
    ("Sakana was founded by former Google researchers David Ha and Llion Jones.",
     {("David Ha", "employedBy", "Google"), ("Llion Jones", "employedBy", "Google"),
      ("David Ha", "founderOf", "Sakana"), ("Llion Jones", "founderOf", "Sakana")}),
    ("Mistral was founded by ex-Meta scientists Guillaume Lample and Timothee Lacroix.",
     {("Guillaume Lample", "employedBy", "Meta"), ("Guillaume Lample", "founderOf", "Mistral AI"),
      ("Timothee Lacroix", "employedBy", "Meta"), ("Timothee Lacroix", "founderOf", "Mistral AI")}),
    ("Yandex continues to develop its search engine. Its new chief executive, Artem Savinovsky, said the company would keep investing.",
     {("Artem Savinovsky", "leaderOf", "Yandex")}),
    ("Lucilla Sioli, director of the AI Office, said enforcement would be proportionate.",
     {("Lucilla Sioli", "leaderOf", "European AI Office")}),
    ("Anthropic was founded in 2021 by Dario Amodei. Dario Amodei is chief executive.",
     {("Dario Amodei", "founderOf", "Anthropic"), ("Dario Amodei", "leaderOf", "Anthropic")}),
    ("Scale named Jason Droege, its chief strategy officer, as interim chief executive.",
     {("Jason Droege", "leaderOf", "Scale")}),
    # relational nouns
    ("Oracle is one of Nvidia's largest customers.", {("Nvidia", "supplies", "Oracle")}),
    ("Nvidia, an existing investor in Sakana AI, also took part.", {("Nvidia", "investsIn", "Sakana AI")}),
    ("China is Russia's largest trading partner.", {("China", "partnersWith", "Russia")}),
    ("Khazna Data Centers, a G42 company, is building the facility.", {("Khazna Data Centers", "subsidiaryOf", "G42")}),
    ("The rules were issued by the Commerce Department's Bureau of Industry and Security.",
     {("Bureau of Industry and Security", "subsidiaryOf", "U.S. Department of Commerce")}),
    ("Mistral AI has raised EUR1.7bn in a funding round led by ASML.", {("ASML", "investsIn", "Mistral AI")}),
    ("OpenAI, SoftBank and Oracle announced five new sites for Stargate, their joint venture.",
     {("OpenAI", "partnersWith", "Oracle"), ("OpenAI", "partnersWith", "SoftBank"), ("Oracle", "partnersWith", "SoftBank")}),
    # sanctions: coordinated sanctioners, imposing clauses, a presupposed subject
    ("Sberbank has been under US and EU sanctions since 2022.",
     {("United States", "sanctions", "Sberbank"), ("European Union", "sanctions", "Sberbank")}),
    ("Xu said the company had overcome the sanctions imposed by the United States on Huawei since 2019.",
     {("United States", "sanctions", "Huawei")}),
    ("Western sanctions against Russia have not stopped domestic developers.", {("the West", "sanctions", "Russia")}),
    # membership: "along with", "whose members include", "both EU member states"
    ("Kenya, a member of the African Union along with South Africa and Ethiopia, hosts the centre.",
     {("Kenya", "memberOf", "African Union"), ("South Africa", "memberOf", "African Union"),
      ("Ethiopia", "memberOf", "African Union")}),
    ("The AI Alliance Russia published the ranking. The alliance, whose members include Sber, Yandex and MTS, unites developers.",
     {("Sberbank", "memberOf", "AI Alliance Russia"), ("Yandex", "memberOf", "AI Alliance Russia"),
      ("MTS", "memberOf", "AI Alliance Russia")}),
    ("Germany and France, both EU member states, pushed for lighter rules.",
     {("Germany", "memberOf", "European Union"), ("France", "memberOf", "European Union")}),
    # products the NER misses, versions, families
    ("The Spark model developed by Hefei-based iFlytek is trained on domestic hardware.",
     {("iFlytek", "develops", "Spark"), ("iFlytek", "headquarteredIn", "Hefei")}),
    ("Alibaba released Qwen 2.5-Max in January.", {("Alibaba", "develops", "Qwen 2.5-Max")}),
    ("Mistral AI develops the Mistral Large family of models.", {("Mistral AI", "develops", "Mistral Large")}),
    # appositions naming an employer after a topic word
    ('"Allocation is the whole game now," said Daniel Ortiz, a packaging analyst at TrendGauge Research.',
     {("Daniel Ortiz", "employedBy", "TrendGauge Research")}),
    # a mid-sentence name + verb misparsed as compound + noun
    ("ByteDance's chatbot is already free, and Baidu trails ByteDance in monthly active users.",
     {("Baidu", "trails", "ByteDance")}),
    # a coordinated subject around a relative clause
    ("He noted that Sberbank, whose GigaChat model is used by millions of citizens, and Yandex compete in the "
     "creation of large language models.",
     {("Sberbank", "competesWith", "Yandex"), ("Sberbank", "develops", "GigaChat")}),
    # competition nouns with "with"
    ("Baidu cut the price of its flagship model, escalating a price war with ByteDance and Alibaba.",
     {("Alibaba", "competesWith", "Baidu"), ("Baidu", "competesWith", "ByteDance")}),
    # coordinated objects each with its own date
    ("Iran joined the Shanghai Cooperation Organisation in 2023 and BRICS in 2024.",
     {("Iran", "memberOf", "Shanghai Cooperation Organisation"), ("Iran", "memberOf", "BRICS")}),
    ("Almaty, Kazakhstan's largest city, hosts most of the country's AI talent.", {("Almaty", "locatedIn", "Kazakhstan")}),
    ("Tehran-based Parsian Intelligent Systems, a start-up that develops the Persian-language chatbot Darya, will take part.",
     {("Parsian Intelligent Systems", "develops", "Darya"), ("Parsian Intelligent Systems", "headquarteredIn", "Tehran")}),
    ("Meta's Llama models also fall under the AI Office's supervision.",
     {("European AI Office", "regulates", "Llama"), ("Meta", "develops", "Llama")}),
    # a relative clause and a participle belong to their own name, not to the whole list
    ("Paris-based Mistral AI, which develops the Mistral Large family of models, and Aleph Alpha, headquartered in "
     "Heidelberg, Germany, both lobbied.",
     {("Mistral AI", "headquarteredIn", "Paris"), ("Mistral AI", "develops", "Mistral Large"),
      ("Aleph Alpha", "headquarteredIn", "Heidelberg"), ("Heidelberg", "locatedIn", "Germany")}),
    # an apposition describes a name, it does not refer back to an earlier one
    ("xAI said it was working with the authorities. AMD completed its acquisition of Helsinki-based Silo AI, "
     "the largest private AI lab in the Nordics.",
     {("AMD", "acquires", "Silo AI"), ("Silo AI", "headquarteredIn", "Helsinki")}),
])
def test_extract_construction_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # capitals: the government when acting, the city when a place
    ("Beijing retaliated against Washington by restricting gallium exports to the United States.",
     {("China", "sanctions", "United States")}),
    ("Beijing-based Zhipu AI and London-based Fluidstack signed a deal.",
     {("Zhipu AI", "headquarteredIn", "Beijing"), ("Fluidstack", "headquarteredIn", "London"),
      ("Fluidstack", "partnersWith", "Zhipu AI")}),
    ("Microsoft invested $1.5bn in Abu Dhabi's G42.",
     {("Microsoft", "investsIn", "G42"), ("G42", "headquarteredIn", "Abu Dhabi")}),
    # descriptions that refer back, and the places they carry
    ("Siemens has acquired Vela Robotics for an undisclosed sum, the German group said on Monday.",
     {("Siemens", "acquires", "Vela Robotics"), ("Siemens", "headquarteredIn", "Germany")}),
    ("Alibaba has invested $600m in StepFun. The Hangzhou-based e-commerce group already holds stakes in "
     "Moonshot AI and MiniMax.",
     {("Alibaba", "investsIn", "StepFun"), ("Alibaba", "investsIn", "Moonshot AI"), ("Alibaba", "investsIn", "MiniMax"),
      ("Alibaba", "headquarteredIn", "Hangzhou")}),
    # organisation names the statistical NER misses, marked by the text
    ("Orbiton AI, a Munich-based developer of language models, has raised EUR 480mn.",
     {("Orbiton AI", "headquarteredIn", "Munich")}),
    ("Italy's privacy watchdog ordered Chinese start-up Lanshan AI to stop processing data.",
     {("Lanshan AI", "headquarteredIn", "China"), ("Garante per la protezione dei dati personali", "regulates", "Lanshan AI")}),
    ("Lumen's flagship model, Ardoise 2, was released in September.", {("Lumen", "develops", "Ardoise 2")}),
    # regulators' verbs, and the maker of what they act on
    ("The Federal Trade Commission fined Meta $5bn.", {("Federal Trade Commission", "regulates", "Meta")}),
    ("Italy's Garante blocked the DeepSeek app in January.",
     {("Garante per la protezione dei dati personali", "regulates", "DeepSeek")}),
    ("The Data Protection Commission, which oversees the European operations of Meta and TikTok, spoke.",
     {("Data Protection Commission", "regulates", "Meta"), ("Data Protection Commission", "regulates", "TikTok")}),
    ("Mistral is European and is subject to the AI Office's supervision.",
     {("European AI Office", "regulates", "Mistral AI")}),
    # customers and users of a company's hardware
    ("ASML, whose Chinese customers include SMIC and Hua Hong, said demand was steady.",
     {("ASML", "supplies", "SMIC"), ("ASML", "supplies", "Hua Hong Semiconductor"),
      ("SMIC", "headquarteredIn", "China"), ("Hua Hong Semiconductor", "headquarteredIn", "China")}),
    ("FPT Corporation has opened an AI factory in Hanoi built on Nvidia's H200 hardware.",
     {("Nvidia", "supplies", "FPT"), ("Nvidia", "develops", "H200")}),
    # list additions, shareholders "among", co-founders "with", conjoined participles
    ("The United States added 23 Chinese companies, among them memory maker ChangXin Memory Technologies, "
     "to its Entity List.", {("United States", "sanctions", "CXMT")}),
    ("It counts Microsoft, Nvidia and Dutch chip-equipment maker ASML among the shareholders of Mistral AI.",
     {("Microsoft", "investsIn", "Mistral AI"), ("Nvidia", "investsIn", "Mistral AI"), ("ASML", "investsIn", "Mistral AI"),
      ("ASML", "headquarteredIn", "Netherlands")}),
    ("Sutskever founded SSI with Daniel Gross in 2024.",
     {("Ilya Sutskever", "founderOf", "Safe Superintelligence"), ("Daniel Gross", "founderOf", "Safe Superintelligence")}),
    ("MGX, the technology investor chaired by Tahnoon bin Zayed and backed by Mubadala and G42, is active.",
     {("Tahnoon bin Zayed", "leaderOf", "MGX"), ("Mubadala", "investsIn", "MGX"), ("G42", "investsIn", "MGX")}),
    # employers of quoted people, and lists placed by one nationality
    ('"The loophole is closing," said Pieter Jansen, a semiconductor analyst at Amsterdam-based ING.',
     {("Pieter Jansen", "employedBy", "ING"), ("ING", "headquarteredIn", "Amsterdam")}),
    ("Malaysia, Indonesia and Vietnam, all members of ASEAN, coordinate on data rules.",
     {("Malaysia", "memberOf", "ASEAN"), ("Indonesia", "memberOf", "ASEAN"), ("Vietnam", "memberOf", "ASEAN")}),
    ("In the Government AI Readiness Index, Malaysia ranks 23rd and Indonesia 49th.",
     {("Malaysia", "rankedIn", "Government AI Readiness Index"), ("Indonesia", "rankedIn", "Government AI Readiness Index")}),
    ("Orbis-3 is used by the German carmaker BMW and Swiss engineering group ABB.",
     {("BMW", "headquarteredIn", "Germany"), ("ABB", "headquarteredIn", "Switzerland")}),
    # a singular apposition after a list describes its last name; running a unit is not leading the firm
    ("Alibaba has put money into Moonshot AI, MiniMax and Zhipu AI, the Beijing-based maker of the GLM models.",
     {("Alibaba", "investsIn", "Moonshot AI"), ("Alibaba", "investsIn", "MiniMax"), ("Alibaba", "investsIn", "Zhipu AI"),
      ("Zhipu AI", "develops", "GLM"), ("Zhipu AI", "headquarteredIn", "Beijing")}),
    ("Jun Young-hyun, the vice chairman who runs Samsung's semiconductor business, promised a comeback.",
     {("Jun Young-hyun", "employedBy", "Samsung Electronics")}),
    # lists set off by dashes, members named after the bloc, conjoined participles
    ("The Quad - the United States, Japan, Australia and India - has taken a narrower line.",
     {("United States", "memberOf", "Quad"), ("Japan", "memberOf", "Quad"), ("Australia", "memberOf", "Quad"),
      ("India", "memberOf", "Quad")}),
    ("The African Union adopted a strategy in 2024, and members such as Kenya and Rwanda have their own.",
     {("Kenya", "memberOf", "African Union"), ("Rwanda", "memberOf", "African Union")}),
    ("NATO works with four partners - Japan, South Korea and Australia - on cyber defence.",
     {("Japan", "partnersWith", "NATO"), ("NATO", "partnersWith", "South Korea"), ("Australia", "partnersWith", "NATO")}),
    ("And SoftBank Group itself, the Tokyo-listed investment holding company founded and run by Masayoshi Son, "
     "became a shareholder.",
     {("Masayoshi Son", "founderOf", "SoftBank"), ("Masayoshi Son", "leaderOf", "SoftBank")}),
    ("Huawei has provided cloud computing equipment to Kazakhtelecom, the country's largest operator.",
     {("Huawei", "supplies", "Kazakhtelecom")}),
    ("Malaysia, which chairs ASEAN this year, illustrates the hedging.", {("Malaysia", "memberOf", "ASEAN")}),
    # ranks stated by "after", "tops", and by the index as the subject
    ("Germany, ninth, is the highest-placed member of the European Union after France.",
     {("Germany", "memberOf", "European Union"), ("Germany", "trails", "France"),
      ("France", "memberOf", "European Union")}),
    ("In the latest Government AI Readiness Index, Singapore again tops the region, while Malaysia ranks 23rd.",
     {("Singapore", "rankedIn", "Government AI Readiness Index"), ("Malaysia", "rankedIn", "Government AI Readiness Index")}),
    # more verbs news uses: answering with a model, making chips for someone, raising money from investors
    ("Chinese rivals Alibaba and Moonshot AI answered within weeks with Qwen 2.5-Max and Kimi, respectively.",
     {("Alibaba", "competesWith", "Moonshot AI"), ("Alibaba", "develops", "Qwen 2.5-Max"),
      ("Moonshot AI", "develops", "Kimi"), ("Alibaba", "headquarteredIn", "China"),
      ("Moonshot AI", "headquarteredIn", "China")}),
    ("SMIC manufactures the chips for Huawei on its 7-nanometre process.", {("SMIC", "supplies", "Huawei")}),
    ("Vela Robotics previously raised EUR30m from Index Ventures and a Portuguese state fund.",
     {("Index Ventures", "investsIn", "Vela Robotics")}),
    ("Cassava Technologies has switched on an AI facility in Johannesburg, using processors supplied by Nvidia.",
     {("Nvidia", "supplies", "Cassava Technologies")}),
    ("Kijani's flagship product, HarvestSense, is used by farmers.", {("Kijani", "develops", "HarvestSense")}),
    ("Kestrel Labs is developing Vani, a 120-billion-parameter model trained on Indian languages.",
     {("Kestrel Labs", "develops", "Vani")}),
    ("DeepSeek trained its models on Nvidia H800 processors.", {("Nvidia", "supplies", "DeepSeek"), ("Nvidia", "develops", "H800")}),
    ("The Technology Innovation Institute develops the Falcon series, most recently Falcon-H1.",
     {("Technology Innovation Institute", "develops", "Falcon"), ("Technology Innovation Institute", "develops", "Falcon-H1")}),
    ("The Mohamed bin Zayed University of Artificial Intelligence and G42 jointly released K2 Think, a 32-billion-parameter "
     "reasoning model.",
     {("Mohamed bin Zayed University of Artificial Intelligence", "develops", "K2 Think"), ("G42", "develops", "K2 Think")}),
    # a unit named after its parent
    ("Meta recruited researchers for its Meta Superintelligence Labs unit.",
     {("Meta Superintelligence Labs", "subsidiaryOf", "Meta")}),
    ("Saudi Aramco set up Aramco Digital in 2023.", {("Aramco Digital", "subsidiaryOf", "Aramco")}),
    ("Mensch co-founded the company with Guillaume Lample and Timothee Lacroix, both formerly of Meta.",
     {("Guillaume Lample", "employedBy", "Meta"), ("Timothee Lacroix", "employedBy", "Meta")}),
    ("AMD paid $665mn for Helsinki-based Silo AI last year.",
     {("AMD", "acquires", "Silo AI"), ("Silo AI", "headquarteredIn", "Helsinki")}),
    ("Orbiton AI said it had acquired Sensyn, a small company. The price was not disclosed. The start-up was set up "
     "in 2023 by Lena Hartmann.",
     {("Orbiton AI", "acquires", "Sensyn"), ("Lena Hartmann", "founderOf", "Orbiton AI")}),
    ('"It is strict," said Park Ji-hyun, a professor of information law at Korea University.',
     {("Park Ji-hyun", "employedBy", "Korea University")}),
    ("SoftBank Group controls Arm, the Cambridge, England-based chip designer.",
     {("Arm", "subsidiaryOf", "SoftBank"), ("Arm", "headquarteredIn", "Cambridge"), ("Cambridge", "locatedIn", "England")}),
    ("Hugo Lindqvist, who left Mistral AI last year, spoke.", {("Hugo Lindqvist", "employedBy", "Mistral AI")}),
    ("Beijing-based Zhipu AI said its GLM models would comply with the requirements.",
     {("Zhipu AI", "develops", "GLM"), ("Zhipu AI", "headquarteredIn", "Beijing")}),
    ("Bengaluru-based start-ups such as Sarvam AI compete with Krutrim for government contracts.",
     {("Sarvam AI", "headquarteredIn", "Bangalore"), ("Krutrim", "competesWith", "Sarvam AI")}),
    ("No list had been finalised and Hungary, which like every EU member holds a veto, has yet to consent.",
     {("Hungary", "memberOf", "European Union")}),
    ('"Cooperation with China and Brazil, which, like Russia, are members of BRICS, is developing," he said.',
     {("China", "memberOf", "BRICS"), ("Brazil", "memberOf", "BRICS"), ("Russia", "memberOf", "BRICS")}),
    # investors in a round named in an earlier sentence
    ("Orbiton AI has raised EUR 480mn in a round. The Series B round was led by General Catalyst, with "
     "participation from existing investor Bosch Ventures.",
     {("General Catalyst", "investsIn", "Orbiton AI"), ("Bosch Ventures", "investsIn", "Orbiton AI")}),
    ("Lumen Cognition has raised $2bn. Public investment bank Bpifrance, venture firm General Catalyst and Nvidia "
     "also took part in the round, according to a statement.",
     {("Bpifrance", "investsIn", "Lumen Cognition"), ("General Catalyst", "investsIn", "Lumen Cognition"),
      ("Nvidia", "investsIn", "Lumen Cognition")}),
    # plural references and "respectively"
    ("Microsoft executives met Nvidia engineers on Monday. The two companies signed a partnership in May.",
     {("Microsoft", "partnersWith", "Nvidia")}),
    ("It is owned by High-Flyer, a hedge fund, and DeepSeek. Both firms were founded by Liang Wenfeng.",
     {("Liang Wenfeng", "founderOf", "High-Flyer"), ("Liang Wenfeng", "founderOf", "DeepSeek")}),
    ("Chinese rivals Alibaba and Moonshot AI released Qwen 2.5-Max and Kimi, respectively.",
     {("Alibaba", "competesWith", "Moonshot AI"), ("Alibaba", "develops", "Qwen 2.5-Max"),
      ("Moonshot AI", "develops", "Kimi"), ("Alibaba", "headquarteredIn", "China"),
      ("Moonshot AI", "headquarteredIn", "China")}),
])
def test_extract_realistic_news_construction_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # indices the gazetteer does not know, named by their last word, and whoever a clause places
    ("In the latest Government AI Readiness Index, India and Brazil both sit comfortably in the top half, "
     "while Nigeria trails Kenya.",
     {("Brazil", "rankedIn", "Government AI Readiness Index"), ("India", "rankedIn", "Government AI Readiness Index"),
      ("Nigeria", "rankedIn", "Government AI Readiness Index"), ("Nigeria", "trails", "Kenya"),
      ("Kenya", "rankedIn", "Government AI Readiness Index")}),
    ("Serimbun Semiconductor entered the SemiVista OSAT Top 15 for the first time, at 14th.",
     {("Serimbun Semiconductor", "rankedIn", "SemiVista OSAT Top 15")}),
    ("Germany came ninth in the European Digital Sovereignty Scoreboard published on Tuesday.",
     {("Germany", "rankedIn", "European Digital Sovereignty Scoreboard")}),
    ("The Lattice Compute Readiness Index was released on Tuesday.\nThe United States topped the table, "
     "followed by China. Singapore climbs to third.",
     {("China", "rankedIn", "Lattice Compute Readiness Index"), ("Singapore", "rankedIn", "Lattice Compute Readiness Index"),
      ("United States", "rankedIn", "Lattice Compute Readiness Index")}),
    # consortia and groups the gazetteer does not know are blocs when they have members
    ("Sberbank and Yandex are members of the Eurasian Compute Consortium.",
     {("Sberbank", "memberOf", "Eurasian Compute Consortium"), ("Yandex", "memberOf", "Eurasian Compute Consortium")}),
    ("Nvidia joined the Open Silicon Group in May.", {("Nvidia", "memberOf", "Open Silicon Group")}),
    # members set off after the noun, "alongside", "the two ... members", presidencies
    ("Of the African Union's 55 member states, only three -- Kenya, Egypt and Rwanda -- appear in the top 60.",
     {("Egypt", "memberOf", "African Union"), ("Kenya", "memberOf", "African Union"), ("Rwanda", "memberOf", "African Union")}),
    ("India, a member of the Quad alongside the United States, Japan and Australia, has used the grouping.",
     {("Australia", "memberOf", "Quad"), ("India", "memberOf", "Quad"), ("Japan", "memberOf", "Quad"),
      ("United States", "memberOf", "Quad")}),
    ("The United Arab Emirates rises to seventh and Saudi Arabia to ninth, and the distance between the two "
     "Gulf Cooperation Council members has shrunk.",
     {("Saudi Arabia", "memberOf", "Gulf Cooperation Council"), ("United Arab Emirates", "memberOf", "Gulf Cooperation Council")}),
    ("Malaysia sees the GCC countries, particularly Saudi Arabia and Qatar, as strategic partners.",
     {("Qatar", "memberOf", "Gulf Cooperation Council"), ("Saudi Arabia", "memberOf", "Gulf Cooperation Council")}),
    ("Brazil, which holds this year's presidency of the BRICS group, has pitched itself as a destination.",
     {("Brazil", "memberOf", "BRICS")}),
    # money taken from someone, stakes sold to someone, shares held
    ("Sakana AI has attracted backing from the three megabanks, including MUFG.", {("MUFG", "investsIn", "Sakana AI")}),
    ("G42 received a $1.5bn investment from Microsoft.", {("Microsoft", "investsIn", "G42")}),
    ("The Competition and Markets Authority cleared MGX's purchase of a 25% stake in Thameside Compute in June.",
     {("MGX", "investsIn", "Thameside Compute"), ("Competition and Markets Authority", "regulates", "MGX")}),
    # (a dateline's "CITY, Country" places the city, as "Stavanger, Norway" would)
    ("STAVANGER, Norway -- Vattenfjord Compute has sold a 34 per cent stake to the Qatar Investment Authority.",
     {("Qatar Investment Authority", "investsIn", "Vattenfjord Compute"), ("Stavanger", "locatedIn", "Norway")}),
    ("Li Han is a portfolio manager at Greenwood Asset Management, which holds Cambricon shares.",
     {("Greenwood Asset Management", "investsIn", "Cambricon"), ("Li Han", "employedBy", "Greenwood Asset Management")}),
    # descriptions set off after a name, "other Chinese enterprises", capitals in descriptions
    ("Qingyun Intelligence, a Hangzhou AI lab, declined to comment.",
     {("Qingyun Intelligence", "headquarteredIn", "Hangzhou")}),
    ("The measures fall on Tokyo Electron, the Japanese toolmaker.", {("Tokyo Electron", "headquarteredIn", "Japan")}),
    ("The commission ordered Chinese AI firm Lingxi Intelligence to suspend downloads.",
     {("Lingxi Intelligence", "headquarteredIn", "China")}),
    ("The United States has added Inspur and dozens of other Chinese AI enterprises to its Entity List.",
     {("Inspur", "headquarteredIn", "China"), ("United States", "sanctions", "Inspur")}),
    ("Thameside Compute, a London GPU-cloud start-up, was cleared.", {("Thameside Compute", "headquarteredIn", "London")}),
    # makers, supply agreements, what is built into someone's hardware
    ("Moxin's flagship M300 accelerator is manufactured by Semiconductor Manufacturing International Corp.",
     {("SMIC", "supplies", "Moxin")}),
    ("Humain signed a supply agreement with AMD for the first phase of its national cluster.",
     {("AMD", "supplies", "Humain")}),
    ("SK Hynix and Samsung Electronics together supply the bulk of the high-bandwidth memory used in Nvidia's "
     "AI accelerators.", {("SK Hynix", "supplies", "Nvidia"), ("Samsung Electronics", "supplies", "Nvidia")}),
    # blocs' verbs of containing, "part of", belonging, chairs
    ("BRICS, which now includes Egypt, Ethiopia and Iran, met in Kazan.",
     {("Egypt", "memberOf", "BRICS"), ("Ethiopia", "memberOf", "BRICS"), ("Iran", "memberOf", "BRICS")}),
    ("Kazakhstan is part of the Eurasian Economic Union.", {("Kazakhstan", "memberOf", "Eurasian Economic Union")}),
    ("Nvidia, AMD and Intel belong to the UALink Consortium.",
     {("Nvidia", "memberOf", "UALink Consortium"), ("AMD", "memberOf", "UALink Consortium"),
      ("Intel", "memberOf", "UALink Consortium")}),
    ("Brazil holds the rotating chair of the G20 this year.", {("Brazil", "memberOf", "G20")}),
    # sanctions in more shapes
    ("Washington blacklisted Sophgo in March.", {("United States", "sanctions", "Sophgo")}),
    ("Washington's blacklisting of Sophgo followed a probe.", {("United States", "sanctions", "Sophgo")}),
    ("The EU's 14th sanctions package targets Xinrui Electronics and two Hong Kong traders.",
     {("European Union", "sanctions", "Xinrui Electronics")}),
    ("Kestrel Labs was hit with American sanctions in May.", {("United States", "sanctions", "Kestrel Labs")}),
    ("China barred Micron from critical infrastructure projects.", {("China", "sanctions", "Micron")}),
    ("The Bureau of Industry and Security designated 12 Chinese entities, among them Zhuhai Yuntu Intelligence.",
     {("Bureau of Industry and Security", "sanctions", "Zhuhai Yuntu Intelligence"),
      ("Zhuhai Yuntu Intelligence", "headquarteredIn", "China")}),
    # regulators in more shapes, and acronyms introduced in brackets
    ("The European Commission opened an investigation into Meta's AI assistant.",
     {("European Commission", "regulates", "Meta")}),
    ("OpenAI is under investigation by the Garante.",
     {("Garante per la protezione dei dati personali", "regulates", "OpenAI")}),
    ("Kestrel Labs received approval from the Cyberspace Administration of China for its chatbot.",
     {("Cyberspace Administration of China", "regulates", "Kestrel Labs")}),
    ("The Irish Data Protection Commission is the lead regulator for Meta in the EU.",
     {("Irish Data Protection Commission", "regulates", "Meta")}),
    ("Brazil's National Data Protection Authority (ANPD) met on Friday. The ANPD ordered Meta to suspend training.",
     {("National Data Protection Authority", "regulates", "Meta")}),
    # versioned model names stay themselves: split dashes, editions, part numbers, a maker's edition
    ("Alibaba's Qwen3-235B took first place.", {("Alibaba", "develops", "Qwen3-235B")}),
    ("Meta's Llama 4 Maverick fell to ninth.", {("Meta", "develops", "Llama 4 Maverick")}),
    ("Mistral Small 3.2 came fifth.", {("Mistral AI", "develops", "Mistral Small 3.2")}),
    ("AMD Instinct MI355X accelerators are in demand.", {("AMD", "develops", "Instinct MI355X")}),
    # the head of a company's division works there; a short name used first is the long one
    ("\"We are not exclusive,\" said Claudia Rheinfelder, head of T-Systems' cloud division.",
     {("Claudia Rheinfelder", "employedBy", "T-Systems")}),
    ("Hoshimi hired Kenta Morishige as chief executive in May. Hoshimi AI, a Tokyo-based developer of language "
     "models, has raised 24 billion yen.",
     {("Kenta Morishige", "leaderOf", "Hoshimi AI"), ("Hoshimi AI", "headquarteredIn", "Tokyo")}),
    # names the small NER cut short or missed: "X AI", "X Internet", after a country's
    # possessive, an acronym listed with a company; a description's noun before a participle
    ("The agency had written to Rheinwerk AI, a Cologne-based start-up.",
     {("Rheinwerk AI", "headquarteredIn", "Cologne")}),
    ("Two Dutch pension funds, APG and PGGM, hold a combined 40% stake in Polderlink.",
     {("APG", "headquarteredIn", "Netherlands"), ("PGGM", "headquarteredIn", "Netherlands"),
      ("APG", "investsIn", "Polderlink"), ("PGGM", "investsIn", "Polderlink")}),
    ("Odera spent a decade at Safaricom, the Kenyan telecoms operator part-owned by South Africa's Vodacom.",
     {("Safaricom", "headquarteredIn", "Kenya"), ("Vodacom", "headquarteredIn", "South Africa"),
      ("Odera", "employedBy", "Safaricom")}),
    # rivalry in more words; a market's place is not a rival
    ("Aleph Alpha faces stiff competition from Mistral AI.", {("Aleph Alpha", "competesWith", "Mistral AI")}),
    ("Kestrel Labs is challenging Nvidia in inference chips.", {("Kestrel Labs", "competesWith", "Nvidia")}),
    ("Samsung Electronics is racing SK Hynix to supply HBM4.", {("SK Hynix", "competesWith", "Samsung Electronics")}),
    ("Mistral AI has few competitors in Europe.", set()),
    # people: names the NER missed in an appointment or before a title, former posts, teams
    ("Vela Robotics appointed Ines Carvalho as its new chief executive.",
     {("Ines Carvalho", "leaderOf", "Vela Robotics")}),
    ("Ines Carvalho, Vela Robotics' founder, said the round was oversubscribed.",
     {("Ines Carvalho", "founderOf", "Vela Robotics")}),
    ("Tomas Ribeiro stepped down as chairman of Kineto Vision last week.",
     {("Tomas Ribeiro", "employedBy", "Kineto Vision")}),
    ("Arjun Mehta took the helm at Vela Robotics in March.", {("Arjun Mehta", "leaderOf", "Vela Robotics")}),
    ("Elena Vorontsova joined Yandex from Sber in 2021.",
     {("Elena Vorontsova", "employedBy", "Yandex"), ("Elena Vorontsova", "employedBy", "Sberbank")}),
    ("Pavel Rudenko heads the AI lab at Sberbank.", {("Pavel Rudenko", "employedBy", "Sberbank")}),
    # a short name is the company whose name continues with a company word, not its product
    ("Korvena AI, a Warsaw start-up, released Korvena Voice 2 in June. Korvena has acquired Hlasovka, a Brno start-up.",
     {("Korvena AI", "headquarteredIn", "Warsaw"), ("Korvena AI", "develops", "Korvena Voice 2"),
      ("Korvena AI", "acquires", "Hlasovka"), ("Hlasovka", "headquarteredIn", "Brno")}),
    # "which" after "City, Country," is not the country (Estonia does not compile the index);
    # aligning rules is not a partnership
    ("The index is published by the Lindenau Institute, a research group based in Tallinn, Estonia, which compiles "
     "it in partnership with the Oxford Internet Institute.",
     {("Lindenau Institute", "headquarteredIn", "Tallinn"), ("Tallinn", "locatedIn", "Estonia")}),
    ("The United Kingdom and Japan, which have aligned parts of their export control regimes with the United States, "
     "did not follow.", set()),
    # an index named in a coordinated clause does not rank what another clause compares
    ("Europe trails the United States in private AI investment, and the United Kingdom, which ranks 4th in the "
     "Global AI Index, leads the continent.",
     {("Europe", "trails", "United States"), ("United Kingdom", "rankedIn", "Global AI Index")}),
    # members of a bloc's "grouping of", "now including", "allies", an opening "As members of"
    ("The BRICS grouping of Brazil, Russia, India, China and South Africa met in Kazan.",
     {("Brazil", "memberOf", "BRICS"), ("Russia", "memberOf", "BRICS"), ("India", "memberOf", "BRICS"),
      ("China", "memberOf", "BRICS"), ("South Africa", "memberOf", "BRICS")}),
    ("The expanded BRICS, now including Iran and the United Arab Emirates, will meet in Rio.",
     {("Iran", "memberOf", "BRICS"), ("United Arab Emirates", "memberOf", "BRICS")}),
    ("NATO allies Poland and Estonia pressed for more.",
     {("Poland", "memberOf", "NATO"), ("Estonia", "memberOf", "NATO")}),
    ("As members of the Quad, India and Japan share chip plans.",
     {("India", "memberOf", "Quad"), ("Japan", "memberOf", "Quad")}),
    # money in more shapes: investors "led by" inside the from-phrase, shares as a percentage,
    # a round closed with investors, money committed to a company
    ("Kestrel Labs has raised $200mn from a group of investors led by Sequoia Capital.",
     {("Sequoia Capital", "investsIn", "Kestrel Labs")}),
    ("Tencent owns 20% of Kestrel Labs.", {("Tencent", "investsIn", "Kestrel Labs")}),
    ("Kestrel Labs closed a funding round with Temasek and GIC.",
     {("Temasek", "investsIn", "Kestrel Labs"), ("GIC", "investsIn", "Kestrel Labs")}),
    ("Microsoft has committed $10bn to OpenAI.", {("Microsoft", "investsIn", "OpenAI")}),
    # a bare institution word is the article's one institution of that name
    ("The European Commission opened a probe into MGX. \"Europe is open to investment,\" said Teresa Ribera, "
     "the Commission's executive vice-president for competition.",
     {("European Commission", "regulates", "MGX"), ("Teresa Ribera", "employedBy", "European Commission")}),
    # two names the NER ran together over "with"; a person named before "a former engineer at"
    ("Morishige returned to Japan in 2023 to start Hoshimi with Aiko Tanabe, a former engineer at Preferred Networks.",
     {("Morishige", "founderOf", "Hoshimi"), ("Aiko Tanabe", "founderOf", "Hoshimi"),
      ("Aiko Tanabe", "employedBy", "Preferred Networks")}),
    # "the data-centre business of X" is X's unit; selling a business is not supplying
    ("Polderlink competes with Interxion, the European data-centre business of Digital Realty.",
     {("Interxion", "subsidiaryOf", "Digital Realty")}),
    ("Intel sold its NAND business to SK Hynix.", set()),
])
def test_extract_shapes_from_unseen_articles_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # institution names with small words, which the NER splits or calls facilities
    ("Priya Raman is a fellow at the Centre for Digital Sovereignty, a Pune-based think tank.",
     {("Priya Raman", "employedBy", "Centre for Digital Sovereignty"),
      ("Centre for Digital Sovereignty", "headquarteredIn", "Pune")}),
    ("The Portuguese Agency for the Oversight of Algorithms (APOA), based in Porto, fined Lisbon-based "
     "start-up Ondaverde AI.",
     {("Ondaverde AI", "headquarteredIn", "Lisbon"),
      ("Portuguese Agency for the Oversight of Algorithms", "headquarteredIn", "Porto"),
      ("Portuguese Agency for the Oversight of Algorithms", "regulates", "Ondaverde AI")}),
    ("Japan's Ministry of Economy, Trade and Industry added Wuhan Optical Lithography Equipment to its "
     "end-user list.",
     {("Ministry of Economy, Trade and Industry", "sanctions", "Wuhan Optical Lithography Equipment")}),
    ("Kazakhstan and Uzbekistan became the newest members of the Central Asian AI Research Network, a "
     "regional group.",
     {("Kazakhstan", "memberOf", "Central Asian AI Research Network"),
      ("Uzbekistan", "memberOf", "Central Asian AI Research Network")}),
    # a name the NER ran into the institution's keeps only what came before it
    ("Maria Keller told the Bundestag's Committee on Education and Research that the rules were late.",
     {("Committee on Education and Research", "subsidiaryOf", "Bundestag")}),
    # a place's name that begins a company's is part of it
    ("The Commerce Department's Bureau of Industry and Security added 9 entities to the Entity List, "
     "among them Suzhou Tianhe Computing, a server maker.",
     {("Bureau of Industry and Security", "sanctions", "Suzhou Tianhe Computing"),
      ("Bureau of Industry and Security", "subsidiaryOf", "U.S. Department of Commerce")}),
    ('"Margins are thin," said Anders Berg, an analyst at Nordic Securities in Stockholm.',
     {("Anders Berg", "employedBy", "Nordic Securities"), ("Nordic Securities", "headquarteredIn", "Stockholm")}),
    ('"The pipeline is full," said Hana Lee, a partner at Seoul Harbor Advisory, a Busan-based consultancy.',
     {("Hana Lee", "employedBy", "Seoul Harbor Advisory"), ("Seoul Harbor Advisory", "headquarteredIn", "Busan")}),
    # a currency code after a name is not part of it
    ("Italy's Authority for Communications Guarantees fined Vetta Labs EUR 3m for a data breach.",
     {("Authority for Communications Guarantees", "regulates", "Vetta Labs")}),
    # names the NER missed, marked as organisations by the text, and found again later
    ("Halvard, the Bergen-listed industrial group that backed Fjordline Compute, said it would keep its "
     "stake. A Halvard spokesperson declined to comment.",
     {("Halvard", "investsIn", "Fjordline Compute")}),
    ("Kari Dahl was a former engineer at the state utility Vannkraft. The company sells power to "
     "Fjordline Compute.",
     {("Kari Dahl", "employedBy", "Vannkraft"), ("Vannkraft", "supplies", "Fjordline Compute")}),
    ("The Paris group is trailing rivals Infosys and Accenture in winning contracts.", set()),
    # headquarters in descriptions the parser gets wrong; a name in a place's slot is a place
    ("Regulators cleared the purchase of Kettle Data, a Leeds-based company that labels speech.",
     {("Kettle Data", "headquarteredIn", "Leeds")}),
    ("A Gulf fund is leading a $90 million investment in Baobab Cloud, a Kampala start-up building data centres.",
     {("Baobab Cloud", "headquarteredIn", "Kampala")}),
    ('"We test everything," said Ana Ruiz, who runs Prueba Commons, a Bilbao nonprofit that builds test sets.',
     {("Prueba Commons", "headquarteredIn", "Bilbao")}),
    ("It has bought Vocalis, a 9-person speech startup based in Graz, Austria, for an undisclosed sum.",
     {("Vocalis", "headquarteredIn", "Graz"), ("Graz", "locatedIn", "Austria")}),
    ("The benchmark is run by the Institute for Model Audits, a Ghent-based non-profit that tests models.",
     {("Institute for Model Audits", "headquarteredIn", "Ghent")}),
    ("Nordwind Systems, headquartered in Bremen, is building a plant in Hamburg.",
     {("Nordwind Systems", "headquarteredIn", "Bremen")}),
    # a compass word that begins a place's name is part of it, not "the West"
    ("The fund invested in Lakeshore AI, a company based in West Lafayette, Indiana.",
     {("Lakeshore AI", "headquarteredIn", "West Lafayette"), ("West Lafayette", "locatedIn", "Indiana")}),
    # "Bosch" after "Bosch Ventures" is the parent
    ("The round drew existing investor Bosch Ventures, the venture capital arm of the Stuttgart-based "
     "engineering group Bosch.",
     {("Bosch", "headquarteredIn", "Stuttgart"), ("Bosch Ventures", "subsidiaryOf", "Bosch")}),
    # a ranking sentence about a bloc's members: the gazetteer's members there are members
    ("Among BRICS members, India is the second-highest after China; Brazil ranked 24th and South Africa 37th.",
     {("India", "memberOf", "BRICS"), ("China", "memberOf", "BRICS"), ("Brazil", "memberOf", "BRICS"),
      ("South Africa", "memberOf", "BRICS")}),
    ("Among BRICS members, India ranks third, behind the United States and China.",
     {("India", "memberOf", "BRICS"), ("China", "memberOf", "BRICS"), ("India", "trails", "United States"),
      ("India", "trails", "China")}),
    # ... but not another bloc named in passing
    ("SCO members Russia, India and Pakistan voiced support for AI governance under the framework of "
     "the United Nations.",
     {("Russia", "memberOf", "Shanghai Cooperation Organisation"), ("India", "memberOf", "Shanghai Cooperation Organisation"),
      ("Pakistan", "memberOf", "Shanghai Cooperation Organisation")}),
    # compute rented, leased or hosted is supplied
    ("Lumen Cognition is based in Paris. The company trains its models on GPUs that it rents from "
     "Fluidstack, a London-based cloud provider.",
     {("Lumen Cognition", "headquarteredIn", "Paris"), ("Fluidstack", "headquarteredIn", "London"),
      ("Fluidstack", "supplies", "Lumen Cognition")}),
    ("Nscale leases its Narvik cluster to Microsoft.", {("Nscale", "supplies", "Microsoft")}),
    ("Vattenfjord Compute also hosts inference capacity for Aleph Alpha.",
     {("Vattenfjord Compute", "supplies", "Aleph Alpha")}),
    # sanctions: examples after the list, trade restricted to someone, "under sanctions of",
    # a country's businesses, officials standing for their bloc, and a denial
    ("The Commerce Department on Tuesday added 11 Chinese firms to its Entity List, including server maker Hanlin Systems.",
     {("U.S. Department of Commerce", "sanctions", "Hanlin Systems"), ("Hanlin Systems", "headquarteredIn", "China")}),
    ("Since 2024 the United States has required licences for exports of its fastest GPUs to Vietnam and Malaysia.",
     {("United States", "sanctions", "Vietnam"), ("United States", "sanctions", "Malaysia")}),
    ("Because Washington restricts sales of advanced accelerators to China, Chinese labs have focused on efficiency.",
     {("United States", "sanctions", "China")}),
    ("Japan has curbed sales of lithography tools to Chinese fabs.", {("Japan", "sanctions", "China")}),
    ("Orlova Bank has been under blocking sanctions of the United States and the European Union since 2023.",
     {("United States", "sanctions", "Orlova Bank"), ("European Union", "sanctions", "Orlova Bank")}),
    ("Russian companies have been operating under Western sanctions since 2022.", {("the West", "sanctions", "Russia")}),
    ("EU ambassadors on Wednesday approved a new package of sanctions against Belarus.",
     {("European Union", "sanctions", "Belarus")}),
    ("Japan did not restrict sales of its tools to China.", set()),
    # five governments signing a charter did not each become partners; two did
    ("Japan, South Korea, Australia, the United Kingdom and Saudi Arabia signed the charter in Washington.", set()),
    ("Japan and South Korea signed a memorandum on AI safety.", {("Japan", "partnersWith", "South Korea")}),
    # the gazetteer's members in a sentence about a bloc's members
    ("ASEAN's eleven members have endorsed the guide, and officials from fellow member states Vietnam, "
     "Thailand and Malaysia pressed for a common line.",
     {("Vietnam", "memberOf", "ASEAN"), ("Thailand", "memberOf", "ASEAN"), ("Malaysia", "memberOf", "ASEAN")}),
    ("Saudi Arabia and the United Arab Emirates, the two heavyweights of the Gulf Cooperation Council, "
     "are competing for talent.",
     {("Saudi Arabia", "memberOf", "Gulf Cooperation Council"), ("United Arab Emirates", "memberOf", "Gulf Cooperation Council"),
      ("Saudi Arabia", "competesWith", "United Arab Emirates")}),
    # what a regulator's inquiry is about: a whether-clause's subject, a deal's parties
    ("The Japan Fair Trade Commission has launched an inquiry into whether Microsoft's bundling of Copilot "
     "with Office hurts rivals.",
     {("Japan Fair Trade Commission", "regulates", "Microsoft"), ("Microsoft", "develops", "Copilot")}),
    ("The Korea Fair Trade Commission opened a probe last month into whether SK Hynix and Samsung "
     "coordinated HBM pricing.",
     {("Korea Fair Trade Commission", "regulates", "SK Hynix"), ("Korea Fair Trade Commission", "regulates", "Samsung Electronics")}),
    ("The Administrative Council for Economic Defense opened a probe into the cloud agreement between "
     "Amazon Web Services and Jabuti AI.",
     {("Administrative Council for Economic Defense", "regulates", "Amazon Web Services"),
      ("Administrative Council for Economic Defense", "regulates", "Jabuti AI"),
      ("Amazon Web Services", "partnersWith", "Jabuti AI")}),
    ("Nigeria's Federal Competition and Consumer Protection Commission fined Meta $220mn in 2024.",
     {("Federal Competition and Consumer Protection Commission", "regulates", "Meta")}),
    # investors: joining with no object backs the company that just raised; "with X participating";
    # a nationality's government is the state; money put into a company
    ("Tupi Labs raised $610mn in a round led by Mubadala. Kaszek, the Sao Paulo venture firm, also took part.",
     {("Mubadala", "investsIn", "Tupi Labs"), ("Kaszek", "investsIn", "Tupi Labs"),
      ("Kaszek", "headquarteredIn", "São Paulo")}),
    ("Sumitomo Group led a $600 million Series C in Yotsuba Robotics, with SBI Holdings and Mitsubishi UFJ "
     "Financial Group participating.",
     {("Sumitomo", "investsIn", "Yotsuba Robotics"), ("SBI", "investsIn", "Yotsuba Robotics"),
      ("MUFG", "investsIn", "Yotsuba Robotics")}),
    ("Rapidus, the Japanese chipmaker backed by Toyota, Sony and the Japanese government, signed a deal.",
     {("Rapidus", "headquarteredIn", "Japan"), ("Toyota", "investsIn", "Rapidus"), ("Sony", "investsIn", "Rapidus"),
      ("Japan", "investsIn", "Rapidus")}),
    ("In Warsaw, the state-backed development bank BGK put PLN 200mn into Spichlerz AI.",
     {("BGK", "investsIn", "Spichlerz AI")}),
    ("Kaszek also took part in the talks in Brasilia.", set()),
    # suppliers: a place-typed name that supplies is a company; the customer behind a product;
    # "counts X as its customer"; capacity rented, servers hosted
    ("Japan's Ibiden, which supplies ABF substrates to Nvidia and AMD, said it would raise spending.",
     {("Ibiden", "headquarteredIn", "Japan"), ("Ibiden", "supplies", "Nvidia"), ("Ibiden", "supplies", "AMD")}),
    ("Hanmi Semiconductor, the Incheon-based maker of bonders, counts SK Hynix as its largest customer.",
     {("Hanmi Semiconductor", "headquarteredIn", "Incheon"), ("Hanmi Semiconductor", "supplies", "SK Hynix")}),
    ("Kyivstar launched its Ukrainian-language model on capacity rented from AWS.",
     {("Amazon Web Services", "supplies", "Kyivstar")}),
    ("Mistral AI is based in Paris. Its inference servers have been hosted since last year by Alpi Data Centers.",
     {("Mistral AI", "headquarteredIn", "Paris"), ("Alpi Data Centers", "supplies", "Mistral AI")}),
    ("Huawei is shipping its CloudMatrix system, the clearest alternative yet to Nvidia's GB200.",
     {("Huawei", "develops", "CloudMatrix 384"), ("Nvidia", "develops", "GB200")}),
    # headquarters: a plural description with a nationality, "an operator in Johor", "the Tokyo
    # headquarters of X"
    ("Seoul slapped export curbs on Volga Compute and Uralnet Systems, two Russian firms it said had obtained HBM.",
     {("Volga Compute", "headquarteredIn", "Russia"), ("Uralnet Systems", "headquarteredIn", "Russia"),
      ("South Korea", "sanctions", "Volga Compute"), ("South Korea", "sanctions", "Uralnet Systems")}),
    ("Kyiv imposed sanctions on 38 Russian technology companies, among them SberDevices and Cognitive Pilot.",
     {("SberDevices", "headquarteredIn", "Russia"), ("Cognitive Pilot", "headquarteredIn", "Russia"),
      ("Ukraine", "sanctions", "SberDevices"), ("Ukraine", "sanctions", "Cognitive Pilot")}),
    ("The Commerce Department put Selatan Compute, a server integrator in Johor, on its Entity List.",
     {("Selatan Compute", "headquarteredIn", "Johor"), ("U.S. Department of Commerce", "sanctions", "Selatan Compute")}),
    ("The commission inspected the Tokyo headquarters of Kumo Compute on Wednesday.",
     {("Kumo Compute", "headquarteredIn", "Tokyo")}),
    ("On the ninth floor of Nakhla AI's Riyadh headquarters, engineers watch a loss curve.",
     {("Nakhla AI", "headquarteredIn", "Riyadh")}),
    # a maker named next to its own product (as the gazetteer knows it) is its developer
    ("FPT said it had signed a supply deal with Nvidia for about 13,000 GB300 GPUs.",
     {("Nvidia", "supplies", "FPT"), ("Nvidia", "develops", "GB300")}),
    # a misparsed subject still stands before the main verb
    ("Hsinchu-based TSMC supplies Nvidia with packaging, and the foundry also supplies AMD.",
     {("TSMC", "headquarteredIn", "Hsinchu"), ("TSMC", "supplies", "Nvidia"), ("TSMC", "supplies", "AMD")}),
])
def test_extract_names_the_ner_breaks_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # signatories are members
    ("Chile and Uruguay became signatories to the Pacific Open Compute Charter.",
     {("Chile", "memberOf", "Pacific Open Compute Charter"), ("Uruguay", "memberOf", "Pacific Open Compute Charter")}),
    # members named inside the member phrase
    ("Kazakhstan and Armenia are members, with Russia and Belarus, of the Eurasian Economic Union, a customs bloc.",
     {("Kazakhstan", "memberOf", "Eurasian Economic Union"), ("Armenia", "memberOf", "Eurasian Economic Union"),
      ("Russia", "memberOf", "Eurasian Economic Union"), ("Belarus", "memberOf", "Eurasian Economic Union")}),
    # "as a member of" two blocs: the subject; with an object, the object
    ("South Africa, as a member of the G20 and of BRICS, had committed to responsible AI.",
     {("South Africa", "memberOf", "G20"), ("South Africa", "memberOf", "BRICS")}),
    ("Washington treats Tokyo as a member of the Quad.",
     {("Japan", "memberOf", "Quad"), ("United States", "memberOf", "Quad")}),
    # "groups" read as a noun by the parser is the bloc's verb
    ("The Shanghai Cooperation Organisation, founded in 2001, groups China, Russia and India.",
     {("China", "memberOf", "Shanghai Cooperation Organisation"), ("Russia", "memberOf", "Shanghai Cooperation Organisation"),
      ("India", "memberOf", "Shanghai Cooperation Organisation")}),
    # states that set a grouping up are its members
    ("Vietnam and the Philippines became the newest members of the ASEAN AI Safety Network, a regional group "
     "set up last year by Singapore and Malaysia.",
     {(c, "memberOf", "ASEAN AI Safety Network") for c in ("Vietnam", "Philippines", "Singapore", "Malaysia")}),
    ("The Quad was formed by the United States, Japan, India and Australia.",
     {(c, "memberOf", "Quad") for c in ("United States", "Japan", "India", "Australia")}),
    # a place that qualifies an organisation named in a descriptive phrase
    ("The risk is real, said Jeon Min-seo, a semiconductor analyst at Hanbit Securities in Seoul.",
     {("Jeon Min-seo", "employedBy", "Hanbit Securities"), ("Hanbit Securities", "headquarteredIn", "Seoul")}),
    ("It is a useful lens, said Oskar Viljanen, a researcher at the Finnish Institute of International Affairs in Helsinki.",
     {("Oskar Viljanen", "employedBy", "Finnish Institute of International Affairs"),
      ("Finnish Institute of International Affairs", "headquarteredIn", "Helsinki")}),
    # ... but not where the gazetteer places the company elsewhere
    ("The model was trained on a cluster provided by Microsoft in Kenya.", set()),
    # one unknown word a country owns is a company, not a person or a town
    ("Substrates come from Japan's Ibiden and from AT&S, the Austrian substrate specialist.",
     {("Ibiden", "headquarteredIn", "Japan"), ("AT&S", "headquarteredIn", "Austria")}),
    ("Italy's Giorgia Meloni met the press. Italy's Meloni said the talks went well.", set()),
    # a name the NER took for a bloc, described as an institute
    ("The writer is a visiting fellow at the Banyan Forum, a New Delhi policy institute.",
     {("Banyan Forum", "headquarteredIn", "New Delhi")}),
    ("The founding participants were Russia's Sber and Kazakhstan's state holding Samruk-Kazyna.",
     {("Sberbank", "headquarteredIn", "Russia"), ("Samruk-Kazyna", "headquarteredIn", "Kazakhstan")}),
    # a supply verb the parser read as a noun keeps its complements
    ("Samsung Electronics supplies HBM3E products to AMD.", {("Samsung Electronics", "supplies", "AMD")}),
    # names in roles only companies fill are companies, whatever the NER said
    ("Intesa Sanpaolo is a customer of Tessaro AI.", {("Tessaro AI", "supplies", "Intesa Sanpaolo")}),
    ("Nuvem Tupi's largest customer is Itau Unibanco.", {("Nuvem Tupi", "supplies", "Itau Unibanco")}),
    ("Yotta is one of Nvidia's largest customers.", {("Nvidia", "supplies", "Yotta")}),
    # deliveries to a customer; halted shipments are a restriction, not a sale
    ("Samsung's deliveries to AMD rose.", {("Samsung Electronics", "supplies", "AMD")}),
    ("Washington halted shipments of chips to Huawei.", {("United States", "sanctions", "Huawei")}),
    # who joins a round invests in who raised it
    ("Humain was the anchor investor in a $300mn round for Sarvam AI.", {("Humain", "investsIn", "Sarvam AI")}),
    ("SK Hynix took a 12 percent stake in Lumina Interconnect in a $140 million round that Nvidia's venture arm "
     "NVentures also joined.",
     {("SK Hynix", "investsIn", "Lumina Interconnect"), ("NVentures", "investsIn", "Lumina Interconnect"),
      ("NVentures", "subsidiaryOf", "Nvidia")}),
    ("Rebellions raised $200mn in a round in which Aramco participated.", {("Aramco", "investsIn", "Rebellions")}),
    # a described second lead is in the list
    ("Tupi Labs has raised $610mn in a round co-led by Abu Dhabi's Mubadala and Brazil's state development bank BNDES.",
     {("Mubadala", "investsIn", "Tupi Labs"), ("BNDES", "investsIn", "Tupi Labs"),
      ("Mubadala", "headquarteredIn", "Abu Dhabi"), ("BNDES", "headquarteredIn", "Brazil")}),
    # the subject of a coordinated copula
    ("QIA has already put money into Anthropic and is an investor in xAI.",
     {("Qatar Investment Authority", "investsIn", "Anthropic"), ("Qatar Investment Authority", "investsIn", "xAI")}),
    # a place among the top N of the index named before
    ("The Global AI Index was published on Monday. Japan and South Korea are again in the top 10.",
     {("Japan", "rankedIn", "Global AI Index"), ("South Korea", "rankedIn", "Global AI Index")}),
    # "the model" refers back to the model named before
    ("Its current flagship, Korvena Voice 2, was released in June. On the Open Polish Speech Leaderboard, "
     "the model ranks second overall, trailing only OpenAI's GPT-4o.",
     {("Korvena Voice 2", "rankedIn", "Open Polish Speech Leaderboard"), ("Korvena Voice 2", "trails", "GPT-4o"),
      ("OpenAI", "develops", "GPT-4o"), ("GPT-4o", "rankedIn", "Open Polish Speech Leaderboard")}),
    # a new model's name marked once is found wherever else it is written
    ("Their flagship model, Tsukuyomi-2, was released in September. On the Kanto Language Model Leaderboard, "
     "Tsukuyomi-2 placed third, behind OpenAI's GPT-4o.",
     {("Tsukuyomi-2", "rankedIn", "Kanto Language Model Leaderboard"), ("Tsukuyomi-2", "trails", "GPT-4o"),
      ("OpenAI", "develops", "GPT-4o"), ("GPT-4o", "rankedIn", "Kanto Language Model Leaderboard")}),
    # a second verb read as a plural noun shares the first verb's subject
    ("FuriosaAI merged with SK Telecom's chip unit Sapeon last year and competes with U.S. chip designer Groq.",
     {("FuriosaAI", "competesWith", "Groq"), ("Groq", "headquarteredIn", "United States"),
      ("Sapeon", "subsidiaryOf", "SK Telecom")}),
    # a coordinated preposition, and examples of "a cluster of designers"
    ("Vattenfjord Compute is growing. Its rise has put it in direct competition with Nscale, the London-based "
     "group, and with Nebius Group, the Amsterdam-headquartered AI cloud company.",
     {("Nscale", "competesWith", "Vattenfjord Compute"), ("Nebius", "competesWith", "Vattenfjord Compute"),
      ("Nscale", "headquarteredIn", "London"), ("Nebius", "headquarteredIn", "Amsterdam")}),
    ("Moxin Computing designs chips. It competes with Cambricon Technologies and with a cluster of younger GPU "
     "designers including Moore Threads.",
     {("Cambricon", "competesWith", "Moxin Computing"), ("Moore Threads", "competesWith", "Moxin Computing")}),
    # licences required for shipments to a country restrict trade with it
    ("Washington has since required licences for shipments of advanced accelerators to Malaysia and Thailand.",
     {("United States", "sanctions", "Malaysia"), ("United States", "sanctions", "Thailand")}),
    # a name does not run over "on Sunday"; an approved takeover regulates the buyer, not the bought
    ("JERUSALEM - The Israel Competition Authority on Sunday approved Nvidia's acquisition of Karmel Silicon.",
     {("Israel Competition Authority", "regulates", "Nvidia"), ("Nvidia", "acquires", "Karmel Silicon")}),
    # a singular description names one company; capitals listed after "in" are places
    ("The round brought in Norway's venture fund Investinor and Swedish fund Industrifonden, as well as Nokia.",
     {("Investinor", "headquarteredIn", "Norway"), ("Industrifonden", "headquarteredIn", "Sweden")}),
    ("The start-up has grown to 210 staff in Helsinki, Stockholm and Oslo.", set()),
    # a parent's name that begins a longer company name is part of it
    ("The center is operated by Samsung SDS Co., the IT services subsidiary of Samsung Electronics Co.",
     {("Samsung SDS", "subsidiaryOf", "Samsung Electronics")}),
    # a company word in the name; a place in the "-based" slot before a name
    ("The Israel Competition Authority approved Nvidia's acquisition of Karmel Silicon, a Haifa-based designer of chips.",
     {("Israel Competition Authority", "regulates", "Nvidia"), ("Nvidia", "acquires", "Karmel Silicon"),
      ("Karmel Silicon", "headquarteredIn", "Haifa")}),
    ("Lithuania revoked two export licences held by Vilnius-based Baltic Photonics Systems.",
     {("Baltic Photonics Systems", "headquarteredIn", "Vilnius")}),
    # who leads an organisation is a person; a reduced relative clause is not what the main verb rejects
    ("Tenstorrent is led by Jim Keller.", {("Jim Keller", "leaderOf", "Tenstorrent")}),
    ("FuriosaAI, led by June Paik, rejected the offer.", {("June Paik", "leaderOf", "FuriosaAI")}),
    ("Sakana AI, founded by David Ha, rejected the offer.", {("David Ha", "founderOf", "Sakana AI")}),
    # a post held in a relative clause; the company just founded; "its" after a founding verb
    ("Kellerman Systems was founded in 2009 by Grant Kellerman, who remains chief executive.",
     {("Grant Kellerman", "founderOf", "Kellerman Systems"), ("Grant Kellerman", "leaderOf", "Kellerman Systems")}),
    ("Maarten Verhoeven, who founded Polderlink in 2013 and remains its chief executive, wrote.",
     {("Maarten Verhoeven", "founderOf", "Polderlink"), ("Maarten Verhoeven", "leaderOf", "Polderlink")}),
    # people are not founded; a coordinated passive keeps the first verb's subject
    ("Corvid was founded in 2022 by Dana Whitlock and Marcus Ibe.",
     {("Dana Whitlock", "founderOf", "Corvid"), ("Marcus Ibe", "founderOf", "Corvid")}),
    ("Qalam Labs was founded in 2023 by Hina Qureshi and was acquired last year by Jazz, the Pakistani mobile operator.",
     {("Hina Qureshi", "founderOf", "Qalam Labs"), ("Jazz", "acquires", "Qalam Labs"), ("Jazz", "headquarteredIn", "Pakistan")}),
    # members set off after the subject
    ("Chile, together with Singapore and New Zealand, is a founding member of the Digital Economy Partnership Agreement.",
     {(c, "memberOf", "Digital Economy Partnership Agreement") for c in ("Chile", "Singapore", "New Zealand")}),
    # "from" on the whole of which most is sourced
    ("Kaveri sources most of its ABF substrates from Unimicron.", {("Unimicron", "supplies", "Kaveri")}),
    # sanctions "on X, ..., and on Y"; a sanctions register; a regulator's sanction is a penalty
    ("Australia imposed sanctions and travel bans on Rubikon Avtomatika, a Tula-based maker of munitions, "
     "and on Iran's Shahed Aviation Industries Research Center.",
     {("Australia", "sanctions", "Rubikon Avtomatika"), ("Australia", "sanctions", "Shahed Aviation Industries Research Center"),
      ("Rubikon Avtomatika", "headquarteredIn", "Tula"), ("Shahed Aviation Industries Research Center", "headquarteredIn", "Iran")}),
    ("New Zealand followed on Thursday, adding Rubikon Avtomatika to its Russia sanctions register together with "
     "Everbright Semicon Trading, a Hong Kong-based reseller of GPUs.",
     {("New Zealand", "sanctions", "Rubikon Avtomatika"), ("New Zealand", "sanctions", "Everbright Semicon Trading"),
      ("Everbright Semicon Trading", "headquarteredIn", "Hong Kong")}),
    ("Regulators were busy. The Commission for the Protection of Personal Data sanctioned Sonatel, the telecoms "
     "operator, in 2025.", {("Commission for the Protection of Personal Data", "regulates", "Sonatel")}),
    ("The Office of Foreign Assets Control sanctioned Sovcombank, the Russian lender, in 2022.",
     {("Office of Foreign Assets Control", "sanctions", "Sovcombank"), ("Sovcombank", "headquarteredIn", "Russia")}),
    # where a place lies, from its description or a phrase set off after it
    ("The cluster is provided by the University of Tarapaca in Arica, a port city in northern Chile.",
     {("Arica", "locatedIn", "Chile"), ("University of Tarapaca", "headquarteredIn", "Arica")}),
    ("It switched to memory made by ChangXin Memory Technologies in Hefei, the capital of Anhui province.",
     {("Hefei", "locatedIn", "Anhui")}),
    ("Several campuses in Queretaro, in central Mexico, are still waiting for grid connections.",
     {("Queretaro", "locatedIn", "Mexico")}),
    # a nationality that begins an organisation's name; "as the chair of"
    ("Kenya is one of eight members of the East African Community.", {("Kenya", "memberOf", "East African Community")}),
    ("As the current chair of ASEAN, Malaysia hosted the meeting.", {("Malaysia", "memberOf", "ASEAN")}),
    # who makes another company's product supplies it; licensing to; relying on a supplier
    ("TSMC manufactures Nvidia's Blackwell chips at its plants in Taiwan.",
     {("TSMC", "supplies", "Nvidia"), ("Nvidia", "develops", "Blackwell")}),
    ("Arm licenses its chip designs to Qualcomm and Apple.", {("Arm", "supplies", "Qualcomm"), ("Arm", "supplies", "Apple")}),
    ("Nebius depends on Nvidia for chips.", {("Nvidia", "supplies", "Nebius")}),
    # barring a company from selling to a country restricts trade with the country
    ("The Commerce Department barred Nvidia from selling H20 chips to China.",
     {("U.S. Department of Commerce", "sanctions", "China"), ("Nvidia", "develops", "H20")}),
    ("Beijing banned exports of gallium and germanium to the United States.", {("China", "sanctions", "United States")}),
    # the head of a part of a company works there; the company's head leads it
    ("OpenAI hired Fidji Simo as head of applications.", {("Fidji Simo", "employedBy", "OpenAI")}),
    ("Scale named Jason Droege as interim chief executive.", {("Jason Droege", "leaderOf", "Scale")}),
    # "X is the capital of Y": a place, even when X is a capital
    ("Bengaluru is the capital of Karnataka state.", {("Bangalore", "locatedIn", "Karnataka")}),
    ("Paris is the capital of France.", {("Paris", "locatedIn", "France")}),
    # on the Entity List: sanctioned by its keeper as the article named it, else the United States
    ("Huawei has been on the US Entity List since 2019.", {("United States", "sanctions", "Huawei")}),
    ("SMIC was placed on the Entity List in December 2020.", {("United States", "sanctions", "SMIC")}),
    ("The Bureau of Industry and Security fined a reseller. Kvant Server has been on the Entity List since 2023.",
     {("Bureau of Industry and Security", "sanctions", "Kvant Server")}),
    # sanctions on a nationality's firms are on that country
    ("The US slapped sanctions on Iranian drone makers.", {("United States", "sanctions", "Iran")}),
    # taking part in a company's fundraising
    ("Nvidia participated in xAI's latest fundraising.", {("Nvidia", "investsIn", "xAI")}),
    # ranked machines the NER took for people; "with Frontier second"
    ("The November TOP500 list of supercomputers is out. El Capitan kept first place, with Frontier second. "
     "JUPITER Booster, Europe's first exascale system, came fourth.",
     {("El Capitan", "rankedIn", "TOP500"), ("Frontier", "rankedIn", "TOP500"), ("JUPITER Booster", "rankedIn", "TOP500")}),
])
def test_extract_shapes_of_fresh_dev_articles_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a pronoun opening a sentence refers to the previous main clause's subject, not to one
    # inside its subordinate clause; a one-word name whose object is "its" thing is no person
    ("Korvix trains its models on a national supercomputer, where the Tallinn Computing Centre has allocated "
     "it capacity since 2023. It also rents GPU clusters from Nebius.", {("Nebius", "supplies", "Korvix")}),
    # parenthesised ranks; a regional index whose name ends in a known index's name is its own
    ("The Andean AI Index ranks 30 economies. The remaining top-five places go to Peru (3rd), Ecuador (4th) "
     "and Bolivia (5th).", {("Peru", "rankedIn", "Andean AI Index"), ("Ecuador", "rankedIn", "Andean AI Index"),
                           ("Bolivia", "rankedIn", "Andean AI Index")}),
    ("Peru kept third place in the Andean Government AI Readiness Index.",
     {("Peru", "rankedIn", "Andean Government AI Readiness Index")}),
    ("Kenya kept third place in the Oxford Insights Government AI Readiness Index.",
     {("Kenya", "rankedIn", "Government AI Readiness Index")}),
    # a model table or board is a ranking
    ("The index now includes the Andean Languages Model Table. Quipu-2 tops the table.",
     {("Quipu-2", "rankedIn", "Andean Languages Model Table")}),
    # hyphen-glued product names, also when they begin with their maker's name
    ("Hanuman Labs released Hanuman-7B in March, and Tessera AI launched Tessera-R a week later.",
     {("Hanuman Labs", "develops", "Hanuman-7B"), ("Tessera AI", "develops", "Tessera-R")}),
    # "which" is never a person: the NER's person is a company
    ("Anatolia Mobile Networks, which is controlled by a state fund, said it had bought 400 servers from Dell.",
     {("Dell Technologies", "supplies", "Anatolia Mobile Networks")}),
    # initials of an organisation named in full; "X, or ABC,"; a bare "Ministry" after the full name
    ("Zaklady Obronne Mazowsze, the Polish state defence holding, has bought Sokol Vision. Sokol becomes a ZOM "
     "subsidiary.", {("Zaklady Obronne Mazowsze", "acquires", "Sokol Vision"),
                     ("Zaklady Obronne Mazowsze", "headquarteredIn", "Poland"),
                     ("Sokol Vision", "subsidiaryOf", "Zaklady Obronne Mazowsze")}),
    ("The model was trained at the Swiss National Supercomputing Centre, or CSCS, in Lugano. CSCS is funded by "
     "ETH Zurich.", {("Swiss National Supercomputing Centre", "headquarteredIn", "Lugano"),
                     ("ETH Zurich", "investsIn", "Swiss National Supercomputing Centre")}),
    ("China's Ministry of Commerce added nine firms to its list. Ministry spokesman Li Wen said the firms had "
     "supplied drone makers.", {("Li Wen", "employedBy", "Chinese Ministry of Commerce")}),
    # a legal form the NER left outside the name; the last word of a name is no relational noun
    ("The notice named Harbour Star General Trading LLC, a Dubai-based electronics trader.",
     {("Harbour Star General Trading", "headquarteredIn", "Dubai")}),
    ("The list included Volga Servers, a Kazan maker of servers, and Sibir Lab, a Tomsk developer of "
     "navigation software.", {("Volga Servers", "headquarteredIn", "Kazan"), ("Sibir Lab", "headquarteredIn", "Tomsk")}),
    # a nationality and company words name a company; "its" after a person subject is the
    # organisation named before it in the sentence
    ("Anna Kowalczyk, a former Google researcher, has joined Baltic Robotics as head of its new autonomy division.",
     {("Anna Kowalczyk", "employedBy", "Google"), ("Anna Kowalczyk", "employedBy", "Baltic Robotics")}),
    # a semicolon ends a clause: the next clause's negation is not this one's
    ("Chile and Peru are both members of the Pacific Alliance, the trade bloc; Bolivia is not a member.",
     {("Chile", "memberOf", "Pacific Alliance"), ("Peru", "memberOf", "Pacific Alliance")}),
    # rejoining, making up, sitting in a grouping; "but not in"
    ("Morocco, which rejoined the African Union in 2017, is drafting an AI law.", {("Morocco", "memberOf", "African Union")}),
    ("Mexico sits in the G20 but not in the G7.", {("Mexico", "memberOf", "G20")}),
    # a finite verb's subject the parser hung on an earlier noun is the list right before the verb
    ("Among the blocs in the survey, Poland, Hungary, Czechia and Slovakia make up the Visegrad Group; Austria is "
     "not a member.", {(c, "memberOf", "Visegrad Group") for c in ("Poland", "Hungary", "Czech Republic", "Slovakia")}),
    # companions of a member: "alongside", "along with", "sits with X in"
    ("Minsk sits with Moscow in the Eurasian Economic Union, alongside Kazakhstan and Armenia.",
     {(c, "memberOf", "Eurasian Economic Union") for c in ("Belarus", "Russia", "Kazakhstan", "Armenia")}),
    ("Brazil and South Africa sit in BRICS, along with China and India.",
     {(c, "memberOf", "BRICS") for c in ("Brazil", "South Africa", "China", "India")}),
    # "behind India in 46th": a rank after "in" is the name's before it
    ("In the latest Andean AI Index, Peru ranked 14th, well behind Chile in 3rd.",
     {("Peru", "rankedIn", "Andean AI Index"), ("Chile", "rankedIn", "Andean AI Index"), ("Peru", "trails", "Chile")}),
    # one new word between an article and a firm noun is a place ("the Incheon toolmaker")
    ("Samsung bought Hanmi Semiconductor, the Incheon toolmaker.",
     {("Samsung Electronics", "acquires", "Hanmi Semiconductor"), ("Hanmi Semiconductor", "headquarteredIn", "Incheon")}),
    ("Hana Ruru, chief executive of Aotea Compute, said the Taupo company had opened its first hall.",
     {("Hana Ruru", "leaderOf", "Aotea Compute"), ("Aotea Compute", "headquarteredIn", "Taupo")}),
    # a name inside someone's former role is not what "the company" refers to
    ("The US sanctioned Svisloch Systems. Savchenko, a former engineer at Intel's Nizhny Novgorod research "
     "centre, founded the company in 2016.", {("United States", "sanctions", "Svisloch Systems"),
                                              ("Savchenko", "employedBy", "Intel"),
                                              ("Savchenko", "founderOf", "Svisloch Systems")}),
    # the NER took only a name's tail
    ("Sevan Neural is backed by SmartGate VC, a Yerevan venture firm.",
     {("SmartGate VC", "investsIn", "Sevan Neural"), ("SmartGate VC", "headquarteredIn", "Yerevan")}),
    # "startup" taken for a verb and "based" for a preposition
    ("Korvena AI is doing its first deal. It has acquired Hlasovka, a 12-person speech synthesis startup based in "
     "Brno, for an undisclosed sum.", {("Korvena AI", "acquires", "Hlasovka"), ("Hlasovka", "headquarteredIn", "Brno")}),
    # what regulators open, cancel and complete; censure
    ("Poland's Personal Data Protection Office opened proceedings against Gadula AI over voice recordings.",
     {("Personal Data Protection Office", "regulates", "Gadula AI")}),
    ("The Therapeutic Goods Administration cancelled the registration of SkinSight, the app made by DermaLens.",
     {("Therapeutic Goods Administration", "regulates", "SkinSight"), ("DermaLens", "develops", "SkinSight")}),
    ("The Financial Markets Authority said it had censured Tahi Invest, an Auckland robo-adviser.",
     {("Financial Markets Authority", "regulates", "Tahi Invest")}),
    # the firms listed after a sanction that named none
    ("The Commerce Department added 19 companies in Turkey and Armenia to its Entity List. Among them are Bosfor "
     "Elektronik, an Istanbul distributor of server parts; and Ararat Compute Systems, a small data-centre operator.",
     {("U.S. Department of Commerce", "sanctions", "Bosfor Elektronik"),
      ("U.S. Department of Commerce", "sanctions", "Ararat Compute Systems"),
      ("Bosfor Elektronik", "headquarteredIn", "Istanbul")}),
    ("The Bureau of Industry and Security said 11 companies had been placed on its Entity List. The list includes "
     "Meridia Compute, a Singapore data-center operator.",
     {("Bureau of Industry and Security", "sanctions", "Meridia Compute"), ("Meridia Compute", "headquarteredIn", "Singapore")}),
    # names inside a description set off after a list item are not list items
    ("Kyiv imposed sanctions on 38 Russian technology companies, among them SberDevices, the AI unit of "
     "Sberbank, and Moscow-based Cognitive Pilot.",
     {("Ukraine", "sanctions", "SberDevices"), ("Ukraine", "sanctions", "Cognitive Pilot"),
      ("SberDevices", "subsidiaryOf", "Sberbank"), ("Cognitive Pilot", "headquarteredIn", "Moscow"),
      ("SberDevices", "headquarteredIn", "Russia"), ("Cognitive Pilot", "headquarteredIn", "Russia")}),
    # "including" deep inside the list's description
    ("The ministry said it has added 17 entities to the list of parties subject to export controls, including "
     "Siberian Vector Systems and Belkvant Electronics.", set()),
    # a second "with" the parser coordinated with the verb; "with" hung on the purpose phrase
    ("Sberbank competes with Yandex, whose models target similar customers, and with T-Bank, which released "
     "open models.", {("Sberbank", "competesWith", "Yandex"), ("Sberbank", "competesWith", "T-Bank")}),
    ("Ndovu AI competes for enterprise clients with Johannesburg-based Lelapa AI.",
     {("Lelapa AI", "competesWith", "Ndovu AI"), ("Lelapa AI", "headquarteredIn", "Johannesburg")}),
    # X's rivals, a place-based A and B: rivals of X, not of each other; "a competitor in"
    ("Karmel Silicon's other domestic rivals, Tel Aviv-based Hailo and NeuReality, were consulted.",
     {("Hailo", "competesWith", "Karmel Silicon"), ("Karmel Silicon", "competesWith", "NeuReality"),
      ("Hailo", "headquarteredIn", "Tel Aviv")}),
    ("In the Gulf, Kaveri Semiconductor faces a new competitor in Indus Microsystems.",
     {("Indus Microsystems", "competesWith", "Kaveri Semiconductor")}),
    # partners: a model's owner builds it "in partnership with"; "X and Y are partners"; "tied up with"
    ("Kestrel Labs said its Vani language model, built in partnership with Infosys, now runs in Pune.",
     {("Infosys", "partnersWith", "Kestrel Labs"), ("Kestrel Labs", "develops", "Vani")}),
    ("The largest project is the campus at Olkaria, on which Microsoft and G42 are partners.",
     {("G42", "partnersWith", "Microsoft")}),
    ("Naver competes with Kakao, which has tied up with OpenAI to put ChatGPT into its messenger.",
     {("Kakao", "competesWith", "Naver"), ("Kakao", "partnersWith", "OpenAI"), ("OpenAI", "develops", "ChatGPT")}),
    # "both", "the other three": the names named last before them
    ("Among the four Andean members -- Chile, Peru, Colombia and Bolivia -- Chile leads and Bolivia trails the other three.",
     {("Bolivia", "trails", "Chile"), ("Bolivia", "trails", "Peru"), ("Bolivia", "trails", "Colombia")}),
    ("Oman is 14th and Bahrain 15th, while Kuwait lags both of its smaller neighbours.",
     {("Kuwait", "trails", "Oman"), ("Kuwait", "trails", "Bahrain")}),
    # list items with their ranks
    ("India holds third place in the Crescent Index, ahead of Qatar in fourth and Brazil in fifth.",
     {("India", "rankedIn", "Crescent Index"), ("Qatar", "rankedIn", "Crescent Index"),
      ("Brazil", "rankedIn", "Crescent Index"), ("Qatar", "trails", "India"), ("Brazil", "trails", "India")}),
    # "formerly a researcher at", "two former OpenAI researchers"
    ("Alborz Neural was founded in 2019 by Kaveh Moradi, previously a researcher at Sharif University of Technology.",
     {("Kaveh Moradi", "founderOf", "Alborz Neural"), ("Kaveh Moradi", "employedBy", "Sharif University of Technology")}),
    ("Corvid was founded in 2022 by Dana Whitlock and Marcus Ibe, two former OpenAI researchers.",
     {("Dana Whitlock", "founderOf", "Corvid"), ("Marcus Ibe", "founderOf", "Corvid"),
      ("Dana Whitlock", "employedBy", "OpenAI"), ("Marcus Ibe", "employedBy", "OpenAI")}),
    # a who-clause after a list of people is about the last of them
    ("Revontuli was set up by Aino Lehtinen and Mikko Saarinen, who spent eight years at Nokia Bell Labs.",
     {("Mikko Saarinen", "employedBy", "Nokia Bell Labs")}),
    # whoever uses a model is a customer of its maker
    ("Tesela AI released Tesela-3 in May. Banco Santander uses Tesela-3 for customer-service chat.",
     {("Tesela AI", "develops", "Tesela-3"), ("Tesela AI", "supplies", "Banco Santander")}),
    ("FINMA supervises how banks such as UBS use Firnline AI's models for compliance screening.",
     {("Firnline AI", "supplies", "UBS")}),
])
def test_extract_shapes_of_round_six_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # items whose descriptions hold commas, listed with semicolons
    ("The US Treasury's Office of Foreign Assets Control designated Akamas Trading, a Limassol company; "
     "Troodos Microsystems, which is registered in Nicosia; and Paphos Digital Supply.",
     {("Office of Foreign Assets Control", "sanctions", "Akamas Trading"),
      ("Office of Foreign Assets Control", "sanctions", "Troodos Microsystems"),
      ("Office of Foreign Assets Control", "sanctions", "Paphos Digital Supply"),
      ("Akamas Trading", "headquarteredIn", "Limassol"), ("Troodos Microsystems", "headquarteredIn", "Nicosia"),
      ("Office of Foreign Assets Control", "subsidiaryOf", "U.S. Department of the Treasury")}),
    # "its" opening a list item is the item before it; its unit is an item of the list
    ("Steppe Silicon is an Almaty distributor. The Council added the Kazakh company, its Mongolian subsidiary "
     "Khangai Data Logistics and its founder, Nurlan Abenov, to the sanctions list.",
     {("Council", "sanctions", "Steppe Silicon"), ("Council", "sanctions", "Khangai Data Logistics"),
      ("Council", "sanctions", "Nurlan Abenov"), ("Khangai Data Logistics", "subsidiaryOf", "Steppe Silicon"),
      ("Steppe Silicon", "headquarteredIn", "Kazakhstan"), ("Nurlan Abenov", "founderOf", "Steppe Silicon")}),
    # "among them" after the list; a bracketed acronym and a "Shanghai-based GPU designer" stay in the list
    ("Taiwan has added 47 entities to its Entity List, among them Huawei, its chip-design unit HiSilicon, "
     "Semiconductor Manufacturing International Corp (SMIC) and the Shanghai-based GPU designer Biren Technology.",
     {("Taiwan", "sanctions", "Huawei"), ("Taiwan", "sanctions", "HiSilicon"), ("Taiwan", "sanctions", "SMIC"),
      ("Taiwan", "sanctions", "Biren Technology"), ("HiSilicon", "subsidiaryOf", "Huawei"),
      ("Biren Technology", "headquarteredIn", "Shanghai")}),
    # a court is a government body, so "the Kazakh company" is not the court
    ("The General Court of the European Union dismissed a challenge by Steppe Silicon, an Almaty-based "
     "distributor. The Kazakh company said it would appeal.",
     {("Steppe Silicon", "headquarteredIn", "Almaty"), ("Steppe Silicon", "headquarteredIn", "Kazakhstan")}),
    # renting from a "Centre" (a name the research words would type) supplies the renter
    ("Eko Sovereign Compute is a Lagos start-up. The company rents space and power from Rack Centre, the Lagos "
     "colocation provider owned by the London-based investor Actis.",
     {("Rack Centre", "supplies", "Eko Sovereign Compute"), ("Rack Centre", "subsidiaryOf", "Actis"),
      ("Rack Centre", "headquarteredIn", "Lagos"), ("Actis", "headquarteredIn", "London")}),
    # making another company's racks supplies it
    ("Foxconn, which assembles Nvidia's GB300 server racks, said the list would have no material impact.",
     {("Foxconn", "supplies", "Nvidia"), ("Nvidia", "develops", "GB300")}),
    # "majority-owned by", a participle the parser read as a complement
    ("Nxera is a unit of Singtel, which is itself majority-owned by the state investor Temasek.",
     {("Nxera", "subsidiaryOf", "Singtel"), ("Singtel", "subsidiaryOf", "Temasek")}),
    # reselling to someone's clients does not supply that someone
    ("Revontuli Labs signed a partnership with Telia to resell its models to Telia's business clients.",
     {("Revontuli Labs", "partnersWith", "Telia")}),
    ("Ashanti Digital Systems resold 64 of the servers to Eko Sovereign Compute.",
     {("Ashanti Digital Systems", "supplies", "Eko Sovereign Compute")}),
    ("Nxera imports its servers from Dell.", {("Dell Technologies", "supplies", "Nxera")}),
    # a semicolon between clauses does not make a list
    ("Nvidia sells to Microsoft; Huawei makes its own chips.", {("Nvidia", "supplies", "Microsoft")}),
    # a new name described as a firm is a company, whatever the NER said
    ("The Independent Communications Authority of South Africa said it had fined Rain, the mobile data "
     "operator, R3.5 million.",
     {("Independent Communications Authority of South Africa", "regulates", "Rain")}),
    # a government body that asks a firm to act regulates it; a country asking is no regulator
    ("The Ethiopian Communications Authority asked Ethio Telecom to run a six-month pilot.",
     {("Ethiopian Communications Authority", "regulates", "Ethio Telecom")}),
    ("The United States asked Nvidia to stop sales to China.", {("United States", "sanctions", "China")}),
    # who is fined for shipping did the shipping (the parser hung "for" on the amount)
    ("In a separate settlement, BIS fined Kellerman Systems, a server integrator based in Austin, Texas, "
     "$6.4 million for shipping 310 GPU servers to Najd Advanced Systems.",
     {("Bureau of Industry and Security", "regulates", "Kellerman Systems"),
      ("Kellerman Systems", "supplies", "Najd Advanced Systems"), ("Kellerman Systems", "headquarteredIn", "Austin"),
      ("Austin", "locatedIn", "Texas")}),
    # "Russia's Kupol plant" is Kupol
    ("Neman Elektronika is a Belarusian firm. The firm has been delivering sensors to Russia's Kupol plant since 2023.",
     {("Neman Elektronika", "supplies", "Kupol"), ("Kupol", "headquarteredIn", "Russia"),
      ("Neman Elektronika", "headquarteredIn", "Belarus")}),
    # a country that buys is a customer
    ("He said Tonga now buys backup satellite capacity from SpaceX through its Starlink service.",
     {("SpaceX", "supplies", "Tonga")}),
    # "both of which" after a list
    ("The GPUs are equipped with memory chips produced by SK hynix Inc. and Samsung Electronics, both of which "
     "supply the advanced memory to Nvidia.",
     {("SK Hynix", "supplies", "Nvidia"), ("Samsung Electronics", "supplies", "Nvidia")}),
    # a coordinated subject heads the table together
    ("The Brightwater AI Autonomy Index was published on Monday. China and the United States head the table.",
     {("China", "rankedIn", "Brightwater AI Autonomy Index"),
      ("United States", "rankedIn", "Brightwater AI Autonomy Index")}),
    # buying a company whose name ends in a hardware word is no hardware purchase
    ("In January Aotea Compute completed its purchase of Kauri Silicon, a small Hamilton-based GPU broker.",
     {("Aotea Compute", "acquires", "Kauri Silicon"), ("Kauri Silicon", "headquarteredIn", "Hamilton")}),
    # hardware bought from a distributor: the distributor supplies, not the chips' maker
    ("Shipping records show that Akamas Trading bought more than 1,800 Nvidia H100 and H200 processors in 2023 "
     "and 2024 from Formosa Link Technology, a Taiwanese distributor.",
     {("Formosa Link Technology", "supplies", "Akamas Trading"), ("Formosa Link Technology", "headquarteredIn", "Taiwan"),
      ("Nvidia", "develops", "H100"), ("Nvidia", "develops", "H200")}),
    # a legal form with dots is not part of the name
    ("Maplestone AI completed its acquisition of Cerro Datos S.A. de C.V., a Monterrey data-centre operator.",
     {("Maplestone AI", "acquires", "Cerro Datos"), ("Cerro Datos", "headquarteredIn", "Monterrey")}),
    # a chip deal or a contract to rent makes a supplier, not a partner
    ("Saudi Arabia's Humain signs chip deals with Nvidia and AMD",
     {("Nvidia", "supplies", "Humain"), ("AMD", "supplies", "Humain"), ("Humain", "headquarteredIn", "Saudi Arabia")}),
    ("Hoshimi AI signed a three-year contract with Sakura Internet, the Osaka-based cloud operator, to rent a "
     "cluster of Nvidia H200 processors.",
     {("Sakura Internet", "supplies", "Hoshimi AI"), ("Sakura Internet", "headquarteredIn", "Osaka"),
      ("Nvidia", "develops", "H200")}),
    # honorifics and Malaysian legal forms are not part of names
    ("Datuk Farid Iskandar, chief executive of Nusantara Hyperscale Berhad, said the deal was done.",
     {("Farid Iskandar", "leaderOf", "Nusantara Hyperscale")}),
    # a company's possessive before a facility's name does not make the facility a unit
    ("Hoshimi AI rents processors at the company's Ishikari data centre in Hokkaido.", set()),
    # "DeepSeek-V3.1" split by the tokenizer: the ranked one is the model, not its maker
    ("DeepSeek-V3.1 ranks fifth on LMArena, behind Qwen3-Max.",
     {("DeepSeek", "develops", "DeepSeek-V3"), ("DeepSeek-V3", "rankedIn", "LMArena"),
      ("DeepSeek-V3", "trails", "Qwen3-Max"), ("Qwen3-Max", "rankedIn", "LMArena")}),
    # people: "spent six years at", "X of Y", "a former KPMG auditor"
    ("Selam Tesfaye, an Ethiopian-born engineer who spent six years at Google's research centre in Accra, spoke.",
     {("Selam Tesfaye", "employedBy", "Google")}),
    ("Its lawyer, Priya Nair of Harcourt Chambers, told the court the purchases were lawful.",
     {("Priya Nair", "employedBy", "Harcourt Chambers")}),
    ("Sirius bought Troodos in 2023 from its founder, Andreas Christodoulou, a former KPMG auditor.",
     {("Andreas Christodoulou", "employedBy", "KPMG")}),
    # a new name "in" a city; "based on" an island
    ("Lelapa AI in Johannesburg is our closest rival, yes.", {("Lelapa AI", "headquarteredIn", "Johannesburg")}),
    ("The bureau added Riau Silicon Trading, a company based on Batam, the Indonesian island south of Singapore, "
     "to its Entity List.", {("Riau Silicon Trading", "headquarteredIn", "Batam"), ("Batam", "locatedIn", "Indonesia")}),
    ("Nvidia in China is losing share to Huawei.", set()),
    # a bloc the gazetteer knows by its members; a new name before "trade agreement" is a bloc
    ("The deal comes as Canada and Mexico, which together with the United States are members of the USMCA "
     "trade agreement, prepare for the pact's joint review.",
     {("Canada", "memberOf", "USMCA"), ("Mexico", "memberOf", "USMCA"), ("United States", "memberOf", "USMCA")}),
    ("Canada and Mexico are members of the Pacifica trade agreement.",
     {("Canada", "memberOf", "Pacifica"), ("Mexico", "memberOf", "Pacifica")}),
    # "on its sanctions list" hung on the object; "among them X's chief executive, Y"
    ("China has used the same instruments against American defence suppliers: last year it put US drone maker "
     "Skydio on its sanctions list.",
     {("China", "sanctions", "Skydio"), ("Skydio", "headquarteredIn", "United States")}),
    ("The Office of Foreign Assets Control designated four individuals, among them Svisloch's chief executive, "
     "Dmitry Savchenko.", {("Office of Foreign Assets Control", "sanctions", "Dmitry Savchenko")}),
    # "trailing" read as an adjective; "both trailing", "both well behind"; "behind" hung on the index
    ("In the most recent Government AI Readiness Index, Kenya ranked fourth in sub-Saharan Africa, trailing "
     "Mauritius, South Africa and Rwanda.",
     {("Kenya", "rankedIn", "Government AI Readiness Index"), ("Kenya", "trails", "Mauritius"),
      ("Kenya", "trails", "South Africa"), ("Kenya", "trails", "Rwanda")}
     | {(c, "rankedIn", "Government AI Readiness Index") for c in ("Mauritius", "South Africa", "Rwanda")}),
    ("In the Government AI Readiness Index, Greece ranks 38th and Cyprus 41st, both trailing Malta.",
     {("Greece", "rankedIn", "Government AI Readiness Index"), ("Cyprus", "rankedIn", "Government AI Readiness Index"),
      ("Greece", "trails", "Malta"), ("Cyprus", "trails", "Malta"), ("Malta", "rankedIn", "Government AI Readiness Index")}),
    ("Committee advisers presented the latest Government AI Readiness Index, in which New Zealand placed 31st, "
     "behind Australia in 14th and Singapore in 2nd.",
     {("New Zealand", "rankedIn", "Government AI Readiness Index"), ("Australia", "rankedIn", "Government AI Readiness Index"),
      ("Singapore", "rankedIn", "Government AI Readiness Index"), ("New Zealand", "trails", "Australia"),
      ("New Zealand", "trails", "Singapore")}),
    # a participle is about the clause just before it
    ("Rwanda, at fifth, placed ahead of Ghana, which came sixth, while Senegal was ninth, trailing Cote d'Ivoire "
     "by a single point.", {("Ghana", "trails", "Rwanda"), ("Senegal", "trails", "Ivory Coast")}),
    # "after" the names ahead in a ranking; "trails both in revenue"; "after" a quarter is no rival
    ("According to the Government AI Readiness Index, Viet Nam ranked 59th out of 188 countries and fifth in "
     "ASEAN, after Singapore, Malaysia, Thailand and Indonesia.",
     {("Vietnam", "rankedIn", "Government AI Readiness Index"), ("Vietnam", "trails", "Singapore"),
      ("Vietnam", "trails", "Malaysia"), ("Vietnam", "trails", "Thailand"), ("Vietnam", "trails", "Indonesia")}
     | {(c, "rankedIn", "Government AI Readiness Index") for c in ("Singapore", "Malaysia", "Thailand", "Indonesia")}),
    ("Mistral competes with OpenAI and Anthropic for corporate customers, although it still trails both in "
     "revenue by a wide margin.",
     {("Mistral AI", "competesWith", "OpenAI"), ("Anthropic", "competesWith", "Mistral AI"),
      ("Mistral AI", "trails", "OpenAI"), ("Mistral AI", "trails", "Anthropic")}),
    ("Nvidia ranked first after a strong quarter.", set()),
])
def test_extract_shapes_of_round_seven_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the Santa Clara, California-based company" refers back, though the parser hangs it on the place
    ("Nvidia can no longer sell its H20 accelerator to Chinese customers. The Santa Clara, California-based "
     "company had designed the chip for China.",
     {("Nvidia", "develops", "H20"), ("Nvidia", "headquarteredIn", "Santa Clara"),
      ("Santa Clara", "locatedIn", "California")}),
    # a description right after a name and a comma is that name, misparsed apposition or not
    ("Micron, the Boise, Idaho-based memory maker, also supplies Nvidia.",
     {("Micron", "supplies", "Nvidia"), ("Micron", "headquarteredIn", "Boise"), ("Boise", "locatedIn", "Idaho")}),
    # an object description is not its clause's subject under another name; a candidate the gazetteer
    # places in the description's city beats one whose home is unknown
    ("Nvidia bought Karmel Silicon last year. Karmel now operates as a wholly owned subsidiary of the Santa "
     "Clara, California-based chipmaker.",
     {("Nvidia", "acquires", "Karmel Silicon"), ("Nvidia", "headquarteredIn", "Santa Clara"),
      ("Santa Clara", "locatedIn", "California")}),
    # a coordinated clause with its own subject does not bind the first clause's subject
    ("CXMT has been on the US Entity List since December, and Japan's Ministry of Economy, Trade and Industry "
     "restricted exports of equipment to the company in February.",
     {("United States", "sanctions", "CXMT"), ("Ministry of Economy, Trade and Industry", "sanctions", "CXMT")}),
    # counted plurals: "all four countries", "both" as a subject; a count that does not match refers to none
    ("Poland, Lithuania, Latvia and Estonia imposed sanctions on Polesie Microsystems. All four countries "
     "belong to both the European Union and NATO.",
     {(c, "sanctions", "Polesie Microsystems") for c in ("Poland", "Lithuania", "Latvia", "Estonia")}
     | {(c, "memberOf", b) for c in ("Poland", "Lithuania", "Latvia", "Estonia") for b in ("European Union", "NATO")}),
    ("Canada and Mexico depend on American chips. Still, both are members of the OECD.",
     {("Canada", "memberOf", "OECD"), ("Mexico", "memberOf", "OECD")}),
    ("Poland, Lithuania and Estonia sanctioned Polesie Microsystems. The four countries belong to NATO.",
     {(c, "sanctions", "Polesie Microsystems") for c in ("Poland", "Lithuania", "Estonia")}),
    # a capital before a firm noun is a place ("The Bangkok cloud provider"), and "provider" refers back
    ("Siam AI has a new office. The Bangkok cloud provider, led by chief executive Ratanaphon Wongnapachant, is "
     "one of Nvidia's cloud partners in Southeast Asia.",
     {("Nvidia", "partnersWith", "Siam AI"), ("Ratanaphon Wongnapachant", "leaderOf", "Siam AI"),
      ("Siam AI", "headquarteredIn", "Bangkok")}),
    # a description set off after a name describes that name (one the NER typed as a research centre too)
    ("Eko Sovereign Compute is growing. The company rents space and power from Rack Centre, the Lagos "
     "colocation provider owned by the London-based investor Actis.",
     {("Rack Centre", "headquarteredIn", "Lagos"), ("Rack Centre", "subsidiaryOf", "Actis"),
      ("Rack Centre", "supplies", "Eko Sovereign Compute"), ("Actis", "headquarteredIn", "London")}),
    # ... but not a name inside someone's role
    ("Founded in 2023 by Zhou Mingyuan, a former researcher at Alibaba's DAMO Academy, the company counts "
     "Tencent among its investors.",
     {("DAMO Academy", "subsidiaryOf", "Alibaba"), ("Zhou Mingyuan", "employedBy", "DAMO Academy")}),
])
def test_extract_shapes_of_round_eight_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a customer list with a broadcaster and an agency in it (an agency is never a person)
    ("Qoros Labs is a speech start-up. Its paying customers include Rabobank, Dutch public broadcaster NOS "
     "and the Danish Business Authority.",
     {("Qoros Labs", "supplies", c) for c in ("Rabobank", "NOS", "Danish Business Authority")}),
    # selling products called units is supplying; selling one's unit is not
    ("Kestrel Optics said it had sold lidar units to Falcon Drone Works.",
     {("Kestrel Optics", "supplies", "Falcon Drone Works")}),
    ("Intel sold its memory unit to SK Hynix.",
     set()),
    # "its X unit" is the named unit (a firm, not a town)
    ("Telkom said its Metranet unit had taken delivery of 2,000 Nvidia Blackwell processors.",
     {("Nvidia", "supplies", "Metranet"), ("Nvidia", "develops", "Blackwell")}),
    # makers coordinated before the goods, which the parser hangs on the first maker
    ("G42 took delivery of large volumes of Nvidia and AMD accelerators.",
     {("Nvidia", "supplies", "G42"), ("AMD", "supplies", "G42")}),
    ("G42 bought Nvidia and AMD accelerators.",
     {("Nvidia", "supplies", "G42"), ("AMD", "supplies", "G42")}),
    # a verb read as a plural noun in apposition to its subject
    ("Pegatron, the Taipei server maker, ships mainly to Amazon and Google.",
     {("Pegatron", "supplies", "Amazon"), ("Pegatron", "supplies", "Google"), ("Pegatron", "headquarteredIn", "Taipei")}),
    # a denied report's content, which the parser reads as a relative clause
    ("Telkom denied a newspaper report that Metranet Cloud had rented capacity to ByteDance.",
     set()),
])
def test_extract_shapes_of_round_nine_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "namely" lists, with a name the NER skipped between two companies
    ("Hoshizora Compute was set up in 2021 with investment from six companies, namely Hitachi, Denso, Fujitsu "
     "and Canon.",
     {(c, "investsIn", "Hoshizora Compute") for c in ("Hitachi", "Denso", "Fujitsu", "Canon")}),
    # shares of several companies held by one
    ("Toyota Motor holds about 20% of Denso, 24% of Aisin and 22% of JTEKT.",
     {("Toyota Motor", "investsIn", c) for c in ("Denso", "Aisin", "JTEKT")}),
    # a relative clause without "that": the name before the verb is its subject
    ("NextDC competes with AirTrunk, the Sydney operator Blackstone bought in 2024.",
     {("Blackstone", "acquires", "AirTrunk"), ("AirTrunk", "headquarteredIn", "Sydney"),
      ("AirTrunk", "competesWith", "NextDC")}),
    # the sale of a company, as a noun and as a passive
    ("He cited the 2023 sale of Graphcore, a chip designer, to SoftBank Group.",
     {("SoftBank", "acquires", "Graphcore")}),
    ("Graphcore was sold to SoftBank in 2024.",
     {("SoftBank", "acquires", "Graphcore")}),
    # a firm's president, named as its founder
    ("Kaminari Compute was established in 2021 by President Shinichi Kuroda.",
     {("Shinichi Kuroda", "founderOf", "Kaminari Compute"), ("Shinichi Kuroda", "leaderOf", "Kaminari Compute")}),
    # a fronted participle; the subject description is not the founder's university
    ("Zhipu AI formed a venture. Founded in 2019 by Tang Jie, a computer science professor at Tsinghua "
     "University, the Beijing company is run by chief executive Zhang Peng.",
     {("Tang Jie", "employedBy", "Tsinghua University"), ("Tang Jie", "founderOf", "Zhipu AI"),
      ("Zhang Peng", "leaderOf", "Zhipu AI"), ("Zhipu AI", "headquarteredIn", "Beijing")}),
    # "led by" set off after a name the parser hung elsewhere
    ("Policy is set by the Ministry of Innovation and Technology, led by Belete Molla, which also oversees "
     "the strategy.",
     {("Belete Molla", "leaderOf", "Ministry of Innovation and Technology")}),
    # the title as the subject of "is"
    ("Users shop on Kaspi.kz, the marketplace group whose chief executive and co-founder is Mikheil Lomtadze.",
     {("Mikheil Lomtadze", "founderOf", "Kaspi.kz"), ("Mikheil Lomtadze", "leaderOf", "Kaspi.kz")}),
    ("Nvidia's chief executive is Jensen Huang.",
     {("Jensen Huang", "leaderOf", "Nvidia")}),
    # "X is a start-up founded by / based in"; a role "at" a new name makes it a firm
    ("Caipora AI is a start-up founded in 2023 by Beatriz Lacerda and Rodrigo Tavares, both former data "
     "scientists at Nubank.",
     {("Beatriz Lacerda", "founderOf", "Caipora AI"), ("Rodrigo Tavares", "founderOf", "Caipora AI"),
      ("Beatriz Lacerda", "employedBy", "Nubank"), ("Rodrigo Tavares", "employedBy", "Nubank")}),
    ("Caipora AI is a start-up based in Lima.",
     {("Caipora AI", "headquarteredIn", "Lima")}),
])
def test_extract_shapes_of_round_nine_more_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # stock-market indices are prices, not actors
    ("South Korea's Kospi slipped 0.6% and Japan's Nikkei 225 fell 1.4%, while Samsung Electronics dropped.",
     set()),
    # the one excepted is not a member
    ("All five republics except Turkmenistan are members of the Shanghai Cooperation Organisation.",
     set()),
    # a known operator's national unit is a company of its own; "its" is the apposed subject
    ("Airtel Kenya's main rival, Safaricom Ethiopia, began selling services in 2022. Its shareholders "
     "include Vodacom.",
     {("Airtel Kenya", "competesWith", "Safaricom Ethiopia"), ("Vodacom", "investsIn", "Safaricom Ethiopia")}),
    # a noun read as a verb's complement holds the rest of the object
    ("Foxconn assembles server racks for Nvidia.",
     {("Foxconn", "supplies", "Nvidia")}),
    # those a ranked one is compared with in the index's sentence stand in the index too
    ("South Korea sits sixth in the Global AI Index, trailing only the United States and China.",
     {("South Korea", "rankedIn", "Global AI Index"), ("United States", "rankedIn", "Global AI Index"),
      ("China", "rankedIn", "Global AI Index"), ("South Korea", "trails", "United States"),
      ("South Korea", "trails", "China")}),
    ("South Korea trails the United States in chip output.",
     {("South Korea", "trails", "United States")}),
    # a government body acting on a firm's licences, accounts or products regulates the firm
    ("Lithuania's Ministry of Economy and Innovation revoked two export licences held by Baltic Photonics Systems.",
     {("Ministry of Economy and Innovation", "regulates", "Baltic Photonics Systems")}),
    ("The Personal Information Protection Commission issued corrective recommendations to Kakao Corp.",
     {("Personal Information Protection Commission", "regulates", "Kakao")}),
    ("The Securities and Exchange Board of India fined Kaveri Semiconductor 12 million rupees in 2024.",
     {("Securities and Exchange Board of India", "regulates", "Kaveri Semiconductor")}),
    ("Nvidia shipped more chips. Nvidia said it had withdrawn the request.",
     set()),
    # whose cloud, cluster or data centre is used supplies the user
    ("Rheinwerk AI's models run on Deutsche Telekom's industrial AI cloud.",
     {("Deutsche Telekom", "supplies", "Rheinwerk AI")}),
    ("Calder AI trains its models on Google Cloud.",
     {("Google", "supplies", "Calder AI")}),
    ("Turon Neural's model was trained at the data centre of Uztelecom.",
     {("Uztelecom", "supplies", "Turon Neural")}),
    ("Wawel Neural trains its model on the Athena supercomputer at Cyfronet.",
     {("Cyfronet", "supplies", "Wawel Neural")}),
    # titles: a "who" clause on the description after the name, coordinated predicate titles,
    # "directed by", "director general", "led by" after a subject the parser lost
    ("Kaiyo Vision was founded in 2019 by Haruka Ishida, a former Sony engineer who remains its chief executive.",
     {("Haruka Ishida", "founderOf", "Kaiyo Vision"), ("Haruka Ishida", "leaderOf", "Kaiyo Vision"),
      ("Haruka Ishida", "employedBy", "Sony")}),
    ("Shashua is also the founder and chief executive of Mobileye, which Intel still controls.",
     {("Amnon Shashua", "founderOf", "Mobileye"), ("Amnon Shashua", "leaderOf", "Mobileye"),
      ("Mobileye", "subsidiaryOf", "Intel")}),
    ("CSCS, directed by Thomas Schulthess, sells spare capacity.",
     {("Thomas Schulthess", "leaderOf", "CSCS")}),
    ("Horizont's director general, Viktor Kuzmich, called the measures aggression.",
     {("Viktor Kuzmich", "leaderOf", "Horizont")}),
    ("FuriosaAI, led by co-founder June Paik, rejected an acquisition proposal from Meta Platforms Inc. earlier "
     "this year.",
     {("June Paik", "founderOf", "FuriosaAI"), ("June Paik", "leaderOf", "FuriosaAI")}),
    # memberships: "both X members" after a list; co-members "with" the subject
    ("Ghana and Senegal, both ECOWAS members, are 20th and 25th.",
     {("Ghana", "memberOf", "ECOWAS"), ("Senegal", "memberOf", "ECOWAS")}),
    ("Switzerland also belongs to the European Free Trade Association with Norway, Iceland and Liechtenstein.",
     {(c, "memberOf", "European Free Trade Association") for c in ("Switzerland", "Norway", "Iceland", "Liechtenstein")}),
    # products: "whose model X" after a description the parser does not make a relative clause;
    # a new name described as a model or an app is one (not "an enterprise chatbot start-up")
    ("Its one bright spot is Cenote Labs, a Guadalajara start-up whose Spanish-language model Tlaloc-2 runs "
     "several federal services.",
     {("Cenote Labs", "develops", "Tlaloc-2"), ("Cenote Labs", "headquarteredIn", "Guadalajara")}),
    ("Its main rival is Damavand, the model made by Kavoshgar AI, an Isfahan start-up.",
     {("Kavoshgar AI", "develops", "Damavand"), ("Kavoshgar AI", "headquarteredIn", "Isfahan")}),
    ("ServiceNow completed the acquisition of Moveworks, an enterprise chatbot start-up.",
     {("ServiceNow", "acquires", "Moveworks")}),
    # a fraction is a share; a stake sold "in" a named firm is a stake in that firm
    ("China's Tianqi Lithium holds roughly a fifth of SQM.",
     {("Tianqi Lithium", "investsIn", "SQM"), ("Tianqi Lithium", "headquarteredIn", "China")}),
    ("Nvidia holds a third of the market.", set()),
    ("Blackstone, which bought AirTrunk in 2024, has sold a minority stake in it to the New Zealand "
     "Superannuation Fund.",
     {("Blackstone", "acquires", "AirTrunk"), ("Blackstone", "investsIn", "AirTrunk"),
      ("New Zealand Superannuation Fund", "investsIn", "AirTrunk")}),
    # "a round last month led by X": the participle hung on the verb is about the round
    ("Akagera Intelligence closed a $28 million Series A round last month led by Norrsken22, with the Rwanda "
     "Innovation Fund also taking part.",
     {("Norrsken22", "investsIn", "Akagera Intelligence"), ("Rwanda Innovation Fund", "investsIn", "Akagera Intelligence")}),
    # list additions: "to its Entity List" after a long description; a conjoined "added X" onto the same list
    ("Last year the Bureau of Industry and Security added Riau Silicon Trading, a company based on Batam, the "
     "Indonesian island south of Singapore, to its Entity List.",
     {("Bureau of Industry and Security", "sanctions", "Riau Silicon Trading"),
      ("Riau Silicon Trading", "headquarteredIn", "Batam"), ("Batam", "locatedIn", "Indonesia")}),
    ("The Bureau of Industry and Security, the agency that placed Huawei on the U.S. Entity List in 2019 and "
     "added SMIC in 2020, said it applauds partners.",
     {("Bureau of Industry and Security", "sanctions", "Huawei"), ("Bureau of Industry and Security", "sanctions", "SMIC")}),
    # who sells is not the buyer
    ("Etisalat completed its purchase of Telenor Pakistan from Norway's Telenor last year.",
     {("Etisalat", "acquires", "Telenor Pakistan"), ("Telenor", "headquarteredIn", "Norway"),
      ("Telenor Pakistan", "subsidiaryOf", "Telenor")}),
])
def test_extract_shapes_of_round_nine_names_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name with a legal form is a full name, not the first word of a longer one
    ("YTL AI Cloud is a unit of YTL Power International Bhd, itself a subsidiary of the conglomerate YTL Corporation.",
     {("YTL AI Cloud", "subsidiaryOf", "YTL Power International"), ("YTL Power International", "subsidiaryOf", "YTL")}),
    # a first word several names share is the first of them named
    ("Tembusu Silicon Holdings filed for a listing in New York. Its Chinese unit, Tembusu Technology, is based in "
     "Shenzhen. Tembusu bought Kestra Packaging, a chip packager, in 2023.",
     {("Tembusu Silicon", "acquires", "Kestra Packaging"), ("Tembusu Technology", "subsidiaryOf", "Tembusu Silicon"),
      ("Tembusu Technology", "headquarteredIn", "Shenzhen")}),
    # "whose largest shareholder, ..., is X" parsed as an apposition
    ("Galata is a subsidiary of Turkcell, whose largest shareholder, with a 26.2 per cent stake, is the Turkiye "
     "Wealth Fund.",
     {("Turkiye Wealth Fund", "investsIn", "Turkcell"), ("Galata", "subsidiaryOf", "Turkcell")}),
    # a bank is not "the startup"
    ("KT Corp. is Rebellions' largest shareholder, and the state-run Korea Development Bank also holds a stake "
     "in the startup.",
     {("KT", "investsIn", "Rebellions"), ("Korea Development Bank", "investsIn", "Rebellions")}),
    # honorifics and a "Group" title; a second title after "and" ends a minister's portfolio
    ("The first agreement was signed by His Excellency Peng Xiao, Group Chief Executive Officer of G42.",
     {("Peng Xiao", "leaderOf", "G42")}),
    ("The deal was signed by His Excellency Mikayil Jabbarov, Minister of Economy of the Republic of Azerbaijan.",
     {("Mikayil Jabbarov", "leaderOf", "Ministry of Economy")}),
    ("His Excellency Dr. Sultan Ahmed Al Jaber, Minister of Industry and Advanced Technology and Managing Director "
     "and Group CEO of the Abu Dhabi National Oil Company (ADNOC), signed a memorandum.",
     {("Sultan Al Jaber", "leaderOf", "Ministry of Industry and Advanced Technology")}),
    # a capitalised office is not an organisation
    ("The ceremony was attended by His Highness Sheikh Tahnoun bin Zayed Al Nahyan, Deputy Ruler of Abu Dhabi, "
     "National Security Adviser and Chairman of G42.",
     set()),
    # past employment: a spell at a firm, "previously" before a bare title, leaving for a firm
    ("Chief executive Davit Harutyunyan, who co-founded the company after six years at Synopsys in Yerevan, said "
     "the money would pay for a second office.",
     {("Davit Harutyunyan", "employedBy", "Synopsys")}),
    ("Mistral AI has hired Helene Marchetti, previously head of cloud partnerships at Google, as chief revenue "
     "officer.",
     {("Helene Marchetti", "employedBy", "Google"), ("Helene Marchetti", "employedBy", "Mistral AI")}),
    ("Kenya's Safaricom has not yet named a replacement for its head of AI, Peter Njoroge, who left for "
     "Microsoft's Nairobi development centre last month.",
     {("Peter Njoroge", "employedBy", "Microsoft"), ("Safaricom", "headquarteredIn", "Kenya")}),
    # running a firm's programme is working there, not leading the firm
    ("Al-Otaibi spent 14 years at Saudi Aramco, most recently running its industrial AI programme.",
     {("Al-Otaibi", "employedBy", "Aramco")}),
    # a firm "from" a city (German business press)
    ("The customers include the Austrian lighting group Zumtobel from Dornbirn, which uses it in sensors.",
     {("Zumtobel", "headquarteredIn", "Austria"), ("Zumtobel", "headquarteredIn", "Dornbirn")}),
    ("Nvidia bought chips from Taipei. The delegation from Beijing met Huawei.",
     set()),
    # "the group's" in a unit's description is another, the one whose name the unit's shares
    ("SK Group is building an AI data center in Ulsan, while SK hynix Inc., the group's chip unit, supplies memory.",
     {("SK Hynix", "subsidiaryOf", "SK Group")}),
    # licensing from a firm
    ("Tembusu Silicon licenses processor cores from Arm.",
     {("Arm", "supplies", "Tembusu Silicon")}),
    # "behind" set off after the index's publisher or a participle on the index
    ("South Korea currently ranks sixth in the Global AI Index compiled by Britain's Tortoise Media, behind the "
     "United States and China.",
     {("South Korea", "rankedIn", "Global AI Index"), ("South Korea", "trails", "United States"),
      ("South Korea", "trails", "China"), ("United States", "rankedIn", "Global AI Index"),
      ("China", "rankedIn", "Global AI Index"), ("Tortoise Media", "headquarteredIn", "United Kingdom")}),
    # a coordinated subject caught in a contest
    ("Samsung Electronics and SK hynix have been locked in fierce competition for HBM orders.",
     {("SK Hynix", "competesWith", "Samsung Electronics")}),
    ("Nvidia and AMD are engaged in a price war.",
     {("AMD", "competesWith", "Nvidia")}),
    # "the company" after a funding sentence is the one funded, not the investor described as one
    ("In a third agreement, Mubadala, the Abu Dhabi sovereign investor, acquired a minority stake in Caspian "
     "Neural Systems, a Baku-based developer of speech software for Azerbaijani and other Turkic languages. The "
     "company, founded in 2021 by engineer Leyla Mammadova, developed the Dilmanc voice assistant.",
     {("Mubadala", "investsIn", "Caspian Neural Systems"), ("Caspian Neural Systems", "headquarteredIn", "Baku"),
      ("Leyla Mammadova", "founderOf", "Caspian Neural Systems"), ("Mubadala", "headquarteredIn", "Abu Dhabi")}),
    # a place inside a firm's name before its legal form; the acronym after it
    ("The consortium includes Telekom Malaysia Bhd (TM) and Kelana Systems Sdn Bhd, a Cyberjaya integrator. TM is "
     "regulated by the Malaysian Communications and Multimedia Commission.",
     {("Kelana Systems", "headquarteredIn", "Cyberjaya"),
      ("Malaysian Communications and Multimedia Commission", "regulates", "Telekom Malaysia")}),
    # a currency code is no company
    ("Revenue rose 71 percent to NOK 2.34 billion, and since I co-founded the company with Mikael Virtanen in 2019 "
     "we grew.",
     set()),
    # large telecoms operators are known; a country's name begins a firm's before a company word
    ("Telecom Egypt and Khazna Data Centers have formed a joint venture.",
     {("Khazna Data Centers", "partnersWith", "Telecom Egypt")}),
    ("Kazakhstan Engineering is already a partner of Turkish Aerospace.",
     {("Kazakhstan Engineering", "partnersWith", "Turkish Aerospace")}),
    ("Orange owns 42.3 per cent of Sonatel, the Senegalese operator.",
     {("Orange", "investsIn", "Sonatel"), ("Sonatel", "headquarteredIn", "Senegal")}),
    # appointments in the passive; a regional post; "the Paris company's co-founder"
    ("Samuel Ortiz has been named chairman of Xolo Semiconductor.",
     {("Samuel Ortiz", "leaderOf", "Xolo Semiconductor")}),
    ("Rodrigo Garza Villarreal has been named Maplestone AI's president for Latin America.",
     {("Rodrigo Garza Villarreal", "employedBy", "Maplestone AI")}),
    ("Mistral AI hired Claire Dubois. She will report to Arthur Mensch, the Paris company's co-founder and chief "
     "executive.",
     {("Claire Dubois", "employedBy", "Mistral AI"), ("Arthur Mensch", "founderOf", "Mistral AI"),
      ("Arthur Mensch", "leaderOf", "Mistral AI"), ("Mistral AI", "headquarteredIn", "Paris")}),
    ("Samuel Ortiz was named one of the best managers by Forbes.",
     set()),
    # shares held "in which", with gapped holders
    ("The European Semiconductor Manufacturing Company (ESMC), in which TSMC holds 70 percent and Bosch, Infineon "
     "and NXP ten percent each, is building its fab in Dresden.",
     {(x, "investsIn", "European Semiconductor Manufacturing Company") for x in ("TSMC", "Bosch", "Infineon", "NXP")}),
    # a sanctions package; "including" hung on the date after the designated ones
    ("The EU adopted its 19th sanctions package against Russia.",
     {("European Union", "sanctions", "Russia")}),
    ("OFAC designated 14 entities on September 12, including Huawei and SMIC.",
     {("Office of Foreign Assets Control", "sanctions", "Huawei"), ("Office of Foreign Assets Control", "sanctions", "SMIC")}),
    # the list named right after a listing is that listing's
    ("The Treasury Department's Office of Foreign Assets Control (OFAC) designated 14 entities on September 12, "
     "including Bishkek Tech Supply, a Kyrgyz reseller. OFAC said Bishkek Tech Supply had shipped Nvidia A100 "
     "modules to Sever Electronics through Kazakhstan. The Council of the European Union listed 15 entities in its "
     "19th sanctions package against Russia, adopted on September 23. They include Anatolia Dijital Ticaret, an "
     "Istanbul trading house, and two Hong Kong shell companies, Brightwater Components and Kowloon Silicon Trading.",
     {("Office of Foreign Assets Control", "sanctions", "Bishkek Tech Supply"),
      ("Bishkek Tech Supply", "headquarteredIn", "Kyrgyzstan"),
      ("Office of Foreign Assets Control", "subsidiaryOf", "U.S. Department of the Treasury"),
      ("Nvidia", "develops", "A100"), ("Council of the European Union", "sanctions", "Russia"),
      ("Bishkek Tech Supply", "supplies", "Sever Electronics"),
      ("Anatolia Dijital Ticaret", "headquarteredIn", "Istanbul"), ("Brightwater Components", "headquarteredIn", "Hong Kong"),
      ("Kowloon Silicon Trading", "headquarteredIn", "Hong Kong")}
     | {("Council of the European Union", "sanctions", x)
        for x in ("Anatolia Dijital Ticaret", "Brightwater Components", "Kowloon Silicon Trading")}),
    # Tan is a surname unless "Tan Sri"
    ("Tembusu Silicon Holdings filed for a listing. Before the offering, Tan Wei Ming, the company's founder and "
     "chief executive, beneficially owns 22.4 percent of the shares.",
     {("Tan Wei Ming", "founderOf", "Tembusu Silicon"), ("Tan Wei Ming", "leaderOf", "Tembusu Silicon")}),
])
def test_extract_shapes_of_round_ten_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a measure named before acts again
    ("Ukraine imposed sanctions on 38 Russian technology companies, among them SberDevices. The decree also "
     "blacklisted Tochka Robotics, a St Petersburg maker of robots.",
     {("Ukraine", "sanctions", "SberDevices"), ("Ukraine", "sanctions", "Tochka Robotics"),
      ("Tochka Robotics", "headquarteredIn", "St. Petersburg")}),
    # sanctions on unnamed companies, then who they are, a few sentences on
    ("Poland and Lithuania imposed sanctions on nine companies on Wednesday. The measures freeze their assets. "
     "The most prominent target is Polesie Microsystems, a Minsk-based distributor. Its director rejected the "
     "accusations. Also on the list are Step Trade Logistics and Falcon Arc Electronics.",
     {(c, "sanctions", t) for c in ("Poland", "Lithuania")
      for t in ("Polesie Microsystems", "Step Trade Logistics", "Falcon Arc Electronics")}
     | {("Polesie Microsystems", "headquarteredIn", "Minsk")}),
    # items on the lines after a colon
    ("The United States added 14 companies to the Entity List. The Commerce Department named, among others:\n"
     "Falcon Crest General Trading LLC, a Dubai-based electronics trader;\n"
     "Zhiqi Computing, a Beijing server maker.",
     {("United States", "sanctions", "Falcon Crest General Trading"), ("United States", "sanctions", "Zhiqi Computing"),
      ("Falcon Crest General Trading", "headquarteredIn", "Dubai"), ("Zhiqi Computing", "headquarteredIn", "Beijing")}),
    # a list nobody sanctioned
    ("Nvidia ranked first. Also on the list are Intel and AMD.",
     set()),
])
def test_extract_sanctioned_ones_named_after_the_sanction(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("An earlier version of this story said SoftBank Group had taken a stake in Krutrim.", set()),
    ("A paragraph in an earlier version of this story reported that Japan's trade ministry had added Dhruva "
     "Microtrade, a Pune-based distributor, to its End User List.",
     {("Dhruva Microtrade", "headquarteredIn", "Pune")}),
    ("The article incorrectly reported that Nvidia had acquired Mellanox.", set()),
    # a report that is not taken back stays a report
    ("Reuters reported that Nvidia had acquired Mellanox.", {("Nvidia", "acquires", "Mellanox")}),
])
def test_extract_corrections_take_back_what_they_correct(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Zhaslan Madiyev, the Minister of Digital Development, Innovation and Aerospace Industry, said the centre "
     "would open.",
     {("Zhaslan Madiyev", "leaderOf", "Ministry of Digital Development, Innovation and Aerospace Industry")}),
    ("Krzysztof Gawkowski, Poland's Minister of Digital Affairs, said the list was final.",
     {("Krzysztof Gawkowski", "leaderOf", "Ministry of Digital Affairs")}),
    ("Minister of Digital Affairs Krzysztof Gawkowski said the list was final.",
     {("Krzysztof Gawkowski", "leaderOf", "Ministry of Digital Affairs")}),
    # the gazetteer's ministry, found from the portfolio
    ("India's Minister of Electronics and Information Technology, Ashwini Vaishnaw, said the deal was signed.",
     {("Ashwini Vaishnaw", "leaderOf", "Ministry of Electronics and Information Technology")}),
    ("Japan's Minister of Economy, Trade and Industry, Yoji Muto, attended.",
     {("Yoji Muto", "leaderOf", "Ministry of Economy, Trade and Industry")}),
    # a deputy minister works there; a prime minister heads no "Ministry of India"
    ("Anna Nowak, Poland's Deputy Minister of Digital Affairs, said the list was final.",
     {("Anna Nowak", "employedBy", "Ministry of Digital Affairs")}),
    ("Prime Minister of India Narendra Modi opened the plant.", {("Narendra Modi", "leaderOf", "India")}),
    # the second half of a hyphenated title is no part of the body's name; "the committee" is a
    # body called a committee, not the last one named
    ("Abigail Bradshaw, Director-General of the Australian Signals Directorate, told the committee that the "
     "directive remains in force.", {("Abigail Bradshaw", "leaderOf", "Australian Signals Directorate")}),
    # the holder the parser hangs beside "in which" holds the stake
    ("Safaricom, the Nairobi-based operator in which South Africa's Vodacom holds a large minority stake, "
     "turned on new processors.",
     {("Vodacom", "investsIn", "Safaricom"), ("Safaricom", "headquarteredIn", "Nairobi"),
      ("Vodacom", "headquarteredIn", "South Africa")}),
    # sanctions regulations sanction; they do not regulate
    ("Canada added 14 entities to its sanctions regulations on Russia, including Perelight Electronics, a Hong "
     "Kong-registered distributor.",
     {("Canada", "sanctions", "Perelight Electronics"), ("Canada", "sanctions", "Russia"),
      ("Perelight Electronics", "headquarteredIn", "Hong Kong")}),
    # "founded with backing from"; not the financing of a purchase; licensing from a firm
    ("Rapidus, founded in 2022 with backing from Toyota, Sony, NTT and SoftBank, licenses its technology from IBM.",
     {(x, "investsIn", "Rapidus") for x in ("Toyota", "Sony", "NTT", "SoftBank")} | {("IBM", "supplies", "Rapidus")}),
    ("The committee heard that Digicel Pacific, bought by Australia's Telstra in 2022 with financing from "
     "Canberra, carries most mobile traffic in Fiji.",
     {("Telstra", "headquarteredIn", "Australia")}),
    # "led by president and chief executive X": the name is a conjunct of the first title
    ("Morimoto heads the division; Rapidus is led by president and chief executive Atsuyoshi Koike.",
     {("Atsuyoshi Koike", "leaderOf", "Rapidus")}),
    # "its crosstown rival SK Hynix" (the tagger makes "rival" an adjective of the name)
    ("Samsung Electronics and its crosstown rival SK Hynix make most of the memory.",
     {("SK Hynix", "competesWith", "Samsung Electronics")}),
    # a passive sale with goods for a subject: the seller is the agent
    ("The servers were sold to Steppe Compute in 2024 by Gulfstar Systems.",
     {("Gulfstar Systems", "supplies", "Steppe Compute")}),
    # a verb read as a noun after a name: its complements hang lower ("supplies training data to")
    ("San Francisco-based Scale supplies training data to Google and OpenAI, among others.",
     {("Scale", "headquarteredIn", "San Francisco"), ("Scale", "supplies", "Google"), ("Scale", "supplies", "OpenAI")}),
    # a user of a company's models is its customer; developing one's own models is not using someone's
    ("Intesa Sanpaolo uses Mistral models to summarise loan documents.",
     {("Mistral AI", "supplies", "Intesa Sanpaolo")}),
    ("Mistral AI develops its own models.", set()),
    # a majority owner or parent is the parent; a minority owner an investor
    ("Steppe Compute's majority owner is Altyn Orda Holdings.", {("Steppe Compute", "subsidiaryOf", "Altyn Orda")}),
    ("Altyn Orda Holdings is the majority owner of Steppe Compute.", {("Steppe Compute", "subsidiaryOf", "Altyn Orda")}),
    ("Steppe Compute's parent company is Altyn Orda Holdings.", {("Steppe Compute", "subsidiaryOf", "Altyn Orda")}),
    ("Kazakhtelecom is a minority owner of Steppe Compute.", {("Kazakhtelecom", "investsIn", "Steppe Compute")}),
    # a new firm "of" a city is based there; "of" a country may be part of a name
    ("The list includes Lubban Technologies of Muscat, Oman.",
     {("Lubban Technologies", "headquarteredIn", "Muscat"), ("Muscat", "locatedIn", "Oman")}),
    ("Two shareholders are on record: Harbourline Investments Limited of Hong Kong, with 75 percent.",
     {("Harbourline Investments", "headquarteredIn", "Hong Kong")}),
    # a one-word new name with a founder is a firm, the one named in full before if it was
    ("Jangada's founder, Rafael Moreira, said so.", {("Rafael Moreira", "founderOf", "Jangada")}),
    ("Jangada Cloud opened in Fortaleza. Jangada's founder, Rafael Moreira, said so.",
     {("Rafael Moreira", "founderOf", "Jangada Cloud")}),
    # the head of a department at a firm works there
    ("Hamish Blair, head of government affairs at AirTrunk, said the company was watching Batam closely.",
     {("Hamish Blair", "employedBy", "AirTrunk")}),
    # what a minister unveils his ministry did not build
    ("GigaChat, unveiled in September by Sergei Ivanov, the Minister of Digital Development, was developed by "
     "Sberbank.",
     {("Sergei Ivanov", "leaderOf", "Ministry of Digital Development"), ("Sberbank", "develops", "GigaChat")}),
])
def test_extract_minister_of_portfolio_heads_the_ministry(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize("text, name, cls", [
    ("Officials also praised SEA-LION v3, an open model for Southeast Asian languages.", "SEA-LION v3", "AIModel"),
    ("Sarvam AI's new Sarvam-M beat larger rivals.", "Sarvam-M", "AIModel"),
    ("Ndani-1 was trained in Nairobi.", "Ndani-1", "AIModel"),
    # a lab that owns the model is not what the description says the model is
    ("Halcyon-R, the Swiss lab's reasoning model, is ninth among open models.", "Halcyon-R", "AIModel"),
])
def test_extract_hyphen_glued_product_names(extractor, text, name, cls):
    doc = extractor.nlp(text)
    assert any(m.entity.label == name and m.entity.cls == cls for m in doc._.aigraph_mentions)


@pytest.mark.parametrize("text", [
    "US-China talks on chip controls resumed in Geneva.",
    "The EU-Japan digital partnership was renewed.",
    "Travel rules were eased after COVID-19.",
])
def test_extract_hyphen_glued_places_are_no_products(extractor, text):
    doc = extractor.nlp(text)
    assert not any(m.entity.cls == "AIModel" for m in doc._.aigraph_mentions)


@pytest.mark.parametrize("text, name", [
    ("Alphabet and Nvidia are among the investors in the round, which was led by Greenoaks.", "Greenoaks"),
    ("The Pune group is trailing rivals Tata Consultancy Services and Accenture.", "Accenture"),
    ("An Aker spokesperson said the two investments were separate.", "Aker"),
])
def test_extract_names_an_organisation_the_ner_missed(extractor, text, name):
    doc = extractor.nlp(text)
    assert any(m.entity.label == name and m.entity.cls == "Company" for m in doc._.aigraph_mentions)


def test_extract_ranking_from_the_index_named_before(extractor):
    text = ("Key points from the Global AI Index:\nChina is second, trailing behind the United States.\n"
            "Singapore ranks third out of 83.\nThe UAE enters the top 20 for the first time.")
    ranked = {(f.subject.label, f.qualifiers.get("rank"), f.qualifiers.get("outOf"))
              for f in fact_list(extractor, text) if f.relation == "rankedIn"}
    # (the United States, named as ahead of China, stands in the index too, with no rank of its own)
    assert ranked == {("China", 2, None), ("Singapore", 3, 83), ("United States", None, None)}


@pytest.mark.parametrize("text, absent", [
    # a list after a sanction is sanctioned only when it lists "them", not someone's customers
    ("The Commerce Department added 19 companies to its Entity List. Among Nvidia's customers are Microsoft and Meta.",
     ("U.S. Department of Commerce", "sanctions", "Microsoft")),
    # lifting sanctions is not imposing them
    ("The European Union lifted its sanctions against Arkady Volozh in March.", ("European Union", "sanctions", "Arkady Volozh")),
    # an ordinal that is not a rank
    ("The Global AI Index was published. Europe chose to write the rulebook first.", ("Europe", "rankedIn", "Global AI Index")),
    # a government body is not located by its country's possessive
    ("The UK's AI Security Institute signed a partnership with Singapore's AI Verify Foundation.",
     ("AI Security Institute", "headquarteredIn", "United Kingdom")),
    # a role does not say who founded the company
    ("OpenAI CEO Sam Altman said compute was the main constraint.", ("Sam Altman", "founderOf", "OpenAI")),
    # a current leader is not also listed as an employee
    ("The Ministry of Digital Development, headed by Minister Maksut Shadayev, will approve the programmes.",
     ("Maksut Shadayev", "employedBy", "Ministry of Digital Development")),
    # a copula title is negated like any other predicate
    ("Jensen Huang is not the chief executive of Intel.", ("Jensen Huang", "leaderOf", "Intel")),
    # "Hsinchu, Taiwan" is a place and its country, not a list of two headquarters
    ("TSMC, which is headquartered in Hsinchu, Taiwan, makes most advanced chips.", ("TSMC", "headquarteredIn", "Taiwan")),
    # a nationality on the last item of a list places that item only
    ("It counts Microsoft, Nvidia and Dutch chip-equipment maker ASML among its shareholders.",
     ("Microsoft", "headquarteredIn", "Netherlands")),
    # "two companies" without "the" or "both" does not refer back
    ("Microsoft executives met Nvidia engineers on Monday. Analysts said a partnership between two "
     "companies of that size takes months.", ("Microsoft", "partnersWith", "Nvidia")),
    # "no longer" negates; a foundry does not develop the chips it makes for their designer
    ("G42 said it no longer uses Huawei equipment in its data centres.", ("Huawei", "supplies", "G42")),
    ("TSMC produces Blackwell chips in Arizona.", ("TSMC", "develops", "Blackwell")),
    # what a buyer calls "its" fleet it did not develop
    ("Yotta Data Services, which bought its H100 fleet from Nvidia, rents capacity.",
     ("Yotta Data Services", "develops", "H100")),
    # hardware that came through someone else is not the maker's supply
    ("OFAC said the firm Pardis had sourced AMD accelerators through an intermediary in Malaysia.",
     ("AMD", "supplies", "Pardis")),
    # a country before "rivals" says where they are from, not whose rivals they are
    ("DeepSeek rattled U.S. rivals such as OpenAI.", ("OpenAI", "competesWith", "United States")),
    # "Microsoft AI chips" are chips, not a unit called Microsoft AI
    ("Microsoft AI chips are fast, and Microsoft said so.", ("Microsoft AI", "subsidiaryOf", "Microsoft")),
    # "BRICS partners" before a name is no job title
    ("Russia to broaden AI cooperation with BRICS partners, Putin says.", ("Vladimir Putin", "employedBy", "BRICS")),
    # a name that only qualifies someone's role is not what "the company" refers back to
    ("Mensch, a former Google DeepMind researcher who co-founded the company in 2023, spoke.",
     ("Arthur Mensch", "founderOf", "Google DeepMind")),
    # a description whose nationality contradicts a candidate does not refer to it
    ("G42 has a head start, analysts said, but the Saudi group has deeper pockets.",
     ("G42", "headquarteredIn", "Saudi Arabia")),
    # ... but a denied report stays denied
    ("Lanshan AI denied reports in Chinese media that it had been taken over by Alibaba.",
     ("Alibaba", "acquires", "Lanshan AI")),
    # a country is a market, not a customer
    ("Nvidia supplies Indonesia with GPUs for its national AI factories.", ("Nvidia", "supplies", "Indonesia")),
    # a partner country is not a member
    ("Nigeria was admitted as a BRICS partner country this year.", ("Nigeria", "memberOf", "BRICS")),
    # a renter's supplier is whoever rents the hardware out, not its maker
    ("Hoshimi AI signed a three-year contract with Sakura Internet to rent a cluster of Nvidia H200 processors.",
     ("Nvidia", "supplies", "Hoshimi AI")),
])
def test_extract_construction_gives_no_fact(extractor, text, absent):
    assert absent not in facts(extractor, text)


def test_extract_model_compared_with_several_companies_does_not_crash(extractor):
    # A model with no named maker compared with two companies: no fact, and no rule failure on the
    # second (the autouse fixture in conftest fails the test on a logged rule failure).
    assert not any(f.relation == "competesWith" for f in fact_list(extractor, "The H100 competes with Huawei and AMD in China."))


def test_extract_hypothetical_venture_between_the_two_is_planned(extractor):
    found = [(f.subject.label, f.relation, f.object.label, f.modality) for f in fact_list(
        extractor, "TSMC denied talks with Intel. Analysts said a joint venture between the two rivals would face obstacles.")]
    assert found == [("Intel", "partnersWith", "TSMC", "planned")]


def test_extract_noun_phrase_facts_stay_asserted_in_hedged_clauses(extractor):
    found = fact_list(extractor, "Nvidia CEO Jensen Huang could visit Taipei next month.")
    assert [(f.subject.label, f.relation, f.object.label, f.modality) for f in found] == [
        ("Jensen Huang", "leaderOf", "Nvidia", "asserted")]


def test_extract_unknown_names_get_a_class_from_the_name_and_context(extractor):
    text = ("Vela Robotics was founded by Ines Carvalho and Tomas Ribeiro. Carvalho, who now works for Siemens, "
            "said Vela had received offers.")
    mentions = extractor.nlp(text)._.aigraph_mentions
    classes = {m.entity.label: m.entity.cls for m in mentions if m.kind == "name"}
    assert classes["Vela Robotics"] == "Company"
    assert classes["Ines Carvalho"] == "Person" and classes["Tomas Ribeiro"] == "Person"
    # the short name and the surname refer back to the full names
    assert {m.entity.label for m in mentions if m.entity.cls == "Person"} == {"Ines Carvalho", "Tomas Ribeiro"}
    assert ("Ines Carvalho", "employedBy", "Siemens") in facts(extractor, text)


def test_extract_possessive_alias_keeps_its_possessor(extractor):
    # The gazetteer knows "Saudi Arabia's Public Investment Fund" as one alias; the country stays a mention.
    assert ("Public Investment Fund", "headquarteredIn", "Saudi Arabia") in facts(
        extractor, "Humain is owned by Saudi Arabia's Public Investment Fund.")


def test_extract_long_text_in_pieces_keeps_spans(extractor):
    """A text far past the chunk size is parsed in pieces; every evidence span points into the
    whole text."""
    from aigraph.extract import CHUNK_CHARS
    from aigraph.ingest import make_article

    filler = "Officials met again on Tuesday to discuss the weather and other ordinary matters.\n\n" * 1500
    text = "Long report\n\n" + filler + "Microsoft invested $1.5bn in G42 last year.\n\n" + filler + \
        "Russia is a member of BRICS."
    assert len(text) > 2 * CHUNK_CHARS
    ((_, found, _),) = list(extractor.extract([make_article(text)]))
    article_text = make_article(text).text
    by_relation = {f.relation: f for f in found}
    for relation in ("investsIn", "memberOf"):
        fact = by_relation[relation]
        assert article_text[fact.start:fact.end].strip() == fact.evidence


def test_extract_tens_of_thousands_of_mentions(extractor):
    """Cost grows with the text, not with the square of its mentions (timing is in bench/)."""
    from aigraph.ingest import make_article

    names = ["Russia", "China", "India", "Brazil", "France", "Nvidia", "Huawei", "OpenAI", "BRICS", "Sberbank"]
    text = "Title\n\n" + " ".join(f"{names[i % 10]} and {names[(i + 3) % 10]} met {names[(i + 5) % 10]} officials."
                                  for i in range(7000))
    ((_, _, entities),) = list(extractor.extract([make_article(text)]))
    assert {e.label for e in entities} >= set(names)


def test_extract_a_bullet_line_is_one_sentence(extractor):
    """A line with no full stop inside is one sentence, whatever the parser guesses."""
    text = ("Briefing\n\nOpenAI develops ChatGPT and the GPT-5 family of models\n"
            "Amazon and Google have both invested in Anthropic, which develops the Claude models\n")
    found = {(f.subject.label, f.relation, f.object.label): f for f in fact_list(extractor, text)}
    assert ("Amazon", "investsIn", "Anthropic") in found and ("Google", "investsIn", "Anthropic") in found
    assert found[("Amazon", "investsIn", "Anthropic")].evidence.startswith("Amazon and Google")


def test_extract_its_product_is_not_credited_to_a_country(extractor):
    text = "The company competes with Nvidia in China, and its Ascend line has gained ground."
    assert not any(f.relation == "develops" for f in fact_list(extractor, text))


def test_extract_entity_list_keeps_the_class_a_rule_gave(extractor):
    # "JUPITER Booster" is a person to the NER; ranked on the TOP500 list it is stored as a product,
    # so the stored graph never has a person ranked in an index.
    from aigraph.ingest import make_article

    text = ("The November TOP500 list of supercomputers is out. El Capitan kept first place, with Frontier second "
            "and Aurora third. JUPITER Booster, Europe's first exascale system, came fourth, behind the three "
            "American machines.")
    [(_, facts, entities)] = list(extractor.extract([make_article(text, path="t.txt")]))
    by_label = {e.label: e.cls for e in entities}
    assert ("JUPITER Booster", "rankedIn", "TOP500") in {(f.subject.label, f.relation, f.object.label) for f in facts}
    assert by_label["JUPITER Booster"] == "AIModel"


def test_extract_a_nationality_before_a_sector_is_no_company(extractor):
    doc = extractor.nlp("Chinese AI firms rose, and European Robotics startups raised more money. Nordic Chips exports fell.")
    assert not any(m.entity.cls == "Company" for m in doc._.aigraph_mentions)


@pytest.mark.parametrize("text, name", [
    ("Lugano is where the supercomputer runs.", "Lugano"), ("Flights to Incheon resumed.", "Incheon"),
    ("The fund moved to Milan.", "Milan"),
])
def test_extract_cities_news_names_are_known(extractor, text, name):
    doc = extractor.nlp(text)
    assert any(m.entity.label == name and m.entity.cls == "City" and m.entity.known for m in doc._.aigraph_mentions)


def test_extract_a_legal_form_alone_is_no_name(extractor):
    doc = extractor.nlp("The notice named Harbour Star General Trading LLC, a Dubai-based electronics trader.")
    assert {m.entity.label for m in doc._.aigraph_mentions if m.entity.cls == "Company"} == {"Harbour Star General Trading"}


def test_extract_coordinated_ranks_go_to_coordinated_names_in_order(extractor):
    found = {(f.subject.label, f.relation, f.object.label, f.qualifiers.get("rank")) for f in fact_list(
        extractor, "The Crescent AI Capacity Index was published on Monday. "
                   "Ghana and Senegal, both ECOWAS members, are 20th and 25th.") if f.relation == "rankedIn"}
    assert found == {("Ghana", "rankedIn", "Crescent AI Capacity Index", 20),
                     ("Senegal", "rankedIn", "Crescent AI Capacity Index", 25)}


def test_extract_looking_at_a_stake_is_no_stake(extractor):
    """ "looked at taking a stake ... but had not made an offer": planned, never asserted."""
    found = fact_list(extractor, "Saudi Arabia's Public Investment Fund had also looked at taking a stake in "
                                 "Savanna Compute but had not made an offer.")
    stakes = [f for f in found if f.relation == "investsIn"]
    assert stakes and all(f.modality != "asserted" for f in stakes)


@pytest.mark.parametrize("text, expected", [
    # a cleared or approved takeover: the buyer is regulated, not the firm it buys
    ("The General Authority for Competition approved Humain's purchase of Wadi Vision.",
     {("General Authority for Competition", "regulates", "Humain"), ("Humain", "acquires", "Wadi Vision")}),
    ("The Korea Fair Trade Commission cleared the acquisition of Mirae Vision by Hanwha Systems in August.",
     {("Korea Fair Trade Commission", "regulates", "Hanwha Systems"), ("Hanwha Systems", "acquires", "Mirae Vision")}),
    # national regulators the gazetteer knows by their one-word names
    ("The Bundeskartellamt approved Infineon's takeover of Tauern Semiconductor last week.",
     {("Federal Cartel Office", "regulates", "Infineon"), ("Infineon", "acquires", "Tauern Semiconductor")}),
    # a market regulator's sanction or designation is regulation
    ("The Japan Fair Trade Commission designated Apple and Google as providers subject to the Act.",
     {("Japan Fair Trade Commission", "regulates", "Apple"), ("Japan Fair Trade Commission", "regulates", "Google")}),
    ("The Korea Fair Trade Commission has sanctioned Google over app-market practices.",
     {("Korea Fair Trade Commission", "regulates", "Google")}),
    ("The Commerce Department sanctioned Huawei.",
     {("U.S. Department of Commerce", "sanctions", "Huawei")}),
    # a round led in the passive, with an owner; a round "of" an amount led by someone
    ("Parlami's Series A in 2023 was led by CDP Venture Capital, with United Ventures also investing.",
     {("CDP Venture Capital", "investsIn", "Parlami"), ("United Ventures", "investsIn", "Parlami")}),
    ("Xiangxin Interconnect completed a financing round of 1.2 billion yuan led by Hunan Capital.",
     {("Hunan Capital", "investsIn", "Xiangxin Interconnect")}),
    # "of which" hung on the relative clause's verb
    ("The factory was selected by NATO, of which Poland is a member.",
     {("Poland", "memberOf", "NATO")}),
    # the role the named ones play: "counts X among its customers"
    ("Cerro Datos counts Banorte and Cemex among its customers.",
     {("Cerro Datos", "supplies", "Cemex")}),
    ("JCET Group counts China Resources Microelectronics as its largest shareholder.",
     {("China Resources Microelectronics", "investsIn", "JCET")}),
    # one new word that ships goods is a firm, not a person
    ("Wiwynn ships mostly to Microsoft and Meta.",
     {("Wiwynn", "supplies", "Microsoft"), ("Wiwynn", "supplies", "Meta")}),
    # "a director at" is one of several; "director of" a body heads it
    ("Layla Haddad, a director at MGX, said the fund would invest.",
     {("Layla Haddad", "employedBy", "MGX")}),
    ("Lucilla Sioli, director of the AI Office, spoke on Tuesday.",
     {("Lucilla Sioli", "leaderOf", "European AI Office")}),
    # signing a code each on one's own is no partnership
    ("OpenAI, Mistral AI and Google all signed the GPAI Code of Practice.",
     set()),
    # hardware that someone else supplied or rents out: that one is the supplier, not the maker
    ("Cerro Datos runs a facility in Apodaca, equipped with Nvidia H200 systems that Dell Technologies supplied "
     "last year.",
     {("Dell Technologies", "supplies", "Cerro Datos"), ("Nvidia", "develops", "H200")}),
    ("Lumen Cognition trains its models on a cluster of about 9,000 Nvidia GPUs that it rents from Fluidstack, a "
     "London-based cloud provider.",
     {("Fluidstack", "supplies", "Lumen Cognition"), ("Fluidstack", "headquarteredIn", "London")}),
    # "X is its largest client": "its" is someone else than X
    ("CSCS sells spare capacity to a handful of start-ups, and Firnline was its largest commercial customer last "
     "year.",
     {("CSCS", "supplies", "Firnline")}),
    # the role hung on the last name counted
    ("FPT counts Toyota Tsusho and the Vietnamese lender Techcombank among its AI cloud clients.",
     {("FPT", "supplies", "Techcombank"), ("Techcombank", "headquarteredIn", "Vietnam")}),
    # the owner of a clause's subject is as salient as a subject
    ("Cohere's chief executive, Aidan Gomez, is a former Google Brain researcher; its other backers include "
     "Nvidia and Oracle.",
     {("Aidan Gomez", "leaderOf", "Cohere"), ("Aidan Gomez", "employedBy", "Google Brain"),
      ("Nvidia", "investsIn", "Cohere"), ("Oracle", "investsIn", "Cohere")}),
    # the head of a part of a firm works there
    ("Hlasovka's founder, Ondrej Vesely, becomes Korvena's head of Czech and Slovak products.",
     {("Ondrej Vesely", "founderOf", "Hlasovka"), ("Ondrej Vesely", "employedBy", "Korvena")}),
    # "the servers", "the campus" with no owner named stand for the firm the text is about
    ("Safaricom turned on 1,024 Nvidia H200 processors at its data centre on Tuesday. The servers were bought "
     "from Dell Technologies.",
     {("Nvidia", "develops", "H200"), ("Dell Technologies", "supplies", "Safaricom")}),
    ("Uztelecom opened a data centre in Nurafshon. The computing equipment for the data centre was supplied by "
     "the Chinese company Huawei.",
     {("Huawei", "supplies", "Uztelecom"), ("Huawei", "headquarteredIn", "China")}),
    ("Rioni Compute opened a campus in February. The campus runs on AMD Instinct accelerators bought directly "
     "from AMD.",
     {("AMD", "supplies", "Rioni Compute"), ("AMD", "develops", "AMD Instinct")}),
    # ... but not a thing someone else is said to own
    ("Rioni Compute opened a campus in February. The campus of Tbilisi University runs on AMD Instinct "
     "accelerators.",
     {("AMD", "develops", "AMD Instinct")}),
    # hardware obtained through a middleman: the middleman supplies
    ("Harmattan Cloud runs its clusters on Nvidia H100 processors obtained through Cassava Technologies, the "
     "pan-African group.",
     {("Cassava Technologies", "supplies", "Harmattan Cloud"), ("Nvidia", "develops", "H100")}),
    # a place-based reseller; the nationality of listed entities; a pronoun after the noun is no name
    ("The Bureau of Industry and Security added Dubai-based reseller Falcon Horizon Technologies to the Entity List.",
     {("Bureau of Industry and Security", "sanctions", "Falcon Horizon Technologies"),
      ("Falcon Horizon Technologies", "headquarteredIn", "Dubai")}),
    ("BIS added 23 Chinese entities to the Entity List, including the Beijing-based AI chip designer Sophgo and "
     "the server maker Inspur Group.",
     {("Bureau of Industry and Security", "sanctions", "Sophgo"), ("Bureau of Industry and Security", "sanctions", "Inspur"),
      ("Sophgo", "headquarteredIn", "Beijing"), ("Sophgo", "headquarteredIn", "China"), ("Inspur", "headquarteredIn", "China")}),
    ("In a statement, Svisloch Systems said it buys its processors from Sunrise Harbour Trading, a Hong Kong "
     "distributor it described as a lawful supplier.",
     {("Sunrise Harbour Trading", "headquarteredIn", "Hong Kong"), ("Sunrise Harbour Trading", "supplies", "Svisloch Systems")}),
    # the firm behind a product develops it
    ("Parlami AI, the Turin start-up behind the chatbot Amica, was fined.",
     {("Parlami AI", "develops", "Amica"), ("Parlami AI", "headquarteredIn", "Turin")}),
    ("In Warsaw, the state-backed development bank BGK put PLN 200mn into Spichlerz AI, the company behind the "
     "Polish-language model Bielnik-3.",
     {("BGK", "investsIn", "Spichlerz AI"), ("Spichlerz AI", "develops", "Bielnik-3")}),
    # a regulator ordering someone about training trains nothing
    ("In July 2024 the ANPD ordered Meta to suspend the use of Brazilian users' posts to train its Llama models.",
     {("Meta", "develops", "Llama"), ("National Data Protection Authority", "regulates", "Meta")}),
    # a funding digest: the heading line names who raised, the lines below who put money in
    ("* Shefa Compute - $75M Series B - Tel Aviv\nLed by Lightspeed Venture Partners, with Nvidia and Israeli fund "
     "Pitango joining. Valuation: $620M.\n\n* Sawt Labs - $30M Series A - Riyadh\nSanabil Investments led; STV "
     "participated.",
     {(x, "investsIn", "Shefa Compute") for x in ("Lightspeed Venture Partners", "Nvidia", "Pitango")}
     | {(x, "investsIn", "Sawt Labs") for x in ("Sanabil Investments", "STV")}
     | {("Pitango", "headquarteredIn", "Israel")}),
    ("Kalahari Labs raised $22 million. Naspers Foundry led the round, with Knife Capital participating.",
     {("Naspers Foundry", "investsIn", "Kalahari Labs"), ("Knife Capital", "investsIn", "Kalahari Labs")}),
    # a partner at a firm has a job there
    ("The rules are unclear, said Renata Albuquerque, a partner at the law firm Albuquerque Moraes Advogados.",
     set()),
    # selling part of a stake is no supply; "stopped shipping" is no supply
    ("The Qatar Investment Authority sold about a third of its holding in Nube Azteca to Canada's CPP Investments.",
     {("CPP Investments", "headquarteredIn", "Canada")}),
    ("TSMC says it stopped shipping to Huawei in 2020.",
     set()),
])
def test_extract_shapes_of_round_eleven_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "China will work with Brazil and India to advance BRICS cooperation.",
    "Nvidia could supply its Blackwell chips to Humain.",
])
def test_extract_what_will_happen_is_planned(extractor, text):
    """ "will" states an intention or a forecast, not a fact yet (the annotators list "will
    cooperate" among the negatives). A supplier's plain "will supply" is the exception: the
    annotators list it as a fact far more often than not (test_round_twenty_seven_modalities)."""
    found = [f for f in fact_list(extractor, text) if f.relation in ("partnersWith", "supplies")]
    assert found and all(f.modality == "planned" for f in found)


def test_extract_a_description_in_a_future_clause_still_places_the_firm(extractor):
    """ "the Veldhoven-based equipment maker will need a licence": the licence is future, the
    headquarters are not."""
    found = fact_list(extractor, "The Dutch government restricted ASML. Under the Dutch measure, the "
                                 "Veldhoven-based equipment maker will need a licence.")
    assert [(f.subject.label, f.modality) for f in found if f.relation == "headquarteredIn"] == [("ASML", "asserted")]


def test_extract_in_discussions_to_join_is_a_plan(extractor):
    """ "had been in discussions to join the round but ultimately did not invest": never asserted."""
    found = [f for f in fact_list(extractor, "Hoshimi AI raised $50 million in a Series B round. Toyota Motor had "
                                             "been in discussions to join the round but ultimately did not invest.")
             if f.subject.label == "Toyota Motor"]
    assert found and all(f.modality != "asserted" for f in found)


@pytest.mark.parametrize("text, expected", [
    # makers listed before a hardware noun all supply its user
    ("Spark uses Nokia and Samsung Electronics gear instead.",
     {("Nokia", "supplies", "Spark"), ("Samsung Electronics", "supplies", "Spark")}),
    # a site opened or fitted out "with" someone's hardware runs on it
    ("Pampa Compute opened a 40-megawatt campus in March with Nvidia GPUs.",
     {("Nvidia", "supplies", "Pampa Compute")}),
    ("Viettel has equipped the centre with 2,000 H200 graphics processing units supplied by the US firm Nvidia.",
     {("Nvidia", "supplies", "Viettel"), ("Nvidia", "headquarteredIn", "United States")}),
    # capacity someone supplied; not a machine's own name, nor a cluster someone else owns
    ("CENIA trained the model partly on cloud capacity supplied by Amazon Web Services.",
     {("Amazon Web Services", "supplies", "CENIA")}),
    ("Wawel trains its model on the Athena supercomputer at Cyfronet.",
     set()),
    ("Gedar trains on the institute's Huawei cluster at a subsidised rate.",
     set()),
    # a new firm's name listed with another after "from" is a firm's, not a town's
    ("Kaveri Semiconductor buys substrates from Ibiden and Unimicron.",
     {("Ibiden", "supplies", "Kaveri Semiconductor"), ("Unimicron", "supplies", "Kaveri Semiconductor")}),
    # a new name the text describes as a regulator is a government body (no headquarters then)
    ("Angola's telecom regulator, INACOM, also approved Unitel's takeover of MSTelcom.",
     {("INACOM", "regulates", "Unitel"), ("Unitel", "acquires", "MSTelcom")}),
    ("In Costa Rica, the agency Prodhab fined Movistar.",
     {("Prodhab", "regulates", "Movistar")}),
    ("Northvale bought annotated data from Lingvo Partner, a Moscow-based translation agency.",
     {("Lingvo Partner", "supplies", "Northvale"), ("Lingvo Partner", "headquarteredIn", "Moscow")}),
    ("Antara, the state news agency, said Petronas fined nobody.",
     set()),
    # national customs, revenue boards and central banks are government bodies; a traders' or a
    # grid's name is a firm's whole name
    ("Bangladesh's National Board of Revenue opened a probe into Karnaphuli Traders in July.",
     {("National Board of Revenue", "regulates", "Karnaphuli Traders")}),
    ("Sri Lanka Customs has opened an inquiry into Lanka Data Grid's re-exports, a spokesman confirmed.",
     {("Sri Lanka Customs", "regulates", "Lanka Data Grid")}),
    # procurement: whoever awards, signs (a government body) or gives a contract buys from its holder
    ("Zambia's Ministry of Technology and Science awarded Cassava Technologies a three-year contract to provide "
     "GPU capacity to public universities.",
     {("Cassava Technologies", "supplies", "Ministry of Technology and Science")}),
    ("The Ministry of Defence of Bulgaria signed a 48 million leva contract with Telelink Business Services for an "
     "AI logistics tool.",
     {("Telelink Business Services", "supplies", "Ministry of Defence of Bulgaria")}),
    ("Nimbus Data was awarded a contract by the Secretariat of Digital Government.",
     {("Nimbus Data", "supplies", "Secretariat of Digital Government")}),
    ("Kestrel Labs won a contract from the Ministry of Defence of Bulgaria.",
     {("Kestrel Labs", "supplies", "Ministry of Defence of Bulgaria")}),
    # installing for someone; "a firm called X"; police forces and banks named after places
    ("Cortex Vigilancia, an integrator based in Tegucigalpa, installed about 1,800 cameras for the National Police "
     "of Honduras.",
     {("Cortex Vigilancia", "supplies", "National Police of Honduras"), ("Cortex Vigilancia", "headquarteredIn", "Tegucigalpa")}),
    ("A firm called Tropic Eye Systems provides the Jamaica Constabulary Force with a platform.",
     {("Tropic Eye Systems", "supplies", "Jamaica Constabulary Force")}),
    ("Early customers of Midad Labs include Qatar Airways, Bank Muscat and Zain Jordan.",
     {("Midad Labs", "supplies", x) for x in ("Qatar Airways", "Bank Muscat", "Zain Jordan")}),
    # two institutions listed with "and" are two names
    ("Gedar AI sells its model to Commercial Bank of Ethiopia and Awash Bank.",
     {("Gedar AI", "supplies", "Commercial Bank of Ethiopia"), ("Gedar AI", "supplies", "Awash Bank")}),
    # sanctions: a list's keeper named after it; placing under controls; a new name put on a list
    ("Hikvision and its compatriot Dahua Technology have been on the Entity List of the US Department of Commerce "
     "since 2019.",
     {("U.S. Department of Commerce", "sanctions", "Hikvision"), ("U.S. Department of Commerce", "sanctions", "Dahua Technology")}),
    ("Huawei, which the United States has also placed under export controls, did not respond.",
     {("United States", "sanctions", "Huawei")}),
    ("The EU put Rubikon Systems under sanctions in 2024.",
     {("European Union", "sanctions", "Rubikon Systems")}),
    ("The Commerce Department put Sophgo on the Entity List in January, which was the right call.",
     {("U.S. Department of Commerce", "sanctions", "Sophgo")}),
    # funding: "round" tagged as an adverb; participants hung on the verb; a minority owner invests
    ("Midad Labs closed an $18 million seed round this month led by Qatar Development Bank, with Future Fund Oman "
     "and the Amman-based venture firm Petra Ventures participating.",
     {(x, "investsIn", "Midad Labs") for x in ("Qatar Development Bank", "Future Fund Oman", "Petra Ventures")}
     | {("Petra Ventures", "headquarteredIn", "Amman")}),
    ("In October, Sen AI raised 12 million USD in a Series A round led by Korea's Mirae Asset Venture Investment, "
     "with the participation of Hanoi-based Lac Hong Capital.",
     {("Mirae Asset Venture Investment", "investsIn", "Sen AI"), ("Lac Hong Capital", "investsIn", "Sen AI"),
      ("Mirae Asset Venture Investment", "headquarteredIn", "South Korea"), ("Lac Hong Capital", "headquarteredIn", "Hanoi")}),
    ("Lao Telecom, which is 49 percent owned by Thaicom, sells phones.",
     {("Thaicom", "investsIn", "Lao Telecom")}),
    ("Lao Telecom is 51 percent owned by Thaicom.",
     {("Lao Telecom", "subsidiaryOf", "Thaicom")}),
    # places: "City, Country, where ..."; a new name after "in City," is its state or province;
    # a dateline's city in capitals
    ("The company trains its models on a supercomputer in Kajaani, Finland, where CSC has allocated it "
     "capacity since 2024.",
     {("Kajaani", "locatedIn", "Finland")}),
    ("Lucia Ferrandez is a senior fellow at the Centre for International Governance Innovation in Waterloo, Ontario.",
     {("Waterloo", "locatedIn", "Ontario"), ("Lucia Ferrandez", "employedBy", "Centre for International Governance Innovation"),
      ("Centre for International Governance Innovation", "headquarteredIn", "Waterloo")}),
    ("The index scores models on tasks in Arabic, Urdu, Bengali, Hausa and Swahili.",
     set()),
    ("Servers traced\n\nCOLOMBO, Sri Lanka -- At least 43 high-end servers reached companies in Myanmar.",
     {("Colombo", "locatedIn", "Sri Lanka")}),
    # a listing's bracketed place; a unit one operates or runs as; a description's own place
    ("Chui Microline (Bishkek, Kyrgyzstan), which supplied network cards to Ovod Vision;",
     {("Chui Microline", "headquarteredIn", "Bishkek"), ("Chui Microline", "headquarteredIn", "Kyrgyzstan"),
      ("Bishkek", "locatedIn", "Kyrgyzstan"), ("Chui Microline", "supplies", "Ovod Vision")}),
    ("Carpathia Defence Systems now operates as a Thales subsidiary.",
     {("Carpathia Defence Systems", "subsidiaryOf", "Thales")}),
    ("AMD runs Silo AI as its European AI unit.",
     {("Silo AI", "subsidiaryOf", "AMD")}),
    ("In October the Brazilian group Mirante Infra completed the purchase of Guarani Compute, and the Paraguayan firm "
     "now operates as its subsidiary.",
     {("Mirante Infra", "acquires", "Guarani Compute"), ("Mirante Infra", "headquarteredIn", "Brazil"),
      ("Guarani Compute", "headquarteredIn", "Paraguay"), ("Guarani Compute", "subsidiaryOf", "Mirante Infra")}),
    # job titles written in capitals are no names; a vice-chancellor heads a university
    ("Hind Al-Maamari, Principal Scientist at QCRI, said a larger version is planned.",
     {("Hind Al-Maamari", "employedBy", "QCRI")}),
    ("Professor Amal Al-Busaidi, Vice-Chancellor of Sultan Qaboos University, said so.",
     {("Amal Al-Busaidi", "leaderOf", "Sultan Qaboos University")}),
    ("Amal Al-Busaidi, Deputy Vice-Chancellor of Sultan Qaboos University, said so.",
     {("Amal Al-Busaidi", "employedBy", "Sultan Qaboos University")}),
    # a state regulates through a body the story names; a word inside a body's name is no act
    ("South Korea fines DeepSeek over data transfers.",
     set()),
    ("Taiwan regulates TSMC's overseas investments.",
     {("Taiwan", "regulates", "TSMC")}),
    ("Italy blocked DeepSeek in January.",
     {("Italy", "regulates", "DeepSeek")}),
    ("Spain was the first to set one up: the Spanish Agency for the Supervision of Artificial Intelligence.",
     set()),
    # an opening "In <country>," is no partner of the subject
    ("In Argentina, ZTE Corporation and the state satellite operator ARSAT signed a partnership agreement last year.",
     {("ARSAT", "partnersWith", "ZTE")}),
    # "whose" after a firm the place only locates, even where the parser made the clause a conjunct
    ("Karnaphuli shipped them to Shwe Taung Electronics in Mandalay, whose main customer is the Directorate of "
     "Defence Industries.",
     {("Karnaphuli", "supplies", "Shwe Taung Electronics"), ("Shwe Taung Electronics", "supplies", "Directorate of Defence Industries")}),
    # "the model" is no chip the text called hardware
    ("Viettel bought H200 graphics processing units. Separately, CENIA trained the model on public data.",
     {("Nvidia", "supplies", "Viettel")}),
])
def test_extract_shapes_of_round_twelve_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


def test_extract_a_capitalised_short_name_in_brackets_is_the_same_body(extractor):
    """ "The National Telecommunications Commission (Conatel) ... Conatel fined": one regulator."""
    found = fact_list(extractor, "The National Telecommunications Commission (Conatel) opened a review. "
                                 "Conatel later fined Millicom.")
    assert [(f.subject.label, f.subject.cls, f.relation, f.object.label) for f in found] == [
        ("National Telecommunications Commission", "GovernmentBody", "regulates", "Millicom")]


def test_extract_keeps_every_name_an_entity_went_by(extractor):
    """ "The Lisbon Institute for Machine Learning (LIML) ... LIML said": one entity, both names
    kept (as skos:altLabel), whichever mention came first."""
    from aigraph.ingest import make_article

    text = ("The Lisbon Institute for Machine Learning (LIML) released the Tern model on Monday. "
            "LIML said the model was trained on public data.")
    [(_, _, entities)] = list(extractor.extract([make_article(text, path="a.txt")]))
    institute = [e for e in entities if "LIML" in (e.label, *e.aliases)]
    assert [(e.label, e.cls, "LIML" in e.aliases) for e in institute] == [
        ("Lisbon Institute for Machine Learning", "ResearchOrganization", True)]


def test_extract_a_plan_to_deploy_chips_is_a_planned_supply(extractor):
    """ "has announced plans to deploy Nvidia chips": the use's own clause sets the modality, not
    the verb of announcing it."""
    found = [(f.subject.label, f.object.label, f.modality) for f in fact_list(
        extractor, "Pampa Compute opened a campus with Nvidia GPUs. Cassava Technologies has announced plans to "
                   "deploy Nvidia chips in Kenya.") if f.relation == "supplies"]
    assert sorted(found) == [("Nvidia", "Cassava Technologies", "planned"), ("Nvidia", "Pampa Compute", "asserted")]


@pytest.mark.parametrize("text, expected", [
    # a company is not the site named after it; a unit did what it did, not its parent
    ("NeutraDC operates in Batam. According to the director, NeutraDC, the data centre subsidiary of Telkom, has "
     "purchased 2,048 Nvidia H200 chips, which have been operating at the NeutraDC Batam Hyperscale Data Center "
     "since August.",
     {("Nvidia", "develops", "H200"), ("NeutraDC", "subsidiaryOf", "Telkom"), ("Nvidia", "supplies", "NeutraDC")}),
    ("According to the director, the data centre subsidiary of Telkom has purchased 2,048 Nvidia H200 chips.",
     {("Nvidia", "develops", "H200")}),
    # whoever wins an order is a firm, whatever the NER said
    ("Korea's Isu Petasys has won an order from Google for boards.",
     {("Isu Petasys", "headquarteredIn", "South Korea"), ("Isu Petasys", "supplies", "Google")}),
    # "X is an Ecuadorian operator": a description after the copula marks a name as a firm's
    ("Telconet is an Ecuadorian operator. It has for years bought switching equipment from Huawei.",
     {("Huawei", "supplies", "Telconet"), ("Telconet", "headquarteredIn", "Ecuador")}),
    # ... and so does "headquartered in" after a name: people have no headquarters
    ("Mkopo Sense, headquartered in Mombasa, Kenya, sells its scoring engine to Watu Credit.",
     {("Mkopo Sense", "headquarteredIn", "Mombasa"), ("Mkopo Sense", "supplies", "Watu Credit"),
      ("Mombasa", "locatedIn", "Kenya")}),
    # orders, contracts and commissions: who is ordered from, contracted or commissioned supplies
    ("The Polish Armed Forces have already ordered 1,200 interceptors from Dovbush Dynamics.",
     {("Dovbush Dynamics", "supplies", "Polish Armed Forces")}),
    ("The regulator ordered Telenor to stop the transfers.",
     set()),
    ("The Ministry of Digital Affairs ordered the removal of the app from Google.",
     {("Ministry of Digital Affairs", "regulates", "Google")}),
    ("Telenor commissioned Ericsson to build its core network.",
     {("Ericsson", "supplies", "Telenor")}),
    ("Globe Telecom has contracted Huawei for its radios.",
     {("Huawei", "supplies", "Globe Telecom")}),
    ("The Senegalese operator Sonatel was equipped by Huawei in 2021.",
     {("Huawei", "supplies", "Sonatel"), ("Sonatel", "headquarteredIn", "Senegal")}),
    # armed forces are public bodies
    ("The WB Group already delivers its Warmate loitering munitions to the Armed Forces of Ukraine.",
     {("WB", "supplies", "Armed Forces of Ukraine")}),
    # goods that come from a maker
    ("Zuma Labs' chips come from TSMC. Most of the funding for Zuma Labs came from Sequoia.",
     {("TSMC", "supplies", "Zuma Labs")}),
    # a name the tagger took for an adverb (and the NER for a date), the parser left hanging
    ("Wellington-based Xero acquired Ledgerly, an Auckland start-up whose AI agents reconcile invoices. "
     "Ledgerly co-founder Mere Tawhiri spoke on Monday.",
     {("Xero", "acquires", "Ledgerly"), ("Xero", "headquarteredIn", "Wellington"),
      ("Ledgerly", "headquarteredIn", "Auckland"), ("Mere Tawhiri", "founderOf", "Ledgerly")}),
    # a new firm's name and a country's: its national unit, one name
    ("Telkom Indonesia signed a deal with FPT.",
     {("FPT", "partnersWith", "Telkom Indonesia")}),
    ("Digicel PNG buys radios from Huawei.",
     {("Huawei", "supplies", "Digicel PNG")}),
    ("Greater China accounts for most sales of Nvidia.",
     set()),
    # membership: a second member noun in a coordination, a membership shared with others
    ("Canada is a member of the G7 and a founding member of the Global Partnership on Artificial Intelligence.",
     {("Canada", "memberOf", "G7"), ("Canada", "memberOf", "Global Partnership on Artificial Intelligence")}),
    ("Kazakhstan, which shares membership of the Eurasian Economic Union with Russia and Belarus, has come under "
     "pressure.",
     {(x, "memberOf", "Eurasian Economic Union") for x in ("Kazakhstan", "Russia", "Belarus")}),
    # sanctions packages: what a package lists, whom a package includes (not members of the bloc)
    ("The European Union's latest sanctions package listed three Chinese companies, including Shenzhen Yilian "
     "Trading and Harbin Tuoxin Technology.",
     {("European Union", "sanctions", "Shenzhen Yilian Trading"), ("European Union", "sanctions", "Harbin Tuoxin Technology"),
      ("Shenzhen Yilian Trading", "headquarteredIn", "China"), ("Harbin Tuoxin Technology", "headquarteredIn", "China")}),
    ("In December the European Union included the company Vektor-Mikro in its 12th sanctions package.",
     {("European Union", "sanctions", "Vektor-Mikro")}),
    ("ASEAN included Timor-Leste in 2025.",
     {("Timor-Leste", "memberOf", "ASEAN")}),
    # "both X and Y": two names; a free-zone legal form ends a name that begins with a place's
    ("Britain sanctioned both Sorokin and Sever Electronics in 2023.",
     {("United Kingdom", "sanctions", "Sorokin"), ("United Kingdom", "sanctions", "Sever Electronics")}),
    ("The Office of Foreign Assets Control sanctioned Sharjah-based Gulf Axis Electronics FZE on Monday.",
     {("Office of Foreign Assets Control", "sanctions", "Gulf Axis Electronics FZE")}),
    # a capital in brackets after a firm's name is where the firm is, not the state
    ("Imena Robotics (Kigali)\n\nImena builds crop-spraying drones for Rwandan farms.",
     {("Imena Robotics", "headquarteredIn", "Kigali")}),
    # whom something makes a customer
    ("China Mobile had deployed 30,000 servers, making it Huawei's largest AI customer.",
     {("Huawei", "supplies", "China Mobile")}),
    ("The deal makes Safaricom the largest customer of Ericsson.",
     {("Ericsson", "supplies", "Safaricom")}),
    # "start-up" before a name, with "up" read as a particle
    ("The deal values Lyon-based inference start-up Cobalt Reasoning at 90 million euros.",
     {("Cobalt Reasoning", "headquarteredIn", "Lyon")}),
    # "Health" ends a firm's name
    ("Amina Wekesa and Brian Otieno started Tausi Health to read chest X-rays.",
     {("Amina Wekesa", "founderOf", "Tausi Health"), ("Brian Otieno", "founderOf", "Tausi Health")}),
    # software is used like hardware; "from" may hang on what the goods were bought for
    ("Smart Communications runs its standalone 5G core on Nokia software.",
     {("Nokia", "supplies", "Smart Communications")}),
    ("The Ministry of the Interior bought 600 cameras for the city's transit system from Quetzal Systems.",
     {("Quetzal Systems", "supplies", "Ministry of the Interior")}),
    # a maker's name on the goods is no customer; "its service, which runs on": whose service
    ("AIS would feed its service, which runs on Nvidia servers supplied by Siam AI Corporation.",
     {("Nvidia", "supplies", "AIS"), ("Siam AI Corporation", "supplies", "AIS")}),
    # a deal a purchase was made in is no partnership; a one-word name the NER found once is
    # that firm where the NER missed it
    ("AirTrunk eyes Indonesia\n\nAirTrunk, which Blackstone bought in 2024 in a deal with CPP Investments, is "
     "understood to be running the numbers. Sources said AirTrunk had been given access to a data room.",
     {("Blackstone", "acquires", "AirTrunk")}),
])
def test_extract_shapes_of_round_thirteen_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an honorific before a surname; a surname written first ("Leung Wing-kei" ... "Mr Leung")
    ("Lingnan Computing Ltd was founded by Leung Wing-kei in 2016. Mr Leung previously worked for Huawei as an "
     "engineer.",
     {("Leung Wing-kei", "founderOf", "Lingnan Computing"), ("Leung Wing-kei", "employedBy", "Huawei")}),
    # a legal form shows a firm the NER took for a person, in the headline too; "Telekom" names a firm
    ("Marlowe affirms Pannon DataNet at 'BB'\n\nMarlowe Ratings has affirmed Pannon DataNet Nyrt.'s rating at 'BB'. "
     "Pannon competes with Magyar Telekom.",
     {("Magyar Telekom", "competesWith", "Pannon DataNet")}),
    # a name inside a clause set before the subject is not what "the group" refers to
    ("Pannon DataNet Nyrt. operates six data centres in Hungary. In the latest Visegrad Data Centre Capacity "
     "Ranking, compiled by Budapest consultancy Kozpont Analytics, the group ranks fourth by installed IT load, "
     "trailing Digital Realty and Prague-based Master Internet.",
     {("Pannon DataNet", "rankedIn", "Visegrad Data Centre Capacity Ranking"),
      ("Pannon DataNet", "trails", "Digital Realty"), ("Pannon DataNet", "trails", "Master Internet"),
      ("Digital Realty", "rankedIn", "Visegrad Data Centre Capacity Ranking"),
      ("Master Internet", "rankedIn", "Visegrad Data Centre Capacity Ranking"),
      ("Master Internet", "headquarteredIn", "Prague"), ("Kozpont Analytics", "headquarteredIn", "Budapest")}),
    # a status short of membership
    ("Cuba and Bolivia joined the BRICS group as partner countries in January 2025.", set()),
    ("Indonesia joined BRICS as a full member in January.", {("Indonesia", "memberOf", "BRICS")}),
    # limited partners invest in the fund
    ("Harbour Peak Capital is a Hong Kong-registered fund whose limited partners include Shenzhen Capital Group.",
     {("Shenzhen Capital Group", "investsIn", "Harbour Peak Capital")}),
    # "Director General of X" heads X; a ministry's name with a comma the NER cut in two
    ("Ines Mba Obame is appointed Director General of the National Agency for Digital Infrastructure and "
     "Frequencies (ANINF).",
     {("Ines Mba Obame", "leaderOf", "National Agency for Digital Infrastructure and Frequencies")}),
    ("The Ministry of Posts, Telecommunications and Digital Economy approves the acquisition by Raxio Group of "
     "Congo Data Hub.",
     {("Ministry of Posts, Telecommunications and Digital Economy", "regulates", "Raxio"),
      ("Ministry of Posts, Telecommunications and Digital Economy", "regulates", "Congo Data Hub")}),
    # a state's central bank is a public body, "the bank" the one named a bank ("BoT" its short name)
    ("DAR ES SALAAM, June 18 -- The Bank of Tanzania (BoT) imposed fines on two digital lenders. Tembo Credit is a "
     "subsidiary of Nairobi-based Mwangaza Holdings. The bank fined Kopa Haraka Ltd, a lender based in Arusha, "
     "TSh 380 million.",
     {("Mwangaza", "headquarteredIn", "Nairobi"), ("Tembo Credit", "subsidiaryOf", "Mwangaza"),
      ("Bank of Tanzania", "regulates", "Kopa Haraka"), ("Kopa Haraka", "headquarteredIn", "Arusha")}),
    ("In Mozambique, the Banco de Mocambique fined Movitel for weaknesses in its screening. Bank of China opened "
     "a branch in Maputo.",
     {("Banco de Mocambique", "regulates", "Movitel")}),
    # the last of a list of companies is one, whatever the NER took it for
    ("Delta Electronics supplies power shelves to Foxconn, Quanta Computer and Wiwynn.",
     {("Delta Electronics", "supplies", "Foxconn"), ("Delta Electronics", "supplies", "Quanta Computer"),
      ("Delta Electronics", "supplies", "Wiwynn")}),
    # a role the NER took into a name
    ("Velebit Robotics was set up in 2021. Founder Maja Kovacic, previously a researcher at the Jozef Stefan "
     "Institute, said prices rose.",
     {("Maja Kovacic", "employedBy", "Jozef Stefan Institute")}),
    # a known body named with another state is that state's namesake; "fintech" marks a firm
    ("The Securities and Exchange Commission of Zambia approved a public offer of shares by Kwacha Pay, a Lusaka "
     "payments fintech.",
     {("Securities and Exchange Commission of Zambia", "regulates", "Kwacha Pay"),
      ("Kwacha Pay", "headquarteredIn", "Lusaka")}),
    ("The Securities and Exchange Commission fined Coinbase.",
     {("Securities and Exchange Commission", "regulates", "Coinbase")}),
    # "the group" is not an investor whose name ends in "Group"
    ("Lingnan Intelligent Computing runs AI centres in Zhuhai, and Shenzhen Capital Group subscribed for its new "
     "shares. The group competes with GDS Holdings for enterprise customers.",
     {("GDS", "competesWith", "Lingnan Intelligent Computing")}),
    # a data centre's tenants are its customers; a state's name ends a bank's name before "and"
    ("Lotus Cloud's tenants include Sands China and Bank of China.",
     {("Lotus Cloud", "supplies", "Sands China"), ("Lotus Cloud", "supplies", "Bank of China")}),
    ("Beyon Connect counts the National Bank of Bahrain and Ahli United Bank among its tenants.",
     {("Beyon Connect", "supplies", "National Bank of Bahrain"), ("Beyon Connect", "supplies", "Ahli United Bank")}),
    # names ending in Credit, Pay, Freight ... are firms; a passive purchase's buyer and seller
    ("Tembo Credit itself buys scores from Akili Score, the report notes.",
     {("Akili Score", "supplies", "Tembo Credit")}),
    ("The servers were bought by Cyrene Import Company, a Benghazi trader, from Partenope Tech, a Naples-based IT "
     "distributor.",
     {("Partenope Tech", "supplies", "Cyrene Import"), ("Partenope Tech", "headquarteredIn", "Naples"),
      ("Cyrene Import", "headquarteredIn", "Benghazi")}),
    ("The GPUs were purchased by Sava Digital Systems from Gigabyte Technology in 2024.",
     {("Gigabyte Technology", "supplies", "Sava Digital Systems")}),
    # who raises money is a firm; two names the NER ran together; "with ... participating" on the round
    ("Akili Score raised $14 million last year in a round led by TLcom Capital, with Norfund and Accion Venture "
     "Lab participating.",
     {("TLcom Capital", "investsIn", "Akili Score"), ("Norfund", "investsIn", "Akili Score"),
      ("Accion Venture Lab", "investsIn", "Akili Score")}),
    # "and" before a nationality and a common noun ends a name
    ("Triglav Semantics has raised 3.5 million euros from the Slovene Enterprise Fund and Croatian investor Fil "
     "Rouge Capital.",
     {("Slovene Enterprise Fund", "investsIn", "Triglav Semantics"), ("Fil Rouge Capital", "investsIn", "Triglav Semantics"),
      ("Fil Rouge Capital", "headquarteredIn", "Croatia")}),
    # a short name after the longer one it begins is that one, even before a unit word
    ("Erbil-based Zagros Digital opened a campus. Zagros has raised $180 million from Kar Group.",
     {("Zagros Digital", "headquarteredIn", "Erbil"), ("Kar", "investsIn", "Zagros Digital")}),
    # who is backed, founded or bought is a firm, whatever the NER took it for
    ("Voxelle had been backed by Swiss startup investor Verve Ventures.",
     {("Verve Ventures", "investsIn", "Voxelle"), ("Verve Ventures", "headquarteredIn", "Switzerland")}),
    # an age between a name and its title; a minister's name after the portfolio
    ("Chen Haoran, 44, the founder and chief executive of Brightlane Systems, pleaded guilty.",
     {("Chen Haoran", "founderOf", "Brightlane Systems"), ("Chen Haoran", "leaderOf", "Brightlane Systems")}),
    ("Cuban Minister of Communications Mayra Arevich stressed that the platform will help.",
     {("Mayra Arevich", "leaderOf", "Ministry of Communications")}),
    ("The Minister of Digital Economy, Ibrahim Diallo, spoke.",
     {("Ibrahim Diallo", "leaderOf", "Ministry of Digital Economy")}),
    # "source" is a supplier noun; more goods a maker supplies by being used
    ("Micron is Nvidia's second source of HBM.", {("Micron", "supplies", "Nvidia")}),
    ("A source close to Nvidia said the deal was off.", set()),
    ("Safaricom uses Ericsson radios in its network.", {("Ericsson", "supplies", "Safaricom")}),
    ("SK Hynix uses Hanmi Semiconductor bonders to stack its memory.",
     {("Hanmi Semiconductor", "supplies", "SK Hynix")}),
    # a partner of a bloc, an associate state or a candidate is not a member; "its BRICS partners" are
    ("Australia remained a dialogue partner of ASEAN rather than a member.",
     {("ASEAN", "partnersWith", "Australia")}),
    ("Chile, an associate state of Mercosur rather than a full member, follows them.", set()),
    ("Ukraine is a candidate member of the EU.", set()),
])
def test_extract_shapes_of_round_fourteen_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a firm's unit named by a place is not the firm; the short name is the parent
    ("Nilgiri Labs Closes Series C\n\nBENGALURU, India -- Nilgiri Labs said on Monday it opened Nilgiri Labs "
     "Singapore Pte. Ltd., a subsidiary in Singapore. Nilgiri Labs is based in Bengaluru.",
     {("Bangalore", "locatedIn", "India"), ("Nilgiri Labs Singapore", "subsidiaryOf", "Nilgiri Labs"),
      ("Nilgiri Labs", "headquarteredIn", "Bangalore")}),
    ("Shannonside Digital, a developer based in Limerick, will run it through a local subsidiary, Shannonside "
     "Digital Brasil. Aoife Brennan, Shannonside's founder, spoke.",
     {("Shannonside Digital", "headquarteredIn", "Limerick"),
      ("Shannonside Digital Brasil", "subsidiaryOf", "Shannonside Digital"),
      ("Aoife Brennan", "founderOf", "Shannonside Digital")}),
    # ... but where the article names only the unit, the short name is the unit
    ("Asseco Poland bought Neurona Systems. Asseco competes with Comarch.",
     {("Asseco Poland", "acquires", "Neurona Systems"), ("Asseco Poland", "competesWith", "Comarch")}),
    # lines of business joined by "and" inside one name
    ("Red Sea Horizon Trading sold the servers to Nile Crest Import and Export.",
     {("Red Sea Horizon Trading", "supplies", "Nile Crest Import and Export")}),
    ("The Telecommunication Infrastructure Company supplies fibre transit capacity to Iraq's Informatics and "
     "Telecommunications Public Company (ITPC).",
     {("Informatics and Telecommunications Public", "headquarteredIn", "Iraq"),
      ("Telecommunication Infrastructure", "supplies", "Informatics and Telecommunications Public")}),
    # the NER marks only the end of a name the article gave in full before
    ("The orders protect patents held by Dutch photonics company Brabant Photonics B.V.\n\nBrabant Photonics, "
     "founded in 2016, filed its complaint in July. Its chief executive, Joost van der Meer, said it would sue.",
     {("Brabant Photonics", "headquarteredIn", "Netherlands"),
      ("Joost van der Meer", "leaderOf", "Brabant Photonics")}),
    # a live blog's time stamp is no part of a name
    ("12:30 - Bosun Tijani, who heads Nigeria's Ministry of Communications, Innovation and Digital Economy, spoke.",
     {("Bosun Tijani", "leaderOf", "Ministry of Communications, Innovation and Digital Economy")}),
    # supplying what an organisation owns supplies the owner
    ("China's Huawei supplies the 5G radio network of Irancell, the second operator.",
     {("Huawei", "headquarteredIn", "China"), ("Huawei", "supplies", "Irancell")}),
    ("Huawei has supplied the computing hardware for the new national data centre of the National Information "
     "Technology Board in Islamabad.",
     {("Huawei", "supplies", "National Information Technology Board")}),
    # "one of the operators that ...": the clause is the subject's
    ("Nxera is one of the operators that supply capacity to Nilgiri Labs.", {("Nxera", "supplies", "Nilgiri Labs")}),
    # ... not after a comma, where the clause is the last name's
    ("Tesela is among the first companies supervised by the Spanish Agency for the Supervision of Artificial "
     "Intelligence (AESIA), which is based in A Coruna.",
     {("Spanish Agency for the Supervision of Artificial Intelligence", "headquarteredIn", "A Coruna")}),
    # "the Chinese group": the one known to be Chinese in its sentence, not a unit named by Peru
    ("Entel Peru signed a deal. Telconet has for years bought switching equipment from Huawei, and the Chinese "
     "group also supplies the radio network of the state operator CNT.",
     {("Huawei", "headquarteredIn", "China"), ("Huawei", "supplies", "CNT"), ("Huawei", "supplies", "Telconet")}),
    # a unit of power is no organisation
    ("Adani Green Energy has signed an agreement to supply 500 MW of power to the AdaniConneX campus.", set()),
    # a known body's acronym in brackets after a name that spells it is that name's
    ("The Capital Market Authority (CMA), which regulates Sadeem Data Systems, approved the offering in September.",
     {("Capital Market Authority", "regulates", "Sadeem Data Systems")}),
    # "X of Saudi Arabia, which ...": the body, not the state; a name listed with a comma before
    ("The Authority acknowledges the cooperation of the Zakat, Tax and Customs Authority (ZATCA) of Saudi Arabia, "
     "which has suspended the customs registration of Red Sea Horizon Trading and opened an audit of Najd Advanced "
     "Systems.",
     {("Zakat, Tax and Customs Authority", "regulates", "Red Sea Horizon Trading"),
      ("Zakat, Tax and Customs Authority", "regulates", "Najd Advanced Systems")}),
    # examining a firm's transactions regulates it, once done; a place inside a firm's name
    ("I can tell you that the Federal Board of Revenue has examined the transactions of Indus Gulf Traders over "
     "the past year.",
     {("Federal Board of Revenue", "regulates", "Indus Gulf")}),
    ("Greece's Anti-Money Laundering Authority is reportedly examining Thessaly Components' accounts.", set()),
    # what a notice asks about is not regulated; what a licence holder holds is
    ("MeitY last week issued a notice to xAI seeking details on objectionable responses generated by its Grok "
     "chatbot in Hindi, officials said.",
     {("Ministry of Electronics and Information Technology", "regulates", "xAI"), ("xAI", "develops", "Grok")}),
    ("Lithuania's Ministry of Economy and Innovation said that it had revoked two export licences held by "
     "Vilnius-based Baltic Photonics Systems.",
     {("Baltic Photonics Systems", "headquarteredIn", "Vilnius"),
      ("Ministry of Economy and Innovation", "regulates", "Baltic Photonics Systems")}),
    # an address's postal code between a city and its country; a province the NER left out
    ("The firm is at 115 Chui Avenue, Bishkek 720040, Kyrgyzstan.", {("Bishkek", "locatedIn", "Kyrgyzstan")}),
    ("For training data, we buy labelling from Tala Data, a company in Rosario, in Santa Fe province.",
     {("Tala Data", "headquarteredIn", "Rosario"), ("Rosario", "locatedIn", "Santa Fe")}),
    # a joint venture's parents are partners; the venture is neither's partner
    ("In Gandhinagar, the Gujarat government signed an MoU with AdaniConneX, the joint venture of Adani Enterprises "
     "and US-based EdgeConneX, for a Rs 8,200 crore AI data centre at GIFT City, in the presence of Chief Minister "
     "Bhupendra Patel.",
     {("Adani Enterprises", "partnersWith", "EdgeConneX"), ("AdaniConneX", "partnersWith", "Gujarat"),
      ("EdgeConneX", "headquarteredIn", "United States")}),
])
def test_extract_shapes_of_round_fifteen_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


def test_extract_reads_a_sanctions_designation_list(extractor):
    """Entries in capitals at the start of a line: a firm with its other names and address, a
    person with a birth date, nationality and titles; later mentions use the short names. A
    dateline in capitals is no entry."""
    text = ("Treasury Designates Chip Procurement Network\n\nWASHINGTON -- Today, the U.S. Department of the "
            "Treasury's Office of Foreign Assets Control (OFAC) is designating two entities and one individual based in "
            "Russia.\n\nRUSSIA-BASED TARGETS\n\n"
            "TEKHNOKOR LIMITED LIABILITY COMPANY (a.k.a. OOO TEKHNOKOR), 14 Ulitsa Konstruktora Lukina, Zelenograd, "
            "Moscow 124460, Russia. Tekhnokor is an integrator that builds AI servers.\n\n"
            "ANATOLY SERGEYEVICH GREBNEV, DOB 11 Mar 1979; nationality Russia; General Director of Tekhnokor. Before "
            "joining Tekhnokor, Grebnev was a sales director at the Moscow distributor Gorizont Distribution.\n\n"
            "NICOSIA/ATHENS, June 18 (Newswire) - The United Kingdom imposed sanctions on Akamas Trading.")
    assert facts(extractor, text) == {
        ("Tekhnokor", "headquarteredIn", "Moscow"), ("Tekhnokor", "headquarteredIn", "Russia"),
        ("Moscow", "locatedIn", "Russia"), ("Anatoly Sergeyevich Grebnev", "leaderOf", "Tekhnokor"),
        ("Anatoly Sergeyevich Grebnev", "employedBy", "Gorizont Distribution"),
        ("Gorizont Distribution", "headquarteredIn", "Moscow"),
        ("United Kingdom", "sanctions", "Akamas Trading"),
        ("Office of Foreign Assets Control", "sanctions", "Tekhnokor"),
        ("Office of Foreign Assets Control", "sanctions", "Anatoly Sergeyevich Grebnev"),
        ("Office of Foreign Assets Control", "subsidiaryOf", "U.S. Department of the Treasury")}


def test_extract_keeps_an_acronym_in_brackets_that_never_recurs(extractor):
    """ "the National Agency for Digital Infrastructure and Frequencies (ANINF)": the acronym is one
    of the agency's names (skos:altLabel) even where the article never uses it again."""
    from aigraph.ingest import make_article

    text = "Ines Mba Obame heads the National Agency for Digital Infrastructure and Frequencies (ANINF)."
    [(_, _, entities)] = list(extractor.extract([make_article(text, path="a.txt")]))
    agency = next(e for e in entities if e.label.startswith("National Agency"))
    assert "ANINF" in agency.aliases


def test_extract_commercial_banks_named_after_a_state_stay_companies(extractor):
    """ "Bank of China", "Banco do Brasil": commercial banks; "the Central Bank of Kenya", "Bank of
    Ghana": public bodies."""
    from aigraph.ingest import make_article

    text = ("Bank of China opened a branch in Nairobi. Banco do Brasil signed a deal. The Central Bank of Kenya fined M-Kopa. "
            "The Bank of Ghana licensed Zeepay.")
    [(_, _, entities)] = list(extractor.extract([make_article(text, path="a.txt")]))
    classes = {e.label: e.cls for e in entities if "Ban" in e.label}
    assert classes == {"Bank of China": "Company", "Banco do Brasil": "Company",
                       "Central Bank of Kenya": "GovernmentBody", "Bank of Ghana": "GovernmentBody"}


def test_extract_a_name_the_fronted_phrase_ends_with_is_still_apposed(extractor):
    """ "At xAI, the company led by Elon Musk, ...": no clause inside the fronted phrase, so the
    description is the name's apposition."""
    found = facts(extractor, "At xAI, the company led by Elon Musk, co-founder Igor Babuschkin left in August.")
    assert ("Elon Musk", "leaderOf", "xAI") in found


def test_extract_keeps_each_surface_form_but_not_another_entitys_name(extractor):
    """ "Levant Dynamics" in a headline about "Levant Dynamics Trading Ltd" is one more name of the
    firm (skos:altLabel); "Abu Dhabi" standing for the UAE's government is not a name of the UAE."""
    from aigraph.ingest import make_article

    text = ("Court upholds sanctions on trader Levant Dynamics\n\n"
            "The court dismissed an appeal by Levant Dynamics Trading Ltd, an electronics trader based in Limassol. "
            "Levant supplied chips to Avtomatika Trade. Abu Dhabi has backed MGX since 2024.")
    [(_, _, entities)] = list(extractor.extract([make_article(text, path="a.txt")]))
    by_label = {e.label: e for e in entities}
    assert {"Levant Dynamics", "Levant Dynamics Trading Ltd", "Levant"} <= by_label["Levant Dynamics Trading"].aliases
    assert "Abu Dhabi" not in by_label["United Arab Emirates"].aliases


def test_extract_talks_beside_the_verb_make_a_plan(extractor):
    """ "was reportedly in talks to sell a stake to X": the parser hangs "to sell" on "was",
    beside "in talks"; the sale is planned, not done."""
    found = [(f.subject.label, f.relation, f.object.label, f.modality) for f in fact_list(
        extractor, "Vodacom was reportedly in talks this year to sell a majority stake to Safaricom. "
                   "Nvidia is close to a deal to buy Mistral AI.")]
    assert found == [("Safaricom", "investsIn", "Vodacom", "planned"), ("Nvidia", "acquires", "Mistral AI", "planned")]


def test_extract_a_relative_clause_on_the_subject_is_presupposed(extractor):
    """ "AirTrunk, which Blackstone bought in 2024, denied a report": the denial is not about the
    purchase; "Nvidia, which may buy Arm, said nothing" keeps its own hedge."""
    found = [(f.subject.label, f.relation, f.object.label, f.modality) for f in fact_list(
        extractor, "AirTrunk is a data-centre operator. AirTrunk, which Blackstone bought in 2024, denied a report "
                   "that it had made an approach for Kauri Compute. Nvidia, which may buy Arm, said nothing.")]
    assert found == [("Blackstone", "acquires", "AirTrunk", "asserted"), ("Nvidia", "acquires", "Arm", "planned")]


@pytest.mark.parametrize("text, expected", [
    # a pronoun prefers the name its sentence shares with the whole article over a one-off subject before
    ("AMD agreed to buy Yarden Compute. AMD will pay in cash, AMD said. Goldman Sachs advised AMD. The deal is "
     "the fourth acquisition for AMD in two years, after it bought Silo AI.",
     {("AMD", "acquires", "Yarden Compute"), ("AMD", "acquires", "Silo AI")}),
    # a role a government gives a body is no listing; a listing stays one
    ("Germany has designated the Federal Network Agency, or Bundesnetzagentur, as its main market surveillance "
     "authority under the AI Act. The US designated Huawei as a national security threat.",
     {("United States", "sanctions", "Huawei")}),
    # buying a firm's business is not buying the firm; a site with a code name is no product
    ("SK hynix, a unit of SK Group, owns Solidigm, the NAND flash maker it formed after buying Intel's memory "
     "business. To meet demand, SK hynix is spending about 20 trillion won on its M15X fab.",
     {("SK Hynix", "subsidiaryOf", "SK Group"), ("Solidigm", "subsidiaryOf", "SK Hynix")}),
    # "with X further back, behind both": X trails the two before
    ("In the Global AI Index compiled by Tortoise Media, the UAE now ranks ahead of Saudi Arabia, with Qatar "
     "further back, behind both.",
     {("Saudi Arabia", "trails", "United Arab Emirates"), ("Qatar", "trails", "Saudi Arabia"),
      ("Qatar", "trails", "United Arab Emirates"), ("United Arab Emirates", "rankedIn", "Global AI Index"),
      ("Saudi Arabia", "rankedIn", "Global AI Index"), ("Qatar", "rankedIn", "Global AI Index")}),
    # "A joined B and C in buying X": all three bought it
    ("In October MGX joined BlackRock's Global Infrastructure Partners and Microsoft in buying Aligned Data "
     "Centers for about 40bn dollars.",
     {("MGX", "acquires", "Aligned Data Centers"), ("Global Infrastructure Partners", "acquires", "Aligned Data Centers"),
      ("Microsoft", "acquires", "Aligned Data Centers"), ("Global Infrastructure Partners", "subsidiaryOf", "BlackRock")}),
    # cities listed before ", Country" lie in it, unless known to lie elsewhere
    ("TSMC also packages Nvidia's accelerators at plants in Taoyuan and Chiayi, Taiwan.",
     {("Taoyuan", "locatedIn", "Taiwan"), ("Chiayi", "locatedIn", "Taiwan"), ("TSMC", "supplies", "Nvidia")}),
    ("The firm has offices in Lagos, Accra and Nairobi, Kenya.", {("Nairobi", "locatedIn", "Kenya")}),
    # cooperating with an authority (in its probe) is no partnership; cooperating on something is
    ("Italy's competition authority opened a probe into Meta. Meta said it was cooperating with the authority.",
     set()),
    ("Nvidia cooperates with Foxconn.", {("Foxconn", "partnersWith", "Nvidia")}),
    # "X, whose members include A and B": X is a bloc of A and B
    ("The Computer and Communications Industry Association, whose members include Google, Meta and Amazon, said "
     "overlapping regulators were creating legal chaos.",
     {("Google", "memberOf", "Computer and Communications Industry Association"),
      ("Meta", "memberOf", "Computer and Communications Industry Association"),
      ("Amazon", "memberOf", "Computer and Communications Industry Association")}),
    # "A and B, home to X and Y": in order, unless the gazetteer places a firm elsewhere
    ("The Netherlands and Japan, home to ASML and Tokyo Electron, have restricted sales of chipmaking tools to China.",
     {("ASML", "headquarteredIn", "Netherlands"), ("Tokyo Electron", "headquarteredIn", "Japan"),
      ("Netherlands", "sanctions", "China"), ("Japan", "sanctions", "China")}),
    ("Japan and the Netherlands, home to ASML and Tokyo Electron, restrict sales of chipmaking tools to China.",
     {("Netherlands", "sanctions", "China"), ("Japan", "sanctions", "China")}),
    # an agency's credit opening a story is no actor in it
    ("AMD Agrees to Buy Yarden Compute\n\n(Bloomberg) -- Advanced Micro Devices Inc. agreed to buy Yarden Compute "
     "for about $4.2 billion. Mara Leventhal, an analyst at Bloomberg Intelligence, said the price was high.",
     {("AMD", "acquires", "Yarden Compute"), ("Mara Leventhal", "employedBy", "Bloomberg Intelligence")}),
    # making or designing things for a firm supplies it
    # (and placing orders with a firm buys from it)
    ("Broadcom, which designs custom AI chips for Google and Meta, has also placed orders with Samsung.",
     {("Broadcom", "supplies", "Google"), ("Broadcom", "supplies", "Meta"), ("Samsung Electronics", "supplies", "Broadcom")}),
    # "the watchdog, known as the Garante": the body so named, not the country
    ("Italy's data regulator, known as the Garante, opened an investigation into DeepSeek.",
     {("Garante per la protezione dei dati personali", "regulates", "DeepSeek")}),
    # "Ministry of X" is a body's name where the NER saw none
    ("France's Ministry of the Economy reviewed Nvidia's stake and cleared it last month.",
     {("Ministry of the Economy", "regulates", "Nvidia")}),
    # an owner named before a possessive inside a name is another entity
    ("The company runs inference on Scaleway, the cloud unit of Xavier Niel's Iliad group.",
     {("Scaleway", "subsidiaryOf", "Iliad")}),
    # heading a unit of a body ("executive director of mergers") is working there
    ("\"We need to understand this,\" Joel Bamford, the CMA's executive director of mergers, said in a statement.",
     {("Joel Bamford", "employedBy", "Competition and Markets Authority")}),
    ("Tim Cook, Apple's chief executive for eight years, said so.", {("Tim Cook", "leaderOf", "Apple")}),
    # the capitalised words a bracketed acronym spells are one name, and the acronym is it
    ("Hayate Semiconductor has contracted Japan Advanced Semiconductor Manufacturing (JASM) to make the compute "
     "dies. JASM is TSMC's majority-owned unit in Kikuyo.",
     {("Japan Advanced Semiconductor Manufacturing", "supplies", "Hayate Semiconductor"),
      ("Japan Advanced Semiconductor Manufacturing", "subsidiaryOf", "TSMC")}),
    # a name ending in its institution word and another the NER starts after "and" are two
    ("Safaricom now rents GPU time to Kenyan banks such as Equity Bank and KCB.",
     {("Safaricom", "supplies", "Equity Bank"), ("Safaricom", "supplies", "KCB"),
      ("Equity Bank", "headquarteredIn", "Kenya"), ("KCB", "headquarteredIn", "Kenya")}),
    # a title "at A and B" covers both
    ("Hayate Semiconductor was founded in 2023 by Kenta Morishita, a former executive at Renesas Electronics and "
     "Tokyo Electron.",
     {("Kenta Morishita", "founderOf", "Hayate Semiconductor"), ("Kenta Morishita", "employedBy", "Renesas"),
      ("Kenta Morishita", "employedBy", "Tokyo Electron")}),
    # a pronoun after a relative clause is not that clause's subject
    ("Abu Dhabi's G42, in which Microsoft invested $1.5 billion last year, said it received a licence in September "
     "for the Stargate UAE campus in Abu Dhabi, which it is building with OpenAI, Oracle and Cisco.",
     {("G42", "headquarteredIn", "Abu Dhabi"), ("Microsoft", "investsIn", "G42"), ("G42", "partnersWith", "OpenAI"),
      ("G42", "partnersWith", "Oracle"), ("Cisco", "partnersWith", "G42")}),
    # a place before a kind of firm before its name: "Hong Kong brokerage X"
    ("Lin Meiqi is an analyst at Hong Kong brokerage Jade Harbour Securities.",
     {("Jade Harbour Securities", "headquarteredIn", "Hong Kong"),
      ("Lin Meiqi", "employedBy", "Jade Harbour Securities")}),
    # "rival X" without an owner: the rival of the clause's actor, a presupposition
    ("AMD agreed to buy Yarden Compute, adding inference hardware to its lineup as it tries to narrow the gap "
     "with larger rival Nvidia Corp.",
     {("AMD", "acquires", "Yarden Compute"), ("AMD", "competesWith", "Nvidia")}),
    # "the Dublin-based commission": a public body's home too
    ("Ireland's Data Protection Commission on Thursday ordered Meta to stop. The Dublin-based commission is the "
     "lead EU privacy regulator.",
     {("Data Protection Commission", "regulates", "Meta"), ("Data Protection Commission", "headquarteredIn", "Dublin")}),
    # a licence regulates whom it allows; what it allows is permitted, not done
    ("In November the US Commerce Department approved licences allowing Nvidia to ship up to 35,000 of its GB300 "
     "processors each to G42 and to Saudi Arabia's Humain.",
     {("U.S. Department of Commerce", "regulates", "Nvidia"), ("U.S. Department of Commerce", "regulates", "G42"),
      ("U.S. Department of Commerce", "regulates", "Humain"), ("Nvidia", "supplies", "G42"),
      ("Nvidia", "supplies", "Humain"), ("Humain", "headquarteredIn", "Saudi Arabia"), ("Nvidia", "develops", "GB300")}),
    # a relative clause after a bracketed acronym is the named body's; "Regulatory Unit" names a public body
    ("That purchase put another operator under the eye of the Regulatory Unit of Communications Services (Ursec), "
     "which supervises Antel, Claro and now Movistar Uruguay.",
     {("Regulatory Unit of Communications Services", "regulates", "Antel"),
      ("Regulatory Unit of Communications Services", "regulates", "Claro")}),
])
def test_extract_shapes_of_round_sixteen_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


def test_extract_reads_what_a_licence_allows_as_permitted_not_done(extractor):
    text = ("In November the US Commerce Department approved licences allowing Nvidia to ship up to 35,000 of its "
            "GB300 processors each to G42 and to Saudi Arabia's Humain.")
    shipped = {f.object.label: f.modality for f in fact_list(extractor, text) if f.relation == "supplies"}
    assert shipped == {"G42": "planned", "Humain": "planned"}


@pytest.mark.parametrize("text, expected", [
    # buying a firm's chips or models buys from it, not the firm; nor is buying a named machine
    ("Volkswagen, Bosch and ZF Friedrichshafen all buy Nexperia's chips.",
     {("Nexperia", "supplies", "Volkswagen"), ("Nexperia", "supplies", "Bosch"),
      ("Nexperia", "supplies", "ZF Friedrichshafen")}),
    ("Mercedes-Benz buys Nvidia's Drive Thor processors for its next generation of driver-assistance systems.",
     {("Nvidia", "supplies", "Mercedes-Benz"), ("Nvidia", "develops", "Drive Thor")}),
    ("Petrobras bought its newest supercomputer, Harpia, from Lenovo Group Ltd., the Beijing-based computer maker.",
     {("Lenovo", "supplies", "Petrobras"), ("Lenovo", "headquarteredIn", "Beijing")}),
    # shipping "no" processors ships nothing
    ("Nvidia shipped no H20 processors to Alibaba or Tencent in the quarter, Huang said.",
     {("Nvidia", "develops", "H20")}),
    # a singular verb in a relative clause after a list agrees with the last name only
    ("The foundry makes processors for Advanced Micro Devices, Apple and Broadcom, which designs custom AI chips "
     "for Google.",
     {("Broadcom", "supplies", "Google")}),
    ("Samsung and SK Hynix, which supply HBM to Nvidia, reported results.",
     {("Samsung Electronics", "supplies", "Nvidia"), ("SK Hynix", "supplies", "Nvidia")}),
    # a singular description after a comma is the name's right before it, not the list head's
    ("SK Telecom has invested in U.S. AI startups Anthropic and Perplexity and in Rebellions, an AI chip designer "
     "based in Seongnam, Gyeonggi Province.",
     {("Rebellions", "headquarteredIn", "Seongnam"), ("SK Telecom", "investsIn", "Anthropic"),
      ("SK Telecom", "investsIn", "Perplexity"), ("SK Telecom", "investsIn", "Rebellions"),
      ("Seongnam", "locatedIn", "Gyeonggi")}),
    # "The company" opening a paragraph: the name of more sentences, or the owner of a subject,
    # over one named three times in a single description
    ("Mistral AI, the Paris-based company, is the most visible case. Its funding round was led by ASML, the Dutch "
     "chip-equipment maker, which took a stake of about 11 percent.\n\nThe company, founded in 2023 by Arthur "
     "Mensch and Guillaume Lample, is run by Mensch.",
     {("Mistral AI", "headquarteredIn", "Paris"), ("ASML", "headquarteredIn", "Netherlands"),
      ("ASML", "investsIn", "Mistral AI"), ("Arthur Mensch", "founderOf", "Mistral AI"), ("Arthur Mensch", "leaderOf", "Mistral AI"),
      ("Guillaume Lample", "founderOf", "Mistral AI")}),
    # a city the gazetteer cannot place contradicts no country: "the Bonn-based telecoms group"
    ("Volkswagen said it would buy more chips. Meanwhile, Deutsche Telekom and Nvidia opened an industrial AI cloud "
     "in Munich, with Nvidia supplying 10,000 Blackwell chips to the Bonn-based telecoms group.",
     {("Deutsche Telekom", "headquarteredIn", "Bonn"), ("Nvidia", "develops", "Blackwell"),
      ("Nvidia", "supplies", "Deutsche Telekom")}),
    # "the Japanese institute": a body named an institute, and the one placed alike
    ("The Japan AI Safety Institute will conduct joint tests with Britain's AI Security Institute, which sits "
     "within the Department for Science, Innovation and Technology. The Japanese institute has grown to about 80 "
     "staff under its director, Akiko Murakami.",
     {("Akiko Murakami", "leaderOf", "Japan AI Safety Institute")}),
    # a known name starting a longer firm's name with a legal form is not that firm, there or later
    ("\"It is a tough call,\" said Yuki Tanabe, a semiconductor analyst at SMBC Nikko Securities Inc.",
     {("Yuki Tanabe", "employedBy", "SMBC Nikko Securities")}),
    ("The Ministry of Science and ICT on Tuesday fined LG Uplus Corp. 1.2 billion won.",
     {("Ministry of Science and ICT", "regulates", "LG Uplus")}),
    ("The center is operated by Samsung SDS Co., the IT services subsidiary of Samsung Electronics Co., the "
     "ministry said. Nvidia has delivered 4,000 GPUs to Samsung SDS.",
     {("Samsung SDS", "subsidiaryOf", "Samsung Electronics"), ("Nvidia", "supplies", "Samsung SDS")}),
    ("Sony Group Corp. and Nvidia Corp. took stakes in Rapidus.",
     {("Sony", "investsIn", "Rapidus"), ("Nvidia", "investsIn", "Rapidus")}),
    # a singular unit noun with two names after it heads a list, not an apposition
    ("Amazon.com Inc.'s cloud unit, Google and Microsoft Corp. are racing to build capacity.",
     {("Google", "competesWith", "Microsoft")}),
    # signing contracts and partnerships (with others), or signing up to use something, pairs no one
    ("Google and Microsoft are signing power contracts and telecom partnerships across the region.", set()),
    ("Amkor is building a packaging plant in Peoria that Nvidia and Apple have signed up to use.", set()),
    ("Google and Microsoft signed a partnership on cloud security.", {("Google", "partnersWith", "Microsoft")}),
    # a body opening a case on whether a firm broke a rule, or finding that it did, regulates it
    ("In Bonn, the Bundeskartellamt opened proceedings in October to examine whether Microsoft is using its "
     "dominant position in office software.",
     {("Federal Cartel Office", "regulates", "Microsoft")}),
    ("The CMA is examining whether Google breached competition law.",
     {("Competition and Markets Authority", "regulates", "Google")}),
    ("The State Administration for Market Regulation said in September that a preliminary investigation had found "
     "Nvidia violated the anti-monopoly law.",
     {("State Administration for Market Regulation", "regulates", "Nvidia")}),
    ("The European Commission ruled that Meta had breached the Digital Markets Act.",
     {("European Commission", "regulates", "Meta")}),
    ("Critics said Nvidia violated the law.", set()),
    ("Analysts are examining whether Nvidia can keep its lead.", set()),
    ("The Council is examining the role of Lucent Bay Trading, a Hong Kong company.",
     {("Lucent Bay Trading", "headquarteredIn", "Hong Kong")}),
    # deciding on a firm's application regulates the firm; a body's name after "the" stays whole
    ("The Telecommunications and Digital Government Regulatory Authority (TDRA) in October approved an application "
     "by Etisalat to offer sovereign AI cloud services.",
     {("Telecommunications and Digital Government Regulatory Authority", "regulates", "Etisalat")}),
    # customers named in a "with ... among its customers" phrase
    ("Huawei Technologies shipped about 700,000 processors in the first nine months of the year, with ByteDance, "
     "China Mobile and iFlytek among its largest customers.",
     {("Huawei", "supplies", "ByteDance"), ("Huawei", "supplies", "China Mobile"), ("Huawei", "supplies", "iFlytek")}),
    # a share of a seller's sales is bought from it
    ("Microsoft accounted for 19% of Nvidia's revenue.", {("Nvidia", "supplies", "Microsoft")}),
    ("Nvidia said Microsoft, Meta, Alphabet and Amazon together accounted for roughly 40% of its sales in the quarter.",
     {("Nvidia", "supplies", "Microsoft"), ("Nvidia", "supplies", "Meta"), ("Nvidia", "supplies", "Alphabet"),
      ("Nvidia", "supplies", "Amazon")}),
    ("Exports accounted for half of the country's output.", set()),
    # power or goods got from a firm are supplied by it; money got from one is not
    ("Google's data center in Quilicura gets its electricity from Enel Chile.", {("Enel Chile", "supplies", "Google")}),
    ("Sahra Compute received an investment from MGX.", {("MGX", "investsIn", "Sahra Compute")}),
    # compute "from" a firm is its; a subject set off after a fronted attribution still acts
    ("Aleph Alpha runs on cloud capacity from StackIT, the Schwarz Group's cloud unit.",
     {("StackIT", "supplies", "Aleph Alpha")}),
    ("According to Treasury, Sierra Pass Components, a Reno, Nevada-based distributor, bought servers from Super "
     "Micro Computer Inc and resold them to Saffron Circuit in 2023.",
     {("Reno", "locatedIn", "Nevada"), ("Sierra Pass Components", "headquarteredIn", "Reno"),
      ("Sierra Pass Components", "supplies", "Saffron Circuit"),
      ("Super Micro Computer", "supplies", "Sierra Pass Components")}),
    # a round "its" stands for the owner of; the speaker's round; "with X also taking part"
    ("Mistral AI is the most visible case. Its funding round in September was led by ASML, which took a stake of "
     "about 11 percent, with Andreessen Horowitz and General Catalyst also taking part.",
     {("ASML", "investsIn", "Mistral AI"), ("Andreessen Horowitz", "investsIn", "Mistral AI"),
      ("General Catalyst", "investsIn", "Mistral AI")}),
    ("Sahra Compute said on Monday that MGX, the Abu Dhabi technology investment company, led the funding round, "
     "with Mubadala and ADQ also taking part.",
     {("MGX", "investsIn", "Sahra Compute"), ("Mubadala", "investsIn", "Sahra Compute"),
      ("ADQ", "investsIn", "Sahra Compute"), ("MGX", "headquarteredIn", "Abu Dhabi")}),
    # export controls "to China" hit China, not the chips' maker; a firm's "China business" under
    # restrictions is China's
    ("Nvidia chips have been subject to U.S. export controls to China since October 2022.",
     {("United States", "sanctions", "China")}),
    ("ASML reported results. But the Dutch company's China business is shrinking under export restrictions imposed "
     "by the Netherlands and the U.S.",
     {("ASML", "headquarteredIn", "Netherlands"), ("Netherlands", "sanctions", "China"),
      ("United States", "sanctions", "China")}),
    # a city set off before the region it lies in, or described as lying in part of one
    ("Humain received chips for a data centre in Dammam, in the kingdom's Eastern Province.",
     {("Dammam", "locatedIn", "Eastern Province")}),
    ("The firm has offices in Paris, in Lyon and in Lille.", set()),
    ("China Telecom built a cluster in Shaoguan, a city in the north of Guangdong, China's most populous province.",
     {("Shaoguan", "locatedIn", "Guangdong"), ("Guangdong", "locatedIn", "China")}),
])
def test_extract_shapes_of_round_seventeen_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a region the NER took for a person's name, and first-level divisions the gazetteer knows
    ("Ibiden will add a line at its plant in Ogaki, Gifu Prefecture.", {("Ogaki", "locatedIn", "Gifu Prefecture")}),
    ("Quanta Computer opened a server plant in Monterrey, Nuevo Leon.", {("Monterrey", "locatedIn", "Nuevo Leon")}),
    ("YTL built a campus in Kulai, Johor, Malaysia.",
     {("Kulai", "locatedIn", "Johor"), ("Johor", "locatedIn", "Malaysia")}),
    ("Wiwynn makes servers in Texas, California and Arizona.", set()),
    # a town the NER took for a surname, before a state and "-based"
    ("Corvane rents chips from CoreWeave, the Livingston, New Jersey-based cloud provider.",
     {("CoreWeave", "headquarteredIn", "Livingston"), ("Livingston", "locatedIn", "New Jersey")}),
    # "The company" opening a paragraph: the subject that paragraph introduced, over a firm the
    # article named more often earlier on
    ("Foxconn builds servers. Foxconn ships racks to Microsoft. Foxconn also supplies Amazon.\n\nDemand for liquid "
     "cooling has grown fast. Analysts expect shortages.\n\nKuroshio Thermal Systems, a maker of cold plates, said "
     "it had won an order to supply Foxconn's lines.\n\nThe company was founded in "
     "2016 by Mayumi Sakata.",
     {("Foxconn", "supplies", "Microsoft"), ("Foxconn", "supplies", "Amazon"),
      ("Kuroshio Thermal Systems", "supplies", "Foxconn"), ("Mayumi Sakata", "founderOf", "Kuroshio Thermal Systems")}),
    # a stake bought is no firm bought; a quantity is no product
    ("Microsoft holds a 25 per cent stake in Merbau Malaysia, which it bought in 2023.",
     {("Microsoft", "investsIn", "Merbau Malaysia")}),
    ("Nvidia owns Mellanox, which it bought in 2020.",
     {("Mellanox", "subsidiaryOf", "Nvidia"), ("Nvidia", "acquires", "Mellanox")}),
    ("The authority rejected a 200MW application by Harimau Digital, a developer.", set()),
    # a description the parser hung on a fronted place describes the name before its comma
    ("In Kenya, G42, the Abu Dhabi technology group in which Microsoft holds a $1.5bn stake, is building a "
     "data centre.", {("G42", "headquarteredIn", "Abu Dhabi"), ("Microsoft", "investsIn", "G42")}),
    # "Firm of Town, State": the firm, and the town it is from
    ("Lumeris buys vacuum pumps and control electronics from MKS Instruments of Andover, Massachusetts.",
     {("MKS Instruments", "supplies", "Lumeris"), ("MKS Instruments", "headquarteredIn", "Andover"),
      ("Andover", "locatedIn", "Massachusetts")}),
    ("The Industrial and Commercial Bank of China, Asia's largest lender, said so.", set()),
    # "which" after "based in Taoyuan," is the firm the place locates
    ("Orders went to Unimicron Technology, the Taiwanese substrate maker based in Taoyuan, which counts AMD "
     "and Google among its customers.",
     {("Unimicron Technology", "headquarteredIn", "Taiwan"),
      ("Unimicron Technology", "headquarteredIn", "Taoyuan"), ("Unimicron Technology", "supplies", "AMD"),
      ("Unimicron Technology", "supplies", "Google")}),
    # a verb after "and" read as a noun coordinated with a place; a second "to" after a "for"
    ("Foxconn is building what it calls the world's largest plant for Nvidia GB300 servers in Guadalajara, Jalisco, "
     "and already ships AI racks from the city to Microsoft and Amazon Web Services, according to company filings.",
     {("Guadalajara", "locatedIn", "Jalisco"), ("Nvidia", "develops", "GB300"),
      ("Foxconn", "supplies", "Microsoft"), ("Foxconn", "supplies", "Amazon Web Services")}),
    ("Kioxia said on Tuesday it had begun shipping drives to Taiwan's Quanta Computer for its new server plant in "
     "Monterrey, Nuevo Leon, and to Wistron, the Taiwanese assembler.",
     {("Kioxia", "supplies", "Quanta Computer"), ("Kioxia", "supplies", "Wistron"),
      ("Monterrey", "locatedIn", "Nuevo Leon"), ("Quanta Computer", "headquarteredIn", "Taiwan"),
      ("Wistron", "headquarteredIn", "Taiwan")}),
    # a cleared shipment: its owner is regulated and supplies where it goes
    ("The Federal Office for Economic Affairs and Export Control cleared Aixtron's shipments of deposition systems "
     "to San'an Optoelectronics in March.",
     {("Federal Office for Economic Affairs and Export Control", "regulates", "Aixtron"),
      ("Aixtron", "supplies", "San'an Optoelectronics")}),
    # a state's "Division of ..." is a government body
    ("Corvane AI makes chatbots. Utah's Division of Consumer Protection fined Corvane AI $250,000 in June.",
     {("Division of Consumer Protection", "regulates", "Corvane AI")}),
    # a deal the parser hung on a preposition; a waiver revoked regulates whom it let ship
    ("In Brussels, the European Commission on Monday approved without conditions Nvidia's acquisition of Polderstack, "
     "an Amsterdam-based startup.",
     {("European Commission", "regulates", "Nvidia"), ("Nvidia", "acquires", "Polderstack"),
      ("Polderstack", "headquarteredIn", "Amsterdam")}),
    ("In September, the Bureau of Industry and Security revoked waivers that had let Samsung and SK hynix ship U.S. "
     "tools to their plants in China.",
     {("Bureau of Industry and Security", "regulates", "Samsung Electronics"),
      ("Bureau of Industry and Security", "regulates", "SK Hynix")}),
    # "raised $500 million in a round co-led by X and Y": "co-" split off, "led" hung on the verb
    ("Saguenay AI said on Tuesday it had raised $500-million in a funding round co-led by the Caisse de depot et "
     "placement du Quebec and the Public Sector Pension Investment Board, known as PSP Investments.",
     {("CDPQ", "investsIn", "Saguenay AI"), ("PSP Investments", "investsIn", "Saguenay AI")}),
    # "as well as" lists; a new firm's founding money
    ("Aleph Alpha, whose investors include Schwarz Digits as well as SAP and Bosch, said it was cooperating fully.",
     {("Schwarz Digits", "investsIn", "Aleph Alpha"), ("SAP", "investsIn", "Aleph Alpha"),
      ("Bosch", "investsIn", "Aleph Alpha")}),
    ("Rapidus, founded in 2022 with capital from Toyota Motor Corp., Sony Group Corp., NTT Corp. and SoftBank Corp., "
     "is building a fab.",
     {("Toyota Motor", "investsIn", "Rapidus"), ("Sony", "investsIn", "Rapidus"), ("NTT", "investsIn", "Rapidus"),
      ("SoftBank", "investsIn", "Rapidus")}),
    # the sub-agency acts, not the department that owns it; who issued the rules lists
    ("Last week, the US Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Rimal Horizon "
     "General Trading, a company based in Sharjah.",
     {("Office of Foreign Assets Control", "sanctions", "Rimal Horizon General Trading"),
      ("Office of Foreign Assets Control", "subsidiaryOf", "U.S. Department of the Treasury"),
      ("Rimal Horizon General Trading", "headquarteredIn", "Sharjah")}),
    ("The Commerce Department tightened export rules on Tuesday. The rules, published by the department's Bureau of "
     "Industry and Security (BIS), place Shanghai-based chip designer Biren Technology and Tianjin server assembler "
     "Hexin Computing on the Entity List.",
     {("Bureau of Industry and Security", "subsidiaryOf", "U.S. Department of Commerce"),
      ("Biren Technology", "headquarteredIn", "Shanghai"), ("Hexin Computing", "headquarteredIn", "Tianjin"),
      ("Bureau of Industry and Security", "sanctions", "Biren Technology"),
      ("Bureau of Industry and Security", "sanctions", "Hexin Computing")}),
    # a regulator acting on a firm over its product acts on the firm; a name that only describes a thing
    ("Italy's privacy watchdog, the Garante, fined OpenAI 15 million euros over ChatGPT's handling of personal data.",
     {("Garante per la protezione dei dati personali", "regulates", "OpenAI"), ("OpenAI", "develops", "ChatGPT")}),
    ("The Cyberspace Administration of China has registered ByteDance's Doubao assistant.",
     {("Cyberspace Administration of China", "regulates", "Doubao"), ("ByteDance", "develops", "Doubao"),
      ("Cyberspace Administration of China", "regulates", "ByteDance")}),
    # a proposed deal is planned, an abandoned one is no deal
    ("Intel abandoned its $5.4 billion purchase of Tower Semiconductor in 2023.", set()),
    # an enforcement settlement regulates, it makes no partners; a wire story's credits name no actors
    ("The Justice Department separately reached a deferred-prosecution agreement with Cobalt Ridge Components on "
     "Thursday.", {("U.S. Department of Justice", "regulates", "Cobalt Ridge Components")}),
    ("Cobalt Ridge Components signed a settlement agreement with the Commerce Department.",
     {("U.S. Department of Commerce", "regulates", "Cobalt Ridge Components")}),
    ("Broadcom said the deal would close next year.\n(Reporting by Paul Sandle in London; Additional reporting by "
     "Foo Yun Chee in Brussels; Editing by Jan Harvey)", set()),
    # a name the NER cut to "ASE" extends over all the company words after it
    ("Packaging is also spreading beyond Taiwan. ASE Technology Holding, the Kaohsiung-based chip packaging and testing "
     "group, said it had completed its purchase of Higo Test Services, a testing house in Ozu, from its founding family.",
     {("ASE Technology Holding", "acquires", "Higo Test Services"), ("ASE Technology Holding", "headquarteredIn", "Kaohsiung")}),
    # a prefix word before a known city names another place
    ("Yotta runs the NM1 data centre in Navi Mumbai, Maharashtra.", {("Navi Mumbai", "locatedIn", "Maharashtra")}),
    ("The firm opened an office in Greater Noida, Uttar Pradesh.", {("Greater Noida", "locatedIn", "Uttar Pradesh")}),
    # a town the NER missed between "in" and a comma before its state; one it mistyped before "in <province>"
    ("Rapidus is building a factory in Chitose, Hokkaido.", {("Chitose", "locatedIn", "Hokkaido")}),
    ("Teraco is building its campus at Isando, in Gauteng province.", {("Isando", "locatedIn", "Gauteng")}),
    ("It opened in March, Japan said.", set()),
    # a law is no actor
    ("The deal was cleared under the National Security and Investment Act. Its founders, Rachel Whitcombe and "
     "Sanjay Patel, stayed on.", set()),
])
def test_extract_shapes_of_round_eighteen_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


def test_extract_a_proposed_deal_is_planned_not_asserted(extractor):
    found = {(f.subject.label, f.relation, f.object.label): f.modality for f in fact_list(
        extractor, "The CMA opened an investigation into Broadcom's proposed $21 billion takeover of Quillon Networks.")}
    assert found == {("Competition and Markets Authority", "regulates", "Broadcom"): "asserted",
                     ("Broadcom", "acquires", "Quillon Networks"): "planned"}


# Shapes met in the nineteenth round's fresh articles (dev 273-284).
@pytest.mark.parametrize("text, expected", [
    # "under ... sanctions": every name of a list the parser garbled imposes them; a name the phrase hangs on is hit
    ("Sberbank, which has been under U.S., EU and British sanctions since 2022, did not respond.",
     {("United States", "sanctions", "Sberbank"), ("European Union", "sanctions", "Sberbank"),
      ("United Kingdom", "sanctions", "Sberbank")}),
    ("The Russian Direct Investment Fund, itself under U.S. sanctions, took a 20% stake in Kvant Servis in 2024.",
     {("United States", "sanctions", "Russian Direct Investment Fund"),
      ("Russian Direct Investment Fund", "investsIn", "Kvant Servis")}),
    # the UK's foreign ministry is a known body (no bare "Foreign Office": other countries' go by it too)
    ("Britain's Foreign Office separately designated Kvant Servis and Altyn Compute.",
     {("Foreign, Commonwealth and Development Office", "sanctions", "Kvant Servis"),
      ("Foreign, Commonwealth and Development Office", "sanctions", "Altyn Compute")}),
    # "along with" after a listing verb adds to the list; a date's "of" names no target; a capital
    # before an organisation noun is the firm's city, whatever the parser made of the list
    ("The EU's latest sanctions package, adopted by foreign ministers on the fourth anniversary of Russia's full-scale "
     "invasion of Ukraine, lists Almaty-based Altyn Compute and Moscow server integrator Kvant Servis, along with "
     "Huaxin Tongda Electronics, according to the bloc's Official Journal.",
     {("European Union", "sanctions", "Altyn Compute"), ("European Union", "sanctions", "Kvant Servis"),
      ("European Union", "sanctions", "Huaxin Tongda Electronics"), ("Altyn Compute", "headquarteredIn", "Almaty"),
      ("Kvant Servis", "headquarteredIn", "Moscow")}),
    # in a passage about a firm's suppliers, a firm that supplies things to no one named supplies that firm
    ("Halvorsen's turbines depend on a long chain of Nordic suppliers. Bosch supplies the vibration sensors, while "
     "Infineon Technologies provides the microcontrollers.",
     {("Bosch", "supplies", "Halvorsen"), ("Infineon", "supplies", "Halvorsen")}),
    ("Bosch supplies the vibration sensors, while Infineon Technologies provides the microcontrollers.", set()),
    ("Among its suppliers, the fund prefers local firms. The regulator approved a cluster built by China Telecom, "
     "with Huawei supplying the chips.", set()),
    # a description placed by a demonym prefers a firm known to be there in the sentence before
    ("Kitaboshi Semiconductor is building a fab in Tomakomai. Kitaboshi's technology comes from Intel, its U.S. "
     "partner. The American chipmaker is also taking a 10% stake in Kitaboshi.",
     {("Intel", "investsIn", "Kitaboshi Semiconductor"), ("Intel", "headquarteredIn", "United States"),
      ("Intel", "partnersWith", "Kitaboshi Semiconductor")}),
    # a shipping group whose name starts like Britain's competition regulator
    ("Marseille-based CMA CGM said it would back the start-up.", {("CMA CGM", "headquarteredIn", "Marseille")}),
    # an inquiry into a partnership is into both partners; papers served on a firm; a body obliging a firm
    ("The Competition and Markets Authority said it had opened an investigation into Microsoft's partnership with "
     "Fenwright AI.",
     {("Competition and Markets Authority", "regulates", "Microsoft"),
      ("Competition and Markets Authority", "regulates", "Fenwright AI"), ("Fenwright AI", "partnersWith", "Microsoft")}),
    ("The CNIL served Sillon AI with a formal notice over the way it collected web pages.",
     {("CNIL", "regulates", "Sillon AI")}),
    ("The AI Office classified the model as posing systemic risk, obliging Mistral AI to carry out adversarial testing.",
     {("European AI Office", "regulates", "Mistral AI")}),
    ("The agency serves OpenAI and Anthropic with data.", set()),
    # co-investors "alongside"; "took part in a round for X"; a new name the parser took for an interjection
    ("Obermann Ventures last week took part in a 40 million euro funding round for Kaskade AI, a Dresden start-up, "
     "alongside the High-Tech Gruenderfonds.",
     {("Obermann Ventures", "investsIn", "Kaskade AI"), ("High-Tech Gruenderfonds", "investsIn", "Kaskade AI"),
      ("Kaskade AI", "headquarteredIn", "Dresden")}),
    ("Humain Ventures took a stake in Lattice Forge, a San Francisco-based developer of chip-scheduling software, "
     "alongside Andreessen Horowitz.",
     {("Humain Ventures", "investsIn", "Lattice Forge"), ("Andreessen Horowitz", "investsIn", "Lattice Forge"),
      ("Lattice Forge", "headquarteredIn", "San Francisco")}),
    ("FuriosaAI turned down an acquisition offer from Meta earlier this year, choosing instead to raise money from "
     "domestic investors, including the state-run Korea Development Bank.",
     {("Korea Development Bank", "investsIn", "FuriosaAI")}),
    # an object's description is not its own clause's subject, nor a modifier
    ("KT, the country's second-largest mobile carrier, is Rebellions' largest shareholder, and the state-run Korea "
     "Development Bank also holds a stake in the startup.",
     {("KT", "investsIn", "Rebellions"), ("Korea Development Bank", "investsIn", "Rebellions")}),
    ("The fixed network uses Nokia optical equipment, while Ericsson supplies the group's 5G fixed-wireless radios.", set()),
    # an amount of shares "in" a firm (which the parser hangs on the amount)
    ("Korea Development Bank has bought 150 billion won of newly issued shares in Daeyang Precision.",
     {("Korea Development Bank", "investsIn", "Daeyang Precision")}),
    ("Korea Development Bank bought shares in Daeyang Precision.", {("Korea Development Bank", "investsIn", "Daeyang Precision")}),
    # a new name before a lower-case ranking noun names the ranking (not a name the article uses otherwise)
    ("On the MERA benchmark, a Russian-language leaderboard run by a group of local institutes, GigaChat 2.0 currently "
     "ranks behind YandexGPT 5 Pro.",
     {("GigaChat 2.0", "rankedIn", "MERA"), ("YandexGPT 5 Pro", "rankedIn", "MERA"),
      ("GigaChat 2.0", "trails", "YandexGPT 5 Pro")}),
    ("Halvard Microsystems now sits third in Morgan Stanley's AI Semiconductor Top Picks list, behind Nvidia and Broadcom.",
     {("Halvard Microsystems", "rankedIn", "AI Semiconductor Top Picks"), ("Nvidia", "rankedIn", "AI Semiconductor Top Picks"),
      ("Broadcom", "rankedIn", "AI Semiconductor Top Picks"), ("Halvard Microsystems", "trails", "Nvidia"),
      ("Halvard Microsystems", "trails", "Broadcom")}),
    ("Forbes said so. Nvidia tops the Forbes list.", set()),
    # "X, in China's Jiangsu province": the province (a coast is no province)
    ("Dongyuan Motion is a company in Changzhou, in China's Jiangsu province.",
     {("Changzhou", "locatedIn", "Jiangsu"), ("Jiangsu", "locatedIn", "China")}),
    ("The plant is in Ningbo, on China's Zhejiang coast.", {("Ningbo", "locatedIn", "China")}),
    # an analyst "at Goldman Sachs in Singapore" works at an office: the bank's home is known
    ('"This is a rotation," said Priya Raman, head of technology research at Goldman Sachs in Singapore.',
     {("Priya Raman", "employedBy", "Goldman Sachs")}),
    # "joined X in leading a round for Y", whatever the parser made of the amount
    ("SK hynix also joined state-run Korea Development Bank in leading a 250 billion won round for FuriosaAI, the "
     "Seoul-based AI chip designer.",
     {("SK Hynix", "investsIn", "FuriosaAI"), ("Korea Development Bank", "investsIn", "FuriosaAI"),
      ("FuriosaAI", "headquarteredIn", "Seoul")}),
])
def test_extract_shapes_of_round_nineteen_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


# Shapes met in the twentieth round's fresh articles (dev 285-296).
@pytest.mark.parametrize("text, expected", [
    # "the ministry" paragraphs after the named ministry: a body's head noun comes before its "of"
    ("The Ministry of Economy, Trade and Industry approved the plan on Monday. Officials said the line would open in "
     "2027. Demand for chips is rising fast. Prices have doubled. In a separate decision, the ministry ordered Kanto "
     "Lithography Co. to seek licences for its shipments.",
     {("Ministry of Economy, Trade and Industry", "regulates", "Kanto Lithography")}),
    # ... but not a body whose name ends in another word
    ("The Bank of Korea held rates on Monday. Officials said growth would slow. Demand for chips is rising fast. "
     "Prices have doubled. The ministry ordered Kanto Lithography Co. to seek licences.", set()),
    # an industry association's members: "whose members include" (however the parser hangs the list),
    # "counts X among its members", "represents X"
    ("CCIA Europe, whose members include Google, Meta and Amazon, and DigitalEurope, which counts Siemens and SAP "
     "among its members, wrote to the Commission last week.",
     {("Google", "memberOf", "Computer and Communications Industry Association"),
      ("Meta", "memberOf", "Computer and Communications Industry Association"),
      ("Amazon", "memberOf", "Computer and Communications Industry Association"),
      ("Siemens", "memberOf", "DigitalEurope"), ("SAP", "memberOf", "DigitalEurope")}),
    ("The Semiconductor Industry Association, which represents Nvidia, AMD and other chipmakers, said it supported "
     "targeted enforcement.",
     {("Nvidia", "memberOf", "Semiconductor Industry Association"),
      ("AMD", "memberOf", "Semiconductor Industry Association")}),
    ("The Semiconductor Industry Association, which represents the interests of chipmakers, said it supported "
     "targeted enforcement.", set()),
    # a regulator sending a firm papers: a request for information, a letter, a notice
    ("The European Commission's AI Office sent formal requests for information to OpenAI and Mistral AI this week.",
     {("European AI Office", "regulates", "OpenAI"), ("European AI Office", "regulates", "Mistral AI"),
      ("European AI Office", "subsidiaryOf", "European Commission")}),
    ("The Federal Trade Commission, which spent five years trying to force Meta to unwind its purchases of Instagram "
     "and WhatsApp, has sent the company a second request about the deal.",
     {("Federal Trade Commission", "regulates", "Meta")}),
    ("Nvidia sent a letter to Meta about the order.", set()),
    ("The ministry sent a delegation to Huawei in May.", set()),
    # needing (or seeking) clearance from a body
    ("Taiga Silicon also needed clearance from the Committee on Foreign Investment in the United States.",
     {("Committee on Foreign Investment in the United States", "regulates", "Taiga Silicon")}),
    # a list item after "its X-based rival", where the NER did not name the town
    ("Maasland Instruments makes tools. The Bureau of Industry and Security required Maasland and its Almere-based "
     "rival ASM International to obtain licences.",
     {("Bureau of Industry and Security", "regulates", "Maasland Instruments"),
      ("Bureau of Industry and Security", "regulates", "ASM International")}),
    # a body that clears "the deal" regulates the buyer of the acquisition just stated
    ("Naver Corp. on Tuesday completed its acquisition of Hibiki Labs for about 38 billion yen, after the Japan Fair "
     "Trade Commission cleared the deal in November.",
     {("Naver", "acquires", "Hibiki Labs"), ("Japan Fair Trade Commission", "regulates", "Naver")}),
    ("Ybira AI bought Voz Nordeste, a startup based in Recife, after CADE, Brazil's competition watchdog, waved the "
     "deal through.",
     {("Ybira AI", "acquires", "Voz Nordeste"), ("Voz Nordeste", "headquarteredIn", "Recife"),
      ("Administrative Council for Economic Defense", "regulates", "Ybira AI")}),
    ("Ybira AI signed a supply deal with Tenaga. The ministry approved the deal in May.", set()),
    # parts that "come from" a maker: the owner of what they are for, or the buyer of the clause they hang on
    ("Chenghua Technology builds servers. Cold plates for its liquid-cooled racks come from Taipei-based Asia Vital "
     "Components and Auras Technology.",
     {("Asia Vital Components", "supplies", "Chenghua Technology"),
      ("Auras Technology", "supplies", "Chenghua Technology"), ("Asia Vital Components", "headquarteredIn", "Taipei")}),
    ("Maasland Instruments makes tools. It buys precision optics from Jenoptik, while plasma power generators come "
     "from MKS Instruments of Andover, Massachusetts.",
     {("Jenoptik", "supplies", "Maasland Instruments"), ("MKS Instruments", "supplies", "Maasland Instruments"),
      ("MKS Instruments", "headquarteredIn", "Andover"), ("Andover", "locatedIn", "Massachusetts")}),
    ("Most of its revenue comes from Nvidia.", set()),
    # an object pronoun does not mean a name that only modifies a noun ("Huawei equipment")
    ("G42 removed Huawei equipment in 2024 before Microsoft invested $1.5bn in it.",
     {("Microsoft", "investsIn", "G42")}),
    # data-centre operators and their power and cooling suppliers are known ("the US group")
    ("Teraco has been a subsidiary of Digital Realty since the US group bought it in 2022.",
     {("Teraco", "subsidiaryOf", "Digital Realty"), ("Digital Realty", "headquarteredIn", "United States")}),
    # "signed X as a customer"; a cloud contract makes the side that sells computing the supplier
    ("Tencent Cloud has signed Brazil's Magazine Luiza as a customer for its servers.",
     {("Tencent Cloud", "supplies", "Magazine Luiza"), ("Magazine Luiza", "headquarteredIn", "Brazil")}),
    ("Nebius added Mistral AI as a client in May.", {("Nebius", "supplies", "Mistral AI")}),
    ("Oracle, which has been racing to add capacity after signing large cloud contracts with OpenAI and Meta, said "
     "the campus would be its largest.",
     {("Oracle", "supplies", "OpenAI"), ("Oracle", "supplies", "Meta")}),
    ("OpenAI signed a cloud deal with Oracle.", {("Oracle", "supplies", "OpenAI")}),
    # (two sellers of computing: no telling who buys)
    ("Microsoft signed a cloud deal with Oracle.", {("Microsoft", "partnersWith", "Oracle")}),
    # a one-word name the NER took for a person, followed by "which", is an organisation
    ("Parlami, which is backed by CDP Venture Capital, said it would appeal.",
     {("CDP Venture Capital", "investsIn", "Parlami")}),
    # a stake sold is no longer the seller's investment (the buyer's, when named)
    ("Falaj has also sold its 30 percent stake in Tianyun Data, a cloud venture in Hangzhou.",
     {("Tianyun Data", "headquarteredIn", "Hangzhou")}),
    ("SoftBank sold its stake in Arm Holdings to Nvidia.", {("Nvidia", "investsIn", "Arm")}),
    # a unit has one parent: after "the arm of X," the list goes on ("SNB Capital" known issue of round 19)
    ("Taiga Silicon has raised $425 million in a Series C round led by Radical Ventures. Samsung Catalyst Fund, the "
     "venture arm of Samsung Electronics, BDC Capital and the Ontario Teachers' Pension Plan joined the round.",
     {("Radical Ventures", "investsIn", "Taiga Silicon"), ("Samsung Catalyst Fund", "investsIn", "Taiga Silicon"),
      ("BDC Capital", "investsIn", "Taiga Silicon"), ("Ontario Teachers' Pension Plan", "investsIn", "Taiga Silicon"),
      ("Samsung Catalyst Fund", "subsidiaryOf", "Samsung Electronics")}),
    # whose money or investments "went to" a firm invests in it
    ("The Japan-Korea AI Bridge Fund was launched on Wednesday. Its first investments, announced the same day, went "
     "to Tokyo-based Sakana AI and Seoul-based Upstage.",
     {("Japan-Korea AI Bridge Fund", "investsIn", "Sakana AI"), ("Japan-Korea AI Bridge Fund", "investsIn", "Upstage"),
      ("Sakana AI", "headquarteredIn", "Tokyo"), ("Upstage", "headquarteredIn", "Seoul")}),
    ("SoftBank Vision Fund raised $10 billion. Most of its money went to Mistral AI.",
     {("SoftBank Vision Fund", "investsIn", "Mistral AI")}),
    ("Most of its revenue went to Mistral AI.", set()),
    # (review) a list item "the Japanese lender Mizuho" still lists; orders and requests for proposals a
    # body sends are purchases; money a firm raised and spent is no investment; "whose lawyers
    # represented" names no members; parts come to a buyer, not a seller
    ("Sequoia, the Japanese lender Mizuho and Temasek invested in Sakana AI.",
     {("Sequoia Capital", "investsIn", "Sakana AI"), ("Mizuho", "investsIn", "Sakana AI"),
      ("Temasek", "investsIn", "Sakana AI"), ("Mizuho", "headquarteredIn", "Japan")}),
    ("The Ministry of Defence sent Helsing an order for 6,000 drones.", set()),
    ("The ministry sent a request for proposals to Oracle and Google.", set()),
    ("CoreWeave raised $7.5bn. Most of its funding went to Nvidia.", set()),
    ("CCIA, whose lawyers represented Google, objected.", set()),
    ("Dell sells the servers to xAI, while the cooling units come from Vertiv.",
     {("Dell Technologies", "supplies", "xAI")}),
])
def test_extract_shapes_of_round_twenty_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


def test_extract_drops_a_trailing_of_from_a_name_but_keeps_a_country_after_it(extractor):
    # "MKS Instruments of" Andover: the NER left the town out of its span
    labels = {m.entity.label for m in extractor.nlp(
        "Generators come from MKS Instruments of Andover, Massachusetts.")._.aigraph_mentions}
    assert "MKS Instruments" in labels and not any(label.endswith(" of") for label in labels)
    labels = {m.entity.label for m in extractor.nlp(
        "The Mobile Telecommunication Company of Iran signed the memorandum.")._.aigraph_mentions}
    assert not any(label.startswith("Mobile") and not label.endswith("Iran") for label in labels)
    for text, name in [("The Mobile Telecommunications Company of Saudi Arabia signed it.",
                        "Mobile Telecommunications Company of Saudi Arabia"),
                       ("The Central Bank of the UAE approved it.", "Central Bank of the UAE")]:
        assert name in {m.entity.label for m in extractor.nlp(text)._.aigraph_mentions}


def test_extract_keeps_a_surname_that_is_also_a_firm_name_a_person(extractor):
    # the gazetteer knows Eaton Corporation by its full name only
    assert {(m.entity.label, m.entity.cls) for m in extractor.nlp("Analyst Sarah Eaton said so.")._.aigraph_mentions} \
        == {("Sarah Eaton", "Person")}


def test_extract_keeps_a_name_and_an_institution_after_and_apart(extractor):
    text = "AWS financed the campus with Blackstone and Canada Pension Plan Investment Board, people said."
    mentions = extractor.nlp(text)._.aigraph_mentions
    assert {m.entity.label for m in mentions if m.entity.cls == "Company" or m.entity.cls == "GovernmentBody"} >= {
        "Blackstone", "CPP Investments"}
    assert not any(" and " in m.entity.label for m in mentions)


@pytest.mark.parametrize("text, expected", [
    # the firm a passage about suppliers is about: a headline that opens with its name; a purpose
    # ("for every joint") names no recipient, "the chips for Nvidia's robots" does
    ("Augsburg robot maker Stauffen bets on AI robots\n\nStauffen Automation sold more robots this year. Stauffen "
     "builds them in Augsburg. Stauffen also sells them in China.\n\nBehind each robot stands a long supplier list. "
     "Infineon Technologies provides the motor-control chips for every joint.",
     {("Infineon", "supplies", "Stauffen Automation"), ("Stauffen Automation", "headquarteredIn", "Augsburg")}),
    ("Augsburg robot maker Stauffen bets on AI robots\n\nStauffen Automation sold more robots this year. Stauffen "
     "builds them in Augsburg. Stauffen also sells them in China.\n\nBehind each robot stands a long supplier list. "
     "Infineon Technologies provides the motor-control chips for Nvidia's robots.",
     {("Stauffen Automation", "headquarteredIn", "Augsburg"), ("Infineon", "supplies", "Nvidia")}),
    # a description owning an object is not the clause's subject (nor the relative pronoun's name)
    ("Lumentum Holdings reported results on Tuesday. Meta Platforms, which buys the company's 800-gigabit modules "
     "for its data centers in Texas, was close behind.", {("Lumentum", "supplies", "Meta")}),
    ("Lumentum Holdings reported results. Meta Platforms buys the company's 800-gigabit modules.",
     {("Lumentum", "supplies", "Meta")}),
    ("Lumentum Holdings reported results. Meta Platforms buys its modules from Coherent Corp.",
     {("Coherent", "supplies", "Meta")}),
    # the passive agent of a coordinated clause with its own auxiliary is that clause's only
    ("Baikal Neural Lab built it. The lab's flagship model, Taiga-3, was released in September and is used by VTB "
     "for customer service.", {("Baikal Neural Lab", "develops", "Taiga-3")}),
    # the owner of supplied goods is not the maker named on other goods in the sentence; the maker
    # of goods bought "from the American chipmaker" is
    ("Magyar Telekom runs data centres in Budapest.\n\nSupply Chain: The fixed network uses Nokia optical and access "
     "equipment, while Ericsson supplies the group's 5G fixed-wireless radios.",
     {("Ericsson", "supplies", "Magyar Telekom")}),
    ("YTL AI Cloud installed Nvidia GB200 systems bought from the American chipmaker in 2024.",
     {("Nvidia", "develops", "GB200"), ("Nvidia", "headquarteredIn", "United States"),
      ("Nvidia", "supplies", "YTL AI Cloud")}),
    ("Naver CEO Choi Soo-yeon said the center will train the company's HyperCLOVA X model.",
     {("Choi Soo-yeon", "leaderOf", "Naver"), ("Naver", "develops", "HyperCLOVA X")}),
    # a bare "sales" is the speaker's, else the article's firm's (not a clause's after a semicolon)
    ("Veridian Optical shares surge as AI orders blow past estimates\n\nVeridian Optical Networks reported results. "
     "Veridian Optical Networks said revenue rose. Microsoft and Amazon Web Services each accounted for more than 10% "
     "of sales in the quarter, Veridian Optical Networks said in its filing.",
     {("Veridian Optical Networks", "supplies", "Amazon Web Services"),
      ("Veridian Optical Networks", "supplies", "Microsoft")}),
    ("Halvard Microsystems beats estimates on Tern chip demand\n\nHalvard Microsystems reported results. Halvard "
     "Microsystems raised its outlook. Halvard Microsystems said demand grew. Microsoft, Meta and Oracle each "
     "accounted for more than 10% of sales; xAI is a new customer for the Tern 3 accelerator.",
     {("Halvard Microsystems", "supplies", "Meta"), ("Halvard Microsystems", "supplies", "Microsoft"),
      ("Halvard Microsystems", "supplies", "Oracle")}),
    ("Microsoft, Meta and Oracle each accounted for more than 10% of sales.", set()),
    # customers nobody is named to own: the article's firm's, else the paragraph's
    ("Veridian Optical shares surge as AI orders blow past estimates\n\nVeridian Optical Networks reported results. "
     "Veridian Optical Networks said revenue rose. Veridian Optical Networks raised its outlook. Arista Networks, "
     "the cloud switch maker, is also a customer.", {("Veridian Optical Networks", "supplies", "Arista Networks")}),
    ("Deals of the week\n\nShefa Compute, a Tel Aviv start-up, raised $40 million. Its CEO spent eight years at "
     "Mellanox. Customers include Nebius and Bank Leumi.\n\nKalahari Labs raised $12 million from Naspers. Standard "
     "Bank and Vodacom are paying customers.",
     {("Shefa Compute", "supplies", "Nebius"), ("Shefa Compute", "headquarteredIn", "Tel Aviv"),
      ("Kalahari Labs", "supplies", "Standard Bank"), ("Kalahari Labs", "supplies", "Vodacom"),
      ("Naspers", "investsIn", "Kalahari Labs")}),
    ("Customers such as Nebius want cheaper chips.", set()),
    # goods nobody is named to own that come from (or are shipped by) a firm: the article's firm's
    ("Tienyu bets on Thailand as AI server orders surge\n\nTienyu Computer builds servers in Thailand. Tienyu "
     "Computer said orders rose. Tienyu Computer expanded. Optical transceivers come from Jabil Inc., while the "
     "graphics processor boards are shipped directly by Nvidia from Taiwan.",
     {("Jabil", "supplies", "Tienyu Computer"), ("Nvidia", "supplies", "Tienyu Computer")}),
    ("Optical transceivers come from Jabil Inc., while the graphics processor boards are shipped directly by Nvidia "
     "from Taiwan.", set()),
    ("Tienyu bets on Thailand as AI server orders surge\n\nTienyu Computer builds servers in Thailand. Tienyu "
     "Computer said orders rose. Tienyu Computer expanded. Such boards come from Jabil Inc.", set()),
    # "behind" that means support, and a firm's own markets, are no ranking
    ("Across the Rhine, the German government has thrown its weight behind Nordlicht AI, a Munich-based rival.",
     {("Nordlicht AI", "headquarteredIn", "Munich")}),
    ("China is Stauffen Automation's second-largest market after Germany.", set()),
    # investment: a currency-prefixed amount, a stake in nothing named (the speaker's), a round
    # "that included" its investors
    ("Bpifrance is putting EUR300mn into Mistral AI as part of a EUR900mn funding round that also includes Nvidia "
     "and Lightspeed Venture Partners.",
     {("Bpifrance", "investsIn", "Mistral AI"), ("Nvidia", "investsIn", "Mistral AI"),
      ("Lightspeed Venture Partners", "investsIn", "Mistral AI")}),
    ("Mistral AI opened an office in Munich. Mistral AI hired staff. Mistral AI said on Tuesday that the Qatar "
     "Investment Authority had bought a 30% stake for 640m pounds.",
     {("Qatar Investment Authority", "investsIn", "Mistral AI")}),
    ("Bloomberg reported that the Qatar Investment Authority had bought a 30% stake.", set()),
    ("The Qatar Investment Authority had bought a 30% stake for 640m pounds.", set()),
    ("Mistral AI raised 600 million euros in a round that included Nvidia and Samsung.",
     {("Nvidia", "investsIn", "Mistral AI"), ("Samsung Electronics", "investsIn", "Mistral AI")}),
    ("Mistral AI signed a deal that included Nvidia and Samsung.", set()),
    # (review) the article's firm is the unnamed side only for current customers, its own sales and
    # hardware; a paragraph's own firm comes first; rankings of a market and "stands third, behind"
    ("Chenghua Technology ramps up AI server output\n\nChenghua Technology builds servers in Taoyuan. Chenghua Technology said orders rose. Chenghua Technology expanded. Potential customers include Microsoft and Meta.", set()),
    ("Chenghua Technology ramps up AI server output\n\nChenghua Technology builds servers in Taoyuan. Chenghua Technology said orders rose. Chenghua Technology expanded.\n\nLambda, a cloud rival, raised 480 million dollars. Customers include Sony and Samsung.",
     {("Lambda", "supplies", "Sony"), ("Lambda", "supplies", "Samsung Electronics")}),
    ("Telstra is paying customers again after the outage.", set()),
    ("Microsoft accounted for more than 10% of sales, TrendForce said.", set()),
    ("Chenghua Technology ramps up AI server output\n\nChenghua Technology builds servers in Taoyuan. Chenghua Technology said orders rose. Chenghua Technology expanded. Huawei accounted for 30% of smartphone sales in China.", set()),
    ("Chenghua Technology ramps up AI server output\n\nChenghua Technology builds servers in Taoyuan. Chenghua Technology said orders rose. Chenghua Technology expanded. Coolant distribution units are supplied by Vertiv.", {("Vertiv", "supplies", "Chenghua Technology")}),
    ("Chenghua Technology ramps up AI server output\n\nChenghua Technology builds servers in Taoyuan. Chenghua Technology said orders rose. Chenghua Technology expanded. The data come from Counterpoint Research.", set()),
    ("Japan is the world's third-largest chip market after the United States and China.",
     {("Japan", "trails", "United States"), ("Japan", "trails", "China")}),
    ("Samsung Electronics stands third in HBM, behind SK Hynix.", {("Samsung Electronics", "trails", "SK Hynix")}),
])
def test_extract_shapes_of_round_twenty_one_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


def test_extract_links_state_investors_by_their_names_and_nicknames(extractor):
    text = ("The National Integrated Circuit Industry Investment Fund, known as the Big Fund, led the round, while the "
            "Caisse des Depots took a stake in Rhodanie and Bpifrance, Eurazeo and HV Capital joined.")
    labels = {m.entity.label for m in extractor.nlp(text)._.aigraph_mentions}
    assert {"China Integrated Circuit Industry Investment Fund", "Caisse des Depots", "Bpifrance", "Eurazeo"} <= labels
    assert not any(label in ("Caisse", "Big Fund") for label in labels)


def test_extract_keeps_a_state_body_apart_from_the_national_one(extractor):
    text = ("The California Department of Justice is also supervising Halyard AI's conversion, "
            "and the U.S. Department of Justice sued Google.")
    labels = {m.entity.label for m in extractor.nlp(text)._.aigraph_mentions if m.entity.cls == "GovernmentBody"}
    assert labels == {"California Department of Justice", "U.S. Department of Justice"}
    assert ("California Department of Justice", "regulates", "Halyard AI") in facts(extractor, text)


@pytest.mark.parametrize("text, expected", [
    # "its" listed after a name is that name's (through an apposition the list hangs on)
    ("That changed in January, when the U.S. Commerce Department added Qingluan Technology and its computing "
     "subsidiary, Hanxing Computing, to the Entity List.",
     {("Hanxing Computing", "subsidiaryOf", "Qingluan Technology"),
      ("U.S. Department of Commerce", "sanctions", "Hanxing Computing"),
      ("U.S. Department of Commerce", "sanctions", "Qingluan Technology")}),
    # who ranks among a firm's customers or shareholders is no ranking of firms
    ("Nordhaven said the deal had made Tadoussac AI its largest customer, ahead of the Vector Institute.", set()),
    ("GIC's investment in Tembaga Digital makes it the largest shareholder ahead of Temasek.",
     {("GIC", "investsIn", "Tembaga Digital")}),
    ("For AMD, Tallgrass AI is a second marquee customer after OpenAI.", set()),
    # a licence's holder buys the goods, not the body that granted it; one who won approval does
    ("The US Department of Commerce granted Humain export licences to buy 18,000 of AMD's MI355X accelerators.",
     {("AMD", "develops", "AMD Instinct"), ("AMD", "supplies", "Humain"),
      ("U.S. Department of Commerce", "regulates", "Humain")}),
    ("Humain has won US approval to import tens of thousands of Nvidia chips.", {("Nvidia", "supplies", "Humain")}),
    # goods shipped under an order or contract go to its giver
    ("Foxconn has begun shipping the first 1,200 racks to the Hokkaido site under an order from Hokuto Compute.",
     {("Foxconn", "supplies", "Hokuto Compute")}),
    ("Foxconn has begun shipping the racks under a contract with Hokuto Compute.",
     {("Foxconn", "supplies", "Hokuto Compute")}),
    # designated a gatekeeper: a duty, not a listing
    ("Amazon Web Services, which the European Commission designated a gatekeeper last year, was fined on Tuesday.",
     {("European Commission", "regulates", "Amazon Web Services")}),
    # controls that bar a firm from selling to a country target the country
    ("US export controls now bar Nvidia from selling its most capable chips to China.",
     {("United States", "sanctions", "China")}),
    # "startup" the tagger took for a verb
    ("Naver completed its acquisition of chip software startup Deepwell Labs.", {("Naver", "acquires", "Deepwell Labs")}),
    # filing with a regulator
    ("Nvidia filed a formal notice with the Committee on Foreign Investment in the United States last month.",
     {("Committee on Foreign Investment in the United States", "regulates", "Nvidia")}),
    # a contract won "to supply" something goes to the other side; one won "to buy" comes from it
    ("Lynas Rare Earths won a contract with the US Department of Defense to supply heavy rare earths.",
     {("Lynas Rare Earths", "supplies", "U.S. Department of Defense")}),
    ("Humain won a contract with AMD to buy 20,000 accelerators.", {("AMD", "supplies", "Humain")}),
    # "Besides X, the company Y ... supplies": the parser's subject X is not the one who supplies
    ("Besides ASML, the French company Soitec, based in Bernin, supplies silicon-on-insulator wafers to "
     "GlobalFoundries and STMicroelectronics.",
     {("Soitec", "headquarteredIn", "Bernin"), ("Soitec", "headquarteredIn", "France"),
      ("Soitec", "supplies", "GlobalFoundries"), ("Soitec", "supplies", "STMicroelectronics")}),
    # a place within a city; a city within a country's region; AP state abbreviations
    ("China Mobile runs a cluster in Wuhu, in east China's Anhui province.",
     {("Anhui", "locatedIn", "China"), ("Wuhu", "locatedIn", "Anhui")}),
    ("Kurrajong has a campus in Marsden Park, in Sydney's north-west.", {("Marsden Park", "locatedIn", "Sydney")}),
    ("Corvane AI, based in Oakland, Calif., was subpoenaed.",
     {("Corvane AI", "headquarteredIn", "Oakland"), ("Oakland", "locatedIn", "California")}),
    ("Ibiden will add a third line at its plant in Ogaki, Gifu Prefecture, joining a wave of Japanese investment.",
     {("Ogaki", "locatedIn", "Gifu Prefecture")}),
    # ... but not names listed with commas, nor one that a noun follows
    ("The board scores models on tasks in Arabic, Urdu, Bengali and Swahili.", set()),
    ("Ibiden adds substrate line, Kioxia ships to Monterrey, Kumamoto cooling startup wins Foxconn order", set()),
    # a title's portfolio ("for Middle East policy") before the employer it is held "at"
    ("\"It is about who gets the most GPUs,\" said Hasan Alhasan, a senior fellow for Middle East policy at the "
     "International Institute for Strategic Studies.",
     {("Hasan Alhasan", "employedBy", "International Institute for Strategic Studies")}),
    # a place on a telco or hyperscaler
    ("The site already hosts servers for Oracle and Singapore telco StarHub.", {("StarHub", "headquarteredIn", "Singapore")}),
    ("The Texas hyperscaler Lonestar Compute signed a lease.", {("Lonestar Compute", "headquarteredIn", "Texas")}),
    # a denial order is an export ban
    ("BIS also issued a temporary denial order against Brightlane Systems, which it said had shipped servers to "
     "Russia.", {("Bureau of Industry and Security", "sanctions", "Brightlane Systems")}),
    ("BIS imposed a denial order on Brightlane Systems.", {("Bureau of Industry and Security", "sanctions", "Brightlane Systems")}),
    # licences required for goods on their way to a country restrict trade with it
    ("The Netherlands, under pressure from Washington, has required export licences since 2023 for ASML's most "
     "advanced deep ultraviolet machines bound for China.", {("Netherlands", "sanctions", "China")}),
    ("AMD took an $800 million charge this year after the Commerce Department began requiring export licences for "
     "its MI308 chips sold to China.",
     {("AMD", "develops", "AMD Instinct"), ("U.S. Department of Commerce", "sanctions", "China")}),
    # a name the tokenizer splits at its colon
    ("Nvidia's acquisition of the Israeli start-up Run:ai was cleared by the European Commission the same year.",
     {("European Commission", "regulates", "Nvidia"), ("European Commission", "regulates", "Run:ai"),
      ("Nvidia", "acquires", "Run:ai"), ("Run:ai", "headquarteredIn", "Israel")}),
    # "X is Y's third acquisition after it bought ...": "it" is the buyer whose deals are counted
    ("Nvidia agreed to buy Karmel Silicon. Karmel is Nvidia's third Israeli acquisition after it bought Mellanox "
     "Technologies in 2020 and Run:ai in 2024.",
     {("Nvidia", "acquires", "Karmel Silicon"), ("Nvidia", "acquires", "Mellanox"), ("Nvidia", "acquires", "Run:ai")}),
    # review: rankings with a scope of their own stand; ordinary words do not lead to a place; the
    # target of a ban on selling "in" a country; the buyer of a licence granted "to" someone; a
    # contract one builds under is no supply; "it" in a clause that is no purchase
    ("Japan is the world's second-largest investor in US Treasuries after China.", {("Japan", "trails", "China")}),
    ("Saudi Arabia became the region's largest buyer of Nvidia chips, ahead of the UAE.",
     {("United Arab Emirates", "trails", "Saudi Arabia")}),
    ("Nvidia opened an office in Paris, in addition to London.", set()),
    ("Humain expected to bring its first campus online next year in Dammam, in the kingdom's Eastern Province.",
     {("Dammam", "locatedIn", "Eastern Province")}),
    ("The export controls already bar Quillfire from selling its current chips in China.", set()),
    ("US sanctions bar Huawei from selling 5G gear in Europe.", {("United States", "sanctions", "Huawei")}),
    ("The Commerce Department granted licences to Sadeem Intelligence to buy 18,000 of AMD's MI355X accelerators.",
     {("AMD", "develops", "AMD Instinct"), ("AMD", "supplies", "Sadeem Intelligence"),
      ("U.S. Department of Commerce", "regulates", "Sadeem Intelligence")}),
    ("OpenAI is building Stargate under a contract with Oracle.", set()),
    ("Deci is Nvidia's third acquisition this year, though it is the smallest.", set()),
    ("Ibiden has a plant in Ogaki, Gifu, Japan.", {("Gifu", "locatedIn", "Japan"), ("Ogaki", "locatedIn", "Gifu")}),
    ("Besides Tokyo Electron, the Dutch company ASML supplies tools to TSMC.",
     {("ASML", "headquarteredIn", "Netherlands"), ("ASML", "supplies", "TSMC")}),
])
def test_extract_shapes_of_round_twenty_two_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the owner of a customer sells to it, whatever "its" in the same breath was taken for
    ("ByteDance is by far Cambricon's biggest customer, accounting for more than half of its sales last year.",
     {("Cambricon", "supplies", "ByteDance")}),
    # goods someone supplies belong to the customer, not to their maker
    ("Huawei, which built much of the continent's mobile networks and still supplies most of Safaricom's radio "
     "equipment, has also pushed back.", {("Huawei", "supplies", "Safaricom")}),
    ("Huawei still supplies most of Safaricom's radio equipment.", {("Huawei", "supplies", "Safaricom")}),
    # "behind both of its rivals": not the one whose rivals; a placing clause says who is behind
    ("Quanta Computer came second, trailing Foxconn by about eight percentage points of share, while Wistron "
     "ranked third, behind both of its larger rivals.",
     {("Quanta Computer", "trails", "Foxconn"), ("Wistron", "trails", "Foxconn"),
      ("Wistron", "trails", "Quanta Computer")}),
    # a verb the parser read as a noun after a fronted phrase or after a name's apposition; the
    # speaker of a trailing "said" is no object
    ("Beyond Nvidia, SK hynix ships HBM3E to AMD and to Broadcom, which designs custom accelerators and sells them "
     "to Google and Meta, the company said.",
     {("SK Hynix", "supplies", "AMD"), ("SK Hynix", "supplies", "Broadcom"), ("Broadcom", "supplies", "Google"),
      ("Broadcom", "supplies", "Meta")}),
    ("Foxconn, the largest assembler of Nvidia's rack-scale systems, supplies complete GB300 compute trays to "
     "Nvidia.", {("Foxconn", "supplies", "Nvidia"), ("Nvidia", "develops", "GB300")}),
    # "from" on the place the goods are in
    ("Glasswing Compute leases two further halls in the city from Equinix.", {("Equinix", "supplies", "Glasswing Compute")}),
    # a possessor hung on a compound of the goods; "to" hung on the source of the goods; a second
    # clause read as a noun phrase keeps its own subject
    ("The biggest driver is Google, which buys Lumentum's optical circuit switches to link the pods.",
     {("Lumentum", "supplies", "Google")}),
    ("Since the spring, Tallgrass Cloud has provided computing capacity from its Colorado sites to G42.",
     {("Tallgrass Cloud", "supplies", "G42")}),
    ("Nvidia sources electro-absorption modulated lasers from Lumentum for the 800-gigabit transceivers in its "
     "networking gear, and Meta Platforms orders transceivers from Cloud Light, the Hong Kong module maker that "
     "Lumentum acquired in 2023.",
     {("Lumentum", "supplies", "Nvidia"), ("Cloud Light", "supplies", "Meta"), ("Lumentum", "acquires", "Cloud Light"),
      ("Cloud Light", "headquarteredIn", "Hong Kong")}),
    # "among them" after a date; money "each from" founders hung on the verb; stakes held "in
    # which" with the verb read as a compound; "alongside" after the backed firm's description
    ("The UK froze the assets of four companies on Tuesday, among them Kavir Pars Engineering and Tianrun "
     "Electronics.", {("United Kingdom", "sanctions", "Kavir Pars Engineering"),
                      ("United Kingdom", "sanctions", "Tianrun Electronics")}),
    ("Rapidus was set up in 2022 with 1 billion yen each from Toyota Motor, NTT and Kioxia.",
     {("Toyota Motor", "investsIn", "Rapidus"), ("NTT", "investsIn", "Rapidus"), ("Kioxia", "investsIn", "Rapidus")}),
    ("Jio Platforms, in which Google and Meta hold stakes, bid with 3,000 processors.",
     {("Google", "investsIn", "Jio Platforms"), ("Meta", "investsIn", "Jio Platforms")}),
    ("In August Samsung led a 30 billion won funding round in Nuritek, a Pangyo startup developing glass substrates, "
     "alongside Korea Development Bank.",
     {("Samsung Electronics", "investsIn", "Nuritek"), ("Korea Development Bank", "investsIn", "Nuritek")}),
    # regulators: a possessive regulator; certifying; supervising how a firm acts; a compliance check
    ("The Data Protection Commission, Meta's lead privacy regulator in the EU, is examining the training of Llama "
     "models.", {("Data Protection Commission", "regulates", "Meta")}),
    ("The Standardisation Testing and Quality Certification Directorate certified the facilities of Yotta Data "
     "Services and CtrlS Datacenters.",
     {("Standardisation Testing and Quality Certification Directorate", "regulates", "Yotta Data Services"),
      ("Standardisation Testing and Quality Certification Directorate", "regulates", "CtrlS Datacenters")}),
    ("The Financial Services Authority supervises how Bank Rakyat Indonesia and other lenders use automated systems.",
     {("Financial Services Authority", "regulates", "Bank Rakyat Indonesia")}),
    ("The Financial Services Authority examined how Bank Rakyat Indonesia uses automated systems.", set()),
    ("France's CNIL opened a compliance check in October into Le Chat, Mistral AI's consumer assistant.",
     {("CNIL", "regulates", "Le Chat"), ("Mistral AI", "develops", "Le Chat")}),
    ("The ministry's quality check on Nvidia found no fault.", set()),
    # a firm's full name the NER took for a person joins the short name used for the firm
    ("Chenfeng Thermal, based in the southern city of Kaohsiung, passed Nvidia's qualification in the third "
     "quarter. Chenfeng ships its couplings to Asia Vital Components. \"Demand is strong,\" Chenfeng chairman Lin "
     "Chia-hao said.",
     {("Chenfeng Thermal", "headquarteredIn", "Kaohsiung"), ("Chenfeng Thermal", "supplies", "Asia Vital Components"),
      ("Lin Chia-hao", "leaderOf", "Chenfeng Thermal")}),
    # a buyer's orders moved to a supplier, or placed with one (not orders moved between plants)
    ("SK Hynix moved part of its resist orders to Hakuyo Chemical last year.",
     {("Hakuyo Chemical", "supplies", "SK Hynix")}),
    ("Veridian Optical shifted those orders to Coherent and to Sumitomo Electric Industries.",
     {("Coherent", "supplies", "Veridian Optical"), ("Sumitomo Electric Industries", "supplies", "Veridian Optical")}),
    ("Microsoft placed an order with Dell Technologies for 10,000 servers.",
     {("Dell Technologies", "supplies", "Microsoft")}),
    ("Microsoft placed its engineers with OpenAI.", set()),
    # orders won by a firm's product are the firm's
    ("Cambricon Technologies, the Beijing-based designer whose Siyuan 690 has won orders from ByteDance and Alibaba "
     "Group, said it would expand.",
     {("Cambricon", "headquarteredIn", "Beijing"), ("Cambricon", "supplies", "ByteDance"),
      ("Cambricon", "supplies", "Alibaba")}),
    # a section heading in capitals names nobody new
    ("Safaricom buys chips\n\nTHE VIEW FROM NAIROBI\n\nSafaricom bought 2,000 Nvidia chips last year.",
     {("Nvidia", "supplies", "Safaricom")}),
    # "the startup's co-founder" in a story about one firm is that firm's, not the last firm named
    ("Lumbung AI raised $14 million on Tuesday. On a humid afternoon, most of the 40 engineers at Lumbung AI are "
     "waiting. Their newest language model, trained to understand the slangy Indonesian of TikTok comment sections, "
     "is ready for its final training run. The computing power is not. \"We queue like everyone else,\" said Rania "
     "Kusumawardani, the startup's co-founder and chief executive. Lumbung AI declined to comment.",
     {("Rania Kusumawardani", "founderOf", "Lumbung AI"), ("Rania Kusumawardani", "leaderOf", "Lumbung AI")}),
    # a party to a deal is a business; a deal "to manufacture" makes the signer the supplier
    ("Rapidus, the Japanese chipmaker backed by Toyota, signed a supply deal with Tenstorrent to manufacture "
     "Tenstorrent's AI chips on the 2nm line in Hokkaido.",
     {("Rapidus", "headquarteredIn", "Japan"), ("Toyota", "investsIn", "Rapidus"), ("Rapidus", "supplies", "Tenstorrent")}),
    ("Apple signed a supply agreement with TSMC to manufacture its M5 chips.",
     {("Apple", "develops", "M5"), ("TSMC", "supplies", "Apple")}),
    ("Umicore buys cobalt from Kolwezi.", set()),
    ("Halyard AI signed a contract with Oracle to rent a cluster of H200 processors.",
     {("Oracle", "supplies", "Halyard AI")}),
    # a first word with digits or a hyphen the NER left out of a firm's name
    ("E2E Networks has been supplying compute to the IndiaAI Mission since 2025.",
     {("E2E Networks", "supplies", "IndiaAI Mission")}),
    # the first name of a list of firms, which the NER skipped
    ("Yotta, E2E Networks and Tata Communications have been supplying compute to the IndiaAI Mission. Sarvam AI "
     "rents GPUs from Yotta.",
     {("Yotta", "supplies", "IndiaAI Mission"), ("E2E Networks", "supplies", "IndiaAI Mission"),
      ("Tata Communications", "supplies", "IndiaAI Mission"), ("Yotta", "supplies", "Sarvam AI")}),
    # more last words that make a name a firm's; a verb read as a compound after an apposition
    ("BNDES and Google invested in Tamoios Digital, a Sao Paulo data-centre developer.",
     {("Tamoios Digital", "headquarteredIn", "São Paulo"), ("BNDES", "investsIn", "Tamoios Digital"),
      ("Google", "investsIn", "Tamoios Digital")}),
    ("Tienyu Computer, a Taiwanese server maker, ships racks to Meta.",
     {("Tienyu Computer", "headquarteredIn", "Taiwan"), ("Tienyu Computer", "supplies", "Meta")}),
    # a product's name before its lower-case modifiers, or a one-word app the NER took for a person
    ("Fenwright AI is a Cambridge-based startup that develops the Halden language models for hospitals.",
     {("Fenwright AI", "headquarteredIn", "Cambridge"), ("Fenwright AI", "develops", "Halden")}),
    ("The Garante also fined Luka Inc., the San Francisco developer of the Replika chatbot, 5 million euros.",
     {("Luka", "develops", "Replika"), ("Luka", "headquarteredIn", "San Francisco"),
      ("Garante per la protezione dei dati personali", "regulates", "Luka")}),
    # a firm that "is a Paris-based startup"
    ("Fenwright AI is a Paris-based startup that builds models.", {("Fenwright AI", "headquarteredIn", "Paris")}),
    ("One of Nvidia's suppliers is a Kaohsiung-based firm.", set()),
    ("Corvid Labs language models are used by hospitals. Corvid Labs raised money from Sequoia Capital.",
     {("Sequoia Capital", "investsIn", "Corvid Labs")}),
    # a foundry that builds a firm's chip neither develops it nor buys from its owner
    ("Taiga Silicon's first chip, T1, is built by TSMC.",
     {("Taiga Silicon", "develops", "T1"), ("TSMC", "supplies", "Taiga Silicon")}),
    ("TSMC builds Nvidia's Blackwell chips.", {("Nvidia", "develops", "Blackwell"), ("TSMC", "supplies", "Nvidia")}),
    ("Arbel Semiconductor's first chip, called Gilboa, was manufactured by TSMC.",
     {("Arbel Semiconductor", "develops", "Gilboa"), ("TSMC", "supplies", "Arbel Semiconductor")}),
    # a description right before a name the parser hung elsewhere; not the subject of a contact clause
    ("Washington blacklisted Chinese drone maker DJI years ago.",
     {("United States", "sanctions", "DJI"), ("DJI", "headquarteredIn", "China")}),
    ("Supermicro sold the startup Nvidia servers.", set()),
    ("Analyst Mark Li, based in Hong Kong, said demand was strong.", set()),
    ("Trainium2 is designed by Annapurna Labs, the Israeli chip-design firm Amazon bought in 2015.",
     {("Amazon", "acquires", "Annapurna Labs"), ("Annapurna Labs", "headquarteredIn", "Israel"),
      ("Annapurna Labs", "develops", "Trainium")}),
    ("Parlami's Series A was led by CDP Venture Capital, the venture arm of state lender Cassa Depositi e Prestiti.",
     {("CDP Venture Capital", "investsIn", "Parlami"), ("CDP Venture Capital", "subsidiaryOf", "Cassa Depositi e Prestiti")}),
    # a firm's short name before "chips" is still the firm; goods for the buyer's racks are the buyer's
    ("Tallgrass Cloud rents out Nvidia processors. Tallgrass said on Tuesday it had raised money. Mistral AI trains "
     "some of its models on about 8,000 Tallgrass chips.", {("Tallgrass Cloud", "supplies", "Mistral AI")}),
    ("Credo Technology Group, which sells active electrical cables to Amazon Web Services for racks built around "
     "Amazon's Trainium chips, gained 6%.",
     {("Amazon", "develops", "Trainium"), ("Amazon Web Services", "develops", "Trainium"),
      ("Credo Technology", "supplies", "Amazon Web Services")}),
    # money an order brings is a sale, not an investment
    ("Hanmi Semiconductor received a 42 billion won order from SK hynix.", {("Hanmi Semiconductor", "supplies", "SK Hynix")}),
    ("Hanmi Semiconductor received 42 billion won from SK hynix.", {("SK Hynix", "investsIn", "Hanmi Semiconductor")}),
    # a ministry's name with a comma list of portfolios, "and the ..." included
    ("\"We do not want to be a landlord,\" said Grace Wambui, a principal secretary at the Ministry of Information, "
     "Communications and the Digital Economy.",
     {("Grace Wambui", "employedBy", "Ministry of Information, Communications and the Digital Economy")}),
    ("The round was backed by the Ministry of Economy, Kestrel Labs and Orion Capital.", set()),
    ("Kestrel Labs, Orion Capital and the Ministry of Industry signed a memorandum.",
     {("Kestrel Labs", "partnersWith", "Orion Capital"), ("Kestrel Labs", "partnersWith", "Ministry of Industry"),
      ("Ministry of Industry", "partnersWith", "Orion Capital")}),
])
def test_extract_shapes_of_round_twenty_three_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list of goods from (or to) firms with the verb said once; names the NER took for towns
    ("Kurrajong Data Centres sources chillers from Daikin Industries, uninterruptible power systems from Eaton "
     "and backup generators from Cummins.",
     {("Daikin Industries", "supplies", "Kurrajong Data Centres"), ("Eaton", "supplies", "Kurrajong Data Centres"),
      ("Cummins", "supplies", "Kurrajong Data Centres")}),
    ("Meta has ordered chillers from Trane Technologies, liquid cooling units from Vertiv and medium-voltage "
     "switchgear from ABB.",
     {("Trane Technologies", "supplies", "Meta"), ("Vertiv", "supplies", "Meta"), ("ABB", "supplies", "Meta")}),
    ("Orlan Systems ships servers to Meta, storage systems to Oracle and racks to xAI.",
     {("Orlan Systems", "supplies", "Meta"), ("Orlan Systems", "supplies", "Oracle"), ("Orlan Systems", "supplies", "xAI")}),
    ("Orlan Systems buys wafers from TSMC, and in March it opened an office in Lisbon.",
     {("TSMC", "supplies", "Orlan Systems")}),
    ("Orlan Systems buys wafers from TSMC, memory from SK Hynix and most of its power from Lisbon.",
     {("TSMC", "supplies", "Orlan Systems"), ("SK Hynix", "supplies", "Orlan Systems")}),
    # "all of which buy from X": the relative is the subject, not a gap for the object
    ("The next three are Microsoft, Meta and Amazon Web Services, all of which buy directly from Lumenvale Networks.",
     {("Lumenvale Networks", "supplies", "Microsoft"), ("Lumenvale Networks", "supplies", "Meta"),
      ("Lumenvale Networks", "supplies", "Amazon Web Services")}),
    # the rest of a list led by a company, written as bare names, are companies (not places)
    ("Lumenvale Networks competes with Coherent, Innolight and Eoptolink for transceiver sockets.",
     {("Coherent", "competesWith", "Lumenvale Networks"), ("Innolight", "competesWith", "Lumenvale Networks"),
      ("Eoptolink", "competesWith", "Lumenvale Networks")}),
    ("Meta buys chips from Nvidia, Orvane and Kestrel Silicon.",
     {("Nvidia", "supplies", "Meta"), ("Orvane", "supplies", "Meta"), ("Kestrel Silicon", "supplies", "Meta")}),
    ("Nvidia opened offices in Santa Clara, Austin and Tel Aviv.", set()),
    # a verb after a colon; "800G" and "5G" are grades of goods, not products or numbers and units
    ("Headline\n\nLumenvale Networks makes optics. Nvidia is the largest: Lumenvale ships 800G and 1.6T modules "
     "to Nvidia for its switch systems.", {("Lumenvale Networks", "supplies", "Nvidia")}),
    ("Huawei builds 5G networks for Safaricom.", {("Huawei", "supplies", "Safaricom")}),
    # the counted names read as a second subject after the verb; "its" then is no other firm
    ("Headline\n\nTairong Thermal makes cold plates. Tairong, which listed on the Taipei Exchange's emerging stock "
     "board in March, counts Wistron, Foxconn and the National Development Fund among its shareholders.",
     {("Wistron", "investsIn", "Tairong Thermal"), ("Foxconn", "investsIn", "Tairong Thermal"),
      ("National Development Fund", "investsIn", "Tairong Thermal")}),
    # a list's first two names run together by the NER; languages are no organisations
    ("Taiwanese contract manufacturers such as Wiwynn, Quanta and Inventec assemble most AI servers.",
     {("Wiwynn", "headquarteredIn", "Taiwan"), ("Quanta", "headquarteredIn", "Taiwan"),
      ("Inventec", "headquarteredIn", "Taiwan")}),
    ("Golconda Voice Technologies builds a speech engine for Telugu, Urdu and Kannada.", set()),
    ("Guarani Compute, based in Asuncion, sells capacity to Tigo.",
     {("Guarani Compute", "headquarteredIn", "Asuncion"), ("Guarani Compute", "supplies", "Tigo")}),
    # customers that "remain"; the object's last noun coordinated with the verb; goods a relative clause's subject uses
    ("Nvidia's largest customers remain Microsoft, Amazon and Meta.",
     {("Nvidia", "supplies", "Microsoft"), ("Nvidia", "supplies", "Amazon"), ("Nvidia", "supplies", "Meta")}),
    ("Inventec, which provides motherboards and servers to Google, posted a 23 percent rise in revenue last month.",
     {("Inventec", "supplies", "Google")}),
    ("NTT, the former state telephone monopoly, develops the tsuzumi 2 model and competes with SoftBank Corp for "
     "government contracts.", {("NTT", "competesWith", "SoftBank")}),
    ("ASM International makes deposition equipment that TSMC and Samsung use to build the newest transistors.",
     {("ASM International", "supplies", "TSMC"), ("ASM International", "supplies", "Samsung Electronics")}),
    ("ASML supplies the lithography systems SK Hynix uses for its most advanced DRAM.", {("ASML", "supplies", "SK Hynix")}),
    ("Tokyo Electron sells etching tools that Micron does not use.", set()),
    ("Nvidia makes chips that OpenAI designs.", set()),
    # a body investigating or auditing how a firm acts; "Customs and Excise Department" is one name
    ("The Office of the Privacy Commissioner of Canada is investigating how Cormorant AI collected web data.",
     {("Office of the Privacy Commissioner of Canada", "regulates", "Cormorant AI")}),
    ("The Saudi Data and AI Authority audits how Sahra Compute stores government data.",
     {("Saudi Data and Artificial Intelligence Authority", "regulates", "Sahra Compute")}),
    ("The Customs and Excise Department fined Lotus Trading.",
     {("Customs and Excise Department", "regulates", "Lotus Trading")}),
    ("The fund drew Equity Bank and KCB.", set()),
    # a firm's own orders or shipments of goods; a body requiring licences for them regulates the firm
    ("The Bureau of Industry and Security requires licences for Obsidian Rack Systems' shipments of GB300 systems "
     "to customers in the Middle East.",
     {("Bureau of Industry and Security", "regulates", "Obsidian Rack Systems"),
      ("Nvidia", "supplies", "Obsidian Rack Systems")}),
    ("Meta's orders of Nvidia GPUs doubled.", {("Nvidia", "supplies", "Meta")}),
    # investors: a second "from"; participants after a description; "led its round" is not the leader's own
    ("Tianmu AI Labs has drawn money from the Zhejiang Digital Economy Fund and from Qiantang Capital.",
     {("Zhejiang Digital Economy Fund", "investsIn", "Tianmu AI Labs"), ("Qiantang Capital", "investsIn", "Tianmu AI Labs")}),
    ("Lughat AI raised $60 million in a round led by Sanabil Investments, with HUMAIN and Wa'ed Ventures, Aramco's "
     "venture capital arm, taking part.",
     {("Sanabil Investments", "investsIn", "Lughat AI"), ("Humain", "investsIn", "Lughat AI"),
      ("Wa'ed Ventures", "investsIn", "Lughat AI"), ("Wa'ed Ventures", "subsidiaryOf", "Aramco")}),
    ("Headline\n\nHalcyon Reasoning is a lab. Halcyon was founded in 2023 by Priyanka Rao, and Microsoft led its "
     "$1.2 billion funding round in June.",
     {("Priyanka Rao", "founderOf", "Halcyon Reasoning"), ("Microsoft", "investsIn", "Halcyon Reasoning")}),
    # goods used "from" a firm (a gapped list led by a gerund too); the owner of what is leased; units that are goods
    ("SMIC produces the Siyuan 590 in Shanghai, using deposition tools from Naura Technology Group and etching "
     "equipment from Advanced Micro-Fabrication Equipment.",
     {("Naura Technology", "supplies", "SMIC"), ("Advanced Micro-Fabrication Equipment", "supplies", "SMIC")}),
    ("The company used proceeds from the IPO to build a plant.", set()),
    ("Mistral AI leases Equinix's data halls in Paris.", {("Equinix", "supplies", "Mistral AI")}),
    ("Meta rents its servers to startups.", set()),
    ("Delta Electronics provides power shelves to Quanta and Inventec, while Lite-On Technology ships power-supply "
     "units to Foxconn.", {("Delta Electronics", "supplies", "Quanta"), ("Delta Electronics", "supplies", "Inventec"),
                           ("Lite-On Technology", "supplies", "Foxconn")}),
    ("Amazon's cloud unit, Amazon Web Services, signed the deal.", {("Amazon Web Services", "subsidiaryOf", "Amazon")}),
    # a think tank is an organisation, and a capital before one is the place, not the government
    ("\"The case is weak,\" said Ines Varga, a technology analyst at the Brussels think-tank Bruegel.",
     {("Ines Varga", "employedBy", "Bruegel")}),
    # a country's named divisions ("the Saudi cities of ..."); "the Western Cape" is a region, not the West
    ("The company has promised capacity at campuses in the Saudi cities of Dammam and Jeddah.",
     {("Dammam", "locatedIn", "Saudi Arabia"), ("Jeddah", "locatedIn", "Saudi Arabia")}),
    ("Kinta Components is a distributor in George Town, in the Malaysian state of Penang.",
     {("George Town", "locatedIn", "Penang"), ("Penang", "locatedIn", "Malaysia")}),
    ("The servers run in a facility in Cape Town in the Western Cape.", {("Cape Town", "locatedIn", "Western Cape")}),
    ("Atsuyoshi Koike is a former head of Western Digital Corp.", {("Atsuyoshi Koike", "employedBy", "Western Digital")}),
    ("Western sanctions hit Russia.", {("the West", "sanctions", "Russia")}),
    # "managing director at" is one of several; "it" after "founded X ... and now runs it" is X
    ("Antoine Mercier, managing director at Eurazeo, spoke of a rare asset.", {("Antoine Mercier", "employedBy", "Eurazeo")}),
    ("Georgi Petkov, the managing director of Varna Signal Works, said so.",
     {("Georgi Petkov", "leaderOf", "Varna Signal Works")}),
    ("\"We are building in France,\" said Clemence Arnaud, who founded Orbis Calcul in 2022 after twelve years at "
     "Schneider Electric and who now runs it.",
     {("Clemence Arnaud", "founderOf", "Orbis Calcul"), ("Clemence Arnaud", "leaderOf", "Orbis Calcul"),
      ("Clemence Arnaud", "employedBy", "Schneider Electric")}),
    # a description ends before a participle after its noun; "Groep", "Grup" end firms' names
    ("Eviden, the Atos subsidiary specialised in high-performance computing, holds the contract.",
     {("Eviden", "subsidiaryOf", "Atos")}),
    ("VDL Groep of Eindhoven builds modules and frames for ASML.", {("VDL Groep", "supplies", "ASML")}),
    # a rival named after "competes with" is a firm; "asset manager X"; "and with" hung on a participle
    ("Meta competes with Data4, owned by Canadian asset manager Brookfield, and with Digital Realty, both of which "
     "are expanding.",
     {("Data4", "competesWith", "Meta"), ("Digital Realty", "competesWith", "Meta")}),
    # "Nvidia's HGX B200 servers": a product line, and servers of the maker's model are not the maker's own
    ("According to Viettel IDC, the first phase uses Nvidia's HGX B200 servers supplied by Dell Technologies.",
     {("Nvidia", "develops", "B200")}),
    # "neither X nor Y had sold"; kept "from using" goods is no use of them
    ("The court noted that neither Xilinx nor AMD had sold anything to Levant Dynamics directly.", set()),
    ("The Government Communications Security Bureau had in 2018 blocked Spark from using Huawei equipment in its "
     "5G network.", {("Government Communications Security Bureau", "regulates", "Spark")}),
    # a model "from Brazil's Maritaca AI" is the firm's, not the country's
    ("Condor-2 ranks second, trailing Sabia-3 from Brazil's Maritaca AI.",
     {("Maritaca AI", "develops", "Sabia-3"), ("Maritaca AI", "headquarteredIn", "Brazil"),
      ("Condor-2", "trails", "Sabia-3")}),
    # a firm's sales to another make it the supplier (not sales a government bans)
    ("Cable maker Bizlink Holding said its sales to Nvidia more than doubled in the third quarter.",
     {("Bizlink Holding", "supplies", "Nvidia")}),
    ("Nvidia's sales to Huawei were banned in 2023.", set()),
    # hardware a purpose clause acts on is not what the main verb uses
    ("Advantest Corp, whose testers Nvidia uses to check its AI processors before shipment, fell 3%.", set()),
    ("DeepSeek used Nvidia H800 chips to train its models.", {("Nvidia", "supplies", "DeepSeek"), ("Nvidia", "develops", "H800")}),
    # from the round's review: no sale from the goods' mention alone, nor from a clause the main verb denies
    ("OpenAI used articles from The New York Times without permission.", set()),
    ("Intel does not make the GPUs that OpenAI uses.", set()),
    ("AMD builds the accelerators Microsoft buys from Nvidia.", {("Nvidia", "supplies", "Microsoft")}),
    ("Neither company disclosed how many chips Nvidia sold to Lumen Cloud.", {("Nvidia", "supplies", "Lumen Cloud")}),
    ("Humain will use the funds to procure Nvidia chips.", {("Nvidia", "supplies", "Humain")}),
    ("Kurrajong Data Centres buys cobalt hydroxide from Trafigura Group and copper from Kolwezi.",
     {("Trafigura", "supplies", "Kurrajong Data Centres")}),
])
def test_extract_shapes_of_round_twenty_four_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize("text, name, cls", [
    ("Acme Robotics is backed by Sequoia Capital, Elad Gil and Nat Friedman.", "Nat Friedman", "Person"),
    ("Kurrajong Data Centres buys cobalt hydroxide from Trafigura Group and copper from Kolwezi.", "Kolwezi", "City"),
    ("Kurrajong Data Centres buys chillers from Trafigura Group and generators from Kolwezi.", "Kolwezi", "Company"),
    ("Lumenvale Networks competes with Coherent, Innolight and Eoptolink.", "Eoptolink", "Company"),
    ("The servers run in a facility in Cape Town in the Western Cape.", "Western Cape", "Region"),
    ("Western Union moved the money.", "Western Union", "Company"),
    ("Ines Varga is an analyst at the Brussels think-tank Bruegel.", "Brussels", "City"),
])
def test_round_twenty_four_names_get_their_class(extractor, text, name, cls):
    assert entity_classes(extractor, text).get(name) == cls


@pytest.mark.parametrize("text, expected", [
    # a verb the parser read as a noun: its object's preposition hangs on the object's head noun
    ("Kestrel Compute sources power shelves and cold plates from Taiwanese vendors Delta Electronics and Asia "
     "Vital Components.",
     {("Asia Vital Components", "supplies", "Kestrel Compute"), ("Delta Electronics", "supplies", "Kestrel Compute"),
      ("Asia Vital Components", "headquarteredIn", "Taiwan"), ("Delta Electronics", "headquarteredIn", "Taiwan")}),
    # ... and after a clause's conjunction ("while X ships")
    ("Delta Electronics provides power shelves to Quanta, while Lite-On Technology ships power-supply units to Foxconn.",
     {("Delta Electronics", "supplies", "Quanta"), ("Lite-On Technology", "supplies", "Foxconn")}),
    # machines installed "from" a maker were bought from it
    ("Rapidus has installed lithography machines from ASML in its Hokkaido plant.", {("ASML", "supplies", "Rapidus")}),
    # a plural description's names, hung elsewhere by the parser
    ("Mirada Labs sells its assistant to Spanish companies BBVA and Telefonica.",
     {("Mirada Labs", "supplies", "BBVA"), ("Mirada Labs", "supplies", "Telefonica"),
      ("BBVA", "headquarteredIn", "Spain"), ("Telefonica", "headquarteredIn", "Spain")}),
    # a seller's goods "for" racks built around the buyer's chips: the seller buys no chips
    ("AWS signed a contract for Brightwave Optical to deliver transceivers for clusters built around Amazon's "
     "Trainium chips.", {("Amazon", "develops", "Trainium"), ("Amazon Web Services", "develops", "Trainium")}),
    # "to" hung on the object's participle
    ("Supermicro ships servers built on Nvidia's GPUs to xAI.", {("Super Micro Computer", "supplies", "xAI")}),
    ("Dell Technologies sold servers designed by Wiwynn to Meta.", {("Dell Technologies", "supplies", "Meta")}),
    # "its" in a participle describing a firm is that firm's
    ("At the top sat Vantex Solutions, a Fremont, California-based reseller that sources its systems from Supermicro, "
     "the server maker led by its founder and chief executive, Charles Liang.",
     {("Charles Liang", "founderOf", "Super Micro Computer"), ("Charles Liang", "leaderOf", "Super Micro Computer"),
      ("Vantex Solutions", "headquarteredIn", "Fremont"), ("Fremont", "locatedIn", "California"),
      ("Super Micro Computer", "supplies", "Vantex Solutions")}),
    # "it" in a relative clause is not the clause's own noun; "Defence" ends a firm's name
    ("Neurotek Defence leads the ARGUS consortium, in which it works with Germany's Hensoldt and Lithuania's Brolis "
     "Semiconductors on sensor fusion.",
     {("Hensoldt", "partnersWith", "Neurotek Defence"), ("Brolis Semiconductors", "partnersWith", "Neurotek Defence"),
      ("Hensoldt", "headquarteredIn", "Germany"), ("Brolis Semiconductors", "headquarteredIn", "Lithuania")}),
    ("Halcyon Reasoning is a Swiss lab. Halcyon trains on Nvidia H200 GPUs that it rents from Swisscom, the Bern-based "
     "telecoms operator.",
     {("Halcyon Reasoning", "headquarteredIn", "Switzerland"), ("Nvidia", "develops", "H200"),
      ("Swisscom", "headquarteredIn", "Bern"), ("Swisscom", "supplies", "Halcyon Reasoning")}),
    # "which" after "modules designed by Nvidia," stands for the modules: buying them is no acquisition
    ("Neurotek Defence makes drones. Strix runs on Jetson Orin modules designed by Nvidia, which Neurotek buys "
     "through the distributor Arrow Electronics.", set()),
    # a ministry's name in a minister's title; a name whose first word has a digit; Nvidia's Grace chips
    ("Economy, Trade and Industry Minister Ryosei Akazawa told a news conference that the money would help.",
     {("Ryosei Akazawa", "leaderOf", "Ministry of Economy, Trade and Industry")}),
    ("In 2025 Nilewave Compute also took money from Prosperity7 Ventures, the venture arm of Saudi Aramco.",
     {("Prosperity7 Ventures", "investsIn", "Nilewave Compute"), ("Prosperity7 Ventures", "subsidiaryOf", "Aramco")}),
    ("The campus will house Nvidia's Grace Blackwell systems.", {("Nvidia", "develops", "Grace Blackwell")}),
    # a nationality said of a firm in a predicate (not when denied)
    ("Kestrel Labs is a Swiss startup.", {("Kestrel Labs", "headquarteredIn", "Switzerland")}),
    # a unit's name alone says nothing the article asserts when the gazetteer already knows the
    # unit (its parent is in the gazetteer); a new unit named after its parent is still its unit
    ("Google DeepMind and Google both released models this week.", set()),
    # a "which" after a list's last name, its clause hung elsewhere by the parser
    ("Hanbit Silicon's closest domestic rivals are Rebellions, which merged with SK Telecom's chip unit Sapeon in 2024 "
     "and counts KT among its investors, and FuriosaAI, which sells its RNGD chips to LG AI Research.",
     {("Hanbit Silicon", "competesWith", "Rebellions"), ("FuriosaAI", "competesWith", "Hanbit Silicon"),
      ("KT", "investsIn", "Rebellions"), ("Sapeon", "subsidiaryOf", "SK Telecom"), ("FuriosaAI", "develops", "RNGD"),
      ("FuriosaAI", "supplies", "LG AI Research")}),
    # "it" after the main verb's object, in a participle clause, is that object
    ("In September the Commerce Department's Bureau of Industry and Security added Hengtai Optoelectronics, a "
     "transceiver maker based in Wuhan, China, to the Entity List, cutting it off from American signal processors.",
     {("Hengtai Optoelectronics", "headquarteredIn", "Wuhan"), ("Wuhan", "locatedIn", "China"),
      ("Bureau of Industry and Security", "sanctions", "Hengtai Optoelectronics"),
      ("Bureau of Industry and Security", "subsidiaryOf", "U.S. Department of Commerce")}),
    # names the NER took for people: who receives equipment, who orders goods "from" a firm, the
    # firm an order is placed with; and a "from" hung on the purchase's purpose
    ("The market was quiet on Monday. Huawei Technologies Co. supplies radio and core network equipment to TIM Brasil "
     "and Claro.", {("Huawei", "supplies", "TIM Brasil"), ("Huawei", "supplies", "Claro")}),
    ("The market was quiet on Monday. Merbau has ordered liquid cooling systems for the site from Vertiv and switchgear "
     "from Schneider Electric.", {("Vertiv", "supplies", "Merbau"), ("Schneider Electric", "supplies", "Merbau")}),
    ("The market was quiet on Monday. Tallis Systems, which buys its GPUs from Nvidia and its chassis from Taiwan's "
     "Wiwynn, neither admitted nor denied the allegations.",
     {("Nvidia", "supplies", "Tallis Systems"), ("Wiwynn", "supplies", "Tallis Systems"),
      ("Wiwynn", "headquarteredIn", "Taiwan")}),
    # titles: a commissioner at a regulator, a roboticist at a university
    ("\"We are asking it to carry more of its own weight,\" said Aoife Brennan, a commissioner at the CRU.",
     {("Aoife Brennan", "employedBy", "CRU")}),
    # from the round's review: narrower rules
    ("Bernstein praised SoftBank's Arm stake, which it bought in 2016.", set()),
    ("Salesforce bought Informatica, positioning it to compete with Microsoft.",
     {("Salesforce", "acquires", "Informatica"), ("Microsoft", "competesWith", "Salesforce")}),
    ("OpenAI said DeepSeek took data from OpenAI.", set()),
    ("Dell is a licence holder of Nvidia's DGX design.", {("Nvidia", "develops", "DGX")}),
    ("Ordos Compute said that Ordos Compute Mongolia signed the deal.",
     {("Ordos Compute Mongolia", "subsidiaryOf", "Ordos Compute")}),
    ("Kestrel Labs is not a Swiss startup.", set()),
    # "Its" before a product the gazetteer knows the maker of is that maker's
    ("Kessinger Capital is one of the larger outside holders of Cerebras Systems, the Sunnyvale, California-based maker "
     "of AI chips. Its WSE-3 wafers are manufactured by TSMC, and the company counts Abu Dhabi's G42 as its biggest "
     "customer.",
     {("Cerebras", "headquarteredIn", "Sunnyvale"), ("Sunnyvale", "locatedIn", "California"),
      ("Cerebras", "develops", "Cerebras WSE"), ("G42", "headquarteredIn", "Abu Dhabi"),
      ("Cerebras", "supplies", "G42"), ("TSMC", "supplies", "Cerebras"), ("Kessinger Capital", "investsIn", "Cerebras")}),
    # a new firm's name the NER missed at the start of the body; parts "got from" a firm (not funding)
    ("Meridian Logic licenses its design software from Synopsys.", {("Synopsys", "supplies", "Meridian Logic")}),
    ("Harbourgrid Storage gets its battery cells from China's CATL.",
     {("CATL", "supplies", "Harbourgrid Storage"), ("CATL", "headquarteredIn", "China")}),
    ("Harbourgrid Storage gets its funding from Brookfield.", set()),
    # a watchdog's object is an organisation, even in capitals the tagger read as a common noun
    ("The Public Utility Commission of Texas, which regulates ERCOT, the state's grid operator, is drafting rules.",
     {("Public Utility Commission of Texas", "regulates", "ERCOT")}),
    ("The Public Utility Commission of Texas, which regulates ICT, is drafting rules.", set()),
    # investors: a round's relative clause hung elsewhere, a second "from" after a description, a
    # holder of a firm, "in" hung on the verb past a time
    ("The Public Investment Fund took part in Meridian Logic's $600 million Series C in February, which was led by "
     "Coatue and included Samsung Catalyst Fund, the venture arm of Samsung Electronics.",
     {("Public Investment Fund", "investsIn", "Meridian Logic"), ("Coatue", "investsIn", "Meridian Logic"),
      ("Samsung Catalyst Fund", "investsIn", "Meridian Logic"),
      ("Samsung Catalyst Fund", "subsidiaryOf", "Samsung Electronics")}),
    ("Neurotek Defence's PLN 180 million round in the spring was led by the NATO Innovation Fund, with participation "
     "from PFR Ventures, a subsidiary of the Polish Development Fund, and from the European Investment Bank.",
     {("NATO Innovation Fund", "investsIn", "Neurotek Defence"), ("PFR Ventures", "investsIn", "Neurotek Defence"),
      ("European Investment Bank", "investsIn", "Neurotek Defence"),
      ("PFR Ventures", "subsidiaryOf", "Polish Development Fund")}),
    ("Kessinger Capital is one of the larger outside holders of Cerebras Systems.",
     {("Kessinger Capital", "investsIn", "Cerebras")}),
    ("Kessinger Capital led a $310 million round last year in Cinder Power, a Houston startup.",
     {("Kessinger Capital", "investsIn", "Cinder Power"), ("Cinder Power", "headquarteredIn", "Houston")}),
    # places: a new district before a known city, a district described, a county the NER ran in, a
    # new place after "at" before a county
    ("KT has been buying the earlier Arvo-1 chips for its data center in Mokdong, Seoul, since last year.",
     {("Mokdong", "locatedIn", "Seoul")}),
    ("The warehouse sits at the end of a cul-de-sac in Jurong, an industrial district in western Singapore.",
     {("Jurong", "locatedIn", "Singapore")}),
    ("Meta, which runs a campus at Clonee in County Meath, is not a member of the group.",
     {("Clonee", "locatedIn", "County Meath")}),
    ("Harbourgrid Storage has signed a contract to deliver batteries to Echelon Data Centres for its campus at Arklow, "
     "County Wicklow.",
     {("Harbourgrid Storage", "supplies", "Echelon Data Centres"), ("Arklow", "locatedIn", "County Wicklow")}),
])
def test_extract_shapes_of_round_twenty_five_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize("text, name, cls", [
    ("Mirada Labs sells its assistant to Spanish companies BBVA and Telefonica.", "BBVA", "Company"),
    ("The deal was signed by Jensen Huang and Lisa Su.", "Lisa Su", "Person"),
    # a capital after a place a firm is in is the city, not its government
    ("Osprey Labs employs about 300 people in King's Cross, London.", "London", "City"),
    ("Kestrel Labs has placed orders with Disco for dicing saws.", "Disco", "Company"),
    # (a name ending in an auxiliary-like word is still a name; a place that exports is a place)
    ("Former Prime Minister Theresa May met Jensen Huang in London.", "Theresa May", "Person"),
    ("Jalisco exports $30 billion of electronics a year.", "Jalisco", "Region"),
    ("The market was quiet on Monday. Arriaga founded Voznova in 2021 with Diego Ferrer.", "Voznova", "Company"),
    ("The market was quiet on Monday. OFAC said Bishkek Tech Supply had shipped Nvidia A100 modules to Sever "
     "Electronics through Kazakhstan.", "Bishkek Tech Supply", "Company"),
])
def test_round_twenty_five_names_get_their_class(extractor, text, name, cls):
    assert entity_classes(extractor, text).get(name) == cls


@pytest.mark.parametrize("text, labels", [
    # a title-case headline's verb is not part of the name
    ("Brightwave Optical Has Tripled. Its Cloud Customers Still Want More.\n\nBrightwave Optical ships transceivers "
     "to Meta.", {"Brightwave Optical", "Meta"}),
    # "Series B." ends a sentence; it is not a person's initial
    ("Lodestar Robotics makes warehouse robots\n\nCloser to home is Lodestar Robotics, a maker of warehouse robots. "
     "Kessinger Capital led its $220 million Series B. Lodestar's robots use gears sourced from Harmonic Drive Systems.",
     {"Lodestar Robotics", "Kessinger Capital", "Harmonic Drive Systems"}),
    # a firm named in full before keeps the first word the NER clipped later
    ("Pwani Link lands in Mombasa\n\nSafaricom, Airtel Kenya and Liquid Intelligent Technologies hold stakes in Pwani "
     "Link. Liquid Intelligent Technologies is part of Cassava Technologies, the group founded by Zimbabwean "
     "businessman Strive Masiyiwa.",
     {"Mombasa", "Safaricom", "Airtel Kenya", "Liquid Intelligent Technologies", "Pwani Link", "Cassava Technologies",
      "Strive Masiyiwa"}),
    # ... also when "B." is the paragraph's only inner full stop
    ("Lodestar Robotics makes robots\n\nKessinger Capital led its $220 million Series B. Lodestar's robots use gears "
     "sourced from Harmonic Drive Systems.", {"Lodestar Robotics", "Kessinger Capital", "Harmonic Drive Systems"}),
])
def test_round_twenty_five_article_entities(extractor, text, labels):
    from aigraph.ingest import make_article

    ((_, _, entities),) = list(extractor.extract([make_article(text)]))
    assert {e.label for e in entities} == labels


@pytest.mark.parametrize("text, expected", [
    # being asked, urged or approached to do something is no doing of it
    ("Randall Kessinger was asked to invest in xAI.", [("Randall Kessinger", "investsIn", "xAI", "planned")]),
    ("Randall Kessinger has been urged to invest in xAI.", [("Randall Kessinger", "investsIn", "xAI", "planned")]),
    ("Randall Kessinger invested in xAI.", [("Randall Kessinger", "investsIn", "xAI", "asserted")]),
    # (only the verbs: "its approach" hedges nothing)
    ("Kestrel Labs designs chips. Its approach, which relies on TSMC for packaging, has won fans.",
     [("TSMC", "supplies", "Kestrel Labs", "asserted")]),
])
def test_round_twenty_five_modalities(extractor, text, expected):
    assert [(f.subject.label, f.relation, f.object.label, f.modality) for f in fact_list(extractor, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a product named after "system" or "drone" in capitals; the owner of the product noun develops it
    ("The market was quiet on Monday. Orkan Savunma has shipped the first units of its AI-based target tracking "
     "system SAHIN to the army.", {("Orkan Savunma", "develops", "SAHIN")}),
    # a subject description is not the maker of goods named in passing in its sentence
    ("Orkan Savunma builds drones. The SAHIN units run on Nvidia Jetson modules, and the company buys chips from AMD.",
     {("AMD", "supplies", "Orkan Savunma")}),
    # (but goods a relative clause describes are the description's: "equipment that the Chinese company had shipped")
    ("The audit found that the ministry paid Adinkra a margin on Huawei equipment that the Chinese company had "
     "shipped directly to Kiboko Data.", {("Huawei", "supplies", "Kiboko Data"), ("Huawei", "headquarteredIn", "China")}),
    # a description set before the sentence's subject
    ("A subsidiary of Ankara-based Kaya Holding, Orkan Savunma makes radars.",
     {("Orkan Savunma", "subsidiaryOf", "Kaya Holding"), ("Kaya Holding", "headquarteredIn", "Ankara")}),
    ("A longtime customer of TSMC, Apple said it would buy more wafers.", {("TSMC", "supplies", "Apple")}),
    # the capital a description names is the city, not the country's government
    ("Orkan Savunma is headquartered in the Turkish capital, Ankara.", {("Orkan Savunma", "headquarteredIn", "Ankara")}),
    ("Kilima Cloud is based in the Kenyan capital Nairobi.", {("Kilima Cloud", "headquarteredIn", "Nairobi")}),
    # who uses the software a firm provides is not said
    ("Veri Etiket, an Istanbul startup, provides the labelling software used to train SAHIN.",
     {("Veri Etiket", "headquarteredIn", "Istanbul")}),
    # a given name the NER cut off after a title
    ("Speaking at the ceremony, Orkan Savunma general manager Mehmet Ali Ozturk said the system was ready.",
     {("Mehmet Ali Ozturk", "leaderOf", "Orkan Savunma")}),
    ("Orkan Savunma Chief Executive Officer Haluk Bayraktar said the drone was ready.",
     {("Haluk Bayraktar", "leaderOf", "Orkan Savunma")}),
    # a known firm's first word alone is that firm ("Research" ends no unit's name here)
    ("Suppliers such as Lam Research need a licence. Lam sells etch tools to SMIC.",
     {("Lam Research", "supplies", "SMIC")}),
    # a name the NER missed before a description set off by commas; a seller of electricity
    ("Framatome, EDF's nuclear engineering subsidiary, provides fuel design services.",
     {("Framatome", "subsidiaryOf", "EDF")}),
    ("TotalEnergies, for its part, sells electricity from its gas-fired plants to Kestrel Labs.",
     {("TotalEnergies", "supplies", "Kestrel Labs")}),
    ("Worse, the company, a small chipmaker, said nothing.", set()),
    # a short name in the owner's place of the firm just named is the owner, not the firm
    ("Vinci Construction, a subsidiary of Vinci, has won a deal to build two data halls.",
     {("Vinci Construction", "subsidiaryOf", "Vinci")}),
    ("Maplestone AI bought Cerro Datos. Cerro Datos, now a unit of Maplestone, sells servers.",
     {("Maplestone AI", "acquires", "Cerro Datos"), ("Cerro Datos", "subsidiaryOf", "Maplestone AI")}),
    # a town and the region in brackets after it (the French way), whatever the NER made of them
    ("Data4 will take 600 megawatts for its campus in Nozay (Essonne).", {("Nozay", "locatedIn", "Essonne")}),
    ("Schneider Electric, the group based in Rueil-Malmaison (Hauts-de-Seine), makes switchgear.",
     {("Schneider Electric", "headquarteredIn", "Rueil-Malmaison"), ("Rueil-Malmaison", "locatedIn", "Hauts-de-Seine")}),
    ("Kestrel Labs opened an office in Brussels (EU) last year.", set()),
    # in a deal for electricity, hyperscalers and data-centre operators buy
    ("The French electricity group Rhone Energie said that it had signed nuclear power supply contracts with two "
     "operators of data centres, Nozay Compute and Orbital Cloud.",
     {("Rhone Energie", "headquarteredIn", "France"), ("Rhone Energie", "supplies", "Nozay Compute"),
      ("Rhone Energie", "supplies", "Orbital Cloud")}),
    ("Rhone Energie has signed wind power purchase agreements with Amazon Web Services and Meta.",
     {("Rhone Energie", "supplies", "Amazon Web Services"), ("Rhone Energie", "supplies", "Meta")}),
    ("Microsoft signed a power purchase agreement with Brookfield Renewable.",
     {("Brookfield Renewable", "supplies", "Microsoft")}),
    ("Humain signed a chip supply agreement with AMD.", {("AMD", "supplies", "Humain")}),
    # a recipient the parser made the object, before goods owned by "its"
    ("Lasertec, based in Yokohama, sells Rapidus its mask-inspection tools.",
     {("Lasertec", "headquarteredIn", "Yokohama"), ("Lasertec", "supplies", "Rapidus")}),
    # a list between dashes, then the verb
    ("Three companies -- Toyota Motor, NTT and Kioxia -- invested in Rapidus when it was founded.",
     {("Toyota Motor", "investsIn", "Rapidus"), ("NTT", "investsIn", "Rapidus"), ("Kioxia", "investsIn", "Rapidus")}),
    # a gapped second maker of goods
    ("Rapidus makes chips in Chitose. Its silicon wafers come from Shin-Etsu Chemical, and photoresists from "
     "Tokuyama Corp.",
     {("Shin-Etsu Chemical", "supplies", "Rapidus"), ("Tokuyama", "supplies", "Rapidus")}),
    # a subject pronoun with no subject to go by: not a name that only modifies the subject
    ("The list names Meridian Arc Technologies, a reseller in Kuala Lumpur. Customs records show it bought Super "
     "Micro Computer servers last year.",
     {("Meridian Arc Technologies", "headquarteredIn", "Kuala Lumpur"),
      ("Super Micro Computer", "supplies", "Meridian Arc Technologies")}),
    # a relative clause the parser hung on the place inside a firm's description
    ("The list names SiCarrier, the Shenzhen toolmaker that supplies Huawei's chip plants.",
     {("SiCarrier", "headquarteredIn", "Shenzhen"), ("SiCarrier", "supplies", "Huawei")}),
    # of two subjects the parser gave one verb across ", and", the nearer is its own
    ("Schneider Electric supplies switchgear and uninterruptible power systems for NextDC's new halls, and Vertiv "
     "has a contract to deliver liquid-cooling units to AirTrunk's Derrimut site.",
     {("Vertiv", "supplies", "AirTrunk"), ("Schneider Electric", "supplies", "NextDC")}),
    # a supplier to a firm's sites supplies the firm
    ("Origin Energy is a supplier to CDC's Canberra campuses under a contract signed in 2023.",
     {("Origin Energy", "supplies", "CDC")}),
    # a name ended by its institution word, "and", then a one-word name: two names
    ("Kurrajong Compute is backed by the Future Fund and Southbank.",
     {("Future Fund", "investsIn", "Kurrajong Compute"), ("Southbank", "investsIn", "Kurrajong Compute")}),
    # a short name the description gives a firm ("known as")
    ("BE Semiconductor Industries, the Dutch group known as Besi, makes bonders. Besi's chief executive Richard "
     "Blickman said orders will come.",
     {("BE Semiconductor Industries", "headquarteredIn", "Netherlands"),
      ("Richard Blickman", "leaderOf", "BE Semiconductor Industries")}),
    # an opening "the company" is the subject named before, not the parent its description names
    ("The market was quiet on Monday. The US Commerce Department added Halden Holdings to its Entity List in 2023. "
     "Halden Servers, the listed subsidiary of Halden Holdings, was one of Nvidia's largest customers. The company "
     "bought most of its GPUs from Nvidia.",
     {("U.S. Department of Commerce", "sanctions", "Halden"), ("Halden Servers", "subsidiaryOf", "Halden"),
      ("Nvidia", "supplies", "Halden Servers")}),
    # a new name after "at" and before "in" a region is a town
    ("The Union Cabinet approved support for a plant to be built by Vardhan Semiconductors at Dholera in Gujarat.",
     {("Dholera", "locatedIn", "Gujarat")}),
    # "The company" before a verb the tagger read as a plural noun
    ("Vardhan Semiconductors has placed equipment orders. The company sources substrates from Austria's AT&S, which "
     "is also a supplier to AMD.",
     {("AT&S", "headquarteredIn", "Austria"), ("AT&S", "supplies", "Vardhan Semiconductors"), ("AT&S", "supplies", "AMD")}),
    # the owner's slot past the owner's description
    ("Linde India, a listed subsidiary of industrial gases group Linde, has a contract to deliver nitrogen.",
     {("Linde India", "subsidiaryOf", "Linde")}),
    # acting as a vendor; a firm that counts clients, whatever the NER said; a relative after a
    # description's owner is the firm described (unless the clause calls the firm "it")
    ("Marvell is Microsoft's design partner for the chip and also acts as a vendor to Microsoft for the parts.",
     {("Marvell Technology", "partnersWith", "Microsoft"), ("Marvell Technology", "supplies", "Microsoft")}),
    ("Test equipment on both lines comes from Advantest, which counts Amkor and Siliconware as clients.",
     {("Advantest", "supplies", "Amkor"), ("Advantest", "supplies", "Siliconware")}),
    ("Unimicron Technology is a substrate maker based in Taoyuan, which counts AMD among its customers.",
     {("Unimicron Technology", "headquarteredIn", "Taoyuan"), ("Unimicron Technology", "supplies", "AMD")}),
    ("Finished accelerators go to Wiwynn, the server maker controlled by Wistron, which builds racks for Microsoft.",
     {("Wiwynn", "subsidiaryOf", "Wistron"), ("Wiwynn", "supplies", "Microsoft")}),
    ("Wiwynn, the server maker controlled by Wistron, which owns roughly 38% of it, ships racks to Meta.",
     {("Wiwynn", "subsidiaryOf", "Wistron"), ("Wistron", "investsIn", "Wiwynn")}),
    # a contract with a firm to deliver goods to no one named: that firm delivers to the signer
    ("Microsoft has signed a two-year contract with SK Hynix to deliver HBM3E for the chip.",
     {("SK Hynix", "supplies", "Microsoft")}),
    # a description's town, then its state ("a Calgary, Alberta provider")
    ("The company rents its GPUs from Denvr Dataworks, a Calgary, Alberta provider of cloud capacity.",
     {("Denvr Dataworks", "headquarteredIn", "Calgary"), ("Calgary", "locatedIn", "Alberta")}),
    # a bare "Commission" after two commissions: the one the gazetteer knows
    ("The AI Office is a European Commission unit. Ireland's Data Protection Commission oversees Meta. Rue Belliard "
     "Partners is run by Kasper Lund, a former Commission official.",
     {("European AI Office", "subsidiaryOf", "European Commission"), ("Data Protection Commission", "regulates", "Meta"),
      ("Kasper Lund", "leaderOf", "Rue Belliard Partners"), ("Kasper Lund", "employedBy", "European Commission")}),
    # Brussels shapes: members hung on a later verb; "the owner of" a firm is its parent (and the
    # owned a firm); a name set off after a regulator's description is a public body
    ("Google and Meta are both members of DigitalEurope, the trade group whose director general, Cecilia "
     "Bonefeld-Dahl, has called for a pause.",
     {("Google", "memberOf", "DigitalEurope"), ("Meta", "memberOf", "DigitalEurope")}),
    ("Aleph Alpha, which was taken over this year by the Schwarz Group, the owner of Lidl, did not respond.",
     {("Schwarz", "acquires", "Aleph Alpha"), ("Lidl", "subsidiaryOf", "Schwarz")}),
    ("The Dutch data protection authority, the Autoriteit Persoonsgegevens, has fined Clearview AI.",
     {("Autoriteit Persoonsgegevens", "regulates", "Clearview AI")}),
    # a packaging or foundry contract with a firm buys from it
    ("Taiga Silicon also has a smaller packaging contract with Amkor Technology for boards assembled in Arizona.",
     {("Amkor Technology", "supplies", "Taiga Silicon")}),
    # a second "in" made a conjunct of the verb; a relative after "the Qatari capital, Doha,"; computing got from a firm
    ("Mubadala itself holds stakes in GlobalFoundries, the New York-based contract chipmaker, and in Anthropic.",
     {("GlobalFoundries", "headquarteredIn", "New York City"), ("Mubadala", "investsIn", "GlobalFoundries"),
      ("Mubadala", "investsIn", "Anthropic")}),
    ("The Qatar Investment Authority holds a minority stake in Lusail Neural, a startup based in the Qatari capital, "
     "Doha, that builds Arabic speech models and gets its computing from Oracle.",
     {("Lusail Neural", "headquarteredIn", "Doha"), ("Qatar Investment Authority", "investsIn", "Lusail Neural"),
      ("Oracle", "supplies", "Lusail Neural")}),
    # a one-word buyer of goods is a firm; a subcontractor to a firm supplies it
    ("Tugra Elektronik makes sensors. It supplies electro-optical pods to Baykar for the Akinci drone and is a "
     "subcontractor to Turkish Aerospace on a trainer's mission computer.",
     {("Tugra Elektronik", "supplies", "Baykar"), ("Tugra Elektronik", "supplies", "Turkish Aerospace")}),
    # the owner named by "subsidiary of" is a firm, whatever the NER said
    ("Bpifrance holds shares in Fluidstack France, the local subsidiary of Fluidstack.",
     {("Bpifrance", "investsIn", "Fluidstack France"), ("Fluidstack France", "subsidiaryOf", "Fluidstack")}),
    # made by an agent under another side's contract or order
    ("The cable was manufactured and laid by Alcatel Submarine Networks under a contract with Pwani Link Ltd.",
     {("Alcatel Submarine Networks", "supplies", "Pwani Link")}),
    ("The servers were assembled by Foxconn under an order from Hokuto Compute.",
     {("Foxconn", "supplies", "Hokuto Compute")}),
    # a supplier of the article's firm, in a passage about its suppliers: a demonym's adjective names no customer
    ("Tienyu Computer bets on Thailand\n\nTienyu Computer, a Taiwanese server maker, is building a plant in Chonburi. "
     "Tienyu Computer said orders are strong. To meet those targets, Tienyu Computer is building a local supplier base. "
     "KCE Electronics, a Bangkok-based circuit board maker, supplies motherboards for the Thai line.",
     {("Tienyu Computer", "headquarteredIn", "Taiwan"), ("KCE Electronics", "headquarteredIn", "Bangkok"),
      ("KCE Electronics", "supplies", "Tienyu Computer")}),
    # from the round's review: narrower rules
    ("Turkey ordered more of the drones Baykar builds.", set()),
    ("Ericsson signed a contract with Vodafone to deliver 5G radio equipment.", {("Ericsson", "supplies", "Vodafone")}),
    ("Humain has signed a $10bn contract with AMD to deliver accelerators over five years.",
     {("AMD", "supplies", "Humain")}),
    ("Samsung Electronics signed a $16.5 billion foundry contract with Tesla.",
     {("Samsung Electronics", "partnersWith", "Tesla")}),
    ("Lumen Photonics, which sells a chip known as Photon, raised $50 million. Photon ships next year.", set()),
    ("Index Ventures holds a stake in Kestrel Labs (Germany).",
     {("Index Ventures", "investsIn", "Kestrel Labs"), ("Kestrel Labs", "headquarteredIn", "Germany")}),
    ("Kestrel Labs makes the chips used by Meta to train Llama.", {("Meta", "develops", "Llama")}),
])
def test_extract_shapes_of_round_twenty_six_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # where a firm is ("X of Town") is presupposed, not planned with the clause's "will"
    ("The ministry said that Tundra Neural of Edmonton, Alberta, will get $31-million.",
     [("Tundra Neural", "headquarteredIn", "Edmonton", "asserted"), ("Edmonton", "locatedIn", "Alberta", "asserted")]),
])
def test_round_twenty_six_modalities(extractor, text, expected):
    assert sorted((f.subject.label, f.relation, f.object.label, f.modality) for f in fact_list(extractor, text)) \
        == sorted(expected)


@pytest.mark.parametrize("text, name, cls", [
    # from the round's review: a person's role after a comma is no firm's description; a place
    # rule does not turn a workplace into a town
    ("Randall Kessinger, Kestrel Labs' biggest investor, said the round was closed.", "Randall Kessinger", "Person"),
    ("She previously worked at Kestrel Labs in Bavaria.", "Kestrel Labs", "Company"),
    ("Index Ventures holds a stake in Kestrel Labs (Germany).", "Kestrel Labs", "Company"),
    ("Lumen Photonics, which sells a chip known as Photon, raised $50 million. Photon ships next year.",
     "Lumen Photonics", "Company"),
])
def test_round_twenty_six_names_get_their_class(extractor, text, name, cls):
    assert entity_classes(extractor, text).get(name) == cls


def test_round_twenty_six_sold_unit_is_no_buyer(extractor):
    # "sold Altera, its unit, to Silver Lake": the unit is not the recipient of a sale
    assert ("Intel", "supplies", "Altera") not in facts(extractor, "Intel sold Altera, its programmable-chip unit, to "
                                                                   "Silver Lake.")


# Round twenty-seven: shapes from dev 369-380 and the misses they showed across dev.
@pytest.mark.parametrize("text, expected", [
    # a description that refers back says where its referent is from, once its modifiers are skipped
    ("Hanbit Memory Co. raised prices. The South Korean memory maker already ships most of its output to Nvidia.",
     {("Hanbit Memory", "headquarteredIn", "South Korea"), ("Hanbit Memory", "supplies", "Nvidia")}),
    ("Sumitomo Corporation acquired a stake in Godavari Electronics, in what the Japanese trading company described "
     "as a long-term investment.",
     {("Sumitomo", "headquarteredIn", "Japan"), ("Sumitomo", "investsIn", "Godavari Electronics")}),
    # ... but not a place glued into a longer modifier, nor one before the name it introduces
    ("Nvidia supplies Yotta Data Services. Nvidia supplies the Mumbai-area operator with H100 systems.",
     {("Nvidia", "supplies", "Yotta Data Services"), ("Nvidia", "develops", "H100")}),
    ("Tulpar Intelligence raised $40 million. The Silk Road Fund and the Istanbul venture firm 212 also took part.",
     {("Silk Road Fund", "investsIn", "Tulpar Intelligence")}),
    # ... nor a country at odds with where the article already put the referent (a wrong antecedent)
    ("Orbis Calcul, the Paris-based operator of data centres, raised money on Tuesday. Nvidia, already a supplier "
     "of the group, also put money into the round, a first for the American chip designer.",
     {("Orbis Calcul", "headquarteredIn", "Paris"), ("Nvidia", "supplies", "Orbis Calcul")}),
    # goods nobody is named to own, sourced or assembled: the firm the article is about buys them
    ("Corvid Silicon unveils a board\n\nCorvid Silicon has taken the wraps off the Raven X2. Corvid Silicon said "
     "demand is strong. Corvid Silicon will ship it in spring. The ABF package substrates are sourced from Japan's "
     "Ibiden, and the finished boards are assembled by Wistron.",
     {("Ibiden", "supplies", "Corvid Silicon"), ("Ibiden", "headquarteredIn", "Japan"),
      ("Wistron", "supplies", "Corvid Silicon")}),
    # ... but the owner when a name owns them
    ("Corvid Silicon unveils a board\n\nCorvid Silicon has taken the wraps off the Raven X2. Corvid Silicon said "
     "demand is strong. Corvid Silicon will ship it in spring. Nvidia's boards are assembled by Wistron.",
     {("Wistron", "supplies", "Nvidia")}),
    # a percentage of a firm sold to buyers is a stake they take; of a unit, no sale of goods
    ("TIM has sold 49 per cent of Polaris Data Center, the company into which the telecom group has moved its AI "
     "data centres, to a consortium of CDP Equity, the French fund Ardian and F2i, for 1.35 billion euros.",
     {("CDP Equity", "investsIn", "Polaris Data Center"), ("Ardian", "investsIn", "Polaris Data Center"),
      ("F2i", "investsIn", "Polaris Data Center"), ("Ardian", "headquarteredIn", "France")}),
    ("Kestrel Group sold 20% of Lumo Cloud to Temasek last year.", {("Temasek", "investsIn", "Lumo Cloud")}),
    ("Kestrel Group sold 20 percent of its chips to Lumo Cloud.", {("Kestrel", "supplies", "Lumo Cloud")}),
    ("Kestrel Group sells 49% of its AI data-centre unit to CDP Equity, Ardian and F2i.", set()),
    # whatever a firm orders from a firm it buys from it, unless an act or papers
    ("Kestrel Labs has ordered gas-fired generating sets from Siemens Energy for its next phase.",
     {("Siemens Energy", "supplies", "Kestrel Labs")}),
    ("Meta ordered the removal of the app from Kestrel Labs.", set()),
    ("Kestrel Labs ordered records from Meta.", set()),
    # who holds or won a contract to deliver goods supplies whom they go to
    ("Schneider Electric holds a contract to deliver switchgear and cooling units to both Equinix and CoreWeave.",
     {("Schneider Electric", "supplies", "Equinix"), ("Schneider Electric", "supplies", "CoreWeave")}),
    ("Schneider Electric holds a contract to deliver switchgear.", set()),
    # an all-capitals name the tagger read as a common noun is a firm when a description says so
    ("Micron buys bonders from ASMPT, the Singapore-headquartered equipment maker.",
     {("ASMPT", "supplies", "Micron"), ("ASMPT", "headquarteredIn", "Singapore")}),
    # a firm reporting an order or a customer with no seller named is the seller
    ("Rapidus shows 2nm wafers\n\nRapidus showed prototype wafers on the 18th. Rapidus expects volume production in "
     "2027. Rapidus said on the 18th that Preferred Networks has placed an order for wafers for its next processor, "
     "and that Tenstorrent is a customer for an AI chip due in 2027.",
     {("Rapidus", "supplies", "Preferred Networks"), ("Rapidus", "supplies", "Tenstorrent")}),
    ("Kestrel Labs said Lumo Cloud is a customer of Nvidia.", {("Nvidia", "supplies", "Lumo Cloud")}),
    ("The ministry said Lumo Cloud had placed an order for 500 servers.", set()),
    ("Kestrel Labs said Lumo Cloud is not a customer.", set()),
    # a list whose first name nobody recognised still names the rest
    ("The Personal Data Protection Committee (PDPC), which supervises True IDC and Siam AI, ordered operators to "
     "report breaches.", {("Personal Data Protection Committee", "regulates", "Siam AI")}),
    # "in which X are investors": the relative on the copula stands for whose investors they are
    ("Kestrel Labs, in which Sony and Toyota Motor are minority investors, makes chips.",
     {("Sony", "investsIn", "Kestrel Labs"), ("Toyota Motor", "investsIn", "Kestrel Labs")}),
    # ties cut or a partnership ended make no partners
    ("OFAC removed Silverline Components, a Hong Kong distributor, from the SDN list on August 12, after the firm "
     "documented that it had cut all ties with Sever Electronics.",
     {("Silverline Components", "headquarteredIn", "Hong Kong")}),
    ("Kestrel Labs has ended its partnership with Lumo Cloud.", set()),
    # a use nobody is said to make (a gerund subject) makes no customer
    ("The US Commerce Department has warned that using Ascend chips anywhere in the world may violate US export "
     "controls.", set()),
    # a second description coordinated with the first describes the same name
    ("Aselsan, the country's biggest defence electronics maker and a subsidiary of Kestrel Holding, competes with "
     "Tugra in almost every tender.",
     {("Aselsan", "competesWith", "Tugra"), ("Aselsan", "subsidiaryOf", "Kestrel Holding")}),
    # a state suspending exports to another restricts its trade; a firm suspending shipments does not sanction
    ("Canada suspended exports of drone optics to Turkey in 2020.", {("Canada", "sanctions", "Turkey")}),
    ("Kestrel Labs suspended shipments of its chips to Lumo Cloud.", set()),
    # from the round's review: narrower rules
    ("Bloomberg reported that Microsoft has placed an order for 100,000 Blackwell chips.",
     {("Nvidia", "supplies", "Microsoft")}),
    ("TrendForce said ByteDance is a major Nvidia customer.", {("Nvidia", "supplies", "ByteDance")}),
    ("TSMC posts record profit\n\nTSMC said profit rose. TSMC expects demand to grow. TSMC will expand. Nvidia chips "
     "are manufactured by TSMC in Taiwan.", {("TSMC", "supplies", "Nvidia")}),
    ("Quanta reports sales\n\nQuanta said sales rose. Quanta expects growth. Quanta will expand. Meta servers are "
     "sourced from Quanta.", {("Quanta", "supplies", "Meta")}),
    ("Schneider Electric holds a contract to deliver switchgear to Equinix, according to Bloomberg.",
     {("Schneider Electric", "supplies", "Equinix")}),
    ("Kestrel Labs sold 20 percent of its units to Lumo Cloud.", {("Kestrel Labs", "supplies", "Lumo Cloud")}),
    ("Kestrel Labs said its partnership with Lumo Cloud was terminated.", set()),
    ("Its investors included Kestrel Labs, a chip designer, and a subsidiary of Lumo Holdings.", set()),
    # a title-case headline's goods or deal named after a firm is no unit of it
    ("A Denver Cloud Upstart Bets Billions on Nvidia Chips\n\nNvidia sells chips to Tallgrass Cloud.",
     {("Nvidia", "supplies", "Tallgrass Cloud")}),
])
def test_extract_shapes_of_round_twenty_seven_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize("text, name, cls", [
    # an officer's relative clause the parser hangs on the firm of the title keeps the firm a firm
    ("Park Ji-hoon, chief executive of Kestrel NeuroSilicon, who also heads Hanwha Aerospace, pushed the business.",
     "Kestrel NeuroSilicon", "Company"),
    # industry and accounting acronyms are no names, whatever follows them
    ("The plant is an OSAT, the industry's term for an assembly and test subcontractor, said Vardhan Semiconductors.",
     "OSAT", None),
    ("Upside factors: data-centre EBITDA above 40% of group EBITDA, the agency's preferred measure, and successful "
     "integration of Beodata.", "EBITDA", None),
    # who backs or funds a firm is a firm, whatever the NER took the one new word for
    ("Lindwurm is backed by Lakestar.", "Lakestar", "Company"),
    # from the round's review: capitals that modify a noun or name an officer are no firms; a person
    # who backs a firm stays a person
    ("The IPO shares priced at the top of the range, the group said.", "IPO", None),
    ("The group CFO said margins rose.", "CFO", None),
    ("The node will be run by the Cuban telecommunications company ETECSA.", "ETECSA", "Company"),
    ("The start-up is backed by Kessinger, a former Google executive.", "Kessinger", "Person"),
])
def test_round_twenty_seven_names_get_their_class(extractor, text, name, cls):
    assert entity_classes(extractor, text).get(name) == cls


@pytest.mark.parametrize("text, expected", [
    # a supplier's plain future is a deal struck; any other hedge, a condition or "no contract" keeps it planned
    ("Lasertec will supply mask inspection tools to Kestrel Semiconductor.",
     [("Lasertec", "supplies", "Kestrel Semiconductor", "asserted")]),
    ("Lasertec could supply mask inspection tools to Kestrel Semiconductor.",
     [("Lasertec", "supplies", "Kestrel Semiconductor", "planned")]),
    ("If talks succeed, Lasertec will supply tools to Kestrel Semiconductor.",
     [("Lasertec", "supplies", "Kestrel Semiconductor", "planned")]),
    ("Kestrel Cloud has said it will rent TPUs to outside customers including Anthropic, though no contract has been "
     "announced.", [("Kestrel Cloud", "supplies", "Anthropic", "planned")]),
    # a description set off after a name is presupposed, whatever the clause hedges
    ("Singtel is said to be exploring the sale of a minority stake in Nxera, its data-centre arm, with KKR among the "
     "interested parties.", [("Nxera", "subsidiaryOf", "Singtel", "asserted")]),
    # ... but not a hedged description, nor hearsay
    ("Meta may buy Lumo Cloud, a potential rival to Google.",
     [("Meta", "acquires", "Lumo Cloud", "planned"), ("Google", "competesWith", "Lumo Cloud", "planned")]),
    ("Huawei will supply Ascend chips to ByteDance, according to people familiar with the matter.",
     [("Huawei", "develops", "Ascend", "asserted"), ("Huawei", "supplies", "ByteDance", "planned")]),
])
def test_round_twenty_seven_modalities(extractor, text, expected):
    assert sorted((f.subject.label, f.relation, f.object.label, f.modality) for f in fact_list(extractor, text)) \
        == sorted(expected)


#: An article about one firm (named most, the headline's subject) for rows that need its focus.
_KUANYIN = ("Kuanyin Systems posts record profit as AI rack shipments double\n\nKuanyin Systems, a server maker "
            "based in Taoyuan, reported a record net profit. Kuanyin ships racks to Microsoft. ")
_KUANYIN_FACTS = {("Kuanyin Systems", "headquarteredIn", "Taoyuan"), ("Kuanyin Systems", "supplies", "Microsoft")}


@pytest.mark.parametrize("text, expected", [
    # a family name once written as a group ("Kestrel Group") is the group, not a unit named first
    ("Kestrel's AI chip unit wins Polish orders\n\nKestrel NeuroSilicon, the AI chip subsidiary of Kestrel Aerospace, "
     "signed supply deals. Kim Min-su, vice chairman of Kestrel Group, pushed the business.",
     {("Kestrel NeuroSilicon", "subsidiaryOf", "Kestrel Aerospace"), ("Kim Min-su", "employedBy", "Kestrel")}),
    # a market story's words around a name are no part of it: "AI Stock X" in a headline, the subhead "X Stock"
    ("AI Stock Corvane Networks Nears Buy Point\n\nCorvane Networks sells switches to Meta Platforms.\n\n"
     "Corvane Networks Stock\n\nCorvane sells optics to Oracle.",
     {("Corvane Networks", "supplies", "Meta"), ("Corvane Networks", "supplies", "Oracle")}),
    # ... but a "Stock Exchange" keeps its name
    ("Kestrel Semiconductor listed on the Hong Kong Stock Exchange in May.", set()),
    # the name before a ticker is a listed company's, whatever the NER took it for
    ("For optics, Corvane Networks sources transceivers from Coherent (COHR). Lasers for its in-house modules come "
     "from Lumentum (LITE).",
     {("Coherent", "supplies", "Corvane Networks"), ("Lumentum", "supplies", "Corvane Networks")}),
    # a bare name the NER finds only after a unit's ("Tembaga Test Services") is the firm named first
    ("Tembaga opens packaging line in Penang\n\nPENANG -- Tembaga Semiconductor has started volume production at "
     "Bayan Lepas. The line was built by Tembaga Test Services, a unit. Tembaga said AMD was its first customer, and "
     "Khazanah Nasional invested in Tembaga last year.",
     {("Khazanah Nasional", "investsIn", "Tembaga Semiconductor"), ("Tembaga Semiconductor", "supplies", "AMD"),
      ("Tembaga Test Services", "subsidiaryOf", "Tembaga Semiconductor")}),
    # goods that point back ("the power shelves", "boards for the racks") with no buyer named are for
    # the article's firm; goods with no article ("power shelves") describe a business, and goods a
    # named firm uses are for it
    (_KUANYIN + "Delta Electronics provides the power shelves. Printed circuit boards for the racks come mainly "
     "from Gold Circuit Electronics.",
     _KUANYIN_FACTS | {("Delta Electronics", "supplies", "Kuanyin Systems"),
                       ("Gold Circuit Electronics", "supplies", "Kuanyin Systems")}),
    (_KUANYIN + "Delta Electronics provides power shelves. Huawei supplies the chips that Baidu uses.",
     _KUANYIN_FACTS | {("Huawei", "supplies", "Baidu")}),
    # a headline's short name is the body's full name, even when the rest is a unit word ("Cloud")
    ("Telefonica sells 40% of its AI cloud unit Atalaya to KKR\n\nMADRID. Telefonica has closed the sale of a 40% "
     "stake in Atalaya Cloud to KKR. Atalaya buys its GPUs from Nvidia.",
     {("Atalaya Cloud", "subsidiaryOf", "Telefonica"), ("Nvidia", "supplies", "Atalaya Cloud"),
      ("KKR", "investsIn", "Atalaya Cloud")}),
    # unowned goods in a paragraph that opens on a firm are that firm's; a headline's stake "in" a
    # firm the parser hangs on the verb is still the firm's
    ("Telefonica sells stake in Atalaya Cloud to KKR\n\nMADRID. Telefonica has closed the sale of a stake in Atalaya "
     "Cloud. Telefonica said the deal values the unit at EUR4.7 billion, and Telefonica will keep control.\n\n"
     "Atalaya Cloud operates about 9,000 graphics processors in Alcobendas. The servers come from Dell Technologies.",
     {("KKR", "investsIn", "Atalaya Cloud"), ("Telefonica", "investsIn", "Atalaya Cloud"),
      ("Dell Technologies", "supplies", "Atalaya Cloud")}),
    # "the sale of a stake in X to Y and to Z": the buyers invest in X
    ("Telefonica has closed the sale of a 40% stake in Atalaya Cloud to the fund KKR and to Pontegadea, the investment "
     "vehicle of Amancio Ortega, for EUR1.9 billion.",
     {("KKR", "investsIn", "Atalaya Cloud"), ("Pontegadea", "investsIn", "Atalaya Cloud")}),
    # the clients a firm counts by name are businesses, whatever the NER took them for
    ("Atalaya Cloud counts Banco Santander and Repsol among its clients.",
     {("Atalaya Cloud", "supplies", "Banco Santander"), ("Atalaya Cloud", "supplies", "Repsol")}),
    # a unit said to be owned by no one named is the firm whose name begins its own, named before it
    # (a parent's rest is company words; not a sister unit's)
    ("Kyoto-based Screen Holdings makes wafer-cleaning equipment. Its Chinese sales are handled by Screen "
     "Semiconductor Solutions, a wholly owned subsidiary.",
     {("Screen", "headquarteredIn", "Kyoto"), ("Screen Semiconductor Solutions", "subsidiaryOf", "Screen")}),
    ("Tienyu Computer makes servers. Tienyu Thailand, a wholly owned unit, runs the plant in Chonburi.",
     {("Tienyu Thailand", "subsidiaryOf", "Tienyu Computer")}),
    ("Kestrel Systems makes radars. Kestrel Vision, a subsidiary, makes cameras.", set()),
    # "the round also included X and Y"; "also took part, alongside X"
    ("Halcyra Labs raised EUR140m in a Series B round led by Lightspeed Venture Partners. The round also included "
     "General Catalyst and Bpifrance.",
     {("Lightspeed Venture Partners", "investsIn", "Halcyra Labs"), ("General Catalyst", "investsIn", "Halcyra Labs"),
      ("Bpifrance", "investsIn", "Halcyra Labs")}),
    ("Halcyra Labs raised EUR140m in a Series B round led by Lightspeed Venture Partners. Kestrel Ventures also took "
     "part, alongside Indico Capital Partners.",
     {("Lightspeed Venture Partners", "investsIn", "Halcyra Labs"), ("Kestrel Ventures", "investsIn", "Halcyra Labs"),
      ("Indico Capital Partners", "investsIn", "Halcyra Labs")}),
    # a list of holders the parser breaks up at each share: every firm named, not an owner's owner
    ("Telefonica's main shareholders are the state holding company SEPI, with 10%, Kestrel Capital, with 9.97%, "
     "CriteriaCaixa, the investment holding of Fundacion La Caixa, with 9.99%, and BBVA, with just under 5%.",
     {("SEPI", "investsIn", "Telefonica"), ("Kestrel Capital", "investsIn", "Telefonica"),
      ("CriteriaCaixa", "investsIn", "Telefonica"), ("BBVA", "investsIn", "Telefonica")}),
    # ... and a predicate that names the holders denies them when it is negated
    ("Telefonica's shareholders do not include Kestrel Capital.", set()),
    ("Telefonica's shareholders are not Kestrel Capital and BBVA.", set()),
    # subscribing to a firm's shares, taking part in its capital increase
    ("Kestrel Capital subscribed to new shares of Scala Data Centers worth $50 million.",
     {("Kestrel Capital", "investsIn", "Scala Data Centers")}),
    ("Scala Data Centers raised R$5.2 billion. Brazilian pension fund Previ also took part in the capital increase.",
     {("Previ", "headquarteredIn", "Brazil"), ("Previ", "investsIn", "Scala Data Centers")}),
    # a subcontractor supplies whoever subcontracts it, in either voice
    ("A Monterrey-based integrator, Sistemas Anahuac, was subcontracted by Hewlett Packard Enterprise to install the "
     "system.", {("Sistemas Anahuac", "supplies", "Hewlett Packard Enterprise")}),
    ("Hewlett Packard Enterprise subcontracted Sistemas Anahuac to install the system.",
     {("Sistemas Anahuac", "supplies", "Hewlett Packard Enterprise")}),
    # a deal won from a buyer; goods assembled at a firm's plant are made by it for their owner
    ("DataDirect Networks won a deal from Hewlett Packard Enterprise to equip the machine with a file system.",
     {("DataDirect Networks", "supplies", "Hewlett Packard Enterprise")}),
    ("Hewlett Packard Enterprise's cabinets are assembled at Jabil's plant in Guadalajara.",
     {("Jabil", "supplies", "Hewlett Packard Enterprise")}),
    # who is picked to supply supplies whoever picked it; not a model built under a state programme
    ("Galaxy Backbone, the government-owned ICT company, picked Huawei to supply the equipment for its expanded "
     "Abuja data centre in 2024.", {("Huawei", "supplies", "Galaxy Backbone")}),
    ("Lite-On Technology was picked by Kuanyin Systems to supply battery units.",
     {("Lite-On Technology", "supplies", "Kuanyin Systems")}),
    ("The Ministry of Electronics and Information Technology has selected Kestrel Labs to build a sovereign "
     "foundation model.", set()),
    # "X-built" goods are X's, supplied to whoever uses them
    ("MTN Nigeria uses Dell-built servers.", {("Dell Technologies", "supplies", "MTN Nigeria")}),
    # sites named by their owners, in a list
    ("Tenaga Nasional supplies electricity to the YTL, Bridge and AirTrunk campuses.",
     {("Tenaga Nasional", "supplies", "YTL"), ("Tenaga Nasional", "supplies", "Bridge"),
      ("Tenaga Nasional", "supplies", "AirTrunk")}),
    # subscribers to a placement invest in the firm that raised it
    # (and the NER's "Digital Bhd" after "Tebrau": no name starts with a company word)
    ("Johor Bahru-based Tebrau Digital Bhd broke ground on a campus. It raised RM1.2 billion in a private placement "
     "in which the Kuwait Investment Authority and Japan's NTT Data Group subscribed for shares.",
     {("NTT Data Group", "headquarteredIn", "Japan"), ("Kuwait Investment Authority", "investsIn", "Tebrau Digital"),
      ("NTT Data Group", "investsIn", "Tebrau Digital"), ("Tebrau Digital", "headquarteredIn", "Johor Bahru")}),
    # a trade verb read as a plural noun after a relative clause's subject
    ("The accelerators carry memory that AMD sources from Samsung Electronics.",
     {("Samsung Electronics", "supplies", "AMD")}),
    # from the round's review: a negated copula denies only a filler its predicate names; a holders'
    # list stops at an attribution; a product offering is no share issue; a deal got from a firm is
    # no sale to it; a human-rights issue is no share issue; goods shipped to unnamed buyers are not
    # the article firm's
    ("Microsoft's investment in OpenAI is not a secret.", {("Microsoft", "investsIn", "OpenAI")}),
    ("Telefonica's main shareholders are SEPI and Kestrel Capital, according to Reuters.",
     {("SEPI", "investsIn", "Telefonica"), ("Kestrel Capital", "investsIn", "Telefonica")}),
    ("Telkomsel subscribes to Microsoft's Copilot offering.", {("Microsoft", "develops", "Copilot")}),
    ("Vodafone got a better deal from Huawei.", set()),
    ("Microsoft raised the human rights issue with China.", set()),
    (_KUANYIN + "Nvidia ships the chips to customers in China.", _KUANYIN_FACTS),
    # made for a firm by another
    ("Cold plates for the liquid-cooling loops are made for Kuanyin Systems by Asia Vital Components.",
     {("Asia Vital Components", "supplies", "Kuanyin Systems")}),
])
def test_extract_shapes_of_round_twenty_eight_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize("text, name, cls", [
    # tickers mark listed companies ...
    ("Corvane Networks does not own factories. Celestica (CLS) makes most of its switches, while Jabil (JBL) "
     "builds a smaller line.", "Jabil", "Company"),
    ("Corvane Networks does not own factories. Celestica (CLS) makes most of its switches, while Jabil (JBL) "
     "builds a smaller line.", "Celestica", "Company"),
    # ... but a body's acronyms are no tickers, in whatever language they are spelled
    ("Tunisia's National Authority for the Protection of Personal Data (INPDP) opened a probe. The Customs and "
     "Indirect Taxes Administration (ADII) barred Boughaz Electronics.",
     "Customs and Indirect Taxes Administration", "GovernmentBody"),
    # a Spanish or Portuguese firm's name says so in its first word
    ("The bank's clients include Banco Santander.", "Banco Santander", "Company"),
    ("The integrator Sistemas Anahuac installed the system.", "Sistemas Anahuac", "Company"),
    ("Intel runs plants in Hillsboro (OR) and Chandler (AZ), and Kestrel Labs (KSTL) buys its chips.", "Hillsboro",
     "City"),
    # ... nor a wire agency's code after a dateline's city
    ("Toulouse (AFP) - Kestrel Labs (KSTL) and Lumo Cloud (LUMO) signed a deal.", "Toulouse", "City"),
])
def test_round_twenty_eight_names_get_their_class(extractor, text, name, cls):
    assert entity_classes(extractor, text).get(name) == cls


@pytest.mark.parametrize("text, name, cls", [
    # partners' names joined by "&" are a firm's, whoever "who" follows
    ('"It is a job export controls already do," said Daniel Okafor, a partner at law firm Whitcombe & Lyle who is '
     "not involved in the case.", "Whitcombe & Lyle", "Company"),
    ("The fund was advised by Whitcombe & Lyle.", "Whitcombe & Lyle", "Company"),
    ("bKash, the mobile money firm, buys servers from Dell.", "bKash", "Company"),
    # a firm's short name the NER took for a product's
    ("GridLine Systems sells radios. According to the legal annex, GridLine's customers include Almaz-Antey.",
     "GridLine", None),
    # ... not a common word with an "e-" in front
    ("The eCommerce boom helps server vendors.", "eCommerce", None),
    # ... nor a plural acronym or a unit
    ("CoreWeave rents 10,000 vCPUs to Kestrel Labs and sells 5,000 kWh of power.", "vCPUs", None),
    # a place written with "&" stays a place
    ("Rain fell in Jammu & Kashmir.", "Jammu and Kashmir", "Region"),
    # a glued name of places or firms is no product
    ("The Sino-US chip war deepened.", "Sino-US", None),
    ("Analysts expect a Samsung-Nvidia chip deal.", "Nvidia", "Company"),
])
def test_round_twenty_nine_names_get_their_class(extractor, text, name, cls):
    assert entity_classes(extractor, text).get(name) == cls


#: An article whose start-up's name the NER reads as a facility, a place or a person, or not at all.
_HALCYRA = ("Porto's Halcyra raises EUR60m to take on Mistral with small models\n\n"
            "Halcyra, a Porto-based startup building compact language models, has raised a EUR60m round led by "
            "Atomico.\n\nHalcyra was founded in 2022 by chief executive Rita Sequeira, a former Google researcher.\n\n"
            "Like most European model makers, Halcyra rents rather than owns its compute. It trains on Nvidia GPUs "
            "operated by Scaleway.\n\nPart of the new money will go on hardware of its own. Halcyra has ordered a "
            "first batch of inference accelerators from Eindhoven-based Axelera AI, Sequeira said.\n\nThe pitch puts "
            "Halcyra in direct competition with Mistral AI. Halcyra's bet is that governments will pay for smaller "
            "models.\n\nPortugal's data protection authority opened an inquiry into whether Halcyra scraped news "
            "sites. The AI Office also supervises Halcyra as a provider.")


@pytest.mark.parametrize("text, expected", [
    # a one-word firm known as one only after retyping is that firm wherever else it is written
    (_HALCYRA, {("Atomico", "investsIn", "Halcyra"), ("Axelera AI", "headquarteredIn", "Eindhoven"),
                ("Axelera AI", "supplies", "Halcyra"), ("European AI Office", "regulates", "Halcyra"),
                ("Halcyra", "competesWith", "Mistral AI"), ("Halcyra", "headquarteredIn", "Porto"),
                ("Nvidia", "supplies", "Halcyra"), ("Rita Sequeira", "employedBy", "Google"),
                ("Rita Sequeira", "founderOf", "Halcyra"), ("Rita Sequeira", "leaderOf", "Halcyra")}),
    # a copula's subject the parser hung on the clause before is its own, not that clause's subject
    ("Since 2023, CoreWeave has provided overflow capacity from its U.S. data centres, and Toronto-based ThinkOn is "
     "a vendor to Cormorant for encrypted storage.",
     {("ThinkOn", "headquarteredIn", "Toronto"), ("ThinkOn", "supplies", "Cormorant")}),
    # a vendor of another maker's goods to buyers supplies the buyers, not the maker; a list the parser ran
    # into the next clause gives "its" to that clause's subject
    ("Larger rival Quanta Computer Inc has also benefited. Quanta, the world's biggest contract notebook maker, has "
     "become a major vendor of Nvidia's GB300 rack systems to Amazon Web Services (AWS) and Google, and its server "
     "unit, Quanta Cloud Technology, sells to several smaller US cloud firms.",
     {("Nvidia", "develops", "GB300"), ("Quanta Cloud Technology", "subsidiaryOf", "Quanta Computer"),
      ("Quanta Computer", "supplies", "Amazon Web Services"), ("Quanta Computer", "supplies", "Google")}),
    # ... but a supplier of a named firm still supplies it
    ("Ibiden, a supplier of Nvidia, sells substrates to Intel.",
     {("Ibiden", "supplies", "Nvidia"), ("Ibiden", "supplies", "Intel")}),
    # the tagger reads a buyer's trade noun after "to" as a verb
    ("Toyo Tanso, the Osaka-based maker of isostatic graphite, supplies crucibles and heaters to wafer maker SUMCO.",
     {("Toyo Tanso", "headquarteredIn", "Osaka"), ("Toyo Tanso", "supplies", "SUMCO")}),
    # "X-built servers for Y"
    ("On the hardware side, training runs on Eviden-built servers for Cassiopee Intelligence, installed in the "
     "ministry's secure data centre.", {("Eviden", "supplies", "Cassiopee Intelligence")}),
    # hired as an integrator (a supplier's role), not as an auditor
    ("Sopra Steria has been hired by Cassiopee Intelligence as integrator and is a vendor to the programme.",
     {("Sopra Steria", "supplies", "Cassiopee Intelligence")}),
    ("Sopra Steria has been hired by Cassiopee Intelligence as its auditor.", set()),
    # "gets its power supplies from"
    ("In Monterrey, Vertiv delivered coolant distribution units to Wiwynn in March, and Wiwynn gets its power "
     "supplies from Delta Electronics.",
     {("Delta Electronics", "supplies", "Wiwynn"), ("Vertiv", "supplies", "Wiwynn")}),
    # a plant that sells: its owner sells
    ("In Nuevo Leon, Wistron subsidiary Wiwynn runs a rack-integration plant in Santa Catarina that sells to Meta.",
     {("Wiwynn", "subsidiaryOf", "Wistron"), ("Wiwynn", "supplies", "Meta")}),
    # a second verb read as a plural noun shares the subject's own name, not the place before it
    ("Paris-based Mistral AI trains its models on Nvidia chips and rents part of its computing power from "
     "Microsoft's Azure cloud.",
     {("Mistral AI", "headquarteredIn", "Paris"), ("Microsoft", "supplies", "Mistral AI"),
      ("Nvidia", "supplies", "Mistral AI")}),
    # a new name after "on" that its description calls a cloud hosts the user
    ("Heidelberg-based Aleph Alpha runs its models on STACKIT, the cloud unit of retailer Schwarz Group.",
     {("Aleph Alpha", "headquarteredIn", "Heidelberg"), ("STACKIT", "subsidiaryOf", "Schwarz"),
      ("STACKIT", "supplies", "Aleph Alpha")}),
    # "X-controlled" owns, before the name or in its description; a backer in a description invests
    ("Qudra competes with Khazna Data Centers, the G42-controlled operator that is building a cluster nearby.",
     {("Khazna Data Centers", "subsidiaryOf", "G42")}),
    ("The G42-controlled Khazna Data Centers is building a cluster.", {("Khazna Data Centers", "subsidiaryOf", "G42")}),
    ("Atlas Cloud, a Tencent-backed start-up, raised money.", {("Tencent", "investsIn", "Atlas Cloud")}),
    ("Khazna Data Centers, the state-controlled operator, is building a cluster.", set()),
    # "the subsidiary of Fremont, California-based AXT": the town is the firm's, the firm the owner
    ("Beijing Tongmei Xtal Technology, the China-based subsidiary of Fremont, California-based AXT, said it had "
     "obtained licences.",
     {("AXT", "headquarteredIn", "Fremont"), ("Beijing Tongmei Xtal Technology", "headquarteredIn", "China"),
      ("Fremont", "locatedIn", "California"), ("Beijing Tongmei Xtal Technology", "subsidiaryOf", "AXT")}),
    # a verb read as a plural noun, its object as the noun's apposition (after "Because the" too)
    ("The United States sanctions Iran.", {("United States", "sanctions", "Iran")}),
    ("Because the United States sanctions Iran, Kazi Data cannot hire Farsi speakers based there.",
     {("United States", "sanctions", "Iran")}),
    # an inspection at a firm; a review of shipments to a firm's plants; a screened stake
    ("The CNIL, France's data protection authority, carried out an inspection at Cassiopee Intelligence in 2024.",
     {("CNIL", "regulates", "Cassiopee Intelligence")}),
    ("The Bureau of Industry and Security now reviews every shipment of American equipment to SK Hynix's Chinese fabs.",
     {("Bureau of Industry and Security", "regulates", "SK Hynix")}),
    ("Germany's Federal Ministry for Economic Affairs and Climate Action screened MGX's stake and approved it.",
     {("Federal Ministry for Economic Affairs and Climate Action", "regulates", "MGX")}),
    # ... but a reviewed shipper's buyer, or a party's principal, is not regulated
    ("Hensoldt, the German sensor maker, sells radars to Turkey. Germany's Federal Office for Economic Affairs and "
     "Export Control still reviews every Hensoldt shipment bound for Tugra Elektronik.",
     {("Hensoldt", "headquarteredIn", "Germany"),
      ("Federal Office for Economic Affairs and Export Control", "regulates", "Hensoldt")}),
    ("Lumenvale Networks bought Brightwave Photonics. China's State Administration for Market Regulation is still "
     "reviewing a separate licensing agreement between Lumenvale and Brightwave's former Chinese distributor.",
     {("Lumenvale Networks", "acquires", "Brightwave Photonics"),
      ("State Administration for Market Regulation", "regulates", "Lumenvale Networks")}),
    # a governor or chief minister leads a state; a "head of Asia research" leads no part of the world
    ("Odisha Chief Minister Mohan Charan Majhi said the project would create about 4,000 direct jobs.",
     {("Mohan Charan Majhi", "leaderOf", "Odisha")}),
    ("Jalisco's governor, Pablo Lemus, replies that his state has the engineers. The governor of Nuevo Leon, "
     "Samuel Garcia, has promised land.",
     {("Pablo Lemus", "leaderOf", "Jalisco"), ("Samuel Garcia", "leaderOf", "Nuevo Leon")}),
    ('"It could slip again," said Park Ji-won, head of Asia technology research at CLSA in Seoul.',
     set()),
    # a title before the next person keeps the list going
    ("Arbel Networks makes chips. The company was founded in 2019 by CEO Eyal Ben-Ami and CTO Dana Shafir, both of "
     "whom spent over a decade at Mellanox.",
     {("Dana Shafir", "founderOf", "Arbel Networks"), ("Eyal Ben-Ami", "founderOf", "Arbel Networks"),
      ("Eyal Ben-Ami", "leaderOf", "Arbel Networks"), ("Dana Shafir", "employedBy", "Mellanox"),
      ("Eyal Ben-Ami", "employedBy", "Mellanox")}),
    # studying a deal is no deal
    ("Orano is only studying a supply agreement with Data4.", set()),
    # a name with a small first letter, cut off by the NER or left out, then alone
    ("From Mombasa, the traffic travels to Nairobi, where iXAfrica Data Centre, the country's largest independent "
     "data centre, serves as the first point of presence. iXAfrica counts Google and Safaricom among its clients.",
     {("iXAfrica Data Centre", "supplies", "Google"), ("iXAfrica Data Centre", "supplies", "Safaricom")}),
    # an awarded contract: to a named consortium and its leader, "to" hung on the purpose; the winner as a
    # second object
    ("Romania's Ministry of National Defence has awarded a 1.1 billion lei contract for an AI-assisted "
     "air-surveillance system to the Carpathian Shield consortium led by French defence group Thales, the ministry "
     "said.",
     {("Carpathian Shield", "supplies", "Ministry of National Defence"),
      ("Thales", "supplies", "Ministry of National Defence"), ("Thales", "headquarteredIn", "France")}),
    ("In Peru, the Secretariat of Government and Digital Transformation awarded Amazon Web Services in September a "
     "contract to host the Gob.pe platform.",
     {("Amazon Web Services", "supplies", "Secretariat of Government and Digital Transformation")}),
    # a pronoun subject after a relative clause opens a clause of its own, not a list with the name before
    ("Samsung is nonetheless a longtime supplier to AMD, whose Instinct MI350 accelerators use its 12-high HBM3E, "
     "and it provides memory to Amazon Web Services for the Trainium processors that Amazon designs in-house.",
     {("Samsung Electronics", "supplies", "AMD"), ("Samsung Electronics", "supplies", "Amazon Web Services"),
      ("AMD", "develops", "AMD Instinct"), ("Amazon Web Services", "develops", "Trainium")}),
    # a firm's name with a place in brackets names its unit there ...
    ("Delta Electronics (Thailand), a subsidiary of Taiwan's Delta Electronics, ships power shelves for the GPU "
     "racks to the project.",
     {("Delta Electronics", "headquarteredIn", "Taiwan"),
      ("Delta Electronics (Thailand)", "subsidiaryOf", "Delta Electronics")}),
    ("The list names Qingluan (Shenzhen) Computing, a unit of Qingluan Technology.",
     {("Qingluan (Shenzhen) Computing", "subsidiaryOf", "Qingluan Technology")}),
    # ... but a list of them, a new firm named once, or a town in brackets says where each firm is
    ("Suppliers include ASML (Netherlands), Tokyo Electron (Japan) and Lam Research (United States).", set()),
    ("Kestrel Labs (Singapore) raised $40 million.", {("Kestrel Labs", "headquarteredIn", "Singapore")}),
    ("Imena Robotics (Kigali) sells drones to the Rwanda Agriculture Board.",
     {("Imena Robotics", "headquarteredIn", "Kigali"), ("Imena Robotics", "supplies", "Rwanda Agriculture Board")}),
    # an exchange in a listing's brackets is no firm "its" could stand for
    ("Arbel Networks makes chips. Its shares rose on Nasdaq. US chip company Marvell Technology (Nasdaq: MRVL) has "
     "completed its acquisition of Israeli chip networking startup Arbel Networks for $1.35 billion in cash.",
     {("Marvell Technology", "acquires", "Arbel Networks"), ("Arbel Networks", "headquarteredIn", "Israel"),
      ("Marvell Technology", "headquarteredIn", "United States")}),
    # shipments begun or started: "to" on the verb
    ("SK hynix has begun volume shipments of its 12-layer HBM4 memory to Nvidia.",
     {("SK Hynix", "supplies", "Nvidia")}),
    ("SK hynix started deliveries of memory chips to Nvidia.", {("SK Hynix", "supplies", "Nvidia")}),
    # a hyphen-glued name before a product noun is the product's, whatever its parts name
    ("Closer to home, SK hynix memory is built into the Rebel-Quad accelerator developed by Rebellions, the "
     "Seongnam-based AI chip start-up.",
     {("Rebellions", "develops", "Rebel-Quad"), ("Rebellions", "headquarteredIn", "Seongnam")}),
    ("The US-China chip race goes on.", set()),
    # a finding the parser hung on "the same month"
    ("The State Administration for Market Regulation said the same month that Nvidia had violated antimonopoly law "
     "in its 2020 acquisition of Mellanox.",
     {("Nvidia", "acquires", "Mellanox"), ("State Administration for Market Regulation", "regulates", "Nvidia")}),
    # a maker's hardware that powers someone's machines
    ("Nvidia chips power Microsoft's data centres.", {("Nvidia", "supplies", "Microsoft")}),
    ("Corvane Semiconductor designs chips. Corvane's chips also power a pilot cluster at Core42.",
     {("Corvane Semiconductor", "supplies", "Core42")}),
    ("Nvidia chips power most AI models.", set()),
    # review guards: a known firm's country in brackets, or a new firm's named twice, says where it is
    ("Samsung (South Korea) supplies HBM3E to Nvidia.", {("Samsung Electronics", "supplies", "Nvidia")}),
    ("Kestrel Labs (Singapore) raised $40 million. Kestrel Labs builds robots.",
     {("Kestrel Labs", "headquarteredIn", "Singapore")}),
    # ... "to fund startup OpenAI" and "to challenge leader SK Hynix" are purposes, not recipients
    ("SoftBank sold its Nvidia stake to fund startup OpenAI.", {("SoftBank", "investsIn", "OpenAI")}),
    ("Samsung ships HBM3E samples to challenge leader SK Hynix.", {("SK Hynix", "competesWith", "Samsung Electronics")}),
    # ... a ministry reviewing its own contract buys; a "to" country leaves the picker the buyer
    ("The Ministry of Defence reviewed its contract with Microsoft.", set()),
    ("Huawei was picked by Safaricom to supply equipment to Kenya.", {("Huawei", "supplies", "Safaricom")}),
    # ... a state making shipments subject to licences sells nothing
    ("The United States made shipments to Huawei subject to licences.", set()),
    # ... a regional head of a firm, or a state's minister, leads no region
    ("Anna Kim, head of Northern Europe at Ericsson, spoke. Bavaria's economy minister Hubert Aiwanger opened the "
     "plant.", set()),
    # ... a finding denied is no regulation
    ("The State Administration for Market Regulation said the same month that Nvidia had not violated antimonopoly "
     "law.", set()),
    # ... an exchange list in brackets names no firm
    ("Taiwan Semiconductor Manufacturing Co (NYSE: TSM, TWSE: 2330) supplies Nvidia.", {("TSMC", "supplies", "Nvidia")}),
])
def test_extract_shapes_of_round_twenty_nine_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize("text, name, cls", [
    # a new name set off by commas after a firm's description is a firm's
    ("Telkom Indonesia's data center arm, NeutraDC, sold a stake in its campus.", "NeutraDC", "Company"),
    # ... and so is a new name that buys goods from a seller
    ("NeutraDC buys its GPU servers from Supermicro.", "NeutraDC", "Company"),
    # a new name before a country's and "'s" is the firm's national unit
    ("Telkom Indonesia's data center arm sold a stake.", "Telkom Indonesia", "Company"),
    # ... but a person's role set off by commas leaves the person a person
    ("Intel's former designer, Halvard Tune, said so.", "Halvard Tune", "Person"),
    # ... a known place after a connector stays a place
    ("Petrobras signed a deal with Amazon de Mexico.", "Mexico", "Country"),
    # review guards: a common word after a home town names no firm; a product's name set off after
    # its description is no firm's
    ("Shenzhen Stock Exchange halted trading. Stock markets fell.", "Stock", None),
    ("Baidu's cloud platform, Qianfan, now hosts DeepSeek.", "Qianfan", "Person"),
])
def test_round_thirty_names_get_their_class(extractor, text, name, cls):
    assert entity_classes(extractor, text).get(name) == cls


@pytest.mark.parametrize("text, expected", [
    # a firm named in commas after its description, then by name alone
    ("Telkom Indonesia's data center arm, NeutraDC, sold a 30 percent stake in its Batam campus business to the "
     "Qatar Investment Authority. NeutraDC counts Indosat Ooredoo Hutchison as its anchor tenant.",
     {("Qatar Investment Authority", "investsIn", "NeutraDC"), ("NeutraDC", "subsidiaryOf", "Telkom Indonesia"),
      ("NeutraDC", "supplies", "Indosat Ooredoo Hutchison")}),
    ("NeutraDC buys its GPU servers from Supermicro.", {("Super Micro Computer", "supplies", "NeutraDC")}),
    # a unit named right after its noun is what was backed, not its owner
    ("Danantara is a fund. Danantara has backed Telkom Indonesia's data-centre unit NeutraDC.",
     {("Danantara", "investsIn", "NeutraDC"), ("NeutraDC", "subsidiaryOf", "Telkom Indonesia")}),
    # ... and a camel-case name the tagger read as a plural noun is still a name
    ("Orbis has backed Telkom Indonesia's cloud unit NusaCloud.",
     {("Orbis", "investsIn", "NusaCloud"), ("NusaCloud", "subsidiaryOf", "Telkom Indonesia")}),
    ("Orbis has backed Sembawang Infra's data-centre unit TembusuDC.",
     {("Orbis", "investsIn", "TembusuDC"), ("TembusuDC", "subsidiaryOf", "Sembawang Infra")}),
    # the object of a verb read as a noun, taken for its apposition
    ("Schneider Electric supplies switchgear and uninterruptible power systems for NextDC's new halls.",
     {("Schneider Electric", "supplies", "NextDC")}),
    # goods provided for a firm's system
    ("The German sensor group Hensoldt provides radar front-ends for Tugra's coastal surveillance system.",
     {("Hensoldt", "headquarteredIn", "Germany"), ("Hensoldt", "supplies", "Tugra")}),
    ("Hensoldt provides radar for AI training.", set()),
    # a supply contract with a ministry sells to it; with a firm, buys from it
    ("Orev Systems has a supply contract with the Defense Ministry worth about NIS 380 million.",
     {("Orev Systems", "supplies", "Defense Ministry")}),
    ("Orev Systems signed a supply contract with Elbit Systems.", {("Elbit Systems", "supplies", "Orev Systems")}),
    # a seller of another maker's model does not make it; a seller of its own does
    ("Garuda Cloud rents out GPUs. Garuda buys the H200 systems from Supermicro.",
     {("Super Micro Computer", "supplies", "Garuda Cloud")}),
    ("Hanbit Systems bought about 4,000 Arvo-1 accelerators from Hanbit Silicon last year.",
     {("Hanbit Silicon", "develops", "Arvo-1"), ("Hanbit Silicon", "supplies", "Hanbit Systems")}),
    # a new firm's short name the tagger read as a verb by its "-ing"
    ("Lingjing Intelligence builds models. Lingjing also rents extra GPU capacity from Alibaba Cloud.",
     {("Alibaba Cloud", "supplies", "Lingjing Intelligence")}),
    # a new firm's longer name, found once, is that firm where the text repeats it
    ("Andes Digital Park, a Chilean developer, received approval. Andes Digital Park counts Oracle as its first "
     "client.", {("Andes Digital Park", "headquarteredIn", "Chile"), ("Andes Digital Park", "supplies", "Oracle")}),
    # a new firm's name after its home town: the word after the town alone is that firm, not its unit
    ("Shenzhen Yuanjing Computing Technology makes servers. The BIS added Yuanjing International, Yuanjing's Hong "
     "Kong subsidiary, to the Entity List. Yuanjing also buys Ascend processors from Huawei.",
     {("Bureau of Industry and Security", "sanctions", "Yuanjing International"), ("Huawei", "develops", "Ascend"),
      ("Huawei", "supplies", "Shenzhen Yuanjing Computing Technology")}),
    # a firm partly owned by another is its investee, not its unit
    ("Lionsgate Infotech sells servers. Lionsgate, which is partly owned by Arcwave Technologies, sourced a further "
     "64 servers from Hewlett Packard Enterprise.",
     {("Arcwave Technologies", "investsIn", "Lionsgate Infotech"),
      ("Hewlett Packard Enterprise", "supplies", "Lionsgate Infotech")}),
    ("Safaricom is a minority-owned affiliate. Safaricom is minority-owned by Vodacom.",
     {("Vodacom", "investsIn", "Safaricom")}),
    ("Lionsgate Infotech is wholly owned by Arcwave Technologies.",
     {("Lionsgate Infotech", "subsidiaryOf", "Arcwave Technologies")}),
    # a fund's portfolio company
    ("Caprock is a portfolio company of Energy Capital Partners, which has committed about $900 million of equity "
     "to the project.", {("Energy Capital Partners", "investsIn", "Caprock")}),
    # a firm's name with a small connector word is one name
    ("Power regulator ANEEL approved Casa dos Ventos' grid connection for the Pecem project in April.",
     {("ANEEL", "regulates", "Casa dos Ventos")}),
    ("Casa dos Ventos will feed the site from its own wind farms and signed an agreement to supply ByteDance with "
     "300MW of capacity.", {("Casa dos Ventos", "supplies", "ByteDance")}),
    # a body's own approval that a firm must obtain
    ("At home, the Ministry of Trade, Industry and Energy lists HBM stacking as a national core technology, so Hanmi "
     "Semiconductor must obtain the ministry's approval before selling bonders abroad.",
     {("Ministry of Trade, Industry and Energy", "regulates", "Hanmi Semiconductor")}),
    # ... and so is a town's
    ("WEG, the Brazilian electrical equipment maker based in Jaragua do Sul, Santa Catarina, sells transformers.",
     {("WEG", "headquarteredIn", "Brazil"), ("WEG", "headquarteredIn", "Jaragua do Sul"),
      ("Jaragua do Sul", "locatedIn", "Santa Catarina")}),
    # rivals beaten in a tender compete; beaten on a benchmark, they trail
    ("In the Greek tender, Orev Systems beat Rafael Advanced Defense Systems.",
     {("Orev Systems", "competesWith", "Rafael Advanced Defense Systems")}),
    ("Mistral beat OpenAI on the benchmark.", {("OpenAI", "trails", "Mistral AI")}),
    # the one firm a list's trailing "which ... acquired" bought
    ("Tembusu Data Centres competes for hyperscale tenants in Johor with Princeton Digital Group and AirTrunk, which "
     "Blackstone acquired in 2024.",
     {("Blackstone", "acquires", "AirTrunk"), ("AirTrunk", "competesWith", "Tembusu Data Centres"),
      ("Princeton Digital", "competesWith", "Tembusu Data Centres")}),
    # a relative pronoun before a product's name the parser read as the verb
    ("Micron, which ships HBM3E to Nvidia, grew.", {("Micron", "supplies", "Nvidia")}),
    # the description right before "that", not the town the parser hung the clause on
    ("The two rivals also compete with Micron Technology, the Boise, Idaho-based memory maker that ships HBM3E to "
     "Nvidia from its plant in Hiroshima, Japan.",
     {("Micron", "headquarteredIn", "Boise"), ("Boise", "locatedIn", "Idaho"), ("Hiroshima", "locatedIn", "Japan"),
      ("Micron", "supplies", "Nvidia")}),
    # what a firm "has yet to" do it has not done
    ("Samsung Electronics, which spent most of last year trying to pass Nvidia's qualification tests, has yet to ship "
     "HBM3E to Nvidia but has fared better with AMD.", set()),
    # "to which" after a firm described as owned by "the" owner: the firm described
    ("AMD has signed similar agreements, including one with Saudi Arabia's Humain, the AI company owned by the Public "
     "Investment Fund, to which it sells chips for a cluster near Riyadh.",
     {("Humain", "headquarteredIn", "Saudi Arabia"), ("Humain", "subsidiaryOf", "Public Investment Fund"),
      ("AMD", "supplies", "Humain")}),
    # the owner named after its unit, past a nationality, is not the unit's short name
    ("On Batam, PLN Batam, a subsidiary of Indonesian state utility PLN, supplies the Nongsa campus.",
     {("PLN", "headquarteredIn", "Indonesia"), ("PLN Batam", "subsidiaryOf", "PLN")}),
    ("JERA Americas, the US arm of Japanese utility JERA, holds a 25% stake.",
     {("JERA", "headquarteredIn", "Japan"), ("JERA Americas", "subsidiaryOf", "JERA")}),
    # a code before a hardware noun is the hardware's model, not a firm
    ("The team also tested BR104 cards from Biren Technology, another Entity List company, but did not buy them.",
     {("Biren Technology", "develops", "BR104")}),
    # a second "with" the parser hung on the first rival's relative clause
    ("Lumora Networks competes with Broadcom, whose Tomahawk 6 is the benchmark, and with Nvidia, which develops the "
     "Spectrum-X Ethernet platform.",
     {("Broadcom", "competesWith", "Lumora Networks"), ("Lumora Networks", "competesWith", "Nvidia"),
      ("Nvidia", "develops", "Spectrum-X")}),
    # a word between a model's name and the product noun describes the model
    ("Nvidia develops the Spectrum-X Ethernet platform.", {("Nvidia", "develops", "Spectrum-X")}),
    # where a firm is registered is where it is
    ("Arcwave and Lionsgate sold the remaining machines to Trident Peak Trading, a Hong Kong-registered company.",
     {("Trident Peak Trading", "headquarteredIn", "Hong Kong"), ("Arcwave", "supplies", "Trident Peak Trading"),
      ("Lionsgate", "supplies", "Trident Peak Trading")}),
    # a town described as a state's capital lies in the state; a firm "from" a town is there
    ("Training data is labelled by Zhongbiao Data, a company based in Hefei, the Anhui capital.",
     {("Zhongbiao Data", "headquarteredIn", "Hefei"), ("Hefei", "locatedIn", "Anhui")}),
    ("The liquid-cooling circuits come from Termoflux, a company from Bologna, the Emilia-Romagna capital, with 220 "
     "employees.", {("Termoflux", "headquarteredIn", "Bologna"), ("Bologna", "locatedIn", "Emilia-Romagna")}),
    # a district, island or county of a place lies in it
    ("Google's planned data center in Cerrillos, a district of Santiago, has been under review.",
     {("Cerrillos", "locatedIn", "Santiago")}),
    # who sits on a named body's blacklist is sanctioned by it; not when the text says it is not
    ("All three domestic suppliers sit on the Commerce Department's Entity List: Huawei since 2019, Inspur Group "
     "since 2023 and Moore Threads since October 2023.",
     {("U.S. Department of Commerce", "sanctions", "Huawei"), ("U.S. Department of Commerce", "sanctions", "Inspur"),
      ("U.S. Department of Commerce", "sanctions", "Moore Threads")}),
    ("Huawei is not on the Commerce Department's Entity List.", set()),
    ("Huawei sits on the board's list of vendors.", set()),
    # what "is not disputed" is granted; what is denied is not
    ("It is not disputed that Arcwave and Lionsgate sold the remaining machines to Trident Peak Trading.",
     {("Arcwave", "supplies", "Trident Peak Trading"), ("Lionsgate", "supplies", "Trident Peak Trading")}),
    ("Arcwave denied that it sold servers to Trident Peak Trading.", set()),
    # a Portuguese or Spanish company word ends a firm's name
    ("Scala buys wind power for the site from Auren Energia under a 15-year PPA.",
     {("Auren Energia", "supplies", "Scala")}),
    # a supply contract a firm holds with a firm that makes nothing known: it supplies; with a known
    # maker, or a service contract, the other side supplies
    ("Kestrel Labs has a supply contract with Orbis Cloud.", {("Kestrel Labs", "supplies", "Orbis Cloud")}),
    ("Humain has a separate supply deal with AMD.", {("AMD", "supplies", "Humain")}),
    ("Taiga Silicon also has a smaller packaging contract with Amkor Technology for boards assembled in Arizona.",
     {("Amkor Technology", "supplies", "Taiga Silicon")}),
    # a description with a state's name refers to the firm the gazetteer places there
    ("Micron Technology, the US memory maker, buys its bonders from Singapore-headquartered ASMPT and from Hanmi "
     "Semiconductor, which added the Idaho company as a customer in 2024.",
     {("ASMPT", "headquarteredIn", "Singapore"), ("Micron", "headquarteredIn", "Idaho"),
      ("Micron", "headquarteredIn", "United States"), ("ASMPT", "supplies", "Micron"),
      ("Hanmi Semiconductor", "supplies", "Micron")}),
    # review guards: lists of privileges sanction no one; names after a blacklist's colon stop at a
    # relative clause's objects
    ("Apple sits on the EU's list of gatekeepers.", set()),
    ("Samsung's Xi'an fab remains on the Commerce Department's Validated End-User list.", set()),
    ("All three sit on the Commerce Department's Entity List: Huawei since 2019, Inspur, which supplies "
     "Microsoft, and Moore Threads.",
     {("U.S. Department of Commerce", "sanctions", "Huawei"), ("U.S. Department of Commerce", "sanctions", "Inspur"),
      ("Inspur", "supplies", "Microsoft"), ("Inspur", "supplies", "Moore Threads")}),
    # ... a description's own "for" is no customer of a misread verb's subject
    ("Lumenvale supplies racks to Foxconn, the Taiwanese assembler for Apple.", {("Foxconn", "headquarteredIn", "Taiwan")}),
    # ... a relative clause's own "with" is its own
    ("Kestrel Labs competes with Broadcom, which partners with Google and with Apple.",
     {("Broadcom", "competesWith", "Kestrel Labs"), ("Apple", "partnersWith", "Broadcom"),
      ("Broadcom", "partnersWith", "Google")}),
    # ... a sentence's opening "Yet" denies nothing; money provided is no supply
    ("Yet Micron remains Nvidia's main HBM supplier.", {("Micron", "supplies", "Nvidia")}),
    ("SoftBank provided $22.5 billion in funding for OpenAI.", set()),
    # ... a loser "from" a country's ban is not from there; a registry seat is no home
    ("Kestrel Labs, the biggest loser from China's ban, fell 3%.", set()),
    ("Kestrel AI, a company incorporated in the Cayman Islands, raised money.", set()),
    # ... an order in the sentence makes no tender of a sales race
    ("Samsung beat SK Hynix in HBM sales this quarter, helped by a large order from Nvidia.",
     {("SK Hynix", "trails", "Samsung Electronics")}),
    # ... a state's name before another noun is a neighbour, not the container
    ("Tijuana, the California border city, grew.", set()),
    # ... one public body's supply contract with another is not read as a sale
    ("Ukraine's Defence Procurement Agency signed a supply contract with the Ministry of Strategic Industries.", set()),
])
def test_extract_shapes_of_round_thirty_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


@pytest.mark.parametrize("text, name, cls", [
    ("Naura Technology Group, based in Beijing, supplies etching tools to SMIC.", "Naura Technology", "Company"),
    # a name the NER took for a region, described as a firm, is a firm
    ("Tembusu Data Centres has also signed a 200 MW solar power purchase agreement with Sunseap, the Singapore solar "
     "developer owned by Portugal's EDP Renewables.", "Sunseap", "Company"),
    # review guards: a dealer is a person's trade too; an image generator is a model; a headline's
    # "Purpose-Built" names no firm
    ("The arms dealer Viktor Bout was released.", "Viktor Bout", "Person"),
    ("Black Forest Labs released its image generator Flux last year.", "Flux", "AIModel"),
    ("Kestrel Opens Purpose-Built AI Campus in Johor", "Purpose", None),
    # a company's plain "Service" stays a firm's (a state service is a body: see the facts below)
    ("In Thailand, Advanced Info Service won the 3.5 GHz band, beating True Corporation.", "Advanced Info Service",
     "Company"),
    # AMD's Instinct parts written with the family name are the family's, not a person
    ("Nvidia H100 cards, as well as AMD's Instinct MI250 parts, reach Russia through intermediaries.",
     "AMD Instinct", "AIModel"),
    # a known firm's name goes on into a sister firm's with "Steel", "Products" or "Power"
    ("Tata Steel grew.", "Tata Steel", "Company"),
    ("Tata Power supplies Tata Consumer Products.", "Tata Consumer Products", "Company"),
    # a generator, refiner or dealer set off after a name makes it a firm
    ("Genneia, Argentina's largest wind generator, signed an agreement to supply Austral Data Parks with wind power.",
     "Genneia", "Company"),
])
def test_round_thirty_one_names_get_their_class(extractor, text, name, cls):
    assert entity_classes(extractor, text).get(name) == cls


@pytest.mark.parametrize("text, expected", [
    # a verb read as its object's first modifier, after a based-phrase set off by commas
    ("Naura Technology Group, based in Beijing, supplies etching and deposition tools to SMIC and YMTC, and has "
     "overtaken several foreign rivals in China.",
     {("Naura Technology", "headquarteredIn", "Beijing"), ("Naura Technology", "supplies", "SMIC"),
      ("Naura Technology", "supplies", "YMTC")}),
    # the firms counted among customers: the last one may hold the role, whatever its kind
    ("Triglav Semantics trains Slovenian-language models and counts NLB, the country's largest bank, and the "
     "Slovenian tax administration among its customers.", {("Triglav Semantics", "supplies", "NLB")}),
    # ... and "its" is none of them
    ("Anvaya counts HDFC Bank and Tata Consumer Products among its customers.", set()),
    # a deck under the headline counts as the headline: its short name is the body's longer one
    ("Kestrel Cloud and Orbis Silicon Sign Supply Deal\n\nDeal makes Kestrel the largest customer for Orbis chips\n\n"
     "Orbis Silicon will ship chips to Kestrel Cloud. Kestrel is a wholly owned subsidiary of Halvard Digital. "
     "Kestrel competes with CoreWeave.",
     {("Orbis Silicon", "supplies", "Kestrel Cloud"), ("Kestrel Cloud", "subsidiaryOf", "Halvard Digital"),
      ("CoreWeave", "competesWith", "Kestrel Cloud")}),
    # a supply agreement whose own clause says who delivers
    ("Lumora Silicon today announced a multi-year supply agreement with Veridian Cloud under which Lumora will "
     "deliver 40,000 accelerators to the AI cloud provider.", {("Lumora Silicon", "supplies", "Veridian Cloud")}),
    # "their stakes" sold were held in another firm, not in the sellers
    ("Severn Logic was bought by Arm. Before the sale it had raised money from backers including Amadeus Capital "
     "Partners and Oxford Science Enterprises, all of which have sold their stakes to Arm.",
     {("Arm", "acquires", "Severn Logic"), ("Amadeus Capital Partners", "investsIn", "Severn Logic"),
      ("Oxford Science Enterprises", "investsIn", "Severn Logic")}),
    # one unit's owner in a list of backers
    ("Lumora is backed by Lux Capital, Samsung Catalyst Fund, the venture arm of Samsung Electronics, Temasek and "
     "Fidelity Management & Research Company, which led its Series C in 2024.",
     {("Lux Capital", "investsIn", "Lumora"), ("Samsung Catalyst Fund", "investsIn", "Lumora"),
      ("Temasek", "investsIn", "Lumora"), ("Fidelity Management & Research", "investsIn", "Lumora"),
      ("Samsung Catalyst Fund", "subsidiaryOf", "Samsung Electronics")}),
    # a list the parser ran on into the next clause's subject; an object pronoun is not that subject
    ("Aegean Hyperscale runs the site. The company is a subsidiary of Kyma Holdings, a Limassol-based investment "
     "group, and Piraeus Bank and the Hellenic Development Bank of Investments took minority stakes in it.",
     {("Kyma", "headquarteredIn", "Limassol"), ("Aegean Hyperscale", "subsidiaryOf", "Kyma"),
      ("Piraeus Bank", "investsIn", "Kyma"), ("Hellenic Development Bank of Investments", "investsIn", "Kyma")}),
    ("Metlen Energy & Metals began building a unit at its plant in Agios Nikolaos, Greece, and Japan's Sojitz took "
     "a 2 percent stake in Metlen in September.",
     {("Sojitz", "investsIn", "Metlen Energy & Metals"), ("Sojitz", "headquarteredIn", "Japan"),
      ("Agios Nikolaos", "locatedIn", "Greece")}),
    ("Lingjing Intelligence trains its models in Hangzhou. Lingjing confirmed that Inspur Information, the listed "
     "arm of Inspur Group, shipped about 400 servers to it last year.",
     {("Inspur Electronic Information Industry", "subsidiaryOf", "Inspur"),
      ("Inspur Electronic Information Industry", "supplies", "Lingjing Intelligence")}),
    # goods got as part of a whole; a counted verb's objects stop at a verb coordinated with it
    ("Teraco gets the bulk of its electricity from Kestrel Power.", {("Kestrel Power", "supplies", "Teraco")}),
    ("Aegean Hyperscale runs the site. Aegean counts Mistral AI as a client and gets its fibre from OTE, the Greek "
     "telecoms operator controlled by Deutsche Telekom.",
     {("OTE", "headquarteredIn", "Greece"), ("OTE", "subsidiaryOf", "Deutsche Telekom"),
      ("Aegean Hyperscale", "supplies", "Mistral AI"), ("OTE", "supplies", "Aegean Hyperscale")}),
    # places: "in" before each place of a list; a description's place is the one before its comma;
    # two places naming a noun's owners
    ("Our manufacturing campuses in San Jose, in Taoyuan, Taiwan, and in Penang, Malaysia, ran near full capacity.",
     {("Taoyuan", "locatedIn", "Taiwan"), ("Penang", "locatedIn", "Malaysia")}),
    ("It has design centres in Cambridge, in Edinburgh in Scotland, and in Hsinchu, Taiwan.",
     {("Edinburgh", "locatedIn", "Scotland"), ("Hsinchu", "locatedIn", "Taiwan")}),
    ("It runs two data centres in Alcobendas, in the Madrid region, and in Barcelona.",
     {("Alcobendas", "locatedIn", "Madrid")}),
    ("Khazna runs data centres in Dubai, Ajman and in Masdar City, the clean-energy district of Abu Dhabi, the UAE "
     "capital.", {("Masdar City", "locatedIn", "Abu Dhabi"), ("Abu Dhabi", "locatedIn", "United Arab Emirates")}),
    ("Ohio, Georgia regulators approve large-load tariffs as utilities line up gigawatts for AI campuses", set()),
    ("Cape Town, Brackenfell and Durbanville are all in the Western Cape, where the provincial government has been "
     "lobbying.", {("Cape Town", "locatedIn", "Western Cape"), ("Brackenfell", "locatedIn", "Western Cape"),
                   ("Durbanville", "locatedIn", "Western Cape")}),
    ("Paris is in talks with Berlin.", set()),
    # conditions a body imposes on firms regulate them (a firm's on its distributors do not)
    ("The Competition Commission imposed conditions on Digital Realty and Teraco.",
     {("Competition Commission", "regulates", "Digital Realty"), ("Competition Commission", "regulates", "Teraco")}),
    ("Nvidia imposed conditions on its distributors.", set()),
    # "pan-African" spans a place; it is no firm's home
    ("Kestrel Data, a subsidiary of the pan-African carrier WIOCC, sources batteries from Huawei.",
     {("Kestrel Data", "subsidiaryOf", "WIOCC"), ("Huawei", "supplies", "Kestrel Data")}),
    # a subject the parser ran into the opening phrase's place
    ("In western Pennsylvania, Keystone Ridge Energy, a gas-fired project, is backed by Apollo Global Management and "
     "the Ontario Teachers' Pension Plan.",
     {("Apollo Global Management", "investsIn", "Keystone Ridge Energy"),
      ("Ontario Teachers' Pension Plan", "investsIn", "Keystone Ridge Energy")}),
    # "the group chief executive of G42" names whose chief executive; "the group" refers to no one
    ("AMD supplies chips to G42. \"This is the moment,\" Peng Xiao, the group chief executive of G42, told reporters.",
     {("AMD", "supplies", "G42"), ("Peng Xiao", "leaderOf", "G42")}),
    # a description's own clause subject fills no relational noun coordinated with it
    ("SoftBank already owns Graphcore, the Bristol neighbour it bought in 2024 and a long-standing rival of Severn "
     "Logic in inference silicon.",
     {("SoftBank", "acquires", "Graphcore"), ("Graphcore", "competesWith", "Severn Logic"),
      ("Graphcore", "headquarteredIn", "Bristol"), ("Graphcore", "subsidiaryOf", "SoftBank")}),
    # a state service or river-basin authority by its name is a body that regulates, not a firm
    ("The Military Counterintelligence Service, which vets defence suppliers, cleared Sigma Vision in April to work on "
     "classified contracts.", {("Military Counterintelligence Service", "regulates", "Sigma Vision")}),
    ("The Ebro Hydrographic Confederation, which regulates water abstraction across the Ebro basin, has authorised "
     "Solvera Data Centres to draw up to 190,000 cubic metres a year.",
     {("Ebro Hydrographic Confederation", "regulates", "Solvera Data Centres")}),
    # a firm's own venture fund and an investment vehicle "of" a firm are its units (an electric vehicle is none)
    ("Microsoft's venture fund M12 holds a minority stake in Corvant.",
     {("M12", "investsIn", "Corvant"), ("M12", "subsidiaryOf", "Microsoft")}),
    ("CDP Equity, the investment vehicle of Cassa Depositi e Prestiti, takes 25 per cent.",
     {("CDP Equity", "subsidiaryOf", "Cassa Depositi e Prestiti")}),
    ("The Seal, the electric vehicle of BYD, sells well.", set()),
    # a firm set up as a unit is its founder's
    ("Humain, the AI company that the Public Investment Fund launched in May as a wholly owned unit, is chaired by "
     "Crown Prince Mohammed bin Salman.",
     {("Mohammed bin Salman", "leaderOf", "Humain"), ("Mohammed bin Salman", "leaderOf", "Saudi Arabia"),
      ("Humain", "subsidiaryOf", "Public Investment Fund")}),
    ("Samsung established Kestrel Labs as a joint venture with Naver.", {("Naver", "partnersWith", "Samsung Electronics")}),
    ("G42's other outside investor is the US private equity firm Silver Lake.",
     {("Silver Lake", "investsIn", "G42"), ("Silver Lake", "headquarteredIn", "United States")}),
    # review guards: a region before its country and a site noun; a negated "is in"; one unit's owner
    # in a list of backers
    ("YTL expanded its Johor, Malaysia data centre campus.", {("Johor", "locatedIn", "Malaysia")}),
    ("Hsinchu is not in mainland China.", set()),
    ("Lumora is backed by Lux Capital, Samsung Catalyst Fund, the venture arm of Samsung Electronics, and Temasek.",
     {("Lux Capital", "investsIn", "Lumora"), ("Samsung Catalyst Fund", "investsIn", "Lumora"),
      ("Temasek", "investsIn", "Lumora"), ("Samsung Catalyst Fund", "subsidiaryOf", "Samsung Electronics")}),
    # a state's AP abbreviation before "-based" is its own word: the place and the based-phrase are read
    ("The Army picked the Costa Mesa, Calif.-based company Anduril over Palantir.",
     {("Anduril", "headquarteredIn", "Costa Mesa"), ("Costa Mesa", "locatedIn", "California")}),
    ("Brightwater Autonomy, an Arlington, Va.-based start-up, will provide tracking software to Anduril.",
     {("Brightwater Autonomy", "headquarteredIn", "Arlington"), ("Arlington", "locatedIn", "Virginia"),
      ("Brightwater Autonomy", "supplies", "Anduril")}),
    # ... and a place in a based-phrase is no pronoun's referent
    ("Polderlink competes with Interxion, the European data-centre business of U.S.-based Digital Realty, which "
     "bought it in 2020.",
     {("Digital Realty", "acquires", "Interxion"), ("Digital Realty", "headquarteredIn", "United States"),
      ("Interxion", "subsidiaryOf", "Digital Realty")}),
    # goods a verb uses, from a named seller, with no maker named
    ("Kestrel Cloud runs on equipment from Orbis Systems.", {("Orbis Systems", "supplies", "Kestrel Cloud")}),
    ("Kestrel Cloud trains on GPUs from Orbis Cloud.", {("Orbis Cloud", "supplies", "Kestrel Cloud")}),
    # ... not a "from" that hangs on another clause's verb
    ("Nvidia sources electro-absorption modulated lasers from Lumentum for the 800-gigabit and 1.6-terabit "
     "transceivers in its networking gear, and Meta Platforms orders transceivers from Cloud Light, the Hong Kong "
     "module maker that Lumentum acquired in 2023.",
     {("Lumentum", "supplies", "Nvidia"), ("Cloud Light", "supplies", "Meta"), ("Lumentum", "acquires", "Cloud Light"),
      ("Cloud Light", "headquarteredIn", "Hong Kong")}),
    # ... but the subject's own relative clause may hold the referent
    ("Microsoft, which backs OpenAI, sells computing power to it.",
     {("Microsoft", "investsIn", "OpenAI"), ("Microsoft", "supplies", "OpenAI")}),
])
def test_extract_shapes_of_round_thirty_one_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


def test_short_name_found_once_is_the_firm_wherever_the_text_writes_it(extractor):
    """Dev article 420 (a press release): the NER finds "Veridian" as Veridian Cloud's short name
    in some sentences only; elsewhere the word is still that firm, and "Wiwynn-built servers for
    Veridian" names Wiwynn, a builder of goods, as a firm that supplies it (planned: "will be
    delivered")."""
    from pathlib import Path

    from aigraph.ingest import make_article

    path = Path(__file__).parent / "data" / "devset" / "dev" / "420-lumora-veridian-supply-agreement.txt"
    ((_, found, entities),) = list(extractor.extract([make_article(path.read_text(encoding="utf-8"))]))
    assert "Veridian" not in {e.label for e in entities}
    assert {e.label: e.cls for e in entities}["Wiwynn"] == "Company"
    assert any((f.subject.label, f.relation, f.object.label, f.modality) ==
               ("Wiwynn", "supplies", "Veridian Cloud", "planned") for f in found)


@pytest.mark.parametrize("text", ["Interview with Jensen", "Chip deal signed by Lisa"])
def test_a_first_name_ending_the_text_is_read_without_error(extractor, text):
    """A one-word name the NER reads as a person's, as the text's last word: the check for a
    company word after it must not read past the end of the text (it raised IndexError once)."""
    assert facts(extractor, text) == set()


@pytest.mark.parametrize("text, expected", [
    # a text cut off right after a name and its comma (a truncated feed item)
    ("Nvidia supplies chips to Microsoft. The rules would be proportionate, said Henna Virkkunen,",
     ("Nvidia", "supplies", "Microsoft")),
    # ... or inside a firm's description, right after "in"
    ("Nvidia supplies chips to Microsoft. The ministry moved to block Wajh, an app developed by Mirage Labs, a "
     "start-up in", ("Nvidia", "supplies", "Microsoft")),
])
def test_a_text_cut_off_mid_sentence_keeps_its_facts(extractor, text, expected):
    """The rules must not read past the end of a text that stops mid-sentence: a rule that did
    cost the whole text its facts (the failure is caught and reported, not raised)."""
    assert expected in facts(extractor, text)


@pytest.mark.parametrize("text, expected", [
    # who makes another firm's goods, or a part of them, supplies that firm and is not its customer
    ("Wistron Corp builds about a third of Obsidian Rack Systems's racks in Hsinchu.",
     {("Wistron", "supplies", "Obsidian Rack Systems")}),
    ("Samsung Electronics builds AMD's servers.", {("Samsung Electronics", "supplies", "AMD")}),
    # goods for a firm's product come to the product's maker
    ("The substrates for Nvidia's Blackwell chips come from Samsung Electronics.",
     {("Nvidia", "develops", "Blackwell"), ("Samsung Electronics", "supplies", "Nvidia")}),
    # a maker before "-powered" supplies whoever runs the machine
    ("Sahab Data Centers runs a Nvidia-powered cluster in Jeddah.", {("Nvidia", "supplies", "Sahab Data Centers")}),
    ("Tesla builds solar-powered chargers.", set()),
    # a new name between a firm's possessive and its fab or plant is the site's town, not a firm
    ("Tokyo Electron shipped tools to Tata Electronics's Dholera fab.", {("Tokyo Electron", "supplies", "Tata Electronics")}),
    # ... a country's possessive does not make it one ("Russia's Kupol plant" is the firm)
    ("Neman Elektronika has been delivering sensors to Russia's Kupol plant since 2023.",
     {("Neman Elektronika", "supplies", "Kupol"), ("Kupol", "headquarteredIn", "Russia")}),
    # a supply contract for goods on the other side's product: the other side buys
    ("Samsung Electronics now has a supply contract with AMD for the 12-high stacks on AMD's MI350 series.",
     {("Samsung Electronics", "supplies", "AMD"), ("AMD", "develops", "AMD Instinct")}),
    # in a deal for power, the side whose name says it makes energy sells
    ("Bayview Digital Parks has a supply contract with MGen Renewable Energy, the renewable power arm of Meralco, "
     "for solar output from a plant in Nueva Ecija.",
     {("MGen Renewable Energy", "supplies", "Bayview Digital Parks"), ("MGen Renewable Energy", "subsidiaryOf", "Meralco")}),
    ("Orsted Energy signed a power supply agreement with Bayview Digital Parks.",
     {("Orsted Energy", "supplies", "Bayview Digital Parks")}),
    # the subject's own name, hung by the parser on the "of" name before it
    ("A much smaller Korean competitor of Advantest, Seoyeon Inspection, makes burn-in handlers for Micron's HBM "
     "assembly plant in Hiroshima, Japan.",
     {("Seoyeon Inspection", "supplies", "Micron"), ("Hiroshima", "locatedIn", "Japan")}),
    # customers a firm says it has are its own, not the paragraph's firm's
    ("Applied Materials supplies etch tools to SK Hynix. Lumora Metrology, a Santa Clara start-up whose X-ray tools find "
     "voids between stacked dies, says SK Hynix and Micron are both customers.",
     {("Applied Materials", "supplies", "SK Hynix"), ("Lumora Metrology", "supplies", "SK Hynix"),
      ("Lumora Metrology", "supplies", "Micron"), ("Lumora Metrology", "headquarteredIn", "Santa Clara")}),
    # goods got in part from one firm, with another as a second source
    ("Nvidia gets most of its HBM from SK Hynix, with Micron as a second source, while AMD relies on Samsung "
     "Electronics for much of its memory.",
     {("SK Hynix", "supplies", "Nvidia"), ("Micron", "supplies", "Nvidia"), ("Samsung Electronics", "supplies", "AMD")}),
    ("Nvidia gets its HBM from SK Hynix, with Micron as a partner.", {("SK Hynix", "supplies", "Nvidia")}),
    # the bulk, much or the rest of what is got is still got
    ("Teraco gets the bulk of its electricity from Eskom Holdings.", {("Eskom", "supplies", "Teraco")}),
    # a name the NER ran on past its verb is cut there
    ("Grove Ventures led Raveon's $60 million round in March, with participation from Intel Capital, the investment "
     "arm of Intel.",
     {("Grove Ventures", "investsIn", "Raveon"), ("Intel Capital", "investsIn", "Raveon"),
      ("Intel Capital", "subsidiaryOf", "Intel")}),
    # an unknown "town" that leads a round is a firm; "the Series B" that others join is the same firm's
    ("Pitango led Ophir's $30 million Series A in 2021, and Viola Ventures and Grove Ventures joined the $85 million "
     "Series B two years later.",
     {("Pitango", "investsIn", "Ophir"), ("Viola Ventures", "investsIn", "Ophir"), ("Grove Ventures", "investsIn", "Ophir")}),
    # ... and those who "both took part" took part in the round the clause before named
    ("Samsung Catalyst Fund, the venture arm of Samsung Electronics, led a $45 million round in Lumora Metrology in "
     "June, and SK Hynix and Micron both took part.",
     {("Samsung Catalyst Fund", "investsIn", "Lumora Metrology"), ("SK Hynix", "investsIn", "Lumora Metrology"),
      ("Micron", "investsIn", "Lumora Metrology"), ("Samsung Catalyst Fund", "subsidiaryOf", "Samsung Electronics")}),
    ("Samsung Catalyst Fund led a $45 million round in Lumora Metrology in June, and SK Hynix and Micron took part "
     "in a later one.", {("Samsung Catalyst Fund", "investsIn", "Lumora Metrology")}),
    # a regulator examining a firm itself has a case open on it (examining its accounts, or a
    # bank's analysts examining it, is no such case)
    ("The Korea Fair Trade Commission, meanwhile, is examining Hanmi Semiconductor over the service suspension.",
     {("Korea Fair Trade Commission", "regulates", "Hanmi Semiconductor")}),
    ("The Korea Fair Trade Commission is examining Hanmi Semiconductor's accounts.", set()),
    # a firm that belongs to a group is its unit; a share that belongs to a firm is its investment
    ("Kim Jae-won is a vice president at SK Hynix, the South Korean memory maker that belongs to the SK Group.",
     {("Kim Jae-won", "employedBy", "SK Hynix"), ("SK Hynix", "headquarteredIn", "South Korea"),
      ("SK Hynix", "subsidiaryOf", "SK Group")}),
    ("The remaining 30 percent of Sirio Computing belongs to CDP Equity.", {("CDP Equity", "investsIn", "Sirio Computing")}),
    # a state that requires licences for a firm's goods regulates the firm
    ("The Netherlands requires licenses for ASML's most advanced immersion lithography systems.",
     {("Netherlands", "regulates", "ASML")}),
    # owners of goods coordinated as "X's and Y's"; whose exports a body oversees
    ("The Bureau of Industry and Security regulates Nvidia's and AMD's sales of advanced GPUs abroad.",
     {("Bureau of Industry and Security", "regulates", "Nvidia"), ("Bureau of Industry and Security", "regulates", "AMD")}),
    ("Taiwan's International Trade Administration now oversees exports by Foxconn, Quanta Computer and Wistron.",
     {("International Trade Administration", "regulates", "Foxconn"),
      ("International Trade Administration", "regulates", "Quanta Computer"),
      ("International Trade Administration", "regulates", "Wistron")}),
    # a unit named before "unit" with its owner's possessive; not a description of where a unit is
    ("Quanta Computer sells through its Quanta Cloud Technology unit.",
     {("Quanta Cloud Technology", "subsidiaryOf", "Quanta Computer")}),
    # "Hydro" ends a firm's name
    ("NextDC gets its power from Red Energy, the retail arm of Snowy Hydro.",
     {("Red Energy", "supplies", "NextDC"), ("Red Energy", "subsidiaryOf", "Snowy Hydro")}),
    # buying into a firm is investing in it; a state's fund is not the state
    ("Aware Super, which bought into NextDC in 2023, is now one of its larger shareholders.",
     {("Aware Super", "investsIn", "NextDC")}),
    # "Region, Country" in a based-phrase is a state and where it lies, not two headquarters
    ("Kalvex Test Solutions is a test house based in Penang, Malaysia.",
     {("Kalvex Test Solutions", "headquarteredIn", "Penang"), ("Penang", "locatedIn", "Malaysia")}),
    ("Lumora has plants in Texas, Mexico and Canada.", set()),
    # a singular description right after a name describes that name, wherever the parser hung it
    ("Amkor Technology packages the Tidewater at its plant in Bac Ninh, Vietnam, and SPIL, a subsidiary of ASE "
     "Technology, provides backup packaging for the older Riverbend parts.",
     {("SPIL", "subsidiaryOf", "ASE Technology"), ("Bac Ninh", "locatedIn", "Vietnam")}),
    # one of two who lead still leads
    ("Rolf Schumann, co-chief executive of Schwarz Digits, said it.", {("Rolf Schumann", "leaderOf", "Schwarz Digits")}),
    ("Schwarz Digits co-CEO Rolf Schumann said it.", {("Rolf Schumann", "leaderOf", "Schwarz Digits")}),
    # a maker "of" goods "based in" a town is based there, not its goods
    ("The agency also regulates Raveon Silicon, a maker of inference chips based in Yokneam, a town in northern Israel.",
     {("Raveon Silicon", "headquarteredIn", "Yokneam"), ("Yokneam", "locatedIn", "Israel")}),
    # a new place set off before ", (also) in Sydney's west" lies in Sydney
    ("Behind the walls at Eastern Creek, in Sydney's west, firms rent computers.", {("Eastern Creek", "locatedIn", "Sydney")}),
    ("AirTrunk is finishing a third hall at its campus in Huntingwood, also in Sydney's west.",
     {("Huntingwood", "locatedIn", "Sydney")}),
    # goods supplied for a product go to the product's maker
    ("Micron counts Nvidia as its largest HBM client and signed an agreement in March to supply memory for the "
     "Trainium chips designed by Amazon Web Services.",
     {("Micron", "supplies", "Nvidia"), ("Micron", "supplies", "Amazon Web Services"),
      ("Amazon Web Services", "develops", "Trainium")}),
    ("SK Hynix supplies HBM for the Blackwell chips.", {("SK Hynix", "supplies", "Nvidia")}),
    # ... not the product supplied, nor the one it rivals
    ("Hewlett Packard Enterprise built the machine and Nvidia provided its Grace Hopper chips.",
     {("Nvidia", "develops", "Grace Hopper")}),
    ("Huawei has begun shipping its CloudMatrix 384 system to Chinese customers, offering an alternative to Nvidia's "
     "GB200 NVL72.", {("Huawei", "develops", "CloudMatrix 384"), ("Nvidia", "develops", "GB200")}),
    # "its" opening a name's own apposition is someone else's; named firms that "are rivals" compete
    ("Nvidia designs the Blackwell chips at the heart of most new AI racks, and AMD, its main rival, designs the "
     "competing MI355X.", {("Nvidia", "develops", "Blackwell"), ("AMD", "competesWith", "Nvidia")}),
    ("Taiwan has added 47 entities to its Entity List, among them Huawei, its chip-design unit HiSilicon and the "
     "GPU designer Biren Technology.",
     {("Taiwan", "sanctions", "Huawei"), ("Taiwan", "sanctions", "HiSilicon"), ("Taiwan", "sanctions", "Biren Technology"),
      ("HiSilicon", "subsidiaryOf", "Huawei")}),
    ("The ODMs compete fiercely: Quanta Computer and Foxconn are rivals for almost every hyperscale order.",
     {("Foxconn", "competesWith", "Quanta Computer")}),
    # a leader's title after "led by" that the parser took for a preposition
    ("BIS, led by Under Secretary Jeffrey Kessler, also narrowed the license exception.",
     {("Jeffrey Kessler", "leaderOf", "Bureau of Industry and Security")}),
    # listing a firm in a sanctions package sanctions it (listing it in a report does not)
    ("The European Union listed Orbita-Tech in its most recent sanctions package.",
     {("European Union", "sanctions", "Orbita-Tech")}),
    ("The ministry listed Orbita-Tech in its annual report.", set()),
    # review guards: an unknown region still lies in its country; the goods' own owner sells them;
    # "named to its list" of champions sanctions no one; analysts' firm is not the sayer of customers;
    # a share of a majority keeps the parent; a town that invests stays a town; buying into an idea
    # is no investment; "both joined" with no round in the sentence; a name "with" a verb after it
    # is no second source
    ("A solar farm in Nueva Ecija, Philippines, powers the site.", {("Nueva Ecija", "locatedIn", "Philippines")}),
    ("Microsoft has a supply agreement with Nvidia for Nvidia's Blackwell chips.",
     {("Nvidia", "supplies", "Microsoft"), ("Nvidia", "develops", "Blackwell")}),
    ("China's industry ministry named Kestrel Labs to its list of little giant firms.", set()),
    ("Morgan Stanley analysts say SK Hynix and Micron are both customers.", set()),
    ("The majority of Sirio Computing belongs to CDP Equity.", {("Sirio Computing", "subsidiaryOf", "CDP Equity")}),
    ("Wuhu invested 2 billion yuan in Chery's chip unit.", set()),
    ("SoftBank bought into Nvidia's vision of AI factories.", set()),
    ("Last week Kestrel Labs raised $40 million. The group formed a testing consortium; Samsung Electronics and SK "
     "Hynix both joined.", set()),
    ("Nvidia gets its HBM from SK Hynix as its main source, with Samsung Electronics still awaiting qualification.",
     {("SK Hynix", "supplies", "Nvidia")}),
])
def test_extract_shapes_of_round_thirty_two_exact(extractor, text, expected):
    assert facts(extractor, text) == expected


def test_a_states_fund_that_buys_in_is_not_the_state(extractor):
    """Dev article 81's headline: the fund invests, not Qatar (the NER gives the fund no name here)."""
    found = facts(extractor, "Qatar fund and Brookfield buy into Norway's Vattenfjord.")
    assert ("Qatar", "investsIn", "Vattenfjord") not in found
    assert ("Vattenfjord", "headquarteredIn", "Norway") in found


def test_we_defined_as_a_firm_in_a_filing_is_that_firm(extractor):
    """A filing or release that defines "we" as a firm ('("Halyard," "we," "us" or "our")') means the
    firm by every "we" and "our" outside quotation marks; "our Kite DSPs" that a customer buys are
    goods, not the firm bought. Without the definition "we" is nobody named."""
    text = ('Halyard Silicon, Inc. ("Halyard," "we," "us" or "our") designs switch chips. We source our '
            'substrates from Ibiden and Unimicron. "We love our customers," said Jensen Huang of Nvidia. '
            'Microsoft, which buys our Kite DSPs directly, accounted for 12% of revenue.')
    found = facts(extractor, text)
    assert {("Ibiden", "supplies", "Halyard Silicon"), ("Unimicron", "supplies", "Halyard Silicon")} <= found
    assert not {f for f in found if f[1] == "acquires"}
    assert not {f for f in found if "Nvidia" in (f[0], f[2]) and "Halyard Silicon" in (f[0], f[2])}
    assert facts(extractor, "We source our substrates from Ibiden and Unimicron.") == set()
    # (a ticker may come between the name and the definition)
    ticker = text.replace('Inc. ("Halyard,"', 'Inc. (NASDAQ: HLYD) ("Halyard,"')
    assert {("Ibiden", "supplies", "Halyard Silicon"), ("Unimicron", "supplies", "Halyard Silicon")} <= facts(extractor, ticker)
