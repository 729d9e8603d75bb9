"""The cases of set-bn as data, with their sources. make_cases.py writes cases.yaml from this;
check.py verifies every source against the documents' text.

A source `S(doc, line, printed, scale, where)` says: on some page of `doc` there is a text line that
contains every string in `line` and the number `printed` as a separate token; the expected value equals
parse(printed) * scale unless the turn is marked `derived`. `where` is a human description
(table caption, row, column) that goes into the YAML comment.
"""
import data_rbl as R
import data_twenterand as T
from common import nl, dec, eur2, pct, k

TW = "Twenterand"
RBL = R.NAME

DOCS = {
    "TW25": "twenterand-programmabegroting-2025.pdf",
    "RBL26": "rbl-noord-twente-begroting-2026.pdf",
    "TW20": "twenterand-programmabegroting-2020-sociaal-domein.txt",
    "DK20": "dinkelland-begroting-2020-inclusieve-samenleving.txt",
    "WA24": "wassenaar-begroting-2024.pdf",
    "CO23": "collectie-overijssel-jaarstukken-2023.pdf",
}


def S(doc, line, printed, scale=1, where=""):
    return {"doc": doc, "line": list(line), "printed": printed, "scale": scale, "where": where}


def fig(q, value, srcs, near, unit="EUR", accept=None, muni=None, tol=None, derived=None, exp_muni="same"):
    return {"question": q, "kind": "figure", "value": value, "accept": accept or [], "unit": unit, "src": srcs,
            "near": near, "tol": tol, "derived": derived, "exp_muni": exp_muni}


def txt(q, include, srcs, exp_muni="same", note=""):
    return {"question": q, "kind": "text", "include": include, "src": srcs, "exp_muni": exp_muni, "note": note}


def ref(q, why, absent=()):
    return {"question": q, "kind": "refusal", "why": why, "absent": list(absent)}


def anyk(q, exclude, why, exp_muni="same"):
    return {"question": q, "kind": "any", "exclude": exclude, "why": why, "exp_muni": exp_muni}


# shorthand values -------------------------------------------------------------------------
J25 = T.P3_LASTEN["Jeugd"][2]
MO25 = T.P3_LASTEN["Maatschappelijke ondersteuning"][2]
OND25 = T.P3_LASTEN["Onderwijs"][2]
HH = [r for r in T.P3_TV if r[0].startswith("6.711")][0][2]
BRW = T.P2["lasten"]["1.1 Crisisbeheersing en brandweer"]
OZBW = T.ADM["baten"]["0.61 OZB woningen"]
OZBNW = T.ADM["baten"]["0.62 OZB niet-woningen"]
AU = T.ADM["baten"]["0.7 Algemene uitkeringen en overige uitkeringen gemeentefonds"]
ZWEM = [r for r in T.INVEST if r[0].startswith("Renovatie binnenzwembad")][0]
MO22_2020 = 11946310           # real: twenterand 2020 Overzicht 3.1, Maatschappelijke ondersteuning, 2022
VRT25 = [r for r in T.VERBONDEN if r[0].startswith("Veiligheidsregio")][0][3]

CASES = []


def case(cid, turns, muni=None):
    CASES.append({"id": cid, "muni": muni, "turns": turns})


# ============================================================ single figure turns: Twenterand 2025 (fictional)
case("bn-tw-jeugd-2025", [fig(
    "Hoeveel geeft Twenterand in 2025 uit aan jeugd?", J25,
    [S("TW25", ["Jeugd"], nl(J25), 1, "Overzicht 3.1 Baten en lasten Sociaal domein (bedragen in euro's), row 'Jeugd' "
                                       "under 'Lasten per doelenboom', column 'Begroting 2025'")],
    [f"{nl(T.P3_LASTEN['Jeugd'][1])} (begroting 2024)", f"{nl(T.P3_LASTEN['Jeugd'][3])} (raming 2026)",
     f"{nl(T.P3_BATEN['Jeugd'][2])} (baten 2025)", "16.423.993 (real 2020 document, Jeugd 2023)"])])

case("bn-tw-huishoudelijke-hulp", [fig(
    "Wat kost de huishoudelijke hulp in Twenterand volgens de begroting 2025?", HH,
    [S("TW25", ["6.711 Huishoudelijke hulp"], nl(HH), 1,
       "Tabel 4.3 (vervolg) Baten en lasten sociaal domein per taakveld (in euro's), row '6.711 Huishoudelijke hulp (Wmo)', "
       "column 'Lasten 2025'")],
    ["2.406.118 (6.712 Begeleiding)", "1.287.450 (6.713 Dagbesteding)", "15.204.689 (whole doelenboom MO)"])],
    muni=TW)

