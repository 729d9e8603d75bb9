"""Programmabegroting 2026 of the fictional municipality Kraaiendijk -> HTML (printed by Chromium)."""
from fmt import nl, esc
from model import build, K_COLS
from data import (MUNI, INDICATORS, WEERSTAND_B26, KENGETALLEN_B26, INVESTERINGSPLAN, PROGRAMMES)

M = build()
HEAD = ["Rekening 2024", "Begroting 2025", "Begroting 2026", "Raming 2027", "Raming 2028", "Raming 2029"]

# local charges 2026
WOZ_GEM = 372000
OZB_WON = 0.0894       # % of WOZ, eigenaar woning
AFVAL_MEER, AFVAL_EEN, RIOOL = 318, 246, 274
OZB_BEDRAG = WOZ_GEM * OZB_WON / 100
WOONLASTEN = round(OZB_BEDRAG + AFVAL_MEER + RIOOL)

# beschikbare weerstandscapaciteit (x 1.000)
alg_res_eind26 = [R for R in M["reserves"] if R["kind"] == "algemeen"][0]["stand_31_12_2026k"]
WC = [("Algemene reserve (verwachte stand 31-12-2026)", alg_res_eind26),
      ("Onbenutte belastingcapaciteit", 4365),
      ("Post onvoorzien", 260),
      ("Stille reserves (verkoopwaarde gronden en gebouwen)", 460)]
assert sum(v for _, v in WC) == WEERSTAND_B26["beschikbaar_k"], sum(v for _, v in WC)

