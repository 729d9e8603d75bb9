"""Jaarstukken 2025 of the fictional municipality Kraaiendijk -> HTML (printed by Chromium, other CSS)."""
from fmt import nl, esc
from model import build, verschil
from data import (MUNI, INDICATORS, WEERSTAND_R25, KENGETALLEN_R25, PROGRAMMES, RESULT_2024_EUR)

M = build()
T = M["T"]
THRESHOLD = 50000

LOWER_BETTER = {"Woninginbraken", "Verwijzingen Halt", "Fijn huishoudelijk restafval",
                "Verkeersongevallen met letsel", "Jongeren met jeugdhulp", "Bijstandsuitkeringen",
                "Cliënten met een maatwerkarrangement Wmo", "Absoluut verzuim", "Voortijdige schoolverlaters",
                "Niet-sporters"}
NEUTRAL = {"Huishoudens in schuldhulpverlening"}


def num(s):
    return float(s.replace(".", "").replace(",", "."))


def gehaald(name, s25, r25):
    if name in NEUTRAL:
        return "n.v.t."
    a, b = num(s25), num(r25)
    ok = b <= a if name in LOWER_BETTER else b >= a
    return "ja" if ok else "nee"


# explanations of deviations (jaarstukken), keyed (prog, side, code)
WHY25 = {
    (1, "L", "1.2"): "De uitbreiding van het team handhaving is later ingevuld dan geraamd: de eerste extra boa is "
                     "per 1 oktober 2025 in dienst getreden. Daardoor zijn de loonkosten lager uitgevallen.",
    (2, "L", "2.1"): "Hogere kosten voor gladheidsbestrijding door de strenge winterperiode in januari en februari "
                     "2025 (€ 96.000) en noodzakelijk groot onderhoud aan de brug over de Lutterwetering "
                     "(€ 122.646).",
    (2, "L", "5.7"): "Het bomenplan liep vertraging op: van de 300 geplande bomen zijn er 210 geplant. De overige "
                     "bomen worden in het plantseizoen 2026 geplant.",
    (2, "L", "7.2"): "Lagere kapitaallasten doordat de vervanging van de riolering Kerkstraat e.o. goedkoper is "
                     "uitgevallen en minder storingen aan gemalen.",
    (2, "B", "2.1"): "Hogere opbrengsten uit schadeverhaal bij aanrijdingen met gemeentelijk eigendom en uit "
                     "ontheffingen.",
    (2, "B", "7.3"): "Hogere opbrengst afvalstoffenheffing door 212 meer huishoudens dan geraamd en hogere "
                     "vergoedingen voor oud papier en PMD.",
    (3, "L", "6.1"): "De buurtteams in Lutterzijl en Heidevenne zijn later gestart dan gepland.",
    (3, "L", "6.3"): "Het aantal bijstandsuitkeringen lag hoger dan geraamd (271 per 10.000 inwoners tegen 260 "
                     "begroot). Dit nadeel wordt deels gecompenseerd door een hogere BUIG-uitkering (zie baten).",
    (3, "L", "6.71"): "Lagere kosten voor begeleiding en dagbesteding door wachtlijsten bij aanbieders. De kosten "
                      "van huishoudelijke hulp waren conform de begroting.",
    (3, "L", "6.72"): "Hogere kosten van jeugdhulp met verblijf door meer residentiële plaatsingen (€ 534.800) en "
                      "de tariefsverhoging van de regionale inkoop per 1 juli 2025 (€ 311.413).",
    (3, "B", "6.3"): "De BUIG-uitkering is bij de nadere voorlopige toekenning in december 2025 opnieuw verhoogd.",
    (5, "L", "7.4"): "Lagere uitgaven voor de energiecoaches en de isolatieaanpak (260 in plaats van 350 "
                     "woningen). De onttrekking aan de Reserve duurzaamheid is met hetzelfde bedrag verlaagd.",
    (5, "L", "8.1"): "Extra inhuur voor de voorbereiding van het omgevingsplan buitengebied.",
    (5, "L", "8.2"): "In Lutterzijl-Zuid fase 1 zijn meer kavels verkocht dan geraamd (27 in plaats van 22), "
                     "waardoor ook meer kosten zijn genomen. Zie ook de baten.",
    (5, "B", "8.2"): "Hogere opbrengst grondverkopen Lutterzijl-Zuid fase 1 (27 kavels). Per saldo is de "
                     "grondexploitatie € 194.112 voordeliger dan begroot.",
    (5, "B", "8.3"): "Lagere legesopbrengsten omgevingsvergunningen doordat twee grote bouwprojecten naar 2026 "
                     "zijn verschoven.",
    (0, "L", "0.4"): "Hogere kosten voor inhuur ICT en licenties.",
    (0, "B", "0.7"): "De decembercirculaire 2025 leverde een hogere algemene uitkering op dan geraamd.",
    (0, "B", "0.5"): "Hoger dividend van de BNG Bank dan geraamd.",
}

