"""Data and HTML for the FICTIONAL 'Intergemeentelijke Sociale Dienst Aamstreek - Jaarstukken 2024'.

The body, its four member municipalities (Aamsveen, Holterbroek, Marlemond, Oudewerf) and every
amount, count and percentage are made up. The HTML is rendered to PDF by HTMLDOC (build.sh).
Writes build/isd.html and build/isd_facts.json.
"""
import json
import os

from common import rnd, k, grp, nl, par, dec, eur, dash0

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, "build")
os.makedirs(BUILD, exist_ok=True)
FACTS = {}


def fact(key, value, printed, where, **extra):
    assert key not in FACTS, key
    d = {"value": value, "printed": printed, "where": where}
    d.update(extra)
    FACTS[key] = d


ORG = "Intergemeentelijke Sociale Dienst Aamstreek"
GEM = ["Aamsveen", "Holterbroek", "Marlemond", "Oudewerf"]
INW = [41230, 23918, 17402, 12655]            # 1-1-2023
UITK22 = [631, 307, 248, 136]                 # huishoudens met Pw-uitkering 31-12-2022
assert sum(UITK22) == 1322

# verdeelsleutel uitvoeringskosten 2024: 50% inwoners, 50% uitkeringen
raw = [0.5 * INW[i] / sum(INW) + 0.5 * UITK22[i] / sum(UITK22) for i in range(4)]
pct_c = [rnd(x * 10000) for x in raw]           # hundredths of a percent
pct_c[-1] = 10000 - sum(pct_c[:-1])

# ---------------------------------------------------------------------------------------------
# Jaarrekening lines: label, realisatie 2023 (k), primitief 2024, na wijziging 2024, realisatie 2024 (euros)
# ---------------------------------------------------------------------------------------------
UITV = [("Salarissen en sociale lasten", 6502, 7105000, 7240000, 6887412),
        ("Inhuur derden", 812, 350000, 520000, 698305),
        ("Overige personeelskosten", 214, 260000, 260000, 231884),
        ("Huisvesting", 402, 436000, 436000, 428916),
        ("ICT en applicaties", 918, 985000, 1040000, 1062537),
        ("Overige bedrijfsvoering", 376, 402000, 402000, 365208),
        ("Kapitaallasten", 188, 214000, 214000, 207440)]
REG = [("Bijstandsuitkeringen Participatiewet", 22914, 23650000, 23480000, 22867582, "Inkomen"),
       ("IOAW en IOAZ", 1402, 1410000, 1410000, 1336790, "Inkomen"),
       ("Bbz 2004", 715, 680000, 680000, 593115, "Inkomen"),
       ("Bijzondere bijstand", 1488, 1520000, 1620000, 1497366, "Minima"),
       ("Minimaregelingen (individuele inkomenstoeslag en meedoenregeling)", 1102, 1180000, 1230000, 1314870, "Minima"),
       ("Schuldhulpverlening", 706, 745000, 790000, 822134, "Minima"),
       ("Re-integratie en participatie", 1954, 2150000, 2150000, 1786409, "Participatie")]
BBZ_RIJK = (690, 610000, 610000, 541220)
TERUGV = (455, 420000, 420000, 502771)
OVERIG = (71, 40000, 60000, 88416)
TOEV = (75, 75000, 75000, 75000)      # bestemmingsreserve Vervanging ICT
ONTT = (0, 0, 120000, 120000)         # bestemmingsreserve Participatiewet in balans
RESULT_2023_E = 312640

uitv = {j: sum(x[j] for x in UITV) for j in (2, 3, 4)}
reg = {j: sum(x[j] for x in REG) for j in (2, 3, 4)}
bijdr_uitv = {2: uitv[2] + TOEV[1] - ONTT[1] - OVERIG[1], 3: uitv[3] + TOEV[2] - ONTT[2] - OVERIG[2]}
bijdr_uitv[4] = bijdr_uitv[3]                      # billed on the amended budget, settled afterwards
bijdr_reg = {j: reg[j] - BBZ_RIJK[j - 1] - TERUGV[j - 1] for j in (2, 3, 4)}
RESULT_E = bijdr_uitv[4] + OVERIG[3] - uitv[4] - TOEV[3] + ONTT[3]
for j in (2, 3):
    assert bijdr_uitv[j] + OVERIG[j - 1] - uitv[j] - TOEV[j - 1] + ONTT[j - 1] == 0

# k-level table (sums of rounded rows)
def kk(v):
    return k(v)


rows_k = []   # (label, [r23, p, w, r], kind)  kind: L (lasten) / B (baten) / other
for lab, r23, pp, w, r in UITV:
    rows_k.append((lab, [r23, kk(pp), kk(w), kk(r)], "L", "uitv"))
for lab, r23, pp, w, r, _ in REG:
    rows_k.append((lab, [r23, kk(pp), kk(w), kk(r)], "L", "reg"))
# baten
R23_reg_tot = sum(x[1] for x in REG)
R23_bijdr_reg = R23_reg_tot - BBZ_RIJK[0] - TERUGV[0]
R23_uitv_tot = sum(x[1] for x in UITV)
R23_result_k = k(RESULT_2023_E)
R23_bijdr_uitv = R23_result_k - OVERIG[0] + R23_uitv_tot + TOEV[0] - ONTT[0]
bat = [("Bijdragen deelnemers uitvoeringskosten", [R23_bijdr_uitv, kk(bijdr_uitv[2]), kk(bijdr_uitv[3]), kk(bijdr_uitv[4])]),
       ("Bijdragen deelnemers regelingen", [R23_bijdr_reg, kk(bijdr_reg[2]), kk(bijdr_reg[3]), kk(bijdr_reg[4])]),
       ("Rijksvergoeding Bbz", [BBZ_RIJK[0], kk(BBZ_RIJK[1]), kk(BBZ_RIJK[2]), kk(BBZ_RIJK[3])]),
       ("Terugvordering en verhaal", [TERUGV[0], kk(TERUGV[1]), kk(TERUGV[2]), kk(TERUGV[3])]),
       ("Overige baten", [OVERIG[0], kk(OVERIG[1]), kk(OVERIG[2]), kk(OVERIG[3])])]
L_uitv_k = [sum(r[1][i] for r in rows_k if r[3] == "uitv") for i in range(4)]
L_reg_k = [sum(r[1][i] for r in rows_k if r[3] == "reg") for i in range(4)]
L_k = [L_uitv_k[i] + L_reg_k[i] for i in range(4)]
B_k = [sum(b[1][i] for b in bat) for i in range(4)]
S_k = [B_k[i] - L_k[i] for i in range(4)]
T_k = [TOEV[0], kk(TOEV[1]), kk(TOEV[2]), kk(TOEV[3])]
O_k = [ONTT[0], kk(ONTT[1]), kk(ONTT[2]), kk(ONTT[3])]
R_k = [S_k[i] - T_k[i] + O_k[i] for i in range(4)]
assert R_k[0] == R23_result_k


def vn_l(w, r):     # lasten: lower realisation = voordeel
    d = w - r
    return grp(abs(d)) if d else "0", ("V" if d > 0 else ("N" if d < 0 else ""))


