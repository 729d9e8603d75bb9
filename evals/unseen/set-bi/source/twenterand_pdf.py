"""Build the FICTIONAL 'Twenterand Jaarstukken 2023' PDF with WeasyPrint (HTML/CSS -> PDF).

Usage: python twenterand_pdf.py OUT.pdf FACTS.json
"""
import re
import sys
from html import escape

from common import Facts, eur, k, mln, dec, rnd
import twenterand_data as D

DOC_ID = "twenterand-jaarstukken-2023"
FILE = "twenterand-jaarstukken-2023.pdf"
F = Facts(DOC_ID, FILE)
COLNAME = {"R22": "Rekening 2022", "BP": "Begroting 2023 primitief",
           "BW": "Begroting 2023 na wijziging", "R23": "Rekening 2023"}

CSS = """
@page {
  size: A4; margin: 20mm 17mm 22mm 17mm;
  @top-right { content: "Jaarstukken 2023 - Gemeente Twenterand"; font-family: "DejaVu Sans"; font-size: 7.5pt; color: #555; }
  @bottom-left { content: "FICTIEF DOCUMENT - alle cijfers verzonnen, geen publicatie van de gemeente Twenterand"; font-family: "DejaVu Sans"; font-size: 7pt; color: #a00; }
  @bottom-right { content: "pagina " counter(page); font-family: "DejaVu Sans"; font-size: 7.5pt; }
}
body { font-family: "DejaVu Sans"; font-size: 8.6pt; line-height: 1.32; }
h1 { font-size: 17pt; color: #0b4f6c; margin: 0 0 6pt 0; }
h2 { font-size: 12.5pt; color: #0b4f6c; margin: 10pt 0 4pt 0; }
h3 { font-size: 10pt; color: #0b4f6c; margin: 8pt 0 3pt 0; }
p { margin: 0 0 5pt 0; text-align: left; }
.brk { page-break-before: always; }
table { border-collapse: collapse; width: 100%; margin: 3pt 0 6pt 0; font-size: 7.8pt; }
th, td { border: 0.4pt solid #9ab; padding: 1.6pt 3pt; vertical-align: top; }
th { background: #dde9ef; font-weight: bold; text-align: center; }
td.n { text-align: right; white-space: nowrap; }
td.l { width: 38%; }
tr.tot td { font-weight: bold; border-top: 1pt solid #333; }
tr.sub td { font-style: italic; background: #f3f6f8; }
tr.sec td { font-weight: bold; background: #eef3e8; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
.cap { font-weight: bold; font-size: 8.4pt; margin-top: 6pt; }
.scale { font-size: 7.5pt; font-style: italic; }
.fn { font-size: 7pt; color: #333; margin-top: 0; }
.box { border: 2.5pt solid #a00; padding: 10pt; margin: 22pt 0; font-size: 11pt; color: #a00; }
.cover h1 { font-size: 30pt; margin-top: 60pt; }
.kpi td.n { font-size: 9pt; }
ul { margin: 0 0 5pt 14pt; padding: 0; }
li { margin-bottom: 2pt; }
"""

out = []


def w(s):
    out.append(s)


def p(text):
    # keep "€ 1.234" together on one line, as a typesetter would
    text = re.sub(r"€ (-?[0-9][0-9.,]*)", r'<span style="white-space:nowrap">€ \1</span>', text)
    w(f"<p>{text}</p>")


def table(caption, head_rows, body_rows, scale=None, widths=None, cls=""):
    """head_rows: list of list of (text, colspan, rowspan); body_rows: list of (cls, [cells])
    first cell is the label, the rest numbers (already formatted strings)."""
    if caption:
        w(f'<div class="cap">{escape(caption)}</div>')
    if scale:
        w(f'<div class="scale">{escape(scale)}</div>')
    w(f'<table class="{cls}">')
    if widths:
        w("<colgroup>" + "".join(f'<col style="width:{x}">' for x in widths) + "</colgroup>")
    w("<thead>")
    for hr in head_rows:
        w("<tr>" + "".join(
            f'<th colspan="{cs}" rowspan="{rs}">{escape(t)}</th>' for t, cs, rs in hr) + "</tr>")
    w("</thead><tbody>")
    for rc, cells in body_rows:
        tds = [f'<td class="l">{escape(cells[0])}</td>'] + [
            f'<td class="n">{escape(x)}</td>' for x in cells[1:]]
        w(f'<tr class="{rc}">' + "".join(tds) + "</tr>")
    w("</tbody></table>")


def vn(x):
    return "V" if x > 0 else ("N" if x < 0 else "")


# ============================================================ cover
w('<div class="cover">')
w("<h1>Jaarstukken 2023</h1>")
w('<h2>Gemeente Twenterand<br/>Jaarverslag en jaarrekening over het begrotingsjaar 2023</h2>')
w('<div class="box"><b>FICTIEF DOCUMENT</b><br/>Dit document is gemaakt als testmateriaal. Alle bedragen, '
  'aantallen, tarieven en percentages zijn verzonnen. Het is geen publicatie van de gemeente Twenterand '
  'en mag niet als bron voor echte cijfers worden gebruikt.</div>')
p("Vastgesteld door de gemeenteraad in de (fictieve) vergadering van 2 juli 2024.")
p("Samenstelling: team Financiën en Control, Vriezenveen.")
w("</div>")

# ============================================================ voorwoord + kerncijfers
w('<div class="brk"></div><h1>Inhoud</h1>')
w("<ul><li>Voorwoord en kerncijfers</li><li>Financieel resultaat 2023</li>"
  "<li>Programma 1 Bestuur en dienstverlening</li><li>Programma 2 Veiligheid</li>"
  "<li>Programma 3 Sociaal Domein</li><li>Programma 4 Leefomgeving</li>"
  "<li>Programma 5 Economie en vrije tijd</li><li>Algemene dekkingsmiddelen en overhead</li>"
  "<li>Paragraaf lokale heffingen</li><li>Paragraaf weerstandsvermogen en risicobeheersing</li>"
  "<li>Paragraaf verbonden partijen</li><li>Jaarrekening: overzicht van baten en lasten, balans, "
  "reserves en investeringen</li><li>Bijlage: baten en lasten per taakveld</li></ul>")
w("<h2>Voorwoord</h2>")
g23, g22 = D.grand_totals("R23"), D.grand_totals("R22")
p("Voor u liggen de jaarstukken 2023. Het jaar 2023 stond in het teken van de opvang van ontheemden uit "
  "Oekraïne, de hoge energieprijzen en de krapte op de arbeidsmarkt. Toch sluiten we het jaar af met een "
  f"positief resultaat van € {eur(D.TARGET_RESULT['R23'])}. In de begroting na wijziging gingen we nog uit "
  f"van een tekort van € {eur(-D.TARGET_RESULT['BW'])}.")
F.add("a.res.R23.prose", D.TARGET_RESULT["R23"], eur(D.TARGET_RESULT["R23"]), "Voorwoord (tekst)",
      "positief resultaat", "2023")
