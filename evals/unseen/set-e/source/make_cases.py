"""Write ../cases.yaml and check every case's evidence against the text pdfplumber extracts from the final PDFs.

Run (needs pdfplumber + pyyaml): /work/main/.venv/bin/python make_cases.py
Each case carries `ev` (the evidence comment) and `chk`: (doc, page, text) triples that must occur on that page.
Computed values are recomputed here from the printed operands (`calc`).
"""
import os
import re

import pdfplumber
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")
DOCS = {
    "ggd": "ggd-kroonmeren-vergaderstukken-ab-2025-07-03.pdf",
    "mb": "maerlebroek-programmabegroting-2026.pdf",
}
GGD, MB = "GGD Kroonmeren", "Maerlebroek"


def page_texts(fn):
    with pdfplumber.open(os.path.join(CORPUS, fn)) as p:
        return [re.sub(r"[ \t]+", " ", pg.extract_text() or "") for pg in p.pages]


TEXT = {k: page_texts(v) for k, v in DOCS.items()}


def fig(id_, q, value, unit, muni, ev, chk, accept=None, tol=None, calc=None):
    exp = {"value": value}
    if accept:
        exp["accept"] = accept
    if tol is not None:
        exp["tolerance"] = tol
    if unit:
        exp["unit"] = unit
    exp["municipality"] = muni
    return {"id": id_, "question": q, "municipality": muni, "kind": "figure", "expect": exp,
            "_ev": ev, "_chk": chk, "_calc": calc}


def refusal(id_, q, muni, ev, absent=()):
    return {"id": id_, "question": q, "municipality": muni, "kind": "refusal", "expect": {"municipality": muni},
            "_ev": ev, "_chk": [], "_absent": absent}


def text(id_, q, include, muni, ev, chk):
    return {"id": id_, "question": q, "municipality": muni, "kind": "text",
            "expect": {"include": include, "municipality": muni}, "_ev": ev, "_chk": chk}


def conv(id_, muni, turns, ev, chk):
    return {"id": id_, "municipality": muni, "turns": turns, "_ev": ev, "_chk": chk}


G = "ggd-kroonmeren-vergaderstukken-ab-2025-07-03.pdf"
M_ = "maerlebroek-programmabegroting-2026.pdf"

