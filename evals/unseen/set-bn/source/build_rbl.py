"""Content of the FICTIONAL 'Regionaal Bureau Leerplicht Noord-Twente - Begroting 2026' as a pdfmake
document definition (JSON). render_rbl.js adds header, footer, fonts and table layouts and writes the PDF.
Usage: python build_rbl.py OUT.json
"""
import json
import sys

import data_rbl as R
from common import nl, dec, pct

BLUE = "#1f5f3f"   # green-ish house colour of the fictional bureau
LIGHT = "#e4efe8"


def t(text, **kw):
    d = {"text": text}
    d.update(kw)
    return d


def num(v, **kw):
    return t(v if isinstance(v, str) else nl(v), alignment="right", **kw)


def hcell(text, align="right", **kw):
    return t(text, bold=True, fillColor=LIGHT, alignment=align, **kw)


def P(text, **kw):
    d = {"text": text, "style": "p"}
    d.update(kw)
    return d


def H1(text, pb=False):
    d = {"text": text, "style": "h1", "tocItem": True}
    if pb:
        d["pageBreak"] = "before"
    return d


def H2(text):
    return {"text": text, "style": "h2"}


def H3(text):
    return {"text": text, "style": "h3"}


def UL(items):
    return {"ul": items, "style": "p", "margin": [10, 0, 0, 6]}


def table(body, widths, header_rows=1, layout="fin", font=8.5, dont_break=True, margin=(0, 2, 0, 8)):
    return {"table": {"headerRows": header_rows, "widths": widths, "body": body, "dontBreakRows": dont_break},
            "layout": layout, "fontSize": font, "margin": list(margin)}


def CAP(text, scale=None):
    parts = [t(text, bold=True, color=BLUE)]
    if scale:
        parts.append(t("  " + scale, italics=True, color="#444444", fontSize=8))
    return {"text": parts, "fontSize": 9.5, "margin": [0, 6, 0, 2]}


def NOTE(text):
    return {"text": text, "fontSize": 7.5, "color": "#333333", "margin": [0, 0, 0, 8]}


def row_tot(cells):
    for c in cells:
        c["bold"] = True
    return cells


content = []

# ------------------------------------------------------------------ cover
content += [
    {"text": R.NAME, "fontSize": 15, "color": BLUE, "margin": [0, 110, 0, 6]},
    {"text": "Begroting 2026", "fontSize": 34, "bold": True, "color": "#123524"},
    {"text": "en meerjarenraming 2027-2029", "fontSize": 16, "color": BLUE, "margin": [0, 2, 0, 18]},
    {"text": "Gemeenschappelijke regeling van de gemeenten Almelo, Dinkelland, Hellendoorn, Tubbergen, Twenterand en Wierden",
     "fontSize": 10.5},
    {"text": "Ontwerpbegroting, aangeboden aan de raden van de deelnemende gemeenten op 10 april 2025 voor een zienswijze; "
             "vastgesteld door het algemeen bestuur op 3 juli 2025", "fontSize": 10.5, "margin": [0, 4, 0, 30]},
    {"table": {"widths": ["*"], "body": [[{"stack": [
        {"text": "FICTIEF DOCUMENT", "bold": True, "fontSize": 18, "color": "#b00000"},
        {"text": "Dit document is verzonnen voor een evaluatieset van een begrotingsassistent. Het Regionaal Bureau "
                 "Leerplicht Noord-Twente bestaat in deze vorm niet; alle bedragen, aantallen en percentages zijn "
                 "fictief en zeggen niets over de werkelijke leerplichtuitvoering of de financiën van de genoemde "
                 "gemeenten.", "fontSize": 11, "color": "#b00000", "margin": [0, 4, 0, 0]}],
        "margin": [10, 10, 10, 10]}]]}, "layout": "redbox"},
]