F.add("a.res.BW.prose", D.TARGET_RESULT["BW"], eur(-D.TARGET_RESULT["BW"]), "Voorwoord (tekst)",
      "tekort begroting na wijziging", "2023")

INW = {"2023": 34218, "2022": 34061}
WON = {"2023": 14602, "2022": 14488}
kc = [
    ("", ["Aantal inwoners per 31 december", eur(INW["2023"]), eur(INW["2022"])]),
    ("", ["Aantal woningen per 31 december", eur(WON["2023"]), eur(WON["2022"])]),
    ("", ["Aantal bijstandshuishoudens per 31 december", "587", "598"]),
    ("", ["Aantal jeugdigen met jeugdhulp", "1.206", "1.174"]),
    ("", ["Totale lasten (€ mln)", mln(g23["L"]), mln(g22["L"])]),
    ("", ["Totale baten (€ mln)", mln(g23["B"]), mln(g22["B"])]),
    ("", ["Gerealiseerd resultaat (€ mln)", mln(D.TARGET_RESULT["R23"]), mln(D.TARGET_RESULT["R22"])]),
    ("", ["Algemene reserve per 31 december (€ mln)", mln(D.RESERVE_LIST[0][5]), mln(D.RESERVE_LIST[0][1])]),
    ("", ["Personeel in dienst (fte)", dec(298.6), dec(291.2)]),
]
table("Kerncijfers", [[("", 1, 1), ("2023", 1, 1), ("2022", 1, 1)]], kc, cls="kpi",
      widths=["60%", "20%", "20%"])
w('<p class="fn">Financiële kerncijfers in miljoenen euro\'s (€ mln), afgerond op één decimaal.</p>')
F.add("a.kc.inw.2023", INW["2023"], eur(INW["2023"]), "Kerncijfers", "Aantal inwoners per 31 december", "2023")
F.add("a.kc.inw.2022", INW["2022"], eur(INW["2022"]), "Kerncijfers", "Aantal inwoners per 31 december", "2022")
F.add("a.kc.L.2023", round(g23["L"] / 1e5) * 1e5, mln(g23["L"]), "Kerncijfers", "Totale lasten (€ mln)", "2023")
F.add("a.kc.bijst.2023", 587, "587", "Kerncijfers", "Aantal bijstandshuishoudens per 31 december", "2023")
F.add("a.kc.bijst.2022", 598, "598", "Kerncijfers", "Aantal bijstandshuishoudens per 31 december", "2022")
F.add("a.kc.res.2023", round(D.TARGET_RESULT["R23"] / 1e5) * 100000, mln(D.TARGET_RESULT["R23"]), "Kerncijfers",
      "Gerealiseerd resultaat (€ mln)", "2023")
F.add("a.kc.alg.2023", round(D.RESERVE_LIST[0][5] / 1e5) * 100000, mln(D.RESERVE_LIST[0][5]), "Kerncijfers",
      "Algemene reserve per 31 december (€ mln)", "2023")
F.add("a.kc.fte.2023", 298.6, "298,6", "Kerncijfers", "Personeel in dienst (fte)", "2023")

# ============================================================ financieel resultaat
w('<div class="brk"></div><h1>Financieel resultaat 2023</h1>')
p(f"Het gerealiseerde resultaat over 2023 bedraagt € {eur(D.TARGET_RESULT['R23'])} positief. "
  f"Ten opzichte van de begroting na wijziging (een tekort van € {eur(-D.TARGET_RESULT['BW'])}) is dat een "
  f"verbetering van € {eur(D.TARGET_RESULT['R23'] - D.TARGET_RESULT['BW'])}. De belangrijkste oorzaken zijn "
  "een hogere algemene uitkering uit het gemeentefonds (decembercirculaire), lagere kosten voor begeleide "
  "participatie en een hogere rijksbijdrage voor de bijstand (BUIG). Daartegenover staan hogere kosten voor "
  "jeugdhulp. Wij stellen voor het resultaat toe te voegen aan de algemene reserve.")
F.add("a.res.verbetering", D.TARGET_RESULT["R23"] - D.TARGET_RESULT["BW"],
      eur(D.TARGET_RESULT["R23"] - D.TARGET_RESULT["BW"]), "Financieel resultaat (tekst)", "verbetering", "")
PNAMES = {pc: pn for pc, pn, _ in D.PROGRAMMES}
PLABEL = {pc: (f"Programma {pc} {pn}" if pc.isdigit() else pn) for pc, pn in PNAMES.items()}
body = []
for pc in D.ROWS:
    t = {c: D.prog_totals(pc, c) for c in D.COLS}
    verschil = rnd(t["R23"]["RES"]) - rnd(t["BW"]["RES"])
    body.append(("", [PLABEL[pc], k(t["BP"]["RES"]), k(t["BW"]["RES"]), k(t["R23"]["RES"]),
                      eur(abs(verschil)), vn(verschil)]))
    F.add(f"a.t1.{pc}.R23", rnd(t["R23"]["RES"]) * 1000, k(t["R23"]["RES"]),
          "Tabel 1 Resultaat per programma (x € 1.000)", PLABEL[pc], "Rekening 2023")
    F.add(f"a.t1.{pc}.BW", rnd(t["BW"]["RES"]) * 1000, k(t["BW"]["RES"]),
          "Tabel 1 Resultaat per programma (x € 1.000)", PLABEL[pc], "Begroting na wijziging")
    F.add(f"a.t1.{pc}.BP", rnd(t["BP"]["RES"]) * 1000, k(t["BP"]["RES"]),
          "Tabel 1 Resultaat per programma (x € 1.000)", PLABEL[pc], "Begroting primitief")
    F.add(f"a.t1.{pc}.V", abs(verschil) * 1000, eur(abs(verschil)),
          "Tabel 1 Resultaat per programma (x € 1.000)", PLABEL[pc], "Verschil")
tot = {c: D.TARGET_RESULT[c] for c in D.COLS}
vt = rnd(tot["R23"]) - rnd(tot["BW"])
body.append(("tot", ["Gerealiseerd resultaat", k(tot["BP"]), k(tot["BW"]), k(tot["R23"]), eur(abs(vt)), vn(vt)]))
F.add("a.t1.tot.R23", rnd(tot["R23"]) * 1000, k(tot["R23"]), "Tabel 1", "Gerealiseerd resultaat", "Rekening 2023")
F.add("a.t1.tot.BW", rnd(tot["BW"]) * 1000, k(tot["BW"]), "Tabel 1", "Gerealiseerd resultaat", "Begroting na wijziging")
F.add("a.t1.tot.V", abs(vt) * 1000, eur(abs(vt)), "Tabel 1", "Gerealiseerd resultaat", "Verschil")
table("Tabel 1 Resultaat per programma (na mutaties in reserves)",
      [[("Programma", 1, 2), ("Begroting 2023", 2, 1), ("Rekening 2023", 1, 2), ("Verschil", 2, 1)],
       [("primitief", 1, 1), ("na wijziging", 1, 1), ("bedrag", 1, 1), ("V/N", 1, 1)]],
      body, scale="bedragen x € 1.000; een negatief bedrag is een nadelig saldo",
      widths=["40%", "13%", "13%", "13%", "13%", "8%"])
