"""Gemeente Twenterand, Jaarstukken 2023 (FICTIONAL figures) as XSL-FO, rendered by Apache FOP (Debian 'fop').

usage: python gen_twenterand.py OUTDIR   -> OUTDIR/twenterand-jaarstukken-2023.pdf (+ the .fo kept in source/)
"""
import os
import subprocess
import sys

from data import (P1, P2, P3, TW, TW_INW_1JAN, TW_INW_31DEC, TW_WONINGEN, TW_OPPERVLAKTE_HA, TW_INVESTERINGEN,
                  IND_P1, IND_P2, IND_P3, RISKS, ONBENUTTE_BELASTINGCAPACITEIT, RES_SD_WACHTLIJST, RESULTAAT_2022,
                  BALANS_ACTIVA, BALANS_VOORZIENINGEN, BALANS_VASTE_SCHULDEN, BALANS_VLOTTENDE_SCHULDEN, OVERHEAD,
                  VPB, ONVOORZIEN)
from fmt import nl, slash, mln, pct, k, rnd
from fo import C, N, table, x

HERE = os.path.dirname(os.path.abspath(__file__))
OUTNAME = "twenterand-jaarstukken-2023.pdf"
BLUE = "#23495a"
SANS = "Liberation Sans"
SERIF = "Liberation Serif"

parts = []
toc = []   # (level, id, title)


def h1(num, title, ident, new_page=True):
    toc.append((1, ident, f"{num} {title}" if num else title))
    bb = ' break-before="page"' if new_page else ' space-before="14pt"'
    parts.append(f'<fo:block id="{ident}"{bb} font-family="{SANS}" font-size="17pt" font-weight="bold" '
                 f'color="{BLUE}" space-after="8pt" keep-with-next.within-page="always">'
                 f'{x(num + " " if num else "")}{x(title)}</fo:block>')


def h2(num, title, ident, new_page=False):
    toc.append((2, ident, f"{num} {title}"))
    bb = ' break-before="page"' if new_page else ''
    parts.append(f'<fo:block id="{ident}"{bb} font-family="{SANS}" font-size="12.5pt" font-weight="bold" color="{BLUE}" '
                 f'space-before="10pt" space-after="5pt" keep-with-next.within-page="always">{x(num)} {x(title)}</fo:block>')


def h3(title):
    parts.append(f'<fo:block font-family="{SANS}" font-size="10.5pt" font-weight="bold" color="{BLUE}" space-before="7pt" '
                 f'space-after="3pt" keep-with-next.within-page="always">{x(title)}</fo:block>')


def p(text, italic=False):
    st = ' font-style="italic"' if italic else ''
    parts.append(f'<fo:block space-after="5pt" text-align="justify"{st}>{x(text)}</fo:block>')


def bullets(items):
    parts.append('<fo:list-block provisional-distance-between-starts="5mm" space-after="5pt">')
    for it in items:
        parts.append('<fo:list-item><fo:list-item-label end-indent="label-end()"><fo:block>•</fo:block>'
                     f'</fo:list-item-label><fo:list-item-body start-indent="body-start()"><fo:block text-align="justify">'
                     f'{x(it)}</fo:block></fo:list-item-body></fo:list-item>')
    parts.append('</fo:list-block>')


def caption(text):
    parts.append(f'<fo:block font-family="{SANS}" font-size="9pt" font-weight="bold" space-before="6pt" space-after="3pt" '
                 f'keep-with-next.within-page="always">{x(text)}</fo:block>')


def note(text):
    parts.append(f'<fo:block font-size="7.5pt" font-style="italic" space-before="2pt" space-after="6pt">{x(text)}</fo:block>')


def raw(s):
    parts.append(s)


def vn(diff):
    """printed verschil: absolute value and V/N ('' for 0)."""
    if diff == 0:
        return "0", ""
    return nl(abs(diff)), ("V" if diff > 0 else "N")


# ------------------------------------------------------------------------------------------------------------
# title page
# ------------------------------------------------------------------------------------------------------------
title_page = f'''
<fo:block font-family="{SANS}" space-before="40mm" font-size="13pt" color="{BLUE}" font-weight="bold">Gemeente Twenterand</fo:block>
<fo:block font-family="{SANS}" font-size="34pt" font-weight="bold" color="{BLUE}" space-before="6mm">Jaarstukken 2023</fo:block>
<fo:block font-family="{SANS}" font-size="14pt" space-before="3mm">Jaarverslag en jaarrekening</fo:block>
<fo:block font-size="10pt" space-before="10mm">Vriezenveen, Vroomshoop, Westerhaar, Den Ham, Bruinehaar, Geerdijk, Aadorp en Sibculo</fo:block>
<fo:block font-size="10pt" space-before="2mm">Aangeboden aan de gemeenteraad in de vergadering van 2 juli 2024</fo:block>
<fo:block border="1.2pt solid #b3261e" padding="4mm" space-before="30mm" background-color="#fbeeee" font-size="10.5pt">
<fo:block font-family="{SANS}" font-weight="bold" color="#b3261e" space-after="2mm">FICTIEF DOCUMENT – VERZONNEN CIJFERS</fo:block>
<fo:block text-align="justify">Dit document is een fictieve versie van de jaarstukken 2023 van de gemeente Twenterand, gemaakt als
testmateriaal voor een evaluatieset. Alle bedragen, aantallen, percentages en toelichtingen zijn verzonnen. Ze komen niet
overeen met de werkelijke jaarstukken van de gemeente Twenterand en mogen niet als bron worden gebruikt.</fo:block>
</fo:block>
'''

