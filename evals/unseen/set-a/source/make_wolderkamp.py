# Generates the fictional text export of the Voorjaarsnota 2025 of the fictional
# gemeente Wolderkamp. Table figures are checked here for internal consistency.
import os

HERE = os.path.dirname(__file__)
OUT = os.path.join(HERE, "..", "corpus", "wolderkamp-voorjaarsnota-2025.txt")


def nl(n, dec=0):
    s = f"{abs(n):,.{dec}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if n < 0 else "") + s


def d(n):
    return "-" if n == 0 else nl(n)


def trail(n):
    """trailing minus notation: 730-"""
    if n == 0:
        return "-"
    return nl(-n) + "-" if n < 0 else nl(n)


# ---------------- tabel 2.1 vertrekpunt
START = [412, -186, 238, 1054]
RB = [
    ("Raadsbesluit 12 december 2024: renovatie dorpshuis De Wolder", "(kapitaallasten)", [0, -38, -37, -37]),
    ("Raadsbesluit 30 januari 2025: extra capaciteit Omgevingswet", "(2 fte, 2025-2026)", [-180, -180, 0, 0]),
]
VERTREK = [START[i] + sum(r[2][i] for r in RB) for i in range(4)]

# ---------------- tabel 2.3 mutaties
# (nr, omschrijving regel 1, regel 2 of None, programma, I/S, bedragen, wrapstyle)
# wrapstyle "first": bedragen op eerste regel; "last": bedragen op tweede regel
GROUPS = [
    ("A. Algemene uitkering", [
        (1, "Decembercirculaire 2024", None, "AD", "S", [628, 415, 302, 287]),
    ]),
    ("B. Autonome ontwikkelingen", [
        (2, "Cao gemeenten 2025-2026 (loonkosten)", None, "OV", "S", [-742, -768, -768, -768]),
        (3, "Gemeenteraadsverkiezingen maart 2026", None, "1", "I", [0, -85, 0, 0]),
        (4, "Bijdrage gemeenschappelijke regeling Veiligheidsregio", "Oost-Wolderland (begroting 2025 GR)", "2", "S", [-96, -104, -104, -104], "last"),
        (5, "Energiekosten openbare verlichting en gemeentelijke", "gebouwen", "3", "S", [-58, -58, -58, -58], "first"),
        (6, "Hogere opbrengst toeristenbelasting", None, "4", "S", [74, 74, 74, 74]),
        (7, "Leerlingenvervoer: nieuwe aanbesteding", None, "5", "S", [-215, -228, -228, -228]),
        (8, "Jeugdhulp: volumegroei en hogere tarieven", None, "7", "S", [-1150, -900, -700, -500]),
        (9, "Wmo huishoudelijke hulp", None, "7", "S", [-386, -402, -418, -418]),
        (10, "BUIG: hogere voorlopige uitkering 2025", None, "7", "I", [210, 0, 0, 0]),
        (11, "Lagere legesopbrengst omgevingsvergunningen", None, "9", "S", [-180, -120, -80, -80]),
        (12, "OZB: areaaluitbreiding (214 nieuwe woningen)", None, "AD", "S", [96, 142, 188, 232]),
        (13, "Lagere rentelasten nieuwe langlopende", "geldleningen", "AD", "S", [118, 86, 54, 40], "first"),
        (14, "Vrijval stelpost prijsstijgingen", None, "AD", "S", [150, 150, 150, 150]),
    ]),
    ("C. Nieuw beleid en intensiveringen", [
        (15, "Uitbreiding handhaving: twee extra boa's", "(vanaf 1 juli 2025)", "2", "S", [-82, -165, -165, -165], "last"),
        (16, "Uitvoeringsprogramma energietransitie 2025-2026", None, "8", "I", [-250, -250, 0, 0]),
        (17, "Subsidie dorpshuizen (onderhoud en exploitatie)", None, "6", "S", [-40, -40, -40, -40]),
        (18, "Jeugdpreventie: POH-GGZ jeugd bij huisartsen", None, "7", "S", [-120, -120, -120, -120]),
    ]),
    ("D. Dekkingsmaatregelen", [
        (19, "Onttrekking algemene reserve (dekking incidentele", "lasten nrs. 3 en 16)", "AD", "I", [250, 335, 0, 0], "last"),
        (20, "Onttrekking reserve sociaal domein (jeugdhulp 2025)", None, "7", "I", [600, 0, 0, 0]),
        (21, "Taakstelling herijking subsidies", None, "6", "S", [0, 250, 400, 500]),
    ]),
]
sub = {g: [sum(it[5][i] for it in items) for i in range(4)] for g, items in GROUPS}
tot_mut = [sum(sub[g][i] for g in sub) for i in range(4)]
NIEUW = [VERTREK[i] + tot_mut[i] for i in range(4)]

