# Generates the fictional saved HTML page of Programma 4 of the
# Programmabegroting 2025 of the fictional gemeente Lindewaard.
# All table figures are computed here so that totals and saldi are consistent.
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus",
                   "lindewaard-programmabegroting-2025-programma-4.html")


def nl(n, dec=0):
    s = f"{abs(n):,.{dec}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if n < 0 else "") + s


def par(n):
    """negative numbers in parentheses"""
    if n == 0:
        return "-"
    return f"({nl(-n)})" if n < 0 else nl(n)


def dash(n):
    return "-" if n == 0 else nl(n)


YEARS = ["Rekening 2023", "Begroting 2024", "Begroting 2025", "Raming 2026", "Raming 2027", "Raming 2028"]

LASTEN = [
    ("2.1 Verkeer, wegen en water", [5812, 6104, 6387, 6452, 6519, 6498]),
    ("2.2 Parkeren", [412, 431, 446, 452, 458, 463]),
    ("5.7 Openbaar groen en (openlucht) recreatie", [3274, 3418, 3562, 3601, 3644, 3679]),
    ("7.2 Riolering", [3905, 4021, 4236, 4318, 4402, 4476]),
    ("7.3 Afval", [4688, 4903, 5217, 5284, 5341, 5409]),
    ("7.4 Milieubeheer", [1356, 1512, 1648, 1395, 1402, 1410]),
    ("7.5 Begraafplaatsen en crematoria", [624, 641, 668, 674, 681, 688]),
]
BATEN = [
    ("2.1 Verkeer, wegen en water", [318, 265, 271, 271, 271, 271]),
    ("2.2 Parkeren", [597, 610, 642, 655, 668, 681]),
    ("5.7 Openbaar groen en (openlucht) recreatie", [86, 74, 78, 78, 78, 78]),
    ("7.2 Riolering", [4126, 4284, 4498, 4592, 4687, 4771]),
    ("7.3 Afval", [5011, 5198, 5461, 5538, 5604, 5679]),
    ("7.4 Milieubeheer", [402, 518, 611, 344, 344, 344]),
    ("7.5 Begraafplaatsen en crematoria", [512, 529, 551, 562, 573, 584]),
]
TOEV = [350, 0, 120, 120, 120, 120]
ONTTR = [486, 742, 815, 438, 412, 395]

tot_l = [sum(r[1][i] for r in LASTEN) for i in range(6)]
tot_b = [sum(r[1][i] for r in BATEN) for i in range(6)]
saldo = [tot_b[i] - tot_l[i] for i in range(6)]
mut = [ONTTR[i] - TOEV[i] for i in range(6)]
result = [saldo[i] + mut[i] for i in range(6)]

# ---------- verschillenanalyse 2025 vs 2024 (x 1.000), nadeel tussen haakjes
def diff(name):
    l = dict(LASTEN)[name]
    b = dict(BATEN)[name]
    return -(l[2] - l[1]), b[2] - b[1]

VERSCHIL = [
    ("Afvalinzameling en -verwerking: hogere verwerkingstarieven en afvalstoffenbelasting; hogere opbrengst afvalstoffenheffing", diff("7.3 Afval")),
    ("Riolering: hogere kapitaallasten vervanging riolering Molenwijk; hogere opbrengst rioolheffing", diff("7.2 Riolering")),
    ("Wegen: indexatie onderhoudsbestek en hogere kapitaallasten reconstructie Stationsweg", diff("2.1 Verkeer, wegen en water")),
    ("Openbaar groen: nieuw bestek groenonderhoud en extra bomenaanplant", diff("5.7 Openbaar groen en (openlucht) recreatie")),
    ("Milieubeheer: uitvoering lokale aanpak isolatie (gedekt uit Rijksbijdrage) en hogere bijdrage Omgevingsdienst", diff("7.4 Milieubeheer")),
]
ov_l = diff("2.2 Parkeren")[0] + diff("7.5 Begraafplaatsen en crematoria")[0]
ov_b = diff("2.2 Parkeren")[1] + diff("7.5 Begraafplaatsen en crematoria")[1]
VERSCHIL.append(("Overige kleine verschillen (parkeren, begraafplaatsen)", (ov_l, ov_b)))
v_tot_l = sum(v[1][0] for v in VERSCHIL)
v_tot_b = sum(v[1][1] for v in VERSCHIL)
assert v_tot_l == -(tot_l[2] - tot_l[1]) and v_tot_b == tot_b[2] - tot_b[1]