# ------------------------------------------------------------------------------------------------------------
# 1 Inleiding
# ------------------------------------------------------------------------------------------------------------
OV = TW["OV"]
RES = TW["RESULTAAT"]
h1("1", "Inleiding", "h-1")
h2("1.1", "Aanbieding", "h-1-1")
p("Hierbij bieden wij u de jaarstukken 2023 van de gemeente Twenterand aan. De jaarstukken bestaan uit het jaarverslag "
  "(de programmaverantwoording en de paragrafen) en de jaarrekening (het overzicht van baten en lasten, de balans en de "
  "toelichtingen). Met de jaarstukken leggen wij verantwoording af over de uitvoering van de programmabegroting 2023.")
p(f"Het jaar 2023 sluiten wij af met een positief resultaat van € {nl(RES[2])}. In de begroting na wijziging gingen we nog "
  f"uit van een nadelig resultaat van € {nl(-RES[1])}. Het verschil komt vooral door een hogere algemene uitkering uit het "
  "gemeentefonds en meer verkochte bouwkavels. Daar staan hogere uitgaven voor jeugdhulp en Wmo tegenover. In paragraaf "
  "4.2 doen wij een voorstel voor de bestemming van het resultaat.")
p("Alle bedragen in dit document zijn verzonnen voor testdoeleinden (zie de titelpagina).", italic=True)

h2("1.2", "Jaarstukken 2023 in één oogopslag", "h-1-2")
p("De belangrijkste cijfers van 2023 op een rij. De bedragen zijn afgerond op een decimaal in miljoenen euro's.")
A = dict(BALANS_ACTIVA)
alg_31 = TW["RESERVES"][0][5]
tiles = [
    ("Totale lasten", mln(OV["tot_lasten"][2] * 1000)),
    ("Totale baten", mln(OV["tot_baten"][2] * 1000)),
    ("Resultaat 2023", mln(RES[2])),
    ("Lasten Sociaal Domein", mln(P3["tot_lasten"][2])),
    ("Investeringen", mln(TW_INVESTERINGEN)),
    ("Algemene reserve 31-12", mln(alg_31)),
    ("Solvabiliteitsratio", pct(TW["KENGETALLEN"]["Solvabiliteitsratio"][0])),
    ("Inwoners 31-12-2023", nl(TW_INW_31DEC)),
]
tile_rows = []
for r in range(2):
    lab_row, val_row = [], []
    for c in range(4):
        lab, val = tiles[r * 4 + c]
        lab_row.append(C(lab, align="center", fill="#e8f0f3", size="8.5pt", color=BLUE))
        val_row.append(C(val, align="center", fill="#e8f0f3", bold=True, size="13pt", color=BLUE))
    tile_rows.append(lab_row)
    tile_rows.append(val_row)
    if r == 0:
        tile_rows.append([C(" ", size="4pt") for _ in range(4)])
raw(table([42.5] * 4, [], tile_rows, keep=True, strong_rule="0pt solid white", font_size="9pt"))

h2("1.3", "Kerngegevens", "h-1-3")
caption("Tabel 1.1 Kerngegevens")
raw(table([100, 35, 35], [[C("Sociale structuur en fysieke structuur", bold=True), N("1-1-2023", bold=True),
                           N("31-12-2023", bold=True)]],
          [[C("Aantal inwoners"), N(nl(TW_INW_1JAN)), N(nl(TW_INW_31DEC))],
           [C("Aantal woningen"), N(nl(TW_WONINGEN)), N(nl(TW_WONINGEN + 121))],
           [C("Oppervlakte gemeente (hectare)"), N(nl(TW_OPPERVLAKTE_HA)), N(nl(TW_OPPERVLAKTE_HA))]], row_rules=True))

# ------------------------------------------------------------------------------------------------------------
# 2 Programmaverantwoording
# ------------------------------------------------------------------------------------------------------------
h1("2", "Programmaverantwoording", "h-2")
p("Per programma leggen wij verantwoording af aan de hand van drie vragen: Wat hebben we bereikt? Wat hebben we daarvoor "
  "gedaan? Wat heeft het gekost? In de tabellen 'Wat heeft het gekost?' staan de begroting 2023 zoals de raad die in "
  "november 2022 vaststelde (primitief), de begroting na alle wijzigingen van 2023 (na wijziging), de realisatie en het "
  "verschil tussen de begroting na wijziging en de realisatie. Een V staat voor een voordelig verschil, een N voor een "
  "nadelig verschil. Een negatief bedrag is weergegeven met -/- . Afwijkingen groter dan € 250.000 lichten wij toe.")


def indicator_table(cap, rows):
    caption(cap)
    hdr = [[C("Indicator", bold=True), C("Eenheid", bold=True), N("Streefwaarde 2023", bold=True),
            N("Realisatie 2023", bold=True), N("Realisatie 2022", bold=True), C("Bron", bold=True),
            C("Beoordeling", bold=True)]]
    body = [[C(r[0]), C(r[1]), N(r[2]), N(r[3]), N(r[4]), C(r[5]), C(r[6])] for r in rows]
    raw(table([50, 25, 18, 18, 18, 22, 19], hdr, body, font_size="7.8pt", row_rules=True))