w('<p class="fn">Door afronding op duizenden euro\'s kunnen de totalen afwijken van de som van de '
  "afzonderlijke bedragen. V = voordelig, N = nadelig ten opzichte van de begroting na wijziging.</p>")

# ============================================================ programme chapters
PROSE = {
    "1": dict(
        bereiken="Wij willen een bestuur dat dichtbij de inwoner staat en een dienstverlening die snel, "
        "digitaal én persoonlijk is. Ons doel voor 2023 was dat inwoners 80% van de gemeentelijke producten "
        "digitaal kunnen aanvragen via de digitale balie Twenterand Direct.",
        gedaan="In 2023 kon 74% van de producten digitaal worden aangevraagd; het doel van 80% is nog niet "
        "gehaald omdat de koppeling met het landelijke reisdocumentenstelsel later klaar was. Inwoners gaven "
        "onze balie in het klanttevredenheidsonderzoek een 7,6 (2022: 7,3). We organiseerden vier "
        "dorpstafels, in Vriezenveen, Vroomshoop, Den Ham en Westerhaar. Voor de dorpsbudgetten was € 60.000 "
        "beschikbaar; daarvan is € 52.740 toegekend aan 31 initiatieven van inwoners.",
    ),
    "2": dict(
        bereiken="Inwoners voelen zich veilig in hun eigen buurt. Wij pakken ondermijnende criminaliteit aan "
        "en werken samen met politie, Veiligheidsregio Twente en het Regionaal Informatie- en Expertise "
        "Centrum (RIEC).",
        gedaan="We voerden 23 Bibob-toetsen uit en sloten na een integrale controle 3 panden op grond van "
        "artikel 13b Opiumwet. In de Week van de ondermijning trainden we 46 medewerkers en 18 "
        "ondernemers in het herkennen van signalen. Het aantal woninginbraken daalde van 61 in 2022 naar "
        "48 in 2023.",
    ),
    "3": dict(
        bereiken="Het programma Sociaal Domein streeft ernaar dat inwoners zo veel mogelijk zelf de regie "
        "houden over hun leven en meedoen in de samenleving. Het programma is opgebouwd uit vijf "
        "doelenbomen: Sociale zaken, Maatschappelijke ondersteuning, Gezondheidszorg, Onderwijs en Jeugd. "
        "Wij wilden in 2023 vooral inzetten op vroegsignalering van schulden, op het versterken van de "
        "sociale basis in de kernen en op het terugdringen van de wachttijden in de jeugdhulp.",
        gedaan="<b>Energietoeslag.</b> Huishoudens met een laag inkomen ontvingen ook in 2023 een "
        "energietoeslag. In totaal is € 1.318.400 uitbetaald aan 1.648 huishoudens (€ 800 per huishouden). "
        "<b>Vroeg Erop Af.</b> Met de aanpak Vroeg Erop Af bezoeken medewerkers van Schuldhulp Twenterand "
        "inwoners zodra een woningcorporatie, energie- of zorgverzekeraar een betalingsachterstand meldt. "
        "In 2023 kwamen 684 signalen binnen en bereikten we 412 huishoudens; 171 huishoudens startten een "
        "schuldhulptraject. <b>Jeugd.</b> In negen huisartspraktijken werkt nu een praktijkondersteuner "
        "jeugd (POH-jeugd). Zij hielpen 388 kinderen en jongeren zonder verwijzing naar specialistische "
        "jeugdhulp. Toch stegen de kosten van jeugdhulp met verblijf sterk door enkele dure plaatsingen. "
        "<b>Beschermd wonen.</b> Met de aanpak Thuis in Twenterand kregen 27 inwoners die uitstroomden uit "
        "beschermd wonen een eigen woning met begeleiding in de wijk. <b>Laaggeletterdheid.</b> Het Taalhuis "
        "in de bibliotheek van Vriezenveen hielp 94 volwassenen met taal- en rekenlessen.",
    ),
    "4": dict(
        bereiken="Een schone, groene en veilige leefomgeving met voldoende passende woningen in alle kernen. "
        "Voor afval is ons doel dat in 2025 nog maar 100 kg restafval per inwoner overblijft.",
        gedaan="Door het omgekeerd inzamelen daalde de hoeveelheid restafval van 142 kg per inwoner in 2022 "
        "naar 128 kg in 2023. Er zijn 312 woningen opgeleverd, waarvan 96 sociale huurwoningen. In Den Ham "
        "is fase 2 van de vervanging van de riolering afgerond en we vervingen 1.140 lichtmasten door "
        "ledverlichting.",
    ),
    "5": dict(
        bereiken="Een sterke lokale economie met ruimte voor ondernemers, een aantrekkelijk "
        "verblijfsrecreatief aanbod en voorzieningen voor sport en cultuur in elke kern.",
        gedaan="Op bedrijventerrein De Mors-Noord zijn 4,2 hectare bedrijfskavels verkocht. Met het lokale "
        "sportakkoord 'Twenterand Beweegt' zijn 14 beweegactiviteiten voor ouderen gestart. Het aantal "
        "toeristische overnachtingen steeg tot 137.280.",
    ),
}

INDICATORS_P3 = [
    ("Banen per 1.000 inwoners van 15 t/m 64 jaar", "682,1", "688,4", "694,0", "829,7"),
    ("Personen met een bijstandsuitkering per 10.000 inwoners van 18 jaar en ouder", "264,3", "255,8", "249,1", "367,5"),
    ("Jongeren met jeugdhulp, in % van alle jongeren tot 18 jaar", "12,6%", "13,1%", "13,9%", "12,0%"),
    ("Kinderen in uitkeringsgezin (%)", "4,1%", "3,8%", "3,6%", "5,4%"),
    ("Cliënten met een maatwerkarrangement Wmo per 10.000 inwoners", "742", "768", "791", "690"),
    ("Aantal gestarte schuldhulptrajecten", "142", "156", "171", "-"),
]

EXPLAIN = {
    ("3", "L", "6.72"): "Jeugdhulp 18-: meer en duurdere plaatsingen met verblijf",
    ("3", "B", "6.3"): "Inkomensregelingen: hogere rijksbijdrage BUIG",
    ("3", "L", "6.4"): "Begeleide participatie: minder plekken beschut werk ingevuld",
    ("3", "L", "6.3"): "Inkomensregelingen: uitkeringslasten en energietoeslag",
    ("3", "L", "6.71"): "Wmo-begeleiding 18+: hogere kosten door indexatie tarieven",
    ("ADM", "B", "0.7"): "Algemene uitkering: effect decembercirculaire 2023",
}


