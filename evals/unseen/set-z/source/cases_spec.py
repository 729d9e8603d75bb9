"""The evaluation cases of set-z, with every expected figure computed from the data modules.

Each figure turn names the cells it comes from: (document, anchor, row label, printed value,
scale).  check.py finds the printed value on a line with the row label, within the table that
follows the anchor, in the text a reader extracts from the document, and recomputes the
expected value from the printed cells with `calc` (c0, c1, ... are the cell values in euros or
units after scale).

Usage: python cases_spec.py OUT.yaml
"""

import sys

import data_heuvelzate as g
import data_kortenhoeve as k

K = k.MUNICIPALITY
G = g.MUNICIPALITY
KD = "kortenhoeve"
GD = "heuvelzate"


def nl(n) -> str:
    return f"{abs(int(n)):,}".replace(",", ".")


def pct(x: float, dec: int = 1) -> str:
    return f"{x:.{dec}f}".replace(".", ",")


def cell(doc, anchor, label, printed, scale=1):
    return {"doc": doc, "anchor": anchor, "label": label, "printed": printed, "scale": scale}


def fig(q, value, cells, calc="c0", unit="EUR", tol=None, accept=None, mun=None):
    t = {"question": q, "kind": "figure", "value": value, "unit": unit, "cells": cells, "calc": calc}
    if tol is not None:
        t["tolerance"] = tol
    if accept:
        t["accept"] = accept
    if mun:
        t["mun"] = mun
    return t


def refusal(q, why, absent=None, doc=None):
    """absent: strings check.py must not find in doc (evidence the answer is not there)."""
    return {"question": q, "kind": "refusal", "why": why, "absent": absent or [], "doc": doc}


def text(q, include, why, exclude=None):
    t = {"question": q, "kind": "text", "include": include, "why": why}
    if exclude:
        t["exclude"] = exclude
    return t


# ---------------------------------------------------------------- figures from the data

P4 = {y: k.group_k("P4", y) for y in k.YEARS}
P3 = {y: k.group_k("P3", y) for y in k.YEARS}
P2 = {y: k.group_k("P2", y) for y in k.YEARS}
AU = [v for lbl, v in k.DEKKING if lbl.startswith("Algemene uitkering")][0]
OZBW = [v for lbl, v in k.DEKKING if lbl == "Onroerendezaakbelasting woningen"][0]
TV = {t[0]: t for t in k.TAAKVELDEN}
OV = {y: k.overview_k(y) for y in k.YEARS}
SPORTHAL = [i for i in k.INVESTERINGEN_K if "sporthal" in i[0]][0]
ALG_RES = k.RESERVES[0]
RES_SD = k.RESERVES[1]
BESCH, BENOD, RATIO = k.weerstand()
HOEVEWEIDE = k.GREX_K[0]
KASGELD = round(0.085 * k.taakveld_totals()[0])
W = k.WOONLASTEN

BR = {r["naam"]: r for r in g.bijdrage_rows()}
TOT_BIJDRAGE = sum(r["totaal"] for r in BR.values())
IZB = g.PROGRAMMAS[1]
JGZ = g.PROGRAMMAS[0]
BAL = g.balans()
KG = g.kengetallen()
FTE = g.fte_totals()
WNT27 = g.WNT[2027]


def k_prog_row(label, vals_k):
    return " ".join(nl(v) for v in vals_k)