def k_table(cap, prog):
    """Wat heeft het gekost? in x € 1.000 (P1, P2): scale in the header's first cell."""
    K = prog["K"]
    caption(cap)
    hdr = [[C("Bedragen (x € 1.000)", italic=True), C("Begroting 2023", span=2, align="center", bold=True),
            N("Realisatie", bold=True), C("Verschil", span=2, align="center", bold=True)],
           [C("Taakveld", bold=True), N("primitief", bold=True), N("na wijziging", bold=True), N("2023", bold=True),
            N("bedrag", bold=True), C("V/N", bold=True, align="center")]]
    body = [("group", [C("Lasten"), C(""), C(""), C(""), C(""), C("")])]
    for lab, v in K["lasten"]:
        d, m = vn(v[1] - v[2])
        body.append([C(lab, indent=6), N(slash(v[0])), N(slash(v[1])), N(slash(v[2])), N(d), C(m, align="center")])
    d, m = vn(K["tot_lasten"][1] - K["tot_lasten"][2])
    body.append(("total", [C("Totaal lasten"), N(slash(K["tot_lasten"][0])), N(slash(K["tot_lasten"][1])),
                           N(slash(K["tot_lasten"][2])), N(d), C(m, align="center")]))
    body.append(("group", [C("Baten"), C(""), C(""), C(""), C(""), C("")]))
    for lab, v in K["baten"]:
        d, m = vn(v[2] - v[1])
        body.append([C(lab, indent=6), N(slash(v[0])), N(slash(v[1])), N(slash(v[2])), N(d), C(m, align="center")])
    d, m = vn(K["tot_baten"][2] - K["tot_baten"][1])
    body.append(("total", [C("Totaal baten"), N(slash(K["tot_baten"][0])), N(slash(K["tot_baten"][1])),
                           N(slash(K["tot_baten"][2])), N(d), C(m, align="center")]))
    d, m = vn(K["saldo"][2] - K["saldo"][1])
    body.append(("total", [C("Saldo van baten en lasten"), N(slash(K["saldo"][0])), N(slash(K["saldo"][1])),
                           N(slash(K["saldo"][2])), N(d), C(m, align="center")]))
    d, m = vn(K["toevoeging"][1] - K["toevoeging"][2])
    body.append([C("Toevoeging aan reserves"), N(slash(K["toevoeging"][0])), N(slash(K["toevoeging"][1])),
                 N(slash(K["toevoeging"][2])), N(d), C(m, align="center")])
    d, m = vn(K["onttrekking"][2] - K["onttrekking"][1])
    body.append([C("Onttrekking aan reserves"), N(slash(K["onttrekking"][0])), N(slash(K["onttrekking"][1])),
                 N(slash(K["onttrekking"][2])), N(d), C(m, align="center")])
    d, m = vn(K["resultaat"][2] - K["resultaat"][1])
    body.append(("grand", [C("Resultaat programma"), N(slash(K["resultaat"][0])), N(slash(K["resultaat"][1])),
                           N(slash(K["resultaat"][2])), N(d), C(m, align="center")]))
    raw(table([70, 21, 21, 21, 19, 12], hdr, body))


# ---- Programma 1
h2("2.1", "Programma 1 Bestuur en Veiligheid", "h-2-1")
h3("Wat hebben we bereikt?")
p("Inwoners waarderen de dienstverlening van de gemeente met een 7,8. Dat is meer dan de streefwaarde van 7,5 en meer dan "
  "in 2022 (7,6). Het aantal woninginbraken daalde van 58 in 2022 naar 47 in 2023. De raad stelde in maart 2023 het "
  "Integraal Veiligheidsplan 2023-2026 vast, met ondermijning, zorg en veiligheid en jeugd en veiligheid als speerpunten.")
h3("Wat hebben we daarvoor gedaan?")
bullets([
    "Burgerzaken verstrekte 6.412 reisdocumenten en 3.875 rijbewijzen. Inwoners kunnen sinds mei 2023 ook op "
    "donderdagavond een afspraak maken in het gemeentehuis.",
    "Samen met politie en Belastingdienst voerden we vier integrale controles uit op bedrijventerreinen in het kader van "
    "de aanpak van ondermijning. We deden 9 Bibob-onderzoeken.",
    "De bijdrage aan de Veiligheidsregio Twente bedroeg € 2.736.500 (taakveld 1.1 Crisisbeheersing en brandweer).",
])
indicator_table("Tabel 2.1 Indicatoren Bestuur en Veiligheid", IND_P1)
h3("Wat heeft het gekost?")
k_table("Tabel 2.2 Wat heeft het gekost? Programma 1 Bestuur en Veiligheid", P1)
h3("Toelichting op de afwijkingen")
p("Er zijn binnen dit programma geen afwijkingen groter dan € 250.000. De lagere lasten van taakveld 1.2 Openbare orde en "
  "veiligheid komen doordat een deel van het budget voor de aanpak van ondermijning pas in 2024 wordt besteed; de "
  "onttrekking aan de reserve incidentele budgetten viel daardoor ook lager uit.")

# ---- Programma 2
K2 = P2["K"]
gr_l = dict(K2["lasten"])["8.2 Grondexploitatie (niet-bedrijventerreinen)"]
gr_b = dict(K2["baten"])["8.2 Grondexploitatie (niet-bedrijventerreinen)"]
afv_l = dict(K2["lasten"])["7.3 Afval"]
h2("2.2", "Programma 2 Fysiek Domein", "h-2-2", new_page=True)
h3("Wat hebben we bereikt?")
p("In 2023 zijn 127 nieuwbouwwoningen opgeleverd. Dat is minder dan de 150 woningen die we ons ten doel stelden. "
  "Stijgende bouwkosten, netcongestie en de stikstofproblematiek vertraagden een aantal projecten. Inwoners scheidden hun "
  "afval beter: de hoeveelheid fijn huishoudelijk restafval daalde van 118 naar 112 kilo per inwoner, maar bleef boven de "
  "streefwaarde van 100 kilo. 86% van de wegen voldoet aan kwaliteitsniveau basis of hoger.")