TEXT = {
    1: dict(
        intro="Dit programma gaat over de gemeenteraad, het college, de dienstverlening aan inwoners en "
              "ondernemers en over openbare orde en veiligheid, inclusief de brandweer via de Veiligheidsregio "
              "Noord-Randland.",
        doel=["Inwoners en ondernemers zijn tevreden over de dienstverlening van de gemeente; in 2026 geven "
              "zij die minimaal een 7,4.",
              "Kraaiendijk blijft een veilige gemeente, met minder woninginbraken en minder jeugdoverlast.",
              "Ondermijnende criminaliteit krijgt geen kans in onze kernen."],
        doen=["Per 1 maart 2026 opent een tweede servicepunt in dorpshuis De Schakel in Heidevenne, twee "
              "dagdelen per week. Inwoners kunnen daar terecht voor paspoorten, rijbewijzen en vragen over "
              "zorg.",
              "We breiden het team handhaving uit met 2 fte boa's. Hiervoor is structureel € 145.000 in de "
              "begroting opgenomen.",
              "De bijdrage aan de Veiligheidsregio Noord-Randland stijgt in 2026 naar € 2.214.000 (2025: "
              "€ 2.098.000), vooral door loon- en prijsstijgingen en de vervanging van een tankautospuit.",
              "Samen met politie en het RIEC voeren we vier integrale controles per jaar uit op "
              "bedrijventerreinen en in het buitengebied."]),
    2: dict(
        intro="Dit programma omvat wegen, fiets- en voetpaden, openbaar groen, riolering en de inzameling "
              "van huishoudelijk afval.",
        doel=["Veilige en goed bereikbare kernen, met minder verkeersongevallen met letsel.",
              "Een schone en groene openbare ruimte waar inwoners tevreden over zijn.",
              "Minder restafval: in 2026 ten hoogste 118 kg fijn restafval per inwoner, op weg naar 100 kg "
              "in 2030.",
              "Een riolering die ook bij hevige buien het water kan verwerken."],
        doen=["We richten de Stationsweg in als 30 km-weg met vrijliggende fietsstroken. Het krediet "
              "hiervoor is € 640.000.",
              "Per 1 april 2026 voeren we omgekeerd inzamelen in voor de kernen Heidevenne en Lutterzijl: "
              "grondstoffen worden aan huis opgehaald, restafval brengen inwoners naar een ondergrondse "
              "container.",
              "Conform het Gemeentelijk Rioleringsplan 2024-2028 vervangen we in 2026 en 2027 2,4 km riool "
              "in de Molenweg en omgeving (krediet € 2.230.000).",
              "We planten in het kader van het bomenplan 350 nieuwe bomen.",
              "De afvalstoffenheffing voor een meerpersoonshuishouden wordt € 318 (2025: € 304); de "
              "rioolheffing per aansluiting € 274 (2025: € 266)."]),
    3: dict(
        intro="Het sociaal domein omvat de Wmo, jeugdhulp, participatie, inkomensondersteuning en "
              "schuldhulpverlening. Met ruim € 36 miljoen aan lasten is dit het grootste programma.",
        doel=["Inwoners kunnen zo lang mogelijk zelfstandig thuis wonen en doen mee in hun buurt.",
              "Kinderen en jongeren groeien veilig en gezond op; jeugdhulp wordt waar mogelijk dichtbij en "
              "licht georganiseerd.",
              "Meer inwoners zijn financieel zelfredzaam en minder inwoners zijn afhankelijk van een "
              "uitkering."],
        doen=["Bij alle negen huisartsenpraktijken in Kraaiendijk werkt in 2026 een praktijkondersteuner "
              "jeugd (POH-jeugd).",
              "Om de stijging van de kosten van jeugdhulp te beperken, voeren we maatregelen door die "
              "oplopen tot € 450.000 in 2029 (onder meer strakkere sturing op verblijf en kortere "
              "trajecten).",
              "De eigen bijdrage voor de Wmo blijft een abonnementstarief; door het hogere gebruik van "
              "huishoudelijke hulp stijgen de lasten van maatwerk 18+.",
              "Voor het Kindpakket, waarmee kinderen uit gezinnen met een laag inkomen kunnen sporten en "
              "meedoen, trekken we structureel € 85.000 extra uit.",
              "Via vroegsignalering van betalingsachterstanden verwachten we in 2026 240 huishoudens te "
              "ondersteunen met schuldhulpverlening."]),
    4: dict(
        intro="Dit programma gaat over onderwijshuisvesting, leerlingenvervoer en onderwijsbeleid, "
              "sportaccommodaties, cultuur en de bibliotheek.",
        doel=["Alle kinderen gaan naar school in een gezond en duurzaam schoolgebouw.",
              "Minder voortijdige schoolverlaters en minder verzuim.",
              "Meer inwoners sporten en bewegen; cultuur en bibliotheek zijn voor iedereen bereikbaar."],
        doen=["Het Integraal Kindcentrum (IKC) Noord in Ommelhoek wordt in augustus 2026 opgeleverd. Het "
              "gebouw biedt plaats aan twee basisscholen en kinderopvang, voor circa 420 kinderen. Naast het "
              "bestaande krediet van € 9.200.000 is een aanvullend krediet van € 1.400.000 nodig. De "
              "kapitaallasten worden deels gedekt uit de Reserve kapitaallasten IKC Noord (€ 120.000 per "
              "jaar).",
              "De renovatie van sporthal De Wielewaal wordt in het eerste kwartaal van 2026 afgerond.",
              "In 2027 leggen we een nieuw kunstgrasveld aan op sportpark De Kraai (€ 720.000).",
              "Twee cultuurcoaches brengen cultuur naar alle basisscholen. De subsidie aan Bibliotheek "
              "Kraaiendijk valt onder taakveld Media."]),
    5: dict(
        intro="Dit programma omvat ruimtelijke ordening, woningbouw en grondexploitatie, bouw- en "
              "woningtoezicht, milieu en de energietransitie.",
        doel=["Voldoende betaalbare woningen voor starters, gezinnen en ouderen.",
              "Een snelle en betrouwbare vergunningverlening onder de Omgevingswet.",
              "Een duurzame woningvoorraad: in 2026 heeft 38% van de woningen energielabel A of beter."],
        doen=["In 2026 worden naar verwachting 135 woningen opgeleverd, waarvan 45 sociale huurwoningen.",
              "In Lutterzijl-Zuid fase 2 worden 62 bouwkavels bouwrijp gemaakt; de verkoop start in het "
              "najaar van 2026.",
              "De raad stelt in 2026 het omgevingsplan voor het buitengebied vast.",
              "Met de isolatieaanpak helpen we 400 eigenaren van koopwoningen met advies en een "
              "isolatiesubsidie; de energiecoaches blijven actief. We onttrekken hiervoor € 250.000 aan de "
              "Reserve duurzaamheid.",
              "Op vijf gemeentelijke gebouwen komen zonnepanelen (krediet € 620.000, verdeeld over 2026 en "
              "2027)."]),
}

