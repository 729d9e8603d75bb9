"""Generate the fictional 'Jaarrekening 2024' of Waterschap Tessemond as HTML and print it to PDF.

Writes tessemond-jaarrekening-2024.html beside this script and
../corpus/waterschap-tessemond-jaarrekening-2024.pdf (headless Chromium).
All figures are fictional; totals, saldi, balance and reserve movements are computed and asserted here.
"""
from __future__ import annotations

import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
HTML = HERE / "tessemond-jaarrekening-2024.html"
PDF = HERE.parent / "corpus" / "waterschap-tessemond-jaarrekening-2024.pdf"

COLS = ["Begroting 2024 primair", "Begroting 2024 na wijziging", "Rekening 2024"]


def nl(n: int) -> str:
    s = f"{abs(n):,}".replace(",", ".")
    return ("-" if n < 0 else "") + s


def par(n: int) -> str:
    """Negative numbers in parentheses, as in the programme tables."""
    s = f"{abs(n):,}".replace(",", ".")
    return f"({s})" if n < 0 else s


def dec(x: float, d: int = 1) -> str:
    s = f"{x:,.{d}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


# ------------------------------------------------------------------ programmes (x € 1.000)
PROG = [
    dict(nr=1, name="Waterveiligheid", lasten=[18420, 19105, 18731], baten=[1210, 1480, 1652]),
    dict(nr=2, name="Watersysteem", lasten=[42870, 44215, 45087], baten=[2305, 2705, 3118]),
    dict(nr=3, name="Zuiveringsbeheer", lasten=[51640, 52380, 50912], baten=[1940, 2020, 2486]),
    dict(nr=4, name="Bestuur, heffing en organisatie", lasten=[11815, 12240, 12662], baten=[745, 790, 1034]),
]
for p in PROG:
    p["saldo"] = [b - l for b, l in zip(p["baten"], p["lasten"])]

BELASTINGEN = [
    ("Watersysteemheffing ingezetenen", [24110, 24110, 24346]),
    ("Watersysteemheffing gebouwd", [33640, 33640, 34029]),
    ("Watersysteemheffing ongebouwd", [6870, 6870, 6812]),
    ("Watersysteemheffing natuurterreinen", [214, 214, 218]),
    ("Zuiveringsheffing huishoudens", [41986, 41986, 42410]),
    ("Zuiveringsheffing bedrijven", [11430, 11130, 10874]),
    ("Verontreinigingsheffing", [285, 285, 342]),
    ("Kwijtschelding en oninbaar", [-1410, -1410, -1562]),
]
DIVIDEND = [420, 420, 598]
ONVOORZIEN = [250, 100, 0]

RES_MUT = {  # reserve, (toevoeging per kolom), (onttrekking per kolom)
    "Algemene reserve watersysteem": ([0, 0, 0], [0, 1000, 1000]),
    "Tariefegalisatiereserve watersysteem": ([0, 0, 0], [400, 400, 400]),
    "Tariefegalisatiereserve zuiveringsbeheer": ([0, 0, 0], [850, 850, 850]),
    "Bestemmingsreserve dijkversterking": ([600, 600, 600], [600, 1520, 1120]),
    "Bestemmingsreserve innovatie en energie": ([0, 0, 0], [0, 430, 235]),
    "Bestemmingsreserve personeel en organisatie": ([0, 0, 0], [0, 200, 180]),
}
TOT_L = [sum(p["lasten"][c] for p in PROG) for c in range(3)]
TOT_B = [sum(p["baten"][c] for p in PROG) for c in range(3)]
TOT_BEL = [sum(v[c] for _, v in BELASTINGEN) for c in range(3)]
SALDO = [TOT_B[c] + TOT_BEL[c] + DIVIDEND[c] - TOT_L[c] - ONVOORZIEN[c] for c in range(3)]
TOEV = [sum(t[c] for t, _ in RES_MUT.values()) for c in range(3)]
ONTT = [sum(o[c] for _, o in RES_MUT.values()) for c in range(3)]
RESULT = [SALDO[c] - TOEV[c] + ONTT[c] for c in range(3)]
assert TOT_L == [124745, 127940, 127392] and TOT_B == [6200, 6995, 8290]
assert TOT_BEL == [117125, 116825, 117469]
assert SALDO == [-1250, -3800, -1035]
assert RESULT == [0, 0, 2150], RESULT
RESULT_2024 = RESULT[2]
RESULT_2023 = 1736


def vn_cost(nw: int, rek: int) -> tuple[int, str]:
    d = rek - nw
    return abs(d), ("" if d == 0 else ("N" if d > 0 else "V"))


def vn_rev(nw: int, rek: int) -> tuple[int, str]:
    d = rek - nw
    return abs(d), ("" if d == 0 else ("V" if d > 0 else "N"))