h3("Wat hebben we daarvoor gedaan?")
bullets([
    "In het woningbouwplan Het Hoge Veld in Vriezenveen verkochten we 38 bouwkavels, 12 meer dan begroot.",
    "We vervingen 4,2 kilometer riolering en koppelden 6.800 m² verhard oppervlak af van het riool.",
    "De Omgevingswet is per 1 januari 2024 ingevoerd; in 2023 zijn het omgevingsplan en de werkprocessen voorbereid.",
    "Met het programma dorpsvernieuwing ondersteunden we 14 initiatieven in de kernen, betaald uit de reserve "
    "dorpsvernieuwing.",
])
indicator_table("Tabel 2.3 Indicatoren Fysiek Domein", IND_P2)
h3("Wat heeft het gekost?")
k_table("Tabel 2.4 Wat heeft het gekost? Programma 2 Fysiek Domein", P2)
h3("Toelichting op de afwijkingen")
p(f"Grondexploitatie, baten € {nl((gr_b[2] - gr_b[1]) * 1000)} V. In Het Hoge Veld zijn meer kavels verkocht dan "
  "verwacht. De winst wordt volgens de regels tussentijds genomen naar rato van de voortgang van het plan.")
p(f"Grondexploitatie, lasten € {nl((gr_l[1] - gr_l[2]) * 1000)} V. Het bouwrijp maken van de tweede fase schuift deels "
  "door naar 2024.")
p("Afval, lasten. De kosten van de verwerking van restafval stegen door een hogere verbrandingsbelasting; het verschil "
  "blijft onder de grens van € 250.000 en wordt opgevangen binnen de egalisatie van de afvalstoffenheffing.")

# ---- Programma 3
h2("2.3", "Programma 3 Sociaal Domein", "h-2-3", new_page=True)
p("Het sociaal domein omvat de zorg en ondersteuning, werk en inkomen, (passend) onderwijs en het preventieve beleid rond "
  "jeugd en gezondheid. Net als in de programmabegroting is het programma ingedeeld in de doelenbomen Sociale zaken, "
  "Maatschappelijke ondersteuning, Gezondheidszorg, Onderwijs en Jeugd.")
h3("Wat hebben we bereikt?")
p("Sociale zaken. Het aantal uitkeringsgerechtigden in de Participatiewet daalde naar 452 (streefwaarde 470). 78 inwoners "
  "stroomden uit naar werk. Het aantal aanvragen bijzondere bijstand steeg naar 508, vooral door de hoge energiekosten; "
  "via het Noodfonds energie ondersteunden we 612 huishoudens.")
p("Maatschappelijke ondersteuning. Het aantal toegekende maatwerkvoorzieningen steeg naar 3.912. Vooral de vraag naar hulp "
  "bij het huishouden nam toe door het abonnementstarief en de vergrijzing.")
p("Gezondheidszorg. Het preventieakkoord Twenterand Gezond is uitgevoerd met sportverenigingen, scholen en huisartsen.")
p("Onderwijs. Er reisden 302 leerlingen met het leerlingenvervoer. Het bereik van voorschoolse educatie steeg naar 84% "
  "van de doelgroeppeuters.")
p("Jeugd. Het aantal jeugdigen met jeugdhulp steeg naar 1.187 (streefwaarde 1.050). Het CJG Loket had 104 bezoekers.")
h3("Wat hebben we daarvoor gedaan?")
bullets([
    "We openden in Vroomshoop een tweede Sociaal Team-inloop en breidden de praktijkondersteuning jeugd bij de huisartsen "
    "uit naar alle huisartsenpraktijken.",
    "Met de aanpak wachtlijsten jeugdhulp (€ 500.000 uit de reserve sociaal domein) kregen 64 jeugdigen sneller hulp.",
    "Schuldhulpverlening: 214 huishoudens meldden zich na een signaal van vroegsignalering.",
])
indicator_table("Tabel 2.5 Indicatoren Sociaal Domein", IND_P3)
h3("Wat heeft het gekost?")
caption("Tabel 2.6 Wat heeft het gekost? Programma 3 Sociaal Domein (per doelenboom)")
hdr = [[C("Bedragen in €", italic=True), C("Begroting 2023", span=2, align="center", bold=True),
        N("Realisatie", bold=True), C("Verschil", span=2, align="center", bold=True)],
       [C("Doelenboom", bold=True), N("primitief", bold=True), N("na wijziging", bold=True), N("2023", bold=True),
        N("bedrag", bold=True), C("V/N", bold=True, align="center")]]
body = [("group", [C("Lasten")] + [C("")] * 5)]
for lab, v in P3["lasten"]:
    d, m = vn(v[1] - v[2])
    body.append([C(lab, indent=6), N(slash(v[0])), N(slash(v[1])), N(slash(v[2])), N(d), C(m, align="center")])
d, m = vn(P3["tot_lasten"][1] - P3["tot_lasten"][2])
body.append(("total", [C("Totaal lasten")] + [N(slash(v)) for v in P3["tot_lasten"]] + [N(d), C(m, align="center")]))
body.append(("group", [C("Baten")] + [C("")] * 5))
for lab, v in P3["baten"]:
    d, m = vn(v[2] - v[1])
    body.append([C(lab, indent=6), N(slash(v[0])), N(slash(v[1])), N(slash(v[2])), N(d), C(m, align="center")])