def prog_chapter(pc):
    pn = PNAMES[pc]
    rows = D.ROWS[pc]
    t = {c: D.prog_totals(pc, c) for c in D.COLS}
    w(f'<div class="brk"></div><h1>{escape(PLABEL[pc])}</h1>')
    if pc in PROSE:
        w("<h2>Wat wilden we bereiken?</h2>")
        p(PROSE[pc]["bereiken"])
        w("<h2>Wat hebben we daarvoor gedaan?</h2>")
        p(PROSE[pc]["gedaan"])
    if pc == "3":
        table("Tabel 3.1 Beleidsindicatoren Sociaal Domein",
              [[("Indicator", 1, 1), ("2021", 1, 1), ("2022", 1, 1), ("2023", 1, 1), ("Nederland 2023", 1, 1)]],
              [("", list(x)) for x in INDICATORS_P3], widths=["52%", "12%", "12%", "12%", "12%"])
        w('<p class="fn">Bron: waarstaatjegemeente.nl (fictieve waarden). Een streepje betekent: niet beschikbaar.</p>')
        for lab, a, b, c, nl in INDICATORS_P3:
            key = lab.split(",")[0].split(" per ")[0][:30]
            F.add(f"a.ind.{lab[:25]}.2023", c, c, "Tabel 3.1 Beleidsindicatoren Sociaal Domein", lab, "2023")
            F.add(f"a.ind.{lab[:25]}.2022", b, b, "Tabel 3.1 Beleidsindicatoren Sociaal Domein", lab, "2022")
            F.add(f"a.ind.{lab[:25]}.NL", nl, nl, "Tabel 3.1 Beleidsindicatoren Sociaal Domein", lab, "Nederland 2023")
    w("<h2>Wat heeft het gekost?</h2>")
    body = [("sec", ["Lasten", "", "", "", "", ""])]

    def diff(kind, c_r, c_b):
        return (c_b - c_r) if kind == "L" else (c_r - c_b)

    for kind, title in (("L", "Totaal lasten"), ("B", "Totaal baten")):
        if kind == "B":
            body.append(("sec", ["Baten", "", "", "", "", ""]))
        for r in rows:
            v = r[kind]
            label = f"{r['code']} {r['name']}" if not r['code'].endswith('o') else r['name']
            body.append(("", [label,
                              eur(v["R22"]), eur(v["BP"]), eur(v["BW"]), eur(v["R23"]),
                              eur(diff(kind, v["R23"], v["BW"]))]))
            for c in D.COLS:
                F.add(f"a.p{pc}.{r['code']}.{kind}.{c}", v[c], eur(v[c]), f"Overzicht baten en lasten {PLABEL[pc]}",
                      label, COLNAME[c], note="Lasten" if kind == "L" else "Baten")
        body.append(("sub", [title] + [eur(t[c][kind]) for c in D.COLS] + [eur(diff(kind, t["R23"][kind], t["BW"][kind]))]))
        for c in D.COLS:
            F.add(f"a.p{pc}.tot{kind}.{c}", t[c][kind], eur(t[c][kind]), f"Overzicht baten en lasten {PLABEL[pc]}",
                  title, COLNAME[c])
    body.append(("sub", ["Saldo van baten en lasten"] + [eur(t[c]["S"]) for c in D.COLS] + [eur(t["R23"]["S"] - t["BW"]["S"])]))
    body.append(("", ["Toevoegingen aan reserves"] + [eur(t[c]["T"]) for c in D.COLS] + [eur(t["BW"]["T"] - t["R23"]["T"])]))
    body.append(("", ["Onttrekkingen aan reserves"] + [eur(t[c]["O"]) for c in D.COLS] + [eur(t["R23"]["O"] - t["BW"]["O"])]))
    body.append(("tot", ["Resultaat"] + [eur(t[c]["RES"]) for c in D.COLS] + [eur(t["R23"]["RES"] - t["BW"]["RES"])]))
    for c in D.COLS:
        F.add(f"a.p{pc}.S.{c}", t[c]["S"], eur(t[c]["S"]), f"Overzicht baten en lasten {PLABEL[pc]}",
              "Saldo van baten en lasten", COLNAME[c])
        F.add(f"a.p{pc}.RES.{c}", t[c]["RES"], eur(t[c]["RES"]), f"Overzicht baten en lasten {PLABEL[pc]}",
              "Resultaat", COLNAME[c])
        F.add(f"a.p{pc}.O.{c}", t[c]["O"], eur(t[c]["O"]), f"Overzicht baten en lasten {PLABEL[pc]}",
              "Onttrekkingen aan reserves", COLNAME[c])
    table(f"Overzicht baten en lasten {PLABEL[pc]}",
          [[("Bedragen in euro's", 1, 2), ("Rekening 2022", 1, 2), ("Begroting 2023", 2, 1),
            ("Rekening 2023", 1, 2), ("Verschil", 1, 2)],
           [("primitief", 1, 1), ("na wijziging", 1, 1)]],
          body, widths=["34%", "13%", "13%", "13%", "13%", "14%"])
    w('<p class="fn">Verschil = rekening 2023 ten opzichte van de begroting na wijziging; een negatief '
      "bedrag is nadelig (hogere lasten of lagere baten dan begroot).</p>")

    if pc == "3":
        body = []
        for (name, l_bw, b_bw), (_, l_r, b_r) in zip(D.doelenboom_totals("BW"), D.doelenboom_totals("R23")):
            body.append(("", [name, eur(l_bw), eur(l_r), eur(b_bw), eur(b_r)]))
            F.add(f"a.db.{name}.L.R23", l_r, eur(l_r), "Tabel 3.3 Lasten en baten per doelenboom", name, "Lasten rekening 2023")
            F.add(f"a.db.{name}.L.BW", l_bw, eur(l_bw), "Tabel 3.3 Lasten en baten per doelenboom", name, "Lasten begroting na wijziging")
            F.add(f"a.db.{name}.B.R23", b_r, eur(b_r), "Tabel 3.3 Lasten en baten per doelenboom", name, "Baten rekening 2023")
        body.append(("tot", ["Totaal programma", eur(t["BW"]["L"]), eur(t["R23"]["L"]), eur(t["BW"]["B"]), eur(t["R23"]["B"])]))
        table("Tabel 3.3 Lasten en baten per doelenboom",
              [[("Doelenboom", 1, 2), ("Lasten", 2, 1), ("Baten", 2, 1)],
               [("begroting na wijziging", 1, 1), ("rekening", 1, 1), ("begroting na wijziging", 1, 1), ("rekening", 1, 1)]],
              body, scale="bedragen in euro's, 2023", widths=["36%", "16%", "16%", "16%", "16%"])

    # verschillenanalyse (x 1.000, V/N)
    items = []
    for r in rows:
        for kind in ("L", "B"):
            d = (r[kind]["BW"] - r[kind]["R23"]) if kind == "L" else (r[kind]["R23"] - r[kind]["BW"])
            items.append((abs(d), kind, r, d))
    items.sort(key=lambda x: -x[0])
    top = [x for x in items if x[0] >= 150000][:5] or items[:2]
    total = rnd(t["R23"]["RES"]) - rnd(t["BW"]["RES"])
    body, acc = [], 0
    for _, kind, r, d in top:
        label = EXPLAIN.get((pc, kind, r["code"]),
                            f"{r['code']} {r['name']}: {'lagere' if d > 0 else 'hogere'} "
                            f"{'lasten' if kind == 'L' else 'baten'}" if kind == "L" else
                            f"{r['code']} {r['name']}: {'hogere' if d > 0 else 'lagere'} baten")
        body.append(("", [label, eur(abs(rnd(d))), vn(d)]))
        F.add(f"a.vs.{pc}.{kind}.{r['code']}", abs(rnd(d)) * 1000, eur(abs(rnd(d))),
              f"Verschillenanalyse {PLABEL[pc]} (x € 1.000)", label, "bedrag", note=vn(d))
        acc += rnd(d)
    rest = total - acc
    body.append(("", ["Overige verschillen (per saldo)", eur(abs(rest)), vn(rest)]))
    body.append(("tot", ["Totaal verschil resultaat programma", eur(abs(total)), vn(total)]))
    table(f"Verschillenanalyse {PLABEL[pc]}", [[("Toelichting", 1, 1), ("x € 1.000", 1, 1), ("V/N", 1, 1)]],
          body, widths=["76%", "14%", "10%"])