BEREIKT = {
    1: ["De tevredenheid over de dienstverlening kwam in de burgerpeiling uit op een 7,2; de streefwaarde van "
        "7,3 is net niet gehaald.",
        "Het aantal woninginbraken steeg licht naar 61. Het aantal verwijzingen naar Halt daalde tot 89 per "
        "10.000 jongeren.",
        "De eerste van twee extra boa's is per 1 oktober 2025 gestart. De bijdrage aan de Veiligheidsregio "
        "Noord-Randland bedroeg in 2025 € 2.098.000.",
        "De voorbereiding van het tweede servicepunt in Heidevenne is afgerond; de opening volgt in maart "
        "2026."],
    2: ["De hoeveelheid fijn restafval daalde naar 127 kg per inwoner; de streefwaarde van 130 kg is gehaald.",
        "Het fietspad Lutterzijl - Heidevenne is in september 2025 geopend. De vervanging van de riolering in de "
        "Kerkstraat en omgeving is afgerond.",
        "Het aantal verkeersongevallen met letsel steeg naar 44. In 2026 volgt de herinrichting van de "
        "Stationsweg."],
    3: ["De kosten van jeugdhulp stegen sterker dan begroot; het aandeel jongeren met jeugdhulp kwam uit op "
        "12,1%.",
        "Bij zes van de negen huisartsenpraktijken werkt nu een praktijkondersteuner jeugd.",
        "Met vroegsignalering zijn 247 huishoudens geholpen met schuldhulpverlening.",
        "Het aantal bijstandsuitkeringen kwam uit op 271 per 10.000 inwoners van 18 jaar en ouder."],
    4: ["De bouw van IKC Noord in Ommelhoek ligt op schema; de oplevering is gepland voor augustus 2026.",
        "De renovatie van sporthal De Wielewaal is grotendeels uitgevoerd.",
        "De bibliotheek telde 124.760 bezoeken, meer dan de streefwaarde van 120.000."],
    5: ["Er zijn 104 woningen opgeleverd, waarvan 31 sociale huurwoningen. De streefwaarde van 120 woningen is "
        "niet gehaald, doordat twee projecten vertraging opliepen.",
        "In Lutterzijl-Zuid fase 1 zijn 27 bouwkavels verkocht.",
        "Van de omgevingsvergunningen is 88% binnen de wettelijke termijn verleend (streefwaarde 95%).",
        "Met de isolatieaanpak zijn 260 woningeigenaren geholpen."],
}

