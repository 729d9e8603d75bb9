"""Generate corpus/heggenwolde-najaarsnota-2026.pdf (fictional municipality Heggenwolde).

Najaarsnota 2026 (tweede tussenrapportage): programme tables with three budget versions
(primitieve begroting, actuele begroting, prognose) and an afwijking column with V/N, the
programme "Sociaal domein" split over two pages with its header repeated, a landscape
investment page, reserves in whole euros with withdrawals in parentheses, local taxes,
kengetallen, weerstandsvermogen and beleidsindicatoren.

Run: python3 gen_heggenwolde.py            (writes the PDF)
     python3 gen_heggenwolde.py --cells    (prints the registry of printed cells)
"""
import sys
from common import Registry, check, nl, paren, slash, umin, render

DOC = "heggenwolde-najaarsnota-2026"
PDF = DOC + ".pdf"
REG = Registry(DOC)
K = " (x € 1.000)"

# ---------------------------------------------------------------------------------------
# Figures. Taakvelden per programme, x EUR 1.000:
# (code, name, lasten primitief, lasten actueel, lasten prognose, baten prim, act, prog)
PROGRAMMES = [
 ("1", "Bestuur en veiligheid", [
  ("0.1", "Bestuur", 3412, 3498, 3561, 12, 12, 12),
  ("0.2", "Burgerzaken", 1874, 1874, 1952, 903, 903, 1046),
  ("1.1", "Crisisbeheersing en brandweer", 3287, 3341, 3341, 0, 0, 0),
  ("1.2", "Openbare orde en veiligheid", 1126, 1206, 1179, 64, 64, 71),
 ]),
 ("2", "Openbare ruimte en mobiliteit", [
  ("2.1", "Verkeer en vervoer", 6842, 7115, 7402, 318, 318, 296),
  ("2.2", "Parkeren", 214, 214, 209, 486, 486, 412),
  ("5.7", "Openbaar groen en (openlucht) recreatie", 3976, 4102, 4188, 41, 41, 41),
  ("7.2", "Riolering", 4318, 4318, 4151, 5062, 5062, 5093),
  ("7.3", "Afval", 5487, 5487, 5918, 6134, 6134, 6097),
  ("7.4", "Milieubeheer", 1402, 1538, 1517, 88, 88, 88),
 ]),
 ("3", "Economie, ruimte en wonen", [
  ("3.1", "Economische ontwikkeling", 612, 648, 601, 18, 18, 18),
  ("3.4", "Economische promotie", 287, 287, 287, 356, 356, 402),
  ("8.1", "Ruimtelijke ordening", 1742, 2016, 2184, 245, 245, 311),
  ("8.2", "Grondexploitatie (niet-bedrijventerreinen)", 3850, 3850, 2615, 4210, 4210, 2883),
  ("8.3", "Wonen en bouwen", 2968, 3104, 3147, 1612, 1612, 1386),
 ]),
 ("4", "Onderwijs, sport en cultuur", [
  ("4.2", "Onderwijshuisvesting", 3514, 3514, 3488, 92, 92, 92),
  ("4.3", "Onderwijsbeleid en leerlingzaken", 2641, 2803, 2947, 716, 878, 878),
  ("5.1", "Sportbeleid en activering", 714, 714, 726, 22, 22, 22),
  ("5.2", "Sportaccommodaties", 3208, 3271, 3355, 1147, 1147, 1161),
  ("5.3", "Cultuurpresentatie, -productie en -participatie", 1389, 1419, 1419, 84, 84, 84),
  ("5.6", "Media", 1156, 1156, 1156, 0, 0, 0),
 ]),
 ("5", "Sociaal domein", [
  ("6.1", "Samenkracht en burgerparticipatie", 3927, 4014, 3968, 214, 214, 214),
  ("6.2", "Toegang en eerstelijnsvoorzieningen", 4388, 4516, 4602, 0, 0, 0),
  ("6.3", "Inkomensregelingen", 14276, 14502, 14931, 10918, 11104, 11487),
  ("6.4", "Begeleide participatie", 4102, 4102, 4057, 0, 0, 0),
  ("6.5", "Arbeidsparticipatie", 1834, 1834, 1762, 36, 36, 36),
  ("6.6", "Maatwerkvoorzieningen (Wmo)", 2186, 2186, 2341, 38, 38, 38),
  ("6.71", "Maatwerkdienstverlening 18+", 8743, 9013, 9412, 512, 512, 539),
  ("6.72", "Maatwerkdienstverlening 18-", 10468, 10968, 11806, 0, 0, 0),
  ("6.81", "Geëscaleerde zorg 18+", 1268, 1268, 1244, 0, 0, 0),
  ("6.82", "Geëscaleerde zorg 18-", 2017, 2017, 2226, 0, 0, 0),
  ("7.1", "Volksgezondheid", 2742, 2788, 2788, 0, 0, 0),
 ]),
 ("6", "Algemene dekkingsmiddelen en overhead", [
  ("0.4", "Overhead", 14612, 14908, 15164, 318, 318, 344),
  ("0.5", "Treasury", 1046, 1046, 912, 1384, 1384, 1476),
  ("0.61", "OZB woningen", 412, 412, 412, 6874, 6874, 6931),
  ("0.62", "OZB niet-woningen", 186, 186, 186, 3842, 3842, 3798),
  ("0.64", "Belastingen overig", 0, 0, 0, 412, 412, 437),
  ("0.7", "Algemene uitkering en overige uitkeringen gemeentefonds", 0, 0, 0, 78816, 80342, 81103),
  ("0.8", "Overige baten en lasten (onvoorzien)", 350, 218, 0, 0, 0, 0),
  ("0.9", "Vennootschapsbelasting (Vpb)", 15, 15, 15, 0, 0, 0),
 ]),
]
VERS = ["Primitieve begroting 2026", "Actuele begroting 2026", "Prognose 2026"]

# Reserves, whole euros: (name, stand 1-1-2026, toevoegingen 2026, onttrekkingen 2026)
RESERVES = [
    ("Algemene reserve", 14862415, 0, 1250000),
    ("Reserve sociaal domein", 3486200, 0, 1150000),
    ("Reserve onderhoud gemeentelijke gebouwen", 2174860, 612000, 845300),
    ("Reserve dekking kapitaallasten", 9318744, 0, 486210),
    ("Reserve grondexploitatie", 1905000, 268000, 0),
    ("Reserve Omgevingswet en ruimtelijke ontwikkeling", 642500, 0, 318000),
    ("Reserve duurzaamheid", 1210000, 250000, 410650),
    ("Reserve egalisatie afvalstoffenheffing", 386120, 0, 0),
]
# mutaties reserves (taakveld 0.10) per version, x EUR 1.000
RES_TOEV = [862, 1130, None]      # prognose from the reserves table
RES_ONTT = [2891, 3846, None]
# changes 1e tussenrapportage in onttrekkingen etc. are in RES_* above

# Investments, whole euros: (nr, name, taakveld, krediet, uitgaven t/m 2025, prognose 2026, status, note)
INVEST = [
    ("2023-04", "Vervanging kunstgrasveld sportpark De Hoge Kamp", "5.2", 780000, 0, 742600, "gereed", ""),
    ("2024-11", "Reconstructie Stationsweg fase 2", "2.1", 3450000, 1215480, 1860000, "in uitvoering", ""),
    ("2024-15", "Vervanging riolering Molenbuurt", "7.2", 2180000, 412300, 1340000, "in uitvoering", ""),
    ("2025-02", "Uitbreiding IKC De Vlonder", "4.2", 6900000, 585000, 2450000, "in uitvoering", "²"),
    ("2025-07", "Vervanging openbare verlichting (LED)", "2.1", 1120000, 318750, 540000, "in uitvoering", ""),
    ("2025-09", "Herinrichting speelvoorzieningen", "5.7", 410000, 96400, 210000, "in uitvoering", ""),
    ("2026-01", "Aanschaf voertuigen buitendienst", "0.4", 765000, 0, 688500, "gereed", ""),
    ("2026-03", "Verduurzaming gemeentehuis", "0.4", 1650000, 0, 225000, "voorbereiding", ""),
    ("2026-05", "Ondergrondse afvalcontainers centrum", "7.3", 540000, 0, 0, "vertraagd", "³"),
]