case("bn-tw-ozb-woning", [fig(
    "Welk OZB-tarief betaal ik in 2025 als eigenaar van een woning in Twenterand?", 0.1049,
    [S("TW25", ["Woningen - eigenaren"], "0,1049%", 1, "Tabel 8.1 OZB-tarieven, row 'Woningen - eigenaren', "
                                                          "column 'Tarief 2025'")],
    ["0,1067% (tarief 2024)", "0,2231% (niet-woningen eigenaren)"], unit="percent")])

case("bn-tw-afval-vastrecht", [fig(
    "Hoeveel is het vastrecht van de afvalstoffenheffing in 2025?", T.TARIEF[0][3],
    [S("TW25", ["Vastrecht per huishouden"], eur2(T.TARIEF[0][3]), 1,
       "Tabel 8.2 Tarieven (bedragen in euro's), section 'Afvalstoffenheffing', row 'Vastrecht per huishouden', column '2025'")],
    [f"{eur2(T.TARIEF[0][2])} (2024)", "332,36 (afval in the woonlasten table, vastrecht + 10 ledigingen)"])],
    muni=TW)

case("bn-tw-riool-kostendekking", [fig(
    "Voor hoeveel procent worden de kosten van de riolering in 2025 gedekt door de rioolheffing?",
    T.KD["Rioolheffing"]["pct"],
    [S("TW25", ["Kostendekkendheid"], pct(T.KD["Rioolheffing"]["pct"]), 1,
       "Tabel 8.5 Kostendekkendheid, row 'Kostendekkendheid', column 'Rioolheffing'")],
    [f"{pct(T.KD['Afvalstoffenheffing']['pct'])} (afvalstoffenheffing, neighbouring column)"], unit="percent")],
    muni=TW)

case("bn-tw-saldo-2025", [fig(
    "Hoeveel houdt Twenterand over op de begroting 2025?", T.RESULTAAT_2025_EXACT,
    [S("TW25", ["voordelig saldo van"], "€ " + nl(T.RESULTAAT_2025_EXACT), 1,
       "chapter 1 Inleiding, prose 'De begroting 2025 sluit met een voordelig saldo van € 367.842'"),
     S("TW25", ["Geraamd resultaat (+ = voordelig)"], nl(T.RESULTAAT[2]), 1000,
       "Tabel 7.2 Overzicht van baten en lasten (x € 1.000), row 'Geraamd resultaat (+ = voordelig)', column 'Begroting 2025'"),
     S("TW25", ["Begrotingssaldo"], dec(T.RESULTAAT[2] / 1000, 1), 1000000,
       "Tabel 1.1 Meerjarenperspectief (€ mln), row 'Begrotingssaldo', column 2025")],
    ["544.000 (structureel tekort 2025)", f"{nl(T.RESULTAAT[1])} x 1.000 (begroting 2024)",
     f"{nl(T.SALDO_BL[2])} x 1.000 (saldo van baten en lasten before reserves)"],
    accept=[T.RESULTAAT[2] * 1000, 400000])],
    muni=TW)

case("bn-tw-tekort-2026", [fig(
    "Hoe groot is het tekort van Twenterand in 2026 volgens de meerjarenraming?", -T.RESULTAAT[3] * 1000,
    [S("TW25", ["Geraamd resultaat (+ = voordelig)"], nl(T.RESULTAAT[3]), 1000,
       "Tabel 7.2 Overzicht van baten en lasten (x € 1.000), row 'Geraamd resultaat (+ = voordelig)', column '2026' "
       "(printed negative; compared unsigned)"),
     S("TW25", ["Begrotingssaldo"], dec(T.RESULTAAT[3] / 1000, 1), 1000000,
       "Tabel 1.1 Meerjarenperspectief (€ mln), row 'Begrotingssaldo', column 2026")],
    [f"{nl(T.SALDO_BL[3])} x 1.000 (saldo van baten en lasten 2026, before reserves)",
     "-1,5 € mln (structureel saldo 2026)", f"{nl(T.RESULTAAT[4])} x 1.000 (2027)"],
    accept=[1700000])],
    muni=TW)

case("bn-tw-inwoners", [fig(
    "Hoeveel inwoners had Twenterand op 1 januari 2024?", T.KERN[1][1][0],
    [S("TW25", ["Aantal inwoners (1 januari)"], nl(T.KERN[1][1][0]), 1,
       "Tabel 1.2 Kerngegevens (years descending 2024 | 2023 | 2022), row 'Aantal inwoners (1 januari)', column 2024")],
    [f"{nl(T.KERN[1][1][1])} (2023, neighbouring column)", f"{nl(T.KERN[1][1][2])} (2022)"], unit="count")])