# deviations explained in prose: (amount x € 1.000, sign +1 = higher than budget)
EXPL = {
    1: dict(
        lasten=("De lasten vallen € 374.000 lager uit dan begroot. De versterking van de dijk Tessemond-Noord "
                "(traject Hoekerzijl-Vennegat) is later gestart dan gepland, waardoor € 296.000 minder aan "
                "voorbereidingskosten is uitgegeven. Daarnaast waren de kapitaallasten € 78.000 lager doordat "
                "investeringen later zijn geactiveerd.", [-296, -78]),
        baten=("De baten zijn € 172.000 hoger door een hogere subsidie uit het Hoogwaterbeschermingsprogramma (HWBP) "
               "voor de verkenning Vennegat.", [172]),
    ),
    2: dict(
        lasten=("De lasten vallen € 872.000 hoger uit door extra maaiwerk en kroosbestrijding na de natte zomer "
                "(€ 540.000) en hogere energiekosten van de gemalen door het grote aantal draaiuren (€ 418.000). "
                "De overige lasten waren per saldo € 86.000 lager.", [540, 418, -86]),
        baten=("De baten zijn € 413.000 hoger. De provincie heeft € 265.000 bijgedragen aan de vispassage Ruisdonk "
               "en de opbrengst uit verhuur en pacht van gronden was € 148.000 hoger dan begroot.", [265, 148]),
    ),
    3: dict(
        lasten=("De lasten vallen € 1.468.000 lager uit. De kosten van slibverwerking waren € 905.000 lager, waarvan "
                "€ 350.000 door de vrijval van de voorziening sanering slibverwerking RWZI Molenkamp en de rest door "
                "lagere tarieven na de nieuwe aanbesteding. De kosten van chemicaliën waren € 612.000 lager. "
                "Daartegenover staan € 49.000 hogere overige lasten.", [-905, -612, 49]),
        baten=("De baten zijn € 466.000 hoger door de verkoop van biogas en elektriciteit (€ 310.000 meer dan begroot) "
               "en de opbrengst van teruggewonnen struviet (€ 156.000).", [310, 156]),
    ),
    4: dict(
        lasten=("De lasten vallen € 422.000 hoger uit. Door vacatures bij ICT en de afdeling Heffing en invordering is "
                "€ 462.000 meer ingehuurd dan begroot en de licentiekosten waren € 120.000 hoger. De bestuurskosten "
                "waren € 160.000 lager.", [462, 120, -160]),
        baten=("De baten zijn € 244.000 hoger door meer opbrengst uit in rekening gebrachte invorderingskosten "
               "(aanmaningen en dwangbevelen).", [244]),
    ),
}
for p in PROG:
    e = EXPL[p["nr"]]
    assert sum(e["lasten"][1]) == p["lasten"][2] - p["lasten"][1], p["nr"]
    assert sum(e["baten"][1]) == p["baten"][2] - p["baten"][1], p["nr"]
    assert f"€ {nl(abs(p['lasten'][2] - p['lasten'][1]))}.000" in e["lasten"][0]
    assert f"€ {nl(abs(p['baten'][2] - p['baten'][1]))}.000" in e["baten"][0]

BEL_DIFF = TOT_BEL[2] - TOT_BEL[1]
assert BEL_DIFF == 644

# ------------------------------------------------------------------ reserves and provisions (x € 1.000)
RES_OPEN = {
    "Algemene reserve watersysteem": 6420, "Algemene reserve zuiveringsbeheer": 4885,
    "Tariefegalisatiereserve watersysteem": 3210, "Tariefegalisatiereserve zuiveringsbeheer": 5640,
    "Bestemmingsreserve dijkversterking": 4300, "Bestemmingsreserve innovatie en energie": 1150,
    "Bestemmingsreserve personeel en organisatie": 640,
}
RES_BEST_2023 = {"Algemene reserve watersysteem": 512, "Tariefegalisatiereserve watersysteem": 724,
                 "Tariefegalisatiereserve zuiveringsbeheer": 500}
assert sum(RES_BEST_2023.values()) == RESULT_2023
RES_ROWS = []
for name, opening in RES_OPEN.items():
    toev = RES_MUT.get(name, ([0, 0, 0], [0, 0, 0]))[0][2]
    ontt = RES_MUT.get(name, ([0, 0, 0], [0, 0, 0]))[1][2]
    best = RES_BEST_2023.get(name, 0)
    RES_ROWS.append((name, opening, best, toev, ontt, opening + best + toev - ontt))
RES_TOT = [sum(r[i] for r in RES_ROWS) for i in range(1, 6)]
assert RES_TOT[2] == TOEV[2] and RES_TOT[3] == ONTT[2]
GROUPS = {"Algemene reserves": "Algemene reserve", "Tariefegalisatiereserves": "Tariefegalisatiereserve",
          "Bestemmingsreserves": "Bestemmingsreserve"}


def group_sum(prefix: str, col: int) -> int:
    return sum(r[col] for r in RES_ROWS if r[0].startswith(prefix))


VOORZ = [  # naam, 1-1, toevoeging, aanwending, vrijval
    ("Voorziening pensioenen (gewezen) bestuurders", 4812, 318, 205, 0),
    ("Voorziening baggeronderhoud watergangen", 2450, 600, 812, 0),
    ("Voorziening groot onderhoud gemalen", 1980, 450, 388, 0),
    ("Voorziening sanering slibverwerking RWZI Molenkamp", 1200, 0, 0, 350),
]
VOORZ_ROWS = [(n, a, t, w, v, a + t - w - v) for n, a, t, w, v in VOORZ]
VOORZ_TOT = [sum(r[i] for r in VOORZ_ROWS) for i in range(1, 6)]