CSS = """
@page { size: A4 portrait; margin: 22mm 20mm 20mm 22mm;
  @top-center { content: "Gemeente Kraaiendijk  |  Jaarstukken 2025"; font: italic 8pt 'DejaVu Serif'; color: #5b3a29; }
  @bottom-right { content: "blz. " counter(page); font: 8pt 'DejaVu Serif'; color: #5b3a29; }
  @bottom-left { content: "Jaarverslag en jaarrekening 2025"; font: 7.5pt 'DejaVu Serif'; color: #999; }
}
@page :first { @top-center { content: none; } @bottom-left { content: none; } @bottom-right { content: none; } }
@page breed { size: A4 landscape; margin: 16mm 16mm 16mm 16mm; }
.breed { page: breed; }
.breed table { font-size: 7.6pt; line-height: 1.15; } .breed td { padding: 0.8pt 6pt; } .breed tr.hd td { padding-top: 3pt; }
.breed th:first-child, .breed td:first-child { width: 34%; }
table.inv { font-size: 7.4pt; } table.inv td, table.inv th { padding: 2pt 3pt; } table.inv td:first-child, table.inv th:first-child { width: 30%; } table.inv td:last-child { text-align: left; white-space: nowrap; }
body { font-family: 'DejaVu Serif', 'Liberation Serif', serif; font-size: 8.8pt; line-height: 1.4; color: #1d1d1d; }
h1 { font-size: 26pt; color: #5b3a29; font-weight: normal; margin: 0; }
h2 { font-size: 14pt; color: #5b3a29; border-bottom: 2px solid #c98b2b; padding-bottom: 2pt; margin: 0 0 6pt; font-weight: normal; }
h3 { font-size: 10.5pt; color: #c98b2b; margin: 10pt 0 3pt; }
h2, h3 { break-after: avoid; }
.pb { break-before: page; }
table { border-collapse: collapse; width: 100%; font-size: 8pt; margin: 3pt 0 6pt; break-inside: avoid; }
caption { caption-side: top; text-align: left; font-style: italic; color: #5b3a29; padding-bottom: 3pt; }
th { border-top: 2px solid #5b3a29; border-bottom: 1px solid #5b3a29; padding: 3pt 5pt; text-align: right; font-weight: bold; vertical-align: bottom; }
th:first-child { text-align: left; }
td { padding: 2pt 5pt; text-align: right; white-space: nowrap; }
td:first-child { text-align: left; white-space: normal; }
th:first-child, td:first-child { width: 36%; }
tr.hd td { font-weight: bold; color: #5b3a29; padding-top: 5pt; }
tr.tot td { border-top: 1px solid #5b3a29; font-weight: bold; }
tr.grand td { border-top: 2px solid #5b3a29; border-bottom: 2px solid #5b3a29; font-weight: bold; }
tr:nth-child(even) td { background: #faf6f0; }
.small { font-size: 7.5pt; color: #555; }
.cover { padding-top: 75mm; text-align: center; }
.cover .sub { font-size: 13pt; color: #c98b2b; margin-top: 6pt; }
p { margin: 3pt 0 5pt; text-align: justify; }
"""