def prog_totals(rows):
    return [sum(r[i] for r in rows) for i in range(2, 8)]


def compute():
    tot = [0] * 6
    per = {}
    for code, name, rows in PROGRAMMES:
        s = prog_totals(rows)
        per[code] = s
        tot = [a + b for a, b in zip(tot, s)]
    res_toev = sum(r[2] for r in RESERVES)
    res_ontt = sum(r[3] for r in RESERVES)
    toev = RES_TOEV[:2] + [round(res_toev / 1000)]
    ontt = RES_ONTT[:2] + [round(res_ontt / 1000)]
    saldo = [tot[3 + i] - tot[i] for i in range(3)]
    result = [saldo[i] - toev[i] + ontt[i] for i in range(3)]
    return per, tot, saldo, toev, ontt, result


PER, TOT, SALDO, TOEV, ONTT, RESULT = compute()
check(RESULT == [412, 96, -1043], f"results {RESULT}")

# Table 2.1 Verloop begrotingssaldo 2026
WIJZ_1E = RESULT[1] - RESULT[0]                       # -316
PROG_EFFECT = {c: (PER[c][5] - PER[c][2]) - (PER[c][4] - PER[c][1]) for c in PER}
RES_EFFECT = (ONTT[2] - ONTT[1]) - (TOEV[2] - TOEV[1])
TOTAL_EFFECT = sum(PROG_EFFECT.values()) + RES_EFFECT
check(RESULT[1] + TOTAL_EFFECT == RESULT[2], "table 2.1 does not add up")

# Table 2.4 meerjarig perspectief (x EUR 1.000), 2026-2029


def tv(code):
    for _, _, rows in PROGRAMMES:
        for r in rows:
            if r[0] == code:
                return r
    raise KeyError(code)


def eff(code):
    r = tv(code)
    return (r[7] - r[6]) - (r[4] - r[3])   # saldo effect prognose vs actueel


MJ_YEARS = ["2026", "2027", "2028", "2029"]
MJ_START = [RESULT[1], 1084, 742, 1318]
MJ_ROWS = [
    ("Jeugdhulp (6.72 en 6.82)", [eff("6.72") + eff("6.82"), -650, -500, -500]),
    ("Wmo-maatwerk (6.6 en 6.71)", [eff("6.6") + eff("6.71"), -420, -420, -420]),
    ("Afvalinzameling en -verwerking (7.3)", [eff("7.3"), -380, -380, -380]),
    ("Algemene uitkering (septembercirculaire 2026)", [eff("0.7"), 812, 874, 935]),
]
_known = sum(v[0] for _, v in MJ_ROWS)
MJ_ROWS.append(("Overige afwijkingen en mutaties reserves", [TOTAL_EFFECT - _known, -45, -45, -45]))
MJ_EFFECT = [sum(v[i] for _, v in MJ_ROWS) for i in range(4)]
MJ_END = [MJ_START[i] + MJ_EFFECT[i] for i in range(4)]
check(MJ_END[0] == RESULT[2], "meerjarig 2026 column differs from table 2.1")

# Local taxes
TAR = [  # (row, unit, 2025, 2026, dec)
    ("OZB woningen, eigenaar", "% van de WOZ-waarde", 0.0762, 0.0781, 4),
    ("OZB niet-woningen, eigenaar", "% van de WOZ-waarde", 0.2344, 0.2413, 4),
    ("OZB niet-woningen, gebruiker", "% van de WOZ-waarde", 0.1911, 0.1968, 4),
    ("Afvalstoffenheffing eenpersoonshuishouden", "€ per jaar", 264.00, 276.00, 2),
    ("Afvalstoffenheffing meerpersoonshuishouden", "€ per jaar", 322.80, 338.40, 2),
    ("Rioolheffing", "€ per aansluiting", 233.40, 241.80, 2),
    ("Hondenbelasting, eerste hond", "€ per jaar", 82.20, 84.60, 2),
    ("Toeristenbelasting", "€ per persoon per nacht", 1.80, 1.95, 2),
]
OPBR = [  # (heffing, taakveld, actuele begroting, prognose) whole euros
    ("OZB woningen", "0.61", 6874210, 6931480),
    ("OZB niet-woningen", "0.62", 3842150, 3798020),
    ("Afvalstoffenheffing", "7.3", 6021400, 5984900),
    ("Rioolheffing", "7.2", 5004800, 5034700),
    ("Toeristenbelasting", "3.4", 356000, 402300),
    ("Hondenbelasting", "0.64", 198400, 201900),
]
for h, code, a, p in OPBR:
    r = tv(code)
    if code in ("0.61", "0.62", "3.4"):
        check(round(a / 1000) == r[6] and round(p / 1000) == r[7], f"opbrengst {h} vs taakveld")
    else:
        check(a / 1000 <= r[6] and p / 1000 <= r[7], f"opbrengst {h} exceeds taakveld")
WOZ = {"2025": 338000, "2026": 356000}
WOONL = {}
for y, i in (("2025", 2), ("2026", 3)):
    ozb = round(WOZ[y] * TAR[0][i] / 100, 2)
    WOONL[y] = (ozb, TAR[4][i], TAR[5][i], round(ozb + TAR[4][i] + TAR[5][i], 2))

# Kengetallen and weerstandsvermogen
KENG = [  # (name, rekening 2025, begroting 2026, prognose 2026, signaleringswaarde)
    ("Netto schuldquote", 78.4, 84.1, 80.6, "< 90%"),
    ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", 74.9, 80.2, 76.8, "< 90%"),
    ("Solvabiliteitsratio", 27.3, 25.1, 25.9, "> 50%"),
    ("Grondexploitatie", 8.2, 9.0, 7.1, "< 20%"),
    ("Structurele exploitatieruimte", 0.9, 0.4, -0.6, "> 0%"),
    ("Belastingcapaciteit", 98.6, 99.4, 99.4, "< 95%"),
]
ALG_END = RESERVES[0][1] + RESERVES[0][2] - RESERVES[0][3]
WEER = [
    ("Algemene reserve (prognose stand 31-12-2026)", round(ALG_END / 1000)),
    ("Onbenutte belastingcapaciteit", 3147),
    ("Stille reserves (verkoopbare gebouwen en gronden)", 1200),
]
WEER_BESCH = sum(v for _, v in WEER)
WEER_BENOD = 9480
WEER_RATIO = round(WEER_BESCH / WEER_BENOD, 2)
check(abs(WEER_RATIO - 1.89) < 1e-9, f"ratio {WEER_RATIO}")

