"""Layout of the FICTIONAL 'Belastingsamenwerking Noordoost Twente - Jaarstukken 2024' as ODP.

Writes build/bnt-jaarstukken-2024.odp and build/facts-bnt.json; build.sh converts the ODP to PDF
with LibreOffice Impress. All figures come from data_bnt.model().
"""
import json
import os

import data_bnt as D
from common import FICTIEF, k, nl
from odp import Odp

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "build")
DOCID = "bnt-jaarstukken-2024"
m = D.model()
FACTS = {}


def fact(key, value, printed, where):
    assert key not in FACTS, key
    FACTS[key] = {"value": value, "printed": printed, "where": where, "doc": DOCID}
    return printed


def pk(v):
    """x 1.000 with negatives in parentheses."""
    return nl(v, paren=True)


doc = Odp("Belastingsamenwerking Noordoost Twente – Jaarstukken 2024",
          f"{FICTIEF} – alle bedragen, aantallen en percentages zijn verzonnen – BNT Jaarstukken 2024")

GEM = [g[0] for g in D.GEMEENTEN]
ALL = GEM + [D.WATERSCHAP[0]]
L = m["real_L"]
B = m["real_B"]
totL, totB = sum(L), sum(B)
res = m["resultaat"]

# ================================================================== page 1: cover
doc.title_band("Jaarstukken 2024", ["Belastingsamenwerking Noordoost Twente (BNT)", "Jaarverslag en jaarrekening"])
doc.box(FICTIEF, "Dit is een fictief testdocument van een niet-bestaande gemeenschappelijke regeling. Alle bedragen, "
        "aantallen en percentages zijn verzonnen en zeggen niets over echte gemeenten of het waterschap.")
doc.p("Ter vaststelling door het algemeen bestuur in de vergadering van 3 juli 2025. De jaarstukken zijn op 16 april 2025 "
      "voor zienswijze toegezonden aan de raden van de deelnemende gemeenten en het algemeen bestuur van het waterschap.")
rows = [
    (None, ["Totale lasten", fact("bnt.kc.lasten", round(totL / 1e6, 2) * 1e6, nl(totL / 1e6, 2), "Voorblad, Kerncijfers 2024 (€ mln) Totale lasten")]),
    (None, ["Totale baten", fact("bnt.kc.baten", round(totB / 1e6, 2) * 1e6, nl(totB / 1e6, 2), "Voorblad, Kerncijfers 2024 (€ mln) Totale baten")]),
    (None, ["Resultaat na bestemming", fact("bnt.kc.resultaat", round(res / 1e6, 2) * 1e6, nl(res / 1e6, 2), "Voorblad, Kerncijfers 2024 (€ mln) Resultaat")]),
    (None, ["Eigen vermogen 31 december", nl(m["ev_end"] / 1e6, 2)]),
]
doc.table("Kerncijfers 2024", [8.0, 4.0], [[{"t": "Kerncijfers 2024"}, {"t": "€ mln", "align": "end"}]], rows)
nwoz = sum(g[1] for g in D.GEMEENTEN)
doc.p(f"Aantal WOZ-objecten per 1 januari 2024: {nl(nwoz)}. Aantal aanslagbiljetten 2024: "
      f"{nl(sum(g[2] for g in D.GEMEENTEN) + D.WATERSCHAP[2])}. Formatie per 31 december 2024: {nl(D.FTE['bezet'], 1)} fte.")
fact("bnt.woz.totaal.p1", nwoz, nl(nwoz), "Voorblad prose 'Aantal WOZ-objecten per 1 januari 2024'")
doc.h2("Inhoud")
doc.p("1. Voorwoord en inleiding – 2. Programmaverantwoording – 3. Wat heeft het gekost? – 4. Bijdragen per deelnemer – "
      "5. Paragrafen – 6. Balans – 7. Reserves, voorzieningen en resultaatbestemming – 8. Overige gegevens – "
      "Bijlage: specificatie bijdragen per deelnemer en product")

# ================================================================== page 2: voorwoord + inleiding
doc.h1("1. Voorwoord en inleiding")
doc.p("2024 was voor de Belastingsamenwerking Noordoost Twente een jaar van vernieuwing. We hebben de keuze gemaakt "
      "voor een nieuwe WOZ-applicatie, die in 2025 in gebruik wordt genomen, en we hebben het klantcontactcentrum "
      "uitgebreid met een chatfunctie. De Waarderingskamer gaf onze uitvoering van de Wet WOZ de hoogste beoordeling "
      "van vijf sterren.")
doc.p(f"Financieel sluiten we 2024 af met een positief resultaat van € {nl(res)}. Het dagelijks bestuur stelt voor dit "
      "resultaat volledig terug te betalen aan de deelnemers, naar rato van hun bijdrage 2024. Het voordeel komt vooral "
      "door lagere personeelslasten als gevolg van openstaande vacatures en door hogere opbrengsten uit "
      "invorderingskosten.")