case("bn-tw-zwembad", [fig(
    "Hoeveel geld trekt Twenterand in totaal uit voor de renovatie van het zwembad in Vriezenveen?", sum(ZWEM[2:6]),
    [S("TW25", ["Renovatie binnenzwembad Vriezenveen"], nl(sum(ZWEM[2:6])), 1,
       "Tabel 11.3 Investeringsplan 2025-2028 (bedragen in euro's), row 'Renovatie binnenzwembad Vriezenveen', column 'Totaal'")],
    [f"{nl(ZWEM[2])} (2025 only)", f"{nl(ZWEM[3])} (2026 only)"])],
    muni=TW)

case("bn-tw-ozb-opbrengst", [fig(
    "Hoeveel OZB krijgt Twenterand in 2025 in totaal binnen, woningen en niet-woningen samen?",
    (OZBW[2] + OZBNW[2]) * 1000,
    [S("TW25", ["0.61 OZB woningen (baten)"], nl(OZBW[2]), 1000,
       "Tabel 7.1 Algemene dekkingsmiddelen en overhead (x € 1.000), row '0.61 OZB woningen (baten)', column 'B 2025'"),
     S("TW25", ["0.62 OZB niet-woningen (baten)"], nl(OZBNW[2]), 1000,
       "Tabel 7.1, row '0.62 OZB niet-woningen (baten)', column 'B 2025' (same figures in Tabel 8.3 Opbrengst belastingen)")],
    [f"{nl(OZBW[2])} x 1.000 (woningen only)", f"{nl(OZBW[1] + OZBNW[1])} x 1.000 (2024 sum)"],
    derived=f"{nl(OZBW[2])} + {nl(OZBNW[2])} = {nl(OZBW[2] + OZBNW[2])} (x € 1.000)")])

case("bn-tw-algemene-uitkering", [fig(
    "Hoeveel geld krijgt Twenterand in 2025 uit het gemeentefonds?", AU[2] * 1000,
    [S("TW25", ["0.7 Algemene uitkeringen", "(baten)"], nl(AU[2]), 1000,
       "Tabel 7.1 Algemene dekkingsmiddelen en overhead (x € 1.000), row '0.7 Algemene uitkeringen en overige "
       "uitkeringen gemeentefonds (baten)', column 'B 2025'")],
    [f"{nl(AU[1])} x 1.000 (2024)", f"{nl(AU[3])} x 1.000 (2026)", f"{nl(T.tot_b(T.ADM)[2])} x 1.000 "
     "(totaal baten algemene dekkingsmiddelen)"])],
    muni=TW)

# ============================================================ single figure turns: RBL 2026 (fictional)
case("bn-rbl-bijdrage-totaal", [fig(
    "Wat betalen de zes gemeenten samen in 2026 aan het leerplichtbureau?", R.BIJDRAGE_TOT[2],
    [S("RBL26", ["Bijdragen deelnemende gemeenten"], nl(R.BIJDRAGE_TOT[2]), 1,
       "Tabel 3.1 Overzicht van baten en lasten (bedragen in euro's), row 'Bijdragen deelnemende gemeenten', column 'Begroting 2026' "
       "(also Tabel 4.1 row 'Totaal', column 'Bijdrage 2026', and the Voorwoord)"),
     S("RBL26", ["Bijdragen deelnemende gemeenten"], nl(R.MJR_BIJDRAGE[0]), 1000,
       "Tabel 5.1 Meerjarenraming (x € 1.000), row 'Bijdragen deelnemende gemeenten', column 2026")],
    [f"{nl(R.BIJDRAGE_TOT[1])} (begroting 2025)", f"{nl(R.LASTEN[2])} (totaal lasten 2026)"],
    accept=[R.MJR_BIJDRAGE[0] * 1000])],
    muni=RBL)

case("bn-rbl-aandeel-almelo", [fig(
    "Welk percentage van de bijdrage aan het RBL Noord-Twente komt in 2026 voor rekening van Almelo?",
    R.AANDEEL_2026["Almelo"],
    [S("RBL26", ["Almelo"], pct(R.AANDEEL_2026["Almelo"], 2), 1,
       "Tabel 4.1 Verdeelsleutel en bijdrage per gemeente, row 'Almelo', column 'Aandeel'")],
    [f"{pct(R.AANDEEL_2026['Hellendoorn'], 2)} (Hellendoorn, next row)"], unit="percent")])

