"""Gemeente Hessendonk, Programmabegroting 2037: HTML + CSS rendered to PDF with WeasyPrint.

Layout: running header (title left, "Pagina N van M" right, not on the cover); per programme one page with
three tables ("Wat mag het kosten?" with "x € 1.000" in the first header cell and negatives in parentheses,
investeringen with "x € 1.000" in the caption above, reserves in whole euros with minus signs); an overview
per taakveld that breaks over pages with its thead repeated and footnote markers (<sup>) in row labels;
a landscape page (@page wide) with the staat van reserves en voorzieningen (9 amount columns); tarieven,
kengetallen, incidentele baten en lasten and prose with amounts.

Usage: python gen_begroting_pdf.py CORPUS_DIR
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

import weasyprint

import data as d
from fmt import MINUS, eur, mn, n, par, pct

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus") / d.MUNI_FILE
E = html.escape
K = d.k

CSS = """
@page { size: A4; margin: 24mm 17mm 18mm 17mm;
  @top-left { content: "Gemeente Hessendonk \\2014  Programmabegroting 2037"; font: 7.5pt "Liberation Sans"; color: #2b4c6f;
              border-bottom: 0.6pt solid #2b4c6f; vertical-align: bottom; padding-bottom: 2pt; }
  @top-right { content: "Pagina " counter(page) " van " counter(pages); font: 7.5pt "Liberation Sans"; color: #2b4c6f;
               border-bottom: 0.6pt solid #2b4c6f; vertical-align: bottom; padding-bottom: 2pt; } }
@page :first { @top-left { content: none; border: none; } @top-right { content: none; border: none; } }
@page wide { size: A4 landscape; margin: 20mm 14mm 16mm 14mm; }
body { font-family: "Liberation Sans"; font-size: 9pt; line-height: 1.3; color: #1a1a1a; }
h1 { font-size: 15pt; color: #2b4c6f; margin: 0 0 6pt 0; page-break-before: always; }
h2 { font-size: 11.5pt; color: #2b4c6f; margin: 10pt 0 3pt 0; }
h3 { font-size: 9.5pt; margin: 7pt 0 2pt 0; }
h2.prog { page-break-before: always; margin-top: 0; }
p { margin: 0 0 4pt 0; text-align: justify; }
ul { margin: 0 0 4pt 0; padding-left: 14pt; }
.cap { font-weight: bold; font-size: 8.5pt; margin: 6pt 0 2pt 0; color: #2b4c6f; text-align: left; }
table { border-collapse: collapse; width: 100%; margin: 0 0 3pt 0; font-size: 8pt; }
th, td { border: 0.5pt solid #9aa7b4; padding: 1.6pt 4pt; vertical-align: top; }
th { font-weight: bold; background: #dbe4ee; text-align: right; }
th.l, td.l { text-align: left; }
td { text-align: right; }
tr.tot td { font-weight: bold; background: #f1f4f7; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
.fn { font-size: 7pt; margin: 1pt 0 0 0; }
sup { font-size: 5.5pt; line-height: 0; }
.wide { page: wide; }
.wide table { font-size: 7.6pt; }
.cover { text-align: left; padding-top: 60mm; }
.cover .org { font-size: 20pt; color: #2b4c6f; font-weight: bold; }
.cover .tit { font-size: 30pt; font-weight: bold; margin-top: 8pt; }
.cover .sub { font-size: 12pt; margin-top: 6pt; }
.cover .meta { margin-top: 90mm; font-size: 9pt; }
.toc p { margin: 0 0 2pt 0; text-align: left; }
.note { font-size: 8pt; color: #333; }
"""

YCOLS = ["Begroting 2036", "Begroting 2037", "Raming 2038", "Raming 2039", "Raming 2040"]
parts: list[str] = []
A = parts.append


def table(caption: str, head: list[str], rows: list[tuple[list[str], str]], first_left=True, footnotes=None,
          head_left: set[int] | None = None) -> str:
    hl = head_left if head_left is not None else {0}
    h = "".join(f'<th class="{"l" if i in hl else ""}">{c}</th>' for i, c in enumerate(head))
    body = []
    for cells, cls in rows:
        tds = "".join(f'<td class="{"l" if (i == 0 and first_left) else ""}">{c}</td>' for i, c in enumerate(cells))
        body.append(f'<tr class="{cls}">{tds}</tr>')
    fn = "".join(f'<p class="fn"><sup>{m}</sup> {E(t)}</p>' for m, t in (footnotes or []))
    cap = f'<p class="cap">{caption}</p>' if caption else ""
    return f'{cap}<table><thead><tr>{h}</tr></thead><tbody>{"".join(body)}</tbody></table>{fn}'


# ---------------------------------------------------------------------------------------------------- cover
A(f"""<div class="cover"><div class="org">Gemeente Hessendonk</div><div class="tit">Programmabegroting 2037</div>
<div class="sub">Meerjarenraming 2038\u20132040</div>
<div class="meta">Aangeboden door het college van burgemeester en wethouders op 30 september 2036<br/>
Vastgesteld door de gemeenteraad van Hessendonk op 13 november 2036<br/>Registratienummer BEG-2036-0417</div></div>""")

# ---------------------------------------------------------------------------------------------------- toc + leeswijzer
A("""<h1>Inhoudsopgave</h1><div class="toc">
<p>1 Financiële hoofdlijnen</p><p>2 Programma's</p>
<p>\u2003Programma 1 Bestuur en veiligheid</p><p>\u2003Programma 2 Openbare ruimte en mobiliteit</p>
<p>\u2003Programma 3 Economie en werk</p><p>\u2003Programma 4 Onderwijs, sport en cultuur</p>
<p>\u2003Programma 5 Sociaal domein</p><p>\u2003Programma 6 Wonen, ruimte en duurzaamheid</p>
<p>\u2003Algemene dekkingsmiddelen en overhead</p>
<p>3 Paragrafen</p><p>4 Financiële begroting</p><p>Bijlage 1 Overzicht baten en lasten per taakveld</p></div>
<h2>Leeswijzer</h2>
<p>De programmabegroting 2037 bestaat uit een beleidsbegroting (de programma's en de paragrafen) en een financiële
begroting. Per programma beantwoorden wij drie vragen: Wat willen we bereiken? Wat gaan we daarvoor doen? Wat mag
het kosten? Onder de laatste vraag staan steeds drie tabellen: de lasten en baten van het programma, de geplande
investeringen en de reserves die bij het programma horen.</p>
<p>Let op de eenheden. De tabellen \u201cWat mag het kosten?\u201d en het overzicht in hoofdstuk 1 zijn in duizenden
euro's; dat staat in de eerste kolomkop. Bij de investeringen en bij de staat van reserves en voorzieningen staat de
eenheid in de titel boven de tabel. De reservetabellen per programma, de tarieven, het overzicht van incidentele baten
en lasten en de bijlage per taakveld zijn in hele euro's. In de tabellen \u201cWat mag het kosten?\u201d staan negatieve
bedragen tussen haakjes; in de overige tabellen met een minteken. Door afronding kunnen totalen afwijken van de som
van de onderdelen.</p>""")

# ---------------------------------------------------------------------------------------------------- hoofdstuk 1
T = d.TOTAL
res37 = d.RESULT_2037
ozb37 = sum(t[4] for t in d.TV if t[0] in ("0.61", "0.62"))
A(f"""<h1>1 Financiële hoofdlijnen</h1>
<h2>1.1 Samenvatting</h2>
<p>De begroting 2037 is structureel en reëel in evenwicht. Het geraamde resultaat 2037 na bestemming bedraagt
{eur(res37)} positief. Ook de jaren 2038 en 2040 sluiten met een positief saldo; voor 2039 ramen wij een tekort
van {eur(-d.RESULT_TARGET_K[2039] * 1000)}, dat wij bij de kadernota 2038 willen oplossen. De totale lasten van de
gemeente Hessendonk bedragen in 2037 {eur(d.k(d.TOTAL_2037_EUR['lasten']) * 1000)} (afgerond), de baten
{eur(d.k(d.TOTAL_2037_EUR['baten']) * 1000)}.</p>
<p>Wij verhogen de tarieven van de onroerendezaakbelastingen met de inflatiecorrectie van 3,6%. Daardoor en door
nieuwbouw in Plaggenveld neemt de opbrengst van de OZB toe met {eur(d.OZB_OPBRENGST_STIJGING)} tot
{eur(ozb37)}. De afvalstoffenheffing en de rioolheffing blijven kostendekkend.</p>
<h2>1.2 Belangrijkste ontwikkelingen</h2>
<p>De lasten voor jeugdzorg stijgen met € {d.JEUGD_STIJGING_MLN} miljoen ten opzichte van de begroting 2036. Oorzaken
zijn het groeiende aantal jongeren met een verblijfsindicatie en hogere tarieven van de regionale inkooporganisatie.
Voor 2037 en 2038 zetten wij het transformatieplan jeugdhulp in, dat wij incidenteel dekken uit de reserve
sociaal domein.</p>
<p>Na de begrotingswijziging van de veiligheidsregio stijgt de bijdrage aan Veiligheidsregio Ravenstreek met
{eur(d.VR_BIJDRAGE_STIJGING)} tot {eur(d.VR_BIJDRAGE_2037)}. De stijging komt vooral door de nieuwe cao en de
vervanging van tankautospuiten.</p>
<p>In het onderwijs starten wij met de nieuwbouw van basisschool Borkelhoven; hiervoor is in 2037 en 2038 samen
{eur((d.INVEST['P4'][0][1][0] + d.INVEST['P4'][0][1][1]) * 1000)} aan kredieten opgenomen. De kapitaallasten dekken
wij gedeeltelijk uit de reserve onderwijshuisvesting.</p>""")
rows = []
for pid, nr, name in d.PROGRAMMES:
    rows.append(([E(f"{nr} {name}")] + [par(v) for v in d.PROG[pid]["saldo"]], ""))
rows.append(([E(d.P0_NAME)] + [par(v) for v in d.PROG["P0"]["saldo"]], ""))
rows.append((["Totaal saldo van baten en lasten"] + [par(v) for v in T["saldo"]], "tot"))
rows.append((["Toevoegingen aan reserves"] + [par(-v) for v in T["toev"]], ""))
rows.append((["Onttrekkingen aan reserves"] + [par(v) for v in T["ontt"]], ""))
rows.append((["Geraamd resultaat"] + [par(v) for v in T["result"]], "tot"))
A(table("Tabel 1.1 Saldo van baten en lasten per programma", ["x € 1.000"] + YCOLS, rows))
A('<p class="note">Een positief bedrag is een voordelig saldo, een bedrag tussen haakjes een nadelig saldo.</p>')

# ---------------------------------------------------------------------------------------------------- programmes
PROSE = {
    "P1": ("Inwoners van Hessendonk voelen zich veilig in hun wijk en kunnen hun zaken met de gemeente snel en digitaal "
           "regelen. Wij werken samen met politie, Veiligheidsregio Ravenstreek en woningcorporaties aan een aanpak van "
           "ondermijnende criminaliteit op bedrijventerreinen en in het buitengebied.",
           ["Wij breiden het cameratoezicht in het centrum uit en vervangen het verouderde camerasysteem.",
            "Wij zetten twee extra boa's in voor handhaving in de wijken.",
            "De raadzaal wordt gedigitaliseerd zodat inwoners vergaderingen beter kunnen volgen."]),
    "P2": ("Een schone, hele en veilige openbare ruimte. Wegen, bruggen en kademuren zijn op orde, het afval wordt "
           "gescheiden ingezameld en het rioolstelsel kan de zwaardere buien van de toekomst aan.",
           ["De Mergelbrug wordt in 2037 en 2038 vervangen; tijdens de werkzaamheden is er een pontverbinding.",
            "In Plaggenveld vervangen wij de riolering en koppelen wij het hemelwater af.",
            "Het aandeel restafval moet dalen naar 90 kilo per inwoner per jaar."]),
    "P3": ("Een sterke lokale economie met voldoende werkgelegenheid. Iedereen die kan werken, doet mee op de "
           "arbeidsmarkt; wie dat niet zelfstandig kan, krijgt begeleiding via het werkbedrijf.",
           ["Bedrijventerrein Loosdonk wordt gerevitaliseerd, met duurzame energie en betere ontsluiting.",
            "Het ondernemersloket wordt gebundeld met het regionale bedrijvenloket.",
            "Wij zetten in op beschut werk en leerwerkplekken voor jongeren zonder startkwalificatie."]),
    "P4": ("Alle kinderen in Hessendonk krijgen goed onderwijs in een gezond schoolgebouw, en inwoners sporten en "
           "bewegen voldoende. Cultuur en erfgoed zijn toegankelijk voor iedereen.",
           ["Wij bouwen een nieuwe basisschool in Borkelhoven als integraal kindcentrum.",
            "Sportpark Ommerkamp krijgt in 2038 een extra kunstgrasveld.",
            "De bibliotheek wordt in 2039 gerenoveerd en krijgt een taalhuis."]),
    "P5": ("Inwoners van Hessendonk kunnen zo lang mogelijk zelfstandig meedoen. Wie ondersteuning nodig heeft, krijgt "
           "die dichtbij, op tijd en passend. Wij willen dat minder jongeren langdurig jeugdhulp met verblijf nodig "
           "hebben; daarom investeren wij in preventie, praktijkondersteuners jeugd bij de huisartsen en een sterke "
           "sociale basis in de wijken.",
           ["Het transformatieplan jeugdhulp verschuift zorg van verblijf naar ambulante hulp in het gezin.",
            "Het sociaal team Hessendonk-Zuid krijgt een eigen locatie in de wijk.",
            "Wij verlagen de drempel voor schuldhulpverlening met vroegsignalering van betalingsachterstanden."]),
    "P6": ("Voldoende betaalbare woningen voor alle doelgroepen en een gemeente die in 2050 energieneutraal is. "
           "Nieuwbouw vindt vooral plaats in Plaggenveld en op inbreidingslocaties in de kernen.",
           ["Wij realiseren jaarlijks 220 woningen, waarvan ten minste 30% sociale huur.",
            "Het energieloket geeft advies en subsidie voor isolatie van koopwoningen.",
            "De begraafplaats Kalverdijk wordt in 2038 uitgebreid."]),
}
RES_BY_PROG = {p: [r for r in d.RESERVES if r[1] == p] for p in d.PROG_NAME}


def prog_tables(pid: str, sec: str) -> None:
    pr = d.PROG[pid]
    rows = [(["Lasten"] + [n(v) for v in pr["lasten"]], ""),
            (["Baten"] + [n(v) for v in pr["baten"]], ""),
            (["Saldo van baten en lasten"] + [par(v) for v in pr["saldo"]], "tot"),
            (["Toevoeging aan reserves"] + [par(-v) for v in pr["toev"]], ""),
            (["Onttrekking aan reserves"] + [par(v) for v in pr["ontt"]], ""),
            (["Geraamd resultaat"] + [par(v) for v in pr["result"]], "tot")]
    A(table(f"Tabel {sec}.1 Wat mag het kosten?", ["x € 1.000"] + YCOLS, rows))
    inv = d.INVEST.get(pid)
    if inv:
        irows = [([E(nm)] + [mn(v) for v in vals], "") for nm, vals in inv]
        irows.append((["Totaal investeringen"] + [mn(v) for v in d.INVEST_TOTAL[pid]], "tot"))
        A(table(f"Tabel {sec}.2 Investeringen (x € 1.000)", ["Investering", "Krediet 2037", "Krediet 2038",
                                                             "Krediet 2039", "Krediet 2040"], irows))
    rrows = []
    for name, _, stand, muts in RES_BY_PROG[pid]:
        t, o = muts[0]
        rrows.append(([E(name), n(stand), mn(t), mn(-o), n(d.RES_STAND[name][0])], ""))
    A(table(f"Tabel {sec}.{3 if inv else 2} Reserves (bedragen in €)",
            ["Reserve", "Stand 1-1-2037", "Toevoeging 2037", "Onttrekking 2037", "Stand 31-12-2037"], rrows))


A('<h1>2 Programma\'s</h1><p>In dit hoofdstuk staan de zes programma\'s en het overzicht van de algemene '
  'dekkingsmiddelen en overhead. Elk programma begint op een nieuwe pagina.</p>')
for pid, nr, name in d.PROGRAMMES:
    sec = f"2.{nr}"
    goal, acts = PROSE[pid]
    A(f'<h2 class="prog">{sec} Programma {nr} {E(name)}</h2><h3>Wat willen we bereiken?</h3><p>{E(goal)}</p>'
      f'<h3>Wat gaan we daarvoor doen?</h3><ul>{"".join(f"<li>{E(a)}</li>" for a in acts)}</ul>'
      f'<h3>Wat mag het kosten?</h3>')
    if pid == "P5":
        A(f"<p>De lasten van het sociaal domein nemen in 2037 toe tot {eur(d.PROG['P5']['l37_eur'])}. Uit de reserve "
          f"sociaal domein onttrekken wij in 2037 {eur(d.RESERVES[8][3][0][1])} voor het transformatieplan jeugdhulp.</p>")
    prog_tables(pid, sec)
A(f'<h2 class="prog">2.7 {E(d.P0_NAME)}</h2><h3>Wat mag het kosten?</h3>'
  '<p>De algemene dekkingsmiddelen zijn de middelen die niet aan een programma zijn gebonden: de algemene uitkering '
  'uit het gemeentefonds, de onroerendezaakbelastingen, de overige belastingen en het saldo van de financiering. '
  'Onder overhead vallen de kosten van de ondersteunende organisatie.</p>')
prog_tables("P0", "2.7")
dek = [("Algemene uitkering gemeentefonds", d.ALG_UITKERING_2037), ("OZB woningen", d.TV[[t[0] for t in d.TV].index("0.61")][4]),
       ("OZB niet-woningen", d.TV[[t[0] for t in d.TV].index("0.62")][4]),
       ("Overige belastingen", d.TV[[t[0] for t in d.TV].index("0.64")][4]),
       ("Saldo financieringsfunctie (treasury)", d.TV[[t[0] for t in d.TV].index("0.5")][4] - d.TV[[t[0] for t in d.TV].index("0.5")][3]),
       ("Onvoorzien", -450_000)]
A(table("Tabel 2.7.3 Algemene dekkingsmiddelen 2037 (bedragen in €)", ["Dekkingsmiddel", "Begroting 2037"],
        [([E(a)] + [mn(b)], "") for a, b in dek]))

# ---------------------------------------------------------------------------------------------------- paragrafen
trows = []
for name, kind, t36, t37 in d.TARIEVEN:
    f = (lambda v: n(v, 4) + "%") if kind == "pct" else (lambda v: eur(v, 2))
    trows.append(([E(name), f(t36), f(t37), pct(d.TARIEF_MUT[name])], ""))
A(f"""<h1>3 Paragrafen</h1><h2>3.1 Lokale heffingen</h2>
<p>De tarieven van de onroerendezaakbelastingen worden uitgedrukt in een percentage van de WOZ-waarde. De
gebruikersbelasting voor woningen is in Hessendonk al in 2014 afgeschaft. De afvalstoffenheffing kent een tarief per
huishouden, afhankelijk van het aantal bewoners. Hondenbelasting en toeristenbelasting kent Hessendonk niet.</p>""")
A(table("Tabel 3.1 Tarieven lokale heffingen", ["Heffing", "Tarief 2036", "Tarief 2037", "Mutatie"], trows))
A(f"""<h2>3.2 Weerstandsvermogen en risicobeheersing</h2>
<p>De beschikbare weerstandscapaciteit bedraagt {eur(d.WEERSTAND_BESCHIKBAAR)}; de benodigde weerstandscapaciteit op
basis van de geïnventariseerde risico's {eur(d.WEERSTAND_BENODIGD)}. De weerstandsratio komt daarmee op
{n(d.WEERSTAND_RATIO, 2)}, wat volgens de normtabel van de raad als ruim voldoende geldt. De grootste risico's zijn
open-einderegelingen in de jeugdzorg, de grondexploitatie Plaggenveld en de garantstellingen aan
sportverenigingen.</p>""")
krows = [([E(nm)] + [pct(v) for v in vals], "") for nm, vals in d.KENGETALLEN]
A(table("Tabel 3.2 Financiële kengetallen", ["Kengetal", "Rekening 2035", "Begroting 2036", "Begroting 2037",
                                             "Raming 2038", "Raming 2039", "Raming 2040"], krows))
A("""<p>De netto schuldquote stijgt tot 2038 door de investeringen in de Mergelbrug en de basisschool Borkelhoven en
daalt daarna weer. De solvabiliteitsratio blijft boven de signaalwaarde van 20%.</p>
<h2>3.3 Verbonden partijen</h2>
<p>Hessendonk neemt deel aan Veiligheidsregio Ravenstreek (brandweerzorg, crisisbeheersing en GHOR), aan de
regionale inkooporganisatie sociaal domein en aan het werkbedrijf voor de uitvoering van de Participatiewet. De
bijdrage aan de veiligheidsregio is verantwoord op taakveld 1.1 Crisisbeheersing en brandweer.</p>""")

# ---------------------------------------------------------------------------------------------------- financiële begroting
A("<h1>4 Financiële begroting</h1><h2>4.1 Overzicht incidentele baten en lasten</h2>"
  "<p>Incidentele baten en lasten doen zich ten hoogste drie jaar voor. Zij tellen niet mee voor het structurele "
  "evenwicht van de begroting.</p>")
irows = []
fns = []
irows.append((["<b>Incidentele lasten</b>", "", "", "", "", ""], ""))
for prog, nm, vals in d.INC_LASTEN:
    lab = E(nm)
    if nm in d.INC_FOOTNOTES:
        m, t = d.INC_FOOTNOTES[nm]
        lab += f"<sup>{m}</sup>"
        fns.append((m, t))
    irows.append(([lab, str(prog)] + [mn(v) for v in vals], ""))
irows.append((["Totaal incidentele lasten", ""] + [mn(v) for v in d.INC_L_TOT], "tot"))
irows.append((["<b>Incidentele baten</b>", "", "", "", "", ""], ""))
for prog, nm, vals in d.INC_BATEN:
    irows.append(([E(nm), str(prog)] + [mn(v) for v in vals], ""))
irows.append((["Totaal incidentele baten", ""] + [mn(v) for v in d.INC_B_TOT], "tot"))
irows.append((["Saldo incidentele baten en lasten", ""] + [mn(v) for v in d.INC_SALDO], "tot"))
A(table("Tabel 4.1 Incidentele baten en lasten (bedragen in €)", ["Omschrijving", "Programma", "2037", "2038", "2039",
                                                                   "2040"], irows, footnotes=fns))
A(f"<p>Het structurele saldo 2037 is het geraamde resultaat van {eur(res37)} verminderd met het saldo van de "
  f"incidentele baten en lasten.</p>")

# landscape: staat van reserves en voorzieningen
wrows = []


def wrow(name, stand, muts, ends):
    (t37, o37), (t38, o38) = muts[0], muts[1]
    return [E(name)] + [mn(K(v)) for v in (stand, t37, o37, ends[0], t38, o38, ends[1], ends[2], ends[3])]


for name, _, stand, muts in d.RESERVES:
    wrows.append((wrow(name, stand, muts, d.RES_STAND[name]), ""))
tot = lambda rows_, i: sum(x for x in rows_)  # noqa: E731
RT = [d.RES_TOTAL_BEGIN, sum(m[0][0] for *_, m in d.RESERVES), sum(m[0][1] for *_, m in d.RESERVES),
      d.RES_TOTAL_2037, sum(m[1][0] for *_, m in d.RESERVES), sum(m[1][1] for *_, m in d.RESERVES)] + \
     [sum(v[i] for v in d.RES_STAND.values()) for i in (1, 2, 3)]
wrows.append((["Totaal reserves"] + [mn(K(v)) for v in RT], "tot"))
for name, stand, muts in d.VOORZIENINGEN:
    wrows.append((wrow(name, stand, muts, d.VOORZ_STAND[name]), ""))
VT = [sum(v[1] for v in d.VOORZIENINGEN), sum(m[0][0] for *_, m in d.VOORZIENINGEN),
      sum(m[0][1] for *_, m in d.VOORZIENINGEN), sum(v[0] for v in d.VOORZ_STAND.values()),
      sum(m[1][0] for *_, m in d.VOORZIENINGEN), sum(m[1][1] for *_, m in d.VOORZIENINGEN)] + \
     [sum(v[i] for v in d.VOORZ_STAND.values()) for i in (1, 2, 3)]
wrows.append((["Totaal voorzieningen"] + [mn(K(v)) for v in VT], "tot"))
A('<div class="wide"><h2>4.2 Staat van reserves en voorzieningen</h2>'
  '<p>De staat toont per reserve en voorziening de stand aan het begin van het begrotingsjaar, de geraamde mutaties '
  'in 2037 en 2038 en de verwachte standen aan het eind van de jaren 2037 tot en met 2040.</p>')
A(table("Tabel 4.2 Staat van reserves en voorzieningen (x € 1.000)",
        ["Reserve / voorziening", "Stand 1-1-2037", "Toevoeging 2037", "Onttrekking 2037", "Stand 31-12-2037",
         "Toevoeging 2038", "Onttrekking 2038", "Stand 31-12-2038", "Stand 31-12-2039", "Stand 31-12-2040"], wrows))
A('</div>')

# ---------------------------------------------------------------------------------------------------- bijlage taakvelden
brows = []
fns = []
for code, name, _, l_, b_ in sorted(d.TV, key=d.bbv_key):
    lab = f"{code} {E(name)}"
    if code in d.TV_FOOTNOTES:
        m, t = d.TV_FOOTNOTES[code]
        lab += f"<sup>{m}</sup>"
        fns.append((m, t))
    brows.append(([lab, mn(l_), mn(b_), mn(b_ - l_, minus=MINUS)], ""))
brows.append((["Totaal", mn(d.TV_TOTAL_L), mn(d.TV_TOTAL_B), mn(d.TV_TOTAL_B - d.TV_TOTAL_L, minus=MINUS)], "tot"))
A("<h1>Bijlage 1 Overzicht baten en lasten per taakveld</h1>"
  "<p>Dit overzicht geeft de begroting 2037 per taakveld volgens het Besluit begroting en verantwoording. "
  "Bedragen in hele euro's; een negatief saldo is een nadeel.</p>"
  "<p>De indeling in taakvelden is voor alle gemeenten gelijk en maakt vergelijking tussen gemeenten mogelijk. "
  "Een taakveld valt steeds onder één programma, maar een programma omvat meestal meerdere taakvelden: zo vallen "
  "de taakvelden 6.1 tot en met 6.82 en 7.1 onder programma 5 Sociaal domein, en de taakvelden 6.4 en 6.5 onder "
  "programma 3 Economie en werk. De overhead (taakveld 0.4) wordt niet aan de programma's toegerekend. Op taakveld "
  "0.10 staan de toevoegingen aan en onttrekkingen uit reserves; taakveld 0.11 bevat het geraamde resultaat, "
  "zodat het totaal van de lasten gelijk is aan het totaal van de baten.</p>"
  "<p>De verdeling van de lasten over de taakvelden is gebaseerd op de urenverantwoording en de "
  "kostenverdeelsleutels van 2035. Verschuivingen tussen taakvelden binnen een programma leggen wij bij de "
  "jaarstukken vast; zij hebben geen gevolgen voor de autorisatie door de raad, die op programmaniveau plaatsvindt.</p>")
A(table("Tabel B.1 Baten en lasten per taakveld, begroting 2037 (bedragen in €)",
        ["Taakveld", "Lasten 2037", "Baten 2037", "Saldo 2037"], brows, footnotes=fns))

doc = f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Programmabegroting 2037 Gemeente Hessendonk</title>' \
      f'<style>{CSS}</style></head><body>{"".join(parts)}</body></html>'
weasyprint.HTML(string=doc).write_pdf(str(OUT))
print(f"wrote {OUT}")
