"""Gemeente Dinkelland, Programmabegroting 2026 en meerjarenraming 2027-2029 (FICTIONAL
figures), typeset with LuaLaTeX (fontspec, colortbl, longtable, tcolorbox, pgfplots).

Usage: python gen_dinkelland.py OUTDIR   -> OUTDIR/dinkelland-programmabegroting-2026.pdf
The LaTeX source is left beside this script (dinkelland-programmabegroting-2026.tex).
"""
import os
import shutil
import subprocess
import sys

import data as D
from fmt import num, dec, mln, rhu, grp
from tables import Col, Row, Table

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "dinkelland-programmabegroting-2026"

# ------------------------------------------------------------------------------------
# tables (shared with gen_cases.py)
# ------------------------------------------------------------------------------------
YCOLS = [Col("2024", ["Rekening", "2024"]), Col("2025", ["Begroting", "2025 na", "wijziging"]),
         Col("2026", ["Begroting", "2026"]), Col("2027", ["Raming", "2027"]),
         Col("2028", ["Raming", "2028"]), Col("2029", ["Raming", "2029"])]


def k(v):            # x 1.000 with trailing minus
    return num(v, "trail")


def t_bezuinigingen():
    cols = [Col(y, [y]) for y in ["2026", "2027", "2028", "2029"]]
    rows = [Row(f"{code} {label}", {y: num(v[i]) for i, y in enumerate(["2026", "2027", "2028", "2029"])})
            for code, label, v in D.BEZUINIGINGEN]
    rows.append(Row("Totaal bezuinigingen", {y: num(D.BEZ_TOT[i]) for i, y in enumerate(["2026", "2027", "2028", "2029"])},
                    style="total"))
    return Table("T1.1", "Tabel 1.1 Bezuinigingsmaatregelen 2026-2029", cols, rows,
                 scale="bedragen x € 1.000", scale_where="corner", corner="bedragen x € 1.000", scale_factor=1000)


def t_kerngegevens():
    cols = [Col("v", ["Aantal"])]
    rows = [Row("Inwoners op 1 januari 2025", {"v": grp(D.DK_INWONERS)}),
            Row("Huishoudens op 1 januari 2025", {"v": grp(D.DK_HUISHOUDENS)}),
            Row("Woningen", {"v": "11.912"}),
            Row("Kernen", {"v": str(len(D.DK_KERNEN))}),
            Row("Oppervlakte (hectare)", {"v": "17.691"}),
            Row("Inwoners van 65 jaar en ouder", {"v": "24,1%"})]
    return Table("T2.0", "Tabel 2.1 Kerngegevens", cols, rows)


def t_glance():
    cols = [Col("L", ["Lasten"]), Col("B", ["Baten"]), Col("S", ["Saldo"])]
    rows = []
    for g, name in D.MLN_ROWS:
        rows.append(Row(name, {"L": mln(D.PL[g]["2026"] * 1000), "B": mln(D.PB[g]["2026"] * 1000),
                               "S": mln(D.PS[g]["2026"] * 1000)}))
    rows.append(Row("Totaal saldo van baten en lasten", {"L": mln(D.TOT_L["2026"] * 1000), "B": mln(D.TOT_B["2026"] * 1000),
                                                        "S": mln(D.TOT_S["2026"] * 1000)}, style="bold"))
    rows.append(Row("Mutaties reserves", {"L": mln(D.RES_TOEV["2026"] * 1000), "B": mln(D.RES_ONTT["2026"] * 1000),
                                          "S": mln((D.RES_ONTT["2026"] - D.RES_TOEV["2026"]) * 1000)}))
    rows.append(Row("Geraamd resultaat", {"L": mln(D.RESULT_L["2026"] * 1000), "B": mln(D.RESULT_B["2026"] * 1000),
                                          "S": mln(D.RESULT["2026"] * 1000)}, style="bold"))
    return Table("T2.2", "Tabel 2.2 Lasten en baten per programma 2026 (bedragen in € mln)", cols, rows,
                 scale="bedragen in € mln", scale_where="caption", scale_factor=1000000)


def t_indicators(p, num_):
    cols = [Col("bron", ["Bron"]), Col("real", ["Realisatie", "2024"]), Col("streef", ["Streefwaarde", "2026"])]
    rows = [Row(lab, {"bron": bron, "real": real, "streef": streef}) for lab, bron, real, streef in D.INDICATORS[p]]
    return Table(f"T3.{num_}", f"Tabel 3.{num_} Indicatoren {D.P_NAME[p]}", cols, rows)


def t_programme(p, num_):
    rows = []
    if p == "1":
        rows.append(Row("Lasten", {}, style="group"))
        for name, _ in D.ACTIELIJNEN:
            rows.append(Row(name, {y: k(D.ACT[name][y]) for y in D.DK_YEARS}))
        rows.append(Row("Totaal lasten", {y: k(D.PL[p][y]) for y in D.DK_YEARS}, style="bold"))
        rows.append(Row("Totaal baten", {y: k(D.PB[p][y]) for y in D.DK_YEARS}))
    else:
        rows.append(Row("Lasten", {y: k(D.PL[p][y]) for y in D.DK_YEARS}))
        rows.append(Row("Baten", {y: k(D.PB[p][y]) for y in D.DK_YEARS}))
    rows.append(Row("Saldo van baten en lasten", {y: k(D.PS[p][y]) for y in D.DK_YEARS}, style="total"))
    return Table(f"T3.{num_}", f"Tabel 3.{num_} Wat mag het kosten? {D.P_NAME[p]}", YCOLS, rows,
                 scale="bedragen x € 1.000", scale_where="corner", corner="bedragen x € 1.000", scale_factor=1000)