CASES = [
    # ------------------------------------------------------------------ GGD Kroonmeren: figures
    fig("e-ggd-bijdrage-alderveen-2026", "Hoeveel betaalt Alderveen in 2026 mee aan de GGD?", 4956260, "EUR", GGD,
        f"{G} p.13, Tabel 4.1 'Bijdrage per gemeente 2026' (bedragen in euro's), row Alderveen, column 'Totale bijdrage 2026' "
        "= '€ 4.956.260' -> 4956260. Also Tabel 4.2 (x € 1.000) row Alderveen, Begroting 2026 = 4.956 -> 4956000 (accepted).",
        [("ggd", 13, "Alderveen 64.315 12.604 € 1.791.173 € 2.752.714 € 176.223 € 236.150 € 4.956.260"),
         ("ggd", 13, "Alderveen 4.814 4.956 5.032")], accept=[4956000]),
    fig("e-ggd-jgz-dwarsloo-2026", "Wat betaalt Dwarsloo in 2026 voor de gewone jeugdgezondheidszorg, dus zonder het maatwerk?",
        832104, "EUR", GGD,
        f"{G} p.13, Tabel 4.1 (bedragen in euro's), row Dwarsloo, column 'JGZ uniform € 218,40 p.j.' = '€ 832.104' "
        "(not the first numeric column; 'Maatwerk JGZ' is € 97.200).",
        [("ggd", 13, "Dwarsloo 19.885 3.810 € 553.797 € 832.104 € 54.485 € 97.200 € 1.537.586")]),
    fig("e-ggd-inwoners-heemsteren", "Met hoeveel inwoners rekent de GGD voor de gemeente Heemsteren?", 41205, "count", GGD,
        f"{G} p.13, Tabel 4.1, row Heemsteren, column 'Inwoners 1-1-2025' = 41.205.",
        [("ggd", 13, "Heemsteren 41.205 7.402")]),
    fig("e-ggd-lasten-jgz-2026", "Wat kost de jeugdgezondheidszorg van de GGD in 2026 in totaal?", 18566000, "EUR", GGD,
        f"{G} p.8, Tabel 2.2a (Bedragen x € 1.000), row 'Totaal programma 2', column Lasten = 18.566 -> 18566000; "
        "same in Tabel 3.1 p.12, row '2. Jeugdgezondheidszorg' (lasten), column Begroting 2026.",
        [("ggd", 8, "Totaal programma 2 18.566 3.150 -15.416"),
         ("ggd", 12, "2. Jeugdgezondheidszorg 17.105 17.842 18.566 18.712 18.790 18.866")]),
    fig("e-ggd-reizigers-baten-2026", "Hoeveel krijgt de GGD in 2026 binnen aan reizigersadvisering en -vaccinatie?",
        1402000, "EUR", GGD,
        f"{G} p.7, Tabel 2.1a (Bedragen x € 1.000), row 'Reizigersadvisering en -vaccinatie', column Baten = 1.402 -> 1402000.",
        [("ggd", 7, "Reizigersadvisering en -vaccinatie 1.264 1.402 138")]),
    fig("e-ggd-totale-bijdrage-2026", "Hoeveel betalen alle gemeenten samen in 2026 aan de GGD?", 30115939, "EUR", GGD,
        f"{G} p.13, Tabel 4.1 (euro's), row Totaal, column 'Totale bijdrage 2026' = '€ 30.115.939'; also p.2 voorstel "
        "'totale bijdrage ... van € 30.115.939'. Tabel 3.1 p.12 row 'Bijdragen deelnemende gemeenten' 2026 = 30.116 (x € 1.000) "
        "-> 30116000 accepted.",
        [("ggd", 13, "Totaal 399.330 76.703 € 11.121.340 € 16.751.935 € 1.094.164 € 1.148.500 € 30.115.939"),
         ("ggd", 12, "Bijdragen deelnemende gemeenten 28.067 29.138 30.116")], accept=[30116000]),
    fig("e-ggd-solvabiliteit-2026", "wat is de solvabiliteit van de ggd in 2026", 22.2, "percent", GGD,
        f"{G} p.15, table 'Financiële kengetallen', row Solvabiliteitsratio, column 'Begroting 2026' = 22,2%.",
        [("ggd", 15, "Solvabiliteitsratio 24,7% 24,1% 22,2% 20,7% 20,1% 19,5%")]),
    fig("e-ggd-meldingen-tm-april", "Hoeveel meldingen van infectieziekten zijn er dit jaar tot en met april binnengekomen?",
        1184, "count", GGD,
        f"{G} p.19 (1e Bestuursrapportage 2025, Samenvatting) prose: 'Tot en met april kwamen 1.184 meldingen van "
        "meldingsplichtige infectieziekten binnen'; p.22 Tabel B.3 column 'Stand 30-4-2025' = 1.184.",
        [("ggd", 19, "Tot en met april kwamen 1.184 meldingen"),
         ("ggd", 22, "Meldingen meldingsplichtige infectieziekten aantal 2.400 1.184 3.100")]),
    fig("e-ggd-basistaken-per-inwoner", "Wat betaalt een gemeente in 2026 per inwoner voor de basistaken van de GGD?",
        27.85, "EUR", GGD,
        f"{G} p.6 'Kerncijfers', row 'Bijdrage basistaken per inwoner', Begroting 2026 = '€ 27,85'; p.2 prose 'stijgt van "
        "€ 26,91 naar € 27,85'.",
        [("ggd", 6, "Bijdrage basistaken per inwoner € 26,91 € 27,85")]),
    fig("e-ggd-tekort-2025", "Welk tekort verwacht de GGD over 2025?", 412000, "EUR", GGD,
        f"{G} p.4 voorstel agendapunt 6 prose 'Wij verwachten een tekort van € 412.000'; p.20 Tabel B.1 (duizenden euro's) "
        "row Resultaat, Prognose 2025 = (412).",
        [("ggd", 4, "Wij verwachten een tekort van € 412.000"), ("ggd", 20, "Resultaat - (412) (412)")]),
    fig("e-ggd-dienstautos", "hoeveel geld trekt de GGD uit voor de nieuwe elektrische dienstauto's?", 148000, "EUR", GGD,
        f"{G} p.17, Tabel 7.1 'Investeringsplan 2026' (Bedragen x € 1.000), row \"Elektrische dienstauto's (4 stuks)\", "
        "column Krediet = 148 -> 148000.",
        [("ggd", 17, "Elektrische dienstauto's (4 stuks) 2026 148 6 27")]),
    fig("e-ggd-kroonmeer-2028", "hoevel betaald kroonmeer in 2028 aan de ggd?", 9057000, "EUR", GGD,
        f"{G} p.13, Tabel 4.2 (bedragen in duizenden euro's), row Kroonmeer, column 'Raming 2028' = 9.057 -> 9057000.",
        [("ggd", 13, "Kroonmeer 8.577 8.865 9.001 9.057 9.122 288")]),
    fig("e-ggd-gbm-rekening-2024", "Wat waren de werkelijke lasten van gezondheidsbevordering en monitoring in 2024?",
        2618000, "EUR", GGD,
        f"{G} p.9, Tabel 2.3b (Bedragen x € 1.000), row Lasten, column 'Rekening 2024' = 2.618 -> 2618000; same in Tabel 3.1 "
        "p.12 row '3. Gezondheidsbevordering en Monitoring' (lasten), column Rekening 2024.",
        [("ggd", 9, "Lasten 2.618 2.744 2.810"),
         ("ggd", 12, "3. Gezondheidsbevordering en Monitoring 2.618 2.744 2.810 2.512 2.520 2.528")]),
    fig("e-ggd-jgz-overschrijding-2025", "Hoeveel valt de jeugdgezondheidszorg in 2025 duurder uit dan begroot?", 286000,
        "EUR", GGD,
        f"{G} p.20, Tabel B.1 (bedragen in duizenden euro's; nadeel = (..)), Lasten row '2. Jeugdgezondheidszorg', column "
        "'Afwijking V / (N)' = (286) -> 286000 (nadeel; absolute value); prose p.21 'Het nadeel van € 286.000'.",
        [("ggd", 20, "2. Jeugdgezondheidszorg 17.842 18.128 (286)"), ("ggd", 21, "Het nadeel van € 286.000")]),
    fig("e-ggd-bmr-april-2025", "Hoe hoog was de vaccinatiegraad voor de BMR-prik bij tweejarigen eind april 2025?", 88.4,
        "percent", GGD,
        f"{G} p.22, Tabel B.3 'Prestatie-indicatoren', row 'Vaccinatiegraad BMR (2-jarigen)', column 'Stand 30-4-2025' = 88,4 "
        "(eenheid %). Note: 88,9 is the realisatie 2024 (p.6, p.8), not asked here.",
        [("ggd", 22, "Vaccinatiegraad BMR (2-jarigen) % 92,0 88,4 88,5")]),
    fig("e-ggd-weerstandsratio-2026", "Wat is de ratio van het weerstandsvermogen in de begroting 2026 van de GGD?", 1.51,
        None, GGD,
        f"{G} p.15, Tabel 6.2 'Ratio weerstandsvermogen', row 'Ratio weerstandsvermogen (A / B)', Begroting 2026 = 1,51 "
        "(1.992 / 1.315). The burap ratio after the onttrekking (1,20, p.4) is a different moment.",
        [("ggd", 15, "Ratio weerstandsvermogen (A / B) 1,51")]),
    # ------------------------------------------------------------------ GGD computed
    fig("e-ggd-bijdrage-2027-min-2026", "Hoeveel meer betalen de gemeenten samen in 2027 dan in 2026?", 460000, "EUR", GGD,
        f"{G} p.12, Tabel 3.1 (Bedragen x € 1.000), row 'Bijdragen deelnemende gemeenten': Raming 2027 = 30.576, "
        "Begroting 2026 = 30.116. Computed 30.576 - 30.116 = 460 -> 460000 (also table 4.2 p.13 Totaal row).",
        [("ggd", 12, "Bijdragen deelnemende gemeenten 28.067 29.138 30.116 30.576 30.769 30.987")],
        calc=lambda: (30576 - 30116) * 1000),
    fig("e-ggd-alderveen-stijging-pct", "Met hoeveel procent stijgt de bijdrage van Alderveen van 2025 naar 2026?", 2.95,
        "percent", GGD,
        f"{G} p.13, Tabel 4.2 (duizenden euro's), row Alderveen: Begroting 2025 = 4.814, Begroting 2026 = 4.956. Computed "
        "(4.956 - 4.814) / 4.814 x 100 = 2,95%. Tolerance 0,05 for rounding.",
        [("ggd", 13, "Alderveen 4.814 4.956")], tol=0.05, calc=lambda: round((4956 - 4814) / 4814 * 100, 2)),
    fig("e-ggd-aandeel-kroonmeer-2026", "Welk percentage van de totale gemeentelijke bijdrage aan de GGD betaalt Kroonmeer in 2026?",
        29.44, "percent", GGD,
        f"{G} p.13, Tabel 4.1 (euro's): Kroonmeer 'Totale bijdrage 2026' = € 8.865.202; Totaal = € 30.115.939. Computed "
        "8.865.202 / 30.115.939 x 100 = 29,44%. Tolerance 0,05 (Tabel 4.2 in thousands gives 8.865 / 30.116 = 29,44%).",
        [("ggd", 13, "€ 412.600 € 8.865.202"), ("ggd", 13, "€ 30.115.939")], tol=0.05,
        calc=lambda: round(8865202 / 30115939 * 100, 2)),
    fig("e-ggd-agz-plus-jgz-2026", "Wat kosten de algemene gezondheidszorg en de jeugdgezondheidszorg samen in 2026?",
        28790000, "EUR", GGD,
        f"{G} p.12, Tabel 3.1 (Bedragen x € 1.000), Lasten, column Begroting 2026: '1. Algemene Gezondheidszorg' = 10.224, "
        "'2. Jeugdgezondheidszorg' = 18.566. Computed 10.224 + 18.566 = 28.790 -> 28790000 (also p.7 and p.8 'Totaal programma').",
        [("ggd", 12, "1. Algemene Gezondheidszorg 9.412 9.868 10.224"), ("ggd", 12, "2. Jeugdgezondheidszorg 17.105 17.842 18.566")],
        calc=lambda: (10224 + 18566) * 1000),
    fig("e-ggd-lasten-2029-vs-2026", "Hoeveel hoger zijn de totale lasten van de GGD in 2029 dan in 2026?", 78000, "EUR", GGD,
        f"{G} p.12, Tabel 3.1 (Bedragen x € 1.000), row 'Totaal lasten': Raming 2029 = 41.629, Begroting 2026 = 41.551. "
        "Computed 41.629 - 41.551 = 78 -> 78000.",
        [("ggd", 12, "Totaal lasten 38.455 40.259 41.551 41.344 41.489 41.629")], calc=lambda: (41629 - 41551) * 1000),
    # ------------------------------------------------------------------ GGD refusals
    refusal("e-ggd-refusal-alderveen-2031", "Wat betaalt Alderveen in 2031 aan de GGD?", GGD,
            f"{G}: the bijdrage per gemeente is given for 2025-2029 only (Tabel 4.1 p.13: 2026; Tabel 4.2 p.13: 2025-2029). "
            "No 2031 figure anywhere.", absent=["2031"]),
    refusal("e-ggd-refusal-veilig-thuis", "Hoeveel geld gaat er bij de GGD Kroonmeren naar Veilig Thuis?", GGD,
            f"{G}: Veilig Thuis is not a task of this GGD; the word does not occur in the bundle (programmes: AGZ, JGZ, "
            "GBM, Toezicht en Veiligheid).", absent=["Veilig Thuis"]),
    refusal("e-ggd-refusal-soa-2023", "Hoeveel soa-consulten deed de GGD in 2023?", GGD,
            f"{G}: soa-consulten are given for realisatie 2024 (7.412, p.7), begroting 2025/2026 and stand april 2025 (p.22); "
            "no 2023 figure. A 2024 number is not the answer.",),
    refusal("e-ggd-refusal-salaris-directeur", "Wat verdient de directeur publieke gezondheid van de GGD per jaar?", GGD,
            f"{G}: the directeur (dr. R.J. Terlouw) is named on p.1, but no salary or WNT figure is printed.",
            absent=["WNT", "bezoldiging"]),
    refusal("e-ggd-refusal-provincie", "Hoeveel subsidie krijgt de GGD Kroonmeren van de provincie?", GGD,
            f"{G}: the provincie is only mentioned as recipient of the begroting (p.2, 'Gedeputeerde Staten'); no provincial "
            "subsidy is budgeted. Baten come from rijk/RIVM, politie, veiligheidsregio, cliënten and the gemeenten.",
            absent=["provinciale subsidie", "subsidie van de provincie"]),
    # ------------------------------------------------------------------ GGD text
    text("e-ggd-text-geen-zienswijze", "Welke gemeenten hebben geen zienswijze op de ontwerpbegroting ingediend?",
         ["Sonnewijk", "Dwarsloo"], GGD,
         f"{G} p.2, Zienswijzen: 'De gemeenteraden van Sonnewijk en Dwarsloo hebben laten weten geen zienswijze in te dienen.'",
         [("ggd", 2, "De gemeenteraden van Sonnewijk en\nDwarsloo hebben laten weten geen zienswijze in te dienen")]),
    text("e-ggd-text-dekking-tekort", "Hoe wordt het verwachte tekort van de GGD over 2025 gedekt?", ["algemene reserve"], GGD,
         f"{G} p.4 voorstel agendapunt 6: 'het verwachte nadelige saldo van € 412.000 wordt gedekt door een onttrekking aan "
         "de algemene reserve'; p.22 section 6 Reserves; p.23 Tabel B.5 'Onttrekking algemene reserve 412'.",
         [("ggd", 4, "gedekt door een onttrekking aan de algemene reserve")]),
    # ------------------------------------------------------------------ GGD conversation
    conv("e-ggd-conv-zandhorst", GGD, [
        {"question": "Wat betaalt Zandhorst in 2026 aan de GGD?", "kind": "figure",
         "expect": {"value": 2931997, "accept": [2932000], "unit": "EUR", "municipality": GGD}},
        {"question": "En in 2027?", "kind": "figure",
         "expect": {"value": 2977000, "unit": "EUR", "municipality": GGD}}],
        f"{G} p.13. Turn 1: Tabel 4.1 (euro's) row Zandhorst 'Totale bijdrage 2026' = € 2.931.997 (Tabel 4.2 x € 1.000: "
        "2.932, accepted). Turn 2: Tabel 4.2 (bedragen in duizenden euro's) row Zandhorst, 'Raming 2027' = 2.977 -> 2977000.",
        [("ggd", 13, "Zandhorst 38.960 7.968 € 1.085.036 € 1.740.211 € 106.750 € - € 2.931.997"),
         ("ggd", 13, "Zandhorst 2.831 2.932 2.977 2.995 3.017 101")]),

    # ------------------------------------------------------------------ Maerlebroek: figures
    fig("e-mb-jeugdhulp-verblijf-2026", "Hoeveel geeft Maerlebroek in 2026 uit aan jeugdhulp met verblijf?", 2148000, "EUR", MB,
        f"{M_} p.11, Tabel 6.2 (Bedragen x € 1.000), taakveld '6.762 Jeugdhulp met verblijf regionaal', row Lasten, column "
        "'Begroting 2026' = 2.148 -> 2148000.",
        [("mb", 11, "6.762 Jeugdhulp met verblijf regionaal\nLasten 1.959 2.038 2.148 2.171 2.171 2.180")]),
    fig("e-mb-brandweer-2027", "Wat kost de brandweer en crisisbeheersing de gemeente in 2027?", 2990000, "EUR", MB,
        f"{M_} p.5, Tabel 3.2 (Bedragen x € 1.000), taakveld '1.1 Crisisbeheersing en brandweer', row Lasten, column "
        "'Raming 2027' = 2.990 -> 2990000.",
        [("mb", 5, "1.1 Crisisbeheersing en brandweer\nLasten 2.785 2.920 2.968 2.990 3.012 3.045")]),
    fig("e-mb-ozb-woningen-opbrengst-2026", "Hoeveel haalt de gemeente in 2026 op aan ozb op woningen?", 5148000, "EUR", MB,
        f"{M_} p.16, Tabel 10.2 'Opbrengst belastingen en heffingen' (x €1.000), row 'OZB woningen', column 'Begroting 2026' "
        "= 5.148 -> 5148000; same as Tabel 8.1 p.14 '0.61 OZB woningen' Baten.",
        [("mb", 16, "OZB woningen 4.812 4.976 5.148"), ("mb", 14, "0.61 OZB woningen 486 5.148 4.662")]),
    fig("e-mb-afval-eenpersoons-2026", "Wat betaal ik in 2026 aan afvalstoffenheffing als ik alleen woon?", 289, "EUR", MB,
        f"{M_} p.16, Tabel 10.1 'Tarieven 2025 en 2026' (whole euros), row 'Afvalstoffenheffing eenpersoonshuishouden', "
        "column 'Tarief 2026' = € 289.",
        [("mb", 16, "Afvalstoffenheffing eenpersoonshuishouden per huishouden per jaar € 276 € 289 4,7%")]),
    fig("e-mb-ozb-tarief-woningen-2026", "wat is het ozb tarief voor woningeigenaren in 2026?", 0.0812, "percent", MB,
        f"{M_} p.16, Tabel 10.1, row 'OZB woningen, eigenaar', grondslag '% van de WOZ-waarde', column 'Tarief 2026' = 0,0812%.",
        [("mb", 16, "OZB woningen, eigenaar % van de WOZ-waarde 0,0785% 0,0812% 3,4%")]),
    fig("e-mb-sporthal-krediet", "Hoeveel kost de nieuwe sporthal De Brink?", 6850000, "EUR", MB,
        f"{M_} p.19, Tabel 13.1 'Investeringsplan 2026-2028' (Bedragen in €), row 'Nieuwbouw sporthal De Brink', column "
        "Krediet = 6.850.000; prose p.3 'Het krediet bedraagt € 6,85 miljoen'.",
        [("mb", 19, "Nieuwbouw sporthal De Brink 2026 6.850.000 342.500"), ("mb", 3, "Het krediet bedraagt € 6,85")]),
    fig("e-mb-regenboog-kapitaallasten", "Wat zijn de jaarlijkse kapitaallasten van de uitbreiding van basisschool De Regenboog?",
        107500, "EUR", MB,
        f"{M_} p.19, Tabel 13.1 (Bedragen in €), row 'Uitbreiding basisschool De Regenboog', column Kapitaallasten = 107.500.",
        [("mb", 19, "Uitbreiding basisschool De Regenboog 2027 2.150.000 107.500")]),
    fig("e-mb-gemeentefonds-2026", "Hoeveel krijgt Maerlebroek in 2026 uit het gemeentefonds?", 58123000, "EUR", MB,
        f"{M_} p.14, Tabel 8.1 (x € 1.000), row '0.7 Algemene uitkering en overige uitkeringen gemeentefonds', Baten = 58.123 "
        "-> 58123000; prose p.14 'Voor 2026 bedraagt zij € 58.123.000'.",
        [("mb", 14, "0.7 Algemene uitkering en overige uitkeringen gemeentefonds - 58.123 58.123"),
         ("mb", 14, "Voor 2026 bedraagt zij € 58.123.000")]),
    fig("e-mb-minima-huishoudens", "Hoeveel huishoudens in Maerlebroek maken gebruik van de minimaregelingen?", 1200, "count", MB,
        f"{M_} p.10, programma 5 'Wat gaan we daarvoor doen?' prose: 'Ruim 1.200 huishoudens maken gebruik van een of meer "
        "minimaregelingen'.",
        [("mb", 10, "Ruim 1.200 huishoudens maken gebruik van een of meer minimaregelingen")]),
    fig("e-mb-rapportcijfer-dienstverlening", "Welk cijfer geven inwoners de dienstverlening van de gemeente?", 7.2, "grade", MB,
        f"{M_} p.4, Tabel 2.1 'Indicatoren programma 1', row 'Tevredenheid dienstverlening', eenheid rapportcijfer, "
        "periode 2024, Waarde = 7,2.",
        [("mb", 4, "Tevredenheid dienstverlening rapportcijfer 2024 7,2 Waarstaatjegemeente.nl")]),
    fig("e-mb-jeugdhulp-pct", "Hoeveel procent van de jongeren in Maerlebroek krijgt jeugdhulp?", 11.8, "percent", MB,
        f"{M_} p.10, Tabel 6.1 'Indicatoren programma 5', row 'Jongeren met jeugdhulp', eenheid '% van jongeren tot 18 jaar', "
        "periode 2024, Waarde = 11,8.",
        [("mb", 10, "Jongeren met jeugdhulp % van jongeren tot 18 jaar 2024 11,8 CBS")]),
    fig("e-mb-sociaal-domein-lasten-2026", "Wat zijn de totale lasten van het sociaal domein in 2026?", 43196000, "EUR", MB,
        f"{M_} p.11, Tabel 6.2 (Bedragen x € 1.000), 'Totaal programma 5', row 'Totaal lasten', column 'Begroting 2026' = "
        "43.196 -> 43196000; same in Tabel 9.1 p.15 row '5. Sociaal domein' (lasten).",
        [("mb", 11, "Totaal lasten 40.247 41.779 43.196 43.186 42.986 43.154"),
         ("mb", 15, "5. Sociaal domein 40.247 41.779 43.196")]),
    fig("e-mb-ggd-bijdrage-2026", "Hoeveel betaalt Maerlebroek in 2026 aan de GGD?", 1184000, "EUR", MB,
        f"{M_} p.17, Tabel 12.1 'Bijdragen aan gemeenschappelijke regelingen' (Bedragen x € 1.000), row 'GGD Maerland', "
        "column 'Bijdrage 2026' = 1.184 -> 1184000; prose p.11 'De bijdrage aan GGD Maerland (€ 1.184.000 in 2026)'. "
        "(Maerlebroek is not a member of GGD Kroonmeren.)",
        [("mb", 17, "GGD Maerland Maerhaven 1.131 1.184 53"), ("mb", 11, "De bijdrage aan GGD Maerland (€ 1.184.000 in 2026)")]),
    fig("e-mb-inwoners", "Hoeveel inwoners heeft Maerlebroek?", 31482, "count", MB,
        f"{M_} p.3, Tabel 1.1 'Kerngegevens', row 'Aantal inwoners', column 1-1-2025 = 31.482; prose p.3 'telde de gemeente "
        "31.482 inwoners'.",
        [("mb", 3, "Aantal inwoners 31.268 31.482"), ("mb", 3, "31.482 inwoners")]),
    fig("e-mb-winkelleegstand", "Hoe hoog is de leegstand van winkels in het centrum?", 6.8, "percent", MB,
        f"{M_} p.12, Tabel 7.1 'Indicatoren programma 6', row 'Leegstand winkelpanden centrum', '% van verkooppunten', 2025, "
        "Waarde = 6,8; prose p.12 'De winkelleegstand in het centrum is gestegen tot 6,8%'.",
        [("mb", 12, "Leegstand winkelpanden centrum % van verkooppunten 2025 6,8 Locatus"),
         ("mb", 12, "is gestegen tot 6,8%")]),
    fig("e-mb-verkeer-rekening-2024", "Hoeveel heeft de gemeente in 2024 echt uitgegeven aan verkeer en vervoer?", 4327000,
        "EUR", MB,
        f"{M_} p.6, Tabel 4.2 (Bedragen x € 1.000), taakveld '2.1 Verkeer en vervoer', row Lasten, column 'Rekening 2024' = "
        "4.327 -> 4327000.",
        [("mb", 6, "2.1 Verkeer en vervoer\nLasten 4.327 4.254 4.386 4.380 4.382 4.420")]),
    fig("e-mb-woonlasten-2026", "Wat zijn in 2026 de totale woonlasten voor een gezin met een koopwoning van gemiddelde waarde?",
        906, "EUR", MB,
        f"{M_} p.16, Tabel 10.3 'Woonlasten meerpersoonshuishouden' (Bedragen in €), row 'Totale woonlasten', column 2026 = 906.",
        [("mb", 16, "Totale woonlasten 857 906")]),
    # ------------------------------------------------------------------ Maerlebroek computed
    fig("e-mb-woonlasten-stijging", "Hoeveel euro gaan de woonlasten voor een meerpersoonshuishouden met eigen woning omhoog in 2026?",
        49, "EUR", MB,
        f"{M_} p.16, Tabel 10.3 (Bedragen in €), row 'Totale woonlasten': 2025 = 857, 2026 = 906. Computed 906 - 857 = 49 "
        "(the document prints only the percentage 5,7% on p.3).",
        [("mb", 16, "Totale woonlasten 857 906")], calc=lambda: 906 - 857),
    fig("e-mb-sociaal-domein-groei", "Hoeveel stijgen de lasten van het sociaal domein van 2025 naar 2026?", 1417000, "EUR", MB,
        f"{M_} p.15, Tabel 9.1 (Bedragen x € 1.000), Lasten row '5. Sociaal domein': Begroting 2025 = 41.779, Begroting 2026 = "
        "43.196. Computed 43.196 - 41.779 = 1.417 -> 1417000.",
        [("mb", 15, "5. Sociaal domein 40.247 41.779 43.196 43.186 42.986 43.154")], calc=lambda: (43196 - 41779) * 1000),
    fig("e-mb-aandeel-sociaal-domein", "Welk percentage van alle lasten van de gemeente gaat in 2026 naar het sociaal domein?",
        44.45, "percent", MB,
        f"{M_} p.15, Tabel 9.1 (x € 1.000), column Begroting 2026: '5. Sociaal domein' lasten = 43.196; 'Totaal lasten' = 97.168. "
        "Computed 43.196 / 97.168 x 100 = 44,45%. Tolerance 0,1.",
        [("mb", 15, "5. Sociaal domein 40.247 41.779 43.196"), ("mb", 15, "Totaal lasten 90.875 93.888 97.168")], tol=0.1,
        calc=lambda: round(43196 / 97168 * 100, 2)),
    fig("e-mb-riool-plus-afval-2026", "Wat kosten riolering en afvalinzameling samen in 2026?", 7260000, "EUR", MB,
        f"{M_} p.6, Tabel 4.2 (Bedragen x € 1.000), column 'Begroting 2026', row Lasten under '7.2 Riolering' = 3.042 and under "
        "'7.3 Afval' = 4.218. Computed 3.042 + 4.218 = 7.260 -> 7260000.",
        [("mb", 6, "7.2 Riolering\nLasten 2.966 2.885 3.042"), ("mb", 6, "7.3 Afval\nLasten 4.152 4.109 4.218")],
        calc=lambda: (3042 + 4218) * 1000),
    fig("e-mb-gemeentefonds-daling-2027", "Met hoeveel euro daalt de algemene uitkering van 2026 naar 2027?", 961000, "EUR", MB,
        f"{M_} p.14 prose: 'Voor 2026 bedraagt zij € 58.123.000. In 2027 daalt zij naar € 57.162.000'; Tabel 8.2 row '0.7 ...' "
        "2026 = 58.123, 2027 = 57.162 (duizenden euro's). Computed 58.123.000 - 57.162.000 = 961.000 (p.3 only says 'bijna € 1 miljoen').",
        [("mb", 14, "In 2027\ndaalt zij naar € 57.162.000"), ("mb", 14, "58.123 57.162")], calc=lambda: 58123000 - 57162000),
    # ------------------------------------------------------------------ Maerlebroek refusals
    refusal("e-mb-refusal-ozb-2028", "Wat wordt het ozb-tarief voor woningen in 2028?", MB,
            f"{M_} p.16: Tabel 10.1 gives tarieven 2025 and 2026 only; the text says 'Tarieven voor 2027 en later worden jaarlijks "
            "bij de begroting vastgesteld'. (OZB-opbrengst 2028 exists in Tabel 8.2 as saldo, but no tarief.)"),
    refusal("e-mb-refusal-parkeerbelasting", "Hoeveel parkeerbelasting haalt Maerlebroek op?", MB,
            f"{M_}: parkeerbelasting/parkeren does not occur; Tabel 10.2 p.16 lists no parking revenue (taakveld 0.63 absent).",
            absent=["parkeerbelasting", "Parkeren"]),
    refusal("e-mb-refusal-veiligheid-2031", "Wat zijn de lasten van het programma Veiligheid in 2031?", MB,
            f"{M_} p.5, Tabel 3.2 runs from Rekening 2024 to Raming 2029; no 2031.", absent=["2031"]),
    refusal("e-mb-refusal-brandweerkazerne", "Hoeveel kost de nieuwe brandweerkazerne in Maerlebroek?", MB,
            f"{M_}: no brandweerkazerne in the investeringsplan (Tabel 13.1 p.19) or elsewhere; brandweer is only the bijdrage "
            "to the Veiligheidsregio.", absent=["kazerne"]),
    refusal("e-mb-refusal-subsidie-voetbal", "Hoeveel subsidie krijgt de voetbalvereniging in Maerlebroek?", MB,
            f"{M_}: no subsidy per sports club is printed (only taakveld totals 5.1/5.2 and the bibliotheek subsidy).",
            absent=["voetbal"]),
    # ------------------------------------------------------------------ Maerlebroek text
    text("e-mb-text-wsw-uitvoerder", "Welke organisatie voert de Wsw uit voor Maerlebroek?", ["Werkbedrijf Maerlanden"], MB,
         f"{M_} p.17 Tabel 12.1 row 'Werkbedrijf Maerlanden (Wsw)'; p.18 'Werkbedrijf Maerlanden voert de Wsw en beschut werk uit "
         "voor Maerlebroek en twee buurgemeenten.'",
         [("mb", 18, "Werkbedrijf Maerlanden voert de Wsw en beschut werk uit")]),
    text("e-mb-text-reserve-sociaal-domein", "Waarvoor gebruikt de gemeente de reserve sociaal domein in 2026 en 2027?",
         ["transformatie"], MB,
         f"{M_} p.10: 'Het transformatieprogramma sociaal domein loopt tot en met 2027 en wordt gedekt uit de reserve sociaal "
         "domein (€ 620.000 in 2026 en € 420.000 in 2027).'; p.15 Tabel 9.2 'Transformatieprogramma sociaal domein'.",
         [("mb", 10, "Het transformatieprogramma sociaal domein loopt tot en met 2027")]),
    # ------------------------------------------------------------------ Maerlebroek conversation
    conv("e-mb-conv-sportaccommodaties", MB, [
        {"question": "Wat zijn de lasten van de sportaccommodaties in 2026?", "kind": "figure",
         "expect": {"value": 2147000, "unit": "EUR", "municipality": MB}},
        {"question": "En in 2027?", "kind": "figure", "expect": {"value": 2511000, "unit": "EUR", "municipality": MB}}],
        f"{M_} p.8, Tabel 5.2 (Bedragen x € 1.000), taakveld '5.2 Sportaccommodaties', row Lasten: 'Begroting 2026' = 2.147 "
        "-> 2147000; 'Raming 2027' = 2.511 -> 2511000 (jump from the kapitaallasten of sporthal De Brink).",
        [("mb", 8, "5.2 Sportaccommodaties\nLasten 2.043 2.109 2.147 2.511 2.524 2.521")]),
]


