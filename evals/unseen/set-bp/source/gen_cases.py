"""Writes ../cases.yaml (FORMAT.md version 1) and build/checks.json from the facts of the two fictional
documents and a few hand-verified figures of the four real corpus documents.

Every figure turn names the printed strings it relies on; check.py verifies that each of them occurs in
the document text (pdfplumber and pdftotext for PDFs, plain text for .txt). Page numbers in the YAML
comments are looked up here in the pdfplumber text (build/*.plumber.txt).
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, "build")
SET = os.path.dirname(HERE)
CORPUS = os.path.join(SET, "corpus")

DK = json.load(open(os.path.join(BUILD, "dinkelland_facts.json")))
ISD = json.load(open(os.path.join(BUILD, "isd_facts.json")))
F_DK = "dinkelland-programmabegroting-2026.pdf"
F_ISD = "isd-aamstreek-jaarstukken-2024.pdf"
F_CO = "collectie-overijssel-jaarstukken-2023.pdf"
F_W = "wassenaar-begroting-2024.pdf"
F_TW = "twenterand-programmabegroting-2020-sociaal-domein.txt"
F_D20 = "dinkelland-begroting-2020-inclusieve-samenleving.txt"
M_ISD = "ISD Aamstreek"

PAGES = {}
from common import nl as nlk, dec, rnd


def mln(x_k):
    return dec(x_k / 1000.0, 1)



def pages_of(fname):
    """List of page texts (pdfplumber) for a PDF in corpus/, cached in build/<name>.plumber.txt."""
    if fname in PAGES:
        return PAGES[fname]
    cache = os.path.join(BUILD, fname + ".plumber.txt")
    if not os.path.exists(cache):
        raise SystemExit("missing %s: run build.sh (extract step) first" % cache)
    txt = open(cache, encoding="utf-8").read()
    parts = re.split(r"^=== page (\d+)$", txt, flags=re.M)
    pages = [parts[i + 1] for i in range(1, len(parts), 2)]
    PAGES[fname] = pages
    return pages


def norm(s):
    return re.sub(r"\s+", " ", s)


def find_page(fname, printed, ctx):
    if fname.endswith(".txt"):
        return None
    for i, t in enumerate(pages_of(fname)):
        t = norm(t)
        if printed in t and (ctx is None or ctx in t):
            return i + 1
    raise SystemExit("not found: %r (ctx %r) in %s" % (printed, ctx, fname))


CHECKS = []
CASES = []


def fig(q, value, muni_expect, src, accept=None, tol=None, unit="EUR", note=None, near=None, derived=False):
    """A figure turn. src: list of (file, printed, ctx, description). derived: a difference the question asks for."""
    return {"kind": "figure", "q": q, "value": value, "accept": accept or [], "tol": tol, "unit": unit,
            "muni": muni_expect, "src": src, "note": note, "near": near or [], "derived": derived}


def ref(q, note):
    return {"kind": "refusal", "q": q, "note": note}


def txt(q, include, muni_expect, src, note=None):
    return {"kind": "text", "q": q, "include": include, "muni": muni_expect, "src": src, "note": note}


def anyk(q, muni_expect=None, exclude=None, note=None):
    return {"kind": "any", "q": q, "muni": muni_expect, "exclude": exclude or [], "note": note}


def case(cid, turns, ui=None):
    CASES.append({"id": cid, "ui": ui, "turns": turns})


def dk(key, ctx, desc=None):
    f = DK[key]
    return (F_DK, f["printed"], ctx, desc or f["where"])


def isd(key, ctx, desc=None, printed=None):
    f = ISD[key]
    return (F_ISD, printed or f["printed"], ctx, desc or f["where"])


def near_of(facts, key):
    return facts[key].get("near", [])


# =============================================================================================
# Dinkelland, Programmabegroting 2026 (fictional) - single figure turns
# =============================================================================================
f = DK["tv_jeugd_verblijf_L"]
case("bp-dk-01", [fig("Hoeveel geeft Dinkelland in 2026 uit aan jeugdhulp met verblijf?", f["value"], "Dinkelland",
                      [dk("tv_jeugd_verblijf_L", "6.762 Jeugdhulp met verblijf regionaal"),
                       (F_DK, "6.762 Jeugdhulp met verblijf regionaal 1.318 1.207 1.136", "Programma 5 Inclusieve samenleving", "Tabel 17 (x € 1.000), row 6.762, column 2026: 1.136")],
                      accept=[f["k_value"]],
                      near=["1.318 (rekening 2024)", "1.207 (begroting 2025)", "1.109 (2027)", "4.185.937 / 4.186 (6.752 jeugdhulp ambulant)"])],
     ui="Dinkelland")
f = DK["vp_vrt_2026"]
case("bp-dk-02", [fig("Hoeveel betaalt de gemeente Dinkelland in 2026 aan de Veiligheidsregio Twente?", f["value"], "Dinkelland",
                      [dk("vp_vrt_2026", "Veiligheidsregio Twente Gemeenschappelijke regeling")], near=f["near"])])
f = DK["alg_uitkering_2026_e"]
AU = DK["alg_uitkering_2026_k"]["years"]
case("bp-dk-03", [fig("Hoeveel geld krijgt Dinkelland in 2026 uit het gemeentefonds?", f["value"], "Dinkelland",
                      [dk("alg_uitkering_2026_e", "Algemene dekkingsmiddelen en overhead"),
                       (F_DK, "0.7 Algemene uitkering en overige uitkeringen " + " ".join(nlk(AU[y]) for y in ("2024", "2025", "2026")), "Tabel 21 Wat mag het kosten", DK["alg_uitkering_2026_k"]["where"] + " (label wraps: 'gemeentefonds' on the next line)"),
                       (F_DK, "Algemene uitkering gemeentefonds %s %s" % (mln(AU["2025"]), mln(AU["2026"])), "Tabel 3 Baten naar soort", "Tabel 3 (€ mln), row 'Algemene uitkering gemeentefonds', column 'Begroting 2026': " + mln(AU["2026"]))],
                      accept=[DK["alg_uitkering_2026_k"]["value"], rnd(AU["2026"] / 100.0) * 100000],
                      near=[mln(AU["2025"]) + " mln (begroting 2025)", nlk(AU["2024"]) + " (rekening 2024, x € 1.000)", DK["prog_ADM_B"]["printed"] + " (totaal baten algemene dekkingsmiddelen)"])],
     ui="Dinkelland")
f = DK["ozb_won_2026"]
case("bp-dk-04", [fig("Wat is het OZB-tarief voor eigenaren van een woning in Dinkelland in 2026?", f["value"], "Dinkelland",
                      [dk("ozb_won_2026", "OZB woningen, eigenaren")], tol=0.00005, unit="percent", near=f["near"],
                      note="percent of the WOZ value as printed (0,0934%)")])
f = DK["riool_2026"]
case("bp-dk-05", [fig("Hoeveel rioolheffing betaal ik in 2026?", f["value"], "Dinkelland",
                      [dk("riool_2026", "Rioolheffing, per aansluiting")], near=f["near"] + ["271,32 is also in Tabel 27 Woonlasten"])],
     ui="Dinkelland")
f = DK["alg_reserve_eind2026"]
case("bp-dk-06", [fig("Hoeveel zit er eind 2026 naar verwachting nog in de algemene reserve van Dinkelland?", f["value"], "Dinkelland",
                      [dk("alg_reserve_eind2026", "Algemene reserve Algemene 11.482")], near=f["near"] + ["11.482 is also Tabel 28 (weerstandscapaciteit)"])])
f = DK["inv_ikc_2027"]
case("bp-dk-07", [fig("Wat investeert de gemeente in 2027 in de uitbreiding van het kindcentrum in Denekamp?", f["value"], "Dinkelland",
                      [dk("inv_ikc_2027", "Uitbreiding Integraal Kindcentrum Denekamp")], near=f["near"])],
     ui="Dinkelland")
f = DK["structureel_2026"]
case("bp-dk-08", [fig("Wat is het structurele begrotingssaldo van Dinkelland voor 2026?", f["value"], "Dinkelland",
                      [dk("structureel_2026", "Structureel begrotingssaldo")], near=f["near"])])
f = DK["jeugdhulp_pct"]
case("bp-dk-09", [fig("Welk deel van de jongeren in Dinkelland krijgt jeugdhulp, volgens de begroting 2026?", f["value"], "Dinkelland",
                      [dk("jeugdhulp_pct", "Jongeren met jeugdhulp")], unit="percent", near=f["near"] + ["0,6 (jeugdbescherming)"])])
f = DK["opbr_afval_2026"]
case("bp-dk-10", [fig("Hoeveel haalt Dinkelland in 2026 op met de afvalstoffenheffing?", 2842118, "Dinkelland",
                      [(F_DK, "€ 2.842.118", "De opbrengst van de afvalstoffenheffing", "Paragraaf Lokale heffingen, prose 'opbrengst van de afvalstoffenheffing ... geraamd op € 2.842.118'"),
                       dk("opbr_afval_2026", "Afvalstoffenheffing 2.716")],
                      accept=[f["value"]], near=f["near"])],
     ui="Dinkelland")

# =============================================================================================
# ISD Aamstreek, Jaarstukken 2024 (fictional) - single figure turns
# =============================================================================================
f = ISD["afrekening_Holterbroek"]
case("bp-isd-01", [fig("Hoeveel geld krijgt Holterbroek terug van de ISD Aamstreek over 2024?", f["value"], M_ISD,
                       [isd("afrekening_Holterbroek", "Holterbroek 23.918")],
                       note="printed in brackets (terugbetaling); compared as absolute value",
                       near=["definitieve/voorlopige bijdrage Holterbroek: %s / %s" % (ISD["definitief_Holterbroek"]["printed"], ISD["voorlopig_Holterbroek"]["printed"])])])
f = ISD["sleutel_Oudewerf"]
case("bp-isd-02", [fig("Wat is het aandeel van Oudewerf in de verdeelsleutel van de sociale dienst voor 2024?", f["value"], M_ISD,
                       [isd("sleutel_Oudewerf", "Oudewerf 12.655")], unit="percent", tol=0.005,
                       near=["%s (Marlemond)" % ISD["sleutel_Marlemond"]["printed"]])],
     ui=M_ISD)
f = ISD["bijstand_R24"]
case("bp-isd-03", [fig("Hoeveel heeft de ISD Aamstreek in 2024 uitgegeven aan bijstandsuitkeringen?", f["value"], M_ISD,
                       [isd("bijstand_R24", "Bijstandsuitkeringen Participatiewet 23.480.000"),
                        (F_ISD, "Bijstandsuitkeringen Participatiewet 22.914 23.650 23.480 22.868", "5.1 Overzicht van baten en lasten", "5.1 Overzicht (x € 1.000), row 'Bijstandsuitkeringen Participatiewet', column 'Realisatie 2024': 22.868")],
                       accept=[f["k_value"]], near=f["near"])])
f = ISD["resultaat_e"]
case("bp-isd-04", [fig("Met welk resultaat sluit de jaarrekening 2024 van de sociale dienst af?", f["value"], M_ISD,
                       [isd("resultaat_e", "Voorwoord"),
                        (F_ISD, "Resultaat na bestemming 313 0 0 259 259 V", "5.1 Overzicht van baten en lasten", "5.1 Overzicht, row 'Resultaat na bestemming', column 'Realisatie 2024': 259 (x € 1.000)")],
                       accept=[f["k_value"]], near=["313 / 312.640 (resultaat 2023)", "214 (saldo voor bestemming, x € 1.000)"])],
     ui=M_ISD)
f = ISD["bijstand_aamsveen"]
case("bp-isd-05", [fig("Hoeveel bijstand heeft de ISD in 2024 betaald aan inwoners van Aamsveen?", f["value"], M_ISD,
                       [isd("bijstand_aamsveen", "Kosten van de regelingen per gemeente")], near=f["near"])],
     ui=M_ISD)
f = ISD["bijz_bijstand_onder"]
case("bp-isd-06", [fig("Hoeveel minder is er in 2024 aan bijzondere bijstand uitgegeven dan in de begroting na wijziging stond?", f["value"], M_ISD,
                       [isd("bijz_bijstand_onder", "Bijzondere bijstand 1.620.000 1.497.366", printed="-" + f["printed"]),
                        (F_ISD, "Bijzondere bijstand 1.488 1.520 1.620 1.497 123 V", "5.1 Overzicht van baten en lasten", "5.1 Overzicht, row 'Bijzondere bijstand', column 'Verschil': 123 V")],
                       accept=[f["k_value"]], near=f["near"],
                       note="1.620.000 - 1.497.366 = 122.634 (printed as afwijking -122.634)")],
     ui=M_ISD)

# =============================================================================================
# Real corpus documents - single figure turns
# =============================================================================================
case("bp-real-01", [fig("Hoeveel droeg de gemeente Zwolle in 2023 bij aan Collectie Overijssel?", 1662000, "Collectie Overijssel",
                        [(F_CO, "Baten GR Gemeente Zwolle 1.662 1.662 1.614", "2.1. Baten en Lasten", "2.1 Baten en Lasten (€ '000), row 'Baten GR Gemeente Zwolle', column 'Realisatie 2023'")],
                        near=["1.614 (realisatie 2022)", "1.243 (Deventer)"])])
case("bp-real-02", [fig("Wat betaalde een meerpersoonshuishouden in een laagbouwwoning in Wassenaar in 2024 aan afvalstoffenheffing?", 517.32, "Wassenaar",
                        [(F_W, "501,23 517,32", "Meerpersoonshuishouden (laagbouw)", "Tabel 7.6 Tarieven afvalstoffenheffing, row 'Meerpersoonshuishouden (laagbouw)', column 'tarief 2024'")],
                        near=["501,23 (tarief 2023)", "507,12 (gelaagde bouw 2024)"])],
     ui="Wassenaar")
case("bp-real-03", [fig("Welke lasten voor Gezondheidszorg raamde Twenterand in de programmabegroting 2020 voor het jaar 2023?", 2138615, "Twenterand",
                        [(F_TW, "Gezondheidszorg 2.010.843 2.054.938 2.101.423 2.138.615", None, "Overzicht 3.1 Baten en lasten Sociaal domein, row 'Gezondheidszorg', column 2023")],
                        near=["2.101.423 (2022)", "2.054.938 (2021)"])])

# =============================================================================================
# Refusals
# =============================================================================================
case("bp-ref-01", [ref("Hoeveel gaat Dinkelland in 2031 aan jeugdhulp uitgeven?", "the begroting 2026 runs to 2029; no 2031 figure")], ui="Dinkelland")
case("bp-ref-02", [ref("Hoeveel betaalt de gemeente Tubbergen aan de ISD Aamstreek?", "Tubbergen is no member of the fictional ISD (members: Aamsveen, Holterbroek, Marlemond, Oudewerf); Tubbergen only appears in the Dinkelland document (Noaberkracht)")])
case("bp-ref-03", [ref("Wat waren de uitvoeringskosten van de ISD Aamstreek in 2021?", "the jaarstukken 2024 give 2023 and 2024 amounts (kerncijfers back to 2022), nothing for 2021")], ui=M_ISD)
case("bp-ref-04", [ref("Hoeveel verdient de directeur van de ISD Aamstreek?", "no WNT table or salary of the director in the document")])
case("bp-ref-05", [ref("Wat kost een parkeervergunning voor bewoners in Ootmarsum?", "no parking tariff anywhere (taakveld 2.2 Parkeren only has totals)")], ui="Dinkelland")
case("bp-ref-06", [ref("Hoeveel krijgt de gemeente Hof van Twente in 2026 uit het gemeentefonds?", "Hof van Twente is not in the corpus")])
case("bp-ref-07", [ref("Wat is het OZB-tarief voor niet-woningen in Twenterand in 2026?", "Twenterand's document is the 2020 social domain programme; no OZB tariffs, no 2026")])
case("bp-ref-08", [ref("Wat gaat de nieuwe brede school in Weerselo kosten?", "no such investment; the Dinkelland investeringsplanning has IKC Denekamp, not Weerselo")], ui="Dinkelland")

# =============================================================================================
# Text turns
# =============================================================================================
case("bp-txt-01", [txt("Wat is het Noaberhoes?", [["Weerselo", "daginvulling", "dagbesteding"]], "Dinkelland",
                       "Dinkelland begroting 2026 Programma 5 'Noaberhoes' (also described in the real begroting 2020)")], ui="Dinkelland")
case("bp-txt-02", [txt("Wat doet Dinkelland in 2026 tegen eenzaamheid bij ouderen?", [["koffietafel", "dorpsondersteuner"]], "Dinkelland",
                       "Dinkelland begroting 2026 Programma 5 'Eenzaamheid'")])
case("bp-txt-03", [txt("Hoe wil Dinkelland de woningbouw versnellen?", [["woningbouwimpuls", "flexwoning", "140 woningen"]], "Dinkelland",
                       "Dinkelland begroting 2026 Programma 3 Wat gaan we daarvoor doen")], ui="Dinkelland")
case("bp-txt-04", [txt("Waarom heeft Dinkelland in 2028 een tekort op de begroting?", [["ravijnjaar", "jeugd", "gemeentefonds", "open-einde"]], "Dinkelland",
                       "Dinkelland begroting 2026 Financieel meerjarenbeeld prose")], ui="Dinkelland")
case("bp-txt-05", [txt("Hoe wil de gemeente Dinkelland de hoeveelheid restafval omlaag krijgen?", [["scheiden", "lediging", "60 kilo"]], "Dinkelland",
                       "Dinkelland begroting 2026 Programma 6")])
case("bp-txt-06", [txt("Waarom waren de salarislasten van de ISD Aamstreek in 2024 lager dan begroot?", [["vacature"]], M_ISD,
                       "ISD jaarstukken 2024, 5.2 Toelichting and 4.3 Bedrijfsvoering")])
case("bp-txt-07", [txt("Wat doet de sociale dienst aan vroegsignalering van schulden?", [["betalingsachterstand", "vier weken", "woningcorporatie"]], M_ISD,
                       "ISD jaarstukken 2024, 3.3 Programma Minima en schulden")], ui=M_ISD)
case("bp-txt-08", [txt("Wat gebeurt er met het overschot van de ISD Aamstreek over 2024?", [["terug", "verrekend"]], M_ISD,
                       "ISD jaarstukken 2024, voorwoord and 9 Resultaatbestemming ('terug te betalen aan de deelnemers volgens de verdeelsleutel')")])
case("bp-txt-09", [txt("Welke gemeenten nemen deel aan de ISD Aamstreek?", ["Aamsveen", "Holterbroek", "Marlemond", "Oudewerf"], M_ISD,
                       "ISD jaarstukken 2024, cover and voorwoord")])
case("bp-txt-10", [txt("Wie zijn de deelnemers in de gemeenschappelijke regeling Collectie Overijssel?", ["Zwolle", "Deventer"], "Collectie Overijssel",
                       "Collectie Overijssel jaarstukken 2023, 'Deelnemers Het Rijk, Gemeente Zwolle, Gemeente Deventer'")])

# =============================================================================================
# Any turns
# =============================================================================================
case("bp-any-01", [anyk("Is de begroting 2026 van Dinkelland sluitend?", "Dinkelland",
                        note="answer may be text or a figure (voordelig saldo); it must cite the Dinkelland document")], ui="Dinkelland")
case("bp-any-02", [anyk("Wat is de ratio weerstandsvermogen?", None,
                        note="no body or year: Dinkelland 2026 (2,31), Wassenaar 2024 (17,4) and ISD Aamstreek 2024 (1,29) all print one; a clarification or any of them with its citation is fine")])

# =============================================================================================
# Conversations
# =============================================================================================
f = DK["tv_hh_hulp_L"]
case("bp-conv-01", [
    fig("Wat kost de huishoudelijke hulp in Dinkelland in 2026?", f["value"], "Dinkelland",
        [dk("tv_hh_hulp_L", "6.711 Huishoudelijke hulp (Wmo)"),
         (F_DK, "6.711 Huishoudelijke hulp (Wmo) 2.788 2.951 3.087 3.198 3.305 3.391", "Programma 5 Inclusieve samenleving", "Tabel 17, row 6.711 lasten (x € 1.000)")],
        accept=[f["k_value"]], near=["2.951 (2025)", "214.380 (baten 6.711)"]),
    fig("En in 2028?", 3305000, "Dinkelland",
        [(F_DK, "6.711 Huishoudelijke hulp (Wmo) 2.788 2.951 3.087 3.198 3.305 3.391", "Programma 5 Inclusieve samenleving", "Tabel 17, row 6.711 lasten, column 2028 (x € 1.000)")],
        near=["3.198 (2027)", "3.391 (2029)"]),
    fig("Hoeveel is dat meer dan in 2026?", 218000, "Dinkelland",
        [(F_DK, "6.711 Huishoudelijke hulp (Wmo) 2.788 2.951 3.087 3.198 3.305 3.391", "Programma 5 Inclusieve samenleving", "Tabel 17, row 6.711: 3.305 - 3.087")],
        accept=[3305000 - f["value"]], derived=True, note="3.305 - 3.087 = 218 (x € 1.000); from the exact 2026 amount: 3.305.000 - 3.087.164 = 217.836"),
], ui="Dinkelland")
case("bp-conv-02", [
    fig("Wat is de netto schuldquote van Dinkelland in 2026?", DK["nsq_2026"]["value"], "Dinkelland",
        [dk("nsq_2026", "Netto schuldquote 38,6")], unit="percent", near=DK["nsq_2026"]["near"]),
    fig("En in 2029?", DK["nsq_2029"]["value"], "Dinkelland", [dk("nsq_2029", "Netto schuldquote 38,6")], unit="percent",
        near=DK["nsq_2029"]["near"]),
], ui="Dinkelland")
case("bp-conv-03", [
    fig("Hoeveel trekt Dinkelland in de begroting 2026 uit voor het Noaberhoes?", 185000, "Dinkelland",
        [dk("noaberhoes_2026", "Noaberhoes. Het Noaberhoes in Weerselo")], near=["60.000 (real begroting 2020, budget from 2019)", "55 (deelnemers)"]),
    fig("En hoeveel was er eerder voor het Noaberhoes beschikbaar gesteld volgens de begroting 2020?", 60000, "Dinkelland",
        [(F_D20, "Noaberhoes (€ 60.000)", None, "real Dinkelland begroting 2020, Inclusieve samenleving - financieel, bullet 'Noaberhoes (€ 60.000)'")],
        near=["185.000 (begroting 2026)"]),
])
f = DK["prog_P5_L"]
case("bp-conv-04", [
    fig("Hoeveel geeft Dinkelland in 2026 in totaal uit aan het programma Inclusieve samenleving?", f["value"], "Dinkelland",
        [(F_DK, "Totaal lasten 30.015 31.817 32.075", "Programma 5 Inclusieve samenleving", "Tabel 17, row 'Totaal lasten', column 2026 (x € 1.000)"),
         dk("p5_lasten_mln_2026", "5. Inclusieve samenleving 31,8")],
        accept=[32100000], near=["31.817 (2025)", "26.884 (saldo 2026)", "32.204 (2027)"]),
    fig("En hoeveel inkomsten staan daar tegenover?", DK["prog_P5_B"]["value"], "Dinkelland",
        [(F_DK, "Totaal baten 5.075 5.189 5.191", "Programma 5 Inclusieve samenleving", "Tabel 17, row 'Totaal baten', column 2026 (x € 1.000); Tabel 23 Baten 5.191")],
        near=["5.189 (2025)", "5.249 (2027)"]),
], ui="Dinkelland")
f = DK["tv_sportacc_L"]
case("bp-conv-05", [
    fig("Wat kosten de sportaccommodaties de gemeente Dinkelland in 2026?", f["value"], "Dinkelland",
        [dk("tv_sportacc_L", "5.2 Sportaccommodaties"),
         (F_DK, "5.2 Sportaccommodaties 3.761 4.076 4.217", "Programma 4 Economie, onderwijs en vrije tijd", "Tabel 14, row 5.2 lasten (x € 1.000), column 2026")],
        accept=[f["k_value"]], near=["1.204.518 / 1.205 (baten 5.2)", "4.076 (2025)"]),
    ref("En in 2031?", "the meerjarenraming ends in 2029"),
], ui="Dinkelland")
case("bp-conv-06", [
    fig("Wat waren de salarislasten van de ISD Aamstreek in 2024?", ISD["salaris_R24_k"]["exact"], M_ISD,
        [(F_ISD, "€ 6.887.412", "De salarislasten kwamen uit op", "5.2 Toelichting prose 'De salarislasten kwamen uit op € 6.887.412'"),
         (F_ISD, "Salarissen en sociale lasten 6.502 7.105 7.240 6.887 353 V", "5.1 Overzicht van baten en lasten", ISD["salaris_R24_k"]["where"])],
        accept=[ISD["salaris_R24_k"]["value"]], near=ISD["salaris_R24_k"]["near"]),
    fig("En hoeveel was daarvoor oorspronkelijk begroot?", 7105000, M_ISD,
        [(F_ISD, "Salarissen en sociale lasten 6.502 7.105 7.240 6.887 353 V", "5.1 Overzicht van baten en lasten", ISD["salaris_P24_k"]["where"])],
        near=["7.240 (begroting na wijziging)"], note="'oorspronkelijk begroot' = primitieve begroting"),
    fig("Hoeveel is er dus minder uitgegeven dan oorspronkelijk begroot?", 217588, M_ISD,
        [(F_ISD, "Salarissen en sociale lasten 6.502 7.105 7.240 6.887 353 V", "5.1 Overzicht van baten en lasten", "5.1 Overzicht: 7.105 - 6.887")],
        accept=[218000], near=["352.588 / 353 (verschil met de begroting na wijziging)"], derived=True,
        note="7.105.000 - 6.887.412 = 217.588; in thousands 7.105 - 6.887 = 218"),
], ui=M_ISD)
case("bp-conv-07", [
    fig("Hoeveel huishoudens hadden eind 2024 een bijstandsuitkering via de ISD Aamstreek?", 1251, M_ISD,
        [isd("hh_bijstand_2024", "Huishoudens met een bijstandsuitkering (Participatiewet) per 31-12")], unit="count",
        near=ISD["hh_bijstand_2024"]["near"] + ["178 (Dinkelland 2024, other document)"]),
    fig("En eind 2022?", 1322, M_ISD,
        [isd("hh_bijstand_2022", "Huishoudens met een bijstandsuitkering (Participatiewet) per 31-12")], unit="count",
        near=ISD["hh_bijstand_2022"]["near"]),
])
case("bp-conv-08", [
    fig("Wat was de voorlopige bijdrage van Aamsveen aan de ISD Aamstreek voor de uitvoeringskosten 2024?", ISD["voorlopig_Aamsveen"]["value"], M_ISD,
        [isd("voorlopig_Aamsveen", "Aamsveen 41.230")], near=ISD["voorlopig_Aamsveen"]["near"]),
    fig("En die van Oudewerf?", ISD["voorlopig_Oudewerf"]["value"], M_ISD,
        [isd("voorlopig_Oudewerf", "Oudewerf 12.655")], near=ISD["voorlopig_Oudewerf"]["near"]),
])
case("bp-conv-09", [
    fig("Wat is de ratio weerstandsvermogen van Dinkelland in de begroting 2026?", DK["ratio_weerstand"]["value"], "Dinkelland",
        [dk("ratio_weerstand", "De ratio weerstandsvermogen is dan")], unit=None, tol=0.005,
        near=DK["ratio_weerstand"]["near"] + ["17,4 (Wassenaar 2024)", "1,29 (ISD Aamstreek)"]),
    fig("En die van Wassenaar in de begroting 2024?", 17.4, "Wassenaar",
        [(F_W, "= 17,4", "Ratio weerstandsvermogen =", "Paragraaf Weerstandsvermogen, 'Ratio weerstandsvermogen = ... = 17,4'")], unit=None, tol=0.05,
        near=["2,31 (Dinkelland 2026)"]),
])
case("bp-conv-10", [
    fig("Hoeveel geld is er in 2026 beschikbaar voor het leefbaarheidsfonds in Dinkelland?", 215000, "Dinkelland",
        [dk("leefbaarheidsfonds", "Leefbaarheidsfonds. Via het leefbaarheidsfonds"),
         (F_DK, "Leefbaarheidsfonds 215 215 210 -", "Tabel 5 Incidentele lasten", "Tabel 5 Incidentele lasten, row 'Leefbaarheidsfonds', column 2026 (x € 1.000)")],
        near=["640 (reserve leefbaarheidsfonds 1-1-2026, x € 1.000)", "210 (2028)"]),
    fig("En hoe groot was het stimuleringsfonds toen de begroting 2020 werd opgesteld?", 228000, "Dinkelland",
        [(F_D20, "Ten tijde van het opstellen van de begroting 2020 bedraagt het stimuleringsfonds € 228.000", None,
          "real Dinkelland begroting 2020, Inclusieve samenleving - financieel")],
        near=["240.000 (beschikbaar gesteld in de begroting 2019)"]),
])

# =============================================================================================
# YAML output
# =============================================================================================
def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def num(v):
    if isinstance(v, float):
        return ("%.10f" % v).rstrip("0").rstrip(".")   # never an exponent: PyYAML reads 5e-05 as a string
    return str(v)


def yaml_list(items):
    out = []
    for it in items:
        if isinstance(it, list):
            out.append("[" + ", ".join(q(x) for x in it) + "]")
        else:
            out.append(q(it))
    return "[" + ", ".join(out) + "]"


def expect_of(t):
    parts = []
    if t["kind"] == "figure":
        parts.append("value: " + num(t["value"]))
        acc = [a for a in t["accept"] if a != t["value"]]
        if acc:
            parts.append("accept: [" + ", ".join(num(a) for a in acc) + "]")
        if t["tol"]:
            parts.append("tolerance: " + num(t["tol"]))
        if t["unit"]:
            parts.append("unit: " + t["unit"])
        parts.append("municipality: " + q(t["muni"]))
    elif t["kind"] == "text":
        parts.append("include: " + yaml_list(t["include"]))
        parts.append("municipality: " + q(t["muni"]))
    elif t["kind"] == "any":
        if t["exclude"]:
            parts.append("exclude: " + yaml_list(t["exclude"]))
        if t["muni"]:
            parts.append("municipality: " + q(t["muni"]))
    return "{" + ", ".join(parts) + "}" if parts else None


def comments(t, indent):
    pad = " " * indent
    out = []
    if t["kind"] == "figure":
        for fname, printed, ctx, desc in t["src"]:
            page = find_page(fname, printed, ctx)
            loc = ("p. %d" % page) if page else "text file"
            out.append("%s# source: %s, %s: %s | printed: %s" % (pad, fname, loc, desc, printed))
            CHECKS.append({"file": fname, "printed": printed, "ctx": ctx, "page": page})
        if t["near"]:
            out.append("%s# NOT accepted (near misses): %s" % (pad, "; ".join(t["near"])))
        if t["note"]:
            out.append("%s# note: %s" % (pad, t["note"]))
    elif t["kind"] == "refusal":
        out.append("%s# refusal: %s" % (pad, t["note"]))
    elif t["kind"] == "text":
        out.append("%s# source: %s" % (pad, t["src"]))
    elif t["kind"] == "any":
        out.append("%s# any: %s" % (pad, t["note"]))
    return out


lines = ["# set-bp: blind evaluation set (format: shared/evals/FORMAT.md, version 1).",
         "# New documents (FICTIONAL, every figure made up): corpus/dinkelland-programmabegroting-2026.pdf (Prawn)",
         "# and corpus/isd-aamstreek-jaarstukken-2024.pdf (HTMLDOC); the four real corpus documents are mixed in.",
         "# Values are in euros after the table's scale; 'accept' lists the same figure printed elsewhere",
         "# (exact euros in prose or the taakveld annex vs a table in x € 1.000 or € mln).",
         "# Generated by source/gen_cases.py; check.py verifies every 'printed' string below in the document text.",
         "version: 1", "cases:"]
for c in CASES:
    ts = c["turns"]
    if len(ts) == 1:
        t = ts[0]
        lines += comments(t, 0)
        lines.append("- id: " + c["id"])
        lines.append("  question: " + q(t["q"]))
        if c["ui"]:
            lines.append("  municipality: " + q(c["ui"]))
        lines.append("  kind: " + t["kind"])
        e = expect_of(t)
        if e:
            lines.append("  expect: " + e)
    else:
        lines.append("# conversation of %d turns" % len(ts))
        lines.append("- id: " + c["id"])
        if c["ui"]:
            lines.append("  municipality: " + q(c["ui"]))
        lines.append("  turns:")
        for t in ts:
            lines += comments(t, 2)
            lines.append("  - question: " + q(t["q"]))
            lines.append("    kind: " + t["kind"])
            e = expect_of(t)
            if e:
                lines.append("    expect: " + e)

open(os.path.join(SET, "cases.yaml"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
json.dump(CHECKS, open(os.path.join(BUILD, "checks.json"), "w"), ensure_ascii=False, indent=1)
VALUES = []
for c in CASES:
    for i, t in enumerate(c["turns"]):
        if t["kind"] == "figure":
            VALUES.append({"id": c["id"], "turn": i + 1, "value": t["value"], "accept": t["accept"], "unit": t["unit"],
                           "files": sorted(set(x[0] for x in t["src"])), "derived": t["derived"], "note": t["note"]})
json.dump(VALUES, open(os.path.join(BUILD, "values.json"), "w"), ensure_ascii=False, indent=1)
kinds = {}
for c in CASES:
    for t in c["turns"]:
        kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
print("cases: %d, turns: %d, per kind: %s, conversations: %d, printed checks: %d" %
      (len(CASES), sum(len(c["turns"]) for c in CASES), kinds, sum(1 for c in CASES if len(c["turns"]) > 1), len(CHECKS)))