# explanation of changes 2026 vs 2025 (x 1.000 -> euros in prose)
WHY26 = {
    (1, "L", "1.1"): "hogere bijdrage aan de Veiligheidsregio Noord-Randland",
    (2, "L", "5.7"): "uitvoering van het bomenplan",
    (2, "L", "7.2"): "hogere kapitaallasten door vervanging van riolering",
    (2, "B", "7.2"): "verhoging van de rioolheffing",
    (3, "L", "6.2"): "uitbreiding van het sociaal team",
    (3, "L", "6.3"): "hogere uitkeringslasten bijstand, grotendeels gedekt door een hogere BUIG-uitkering",
    (3, "B", "6.3"): "hogere BUIG-uitkering van het Rijk",
    (3, "L", "6.71"): "meer gebruik van huishoudelijke hulp en begeleiding",
    (3, "L", "6.72"): "hogere tarieven en meer jeugdhulp met verblijf",
    (4, "L", "4.2"): "kapitaallasten van het nieuwe IKC Noord vanaf de oplevering in augustus 2026",
    (4, "L", "5.2"): "kapitaallasten van de renovatie van sporthal De Wielewaal",
    (5, "L", "7.4"): "aflopen van incidentele middelen voor de energietransitie",
    (5, "L", "8.2"): "start bouwrijp maken Lutterzijl-Zuid fase 2",
    (5, "B", "8.2"): "grondverkopen in Lutterzijl-Zuid",
}

CSS = """
@page { size: A4; margin: 20mm 15mm 17mm 15mm;
  @top-left { content: "Programmabegroting 2026"; font: 8.5pt 'Liberation Sans'; color: #1f4e79; }
  @top-right { content: "Gemeente Kraaiendijk"; font: 8.5pt 'Liberation Sans'; color: #1f4e79; }
  @bottom-center { content: "Pagina " counter(page) " van " counter(pages); font: 8.5pt 'Liberation Sans'; color: #555; }
}
@page :first { @top-left { content: none; } @top-right { content: none; } }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.2pt; line-height: 1.32; color: #222; }
h1 { color: #1f4e79; font-size: 20pt; margin: 0 0 6pt; }
h2 { color: #fff; background: #1f4e79; font-size: 13pt; padding: 4pt 8pt; margin: 0 0 8pt; }
h3 { color: #1f4e79; font-size: 11pt; margin: 12pt 0 4pt; border-bottom: 1px solid #9db4cf; }
.newpage { break-before: page; }
.gap { height: 10pt; }
h2, h3, caption { break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 4pt; font-size: 8.2pt; break-inside: avoid; }
th:first-child, td:first-child { width: 38%; }
td { white-space: nowrap; } td:first-child, td.l { white-space: normal; }
caption { caption-side: top; text-align: left; font-weight: bold; font-size: 9pt; padding: 2pt 0 3pt; color: #1f4e79; }
th { background: #dbe5f1; text-align: right; padding: 3pt 4pt; font-weight: bold; vertical-align: bottom; }
th:first-child { text-align: left; }
td { padding: 2.2pt 4pt; text-align: right; border-bottom: 1px solid #e3e8ef; }
td:first-child { text-align: left; }
td.l { text-align: left; }
tr.sub td { font-weight: bold; font-style: italic; background: #f6f8fb; text-align: left; }
tr.tot td { font-weight: bold; border-top: 1px solid #1f4e79; }
tr.grand td { font-weight: bold; background: #dbe5f1; }
.note { font-size: 8pt; color: #555; margin: 2pt 0 8pt; }
ul { margin: 2pt 0 4pt 14pt; padding: 0; } li { margin-bottom: 2pt; }
.cover { text-align: left; padding-top: 60mm; }
.cover .muni { font-size: 15pt; color: #1f4e79; }
.cover .big { font-size: 34pt; font-weight: bold; color: #1f4e79; margin: 8pt 0; }
.toc td { border: none; }
"""


