"""Belastingsamenwerking Gouwe-Rijnland (BSGR), Jaarstukken 2024 (FICTIONAL figures).

Laid out with layout.py, drawn by Scribus 1.5 (scribus_draw.py, headless under xvfb-run).
Run: python gen_bsgr.py OUT.pdf
"""
import json
import os
import subprocess
import sys
import tempfile

import data as D
from fmt import nl_dec, nl_int
from layout import A4, Cell, Doc, Row, text_width, wrap

BLUE = (0.0, 0.26, 0.48)
LBLUE = (0.90, 0.94, 0.98)
ORANGE = (0.91, 0.45, 0.05)
GREY = (0.33, 0.33, 0.33)

STYLE = {
    "h1": dict(font="car-b", size=18, color=BLUE, before=0, after=12),
    "h2": dict(font="car-b", size=13, color=BLUE, before=10, after=6),
    "h3": dict(font="car-bi", size=10.5, color=(0.1, 0.1, 0.1), before=6, after=3),
    "body": dict(font="car", size=10, lead=13.4, after=6, bold="car-b"),
    "note": dict(font="car", size=7.8, lead=9.8, color=(0.2, 0.2, 0.2)),
}
TS = dict(font="car", bold="car-b", italic="car-i", size=8.4, lead=10.2, pad=2.2,
          head_fill=None, head_color=(0, 0, 0), head_top_rule=1.6, head_rule=0.8, foot_rule=1.6,
          rule_color=BLUE, rule_lw=0.5, cap_font="car-b", cap_size=10, cap_color=BLUE, after=12)


def e(x):
    """whole euros with ',-'"""
    return nl_int(x) + ",-"


def eur(x):
    return "\u20ac " + nl_int(x)