def check():
    errs = []
    ids = set()
    for c in CASES:
        assert c["id"] not in ids, c["id"]
        ids.add(c["id"])
        for doc, page, s in c["_chk"]:
            t = TEXT[doc][page - 1]
            if s not in t:
                errs.append(f"{c['id']}: '{s}' not on {doc} p.{page}")
        for s in c.get("_absent", ()):
            for doc in ("ggd", "mb"):
                muni_doc = "ggd" if c["municipality"] == GGD else "mb"
                if doc != muni_doc:
                    continue
                if any(s.lower() in t.lower() for t in TEXT[doc]):
                    errs.append(f"{c['id']}: refusal term '{s}' occurs in {doc}")
        if c.get("_calc"):
            got = c["_calc"]()
            exp = c["expect"]["value"]
            tol = c["expect"].get("tolerance", 0)
            if abs(got - exp) > max(tol, 1e-9):
                errs.append(f"{c['id']}: computed {got} != {exp}")
        # a plain figure: the printed number (Dutch format) must occur in a check string
        if c.get("kind") == "figure" and not c.get("_calc"):
            v = c["expect"]["value"]
            cands = {v, v / 1000 if v >= 1000 else None}
            ok = False
            for cand in cands:
                if cand is None:
                    continue
                if isinstance(cand, float) and not cand.is_integer():
                    s = f"{cand:.4f}".rstrip("0").rstrip(".").replace(".", ",")
                else:
                    s = f"{int(cand):,}".replace(",", ".")
                if any(re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|,\d)", x[2]) for x in c["_chk"]):
                    ok = True
            if not ok:
                errs.append(f"{c['id']}: value {v} not visible in its evidence strings")
    if errs:
        raise SystemExit("\n".join(errs))