# ------------------------------------------------------------------ balance sheet (x € 1.000): [31-12-2024, 31-12-2023]
ACTIVA = [
    ("Vaste activa", None),
    ("Immateriële vaste activa", [1842, 2106]),
    ("Materiële vaste activa: investeringen met economisch nut", [48315, 46920]),
    ("Materiële vaste activa: investeringen in de openbare ruimte met maatschappelijk nut", [312480, 298745]),
    ("Financiële vaste activa: kapitaalverstrekkingen aan deelnemingen", [3210, 3210]),
    ("Financiële vaste activa: overige langlopende leningen", [1145, 1290]),
    ("Vlottende activa", None),
    ("Voorraden", [412, 388]),
    ("Vorderingen op openbare lichamen", [8905, 7644]),
    ("Overige vorderingen", [6338, 5912]),
    ("Liquide middelen", [1604, 2218]),
    ("Overlopende activa", [5226, 4871]),
]
VASTE_ACTIVA = [sum(v[i] for n, v in ACTIVA[1:6]) for i in range(2)]
VLOTTENDE_ACTIVA = [sum(v[i] for n, v in ACTIVA[7:]) for i in range(2)]
TOTAAL_ACTIVA = [VASTE_ACTIVA[i] + VLOTTENDE_ACTIVA[i] for i in range(2)]

ALG = [group_sum("Algemene reserve", 5), group_sum("Algemene reserve", 1)]
TER = [group_sum("Tariefegalisatiereserve", 5), group_sum("Tariefegalisatiereserve", 1)]
BR = [group_sum("Bestemmingsreserve", 5), group_sum("Bestemmingsreserve", 1)]
GEREAL = [RESULT_2024, RESULT_2023]
EV = [ALG[i] + TER[i] + BR[i] + GEREAL[i] for i in range(2)]
VOORZ_BAL = [VOORZ_TOT[4], VOORZ_TOT[0]]
VLOTTEND_SCHULD = [14812, 12960]
OVERLOPEND_P = [9405, 10118]
OPGENOMEN, AFGELOST = 35000, 18544
VASTE_SCHULD = [TOTAAL_ACTIVA[i] - EV[i] - VOORZ_BAL[i] - VLOTTEND_SCHULD[i] - OVERLOPEND_P[i] for i in range(2)]
assert VASTE_SCHULD[1] + OPGENOMEN - AFGELOST == VASTE_SCHULD[0], VASTE_SCHULD
VASTE_PASSIVA = [EV[i] + VOORZ_BAL[i] + VASTE_SCHULD[i] for i in range(2)]
TOTAAL_PASSIVA = [VASTE_PASSIVA[i] + VLOTTEND_SCHULD[i] + OVERLOPEND_P[i] for i in range(2)]
assert TOTAAL_ACTIVA == TOTAAL_PASSIVA
assert TOTAAL_ACTIVA == [389477, 373304] and EV == [26946, 27981] and VASTE_SCHULD == [328259, 311803]

# ------------------------------------------------------------------ personnel
PERS = [  # x € 1.000: begroting na wijziging, rekening
    ("Salarissen en sociale lasten", 36420, 36985),
    ("Inhuur personeel van derden", 3150, 4612),
    ("Opleidingen en ontwikkeling", 610, 548),
    ("Reis- en verblijfkosten", 420, 396),
    ("Overige personeelslasten", 815, 903),
]
PERS_TOT = (sum(r[1] for r in PERS), sum(r[2] for r in PERS))
assert PERS_TOT == (41415, 43444)
FTE = [  # omschrijving, 2024, 2023
    ("Formatie (begroot, in fte)", "412,6", "401,2"),
    ("Bezetting per 31 december (in fte)", "398,3", "387,9"),
    ("Aantal medewerkers per 31 december", "431", "419"),
    ("Gemiddelde inhuur (in fte)", "24,5", "19,0"),
    ("Gemiddelde leeftijd (jaren)", "46,8", "47,3"),
    ("Ziekteverzuim", "5,4%", "5,9%"),
]

# ------------------------------------------------------------------ WNT
WNT_MAX_2024, WNT_MAX_2023 = 233000, 223000
WNT = [
    dict(naam="A.C. de Wilde", functie="Secretaris-directeur", periode="01/01 - 31/08", fte="1,0",
         beloning=118406, termijn=19842, maximum=round(WNT_MAX_2024 * 1.0 * 244 / 366),
         vj=dict(periode="01/01 - 31/12", fte="1,0", beloning=171540, termijn=27310, maximum=WNT_MAX_2023)),
    dict(naam="M.J. Hoekstra-Tiel", functie="Secretaris-directeur", periode="01/09 - 31/12", fte="0,9",
         beloning=46318, termijn=7912, maximum=round(WNT_MAX_2024 * 0.9 * 122 / 366), vj=None),
]
assert [w["maximum"] for w in WNT] == [155333, 69900]
for w in WNT:
    w["subtotaal"] = w["beloning"] + w["termijn"]
    assert w["subtotaal"] <= w["maximum"]
    if w["vj"]:
        w["vj"]["subtotaal"] = w["vj"]["beloning"] + w["vj"]["termijn"]

# ================================================================== HTML


def table(caption: str, head: list[str], rows: list[list[str]], note: str | None = None,
          bold: set[int] | None = None, cls: str = "") -> str:
    bold = bold or set()
    out = [f'<table class="{cls}"><caption>{caption}</caption><thead><tr>']
    out += [f'<th{" class=num" if i else ""}>{h}</th>' for i, h in enumerate(head)]
    out.append("</tr></thead><tbody>")
    for ri, r in enumerate(rows):
        cl = ' class="b"' if ri in bold else ""
        out.append(f"<tr{cl}>" + "".join(
            f'<td{" class=num" if i else ""}>{c}</td>' for i, c in enumerate(r)) + "</tr>")
    out.append("</tbody></table>")
    if note:
        out.append(f'<p class="note">{note}</p>')
    return "\n".join(out)