# ---------------- tabel 2.4 structureel saldo
INC_L_BEGR = [655, 120, 60, 0]
INC_L_VJN = [180 + 250, 180 + 85 + 250, 0, 0]   # omgevingswet, energietransitie, verkiezingen
INC_B_BEGR = [630, 0, 0, 0]
INC_B_VJN = [210 + 250 + 600, 335, 0, 0]        # BUIG, onttrekking AR, onttrekking reserve SD
# check against the I-items of the mutation table
i_items = [it for g, items in GROUPS for it in items if it[4] == "I"]
assert [sum(-it[5][i] for it in i_items if it[5][i] < 0) + (180 if i < 2 else 0) for i in range(4)] == INC_L_VJN
assert [sum(it[5][i] for it in i_items if it[5][i] > 0) for i in range(4)] == INC_B_VJN
STRUCT = [NIEUW[i] + INC_L_BEGR[i] + INC_L_VJN[i] - INC_B_BEGR[i] - INC_B_VJN[i] for i in range(4)]

# ---------------- reserves (x 1.000)
RES = [
    ("Algemene reserve", 14862, 1238, 730),
    ("Reserve sociaal domein", 2415, 0, 750),
    ("Reserve onderhoud gemeentelijke gebouwen", 3106, 420, 385),
    ("Reserve dekking kapitaallasten", 6240, 0, 312),
    ("Reserve energietransitie", 480, 0, 180),
]
res_rows = [(n, a, t, o, a + t - o) for n, a, t, o in RES]
res_tot = [sum(r[i] for r in res_rows) for i in range(1, 5)]

# ---------------- weerstandsvermogen (x 1.000)
AR_END = res_rows[0][4]
WC = AR_END + NIEUW[0] + 2184 + 100
BENODIGD = 8950
RATIO = WC / BENODIGD

# ---------------- investeringen (euro)
RENTE = 0.034
INV = [
    ("Vervanging tractie buitendienst (2 veegmachines)", 385000, 8),
    ("Renovatie kunstgrasveld sportpark De Wolderhoek", 460000, 12),
    ("Uitbreiding urnenmuur begraafplaats Oostereind", 95000, 30),
    ("Verduurzaming gemeentehuis (warmtepomp en isolatie)", 1240000, 25),
]
inv_rows = [(n, k, t, round(k / t), round(k * RENTE)) for n, k, t in INV]
inv_rows = [(n, k, t, a, r, a + r) for n, k, t, a, r in inv_rows]
inv_tot = [sum(r[i] for r in inv_rows) for i in (1, 3, 4, 5)]

# ---------------- woonlasten (euro)
WOON = [
    ("OZB eigenaar (gemiddelde woning)", 342, 361),
    ("Rioolheffing", 246, 259),
    ("Afvalstoffenheffing meerpersoonshuishouden", 312, 338),
]
woon_tot_m = (sum(r[1] for r in WOON), sum(r[2] for r in WOON))
AFVAL_1P = (248, 266)
woon_tot_1 = (WOON[0][1] + WOON[1][1] + AFVAL_1P[0], WOON[0][2] + WOON[1][2] + AFVAL_1P[1])


def pct(a, b):
    return nl((b / a - 1) * 100, 1) + "%"


# ---------------- table renderers
W_DESC = 56


def row4(label, vals, fmt=nl, w=W_DESC, colw=10):
    return label.ljust(w) + "".join(fmt(v).rjust(colw) for v in vals)


def t21():
    L = []
    L.append("Tabel 2.1 Vertrekpunt: saldo begroting 2025-2028")
    L.append("(bedragen x € 1.000; + = voordeel, - = nadeel)")
    L.append("")
    L.append(row4("", ["2025", "2026", "2027", "2028"], fmt=str))
    L.append(row4("Saldo vastgestelde begroting 2025 (raad 7 november 2024)", START))
    for a, b, v in RB:
        L.append(a)
        L.append(row4("   " + b, v, fmt=d))
    L.append(row4("Bijgesteld vertrekpunt voorjaarsnota 2025", VERTREK))
    return "\n".join(L)


def mut_line(nr, text, prog, ist, vals):
    left = (f"{nr:>2}  " if nr is not None else "    ") + text
    return left.ljust(W_DESC) + prog.rjust(5) + ist.rjust(5) + "".join(d(v).rjust(9) for v in vals)