# ------------------------------------------------------------------ inhoud + voorwoord
content += [
    {"toc": {"title": {"text": "Inhoud", "style": "h1"}, "numberStyle": {"fontSize": 10}, "textStyle": {"fontSize": 10}},
     "pageBreak": "before"},
    H2("Voorwoord"),
    P(f"Hierbij bieden wij u de begroting 2026 van het {R.NAME} aan. Het bureau voert voor zes gemeenten de "
      "Leerplichtwet 1969 uit en vervult de regionale meld- en coördinatiefunctie (RMC) voor jongeren tot 23 jaar "
      "zonder startkwalificatie. Onze opdracht is eenvoudig te formuleren: elk kind gaat naar school en elke jongere "
      "verlaat het onderwijs met een startkwalificatie of gaat aan het werk."),
    P(f"De totale lasten in 2026 bedragen € {nl(R.LASTEN[2])}. De bijdrage van de deelnemende gemeenten stijgt met "
      f"€ {nl(R.BIJDRAGE_STIJGING)} ({dec(R.BIJDRAGE_STIJGING_PCT, 2)}%) naar € {nl(R.BIJDRAGE_TOT[2])}. De stijging komt "
      "vooral door de cao-afspraken voor gemeenten en door de vervanging van de verzuimapplicatie. Daartegenover staan "
      "een hogere rijksbijdrage voor de RMC-functie en een onttrekking aan de bestemmingsreserve digitalisering."),
    P(f"Het jaar 2024 is afgesloten met een positief resultaat van € {nl(R.RESULT[0])}. Volgens de financiële "
      "verordening wordt dit resultaat naar rato van de bijdragen terugbetaald aan de deelnemende gemeenten, omdat de "
      "algemene reserve al op het afgesproken niveau is."),
    P("Het aantal verzuimmeldingen is opnieuw gestegen, net als het aantal thuiszitters. In deze begroting leggen we "
      "daarom het accent op preventie: vroeg in gesprek met leerling, ouders en school, voordat verzuim uitgroeit tot "
      "langdurige schooluitval."),
    {"text": "Het dagelijks bestuur van het Regionaal Bureau Leerplicht Noord-Twente", "italics": True, "fontSize": 9.5,
     "margin": [0, 8, 0, 0]},
]

# ------------------------------------------------------------------ 1 inleiding + kerncijfers (schooljaren DESCENDING)
kern_body = [[hcell("Kerncijfers leerplicht en RMC", "left"), hcell(R.SJ[0]), hcell(R.SJ[1]), hcell(R.SJ[2]),
              hcell("Streefwaarde 2026")]]
for lab, vals, streef in R.KERN:
    ind = lab.startswith("waarvan")
    kern_body.append([t(lab, margin=[10 if ind else 0, 0, 0, 0]), num(vals[0]), num(vals[1]), num(vals[2]),
                      num(streef)])
kern_body.append([t("Vsv-percentage (nieuwe vsv'ers als % van alle leerlingen)"), num(R.VSV_PCT[0]), num(R.VSV_PCT[1]),
                  num(R.VSV_PCT[2]), num(R.VSV_STREEF)])
content += [
    H1("1 Inleiding", pb=True),
    H3("Organisatie"),
    P(f"Het {R.NAME} (RBL Noord-Twente) is een openbaar lichaam op grond van de Wet gemeenschappelijke regelingen, "
      "gevestigd in Almelo. Het algemeen bestuur bestaat uit de wethouders onderwijs van de zes deelnemende "
      "gemeenten. Almelo is contactgemeente voor de RMC-regio en ontvangt de rijksmiddelen voor de RMC-functie en de "
      "aanpak van voortijdig schoolverlaten, die zij doorbetaalt aan het bureau."),
    P("De begroting is opgesteld volgens het Besluit begroting en verantwoording provincies en gemeenten (BBV). Omdat "
      "het bureau geen eigen belastingen heft en geen grondexploitaties heeft, ontbreken de paragrafen lokale heffingen "
      "en grondbeleid. Alle bedragen in deze begroting zijn in hele euro's, behalve de meerjarenraming in hoofdstuk 5 "
      "(x € 1.000)."),
    H3("Kerncijfers"),
    P("De kerncijfers gaan over schooljaren; het meest recente schooljaar staat links."),
    table(kern_body, ["*", 55, 55, 55, 62]),
    NOTE("Bron: verzuimregistratie RBL Noord-Twente en DUO. Een thuiszitter is een leerplichtige jongere die langer "
         "dan vier weken zonder geldige reden niet naar school gaat. Streefwaarden volgens het beleidsplan 2025-2028."),
]

# ------------------------------------------------------------------ 2 programmaplan
taak = {n: v for n, v in R.TAAK}