CASES = [
    # ============================================================ Kortenhoeve
    {"id": "z-k-sociaal-domein-gesprek", "municipality": K, "turns": [
        fig("Hoeveel geeft Kortenhoeve in 2028 uit aan het sociaal domein?",
            P4[2028][0] * 1000,
            [cell(KD, "Tabel 2.7 Baten en lasten programma 4", "Lasten", nl(P4[2028][0]), 1000)],
            accept=[k.group_2028("P4")[0]]),
        fig("En hoeveel is dat in 2030?", P4[2030][0] * 1000,
            [cell(KD, "Tabel 2.7 Baten en lasten programma 4", "Lasten", nl(P4[2030][0]), 1000)]),
        fig("Wat staat daar in dat jaar aan inkomsten tegenover?", P4[2030][1] * 1000,
            [cell(KD, "Tabel 2.7 Baten en lasten programma 4", "Baten", nl(P4[2030][1]), 1000)]),
        refusal("En in 2033?", "De meerjarenraming loopt tot en met 2031.", ["2033", "2032"], KD),
    ]},
    {"id": "z-k-gemeentefonds-gesprek", "municipality": K, "turns": [
        fig("Hoeveel geld krijgt Kortenhoeve in 2028 uit het gemeentefonds?", AU[2028],
            [cell(KD, "Tabel 2.9 Overzicht algemene dekkingsmiddelen", "Algemene uitkering", nl(AU[2028]))]),
        fig("En het jaar daarna?", AU[2029],
            [cell(KD, "Tabel 2.9 Overzicht algemene dekkingsmiddelen", "Algemene uitkering", nl(AU[2029]))]),
        fig("Met hoeveel procent neemt dat toe?", round(100 * (AU[2029] - AU[2028]) / AU[2028], 2),
            [cell(KD, "Tabel 2.9 Overzicht algemene dekkingsmiddelen", "Algemene uitkering", nl(AU[2028])),
             cell(KD, "Tabel 2.9 Overzicht algemene dekkingsmiddelen", "Algemene uitkering", nl(AU[2029]))],
            calc="(c1 - c0) / c0 * 100", unit="percent", tol=0.05),
    ]},
    {"id": "z-k-jeugdhulp-per-inwoner", "municipality": K, "turns": [
        fig("Hoeveel trekt Kortenhoeve in 2028 uit voor individuele jeugdhulp, de maatwerkdienstverlening voor jongeren onder de 18?", TV["6.72"][3],
            [cell(KD, "Tabel B.1", "6.72 Maatwerkdienstverlening 18-", nl(TV["6.72"][3]))]),
        fig("Hoeveel is dat per inwoner?", round(TV["6.72"][3] / k.INWONERS, 2),
            [cell(KD, "Tabel B.1", "6.72 Maatwerkdienstverlening 18-", nl(TV["6.72"][3])),
             cell(KD, "1.4 Kerngegevens", "Aantal inwoners per 1 januari 2027", nl(k.INWONERS))],
            calc="c0 / c1", tol=0.5),
    ]},
    {"id": "z-k-jongeren-jeugdhulp-landelijk", "municipality": K, "turns": [
        fig("Welk percentage van de jongeren in Kortenhoeve krijgt jeugdhulp?", 12.6,
            [cell(KD, "Tabel 2.6 Beleidsindicatoren sociaal domein", "Jongeren met jeugdhulp", "12,6")],
            unit="percent"),
        fig("Is dat meer of minder dan landelijk? Wat is het cijfer voor Nederland?", 12.1,
            [cell(KD, "Tabel 2.6 Beleidsindicatoren sociaal domein", "Jongeren met jeugdhulp", "12,1")],
            unit="percent"),
    ]},
    {"id": "z-k-veiligheid-saldo-rekening-2026", "municipality": K, "turns": [
        fig("Wat was per saldo het nadeel van programma Veiligheid volgens de jaarrekening 2026?",
            (P2[2026][0] - P2[2026][1]) * 1000,
            [cell(KD, "Tabel 2.3 Baten en lasten programma 2", "Saldo van baten en lasten",
                  "-" + nl(P2[2026][0] - P2[2026][1]), 1000)])]},
    {"id": "z-k-ozb-woningen-2028", "municipality": K, "turns": [
        fig("Hoeveel haalt de gemeente in 2028 op met de onroerendezaakbelasting op woningen?", OZBW[2028],
            [cell(KD, "Tabel 2.9 Overzicht algemene dekkingsmiddelen", "Onroerendezaakbelasting woningen", nl(OZBW[2028]))])]},
    {"id": "z-k-tekort-2030", "municipality": K, "turns": [
        fig("Hoe groot is het begrotingstekort dat voor 2030 wordt verwacht?", -OV[2030]["resultaat"] * 1000,
            [cell(KD, "Tabel 1.1 Meerjarig financieel beeld", "Geraamd resultaat", "-" + nl(OV[2030]["resultaat"]), 1000)])]},
    {"id": "z-k-sporthal-totaal-krediet", "municipality": K, "turns": [
        fig("Hoeveel kost de nieuwe sporthal De Hoeve in totaal aan investeringen?", sum(SPORTHAL[2].values()) * 1000,
            [cell(KD, "Tabel 4.6 Investeringsplanning", "Nieuwbouw sporthal De Hoeve", nl(sum(SPORTHAL[2].values())), 1000)])]},
    {"id": "z-k-algemene-reserve-eind-2028", "municipality": K, "turns": [
        fig("Hoeveel zit er eind 2028 naar verwachting nog in de algemene reserve?", k.reserve_end(ALG_RES),
            [cell(KD, "Tabel 4.4 Verloop van de reserves", "Algemene reserve", nl(k.reserve_end(ALG_RES)))])]},
    {"id": "z-k-incidentele-lasten-2028", "municipality": K, "turns": [
        fig("Wat is het totaal aan eenmalige lasten in de begroting 2028?", k.incidenteel_totals(2028)[0],
            [cell(KD, "Tabel 4.2 Incidentele baten en lasten", "Totaal incidentele lasten", nl(k.incidenteel_totals(2028)[0]))])]},
    {"id": "z-k-weerstandsratio", "municipality": K, "turns": [
        fig("Hoe hoog is de ratio van het weerstandsvermogen?", RATIO,
            [cell(KD, "3.2 Weerstandsvermogen", "ratio weerstandsvermogen komt", pct(RATIO, 2))],
            unit=None, tol=0.005)]},
    {"id": "z-k-netto-schuldquote-2028", "municipality": K, "turns": [
        fig("Wat is de netto schuldquote volgens de begroting 2028?", 67.9,
            [cell(KD, "Tabel 3.6 Financiële kengetallen", "Netto schuldquote", "67,9%")], unit="percent")]},
    {"id": "z-k-afvalstoffenheffing-gezin", "municipality": K, "turns": [
        fig("Wat betaalt een gezin van vier in 2028 aan afvalstoffenheffing?", W[2028]["afval"],
            [cell(KD, "Tabel 3.1 Tarieven", "Afvalstoffenheffing meerpersoonshuishouden", "334,20")])]},
    {"id": "z-k-woonlasten-stijging", "municipality": K, "turns": [
        fig("Met hoeveel procent gaan de woonlasten voor een meerpersoonshuishouden omhoog in 2028?",
            round(100 * (k.woonlasten_total(2028) - k.woonlasten_total(2027)) / k.woonlasten_total(2027), 2),
            [cell(KD, "Tabel 3.2 Woonlasten", "Totale woonlasten", "881,21"),
             cell(KD, "Tabel 3.2 Woonlasten", "Totale woonlasten", "928,11")],
            calc="(c1 - c0) / c0 * 100", unit="percent", tol=0.05)]},
    {"id": "z-k-saldo-inkomensregelingen", "municipality": K, "turns": [
        fig("Hoeveel legt de gemeente per saldo toe op bijstand en andere inkomensregelingen in 2028?",
            TV["6.3"][3] - TV["6.3"][4],
            [cell(KD, "Tabel B.1", "6.3 Inkomensregelingen", "(" + nl(TV["6.3"][3] - TV["6.3"][4]) + ")")])]},
    {"id": "z-k-wmo-samen", "municipality": K, "turns": [
        fig("Hoeveel geeft Kortenhoeve in 2028 uit aan Wmo-maatwerk voor volwassenen, dus maatwerkvoorzieningen en maatwerkdienstverlening 18+ bij elkaar?",
            TV["6.6"][3] + TV["6.71"][3],
            [cell(KD, "Tabel B.1", "6.6 Maatwerkvoorzieningen", nl(TV["6.6"][3])),
             cell(KD, "Tabel B.1", "6.71 Maatwerkdienstverlening 18+", nl(TV["6.71"][3]))],
            calc="c0 + c1")]},
    {"id": "z-k-leefomgeving-verschil-2027-2028", "municipality": K, "turns": [
        fig("Hoeveel verschillen de lasten van Leefomgeving en Wonen tussen de begroting 2027 en de begroting 2028?",
            abs(P3[2028][0] - P3[2027][0]) * 1000,
            [cell(KD, "Tabel 2.5 Baten en lasten programma 3", "Lasten", nl(P3[2027][0]), 1000),
             cell(KD, "Tabel 2.5 Baten en lasten programma 3", "Lasten", nl(P3[2028][0]), 1000)],
            calc="abs(c1 - c0)")]},
    {"id": "z-k-woningbouw-aantal", "municipality": K, "turns": [
        fig("Hoeveel nieuwe woningen wil Kortenhoeve tot en met 2031 bouwen?",
            sum(sum(v.values()) for _, v in k.WONINGBOUW),
            [cell(KD, "Tabel 2.4 Woningbouwplanning", "Totaal", "1.150")], unit="count")]},
    {"id": "z-k-kasgeldlimiet", "municipality": K, "turns": [
        fig("Hoe hoog is de kasgeldlimiet in 2028?", KASGELD,
            [cell(KD, "Financiering", "uit op", nl(KASGELD))])]},
    {"id": "z-k-grex-hoeveweide", "municipality": K, "turns": [
        fig("Wat levert de grondexploitatie Hoeveweide naar verwachting op?", k.grex_resultaat(HOEVEWEIDE) * 1000,
            [cell(KD, "Tabel 3.10 Grondexploitaties", "Hoeveweide", nl(k.grex_resultaat(HOEVEWEIDE)), 1000)])]},
    {"id": "z-k-reserve-sociaal-domein-inzet", "municipality": K, "turns": [
        fig("Hoeveel haalt de gemeente in 2028 uit de reserve sociaal domein?", RES_SD[4],
            [cell(KD, "Tabel 4.4 Verloop van de reserves", "Reserve sociaal domein", nl(RES_SD[4]))])]},
    {"id": "z-k-inwoners", "turns": [
        fig("Hoeveel inwoners heeft de gemeente Kortenhoeve?", k.INWONERS,
            [cell(KD, "1.4 Kerngegevens", "Aantal inwoners", nl(k.INWONERS))], unit="count", mun=K)]},
    {"id": "z-k-refusal-rekening-2025", "municipality": K, "turns": [
        refusal("Wat waren de lasten van Veiligheid in de jaarrekening 2025?",
                "De oudste kolom is de rekening 2026.", ["Rekening 2025", "rekening 2025", "jaarrekening 2025"], KD)]},
    {"id": "z-k-refusal-programma-landbouw", "municipality": K, "turns": [
        refusal("Hoeveel is er in 2028 begroot voor het programma Landbouw en Platteland?",
                "Kortenhoeve heeft vijf programma's; Landbouw en Platteland hoort daar niet bij.", ["Landbouw", "Platteland"], KD)]},
    {"id": "z-k-refusal-belastingcapaciteit-2030", "municipality": K, "turns": [
        refusal("Wat is de belastingcapaciteit van Kortenhoeve in 2030?",
                "De kengetallentabel toont n.b. voor 2029-2031.", [], KD)]},
    {"id": "z-k-refusal-inwoners-2031", "municipality": K, "turns": [
        refusal("Hoeveel inwoners verwacht de gemeente in 2031 te hebben?",
                "Er staat geen bevolkingsprognose in de begroting.", ["prognose"], KD)]},
    {"id": "z-k-refusal-exploitatie-sporthal", "municipality": K, "turns": [
        refusal("Wat gaat de nieuwe sporthal na de oplevering per jaar kosten aan beheer en onderhoud?",
                "Alleen de kredieten en de toevoeging aan de reserve dekking investeringen staan erin, geen exploitatiekosten.", ["exploitatiekosten", "beheerkosten"], KD)]},
    {"id": "z-k-text-sporthal-klaar", "municipality": K, "turns": [
        text("Wanneer is de nieuwe sporthal klaar?", ["2030"],
             "Programma 5: oplevering gepland in het najaar van 2030.")]},
    {"id": "z-k-text-snelle-hulp-jeugd", "municipality": K, "turns": [
        text("Wat doet de gemeente zodat kinderen sneller lichte hulp krijgen zonder doorverwijzing?",
             [["praktijkondersteuner", "POH"]],
             "Programma 4: elke huisartsenpraktijk krijgt een POH-jeugd.")]},
    {"id": "z-k-text-afvalstoffenheffing-waarom", "municipality": K, "turns": [
        text("Waarom wordt de afvalstoffenheffing duurder?",
             [["verbrandingsbelasting", "verwerkingstarieven", "verwerkingskosten"]],
             "Programma 3: verbrandingsbelasting en verwerkingstarieven stijgen, heffing is 100% kostendekkend.")]},
    {"id": "z-k-text-toeristenbelasting-besteding", "municipality": K, "turns": [
        text("Waar gaat het extra geld van de hogere toeristenbelasting naartoe?", ["fietsroute"],
             "Programma 5: de extra opbrengst gaat naar recreatieve fietsroutes.")]},
    {"id": "z-k-text-maatregelen-tekort", "municipality": K, "turns": [
        text("Hoe wil het college de tekorten vanaf 2029 oplossen?",
             [["onroerendezaakbelasting", "OZB"], ["taakstelling", "bedrijfsvoering"]],
             "Aanbieding: verdere verhoging OZB, scherper sturen op toegang jeugdhulp, taakstelling bedrijfsvoering.")]},

    # ============================================================ GGD Heuvelzate
    {"id": "z-g-ruigendal-bijdrage-gesprek", "municipality": G, "turns": [
        fig("Hoeveel betaalt Ruigendal in 2027 aan de GGD?", BR["Ruigendal"]["totaal"],
            [cell(GD, "Tabel 5 Bijdragen", "Ruigendal", nl(BR["Ruigendal"]["totaal"]))]),
        fig("Hoeveel is dat per inwoner van Ruigendal?", round(BR["Ruigendal"]["totaal"] / BR["Ruigendal"]["inw"], 2),
            [cell(GD, "Tabel 5 Bijdragen", "Ruigendal", nl(BR["Ruigendal"]["totaal"])),
             cell(GD, "Tabel 5 Bijdragen", "Ruigendal", nl(BR["Ruigendal"]["inw"]))],
            calc="c0 / c1", tol=0.05),
        fig("En wat was de bijdrage van Ruigendal een jaar eerder?", BR["Ruigendal"]["tot26"],
            [cell(GD, "Tabel 5 Bijdragen", "Ruigendal", nl(BR["Ruigendal"]["tot26"]))]),
    ]},
    {"id": "z-g-infectieziekte-begroting-gesprek", "municipality": G, "turns": [
        fig("Hoeveel was er oorspronkelijk begroot voor de kosten van infectieziektebestrijding in 2027?", IZB[2][0],
            [cell(GD, "Tabel 3 Lasten per programma", "Infectieziektebestrijding", nl(IZB[2][0]))]),
        fig("En na de begrotingswijzigingen?", IZB[2][1],
            [cell(GD, "Tabel 3 Lasten per programma", "Infectieziektebestrijding", nl(IZB[2][1]))]),
        fig("Hoeveel is er uiteindelijk meer uitgegeven dan dat bijgestelde budget?", IZB[2][2] - IZB[2][1],
            [cell(GD, "Tabel 3 Lasten per programma", "Infectieziektebestrijding", nl(IZB[2][1])),
             cell(GD, "Tabel 3 Lasten per programma", "Infectieziektebestrijding", nl(IZB[2][2]))],
            calc="c1 - c0"),
    ]},
    {"id": "z-g-jgz-realisatie", "municipality": G, "turns": [
        fig("Wat heeft de jeugdgezondheidszorg in 2027 werkelijk gekost?", JGZ[2][2],
            [cell(GD, "Tabel 3 Lasten per programma", "Jeugdgezondheidszorg", nl(JGZ[2][2]))])]},
    {"id": "z-g-totaal-bijdragen", "municipality": G, "turns": [
        fig("Hoeveel dragen de gemeenten samen bij aan de GGD in 2027?", TOT_BIJDRAGE,
            [cell(GD, "Tabel 5 Bijdragen", "Totaal", nl(TOT_BIJDRAGE))])]},
    {"id": "z-g-liquide-middelen", "municipality": G, "turns": [
        fig("Hoeveel geld had de GGD eind 2027 op de bank en in kas?",
            dict(g.BALANS_ACTIVA_K)["Liquide middelen"][0] * 1000,
            [cell(GD, "Tabel 6 Balans", "Liquide middelen", nl(dict(g.BALANS_ACTIVA_K)["Liquide middelen"][0]), 1000)])]},
    {"id": "z-g-balanstotaal", "municipality": G, "turns": [
        fig("Wat is het balanstotaal van de GGD per 31 december 2027?", BAL[0]["activa"] * 1000,
            [cell(GD, "Tabel 6 Balans", "TOTAAL PASSIVA", nl(BAL[0]["activa"]), 1000)])]},
    {"id": "z-g-algemene-reserve-eind", "municipality": G, "turns": [
        fig("Hoe groot was de algemene reserve aan het eind van 2027?", g.reserve_end(g.RESERVES[0]),
            [cell(GD, "Tabel 7 Verloop van de reserves", "Algemene reserve", nl(g.reserve_end(g.RESERVES[0])))])]},
    {"id": "z-g-resultaat-voor-bestemming", "municipality": G, "turns": [
        fig("Wat was het saldo van baten en lasten over 2027, dus voordat er iets met de reserves gebeurde?",
            g.resultaat_voor(2),
            [cell(GD, "Overzicht van baten en lasten 2027", "Saldo van baten en lasten", nl(g.resultaat_voor(2)))])]},
    {"id": "z-g-fte-bezetting", "municipality": G, "turns": [
        fig("Hoeveel fte was er eind 2027 bij de GGD in dienst?", FTE[1] / 100,
            [cell(GD, "Tabel 2 Personeelsformatie", "Totaal", "201,38")], unit="count")]},
    {"id": "z-g-wnt-directeur", "municipality": G, "turns": [
        fig("Wat was de totale bezoldiging van de directeur in 2027?", WNT27["beloning"] + WNT27["termijn"],
            [cell(GD, "Tabel 8 Bezoldiging", "Subtotaal", nl(WNT27["beloning"] + WNT27["termijn"]))])]},
    {"id": "z-g-solvabiliteit", "turns": [
        fig("Hoe solvabel is GGD Heuvelzate? Wat was de solvabiliteitsratio eind 2027 volgens de jaarrekening?", KG[0]["solv"],
            [cell(GD, "Tabel 9 Financiële kengetallen", "Solvabiliteitsratio", pct(KG[0]["solv"]) + "%")],
            unit="percent", mun=G)]},
    {"id": "z-g-aandeel-ruigendal", "municipality": G, "turns": [
        fig("Welk percentage van alle gemeentelijke bijdragen komt van Ruigendal?",
            round(100 * BR["Ruigendal"]["totaal"] / TOT_BIJDRAGE, 2),
            [cell(GD, "Tabel 5 Bijdragen", "Ruigendal", nl(BR["Ruigendal"]["totaal"])),
             cell(GD, "Tabel 5 Bijdragen", "Totaal", nl(TOT_BIJDRAGE))],
            calc="c0 / c1 * 100", unit="percent", tol=0.05)]},
    {"id": "z-g-baten-meer-dan-begroot", "municipality": G, "turns": [
        fig("Hoeveel kwam er aan baten meer binnen dan in de bijgestelde begroting stond?", g.baten(2) - g.baten(1),
            [cell(GD, "Tabel 4 Baten per programma", "Totaal baten", nl(g.baten(1))),
             cell(GD, "Tabel 4 Baten per programma", "Totaal baten", nl(g.baten(2)))],
            calc="c1 - c0")]},
    {"id": "z-g-ketelum-zandheide-samen", "municipality": G, "turns": [
        fig("Wat betalen Ketelum en Zandheide samen aan de GGD in 2027?",
            BR["Ketelum"]["totaal"] + BR["Zandheide"]["totaal"],
            [cell(GD, "Tabel 5 Bijdragen", "Ketelum", nl(BR["Ketelum"]["totaal"])),
             cell(GD, "Tabel 5 Bijdragen", "Zandheide", nl(BR["Zandheide"]["totaal"]))],
            calc="c0 + c1")]},
    {"id": "z-g-refusal-jgz-2025", "municipality": G, "turns": [
        refusal("Wat kostte de jeugdgezondheidszorg in 2025?",
                "De jaarstukken vergelijken alleen met 2026; 2025 staat er niet in.", ["Realisatie 2025", "2025 |"], GD)]},
    {"id": "z-g-refusal-zandheide-2029", "municipality": G, "turns": [
        refusal("Hoeveel moet Zandheide in 2029 aan de GGD betalen?",
                "Jaarstukken 2027 bevatten geen bijdragen voor latere jaren.", ["2029"], GD)]},
    {"id": "z-g-refusal-salaris-teamleider", "municipality": G, "turns": [
        refusal("Wat verdient de teamleider van de jeugdgezondheidszorg?",
                "Alleen de bezoldiging van de directeur (WNT) wordt vermeld.", ["teamleider"], GD)]},
    {"id": "z-x-refusal-kortenhoeve-in-heuvelzate", "turns": [
        refusal("Hoeveel betaalt Kortenhoeve aan GGD Heuvelzate?",
                "Kortenhoeve is geen deelnemer van GGD Heuvelzate; het betaalt aan GGD Zuidelijke Hoeven.", ["Heuvelzate"], KD)]},
    {"id": "z-x-refusal-ozb-ruigendal", "turns": [
        refusal("Hoeveel OZB haalt de gemeente Ruigendal op?",
                "Ruigendal komt alleen voor als deelnemer van de GGD; zijn eigen begroting zit niet in de documenten.", ["OZB", "onroerendezaakbelasting"], GD)]},
    {"id": "z-g-text-infectieziekte-duurder", "municipality": G, "turns": [
        text("Waarom was infectieziektebestrijding in 2027 duurder dan gepland?", ["mazelen"],
             "Programmaverantwoording: mazelenuitbraak in Ketelum en Zandheide.")]},
    {"id": "z-g-text-jgz-onderbesteding", "municipality": G, "turns": [
        text("Hoe komt het dat de jeugdgezondheidszorg geld overhield?", ["vacature"],
             "Programmaverantwoording: gemiddeld 4,5 fte jeugdarts vacant.")]},
    {"id": "z-g-text-resultaatbestemming", "municipality": G, "turns": [
        text("Wat wil het bestuur doen met het overschot over 2027?",
             [["terugbeta", "terug"], ["digitalisering", "cliëntdossier"]],
             "Voorstel: € 150.000 naar bestemmingsreserve Digitalisering cliëntdossier, € 410.930 terug naar de gemeenten.")]},
    {"id": "z-g-text-laagste-bijdrage", "municipality": G, "turns": [
        text("Welke deelnemende gemeente betaalt de kleinste bijdrage aan de GGD?", ["Ketelum"],
             "Tabel 5: Ketelum heeft de laagste totale bijdrage.")]},
]