def vn_b(w, r):     # baten: higher realisation = voordeel
    d = r - w
    return grp(abs(d)) if d else "0", ("V" if d > 0 else ("N" if d < 0 else ""))


# ---------------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------------
H = []


def w(s):
    H.append(s)


def table_open(width="100%"):
    w('<table border="0" cellpadding="3" cellspacing="0" width="%s">' % width)


def tr(cells, bold=False, bg=None, aligns=None):
    s = "<tr%s>" % (' bgcolor="%s"' % bg if bg else "")
    for i, c in enumerate(cells):
        attrs = ""
        txt = c
        if isinstance(c, dict):
            txt = c["c"]
            for a in ("colspan", "rowspan", "width"):
                if a in c:
                    attrs += ' %s="%s"' % (a, c[a])
            if "align" in c:
                attrs += ' align="%s"' % c["align"]
        elif aligns:
            attrs += ' align="%s"' % aligns[i]
        if bold:
            txt = "<b>%s</b>" % txt
        s += "<td%s>%s</td>" % (attrs, txt)
    w(s + "</tr>")


HEAD_BG = "#D9D9D9"
SUB_BG = "#F2F2F2"

w('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">')
w("<title>Jaarstukken 2024 ISD Aamstreek (FICTIEF DOCUMENT)</title>")
w('<meta name="author" content="ISD Aamstreek (fictief)"><meta name="subject" content="Fictief testdocument"></head><body>')
w('<!-- HEADER LEFT "" --><!-- HEADER CENTER "" --><!-- HEADER RIGHT "" -->')
w('<!-- FOOTER LEFT "FICTIEF DOCUMENT - ISD Aamstreek, Jaarstukken 2024 - alle bedragen zijn verzonnen" -->')
w('<!-- FOOTER CENTER "" --><!-- FOOTER RIGHT "$PAGE" -->')

# ---- cover -------------------------------------------------------------------------------------
w("<br><br><br><br>")
w('<p align="center"><font size="+3"><b>%s</b></font></p>' % ORG)
w('<p align="center"><font size="+4"><b>Jaarstukken 2024</b></font></p>')
w('<p align="center">Jaarverslag en jaarrekening 2024<br>Vastgesteld door het algemeen bestuur op 26 juni 2025</p>')
w("<br><br>")
w('<table border="3" cellpadding="12" cellspacing="0" width="85%" align="center"><tr><td align="center">'
  '<font size="+3"><b>FICTIEF DOCUMENT</b></font><br><br>'
  "Deze jaarstukken zijn verzonnen voor het testen van software. De sociale dienst, de vier deelnemende gemeenten en "
  "alle bedragen, aantallen en percentages bestaan niet.</td></tr></table>")
w("<br><br>")
w('<p align="center">Deelnemers: gemeente Aamsveen, gemeente Holterbroek, gemeente Marlemond en gemeente Oudewerf</p>')
w('<p align="center"><i>Bedragen in deze jaarstukken zijn in euro\'s, tenzij bij een tabel anders vermeld.</i></p>')
w("<!-- NEW PAGE -->")
w('<!-- HEADER RIGHT "ISD Aamstreek | Jaarstukken 2024" -->')

# ---- inhoud + voorwoord ------------------------------------------------------------------------
w("<h2>Inhoud</h2>")
w("<p>1. Voorwoord<br>2. Kerncijfers 2024<br>3. Jaarverslag: programma's Inkomen, Participatie en Minima en schulden<br>"
  "4. Paragrafen: weerstandsvermogen en risicobeheersing, financiering, bedrijfsvoering<br>"
  "5. Jaarrekening: overzicht van baten en lasten en toelichting<br>6. Balans per 31 december 2024<br>"
  "7. Reserves en voorzieningen<br>8. Bijdragen van de deelnemers<br>9. Resultaatbestemming<br>"
  "Bijlage 1. Baten en lasten per taakveld 2024<br>Bijlage 2. Rechtmatigheidsverantwoording en overige gegevens</p>")
w("<h2>1. Voorwoord</h2>")
w("<p>De Intergemeentelijke Sociale Dienst Aamstreek (ISD Aamstreek) voert sinds 2015 voor de gemeenten Aamsveen, Holterbroek, "
  "Marlemond en Oudewerf de Participatiewet, de IOAW, de IOAZ, het Besluit bijstandverlening zelfstandigen (Bbz 2004), het "
  "minimabeleid en de schuldhulpverlening uit. De ISD is een openbaar lichaam op grond van de Wet gemeenschappelijke regelingen.</p>")
w("<p>2024 was een jaar waarin het aantal huishoudens met een bijstandsuitkering verder daalde, terwijl het aantal aanmeldingen "
  "voor schuldhulpverlening opnieuw toenam. Door de krappe arbeidsmarkt vonden veel inwoners werk, maar de groep die overblijft "
  "heeft vaker meervoudige problemen. Wij hebben daarom geïnvesteerd in brede intake-gesprekken en in de samenwerking met de "
  "wijkteams van de vier gemeenten.</p>")
w("<p>De ISD sluit 2024 af met een positief resultaat na bestemming van %s. Het dagelijks bestuur stelt voor dit resultaat "
  "volgens de verdeelsleutel terug te betalen aan de deelnemende gemeenten (zie hoofdstuk 9).</p>" % eur(RESULT_E))
w("<p><i>Het dagelijks bestuur van de ISD Aamstreek</i></p>")
fact("resultaat_e", RESULT_E, grp(RESULT_E), "Voorwoord and hoofdstuk 9 prose (resultaat na bestemming); overzicht baten en lasten: %s (x € 1.000)" % nl(R_k[3]),
     k_value=R_k[3] * 1000, k_printed=nl(R_k[3]))
w("<!-- NEW PAGE -->")

# ---- kerncijfers (newest first) -----------------------------------------------------------------
w("<h2>2. Kerncijfers 2024</h2>")
w("<p>De tabel toont de belangrijkste aantallen over de laatste drie jaar. Het meest recente jaar staat links.</p>")
KC = [("Huishoudens met een bijstandsuitkering (Participatiewet) per 31-12", 1251, 1284, 1322),
      ("Instroom in de bijstand", 388, 402, 371),
      ("Uitstroom uit de bijstand", 421, 440, 456),
      ("&nbsp;&nbsp;waarvan uitstroom naar werk", 163, 158, 171),
      ("Uitkeringen IOAW en IOAZ per 31-12", 74, 79, 83),
      ("Aanvragen Bbz 2004", 58, 61, 97),
      ("Aanvragen bijzondere bijstand", 2318, 2206, 2431),
      ("Aanmeldingen schuldhulpverlening", 486, 452, 397),
      ("Huishoudens met een meedoenregeling", 1905, 1844, 1760),
      ("Beslissingen binnen de wettelijke termijn (%)", "93,8", "91,2", "88,5"),
      ("Bezwaarschriften", 147, 163, 172),
      ("Formatie in fte per 31-12", "86,4", "84,9", "83,1")]