def prog_table(p: dict) -> str:
    lv, lt = vn_cost(p["lasten"][1], p["lasten"][2])
    bv, bt = vn_rev(p["baten"][1], p["baten"][2])
    sv, st = vn_rev(p["saldo"][1], p["saldo"][2])
    rows = [
        ["Lasten"] + [nl(v) for v in p["lasten"]] + [nl(lv), lt],
        ["Baten"] + [nl(v) for v in p["baten"]] + [nl(bv), bt],
        ["Saldo programma"] + [par(v) for v in p["saldo"]] + [nl(sv), st],
    ]
    return table(f"Tabel 3.{2 * p['nr']} Lasten en baten programma {p['name']} (bedragen x € 1.000)",
                 [""] + COLS + ["Verschil", "V/N"], rows, bold={2})


PROG_TEXT = {
    1: ("Het waterschap beschermt het gebied tegen overstromingen vanuit zee, rivieren en meren. Wij beheren 86 km "
        "primaire waterkering en 212 km regionale waterkering.",
        [("Primaire waterkering die voldoet aan de wettelijke norm", "71 van 86 km (83%)"),
         ("Regionale keringen op orde", "198 van 212 km"),
         ("Uitgevoerde dijkinspecties", "2 (voorjaar en najaar)"),
         ("Calamiteitenoefeningen", "3")],
        "De verkenning voor de dijkversterking Vennegat is niet in 2024 afgerond; de afronding is doorgeschoven naar 2025."),
    2: ("Wij zorgen voor voldoende en schoon oppervlaktewater, voor boer, natuur en bewoner. Het watersysteem "
        "omvat 4.210 km watergangen en 168 gemalen.",
        [("Beschikbaarheid gemalen", "99,2% (norm 98%)"),
         ("Gebaggerde watergangen", "312 km (gepland 340 km)"),
         ("Gerealiseerde KRW-maatregelen", "14 van 18"),
         ("Meldingen wateroverlast", "1.126")],
        "De vispassage Ruisdonk is in oktober 2024 opgeleverd. Door de natte zomer draaiden de gemalen ruim 30% meer uren dan gemiddeld."),
    3: ("Wij zuiveren het afvalwater van huishoudens en bedrijven in 9 rioolwaterzuiveringsinstallaties (rwzi's) "
        "en winnen daarbij energie en grondstoffen terug.",
        [("Behandeld afvalwater", "58,4 miljoen m³"),
         ("Zuiveringsrendement stikstof", "83% (norm 75%)"),
         ("Zuiveringsrendement fosfaat", "87% (norm 80%)"),
         ("Mate van energiezelfvoorziening zuiveringen", "41%"),
         ("Overschrijdingen van lozingsnormen", "3")],
        "In 2024 is 38.200 ton slibkoek afgevoerd. De nieuwe slibverwerkingscontracten zijn per 1 april 2024 ingegaan."),
    4: ("Dit programma omvat het bestuur, de heffing en invordering van de waterschapsbelastingen en de "
        "bedrijfsvoering (ICT, huisvesting, personeel en financiën).",
        [("Opgelegde aanslagen", "612.400"),
         ("Verzoeken om kwijtschelding", "14.820"),
         ("Toegekende kwijtscheldingen", "11.306"),
         ("Ingediende bezwaarschriften", "2.145")],
        "De heffing en invordering is per 1 januari 2025 overgedragen aan het samenwerkingsverband Belastingen Tessemond-Oost."),
}


def programme_page(p: dict) -> str:
    intro, prest, extra = PROG_TEXT[p["nr"]]
    e = EXPL[p["nr"]]
    prow = [[a, b] for a, b in prest]
    return f"""
<section class="page">
<h2>3.{p['nr']} Programma {p['name']}</h2>
<h3>Wat wilden we bereiken?</h3>
<p>{intro}</p>
<h3>Wat hebben we daarvoor gedaan?</h3>
{table(f"Tabel 3.{2 * p['nr'] - 1} Prestaties {p['name']} 2024", ["Prestatie", "Realisatie 2024"], prow, cls="left")}
<p>{extra}</p>
<h3>Wat heeft het gekost?</h3>
{prog_table(p)}
<p class="note">V = voordelig verschil, N = nadelig verschil ten opzichte van de begroting na wijziging.</p>
<h4>Toelichting op de afwijkingen</h4>
<p><strong>Lasten.</strong> {e['lasten'][0]}</p>
<p><strong>Baten.</strong> {e['baten'][0]}</p>
</section>"""