def ktable(caption, rows, note=None, label="Taakveld"):
    """rows: list of (kind, label, dict-or-None) with kind in sub/row/tot/grand"""
    h = [f'<table><caption>{esc(caption)}</caption><tr><th>{label}</th>'
         + "".join(f"<th>{c}</th>" for c in HEAD) + "</tr>"]
    for kind, lab, vals in rows:
        if kind == "sub":
            h.append(f'<tr class="sub"><td colspan="7">{esc(lab)}</td></tr>')
            continue
        cls = f' class="{kind}"' if kind in ("tot", "grand") else ""
        h.append(f"<tr{cls}><td>{esc(lab)}</td>" + "".join(f"<td>{nl(vals[c])}</td>" for c in K_COLS) + "</tr>")
    h.append("</table>")
    if note:
        h.append(f'<p class="note">{note}</p>')
    return "\n".join(h)


NOTE_B25 = ("Bedragen x € 1.000. Kolom Begroting 2025: stand na verwerking van de Voorjaarsnota 2025 "
            "(1e begrotingswijziging 2025). Saldo = baten -/- lasten; een negatief saldo betekent dat het "
            "programma per saldo een beslag legt op de algemene dekkingsmiddelen.")


def programme(pnr):
    P = M["prog"][pnr]
    T = TEXT[pnr]
    out = [f'<div class="{"newpage" if pnr in (1, 4) else "gap"}"></div><h2>Programma {pnr} {esc(P["name"])}</h2>',
           f"<p>{esc(T['intro'])}</p>",
           "<h3>Wat willen we bereiken?</h3><ul>" + "".join(f"<li>{esc(x)}</li>" for x in T["doel"]) + "</ul>",
           "<h3>Wat gaan we daarvoor doen?</h3><ul>" + "".join(f"<li>{esc(x)}</li>" for x in T["doen"]) + "</ul>"]
    # indicators
    ind = [i for i in INDICATORS if i[0] == pnr]
    out.append(f'<table><caption>Tabel 2.{pnr}.1 Indicatoren programma {pnr}</caption>'
               "<tr><th>Indicator</th><th style='text-align:left'>Eenheid</th><th style='text-align:left'>Bron</th>"
               "<th>Realisatie 2024</th><th>Streefwaarde 2025</th><th>Streefwaarde 2026</th></tr>")
    for _, name, eenh, bron, r24, s25, s26, _r25 in ind:
        out.append(f"<tr><td>{esc(name)}</td><td class='l'>{esc(eenh)}</td><td class='l'>{esc(bron)}</td>"
                   f"<td>{r24}</td><td>{s25}</td><td>{s26}</td></tr>")
    out.append("</table>")
    # costs
    rows = [("sub", "Lasten", None)]
    rows += [("row", f"{r['code']} {r['name']}", r) for r in P["L"]]
    rows += [("tot", "Totaal lasten", P["totL"]), ("sub", "Baten", None)]
    rows += [("row", f"{r['code']} {r['name']}", r) for r in P["B"]]
    rows += [("tot", "Totaal baten", P["totB"]), ("grand", "Saldo van baten en lasten", P["saldo"])]
    out.append("<h3>Wat mag het kosten?</h3>")
    out.append(ktable(f"Tabel 2.{pnr}.2 Baten en lasten programma {pnr} {P['name']} (bedragen x € 1.000)",
                      rows, NOTE_B25))
    # toelichting 2026 vs 2025
    items = []
    for side in "LB":
        for r in P[side]:
            key = (pnr, side, r["code"])
            d = r["b26"] - r["b25"]
            if key in WHY26 and abs(d) >= 60:
                word = ("hogere" if d > 0 else "lagere") + (" lasten" if side == "L" else " baten")
                items.append(f"<li><b>{esc(r['code'])} {esc(r['name'])}</b> ({word} € {nl(abs(d) * 1000)}): "
                             f"{esc(WHY26[key])}.</li>")
    if items:
        out.append("<p><b>Toelichting op de belangrijkste verschillen tussen begroting 2026 en begroting 2025</b></p>"
                   "<ul>" + "".join(items) + "</ul>")
    return "\n".join(out)