# ---------- investeringen (x 1.000)
INV = [
    ("Vervanging riolering Molenwijk, fase 2", [1450, 1380, 0, 0]),
    ("Reconstructie Stationsweg (incl. fietsstroken)", [2100, 0, 0, 0]),
    ("Klimaatadaptatie: waterberging Lindepark", [640, 410, 0, 0]),
    ("Vervanging openbare verlichting door LED", [285, 285, 285, 0]),
    ("Vrijliggend fietspad Lindewaard - Oudemolen", [480, 1150, 0, 0]),
    ("Vervanging ondergrondse containers", [0, 325, 0, 310]),
    ("Vervanging speeltoestellen", [135, 140, 145, 150]),
]
inv_tot = [sum(r[1][i] for r in INV) for i in range(4)]

# ---------- kostendekkendheid (whole euros)
KD = {
    "afval": dict(kosten=5216842, inkomsten=1287400, overhead=118560, btw=228210, straat=62250, heffing=4173600),
    "riool": dict(kosten=4235718, inkomsten=96300, overhead=142380, btw=118640, straat=81250, heffing=4401700),
}
for k, d in KD.items():
    d["netto"] = d["kosten"] - d["inkomsten"]
    d["totaal"] = d["netto"] + d["overhead"] + d["btw"] + d["straat"]
    d["dekking"] = d["heffing"] / d["totaal"] * 100
assert round(KD["afval"]["kosten"] / 1000) == 5217 and KD["afval"]["inkomsten"] + KD["afval"]["heffing"] == 5461000
assert round(KD["riool"]["kosten"] / 1000) == 4236 and KD["riool"]["inkomsten"] + KD["riool"]["heffing"] == 4498000

# ---------- tarieven (euro, 2 dec)
TARIEVEN = [
    ("Afvalstoffenheffing", None),
    ("Vastrecht per perceel (huishouden)", (238.80, 259.20)),
    ("Per lediging minicontainer restafval 140 liter", (9.40, 10.20)),
    ("Per lediging minicontainer restafval 240 liter", (16.10, 17.50)),
    ("Per inworp ondergrondse container restafval (50 liter)", (1.85, 2.00)),
    ("Rioolheffing", None),
    ("Eigenarendeel per aansluiting (woning)", (212.40, 222.96)),
    ("Eigenarendeel per aansluiting (niet-woning)", (318.60, 334.44)),
    ("Gebruikersdeel per 100 m\u00b3 waterverbruik boven 300 m\u00b3", (48.60, 51.00)),
]


def eur(x):
    return "\u20ac\u00a0" + nl(x, 2)


def rows_overview():
    out = []
    def row(label, vals, cls="", fmt=nl):
        tds = "".join(f'<td class="num">{fmt(v)}</td>' for v in vals)
        out.append(f'          <tr{cls}>\n            <td>{label}</td>{tds}\n          </tr>')
    out.append('          <tr class="group"><td colspan="7"><strong>Lasten</strong></td></tr>')
    for n, v in LASTEN:
        row(n, v)
    row("<strong>Totaal lasten</strong>", tot_l, ' class="subtotal"')
    out.append('          <tr class="group"><td colspan="7"><strong>Baten</strong></td></tr>')
    for n, v in BATEN:
        row(n, v)
    row("<strong>Totaal baten</strong>", tot_b, ' class="subtotal"')
    row("<strong>Saldo van baten en lasten</strong>", saldo, ' class="total"')
    out.append('          <tr class="group"><td colspan="7"><strong>Mutaties reserves</strong></td></tr>')
    row("Toevoegingen aan reserves", TOEV, "", dash)
    row("Onttrekkingen aan reserves", ONTTR, "", dash)
    row("Saldo mutaties reserves", mut, ' class="subtotal"')
    row("<strong>Geraamd resultaat programma 4</strong>", result, ' class="total"')
    return "\n".join(out)


def rows_verschil():
    out = []
    for i, (n, (l, b)) in enumerate(VERSCHIL, 1):
        out.append(f'          <tr>\n            <td>{i}</td>\n            <td>{n}</td>\n'
                   f'            <td class="num">{par(l)}</td>\n            <td class="num">{par(b)}</td>\n'
                   f'            <td class="num">{par(l + b)}</td>\n          </tr>')
    out.append(f'          <tr class="total">\n            <td></td>\n            <td><strong>Totaal verschil begroting 2025 t.o.v. begroting 2024</strong></td>\n'
               f'            <td class="num"><strong>{par(v_tot_l)}</strong></td>\n            <td class="num"><strong>{par(v_tot_b)}</strong></td>\n'
               f'            <td class="num"><strong>{par(v_tot_l + v_tot_b)}</strong></td>\n          </tr>')
    return "\n".join(out)