d, m = vn(P3["tot_baten"][2] - P3["tot_baten"][1])
body.append(("total", [C("Totaal baten")] + [N(slash(v)) for v in P3["tot_baten"]] + [N(d), C(m, align="center")]))
d, m = vn(P3["saldo"][2] - P3["saldo"][1])
body.append(("total", [C("Saldo van baten en lasten")] + [N(slash(v)) for v in P3["saldo"]] + [N(d), C(m, align="center")]))
d, m = vn(P3["toevoeging"][1] - P3["toevoeging"][2])
body.append([C("Toevoeging aan reserves")] + [N(slash(v)) for v in P3["toevoeging"]] + [N(d), C(m, align="center")])
d, m = vn(P3["onttrekking"][2] - P3["onttrekking"][1])
body.append([C("Onttrekking aan reserves")] + [N(slash(v)) for v in P3["onttrekking"]] + [N(d), C(m, align="center")])
d, m = vn(P3["resultaat"][2] - P3["resultaat"][1])
body.append(("grand", [C("Resultaat programma")] + [N(slash(v)) for v in P3["resultaat"]] + [N(d), C(m, align="center")]))
raw(table([56, 24, 24, 24, 20, 12], hdr, body))
h3("Toelichting op de afwijkingen")
L3 = dict(P3["lasten"])
B3 = dict(P3["baten"])
p(f"Jeugd, lasten € {nl(L3['Jeugd'][2] - L3['Jeugd'][1])} N. De kosten van jeugdhulp vielen opnieuw hoger uit dan "
  "begroot. Het aantal jeugdigen met jeugdhulp steeg en vooral de trajecten jeugdhulp met verblijf (pleegzorg, "
  "gezinshuizen en residentiële jeugdhulp) duurden langer. Daarnaast stegen de tarieven van de regionale inkoop met 7,2% "
  "in plaats van de geraamde 4,5%. Met de aanpak wachtlijsten (€ 500.000) kregen jeugdigen sneller hulp, wat op korte "
  "termijn ook extra kosten gaf.")
p(f"Maatschappelijke ondersteuning, lasten € {nl(L3['Maatschappelijke ondersteuning'][2] - L3['Maatschappelijke ondersteuning'][1])} N. "
  "Meer inwoners deden een beroep op hulp bij het huishouden en begeleiding. Sinds de invoering van het abonnementstarief "
  "is de eigen bijdrage geen drempel meer.")
p(f"Sociale zaken, baten € {nl(B3['Sociale zaken'][2] - B3['Sociale zaken'][1])} V. De rijksvergoeding voor de "
  "bijstandsuitkeringen (BUIG) werd in de loop van 2023 verhoogd. Omdat het aantal uitkeringen daalde, viel dat voordelig "
  "uit. Ook de lasten van sociale zaken bleven "
  f"€ {nl(L3['Sociale zaken'][1] - L3['Sociale zaken'][2])} onder de begroting na wijziging.")
p(f"Onttrekking aan de reserve sociaal domein € {nl(P3['onttrekking'][1] - P3['onttrekking'][2])} N. Van de geraamde "
  f"onttrekking van € {nl(P3['onttrekking'][1])} is € {nl(P3['onttrekking'][2])} nodig geweest.")

# ---- 2.4 Algemene dekkingsmiddelen
ADM = TW["ADM"]
h2("2.4", "Algemene dekkingsmiddelen, overhead en onvoorzien", "h-2-4", new_page=True)
p("De algemene dekkingsmiddelen zijn de inkomsten die de gemeente vrij mag besteden: de algemene uitkering uit het "
  "gemeentefonds, de onroerendezaakbelastingen (OZB), de toeristenbelasting en het dividend. De kosten van heffing en "
  "invordering en de rente staan er als lasten tegenover.")
caption("Tabel 2.7 Algemene dekkingsmiddelen")
hdr = [[C("Bedragen (x € 1.000)", italic=True), C("Begroting 2023", span=2, align="center", bold=True),
        N("Realisatie", bold=True), C("Verschil", span=2, align="center", bold=True)],
       [C("", bold=True), N("primitief", bold=True), N("na wijziging", bold=True), N("2023", bold=True),
        N("bedrag", bold=True), C("V/N", bold=True, align="center")]]
body = [("group", [C("Baten")] + [C("")] * 5)]
for lab, v in ADM["baten"]:
    d, m = vn(v[2] - v[1])
    body.append([C(lab, indent=6), N(slash(v[0])), N(slash(v[1])), N(slash(v[2])), N(d), C(m, align="center")])
d, m = vn(ADM["tot_baten"][2] - ADM["tot_baten"][1])
body.append(("total", [C("Totaal baten")] + [N(slash(v)) for v in ADM["tot_baten"]] + [N(d), C(m, align="center")]))
body.append(("group", [C("Lasten")] + [C("")] * 5))
for lab, v in ADM["lasten"]:
    d, m = vn(v[1] - v[2])
    body.append([C(lab, indent=6), N(slash(v[0])), N(slash(v[1])), N(slash(v[2])), N(d), C(m, align="center")])
d, m = vn(ADM["tot_lasten"][1] - ADM["tot_lasten"][2])
body.append(("total", [C("Totaal lasten")] + [N(slash(v)) for v in ADM["tot_lasten"]] + [N(d), C(m, align="center")]))
d, m = vn(ADM["saldo"][2] - ADM["saldo"][1])
body.append(("grand", [C("Saldo algemene dekkingsmiddelen")] + [N(slash(v)) for v in ADM["saldo"]] + [N(d), C(m, align="center")]))
raw(table([66, 22, 22, 22, 19, 12], hdr, body))
AU = TW["AU"]
p(f"De algemene uitkering viel € {nl(AU[2] - AU[1])} hoger uit dan in de begroting na wijziging. Het grootste deel "
  "daarvan komt uit de decembercirculaire 2023 (onder meer de compensatie voor de loon- en prijsontwikkeling). Deze "
  "middelen konden in 2023 niet meer worden ingezet en vallen vrij in het resultaat.")