def t23_part(groups, header=True):
    L = []
    if header:
        L.append("Nr  Omschrijving".ljust(W_DESC) + "Progr.".rjust(7) + "I/S".rjust(4) + "2025".rjust(8) + "2026".rjust(9) + "2027".rjust(9) + "2028".rjust(9))
        L.append("-" * 104)
    for g, items in groups:
        L.append("    " + g)
        for it in items:
            nr, t1, t2, prog, ist, vals = it[:6]
            style = it[6] if len(it) > 6 else None
            if t2 is None:
                L.append(mut_line(nr, t1, prog, ist, vals))
            elif style == "first":
                L.append(mut_line(nr, t1, prog, ist, vals))
                L.append("    " + t2)
            else:
                L.append(f"{nr:>2}  " + t1)
                L.append(mut_line(None, t2, prog, ist, vals))
        L.append(mut_line(None, "Subtotaal " + g.split(".")[0], "", "", sub[g]))
        L.append("")
    return L


def t23():
    L = ["Tabel 2.3 Overzicht mutaties voorjaarsnota 2025",
         "(bedragen x € 1.000; + = voordeel, - = nadeel; I = incidenteel, S = structureel)", ""]
    L += t23_part(GROUPS[:2])
    L.append("<<PAGE>>")
    L.append("Tabel 2.3 (vervolg)")
    L.append("")
    L += t23_part(GROUPS[2:])
    L.append("-" * 104)
    L.append(mut_line(None, "Bijgesteld vertrekpunt (tabel 2.1)", "", "", VERTREK))
    L.append(mut_line(None, "Totaal mutaties voorjaarsnota 2025 (A t/m D)", "", "", tot_mut))
    L.append(mut_line(None, "Nieuw begrotingssaldo na voorjaarsnota", "", "", NIEUW))
    return "\n".join(L)


def t24():
    L = ["Tabel 2.4 Structureel begrotingssaldo (bedragen x € 1.000)", ""]
    L.append(row4("", ["2025", "2026", "2027", "2028"], fmt=str))
    L.append(row4("Nieuw begrotingssaldo (tabel 2.3)", NIEUW))
    L.append("Bij: incidentele lasten")
    L.append(row4("  - opgenomen in begroting 2025", INC_L_BEGR, fmt=d))
    L.append(row4("  - raadsbesluiten en voorjaarsnota 2025", INC_L_VJN, fmt=d))
    L.append("Af: incidentele baten")
    L.append(row4("  - opgenomen in begroting 2025", INC_B_BEGR, fmt=d))
    L.append(row4("  - raadsbesluiten en voorjaarsnota 2025", INC_B_VJN, fmt=d))
    L.append(row4("Structureel begrotingssaldo", STRUCT))
    return "\n".join(L)


def t41():
    L = ["Tabel 4.1 Nieuwe investeringen 2025 (bedragen in €)", ""]
    L.append("Investering".ljust(54) + "Krediet".rjust(12) + "Termijn".rjust(9) + "Afschrijving".rjust(14) + "Rente".rjust(9) + "Kapitaallasten".rjust(16))
    L.append("".ljust(54) + "".rjust(12) + "(jaren)".rjust(9) + "".rjust(14) + "3,4%".rjust(9) + "vanaf 2026".rjust(16))
    for n, k, t, a, r, kl in inv_rows:
        L.append(n.ljust(54) + nl(k).rjust(12) + str(t).rjust(9) + nl(a).rjust(14) + nl(r).rjust(9) + nl(kl).rjust(16))
    L.append("Totaal".ljust(54) + nl(inv_tot[0]).rjust(12) + "".rjust(9) + nl(inv_tot[1]).rjust(14) + nl(inv_tot[2]).rjust(9) + nl(inv_tot[3]).rjust(16))
    return "\n".join(L)


def t51():
    L = ["Tabel 5.1 Verloop reserves 2025 (x € 1.000)", ""]
    L.append("Reserve".ljust(44) + "Stand".rjust(11) + "Toevoe-".rjust(11) + "Onttrek-".rjust(11) + "Stand".rjust(12))
    L.append("".ljust(44) + "1-1-2025".rjust(11) + "gingen".rjust(11) + "kingen".rjust(11) + "31-12-2025".rjust(12))
    for n, a, t, o, e in res_rows:
        L.append(n.ljust(44) + nl(a).rjust(11) + trail(t).rjust(11) + trail(-o).rjust(11) + nl(e).rjust(12))
    L.append("Totaal reserves".ljust(44) + nl(res_tot[0]).rjust(11) + trail(res_tot[1]).rjust(11) + trail(-res_tot[2]).rjust(11) + nl(res_tot[3]).rjust(12))
    return "\n".join(L)


def t52():
    L = ["Tabel 5.2 Ratio weerstandsvermogen (x € 1.000)", ""]
    L.append("Algemene reserve, stand 31-12-2025 (tabel 5.1)".ljust(56) + nl(AR_END).rjust(10))
    L.append("Af: nadelig begrotingssaldo 2025 na voorjaarsnota".ljust(56) + nl(NIEUW[0]).rjust(10))
    L.append("Onbenutte belastingcapaciteit OZB".ljust(56) + nl(2184).rjust(10))
    L.append("Post onvoorzien".ljust(56) + nl(100).rjust(10))
    L.append("Beschikbare weerstandscapaciteit (A)".ljust(56) + nl(WC).rjust(10))
    L.append("Benodigde weerstandscapaciteit (B)".ljust(56) + nl(BENODIGD).rjust(10))
    L.append("Ratio weerstandsvermogen (A / B)".ljust(56) + nl(RATIO, 2).rjust(10))
    return "\n".join(L)