def t_overzicht():
    years = ["2026", "2027", "2028", "2029"]
    gname = {"2026": "Begroting 2026", "2027": "Raming 2027", "2028": "Raming 2028", "2029": "Raming 2029"}
    cols = []
    for y in years:
        for m, lab in (("L", "Lasten"), ("B", "Baten"), ("S", "Saldo")):
            cols.append(Col(f"{y}{m}", [lab], group=gname[y]))
    rows = []
    for g in D.GROUPS:
        label = {"OH": "Overhead", "ADM": "Algemene dekkingsmiddelen", "VPB": "Vennootschapsbelasting"}.get(g)
        if label is None:
            label = f"{g} {D.P_NAME[g]}"
        rows.append(Row(label, {f"{y}{m}": k(v) for y in years for m, v in
                                (("L", D.PL[g][y]), ("B", D.PB[g][y]), ("S", D.PS[g][y]))}))
    rows.append(Row("Totaal saldo van baten en lasten", {f"{y}{m}": k(v) for y in years for m, v in
                                                        (("L", D.TOT_L[y]), ("B", D.TOT_B[y]), ("S", D.TOT_S[y]))},
                    style="bold"))
    rows.append(Row("Toevoegingen aan reserves", {f"{y}{m}": v for y in years for m, v in
                                                 (("L", k(D.RES_TOEV[y])), ("B", "—"), ("S", k(-D.RES_TOEV[y])))}))
    rows.append(Row("Onttrekkingen aan reserves", {f"{y}{m}": v for y in years for m, v in
                                                  (("L", "—"), ("B", k(D.RES_ONTT[y])), ("S", k(D.RES_ONTT[y])))}))
    rows.append(Row("Geraamd resultaat", {f"{y}{m}": k(v) for y in years for m, v in
                                          (("L", D.RESULT_L[y]), ("B", D.RESULT_B[y]), ("S", D.RESULT[y]))},
                    style="total"))
    return Table("T4.1", "Tabel 4.1 Overzicht van baten en lasten 2026-2029", cols, rows,
                 scale="(bedragen x € 1.000)", scale_where="caption-line", scale_factor=1000)


def t_dekking():
    rows = [Row("Totaal algemene dekkingsmiddelen", {y: num(D.DEKKING_TOTAL[y]) for y in D.DK_YEARS}, style="total")]
    for r in D.DEKKING_ROWS:
        rows.append(Row(r, {y: num(D.DEKKING[r][y]) for y in D.DK_YEARS}))
    return Table("T5.1", "Tabel 5.1 Algemene dekkingsmiddelen", YCOLS, rows,
                 scale="bedragen x € 1.000", scale_where="corner", corner="bedragen x € 1.000", scale_factor=1000)


TARIEF_ROWS = [
    ("OZB woningen, eigenaar", "% van de WOZ-waarde", D.OZB_TARIEF["Woningen eigenaar"]),
    ("OZB niet-woningen, eigenaar", "% van de WOZ-waarde", D.OZB_TARIEF["Niet-woningen eigenaar"]),
    ("OZB niet-woningen, gebruiker", "% van de WOZ-waarde", D.OZB_TARIEF["Niet-woningen gebruiker"]),
    ("Toeristenbelasting", "per persoon per nacht", tuple("€ " + x for x in D.TOERISTENBELASTING_TARIEF)),
    ("Precariobelasting terrassen", "per m² per jaar", tuple("€ " + x for x in D.PRECARIO_TARIEF)),
]


def _pnum(s):
    return float(s.replace("€", "").replace("%", "").replace(".", "").replace(",", ".").strip())


def t_tarieven():
    cols = [Col("grond", ["Grondslag"]), Col("2025", ["2025"]), Col("2026", ["2026"]), Col("st", ["Stijging"])]
    rows = []
    for lab, grond, (a, b) in TARIEF_ROWS:
        rows.append(Row(lab, {"grond": grond, "2025": a, "2026": b,
                              "st": dec(D.stijging(_pnum(a), _pnum(b)), 1) + "%"}))
    return Table("T5.2", "Tabel 5.2 Tarieven 2025 en 2026", cols, rows)


def t_woonlasten():
    cols = [Col("2025", ["2025"]), Col("2026", ["2026"]), Col("st", ["Stijging"])]
    rows = []
    for kind in ("Eenpersoonshuishouden", "Meerpersoonshuishouden"):
        rows.append(Row(kind, {}, style="group"))
        for lab, (a, b) in D.WL[kind]:
            rows.append(Row(lab, {"2025": dec(a, 2), "2026": dec(b, 2), "st": dec(D.stijging(a, b), 1) + "%"},
                            style="total" if lab.startswith("Totaal") else "normal"))
    return Table("T6.1", "Tabel 6.1 Woonlasten per huishouden", cols, rows,
                 scale="bedragen in €", scale_where="corner", corner="bedragen in €")


def t_risicos():
    cols = [Col("kans", ["Kans"]), Col("eff", ["Financieel", "effect"]), Col("ben", ["Benodigde", "capaciteit"])]
    rows = [Row(r, {"kans": f"{kk}%", "eff": num(e), "ben": num(rhu(kk * e / 100))}) for r, kk, e in D.WEERSTAND_RISICOS]
    rows.append(Row("Totaal benodigde weerstandscapaciteit", {"kans": "", "eff": "", "ben": num(D.W_BENODIGD)}, style="total"))
    return Table("T6.2", "Tabel 6.2 Risico's", cols, rows, scale="bedragen x € 1.000", scale_where="corner",
                 corner="bedragen x € 1.000", scale_factor=1000)


def t_capaciteit():
    cols = [Col("v", ["Begroting", "2026"])]
    rows = [Row(n, {"v": num(v)}) for n, v in D.W_CAPACITEIT_ITEMS]
    rows.append(Row("Totaal beschikbare weerstandscapaciteit", {"v": num(D.W_CAPACITEIT)}, style="total"))
    rows.append(Row("Ratio weerstandsvermogen (beschikbaar / benodigd)", {"v": dec(D.W_RATIO, 2)}, style="bold"))
    return Table("T6.3", "Tabel 6.3 Weerstandscapaciteit en ratio", cols, rows, scale="bedragen x € 1.000",
                 scale_where="corner", corner="bedragen x € 1.000", scale_factor=1000)


def t_kengetallen():
    cols = [Col("2024", ["Rekening", "2024"]), Col("2025", ["Begroting", "2025"]), Col("2026", ["Begroting", "2026"]),
            Col("2027", ["Raming", "2027"]), Col("2028", ["Raming", "2028"]), Col("2029", ["Raming", "2029"])]
    rows = [Row(lab, {y: v for y, v in zip(D.DK_YEARS, vals)}) for lab, vals in D.KENGETALLEN]
    return Table("T6.4", "Tabel 6.4 Financiële kengetallen", cols, rows)


