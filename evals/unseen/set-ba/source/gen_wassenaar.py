"""Gemeente Wassenaar, Jaarstukken 2024 (FICTIONAL figures) as hand-written PostScript, turned into PDF by
Ghostscript (ps2pdf).  Usage: python gen_wassenaar.py OUT.pdf [PS_COPY]"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import data as d
from fmt import dec, grp, k, nl, spaced_sign
from layout import BLACK, AfmMetrics, Col, Doc, Font, Row, Table, toc_fill

URW = Path("/usr/share/fonts/type1/urw-base35")
FONTS = {
    "R": Font("NimbusSans-Regular", AfmMetrics(URW / "NimbusSans-Regular.afm")),
    "B": Font("NimbusSans-Bold", AfmMetrics(URW / "NimbusSans-Bold.afm")),
    "I": Font("NimbusSans-Italic", AfmMetrics(URW / "NimbusSans-Italic.afm")),
    "BI": Font("NimbusSans-BoldItalic", AfmMetrics(URW / "NimbusSans-BoldItalic.afm")),
}
BLUE = (0.0, 0.27, 0.47)
GREY = (0.42, 0.42, 0.42)
RED = (0.85, 0.0, 0.0)
LIGHT = (0.87, 0.92, 0.96)
A4 = (595.28, 841.89)
BODY = 9.5


def P(doc, text, **kw):
    kw.setdefault("after", 5)
    return doc.para(text, "R", BODY, 12.6, **kw)


def H1(doc, text, new_page=True):
    if new_page:
        doc.new_page()
        doc.space(4)
    doc.heading(text, 1, "B", 17, BLUE, before=0 if new_page else 14, after=10)


def H2(doc, text):
    doc.heading(text, 2, "B", 12, BLUE, before=10, after=5, keep=70)


def H3(doc, text, keep=50):
    doc.heading(text, 3, "B", 10, BLACK, before=6, after=3, keep=keep)


def sgn_k(x):
    return nl(k(x))


# --------------------------------------------------------------------------------------------- content
def build(toc=None):
    doc = Doc(FONTS, *A4, margins=(62, 60, 58, 60))
    # ---------------------------------------------------------------- title page
    doc.new_page(bare=True)
    doc.rect(0, A4[1] - 300, A4[0], 300, fill=BLUE)
    doc.text(60, A4[1] - 150, "JAARSTUKKEN 2024", "B", 34, (1, 1, 1))
    doc.text(60, A4[1] - 185, "Jaarverslag en jaarrekening", "R", 18, (1, 1, 1))
    doc.text(60, A4[1] - 260, "Gemeente Wassenaar", "B", 16, (1, 1, 1))
    doc.y = A4[1] - 360
    doc.rect(60, 330, 475, 130, stroke=RED, lw=1.5)
    doc.y = 450
    doc.para("FICTIEF DOCUMENT", "B", 13, 16, RED, x=75, width=445, after=4)
    doc.para("Dit document is gemaakt voor een evaluatieset en is geen publicatie van de gemeente Wassenaar. "
             "De opzet, de programma's en de namen volgen de echte Begroting 2024 van Wassenaar; de begroting "
             "primitief in de tabellen is die van de echte Begroting 2024. Alle gerealiseerde cijfers, de "
             "begrotingswijzigingen, de balans, de reserves, de toelichtingen, de WNT-gegevens en de personen "
             "zijn verzonnen.", "R", 10, 13.5, x=75, width=445)
    doc.text(60, 120, "Colofon:", "B", 9.5)
    doc.text(130, 120, "uitgave Wassenaar", "R", 9.5)
    doc.text(130, 107, "mei 2025 (aangeboden aan de raad)", "R", 9.5)

    # ---------------------------------------------------------------- contents
    doc.new_page()
    doc.heading("INHOUDSOPGAVE", 1, "B", 15, BLUE, before=0, after=14)
    if toc:
        for lvl, text, pg in toc:
            if lvl > 2:
                continue
            f = "B" if lvl == 1 else "R"
            x = doc.left + (0 if lvl == 1 else 10)
            s, n = toc_fill(text, pg, FONTS[f], 9.5, doc.right - x - 4)
            doc.y -= 13.5 if lvl == 2 else 18
            doc.text(x, doc.y, s, f, 9.5)
            doc.text(doc.right, doc.y, n, f, 9.5, align="R")

    # ---------------------------------------------------------------- inleiding
    H1(doc, "Inleiding")
    P(doc, "Beste Wassenaarders,")
    P(doc, "Voor u liggen de jaarstukken 2024: het jaarverslag en de jaarrekening. Hierin legt het college "
           "verantwoording af over wat wij in 2024 met het geld van de gemeente hebben gedaan en wat dat heeft "
           "opgeleverd, afgezet tegen de begroting 2024 die de raad in november 2023 vaststelde.")
    H3(doc, "Een positief resultaat")
    P(doc, f"Het jaar 2024 sluiten wij af met een positief resultaat van € {grp(d.W_RESULT)} na mutaties in de "
           f"reserves. Voor mutaties in de reserves was het saldo van baten en lasten € "
           f"{grp(-d.W_RESULT_BEFORE)} negatief. In de begroting na wijziging werd nog een tekort van "
           f"€ {grp(-d.W_RESULT_NW)} verwacht. De lasten kwamen uit op € {dec(d.W_TOT['re_l'] / 1e6)} miljoen "
           f"en de baten op € {dec(d.W_TOT['re_b'] / 1e6)} miljoen.")
    P(doc, "Het voordeel komt vooral uit hogere algemene uitkeringen uit het gemeentefonds, hogere opbrengsten "
           "van leges en belastingen en vacatures die langer openstonden. Daar staat een forse overschrijding "
           "bij de jeugdhulp en de hulp bij het huishouden tegenover. Wij stellen voor het resultaat voor een "
           "deel in te zetten voor het sociaal domein en voor de grote projecten (zie de resultaatbestemming "
           "in hoofdstuk 11).")
    H3(doc, "Investeren in ons dorp")
    P(doc, f"In 2024 hebben wij € {dec(d.W_INV_TOT['y24'] / 1e6)} miljoen geïnvesteerd. De combisporthal aan de "
           "Dr. Mansveltkade is in gebruik genomen, de restauratie van raadhuis De Paauw is in volle gang en de "
           "grond voor de nieuwe gemeentewerf is aangekocht. Onze financiële positie blijft sterk: de ratio "
           f"weerstandsvermogen is {dec(d.W_RATIO)} en de solvabiliteit {d.W_SOLV[0]}%.")
    P(doc, "Met hartelijke groet,")
    P(doc, "Namens het college van burgemeester en wethouders,", after=2)
    P(doc, "de wethouder Financiën, Economie en Sport")

    kg = Table("Tabel 0.1 - Kerngegevens", [Col(300, ["Kerngegeven"], "L"), Col(85, ["2024"]), Col(90, ["2025"])],
               [Row("Aantal inwoners op 1 januari", [grp(d.W_INWONERS["2024"]), grp(d.W_INWONERS["2025"])]),
                Row("Aantal woningen op 31 december", [grp(d.W_WONINGEN), ""]),
                Row("Formatie ambtelijke organisatie (fte)", [d.W_FTE["formatie"], ""]),
                Row("Bezetting ambtelijke organisatie (fte)", [d.W_FTE["bezetting"], ""])],
               header_fill=LIGHT, rule_color=BLUE)
    doc.table(kg)

    # ---------------------------------------------------------------- leeswijzer
    H1(doc, "Leeswijzer", new_page=False)
    P(doc, "De jaarstukken bestaan uit het jaarverslag (de programmaverantwoording en de paragrafen) en de "
           "jaarrekening (het overzicht van baten en lasten, de balans en de toelichtingen). Ieder programma "
           "beantwoordt drie vragen: Wat wilden we bereiken? Wat hebben we bereikt? Wat heeft het gekost?")
    P(doc, "Tenzij anders vermeld zijn de bedragen in de tabellen weergegeven x € 1.000. Door afronding kunnen "
           "totalen afwijken van de som van de afzonderlijke bedragen.")
    P(doc, "In de tabellen 'Wat heeft het gekost?' volgen wij de tekenafspraak van de begroting: lasten en "
           "toevoegingen aan reserves staan met een minteken, baten en onttrekkingen zonder teken. De kolom "
           "Verschil is de realisatie min de begroting na wijziging; een plusteken is een voordeel, een "
           "minteken een nadeel, met een spatie tussen teken en bedrag (bijvoorbeeld + 125 of - 40).")
    P(doc, "In het overzicht van baten en lasten in de jaarrekening (tabel 11.1) staan alle bedragen zonder "
           "teken; nadelen (lasten, toevoegingen en negatieve saldi) zijn rood afgedrukt.")

    # ---------------------------------------------------------------- programmes
    doc.new_page()
    doc.space(4)
    doc.heading("Programmaverantwoording", 1, "B", 17, BLUE, before=0, after=10)
    P(doc, "In dit deel leggen wij per programma verantwoording af over de doelstellingen en resultaten uit de "
           "begroting 2024 en over de baten en lasten.")
    for i, p in enumerate(d.W_PROGS, start=1):
        programme(doc, i, p, first=(i == 1))

    # indicators
    H1(doc, "Beleidsindicatoren")
    P(doc, "In onderstaande tabel staan de effectindicatoren uit de programma's van de begroting 2024, met de "
           "peilwaarde en de streefwaarde uit de begroting en de realisatie over 2024.")
    rows = []
    for prog in ("P2", "P3", "P4", "P5"):
        rows.append(Row(d.W_PROG[prog]["title"], [], kind="group"))
        for pr, name, peil, streef, real in d.W_IND:
            if pr == prog:
                rows.append(Row(name, [peil, streef, real]))
    doc.table(Table("Tabel 6.1 - Effectindicatoren: streefwaarde en realisatie 2024",
                    [Col(205, ["Effectindicator"], "L"), Col(95, ["Peilwaarde"]),
                     Col(85, ["Streefwaarde", "2024"]), Col(90, ["Realisatie", "2024"])], rows,
                    header_fill=LIGHT, rule_color=BLUE, row_rules=True))
    P(doc, "Het percentage jongeren met jeugdhulp lag met 9,1% boven de streefwaarde van 8,6%. Dit past bij de "
           "overschrijding van de lasten voor jeugdhulp in programma 2. Het aantal woningen groeide minder dan "
           "gepland, omdat twee bouwprojecten aan de Rijksstraatweg later startten.")

    # ---------------------------------------------------------------- paragrafen
    H1(doc, "Paragrafen")
    H2(doc, "7 Lokale heffingen")
    P(doc, "De opbrengst van de belastingen en heffingen lag in 2024 hoger dan geraamd. De raming 2024 is die "
           "uit de begroting 2024; de tarieven zijn in 2024 trendmatig met 3,2% verhoogd.")
    rows = [Row(n, [grp(a), grp(b), nl(b - a)]) for n, a, b in d.W_HEFF]
    ta, tb = sum(x[1] for x in d.W_HEFF), sum(x[2] for x in d.W_HEFF)
    rows.append(Row("Totaal", [grp(ta), grp(tb), nl(tb - ta)], kind="total"))
    doc.table(Table("Tabel 7.1 - Opbrengst belastingen en heffingen", [
        Col(235, ["Belasting of heffing"], "L"), Col(80, ["Raming", "2024"]), Col(80, ["Werkelijk", "2024"]),
        Col(80, ["Verschil"])], rows, scale="bedragen x € 1.000", header_fill=LIGHT, rule_color=BLUE))

    H2(doc, "8 Weerstandsvermogen en risicobeheersing")
    P(doc, "Het weerstandsvermogen is de mate waarin de gemeente financiële tegenvallers kan opvangen zonder "
           "haar beleid te moeten aanpassen. Wij zetten de beschikbare weerstandscapaciteit af tegen de "
           "benodigde weerstandscapaciteit die volgt uit de gekwantificeerde risico's.")
    rows = [Row(n, [dec(v / 1000)]) for n, v in d.W_RISKS]
    rows.append(Row("Totaal", [dec(d.W_WEER_BENODIGD / 1000)], kind="total"))
    doc.table(Table("Tabel 8.1 - Benodigde weerstandscapaciteit (x € 1.000)",
                    [Col(375, ["Risico"], "L"), Col(100, ["Benodigde", "capaciteit"])], rows,
                    header_fill=LIGHT, rule_color=BLUE))
    P(doc, "Ratio weerstandsvermogen", after=2)
    P(doc, f"Beschikbare weerstandscapaciteit € {grp(d.W_WEER_BESCHIKBAAR)} gedeeld door de benodigde "
           f"weerstandscapaciteit € {grp(d.W_WEER_BENODIGD)} geeft een ratio weerstandsvermogen van "
           f"{dec(d.W_RATIO)}.", indent=12)
    P(doc, f"De ratio van {dec(d.W_RATIO)} valt in categorie A (uitstekend). In de begroting 2024 was de ratio "
           f"nog {dec(d.W_RATIO_BEGROOT)}; de daling komt door de hogere risico's in het sociaal domein en bij de "
           "grote projecten. De raad hanteert een ratio van minimaal 2,0. De beschikbare capaciteit bestaat uit "
           "de algemene reserves per 31 december 2024.")
    H3(doc, "Financiële kengetallen", keep=150)
    rows = [Row(a, [b, c, e]) for a, b, c, e in d.W_KENGETALLEN]
    rows.append(Row("* Structurele exploitatieruimte: het structurele saldo in procenten van de totale baten. "
                    "Bij de netto schuldquote betekent een lage waarde weinig schuld; Wassenaar heeft vrijwel "
                    "geen langlopende leningen.", kind="footnote"))
    doc.table(Table("Tabel 8.2 - Financiële kengetallen", [
        Col(235, ["Kengetal"], "L"), Col(80, ["Rekening", "2023"]), Col(80, ["Begroting", "2024"]),
        Col(80, ["Rekening", "2024"])], rows, header_fill=LIGHT, rule_color=BLUE, row_rules=True, keep=True))
    P(doc, f"De solvabiliteit steeg naar {d.W_SOLV[0]}%, doordat het balanstotaal daalde terwijl het eigen "
           "vermogen vrijwel gelijk bleef. De netto schuldquote daalde naar 12%, vooral door het hogere saldo "
           "bij de schatkist.")

    H2(doc, "9 Verbonden partijen")
    P(doc, "Wassenaar neemt deel in gemeenschappelijke regelingen om taken samen met andere overheden uit te "
           "voeren. Onderstaande tabel geeft de bijdrage die Wassenaar in 2024 aan elke regeling betaalde, "
           "naast de bijdrage in de begroting 2024 (de ontwerpbegroting van de regeling).")
    rows = [Row(n, [grp(b), grp(w), nl(w - b)]) for n, b, w in d.W_VP]
    rows.append(Row("Totaal", [grp(d.W_VP_TOT[0]), grp(d.W_VP_TOT[1]), nl(d.W_VP_TOT[1] - d.W_VP_TOT[0])],
                    kind="total"))
    doc.table(Table("Tabel 9.1 - Bijdragen aan verbonden partijen 2024", [
        Col(235, ["Verbonden partij"], "L"), Col(80, ["Begroot", "2024"]), Col(80, ["Werkelijk", "2024"]),
        Col(80, ["Verschil"])], rows, scale="bedragen in €", header_fill=LIGHT, rule_color=BLUE))
    P(doc, "De bijdrage aan Avalex lag € 134.337 hoger door gestegen verwerkingstarieven voor restafval. De "
           "bijdrage aan het Servicebureau Jeugdhulp Haaglanden viel lager uit door een teruggave over 2023.")

    H2(doc, "10 Bedrijfsvoering")
    P(doc, f"Eind 2024 had de gemeente een formatie van {d.W_FTE['formatie']} fte, waarvan {d.W_FTE['bezetting']} "
           "fte was bezet. Het ziekteverzuim daalde van 6,1% in 2023 naar 5,4% in 2024. Voor de vacatures "
           "werkten wij met tijdelijke inhuur; de kosten daarvan bleven binnen het budget.")

    # ---------------------------------------------------------------- jaarrekening
    H1(doc, "Jaarrekening")
    H2(doc, "11 Overzicht van baten en lasten")
    P(doc, "Tabel 11.1 geeft per programma de baten, lasten en saldi volgens de begroting na wijziging en de "
           "realisatie over 2024. In deze tabel staan de bedragen zonder teken; nadelen zijn rood.")
    recap(doc)
    H3(doc, "Resultaat voor en na mutaties in de reserves")
    t = d.W_TOT
    rows = [Row("Saldo van baten en lasten (resultaat voor mutaties reserves)", [sgn_k(t["nw_s"]), sgn_k(t["re_s"])]),
            Row("Toevoegingen aan reserves", [sgn_k(-t["nw_t"]), sgn_k(-t["re_t"])]),
            Row("Onttrekkingen aan reserves", [sgn_k(t["nw_o"]), sgn_k(t["re_o"])]),
            Row("Resultaat na mutaties reserves", [sgn_k(t["nw_r"]), sgn_k(t["re_r"])], kind="total")]
    doc.table(Table("Tabel 11.2 - Resultaat 2024", [
        Col(315, ["( \"-\"= nadeel / \"+\"= voordeel )"], "L"), Col(80, ["Begroting", "na wijziging"]),
        Col(80, ["Realisatie", "2024"])], rows, scale="bedragen x € 1.000", header_fill=LIGHT, rule_color=BLUE))
    H3(doc, "Voorstel resultaatbestemming")
    P(doc, f"Wij stellen de raad voor het resultaat over 2024 van € {grp(d.W_RESULT)} als volgt te bestemmen: "
           f"€ {grp(d.W_BESTEMMING[0][1])} toevoegen aan de bestemmingsreserve uitvoering Sociaal domein, om de "
           f"stijgende kosten van jeugdhulp op te vangen; € {grp(d.W_BESTEMMING[1][1])} toevoegen aan de "
           "bestemmingsreserve grote projecten voor de restauratie van De Paauw; en het restant van "
           f"€ {grp(d.W_BESTEMMING[2][1])} toevoegen aan de algemene reserve (vrij besteedbaar).")

    H2(doc, "12 Balans")
    rows = [Row("ACTIVA", [], kind="group")]
    grp_prev = None
    for g, lab, a, b in d.W_BAL_ACT:
        if g != grp_prev:
            rows.append(Row(g, [], kind="group"))
            grp_prev = g
        rows.append(Row(lab, [grp(a), grp(b)], indent=8))
    rows.append(Row("Totaal activa", [grp(d.W_BAL_ACT_TOT[0]), grp(d.W_BAL_ACT_TOT[1])], kind="total"))
    rows.append(Row("PASSIVA", [], kind="group"))
    grp_prev = None
    for g, lab, a, b in d.W_BAL_PAS:
        if g != grp_prev:
            rows.append(Row(g, [], kind="group"))
            grp_prev = g
        rows.append(Row(lab, [grp(a), grp(b)], indent=8))
    rows.append(Row("Totaal passiva", [grp(d.W_BAL_PAS_TOT[0]), grp(d.W_BAL_PAS_TOT[1])], kind="total"))
    doc.table(Table("Tabel 12.1 - Balans per 31 december (voor resultaatbestemming)", [
        Col(255, [""], "L"), Col(110, ["31-12-2024"]), Col(110, ["31-12-2023"])], rows,
        scale="bedragen x € 1.000", header_fill=LIGHT, rule_color=BLUE))
    P(doc, f"Het eigen vermogen bestaat uit de algemene reserves, de bestemmingsreserves en het gerealiseerde "
           f"resultaat en bedroeg eind 2024 € {grp(d.W_EV[0])} duizend (eind 2023: € {grp(d.W_EV[1])} duizend). "
           f"In de uitzettingen is de rekening-courant met het Rijk (schatkistbankieren) van "
           f"€ {grp(d.W_RC_RIJK_K)} duizend opgenomen.")

    H2(doc, "13 Reserves")
    P(doc, "Het verloop van de reserves in 2024 staat in tabel 13.1. De toevoegingen en onttrekkingen zijn per "
           "programma verantwoord in de tabellen 'Wat heeft het gekost?'.")
    reserves(doc)

    H2(doc, "14 WNT-verantwoording 2024")
    P(doc, "De Wet normering topinkomens (WNT) is van toepassing op de gemeente Wassenaar. Het "
           "bezoldigingsmaximum voor gemeenten bedroeg in 2024 € 233.000. Topfunctionarissen zijn de "
           "gemeentesecretaris en de griffier.")
    wnt(doc)
    H2(doc, "15 Investeringen")
    P(doc, "Tabel 15.1 geeft per investering het beschikbaar gestelde krediet, de uitgaven tot en met 2023, de "
           "uitgaven in 2024 en het restant van het krediet. Een negatief restant is een overschrijding.")
    investments(doc)
    P(doc, "Het krediet voor het herstel van de kades van het Havenkanaal is met € 66.225 overschreden door "
           "extra damwanden die nodig bleken na het bodemonderzoek. De aankoop van de grond voor de nieuwe "
           "gemeentewerf is in 2024 afgerond.")

    return doc


def programme(doc, i, p, first):
    if first:
        doc.heading(p["title"], 2, "B", 14, BLUE, before=8, after=8)
    else:
        doc.new_page()
        doc.space(4)
        doc.heading(p["title"], 2, "B", 14, BLUE, before=0, after=8)
    txt = PROG_TEXT[p["key"]]
    H3(doc, "Wat wilden we bereiken?")
    for j, goal in enumerate(txt["doel"], start=1):
        P(doc, f"{j}. {goal}", after=1)
    doc.space(4)
    H3(doc, "Wat hebben we bereikt?")
    for para in txt["bereikt"]:
        P(doc, para)
    H3(doc, "Wat heeft het gekost?")

    def cells(a, sign=1):
        v = [sign * p["prim_" + a], sign * p["nw_" + a], sign * p["re_" + a]]
        return [nl(k(x)) for x in v] + [spaced_sign(k(v[2] - v[1]))]

    rows = [Row("Baten", cells("b")), Row("Lasten", cells("l", -1)),
            Row("Saldo van baten en lasten", cells("s"), kind="sub", bold=True),
            Row("Onttrekking reserves", cells("o")), Row("Toevoeging reserves", cells("t", -1)),
            Row("Mutaties reserves", cells("m"), kind="sub"),
            Row("Resultaat", cells("r"), kind="total")]
    doc.table(Table(f"Tabel {i}.1 - Baten en lasten {p['title']}", [
        Col(175, ["( \"-\"= nadeel / \"+\"= voordeel )", "bedragen x € 1.000"], "L"),
        Col(78, ["Begroting 2024", "primitief"]), Col(78, ["Begroting 2024", "na wijziging"]),
        Col(76, ["Realisatie", "2024"]), Col(68, ["Verschil"])], rows, header_fill=LIGHT, rule_color=BLUE))
    H3(doc, "Toelichting op de verschillen")
    e = d.W_EXPL[p["key"]]
    for side, word in (("lasten", "lasten"), ("baten", "baten")):
        for name, amt, why in e[side]:
            hl = ("hogere " if amt > 0 else "lagere ") + word
            vn = "nadeel" if (amt > 0) == (side == "lasten") else "voordeel"
            doc.para(f"{name} ({hl} € {grp(abs(amt))}, {vn})", "B", BODY, 12.6, after=1)
            P(doc, why)
        rest = e[side + "_overig"]
        if rest:
            doc.para(f"Overige afwijkingen {word} ({'hoger' if rest > 0 else 'lager'} € {grp(abs(rest))})",
                     "B", BODY, 12.6, after=1)
            P(doc, f"Diverse kleinere afwijkingen op de {word} van het programma.")


def recap(doc):
    t_rows = []
    blackred = lambda v: RED if v < 0 else BLACK   # noqa: E731
    for p in d.W_PROGS:
        vals = [k(p["nw_b"]), -k(p["nw_l"]), k(p["nw_s"]), k(p["re_b"]), -k(p["re_l"]), k(p["re_s"])]
        t_rows.append((p["title"], vals, "normal"))
    t = d.W_TOT
    t_rows.append(("Saldo van baten en lasten",
                   [k(t["nw_b"]), -k(t["nw_l"]), k(t["nw_s"]), k(t["re_b"]), -k(t["re_l"]), k(t["re_s"])], "total"))
    t_rows.append(("Mutaties reserves",
                   [k(t["nw_o"]), -k(t["nw_t"]), k(t["nw_m"]), k(t["re_o"]), -k(t["re_t"]), k(t["re_m"])], "normal"))
    t_rows.append(("Resultaat",
                   [k(t["nw_b"] + t["nw_o"]), -k(t["nw_l"] + t["nw_t"]), k(t["nw_r"]),
                    k(t["re_b"] + t["re_o"]), -k(t["re_l"] + t["re_t"]), k(t["re_r"])], "total"))
    rows = []
    for lab, vals, kind in t_rows:
        for a in (0, 3):
            assert vals[a] + vals[a + 1] == vals[a + 2], (lab, vals)
        rows.append(Row(lab, [grp(abs(v)) for v in vals], kind=kind,
                        colors={i + 1: blackred(v) for i, v in enumerate(vals)}))
    doc.table(Table("Tabel 11.1 - Overzicht van baten en lasten 2024", [
        Col(127, ["Programma"], "L")] + [Col(58, [h]) for h in ("Baten", "Lasten", "Saldo")] * 2, rows,
        scale="bedragen x € 1.000",
        spans=[("Begroting 2024 na wijziging", 1, 3), ("Realisatie 2024", 4, 6)],
        note_below=["(rood = nadeel)"], header_fill=LIGHT, rule_color=BLUE, size=8.2))


def reserves(doc):
    rows = []
    for label, rs in (("Algemene reserves", d.W_RES_ALG), ("Bestemmingsreserves", d.W_RES_BEST)):
        rows.append(Row(label, [], kind="group"))
        for r in rs:
            rows.append(Row(r["name"], [grp(r["s0"]), grp(r["toe"]), grp(r["ont"]), grp(r["s1"])], indent=6))
        rows.append(Row("Totaal " + label.lower(), [grp(d.rsum(rs, f)) for f in ("s0", "toe", "ont", "s1")],
                        kind="sub", bold=True))
    rows.append(Row("Totaal reserves", [grp(d.rsum(d.W_RESERVES, f)) for f in ("s0", "toe", "ont", "s1")],
                    kind="total"))
    rows.append(Row(f"¹ De stand per 1 januari 2024 is inclusief de bestemming van het resultaat 2023 "
                    f"(€ {grp(d.W_RESULT_2023)}), die de raad op 27 juni 2024 heeft toegevoegd aan de algemene "
                    "reserve (vrij besteedbaar). Het resultaat 2024 is nog niet in de standen verwerkt.",
                    kind="footnote"))
    doc.table(Table("Tabel 13.1 - Verloop van de reserves 2024", [
        Col(175, ["Reserve"], "L"), Col(75, ["Stand", "1-1-2024 ¹"]), Col(75, ["Toevoegingen"]),
        Col(75, ["Onttrekkingen"]), Col(75, ["Stand", "31-12-2024"])], rows, scale="bedragen x € 1.000",
        header_fill=LIGHT, rule_color=BLUE))


def investments(doc):
    rows = []
    prev = None
    for inv in d.W_INV:
        if inv["prog"] != prev:
            rows.append(Row(d.W_PROG[inv["prog"]]["title"], [], kind="group"))
            prev = inv["prog"]
        rows.append(Row(inv["name"], [grp(inv["krediet"]), grp(inv["tm23"]) if inv["tm23"] else "-",
                                      grp(inv["y24"]) if inv["y24"] else "-", grp(inv["tm24"]) if inv["tm24"] else "-",
                                      nl(inv["restant"])], indent=4))
    T = d.W_INV_TOT
    rows.append(Row("Totaal", [grp(T[f]) for f in ("krediet", "tm23", "y24", "tm24", "restant")], kind="total"))
    doc.table(Table("Tabel 15.1 - Investeringen: krediet en uitgaven", [
        Col(150, ["Investering"], "L"), Col(65, ["Krediet"]), Col(65, ["Besteed", "t/m 2023"]),
        Col(65, ["Besteed", "2024"]), Col(65, ["Besteed", "t/m 2024"]), Col(65, ["Restant", "krediet"])], rows,
        scale="bedragen in €", header_fill=LIGHT, rule_color=BLUE))


def wnt(doc):
    a, b = d.W_WNT
    rows = [Row("Functiegegevens", [], kind="group"),
            Row("Functie(s)", [a["functie"], b["functie"]]),
            Row("Aanvang en einde functievervulling in 2024", [a["periode"], b["periode"]]),
            Row("Omvang dienstverband (als deeltijdfactor in fte)", [a["fte"], b["fte"]]),
            Row("Dienstbetrekking?", [a["dienst"], b["dienst"]]),
            Row("Bezoldiging", [], kind="group"),
            Row("Beloning plus belastbare onkostenvergoedingen", [grp(a["beloning"]), grp(b["beloning"])]),
            Row("Beloningen betaalbaar op termijn", [grp(a["termijn"]), grp(b["termijn"])]),
            Row("Subtotaal", [grp(a["sub"]), grp(b["sub"])], kind="sub"),
            Row("Individueel toepasselijk bezoldigingsmaximum", [grp(a["maximum"]), grp(b["maximum"])]),
            Row("-/- Onverschuldigd betaald en nog niet terugontvangen bedrag", ["-", "-"]),
            Row("Bezoldiging", [grp(a["sub"]), grp(b["sub"])], kind="total")]
    doc.table(Table("Tabel 14.1 - Bezoldiging topfunctionarissen 2024", [
        Col(235, ["bedragen x € 1"], "L"), Col(120, [a["name"]]), Col(120, [b["name"]])], rows,
        header_fill=LIGHT, rule_color=BLUE, row_rules=True))


PROG_TEXT = {
    "P1": dict(doel=["Stellen van veiligheidsprioriteiten;", "Handhaving van de openbare orde;",
                     "Bestrijden van ondermijnende criminaliteit;",
                     "Het mogelijk maken van evenementen door mee te denken en duidelijke kaders te bieden."],
               bereikt=["Het integraal veiligheidsbeleid 2024-2027 is door de raad vastgesteld en het jaarplan "
                        "2024 is uitgevoerd. De Lokale Kamer Wassenaar is van start gegaan; in 2024 besprak zij "
                        "38 casussen op het snijvlak van zorg en veiligheid.",
                        "Het nieuwe evenementenbeleid is in september 2024 vastgesteld. De "
                        "bewustwordingscampagne over ondermijning richtte zich in 2024 op ondernemers en jongeren; "
                        "het Bibob-beleid is geactualiseerd."]),
    "P2": dict(doel=["Inwoners kunnen zo lang mogelijk zelfstandig en gezond leven;",
                     "Jeugdigen groeien veilig op en krijgen op tijd passende hulp;",
                     "Iedereen doet mee, ook inwoners met een kleine beurs;",
                     "Meer sportmogelijkheden voor alle Wassenaarders."],
               bereikt=["De combisporthal aan de Dr. Mansveltkade is in maart 2024 in gebruik genomen. De "
                        "sporthal De Schulpwei is afgestoten; over de herbestemming loopt het gesprek met de "
                        "grondeigenaar.",
                        "Het Sociaal Team Wassenaar is uitgebreid met een gedragswetenschapper. Het aantal "
                        "cliënten met hulp bij het huishouden steeg van 612 naar 655. Op Duinrell werden in de "
                        "wintermaanden gemiddeld 900 vluchtelingen opgevangen."]),
    "P3": dict(doel=["Een dienstverlenende en betrouwbare gemeente;",
                     "Een gezonde financiële positie met een structureel sluitende begroting;",
                     "Duurzame en goed onderhouden gemeentelijke gebouwen."],
               bereikt=["De restauratie en verbouwing van raadhuis De Paauw ligt op schema; de oplevering is "
                        "voorzien in 2026. De dienstverlening aan de balie scoorde in het klanttevredenheidsonderzoek "
                        "een 7,8.",
                        "De rekening-courant met het Rijk daalde minder snel dan verwacht, omdat een deel van de "
                        "investeringen doorschuift naar 2025."]),
    "P4": dict(doel=["Voldoende en passende woningen voor alle doelgroepen;",
                     "Goede en duurzame onderwijshuisvesting;",
                     "Zorgvuldige ruimtelijke ontwikkeling onder de Omgevingswet."],
               bereikt=["Het aantal woningen groeide met 27 tot 12.398; de streefwaarde was 12.406. De uitbreiding "
                        "van het Rijnlands Lyceum is opgeleverd.",
                        "De renovatie van de Kievietschool liep vertraging op doordat bij de sloop asbest werd "
                        "aangetroffen; de oplevering schuift naar 2025."]),
    "P5": dict(doel=["Een verkeersveilig dorp met minder sluipverkeer;",
                     "Een schone leefomgeving met minder restafval;",
                     "Behoud en versterking van de Groene Zone."],
               bereikt=["Op 14 wegen is de maximumsnelheid verlaagd naar 30 km/uur en bij de Rijksstraatweg zijn "
                        "doseerlichten tegen sluipverkeer geplaatst. De hoeveelheid restafval daalde naar 193,8 kg "
                        "per inwoner.",
                        "De visie op de Groene Zone is vastgesteld en de eerste uitvoeringsmaatregelen zijn "
                        "gestart. De kades van het Havenkanaal zijn hersteld."]),
}


# --------------------------------------------------------------------------------------------- PostScript
ENC_EXTRA = {"€": 128, "‘": 145, "’": 146, "“": 147, "”": 148, "•": 149, "–": 150, "—": 151}


def ps_string(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= o < 127:
            out.append(ch)
        elif ch in ENC_EXTRA:
            out.append("\\%03o" % ENC_EXTRA[ch])
        elif 0xA0 <= o <= 0xFF:
            out.append("\\%03o" % o)
        else:
            raise ValueError(f"cannot encode {ch!r} in {s!r}")
    return "(" + "".join(out) + ")"


PROLOG = r"""%%BeginProlog
% WinAnsi-like encoding built on ISOLatin1Encoding (plain hyphen and quote, euro sign at 128)
/WinEnc ISOLatin1Encoding dup length array copy def
WinEnc 39 /quotesingle put  WinEnc 45 /hyphen put  WinEnc 96 /grave put
WinEnc 128 /Euro put  WinEnc 145 /quoteleft put  WinEnc 146 /quoteright put
WinEnc 147 /quotedblleft put  WinEnc 148 /quotedblright put  WinEnc 149 /bullet put
WinEnc 150 /endash put  WinEnc 151 /emdash put
/reenc { % /new /base reenc
  findfont dup length dict begin
    { 1 index /FID ne { def } { pop pop } ifelse } forall
    /Encoding WinEnc def
  currentdict end definefont pop } bind def