case("bn-rbl-per-leerplichtige", [fig(
    "Hoeveel betaalt een gemeente in 2026 per leerplichtige aan het Regionaal Bureau Leerplicht Noord-Twente?",
    R.PER_LEERPL_2026,
    [S("RBL26", ["per leerplichtige"], "€ " + dec(R.PER_LEERPL_2026, 2), 1,
       "chapter 4 Bijdragen van de deelnemers, prose 'In 2026 betaalt een gemeente € 58,76 per leerplichtige (2025: € 56,71)'")],
    [f"{dec(R.PER_LEERPL_2025, 2)} (2025)"])])

case("bn-rbl-verzuim-twenterand", [fig(
    "Hoeveel verzuimmeldingen waren er in het schooljaar 2023-2024 in Twenterand?", R.PER_GEM["Twenterand"][0],
    [S("RBL26", ["Twenterand", "Verzuimmeldingen"], nl(R.PER_GEM["Twenterand"][0]), 1,
       "Bijlage 2 Kerncijfers per gemeente, schooljaar 2023-2024 (table continued over two pages), row 'Twenterand / "
       "Verzuimmeldingen'")],
    [f"{nl(R.KERN[0][1][0])} (all six gemeenten)", f"{nl(R.PER_GEM['Hellendoorn'][0])} (Hellendoorn)"],
    unit="count", exp_muni=RBL)],
    muni=RBL)

case("bn-rbl-vsv-percentage", [fig(
    "Hoe hoog was het percentage voortijdig schoolverlaters in het schooljaar 2023-2024 in de regio van het RBL Noord-Twente?",
    1.38,
    [S("RBL26", ["Vsv-percentage"], R.VSV_PCT[0], 1,
       "chapter 1 Kerncijfers (schooljaren descending 2023-2024 | 2022-2023 | 2021-2022 | Streefwaarde 2026), "
       "row 'Vsv-percentage', column '2023-2024'")],
    [f"{R.VSV_PCT[1]} (2022-2023)", f"{R.VSV_STREEF} (streefwaarde 2026)"], unit="percent")])

case("bn-rbl-meerjaren-2029", [fig(
    "Hoeveel moeten de gemeenten volgens de meerjarenraming in 2029 samen bijdragen aan het leerplichtbureau?",
    R.MJR_BIJDRAGE[3] * 1000,
    [S("RBL26", ["Bijdragen deelnemende gemeenten"], nl(R.MJR_BIJDRAGE[3]), 1000,
       "Tabel 5.1 Meerjarenraming (x € 1.000), row 'Bijdragen deelnemende gemeenten', column 2029")],
    [f"{nl(R.MJR_LASTEN[3])} x 1.000 (totaal lasten 2029)", f"{nl(R.MJR_BIJDRAGE[2])} x 1.000 (2028)"])],
    muni=RBL)

case("bn-rbl-resultaat-2024", [fig(
    "Hoeveel geld hield het leerplichtbureau in Noord-Twente over in 2024?", R.RESULT[0],
    [S("RBL26", ["Resultaat"], nl(R.RESULT[0]), 1,
       "Tabel 3.1 Overzicht van baten en lasten, row 'Resultaat', column 'Rekening 2024' (also Voorwoord and balans)")],
    ["0 (begroting 2025/2026)", f"{nl(R.BATEN[0])} (totaal baten 2024)"], exp_muni=RBL)])

ICTD = R.KOSTEN[4][1][2] - R.KOSTEN[4][1][1]
case("bn-rbl-ict-afwijking", [fig(
    "Wat is in de begroting 2026 de nadelige afwijking op ICT en de verzuimapplicatie ten opzichte van de begroting 2025?",
    ICTD,
    [S("RBL26", ["Hogere kosten nieuwe verzuimapplicatie"], nl(ICTD), 1,
       "Tabel 3.3 Verschillenanalyse (bedragen in euro's), row 'Hogere kosten nieuwe verzuimapplicatie (licenties en beheer)', "
       "column 'Bedrag', V/N = N")],
    [f"{nl(R.KOSTEN[4][1][2])} (ICT lasten 2026)", "25.000 (invoeringskosten / onttrekking reserve)"])],
    muni=RBL)

# ============================================================ single figure turns: the four real documents
case("bn-wa-afval-2024", [fig(
    "Hoeveel afvalstoffenheffing betaalt een meerpersoonshuishouden in een laagbouwwoning in Wassenaar in 2024?", 517.32,
    [S("WA24", ["Meerpersoonshuishouden (laagbouw)"], "517,32", 1,
       "real document, Tabel 7.6 - Tarieven afvalstoffenheffing, row 'Meerpersoonshuishouden (laagbouw)', column 'tarief 2024'")],
    ["501,23 (tarief 2023)", "507,12 (meerpersoons gelaagde bouw)", f"{eur2(T.TARIEF[0][3])} (Twenterand vastrecht 2025)"],
    exp_muni="Wassenaar")])