def t_verbonden():
    cols = [Col("soort", ["Soort"]), Col("2025", ["Bijdrage", "2025"]), Col("2026", ["Bijdrage", "2026"])]
    rows = [Row(n, {"soort": s, "2025": "n.v.t." if a is None else num(a), "2026": "n.v.t." if b is None else num(b)})
            for n, s, a, b in D.VERBONDEN]
    return Table("T6.5", "Tabel 6.5 Verbonden partijen en de bijdrage van Dinkelland", cols, rows,
                 scale="Bedragen in euro's", scale_where="caption-line")


def t_investeringen():
    ys = ["2026", "2027", "2028", "2029"]
    cols = [Col(y, [y]) for y in ys] + [Col("tot", ["Totaal"])]
    rows = []
    for name, v in D.INVESTERINGEN:
        c = {y: ("—" if v[i] == 0 else num(v[i])) for i, y in enumerate(ys)}
        c["tot"] = num(sum(v))
        rows.append(Row(name, c))
    c = {y: num(D.INV_TOT[i]) for i, y in enumerate(ys)}
    c["tot"] = num(sum(D.INV_TOT))
    rows.append(Row("Totaal investeringen", c, style="total"))
    return Table("T6.6", "Tabel 6.6 Investeringsplan 2026-2029", cols, rows, scale="Bedragen in euro's",
                 scale_where="caption-line")


def t_reserves():
    cols = [Col("s0", ["Stand", "1-1-2026"]), Col("t", ["Toevoegingen", "2026"]), Col("o", ["Onttrekkingen", "2026"]),
            Col("s1", ["Stand", "31-12-2026"]), Col("s4", ["Stand", "31-12-2029"])]
    rows = []
    for name, s0, muts in D.RESERVES:
        st = D.RES_STAND[name]
        rows.append(Row(name, {"s0": num(st[0]), "t": num(muts[0][0]), "o": num(muts[0][1]), "s1": num(st[1]),
                               "s4": num(st[4])}))
    rows.append(Row("Totaal reserves", {"s0": num(D.RES_TOT[0]), "t": num(D.RES_TOEV["2026"]), "o": num(D.RES_ONTT["2026"]),
                                        "s1": num(D.RES_TOT[1]), "s4": num(D.RES_TOT[4])}, style="total"))
    return Table("T7.1", "Tabel 7.1 Verloop van de reserves", cols, rows, scale="bedragen x € 1.000",
                 scale_where="corner", corner="bedragen x € 1.000", scale_factor=1000)


def t_voorzieningen():
    cols = [Col("s0", ["Stand", "1-1-2026"]), Col("t", ["Toevoegingen"]), Col("a", ["Aanwendingen"]),
            Col("s1", ["Stand", "31-12-2026"])]
    rows = [Row(n, {"s0": num(s), "t": num(t), "a": num(a), "s1": num(D.VZ_STAND[n])}) for n, s, t, a in D.VOORZIENINGEN]
    tot = [sum(v[i] for v in D.VOORZIENINGEN) for i in (1, 2, 3)]
    rows.append(Row("Totaal voorzieningen", {"s0": num(tot[0]), "t": num(tot[1]), "a": num(tot[2]),
                                             "s1": num(sum(D.VZ_STAND.values()))}, style="total"))
    return Table("T7.2", "Tabel 7.2 Verloop van de voorzieningen", cols, rows, scale="bedragen x € 1.000",
                 scale_where="corner", corner="bedragen x € 1.000", scale_factor=1000)


def t_taakvelden():
    cols = [Col("L", ["Lasten"]), Col("B", ["Baten"]), Col("S", ["Saldo"])]
    rows = []
    for code, name, *_ in D.TAAKVELDEN:
        t = D.TV[code]
        rows.append(Row(f"{code} {name}", {"L": num(t["L"]), "B": num(t["B"]), "S": num(t["B"] - t["L"], "paren")}))
    rows.append(Row("Totaal", {"L": num(D.TV_TOT_L), "B": num(D.TV_TOT_B), "S": num(D.TV_TOT_S, "paren")}, style="total"))
    return Table("TB1", "Tabel B1.1 Lasten en baten per taakveld, begroting 2026", cols, rows,
                 scale="Bedragen in euro's", scale_where="caption-line")


PROG_TABLE_NUM = {"1": 2, "2": 3, "3": 5, "4": 7, "5": 8}
IND_TABLE_NUM = {"1": 1, "3": 4, "4": 6}


def all_tables():
    ts = [t_bezuinigingen(), t_kerngegevens(), t_glance()]
    for p, _ in D.PROGRAMMES:
        if p in IND_TABLE_NUM:
            ts.append(t_indicators(p, IND_TABLE_NUM[p]))
        ts.append(t_programme(p, PROG_TABLE_NUM[p]))
    ts += [t_overzicht(), t_dekking(), t_tarieven(), t_woonlasten(), t_risicos(), t_capaciteit(), t_kengetallen(),
           t_verbonden(), t_investeringen(), t_reserves(), t_voorzieningen(), t_taakvelden()]
    return {t.tid: t for t in ts}


# ------------------------------------------------------------------------------------
# LaTeX rendering
# ------------------------------------------------------------------------------------
def esc(s):
    return (s.replace("\\", "\\textbackslash{}").replace("&", "\\&").replace("%", "\\%").replace("#", "\\#")
            .replace("_", "\\_"))


def hdr(lines, align="r"):
    if len(lines) == 1:
        return "\\textbf{" + esc(lines[0]) + "}"
    return "\\begin{tabular}[b]{@{}" + align + "@{}}" + "\\\\".join("\\textbf{" + esc(x) + "}" for x in lines) + "\\end{tabular}"