def overzicht_page() -> str:
    rows, bold = [], set()

    def add(label, vals, kind, fmt=nl, b=False):
        if kind == "cost":
            d, t = vn_cost(vals[1], vals[2])
        elif kind == "rev":
            d, t = vn_rev(vals[1], vals[2])
        else:
            d, t = None, ""
        if b:
            bold.add(len(rows))
        rows.append([label] + [fmt(v) for v in vals] + ([nl(d)] if d is not None else [""]) + [t])

    rows.append(["<em>Lasten</em>", "", "", "", "", ""])
    for p in PROG:
        add(f"Programma {p['name']}", p["lasten"], "cost")
    add("Onvoorzien", ONVOORZIEN, "cost")
    add("Totaal lasten", [TOT_L[c] + ONVOORZIEN[c] for c in range(3)], "cost", b=True)
    rows.append(["<em>Baten</em>", "", "", "", "", ""])
    for p in PROG:
        add(f"Programma {p['name']}", p["baten"], "rev")
    for n, v in BELASTINGEN:
        add(n, v, "rev", fmt=par)
    add("Dividend en rente deelnemingen", DIVIDEND, "rev")
    add("Totaal baten", [TOT_B[c] + TOT_BEL[c] + DIVIDEND[c] for c in range(3)], "rev", b=True)
    add("Saldo van baten en lasten", SALDO, "rev", fmt=par, b=True)
    add("Toevoegingen aan reserves", TOEV, "cost")
    add("Onttrekkingen aan reserves", ONTT, "rev")
    add("Gerealiseerd resultaat", RESULT, "rev", fmt=par, b=True)
    tab = table("Tabel 2.2 Overzicht van baten en lasten 2024 (bedragen x € 1.000)",
                [""] + COLS + ["Verschil", "V/N"], rows, bold=bold, cls="wide")
    return f"""
<section class="page landscape">
<h2>2.2 Overzicht van baten en lasten</h2>
{tab}
<p class="note">Verschil = Rekening 2024 ten opzichte van Begroting 2024 na wijziging. V = voordelig, N = nadelig.
Negatieve bedragen staan tussen haakjes.</p>
<p>De belastingopbrengsten (na kwijtschelding en oninbaar) zijn € {nl(BEL_DIFF)}.000 hoger dan begroot. De
watersysteemheffing gebouwd leverde € 389.000 meer op door hogere WOZ-waarden en de zuiveringsheffing huishoudens
€ 424.000 meer door een groter aantal vervuilingseenheden. De zuiveringsheffing bedrijven bleef € 256.000 achter
doordat twee grote industriële lozers minder hebben geloosd. Aan kwijtschelding en oninbaar is € 152.000 meer
afgeboekt dan begroot.</p>
</section>"""


def reserves_page() -> str:
    rows = [[r[0]] + [nl(v) for v in r[1:]] for r in RES_ROWS]
    rows.append(["Totaal reserves"] + [nl(v) for v in RES_TOT])
    t1 = table("Tabel 5.1 Staat van reserves (bedragen x € 1.000)",
               ["Reserve", "Saldo 1-1-2024", "Bestemming resultaat 2023", "Toevoegingen", "Onttrekkingen",
                "Saldo 31-12-2024"], rows, bold={len(rows) - 1})
    vrows = [[r[0]] + [nl(v) for v in r[1:]] for r in VOORZ_ROWS]
    vrows.append(["Totaal voorzieningen"] + [nl(v) for v in VOORZ_TOT])
    t2 = table("Tabel 5.2 Staat van voorzieningen (bedragen x € 1.000)",
               ["Voorziening", "Saldo 1-1-2024", "Toevoegingen", "Aanwendingen", "Vrijval", "Saldo 31-12-2024"],
               vrows, bold={len(vrows) - 1})
    return f"""
<section class="page">
<h2>5. Reserves en voorzieningen</h2>
<p>Het algemeen bestuur heeft op 26 juni 2024 besloten het resultaat 2023 van € {nl(RESULT_2023)}.000 toe te voegen aan de
algemene reserve watersysteem (€ 512.000), de tariefegalisatiereserve watersysteem (€ 724.000) en de
tariefegalisatiereserve zuiveringsbeheer (€ 500.000).</p>
{t1}
<p>De onttrekking van € 1.000.000 aan de algemene reserve watersysteem is bij de najaarsnota 2024 besloten om de extra
kosten van maaiwerk en gemalen op te vangen. Uit de bestemmingsreserve dijkversterking is € 1.120.000 onttrokken
voor de eigen bijdrage aan het Hoogwaterbeschermingsprogramma; begroot was € 1.520.000.</p>
{t2}
<p>De vrijval van € 350.000 van de voorziening sanering slibverwerking RWZI Molenkamp is verantwoord als lagere lasten in
het programma Zuiveringsbeheer. De voorziening voor pensioenen van (gewezen) bestuurders is gebaseerd op een
actuariële berekening met een rekenrente van 2,6%.</p>
</section>"""