p(f"Overhead. De lasten van de overhead (taakveld 0.4) bedroegen € {nl(OVERHEAD['lasten'][2])} tegen "
  f"€ {nl(OVERHEAD['lasten'][1])} begroot na wijziging. Vennootschapsbelasting: € {nl(VPB[2])}. Van de post onvoorzien "
  f"(€ {nl(ONVOORZIEN[0])} in de primitieve begroting) is niets gebruikt; het restant van € {nl(ONVOORZIEN[1])} na "
  "wijziging valt vrij.")

# ------------------------------------------------------------------------------------------------------------
# 3 Paragrafen
# ------------------------------------------------------------------------------------------------------------
WV = TW["WV"]
h1("3", "Paragrafen", "h-3")
h2("3.1", "Weerstandsvermogen en risicobeheersing", "h-3-1")
p("Het weerstandsvermogen is het vermogen om financiële tegenvallers op te vangen zonder dat het beleid hoeft te worden "
  "aangepast. Het is de verhouding tussen de beschikbare weerstandscapaciteit en de benodigde weerstandscapaciteit. De "
  "benodigde capaciteit volgt uit de risico's, gewogen met de kans dat zij zich voordoen.")
caption("Tabel 3.1 Belangrijkste risico's per 31-12-2023")
body = [[C(n), N(f"{kans}%"), N("€ " + nl(eff)), N("€ " + nl(rnd(kans * eff / 100)))] for n, kans, eff in RISKS]
body.append(("total", [C("Benodigde weerstandscapaciteit"), C(""), C(""), N("€ " + nl(WV["benodigd"]))]))
raw(table([84, 20, 33, 33], [[C("Risico", bold=True), N("Kans", bold=True), N("Financieel effect", bold=True),
                               N("Benodigd", bold=True)]], body, row_rules=True))
caption("Tabel 3.2 Weerstandsvermogen")
body = [[C("Algemene reserve per 31-12-2023"), N("€ " + nl(TW["RESERVES"][0][5]))],
        [C("Onbenutte belastingcapaciteit"), N("€ " + nl(ONBENUTTE_BELASTINGCAPACITEIT))],
        ("total", [C("Beschikbare weerstandscapaciteit"), N("€ " + nl(WV["beschikbaar"]))]),
        [C("Benodigde weerstandscapaciteit"), N("€ " + nl(WV["benodigd"]))],
        ("grand", [C("Ratio weerstandsvermogen"), N(nl(WV["ratio"], 2))])]
raw(table([120, 50], [], body))
p(f"De ratio weerstandsvermogen komt uit op {nl(WV['ratio'], 2)}. Volgens de normtabel van het Nederlands Instituut voor "
  "Fysieke Veiligheid en de Universiteit Twente is dat uitstekend (waardering A, ratio groter dan 2,0). Het grootste "
  "risico blijft het open-eindekarakter van jeugdhulp en Wmo: de gemeente moet hulp bieden aan iedereen die daar recht op "
  "heeft, ook als het budget op is. Ook de herverdeling van het gemeentefonds en de grondexploitaties brengen risico's mee.")

h2("3.2", "Financiële kengetallen", "h-3-2")
p("De financiële kengetallen geven samen een beeld van de financiële positie. De meest recente jaren staan links.")
caption("Tabel 3.3 Financiële kengetallen")
KG = TW["KENGETALLEN"]
hdr = [[C("Kengetal", bold=True), N("Realisatie 2023", bold=True), N("Begroting 2023", bold=True),
        N("Realisatie 2022", bold=True), N("Realisatie 2021", bold=True)]]
body = [[C(row)] + [N(pct(v)) for v in vals] for row, vals in KG.items()]
raw(table([78, 23, 23, 23, 23], hdr, body, row_rules=True))
p(f"De netto schuldquote daalde van {pct(KG['Netto schuldquote'][2])} naar {pct(KG['Netto schuldquote'][0])}, omdat de "
  "totale baten sterker stegen dan de schulden. De solvabiliteitsratio, het eigen vermogen als deel van het totale "
  f"vermogen, kwam uit op {pct(KG['Solvabiliteitsratio'][0])}. Een netto schuldquote onder de 90% valt in de "
  "categorie A (minst risicovol).")

# ------------------------------------------------------------------------------------------------------------
# 4 Jaarrekening
# ------------------------------------------------------------------------------------------------------------
h1("4", "Jaarrekening", "h-4")
h2("4.1", "Overzicht van baten en lasten", "h-4-1")
caption("Tabel 4.1 Overzicht van baten en lasten 2023")
hdr = [[C("Omschrijving", bold=True), N("Begroting 2023 primitief", bold=True), N("Begroting 2023 na wijziging", bold=True),
        N("Realisatie 2023", bold=True)]]
hdr[0][1].sup = "1"
body = [("group", [C("Lasten"), C(""), C(""), C("")])]
for lab, v in OV["lasten"]:
    body.append([C(lab, indent=6)] + [N(slash(a)) for a in v])
body.append(("total", [C("Totaal lasten")] + [N(slash(a)) for a in OV["tot_lasten"]]))
body.append(("group", [C("Baten"), C(""), C(""), C("")]))
for lab, v in OV["baten"]:
    body.append([C(lab, indent=6)] + [N(slash(a)) for a in v])
body.append(("total", [C("Totaal baten")] + [N(slash(a)) for a in OV["tot_baten"]]))
body.append(("total", [C("Gerealiseerd saldo van baten en lasten")] + [N(slash(a)) for a in OV["saldo"]]))
body.append([C("Toevoegingen aan reserves")] + [N(slash(a)) for a in OV["toevoeging"]])
body.append([C("Onttrekkingen aan reserves")] + [N(slash(a)) for a in OV["onttrekking"]])
body.append(("grand", [C("Gerealiseerd resultaat")] + [N(slash(a)) for a in OV["resultaat"]]))
raw(table([80, 30, 30, 30], hdr, body))
note("1 Alle bedragen in deze tabel zijn x € 1.000. Lasten en baten zijn positief weergegeven; een nadelig saldo of "
     "resultaat is aangeduid met -/- . Door afronding kunnen de totalen afwijken van de som van de afzonderlijke bedragen "
     "en van de bedragen in euro's elders in deze jaarstukken.")

