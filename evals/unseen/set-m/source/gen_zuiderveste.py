"""Generate the fictional 'Ontwerpbegroting 2027' of Omgevingsdienst Zuiderveste as a saved HTML page.

A gemeenschappelijke regeling of ten gemeenten. Figures are derived here so that the
bijdragen per gemeente add up to the baten line, the reserves move as budgeted, each year of the
meerjarenraming closes with resultaat 0 and the risk and fte totals hold; the asserts check it.
Run: python3 gen_zuiderveste.py  (writes ../corpus/omgevingsdienst-zuiderveste-ontwerpbegroting-2027.html)
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from common import k, nl, nl_dec, rnd

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "corpus" / "omgevingsdienst-zuiderveste-ontwerpbegroting-2027.html"
FACTS = HERE / "zuiderveste_facts.json"

LOONINDEX = Decimal("3.6")
PRIJSINDEX = Decimal("2.2")
AANDEEL_LOON = Decimal("0.75")
GEWOGEN = LOONINDEX * AANDEEL_LOON + PRIJSINDEX * (1 - AANDEEL_LOON)
assert GEWOGEN == Decimal("3.25")

# ---------------------------------------------------------------- lasten per product (whole euros)
# product: rekening 2025, begroting 2026, begroting 2027; then 2028-2030 in x € 1.000 (prijspeil 2027)
PRODUCTS = [
    ("Vergunningverlening", (4_612_384, 4_845_300, 5_061_420), (5_118, 5_164, 5_164)),
    ("Toezicht en handhaving", (6_935_217, 7_210_860, 7_498_315), (7_575, 7_640, 7_702)),
    ("Bodem en ondergrond", (1_402_655, 1_455_120, 1_512_760), (1_512, 1_498, 1_498)),
    ("Geluid, lucht en externe veiligheid", (1_188_041, 1_236_400, 1_297_085), (1_297, 1_297, 1_297)),
    ("Asbest en sloop", (842_930, 871_050, 904_230), (904, 904, 904)),
    ("Energie en duurzaamheid", (611_478, 785_230, 962_510), (962, 455, 455)),
    ("Informatievoorziening en Omgevingswet", (1_230_566, 1_310_410, 1_348_190), (1_295, 1_240, 1_240)),
    ("Overhead en bedrijfsvoering", (3_104_889, 3_215_630, 3_331_640), (3_352, 3_352, 3_374)),
    ("Onvoorzien", (0, 50_000, 50_000), (50, 50, 50)),
]
LASTEN = tuple(sum(p[1][i] for p in PRODUCTS) for i in range(3))
LASTEN_MJ = tuple(sum(p[2][i] for p in PRODUCTS) for i in range(3))

# other baten (whole euros for 2025-2027, x € 1.000 for 2028-2030)
OPDRACHTEN = ((1_250_312, 1_180_000, 1_210_000), (1_210, 1_210, 1_210))
SUBSIDIES = ((312_400, 420_000, 505_000), (505, 0, 0))  # SPUK energiebesparing, ends after 2028
OVERIG = ((84_117, 40_000, 40_000), (40, 40, 40))
# reserves: onttrekkingen and toevoegingen
ONTT = ((96_500, 210_000, 193_000), (120, 45, 0))
TOEV = ((60_000, 60_000, 60_000), (60, 60, 60))
RESULT_2025 = 214_386

# ---------------------------------------------------------------- deelnemers
GEMEENTEN = [
    # naam, inwoners 1-1-2026, bijdrage 2026, aandeel werkpakket 2027 (weights)
    ("Ammerstee", 48_215, 3_281_307, Decimal("16.87")),
    ("Bolsterdam", 27_904, 1_796_558, Decimal("9.42")),
    ("Dorrebeek", 16_382, 1_153_812, Decimal("6.08")),
    ("Fennegat", 9_871, 774_724, Decimal("4.13")),
    ("Gijsselwold", 22_640, 1_444_474, Decimal("7.46")),
    ("Kolkerdijk", 35_118, 2_595_035, Decimal("13.61")),
    ("Mastenburg", 61_377, 3_766_664, Decimal("19.44")),
    ("Overlinge", 13_205, 942_237, Decimal("4.91")),
    ("Schalkwerve", 19_566, 1_302_464, Decimal("6.79")),
    ("Tolbergen", 31_052, 2_129_725, Decimal("11.29")),
]
BIJDRAGEN = tuple(
    LASTEN[i] + TOEV[0][i] - ONTT[0][i] - OPDRACHTEN[0][i] - SUBSIDIES[0][i] - OVERIG[0][i]
    + (RESULT_2025 if i == 0 else 0)
    for i in range(3))
# the 2026 column was set by the begroting 2026: scale the werkpakket 2026 amounts to its total
_raw26 = [g[2] for g in GEMEENTEN]
_b26 = [int(rnd(Decimal(x) * BIJDRAGEN[1] / sum(_raw26), 0)) for x in _raw26]
_b26[6] += BIJDRAGEN[1] - sum(_b26)
GEMEENTEN = [(g[0], g[1], b, g[3]) for g, b in zip(GEMEENTEN, _b26)]
assert sum(g[2] for g in GEMEENTEN) == BIJDRAGEN[1]

wsum = sum(g[3] for g in GEMEENTEN)
assert wsum == 100
b27 = [int(rnd(Decimal(BIJDRAGEN[2]) * g[3] / 100, 0)) for g in GEMEENTEN]
b27[6] += BIJDRAGEN[2] - sum(b27)  # rounding difference to the largest participant
B27 = dict(zip([g[0] for g in GEMEENTEN], b27))
assert sum(B27.values()) == BIJDRAGEN[2]
INWONERS = sum(g[1] for g in GEMEENTEN)
PER_INW = {g[0]: rnd(Decimal(B27[g[0]]) / g[1], 2) for g in GEMEENTEN}
GEM_PER_INW = rnd(Decimal(BIJDRAGEN[2]) / INWONERS, 2)

# meerjarenraming: bijdragen balance each year (x € 1.000)
BIJDRAGEN_MJ = tuple(LASTEN_MJ[i] + TOEV[1][i] - ONTT[1][i] - OPDRACHTEN[1][i] - SUBSIDIES[1][i] - OVERIG[1][i]
                     for i in range(3))

# ---------------------------------------------------------------- formatie (fte)
FORMATIE = [
    ("Directie en staf", "6,0", "6,0"),
    ("Vergunningverlening", "38,6", "40,2"),
    ("Toezicht en handhaving", "57,4", "59,8"),
    ("Specialistisch advies (bodem, geluid, lucht, externe veiligheid)", "24,3", "24,3"),
    ("Asbest en sloop", "7,8", "7,8"),
    ("Energie en duurzaamheid", "6,2", "8,0"),
    ("Informatievoorziening", "9,5", "9,5"),
    ("Bedrijfsvoering", "17,8", "18,1"),
]
FTE = tuple(sum(Decimal(r[i].replace(",", ".")) for r in FORMATIE) for i in (1, 2))
FTE_GROEI = FTE[1] - FTE[0]

# ---------------------------------------------------------------- reserves 2027 (whole euros)
ALG_RES_BEGIN = 1_012_640
RESERVES = [
    ("Algemene reserve", ALG_RES_BEGIN, 0, 0),
    ("Bestemmingsreserve Omgevingswet en DSO", 386_000, 0, 148_000),
    ("Bestemmingsreserve huisvesting", 540_000, 60_000, 0),
    ("Bestemmingsreserve opleidingen", 125_000, 0, 45_000),
]
assert sum(r[2] for r in RESERVES) == TOEV[0][2] and sum(r[3] for r in RESERVES) == ONTT[0][2]
RES_END = {r[0]: r[1] + r[2] - r[3] for r in RESERVES}
PLAFOND_PCT = Decimal("5")
PLAFOND = int(rnd(Decimal(LASTEN[2]) * PLAFOND_PCT / 100, 0))
assert RES_END["Algemene reserve"] < PLAFOND

# ---------------------------------------------------------------- risico's (whole euros)
RISICOS = [
    ("Krapte op de arbeidsmarkt en duurdere inhuur", "Vacatures voor vergunningverleners en toezichthouders "
     "zijn moeilijk te vervullen; inhuur is 30 tot 40% duurder dan eigen personeel.", 50, 600_000),
    ("Cao-ontwikkeling hoger dan de loonindex", "De nieuwe cao Gemeenten vanaf 2027 is nog niet bekend; "
     "elk procentpunt boven de loonindex kost circa € 145.000.", 60, 350_000),
    ("Wegvallen SPUK-middelen energiebesparing", "De specifieke uitkering voor energietoezicht loopt tot en met "
     "2028; voortzetting na 2028 is onzeker.", 30, 420_000),
    ("Storingen en meerkosten Digitaal Stelsel Omgevingswet", "Hogere licentie- en beheerkosten van het "
     "zaaksysteem en koppelingen met het DSO.", 40, 250_000),
    ("Juridische procedures en aansprakelijkheid", "Schadeclaims na handhavingsbesluiten en kosten van "
     "beroepsprocedures.", 10, 500_000),
    ("Uittreding of taakwijziging van een deelnemer", "Frictiekosten als een deelnemer taken terugneemt; "
     "de gemeenschappelijke regeling voorziet in een uittreedsom.", 10, 900_000),
]
RISK_ROWS = [(n, d, p, b, b * p // 100) for n, d, p, b in RISICOS]
assert all(b * p % 100 == 0 for _, _, p, b in RISICOS)
RISK_TOTAL = sum(r[4] for r in RISK_ROWS)
RATIO = rnd(Decimal(ALG_RES_BEGIN) / RISK_TOTAL, 2)

KENGETALLEN = [
    ("Netto schuldquote", "-4,1%", "2,3%", "1,9%"),
    ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", "-4,1%", "2,3%", "1,9%"),
    ("Solvabiliteitsratio", "27,4%", "24,8%", "25,6%"),
    ("Structurele exploitatieruimte", "0,9%", "0,0%", "0,2%"),
]

# ================================================================= HTML
CSS = """
body { margin: 0; font-family: "Segoe UI", Roboto, Arial, sans-serif; color: #222; line-height: 1.5; }
header.site { background: #23415f; color: #fff; padding: 12px 32px; display: flex; justify-content: space-between; }
header.site a { color: #fff; text-decoration: none; font-weight: 600; }
nav.main ul { list-style: none; display: flex; gap: 18px; margin: 0; padding: 0; }
nav.crumbs { font-size: 0.85em; padding: 8px 32px; background: #eef2f6; }
.layout { display: grid; grid-template-columns: 240px 1fr; gap: 32px; padding: 24px 32px; }
aside.toc { font-size: 0.9em; border-right: 1px solid #d5dde5; }
aside.toc ol { padding-left: 18px; }
main h1 { color: #23415f; }
main h2 { color: #23415f; border-bottom: 2px solid #23415f; margin-top: 2em; }
table { border-collapse: collapse; margin: 0.8em 0 1.4em; min-width: 60%; }
caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
th, td { padding: 4px 10px; border-bottom: 1px solid #d5dde5; }
thead th { background: #23415f; color: #fff; text-align: right; }
thead th:first-child, tbody td:first-child, tbody th { text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.totaal td, tr.totaal th { font-weight: 700; border-top: 2px solid #222; }
.info { background: #eef2f6; padding: 10px 14px; border-left: 4px solid #23415f; }
footer.site { background: #1b2f44; color: #cfd8e3; padding: 20px 32px; font-size: 0.85em; }
footer.site a { color: #cfd8e3; }
"""


def num(v) -> str:
    return f'<td class="num">{v}</td>'


def thead(cells) -> str:
    return "<thead><tr>" + "".join(f'<th scope="col">{c}</th>' for c in cells) + "</tr></thead>"


def row(label, values, cls="", first="td") -> str:
    cl = f' class="{cls}"' if cls else ""
    lab = f'<th scope="row">{label}</th>' if first == "th" else f"<td>{label}</td>"
    return f"<tr{cl}>{lab}{''.join(num(v) for v in values)}</tr>"


def build_html() -> str:
    # --- product table
    prod_body = "".join(row(n, [nl(x) for x in v]) for n, v, _ in PRODUCTS)
    prod_foot = row("Totaal lasten", [nl(x) for x in LASTEN], "totaal")

    # --- exploitatie (whole euros)
    saldo = [OPDRACHTEN[0][i] + SUBSIDIES[0][i] + OVERIG[0][i] + BIJDRAGEN[i] - LASTEN[i] for i in range(3)]
    res = [saldo[i] + ONTT[0][i] - TOEV[0][i] for i in range(3)]
    assert res == [RESULT_2025, 0, 0], res
    baten_tot = [BIJDRAGEN[i] + OPDRACHTEN[0][i] + SUBSIDIES[0][i] + OVERIG[0][i] for i in range(3)]
    expl = "".join([
        row("Totaal lasten", [nl(x) for x in LASTEN]),
        row("Bijdragen deelnemers", [nl(x) for x in BIJDRAGEN]),
        row("Opdrachten van derden (plustaken en projecten)", [nl(x) for x in OPDRACHTEN[0]]),
        row("Subsidies (SPUK energiebesparing)", [nl(x) for x in SUBSIDIES[0]]),
        row("Overige baten", [nl(x) for x in OVERIG[0]]),
        row("Totaal baten", [nl(x) for x in baten_tot], "totaal"),
        row("Saldo van baten en lasten", [nl(x) for x in saldo], "totaal"),
        row("Onttrekkingen aan reserves", [nl(x) for x in ONTT[0]]),
        row("Toevoegingen aan reserves", [nl(x) for x in TOEV[0]]),
        row("Resultaat", [nl(x) for x in res], "totaal"),
    ])

    # --- meerjarenraming (x € 1.000), 2027 rounded from the whole-euro budget
    yrs = ["2027", "2028", "2029", "2030"]
    mj_prod = "".join(row(n, [nl(k(v[2]))] + [nl(x) for x in mj]) for n, v, mj in PRODUCTS)
    l_mj = [k(LASTEN[2])] + list(LASTEN_MJ)
    assert abs(sum(k(p[1][2]) for p in PRODUCTS) - k(LASTEN[2])) <= 1
    b_mj = [k(BIJDRAGEN[2])] + list(BIJDRAGEN_MJ)
    o_mj = [k(OPDRACHTEN[0][2])] + list(OPDRACHTEN[1])
    s_mj = [k(SUBSIDIES[0][2])] + list(SUBSIDIES[1])
    ov_mj = [k(OVERIG[0][2])] + list(OVERIG[1])
    bt_mj = [b_mj[i] + o_mj[i] + s_mj[i] + ov_mj[i] for i in range(4)]
    sa_mj = [bt_mj[i] - l_mj[i] for i in range(4)]
    on_mj = [k(ONTT[0][2])] + list(ONTT[1])
    to_mj = [k(TOEV[0][2])] + list(TOEV[1])
    re_mj = [sa_mj[i] + on_mj[i] - to_mj[i] for i in range(4)]
    assert re_mj == [0, 0, 0, 0], re_mj
    mj_rest = "".join([
        row("Totaal lasten", [nl(x) for x in l_mj], "totaal"),
        row("Bijdragen deelnemers", [nl(x) for x in b_mj]),
        row("Opdrachten van derden", [nl(x) for x in o_mj]),
        row("Subsidies (SPUK energiebesparing)", [nl(x) for x in s_mj]),
        row("Overige baten", [nl(x) for x in ov_mj]),
        row("Totaal baten", [nl(x) for x in bt_mj], "totaal"),
        row("Saldo van baten en lasten", [nl(x) for x in sa_mj]),
        row("Onttrekkingen aan reserves", [nl(x) for x in on_mj]),
        row("Toevoegingen aan reserves", [nl(x) for x in to_mj]),
        row("Resultaat", [nl(x) for x in re_mj], "totaal"),
    ])

    # --- bijdragen per gemeente
    gem = "".join(row(g[0], [nl(g[1]), nl(g[2]), nl(B27[g[0]]), nl_dec(PER_INW[g[0]], 2)], first="th")
                  for g in GEMEENTEN)
    gem_tot = row("Totaal", [nl(INWONERS), nl(BIJDRAGEN[1]), nl(BIJDRAGEN[2]), nl_dec(GEM_PER_INW, 2)],
                  "totaal", first="th")

    fte_body = "".join(row(a, [b, c]) for a, b, c in FORMATIE)
    fte_tot = row("Totaal formatie", [nl_dec(FTE[0], 1), nl_dec(FTE[1], 1)], "totaal")

    res_body = "".join(row(n, [nl(b), nl(t), nl(o), nl(b + t - o)]) for n, b, t, o in RESERVES)
    res_tot = row("Totaal reserves", [nl(sum(r[1] for r in RESERVES)), nl(sum(r[2] for r in RESERVES)),
                                      nl(sum(r[3] for r in RESERVES)), nl(sum(RES_END.values()))], "totaal")

    risk_body = "".join(f"<tr><td>{n}</td><td>{d}</td>{num(f'{p}%')}{num(nl(b))}{num(nl(w))}</tr>"
                        for n, d, p, b, w in RISK_ROWS)
    risk_tot = f'<tr class="totaal"><td>Totaal</td><td></td><td></td>{num(nl(sum(r[3] for r in RISK_ROWS)))}' \
               f'{num(nl(RISK_TOTAL))}</tr>'
    kg_body = "".join(row(a, [b, c, d]) for a, b, c, d in KENGETALLEN)

    d_bijdr = BIJDRAGEN[2] - BIJDRAGEN[1]
    d_bijdr_pct = rnd(Decimal(d_bijdr) / BIJDRAGEN[1] * 100, 1)

    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ontwerpbegroting 2027 - Omgevingsdienst Zuiderveste</title>
<meta name="description" content="Ontwerpbegroting 2027 en meerjarenraming 2028-2030 van de Omgevingsdienst Zuiderveste">
<link rel="canonical" href="https://www.odzuiderveste.nl/organisatie/financien/ontwerpbegroting-2027">
<style>{CSS}</style>
</head>
<body>
<a class="skip" href="#inhoud">Direct naar de inhoud</a>
<header class="site">
  <a href="/" class="logo">Omgevingsdienst Zuiderveste</a>
  <nav class="main" aria-label="Hoofdmenu">
    <ul>
      <li><a href="/vergunningen">Vergunningen</a></li>
      <li><a href="/toezicht">Toezicht en handhaving</a></li>
      <li><a href="/melding-doen">Melding doen</a></li>
      <li><a href="/organisatie">Organisatie</a></li>
      <li><a href="/contact">Contact</a></li>
    </ul>
  </nav>
</header>
<nav class="crumbs" aria-label="Kruimelpad">
  <a href="/">Home</a> &rsaquo; <a href="/organisatie">Organisatie</a> &rsaquo;
  <a href="/organisatie/financien">Financiën</a> &rsaquo; Ontwerpbegroting 2027
</nav>
<div class="layout">
<aside class="toc" aria-label="Inhoud van deze pagina">
  <strong>Op deze pagina</strong>
  <ol>
    <li><a href="#aanbieding">Aanbieding</a></li>
    <li><a href="#uitgangspunten">Uitgangspunten en indexatie</a></li>
    <li><a href="#lasten-per-product">Lasten per product</a></li>
    <li><a href="#exploitatie">Baten, lasten en resultaat</a></li>
    <li><a href="#meerjarenraming">Meerjarenraming 2028-2030</a></li>
    <li><a href="#bijdragen">Bijdragen deelnemers 2027</a></li>
    <li><a href="#formatie">Formatie</a></li>
    <li><a href="#reserves">Reserves</a></li>
    <li><a href="#risicos">Risico's en weerstandsvermogen</a></li>
    <li><a href="#kengetallen">Kengetallen</a></li>
  </ol>
  <p><a href="/documenten/odzv-ontwerpbegroting-2027.pdf">Download als pdf (1,4 MB)</a></p>
</aside>
<main id="inhoud">
<article>
<h1>Ontwerpbegroting 2027 en meerjarenraming 2028-2030</h1>
<p class="info">Omgevingsdienst Zuiderveste (ODZV) &middot; gemeenschappelijke regeling van tien gemeenten &middot;
ontwerp vastgesteld door het dagelijks bestuur op 9 april 2026 &middot; zienswijzen van de gemeenteraden tot en met
18 juni 2026 &middot; vaststelling door het algemeen bestuur op 2 juli 2026</p>

<section id="aanbieding">
<h2>1. Aanbieding</h2>
<p>Hierbij bieden wij de deelnemende gemeenten de ontwerpbegroting 2027 van de Omgevingsdienst Zuiderveste aan.
De omgevingsdienst voert voor de tien deelnemende gemeenten de vergunningverlening, het toezicht en de handhaving
uit op het gebied van milieu, bouwen en slopen, en geeft specialistisch advies over bodem, geluid, lucht en externe
veiligheid. De begroting volgt de kaderbrief 2027 die het algemeen bestuur op 11 december 2025 heeft vastgesteld.</p>
<p>De totale lasten voor 2027 komen uit op € {nl(LASTEN[2])}. De bijdragen van de deelnemers stijgen van
€ {nl(BIJDRAGEN[1])} in 2026 naar € {nl(BIJDRAGEN[2])} in 2027, een stijging van € {nl(d_bijdr)}
({nl_dec(d_bijdr_pct, 1)}%). Die stijging komt voor het grootste deel door de indexatie; daarnaast groeit het
takenpakket energie en duurzaamheid, dat voor een deel wordt betaald uit de specifieke uitkering (SPUK) van het Rijk.</p>
</section>

<section id="uitgangspunten">
<h2>2. Uitgangspunten en indexatie</h2>
<p>Conform de kaderbrief worden de loonkosten geïndexeerd met {nl_dec(LOONINDEX, 1)}%. Dit percentage is gebaseerd
op de loonvoet sector overheid uit het Centraal Economisch Plan 2026 van het Centraal Planbureau. De materiële
budgetten worden geïndexeerd met {nl_dec(PRIJSINDEX, 1)}%, de prijs netto materiële overheidsconsumptie (IMOC) uit
hetzelfde Centraal Economisch Plan. Omdat de begroting voor {int(AANDEEL_LOON * 100)}% uit loonkosten bestaat, is de
gewogen index voor 2027 {nl_dec(GEWOGEN, 2)}%.</p>
<p>De meerjarenraming 2028-2030 is opgesteld in constante prijzen (prijspeil 2027). De indexatie voor die jaren
wordt jaarlijks in de kaderbrief bepaald. Nacalculatie van de index vindt niet plaats.</p>
<p>Voor 2027 is het aantal uren per deelnemer vastgelegd in de werkprogramma's. De verdeling van de bijdragen
volgt het aandeel van iedere gemeente in het werkpakket (de verdeelsleutel uit artikel 28 van de regeling), niet
het aantal inwoners. De bijdrage per inwoner in tabel 5 is daarom alleen ter informatie opgenomen.</p>
</section>

<section id="lasten-per-product">
<h2>3. Lasten per product</h2>
<table>
<caption>Tabel 1. Lasten per product (bedragen in euro's)</caption>
{thead(['Product', 'Rekening 2025', 'Begroting 2026', 'Begroting 2027'])}
<tbody>
{prod_body}
</tbody>
<tfoot>
{prod_foot}
</tfoot>
</table>
<p>De lasten van toezicht en handhaving stijgen in 2027 door de uitbreiding met 2,4 fte toezichthouders
voor de bedrijven die onder de energiebesparingsplicht vallen en voor het asbesttoezicht bij sloop. Bij energie
en duurzaamheid groeit de formatie met 1,8 fte, betaald uit de SPUK-middelen. De lasten van informatievoorziening
dalen vanaf 2028 doordat de implementatie van het Digitaal Stelsel Omgevingswet (DSO) is afgerond.</p>
</section>

<section id="exploitatie">
<h2>4. Baten, lasten en resultaat</h2>
<table>
<caption>Tabel 2. Overzicht van baten en lasten (bedragen in euro's)</caption>
{thead(['Omschrijving', 'Rekening 2025', 'Begroting 2026', 'Begroting 2027'])}
<tbody>
{expl}
</tbody>
</table>
<p>Het resultaat over 2025 van € {nl(RESULT_2025)} is na vaststelling van de jaarrekening 2025 naar rato van de
bijdragen aan de deelnemers terugbetaald. In de begroting 2026 en 2027 sluit de exploitatie met een resultaat van nul.</p>
</section>

<section id="meerjarenraming">
<h2>5. Meerjarenraming 2028-2030</h2>
<table>
<caption>Tabel 3. Meerjarenraming lasten per product (bedragen x € 1.000, prijspeil 2027)</caption>
{thead(['Product'] + yrs)}
<tbody>
{mj_prod}
</tbody>
</table>
<table>
<caption>Tabel 4. Meerjarig overzicht van baten, lasten en resultaat (bedragen x € 1.000, prijspeil 2027)</caption>
{thead(['Omschrijving'] + yrs)}
<tbody>
{mj_rest}
</tbody>
</table>
<p>In 2029 dalen de lasten van energie en duurzaamheid, omdat de SPUK-middelen na 2028 wegvallen en het
energietoezicht wordt teruggebracht tot het wettelijke basisniveau. Als het Rijk de regeling verlengt, wordt
de begroting op dat punt gewijzigd.</p>
</section>

<section id="bijdragen">
<h2>6. Bijdragen deelnemers 2027</h2>
<table>
<caption>Tabel 5. Bijdragen per deelnemende gemeente (bedragen in euro's)</caption>
{thead(['Gemeente', 'Inwoners 1-1-2026', 'Bijdrage 2026', 'Bijdrage 2027', 'Bijdrage per inwoner 2027 (€)'])}
<tbody>
{gem}
</tbody>
<tfoot>
{gem_tot}
</tfoot>
</table>
<p>De gemeenten betalen hun bijdrage in vier gelijke termijnen, uiterlijk op 1 februari, 1 mei, 1 augustus en
1 november 2027. Opdrachten buiten het basistakenpakket worden apart in rekening gebracht.</p>
</section>

<section id="formatie">
<h2>7. Formatie</h2>
<table>
<caption>Tabel 6. Formatie per afdeling (in fte)</caption>
{thead(['Afdeling', 'Begroting 2026', 'Begroting 2027'])}
<tbody>
{fte_body}
</tbody>
<tfoot>
{fte_tot}
</tfoot>
</table>
<p>De formatie groeit in 2027 met {nl_dec(FTE_GROEI, 1)} fte. De gemiddelde loonkosten per fte zijn begroot op
€ 91.400 (inclusief werkgeverslasten). Het ziekteverzuim was in 2025 5,8%; de norm is 5,0%.</p>
</section>

<section id="reserves">
<h2>8. Reserves</h2>
<p>Het algemeen bestuur heeft in de Nota reserves en voorzieningen 2024 bepaald dat de algemene reserve maximaal
{nl_dec(PLAFOND_PCT, 0)}% van de totale begrote lasten mag bedragen. Voor 2027 is het plafond daarmee € {nl(PLAFOND)}.
Komt de algemene reserve boven het plafond uit, dan wordt het meerdere naar rato van de bijdragen aan de
deelnemers terugbetaald. De verwachte stand van de algemene reserve per 1 januari 2027 is € {nl(ALG_RES_BEGIN)}
en blijft daarmee onder het plafond.</p>
<table>
<caption>Tabel 7. Verloop reserves 2027 (bedragen in euro's)</caption>
{thead(['Reserve', 'Stand 1-1-2027', 'Toevoeging 2027', 'Onttrekking 2027', 'Stand 31-12-2027'])}
<tbody>
{res_body}
</tbody>
<tfoot>
{res_tot}
</tfoot>
</table>
</section>

<section id="risicos">
<h2>9. Risico's en weerstandsvermogen</h2>
<p>De risico's zijn gewogen met de kans dat ze zich voordoen. De benodigde weerstandscapaciteit is de som van de
gewogen risico's. De beschikbare weerstandscapaciteit bestaat uit de algemene reserve.</p>
<table>
<caption>Tabel 8. Risico's 2027 (bedragen in euro's)</caption>
{thead(['Risico', 'Toelichting', 'Kans', 'Financieel gevolg', 'Gewogen risico'])}
<tbody>
{risk_body}
</tbody>
<tfoot>
{risk_tot}
</tfoot>
</table>
<p>Tegenover een benodigde weerstandscapaciteit van € {nl(RISK_TOTAL)} staat een beschikbare weerstandscapaciteit
van € {nl(ALG_RES_BEGIN)}. De weerstandsratio komt daarmee op {nl_dec(RATIO, 2)}. Het algemeen bestuur streeft naar
een ratio tussen 1,0 en 1,4.</p>
</section>

<section id="kengetallen">
<h2>10. Kengetallen</h2>
<table>
<caption>Tabel 9. Financiële kengetallen</caption>
{thead(['Kengetal', 'Rekening 2025', 'Begroting 2026', 'Begroting 2027'])}
<tbody>
{kg_body}
</tbody>
</table>
<p>De omgevingsdienst heeft geen langlopende leningen. De kengetallen grondexploitatie en belastingcapaciteit zijn
voor een gemeenschappelijke regeling niet van toepassing.</p>
</section>
</article>
</main>
</div>
<footer class="site">
  <p>Omgevingsdienst Zuiderveste &middot; Havenkade 14 &middot; Postbus 2170 &middot; telefoon 088 412 70 00 &middot;
  <a href="mailto:info@odzuiderveste.nl">info@odzuiderveste.nl</a></p>
  <p>Deelnemers: {', '.join(g[0] for g in GEMEENTEN[:-1])} en {GEMEENTEN[-1][0]}.</p>
  <p><a href="/privacy">Privacy</a> &middot; <a href="/toegankelijkheid">Toegankelijkheid</a> &middot;
  <a href="/cookies">Cookies</a> &middot; Laatst gewijzigd: 10 april 2026</p>
</footer>
</body>
</html>
"""


def facts() -> dict:
    return {"lasten": LASTEN, "lasten_mj": LASTEN_MJ, "bijdragen": BIJDRAGEN, "bijdragen_mj": BIJDRAGEN_MJ,
            "b27": B27, "per_inw": {k_: str(v) for k_, v in PER_INW.items()}, "inwoners": INWONERS,
            "gem_per_inw": str(GEM_PER_INW), "fte": [str(x) for x in FTE], "fte_groei": str(FTE_GROEI),
            "res_end": RES_END, "plafond": PLAFOND, "risk_total": RISK_TOTAL, "ratio": str(RATIO),
            "risks": RISK_ROWS}


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(build_html(), encoding="utf-8")
    FACTS.write_text(json.dumps(facts(), indent=1, default=str), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