def overview():
    T = M["T"]
    rows = [("sub", "Lasten", None)]
    for pnr, P in M["prog"].items():
        rows.append(("row", f"Programma {pnr} {P['name']}", P["totL"]))
    for r in M["overig"]:
        rows.append(("row", r["name"], r))
    rows.append(("tot", "Totaal lasten", {c: T[c]["lasten"] for c in K_COLS}))
    rows.append(("sub", "Baten", None))
    for pnr, P in M["prog"].items():
        rows.append(("row", f"Programma {pnr} {P['name']}", P["totB"]))
    rows.append(("row", "Algemene dekkingsmiddelen", {c: T[c]["dekking"] for c in K_COLS}))
    rows.append(("tot", "Totaal baten", {c: T[c]["baten"] for c in K_COLS}))
    rows.append(("tot", "Saldo van baten en lasten", {c: T[c]["saldo"] for c in K_COLS}))
    rows.append(("row", "Toevoegingen aan reserves", M["toev"]))
    rows.append(("row", "Onttrekkingen aan reserves", M["ontt"]))
    rows.append(("grand", "Resultaat na bestemming", {c: T[c]["result"] for c in K_COLS}))
    return ktable("Tabel 0.1 Overzicht van baten en lasten (bedragen x € 1.000)", rows,
                  "Bedragen x € 1.000. Rekening 2024: gerealiseerd resultaat; overige kolommen: geraamd "
                  "resultaat. Kolom Begroting 2025: stand na de Voorjaarsnota 2025. Een positief resultaat is "
                  "een overschot.", label="Omschrijving")