assert 1284 + 388 - 421 == 1251 and 1322 + 402 - 440 == 1284
table_open("90%")
tr(["Kerncijfer", {"c": "2024", "align": "right"}, {"c": "2023", "align": "right"}, {"c": "2022", "align": "right"}], bold=True, bg=HEAD_BG)
for lab, a, b, c in KC:
    f = lambda v: grp(v) if isinstance(v, int) else v
    tr([lab, f(a), f(b), f(c)], aligns=["left", "right", "right", "right"])
w("</table>")
fact("hh_bijstand_2024", 1251, "1.251", "Kerncijfers 2024 table, row 'Huishoudens met een bijstandsuitkering ... per 31-12', column 2024 (years newest first)",
     near=["1.284 (2023)", "1.322 (2022)"])
fact("hh_bijstand_2022", 1322, "1.322", "Kerncijfers table, same row, column 2022", near=["1.284 (2023)"])
fact("schuldhulp_2024", 486, "486", "Kerncijfers table, row 'Aanmeldingen schuldhulpverlening', column 2024", near=["452 (2023)"])
fact("termijn_2024", 93.8, "93,8", "Kerncijfers table, row 'Beslissingen binnen de wettelijke termijn (%)', column 2024", near=["91,2 (2023)"])
fact("uitstroom_werk_2024", 163, "163", "Kerncijfers table, row 'waarvan uitstroom naar werk', column 2024", near=["421 (alle uitstroom)", "158 (2023)"])

w("<p>Huishoudens met een bijstandsuitkering per gemeente per 31 december 2024:</p>")
HH24 = [597, 291, 233, 130]
assert sum(HH24) == 1251
table_open("70%")
tr(["Gemeente"] + [{"c": g, "align": "right"} for g in GEM] + [{"c": "Totaal", "align": "right"}], bold=True, bg=HEAD_BG)
tr(["Huishoudens"] + [grp(x) for x in HH24] + [grp(sum(HH24))], aligns=["left"] + ["right"] * 5)
w("</table>")
fact("hh_marlemond_2024", 233, "233", "Table 'Huishoudens met een bijstandsuitkering per gemeente per 31 december 2024', column Marlemond")
w("<!-- NEW PAGE -->")

# ---- jaarverslag --------------------------------------------------------------------------------
w("<h2>3. Jaarverslag</h2>")
reg_by = {x[0]: x for x in REG}


def prog_cost_table(title, labels, baten=()):
    w("<p><b>Wat heeft het gekost?</b> (bedragen in euro's; afwijking = realisatie min begroting na wijziging)</p>")
    table_open("100%")
    tr(["", {"c": "Begroting 2024 na wijziging", "align": "right"}, {"c": "Realisatie 2024", "align": "right"},
        {"c": "Afwijking", "align": "right"}], bold=True, bg=HEAD_BG)
    tw = tr_ = 0
    for lab in labels:
        x = reg_by[lab]
        tr([lab, grp(x[3]), grp(x[4]), nl(x[4] - x[3])], aligns=["left", "right", "right", "right"])
        tw += x[3]
        tr_ += x[4]
    for lab, tup in baten:
        tr([lab + " (baten)", "-" + grp(tup[2]), "-" + grp(tup[3]), nl(-(tup[3] - tup[2]))], aligns=["left", "right", "right", "right"])
        tw -= tup[2]
        tr_ -= tup[3]
    tr(["Saldo " + title, grp(tw), grp(tr_), nl(tr_ - tw)], bold=True, bg=SUB_BG, aligns=["left", "right", "right", "right"])
    w("</table>")
    return tw, tr_


w("<h3>3.1 Programma Inkomen</h3>")
w("<p><b>Wat wilden we bereiken?</b> Inwoners die (tijdelijk) niet in hun eigen levensonderhoud kunnen voorzien, krijgen snel en "
  "rechtmatig een uitkering. Wie kan werken, gaat aan het werk.</p>")
w("<p><b>Wat hebben we daarvoor gedaan?</b> We hebben 93,8%% van de aanvragen binnen de wettelijke termijn afgehandeld (2023: 91,2%%). "
  "Met een nieuwe werkwijze voor de intake spreken we iedere aanvrager binnen vijf werkdagen. Het aantal huishoudens met een "
  "bijstandsuitkering daalde van 1.284 naar 1.251. De lasten voor bijstandsuitkeringen waren daardoor %s lager dan de begroting "
  "na wijziging. Voor zelfstandig ondernemers (Bbz 2004) was er minder vraag naar bedrijfskapitaal dan verwacht.</p>"
  % eur(REG[0][3] - REG[0][4]))
fact("bijstand_onder", REG[0][3] - REG[0][4], eur(REG[0][3] - REG[0][4]), "Programma Inkomen prose: bijstand lasten lager dan begroting na wijziging; overview V/N column: %s"
     % vn_l(kk(REG[0][3]), kk(REG[0][4]))[0], k_printed=vn_l(kk(REG[0][3]), kk(REG[0][4]))[0])
prog_cost_table("programma Inkomen", ["Bijstandsuitkeringen Participatiewet", "IOAW en IOAZ", "Bbz 2004"],
                baten=[("Rijksvergoeding Bbz", BBZ_RIJK), ("Terugvordering en verhaal", TERUGV)])
fact("bijstand_R24", REG[0][4], grp(REG[0][4]), "Programma Inkomen cost table (euros), row 'Bijstandsuitkeringen Participatiewet', column 'Realisatie 2024'; overview (x € 1.000): %s" % grp(kk(REG[0][4])),
     k_value=kk(REG[0][4]) * 1000, near=[grp(REG[0][3]) + " (begroting na wijziging)", grp(kk(REG[0][2])) + " (primitief, x € 1.000)", "22.914 (realisatie 2023, x € 1.000)"])

w("<h3>3.2 Programma Participatie</h3>")
w("<p><b>Wat wilden we bereiken?</b> Zoveel mogelijk inwoners met een uitkering doen mee naar vermogen: met betaald werk, "
  "met vrijwilligerswerk of met een opleiding.</p>")
w("<p><b>Wat hebben we daarvoor gedaan?</b> 163 inwoners stroomden uit naar werk (2023: 158). Met het werkgeversservicepunt "
  "Aamstreek hebben we 41 banen gecreëerd bij lokale werkgevers. Doordat minder trajecten zijn ingekocht bij externe "
  "re-integratiebedrijven en meer inwoners via eigen jobcoaches aan het werk gingen, is %s minder uitgegeven aan "
  "re-integratie dan begroot.</p>" % eur(REG[6][3] - REG[6][4]))
fact("reintegratie_onder", REG[6][3] - REG[6][4], eur(REG[6][3] - REG[6][4]), "Programma Participatie prose")
prog_cost_table("programma Participatie", ["Re-integratie en participatie"])

w("<h3>3.3 Programma Minima en schulden</h3>")
w("<p><b>Wat wilden we bereiken?</b> Inwoners met een laag inkomen kunnen meedoen in de samenleving en problematische schulden "
  "worden voorkomen of opgelost.</p>")