INDIC = [  # (indicator, eenheid, 2023, 2024, 2025, dec)
    ("Demografische druk", "%", 72.4, 73.1, 73.9, 1),
    ("Banen", "per 1.000 inw. 15-64 jr", 641.2, 648.7, 652.0, 1),
    ("Vestigingen van bedrijven", "per 1.000 inw. 15-64 jr", 138.4, 141.9, 144.6, 1),
    ("Jongeren met jeugdhulp", "% van jongeren tot 18 jr", 11.8, 12.4, 13.1, 1),
    ("Jongeren met jeugdbescherming", "% van jongeren tot 18 jr", 0.9, 1.0, 1.0, 1),
    ("Personen met een bijstandsuitkering", "per 10.000 inw. 18 jr e.o.", 298.5, 305.1, 311.4, 1),
    ("Cliënten met een maatwerkarrangement Wmo", "per 10.000 inwoners", 684, 702, 731, 0),
    ("Winkeldiefstallen", "per 1.000 inwoners", 1.4, 1.6, 1.7, 1),
    ("Geweldsmisdrijven", "per 1.000 inwoners", 4.1, 3.8, 3.9, 1),
    ("Omvang huishoudelijk restafval", "kg per inwoner", 148, 141, 132, 0),
    ("Nieuw gebouwde woningen", "per 1.000 woningen", 6.2, 8.9, 7.4, 1),
    ("Absoluut verzuim", "per 1.000 leerlingen", 1.8, 2.1, 1.9, 1),
    ("Niet-sporters", "%", 49.2, None, 47.6, 1),
    ("Rapportcijfer dienstverlening gemeente⁴", "cijfer", 6.9, None, 7.2, 1),
    ("Rapportcijfer onderhoud openbare ruimte⁴", "cijfer", 6.4, None, 6.6, 1),
    ("Inwoners die zich veilig voelen in de buurt⁴", "%", 84, None, 86, 0),
]

# Words in the running text, checked against the figures
J_PRIM = tv("6.72")[4] - tv("6.72")[2]            # 1.338 -> "ruim 1,3 miljoen"
check(1300 < J_PRIM < 1350, "jeugd prim")
JEUGD_NZ = eff("6.72") + eff("6.82")              # -1.047 -> "ruim 1 miljoen"
check(-1100 < JEUGD_NZ < -1000, "jeugd nz")
SOC_SHARE = PER["5"][2] / TOT[2] * 100            # 45,08% -> "ruim 45%"
check(45 < SOC_SHARE < 45.5, f"share {SOC_SHARE}")
RES_ONTT_EUR = sum(r[3] for r in RESERVES)        # 4.460.160 -> "bijna 4,5 miljoen"
check(4400000 < RES_ONTT_EUR < 4500000, "ontt")
WOONL_UP = round(WOONL["2026"][3] - WOONL["2025"][3], 2)   # 44,48 -> "ruim 44 euro"
check(44 < WOONL_UP < 45, "woonlasten")

# ---------------------------------------------------------------------------------------
CSS = """
@page { size: A4 portrait; margin: 0 }
@page land { size: A4 landscape; margin: 0 }
* { box-sizing: border-box }
body { margin: 0; font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; color: #1c2430 }
.page { width: 210mm; height: 297mm; padding: 16mm 17mm 14mm 17mm; position: relative;
        break-after: page; overflow: hidden }
.page.land { page: land; width: 297mm; height: 210mm; padding: 13mm 15mm }
.run { position: absolute; top: 7mm; left: 17mm; right: 17mm; font-size: 7.5pt; color: #5a6b7d;
       border-bottom: 0.4pt solid #9fb3c8; padding-bottom: 1mm; display: flex; justify-content: space-between }
.land .run { left: 15mm; right: 15mm; top: 5mm }
.foot { position: absolute; bottom: 7mm; left: 17mm; right: 17mm; font-size: 7.5pt; color: #5a6b7d;
        display: flex; justify-content: space-between }
.land .foot { bottom: 5mm; left: 15mm; right: 15mm }
h1 { font-size: 17pt; color: #0f4c5c; margin: 2mm 0 4mm 0 }
h2 { font-size: 12.5pt; color: #0f4c5c; margin: 4mm 0 2mm 0 }
h3 { font-size: 10pt; margin: 3mm 0 1.5mm 0; color: #24323f }
p { margin: 0 0 2.2mm 0; line-height: 1.38 }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm 0 }
caption { caption-side: top; text-align: left; font-weight: bold; font-size: 8.6pt; padding-bottom: 1mm }
th { background: #0f4c5c; color: #fff; font-weight: normal; font-size: 7.8pt; padding: 1.4mm 1.5mm;
     text-align: right; vertical-align: bottom }
th.l, td.l { text-align: left }
td { padding: 0.9mm 1.5mm; text-align: right; border-bottom: 0.3pt solid #d5dde5; font-size: 8.4pt }
tr.grp td { font-weight: bold; background: #e6eef3; text-align: left }
tr.tot td { font-weight: bold; border-top: 0.8pt solid #0f4c5c }
.note { font-size: 7.4pt; color: #44505c }
.box { border: 0.6pt solid #0f4c5c; background: #f2f7f9; padding: 2.5mm 3mm; margin: 2mm 0 }
ul { margin: 0 0 2mm 4mm; padding-left: 3mm } li { margin-bottom: 1mm; line-height: 1.35 }
.cover { background: #0f4c5c; color: #fff }
.cover h1 { color: #fff; font-size: 30pt; margin-top: 70mm }
.toc td { text-align: left; border: none; padding: 0.8mm 0; font-size: 9.5pt }
.toc td.r { text-align: right }
"""

PAGES = []


def page(body, title="", land=False):
    PAGES.append((body, title, land))
    return len(PAGES)


def row(cells, cls=""):
    tds = []
    for i, c in enumerate(cells):
        tds.append(f'<td class="l">{c}</td>' if i == 0 else f"<td>{c}</td>")
    return f'<tr class="{cls}">' + "".join(tds) + "</tr>"


def afw(diff, kind):
    """Afwijking prognose t.o.v. actuele begroting; kind 'L' (lasten), 'B' (baten), 'S' (saldo)."""
    if diff == 0:
        return "0"
    good = -diff if kind == "L" else diff
    return f"{nl(abs(diff))} {'V' if good > 0 else 'N'}"


def prog_table(pno, pname, rows, pg, part="all"):
    cap = f"Tabel 3.{pno} Programma {pno} {pname}" if pno != "6" else "Tabel 4.1 Algemene dekkingsmiddelen en overhead"
    shown_cap = cap + (" (vervolg)" if part == "baten" else "")
    loc = f"p. {pg}"
    cols = [v + K for v in VERS] + ["Afwijking" + K]
    head = ('<tr><th class="l" style="width:36%">Taakveld</th>'
            + "".join(f"<th>{c.replace(' 2026 (', ' 2026¹ (') if c.startswith('Actuele') else c}</th>" for c in cols)
            + "</tr>")
    out = [f"<table><caption>{shown_cap}</caption>", head]

    def cells(label, vals, kind, cls=""):
        printed = [REG.add(loc, cap, label, VERS[i], nl(vals[i])) for i in range(3)]
        printed.append(REG.add(loc, cap, label, "Afwijking", afw(vals[2] - vals[1], kind)))
        out.append(row([label.split(" [")[0]] + printed, cls))

    s = prog_totals(rows)
    if part in ("all", "lasten"):
        out.append('<tr class="grp"><td colspan="5">Lasten</td></tr>')
        for r in rows:
            cells(f"{r[0]} {r[1]}", r[2:5], "L")
        cells("Totaal lasten", s[0:3], "L", "tot")
    if part in ("all", "baten"):
        out.append('<tr class="grp"><td colspan="5">Baten</td></tr>')
        for r in rows:
            if any(r[5:8]):
                cells(f"{r[0]} {r[1]} [baten]", r[5:8], "B")   # [..] qualifies the key; not printed
        cells("Totaal baten", s[3:6], "B", "tot")
        cells("Saldo van baten en lasten", [s[3 + i] - s[i] for i in range(3)], "S", "tot")
    out.append("</table>")
    return "\n".join(out)