def balans_page() -> str:
    rows, bold = [], set()
    for n, v in ACTIVA:
        if v is None:
            bold.add(len(rows))
            rows.append([n, "", ""])
        else:
            rows.append([n, nl(v[0]), nl(v[1])])
        if n == "Financiële vaste activa: overige langlopende leningen":
            bold.add(len(rows))
            rows.append(["Totaal vaste activa", nl(VASTE_ACTIVA[0]), nl(VASTE_ACTIVA[1])])
    bold.add(len(rows))
    rows.append(["Totaal vlottende activa", nl(VLOTTENDE_ACTIVA[0]), nl(VLOTTENDE_ACTIVA[1])])
    bold.add(len(rows))
    rows.append(["Totaal activa", nl(TOTAAL_ACTIVA[0]), nl(TOTAAL_ACTIVA[1])])
    t1 = table("Tabel 4.1 Balans per 31 december: activa (bedragen x € 1.000)", ["Activa", "31-12-2024", "31-12-2023"],
               rows, bold=bold)
    prow = [
        ["Vaste passiva", "", ""],
        ["Eigen vermogen: algemene reserves", nl(ALG[0]), nl(ALG[1])],
        ["Eigen vermogen: tariefegalisatiereserves", nl(TER[0]), nl(TER[1])],
        ["Eigen vermogen: bestemmingsreserves", nl(BR[0]), nl(BR[1])],
        ["Eigen vermogen: gerealiseerd resultaat", nl(GEREAL[0]), nl(GEREAL[1])],
        ["Totaal eigen vermogen", nl(EV[0]), nl(EV[1])],
        ["Voorzieningen", nl(VOORZ_BAL[0]), nl(VOORZ_BAL[1])],
        ["Vaste schulden met een rentetypische looptijd van één jaar of langer", nl(VASTE_SCHULD[0]), nl(VASTE_SCHULD[1])],
        ["Totaal vaste passiva", nl(VASTE_PASSIVA[0]), nl(VASTE_PASSIVA[1])],
        ["Vlottende passiva", "", ""],
        ["Netto-vlottende schulden met een rentetypische looptijd korter dan één jaar", nl(VLOTTEND_SCHULD[0]), nl(VLOTTEND_SCHULD[1])],
        ["Overlopende passiva", nl(OVERLOPEND_P[0]), nl(OVERLOPEND_P[1])],
        ["Totaal vlottende passiva", nl(VLOTTEND_SCHULD[0] + OVERLOPEND_P[0]), nl(VLOTTEND_SCHULD[1] + OVERLOPEND_P[1])],
        ["Totaal passiva", nl(TOTAAL_PASSIVA[0]), nl(TOTAAL_PASSIVA[1])],
    ]
    t2 = table("Tabel 4.2 Balans per 31 december: passiva (bedragen x € 1.000)", ["Passiva", "31-12-2024", "31-12-2023"],
               prow, bold={0, 5, 8, 9, 12, 13})
    return f"""
<section class="page">
<h2>4. Balans per 31 december 2024</h2>
{t1}
{t2}
<p>In 2024 zijn twee nieuwe langlopende leningen aangetrokken bij de Nederlandse Waterschapsbank van in totaal
€ {nl(OPGENOMEN)}.000. Op de bestaande leningen is € {nl(AFGELOST)}.000 afgelost. Het balanstotaal steeg met
€ {nl(TOTAAL_ACTIVA[0] - TOTAAL_ACTIVA[1])}.000, vooral door investeringen in dijken, gemalen en zuiveringen.</p>
</section>"""


def personeel_page() -> str:
    rows = [[n, nl(b), nl(r), nl(r - b)] for n, b, r in PERS]
    rows.append(["Totaal personeelslasten", nl(PERS_TOT[0]), nl(PERS_TOT[1]), nl(PERS_TOT[1] - PERS_TOT[0])])
    t1 = table("Tabel 6.1 Personeelslasten 2024 (bedragen x € 1.000)",
               ["Kostensoort", "Begroting 2024 na wijziging", "Rekening 2024", "Verschil"], rows, bold={len(rows) - 1},
               note="Verschil = rekening min begroting; een positief verschil betekent hogere lasten dan begroot.")
    t2 = table("Tabel 6.2 Formatie, bezetting en verzuim", ["", "2024", "2023"], [list(r) for r in FTE])
    return f"""
<section class="page">
<h2>6. Personeel</h2>
<p>De personeelslasten waren in 2024 € {nl(PERS_TOT[1] - PERS_TOT[0])}.000 hoger dan begroot. Dit komt vooral door de
inhuur van personeel van derden voor vacatures die lastig te vervullen waren, met name bij ICT, heffing en
invordering en het technisch beheer van de zuiveringen. De cao Waterschappen leidde per 1 juli 2024 tot een
loonstijging van 3,5%.</p>
{t1}
{t2}
<p>Eind 2024 stonden 27 vacatures open. Het ziekteverzuim daalde van 5,9% naar 5,4% en ligt daarmee onder het
gemiddelde van de waterschappen (5,8%).</p>
</section>"""