def taak_table(name, baten_label, baten):
    lasten = taak[name]
    body = [[hcell("Bedragen in euro's", "left"), hcell("Rekening 2024"), hcell("Begroting 2025"), hcell("Begroting 2026")],
            [t("Lasten"), num(lasten[0]), num(lasten[1]), num(lasten[2])],
            [t(baten_label), num(baten[0]), num(baten[1]), num(baten[2])],
            row_tot([t("Saldo"), num(baten[0] - lasten[0]), num(baten[1] - lasten[1]), num(baten[2] - lasten[2])])]
    return table(body, ["*", 75, 75, 75])


content += [
    H1("2 Programmaplan", pb=True),
    P("Het bureau heeft één programma, Leerplicht en RMC, met twee taken. Per taak beantwoorden we de drie W-vragen."),
    H2("2.1 Leerplicht"),
    H3("Wat willen we bereiken?"),
    UL(["Elk kind van 5 tot en met 16 jaar staat ingeschreven op een school en gaat naar school.",
        f"Minder thuiszitters: in 2026 zijn er ten hoogste {R.PROSE['thuiszitters_streef']} thuiszitters (2023-2024: "
        f"{R.KERN[5][1][0]}).",
        "Verzuim wordt vroeg opgemerkt en aangepakt, zodat het niet uitgroeit tot langdurige schooluitval."]),
    H3("Wat gaan we daarvoor doen?"),
    UL([f"De leerplichtambtenaren houden preventieve spreekuren op {R.PROSE['spreekuren_scholen']} scholen voor "
        "voortgezet onderwijs en mbo-locaties.",
        "Per samenwerkingsverband passend onderwijs is er een thuiszitterstafel, waar school, jeugdhulp, "
        "jeugdarts en leerplicht samen een plan maken voor elke thuiszitter.",
        "Bij luxeverzuim (vakantie buiten de schoolvakanties) maakt de leerplichtambtenaar proces-verbaal op; bij "
        "jongeren van 12 jaar en ouder volgt bij licht verzuim een Halt-verwijzing.",
        f"Per {R.PROSE['verzuimapplicatie_invoering']} werken we met een nieuwe verzuimapplicatie, omdat het contract "
        "voor het huidige systeem afloopt. De eenmalige invoeringskosten van € 25.000 dekken we uit de "
        "bestemmingsreserve digitalisering verzuimregistratie."]),
    H3("Wat mag het kosten?"),
    taak_table("Leerplicht (handhaving Leerplichtwet 1969)", "Baten (detacheringen en trainingen)", R.OVERIGE_BATEN),
    H2("2.2 RMC-functie en voortijdig schoolverlaten"),
    H3("Wat willen we bereiken?"),
    UL([f"Het percentage nieuwe voortijdig schoolverlaters daalt naar {R.VSV_STREEF} in 2026.",
        "Elke jongere tot 23 jaar zonder startkwalificatie krijgt een aanbod voor school, werk of een combinatie."]),
    H3("Wat gaan we daarvoor doen?"),
    UL(["Trajectbegeleiders RMC nemen binnen tien werkdagen contact op met elke nieuwe voortijdig schoolverlater.",
        "We werken samen met het Werkplein en de mbo-scholen in de aanpak 'Niemand buiten beeld'.",
        "In 2026 komt er 0,4 fte trajectbegeleiding bij voor jongeren met een uitkering en zonder startkwalificatie."]),
    H3("Wat mag het kosten?"),
    taak_table("RMC-functie en voortijdig schoolverlaten", "Baten (RMC-rijksbijdrage)", R.RMC_RIJK),
]

# ------------------------------------------------------------------ 3 financiële begroting
def ov_row(label, vals, bold=False, indent=False):
    cells = [t(label, margin=[8 if indent else 0, 0, 0, 0])] + [num(v) for v in vals]
    return row_tot(cells) if bold else cells


ov_body = [
    [hcell("Overzicht van baten en lasten", "left", rowSpan=2), hcell("Rekening"), hcell("Begroting"),
     hcell("Begroting")],
    [t(""), hcell("2024"), hcell("2025"), hcell("2026")],
    [t("Lasten", bold=True, colSpan=4), t(""), t(""), t("")],
]
for n, v in R.TAAK:
    ov_body.append(ov_row(n, v, indent=True))