case("bn-co-medewerkers", [fig(
    "Hoeveel medewerkers had Collectie Overijssel aan het eind van 2023?", 57,
    [S("CO23", ["Aantal medewerkers, jaareinde"], "57", 1,
       "real document, Kerncijfers (p.5), table 'Personeel', row 'Aantal medewerkers, jaareinde', column 2023")],
    ["46 (2022)", "49 (FTE jaareinde 2023)"], unit="count", exp_muni="Collectie Overijssel")])

case("bn-dk-cultuurvisie", [fig(
    "Hoeveel geld was er in Dinkelland beschikbaar voor het actualiseren van de cultuurvisie?", 45500,
    [S("DK20", ["Cultuur (€"], "45.500", 1,
       "real document, 'Inclusieve samenleving - financieel', bullet 'Cultuur (€ 45.500)'")],
    ["52.000 (Sport als middel)", "60.000 (Noaberhoes)", "7.000 (Eenzaamheid)"], exp_muni="Dinkelland")],
    muni="Dinkelland")

# ============================================================ conversations
case("bn-conv-brandweer", [
    fig("Wat kost de brandweer in Twenterand in 2025?", BRW[2] * 1000,
        [S("TW25", ["1.1 Crisisbeheersing en brandweer"], nl(BRW[2]), 1000,
           "Tabel 3.1 Baten en lasten programma 2 (header 'Bedragen x € 1.000'; columns DESCENDING 2028 2027 2026 | 2025 | "
           "2024 | 2023), row '1.1 Crisisbeheersing en brandweer', column 'Begroting 2025'")],
        [f"{nl(BRW[3])} x 1.000 (2026, the column printed left of 2025)", f"{nl(BRW[1])} x 1.000 (2024)",
         f"{nl(VRT25)} (bijdrage Veiligheidsregio Twente 2025, verbonden partijen)"]),
    fig("En wat waren de werkelijke kosten in 2023?", BRW[0] * 1000,
        [S("TW25", ["1.1 Crisisbeheersing en brandweer"], nl(BRW[0]), 1000,
           "Tabel 3.1, row '1.1 Crisisbeheersing en brandweer', column 'Rekening 2023' (rightmost)")],
        [f"{nl(BRW[5])} x 1.000 (2028, leftmost column)"]),
    fig("En wat is er voor 2028 geraamd?", BRW[5] * 1000,
        [S("TW25", ["1.1 Crisisbeheersing en brandweer"], nl(BRW[5]), 1000,
           "Tabel 3.1, row '1.1 Crisisbeheersing en brandweer', column '2028' (leftmost)")],
        [f"{nl(BRW[0])} x 1.000 (2023, rightmost column)"]),
], muni=TW)

case("bn-conv-rbl-twenterand", [
    fig("Hoeveel betaalt de gemeente Twenterand in 2026 aan het Regionaal Bureau Leerplicht Noord-Twente?",
        R.BIJDRAGE_2026["Twenterand"],
        [S("RBL26", ["Twenterand"], nl(R.BIJDRAGE_2026["Twenterand"]), 1,
           "Tabel 4.1 Verdeelsleutel en bijdrage per gemeente, row 'Twenterand', column 'Bijdrage 2026'")],
        [f"{nl(R.BIJDRAGE_2025['Twenterand'])} (2025)", f"{nl(R.BIJDRAGE_2026['Tubbergen'])} (Tubbergen, row above)"],
        exp_muni=RBL),
    fig("En in 2025?", R.BIJDRAGE_2025["Twenterand"],
        [S("RBL26", ["Twenterand"], nl(R.BIJDRAGE_2025["Twenterand"]), 1,
           "Tabel 4.1, row 'Twenterand', column 'Bijdrage 2025'"),
         S("TW25", ["Regionaal Bureau Leerplicht Noord-Twente"], nl(R.BIJDRAGE_2025["Twenterand"]), 1,
           "Twenterand begroting 2025, Tabel 10.1 Bijdragen aan verbonden partijen, column 'Bijdrage 2025' (same amount: "
           "either citation is right, so no expected municipality)")],
        ["335.918 (Twenterand's bijdrage 2024, Tabel 10.1)"], exp_muni=None),
    fig("Hoeveel is dat meer in 2026?", R.BIJDRAGE_2026["Twenterand"] - R.BIJDRAGE_2025["Twenterand"],
        [S("RBL26", ["Twenterand"], nl(R.BIJDRAGE_2026["Twenterand"] - R.BIJDRAGE_2025["Twenterand"]), 1,
           "Tabel 4.1, row 'Twenterand', column 'Verschil'")],
        [f"{nl(R.BIJDRAGE_STIJGING)} (total increase, all gemeenten)"], exp_muni=RBL,
        derived=f"{nl(R.BIJDRAGE_2026['Twenterand'])} - {nl(R.BIJDRAGE_2025['Twenterand'])} = "
                f"{nl(R.BIJDRAGE_2026['Twenterand'] - R.BIJDRAGE_2025['Twenterand'])} (also printed as 'Verschil')"),
])