fact("bnt.resultaat.prose", res, nl(res), "Hoofdstuk 1 Voorwoord prose 'positief resultaat van € ...'")
doc.h2("Deelnemers en taken")
doc.p("De BNT is een gemeenschappelijke regeling (openbaar lichaam) van de gemeenten Dinkelland, Hellendoorn, Losser, "
      "Oldenzaal, Tubbergen en Twenterand en van Waterschap Vechtstromen. De BNT voert voor de gemeenten de Wet WOZ uit "
      "en heft en int de gemeentelijke belastingen (OZB, afvalstoffenheffing, rioolheffing, hondenbelasting en "
      "toeristenbelasting). Voor het waterschap verzorgt de BNT de heffing en invordering van de watersysteemheffing "
      "en de zuiveringsheffing in het werkgebied van de zes gemeenten. De kosten worden verdeeld naar het aantal "
      "WOZ-objecten; het waterschap betaalt een vaste jaarlijkse vergoeding.")
rows = []
for g in D.GEMEENTEN:
    nm, woz, aan, bez, kw = g
    rows.append((None, [nm, fact(f"bnt.woz.{nm}", woz, nl(woz), f"Tabel 1.1 rij {nm} kolom WOZ-objecten 1-1-2024"),
                        fact(f"bnt.aanslag.{nm}", aan, nl(aan), f"Tabel 1.1 rij {nm} kolom Aanslagbiljetten 2024"),
                        fact(f"bnt.bezwaar.{nm}", bez, nl(bez), f"Tabel 1.1 rij {nm} kolom Bezwaarschriften WOZ 2024"),
                        fact(f"bnt.kwijt.{nm}", kw, nl(kw), f"Tabel 1.1 rij {nm} kolom Kwijtscheldingsverzoeken 2024")]))
ws = D.WATERSCHAP
rows.append((None, [ws[0] + " 1)", "-", fact("bnt.aanslag.ws", ws[2], nl(ws[2]), "Tabel 1.1 rij Waterschap kolom Aanslagbiljetten"), "-",
                    fact("bnt.kwijt.ws", ws[4], nl(ws[4]), "Tabel 1.1 rij Waterschap kolom Kwijtscheldingsverzoeken")]))
tots = [nwoz, sum(g[2] for g in D.GEMEENTEN) + ws[2], sum(g[3] for g in D.GEMEENTEN), sum(g[4] for g in D.GEMEENTEN) + ws[4]]
rows.append(("total", ["Totaal", fact("bnt.woz.totaal", tots[0], nl(tots[0]), "Tabel 1.1 Totaal WOZ-objecten"),
                       fact("bnt.aanslag.totaal", tots[1], nl(tots[1]), "Tabel 1.1 Totaal aanslagbiljetten"),
                       fact("bnt.bezwaar.totaal", tots[2], nl(tots[2]), "Tabel 1.1 Totaal bezwaarschriften"),
                       fact("bnt.kwijt.totaal", tots[3], nl(tots[3]), "Tabel 1.1 Totaal kwijtscheldingsverzoeken")]))
doc.table("Tabel 1.1 Kerngegevens per deelnemer (aantallen)", [5.4, 2.9, 2.9, 2.9, 2.9],
          [["Deelnemer", "WOZ-objecten\n1-1-2024", "Aanslagbiljetten\n2024", "Bezwaarschriften\nWOZ 2024", "Kwijtscheldings-\nverzoeken 2024"]], rows)
doc.note("1) Het waterschap ontvangt een gecombineerd aanslagbiljet met de gemeentelijke heffingen; het aantal is het "
         "aantal aanslagregels waterschapsbelastingen. Bezwaarschriften WOZ worden alleen aan gemeenten toegerekend.")

# ================================================================== programmaverantwoording
doc.h1("2. Programmaverantwoording")
doc.h2("Wat wilden we bereiken?")
doc.bullets(["Juiste en uitlegbare WOZ-waarden, die tijdig aan belastingplichtigen worden bekendgemaakt.",
             "Een zo hoog mogelijke invordering tegen zo laag mogelijke kosten, met oog voor inwoners met "
             "betalingsproblemen.",
             "Een goede dienstverlening: belastingplichtigen kunnen hun zaken digitaal regelen en krijgen snel antwoord."])
doc.h2("Wat hebben we daarvoor gedaan?")
doc.p("**WOZ.** De WOZ-beschikkingen 2024 zijn met het aanslagbiljet op 24 februari 2024 verzonden. De waarden zijn "
      "voor het eerst volledig bepaald met een modelmatige taxatie op basis van de gebruiksoppervlakte. We hebben "
      "2.140 woningen extra gecontroleerd door middel van een inpandige opname of een digitale woningopname via "
      "een vragenlijst.".replace("**", ""))
fact("bnt.woz.controles", 2140, "2.140 woningen", "Hoofdstuk 2 prose '2.140 woningen extra gecontroleerd'")
doc.p("Heffen en invorderen. Vanaf 1 juli 2024 sturen we inwoners met een betalingsachterstand eerst een "
      "sms-herinnering en bellen we hen op voordat een aanmaning wordt verstuurd. Daardoor daalde het aantal "
      "aanmaningen met 11% ten opzichte van 2023. Een betalingsregeling kan nu in tien termijnen in plaats van acht.")
fact("bnt.aanmaningen.daling", 11, "11%", "Hoofdstuk 2 prose 'aantal aanmaningen daalde met 11%'")
doc.p("Dienstverlening. Het klantcontactcentrum beantwoordde 41.380 telefoontjes en 6.215 chatgesprekken. Met het "
      "programma Samen Sterk tegen Schulden werken we samen met de schuldhulpverlening van de gemeenten: bij een "
      "kwijtscheldingsverzoek of betalingsachterstand verwijzen we actief door naar de vroegsignalering.")