def jtable(caption, rows, heads, note=None, cls=""):
    h = [f"<table class='{cls}'><caption>{esc(caption)}</caption><tr>" + "".join(f"<th>{x}</th>" for x in heads) + "</tr>"]
    for kind, cells in rows:
        cls = f' class="{kind}"' if kind != "row" else ""
        if kind == "hd":
            h.append(f'<tr class="hd"><td colspan="{len(heads)}">{esc(cells)}</td></tr>')
        else:
            h.append(f"<tr{cls}>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    h.append("</table>")
    if note:
        h.append(f'<p class="small">{note}</p>')
    return "".join(h)


def vn(row, side):
    a, s = verschil(row, side)
    return f"{nl(a)} {s}" if a else "0"


def vn_saldo(bud, real):
    d = real - bud
    return f"{nl(abs(d))} {'V' if d >= 0 else 'N'}" if d else "0"


HEADS4 = ["Taakveld", "Begroting 2025 primitief", "Begroting 2025 na wijziging", "Realisatie 2025", "Verschil"]


def toelichting(pnr, rowsets):
    items = []
    for side, rows in rowsets:
        for r in rows:
            a, s = verschil(r, side)
            if a >= THRESHOLD:
                key = (pnr, side, r["code"])
                what = "lasten" if side == "L" else "baten"
                items.append(f"<p><b>{esc(r['code'])} {esc(r['name'])}, {what}: € {nl(a)} "
                             f"{'voordelig' if s == 'V' else 'nadelig'}</b><br>{esc(WHY25[key])}</p>")
    if not items:
        return (f"<p>Er zijn in dit programma geen afwijkingen van € {nl(THRESHOLD)} of meer ten opzichte van de "
                f"begroting na wijziging.</p>")
    return "".join(items)


def programme(pnr):
    P = M["prog"][pnr]
    out = [f'<div class="{"pb" if pnr in (4,) else ""}"></div><h2 style="margin-top:10pt">3.{pnr} Programma {pnr} {esc(P["name"])}</h2>',
           "<h3>Wat hebben we bereikt?</h3>"]
    out.append("".join(f"<p>{esc(x)}</p>" for x in BEREIKT[pnr]))
    irows = []
    for _, name, eenh, bron, r24, s25, s26, r25 in [i for i in INDICATORS if i[0] == pnr]:
        irows.append(("row", [esc(name), f"<span style='float:left'>{esc(eenh)}</span>", s25, r25, gehaald(name, s25, r25)]))
    out.append(jtable(f"Indicatoren programma {pnr} - realisatie 2025", irows,
                      ["Indicator", "<span style='float:left'>Eenheid</span>", "Streefwaarde 2025",
                       "Realisatie 2025", "Gehaald"]))
    rows = [("hd", "Lasten")]
    rows += [("row", [f"{r['code']} {esc(r['name'])}", nl(r["prim"]), nl(r["nawijz"]), nl(r["real"]), vn(r, "L")])
             for r in P["L"]]
    rows.append(("tot", ["Totaal lasten", nl(P["totL"]["prim"]), nl(P["totL"]["nawijz"]), nl(P["totL"]["real"]),
                         vn(P["totL"], "L")]))
    rows.append(("hd", "Baten"))
    rows += [("row", [f"{r['code']} {esc(r['name'])}", nl(r["prim"]), nl(r["nawijz"]), nl(r["real"]), vn(r, "B")])
             for r in P["B"]]
    rows.append(("tot", ["Totaal baten", nl(P["totB"]["prim"]), nl(P["totB"]["nawijz"]), nl(P["totB"]["real"]),
                         vn(P["totB"], "B")]))
    rows.append(("grand", ["Saldo baten en lasten", nl(P["saldo"]["prim"]), nl(P["saldo"]["nawijz"]),
                           nl(P["saldo"]["real"]), vn_saldo(P["saldo"]["nawijz"], P["saldo"]["real"])]))
    out.append(f"<h3>Wat heeft het gekost?</h3>")
    out.append(jtable(f"Baten en lasten programma {pnr} {P['name']} (bedragen in €)", rows, HEADS4,
                      "Bedragen in hele euro's. Verschil = realisatie ten opzichte van de begroting na wijziging; "
                      "V = voordelig, N = nadelig. Saldo = baten minus lasten."))
    out.append("<h3>Toelichting op de verschillen</h3>")
    out.append(toelichting(pnr, [("L", P["L"]), ("B", P["B"])]))
    return "".join(out)


def landscape():
    heads = ["Omschrijving", "Begroting 2025 primitief", "Begrotings&shy;wijzigingen 2025",
             "Begroting 2025 na wijziging", "Realisatie 2025", "Verschil"]
    rows = []

    def line(label, prim, nawijz, real, kind="row"):
        rows.append((kind, [label, nl(prim), nl(nawijz - prim), nl(nawijz), nl(real), nl(real - nawijz)]))

    for pnr, P in M["prog"].items():
        rows.append(("hd", f"Programma {pnr} {P['name']}"))
        line("Lasten", -P["totL"]["prim"], -P["totL"]["nawijz"], -P["totL"]["real"])
        line("Baten", P["totB"]["prim"], P["totB"]["nawijz"], P["totB"]["real"])
        line("Saldo programma", P["saldo"]["prim"], P["saldo"]["nawijz"], P["saldo"]["real"], "tot")
    rows.append(("hd", "Algemene dekkingsmiddelen, overhead en onvoorzien"))
    line("Algemene dekkingsmiddelen", T["prim"]["dekking"], T["nawijz"]["dekking"], T["real"]["dekking"])
    for r in M["overig"]:
        line(f"{r['name']} (lasten)", -r["prim"], -r["nawijz"], -r["real"])
    rows.append(("hd", "Totaal"))
    line("Totaal lasten", -T["prim"]["lasten"], -T["nawijz"]["lasten"], -T["real"]["lasten"])
    line("Totaal baten", T["prim"]["baten"], T["nawijz"]["baten"], T["real"]["baten"])
    line("Resultaat voor bestemming", T["prim"]["saldo"], T["nawijz"]["saldo"], T["real"]["saldo"], "tot")
    line("Toevoegingen aan reserves", -M["toev"]["prim"], -M["toev"]["nawijz"], -M["toev"]["real"])
    line("Onttrekkingen aan reserves", M["ontt"]["prim"], M["ontt"]["nawijz"], M["ontt"]["real"])
    line("Resultaat na bestemming", T["prim"]["result"], T["nawijz"]["result"], T["real"]["result"], "grand")
    return (f'<div class="breed"><h2>2. Overzicht van baten en lasten 2025</h2>'
            + "<p class='small'>Bedragen in hele euro's. Lasten en toevoegingen aan reserves zijn negatief "
              "weergegeven, baten en onttrekkingen positief. Kolom Verschil = realisatie minus begroting na "
              "wijziging: een positief verschil is een voordeel, een negatief verschil een nadeel.</p>"
            + jtable("Tabel 2.1 Overzicht van baten en lasten per programma over 2025 (bedragen in €)", rows, heads)
            + "</div>")


def html_doc():
    b = []
    b.append(f"""<div class="cover"><div style="font-size:12pt;letter-spacing:2pt;color:#c98b2b">GEMEENTE {MUNI.upper()}</div>
<h1>Jaarstukken 2025</h1><div class="sub">Jaarverslag en jaarrekening</div>
<p style="text-align:center;margin-top:60mm">Aangeboden aan de gemeenteraad op 21 april 2026<br>
Vaststelling in de raadsvergadering van 2 juli 2026</p></div>""")
    diff_res = T["real"]["result"] - T["nawijz"]["result"]
    r = lambda key: [nl(T["prim"][key]), nl(T["nawijz"][key]), nl(T["real"][key])]
    res_rows = [
        ("row", ["Totaal baten"] + r("baten") + [vn_saldo(T["nawijz"]["baten"], T["real"]["baten"])]),
        ("row", ["Totaal lasten"] + r("lasten") + [vn_saldo(T["real"]["lasten"], T["nawijz"]["lasten"])]),
        ("tot", ["Resultaat voor bestemming"] + r("saldo") + [vn_saldo(T["nawijz"]["saldo"], T["real"]["saldo"])]),
        ("row", ["Toevoegingen aan reserves", nl(M["toev"]["prim"]), nl(M["toev"]["nawijz"]), nl(M["toev"]["real"]),
                 vn_saldo(M["toev"]["real"], M["toev"]["nawijz"])]),
        ("row", ["Onttrekkingen aan reserves", nl(M["ontt"]["prim"]), nl(M["ontt"]["nawijz"]), nl(M["ontt"]["real"]),
                 vn_saldo(M["ontt"]["nawijz"], M["ontt"]["real"])]),
        ("grand", ["Resultaat na bestemming"] + r("result") + [vn_saldo(T["nawijz"]["result"], T["real"]["result"])]),
    ]
    p3, p5 = M["prog"][3], M["prog"][5]
    j = [x for x in p3["L"] if x["code"] == "6.72"][0]
    bijst = verschil([x for x in p3["L"] if x["code"] == "6.3"][0], "L")[0] - verschil([x for x in p3["B"] if x["code"] == "6.3"][0], "B")[0]
    au = [x for x in M["dekking"] if x["code"] == "0.7"][0]
    grex = verschil([x for x in p5["B"] if x["code"] == "8.2"][0], "B")[0] - verschil([x for x in p5["L"] if x["code"] == "8.2"][0], "L")[0]
    assert grex == 194112
    b.append(f"""<div class="pb"></div><h2>1. Het resultaat in één oogopslag</h2>
<p>Voor u liggen de jaarstukken 2025 van de gemeente {MUNI}. Het jaar 2025 sluit met een positief resultaat na
bestemming van € {nl(T['real']['result'])}. Het resultaat voor bestemming is € {nl(-T['real']['saldo'])} negatief;
per saldo is € {nl(M['ontt']['real'] - M['toev']['real'])} meer aan de reserves onttrokken dan eraan is
toegevoegd. Ten opzichte van de begroting na wijziging, die uitging van een resultaat van
€ {nl(T['nawijz']['result'])}, is de uitkomst € {nl(diff_res)} voordeliger. De primitieve begroting 2025 ging uit
van een resultaat van € {nl(T['prim']['result'])}.</p>
{jtable("Tabel 1.1 Resultaat 2025 (bedragen in €)", res_rows, ["Omschrijving", "Begroting 2025 primitief", "Begroting 2025 na wijziging", "Realisatie 2025", "Verschil"],
        "V = voordelig, N = nadelig ten opzichte van de begroting na wijziging.")}
<h3>Belangrijkste verschillen</h3>
<p>De grootste tegenvaller is de jeugdhulp: de lasten van maatwerkdienstverlening 18- waren € {nl(j['real'] - j['nawijz'])}
hoger dan begroot. Ook de bijstand viel per saldo € {nl(bijst)} nadelig uit. Daartegenover staan een hogere
algemene uitkering door de decembercirculaire (€ {nl(au['real'] - au['nawijz'])} voordelig) en een
grondexploitatie die per saldo € {nl(grex)} voordeliger uitviel door meer kavelverkopen in Lutterzijl-Zuid.
De lasten voor de Wmo (maatwerkdienstverlening 18+) bleven € 210.412 onder de begroting.</p>
<h3>Voorstel resultaatbestemming</h3>
<p>Wij stellen de raad voor het resultaat van € {nl(T['real']['result'])} als volgt te bestemmen: € 150.000
toevoegen aan de Reserve duurzaamheid om de isolatieaanpak in 2026 voort te zetten en het restant van
€ {nl(T['real']['result'] - 150000)} toevoegen aan de algemene reserve.</p>
<h3>Kerngegevens</h3>
<table style="width:70%"><caption>Tabel 1.2 Kerngegevens</caption>
<tr><th>Omschrijving</th><th>1-1-2025</th><th>31-12-2025</th></tr>
<tr><td>Aantal inwoners</td><td>31.870</td><td>32.014</td></tr>
<tr><td>Aantal woningen</td><td>13.642</td><td>13.746</td></tr>
<tr><td>Aantal huishoudens</td><td>13.395</td><td>13.512</td></tr>
<tr><td>Oppervlakte (ha)</td><td>8.412</td><td>8.412</td></tr></table>""")
    b.append(landscape())
    b.append('<div class="pb"></div><h2>3. Programmaverantwoording</h2>'
             f"<p class='small'>Per programma verantwoorden we wat we hebben bereikt, wat we daarvoor hebben gedaan en "
             f"wat het heeft gekost. Verschillen van € {nl(THRESHOLD)} of meer tussen de realisatie en de begroting "
             f"na wijziging worden toegelicht.</p>")
    for pnr, _ in PROGRAMMES:
        b.append(programme(pnr))
    # dekkingsmiddelen
    rows = [("hd", "Baten")]
    rows += [("row", [f"{x['code']} {esc(x['name'])}", nl(x["prim"]), nl(x["nawijz"]), nl(x["real"]), vn(x, "B")])
             for x in M["dekking"]]
    tot = {c: T[c]["dekking"] for c in ["prim", "nawijz", "real"]}
    rows.append(("tot", ["Totaal algemene dekkingsmiddelen", nl(tot["prim"]), nl(tot["nawijz"]), nl(tot["real"]),
                         vn(tot, "B")]))
    rows.append(("hd", "Lasten"))
    rows += [("row", [f"{x['code']} {esc(x['name'])}", nl(x["prim"]), nl(x["nawijz"]), nl(x["real"]), vn(x, "L")])
             for x in M["overig"]]
    ov = {c: T[c]["overig"] for c in ["prim", "nawijz", "real"]}
    rows.append(("tot", ["Totaal overhead en onvoorzien", nl(ov["prim"]), nl(ov["nawijz"]), nl(ov["real"]), vn(ov, "L")]))
    items = []
    for side, lst in (("B", M["dekking"]), ("L", M["overig"])):
        for x in lst:
            a, s = verschil(x, side)
            if a >= THRESHOLD:
                items.append(f"<p><b>{esc(x['code'])} {esc(x['name'])}: € {nl(a)} {'voordelig' if s == 'V' else 'nadelig'}</b><br>"
                             f"{esc(WHY25[(0, side, x['code'])])}</p>")
    b.append(f"""<div class="pb"></div><h2>4. Algemene dekkingsmiddelen, overhead en onvoorzien</h2>
{jtable("Tabel 4.1 Algemene dekkingsmiddelen, overhead en onvoorzien (bedragen in €)", rows, ["Omschrijving"] + HEADS4[1:], "V = voordelig, N = nadelig ten opzichte van de begroting na wijziging.")}
{"".join(items)}""")
    # reserves
    keys = ["stand0", "best24", "toev_real", "ontt_real", "stand_eind25"]
    rr = []
    for R in M["reserves"]:
        rr.append(("row", [esc(R["name"])] + [nl(R[k]) if R[k] else "-" for k in keys]))
    rr.append(("grand", ["Totaal reserves"] + [nl(sum(R[k] for R in M["reserves"])) for k in keys]))
    M["res_tot_e"] = {k: sum(R[k] for R in M["reserves"]) for k in keys}
    b.append(f"""<h2 style="margin-top:14pt">5. Reserves</h2>
<p>In 2025 is het resultaat over 2024 (€ {nl(RESULT_2024_EUR)}) conform het raadsbesluit toegevoegd aan de
algemene reserve. Het resultaat over 2025 is in de onderstaande standen nog niet verwerkt.</p>
{jtable("Tabel 5.1 Verloop van de reserves in 2025 (bedragen in €)", rr, ["Reserve", "Stand 1-1-2025", "Bestemming resultaat 2024", "Toevoegingen 2025", "Onttrekkingen 2025", "Stand 31-12-2025"])}
<p>De onttrekking aan de Reserve duurzaamheid is € {nl([R for R in M['reserves'] if R['name'] == 'Reserve duurzaamheid'][0]['ontt_real'])},
€ {nl([R for R in M['reserves'] if R['name'] == 'Reserve duurzaamheid'][0]['ontt_nawijz'] - [R for R in M['reserves'] if R['name'] == 'Reserve duurzaamheid'][0]['ontt_real'])}
minder dan begroot, omdat de uitgaven voor milieubeheer lager uitvielen.</p>""")
    # weerstand + kengetallen + investeringen
    alg = [R for R in M["reserves"] if R["kind"] == "algemeen"][0]["stand_eind25"]
    wc = [("Algemene reserve per 31-12-2025", alg), ("Resultaat 2025", T["real"]["result"]),
          ("Onbenutte belastingcapaciteit", 4291000)]
    wc.append(("Stille reserves (verkoopwaarde gronden en gebouwen)", WEERSTAND_R25["beschikbaar"] - sum(v for _, v in wc)))
    assert wc[-1][1] > 0
    M["stille_r25"] = wc[-1][1]
    wrows = [("row", [esc(n), nl(v)]) for n, v in wc]
    wrows.append(("tot", ["Beschikbare weerstandscapaciteit", nl(WEERSTAND_R25["beschikbaar"])]))
    wrows.append(("row", ["Benodigde weerstandscapaciteit", nl(WEERSTAND_R25["benodigd"])]))
    wrows.append(("grand", ["Ratio weerstandsvermogen", nl(M["ratio_r25"], 2)]))
    krows = [("row", [esc(n), f"{a}%", f"{r_}%"]) for n, a, r_ in KENGETALLEN_R25]
    irows = []
    for i in M["inv"]:
        irows.append(("row", [esc(i["name"]), str(i["prog"]), str(i["jaar"]), nl(i["krediet"]), nl(i["tm24"]) if i["tm24"] else "-",
                              nl(i["u25"]), nl(i["tm25"]), nl(i["restant"]), esc(i["status"])]))
    it = M["inv_tot"]
    irows.append(("grand", ["Totaal", "", "", nl(it["krediet"]), nl(it["tm24"]), nl(it["u25"]), nl(it["tm25"]), nl(it["restant"]), ""]))
    b.append(f"""<h2 style="margin-top:14pt">6. Weerstandsvermogen en financiële kengetallen</h2>
{jtable("Tabel 6.1 Weerstandsvermogen per 31-12-2025 (bedragen in €)", wrows, ["Onderdeel", "31-12-2025"])}
<p>De ratio weerstandsvermogen komt per 31 december 2025 uit op {nl(M['ratio_r25'], 2)} (klasse B, ruim voldoende).
Dat is hoger dan de {nl(M['ratio_b26'], 2)} waarmee in de begroting 2026 voor 2026 wordt gerekend, vooral door het
positieve resultaat en de hogere stand van de algemene reserve.</p>
{jtable("Tabel 6.2 Financiële kengetallen (in %)", krows, ["Kengetal", "Begroting 2025 (primitief)", "Realisatie 2025"])}
<p>De netto schuldquote is lager dan begroot, doordat minder is geleend: een deel van de investeringen in het IKC
Noord schuift door naar 2026.</p>
<h2 style="margin-top:12pt">7. Investeringen</h2>
<p>Het krediet voor het fietspad Lutterzijl - Heidevenne is met € 86.000 overschreden door extra kosten voor
grondverzet. Het krediet voor de ledverlichting is met € 6.000 overschreden. Beide kredieten worden afgesloten,
evenals het krediet voor de riolering Kerkstraat e.o. (restant € 198.000).</p>
{jtable("Tabel 7.1 Staat van lopende investeringskredieten (bedragen x € 1.000)", irows, ["Investering", "Progr.", "Besluit", "Krediet", "Uitgaven t/m 2024", "Uitgaven 2025", "Uitgaven t/m 2025", "Restant krediet", "<span style='float:left'>Status</span>"],
        "Bedragen x € 1.000. Een negatief restant is een overschrijding van het krediet.", cls="inv")}
""")
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<title>Jaarstukken 2025 - Gemeente {MUNI}</title><style>{CSS}</style></head><body>
{"".join(b)}</body></html>"""


if __name__ == "__main__":
    import sys
    open(sys.argv[1], "w", encoding="utf-8").write(html_doc())
    fi = [i for i in M["inv"] if i["name"].startswith("Fietspad")][0]
    assert fi["restant"] == -86
    print("res_tot", M["res_tot_e"], "stille", M["stille_r25"], "ratio", M["ratio_r25"])