w("<p><b>Wat hebben we daarvoor gedaan?</b> Via vroegsignalering ontvingen we meldingen van betalingsachterstanden van "
  "woningcorporaties, energieleveranciers, zorgverzekeraars en drinkwaterbedrijven. Binnen vier weken na een melding "
  "benaderden we de inwoner met een aanbod voor hulp. Het aantal aanmeldingen voor schuldhulpverlening steeg naar 486. "
  "Het gebruik van de meedoenregeling nam toe tot 1.905 huishoudens, waardoor de minimaregelingen %s hoger uitvielen dan "
  "begroot. De individuele inkomenstoeslag bedroeg in 2024 %s voor een alleenstaande.</p>" % (eur(REG[4][4] - REG[4][3]), eur(456)))
fact("minima_over", REG[4][4] - REG[4][3], eur(REG[4][4] - REG[4][3]), "Programma Minima en schulden prose")
fact("iit_isd", 456, "€ 456", "Programma Minima en schulden prose (individuele inkomenstoeslag alleenstaande 2024)")
prog_cost_table("programma Minima en schulden", ["Bijzondere bijstand", "Minimaregelingen (individuele inkomenstoeslag en meedoenregeling)", "Schuldhulpverlening"])
fact("bijz_bijstand_onder", REG[3][3] - REG[3][4], grp(REG[3][3] - REG[3][4]),
     "Programma Minima en schulden cost table, row 'Bijzondere bijstand', column 'Afwijking' (printed -%s); overview Verschil %s V (x € 1.000)"
     % (grp(REG[3][3] - REG[3][4]), vn_l(kk(REG[3][3]), kk(REG[3][4]))[0]),
     k_value=int(vn_l(kk(REG[3][3]), kk(REG[3][4]))[0].replace(".", "")) * 1000,
     near=[grp(abs(REG[3][2] - REG[3][4])) + " (vs primitieve begroting %s, x € 1.000)" % grp(kk(REG[3][2]))])
w("<!-- NEW PAGE -->")

# ---- paragrafen ---------------------------------------------------------------------------------
w("<h2>4. Paragrafen</h2>")
w("<h3>4.1 Weerstandsvermogen en risicobeheersing</h3>")
w("<p>De ISD heeft geen eigen belastinggebied. Tegenvallers worden opgevangen in de algemene reserve; wat daar niet in past, "
  "komt voor rekening van de deelnemers. De algemene reserve mag volgens de nota reserves en voorzieningen ten hoogste 5% "
  "van de begrote uitvoeringskosten bedragen.</p>")
RISK = [("Loonkostenstijging door de cao boven de begroting", 50, 240000),
        ("Migratie naar een nieuw klantvolgsysteem", 30, 300000),
        ("Frictiekosten bij wijziging van de dienstverlening", 10, 800000),
        ("Claims en bezwaarprocedures", 20, 180000),
        ("Ziekteverzuim en vervangende inhuur", 40, 150000)]