case("bn-conv-woonlasten", [
    fig("Wat zijn in 2025 de gemeentelijke woonlasten voor een gezin met een eigen huis?", T.WL25[3],
        [S("TW25", ["Totale woonlasten"], "€ " + eur2(T.WL25[3]), 1,
           "Tabel 8.4 Woonlasten meerpersoonshuishouden (eigenaar-bewoner), row 'Totale woonlasten', column 2025")],
        [f"{eur2(T.WL24[3])} (2024)", f"{eur2(T.WL25[0])} (OZB part only)"]),
    fig("Hoeveel is dat meer dan vorig jaar?", float(round(T.WL25[3] - T.WL24[3], 2)),
        [S("TW25", ["Totale woonlasten"], "€ " + eur2(T.WL24[3]), 1, "Tabel 8.4, row 'Totale woonlasten', column 2024")],
        ["4,5 (the printed percentage increase, not euros)"], tol=0.01,
        derived=f"{eur2(T.WL25[3])} - {eur2(T.WL24[3])} = {eur2(round(T.WL25[3] - T.WL24[3], 2))}"),
], muni=TW)

case("bn-conv-thuiszitters", [
    fig("Hoeveel thuiszitters waren er in het schooljaar 2023-2024?", R.KERN[5][1][0],
        [S("RBL26", ["Thuiszitters (langer dan 4 weken)"], nl(R.KERN[5][1][0]), 1,
           "chapter 1 Kerncijfers (schooljaren DESCENDING), row 'Thuiszitters (langer dan 4 weken)', column '2023-2024'")],
        [f"{R.KERN[5][2]} (streefwaarde 2026)", f"{R.KERN[5][1][1]} (2022-2023)"], unit="count"),
    fig("En in het schooljaar daarvoor?", R.KERN[5][1][1],
        [S("RBL26", ["Thuiszitters (langer dan 4 weken)"], nl(R.KERN[5][1][1]), 1,
           "Kerncijfers, row 'Thuiszitters (langer dan 4 weken)', column '2022-2023' (second column)")],
        [f"{R.KERN[5][1][2]} (2021-2022)"], unit="count"),
], muni=RBL)

case("bn-conv-onderwijs", [
    fig("Hoeveel geeft Twenterand in 2025 uit aan onderwijs?", OND25,
        [S("TW25", ["Onderwijs"], nl(OND25), 1,
           "Overzicht 3.1 Baten en lasten Sociaal domein (bedragen in euro's), row 'Onderwijs' under 'Lasten per doelenboom', "
           "column 'Begroting 2025' (also Tabel 4.2)")],
        [f"{nl(T.P3_LASTEN['Onderwijs'][1])} (2024)", f"{nl(T.P3_LASTEN['Onderwijs'][3])} (2026)",
         f"{nl(T.P3_BATEN['Onderwijs'][2])} (baten 2025)"]),
    txt("Waarom is dat zo veel meer dan in 2024?", ["De Vlinder"],
        [S("TW25", ["Kindcentrum De Vlinder"], "", 1, "Doelenboom Onderwijs, 'Wat gaan we daarvoor doen?' and the "
                                                       "'Toelichting op de verschillen'")],
        note="one-off contribution of € 2.450.000 to Kindcentrum De Vlinder in Vriezenveen"),
], muni=TW)