h2("4.2", "Resultaat en resultaatbestemming", "h-4-2")
rest = RES[2] - 500_000
p(f"Het gerealiseerde resultaat over 2023 bedraagt € {nl(RES[2])} voordelig. Wij stellen de raad voor om dit resultaat als "
  f"volgt te bestemmen: € 500.000 toevoegen aan de reserve sociaal domein, om de aanpak van de wachtlijsten jeugdhulp in "
  f"2024 voort te zetten, en het restant van € {nl(rest)} toevoegen aan de algemene reserve. Het resultaat over 2022 "
  f"(€ {nl(RESULTAAT_2022)}) is in 2023 bestemd volgens het raadsbesluit van 29 juni 2023; zie de kolom 'Bestemming "
  "resultaat 2022' in tabel 4.3.")

h2("4.3", "Balans per 31 december 2023", "h-4-3")
B = TW["BALANS"]
caption("Tabel 4.2 Balans per 31 december")
hdr = [[C("Activa", bold=True), N("31-12-2023 (x € 1.000)", bold=True), N("31-12-2022 (x € 1.000)", bold=True)]]
body = []
for lab, v in BALANS_ACTIVA[:3]:
    body.append([C(lab, indent=6), N(nl(v[0])), N(nl(v[1]))])
body.append(("total", [C("Totaal vaste activa"), N(nl(B["vaste_act"][0])), N(nl(B["vaste_act"][1]))]))
for lab, v in BALANS_ACTIVA[3:]:
    body.append([C(lab, indent=6), N(nl(v[0])), N(nl(v[1]))])
body.append(("total", [C("Totaal vlottende activa"), N(nl(B["vl_act"][0])), N(nl(B["vl_act"][1]))]))
body.append(("grand", [C("Totaal activa"), N(nl(B["tot_act"][0])), N(nl(B["tot_act"][1]))]))
body.append(("group", [C("Passiva"), C(""), C("")]))
body.append([C("Algemene reserve", indent=6), N(nl(B["alg"][0])), N(nl(B["alg"][1]))])
body.append([C("Bestemmingsreserves", indent=6), N(nl(B["best"][0])), N(nl(B["best"][1]))])
body.append([C("Gerealiseerd resultaat", indent=6), N(nl(B["res"][0])), N(nl(B["res"][1]))])
body.append(("total", [C("Eigen vermogen"), N(nl(B["ev"][0])), N(nl(B["ev"][1]))]))
body.append([C("Voorzieningen", indent=6), N(nl(BALANS_VOORZIENINGEN[0])), N(nl(BALANS_VOORZIENINGEN[1]))])
body.append([C("Vaste schulden één jaar of langer", indent=6), N(nl(BALANS_VASTE_SCHULDEN[0])), N(nl(BALANS_VASTE_SCHULDEN[1]))])
body.append(("total", [C("Totaal vaste passiva"), N(nl(B["vaste_pas"][0])), N(nl(B["vaste_pas"][1]))]))
body.append([C("Netto vlottende schulden", indent=6), N(nl(BALANS_VLOTTENDE_SCHULDEN[0])), N(nl(BALANS_VLOTTENDE_SCHULDEN[1]))])
body.append([C("Overlopende passiva", indent=6), N(nl(B["overl_pas"][0])), N(nl(B["overl_pas"][1]))])
body.append(("total", [C("Totaal vlottende passiva"), N(nl(B["vl_pas"][0])), N(nl(B["vl_pas"][1]))]))
body.append(("grand", [C("Totaal passiva"), N(nl(B["tot_pas"][0])), N(nl(B["tot_pas"][1]))]))
raw(table([100, 35, 35], hdr, body))

h2("4.4", "Reserves", "h-4-4", new_page=True)
p("Het verloop van de reserves in 2023 staat in tabel 4.3. De bestemming van het resultaat over 2022 is apart "
  "weergegeven. Een streepje betekent dat er geen mutatie was.")
caption("Tabel 4.3 Verloop van de reserves 2023 (bedragen in €)")
hdr = [[C("Reserve", bold=True), N("Stand 1-1-2023", bold=True), N("Bestemming resultaat 2022", bold=True),
        N("Toevoeging", bold=True), N("Onttrekking", bold=True), N("Stand 31-12-2023", bold=True)]]


def dash(v):
    return "-" if v == 0 else nl(v)


body = []
for i, (name, s1, best, toe, ont, s31) in enumerate(TW["RESERVES"]):
    cells = [C(name), N(dash(s1)), N(dash(best)), N(dash(toe)), N(dash(ont)), N(dash(s31))]
    if name == "Reserve sociaal domein":
        cells[4].sup = "2"
    body.append(cells)
    if i == 0:
        body.append(("group", [C("Bestemmingsreserves"), C(""), C(""), C(""), C(""), C("")]))
rt = TW["RES_TOT"]
body.append(("grand", [C("Totaal reserves")] + [N(nl(v)) for v in rt]))
raw(table([56, 23, 24, 21, 21, 25], hdr, body, font_size="8pt"))
note(f"2 Waarvan € {nl(RES_SD_WACHTLIJST)} voor de aanpak van de wachtlijsten jeugdhulp (zie programma 3).")
p("De algemene reserve is de buffer voor onvoorziene tegenvallers en telt mee in de weerstandscapaciteit. De reserve "
  "sociaal domein vangt schommelingen in de kosten van jeugdhulp, Wmo en participatie op en financiert de transformatie "
  "van het sociaal domein. De reserve kapitaallasten dekt de afschrijvingslasten van eerder gedane investeringen, zoals "
  "de brede scholen. Uit de reserve dorpsvernieuwing betalen we initiatieven van inwoners in de kernen.")