for pc in ["1", "2", "3", "4", "5"]:
    prog_chapter(pc)

# Algemene dekkingsmiddelen + overhead
prog_chapter("ADM")
p("De algemene uitkering uit het gemeentefonds was € "
  f"{eur([r for r in D.ROWS['ADM'] if r['code']=='0.7'][0]['B']['R23'])}. Dat is meer dan begroot, vooral door "
  "de decembercirculaire 2023.")
prog_chapter("OH")
p(f"Van de post onvoorzien (oorspronkelijk € {eur(D.ONVOORZIEN_BUDGET['BP'])}) is in de loop van 2023 "
  f"€ {eur(D.ONVOORZIEN_BUDGET['BP'] - D.ONVOORZIEN_BUDGET['BW'])} ingezet voor de noodopvang in sporthal "
  f"De Bolder; het restant van € {eur(D.ONVOORZIEN_BUDGET['BW'])} is niet gebruikt.")
F.add("a.onvoorzien.BP", D.ONVOORZIEN_BUDGET["BP"], eur(D.ONVOORZIEN_BUDGET["BP"]), "Overhead, Vpb en onvoorzien (tekst)", "post onvoorzien oorspronkelijk", "2023")

# ============================================================ lokale heffingen
w('<div class="brk"></div><h1>Paragraaf lokale heffingen</h1>')
p("In deze paragraaf staan de tarieven en de opbrengsten van de gemeentelijke belastingen en heffingen. "
  "De tarieven van de onroerendezaakbelastingen (OZB) zijn een percentage van de WOZ-waarde. Afval- en "
  "rioolheffing zijn kostendekkend; de lasten worden niet hoger dan de opbrengsten.")
TAR = [
    ("OZB woningen, eigenaar (% van de WOZ-waarde)", "0,1034%", "0,0958%"),
    ("OZB niet-woningen, eigenaar", "0,2893%", "0,2741%"),
    ("OZB niet-woningen, gebruiker", "0,2318%", "0,2196%"),
    ("Afvalstoffenheffing, vastrecht per huishouden", "€ 189,00", "€ 198,00"),
    ("Afvalstoffenheffing, per lediging container restafval", "€ 8,90", "€ 9,40"),
    ("Rioolheffing per aansluiting", "€ 266,40", "€ 276,84"),
    ("Toeristenbelasting per persoon per nacht", "€ 1,35", "€ 1,45"),
]
table("Tabel LH.1 Tarieven", [[("Belasting / heffing", 1, 1), ("Tarief 2022", 1, 1), ("Tarief 2023", 1, 1)]],
      [("", list(x)) for x in TAR], widths=["60%", "20%", "20%"])
for lab, a, b in TAR:
    F.add(f"a.tar.{lab[:30]}.2023", b, b, "Tabel LH.1 Tarieven", lab, "Tarief 2023")
    F.add(f"a.tar.{lab[:30]}.2022", a, a, "Tabel LH.1 Tarieven", lab, "Tarief 2022")
ozbw = [r for r in D.ROWS["ADM"] if r["code"] == "0.61"][0]["B"]
ozbn = [r for r in D.ROWS["ADM"] if r["code"] == "0.62"][0]["B"]
OPBR = [
    ("Onroerendezaakbelasting woningen", ozbw["BW"], ozbw["R23"]),
    ("Onroerendezaakbelasting niet-woningen", ozbn["BW"], ozbn["R23"]),
    ("Afvalstoffenheffing", 5046500, 5108217),
    ("Rioolheffing", 4912300, 4874920),
    ("Toeristenbelasting", 185000, 198560),
    ("Leges omgevingsvergunning", 780000, 842315),
]
body = [("", [a, eur(b), eur(c), eur(c - b)]) for a, b, c in OPBR]
body.append(("tot", ["Totaal", eur(sum(x[1] for x in OPBR)), eur(sum(x[2] for x in OPBR)),
                     eur(sum(x[2] - x[1] for x in OPBR))]))
table("Tabel LH.2 Opbrengsten lokale heffingen 2023",
      [[("Heffing", 1, 1), ("Begroot 2023", 1, 1), ("Werkelijk 2023", 1, 1), ("Verschil", 1, 1)]],
      body, scale="(bedragen in euro's)", widths=["46%", "18%", "18%", "18%"])
for a, b, c in OPBR:
    F.add(f"a.opbr.{a}.R23", c, eur(c), "Tabel LH.2 Opbrengsten lokale heffingen 2023", a, "Werkelijk 2023")
    F.add(f"a.opbr.{a}.BW", b, eur(b), "Tabel LH.2 Opbrengsten lokale heffingen 2023", a, "Begroot 2023")
F.add("a.opbr.tot.R23", sum(x[2] for x in OPBR), eur(sum(x[2] for x in OPBR)), "Tabel LH.2", "Totaal", "Werkelijk 2023")

WOZ = {"2022": 251000, "2023": 268000}
from decimal import Decimal, ROUND_HALF_UP


def c2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


ozb22 = c2(Decimal(WOZ["2022"]) * Decimal("0.001034"))
ozb23 = c2(Decimal(WOZ["2023"]) * Decimal("0.000958"))
# meerpersoonshuishouden: vastrecht + 10 ledigingen
afv22 = c2(Decimal("189.00") + 10 * Decimal("8.90"))
afv23 = c2(Decimal("198.00") + 10 * Decimal("9.40"))
riool22, riool23 = Decimal("266.40"), Decimal("276.84")
tot22, tot23 = ozb22 + afv22 + riool22, ozb23 + afv23 + riool23


def e2(x):
    return "€ " + dec(x, 2)


body = [("", ["Gemiddelde WOZ-waarde woning", "€ " + eur(WOZ["2022"]), "€ " + eur(WOZ["2023"])]),
        ("", ["OZB eigenaar", e2(ozb22), e2(ozb23)]),
        ("", ["Afvalstoffenheffing (vastrecht + 10 ledigingen)", e2(afv22), e2(afv23)]),
        ("", ["Rioolheffing", e2(riool22), e2(riool23)]),
        ("tot", ["Totale woonlasten meerpersoonshuishouden", e2(tot22), e2(tot23)])]