case("bn-conv-mo-2020-2025", [
    fig("Wat waren in de programmabegroting 2020 van Twenterand de geraamde lasten voor maatschappelijke ondersteuning in 2022?",
        MO22_2020,
        [S("TW20", ["Maatschappelijke ondersteuning"], nl(MO22_2020), 1,
           "real document, Overzicht 3.1 Baten en lasten Sociaal domein (2020 2021 2022 2023), row 'Maatschappelijke "
           "ondersteuning' (lasten), column 2022")],
        ["11.824.036 (2021)", "11.958.690 (2023)", f"{nl(T.P3_LASTEN['Maatschappelijke ondersteuning'][0])} (fictional "
         "2025 document, rekening 2023)"]),
    fig("En hoeveel is daarvoor in de begroting 2025 voor het jaar 2025 begroot?", MO25,
        [S("TW25", ["Maatschappelijke ondersteuning"], nl(MO25), 1,
           "fictional begroting 2025, Overzicht 3.1, row 'Maatschappelijke ondersteuning' (lasten), column 'Begroting 2025'")],
        [f"{nl(T.P3_LASTEN['Maatschappelijke ondersteuning'][1])} (2024)", f"{nl(T.P3_BATEN['Maatschappelijke ondersteuning'][2])} (baten)"]),
    fig("Hoeveel is dat meer dan wat in 2020 voor 2022 was geraamd?", MO25 - MO22_2020,
        [S("TW25", ["Maatschappelijke ondersteuning"], nl(MO25), 1, "as turn 2"),
         S("TW20", ["Maatschappelijke ondersteuning"], nl(MO22_2020), 1, "as turn 1")],
        ["3.258.379 is the only accepted value"],
        derived=f"{nl(MO25)} - {nl(MO22_2020)} = {nl(MO25 - MO22_2020)}"),
], muni=TW)

case("bn-conv-ratio", [
    fig("Wat is de ratio weerstandsvermogen van het Regionaal Bureau Leerplicht Noord-Twente?", R.W_RATIO,
        [S("RBL26", ["ratio weerstandsvermogen"], dec(R.W_RATIO, 2), 1,
           "6.1 Weerstandsvermogen, prose 'De ratio weerstandsvermogen is 133.000 / 97.000 = 1,37'")],
        ["1,4 (upper bound of the bestuur's target range)", f"{dec(T.W_RATIO, 1)} (Twenterand)"], unit=None,
        exp_muni=RBL),
    fig("En die van de gemeente Twenterand in de begroting 2025?", T.W_RATIO,
        [S("TW25", ["Ratio weerstandsvermogen"], dec(T.W_RATIO, 1), 1,
           "Paragraaf 9, box 'Ratio weerstandsvermogen = 16.226 / 6.200 = 2,6'")],
        ["1,4 (ondergrens set by the council)", "2,0 (threshold of waardering A)"], unit=None, exp_muni=TW),
])

case("bn-conv-kwijtschelding", [
    fig("Hoeveel mensen kregen in 2023 kwijtschelding van de afvalstoffenheffing en de rioolheffing?", T.KWIJT_AANTAL_2023,
        [S("TW25", ["verzoeken om"], str(T.KWIJT_AANTAL_2023), 1,
           "Paragraaf lokale heffingen, 'Kwijtschelding', prose 'In 2023 zijn 612 verzoeken om kwijtschelding toegekend'")],
        ["100 (the % norm)"], unit="count"),
    fig("Om hoeveel geld ging het in totaal?", T.KWIJT_BEDRAG_2023,
        [S("TW25", ["in totaal"], "€ " + nl(T.KWIJT_BEDRAG_2023), 1,
           "same paragraph, '... voor in totaal € 241.380'")],
        ["58.400 (kwijtschelding afval in Tabel 8.5, 2025)", "41.900 (kwijtschelding riool, 2025)"]),
], muni=TW)

# ============================================================ refusals
case("bn-ref-jeugd-2030", [ref("Wat zijn de lasten voor jeugd in 2030?",
                               "the 2025 begroting runs to 2028; the 2020 document to 2023",
                               absent=["TW25:2030", "TW20:2030"])], muni=TW)
case("bn-ref-hondenbelasting", [ref("Hoeveel hondenbelasting betaal ik in Twenterand?",
                                    "no Twenterand document mentions hondenbelasting (only Wassenaar's does)",
                                    absent=["TW25:hondenbelasting", "TW20:hondenbelasting"])])
case("bn-ref-rekening-2024", [ref("Wat was het rekeningresultaat van Twenterand over 2024?",
                                  "the 2025 begroting has rekening 2023 and begroting 2024, no jaarrekening 2024",
                                  absent=["TW25:Rekening 2024", "TW25:jaarrekening 2024"])], muni=TW)
case("bn-ref-enschede-rbl", [ref("Hoeveel betaalt de gemeente Enschede aan het Regionaal Bureau Leerplicht Noord-Twente?",
                                 "Enschede is not a participant", absent=["RBL26:Enschede"])])
case("bn-ref-rbl-2018", [ref("Hoeveel verzuimmeldingen waren er in het schooljaar 2018-2019?",
                             "the kerncijfers cover 2021-2022 to 2023-2024", absent=["RBL26:2018-2019", "RBL26:2019"])],
     muni=RBL)
case("bn-ref-parkeervergunning", [ref("Wat kost een parkeervergunning in Vriezenveen?",
                                      "no parking charges in the Twenterand documents",
                                      absent=["TW25:parkeer", "TW25:Parkeer", "TW20:parkeer"])], muni=TW)