def render_table(t, label_w="52mm", col_w=None, text_cols=None, size="\\tabsize", total_w=165.0, long=False,
                 max_col=22.0):
    """Render a Table as tabular (or longtable). text_cols: keys of left-aligned text columns
    with their width. Numeric columns share the width left (at most max_col mm)."""
    text_cols = text_cols or {}
    ncols = len(t.cols) + 1
    seps = (2 * ncols - 2) * 4 * 0.3528
    avail = total_w - float(label_w[:-2]) - sum(float(v[:-2]) for v in text_cols.values()) - seps
    nnum = len([c for c in t.cols if c.key not in text_cols])
    col_w = "%.1fmm" % min(avail / max(nnum, 1) - 0.2, max_col)
    spec = ">{\\raggedright\\arraybackslash}p{" + label_w + "}"
    for c in t.cols:
        if c.key in text_cols:
            spec += ">{\\raggedright\\arraybackslash}p{" + text_cols[c.key] + "}"
        else:
            spec += ">{\\raggedleft\\arraybackslash}p{" + (c.width or col_w) + "}"
    out = []
    out.append("\\needspace{6\\baselineskip}" if not long else "")
    out.append("\\noindent\\textbf{\\color{dkgreen}" + esc(t.caption) + "}\\par\\nopagebreak")
    if t.scale_where == "caption-line":
        out.append("\\noindent{\\small\\itshape " + esc(t.scale) + "}\\par\\nopagebreak")
    out.append("\\vspace{2pt}{" + size)
    env = "longtable" if long else "tabular"
    out.append("\\begin{" + env + "}{@{}" + spec + "@{}}" if not long else "\\begin{longtable}[l]{@{}" + spec + "@{}}")
    # header
    ncol = len(t.cols) + 1
    head = []
    groups = t.groups()
    if any(g for g, n in groups):
        cells = [""]
        cl = []
        pos = 2
        for g, n in groups:
            if g:
                cells.append("\\multicolumn{" + str(n) + "}{c}{\\textbf{" + esc(g) + "}}")
                cl.append("\\cmidrule(l{3pt}r{3pt}){" + f"{pos}-{pos + n - 1}" + "}")
            else:
                cells.append("")
            pos += n
        head.append("\\rowcolor{dkhead}" + " & ".join(cells) + "\\\\" + "".join(cl))
    corner = "\\textbf{" + esc(t.corner) + "}" if t.corner else ""
    hcells = [corner] + [hdr(c.lines, "l" if c.key in text_cols else "r") for c in t.cols]
    head.append("\\rowcolor{dkhead}" + " & ".join(hcells) + "\\\\\\arrayrulecolor{dkgreen}\\hline\\arrayrulecolor{dkrule}")
    out += head
    if long:
        out.append("\\endhead")
    for r in t.rows:
        cells = [r.cells.get(c.key, "") for c in t.cols]
        if r.style == "group":
            out.append("\\multicolumn{" + str(ncol) + "}{@{}l}{\\textit{" + esc(r.label) + "}}\\\\")
            continue
        lab = esc(r.label)
        vals = [esc(v) for v in cells]
        if r.style in ("bold", "total"):
            lab = "\\textbf{" + lab + "}"
            vals = ["\\textbf{" + v + "}" if v else "" for v in vals]
        pre = "\\hline" if r.style == "total" else ""
        indent = "\\hspace*{2mm}" if (t.tid in ("T5.1",) and r.style == "normal") else ""
        out.append(pre + indent + lab + " & " + " & ".join(vals) + "\\\\")
    out.append("\\arrayrulecolor{dkgreen}\\hline\\arrayrulecolor{dkrule}")
    out.append("\\end{" + env + "}}\\par")
    if t.note:
        out.append("{\\footnotesize " + esc(t.note) + "}\\par")
    out.append("\\vspace{8pt}")
    return "\n".join(x for x in out if x is not None)


PREAMBLE = r"""
\documentclass[10pt]{article}
\usepackage[a4paper,left=25mm,right=20mm,top=28mm,bottom=25mm,headsep=8mm,footskip=12mm]{geometry}
\usepackage{fontspec}
\setmainfont{Liberation Sans}[Ligatures=NoCommon, WordSpace={1.5,1.7,0.05}]
\usepackage{xcolor}
\definecolor{dkgreen}{RGB}{0,112,60}
\definecolor{dkhead}{RGB}{221,238,226}
\definecolor{dkrule}{RGB}{170,200,180}
\definecolor{dkbox}{RGB}{232,244,236}
\usepackage{colortbl,array,longtable,booktabs,needspace,enumitem}
\usepackage[most]{tcolorbox}
\usepackage{pgfplots}
\pgfplotsset{compat=1.18}
\usepackage{fancyhdr,lastpage,titlesec}
\usepackage[hidelinks]{hyperref}
\hypersetup{pdftitle={Gemeente Dinkelland - Programmabegroting 2026 (FICTIEF)},pdfauthor={Evaluatieset set-bb}}
\pagestyle{fancy}\fancyhf{}
\renewcommand{\headrulewidth}{0.4pt}
\fancyhead[L]{\small\color{dkgreen}Gemeente Dinkelland \textbar{} Programmabegroting 2026}
\fancyhead[R]{\small\color{dkgreen}\leftmark}
\fancyfoot[R]{\small Pagina \thepage\ van \pageref{LastPage}}
\renewcommand{\sectionmark}[1]{\markboth{#1}{}}
\titleformat{\section}{\Large\bfseries\color{dkgreen}}{\thesection}{0.8em}{}
\titleformat{\subsection}{\large\bfseries\color{dkgreen}}{\thesubsection}{0.8em}{}
\titleformat{\subsubsection}{\normalsize\bfseries}{}{0em}{}
\setcounter{secnumdepth}{2}
\setcounter{tocdepth}{2}
\renewcommand{\contentsname}{Inhoud}
\newcommand{\tabsize}{\fontsize{8.5}{10.8}\selectfont}
\setlength{\parindent}{0pt}
\setlength{\parskip}{5pt}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\setlength{\arrayrulewidth}{0.4pt}
\arrayrulecolor{dkrule}
\setlength{\tabcolsep}{4pt}
\renewcommand{\arraystretch}{1.12}
\setlist{itemsep=1pt,topsep=2pt}
\begin{document}
\raggedright
"""


def para(s):
    return esc(s) + "\n\n"


def items(lst):
    return "\\begin{itemize}\n" + "\n".join("\\item " + esc(x) for x in lst) + "\n\\end{itemize}\n"


def sub3(s):
    return "\\subsubsection*{" + esc(s) + "}\n"