def wnt_page() -> str:
    a, b = WNT
    e = lambda n: "€ " + nl(n)  # noqa: E731
    rows = [
        ["Functiegegevens", a["functie"], b["functie"]],
        ["Aanvang en einde functievervulling in 2024", a["periode"], b["periode"]],
        ["Omvang dienstverband (als deeltijdfactor in fte)", a["fte"], b["fte"]],
        ["Dienstbetrekking?", "ja", "ja"],
        ["Bezoldiging", "", ""],
        ["Beloning plus belastbare onkostenvergoedingen", e(a["beloning"]), e(b["beloning"])],
        ["Beloningen betaalbaar op termijn", e(a["termijn"]), e(b["termijn"])],
        ["Subtotaal", e(a["subtotaal"]), e(b["subtotaal"])],
        ["Individueel toepasselijk bezoldigingsmaximum", e(a["maximum"]), e(b["maximum"])],
        ["-/- Onverschuldigd betaald en nog niet terugontvangen bedrag", "N.v.t.", "N.v.t."],
        ["Bezoldiging", e(a["subtotaal"]), e(b["subtotaal"])],
        ["Reden waarom de overschrijding al dan niet is toegestaan", "N.v.t.", "N.v.t."],
        ["Gegevens 2023", "", ""],
        ["Aanvang en einde functievervulling in 2023", a["vj"]["periode"], "-"],
        ["Omvang dienstverband (als deeltijdfactor in fte)", a["vj"]["fte"], "-"],
        ["Beloning plus belastbare onkostenvergoedingen", e(a["vj"]["beloning"]), "-"],
        ["Beloningen betaalbaar op termijn", e(a["vj"]["termijn"]), "-"],
        ["Subtotaal", e(a["vj"]["subtotaal"]), "-"],
        ["Individueel toepasselijk bezoldigingsmaximum", e(a["vj"]["maximum"]), "-"],
        ["Bezoldiging", e(a["vj"]["subtotaal"]), "-"],
    ]
    t = table("Tabel 7.1 Leidinggevende topfunctionarissen met dienstbetrekking (bedragen in euro's)",
              ["Bedragen x € 1", a["naam"], b["naam"]], rows, bold={4, 10, 12}, cls="wnt")
    return f"""
<section class="page">
<h2>7. Wet normering topinkomens (WNT)</h2>
<p>De WNT is van toepassing op Waterschap Tessemond. Het voor Waterschap Tessemond toepasselijke
bezoldigingsmaximum is in 2024 € {nl(WNT_MAX_2024)} (algemeen bezoldigingsmaximum; 2023: € {nl(WNT_MAX_2023)}).
Het individueel toepasselijke maximum wordt naar rato van de duur en omvang van het dienstverband berekend.</p>
<p>Per 1 september 2024 is mevrouw A.C. de Wilde met pensioen gegaan. Zij is opgevolgd door mevrouw M.J. Hoekstra-Tiel,
die 0,9 fte in dienst is.</p>
{t}
<p>Politieke ambtsdragers (de dijkgraaf en de leden van het dagelijks bestuur) vallen niet onder de WNT. Er zijn in 2024
geen andere functionarissen met een bezoldiging boven het individueel toepasselijke drempelbedrag, en er zijn geen
ontslaguitkeringen aan topfunctionarissen betaald.</p>
</section>"""


CSS = """
@page { size: A4 portrait; margin: 18mm 16mm 18mm 16mm;
  @bottom-right { content: "Jaarrekening 2024 Waterschap Tessemond  |  " counter(page); font-size: 8pt; color: #666; } }
@page wide { size: A4 landscape; margin: 12mm 14mm 14mm 14mm; }
@page :first { @bottom-right { content: none; } }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #15253a; }
.page { break-after: page; }
.landscape { page: wide; }
h1 { font-size: 28pt; color: #0d4f8b; margin-top: 60mm; }
h2 { font-size: 15pt; color: #0d4f8b; border-bottom: 2px solid #0d4f8b; padding-bottom: 2pt; }
h3 { font-size: 11.5pt; color: #0d4f8b; margin-bottom: 3pt; }
h4 { font-size: 10.5pt; margin-bottom: 2pt; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0; font-size: 9pt; }
caption { text-align: left; font-weight: bold; padding-bottom: 3pt; }
th { background: #dce8f4; text-align: left; padding: 3pt 4pt; }
td { padding: 2pt 4pt; border-bottom: 0.5pt solid #b7c7d6; }
.num { text-align: right; white-space: nowrap; }
tr.b td { font-weight: bold; }
.note { font-size: 8.5pt; color: #444; }
table.left .num { text-align: left; }
table.wnt td.num { text-align: right; }
table.wide { font-size: 8.4pt; }
table.wide td { padding: 1.2pt 4pt; }
.landscape h2 { margin: 0 0 4pt 0; }
.cover { text-align: left; }
.cover .sub { font-size: 14pt; }
.toc td { border: none; }
"""