fact("bnt.telefoon", 41380, "41.380", "Hoofdstuk 2 prose telefoontjes")
fact("bnt.chat", 6215, "6.215", "Hoofdstuk 2 prose chatgesprekken")
rows = []
for lab, norm, r24, r23, dec, suf in D.INDICATOREN:
    rows.append((None, [lab, "-" if norm is None else nl(norm, dec) + suf,
                        fact(f"bnt.ind.{lab}", r24, nl(r24, dec) + suf, f"Tabel 2.1 rij '{lab}' kolom Realisatie 2024"),
                        fact(f"bnt.ind.{lab}.2023", r23, nl(r23, dec) + suf, f"Tabel 2.1 rij '{lab}' kolom Realisatie 2023")]))
doc.table("Tabel 2.1 Prestatie-indicatoren", [9.4, 2.4, 2.6, 2.6], [["Indicator", "Norm", "Realisatie 2024", "Realisatie 2023"]], rows)

# ================================================================== wat heeft het gekost
doc.h1("3. Wat heeft het gekost?")
doc.p("Het overzicht van baten en lasten vergelijkt de realisatie 2024 met de begroting na wijziging en de primitieve "
      "begroting. Lasten staan tussen haakjes. In de kolom Verschil is een positief bedrag voordelig (V) en een bedrag "
      "tussen haakjes nadelig (N). Bedragen x € 1.000.")
head = [["Omschrijving", "Realisatie", "Begroting", "Begroting", {"t": "Verschil", "span": 2}, "Realisatie"],
        ["", "2024", "2024 na wijz.", "2024 primitief", "t.o.v. na wijz.", "V/N", "2023"]]
body = [("section", ["Lasten", "", "", "", "", "", ""])]
for i, (lab, prim, wijz, r23, _) in enumerate(D.LASTEN):
    rv = k(L[i])
    diff = wijz - rv
    body.append((None, [{"t": lab, "indent": True},
                        fact(f"bnt.L.{lab}", L[i], pk(-rv), f"Tabel 3.1 rij '{lab}' kolom Realisatie 2024 (x € 1.000, tussen haakjes)"),
                        fact(f"bnt.Lw.{lab}", wijz * 1000, pk(-wijz), f"Tabel 3.1 rij '{lab}' kolom Begroting 2024 na wijziging"),
                        fact(f"bnt.Lp.{lab}", prim * 1000, pk(-prim), f"Tabel 3.1 rij '{lab}' kolom Begroting 2024 primitief"),
                        fact(f"bnt.Ld.{lab}", abs(diff) * 1000, pk(diff), f"Tabel 3.1 rij '{lab}' kolom Verschil"),
                        {"t": "V" if diff >= 0 else "N", "align": "center"},
                        fact(f"bnt.L23.{lab}", r23 * 1000, pk(-r23), f"Tabel 3.1 rij '{lab}' kolom Realisatie 2023")]))
sL = [k(totL), sum(r[2] for r in D.LASTEN), sum(r[1] for r in D.LASTEN), sum(r[3] for r in D.LASTEN)]
assert sL[0] == sum(k(v) for v in L)
body.append(("total", ["Totaal lasten", fact("bnt.totL", totL, pk(-sL[0]), "Tabel 3.1 Totaal lasten Realisatie 2024"),
                       fact("bnt.totLw", sL[1] * 1000, pk(-sL[1]), "Tabel 3.1 Totaal lasten Begroting na wijziging"),
                       pk(-sL[2]), fact("bnt.totLd", (sL[1] - sL[0]) * 1000, pk(sL[1] - sL[0]), "Tabel 3.1 Totaal lasten Verschil"),
                       {"t": "V" if sL[1] >= sL[0] else "N", "align": "center"},
                       fact("bnt.totL23", sL[3] * 1000, pk(-sL[3]), "Tabel 3.1 Totaal lasten Realisatie 2023")]))
body.append(("section", ["Baten", "", "", "", "", "", ""]))
bw = [k(D.BIJDRAGE_GEM_PRIM + D.BIJDRAGE_GEM_WIJZ)] + [b[2] for b in D.BATEN[1:]]
bp = [k(D.BIJDRAGE_GEM_PRIM)] + [b[1] for b in D.BATEN[1:]]
b23 = [b[3] for b in D.BATEN]
for i, (lab, *_r) in enumerate(D.BATEN):
    rv = k(B[i])
    diff = rv - bw[i]
    body.append((None, [{"t": lab, "indent": True},
                        fact(f"bnt.B.{lab}", B[i], pk(rv), f"Tabel 3.1 rij '{lab}' kolom Realisatie 2024"),
                        fact(f"bnt.Bw.{lab}", bw[i] * 1000, pk(bw[i]), f"Tabel 3.1 rij '{lab}' kolom Begroting na wijziging"),
                        pk(bp[i]), fact(f"bnt.Bd.{lab}", abs(diff) * 1000, pk(diff), f"Tabel 3.1 rij '{lab}' kolom Verschil"),
                        {"t": "V" if diff >= 0 else "N", "align": "center"},
                        fact(f"bnt.B23.{lab}", b23[i] * 1000, pk(b23[i]), f"Tabel 3.1 rij '{lab}' kolom Realisatie 2023")]))