ov_body.append(ov_row("Totaal lasten", R.LASTEN, bold=True))
ov_body.append([t("Baten", bold=True, colSpan=4), t(""), t(""), t("")])
ov_body.append(ov_row("Bijdragen deelnemende gemeenten", R.BIJDRAGE_TOT, indent=True))
ov_body.append(ov_row("RMC-rijksbijdrage (via contactgemeente Almelo)", R.RMC_RIJK, indent=True))
ov_body.append(ov_row("Overige baten", R.OVERIGE_BATEN, indent=True))
ov_body.append(ov_row("Totaal baten", R.BATEN, bold=True))
ov_body.append(ov_row("Saldo van baten en lasten", [R.BATEN[i] - R.LASTEN[i] for i in range(3)], bold=True))
ov_body.append(ov_row("Onttrekking aan reserves", R.ONTTR_RES))
ov_body.append(ov_row("Resultaat", R.RESULT, bold=True))

ks_body = [[hcell("Lasten naar kostensoort (in euro's)", "left"), hcell("Rekening 2024"), hcell("Begroting 2025"),
            hcell("Begroting 2026")]]
for n, v in R.KOSTEN:
    ks_body.append(ov_row(n, v))
ks_body.append(ov_row("Totaal lasten", R.LASTEN, bold=True))

vs_body = [[hcell("Verschillen begroting 2026 ten opzichte van begroting 2025", "left"), hcell("Bedrag"),
            hcell("V/N", "center")]]
for n, v in R.VERSCHIL:
    vs_body.append([t(n), num(abs(v)), t("N" if v > 0 else "V", alignment="center")])
vs_body.append(row_tot([t("Per saldo: hogere bijdrage deelnemers"), num(R.BIJDRAGE_STIJGING),
                        t("N", alignment="center")]))

content += [
    H1("3 Financiële begroting", pb=True),
    P("Het overzicht van baten en lasten toont de lasten per taak en de baten naar bron. De begroting 2026 is "
      "sluitend: de bijdragen van de deelnemende gemeenten dekken de lasten die niet uit de RMC-rijksbijdrage, de "
      "overige baten en de onttrekking aan reserves worden betaald."),
    CAP("Tabel 3.1 Overzicht van baten en lasten", "(bedragen in euro's)"),
    table(ov_body, ["*", 75, 75, 75], header_rows=2),
    NOTE("Onvoorzien is als aparte post opgenomen (art. 8 BBV). Rekening 2024 volgens de jaarstukken 2024; het "
         "resultaat 2024 wordt terugbetaald aan de deelnemers."),
    CAP("Tabel 3.2 Lasten naar kostensoort"),
    table(ks_body, ["*", 75, 75, 75]),
    CAP("Tabel 3.3 Verschillenanalyse", "(bedragen in euro's; V = voordelig, N = nadelig)"),
    table(vs_body, ["*", 70, 35]),
    P("De salarislasten zijn geraamd op basis van de formatie per 1 januari 2025, verhoogd met de loonstijging uit de "
      "cao gemeenten (3,0% per 1 januari 2026) en de periodieken. Voor prijsstijgingen is 2,4% gerekend."),
]

# ------------------------------------------------------------------ 4 bijdragen deelnemers
bd_body = [
    [hcell("Gemeente", "left", rowSpan=2), hcell("Leerplichtigen 5-17 jaar", "center", colSpan=2), t(""),
     hcell("Aandeel", rowSpan=2), hcell("Bijdrage", "center", colSpan=3), t(""), t("")],
    [t(""), hcell("1-10-2023"), hcell("1-10-2024"), t(""), hcell("2025"), hcell("2026"), hcell("Verschil")],
]
for g in R.GEMEENTEN:
    bd_body.append([t(g), num(R.LEERPL_2023[g]), num(R.LEERPL_2024[g]), num(pct(R.AANDEEL_2026[g], 2)),
                    num(R.BIJDRAGE_2025[g]), num(R.BIJDRAGE_2026[g]), num(R.BIJDRAGE_2026[g] - R.BIJDRAGE_2025[g])])
