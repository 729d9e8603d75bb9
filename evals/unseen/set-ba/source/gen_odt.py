"""Omgevingsdienst Twente, Begroting 2026 (FICTIONAL figures), laid out here and drawn with pdf-lib by
render_odt.mjs.  Usage: python gen_odt.py OUT.pdf"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import data as d
from fmt import dec, grp, nl
from layout import BLACK, Col, Doc, Font, Row, Table, TtfMetrics, toc_fill

FONTDIR = Path("/usr/share/fonts/truetype/liberation2")
FILES = {"R": "LiberationSans-Regular.ttf", "B": "LiberationSans-Bold.ttf", "I": "LiberationSans-Italic.ttf",
         "BI": "LiberationSans-BoldItalic.ttf"}
FONTS = {k_: Font(k_, TtfMetrics(FONTDIR / f)) for k_, f in FILES.items()}
TEAL = (0.0, 0.42, 0.40)
PALE = (0.89, 0.95, 0.94)
GREY = (0.40, 0.40, 0.40)
WHITE = (1, 1, 1)
A4 = (595.28, 841.89)
BODY = 9.5
Y = d.YEARS


def P(doc, text, **kw):
    kw.setdefault("after", 6)
    return doc.para(text, "R", BODY, 13.2, **kw)


def H1(doc, text, new_page=False, landscape=False):
    if new_page:
        doc.new_page(landscape)
    doc.heading(text, 1, "B", 15, TEAL, before=0 if new_page else 16, after=9, keep=80)


def H2(doc, text):
    doc.heading(text, 2, "B", 11, TEAL, before=8, after=4, keep=60)


def k_(v):
    return nl(v)


def apo(v):
    return nl(v, "'")


def build(toc=None):
    doc = Doc(FONTS, *A4, margins=(74, 56, 64, 56))
    # -------------------------------------------------------------------- cover
    doc.new_page(bare=True)
    doc.rect(0, 0, 150, A4[1], fill=TEAL)
    doc.text(185, 640, "Omgevingsdienst Twente", "B", 26, TEAL)
    doc.text(185, 600, "Begroting 2026", "B", 22, BLACK)
    doc.text(185, 575, "en meerjarenraming 2027-2029", "R", 14, BLACK)
    doc.text(185, 540, "Ontwerp voor de zienswijze van de deelnemers, april 2025", "I", 10, GREY)
    doc.rect(185, 300, 355, 150, stroke=(0.8, 0, 0), lw=1.5)
    doc.y = 440
    doc.para("FICTIEF DOCUMENT", "B", 12, 15, (0.8, 0, 0), x=198, width=330, after=4)
    doc.para("Dit document is gemaakt voor een evaluatieset. De Omgevingsdienst Twente bestaat echt, maar dit is "
             "niet haar begroting: alle bedragen, uren, tarieven, formatie, risico's en teksten zijn verzonnen. "
             "De deelnemers zijn de veertien Twentse gemeenten en de provincie Overijssel.", "R", 9.5, 13, x=198,
             width=330)
    doc.text(185, 120, "Omgevingsdienst Twente", "B", 9)
    doc.text(185, 107, "Hengelo", "R", 9)

    # -------------------------------------------------------------------- contents
    doc.new_page()
    doc.heading("Inhoud", 1, "B", 15, TEAL, before=0, after=12)
    if toc:
        for lvl, text, pg in toc:
            f = "B" if lvl == 1 else "R"
            x = doc.left + (0 if lvl == 1 else 14)
            s, n = toc_fill(text, pg, FONTS[f], 9.5, doc.right - x - 4)
            doc.y -= 17 if lvl == 1 else 13
            doc.text(x, doc.y, s, f, 9.5)
            doc.text(doc.right, doc.y, n, f, 9.5, align="R")

    # -------------------------------------------------------------------- 1 inleiding
    doc.new_page()
    H1(doc, "1 Inleiding")
    P(doc, "De Omgevingsdienst Twente (ODT) voert voor de veertien Twentse gemeenten en de provincie Overijssel "
           "de taken uit op het gebied van vergunningverlening, toezicht en handhaving (VTH) voor milieu, bodem, "
           "asbest en energie. Iedere deelnemer neemt de wettelijke basistaken af en kan daarnaast plustaken "
           "inbrengen. Deze begroting beschrijft wat wij in 2026 doen, wat dat kost en wat iedere deelnemer "
           "daarvoor betaalt.")
    P(doc, f"De begroting 2026 heeft een omvang van k€ {grp(d.O_LASTEN['2026'])} aan lasten. Het saldo van baten en "
           f"lasten is k€ {d.O_SALDO['2026']}; dit tekort dekken wij met een onttrekking van k€ {d.O_ONT['2026']} "
           "uit de bestemmingsreserve digitalisering VTH, zodat de begroting sluit met een resultaat van nul. "
           f"Het uurtarief stijgt van € {dec(d.O_TARIEF['2025'], 2)} naar € {dec(d.O_TARIEF['2026'], 2)}.")
    P(doc, f"In de meerjarenraming sluit 2027 na een onttrekking van k€ {d.O_ONT['2027']}; voor 2028 ramen wij een "
           f"tekort van k€ {-d.O_RESULT['2028']}, dat wij bij de kadernota 2027 oplossen. 2029 laat een klein "
           f"overschot zien van k€ {d.O_RESULT['2029']}.")
    kc = [Row("Totale lasten (k€)", [grp(d.O_LASTEN["2025"]), grp(d.O_LASTEN["2026"])]),
          Row("Totale bijdragen deelnemers (k€)", [grp(d.O_BIJ_BASIS["2025"] + d.O_BIJ_PLUS["2025"]),
                                                   grp(d.O_BIJ_BASIS["2026"] + d.O_BIJ_PLUS["2026"])]),
          Row("Uurtarief (€)", [dec(d.O_TARIEF["2025"], 2), dec(d.O_TARIEF["2026"], 2)]),
          Row("Uren basistaken", [grp(d.O_MEM_TOT["hb25"]), grp(d.O_MEM_TOT["hb"])]),
          Row("Uren plustaken", [grp(d.O_MEM_TOT["hp25"]), grp(d.O_MEM_TOT["hp"])]),
          Row("Formatie (fte)", [d.O_FTE_TOT[0], d.O_FTE_TOT[1]])]
    doc.table(Table("Tabel 1.1 Kerncijfers", [Col(283, [""], "L"), Col(100, ["Begroting", "2025"]),
                                               Col(100, ["Begroting", "2026"])], kc,
                    header_fill=PALE, header_color=TEAL, rule_color=TEAL, zebra=(0.96, 0.96, 0.96),
                    figures_on="first", caption_color=TEAL))

    H1(doc, "2 Keuzes in deze begroting")
    P(doc, "Het algemeen bestuur heeft bij de kaderbrief 2026 vier keuzes gemaakt die in deze begroting zijn "
           "verwerkt.")
    choices = [
        ("Tarief alleen met de indexatie en het VTH-systeem omhoog.",
         f"Het uurtarief stijgt met de gewogen indexatie van {dec(d.O_INDEX['gewogen'])}% en met "
         f"€ {dec(d.O_TARIEF_VTH_SYSTEEM, 2)} voor de kosten van het nieuwe VTH-systeem. Andere nieuwe kosten "
         "vangen wij op binnen de begroting."),
        ("Meer toezicht op asbest en op de energiebesparingsplicht.",
         f"Wij breiden het toezicht uit met {d.O_ASBEST_FTE} fte. Deelnemers die dit willen, nemen het af als "
         "plustaak; de uitbreiding wordt daarom betaald uit de bijdragen voor plustaken."),
        ("Minder inhuur, meer eigen mensen.",
         f"De inhuur daalt van {d.O_INHUUR['2025']}% naar {d.O_INHUUR['2026']}% van de loonsom. Wij leiden in "
         f"2026 {d.O_TRAINEES} trainees op tot toezichthouder en vergunningverlener."),
        ("Geen nieuwe taken zonder geld.",
         "Taken die het Rijk overdraagt zonder financiering, zoals de bodemtaken onder de Omgevingswet, voeren "
         "wij alleen uit als deelnemers ze als plustaak afnemen."),
    ]
    for title, text in choices:
        doc.para(title, "B", BODY, 13.2, after=1, bullet="•")
        P(doc, text, indent=10)

    # -------------------------------------------------------------------- 3 financieel overzicht
    H1(doc, "3 Overzicht van baten en lasten", new_page=True)
    P(doc, "Lasten en baten staan zonder teken. Het saldo is de baten min de lasten; een minteken is een tekort. "
           "Het resultaat is het saldo min de toevoegingen plus de onttrekkingen aan reserves. Alle bedragen "
           "zijn in k€ (duizenden euro's).")
    cols = [Col(153, ["Bedragen in k€"], "L")] + [
        Col(55, [h1, h2]) for h1, h2 in (("Rekening", "2024*"), ("Begroting", "2025"), ("Begroting", "2026"),
                                        ("Raming", "2027"), ("Raming", "2028"), ("Raming", "2029"))]
    rows = [Row("Lasten", [], kind="group"),
            Row("VTH-basistaken", [k_(d.O_L_BASIS[y]) for y in Y]),
            Row("VTH-plustaken", [k_(d.O_L_PLUS[y]) for y in Y]),
            Row("Bedrijfsvoering", [k_(d.O_L_BEDR[y]) for y in Y]),
            Row("", [k_(d.O_LASTEN[y]) for y in Y], kind="boldnolabel"),
            Row("Baten", [], kind="group"),
            Row("Bijdragen deelnemers basistaken", [k_(d.O_BIJ_BASIS[y]) for y in Y]),
            Row("Bijdragen deelnemers plustaken", [k_(d.O_BIJ_PLUS[y]) for y in Y]),
            Row("Projecten en subsidies", [k_(d.O_PROJECTEN[y]) for y in Y]),
            Row("Overige baten", [k_(d.O_OVERIG[y]) for y in Y]),
            Row("", [k_(d.O_BATEN[y]) for y in Y], kind="boldnolabel"),
            Row("Saldo van baten en lasten", [k_(d.O_SALDO[y]) for y in Y], kind="sub"),
            Row("Toevoeging aan reserves", [k_(d.O_TOE[y]) for y in Y]),
            Row("Onttrekking aan reserves", [k_(d.O_ONT[y]) for y in Y]),
            Row("Resultaat", [k_(d.O_RESULT[y]) for y in Y], kind="total")]
    doc.table(Table("Tabel 3.1 Overzicht van baten en lasten 2024-2029", cols, rows, header_fill=PALE,
                    header_color=TEAL, rule_color=TEAL, figures_on="first", caption_color=TEAL,
                    note_below=["* Rekening 2024: voorlopige cijfers; de jaarrekening 2024 is nog niet door de "
                                "accountant gecontroleerd."]))
    P(doc, "De lasten stijgen in 2026 vooral door de cao-verhoging, het nieuwe VTH-systeem en de uitbreiding van "
           "het toezicht op asbest en energiebesparing. Vanaf 2027 dalen de projecten en subsidies, omdat de "
           "rijkssubsidie voor het programma Schone Lucht afloopt.")

    # -------------------------------------------------------------------- 4 programma's (cards)
    H1(doc, "4 Programma's")
    P(doc, "De begroting kent drie programma's. Per programma staan hieronder de lasten, de baten en het saldo "
           "volgens de begroting 2025 en de begroting 2026, met de formatie.")
    cards(doc)
    prog_text = {
        "VTH-basistaken": "De basistaken zijn de wettelijke milieutaken die iedere deelnemer bij de omgevingsdienst "
                          "moet beleggen: vergunningverlening, toezicht en handhaving bij bedrijven, de "
                          "BRZO-bedrijven voor de provincie, en het toezicht op bodem en asbest.",
        "VTH-plustaken": "Plustaken zijn taken die een deelnemer vrijwillig inbrengt, zoals energietoezicht, "
                         "geluid bij evenementen, bodemadvies bij bouwplannen en het toezicht op de "
                         "energiebesparingsplicht boven het basisniveau.",
        "Bedrijfsvoering": "Onder bedrijfsvoering vallen de directie, financiën, ICT, HRM, informatiebeheer en de "
                           "huisvesting. De kosten worden via het uurtarief doorberekend in de bijdragen.",
    }
    for name, txt in prog_text.items():
        H2(doc, name)
        P(doc, txt)

    # -------------------------------------------------------------------- 5 uitgangspunten
    H1(doc, "5 Uitgangspunten en uurtarief")
    P(doc, "Wij indexeren de begroting met de gewogen index die de Twentse gemeenten hanteren voor hun "
           "gemeenschappelijke regelingen: de loonkosten met de verwachte cao-stijging en de overige kosten met "
           "de prijsindex van het CPB.")
    doc.table(Table("Tabel 5.1 Indexatie 2026", [Col(243, ["Onderdeel"], "L"), Col(120, ["Weging"]),
                                                 Col(120, ["Indexatie 2026"])],
                    [Row("Loonkosten (cao)", [f"{d.O_INDEX['w_loon']}%", f"{dec(d.O_INDEX['loon'])}%"]),
                     Row("Prijzen (materiële kosten)", [f"{d.O_INDEX['w_prijs']}%", f"{dec(d.O_INDEX['prijs'])}%"]),
                     Row("Gewogen indexatie", ["100%", f"{dec(d.O_INDEX['gewogen'])}%"], kind="total")],
                    header_fill=PALE, header_color=TEAL, rule_color=TEAL, figures_on="first", caption_color=TEAL))
    P(doc, f"Het uurtarief 2026 is € {dec(d.O_TARIEF['2026'], 2)}. Het is opgebouwd uit het tarief 2025 van "
           f"€ {dec(d.O_TARIEF['2025'], 2)}, verhoogd met de gewogen indexatie van {dec(d.O_INDEX['gewogen'])}% tot "
           f"€ {dec(d.O_TARIEF_GEINDEXEERD, 2)}, plus € {dec(d.O_TARIEF_VTH_SYSTEEM, 2)} voor de kapitaallasten en "
           "licenties van het nieuwe VTH-systeem. Het tarief is integraal: het dekt ook de kosten van de "
           "bedrijfsvoering.")
    P(doc, f"Voor de meerjarenraming gaan wij uit van een indexatie van {dec(d.O_INDEX_MJ['2027'])}% in 2027 en "
           f"{dec(d.O_INDEX_MJ['2028'])}% in 2028 en 2029. Het uurtarief wordt dan € {dec(d.O_TARIEF['2027'], 2)} "
           f"in 2027, € {dec(d.O_TARIEF['2028'], 2)} in 2028 en € {dec(d.O_TARIEF['2029'], 2)} in 2029. De uren per "
           "deelnemer houden wij gelijk aan 2026.")

    # -------------------------------------------------------------------- 6 bijdragen
    H1(doc, "6 Bijdragen van de deelnemers")
    P(doc, "Iedere deelnemer betaalt voor de uren die de omgevingsdienst voor hem werkt: de bijdrage is het "
           "aantal uren maal het uurtarief. De uren voor de basistaken volgen uit het werkprogramma dat iedere "
           "deelnemer met ons afspreekt; de uren voor plustaken uit de afspraken per deelnemer. Tabel 6.1 op de "
           "volgende pagina geeft de uren en bijdragen voor 2026, tabel 6.2 de bijdragen voor 2026-2029.")
    members_table(doc)
    doc.new_page()
    doc.heading("Meerjarige bijdragen 2026-2029", 2, "B", 13, TEAL, before=0, after=8)
    P(doc, "De meerjarige bijdragen zijn de uren 2026 maal het geraamde uurtarief van het jaar, afgerond op "
           "duizenden euro's. De duizendtallen zijn in deze tabel gescheiden door een apostrof.")
    rows = [Row(m["name"], [apo(d.O_MJ[m["name"]][y]) for y in ("2026", "2027", "2028", "2029")])
            for m in d.O_MEM]
    rows.append(Row("", [apo(d.O_MJ_TOT[y]) for y in ("2026", "2027", "2028", "2029")], kind="boldnolabel"))
    doc.table(Table("Tabel 6.2 Bijdragen per deelnemer 2026-2029", [Col(171, ["Deelnemer"], "L")] + [
        Col(78, ["Begroting", "2026"]), Col(78, ["Raming", "2027"]), Col(78, ["Raming", "2028"]),
        Col(78, ["Raming", "2029"])], rows, scale="Bedragen in k€", scale_pos="above", header_fill=PALE,
        header_color=TEAL, rule_color=TEAL, figures_on="first", caption_color=TEAL, zebra=(0.96, 0.96, 0.96)))

    # -------------------------------------------------------------------- 7 reserves
    H1(doc, "7 Reserves")
    rows = [Row(r["name"], [grp(r["s0"]), grp(r["toe"]), grp(r["ont"]), grp(r["s1"])]) for r in d.O_RES]
    T = d.O_RES_TOT
    rows.append(Row("Totaal reserves", [grp(T["s0"]), grp(T["toe"]), grp(T["ont"]), grp(T["s1"])], kind="total"))
    doc.table(Table("Tabel 7.1 Verloop reserves 2026 (k€)", [Col(175, ["Reserve"], "L"), Col(77, ["Stand", "1-1-2026"]),
                                                             Col(77, ["Toevoeging", "2026"]),
                                                             Col(77, ["Onttrekking", "2026"]),
                                                             Col(77, ["Stand", "31-12-2026"])], rows,
                    header_fill=PALE, header_color=TEAL, rule_color=TEAL, figures_on="first", caption_color=TEAL))
    H2(doc, "Algemene reserve")
    P(doc, "De algemene reserve vangt risico's op die niet in de begroting zijn voorzien. Het algemeen bestuur "
           "heeft de omvang begrensd op 5% van de lasten; een overschot boven die grens betalen wij terug aan de "
           "deelnemers naar rato van hun bijdrage.")
    H2(doc, "Bestemmingsreserve digitalisering VTH")
    P(doc, "Deze reserve is gevormd voor de overgang naar het nieuwe VTH-systeem en de aansluiting op het Digitaal "
           f"Stelsel Omgevingswet (DSO). In 2026 onttrekken wij k€ {d.O_RES[1]['ont']} voor de dubbele "
           "licentiekosten en de migratie van de dossiers.")
    H2(doc, "Bestemmingsreserve frictiekosten")
    P(doc, "Deze reserve dekt de frictiekosten als een deelnemer taken terugneemt of minder uren afneemt.")

    # -------------------------------------------------------------------- 8 weerstandsvermogen
    H1(doc, "8 Risico's en weerstandsvermogen")
    P(doc, "Wij kwantificeren de risico's als kans maal financieel effect. De som is de benodigde "
           "weerstandscapaciteit; daartegenover staat de algemene reserve als beschikbare capaciteit.")
    rows = [Row(r["name"], [f"{r['kans']}%", grp(r["effect"]), grp(r["bedrag"])]) for r in d.O_RISKS]
    rows.append(Row("Benodigde weerstandscapaciteit", ["", "", grp(d.O_BENODIGD)], kind="total"))
    doc.table(Table("Tabel 8.1 Risico's (k€)", [Col(243, ["Risico"], "L"), Col(70, ["Kans"]),
                                                Col(85, ["Financieel", "effect"]), Col(85, ["Benodigd"])], rows,
                    header_fill=PALE, header_color=TEAL, rule_color=TEAL, figures_on="first", caption_color=TEAL))
    doc.table(Table("Tabel 8.2 Weerstandsvermogen 2026", [Col(343, [""], "L"), Col(140, ["2026"])],
                    [Row("Beschikbare weerstandscapaciteit (k€)", [grp(d.O_BESCHIKBAAR)]),
                     Row("Benodigde weerstandscapaciteit (k€)", [grp(d.O_BENODIGD)]),
                     Row("Ratio weerstandsvermogen", [dec(d.O_RATIO, 2)], kind="total")],
                    header_fill=PALE, header_color=TEAL, rule_color=TEAL, figures_on="first", caption_color=TEAL))
    P(doc, f"Met een ratio van {dec(d.O_RATIO, 2)} is het weerstandsvermogen voldoende (de norm van het algemeen "
           "bestuur is een ratio tussen 1,0 en 1,4). Het grootste risico zijn loon- en prijsstijgingen boven de "
           "indexatie; daarnaast maakt de krapte op de arbeidsmarkt inhuur duurder.")

    # -------------------------------------------------------------------- 9 bedrijfsvoering
    H1(doc, "9 Bedrijfsvoering en formatie")
    rows = [Row(n, [v[0], v[1]]) for n, v in d.O_FTE.items()]
    rows.append(Row("", [d.O_FTE_TOT[0], d.O_FTE_TOT[1]], kind="boldnolabel"))
    doc.table(Table("Tabel 9.1 Formatie per programma (fte)", [Col(243, ["Programma"], "L"),
                                                              Col(120, ["Begroting", "2025"]),
                                                              Col(120, ["Begroting", "2026"])], rows,
                    header_fill=PALE, header_color=TEAL, rule_color=TEAL, figures_on="first", caption_color=TEAL))
    P(doc, f"De formatie groeit van {d.O_FTE_TOT[0]} naar {d.O_FTE_TOT[1]} fte, vooral door de uitbreiding van het "
           f"toezicht op asbest en energiebesparing ({d.O_ASBEST_FTE} fte) en de trainees. Het ziekteverzuim was in "
           "2024 5,9%; ons doel is 5,0%.")
    return doc


def cards(doc):
    gap = 12
    cw = (doc.width - 2 * gap) / 3
    top = doc.y - 8
    h = 122
    doc.ensure(h + 16)
    top = doc.y - 8
    for i, p in enumerate(d.O_PROG):
        x = doc.left + i * (cw + gap)
        doc.rect(x, top - h, cw, h, stroke=TEAL, lw=0.9)
        doc.rect(x, top - 20, cw, 20, fill=TEAL)
        doc.text(x + 8, top - 14, p["name"], "B", 10, WHITE)
        yy = top - 36
        doc.text(x + cw - 62, yy, "2025", "B", 8, GREY, "R")
        doc.text(x + cw - 8, yy, "2026", "B", 8, GREY, "R")
        rows = [("Lasten", p["lasten"]), ("Baten", p["baten"]), ("Saldo", p["saldo"])]
        for j, (lab, vals) in enumerate(rows):
            yy -= 17
            f = "B" if lab == "Saldo" else "R"
            if lab == "Saldo":
                doc.line(x + 8, yy + 12, x + cw - 8, yy + 12, 0.6, TEAL)
            doc.text(x + 8, yy, lab, f, 9)
            doc.text(x + cw - 62, yy, "k€ " + nl(vals["2025"]), f, 9, align="R")
            doc.text(x + cw - 8, yy, "k€ " + nl(vals["2026"]), f, 9, align="R")
        yy -= 20
        fte = d.O_FTE[p["name"]]
        doc.text(x + 8, yy, "Formatie", "I", 8.5, GREY)
        doc.text(x + cw - 62, yy, fte[0] + " fte", "I", 8.5, GREY, "R")
        doc.text(x + cw - 8, yy, fte[1] + " fte", "I", 8.5, GREY, "R")
    doc.y = top - h - 10


def members_table(doc):
    doc.new_page(landscape=True)
    doc.space(2)
    cols = [Col(130, ["Deelnemer"], "L"), Col(66, ["Uren"]), Col(64, ["Uurtarief", "(€)"]),
            Col(88, ["Bijdrage", "(€)"]), Col(66, ["Uren"]), Col(64, ["Uurtarief", "(€)"]),
            Col(88, ["Bijdrage", "(€)"]), Col(82, ["Totaal", "2026 (€)"]), Col(82, ["Totaal", "2025 (€)"])]
    t26 = dec(d.O_TARIEF["2026"], 2)
    rows = [Row(m["name"], [grp(m["hb"]), t26, grp(m["bb"]), grp(m["hp"]), t26, grp(m["bp"]), grp(m["tot"]),
                            grp(m["tot25"])]) for m in d.O_MEM]
    T = d.O_MEM_TOT
    rows.append(Row("", [grp(T["hb"]), "", grp(T["bb"]), grp(T["hp"]), "", grp(T["bp"]), grp(T["tot"]),
                         grp(T["tot25"])], kind="boldnolabel"))
    doc.table(Table("Tabel 6.1 Uren en bijdragen per deelnemer 2026", cols, rows,
                    spans=[("Basistaken", 1, 3), ("Plustaken", 4, 6), ("Totaal bijdrage", 7, 8)],
                    header_fill=PALE, header_color=TEAL, rule_color=TEAL, figures_on="first", caption_color=TEAL,
                    zebra=(0.96, 0.96, 0.96),
                    note_below=[f"Bijdrage = uren x uurtarief. Uurtarief 2026: € {t26} (2025: "
                                f"€ {dec(d.O_TARIEF['2025'], 2)}). Bedragen in hele euro's; de kolom Totaal 2025 is "
                                "de bijdrage volgens de begroting 2025."]))
    P(doc, "De provincie Overijssel neemt het grootste deel van de uren af, vooral voor het toezicht op de "
           "BRZO-bedrijven en de grote industriële bedrijven. Van de gemeenten neemt Enschede de meeste uren af.")


def decorate(doc):
    total = len(doc.pages)
    saved = doc.pages
    for n, pg in enumerate(saved, start=1):
        if getattr(pg, "bare", False):
            continue
        doc.pages = saved[:n]
        w, h = pg.width, pg.height
        doc.text(56, h - 40, "Omgevingsdienst Twente", "B", 8, TEAL)
        doc.text(w - 56, h - 40, "Begroting 2026", "R", 8, GREY, "R")
        doc.line(56, h - 46, w - 56, h - 46, 0.6, TEAL)
        doc.text(w / 2, 34, f"pagina {n} van {total}", "R", 8, GREY, "C")
    doc.pages = saved


def main():
    out = Path(sys.argv[1])
    first = build()
    toc = [(lvl, text, pg) for lvl, text, pg in first.headings if text != "Inhoud" and lvl <= 1]
    doc = build(toc)
    assert [(a, b, c) for a, b, c in doc.headings if b != "Inhoud" and a <= 1] == toc
    decorate(doc)
    spec = {"fonts": FILES, "pages": [dict(width=p.width, height=p.height, prims=p.prims) for p in doc.pages],
            "meta": dict(title="Begroting 2026 Omgevingsdienst Twente (FICTIEF)", author="set-ba evaluatieset",
                         subject="Begroting 2026 en meerjarenraming 2027-2029, fictieve cijfers",
                         keywords=["begroting", "omgevingsdienst", "fictief"],
                         creator="gen_odt.py + render_odt.mjs (pdf-lib)", date="2025-04-15T10:00:00Z")}
    here = Path(__file__).resolve().parent
    with tempfile.TemporaryDirectory() as td:
        js = Path(td) / "pages.json"
        js.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
        subprocess.run(["node", str(here / "render_odt.mjs"), str(js), str(out), str(FONTDIR)], check=True,
                       env=dict(os.environ))


if __name__ == "__main__":
    main()