def build() -> str:
    kern = table("Tabel 1.1 Kerncijfers", ["", "2024", "2023"], [
        ["Oppervlakte beheergebied (ha)", "148.600", "148.600"],
        ["Inwoners in het beheergebied", "428.000", "425.300"],
        ["Primaire waterkeringen (km)", "86", "86"],
        ["Watergangen (km)", "4.210", "4.205"],
        ["Gemalen (aantal)", "168", "167"],
        ["Rioolwaterzuiveringsinstallaties (aantal)", "9", "9"],
        ["Gerealiseerd resultaat (x € 1.000)", nl(RESULT_2024), nl(RESULT_2023)],
        ["Balanstotaal (x € 1.000)", nl(TOTAAL_ACTIVA[0]), nl(TOTAAL_ACTIVA[1])],
        ["Eigen vermogen (x € 1.000)", nl(EV[0]), nl(EV[1])],
        ["Bezetting (fte per 31 december)", "398,3", "387,9"],
    ], cls="left2")
    tar = table("Tabel 1.2 Belastingtarieven 2024", ["Heffing", "Grondslag", "Tarief 2024", "Tarief 2023"], [
        ["Watersysteemheffing ingezetenen", "per huishouden", "€ 138,42", "€ 129,06"],
        ["Watersysteemheffing gebouwd", "% van de WOZ-waarde", "0,0312%", "0,0305%"],
        ["Watersysteemheffing ongebouwd", "per hectare", "€ 98,16", "€ 92,40"],
        ["Watersysteemheffing natuurterreinen", "per hectare", "€ 5,42", "€ 5,10"],
        ["Zuiveringsheffing", "per vervuilingseenheid", "€ 71,86", "€ 67,22"],
    ], cls="left")
    res_split = table("Tabel 2.1 Resultaat 2024 naar taak (bedragen x € 1.000)", ["Taak", "Resultaat 2024"], [
        ["Watersysteembeheer", "612"], ["Zuiveringsbeheer", "1.538"], ["Totaal", nl(RESULT_2024)]], bold={2})
    assert 612 + 1538 == RESULT_2024
    html = f"""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Jaarrekening 2024 Waterschap Tessemond</title>
<style>{CSS}</style></head><body>

<section class="page cover">
<h1>Jaarrekening 2024</h1>
<p class="sub">Waterschap Tessemond</p>
<p>Vastgesteld door het algemeen bestuur op 25 juni 2025</p>
<p>Waterschap Tessemond &middot; Postbus 412 &middot; 8260 AK Hoekerzijl &middot; www.tessemond.nl</p>
</section>

<section class="page">
<h2>Inhoud</h2>
<table class="toc"><tbody>
<tr><td>1. Inleiding en kerncijfers</td><td class="num">3</td></tr>
<tr><td>2. Resultaat 2024 en overzicht van baten en lasten</td><td class="num">4</td></tr>
<tr><td>3. Programmaverantwoording</td><td class="num">6</td></tr>
<tr><td>4. Balans per 31 december 2024</td><td class="num">10</td></tr>
<tr><td>5. Reserves en voorzieningen</td><td class="num">11</td></tr>
<tr><td>6. Personeel</td><td class="num">12</td></tr>
<tr><td>7. Wet normering topinkomens (WNT)</td><td class="num">13</td></tr>
<tr><td>8. Voorstel resultaatbestemming</td><td class="num">14</td></tr>
</tbody></table>
<h2>Voorwoord</h2>
<p>2024 was voor Waterschap Tessemond een nat jaar. Na een zeer natte winter volgde een zomer met veel neerslag,
waardoor onze gemalen ruim 30% meer uren draaiden dan gemiddeld en het maaiwerk in de watergangen moest worden
uitgebreid. Tegelijkertijd zijn de kosten van de zuivering lager uitgevallen door een succesvolle aanbesteding van
de slibverwerking.</p>
<p>Het jaar sluit met een positief resultaat van € 2.150.000. Wij stellen voor dit resultaat toe te voegen aan de
tariefegalisatiereserves, zodat de tariefstijging in 2026 kan worden beperkt.</p>
<p>Namens het dagelijks bestuur,<br>ir. H.G. Ruiterman, dijkgraaf<br>mr. M.J. Hoekstra-Tiel, secretaris-directeur</p>
</section>

<section class="page">
<h2>1. Inleiding en kerncijfers</h2>
<p>Waterschap Tessemond zorgt in een gebied van 148.600 hectare voor veilige dijken, voldoende en schoon water en
de zuivering van afvalwater. Het waterschap werkt met vier programma's: Waterveiligheid, Watersysteem,
Zuiveringsbeheer en Bestuur, heffing en organisatie. Deze jaarrekening is opgesteld volgens het Waterschapsbesluit.</p>
{kern}
{tar}
</section>

<section class="page">
<h2>2.1 Resultaat 2024</h2>
<p>De jaarrekening 2024 sluit met een gerealiseerd resultaat van € {nl(RESULT_2024)}.000 voordelig. De begroting
2024 na wijziging ging uit van een sluitend resultaat (€ 0). Het saldo van baten en lasten voor
reservemutaties bedraagt € {nl(abs(SALDO[2]))}.000 nadelig, tegen een begroot nadelig saldo van
€ {nl(abs(SALDO[1]))}.000.</p>
<p>De belangrijkste oorzaken van het voordelige resultaat zijn de lagere lasten van het programma Zuiveringsbeheer
(€ 1.468.000), de hogere baten in alle programma's (samen € {nl(TOT_B[2] - TOT_B[1])}.000) en de hogere
belastingopbrengsten (€ {nl(BEL_DIFF)}.000). Daartegenover staan hogere lasten bij de programma's Watersysteem
(€ 872.000) en Bestuur, heffing en organisatie (€ 422.000) en een lagere onttrekking aan de reserves.</p>
{res_split}
</section>

{overzicht_page()}

{''.join(programme_page(p) for p in PROG)}

{balans_page()}

{reserves_page()}

{personeel_page()}

{wnt_page()}

<section>
<h2>8. Voorstel resultaatbestemming</h2>
<p>Het dagelijks bestuur stelt het algemeen bestuur voor het gerealiseerde resultaat 2024 van € {nl(RESULT_2024)}.000 als
volgt te bestemmen:</p>
<ul>
<li>€ 612.000 toevoegen aan de tariefegalisatiereserve watersysteem;</li>
<li>€ 1.538.000 toevoegen aan de tariefegalisatiereserve zuiveringsbeheer.</li>
</ul>
<p>Na deze bestemming bedraagt de tariefegalisatiereserve watersysteem € {nl(group_sum('Tariefegalisatiereserve watersysteem', 5) + 612)}.000
en de tariefegalisatiereserve zuiveringsbeheer € {nl(group_sum('Tariefegalisatiereserve zuiveringsbeheer', 5) + 1538)}.000.</p>
</section>
</body></html>
"""
    return html


if __name__ == "__main__":
    HTML.write_text(build(), encoding="utf-8")
    PDF.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={PDF}", HTML.as_uri()], check=True, capture_output=True)
    print("wrote", HTML, PDF)
    print("saldo", SALDO, "toev", TOEV, "ontt", ONTT, "result", RESULT)
    print("res", RES_ROWS, RES_TOT)
    print("voorz", VOORZ_ROWS, VOORZ_TOT)
    print("EV", EV, "ALG TER BR", ALG, TER, BR, "tot", TOTAAL_ACTIVA, "vaste schuld", VASTE_SCHULD)