/WR /NimbusSans-Regular reenc
/WB /NimbusSans-Bold reenc
/WI /NimbusSans-Italic reenc
/WBI /NimbusSans-BoldItalic reenc
% (text) x y L   -- left aligned
/L { moveto show } bind def
% (text) xright y R   -- right aligned, measured by the interpreter
/R { exch 2 index stringwidth pop sub exch moveto show } bind def
% (text) xcenter y C
/C { exch 2 index stringwidth pop 2 div sub exch moveto show } bind def
% x1 y1 x2 y2 w RL   -- a rule
/RL { setlinewidth newpath 4 2 roll moveto lineto stroke } bind def
% x y w h BX   -- a filled box
/BX { rectfill } bind def
% x y w h lw SB   -- a stroked box
/SB { setlinewidth rectstroke } bind def
/rgb { setrgbcolor } bind def
%%EndProlog
"""
FONTMAP = {"R": "WR", "B": "WB", "I": "WI", "BI": "WBI"}


def to_ps(doc):
    out = ["%!PS-Adobe-3.0", "%%Creator: gen_wassenaar.py (hand-written PostScript for set-ba)",
           "%%Title: Jaarstukken 2024 Gemeente Wassenaar (fictief)", f"%%Pages: {len(doc.pages)}",
           "%%BoundingBox: 0 0 596 842", "%%DocumentNeededResources: font NimbusSans-Regular NimbusSans-Bold",
           "%%+ font NimbusSans-Italic NimbusSans-BoldItalic", "%%EndComments", PROLOG,
           "%%BeginSetup",
           "[ /Title (Jaarstukken 2024 - Gemeente Wassenaar \\(FICTIEF\\)) /Author (set-ba evaluatieset) "
           "/Subject (Jaarverslag en jaarrekening 2024, fictieve cijfers) /Creator (hand-written PostScript) "
           "/DOCINFO pdfmark",
           "%%EndSetup"]
    for n, pg in enumerate(doc.pages, start=1):
        out.append(f"%%Page: {n} {n}")
        out.append(f"<< /PageSize [{pg.width} {pg.height}] >> setpagedevice")
        cur_font, cur_col = None, None
        for pr in pg.prims:
            if pr["t"] == "rect":
                if pr["fill"]:
                    out.append("%.3f %.3f %.3f rgb %.2f %.2f %.2f %.2f BX" % (*pr["fill"], pr["x"], pr["y"], pr["w"], pr["h"]))
                if pr["stroke"]:
                    out.append("%.3f %.3f %.3f rgb %.2f %.2f %.2f %.2f %.2f SB" % (
                        *pr["stroke"], pr["x"], pr["y"], pr["w"], pr["h"], pr["lw"]))
                cur_col = None
            elif pr["t"] == "line":
                out.append("%.3f %.3f %.3f rgb %.2f %.2f %.2f %.2f %.2f RL" % (
                    *pr["color"], pr["x1"], pr["y1"], pr["x2"], pr["y2"], pr["w"]))
                cur_col = None
            else:
                f = (FONTMAP[pr["font"]], pr["size"])
                if f != cur_font:
                    out.append(f"/{f[0]} {f[1]} selectfont")
                    cur_font = f
                if pr["color"] != cur_col:
                    out.append("%.3f %.3f %.3f rgb" % pr["color"])
                    cur_col = pr["color"]
                op = {"L": "L", "R": "R", "C": "C"}[pr["al"]]
                x = pr["x"] if op == "L" else pr["ax"]
                out.append(f"{ps_string(pr['s'])} {x:.2f} {pr['y']:.2f} {op}")
        out.append("showpage")
    out.append("%%EOF")
    return "\n".join(out) + "\n"


def decorate(doc):
    total = len(doc.pages)
    for n, pg in enumerate(doc.pages, start=1):
        if getattr(pg, "bare", False):
            continue
        doc.pages_current = pg
        saved = doc.pages
        # draw into this page by temporarily making it the last page
        doc.pages = saved[:n]
        doc.text(60, A4[1] - 36, "Gemeente Wassenaar", "R", 7.5, GREY)
        doc.text(A4[0] - 60, A4[1] - 36, "Jaarstukken 2024", "R", 7.5, GREY, align="R")
        doc.line(60, A4[1] - 40, A4[0] - 60, A4[1] - 40, 0.4, GREY)
        doc.text(A4[0] - 60, 32, str(n), "R", 8.5, BLACK, align="R")
        doc.pages = saved
    return total


def main():
    out = Path(sys.argv[1])
    ps_copy = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    first = build()
    toc = [(lvl, text, pg) for lvl, text, pg in first.headings if text != "INHOUDSOPGAVE"]
    doc = build(toc)
    assert [(a, b, c) for a, b, c in doc.headings if b != "INHOUDSOPGAVE"] == toc, "table of contents moved"
    decorate(doc)
    ps = to_ps(doc)
    ps_path = ps_copy or out.with_suffix(".ps")
    ps_path.write_text(ps, encoding="latin-1")
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dPDFSETTINGS=/prepress",
                    "-dCompatibilityLevel=1.6", "-dEmbedAllFonts=true", "-dSubsetFonts=true",
                    "-dAutoRotatePages=/None", "-dOmitID", "-dOmitInfoDate", "-dOmitXMP",
                    f"-sOutputFile={out}", str(ps_path)], check=True)
    if not ps_copy:
        ps_path.unlink()
    print(f"{out}: {len(doc.pages)} pages")


if __name__ == "__main__":
    main()