table("Tabel LH.3 Woonlasten meerpersoonshuishouden met eigen woning", [[("", 1, 1), ("2022", 1, 1), ("2023", 1, 1)]],
      body, widths=["60%", "20%", "20%"])
F.add("a.woon.2023", float(tot23), dec(tot23, 2), "Tabel LH.3 Woonlasten meerpersoonshuishouden", "Totale woonlasten", "2023")
F.add("a.woon.2022", float(tot22), dec(tot22, 2), "Tabel LH.3 Woonlasten meerpersoonshuishouden", "Totale woonlasten", "2022")
F.add("a.woon.afv.2023", float(afv23), dec(afv23, 2), "Tabel LH.3 Woonlasten meerpersoonshuishouden",
      "Afvalstoffenheffing (vastrecht + 10 ledigingen)", "2023")
F.add("a.woon.afv.2022", float(afv22), dec(afv22, 2), "Tabel LH.3 Woonlasten meerpersoonshuishouden",
      "Afvalstoffenheffing (vastrecht + 10 ledigingen)", "2022")
F.add("a.woz.2023", WOZ["2023"], eur(WOZ["2023"]), "Tabel LH.3", "Gemiddelde WOZ-waarde woning", "2023")
p("Kwijtschelding: in 2023 is aan 702 huishoudens kwijtschelding verleend voor de afvalstoffen- en "
  "rioolheffing, voor een bedrag van € 268.914 (2022: 655 huishoudens).")
F.add("a.kwijt.bedrag", 268914, "268.914", "Paragraaf lokale heffingen (tekst)", "kwijtschelding", "2023")
F.add("a.kwijt.aantal", 702, "702", "Paragraaf lokale heffingen (tekst)", "kwijtschelding huishoudens", "2023")

# ============================================================ weerstandsvermogen
w('<div class="brk"></div><h1>Paragraaf weerstandsvermogen en risicobeheersing</h1>')
CAP = [("Algemene reserve (vrij besteedbaar deel)", 12418200), ("Onbenutte belastingcapaciteit OZB", 1206300),
       ("Post onvoorzien (restant)", D.ONVOORZIEN_BUDGET["BW"])]
cap_tot = sum(x[1] for x in CAP)
NEED = 6912000
ratio = Decimal(cap_tot) / Decimal(NEED)
body = [("", [a, eur(b)]) for a, b in CAP] + [("tot", ["Totale beschikbare weerstandscapaciteit", eur(cap_tot)]),
                                                ("", ["Benodigde weerstandscapaciteit (risicosimulatie, 90% zekerheid)", eur(NEED)]),
                                                ("tot", ["Ratio weerstandsvermogen", dec(ratio, 2)])]
table("Tabel W.1 Weerstandsvermogen per 31 december 2023", [[("Onderdeel", 1, 1), ("Bedrag in €", 1, 1)]], body,
      widths=["75%", "25%"])
p(f"De ratio weerstandsvermogen is {dec(ratio, 2)}. Volgens de normtabel van het Nederlands Adviescentrum "
  "Risicomanagement is dat 'ruim voldoende' (klasse B: ratio tussen 1,4 en 2,0). Onze norm is een ratio van "
  "minimaal 1,0.")
F.add("a.ratio", float(c2(ratio)), dec(ratio, 2), "Tabel W.1 Weerstandsvermogen", "Ratio weerstandsvermogen", "31-12-2023")
F.add("a.capaciteit", cap_tot, eur(cap_tot), "Tabel W.1 Weerstandsvermogen", "Totale beschikbare weerstandscapaciteit", "")
F.add("a.benodigd", NEED, eur(NEED), "Tabel W.1 Weerstandsvermogen", "Benodigde weerstandscapaciteit", "")
RISKS = [("Open-einde-regelingen jeugdhulp en Wmo", "groot", 2400000),
         ("Grondexploitaties (afzet bouwkavels)", "middel", 1150000),
         ("Verbonden partijen (tekorten gemeenschappelijke regelingen)", "middel", 980000),
         ("Loon- en prijsstijgingen boven indexatie", "groot", 1300000),
         ("Claims en juridische procedures", "klein", 350000)]
table("Tabel W.2 Belangrijkste risico's", [[("Risico", 1, 1), ("Kans", 1, 1), ("Maximaal effect (€)", 1, 1)]],
      [("", [a, b, eur(c)]) for a, b, c in RISKS], widths=["62%", "14%", "24%"])
F.add("a.risk.jeugd", 2400000, "2.400.000", "Tabel W.2 Belangrijkste risico's", RISKS[0][0], "Maximaal effect")
KG = [("Netto schuldquote", "61%", "68%", "57%"),
      ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", "58%", "65%", "54%"),
      ("Solvabiliteitsratio", "24%", "22%", "26%"),
      ("Grondexploitatie", "9%", "8%", "7%"),
      ("Structurele exploitatieruimte", "1,2%", "0,4%", "1,9%"),
      ("Belastingcapaciteit", "104%", "103%", "101%")]
table("Tabel W.3 Financiële kengetallen", [[("Kengetal", 1, 1), ("Rekening 2022", 1, 1), ("Begroting 2023", 1, 1),
                                           ("Rekening 2023", 1, 1)]], [("", list(x)) for x in KG],
      widths=["52%", "16%", "16%", "16%"])
for lab, a, b, c in KG:
    F.add(f"a.kg.{lab}.R23", c, c, "Tabel W.3 Financiële kengetallen", lab, "Rekening 2023")
    F.add(f"a.kg.{lab}.B23", b, b, "Tabel W.3 Financiële kengetallen", lab, "Begroting 2023")
    F.add(f"a.kg.{lab}.R22", a, a, "Tabel W.3 Financiële kengetallen", lab, "Rekening 2022")

# ============================================================ verbonden partijen
w('<div class="brk"></div><h1>Paragraaf verbonden partijen</h1>')
p("Twenterand voert een deel van haar taken uit via verbonden partijen: organisaties waarin de gemeente "
  "een bestuurlijk én een financieel belang heeft. Hieronder staan de bijdragen die wij in 2023 betaalden.")
VP = [("Regio Twente (o.a. GGD Twente, jeugdgezondheidszorg)", "Gemeenschappelijke regeling", 1912300, 1946118),
      ("Veiligheidsregio Twente", "Gemeenschappelijke regeling", 2106450, 2106450),
      ("Omgevingsdienst Vecht en Dinkel", "Gemeenschappelijke regeling", 1120400, 1146820),
      ("Soweco (sociaal werkbedrijf)", "Gemeenschappelijke regeling", 4862000, 4718355),
      ("Crematorium en begraafplaatsen Twente BV", "Deelneming", 0, 0),
      ("BNG Bank NV", "Deelneming (dividend ontvangen)", 38000, 41226)]
body = [("", [a, b, eur(c), eur(d)]) for a, b, c, d in VP]
table("Tabel VP.1 Bijdragen aan verbonden partijen",
      [[("Verbonden partij", 1, 2), ("Soort", 1, 2), ("2023", 2, 1)], [("begroot", 1, 1), ("werkelijk", 1, 1)]],
      body, scale="bedragen in euro's", widths=["40%", "24%", "18%", "18%"])