# ------------------------------------------------------------------------------------------------------------
# Bijlage 1 taakvelden (continues over a page; FOP repeats the table-header)
# ------------------------------------------------------------------------------------------------------------
h1("", "Bijlage 1 Overzicht baten en lasten per taakveld", "h-b1", new_page=False)
p("Het Besluit begroting en verantwoording (BBV) schrijft voor dat de realisatie ook per taakveld wordt weergegeven. "
  "Dit overzicht bevat alle taakvelden, inclusief de mutaties in de reserves. Het saldo is baten min lasten.")
p("De indeling van het sociaal domein naar taakvelden wijkt af van de indeling naar doelenbomen in programma 3: een "
  "taakveld kan bij meer doelenbomen horen.")
p("Deze bijlage is opgesteld op basis van de financiële administratie per 31 december 2023. Verschillen tussen het "
  "taakveldenoverzicht en de programmatabellen ontstaan doordat de programmatabellen in duizenden euro's zijn afgerond.")
caption("Tabel B.1 Baten en lasten per taakveld, realisatie 2023 (bedragen in €)")
hdr = [[C("Taakveld", bold=True), N("Lasten", bold=True), N("Baten", bold=True), N("Saldo", bold=True)]]
body = []
for lab, l, b, prog in TW["TAAKVELDEN"]:
    cells = [C(lab), N(nl(l)), N(nl(b)), N(slash(b - l))]
    if lab.startswith("6.72"):
        cells[1].sup = "3"
    body.append(cells)
body.append(("grand", [C("Totaal"), N(nl(TW["TV_TOT_LASTEN"])), N(nl(TW["TV_TOT_BATEN"])),
                       N(slash(TW["TV_TOT_BATEN"] - TW["TV_TOT_LASTEN"]))]))
raw(table([92, 26, 26, 26], hdr, body, keep=False, row_rules=True, font_size="8.5pt"))
note("3 Inclusief € 1.284.512 hogere lasten jeugdhulp dan begroot (zie de toelichting bij programma 3).")

# ------------------------------------------------------------------------------------------------------------
# assemble
# ------------------------------------------------------------------------------------------------------------
def toc_block():
    out = [f'<fo:block font-family="{SANS}" font-size="17pt" font-weight="bold" color="{BLUE}" space-after="8pt">Inhoud</fo:block>']
    for lvl, ident, title in toc:
        ind = "0mm" if lvl == 1 else "6mm"
        wt = "bold" if lvl == 1 else "normal"
        sb = "5pt" if lvl == 1 else "1pt"
        out.append(f'<fo:block text-align-last="justify" start-indent="{ind}" font-weight="{wt}" space-before="{sb}">'
                   f'{x(title)}<fo:leader leader-pattern="dots"/><fo:page-number-citation ref-id="{ident}"/></fo:block>')
    return "".join(out)


def build(outdir):
    fo = f'''<?xml version="1.0" encoding="UTF-8"?>
<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" font-family="{SERIF}" font-size="10pt" line-height="1.3" language="nl">
<fo:layout-master-set>
  <fo:simple-page-master master-name="title" page-height="297mm" page-width="210mm" margin="20mm 22mm 20mm 22mm">
    <fo:region-body/>
  </fo:simple-page-master>
  <fo:simple-page-master master-name="body" page-height="297mm" page-width="210mm" margin="12mm 20mm 10mm 20mm">
    <fo:region-body margin-top="14mm" margin-bottom="14mm"/>
    <fo:region-before extent="10mm"/>
    <fo:region-after extent="8mm"/>
  </fo:simple-page-master>
</fo:layout-master-set>
<fo:declarations><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Jaarstukken 2023 gemeente Twenterand (fictief)</dc:title>
<dc:creator>Gemeente Twenterand (fictief testdocument)</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta></fo:declarations>
<fo:page-sequence master-reference="title"><fo:flow flow-name="xsl-region-body">{title_page}</fo:flow></fo:page-sequence>
<fo:page-sequence master-reference="body" initial-page-number="2">
  <fo:static-content flow-name="xsl-region-before">
    <fo:block font-family="{SANS}" font-size="8pt" color="{BLUE}" border-bottom="0.5pt solid {BLUE}" text-align-last="justify">Gemeente Twenterand<fo:leader leader-pattern="space"/>Jaarstukken 2023</fo:block>
  </fo:static-content>
  <fo:static-content flow-name="xsl-region-after">
    <fo:block font-family="{SANS}" font-size="8pt" text-align="end">Pagina <fo:page-number/></fo:block>
  </fo:static-content>
  <fo:flow flow-name="xsl-region-body">
  {toc_block()}
  {"".join(parts)}
  </fo:flow>
</fo:page-sequence>
</fo:root>'''
    fo_path = os.path.join(HERE, "twenterand-jaarstukken-2023.fo")
    with open(fo_path, "w", encoding="utf-8") as f:
        f.write(fo)
    out = os.path.join(outdir, OUTNAME)
    r = subprocess.run(["fop", "-q", "-c", os.path.join(HERE, "fop.xconf"), "-fo", fo_path, "-pdf", out],
                       capture_output=True, text=True)
    if r.returncode != 0 or not os.path.exists(out):
        sys.stderr.write(r.stdout + r.stderr)
        raise SystemExit("fop failed")
    return out


if __name__ == "__main__":
    print(build(sys.argv[1] if len(sys.argv) > 1 else "."))