def build(toc_pages=None):
    doc = Doc(STYLE, margins=(58, 56, 72, 64))
    chapters = []

    def chapter(title):
        doc.new_page()
        doc.heading(title, 1)
        chapters.append((title, doc.page.number))

    # cover
    pg = doc.page
    pg.rect(0, 0, 14, A4[1], fill=BLUE)
    pg.text(58, 150, "Belastingsamenwerking", "car-b", 26, BLUE)
    pg.text(58, 182, "Gouwe-Rijnland", "car-b", 26, BLUE)
    pg.line(58, 200, 300, 200, lw=2.5, color=ORANGE)
    pg.text(58, 240, "Jaarstukken 2024", "car-b", 22, (0.1, 0.1, 0.1))
    pg.text(58, 262, "Jaarverslag en jaarrekening", "car", 13, GREY)
    pg.text(58, 296, "Aangeboden aan het algemeen bestuur op 10 april 2025", "car", 10.5, GREY)
    pg.rect(58, 380, 470, 104, fill=(1.0, 0.95, 0.86), stroke=ORANGE, lw=1.2)
    pg.text(72, 404, "FICTIEF DOCUMENT", "car-b", 13.5, (0.65, 0.27, 0.0))
    y = 424
    for ln in wrap("Dit document is gemaakt voor een evaluatieset. De Belastingsamenwerking Gouwe-Rijnland "
                   "bestaat echt, maar alle bedragen, aantallen, percentages en namen van personen in dit "
                   "document zijn verzonnen. Gebruik deze cijfers niet als informatie over de BSGR of over "
                   "de deelnemers.", "car", 10, 440):
        pg.text(72, y, ln, "car", 10, (0.3, 0.15, 0.0))
        y += 13.2
    pg.text(58, 770, "BSGR · Postbus 1234 · Leiden (fictief adres)", "car", 8.5, GREY)

    # inhoud
    doc.new_page()
    doc.heading("Inhoudsopgave", 1)
    st = STYLE["body"]
    for t, p in (toc_pages or [("x", 0)] * 12):
        doc.y += st["lead"] + 1
        doc.page.text(doc.ml, doc.y, t, "car", st["size"])
        doc.page.text(doc.ml + 400, doc.y, str(p), "car", st["size"], align="right")

    # kerncijfers (figures and labels in separate frames)
    chapter("Kerncijfers 2024")
    doc.para("De belangrijkste cijfers van 2024 in één overzicht. De toelichting staat in het jaarverslag.")
    tiles = [
        (nl_int(D.AANSLAGEN_2024), "aanslagbiljetten verstuurd"),
        ("268.914", "WOZ-objecten gewaardeerd"),
        ("7.842", "bezwaarschriften WOZ ontvangen"),
        ("14.218", "verzoeken om kwijtschelding"),
        ("97,1%", "ingevorderd op 31 december 2024"),
        (nl_dec(D.FTE_BEZET, 1) + " fte", "bezetting op 31 december 2024"),
        (eur(D.B_L_TOT[3]), "totale lasten 2024"),
        (eur(D.RESULTAAT_2024), "voordelig resultaat 2024"),
    ]
    y0 = doc.y + 14
    for i, (val, lab) in enumerate(tiles):
        cx = doc.ml + (i % 2) * 245
        cy = y0 + (i // 2) * 92
        doc.page.rect(cx, cy, 230, 78, fill=LBLUE)
        doc.page.rect(cx, cy, 5, 78, fill=ORANGE)
        doc.page.text(cx + 18, cy + 38, val, "car-b", 22, BLUE, role="kf-value")
        doc.page.text(cx + 18, cy + 60, lab, "car", 10, GREY, role="kf-label")
    doc.y = y0 + 4 * 92 + 10
    doc.para("Alle bedragen in deze jaarstukken zijn in hele euro's, geschreven als 1.234,-. Een negatief bedrag "
             "heeft een minteken. In de kolom V/N staat of een verschil voordelig (V) of nadelig (N) is voor de "
             "BSGR; het verschil zelf staat zonder teken.")

    # 1 jaarverslag
    chapter("1 Jaarverslag")
    doc.heading("1.1 Over de BSGR", 2)
    doc.para("De Belastingsamenwerking Gouwe-Rijnland (BSGR) is een gemeenschappelijke regeling van elf gemeenten "
             "en het Hoogheemraadschap van Rijnland. De BSGR heft en int namens de deelnemers de lokale "
             "belastingen en stelt de WOZ-waarde vast van alle onroerende zaken in de deelnemende gemeenten. De "
             "deelnemers blijven zelf verantwoordelijk voor het belastingbeleid en de tarieven.")
    doc.para("De deelnemende gemeenten zijn Alphen aan den Rijn, Bodegraven-Reeuwijk, Gouda, Kaag en Braassem, "
             "Katwijk, Leiden, Leiderdorp, Nieuwkoop, Oegstgeest, Wassenaar en Zoeterwoude. Elke deelnemer heeft "
             "één stem in het algemeen bestuur. Voor Wassenaar heft de BSGR onder meer de onroerendezaakbelastingen, "
             "de rioolheffing, de afvalstoffenheffing, de hondenbelasting, de toeristenbelasting, de "
             "precariobelasting, de ondernemersheffing en de BIZ-bijdragen.")
    doc.heading("1.2 Het jaar 2024", 2)
    doc.para("2024 was het eerste jaar van het meerjarenplan 'Samen slim heffen'. Het aantal bezwaarschriften "
             "tegen de WOZ-waarde daalde van 9.316 in 2023 naar 7.842 in 2024. Dat komt vooral doordat wij "
             "eigenaren vooraf beter informeren over de waardering en hen vaker bellen als zij een vraag hebben "
             "over hun aanslag. Toch kwam nog steeds 61% van de bezwaren van no-cure-no-pay-bureaus. Omdat de "
             "BSGR bij een gegrond bezwaar een proceskostenvergoeding moet betalen, vielen deze kosten hoger uit "
             "dan in de primitieve begroting was geraamd.")
    doc.para("Het algemeen bestuur heeft in juni 2024 de eerste begrotingswijziging vastgesteld. Daarmee kwamen "
             "extra middelen beschikbaar voor de inhuur van taxateurs en voor de proceskostenvergoedingen. Ook is "
             "de voorbereiding van de vervanging van de belastingapplicatie gestart; de kosten daarvan worden "
             "gedekt uit de bestemmingsreserve vervanging belastingapplicatie.")
    doc.para("Het aantal verzoeken om kwijtschelding steeg naar 14.218. Meer huishoudens hebben moeite om rond te "
             "komen. Wij hebben 92,4% van de verzoeken binnen acht weken afgehandeld; de norm is 90%.")

    # 2 programmaverantwoording
    chapter("2 Programmaverantwoording")
    doc.para("De BSGR heeft één programma: Heffen en innen. Hieronder staan de productiecijfers van 2024 naast "
             "de begroting en de realisatie van 2023. Waar het algemeen bestuur een norm heeft vastgesteld, staat "
             "die in de kolom Norm.")
    cols = [(190, "left"), (54, "right"), (66, "right"), (74, "right"), (74, "right")]
    hdr = [Row(["Prestatie", "Norm", "Begroot 2024", "Realisatie 2024", "Realisatie 2023"])]
    rows = [Row([lab, norm or "", beg or "", r24, r23]) for lab, norm, beg, r24, r23 in D.PRODUCTIE]
    rows.append(Row(["Kosten per aanslagbiljet", "", "", "\u20ac " + nl_dec(D.KOSTEN_PER_AANSLAG, 2), ""]))
    doc.table(cols, hdr, rows, TS, caption="Tabel 2.1 Productie en prestaties")
    doc.heading("Waarderen", 3)
    doc.para("Wij hebben 268.914 WOZ-objecten gewaardeerd naar de waardepeildatum 1 januari 2023. De Waarderingskamer "
             "heeft de kwaliteit van de WOZ-uitvoering van de BSGR in 2024 opnieuw beoordeeld als 'goed'.")
    doc.heading("Heffen en invorderen", 3)
    doc.para("In februari 2024 zijn de gecombineerde aanslagen verstuurd. Het invorderingspercentage op 31 "
             "december 2024 was 97,1%, boven de norm van 96%. De opbrengst van aanmaningen en dwangbevelen was "
             "hoger dan begroot, doordat meer belastingplichtigen te laat betaalden.")
    doc.heading("Kwijtschelding", 3)
    doc.para("Van de 14.218 verzoeken om kwijtschelding is 68% geheel of gedeeltelijk toegekend. De BSGR voert de "
             "kwijtschelding uit volgens de regels die elke deelnemer zelf vaststelt.")

    # 3 financien
    chapter("3 Financiële verantwoording")
    doc.heading("3.1 Overzicht van baten en lasten", 2)
    doc.para("Het overzicht vergelijkt de realisatie 2024 met de primitieve begroting 2024 en met de begroting "
             "na de eerste wijziging. Het verschil is berekend ten opzichte van de begroting na wijziging.")
    cols = [(150, "left"), (62, "right"), (62, "right"), (62, "right"), (62, "right"), (56, "right"), (22, "center")]
    hdr = [Row(["Kostensoort", "Realisatie 2023", "Begroting 2024 primitief", "Begroting 2024 na wijziging",
                "Realisatie 2024", "Verschil", "V/N"])]
    rows = [Row([Cell("Lasten")] + [""] * 6, italic=True)]
    marks = {"Inhuur derden": " a)", "Proceskostenvergoedingen bezwaar en beroep": " b)"}
    for nm, r23, bp, bn, r24 in D.B_LASTEN:
        d, vn = D.vn_lasten(bn, r24)
        rows.append(Row([nm + marks.get(nm, ""), e(r23), e(bp), e(bn), e(r24), e(d), vn], indent=6))
    d, vn = D.vn_lasten(D.B_L_TOT[2], D.B_L_TOT[3])
    rows.append(Row(["Totaal lasten"] + [e(v) for v in D.B_L_TOT] + [e(d), vn], bold=True, rule_above=True))
    rows.append(Row([Cell("Baten")] + [""] * 6, italic=True))
    for nm, r23, bp, bn, r24 in D.B_BATEN:
        d, vn = D.vn_baten(bn, r24)
        rows.append(Row([nm, e(r23), e(bp), e(bn), e(r24), e(d), vn], indent=6))
    d, vn = D.vn_baten(D.B_B_TOT[2], D.B_B_TOT[3])
    rows.append(Row(["Totaal baten"] + [e(v) for v in D.B_B_TOT] + [e(d), vn], bold=True, rule_above=True))
    d, vn = D.vn_baten(D.B_SALDO[2], D.B_SALDO[3])
    rows.append(Row(["Saldo van baten en lasten"] + [e(v) for v in D.B_SALDO] + [e(d), vn], bold=True, rule_above=True))
    d, vn = D.vn_baten(D.B_ONTT[2], D.B_ONTT[3])
    rows.append(Row(["Onttrekking bestemmingsreserve"] + [e(v) for v in D.B_ONTT] + [e(d), vn]))
    d, vn = D.vn_baten(D.B_RESULTAAT[2], D.B_RESULTAAT[3])
    rows.append(Row(["Resultaat"] + [e(v) for v in D.B_RESULTAAT] + [e(d), vn], bold=True, rule_above=True))
    doc.table(cols, hdr, rows, TS, caption="Tabel 3.1 Baten en lasten 2024 naar kostensoort",
              notes=["a) Inclusief de inhuur van taxateurs voor de herwaardering van niet-woningen.",
                     "b) Vergoedingen die de BSGR bij gegronde bezwaren en beroepen moet betalen, vooral aan "
                     "no-cure-no-pay-bureaus."])
    doc.heading("3.2 Toelichting op de verschillen", 2)
    L = {r[0]: r for r in D.B_LASTEN}
    por = L["Porti en drukwerk"]
    ict = L["ICT en applicaties"]
    pk = L["Proceskostenvergoedingen bezwaar en beroep"]
    doc.heading("Porti en drukwerk", 3)
    doc.para(f"De kosten van porti en drukwerk waren {eur(por[3] - por[4])} lager dan begroot. Meer inwoners "
             "ontvangen hun aanslag digitaal in de Berichtenbox van MijnOverheid, waardoor minder aanslagen "
             "per post zijn verstuurd.")
    doc.heading("ICT en applicaties", 3)
    doc.para(f"De ICT-kosten waren {eur(ict[3] - ict[4])} lager dan de begroting na wijziging, omdat een deel van "
             "de licenties voor de nieuwe belastingapplicatie pas in 2025 wordt afgenomen.")
    doc.heading("Proceskostenvergoedingen", 3)
    doc.para(f"Ook na de begrotingswijziging bleven de proceskostenvergoedingen {eur(pk[3] - pk[4])} onder de "
             f"raming, doordat het aantal bezwaren daalde. Ten opzichte van de primitieve begroting waren de "
             f"kosten {eur(pk[4] - pk[2])} hoger.")
    doc.heading("Inhuur derden", 3)
    inh = L["Inhuur derden"]
    doc.para(f"De inhuur was {eur(inh[4] - inh[3])} hoger dan begroot na wijziging. Vacatures voor taxateurs en "
             "medewerkers invordering waren moeilijk te vervullen en zijn tijdelijk met inhuur ingevuld.")

    doc.heading("3.3 Bijdragen van de deelnemers", 2)
    doc.para("De bijdrage per deelnemer wordt berekend met de verdeelsleutel uit de gemeenschappelijke regeling: "
             "een vast deel per WOZ-object en een variabel deel per aanslagbiljet. De deelnemers betalen in 2024 "
             "voorschotten op basis van de begroting na wijziging. Na afloop van het jaar is de bijdrage "
             "herberekend met de werkelijke aantallen; dat is de werkelijke bijdrage 2024. Het deel van het "
             "resultaat dat naar de deelnemers teruggaat, wordt verrekend met de voorschotten 2025.")
    cols = [(142, "left"), (68, "right"), (68, "right"), (68, "right"), (62, "right"), (68, "right")]
    hdr = [Row(["Deelnemer", "Begroting 2024 primitief", "Begroting 2024 na wijziging", "Werkelijke bijdrage 2024",
                "Terugbetaling b)", "Netto bijdrage 2024"])]
    rows = []
    for nm, _, _ in D.MEMBERS:
        rows.append(Row([nm + (" a)" if nm.startswith("Hoogheemraadschap") else ""), e(D.PRIM[nm]), e(D.NW[nm]),
                         e(D.WERK[nm]), e(D.TERUG[nm]), e(D.NETTO[nm])]))
    rows.append(Row(["Totaal", e(sum(D.PRIM.values())), e(sum(D.NW.values())), e(sum(D.WERK.values())),
                     e(sum(D.TERUG.values())), e(sum(D.NETTO.values()))], bold=True, rule_above=True))
    doc.table(cols, hdr, rows, TS, caption="Tabel 3.2 Bijdragen per deelnemer 2024",
              notes=["a) Het hoogheemraadschap betaalt voor de heffing van de watersysteemheffing en de "
                     "zuiveringsheffing in zijn hele beheergebied, ook buiten de deelnemende gemeenten.",
                     f"b) Aandeel in het resultaat 2024 na toevoeging van {eur(D.BESTEM_RESERVE_2024)} aan de "
                     "algemene reserve, naar rato van de werkelijke bijdrage. Onder voorbehoud van het besluit "
                     "van het algemeen bestuur."])

    doc.heading("3.4 Resultaat en resultaatbestemming", 2)
    doc.para(f"De jaarrekening 2024 sluit met een voordelig resultaat van {eur(D.RESULTAAT_2024)}. Het dagelijks "
             f"bestuur stelt voor om {eur(D.BESTEM_RESERVE_2024)} toe te voegen aan de algemene reserve en het "
             f"restant van {eur(D.TERUG_2024)} terug te betalen aan de deelnemers, naar rato van hun werkelijke "
             f"bijdrage. Na de toevoeging blijft de algemene reserve onder het plafond van "
             f"{D.ALG_RES_PLAFOND_PCT}% van de begrote lasten ({eur(D.ALG_RES_PLAFOND)}).")
    cols = [(250, "left"), (100, "right")]
    hdr = [Row(["Resultaatbestemming 2024", "Bedrag"])]
    rows = [Row(["Resultaat 2024 (voordelig)", e(D.RESULTAAT_2024)]),
            Row(["Toevoeging aan de algemene reserve", e(D.BESTEM_RESERVE_2024)]),
            Row(["Terugbetaling aan de deelnemers", e(D.TERUG_2024)], bold=True, rule_above=True)]
    doc.table(cols, hdr, rows, TS, caption="Tabel 3.3 Voorstel resultaatbestemming")

    # 4 reserves en weerstandsvermogen
    chapter("4 Paragrafen")
    doc.heading("4.1 Reserves", 2)
    doc.para(f"De algemene reserve vangt tegenvallers op. In 2024 is het resultaat over 2023 van "
             f"{eur(D.RESULTAAT_2023)} voor {eur(D.ALG_RES_TOEV_2024)} aan de algemene reserve toegevoegd; "
             f"{eur(D.TERUG_2023)} is aan de deelnemers terugbetaald.")
    cols = [(170, "left"), (75, "right"), (75, "right"), (75, "right"), (80, "right")]
    hdr = [Row(["Reserve", "Stand 1-1-2024", "Toevoeging", "Onttrekking", "Stand 31-12-2024"])]
    rows = [Row(["Algemene reserve", e(D.ALG_RES_BEGIN_2024), e(D.ALG_RES_TOEV_2024), e(0), e(D.ALG_RES_EIND_2024)]),
            Row(["Bestemmingsreserve vervanging belastingapplicatie", e(D.BRES_BEGIN_2024), e(0), e(D.B_ONTT[3]),
                 e(D.BRES_EIND_2024)]),
            Row(["Totaal", e(D.ALG_RES_BEGIN_2024 + D.BRES_BEGIN_2024), e(D.ALG_RES_TOEV_2024), e(D.B_ONTT[3]),
                 e(D.ALG_RES_EIND_2024 + D.BRES_EIND_2024)], bold=True, rule_above=True)]
    doc.table(cols, hdr, rows, TS, caption="Tabel 4.1 Verloop van de reserves 2024",
              notes=["De stand op 31-12-2024 is vóór de bestemming van het resultaat 2024."])
    doc.heading("4.2 Weerstandsvermogen en risicobeheersing", 2)
    doc.para("De weerstandscapaciteit van de BSGR bestaat uit de algemene reserve en de post onvoorzien. Een "
             "stille reserve heeft de BSGR niet. De risico's zijn gewogen met de kans dat zij zich voordoen.")
    cols = [(220, "left"), (80, "right"), (50, "right"), (80, "right")]
    hdr = [Row(["Risico", "Bedrag", "Kans", "Gewogen"])]
    rows = [Row([nm, e(b), f"{p}%", e(v)]) for nm, b, p, v in D.B_RISICO_ROWS]
    rows.append(Row(["Benodigde weerstandscapaciteit", "", "", e(D.B_BENODIGD)], bold=True, rule_above=True))
    rows.append(Row(["Algemene reserve 31-12-2024", "", "", e(D.ALG_RES_EIND_2024)]))
    rows.append(Row(["Post onvoorzien", "", "", e(109000)]))
    rows.append(Row(["Beschikbare weerstandscapaciteit", "", "", e(D.B_CAP_TOT)], bold=True, rule_above=True))
    rows.append(Row(["Ratio weerstandsvermogen", "", "", nl_dec(D.B_RATIO, 2)], bold=True))
    doc.table(cols, hdr, rows, TS, caption="Tabel 4.2 Weerstandsvermogen per 31 december 2024")
    doc.para(f"De ratio weerstandsvermogen is {nl_dec(D.B_RATIO, 2)}. Het algemeen bestuur streeft naar een ratio "
             "tussen 1,0 en 1,4; de ratio is daarmee voldoende.")
    doc.heading("4.3 Financiële kengetallen", 2)
    cols = [(250, "left"), (90, "right"), (90, "right")]
    hdr = [Row(["Kengetal", "Realisatie 2024", "Realisatie 2023"])]
    rows = [Row(["Netto schuldquote", nl_dec(D.NSQ[0], 1) + "%", nl_dec(D.NSQ[1], 1) + "%"]),
            Row(["Solvabiliteitsratio", nl_dec(D.SOLV[0], 1) + "%", nl_dec(D.SOLV[1], 1) + "%"]),
            Row(["Structurele exploitatieruimte", "1,4%", "2,1%"]),
            Row(["Eigen vermogen", eur(D.EV_2024), eur(D.EV_2023)]),
            Row(["Vreemd vermogen", eur(D.PAS_TOT[0] - D.EV_2024), eur(D.PAS_TOT[1] - D.EV_2023)])]
    doc.table(cols, hdr, rows, TS, caption="Tabel 4.3 Kengetallen")
    doc.para("Een negatieve netto schuldquote betekent dat de BSGR meer kortlopende bezittingen heeft dan schulden.")
    doc.heading("4.4 Bedrijfsvoering", 2)
    doc.para("Op 31 december 2024 werkten 141 medewerkers bij de BSGR. Het ziekteverzuim daalde van 5,8% in 2023 "
             "naar 5,1% in 2024. Daarnaast huurden wij gemiddeld 11,6 fte in.")
    cols = [(200, "left"), (110, "right"), (110, "right")]
    hdr = [Row(["Afdeling", "Formatie begroot 2024 (fte)", "Bezetting 31-12-2024 (fte)"])]
    rows = [Row([nm, nl_dec(b, 1), nl_dec(z, 1)]) for nm, b, z in D.FORMATIE]
    rows.append(Row(["Totaal", nl_dec(D.FTE_BEGROOT, 1), nl_dec(D.FTE_BEZET, 1)], bold=True, rule_above=True))
    doc.table(cols, hdr, rows, TS, caption="Tabel 4.4 Formatie en bezetting")

    # 5 jaarrekening: balans
    chapter("5 Jaarrekening")
    doc.heading("5.1 Balans per 31 december 2024", 2)
    doc.para("De balans is opgesteld vóór de bestemming van het resultaat 2024. De kolomkop staat ook onder de "
             "tabel.")
    cols = [(290, "left"), (90, "right"), (90, "right")]
    hdr = [Row(["Balanspost", "31-12-2024", "31-12-2023"])]
    rows = [Row([Cell("Activa")] + ["", ""], bold=True)]
    for nm, a, b in D.BAL_ACTIVA:
        rows.append(Row([nm, e(a), e(b)], indent=6))
    rows.append(Row(["Totaal activa", e(D.ACT_TOT[0]), e(D.ACT_TOT[1])], bold=True, rule_above=True))
    rows.append(Row([Cell("Passiva")] + ["", ""], bold=True))
    for nm, a, b in D.BAL_PASSIVA:
        rows.append(Row([nm, e(a), e(b)], indent=6))
        if nm == "Eigen vermogen":
            rows.append(Row(["algemene reserve", e(D.ALG_RES_EIND_2024), e(D.ALG_RES_BEGIN_2024)], italic=True, indent=16))
            rows.append(Row(["bestemmingsreserve", e(D.BRES_EIND_2024), e(D.BRES_BEGIN_2024)], italic=True, indent=16))
            rows.append(Row(["gerealiseerd resultaat", e(D.RESULTAAT_2024), e(D.RESULTAAT_2023)], italic=True, indent=16))
    rows.append(Row(["Totaal passiva", e(D.PAS_TOT[0]), e(D.PAS_TOT[1])], bold=True, rule_above=True))
    doc.table(cols, hdr, rows, TS, caption="Tabel 5.1 Balans", header_at_foot=True)
    doc.heading("5.2 Grondslagen", 2)
    doc.para("De jaarrekening is opgesteld volgens het Besluit begroting en verantwoording provincies en gemeenten "
             "(BBV). Baten en lasten worden toegerekend aan het jaar waarop zij betrekking hebben. Materiële vaste "
             "activa zijn gewaardeerd tegen de verkrijgingsprijs, verminderd met de afschrijvingen.")

    # WNT
    doc.heading("5.3 Wet normering topinkomens (WNT)", 2)
    doc.para("De WNT is van toepassing op de BSGR. Het bezoldigingsmaximum voor de BSGR is in 2024 het algemene "
             "WNT-maximum. De leden van het algemeen en het dagelijks bestuur ontvangen geen bezoldiging van de BSGR.")
    W = D.WNT
    cols = [(250, "left"), (90, "right"), (90, "right")]
    hdr = [Row([f"{W['naam']}, {W['functie'].lower()}", "2024", "2023"])]
    rows = [Row(["Aanvang en einde functievervulling", "1/1 - 31/12", "1/1 - 31/12"]),
            Row(["Omvang dienstverband (in fte)", "1,0", "1,0"]),
            Row(["Dienstbetrekking", "ja", "ja"]),
            Row(["Beloning plus belastbare onkostenvergoedingen", eur(W["beloning"][0]), eur(W["beloning"][1])]),
            Row(["Beloningen betaalbaar op termijn", eur(W["termijn"][0]), eur(W["termijn"][1])]),
            Row(["Subtotaal", eur(W["totaal"][0]), eur(W["totaal"][1])], rule_above=True),
            Row(["Individueel toepasselijk bezoldigingsmaximum", eur(W["maximum"][0]), eur(W["maximum"][1])]),
            Row(["Bezoldiging", eur(W["totaal"][0]), eur(W["totaal"][1])], bold=True, rule_above=True)]
    doc.table(cols, hdr, rows, TS, caption="Tabel 5.2 Bezoldiging topfunctionaris")
    return doc, chapters


def main(out):
    doc, chapters = build()
    doc, chapters2 = build(toc_pages=chapters)
    assert [c[1] for c in chapters2] == [c[1] for c in chapters]
    for pg in doc.pages[1:]:
        pg.line(58, A4[1] - 44, A4[0] - 56, A4[1] - 44, lw=0.5, color=BLUE)
        pg.text(58, A4[1] - 32, "BSGR · Jaarstukken 2024 · fictief document", "car", 8, GREY)
        pg.text(A4[0] - 56, A4[1] - 32, f"pagina {pg.number}", "car", 8, GREY, align="right")
    ops = {"pages": [{"ops": p.ops} for p in doc.pages]}
    with tempfile.TemporaryDirectory() as td:
        f = os.path.join(td, "ops.json")
        with open(f, "w") as fh:
            json.dump(ops, fh)
        here = os.path.dirname(os.path.abspath(__file__))
        cmd = ["xvfb-run", "-a", "scribus", "-g", "-ns", "-py", os.path.join(here, "scribus_draw.py"), f,
               os.path.abspath(out)]
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
        if r.returncode != 0 or not os.path.exists(out):
            sys.stderr.write(r.stdout[-3000:] + r.stderr[-3000:])
            raise SystemExit("scribus failed")
    return doc


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "bsgr-jaarstukken-2024.pdf")