def html_doc():
    T = M["T"]
    b = []
    b.append(f"""<div class="cover"><div class="muni">Gemeente {MUNI}</div>
<div class="big">Programmabegroting 2026</div>
<div style="font-size:13pt">en meerjarenraming 2027-2029</div>
<p style="margin-top:30mm">Aangeboden aan de gemeenteraad op 30 september 2025<br>
Behandeling in de raadsvergadering van 6 november 2025</p>
<table class="toc" style="width:60%;margin-top:20mm;font-size:10pt"><caption>Inhoud</caption>
<tr><td>1. Inleiding en financieel beeld</td></tr>
<tr><td>2. Programma's 1 tot en met 5</td></tr>
<tr><td>3. Algemene dekkingsmiddelen, overhead en onvoorzien</td></tr>
<tr><td>4. Reserves</td></tr>
<tr><td>5. Weerstandsvermogen en financiële kengetallen</td></tr>
<tr><td>6. Investeringsplanning</td></tr></table></div>""")
    b.append(f"""<div class="newpage"></div><h2>1. Inleiding en financieel beeld</h2>
<p>Voor u ligt de programmabegroting 2026 van de gemeente {MUNI}, met de meerjarenraming 2027-2029.
{MUNI} telt op 1 januari 2025 31.870 inwoners in de kernen Kraaiendijk, Ommelhoek, Heidevenne en Lutterzijl.
De begroting 2026 sluit met een positief resultaat van € {nl(T['b26']['result'] * 1000)}. In 2027 laat de
meerjarenraming een tekort zien van € {nl(-T['r27']['result'] * 1000)}; in 2028 is het tekort
€ {nl(-T['r28']['result'] * 1000)} en in 2029 is er weer een overschot van € {nl(T['r29']['result'] * 1000)}.
Het college komt bij de Kadernota 2027 met voorstellen om het meerjarenperspectief structureel sluitend te maken.</p>
<p>De jaarrekening 2024 sloot met een positief resultaat van € {nl(T['r24']['result'] * 1000)}; de raad heeft
dit resultaat toegevoegd aan de algemene reserve. De cijfers in de kolom Begroting 2025 zijn de cijfers na
verwerking van de Voorjaarsnota 2025; latere wijzigingen in 2025 zijn in deze begroting niet verwerkt.</p>
<p>De totale lasten in 2026 bedragen € {nl(T['b26']['lasten'] * 1000)}; daarvan gaat
€ {nl(M['prog'][3]['totL']['b26'] * 1000)} naar het sociaal domein. De belangrijkste inkomstenbron is de
algemene uitkering uit het gemeentefonds, geraamd op basis van de meicirculaire 2025. De OZB-tarieven stijgen
in 2026 met 3,5% (inflatiecorrectie).</p>
{overview()}""")
    for pnr, _ in PROGRAMMES:
        b.append(programme(pnr))
    # dekkingsmiddelen
    rows = [("row", f"{r['code']} {r['name']}", r) for r in M["dekking"]]
    rows.append(("grand", "Totaal algemene dekkingsmiddelen", {c: T[c]["dekking"] for c in K_COLS}))
    rows2 = [("row", f"{r['code']} {r['name']}", r) for r in M["overig"]]
    rows2.append(("grand", "Totaal overhead en onvoorzien", {c: T[c]["overig"] for c in K_COLS}))
    b.append(f"""<div class="newpage"></div><h2>3. Algemene dekkingsmiddelen, overhead en onvoorzien</h2>
<p>De algemene dekkingsmiddelen zijn de inkomsten die de gemeente vrij kan besteden. De algemene uitkering
is berekend op basis van de meicirculaire 2025. De opbrengst OZB stijgt door de tariefsverhoging van 3,5%
en door areaaluitbreiding (nieuwbouw).</p>
{ktable("Tabel 3.1 Algemene dekkingsmiddelen (bedragen x € 1.000)", rows, NOTE_B25.split(' Saldo')[0], label="Omschrijving")}
{ktable("Tabel 3.2 Overhead en onvoorzien (lasten, bedragen x € 1.000)", rows2, None, label="Omschrijving")}
<p>De post onvoorzien bedraagt € 260.000 per jaar en maakt deel uit van taakveld 0.8.</p>
<h3>Lokale heffingen 2026</h3>
<table style="width:75%"><caption>Tabel 3.3 Tarieven lokale heffingen</caption>
<tr><th>Heffing</th><th>Tarief 2025</th><th>Tarief 2026</th></tr>
<tr><td>OZB woningen eigenaar (% van de WOZ-waarde)</td><td>0,0864%</td><td>0,0894%</td></tr>
<tr><td>OZB niet-woningen eigenaar (% van de WOZ-waarde)</td><td>0,1509%</td><td>0,1562%</td></tr>
<tr><td>OZB niet-woningen gebruiker (% van de WOZ-waarde)</td><td>0,1206%</td><td>0,1248%</td></tr>
<tr><td>Afvalstoffenheffing meerpersoonshuishouden</td><td>€ 304</td><td>€ {AFVAL_MEER}</td></tr>
<tr><td>Afvalstoffenheffing eenpersoonshuishouden</td><td>€ 235</td><td>€ {AFVAL_EEN}</td></tr>
<tr><td>Rioolheffing per aansluiting</td><td>€ 266</td><td>€ {RIOOL}</td></tr>
<tr><td>Toeristenbelasting per persoon per nacht</td><td>€ 1,95</td><td>€ 2,10</td></tr>
</table>
<p>Voor een meerpersoonshuishouden in een woning met de gemiddelde WOZ-waarde van € {nl(WOZ_GEM)} bedragen de
woonlasten (OZB, afvalstoffenheffing en rioolheffing) in 2026 € {nl(WOONLASTEN)}.</p>""")
    # reserves
    rr = ["<table><caption>Tabel 4.1 Verloop reserves 2026 (bedragen x € 1.000)</caption>"
          "<tr><th>Reserve</th><th>Stand 1-1-2026</th><th>Toevoeging 2026</th><th>Onttrekking 2026</th>"
          "<th>Stand 31-12-2026</th></tr>"]
    keys = ["stand_1_1_2026k", "toev26", "ontt26", "stand_31_12_2026k"]
    for R in M["reserves"]:
        rr.append(f"<tr><td>{esc(R['name'])}</td>" + "".join(f"<td>{nl(R[k])}</td>" for k in keys) + "</tr>")
    best = [R for R in M["reserves"] if R["kind"] != "algemeen"]
    rr.append('<tr class="tot"><td>Totaal bestemmingsreserves</td>'
              + "".join(f"<td>{nl(sum(R[k] for R in best))}</td>" for k in keys) + "</tr>")
    rr.append('<tr class="grand"><td>Totaal reserves</td>'
              + "".join(f"<td>{nl(sum(R[k] for R in M['reserves']))}</td>" for k in keys) + "</tr></table>")
    M["res_tot_k"] = {k: sum(R[k] for R in M["reserves"]) for k in keys}
    b.append(f"""<h2 style="margin-top:14pt">4. Reserves</h2>
<p>De gemeente {MUNI} heeft één algemene reserve en vijf bestemmingsreserves. De stand per 1 januari 2026
is een verwachte stand: de werkelijke stand per 31 december 2024, vermeerderd met het resultaat 2024 en de
in de begroting 2025 (na Voorjaarsnota) geraamde toevoegingen en onttrekkingen. De definitieve stand volgt
uit de jaarstukken 2025.</p>
{"".join(rr)}
<p class="note">Bedragen x € 1.000. De onttrekking aan de algemene reserve van € 420.000 dekt incidentele
budgetten in 2026, waaronder het omgevingsplan buitengebied en de opstart van het tweede servicepunt.</p>""")
    # weerstandsvermogen + kengetallen
    ratio = M["ratio_b26"]
    wc_rows = "".join(f"<tr><td>{esc(n)}</td><td>{nl(v)}</td></tr>" for n, v in WC)
    kg = ("<table><caption>Tabel 5.3 Financiële kengetallen (in %)</caption><tr><th>Kengetal</th>"
          + "".join(f"<th>{c}</th>" for c in HEAD) + "</tr>"
          + "".join(f"<tr><td>{esc(n)}</td>" + "".join(f"<td>{v}%</td>" for v in vals) + "</tr>"
                    for n, vals in KENGETALLEN_B26) + "</table>")
    b.append(f"""<div class="newpage"></div><h2>5. Weerstandsvermogen en financiële kengetallen</h2>
<p>Het weerstandsvermogen is de mate waarin de gemeente financiële tegenvallers kan opvangen zonder dat het
beleid hoeft te worden aangepast. Het is de verhouding tussen de beschikbare en de benodigde
weerstandscapaciteit.</p>
<table style="width:70%"><caption>Tabel 5.1 Beschikbare weerstandscapaciteit (bedragen x € 1.000)</caption>
<tr><th>Onderdeel</th><th>Begroting 2026</th></tr>{wc_rows}
<tr class="grand"><td>Totaal beschikbare weerstandscapaciteit</td><td>{nl(WEERSTAND_B26['beschikbaar_k'])}</td></tr></table>
<table style="width:70%"><caption>Tabel 5.2 Ratio weerstandsvermogen</caption>
<tr><th>Onderdeel</th><th>Begroting 2026</th></tr>
<tr><td>Beschikbare weerstandscapaciteit (x € 1.000)</td><td>{nl(WEERSTAND_B26['beschikbaar_k'])}</td></tr>
<tr><td>Benodigde weerstandscapaciteit (x € 1.000)</td><td>{nl(WEERSTAND_B26['benodigd_k'])}</td></tr>
<tr class="grand"><td>Ratio weerstandsvermogen</td><td>{nl(ratio, 2)}</td></tr></table>
<p>Met een ratio van {nl(ratio, 2)} valt het weerstandsvermogen in klasse B (ruim voldoende). De raad heeft
als norm een ratio van minimaal 1,4 vastgesteld. De benodigde weerstandscapaciteit is berekend met een
Monte-Carlosimulatie van de 25 grootste risico's, met een zekerheidspercentage van 90%. De grootste risico's
zijn de open-einderegelingen in de jeugdhulp en de Wmo en de ontwikkeling van de algemene uitkering.</p>
{kg}
<p class="note">Rekening 2024 en Begroting 2025 (na Voorjaarsnota) ter vergelijking. De netto schuldquote stijgt
door de investeringen in het IKC Noord en de riolering; de signaalwaarde van 100% wordt niet overschreden.</p>""")
    # investeringen
    inv = ["<table><caption>Tabel 6.1 Investeringsplanning 2026-2029 (bedragen x € 1.000)</caption>"
           "<tr><th>Investering</th><th>Programma</th><th>2026</th><th>2027</th><th>2028</th><th>2029</th>"
           "<th>Totaal</th></tr>"]
    tot = [0] * 5
    for name, p, *vals in INVESTERINGSPLAN:
        vals = list(vals) + [sum(vals)]
        tot = [a + v for a, v in zip(tot, vals)]
        inv.append(f"<tr><td>{esc(name)}</td><td>{p}</td>" + "".join(f"<td>{nl(v) if v else '-'}</td>" for v in vals) + "</tr>")
    inv.append('<tr class="grand"><td>Totaal</td><td></td>' + "".join(f"<td>{nl(v)}</td>" for v in tot) + "</tr></table>")
    M["invplan_tot"] = tot
    b.append(f"""<h2 style="margin-top:16pt">6. Investeringsplanning</h2>
<p>De onderstaande investeringen worden met deze begroting voor 2026 beschikbaar gesteld of voor latere jaren
in de meerjarenraming opgenomen. Kredieten voor 2027 en later worden bij de betreffende begroting
beschikbaar gesteld.</p>
{"".join(inv)}
<p style="margin-top:14pt;font-size:8.5pt;color:#555">Gemeente {MUNI} &middot; Postbus 120 &middot;
Raadhuisplein 1, Kraaiendijk &middot; Programmabegroting 2026 &middot; versie raad 30 september 2025</p>""")
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<title>Programmabegroting 2026 - Gemeente {MUNI}</title><style>{CSS}</style></head><body>
{"".join(b)}</body></html>"""


if __name__ == "__main__":
    import sys
    open(sys.argv[1], "w", encoding="utf-8").write(html_doc())
    print("woonlasten", WOONLASTEN, "ozb", OZB_BEDRAG, "ratio", M["ratio_b26"], "res", M["res_tot_k"],
          "invplan", M["invplan_tot"])