def dump():
    out = ["# set-e: held-out evaluation on two fictional documents (see corpus/manifest.yaml).",
           "# GGD Kroonmeren: meeting bundle AB 3 juli 2025 (reportlab PDF, 23 pages).",
           "# Maerlebroek: programmabegroting 2026 (Chromium PDF, 19 pages).",
           "# Every expected value was checked against the text pdfplumber extracts from the final PDFs",
           "# (source/make_cases.py, which also recomputes every computed value).",
           "version: 1", "cases:"]
    for c in CASES:
        ev = c["_ev"]
        words, line, lines = ev.split(), "# evidence:", []
        for w in words:
            if len(line) + len(w) + 1 > 118:
                lines.append(line)
                line = "#  "
            line += " " + w
        lines.append(line)
        clean = {k: v for k, v in c.items() if not k.startswith("_")}
        y = yaml.safe_dump([clean], sort_keys=False, allow_unicode=True, width=200)
        out.extend(lines)
        out.append(y.rstrip("\n"))
    with open(os.path.join(HERE, "..", "cases.yaml"), "w") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    check()
    dump()
    data = yaml.safe_load(open(os.path.join(HERE, "..", "cases.yaml")))
    kinds = {}
    turns = 0
    for c in data["cases"]:
        for t in c.get("turns", [c]):
            kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
            turns += 1
    print("cases", len(data["cases"]), "turns", turns, kinds)