# ---------------------------------------------------------------- YAML

def to_format(case: dict) -> dict:
    out = {"id": case["id"]}
    if "municipality" in case:
        out["municipality"] = case["municipality"]
    default_mun = case.get("municipality")
    turns = []
    for t in case["turns"]:
        exp = {}
        if t["kind"] == "figure":
            v = t["value"]
            exp["value"] = int(v) if float(v).is_integer() else v
            if "accept" in t:
                exp["accept"] = t["accept"]
            if "tolerance" in t:
                exp["tolerance"] = t["tolerance"]
            if t["unit"]:
                exp["unit"] = t["unit"]
            mun = t.get("mun", default_mun)
            if mun:
                exp["municipality"] = mun
        elif t["kind"] == "text":
            exp["include"] = t["include"]
            if "exclude" in t:
                exp["exclude"] = t["exclude"]
            if default_mun:
                exp["municipality"] = default_mun
        turns.append({"question": t["question"], "kind": t["kind"], "expect": exp})
    if len(turns) == 1:
        out.update(turns[0])
    else:
        out["turns"] = turns
    return out


def main(path: str) -> None:
    import yaml

    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    doc = {"version": 1, "cases": [to_format(c) for c in CASES]}
    header = ("# Held-out evaluation set z: Gemeente Kortenhoeve Programmabegroting 2028 (PDF, typst)\n"
              "# and GGD Heuvelzate Jaarstukken 2027 (HTML saved from Word). Fictional documents.\n"
              "# Generated by source/cases_spec.py; expected figures checked by source/check.py.\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write(header)
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=110)
    print("wrote", path, len(CASES), "cases")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../cases.yaml")