for a, b, c, d in VP:
    F.add(f"a.vp.{a[:20]}.R23", d, eur(d), "Tabel VP.1 Bijdragen aan verbonden partijen", a, "2023 werkelijk")
    F.add(f"a.vp.{a[:20]}.B23", c, eur(c), "Tabel VP.1 Bijdragen aan verbonden partijen", a, "2023 begroot")
p("De Omgevingsdienst Vecht en Dinkel voert voor ons de vergunningverlening, het toezicht en de handhaving "
  "op het gebied van milieu uit (basistaken en plustaken). De hogere bijdrage komt door extra "
  "asbestcontroles. De bijdrage aan Soweco was lager doordat minder medewerkers in de Wsw werkzaam waren.")

# ============================================================ jaarrekening
w('<div class="brk"></div><h1>Jaarrekening 2023</h1><h2>Overzicht van baten en lasten</h2>')
body = []
for pc in D.ROWS:
    tt = {c: D.prog_totals(pc, c) for c in ("BP", "BW", "R23")}
    body.append(("", [PLABEL[pc]] + [eur(tt[c]["L"]) for c in ("BP", "BW", "R23")] +
                 [eur(tt[c]["B"]) for c in ("BP", "BW", "R23")]))
G = {c: D.grand_totals(c) for c in ("BP", "BW", "R23")}
body.append(("sub", ["Totaal lasten en baten"] + [eur(G[c]["L"]) for c in ("BP", "BW", "R23")] +
             [eur(G[c]["B"]) for c in ("BP", "BW", "R23")]))
table("Tabel J.1 Lasten en baten per programma",
      [[("Programma", 1, 2), ("Lasten", 3, 1), ("Baten", 3, 1)],
       [("begroting primitief", 1, 1), ("begroting na wijziging", 1, 1), ("rekening", 1, 1),
        ("begroting primitief", 1, 1), ("begroting na wijziging", 1, 1), ("rekening", 1, 1)]],
      body, scale="bedragen in euro's, begrotingsjaar 2023",
      widths=["28%", "12%", "12%", "12%", "12%", "12%", "12%"])
for c in ("BP", "BW", "R23"):
    F.add(f"a.j1.L.{c}", G[c]["L"], eur(G[c]["L"]), "Tabel J.1 Lasten en baten per programma", "Totaal lasten en baten", "Lasten " + COLNAME[c])
    F.add(f"a.j1.B.{c}", G[c]["B"], eur(G[c]["B"]), "Tabel J.1 Lasten en baten per programma", "Totaal lasten en baten", "Baten " + COLNAME[c])
body = [("", ["Saldo van baten en lasten"] + [eur(G[c]["S"]) for c in ("BP", "BW", "R23")]),
        ("", ["Toevoegingen aan reserves"] + [eur(G[c]["T"]) for c in ("BP", "BW", "R23")]),
        ("", ["Onttrekkingen aan reserves"] + [eur(G[c]["O"]) for c in ("BP", "BW", "R23")]),
        ("tot", ["Gerealiseerd resultaat"] + [eur(G[c]["RES"]) for c in ("BP", "BW", "R23")])]
table("Tabel J.2 Van saldo naar resultaat",
      [[("", 1, 1), ("Begroting primitief", 1, 1), ("Begroting na wijziging", 1, 1), ("Rekening 2023", 1, 1)]],
      body, scale="bedragen in euro's", widths=["40%", "20%", "20%", "20%"])
for c in ("BP", "BW", "R23"):
    for kk, lab in (("S", "Saldo van baten en lasten"), ("T", "Toevoegingen aan reserves"), ("O", "Onttrekkingen aan reserves")):
        F.add(f"a.j2.{kk}.{c}", G[c][kk], eur(G[c][kk]), "Tabel J.2 Van saldo naar resultaat", lab, COLNAME[c])

# balance sheet (x 1.000), newest year first
res = D.RESERVE_LIST
alg_end, alg_start = res[0][5], res[0][1]
best_end = sum(r[5] for r in res[1:])
best_start = sum(r[1] for r in res[1:])
ACT = {"Immateriële vaste activa": (412, 468), "Materiële vaste activa": (118742, 113905),
       "Financiële vaste activa": (6318, 6602), "Voorraden (bouwgronden in exploitatie)": (8934, 9611),
       "Uitzettingen met een looptijd korter dan één jaar": (11206, 10188), "Liquide middelen": (1482, 2217),
       "Overlopende activa": (7915, 6843)}
act_tot = [sum(v[i] for v in ACT.values()) for i in (0, 1)]
PAS = {"Algemene reserve": (rnd(alg_end), rnd(alg_start)),
       "Bestemmingsreserves": (rnd(best_end), rnd(best_start)),
       "Gerealiseerd resultaat": (rnd(D.TARGET_RESULT["R23"]), rnd(D.TARGET_RESULT["R22"])),
       "Voorzieningen": (14806, 13972), "Vaste schulden met een looptijd van één jaar of langer": (0, 0),
       "Netto vlottende schulden met een looptijd korter dan één jaar": (16354, 17229),
       "Overlopende passiva": (9875, 8834)}
eig = [sum(PAS[x][i] for x in ("Algemene reserve", "Bestemmingsreserves", "Gerealiseerd resultaat")) for i in (0, 1)]
rest_other = [sum(PAS[x][i] for x in ("Voorzieningen", "Netto vlottende schulden met een looptijd korter dan één jaar", "Overlopende passiva")) for i in (0, 1)]
PAS["Vaste schulden met een looptijd van één jaar of langer"] = tuple(act_tot[i] - eig[i] - rest_other[i] for i in (0, 1))
pas_tot = [sum(v[i] for v in PAS.values()) for i in (0, 1)]
assert pas_tot == act_tot
w('<div class="brk"></div><h2>Balans per 31 december</h2>')
body = [("sec", ["Activa", "", ""])]
body += [("", [a, eur(b[0]), eur(b[1])]) for a, b in ACT.items()]
body.append(("tot", ["Totaal activa", eur(act_tot[0]), eur(act_tot[1])]))
body.append(("sec", ["Passiva", "", ""]))
body.append(("sub", ["Eigen vermogen", eur(eig[0]), eur(eig[1])]))
body += [("", ["  " + a, eur(b[0]), eur(b[1])]) for a, b in PAS.items()]
body.append(("tot", ["Totaal passiva", eur(pas_tot[0]), eur(pas_tot[1])]))
table("Tabel J.3 Balans", [[("x € 1.000", 1, 1), ("31-12-2023", 1, 1), ("31-12-2022", 1, 1)]], body,
      widths=["60%", "20%", "20%"])
w('<p class="fn">Het eigen vermogen bestaat uit de algemene reserve, de bestemmingsreserves en het nog te '
  "bestemmen resultaat. De stand van de reserves per 31-12-2023 is exclusief het resultaat 2023.</p>")