def fn_actueel():
    return ('<p class="note">¹ Actuele begroting: primitieve begroting 2026 inclusief de begrotingswijzigingen '
            "tot en met de eerste tussenrapportage (raad 9 juli 2026). Afwijking = prognose min actuele "
            "begroting; V = voordelig, N = nadelig.</p>")


def build():
    # 1 cover
    page('<div style="position:absolute;inset:0;padding:22mm" class="cover">'
         '<div style="font-size:12pt;letter-spacing:2px">GEMEENTE HEGGENWOLDE</div>'
         "<h1>Najaarsnota 2026</h1>"
         '<div style="font-size:15pt">Tweede tussenrapportage 2026</div>'
         '<div style="font-size:11pt;margin-top:12mm">Raadsvoorstel nr. 2026-118<br>'
         "Behandeling in de raadsvergadering van 12 november 2026</div>"
         '<div style="position:absolute;bottom:22mm;font-size:9pt">Gemeente Heggenwolde · '
         "Raadhuisplein 1 · Postbus 40</div></div>", "cover")

    # 2 inhoud en leeswijzer
    toc = [("1", "Samenvatting", 3), ("2", "Financieel totaalbeeld", 4), ("", "Meerjarig perspectief", 5),
           ("3", "Programma's", 6), ("4", "Algemene dekkingsmiddelen en overhead", 12),
           ("5", "Lokale heffingen", 13), ("6", "Reserves", 14), ("7", "Investeringen", 15),
           ("8", "Weerstandsvermogen en financiële kengetallen", 16), ("9", "Beleidsindicatoren", 17)]
    t = "".join(f'<tr><td style="width:10mm">{a}</td><td>{b}</td><td class="r">{c}</td></tr>' for a, b, c in toc)
    page(f"<h1>Inhoud</h1><table class='toc'>{t}</table>"
         "<h2>Leeswijzer</h2>"
         "<p>Met deze najaarsnota informeren wij uw raad over de verwachte financiële uitkomst van 2026. "
         "Per programma tonen de tabellen drie versies van de begroting: de <b>primitieve begroting</b> zoals "
         "vastgesteld in november 2025, de <b>actuele begroting</b> (de primitieve begroting inclusief alle "
         "wijzigingen tot en met de eerste tussenrapportage) en de <b>prognose</b>: onze verwachting van de "
         "werkelijke lasten en baten over heel 2026. De kolom afwijking geeft het verschil tussen prognose en "
         "actuele begroting; V staat voor voordelig en N voor nadelig.</p>"
         "<p>Let op de schaal: de programmatabellen en de tabellen in hoofdstuk 2 en 4 zijn in duizenden euro's "
         "(x € 1.000, vermeld in de kolomkop). De tabellen over reserves, investeringen en de opbrengst van de "
         "lokale heffingen zijn in hele euro's. In hoofdstuk 2 zijn nadelige bedragen aangegeven met -/-; in "
         "het reserveoverzicht staan onttrekkingen tussen haakjes.</p>"
         "<p>Afwijkingen groter dan € 100.000 lichten wij per programma toe. Kleinere afwijkingen zijn "
         "samengenomen. De beleidsmatige voortgang komt aan de orde in de jaarstukken 2026.</p>", "Inhoud")

    # 3 samenvatting
    sd = PER["5"]
    page("<h1>1. Samenvatting</h1>"
         "<p>De eerste helft van 2026 liet nog een sluitend beeld zien: na de eerste tussenrapportage kwam het "
         f"saldo van de begroting uit op een klein overschot van € {nl(RESULT[1])}.000. Dat beeld is in het "
         "tweede halfjaar gekanteld. Na verwerking van deze najaarsnota verwachten wij over 2026 een tekort van "
         f"€ {nl(-RESULT[2] * 1000)}. Dit tekort komt bij de jaarrekening ten laste van de algemene reserve; "
         "een aanvullend begrotingsbesluit is daarvoor niet nodig.</p>"
         "<p>De belangrijkste oorzaak is de jeugdhulp. De lasten voor maatwerkdienstverlening 18- en "
         "geëscaleerde zorg 18- vallen samen ruim 1 miljoen hoger uit dan in de actuele begroting. Ten opzichte van de "
         "primitieve begroting liggen alleen al de lasten van taakveld 6.72 ruim 1,3 miljoen hoger. Ook de "
         "Wmo-maatwerkvoorzieningen en de afvalverwerking vragen meer geld dan geraamd. Daar staat een hogere "
         f"algemene uitkering tegenover: de septembercirculaire 2026 levert € {nl(eff('0.7') * 1000)} meer op.</p>"
         f"<p>Het sociaal domein is met ruim 45% van de verwachte lasten (exclusief reserves) veruit het grootste "
         "programma. Bij de reserves verwachten wij dit jaar in totaal bijna 4,5 miljoen te onttrekken, vooral "
         "aan de algemene reserve en de reserve sociaal domein.</p>"
         '<div class="box"><b>In één oogopslag</b><ul>'
         f"<li>Verwacht resultaat 2026: tekort van € {nl(-RESULT[2] * 1000)} (actuele begroting: overschot van "
         f"€ {nl(RESULT[1] * 1000)}).</li>"
         "<li>Jeugdhulp: het college neemt aanvullende beheersmaatregelen (zie programma 5).</li>"
         "<li>Meerjarig blijft de begroting sluitend, al zijn de overschotten kleiner (zie hoofdstuk 2).</li>"
         "<li>De weerstandsratio blijft met 1,89 ruim voldoende.</li></ul></div>"
         "<h2>Besluit</h2><p>Wij stellen uw raad voor de najaarsnota 2026 vast te stellen en de bijbehorende "
         "begrotingswijziging 2026-09 te aanvaarden, met uitzondering van het verwachte tekort dat bij de "
         "jaarrekening wordt verrekend.</p>", "Samenvatting")

    # 4 financieel totaalbeeld
    loc = "p. 4"
    cap1 = "Tabel 2.1 Verloop begrotingssaldo 2026"
    r21 = [("Saldo primitieve begroting 2026", RESULT[0]),
           ("Begrotingswijzigingen tot en met eerste tussenrapportage", WIJZ_1E),
           ("Saldo actuele begroting 2026", RESULT[1])]
    rows = []
    for lab, v in r21:
        rows.append(row([lab, REG.add(loc, cap1, lab, "Bedrag", slash(v))], "tot" if lab.startswith("Saldo") else ""))
    rows.append('<tr class="grp"><td colspan="2">Afwijkingen in deze najaarsnota (prognose t.o.v. actuele begroting)</td></tr>')
    for code, name, _ in PROGRAMMES:
        lab = f"Programma {code} {name}" if code != "6" else "Algemene dekkingsmiddelen en overhead"
        rows.append(row([lab, REG.add(loc, cap1, lab, "Bedrag", slash(PROG_EFFECT[code]))]))
    lab = "Hogere onttrekkingen aan reserves"
    rows.append(row([lab, REG.add(loc, cap1, lab, "Bedrag", slash(RES_EFFECT))]))
    lab = "Totaal effect najaarsnota"
    rows.append(row([lab, REG.add(loc, cap1, lab, "Bedrag", slash(TOTAL_EFFECT))], "tot"))
    lab = "Verwacht saldo 2026 (prognose)"
    rows.append(row([lab, REG.add(loc, cap1, lab, "Bedrag", slash(RESULT[2]))], "tot"))
    t1 = (f'<table style="width:75%"><caption>{cap1}</caption><tr><th class="l">Omschrijving</th>'
          f"<th>Bedrag (x € 1.000)</th></tr>{''.join(rows)}</table>")

    cap2 = "Tabel 2.2 Overzicht baten en lasten 2026"
    rows = []
    for blk, off in (("Lasten", 0), ("Baten", 3)):
        rows.append(f'<tr class="grp"><td colspan="4">{blk}</td></tr>')
        for code, name, _ in PROGRAMMES:
            lab = (f"Programma {code} {name}" if code != "6" else "Algemene dekkingsmiddelen en overhead")
            key = f"{lab} [{blk.lower()}]"
            rows.append(row([lab] + [REG.add(loc, cap2, key, VERS[i], nl(PER[code][off + i])) for i in range(3)]))
        lab = f"Totaal {blk.lower()}"
        rows.append(row([lab] + [REG.add(loc, cap2, lab, VERS[i], nl(TOT[off + i])) for i in range(3)], "tot"))
    for lab, vals, cls in (("Saldo van baten en lasten", SALDO, "tot"),
                           ("Toevoegingen aan reserves", TOEV, ""),
                           ("Onttrekkingen aan reserves", ONTT, ""),
                           ("Resultaat", RESULT, "tot")):
        rows.append(row([lab] + [REG.add(loc, cap2, lab, VERS[i], nl(vals[i])) for i in range(3)], cls))
    t2 = (f"<table><caption>{cap2}</caption><tr><th class='l'>Programma</th>"
          + "".join(f"<th>{v.replace('Actuele begroting 2026', 'Actuele begroting 2026¹')}{K}</th>" for v in VERS)
          + f"</tr>{''.join(rows)}</table>")
    page("<h1>2. Financieel totaalbeeld</h1>"
         "<p>Tabel 2.1 toont het verloop van het saldo 2026; nadelige bedragen staan aangegeven met -/-.</p>"
         + t1 + t2 + fn_actueel(), "Financieel totaalbeeld")

    # 5 meerjarig perspectief
    loc = "p. 5"
    cap3 = "Tabel 2.3 Meerjarig perspectief 2026-2029"
    rows = [row(["Saldo na eerste tussenrapportage"] + [REG.add(loc, cap3, "Saldo na eerste tussenrapportage", y, slash(MJ_START[i])) for i, y in enumerate(MJ_YEARS)], "tot"),
            '<tr class="grp"><td colspan="5">Doorwerking najaarsnota</td></tr>']
    for lab, vals in MJ_ROWS:
        rows.append(row([lab] + [REG.add(loc, cap3, lab, y, slash(vals[i])) for i, y in enumerate(MJ_YEARS)]))
    lab = "Totaal doorwerking najaarsnota"
    rows.append(row([lab] + [REG.add(loc, cap3, lab, y, slash(MJ_EFFECT[i])) for i, y in enumerate(MJ_YEARS)], "tot"))
    lab = "Nieuw begrotingssaldo"
    rows.append(row([lab] + [REG.add(loc, cap3, lab, y, slash(MJ_END[i])) for i, y in enumerate(MJ_YEARS)], "tot"))
    t3 = (f"<table><caption>{cap3}</caption><tr><th class='l'>Omschrijving (bedragen x € 1.000)</th>"
          + "".join(f"<th>{y}</th>" for y in MJ_YEARS) + f"</tr>{''.join(rows)}</table>")
    page("<h2>Meerjarig perspectief</h2>"
         "<p>Een deel van de afwijkingen werkt structureel door. Tabel 2.3 toont het effect op het "
         "begrotingssaldo van de jaren 2026 tot en met 2029. Voor 2026 is dit het verwachte rekeningsaldo, "
         "voor de latere jaren het geraamde saldo uit de meerjarenraming. De bedragen zijn in duizenden euro's "
         "(voordelig positief, nadelig -/-).</p>" + t3 +
         "<p>De structurele doorwerking van de jeugdhulp is lager ingeschat dan het effect in 2026, omdat de "
         "beheersmaatregelen vanaf 2027 effect moeten hebben. Voor de afvalinzameling gaan wij uit van de "
         "tarieven uit het nieuwe inzamelcontract. De hogere algemene uitkering is gebaseerd op de "
         "septembercirculaire 2026; de accressen voor latere jaren zijn met voorzichtigheid geraamd.</p>"
         "<p>Ook na de doorwerking van deze najaarsnota blijft de meerjarenbegroting in alle jaren sluitend. "
         "De structurele effecten worden meegenomen in de programmabegroting 2027, die gelijktijdig met deze "
         "najaarsnota aan uw raad wordt aangeboden.</p>", "Financieel totaalbeeld")

    # 6..11 programmes
    expl = {
        "1": ("Bestuur en veiligheid",
              "<p>Het programma omvat het bestuur, de dienstverlening aan inwoners via het Klantcontactcentrum en "
              "de burgerzaken, en de openbare orde en veiligheid inclusief de bijdrage aan de veiligheidsregio.</p>",
              "<li><b>0.2 Burgerzaken (baten € 143.000 V, lasten € 78.000 N).</b> Het aantal aanvragen voor "
              "paspoorten en identiteitskaarten ligt fors hoger dan geraamd. De in 2016 en 2017 uitgegeven "
              "documenten met een geldigheid van tien jaar verlopen nu. Voor de extra baliecapaciteit zijn "
              "tijdelijke medewerkers ingehuurd.</li>"),
        "2": ("Openbare ruimte en mobiliteit",
              "<p>Dit programma gaat over het beheer van wegen, groen, riolering en afval en over "
              "milieubeheer. De gemeente is verantwoordelijk voor ruim 310 kilometer weg.</p>",
              "<li><b>2.1 Verkeer en vervoer (lasten € 287.000 N).</b> Na de strenge vorstperiode in februari "
              "is extra asfaltonderhoud nodig geweest; daarnaast waren de kosten van strooizout hoger.</li>"
              "<li><b>7.2 Riolering (lasten € 167.000 V).</b> Door de latere start van het vervangingsprogramma "
              "vallen de kapitaallasten lager uit. Het voordeel wordt via de rioolheffing aan de inwoners "
              "teruggegeven.</li>"
              "<li><b>7.3 Afval (lasten € 431.000 N).</b> Per 1 april 2026 geldt het nieuwe inzamelcontract met "
              "hogere tarieven. Ook de verwerkingstarieven voor restafval en de verbrandingsbelasting zijn "
              "gestegen. Het nadeel wordt niet uit de reserve egalisatie afvalstoffenheffing gedekt, omdat die "
              "reserve bestemd is voor de tariefontwikkeling vanaf 2027.</li>"),
        "3": ("Economie, ruimte en wonen",
              "<p>Hier vallen de economische ontwikkeling, ruimtelijke ordening, grondexploitatie en het "
              "verlenen van omgevingsvergunningen.</p>",
              "<li><b>8.1 Ruimtelijke ordening (lasten € 168.000 N).</b> Extra inhuur voor het omgevingsplan "
              "en de behandeling van initiatieven onder de Omgevingswet; gedekt door een hogere onttrekking aan de "
              "Reserve Omgevingswet en ruimtelijke ontwikkeling.</li>"
              "<li><b>8.2 Grondexploitatie (lasten € 1.235.000 V, baten € 1.327.000 N).</b> De verkoop van 14 "
              "kavels in het plan De Kamperhoek schuift door naar 2027, omdat het bestemmingsplan later "
              "onherroepelijk werd. De lasten en baten schuiven mee; per saldo is het effect beperkt.</li>"
              "<li><b>8.3 Wonen en bouwen (baten € 226.000 N).</b> Minder aanvragen voor omgevingsvergunningen "
              "leiden tot een lagere legesopbrengst.</li>"),
        "4": ("Onderwijs, sport en cultuur",
              "<p>Het programma omvat onderwijshuisvesting, leerlingenvervoer en onderwijsbeleid, sport en "
              "cultuur, inclusief de openbare bibliotheek (taakveld 5.6 Media).</p>",
              "<li><b>4.3 Onderwijsbeleid en leerlingzaken (lasten € 144.000 N).</b> Het leerlingenvervoer is "
              "opnieuw aanbesteed; de nieuwe vervoerder rekent hogere tarieven per rit.</li>"),
    }
    pg = 6
    for code, name, rows_ in PROGRAMMES[:4]:
        title, intro, items = expl[code]
        head = "<h1>3. Programma's</h1>" if code == "1" else ""
        page(head + f"<h2>Programma {code} {title}</h2>" + intro
             + "<h3>Wat mag het kosten?</h3>" + prog_table(code, name, rows_, pg) + fn_actueel()
             + "<h3>Toelichting op de afwijkingen groter dan € 100.000</h3><ul>" + items + "</ul>",
             "Programma's")
        pg += 1
    # programme 5: split over two pages with the header repeated
    code, name, rows_ = PROGRAMMES[4]
    page(f"<h2>Programma 5 Sociaal domein</h2>"
         "<p>Het sociaal domein omvat de Wmo, de jeugdhulp, de Participatiewet en de inkomensondersteuning, "
         "het preventieve voorliggende veld en de volksgezondheid. Het is met afstand het grootste programma "
         "van de begroting. De tabel loopt door op de volgende pagina.</p>"
         "<h3>Wat mag het kosten?</h3>" + prog_table(code, name, rows_, pg, "lasten") + fn_actueel()
         + "<h3>Toelichting op de afwijkingen groter dan € 100.000</h3><ul>"
         "<li><b>6.72 Maatwerkdienstverlening 18- (lasten € 838.000 N).</b> Het aantal jeugdigen met "
         "ambulante jeugdhulp en met verblijf is verder gestegen, vooral bij de specialistische GGZ. De "
         "gemiddelde duur van trajecten is langer dan waarmee in de begroting is gerekend, en de tarieven "
         "van de regionale inkoop zijn per 1 januari 2026 met 6,2% geïndexeerd.</li>"
         "<li><b>6.82 Geëscaleerde zorg 18- (lasten € 209.000 N).</b> Twee extra plaatsingen in een "
         "gesloten jeugdzorginstelling.</li></ul>", "Programma's")
    pg += 1
    page(prog_table(code, name, rows_, pg, "baten") + fn_actueel()
         + "<ul><li><b>6.3 Inkomensregelingen (lasten € 429.000 N, baten € 383.000 V).</b> Het aantal "
         "bijstandsgerechtigden is gestegen. Het Rijk heeft het BUIG-budget bij de nader voorlopige "
         "toekenning verhoogd, waardoor het grootste deel van de hogere uitkeringslasten wordt "
         "gecompenseerd.</li>"
         "<li><b>6.6 Maatwerkvoorzieningen Wmo (lasten € 155.000 N)</b> en <b>6.71 Maatwerkdienstverlening "
         "18+ (lasten € 399.000 N).</b> Het aantal aanvragen voor woningaanpassingen, hulpmiddelen en "
         "huishoudelijke ondersteuning blijft stijgen, mede door het abonnementstarief en de vergrijzing.</li></ul>"
         "<h3>Beheersmaatregelen jeugdhulp</h3>"
         "<p>Om de groei van de jeugdhulp af te remmen neemt het college drie aanvullende maatregelen. Ten "
         "eerste wordt de praktijkondersteuner jeugd (POH-jeugd) vanaf 1 januari 2027 bij alle zes "
         "huisartsenpraktijken ingezet, zodat minder kinderen worden doorverwezen naar specialistische hulp. "
         "Ten tweede maken wij met de aanbieders strakkere afspraken over de maximale duur van trajecten. Ten "
         "derde wordt elke verwijzing na drie maanden beoordeeld door het gebiedsteam. Tot die maatregelen "
         "effect hebben, wordt een extra bedrag van € 500.000 aan de Reserve sociaal domein onttrokken.</p>",
         "Programma's")
    pg += 1
    check(pg == 12, f"page counter {pg}")

    # 12 algemene dekkingsmiddelen
    code, name, rows_ = PROGRAMMES[5]
    loc = "p. 12"
    cap = "Tabel 4.2 Mutaties reserves (taakveld 0.10)"
    rr = [row(["Toevoegingen aan reserves"] + [REG.add(loc, cap, "Toevoegingen aan reserves", VERS[i], nl(TOEV[i])) for i in range(3)]),
          row(["Onttrekkingen aan reserves"] + [REG.add(loc, cap, "Onttrekkingen aan reserves", VERS[i], nl(ONTT[i])) for i in range(3)]),
          row(["Saldo mutaties reserves"] + [REG.add(loc, cap, "Saldo mutaties reserves", VERS[i], nl(ONTT[i] - TOEV[i])) for i in range(3)], "tot")]
    t = (f"<table><caption>{cap}</caption><tr><th class='l' style='width:40%'>Omschrijving</th>"
         + "".join(f"<th>{v}{K}</th>" for v in VERS) + f"</tr>{''.join(rr)}</table>")
    page("<h1>4. Algemene dekkingsmiddelen en overhead</h1>"
         "<p>De algemene dekkingsmiddelen zijn de inkomsten die niet aan een specifiek doel zijn gebonden, "
         "zoals de algemene uitkering uit het gemeentefonds en de onroerendezaakbelastingen. Ook de overhead, "
         "de post onvoorzien en de vennootschapsbelasting staan in dit overzicht.</p>"
         + prog_table(code, name, rows_, pg) + fn_actueel()
         + "<ul><li><b>0.7 Algemene uitkering (baten € 761.000 V).</b> Uitkomst van de septembercirculaire "
         "2026, vooral door een hoger accres en de hogere uitkeringsbasis voor het aantal woonruimten.</li>"
         "<li><b>0.4 Overhead (lasten € 256.000 N).</b> Hogere loonkosten door de nieuwe cao gemeenten en "
         "vervanging bij ziekte.</li>"
         "<li><b>0.5 Treasury (lasten € 134.000 V).</b> Een nieuwe langlopende lening is later aangetrokken "
         "dan gepland, waardoor de rentelasten lager zijn.</li>"
         "<li><b>0.8 Onvoorzien (lasten € 218.000 V).</b> Het restant van de post onvoorzien is niet nodig "
         "en valt vrij.</li></ul>" + t, "Algemene dekkingsmiddelen")
    pg += 1

    # 13 lokale heffingen
    loc = "p. 13"
    cap = "Tabel 5.1 Tarieven lokale heffingen"
    rows = []
    for name_, unit, a, b, dec in TAR:
        if dec == 4:
            pa, pb = nl(a, 4) + "%", nl(b, 4) + "%"
        else:
            pa, pb = "€ " + nl(a, 2), "€ " + nl(b, 2)
        incr = (b / a - 1) * 100
        rows.append(row([name_, unit, REG.add(loc, cap, name_, "Tarief 2025", pa),
                         REG.add(loc, cap, name_, "Tarief 2026", pb),
                         REG.add(loc, cap, name_, "Stijging", nl(incr, 1) + "%")]))
    t1 = (f"<table><caption>{cap}</caption><tr><th class='l'>Heffing</th><th class='l'>Grondslag</th>"
          f"<th>Tarief 2025</th><th>Tarief 2026</th><th>Stijging</th></tr>{''.join(rows)}</table>")
    cap = "Tabel 5.2 Opbrengst lokale heffingen 2026"
    rows = []
    ta = tp = 0
    for h, code_, a, p in OPBR:
        d = p - a
        ta += a
        tp += p
        rows.append(row([h, code_, REG.add(loc, cap, h, "Actuele begroting 2026", nl(a)),
                         REG.add(loc, cap, h, "Prognose 2026", nl(p)),
                         REG.add(loc, cap, h, "Verschil", (nl(abs(d)) + (" V" if d > 0 else " N")) if d else "0")]))
    d = tp - ta
    rows.append(row(["Totaal", "", REG.add(loc, cap, "Totaal", "Actuele begroting 2026", nl(ta)),
                     REG.add(loc, cap, "Totaal", "Prognose 2026", nl(tp)),
                     REG.add(loc, cap, "Totaal", "Verschil", nl(abs(d)) + (" V" if d > 0 else " N"))], "tot"))
    t2 = (f"<table><caption>{cap}</caption><tr><th class='l'>Heffing</th><th class='l'>Taakveld</th>"
          f"<th>Actuele begroting 2026 (€)</th><th>Prognose 2026 (€)</th><th>Verschil (€)</th></tr>{''.join(rows)}</table>")
    cap = "Tabel 5.3 Woonlasten meerpersoonshuishouden (eigenaar-bewoner)"
    rows = []
    for lab, i, fmt in (("Gemiddelde WOZ-waarde woning", None, None), ("OZB eigenaar", 0, 2),
                        ("Afvalstoffenheffing meerpersoonshuishouden", 1, 2), ("Rioolheffing", 2, 2),
                        ("Totale woonlasten", 3, 2)):
        vals = []
        for y in ("2025", "2026"):
            v = WOZ[y] if i is None else WOONL[y][i]
            vals.append(REG.add(loc, cap, lab, y, "€ " + (nl(v) if i is None else nl(v, 2))))
        rows.append(row([lab] + vals, "tot" if lab.startswith("Totale") else ""))
    t3 = (f"<table style='width:80%'><caption>{cap}</caption><tr><th class='l'>Onderdeel</th><th>2025</th>"
          f"<th>2026</th></tr>{''.join(rows)}</table>")
    page("<h1>5. Lokale heffingen</h1>"
         "<p>De tarieven voor 2026 zijn in december 2025 door de raad vastgesteld. De OZB-tarieven zijn een "
         "percentage van de WOZ-waarde. De afvalstoffenheffing en de rioolheffing zijn kostendekkend.</p>"
         + t1 + t2 +
         "<p>De opbrengst van de toeristenbelasting ligt hoger door meer overnachtingen op de campings en "
         "bij de nieuwe groepsaccommodatie aan de Veldweg. De OZB niet-woningen valt lager uit door "
         "gehonoreerde bezwaren tegen de WOZ-waarde van enkele bedrijfspanden.</p>"
         + t3 +
         "<p class='note'>De woonlasten zijn berekend voor een woning met de gemiddelde WOZ-waarde. Voor een "
         "meerpersoonshuishouden stijgen de woonlasten in 2026 met ruim 44 euro. Inwoners met een laag inkomen "
         "kunnen kwijtschelding aanvragen voor de afvalstoffenheffing en de rioolheffing.</p>",
         "Lokale heffingen")
    pg += 1

    # 14 reserves
    loc = "p. 14"
    cap = "Tabel 6.1 Verloop reserves 2026"
    cols = ["Stand 1-1-2026", "Toevoegingen 2026", "Onttrekkingen 2026", "Stand 31-12-2026 (prognose)"]
    rows = []
    sums = [0, 0, 0, 0]
    for name_, b, t_, o in RESERVES:
        e = b + t_ - o
        vals = [b, t_, -o, e]
        sums = [s + v for s, v in zip(sums, vals)]
        rows.append(row([name_] + [REG.add(loc, cap, name_, c, "-" if v == 0 else paren(v)) for c, v in zip(cols, vals)]))
    rows.append(row(["Totaal reserves"] + [REG.add(loc, cap, "Totaal reserves", c, paren(v)) for c, v in zip(cols, sums)], "tot"))
    check(sums[0] + sums[1] + sums[2] == sums[3], "reserves do not add up")
    check(round(sums[1] / 1000) == TOEV[2] and round(-sums[2] / 1000) == ONTT[2], "reserves vs 4.2")
    t = (f"<table><caption>{cap}</caption><tr><th class='l' style='width:34%'>Reserve (bedragen in €)</th>"
         + "".join(f"<th>{c}</th>" for c in cols) + f"</tr>{''.join(rows)}</table>")
    page("<h1>6. Reserves</h1>"
         "<p>Onderstaand overzicht toont het verwachte verloop van de reserves in 2026 in hele euro's. "
         "Onttrekkingen staan tussen haakjes. Het verwachte tekort over 2026 is nog niet verwerkt in de stand "
         "van de algemene reserve; dat gebeurt bij de resultaatbestemming in de jaarstukken 2026.</p>" + t +
         "<h3>Toelichting</h3><ul>"
         "<li><b>Algemene reserve.</b> De onttrekking van € 1.250.000 dekt incidentele uitgaven uit de "
         "begroting 2026, waaronder de ontwikkeling van het omgevingsplan en de tijdelijke opvang van "
         "statushouders.</li>"
         "<li><b>Reserve sociaal domein.</b> De onttrekking is in deze najaarsnota met € 500.000 verhoogd "
         "tot € 1.150.000 om een deel van de hogere jeugdhulplasten op te vangen. Daarna resteert nog "
         f"€ {nl(RESERVES[1][1] - RESERVES[1][3])} in deze reserve.</li>"
         "<li><b>Reserve grondexploitatie.</b> De toevoeging van € 268.000 is de tussentijdse winstneming op "
         "het plan Molenakker-Zuid, conform de regels van het BBV.</li>"
         "<li><b>Reserve Omgevingswet en ruimtelijke ontwikkeling.</b> De onttrekking is met € 114.000 "
         "verhoogd voor de extra inhuur bij ruimtelijke ordening.</li>"
         "<li><b>Reserve egalisatie afvalstoffenheffing.</b> Er is in 2026 geen mutatie; de reserve wordt "
         "vanaf 2027 ingezet om de stijging van de afvalstoffenheffing te dempen.</li></ul>"
         "<p>Naast de reserves heeft de gemeente voorzieningen voor onderhoud van wegen en gebouwen en voor "
         "pensioenverplichtingen van (voormalige) wethouders. Deze worden in de jaarstukken verantwoord.</p>",
         "Reserves")
    pg += 1

    # 15 investeringen (landscape)
    loc = "p. 15"
    cap = "Tabel 7.1 Stand van zaken investeringskredieten"
    cols = ["Beschikbaar krediet", "Uitgaven t/m 2025", "Prognose uitgaven 2026", "Restant krediet na 2026"]
    rows = []
    sums = [0, 0, 0, 0]
    for nr, name_, code_, kr, t25, p26, status, note in INVEST:
        rest = kr - t25 - p26
        vals = [kr, t25, p26, rest]
        sums = [s + v for s, v in zip(sums, vals)]
        lab = f"{nr} {name_}"
        cells = [REG.add(loc, cap, lab, c, "-" if v == 0 else nl(v)) for c, v in zip(cols, vals)]
        rows.append(f'<tr><td class="l">{nr}</td><td class="l">{name_}{note}</td><td class="l">{code_}</td>'
                    + "".join(f"<td>{c}</td>" for c in cells) + f'<td class="l">{status}</td></tr>')
    tot_cells = [REG.add(loc, cap, "Totaal", c, nl(v)) for c, v in zip(cols, sums)]
    rows.append('<tr class="tot"><td class="l"></td><td class="l">Totaal</td><td></td>'
                + "".join(f"<td>{c}</td>" for c in tot_cells) + "<td></td></tr>")
    t = (f"<table><caption>{cap} (bedragen in €)</caption><tr><th class='l'>Nr.</th><th class='l'>Investering</th>"
         "<th class='l'>Taakveld</th>" + "".join(f"<th>{c}</th>" for c in cols)
         + "<th class='l'>Status</th></tr>" + "".join(rows) + "</table>")
    page("<h1>7. Investeringen</h1>"
         "<p>Het overzicht toont de lopende investeringskredieten met de uitgaven tot en met 2025, de "
         "verwachte uitgaven in 2026 en het restant dat naar 2027 en later doorschuift. Kredieten die zijn "
         "afgesloten in de jaarstukken 2025 staan niet meer in het overzicht.</p>" + t +
         "<p class='note'>² De raad heeft op 26 maart 2026 een aanvullend krediet van € 900.000 beschikbaar "
         "gesteld vanwege hogere bouwkosten; dit is verwerkt in het beschikbaar krediet.<br>"
         "³ De plaatsing van de ondergrondse containers wacht op de afronding van de herinrichting van het "
         "Marktplein en start naar verwachting in het tweede kwartaal van 2027.<br>"
         "Van het totale restant wordt het grootste deel besteed aan de uitbreiding van IKC De Vlonder, die in "
         "de zomer van 2027 wordt opgeleverd.</p>", "Investeringen", land=True)
    pg += 1

    # 16 weerstandsvermogen en kengetallen
    loc = "p. 16"
    cap = "Tabel 8.1 Weerstandscapaciteit en weerstandsratio"
    rows = [row([lab, REG.add(loc, cap, lab, "Bedrag", nl(v))]) for lab, v in WEER]
    rows.append(row(["Beschikbare weerstandscapaciteit", REG.add(loc, cap, "Beschikbare weerstandscapaciteit", "Bedrag", nl(WEER_BESCH))], "tot"))
    rows.append(row(["Benodigde weerstandscapaciteit", REG.add(loc, cap, "Benodigde weerstandscapaciteit", "Bedrag", nl(WEER_BENOD))]))
    rows.append(row(["Weerstandsratio (beschikbaar / benodigd)", REG.add(loc, cap, "Weerstandsratio (beschikbaar / benodigd)", "Bedrag", nl(WEER_RATIO, 2))], "tot"))
    t1 = (f"<table style='width:78%'><caption>{cap}</caption><tr><th class='l'>Onderdeel</th>"
          f"<th>Bedrag (x € 1.000)</th></tr>{''.join(rows)}</table>")
    cap = "Tabel 8.2 Financiële kengetallen"
    kcols = ["Rekening 2025", "Begroting 2026", "Prognose 2026", "Signaleringswaarde"]
    rows = []
    for name_, a, b, c, sig in KENG:
        cells = [REG.add(loc, cap, name_, kcols[i], umin(v, 1) + "%") for i, v in enumerate((a, b, c))]
        cells.append(sig)
        rows.append(row([name_] + cells))
    t2 = (f"<table><caption>{cap}</caption><tr><th class='l' style='width:42%'>Kengetal</th>"
          + "".join(f"<th>{c}</th>" for c in kcols) + f"</tr>{''.join(rows)}</table>")
    page("<h1>8. Weerstandsvermogen en financiële kengetallen</h1>"
         "<p>De weerstandscapaciteit is het geld dat beschikbaar is om onverwachte tegenvallers op te vangen. "
         "De benodigde weerstandscapaciteit is berekend met een risicosimulatie met een zekerheid van 90%. De "
         "grootste risico's zijn de open-einderegelingen in de jeugdhulp en de Wmo, de grondexploitaties en "
         "de uitkomst van de herijking van het gemeentefonds.</p>" + t1 +
         "<p>Met een ratio van 1,89 valt het weerstandsvermogen in klasse B: ruim voldoende (1,4 tot 2,0). "
         "De raad heeft als norm een ratio van minimaal 1,4 vastgesteld.</p>" + t2 +
         "<p>De netto schuldquote daalt ten opzichte van de begroting omdat minder is geïnvesteerd en een "
         "nieuwe lening later is aangetrokken. De structurele exploitatieruimte wordt naar verwachting "
         "negatief: de structurele lasten stijgen sneller dan de structurele baten. De kengetallen zijn "
         "berekend volgens de voorschriften van het BBV; negatieve waarden zijn aangegeven met een minteken.</p>",
         "Weerstandsvermogen")
    pg += 1

    # 17 beleidsindicatoren
    loc = "p. 17"
    cap = "Tabel 9.1 Verplichte beleidsindicatoren"
    rows = []
    for name_, unit, a, b, c, dec in INDIC:
        key = name_.rstrip("⁴")
        cells = [REG.add(loc, cap, key, y, "n.b." if v is None else nl(v, dec))
                 for y, v in (("2023", a), ("2024", b), ("2025", c))]
        rows.append(row([name_, unit] + cells))
    t = (f"<table><caption>{cap}</caption><tr><th class='l' style='width:38%'>Indicator</th><th class='l'>Eenheid</th>"
         "<th>2023</th><th>2024</th><th>2025</th></tr>" + "".join(rows) + "</table>")
    page("<h1>9. Beleidsindicatoren</h1>"
         "<p>Gemeenten nemen een vaste set beleidsindicatoren op in hun begroting en jaarstukken. De "
         "waarden hieronder zijn de meest recente gegevens die bij het opstellen van deze najaarsnota "
         "beschikbaar waren. Ze gaan over Heggenwolde zelf; landelijke vergelijkingscijfers zijn te vinden "
         "op waarstaatjegemeente.nl.</p>" + t +
         "<p class='note'>⁴ Uit de burgerpeiling, die eens per twee jaar wordt gehouden; over 2024 is daarom "
         "geen waarde beschikbaar (n.b.). De volgende peiling is in het voorjaar van 2027.</p>"
         "<p>Het aandeel jongeren met jeugdhulp stijgt al drie jaar op rij en ligt in 2025 op 13,1%. Dit "
         "sluit aan bij de financiële ontwikkeling in programma 5. De hoeveelheid restafval per inwoner "
         "daalt verder, na de invoering van de omgekeerde inzameling in 2023.</p>", "Beleidsindicatoren")


def html():
    parts = []
    n = len(PAGES)
    for i, (body, title, land) in enumerate(PAGES, start=1):
        cls = "page land" if land else "page"
        if title == "cover":
            parts.append(f'<div class="{cls}">{body}</div>')
            continue
        parts.append(f'<div class="{cls}"><div class="run"><span>Gemeente Heggenwolde · Najaarsnota 2026</span>'
                     f"<span>{title}</span></div>{body}"
                     f'<div class="foot"><span>Tweede tussenrapportage 2026</span><span>pagina {i} van {n}</span></div></div>')
    return ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Najaarsnota 2026 Gemeente "
            f"Heggenwolde</title><style>{CSS}</style></head><body>{''.join(parts)}</body></html>")


build()
PAGE_COUNT = len(PAGES)

if __name__ == "__main__":
    if "--cells" in sys.argv:
        for line in REG.dump():
            print(line)
    else:
        render(html(), PDF, PAGE_COUNT)
