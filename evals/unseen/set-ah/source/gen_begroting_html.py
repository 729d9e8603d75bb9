"""Waterschap Vlietmonde, Begroting 2040, as the web page the waterschap publishes on its own site (hand-written
HTML5 + CSS in one file: site header with navigation, breadcrumb, KPI cards, tables, details/summary, footnotes,
site footer).

Usage: python gen_begroting_html.py CORPUS_DIR
"""
from __future__ import annotations

import sys
from pathlib import Path

import data as d
from fmt import n

CORPUS = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
NB = "&nbsp;"


def eur(v, dec=0):
    return f"€{NB}{n(v, dec)}"


def k(v):       # x EUR 1.000 cell; nil as a dash
    return "–" if v == 0 else n(v)


def mln(v):
    return f"€{NB}{n(v, 1)}{NB}mln"


CSS = """
:root { --blauw: #0b4f7c; --licht: #e8f1f7; --grijs: #5b6770; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Source Sans Pro", Arial, sans-serif; color: #1d2327; line-height: 1.5; }
.site-header { background: var(--blauw); color: #fff; display: flex; align-items: center; gap: 2rem; padding: .8rem 2rem; }
.site-header .logo { color: #fff; font-weight: 700; font-size: 1.3rem; text-decoration: none; }
.main-nav ul { list-style: none; display: flex; gap: 1.4rem; margin: 0; padding: 0; }
.main-nav a { color: #fff; text-decoration: none; }
.site-header form { margin-left: auto; }
.breadcrumb { font-size: .85rem; color: var(--grijs); padding: .6rem 2rem; }
.breadcrumb ol { list-style: none; display: flex; gap: .4rem; margin: 0; padding: 0; }
.breadcrumb li + li::before { content: "›"; margin-right: .4rem; }
main { max-width: 62rem; margin: 0 auto; padding: 1rem 2rem 3rem; }
h1 { color: var(--blauw); font-size: 2.2rem; margin-bottom: .2rem; }
.meta { color: var(--grijs); font-size: .9rem; }
.kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: 1rem; margin: 1.5rem 0; }
.kpi { background: var(--licht); border-left: 4px solid var(--blauw); padding: .8rem 1rem; display: flex; flex-direction: column; }
.kpi .label { font-size: .85rem; color: var(--grijs); }
.kpi .value { font-size: 1.6rem; font-weight: 700; color: var(--blauw); }
table { border-collapse: collapse; width: 100%; margin: 1rem 0 1.8rem; font-size: .92rem; }
caption { text-align: left; font-weight: 700; padding-bottom: .4rem; }
th, td { padding: .35rem .6rem; border-bottom: 1px solid #d5dde3; }
thead th { background: var(--blauw); color: #fff; text-align: right; }
thead th:first-child, th[scope=row], th[scope=rowgroup] { text-align: left; }
td { text-align: right; font-variant-numeric: tabular-nums; }
td.tekst { text-align: left; }
tfoot th, tfoot td { font-weight: 700; border-top: 2px solid var(--blauw); }
details { background: var(--licht); padding: .8rem 1rem; margin: 1rem 0; }
summary { cursor: pointer; font-weight: 700; color: var(--blauw); }
sup a { text-decoration: none; }
.voetnoten { font-size: .85rem; color: var(--grijs); }
.site-footer { background: #17262f; color: #cfd8dc; padding: 2rem; font-size: .85rem; display: flex; gap: 3rem; }
.site-footer a { color: #cfd8dc; }
"""