table_open("100%")
tr(["Risico", {"c": "Kans", "align": "right"}, {"c": "Financieel gevolg", "align": "right"}, {"c": "Benodigd", "align": "right"}], bold=True, bg=HEAD_BG)
ben = 0
for a, b, c in RISK:
    tr([a, "%d%%" % b, eur(c), eur(c * b // 100)], aligns=["left", "right", "right", "right"])
    ben += c * b // 100
tr(["Benodigde weerstandscapaciteit", "", "", eur(ben)], bold=True, bg=SUB_BG, aligns=["left", "right", "right", "right"])
w("</table>")
ALG_END = 499800
ratio = ALG_END / ben
w("<p>De beschikbare weerstandscapaciteit is de algemene reserve per 31 december 2024: %s. De ratio weerstandsvermogen is "
  "%s / %s = <b>%s</b> (2023: 1,18). Dat is voldoende volgens de norm van het algemeen bestuur (minimaal 1,0).</p>"
  % (eur(ALG_END), grp(ALG_END), grp(ben), dec(ratio, 2)))
fact("ratio_isd", rnd(ratio * 100) / 100.0, dec(ratio, 2), "Paragraaf 4.1 prose 'De ratio weerstandsvermogen is ... = x,xx'", near=["1,18 (2023)", "1,0 (norm)"])

w("<h3>4.2 Financiering</h3>")
w("<p>De ISD heeft één onderhandse lening bij de BNG Bank voor de inrichting van het kantoor, met een restschuld van "
  "€ 720.000 per 31 december 2024. De aflossing in 2024 bedroeg € 90.000. De kasgeldlimiet is in geen enkel kwartaal overschreden.</p>")
# balance computed below; kengetallen after balance numbers exist
KENG_POS = len(H)
w("<!--KENGETALLEN-->")
w("<h3>4.3 Bedrijfsvoering</h3>")
w("<p>De formatie was eind 2024 86,4 fte. Het ziekteverzuim daalde naar 6,8% (2023: 7,4%). Door de krappe arbeidsmarkt bleven "
  "vacatures voor klantmanagers langer open; dat verklaart de lagere salarislasten en de hogere kosten van inhuur. Het aandeel "
  "inhuur in de totale personeelskosten was 9,2%.</p>")
fact("verzuim", 6.8, "6,8%", "Paragraaf 4.3 Bedrijfsvoering prose", near=["7,4% (2023)"])
w("<!-- NEW PAGE -->")

# ---- jaarrekening overzicht (x 1.000) -------------------------------------------------------------
w("<h2>5. Jaarrekening</h2>")
w("<h3>5.1 Overzicht van baten en lasten over 2024</h3>")
w('<table border="1" cellpadding="2" cellspacing="0" width="100%">')
w('<tr bgcolor="%s"><td rowspan="2"><b>x &euro; 1.000</b></td><td rowspan="2" align="right"><b>Realisatie 2023</b></td>'
  '<td colspan="2" align="center"><b>Begroting 2024</b></td><td rowspan="2" align="right"><b>Realisatie 2024</b></td>'
  '<td rowspan="2" align="right"><b>Verschil</b></td><td rowspan="2" align="center"><b>V/N</b></td></tr>' % HEAD_BG)
w('<tr bgcolor="%s"><td align="right"><b>primitief</b></td><td align="right"><b>na wijziging</b></td></tr>' % HEAD_BG)
AL = ["left", "right", "right", "right", "right", "right", "center"]


def krow(lab, v, kind, bold=False, bg=None):
    d, f = (vn_l if kind == "L" else vn_b)(v[2], v[3])
    tr([lab, grp(v[0]), grp(v[1]), grp(v[2]), grp(v[3]), d, f], bold=bold, bg=bg, aligns=AL)


tr([{"c": "<i>Lasten uitvoeringskosten</i>", "colspan": 7}])
for lab, v, kind, grpn in rows_k:
    if grpn == "uitv":
        krow(lab, v, "L")
krow("Totaal uitvoeringskosten", L_uitv_k, "L", bold=True, bg=SUB_BG)
tr([{"c": "<i>Lasten regelingen</i>", "colspan": 7}])
for lab, v, kind, grpn in rows_k:
    if grpn == "reg":
        krow(lab, v, "L")
krow("Totaal regelingen", L_reg_k, "L", bold=True, bg=SUB_BG)
krow("Totaal lasten", L_k, "L", bold=True)
tr([{"c": "<i>Baten</i>", "colspan": 7}])
for lab, v in bat:
    krow(lab, v, "B")
krow("Totaal baten", B_k, "B", bold=True)
d, f = vn_b(S_k[2], S_k[3])
tr(["Saldo van baten en lasten", nl(S_k[0]), nl(S_k[1]), nl(S_k[2]), nl(S_k[3]), d, f], bold=True, bg=SUB_BG, aligns=AL)
krow("Toevoeging bestemmingsreserve Vervanging ICT", T_k, "L")
krow("Onttrekking bestemmingsreserve Participatiewet in balans", O_k, "B")
d, f = vn_b(R_k[2], R_k[3])
tr(["Resultaat na bestemming", nl(R_k[0]), nl(R_k[1]), nl(R_k[2]), nl(R_k[3]), d, f], bold=True, bg=HEAD_BG, aligns=AL)
w("</table>")
w("<p><font size=\"-1\"><i>V = voordelig, N = nadelig ten opzichte van de begroting na wijziging. Door afronding op duizenden "
  "euro's kunnen totalen afwijken van de som van de regels.</i></font></p>")
pers = next(r for r in rows_k if r[0] == "Salarissen en sociale lasten")[1]
fact("salaris_R24_k", pers[3] * 1000, grp(pers[3]), "5.1 Overzicht (x € 1.000), row 'Salarissen en sociale lasten', column 'Realisatie 2024'; exact € %s in 5.2 prose" % grp(UITV[0][4]),
     exact=UITV[0][4], near=[grp(pers[2]) + " (na wijziging)", grp(pers[1]) + " (primitief)", grp(pers[0]) + " (2023)"])
fact("salaris_P24_k", pers[1] * 1000, grp(pers[1]), "5.1 Overzicht, row 'Salarissen en sociale lasten', column 'Begroting 2024 primitief'",
     exact=UITV[0][2], near=[grp(pers[2]) + " (na wijziging)"])
fact("uitv_tot_R24", L_uitv_k[3] * 1000, grp(L_uitv_k[3]), "5.1 Overzicht, row 'Totaal uitvoeringskosten', column 'Realisatie 2024'",
     exact=uitv[4], near=[grp(L_uitv_k[2]) + " (na wijziging)"])
fact("lasten_tot_R24", L_k[3] * 1000, grp(L_k[3]), "5.1 Overzicht, row 'Totaal lasten', column 'Realisatie 2024'",
     near=[grp(L_k[2]) + " (na wijziging)", grp(L_k[0]) + " (2023)"])
fact("resultaat_2023_k", R_k[0] * 1000, nl(R_k[0]), "5.1 Overzicht, row 'Resultaat na bestemming', column 'Realisatie 2023'; exact € %s in 9 prose" % grp(RESULT_2023_E),
     exact=RESULT_2023_E)
bt = bat[1][1]
fact("bijdr_reg_R24", bt[3] * 1000, grp(bt[3]), "5.1 Overzicht, row 'Bijdragen deelnemers regelingen', column 'Realisatie 2024'", exact=bijdr_reg[4])
fact("terugv_R24", TERUGV[3], grp(TERUGV[3]), "Programma Inkomen cost table, row 'Terugvordering en verhaal (baten)', column 'Realisatie 2024' (printed -502.771); overview %s" % grp(kk(TERUGV[3])),
     k_value=kk(TERUGV[3]) * 1000)

w("<h3>5.2 Toelichting op de belangrijkste verschillen</h3>")
sal = UITV[0]
inh = UITV[1]
ict = UITV[4]
w("<p><b>Salarissen en sociale lasten (%s voordelig).</b> De salarislasten kwamen uit op %s tegen %s in de begroting na "
  "wijziging. Gemiddeld stonden gedurende het jaar 6,5 fte aan vacatures open.</p>" % (eur(sal[3] - sal[4]), eur(sal[4]), eur(sal[3])))
w("<p><b>Inhuur derden (%s nadelig).</b> Om de achterstanden bij de intake en de herbeoordelingen weg te werken is extra "
  "personeel ingehuurd. Een deel hiervan (€ 120.000) is gedekt uit de bestemmingsreserve Participatiewet in balans.</p>" % eur(inh[4] - inh[3]))
w("<p><b>ICT en applicaties (%s nadelig).</b> De licentiekosten van het klantvolgsysteem stegen met 9%%.</p>" % eur(ict[4] - ict[3]))
w("<p><b>Regelingen.</b> De lasten van de regelingen worden volledig doorbelast aan de deelnemers op basis van de werkelijke "
  "kosten per gemeente (zie hoofdstuk 8). Verschillen op de regelingen hebben daarom geen invloed op het resultaat van de ISD. "
  "De totale lasten van de regelingen waren %s, %s lager dan de begroting na wijziging.</p>" % (eur(reg[4]), eur(reg[3] - reg[4])))
fact("inhuur_over", inh[4] - inh[3], eur(inh[4] - inh[3]), "5.2 Toelichting prose 'Inhuur derden (€ ... nadelig)'; overview Verschil %s N" % vn_l(kk(inh[3]), kk(inh[4]))[0],
     k_value=int(vn_l(kk(inh[3]), kk(inh[4]))[0].replace(".", "")) * 1000)
fact("reg_tot_R24", reg[4], eur(reg[4]), "5.2 prose 'De totale lasten van de regelingen waren € ...'; overview 'Totaal regelingen' %s" % grp(L_reg_k[3]),
     k_value=L_reg_k[3] * 1000)
w("<!-- NEW PAGE -->")

# ---- balans (x 1.000) ---------------------------------------------------------------------------
w("<h2>6. Balans per 31 december 2024</h2>")
w("<p>(bedragen x &euro; 1.000)</p>")
ACT = [("Materiële vaste activa", 1146, 1204),
       ("Vorderingen op openbare lichamen", 3872, 3455),
       ("Debiteuren uitkeringen (bruto)", 4918, 4706),
       ("Af: voorziening dubieuze debiteuren", -3127, -2988),
       ("Overige vorderingen", 214, 187),
       ("Liquide middelen", 38, 52),
       ("Overlopende activa", 2406, 2118)]
tot_a = [sum(x[1] for x in ACT), sum(x[2] for x in ACT)]
RES = [("Algemene reserve", 412500, 87300, 0, 0),
       ("Bestemmingsreserve Vervanging ICT", 225000, 0, 75000, 0),
       ("Bestemmingsreserve Participatiewet in balans", 240000, 0, 0, 120000),
       ("Egalisatiereserve frictiekosten", 95000, 0, 0, 0)]
res_end = [r[1] + r[2] + r[3] - r[4] for r in RES]
assert res_end[0] == ALG_END
bestem_end = sum(res_end[1:])
bestem_begin = sum(r[1] for r in RES[1:])
EV = [(("Algemene reserve"), k(res_end[0]), k(RES[0][1])),
      ("Bestemmingsreserves", k(bestem_end), k(bestem_begin)),
      ("Gerealiseerd resultaat", R_k[3], R_k[0])]
ev_tot = [sum(x[1] for x in EV), sum(x[2] for x in EV)]
VOORZ = (211000, 0, 25000)
vz = [k(VOORZ[0] + VOORZ[1] - VOORZ[2]), k(VOORZ[0])]
vaste = [720, 810]
overl_p = [1968, 1742]
vlottend = [tot_a[0] - ev_tot[0] - vz[0] - vaste[0] - overl_p[0], tot_a[1] - ev_tot[1] - vz[1] - vaste[1] - overl_p[1]]
assert min(vlottend) > 0
w('<table border="0" cellpadding="2" cellspacing="0" width="100%"><tr valign="top"><td width="50%">')
table_open("100%")
tr(["ACTIVA", {"c": "31-12-2024", "align": "right"}, {"c": "31-12-2023", "align": "right"}], bold=True, bg=HEAD_BG)
for lab, a, b in ACT:
    tr([lab, par(a), par(b)], aligns=["left", "right", "right"])
tr(["Totaal activa", grp(tot_a[0]), grp(tot_a[1])], bold=True, bg=SUB_BG, aligns=["left", "right", "right"])
w("</table></td><td width=\"50%\">")
table_open("100%")
tr(["PASSIVA", {"c": "31-12-2024", "align": "right"}, {"c": "31-12-2023", "align": "right"}], bold=True, bg=HEAD_BG)
for lab, a, b in EV:
    tr([lab, grp(a), grp(b)], aligns=["left", "right", "right"])
tr(["Eigen vermogen", grp(ev_tot[0]), grp(ev_tot[1])], bold=True, aligns=["left", "right", "right"])
tr(["Voorzieningen", grp(vz[0]), grp(vz[1])], aligns=["left", "right", "right"])
tr(["Vaste schulden (looptijd 1 jaar of langer)", grp(vaste[0]), grp(vaste[1])], aligns=["left", "right", "right"])
tr(["Netto vlottende schulden", grp(vlottend[0]), grp(vlottend[1])], aligns=["left", "right", "right"])
tr(["Overlopende passiva", grp(overl_p[0]), grp(overl_p[1])], aligns=["left", "right", "right"])
tr(["Totaal passiva", grp(tot_a[0]), grp(tot_a[1])], bold=True, bg=SUB_BG, aligns=["left", "right", "right"])
w("</table></td></tr></table>")
fact("balanstotaal_2024", tot_a[0] * 1000, grp(tot_a[0]), "6. Balans (x € 1.000), row 'Totaal activa' / 'Totaal passiva', column 31-12-2024", near=[grp(tot_a[1]) + " (2023)"])
fact("ev_2024", ev_tot[0] * 1000, grp(ev_tot[0]), "6. Balans, row 'Eigen vermogen', column 31-12-2024", near=[grp(ev_tot[1]) + " (2023)"])
fact("dubieus_2024", 3127000, "(3.127)", "6. Balans, row 'Af: voorziening dubieuze debiteuren', column 31-12-2024 (printed in brackets)", near=["(2.988) (2023)"])
w("<p>De overlopende passiva bestaan vooral uit het nog met de deelnemers te verrekenen resultaat en vooruitontvangen "
  "rijksbijdragen. De vorderingen op openbare lichamen betreffen voor het grootste deel de bijdragen over december 2024 "
  "van de deelnemende gemeenten.</p>")
solv = [ev_tot[i] / tot_a[i] * 100 for i in range(2)]
baten_tot = [B_k[3], B_k[0]]          # totale baten 2024 and 2023 (x 1.000)
uitz = [sum(x[1 + i] for x in ACT[1:]) for i in range(2)]   # vorderingen, liquide middelen, overlopende activa
nsq = [(vaste[i] + vlottend[i] + overl_p[i] - uitz[i]) / baten_tot[i] * 100 for i in range(2)]
keng = ('<table border="0" cellpadding="2" cellspacing="0" width="80%%"><tr bgcolor="%s"><td><b>Kengetal</b></td>'
        '<td align="right"><b>2024</b></td><td align="right"><b>2023</b></td></tr>'
        '<tr><td>Netto schuldquote</td><td align="right">%s%%</td><td align="right">%s%%</td></tr>'
        '<tr><td>Solvabiliteitsratio</td><td align="right">%s%%</td><td align="right">%s%%</td></tr></table>'
        % (HEAD_BG, dec(nsq[0], 1), dec(nsq[1], 1), dec(solv[0], 1), dec(solv[1], 1)))
H[KENG_POS] = "<p>Financiële kengetallen (berekend volgens het BBV):</p>" + keng
fact("solv_isd_2024", rnd(solv[0] * 10) / 10.0, dec(solv[0], 1) + "%", "Paragraaf 4.2 Financiering, kengetallen table, row 'Solvabiliteitsratio', column 2024",
     near=[dec(solv[1], 1) + "% (2023)"])
w("<!-- NEW PAGE -->")

# ---- reserves en voorzieningen (euros) -----------------------------------------------------------
w("<h2>7. Reserves en voorzieningen</h2>")
w("<p>Bedragen in euro's.</p>")
w('<table border="1" cellpadding="2" cellspacing="0" width="100%">')
tr(["Reserve", {"c": "Stand 1-1-2024", "align": "right"}, {"c": "Bestemming resultaat 2023", "align": "right"},
    {"c": "Toevoegingen", "align": "right"}, {"c": "Onttrekkingen", "align": "right"}, {"c": "Stand 31-12-2024", "align": "right"}],
   bold=True, bg=HEAD_BG)
for i, r in enumerate(RES):
    tr([r[0], grp(r[1]), dash0(r[2], grp), dash0(r[3], grp), dash0(r[4], grp), grp(res_end[i])], aligns=["left"] + ["right"] * 5)
tr(["Totaal reserves", grp(sum(r[1] for r in RES)), grp(sum(r[2] for r in RES)), grp(sum(r[3] for r in RES)),
    grp(sum(r[4] for r in RES)), grp(sum(res_end))], bold=True, bg=SUB_BG, aligns=["left"] + ["right"] * 5)
w("</table>")
fact("alg_res_end", ALG_END, grp(ALG_END), "7. Reserves table (euros), row 'Algemene reserve', column 'Stand 31-12-2024'; also 4.1 prose '€ 499.800'; balans %s (x € 1.000)" % grp(k(ALG_END)),
     k_value=k(ALG_END) * 1000, near=["412.500 (1-1-2024)"])
fact("ict_res_end", res_end[1], grp(res_end[1]), "7. Reserves table, row 'Bestemmingsreserve Vervanging ICT', column 'Stand 31-12-2024'", near=["225.000 (1-1-2024)"])
w("<p>De algemene reserve is conform het besluit van het algemeen bestuur over de jaarstukken 2023 aangevuld met %s uit het "
  "resultaat 2023. De bestemmingsreserve Participatiewet in balans wordt in 2025 volledig ingezet.</p>" % eur(RES[0][2]))
w("<p><b>Voorzieningen.</b> De voorziening wachtgeldverplichtingen bedroeg op 1 januari 2024 %s. In 2024 is %s aangewend; "
  "de stand per 31 december 2024 is %s.</p>" % (eur(VOORZ[0]), eur(VOORZ[2]), eur(VOORZ[0] - VOORZ[2])))
w("<!-- NEW PAGE -->")
w("<!-- MEDIA LANDSCAPE YES -->")

# ---- bijdragen deelnemers -----------------------------------------------------------------------
w("<h2>8. Bijdragen van de deelnemers</h2>")
w("<p>De uitvoeringskosten worden verdeeld met een verdeelsleutel: 50% op basis van het aantal inwoners per 1 januari 2023 en "
  "50% op basis van het aantal huishoudens met een bijstandsuitkering per 31 december 2022. De deelnemers betalen in 2024 een "
  "voorlopige bijdrage op basis van de begroting na wijziging. Het resultaat na bestemming wordt met dezelfde sleutel verrekend. "
  "Bedragen in euro's; een bedrag tussen haakjes wordt terugbetaald aan de gemeente.</p>")
vb = [rnd(bijdr_uitv[3] * pct_c[i] / 10000) for i in range(4)]
vb[-1] = bijdr_uitv[3] - sum(vb[:-1])
ar = [rnd(RESULT_E * pct_c[i] / 10000) for i in range(4)]
ar[-1] = RESULT_E - sum(ar[:-1])
defi = [vb[i] - ar[i] for i in range(4)]
w('<table border="1" cellpadding="2" cellspacing="0" width="100%">')
tr(["Gemeente", {"c": "Inwoners 1-1-2023", "align": "right"}, {"c": "Uitkeringen 31-12-2022", "align": "right"},
    {"c": "Verdeelsleutel 2024", "align": "right"}, {"c": "Voorlopige bijdrage uitvoeringskosten 2024", "align": "right"},
    {"c": "Definitieve bijdrage uitvoeringskosten 2024", "align": "right"}, {"c": "Afrekening resultaat 2024", "align": "right"}],
   bold=True, bg=HEAD_BG)
for i, g in enumerate(GEM):
    tr([g, grp(INW[i]), grp(UITK22[i]), dec(pct_c[i] / 100, 2) + "%", grp(vb[i]), grp(defi[i]), par(-ar[i])], aligns=["left"] + ["right"] * 6)
tr(["Totaal", grp(sum(INW)), grp(sum(UITK22)), "100,00%", grp(sum(vb)), grp(sum(defi)), par(-sum(ar))], bold=True, bg=SUB_BG, aligns=["left"] + ["right"] * 6)
w("</table>")
for i, g in enumerate(GEM):
    fact("sleutel_" + g, pct_c[i] / 100.0, dec(pct_c[i] / 100, 2) + "%", "8. Bijdragen table, row '%s', column 'Verdeelsleutel 2024'" % g)
    fact("voorlopig_" + g, vb[i], grp(vb[i]), "8. Bijdragen table, row '%s', column 'Voorlopige bijdrage uitvoeringskosten 2024'" % g,
         near=[grp(defi[i]) + " (definitieve bijdrage)"])
    fact("definitief_" + g, defi[i], grp(defi[i]), "8. Bijdragen table, row '%s', column 'Definitieve bijdrage uitvoeringskosten 2024'" % g,
         near=[grp(vb[i]) + " (voorlopige bijdrage)"])
    fact("afrekening_" + g, ar[i], par(-ar[i]), "8. Bijdragen table, row '%s', column 'Afrekening resultaat 2024' (brackets = terugbetaling)" % g)

# regelingen per gemeente (transposed: gemeenten as columns)
SH = {"Bijstandsuitkeringen Participatiewet": [0.4791, 0.2306, 0.1874, None],
      "IOAW en IOAZ": [0.4420, 0.2480, 0.1890, None],
      "Bbz 2004": [0.5130, 0.1720, 0.2010, None],
      "Bijzondere bijstand": [0.4610, 0.2390, 0.1830, None],
      "Minimaregelingen (individuele inkomenstoeslag en meedoenregeling)": [0.4380, 0.2560, 0.1920, None],
      "Schuldhulpverlening": [0.4690, 0.2410, 0.1750, None],
      "Re-integratie en participatie": [0.4530, 0.2440, 0.1870, None]}
per = {}
for lab, r23, pp, wv, r, _ in REG:
    sh = SH[lab]
    vals = [rnd(r * s) for s in sh[:3]]
    vals.append(r - sum(vals))
    per[lab] = vals
bbz_g = [rnd(BBZ_RIJK[3] * s) for s in (0.5130, 0.1720, 0.2010)]
bbz_g.append(BBZ_RIJK[3] - sum(bbz_g))
tv_g = [rnd(TERUGV[3] * s) for s in (0.4870, 0.2250, 0.1900)]
tv_g.append(TERUGV[3] - sum(tv_g))
netto = [sum(per[l][i] for l in per) - bbz_g[i] - tv_g[i] for i in range(4)]
assert sum(netto) == bijdr_reg[4]
w("<p><b>Kosten van de regelingen per gemeente 2024</b> (realisatie, bedragen in euro's). De lasten worden per gemeente "
  "geadministreerd en volledig doorbelast.</p>")
w('<table border="1" cellpadding="2" cellspacing="0" width="100%">')
tr(["Regeling"] + [{"c": g, "align": "right"} for g in GEM] + [{"c": "Totaal", "align": "right"}], bold=True, bg=HEAD_BG)
for lab, *_ in REG:
    tr([lab] + [grp(v) for v in per[lab]] + [grp(sum(per[lab]))], aligns=["left"] + ["right"] * 5)
tr(["Af: rijksvergoeding Bbz"] + [nl(-v) for v in bbz_g] + [nl(-BBZ_RIJK[3])], aligns=["left"] + ["right"] * 5)
tr(["Af: terugvordering en verhaal"] + [nl(-v) for v in tv_g] + [nl(-TERUGV[3])], aligns=["left"] + ["right"] * 5)
tr(["Bijdrage regelingen 2024"] + [grp(v) for v in netto] + [grp(sum(netto))], bold=True, bg=SUB_BG, aligns=["left"] + ["right"] * 5)
w("</table>")
fact("bijstand_aamsveen", per[REG[0][0]][0], grp(per[REG[0][0]][0]), "8. Kosten regelingen per gemeente (transposed), row 'Bijstandsuitkeringen Participatiewet', column 'Aamsveen'",
     near=[grp(per[REG[0][0]][1]) + " (Holterbroek)", grp(REG[0][4]) + " (totaal)"])
fact("schuldhulp_oudewerf", per["Schuldhulpverlening"][3], grp(per["Schuldhulpverlening"][3]), "8. Kosten regelingen per gemeente, row 'Schuldhulpverlening', column 'Oudewerf'")
fact("bijdr_reg_holterbroek", netto[1], grp(netto[1]), "8. Kosten regelingen per gemeente, row 'Bijdrage regelingen 2024', column 'Holterbroek'")
w("<!-- NEW PAGE -->")
w("<!-- MEDIA LANDSCAPE NO -->")

# ---- resultaatbestemming ------------------------------------------------------------------------
w("<h2>9. Resultaatbestemming</h2>")
w("<p>Het resultaat na bestemming over 2024 bedraagt %s voordelig (2023: %s voordelig). Het resultaat is als volgt opgebouwd:</p>"
  % (eur(RESULT_E), eur(RESULT_2023_E)))
table_open("80%")
tr(["Opbouw resultaat 2024", {"c": "Bedrag", "align": "right"}], bold=True, bg=HEAD_BG)
comp = [("Lagere salarislasten", sal[3] - sal[4]), ("Hogere kosten inhuur derden", -(inh[4] - inh[3])),
        ("Overige personeelskosten, huisvesting en bedrijfsvoering", sum(UITV[i][3] - UITV[i][4] for i in (2, 3, 5, 6))),
        ("Hogere kosten ICT en applicaties", -(ict[4] - ict[3])), ("Hogere overige baten", OVERIG[3] - OVERIG[2])]
assert sum(c[1] for c in comp) == RESULT_E
for a, b in comp:
    tr([a, nl(b)], aligns=["left", "right"])
tr(["Resultaat na bestemming 2024", grp(RESULT_E)], bold=True, bg=SUB_BG, aligns=["left", "right"])
w("</table>")
w("<p><b>Voorstel.</b> Het dagelijks bestuur stelt het algemeen bestuur voor het resultaat van %s volledig terug te betalen "
  "aan de deelnemers volgens de verdeelsleutel 2024 (zie hoofdstuk 8). De algemene reserve blijft daarmee op %s; dat is "
  "binnen het maximum van 5%% van de begrote uitvoeringskosten 2025.</p>" % (eur(RESULT_E), eur(ALG_END)))
w("<p><b>Controleverklaring.</b> De accountant heeft bij deze jaarstukken een goedkeurende controleverklaring afgegeven, zowel "
  "voor de getrouwheid als voor de rechtmatigheid. De rechtmatigheidsverantwoording is opgenomen in de jaarrekening.</p>")
w("<p>Vastgesteld in de openbare vergadering van het algemeen bestuur van 26 juni 2025.</p>")
w("<p>De voorzitter, &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; De secretaris,</p>")
w("<!-- NEW PAGE -->")

# ---- bijlage taakvelden (euros) -----------------------------------------------------------------
w("<h2>Bijlage 1. Baten en lasten per taakveld 2024</h2>")
w("<p>Voor de informatievoorziening aan het Rijk (Iv3) worden de baten en lasten verdeeld over taakvelden. De "
  "uitvoeringskosten zijn toegerekend op basis van de tijdsbesteding: 58% aan inkomensregelingen, 17% aan "
  "arbeidsparticipatie en 25% aan overhead. Bedragen in hele euro's (realisatie 2024).</p>")
SPLIT = (0.58, 0.17)
u63, u65 = rnd(uitv[4] * SPLIT[0]), rnd(uitv[4] * SPLIT[1])
u04 = uitv[4] - u63 - u65
b63, b65 = rnd(bijdr_uitv[4] * SPLIT[0]), rnd(bijdr_uitv[4] * SPLIT[1])
b04 = bijdr_uitv[4] - b63 - b65
reint = REG[6][4]
reg63 = reg[4] - reint
tvs = [("0.4", "Overhead", u04, b04 + OVERIG[3]),
       ("0.10", "Mutaties reserves", TOEV[3], ONTT[3]),
       ("6.3", "Inkomensregelingen", reg63 + u63, (bijdr_reg[4] - reint) + BBZ_RIJK[3] + TERUGV[3] + b63),
       ("6.5", "Arbeidsparticipatie", reint + u65, reint + b65)]
table_open("90%")
tr(["Taakveld", {"c": "Lasten", "align": "right"}, {"c": "Baten", "align": "right"}, {"c": "Saldo", "align": "right"}], bold=True, bg=HEAD_BG)
for code, name, l, b in tvs:
    tr([code + " " + name, grp(l), grp(b), nl(b - l)], aligns=["left", "right", "right", "right"])
tl = sum(x[2] for x in tvs)
tb = sum(x[3] for x in tvs)
assert tb - tl == RESULT_E
tr(["0.11 Resultaat van de rekening van baten en lasten", "-", "-", grp(RESULT_E) + " *"], aligns=["left", "right", "right", "right"])
tr(["Totaal", grp(tl), grp(tb), grp(tb - tl)], bold=True, bg=SUB_BG, aligns=["left", "right", "right", "right"])
w("</table>")
w("<p><font size=\"-1\"><i>* Het saldo van alle taakvelden is het resultaat na bestemming over 2024.</i></font></p>")
fact("tv_63_lasten", tvs[2][2], grp(tvs[2][2]), "Bijlage 1 Baten en lasten per taakveld, row '6.3 Inkomensregelingen', column 'Lasten'")
fact("tv_04_lasten", u04, grp(u04), "Bijlage 1, row '0.4 Overhead', column 'Lasten'")

w("<h2>Bijlage 2. Rechtmatigheidsverantwoording en overige gegevens</h2>")
w("<p>Het dagelijks bestuur verklaart dat de baten, lasten en balansmutaties over 2024 rechtmatig tot stand zijn gekomen, met "
  "uitzondering van de fouten en onzekerheden die hieronder zijn vermeld. De verantwoordingsgrens is vastgesteld op 3% van de "
  "totale lasten.</p>")
table_open("90%")
tr(["Onderwerp", {"c": "Fouten", "align": "right"}, {"c": "Onzekerheden", "align": "right"}], bold=True, bg=HEAD_BG)
tr(["Bijstandsuitkeringen: niet tijdig ingediende inlichtingenformulieren", "€ 48.215", "€ 112.960"], aligns=["left", "right", "right"])
tr(["Inkoop re-integratietrajecten zonder Europese aanbesteding", "€ 86.400", "-"], aligns=["left", "right", "right"])
tr(["Bijzondere bijstand: ontbrekende bewijsstukken", "€ 9.870", "€ 31.500"], aligns=["left", "right", "right"])
tr(["Totaal", "€ 144.485", "€ 144.460"], bold=True, bg=SUB_BG, aligns=["left", "right", "right"])
w("</table>")
w("<p>Het totaal van de fouten en onzekerheden blijft ruim onder de verantwoordingsgrens. Voor de inkoop van "
  "re-integratietrajecten wordt in 2025 een Europese aanbesteding gehouden samen met de vier deelnemende gemeenten.</p>")
w("<p><b>Gebeurtenissen na balansdatum.</b> Op 1 januari 2025 is de uitvoering van de Wet inburgering voor de gemeenten "
  "Holterbroek en Oudewerf overgedragen aan de ISD. De financiële gevolgen worden verwerkt in de eerste "
  "bestuursrapportage 2025.</p>")
w("<p><b>Verbonden partijen en onderhoud kapitaalgoederen.</b> De ISD neemt zelf niet deel in andere verbonden partijen en "
  "heeft geen kapitaalgoederen in beheer waarvoor een onderhoudsplan nodig is. De paragrafen lokale heffingen en "
  "grondbeleid zijn niet van toepassing.</p>")
w("</body></html>")

open(os.path.join(BUILD, "isd.html"), "w", encoding="utf-8").write("\n".join(H))
json.dump(FACTS, open(os.path.join(BUILD, "isd_facts.json"), "w"), ensure_ascii=False, indent=1)
print("isd: result %d (k %d), lasten k %d, %d facts" % (RESULT_E, R_k[3], L_k[3], len(FACTS)))