bd_body.append(row_tot([t("Totaal"), num(R.TOT_LEERPL_2023), num(R.TOT_LEERPL_2024), num("100,00%"),
                        num(R.BIJDRAGE_TOT[1]), num(R.BIJDRAGE_TOT[2]), num(R.BIJDRAGE_STIJGING)]))
content += [
    H1("4 Bijdragen van de deelnemers", pb=True),
    P("De bijdragen van de gemeenten worden verdeeld naar rato van het aantal leerplichtigen van 5 tot en met 17 jaar "
      "dat in de gemeente woont. Peildatum is 1 oktober van het jaar dat twee jaar voor het begrotingsjaar ligt: voor "
      "de begroting 2026 is dat 1 oktober 2024, voor de begroting 2025 was dat 1 oktober 2023. De aantallen komen uit "
      "de basisregistratie personen."),
    P(f"In 2026 betaalt een gemeente € {dec(R.PER_LEERPL_2026, 2)} per leerplichtige (2025: "
      f"€ {dec(R.PER_LEERPL_2025, 2)}). De gemeenten betalen hun bijdrage in vier gelijke termijnen, uiterlijk op "
      "15 januari, 15 april, 15 juli en 15 oktober."),
    CAP("Tabel 4.1 Verdeelsleutel en bijdrage per gemeente", "(bijdragen in euro's; aandeel 2026)"),
    table(bd_body, ["*", 55, 55, 45, 60, 60, 50], header_rows=2),
    NOTE("Het aandeel is het percentage van het totaal aantal leerplichtigen op 1 oktober 2024 en bepaalt de bijdrage "
         "2026. Door afronding op hele euro's kan een bijdrage één euro afwijken van aandeel x totaal."),
    P("Naast de bijdrage volgens de verdeelsleutel kunnen gemeenten aanvullende diensten afnemen, zoals extra "
      "spreekuren of trainingen voor scholen. Die worden apart gefactureerd en zijn opgenomen onder de overige baten."),
]

# ------------------------------------------------------------------ 5 meerjarenraming (x 1.000)
mj = R.MJR_ROWS
mj_body = [[hcell("Meerjarenraming", "left"), hcell("2026"), hcell("2027"), hcell("2028"), hcell("2029")]]
for n, v in mj:
    mj_body.append(ov_row(n, v, indent=True))
mj_body.append(ov_row("Totaal lasten", R.MJR_LASTEN, bold=True))
mj_body.append(ov_row("Bijdragen deelnemende gemeenten", R.MJR_BIJDRAGE, indent=True))
mj_body.append(ov_row("RMC-rijksbijdrage", R.MJR_RMC, indent=True))
mj_body.append(ov_row("Overige baten", R.MJR_OVERIG, indent=True))
mjb = [R.MJR_BIJDRAGE[i] + R.MJR_RMC[i] + R.MJR_OVERIG[i] for i in range(4)]
mj_body.append(ov_row("Totaal baten", mjb, bold=True))
mj_body.append(ov_row("Saldo van baten en lasten", [mjb[i] - R.MJR_LASTEN[i] for i in range(4)]))
mj_body.append(ov_row("Onttrekking aan reserves", R.MJR_ONTTR))
mj_body.append(ov_row("Resultaat", [mjb[i] - R.MJR_LASTEN[i] + R.MJR_ONTTR[i] for i in range(4)], bold=True))
content += [
    H1("5 Meerjarenraming 2026-2029"),
    P("De meerjarenraming is opgesteld in constante prijzen van 2026, met uitzondering van de salarissen: daarvoor is "
      "de verwachte cao-stijging meegenomen. De RMC-rijksbijdrage is vanaf 2027 gelijk gehouden, omdat het Rijk de "
      "regionale middelen voor voortijdig schoolverlaten herijkt."),
    CAP("Tabel 5.1 Meerjarenraming", "(x € 1.000)"),
    table(mj_body, ["*", 55, 55, 55, 55]),
]

# ------------------------------------------------------------------ 6 paragrafen
risk_body = [[hcell("Risico", "left"), hcell("Bedrag"), hcell("Kans"), hcell("Benodigd")]]
for n, m, p, b in R.W_RISK_ROWS:
    risk_body.append([t(n), num(m), num(f"{p}%"), num(b)])