for a, b in list(ACT.items()) + list(PAS.items()):
    F.add(f"a.bal.{a}.2023", b[0] * 1000, eur(b[0]), "Tabel J.3 Balans (x € 1.000)", a, "31-12-2023")
    F.add(f"a.bal.{a}.2022", b[1] * 1000, eur(b[1]), "Tabel J.3 Balans (x € 1.000)", a, "31-12-2022")
F.add("a.bal.tot.2023", act_tot[0] * 1000, eur(act_tot[0]), "Tabel J.3 Balans (x € 1.000)", "Totaal activa", "31-12-2023")
F.add("a.bal.tot.2022", act_tot[1] * 1000, eur(act_tot[1]), "Tabel J.3 Balans (x € 1.000)", "Totaal activa", "31-12-2022")
F.add("a.bal.eig.2023", eig[0] * 1000, eur(eig[0]), "Tabel J.3 Balans (x € 1.000)", "Eigen vermogen", "31-12-2023")

# reserves (euros)
body = [("", [r[0], eur(r[1]), eur(r[2]), eur(r[3]), eur(r[4]), eur(r[5])]) for r in res]
body.append(("tot", ["Totaal reserves"] + [eur(sum(r[i] for r in res)) for i in range(1, 6)]))
table("Tabel J.4 Verloop van de reserves in 2023",
      [[("Reserve", 1, 1), ("Stand 1-1-2023", 1, 1), ("Bestemming resultaat 2022", 1, 1), ("Toevoegingen", 1, 1),
        ("Onttrekkingen", 1, 1), ("Stand 31-12-2023", 1, 1)]],
      body, scale="bedragen in euro's", widths=["30%", "14%", "14%", "14%", "14%", "14%"])
for r in res:
    for i, col in ((1, "Stand 1-1-2023"), (3, "Toevoegingen"), (4, "Onttrekkingen"), (5, "Stand 31-12-2023")):
        F.add(f"a.res.{r[0]}.{i}", r[i], eur(r[i]), "Tabel J.4 Verloop van de reserves in 2023", r[0], col)
F.add("a.res.tot.5", sum(r[5] for r in res), eur(sum(r[5] for r in res)), "Tabel J.4", "Totaal reserves", "Stand 31-12-2023")

# investments (euros)
INV = [("Nieuwbouw IKC Vriezenveen-Oost", 9850000, 2416380, 5928114),
       ("Reconstructie Westeinde Vriezenveen", 2340000, 1986025, 399185),
       ("Vervanging riolering Den Ham, fase 2", 1765000, 604310, 1118640),
       ("Kunstgrasveld sportpark De Hoge Esch", 685000, 0, 642875),
       ("Ledverlichting openbare ruimte", 1120000, 388400, 614630),
       ("Vervanging voertuigen buitendienst", 498000, 0, 531480)]
body = []
for a, kr, t22, u23 in INV:
    body.append(("", [a, eur(kr), eur(t22), eur(u23), eur(kr - t22 - u23)]))
body.append(("tot", ["Totaal", eur(sum(x[1] for x in INV)), eur(sum(x[2] for x in INV)), eur(sum(x[3] for x in INV)),
                     eur(sum(x[1] - x[2] - x[3] for x in INV))]))
table("Tabel J.5 Investeringskredieten", [[("Investering", 1, 1), ("Krediet", 1, 1), ("Uitgaven t/m 2022", 1, 1),
                                          ("Uitgaven 2023", 1, 1), ("Restant krediet*", 1, 1)]],
      body, scale="bedragen in euro's", widths=["36%", "16%", "16%", "16%", "16%"])
w('<p class="fn">* Een negatief restant is een overschrijding van het krediet. De overschrijding bij de '
  "voertuigen komt door hogere prijzen voor elektrische bedrijfswagens.</p>")
for a, kr, t22, u23 in INV:
    F.add(f"a.inv.{a[:20]}.kr", kr, eur(kr), "Tabel J.5 Investeringskredieten", a, "Krediet")
    F.add(f"a.inv.{a[:20]}.u23", u23, eur(u23), "Tabel J.5 Investeringskredieten", a, "Uitgaven 2023")
    F.add(f"a.inv.{a[:20]}.rest", kr - t22 - u23, eur(kr - t22 - u23), "Tabel J.5 Investeringskredieten", a, "Restant krediet")
F.add("a.inv.tot.u23", sum(x[3] for x in INV), eur(sum(x[3] for x in INV)), "Tabel J.5", "Totaal", "Uitgaven 2023")

# ============================================================ bijlage taakvelden
w('<div class="brk"></div><h1>Bijlage: baten en lasten per taakveld</h1>')
p("Deze bijlage volgt de indeling in taakvelden van de Informatie voor derden (Iv3). Alle bedragen zijn "
  "realisatiecijfers 2023 in hele euro's. Het saldo is baten min lasten.")
body = []
allrows = sorted([r for pc in D.ROWS for r in D.ROWS[pc] if not r["code"].endswith("o")],
                 key=lambda r: (int(r["code"].split(".")[0]), r["code"].split(".")[1]))
for r in allrows:
    L, B = r["L"]["R23"], r["B"]["R23"]
    body.append(("", [f"{r['code']} {r['name']}", eur(L), eur(B), eur(B - L)]))
    F.add(f"a.tv.{r['code']}.L", L, eur(L), "Tabel B.1 Baten en lasten per taakveld, rekening 2023", f"{r['code']} {r['name']}", "Lasten")
    F.add(f"a.tv.{r['code']}.B", B, eur(B), "Tabel B.1 Baten en lasten per taakveld, rekening 2023", f"{r['code']} {r['name']}", "Baten")
ov = [r for r in D.ROWS["OH"] if r["code"] == "0.8o"][0]
g = D.grand_totals("R23")
body.append(("", ["0.10 Mutaties reserves", eur(g["T"]), eur(g["O"]), eur(g["O"] - g["T"])]))
body.append(("", ["0.11 Resultaat van de rekening van baten en lasten", "", "", eur(g["RES"])]))
body.append(("tot", ["Totaal (inclusief mutaties reserves)", eur(g["L"] + g["T"]), eur(g["B"] + g["O"]), eur(g["RES"])]))
table("Tabel B.1 Baten en lasten per taakveld, rekening 2023",
      [[("Taakveld", 1, 1), ("Lasten", 1, 1), ("Baten", 1, 1), ("Saldo", 1, 1)]], body,
      scale="bedragen in euro's", widths=["52%", "16%", "16%", "16%"])
F.add("a.tv.tot.L", g["L"] + g["T"], eur(g["L"] + g["T"]), "Tabel B.1", "Totaal (inclusief mutaties reserves)", "Lasten")

html = f"<html><head><meta charset='utf-8'><title>Jaarstukken 2023 Gemeente Twenterand (FICTIEF DOCUMENT)</title><meta name='author' content='set-bi testmateriaal'><style>{CSS}</style></head><body>{''.join(out)}</body></html>"

if __name__ == "__main__":
    from weasyprint import HTML
    pdf_path, facts_path = sys.argv[1], sys.argv[2]
    HTML(string=html).write_pdf(pdf_path)
    F.dump(facts_path)
    print("wrote", pdf_path)