def rows_inv():
    out = []
    for n, v in INV:
        tds = "".join(f'<td class="num">{dash(x)}</td>' for x in v)
        out.append(f'          <tr>\n            <td>{n}</td>\n            {tds}<td class="num">{nl(sum(v))}</td>\n          </tr>')
    tds = "".join(f'<td class="num"><strong>{nl(x)}</strong></td>' for x in inv_tot)
    out.append(f'          <tr class="total">\n            <td><strong>Totaal investeringen programma 4</strong></td>\n            {tds}<td class="num"><strong>{nl(sum(inv_tot))}</strong></td>\n          </tr>')
    return "\n".join(out)


def rows_tarief():
    out = []
    for n, v in TARIEVEN:
        if v is None:
            out.append(f'          <tr class="group"><th colspan="4" scope="rowgroup">{n}</th></tr>')
            continue
        a, b = v
        out.append(f'          <tr>\n            <td>{n}</td>\n            <td class="num">{eur(a)}</td>\n'
                   f'            <td class="num">{eur(b)}</td>\n            <td class="num">{eur(round(b - a, 2))}</td>\n          </tr>')
    return "\n".join(out)


def rows_kd():
    a, r = KD["afval"], KD["riool"]
    def row(label, x, y, cls=""):
        return f'          <tr{cls}>\n            <td>{label}</td>\n            <td class="num">{x}</td>\n            <td class="num">{y}</td>\n          </tr>'
    out = [
        row("Kosten taakveld(en), inclusief kapitaallasten", nl(a["kosten"]), nl(r["kosten"])),
        row("Inkomsten taakveld(en), exclusief heffingen", nl(-a["inkomsten"]), nl(-r["inkomsten"])),
        row("<strong>Netto kosten taakveld</strong>", nl(a["netto"]), nl(r["netto"]), ' class="subtotal"'),
        '          <tr class="group"><td colspan="3"><em>Toe te rekenen kosten:</em></td></tr>',
        row("Overhead, inclusief (omslag)rente", nl(a["overhead"]), nl(r["overhead"])),
        row("BTW (compensabel)", nl(a["btw"]), nl(r["btw"])),
        row("Straatreiniging (aandeel)", nl(a["straat"]), nl(r["straat"])),
        row("<strong>Totale kosten</strong>", nl(a["totaal"]), nl(r["totaal"]), ' class="subtotal"'),
        row("Opbrengst heffingen 2025", nl(a["heffing"]), nl(r["heffing"])),
        row("<strong>Dekkingspercentage</strong>", nl(a["dekking"], 1) + "%", nl(r["dekking"], 1) + "%", ' class="total"'),
    ]
    return "\n".join(out)


th_years = "".join(f'<th scope="col" class="num">{y.split()[0]}<br>{y.split()[1]}</th>' for y in YEARS)

afval_tekort = KD["afval"]["totaal"] - KD["afval"]["heffing"]

HTML = open(os.path.join(os.path.dirname(__file__), "lindewaard_template.html"), encoding="utf-8").read()
HTML = HTML.format(
    th_years=th_years, overview_rows=rows_overview(), verschil_rows=rows_verschil(), inv_rows=rows_inv(),
    tarief_rows=rows_tarief(), kd_rows=rows_kd(),
    tot_l_2025=nl(tot_l[2]), tot_l_2024=nl(tot_l[1]), tot_b_2025=nl(tot_b[2]),
    saldo_2025=nl(saldo[2]), v_saldo=par(v_tot_l + v_tot_b), v_tot_l=nl(-v_tot_l),
    inv_2025=nl(inv_tot[0]), inv_all=nl(sum(inv_tot)),
    afval_tekort=nl(afval_tekort),
)
with open(OUT, "w", encoding="utf-8") as f:
    f.write(HTML)

print("tot_l", tot_l)
print("tot_b", tot_b)
print("saldo", saldo)
print("mut", mut)
print("result", result)
print("verschil", [(n[:20], l, b, l + b) for n, (l, b) in VERSCHIL], v_tot_l, v_tot_b)
print("inv", inv_tot, sum(inv_tot), [(n[:20], sum(v)) for n, v in INV])
for k, d in KD.items():
    print(k, d)
print("afval tekort", afval_tekort)