KENGETALLEN = [
    ("1a. Netto schuldquote", ["58,4%", "71,2%", "73,6%", "78,1%", "80,4%", "79,2%"]),
    ("1b. Netto schuldquote gecorrigeerd voor alle verstrekte leningen", ["54,9%", "68,0%", "70,3%", "74,9%", "77,3%", "76,2%"]),
    ("2. Solvabiliteitsratio", ["31,7%", "28,4%", "27,6%", "26,1%", "25,4%", "25,8%"]),
    ("3. Grondexploitatie", ["6,2%", "4,8%", "5,1%", "4,3%", "3,6%", "2,9%"]),
    ("4. Structurele exploitatieruimte", ["0,4%", "0,2%", "-1,6%", "-1,9%", "-1,3%", "-0,2%"]),
    ("5. Belastingcapaciteit", ["97,8%", "101,3%", "101,3%", "n.v.t.", "n.v.t.", "n.v.t."]),
]


def t53():
    L = ["Tabel 5.3 Financiële kengetallen", ""]
    L.append("Kengetal\tRekening\tBegroting\tVoorjaarsnota\tRaming\tRaming\tRaming")
    L.append("\t2023\t2025\t2025\t2026\t2027\t2028")
    for n, v in KENGETALLEN:
        if len(n) > 40:
            # wrapped row as copied from the pdf
            L.append("1b. Netto schuldquote gecorrigeerd voor\t" + "\t".join(v))
            L.append("alle verstrekte leningen")
        else:
            L.append(n + "\t" + "\t".join(v))
    return "\n".join(L)


def t61():
    L = ["Tabel 6.1 Woonlasten (bedragen in €)", ""]
    L.append("".ljust(50) + "2024".rjust(8) + "2025".rjust(8) + "Stijging".rjust(10))
    for n, a, b in WOON:
        L.append(n.ljust(50) + str(a).rjust(8) + str(b).rjust(8) + pct(a, b).rjust(10))
    L.append("Totale woonlasten meerpersoonshuishouden".ljust(50) + str(woon_tot_m[0]).rjust(8) + str(woon_tot_m[1]).rjust(8) + pct(*woon_tot_m).rjust(10))
    L.append("")
    L.append("Afvalstoffenheffing eenpersoonshuishouden".ljust(50) + str(AFVAL_1P[0]).rjust(8) + str(AFVAL_1P[1]).rjust(8) + pct(*AFVAL_1P).rjust(10))
    L.append("Totale woonlasten eenpersoonshuishouden".ljust(50) + str(woon_tot_1[0]).rjust(8) + str(woon_tot_1[1]).rjust(8) + pct(*woon_tot_1).rjust(10))
    return "\n".join(L)


TEXT = open(os.path.join(HERE, "wolderkamp_template.txt"), encoding="utf-8").read()
import textwrap
_w = []
for line in TEXT.split("\n"):
    if len(line) > 95 and "{T" not in line:
        ind = "  " if line.startswith("• ") else ""
        _w.extend(textwrap.wrap(line, width=95, subsequent_indent=ind, break_long_words=False, break_on_hyphens=False))
    else:
        _w.append(line)
TEXT = "\n".join(_w)
for k, f in {"T21": t21, "T23": t23, "T24": t24, "T41": t41, "T51": t51, "T52": t52, "T53": t53, "T61": t61}.items():
    TEXT = TEXT.replace("{" + k + "}", f())

# page footers
parts = TEXT.split("<<PAGE>>")
out = []
for i, p in enumerate(parts, 1):
    out.append(p.rstrip("\n"))
    if i < len(parts):
        out.append(f"\n\nVoorjaarsnota 2025 | pagina {i}\n\nGemeente Wolderkamp\n")
    else:
        out.append(f"\n\nVoorjaarsnota 2025 | pagina {i}\n")
TEXT = "\n".join(out)
with open(OUT, "w", encoding="utf-8") as f:
    f.write(TEXT)

print("vertrek", VERTREK)
print("sub", sub)
print("tot_mut", tot_mut, "nieuw", NIEUW)
print("struct", STRUCT)
print("res", res_rows, res_tot)
print("WC", WC, "ratio", RATIO)
print("inv", inv_rows, inv_tot)
print("woon", woon_tot_m, woon_tot_1, pct(*woon_tot_m), pct(*woon_tot_1))