case("bn-ref-dinkelland-bijstand", [ref("Hoeveel geeft Dinkelland in 2025 uit aan bijstandsuitkeringen?",
                                        "no Dinkelland budget 2025 in the corpus",
                                        absent=["DK20:bijstand", "RBL26:bijstand"])], muni="Dinkelland")
case("bn-ref-ozb-2023", [ref("Wat was het OZB-tarief voor woningen in Twenterand in 2023?",
                             "Tabel 8.1 has tarief 2024 and tarief 2025 only", absent=["TW25:Tarief 2023"])], muni=TW)
case("bn-ref-salaris-teamleider", [ref("Hoeveel verdient de teamleider van het leerplichtbureau?",
                                       "only total salary costs and fte are given, no individual pay (no WNT table)",
                                       absent=["RBL26:WNT", "RBL26:bezoldiging"])], muni=RBL)

# ============================================================ text
case("bn-txt-snelle-route", [txt("Wat doet Twenterand om aanvragen voor een rolstoel of douchezitje sneller af te handelen?",
                                 [["10 werkdagen", "tien werkdagen"]],
                                 [S("TW25", ["10 werkdagen afgehandeld"], "", 1, "Doelenboom Maatschappelijke ondersteuning, 'snelle route'")])],
     muni=TW)
case("bn-txt-schulden", [txt("Hoe wil Twenterand schulden bij inwoners eerder opsporen?",
                             [["betalingsachterstand", "vroegsignalering", "huisbezoek"]],
                             [S("TW25", ["Vroegsignalering van schulden"], "", 1, "Doelenboom Sociale zaken")],
                             exp_muni=TW)])
case("bn-txt-afval-stijging", [txt("Waarom stijgt de afvalstoffenheffing in 2025?",
                                   [["verwerking", "verbrand", "rijksbelasting", "afvalstoffenbelasting"]],
                                   [S("TW25", ["verwerkingstarieven"], "", 1, "Paragraaf lokale heffingen and programma 4")])],
     muni=TW)
case("bn-txt-ondermijning", [txt("Wat doet de gemeente Twenterand tegen ondermijning?",
                                 [["barrièremodel", "barrieremodel", "integrale controles"]],
                                 [S("TW25", ["barrièremodel"], "", 1, "Programma 2, 'Wat gaan we daarvoor doen?'")])],
     muni=TW)
case("bn-txt-weerstand", [txt("Hoe beoordeelt Twenterand zijn eigen weerstandsvermogen?", ["uitstekend"],
                              [S("TW25", ["uitstekend"], "", 1, "Paragraaf 9, after the ratio")])], muni=TW)
case("bn-txt-verdeelsleutel", [txt("Hoe wordt bepaald hoeveel elke gemeente aan het leerplichtbureau betaalt?",
                                   ["leerplichtigen", ["1 oktober", "peildatum"]],
                                   [S("RBL26", ["Peildatum is 1 oktober"], "", 1, "chapter 4, first paragraph")])],
     muni=RBL)
case("bn-txt-overschot-2024", [txt("Wat gebeurt er met het overschot van het leerplichtbureau over 2024?",
                                   [["terug", "verrekend"]],
                                   [S("RBL26", ["terugbetaald"], "", 1, "Voorwoord and 6.1")])], muni=RBL)
case("bn-txt-stijging-bijdrage", [txt("Waarom moeten de gemeenten in 2026 meer betalen aan het Regionaal Bureau Leerplicht Noord-Twente?",
                                      [["cao", "salaris", "loon"]],
                                      [S("RBL26", ["cao-afspraken"], "", 1, "Voorwoord and Tabel 3.3")],
                                      exp_muni=RBL)])
case("bn-txt-thuiszitters", [txt("Wat doet het bureau om te voorkomen dat kinderen thuis komen te zitten?",
                                 [["thuiszitterstafel", "spreekuren", "spreekuur"]],
                                 [S("RBL26", ["thuiszitterstafel"], "", 1, "2.1 Leerplicht, 'Wat gaan we daarvoor doen?'")])],
     muni=RBL)

# ============================================================ any
case("bn-any-tw-financien", [anyk("Hoe staat Twenterand er financieel voor?", ["Wassenaar", "Dinkelland"],
                                  "open question; any sensible answer from a Twenterand document passes", exp_muni=TW)], muni=TW)
case("bn-any-rbl", [anyk("Vertel eens iets over het leerplichtbureau in Noord-Twente.", ["Collectie Overijssel"],
                         "open question; must cite the RBL document", exp_muni=RBL)])