def build_tex():
    T = all_tables()
    e = []
    a = e.append
    eur = lambda v: "€ " + grp(v)
    # ---------------- title page
    a(r"""\thispagestyle{empty}
\begin{tikzpicture}[remember picture,overlay]
\fill[dkgreen] (current page.north west) rectangle ([yshift=-95mm]current page.north east);
\end{tikzpicture}
\vspace*{8mm}
{\color{white}\fontsize{13}{16}\selectfont Gemeente Dinkelland\par
\vspace{10mm}\fontsize{30}{36}\selectfont\bfseries Programmabegroting 2026\par
\vspace{3mm}\fontsize{16}{20}\selectfont\mdseries en meerjarenraming 2027-2029\par}
\vspace{42mm}
{\large Aangeboden aan de gemeenteraad op 30 september 2025\par
Behandeling in de raad op 11 november 2025\par}
\vspace{14mm}
\begin{tcolorbox}[colback=orange!8,colframe=orange!80!black,title={\bfseries FICTIEF DOCUMENT},fonttitle=\large]
Dit document is gemaakt voor een evaluatieset (set-bb) van een vraag-en-antwoordsysteem over
gemeentebegrotingen. De gemeente Dinkelland en haar kernen bestaan echt, maar \textbf{alle bedragen,
aantallen, percentages, tarieven en beleidskeuzes in dit document zijn verzonnen}. Dit is geen
publicatie van de gemeente Dinkelland en het mag niet als bron worden gebruikt.
\end{tcolorbox}
\vfill
{\small Gemeente Dinkelland \textbar{} Nicolaas Schmelzerplein 1, Denekamp \textbar{} www.dinkelland.nl\par}
\clearpage
\tableofcontents
\clearpage
""")
    # ---------------- 1 Inleiding
    a("\\section{Inleiding}\n")
    a(para("Voor u ligt de programmabegroting 2026 met de meerjarenraming 2027-2029. Het is de laatste "
           "begroting van deze raadsperiode en het is een begroting die onder druk staat. Na een aantal jaren "
           "waarin extra rijksmiddelen de stijgende kosten in het sociaal domein opvingen, krijgen wij in 2026 "
           "te maken met wat landelijk het ravijnjaar wordt genoemd. Toch willen wij de voorzieningen in onze "
           "twaalf kernen zoveel mogelijk overeind houden: van Agelo tot Weerselo en van Lattrop-Breklenkamp "
           "tot Deurningen."))
    a("\\subsection{Het ravijnjaar 2026}\n")
    a(para("Vanaf 2026 groeit het gemeentefonds niet langer mee met de rijksuitgaven volgens de systematiek van "
           "'samen de trap op, samen de trap af'. Tegelijk vervallen de tijdelijke extra middelen voor de jeugdzorg "
           "en gaat de opschalingskorting weer in. Volgens de meicirculaire 2025 ontvangt Dinkelland in 2026 "
           f"{eur(D.RAVIJN_MINDER_2026)} minder uit het gemeentefonds dan waar de meerjarenraming in de begroting "
           "2025 voor 2026 nog van uitging. Dat gat noemen wij het ravijn."))
    a(para("De algemene uitkering daalt daardoor van € " + mln(D.DEKKING['Algemene uitkering gemeentefonds']['2025'] * 1000) +
           " miljoen in 2025 naar € " + mln(D.DEKKING['Algemene uitkering gemeentefonds']['2026'] * 1000) +
           " miljoen in 2026. Om de klap op te vangen hebben wij in de jaarrekening 2024 een egalisatiereserve "
           "ravijnjaar gevormd van € 1,2 miljoen. Daaruit zetten wij in 2026 en 2027 elk € 600.000 in. Dat is "
           "tijdelijk geld: structureel moeten de lasten omlaag of de inkomsten omhoog."))
    a("\\subsection{Bezuinigingen en keuzes}\n")
    a(para("Het college stelt een pakket van zeven maatregelen voor. Wij hebben gekozen voor maatregelen die de "
           "basisvoorzieningen in de kernen sparen: geen sluiting van sportaccommodaties en geen verlaging van "
           "het leefbaarheidsfonds. Wel vragen wij een bijdrage van verenigingen en instellingen via een korting "
           "van 10% op de waarderingssubsidies, sluiten wij het servicepunt van de bibliotheek in Weerselo per "
           "1 juli 2027 en verlagen wij het onderhoudsniveau van het openbaar groen. Daarnaast stijgen de OZB en de "
           "toeristenbelasting."))
    a(para(f"In totaal levert het pakket in 2026 {eur(D.BEZ_TOT[0] * 1000)} op, oplopend tot "
           f"{eur(D.BEZ_TOT[3] * 1000)} in 2029. De grootste post is de scherpere toegang tot "
           "maatwerkvoorzieningen in het sociaal domein."))
    a(render_table(T["T1.1"], label_w="95mm"))
    a("\\subsection{Leeswijzer}\n")
    a(para("De programma's volgen de ambities uit het coalitieakkoord. Elk programma beschrijft wat wij willen "
           "bereiken, wat wij daarvoor gaan doen en wat het mag kosten. In de tabellen 'Wat mag het kosten?' en in "
           "het overzicht van baten en lasten staan de bedragen x € 1.000. Lasten en baten zijn positief; het saldo "
           "is baten min lasten. Een nadelig saldo staat met een min achter het bedrag (bijvoorbeeld 412-). In de "
           "bijlage met taakvelden staan de bedragen in euro's en een nadelig saldo tussen haakjes. In de begroting "
           "in één oogopslag staan de bedragen in miljoenen euro's."))
    # ---------------- 2 In een oogopslag
    a("\\clearpage\n\\section{De begroting 2026 in één oogopslag}\n")
    a(para("Dinkelland is een plattelandsgemeente in Noordoost-Twente met twaalf kernen. De grootste kernen zijn "
           "Denekamp, Ootmarsum en Weerselo. Het toerisme rond Ootmarsum en het Dinkeldal is een belangrijke "
           "economische drager."))
    a(render_table(T["T2.0"], label_w="70mm"))
    tl = mln(D.TOT_L["2026"] * 1000)
    bars = "".join(f"({rhu(D.PL[g]['2026'] / 1000, 1)},{{{name}}}) [{mln(D.PL[g]['2026'] * 1000)}]"
                   for g, name in reversed(D.MLN_ROWS[:6]))
    ylabels = ",".join("{" + name + "}" for g, name in reversed(D.MLN_ROWS[:6]))
    a(r"""\vspace{4pt}
\noindent\begin{minipage}[c]{0.36\textwidth}
\begin{tcolorbox}[colback=dkbox,colframe=dkgreen,boxrule=0.8pt,arc=2pt,left=5pt,right=5pt]
{\small Totale lasten 2026}\par
{\fontsize{20}{24}\selectfont\bfseries\color{dkgreen} € """ + tl + r""" miljoen\par}
\vspace{4pt}
{\small Geraamd resultaat 2026}\par
{\large\bfseries € """ + grp(-D.RESULT["2026"] * 1000) + r""" nadelig\par}
\vspace{4pt}
{\small Bezuinigingen 2026}\par
{\large\bfseries € """ + grp(D.BEZ_TOT[0] * 1000) + r"""\par}
\end{tcolorbox}
\end{minipage}\hfill
\begin{minipage}[c]{0.6\textwidth}
\begin{tikzpicture}
\begin{axis}[xbar, width=0.62\textwidth, height=62mm, bar width=7pt,
  symbolic y coords={""" + ylabels + r"""}, ytick=data,
  yticklabel style={font=\scriptsize, align=right, text width=34mm},
  xmin=0, xmax=42, xtick=\empty, axis x line=none, axis y line*=left,
  point meta=explicit symbolic, nodes near coords, nodes near coords align={horizontal},
  every node near coord/.append style={font=\scriptsize},
  title={\small\bfseries Lasten 2026 per programma (€ mln)}]
\addplot[fill=dkgreen, draw=dkgreen] coordinates {""" + bars + r"""};
\end{axis}
\end{tikzpicture}
\end{minipage}
\vspace{8pt}

""")
    a(render_table(T["T2.2"], label_w="75mm"))
    a(para("Door afronding op een decimaal kunnen de totalen in deze tabel afwijken van de som van de regels."))
    # ---------------- 3 Programma's
    a("\\clearpage\n\\section{Programma's}\n")
    # P1
    a("\\subsection{Programma 1 Inclusieve samenleving}\n")
    a(para("Een samenleving waarin iedereen mee doet, dat noemen wij een inclusieve samenleving. Samen met inwoners, "
           "verenigingen, ondernemers en maatschappelijke organisaties geven wij daar invulling aan. Wij gaan uit van "
           "positieve gezondheid: inwoners die zich goed voelen, hebben minder snel een hulpvraag. Het programma "
           "kent vier actielijnen: Langer gezond, Versterken sociale basis, Zorg meer nabij en Meer inwoners kunnen "
           "meedoen. Onderwijs en onderwijshuisvesting vallen ook onder dit programma."))
    a(sub3("Wat willen we bereiken?"))
    a(items(["Langer gezond: meer inwoners werken aan hun gezondheid en kijken (samen) om naar anderen.",
             "Versterken sociale basis: vrijwilligersorganisaties en inwonersinitiatieven zijn beter toegerust om "
             "inwoners te ondersteunen.",
             "Zorg meer nabij: professionals zijn dichterbij en werken beter samen, met één toegang voor het "
             "sociaal domein.",
             "Meer inwoners kunnen meedoen: voor elke inwoner is een passende voorziening of regeling beschikbaar."]))
    a(render_table(T["T3.1"], label_w="78mm", text_cols={"bron": "38mm"}))
    a(para("Een streefwaarde 'n.v.t.' betekent dat wij de indicator volgen zonder er een doel aan te verbinden. "
           "Een streepje betekent dat er nog geen gegevens zijn."))
    a(sub3("Wat gaan we daarvoor doen?"))
    a(items([f"Voor Sport als middel is in 2026 € {grp(D.SPORT_ALS_MIDDEL_2026)} beschikbaar. Daarmee ondersteunen "
             "wij sportverenigingen die activiteiten organiseren voor ouderen en voor kinderen uit gezinnen met een "
             "laag inkomen.",
             f"Het leefbaarheidsfonds heeft in 2026 een budget van € {grp(D.LEEFBAARHEIDSFONDS_2026)}. Inwoners "
             "kunnen een bijdrage vragen voor initiatieven zoals open eettafels, koffieochtenden en "
             "buitenactiviteiten. Het budget wordt gedekt uit de reserve leefbaarheidsfonds.",
             "In acht van de twaalf kernen is naast de buurtman of buurtvrouw een dorpsondersteuner actief. In 2026 "
             "volgen Agelo, Reutum, Volthe en Noord Deurningen.",
             "Inwoners met geldzorgen kunnen terecht bij het team Geldzaken van Noaberkracht. Voor schuldhulpverlening "
             "en kredietverlening werken wij samen met de Stadsbank Oost Nederland. Via vroegsignalering benaderen "
             "wij inwoners met betalingsachterstanden op huur, energie of zorgverzekering voordat de schulden "
             "oplopen.",
             "Met de scherpere toegang tot maatwerkvoorzieningen (maatregel B7) kijken wij bij elke aanvraag eerst "
             "naar algemene voorzieningen en naar wat het netwerk van de inwoner kan. Lopende indicaties voor "
             "huishoudelijke hulp en begeleiding worden opnieuw beoordeeld.",
             "Wij blijven werken volgens het Twents model voor de inkoop van jeugdhulp en Wmo-ondersteuning."]))
    a(sub3("Wat mag het kosten?"))
    a(render_table(T["T3.2"], label_w="50mm"))
    a(para("De lasten van de actielijn Zorg meer nabij dalen in 2026 ten opzichte van 2025 door de scherpere "
           "toegang en de herindicaties. De lasten van Meer inwoners kunnen meedoen stijgen door de hogere "
           "bijstandsuitgaven en de indexatie van de tarieven voor jeugdhulp. De baten bestaan vooral uit de "
           "rijksvergoeding voor de bijstand (BUIG)."))
    # P2
    a("\\clearpage\n\\subsection{Programma 2 Vitale kernen}\n")
    a(para("Wij willen dat onze kernen leefbaar blijven: met voldoende passende woningen, goede voorzieningen, "
           "veilige wegen en een verzorgde openbare ruimte. Dit programma omvat wonen en ruimtelijke ordening, "
           "verkeer, sportaccommodaties, cultuur en bibliotheek, openbaar groen en begraafplaatsen."))
    a(sub3("Wat willen we bereiken?"))
    a(items(["In de periode 2026-2029 komen er 420 woningen bij, waarvan ten minste een derde betaalbaar.",
             "Iedere kern houdt een ontmoetingsplek; de sportaccommodaties blijven open.",
             "De Bentheimerstraat in Denekamp wordt veiliger voor fietsers."]))
    a(sub3("Wat gaan we daarvoor doen?"))
    a(items(["Wij starten in 2026 met de reconstructie van de Bentheimerstraat in Denekamp, met een vrijliggend "
             "fietspad (zie het investeringsplan in paragraaf 6.4).",
             "Het kunstgrasveld op sportpark Saasveld wordt vervangen.",
             "Het servicepunt van de bibliotheek in Weerselo sluit per 1 juli 2027 (maatregel B2). Inwoners kunnen "
             "daarna terecht in de bibliotheken van Denekamp en Ootmarsum en bij de bibliotheekbus.",
             "Het onderhoud van het openbaar groen gaat van niveau B naar niveau C (maatregel B4), behalve in de "
             "centra van Ootmarsum en Denekamp."]))
    a(sub3("Wat mag het kosten?"))
    a(render_table(T["T3.3"], label_w="50mm"))
    a(para("De lasten zijn in 2025 hoger door eenmalige uitgaven voor de wegen in het buitengebied na de natte "
           "winter. Vanaf 2026 daalt het onderhoudsbudget voor het openbaar groen."))
    # P3
    a("\\subsection{Programma 3 Duurzaam Dinkelland}\n")
    a(para("Dinkelland wil in 2040 energieneutraal zijn. Dit programma omvat riolering, afval, milieu en de "
           "energietransitie. De kosten van riolering en afval worden via de rioolheffing en de "
           "afvalstoffenheffing volledig in rekening gebracht bij de inwoners."))
    a(render_table(T["T3.4"], label_w="78mm", text_cols={"bron": "38mm"}))
    a(sub3("Wat mag het kosten?"))
    a(render_table(T["T3.5"], label_w="50mm"))
    # P4
    a("\\clearpage\n\\subsection{Programma 4 Economie en toerisme}\n")
    a(para("Toerisme en recreatie zijn belangrijk voor de werkgelegenheid in Dinkelland. Ootmarsum trekt jaarlijks "
           "veel bezoekers en het Dinkeldal is een Natura 2000-gebied. Wij willen de toeristische sector laten groeien "
           "zonder dat de leefbaarheid voor inwoners in het gedrang komt."))
    a(items(["De toeristenbelasting gaat in 2026 van € 1,85 naar € 2,10 per persoon per nacht (maatregel B6). Een "
             "deel van de extra opbrengst gaat naar de promotie van Ootmarsum en het Dinkeldal.",
             "Samen met Tubbergen en Losser werken wij aan een gezamenlijke marketing van Noordoost-Twente.",
             "Het bedrijvenloket van Noaberkracht helpt ondernemers met vergunningen en regelingen."]))
    a(render_table(T["T3.6"], label_w="78mm", text_cols={"bron": "38mm"}))
    a(sub3("Wat mag het kosten?"))
    a(render_table(T["T3.7"], label_w="50mm"))
    # P5
    a("\\subsection{Programma 5 Bestuur, veiligheid en dienstverlening}\n")
    a(para("Dit programma omvat de gemeenteraad, het college, de burgerzaken en de openbare orde en veiligheid. De "
           "ambtelijke organisatie is ondergebracht bij Noaberkracht Dinkelland Tubbergen, de gemeenschappelijke "
           "regeling die Dinkelland samen met Tubbergen heeft. De bijdrage aan de Veiligheidsregio Twente voor "
           "brandweer en crisisbeheersing valt ook onder dit programma."))
    a(sub3("Wat mag het kosten?"))
    a(render_table(T["T3.8"], label_w="50mm"))
    # ---------------- 4 Overzicht van baten en lasten (landscape)
    a(r"""\clearpage
\begingroup
\paperwidth=297mm \paperheight=210mm \pagewidth=297mm \pageheight=210mm
\newgeometry{left=20mm,textwidth=257mm,top=26mm,textheight=156mm,headsep=8mm,footskip=12mm}\setlength{\headwidth}{\textwidth}
\section{Overzicht van baten en lasten}
""")
    a(para("Het overzicht hieronder geeft per programma de lasten, de baten en het saldo voor de begroting 2026 en "
           "de meerjarenraming 2027-2029. Een nadelig saldo staat met een min achter het bedrag."))
    a(render_table(T["T4.1"], label_w="56mm", size="\\fontsize{8}{10}\\selectfont", total_w=257.0))
    a(r"""\clearpage
\endgroup
\paperwidth=210mm \paperheight=297mm \pagewidth=210mm \pageheight=297mm
\restoregeometry\setlength{\headwidth}{\textwidth}
""")
    a("\\subsection{Meerjarenperspectief}\n")
    res = D.RESULT
    a(para(f"De begroting 2026 sluit met een geraamd tekort van {eur(-res['2026'] * 1000)}. Ook 2027 sluit negatief, "
           f"met een tekort van {eur(-res['2027'] * 1000)}. In 2028 is het tekort teruggebracht tot "
           f"{eur(-res['2028'] * 1000)} en in 2029 is er een overschot van {eur(res['2029'] * 1000)}. Met de "
           "maatregelen uit hoofdstuk 1 is de begroting daarmee in het laatste jaar van de meerjarenraming "
           "structureel in evenwicht. De tekorten in 2026, 2027 en 2028 dekken wij uit de algemene reserve."))
    a(para("Het bedrag voor onvoorzien is € 60.000 en is opgenomen onder de algemene dekkingsmiddelen "
           "(taakveld 0.8 Overige baten en lasten). In 2026 verwachten wij geen vennootschapsbelasting van "
           "betekenis te betalen."))
    # ---------------- 5 Algemene dekkingsmiddelen
    a("\\clearpage\n\\section{Algemene dekkingsmiddelen}\n")
    a(para("De algemene dekkingsmiddelen zijn de inkomsten waarvan de besteding niet vastligt: de algemene "
           "uitkering uit het gemeentefonds, de onroerendezaakbelastingen (OZB), de toeristenbelasting, de "
           "precariobelasting en de dividenden. In de tabel staat het totaal bovenaan; daaronder volgen de "
           "onderdelen."))
    a(render_table(T["T5.1"], label_w="50mm"))
    a(para("De OZB-tarieven stijgen in 2026 met de inflatiecorrectie en een extra verhoging (maatregel B5). De "
           "gemiddelde WOZ-waarde van een woning in Dinkelland stijgt van € 356.000 in 2025 naar € 378.000 in 2026."))
    a(render_table(T["T5.2"], label_w="48mm", text_cols={"grond": "38mm"}))
    # ---------------- 6 Paragrafen
    a("\\clearpage\n\\section{Paragrafen}\n")
    a("\\subsection{Lokale heffingen}\n")
    a(para("Dinkelland heft onroerendezaakbelastingen, afvalstoffenheffing, rioolheffing, toeristenbelasting, "
           "precariobelasting en leges. De afvalstoffenheffing en de rioolheffing zijn kostendekkend. De tabel "
           "toont de woonlasten van een huishouden met een woning van gemiddelde waarde."))
    a(render_table(T["T6.1"], label_w="62mm"))
    a(para("Inwoners met een laag inkomen kunnen kwijtschelding aanvragen voor de afvalstoffenheffing en de "
           "rioolheffing. In 2024 kregen 312 huishoudens kwijtschelding."))
    a("\\subsection{Weerstandsvermogen en risicobeheersing}\n")
    a(para("Het weerstandsvermogen is de mate waarin wij tegenvallers kunnen opvangen zonder het beleid te wijzigen. "
           "De grootste risico's zijn de open einde regelingen in jeugdhulp en Wmo en een verdere daling van de "
           "algemene uitkering na de herijking van het gemeentefonds en het ravijnjaar."))
    a(render_table(T["T6.2"], label_w="78mm"))
    a(render_table(T["T6.3"], label_w="90mm"))
    a(para(f"De ratio weerstandsvermogen is {dec(D.W_RATIO, 2)}. Volgens onze nota risicomanagement is een ratio "
           "tussen 1,4 en 2,0 voldoende en boven 2,0 ruim voldoende."))
    a(render_table(T["T6.4"], label_w="58mm"))
    a(para("Een streepje betekent dat het kengetal voor dat jaar niet wordt geraamd."))
    a("\\subsection{Verbonden partijen}\n")
    a(para("Dinkelland neemt deel in gemeenschappelijke regelingen en vennootschappen. De tabel toont de bijdrage "
           "die Dinkelland in 2025 en 2026 betaalt. Bij de deelnemingen betaalt Dinkelland geen bijdrage maar "
           "ontvangt zij dividend."))
    a(render_table(T["T6.5"], label_w="62mm", text_cols={"soort": "45mm"}))
    a(para("De Stadsbank Oost Nederland voert voor Dinkelland de schuldhulpverlening en de kredietverlening uit. "
           "De bijdrage bestaat uit een bedrag per inwoner en een bedrag per traject."))
    a("\\subsection{Investeringen}\n")
    a(para("Het investeringsplan bevat de investeringen waarvoor de raad met deze begroting krediet beschikbaar "
           "stelt. De kapitaallasten zijn in de programma's verwerkt."))
    a(render_table(T["T6.6"], label_w="62mm"))
    # ---------------- 7 Reserves en voorzieningen
    a("\\clearpage\n\\section{Reserves en voorzieningen}\n")
    a(para("De reserves zijn het eigen vermogen van de gemeente. De stand op 31 december is exclusief het "
           "geraamde resultaat van het jaar."))
    a(render_table(T["T7.1"], label_w="50mm"))
    a(para("De egalisatiereserve ravijnjaar is bij de jaarrekening 2024 gevormd om het tekort in het gemeentefonds in "
           "2026 en 2027 op te vangen; de reserve is eind 2027 leeg. De reserve sociaal domein vangt schommelingen in de kosten "
           "van jeugdhulp en Wmo op. Uit de reserve leefbaarheidsfonds dekken wij het leefbaarheidsfonds."))
    a(render_table(T["T7.2"], label_w="68mm"))
    # ---------------- Bijlage
    a("\\clearpage\n\\section*{Bijlage 1 Taakvelden}\n\\addcontentsline{toc}{section}{Bijlage 1 Taakvelden}\\markboth{Bijlage 1 Taakvelden}{}\n")
    a(para("Het overzicht van lasten en baten per taakveld volgt de indeling van het Besluit begroting en "
           "verantwoording (BBV)."))
    a(render_table(T["TB1"], label_w="95mm", long=True))
    a("\\section*{Bijlage 2 Begrippen}\n\\addcontentsline{toc}{section}{Bijlage 2 Begrippen}\\markboth{Bijlage 2 Begrippen}{}\n")
    a(items(["Algemene uitkering: de bijdrage uit het gemeentefonds die de gemeente vrij mag besteden.",
             "Ravijnjaar: het jaar 2026, waarin de inkomsten uit het gemeentefonds sterk dalen.",
             "Taakveld: een indeling van lasten en baten die voor alle gemeenten gelijk is.",
             "Weerstandsvermogen: de verhouding tussen de beschikbare en de benodigde weerstandscapaciteit."]))
    a("\\end{document}\n")
    return PREAMBLE + "".join(e)


def build(outdir):
    tex = build_tex()
    src = os.path.join(HERE, NAME + ".tex")
    with open(src, "w", encoding="utf-8") as f:
        f.write(tex)
    work = os.path.join(outdir, ".latex")
    os.makedirs(work, exist_ok=True)
    shutil.copy(src, work)
    env = dict(os.environ, SOURCE_DATE_EPOCH="1759190400", FORCE_SOURCE_DATE="1")
    for _ in range(3):
        r = subprocess.run(["lualatex", "-interaction=nonstopmode", "-halt-on-error", NAME + ".tex"], cwd=work,
                           env=env, capture_output=True, text=True)
        if r.returncode != 0:
            sys.stdout.write(r.stdout[-4000:])
            raise SystemExit("lualatex failed")
    shutil.copy(os.path.join(work, NAME + ".pdf"), os.path.join(outdir, NAME + ".pdf"))
    log = open(os.path.join(work, NAME + ".log"), encoding="utf-8", errors="replace").read()
    bad = [l for l in log.splitlines() if "Overfull \\hbox" in l and "too wide" in l]
    shutil.rmtree(work)
    return bad


if __name__ == "__main__":
    bad = build(sys.argv[1])
    for b in bad:
        print("WARN", b)