risk_body.append(row_tot([t("Benodigde weerstandscapaciteit"), t(""), t(""), num(R.W_NEED)]))
cap_body = [[hcell("Beschikbare weerstandscapaciteit", "left"), hcell("Bedrag")]]
for n, v in R.W_CAP:
    cap_body.append([t(n), num(v)])
cap_body.append(row_tot([t("Totaal"), num(R.W_CAP_TOT)]))
res_body = [[hcell("Reserve (in euro's)", "left"), hcell("Stand 1-1-2026"), hcell("Toevoeging"), hcell("Onttrekking"),
             hcell("Stand 31-12-2026")]]
for n, a, b, c in R.RESERVES_2026:
    res_body.append([t(n), num(a), num(b), num(c), num(a + b - c)])
res_body.append(row_tot([t("Totaal reserves"), num(sum(r[1] for r in R.RESERVES_2026)),
                         num(sum(r[2] for r in R.RESERVES_2026)), num(sum(r[3] for r in R.RESERVES_2026)),
                         num(sum(r[1] + r[2] - r[3] for r in R.RESERVES_2026))]))
keng_body = [[hcell("Kengetal", "left"), hcell("Rekening 2024"), hcell("Begroting 2025"), hcell("Begroting 2026")]]
for n, v in R.KENGETALLEN:
    if v is None:
        v = [pct(R.SOLV[0]), pct(R.SOLV[1]), pct(R.SOLV[2])]
    keng_body.append([t(n)] + [num(x) for x in v])
fte_body = [[hcell("Formatie (fte)", "left"), hcell("Begroting 2025"), hcell("Begroting 2026")]]
for n, a, b in R.FTE:
    fte_body.append([t(n), num(dec(a, 1)), num(dec(b, 1))])
fte_body.append(row_tot([t("Totaal"), num(dec(R.FTE_TOT[0], 1)), num(dec(R.FTE_TOT[1], 1))]))
content += [
    H1("6 Paragrafen", pb=True),
    H2("6.1 Weerstandsvermogen en risicobeheersing"),
    P("Het bureau heeft geen eigen belastinggebied; tegenvallers die niet uit de algemene reserve en de post "
      "onvoorzien kunnen worden opgevangen, komen voor rekening van de deelnemende gemeenten. De algemene reserve "
      f"mag volgens de nota reserves ten hoogste {R.RES_PLAFOND_PCT}% van de totale lasten bedragen "
      f"(€ {nl(R.RES_PLAFOND_2026)} in 2026). Een resultaat dat de reserve boven dit plafond zou brengen, wordt "
      "terugbetaald aan de deelnemers."),
    {"columns": [{"width": "38%", "stack": [CAP("Tabel 6.1 Weerstandscapaciteit"), table(cap_body, ["*", 55])]},
                 {"width": "62%", "stack": [CAP("Tabel 6.2 Risico's", "(in euro's)"),
                                            table(risk_body, ["*", 45, 30, 45])]}],
     "columnGap": 12},
    P(f"De ratio weerstandsvermogen is {nl(R.W_CAP_TOT)} / {nl(R.W_NEED)} = {dec(R.W_RATIO, 2)}. Het algemeen bestuur "
      "streeft naar een ratio tussen 1,0 en 1,4 (voldoende)."),
    CAP("Tabel 6.3 Reserves 2026"),
    table(res_body, ["*", 60, 55, 55, 62]),
    H2("6.2 Financiering"),
    P("Het bureau heeft geen langlopende leningen. Overtollige middelen worden aangehouden in 's Rijks schatkist. "
      "De kasgeldlimiet en de renterisiconorm worden niet overschreden."),
    CAP("Tabel 6.4 Financiële kengetallen"),
    table(keng_body, ["*", 70, 70, 70]),
    NOTE("Een negatieve netto schuldquote betekent dat de financiële bezittingen groter zijn dan de schulden."),
    H2("6.3 Bedrijfsvoering"),
    P(f"Het bureau heeft in 2026 een formatie van {dec(R.FTE_TOT[1], 1)} fte. Alle leerplichtambtenaren zijn "
      "buitengewoon opsporingsambtenaar (boa) en volgen jaarlijks ten minste "
      f"{R.PROSE['training_uren']} uur bijscholing. De salarisadministratie en ICT worden afgenomen van de gemeente "
      "Almelo."),
    table(fte_body, ["*", 80, 80]),
    H2("6.4 Verbonden partijen"),
    P("Het bureau neemt zelf niet deel in andere gemeenschappelijke regelingen of vennootschappen."),
]

