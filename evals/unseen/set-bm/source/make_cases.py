"""Generate ../cases.yaml (FORMAT.md version 1) and build/case_sources.json from the facts of the
two fictional documents and a few hand-picked cells of the four real corpus documents.

Every figure turn names the cell(s) it comes from; check.py verifies that each printed string
occurs in the PDF/text layer (pdfplumber) of its document and that the expected value follows
from it. Comments above each case give file, page, table, row, column, the printed text and the
near-miss values that must NOT be accepted.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
BUILD = os.path.join(HERE, "build")
CORPUS = os.path.join(SET, "corpus")

TW = "twenterand-programmabegroting-2026.pdf"
BN = "bnt-jaarstukken-2024.pdf"
TW20 = "twenterand-programmabegroting-2020-sociaal-domein.txt"
DK20 = "dinkelland-begroting-2020-inclusieve-samenleving.txt"
WS24 = "wassenaar-begroting-2024.pdf"
CO23 = "collectie-overijssel-jaarstukken-2023.pdf"
BNTNAME = "Belastingsamenwerking Noordoost Twente"

FACTS = {}
for fn, doc in (("facts-twenterand.json", TW), ("facts-bnt.json", BN)):
    for key, v in json.load(open(os.path.join(BUILD, fn), encoding="utf-8")).items():
        v["file"] = doc
        FACTS[key] = v

# hand-picked cells of the real documents: key -> (file, printed text as it appears, value, where)
REAL = {
    "r.tw20.uitkering.2020": (TW20, "Aantal uitkeringsgerechtigden* (participatiewet) 460", 460,
                              "Metingen en verplichte indicatoren Sociale zaken, rij 'Aantal uitkeringsgerechtigden* (participatiewet)', kolom Begroot 2020"),
    "r.tw20.gezondheid.2023": (TW20, "Gezondheidszorg 2.010.843 2.054.938 2.101.423 2.138.615", 2138615,
                               "Overzicht 3.1 Baten en lasten Sociaal domein, rij Gezondheidszorg (lasten), kolom 2023"),
    "r.tw20.onderwijs.2022": (TW20, "Onderwijs 4.019.849 4.048.147 5.363.397", 5363397,
                              "Overzicht 3.1 Baten en lasten Sociaal domein, rij Onderwijs (lasten), kolom 2022"),
    "r.tw20.zorgverz.2018": (TW20, "Aantal verzekerden collectieve zorgverzekering 1420 1467 1408", 1408,
                             "Metingen Maatschappelijke ondersteuning, rij 'Aantal verzekerden collectieve zorgverzekering', kolom 2018"),
    "r.dk20.cultuur": (DK20, "Cultuur (€ 45.500)", 45500, "Inclusieve samenleving - financieel, opsomming incidentele budgetten, 'Cultuur (€ 45.500)'"),
    "r.ws24.p5.lasten.2022": (WS24, "P5 Natuur, klimaat en Mobiliteit 10.997 -17.890", 17890000,
                              "Tabel 12.1 Baten, lasten en saldo 2022-2024 per programma (x € 1.000), rij P5, kolom Rekening 2022 lasten"),
    "r.ws24.woonlasten.2024": (WS24, "€ 1.091,95 € 1.126,86", 1126.86,
                               "Tabel 7.14 Woonlastenoverzicht Wassenaar 2023 en 2024, rij Totaal, kolom Meerpersoonshuishouden 2024"),
    "r.co23.medewerkers": (CO23, "Aantal medewerkers, jaareinde 57", 57, "Kerncijfers, tabel Personeel, rij 'Aantal medewerkers, jaareinde', kolom 2023"),
}


def F(key):
    """(file, printed, value, where) of a fact."""
    if key in REAL:
        return REAL[key]
    f = FACTS[key]
    return (f["file"], f["printed"], f["value"], f["where"])


def src(*keys):
    return list(keys)


# ---------------------------------------------------------------------------------------------------
# Case specifications. A turn: q, kind; figure: value (+accept, tolerance, unit, signed), srcs (fact
# keys whose printed cell yields the value), scale note, derivation, near (list of (description, value))
# ---------------------------------------------------------------------------------------------------
CASES = []


def case(cid, turns, municipality=None, topic=""):
    CASES.append({"id": cid, "municipality": municipality, "turns": turns, "topic": topic})


def fig(q, value, srcs, unit="EUR", emun=None, accept=None, tolerance=None, near=(), scale="", derivation=None, signed=None,
        extra_src=(), op=None):
    return {"q": q, "kind": "figure", "value": value, "accept": accept, "tolerance": tolerance, "unit": unit,
            "emun": emun, "srcs": list(srcs), "near": list(near), "scale": scale, "derivation": derivation,
            "signed": signed, "extra_src": list(extra_src), "op": op}


def txt(q, include, emun=None, srcs_text=(), exclude=None, note=""):
    return {"q": q, "kind": "text", "include": include, "emun": emun, "text_src": list(srcs_text), "exclude": exclude,
            "note": note}


def ref(q, why, absent=()):
    """absent: (file or '*', text) pairs that must not occur in those documents."""
    return {"q": q, "kind": "refusal", "why": why, "absent": [a if isinstance(a, tuple) else ("*", a) for a in absent]}


def anyk(q, exclude, why):
    return {"q": q, "kind": "any", "exclude": exclude, "why": why}


def v(key):
    return F(key)[2]


T = "Twenterand"
B = BNTNAME

# ============================== Twenterand programmabegroting 2026 (fictional) ==============================
case("bm-tw-jeugd-2026", [fig("Hoeveel geeft Twenterand in 2026 uit aan jeugd?", v("tw.db.L.Jeugd.2026"), ["tw.db.L.Jeugd.2026"],
                              emun=T, near=[("2027, zelfde rij", v("tw.db.L.Jeugd.2027")), ("baten Jeugd 2026 (negatief geprint)", v("tw.db.B.Jeugd.2026")),
                                            ("Jeugd 2020 uit de echte begroting 2020", 16695012)],
                              scale="tabel in hele euro's")], municipality=T)
case("bm-tw-inkomensregelingen", [fig("Hoeveel geeft Twenterand in 2026 uit aan inkomensregelingen zoals de bijstand?", v("tw.bijl.L.6.3"), ["tw.bijl.L.6.3"],
                                 emun=T, near=[("baten 6.3 (rijksvergoeding BUIG)", v("tw.bijl.B.6.3")), ("saldo 6.3", v("tw.bijl.B.6.3") - v("tw.bijl.L.6.3")),
                                                                  ("doelenboom Sociale zaken 2026", v("tw.db.L.Sociale zaken.2026"))],
                                 scale="bijlage B.1 in hele euro's (programma 2 heeft geen taakveldtabel x € 1.000)")])
case("bm-tw-gemeentefonds", [fig("Hoeveel geld krijgt Twenterand in 2026 uit het gemeentefonds?", v("tw.au.2026.prose"), ["tw.au.2026.prose", "tw.bijl.B.0.7"],
                                 emun=T, accept=[v("tw.ADM.B.0.7.2026"), 90300000],
                                 near=[("algemene uitkering 2025 (x € 1.000)", v("tw.ADM.B.0.7.2025")), ("totaal baten algemene dekkingsmiddelen", v("tw.ADM.totB.2026"))],
                                 scale="prose en bijlage exact; Tabel 6.1 x € 1.000 (90.291); kerncijfers € mln (90,3)",
                                 extra_src=["tw.ADM.B.0.7.2026", "tw.kf.Algemene uitkering gemeentefonds"])], municipality=T)
case("bm-tw-overschot-2026", [fig("Houdt Twenterand in 2026 geld over op de begroting? Hoeveel?", v("tw.saldo.2026.eur"), ["tw.saldo.2026.eur"],
                                  emun=T, accept=[387000], near=[("structureel saldo 2026 (-2.094 x € 1.000)", v("tw.struct.2026")),
                                                                 ("uitgangspositie Kadernota 2026", v("tw.mut.start.2026"))],
                                  scale="prose exact; Tabel 7.1 en 1.1 x € 1.000 (387)", extra_src=["tw.ov.saldo.2026", "tw.mut.saldo.2026"])], municipality=T)
case("bm-tw-saldo-meerjarig", [
    fig("Sluit de begroting van Twenterand in 2028? Wat is het saldo dan?", 156000, ["tw.saldo.2028.prose", "tw.ov.saldo.2028"], emun=T,
        near=[("2027 (+214)", 214000), ("2029 (+92)", 92000), ("structureel saldo 2028 (-566)", 566000)],
        scale="Tabel 7.1 x € 1.000: -156; Tabel 1.1: 156 N; prose 'tekort van € 156.000'"),
    fig("En in 2029?", 92000, ["tw.ov.saldo.2029"], emun=T, near=[("2028", 156000), ("structureel 2029 (-250)", 250000)],
        scale="Tabel 7.1 x € 1.000", extra_src=["tw.mut.saldo.2029"])], municipality=T)
case("bm-tw-veiligheidsregio", [fig("Hoeveel betaalt Twenterand in 2026 aan de Veiligheidsregio Twente?", v("tw.vp.Veiligheidsregio Twente"),
                                    ["tw.vp.Veiligheidsregio Twente"], emun=T,
                                    near=[("lasten taakveld 1.1 Crisisbeheersing en brandweer 2026 (x € 1.000)", v("tw.P1.L.1.1.2026")),
                                          ("mutatie bijdrage VRT t.o.v. kadernota (94 N)", 94000)],
                                    scale="Tabel 10.1 kolom 'Bijdrage 2026 (in euro's)'; ook in prose programma 1")])
case("bm-tw-ozb", [
    fig("Wat is in 2026 het OZB-tarief voor eigenaren van een woning in Twenterand?", 0.1061, ["tw.tarief.OZB woningen, eigenaren"], unit="percent", emun=T,
        tolerance=0.00005,
        near=[("2025: 0,1024%", 0.1024), ("niet-woningen eigenaren 0,2398%", 0.2398), ("stijging 3,6%", 3.6)], scale="percentage van de WOZ-waarde"),
    fig("En wat was het tarief in 2025?", 0.1024, ["tw.tarief.OZB woningen, eigenaren.2025"], unit="percent", emun=T, tolerance=0.00005,
        near=[("2026", 0.1061)])], municipality=T)
case("bm-woonlasten-vergelijk", [
    fig("Wat betaalt een huishouden met een koophuis in Twenterand in 2026 in totaal aan gemeentelijke woonlasten?", v("tw.woonlasten.2026"),
        ["tw.woonlasten.2026"], emun=T, near=[("2025: € 831,94", v("tw.woonlasten.2025")), ("rioolheffing alleen", 301.80)],
        scale="Tabel 8.4, meerpersoonshuishouden eigenaar-bewoner, euro's"),
    fig("Met hoeveel procent stijgt dat ten opzichte van 2025?", v("tw.woonlasten.stijging"), ["tw.woonlasten.stijging"], unit="percent", emun=T,
        tolerance=0.06, near=[("OZB-tariefstijging 3,6%", 3.6), ("inflatie 3,6%", 3.6)],
        derivation="(880,76 - 831,94) / 831,94 = 5,87%; printed in prose as 5,9%"),
    fig("Hoeveel zijn de woonlasten voor een meerpersoonshuishouden in Wassenaar in 2024 volgens de begroting 2024?", 1126.86, ["r.ws24.woonlasten.2024"],
        emun="Wassenaar", near=[("Wassenaar 2023: € 1.091,95", 1091.95), ("eenpersoonshuishouden 2024: € 831,66", 831.66)],
        scale="Tabel 7.14, euro's met centen, fictieve WOZ-waarde € 350.000")])
case("bm-tw-algres", [fig("Hoeveel zit er eind 2026 nog in de algemene reserve van Twenterand?", 17162000,
                          ["tw.res.Algemene reserve (vrij besteedbaar).stand31"], emun=T, accept=[17200000],
                          near=[("stand 1-1-2026 (18.412)", 18412000), ("onttrekking 2026 (1.250)", 1250000), ("totaal reserves 31-12", v("tw.res.totaal.stand31"))],
                          scale="Tabel 11.1 x € 1.000; kerncijfers € mln 17,2", extra_src=["tw.kf.Algemene reserve per 31 december"])], municipality=T)
case("bm-tw-uitkeringen", [
    fig("Hoeveel mensen met een bijstandsuitkering verwacht Twenterand in 2026?", 512,
        ["tw.ind2.Aantal uitkeringsgerechtigden Participatiewet.2026"], unit="count", emun=T,
        near=[("begroot 2025", 498), ("realisatie 2024", 507), ("per 10.000 inwoners (301,4)", 301.4)]),
    fig("En hoeveel uitkeringsgerechtigden waren er in de programmabegroting 2020 begroot voor 2020?", 460, ["r.tw20.uitkering.2020"], unit="count", emun=T,
        near=[("begroot 2019", 480), ("2018", 462)])], municipality=T)
case("bm-tw-p3-saldo-2027", [fig("Wat is het saldo van baten en lasten van programma 3 Ruimte, Wonen en Economie in 2027?", 10035000,
                                 ["tw.P3.saldo.2027"], emun=T, near=[("2026 (-9.784)", 9784000), ("geraamd resultaat 2027 (-9.625)", 9625000)],
                                 scale="Tabel 3.2 x € 1.000, geprint -10.035 (nadelig); ook in Tabel 7.1", extra_src=["tw.ov.P3.S.2027"])], municipality=T)
case("bm-tw-sociaal-domein", [
    fig("Wat zijn de totale lasten van het sociaal domein in Twenterand in 2026?", v("tw.p2.L.2026.prose"), ["tw.p2.L.2026.prose", "tw.db.totL.2026"], emun=T,
        accept=[73437000], near=[("2027", v("tw.db.totL.2027")), ("saldo 2026", v("tw.db.saldo.2026"))],
        scale="Tabel 2.3 in euro's; Tabel 2.4/7.1 x € 1.000 (73.437)", extra_src=["tw.P2.totL.2026"]),
    fig("En hoeveel was dat in de rekening 2024?", 67354000, ["tw.P2.totL.2024"], emun=T, near=[("begroting 2025", 70819000)], scale="Tabel 2.4 x € 1.000"),
    fig("Hoeveel is dat in 2026 meer dan in 2024?", 6083000, ["tw.P2.totL.2026", "tw.P2.totL.2024"], emun=T, tolerance=1000,
        near=[("2026 t.o.v. 2025 (2.618)", 2618000)],
        derivation="73.437 - 67.354 = 6.083 (x € 1.000); exact 73.436.976 - 67.354.000 = 6.082.976, within tolerance", op="diff")], municipality=T)
case("bm-tw-gezondheid-2020-2026", [
    fig("Hoeveel was er in de programmabegroting 2020 van Twenterand voor gezondheidszorg geraamd voor het jaar 2023?", 2138615, ["r.tw20.gezondheid.2023"], emun=T,
        near=[("2022: 2.101.423", 2101423), ("2020: 2.010.843", 2010843)]),
    fig("En hoeveel staat er in de programmabegroting 2026 voor gezondheidszorg in 2026?", v("tw.db.L.Gezondheidszorg.2026"), ["tw.db.L.Gezondheidszorg.2026"], emun=T,
        near=[("2027", v("tw.db.L.Gezondheidszorg.2027")), ("2020-doc 2023: 2.138.615", 2138615)], extra_src=["tw.bijl.L.7.1"]),
    fig("Hoeveel is dat meer?", v("tw.db.L.Gezondheidszorg.2026") - 2138615, ["tw.db.L.Gezondheidszorg.2026", "r.tw20.gezondheid.2023"], emun=T, tolerance=1,
        derivation=f"{v('tw.db.L.Gezondheidszorg.2026')} - 2138615", op="diff")], municipality=T)
case("bm-tw-p4-2029", [
    fig("Wat zijn de lasten van programma 4 Leefomgeving en Vrije tijd in 2029?", 25024000, ["tw.P4.totL.2029"], emun=T,
        near=[("2028", 25012000), ("saldo 2029 (-14.453)", 14453000)], scale="Tabel 4.2 x € 1.000"),
    ref("En in 2030?", "Meerjarenraming loopt tot en met 2029", absent=[])], municipality=T)
case("bm-tw-jeugdtarief-staff", [fig("Wat is het nadelige effect van de tariefindexatie regionale jeugdhulp op het meerjarenperspectief in 2027?", 640000,
                                     ["tw.mut.3.2027"], emun=T, near=[("2026: 615", 615000), ("loon- en prijsontwikkeling 2027: 861", 861000)],
                                     scale="Tabel 1.1 x € 1.000, kolom 2027 bedrag + V/N 'N'")], municipality=T)

# ============================== Real corpus documents ==============================
case("bm-real-dk-cultuur", [fig("Hoeveel geld had Dinkelland beschikbaar gesteld voor het actualiseren van de cultuurvisie?", 45500, ["r.dk20.cultuur"],
                                emun="Dinkelland", near=[("Sport als middel € 52.000", 52000), ("Noaberhoes € 60.000", 60000)])], municipality="Dinkelland")
case("bm-real-ws-p5", [fig("Wat waren in de rekening 2022 de lasten van het programma Natuur, klimaat en Mobiliteit in Wassenaar?", 17890000,
                           ["r.ws24.p5.lasten.2022"], emun="Wassenaar",
                           near=[("begroting 2023: 19.509", 19509000), ("baten 2022: 10.997", 10997000), ("saldo 2022: -6.893", 6893000)],
                           scale="Tabel 12.1 x € 1.000, lasten negatief geprint")], municipality="Wassenaar")
case("bm-real-co-medewerkers", [fig("Hoeveel medewerkers had Collectie Overijssel eind 2023?", 57, ["r.co23.medewerkers"], unit="count",
                                    emun="Collectie Overijssel", near=[("2022: 46", 46), ("fte jaareinde 2023: 49", 49)])])

# ============================== BNT jaarstukken 2024 (fictional) ==============================
case("bm-bnt-dinkelland", [
    fig("Wat was de bijdrage van Dinkelland aan de Belastingsamenwerking Noordoost Twente in 2024, na de begrotingswijziging?", v("bnt.bijdrw.Dinkelland"),
        ["bnt.bijdrw.Dinkelland"], emun=B, near=[("primitief: 703.840", v("bnt.bijdrp.Dinkelland")), ("per saldo na terugbetaling: 679.903", v("bnt.netto.Dinkelland")),
                                                 ("bijdrage 2023: 684.561", v("bnt.bijdr23.Dinkelland"))], scale="Tabel 4.1, bedragen in euro's"),
    fig("En hoeveel krijgt Dinkelland daarvan terug?", v("bnt.terug.Dinkelland"), ["bnt.terug.Dinkelland"], emun=B,
        near=[("Twenterand: 51.287", v("bnt.terug.Twenterand")), ("totaal 312.380", 312380)], scale="Tabel 4.1 kolom Terugbetaling resultaat 2024, tussen haakjes")])
case("bm-bnt-resultaat", [fig("Wat was het resultaat van de Belastingsamenwerking Noordoost Twente over 2024?", 312380, ["bnt.resultaat.prose", "bnt.res"], emun=B,
                              accept=[312000, 310000], near=[("saldo van baten en lasten 229", 229000), ("resultaat 2023: 41", 41000)],
                              scale="prose exact; Tabel 3.1 x € 1.000 (312); kerncijfers € mln 0,31", extra_src=["bnt.kc.resultaat"])])
case("bm-bnt-salarissen", [
    fig("Hoeveel heeft de BNT in 2024 werkelijk uitgegeven aan salarissen en sociale lasten?", 3187000, ["bnt.L.Salarissen en sociale lasten"], emun=B,
        tolerance=500, near=[("begroting na wijziging 3.520", 3520000), ("primitief 3.496", 3496000), ("realisatie 2023: 3.471", 3471000)],
        scale="Tabel 3.1 x € 1.000, lasten tussen haakjes (3.187)"),
    fig("En hoeveel was daarvoor begroot na wijziging?", 3520000, ["bnt.Lw.Salarissen en sociale lasten"], emun=B,
        near=[("primitief 3.496", 3496000)], scale="Tabel 3.1 x € 1.000"),
    fig("Hoeveel is er dus minder uitgegeven dan begroot?", 332907, ["bnt.toel.salarissen"], emun=B, accept=[333000],
        extra_src=["bnt.Ld.Salarissen en sociale lasten"], near=[("totaal lasten verschil 278", 278000)],
        derivation="toelichting: € 332.907 voordelig; Tabel 3.1 kolom Verschil 333 (x € 1.000) = 3.520 - 3.187")])
case("bm-bnt-klant", [fig("Welk rapportcijfer gaven klanten de belastingsamenwerking in 2024?", 7.6, ["bnt.ind.Klanttevredenheid (rapportcijfer)"], unit="grade",
                          emun=B, near=[("2023: 7,3", 7.3), ("norm 7,5", 7.5)])])
case("bm-bnt-algres", [fig("Hoe groot was de algemene reserve van de BNT eind 2024?", 339712, ["bnt.res.Algemene reserve.stand31", "bnt.ar_end.prose"], emun=B,
                           accept=[340000], near=[("stand 1-1-2024: 298.612", 298612), ("totaal reserves 562.762", 562762), ("plafond 379.620", 379620)],
                           scale="Tabel 7.1 en prose in euro's; balans x € 1.000 (340)", extra_src=["bnt.bal.ar"])])
case("bm-bnt-balans", [fig("Wat was het balanstotaal van de belastingsamenwerking op 31 december 2024?", 3526000, ["bnt.bal.activa"], emun=B,
                           near=[("31-12-2023: 3.563", 3563000), ("eigen vermogen 875", 875000)], scale="Tabel 6.1 x € 1.000, kolom 31-12-2024 (eerste kolom)")])
case("bm-bnt-oldenzaal-woz", [fig("Hoeveel betaalt Oldenzaal in 2024 aan de BNT voor de WOZ-waardering?", v("bnt.spec.Oldenzaal.WOZ-waardering"),
                                  ["bnt.spec.Oldenzaal.WOZ-waardering"], emun=B,
                                  near=[("Oldenzaal totaal 913.181", v("bnt.bijdrw.Oldenzaal")), ("Oldenzaal heffen 200.900", v("bnt.spec.Oldenzaal.Heffen"))],
                                  scale="Tabel B.1 (vervolg op volgende pagina), euro's")])
case("bm-bnt-inhuur-2023", [fig("Hoeveel gaf de BNT in 2023 uit aan inhuur van derden?", 402000, ["bnt.L23.Inhuur derden"], emun=B,
                                near=[("realisatie 2024: 318", 318000), ("begroting 2024 na wijziging: 238", 238000)],
                                scale="Tabel 3.1 x € 1.000, laatste kolom Realisatie 2023, tussen haakjes")])
case("bm-bnt-samen", [fig("Hoeveel betaalden Twenterand en Dinkelland samen in 2024 aan de BNT (bijdrage na wijziging)?",
                          v("bnt.bijdrw.Twenterand") + v("bnt.bijdrw.Dinkelland"), ["bnt.bijdrw.Twenterand", "bnt.bijdrw.Dinkelland"], emun=B, tolerance=1,
                          derivation=f"{v('bnt.bijdrw.Twenterand')} + {v('bnt.bijdrw.Dinkelland')}", op="sum",
                          near=[("primitief samen", v("bnt.bijdrp.Twenterand") + v("bnt.bijdrp.Dinkelland"))])])
case("bm-bnt-bezwaren-tw", [fig("Hoeveel bezwaarschriften tegen de WOZ-waarde kwamen er in 2024 uit Twenterand?", 312, ["bnt.bezwaar.Twenterand"], unit="count",
                                emun=B, near=[("totaal 1.497", 1497), ("kwijtscheldingsverzoeken Twenterand 688", 688)])])

# ============================== text turns ==============================
case("bm-txt-ondermijning", [txt("Wat gaat Twenterand in 2026 doen tegen ondermijning?", [["barrièremodel", "barrieremodel", "barrière"]], emun=T,
                                 srcs_text=[(TW, "Barrièremodel Twenterand")])], municipality=T)
case("bm-txt-poh", [txt("Hoe wil Twenterand ervoor zorgen dat kinderen sneller de juiste hulp krijgen?", [["praktijkondersteuner", "POH"]], emun=T,
                        srcs_text=[(TW, "praktijkondersteuner jeugd (POH-jeugd)")])], municipality=T)
case("bm-txt-doorbraak", [txt("Wat houdt de Doorbraakaanpak in Twenterand in?", [["contactpersoon"], ["werkplan", "zes weken", "6 weken"]], emun=T,
                              srcs_text=[(TW, "vaste contactpersoon"), (TW, "werkplan")])])
case("bm-txt-afval", [txt("Hoe gaat Twenterand vanaf 2026 het afval inzamelen?", [["omgekeerd"]], emun=T, srcs_text=[(TW, "zamelen we omgekeerd")])],
     municipality=T)
case("bm-txt-weerstand", [txt("Hoe beoordeelt Twenterand zijn weerstandsvermogen in de begroting 2026?", [["ruim voldoende"]], emun=T,
                              srcs_text=[(TW, "ruim voldoende")])], municipality=T)
case("bm-txt-bnt-resultaat", [txt("Wat gebeurt er met het positieve resultaat van de belastingsamenwerking over 2024?", [["terug"]], emun=B,
                                  srcs_text=[(BN, "volledig terug te betalen")])])
case("bm-txt-bnt-aanmaning", [txt("Wat doet de BNT om aanmaningen te voorkomen?", [["sms"], ["bel", "telefo"]], emun=B,
                                  srcs_text=[(BN, "eerst een sms"), (BN, "bellen we hen op")])])
case("bm-txt-co-collectiecentrum", [txt("Wat is de conclusie van de businesscase voor het nieuwe Collectiecentrum van Collectie Overijssel?", [["exploitatie"]],
                                        emun="Collectie Overijssel", srcs_text=[(CO23, "binnen de huidige exploitatie")])])
case("bm-txt-dk-positieve-gezondheid", [txt("Wat bedoelt Dinkelland met positieve gezondheid?", [["dimensies", "uitdagingen", "eigen regie"]],
                                            emun="Dinkelland", srcs_text=[(DK20, "zes dimensies")])], municipality="Dinkelland")
case("bm-txt-vroomshoop", [txt("Wat gaat er in 2026 gebeuren met het centrum van Vroomshoop?", [["30 km", "30km", "30-km", "groen", "herinrichting", "heringericht"]],
                               emun=T, srcs_text=[(TW, "30 km-zone")])], municipality=T)

# ============================== refusals ==============================
case("bm-ref-jeugd-2031", [ref("Wat zijn de lasten voor jeugd in Twenterand in 2031?", "begroting 2026 loopt t/m 2029, begroting 2020 t/m 2023",
                               absent=[(TW, "2031"), (TW20, "2031")])],
     municipality=T)
case("bm-ref-bnt-2025", [ref("Hoeveel heeft de belastingsamenwerking in 2025 werkelijk aan bijdragen ontvangen?",
                             "BNT-document is de jaarrekening 2024; geen realisatie 2025", absent=[(BN, "Realisatie 2025"), (BN, "Begroting 2025")])])
case("bm-ref-dk-ozb", [ref("Wat is het OZB-tarief voor woningen in Dinkelland in 2026?", "alleen Twenterand-tarieven in de begroting 2026; Dinkelland-doc heeft geen OZB",
                           absent=[(DK20, "OZB"), (DK20, "onroerende")])],
     municipality="Dinkelland")
case("bm-ref-zwembad", [ref("Wat kost het zwembad in Vriezenveen de gemeente in 2026?", "geen zwembad in de Twenterandse documenten", absent=[(TW, "zwembad"), (TW20, "zwembad")])],
     municipality=T)
case("bm-ref-burgemeester", [ref("Hoeveel verdient de burgemeester van Twenterand?", "geen bezoldiging burgemeester; BNT-WNT gaat over de directeur van de BNT",
                                 absent=["bezoldiging burgemeester"])])
case("bm-ref-enschede", [ref("Hoeveel geeft de gemeente Enschede in 2026 uit aan jeugdhulp?", "Enschede niet in het corpus",
                             absent=[(TW, "Enschede"), (BN, "Enschede")])])
case("bm-ref-bezwaren-2023", [ref("Hoeveel WOZ-bezwaren kwamen er in 2023 uit Losser?", "BNT tabel 1.1 alleen 2024 per deelnemer")])
case("bm-ref-co-2025", [ref("Wat was het exploitatieresultaat van Collectie Overijssel in 2025?", "alleen 2023 en 2022 (realisatie)",
                            absent=[(CO23, "Realisatie 2025")])])
case("bm-ref-brandweerkazerne", [ref("Hoeveel kost de nieuwe brandweerkazerne in Den Ham?", "geen investering brandweerkazerne; wel 'kazernes ... open' zonder bedrag",
                                     absent=["brandweerkazerne"])], municipality=T)

# ============================== any ==============================
case("bm-any-bnt-twenterand", [anyk("Hoeveel betaalt Twenterand aan de belastingsamenwerking?",
                                    [v_ for v_ in ("718.196", "1.004.692", "913.181")],
                                    "ambigu: 2024 (BNT-jaarstukken: 961.913 na wijziging, 910.626 per saldo) of 2026 (Twenterand-begroting: 1.046.780); "
                                    "bedragen van andere deelnemers (Dinkelland, Hellendoorn, Oldenzaal) zijn uitgesloten")])
case("bm-any-jeugd", [anyk("Wat zijn de lasten van Jeugd?", ["2.822.774"],
                           "ambigu tussen begroting 2020 (2020-2023) en begroting 2026 (2026-2029); de baten van Jeugd 2020 (2.822.774) zijn uitgesloten")],
     municipality=T)


# ---------------------------------------------------------------------------------------------------
def yq(s):
    return json.dumps(s, ensure_ascii=False)


def num(x):
    if isinstance(x, float):
        if abs(x - round(x)) < 1e-9 and abs(x) >= 1000:
            return str(int(round(x)))
        return f"{x:.6f}".rstrip("0").rstrip(".")
    return str(x)


PAGES = {}


def page_texts(fn):
    if fn in PAGES:
        return PAGES[fn]
    path = os.path.join(CORPUS, fn)
    if fn.endswith(".txt"):
        PAGES[fn] = [open(path, encoding="utf-8").read()]
    else:
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            PAGES[fn] = [p.extract_text() or "" for p in pdf.pages]
    return PAGES[fn]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def where_pages(fn, printed, where=""):
    """Pages on which the printed text occurs (as a whole token); narrowed by the table caption and
    the quoted row label of `where` when those are on the page too."""
    pt = page_texts(fn)
    p = norm(printed)
    pat = re.compile((r"(?<![0-9.,])" if p[:1].isdigit() else "") + re.escape(p) + (r"(?![0-9,]|\.[0-9])" if p[-1:].isdigit() else ""))
    hits = [i for i, t in enumerate(pt) if pat.search(norm(t))]
    if fn.endswith(".txt"):
        return "text export" if hits else "NOT FOUND"
    if not hits:
        return "NOT FOUND"
    for rx in (r"(Tabel [0-9A-Z]+\.[0-9]+)", r"'([^']+)'"):
        mm = re.search(rx, where)
        if mm:
            narrowed = [i for i in hits if mm.group(1) in pt[i]]
            if narrowed:
                hits = narrowed
    return "p. " + ", ".join(str(i + 1) for i in hits)


def comment_lines(t):
    out = []
    if t["kind"] == "figure":
        for key in t["srcs"] + t["extra_src"]:
            fn, printed, val, where = F(key)
            out.append(f"# source: {fn}, {where_pages(fn, printed, where)}; {where}; printed '{printed}'")
        if t["scale"]:
            out.append(f"# scale: {t['scale']}")
        if t["derivation"]:
            out.append(f"# derivation: {t['derivation']}")
        if t["near"]:
            out.append("# NOT accepted: " + "; ".join(f"{d} = {num(val)}" for d, val in t["near"]))
    elif t["kind"] == "text":
        for fn, s in t["text_src"]:
            out.append(f"# source: {fn}, {where_pages(fn, s)}; text '{s}'")
    elif t["kind"] == "refusal":
        out.append(f"# refusal: {t['why']}")
    elif t["kind"] == "any":
        out.append(f"# any: {t['why']}")
    return out


def expect_yaml(t):
    e = []
    if t["kind"] == "figure":
        if t["accept"]:
            e.append(f"value: {num(t['value'])}")
            e.append("accept: [" + ", ".join(num(a) for a in t["accept"]) + "]")
        else:
            e.append(f"value: {num(t['value'])}")
        if t["tolerance"] is not None:
            e.append(f"tolerance: {num(t['tolerance'])}")
        if t["unit"]:
            e.append(f"unit: {t['unit']}")
        if t["signed"] is not None:
            e.append(f"signed: {str(t['signed']).lower()}")
        if t["emun"]:
            e.append(f"municipality: {yq(t['emun'])}")
    elif t["kind"] == "text":
        inc = []
        for it in t["include"]:
            if isinstance(it, list):
                inc.append("[" + ", ".join(yq(s) for s in it) + "]")
            else:
                inc.append(yq(it))
        e.append("include: [" + ", ".join(inc) + "]")
        if t.get("exclude"):
            e.append("exclude: [" + ", ".join(yq(s) for s in t["exclude"]) + "]")
        if t["emun"]:
            e.append(f"municipality: {yq(t['emun'])}")
    elif t["kind"] == "any":
        e.append("exclude: [" + ", ".join(yq(s) for s in t["exclude"]) + "]")
    return "{" + ", ".join(e) + "}" if e else None


def main():
    lines = ["# set-bm: blind evaluation set (FORMAT.md version 1).",
             "# Corpus: corpus/ (the four real documents of the project corpus, byte-identical, plus two FICTIONAL PDFs:",
             "#   twenterand-programmabegroting-2026.pdf (Apache FOP) and bnt-jaarstukken-2024.pdf (LibreOffice Impress)).",
             "# Every amount, count, tariff and percentage in the two fictional documents is made up.",
             "# Generated by source/make_cases.py; checked by source/check.py. Values are euros after the table's scale.",
             "version: 1", "cases:"]
    sources = []
    ids = set()
    for c in CASES:
        assert c["id"] not in ids, c["id"]
        ids.add(c["id"])
        turns = c["turns"]
        for i, t in enumerate(turns):
            pre = f"turn {i + 1}: " if len(turns) > 1 else ""
            for cl in comment_lines(t):
                lines.append(cl.replace("# ", "# " + pre, 1))
        lines.append(f"- id: {c['id']}")
        if len(turns) == 1:
            t = turns[0]
            lines.append(f"  question: {yq(t['q'])}")
            if c["municipality"]:
                lines.append(f"  municipality: {yq(c['municipality'])}")
            lines.append(f"  kind: {t['kind']}")
            ey = expect_yaml(t)
            if ey:
                lines.append(f"  expect: {ey}")
        else:
            if c["municipality"]:
                lines.append(f"  municipality: {yq(c['municipality'])}")
            lines.append("  turns:")
            for t in turns:
                lines.append(f"  - question: {yq(t['q'])}")
                lines.append(f"    kind: {t['kind']}")
                ey = expect_yaml(t)
                if ey:
                    lines.append(f"    expect: {ey}")
        for i, t in enumerate(turns):
            s = {"case": c["id"], "turn": i, "kind": t["kind"], "question": t["q"]}
            if t["kind"] == "figure":
                s["value"] = t["value"]
                s["accept"] = t["accept"] or []
                s["tolerance"] = t["tolerance"] or 0
                s["op"] = t["op"]
                s["cells"] = [dict(zip(("file", "printed", "value", "where"), F(key)), key=key) for key in t["srcs"] + t["extra_src"]]
            elif t["kind"] == "text":
                s["include"] = t["include"]
                s["text_src"] = [{"file": fn, "text": tx} for fn, tx in t["text_src"]]
            elif t["kind"] == "refusal":
                s["absent"] = [list(a) for a in t["absent"]]
            elif t["kind"] == "any":
                s["exclude"] = t["exclude"]
            sources.append(s)
        lines.append("")
    with open(os.path.join(SET, "cases.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    with open(os.path.join(BUILD, "case_sources.json"), "w", encoding="utf-8") as f:
        json.dump(sources, f, ensure_ascii=False, indent=1)
    kinds = {}
    for s in sources:
        kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
    print("cases", len(CASES), "turns", len(sources), kinds,
          "multi-turn", sum(1 for c in CASES if len(c["turns"]) > 1))


if __name__ == "__main__":
    main()
