"""Writes ../cases.yaml (FORMAT.md version 1) from the facts of the two fictional
documents (build/*.facts.json) and a few printed figures of the real corpus
documents (REAL below).  Every expected value is taken from a fact, so the
numbers in cases.yaml are exactly the ones printed in the PDFs; the comment
above each case names file, page, table, row, column, printed text and the
near-miss values that must NOT be accepted.

Also writes build/case_facts.json, which check.py uses to verify each expected
value against the PDF text.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
W25_FILE = "wassenaar-begroting-2025.pdf"
GGD_FILE = "ggd-dinkel-vecht-programmabegroting-2026.pdf"
GGD = "GGD Dinkel-Vecht"

FACTS = {}
for fn, doc in [("wassenaar2025.facts.json", W25_FILE), ("ggd2026.facts.json", GGD_FILE)]:
    d = json.load(open(os.path.join(HERE, "build", fn), encoding="utf-8"))
    prefix = "W:" if doc == W25_FILE else "G:"
    for k, v in d["facts"].items():
        v = dict(v)
        v["file"] = doc
        FACTS[prefix + k] = v

# printed figures of the real corpus documents (checked by check.py against the files)
REAL = {
    "R:w24-p2-lasten-2025": {"file": "wassenaar-begroting-2024.pdf", "pages": [29], "printed": "-39.593",
                             "value": 39593000, "unit": "EUR",
                             "where": "Tabel 2.3 - Baten en lasten P2 Mens en Maatschappij (bedragen x € 1.000), p. 29; row 'Lasten', column 'Begroting 2025'; line 'Lasten -33.359 -39.007 -38.934 -39.593 -39.634 -38.863'"},
    "R:w24-p2-lasten-2026": {"file": "wassenaar-begroting-2024.pdf", "pages": [29, 66], "printed": "-39.634",
                             "value": 39634000, "unit": "EUR",
                             "where": "Tabel 2.3 (p. 29) and Tabel 6.2 (p. 66), row P2 lasten, column 'Begroting 2026' (x € 1.000)"},
    "R:w24-p5-lasten-2026": {"file": "wassenaar-begroting-2024.pdf", "pages": [66], "printed": "-20.197",
                             "value": 20197000, "unit": "EUR",
                             "where": "Tabel 6.2 Recapitulatie, p. 66; row 'P5 Natuur, klimaat en Mobiliteit', column 'Begroting 2026 lasten' (x € 1.000)"},
    "R:w24-riool-2024": {"file": "wassenaar-begroting-2024.pdf", "pages": [70], "printed": "135,24", "value": 135.24,
                         "unit": "EUR",
                         "where": "Tabel 7.4 - Tarieven riool- en waterzorgheffing, p. 70; row 'Huishouden vastrecht t/m 80 m3', column 'tarief 2024' (tarief 2023: 131,02)"},
    "R:tw20-gezondheid-2021": {"file": "twenterand-programmabegroting-2020-sociaal-domein.txt", "pages": None,
                               "printed": "Gezondheidszorg 2.010.843 2.054.938 2.101.423 2.138.615", "value": 2054938,
                               "unit": "EUR",
                               "where": "Overzicht 3.1 Baten en lasten Sociaal domein (txt line 482), row 'Gezondheidszorg' (lasten), column '2021'; printed 'Gezondheidszorg 2.010.843 2.054.938 2.101.423 2.138.615'"},
    "R:dk20-cultuur": {"file": "dinkelland-begroting-2020-inclusieve-samenleving.txt", "pages": None,
                       "printed": "Cultuur (€ 45.500)", "value": 45500, "unit": "EUR",
                       "where": "Financiële paragraaf uitvoeringsplan sociaal domein (txt line 654): '• Cultuur (€ 45.500): Dit is beschikbaar gesteld voor het actualiseren van de cultuurvisie.'"},
    "R:co23-resultaat": {"file": "collectie-overijssel-jaarstukken-2023.pdf", "pages": [3],
                         "printed": "exploitatieresultaat van € 137.000", "value": 137000, "unit": "EUR",
                         "where": "Jaarstukken 2023 Collectie Overijssel, p. 3: 'Financieel sluit Collectie Overijssel 2023 af met een exploitatieresultaat van € 137.000,-.' (table 'Resultaat': Exploitatieresultaat 137 (€ '000); 2022: 287)"},
}
FACTS.update(REAL)


PAGETEXT = {W25_FILE: json.load(open(os.path.join(HERE, "build", "wassenaar2025.pagetext.json"), encoding="utf-8")),
            GGD_FILE: json.load(open(os.path.join(HERE, "build", "ggd2026.pagetext.json"), encoding="utf-8"))}


def pages_of(fn, *phrases):
    """'p. 4' / 'p. 7-8': pages of the fictional document on which the phrases are printed."""
    pg = sorted({i + 1 for ph in phrases for i, t in enumerate(PAGETEXT[fn]) if ph in t})
    assert pg, (fn, phrases)
    return "%s p. %s" % (fn, ", ".join(map(str, pg)))


def clean(where):
    return re.sub(r"p\. \[([\d, ]+)\]", lambda m: "p. " + m.group(1), where)


def F(key):
    return FACTS[key]


def val(key):
    f = F(key)
    return abs(f["value"]) if isinstance(f["value"], (int, float)) else None


CASES = []
CASE_FACTS = {}


def num(v):
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, float):
        return round(v, 4)
    return v


def fig(question, key, accept=(), tolerance=None, unit=None, mun=None, near=(), derivation=None, value=None,
        note=None):
    """A figure turn.  key: the fact giving the expected value (or list of facts for a derived value)."""
    keys = key if isinstance(key, list) else [key]
    f0 = F(keys[0])
    v = value if value is not None else val(keys[0])
    exp = {"value": num(v)}
    acc = []
    for a in accept:
        acc.append(num(val(a)) if isinstance(a, str) else num(a))
    if acc:
        exp["accept"] = acc
    if tolerance is not None:
        exp["tolerance"] = tolerance
    exp["unit"] = unit or f0.get("unit") or "EUR"
    if exp["unit"] == "text":
        exp["unit"] = "count"
    exp["municipality"] = mun
    com = []
    for k in keys:
        f = F(k)
        com.append("source: %s: %s; printed '%s'" % (f["file"], clean(f["where"]), f["printed"]))
    for a in accept:
        if isinstance(a, str):
            f = F(a)
            com.append("also accepted: %s: %s; printed '%s'" % (f["file"], clean(f["where"]), f["printed"]))
    if derivation:
        com.append("derivation: " + derivation)
    if note:
        com.append("note: " + note)
    for lab, k in near:
        if isinstance(k, str) and k in FACTS:
            com.append("NOT accepted (%s): %s printed '%s'" % (lab, F(k)["file"], F(k)["printed"]))
        else:
            com.append("NOT accepted (%s): %s" % (lab, k))
    return {"question": question, "kind": "figure", "expect": exp, "_comments": com, "_facts": keys + [a for a in accept if isinstance(a, str)]}


def text(question, include, mun, exclude=None, src=None):
    exp = {"include": include}
    if exclude:
        exp["exclude"] = exclude
    exp["municipality"] = mun
    return {"question": question, "kind": "text", "expect": exp, "_comments": ["source: " + src], "_facts": []}


def refusal(question, why):
    return {"question": question, "kind": "refusal", "_comments": ["refusal: " + why], "_facts": []}


def anyturn(question, exclude, why):
    return {"question": question, "kind": "any", "expect": {"exclude": exclude}, "_comments": ["any: " + why], "_facts": []}


def case(cid, turn=None, municipality=None, turns=None, comment=None):
    c = {"id": cid, "municipality": municipality, "turn": turn, "turns": turns, "comment": comment}
    CASES.append(c)


W, G = "Wassenaar", GGD

# ----------------------------------------------------------------------------------------------
# single figure turns: fictional Wassenaar Begroting 2025
case("bo-w25-rekening-p1", fig(
    "Wat heeft Wassenaar in 2023 werkelijk uitgegeven aan veiligheid en handhaving?", "W:P1|Lasten|2023", mun=W,
    near=[("Begroting 2024* column", "W:P1|Lasten|2024"), ("Begroting 2025 column", "W:P1|Lasten|2025")]),
    municipality=W, comment="Rekening 2023 column exists only in the fictional begroting 2025 (the real begroting 2024 has Begroting 2023).")
case("bo-w25-p4-2028", fig(
    "Hoeveel verwacht Wassenaar in 2028 uit te geven aan de fysieke leefomgeving?", "W:P4|Lasten|2028", mun=W,
    near=[("2027 column", "W:P4|Lasten|2027"), ("2025 column", "W:P4|Lasten|2025")]))
case("bo-w25-tv-6752", fig(
    "Lasten taakveld 6.752 Jeugdhulp ambulant regionaal in de begroting 2025?", "W:TV|6.752|lasten", mun=W,
    near=[("saldo column of the same row (same amount, negative)", "-3.947.427"),
          ("P2 toelichting: increase of jeugdhulp regionaal", "W:P2|jeugd-regionaal-stijging")]),
    municipality=W, comment="council-staff wording; taakveld table in whole euros, continued over pages")
case("bo-w25-ggd-bijdrage", fig(
    "Hoeveel betaalt Wassenaar in 2025 aan de GGD?", "W:VP|ggd-2025", mun=W,
    near=[("bijdrage begroting 2024 in the same table", "598.230"),
          ("real begroting 2024, verbonden partijen GGD Haaglanden p. 101", "€ 543.000"),
          ("GGD Dinkel-Vecht (other body, not a participant)", "26.500.894")]),
    municipality=W, comment="user picked Wassenaar: the GGD Dinkel-Vecht document is out of scope")
case("bo-w25-hond", fig(
    "Wat kost de hondenbelasting voor de eerste hond in Wassenaar in 2025?", "W:TAR|hond1-2025", mun=W,
    near=[("tarief 2024 in the same table", "94,20"), ("tweede hond", "W:TAR|hond2-2025"),
          ("real begroting 2024 Tabel 7.2, eerste hond 2024", "95,04")]), municipality=W)
case("bo-w25-afval-1p", fig(
    "Ik woon alleen in een eengezinswoning in Wassenaar. Hoeveel afvalstoffenheffing betaal ik in 2025?",
    "W:TAR|afval-1p-laag-2025", mun=W,
    near=[("gelaagde bouw 2025", "366,60"), ("laagbouw 2024", "360,00"), ("meerpersoons laagbouw 2025", "538,44")]))
case("bo-w25-woonlasten", fig(
    "Wat zijn in 2025 de totale woonlasten voor een gezin met een koophuis in Wassenaar?", "W:WL|totaal-2025",
    mun=W, near=[("2024 column", "W:WL|totaal-2024"), ("only OZB", "626,05")]), municipality=W)
case("bo-w25-ozb", fig(
    "Welk OZB-percentage betalen eigenaren van een woning in Wassenaar in 2025?", "W:OZB|woning-eigenaar",
    mun=W, unit="percent", near=[("niet-woningen eigenaar", "0,1498%"), ("niet-woningen gebruiker", "W:OZB|nw-gebruiker")]),
    municipality=W)
case("bo-w25-reserve", fig(
    "Hoeveel geld zit er eind 2025 nog in de vrij besteedbare algemene reserve van Wassenaar?",
    "W:RES|alg-31-12-2025", accept=[40600000], mun=W,
    near=[("stand 1-1-2025", "40.912"), ("totaal reserves 31-12-2025", "W:RES|totaal-31-12-2025")],
    note="40.600.000 = Kerncijfers (Tabel 0.1, p. 2) 'Algemene reserve (vrij besteedbaar) eind 2025  € mln  40,6'"),
    municipality=W)
case("bo-w25-coa", fig(
    "Welke vergoeding van het COA voor de opvang van vluchtelingen staat in de begroting 2025 van Wassenaar?", "W:P2|coa-vergoeding", mun=W,
    near=[("real begroting 2024 (p. 30): € 350.000 for the coming years", "350.000")]), municipality=W)
case("bo-w25-jeugdhulp-pct", fig(
    "Welk percentage van de jongeren in Wassenaar heeft jeugdhulp, volgens de begroting 2025?", "W:BI|jeugdhulp",
    mun=W, unit="percent", tolerance=0.05,
    near=[("Nederland column", "12,6"), ("real begroting 2024 Tabel 6.1: 8,7% (2022)", "8,7"),
          ("streefwaarde 2025 in Tabel 2.1", "10,0%")],
    note="Tabel 2.1 (p. 4) prints the same 10,4% as realisatie 2023"))
case("bo-w25-jeugdzorg-totaal", fig(
    "Hoeveel geeft Wassenaar in 2025 in totaal uit aan jeugdhulp en jeugdbescherming?", "W:SD|jeugd-2025",
    tolerance=1000, mun=W,
    near=[("begroting 2024* of the same table", "7.812"), ("verschil column", "W:SD|jeugd-verschil"),
          ("only 6.752 jeugdhulp ambulant regionaal", "W:TV|6.752|lasten")],
    note="tolerance 1000 admits the sum of the 10 jeugd taakvelden in Tabel 12.5 in whole euros"), municipality=W)

# single figure turns: fictional GGD Dinkel-Vecht
case("bo-ggd-tarief-jgz", fig(
    "Welk bedrag per kind rekent de GGD Dinkel-Vecht in 2026 voor de jeugdgezondheidszorg?", "G:TAR|jgz-2026",
    mun=G, near=[("tarief 2025", "266,15"), ("publieke gezondheid per inwoner", "G:TAR|pg-2026")]))
case("bo-ggd-fte-vt", fig(
    "Hoeveel fte heeft Veilig Thuis in 2026?", "G:FTE|vt-2026", mun=G, unit="count", tolerance=0.05,
    near=[("begroting 2025", "35,4"), ("uitbreiding", "3,2")]), municipality=G)
case("bo-ggd-overhead", fig(
    "Hoeveel geeft de GGD Dinkel-Vecht in 2026 uit aan overhead?", "G:OH|2026", mun=G,
    near=[("Tabel 3.1 row 'Overhead (saldo)' = lasten minus baten 85", "(6.744)"), ("percentage", "21,3%")]),
    comment="the overhead lasten are printed only in prose; Tabel 3.1 shows the saldo")
case("bo-ggd-twenterand-2027", fig(
    "Wat moet Twenterand in 2027 naar verwachting aan de GGD Dinkel-Vecht betalen?", "G:MJB|Twenterand|2027", mun=G,
    near=[("2026 (Tabel 4.2 and B.1)", "G:BIJ|Twenterand|tot"), ("2028 column (left of 2027)", "G:MJB|Twenterand|2028")],
    note="Tabel B.1 prints the years right to left: 2029, 2028, 2027, 2026"))
case("bo-ggd-totaal-bijdragen", fig(
    "Hoeveel betalen alle gemeenten samen in 2026 aan de GGD Dinkel-Vecht?", "G:BIJ|totaal|tot",
    accept=["G:MJR|bijdragen|2026", 26500000], mun=G,
    near=[("2025 na wijziging", "25.462.250"), ("2027", "G:MJR|bijdragen|2027")],
    note="26.500.000 = Tabel 1 Kerngegevens 'Bijdragen gemeenten 2026  € mln  26,5'"), municipality=G)
case("bo-ggd-inspecties", fig(
    "Hoeveel inspecties bij de kinderopvang wil de GGD in 2026 doen?", "G:IND|5|Inspecties kinderopvang|2026",
    value=641, unit="count", mun=G,
    near=[("begroting 2025", "630"), ("realisatie 2024", "612"), ("locaties", "304")]), municipality=G)

# single figure turn: real Dinkelland document
case("bo-real-dinkelland-cultuur", fig(
    "Hoeveel geld had Dinkelland in de begroting 2020 beschikbaar voor het actualiseren van de cultuurvisie?",
    "R:dk20-cultuur", mun="Dinkelland", near=[("Sport als middel", "€ 52.000"), ("Eenzaamheid", "€ 7.000")]))

# ----------------------------------------------------------------------------------------------
# conversations
case("bo-conv-w-p2", turns=[
    fig("Wat stond er in de begroting 2024 aan lasten voor Mens en Maatschappij voor het jaar 2025?",
        "R:w24-p2-lasten-2025", tolerance=1000, mun=W,
        near=[("fictional begroting 2025, column 2025", "W:P2|Lasten|2025"), ("begroting 2024 column 2024", "-38.934")]),
    fig("En wat staat daarvoor nu in de begroting 2025?", "W:P2|Lasten|2025", accept=["W:TV|tot-P2|lasten"], mun=W,
        near=[("Begroting 2024* column", "W:P2|Lasten|2024"), ("2026 column", "W:P2|Lasten|2026")]),
    fig("Hoeveel is dat meer?", ["W:P2|Lasten|2025", "R:w24-p2-lasten-2025"], value=41662000 - 39593000,
        accept=[41661575 - 39593000], tolerance=1000, mun=W,
        derivation="41.662.000 - 39.593.000 = 2.069.000 (or 41.661.575 - 39.593.000 = 2.068.575)",
        near=[("2025 minus 2024* of the new document", "1.282.000")]),
], municipality=W, comment="real begroting 2024 versus fictional begroting 2025, same programme and year")

case("bo-conv-ggd-gemeenten", turns=[
    fig("Hoeveel betaalt Dinkelland in 2026 aan de GGD Dinkel-Vecht?", "G:BIJ|Dinkelland|tot", mun=G,
        near=[("2025 na wijziging", "G:BIJ|Dinkelland|t25"), ("verschil", "G:BIJ|Dinkelland|verschil")]),
    fig("En Twenterand?", "G:BIJ|Twenterand|tot", mun=G, near=[("2025", "G:BIJ|Twenterand|t25")]),
    fig("Hoeveel betalen die twee gemeenten samen?", ["G:BIJ|Dinkelland|tot", "G:BIJ|Twenterand|tot"],
        value=val("G:BIJ|Dinkelland|tot") + val("G:BIJ|Twenterand|tot"), mun=G,
        derivation="%d + %d = %d" % (val("G:BIJ|Dinkelland|tot"), val("G:BIJ|Twenterand|tot"),
                                     val("G:BIJ|Dinkelland|tot") + val("G:BIJ|Twenterand|tot"))),
], comment="no municipality picked: the contributions are in the GGD document, not in the municipalities' own documents")

case("bo-conv-ggd-jgz", turns=[
    fig("Wat zijn de lasten van de jeugdgezondheidszorg in 2026?", "G:PR|1|Lasten|2026", mun=G,
        near=[("begroting 2025 na wijziging (middle column)", "G:PR|1|Lasten|2025"), ("saldo", "(12.698)")]),
    fig("En in de jaarrekening 2024?", "G:PR|1|Lasten|2024", mun=G, near=[("2025", "G:PR|1|Lasten|2025")]),
    fig("En de baten in 2026?", "G:PR|1|Baten|2026", mun=G, near=[("baten 2025", "1.195"), ("baten 2024", "1.187")]),
], municipality=G, comment="years printed right to left: Begroting 2026 | Begroting 2025 na wijziging | Jaarrekening 2024")

case("bo-conv-w-resultaat", turns=[
    fig("Houdt Wassenaar volgens de begroting 2025 geld over in 2025, en hoeveel?", "W:REC|result|2025", mun=W,
        near=[("real begroting 2024, Tabel 6.2, geraamde resultaat 2025", "368"), ("saldo van baten en lasten", "W:REC|saldo|2025"),
              ("structureel saldo 2025", "W:STRUCT|2025")]),
    fig("En in 2026?", "W:REC|result|2026", mun=W,
        near=[("structureel saldo 2026", "W:STRUCT|2026"), ("real begroting 2024 resultaat 2026", "-4.314")],
        note="a deficit: absolute value compared (signed: false)"),
], municipality=W)

case("bo-conv-twenterand", turns=[
    fig("Wat gaf Twenterand volgens de programmabegroting 2020 in 2021 uit aan gezondheidszorg?",
        "R:tw20-gezondheid-2021", mun="Twenterand", near=[("2020 column", "2.010.843"), ("2022 column", "2.101.423")]),
    fig("En hoeveel betaalt Twenterand in 2026 aan de GGD Dinkel-Vecht voor Veilig Thuis?", "G:BIJ|Twenterand|vt",
        mun=G, near=[("total contribution", "G:BIJ|Twenterand|tot"), ("JGZ part", "2.027.603")]),
], comment="real Twenterand document, then the fictional GGD document")

case("bo-conv-w-riool", turns=[
    fig("Hoeveel is het vastrecht van de rioolheffing voor een huishouden in Wassenaar in 2025?",
        "W:TAR|riool-vast-2025", mun=W, near=[("per m3 boven 80 m3", "1,76")]),
    fig("En hoeveel was dat in 2024?", "W:TAR|riool-vast-2024", accept=["R:w24-riool-2024"], mun=W,
        note="fictional begroting 2025 Tabel 7.2 prints tarief 2024 136,20; the real begroting 2024 Tabel 7.4 prints 135,24; both accepted",
        near=[("tarief 2025", "140,64")]),
], municipality=W)

case("bo-conv-resultaten", turns=[
    fig("Met welk resultaat sloot Collectie Overijssel het jaar 2023 af?", "R:co23-resultaat",
        mun="Collectie Overijssel", near=[("2022 resultaat", "287.000")]),
    fig("En met welk resultaat sloot de GGD Dinkel-Vecht 2024 af?", "G:JR24|result", mun=G,
        near=[("part added to algemene reserve", "€ 200.000")]),
])

case("bo-conv-w-investeringen", turns=[
    fig("Hoeveel investeert Wassenaar in 2025 in totaal?", "W:INV|totaal-2025", mun=W,
        near=[("total 2025-2028", "W:INV|totaal-alles"), ("only P5", "2.570")]),
    refusal("En in 2029?", "the investment plan (Tabel 10.1) runs 2025-2028; no 2029 figure in any document"),
], municipality=W)

case("bo-conv-ggd-inwoners", turns=[
    fig("Hoeveel mensen wonen er in het werkgebied van de GGD Dinkel-Vecht?", "G:KG|inwoners", unit="count", mun=G,
        near=[("jeugdigen 0-18", "52.997")]),
    fig("En hoeveel daarvan wonen in Twenterand?", "G:BIJ|Twenterand|inw", unit="count", mun=G,
        near=[("jeugdigen Twenterand", "7.270")]),
])

# ----------------------------------------------------------------------------------------------
# refusals
case("bo-ref-enschede", refusal(
    "Hoeveel betaalt Enschede in 2026 aan de GGD Dinkel-Vecht?",
    "Enschede is not one of the eight participants in Tabel 4.2; no document has an Enschede figure"))
case("bo-ref-twenterand-ozb", refusal(
    "Wat is het OZB-tarief voor woningen in Twenterand in 2025?",
    "the only Twenterand document is the programma Sociaal Domein of 2020; no OZB tariffs"), municipality="Twenterand")
case("bo-ref-ggd-salaris", refusal(
    "Wat verdient de directeur publieke gezondheid van de GGD Dinkel-Vecht?",
    "no salaries or WNT figures in the GGD document"), municipality=G)
case("bo-ref-w-realisatie-2025", refusal(
    "Hoeveel heeft Wassenaar in 2025 werkelijk uitgegeven aan jeugdhulp?",
    "only budgets for 2025 exist (begroting 2024 and 2025); no jaarrekening 2025 in the corpus"), municipality=W)
case("bo-ref-paspoort", refusal(
    "Wat kost een paspoort in Wassenaar in 2025?",
    "no leges tariff for passports; the fictional document only counts 3.900 aanvragen and the real 2024 document has the kostendekking of reisdocumenten (344.000), not a price"),
    municipality=W)
case("bo-ref-provincie", refusal(
    "Hoe groot is de begroting van de provincie Overijssel voor 2026?", "no provincial document in the corpus"))
case("bo-ref-bijstand-2030", refusal(
    "Hoeveel mensen in Wassenaar zitten in 2030 naar verwachting in de bijstand?",
    "Tabel 2.1 has realisatie 2023 and streefwaarden 2025 and 2028 only"), municipality=W)
case("bo-ref-ggd-2030", refusal(
    "Wat kost Veilig Thuis volgens de GGD Dinkel-Vecht in 2030?",
    "the meerjarenraming (Tabel 3.1, Tabel B.1) ends in 2029"), municipality=G)

# ----------------------------------------------------------------------------------------------
# text turns
case("bo-txt-w-toegang", text(
    "Hoe wil Wassenaar in 2025 de toegang van het Sociaal Team versterken?",
    [["POH-jeugd", "praktijkondersteuner"], ["Huis van de Buurt", "inloop"]], W,
    src=pages_of(W25_FILE, "POH-jeugd", "Huis van de") + ", P2 'Wat gaan we daarvoor doen?' first bullet and toelichting 'Integrale toegang Sociaal Team'"), municipality=W)
case("bo-txt-w-meerjarig", text(
    "Waarom laat de meerjarenraming van Wassenaar na 2025 tekorten zien?", [["gemeentefonds", "ravijnjaar"]], W,
    src=pages_of(W25_FILE, "ravijnjaar") + ": Inleiding ('onzekere ontwikkeling van het gemeentefonds na 2025 (het zogeheten ravijnjaar)') and risk in Tabel 8.1"),
    municipality=W)
case("bo-txt-w-afval", text(
    "Wat doet Wassenaar om minder restafval te krijgen?", [["omgekeerd inzamelen", "omgekeerde inzameling"]], W,
    src=pages_of(W25_FILE, "omgekeerd inzamelen in bij de hoogbouw") + ", P5 'Wat gaan we daarvoor doen?' ('We voeren omgekeerd inzamelen in bij de hoogbouw, samen met Avalex'); also Paragraaf Verbonden partijen"),
    municipality=W)
case("bo-txt-w-wonen", text(
    "Hoeveel woningen wil Wassenaar de komende jaren bouwen, en voor wie?", ["350", ["sociale huur", "starters"]], W,
    src=pages_of(W25_FILE, "minimaal 350 woningen") + ", P4 ('minimaal 350 woningen, waarvan ten minste 30% sociale huur'; 'starters, jonge gezinnen en senioren')"))
case("bo-txt-w-kansrijk", text(
    "Wat houdt Kansrijke Start in Wassenaar in?", [["aanstaande ouders", "zwanger"], ["kwetsbare", "kwetsbaar"]], W,
    src=pages_of(W25_FILE, "aanstaande ouders") + ", P2 bullet ('voor aanstaande ouders in kwetsbare situaties'); note the GGD and real Dinkelland documents also mention Kansrijke Start"),
    municipality=W)
case("bo-txt-ggd-vaccinatie", text(
    "Wat gaat de GGD Dinkel-Vecht doen om meer kinderen gevaccineerd te krijgen?",
    [["avondspreekuren", "avondspreekuur"], ["twijfelende ouders", "twijfel"]], G,
    src=pages_of(GGD_FILE, "avondspreekuren") + ", programma 1 'Wat gaan we daarvoor doen?'"), municipality=G)
case("bo-txt-ggd-verdeling", text(
    "Hoe wordt berekend hoeveel een gemeente aan de GGD Dinkel-Vecht betaalt?",
    [["per inwoner", "inwoners"], ["jeugdige", "0 tot 18", "0-18"]], G,
    src=pages_of(GGD_FILE, "bedrag per jeugdige") + ", hoofdstuk 4 and Tabel 4.1"))
case("bo-txt-ggd-oldenzaal", text(
    "Waarom gaat Oldenzaal in 2026 minder betalen aan de GGD?", [["inwoners", "BRP"]], G,
    src=pages_of(GGD_FILE, "BRP-telling") + ", footnote under Tabel 4.2 ('lager aantal inwoners na de correctie van de BRP-telling')"),
    municipality=G)
case("bo-txt-ggd-plus", text(
    "Wat zijn plusproducten bij de GGD Dinkel-Vecht?", [["aanvullende", "extra", "apart"]], G,
    src=pages_of(GGD_FILE, "plusproducten") + ", 'Plusproducten'"), municipality=G)
case("bo-txt-ggd-veiligthuis", text(
    "Wat wil de GGD bereiken met Veilig Thuis?", [["huiselijk geweld"], ["kindermishandeling"]], G,
    src=pages_of(GGD_FILE, "kindermishandeling stoppen") + ", programma 4 'Wat willen we bereiken?'"), municipality=G)

# ----------------------------------------------------------------------------------------------
# any turns (ambiguous questions: a clarification or either document's figure is fine)
case("bo-any-w-p2-2026", anyturn(
    "Wat zijn de lasten van Mens en Maatschappij in 2026?", ["20.552", "20.197"],
    "both Wassenaar documents have a 2026 column (real 2024: 39.634 x € 1.000; fictional 2025: 42.693 x € 1.000); excluded: P5 lasten 2026 of either document (wrong row)"),
    municipality=W)
case("bo-any-ggd-twenterand", anyturn(
    "Hoeveel betaalt Twenterand aan de GGD?", ["2.801.851", "631.914"],
    "no year: 2025 (3.439.158), 2026 (3.592.544) or 2027-2029 are all printed; a clarification is fine. Excluded: Dinkelland's 2026 contribution and Wassenaar's GGD Haaglanden bijdrage"))


# ----------------------------------------------------------------------------------------------
def q(s):
    return json.dumps(s, ensure_ascii=False)


def emit_expect(exp, ind):
    parts = []
    for k in ["value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"]:
        if k in exp and exp[k] is not None:
            v = exp[k]
            if k in ("unit", "municipality"):
                parts.append("%s: %s" % (k, q(v) if k == "municipality" else v))
            else:
                parts.append("%s: %s" % (k, json.dumps(v, ensure_ascii=False)))
    return ind + "expect: {" + ", ".join(parts) + "}"


out = ["# set-bo: blind evaluation set over the four corpus documents plus two FICTIONAL documents",
       "# (wassenaar-begroting-2025.pdf, ggd-dinkel-vecht-programmabegroting-2026.pdf; see source/README.md).",
       "# Generated by source/make_cases.py from the facts written by the document generators; values are in",
       "# euros after the table's scale.  Comments above each case: source and NOT-accepted near misses.",
       "version: 1", "cases:"]
stats = {"figure": 0, "text": 0, "refusal": 0, "any": 0}
ids = set()
for c in CASES:
    assert c["id"] not in ids, c["id"]
    ids.add(c["id"])
    turns = c["turns"] or [c["turn"]]
    if c["comment"]:
        out.append("# " + c["comment"])
    for i, t in enumerate(turns):
        for cm in t["_comments"]:
            out.append("# %s%s" % ("turn %d: " % (i + 1) if c["turns"] else "", cm))
        stats[t["kind"]] += 1
    out.append("- id: " + c["id"])
    if c["municipality"]:
        out.append("  municipality: " + q(c["municipality"]))
    if c["turns"]:
        out.append("  turns:")
        for t in turns:
            out.append("  - question: " + q(t["question"]))
            out.append("    kind: " + t["kind"])
            if "expect" in t:
                out.append(emit_expect(t["expect"], "    "))
    else:
        t = turns[0]
        out.append("  question: " + q(t["question"]))
        out.append("  kind: " + t["kind"])
        if "expect" in t:
            out.append(emit_expect(t["expect"], "  "))
    CASE_FACTS[c["id"]] = [{"kind": t["kind"], "expect": t.get("expect"), "facts": t["_facts"]} for t in turns]

with open(os.path.join(SET, "cases.yaml"), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
with open(os.path.join(HERE, "build", "case_facts.json"), "w", encoding="utf-8") as f:
    json.dump({"cases": CASE_FACTS, "facts": {k: FACTS[k] for k in sorted({x for v in CASE_FACTS.values() for t in v for x in t["facts"]})}},
              f, ensure_ascii=False, indent=1)
nturns = sum(stats.values())
print("cases.yaml: %d cases, %d turns %s" % (len(CASES), nturns, stats))