# ------------------------------------------------------------------ 7 geprognosticeerde balans
bal_body = [[hcell("Geprognosticeerde balans per 31 december", "left", colSpan=1), hcell("2024"), hcell("2025"),
             hcell("2026"), hcell("2027")],
            [t("Activa", bold=True, colSpan=5), t(""), t(""), t(""), t("")]]
for n, v in R.BAL_ACT:
    bal_body.append(ov_row(n, v, indent=True))
bal_body.append(ov_row("Totaal activa", R.BAL_ACT_TOT, bold=True))
bal_body.append([t("Passiva", bold=True, colSpan=5), t(""), t(""), t(""), t("")])
for n, v in R.BAL_PAS:
    bal_body.append(ov_row(n, v, indent=True))
bal_body.append(ov_row("Totaal passiva", R.BAL_PAS_TOT, bold=True))
content += [
    H1("7 Geprognosticeerde balans", pb=True),
    P("De balans per 31 december 2024 is de werkelijke balans uit de jaarstukken 2024. De balansen voor 2025 tot en met "
      "2027 zijn ramingen; de liquide middelen nemen af door de investeringen in laptops en spreekkamers en de "
      "onttrekkingen aan de bestemmingsreserve."),
    table(bal_body, ["*", 62, 62, 62, 62]),
    NOTE("Bedragen in €. 2024: werkelijk (jaarstukken 2024); 2025-2027: prognose. Het gerealiseerde resultaat 2024 "
         "wordt in 2025 terugbetaald aan de deelnemers."),
]

# ------------------------------------------------------------------ bijlage: kerncijfers per gemeente (long table, breaks)
pg_body = [[hcell("Gemeente", "left"), hcell("Indicator", "left"), hcell("2023-2024")]]
labels = ["Verzuimmeldingen", "Thuiszitters", "Nieuwe vsv'ers", "Processen-verbaal"]
for g in R.GEMEENTEN:
    for j, lab in enumerate(labels):
        pg_body.append([t(g if j == 0 else "", bold=(j == 0)), t(lab), num(R.PER_GEM[g][j])])
pg_body.append(row_tot([t("Totaal"), t("Verzuimmeldingen"), num(sum(v[0] for v in R.PER_GEM.values()))]))
pg_body.append(row_tot([t(""), t("Thuiszitters"), num(sum(v[1] for v in R.PER_GEM.values()))]))
pg_body.append(row_tot([t(""), t("Nieuwe vsv'ers"), num(sum(v[2] for v in R.PER_GEM.values()))]))
pg_body.append(row_tot([t(""), t("Processen-verbaal"), num(sum(v[3] for v in R.PER_GEM.values()))]))
content += [
    H1("Bijlage 1 Begrippen"),
    {"ul": [
        "Absoluut verzuim: een leerplichtige jongere staat niet ingeschreven op een school.",
        "Relatief verzuim: een ingeschreven leerling is zonder geldige reden afwezig.",
        "Luxeverzuim: een leerling gaat buiten de schoolvakanties zonder toestemming op vakantie.",
        "Voortijdig schoolverlater (vsv'er): een jongere tot 23 jaar die het onderwijs verlaat zonder startkwalificatie "
        "(havo, vwo of mbo niveau 2).",
        "RMC: regionale meld- en coördinatiefunctie voortijdig schoolverlaten.",
        "Thuiszitter: een leerplichtige jongere die langer dan vier weken zonder geldige reden niet naar school gaat."],
     "style": "p", "margin": [10, 0, 0, 6]},
    H1("Bijlage 2 Kerncijfers per gemeente, schooljaar 2023-2024"),
    P("De tabel geeft per deelnemende gemeente de belangrijkste aantallen van het schooljaar 2023-2024. De totalen "
      "sluiten aan op de kerncijfers in hoofdstuk 1."),
    table(pg_body, [110, "*", 80], layout="fin"),
]

doc = {"content": content}
if __name__ == "__main__":
    json.dump(doc, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False, indent=0)
    print(sys.argv[1], "written")