W = d.WS_PROG
Y = d.WS_YEARS
H: list[str] = []
h = H.append
h(f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Begroting 2040 | Waterschap Vlietmonde</title>
<meta name="description" content="De begroting 2040 van Waterschap Vlietmonde: wat we doen, wat het kost en wat u betaalt.">
<style>{CSS}</style>
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">Waterschap Vlietmonde</a>
  <nav class="main-nav" aria-label="Hoofdmenu">
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/over-ons">Over ons</a></li>
      <li><a href="/belastingen">Belastingen</a></li>
      <li><a href="/projecten">Projecten</a></li>
      <li><a href="/actueel">Actueel</a></li>
      <li><a href="/contact">Contact</a></li>
    </ul>
  </nav>
  <form role="search" action="/zoeken"><label for="q" class="sr-only">Zoeken</label><input id="q" name="q" type="search" placeholder="Zoeken"></form>
</header>
<nav class="breadcrumb" aria-label="Kruimelpad">
  <ol><li><a href="/">Home</a></li><li><a href="/over-ons">Over ons</a></li><li><a href="/over-ons/financien">Financiën</a></li><li aria-current="page">Begroting 2040</li></ol>
</nav>
<main id="inhoud">
<article>
<h1>Begroting 2040</h1>
<p class="meta">Vastgesteld door het algemeen bestuur van Waterschap Vlietmonde op 11 december 2039</p>
<p class="intro">Waterschap Vlietmonde zorgt voor veilige dijken, voldoende en schoon water en het zuiveren van
afvalwater voor ruim {n(d.WS_INWONERS)} inwoners in de gemeenten Korsendael, Gravenmeer en Wierhaven. In deze begroting
leest u wat we in 2040 gaan doen, wat dat kost en wat u daarvoor betaalt.</p>

<section id="in-het-kort">
<h2>De begroting in het kort</h2>
<div class="kpis">
  <div class="kpi"><span class="label">Totale lasten 2040</span><span class="value">{mln(d.KPI['Totale lasten 2040'])}</span></div>
  <div class="kpi"><span class="label">Opbrengst waterschapsbelastingen</span><span class="value">{mln(d.KPI['Opbrengst waterschapsbelastingen'])}</span></div>
  <div class="kpi"><span class="label">Bruto investeringen 2040</span><span class="value">{mln(d.KPI['Bruto investeringen 2040'])}</span></div>
  <div class="kpi"><span class="label">Algemene reserve eind 2040</span><span class="value">{mln(d.KPI['Algemene reserve eind 2040'])}</span></div>
  <div class="kpi"><span class="label">Lastenstijging huishouden met eigen woning</span><span class="value">+{n(d.KPI_LD_PCT, 1)}%</span></div>
</div>
<p>De begroting 2040 is sluitend. De lasten stijgen vooral door de renovatie van rwzi Rietvenne, hogere energieprijzen
en de dijkversterking Kleiwaard-Noord. Om de stijging van de zuiveringsheffing te dempen onttrekken we in 2040
{eur(d.WS_ONTT_EGAL[0] * 1000)} aan de egalisatiereserve zuiveringsheffing.</p>
</section>

<section id="programmas">
<h2>Lasten en baten per programma</h2>
<p>De tabel toont de lasten en baten van de vier programma's voor 2040 en de meerjarenraming tot en met 2043. De
waterschapsbelastingen en de mutaties in de reserves dekken het verschil.</p>
<table id="tabel-programmas">
<caption>Tabel 1. Lasten en baten per programma 2040–2043 (x €{NB}1.000)</caption>
<thead>
<tr><th scope="col" colspan="2" rowspan="2">Programma</th><th scope="col" rowspan="2">Begroting 2040</th><th scope="colgroup" colspan="3">Meerjarenraming</th></tr>
<tr><th scope="col">2041</th><th scope="col">2042</th><th scope="col">2043</th></tr>
</thead>""")
for name, Ls, Bs in W:
    h("<tbody>")
    h(f'<tr><th scope="rowgroup" rowspan="2">{name}</th><th scope="row">Lasten</th>' +
      "".join(f"<td>{k(v)}</td>" for v in Ls) + "</tr>")
    h('<tr><th scope="row">Baten</th>' + "".join(f"<td>{k(v)}</td>" for v in Bs) + "</tr>")
    h("</tbody>")
h("<tbody>")
h('<tr><th scope="rowgroup" rowspan="2">Waterschapsbelastingen</th><th scope="row">Watersysteemheffing</th>' +
  "".join(f"<td>{k(v)}</td>" for v in d.WS_WSH) + "</tr>")
h('<tr><th scope="row">Zuiveringsheffing</th>' + "".join(f"<td>{k(v)}</td>" for v in d.WS_ZH) + "</tr>")
h("</tbody>\n<tbody>")
h('<tr><th scope="rowgroup" rowspan="2">Reserves</th><th scope="row">Toevoeging aan reserves</th>' +
  "".join(f"<td>{k(v)}</td>" for v in d.WS_TOEV) + "</tr>")
h('<tr><th scope="row">Onttrekking aan reserves</th>' + "".join(f"<td>{k(v)}</td>" for v in d.WS_ONTT) + "</tr>")
h("</tbody>\n<tfoot>")
h('<tr><th scope="row" colspan="2">Totaal lasten</th>' + "".join(f"<td>{k(v)}</td>" for v in d.WS_LT_TOT) + "</tr>")
h('<tr><th scope="row" colspan="2">Totaal baten</th>' + "".join(f"<td>{k(v)}</td>" for v in d.WS_B_TOT) + "</tr>")
h('<tr><th scope="row" colspan="2">Saldo</th>' + "".join("<td>0</td>" for _ in Y) + "</tr>")
h("</tfoot>\n</table>")

inv = {i[0]: i for i in d.WS_INVEST}
h(f"""
<h3 id="waterveiligheid">Waterveiligheid</h3>
<p>Het waterschap beheert 186 kilometer primaire en regionale keringen. In 2040 versterken we
{n(d.WS_DIJK_KM, 1)} kilometer dijk bij Kleiwaard-Noord. Het Hoogwaterbeschermingsprogramma vergoedt 90 procent van de
kosten; het waterschap betaalt de eigen bijdrage uit de reserve eigen bijdrage dijkversterking. De dijkversterking
loopt door tot en met 2042.</p>
<h3 id="voldoende-schoon-water">Voldoende en schoon water</h3>
<p>Na de droge zomers van de afgelopen jaren houden we meer water vast in de haarvaten van het watersysteem. Gemaal
Oostermade wordt vervangen door een gemaal dat ook water kan inlaten. In het beekdal van de Lutterzand richten we
oevers natuurvriendelijk in voor de Kaderrichtlijn Water (KRW); de provincie draagt
{eur(inv['Herinrichting beekdal Lutterzand'][3])} bij.</p>
<h3 id="zuiveren">Zuiveren van afvalwater</h3>
<p>Onze zes rioolwaterzuiveringen zuiveren het afvalwater van circa {n(d.WS_VE)} vervuilingseenheden. De rwzi
Rietvenne krijgt een vierde zuiveringstrap die medicijnresten verwijdert. De lasten van het programma stijgen daardoor
van {eur(W[2][1][0] * 1000)} in 2040 naar {eur(W[2][1][3] * 1000)} in 2043.</p>
<h3 id="bestuur">Bestuur en organisatie</h3>
<p>Dit programma omvat het algemeen en dagelijks bestuur, de verkiezingen, de belastingheffing en de ondersteunende
diensten. De belastingheffing en -inning besteden we uit aan het Belastingkantoor Vlietmonde-Wierhaven.</p>
</section>

<section id="belastingen">
<h2>Wat betaalt u in 2040?</h2>
<p>Het waterschap heft de watersysteemheffing en de zuiveringsheffing. Wie betaalt en hoeveel hangt af van de
categorie: ingezetenen, eigenaren van gebouwen, eigenaren van ongebouwde grond en natuur, en huishoudens en bedrijven
die afvalwater lozen.</p>
<table id="tabel-tarieven">
<caption>Tabel 2. Tarieven waterschapsbelastingen 2039 en 2040</caption>
<thead>
<tr><th scope="col">Categorie</th><th scope="col">Grondslag</th><th scope="col">Tarief 2039</th><th scope="col">Tarief 2040</th><th scope="col">Mutatie</th></tr>
</thead>
<tbody>""")
NOTES = {"Gebouwd": 1, "Zuiveringsheffing": 2, "Natuurterreinen": 3}
for cat, grond, t39, t40, dec in d.WS_TARIEVEN:
    sup = f'<sup><a href="#noot{NOTES[cat]}" id="ref{NOTES[cat]}">{NOTES[cat]}</a></sup>' if cat in NOTES else ""
    if "WOZ" in grond:
        c39, c40 = f"{n(t39, dec)}%", f"{n(t40, dec)}%"
    else:
        c39, c40 = eur(t39, dec), eur(t40, dec)
    h(f'<tr><th scope="row">{cat}{sup}</th><td class="tekst">{grond}</td><td>{c39}</td><td>{c40}</td>'
      f'<td>+{n(d.WS_TAR_MUT[cat], 1)}%</td></tr>')
h("</tbody>\n</table>")
h(f"""<p>Voor een huishouden telt de zuiveringsheffing in vervuilingseenheden: een eenpersoonshuishouden betaalt voor
1 vervuilingseenheid, een meerpersoonshuishouden voor 3. Eigenaren van een woning betalen daarnaast de heffing gebouwd
over de WOZ-waarde. De tabel hieronder laat zien wat enkele voorbeeldhuishoudens betalen; voor de eigen woning gaan we
uit van een WOZ-waarde van {eur(d.WOZ_EIGEN)}.</p>
<table id="tabel-lastendruk">
<caption>Tabel 3. Wat betaalt een huishouden aan het waterschap? (bedragen in euro's)</caption>
<thead>
<tr><th scope="col">Voorbeeld</th><th scope="col">2039</th><th scope="col">2040</th><th scope="col">Verschil</th><th scope="col">Stijging</th></tr>
</thead>
<tbody>""")
for lab, (a, b) in d.WS_LASTENDRUK.items():
    h(f'<tr><th scope="row">{lab}</th><td>{eur(a, 2)}</td><td>{eur(b, 2)}</td><td>{eur(d.WS_LD_DIFF[lab], 2)}</td>'
      f'<td>{n(d.WS_LD_PCT[lab], 1)}%</td></tr>')
h(f"""</tbody>
</table>
<p>Bij het agrarische bedrijf gaan we uit van {d.HA_AGRAR} hectare ongebouwde grond en een WOZ-waarde van de
bedrijfsgebouwen en de woning samen van {eur(d.WOZ_AGRAR)}.</p>
<details>
<summary>Waarom stijgt de zuiveringsheffing met {n(d.ZH_PCT, 1)}%?</summary>
<p>De zuiveringsheffing stijgt vooral door de kapitaallasten van de renovatie van rwzi Rietvenne en door hogere
prijzen voor energie en chemicaliën. Zonder de onttrekking aan de egalisatiereserve zuiveringsheffing zou de
stijging groter zijn geweest. Die reserve is bedoeld om grote sprongen in het tarief te voorkomen; de reserve raakt
naar verwachting in 2044 uitgeput.</p>
<p>Het algemeen bestuur heeft ook gekeken naar een lagere stijging met een grotere onttrekking. Daarvoor is niet
gekozen, omdat de reserve dan al in 2042 op zou zijn en de heffing daarna in één keer sterk zou stijgen.</p>
</details>
<p>Inwoners met een laag inkomen kunnen kwijtschelding aanvragen voor de ingezetenenheffing en de zuiveringsheffing
voor woonruimten. Kwijtschelding vraagt u aan bij het Belastingkantoor Vlietmonde-Wierhaven.</p>
</section>

<section id="investeringen">
<h2>Investeringen</h2>
<p>In 2040 investeren we bruto {eur(d.WS_INV_TOT[0])}. Na aftrek van subsidies blijft een netto investering van
{eur(d.WS_INV_TOT[2])} over, die we in de komende jaren afschrijven.</p>
<table id="tabel-investeringen">
<caption>Tabel 4. Investeringen 2040 (bedragen in euro's)</caption>
<thead>
<tr><th scope="col">Project</th><th scope="col">Programma</th><th scope="col">Bruto investering</th><th scope="col">Subsidie</th><th scope="col">Netto investering</th></tr>
</thead>
<tbody>""")
for proj, prog, bruto, sub in d.WS_INVEST:
    h(f'<tr><th scope="row">{proj}</th><td class="tekst">{prog}</td><td>{eur(bruto)}</td>'
      f'<td>{eur(sub) if sub else "–"}</td><td>{eur(d.WS_INV_NETTO[proj])}</td></tr>')
h(f"""</tbody>
<tfoot>
<tr><th scope="row" colspan="2">Totaal</th><td>{eur(d.WS_INV_TOT[0])}</td><td>{eur(d.WS_INV_TOT[1])}</td><td>{eur(d.WS_INV_TOT[2])}</td></tr>
</tfoot>
</table>
</section>

<section id="reserves">
<h2>Reserves</h2>
<p>Het weerstandsvermogen van het waterschap bestaat vooral uit de algemene reserve. Het algemeen bestuur hanteert
als ondergrens voor de algemene reserve 10 procent van de jaarlijkse lasten.</p>
<table id="tabel-reserves">
<caption>Tabel 5. Verloop van de reserves in 2040 (x €{NB}1.000)</caption>
<thead>
<tr><th scope="col">Reserve</th><th scope="col">Stand 1-1-2040</th><th scope="col">Toevoeging</th><th scope="col">Onttrekking</th><th scope="col">Stand 31-12-2040</th></tr>
</thead>
<tbody>""")
for name, st, to, on in d.WS_RESERVES:
    h(f'<tr><th scope="row">{name}</th><td>{k(st)}</td><td>{k(to)}</td><td>{k(on)}</td><td>{k(d.WS_RES_END[name])}</td></tr>')
h(f"""</tbody>
<tfoot>
<tr><th scope="row">Totaal</th><td>{k(d.WS_RES_TOT[0])}</td><td>{k(d.WS_RES_TOT[1])}</td><td>{k(d.WS_RES_TOT[2])}</td><td>{k(d.WS_RES_TOT[3])}</td></tr>
</tfoot>
</table>
</section>

<section class="voetnoten" aria-label="Voetnoten">
<h2>Voetnoten</h2>
<ol>
<li id="noot1">Percentage van de WOZ-waarde met waardepeildatum 1 januari 2039. <a href="#ref1">↩</a></li>
<li id="noot2">Een vervuilingseenheid is een maat voor de vervuiling in afvalwater; een huishouden betaalt voor 1 of 3 vervuilingseenheden. <a href="#ref2">↩</a></li>
<li id="noot3">Natuurterreinen zijn bos, heide en natuurgebieden met een natuurbestemming. <a href="#ref3">↩</a></li>
</ol>
</section>
</article>
</main>
<footer class="site-footer">
  <div><strong>Waterschap Vlietmonde</strong><br>Postbus 318<br>Bezoekadres Gemaalweg 12, Oostermade<br>Telefoon 0800 8543</div>
  <div><a href="/privacy">Privacy</a><br><a href="/cookies">Cookies</a><br><a href="/toegankelijkheid">Toegankelijkheid</a><br><a href="/contact">Contact</a></div>
  <div>Volg ons: <a href="/nieuwsbrief">Nieuwsbrief</a> · <a href="/rss">RSS</a></div>
</footer>
</body>
</html>
""")
CORPUS.mkdir(parents=True, exist_ok=True)
(CORPUS / d.WS_FILE).write_text("\n".join(H), encoding="utf-8")
print(f"wrote {CORPUS / d.WS_FILE}")