sB = [k(totB), sum(bw), sum(bp), sum(b23)]
assert sB[0] == sum(k(v) for v in B)
body.append(("total", ["Totaal baten", fact("bnt.totB", totB, pk(sB[0]), "Tabel 3.1 Totaal baten Realisatie 2024"),
                       pk(sB[1]), pk(sB[2]), pk(sB[0] - sB[1]), {"t": "V" if sB[0] >= sB[1] else "N", "align": "center"},
                       fact("bnt.totB23", sB[3] * 1000, pk(sB[3]), "Tabel 3.1 Totaal baten Realisatie 2023")]))
saldo = [sB[i] - sL[i] for i in range(4)]
body.append((None, ["Saldo van baten en lasten", fact("bnt.saldo", totB - totL, pk(saldo[0]), "Tabel 3.1 Saldo van baten en lasten Realisatie 2024"),
                    pk(saldo[1]), pk(saldo[2]), pk(saldo[0] - saldo[1]), {"t": "V" if saldo[0] >= saldo[1] else "N", "align": "center"}, pk(saldo[3])]))
toev = [k(m["toev"]), 60, D.RESERVES_PRIM[0] // 1000, 80]
ontt = [k(m["ontt"]), 170, D.RESERVES_PRIM[1] // 1000, 216]
body.append((None, [{"t": "Toevoegingen aan reserves", "indent": True}, pk(-toev[0]), pk(-toev[1]), pk(-toev[2]), pk(toev[1] - toev[0]),
                    {"t": "V" if toev[1] >= toev[0] else "N", "align": "center"}, pk(-toev[3])]))
body.append((None, [{"t": "Onttrekkingen aan reserves", "indent": True},
                    fact("bnt.ontt", m["ontt"], pk(ontt[0]), "Tabel 3.1 Onttrekkingen aan reserves Realisatie 2024"),
                    pk(ontt[1]), pk(ontt[2]), pk(ontt[0] - ontt[1]), {"t": "V" if ontt[0] >= ontt[1] else "N", "align": "center"}, pk(ontt[3])]))
resr = [saldo[i] - toev[i] + ontt[i] for i in range(4)]
assert resr[0] == k(res), (resr, res)
assert resr[1] == 0 and resr[2] == 0, resr
fact("bnt.res23", resr[3] * 1000, pk(resr[3]), "Tabel 3.1 Resultaat kolom Realisatie 2023")
body.append(("total", ["Resultaat", fact("bnt.res", res, pk(resr[0]), "Tabel 3.1 Resultaat Realisatie 2024"),
                       pk(resr[1]), pk(resr[2]), pk(resr[0] - resr[1]), {"t": "V", "align": "center"}, pk(resr[3])]))
doc.table("Tabel 3.1 Overzicht van baten en lasten 2024 (bedragen x € 1.000)", [5.2, 1.9, 2.0, 2.0, 2.0, 0.9, 2.0], head, body)
assert k(D.RESULTAAT_2023) == resr[3]

doc.h2("Toelichting op de belangrijkste verschillen")
sal = D.LASTEN[0][2] * 1000 - L[0]
inh = L[1] - D.LASTEN[1][2] * 1000
aut = L[2] - D.LASTEN[2][2] * 1000
inv = B[2] - D.BATEN[2][2] * 1000
doc.p(f"Salarissen en sociale lasten (€ {nl(sal)} voordelig). Gemiddeld waren 3,4 fte aan vacatures niet ingevuld, "
      "vooral bij taxatie en invordering. Een deel van het werk is door externe krachten gedaan (zie inhuur).")
fact("bnt.toel.salarissen", sal, nl(sal), "Hoofdstuk 3 toelichting: salarissen voordelig (exacte euro's)")
doc.p(f"Inhuur derden (€ {nl(inh)} nadelig). Voor de vacatures bij taxatie zijn twee externe taxateurs ingehuurd; de "
      "inhuur is gedekt uit de onderschrijding op de salarissen.")
fact("bnt.toel.inhuur", inh, nl(inh), "Hoofdstuk 3 toelichting: inhuur nadelig")
doc.p(f"Automatisering en licenties (€ {nl(aut)} nadelig). De licentiekosten van de oude en de nieuwe WOZ-applicatie "
      "liepen in het vierde kwartaal tijdelijk naast elkaar.")
fact("bnt.toel.automatisering", aut, nl(aut), "Hoofdstuk 3 toelichting: automatisering nadelig")
doc.p(f"Vergoeding invorderingskosten (€ {nl(inv)} voordelig). Er zijn meer dwangbevelen uitgevaardigd dan geraamd, "
      "vooral voor aanslagen van niet-woningen.")
fact("bnt.toel.invordering", inv, nl(inv), "Hoofdstuk 3 toelichting: invorderingskosten voordelig")
doc.p(f"Reserves. Van de geraamde onttrekking aan de bestemmingsreserve vervanging ICT (€ 110.000) is € "
      f"{nl(D.RESERVES[1][3])} gebruikt; de rest schuift door naar 2025.")

# ================================================================== bijdragen per deelnemer
doc.h1("4. Bijdragen per deelnemer")
doc.p("De bijdragen van de gemeenten worden verdeeld naar het aantal WOZ-objecten per 1 januari 2024. Bij de eerste "
      f"begrotingswijziging 2024 zijn de bijdragen met in totaal € {nl(D.BIJDRAGE_GEM_WIJZ)} verhoogd voor de "
      "aanschaf en implementatie van de nieuwe WOZ-applicatie. Het positieve resultaat wordt terugbetaald naar rato "
      "van de bijdrage na wijziging, inclusief het waterschap.")
fact("bnt.wijziging", D.BIJDRAGE_GEM_WIJZ, nl(D.BIJDRAGE_GEM_WIJZ), "Hoofdstuk 4 prose verhoging bijdragen 1e begrotingswijziging")
rows = []
for i, nm in enumerate(GEM):
    net = m["bijdr_wijz"][i] - m["terug"][i]
    rows.append((None, [nm, fact(f"bnt.sleutel.{nm}", m["sleutel_bp"][i] / 100, nl(m["sleutel_bp"][i] / 100, 2) + "%", f"Tabel 4.1 rij {nm} kolom Verdeelsleutel"),
                        fact(f"bnt.bijdr23.{nm}", m["bijdr_2023"][i], nl(m["bijdr_2023"][i]), f"Tabel 4.1 rij {nm} kolom Bijdrage 2023"),
                        fact(f"bnt.bijdrp.{nm}", m["bijdr_prim"][i], nl(m["bijdr_prim"][i]), f"Tabel 4.1 rij {nm} kolom Bijdrage 2024 primitief"),
                        fact(f"bnt.bijdrw.{nm}", m["bijdr_wijz"][i], nl(m["bijdr_wijz"][i]), f"Tabel 4.1 rij {nm} kolom Bijdrage 2024 na wijziging"),
                        fact(f"bnt.terug.{nm}", m["terug"][i], nl(-m["terug"][i], paren=True), f"Tabel 4.1 rij {nm} kolom Terugbetaling resultaat (tussen haakjes)"),
                        fact(f"bnt.netto.{nm}", net, nl(net), f"Tabel 4.1 rij {nm} kolom Per saldo 2024")]))
rows.append(("total", ["Subtotaal gemeenten", "100,00%", nl(sum(m["bijdr_2023"])), nl(sum(m["bijdr_prim"])),
                       fact("bnt.bijdrw.gem", sum(m["bijdr_wijz"]), nl(sum(m["bijdr_wijz"])), "Tabel 4.1 Subtotaal gemeenten na wijziging"),
                       nl(-sum(m["terug"][:6]), paren=True), nl(sum(m["bijdr_wijz"]) - sum(m["terug"][:6]))]))
wsn = D.BIJDRAGE_WS - m["terug"][6]
rows.append((None, [D.WATERSCHAP[0], "vast", nl(1019212), nl(D.BIJDRAGE_WS),
                    fact("bnt.bijdrw.ws", D.BIJDRAGE_WS, nl(D.BIJDRAGE_WS), "Tabel 4.1 rij Waterschap Vechtstromen kolom na wijziging"),
                    fact("bnt.terug.ws", m["terug"][6], nl(-m["terug"][6], paren=True), "Tabel 4.1 rij Waterschap kolom Terugbetaling"), nl(wsn)]))
allw = sum(m["bijdr_wijz"]) + D.BIJDRAGE_WS
rows.append(("total", ["Totaal deelnemers", "", nl(sum(m["bijdr_2023"]) + 1019212), nl(sum(m["bijdr_prim"]) + D.BIJDRAGE_WS),
                       fact("bnt.bijdrw.tot", allw, nl(allw), "Tabel 4.1 Totaal deelnemers na wijziging"),
                       fact("bnt.terug.tot", sum(m["terug"]), nl(-sum(m["terug"]), paren=True), "Tabel 4.1 Totaal terugbetaling"),
                       nl(allw - sum(m["terug"]))]))
assert sum(m["terug"]) == res
head = [[{"t": "Bedragen in euro's", "align": "start"}, "Verdeel-", "Bijdrage", {"t": "Bijdrage 2024", "span": 2}, "Terugbetaling", "Per saldo"],
        ["Deelnemer", "sleutel", "2023", "primitief", "na wijziging", "resultaat 2024", "2024"]]
doc.table("Tabel 4.1 Bijdragen per deelnemer", [4.1, 1.6, 2.2, 2.2, 2.2, 2.3, 2.2], head, rows)
doc.note("De bijdrage 2023 is de definitieve bijdrage volgens de jaarrekening 2023. De terugbetaling wordt na vaststelling "
         "van de jaarstukken verrekend met het eerste voorschot 2025.")

# ================================================================== paragrafen
doc.h1("5. Paragrafen")
doc.h2("Weerstandsvermogen en risicobeheersing")
doc.p("De BNT heeft geen eigen belastinggebied. Risico's worden in eerste instantie opgevangen in de algemene reserve; "
      "wat daarin niet past, wordt via de bijdragen bij de deelnemers in rekening gebracht. Volgens de financiële "
      "verordening mag de algemene reserve ten hoogste 6% van de begrote lasten bedragen.")
rows = []
for lab, kans, bedrag in D.RISICOS:
    rows.append((None, [lab, f"{kans}%", fact(f"bnt.risico.{lab}", bedrag, nl(bedrag), f"Tabel 5.1 rij '{lab}' kolom Maximaal effect"),
                        nl(kans * bedrag // 100)]))
rows.append(("total", ["Benodigde weerstandscapaciteit", "", "", fact("bnt.benodigd", m["benodigd"], nl(m["benodigd"]), "Tabel 5.1 Benodigde weerstandscapaciteit")]))
doc.table("Tabel 5.1 Risico's (bedragen in euro's)", [8.8, 1.6, 3.2, 3.4], [["Risico", "Kans", "Maximaal effect", "Gewogen bedrag"]], rows)
plafond = round(0.06 * sum(r[2] for r in D.LASTEN) * 1000)
doc.p(f"De beschikbare weerstandscapaciteit is de algemene reserve per 31 december 2024: € {nl(m['ar_end'])}. "
      f"De ratio weerstandsvermogen is daarmee {nl(m['ratio'], 2)} (beschikbaar gedeeld door benodigd). Het "
      f"plafond van de algemene reserve (6% van de begrote lasten na wijziging) is € {nl(plafond)}; de reserve "
      "blijft daaronder.")
fact("bnt.ar_end.prose", m["ar_end"], nl(m["ar_end"]), "Hoofdstuk 5 prose algemene reserve 31-12-2024")
fact("bnt.ratio", round(m["ratio"], 2), nl(m["ratio"], 2), "Hoofdstuk 5 prose ratio weerstandsvermogen")
fact("bnt.plafond", plafond, nl(plafond), "Hoofdstuk 5 prose plafond algemene reserve")
assert plafond > m["ar_end"]
doc.h2("Financiering")
kgl = round(0.082 * sL[1] * 1000)
doc.p(f"De kasgeldlimiet bedraagt 8,2% van het begrotingstotaal, voor 2024 € {nl(kgl)}. De limiet is in geen enkel "
      "kwartaal overschreden. De vaste schuld bestaat uit één lening van de BNG Bank met een looptijd tot 2032; in 2024 "
      "is € 150.000 afgelost. Het renterisico op de vaste schuld blijft ruim binnen de renterisiconorm.")
fact("bnt.kasgeldlimiet", kgl, nl(kgl), "Hoofdstuk 5 Financiering prose kasgeldlimiet")
fact("bnt.aflossing", 150000, "150.000", "Hoofdstuk 5 Financiering prose aflossing 2024")
doc.h2("Bedrijfsvoering")
doc.p(f"De formatie is {nl(D.FTE['begroot'], 1)} fte; per 31 december 2024 was {nl(D.FTE['bezet'], 1)} fte bezet. "
      f"Het ziekteverzuim daalde van {nl(D.FTE['verzuim2023'], 1)}% in 2023 naar {nl(D.FTE['verzuim2024'], 1)}% in 2024.")
fact("bnt.fte.bezet", D.FTE["bezet"], nl(D.FTE["bezet"], 1) + " fte", "Hoofdstuk 5 Bedrijfsvoering prose fte bezet")
fact("bnt.verzuim.2024", D.FTE["verzuim2024"], nl(D.FTE["verzuim2024"], 1) + "% in 2024", "Hoofdstuk 5 Bedrijfsvoering prose ziekteverzuim 2024")

# ================================================================== balans
doc.h1("6. Balans per 31 december")
doc.p("Bedragen x € 1.000. De kolommen tonen eerst de stand per 31 december 2024 en daarna die per 31 december 2023.")
A = D.BALANS_ACTIVA
rows = [("section", ["Vaste activa", "", ""])]
for lab, a, b in A[:2]:
    rows.append((None, [{"t": lab, "indent": True}, fact(f"bnt.bal.{lab}", a * 1000, nl(a), f"Tabel 6.1 rij '{lab}' kolom 31-12-2024"), nl(b)]))
va = [A[0][1] + A[1][1], A[0][2] + A[1][2]]
rows.append(("section", ["Totaal vaste activa", nl(va[0]), nl(va[1])]))
rows.append(("section", ["Vlottende activa", "", ""]))
for lab, a, b in A[2:]:
    rows.append((None, [{"t": lab, "indent": True}, fact(f"bnt.bal.{lab}", a * 1000, nl(a), f"Tabel 6.1 rij '{lab}' kolom 31-12-2024"), nl(b)]))
vla = [sum(a[1] for a in A[2:]), sum(a[2] for a in A[2:])]
rows.append(("section", ["Totaal vlottende activa", nl(vla[0]), nl(vla[1])]))
rows.append(("total", ["Totaal activa", fact("bnt.bal.activa", m["activa"][0] * 1000, nl(m["activa"][0]), "Tabel 6.1 Totaal activa 31-12-2024"), nl(m["activa"][1])]))
ar_beg = D.RESERVES[0][1]
br_beg = sum(r[1] for r in D.RESERVES[1:])
ev = [k(m["ar_end"]) + k(m["br_end"]) + k(res), k(ar_beg) + k(br_beg) + k(D.RESULTAAT_2023)]
rows.append(("section", ["Eigen vermogen", "", ""]))
rows.append((None, [{"t": "Algemene reserve", "indent": True},
                    fact("bnt.bal.ar", k(m["ar_end"]) * 1000, nl(k(m["ar_end"])), "Tabel 6.1 rij 'Algemene reserve' kolom 31-12-2024"), nl(k(ar_beg))]))
rows.append((None, [{"t": "Bestemmingsreserves", "indent": True}, nl(k(m["br_end"])), nl(k(br_beg))]))
rows.append((None, [{"t": "Gerealiseerd resultaat", "indent": True}, nl(k(res)), nl(k(D.RESULTAAT_2023))]))
rows.append(("section", ["Totaal eigen vermogen", fact("bnt.bal.ev", ev[0] * 1000, nl(ev[0]), "Tabel 6.1 Totaal eigen vermogen 31-12-2024"),
                         fact("bnt.bal.ev23", ev[1] * 1000, nl(ev[1]), "Tabel 6.1 Totaal eigen vermogen 31-12-2023")]))
assert ev[0] == k(m["ev_end"]) and ev[1] == k(m["ev_beg"]), (ev, m["ev_end"], m["ev_beg"])
rows.append((None, ["Voorzieningen", nl(k(m["vz_end"])), nl(k(m["vz_beg"]))]))
rows.append((None, ["Vaste schulden met een rentetypische looptijd van één jaar of langer",
                    fact("bnt.bal.vasteschuld", D.VASTE_SCHULD[0] * 1000, nl(D.VASTE_SCHULD[0]), "Tabel 6.1 Vaste schulden 31-12-2024"), nl(D.VASTE_SCHULD[1])]))
rows.append((None, ["Netto vlottende schulden met een rentetypische looptijd korter dan één jaar", nl(m["nvs"][0]), nl(m["nvs"][1])]))
rows.append((None, ["Overlopende passiva", nl(D.OVERLOPENDE_PASSIVA[0]), nl(D.OVERLOPENDE_PASSIVA[1])]))
pas = [ev[0] + k(m["vz_end"]) + D.VASTE_SCHULD[0] + m["nvs"][0] + D.OVERLOPENDE_PASSIVA[0],
       ev[1] + k(m["vz_beg"]) + D.VASTE_SCHULD[1] + m["nvs"][1] + D.OVERLOPENDE_PASSIVA[1]]
assert pas == m["activa"], (pas, m["activa"])
rows.append(("total", ["Totaal passiva", nl(pas[0]), nl(pas[1])]))
doc.table("Tabel 6.1 Balans", [11.0, 3.0, 3.0], [["Activa en passiva", "31-12-2024", "31-12-2023"]], rows)
sol = ev[0] / pas[0] * 100

# ================================================================== reserves en voorzieningen
doc.h1("7. Reserves, voorzieningen en resultaatbestemming")
rows = []
for nm, st, toe, ont, _bt, _bo in D.RESERVES:
    end = st + toe - ont
    rows.append((None, [nm, fact(f"bnt.res.{nm}.stand1", st, nl(st), f"Tabel 7.1 rij '{nm}' kolom Stand 1-1-2024"),
                        fact(f"bnt.res.{nm}.toev", toe, nl(toe), f"Tabel 7.1 rij '{nm}' kolom Toevoeging"),
                        fact(f"bnt.res.{nm}.ontt", ont, nl(ont), f"Tabel 7.1 rij '{nm}' kolom Onttrekking"),
                        fact(f"bnt.res.{nm}.stand31", end, nl(end), f"Tabel 7.1 rij '{nm}' kolom Stand 31-12-2024")]))
S = [sum(r[i] for r in D.RESERVES) for i in (1, 2, 3)]
rows.append(("total", ["Totaal reserves", nl(S[0]), nl(S[1]), nl(S[2]), fact("bnt.res.totaal", S[0] + S[1] - S[2], nl(S[0] + S[1] - S[2]), "Tabel 7.1 Totaal reserves stand 31-12-2024")]))
v = D.VOORZIENINGEN[0]
rows.append((None, [v[0], nl(v[1]), nl(v[2]), nl(v[3]), fact("bnt.vz.stand31", m["vz_end"], nl(m["vz_end"]), "Tabel 7.1 voorziening stand 31-12-2024")]))
doc.table("Tabel 7.1 Verloop reserves en voorzieningen 2024", [6.8, 2.55, 2.55, 2.55, 2.55],
          [[{"t": "Bedragen in euro's", "align": "start"}, "Stand 1-1-2024", "Toevoeging", "Onttrekking 2)", "Stand 31-12-2024"]], rows)
doc.note("2) Bij voorzieningen: aanwending. De toevoeging aan de algemene reserve betreft de bestemming van het "
         "resultaat 2023 (besluit algemeen bestuur 4 juli 2024) en loopt daarom niet via het overzicht van baten en lasten.")
doc.h2("Voorstel resultaatbestemming")
doc.p(f"Het algemeen bestuur wordt voorgesteld het resultaat 2024 van € {nl(res)} volledig terug te betalen aan de "
      f"deelnemers, naar rato van de bijdrage 2024 na wijziging (zie tabel 4.1). Twenterand ontvangt daarmee € "
      f"{nl(m['terug'][0])} terug en Waterschap Vechtstromen € {nl(m['terug'][6])}. Omdat de algemene reserve met € "
      f"{nl(m['ar_end'])} onder het plafond blijft, wordt niets aan de algemene reserve toegevoegd.")
doc.h2("Kengetallen")
rows = []
for lab, a, b in D.KENGETALLEN:
    rows.append((None, [lab, fact(f"bnt.kengetal.{lab}", a, nl(a, 1) + "%", f"Tabel 7.2 rij '{lab}' kolom Realisatie 2024"), nl(b, 1) + "%"]))
doc.table("Tabel 7.2 Financiële kengetallen", [9.0, 3.0, 3.0], [["Kengetal", "Realisatie 2024", "Realisatie 2023"]], rows)

# ================================================================== overige gegevens
doc.h1("8. Overige gegevens")
doc.h2("Wet normering topinkomens (WNT)")
WNT = [("Beloning plus belastbare onkostenvergoedingen", 118214), ("Beloningen betaalbaar op termijn", 17356)]
rows = [(None, [lab, nl(v)]) for lab, v in WNT]
rows.append(("total", ["Totale bezoldiging 2024", fact("bnt.wnt", sum(v for _, v in WNT), nl(sum(v for _, v in WNT)), "Tabel 8.1 Totale bezoldiging directeur")]))
doc.table("Tabel 8.1 Bezoldiging directeur (1,0 fte, in euro's)", [11.0, 4.0], [["Bezoldiging", "2024"]], rows)
doc.p("Er zijn geen andere functionarissen met een bezoldiging boven de norm. De leden van het algemeen en dagelijks "
      "bestuur ontvangen geen vergoeding van de BNT.")
doc.h2("Vennootschapsbelasting")
doc.p("De BNT voert uitsluitend overheidstaken uit voor haar deelnemers en is niet belastingplichtig voor de "
      "vennootschapsbelasting.")
doc.h2("Taakvelden")
rows = [(None, ["0.4 Overhead", nl(k(totL)), nl(k(B[3]))]),
        (None, ["0.64 Belastingen overig", "0", nl(k(B[0]) + k(B[1]) + k(B[2]))]),
        (None, ["0.10 Mutaties reserves", nl(k(m["toev"])), nl(k(m["ontt"]))]),
        ("total", ["Totaal", nl(k(totL) + k(m["toev"])), nl(k(totB) + k(m["ontt"]))])]
doc.table("Tabel 8.2 Baten en lasten per taakveld 2024 (x € 1.000)", [9.0, 3.0, 3.0], [["Taakveld", "Lasten", "Baten"]], rows)

# ================================================================== bijlage (table continued over a page)
doc.h1("Bijlage: specificatie bijdragen per deelnemer en product", new_page=False)
doc.p("De bijdrage 2024 na wijziging is per deelnemer toegerekend aan de vier producten van de BNT. Voor de gemeenten "
      "geldt de verdeling WOZ 38%, heffen 22%, invorderen 24% en klantcontact en kwijtschelding 16%; voor het "
      "waterschap alleen heffen (55%) en invorderen (45%). Bedragen in euro's.")
PROD = [("WOZ-waardering", 38), ("Heffen", 22), ("Invorderen", 24), ("Klantcontact en kwijtschelding", 16)]
rows = []
spec = {}
for i, nm in enumerate(GEM):
    parts = D.largest_remainder(m["bijdr_wijz"][i], [p for _, p in PROD])
    spec[nm] = parts
    rows.append(("section", [nm, "", ""]))
    for (pl, pp), v in zip(PROD, parts):
        rows.append((None, [{"t": pl, "indent": True}, f"{pp}%", fact(f"bnt.spec.{nm}.{pl}", v, nl(v), f"Bijlage rij {nm} / {pl}")]))
    rows.append(("total", [f"Totaal {nm}", "100%", nl(sum(parts))]))
parts = D.largest_remainder(D.BIJDRAGE_WS, [55, 45])
rows.append(("section", [D.WATERSCHAP[0], "", ""]))
rows.append((None, [{"t": "Heffen", "indent": True}, "55%", fact("bnt.spec.ws.heffen", parts[0], nl(parts[0]), "Bijlage rij Waterschap / Heffen")]))
rows.append((None, [{"t": "Invorderen", "indent": True}, "45%", nl(parts[1])]))
rows.append(("total", [f"Totaal {D.WATERSCHAP[0]}", "100%", nl(sum(parts))]))
totp = [sum(spec[nm][j] for nm in GEM) for j in range(4)]
for j, (pl, _) in enumerate(PROD):
    add = parts[0] if pl == "Heffen" else parts[1] if pl == "Invorderen" else 0
    rows.append((None, [f"Totaal product {pl}", "", fact(f"bnt.spec.tot.{pl}", totp[j] + add, nl(totp[j] + add), f"Bijlage Totaal product {pl}")]))
rows.append(("total", ["Totaal alle deelnemers", "", nl(allw)]))
doc.table("Tabel B.1 Bijdrage 2024 na wijziging per deelnemer en product", [10.0, 2.5, 4.0],
          [["Deelnemer / product", "Aandeel", "Bedrag"]], rows)

os.makedirs(OUT, exist_ok=True)
doc.save(os.path.join(OUT, DOCID + ".odp"), "Belastingsamenwerking Noordoost Twente - Jaarstukken 2024 (FICTIEF)")
with open(os.path.join(OUT, "facts-bnt.json"), "w", encoding="utf-8") as f:
    json.dump(FACTS, f, ensure_ascii=False, indent=1)
print("pages", len(doc.pages), "facts", len(FACTS), "seed", m["seed"])
